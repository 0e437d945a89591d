"""Traits of the dotcms_gov_news family (unseen32): an Emirati municipality's news pages on
dotCMS with its Velocity theme: `/application/themes/baladiya/` sheets and scripts, `/dA/`
asset URLs with resize filters, the accessibility bar, the English switch
(`?com.dotmarketing.htmlpage.language=1`), the mega menu, the inner banner and breadcrumb,
`news-details` with `news-meta` (date in Arabic months at +04:00, category, writer or source),
`news-image`, `news-body`, `news-tags`, `share-bar`, `related-news`, the sidebar, the page
feedback widget and the contact/social footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "dotcms_gov_news"
HOST = "https://dotcms-ae-baladiya.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<link rel="stylesheet" href="/application/themes/baladiya/css/main.css?v=4.2.1">',
          '<link rel="alternate" hreflang="en" href="' + HOST + '/en/media-center/news/',
          '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
          '"NewsArticle"', '"@type": "GovernmentOrganization"',
          '<body class="rtl lang-ar inner-page news-detail-page">',
          '<div class="accessibility-bar" id="accessibilityBar" role="toolbar"',
          'data-action="font-up">A+</button>', 'data-action="contrast">تباين الألوان</button>',
          '<a class="lang-switch" href="?com.dotmarketing.htmlpage.language=1" lang="en" '
          'hreflang="en">English</a>',
          '<img src="/dA/7a2e9c41-0f6b-4d38-9e15-b3c8a4d7f062/asset/logo-ar.svg"',
          '<li class="nav-item dropdown active">', 'class="dropdown-item active"',
          '<section class="inner-banner" style="background-image:url(\'/dA/',
          '<h2 class="inner-banner-title">الأخبار</h2>',
          '<li class="breadcrumb-item active" aria-current="page">',
          '<div class="news-details" data-identifier="', '<h1 class="news-title">',
          '<div class="news-meta">', '<span class="news-date"><i class="fa-regular fa-calendar"',
          '<span class="news-category">', '<div class="news-body">',
          '<p dir="rtl" style="text-align: justify;">', '<div class="news-tags">',
          '<span class="news-tags-label">الكلمات الدلالية:</span>', '<div class="share-bar">',
          '<span class="share-label">شارك الخبر:</span>', 'class="share-print"',
          '<section class="related-news">', '<div class="news-card">',
          'src="/dA/', '/image/400w/70q/thumb.jpg"', '<aside class="col-lg-4 sidebar">',
          '<div class="widget widget-latest-news">', '<div class="widget widget-services">',
          '<section class="page-feedback" id="pageFeedback">',
          'action="/api/v1/workflow/actions/default/fire/NEW"', '<div class="last-update">',
          '<footer class="site-footer">', '<ul class="footer-contact">',
          '<ul class="footer-social list-inline">', 'class="happiness-meter-btn"',
          'var dotLang = "ar", dotLanguageId = 2')
CHROME = {"الانتقال إلى المحتوى الرئيسي", "أدوات الوصول", "A+", "A-", "تباين الألوان",
          "قارئ الشاشة", "English", "الأسئلة الشائعة", "عن البلدية", "المركز الإعلامي",
          "المشاركة الإلكترونية", "الأخبار", "الكلمات الدلالية:", "شارك الخبر:", "طباعة",
          "نسخ الرابط", "العودة إلى الأخبار", "أخبار ذات صلة", "أحدث الأخبار",
          "الخدمات الأكثر طلباً", "إصدار رخصة بناء", "حمّل التطبيق الذكي",
          "هل كان محتوى هذه الصفحة مفيداً؟", "يرجى إخبارنا بالسبب", "المعلومات غير مكتملة",
          "الرقم المجاني: 800 92524", "ص.ب: 4120، مدينة الواحة، الإمارات العربية المتحدة",
          "البريد الإلكتروني: info@dotcms-ae-baladiya.example", "تابعونا", "فيسبوك",
          "سياسة الخصوصية", "جميع الحقوق محفوظة © 2025 بلدية مدينة الواحة", "قيّم تجربتك",
          "يفضل تصفح الموقع باستخدام أحدث إصدارات المتصفحات وبدقة شاشة 1366×768"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen32_traits_dotcms_gov_news() -> None:
    # page 1: a writer, the image with its figcaption, an h3 subheading inside the text
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "18 نوفمبر 2024"
    assert truth["published"] == "2024-11-18" and truth["author"] == "عائشة الكعبي"
    for mark in ('<meta property="article:published_time" content="2024-11-18T06:30:00Z">',
                 '"datePublished": "2024-11-18T06:30:00Z"', '"@type": "Person"',
                 'fa-calendar" aria-hidden="true"></i> 18 نوفمبر 2024</span>',
                 'aria-hidden="true"></i> إعداد: عائشة الكعبي</span>',
                 'href="' + HOST + '/ar/media-center/news?category=projects">مشاريع</a>',
                 '/dA/b2e47d10-6c3a-4f8e-9d21-5a0c8e7f3b62/image/1200w/80q/',
                 '<figcaption class="news-image-caption">أعمال تركيب المظلات الخشبية في ممشى '
                 'حي النخيل</figcaption>', '<h3 dir="rtl">معايير الاستدامة</h3>',
                 '<div class="last-update">آخر تحديث: 19/11/2024 09:12</div>'):
        assert mark in html, mark
    for absent in ('<div class="news-video">', "<blockquote", 'class="news-source"'):
        assert absent not in html, absent
    assert CHROME | {"إعداد: عائشة الكعبي", "18 نوفمبر 2024",
                     "أعمال تركيب المظلات الخشبية في ممشى حي النخيل", "الممشى المظلل",
                     "افتتاح حديقة الفلاح العائلية بعد أعمال التطوير", "11 نوفمبر 2024",
                     "حملة نظافة شاملة في المنطقة الصناعية الثالثة",
                     "آخر تحديث: 19/11/2024 09:12"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت بلدية مدينة الواحة تنفيذ مشروع لإنشاء 14 ممشى مظللاً")
    assert body.endswith("أو خدمة البلاغات في التطبيق الذكي.")
    assert "أعمال تركيب المظلات" not in body and "مشاريع" not in chrome
    assert body.count("\n\n") == 6 and "\n\nمعايير الاستدامة\n\n" in body
    assert 225 <= len(body.split()) <= 250

    # page 2: WAM copy, no writer, no image, 01:15 local: the server's UTC is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "28 نوفمبر 2024"
    assert truth["published"] == "2024-11-28" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-11-27T21:15:00Z">',
                 '"author": {"@type": "Organization", "name": "بلدية مدينة الواحة"}',
                 'fa-newspaper" aria-hidden="true"></i> المصدر: وام</span>',
                 'fa-calendar" aria-hidden="true"></i> 28 نوفمبر 2024</span>',
                 '/dA/0c4f7e21-3b8a-4d59-a6e1-8f2d0b9c7a53/asset/og-default.png'):
        assert mark in html, mark
    for absent in ('<div class="news-image">', 'class="news-author"', "إعداد:", "<h3 dir",
                   "<blockquote", '<div class="news-video">'):
        assert absent not in html, absent
    assert CHROME | {"المصدر: وام", "28 نوفمبر 2024", "إعلانات", "الخدمات الإلكترونية",
                     "تمديد ساعات عمل الحدائق العامة في عطلة نهاية الأسبوع",
                     "26 نوفمبر 2024", "آخر تحديث: 28/11/2024 01:15"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت بلدية مدينة الواحة تعليق العمل في مراكز سعادة المتعاملين")
    assert body.endswith("متمنية للجميع عطلة سعيدة وآمنة.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128
    assert "المصدر: وام" not in body

    # page 3: a writer, an image without caption, a blockquote the text introduces, a video
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "20 فبراير 2025"
    assert truth["published"] == "2025-02-20" and truth["author"] == "سالم النعيمي"
    for mark in ('<meta property="article:published_time" content="2025-02-20T10:05:00Z">',
                 'aria-hidden="true"></i> إعداد: سالم النعيمي</span>',
                 'alt="مفتشو الصحة العامة خلال زيارة ميدانية"',
                 '<blockquote>\n<p dir="rtl">نحن لا ننتظر الشكوى حتى نتحرك',
                 '<h4 class="news-video-title">شاهد الفيديو</h4>',
                 'src="https://www.youtube.com/embed/kR4tW9pLm2Q?rel=0"',
                 '<p class="news-video-caption">'):
        assert mark in html, mark
    assert "<figcaption" not in html and "<h3 dir" not in html
    assert html.index("</blockquote>") < html.index('<div class="news-video">') \
        < html.index('<div class="news-tags">')
    assert CHROME | {"إعداد: سالم النعيمي", "20 فبراير 2025", "سلامة الغذاء",
                     "شاهد الفيديو",
                     "جولة فرق التفتيش على المخابز ومحال الحلويات في السوق القديم",
                     "ورشة توعوية لعمال المطاعم حول اشتراطات تداول الأغذية",
                     "17 فبراير 2025", "آخر تحديث: 21/02/2025 08:40"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت بلدية مدينة الواحة حملة تفتيشية مكثفة")
    assert body.endswith("تنشر البلدية نتائج الحملة أسبوعياً على موقعها الإلكتروني.")
    assert body.count("\n\n") == 5 and "شاهد الفيديو" not in body
    assert "المزروعي:\n\nنحن لا ننتظر الشكوى حتى نتحرك" in body
    assert 129 <= len(body.split()) <= 224
