"""A site profile: where a site's articles are and how its pages are built, as plain data."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from crawler.items import Article

# Meta keys most news sites use; a profile puts its own first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "datePublished", "og:published_time", "pubdate",
    "publish-date", "date",
)
MODIFIED_META: tuple[str, ...] = ("article:modified_time", "dateModified", "og:updated_time")
AUTHOR_META: tuple[str, ...] = ("author", "article:author")
SECTION_META: tuple[str, ...] = ("article:section", "category")


@dataclass(frozen=True)
class Site:
    """Everything site-specific; extraction and discovery read it, nothing else does."""

    name: str
    base_url: str
    # Article URL paths; named groups `id` (stable article id) and optionally `section`.
    article_path: re.Pattern[str] | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    title_suffixes: tuple[str, ...] = ()
    # Selectors (CSS). `body` is the article text block, first match wins.
    body: tuple[str, ...] = ()
    intro: tuple[str, ...] = ()
    scope: tuple[str, ...] = ("article",)
    headline: tuple[str, ...] = ("h1",)
    drop: tuple[str, ...] = ()
    read_more: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    most_read: tuple[str, ...] = ()
    link_title: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    photo: tuple[str, ...] = ()
    caption: tuple[str, ...] = ()
    credit: tuple[str, ...] = ()
    section_name: tuple[str, ...] = ()
    published_meta: tuple[str, ...] = PUBLISHED_META
    modified_meta: tuple[str, ...] = MODIFIED_META
    author_meta: tuple[str, ...] = AUTHOR_META
    section_meta: tuple[str, ...] = SECTION_META

    def with_base_url(self, base_url: str) -> Site:
        """The same profile pointed at another host (a replica or a mirror)."""
        return replace(self, base_url=base_url.rstrip("/"))

    def url(self, path: str) -> str:
        return self.base_url + path

    def article_match(self, url: str) -> re.Match[str] | None:
        """The article-path match of `url`, or None when it is not an article URL of this site."""
        if self.article_path is None:
            return None
        return self.article_path.match(urlsplit(url).path)

    def is_article_url(self, url: str) -> bool:
        return self.article_match(url) is not None

    def extract(self, url: str, body: bytes, content_type: str | None = None) -> Article:
        """Turn a fetched page into an article record (pure: no network, no clock)."""
        from crawler.extraction import extract_article

        return extract_article(self, url, body, content_type)
