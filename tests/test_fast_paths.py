"""Speed-only rewrites of extraction steps give what the plain code they replace gives.

Each cheaper path (a bounded text walk, a libxml2 prefilter, a selector walked once per page,
letters counted by deletion, a line folded once) is checked against the plain version on every
fixture page and on hand-made pages aimed at its edge cases.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml.html import HtmlElement

from archive.search import index_values
from extraction import boilerplate as bp
from extraction.byline_markup import GENERIC_BYLINE
from extraction.decoding import decode_html
from extraction.document import parse, parse_tree
from extraction.language import arabic_share
from extraction.links import CAPTIONS, source_lines, source_links
from extraction.selectors import compiled, select, text_of, text_start
from extraction.social_embeds import EMBED_CLASS_WORDS, EMBEDS, SHORT_LINK, without_short_link

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.rglob("*.html"))
PAGE_IDS = [str(p.relative_to(FIXTURES)) for p in PAGES]


def _tree(html: str) -> HtmlElement:
    tree = parse_tree(html)
    assert tree is not None
    return tree


def _page_tree(path: Path) -> HtmlElement:
    return _tree(decode_html(path.read_bytes()))


EDGE_PAGES = (
    # the word split by a script (text_of skips its text), by markup, by a block edge
    "<p>مص<script>var x = 1;</script>در: <a href='/a'>وكالات</a></p>",
    "<p>ال<b>مص</b>در: <a href='/b'>رويترز</a></p>",
    "<div>ال<div>مصدر: <a href='/c'>RT</a></div></div>",
    # much white space before the text; NBSP and a line break inside it
    "<span>" + " \n\t" * 200 + "المصدر\xa0:<br> <a href='/d'>سانا</a></span>",
    "<p><i> </i><i>\n  </i>المصدر: <a href='/e'>الأناضول</a></p>",
    # a long block that begins like a source line but is no source line
    "<div>المصدر: " + "كلمة " * 80 + "<a href='/f'>x</a></div>",
    # a source line among more than three children: not one
    "<p>المصدر: <a href='/g'>أ</a><a href='/h'>ب</a><a href='/i'>ج</a><a href='/j'>د</a></p>",
    "<p><template>x</template>المصدر: <a href='/k'>وكالة</a><style>p{}</style></p>",
    # the word nowhere in the page's text (only whole once a style's text is skipped), in
    # nested blocks
    "<div><div>م<style>a{}</style>صدر: <a href='/l'>سبوتنيك</a></div><script></script></div>",
)
# Markup selectors on class and id values: repeated, empty, nested, in several elements.
MARKUP_PAGE = ("<div class='author-box' id='Author1'><span class=''>x</span>"
               "<p class='author'>a</p><p class='byline author'>b</p><i id='author'>c</i>"
               "<div class='author'><b class='Writer'>d</b></div></div><p class='author'>e</p>")


def _plain_source_lines(tree: HtmlElement) -> list[HtmlElement]:
    """source_lines as written before its prefilters: every block's whole text read."""
    return [paragraph for paragraph in tree.iter("p", "div", "span")
            if paragraph.findall(".//a") and len(paragraph) <= 3
            and bp.source_of(text_of(paragraph)) is not None]


@pytest.mark.parametrize("html", EDGE_PAGES)
def test_text_start_is_the_start_of_text_of_on_edge_cases(html: str) -> None:
    for el in _tree(html).iter():
        for chars in (1, 4, 6, 69, 500):
            assert text_start(el, chars) == text_of(el)[:chars]


@pytest.mark.parametrize("path", PAGES[::7], ids=PAGE_IDS[::7])
def test_text_start_is_the_start_of_text_of_on_pages(path: Path) -> None:
    for el in _page_tree(path).iter("p", "div", "span", "td", "li", "a"):
        for chars in (6, 69):
            assert text_start(el, chars) == text_of(el)[:chars]


@pytest.mark.parametrize("html", EDGE_PAGES)
def test_source_lines_on_edge_cases(html: str) -> None:
    tree = _tree(html)
    assert source_lines(tree) == _plain_source_lines(tree)


def test_edge_cases_hold_source_lines() -> None:
    found = [source_links(_tree(html), "https://example.com/", set()) for html in EDGE_PAGES]
    assert [len(f) for f in found] == [1, 1, 1, 1, 1, 0, 0, 1, 1]


@pytest.mark.parametrize("path", PAGES, ids=PAGE_IDS)
def test_source_lines_on_every_page(path: Path) -> None:
    tree = _page_tree(path)
    assert source_lines(tree) == _plain_source_lines(tree)


@pytest.mark.parametrize("path", PAGES, ids=PAGE_IDS)
def test_document_matches_are_the_selectors_matches(path: Path) -> None:
    doc = parse("https://example.com/", decode_html(path.read_bytes()))
    assert doc is not None
    for css in (*GENERIC_BYLINE, *CAPTIONS, '[class*="post"]', '[id*="main"]', '[class*=""]'):
        assert doc.matches(css) == compiled(css)(doc.tree)
        assert doc.matches(css) is doc.matches(css)  # walked once


def test_document_matches_on_repeated_class_values() -> None:
    doc = parse("https://example.com/", MARKUP_PAGE)
    assert doc is not None
    for css in (*GENERIC_BYLINE, '[class*=""]', '[id*="uth"]'):
        assert doc.matches(css) == compiled(css)(doc.tree)
    assert len(doc.matches('[class*="author"]')) == 5


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F]")
SAMPLES = ("", "123 -- !!", "مرحبا بالعالم", "Hello عالم 2024", "ـــ ً ٌ", "فارسی پژوهش",
           "Ωμέγα и кириллица", "١٢٣ أرقام هندية", "a_b_c ـ x")


@pytest.mark.parametrize("text", SAMPLES)
def test_arabic_share_counts_as_listing_letters(text: str) -> None:
    letters = len(_LETTER.findall(text))
    expected = len(_ARABIC.findall(text)) / letters if letters else 0.0
    assert arabic_share(text) == expected


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("realpages/*.html"))[:6],
                         ids=lambda p: p.name)
def test_line_rules_with_the_fold_given(path: Path) -> None:
    for line in (text_of(el) for el in _page_tree(path).iter("p", "li", "div", "h2")):
        if line:
            key = bp.fold(line)
            assert bp.is_boilerplate_line(line, key) == bp.is_boilerplate_line(line)
            assert bp.is_tail_opener(line, key) == bp.is_tail_opener(line)


@pytest.mark.parametrize("line", (
    "قال في تغريدة https://t.co/AbC123", "https://t.co/AbC123", "pic.twitter.com/xyz",
    "نص عادي بلا رابط", "fb.watch/abc/ وبعدها نص", "bit.ly/x  ", "HTTPS://T.CO/ABC"))
def test_without_short_link_as_the_pattern_alone(line: str) -> None:
    plain = SHORT_LINK.sub("", line) if not SHORT_LINK.fullmatch(line) else line
    assert without_short_link(line) == plain


RECORD_TEXTS = (
    "ΟΔΟΣ\n\nΣΑΣ", "اَلْعَرَبِيَّة\n\n\u0651كلمة", "e\n\n\u0301x", "ﻻ\n\nﷲ", "A\n\n\n\nB\n\n",
    "\n\nبداية", "سطر واحد فقط", "", "١٢٣ أرقام\n\nـــ تطويل\n\nİstanbul",
)


@pytest.mark.parametrize("text", RECORD_TEXTS)
def test_index_values_paragraph_by_paragraph_on_edge_cases(text: str) -> None:
    record = {"title": text, "summary": text[::-1], "body": text}
    assert index_values(record, {}) == index_values(record)


def test_index_values_paragraph_by_paragraph_on_golden_records() -> None:
    memo: dict[str, tuple[str, str]] = {}  # shared, as an old and a new text share it
    paths = sorted((FIXTURES / "rtarabic").glob("*.json"))
    assert paths
    for path in paths:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert index_values(record, memo) == index_values(record)


def test_every_embed_selector_needs_one_of_the_class_words() -> None:
    for css in EMBEDS:
        path = compiled(css).path
        assert any(f"contains(@class, '{word}')" in path for word in EMBED_CLASS_WORDS), css


@pytest.mark.parametrize("path", PAGES, ids=PAGE_IDS)
def test_captions_in_page_order_as_the_union_selects(path: Path) -> None:
    doc = parse("https://example.com/", decode_html(path.read_bytes()))
    assert doc is not None
    assert doc.matches_any(CAPTIONS) == select(doc.tree, CAPTIONS)
