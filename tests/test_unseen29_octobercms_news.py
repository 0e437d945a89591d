"""Traits of the octobercms_news family (unseen29): a Jordanian economic news site on October
CMS with RainLab.Blog and a Bootstrap 4 RTL theme: the theme's head (UTC `+00:00`
`article:published_time`, combiner URLs, no JSON-LD), the rates top bar, navbar and
breadcrumb, the Carbon Arabic date in Amman time in `div.post-meta`, the plugin's default post
partial (`div.content`, `featured-images text-center`, the English `p.info` "Posted in ... on"
line in UTC), tags, share bar, related posts, the blogCategories sidebar, recent posts, the
AJAX-framework newsletter form and `{% framework extras %}` scripts."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "octobercms_news"
HOST = "https://october-iqtisad-yawm.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">', f'<link href="{HOST}/combine/',
          '<meta property="og:locale" content="ar_JO">', '<body class="page-blog-post">',
          '<header id="layout-header">', '<ul class="list-inline mb-0 rates-ticker">',
          '<nav class="navbar navbar-expand-lg navbar-dark bg-primary">',
          '<ol class="breadcrumb">', f'<li class="breadcrumb-item"><a href="{HOST}">الرئيسية</a>',
          '<article class="post-single">', '<h1 class="post-title">',
          '<div class="post-meta text-muted mb-3">', '<span class="post-date"><i class="far '
          'fa-calendar-alt"></i> ', '\n<div class="content"><p>', '<p class="info">\n    Posted '
          f'in <a href="{HOST}/blog/category/', '<div class="post-tags mt-3">',
          '<span class="share-label">شارك الخبر:</span>', '<section class="related-posts mt-5">',
          '<ul class="category-list">', '<span class="badge">',
          '<ul class="list-unstyled latest-posts">', '<form data-request="onNewsletterSubscribe" '
          'data-request-validate data-request-flash', 'data-validate-for="email"',
          '<footer id="layout-footer"', '<script src="/modules/system/assets/js/'
          'framework.combined-min.js"></script>\n<link rel="stylesheet" property="stylesheet" '
          'href="/modules/system/assets/css/framework.extras-min.css">',
          f"{HOST}/storage/app/uploads/public/")
CHROME = {"الاقتصاد اليوم", "أخبار الاقتصاد الأردني والأسواق على مدار الساعة", "أسواق المال",
          "عقارات", "ريادة أعمال", "مقالات", "بحث", "الوسوم:",
          "شارك الخبر:", "فيسبوك", "إكس", "واتساب", "تلغرام", "طباعة", "أخبار ذات صلة",
          "الأقسام", "آخر الأخبار", "النشرة الاقتصادية", "اشترك", "تابعونا",
          "ملخص أهم أخبار الاقتصاد والأسواق في بريدك كل صباح.",
          "لن نشارك بريدك الإلكتروني مع أي جهة.", "من نحن", "سياسة الخصوصية", "شروط الاستخدام",
          "أعلن معنا", "اتصل بنا", "الدولار/دينار: 0.709",
          "موقع إخباري أردني مستقل متخصص في الاقتصاد والمال والأعمال، يصدر من عمّان منذ عام 2016."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen29_traits_octobercms_news() -> None:
    # page 1: byline, cover figure with caption, plugin featured-images, h3 subheading, bold
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الخميس 14 مارس 2024"
    assert truth["published"] == "2024-03-14" and truth["author"] == "لينا الخطيب"
    for mark in ("<title>احتياطيات المركزي الأردني من العملات الأجنبية تصعد إلى 20.4 مليار دولار"
                 " | الاقتصاد اليوم</title>",
                 '<meta property="article:published_time" content="2024-03-14T07:20:00+00:00">',
                 f'<link rel="canonical" href="{HOST}/news/4127-ahtyatyat-almrkzy-alardny-',
                 '<span class="post-time"><i class="far fa-clock"></i> 10:20 ص</span>',
                 '<span class="post-author"><i class="fas fa-user"></i> بقلم: لينا الخطيب</span>',
                 '<figure class="post-cover">', '<figcaption class="figure-caption">مبنى البنك '
                 'المركزي الأردني في منطقة جبل عمّان</figcaption>',
                 '<div class="featured-images text-center">',
                 'data-src="65f2c18a4e9d3951420337.jpg"',
                 "thumb_337_1200_675_0_0_crop.jpg", "<strong>20.4 مليار دولار</strong>",
                 "<h3>ودائع بالدينار تواصل النمو</h3>", '<li class="active">',
                 f'<a href="{HOST}/blog/category/banks">بنوك</a>, <a href="{HOST}/blog/category/'
                 'local-economy">اقتصاد محلي</a> on Mar 14, 2024.'):
        assert mark in html, mark
    assert "embed-responsive" not in html
    # the story's own words ("الرئيسية", "البنوك") hold these menu items: no evidence here
    assert "الرئيسية" not in chrome and "بنوك" not in chrome and "الدينار" not in chrome
    assert CHROME | {"الخميس 14 مارس 2024", "10:20 ص", "بقلم: لينا الخطيب",
                     "مبنى البنك المركزي الأردني في منطقة جبل عمّان",
                     "Posted in بنوك, اقتصاد محلي on Mar 14, 2024.",
                     "تراجع الشيكات المرتجعة إلى أدنى مستوى منذ خمس سنوات", "11/03/2024",
                     "جميع الحقوق محفوظة © 2024 الاقتصاد اليوم", "اقتصاد محلي"} <= chrome
    body = truth["body"]
    assert body.startswith("ارتفعت الاحتياطيات الأجنبية لدى البنك المركزي الأردني")
    assert body.endswith("يبقى أولويته في المرحلة الحالية.") and body.count("\n\n") == 5
    assert "\n\nودائع بالدينار تواصل النمو\n\n" in body
    assert "بقلم" not in body and "Posted" not in body and "مبنى البنك" not in body

    # page 2: posted 00:40 Amman time: the UTC meta and the plugin's UTC line say 5 August
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الثلاثاء 6 أغسطس 2024"
    assert truth["published"] == "2024-08-06" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-05T21:40:00+00:00">',
                 '<span class="post-time"><i class="far fa-clock"></i> 12:40 ص</span>',
                 '<a href="https://www.memr.gov.jo.example/news/fuel-prices-august" '
                 'target="_blank">بيان اللجنة</a>', "on Aug 05, 2024.\n</p>"):
        assert mark in html, mark
    for absent in ("post-author", "post-cover", "featured-images", "<strong>", "<h3>", "<img src="
                   f'"{HOST}/storage/app/uploads/public/678'):
        assert absent not in html, absent
    assert CHROME | {"الثلاثاء 6 أغسطس 2024", "12:40 ص", "المحروقات", "05/08/2024",
                     "Posted in طاقة, اقتصاد محلي on Aug 05, 2024.",
                     "محطات الشحن الكهربائي تتضاعف في عمّان والزرقاء"} <= chrome
    assert "طاقة" not in chrome and "وزارة الطاقة" not in chrome  # the story's own words
    assert {"الرئيسية", "بنوك"} <= chrome
    body = truth["body"]
    assert body.startswith("قررت لجنة تسعير المشتقات النفطية في وزارة الطاقة")
    assert body.endswith("وفق معادلة تربطها بمتوسط الأسعار العالمية.") and body.count("\n\n") == 3

    # page 3: long story, bold words, an uploaded image and a YouTube iframe inside the content
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الثلاثاء 21 يناير 2025"
    assert truth["published"] == "2025-01-21" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-21T12:05:00+00:00">',
                 '<span class="post-time"><i class="far fa-clock"></i> 03:05 م</span>',
                 "<strong>الألبسة وتوابعها</strong>", '<p><img src="'
                 f'{HOST}/storage/app/uploads/public/678/f9a/2c1/678f9a2c1b3e4512096814.jpg" '
                 'alt="" /></p>', '<div class="embed-responsive embed-responsive-16by9"><iframe',
                 "youtube.com/embed/q7Rz2LxTk0M", "on Jan 21, 2025.", "-1734001557"):
        assert mark in html, mark
    assert "post-author" not in html and "featured-images" not in html
    assert CHROME | {"الثلاثاء 21 يناير 2025", "03:05 م", "Posted in تجارة on Jan 21, 2025.",
                     "اتفاقية لتسهيل عبور الشاحنات الأردنية إلى الأسواق الخليجية",
                     "جميع الحقوق محفوظة © 2025 الاقتصاد اليوم"} <= chrome
    assert "الصادرات" not in chrome  # tags the text itself holds are no evidence
    body = truth["body"]
    assert body.startswith("ارتفعت قيمة الصادرات الوطنية خلال الأشهر الأحد عشر الأولى")
    assert body.endswith("عبر ميناء العقبة دون اضطرابات جديدة.") and body.count("\n\n") == 6
    assert "Posted" not in body and "الوسوم" not in body
