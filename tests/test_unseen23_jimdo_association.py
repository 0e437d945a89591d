"""Traits of the jimdo_association family (Jimdo Creator blog posts of a Moroccan association)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "jimdo_association"
HOST = "https://jimdo-assoc-ma.example"
COMMON = ('<link rel="dns-prefetch preconnect" href="https://u.jimcdn.com/"',
          '<meta property="og:type" content="article"/>', '"isFreePackage":true',
          "<style>html,body{margin:0}.hidden{display:none}.n{padding:5px}",
          'id="jimdo_layout_css"', "var jimdoData = {", 'class="body cc-page cc-page-blog',
          "j-m-imageSubtitle-styles", '<div id="cc-inner" class="cc-content-parent">',
          '<ul class="cc-nav-level-0 j-nav-level-0">', 'class="cc-nav-level-1 j-nav-level-1"',
          "jmd-nav__item--current", 'class="j-nav-variant-breadcrumb"',
          '<div id="content_area" data-container="content"><div id="content_start"></div>',
          '<article class="j-blog"><div class="n j-blog-meta j-blog-post--header">',
          'class="j-blog-post--category"', '<span class="j-text j-blog-post--date">',
          '<h1 class="j-blog-header j-blog-headline j-blog-post--headline">',
          '<div class="post j-blog-content">', 'class="j-module n j-text "><p>\n    ',
          'class="j-module n j-sharebuttons "', "j-blog-post--tags-wrapper",
          '<span class="j-blog-post--tags--template" style="display: none;">',
          'class="j-blog-comment-counter"', 'class="j-module n j-comment "',
          '<div class="blogselection">', '<div class="datetime-inner"><span class="day">',
          '<div class="j-meta-links">', '<a id="cookie-policy"', '<a href="/sitemap/">',
          '<span class="loggedout">\n    <a rel="nofollow" id="login" href="/login">تسجيل الدخول',
          'id="jimdo-free-footer"', "cc-individual-cookie-settings-overlay",
          'id="cookie-settings-selected"')
CHROME = {"جمعية أصداء الأطلس للثقافة والفنون", "الرئيسية", "من نحن", "أنشطتنا", "الأخبار",
          "معرض الصور", "انخرط معنا", "اتصل بنا", "المكتب المسير", "القانون الأساسي",
          "آخر الأخبار", "العنوان", "تابعونا على فيسبوك", "الهاتف: 0535 56 21 48",
          "اكتب تعليقا", "الاسم:", "التعليق:", "سياسة الخصوصية", "خريطة الموقع", "تسجيل الدخول",
          "سياسة ملفات تعريف الارتباط", "Jimdo", "أُنشئ هذا الموقع بواسطة", "قبول الكل",
          "حفظ الاختيار", "رفض"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "published_time" not in html
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen23_traits_jimdo_association() -> None:
    # page 1: byline module, captioned image, j-header subheading, bold words, two comments
    html, truth, chrome = _common(1)
    assert truth["url"].startswith(f"{HOST}/2024/05/18/")
    assert truth["published_shown"] == "السبت, 18 مايو 2024"
    assert truth["published"] == "2024-05-18" and truth["author"] == "سناء أمزيان"
    for mark in ("<em>بقلم: سناء أمزيان</em>", 'class="j-module n j-imageSubtitle "',
                 '<figcaption style="width: 820px">فرقة آيت عبدي', "cc-m-imagesubtitle-image-",
                 'class="j-module n j-header "><h2 class="" id="cc-m-header-',
                 "<strong>اثنتي عشرة فرقة</strong>", '<i class="cc-comments-count">2</i> تعليقات',
                 '<span class="com-date">(السبت, 18 مايو 2024 20:50)</span>'):
        assert mark in html, mark
    assert "j-video" not in html and "forms.gle" not in html
    assert {"بقلم: سناء أمزيان", "السبت, 18 مايو 2024", "أنشطة الجمعية",
            "فرقة آيت عبدي خلال عرضها بساحة المسيرة مساء الجمعة – تصوير: يوسف الحمداوي",
            "الوسوم: أحيدوس, التراث الأمازيغي, الأطلس المتوسط", "12 مايو 2024", "2 تعليقات",
            "(الأحد, 19 مايو 2024 18:00)", "حسن أيت علا",
            "جمعيتنا تشارك في المعرض الجهوي للصناعة التقليدية بإفران"} <= chrome
    body = truth["body"]
    assert body.startswith("اختتمت مساء الجمعة بساحة المسيرة في مدينة أزرو")
    assert body.endswith("على أن يعلن عن موعد الدورة المقبلة في بداية الخريف.")
    assert body.count("\n\n") == 6 and "\n\nورشات لنقل الإيقاع إلى الأجيال الصاعدة\n\n" in body
    assert "تصوير" not in body and "بقلم" not in body

    # page 2: Ramadan (Morocco on GMT, +00:00), zero-padded day, inline link, no comments
    html, truth, chrome = _common(2)
    assert truth["url"].startswith(f"{HOST}/2024/04/04/")
    assert truth["published_shown"] == "الخميس, 04 أبريل 2024"
    assert truth["published"] == "2024-04-04" and truth["author"] is None
    for mark in ('<a href="https://forms.gle/Tf9xQm2LzAe7Kp3v8" target="_blank" title="استمارة '
                 'التسجيل الإلكترونية">استمارة التسجيل الإلكترونية</a>',
                 "<strong>السبت 20 أبريل</strong>", '<i class="cc-comments-count">0</i> تعليقات'):
        assert mark in html, mark
    for absent in ("j-imageSubtitle ", "<figcaption", "j-video", "بقلم", "commentEntry"):
        assert absent not in html, absent
    assert {"الخميس, 04 أبريل 2024", "إعلانات", "0 تعليقات", "29 مارس 2024",
            "الوسوم: تيفيناغ, ورشات الأطفال, اللغة الأمازيغية"} <= chrome
    body = truth["body"]
    assert body.startswith("تعلن جمعيتنا عن فتح باب التسجيل في الدورة الثانية")
    assert body.endswith("وستمنح الأسبقية للمسجلين أولا.") and body.count("\n\n") == 4

    # page 3: posted 00:35 local on 14 January (13 January UTC), bare image, YouTube, sign-off
    html, truth, chrome = _common(3)
    assert truth["url"].startswith(f"{HOST}/2025/01/14/")
    assert truth["published_shown"] == "الثلاثاء, 14 يناير 2025"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ('class="j-module n j-imageSubtitle "', 'alt="" class=""', 'class="j-module n '
                 'j-video "', "youtube-nocookie.com/embed/Yk7hQ2pLm4s",
                 "<strong>المكتب المسير – جمعية أصداء الأطلس للثقافة والفنون</strong>",
                 '<i class="cc-comments-count">1</i> تعليق واحد'):
        assert mark in html, mark
    assert "<figcaption" not in html and "بقلم" not in html
    assert {"الثلاثاء, 14 يناير 2025", "المكتب المسير – جمعية أصداء الأطلس للثقافة والفنون",
            "تعليق واحد", "رشيد أوبلا", "(الثلاثاء, 14 يناير 2025 10:55)", "08 يناير 2025",
            "الوسوم: إيض يناير, رأس السنة الأمازيغية, العائلات"} <= chrome
    body = truth["body"]
    assert body.startswith("احتفلت جمعيتنا مساء الاثنين برأس السنة الأمازيغية الجديدة 2975")
    assert body.endswith("نحو الاعتراف بالموروث الثقافي الأمازيغي وتثمينه.")
    assert body.count("\n\n") == 4 and "المكتب المسير" not in body
