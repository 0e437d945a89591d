"""Traits of the newspack_outlet family (unseen19): a Lebanese local investigative outlet on
WordPress with the Newspack theme: Yoast SEO head (UTC `+00:00` times, schema graph), the mobile
sidebar and masthead menus, the Yoast breadcrumb, `entry-meta` byline with the author avatar and
`time.entry-date` in the WordPress Arabic date format, the Jetpack share bar, Newspack image
credits, a Newspack Popups inline prompt and a Homepage Posts block inside `entry-content`, the
author bio, post navigation, comments, Top Posts sidebar and the Newspack footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "newspack_outlet"
HOST = "https://newspack-outlet.example"
COMMON = ('<!doctype html>\n<html dir="rtl" lang="ar">',
          "<!-- This site is optimized with the Yoast SEO plugin v22.8",
          '<meta property="og:locale" content="ar_AR" />',
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "wp-content/themes/newspack-theme/style-rtl.css?ver=2.3.0",
          "wp-content/plugins/newspack-popups/dist/view.css",
          '<aside id="mobile-sidebar-fallback" class="mobile-sidebar">',
          '<header id="masthead" class="site-header hide-header-search"',
          '<div class="top-header-contain desktop-only">', '<p class="site-title"><a href="'
          f'{HOST}/" rel="home">نافذة المتن</a></p>', '<a class="button mb-cta" href="'
          f'{HOST}/donate/">ادعمنا</a>', 'class="newspack-reader__account-link"',
          '<div class="site-breadcrumb desktop-only"><div class="wrapper"><span><span><a href="'
          f'{HOST}/">الرئيسية</a></span> » ', '<span class="breadcrumb_last" aria-current="page">',
          '<section id="primary" class="content-area category-',
          '<span class="cat-links"><span class="screen-reader-text">نُشر في</span>',
          '<div class="entry-subhead">\n\t\t\t\t\t<div class="entry-meta">\n\t\t\t\t<span '
          "class=\"author-avatar\"><img alt='' src='https://secure.gravatar.com/avatar/",
          '<span class="byline">\n\t\t\t\t<span>بقلم</span>\n\t\t\t\t<span class="author vcard">'
          '<a class="url fn n" href="', '<h3 class="sd-title">شارك هذا:</h3>',
          "sd-social-icon sd-sharing", '<div class="main-content">',
          '<div class="entry-content">', '<div class="wp-block-newspack-blocks-homepage-articles '
          'wpnbha show-image', '<span>اقرأ أيضاً</span>',
          "</section>\t</div><!-- .entry-content -->",
          '<span class="tags-links"><span>الوسوم: </span>', '<span class="sep">،&nbsp;</span>',
          '<nav class="navigation post-navigation" aria-label="المقالات">',
          '<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">'
          "الأكثر قراءة</h2>", '<div class="wp-block-newspack-newsletters-subscribe '
          'newspack-newsletters-subscribe"', '<footer id="colophon" class="site-footer">',
          '<a href="https://newspack.com/" class="imprint">\n\t\t\t\t\tProudly powered by Newspack '
          "by Automattic", 'class="privacy-policy-link"')
CHROME = {"تخطي إلى المحتوى", "إغلاق", "البحث عن:", "بحث", "تحقيقات", "شؤون البلديات", "بيئة",
          "اقتصاد محلي", "ثقافة", "بالأرقام", "من نحن", "النشرة البريدية", "ادعمنا", "فيسبوك",
          "إكس", "إنستغرام", "نافذة المتن", "صحافة محلية مستقلة من جبل لبنان", "القائمة",
          "تسجيل الدخول", "فتح البحث", "الرئيسية", "نُشر في", "شارك هذا:", "اقرأ أيضاً",
          "الأكثر قراءة", "النشرة الأسبوعية", "اشترك", "عن نافذة المتن", "روابط", "ميثاق التحرير",
          "فريق العمل", "اتصل بنا", "أرسل لنا معلومة", "Proudly powered by Newspack by Automattic",
          "سياسة الخصوصية", "تصفّح المقالات",
          "كل جمعة: أهم تحقيقاتنا وأخبار بلديات المتن في رسالة واحدة.",
          "هل لديك وثائق أو معلومات عن قضية في منطقتك؟ راسلنا على tips@newspack-outlet.example"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen19_traits_newspack_outlet() -> None:
    # page 1: large featured image with caption and Newspack credit, newsletter prompt mid-story
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 مايو، 2024"
    assert truth["published"] == "2024-05-14" and truth["author"] == "ريم عوّاد"
    for mark in ("<title>تحقيق: شاحنات تفرغ ردميات البناء ليلاً قرب نبع عين الدلبة في المتن "
                 "الأعلى - نافذة المتن</title>",
                 '<meta property="article:published_time" content="2024-05-14T06:15:00+00:00" />',
                 '"datePublished":"2024-05-14T06:15:00+00:00"',
                 '<h1 class="entry-title entry-title--with-subtitle">',
                 '<div class="newspack-post-subtitle">',
                 '<time class="entry-date published" datetime="2024-05-14T09:15:00+03:00">14 مايو، '
                 '2024</time><time class="updated" datetime="2024-05-14T11:40:00+03:00">',
                 "has-large-featured-image", '</header>\n\n\t<figure class="post-thumbnail">',
                 '<figcaption>شاحنة تفرغ ردميات على منحدر وادي عين الدلبة فجر الثاني من أيار '
                 '<span class="image-credit"><span class="credit-label-wrapper">تصوير:</span> '
                 "جورج حايك / نافذة المتن</span></figcaption>",
                 "<strong>سبع عشرة عملية تفريغ</strong>",
                 '<h2 class="wp-block-heading">ماذا تقول نتائج الفحوص المخبرية؟</h2>',
                 "newspack-popup-container newspack-popup hidden newspack-inline-popup "
                 "newspack-newsletter-prompt-inline", '<div class="author-bio">',
                 '<b class="fn">ريم عوّاد</b> <span class="screen-reader-text says">يقول:</span>'
                 '<span class="post-author-badge"', '<ol class="children">',
                 '<h2 class="comments-title">\n\t\tانضم إلى النقاش', '<span>3 تعليقات</span>',
                 '<div class="nav-next">', "&copy; 2024 نافذة المتن."):
        assert mark in html, mark
    assert html.index("ارتفاعاً ملحوظاً في نسبة العكارة.</p>") < html.index("newspack-inline-popup") \
        < html.index("<p>وقال رئيس اتحاد بلديات المنطقة")
    assert "wp-block-embed" not in html and "show-updated" not in html
    assert CHROME | {"14 مايو، 2024", "بقلم ريم عوّاد", "ريم عوّاد",
                     "عينات مخبرية تكشف تلوثاً في مياه تشربها عشر قرى، واتحاد البلديات يقول إنه "
                     "لم يتلقّ شكوى", "شاحنة تفرغ ردميات على منحدر وادي عين الدلبة فجر الثاني من "
                     "أيار", "تصوير: جورج حايك / نافذة المتن", "لا تفوّت الجزء الثاني من التحقيق",
                     "اشترك في نشرتنا الأسبوعية لتصلك تحقيقاتنا فور نشرها.",
                     "مقالع بلا تراخيص تقضم سفوح صنين منذ عشر سنوات", "بقلم لين الخوري",
                     "5 مايو، 2024", "الوسوم: نفايات، مياه الشفة، المتن الأعلى، بلديات",
                     "المزيد من ريم عوّاد", "انضم إلى النقاش", "3 تعليقات", "سامي الأشقر يقول:",
                     "14 مايو، 2024 في 1:47 م", "ريم عوّاد يقول:", "اترك تعليقاً", "تعليق *",
                     "سننشر الجداول الكاملة مع الجزء الثاني من التحقيق الأسبوع المقبل.",
                     "© 2024 نافذة المتن.", "لن يتم نشر عنوان بريدك الإلكتروني."} <= chrome
    body = truth["body"]
    assert body.startswith("رصدنا على مدى ثلاثة أسابيع شاحنات تفرغ ردميات البناء")
    assert body.endswith("ومسار الردميات من ورش البناء في الساحل إلى أودية الجبل.")
    assert body.count("\n\n") == 6 and "\n\nماذا تقول نتائج الفحوص المخبرية؟\n\n" in body
    assert "تصوير" not in body and "بقلم" not in body and "اشترك" not in body

    # page 2: staff post at 00:40 Beirut summer time: Yoast's UTC instant is 2 July
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "3 يوليو، 2024"
    assert truth["published"] == "2024-07-03" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-07-02T21:40:00+00:00" />',
                 '"datePublished":"2024-07-02T21:40:00+00:00"',
                 '<time class="entry-date published updated" datetime="2024-07-03T00:40:00+03:00">'
                 "3 يوليو، 2024</time>", '<a class="url fn n" href="'
                 f'{HOST}/author/editorial/">فريق التحرير</a>', '<h1 class="entry-title ">',
                 f'وبحسب <a href="{HOST}/wp-content/uploads/2024/06/mahdar-12-6-2024.pdf">محضر '
                 "الجلسة السابقة</a> الذي نشرته", "&copy; 2024 نافذة المتن."):
        assert mark in html, mark
    for absent in ("</figure><!-- .post-thumbnail -->", "newspack-popup-container",
                   '<div class="author-bio">', 'id="comments"', "article:modified_time",
                   "newspack-post-subtitle"):
        assert absent not in html, absent
    assert CHROME | {"3 يوليو، 2024", "بقلم فريق التحرير", "الوسوم: بلديات، موازنات، شفافية",
                     "كيف تُلزَّم مشاريع الإنارة في بلديات المتن؟", "24 يونيو، 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أرجأ المجلس البلدي في عين الدلبة مساء الثلاثاء")
    assert body.endswith("لكنه لم يجب على اتصالاتنا حتى ساعة النشر.") and body.count("\n\n") == 4

    # page 3: winter (+02:00), small credited image inside main-content, edited two days later
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "21 يناير، 2025"
    assert truth["published"] == "2025-01-21" and truth["author"] == "جاد نصر الله"
    for mark in ('<meta property="article:published_time" content="2025-01-21T16:30:00+00:00" />',
                 '<meta property="article:modified_time" content="2025-01-23T08:05:00+00:00" />',
                 '<time class="entry-date published" datetime="2025-01-21T18:30:00+02:00">'
                 '21 يناير، 2025</time><time class="updated" datetime="2025-01-23T10:05:00+02:00">'
                 "23 يناير، 2025</time>", "show-updated",
                 '<div class="main-content">\n\n\t\t\t\t\t<figure class="post-thumbnail">',
                 '<figcaption><span class="image-credit"><span class="credit-label-wrapper">'
                 "تصوير:</span> جاد نصر الله</span></figcaption>",
                 "newspack-inline-popup ", ">تبرّع الآن</a>", "wp-block-embed-youtube",
                 "youtube.com/embed/Xk3v9Lq2TzA", '<span>تعليق واحد</span>',
                 "&copy; 2025 نافذة المتن."):
        assert mark in html, mark
    assert "has-large-featured-image" not in html and '<div class="nav-next">' not in html
    assert "newspack-newsletter-prompt-inline" not in html
    assert CHROME | {"21 يناير، 2025", "23 يناير، 2025", "بقلم جاد نصر الله",
                     "تصوير: جاد نصر الله", "صحافتنا مستقلة بفضل قرائها", "تبرّع الآن",
                     "طوني ح. يقول:", "22 يناير، 2025 في 8:15 ص", "تعليق واحد",
                     "المزيد من جاد نصر الله", "الوسوم: مولدات كهربائية، الطاقة، حماية المستهلك",
                     "عدادات المولدات: قرار إلزامي لا يطبّقه أحد", "© 2025 نافذة المتن."} <= chrome
    body = truth["body"]
    assert body.startswith("رفع عدد من أصحاب المولدات الخاصة في بلدات ساحل المتن")
    assert body.endswith("كيف تضاعفت فواتيرهم خلال عام واحد.") and body.count("\n\n") == 5
    assert "تبرّع" not in body and "تصوير" not in body
