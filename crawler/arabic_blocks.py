"""Read-more, related and most-read blocks of any Arabic page, found by heading or class.

For pages without site rules: the block's links become the record's `related` field and their
titles are removed from the body wherever trafilatura kept them.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from crawler.boilerplate import (MOST_READ_LABELS, READ_MORE_LABELS, RELATED_LABELS, TAG_LABELS,
                                 fold)
from crawler.selectors import select, text_of
from crawler.textnorm import fold_space

# Blocks marked by class or id, by kind (CSS, evaluated by lxml as XPath).
BLOCK_SELECTORS: dict[str, tuple[str, ...]] = {
    "read_more": ('[class*="read-more"]', '[class*="readmore"]', '[class*="read_more"]',
                  '[class*="read-also"]', '[class*="readAlso"]'),
    "related": ('[class*="related"]', '[id*="related"]', '[class*="Related"]',
                '[class*="similar"]', '[class*="more-news"]'),
    # Tag lists: their link texts are the record's tags, not related links.
    "tags": ('[class*="tags"]', '[class*="keywords"]', '[class*="Tags"]', '[id*="tags"]'),
    "most_read": ('[class*="most-read"]', '[class*="mostread"]', '[class*="most_read"]',
                  '[id*="mostRead"]', '[id*="most-read"]', '[class*="mostRead"]',
                  '[class*="most-viewed"]', '[class*="popular"]'),
}
_LABEL_KIND: dict[str, str] = {
    **{fold(label): "read_more" for label in READ_MORE_LABELS},
    **{fold(label): "related" for label in RELATED_LABELS},
    **{fold(label): "most_read" for label in MOST_READ_LABELS},
    **{fold(label): "tags" for label in TAG_LABELS},
}
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p", "header", "li",
               "a", "section")
_LABEL_MAX_CHARS = 40
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A parent holding more links than this is a page region, not a block.
_BLOCK_MAX_LINKS = 40


def _label_kind(el: HtmlElement) -> str | None:
    own = el.text if el.text and el.text.strip() else (
        el[0].text if len(el) == 1 and isinstance(el[0].tag, str) else None)
    if not own or len(own) > _LABEL_MAX_CHARS * 2:
        return None
    key = fold(fold_space(own)).rstrip(" :：.…-–|»«").strip()
    kind = _LABEL_KIND.get(key)
    if kind is None or len(text_of(el)) > _LABEL_MAX_CHARS:
        return None
    return kind


def _links_after(label: HtmlElement) -> list[HtmlElement]:
    """Links in the siblings after a label, up to the next heading; else in its parent."""
    links: list[HtmlElement] = []
    for sibling in label.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _HEADINGS:
            break
        links.extend(sibling.iter("a"))
    if links:
        return links
    parent = label.getparent()
    if parent is None:
        return []
    found = [a for a in parent.iter("a") if a is not label]
    return found if len(found) <= _BLOCK_MAX_LINKS else []


def block_links(tree: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """(kind, <a>) for every link in a labelled or class-marked block, in page order.

    Kinds: `read_more`, `related`, `most_read`, and `tags` for tag lists.
    """
    kinds: dict[HtmlElement, str] = {}
    for kind, selectors in BLOCK_SELECTORS.items():
        for block in select(tree, selectors):
            # A class word on the article itself ("post has-related") does not make it a block.
            if block.tag in ("body", "html", "article", "main") or block.find(".//h1") is not None:
                continue
            for link in block.iter("a"):
                kinds.setdefault(link, kind)
    for el in tree.iter(*_LABEL_TAGS):
        kind = _label_kind(el)
        if kind is not None:
            for link in _links_after(el):
                kinds.setdefault(link, kind)
    return [(kinds[link], link) for link in tree.iter("a") if link in kinds]
