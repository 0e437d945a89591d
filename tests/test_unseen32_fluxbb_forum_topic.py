"""Traits of the fluxbb_forum_topic family (unseen32): a Libyan news forum on FluxBB 1.5 with
the Air style, a topic as a guest sees it: XHTML Strict head with canonical and RSS links, the
`brdheader` (`brdtitle`, `brdmenu`, `brdwelcome`), the announcement, `.linkst` crumbs and
`.pagepost`, `div.blockpost` posts (h2 "#N" and the format_time link, `.postleft` dl, `.postright`
with `.postmsg`, `.postsignature`, `.postfoot`), `.postlinksb`, the guest quick post and the
`brdfooter` quick jump. The first post is a member's repost of a news story."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "fluxbb_forum_topic"
HOST = "https://fluxbb-libya-muntada.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"',
          'xml:lang="ar" lang="ar" dir="rtl">',
          '<link rel="stylesheet" type="text/css" href="style/Air.css" />',
          'title="الصفحة 1" />', 'href="extern.php?action=feed&amp;tid=',
          '<div id="punviewtopic" class="pun">', '<div class="punwrap">',
          '<div id="brdheader" class="block">', '<div id="brdtitle" class="inbox">',
          '<h1><a href="index.php">منتديات ليبيا الإخبارية</a></h1>', '<div id="brddesc">',
          '<div id="brdmenu" class="inbox">',
          '<li id="navindex" class="isactive"><a href="index.php">الرئيسية</a></li>',
          '<li id="navrules"><a href="misc.php?action=rules">القوانين</a></li>',
          '<div id="brdwelcome" class="inbox">', '<p class="conl">أنت غير مسجل الدخول.</p>',
          '<div id="announce" class="block">', '<div id="announce-block" class="inbox">',
          '<div id="brdmain">', '<div class="linkst">', '<div class="inbox crumbsplus">',
          '<ul class="crumbs">', '<li><span>»&#160;</span><strong><a href="viewtopic.php?id=',
          '<p class="pagelink conl"><span class="pages-label">الصفحات: </span>',
          'class="blockpost rowodd firstpost blockpost1">', 'class="blockpost roweven">',
          '<h2><span><span class="conr">#1</span> <a href="viewtopic.php?pid=',
          '<div class="postbody">', '<div class="postleft">', '<dd class="usertitle"><strong>',
          '<dd><span>تاريخ التسجيل: ', '<div class="postright">', '<div class="postmsg">',
          '<h3>رد: ', '<div class="postfoot clearb">', '<div class="postfootleft">',
          '<div class="postlinksb">', '<div id="brdfooter" class="block">',
          '<form id="qjump" method="get" action="viewforum.php">',
          '<p id="poweredby">يعمل بواسطة <a href="http://fluxbb.org/">FluxBB</a></p>')
CHROME = {"منتديات ليبيا الإخبارية", "قائمة الأعضاء", "القوانين", "دخول",
          "أنت غير مسجل الدخول.", "المواضيع:", "المواضيع النشطة", "المواضيع بدون ردود", "إعلان",
          "الصفحات:", "#1", "#2", "تذييل المنتدى", "انتقل إلى",
          "تغذية RSS للموضوع", "يعمل بواسطة FluxBB", "أخبار عربية ودولية", "الرياضة الليبية",
          "التعليم والجامعات", "الاقتراحات والشكاوى",
          "أخبار ليبيا كما ينقلها أعضاؤها، وحوارات أبنائها من الشرق إلى الغرب والجنوب"}
QUICK = {"رد سريع", "اكتب رسالتك ثم اضغط إرسال", "الاسم", "(مطلوب)", "البريد الإلكتروني",
         "الابتسامات:", "اقتباس", "أضف رداً"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "og:title" not in html and "application/ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen32_traits_fluxbb_forum_topic() -> None:
    # page 1: an old topic (absolute dates), photo and caption, "كتب:" byline, source, related
    # topics list, edit note, signature, three replies (a guest's quoting the story)
    html, truth, chrome = _common(1)
    assert truth["url"] == f"{HOST}/viewtopic.php?id=4817"
    assert truth["published_shown"] == "2024-11-03 14:20:37"
    assert truth["published"] == "2024-11-03" and truth["author"] == "هشام الورفلي"
    for mark in ('<a href="viewtopic.php?pid=61204#p61204">2024-11-03 14:20:37</a>',
                 '<p><span class="postimg"><img src="', "<br /><em>عمال البلدية",
                 "<p>كتب: <strong>هشام الورفلي</strong></p>",
                 '<p class="postedit"><em>آخر تعديل بواسطة ابن_المدينة (2024-11-03 14:31:37)',
                 '<div class="postsignature postmsg"><hr /><p>', '<dd class="postavatar"><img',
                 '<div class="quotebox"><cite>ابن_المدينة كتب:</cite><blockquote>',
                 '<dt><strong>أبو معاذ</strong></dt>', '<li class="postquote"><span>',
                 '<div id="quickpost" class="blockform">', "function process_form(the_form)",
                 '<p class="postlink conr"><a href="post.php?tid=4817">أضف رداً</a></p>'):
        assert mark in html, mark
    assert "اليوم " not in html and "أمس " not in html and "<h5>" not in html
    assert CHROME | QUICK | {"كتب: هشام الورفلي", "المصدر: بوابة العاصمة الإخبارية",
                             "عمال البلدية يزيلون الرمال من غرفة تفتيش في شارع عمر المختار",
                             "مواضيع ذات صلة في المنتدى:", "ابن_المدينة", "عضو مميز", "تسجيل",
                             "ابن_المدينة كتب:", "أبو معاذ", "مشاركات: 3,418",
                             "اللهم احفظ ليبيا وأهلها من كل سوء", "2024-11-04 09:48:37",
                             "رد: " + truth["title"],
                             "آخر تعديل بواسطة ابن_المدينة (2024-11-03 14:31:37)",
                             "انقطاع المياه عن أحياء في جنزور بسبب أعمال صيانة"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت بلدية طرابلس المركز أعمال صيانة واسعة")
    assert body.endswith("والشوارع المدرجة في الأسابيع المقبلة.")
    assert body.count("\n\n") == 6 and 225 <= len(body.split()) <= 250
    assert "المصدر" not in body and "هشام" not in body

    # page 2: agency copy reposted at 01:10 local ("اليوم", UTC the day before), intro line,
    # no image, no byline, a member with a website link, two replies
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "اليوم 01:10:12"
    assert truth["published"] == "2025-02-11" and truth["author"] is None
    for mark in ('<a href="viewtopic.php?pid=66871#p66871">اليوم 01:10:12</a>',
                 "<p>نقلا عن وكالة الأنباء الليبية:</p><p>سبها (وال) - أطلقت",
                 '<span class="website"><a href="https://sawt-aljanoub.example" rel="nofollow">',
                 "اليوم 08:42:12", '<div id="quickpost" class="blockform">'):
        assert mark in html, mark
    assert "postimg" not in html and "postedit" not in html and "quotebox" not in html
    assert CHROME | QUICK | {"نقلا عن وكالة الأنباء الليبية:", "صوت_الجنوب", "أم_ريان",
                             "المصدر: وكالة الأنباء الليبية (وال)", "الموقع", "من: سبها",
                             "الجنوب ليس هامشا.. الجنوب قلب ليبيا", "الصحة والمجتمع",
                             "الله يحفظ أطفالنا، هل الحملة تشمل مدينة أوباري؟"} <= chrome
    body = truth["body"]
    assert body.startswith("سبها (وال) - أطلقت وزارة الصحة حملة وطنية")
    assert body.endswith("خلال الأيام الأولى.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128

    # page 3: "أمس" date, photo without caption, "تقرير:" byline, [h] subheading and an
    # introduced quote in a quotebox (both text), the moderator closes the topic
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "أمس 21:05:40"
    assert truth["published"] == "2024-12-08" and truth["author"] == "فرج العبيدي"
    for mark in ('<a href="viewtopic.php?pid=63390#p63390">أمس 21:05:40</a>',
                 '<span class="postimg"><img src="', "<p>تقرير: <strong>فرج العبيدي</strong></p>",
                 "<h5>المعاصر تمدد ساعات العمل</h5>",
                 '</p><div class="quotebox"><blockquote><div><p>&quot;نعمل من السادسة',
                 '<p class="postlink conr">الموضوع مغلق</p>', "اليوم 09:29:40"):
        assert mark in html, mark
    for absent in ("<em>", "<cite>", 'class="postfootright"', 'id="quickpost"', "process_form",
                   "postedit"):
        assert absent not in html, absent
    assert CHROME | {"تقرير: فرج العبيدي", "المصدر: صحيفة برقة اليوم", "الموضوع مغلق",
                     "زيتونة_الجبل", "المشرف العام", "مشرف", "متصل", "غير متصل",
                     "أمس 22:16:40", "اليوم 09:29:40"} <= chrome
    assert not QUICK & chrome
    body = truth["body"]
    assert body.startswith("بدأ مزارعو منطقة الجبل الأخضر موسم جني الزيتون مبكرا")
    assert body.endswith("أثبتت التحاليل التي أجراها المكتب جودته العالية.")
    assert body.count("\n\n") == 6 and "\n\nالمعاصر تمدد ساعات العمل\n\n" in body
    assert '\n\n"نعمل من السادسة صباحا' in body and "تقرير" not in body
