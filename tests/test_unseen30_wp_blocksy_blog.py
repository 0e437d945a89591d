"""Traits of the wp_blocksy_blog family (unseen30): an Amman culture and lifestyle magazine on
WordPress with the Blocksy theme and companion: Yoast head (UTC `+00:00` times), the header
builder rows (desktop and mobile copies, offcanvas and search modal), the `hero-section` with
`ct-breadcrumbs` and `entry-meta` (avatar, author, date in +03:00, category, comment count),
`ct-featured-image`, Gutenberg content, `entry-tags`, `ct-share-box`, `author-box`,
`post-navigation`, `ct-related-posts` ("مقالات ذات صلة"), `ct-comments` and the footer builder
widgets."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_blocksy_blog"
HOST = "https://blocksy-fann-hayat.example"
COMMON = ('<!doctype html>\n<html dir="rtl" lang="ar">',
          "<!-- This site is optimized with the Yoast SEO plugin v23.4",
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/blocksy/static/bundle/main-rtl.min.css?ver=2.0.46",
          "<style id='ct-main-styles-inline-css'>", 'data-prefix="single_blog_post"',
          'data-header="type-1:sticky" data-footer="type-1"',
          '<a class="skip-link screen-reader-text" href="#main">تخطي إلى المحتوى</a>',
          '<div class="ct-drawer-canvas" data-location="start">',
          '<div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side"',
          '<header id="header" class="ct-header" data-id="type-1" itemscope=""',
          '<div data-device="desktop" >', '<div data-device="mobile" >',
          '<div data-row="top" data-column-set="1">',
          '<div class="ct-header-text " data-id="text">',
          'class="header-menu-1 menu-container"', 'class="ct-menu-link" role="menuitem">',
          '<main id="main" class="site-main hfeed" >', 'data-content="narrow"',
          '<div class="hero-section is-width-constrained" data-type="type-1">',
          '<nav class="ct-breadcrumbs" data-source="default"',
          '<h1 class="page-title" title="', '<ul class="entry-meta" data-type="simple:slash" '
          'data-id="meta_1" ><li class="meta-author" itemprop="author"',
          'class="ct-media-container-static"><img', '<a class="ct-meta-element-author" href="',
          '<li class="meta-categories" data-type="simple">', '<li class="meta-comments">',
          '<div class="entry-content is-layout-constrained">',
          '<div class="entry-tags is-width-constrained "><span class="ct-module-title">'
          "الوسوم</span>",
          '<span>#</span> ', '<div class="ct-share-box is-width-constrained ct-hidden-sm" '
          'data-location="bottom" data-type="type-1" >', 'data-network="whatsapp"',
          '<span class="ct-module-title">شارك المقال</span>',
          '<nav class="post-navigation is-width-constrained " >',
          '<span>المقالة</span> السابقة', '<div class="ct-related-posts-container">',
          '<h3 class="ct-module-title">مقالات ذات صلة</h3>', 'class="related-entry-title"',
          '<div class="ct-comments-container"><div class="ct-container-narrow">',
          '<div id="respond" class="comment-respond">',
          'class="comment-form has-website-field has-labels-outside"',
          '<footer id="footer" class="ct-footer" data-id="type-1"',
          '<div data-column="widget-area-1"><div class="ct-widget is-layout-flow widget_block"',
          'widget_blocksy_ct_newsletter_subscribe', '<div\n\tclass="ct-footer-copyright"',
          'class="ct-back-to-top ct-hidden-sm"', 'id="ct-scripts-js"')
CHROME = {"تخطي إلى المحتوى", "مجلة الثقافة وأسلوب الحياة من عمّان", "فن وحياة", "الرئيسية",
          "ثقافة", "فنون", "سفر", "مطبخ", "موضة", "قراءات", "بحث", "القائمة", "الوسوم",
          "شارك المقال", "مقالات ذات صلة", "المقالة السابقة", "اترك تعليقاً", "إلغاء الرد",
          "لن يتم نشر عنوان بريدك الإلكتروني.", "الاسم *", "أضف تعليقاً *", "أرسل التعليق",
          "عن المجلة", "أحدث المقالات", "النشرة البريدية", "اشترك", "سياسة الخصوصية",
          "اتصل بنا", "أعلن معنا", "رسالة كل أحد بأجمل ما نشرناه خلال الأسبوع.",
          "سوق الحرفيين يعود إلى العبدلي كل سبت"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen30_traits_wp_blocksy_blog() -> None:
    # page 1: featured image with caption, bold words, a subheading, three comments (a reply)
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "18 أبريل، 2024"
    assert truth["published"] == "2024-04-18" and truth["author"] == "لينا الزعبي"
    for mark in ('<meta property="article:published_time" content="2024-04-18T07:30:00+00:00" />',
                 '<time class="ct-meta-element-date" datetime="2024-04-18T10:30:00+03:00">'
                 "18 أبريل، 2024</time>", '<figure class="ct-featured-image ">',
                 "<figcaption>سيدات يعملن على قطع مطرزة في المشغل بالسلط</figcaption>",
                 "<strong>ليس صناعة نسخ متحفية</strong>",
                 '<h2 class="wp-block-heading">من الجدات إلى الحفيدات</h2>',
                 '<div class="author-box is-width-constrained" data-type="type-2">',
                 '<h3 class="ct-comments-title">\n\t\t\t3 تعليقات', '<ol class="children">',
                 'class="comment bypostauthor depth-2"', '" class="nav-item-next">',
                 "حقوق النشر © 2024 فن وحياة"):
        assert mark in html, mark
    assert "wp-block-embed" not in html
    assert CHROME | {"لينا الزعبي", "18 أبريل، 2024", "3 تعليقات", "# تطريز", "# حرف يدوية",
                     "سيدات يعملن على قطع مطرزة في المشغل بالسلط", "المقالات: 64",
                     "المقالة التالية", "خمس أفكار لتنسيق شرفة صغيرة في الصيف",
                     "خمس قرى أردنية تستحق زيارة في الربيع", "9 أبريل، 2024", "4 تعليقات",
                     "ريم الخصاونة", "18 أبريل، 2024 / 1:45 م", "ردّ", "أبو فراس",
                     "نعم يا ريم، المشغل يستقبل الطلبات عبر صفحته ويشحن للخارج."} <= chrome
    body = truth["body"]
    assert body.startswith("في بيت حجري قديم على سفح جبل القلعة في السلط")
    assert body.endswith('"لا تعيش في الخزائن بل في أيدي البنات".')
    assert body.count("\n\n") == 6 and "\n\nمن الجدات إلى الحفيدات\n\n" in body

    # page 2: the desk's post at 00:50 Amman time: Yoast's UTC instant is the day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "9 أغسطس، 2024"
    assert truth["published"] == "2024-08-09" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-08T21:50:00+00:00" />',
                 '<time class="ct-meta-element-date" datetime="2024-08-09T00:50:00+03:00">'
                 "9 أغسطس، 2024</time>", '<span itemprop="name">هيئة التحرير</span>',
                 '<a href="https://www.instagram.com/jazz.aldaraj/" target="_blank" '
                 'rel="noreferrer noopener">صفحة المبادرة</a>',
                 '<li class="meta-comments"><a href="' f'{HOST}/2024/08/4290/#comments">'
                 "لا توجد تعليقات</a>"):
        assert mark in html, mark
    for absent in ('<figure class="ct-featured-image', '<div class="author-box',
                   '<h3 class="ct-comments-title">', "og:image", "<strong>"):
        assert absent not in html, absent
    assert CHROME | {"هيئة التحرير", "9 أغسطس، 2024", "لا توجد تعليقات", "# جبل اللويبدة",
                     "دليلك إلى مهرجانات الصيف في عمّان والعقبة", "31 يوليو، 2024"} <= chrome
    body = truth["body"]
    assert body.startswith('تعود أمسيات "جاز على الدرج" إلى جبل اللويبدة')
    assert body.endswith("لترميم الدرج الحجري وإنارته ليلا قبل بداية فصل الشتاء.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 130

    # page 3: winter post, featured image without caption, a YouTube embed with its caption
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "14 يناير، 2025"
    assert truth["published"] == "2025-01-14" and truth["author"] == "سامر الحوراني"
    for mark in ('<meta property="article:published_time" content="2025-01-14T14:20:00+00:00" />',
                 '<figure class="ct-featured-image "><div class="ct-media-container"><img',
                 "wp-block-embed-youtube", "youtube.com/embed/hQe7wLr2x8M",
                 '<figcaption class="wp-element-caption">مقطع من حفل إطلاق الكتاب في دارة '
                 "الفنون</figcaption>", '<div class="nav-item-next"></div>',
                 '<h3 class="ct-comments-title">\n\t\t\tتعليق واحد', "حقوق النشر © 2025"):
        assert mark in html, mark
    assert "<figcaption>" not in html and '<ol class="children">' not in html
    assert html.index("مطابخ المدن.</p>") < html.index("wp-block-embed") \
        < html.index("<p>ويضم الكتاب صورا")
    assert CHROME | {"سامر الحوراني", "14 يناير، 2025", "تعليق واحد", "# مطبخ أردني",
                     "مقطع من حفل إطلاق الكتاب في دارة الفنون", "المقالات: 37", "نور الشياب",
                     "14 يناير، 2025 / 10:30 م", "خبز الطابون يعود إلى أفران الأحياء الشعبية",
                     "أزياء الشتاء بخامات محلية من مشاغل الشمال"} <= chrome
    body = truth["body"]
    assert body.startswith("أصدرت الباحثة في التراث الغذائي هالة المومني")
    assert body.endswith("يرافقها عرض لطهي بعض الوصفات أمام الحضور.")
    assert body.count("\n\n") == 4 and "دارة الفنون" not in body
