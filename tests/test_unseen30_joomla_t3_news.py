"""Traits of the joomla_t3_news family (unseen30): a Jordanian news portal on Joomla 3.9 with
JoomlArt's T3 framework and a JA news template: the Joomla head (generator, /t3-assets/, T3's
handheld block), the T3 megamenu, masthead and navhelper breadcrumb, T3's article-header and
article-aside with the cog toolbar (print/email) and dl.article-info, label tags, the
pagenavigation pager, mostread/latestnews/related modules and the T3 footer credit."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "joomla_t3_news"
COMMON = ('<meta name="generator" content="Joomla! - Open Source Content Management" />',
          "/t3-assets/css/css-", "<!-- META FOR IOS & HANDHELD -->",
          "class='com_content view-article itemid-", " j39 mm-hover'>",
          '<div class="t3-wrapper"> <!-- Need this wrapper for off-canvas menu.',
          '<header id="t3-header" class="container t3-header">',
          '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav">',
          '<div  class="t3-megamenu animate fading"  data-duration="400" data-responsive="true">',
          'class="nav navbar-nav level0"',
          '<div class="nav-child dropdown-menu mega-dropdown-menu"',
          '<div class="page-masthead">', '<nav class="wrap t3-navhelper ">',
          '<ol class="breadcrumb ">', '<div id="t3-mainbody" class="container t3-mainbody">',
          '<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-9">',
          '<header class="article-header clearfix">',
          '<h1 class="article-title" itemprop="headline">',
          '<aside class="article-aside clearfix">', '<div class="btn-group pull-right">',
          '<span class="element-invisible">Empty</span>', '<li class="print-icon">',
          '<li class="email-icon">', '<dl class="article-info  muted">',
          '<dt class="article-info-term"> تفاصيل', '<dd class="category-name hasTooltip"',
          '<dd class="published hasTooltip"', '<dd class="hits">', '<div class="tags">',
          'class="label label-info"',
          '<section class="article-content clearfix" itemprop="articleBody">',
          '<ul class="pager pagenav">', '<ul class="mostread mod-list">',
          '<ul class="latestnews mod-list">', '<ul class="relateditems mod-list">',
          '<h3 class="module-title "><span>الأكثر قراءة</span></h3>',
          '<footer id="t3-footer" class="wrap t3-footer">',
          '<div class="t3-spotlight t3-footnav  row">',
          '<section class="t3-copyright">', 'class="t3-logo t3-logo-light"',
          "Powered by <strong>T3 Framework</strong>", 'id="back-to-top"')
CHROME = {"الوسط نيوز", "أخبار الأردن على مدار الساعة", "الرئيسية", "محليات", "اقتصاد",
          "سياسة", "رياضة", "ثقافة وفنون", "منوعات", "اتصل بنا", "برلمان", "أحزاب", "تفاصيل",
          "Empty", "طباعة", "البريد الإلكتروني", "بحث ...", "الأكثر قراءة", "آخر الأخبار",
          "مواضيع ذات صلة", "عن الوسط", "أقسام", "تابعنا", "فيسبوك", "تويتر", "يوتيوب",
          "حقوق الطبع © 2025 الوسط نيوز. جميع الحقوق محفوظة.",
          "جوملا! هو برنامج حر مرخص بموجب رخصة جنو العمومية.", "Powered by T3 Framework",
          "السابق"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and 'property="og:' not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen30_traits_joomla_t3_news() -> None:
    # page 1: staff story, T3 full image (caption only in the img title), bold figure
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 مايو 2024"
    assert truth["published"] == "2024-05-14" and truth["author"] == "ليث العبادي"
    for mark in ('<time datetime="2024-05-14T09:15:00+03:00" itemprop="datePublished"> '
                 "14 مايو 2024", 'itemprop="author" itemscope',
                 'كتب بواسطة <span itemprop="name">ليث العبادي</span>',
                 '<meta name="author" content="ليث العبادي" />',
                 "/local/4817-2024-05-14-06-15-00.html", "article-image article-image-full",
                 'class="caption" title="حافلة من الأسطول الجديد في محطة صويلح صباح الثلاثاء"',
                 "<strong>45 حافلة</strong>", '<li class="next">',
                 "<title>أمانة عمّان تبدأ التشغيل التجريبي لمسار الباص السريع بين صويلح "
                 "والمحطة - الوسط نيوز</title>"):
        assert mark in html, mark
    assert "<figcaption>" not in html
    assert CHROME | {"كتب بواسطة ليث العبادي", "14 مايو 2024", "الزيارات: 2871", "التالي",
                     "أمانة عمان", "الباص السريع", "النقل العام",
                     "بدء العمل بنظام الدفع الإلكتروني في حافلات العاصمة"} <= chrome
    assert "حافلة من الأسطول الجديد في محطة صويلح صباح الثلاثاء" not in chrome
    body = truth["body"]
    assert body.startswith("بدأت أمانة عمّان الكبرى صباح الثلاثاء التشغيل التجريبي")
    assert body.endswith("وتتسلم الدفعة الأولى من الحافلات الجديدة مطلع العام الحالي.")
    assert body.count("\n\n") == 5

    # page 2: Petra wire story at 00:30 local, no author, inline link, h3 subheading
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "03 يوليو 2024"
    assert truth["published"] == "2024-07-03" and truth["author"] is None
    for mark in ('<time datetime="2024-07-03T00:30:00+03:00" itemprop="datePublished"> '
                 "03 يوليو 2024", "/economy/5230-2024-07-02-21-30-00.html",
                 '<a href="https://www.moa.gov.jo.example/reports/2024-h1-exports.pdf"',
                 "<h3>الأسواق الجديدة</h3>"):
        assert mark in html, mark
    for absent in ("createdby", 'name="author"', "article-image-full", "<figure",
                   '<li class="next">'):
        assert absent not in html, absent
    assert CHROME | {"03 يوليو 2024", "الزيارات: 964", "الصادرات الزراعية", "أسواق الخليج",
                     "القطاع الزراعي"} <= chrome
    assert "التالي" not in chrome
    body = truth["body"]
    assert body.startswith("عمّان 2 تموز (بترا) - أظهرت بيانات رسمية ارتفاع صادرات")
    assert body.endswith("في وادي الأردن والمناطق المرتفعة خلال الموسم الحالي.")
    assert body.count("\n\n") == 4 and "\n\nالأسواق الجديدة\n\n" in body

    # page 3: in-text figure with a visible figcaption, YouTube embed
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "20 يناير 2025"
    assert truth["published"] == "2025-01-20" and truth["author"] == "رنا الحياري"
    for mark in ('<time datetime="2025-01-20T17:40:00+03:00" itemprop="datePublished"> '
                 "20 يناير 2025", '<figure class="image">',
                 "<figcaption>شيخ من قرية الديسة يروي حكاية لزوار البيت مساء الاثنين"
                 "</figcaption>", "youtube.com/embed/", "/culture/5961-2025-01-20-14-40-00.html"):
        assert mark in html, mark
    assert "article-image-full" not in html
    assert CHROME | {"كتب بواسطة رنا الحياري", "20 يناير 2025", "الزيارات: 1420", "التالي",
                     "شيخ من قرية الديسة يروي حكاية لزوار البيت مساء الاثنين",
                     "البادية الجنوبية الأردنية"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت جمعية نسائية في قرية الديسة جنوب المملكة")
    assert body.endswith("حتى لا تضيع حكايات جيل يغيب تدريجيا.") and body.count("\n\n") == 3
    assert "شيخ من قرية" not in body and "الزيارات" not in body
