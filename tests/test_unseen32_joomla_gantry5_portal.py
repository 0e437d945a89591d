"""Traits of the unseen32 `joomla_gantry5_portal` pages: a Najaf news portal on Joomla 4 with a
Gantry 5 (Helium outline) theme: the Gantry sections (`#g-top`, `#g-navigation`, `#g-showcase`,
`#g-mainbar`, `#g-aside`, `#g-footer`, `#g-copyright`) built of `g-container`/`g-grid`/`g-block`/
`g-content` particles (date, social, menu, news ticker, copyright, branding, to-top), and the
com_content `item-page` with `dl.article-info`, tags, `item-image`, `pagenavigation`, JComments."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "joomla_gantry5_portal"
HOST = "https://gantry5-najaf-news.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar-aa" dir="rtl">',
          '<meta name="generator" content="Joomla! - Open Source Content Management">',
          "/media/gantry5/engines/nucleus/css-compiled/nucleus.css",
          "/templates/g5_helium/custom/css-compiled/helium_12.css",
          "/media/gantry5/engines/nucleus/css-compiled/rtl.css",
          '<script type="application/json" class="joomla-script-options new">',
          '<script type="application/ld+json" data-type="gsd">', '"@type": "NewsArticle"',
          '<body class="gantry site com_content view-article no-layout no-task dir-rtl',
          "outline-12 g-offcanvas-left g-default", '<div id="g-offcanvas"',
          '<div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem">',
          '<div id="g-page-surround">', '<section id="g-top">', '<div class="g-container">',
          '<div class="g-grid">', '<div class="g-block size-100">', 'class="g-content g-particle"',
          '<div class="g-date">', '<div class="g-social ">', '<span class="g-social-text">',
          '<section id="g-navigation">', 'class="g-logo"',
          '<nav class="g-main-nav" data-g-hover-expand="true">', '<ul class="g-toplevel">',
          '<span class="g-menu-item-title">', "g-menu-item-type-separator",
          '<ul class="g-dropdown g-inactive g-fade g-dropdown-left">',
          '<li class="g-level-1 g-go-back">', 'class="mod-finder js-finder-searchform',
          '<section id="g-showcase">', '<div class="g-newsticker"',
          '<section id="g-container-main" class="g-wrapper">', '<main id="g-mainbar">',
          '<div class="g-system-messages">', 'class="mod-breadcrumbs breadcrumb',
          '<div class="platform-content"><div class="moduletable ">', '<h3 class="g-title">',
          '<div class="platform-content container"><div class="row"><div class="col">',
          '<div class="com-content-article item-page" itemscope '
          'itemtype="https://schema.org/Article">',
          '<div class="page-header">\n        <h1 itemprop="headline">',
          '<dl class="article-info text-muted">', '<dt class="article-info-term">',
          '<dd class="category-name">', '<dd class="published">', '<dd class="hits">',
          'itemprop="datePublished">', '<ul class="tags list-inline">',
          'class="btn-sm btn-info"',
          '<div itemprop="articleBody" class="com-content-article__body">',
          '<div class="social-share-buttons">', '<nav class="pagenavigation"',
          '<ul class="relateditems mod-list">', '<aside id="g-aside">',
          '<ul class="mostread mod-list">', '<ul class="mod-articleslatest latestnews mod-list">',
          '<table class="prayer-times"', '<footer id="g-footer">', '<section id="g-copyright">',
          '<div class="g-copyright ">', 'class="g-powered-by">Gantry Framework</a>',
          '<a href="#" id="g-totop"', "/media/gantry5/assets/js/main.js")
CHROME = {"فيسبوك", "إكس", "تلغرام", "يوتيوب", "الرئيسية", "محليات", "سياسة", "اقتصاد",
          "ثقافة وتراث", "رياضة", "المزيد", "رجوع", "تحقيقات", "صور وفيديو", "اتصل بنا", "بحث",
          "عاجل", "أنت هنا:", "تفاصيل", "شارك الخبر:", "واتساب", "أخبار ذات صلة",
          "الأكثر قراءة", "آخر الأخبار", "مواقيت الصلاة", "حسب توقيت النجف الأشرف", "الفجر",
          "المغرب", "قناتنا على تلغرام", "انضم الآن", "عن البوابة", "روابط", "من نحن",
          "سياسة الخصوصية", "Powered by Gantry Framework", "العودة إلى الأعلى",
          "النجف الأشرف - شارع الكوفة - قرب تقاطع ثورة العشرين"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["url"].startswith(HOST + "/")
    return html, truth, set(truth["must_not_contain"])


def test_unseen32_traits_joomla_gantry5_portal() -> None:
    # page 1: a named reporter, full image with a caption, an h3 subheading, two JComments
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "21 تشرين الأول 2024"
    assert truth["published"] == "2024-10-21" and truth["author"] == "حيدر عبد الأمير الكعبي"
    for mark in ('<meta property="article:published_time" content="2024-10-21T08:20:00+00:00">',
                 '<time datetime="2024-10-21T11:20:00+03:00" itemprop="datePublished">',
                 '<dd class="createdby" itemprop="author"', '<figure class="none item-image">',
                 '<figcaption class="caption">', "<h3>مراحل العمل</h3>", '<div id="jc">',
                 '<span class="comment-author">أبو مصطفى الحسناوي</span>',
                 '<div class="comment-body" id="comment-body-', 'rel="prev"', 'rel="next"',
                 "Thursday, October 24, 2024", 'class="g-menu-item-title">محليات</span>'):
        assert mark in html, mark
    assert "<blockquote>" not in html and "youtube.com/embed" not in html
    assert CHROME | {"حيدر عبد الأمير الكعبي", "كتب بواسطة: حيدر عبد الأمير الكعبي",
                     "الفئة: محليات", "نشر بتاريخ: 21 تشرين الأول 2024", "الزيارات: 1843",
                     "خدمات", "مشاريع", "Thursday, October 24, 2024",
                     "ملاكات مديرية ماء النجف خلال أعمال الحفر لمد الأنابيب قرب تقاطع ثورة العشرين",
                     "التعليقات (2)", "21.10.2024 13:05", "م. علي الياسري", "أضف تعليقاً",
                     "الاسم (مطلوب)", "إرسال", "السابق", "التالي",
                     "المقال التالي: توزيع الحصة التموينية لشهر تشرين الثاني على وكلاء المحافظة",
                     "افتتاح محطة لتصفية المياه في ناحية الحيدرية",
                     "© 2012 - 2024 بوابة النجف الإخبارية. جميع الحقوق محفوظة"} <= chrome
    body = truth["body"]
    assert body.startswith("باشرت مديرية ماء النجف الأشرف، صباح الاثنين")
    assert body.endswith("التي ستعلنها مديرية المرور تباعا.")
    assert body.count("\n\n") == 5 and "\n\nمراحل العمل\n\n" in body
    assert 150 <= len(body.split()) <= 200

    # page 2: an INA wire story at 00:40 local, the author hidden, no image, a source line
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "05 تشرين الثاني 2024"
    assert truth["published"] == "2024-11-05" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-11-04T21:40:00+00:00">',
                 '<time datetime="2024-11-05T00:40:00+03:00" itemprop="datePublished">',
                 '"datePublished": "2024-11-05T00:40:00+03:00"',
                 '<p style="text-align: left;"><strong>المصدر: وكالة الأنباء العراقية (واع)'
                 "</strong></p>", '<p style="text-align: justify;">النجف - واع - أعلنت',
                 '"url": "https://gantry5-najaf-news.example/"'):
        assert mark in html, mark
    for absent in ('<dd class="createdby"', "item-image", "og:image", '<div id="jc">',
                   "<h3>", "<blockquote>"):
        assert absent not in html, absent
    assert CHROME | {"نشر بتاريخ: 05 تشرين الثاني 2024", "الفئة: اقتصاد", "الزيارات: 967",
                     "المصدر: وكالة الأنباء العراقية (واع)",
                     "Wednesday, November 6, 2024",
                     "المقال السابق: غرفة تجارة النجف تطالب بتسهيلات لاستيراد المكائن الزراعية",
                     "مجلس الوزراء يقر أسعار شراء الحنطة للموسم المقبل"} <= chrome
    body = truth["body"]
    assert body.startswith("النجف - واع - أعلنت مديرية زراعة النجف، يوم الثلاثاء")
    assert body.endswith("بأصناف محسنة تتحمل شح المياه.")
    assert body.count("\n\n") == 3 and 120 <= len(body.split()) <= 128
    assert "وكالة الأنباء العراقية" not in body

    # page 3: image without caption, a modified date, a blockquote, a YouTube embed, no next link
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "16 كانون الثاني 2025"
    assert truth["published"] == "2025-01-16" and truth["author"] == "زينب كاظم الموسوي"
    for mark in ('<meta property="article:published_time" content="2025-01-16T13:05:00+00:00">',
                 '<time datetime="2025-01-16T16:05:00+03:00" itemprop="datePublished">',
                 '<dd class="modified">', 'itemprop="dateModified"',
                 '<figure class="none item-image">', "<blockquote>\n<p>لا نحاول أن نجعل",
                 "https://www.youtube.com/embed/pQ3nK7wZt2E", '<div id="comments-form-box">',
                 "Sunday, January 19, 2025"):
        assert mark in html, mark
    for absent in ('<figcaption', 'rel="next"', '<div id="comments">'):
        assert absent not in html, absent
    assert html.index("قاعدة بيانات داخلية.</p>") < html.index("youtube.com/embed") \
        < html.index("ويواجه العاملون")
    assert CHROME | {"زينب كاظم الموسوي", "نشر بتاريخ: 16 كانون الثاني 2025",
                     "آخر تحديث: 17 كانون الثاني 2025", "الفئة: ثقافة وتراث", "الزيارات: 2215",
                     "فيديو: جولة داخل مختبر ترميم المخطوطات", "أضف تعليقاً",
                     "المقال السابق: أمسية شعرية في اتحاد الأدباء تستذكر الجواهري",
                     "ترميم خان الشيلان يدخل مرحلته الأخيرة"} <= chrome
    body = truth["body"]
    assert body.startswith("في غرفة هادئة بأحد البيوت التراثية قرب سوق الحويش")
    assert body.endswith("مخطوطات المكتبات الأخرى في الفرات الأوسط.")
    assert body.count("\n\n") == 6 and 225 <= len(body.split()) <= 250
    assert "\n\nلا نحاول أن نجعل المخطوطة تبدو جديدة" in body and "فيديو:" not in body
