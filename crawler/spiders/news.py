"""The discovery loop: robots.txt, sitemaps, feeds and listings lead to article pages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar
from urllib.parse import unquote, urldefrag, urlsplit

from scrapy import Request, Spider
from scrapy.http import Response, TextResponse
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.sitemap import sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler.addresses import same_port
from crawler.arguments import (
    article_limit,
    aware,
    mirror_hosts,
    since_day,
    without_credentials,
)
from crawler.browser_policy import BrowserPolicy
from crawler.discovery import Entry, page_links, read_feed, read_sitemap
from crawler.extract_pool import ExtractPool
from crawler.failures import ARTICLE_STATUSES, FetchFailures
from crawler.headers import content_type, header
from crawler.incremental_policy import IncrementalPolicy, lastmod_text
from crawler.items import CrawledArticle, DiscoveryPage, PageOutcome
from crawler.redirects import REDIRECT_STATUSES, ArticleRedirects
from crawler.template_learning import TemplateLearning
from extraction import Article, Site


class NewsSpider(Spider):
    """Crawl one site profile; subclasses set `name` and `site`.

    Arguments: base_url (point every discovery URL at a replica or mirror), mirrors (with
    base_url: comma-separated hosts or URLs serving the same paths, whose article links are
    fetched from base_url), since (YYYY-MM-DD: skip sitemap entries and feed items older than
    that), max_articles (stop after that many stored articles).
    """

    site: ClassVar[Site]
    # Built from the crawler in from_crawler; the spider routes, these decide.
    incremental: IncrementalPolicy
    redirects: ArticleRedirects
    failures: FetchFailures
    extraction: ExtractPool
    templates: TemplateLearning
    # Settings DISCOVERY_MAXSIZE and SITEMAP_MAX_DEPTH.
    discovery_maxsize: int
    sitemap_max_depth: int
    browser: BrowserPolicy

    def __init__(self, *args: Any, base_url: str | None = None, since: str | None = None,
                 max_articles: str | int | None = None, mirrors: str | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.auth: dict[str, str] = {}
        self.requested_ids: set[str] = set()  # article ids requested in this run
        if base_url:
            base_url, self.auth = without_credentials(base_url)
        profile = self.profile()
        self.site = profile.with_base_url(base_url, mirror_hosts(mirrors)) if base_url \
            else profile
        self.allowed_domains = [urlsplit(self.site.base_url).hostname or ""]
        self.since = since_day(since)
        self.max_articles = article_limit(max_articles)

    def profile(self) -> Site:
        """The site profile this spider crawls (the class's; the `news` spider builds one)."""
        return type(self).site

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> NewsSpider:
        if kwargs.get("max_articles") in (None, ""):
            kwargs["max_articles"] = crawler.settings.getint("ARCHIVE_MAX_ARTICLES") or None
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.incremental = build_from_crawler(IncrementalPolicy, crawler, spider)
        spider.redirects = build_from_crawler(ArticleRedirects, crawler)
        spider.failures = build_from_crawler(FetchFailures, crawler)
        spider.extraction = build_from_crawler(ExtractPool, crawler)
        spider.templates = build_from_crawler(TemplateLearning, crawler, spider)
        spider.discovery_maxsize = crawler.settings.getint("DISCOVERY_MAXSIZE")
        spider.sitemap_max_depth = crawler.settings.getint("SITEMAP_MAX_DEPTH")
        spider.browser = build_from_crawler(BrowserPolicy, crawler)
        return spider

    async def start(self) -> AsyncIterator[Request]:
        yield Request(self.site.url("/robots.txt"), self.parse_robots,
                      errback=self.discovery_failed, meta={"via": "sitemap", **self.auth},
                      priority=20)
        for path in self.site.sitemaps:
            yield self._discovery(self.site.url(path), self.parse_sitemap, "sitemap")
        for path in self.site.feeds:
            yield self._discovery(self.site.url(path), self.parse_feed, "rss")
        for path in self.site.listings:
            yield self._discovery(self.site.url(path), self.parse_listing, "listing")
        for request in self._archived_work():
            yield request

    def _archived_work(self) -> Iterator[Request]:
        """Article requests the archive asks for, whatever discovery finds (revisits, retries)."""
        for via, urls in self.incremental.archived_work():
            yield from self._article_requests((Entry(url, None) for url in urls), via)

    def _discovery(self, url: str, callback: Any, via: str,
                   lastmod: str | None = None, depth: int = 1) -> Request:
        meta: dict[str, Any] = {"via": via, **self.auth}
        if via in ("sitemap", "rss"):
            meta["download_maxsize"] = self.discovery_maxsize
        if callback == self.parse_sitemap:
            meta["sitemap_depth"] = depth
        if lastmod:
            meta["sitemap_lastmod"] = lastmod
        headers = self.incremental.discovery_headers(url)
        if headers:
            meta["handle_httpstatus_list"] = [304]
        return Request(url, callback, headers=headers, errback=self.discovery_failed,
                       meta=meta, priority=10)

    def parse_robots(self, response: Response) -> Iterator[Request]:
        self._count("pages/ok")
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if self._discovery_on_site(url):
                yield self._discovery(url, self.parse_sitemap, "sitemap")

    def _discovery_on_site(self, url: str) -> bool:
        """Sitemaps named by robots.txt or an index are read only from the site itself."""
        if self._on_site(url):
            return True
        self._count("discovery/offsite/sitemap")
        self.logger.info("Sitemap elsewhere, not read: %s", unquote(url))
        return False

    def _deeper(self, response: Response) -> int | None:
        """The depth of an index's sub-sitemaps, None (counted) past SITEMAP_MAX_DEPTH."""
        meta = response.request.meta if response.request is not None else {}
        depth = meta.get("sitemap_depth", 1) + 1
        if depth <= self.sitemap_max_depth:
            return depth
        self._count("discovery/too_deep")
        self.logger.warning("Sitemap index nested deeper than %d levels, its sub-sitemaps "
                            "not read: %s", self.sitemap_max_depth, unquote(response.url))
        return None

    def parse_sitemap(self, response: Response) -> Iterator[Request | DiscoveryPage]:
        if self.incremental.not_modified(response):
            yield from self.incremental.still_valid(response, "urlset")
            return
        sitemap = read_sitemap(self._sitemap_body(response))
        if sitemap is None:
            self._count("discovery/invalid_sitemap")
            self.logger.warning("Ignoring invalid sitemap %s", response.url)
            return
        self._count("pages/ok")
        kind, entries = sitemap
        depth = self._deeper(response) if kind == "sitemapindex" else None
        if kind == "sitemapindex" and depth is None:
            return
        for entry in entries:
            if kind == "sitemapindex":
                if (self._discovery_on_site(entry.url) and self._fresh(entry, "sitemap")
                        and self.incremental.changed(entry)):
                    yield self._discovery(entry.url, self.parse_sitemap, "sitemap",
                                          lastmod_text(entry), depth or 1)
            else:
                yield from self._article_requests([entry], "sitemap")
        if kind == "urlset":  # an index is never asked conditionally: it names what changed
            yield from self.incremental.read_whole(response, kind)

    def _sitemap_body(self, response: Response) -> bytes:
        body = response.body
        if gzip_magic_number(response):
            max_size = self.discovery_maxsize
            try:
                return gunzip(body, max_size=max_size)
            except Exception:  # noqa: BLE001 - a broken or oversized archive is just invalid
                return b""
        return body

    def parse_feed(self, response: Response) -> Iterator[Request | DiscoveryPage]:
        if self.incremental.not_modified(response):
            return
        entries = read_feed(response.body)
        if entries is None:
            self._count("discovery/invalid_feed")
            self.logger.warning("Ignoring invalid feed %s", response.url)
            return
        self._count("pages/ok")
        yield from self._article_requests(entries, "rss")
        yield from self.incremental.read_whole(response, "rss")

    def parse_listing(self, response: Response) -> Iterator[Request | DiscoveryPage]:
        if self.incremental.not_modified(response):
            return
        if not isinstance(response, TextResponse):  # an image, a PDF ...
            self._count("discovery/invalid_listing")
            self.logger.warning("Ignoring listing that is not a page: %s", response.url)
            return
        self._count("pages/ok")
        # Links read from the bytes: no parse tree or decoded text stays on the response.
        links = page_links(response.body, response.url, response.encoding)
        yield from self._from_listing(response, links)
        yield from self.incremental.read_whole(response, "listing")

    def _from_listing(self, response: Response, links: list[str]) -> Iterator[Request]:
        """What a listing's links lead to: its article pages."""
        yield from self._article_requests((Entry(url, None) for url in links), "listing")

    def _article_requests(self, entries: Any, via: str) -> Iterator[Request]:
        for entry in entries:
            # A comment feed links article#comment-12; a mirror's, an AMP twin's or a
            # tracked link (utm_*) is fetched as the article's own URL.
            url = self.site.article_url(urldefrag(entry.url).url)
            article_id = self.article_id(url)
            if article_id is None:
                if via != "listing":  # a listing's menus and tag links are not counted
                    self._not_article(url)
                continue
            if article_id in self.requested_ids:
                # Feeds, listings and sitemaps name the same stories: one request per article
                # and run, before the known-article check and the duplicate filter see it.
                self._count(f"discovery/duplicate/{via}")
                continue
            if self._fresh(entry, via) and not self._enough():
                self._count(f"discovery/{via}")
                self.requested_ids.add(article_id)
                yield self.article_request(url, article_id, via)

    def _not_article(self, url: str) -> None:
        """Count a sitemap or feed entry of the site that a profile rule names as no article
        (`prg`, `tags` ...): sitemaps list far more than articles."""
        kind = self.site.not_article_kind(url) if self._on_site(url) else None
        if kind is not None:
            self._count(f"discovery/not_article/{kind}")

    def article_request_for(self, url: str, via: str) -> Request | None:
        """The request for an article URL of this site found elsewhere (None if it is not one)."""
        article_id = self.article_id(url)
        return self.article_request(url, article_id, via) if article_id else None

    def article_id(self, url: str) -> str | None:
        """The article key of a URL on this site (None: elsewhere, or not an article)."""
        return self.site.article_key(url) if self._on_site(url) else None

    def article_request(self, url: str, article_id: str, via: str,
                        chain: tuple[str, ...] = ()) -> Request:
        meta: dict[str, Any] = {
            "via": via, "article_key": (self.site.name, article_id), "dont_redirect": True,
            "handle_httpstatus_list": ARTICLE_STATUSES + REDIRECT_STATUSES, **self.auth,
            **self.browser.article_meta()}
        if chain:
            meta["redirect_chain"] = chain
        callback = self.parse_article_pooled if self.extraction.pooled else self.parse_article
        return Request(url, callback, errback=self.article_failed, meta=meta)

    def _on_site(self, url: str) -> bool:
        """On the site's host, scheme and port (the same host on another port is elsewhere)."""
        parts = urlsplit(url)
        return (parts.scheme in ("http", "https") and parts.hostname in self.allowed_domains
                and same_port(url, self.site.base_url))

    def _fresh(self, entry: Entry, via: str) -> bool:
        if self.since is None or entry.date is None or aware(entry.date) >= self.since:
            return True
        self._count(f"discovery/skipped_old/{via}")
        return False

    def _enough(self) -> bool:
        stored = self.crawler.stats.get_value("archive/stored", 0)
        return self.max_articles is not None and stored >= self.max_articles

    def parse_article(self, response: Response) -> Iterator[Any]:
        early = self._without_extraction(response)
        if early is not None:
            yield from early
            return
        article = self.extraction.extract(self.site, response.url, response.body,
                                          content_type(response), self.templates.template)
        yield from self._article_items(response, article)

    async def parse_article_pooled(self, response: Response) -> AsyncIterator[Any]:
        """parse_article with extraction in a worker process: the reactor keeps downloading."""
        early = self._without_extraction(response)
        if early is not None:
            for item in early:
                yield item
            return
        article = await self.extraction.extract_pooled(self.site, response.url, response.body,
                                                       content_type(response),
                                                       self.templates.template)
        for item in self._article_items(response, article):
            yield item

    def _without_extraction(self, response: Response) -> list[Any] | None:
        """What a response gives when it needs no extraction (revisit answers, redirects)."""
        self._count("pages/ok")
        revisit = self.incremental.revisit(response)
        if revisit is not None:
            return [revisit]
        return self.redirects.follow(response, self)

    def _article_items(self, response: Response, article: Article) -> Iterator[Any]:
        again = self.browser.again(response, article)
        if again is not None:  # a challenge, or a body left to script: the browser reads it
            yield again
            return
        failed = self.failures.failed_status(response, article, self)
        if failed is not None:
            yield from failed
            return
        if article.decode_repaired:
            # A few bytes invalid in the page's charset became U+FFFD; the rest is as published.
            self._count("extraction/decode_repaired")
            self.logger.info("Decoded with %d invalid bytes replaced: %s",
                             article.decode_repaired, unquote(response.url))
        if not article.ok:
            self._count(f"archive/skipped/{article.status}")
            self.logger.info("Not an article (%s): %s", article.status, unquote(response.url))
            yield PageOutcome(url=response.url, site=self.site.name, outcome=article.status)
            return
        self._count("archive/parsed")
        # Which extraction step gave the text: a rise of trafilatura_lines on a site says its
        # pages confuse the block rules (docs/record.md text_origin).
        self._count(f"extraction/text_origin/{article.text_origin}")
        if article.text_origin == "trafilatura_lines":
            self.logger.info("Text below trafilatura's, taken with line rules only: %s",
                             unquote(response.url))
        yield CrawledArticle(
            article=article,
            discovered_via=response.meta.get("via", "unknown"),
            http_status=response.status,
            etag=header(response, b"ETag"),
            http_last_modified=header(response, b"Last-Modified"),
            capture=_capture_columns(response),
        )

    def article_failed(self, failure: Failure) -> Iterator[PageOutcome]:
        return self.failures.article_failed(failure, self)

    def discovery_failed(self, failure: Failure) -> None:
        self.failures.discovery_failed(failure, self)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)


def _capture_columns(response: Response) -> dict[str, object]:
    capture = response.meta.get("capture")
    return capture.as_columns() if capture is not None else {}
