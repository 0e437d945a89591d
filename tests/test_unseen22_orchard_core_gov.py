"""Traits of the orchard_core_gov family (unseen22): a Saudi municipality's news items on
Orchard Core CMS with a TheTheme-based Bootstrap RTL theme: ASP.NET Core's default HtmlEncoder
turning every Liquid/Razor-output value into `&#x..;` references (the HtmlBodyPart and widget
HTML stay raw), SEO-module meta tags from TagBuilder (`content` first, `twitter:card` as
`property`), the one-line TagBuilder menu, the Umm al-Qura date line from `format_date` "ar-SA"
with `<time datetime>` in +03:00, FlowPart/BagPart widgets, the related-news widget, the DGA
banner, accessibility bar and feedback form (antiforgery token), the footer's crawl-year ©."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "orchard_core_gov"
HOST = "https://orchard-amanah-sa.example"


def _h(text: str) -> str:
    """Text as ASP.NET Core's default HtmlEncoder writes it (non-ASCII as `&#x..;`)."""
    return "".join(f"&#x{ord(c):X};" if ord(c) > 0x7E else c for c in text)


COMMON = ('<!DOCTYPE html>\n<html lang="ar-SA">\n<head>\n    <meta charset="utf-8" />',
          f"<title>{_h('أمانة منطقة الجوف')} - ",
          '<link type="image/x-icon" rel="shortcut icon" href="/AmanahTheme/favicon.ico">',
          '<meta content="article" property="og:type" />',
          '<meta content="summary_large_image" property="twitter:card" />',
          '<meta content="ar_SA" property="og:locale" />',
          "/OrchardCore.Resources/Vendor/fontawesome-free/css/all.min.css?v=",
          "/OrchardCore.Resources/Scripts/bootstrap.bundle.min.js?v=",
          "/AmanahTheme/css/bootstrap.rtl.min.css?v=", '<body dir="rtl">',
          '<div class="gov-banner bg-light border-bottom small">',
          'data-bs-target="#govVerify" aria-expanded="false">كيف تتحقق؟</button>',
          'role="toolbar" aria-label="أدوات الوصول"',
          '<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link text-end" '
          f'href="/ar">{_h("الرئيسية")}</a></li><li class="text-end dropdown nav-item">',
          f'{_h("عن الأمانة")}<b class="caret"></b></a><ul class="dropdown-menu">',
          '<input class="form-control form-control-sm" type="search" name="Terms"',
          '<ol class="breadcrumb mb-2">', '<article class="content-item news">',
          '<h1 class="news-title">&#x', '<div class="metadata">',
          '<span class="news-date"><i class="fa-regular fa-calendar"></i> <time datetime="',
          '<span class="news-date-gregorian">', "&amp;rmode=crop&amp;token=",
          '<div class="news-share d-flex', f'<span class="fw-bold">{_h("الوسوم:")}</span>',
          '<p class="news-updated text-muted small mt-3">',
          '<div class="widget widget-form widget-page-feedback', "/ar/workflows/Invoke?token=",
          '<input name="__RequestVerificationToken" type="hidden" value="CfDJ8',
          '<div class="widget widget-related-news card mb-4">',
          '<h5 class="widget-title mb-0">أخبار ذات صلة</h5>',
          '<div class="widget-body card-body p-0">', '<footer class="site-footer pt-5 pb-3">',
          "<p class=\"mb-0\">جميع الحقوق محفوظة لأمانة منطقة الجوف © 2025</p>")
CHROME = {"موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية", "كيف تتحقق؟",
          "روابط المواقع الرسمية السعودية تنتهي بـ gov.sa", "تخطي إلى المحتوى الرئيسي",
          "تكبير الخط", "تصغير الخط", "تباين الألوان", "English", "الرئيسية", "عن الأمانة",
          "كلمة الأمين", "الخدمات الإلكترونية", "المركز الإعلامي", "الأخبار", "تواصل معنا",
          "بحث", "شارك الخبر:", "مشاركة عبر واتساب", "طباعة الصفحة", "الوسوم:",
          "هل كانت هذه الصفحة مفيدة؟", "غير مفيدة", "أخبار ذات صلة", "عرض جميع الأخبار",
          "طلب رخصة بناء", "مركز البلاغات الموحد", "اتصل بنا على 940 على مدار الساعة",
          "روابط مهمة", "روابط الأمانة", "الرقم الموحد: 940", "سياسة الخصوصية",
          "جميع الحقوق محفوظة لأمانة منطقة الجوف © 2025",
          "مسجل لدى هيئة الحكومة الرقمية برقم: 20230711046"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    # Liquid output is entity-encoded: the headline never appears raw outside the JSON-LD.
    assert f"<h1 class=\"news-title\">{_h(truth['title'])}</h1>" in html
    assert f">{truth['title']}<" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen22_traits_orchard_core_gov() -> None:
    # page 1: Ramadan 1445, featured image, TinyMCE body, reporter, NewsArticle schema
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الأحد 14 رمضان 1445 هـ"
    assert truth["published"] == "2024-03-24" and truth["author"] == "نورة العنزي"
    for mark in ('<time datetime="2024-03-24T11:20:00+03:00">' + _h("الأحد 14 رمضان 1445 هـ"),
                 '<script type="application/ld+json">\n{\n  "@context": "https://schema.org",',
                 '"datePublished": "2024-03-24T11:20:00+03:00"', '"name": "نورة العنزي"',
                 '<span class="news-reporter"><i class="fa-regular fa-user"></i> تحرير: '
                 f'{_h("نورة العنزي")}</span>', '" name="description" />',
                 '<figure class="news-image mb-4">', '<figcaption class="figure-caption mt-2">',
                 '<div class="news-body">\n<p style="text-align: justify;">بدأت أمانة',
                 "<p>&nbsp;</p>", "<strong>بطول 38 كيلومترا</strong>",
                 '<a href="https://balady.gov.sa/" target="_blank" rel="noopener">منصة بلدي</a>'):
        assert mark in html, mark
    for absent in ('<section class="flow row">', "news-gallery", "youtube.com/embed"):
        assert absent not in html, absent
    assert CHROME | {"الأحد 14 رمضان 1445 هـ", "الموافق 24/03/2024م", "11:20 ص",
                     "تحرير: نورة العنزي", "آخر تحديث: 26/03/2024 01:05 م", "أخبار الأمانة",
                     "أمانة الجوف تبدأ تنفيذ شبكة لتصريف مياه ال...", "تصريف السيول",
                     "فرق المقاول خلال أعمال حفر المسار الرئيسي لشبكة التصريف في حي الشفاء",
                     "الأمانة ترفع جاهزيتها لموسم الأمطار بـ 42 معدة وفريقا ميدانيا",
                     "15/03/2024", "87% من الزوار وجدوا هذه الصفحة مفيدة (214 تقييما)"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت أمانة منطقة الجوف تنفيذ مشروع شبكة لتصريف مياه الأمطار")
    assert body.endswith("تراجعا ملحوظا في مدة سحب المياه بعد الأمطار الغزيرة.")
    assert body.count("\n\n") == 5 and "تحرير" not in body and "الموافق" not in body

    # page 2: Muharram 1446, no image, FlowPart widgets with an h3 and a YouTube RawHtml
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الثلاثاء 10 محرم 1446 هـ"
    assert truth["published"] == "2024-07-16" and truth["author"] is None
    for mark in ('<time datetime="2024-07-16T10:05:00+03:00">',
                 '<section class="flow row">\n<div class="widget widget-paragraph '
                 'widget-align-justify widget-size-100">\n    <div class="widget-body">\n'
                 "        <p>نفذت أمانة", "<h3>أبرز المخالفات المرصودة</h3>",
                 '<div class="widget widget-raw-html widget-align-center widget-size-100">',
                 "https://www.youtube.com/embed/q7Lm2XcT9aE"):
        assert mark in html, mark
    for absent in ("application/ld+json", 'name="description"', "news-image", "news-reporter",
                   "news-gallery", "<strong>"):
        assert absent not in html, absent
    assert CHROME | {"الثلاثاء 10 محرم 1446 هـ", "الموافق 16/07/2024م", "10:05 ص",
                     "آخر تحديث: 16/07/2024 10:45 ص", "الرقابة البلدية", "الأغذية الفاسدة",
                     "حملة رقابية على منشآت الأغذية في الجوف تسف...",
                     "ضبط 400 كيلوغرام من اللحوم مجهولة المصدر في سكاكا"} <= chrome
    body = truth["body"]
    assert body.startswith("نفذت أمانة منطقة الجوف حملة رقابية موسعة على المنشآت الغذائية")
    assert body.endswith("تتعلق بسلامة الغذاء عبر الرقم الموحد 940.")
    assert body.count("\n\n") == 4 and "\n\nأبرز المخالفات المرصودة\n\n" in body

    # page 3: Rajab 1446, short body, BagPart gallery, schema with a bare date
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد 19 رجب 1446 هـ"
    assert truth["published"] == "2025-01-19" and truth["author"] is None
    for mark in ('<time datetime="2025-01-19T09:40:00+03:00">', '"datePublished": "2025-01-19"',
                 '<section class="bag news-gallery mt-4">\n        <h4 class="gallery-title">'
                 "صور الخبر</h4>", '<figure class="figure">', "<strong>12 ألف شتلة</strong>",
                 f'<figcaption class="figure-caption">{_h("شبكة الري بالتنقيط")}'):
        assert mark in html, mark
    for absent in ('<section class="flow row">', "news-reporter", '"author"', "<p>&nbsp;</p>"):
        assert absent not in html, absent
    assert CHROME | {"الأحد 19 رجب 1446 هـ", "الموافق 19/01/2025م", "09:40 ص",
                     "آخر تحديث: 20/01/2025 02:50 م", "البيئة والتشجير", "صور الخبر",
                     "متطوعون يشاركون في غرس الشتلات بمتنزه الضاحية صباح اليوم",
                     "جانب من مشاركة طلاب المدارس في الحملة", "العمل التطوعي",
                     "متطوعون يغرسون 12 ألف شتلة محلية في متنزه ..."} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت أمانة منطقة الجوف صباح اليوم الأحد حملة لغرس 12 ألف شتلة")
    assert body.endswith("تبني أجزاء من المتنزه والعناية بها على مدار العام.")
    assert body.count("\n\n") == 3 and "صور الخبر" not in body
