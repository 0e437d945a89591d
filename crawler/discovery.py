"""Read feeds and sitemaps into (url, date) entries, and find a page's feeds; pure functions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from crawler.dates import parse_date

# `<link rel="alternate" type=...>` types of a feed (RSS, Atom) in a page's head.
FEED_TYPES: frozenset[str] = frozenset({"application/rss+xml", "application/atom+xml",
                                        "application/rdf+xml", "application/x-rss+xml"})

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


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


def parse_xml(body: bytes) -> etree._Element | None:
    """The root of an XML document, tolerating junk; None when nothing parses."""
    try:
        return etree.fromstring(body.lstrip(), parser=_PARSER)
    except etree.XMLSyntaxError:
        return None


def sitemap_entries(root: etree._Element) -> tuple[str, list[Entry]]:
    """("sitemapindex" | "urlset" | other, entries with their <lastmod>)."""
    kind = _local(root.tag)
    entries = []
    for node in root:
        loc = _child_text(node, "loc")
        if loc:
            entries.append(Entry(loc, parse_date(_child_text(node, "lastmod"))))
    return kind, entries


def feed_entries(root: etree._Element) -> Iterator[Entry]:
    """Items of an RSS 2.0 feed or entries of an Atom feed, with their publication date."""
    for node in root.iter():
        name = _local(node.tag)
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


def _atom_link(entry: etree._Element) -> str | None:
    for child in entry:
        if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
            return child.get("href")
    return None


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
