"""Traits of the shopify_store_blog family (unseen19): a Saudi dates producer's Shopify store on
Dawn 15 (RTL patch), a /blogs/news article: content_for_header with the shop offset, the empty
cart drawer, header group, the main-article section (hero, title, circle-divider time_tag whose
`datetime` is UTC while the text is shop time, author span, rte content, share button, back
link, comments and the "اترك تعليقًا" form), Dawn's Article JSON-LD with local times marked
"Z", the featured-blog cards (printed twice each) and the footer group."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "shopify_store_blog"
HOST = "https://dar-alsukkari.example"
TPL = "template--17265839292577"
COMMON = ('<!doctype html>\n<html class="no-js" lang="ar" dir="rtl">',
          '<meta property="og:type" content="article">',
          '<meta name="twitter:site" content="@daralsukkari">',
          'Shopify.theme = {"name":"Dawn - RTL","id":132451893281,"schema_name":"Dawn",'
          '"schema_version":"15.2.0"', '"offset":10800', '"p":"article"',
          '<link rel="alternate" type="application/atom+xml" title="Feed" '
          'href="/blogs/news.atom" />', '<cart-drawer class="drawer is-empty">',
          '<h2 class="cart__empty-text">سلة التسوق فارغة</h2>',
          '<!-- BEGIN sections: header-group -->',
          'shopify-section-group-header-group announcement-bar-section',
          '<sticky-header data-sticky-type="on-scroll-up"',
          '<header-drawer data-breakpoint="tablet">',
          '<summary id="HeaderMenu-2" class="header__menu-item list-menu__item link focus-inset">',
          '"@type": "Organization"', '<main id="MainContent" class="content-for-layout focus-none"',
          f'<section id="shopify-section-{TPL}__main" class="shopify-section section">',
          'section-blog-post.css', '<article class="article-template">',
          '<h1 class="article-template__title">',
          '</h1><span class="circle-divider caption-with-letter-spacing"><time datetime="',
          '<div class="article-template__content page-width page-width--narrow rte',
          f'<share-button id="Share-{TPL}__main" class="share-button">',
          '<summary class="share-button__button">', 'class="article-template__link link '
          'animate-arrow"', '<h2>اترك تعليقًا</h2>', 'id="comment_form" accept-charset="UTF-8" '
          'class="comment-form"><input type="hidden" name="form_type" value="new_comment" />',
          '<p class="article-template__comment-warning caption">', '"@type": "Article"',
          f'<section id="shopify-section-{TPL}__featured_blog_Ak9pQr"',
          '<p class="article-card__excerpt rte-width">', '<!-- BEGIN sections: footer-group -->',
          '<h2 class="footer-block__heading inline-richtext">اشترك في رسائلنا</h2>',
          'id="FooterCountryForm"', '<title id="pi-mada">Mada</title>',
          'مدعوم من Shopify</a></small><ul class="policies',
          '<ul hidden> <li id="a11y-refresh-page-message">',
          'class="shopify-block shopify-app-block"')
CHROME = {"تخطي إلى المحتوى", "توصيل مجاني داخل المملكة للطلبات فوق 250 ر.س", "الرئيسية",
          "المتجر", "علب الهدايا", "قصتنا", "الأخبار", "تواصل معنا", "سكري مفتّل",
          "القهوة السعودية", "تسجيل الدخول", "البحث", "سلة التسوق", "سلة التسوق فارغة",
          "متابعة التسوق", "هل لديك حساب؟", "سجّل الدخول لإتمام عملية الدفع بشكل أسرع.",
          "الإجمالي التقديري", "0.00 ر.س", "إتمام الطلب", "مشاركة", "الرابط", "نسخ الرابط",
          "إغلاق المشاركة", "العودة إلى المدونة", "اترك تعليقًا", "الاسم *", "تعليق *",
          "يُرجى ملاحظة أنه يجب الموافقة على التعليقات قبل نشرها.", "آخر الأخبار", "عرض الكل",
          "من نحن", "خدمة العملاء", "تتبع طلبك", "اشترك في رسائلنا", "البريد الإلكتروني",
          "الدولة/المنطقة", "SAR ر.س | السعودية", "KWD د.ك | الكويت", "اللغة", "English",
          "طرق الدفع", "Mada", "Apple Pay", "مدعوم من Shopify", "سياسة الاسترداد",
          "شروط الخدمة", "معلومات الاتصال", "يفتح في نافذة جديدة.", "تواصل معنا عبر واتساب"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "itemprop=" not in html and "article:published_time" not in html
    assert html.count('class="share-button__button') == 2  # the button and the summary
    return html, truth, set(truth["must_not_contain"])


def test_unseen19_traits_shopify_store_blog() -> None:
    html, truth, chrome = _common(1)
    assert truth["url"] == f"{HOST}/blogs/news/sukkari-harvest-season-2024"
    assert truth["published_shown"] == "18 أغسطس 2024"
    assert truth["published"] == "2024-08-18" and truth["author"] == "ريم العتيبي"
    for mark in ('<time datetime="2024-08-18T06:30:00Z">18 أغسطس 2024</time>',
                 '"datePublished": "2024-08-18T09:30:00Z"', '"dateCreated": "2024-08-17T16:02:00Z"',
                 '<span>ريم العتيبي</span>', '"name": "ريم العتيبي"',
                 '<div class="article-template__hero-container scroll-trigger animate--fade-in" >',
                 'alt="نخيل السكري في مزرعة الدار"', '\\u0026width=1600"',
                 '<p style="text-align: center;"><em>عمال المزرعة يجنون',
                 '<h2 id="Comments-604219883841" tabindex="-1">\n            تعليقان',
                 'أبو فيصل</span\n                    ><span class="caption-with-letter-spacing">'
                 '<time datetime="2024-08-19T14:20:00Z">19 أغسطس 2024</time>',
                 '&copy; 2024, <a href="/" title="">دار السكري للتمور</a>'):
        assert mark in html, mark
    assert "slideshow-component" not in html and "slider-counter" not in html
    assert CHROME | {"18 أغسطس 2024", "ريم العتيبي", "أبو فيصل", "Noura A.", "تعليقان",
                     "عمال المزرعة يجنون عذوق السكري في الساعات الأولى من الصباح قرب بريدة",
                     "افتتاح فرعنا الجديد في حي الملقا بالرياض", "02 أكتوبر 2024",
                     "مشاركتنا في مهرجان بريدة للتمور: أجنحة للتذوق و...", "05 سبتمبر 2024",
                     "© 2024, دار السكري للتمور"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت دار السكري للتمور صباح اليوم الأحد أعمال جني محصول")
    assert body.endswith("من داخل المملكة وخارجها.") and body.count("\n\n") == 6
    assert "الصباح قرب بريدة" not in body

    # posted at 00:40 Riyadh time: the time tag's UTC datetime is the 2nd, the page shows the 3rd
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "03 ديسمبر 2024"
    assert truth["published"] == "2024-12-03" and truth["author"] is None
    for mark in ('<time datetime="2024-12-02T21:40:00Z">03 ديسمبر 2024</time>',
                 '"datePublished": "2024-12-03T00:40:00Z"', '<span>Dar Alsukkari</span>',
                 '<meta charset="utf-8"><b style="font-weight: normal;" id="docs-internal-guid-',
                 'font-weight: 700; white-space: pre-wrap;">«واحة الخليج»</span>',
                 '<a href="https://dar-alsukkari.example/pages/certificates"', '<p>&nbsp;</p>',
                 'content="http://dar-alsukkari.example/cdn/shop/files/share-dar-alsukkari.jpg',
                 '&copy; 2025, <a href="/" title="">'):
        assert mark in html, mark
    assert "article-template__hero-container" not in html and '"image": [' not in html
    assert "article-template__comments-comment" not in html and "Comments-6110" not in html
    assert CHROME | {"03 ديسمبر 2024", "Dar Alsukkari", "20 يناير 2025", "09 ديسمبر 2024",
                     "بدء استقبال طلبات علب هدايا رمضان للشركات",
                     "تشكيلة الشتاء: تمر السكري مع القهوة بالهيل في ع..."} <= chrome
    body = truth["body"]
    assert body.startswith("وقعت دار السكري للتمور مساء الاثنين اتفاقية مع سلسلة متاجر")
    assert body.endswith("إلى الفروع إلى يومين.") and body.count("\n\n") == 3

    # the newest post: a two-slide announcement bar, and the featured-blog list opens with it
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "24 فبراير 2025"
    assert truth["published"] == "2025-02-24" and truth["author"] is None
    for mark in ('<time datetime="2025-02-24T11:15:00Z">24 فبراير 2025</time>',
                 '<slideshow-component class="announcement-bar"', 'aria-label="2 من 2"',
                 "توزيع <strong>15 ألف سلة</strong> من التمور",
                 '<a href="/products/sallat-alkhair" title="سلة الخير">«سلة الخير»</a>',
                 "<h3>كيف يسهم العملاء في المبادرة؟</h3>",
                 '<p><iframe width="560" height="315" src="https://www.youtube.com/embed/',
                 '<h2 id="Comments-617730621761" tabindex="-1">\n            3 تعليقات',
                 'href="/blogs/news/sallat-alkhair-ramadan-2025" class="full-unstyled-link">\n'
                 '                مبادرة «سلة الخير» توزع 15 ألف سلة تمور على الأ...',
                 '<span class="slider-counter--total">4</span>'):
        assert mark in html, mark
    assert html.count("مبادرة «سلة الخير» توزع 15 ألف سلة تمور على الأ...") == 2
    assert CHROME | {"24 فبراير 2025", "طلبات علب هدايا رمضان للشركات متاحة الآن", "3 تعليقات",
                     "أم عبدالله", "مبادرة رائعة 🌙", "1 / من 4",
                     "مبادرة «سلة الخير» توزع 15 ألف سلة تمور على الأ...",
                     "أطلقت دار السكري للتمور اليوم الاثنين مبادرتها الرمضانية السنوية «سلة...",
                     "إطلاق معمول التمر بالسمن البري بإصدار محدود", "10 فبراير 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت دار السكري للتمور اليوم الاثنين مبادرتها الرمضانية")
    assert body.endswith("حتى العشر الأواخر من الشهر الفضيل.") and body.count("\n\n") == 5
    assert "\n\nكيف يسهم العملاء في المبادرة؟\n\n" in body
