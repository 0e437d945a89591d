"""Traits of the phpnuke_portal family (unseen20): a Yemeni regional portal on PHP-Nuke 7.x with
a NukeNews-derived RTL theme: the stock head (capital META block, Burzi GENERATOR, no og or
JSON-LD), left blocks (Modules menu, Who's Online, site poll, latest stories), article.php's own
table with themearticle and the related/rating/options sideboxes, English strftime dates in the
US server's Eastern time on an Arabic page, "Associated Topics", index-style teasers with the
morelink, the comments navbar and comments, and the NukeNews footer with the PHP-Nuke GPL line."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "phpnuke_portal"
HOST = "https://nuke-portal-ar.example"
COMMON = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html dir="rtl">',
          '<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">',
          '<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2005 by Francisco Burzi.',
          '<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">',
          '<LINK REL="StyleSheet" HREF="themes/NukeNews/style/style.css" TYPE="text/css">',
          'href="banners.php?op=click&amp;bid=4"',
          '<select name="new_topic" onChange=\'submit()\'>',
          '<a href="modules.php?name=Your_Account&op=new_user">تسجيل عضوية جديدة</b>',
          "document.write(now.getDate()", "<!-- FIN DEL TITULO -->",
          '<td bgcolor="#ffffff" width="150" valign="top">',
          '<font class="content" color="#363636"><b>القائمة الرئيسية</b></font>',
          "<strong><big>&middot;</big></strong>&nbsp;<a href=\"index.php\">الصفحة الأولى</a><br>",
          "ضيف/ضيوف", "عضو/أعضاء يتصفحون الموقع.<br><br>أنت غير مسجل لدينا.",
          '<input type="radio" name="voteID" value="1">', "[ <a href=\"modules.php?name=News\">"
          "المزيد في أخبار الأقسام الخاصة</a> ]",
          '<table width="100%" border="0"><tr><td valign="top" width="100%">',
          '<font class="storycat">', "<b>روابط ذات صلة</b>", "<b>تقييم المقال</b>",
          "<b>خيارات</b>", "<img src='images/print.gif' border='0' alt='صفحة للطباعة'",
          "&amp;file=friend&amp;op=FriendSend&amp;sid=", "<center><b>Associated Topics</b>",
          "<!-- COMMENTS NAVIGATION BAR START -->", '<a name="comments"></a>',
          "نحن غير مسؤلون عن محتواها.", 'class="footmsg_l">GPL</font>',
          "google-analytics.com/ga.js")
CHROME = {"بحث", "المواضيع", "جميع المواضيع", "الصفحة الأولى", "التحميل", "حسابك", "أرسل خبرا",
          "أفضل 10", "تسجيل عضوية جديدة", "روابط ذات صلة", "تقييم المقال",
          "الرجاء تقييم هذا المقال:", "خيارات", "صفحة للطباعة", "أرسل هذا المقال لصديق",
          "Associated Topics", "دخول/تسجيل عضو",
          "التعليقات مملوكة لأصحابها. نحن غير مسؤلون عن محتواها.",
          "التعليق غير مسموح للضيوف, الرجاء التسجيل", "القائمة الرئيسية", "أرشيف الأخبار",
          "المتواجدون الآن", "أنت غير مسجل لدينا. تستطيع التسجيل مجانا بالضغط هنا",
          "استفتاء الموقع", "ما أهم مشكلة خدمية تواجهها في مدينتك؟", "شح مياه الشرب", "نتائج",
          "آخر الأخبار", "المزيد في أخبار الأقسام الخاصة", "الأخبار بواسطة wadinet",
          "المقالات والأخبار المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع",
          "PHP-Nuke Copyright © 2005 by Francisco Burzi. This is free software, and you may "
          "redistribute it under the GPL. PHP-Nuke comes with absolutely no warranty, for "
          "details, see the license."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    for absent in ("og:title", "application/ld+json", "twitter:", "<time"):
        assert absent not in html, (n, absent)
    assert truth["url"] == f"{HOST}/modules.php?name=News&file=article&sid={truth['url'][-4:]}"
    return html, truth, set(truth["must_not_contain"])


def test_unseen20_traits_phpnuke_portal() -> None:
    # page 1: the editor's story, bold byline line in the hometext, <br><br> paragraphs,
    # a bold subheading, three comments; 17:30 EDT is already the 16th in Yemen
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "Monday, March 15, 2010 @ 17:30:12 EDT"
    assert truth["published"] == "2010-03-15" and truth["author"] == "سالم عمر باحميش"
    for mark in ("<title>وادي حضرموت نت - أهالي حي السحيل في سيئون يطالبون بحل عاجل",
                 '<font class="storycat">أخبار الوادي</font></a>: أهالي حي السحيل',
                 '<font class="content">أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة '
                 '<a href="mailto:editor@nuke-portal-ar.example">wadinet</a></font>',
                 '<font class="content"><b>سيئون - خاص - سالم عمر باحميش</b><br><br>يعيش سكان',
                 "دول الخليج.<br><br><b>المؤسسة: عطل في المضخة الرئيسية</b><br><br>من جهته،",
                 "<b>أربعة آلاف ريال</b>", "stars-4.gif", "<b>أخبار أخرى في القسم</b>",
                 '<b>أقرأ المزيد ...</b></a> | 1843 حرفا زيادة | <a href="modules.php?name=News'
                 '&amp;file=article&amp;sid=1868">3 تعليقات</a> | التقييم: 4)',
                 "<B>3</B> تعليقات", "© 2006 - 2010"):
        assert mark in html, mark
    assert " كتب <i>" not in html and "ملحوظة:" not in html
    assert CHROME | {"أخبار الوادي", "سيئون - خاص - سالم عمر باحميش",
                     "أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة wadinet",
                     "زيادة حول مياه وكهرباء", "أكثر مقال قراءة عن مياه وكهرباء:",
                     "مؤسسة المياه تعلن جدولا جديدا لتوزيع الحصص على أحياء سيئون",
                     "المؤسسة العامة للمياه والصرف الصحي", "المعدل: 4.25", "تصويتات: 8",
                     "أخبار الوادي: بدء حفر بئر ارتوازية جديدة لتغذية الأحياء الشرقية",
                     "أرسلت بواسطة wadinet في Friday, March 12, 2010 @ 14:13:12 EDT (612 قراءة)",
                     "(أقرأ المزيد ... | 1843 حرفا زيادة | 3 تعليقات | التقييم: 4)",
                     "(أقرأ المزيد ... | 2210 حرفا زيادة | تعليقات? | التقييم: 0)",
                     "3 تعليقات", "البحث في النقاشات", "نفس المعاناة في حي القرن", "(التقييم: 1)",
                     "بواسطة abu_omar77 في Monday, March 15, 2010 @ 19:05:12 EDT",
                     "بواسطة زائر في Monday, March 15, 2010 @ 22:40:12 EDT",
                     "معلومات المستخدم", "أرسل رسالة",
                     "يوجد حاليا, 41 ضيف/ضيوف 3 عضو/أعضاء يتصفحون الموقع.", "تصويتات: 1287",
                     "جميع الحقوق محفوظة لموقع وادي حضرموت نت © 2006 - 2010"} <= chrome
    body = truth["body"]
    assert body.startswith("يعيش سكان حي السحيل بمدينة سيئون منذ أسبوعين")
    assert body.endswith("مع اقتراب فصل الصيف وارتفاع درجات الحرارة في الوادي.")
    assert body.count("\n\n") == 6 and "\n\nالمؤسسة: عطل في المضخة الرئيسية\n\n" in body
    assert "باحميش" not in body and "wadinet" not in body

    # page 2: a reader's submission: 'tarim_sport كتب <i>"..."</i>' with the notes inside
    # the closing quote; no rating, no comments, no teasers
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "Tuesday, July 20, 2010 @ 09:05:44 EDT"
    assert truth["published"] == "2010-07-20" and truth["author"] is None
    for mark in ('username=tarim_sport">tarim_sport</a> كتب <i>"توج نادي شباب تريم',
                 '<font class="storycat">رياضة</font></a>: نادي شباب تريم',
                 "الأول.<br>\n<br>\nوحضر المباراة",  # \r\n on disk, read as \n
                 "وتأهيل ملاعبها.<br><br><b>ملحوظة:</b> <i>الصور الكاملة",
                 'بالموقع.</i>"</i>', "المعدل: <b>0</b><br>تصويتات: <b>0</b></center><br>",
                 "<B>0</B> تعليقات</font>", "© 2006 - 2010"):
        assert mark in html, mark
    for absent in ("أخبار أخرى في القسم", "البحث في النقاشات", "stars-4.gif\" border=\"1\"",
                   "معلومات المستخدم", "<b>سيئون - خاص"):
        assert absent not in html, absent
    assert CHROME | {"رياضة", "tarim_sport كتب",
                     "ملحوظة: الصور الكاملة للمباراة النهائية وحفل التتويج في قسم معرض الصور "
                     "بالموقع.", "الاتحاد اليمني لكرة القدم", "زيادة حول رياضة الوادي",
                     "المعدل: 0", "تصويتات: 0", "0 تعليقات",
                     "أرسلت في Tuesday, July 20, 2010 @ 09:05:44 EDT بواسطة wadinet"} <= chrome
    body = truth["body"]
    assert body.startswith("توج نادي شباب تريم مساء أمس بكأس بطولة أندية وادي حضرموت")
    assert body.endswith("بدعم الأندية الشبابية في المديرية وتأهيل ملاعبها.")
    assert body.count("\n\n") == 4 and "كتب" not in body and "ملحوظة" not in body

    # page 3: winter (EST), <p> paragraphs after a centred photo and caption, a linked phrase,
    # one comment, teasers with a singular comment count
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "Tuesday, January 11, 2011 @ 14:20:05 EST"
    assert truth["published"] == "2011-01-11" and truth["author"] is None
    for mark in (f'<p align="center"><img src="{HOST}/images/news/2011/qatn_health_center.jpg"',
                 '<br><font class="tiny" color="#666666">جانب من افتتاح المركز الصحي الجديد في '
                 'مديرية القطن</font></p><p dir="rtl" align="justify">افتتح وكيل محافظة',
                 'أعلن <a href="modules.php?name=News&amp;new_topic=6">مكتب الصحة في الوادي</a>',
                 "stars-5.gif\" border=\"1\"", "المعدل: <b>4.5</b>", "<B>1</B> تعليق |",
                 '">1 تعليق</a> | التقييم: 3.5)', "© 2006 - 2011"):
        assert mark in html, mark
    assert CHROME | {"جانب من افتتاح المركز الصحي الجديد في مديرية القطن", "صحة وطب",
                     "أرسلت في Tuesday, January 11, 2011 @ 14:20:05 EST بواسطة wadinet",
                     "وزارة الصحة العامة والسكان", "المعدل: 4.5", "تصويتات: 2", "1 تعليق",
                     "خطوة طيبة", "بواسطة dr_hamed في Tuesday, January 11, 2011 @ 16:40:05 EST",
                     "أرسلت بواسطة wadinet في Thursday, December 30, 2010 @ 11:03:05 EST "
                     "(905 قراءة)", "(أقرأ المزيد ... | 1530 حرفا زيادة | 1 تعليق | التقييم: 3.5)",
                     "جميع الحقوق محفوظة لموقع وادي حضرموت نت © 2006 - 2011"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح وكيل محافظة حضرموت لشؤون مديريات الوادي والصحراء اليوم الثلاثاء")
    assert body.endswith("في المناطق الريفية البعيدة عن المدن الرئيسية.")
    assert body.count("\n\n") == 4 and "جانب من افتتاح" not in body
