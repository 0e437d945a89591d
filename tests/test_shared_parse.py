"""trafilatura works on our parse of a page only when it is the tree it would parse itself.

Checked on every fixture page against trafilatura's own load_html, and on the cases where
trafilatura repairs the string first (see extraction/article.py `_trafilatura_input`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from extraction.decoding import decode_html
from extraction.document import parse_tree as _parse
from extraction.trafilatura_text import (
    OFFICE_TAG,
    TRAFILATURA_OPTIONS,
    footnotes_as_text,
    tables_as_paragraphs,
)
from extraction.trafilatura_text import RUN_ON_BLOCKS as BLOCKS
from extraction.trafilatura_text import trafilatura_input as _trafilatura_input

FIXTURES = Path(__file__).parent / "fixtures"
# Pages opening with `<?xml ... encoding=...?>` (Blogger) are among them: lxml refuses a str
# with an encoding declaration, so parse_tree drops the prolog.
PAGES = sorted(FIXTURES.rglob("*.html"))
assert any(p.read_bytes().startswith(b"<?xml") for p in PAGES)
# Real pages trafilatura reads from our tree itself (the others: a fragment, a doctype line with
# a DTD, a block whose text runs on: a copy with a break added, sputniknews).
SHARED_REAL_PAGES = 6


def _raw_and_tree(path: Path) -> tuple[str, HtmlElement]:
    raw = decode_html(path.read_bytes())
    tree = _parse(raw)
    assert tree is not None
    return raw, tree


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(FIXTURES))
                         if isinstance(p, Path) else None)
def test_trafilatura_reads_each_page_as_from_its_text(path: Path) -> None:
    raw, tree = _raw_and_tree(path)
    page = _trafilatura_input(raw, tree)
    if page is tree:  # then it is the very tree trafilatura parses
        assert etree.tostring(tree) == etree.tostring(load_html(raw))
    url = "https://example.com/news/1"
    # By design: Word-saved pages as trafilatura reads them without Office's elements, a text
    # table between paragraphs as paragraphs, footnotes without their marks and each note a
    # paragraph, and a line break after a block element whose text runs on (trafilatura
    # glues the two).
    expected = load_html(OFFICE_TAG.sub("", raw))
    tables_as_paragraphs(expected)
    footnotes_as_text(expected)
    body = expected.find(".//body")
    for el in body.iter(*BLOCKS) if body is not None else []:
        if el.tail and not el.tail.isspace():
            br = etree.Element("br")
            br.tail, el.tail = el.tail, None
            el.addnext(br)
    assert trafilatura.extract(page, url=url, **TRAFILATURA_OPTIONS) == trafilatura.extract(
        expected, url=url, **TRAFILATURA_OPTIONS)


def test_most_real_pages_share_their_tree() -> None:
    shared = [p.name for p in sorted(FIXTURES.glob("realpages/*.html"))
              if (pair := _raw_and_tree(p)) and _trafilatura_input(*pair) is pair[1]]
    assert len(shared) == SHARED_REAL_PAGES


def test_trafilatura_leaves_a_given_tree_unchanged() -> None:
    _raw, tree = _raw_and_tree(FIXTURES / "realpages" / "htmldate__youm7.com_1691196862.html")
    before = etree.tostring(tree)
    assert trafilatura.extract(tree, **TRAFILATURA_OPTIONS)
    assert etree.tostring(tree) == before


_PAGE = "<html><head><title>عنوان</title></head><body><p>نص الخبر</p></body></html>"


def test_a_clean_page_shares_its_tree() -> None:
    raw = "<!DOCTYPE html>\n" + _PAGE
    tree = _parse(raw)
    assert _trafilatura_input(raw, tree) is tree


@pytest.mark.parametrize("raw", [
    "<!DOCTYPE html>\n" + _PAGE.replace("نص الخبر", "نص\x0bالخبر"),  # a control character
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n' + _PAGE,  # doctype line rewritten
    "<!DOCTYPE html>" + _PAGE,  # one line: the doctype repair appends a newline
    "<!DOCTYPE html>\n<html/>\n" + _PAGE[6:],  # a self-closed <html/>
    "<head><title>عنوان</title></head><body><p>نص الخبر</p></body>",  # a fragment
    "<!DOCTYPE html>\n<html><head><title>عنوان<body><p>نص الخبر</p></body></html>",  # our repair
])
def test_pages_trafilatura_would_parse_otherwise_are_given_as_text(raw: str) -> None:
    tree = _parse(raw)
    assert tree is not None
    assert _trafilatura_input(raw, tree) is raw
