"""Traits of the processwire_ngo family (unseen28): a Lebanese NGO's news on ProcessWire 3, the
site-default profile's `_main.php` through Markup Regions (merged `head#html-head` and
`body#html-body`, pw-* attributes stripped), `ul.topnav` with the visually-hidden current-page
label, `form.search`, `div.breadcrumbs` from the page's parents, `#content` with
`h1#content-head`, the `date` field in Levantine month names, `categories` page references,
the `images` field's description as caption, CKEditor `body` in `#content-body`, then
`#sidebar` with the latest news, the MarkupPagerNav list, categories, donate and newsletter
boxes, and the profile's "Powered by ProcessWire CMS / Admin Login" footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "processwire_ngo"
HOST = "https://pw-jameya.example"
COMMON = ("<head id='html-head'>", "<title id='html-title'>", "<body id='html-body' class=\"",
          "template-news-item has-sidebar",
          '<a href="#main" class="visually-hidden element-focusable bypass-to-main">',
          "/wire/modules/Jquery/JqueryCore/JqueryCore.js", "/site/templates/styles/main.css",
          "<ul class='topnav' role='navigation'>",
          "<li class='current'><span class='visually-hidden'>الصفحة الحالية: </span>"
          "<a href='/news/'>الأخبار</a></li>", "<form class='search' action='/search/'",
          "<div class='breadcrumbs' role='navigation' aria-label='أنت هنا:'><span><a href='/'>"
          "الرئيسية</a></span> <span><a href='/news/'>الأخبار</a></span> ",
          "<div id='main'>", "<div id='content'>", "<h1 id='content-head'>",
          "<p class='news-meta'>", "<span class='categories'>التصنيف: <a href='/categories/",
          "<div id='content-body' class='body'>", "<div class='share-links'>",
          "<aside id='sidebar'>", "<ul class='news-list'>",
          "<ul class='MarkupPagerNav' role='navigation' aria-label='روابط الصفحات'>",
          "class='MarkupPagerNavOn MarkupPagerNavFirst MarkupPagerNavFirstNum' "
          "aria-current='true'><a href='/news/'><span>1</span></a></li>",
          "class='MarkupPagerNavNext MarkupPagerNavLast' ><a href='/news/page2'><span>التالي"
          "</span></a></li>", "<footer id='footer'>",
          "Powered by <a href='http://processwire.com'>ProcessWire CMS</a>",
          "<a href='/processwire/'>Admin Login</a>")
CHROME = {"انتقل إلى المحتوى", "نعمل مع المجتمعات المحلية في صور والجنوب منذ عام 2009",
          "فيسبوك", "إنستغرام", "يوتيوب", "الرئيسية", "من نحن", "برامجنا", "الأخبار",
          "تقارير ومنشورات", "تطوع معنا", "تواصل معنا", "الصفحة الحالية:", "English", "بحث:",
          "بحث", "التصنيف:", "شارك الخبر:", "واتساب", "إكس", "طباعة", "آخر الأخبار", "التالي",
          "التصنيفات", "التدريب المهني (14)", "الاستجابة الطارئة (23)", "ادعم برامجنا",
          "تبرع الآن", "النشرة الشهرية", "اشتراك",
          "صور – جنوب لبنان، شارع أبو ديب، بناية الأمل، الطابق الثاني", "هاتف: 07 345 210",
          "علم وخبر رقم 1187/أد تاريخ 12 آذار 2009", "Powered by ProcessWire CMS", "Admin Login"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "pw-append" not in html and "pw-prepend" not in html and "pw-id" not in html
    assert "application/ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen28_traits_processwire_ngo() -> None:
    # page 1: byline, first image with its description as caption, gallery, bold, h3, link
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "14 أيار 2024"
    assert truth["published"] == "2024-05-14" and truth["author"] == "رنا الحاج علي"
    for mark in ("<title id='html-title'>سنابل تطلق دورة تدريب مهني لمئة وعشرين شابة من مخيمات "
                 "صور وقراها | جمعية سنابل</title>",
                 "<time class='date' datetime='2024-05-14T11:20:00+03:00'>14 أيار 2024</time>",
                 "<span class='author'>إعداد: <a href='/news/?author=42'>رنا الحاج علي</a></span>",
                 "has-sidebar has-image", "<figure class='news-image'>",
                 "<figcaption>متدربات خلال أول حصة عملية في مشغل الخياطة بمركز الجمعية في البص"
                 "</figcaption>", "<ul class='news-gallery'>", "alt='قاعة الحاسوب في مركز البص'",
                 "lightbox.min.css", "<strong>سبعاً من كل عشر شابات</strong>",
                 "<h3>شروط المشاركة والمنحة</h3>",
                 f'<a href="{HOST}/programs/vocational-training/">صفحة برنامج التدريب المهني</a>',
                 f'<meta property="og:image" content="{HOST}/site/assets/files/1342/',
                 "<li aria-label='الصفحة 6، الصفحة الأخيرة' class='MarkupPagerNavLastNum' >",
                 "<p class='next-news'>الخبر التالي: ", "&copy; 2024 جمعية سنابل"):
        assert mark in html, mark
    assert "TextformatterVideoEmbed" not in html and "news-files" not in html
    assert CHROME | {"14 أيار 2024", "إعداد: رنا الحاج علي", "تدريب مهني", "مخيم الرشيدية",
                     "متدربات خلال أول حصة عملية في مشغل الخياطة بمركز الجمعية في البص",
                     "الخبر السابق: جلسة توعية حول حقوق العاملات في الزراعة ببلدة القليلة",
                     "الخبر التالي: حملة تنظيف لشاطئ صور بمشاركة مئتي متطوع",
                     "افتتاح مكتبة للأطفال في مركز الجمعية بالبص", "22 نيسان 2024",
                     "© 2024 جمعية سنابل للتنمية المجتمعية"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت جمعية سنابل للتنمية المجتمعية صباح أمس الاثنين")
    assert body.endswith("من التاسعة صباحاً حتى الثالثة بعد الظهر.") and body.count("\n\n") == 6
    assert "\n\nشروط المشاركة والمنحة\n\n" in body
    assert "إعداد" not in body and "متدربات خلال" not in body

    # page 2: posted at 00:40 Beirut summer time, no image, an inline link and a files list
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "3 آب 2024"
    assert truth["published"] == "2024-08-03" and truth["author"] is None
    for mark in ("<time class='date' datetime='2024-08-03T00:40:00+03:00'>3 آب 2024</time>",
                 f'<a href="{HOST}/reports/water-2024/">التقرير الكامل</a>',
                 "<div class='news-files'>\n\t\t\t\t<h4>تحميل التقرير</h4>",
                 "<small>(PDF، 1.8 ميغابايت)</small>",
                 f'<meta property="og:image" content="{HOST}/site/templates/styles/images/'):
        assert mark in html, mark
    for absent in ("<figure", "class='author'", "news-updated", "TextformatterVideoEmbed"):
        assert absent not in html, absent
    assert CHROME | {"3 آب 2024", "تحميل التقرير", "تقرير المياه في تجمعات جنوب صور",
                     "(PDF، 1.8 ميغابايت)", "أمن مائي", "تجمعات غير رسمية",
                     "حملة تنظيف لشاطئ صور بمشاركة مئتي متطوع"} <= chrome
    body = truth["body"]
    assert body.startswith("نشرت جمعية سنابل للتنمية المجتمعية تقريرها الميداني")
    assert body.endswith("داعياً الأهالي إلى غلي المياه قبل استخدامها.")
    assert body.count("\n\n") == 3 and "تحميل" not in body

    # page 3: winter (+02:00), a statement one level deeper, a video embed, "آخر تحديث"
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "2 كانون الأول 2024"
    assert truth["published"] == "2024-12-02" and truth["author"] is None
    for mark in ("<time class='date' datetime='2024-12-02T15:10:00+02:00'>2 كانون الأول 2024"
                 "</time>", "<span><a href='/news/statements/'>بيانات صحفية</a></span> <span>",
                 f'<link rel="canonical" href="{HOST}/news/statements/winter-heating-kits-',
                 "<div class='TextformatterVideoEmbed' style='position:relative;",
                 "youtube.com/embed/Qm4x7Lr2VbE?feature=oembed",
                 "<small>آخر تحديث: 4 كانون الأول 2024</small>",
                 "<li aria-label='الصفحة 9، الصفحة الأخيرة' class='MarkupPagerNavLastNum' >"):
        assert mark in html, mark
    assert "<figure" not in html and "next-news" not in html and "class='author'" not in html
    assert html.index("طقم ملابس شتوية لكل طفل دون الثانية عشرة.</p>") \
        < html.index("TextformatterVideoEmbed") < html.index("<p>وأوضحت الجمعية في بيانها")
    assert CHROME | {"2 كانون الأول 2024", "بيانات صحفية", "آخر تحديث: 4 كانون الأول 2024",
                     "استجابة طارئة", "حملة دفء", "28 تشرين الثاني 2024",
                     "الخبر السابق: نداء عاجل لتأمين فرش وأغطية للعائلات النازحة في مدارس صور",
                     "© 2024 جمعية سنابل للتنمية المجتمعية"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت فرق جمعية سنابل للتنمية المجتمعية اليوم الاثنين")
    assert body.endswith("لتغطية أشهر الشتاء كاملة.") and body.count("\n\n") == 3
    assert "آخر تحديث" not in body
