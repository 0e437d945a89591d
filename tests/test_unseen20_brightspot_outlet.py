"""Traits of the brightspot_outlet family (unseen20): the Dubai-based Arabic service of a
broadcaster on Brightspot CMS: the `ArticlePage` html class, the `data-bsp-main-css` bundle,
`brightspot.contentId`, UTC og/JSON-LD dates, `bsp-header` navigation and search overlay, the
`bsp-carousel` ticker, `ArticlePage-*` headline, dek, byline and `bsp-timestamp` dates printed in
Dubai time, the `ActionBar` share links, `RichTextArticleBody` with `Enhancement` blocks (read-also
promo, ad slot, YouTube video, figure), tags, the "المزيد من" `ListD`, the most-read `ListC` aside
and the `Page-footer`."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "brightspot_outlet"
HOST = "https://brightspot-arabic.example"
COMMON = ('<html class="ArticlePage" lang="ar" dir="rtl" itemscope '
          'itemtype="http://schema.org/WebPage">',
          '<link data-bsp-main-css data-cssvarsponyfill="true" class="Webpack-css" '
          'rel="stylesheet" href="' + HOST + '/resource/', '<meta name="brightspot.contentId"',
          '<meta name="brightspot.cached" content="true">', '"@type":"NewsArticle"',
          "<script data-bsp-main-js src=", '<body class="Page-body">',
          '<bsp-header class="Page-header" data-nav-alignment="right">',
          '<li class="Navigation-items-item"><div class="NavigationItem">',
          '<bsp-search-overlay class="SearchOverlay">',
          '<span class="sr-only">إظهار البحث</span>',
          '<bsp-carousel class="Carousel" data-carousel-type="ticker"',
          '<div class="Carousel-label">آخر الأخبار</div>', '<main class="ArticlePage-main">',
          '<div class="ArticlePage-breadcrumbs"><nav class="Breadcrumbs"',
          '<article class="ArticlePage-mainContent" itemprop="mainEntity"',
          '<h1 class="ArticlePage-headline" itemprop="headline">',
          '<div class="ArticlePage-timestamp">', '<div class="ArticlePage-datePublished">',
          '<span class="ArticlePage-datePublished-label">نُشر في</span> <bsp-timestamp '
          'data-timestamp="', '<span class="ArticlePage-datePublished-timezone">بتوقيت '
          "الإمارات</span>", '<ul class="ActionBar-items">',
          '<a class="ActionLink" data-social-service="whatsapp"',
          '<div class="ArticlePage-articleBody" itemprop="articleBody">\n'
          '            <div class="RichTextArticleBody RichTextBody">\n'
          '                <div class="RichTextArticleBody-body RichTextBody">',
          '<div class="Enhancement" data-align-', '<h2 class="ArticlePage-tags-heading">الوسوم'
          "</h2>", '<li class="TagList-items-item">', '<div class="ListD">',
          '<ps-promo class="PromoB" data-content-type="article" data-image-align="top">',
          '<div class="PromoB-timestamp" data-timestamp="', '<aside class="Page-aside">',
          '<h2 class="ListC-header-title">الأكثر قراءة</h2>', 'class="PromoXSmall"',
          '<div class="NewsletterModule">', '<footer class="Page-footer"',
          '<div class="SocialBar-heading">تابعونا</div>', '<nav class="FooterNavigation"',
          "GTM-M4WJ7AR")
CHROME = {"القائمة", "أخبار الخليج", "الشرق الأوسط", "حول العالم", "اقتصاد وأعمال",
          "علوم وتكنولوجيا", "رياضة", "بودكاست", "إظهار البحث", "إرسال البحث", "البث المباشر",
          "English", "آخر الأخبار", "الرئيسية", "نُشر في", "بتوقيت الإمارات", "فيسبوك", "إكس",
          "واتساب", "نسخ الرابط", "طباعة", "الوسوم", "الأكثر قراءة", "النشرة البريدية", "اشترك",
          "تابعونا", "يوتيوب", "تيليغرام", "من نحن", "الترددات", "شروط الاستخدام",
          "الخدمة العربية لشبكة الموجة للإعلام، من دبي إلى العالم"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["set"] == "unseen20" and truth["held_out"] is True
    return html, truth, set(truth["must_not_contain"])


def test_unseen20_traits_brightspot_outlet() -> None:
    # page 1: staff byline with bio, lead figure, read-also promo, link, subheading, ad slot
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 مارس 2024 10:20"
    assert truth["published"] == "2024-03-12" and truth["author"] == "هالة المرزوقي"
    for mark in ("<title>مادة نانوية من جامعة خليفة تضاعف حصيلة الأمطار في تجارب الاستمطار "
                 "الإماراتية | الموجة الدولية</title>",
                 '<meta property="article:published_time" content="2024-03-12T06:20:00Z">',
                 '<meta property="article:modified_time" content="2024-03-12T10:05:00Z">',
                 '"datePublished":"2024-03-12T06:20:00Z"',
                 '"@type":"Person","name":"هالة المرزوقي"',
                 '<bsp-timestamp data-timestamp="1710224400000" data-recent-thresholdinhours="0">'
                 '<span data-date="">12 مارس 2024 10:20</span></bsp-timestamp>',
                 '<div class="ArticlePage-dateModified">',
                 '<h2 class="ArticlePage-subHeadline" itemprop="alternativeHeadline">',
                 '<div class="ArticlePage-byline" itemprop="author" itemscope',
                 '<div class="ArticlePage-authorName" itemprop="name">بقلم <span '
                 'class="ArticlePage-authorBy"><a class="Link" href="'
                 f'{HOST}/author/hala-almarzouqi" data-cms-ai="0">هالة المرزوقي</a></span></div>',
                 '<div class="ArticlePage-authorBiography">', '<div class="ArticlePage-lead">',
                 '<figcaption class="Figure-caption">طائرة تلقيح سحب تستعد للإقلاع من مطار العين '
                 "الدولي</figcaption>", '<div class="PromoEnhancement-title">اقرأ أيضا</div>',
                 f'<a class="Link" href="{HOST}/tags/cloud-seeding" data-cms-ai="0">برنامج '
                 "الإمارات لبحوث علوم الاستمطار</a>", "<h2>ما الذي يميز المادة الجديدة؟</h2>",
                 '<bsp-google-dfp-ad class="GoogleDfpAd"'):
        assert mark in html, mark
    assert html.index("بتمويل من <a") < html.index('class="PromoEnhancement"') \
        < html.index("<h2>ما الذي يميز")
    assert "ps-youtubeplayer" not in html and "<b>" not in html
    assert CHROME | {"12 مارس 2024 10:20", "آخر تحديث", "12 مارس 2024 14:05",
                     "بقلم هالة المرزوقي", "هالة المرزوقي", "مراسلة الموجة الدولية في أبوظبي",
                     "حبيبات ملح مغلفة بثاني أكسيد التيتانيوم تنشط حتى في الهواء الجاف، والتجارب "
                     "تنتقل إلى الطائرات المسيّرة الموسم المقبل",
                     "طائرة تلقيح سحب تستعد للإقلاع من مطار العين الدولي",
                     "تصوير: خالد الحمادي / الموجة الدولية", "اقرأ أيضا",
                     "دبي تبدأ إنتاج المياه المحلاة بالطاقة الشمسية في محطة حصيان",
                     "المزيد من علوم وتكنولوجيا", "10 مارس 2024", "تقنية النانو",
                     "© 2024 الموجة الدولية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن المركز الوطني للأرصاد في الإمارات نتائج أولية")
    assert body.endswith("لتأمين معظم احتياجاتها من مياه الشرب.") and body.count("\n\n") == 7
    assert "\n\nما الذي يميز المادة الجديدة؟\n\n" in body
    assert len(body.split()) >= 230 and "تصوير" not in body and "اقرأ أيضا" not in body

    # page 2: agency credit, posted 01:35 Dubai time, so every machine date is 6 August UTC
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "7 أغسطس 2024 01:35"
    assert truth["published"] == "2024-08-07" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-06T21:35:00Z">',
                 '"datePublished":"2024-08-06T21:35:00Z"', '"dateModified":"2024-08-06T21:35:00Z"',
                 '"author":[{"@type":"Organization","name":"الموجة الدولية"}]',
                 f"{HOST}/gulf/2024/08/07/kuwait-airport-dust-storm-flights",
                 '<bsp-timestamp data-timestamp="1722980100000" data-recent-thresholdinhours="0">'
                 '<span data-date="">7 أغسطس 2024 01:35</span></bsp-timestamp>',
                 '<div class="ArticlePage-authorName">الموجة الدولية - وكالات</div>',
                 '<ps-youtubeplayer class="YouTubeVideoPlayer" data-video-id="Qm7c1Xw3ZpA">',
                 '<div class="VideoEnhancement-title">شاهد: الغبار يحجب أبراج مدينة الكويت</div>',
                 "<b>تسع رحلات قادمة</b>"):
        assert mark in html, mark
    for absent in ("ArticlePage-subHeadline", "ArticlePage-dateModified", "article:modified_time",
                   "<figure", "PromoEnhancement", "GoogleDfpAd", "بقلم"):
        assert absent not in html, absent
    assert CHROME | {"7 أغسطس 2024 01:35", "الموجة الدولية - وكالات",
                     "شاهد: الغبار يحجب أبراج مدينة الكويت", "0:58", "المزيد من أخبار الخليج",
                     "دولة الكويت", "25 يوليو 2024",
                     "كيف تتشكل العواصف الغبارية فوق صحراء الجزيرة العربية؟"} <= chrome
    body = truth["body"]
    assert body.startswith("علقت الإدارة العامة للطيران المدني في الكويت حركة الإقلاع")
    assert body.endswith("بسبب نوبات الربو وضيق التنفس.") and body.count("\n\n") == 3
    assert 120 <= len(body.split()) <= 130 and "شاهد:" not in body

    # page 3: no byline, dek, in-body figure, read-also promo, bold phrase, edited next morning
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "18 فبراير 2025 19:05"
    assert truth["published"] == "2025-02-18" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-02-18T15:05:00Z">',
                 '<meta property="article:modified_time" content="2025-02-19T04:30:00Z">',
                 '"datePublished":"2025-02-18T15:05:00Z"',
                 '<span data-date="">19 فبراير 2025 08:30</span>',
                 '<div class="Enhancement-item">\n<figure class="Figure">',
                 '<div class="Figure-credit" itemprop="author">تصوير: رويترز</div>',
                 '<div class="PromoEnhancement-title">اقرأ أيضا</div>', "<b>مئة ألف درهم</b>",
                 "© 2025 الموجة الدولية."):
        assert mark in html, mark
    for absent in ("ArticlePage-byline", "ArticlePage-lead", '"author":', "ps-youtubeplayer",
                   "GoogleDfpAd"):
        assert absent not in html, absent
    assert CHROME | {"18 فبراير 2025 19:05", "آخر تحديث", "19 فبراير 2025 08:30",
                     "القائمة تشمل الأرز والطحين والدواجن، وغرامات تصل إلى مئة ألف درهم على "
                     "المخالفين", "متسوقون في أحد المتاجر الكبرى بمدينة دبي", "تصوير: رويترز",
                     "جمعيات تعاونية في الشارقة تطلق سلة رمضانية بسعر موحد",
                     "المزيد من اقتصاد وأعمال", "رمضان 2025", "6 فبراير 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة الاقتصاد الإماراتية التوصل إلى اتفاق")
    assert body.endswith("بفعل اضطراب سلاسل الإمداد العالمية.") and body.count("\n\n") == 4
    assert "متسوقون" not in body and "تصوير" not in body
