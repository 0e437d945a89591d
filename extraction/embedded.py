"""Article text a page carries only as data: JSON-LD `articleBody` or Next.js `__NEXT_DATA__`.

Used only when the page's HTML gives no article text (an app shell that renders in the
browser). JSON-LD: the `articleBody` of an article object. `__NEXT_DATA__`: the longest string
under an `articleBody`, `body` or `content` key; HTML in it is reduced to its paragraphs.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import lxml.etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from extraction.textnorm import fold_space

NEXT_DATA_KEYS: tuple[str, ...] = ("articleBody", "body", "content")
_MIN_WORDS = 20  # shorter strings under those keys are labels, not articles
_MAX_DEPTH = 40
_PARAGRAPH_TAGS: tuple[str, ...] = ("p", "h2", "h3", "li", "blockquote")


def embedded_paragraphs(tree: HtmlElement, ld_articles: Iterable[dict[str, Any]]) -> list[str]:
    """Paragraphs of the embedded article text, or [] when the page carries none."""
    for obj in ld_articles:
        text = obj.get("articleBody")
        if isinstance(text, str) and len(text.split()) >= _MIN_WORDS:
            return _paragraphs(text)
    script = tree.find(".//script[@id='__NEXT_DATA__']")
    if script is None or not script.text:
        return []
    try:
        data = json.loads(script.text)
    except (ValueError, RecursionError):
        return []
    found = [s for s in _strings_under(data, NEXT_DATA_KEYS, 0) if len(s.split()) >= _MIN_WORDS]
    return _paragraphs(max(found, key=len)) if found else []


def _strings_under(data: Any, keys: tuple[str, ...], depth: int) -> Iterator[str]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, str):
                yield value
            else:
                yield from _strings_under(value, keys, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _strings_under(item, keys, depth + 1)


def _paragraphs(text: str) -> list[str]:
    if "<" in text and ">" in text:
        try:
            root = lxml_html.fragment_fromstring(text, create_parent="div")
        except (lxml.etree.ParserError, ValueError):
            root = None
        if root is not None:
            blocks = [fold_space(el.text_content()) for el in root.iter(*_PARAGRAPH_TAGS)]
            blocks = [b for b in blocks if b]
            text = "\n".join(blocks) if blocks else root.text_content()
    return [line for line in (fold_space(part) for part in text.split("\n")) if line]
