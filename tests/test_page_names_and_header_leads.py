"""What unseen19's families showed: a news item's lead printed in the header under the headline
(Plone 6's description), a writer linked only by /author/ (Plone's byline), a meta title that
is the page's name in the menu (Google Sites), a caption set in italics by style in boxes of its
own, a byline and a contact line under the text, and a store's account named as its host
(Shopify)."""

from __future__ import annotations

from extraction import extract
from extraction.byline_lines import closing_byline, is_account_name, names_host
from extraction.footer_lines import is_footer_line
from extraction.leads import goes_on
from extraction.sites import get_site

TITLE = "إطلاق منصة رقمية موحدة لتسجيل الطلبة الجدد بالمؤسسات الجامعية عن بعد"
LEAD = ("أعلنت وزارة التعليم العالي والبحث العلمي، صباح اليوم الاثنين، عن إطلاق منصة رقمية "
        "موحدة تتيح للطلبة الجدد إتمام إجراءات التسجيل الجامعي عن بعد.")
STORY = (
    "وأوضح الوزير خلال ندوة صحفية عقدها بمقر الوزارة أن المنصة تربط لأول مرة قواعد بيانات "
    "التوجيه الجامعي بمنظومات التسجيل في مختلف المؤسسات الجامعية.",
    "ويمكن للطلبة خلاص معاليم التسجيل بالبطاقة البنكية أو البطاقة البريدية، على أن تفتح "
    "المؤسسات شبابيك خاصة لمن يتعذر عليهم التسجيل عن بعد.",
    "وتنطلق عمليات التسجيل يوم الخامس من أوت المقبل وتتواصل إلى غاية نهاية الشهر، وفق "
    "الرزنامة التي نشرتها الوزارة على موقعها الرسمي.",
)
TEASER = "منصة واحدة بدل طوابير الشبابيك: ما الذي يتغير على الطلبة الجدد هذا العام."
OWN_LEAD = ("كشفت الوزارة اليوم عن منصة رقمية للتسجيل الجامعي تشمل الطلبة الجدد في كل المؤسسات "
            "الجامعية بداية من الموسم المقبل.")


def _extract(body: str, head: str = "", url: str = "https://gov.example/news/1"):
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f"<body>{body}</body></html>").encode()
    return extract(get_site("generic"), url, page)


def _news_item(standfirst: str, paragraphs: tuple[str, ...]) -> str:
    text = "".join(f"<p>{line}</p>" for line in paragraphs)
    return (f'<article><header><h1 class="documentFirstHeading">{TITLE}</h1>'
            f'<p class="documentDescription lead">{standfirst}</p></header>'
            f'<div id="parent-fieldname-text">{text}</div></article>')


def test_a_header_paragraph_the_text_goes_on_from_is_its_lead() -> None:
    article = _extract(_news_item(LEAD, STORY))
    assert article.body.split("\n\n") == [LEAD, *STORY]
    lead = _news_item(LEAD, STORY).replace("documentDescription lead", "article-lead")
    assert _extract(lead).body.split("\n\n") == [LEAD, *STORY]


def test_a_standfirst_over_a_text_with_its_own_lead_stays_out() -> None:
    article = _extract(_news_item(LEAD, (OWN_LEAD, *STORY)))
    assert article.body.split("\n\n") == [OWN_LEAD, *STORY]
    # A teaser is no lead even over a text that goes on: it is not written in sentences.
    teaser = TEASER.rstrip(".")
    assert _extract(_news_item(teaser, STORY)).body.split("\n\n") == list(STORY)
    # Nor is a paragraph of the header its class does not call a lead or description.
    standfirst = _news_item(LEAD, STORY).replace("documentDescription lead", "standfirst")
    assert _extract(standfirst).body.split("\n\n") == list(STORY)


def test_paragraphs_that_go_on_from_another() -> None:
    assert goes_on(STORY[0]) and goes_on(STORY[1]) and goes_on("كما دعت الوزارة الطلبة ...")
    assert goes_on("وفي سياق متصل، قررت الجامعة ...")
    assert not goes_on(OWN_LEAD) and not goes_on("وزارة الصحة تعلن عن حملة تلقيح")
    assert not goes_on("وكالة الأنباء الرسمية: وصول الوفد") and not goes_on("")


def test_a_writer_linked_only_by_an_author_page_is_the_author() -> None:
    byline = ('<section id="section-byline">بواسطة <a class="btn" href="https://gov.example/'
              'author/s.trabelsi">سنية الطرابلسي</a> — <span>نُشر</span> <span>29/07/2024</span>'
              "</section>")
    page = _news_item(LEAD, STORY).replace("</h1>", f"</h1>{byline}")
    assert _extract(page).author == "سنية الطرابلسي"
    desk = page.replace("سنية الطرابلسي", "خلية الإعلام والاتصال")
    assert _extract(desk).author is None
    assert is_account_name("خلية الإعلام والاتصال") and is_account_name("مكتب الإعلام")


NAME = "دورة صناعة الألبان"
HEADLINE = "سنابل الخير تختتم دورة لتدريب 40 سيدة على صناعة الألبان المنزلية في الرمثا"
POST = (
    "اختتمت جمعية سنابل الخير للتنمية المجتمعية دورة تدريبية استمرت ثلاثة أسابيع لتأهيل أربعين "
    "سيدة من لواء الرمثا في صناعة الألبان والأجبان المنزلية وتسويقها.",
    "وتضمنت الدورة جلسات عملية في مطبخ الجمعية حول إعداد اللبنة والجميد والجبنة البلدية، "
    "إضافة إلى جلسات عن شروط السلامة الغذائية وتسعير المنتجات.",
    "وقالت رئيسة الجمعية إن الدورة جزء من برنامج لتمكين المرأة اقتصاديا، وإن الجمعية ستوفر "
    "للمتدربات قروضا صغيرة لشراء المعدات الأساسية.",
)
MORE = (
    "وشاركت في تقديم الجلسات مدربتان من مؤسسة الإقراض الزراعي، قدمتا نصائح حول حفظ المنتجات "
    "وتغليفها بطرق تطيل مدة صلاحيتها وتناسب متطلبات الأسواق المحلية.",
    "وتخطط الجمعية لتنظيم معرض في مركز اللواء مطلع الشهر المقبل، تعرض فيه المتدربات منتجاتهن "
    "أمام التجار وأصحاب المحال التجارية في المحافظة.",
    "وتلقت الجمعية طلبات من سيدات في قرى مجاورة للالتحاق بالدورة المقبلة، التي يتوقع أن تبدأ "
    "بعد انتهاء موسم قطف الزيتون في المنطقة.",
)
CAPTION = "المتدربات خلال إحدى الجلسات العملية في مطبخ الجمعية بالرمثا"


def _box(inner: str) -> str:
    return f'<div class="oKdM2c"><div class="jXK9ad"><div class="tyJCtd">{inner}</div></div></div>'


def _site_page(*boxes: str, menu: str = NAME) -> str:
    nav = (f'<nav><ul><li><a href="/view/sanabel/home">الرئيسية</a></li><li><a href="/view/'
           f'sanabel/news">الأخبار</a></li><li><a href="/view/sanabel/news/1">{menu}</a></li>'
           "</ul></nav>")
    return (f"<header>{nav}</header><section><h1><span>{HEADLINE}</span></h1></section>"
            f"<section>{''.join(boxes)}</section>")


def _paragraph(text: str, style: str = "") -> str:
    return f'<p dir="rtl" class="zfr3Q"><span class="C9DxTc" style="{style}">{text}</span></p>'


def test_a_meta_title_that_names_the_page_in_the_menu_gives_way_to_the_headline() -> None:
    head = f'<meta property="og:title" content="{NAME}">'
    article = _extract(_site_page(_box("".join(_paragraph(p) for p in POST))), head)
    assert article.title == HEADLINE
    assert article.body.split("\n\n") == list(POST)
    # A title no menu link reads is the headline, however long the page's <h1>.
    unlisted = _extract(_site_page(_box("".join(_paragraph(p) for p in POST)), menu="أنشطتنا"),
                        head)
    assert unlisted.title == NAME
    # A page of two <h1>s (the site's name over the headline), or a title of six words and more,
    # is not a page named in the menu.
    logo = _site_page(_box("".join(_paragraph(p) for p in POST))).replace(
        "<header>", "<header><h1>جمعية سنابل الخير للتنمية المجتمعية في إربد</h1>")
    assert _extract(logo, head).title == NAME
    long_name = "دورة صناعة الألبان المنزلية للسيدات في الرمثا"
    named = _site_page(_box("".join(_paragraph(p) for p in POST)), menu=long_name).replace(
        HEADLINE, f"{HEADLINE} بدعم من صندوق التنمية المحلية")
    assert _extract(named, f'<meta property="og:title" content="{long_name}">').title == long_name


def test_an_italic_line_in_its_own_boxes_under_a_photo_is_a_caption() -> None:
    photo = _box('<div class="t3iYD"><img src="https://lh3.example/photo=w1280" alt=""></div>')
    caption = _box(_paragraph(CAPTION, "font-size: 9pt; font-style: italic; color: #666666;"))
    text = _box("".join(_paragraph(p) for p in POST))
    head = f'<meta property="og:title" content="{NAME}">'
    article = _extract(_site_page(_box(_paragraph(POST[0])), photo, caption,
                                  _box("".join(_paragraph(p) for p in POST[1:]))), head)
    assert article.body.split("\n\n") == list(POST)
    # Set upright, the same line under the photo is text.
    upright = _extract(_site_page(photo, _box(_paragraph(CAPTION, "font-size: 9pt;")), text),
                       head)
    assert CAPTION in upright.body.split("\n\n")


def test_a_byline_and_a_contact_line_under_the_text() -> None:
    closing = _box(_paragraph("إعداد: رنا الخطيب - وحدة الإعلام")
                   + _paragraph("للاستفسار: 0796418233 (هاتف وواتساب)"))
    head = f'<meta property="og:title" content="{NAME}">'
    story = (*POST, *MORE)  # the byline is past the top lines a byline opening the text is in
    article = _extract(_site_page(_box("".join(_paragraph(p) for p in story)), closing), head)
    assert article.author == "رنا الخطيب"
    assert article.body.split("\n\n") == list(story)
    assert is_footer_line("للاستفسارات: info@sanabel.example")


def test_a_byline_far_under_the_text_names_no_one() -> None:
    lines = [POST[0], "", POST[1], "روابط مفيدة", "دليل الخدمات", "تقارير الجمعية",
             "إعداد: رنا الخطيب"]
    assert closing_byline(lines, [POST[0], POST[1]]) is None
    assert closing_byline(lines[:4] + lines[6:], [POST[0], POST[1]]) == "رنا الخطيب"
    assert closing_byline(lines, []) is None and closing_byline(lines, ["غير موجود"]) is None


def test_a_stores_account_named_as_its_host_is_the_publisher() -> None:
    url = "https://dar-alsukkari.example/blogs/news/harvest"
    byline = '<span class="caption-with-letter-spacing"> <span>Dar Alsukkari</span> </span>'
    head = '<meta name="author" content="Dar Alsukkari">'
    article = _extract(_news_item(LEAD, STORY).replace("</h1>", f"</h1>{byline}"), head, url)
    assert article.author is None
    assert names_host("Dar Alsukkari", url) and names_host("AKHBARELYOM", "https://akhbarelyom.com/")
    assert not names_host("Dar Alsukkari", "https://www.dar-alsukkari-news.example/")
    assert not names_host("ريم العتيبي", url)


def test_links_to_several_writers_pages_are_a_list_of_stories_not_a_byline() -> None:
    cards = "".join(f'<div class="card"><h2>{title}</h2><a href="https://gov.example/author/{slug}">'
                    f"{name}</a></div>" for title, slug, name in (
                        ("منصة رقمية للتسجيل الجامعي", "s.trabelsi", "سنية الطرابلسي"),
                        ("تمديد آجال الترشح للمنح", "m.jouini", "منير الجويني")))
    page = f"<main><h1>أخبار الوزارة</h1>{cards}<p>{LEAD}</p></main>"
    assert _extract(page).author is None
    one = page.replace("منير الجويني", "سنية الطرابلسي")
    assert _extract(one).author == "سنية الطرابلسي"
