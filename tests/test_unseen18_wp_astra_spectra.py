"""Traits of the wp_astra_spectra family (unseen18): an Aden regional news site on WordPress
with the Astra theme (header/footer builder, astra-child date override) and Spectra blocks."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "wp_astra_spectra"
COMMON = ('<div\nclass="hfeed site" id="page">',
          '<a\n\tclass="skip-link screen-reader-text"\n\thref="#content"',
          '<div id="ast-desktop-header" data-toggle-type="dropdown">',
          '<div class="ast-primary-header-bar ast-primary-header main-header-bar '
          'site-header-focus-item" data-section="section-primary-header-builder">',
          '<div class="ast-builder-layout-element ast-flex site-header-focus-item '
          'ast-header-html-1" data-section="section-hb-html-1">',
          '<div id="ast-mobile-header" class="ast-mobile-header-wrap " data-type="dropdown">',
          '<div id="content" class="site-content">\n\t\t<div class="ast-container">',
          '<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner">',
          '<li class="trail-item trail-begin"><a href="https://akhbar-aljanoub.example/" '
          'rel="home"><span>الرئيسية</span></a></li>',
          'ast-article-single" id="post-', '<header class="entry-header ">',
          '<div class="ast-single-post-order">\n\t\t\t<h1 class="entry-title" '
          'itemprop="headline">',
          '<div class="entry-meta"><span class="ast-taxonomy-container cat-links default">',
          '</span> / بواسطة <span class="posted-by vcard author"',
          '<span class="author-name" itemprop="name">',
          '<span class="posted-on"><time class="entry-date published" datetime="',
          '<div class="entry-content clear"\n\t\titemprop="text"\t>',
          '</div><!-- .entry-content .clear -->',
          '<div class="wp-block-uagb-',
          '<nav class="navigation post-navigation" aria-label="المقالات">',
          '<div class="ast-single-related-posts-container ast-container--fallback">'
          '<div class="ast-related-posts-title-section"> <h2 class="ast-related-posts-title"> '
          'مقالات ذات صلة </h2> </div>',
          '<h3 class="ast-related-post-title entry-title">',
          '<div id="comments" class="comments-area comment-form-position-below">',
          '<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً',
          '<div class="widget-area secondary" id="secondary"',
          '<h2 class="widget-title">أحدث الأخبار</h2>',
          'class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter"',
          '<div class="ast-builder-layout-element ast-flex site-footer-focus-item '
          'ast-footer-copyright" data-section="section-footer-builder">',
          '<div id="ast-scroll-top" tabindex="0"',
          '<script type="application/ld+json" class="yoast-schema-graph">',
          "themes/astra/assets/css/minified/main.min-rtl.css?ver=4.6.4",
          "wp-content/uploads/uag-plugin/assets/48000/uag-css-")
CHROME = {"تخطي إلى المحتوى", "أخبار الجنوب", "صحيفة إلكترونية مستقلة من عدن", "الرئيسية",
          "محليات", "تحقيقات", "اتصل بنا", "القائمة الرئيسية", "السابق", "التالي",
          "مقالات ذات صلة", "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.",
          "البحث عن:", "أحدث الأخبار", "الأكثر قراءة", "الأقسام", "محليات (1204)",
          "عن الموقع", "سياسة الخصوصية", "انتقل إلى الأعلى",
          "أخبار الجنوب موقع إخباري مستقل يغطي شؤون عدن والمحافظات الجنوبية منذ عام 2016.",
          "حقوق الطبع والنشر © 2024 أخبار الجنوب | مدعوم بواسطة Astra WordPress Theme"}


def test_unseen18_traits_wp_astra_spectra() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12 مارس 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "ريم باعبود"
    for mark in ('<time class="entry-date published" datetime="2024-03-12T09:40:00+03:00" '
                 'itemprop="datePublished">12 مارس 2024</time><time class="updated" '
                 'datetime="2024-03-13T11:50:00+03:00" itemprop="dateModified">13 مارس 2024</time>',
                 '<meta property="article:published_time" content="2024-03-12T06:40:00+00:00" />',
                 '<div class="post-thumb-img-content post-thumb"><img width="1024" height="576"',
                 '<div class="wp-block-uagb-table-of-contents uagb-toc__align-right',
                 '<div class="uagb-toc__title">\n\t\t\t\t\tمحتويات المقال',
                 'class="uagb-toc-link__trigger">تفاصيل المشروع</a>',
                 '<h2 class="uagb-heading-text">مرحلة ثانية</h2>',
                 '<h4 class="uagb-heading-text">اقرأ أيضاً</h4><p class="uagb-desc-text"><a ',
                 'وشمل تركيب <a href="https://akhbar-aljanoub.example/tag/solar-energy/">منظومة '
                 'طاقة شمسية</a> تغطي',
                 '<div class="wp-block-uagb-call-to-action uagb-block-7e211b90 wp-block-button">',
                 '<h3 class="uagb-cta__title">تابعنا على تيليغرام</h3>',
                 '<ol class="ast-comment-list">', '<b class="fn">أبو خالد</b>',
                 "uagb-toc-js-js"):
        assert mark in html, mark
    assert "wp-block-uagb-info-box" not in html and "<figure" not in html
    assert CHROME | {"الجمعة، 15 مارس 2024", "بواسطة ريم باعبود", "12 مارس 2024",
                     "13 مارس 2024", "عدن، مياه الشرب، الخدمات العامة", "محتويات المقال",
                     "اقرأ أيضاً", "مؤسسة الكهرباء تعلن جدولا جديدا لساعات التشغيل في عدن",
                     "تابعنا على تيليغرام", "انضم الآن", "10 مارس 2024",
                     "3 أفكار بشأن “تشغيل محطة ضخ جديدة يعيد المياه إلى أحياء الشيخ عثمان بعد "
                     "انقطاع طويل”", "أبو خالد", "12 مارس 2024 في 11:15 ص",
                     "خطوة ممتازة، والأهم صيانة الشبكة باستمرار.", "رد"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت المؤسسة المحلية للمياه والصرف الصحي في عدن، صباح الثلاثاء")
    assert body.endswith("ومكاتبها في المديريات مطلع الأسبوع المقبل.")
    assert body.count("\n\n") == 7
    assert "\n\nتفاصيل المشروع\n\n" in body and "\n\nمرحلة ثانية\n\n" in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:35 in Aden (+03:00): Yoast's UTC meta says 2 July, the page shows 3 July
    assert truth["published_shown"] == "3 يوليو 2024"
    assert truth["published"] == "2024-07-03" and truth["author"] is None
    for mark in ('<time class="entry-date published" datetime="2024-07-03T00:35:00+03:00" '
                 'itemprop="datePublished">3 يوليو 2024</time>',
                 '<meta property="article:published_time" content="2024-07-02T21:35:00+00:00" />',
                 '"datePublished": "2024-07-02T21:35:00+00:00"',
                 '<span class="author-name" itemprop="name">تحرير أخبار الجنوب</span>',
                 "ستبدأ العمل ب<strong>نظام مزاد يومي</strong> عند الخامسة فجرا",
                 '<div class="wp-block-uagb-info-box uagb-block-c83d21a7 '
                 'uagb-infobox__content-wrap',
                 '<h3 class="uagb-ifb-title">أرسل خبرك</h3></div><p class="uagb-ifb-desc">',
                 '<span class="post-date">2 يوليو 2024</span>',
                 '<div class="wp-block-uagb-advanced-heading uagb-block-5f0a2c1d"><h4 '):
        assert mark in html, mark
    assert "ast-comment-list" not in html and "uagb-table-of-contents" not in html
    assert "uagb-call-to-action" not in html and "post-thumb-img-content" not in html
    assert "og:image" not in html
    assert CHROME | {"بواسطة تحرير أخبار الجنوب", "3 يوليو 2024", "2 يوليو 2024",
                     "المكلا، الثروة السمكية، حضرموت", "أرسل خبرك", "اقرأ أيضاً",
                     "شاركنا صور وأخبار منطقتك عبر واتساب على الرقم 777000111",
                     "الخميس، 4 يوليو 2024", "30 يونيو 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت السلطة المحلية في محافظة حضرموت، مساء الثلاثاء")
    assert body.endswith("من تدني الأسعار في مواسم الذروة.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "18 نوفمبر 2024"
    assert truth["published"] == "2024-11-18" and truth["author"] == "عبدالله الحوشبي"
    for mark in ('<time class="entry-date published" datetime="2024-11-18T14:15:00+03:00" '
                 'itemprop="datePublished">18 نوفمبر 2024</time>',
                 '<figure class="wp-block-image size-large"><img fetchpriority="high"',
                 '<figcaption class="wp-element-caption">مزارعون يتابعون شرحا ميدانيا',
                 '<div class="wp-block-uagb-blockquote uagb-block-9b3f0c21 '
                 'uagb-blockquote__skin-border', '<blockquote class="uagb-blockquote">'
                 '<div class="uagb-blockquote__content-wrap"><div class="uagb-blockquote__content">'
                 'لم يعد ممكنا',
                 '<a href="https://akhbar-aljanoub.example/app/" class="uagb-infobox-cta-link',
                 '<h3 class="uagb-cta__title">تابعنا على تيليغرام</h3>',
                 '<b class="fn">م. فؤاد الشعيبي</b>'):
        assert mark in html, mark
    assert "uagb-table-of-contents" not in html and "<strong>" not in html
    assert "اقرأ أيضاً" not in html and "uagb-advanced-heading" not in html
    assert CHROME | {"بواسطة عبدالله الحوشبي", "18 نوفمبر 2024", "الأربعاء، 20 نوفمبر 2024",
                     "مزارعون يتابعون شرحا ميدانيا عن شبكات الري بالتنقيط في المزرعة التجريبية "
                     "بمديرية تبن (تصوير: أخبار الجنوب)", "تطبيق أخبار الجنوب", "حمّل التطبيق",
                     "فكرة واحدة على “جامعة لحج تطلق برنامجا لتدريب المزارعين على الري بالتنقيط "
                     "في دلتا تبن”", "18 نوفمبر 2024 في 5:15 م",
                     "حملة لمكافحة دودة الحشد الخريفية في الحوطة"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت كلية ناصر للعلوم الزراعية بجامعة لحج، الاثنين")
    assert body.endswith("ليشمل مديريات أخرى في المحافظة.") and body.count("\n\n") == 5
    assert "\n\nلم يعد ممكنا أن نسقي الحقول بالغمر" in body and "تصوير" not in body
