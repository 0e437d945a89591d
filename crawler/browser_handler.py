"""The http(s) download handler: Scrapy's own for plain requests, headless Chromium for
requests with meta `browser` (crawler/browser_policy.py says which).

It runs inside the downloader's per-domain slot, so a browser page waits its turn like any
request (DOWNLOAD_DELAY, AutoThrottle, CONCURRENT_REQUESTS_PER_DOMAIN); browser pages go one at
a time (crawler/browser_session.py). The cookies a browser pass obtained (a challenge's
clearance cookie) are kept in a Scrapy CookieJar and sent with the plain requests to that host
that follow; a challenged request that was sent before the cookies came is tried plain again
with them before the browser runs again. Counted: `browser/fetched`,
`browser/passed_challenge`, `browser/cookies_reused`, `browser/refused/<reason>` (requests the
page made that were not fetched), `browser/failed/<reason>` (`timeout`, `crash`, `launch`,
`chromium_missing`, `error`, `gave_up`), `browser/uncaptured` (responses gone before their
body could be read); a page the browser could not get is `blocked`. A host whose challenge
was not passed within BROWSER_TIMEOUT twice in a row gets no more browser fetches for its
challenges in the run.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future
from http.cookiejar import Cookie
from typing import Any, TypeVar
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Response
from scrapy.http.cookies import CookieJar
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred, DeferredLock

from crawler.addresses import refusal
from crawler.browser_policy import browser_mode, is_challenge_response
from crawler.browser_session import BrowserError, BrowserPage, BrowserSession, TimedOutError
from crawler.failures import Refused

logger = logging.getLogger(__name__)

T = TypeVar("T")
# Response headers of the browser's document that still hold for the rendered DOM.
KEPT_HEADERS: frozenset[str] = frozenset({"etag", "last-modified", "date", "server",
                                          "cache-control", "expires", "content-language"})
HTML_UTF8 = "text/html; charset=utf-8"
# Challenges in a row a host's pages may fail to pass before the browser stops trying there.
GIVE_UP_AFTER = 2
# Why a request goes to the browser when a challenge stands in the way (others render).
CHALLENGES: frozenset[str] = frozenset({"challenge", "blocked"})


class BrowserDownloadHandler(HTTP11DownloadHandler):
    """DOWNLOAD_HANDLERS for http and https. Settings: BROWSER_FETCH, BROWSER_TIMEOUT,
    BROWSER_EXECUTABLE, ARCHIVE_PUBLIC_HOSTS, ROBOTSTXT_USER_AGENT."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self.mode = browser_mode(settings)
        self.timeout = settings.getfloat("BROWSER_TIMEOUT")
        self.executable = settings.get("BROWSER_EXECUTABLE")
        self.public_hosts = settings.getlist("ARCHIVE_PUBLIC_HOSTS")
        self.robots_agent = settings.get("ROBOTSTXT_USER_AGENT") or "*"
        self.jar = CookieJar()
        self.epochs: dict[str, int] = {}  # host -> browser passes that gave it cookies
        self.locks: dict[str, DeferredLock] = {}
        self.robots: dict[str, Any] = {}  # host -> robots.txt parser, as the crawl read it
        self.session: BrowserSession | None = None
        self.reported: set[str] = set()
        # Challenges not passed in time per host since its last pass; at GIVE_UP_AFTER the
        # host's challenges get no more browser fetches in this run.
        self.not_passed: dict[str, int] = {}
        crawler.signals.connect(self._robots_parsed, signal=signals.robots_parsed)

    async def download_request(self, request: Request) -> Response:
        if not request.meta.get("browser") or self.mode == "off":
            return await self._plain(request)
        host = urlparse_cached(request).netloc
        lock = self.locks.setdefault(host, DeferredLock())
        await maybe_deferred_to_future(lock.acquire())
        try:
            if request.meta["browser"] == "challenge" and \
                    self.epochs.get(host, 0) > request.meta.get("browser_epoch", 0):
                # Cookies came since this request was challenged: plain again, with them.
                response = await self._plain(request)
                if not is_challenge_response(response):
                    self.crawler.stats.inc_value("browser/cookies_reused")
                    del request.meta["browser"]
                    return response
            return await self._browser(request, host)
        finally:
            lock.release()

    async def _plain(self, request: Request) -> Response:
        host = urlparse_cached(request).netloc
        if self.epochs.get(host):
            request.headers.pop(b"Cookie", None)  # a retry's copy carries the last attempt's
            self.jar.add_cookie_header(request)
        request.meta["browser_epoch"] = self.epochs.get(host, 0)
        return await super().download_request(request)

    async def _browser(self, request: Request, host: str) -> Response:
        stats = self.crawler.stats
        if self.not_passed.get(host, 0) >= GIVE_UP_AFTER and \
                request.meta["browser"] in CHALLENGES:
            stats.inc_value("browser/failed/gave_up")
            raise Refused("blocked", "browser: this host's challenge was not passed before")
        if self.session is None:
            agent = (request.headers.get(b"User-Agent") or b"").decode("latin-1")
            self.session = BrowserSession(self.executable, agent, self.timeout)
        refuse = self._refuser(request.url)
        try:
            page = await _awaited(self.session.fetch(request.url, refuse))
        except TimedOutError as timed_out:  # still the challenge: read as one (blocked)
            page = timed_out.page
            stats.inc_value("browser/failed/timeout")
            self.not_passed[host] = self.not_passed.get(host, 0) + 1
            logger.warning("Challenge not passed within BROWSER_TIMEOUT (%g s): %s%s",
                           self.timeout, request.url,
                           f"; no more browser fetches for {host}'s challenges in this run"
                           if self.not_passed[host] >= GIVE_UP_AFTER else "")
        except BrowserError as error:
            stats.inc_value(f"browser/failed/{error.reason}")
            self._report(error)
            raise Refused("blocked", f"browser fetch failed ({error.reason}): "
                                     f"{error}") from error
        stats.inc_value("browser/fetched")
        if page.challenged and page.passed:
            stats.inc_value("browser/passed_challenge")
            self.not_passed[host] = 0
        for reason, n in page.refused.items():
            stats.inc_value(f"browser/refused/{reason}", n)
        if page.uncaptured:
            stats.inc_value("browser/uncaptured", page.uncaptured)
        if page.cookies:
            self._keep_cookies(page.cookies)
            self.epochs[host] = self.epochs.get(host, 0) + 1
        request.meta["browser_epoch"] = self.epochs.get(host, 0)
        request.meta["browser_page"] = page
        return _response(request, page)

    def _refuser(self, origin: str) -> Any:
        """What the page may fetch (called in the browser's thread): the redirect rules of
        plain requests (http(s), allowed domains, no private address from a public site) and
        the robots.txt the crawl read for that host."""
        spider = self.crawler.spider
        domains = list(getattr(spider, "allowed_domains", None) or [])
        public, robots, agent = self.public_hosts, self.robots, self.robots_agent

        def refuse(url: str) -> str | None:
            reason = refusal(origin, url, domains, public)
            if reason is not None:
                return reason.removeprefix("redirect_")
            parser = robots.get(urlsplit(url).netloc)
            if parser is not None and not parser.allowed(url, agent):
                return "robots"
            return None

        return refuse

    def _keep_cookies(self, cookies: list[dict[str, Any]]) -> None:
        for item in cookies:
            domain = str(item.get("domain") or "")
            expires = item.get("expires")
            session = expires is None or expires < 0
            self.jar.set_cookie(Cookie(
                version=0, name=item["name"], value=item["value"], port=None,
                port_specified=False, domain=domain, domain_specified=domain.startswith("."),
                domain_initial_dot=domain.startswith("."), path=item.get("path") or "/",
                path_specified=True, secure=bool(item.get("secure")),
                expires=None if session else int(expires), discard=session, comment=None,
                comment_url=None, rest={"HttpOnly": ""} if item.get("httpOnly") else {}))

    def _robots_parsed(self, robotparser: Any, request: Request) -> None:
        self.robots[urlparse_cached(request).netloc] = robotparser

    def _report(self, error: BrowserError) -> None:
        """One line per kind of failure (a missing Chromium is said once, not per page)."""
        if error.reason in self.reported:
            logger.debug("Browser fetch failed (%s): %s", error.reason, error)
            return
        self.reported.add(error.reason)
        logger.error("Browser fetch failed (%s): %s", error.reason, error)

    async def close(self) -> None:
        await super().close()
        if self.session is not None:
            await _awaited(self.session.close())
            self.session = None


def _response(request: Request, page: BrowserPage) -> Response:
    """The page as Scrapy reads it: the rendered DOM (HTML, UTF-8), or the document's own
    body when it is no HTML (a feed or sitemap fetched past a challenge)."""
    document = page.document
    status = document.status if document is not None else 200
    headers = [(k, v) for k, v in (document.headers if document else [])
               if k.lower() in KEPT_HEADERS]
    if page.dom is not None:
        return HtmlResponse(url=page.url, status=status,
                            headers=[*headers, ("Content-Type", HTML_UTF8)],
                            body=page.dom.encode("utf-8"), request=request, flags=["browser"])
    assert document is not None
    all_headers = dict(document.headers)
    cls = responsetypes.from_args(headers=all_headers, url=page.url, body=document.body)
    return cls(url=page.url, status=status, headers=document.headers, body=document.body,
               request=request, flags=["browser"])


async def _awaited(future: Future[T]) -> T:
    """A result from the browser's thread, awaited in the reactor."""
    from twisted.internet import reactor

    deferred: Deferred[T] = Deferred()

    def settle(done: Future[T]) -> None:
        error = done.exception()
        if error is not None:
            deferred.errback(error)
        else:
            deferred.callback(done.result())

    future.add_done_callback(lambda done: reactor.callFromThread(settle, done))
    return await maybe_deferred_to_future(deferred)
