"""The discovery loop: robots.txt, sitemaps, feeds and listings lead to article pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from typing import Any, ClassVar
from urllib.parse import unquote, urlsplit

from scrapy import Request, Spider
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler.discovery import Entry, feed_entries, parse_xml, sitemap_entries
from crawler.failures import failure_reason
from crawler.items import CrawledArticle
from crawler.sites.base import Site

# Statuses an article request must see in its callback (challenges come as 403/503).
ARTICLE_STATUSES: tuple[int, ...] = (403, 503)


class NewsSpider(Spider):
    """Crawl one site profile; subclasses set `name` and `site`.

    Arguments: base_url (point every discovery URL at a replica or mirror), since
    (YYYY-MM-DD: skip sitemap entries and feed items older than that), max_articles
    (stop after that many stored articles).
    """

    site: ClassVar[Site]

    def __init__(self, *args: Any, base_url: str | None = None, since: str | None = None,
                 max_articles: str | int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.site = type(self).site.with_base_url(base_url) if base_url else type(self).site
        self.allowed_domains = [urlsplit(self.site.base_url).hostname or ""]
        self.since = _since(since)
        self.max_articles = int(max_articles) if max_articles not in (None, "") else None
        if self.max_articles is not None and self.max_articles < 1:
            raise ValueError("max_articles must be a positive number")

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.site.url("/robots.txt"), self.parse_robots,
                      errback=self.discovery_failed, meta={"via": "sitemap"}, priority=20)
        for path in self.site.sitemaps:
            yield self._discovery(self.site.url(path), self.parse_sitemap, "sitemap")
        for path in self.site.feeds:
            yield self._discovery(self.site.url(path), self.parse_feed, "rss")
        for path in self.site.listings:
            yield self._discovery(self.site.url(path), self.parse_listing, "listing")

    def _discovery(self, url: str, callback: Any, via: str) -> Request:
        return Request(url, callback, errback=self.discovery_failed, meta={"via": via},
                       priority=10)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield self._discovery(url, self.parse_sitemap, "sitemap")

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        root = parse_xml(self._sitemap_body(response))
        if root is None:
            self._count("discovery/invalid_sitemap")
            self.logger.warning("Ignoring invalid sitemap %s", response.url)
            return
        kind, entries = sitemap_entries(root)
        for entry in entries:
            if kind == "sitemapindex":
                if self._fresh(entry, "sitemap"):
                    yield self._discovery(entry.url, self.parse_sitemap, "sitemap")
            else:
                yield from self._article_requests([entry], "sitemap")

    def _sitemap_body(self, response: Response) -> bytes:
        body = response.body
        if gzip_magic_number(response):
            max_size = self.crawler.settings.getint("DOWNLOAD_MAXSIZE")
            try:
                return gunzip(body, max_size=max_size)
            except Exception:  # noqa: BLE001 - a broken or oversized archive is just invalid
                return b""
        return body

    def parse_feed(self, response: Response) -> Iterator[Request]:
        root = parse_xml(response.body)
        if root is None:
            self._count("discovery/invalid_feed")
            self.logger.warning("Ignoring invalid feed %s", response.url)
            return
        yield from self._article_requests(feed_entries(root), "rss")

    def parse_listing(self, response: Response) -> Iterator[Request]:
        if not hasattr(response, "css"):
            return
        hrefs = response.css("a::attr(href)").getall()
        entries = (Entry(response.urljoin(h.strip()), None) for h in hrefs if h.strip())
        yield from self._article_requests(entries, "listing")

    def _article_requests(self, entries: Any, via: str) -> Iterator[Request]:
        for entry in entries:
            if not self._on_site(entry.url) or not self.site.is_article_url(entry.url):
                continue
            if self._fresh(entry, via) and not self._enough():
                self._count(f"discovery/{via}")
                yield Request(entry.url, self.parse_article, errback=self.article_failed,
                              meta={"via": via, "handle_httpstatus_list": ARTICLE_STATUSES})

    def _on_site(self, url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and parts.hostname in self.allowed_domains

    def _fresh(self, entry: Entry, via: str) -> bool:
        if self.since is None or entry.date is None or _aware(entry.date) >= self.since:
            return True
        self._count(f"discovery/skipped_old/{via}")
        return False

    def _enough(self) -> bool:
        stored = self.crawler.stats.get_value("archive/stored", 0)
        return self.max_articles is not None and stored >= self.max_articles

    def parse_article(self, response: Response) -> Iterator[CrawledArticle]:
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        article = self.site.extract(response.url, response.body, content_type)
        if response.status in ARTICLE_STATUSES and article.status == "ok":
            article.status = "blocked"  # an error status never yields an article
        if not article.ok:
            self._count(f"archive/skipped/{article.status}")
            self.logger.info("Not an article (%s): %s", article.status, unquote(response.url))
            return
        yield CrawledArticle(
            article=article,
            discovered_via=response.meta.get("via", "unknown"),
            http_status=response.status,
            etag=_header(response, b"ETag"),
            http_last_modified=_header(response, b"Last-Modified"),
        )

    def article_failed(self, failure: Failure) -> None:
        reason = failure_reason(failure)
        if failure.check(HttpError) and failure.value.response.status in ARTICLE_STATUSES:
            reason = "blocked"
        self._count(f"archive/failed/{reason}")
        self.logger.warning("Article fetch failed (%s): %s", reason, unquote(failure.request.url))

    def discovery_failed(self, failure: Failure) -> None:
        reason = failure_reason(failure)
        self._count(f"discovery/failed/{reason}")
        self.logger.warning("Discovery fetch failed (%s): %s", reason, unquote(failure.request.url))

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValueError(f"since must be YYYY-MM-DD, got {value!r}") from None
    return day.replace(tzinfo=timezone.utc)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
