"""Fail fast when the site cannot be reached at all (no network, a wrong host or port).

Downloader middleware just inside RetryMiddleware (550), so it sees every attempt's error
before a retry is scheduled. While nothing has answered yet, a DNS, refused-connection or TLS
failure is counted by URL; once robots.txt and the first discovery requests (together
UNREACHABLE_MIN_URLS distinct URLs) all failed that way, the run stops with finish reason
`site_unreachable` (exit 1) and one log line saying what failed. Any other outcome first
(a response of any status, a timeout, a dropped connection) means the site is there: the rule
is off for the rest of the run, and retries and patience apply as usual.
"""

from __future__ import annotations

import logging
from collections import Counter
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from crawler.failures import failure_reason

logger = logging.getLogger(__name__)

SITE_UNREACHABLE = "site_unreachable"  # the finish reason
PROBLEM_STAT = "unreachable/problem"  # the one line saying what failed (a crawl_runs problem)
UNREACHABLE_REASONS: frozenset[str] = frozenset({"dns", "connection_refused", "tls"})
OFFLINE_HINT = "no network here? `make demo` shows the whole path offline on the bundled replica"


class UnreachableSiteMiddleware:
    """Stops the run when the first UNREACHABLE_MIN_URLS URLs tried, robots.txt among them,
    all failed to connect (UNREACHABLE_STOP=False: never)."""

    def __init__(self, crawler: Crawler, min_urls: int) -> None:
        self.crawler = crawler
        self.min_urls = max(1, min_urls)
        self.armed = True  # nothing has shown the site is there yet
        self.failed: dict[str, str] = {}  # URL -> reason of its first failure
        self.reasons: Counter[str] = Counter()
        self.first_error = ""
        self.stopped = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> UnreachableSiteMiddleware:
        if not crawler.settings.getbool("UNREACHABLE_STOP"):
            raise NotConfigured("UNREACHABLE_STOP is off")
        return cls(crawler, crawler.settings.getint("UNREACHABLE_MIN_URLS"))

    def process_response(self, request: Request, response: Response) -> Response:
        self.armed = False
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if self.stopped:
            request.meta["dont_retry"] = True  # the run is over: no retries to wait for
            return
        if not self.armed:
            return
        reason = failure_reason(Failure(exception))
        if reason not in UNREACHABLE_REASONS:
            self.armed = False  # slow or flaky, but there: patience
            return
        self.crawler.stats.inc_value(f"unreachable/{reason}")
        self.failed.setdefault(request.url, reason)
        self.reasons[reason] += 1
        self.first_error = self.first_error or str(exception)
        robots = any(urlsplit(url).path == "/robots.txt" for url in self.failed)
        if robots and len(self.failed) >= self.min_urls:
            self._stop()

    def _stop(self) -> None:
        self.armed = False
        self.stopped = True
        host = next((urlsplit(url).netloc for url in self.failed), "the site")
        kinds = ", ".join(f"{name} {count}" for name, count in sorted(self.reasons.items()))
        problem = (f"site unreachable: robots.txt and {len(self.failed) - 1} discovery "
                   f"requests to {host} all failed ({kinds}: {self.first_error}); {OFFLINE_HINT}")
        self.crawler.stats.set_value(PROBLEM_STAT, problem)
        logger.error("Stopping the run, %s", problem)
        engine = self.crawler.engine
        # Requests already waiting for their download slot fail at once instead of one per
        # DOWNLOAD_DELAY: the run ends in seconds (AutoThrottle sets slot delays the same way).
        for slot in engine.downloader.slots.values():
            slot.delay = 0
        deferred_from_coro(engine.close_spider_async(reason=SITE_UNREACHABLE))
