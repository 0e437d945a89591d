"""Traits of the wp_avada_ngo family (WordPress + Avada/Fusion Builder + Yoast, Jordanian NGO)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_avada_ngo"
HOST = "https://avada-ngo-jo.example"
COMMON = ("<!-- This site is optimized with the Yoast SEO plugin v22.3",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "id='fusion-dynamic-css-css'", '<style type="text/css" id="css-fb-visibility">',
          " rtl fusion-body ", '<header class="fusion-header-wrapper">',
          '<nav class="fusion-main-menu" aria-label="القائمة الرئيسية">',
          '<span class="menu-text">الأخبار</span>',
          '<div class="fusion-page-title-bar fusion-page-title-bar-none',
          '<div class="fusion-breadcrumbs awb-yoast-breadcrumbs">',
          '<span  class="breadcrumb-leaf">', '<section id="content" style="float: right;">',
          '<h2 class="entry-title fusion-post-title">', '<div class="post-content">',
          '<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-container',
          '<div class="fusion-builder-row fusion-row',
          '<div class="fusion-layout-column fusion_builder_column fusion-builder-column-0',
          '<div class="fusion-text fusion-text-1"><p>',
          '<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">بواسطة <span '
          'class="vcard">', '<span class="updated rich-snippet-hidden">',
          '<span class="meta-tags">الوسوم: ',
          '<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box">',
          "<h4>شارك هذا الخبر!</h4>", '<section class="related-posts single-related-posts">',
          '<h4 class="fusion-carousel-title"><a class="fusion-related-posts-title-link"',
          '<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area',
          '<section id="recent-posts-2" class="widget widget_recent_entries">',
          '<section id="text-4" class="fusion-footer-widget-column widget widget_text">',
          '<footer id="footer" class="fusion-footer-copyright-area">',
          '<div class="fusion-copyright-notice">', "fusion-page-load-link")
CHROME = {"تخطي إلى المحتوى", "هاتف: 0096265153482", "الرئيسية", "من نحن", "برامجنا",
          "الأخبار", "تطوع معنا", "اتصل بنا", "البحث عن:", "شارك هذا الخبر!", "واتساب",
          "أخبار ذات صلة", "آخر الأخبار", "التصنيفات", "أخبار الجمعية (48)", "ادعم برامجنا",
          "تبرّع الآن", "عن الجمعية", "روابط سريعة", "تواصل معنا", "النشرة الشهرية",
          "سياسة الخصوصية", "مسجلة لدى وزارة التنمية الاجتماعية برقم 2011/0473",
          "اذهب إلى الأعلى", "رابط تحميل الصفحة"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen23_traits_wp_avada_ngo() -> None:
    # page 1: featured slider, captioned image element, fusion-title subheading, named writer
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "10 مارس، 2024"
    assert truth["published"] == "2024-03-10" and truth["author"] == "رنا الخطيب"
    for mark in ('<meta property="article:published_time" content="2024-03-10T07:20:00+00:00" />',
                 '<meta property="article:modified_time" content="2024-03-10T12:32:00+00:00" />',
                 '"datePublished":"2024-03-10T07:20:00+00:00"',
                 '<span class="updated rich-snippet-hidden">2024-03-10T10:20:00+03:00</span>'
                 "<span>10 مارس، 2024</span>", "fusion-flexslider flexslider",
                 '<span class="screen-reader-text">عرض صورة أكبر</span>',
                 '<p class="awb-imageframe-caption-text">فريق المشروع يعاين موقع أحد آبار التجميع',
                 '<h3 class="fusion-title-heading title-heading-right" style="margin:0;">'
                 "كيف جرى اختيار الأسر المستفيدة؟</h3>",
                 "<b>الأولوية أعطيت للأسر التي ترأسها نساء</b>", '<div class="fusion-text '
                 'fusion-text-2"><p>', "© حقوق النشر 2024 جمعية نماء للتنمية المجتمعية."):
        assert mark in html, mark
    assert "fusion-video" not in html
    assert CHROME | {"بواسطة رنا الخطيب", "10 مارس، 2024", "2024-03-10T10:20:00+03:00",
                     "عرض صورة أكبر", "فريق المشروع يعاين موقع أحد آبار التجميع في قرية الخالدية",
                     "الوسوم: المياه, البادية الشمالية, التكيف المناخي",
                     "تدريب 60 مزارعة على الزراعة المائية في الرمثا"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت جمعية نماء للتنمية المجتمعية صباح الأحد مشروعا لحصاد مياه")
    assert body.endswith("حول كميات المياه المجمعة وأثرها على إنفاق الأسر.")
    assert body.count("\n\n") == 7 and "\n\nكيف جرى اختيار الأسر المستفيدة؟\n\n" in body
    assert "بواسطة" not in body and "فريق المشروع يعاين" not in body

    # page 2: posted at 01:30 Amman time, so Yoast's UTC instant is the day before; staff post
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "2 مايو، 2024"
    assert truth["published"] == "2024-05-02" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-05-01T22:30:00+00:00" />',
                 '"datePublished":"2024-05-01T22:30:00+00:00"',
                 '<span class="updated rich-snippet-hidden">2024-05-02T01:30:00+03:00</span>',
                 f'<a href="{HOST}/author/media/" title="مقالات إعلام الجمعية" rel="author">'
                 "إعلام الجمعية</a>",
                 f'<a href="{HOST}/riyada-2024/">نموذج التقديم الإلكتروني</a>'):
        assert mark in html, mark
    for absent in ("fusion-flexslider", "awb-imageframe-caption", "fusion-video",
                   "article:modified_time", "og:image", "fusion-title-heading"):
        assert absent not in html, absent
    assert CHROME | {"بواسطة إعلام الجمعية", "2 مايو، 2024",
                     "الوسوم: تمكين المرأة, المشاريع الصغيرة, الزرقاء",
                     "45 سيدة يتخرجن من الدورة الثانية لبرنامج ريادة"} <= chrome
    body = truth["body"]
    assert body.startswith('أعلنت جمعية نماء للتنمية المجتمعية فتح باب التسجيل في الدورة الثالثة')
    assert body.endswith("علما أن عدد المقاعد محدود بأربعين مشاركة فقط.")
    assert body.count("\n\n") == 3

    # page 3: featured image without caption, YouTube embed mid-story, bold phrase
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "18 نوفمبر، 2024"
    assert truth["published"] == "2024-11-18" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-11-18T11:00:00+00:00" />',
                 '<meta property="article:modified_time" content="2024-11-19T13:00:00+00:00" />',
                 "fusion-flexslider flexslider", '<div class="fusion-video fusion-youtube"',
                 "youtube.com/embed/Qm3hTt7LbR4",
                 "<strong>أكثر من نصفهم يشاركون في عمل تطوعي للمرة الأولى</strong>"):
        assert mark in html, mark
    assert "awb-imageframe-caption" not in html
    assert html.index("بإشراف فنانين متطوعين.</p>") < html.index("fusion-video fusion-youtube") \
        < html.index("<p>وقالت منسقة البرنامج")
    assert CHROME | {"بواسطة إعلام الجمعية", "18 نوفمبر، 2024", "برامج الشباب",
                     "الوسوم: التطوع, الشباب, البيئة الحضرية, البلقاء"} <= chrome
    body = truth["body"]
    assert body.startswith("اختتم نحو 150 متطوعا ومتطوعة من برنامج")
    assert body.endswith("إلى متابعة إعلاناتها على منصاتها الرسمية.") and body.count("\n\n") == 4
