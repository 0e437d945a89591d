"""The traits the unseen17 family varbase_drupal_news is there for: a Jordanian news site on
Varbase (Drupal 10) with a Vartheme BS4 sub-theme: the Drupal 10 generator meta, metatag
`html_datetime` dates in +0300, a schema_metatag `@graph`, `/sites/default/files/css/css_*`
aggregates, the `dialog-off-canvas-main-canvas` wrapper, vartheme's menu--main quirk
(`data-toggle="dropdown"` on every link), a Better Exposed Filters search form, the Display Suite
`bs-1col` article node with the D10 `created` `<time>` (UTC `datetime`, Levantine local text),
Varbase paragraphs (`paragraph--type--text/quote/image`), AddToAny, the related-content views
block and the `drupalSettings` JSON."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "varbase_drupal_news"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">',
          '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
          '<meta name="MobileOptimized" content="width" />',
          '<script type="application/ld+json">{\n    "@context": "https://schema.org",\n'
          '    "@graph": [\n        {\n            "@type": "NewsArticle",',
          '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_',
          '.css?delta=0&amp;language=ar&amp;theme=almamlaka&amp;include=eJx',
          '<link rel="preload" href="//fonts.googleapis.com/earlyaccess/droidarabickufi.css"',
          '<body class="path-node page-node-type-article">',
          '<a href="#main-content" class="visually-hidden focusable skip-link">',
          '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>',
          '<header class="navbar navbar-expand-lg navbar-light bg-white mb-4 border-bottom '
          'shadow-sm" id="navbar" role="banner">',
          'class="nav-link" data-toggle="dropdown" aria-expanded="false" aria-haspopup="true" '
          'data-drupal-link-system-path="taxonomy/term/6">رياضة</a>',
          'class="language-link" hreflang="en" data-drupal-link-system-path="node/',
          '<div class="views-exposed-form bef-exposed-form block block-views',
          'data-drupal-selector="edit-submit-search"',
          '<div role="main" class="main-container container js-quickedit-main-content">',
          '<li class="breadcrumb-item active">',
          '<h1 class="title"><span class="field field--name-title field--type-string '
          'field--label-hidden">',
          'class="row bs-1col node node--type-article node--view-mode-full">\n'
          '  <div class="col-sm-12 bs-region bs-region--main">',
          '<div class="field field--name-created field--type-created field--label-hidden '
          'field__item"><time datetime="',
          '<div class="field field--name-field-tags field--type-entity-reference '
          'field--label-above">\n    <div class="field__label">الوسوم</div>',
          '<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="',
          '<a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=',
          '<div id="block-views-block-related-content-block-1" class="views-element-container '
          'block block-views block-views-blockrelated-content-block-1">',
          'horizontal-media-teaser-view-mode small anchor-all clearfix node',
          '<aside class="col-sm-3" role="complementary">',
          '<div class="footer-wrapper">\n      <footer class="footer container" '
          'role="contentinfo">',
          '<script type="application/json" data-drupal-selector="drupal-settings-json">'
          '{"path":{"baseUrl":"\\/","pathPrefix":"ar\\/","currentPath":"node\\/')
CHROME = {"تجاوز إلى المحتوى الرئيسي", "القائمة الرئيسية", "الرئيسية", "محليات", "عربي ودولي",
          "رياضة", "English", "العربية", "ابحث في الموقع", "الوسوم", "شارك الخبر",
          "محتوى ذو صلة", "الأكثر قراءة", "من نحن", "سياسة الخصوصية", "تابعونا", "فيسبوك",
          "موقع إخباري أردني يقدم الأخبار المحلية والعربية والدولية على مدار الساعة",
          "© 2025 أخبار المملكة. جميع الحقوق محفوظة."}
PARA = '<div class="paragraph paragraph--type--{}'


def test_unseen17_traits_varbase_drupal_news() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الأحد, أيار 12, 2024 - 10:30"
    assert truth["published"] == "2024-05-12" and truth["author"] == "ليث العبادي"
    for mark in ('<time datetime="2024-05-12T07:30:00Z" title="الأحد, أيار 12, 2024 - 10:30">'
                 'الأحد, أيار 12, 2024 - 10:30</time>',
                 '<meta property="article:published_time" content="2024-05-12T10:30:00+0300" />',
                 '"datePublished": "2024-05-12T10:30:00+0300"',
                 '"author": {\n                "@type": "Person",\n                "name": "ليث',
                 '<div class="field field--name-uid field--type-entity-reference '
                 'field--label-inline">\n    <div class="field__label">بقلم</div>',
                 'class="username">ليث العبادي</a>',
                 '<div class="media media--type-image media--view-mode-s12-standard">\n  <div '
                 'class="field field--name-field-media-image field--type-image',
                 'field--name-field-caption', 'field--name-field-photo-credit',
                 '<div class="clearfix text-formatted field field--name-body field--type-text-with'
                 '-summary field--label-hidden field__item"><p>بدأت سلطة المياه',
                 PARA.format("text paragraph--view-mode--default"),
                 PARA.format("quote paragraph--view-mode--default"),
                 '<div class="row">\n      <div class="">', 'field--name-bp-text',
                 '<blockquote class="blockquote"><p>"لن يتحمل المشترك',
                 "الخطوط <strong>45 في المئة</strong> بسبب",
                 'المشروع <a href="https://www.eeas.europa.eu/delegations/jordan_ar" '
                 'target="_blank">بمنحة من الاتحاد الأوروبي</a> قيمتها',
                 '<li class="nav-item active">\n                    <a href="/ar/local" '
                 'class="nav-link active"'):
        assert mark in html, mark
    assert PARA.format("image") not in html and "field--name-field-source" not in html
    assert CHROME | {"بقلم", "ليث العبادي", "تصوير: محمد القرالة", "مياه الشرب",
                     "فني يركّب عدادا ذكيا على خط منزلي في حي الهاشمي الشمالي صباح الأحد",
                     "الأحد, أيار 12, 2024 - 10:30", "9 أيار 2024", "30 نيسان 2024",
                     "مياهنا تطلق تطبيقا لتقديم شكاوى الفواتير إلكترونيا"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت سلطة المياه صباح اليوم الأحد تركيب أول دفعة من العدادات")
    assert body.endswith("عن خط الفقر المائي المعتمد دوليا.") and body.count("\n\n") == 5
    assert "تصوير" not in body and "بقلم" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:40 Amman time (+03:00): the <time datetime> says 3 August 21:40 UTC,
    # the reader sees 4 August
    assert truth["published_shown"] == "الأحد, آب 4, 2024 - 00:40"
    assert truth["published"] == "2024-08-04" and truth["author"] is None
    for mark in ('<time datetime="2024-08-03T21:40:00Z" title="الأحد, آب 4, 2024 - 00:40">'
                 'الأحد, آب 4, 2024 - 00:40</time>',
                 '<meta property="article:published_time" content="2024-08-04T00:40:00+0300" />',
                 '"author": {\n                "@type": "Organization",\n                '
                 '"name": "أخبار المملكة"',
                 '<div class="field field--name-field-source field--type-string '
                 'field--label-inline">\n    <div class="field__label">المصدر</div>\n'
                 '              <div class="field__item">وكالة الأنباء الأردنية - بترا</div>',
                 'field__item"><p>قررت الجهات المختصة',
                 '<meta property="og:image" content="https://akhbar-almamlaka.example/themes/'
                 'custom/almamlaka/images/og-default.png" />'):
        assert mark in html, mark
    assert "field--name-field-paragraphs" not in html and "field--name-uid" not in html
    assert "field--name-field-media-image" in html  # only the related teasers' thumbnails
    assert "<strong>" not in html and "بقلم" not in html
    assert CHROME | {"المصدر", "وكالة الأنباء الأردنية - بترا", "المعابر الحدودية",
                     "الأحد, آب 4, 2024 - 00:40", "1 آب 2024", "22 تموز 2024",
                     "ارتفاع أعداد القادمين عبر مطار الملكة علياء خلال تموز"} <= chrome
    body = truth["body"]
    assert body.startswith("قررت الجهات المختصة تمديد ساعات العمل على جسر الملك حسين")
    assert body.endswith("عن استفسارات المسافرين على مدار الساعة.") and body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الأربعاء, كانون الأول 18, 2024 - 19:15"
    assert truth["published"] == "2024-12-18" and truth["author"] is None
    for mark in ('<time datetime="2024-12-18T16:15:00Z" title="الأربعاء, كانون الأول 18, 2024 -'
                 ' 19:15">الأربعاء, كانون الأول 18, 2024 - 19:15</time>',
                 '<div class="field field--name-changed field--type-changed field--label-inline">'
                 '\n    <div class="field__label">آخر تحديث</div>',
                 '<time datetime="2024-12-19T06:05:00Z" title="الخميس, كانون الأول 19, 2024 - '
                 '09:05">الخميس, كانون الأول 19, 2024 - 09:05</time>',
                 '<meta property="article:modified_time" content="2024-12-19T09:05:00+0300" />',
                 PARA.format("text"), PARA.format("image"), PARA.format("quote"),
                 'field__item"><h3>ماذا بعد الزرقاء؟</h3><p>وتعمل الحكومة',
                 "أن <strong>67 في المئة</strong> من",
                 'field__item"><p>أعلنت الهيئة المشرفة على قطاع النقل',
                 'alt="حافلة عند محطة في الزرقاء" />'):
        assert mark in html, mark
    assert "field--name-body" not in html.split('id="block-almamlaka-aboutfooter"')[0]
    assert "field--name-field-caption" not in html
    assert "field--name-uid" not in html and "field--name-field-source" not in html
    assert CHROME | {"اقتصاد", "آخر تحديث", "الخميس, كانون الأول 19, 2024 - 09:05",
                     "الأربعاء, كانون الأول 18, 2024 - 19:15", "15 كانون الأول 2024",
                     "هيئة تنظيم النقل البري",
                     "دراسة: ثلث دخل الأسر ينفق على التنقل اليومي"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الهيئة المشرفة على قطاع النقل اليوم الأربعاء")
    assert body.endswith("أجرة الاشتراك الشهري للطلاب وكبار السن.") and body.count("\n\n") == 7
    assert "\n\nماذا بعد الزرقاء؟\n\n" in body and "آخر تحديث" not in body
