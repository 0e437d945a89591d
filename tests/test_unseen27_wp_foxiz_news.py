"""Traits of the wp_foxiz_news family (unseen27): a Saudi regional news site on WordPress with
the Foxiz theme by Theme-Ruby: Rank Math head (+03:00 times), the breaking-news bar, the Foxiz
navbar, `single-header` with breadcrumb, `p-categories`, `h1.s-title` and `smeta-in` meta
(`meta-author`, `meta-date`), the sticky left share list, `entry-content rbct` (a table of
contents, an inline related box and an ad on some pages), the `efoot` tag bar, the bottom share
bar, comments on one page, the "Related News" block, the sidebar and the footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_foxiz_news"
HOST = "https://foxiz-akhbar.example"
COMMON = ('<html dir="rtl" lang="ar">',
          "<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="rank-math-schema">',
          "wp-content/themes/foxiz/assets/css/main.css?ver=", "id='foxiz-style-inline-css'",
          "is-standard-1", '<div class="site-outer">',
          'class="block-wrap block-breaking-news rb-section', "breaking-news-title",
          '<span class="breaking-news-heading">', "<span>عاجل</span>",
          'class="header-wrap rb-section header-set-1', 'class="main-menu rb-menu large-menu"',
          '<div class="single-standard-1 is-sidebar-left sticky-sidebar',
          '<header class="single-header">', "breadcrumb-wrap breadcrumb-navxt s-breadcrumb",
          '<div class="p-categories"><a class="p-category category-id-',
          '<h1 class="s-title fw-headline">', '<div class="smeta-in">',
          '<div class="meta-el meta-author">\n\t\t\t\t<span class="meta-label">بواسطة</span>',
          '<div class="meta-el meta-date">\n\t\t<time class="date published" datetime="',
          '<div class="t-shared-sec tooltips-n has-read-meta is-color">',
          '<div class="s-ct-wrap has-lsl">', '<div class="l-shared-sec-outer show-mobile">',
          '<div class="entry-content rbct clearfix is-highlight-shares" itemprop="articleBody">',
          '<div class="efoot"><div class="efoot-bar tag-bar">',
          '<div class="e-shared-sec entry-sec">',
          '<span class="share-label">واتساب</span>', '<div class="sidebar-wrap single-sidebar">',
          "<span>الأكثر قراءة</span>", '<div class="related-sec related-6">',
          '<h4 class="heading-title none-toc"><span>Related News</span></h4>',
          '<footer class="footer-wrap rb-section left-dot">', "var foxizParams = ")
CHROME = {"الرئيسية", "محليات", "اقتصاد", "رياضة", "تعليم", "منوعات", "مقالات", "فيديو",
          "ابحث", "الوضع الليلي", "عاجل", "مشاركة", "شارك هذا المقال", "الوسوم:",
          "Related News", "الأكثر قراءة", "بواسطة", "الواحة نيوز", "فيسبوك", "إكس", "واتساب",
          "تيليجرام", "نسخ الرابط", "النشرة البريدية", "اشترك", "من نحن", "اتصل بنا",
          "سياسة الخصوصية", "أخبار الأحساء والمنطقة الشرقية على مدار الساعة",
          "الدفاع المدني يدعو إلى الحذر من السيول في المنطقة الشرقية",
          "صحيفة إلكترونية سعودية تغطي أخبار الأحساء والمنطقة الشرقية."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen27_traits_wp_foxiz_news() -> None:
    # page 1: captioned featured image, bold and inline link in the text, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "18 مارس 2024"
    assert truth["published"] == "2024-03-18" and truth["author"] == "سلمان العيسى"
    for mark in ('<meta property="article:published_time" content="2024-03-18T09:20:00+03:00" />',
                 '<time class="date published" datetime="2024-03-18T09:20:00+03:00">نُشر: 18 مارس '
                 "2024</time>", f'<a href="{HOST}/author/salman/">سلمان العيسى</a>',
                 '<div class="feat-caption meta-text"><span class="caption-text meta-bold">',
                 "<strong>أكثر من 1800 شجرة</strong>", '" target="_blank" rel="noopener">هيئة '
                 "التراث</a>", '<div class="comment-box-wrap entry-sec">',
                 '<b class="fn">أبو فهد</b> <span class="says">يقول:</span>'):
        assert mark in html, mark
    for absent in ("ruby-table-contents", "related-sec related-5", "smeta-bottom",
                   "inline-single-ad"):
        assert absent not in html, absent
    assert CHROME | {"نُشر: 18 مارس 2024", "سلمان العيسى",
                     "جانب من الممشى الجديد المحاذي لقناة الري شمال الهفوف", "تصوير: الواحة نيوز",
                     "الوسوم: أمانة الأحساء, الممشى, جودة الحياة", "2 تعليقات", "يقول:",
                     "18 مارس 2024 في 11:05 ص", "بلدية العيون تبدأ تشجير المداخل الرئيسية للمدينة",
                     "© 2024 الواحة نيوز. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت أمانة الأحساء أمس الأحد ممشى جديدا")
    assert body.endswith("ومزارع النخيل التي كانت ترويها.") and body.count("\n\n") == 4
    assert "تصوير" not in body and "يقول" not in body

    # page 2: staff post at 00:35 local (21:35 UTC the day before), updated line, inline related
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "5 أغسطس 2024"
    assert truth["published"] == "2024-08-05" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-05T00:35:00+03:00" />',
                 '<time class="updated-date" datetime="2024-08-05T02:10:00+03:00">آخر تحديث: '
                 "2024/08/05 at 2:10 ص</time>", f'<a href="{HOST}/author/editor/">فريق التحرير</a>',
                 '<div class="related-sec related-5">', "<span>اقرأ أيضا</span>"):
        assert mark in html, mark
    for absent in ('<div class="s-feat-outer">', "comment-box-wrap", "ruby-table-contents"):
        assert absent not in html, absent
    assert html.index("مشيرة إلى أن فرقها ستعمل على مدار الساعة") < html.index("related-sec "
                                                                              "related-5") \
        < html.index("<p>ودعت الشركة السكان")
    assert CHROME | {"نُشر: 5 أغسطس 2024", "فريق التحرير", "آخر تحديث: 2024/08/05 at 2:10 ص",
                     "اقرأ أيضا", "مواعيد جديدة لجمع النفايات في أحياء الهفوف",
                     "الوسوم: المياه, الهفوف, خدمات"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت شركة المياه الوطنية انقطاع المياه")
    assert body.endswith("منخفضا في الطوابق العليا مساء.") and body.count("\n\n") == 3
    assert "اقرأ أيضا" not in body

    # page 3: uncaptioned image, table of contents over two h2 subheadings, inline ad
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "27 يناير 2025"
    assert truth["published"] == "2025-01-27" and truth["author"] == "نورة البراهيم"
    for mark in ('<div class="ruby-table-contents rbtoc table-fw no-numlist">'
                 '<div class="toc-header"><i class="rbi rbi-read"></i>'
                 '<span class="h3">المحتويات</span>',
                 '<a class="table-link anchor-link h5" data-index="rb-heading-index-0"',
                 '<h2 id="شراكة-مع-المزارعين" class="wp-block-heading rb-heading-index-1">',
                 '<div class="inline-single-ad ad-wrap"><span class="ad-description is-meta">- '
                 "إعلان -</span>", '<div class="s-feat-outer">', "©"):
        assert mark in html, mark
    assert "feat-caption" not in html and "comment-box-wrap" not in html
    assert CHROME | {"نُشر: 27 يناير 2025", "نورة البراهيم", "المحتويات", "- إعلان -",
                     "الوسوم: جامعة الملك فيصل, النخيل, الزراعة",
                     "© 2025 الواحة نيوز. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت جامعة الملك فيصل في الأحساء اليوم الاثنين")
    assert body.endswith("في قائمة التراث العالمي.") and body.count("\n\n") == 7
    assert "\n\nما الأصناف المستهدفة؟\n\n" in body and "\n\nشراكة مع المزارعين\n\n" in body
    assert "إعلان" not in body and "المحتويات" not in body
