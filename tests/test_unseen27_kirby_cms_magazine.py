"""Traits of the kirby_cms_magazine family (unseen27): a Lebanese independent culture magazine
on Kirby CMS with hand-written snippets: header snippet with `css()` stylesheets and JSON-LD,
Beirut-offset `article:published_time`, Levantine month names in `time.article-date`, Kirby's
blocks loop (`div.block.block-type-*` around the text, image, quote, heading and video block
snippets), tags linked as Kirby params URLs, author card, "more from" list and footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "kirby_cms_magazine"
HOST = "https://kirby-majalla.example"
COMMON = ('<!doctype html>\n<html lang="ar" dir="rtl">',
          '<meta name="viewport" content="width=device-width,initial-scale=1.0">',
          f'<link href="{HOST}/assets/css/index.css?v=',
          f'<link href="{HOST}/assets/css/templates/article.css" rel="stylesheet">',
          '<script type="application/ld+json">\n{\n  "@context": "https://schema.org",',
          '<body class="template-article">', '<a class="skip-link" href="#main">',
          '<div class="page">\n    <header class="header">\n      <a class="logo" href="',
          '<span class="logo-tagline">مجلة ثقافية مستقلة من بيروت</span>',
          '<nav id="menu" class="menu" aria-label="الأقسام">', '<a aria-current="page" href="',
          '<main id="main" class="main">\n      <article class="article">',
          '<header class="article-header">', '<nav class="breadcrumb" aria-label="breadcrumb">',
          '<h1 class="article-title">', '<div class="article-meta">',
          '<time class="article-date" datetime="', '<span class="article-readtime">',
          '<div class="article-text text">\n          <div id="',
          'class="block block-type-text">\n            <p>',
          '<footer class="article-footer">', '<ul class="article-tags tags">',
          f'<li><a href="{HOST}/majalla/tag:%D', '" rel="tag">',
          '<div class="share">', '<button class="share-copy" type="button"',
          '<section class="more-from">', '<h2 class="more-from-title">المزيد من ',
          '<li class="more-from-item">', '<time class="more-from-date" datetime="',
          "/media/pages/majalla/", '<footer class="footer">', '<nav class="footer-menu">',
          '<form class="newsletter"', f'<script src="{HOST}/assets/js/index.js?v=')
CHROME = {"انتقل إلى المحتوى", "الفسحة", "مجلة ثقافية مستقلة من بيروت", "فنون بصرية",
          "سينما وشاشات", "موسيقى وصوت", "مسرح وأداء", "كتب وقراءات", "مدن وذاكرة",
          "ادعم الفسحة", "الرئيسية", "المجلة", "وسوم:", "شارك المقال", "فيسبوك", "إكس", "واتساب",
          "نسخ الرابط", "من نحن", "اكتب معنا", "اتصل بنا", "سياسة الخصوصية", "إنستغرام",
          "تيليغرام", "النشرة الشهرية", "اشترك",
          "مختارات الشهر من الفسحة في رسالة واحدة أول كل شهر.",
          "الفسحة مجلة ثقافية مستقلة تصدر في بيروت منذ عام 2019، وتنشر بالعربية عن الفنون "
          "والكتب والمدن."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen27_traits_kirby_cms_magazine() -> None:
    # page 1: long story, autumn (+03:00), byline, image block with caption and credit,
    # quote block with citation introduced by the paragraph before it, bold words
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "12 تشرين الأول 2024"
    assert truth["published"] == "2024-10-12" and truth["author"] == "رانيا حداد"
    for mark in ("<title>معرض استعادي في الجميزة يعيد ملصقات السينما اللبنانية المنسية إلى الضوء"
                 " | الفسحة</title>",
                 '<meta property="article:published_time" content="2024-10-12T19:30:00+03:00">',
                 '"datePublished": "2024-10-12T19:30:00+03:00"',
                 '<time class="article-date" datetime="2024-10-12T19:30:00+03:00">12 تشرين الأول '
                 "2024</time>", '<span class="article-author">بقلم <a href="'
                 f'{HOST}/authors/rania-haddad" rel="author">رانيا حداد</a></span>',
                 'class="block block-type-image">\n            <figure class="figure figure--wide"'
                 ' data-ratio="auto">', '<figcaption class="figure-caption">',
                 '<span class="figure-credit">الصورة: أرشيف إلياس معلوف / مساحة الدرج</span>',
                 'class="block block-type-quote">\n            <blockquote>\n  «كنا نظن',
                 "<footer>\n    — نادين صليبا، قيّمة المعرض  </footer>",
                 "<strong>ملصقات تالفة</strong>", '<aside class="author-card">',
                 "كل مقالات رانيا حداد ←", "&copy; 2024 / الفسحة"):
        assert mark in html, mark
    assert "block-type-heading" not in html and "block-type-video" not in html
    assert CHROME | {"12 تشرين الأول 2024", "4 دقائق قراءة", "بقلم رانيا حداد", "رانيا حداد",
                     "ملصق فيلم «إلى أين؟» لجورج نصر، أحد أقدم الملصقات المعروضة في القاعة "
                     "الأولى", "الصورة: أرشيف إلياس معلوف / مساحة الدرج",
                     "— نادين صليبا، قيّمة المعرض", "ملصقات الأفلام", "أرشيف بصري",
                     "المزيد من فنون بصرية", "30 أيلول 2024", "27 آب 2024",
                     "ورشة طباعة حريرية في طرابلس تستعيد حرفة منسية", "كل مقالات رانيا حداد ←",
                     "© 2024 / الفسحة"} <= chrome
    body = truth["body"]
    assert body.startswith("افتُتح مساء الخميس في غاليري «مساحة الدرج» في الجميزة")
    assert body.endswith("في تاريخ السينما العربية وطلاب معاهد الفنون.")
    assert body.count("\n\n") == 6
    assert "تاريخ الصورة في لبنان:\n\n«كنا نظن أن هذه الملصقات" in body
    assert "نادين صليبا، قيّمة المعرض" not in body and "الصورة:" not in body

    # page 2: short, winter (+02:00) posted at 00:45 local, no byline, no image, link and bold
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "18 كانون الثاني 2025"
    assert truth["published"] == "2025-01-18" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-18T00:45:00+02:00">',
                 '"datePublished": "2025-01-18T00:45:00+02:00"',
                 '"author": {\n    "@type": "Organization"', "<strong>لمى شمص</strong>",
                 '<a href="https://cultural-grants.example/ar/calls" rel="noopener noreferrer" '
                 'target="_blank">صندوق المنح الثقافية المستقلة</a>', "&copy; 2025 / الفسحة"):
        assert mark in html, mark
    for absent in ('class="article-author"', '<aside class="author-card">', "block-type-image",
                   "block-type-quote", "article:author", '<figure class="article-cover">'):
        assert absent not in html, absent
    assert html.count('class="block block-type-') == 1
    assert CHROME | {"18 كانون الثاني 2025", "دقيقة واحدة قراءة", "مسرح الشارع", "فرق مستقلة",
                     "المزيد من مسرح وأداء", "3 كانون الثاني 2025", "29 تشرين الثاني 2024",
                     "كيف تنجو الخشبات الصغيرة في بيروت من أزمة الإيجارات؟"} <= chrome
    body = truth["body"]
    assert body.startswith("تنطلق فرقة «مسرح الطريق» الشابة نهاية الشهر الجاري")
    assert body.endswith("داعيةً البلديات الراغبة في استضافتها إلى التواصل معها.")
    assert body.count("\n\n") == 3 and len(body.split()) < 131

    # page 3: uncaptioned cover image, heading block (text), video block with caption (chrome)
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "6 أيار 2025"
    assert truth["published"] == "2025-05-06" and truth["author"] == "سامر الأتاسي"
    for mark in ('<meta property="article:published_time" content="2025-05-06T11:10:00+03:00">',
                 f'<span class="article-author">بقلم <a href="{HOST}/authors/samer-al-atassi"',
                 '<figure class="article-cover">', 'sizes="100vw" alt="" width="1200"',
                 'class="block block-type-heading">\n            <h2>تسجيل في غرفة واحدة</h2>',
                 'class="block block-type-video">\n            <figure>\n  <iframe '
                 'allow="fullscreen" allowfullscreen src="https://www.youtube-nocookie.com/embed/hV2q7mZr0sE">',
                 "<figcaption>ريم الخطيب تعزف «صباح في حمص» خلال جلسات تسجيل الألبوم</figcaption>",
                 '<aside class="author-card">'):
        assert mark in html, mark
    assert "figure-caption" not in html and "<strong>" not in html
    assert CHROME | {"6 أيار 2025", "3 دقائق قراءة", "بقلم سامر الأتاسي",
                     "ريم الخطيب تعزف «صباح في حمص» خلال جلسات تسجيل الألبوم", "آلة العود",
                     "إصدارات جديدة", "المزيد من موسيقى وصوت", "18 نيسان 2025", "15 آذار 2025",
                     "كل مقالات سامر الأتاسي ←", "© 2025 / الفسحة"} <= chrome
    body = truth["body"]
    assert body.startswith("أصدرت عازفة العود السورية ريم الخطيب، المقيمة في بيروت")
    assert body.endswith("في مسرح المدينة في الحادي والعشرين من أيار.")
    assert body.count("\n\n") == 5 and "\n\nتسجيل في غرفة واحدة\n\n" in body
    assert "صباح في حمص" not in body
