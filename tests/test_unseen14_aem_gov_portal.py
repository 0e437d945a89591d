"""The traits the unseen14 family aem_gov_portal is there for: a Saudi government centre's
media-centre news on AEM Core Components (aem-Grid columns, experience-fragment header and
footer, cmp-title/cmp-text/cmp-image, data-layer attributes repeating the body), its Hijri and
Gregorian date line, the DGA verify bar and feedback block, and UTC machine dates against the
Riyadh day the reader sees."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "aem_gov_portal"
COMMON = (
    '<html lang="ar" dir="rtl">', '<meta name="template" content="news-details-page"/>',
    "/etc.clientlibs/ncosh/clientlibs/clientlib-base.lc-",
    "clientlib-dependencies.lc-d41d8cd98f00b204e9800998ecf8427e-lc.min.js",
    '<body class="page basicpage" id="page-', "window[dataLayerName].push({",
    '<div class="root container responsivegrid">',
    '<div class="aem-Grid aem-Grid--12 aem-Grid--default--12 ">',
    '<header class="experiencefragment aem-GridColumn aem-GridColumn--default--12">',
    "cmp-experiencefragment cmp-experiencefragment--header", '<div class="xf-content-height">',
    "cmp-experiencefragment cmp-experiencefragment--footer", 'class="cmp-languagenavigation"',
    'class="cmp-navigation__item cmp-navigation__item--level-1"', 'type="x-template"',
    '<nav id="breadcrumb-',
    'class="cmp-breadcrumb__item cmp-breadcrumb__item--active" aria-current="page"',
    '<h1 class="cmp-title__text">', 'class="cmp-text">', "&#34;xdm:text&#34;:&#34;&lt;p>",
    '<div class="text aem-GridColumn aem-GridColumn--default--8">', 'class="cmp-teaser__pretitle"',
    'class="cmp-teaser__action-link"', 'class="cmp-list__item-date"', 'class="cmp-pagefeedback"',
    "container.lc-0a6aff292f5cc42142779cde92054524-lc.min.js",
)
CHROME = {"الانتقال إلى المحتوى الرئيسي", "موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية",
          "كيف تتحقق", "أدوات الإتاحة", "تكبير الخط", "English", "العربية", "المركز الإعلامي",
          "الخدمات الإلكترونية", "الأخبار", "شارك الخبر", "مشاركة عبر واتساب", "طباعة",
          "نسخ الرابط",
          "الوسوم:", "هل كانت هذه الصفحة مفيدة؟", "نعم", "ما سبب تقييمك؟", "أخبار ذات صلة",
          "اقرأ المزيد", "آخر الأخبار", "عرض جميع الأخبار", "دليل المنشآت لتطبيق اشتراطات السلامة",
          "روابط مهمة", "سياسة الخصوصية", "الرقم الموحد: 920033118",
          "مسجل لدى هيئة الحكومة الرقمية برقم:",
          "20231128417", "تم تطويره وصيانته بواسطة المركز الوطني للسلامة والصحة المهنية",
          "العودة إلى الأعلى"}


def test_unseen14_traits_aem_gov_portal() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الثلاثاء 2 رمضان 1445هـ الموافق 12 مارس 2024م"
    assert truth["published"] == "2024-03-12" and truth["author"] is None
    assert '<time class="cmp-newsdetails__date" datetime="2024-03-12T07:15:00.000Z">' in html
    for mark in ('data-cmp-hook-image="imageV3" class="cmp-image"',
                 '<span class="cmp-image__title" itemprop="caption">جانب من حفل إطلاق',
                 "<b>لوحة مؤشرات</b>"):
        assert mark in html, mark
    assert html.index("cmp-image__title") < html.index("<p>أطلق المركز الوطني")
    assert "cmp-newsdetails__author" not in html and "cmp-embed" not in html
    assert CHROME | {"الخميس", "4 رمضان 1445 هـ", "14 مارس 2024 م", "أخبار المركز",
                     "جانب من حفل إطلاق منصة «سلامتك» في مقر المركز بالرياض", "6 مارس 2024",
                     "تاريخ آخر تعديل: 13/03/2024 - 9:02 ص بتوقيت السعودية",
                     "87% من المستخدمين قالوا نعم من 312 تقييمًا", "البلاغات الإلكترونية",
                     "جميع الحقوق محفوظة © 2024 المركز الوطني للسلامة والصحة المهنية"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلق المركز الوطني للسلامة والصحة المهنية اليوم الثلاثاء منصة «سلامتك»")
    assert body.endswith("بنسبة 30 في المئة بحلول عام 2030.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الثلاثاء 14 ربيع الأول 1446هـ الموافق 17 سبتمبر 2024م"
    assert truth["published"] == "2024-09-17" and truth["author"] == "نورة الشهري"
    assert '<span class="cmp-newsdetails__author">إعداد: نورة الشهري</span>' in html
    # the body is split over two text components around an image and a cmp-title subheading
    assert html.count('data-cmp-data-layer="{&#34;text-') == 2 and "cmp-image__title" not in html
    assert '<div class="title cmp-title--subheading aem-GridColumn' in html
    assert '<h2 class="cmp-title__text">البناء والتوصيل في صدارة المخالفات</h2>' in html
    assert 'عبر <a href="/ar/media-center/news/2024/24031.html">منصة «سلامتك»</a>' in html
    assert "&lt;a href=\\&#34;/content/ncosh/ar/media-center/news/2024/24031.html\\&#34;>" in html
    assert CHROME | {"إعداد: نورة الشهري", "التفتيش والرقابة", "16 ربيع الأول 1446 هـ",
                     "19 سبتمبر 2024 م", "11 سبتمبر 2024", "ضربات الشمس",
                     "حملة «صيف آمن» تصل إلى 90 ألف عامل في 13 منطقة", "18/09/2024",
                     "تاريخ آخر تعديل: 18/09/2024 - 4:45 م بتوقيت السعودية"} <= chrome
    body = truth["body"]
    assert body.startswith("كشف المركز الوطني للسلامة والصحة المهنية أن فرقه الميدانية رصدت 1860")
    assert body.endswith("خلال الأسابيع المقبلة.") and body.count("\n\n") == 6
    assert "\n\nالبناء والتوصيل في صدارة المخالفات\n\nواستحوذ قطاع البناء" in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:40 Riyadh time: the page shows 4 February, every machine date says 3 February
    assert truth["published_shown"] == "الثلاثاء 5 شعبان 1446هـ الموافق 4 فبراير 2025م"
    assert truth["published"] == "2025-02-04" and truth["author"] is None
    assert '<meta property="article:published_time" content="2025-02-03T21:40:00.000Z"/>' in html
    assert '"datePublished": "2025-02-03T21:40:00.000Z"' in html
    assert 'datetime="2025-02-03T21:40:00.000Z">' in html
    assert "cmp-image__title" not in html and "cmp-newsdetails__author" not in html
    assert '<div id="embed-' in html and "https://www.youtube.com/embed/k3Qd8TzVw1E" in html
    assert html.index("<p>وقع المركز الوطني") < html.index("شاهد: لحظة توقيع المذكرة")
    assert CHROME | {"شاهد: لحظة توقيع المذكرة", "الشراكات والاتفاقيات", "7 شعبان 1446 هـ",
                     "6 فبراير 2025 م", "78% من المستخدمين قالوا نعم من 64 تقييمًا",
                     "جميع الحقوق محفوظة © 2025 المركز الوطني للسلامة والصحة المهنية"} <= chrome
    body = truth["body"]
    assert body.startswith("وقع المركز الوطني للسلامة والصحة المهنية مساء أمس الاثنين مذكرة تفاهم")
    assert body.endswith("لدى المنشآت الشريكة.") and body.count("\n\n") == 3
