"""Traits of the wp_colormag_news family (unseen23): an Algerian local news site from Sétif on
WordPress with ThemeGrill's ColorMag theme and Rank Math SEO: the Rank Math head (+01:00 times,
rank-math-schema graph), the ColorMag top bar with today's date and the "آخر الأخبار:" ticker,
`cm-entry-header-meta`/`cm-post-categories`, `h1.cm-entry-title`, `cm-below-entry-meta` with
`cm-post-date`, `cm-author`, comments link and tags, `cm-entry-summary`, prev/next links, the
author box, related posts, ColorMag comments, the sidebar widgets and the ColorMag footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_colormag_news"
HOST = "https://colormag-news-dz.example"
COMMON = ('<!doctype html>\n<html dir="rtl" lang="ar">',
          "<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="rank-math-schema">',
          "<!-- /Rank Math WordPress SEO plugin -->",
          "wp-content/themes/colormag/style-rtl.min.css?ver=3.1.6",
          '<div id="page" class="hfeed site">',
          '<header id="cm-masthead" class="cm-header cm-layout-1', '<div class="cm-top-bar">',
          '<div class="date-in-header">', '<div class="breaking-news">',
          '<strong class="breaking-news-latest">آخر الأخبار:</strong>', '<ul class="newsticker">',
          '<div id="cm-site-branding" class="cm-site-branding">', '<h3 class="cm-site-title">',
          '<nav id="cm-primary-nav" class="cm-primary-nav">',
          'class="breadcrumb-trail breadcrumbs"', '<div id="cm-primary" class="cm-primary">',
          '<div class="cm-posts" class="clearfix">',
          '<div class="cm-entry-header-meta"><div class="cm-post-categories">',
          '<header class="cm-entry-header">\n\t\t\t\t<h1 class="cm-entry-title">',
          '<div class="cm-below-entry-meta cm-separator-default "><span class="cm-post-date">',
          '<svg class="cm-icon coloramg-icon--calendar-fill"', '<span class="cm-author cm-vcard">',
          '<span class="cm-tag-links">', '<div class="cm-entry-summary">',
          '<ul class="default-wp-page">', '<div class="related-posts-wrapper">',
          '<span>قد يعجبك أيضاً</span>', '<div id="cm-secondary" class="cm-secondary">',
          'class="widget widget_featured_posts widget_featured_posts_vertical '
          'widget_featured_meta"', 'class="widget widget_300x250_advertisement"',
          '<footer id="cm-footer" class="cm-footer ">',
          '<div class="cm-footer-bar cm-footer-bar-style-1">',
          "جميع الحقوق محفوظة.<br>القالب: <a href=\"https://themegrill.com/themes/colormag\"",
          '<a href="#cm-masthead" id="scroll-up">')
CHROME = {"آخر الأخبار:", "صدى الهضاب", "جريدة إلكترونية محلية تصدر من سطيف", "أخبار سطيف",
          "برج بوعريريج", "مجتمع", "رياضة", "ثقافة", "السابق", "التالي", "قد يعجبك أيضاً",
          "الأكثر قراءة", "إعلان", "أقسام", "عن الموقع", "تواصل معنا", "من نحن", "اتصل بنا",
          "أعلن معنا", "سياسة الخصوصية", "تجاوز إلى المحتوى",
          "القالب: ColorMag بواسطة ThemeGrill. مدعوم بواسطة WordPress."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen23_traits_wp_colormag_news() -> None:
    # page 1: featured image, captioned image and "اقرأ أيضا" inside the content, author box,
    # three comments with the author's nested reply
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "5 مارس 2024"
    assert truth["published"] == "2024-03-05" and truth["author"] == "كريمة بن عمار"
    for mark in ("<title>انطلاق أشغال ربط 14 قرية بشبكة الغاز الطبيعي في بلدية عين ولمان جنوب "
                 "سطيف - صدى الهضاب</title>",
                 '<meta property="article:published_time" content="2024-03-05T09:40:00+01:00" />',
                 '"datePublished":"2024-03-05T09:40:00+01:00"',
                 '<time class="entry-date published updated" datetime="2024-03-05T09:40:00+01:00">'
                 "5 مارس 2024</time>", '<div class="cm-featured-image">',
                 '<figcaption class="wp-element-caption">', "<p><strong>اقرأ أيضا: </strong><a",
                 '<span class="cm-comments-link">', '<div class="author-box">',
                 '<ul class="children">',
                 '<div class="comment-date-time"><i class="fa fa-calendar-o"></i>'
                 "5 مارس 2024 في 12:10 م</div>", "Permalink</a>", '<div id="respond"'):
        assert mark in html, mark
    assert html.index("<p>انطلقت أمس الاثنين") < html.index("wp-element-caption") \
        < html.index("<p>وأوضح مدير الطاقة")
    assert CHROME | {"الأربعاء, مارس 6, 2024", "5 مارس 2024", "كريمة بن عمار", "الرئيسية",
                     "اقتصاد", "الغاز الطبيعي، عين ولمان، التنمية المحلية", "3 تعليقات",
                     "مدخل قرية أولاد صابر حيث انطلقت أولى عمليات الحفر - تصوير: صدى الهضاب",
                     "اقرأ أيضا:", "عين ولمان: مشروع لتزويد المنطقة الصناعية بالكهرباء قبل "
                     "نهاية السنة", "صحفية مختصة في قضايا التنمية المحلية والبلديات الريفية "
                     "بجنوب ولاية سطيف.", "تسليم 320 وحدة سكنية ريفية لمستفيديها في بلدية قجال",
                     "Permalink", "كاتب المقال", "5 مارس 2024 في 12:10 م", "رد", "اترك تعليقاً",
                     "حقوق الطبع والنشر © 2024 صدى الهضاب. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("انطلقت أمس الاثنين أشغال مشروع ربط 14 قرية ومشتة")
    assert body.endswith("يتركز أغلبها في المناطق الجبلية ذات التضاريس الصعبة.")
    assert body.count("\n\n") == 4 and "تصوير" not in body and "اقرأ أيضا" not in body

    # page 2: staff post under "التحرير" at 00:25 +01:00, no image, link, bold, YouTube embed,
    # comments closed
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "14 أغسطس 2024"
    assert truth["published"] == "2024-08-14" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-14T00:25:00+01:00" />',
                 'datetime="2024-08-14T00:25:00+01:00">14 أغسطس 2024</time>',
                 f'href="{HOST}/author/redaction/"', "<strong>حي 500 مسكن وحي الهضاب وحي بيزار"
                 "</strong>", '<a href="https://www.facebook.com/ade.setif.example" target="_blank"'
                 ' rel="noreferrer noopener">الجزائرية للمياه</a>', "wp-block-embed-youtube",
                 "youtube.com/embed/q7Lm2XvB0aE"):
        assert mark in html, mark
    for absent in ('<div class="cm-featured-image">', '<div class="author-box">',
                   'id="comments"', "cm-comments-link", "og:image"):
        assert absent not in html, absent
    assert CHROME | {"الخميس, أغسطس 15, 2024", "14 أغسطس 2024", "التحرير", "الرئيسية",
                     "مياه الشرب، العلمة، الجزائرية للمياه",
                     "الجزائرية للمياه تطلق رقما أخضر للتبليغ عن التسربات"} <= chrome
    body = truth["body"]
    assert body.startswith("تشهد عدة أحياء بمدينة العلمة، شرق ولاية سطيف")
    assert body.endswith("بدل الاكتفاء بالإصلاحات الظرفية.") and body.count("\n\n") == 3

    # page 3: winter story, featured image without caption, h3 subheading in the story, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 يناير 2025"
    assert truth["published"] == "2025-01-19" and truth["author"] == "سفيان بوزيد"
    for mark in ('<meta property="article:published_time" content="2025-01-19T16:10:00+01:00" />',
                 'datetime="2025-01-19T16:10:00+01:00">19 يناير 2025</time>',
                 '<div class="cm-featured-image">',
                 '<h3 class="wp-block-heading">مشاريع في الفلاحة الذكية والطاقة</h3>',
                 "تعليق واحد على &ldquo;<span>", "&copy; 2025 <a href="):
        assert mark in html, mark
    assert "wp-element-caption" not in html and '<div class="author-box">' not in html
    assert CHROME | {"الثلاثاء, يناير 21, 2025", "19 يناير 2025", "سفيان بوزيد", "اقتصاد",
                     "تعليق واحد", "ياسين ب.", "19 يناير 2025 في 9:10 م", "Permalink", "رد",
                     "مبادرة رائعة، هل التسجيل مفتوح لطلبة الماستر فقط؟",
                     "حقوق الطبع والنشر © 2025 صدى الهضاب. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("دشنت جامعة فرحات عباس سطيف 1 أمس السبت حاضنة أعمال جديدة")
    assert body.endswith("أو براءة اختراع بدل المذكرة التقليدية.") and body.count("\n\n") == 7
    assert "\n\nمشاريع في الفلاحة الذكية والطاقة\n\n" in body
