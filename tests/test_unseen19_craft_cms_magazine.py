"""Traits of the craft_cms_magazine family (unseen19): a Cairo culture/economy magazine on Craft
CMS + SEOmatic with craft-vite assets, CSRF metas, SEOmatic's head block (generator, og with
`content` first, transform-sized images) and JSON-LD @graph at the end of the body, Neo block
divs for the body (text, image, pull-quote, embed, heading), ar-EG dates in Arabic-Indic digits
with Cairo-offset `datetime`s, tags, read-next cards, most-read, newsletter and footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "craft_cms_magazine"
HOST = "https://riwaq-craft-magazine.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar-EG" dir="rtl" class="no-js">',
          '<meta name="csrf-param" content="CRAFT_CSRF_TOKEN">',
          '<meta name="csrf-token" content="',
          "new CustomEvent(&#039;vite-script-loaded&#039;, "
          "{detail:{path: &#039;src/js/app.ts&#039;}})",
          'rel="modulepreload" crossorigin>',
          "</script><meta name=\"generator\" content=\"SEOmatic\">\n<meta name=\"keywords\"",
          '<meta name="referrer" content="no-referrer-when-downgrade">',
          '<meta content="ar_EG" property="og:locale">',
          '<meta content="article" property="og:type">',
          '<meta content="1200" property="og:image:width">',
          '<meta name="twitter:card" content="summary_large_image">',
          f'<link type="text/plain" href="{HOST}/humans.txt" rel="author"></head>',
          '<body class="page page--article section--', "GTM-K7RQ2LM", '<nav class="main-nav"',
          '<ol class="breadcrumbs__list">', '<div class="article-meta">',
          '<time class="article-meta__date" datetime="',
          '<div class="share-bar" data-module="ShareBar"',
          '<div class="article-body" data-neo-field="articleBody">',
          '<div class="block block--text" data-block-type="text" data-block-id="',
          '<div class="rich-text">', '<h2 class="article-tags__label">الوسوم</h2>',
          '<section class="read-next" aria-labelledby="read-next-title">',
          '<span class="card__category">', '<ol class="most-read__list">',
          '<input type="hidden" name="CRAFT_CSRF_TOKEN" value="',
          '<input type="hidden" name="action" value="campaign/forms/subscribe">',
          '<footer class="site-footer">',
          '<script type="application/ld+json">{"@context":"http://schema.org","@graph":[{"@type":'
          '"NewsArticle","author":{"@id":"https://riwaq-craft-magazine.example#identity"}',
          '"description":"Breadcrumbs list"', '"name":"Homepage","position":1}',
          '"name":"Breadcrumbs"}]}</script></body>\n</html>\n')
CHROME = {"تخطَّ إلى المحتوى", "العدد الجديد: ديسمبر ٢٠٢٤", "القائمة", "بحث", "اشترك في المجلة",
          "ثقافة", "اقتصاد", "فنون", "مجتمع", "ملفات", "بودكاست", "الأعداد", "الرئيسية",
          "شارك المقال", "نسخ الرابط", "الوسوم", "اقرأ أيضًا", "الأكثر قراءة",
          "نشرة الرواق الأسبوعية", "كل خميس: مختارات من مقالات الثقافة والاقتصاد في رسالة واحدة.",
          "البريد الإلكتروني", "اشترك", "يمكنك إلغاء الاشتراك في أي وقت.",
          "مجلة شهرية مستقلة تصدر في القاهرة منذ 2016، وتنشر على موقعها مقالات يومية.",
          "الأقسام", "عن المجلة", "من نحن", "فريق التحرير", "للإعلان", "اتصل بنا",
          "© 2024 مجلة الرواق. جميع الحقوق محفوظة.", "سياسة الخصوصية", "شروط الاستخدام",
          "تصميم وتطوير: Nakhla Studio", "١", "٤"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "article:published_time" not in html and "+00:00" not in html
    chrome = set(truth["must_not_contain"])
    assert chrome >= CHROME, (n, CHROME - chrome)
    return html, truth, chrome


def test_unseen19_traits_craft_cms_magazine() -> None:
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "١٤ مارس ٢٠٢٤"
    assert truth["published"] == "2024-03-14" and truth["author"] == "ريم عبد الحميد"
    for mark in ("<title>ورش الفسطاط تستعيد زبائنها: الخزف اليدوي يتحول من تراث مهدد إلى مصدر دخل"
                 " | مجلة الرواق</title>",
                 '<time class="article-meta__date" datetime="2024-03-14T11:20:00+02:00">'
                 "١٤ مارس ٢٠٢٤</time>", '<span class="article-meta__by">بقلم</span> <a class='
                 '"article-meta__author-link"', "دقيقتان للقراءة",
                 '<p class="article-header__standfirst">بعد عقد من الركود',
                 '<figure class="block block--image block--image-wide" data-block-type="image"',
                 '/uploads/articles/_articleWide/fustat-wheel-mahmoud.webp 1280w',
                 '<span class="block-image__credit">تصوير: أحمد فتحي</span>',
                 '<aside class="block block--pullquote" data-block-type="pullQuote"',
                 '<footer class="pullquote__cite">— هالة منصور، مؤسسة طين للتنمية</footer>',
                 '<aside class="author-card" data-author-id="214">',
                 '"datePublished":"2024-03-14T11:20:00+02:00"',
                 "_1200x630_crop_center-center_82_none/fustat-pottery-workshops-return.jpg",
                 '<li class="main-nav__item main-nav__item--active"><a class="main-nav__link" '
                 f'href="{HOST}/culture">ثقافة</a></li>', '"name":"ثقافة","position":2}'):
        assert mark in html, mark
    assert "block--embed" not in html and "block--heading" not in html
    assert "article-meta__updated" not in html
    assert {"بقلم ريم عبد الحميد", "ريم عبد الحميد", "١٤ مارس ٢٠٢٤",
            "الخزاف محمود السيد أمام الدولاب في ورشته بقرية الفواخير", "تصوير: أحمد فتحي",
            "— هالة منصور، مؤسسة طين للتنمية", "كل مقالات الكاتبة",
            "صحفية متخصصة في التراث والحرف اليدوية، تكتب في الرواق منذ 2019.",
            "فنون الخزف", "الصناعات التراثية", "مصر القديمة", "١١ مارس ٢٠٢٤", "٥ مارس ٢٠٢٤",
            "٢٨ فبراير ٢٠٢٤", "بيت السناري يفتح أبوابه لورش الخط العربي طوال رمضان",
            "بعد عقد من الركود، ترتفع طلبيات المطاعم والمصممين على الأواني المصنوعة يدويا في "
            "قرية الفواخير، لكن الحرفيين يخشون أن تكون الموجة عابرة."} <= chrome
    body = truth["body"]
    assert body.startswith("عادت الحركة إلى ورش الخزف في قرية الفواخير بمنطقة الفسطاط")
    assert body.endswith("ومصممي الديكور القادمين من مختلف المحافظات.") and body.count("\n\n") == 5
    assert "تصوير: " not in body and "بقلم" not in body and body.count("يحصل على ضعف ما يدفعه") == 1

    # posted at 00:30 Cairo winter time (+02:00): 5 November locally, 4 November in UTC
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "٥ نوفمبر ٢٠٢٤"
    assert truth["published"] == "2024-11-05" and truth["author"] is None
    for mark in ('<time class="article-meta__date" datetime="2024-11-05T00:30:00+02:00">'
                 "٥ نوفمبر ٢٠٢٤</time>", 'data-post-date="1730759400"', "دقيقة واحدة للقراءة",
                 '"datePublished":"2024-11-05T00:30:00+02:00"',
                 '<meta name="description" content="مجلة شهرية مصرية مستقلة تعنى بالثقافة',
                 "/uploads/site/_1200x630_crop_center-center_82_none/riwaq-share.png",
                 '<a href="https://www.egyptianpublishers.example/" target="_blank" rel="noopener">'
                 "اتحاد الناشرين المصريين</a>", "<strong>الطباعة حسب الطلب</strong>"):
        assert mark in html, mark
    assert "article-meta__author" not in html and "author-card" not in html
    assert "article-header__standfirst" not in html and "<figure" not in html
    assert "block--pullquote" not in html and "block--embed" not in html
    assert html.count('data-block-type="text"') == 1
    assert not any(line.startswith("بقلم") for line in chrome)
    assert {"٥ نوفمبر ٢٠٢٤", "صناعة النشر", "مستلزمات الطباعة", "سوق الكتاب", "٢ نوفمبر ٢٠٢٤",
            "٢٦ أكتوبر ٢٠٢٤", "٢٠ أكتوبر ٢٠٢٤",
            "تجار الأثاث في دمياط يراهنون على التصدير إلى الخليج"} <= chrome
    body = truth["body"]
    assert body.startswith("قلصت دور نشر مصرية عدد النسخ في الطبعة الأولى")
    assert body.endswith("مقارنة بأسعار الدورة الماضية.") and body.count("\n\n") == 3

    # summer time (+03:00), updated the next morning; subheading and YouTube embed blocks
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "٢١ يوليو ٢٠٢٤"
    assert truth["published"] == "2024-07-21" and truth["author"] is None
    for mark in ('<time class="article-meta__date" datetime="2024-07-21T19:45:00+03:00">'
                 "٢١ يوليو ٢٠٢٤</time>", '<span class="article-meta__updated">آخر تحديث: '
                 '<time datetime="2024-07-22T10:05:00+03:00">٢٢ يوليو ٢٠٢٤</time></span>',
                 '<div class="block block--embed" data-block-type="embed"',
                 'src="https://www.youtube-nocookie.com/embed/k3Vq9RbT2mE?rel=0"',
                 '<p class="block-embed__caption">الإعلان الترويجي لدورة هذا العام من مهرجان '
                 'موج</p>',
                 '<h2 class="block-heading__title" id="h-92733">ميزانية بلا رعاة كبار</h2>',
                 '"dateModified":"2024-07-22T10:05:00+03:00"', "/dist/assets/app-6d0e2f5a.js",
                 '<p class="article-header__standfirst">انسحب الراعي الرئيسي'):
        assert mark in html, mark
    assert "article-meta__author" not in html and "<figure" not in html
    assert "block--pullquote" not in html
    assert {"٢١ يوليو ٢٠٢٤", "آخر تحديث: ٢٢ يوليو ٢٠٢٤", "الموسيقى المستقلة", "المهرجانات",
            "الاقتصاد الإبداعي", "الإعلان الترويجي لدورة هذا العام من مهرجان موج",
            "١٨ يوليو ٢٠٢٤", "دار الأوبرا ترفع أسعار تذاكر الموسم الجديد"} <= chrome
    body = truth["body"]
    assert body.startswith("تنطلق الخميس المقبل في الإسكندرية الدورة السادسة من مهرجان")
    assert body.endswith("في معظم النزل القريبة من موقع الحفلات.") and body.count("\n\n") == 5
    assert "\n\nميزانية بلا رعاة كبار\n\n" in body and "الإعلان الترويجي" not in body
