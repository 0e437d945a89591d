"""The traits the unseen14 family webflow_outlet is there for: an Egyptian startup news outlet
on Webflow, a CMS collection page served minified, the story in a w-richtext block (figures,
a Flourish w-embed, a video figure, a blockquote, an h3), Webflow's English "MMMM D, YYYY"
blog-date as the only date a reader sees, text hidden with w-condition-invisible or by
webflow.css (form messages) kept out of the chrome, empty w-dyn-bind-empty fields, a
w-dyn-empty list, and w-dyn-list related posts."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "webflow_outlet"
HIDDEN = ("Thank you! Your submission has been received!",
          "Oops! Something went wrong while submitting the form.", "شكراً لك! تم تسجيل اشتراكك.",
          "برعاية")
COMMON = ('<html data-wf-domain="www.nawat-startups.example" data-wf-page="',
          'data-wf-collection="65e0a4b7c2d1f83e9a5b7b9e" data-wf-item-slug="',
          "<!DOCTYPE html><!-- Last Published: Wed Nov 06 2024 08:41:17 GMT+0000",
          '<meta content="Webflow" name="generator"/>', ".webflow.shared.4c1e9a7b2.min.css",
          "gtag('set', 'developer_id.dZGVlNj', true);",
          'role="banner" class="navbar w-nav"><div class="nav-container w-container">',
          'class="brand w-nav-brand" aria-label="home"', '<nav role="navigation" class="nav-menu',
          '<div class="w-layout-blockcontainer post-container w-container">',
          '<div class="w-layout-grid post-layout"><div id="w-node-_4b2d9c1e-',
          '<div class="sponsored-label w-condition-invisible"><div>برعاية</div>'
          '<div class="w-dyn-bind-empty"></div></div>',
          '<div class="post-body w-richtext"><p>', '<div class="share-embed w-embed">',
          '<div role="list" class="tags-list w-dyn-items"><div role="listitem" class="w-dyn-item">',
          '<div class="w-form-done" tabindex="-1" role="region" aria-label="Footer Newsletter',
          "<div>Thank you! Your submission has been received!</div>",
          "<div>Oops! Something went wrong while submitting the form.</div>",
          '<div role="list" class="related-grid w-dyn-items">', "jquery-3.5.1.min.dc5e7f18c8.js",
          "/js/webflow.8e2c4a1f.b7d05e93c1f6a284.js", "</body></html>")
SHARED = {"الرئيسية", "استثمار وتمويل", "شركات ناشئة", "اشترك في النشرة", "شارك المقال",
          "نسخ الرابط", "كل الأخبار", "الوسوم:", "الشركات في هذا الخبر", "نشرة نواة الأسبوعية",
          "كل خميس: أهم صفقات التمويل وأخبار الشركات الناشئة في بريدك", "اخترنا لك", "إعلان",
          "أخبار ذات صلة", "الأقسام", "عن نواة", "سياسة الخصوصية", "تابعنا", "لينكدإن",
          "نرسل نشرة واحدة كل خميس، ويمكنك إلغاء الاشتراك في أي وقت.",
          "© 2024 نواة. جميع الحقوق محفوظة.",
          "نواة منصة إخبارية مستقلة تغطي ريادة الأعمال والشركات الناشئة في مصر والمنطقة العربية."}


def _common(html: str, chrome: set[str]) -> None:
    for mark in COMMON:
        assert mark in html, mark
    # minified from <body> to the share embed (the head code and embeds keep their lines)
    assert "\n" not in html.split("<body")[1].split('<div class="share-embed')[0]
    assert "application/ld+json" not in html and "published_time" not in html
    assert chrome >= SHARED
    assert not chrome & set(HIDDEN)


def test_unseen14_traits_webflow_outlet() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    _common(html, chrome)
    assert truth["published_shown"] == "March 12, 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "مريم عبد الحميد"
    for mark in ('<div class="blog-date">March 12, 2024</div>',
                 '<div class="updated-wrap w-condition-invisible"><div class="updated-label">',
                 '<div class="blog-date is-updated">March 14, 2024</div>',
                 '<a href="/authors/maryam-abdelhamid" class="author-name">مريم عبد الحميد</a>',
                 '<div class="image-caption w-dyn-bind-empty"></div>',
                 "إغلاق <strong>جولة تمويل من الفئة (أ) بقيمة 12 مليون دولار</strong>،",
                 '<figure style="max-width:1600px" class="w-richtext-align-fullwidth '
                 'w-richtext-figure-type-image"><div><img src=',
                 'alt="__wf_reserved_inherit"/></div><figcaption>فريق «ميزان باي»',
                 '<div class="w-embed w-script"><div class="flourish-embed flourish-chart"',
                 '<div class="company-meta">تكنولوجيا مالية · القاهرة</div>',
                 'property="og:image"'):
        assert mark in html, mark
    assert {"March 12, 2024", "4 دقائق للقراءة", "بقلم", "مريم عبد الحميد",
            "محررة أخبار الاستثمار", "كل مقالات الكاتب",
            "الجولة قادها صندوقان من السعودية والإمارات، والشركة تستعد لافتتاح مكتب في الرياض",
            "فريق «ميزان باي» في مقر الشركة بالقاهرة الجديدة", "تكنولوجيا مالية",
            "جولات التمويل", "التوسع الخليجي", "ملف الشركة",
            "منصة مصرية للتقسيط تحصل على ترخيص التمويل الاستهلاكي", "Mar 7, 2024"} <= chrome
    assert "March 14, 2024" not in chrome and "آخر تحديث:" not in chrome
    body = truth["body"]
    assert body.startswith("أعلنت شركة «ميزان باي» المصرية الناشئة")
    assert body.endswith("للشركات الناشئة الأجنبية.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    _common(html, chrome)
    # posted 00:40 Cairo time (+03:00): the page prints the local day, nothing prints UTC
    assert truth["published_shown"] == "July 18, 2024"
    assert truth["published"] == "2024-07-18" and truth["author"] is None
    for mark in ('<div class="author-wrap w-condition-invisible"><div class="by-label">بقلم</div>'
                 '<a href="#" class="author-name w-dyn-bind-empty"></a></div>',
                 '<img src="" loading="eager" alt="" class="post-main-image w-dyn-bind-empty"/>',
                 '<div class="author-card w-condition-invisible">',
                 '<div class="w-dyn-empty"><div>No items found.</div></div>',
                 "<blockquote>«نريد أن نقدم للتاجر خدمة واحدة"):
        assert mark in html, mark
    assert "<figure" not in html and "og:image" not in html and "<strong>" not in html
    assert {"July 18, 2024", "دقيقتان للقراءة", "صفقات واستحواذات", "No items found.",
            "الصفقة تضيف برمجيات إدارة المخازن إلى خدمات «شحنة» للتجار", "الاستحواذات",
            "منصة مصرية لتأجير المعدات الثقيلة تطلق خدمتها في الإمارات", "Jul 13, 2024"} <= chrome
    assert not {"بقلم", "كل مقالات الكاتب", "آخر تحديث:", "ملف الشركة"} & chrome
    body = truth["body"]
    assert body.startswith("استحوذت شركة «شحنة» المصرية لخدمات التوصيل")
    assert body.endswith("إلى أقل من ست ساعات.") and body.count("\n\n") == 3
    assert "\n\n«نريد أن نقدم للتاجر خدمة واحدة" in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    _common(html, chrome)
    assert truth["published_shown"] == "November 4, 2024"
    assert truth["published"] == "2024-11-04" and truth["author"] == "أحمد الشاذلي"
    for mark in ('<div class="updated-wrap"><div class="updated-label">آخر تحديث:</div>'
                 '<div class="blog-date is-updated">November 5, 2024</div></div>',
                 '<div class="image-caption">سلمى النجار الشريكة المؤسسة',
                 'class="w-richtext-align-fullwidth w-richtext-figure-type-video"><div><iframe',
                 "</iframe></div></figure><p>\u200d</p><h3>خطط التوسع والتمويل</h3>",
                 '<a href="https://www.mohp.gov.eg/" target="_blank">خطة التحول الرقمي في '
                 "القطاع الصحي</a>",
                 '<div class="company-meta">تكنولوجيا صحية · القاهرة</div>'):
        assert mark in html, mark
    assert html.index('class="blog-date">November 4') < html.index("is-updated\">November 5")
    assert {"November 4, 2024", "آخر تحديث:", "November 5, 2024", "6 دقائق للقراءة",
            "أحمد الشاذلي", "صحفي متخصص في التكنولوجيا الصحية",
            "يكتب عن الشركات الناشئة في قطاعي الصحة والتعليم منذ 2019.",
            "سلمى النجار الشريكة المؤسسة لمنصة «طبيبي» خلال مؤتمر صحفي بالقاهرة",
            "المنصة تضم 4800 طبيب وتستعد لإطلاق خدمة صرف الوصفات الطبية", "تكنولوجيا صحية",
            "الرعاية عن بعد", "كيف تبني شركة ناشئة ثقة الأطباء في المنصات الرقمية؟",
            "Oct 12, 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت منصة «طبيبي» المصرية لحجز مواعيد العيادات")
    assert body.endswith("للعيادات الكبيرة خلال العام المقبل.") and body.count("\n\n") == 7
    assert "\n\nخطط التوسع والتمويل\n\nوتعتزم الشركة" in body and "\u200d" not in body
