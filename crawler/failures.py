"""Name why a request failed, and count, log and record it by reason."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import unquote

from OpenSSL import SSL
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

from crawler.browser_policy import is_challenge_response
from crawler.items import PageOutcome

if TYPE_CHECKING:
    from crawler.spiders.news import NewsSpider
    from extraction import Article

# Statuses an article request must see in its callback (challenges come as 403/503, login
# walls as 401/403).
ARTICLE_STATUSES: tuple[int, ...] = (401, 403, 503)
# What a page behind such a status may be; anything else is a failed fetch.
WALL_STATUSES: frozenset[str] = frozenset({"blocked", "login_wall"})
# Failures that are the site's choice, not faults: counted as skipped, never as errors.
SKIPPED_FAILURES: frozenset[str] = frozenset({"robots", "offsite"})
# Failures on our side (the capture could not be written): counted, but the URL is not put on
# hold in url_outcomes; the next run fetches it as if never tried.
OWN_FAILURES: frozenset[str] = frozenset({"capture_failed"})

# Scrapy 2.19 wraps Twisted's errors in its own; both are named, the Scrapy ones first.
_REASONS: tuple[tuple[type[BaseException], str], ...] = (
    (CannotResolveHostError, "dns"),
    (DNSLookupError, "dns"),
    (DownloadTimeoutError, "timeout"),
    (TimeoutError, "timeout"),
    (TCPTimedOutError, "timeout"),
    (DownloadConnectionRefusedError, "connection_refused"),
    (ConnectionRefusedError, "connection_refused"),
    (ResponseDataLossError, "truncated"),
    (DownloadFailedError, "connection_lost"),
    (ConnectionLost, "connection_lost"),
    (ResponseFailed, "connection_lost"),
    (UnsupportedURLSchemeError, "scheme"),
    # The HTTP handler cancels a download only when it passes DOWNLOAD_MAXSIZE (a timeout is
    # DownloadTimeoutError), and the over-size body may come without a message.
    (DownloadCancelledError, "too_large"),
)
# IgnoreRequest carries its reason only in its message (Scrapy's own middlewares).
_IGNORED: tuple[tuple[str, str], ...] = (
    ("DOWNLOAD_MAXSIZE", "too_large"),
    ("download max size", "too_large"),
    ("robots.txt", "robots"),
    ("Filtered offsite request", "offsite"),
    ("max redirections reached", "redirect_loop"),
)


def failure_reason(failure: Failure) -> str:
    """A short reason: http_<status>, blocked (a challenge page), dns, timeout,
    connection_refused, tls, ... or the type name."""
    if failure.check(HttpError):
        response = failure.value.response
        # A feed or sitemap answered with a challenge page is blocked, like an article.
        return "blocked" if is_challenge_response(response) else f"http_{response.status}"
    if is_tls_error(failure.value):
        return "tls"
    reason = getattr(failure.value, "reason", None)
    if failure.check(IgnoreRequest) and isinstance(reason, str):
        return reason  # our own refusals (redirect guard, capture) name their reason
    for error, name in _REASONS:
        if failure.check(error):
            return name
    if failure.check(IgnoreRequest):
        message = str(failure.value)
        return next((name for text, name in _IGNORED if text in message), "ignored")
    return failure.type.__name__ if failure.type else "unknown"


def is_tls_error(error: BaseException | None) -> bool:
    """Whether the connection failed in the TLS handshake (Scrapy wraps Twisted's wrapper of
    the OpenSSL error: DownloadFailedError from ResponseNeverReceived([Failure(SSL.Error)]))."""
    seen = 0
    while error is not None and seen < 5:
        if isinstance(error, SSL.Error):
            return True
        reasons = getattr(error, "reasons", None) or ()
        if any(isinstance(reason, Failure) and reason.check(SSL.Error) for reason in reasons):
            return True
        error, seen = error.__cause__, seen + 1
    return False


class Refused(IgnoreRequest):
    """A request this crawler refuses to make or finish; `reason` is what gets counted."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class FetchFailures:
    """Counts (`archive/failed/<reason>`, `archive/skipped/<reason>`, `discovery/failed/
    <reason>`), logs and turns into url outcomes the fetches that gave no page to read."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FetchFailures:
        return cls(crawler)

    def article_failed(self, failure: Failure, spider: NewsSpider) -> Iterator[PageOutcome]:
        reason = failure_reason(failure)
        url = failure.request.url
        if reason in SKIPPED_FAILURES:
            self._count(f"archive/skipped/{reason}")
            spider.logger.info("Not fetched (%s): %s", reason, unquote(url))
            yield PageOutcome(url=url, site=spider.site.name, outcome=reason)
            return
        yield from self.failed(url, reason, spider)

    def failed_status(self, response: Response, article: Article,
                      spider: NewsSpider) -> list[PageOutcome] | None:
        """An error status whose page is not a challenge or login wall is a failed fetch,
        never an article (None: the page is read as one)."""
        if response.status in ARTICLE_STATUSES and article.status not in WALL_STATUSES:
            return list(self.failed(response.url, f"http_{response.status}", spider))
        return None

    def failed(self, url: str, reason: str, spider: NewsSpider) -> Iterator[PageOutcome]:
        self._count(f"archive/failed/{reason}")
        if reason in OWN_FAILURES:
            spider.logger.debug("Article not captured (%s): %s", reason, unquote(url))
            return
        spider.logger.warning("Article fetch failed (%s): %s", reason, unquote(url))
        yield PageOutcome(url=url, site=spider.site.name, outcome=reason)

    def discovery_failed(self, failure: Failure, spider: NewsSpider) -> None:
        reason = failure_reason(failure)
        self._count(f"discovery/failed/{reason}")
        spider.logger.warning("Discovery fetch failed (%s): %s", reason,
                              unquote(failure.request.url))

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)
