"""Traits of the quintype_outlet family (unseen25): a Saudi digital outlet on Quintype (node
framework layout, Arrow story template, @quintype/components story elements): quintype-node-seo
head with UTC "Z" JSON-LD (NewsArticle with escaped HTML articleBody, BreadcrumbList, WebSite),
`header#nav-bar`, breaking news, section link, headline and subheadline, author and the
`arr--publish-time` stamp in +03:00, story cards of `story-element` blocks (text, also-read,
image with caption/attribution, title, youtube), topic tags, collection rows, the footer with
"Powered by Quintype" and the redux store in `script#static-page`."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "quintype_outlet"
HOST = "https://quintype-arabi.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">', " | سهيل الإخبارية</title>",
          '<meta name="twitter:card" content="summary_large_image"/>',
          '<meta name="news_keywords" content="', "&amp;ogImage=true",
          '"@type":"NewsArticle","@context":"http://schema.org"', '"articleBody":"&lt;p&gt;',
          '{"@type":"BreadcrumbList","@context":"http://schema.org"', '"@type":"WebSite"',
          "window.GUMLET_CONFIG", "https://fea.assettype.com/suhail/assets/app-",
          '<div class="page-wrapper">\n      <div></div>\n      <header id="nav-bar" '
          'class="sticky-header">', "<div id='breaking-news-container'>",
          '<div id="container"><div class="story-page"',
          '<div class="arrow-component arr--text-story-template" data-test-id="text-story">',
          '<div class="arrow-component arr--section-name">', '<h1 class="arr--headline ',
          '<div class="arrow-component arr--author-name"><a href="/author/',
          '<div class="time arr--publish-time', 'class="qt-image"',
          "arr--story-card-wrapper", '<div class="story-element story-element-text"><div><p>',
          '<div class="arrow-component arr--story-tags">', 'aria-label="story-tag-name"',
          '<h2 class="arr--collection-name-title">ذات صلة</h2>',
          '<h2 class="arr--collection-name-title">الأكثر قراءة</h2>',
          '<footer id="footer" class="footer-wrapper">', ">Powered by Quintype</a>",
          '<script type="application/json" id="static-page">{"qt":{"pageType":"story-page"',
          '"cards":[{"id":"c', "\\u002F", 'id="app-js" async></script>')
CHROME = {"الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "تقنية", "آراء", "فيديو",
          "تسجيل الدخول", "أخبار عاجلة", "شارك الخبر", "ذات صلة", "الأكثر قراءة", "من نحن",
          "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "الشروط والأحكام", "Powered by Quintype"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen25_traits_quintype_outlet() -> None:
    # page 1: hero caption and credit, bold phrase, also-read element, two cards
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "22 أبريل, 2024, 09:15 ص"
    assert truth["published"] == "2024-04-22" and truth["author"] == "ريم العتيبي"
    assert truth["url"] == f"{HOST}/economy/2024/04/22/48213"
    for mark in ('"datePublished":"2024-04-22T06:15:00Z"',
                 '<meta name="author" content="ريم العتيبي"/>',
                 '<h2 class="arr--sub-headline ', '<span class="arr--hero-image-caption">',
                 '<span class="arr--hero-image-attribution">تصوير: سلطان الغامدي</span>',
                 "<strong>الحصة الأكبر من النمو</strong>",
                 '<div class="story-element story-element-text story-element-text-also-read">'
                 '<h3><span class="story-element-text-also-read__label">اقرأ أيضا: </span>'
                 '<a class="story-element-text-also-read__link" href="/economy/48002">',
                 'id="card-c48213-02a9"', "© سهيل الإخبارية 2024. جميع الحقوق محفوظة."):
        assert mark in html, mark
    assert '<div class="story-element story-element-image">' not in html
    assert "youtube" not in html
    assert CHROME | {"22 أبريل, 2024, 09:15 ص", "ريم العتيبي", "اقرأ أيضا:", "تصوير: سلطان الغامدي",
                     "رافعات الحاويات على أرصفة المحطة الجنوبية في ميناء جدة الإسلامي",
                     "سبعة خطوط ملاحية جديدة وتوسعة المحطة الجنوبية وراء أعلى حصيلة فصلية للميناء",
                     "الهيئة العامة للموانئ توقع عقدا لتشغيل محطة متعددة الأغراض في ينبع",
                     "الموانئ السعودية", "النقل البحري", "2 دقائق قراءة", "20 أبريل, 2024",
                     "عاجل: مجلس الوزراء يعقد جلسة استثنائية مساء اليوم"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الهيئة العامة للموانئ أن ميناء جدة الإسلامي")
    assert body.endswith("وإعادة تصديرها من دون رسوم جمركية.") and body.count("\n\n") == 6
    assert "اقرأ أيضا" not in body and "تصوير" not in body

    # page 2: desk byline only, posted 01:30 local: the JSON-LD's UTC instant is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "14 أغسطس, 2024, 01:30 ص"
    assert truth["published"] == "2024-08-14" and truth["author"] is None
    for mark in ('"datePublished":"2024-08-13T22:30:00Z"', '<a href="/author/suhail-agencies">',
                 '<a href="https://ncm.gov.sa/Ar/alerts/Pages/default.aspx" target="_blank">'
                 "تنبيها أحمر</a>", 'id="card-c48677-01a9"'):
        assert mark in html, mark
    for absent in ('<meta name="author"', "arr--sub-headline", "arr--caption-attribution",
                   "also-read", 'id="card-c48677-02a9"',
                   '<div class="story-element story-element-image">'):
        assert absent not in html, absent
    assert CHROME | {"14 أغسطس, 2024, 01:30 ص", "سهيل - وكالات", "الدفاع المدني",
                     "1 دقيقة قراءة", "إغلاق مؤقت لعقبة ضلع أمام حركة الشاحنات"} <= chrome
    assert "عسير" not in chrome  # a tag the body itself holds is no evidence
    body = truth["body"]
    assert body.startswith("دعت المديرية العامة للدفاع المدني سكان منطقة عسير")
    assert body.endswith("والاتصال بالرقم 998 عند مواجهة أي خطر.") and body.count("\n\n") == 4

    # page 3: the stamp is last-published-at (14:40, same day); inline image, subheading, video
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "21 يناير, 2025, 02:40 م"
    assert truth["published"] == "2025-01-21" and truth["author"] == "فهد الزهراني"
    for mark in ('"datePublished":"2025-01-21T07:05:00Z"', '"dateModified":"2025-01-21T11:40:00Z"',
                 '<div class="story-element story-element-image"><figure><img ',
                 '<div class="story-element-caption-attribution-wrapper"><figcaption '
                 'class="story-element-image-title">',
                 '<figcaption class="story-element-image-attribution">المصدر: الهيئة الملكية '
                 "لمحافظة العلا</figcaption>",
                 '<div class="story-element story-element-title"><h2>عودة إلى النقوش الأولى</h2>',
                 '<div class="story-element story-element-youtube-video">',
                 "youtube.com/embed/qW3rT8yLpZc", "© سهيل الإخبارية 2025. جميع الحقوق محفوظة."):
        assert mark in html, mark
    assert "arr--caption-attribution" not in html and "also-read" not in html
    assert CHROME | {"21 يناير, 2025, 02:40 م", "فهد الزهراني", "مهرجانات",
                     "المصدر: الهيئة الملكية لمحافظة العلا",
                     "خطاط يكتب على لوح من حجر العلا الرملي خلال اليوم الأول من المهرجان",
                     "الدورة الرابعة تستمر ثلاثة أسابيع وتخصص جناحا للنقوش القديمة"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت الهيئة الملكية لمحافظة العلا مساء الاثنين")
    assert body.endswith("عبر منصة المهرجان الإلكترونية.") and body.count("\n\n") == 5
    assert "\n\nعودة إلى النقوش الأولى\n\n" in body and "المصدر" not in body
