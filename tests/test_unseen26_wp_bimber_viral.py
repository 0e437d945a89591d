"""Traits of the wp_bimber_viral family (unseen26): an Egyptian viral/entertainment site on
WordPress with the Bimber theme (classic single with sidebar): Yoast head in UTC, g1-row /
g1-column layout, g1-breadcrumbs, entry-header with the g1-mega title, entry-byline and
time.entry-date in Cairo time, trending/hot flags, MashShare bars, What's Your Reaction box,
g1-newsletter, g1-nav-single, g1-related-entries collection, g1-comments, sidebar and footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_bimber_viral"
HOST = "https://bimber-masr.example"
COMMON = ('<html class="no-js" dir="rtl" lang="ar">',
          "<!-- This site is optimized with the Yoast SEO plugin v21.7",
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/bimber/css/9.2.5/styles/original-2018/all-light-rtl.min.css",
          '<div class="g1-body-inner">', '<div class="g1-header g1-row g1-row-layout-page">',
          '<nav id="g1-primary-nav" class="g1-primary-nav">',
          '<div class="g1-row g1-row-padding-m g1-row-layout-page">',
          '<div class="g1-column g1-column-2of3" id="primary">',
          '<nav class="g1-breadcrumbs g1-breadcrumbs-with-ellipsis g1-meta">',
          '<header class="entry-header entry-header-01">',
          '<h1 class="g1-mega g1-mega-1st entry-title" itemprop="headline">',
          '<span class="entry-byline entry-byline-m entry-byline-with-avatar">',
          '<span class="entry-meta-label">بواسطة</span>', "mashsb-container mashsb-main",
          '<div class="g1-content-narrow g1-typography-xl entry-content" itemprop="articleBody">',
          '<aside class="wyr-reactions wyr-reactions-tpl-grid">',
          '<h2 class="g1-delta g1-delta-2nd"><span>ما هو رد فعلك؟</span></h2>',
          '<aside class="g1-box g1-newsletter g1-newsletter-horizontal">',
          '<nav class="g1-nav-single">', '<aside class="g1-related-entries">',
          '<div class="g1-collection ">', '<div id="respond" class="comment-respond">',
          '<div id="secondary" class="g1-sidebar g1-sidebar-padded g1-column g1-column-1of3">',
          '<div class="g1-footer g1-row g1-row-layout-page">', 'class="g1-back-to-top"')
CHROME = {"القائمة", "البحث عن:", "أنت هنا:", "الرئيسية", "بواسطة", "ما هو رد فعلك؟",
          "لا تفوّت أي ترند!", "الموضوع السابق", "الموضوع التالي", "قد يعجبك أيضاً",
          "اترك تعليقاً", "الأكثر رواجاً", "تابعنا", "العودة للأعلى", "من نحن", "أعلن معنا",
          "ترند فن ومشاهير سينما رياضة فيديو اختبارات"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen26_traits_wp_bimber_viral() -> None:
    # page 1: named writer, trending flag, captioned featured image, bold, "اقرأ أيضا" line
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس 2024, 9:40 م"
    assert truth["published"] == "2024-03-12" and truth["author"] == "منة الله عبد الحميد"
    for mark in ('<meta property="article:published_time" content="2024-03-12T19:40:00+00:00" />',
                 '<time class="entry-date" datetime="2024-03-12T21:40:00+02:00" '
                 'itemprop="datePublished">12 مارس 2024, 9:40 م</time>',
                 '<a class="entry-flag entry-flag-trending"', "<strong>سلمى رجب</strong>",
                 '<div class="g1-meta entry-media-credit">', "quads-location quads-ad2",
                 "<p><strong>اقرأ أيضا:</strong>", '<section id="comments" class="g1-comments',
                 "<span>تعليقان</span>"):
        assert mark in html, mark
    assert "wp-block-embed" not in html
    assert CHROME | {"12 مارس 2024, 9:40 م", "منة الله عبد الحميد", "في ترند", "رائج",
                     "ترند تيك توك التعليم أسيوط", "18.6k مشاهدة", "تعليقان",
                     "الطالبة سلمى رجب أثناء تصوير أحد مقاطعها في معمل مدرستها بأسيوط",
                     "اقرأ أيضا: مدرس رياضيات يشرح المعادلات على أنغام السمسمية في بورسعيد",
                     "2.3k مشاركة فيسبوك تغريدة واتساب", "120 أحببته", "أم يوسف",
                     "© 2024 لقطة مصرية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("تحولت سلمى رجب، الطالبة في الصف الثالث الثانوي بمدينة أسيوط")
    assert body.endswith("من طلاب يطلبون شرح دروس بعينها.") and body.count("\n\n") == 5
    assert "اقرأ أيضا" not in body and "بواسطة" not in body

    # page 2: staff post at 00:35 Cairo summer time: Yoast's UTC instant is 15 August
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "16 أغسطس 2024, 12:35 ص"
    assert truth["published"] == "2024-08-16" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-15T21:35:00+00:00" />',
                 'datetime="2024-08-16T00:35:00+03:00"', "entry-flag-hot",
                 f'<a href="{HOST}/trend/summer-corniche-arts/">مبادرة المحافظة',
                 '<div class="entry-featured-media entry-featured-media-main"',
                 "<span>تعليق واحد</span>"):
        assert mark in html, mark
    assert "entry-media-credit" not in html and "quads-ad2" not in html
    assert CHROME | {"فريق التحرير", "ساخن", "16 أغسطس 2024, 12:35 ص", "في فن ومشاهير",
                     "نور الإسكندراني", "أغنية عن المترو تتصدر التريند بعد ساعات من طرحها",
                     "© 2024 لقطة مصرية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("فاجأت فرقة موسيقية من طلاب جامعة الإسكندرية")
    assert body.endswith("في منطقة بحري بعد الإقبال الكبير.") and body.count("\n\n") == 3

    # page 3: winter (+02:00), no featured image, subheading and YouTube embed, no comments
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "7 يناير 2025, 2:15 م"
    assert truth["published"] == "2025-01-07" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-07T12:15:00+00:00" />',
                 '<meta property="article:modified_time" content="2025-01-07T13:02:00+00:00" />',
                 '<h2 class="wp-block-heading">ماذا قال صناع الفيلم؟</h2>',
                 "wp-block-embed-youtube", "youtube.com/embed/q7TmKx2Lr0A"):
        assert mark in html, mark
    assert "entry-featured-media-main" not in html and 'id="comments"' not in html
    assert CHROME | {"7 يناير 2025, 2:15 م", "لا توجد تعليقات", "في سينما", "7.9k مشاهدة",
                     "© 2025 لقطة مصرية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("تصدر الإعلان الترويجي لفيلم \"آخر مشوار\"")
    assert "\n\nماذا قال صناع الفيلم؟\n\n" in body and body.count("\n\n") == 5
    assert body.endswith("بالتزامن مع القاهرة والإسكندرية.")
