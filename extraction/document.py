"""A fetched page parsed once: its text, its tree, its metas and its article JSON-LD."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import lxml.etree
from lxml import html as lxml_html
from lxml.html import HtmlElement

from extraction import gdocs_layout, pdf_layout
from extraction.dates import json_ld_objects, meta_index
from extraction.selectors import compiled

# trafilatura's parser options (trafilatura/utils.py HTML_PARSER), so that trafilatura can
# work on our tree instead of parsing the page again (extraction/trafilatura_text.py).
# lxml.html's own parser picks the Python class of every element it hands out by a Python
# call (form elements get form helpers); our page walks touch thousands of elements, so ours
# makes each a plain HtmlElement, in C. Extraction never uses the form helpers.
# huge_tree: libxml2 reads 2048 levels of nesting instead of 256 (a page with one unclosed
# <div> per paragraph nests as deep as it has paragraphs); what is deeper still is cut, and
# the document says so (`truncated`).
_PARSER = lxml_html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                               remove_comments=True, remove_pis=True, huge_tree=True)
_PARSER.set_element_class_lookup(lxml.etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))

# `[class*="author"]`: a substring of one attribute, the form of most markup selectors.
_SUBSTRING_SELECTOR = re.compile(r'\[(class|id)\*="([^"\\]+)"\]')
# `[class*="icon-user"] + a[href*="user"]`: the element after one so marked, by its link.
_NEXT_LINK_SELECTOR = re.compile(r'(\[(?:class|id)\*="[^"\\]+"\]) \+ a\[href\*="([^"\\]+)"\]')
# Every value of the attribute in page order; each value's getparent() is its element.
_ATTRIBUTE_VALUES: dict[str, lxml.etree.XPath] = {
    name: lxml.etree.XPath(f"descendant-or-self::*/@{name}") for name in ("class", "id")}

ARTICLE_TYPES: frozenset[str] = frozenset({"article", "newsarticle", "reportagenewsarticle",
                                           "blogposting", "analysisnewsarticle"})


@dataclass(frozen=True)
class Document:
    """What every extraction step reads. Steps never change `tree`: one that must remove
    elements works on a copy of its part."""

    url: str
    raw: str
    tree: HtmlElement
    metas: dict[str, str]
    # JSON-LD objects of an article type, in page order.
    ld: tuple[dict[str, Any], ...]
    # The parser stopped at a resource limit (nesting too deep): the page's end is missing.
    truncated: bool = False
    # Elements each CSS selector matched, found once per page (`matches`): two steps that
    # look for the same markup walk the tree once.
    _matches: dict[str, list[HtmlElement]] = field(default_factory=dict, init=False,
                                                   compare=False, repr=False)
    _values: dict[str, tuple[list[Any], frozenset[str]]] = field(
        default_factory=dict, init=False, compare=False, repr=False)

    def matches(self, css: str) -> list[HtmlElement]:
        """The elements of the page `css` matches, in page order (the list is shared: read
        it, never change it)."""
        found = self._matches.get(css)
        if found is None:
            substring = _SUBSTRING_SELECTOR.fullmatch(css)
            if substring:
                found = self._holding(*substring.groups())
            elif after := _NEXT_LINK_SELECTOR.fullmatch(css):
                found = [link for el in self.matches(after[1])
                         if (link := el.getnext()) is not None
                         and after[2] in (link.get("href") or "")]
            else:
                found = compiled(css)(self.tree)
            self._matches[css] = found
        return found

    def matches_any(self, selectors: Iterable[str]) -> list[HtmlElement]:
        """Every element one of `selectors` matches, in page order, each once (what their
        union selects)."""
        found = {el for css in selectors for el in self.matches(css)}
        if len(found) < 2:
            return list(found)
        return [el for el in self.tree.iter() if el in found]

    def _holding(self, attribute: str, word: str) -> list[HtmlElement]:
        """What `[attribute*="word"]` matches, from the page's values of that attribute read
        in one walk: each distinct value is tested once (pages repeat their class names),
        where the CSS selector tests every element."""
        values, distinct = self.attribute_values(attribute)
        holding = {value for value in distinct if word in value}
        return [value.getparent() for value in values if value in holding] if holding else []

    def attribute_values(self, attribute: str) -> tuple[list[Any], frozenset[str]]:
        """Every value of `attribute` ("class" or "id") in page order (each value's
        getparent() is its element), and the distinct ones; read once per page."""
        found = self._values.get(attribute)
        if found is None:
            values = _ATTRIBUTE_VALUES[attribute](self.tree)
            found = self._values[attribute] = (values, frozenset(values))
        return found


def parse(url: str, raw: str) -> Document | None:
    """The document of a decoded page, or None when it holds no HTML to read."""
    parsed = parse_tree_whole(raw)
    if parsed is None:
        return None
    tree, truncated = parsed
    metas = meta_index(tree)
    rebuilt = _rebuilt(tree, metas)
    if rebuilt:
        raw, (tree, _) = rebuilt, parse_tree_whole(rebuilt)
        metas = meta_index(tree)
    ld = tuple(article_ld(json_ld_objects(tree), url))
    return Document(url=url, raw=raw, tree=tree, metas=metas, ld=ld,
                    truncated=truncated)


def _rebuilt(tree: HtmlElement, metas: dict[str, str]) -> str | None:
    """A converted document's page as plain HTML (a PDF through pdf2htmlEX, a published
    Google Docs document), else None."""
    if pdf_layout.is_converted(tree, metas):
        return pdf_layout.semantic_html(tree, metas)
    if gdocs_layout.is_published_doc(tree, metas):
        return gdocs_layout.semantic_html(tree, metas)
    return None


def parse_tree(raw: str) -> HtmlElement | None:
    parsed = parse_tree_whole(raw)
    return parsed[0] if parsed is not None else None


def parse_tree_whole(raw: str) -> tuple[HtmlElement, bool] | None:
    """The page's tree and whether the parser cut it at a resource limit (None: no HTML)."""
    raw = _XML_PROLOG.sub("", raw, count=1)
    if not raw.strip():
        return None
    try:
        tree = lxml_html.document_fromstring(close_title(raw), parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
    cut = any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in _PARSER.error_log)
    return tree, cut


# lxml refuses a str that declares its encoding (`<?xml ... encoding='UTF-8'?>`, as Blogger
# and XHTML pages start): the text is already decoded, so the declaration goes.
_XML_PROLOG = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>", re.I)
_TITLE_OPEN = re.compile(r"<title\b[^>]*>", re.I)
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)


def close_title(raw: str) -> str:
    """An unclosed <title> would swallow the whole page as its text (it is raw text up to
    </title>): end it at the next tag instead."""
    opened = _TITLE_OPEN.search(raw)
    if opened is None or _TITLE_CLOSE.search(raw, opened.end()):
        return raw
    end = raw.find("<", opened.end())
    end = len(raw) if end < 0 else end
    return raw[:end] + "</title>" + raw[end:]


def article_ld(objects: Iterable[dict[str, Any]], url: str) -> Iterable[dict[str, Any]]:
    """The article objects among a page's JSON-LD, and the post a `Blog` object lists under
    `blogPost` when it is this page's (Hashnode prints its posts only so): the only one, or
    the one whose address is the page's."""
    for obj in objects:
        if is_article_ld(obj):
            yield obj
            continue
        posts = obj.get("blogPost")
        posts = [p for p in (posts if isinstance(posts, list) else [posts])
                 if isinstance(p, dict) and is_article_ld(p)]
        if len(posts) == 1:
            yield posts[0]
            continue
        yield from (p for p in posts if _same_address(_ld_address(p), url))


def _ld_address(obj: dict[str, Any]) -> str:
    for key in ("url", "@id", "mainEntityOfPage"):
        value = obj.get(key)
        if isinstance(value, dict):
            value = value.get("@id")
        if isinstance(value, str) and value:
            return value
    return ""


def _same_address(a: str, b: str) -> bool:
    return a.split("#")[0].rstrip("/") == b.split("#")[0].rstrip("/")


def is_article_ld(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds)
