"""Traits of the wp_kadence_blog family (unseen28): a Jordanian health blog on WordPress with the
Kadence theme and Kadence Blocks: Rank Math head (+03:00 times), Kadence header rows, the
entry-hero title with breadcrumbs and posted-by/posted-on meta, single-content with Kadence row
layouts and advanced headings, entry tags, post navigation, the related splide carousel,
comments, the primary sidebar and the Kadence footer rows."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_kadence_blog"
HOST = "https://kadence-sahha.example"
COMMON = ('<html dir="rtl" lang="ar" class="no-js" itemtype="https://schema.org/Blog" itemscope>',
          "<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->",
          '<script type="application/ld+json" class="rank-math-schema">',
          "wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9",
          "wp-content/plugins/kadence-blocks/dist/style-blocks-rowlayout.css",
          "<style id='kadence-global-inline-css'>", 'class="site wp-site-blocks"',
          '<header id="masthead" class="site-header" role="banner"',
          '<div class="site-main-header-wrap site-header-row-container site-header-focus-item',
          '<div class="site-header-row-container-inner">', '<p class="site-title">نبض العافية</p>',
          '<section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard">',
          '<nav id="kadence-breadcrumbs" aria-label="مسارات التنقل"  class="kadence-breadcrumbs">',
          '<h1 class="entry-title">', '<div class="entry-meta entry-meta-divider-dot">',
          '<span class="meta-label">بواسطة</span><span class="author vcard">',
          '<span class="posted-on">', '<div class="entry-content single-content">',
          '<span class="tag-hash">#</span>', '<nav class="navigation post-navigation"',
          '<div class="post-navigation-sub"><small>',
          '<div class="entry-related alignfull entry-related-style-wide">',
          '<div class="entry-related-carousel kadence-slide-init splide"',
          '<div id="comments" class="comments-area">', '<aside id="secondary" role="complementary"'
          ' class="primary-sidebar widget-area', '<footer id="colophon" class="site-footer"',
          '<div class="footer-html-inner"><p>&copy; ', 'href="https://www.kadencewp.com/"',
          'id="mobile-drawer" class="popup-drawer')
CHROME = {"انتقل إلى المحتوى", "نبض العافية", "مدونة أردنية للصحة وأسلوب الحياة", "من نحن",
          "أعلن معنا", "صحة عامة", "تغذية", "لياقة", "صحة المرأة", "نصائح صحية", "الرئيسية",
          "بواسطة", "وسوم المقالة:", "السابق", "مقالات مشابهة", "اترك تعليقاً", "تعليق *",
          "لن يتم نشر عنوان بريدك الإلكتروني.", "الأكثر قراءة", "التصنيفات", "تنبيه طبي",
          "المعلومات المنشورة لأغراض التوعية ولا تغني عن استشارة الطبيب المختص.", "روابط",
          "سياسة الخصوصية", "البحث عن:", "تصفّح المقالات", "YouTube"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen28_traits_wp_kadence_blog() -> None:
    # page 1: byline, content image with caption, advanced-heading subheading, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "8 أكتوبر، 2024"
    assert truth["published"] == "2024-10-08" and truth["author"] == "هبة العمري"
    for mark in ("<title>عيادات متنقلة تجري فحص السكري مجاناً في قرى البادية الشمالية حتى نهاية "
                 "الشهر - نبض العافية</title>",
                 '<meta property="article:published_time" content="2024-10-08T10:20:00+03:00" />',
                 '<time class="entry-date published updated" datetime="2024-10-08T10:20:00+03:00">'
                 "8 أكتوبر، 2024</time>", "kadence-thumbnail-position-below",
                 '<figcaption class="wp-element-caption">ممرضة تقيس',
                 'wp-block-kadence-advancedheading" data-kb-block="kb-adv-heading4187_1c2e4a-7b">'
                 "لماذا البادية أولاً؟</h2>", '<h2 class="comments-title">تعليقان</h2>',
                 '<ol class="children">', "bypostauthor", "&copy; 2024 نبض العافية"):
        assert mark in html, mark
    assert "time class=\"updated\"" not in html and "kb-row-layout-wrap" not in html
    assert CHROME | {"8 أكتوبر، 2024", "هبة العمري", "2 تعليقات", "تعليقان", "#السكري",
                     "ممرضة تقيس مستوى السكر لمسنّ في عيادة متنقلة ببلدة الصالحية",
                     "أم يزن قال:", "8 أكتوبر، 2024 في 2:10 م", "هبة العمري قال:",
                     "كيف تقرأ نتيجة فحص السكر التراكمي؟", "29 سبتمبر، 2024",
                     "© 2024 نبض العافية - قالب ووردبريس بواسطة Kadence WP"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت ثلاث عيادات متنقلة جولة في قرى البادية الشمالية")
    assert body.endswith("وزيادة النشاط البدني قبل اللجوء إلى الأدوية.")
    assert body.count("\n\n") == 6 and "\n\nلماذا البادية أولاً؟\n\n" in body
    assert "عيادة متنقلة ببلدة الصالحية" not in body

    # page 2: desk post at 00:35 local (Rank Math keeps +03:00), no image, "اقرأ أيضاً" row
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "14 يوليو، 2025"
    assert truth["published"] == "2025-07-14" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-07-14T00:35:00+03:00" />',
                 f'<a class="url fn n" href="{HOST}/author/editor/">فريق التحرير</a>',
                 '<div class="kb-row-layout-wrap kb-row-layout-id4392_8b2f61-0e alignnone '
                 'wp-block-kadence-rowlayout"><div class="kt-row-column-wrap kt-has-2-columns',
                 ">اقرأ أيضاً</h4>", "&copy; 2025 نبض العافية"):
        assert mark in html, mark
    for absent in ("post-thumbnail-inner\">\n", "wp-block-image", 'class="comments-title"',
                   'class="comment-list"'):
        assert absent not in html, absent
    assert CHROME | {"14 يوليو، 2025", "فريق التحرير", "0 تعليقات", "اقرأ أيضاً",
                     "ماذا تأكل في أيام الحر الشديد؟", "#موجة حر"} <= chrome
    body = truth["body"]
    assert body.startswith("مع توقعات بارتفاع درجات الحرارة إلى ما فوق الأربعين")
    assert body.endswith("الذين يعيشون بمفردهم مرة يومياً على الأقل.") and body.count("\n\n") == 3
    assert "اقرأ أيضاً" not in body

    # page 3: edited two days later, lead as advanced heading <p>, bold, inline link, newsletter
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "4 مارس، 2025"
    assert truth["published"] == "2025-03-04" and truth["author"] == "د. سامر الحوراني"
    for mark in ('<time class="entry-date published" datetime="2025-03-04T16:45:00+03:00">4 مارس، '
                 '2025</time><time class="updated" datetime="2025-03-06T17:55:00+03:00">6 مارس، '
                 "2025</time>", '<p class="kt-adv-heading4515_a39f0d-21 wp-block-kadence-'
                 'advancedheading" data-kb-block="kb-adv-heading4515_a39f0d-21">أظهرت دراسة',
                 "<strong>6 ملم زئبق</strong>",
                 'rel="noreferrer noopener">منظمة الصحة العالمية</a>',
                 "wp-block-kadence-advancedbtn", '<h2 class="comments-title">تعليق واحد</h2>',
                 "&copy; 2025 نبض العافية"):
        assert mark in html, mark
    assert '<div class="nav-next">' not in html and "wp-block-image" not in html
    assert CHROME | {"4 مارس، 2025", "6 مارس، 2025", "د. سامر الحوراني", "1 تعليق",
                     "تعليق واحد", "اشترك في نشرتنا الصحية", "اشترك", "محمود ع. قال:",
                     "5 مارس، 2025 في 5:45 م", "البوتاسيوم وضغط الدم: ما العلاقة؟"} <= chrome
    body = truth["body"]
    assert body.startswith("أظهرت دراسة أجراها فريق من قسم الباطنية في مستشفى جامعي بعمّان")
    assert body.endswith("حتى اعتاد المستهلكون الطعم الجديد.") and body.count("\n\n") == 4
    assert "اشترك" not in body and "**" not in body
