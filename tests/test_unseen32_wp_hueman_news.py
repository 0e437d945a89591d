"""Traits of the wp_hueman_news family (unseen32): a Yemeni news blog on WordPress with the
Hueman theme: Yoast head (UTC `+00:00` times), `#wrapper`, `#header` with the mobile nav, the
topbar and `nav#nav-header`, `main.content` with `meta-single`, `article.post` > `post-inner`
(`h1.post-title`, `p.post-byline` "بقلم <author> · <date>" in "j F، Y" and +03:00,
`page-image`, `entry-inner`), `post-tags`, `author-bio`, `post-nav`, the "قد يعجبك أيضاً"
`related-posts`, `section#comments` with the comment tabs, the sidebars s1 (alx-tabs) and s2
(alx-posts, categories), the footer widgets, `#copyright` and `#credit`."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_hueman_news"
HOST = "https://hueman-yemen-akhbar.example"
COMMON = ('<!DOCTYPE html>\n<html class="no-js" dir="rtl" lang="ar">',
          "<!-- This site is optimized with the Yoast SEO plugin v23.9",
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/hueman/assets/front/css/main.min.css?ver=3.7.25",
          "<style id='hueman-main-style-inline-css'>",
          "col-3cm full-width topbar-enabled header-desktop-sticky", '<div id="wrapper">',
          '<a class="screen-reader-text skip-link" href="#content">تخطي إلى المحتوى</a>',
          '<header id="header" class="top-menu-mobile-on one-mobile-menu',
          'id="nav-mobile" data-menu-id="header-1">', 'id="nav-topbar" data-menu-id="header-2">',
          '<ul id="menu-top" class="nav container-inner group">',
          '<div id="topbar-header-search" class="container">',
          '<div class="group hu-pad central-header-zone">', '<p class="site-description">',
          'id="nav-header" data-menu-id="header-3">', '<div class="container" id="page">',
          '<div class="main-inner group">', '<main class="content" id="content">',
          '<div class="page-title hu-pad group">', '<ul class="meta-single group">',
          '<div class="post-inner group">', '<h1 class="post-title entry-title">',
          '<p class="post-byline">بقلم   <span class="vcard author">',
          '<div class="entry themeform">', '<div class="entry-inner">',
          '<p class="post-tags"><span>الوسوم:</span> ', '<ul class="post-nav group">',
          '<i class="far fa-hand-point-right"></i>قد يعجبك أيضاً',
          '<ul class="related-posts group">', '<li class="related post-hover">',
          '<p class="post-byline" style="display:none">&nbsp;بقلم',
          '<section id="comments" class="themeform">', '<div id="respond" class="comment-respond">',
          '<div class="sidebar s1 collapsed" data-position="left"',
          '<div class="sidebar-top group">', '<div id="alxtabs-2" class="widget widget_hu_tabs">',
          '<ul class="alx-tabs-nav group tab-count-3">', '<ul id="tab-comments-2"',
          '<div class="sidebar s2 collapsed" data-position="right"',
          '<ul class="alx-posts group', 'widget_categories', '<footer id="footer">',
          '<section class="container" id="footer-widgets">', 'id="nav-footer"',
          '<div id="copyright">', '<div id="credit"', '<a id="back-to-top" href="#">',
          "var HUParams = ", 'id="hu-front-scripts-js"')
CHROME = {"تخطي إلى المحتوى", "من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية",
          "يمن أخبار", "أخبار اليمن من صنعاء وعدن وحضرموت لحظة بلحظة", "الرئيسية", "محليات",
          "سياسة", "رياضة", "البحث عن:", "بقلم", "الوسوم:", "المقال السابق", "قد يعجبك أيضاً",
          "اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.", "تابعنا:",
          "أحدث المقالات", "الأكثر شعبية", "أحدث التعليقات", "فهد العولقي:",
          "سعر صرف الريال اليمني أمام الدولار والسعودي اليوم", "الأكثر قراءة هذا الأسبوع",
          "الأقسام", "محليات (1834)", "عن الموقع", "أحدث الأخبار", "وسوم",
          "صمم بواسطة قالب Hueman", "مدعوم من"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen32_traits_wp_hueman_news() -> None:
    # page 1: image with caption, a bold figure, an h3 subheading, two comments and a reply
    html, truth, chrome = _common(1)
    assert truth["url"] == f"{HOST}/archives/18427"
    assert truth["published_shown"] == "12 نوفمبر، 2024"
    assert truth["published"] == "2024-11-12" and truth["author"] == "سالم بن عفيف"
    for mark in ('<meta property="article:published_time" content="2024-11-12T06:30:00+00:00" />',
                 '<time class="published" datetime="12 نوفمبر، 2024">12 نوفمبر، 2024</time>',
                 '<div class="page-image-text"><div class="caption">نحال يفحص خلايا النحل',
                 "<strong>90 ألف ريال</strong>",
                 '<h3 class="wp-block-heading">تحديات التسويق والتصدير</h3>',
                 '<div class="author-bio">', '<p class="bio-name">سالم بن عفيف</p>',
                 '<h3 class="heading">3 ردود</h3>', '<ul class="children">', "bypostauthor",
                 '<li class="next"><a href=', "يمن أخبار &copy; 2024. جميع الحقوق محفوظة."):
        assert mark in html, mark
    assert "wp-block-embed" not in html and "<blockquote" not in html
    assert "article:modified_time" not in html
    assert CHROME | {"سالم بن عفيف", "12 نوفمبر، 2024", "اقتصاد",
                     "نحال يفحص خلايا النحل في أحد مناحل وادي دوعن بمحافظة حضرموت",
                     "المقال التالي", "افتتاح سوق شعبي جديد لبيع التمور في سيئون",
                     "مزارعو تهامة يبدؤون جني المانجو وسط صعوبات في النقل", "3 ردود",
                     "أبو محمد الكثيري", "نحال من دوعن", "12 نوفمبر، 2024 في 11:50 ص",
                     "التعليقات", "التعقيبات", "قال:",
                     "يمن أخبار © 2024. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("بدأ النحالون في وادي دوعن بمحافظة حضرموت جني محصول عسل السدر")
    assert body.endswith("وتتوارث أسرار المهنة جيلا بعد جيل منذ مئات السنين.")
    assert body.count("\n\n") == 6 and "\n\nتحديات التسويق والتصدير\n\n" in body
    assert 225 <= len(body.split()) <= 250 and "نحال يفحص" not in body

    # page 2: a Saba wire story by the desk user at 00:40 Aden time: Yoast's UTC is the day
    # before; no image, no author bio, no comments
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "21 يناير، 2025"
    assert truth["published"] == "2025-01-21" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-20T21:40:00+00:00" />',
                 'title="مقالات المحرر" rel="author">المحرر</a>',
                 '<time class="published" datetime="21 يناير، 2025">21 يناير، 2025</time>',
                 '<i class="far fa-comments"></i>0</a></li>', "<!-- comments open, no comments -->",
                 "<p>عدن (سبأ) - وصلت إلى ميناء الزيت"):
        assert mark in html, mark
    for absent in ('<div class="page-image">', '<div class="author-bio">', "og:image",
                   '<h3 class="heading">', "<strong>9", "wp-block-embed"):
        assert absent not in html, absent
    assert CHROME | {"المحرر", "21 يناير، 2025", "كهرباء عدن", "الخدمات",
                     "الأرصاد تتوقع أجواء باردة في المرتفعات الجبلية",
                     "انقطاع المياه عن أحياء في المعلا بسبب عطل في خط الضخ"} <= chrome
    body = truth["body"]
    assert body.startswith("عدن (سبأ) - وصلت إلى ميناء الزيت في مديرية البريقة")
    assert body.endswith("وشراء قطع الغيار للمحطات القديمة.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128

    # page 3: image without caption, a quote the text introduces, a YouTube embed, one comment,
    # the byline with "نُشر ... · آخر تحديث ..."
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "8 مارس، 2025"
    assert truth["published"] == "2025-03-08" and truth["author"] == "أروى الشرعبي"
    for mark in ('<meta property="article:published_time" content="2025-03-08T13:15:00+00:00" />',
                 '<meta property="article:modified_time" content="2025-03-09T07:05:00+00:00" />',
                 'نُشر <time class="published" datetime="8 مارس، 2025">8 مارس، 2025</time>',
                 '&middot; آخر تحديث <time class="updated" datetime="9 مارس، 2025">',
                 '<div class="page-image">', '<div class="page-image-text"></div>',
                 "wp-block-embed-youtube", "youtube.com/embed/p7Lw2Xk9QsA",
                 '<figcaption class="wp-element-caption">جانب من أعمال الترميم في حارة الفليحي '
                 "بصنعاء القديمة</figcaption>", '<blockquote class="wp-block-quote',
                 '<h3 class="heading">رد واحد</h3>', '<li class="next"></li>',
                 '<div class="author-bio">', "يمن أخبار &copy; 2025."):
        assert mark in html, mark
    assert html.index("دون تغيير، مشيرا إلى أن المرحلة الحالية تستمر ثمانية أشهر.</p>") \
        < html.index("wp-block-embed") < html.index("<p>ويأمل السكان")
    assert CHROME | {"أروى الشرعبي", "8 مارس، 2025", "نُشر", "آخر تحديث", "9 مارس، 2025",
                     "ثقافة", "التراث",
                     "جانب من أعمال الترميم في حارة الفليحي بصنعاء القديمة",
                     "عبدالرحمن الأكوع", "رد واحد",
                     "أمسية شعرية في تعز تستذكر الشاعر عبدالله البردوني",
                     "متحف سيئون يعيد فتح قاعة المخطوطات بعد تأهيلها"} <= chrome
    assert "المقال التالي" not in chrome
    body = truth["body"]
    assert body.startswith("أطلق مشروع للحفاظ على المدن التاريخية مرحلة جديدة")
    assert body.endswith("قبل حلول موسم الأمطار في الصيف المقبل.")
    assert body.count("\n\n") == 5 and "حارة الفليحي" not in body
    assert "متحدثا عن أولويات العمل:\n\nنبدأ بالمنازل التي يسكنها أصحابها" in body
