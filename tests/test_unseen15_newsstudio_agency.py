"""The traits the unseen15 family newsstudio_agency is there for: the Arabic service of an
Iranian news agency on Nastooh's NewsStudio CMS, its story split between `p.summary.introtext`
in `div.item-summary` (the lead) and `div.item-text` (the rest, with NewsStudio's
`saba-backlink`, coloured-bold subheadings, a video player and a "/انتهى/" wire end), the
`item-date` showing the Solar Hijri date next to the Gregorian Tehran time, UTC "Z" metas
against a +03:30 JSON-LD, a hidden print header, the news-code line, related/tags boxes, the
comment form, sidebar lists and the served-on header date a week after the story."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "newsstudio_agency"
COMMON = ('<html lang="ar" dir="rtl">', '<meta name="generator" content="www.nastooh.ir" />',
          '<meta property="nastooh:pageType" content="news" />',
          '<meta property="nastooh:newsType" content="news" />', '"@type": "NewsArticle"',
          '<body class="rtl full-img pt-news nt-news">', '<header id="header">',
          '<div id="masthead">', '<nav id="menu" class="container">', 'class=" has-child"',
          '<article id="item" class="box item full-img">',
          '<div class="print-header" style="display: none;">', '<li class="url">https://',
          '<div class="item-header">', '<div class="item-nav row">', '<ol class="breadcrumb">',
          '<div class="col-6 col-sm-4 item-date">', '<ul class="header-sharing">',
          '<div class="item-title">', '<h4 class="subtitle kicker">',
          '<h1 class="title"><a href="/news/',
          '</div><div class="item-summary">',
          '<p class="summary introtext" itemprop="description">', '<div class="item-body">',
          '<div itemprop="articleBody" class="item-text"><p>', "</p> \n<p>",
          '</div><div class="item-code">\n                رمز الخبر: <span>',
          '<div class="item-footer row">', '<div class="short-link-container">',
          '<p class="short-link-tooltip">تم النسخ</p>',
          'class="box related-items list list-bullets hidden-time"', '<section class="box tags">',
          '<section id="news-comment"></section>', 'id="frmNewsComment"',
          '<div class="col-12 col-sm-4 sidebar">', '<div class="box chart-box trending-tags">',
          '<a title="Nastooh Saba Newsroom"')
CHROME = {"اخبار ذات صلة", "الكلمات الدليلية", "الرابط المختصر", "تم النسخ", "طباعة",
          "إرسال إلى صديق", "أهم العناوين", "الأكثر مشاهدة", "المواضيع الساخنة", "رأيك",
          "إلغاء الرد", "يرجى إدخال الرقم الظاهر في الصورة", "إرسال", "نسخة سطح المكتب",
          "نسخة الهاتف المحمول", "من نحن", "اتصل بنا",
          "جميع الحقوق محفوظة لوكالة الشرق للأنباء © 2024", "التصميم والتنفيذ: نستوه", "فارسی",
          "English", "ثقافة وفن", "الأرشيف", "الخليج الفارسي", "زيارة الأربعين"}


def test_unseen15_traits_newsstudio_agency() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12/05/2024 - 14:30"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ("<span>٢٣ اردیبهشت ١٤٠٣</span>", '<span class="ltr">12/05/2024 - 14:30</span>',
                 '<li class="date">٢٣ اردیبهشت ١٤٠٣، ١٤:٣٠</li>',
                 'property="article:published_time" content="2024-05-12T11:00:00Z"',
                 '"datePublished": "2024-05-12T14:30:00+03:30"',
                 '<meta property="nastooh:publishDate" content="2024-05-12" />',
                 '<meta name="date" content="2024-05-19 T 09:12:44 +0330" />',
                 '<span class="ltr">May 19, 2024</span>', '<figure class="item-img">',
                 "<figcaption>شاحنات محملة بالبضائع",
                 'وأفاد<a class="saba-backlink" href="https://wakalat-alsharq.example"> مراسل',
                 "<strong>السلع الصناعية ذات القيمة المضافة</strong>",
                 '<p><span style="color:#000080"><strong>خطة لتوسيع المعابر البرية</strong>',
                 '<p>/انتهى/</p>\n            </div><div class="item-code">',
                 "رمز الخبر: <span>85461230</span>", '<h4 class="subtitle kicker">في اجتماع'):
        assert mark in html, mark
    assert CHROME | {"/انتهى/", "شاحنات محملة بالبضائع تنتظر التخليص الجمركي في منفذ مهران "
                     "الحدودي غرب إيران", "٢٣ اردیبهشت ١٤٠٣", "12/05/2024 - 14:30",
                     "٢٣ اردیبهشت ١٤٠٣، ١٤:٣٠", "May 19, 2024", "الأحد ٣٠ اردیبهشت ١٤٠٣",
                     "رمز الخبر: 85461230", "https://wakalat-alsharq.example/x5MAmW",
                     "في اجتماع المجلس الأعلى للتصدير؛", "تجارة وصناعة", "ميناء تشابهار",
                     "افتتاح خط شحن بحري جديد بين بندر عباس وموانئ الهند"} <= chrome
    assert "اقتصاد" not in chrome  # the menu word is inside the story ("اقتصاديون")
    body = truth["body"]
    assert body.startswith("أعلن رئيس منظمة تنمية التجارة الإيرانية أن صادرات البلاد")
    assert body.endswith("اعتماد العملات المحلية في التبادل التجاري مع الشركاء.")
    assert body.count("\n\n") == 6 and "\n\nخطة لتوسيع المعابر البرية\n\nوكشف" in body
    assert "\n\nوأفاد مراسل وكالة الشرق للأنباء، بأن" in body and "انتهى" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:50 Tehran time: the page shows 27 August, the UTC metas say the 26th
    assert truth["published_shown"] == "27/08/2024 - 00:50"
    assert truth["published"] == "2024-08-27" and truth["author"] is None
    for mark in ("<span>٦ شهریور ١٤٠٣</span>", '<span class="ltr">27/08/2024 - 00:50</span>',
                 'property="article:published_time" content="2024-08-26T21:20:00Z"',
                 '"datePublished": "2024-08-27T00:50:00+03:30"',
                 '<meta property="nastooh:publishDate" content="2024-08-27" />',
                 '<h4 class="subtitle kicker"></h4>',
                 '<meta name="twitter:card" content="summary" />',
                 '<p>/انتهى/</p>\n            </div><div class="item-code">'):
        assert mark in html, mark
    assert 'class="item-img"' not in html and "saba-backlink" not in html
    assert "<strong>" not in html and "item-author" not in html
    assert CHROME | {"/انتهى/", "٦ شهریور ١٤٠٣", "27/08/2024 - 00:50", "Sep 3, 2024",
                     "الثلاثاء ١٣ شهریور ١٤٠٣", "٦ شهریور ١٤٠٣، ٠٠:٥٠", "رمز الخبر: 85577914",
                     "سياسة", "سياسة خارجية", "العلاقات الإيرانية العمانية",
                     "المتحدث باسم الخارجية: سياسة الجوار أولوية ثابتة للحكومة"} <= chrome
    body = truth["body"]
    assert body.startswith("بحث وزير الخارجية الإيراني في اتصال هاتفي مع نظيره العماني")
    assert body.endswith("ويعزز الأمن والاستقرار في المنطقة.") and body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "03/11/2024 - 18:15"
    assert truth["published"] == "2024-11-03" and truth["author"] == "زينب الموسوي"
    for mark in ("<span>١٣ آبان ١٤٠٣</span>", '<span class="ltr">03/11/2024 - 18:15</span>',
                 'property="article:published_time" content="2024-11-03T14:45:00Z"',
                 '"datePublished": "2024-11-03T18:15:00+03:30"',
                 '"author": {"@type": "Person", "name": "زينب الموسوي"}',
                 '<div class="item-author"><span>بقلم:</span> <a href="/author/17/',
                 '<figure class="item-img">', "و<a href=\"/tag/", "<h3>ورش عمل للجيل الجديد</h3>",
                 '<div class="itemPlayer0">', '<div class="video-download">'):
        assert mark in html, mark
    assert "<figcaption>" not in html and "/انتهى/" not in html
    assert html.index("المصقول إلى الجيل الجديد.</p>") < html.index("itemPlayer0") < html.index(
        "<p>وأضاف أن اختيار أصفهان")
    assert CHROME | {"بقلم: زينب الموسوي", "تحميل", "23 MB", "بمشاركة 180 عملا؛", "فنون تشكيلية",
                     "١٣ آبان ١٤٠٣", "03/11/2024 - 18:15", "Nov 10, 2024", "الأحد ٢٠ آبان ١٤٠٣",
                     "رمز الخبر: 85641207", "الخط العربي"} <= chrome
    assert "أصفهان" not in chrome  # a tag the story itself names
    body = truth["body"]
    assert body.startswith("افتتح في مدينة أصفهان وسط إيران مساء اليوم الأحد معرض دولي")
    assert body.endswith("لدعم مدارس تعليم الخط في المحافظات.") and body.count("\n\n") == 5
    assert "\n\nورش عمل للجيل الجديد\n\nوقال مدير المعرض" in body
    assert "والنستعليق، إلى جانب لوحات" in body
