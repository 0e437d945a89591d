"""What unseen13's families showed: a column's writer note, labels and issue lines of a
magazine's fields, verse in a table, a reworded pull quote, a call-to-action's appeals, a
Baghdad time in an unmarked list item, and a statement published from Google Docs."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from extraction import extract
from extraction.appeal_lines import is_appeal
from extraction.boilerplate import is_boilerplate_line
from extraction.byline_lines import is_byline_line, is_writer_note
from extraction.document import parse
from extraction.gdocs_layout import is_published_doc
from extraction.shown_offset import in_shown_offset
from extraction.sites import get_site
from extraction.spelling import fold

STORY = (
    "قليلة هي القصائد التي تجاوزت مناسبتها كما فعلت دالية أبي العلاء المعري في رثاء صديقه "
    "الفقيه أبي حمزة، فقد بدأت رثاء لرجل واحد وانتهت تأملا في مصير الناس جميعا.",
    "يفتتح المعري القصيدة بحكم صادم يسوي فيه بين البكاء والغناء، ثم يمضي إلى القبور التي "
    "تملأ الرحب، فيطلب من السائر أن يخفف خطوه لأن التراب الذي يدوسه بقايا من سبقوه.",
    "ولعل سر بقاء هذه القصيدة حتى اليوم أنها لا تواسي أحدا، بل تضع قارئها أمام السؤال "
    "عاريا، وهذا ما يقربها من حساسية القارئ المعاصر أكثر من كثير من شعر عصرها.",
)
HEADLINE = "دالية المعري: رثاء رجل واحد صار تأملا في مصير الناس"
VERSES = (("غيرُ مُجدٍ في ملّتي واعتقادي", "نوحُ باكٍ ولا ترنّمُ شادِ"),
          ("وشبيهٌ صوتُ النعيِّ إذا قيـ", "ـسَ بصوتِ البشيرِ في كلِّ نادِ"))


def _article(body: str, head: str = "") -> object:
    html = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}'
            f"</head><body><article><h1>{HEADLINE}</h1>{body}</article></body></html>")
    return extract(get_site("generic"), "https://mag.example/ar/node/1", html.encode())


def _paragraphs(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(("line", "note"), [
    ("* كاتب وناقد من سوريا، صدر له «ظلال القصيدة» و«مدن الكلام».", True),
    ("* أكاديمي وباحث من العراق، يدرّس الأدب العباسي في جامعة الكوفة.", True),
    ("*كاتبة فلسطينية", True),
    ("* ملاحظة: أعيد نشر المقال بإذن من الكاتب", False),
    ("** كاتب وناقد من سوريا", False),
    ("كاتب وناقد من سوريا", False)])
def test_a_columns_writer_note(line: str, note: bool) -> None:
    assert is_writer_note(line) is note


def test_the_writer_note_leaves_the_text() -> None:
    note = "* كاتب وناقد من سوريا، صدر له «ظلال القصيدة» و«مدن الكلام»."
    assert _article(_paragraphs(*STORY, note)).body.split("\n\n") == list(STORY)


def test_field_labels_issue_lines_and_list_counters_leave_the_text() -> None:
    fields = ("<div class='field'><div class='field__label'>بقلم</div><div><a href='/w/3'>"
              "عباس الخفاجي</a></div></div><div class='field'><div class='field__label'>العدد"
              "</div><div class='field__item'>216 – أيلول 2024</div></div>")
    article = _article(fields + _paragraphs(*STORY) + "<ul><li>1245 مشاهدة</li></ul>")
    assert article.body.split("\n\n") == list(STORY)
    assert is_byline_line("بقلم") and is_byline_line("بقلم:") and not is_byline_line("بقلمه")
    for line in ("216 – أيلول 2024", "العدد 37 | مايو 2024", "12/حزيران 2023"):
        assert is_boilerplate_line(line), line
    for line in ("216 – الفصل الثاني 2024", "العدد الأول من المجلة صدر في أيلول 2024"):
        assert not is_boilerplate_line(line), line


def _table(rows: tuple[tuple[str, ...], ...], attrs: str = "") -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table {attrs}><tbody>{cells}</tbody></table>"


def test_verse_in_a_table_between_paragraphs_is_text() -> None:
    # Google Docs puts an empty anchor before a table; a spacer paragraph may follow it.
    spacers = "<p> </p><a id='t.0'></a>"
    body = _article(_paragraphs(STORY[0]) + spacers + _table(VERSES) + "<p></p>"
                    + _paragraphs(*STORY[1:])).body
    assert body.split("\n\n") == [STORY[0], *(" ".join(v) for v in VERSES), *STORY[1:]]


def test_other_tables_stay_out() -> None:
    data = (("الشركة", "السعر", "التغير"), ("البنك الأهلي", "12.50", "+0.3%"))
    numbers = (("سعر البرميل", "82.4 دولارا"), ("سعر الأونصة", "2315.7 دولارا"))
    headed = _table(VERSES).replace("<tr>", "<tr><th>البيت</th>", 1)
    wide = _table((("سعاد الخطيب", "مديرة المدرسة", "مدينة عمان"),
                   ("خالد العبادي", "مدير الملتقى", "بلدة دير علا")))
    nested = _table(((_table(VERSES),),))
    for table in (_table(data), _table(numbers), headed, nested, wide):
        body = _article(_paragraphs(STORY[0]) + table + _paragraphs(*STORY[1:])).body
        assert body.split("\n\n") == list(STORY), table
    # Not between two paragraphs of text: a layout table, read as the page reads it.
    body = _article(_table(VERSES) + _paragraphs(*STORY)).body
    assert VERSES[0][0] not in body


def test_a_reworded_pull_quote_leaves_the_text() -> None:
    quote = ("<blockquote class='pull-quote blockquote'><p>«الشعر يسوي بين البكاء والغناء حين"
             " يواجه الموت»</p><footer class='blockquote-footer'>عباس الخفاجي</footer>"
             "</blockquote>")
    assert _article(_paragraphs(STORY[0]) + quote + _paragraphs(*STORY[1:])).body.split(
        "\n\n") == list(STORY)
    # A quotation set as a blockquote of the text's own stays.
    cited = "<blockquote><p>«الشعر يسوي بين البكاء والغناء حين يواجه الموت»</p></blockquote>"
    body = _article(_paragraphs(STORY[0]) + cited + _paragraphs(*STORY[1:])).body
    assert "«الشعر يسوي بين البكاء والغناء حين يواجه الموت»" in body


@pytest.mark.parametrize(("line", "appeal"), [
    ("ادعم الصحافة الفلسطينية المستقلة", True),
    ("اشترك في النشرة الأسبوعية لتصلك أبرز التقارير والتحقيقات صباح كل جمعة.", True),
    ("سجل بريدك الإلكتروني لتصلك نشرتنا الصباحية", True),
    ("وأكد الاتحاد دعم الصحافة المستقلة في مواجهة القيود", False),
    ("سجل الفريق هدفين في الشوط الأول", False),
    ("اشترك في البطولة 16 فريقا من ثماني دول", False),
    ("ساهم المطر في رفع منسوب السدود هذا الموسم", False)])
def test_a_call_to_actions_lines(line: str, appeal: bool) -> None:
    assert is_appeal(fold(line).strip()) is appeal


def test_an_unmarked_time_under_the_headline_gives_the_offset() -> None:
    meta = "<ul><li><i class='bi bi-person'></i> حاورتها: زينب الموسوي</li>" \
           "<li><i class='bi bi-clock'></i> 2024/07/22 - 12:35 ص</li></ul>"
    # A sentence naming another day and hour is no date element, though it comes first.
    standfirst = "<p>وكان الحوار قد أجري في بيت الشاعر ببغداد يوم 20 تموز 2024 الساعة 11:00</p>"
    tree = lxml_html.document_fromstring(f"<html><body><h1>{HEADLINE}</h1>{standfirst}{meta}"
                                         f"{_paragraphs(*STORY)}</body></html>")
    assert in_shown_offset("2024-07-21T21:35:00+00:00", tree) == "2024-07-22T00:35:00+03:00"
    # Far below the headline (past the meta line), a date is another story's.
    far = "".join(f"<p>{STORY[0]}</p>" for _ in range(45))
    tree = lxml_html.document_fromstring(f"<html><body><h1>{HEADLINE}</h1>{far}{meta}"
                                         "</body></html>")
    assert in_shown_offset("2024-07-21T21:35:00+00:00", tree) == "2024-07-21T21:35:00+00:00"
    # No headline: nothing says which date is the story's.
    tree = lxml_html.document_fromstring(f"<html><body>{meta}</body></html>")
    assert in_shown_offset("2024-07-21T21:35:00+00:00", tree) == "2024-07-21T21:35:00+00:00"


FILE_NAME = "خبر - وحدة الألبان (نشرة 23)"


def _doc(content: str, site: str = "Google Docs") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{FILE_NAME}</title>'
            f'<meta property="og:title" content="{FILE_NAME}">'
            f'<meta property="og:site_name" content="{site}"></head><body>'
            '<div id="banner"><span id="publish-banner-text">Published using Google Docs</span>'
            f'</div><div id="header"><div id="title">{FILE_NAME}</div>'
            '<div id="interval">Updated automatically every 5 minutes</div></div>'
            f'<div id="contents"><div class="c9 doc-content">{content}</div></div>'
            "</body></html>").encode()


def _p(text: str, cls: str = "c3") -> str:
    return f'<p class="{cls}" dir="rtl"><span class="c1">{text}</span></p>'


DOC_TITLE = "تعاونية نساء الكريمة تفتتح وحدة لتصنيع الألبان بطاقة طنين يوميا"
CONTENT = "".join([
    _p("ملتقى الأغوار للتنمية الريفية – نشرة أخبار الملتقى – العدد 23", "c13"),
    f'<h1 class="c10" id="h.x1"><span>{DOC_TITLE}</span></h1>',
    _p("إعداد: دانة الصمادي", "c13"), _p("الكريمة، الأحد 9 حزيران 2024", "c13"),
    _p("", "c13 c8"), _p(STORY[0]),
    '<p class="c0"><span style="overflow: hidden; display: inline-block;">'
    '<img src="https://lh7-us.googleusercontent.com/docs/a.png"></span></p>',
    _p("عضوات في الجمعية التعاونية خلال تجهيز أول دفعة من الإنتاج", "c0"),
    _p("ويتضمن البرنامج ثلاثة محاور رئيسية:"),
    '<ul class="c14 lst-kix_37-0 start"><li class="c4 li-bullet-0"><span>تركيب شبكات الري'
    ' بالتنقيط</span></li><li class="c4 li-bullet-0"><span>استخدام مجسات رطوبة التربة'
    "</span></li></ul>",
    _p(STORY[1]), _p(STORY[2]), _p("", "c13 c8"),
    _p("المكتب الإعلامي – ملتقى الأغوار للتنمية الريفية", "c5")])


def test_a_published_google_doc_is_read_as_its_document() -> None:
    article = extract(get_site("generic"), "https://docs.google.com/document/d/e/2PACX/pub",
                      _doc(CONTENT))
    assert article.title == DOC_TITLE
    assert article.published.startswith("2024-06-09") and article.author == "دانة الصمادي"
    assert article.body.split("\n\n") == [
        STORY[0], "ويتضمن البرنامج ثلاثة محاور رئيسية:", "- تركيب شبكات الري بالتنقيط",
        "- استخدام مجسات رطوبة التربة", STORY[1], STORY[2]]
    # The photo stays, with the short line under it as its caption.
    figure = parse("https://x.example/pub", _doc(CONTENT).decode()).tree.find(".//figure")
    assert figure.find("img").get("src") == "https://lh7-us.googleusercontent.com/docs/a.png"
    assert figure.findtext("figcaption").startswith("عضوات في الجمعية التعاونية")
    # The document's "Title" style names the headline too.
    titled = CONTENT.replace(f'<h1 class="c10" id="h.x1"><span>{DOC_TITLE}</span></h1>',
                             _p(DOC_TITLE, "c11 title"))
    assert extract(get_site("generic"), "https://docs.example/pub", _doc(titled)).title == (
        DOC_TITLE)


def test_only_a_google_docs_viewer_page_is_rebuilt() -> None:
    doc = parse("https://x.example/pub", _doc(CONTENT, site="مدونة").decode())
    assert doc is not None and not is_published_doc(doc.tree, doc.metas)
    assert doc.tree.find(".//div[@id='banner']") is not None
    gdoc = parse("https://x.example/pub", _doc(CONTENT).decode())
    assert gdoc.tree.find(".//div[@id='banner']") is None
    # No paragraph of text, or none under the title: the viewer's page is left as it is.
    for content in (_p(DOC_TITLE, "c11 title"), _p(STORY[0]) + _p(DOC_TITLE, "c11 title")):
        left = parse("https://x.example/pub", _doc(content).decode())
        assert left.tree.find(".//div[@id='banner']") is not None
