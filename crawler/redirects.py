"""Redirects: of feeds, sitemaps and listings refused when they leave the site or loop; of
articles followed by the spider only to another article URL of the site."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import unquote, urldefrag, urljoin

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from w3lib.url import safe_url_string

from crawler.addresses import refusal
from crawler.failures import Refused
from crawler.headers import header
from crawler.items import PageOutcome

if TYPE_CHECKING:
    from crawler.spiders.news import NewsSpider

logger = logging.getLogger(__name__)

REDIRECT_STATUSES: tuple[int, ...] = (301, 302, 303, 307, 308)


class RedirectGuardMiddleware:
    """Downloader middleware, between RedirectMiddleware (600) and the WARC capture (650).

    A redirect Scrapy would follow is refused, counted (`redirect/refused/<reason>`) and sent
    to the request's errback as `Refused` when its target is not http(s), is a loopback or
    private address reached from a public site, is off the allowed domains or the site's
    scheme and port, or was already visited in this chain (a loop). Redirected requests
    (Location or meta refresh) are checked again before they are sent. Article requests
    (`dont_redirect`) are the spider's business.
    Setting: ARCHIVE_PUBLIC_HOSTS (hosts treated as public; for tests on loopback).
    """

    def __init__(self, crawler: Crawler, public_hosts: list[str]) -> None:
        self.crawler = crawler
        self.public_hosts = public_hosts

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedirectGuardMiddleware:
        return cls(crawler, crawler.settings.getlist("ARCHIVE_PUBLIC_HOSTS"))

    def process_request(self, request: Request) -> None:
        chain = request.meta.get("redirect_urls")
        if chain:
            self._check(chain[0], request.url, chain)

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if (response.status not in REDIRECT_STATUSES or not location
                or request.meta.get("dont_redirect")
                or response.status in request.meta.get("handle_httpstatus_list", ())):
            return response
        target = urljoin(request.url, safe_url_string(location.decode("latin-1")))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        self._check(chain[0], target, chain)
        return response

    def _check(self, origin: str, target: str, chain: list[str]) -> None:
        spider = self.crawler.spider
        domains = list(getattr(spider, "allowed_domains", None) or [])
        site = getattr(spider, "site", None)
        reason = refusal(origin, target, domains, self.public_hosts,
                         getattr(site, "base_url", None))
        seen = {urldefrag(url)[0] for url in chain}
        if reason is None and urldefrag(target)[0] in seen:
            reason = "redirect_loop"
        if reason is None:
            return
        self.crawler.stats.inc_value(f"redirect/refused/{reason}")
        logger.warning("Redirect refused (%s): %s -> %s", reason, unquote(chain[-1]),
                       unquote(target))
        raise Refused(reason, f"{reason}: {target}")


class ArticleRedirects:
    """Follows an article's redirect only to another article URL of the spider's site.

    Article requests are not redirected by Scrapy (`dont_redirect`), so the target is checked
    like any discovered URL (on this site? an article? already archived?) and the chain of
    sources is remembered (`redirect_chain`). Outcomes: `redirect` (followed),
    `redirect_elsewhere`, `redirect_loop` (a URL seen in the chain, or more than
    REDIRECT_MAX_TIMES hops).
    """

    def __init__(self, crawler: Crawler, max_redirects: int) -> None:
        self.crawler = crawler
        self.max_redirects = max_redirects

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticleRedirects:
        return cls(crawler, crawler.settings.getint("REDIRECT_MAX_TIMES"))

    def follow(self, response: Response, spider: NewsSpider) -> list[PageOutcome | Request] | None:
        """The outcome of a redirect answer and the request for its target (None if the
        response is no redirect)."""
        if response.status not in REDIRECT_STATUSES:
            return None
        location = header(response, b"Location")
        target = response.urljoin(location) if location else ""
        article_id = spider.article_id(target)
        chain = (*response.meta.get("redirect_chain", ()), response.url)
        outcome = "redirect" if article_id else "redirect_elsewhere"
        if article_id and (target in chain or len(chain) > self.max_redirects):
            outcome, article_id = "redirect_loop", None
        self.crawler.stats.inc_value(f"archive/skipped/{outcome}")
        spider.logger.info("Redirect (%s): %s -> %s", outcome, unquote(response.url),
                           unquote(target))
        results: list[PageOutcome | Request] = [
            PageOutcome(url=response.url, site=spider.site.name, outcome=outcome)]
        if article_id:
            results.append(spider.article_request(target, article_id,
                                                  response.meta.get("via", "unknown"), chain))
        return results
