"""The traits the unseen13 poetry_culture_column family is there for, as the site prints them:
a Damascus literary monthly on Drupal 10 with a Bootstrap Barrio subtheme, whose columns and
reviews quote verses (centred lines, a blockquote, a two-cell table); the truth is the day each
page shows, and every verse block is one body paragraph."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "poetry_culture_column"
BARRIO = ('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
          '<meta http-equiv="x-ua-compatible" content="ie=edge" />',
          '<meta name="viewport" content="width=device-width, initial-scale=1, '
          'shrink-to-fit=no" />',
          '<div id="page-wrapper">', '<header id="header" class="header" role="banner"',
          '<nav class="navbar navbar-dark bg-dark" id="navbar-top">',
          'class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main"',
          '<ol class="breadcrumb">', '<li class="breadcrumb-item">',
          '<main class="main-content col order-first" id="content" role="main">',
          'class="sidebar_second sidebar col-md-4 order-last" id="sidebar_second"',
          'class="block block-core block-page-title-block"', '<h1 class="title"><span class="field'
          ' field--name-title', 'class="node node--type-article node--promoted '
          'node--view-mode-full clearfix"', 'class="clearfix text-formatted field field--name-body '
          'field--type-text-with-summary field--label-hidden field__item"',
          "<div class='field__items'>", 'id="block-views-block-related-articles-block-1"',
          'class="views-element-container block block-views '
          'block-views-blockrelated-articles-block-1"', 'id="block-views-block-most-read-block-1"',
          '<li class="statistics-counter">', 'data-drupal-selector="drupal-settings-json"',
          '<footer class="site-footer">', '"@graph": [')
COMMON = {"التجاوز إلى المحتوى الرئيسي", "القائمة الرئيسية", "ديوان مدارات", "مجلة مدارات الثقافية",
          "مجلة ثقافية شهرية تصدر في دمشق", "كلمات مفتاحية", "شارك المقال", "طباعة",
          "مقالات ذات صلة", "الأكثر قراءة", "العدد الجديد", "تصفح العدد", "النشرة البريدية",
          "البريد الإلكتروني", "عن المجلة", "© 2024 مجلة مدارات الثقافية. جميع الحقوق محفوظة.",
          "الآراء الواردة في المقالات تعبر عن وجهات نظر كتابها ولا تمثل بالضرورة رأي المجلة."}


def test_unseen13_traits_poetry_culture_column() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد 14 نيسان 2024 - 10:30"
    assert truth["published"] == "2024-04-14" and truth["author"] == "نزار عيسى"
    for mark in (*BARRIO, 'class="field field--name-field-writer field--type-entity-reference '
                 'field--label-inline clearfix"', '<div class="field__label">بقلم</div>',
                 '<time datetime="2024-04-14T07:30:00Z">الأحد 14 نيسان 2024 - 10:30</time>',
                 '<meta property="article:published_time" content="2024-04-14T10:30:00+0300" />',
                 'id="block-views-block-writer-columns-block-1"',
                 '<p class="text-align-center"><strong>الخيلُ والليلُ والبيداءُ تعرفني ... ',
                 "والحكمُ<br />\nأنا الذي", "<strong>سيف الدولة الحمداني</strong>",
                 '<a href="/ar/turath/3980">«واحر قلباه»</a>'):
        assert mark in html, mark
    assert "<figure" not in html and "<table" not in html and "_ftn" not in html
    assert COMMON | {"نوافذ", "بقلم", "نزار عيسى", "العدد", "211 – نيسان 2024", "1245 مشاهدة",
                     "* كاتب وناقد من سوريا، صدر له «ظلال القصيدة» و«مدن الكلام».",
                     "الأربعاء 17 نيسان 2024", "مقالات أخرى للكاتب", "في مديح القراءة البطيئة",
                     "قراءة جديدة في سيفيات أبي فراس الحمداني", "13 آذار 2024"} <= chrome
    paras = truth["body"].split("\n\n")
    assert len(paras) == 6 and paras[3] == (
        "يا أعدلَ الناسِ إلا في معاملتي ... فيكَ الخصامُ وأنتَ الخصمُ والحكمُ "
        "أنا الذي نظرَ الأعمى إلى أدبي ... وأسمعتْ كلماتي مَن به صممُ")
    assert truth["body"].startswith("لا يكاد يمر أسبوع من دون أن يطالعني بيت للمتنبي")
    assert truth["body"].endswith("لم يكن يتباهى، بل كان يودع.")

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    # posted at 00:40 in +03:00: the page's day is 21 May, the UTC instant is 20 May
    assert truth["published_shown"] == "الثلاثاء 21 أيار 2024 - 00:40"
    assert truth["published"] == "2024-05-21" and truth["author"] is None
    for mark in (*BARRIO, '<time datetime="2024-05-20T21:40:00Z">',
                 '<figure role="group" class="caption caption-img align-left">',
                 "<figcaption>غلاف الديوان الصادر حديثا في دمشق</figcaption>",
                 '<p dir="RTL" style="text-align:justify">', "<h3>النهر بوصفه ذاكرة</h3>",
                 '<blockquote>\n<p dir="RTL">كلَّ مساءٍ<br>\nأفتحُ النافذةَ للنهرِ<br>',
                 '<p dir="RTL" style="text-align:center"><em>أيتها الشرفةُ<br>',
                 "field--name-field-book-card"):
        assert mark in html, mark
    assert "field--name-field-writer" not in html and "article:author" not in html
    assert "writer-columns" not in html and '"author"' not in html
    assert COMMON | {"غلاف الديوان الصادر حديثا في دمشق", "بطاقة الكتاب", "المؤلفة: سلمى الراوي",
                     "عدد الصفحات: 126 من القطع المتوسط", "642 مشاهدة", "212 – أيار 2024",
                     "الجمعة 24 أيار 2024", "شعر التفعيلة"} <= chrome
    paras = truth["body"].split("\n\n")
    assert len(paras) == 9 and paras[2] == "النهر بوصفه ذاكرة"
    assert paras[4] == "كلَّ مساءٍ أفتحُ النافذةَ للنهرِ فيدخلُ حاملاً وجهَ أمي ويخرجُ مالحاً كالدمع"
    assert truth["body"].startswith("عن دار المنارة الجديدة في دمشق صدر حديثا ديوان")
    assert truth["body"].endswith("بعيدا عن ضجيج الجوائز.")

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد 8 أيلول 2024 - 18:15"
    assert truth["published"] == "2024-09-08" and truth["author"] == "عباس الخفاجي"
    for mark in (*BARRIO, '<table align="center" border="0" cellpadding="4" cellspacing="0"',
                 '<td style="width:50%">وشبيهٌ صوتُ النعيِّ إذا قيـ</td>',
                 '<td style="width:50%">ـسَ بصوتِ البشيرِ في كلِّ نادِ</td>',
                 'جميعا.<sup><a href="#_ftn1" name="_ftnref1" title="">[1]</a></sup></p>',
                 '<hr align="right" size="1" width="33%" />', '<div id="ftn2">',
                 "field--name-field-writer-bio", 'id="block-views-block-writer-columns-block-1"'):
        assert mark in html, mark
    assert "<figure" not in html and "<blockquote" not in html
    assert COMMON | {"مرايا التراث", "عباس الخفاجي", "3817 مشاهدة", "الأربعاء 11 أيلول 2024",
                     "* أكاديمي وباحث من العراق، يدرّس الأدب العباسي في جامعة الكوفة.",
                     "[1] ديوان «سقط الزند»، طبعة دار صادر، بيروت.",
                     "[2] للتوسع ينظر: طه حسين، «تجديد ذكرى أبي العلاء».",
                     "ابن الرومي وفن الهجاء الساخر", "30 آب 2024"} <= chrome
    paras = truth["body"].split("\n\n")
    assert len(paras) == 4 and paras[1].startswith("غيرُ مُجدٍ في ملّتي واعتقادي نوحُ باكٍ")
    assert "إذا قيـ ـسَ بصوتِ" in paras[1] and paras[1].endswith("من هذه الأجسادِ")
    assert truth["body"].startswith("قليلة هي القصائد التي تجاوزت مناسبتها")
    assert truth["body"].endswith("من شعر عصرها المثقل بالمديح.")
    assert "[1]" not in truth["body"]
