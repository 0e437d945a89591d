"""Traits of the optimizely_gov_news family (unseen21): an Optimizely CMS 11 (Episerver MVC)
news page of a UAE authority's Arabic branch, as its fixtures hold them."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "optimizely_gov_news"
HOST = "https://optimizely-authority.example"
SITE = "هيئة الساحل الشرقي للبيئة والمحميات الطبيعية"
COMMON = ('<html lang="ar" dir="rtl">', '<meta name="generator" content="EPiServer" />',
          f" | {SITE}</title>", '<meta property="og:locale" content="ar_AE" />',
          '/bundles/css-rtl?v=', 'rel="stylesheet"/>', "googletagmanager.com/gtm.js",
          '<a href="#main-content" class="skip-link">',
          '<div class="accessibility-tools" role="toolbar"',
          '<a class="lang-switch" href="', 'lang="en" hreflang="en">English</a>',
          '<ul class="navbar-nav">', '<a class="nav-link active" href="/ar/media-centre/">',
          '<div class="row hideMyTracks">', '<ul class="alloyBreadcrumb">\n            '
          '<a href="/ar/">الرئيسية</a>\n            <span class="divider">/</span>',
          '<a href="/ar/media-centre/news/">الأخبار</a>                '
          '<span class="divider">/</span>',
          '<article class="news-details">', '<span class="news-details__date">تاريخ النشر: <time ',
          'class="rsbtn_play"', '<div class="news-body rich-text" id="news-body">',
          '<span class="news-tags__label">الوسوم:</span>', '<div class="share-tools">',
          '<div class="row"><div class="block pagelistblock  col-12 full">\n<h2>أخبار ذات صلة</h2>',
          '<div class="listResult">', '<p class="small date">',
          '<div><div class="block submenublock  ">', '<div class="block latestnewsblock  ">',
          '<div class="block linklistblock  ">',
          '<a href="/link/3f0c9e2a7b1d4c55a8e6f1b2c3d4e5f6.aspx?epslanguage=ar">',
          '<ul>\n    \n        <li>\n            <a href="',
          '<div><div class="block formcontainerblock  col-12">',
          'class="EPiServerForms ValidationSuccess" data-f-type="form"',
          "/EPiServer.Forms/DataSubmit/GetFormInitScript?formGuid=", 'name="__FormGuid"',
          'name="__FormHostedPage"', 'name="__RequestVerificationToken"',
          '<h2 class="Form__Title">هل كانت هذه الصفحة مفيدة؟</h2>',
          '<section id="__field_" data-f-type="step" data-f-element-name="__field_"',
          'class="FormChoice__Input FormChoice__Input--Radio"', 'data-f-type="submitbutton"',
          '<div class="page-last-modified">\n    <span>آخر تحديث:</span> <time ',
          '<footer class="footer">', "/WebResource.axd?d=",
          "https://dl.episerver.net/13.4.4.1/epi-util/find.js",
          "api.setServiceApiBaseUrl('/find_v2/')")
CHROME = {SITE, "تخطي إلى المحتوى الرئيسي", "حكومة الفجيرة", "أدوات سهولة الوصول", "تكبير الخط",
          "تصغير الخط", "حجم الخط الافتراضي", "تباين الألوان", "English", "تسجيل الدخول",
          "الرئيسية", "عن الهيئة", "المحميات الطبيعية", "الخدمات الإلكترونية", "المركز الإعلامي",
          "البيانات المفتوحة", "تواصل معنا", "بحث", "الأخبار", "تاريخ النشر:", "استمع", "الوسوم:",
          "مشاركة:", "فيسبوك", "إكس", "لينكدإن", "واتساب", "البريد الإلكتروني", "طباعة",
          "أخبار ذات صلة", "أحدث الأخبار", "خدمات ذات صلة", "الإبلاغ عن مخالفة بيئية",
          "هل كانت هذه الصفحة مفيدة؟", "نعم", "كلا", "أخبرنا كيف يمكننا تحسين هذه الصفحة",
          "إرسال", "آخر تحديث:", "الرؤية والرسالة", "روابط مهمة", "سياسة الخصوصية",
          "خريطة الموقع", "الرقم المجاني: 800 2384", "مؤشر السعادة",
          "يُعرض الموقع بأفضل شكل على أحدث إصدارات المتصفحات"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "application/ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen21_traits_optimizely_gov_news() -> None:
    # page 1: captioned and credited image, a bold phrase, TinyMCE's empty last paragraph,
    # an English branch; saved again that afternoon
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 مارس 2024"
    assert truth["published"] == "2024-03-14" and truth["author"] is None
    url = f"{HOST}/ar/media-centre/news/2024/03/kalba-mangrove-spring-campaign/"
    for mark in (f'<link rel="canonical" href="{url}" />',
                 f'<link rel="alternate" href="{HOST}/en/media-centre/news/2024/03/'
                 'kalba-mangrove-spring-campaign/" hreflang="en"/>',
                 f'<link rel="alternate" href="{url}" hreflang="ar"/>',
                 'property="article:published_time" content="2024-03-14T06:30:00.0000000Z" />',
                 'property="article:modified_time" content="2024-03-14T12:12:00.0000000Z" />',
                 '<time datetime="2024-03-14T10:30:00+04:00">14 مارس 2024</time>',
                 '<figure class="news-details__image">', "/contentassets/",
                 "?preset=newsdetail", '<figcaption>متطوعون من طلبة المدارس يغرسون شتلات القرم في '
                 'المرحلة الأولى من الحملة <span class="image-credit">تصوير: المكتب الإعلامي للهيئة'
                 "</span></figcaption>", "<strong>نسبة نجاح الزراعة في المواسم الثلاثة الماضية "
                 "تجاوزت 82 في المئة</strong>", "</p>\n<p>&nbsp;</p>\n            </div>",
                 '<time datetime="2024-03-14T16:12:00+04:00">14/03/2024 04:12 م</time>',
                 "&copy; 2024 " + SITE, 'name="__FormHostedPage" value="4817"'):
        assert mark in html, mark
    assert 'class="news-author"' not in html and "videoblock" not in html
    assert CHROME | {"14 مارس 2024", "أخبار الهيئة", "14/03/2024 04:12 م",
                     "متطوعون من طلبة المدارس يغرسون شتلات القرم في المرحلة الأولى من الحملة",
                     "تصوير: المكتب الإعلامي للهيئة", "التشجير الساحلي", "التطوع البيئي",
                     "فتح باب التسجيل للمتطوعين في حملة تنظيف شاطئ دبا", "8 مارس 2024",
                     "© 2024 " + SITE + ". جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت هيئة الساحل الشرقي صباح اليوم الخميس المرحلة الأولى")
    assert body.endswith("متاحة للأفراد والأسر والمؤسسات على حد سواء.") and body.count("\n\n") == 5
    assert "تصوير" not in body and "الوسوم" not in body

    # page 2: posted 00:35 local (UTC meta the day before), no image, an inline link, no English
    # branch (the switch goes to /en/), never edited (last-modified = publishing)
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "3 يونيو 2024"
    assert truth["published"] == "2024-06-03" and truth["author"] is None
    for mark in ('property="article:published_time" content="2024-06-02T20:35:00.0000000Z" />',
                 '<time datetime="2024-06-03T00:35:00+04:00">3 يونيو 2024</time>',
                 f'<a class="lang-switch" href="{HOST}/en/" lang="en"',
                 '<a href="/ar/protected-areas/visiting-requirements/">اشتراطات زيارة المحميات '
                 "الساحلية</a>",
                 '<time datetime="2024-06-03T00:35:00+04:00">03/06/2024 12:35 ص</time>',
                 f"{HOST}/globalassets/shared/logo-og.png"):
        assert mark in html, mark
    for absent in ('hreflang="en"/>', "article:modified_time", "<figure", "<strong>",
                   'class="news-author"', "&nbsp;"):
        assert absent not in html, absent
    assert CHROME | {"3 يونيو 2024", "03/06/2024 12:35 ص", "الحياة الفطرية", "حماية الأنواع",
                     "الهيئة تعيد تأهيل 12 سلحفاة بحرية مصابة وتطلقها في البحر",
                     "2 يونيو 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت هيئة الساحل الشرقي إغلاق شواطئ البدية وضدنا والعقة")
    assert body.endswith("على مدار الساعة طوال أيام الأسبوع.") and body.count("\n\n") == 3

    # page 3: a report with the only byline, a bare image, justified paragraphs, an <h3> of the
    # story and a video block inside the rich text; saved three days on; footer a year later
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "8 أكتوبر 2024"
    assert truth["published"] == "2024-10-08" and truth["author"] == "مريم راشد اليماحي"
    for mark in ('property="article:published_time" content="2024-10-08T09:15:00.0000000Z" />',
                 'property="article:modified_time" content="2024-10-11T04:32:00.0000000Z" />',
                 '<div class="news-author"><span class="news-author__label">إعداد:</span> '
                 '<span class="news-author__name">مريم راشد اليماحي</span></div>',
                 '<span class="news-details__category">تقارير</span>',
                 'alt="مسح علمي يرصد تعافي 30% من الشعاب المرجانية المتضررة قبالة جزيرة سنوبي" />'
                 "\n            </figure>", "<h3>ما أسباب التعافي؟</h3>",
                 '<p style="text-align: justify;">', '<div class="block videoblock  ">',
                 "youtube.com/embed/r7Qp2XkLm0E",
                 '<span class="video-block__duration">02:45</span>',
                 '<time datetime="2024-10-11T08:32:00+04:00">11/10/2024 08:32 ص</time>',
                 "&copy; 2025 " + SITE):
        assert mark in html, mark
    assert "<figcaption>" not in html
    assert html.index("ما ساعد على عودة الأسماك العاشبة") < html.index("videoblock") \
        < html.index("وقال الدكتور خالد عبدالله النقبي")
    assert CHROME | {"8 أكتوبر 2024", "تقارير", "إعداد: مريم راشد اليماحي", "فيديو",
                     "شاهد: جولة تحت الماء مع فريق المسح", "02:45", "11/10/2024 08:32 ص",
                     "البيئة البحرية", "© 2025 " + SITE + ". جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("كشف مسح علمي أجرته الهيئة بالتعاون مع جامعة الإمارات")
    assert body.endswith("عبر مجسات تعمل على مدار الساعة.") and body.count("\n\n") == 5
    assert "\n\nما أسباب التعافي؟\n\n" in body
    assert "إعداد" not in body and "شاهد" not in body and "فيديو" not in body
