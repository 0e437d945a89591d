"""Traits of the unseen21 `wp_sahifa_news` family: an Egyptian portal on WordPress with
TieLabs' Sahifa 5 theme (post-inner, post-meta with tie-date / post-cats / post-comments /
post-views, share-post, post-tag, related_posts, the breaking-news ticker, the tabbed sidebar
widget), Yoast's UTC `article:published_time` beside Sahifa's own JSON-LD in Cairo time, the
crawl day in the top bar, an in-entry byline, an editor's "اقرأ أيضًا" line and a WhatsApp
promo inside `div.entry`."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_sahifa_news"
HOST = "https://sahifa-news-ar.example"
THEME = f"{HOST}/wp-content/themes/sahifa"
COMMON = ('<html dir="rtl" lang="ar" prefix="og: http://ogp.me/ns#">',
          "<!-- This site is optimized with the Yoast SEO plugin v22.3",
          '<script type="application/ld+json" class="yoast-schema-graph">',
          f"<link rel='stylesheet' id='tie-style-css' href='{THEME}/style.css?ver=6.4.3'",
          f'<link rel="stylesheet" href="{THEME}/rtl.css" type="text/css" media="screen" />',
          '<body id="top" class="rtl post-template-default single single-post postid-',
          '<div class="wrapper-outer">', '<aside id="slide-out">', '<div id="mobile-menu" ></div>',
          '<div id="wrapper" class="wide-layout">',
          '<header id="theme-header" class="theme-header">', '<div id="top-nav" class="top-nav">',
          '<span class="today-date">', '<nav id="main-nav" class="fixed-enabled">',
          '<div id="breaking-news" class="breaking-news">',
          '<span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>أخبار عاجلة</span>',
          "jQuery('#breaking-news ul').innerFade(", '<nav id="crumbs"><a href="'
          f'{HOST}/"><span class="fa fa-home" aria-hidden="true"></span> الرئيسية</a>'
          '<span class="delimiter">/</span>', '"@type":"BreadcrumbList","@id":"#Breadcrumb"',
          'id="the-post">', '<div class="post-inner">',
          '<h1 class="name post-title entry-title"><span itemprop="name">',
          '<p class="post-meta">\n\t<span class="post-meta-author"><i class="fa fa-user"></i>',
          '<span class="tie-date"><i class="fa fa-clock-o"></i>',
          '<span class="post-cats"><i class="fa fa-folder"></i>',
          '<span class="post-comments"><i class="fa fa-comments"></i>',
          '<span class="post-views"><i class="fa fa-eye"></i>', '<div class="entry">',
          "</div><!-- .entry /-->", '<div class="share-post">',
          '<span class="share-text">شاركها</span>', '<ul class="flat-social">',
          'class="social-facebook" rel="external" target="_blank"',
          '<script type="application/ld+json">{"@context":"http:\\/\\/schema.org",'
          '"@type":"NewsArticle"', '"articleBody":"', '<p class="post-tag">الوسوم <a href="',
          '<section id="author-box">', '<div class="post-navigation">',
          '<div class="post-previous"><a href="', '<section id="related_posts">',
          '<h3>مقالات مشابهة</h3><div class="stripe-line"></div>', '<div class="related-item">',
          '<div id="comments">', '<h3 id="reply-title" class="comment-reply-title">اضف رد ',
          '<aside id="sidebar">', '<div id="tabbed-widget" class="widget">',
          '<ul class="tabs posts-taps">', '<span class="post-views-widget">',
          '<div id="news-pic-widget-2" class="widget news-pic">', '<footer id="theme-footer">',
          '<div id="footer-widget-area" class="footer-3c">', '<div class="footer-bottom">',
          '<div id="topcontrol" class="fa fa-angle-up" title="إلى الأعلى"></div>',
          f'src="{THEME}/js/tie-scripts.js?ver=6.4.3"')
CHROME = {"الرئيسية", "أخبار مصر", "محافظات", "حوادث", "اقتصاد", "رياضة", "ثقافة وفنون",
          "عرب وعالم", "فيديو", "من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية",
          "بوابة الدلتا نيوز أخبار مصر والمحافظات لحظة بلحظة", "أخبار عاجلة", "شاركها",
          "Facebook", "Twitter", "Stumbleupon", "LinkedIn", "Pinterest", "مقالات مشابهة",
          "اضف رد", "إلغاء الرد", "لن يتم نشر البريد الإلكتروني . الحقول المطلوبة مشار لها بـ *",
          "التعليق", "الإسم *", "البريد *", "الأشهر", "الأخيرة", "تعليقات", "تابعنا على فيسبوك",
          "أخبار في صور", "أخر المقالات", "روابط مهمة", "هيئة التحرير",
          "Powered by WordPress | Theme by TieLabs",
          "بوابة إخبارية مصرية مستقلة تغطي أخبار محافظات الدلتا على مدار الساعة."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen21_traits_wp_sahifa_news() -> None:
    # page 1: reporter story with featured image + caption, in-entry byline, two comments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس 2024 | 1:40 م"
    assert truth["published"] == "2024-03-12" and truth["author"] == "هاني عبد الرحمن"
    for mark in ('<meta property="article:published_time" content="2024-03-12T11:40:00+00:00" />',
                 '"datePublished":"2024-03-12T13:40:00+02:00"',
                 '<span class="today-date">الخميس ,  14  مارس 2024</span>',
                 '<div class="single-post-thumb">', '<div class="single-post-caption">محافظ '
                 "الدقهلية يتفقد وحدات الترشيح بمحطة مياه ميت سلسيل الجديدة</div>",
                 'title="">هاني عبد الرحمن </a></span>',
                 '<span class="tie-date"><i class="fa fa-clock-o"></i>12 مارس 2024 | 1:40 م</span>',
                 "<p><strong>كتب - هاني عبد الرحمن</strong></p>",
                 "<strong>190 ألف نسمة</strong>", ">2 تعليقات</a></span>", "3,481 مشاهدة",
                 '<h3 id="comments-title">2 تعليقات </h3>', '<cite class="fn">أبو مازن</cite>',
                 "12 مارس 2024 في 4:10 م</a>", "<h3>عن هاني عبد الرحمن </h3>",
                 '<div class="post-next"><a href="', "© حقوق النشر 2024، جميع"):
        assert mark in html, mark
    assert "اقرأ أيضًا" not in html and "youtube.com/embed" not in html
    assert CHROME | {"الخميس , 14 مارس 2024", "كتب - هاني عبد الرحمن", "هاني عبد الرحمن",
                     "12 مارس 2024 | 1:40 م", "2 تعليقات", "3,481 مشاهدة",
                     "محافظ الدقهلية يتفقد وحدات الترشيح بمحطة مياه ميت سلسيل الجديدة",
                     "الوسوم الدقهلية مياه الشرب حياة كريمة", "عن هاني عبد الرحمن",
                     "رفع كفاءة 14 محطة صرف صحي في قرى مركز المنزلة", "أبو مازن",
                     "12 مارس 2024 في 4:10 م", "رد", "السابق افتتاح وحدة غسيل كلوي جديدة "
                     "بمستشفى أجا المركزي", "جامعة المنصورة تطلق قافلة طبية مجانية إلى قرى بلقاس",
                     "© حقوق النشر 2024، جميع الحقوق محفوظة لـ بوابة الدلتا نيوز"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح محافظ الدقهلية صباح اليوم الثلاثاء محطة مياه الشرب الجديدة")
    assert body.endswith("استكمال أعمال الصرف الصحي في القرى التي لم تدخلها الخدمة بعد.")
    assert body.count("\n\n") == 6 and "كتب" not in body and "مشاهدة" not in body

    # page 2: desk story at 00:35 Cairo summer time; Yoast's UTC instant is 10 July
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "11 يوليو 2024 | 12:35 ص"
    assert truth["published"] == "2024-07-11" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-07-10T21:35:00+00:00" />',
                 '"datePublished":"2024-07-10T21:35:00+00:00"',
                 '"datePublished":"2024-07-11T00:35:00+03:00"',
                 '<span class="today-date">الخميس ,  11  يوليو 2024</span>',
                 'title="">محرر البوابة </a></span>', ">اضف تعليق</a></span>",
                 '<li><a href="' f'{HOST}/archives/61000" title="إنقاذ 14 راكبا بعد سقوط ميكروباص',
                 f'أنقذت <a href="{HOST}/tag/%D8%A7%D9%84%D8%AD%D9%85%D8%A7%D9%8A%D8%A9-',
                 '<p><strong>اقرأ أيضًا: <a href="' f'{HOST}/archives/51794">ضبط سائق ميكروباص',
                 '<div class="post-next"></div>', "<h3>عن محرر البوابة </h3>"):
        assert mark in html, mark
    for absent in ("single-post-thumb", "og:image", 'id="comments-box"', "has-post-thumbnail"):
        assert absent not in html, absent
    assert CHROME | {"الخميس , 11 يوليو 2024", "محرر البوابة", "11 يوليو 2024 | 12:35 ص",
                     "اضف تعليق", "12,907 مشاهدة", "الوسوم حوادث الجيزة الحماية المدنية",
                     "اقرأ أيضًا: ضبط سائق ميكروباص يسير عكس الاتجاه في شارع فيصل",
                     "10 يوليو 2024 | 12:35 ص"} <= chrome
    body = truth["body"]
    assert body.startswith("أنقذت قوات الحماية المدنية بالجيزة مساء الأربعاء 14 راكبا")
    assert body.endswith("رفع السيارة من المجرى المائي بواسطة ونش تابع لحي الهرم.")
    assert body.count("\n\n") == 4 and "اقرأ أيضًا" not in body

    # page 3: winter (+02:00), image without caption, h3 subheading, YouTube, WhatsApp promo
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "19 يناير 2025 | 6:20 م"
    assert truth["published"] == "2025-01-19" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-19T16:20:00+00:00" />',
                 '"datePublished":"2025-01-19T18:20:00+02:00"',
                 '<span class="today-date">الأربعاء ,  22  يناير 2025</span>',
                 '<div class="single-post-thumb">', "<h3>ورش مجانية للأطفال والشباب</h3>",
                 'src="https://www.youtube.com/embed/p4Ud7RkYt2s?feature=oembed"',
                 '<a href="https://whatsapp.com/channel/0029VaDeltaNews3x" target="_blank" '
                 'rel="noopener"><strong>تابع آخر الأخبار عبر قناة بوابة الدلتا نيوز على واتساب',
                 ">تعليق واحد</a></span>", '<h3 id="comments-title">تعليق واحد </h3>',
                 "© حقوق النشر 2025، جميع"):
        assert mark in html, mark
    assert "single-post-caption" not in html and "اقرأ أيضًا" not in html
    assert CHROME | {"الأربعاء , 22 يناير 2025", "19 يناير 2025 | 6:20 م", "تعليق واحد",
                     "864 مشاهدة", "محمود الجمل", "20 يناير 2025 في 3:20 م",
                     "تابع آخر الأخبار عبر قناة بوابة الدلتا نيوز على واتساب",
                     "الوسوم الحرف التراثية قصور الثقافة المنصورة"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح قصر ثقافة المنصورة مساء الأحد معرض الحرف التراثية")
    assert body.endswith("لمساعدة الحرفيين على الوصول إلى أسواق جديدة داخل مصر وخارجها.")
    assert body.count("\n\n") == 5 and "\n\nورش مجانية للأطفال والشباب\n\n" in body
    assert "واتساب" not in body
