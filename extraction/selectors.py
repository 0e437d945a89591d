"""Compiled CSS selectors and the text of an element as a reader sees it."""

from __future__ import annotations

from collections.abc import Iterable
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
    _collect(el, parts)
    return fold_space("".join(parts))


# Elements a browser lays out as blocks, rows or cells: their edges separate words even when
# the markup has no space there (`<td>2024</td><td>12 ألف</td>`, `<div>..</div>تابع`).
BLOCK_TAGS: frozenset[str] = frozenset({
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul",
})


def _collect(el: HtmlElement, parts: list[str]) -> None:
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "template"):
        return
    block = el.tag in BLOCK_TAGS
    if el.tag == "br" or block:
        parts.append(" ")
    if el.text:
        parts.append(el.text)
    for child in el:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append(" ")
