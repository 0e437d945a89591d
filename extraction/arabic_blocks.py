"""Read-more, related and most-read blocks of any Arabic page, found by heading or class.

For pages without site rules: the block's links become the record's `related` field and their
titles are removed from the body wherever trafilatura kept them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from extraction.boilerplate import (
    LATEST_LABELS,
    MOST_READ_LABELS,
    READ_MORE_LABELS,
    RELATED_LABELS,
    TAG_LABELS,
    fold,
)
from extraction.selectors import text_of
from extraction.textnorm import fold_space

# Blocks marked by a word in their class or id, by kind: (attribute, substring) pairs, matched
# case-sensitively as the CSS selector [class*="read-more"] matches. Matched in Python over the
# page's class and id values: as 22 XPath contains() tests of every element they cost ~5x more.
BLOCK_MARKERS: dict[str, tuple[tuple[str, str], ...]] = {
    "read_more": (("class", "read-more"), ("class", "readmore"), ("class", "read_more"),
                  ("class", "read-also"), ("class", "readAlso")),
    "related": (("class", "related"), ("id", "related"), ("class", "Related"),
                ("class", "similar"), ("class", "more-news")),
    # Tag lists: their link texts are the record's tags, not related links.
    "tags": (("class", "tags"), ("class", "keywords"), ("class", "Tags"), ("id", "tags")),
    "most_read": (("class", "most-read"), ("class", "mostread"), ("class", "most_read"),
                  ("id", "mostRead"), ("id", "most-read"), ("class", "mostRead"),
                  ("class", "most-viewed"), ("class", "popular"), ("class", "ticker")),
}
_KIND_RANK: dict[str, int] = {kind: rank for rank, kind in enumerate(BLOCK_MARKERS)}
_LABEL_KIND: dict[str, str] = {
    **{fold(label): "read_more" for label in READ_MORE_LABELS},
    **{fold(label): "related" for label in RELATED_LABELS},
    **{fold(label): "most_read" for label in (*MOST_READ_LABELS, *LATEST_LABELS)},
    **{fold(label): "tags" for label in TAG_LABELS},
}
_LABEL_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p", "header", "li",
               "a", "section")
_LABEL_MAX_CHARS = 40
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A parent holding more links than this is a page region, not a block.
_BLOCK_MAX_LINKS = 40


def _own_text(el: HtmlElement) -> str | None:
    """The element's text before its first child, else its only child's."""
    text = el.text
    if text and not text.isspace():
        return text
    return el[0].text if len(el) == 1 and isinstance(el[0].tag, str) else None


def _text_kind(text: str) -> str | None:
    """The block kind a label text names ("مواضيع ذات صلة:" -> related), else None."""
    return _LABEL_KIND.get(fold(fold_space(text)).rstrip(" :：.…-–|»«").strip())


def _label_kind(el: HtmlElement, known: dict[str, str | None]) -> str | None:
    """The kind of block `el` labels; `known` holds the page's texts already looked up."""
    own = _own_text(el)
    if not own or len(own) > _LABEL_MAX_CHARS * 2:
        return None
    if own not in known:
        known[own] = _text_kind(own)
    kind = known[own]
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
    if found:
        return found if len(found) <= _BLOCK_MAX_LINKS else []
    return _list_after(_label_holder(label))


def _label_holder(label: HtmlElement) -> HtmlElement:
    """The outermost ancestor holding nothing but the label (old table layouts: the label in
    <b> in <font> in a cell of its own row, the links in the rows after it)."""
    text, holder = text_of(label), label
    for ancestor in label.iterancestors():
        if ancestor.tag in ("body", "html") or text_of(ancestor) != text:
            break
        holder = ancestor
    return holder


_LIST_ITEM_MAX_WORDS = 20


def _list_after(holder: HtmlElement) -> list[HtmlElement]:
    """Links of the siblings after `holder` that are list items (a link and little else),
    up to the first sibling that is not one."""
    links: list[HtmlElement] = []
    for sibling in holder.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag in _HEADINGS:
            break
        found = list(sibling.iter("a"))
        if not found or len(text_of(sibling).split()) > _LIST_ITEM_MAX_WORDS * len(found):
            break
        links.extend(found)
    return links if len(links) <= _BLOCK_MAX_LINKS else []


# (word, kind) per attribute, kinds in BLOCK_MARKERS order: the first word found gives the kind.
_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    attribute: tuple((word, kind) for kind, markers in BLOCK_MARKERS.items()
                     for attr, word in markers if attr == attribute)
    for attribute in ("class", "id")}
# Every class (id) value of the page; each result's getparent() is its element.
_VALUES: dict[str, etree.XPath] = {
    attribute: etree.XPath(f"descendant-or-self::*/@{attribute}") for attribute in _WORDS}
# attribute -> (every value in page order, the distinct values): Document.attribute_values,
# which reads them once per page for every step that looks at class and id words.
AttributeValues = Callable[[str], tuple[list[Any], frozenset[str]]]


def marked_kind(attribute: str, value: str) -> str | None:
    """The first kind in BLOCK_MARKERS with a marker for `attribute` that `value` holds."""
    for word, kind in _WORDS[attribute]:
        if word in value:
            return kind
    return None


def _tree_values(tree: HtmlElement) -> AttributeValues:
    def values(attribute: str) -> tuple[list[Any], frozenset[str]]:
        found = _VALUES[attribute](tree)
        return found, frozenset(found)
    return values


def _marked_links(values_of: AttributeValues) -> dict[HtmlElement, str]:
    """<a> -> kind for links inside class- or id-marked blocks; a link inside blocks of several
    kinds gets the first kind in BLOCK_MARKERS order."""
    kinds: dict[HtmlElement, str] = {}
    for attribute in _VALUES:
        values, distinct = values_of(attribute)
        # A page repeats its class names: each distinct value is looked at once.
        marked = {v: kind for v in distinct if (kind := marked_kind(attribute, v))}
        for value in values if marked else ():
            kind = marked.get(value)
            if kind is None:
                continue
            block = value.getparent()
            # A class word on the article itself ("post has-related") does not make it a block.
            if block.tag in ("body", "html", "article", "main") or (
                    block.find(".//h1") is not None):
                continue
            for link in block.iter("a"):
                current = kinds.get(link)
                if current is None or _KIND_RANK[kind] < _KIND_RANK[current]:
                    kinds[link] = kind
    return kinds


def block_links(tree: HtmlElement, values: AttributeValues | None = None
                ) -> list[tuple[str, HtmlElement]]:
    """(kind, <a>) for every link in a labelled or class-marked block, in page order.

    Kinds: `read_more`, `related`, `most_read`, and `tags` for tag lists. `values`: the
    page's class and id values when the caller has read them (Document.attribute_values).
    """
    kinds = _marked_links(values or _tree_values(tree))
    known: dict[str, str | None] = {}  # menus repeat their texts; so do a parent and its only child
    for el in tree.iter(*_LABEL_TAGS):
        kind = _label_kind(el, known)
        if kind is not None:
            for link in _links_after(el):
                kinds.setdefault(link, kind)
    return [(kinds[link], link) for link in tree.iter("a") if link in kinds]
