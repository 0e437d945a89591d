"""trafilatura's text of a page, read from our tree when that is the tree it would parse, in its
fast mode unless its full cascade could choose another text."""

from __future__ import annotations

import copy
import re
from typing import Any

from lxml import etree

from extraction.document import Document, close_title
from extraction.selectors import row_text

# The options trafilatura runs with; the evaluation runs trafilatura alone with the same ones.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "output_format": "txt", "include_comments": False, "include_tables": False,
    "include_images": False, "include_links": False, "with_metadata": False,
}


# trafilatura's fast mode is its own extractor with its baseline and recall rescues, without
# the comparisons with readability and jusText (about 40% of its time on the real pages).
# Where those comparisons are what picks the text, the page is read again the full way
# (trafilatura alone's text): a fast result under this many characters (jusText rescues one
# under 250, readability an empty one or one it doubles), or one with no paragraph text or
# more tables than paragraphs (readability wins those: trafilatura/external.py
# _prefer_readability). On every evaluated page the records are those of the full cascade.
FULL_BELOW_CHARS = 500
# TRAFILATURA_OPTIONS as trafilatura.settings.Extractor names them.
_EXTRACTOR_NAMES = {"output_format": "output_format", "include_comments": "comments",
                    "include_tables": "tables", "include_images": "images",
                    "include_links": "links", "with_metadata": "with_metadata"}


def trafilatura_text(doc: Document) -> str:
    """trafilatura's text of the page: its fast mode's, or its full cascade's where that
    could differ (above)."""
    import trafilatura  # imported when needed: a run that fetches no page starts faster

    page = trafilatura_input(doc.raw, doc.tree)  # trafilatura reads a copy: reusable
    url = doc.url or None
    text = fast_text(page, url)
    if text is None:
        text = trafilatura.extract(page, url=url, **TRAFILATURA_OPTIONS) or ""
    return text


def fast_text(page: Any, url: str | None) -> str | None:
    """trafilatura.extract(page, fast=True) with our options, or None where the full cascade
    could give another text."""
    from trafilatura.core import bare_extraction, determine_returnstring
    from trafilatura.settings import Extractor

    options = Extractor(fast=True, url=url, **{_EXTRACTOR_NAMES[k]: v
                                                for k, v in TRAFILATURA_OPTIONS.items()})
    document = bare_extraction(page, options=options, as_dict=False)
    if document is None:
        return None
    body = document.body
    if (not body.xpath(".//p//text()")
            or len(body.findall(".//table")) > len(body.findall(".//p"))):
        return None
    text = determine_returnstring(document, options)
    return text if len(text) >= FULL_BELOW_CHARS else None


_FULL_HTML = re.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE)  # lxml.html.fromstring's test


# Office's own elements in Word-saved HTML (`<o:p>`, `<st1:place>`, `<w:Sdt>`). trafilatura
# keeps a paragraph's text as the source wraps it, line breaks included, when an element it
# does not know sits inside (handle_paragraphs: preserve_spaces): they are unwrapped first.
OFFICE_TAG = re.compile(r"</?(?:o|w|v|m|st\d+):[^>]*>", re.IGNORECASE)


# A block element with text right after it (`<div><b>headline</b></div>text ...`, a forum post's
# centred title over its first paragraph): a browser starts that text on a new line, but
# trafilatura strips the element and glues the two ("...المروريةباشرت"). A <br> goes between.
RUN_ON_BLOCKS = ("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                 "blockquote", "center", "address", "pre", "section", "article", "figure",
                 "header", "footer")


def _glued_tails(root: Any) -> list[Any]:
    """The block elements of `root`'s body with text right after them (a walk of those tags
    only: an XPath over every element costs fifteen times as much)."""
    body = root.find(".//body") if root.tag != "body" else root
    if body is None:
        return []
    return [el for el in body.iter(*RUN_ON_BLOCKS) if (tail := el.tail) and not tail.isspace()]


# A table set in the text's flow, between two paragraphs: verse in two hemistich cells, a
# boxed paragraph. trafilatura drops every table (include_tables=False keeps layout and data
# tables out), so such a table is read as paragraphs, one a row. A text table has rows of one
# or two cells of words (no digits to speak of, no header cells, no table inside).
TEXT_TABLE_CELLS = range(1, 3)
TEXT_TABLE_MAX_DIGIT_SHARE = 0.1
_FLOW_MIN_WORDS = 8


def text_tables(root: Any) -> list[Any]:
    """The tables of `root` that sit between two paragraphs of text and hold only text."""
    return [table for table in root.iter("table") if _in_flow(table) and _holds_text(table)]


def _in_flow(table: Any) -> bool:
    """Whether the nearest elements with text before and after `table` are paragraphs of at
    least _FLOW_MIN_WORDS words (empty anchors and spacers between are skipped)."""
    for step in (lambda el: el.getprevious(), lambda el: el.getnext()):
        sibling = step(table)
        while sibling is not None and not sibling.text_content().strip():
            sibling = step(sibling)
        if (sibling is None or sibling.tag != "p"
                or len(sibling.text_content().split()) < _FLOW_MIN_WORDS):
            return False
    return True


def _holds_text(table: Any) -> bool:
    rows = table.findall(".//tr")
    if not rows or table.find(".//table") is not None or table.find(".//th") is not None:
        return False
    text = table.text_content()
    digits = sum(c.isdigit() for c in text)
    if not text.strip() or digits > TEXT_TABLE_MAX_DIGIT_SHARE * len(text.strip()):
        return False
    return all(len(row.findall("td")) in TEXT_TABLE_CELLS for row in rows)


def tables_as_paragraphs(root: Any) -> None:
    """Each of `root`'s text tables replaced by a <div> with a <p> for each row that has text
    (its cells joined)."""
    for table in text_tables(root):
        _as_paragraphs(table)


def _as_paragraphs(table: Any) -> None:
    div = etree.Element("div")
    for row in table.iter("tr"):
        if words := row_text(row):
            etree.SubElement(div, "p").text = words
    div.tail = table.tail
    table.getparent().replace(table, div)


# Footnotes as Markdown converters (kramdown, Pandoc, Python-Markdown) and WordPress's
# footnotes block write them: a numbered mark `<sup><a href="#fn:1">1</a></sup>` after a
# sentence, and a list of notes at the end, each with a back-link "↩". trafilatura glues the
# mark to the word before it ("ينخفض1") and writes each note as a list item; a note is the
# writer's text. markdown-it prints the mark in brackets ("[1]"), and its anchor plugin ends
# each heading with a link to itself reading "#": a mark too, never a word of the text.
_NOTE_HREF = ("#fn", "#footnote")
_BACK_ARROWS = ("↩", "↩︎", "^", "↑")
_ANCHOR_MARKS = ("#", "¶", "§", "🔗")
_NOTE_LISTS = frozenset({"footnotes", "footnote", "wp-block-footnotes"})


def _is_note_mark(a: Any) -> bool:
    """A footnote mark or back-link: so marked by its role, an <a> to a note reading only a
    number (bracketed or not), the mark of WordPress's footnotes (`<sup data-fn>`), a
    back-arrow in-page; or an anchor to a place in the page ("#" after a heading)."""
    if a.get("role") in ("doc-noteref", "doc-backlink"):
        return True
    href = a.get("href") or ""
    if not href.startswith("#"):
        return False  # a link to another page
    text, parent = a.text_content().strip(), a.getparent()
    if text in _ANCHOR_MARKS:
        return True
    text = text.removeprefix("[").removesuffix("]")
    return (text in _BACK_ARROWS or (text.isdigit() and (
        href.startswith(_NOTE_HREF) or (parent is not None and parent.get("data-fn")))))


def _has_footnotes(root: Any) -> bool:
    return any(_is_note_mark(a) for a in root.iter("a"))


def footnotes_as_text(root: Any) -> None:
    """`root` without its footnote marks and back-links, and each note of a notes list
    (class footnotes, footnote or wp-block-footnotes) a paragraph."""
    for a in [a for a in root.iter("a") if _is_note_mark(a)]:
        a.drop_tree()
    for notes in [el for el in root.iter("div", "section", "ol")
                  if _NOTE_LISTS & set((el.get("class") or "").split())]:
        for item in notes.iter("li"):
            item.tag = "div" if item.find("p") is not None else "p"


def trafilatura_input(raw: str, tree: Any) -> Any:
    """What trafilatura reads: `_tree_or_raw`, with Office's elements unwrapped, text tables
    read as paragraphs, footnote marks out and notes as paragraphs, and a line break after
    each block element whose text runs on."""
    office = bool(OFFICE_TAG.search(raw))
    glued = bool(_glued_tails(tree))
    tables = bool(text_tables(tree))
    notes = _has_footnotes(tree)
    page = _tree_or_raw(raw, tree)
    if not office and not glued and not tables and not notes:
        return page
    if isinstance(page, str):
        page = OFFICE_TAG.sub("", page) if office else page
        if not glued and not tables and not notes:
            return page
        from trafilatura.utils import load_html

        text, page = page, load_html(page)
        if page is None:
            return text
    else:
        page = copy.deepcopy(page)
        if office:
            etree.strip_tags(page, *{el.tag for el in page.iter()
                                     if isinstance(el.tag, str) and ":" in el.tag})
    tables_as_paragraphs(page)
    if notes:
        footnotes_as_text(page)
    for el in _glued_tails(page):
        br = etree.Element("br")
        br.tail, el.tail = el.tail, None
        el.addnext(br)
    return page


def _tree_or_raw(raw: str, tree: Any) -> Any:
    """Our tree when it is the tree trafilatura would parse from `raw`, else `raw`.

    trafilatura works on a copy of a tree it is given, so passing ours saves it a parse. Ours
    is its tree unless trafilatura would first repair the string (load_html in
    trafilatura/utils.py: control characters, a doctype line libxml2 misreads, a self-closed
    <html/>), would read it as a fragment, or we closed an unclosed <title>.
    """
    from trafilatura.utils import DOCTYPE_TAG, INVALID_XML_CHARS

    beginning = raw[:50].lower()
    if ("html" not in beginning or not _FULL_HTML.match(raw) or len(tree) == 0
            or close_title(raw) is not raw or INVALID_XML_CHARS.search(raw)):
        return raw
    newline = raw.find("\n")  # the doctype repair rewrites the first line, adding a newline
    if "doctype" in beginning and (newline < 0 or DOCTYPE_TAG.match(raw, 0, newline)):
        return raw
    if any("<html" in line and line.endswith("/>") for line in raw[:4096].splitlines()[:4]):
        return raw
    return tree
