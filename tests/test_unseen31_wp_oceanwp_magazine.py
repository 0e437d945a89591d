"""Traits of the wp_oceanwp_magazine family (unseen31): an Algerian economy and society
magazine on WordPress with the OceanWP theme, Ocean Extra and Ocean Social Sharing: Yoast head
(UTC `+00:00` times), the top bar with the visit's date, the minimal header and mobile
dropdown, the page header ("المدونة" and the breadcrumb trail), `single-post-title`, the
`meta ospm-default` list with icons (dates in Algerian month names, +01:00), `thumbnail`,
`entry-content`, `post-tags`, `entry-share`, `post-navigation`, `author-bio`,
`related-posts` ("قد يعجبك أيضاً"), `comments`, the right sidebar and the footer widgets."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_oceanwp_magazine"
HOST = "https://oceanwp-dz-iqtisad.example"
COMMON = ('<!DOCTYPE html>\n<html class="html" dir="rtl" lang="ar">',
          "<!-- This site is optimized with the Yoast SEO plugin v24.1",
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.6.1",
          "<!-- OceanWP CSS -->", "oceanwp-theme dropdown-mobile",
          "has-sidebar content-right-sidebar", "has-topbar has-breadcrumbs",
          '<div id="outer-wrap" class="site clr">', '<div id="top-bar-wrap" class="clr">',
          '<span class="oceanwp-date">', '<div id="top-bar-social" class="clr top-bar-left">',
          '<header id="site-header" class="minimal-header clr" data-height="74"',
          'class="site-title site-logo-text"', '<ul id="menu-main" class="main-menu dropdown-menu',
          'class="menu-link"><span class="text-wrap">', '<li class="search-toggle-li" >',
          '<div class="oceanwp-mobile-menu-icon clr mobile-right">',
          '<div id="mobile-dropdown" class="clr" >', '<main id="main" class="site-main clr"',
          '<h1 class="page-header-title clr" itemprop="headline">المدونة</h1>',
          'class="site-breadcrumbs clr position-"><ol class="trail-items"',
          '<li class="trail-item trail-end"', '<div id="content-wrap" class="container clr">',
          '<div id="primary" class="content-area clr">',
          '<h2 class="single-post-title entry-title" itemprop="headline">',
          '<ul class="meta ospm-default clr">', '<li class="meta-author" itemprop="name">',
          '<i class=" icon-clock" aria-hidden="true" role="img"></i>',
          '<li class="meta-cat">', 'class="comments-link" >',
          '<div class="entry-content clr" itemprop="text">',
          '<div class="post-tags clr">\n\t<span class="owp-tag-text">الوسوم: </span>',
          '<span class="owp-sep">,</span> ', '<div class="entry-share clr minimal side">',
          '<span class="text" aria-hidden="true">شارك هذا المقال</span>',
          '<ul class="owp-social-share clr"', 'onclick="owpShareOnClick( this.href )',
          '<nav class="navigation post-navigation"', '<div class="nav-previous">',
          '<section id="related-posts" class="clr">', '<span class="text">قد يعجبك أيضاً</span>',
          '<article class="related-post clr col span_1_of_3 col-1', '<time class="published"',
          '<section id="comments" class="comments-area clr', 'class="textarea-comment"',
          '<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary"',
          'class="sidebar-box widget-oceanwp-recent-posts recent-posts-widget clr"',
          '<ul class="wpp-list">', 'widget_categories', 'widget_tag_cloud',
          '<footer id="footer" class="site-footer"', 'widget-oceanwp-mailchimp',
          '<div id="copyright" class="clr" role="contentinfo">', 'id="scroll-top"',
          "var oceanwpLocalize = ", 'id="oceanwp-main-js"')
CHROME = {"تخطي إلى المحتوى", "من نحن", "اتصل بنا", "أعلن معنا", "اقتصاد الجزائر",
          "مجلة جزائرية في الاقتصاد والمجتمع", "الرئيسية", "مال وأعمال", "طاقة", "حوارات",
          "القائمة", "إغلاق", "المدونة", "الوسوم:", "شارك هذا المقال", "قد يعجبك أيضاً",
          "اترك تعليقاً", "إلغاء الرد", "أحدث المقالات", "الأكثر قراءة", "التصنيفات",
          "وسوم شائعة", "اقتصاد (412)", "3.4k مشاهدة", "عن المجلة", "أقسام", "النشرة البريدية",
          "اشترك", "سياسة الخصوصية", "شارع ديدوش مراد، الجزائر الوسطى",
          "ملخص أسبوعي لأهم الأرقام والتقارير الاقتصادية، كل يوم أحد.",
          "سعر الدينار في السوق الموازية: ماذا تغير هذا الأسبوع؟",
          "سونلغاز تطلق مناقصة لمحطات شمسية في الجنوب", "كاتب المقالة:"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen31_traits_wp_oceanwp_magazine() -> None:
    # page 1: thumbnail with caption, a bold figure, an h3 subheading, three comments (a reply)
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "19 نوفمبر 2024"
    assert truth["published"] == "2024-11-19" and truth["author"] == "نسيمة بن عيسى"
    for mark in ('<meta property="article:published_time" content="2024-11-19T09:15:00+00:00" />',
                 '<i class=" icon-clock" aria-hidden="true" role="img"></i>19 نوفمبر 2024</li>',
                 '<div class="thumbnail-caption">', "<strong>152 مليون دولار</strong>",
                 '<h3 class="wp-block-heading">وحدات التوضيب في قلب الرهان</h3>',
                 '<section id="author-bio" class="clr">', '<h4 class="author-bio-title">',
                 '<span class="text">هذه المقالة لديها 3 تعليقات</span>', '<ol class="children">',
                 "bypostauthor", '<div class="nav-next">', "حقوق النشر © 2024 اقتصاد الجزائر"):
        assert mark in html, mark
    assert "wp-block-embed" not in html and '<blockquote' not in html
    assert CHROME | {"نسيمة بن عيسى", "19 نوفمبر 2024", "3 تعليقات", "تصدير",
                     "عمال يفرزون تمور دقلة نور في وحدة توضيب ببلدية طولقة",
                     "الجمعة 22 نوفمبر 2024", "المقالة السابقة", "المقالة التالية",
                     "ميناء عنابة يستقبل أول باخرة حاويات مبردة", "25 أكتوبر 2024",
                     "مراد . ب", "19 نوفمبر 2024 في 11:40", "فلاح من طولقة",
                     "هذه المقالة لديها 3 تعليقات"} <= chrome
    body = truth["body"]
    assert body.startswith("سجلت صادرات الجزائر من التمور خلال الأشهر العشرة الأولى")
    assert body.endswith("قروض موسمية ميسرة للفلاحين الصغار في المناطق النائية.")
    assert body.count("\n\n") == 6 and "\n\nوحدات التوضيب في قلب الرهان\n\n" in body
    assert 225 <= len(body.split()) <= 250

    # page 2: APS wire story by the desk at 00:40 Algiers time: Yoast's UTC is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "5 فيفري 2025"
    assert truth["published"] == "2025-02-05" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-02-04T23:40:00+00:00" />',
                 'rel="author"  itemprop="author" itemscope="itemscope" '
                 'itemtype="https://schema.org/Person">هيئة التحرير</a>',
                 '<i class=" icon-clock" aria-hidden="true" role="img"></i>5 فيفري 2025</li>',
                 '<p class="has-text-align-left"><em>المصدر: وكالة الأنباء الجزائرية</em></p>',
                 'class="comments-link" >لا توجد تعليقات</a>', "<p>الجزائر - تراجع معدل"):
        assert mark in html, mark
    for absent in ('<div class="thumbnail">', '<section id="author-bio"', "og:image",
                   '<h3 class="theme-heading comments-title">', "<strong>"):
        assert absent not in html, absent
    assert CHROME | {"هيئة التحرير", "5 فيفري 2025", "لا توجد تعليقات", "الأسعار",
                     "المصدر: وكالة الأنباء الجزائرية", "الأحد 9 فيفري 2025",
                     "بنك الجزائر يبقي على سعر الفائدة الرئيسي دون تغيير",
                     "30 جانفي 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("الجزائر - تراجع معدل التضخم السنوي في الجزائر إلى 4.1 بالمئة")
    assert body.endswith("والحليب المدعم ابتداء من الأسبوع المقبل.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128
    assert "وكالة الأنباء" not in body

    # page 3: thumbnail without caption, a quote the text introduces, a YouTube embed, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "4 مارس 2025"
    assert truth["published"] == "2025-03-04" and truth["author"] == "ياسين بلقاسمي"
    for mark in ('<meta property="article:published_time" content="2025-03-04T15:30:00+00:00" />',
                 '<div class="thumbnail">', "wp-block-embed-youtube",
                 "youtube.com/embed/Vb3kR8oTq2M",
                 '<figcaption class="wp-element-caption">جولة في مطعم الرحمة بحي الحمري قبيل '
                 "موعد الإفطار</figcaption>", '<blockquote class="wp-block-quote',
                 '<span class="text">هذه المقالة لديها تعليق واحد</span>',
                 '<section id="author-bio" class="clr">', "حقوق النشر © 2025"):
        assert mark in html, mark
    assert '<div class="thumbnail-caption">' not in html and '<div class="nav-next">' not in html
    assert html.index("لا يستطيعون التنقل إلى المطعم.</p>") < html.index("wp-block-embed") \
        < html.index("<p>ويقول كمال")
    assert CHROME | {"ياسين بلقاسمي", "4 مارس 2025", "تعليق واحد", "العمل الخيري",
                     "جولة في مطعم الرحمة بحي الحمري قبيل موعد الإفطار", "أم إكرام",
                     "4 مارس 2025 في 20:30", "الأحد 9 مارس 2025",
                     "قفة رمضان تصل إلى 40 ألف عائلة في ولايات الغرب",
                     "أسعار الخضر والفواكه في الأسبوع الأول من رمضان"} <= chrome
    body = truth["body"]
    assert body.startswith("تقدم مطاعم الرحمة المنتشرة في ولاية وهران")
    assert body.endswith("فتح مطاعم إضافية قرب المنطقة الصناعية بأرزيو.")
    assert body.count("\n\n") == 5 and "قبيل موعد الإفطار" not in body
    assert "\n\nنحن لا نسأل أحدا من أين جاء." in body
