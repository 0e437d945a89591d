"""Traits of the wp_publisher_news family (unseen22): a Yemeni news site on WordPress with
BetterStudio's Publisher theme and Yoast SEO: Yoast head (UTC `+00:00` times, schema graph),
the topbar date of the fetch day, header style 2 with the main menu, the Better Framework
breadcrumb ending in the post title, `post-tp-1-header` with term badges and the post meta
("بواسطة", "نشر في" in 'M j, Y'), share bars, the inline related posts `bs-irp` injected into
`entry-content`, tags, author box, the "قد يعجبك ايضا" related tabs, comments, sidebar widgets
and the copy footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_publisher_news"
HOST = "https://publisher-news-ye.example"
COMMON = ('<html dir="rtl" lang="ar"> <!--<![endif]-->',
          "<!-- This site is optimized with the Yoast SEO plugin v22.4",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/publisher/rtl.min.css?ver=7.11.0", "wp-content/bs-booster-cache/",
          "bs-theme bs-publisher bs-publisher-pure-magazine",
          '<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope"',
          '<li id="topbar-date" class="menu-item menu-item-date">',
          '<span class="site-title">نافذة سبأ - موقع إخباري يمني شامل</span>',
          '<ul id="main-navigation" class="main-menu menu bsm-pure clearfix">',
          '<div class="rh-header clearfix light deferred-block-exclude">',
          '<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix '
          'bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb'
          '-items" itemscope itemtype="http://schema.org/BreadcrumbList">',
          'class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">',
          '<div class="single-container">\n\t\t<article id="post-',
          '<div class="post-header post-tp-1-header">',
          '<h1 class="single-post-title">\n\t\t\t\t\t\t'
          '<span class="post-title" itemprop="headline">',
          '<div class="term-badges "><span '
          'class="term-badge term-', '<div class="post-meta single-post-meta">',
          'class="post-author-a post-author-avatar">', '<span class="post-author-name">بواسطة <b>',
          '<div class="single-featured">',
          "post-share single-post-share top-share clearfix style-1",
          '<b class="text">شارك</b>', '<div class="entry-content clearfix single-post-content">',
          '<div class="entry-terms post-tags clearfix style-1">',
          "post-share single-post-share bottom-share clearfix style-1",
          '<span class="item-title">واتساب</span>', '<section class="post-author clearfix">',
          '<div class="post-related">', 'class="h-text related-posts-heading">قد يعجبك ايضا</span>',
          "listing-item listing-item-thumbnail listing-item-tb-2", "</div >",
          '<div class="term-badges floated">', 'class="btn-bs-pagination next"',
          'class="comments-template">', '<div id="respond" class="comment-respond">',
          'class=" h-ni w-t primary-sidebar-widget widget widget_bs-thumbnail-listing-1">',
          "widget_better-social-counter",
          '<footer id="site-footer" class="site-footer full-width">',
          'Website Design: <a href="http://betterstudio.com/">BetterStudio</a>',
          '<span class="back-top"><i class="fa fa-arrow-up"></i></span>')
CHROME = {"من نحن", "أعلن معنا", "اتصل بنا", "سياسة الخصوصية", "نافذة سبأ - موقع إخباري يمني شامل",
          "الرئيسية", "محليات", "مال وأعمال", "رياضة", "تقارير", "صحة", "منوعات", "كتابات", "شارك",
          "فيسبوك", "واتساب", "قد يعجبك ايضا", "المزيد من الكاتب", "السابق", "التالي",
          "الأكثر قراءة", "تابعونا", "215K معجب", "اترك رداً", "إلغاء الرد",
          "لن يتم نشر عنوان بريدك الإلكتروني.", "هيئة التحرير", "Website Design: BetterStudio"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen22_traits_wp_publisher_news() -> None:
    # page 1: named writer, captioned featured image, bold figure, h3 subheading, bs-irp
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "أبريل 18, 2024"
    assert truth["published"] == "2024-04-18" and truth["author"] == "وضاح باعبود"
    for mark in ("<title>بدء التشغيل التجريبي لمحطة تحلية مياه البحر في المكلا بطاقة 10 آلاف متر "
                 "مكعب يوميا - نافذة سبأ</title>",
                 '<meta property="article:published_time" content="2024-04-18T07:25:00+00:00" />',
                 '"datePublished":"2024-04-18T07:25:00+00:00"',
                 '<time class="post-published updated" datetime="2024-04-18T10:25:00+03:00">نشر في '
                 "<b>أبريل 18, 2024</b></time>", 'class="topbar-date">الأحد, أبريل 21, 2024</span>',
                 "has-post-thumbnail  category-local single-post-content has-thumbnail",
                 '<figcaption class="wp-caption-text">جانب من محطة التحلية الجديدة في منطقة خلف '
                 "شرقي المكلا</figcaption>", "<strong>12 مليون دولار</strong>",
                 "<h3>انقطاعات متكررة وصهاريج مكلفة</h3>",
                 '<div class="bs-irp right bs-irp-thumbnail-1-full">',
                 '<span class="h-text heading-typo">اقرأ أيضاً</span>',
                 'class="h-text">2 تعليقات</span>', "منذ يومان", "© 2024 - نافذة سبأ."):
        assert mark in html, mark
    assert html.index("طولها 14 كيلومترا") < html.index('<div class="bs-irp') \
        < html.index("<p>وأوضح أن المشروع")
    assert "article:modified_time" not in html and "آخر تحديث" not in html
    assert CHROME | {"نشر في أبريل 18, 2024", "بواسطة وضاح باعبود", "وضاح باعبود",
                     "الأحد, أبريل 21, 2024",
                     "جانب من محطة التحلية الجديدة في منطقة خلف شرقي المكلا",
                     "اقرأ أيضاً", "مؤسسة المياه تعلن جدولا جديدا لتوزيع الحصص على أحياء المكلا",
                     "مياه الشرب", "محافظة حضرموت", "412 مقالات", "2 تعليقات",
                     "أبو عمر الكثيري يقول", "منذ 3 أيام", "منذ يومان", "أضف رداً",
                     "صيادو المكلا يطالبون بإنشاء سوق مركزي للأسماك", "أبريل 17, 2024",
                     "© 2024 - نافذة سبأ. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت المؤسسة المحلية للمياه والصرف الصحي في ساحل حضرموت")
    assert body.endswith("عن أي تسربات في الشبكة الجديدة خلال فترة التجربة.")
    assert body.count("\n\n") == 6 and "\n\nانقطاعات متكررة وصهاريج مكلفة\n\n" in body
    assert "اقرأ أيضاً" not in body and "بواسطة" not in body

    # page 2: posted at 01:30 Aden time: Yoast's UTC instant is 5 August; site account byline
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "أغسطس 6, 2024"
    assert truth["published"] == "2024-08-06" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-05T22:30:00+00:00" />',
                 '"datePublished":"2024-08-05T22:30:00+00:00"',
                 'datetime="2024-08-06T01:30:00+03:00">نشر في <b>أغسطس 6, 2024</b></time>',
                 '<span class="post-author-name">بواسطة <b>فريق التحرير</b></span>',
                 'class="topbar-date">الجمعة, أغسطس 9, 2024</span>',
                 '<div class="single-featured">\n\t\t\t\t\t</div>', '<b class="number">0</b>'):
        assert mark in html, mark
    for absent in ("<figure>", "bs-irp", 'id="comments"', "article:modified_time",
                   "og:image", "<iframe"):
        assert absent not in html, absent
    assert CHROME | {"نشر في أغسطس 6, 2024", "بواسطة فريق التحرير", "فريق التحرير",
                     "الكرة اليمنية", "بطولات إقليمية", "الجمعة, أغسطس 9, 2024",
                     "نادي التلال يتعاقد مع مدرب مصري للموسم الجديد", "أغسطس 5, 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("تأهل منتخبنا الوطني للناشئين إلى المباراة النهائية")
    assert body.endswith("التي ساندت المنتخب بقوة منذ انطلاق البطولة.") and body.count("\n\n") == 3

    # page 3: edited the next day (two dates), uncaptioned image, inline link, YouTube embed
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "يناير 21, 2025"
    assert truth["published"] == "2025-01-21" and truth["author"] == "سماح الشرعبي"
    for mark in ('<meta property="article:published_time" content="2025-01-21T13:40:00+00:00" />',
                 '<meta property="article:modified_time" content="2025-01-22T06:15:00+00:00" />',
                 'datetime="2025-01-21T16:40:00+03:00">نشر في <b>يناير 21, 2025</b></time>',
                 'datetime="2025-01-22T09:15:00+03:00">آخر تحديث <b>يناير 22, 2025</b></time>',
                 '<a class="post-thumbnail open-lightbox" href="' + HOST + "/wp-content/uploads/"
                 "2025/01/ibb-coffee-festival.jpg", '<a href="' + HOST + '/tag/coffee-producers-'
                 'association/">الجمعية اليمنية لمنتجي البن</a>', "youtube.com/embed/q7RzB4kLx2M",
                 'class="h-text">تعليق واحد</span>', "© 2025 - نافذة سبأ."):
        assert mark in html, mark
    assert "<figure>" not in html and "wp-caption-text" not in html
    assert html.index('<div class="bs-irp') < html.index("<p>وقال رئيس <a href=") \
        < html.index("<iframe") < html.index("<p>وأضاف أن صادرات")
    assert CHROME | {"نشر في يناير 21, 2025", "آخر تحديث يناير 22, 2025", "بواسطة سماح الشرعبي",
                     "زراعة البن", "الأحد, يناير 26, 2025", "تعليق واحد", "عادل اليريمي يقول",
                     "منذ 5 أيام", "أسعار البن الخولاني ترتفع في أسواق صنعاء مع بداية الموسم",
                     "157 مقالات", "يناير 20, 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("انطلقت في مدينة إب، اليوم الثلاثاء، فعاليات الدورة الخامسة")
    assert body.endswith("إطلاق مبادرات لتوزيع شتلات مجانية على المزارعين.")
    assert body.count("\n\n") == 4 and "شارك" not in body and "آخر تحديث" not in body
