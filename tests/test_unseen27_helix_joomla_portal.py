"""Traits of the helix_joomla_portal family (unseen27): an Algerian regional portal on Joomla 4
with JoomShaper's Helix Ultimate template: `sp-top-bar`, `sp-header` mega menu and offcanvas
toggler, the `sp-page-title` heading with Joomla 4 breadcrumbs, `article-details` with
`article-header`, `article-info` (createdby on page 1 only, category, published in "d F Y" with
Algerian month names, hits), the ratings and share bar, `tags list-inline`, the Joomla 4
`pagenavigation`, Helix's related list, the `sp-module` sidebar, `sp-bottom`, `sp-footer` and the
offcanvas menu."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "helix_joomla_portal"
HOST = "https://helix-jazair.example"
COMMON = ('<!doctype html>\n<html lang="ar-aa" dir="rtl">',
          '<meta name="generator" content="Joomla! - Open Source Content Management">',
          "/templates/shaper_helixultimate/css/template.css",
          "/plugins/system/helixultimate/assets/css/system-j4.min.css",
          '<script type="application/json" class="joomla-script-options new">',
          '<script>template="shaper_helixultimate";</script>',
          '<meta property="og:type" content="article" />',
          "site helix-ultimate hu com_content com-content view-article",
          "offcanvas-init offcanvs-position-right", '<div id="sp-top-bar">',
          '<ul class="sp-contact-info">', '<header id="sp-header">',
          '<a id="offcanvas-toggler" aria-label="Menu"',
          '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">',
          '<section id="sp-section-1" >', '<h2 class="sp-page-title-heading">',
          'class="mod-breadcrumbs breadcrumb px-3 py-2"', '<section id="sp-main-body" >',
          '<main id="sp-component" class="col-lg-9 ">',
          '<div class="article-details " itemscope itemtype="https://schema.org/Article">',
          '<div class="article-header">\n\t\t\t\t\t<h1 itemprop="headline">',
          '<div class="article-info">', '<span class="category-name" title="التصنيف: ',
          '<span class="published" title="نشر بتاريخ: ', '<span class="hits">',
          '<div class="article-ratings-social-share d-flex justify-content-end">',
          '<div class="article-social-share">', '<div itemprop="articleBody">',
          '<ul class="tags list-inline">', 'class="list-inline-item tag-31 tag-list0"',
          '<nav class="pagenavigation"', '<div class="related-article-list-container">',
          '<h3 class="related-article-title"> مقالات ذات صلة </h3>',
          '<aside id="sp-right" class="col-lg-3 ">',
          '<h3 class="sp-module-title">الأكثر قراءة</h3>',
          '<ul class="mostread mod-list">', '<ul class="latestnews mod-list">',
          '<section id="sp-bottom" >', '<footer id="sp-footer" >', '<span class="sp-copyright">',
          '<div class="offcanvas-menu">', '<a href="#" class="close-offcanvas"',
          '<a href="#" class="sp-scroll-up"')
CHROME = {"الرئيسية", "أخبار الولايات", "اقتصاد", "فلاحة", "مجتمع", "رياضة", "ثقافة", "اتصل بنا",
          "+213 36 84 52 10", "contact@helix-jazair.example", "أنت هنا:", "مقالات ذات صلة", "بحث",
          "الأكثر قراءة", "آخر الأخبار", "عن البوابة", "روابط", "من نحن", "هيئة التحرير",
          "سياسة الخصوصية", "أعلن معنا", "© 2024 بوابة الهضاب. جميع الحقوق محفوظة.",
          "بوابة إخبارية جهوية تغطي أخبار ولايات الهضاب العليا الشرقية منذ سنة 2012."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "article:published_time" not in html
    assert "sppb-" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen27_traits_helix_joomla_portal() -> None:
    # page 1: byline, ratings, an editor figure with caption after the lead, prev and next
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "18 مارس 2024"
    assert truth["published"] == "2024-03-18" and truth["author"] == "نسيمة بن عمارة"
    for mark in ("<title>سطيف: انطلاق أشغال تمديد خط الترامواي نحو القطب الجامعي الباز على "
                 "مسافة 6 كيلومترات - بوابة الهضاب</title>",
                 '<span class="createdby" itemprop="author" itemscope',
                 '<span itemprop="name">نسيمة بن عمارة</span>',
                 '<time datetime="2024-03-18T10:40:00+01:00" itemprop="datePublished">\n\t\t'
                 "18 مارس 2024\t</time>", "الزيارات: 2315", '<div class="article-ratings"',
                 '<span class="ratings-count">(14)</span>', '<figure class="image">',
                 "<figcaption>ورشة أشغال تمديد خط الترامواي بمحاذاة حي الهضاب في مدينة سطيف"
                 "</figcaption>", 'rel="prev"', 'rel="next"'):
        assert mark in html, mark
    assert "article-full-image" not in html
    assert CHROME | {"18 مارس 2024", "نسيمة بن عمارة", "الزيارات: 2315", "التقييمات", "(14)",
                     "ورشة أشغال تمديد خط الترامواي بمحاذاة حي الهضاب في مدينة سطيف",
                     "ترامواي سطيف", "مشاريع النقل", "ولايات الشرق", "السابق", "التالي",
                     "تسليم 1200 وحدة سكنية بصيغة عدل في العلمة قبل نهاية السنة",
                     "15 مارس 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلقت صباح أمس الأحد بمدينة سطيف أشغال تمديد الخط الأول")
    assert body.endswith("ستنشر مخطط التحويلات أسبوعيا على صفحتها الرسمية.")
    assert body.count("\n\n") == 4 and "ورشة أشغال" not in body

    # page 2: agency copy at 00:30 local (+01:00), no byline, no ratings, bold and a link
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "09 ماي 2024"
    assert truth["published"] == "2024-05-09" and truth["author"] is None
    for mark in ('<time datetime="2024-05-09T00:30:00+01:00" itemprop="datePublished">',
                 "<strong>32 ألف طن من الإسمنت</strong>",
                 '<a href="https://www.gica.example/ciment-soummam" target="_blank" '
                 'rel="noopener">مجمع لإنتاج الإسمنت</a>', "الزيارات: 874", 'rel="prev"'):
        assert mark in html, mark
    for absent in ('class="createdby"', 'class="article-ratings"', 'rel="next"', "<figure",
                   "article-full-image"):
        assert absent not in html, absent
    assert CHROME | {"09 ماي 2024", "الزيارات: 874", "موانئ الجزائر", "صادرات الإسمنت", "الصومام",
                     "إطلاق خط بحري جديد بين بجاية ومرسيليا لنقل البضائع"} <= chrome
    body = truth["body"]
    assert body.startswith("بجاية - شرعت مؤسسة ميناء بجاية، مساء أمس الأربعاء")
    assert body.endswith("خلال شهر جوان المقبل.") and body.count("\n\n") == 3

    # page 3: caption-less Helix full image, ratings, an h3 subheading, next only
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "25 نوفمبر 2024"
    assert truth["published"] == "2024-11-25" and truth["author"] is None
    for mark in ('<div class="article-full-image float-none"> <img',
                 '<time datetime="2024-11-25T17:15:00+01:00" itemprop="datePublished">',
                 "<h3>مخاوف من نقص اليد العاملة</h3>", '<span class="ratings-count">(9)</span>',
                 "الزيارات: 1406", 'rel="next"'):
        assert mark in html, mark
    for absent in ('class="createdby"', 'rel="prev"', "<figcaption"):
        assert absent not in html, absent
    assert CHROME | {"25 نوفمبر 2024", "(9)", "التقييمات", "ولاية البرج", "موسم الجني",
                     "الفلاحة", "التالي",
                     "مربو النحل بالبيبان يشتكون من تراجع الإنتاج بسبب الجفاف"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلق موسم جني الزيتون بولاية برج بوعريريج")
    assert body.endswith("لأكثر من 48 ساعة قبل عصرها.") and body.count("\n\n") == 7
    assert "\n\nمخاوف من نقص اليد العاملة\n\n" in body
