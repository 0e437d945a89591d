"""The profile for a site we have no rules for: trafilatura plus Arabic cleanup.

`SITE` extracts single pages (`archive extract`, evaluation); `site_for_url` builds the
profile the `news` spider crawls a whole site with: named after its host, article URLs told
by their shape, feeds and sitemaps found on the site itself.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from extraction.sites.base import Site

SITE = Site(name="generic", base_url="")

# Where sites usually put their sitemaps and feeds when robots.txt and the home page don't say.
USUAL_SITEMAPS: tuple[str, ...] = (
    "/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/sitemap-news.xml",
    "/sitemap.xml.gz",
)
USUAL_FEEDS: tuple[str, ...] = ("/feed/", "/rss/", "/rss.xml", "/feed.xml", "/atom.xml")
LISTING_DEPTH = 2


def site_name(url: str) -> str:
    """The name a site is stored under: its host without `www.` (`example.com`)."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        raise ValueError(f"not a site URL: {url!r}")
    return host.removeprefix("www.")


def site_for_url(url: str) -> Site:
    """The generic profile of the site at `url` (scheme and host; any path is ignored)."""
    parts = urlsplit(url if "://" in url else f"https://{url}")
    if parts.scheme not in ("http", "https"):
        raise ValueError(f"site must be an http(s) URL, got {url!r}")
    return Site(name=site_name(parts.geturl()), base_url=f"{parts.scheme}://{parts.netloc}",
                guess_articles=True, sitemaps=USUAL_SITEMAPS, feeds=USUAL_FEEDS,
                listings=("/",), listing_depth=LISTING_DEPTH)
