"""Traits of the wayback_snapshot family (unseen22): 2010-2013 articles of an Egyptian news
portal on its own PHP CMS as the Wayback Machine replays them: the playback include at the top
of `<head>` (athena.js, bundle-playback.js, wombat.js, Ruffle, `__wm.init`/`__wm.wombat`), the
`wm-ipp-base` toolbar after `<body>` with capture counts, timespan and the UTC capture date,
the COLLECTED BY panel, `wm-ipp-print`, links rewritten to `/web/<ts>[im_|cs_|js_|if_]/...`,
inline scripts inside wombat's scope block, the "FILE ARCHIVED ON ..." comment after
`</html>`; inside, the portal's top bar (the capture day in Arabic-Indic digits), menu, ticker,
`news_details` with "نشر فى :" in Cairo time, tools, body, tags, share bar, related news,
comments and form, sidebar boxes and footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wayback_snapshot"
HOST = "https://wayback-eg.example"
ORIGIN = "http://www.almidan-news.example"
STATIC = "https://web-static.archive.org/_static/"
COMMON = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
          'xmlns:fb="http://www.facebook.com/2008/fbml">\n<head><script '
          'src="//archive.org/includes/athena.js" type="text/javascript"></script>',
          "v.service='wb';", "archive_analytics.send_pageview({});",
          f'<script type="text/javascript" src="{STATIC}js/bundle-playback.js?v=Hk4-lkW3" '
          'charset="utf-8"></script>', f"{STATIC}js/wombat.js?v=txqj7nKC",
          "window.RufflePlayer=window.RufflePlayer||{};", f"{STATIC}js/ruffle/ruffle.js",
          f'__wm.init("{HOST}/web");', f"{STATIC}css/banner-styles.css?v=1utQkbB3",
          "<!-- End Wayback Rewrite JS Include -->\n\n<meta http-equiv=\"Content-Type\" "
          'content="text/html; charset=utf-8" />\n<title>بوابة الميدان | ',
          '<body><!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n'
          '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;" '
          'toolbar-mode="auto">',
          '<div id="donato" style="position:relative;width:100%;height:0;">',
          "https://archive.org/includes/donate.php?as_page=1&amp;platform=wb&amp;referer="
          "https%3A//wayback-eg.example/web/", 'nav="async"', 'alt="Wayback Machine"',
          'title="See a list of every capture for this URL">',
          '<div class="r" title="Timespan for captures of this URL">',
          '<canvas id="wm-sparkline-canvas" width="750" height="27" border="0"></canvas>',
          "<!-- NEXT/PREV MONTH NAV AND MONTH INDICATOR -->",
          '<div id="wm-save-snapshot-success">success</div>',
          '<span class="xxs" style="font-size:80%;">About this capture</span>',
          '<div id="wm-capinfo" style="border-top:1px solid #777;display:none; overflow: hidden">',
          "COLLECTED BY</div>", "Organization: <a", "<div>Collection: <a", "TIMESTAMPS</div>",
          '<div id="wm-ipp-print">The Wayback Machine - ', "__wm.bt(750,27,25,2,\"web\",",
          "<!-- END WAYBACK TOOLBAR INSERT -->\n\n<div id=\"wrapper\">",
          "var _____WB$wombat$assign$function_____ = function(name) {",
          'let window = _____WB$wombat$assign$function_____("window");',
          'let globalThis = _____WB$wombat$assign$function_____("globalThis");',
          '<div class="today">', '<div id="menu"><ul>',
          '<div id="breaking"><span class="breaking_title">عاجل</span>\n<marquee direction="right"',
          '<div class="path"><a href="', '<div class="news_details">\n<h1 class="news_title">',
          '<span class="news_date">نشر فى : ', '<div class="news_text" id="news_text">',
          '<div class="tags"><b>كلمات دالة :</b>', "<!-- AddThis Button BEGIN -->",
          'class="addthis_button_compact">Share</a>',
          "if_/http://www.facebook.com/plugins/like.php?href=http%3A%2F%2Fwww.almidan-news.example"
          "%2Fnews.php%3Fid%3D", '<div class="related"><h3>أخبار ذات صلة</h3>',
          '<div class="add_comment"><h3>أضف تعليقك</h3>',
          '<div class="box_title">الأكثر قراءة</div>',
          '<div class="box_title">مواقيت الصلاة - القاهرة</div>', '<div id="footer">',
          "'.google-analytics.com/ga.js';",
          "\n}\n</script>\n</body>\n</html><!--\n     FILE ARCHIVED ON ",
          "JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.",
          "-->\n<!--\nplayback timings (ms):\n  captures_list: ")
CHROME = {"من نحن", "اتصل بنا", "أعلن معنا", "خدمة RSS", "الرئيسية", "أخبار مصر",
          "أخبار المحافظات", "اقتصاد", "رياضة", "حوادث وقضايا", "فن وثقافة", "عرب وعالم",
          "تحقيقات وملفات", "مقالات الرأى", "فيديو الميدان", "عاجل", "تكبير الخط", "تصغير الخط",
          "طباعة", "أرسل لصديق", "كلمات دالة :", "Share", "أخبار ذات صلة", "أضف تعليقك",
          "الاسم :", "البريد الإلكترونى :", "التعليق :", "الأكثر قراءة", "استطلاع الرأى",
          "نعم، أؤيد", "ليس لدى رأى", "النتائج", "أسعار العملات", "سعر الشراء",
          "مواقيت الصلاة - القاهرة", "سياسة الخصوصية", "خريطة الموقع",
          "تصميم وبرمجة: النيل للحلول الرقمية", "success", "fail", "About this capture",
          "COLLECTED BY", "TIMESTAMPS",
          "التعليقات المنشورة تعبر عن رأى أصحابها ولا تعبر بالضرورة عن رأى بوابة الميدان"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert html.index("<!-- End Wayback Rewrite JS Include -->") < html.index("<title>") \
        < html.index("<body>") < html.index("WAYBACK TOOLBAR INSERT") < html.index('id="news_text"')
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    assert truth["set"] == "unseen22" and truth["title"] not in truth["body"]
    return html, truth, chrome


def test_unseen22_traits_wayback_snapshot() -> None:
    # page 1: 2010, captured the next morning (UTC), summer time +03:00, byline, photo, <br />s
    html, truth, chrome = _common(1)
    ts = "20100615034211"
    assert truth["url"] == f"{HOST}/web/{ts}/{ORIGIN}/news.php?id=18452"
    assert truth["published_shown"] == "الإثنين، 14 يونيو 2010 - 09:30 م"
    assert truth["published"] == "2010-06-14" and truth["author"] == "محمد عبد الحميد"
    for mark in (f'__wm.wombat("{ORIGIN}:80/news.php?id=18452","{ts}","{HOST}/","web",',
                 '"1276573331");', f'value="{ORIGIN}/news.php?id=18452"',
                 f'href="/web/{ts}*/{ORIGIN}/news.php?id=18452"', ">23 captures</a>",
                 ">15 Jun 2010 - 11 Sep 2016</div>",
                 'title="You are here: 03:42:11 Jun 15, 2010">JUN',
                 'white-space:nowrap;" title="You are here: 03:42:11 Jun 15, 2010">15</td>',
                 '<span class="wm-title">Alexa Crawls</span>', "Alexa Crawls DE",
                 f"The Wayback Machine - {HOST}/web/{ts}/{ORIGIN}:80/news.php?id=18452</div>",
                 "FILE ARCHIVED ON 03:42:11 Jun 15, 2010 AND RETRIEVED FROM THE\n     INTERNET "
                 "ARCHIVE ON 08:14:52 Feb 11, 2025.", f'href="/web/{ts}cs_/{ORIGIN}/css/style.css"',
                 f'src="{HOST}/web/{ts}js_/http://ajax.googleapis.com/ajax/libs/jquery/1.4.2/',
                 f'<a href="/web/{ts}/{ORIGIN}/section.php?id=7" class="active">أخبار المحافظات',
                 '<div class="today">الثلاثاء ١٥ يونيو ٢٠١٠</div>',
                 f'<img src="/web/{ts}im_/{ORIGIN}/uploads/news/2010/06/18452_big.jpg"',
                 '<span class="photo">تصوير : أحمد إسماعيل</span>',
                 '<div class="writer">كتب - محمد عبد الحميد</div>',
                 "خلال أشهر الصيف.<br />\n<br />\nوقال رئيس مجلس إدارة الشركة",
                 f"'https:' == document.location.protocol ? '{HOST}/web/{ts}/https://ssl' : "
                 f"'{HOST}/web/{ts}/http://www'", "<h3>التعليقات (3)</h3>",
                 "&copy; 2010 بوابة الميدان"):
        assert mark in html, mark
    for absent in ('property="og:', "Tweet", "<p dir=", "news_source", "news_update"):
        assert absent not in html, absent
    assert {"الثلاثاء ١٥ يونيو ٢٠١٠", "نشر فى : الإثنين، 14 يونيو 2010 - 09:30 م",
            "عدد القراءات : 2341", "كتب - محمد عبد الحميد", "تصوير : أحمد إسماعيل",
            "جانب من أعمال الإنشاء بمحطة عرب أبو ساعد قبل أيام من افتتاحها", "23 captures",
            "15 Jun 2010 - 11 Sep 2016", "May JUN Jul", "2009 2010 2011",
            "Organization: Alexa Crawls", "Collection: Alexa Crawls DE", "التعليقات (3)",
            "أحمد سعيد", "14/06/2010 11:05 م", "الدولار الأمريكى 5.69", "الفجر 4:13",
            f"The Wayback Machine - {HOST}/web/{ts}/{ORIGIN}:80/news.php?id=18452",
            "جميع الحقوق محفوظة © 2010 بوابة الميدان"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت شركة مياه الشرب والصرف الصحى بالجيزة مساء اليوم الاثنين")
    assert body.endswith("باستثمارات تقدر بنحو 95 مليون جنيه.") and body.count("\n\n") == 5
    assert "كتب" not in body and "تصوير" not in body and "captures" not in body

    # page 2: posted 00:40 Cairo (+02:00), captured 17 days later by the live web proxy
    html, truth, chrome = _common(2)
    ts = "20111203103307"
    assert truth["published_shown"] == "الأربعاء، 16 نوفمبر 2011 - 12:40 ص"
    assert truth["published"] == "2011-11-16" and truth["author"] is None
    for mark in (f'__wm.wombat("{ORIGIN}:80/news.php?id=51903","{ts}",', ">9 captures</a>",
                 ">03 Dec 2011 - 22 Jan 2014</div>", ">Nov</td>", ">DEC</td>", ">03</td>",
                 "Live Web Proxy Crawls", "Save Page Now feature on web.archive.org.",
                 '<meta property="og:type" content="article" />',
                 f'<meta property="og:url" content="{HOST}/web/{ts}/{ORIGIN}/news.php?id=51903" />',
                 f'<meta property="og:image" content="{HOST}/web/{ts}im_/{ORIGIN}/images/logo_fb',
                 '<div class="today">السبت ٣ ديسمبر ٢٠١١</div>',
                 f'اجتماع <a href="/web/{ts}/{ORIGIN}/news.php?id=51877" target="_blank">'
                 "لجنة تسويق القطن</a> مع ممثلى", '<div class="news_source">المصدر : أ ش أ</div>',
                 f'<a href="{HOST}/web/{ts}/http://twitter.com/share" class="twitter-share-button"',
                 f'src="{HOST}/web/{ts}js_/http://platform.twitter.com/widgets.js"',
                 '<div class="no_comments">لا توجد تعليقات على هذا الخبر</div>',
                 "FILE ARCHIVED ON 10:33:07 Dec 03, 2011 AND RETRIEVED"):
        assert mark in html, mark
    for absent in ("news_img", 'class="writer"', "<br />\n<br />\n", "youtube.com", "Alexa"):
        assert absent not in html, absent
    assert {"نشر فى : الأربعاء، 16 نوفمبر 2011 - 12:40 ص", "السبت ٣ ديسمبر ٢٠١١",
            "المصدر : أ ش أ", "Tweet", "9 captures", "03 Dec 2011 - 22 Jan 2014", "Nov DEC Jan",
            "Organization: Internet Archive", "Collection: Live Web Proxy Crawls",
            "View the web archive through the Wayback Machine.", "التعليقات (0)",
            "لا توجد تعليقات على هذا الخبر", "الدولار الأمريكى 6.03"} <= chrome
    body = truth["body"]
    assert body.startswith("حددت وزارة الزراعة واستصلاح الأراضى سعرا استرشاديا لقنطار القطن")
    assert body.endswith("حتى لا يعزف المزارعون عن زراعته فى الموسم المقبل.")
    assert body.count("\n\n") == 3 and "أ ش أ" not in body

    # page 3: 2013, edited the same day, subheading, bold words, YouTube, Archive Team capture
    html, truth, chrome = _common(3)
    ts = "20130407192244"
    assert truth["published_shown"] == "الثلاثاء، 5 مارس 2013 - 02:15 م"
    assert truth["published"] == "2013-03-05" and truth["author"] is None
    for mark in (">4 captures</a>", ">07 Apr 2013 - 30 Oct 2013</div>", ">APR</td>",
                 '<span class="wm-title">Archive Team</span>', "Archive Team: URLs",
                 '<span class="news_update">آخر تحديث : الثلاثاء، 5 مارس 2013 - 04:50 م</span>',
                 '<div class="today">الأحد ٧ أبريل ٢٠١٣</div>', "عدد القراءات : 1,205",
                 '<p dir="rtl"><strong><span style="color: #800000;">ورش مفتوحة للأطفال</span>',
                 "أساسيات <strong>الخيامية وتشكيل الفخار</strong>، تقام",
                 f'<iframe width="560" height="315" src="{HOST}/web/{ts}if_/http://www.youtube.com/'
                 'embed/q7Hn2xVbW4k"', "<h3>التعليقات (1)</h3>", "&copy; 2013 بوابة الميدان",
                 "FILE ARCHIVED ON 19:22:44 Apr 07, 2013 AND RETRIEVED FROM THE\n     INTERNET "
                 "ARCHIVE ON 02:05:31 Nov 14, 2025."):
        assert mark in html, mark
    assert html.index("بسبب انخفاض أعداد السائحين") < html.index("youtube.com/embed") \
        < html.index("ورش مفتوحة للأطفال")
    assert "news_source" not in html and 'class="writer"' not in html
    assert {"نشر فى : الثلاثاء، 5 مارس 2013 - 02:15 م", "الأحد ٧ أبريل ٢٠١٣",
            "آخر تحديث : الثلاثاء، 5 مارس 2013 - 04:50 م", "4 captures", "Mar APR May",
            "2012 2013 2014", "Organization: Archive Team", "Collection: Archive Team: URLs",
            "منى عبد الرحمن", "05/03/2013 07:15 م", "عدد القراءات : 1,205", "Tweet"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح صندوق التنمية الثقافية مساء أمس الاثنين معرضا للحرف التراثية")
    assert body.endswith("بينما تبلغ تذكرة زيارة البيت للأجانب 25 جنيها.")
    assert body.count("\n\n") == 5 and "\n\nورش مفتوحة للأطفال\n\n" in body
    assert "آخر تحديث" not in body and "Archive Team" not in body
