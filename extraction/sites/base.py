"""A site profile: where a site's articles are and how its pages are built, as plain data."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from extraction.record import Article
from extraction.urlshape import looks_like_article, path_id

# Meta keys most news sites use; a profile puts its own first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "datePublished", "og:published_time", "pubdate",
    "publish-date", "date",
)
MODIFIED_META: tuple[str, ...] = ("article:modified_time", "dateModified", "og:updated_time")
AUTHOR_META: tuple[str, ...] = ("author", "article:author")
SECTION_META: tuple[str, ...] = ("article:section", "category")
DEFAULT_LANGUAGES: tuple[str, ...] = ("ar",)


@dataclass(frozen=True)
class Site:
    """Everything site-specific; extraction and discovery read it, nothing else does."""

    name: str
    base_url: str
    # Article URL paths; named groups `id` (stable article id) and optionally `section`.
    article_path: re.Pattern[str] | None = None
    # No regex: article URLs are told by their shape (extraction/urlshape.py) and identified by a
    # hash of their path (the generic `news` spider's sites).
    guess_articles: bool = False
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
    # Elements showing the publication date (text or `datetime`), read when meta tags and
    # JSON-LD give none; `date_formats` are strptime formats for that text tried before the
    # Arabic date rules (a format without %z gives a date without offset).
    date_selectors: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    # The byline element; its text without "كتب" / "بقلم" is the author when metas give none.
    byline: tuple[str, ...] = ()
    # Body lines that begin with one of these phrases are the site's boilerplate, not text.
    boilerplate: tuple[str, ...] = ()
    # Politeness: seconds between requests and parallel requests to the site (None: the
    # project's settings). `-s DOWNLOAD_DELAY=...` on the command line still wins.
    download_delay: float | None = None
    concurrency: int | None = None
    # Languages whose articles are kept; other pages are counted as `language` and skipped.
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # How many listing pages deep (home = 0) the generic spider follows section links.
    listing_depth: int = 0

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
        return self.article_key(url) is not None

    def article_key(self, url: str) -> str | None:
        """The stable article id of `url`, or None when it is not an article URL of this site.

        A profile's regex gives its `id` group; a guessing site the hash of the URL's path.
        """
        match = self.article_match(url)
        if match is not None:
            return match.group("id")
        if self.guess_articles and looks_like_article(url):
            return path_id(url)
        return None

    def extract(self, url: str, body: bytes, content_type: str | None = None) -> Article:
        """Turn a fetched page into an article record (pure: no network, no clock)."""
        from extraction.article import extract_article

        return extract_article(self, url, body, content_type)
