"""Traits of the smf_forum_topic family (unseen20): a Basra forum on SMF 2.0.19 with the Curve
theme and the Arabic language pack, guest view of a topic reposting a news story: XHTML head with
no og/JSON-LD and no machine-readable date, the guest login form, the `&#187;` linktree, the
`#forumposts` posts in alternating `windowbg`/`windowbg2` with `.poster`, `.keyinfo`
"« في: <date> »" in SMF's `%B %d, %Y, %I:%M:%S %p`, the BBCode body in `div.inner` (`<br />`
runs), signatures, replies, the Tagging System and Related Topics mods, the guest quick reply and
the "SMF © 2021, Simple Machines" footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "smf_forum_topic"
HOST = "https://smf-forum.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
          '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">',
          f'href="{HOST}/Themes/default/css/rtl.css"',
          f'var smf_scripturl = "{HOST}/index.php";',
          '<meta name="keywords" content="البصرة, العراق, منتديات, أخبار البصرة, شبكة المربد" />',
          '<div id="wrapper" style="width: 90%">', '<h1 class="forumtitle">',
          '<form id="guest_form" action=', '<ul class="dropmenu" id="menu_nav">',
          '<div class="navigate_section">',
          f'<span>أخبار البصرة والعراق</span></a> (مشرف: <a href="{HOST}/index.php?action='
          'profile;u=377" title="مشرف المنتدى">نور الهدى</a>) &#187;',
          '<div class="nextlinks"><a href=', '<a class="button_strip_reply active" href=',
          '<div id="forumposts">', '<span id="author">المحرر</span>',
          '<p id="whoisviewing" class="smalltext">0 الأعضاء و ',
          '<div class="windowbg">\n\t\t\t\t\t<span class="topslice"><span></span></span>\n'
          '\t\t\t\t\t<div class="post_wrapper">\n\t\t\t\t\t\t<div class="poster">',
          '<div class="windowbg2">',
          '<div class="postarea">\n\t\t\t\t\t\t\t<div class="flow_hidden">'
          '\n\t\t\t\t\t\t\t\t<div class="keyinfo">', '<div class="smalltext">&#171; <strong> في:'
          '</strong> ', '<div class="smalltext">&#171; <strong>رد #1 في:</strong> ',
          '<ul class="reset smalltext quickbuttons">', 'onclick="return oQuickReply.quote(',
          '<div class="smalltext reportlinks">', '<div class="signature" id="msg_',
          '<hr class="post_separator" />', '<a id="lastPost"></a>',
          '<div class="clearfix windowbg largepadding">\n\t\t\t\t<b>الكلمات الدلالية:</b> <a href=',
          '<h3 class="catbg">المواضيع المشابهة</h3>', '<td class="stats windowbg">',
          '<div class="tborder" id="quickreplybox">', '<strong>الاسم:</strong> <input type="text" '
          'name="guestname"', '<div id="footer_section"><div class="frame">',
          'class="new_win">SMF 2.0.19</a>', 'class="new_win">SMF &copy; 2021</a>')
CHROME = {"منتديات شبكة المربد", "الأقسام العامة", "أخبار البصرة والعراق", "(مشرف: نور الهدى)",
          "الرئيسية", "تعليمات", "التقويم", "دخول", "تسجيل", "1 ساعة", "غير محدد",
          "أهلا, زائر. الرجاء الدخول أو التسجيل", "هل فقدت بريد التفعيل؟", "الأخبار:", "« قبل",
          "بعد »", "طباعة", "صفحات: [1] للأسفل", "صفحات: [1] للأعلى", "المحرر", "اقتباس", "سجل",
          "الجنس:", "الكلمات الدلالية:", "المواضيع المشابهة", "الموضوع / بدء بواسطة",
          "ردود / مشاهدة", "آخر مشاركة", "الرد السريع", "الاسم:", "البريد الالكتروني:",
          "SMF 2.0.19 | SMF © 2021, Simple Machines", "نسخة خفيفة"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ('property="og:', "application/ld+json", "<time", "datetime=", "<p>أعلنت"):
        assert absent not in html, (n, absent)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, (n, CHROME - chrome)
    return html, truth, chrome


def test_unseen20_traits_smf_forum_topic() -> None:
    # page 1: headline repeated in the post, centred image with caption, source link, a quote
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "مارس 05, 2024, 09:12:40 صباحاً"
    assert truth["published"] == "2024-03-05" and truth["author"] is None
    assert truth["url"] == f"{HOST}/index.php?topic=48213.0"
    for mark in ("<title>تشغيل محطة تحلية جديدة في أبي الخصيب لتوفير 20 ألف متر مكعب من مياه "
                 "الشرب يوميا</title>",
                 '<div class="inner" id="msg_388775"><div align="center"><span style="font-size: '
                 '14pt;" class="bbc_size"><strong>تشغيل محطة تحلية',
                 'class="bbc_img" /><br /><em>محطة التحلية الجديدة في قضاء أبي الخصيب</em></div>',
                 '<strong>المصدر:</strong> <a href="https://naba-aljanoub.example/news/48213" '
                 'class="bbc_link" target="_blank">وكالة نبأ الجنوب</a>',
                 '<blockquote class="bbc_standard_quote">وإن مياهه ستضخ عبر شبكة أنابيب',
                 '<div class="quoteheader"><div class="topslice_quote">',
                 'title="مبتسم" class="smiley" />', '<li class="title">ابن الفيحاء</li>',
                 '<li class="postcount">مشاركة: 14,322</li>',
                 '<p class="alert smalltext">تحذير: لم يتم المشاركة في هذا الموضوع لأكثر من 120 '
                 "يوم.<br />", "(زيارة 3412 مرات)"):
        assert mark in html, mark
    assert html.count('<div class="windowbg">') == 2 and html.count('<div class="windowbg2">') == 2
    assert chrome >= {"محطة التحلية الجديدة في قضاء أبي الخصيب", "المصدر: وكالة نبأ الجنوب",
                      "« في: مارس 05, 2024, 09:12:40 صباحاً »",
                      "« رد #3 في: مارس 06, 2024, 10:23:31 صباحاً »",
                      "مقتبس من: أبو حيدر البصري في مارس 05, 2024, 09:12:40 صباحاً",
                      "رد: تشغيل محطة تحلية جديدة في أبي الخصيب لتوفير 20 ألف متر مكعب من مياه "
                      "الشرب يوميا", "اللهم احفظ العراق وأهله", "مشاركة: 14,322",
                      "تحذير: لم يتم المشاركة في هذا الموضوع لأكثر من 120 يوم.",
                      "ملوحة شط العرب.. هل من حل قريب؟", "وأهل السيبة متى؟ الماء عندنا مالح مثل "
                      "ماء البحر."}
    body = truth["body"]
    assert body.startswith("أعلنت مديرية ماء البصرة، صباح اليوم الثلاثاء")
    assert body.endswith("وتحسين إدارة الحصص المائية مع دول المنبع.") and body.count("\n\n") == 5
    assert "المصدر" not in body and "مقتبس" not in body

    # page 2: byline (the only named writer), inline link, bold figure, subheading, edited post,
    # posted at 00:38 Baghdad time: printed as 12:38 a.m. of 21 July
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "يوليو 21, 2024, 12:38:15 صباحاً"
    assert truth["published"] == "2024-07-21" and truth["author"] == "مرتضى الحلفي"
    for mark in ('<div class="inner" id="msg_418887"><strong>كتب: مرتضى الحلفي</strong><br /><br />'
                 "أعلنت الشركة العامة", 'وذكر <a href="https://sedc.example/ar/news/1942" '
                 'class="bbc_link" target="_blank">بيان للشركة</a> أن الجدول',
                 "<strong>4200 ميغاواط</strong>", '<strong><span style="font-size: 12pt;" '
                 'class="bbc_size">ساعات التجهيز في الأقضية</span></strong><br />وبحسب الجدول',
                 "&#171; <em>آخر تحرير: يوليو 21, 2024, 01:02:44 صباحاً بواسطة نور الهدى</em> "
                 "&#187;", '<li class="membergroup">مشرفة قسم الأخبار</li>'):
        assert mark in html, mark
    for absent in ("bbc_img", "bbc_standard_quote", '<p class="alert smalltext">'):
        assert absent not in html, absent
    assert html.count('<div class="windowbg">') == 2 and html.count('<div class="windowbg2">') == 1
    assert chrome >= {"كتب: مرتضى الحلفي", "المصدر: صحيفة شط العرب",
                      "« آخر تحرير: يوليو 21, 2024, 01:02:44 صباحاً بواسطة نور الهدى »",
                      "« رد #1 في: يوليو 21, 2024, 01:00:32 صباحاً »", "البصرة.. ثغر العراق الباسم",
                      "أسعار الأمبير في البصرة لهذا الشهر", "موجة الحر", "41 ردود", "5120 مشاهدة"}
    body = truth["body"]
    assert body.startswith("أعلنت الشركة العامة لتوزيع كهرباء الجنوب، مساء السبت")
    assert body.endswith("بزيادة حصصهم الشهرية من الوقود المدعوم.") and body.count("\n\n") == 5
    assert "\n\nساعات التجهيز في الأقضية\n\n" in body and "كتب:" not in body

    # page 3: short story between the poster's own lines, four replies, one by a guest
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "يناير 14, 2025, 07:47:03 مسائاً"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ('<span style="color: maroon;" class="bbc_color">نقلاً عن موقع الرافد نيوز:</span>'
                 "<br /><br />استقبل ميناء أم قصر",
                 "للعام الثاني على التوالي.<br /><br />ما رأيكم يا جماعة؟",
                 '<h4>\n\t\t\t\t\t\t\t\tأبو مصطفى\n\t\t\t\t\t\t\t</h4>',
                 '<li class="membergroup">زائر</li>', "رد #4 في:</strong> يناير 15, 2025"):
        assert mark in html, mark
    for absent in ("bbc_img", "bbc_link", "<em>آخر تحرير", '<p class="alert smalltext">'):
        assert absent not in html, absent
    assert html.count('<div class="windowbg">') == 3 and html.count('<div class="windowbg2">') == 2
    assert chrome >= {"نقلاً عن موقع الرافد نيوز:", "أبو مصطفى", "زائر",
                      "ما رأيكم يا جماعة؟ هل ستصل الحصة بوقتها هذه المرة؟",
                      "« في: يناير 14, 2025, 07:47:03 مسائاً »",
                      "الحمد لله، بس الطحين الأسمر بالحصة الماضية ما كان زين.",
                      "ميناء الفاو الكبير.. آخر التطورات", "سجل"}
    body = truth["body"]
    assert body.startswith("استقبل ميناء أم قصر الجنوبي في محافظة البصرة، اليوم الثلاثاء")
    assert body.endswith("خمسة ملايين طن للعام الثاني على التوالي.") and body.count("\n\n") == 3
    assert "ما رأيكم" not in body and "نقلاً" not in body and len(body.split()) == 123
