"""Traits of the held-out magnolia_gov_portal family (unseen20): a Qatari ministry's news page
on Magnolia CMS with an MTK-derived FreeMarker theme: `.resources` CSS/JS with Magnolia's cache
fingerprint, `.imaging/mte` renditions, Java UTC instants in `article:published_time`, the STK
search box and breadcrumb, the accessibility bar, the sub-navigation `div#nav`, MTK text(-image)
components closed by `<!-- end text-section -->`, tags, share/print bar, related teasers with
dd/mm/yyyy dates, the form module's feedback form, the last-updated line and the footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "magnolia_gov_portal"
HOST = "https://magnolia-ministry.example"
COMMON = ('<!DOCTYPE html>\n<html xml:lang="ar" lang="ar" dir="rtl">',
          ' - وزارة الشؤون البلدية والبيئة</title>',
          '<meta property="og:locale" content="ar_QA" />',
          '<link rel="alternate" hreflang="en" href="' + HOST + '/en/media-center/news/',
          'href="/.resources/mme-theme/webresources/css/main~',
          "-000~cache.css\" media=\"all\" />",
          '<script src="/.resources/mme-theme/webresources/js/main~',
          '<body class="newsDetail ar">',
          '<p id="skip-links"><a href="#main" class="sr-only sr-only-focusable">',
          '<div class="accessibility-bar" role="toolbar"',
          '<span class="tool-label">حجم الخط:</span>',
          '<li class="lang-switch"><a href="' + HOST + '/en/media-center/news/',
          '</div><!-- end branding -->', '<div id="search-box" role="search">',
          '<input id="searchbar" name="queryStr" type="text" value=""',
          '<input class="button" type="submit" value="بحث" />', '</div><!-- end search-box -->',
          '<nav id="nav-global" role="navigation">',
          '<li class="on"><a href="/ar/media-center">المركز الإعلامي</a></li>',
          '<div id="breadcrumb">\n        <h2>أنت هنا:</h2>\n        <ol>',
          '</ol>\n    </div><!-- end breadcrumb -->', '<div id="wrapper-2" class="container">',
          '<div id="nav" role="navigation">', '<li class="on"><strong><a href="/ar/media-center/'
          'news">الأخبار</a></strong></li>', '</div><!-- end nav -->',
          '<div id="main" class="col-md-9 col-sm-12" role="main">',
          '<article class="news-detail">', '<h1 class="news-title">',
          '<li class="news-date"><span class="meta-label">تاريخ النشر:</span> <time datetime="',
          '<div class="news-body">', "</div><!-- end text-section -->",
          '</div><!-- end news-body -->', '<span class="tags-label">الكلمات الدلالية:</span> <a '
          'href="/ar/search-results?queryStr=', '<span class="share-label">شارك الخبر:</span>',
          '<span class="sr-only">واتساب</span>', 'class="share-print"',
          '<section class="related-news">', "/.imaging/mte/mme-theme/teaser-small/dam/media-center/"
          "news/", '<div class="form-wrapper" >', '<div class="form-item-hidden">',
          '<input type="hidden" name="mgnlModelExecutionUUID" value="',
          '<input type="hidden" name="mgnlFormToken" value="',
          "</div><!-- end form-item-hidden -->", '<div class="last-updated">آخر تحديث للصفحة: ',
          '<footer id="footer" role="contentinfo">',
          "</footer><!-- end footer -->")
CHROME = {"انتقل إلى المحتوى الرئيسي", "حجم الخط:", "تكبير الخط", "تصغير الخط", "تباين الألوان",
          "خريطة الموقع", "English", "البحث في الموقع", "ابحث عن:", "عن الوزارة",
          "الخدمات الإلكترونية", "المركز الإعلامي", "بلديات الدولة", "تواصل معنا", "أنت هنا:",
          "الرئيسية", "الأخبار", "البيانات الصحفية", "مكتبة الفيديو", "روابط سريعة",
          "الاستعلام عن المخالفات البلدية", "للبلاغات والاستفسارات", "اتصل على الرقم المجاني 184",
          "تاريخ النشر:", "شارك الخبر:", "فيسبوك", "إكس", "إرسال بالبريد", "طباعة",
          "أخبار ذات صلة", "هل كانت هذه الصفحة مفيدة؟", "نعم", "الخط الساخن: 184",
          "البريد الإلكتروني: info@magnolia-ministry.example", "ص.ب: 22332، الدوحة", "تابعونا على",
          "سياسة الخصوصية", "إمكانية الوصول", "الهيكل التنظيمي", "حجز مواعيد المراجعين",
          "يُعرض الموقع بشكل أفضل على الإصدارات الحديثة من متصفحات Chrome وFirefox وSafari وEdge"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html and "wp-content" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen20_traits_magnolia_gov_portal() -> None:
    # page 1: text-image component with MTK caption/credit, an empty <p>&nbsp;</p>, no byline
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الأحد 21 أبريل 2024"
    assert truth["published"] == "2024-04-21" and truth["author"] is None
    for mark in (f'<link rel="canonical" href="{HOST}/ar/media-center/news/2024/news-3187.html" />',
                 '<meta property="article:published_time" content="2024-04-21T07:30:00.000Z" />',
                 '<meta property="article:modified_time" content="2024-04-23T06:14:00.000Z" />',
                 "/.imaging/mte/mme-theme/og-image/dam/media-center/news/2024/04/alwakra-park-"
                 "opening.jpg/jcr:content/alwakra-park-opening.jpg",
                 "main~2024-03-11-09-42-17-000~cache.css",
                 '<time datetime="2024-04-21">الأحد 21 أبريل 2024</time>',
                 '<div class="text-section text-image-section">',
                 "<!-- image with caption/credit -->\n        "
                 '<div class="content-image-wrapper">',
                 'class="content-image-above" style="max-width: 100%" />',
                 '<span class="image-caption">جانب من حديقة الوكرة الجديدة بعد اكتمال أعمال التشجير'
                 ' والإنارة</span>',
                 '<span class="image-credit">تصوير: إدارة الحدائق العامة</span>',
                 "</div><!-- end image with caption/credit -->\n\n<p>افتتحت وزارة",
                 "</div><!-- end text-section text-image-section -->", "<p>&nbsp;</p>",
                 '<span class="meta-label">عدد المشاهدات:</span> 2,184</li>'):
        assert mark in html, mark
    for absent in ("news-author", "video-section", "downloads-section", 'dir="RTL"'):
        assert absent not in html, absent
    assert CHROME | {"الأحد 21 أبريل 2024", "عدد المشاهدات: 2,184",
                     "جانب من حديقة الوكرة الجديدة بعد اكتمال أعمال التشجير والإنارة",
                     "تصوير: إدارة الحدائق العامة",
                     "الكلمات الدلالية: الحدائق العامة، المساحات الخضراء، الوكرة، الخور",
                     "تمديد ساعات العمل في الحدائق العامة خلال عطلة عيد الفطر", "29/03/2024",
                     "أفاد 81% من الزوار بأن هذه الصفحة مفيدة (من أصل 142 تقييما)",
                     "آخر تحديث للصفحة: 23/04/2024 - 09:14 ص",
                     "© 2024 وزارة الشؤون البلدية والبيئة - دولة قطر. جميع الحقوق محفوظة.",
                     } <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت وزارة الشؤون البلدية والبيئة صباح اليوم الأحد ثلاث حدائق")
    assert body.endswith("عبر تطبيق الوزارة على الهواتف الذكية.") and body.count("\n\n") == 4
    assert "تصوير" not in body and "جانب من حديقة" not in body

    # page 2: posted 00:45 Doha time, so the UTC meta says 11 August; CKEditor <p dir="RTL">,
    # a DAM link, bold words, a component headline and an attachments box
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الاثنين 12 أغسطس 2024"
    assert truth["published"] == "2024-08-12" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-11T21:45:00.000Z" />',
                 '<meta property="og:image" content="' + HOST + "/.resources/mme-theme/webresources"
                 '/img/og-default.png" />', "main~2024-07-29-14-05-51-000~cache.css",
                 '<time datetime="2024-08-12">الاثنين 12 أغسطس 2024</time>',
                 '<p dir="RTL" style="text-align: justify;">أعلنت وزارة',
                 'متاحة في <a href="/dam/jcr:5b3e2a91-7c4d-4f0e-9a61-2d8e4c7b1f03/shop-licensing-'
                 'technical-guide-2024.pdf" target="_blank">دليل الاشتراطات الفنية</a> المنشور',
                 "<strong>مهلة ستة أشهر</strong>",
                 '<div class="text-section">\n\n        <h2>مهلة لتوفيق الأوضاع</h2>\n\n'
                 '<p dir="RTL"',
                 '<div class="downloads-section">\n                        <h3>المرفقات</h3>',
                 '<span class="file-info">(PDF، 2.4 ميجابايت)</span>'):
        assert mark in html, mark
    for absent in ("text-image-section", "news-author", "video-section", "<p>&nbsp;</p>"):
        assert absent not in html, absent
    assert CHROME | {"الاثنين 12 أغسطس 2024", "عدد المشاهدات: 5,906", "المرفقات",
                     "دليل الاشتراطات الفنية للمحال التجارية (PDF، 2.4 ميجابايت)",
                     "الكلمات الدلالية: التراخيص التجارية، الاشتراطات البلدية، المحال التجارية",
                     "تخفيض رسوم تجديد الرخص التجارية للمشروعات الصغيرة والمتوسطة", "03/08/2024",
                     "آخر تحديث للصفحة: 12/08/2024 - 08:05 ص"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة الشؤون البلدية والبيئة اعتماد حزمة من الاشتراطات")
    assert body.endswith("طوال فترة المهلة.") and body.count("\n\n") == 6
    assert "\n\nمهلة لتوفيق الأوضاع\n\nومنحت الوزارة" in body and "المرفقات" not in body

    # page 3: the byline "إعداد: ..." in the meta list and a YouTube video component with caption
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد 19 يناير 2025"
    assert truth["published"] == "2025-01-19" and truth["author"] == "حمد سالم الكبيسي"
    for mark in ('<meta property="article:published_time" content="2025-01-19T10:20:00.000Z" />',
                 f'<link rel="canonical" href="{HOST}/ar/media-center/news/2025/news-3519.html" />',
                 "main~2024-12-22-08-30-04-000~cache.css",
                 '<time datetime="2025-01-19">الأحد 19 يناير 2025</time></li>\n'
                 '                        <li class="news-author">إعداد: حمد سالم الكبيسي</li>',
                 '</div><!-- end text-section -->\n\n<div class="video-section">',
                 'src="https://www.youtube.com/embed/q7XkR2mVb3s?rel=0"',
                 '<p class="video-caption">فيديو: جانب من جولة فرق التفتيش في سوق الجملة بأم صلال'
                 "</p>\n</div><!-- end video-section -->",
                 "&copy; 2025 وزارة الشؤون البلدية والبيئة"):
        assert mark in html, mark
    for absent in ("text-image-section", "downloads-section", 'dir="RTL"', "<p>&nbsp;</p>"):
        assert absent not in html, absent
    assert CHROME | {"الأحد 19 يناير 2025", "إعداد: حمد سالم الكبيسي", "عدد المشاهدات: 731",
                     "فيديو: جانب من جولة فرق التفتيش في سوق الجملة بأم صلال",
                     "الكلمات الدلالية: سلامة الغذاء، الرقابة الصحية، أسواق الأسماك",
                     "إغلاق مطعمين في منطقة السد لمخالفة اشتراطات النظافة", "27/12/2024",
                     "آخر تحديث للصفحة: 20/01/2025 - 02:25 م",
                     "© 2025 وزارة الشؤون البلدية والبيئة - دولة قطر. جميع الحقوق محفوظة.",
                     } <= chrome
    body = truth["body"]
    assert body.startswith("ضبطت فرق الرقابة الصحية بوزارة الشؤون البلدية والبيئة نحو 1.2 طن")
    assert body.endswith("عبر تطبيق الوزارة أو مركز الاتصال الموحد.") and body.count("\n\n") == 3
    assert "إعداد" not in body and "فيديو" not in body
