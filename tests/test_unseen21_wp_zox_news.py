"""Traits of the wp_zox_news family (unseen21): a Libyan news site on WordPress with MVP Themes'
Zox News theme and Yoast SEO: Zox's own og tags before the Yoast block (UTC `+00:00` times),
the fly-out menu, the large nav with mega dropdowns, `mvp-post-main` with the author-info date
line ("نشرت منذ ... في" + `time.post-date` whose datetime is the bare day) and byline, the MVP
social bar, `mvp-content-main`, `mvp-post-tags`, prev/next, related posts, the comments button
and list, the Side Tabber and Flexible Posts widgets and the "Trending" block."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_zox_news"
HOST = "https://zox-news-ly.example"
COMMON = ('<!DOCTYPE html>\n<html dir="rtl" lang="ar">',
          '<link rel="pingback" href="' f'{HOST}/xmlrpc.php" />\n<meta property="og:type" '
          'content="article" />', "<!-- This site is optimized with the Yoast SEO plugin v22.4",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/zox-news/style.css?ver=6.4.3",
          "<style id='mvp-custom-style-inline-css' type='text/css'>",
          "wp-content/themes/zox-news/css/rtl.css", "css/media-queries-rtl.css",
          '<body class="rtl post-template-default single single-post postid-',
          '<div id="mvp-fly-wrap">', '<nav class="mvp-fly-nav-menu left relative">',
          '<span class="mvp-fly-soc-head">Connect with us</span>',
          '<div id="mvp-search-wrap">', '<header id="mvp-main-head-wrap" class="left relative">',
          '<div id="mvp-main-nav-top" class="left relative">',
          '<h2 class="mvp-logo-title">السرايا نيوز</h2>', '<div class="mvp-drop-nav-title left">',
          'class="mvp-mega-dropdown menu-item menu-item-type-taxonomy',
          '<ul class="mvp-mega-list"><li>',
          '<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle">',
          '<div id="mvp-post-main" class="left relative">', '<header id="mvp-post-head"',
          '<h1 class="mvp-post-title left entry-title" itemprop="headline">',
          '<div class="mvp-author-info-wrap left relative">',
          '<p>نشرت</p> <span class="mvp-post-date">',
          '<p>بواسطة</p> <span class="author-name vcard fn author" itemprop="name">',
          '<div class="mvp-post-soc-wrap left relative">', '<div id="mvp-soc-mob-wrap">',
          '<span class="mvp-soc-mob-fb">Share</span>',
          '<div id="mvp-content-main" class="left relative">',
          '<span class="mvp-post-tags-header">مواضيع ذات صلة:</span><span itemprop="keywords">'
          '<a href="', '<div id="mvp-prev-next-wrap" class="left relative">',
          '<span class="mvp-cont-read-but">متابعة القراءة</span>',
          '<span class="mvp-ad-label">إعلان</span>', '<div id="mvp-related-posts"',
          '<span class="mvp-widget-home-title">قد يعجبك أيضاً</span>',
          '<ul class="mvp-related-posts-list left related">',
          '<div id="mvp-comments-button" class="left relative mvp-com-click">',
          '<div id="comments" class="mvp-com-click-id-',
          '<h3 id="reply-title" class="comment-reply-title"><h4 class="mvp-widget-home-title">',
          '<div id="mvp-side-wrap" class="left relative theiaStickySidebar">',
          'class="mvp-side-widget mvp_tabber_widget">',
          '<span class="mvp-feat1-list-but">الأكثر رواجاً</span>',
          'class="mvp-side-widget mvp_flex_widget"><div class="mvp-widget-home-head">',
          '<div id="mvp-post-more-wrap" class="left relative">',
          '<footer id="mvp-foot-wrap" class="left relative">',
          '<div id="mvp-foot-copy" class="left relative">',
          '<div class="mvp-fly-top back-to-top">', "zox-news/js/scripts.js")
CHROME = {"Share", "Tweet", "Connect with us", "مواضيع ذات صلة:", "متابعة القراءة", "إعلان",
          "قد يعجبك أيضاً", "اترك تعليقاً", "إلغاء الرد", "الأحدث", "الأكثر رواجاً",
          "المزيد من الأخبار", "بواسطة", "نشرت", "السرايا نيوز", "مقالات الرأي", "من نحن",
          "سياسة الخصوصية", "أعلن معنا", "جميع الحقوق محفوظة © 2025 السرايا نيوز",
          "لن يتم نشر عنوان بريدك الإلكتروني.", "الحقول الإلزامية مشار إليها بـ *",
          "التعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني",
          "مالطا تستأنف إصدار التأشيرات للمواطنين الليبيين الأسبوع المقبل"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen21_traits_wp_zox_news() -> None:
    # page 1: staff reporter, featured image with the Zox caption span, bold + inline link,
    # three comments with a reply by the writer, next and previous posts
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس، 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "هدى الورفلي"
    for mark in ("<title>إعادة افتتاح سوق المشير في المدينة القديمة بطرابلس بعد ترميم استمر ثلاث "
                 "سنوات - السرايا نيوز</title>",
                 '<meta property="article:published_time" content="2024-03-12T08:40:00+00:00" />',
                 '<meta property="article:modified_time" content="2024-03-13T04:40:00+00:00" />',
                 '"datePublished":"2024-03-12T08:40:00+00:00"',
                 '<time class="post-date updated" itemprop="datePublished" datetime="2024-03-12">'
                 "12 مارس، 2024</time>", '<meta itemprop="dateModified" content="2024-03-13"/>',
                 f'<a href="{HOST}/author/huda-alwarfalli/" title="مقالات بواسطة هدى الورفلي" '
                 'rel="author">هدى الورفلي</a>',
                 '<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2"',
                 '<span class="mvp-feat-caption">واجهة سوق المشير بعد أعمال الترميم قرب ساحة '
                 "الشهداء – تصوير: السرايا نيوز</span>", "<strong>سوق المشير التاريخي</strong>",
                 ">جهاز إدارة المدينة القديمة</a>", '<ul class="children">',
                 "comment byuser bypostauthor odd alt depth-2",
                 '<cite class="fn">سالم الزنتاني</cite>',
                 '<div class="mvp-next-post-wrap right relative">',
                 '<div class="mvp-prev-post-wrap left relative">',
                 '<span class="mvp-comment-but-text">3 تعليقات</span>'):
        assert mark in html, mark
    assert "mvp-post-excerpt" not in html and "wp-block-embed" not in html
    assert CHROME | {"هدى الورفلي", "بواسطة هدى الورفلي", "منذ 3 أسابيع", "12 مارس، 2024",
                     "نشرت منذ 3 أسابيع في 12 مارس، 2024",
                     "واجهة سوق المشير بعد أعمال الترميم قرب ساحة الشهداء – تصوير: السرايا نيوز",
                     "محليات", "مدينة طرابلس القديمة", "الأسواق الشعبية", "التالي", "لا تفوتك",
                     "ترميم قلعة غدامس القديمة يدخل مرحلته الأخيرة", "3 تعليقات", "سالم الزنتاني",
                     "12 مارس، 2024 في 1:22 م", "13 مارس، 2024 في 9:47 ص", "رد",
                     "متحف السراي الحمراء يستقبل زواره مجددا بعد إغلاق طويل",
                     "أسعار الذهب في سوق المشير تسجل أعلى مستوى لها منذ عامين"} <= chrome
    body = truth["body"]
    assert body.startswith("أعيد صباح اليوم الثلاثاء افتتاح سوق المشير التاريخي")
    assert body.endswith("الذي أعيد إليه السوق بعد سنوات من الإهمال.") and body.count("\n\n") == 5
    assert "تصوير" not in body and "بواسطة" not in body

    # page 2: desk post at 00:50 Tripoli time: Yoast's UTC instant is 10 June, the page shows
    # 11 June; no featured image (default.svg in the hidden image meta), an h2 subheading
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "11 يونيو، 2024"
    assert truth["published"] == "2024-06-11" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-06-10T22:50:00+00:00" />',
                 '"datePublished":"2024-06-10T22:50:00+00:00"',
                 'itemprop="datePublished" datetime="2024-06-11">11 يونيو، 2024</time>',
                 '<div class="mvp-post-img-hide" itemprop="image"',
                 f'<meta itemprop="url" content="{HOST}/wp-includes/images/media/default.svg">',
                 '<h2 class="wp-block-heading">طوابير أمام الفروع</h2>',
                 '<a href="https://www.facebook.com/cbl.ly/posts/8841">بيان نشره على صفحته '
                 "الرسمية</a>", 'rel="author">فريق التحرير</a>',
                 '<span class="mvp-comment-but-text">تعليق واحد</span>'):
        assert mark in html, mark
    for absent in ('id="mvp-post-feat-img"', "mvp-feat-caption", "article:modified_time",
                   'property="og:image"', '<ul class="children">'):
        assert absent not in html, absent
    assert CHROME | {"فريق التحرير", "بواسطة فريق التحرير", "منذ 5 أشهر", "11 يونيو، 2024",
                     "نشرت منذ 5 أشهر في 11 يونيو، 2024", "اقتصاد", "أزمة السيولة",
                     "تعليق واحد", "عبدالرحمن", "11 يونيو، 2024 في 8:14 ص",
                     "ارتفاع أسعار الإسمنت في السوق المحلية"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأ مصرف ليبيا المركزي تحويل مرتبات شهر يونيو")
    assert body.endswith("تضاعفت خلال الأشهر الستة الماضية.") and body.count("\n\n") == 4
    assert "\n\nطوابير أمام الفروع\n\n" in body

    # page 3: wire-desk sports story, image without caption, excerpt under the title,
    # "اقرأ أيضاً" paragraph and a YouTube embed inside the content, no comments, no next post
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "14 يناير، 2025"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-14T16:05:00+00:00" />',
                 '<span class="mvp-post-excerpt left"><p>سبعون متسابقا من اثني عشر ناديا',
                 '<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2"',
                 "<strong>محمد الفيتوري</strong>", "<p><strong>اقرأ أيضاً:</strong> <a href=",
                 "wp-block-embed-youtube", "youtube.com/embed/Kq7bW3tZx1E",
                 '<figcaption class="wp-element-caption">لقطات من انطلاق المرحلة الأولى',
                 'rel="author">القسم الرياضي</a>',
                 '<span class="mvp-comment-but-text">انقر للتعليق</span>'):
        assert mark in html, mark
    for absent in ("mvp-feat-caption", '<ol class="commentlist">', "mvp-next-post-wrap"):
        assert absent not in html, absent
    assert CHROME | {"القسم الرياضي", "منذ 4 أيام", "14 يناير، 2025", "رياضة",
                     "سبعون متسابقا من اثني عشر ناديا يتنافسون على أربع مراحل حتى البيضاء",
                     "اقرأ أيضاً:", "اقرأ أيضاً: الاتحاد الليبي للدراجات يعلن مواعيد بطولة المضمار",
                     "لقطات من انطلاق المرحلة الأولى على كورنيش بنغازي", "انقر للتعليق",
                     "سباقات الطرق", "الأهلي طرابلس يستعيد صدارة الدوري بفوز صعب"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلقت اليوم الثلاثاء من كورنيش بنغازي المرحلة الأولى")
    assert body.endswith("بما يتيح مشاركة فرق من دول الجوار.") and body.count("\n\n") == 3
    assert "اقرأ أيضاً" not in body and "لقطات" not in body
