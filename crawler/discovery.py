"""Read feeds, sitemaps and listings into (url, date) entries, and find a page's feeds; pure
functions.

Feeds and sitemaps are read as a stream (each entry dropped from the tree once read) and
listings keep their parse tree only while their links are collected: discovery memory stays
flat however many URLs a sitemap, feed or listing names (BENCHMARKS.md, memory).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from urllib.parse import urldefrag, urljoin

from lxml import etree
from lxml import html as lxml_html
from w3lib.url import safe_url_string

from extraction.dates import parse_date

# `<link rel="alternate" type=...>` types of a feed (RSS, Atom) in a page's head.
FEED_TYPES: frozenset[str] = frozenset({"application/rss+xml", "application/atom+xml",
                                        "application/rdf+xml", "application/x-rss+xml"})

# Junk tolerated, no entities resolved, nothing fetched, no text node over libxml2's limit.
_XML_OPTIONS = {"recover": True, "resolve_entities": False, "no_network": True,
                "huge_tree": False}

Events = Iterator[tuple[str, etree._Element]]


@dataclass(frozen=True)
class Entry:
    """A URL named by a feed or sitemap, with the date it gives (None when it gives none)."""

    url: str
    date: datetime | None


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(el: etree._Element, *names: str) -> str | None:
    for child in el:
        if _local(child.tag) in names and (child.text or "").strip():
            return child.text.strip()
    return None


def _events(body: bytes) -> Events:
    """Start and end events of an XML document parsed incrementally; a document that breaks
    off (truncated, junk after the root) ends there."""
    try:
        yield from etree.iterparse(BytesIO(body.lstrip()), events=("start", "end"),
                                   **_XML_OPTIONS)
    except etree.XMLSyntaxError:
        return


def _root(events: Events) -> etree._Element | None:
    """The document element (the first event is its start), or None when nothing parses."""
    first = next(events, None)
    return first[1] if first is not None else None


def _forget(element: etree._Element) -> None:
    """Drop a finished element's content and the siblings before it: the tree stays small."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def read_sitemap(body: bytes) -> tuple[str, Iterator[Entry]] | None:
    """("sitemapindex" | "urlset" | other, its entries with their <lastmod>), None when nothing
    parses or the document declares entities (no sitemap does; an entity bomb does).
    Entries are read as they are iterated."""
    events = _events(body)
    root = _root(events)
    if root is None or declares_entities(root):
        return None
    return _local(root.tag), _sitemap_entries(events)


def declares_entities(root: etree._Element) -> bool:
    """The document's internal DTD declares entities (never resolved here: their
    references read as nothing)."""
    dtd = root.getroottree().docinfo.internalDTD
    return dtd is not None and next(iter(dtd.iterentities()), None) is not None


def _sitemap_entries(events: Events) -> Iterator[Entry]:
    depth = 0  # below the document element
    for event, node in events:
        depth += 1 if event == "start" else -1
        if event == "end" and depth == 0:  # a child of the document element, complete
            loc = _child_text(node, "loc")
            if loc:
                yield Entry(loc, parse_date(_child_text(node, "lastmod")))
            _forget(node)


def read_feed(body: bytes) -> Iterator[Entry] | None:
    """Items of an RSS 2.0 feed or entries of an Atom feed with their publication date, None
    when nothing parses. Items are read as they are iterated."""
    events = _events(body)
    if _root(events) is None:
        return None
    return _feed_entries(events)


def _feed_entries(events: Events) -> Iterator[Entry]:
    for event, node in events:
        name = _local(node.tag) if event == "end" else ""
        if name == "item":
            link = _child_text(node, "link", "guid")
            date = _child_text(node, "pubDate", "date", "published", "updated")
        elif name == "entry":
            link = _atom_link(node)
            date = _child_text(node, "published", "updated")
        else:
            continue
        if link:
            yield Entry(link, parse_date(date))
        _forget(node)


def _atom_link(entry: etree._Element) -> str | None:
    for child in entry:
        if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
            return child.get("href")
    return None


def _html_root(body: bytes, encoding: str | None) -> etree._Element | None:
    """The page parsed from its bytes in `encoding` (no decoded copy kept); None if empty."""
    try:
        parser = lxml_html.HTMLParser(encoding=encoding)
    except LookupError:  # a codec Python knows and libxml2 does not
        body = body.decode(encoding or "utf-8", "replace").encode("utf-8")
        parser = lxml_html.HTMLParser(encoding="utf-8")
    try:
        return lxml_html.fromstring(body, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def page_links(body: bytes, page_url: str, encoding: str | None = None) -> list[str]:
    """Absolute URLs of a page's `<a href>` links (against its `<base href>`, if any), without
    fragment, each once, in page order. The parse tree is dropped before this returns."""
    tree = _html_root(body, encoding)
    if tree is None:
        return []
    base = safe_url_string(page_url)
    # The first <base> with an href sets the base URL (an empty one leaves the page's).
    declared = next((b.get("href") for b in tree.iter("base") if b.get("href") is not None), "")
    if declared.strip():
        base = urljoin(base, safe_url_string(declared.strip(), encoding=encoding or "utf-8"))
    links: dict[str, None] = {}
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if href:
            links.setdefault(urldefrag(urljoin(base, href)).url)
    return list(links)


def feed_links(body: bytes, page_url: str) -> list[str]:
    """Absolute URLs of the feeds a page announces with `<link rel="alternate" type=...>`."""
    try:
        tree = lxml_html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rel and kind in FEED_TYPES and href:
            url = urljoin(page_url, href)
            if url not in found:
                found.append(url)
    return found
