"""Traits of the teamsite_gov_portal family (unseen26): a UAE ministry's Arabic media centre on
OpenText TeamSite / LiveSite Runtime: the `<!--ls:begin[...]-->` head comments and grid
stylesheet, `iw_section` / `iw_row` / `iw_columns` / `iw_component` blocks, the accessibility
bar, breadcrumb, the news details component with date, category, share/print/font tools,
related news, the page rating box with "آخر تحديث" and the visitor count, and the sitemap
footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "teamsite_gov_portal"
HOST = "https://teamsite-moe.example"
COMMON = ("<!--grid-layout-->", "<!--ls:begin[stylesheet]-->",
          '<link href="/iwov-resources/grid/bootstrap.css" type="text/css" rel="stylesheet">',
          "<!--ls:begin[meta-keywords]-->", "<!--ls:begin[custom-meta-data]-->",
          '<meta name="vpath" content="">', "<!--ls:begin[head-injection]-->",
          "<!--ls:end[head-injection]--><!--ls:begin[tracker-injection]-->",
          '<!--ls:begin[body]--><div class="iw_viewport-wrapper">',
          '<div class="container-fluid iw_section" id="section', '<div class="row iw_row"',
          '<div class="iw_columns col-lg-9 col-md-8"', '<div class="iw_component" id="iw_comp',
          "<!--ls:begin[component-", "<!-- COMPONENT: moe/NewsDetails -->",
          '<h2 class="news-title">', '<ul class="news-meta">', '<div class="news-tools">',
          '<div class="news-details-body" id="newsBody">', '<div class="page-rating">',
          '<h3 class="block-title">أخبار ذات صلة</h3>', '<footer class="site-footer">',
          "<!--ls:end[body]--></body>", "/news-details.page?newsId=")
CHROME = {"تخطي إلى المحتوى الرئيسي", "أدوات الوصول", "تباين الألوان", "الرئيسية",
          "المركز الإعلامي", "تفاصيل الخبر", "الأخبار", "شارك الخبر", "طباعة", "إرسال بالبريد",
          "الكلمات الدلالية:", "أخبار ذات صلة", "المزيد من الأخبار", "هل كانت هذه الصفحة مفيدة؟",
          "الهيكل التنظيمي", "مركز الاتصال: 80051115", "تابعونا على", "إخلاء المسؤولية"}


def _common(n: int):
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["url"].startswith(f"{HOST}/ar/media-center/news/")
    assert 'type="application/ld+json"' not in html
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, CHROME - chrome
    return html, truth, chrome


def test_unseen26_traits_teamsite_gov_portal() -> None:
    # page 1: captioned image, a bolded phrase, last updated the same day
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس 2025"
    assert truth["published"] == "2025-03-12" and truth["author"] is None
    for mark in ('<meta name="date.published" content="2025-03-12">',
                 '<span>12 مارس 2025</span>', '<figure class="news-image">',
                 "<strong>أخلاقيات استخدام التقنية</strong>",
                 '<span class="last-updated">آخر تحديث: 12/03/2025 02:14 م</span>'):
        assert mark in html, mark
    assert "news-author" not in html and "news-video" not in html
    assert {"آخر تحديث: 12/03/2025 02:14 م", "87% من المستخدمين وجدوا هذه الصفحة مفيدة",
            "#مناهج_المستقبل", "© 2025 وزارة التربية والتعليم - جميع الحقوق محفوظة",
            "طلبة من الصف الحادي عشر خلال حصة تجريبية في مختبر الذكاء الاصطناعي بإحدى مدارس "
            "أبوظبي"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت وزارة التربية والتعليم اليوم برنامجا وطنيا")
    assert body.endswith("قبل اعتماد التعميم النهائي على بقية المدارس.")
    assert body.count("\n\n") == 5

    # page 2: no image, the only byline, updated the next morning
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "19 أغسطس 2025"
    assert truth["published"] == "2025-08-19" and truth["author"] == "شيخة الكعبي"
    for mark in ('<li class="news-author">', "<span>بقلم: شيخة الكعبي</span>",
                 '<span class="last-updated">آخر تحديث: 20/08/2025 08:55 ص</span>'):
        assert mark in html, mark
    assert "news-image" not in html and "<strong>" not in html
    assert {"بقلم: شيخة الكعبي", "آخر تحديث: 20/08/2025 08:55 ص", "عدد الزوار: 1,602,310",
            "دليل أولياء الأمور للاستعداد للعام الأكاديمي الجديد"} <= chrome
    body = truth["body"]
    assert body.startswith("اعتمدت وزارة التربية والتعليم ضوابط جديدة للنقل المدرسي")
    assert body.endswith("بعدما زودت الوزارة أسطولها بالأجهزة خلال العطلة الصيفية.")
    assert body.count("\n\n") == 3

    # page 3: an h3 subheading (text), an inline link, a YouTube embed with its label
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "04 نوفمبر 2024"
    assert truth["published"] == "2024-11-04" and truth["author"] is None
    for mark in ('<h3 class="news-subtitle">مسارات البرنامج</h3>',
                 f'<a href="{HOST}/ar/e-services/careers" target="_blank">منصة التوظيف '
                 "الإلكترونية</a>", "youtube.com/embed/q7Lm2Xv0T9a",
                 '<span class="last-updated">آخر تحديث: 05/11/2024 11:02 ص</span>'):
        assert mark in html, mark
    assert {"فيديو: مراسم توقيع مذكرة التفاهم", "آخر تحديث: 05/11/2024 11:02 ص",
            "31 أكتوبر 2024", "#رخصة_المعلم"} <= chrome
    body = truth["body"]
    assert body.startswith("وقعت وزارة التربية والتعليم مذكرة تفاهم مع ثلاث جامعات وطنية")
    assert body.endswith("مشروط بإتمام البرنامج بنجاح.") and body.count("\n\n") == 4
    assert "\n\nمسارات البرنامج\n\n" in body and "فيديو" not in body
