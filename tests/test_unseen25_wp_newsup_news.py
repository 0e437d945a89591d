"""Traits of the wp_newsup_news family (WordPress + Newsup theme, Iraqi daily)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_newsup_news"
HOST = "https://newsup-iraq.example"
COMMON = ('<html dir="rtl" lang="ar">', "Yoast SEO plugin v22.6",
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/newsup/style-rtl.css", '<header class="mg-headwidget">',
          '<div class="mg-head-detail hidden-xs">', '<span  id="time" class="time"></span>',
          '<ul id="menu-main" class="nav navbar-nav mr-auto sm-rtl">',
          '<section class="mg-latest-news-sec">', 'class="mg-latest-news-slider marquee"',
          '<div class="mg-blog-post-box">', '<div class="mg-header">',
          '<h1 class="title single">', '<div class="media mg-info-author-block">',
          '<h4 class="media-heading"><span>بواسطة</span><a href=',
          '<span class="mg-blog-date"><i class="fas fa-clock"></i>',
          '<span class="newsup-tags"><i class="fas fa-tags"></i>',
          '<article class="page-content-single small single">', '<div class="post-share">',
          '<nav class="navigation post-navigation"', '<div class="mg-featured-slider p-3 mb-4">',
          "<h4>مقالات ذات صلة</h4>", '<div id="comments" class="comments-area mg-card-box',
          '<div id="sidebar-right" class="mg-sidebar">',
          '<div class="mg-wid-title"><h6 class="wtitle">أحدث المقالات</h6></div>',
          "<h4>ربما فاتك</h4>", '<footer class="footer back-img" >',
          'rel="designer">Themeansar</a>')
CHROME = {"تخطي إلى المحتوى", "الرافدين اليوم", "صحيفة يومية عراقية مستقلة", "محليات",
          "المحافظات", "أخبار عاجلة", "بواسطة", "مقالات ذات صلة", "أحدث المقالات",
          "التصنيفات", "المحافظات (530)", "ربما فاتك", "اترك تعليقاً", "من نحن",
          "Proudly powered by WordPress", "Theme: Newsup by Themeansar.", "تصفح المقالات"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen25_traits_wp_newsup_news() -> None:
    # page 1: reporter, featured image with caption, bold words, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 مايو، 2024"
    assert truth["published"] == "2024-05-14" and truth["author"] == "حيدر عبد الأمير"
    for mark in ('<meta property="article:published_time" content="2024-05-14T07:20:00+00:00" />',
                 "single-featured-image wp-post-image",
                 '<span class="featured-image-caption">محطة التحلية الجديدة',
                 "<strong>ثمانية وثلاثين مليار دينار</strong>", '<p class="bs-author-desc">',
                 "2 تعليقات على “", '<b class="fn">أبو زهراء</b> <span class="says">قال:</span>'):
        assert mark in html, mark
    assert CHROME | {"ثلاثاء. مايو 21st, 2024", "14 مايو، 2024", "حيدر عبد الأمير",
                     "بواسطة حيدر عبد الأمير", "#البصرة, #المياه,#الخدمات البلدية",
                     "محطة التحلية الجديدة في قضاء أبي الخصيب جنوبي البصرة",
                     "أبو زهراء قال:", "رد",
                     "ارتفاع اللسان الملحي يهدد بساتين النخيل في الفاو"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت محافظة البصرة صباح اليوم الثلاثاء")
    assert body.endswith("ضمن أولويات الإنفاق في المحافظة.") and body.count("\n\n") == 5

    # page 2: 00:35 Baghdad time, UTC meta the day before; staff account; link; no image
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "7 أغسطس، 2024"
    assert truth["published"] == "2024-08-07" and truth["author"] is None
    assert '<meta property="article:published_time" content="2024-08-06T21:35:00+00:00" />' in html
    assert f'<a href="{HOST}/tag/border-ports/">هيئة المنافذ الحدودية</a>' in html
    for absent in ("single-featured-image", "comment-list", "bs-author-desc"):
        assert absent not in html, absent
    assert CHROME | {"7 أغسطس، 2024", "هيئة التحرير", "جمعة. أغسطس 9th, 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("قررت هيئة المنافذ الحدودية تمديد ساعات العمل")
    assert body.endswith("على الطريق المؤدي إليه.") and body.count("\n\n") == 3

    # page 3: image without caption, subheading, YouTube embed, one comment
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "20 يناير، 2025"
    assert truth["published"] == "2025-01-20" and truth["author"] == "زينب كاظم الموسوي"
    for mark in ("single-featured-image", '<h3 class="wp-block-heading">عروض في ثلاث قاعات</h3>',
                 "wp-block-embed-youtube", "youtube.com/embed/", "تعليق واحد على “"):
        assert mark in html, mark
    assert "featured-image-caption" not in html
    assert CHROME | {"20 يناير، 2025", "بواسطة زينب كاظم الموسوي", "علي الناصري قال:",
                     "#المسرح, #ذي قار,#الشباب"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلقت مساء اليوم الاثنين في مدينة الناصرية")
    assert body.endswith("بتخصيص منح سنوية للفرق الفائزة.") and body.count("\n\n") == 5
    assert "\n\nعروض في ثلاث قاعات\n\n" in body
