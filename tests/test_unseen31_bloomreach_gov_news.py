"""Traits of the bloomreach_gov_news family (unseen31): a Saudi authority's media centre on
Bloomreach Experience Manager (Hippo CMS): HST-rendered Freemarker markup with `/webfiles/`
and `/binaries/_ht_...` resource paths and `_hn:` action URLs, the DGA government banner,
the accessibility toolbar, the page banner with the breadcrumb, the `news-detail` component
(category, UTC `time`, Gregorian and Hijri dates, share tools, lead image, rich text, tags,
last update), the page feedback, the "أحدث الأخبار" sidebar, "أخبار ذات صلة" cards and the
bilingual footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "bloomreach_gov_news"
HOST = "https://brxm-sa-authority.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<link rel="stylesheet" href="/webfiles/1714653802117/css/bootstrap.rtl.min.css"',
          '<link rel="stylesheet" href="/webfiles/1714653802117/css/main-rtl.css"',
          '<script src="/webfiles/1714653802117/js/main.js"></script>',
          '<body class="rtl lang-ar news-detail-page">',
          'class="skip-link sr-only sr-only-focusable">الانتقال إلى المحتوى الرئيسي</a>',
          '<div class="gov-banner" id="govBanner">',
          '<span class="gov-banner__text">موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية',
          '<div class="gov-banner__content collapse" id="govBannerContent">',
          '<header class="site-header">', '<div class="accessibility-tools" role="toolbar"',
          'data-action="font-increase"', 'data-action="contrast"',
          '<nav class="navbar navbar-expand-lg main-nav"',
          '<li class="nav-item dropdown active">',
          '<a class="dropdown-item active" href="/ar/media-center/news">الأخبار</a>',
          '<form class="search-form form-inline" action="/ar/search"',
          '<section class="page-banner" style="background-image: url(\'/binaries/_ht_',
          '<h2 class="page-banner__title">الأخبار</h2>', '<ol class="breadcrumb">',
          '<li class="breadcrumb-item active" aria-current="page">',
          '<div class="container news-detail-component">', '<article class="news-detail">',
          '<h1 class="news-detail__title">', '<span class="news-detail__hijri">',
          '<div class="share-tools">', 'share-tools__link--whatsapp',
          '<div class="news-detail__body rich-text">', '<span class="tags-title">الوسوم:</span>',
          '<div class="news-detail__updated">', '<div class="page-feedback" id="pageFeedback">',
          '?_hn:type=action&amp;_hn:ref=', '<aside class="col-lg-4 sidebar">',
          '<h3 class="sidebar-widget__title">أحدث الأخبار</h3>',
          '<section class="related-news">', '<h2 class="section-title">أخبار ذات صلة</h2>',
          'src="/binaries/_ht_1715519210341/thumbnail/content/gallery/swra/news/',
          '<footer class="site-footer">', '<span lang="en" dir="ltr">Saudi Water Regulatory '
          'Authority</span>', 'class="dga-badge"', '<link rel="alternate" hreflang="en" href="')
CHROME = {"الانتقال إلى المحتوى الرئيسي", "موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية",
          "كيف تتحقق", "روابط المواقع الرسمية السعودية تنتهي بـ gov.sa", "English", "اتصل بنا",
          "تسجيل الدخول", "أدوات الإتاحة", "تكبير الخط", "تباين الألوان", "الرئيسية",
          "عن الهيئة", "الأنظمة واللوائح", "المركز الإعلامي", "الأخبار", "معرض الصور",
          "البيانات المفتوحة", "بحث", "مشاركة عبر X", "مشاركة عبر واتساب", "طباعة",
          "نسخ الرابط", "الوسوم:", "هل كانت هذه الصفحة مفيدة؟", "أحدث الأخبار",
          "روابط سريعة", "تقديم شكوى", "أخبار ذات صلة", "اقرأ المزيد", "عرض جميع الأخبار",
          "روابط مهمة", "المنصة الوطنية الموحدة", "تواصل معنا", "الرقم الموحد: 8001244455",
          "النشرة البريدية", "اشتراك", "تابعونا", "Saudi Water Regulatory Authority",
          "سياسة الخصوصية", "خريطة الموقع", "مسجل لدى هيئة الحكومة الرقمية",
          "رقم التسجيل: 20231204871"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen31_traits_bloomreach_gov_news() -> None:
    # page 1: the desk's licensing story, lead image with caption, justified text, a subheading
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-05-12T08:20:00Z"/>',
                 '<time datetime="2024-05-12T08:20:00Z">12 مايو 2024</time>',
                 '<span class="news-detail__hijri">4 ذو القعدة 1445هـ</span>',
                 '<a href="/ar/media-center/news?category=authority-news">أخبار الهيئة</a>',
                 f"{HOST}/ar/media-center/news/swra-licenses-three-private-desalination-plants",
                 '<figure class="news-detail__image">',
                 "/binaries/_ht_1715519210341/content/gallery/swra/news/2024/05/"
                 "desalination-plant-red-sea.jpg",
                 "<figcaption>جانب من محطة تحلية على ساحل البحر الأحمر</figcaption>",
                 '<p style="text-align: justify;">أصدرت الهيئة',
                 "<h3><strong>اشتراطات بيئية وتشغيلية</strong></h3>",
                 "<span>آخر تحديث: 13/05/2024</span>",
                 "جميع الحقوق محفوظة © 2024 الهيئة السعودية لتنظيم المياه"):
        assert mark in html, mark
    for absent in ("news-detail__author", "<blockquote>", "<iframe", "<p>&nbsp;</p>"):
        assert absent not in html, absent
    assert CHROME | {"أخبار الهيئة", "12 مايو 2024", "4 ذو القعدة 1445هـ", "تحلية المياه",
                     "جانب من محطة تحلية على ساحل البحر الأحمر", "آخر تحديث: 13/05/2024",
                     "الهيئة تنشر تقريرها السنوي لأداء قطاع المياه لعام 2023", "3 مايو 2024",
                     "مشاركة"} <= chrome
    body = truth["body"]
    assert body.startswith("أصدرت الهيئة السعودية لتنظيم المياه تراخيص تشغيل لثلاث محطات")
    assert body.endswith("ارتفع بذلك إلى أحد عشر مرخصا.")
    assert body.count("\n\n") == 7 and "\n\nاشتراطات بيئية وتشغيلية\n\n" in body
    assert 225 <= len(body.split()) <= 250

    # page 2: short campaign story at 00:35 Riyadh time: the UTC instant is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "23 سبتمبر 2024"
    assert truth["published"] == "2024-09-23" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-09-22T21:35:00Z"/>',
                 '<time datetime="2024-09-22T21:35:00Z">23 سبتمبر 2024</time>',
                 '<span class="news-detail__hijri">20 ربيع الأول 1446هـ</span>',
                 "<p>&nbsp;</p>", "<span>آخر تحديث: 23/09/2024</span>"):
        assert mark in html, mark
    for absent in ('<figure class="news-detail__image">', "og:image", "<figcaption>",
                   "news-detail__author", "<h3><strong>", "<iframe"):
        assert absent not in html, absent
    assert CHROME | {"23 سبتمبر 2024", "20 ربيع الأول 1446هـ", "ترشيد الاستهلاك",
                     "الهيئة تشارك في معرض المياه السعودي بالرياض"} <= chrome
    body = truth["body"]
    assert body.startswith('أطلقت الهيئة السعودية لتنظيم المياه حملة توعوية بعنوان "قطرة وطن"')
    assert body.endswith("تسهم في أمن المملكة المائي للأجيال المقبلة.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128

    # page 3: events story with a writer, image without caption, a blockquote and a YouTube
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "21 يناير 2025"
    assert truth["published"] == "2025-01-21" and truth["author"] == "نوف الشهري"
    for mark in ('<time datetime="2025-01-21T11:05:00Z">21 يناير 2025</time>',
                 '<span class="news-detail__hijri">21 رجب 1446هـ</span>',
                 '<span class="label">الكاتب:</span> <span class="name">نوف الشهري</span>',
                 '<a href="/ar/media-center/news?category=events">فعاليات</a>',
                 '<figure class="news-detail__image">',
                 "<blockquote>\n<p>&quot;العدادات الذكية ليست مشروعا تقنيا فحسب",
                 'src="https://www.youtube.com/embed/Xk2mP9vQwR4"',
                 "جميع الحقوق محفوظة © 2025"):
        assert mark in html, mark
    assert "<figcaption>" not in html and "<h3><strong>" not in html
    assert html.index("</blockquote>") < html.index("youtube.com/embed") \
        < html.index("<p>وناقش المشاركون")
    assert CHROME | {"الكاتب:", "نوف الشهري", "فعاليات", "21 رجب 1446هـ", "مقدمو الخدمة",
                     "الهيئة تعتمد المواصفات الفنية لعدادات المياه الذكية", "مشاركة"} <= chrome
    body = truth["body"]
    assert body.startswith("عقدت الهيئة السعودية لتنظيم المياه في مقرها بالرياض ورشة عمل")
    assert body.endswith("تمهيدا لإصدار الإطار التنظيمي النهائي للعدادات الذكية.")
    assert body.count("\n\n") == 5
    assert '\n\n"العدادات الذكية ليست مشروعا تقنيا فحسب' in body
    assert "ورشة العدادات الذكية للمياه" not in body
