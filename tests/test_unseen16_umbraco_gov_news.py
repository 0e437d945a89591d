"""The traits the unseen16 family umbraco_gov_news is there for: a UAE authority's Arabic
media centre on Umbraco 8: the body in Umbraco's Bootstrap3 grid (`umb-grid`, `grid-section`,
empty `<div >` config wrappers, `row clearfix`, `col-md-N column`) after a `news-brief` lead,
ImageProcessor `/media/<folder>/...?anchor=center&mode=crop&...&rnd=` URLs, the ar-AE
"dd MMMM yyyy" date (zero padded on page 2, posted at 01:15 UAE time), an Umbraco Forms
newsletter with its antiforgery token, the "أخبار ذات صلة" carousel, the happiness meter, the
footer's "آخر تحديث" date and the cookie banner. Page 1 carries a gallery row, page 2 a quote
control and the only byline, page 3 a PDF link at the end of its RTE."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "umbraco_gov_news"
COMMON = ('<html lang="ar" dir="rtl">', '<body class="rtl newsDetailsPage" data-nodeid="',
          '/DependencyHandler.axd?s=', '&amp;t=Css&amp;cdv=1873412210',
          '"@type": "GovernmentOrganization"', '<meta property="og:locale" content="ar_AE" />',
          'lang="en" hreflang="en">English</a> <span class="sep">|</span> <span class="current"',
          "url('/media/pl2dtqfo/media-centre-banner.jpg?anchor=center&amp;mode=crop&amp;width=1920",
          '<ol class="breadcrumb">', '<div class="news-brief"><p>',
          '<div class="news-content"><div class="umb-grid">\n'
          '                <div class="grid-section">',
          '    <div >\n<div class="container">\n        <div class="row clearfix">',
          '<div class="col-md-12 column">\n                <div >\n',
          '<div class="news-tags"><span class="tags-title">الوسوم:</span>',
          'class="umbraco-forms-form newsletter umbraco-forms-default">',
          '<input name="__RequestVerificationToken" type="hidden" value="',
          'id="FormName" name="FormName" type="hidden" value="Newsletter" />',
          '<div class=" umbraco-forms-field email shortanswer mandatory">',
          '<div class="umbraco-forms-form-config" id="umbraco_form_', '<input name="ufprt"',
          '<div class="owl-carousel owl-theme related-news-carousel">',
          '<section class="happiness-meter">', '<div class="cookie-consent" id="cookieConsent"',
          '/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.js')
CHROME = {"English", "عربي", "الرئيسية", "المركز الإعلامي", "الأخبار", "أخبار ذات صلة",
          "شارك الخبر:", "طباعة", "الوسوم:", "أحدث الأخبار", "النشرة الإخبارية",
          "أوافق على استلام النشرة الإخبارية وفق سياسة الخصوصية", "سعيد", "غير سعيد",
          "ص.ب 1555، شارع حمد بن عبدالله، الفجيرة، الإمارات العربية المتحدة", "+971 9 222 0000",
          "أفضل عرض للموقع بدقة 1366×768 على أحدث إصدارات المتصفحات", "موافق",
          "جميع الحقوق محفوظة © 2024 هيئة الفجيرة للتنمية والتخطيط العمراني",
          "يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. بمواصلة "
          "استخدامك للموقع فإنك توافق على سياسة ملفات تعريف الارتباط."}
SOURCE = "المصدر: المكتب الإعلامي"


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, (n, CHROME - chrome)
    return html, truth, chrome


def test_unseen16_traits_umbraco_gov_news() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ('<span>12 مايو 2024</span>', f"<span>{SOURCE}</span>",
                 '<meta property="article:published_time" content="2024-05-12T10:30:00" />',
                 '<img src="/media/x2kqv0ld/walkway-opening-01.jpg?anchor=center&amp;mode=crop'
                 '&amp;width=850&amp;height=480&amp;rnd=133599666000000000"',
                 '<div class="gallery-row">', '<div class="col-md-4 column">',
                 '<img src="/media/q4tz1wme/walkway-01.jpg?width=600&amp;height=400&amp;'
                 'center=0.5,0.5&amp;mode=crop"',
                 '<p class="caption">المسار المخصص للدراجات الهوائية</p>',
                 '<p class="last-update">آخر تحديث: 13/05/2024</p>'):
        assert mark in html, mark
    assert {"12 مايو 2024", SOURCE, "إحدى مناطق ألعاب الأطفال في الممشى", "آخر تحديث: 13/05/2024",
            "المدير العام للهيئة يتفقد مسار الدراجات الهوائية عقب الافتتاح", "03/05/2024",
            "زراعة 5 آلاف شجرة محلية في الحدائق العامة خلال عام", "10 مايو 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت هيئة الفجيرة للتنمية والتخطيط العمراني صباح اليوم الأحد")
    assert body.endswith("قبل انطلاق المرحلة الثانية.") and body.count("\n\n") == 5
    assert "بقلم" not in html and "<blockquote>" not in html and ".pdf" not in html

    html, truth, chrome = _common(2)
    # posted 01:15 on 6 August UAE time (5 August in UTC); the page prints the zero-padded day
    assert truth["published_shown"] == "06 أغسطس 2024"
    assert truth["published"] == "2024-08-06" and truth["author"] == "علياء الكعبي"
    for mark in ('<span>بقلم: علياء الكعبي</span>',
                 '<meta property="article:published_time" content="2024-08-06T01:15:00" />',
                 "\n            <blockquote>«الحي الجديد ليس مجرد قطع أراض",
                 "<strong>ثلاث دفعات خلال عامين</strong>",
                 '<a data-udi="umb://document/', 'href="/ar/e-services/" title="الخدمات الذكية">'
                 "منصة الخدمات الإلكترونية</a>", "<figcaption>جانب من اجتماع مجلس إدارة الهيئة"):
        assert mark in html, mark
    assert {"06 أغسطس 2024", "بقلم: علياء الكعبي", "جانب من اجتماع مجلس إدارة الهيئة",
            "آخر تحديث: 06/08/2024", "تسليم 340 قطعة أرض سكنية في منطقة البثنة"} <= chrome
    assert SOURCE not in chrome and 'class="gallery-row"' not in html
    body = truth["body"]
    assert body.startswith("اعتمد مجلس إدارة هيئة الفجيرة للتنمية والتخطيط العمراني")
    assert body.endswith("قبل تسليم الأراضي لأصحابها.") and body.count("\n\n") == 5
    assert "\n\n«الحي الجديد ليس مجرد قطع أراض" in body

    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "21 نوفمبر 2024"
    assert truth["published"] == "2024-11-21" and truth["author"] is None
    for mark in ('<p><a rel="noopener" href="/media/3rfa0kzu/building-permit-fees-statement-ar.pdf"'
                 ' target="_blank" data-udi="umb://media/', '>تحميل البيان (PDF)</a></p>\n',
                 '<meta property="og:image" content="https://maktab-alielam.example/images/og-default'):
        assert mark in html, mark
    assert "<figure" not in html and "<blockquote>" not in html and "بقلم" not in html
    assert {"21 نوفمبر 2024", SOURCE, "تحميل البيان (PDF)", "آخر تحديث: 25/11/2024",
            "إطلاق الخدمة الذكية لحجز مواعيد التفتيش الهندسي"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت هيئة الفجيرة للتنمية والتخطيط العمراني تعديل رسوم تصاريح")
    assert body.endswith("طوال أيام الأسبوع.") and body.count("\n\n") == 4
    assert "PDF" not in body and len(body.split()) < 130
