"""Traits of the held-out `opencms_gov_news` family (OpenCms 11 Mercury, Omani agency news)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "opencms_gov_news"
CHROME = {"English", "اتصل بنا", "خريطة الموقع", "الرئيسية",
          "عن الهيئة", "الخدمات الإلكترونية", "المركز الإعلامي", "البيانات المفتوحة",
          "تواصل معنا", "الأخبار", "التاريخ:", "التصنيفات:", "شارك الخبر", "أخبار ذات صلة",
          "عرض المزيد", "آخر الأخبار", "مركز الاتصال", "الرقم المجاني: 80077000",
          "روابط مهمة", "سياسة الخصوصية", "مسقط، سلطنة عُمان"}
MARKS = ('<div  id="mercury-page" >', '<header class="area-header ', '<ul class="nav-breadcrumbs"',
         '<div class="detail-page type-blog layout-0">', '<div class="detail-visual piece full ',
         '<h1 class="intro-headline" tabindex="0"><span class="headline">',
         '<div class="detail-content">', '<div class="type-section piece ',
         '<div class="detail-addition">', '<div class="list-dynamic list-paginate"',
         '<footer class="area-foot">', '"@type": "NewsArticle"',
         "/export/system/modules/alkacon.mercury.theme/js/mercury.js_")


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in MARKS:
        assert mark in html, (n, mark)
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, (n, CHROME - chrome)
    return html, truth, chrome


def test_unseen27_traits_opencms_gov_news() -> None:
    # page 1: key visual with copyright and caption, a byline, a section with its subheading
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس 2024" and truth["published"] == "2024-03-12"
    assert truth["author"] == "سالم بن حمد الرواحي"
    for mark in ('<div class="copyright image-copyright" aria-hidden="true">'
                 "<div>© هيئة الموارد المائية</div></div>",
                 '<div class="subtitle" aria-hidden="true">',
                 '<div class="info person"><span class="sr-only">بقلم:</span>',
                 '<h2 class="piece-heading" tabindex="0">أولويات التنفيذ ومراحله</h2>',
                 '"datePublished": "2024-03-12T06:30:00Z"'):
        assert mark in html, mark
    assert {"© هيئة الموارد المائية", "بقلم:", "سالم بن حمد الرواحي",
            "فريق فني من الهيئة يعاين ساقية فلج دارس في ولاية نزوى", "أفلاج عمان", "التراث المائي",
            "بدء تسجيل الآبار غير المرخصة في ولايات شمال الباطنة"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت هيئة الموارد المائية اليوم الثلاثاء برنامجا متكاملا")
    assert body.endswith("وجمعيات المزارعين في كل ولاية.") and body.count("\n\n") == 7
    assert "\n\nأولويات التنفيذ ومراحله\n\n" in body and "©" not in body

    # page 2: no image, date only; JSON-LD in UTC falls on the day before the shown day
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "1 يوليو 2024" and truth["published"] == "2024-07-01"
    assert truth["author"] is None
    assert '"datePublished": "2024-06-30T20:20:00Z"' in html
    assert '<div class="visual-info right date-only">' in html
    assert "image-copyright" not in html and "piece-heading" not in html
    assert {"1 يوليو 2024", "الهيئة تحذر من عبور الأودية أثناء جريانها",
            "خريف ظفار"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت هيئة الموارد المائية أن منسوب المياه في سدود محافظة ظفار")
    assert body.endswith("وعدم السباحة فيها حفاظا على سلامتهم.") and body.count("\n\n") == 4

    # page 3: date with the format's prefix, floated section image, inline link and bold words
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 يناير 2025" and truth["published"] == "2025-01-19"
    assert truth["author"] is None
    for mark in ("<div>تاريخ النشر: 19 يناير 2025</div>",
                 '<div class="type-section piece float right lay-5',
                 '<a href="/ar/services/irrigation-support/">برنامج دعم الري الحديث</a>',
                 "<strong>بنسبة تصل إلى 50 بالمئة</strong>", "image-copyright"):
        assert mark in html, mark
    assert '<div class="subtitle"' not in html
    assert {"تاريخ النشر: 19 يناير 2025", "© هيئة الموارد المائية", "ملوحة الآبار"} <= chrome
    body = truth["body"]
    assert body.startswith("نظمت هيئة الموارد المائية بالتعاون مع جمعية المزارعين")
    assert body.endswith("في المناطق الأكثر تأثرا بالملوحة.") and body.count("\n\n") == 3
    assert "تاريخ النشر" not in body
