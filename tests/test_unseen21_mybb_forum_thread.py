"""Traits of the mybb_forum_thread family (unseen21): a Sudanese MyBB 1.8 board thread
reposting a news story, as the default theme serves it to a guest."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "mybb_forum_thread"
HOST = "https://mybb-forum-sd.example"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/'
          'TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: showthread -->\n<html xml:lang="ar"'
          ' lang="ar" dir="rtl" xmlns="http://www.w3.org/1999/xhtml">',
          "<!-- start: headerinclude -->",
          f'<link rel="alternate" type="application/rss+xml" title="آخر المواضيع (RSS 2.0)" '
          f'href="{HOST}/syndication.php" />',
          f'<link type="text/css" rel="stylesheet" href="{HOST}/cache/themes/theme3/global.min.css'
          '?t=1706552417" />', f"{HOST}/jscripts/thread.js?ver=1813",
          '<div id="container">', '<div id="logo">', '<ul class="menu top_links">',
          '<div id="panel">', '<fieldset id="search">', '<span class="welcome">مرحباً بك يا زائر! ',
          '<div class="modal" id="quick_login" style="display: none;">',
          '<div class="navigation">', f'<a href="{HOST}/index.php">منتديات ملتقى النيلين</a> '
          '&rsaquo; <a href="forumdisplay.php?fid=1">الملتقى العام</a>',
          f'<br /><img src="{HOST}/images/nav_bit.png" alt="" /><span class="active">',
          'class="button new_reply_button"><span>رد جديد</span></a>&nbsp;',
          '<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">',
          '<a href="javascript:void(0)" id="thread_modes">طرق عرض الموضوع</a>',
          '<tr><td id="posts_container">\n\t<div id="posts">', "<!-- start: postbit -->",
          '<div class="post_author">', '<div class="author_avatar">',
          '<div class="author_statistics">', '<div class="post_head">',
          '<span class="post_date">', '<div class="post_body scaleimages" id="pid_',
          '<div class="signature scaleimages">', '<div class="post_controls">',
          '<strong class="reputation_positive">', 'class="postbit_quote postbit_mirage">',
          'class="postbit_find"><span>ابحث</span></a>', "<!-- end: postbit -->",
          '<td class="thead" align="center" colspan="6"><strong>مواضيع قد تكون ذات صلة…</strong>',
          '<ul class="thread_tools">', '<li class="printable">', 'class="forumjump"',
          '<option value="-1">الصفحة الرئيسية للمنتدى</option>',
          '<span class="smalltext">المستخدمون الذين يتصفحون هذا الموضوع: ',
          '<div id="footer">', '<ul class="menu bottom_links">', '<span id="current_time">',
          'مدعوم من <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, '
          "&copy; 2002-",
          f'<img src="{HOST}/task.php" width="1" height="1" alt="" />')
CHROME = {"منتديات ملتقى النيلين", "الملتقى العام", "الأخبار والأحداث", "البوابة", "البحث",
          "قائمة الأعضاء", "التقويم", "مساعدة", "مرحباً بك يا زائر!", "تسجيل الدخول", "التسجيل",
          "اسم المستخدم/البريد:", "كلمة المرور:", "نسيت كلمة المرور؟", "تذكرني", "رد جديد",
          "طرق عرض الموضوع", "الموضوع الأقدم", "الموضوع الأحدث", "الانتقال إلى:",
          "الصفحة الرئيسية للمنتدى", "الرياضة السودانية", "عرض نسخة قابلة للطباعة",
          "أرسل هذا الموضوع إلى صديق", "مواضيع قد تكون ذات صلة…", "آخر مشاركة", "اتصل بنا",
          "العودة للأعلى", "النسخة الخفيفة (الأرشيف)", "خلاصات RSS", "ابحث", "رد مع اقتباس",
          "#1", "#2", "العرض العادي", "العرض الشجري"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "og:title" not in html and "application/ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen21_traits_mybb_forum_thread() -> None:
    # page 1: headline repeated in red bold, centred image with italic caption, source link
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14-03-2024, 09:15 PM"
    assert truth["published"] == "2024-03-14" and truth["author"] is None
    for mark in ("<title>وصول باخرة تحمل 45 ألف طن من القمح إلى الميناء الجنوبي في بورتسودان"
                 "</title>", '<span class="post_date">14-03-2024, 09:15 PM <span class="post_edit"',
                 '<span style="color: #B22222;" class="mycode_color"><span style="font-size: large;'
                 '" class="mycode_size"><span style="font-weight: bold;" class="mycode_b">',
                 '<div style="text-align: center;" class="mycode_align"><img src="https://alsudani',
                 'class="mycode_img" />', '<span style="font-style: italic;" class="mycode_i">',
                 'المصدر: <a href="https://alsudani-news.example/news/2024/03/wheat-port-sudan" '
                 'target="_blank" rel="noopener" class="mycode_url">صحيفة السوداني</a>',
                 "\tالتسجيل: Aug 2013\n", "هذا الموضوع: 4 زائر</span>",
                 "<strong>الوقت الحالي:</strong> 17-03-2024, 10:41 AM"):
        assert mark in html, mark
    assert "mycode_quote" not in html and "edited_post" not in html and "iframe" not in html
    assert CHROME | {"14-03-2024, 09:15 PM", "الباخرة أثناء تفريغ حمولتها بالميناء الجنوبي - سونا",
                     "المصدر: صحيفة السوداني", "ود_النيل", "عضو ذهبي", "المشاركات: 3,412",
                     "التسجيل: Aug 2013", "السمعة: 118", "السودان وطن يسع الجميع",
                     "عثمان_كسلا", "14-03-2024, 09:53 PM", "#3", "#4", "بت_الجزيرة",
                     "شكرا على النقل يا ود النيل", "السمعة: 0",
                     "ارتفاع أسعار الدقيق في أسواق أم درمان قبل رمضان", "آخر مشاركة: ابو_مهند",
                     "المستخدمون الذين يتصفحون هذا الموضوع: 4 زائر",
                     "الوقت الحالي: 17-03-2024, 10:41 AM",
                     "مدعوم من MyBB, © 2002-2024 MyBB Group."} <= chrome
    body = truth["body"]
    assert body.startswith("رست مساء الخميس بالميناء الجنوبي في بورتسودان باخرة محملة")
    assert body.endswith("أن شحنتين إضافيتين ستصلان قبل نهاية أبريل.") and body.count("\n\n") == 4
    assert "المصدر" not in body and "سونا" not in body

    # page 2: sub-forum crumb, byline, inline link, edit note with reason, a quoting reply;
    # posted at 00:40 Sudan time: the board shows "12:40 AM" of 3 July
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "03-07-2024, 12:40 AM"
    assert truth["published"] == "2024-07-03" and truth["author"] == "منى عبد الرحيم"
    for mark in ('&rsaquo; <a href="forumdisplay.php?fid=17">التعليم والامتحانات</a>',
                 '<option value="17" selected="selected">---- التعليم والامتحانات</option>',
                 '<span style="font-weight: bold;" class="mycode_b">بقلم: منى عبد الرحيم</span>'
                 "<br />\n<br />\nأعلنت وزارة", '<a href="https://examsd.example/" target="_blank" '
                 'rel="noopener" class="mycode_url">الموقع الإلكتروني لمجلس الامتحانات</a>',
                 '<span class="edited_post">(آخر تعديل لهذه المشاركة: 03-07-2024, 08:05 AM بواسطة',
                 "<em>سبب التعديل: إضافة رابط مجلس الامتحانات</em>)</span>",
                 '<blockquote class="mycode_quote"><cite><span> (03-07-2024, 12:40 AM)</span>'
                 "أم_أحمد كتب: ", '<span style="color: #CC00CC;">أم_أحمد</span>',
                 'class="buddy_status" /></a>', '<strong class="reputation_negative">-2</strong>'):
        assert mark in html, mark
    assert "mycode_img" not in html and "mycode_align" not in html
    assert CHROME | {"03-07-2024, 12:40 AM", "بقلم: منى عبد الرحيم", "التعليم والامتحانات",
                     "المصدر: صحيفة التيار الإلكترونية",
                     "نسأل الله التوفيق لأبنائنا وبناتنا الممتحنين..",
                     "(آخر تعديل لهذه المشاركة: 03-07-2024, 08:05 AM بواسطة أم_أحمد. سبب التعديل:"
                     " إضافة رابط مجلس الامتحانات)", "أم_أحمد كتب:", "مشرفة قسم التعليم",
                     "السمعة: -2",
                     "المستخدمون الذين يتصفحون هذا الموضوع: أم_أحمد, ابو_مهند, 7 زائر",
                     "كيف أستخرج رقم الجلوس لابني المقيم في القاهرة؟"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة التربية والتعليم الاتحادية مساء الثلاثاء")
    assert body.endswith("لم يتسلموا رواتبهم منذ أشهر.") and body.count("\n\n") == 4
    assert "بقلم" not in body and "نسأل الله" not in body
    # the quoted sentence is story text shown twice: once in the story, once in the reply
    assert html.count("بينهم أكثر من أربعين ألفا سيجلسون للامتحانات في مراكز خارج البلاد") == 2

    # page 3: thread prefix, bold agency name, bold subheading, YouTube embed, relative date
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "09-03-2025, 10:05 AM"
    assert truth["published"] == "2025-03-09" and truth["author"] is None
    for mark in ('<strong><span style="color: #2E7D32;"><strong>[زراعة]</strong></span>&nbsp;'
                 "انطلاق حصاد القمح", "<title>انطلاق حصاد القمح في الولاية الشمالية وتوقعات "
                 "بإنتاج يتجاوز مليون جوال</title>",
                 '<span style="font-weight: bold;" class="mycode_b">هيئة البحوث الزراعية</span>',
                 '<span style="font-size: medium;" class="mycode_size"><span style="font-weight: '
                 'bold;" class="mycode_b">تحديات التسويق والتخزين</span></span>',
                 '<iframe width="560" height="315" src="//www.youtube-nocookie.com/embed/',
                 '<span title="11-03-2025, 07:05 AM">منذ 3 ساعات</span>',
                 'class="postbit_website"><span>الموقع</span></a>', "2002-2025 <a"):
        assert mark in html, mark
    assert "بقلم" not in html and "mycode_quote" not in html
    assert CHROME | {"09-03-2025, 10:05 AM", "[زراعة]", "منذ 3 ساعات", "الموقع",
                     "المصدر: وكالة السودان للأنباء (سونا)", "مزارع_الشمالية",
                     "من دنقلا العجوز.. سلام للجميع", "#5", "التسجيل: Nov 2019",
                     "ربنا يرجع مشروع الجزيرة لأيامه.",
                     "متى يعلن البنك الزراعي السعر التركيزي للقمح؟",
                     "مدعوم من MyBB, © 2002-2025 MyBB Group."} <= chrome
    body = truth["body"]
    assert body.startswith("انطلقت أمس السبت عمليات حصاد القمح في مشاريع الولاية الشمالية")
    assert body.endswith("ورفع تقرير مفصل إلى مجلس الوزراء.") and body.count("\n\n") == 8
    assert "\n\nتحديات التسويق والتخزين\n\n" in body and "المصدر" not in body
