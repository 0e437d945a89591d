"""Renders robots.txt, the sitemap index, sub-sitemaps and RSS 2.0 feeds."""

from __future__ import annotations

import gzip
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


@dataclass(frozen=True)
class FeedItem:
    """One RSS item; `enclosure` is an absolute image URL or None."""

    title: str
    link: str
    description: str
    published: str
    category: str
    enclosure: str | None
    guid: str | None = None  # the clean URL; None: the link


def robots_txt(base: str) -> bytes:
    return (f"User-agent: *\nDisallow: /search/\nDisallow: /private/\n\n"
            f"Sitemap: {base}/sitemap.xml\n").encode("ascii")


def newest(times: Sequence[str]) -> str:
    """The latest of ISO 8601 times with offsets, as written."""
    return max(times, key=datetime.fromisoformat)


def sitemap_index(entries: Sequence[tuple[str, str]]) -> bytes:
    """entries: (absolute sub-sitemap URL, lastmod)."""
    body = "".join(f"<sitemap><loc>{escape(loc)}</loc><lastmod>{lastmod}</lastmod></sitemap>\n"
                   for loc, lastmod in entries)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n'
            f"{body}</sitemapindex>\n").encode()


def urlset(entries: Sequence[tuple[str, str]], gz: bool = False) -> bytes:
    """entries: (absolute URL, lastmod); gzipped deterministically when gz."""
    body = "".join(f"<url><loc>{escape(loc)}</loc><lastmod>{lastmod}</lastmod></url>\n"
                   for loc, lastmod in entries)
    data = (f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{body}'
            "</urlset>\n").encode()
    return gzip.compress(data, mtime=0) if gz else data


def rfc822(iso: str) -> str:
    """`Wed, 24 Jan 2024 21:15:00 +0300` from an ISO 8601 time with offset."""
    return format_datetime(datetime.fromisoformat(iso))


def _link(url: str) -> str:
    """A link as written: in CDATA when it carries a query (the live feed's utm_* links)."""
    return f"<![CDATA[{url}]]>" if "?" in url else escape(url)


def rss(title: str, link: str, items: Sequence[FeedItem]) -> bytes:
    out = []
    for item in items:
        enclosure = (f'<enclosure url="{escape(item.enclosure)}" length="0" type="image/jpeg"/>'
                     if item.enclosure else "")
        out.append(
            f"<item><title>{escape(item.title)}</title><link>{_link(item.link)}</link>"
            f'<guid isPermaLink="true">{escape(item.guid or item.link)}</guid>'
            f"<description>{escape(item.description)}</description>"
            f"<pubDate>{rfc822(item.published)}</pubDate>"
            f"<category>{escape(item.category)}</category>{enclosure}</item>")
    built = rfc822(newest([i.published for i in items])) if items else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        "<description>آخر الأخبار من RT Arabic</description><language>ar</language>"
        f"<lastBuildDate>{built}</lastBuildDate>\n" + "\n".join(out) + "\n</channel></rss>\n"
    ).encode("utf-8")
