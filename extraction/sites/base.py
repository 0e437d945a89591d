"""A site: where its articles are, how politely to fetch them, and its page objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import urlsplit, urlunsplit

from extraction.page import ArabicPage
from extraction.urlshape import looks_like_article, path_id, without_tracking

DEFAULT_LANGUAGES: tuple[str, ...] = ("ar",)


@dataclass(frozen=True)
class Site:
    """A site as discovery and identity see it; how its pages are built is its `pages`."""

    name: str
    base_url: str
    # Article URL paths; named groups `id` (stable article id) and optionally `section`.
    article_path: re.Pattern[str] | None = None
    # No regex: article URLs are told by their shape (extraction/urlshape.py) and identified
    # by a hash of their path (the generic `news` spider's sites).
    guess_articles: bool = False
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    # Other hosts serving the same paths (a mirror): their article links are this site's and
    # are fetched from base_url's host.
    mirror_hosts: tuple[str, ...] = ()
    # Path endings of an article's twins (AMP): the article is the path without them.
    twin_suffixes: tuple[str, ...] = ()
    # Paths that are never articles though some have the article shape; group `kind` is the
    # reason they are counted under (`discovery/not_article/<kind>`).
    not_article_path: re.Pattern[str] | None = None
    # Sub-sitemaps named by year (group `year`): those of the current year are read on every
    # run, whatever their lastmod says (it lags by a day on some sites).
    yearly_sitemap: re.Pattern[str] | None = None
    # Politeness: seconds between requests and parallel requests to the site (None: the
    # project's settings). `-s DOWNLOAD_DELAY=...` on the command line still wins.
    download_delay: float | None = None
    concurrency: int | None = None
    # BROWSER_FETCH for the site (None: the project's): `blocked` when it sits behind a
    # JavaScript challenge (crawler/browser_policy.py).
    browser_fetch: str | None = None
    # Languages whose articles are kept; other pages are counted as `language` and skipped.
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    # How many listing pages deep (home = 0) the generic spider follows section links.
    listing_depth: int = 0
    # Names source lines credit the site by ("المصدر: RT"): a copy crediting one of them
    # was republished from the site (archive/story_original.py).
    credited_as: tuple[str, ...] = ()
    # Page objects, one per layout the site has served, oldest first: each but the newest
    # has VALID_UNTIL, the last day it was served.
    pages: tuple[type[ArabicPage], ...] = (ArabicPage,)

    def __post_init__(self) -> None:
        if not self.pages or self.pages[-1].VALID_UNTIL is not None:
            raise ValueError(f"{self.name}: the newest page object has no VALID_UNTIL")
        ends = [page.VALID_UNTIL for page in self.pages[:-1]]
        if None in ends or ends != sorted(ends):  # type: ignore[type-var]
            raise ValueError(f"{self.name}: older page objects need VALID_UNTIL, in order")

    def page_for(self, captured: date | None = None) -> type[ArabicPage]:
        """The page object of the layout served on `captured` (None: the newest)."""
        if captured is not None:
            for page in self.pages[:-1]:
                if captured <= page.VALID_UNTIL:  # type: ignore[operator]
                    return page
        return self.pages[-1]

    def with_base_url(self, base_url: str, mirror_hosts: tuple[str, ...] = ()) -> Site:
        """The same site pointed at another host (a replica or a mirror). The profile's
        mirror hosts are not carried over: a replica's mirrors are named with it."""
        return replace(self, base_url=base_url.rstrip("/"), mirror_hosts=mirror_hosts)

    def article_url(self, url: str) -> str:
        """The URL an article link is fetched by: a mirror host's link on base_url's host,
        a twin (AMP) as the article itself, tracking parameters (utm_*) left out."""
        parts = urlsplit(without_tracking(url))
        if parts.hostname and parts.hostname in self.mirror_hosts:
            base = urlsplit(self.base_url)
            parts = parts._replace(scheme=base.scheme, netloc=base.netloc)
        path = parts.path
        for suffix in self.twin_suffixes:
            if path.rstrip("/").endswith(suffix) and len(path.rstrip("/")) > len(suffix):
                path = path.rstrip("/")[:-len(suffix)]
                break
        return urlunsplit(parts._replace(path=path))

    def not_article_kind(self, url: str) -> str | None:
        """Why a URL of the site is never an article (`prg`, `tags` ...), None if no rule
        names it."""
        if self.not_article_path is None:
            return None
        match = self.not_article_path.match(urlsplit(url).path)
        return match.group("kind") if match else None

    def sitemap_year(self, url: str) -> int | None:
        """The year a yearly sub-sitemap holds, None for other sitemaps."""
        if self.yearly_sitemap is None:
            return None
        match = self.yearly_sitemap.search(urlsplit(url).path)
        return int(match.group("year")) if match else None

    def url(self, path: str) -> str:
        return self.base_url + path

    @property
    def identifies_articles(self) -> bool:
        """Whether the site tells article URLs from others (then an article needs an id)."""
        return self.article_path is not None or self.guess_articles

    def article_match(self, url: str) -> re.Match[str] | None:
        """The article-path match of `url`, or None when it is not an article URL of this site."""
        if self.article_path is None:
            return None
        return self.article_path.match(urlsplit(url).path)

    def is_article_url(self, url: str) -> bool:
        return self.article_key(url) is not None

    def article_key(self, url: str) -> str | None:
        """The stable article id of `url`, or None when it is not an article URL of this site.

        A site's regex gives its `id` group; a guessing site the hash of the URL's path.
        """
        match = self.article_match(url)
        if match is not None:
            return match.group("id")
        if self.guess_articles and looks_like_article(url):
            return path_id(url)
        return None

    def identity(self, url: str, canonical: str) -> tuple[str | None, str | None]:
        """(article id, section) of a page fetched from `url` naming `canonical` as its URL."""
        match = self.article_match(url) or self.article_match(canonical)
        if match:
            return match.group("id"), match.groupdict().get("section")
        if self.guess_articles:
            return self.article_key(_identity_url(url, canonical)), None
        return None, None


def _identity_url(url: str, canonical: str) -> str:
    """The URL whose path identifies the article: the canonical one when it is an article
    URL on the same host, else the fetched one."""
    if urlsplit(canonical).hostname == urlsplit(url).hostname and looks_like_article(canonical):
        return canonical
    return url
