"""Compiled CSS selectors and the text of an element as a reader sees it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from functools import lru_cache

from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

from extraction.textnorm import fold_space


@lru_cache(maxsize=512)
def compiled(css: str) -> CSSSelector:
    return CSSSelector(css)


def select(root: HtmlElement, selectors: Iterable[str]) -> list[HtmlElement]:
    """Every element matching any selector, in document order, each once (an XPath union)."""
    joined = ", ".join(selectors)
    return compiled(joined)(root) if joined else []


def first(root: HtmlElement, selectors: Iterable[str]) -> HtmlElement | None:
    """The first element matched by the first selector that matches anything."""
    for css in selectors:
        found = compiled(css)(root)
        if found:
            return found[0]
    return None


def text_of(el: HtmlElement) -> str:
    """Visible text of an element: <br> and the edges of block elements count as a space,
    scripts and styles are skipped."""
    parts: list[str] = []
    _collect(el, parts.append)
    return fold_space("".join(parts))


def row_text(tr: HtmlElement) -> str:
    """A table row's visible text: its cells' texts, joined by a space."""
    return " ".join(text for cell in tr if cell.tag in ("td", "th") and (text := text_of(cell)))


# Elements a browser lays out as blocks, rows or cells: their edges separate words even when
# the markup has no space there (`<td>2024</td><td>12 ألف</td>`, `<div>..</div>تابع`).
BLOCK_TAGS: frozenset[str] = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})


class _EnoughTextError(Exception):
    """Stops a walk: the text collected is already longer than asked for."""


class _UpTo:
    """Text parts collected until their folded text is over `chars` characters (then
    _EnoughTextError), checked each time the raw text doubles: the folding of a prefix is
    the start of the whole text's folding."""

    def __init__(self, chars: int) -> None:
        self.parts: list[str] = []
        self.chars = chars
        self.raw = 0
        self.check_at = chars

    def append(self, text: str) -> None:
        self.parts.append(text)
        self.raw += len(text)
        if self.raw > self.check_at:
            if len(fold_space("".join(self.parts))) > self.chars:
                raise _EnoughTextError
            self.check_at = 2 * self.raw


def text_start(el: HtmlElement, chars: int) -> str:
    """The first `chars` characters of `text_of(el)`, read only as far as needed: a test of
    how the text of every block of a page begins then reads a big block's first lines."""
    if el.text and isinstance(el.tag, str) and el.tag not in ("script", "style", "template"):
        head = fold_space(el.text)  # most often the element's own text settles it
        if len(head) >= chars:
            return head[:chars]
    collected = _UpTo(chars)
    with contextlib.suppress(_EnoughTextError):  # the walk went far enough
        _collect(el, collected.append)
    return fold_space("".join(collected.parts))[:chars]


def _collect(el: HtmlElement, append: Callable[[str], None]) -> None:
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "template"):
        return
    block = el.tag in BLOCK_TAGS
    if el.tag == "br" or block:
        append(" ")
    if el.text:
        append(el.text)
    for child in el:
        _collect(child, append)
        if child.tail:
            append(child.tail)
    if block:
        append(" ")
