"""`scrapy crawl news -a site=URL`: crawl an Arabic news site we have no profile for.

The site's profile is built at run time from its URL (extraction/sites/generic.py): named after
its host, article URLs told by their shape, sitemaps from robots.txt and the usual locations,
feeds from `<link rel="alternate">` and the usual paths, listings from the home page down.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.discovery import feed_links
from crawler.spiders.news import NewsSpider
from extraction.sites.base import Site
from extraction.sites.generic import site_for_url
from extraction.urlshape import looks_like_listing

# A usual location that is not there is not an error of the run, only a guess that missed.
ABSENT_STATUSES: tuple[int, ...] = (404, 410)


class GenericNewsSpider(NewsSpider):
    """Crawl any news site: `-a site=https://example.com` (plus since, max_articles)."""

    name = "news"

    def __init__(self, *args: Any, site: str | None = None, **kwargs: Any) -> None:
        if not site:
            raise ValueError("name the site to crawl: scrapy crawl news -a site=https://...")
        self._profile = site_for_url(site)
        super().__init__(*args, **kwargs)

    def profile(self) -> Site:
        return self._profile

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.site.url("/robots.txt"), self.parse_robots,
                      errback=self.discovery_failed, meta={"via": "sitemap"}, priority=20)
        for path in self.site.sitemaps:
            yield self._probe(self.site.url(path), self.parse_sitemap, "sitemap")
        for path in self.site.feeds:
            yield self._probe(self.site.url(path), self.parse_feed, "rss")
        for path in self.site.listings:
            yield self._listing(self.site.url(path), 0)
        for request in self._archived_work():
            yield request

    def _probe(self, url: str, callback: Any, via: str) -> Request:
        return Request(url, callback, errback=self.probe_failed,
                       meta={"via": via, "download_maxsize": self.discovery_maxsize},
                       priority=10)

    def _listing(self, url: str, depth: int) -> Request:
        return Request(url, self.parse_listing, errback=self.probe_failed,
                       meta={"via": "listing", "listing_depth": depth}, priority=10 - depth)

    def probe_failed(self, failure: Failure) -> None:
        """A guessed location that is missing or that robots.txt forbids is no error."""
        via = failure.request.meta.get("via", "unknown")
        if failure.check(HttpError) and failure.value.response.status in ABSENT_STATUSES:
            self._count(f"discovery/absent/{via}")
        elif failure.check(IgnoreRequest) and not failure.check(HttpError):
            self._count(f"discovery/ignored/{via}")
        else:
            self.discovery_failed(failure)

    def _from_listing(self, response: Response, links: list[str]) -> Iterator[Request]:
        """Article links, then the page's feeds and, above the depth limit, its listings."""
        yield from super()._from_listing(response, links)
        for url in feed_links(response.body, response.url):
            if self._on_site(url):
                yield self._discovery(url, self.parse_feed, "rss")
        depth = response.meta.get("listing_depth", 0)
        if depth >= self.site.listing_depth:
            return
        for url in links:
            if self._on_site(url) and looks_like_listing(url):
                yield self._listing(url, depth + 1)
