"""A PDF converted by pdf2htmlEX reads as the document it prints (extraction/pdf_layout.py)."""

from __future__ import annotations

from extraction import extract
from extraction.document import parse
from extraction.sites import get_site

STYLE = """<style type="text/css">
.ff1{font-family:ff1;font-weight:normal;visibility:visible;}
.ff2{font-family:ff2;font-weight:bold;visibility:visible;}
.fs0{font-size:37.333333px;}
.fs1{font-size:42.666667px;}
.fs2{font-size:29.333333px;}
.x1{left:85.000000px;}
.x2{left:700.000000px;}
.x3{left:300.000000px;}
.x4{left:120.000000px;}
%s
</style>
<style type="text/css">@media print{.fs0{font-size:24.888889pt;}}</style>"""

# Each line: (y, x class, font class, size class, text).
PAGE_ONE = [
    (1200, "x2", "ff2", "fs2", "النشرة الرسمية للوزارة"),
    (1200, "x1", "ff1", "fs2", "عدد 12 – 3 يونيو 2024"),
    (1150, "x3", "ff2", "fs2", "الجمهورية التونسية"),
    (1100, "x3", "ff2", "fs1", "منشور حول تنظيم امتحانات"),
    (1073, "x3", "ff2", "fs1", "نهاية السنة الدراسية"),
    (1046, "x3", "ff1", "fs0", "تونس في 2 جوان 2024"),
    (1000, "x1", "ff1", "fs0", "يتعين على مديري المؤسسات التربوية ضبط قائمات المترشحين"),
    (974, "x1", "ff1", "fs0", "وإرسالها إلى المندوبيات الجهوية قبل موفى الأسبوع."),
    (932, "x1", "ff1", "fs0", "وتجرى الاختبارات الكتابية في القاعات المعدة لذلك تحت"),
    (906, "x1", "ff1", "fs0", "إشراف لجان جهوية تسهر على حسن سير"),
    (50, "x3", "ff1", "fs2", "الصفحة 1 من 2"),
]
PAGE_TWO = [
    (1200, "x2", "ff2", "fs2", "النشرة الرسمية للوزارة"),
    (1200, "x1", "ff1", "fs2", "عدد 12 – 3 يونيو 2024"),
    (1150, "x1", "ff1", "fs0", "الامتحانات وتطبيق التراتيب الجاري بها العمل."),
    (1108, "x1", "ff1", "fs0", "ويعلن عن النتائج في أجل أقصاه أسبوعان من تاريخ آخر اختبار."),
    (1050, "x4", "ff2", "fs0", "عن الوزير"),
    (1024, "x4", "ff2", "fs0", "المدير العام للامتحانات"),
    (50, "x3", "ff1", "fs2", "الصفحة 2 من 2"),
]
BODY = ("يتعين على مديري المؤسسات التربوية ضبط قائمات المترشحين وإرسالها إلى المندوبيات الجهوية"
        " قبل موفى الأسبوع.",
        "وتجرى الاختبارات الكتابية في القاعات المعدة لذلك تحت إشراف لجان جهوية تسهر على حسن سير"
        " الامتحانات وتطبيق التراتيب الجاري بها العمل.",
        "ويعلن عن النتائج في أجل أقصاه أسبوعان من تاريخ آخر اختبار.")


Line = tuple[int, str, str, str, str]


def converted(*pages: list[Line], generator: str = "pdf2htmlEX 0.18.8") -> str:
    """A page as pdf2htmlEX writes one: a positioned div per printed line."""
    ys = sorted({line[0] for page in pages for line in page}, reverse=True)
    y_class = {y: f"y{i + 1:x}" for i, y in enumerate(ys)}
    rules = "\n".join(f".{y_class[y]}{{bottom:{y}.000000px;}}" for y in ys)
    sheets = []
    for number, page in enumerate(pages, 1):
        divs = "".join(f'<div class="t m0 {x} h2 {y_class[y]} {ff} {fs} fc0 sc0 ls0 ws0">'
                       f"{text} </div>" for y, x, ff, fs, text in page)
        sheets.append(f'<div id="pf{number}" class="pf w0 h0" data-page-no="{number}">'
                      f'<div class="pc pc{number} w0 h0"><img class="bi x0 y0 w1 h1" alt="" '
                      f'src="data:image/png;base64,iVBORw0KGgo="/>{divs}</div></div>')
    return ('<!DOCTYPE html>\n<!-- Created by pdf2htmlEX -->\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">'
            f'<head><meta charset="utf-8"/><meta name="generator" content="{generator}"/>'
            f'{STYLE % rules}<title></title></head><body><div id="sidebar"><div id="outline">'
            f'</div></div><div id="page-container">{"".join(sheets)}</div></body></html>')


def test_lines_become_paragraphs_with_the_headline_and_day_the_document_prints() -> None:
    html = converted(PAGE_ONE, PAGE_TWO)
    article = extract(get_site("generic"), "https://gov.example/circ.html", html.encode())
    assert article.body.split("\n\n") == list(BODY)
    assert article.title == "منشور حول تنظيم امتحانات نهاية السنة الدراسية"
    assert article.published[:10] == "2024-06-02"  # the dateline, not the day
    # A headline set larger than the text but in its regular weight is one too.
    regular = [(y, x, "ff1" if fs == "fs1" else ff, fs, text) for y, x, ff, fs, text in PAGE_ONE]
    assert extract(get_site("generic"), "https://gov.example/circ.html",
                   converted(regular, PAGE_TWO).encode()).title == article.title
    # And one in the text's size, in bold; a smaller bold line above it is letterhead.
    same = [(y, x, ff, "fs0" if fs == "fs1" else fs, text) for y, x, ff, fs, text in PAGE_ONE]
    assert extract(get_site("generic"), "https://gov.example/circ.html",
                   converted(same, PAGE_TWO).encode()).title == article.title
    # Without a headline, the letterhead in smaller type above the text is none.
    headless = [line for line in PAGE_ONE if line[3] != "fs1"]
    doc = parse("https://gov.example/c.html", converted(headless, PAGE_TWO))
    assert doc.tree.find(".//h1") is None and not doc.tree.findtext(".//title")
    for furniture in ("النشرة الرسمية", "عدد 12", "الصفحة", "الجمهورية التونسية", "عن الوزير",
                      "المدير العام"):
        assert furniture not in article.body


def test_a_paragraph_carried_over_a_page_joins_only_when_its_line_ends_no_sentence() -> None:
    doc = parse("https://gov.example/c.html", converted(PAGE_ONE, PAGE_TWO))
    paragraphs = [p.text_content() for p in doc.tree.iter("p")]
    assert BODY[1] in paragraphs  # "... حسن سير" + next page's first line
    ended = [(y, x, ff, fs, text + "." if text.endswith("سير") else text)
             for y, x, ff, fs, text in PAGE_ONE]
    doc = parse("https://gov.example/c.html", converted(ended, PAGE_TWO))
    paragraphs = [p.text_content() for p in doc.tree.iter("p")]
    assert "الامتحانات وتطبيق التراتيب الجاري بها العمل." in paragraphs


def test_running_headers_page_numbers_letterhead_and_signature_leave_the_text() -> None:
    doc = parse("https://gov.example/c.html", converted(PAGE_ONE, PAGE_TWO))
    text = " ".join(doc.tree.find("body").itertext())
    assert "النشرة الرسمية للوزارة" not in text and "الصفحة 1 من 2" not in text
    header = doc.tree.find(".//header")
    assert header.findtext("h1") == "منشور حول تنظيم امتحانات نهاية السنة الدراسية"
    assert [p.text for p in header.iter("p")] == ["الجمهورية التونسية"]
    assert [p.text for p in doc.tree.find(".//footer").iter("p")] == [
        "عن الوزير المدير العام للامتحانات"]
    # One page: no line recurs, the page number still goes.
    doc = parse("https://gov.example/c.html", converted(PAGE_ONE))
    text = " ".join(doc.tree.find("body").itertext())
    assert "الصفحة 1 من 2" not in text and "النشرة الرسمية للوزارة" in text


def test_other_pages_and_unreadable_conversions_are_read_as_they_are() -> None:
    plain = converted(PAGE_ONE, PAGE_TWO, generator="Hugo 0.125")
    assert parse("https://x.example/", plain).raw == plain
    # A conversion whose lines carry no position this reading knows stays the page it is.
    bare = converted(PAGE_ONE).replace('class="t m0', 'class="t m0 zz').replace(
        "bottom:", "top:")
    assert parse("https://x.example/", bare).raw == bare
    # A conversion with no line in regular type (no text body) too.
    bold = converted([line[:2] + ("ff2",) + line[3:] for line in PAGE_ONE])
    assert parse("https://x.example/", bold).raw == bold
