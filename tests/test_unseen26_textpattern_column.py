"""Traits of the textpattern_column family (unseen26): a Moroccan writer's opinion column site
on Textpattern CMS 4.8 with the stock four-point-eight theme and the Arabic textpack: the
theme's head (page_title, css.php, generator, meta keywords/author, og tags, Blog/BlogPosting
JSON-LD, feed links), header, section navigation and search form, `article.article` with
`h1 itemprop="headline"`, "منشور" + `time` (Moroccan month names, UTC "Z" datetime), the
Textile body in `div itemprop="articleBody"`, author and category links, the comments section
and form, the paginator, the aside (feeds, recent articles, links) and the footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "textpattern_column"
HOST = "https://txp-maqalat.example"
COMMON = ('<html lang="ar" dir="rtl">', '<meta name="generator" content="Textpattern CMS">',
          f'<link rel="stylesheet" href="{HOST}/css.php?n=default&amp;t=four-point-eight">',
          '<meta property="og:type" content="article">', '"@type": "BlogPosting",',
          '<body class="maqalat-page" itemscope itemtype="https://schema.org/WebPage">',
          '<a class="skip-link" href="#main">انتقل إلى المحتوى</a>',
          '<header class="site-header">\n    <h2><a rel="home" href="'
          f'{HOST}/">دفاتر الرأي</a></h2>', '<nav id="navigation" class="site-navigation"',
          '<li class="active">', 'itemtype="https://schema.org/SearchAction"',
          '<main id="main" aria-label="المحتوى الرئيسي" itemscope '
          'itemtype="https://schema.org/Blog">',
          '<article class="article" itemprop="blogPost" itemscope '
          'itemtype="https://schema.org/BlogPosting">', '<strong>منشور</strong>',
          '<div itemprop="articleBody">', '<strong>مؤلف</strong>', '<a rel="author" href="',
          '<strong>فئات</strong>', '<span itemprop="keywords">', '<section id="comments-head">',
          '<nav class="paginator"', '<aside class="complementary-content">',
          '<ul class="recent_articles">', '<h4>تغيير الروابط</h4>', '<ul class="linklist">',
          '<footer class="site-footer">', 'title="انتقل إلى موقع تكستباترن">Textpattern CMS</a>')
CHROME = {"انتقل إلى المحتوى", "دفاتر الرأي", "مقالات في الشأن المغربي بقلم حميد الزياني",
          "الاستقبال", "مقالات", "حوارات", "عن الكاتب", "بحث", "منشور", "فئات", "تعليقات",
          "السابق", "RSS / Atom", "أحدث المقالات", "تغيير الروابط", "اليوم الآخر", "دفاتر أدبية",
          "نشرت مع Textpattern CMS"}
FORM = {"أضف تعليقك", "صاحب التعليق *", "البريد الإلكتروني *", "موقع على الأنترنت", "رسالة *",
        "اكتب تعليقك بالأسفل. الحقول المعلمة بـ * مطلوبة. لابد من مشاهدة التعليق قبل نشر."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen26_traits_textpattern_column() -> None:
    # page 1: captioned figure, h3 subheading, inline link, bold, three comments (one the writer's)
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "07 شتنبر 2024"
    assert truth["published"] == "2024-09-07" and truth["author"] == "حميد الزياني"
    for mark in ("<title>دفاتر الرأي: حين يصبح الماء سؤالا سياسيا في قرى الأطلس</title>",
                 '<meta name="keywords" content="الماء,العالم القروي">',
                 '<meta name="author" content="حميد الزياني">',
                 '<meta property="og:image" content="' f'{HOST}/images/17.jpg">',
                 '<h1 itemprop="headline">حين يصبح الماء سؤالا سياسيا في قرى الأطلس</h1>',
                 '<time datetime="2024-09-07T17:40:00Z" itemprop="datePublished">\n'
                 "            07 شتنبر 2024\n        </time>",
                 '<span itemprop="userInteractionCount">3</span>',
                 '<figure itemprop="image" itemscope itemtype="https://schema.org/ImageObject">',
                 '<figcaption itemprop="caption">', "<h3>ما الذي تغير في الجبل؟</h3>",
                 '<a href="https://www.cese.ma/', "<strong>عدالة مائية</strong>",
                 '<ol class="comments-list">', 'id="c000412">#</a>',
                 '<article class="comments comments-author"',
                 '<span class="is-author">(مؤلف)</span>',
                 '<time datetime="2024-09-07T20:50:00Z" itemprop="dateCreated">',
                 '<section id="comments-form">', '<form id="txpCommentInputForm" method="post"',
                 'id="txpCommentSubmit" disabled>', 'rel="next"'):
        assert mark in html, mark
    assert CHROME | FORM | {"07 شتنبر 2024", "مؤلف حميد الزياني", "الماء, العالم القروي",
                            "صهريج للماء الشروب في دوار بإقليم أزيلال، غشت 2024", "سعيد أوبلا",
                            "07 شتنبر 2024 21:50 (منذ 38 أسابيع)", "حميد الزياني (مؤلف)",
                            "ليلى بنعمر", "التالي", "الجامعة المغربية وسؤال التشغيل"} <= chrome
    body = truth["body"]
    assert body.startswith("عدت قبل أيام من جولة في قرى إقليم أزيلال")
    assert body.endswith("هي الوجه الآخر لكل بئر تجف في الأعالي.") and body.count("\n\n") == 5
    assert "\n\nما الذي تغير في الجبل؟\n\n" in body and "صهريج للماء" not in body

    # page 2: posted 00:20 Moroccan time (+01:00): the UTC datetime is the day before; the
    # editorial account, no image, no comments yet
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "14 دجنبر 2024"
    assert truth["published"] == "2024-12-14" and truth["author"] is None
    for mark in ('<time datetime="2024-12-13T23:20:00Z" itemprop="datePublished">',
                 '<meta name="author" content="هيئة التحرير">', ">هيئة التحرير</a>",
                 '<span itemprop="userInteractionCount">0</span>'):
        assert mark in html, mark
    for absent in ('itemprop="image"', "og:image", '<ol class="comments-list">', "<figure"):
        assert absent not in html, absent
    assert CHROME | FORM | {"14 دجنبر 2024", "مؤلف هيئة التحرير", "القراءة, الثقافة",
                            "ليس هناك اي تعليقات على المقال حاليا.", "التالي"} <= chrome
    body = truth["body"]
    assert body.startswith("كلما مررت بدار الشباب في حينا الشعبي بمدينة سلا")
    assert body.endswith("الشاشات التي تملأ أوقات فراغهم كل يوم.") and body.count("\n\n") == 3

    # page 3: Ramadan, Morocco on +00:00; captionless image, blockquote, comments closed,
    # the newest article: no "next" link, the recent list led by its own title
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "10 مارس 2025"
    assert truth["published"] == "2025-03-10" and truth["author"] == "حميد الزياني"
    for mark in ('<time datetime="2025-03-10T15:30:00Z" itemprop="datePublished">',
                 '<p itemprop="image" itemscope itemtype="https://schema.org/ImageObject">',
                 "<blockquote>\n\t<p>نحن آخر حلقة في السلسلة",
                 '<span itemprop="userInteractionCount">1</span>',
                 "<strong>مجال التعليق على هذ ا المقال مغلق</strong>",
                 '<ul class="recent_articles">\n<li><a href="'
                 f'{HOST}/maqalat/246/r0">رمضان والأسعار'):
        assert mark in html, mark
    for absent in ("<figcaption", '<section id="comments-form">', 'rel="next"',
                   "txpCommentInputForm"):
        assert absent not in html, absent
    assert CHROME | {"10 مارس 2025", "مؤلف حميد الزياني", "القدرة الشرائية, الاقتصاد",
                     "عبد الكريم", "10 مارس 2025 20:30 (منذ 11 أسابيع)",
                     "مجال التعليق على هذ ا المقال مغلق"} <= chrome
    assert not FORM & chrome and "التالي" not in chrome
    body = truth["body"]
    assert body.startswith("مع حلول شهر رمضان عاد الحديث في الأسواق المغربية عن الغلاء")
    assert body.endswith("بدل أن يكون موسما للسكينة.") and body.count("\n\n") == 4
    assert "\n\nنحن آخر حلقة في السلسلة، نشتري غاليا ونبيع غاليا" in body
