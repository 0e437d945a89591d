"""Fail fast on a site that cannot be reached at all (crawler/unreachable.py), without a
crawl: which errors count, when the run stops, and what keeps it going."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from OpenSSL import SSL
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    NotConfigured,
)
from scrapy.http import Response
from twisted.internet.defer import Deferred, succeed
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseNeverReceived

from crawler.failures import failure_reason
from crawler.spiders.sites import RtarabicSpider
from crawler.unreachable import SITE_UNREACHABLE, UnreachableSiteMiddleware
from tests.project import project_crawler

BASE = "http://127.0.0.1:1"
DISCOVERY = ("/sitemap.xml", "/rss/", "/rss/news/", "/news/")


def tls_error() -> DownloadFailedError:
    """What Scrapy 2.19 raises when the TLS handshake fails (an http server on an https URL)."""
    inner = ResponseNeverReceived([Failure(SSL.Error([("SSL routines", "", "wrong version")]))])
    try:
        raise DownloadFailedError(str(inner)) from inner
    except DownloadFailedError as error:
        return error


class Engine:
    """Just what the middleware touches: download slots and close_spider_async."""

    def __init__(self) -> None:
        self.closed: list[str] = []
        self.downloader = SimpleNamespace(slots={"127.0.0.1": SimpleNamespace(delay=2.0)})

    def close_spider_async(self, reason: str) -> Deferred:
        self.closed.append(reason)
        return succeed(None)


def middleware(**settings: object) -> UnreachableSiteMiddleware:
    crawler = project_crawler(RtarabicSpider, settings)
    crawler.stats.open_spider()
    crawler.engine = Engine()
    return UnreachableSiteMiddleware.from_crawler(crawler)


def fail(mw: UnreachableSiteMiddleware, path: str, error: Exception) -> Request:
    request = Request(BASE + path)
    assert mw.process_exception(request, error) is None, "retries stay RetryMiddleware's"
    return request


def test_tls_handshake_failures_are_named() -> None:
    assert failure_reason(Failure(tls_error())) == "tls"
    assert failure_reason(Failure(DownloadFailedError("connection lost"))) == "connection_lost"


@pytest.mark.parametrize("error, reason", [
    (DownloadConnectionRefusedError("111: Connection refused"), "connection_refused"),
    (CannotResolveHostError("arabic.rt.com"), "dns"),
    (tls_error(), "tls"),
])
def test_robots_and_the_first_discovery_requests_failing_stop_the_run(error, reason) -> None:
    mw = middleware()
    for _attempt in range(3):  # robots.txt retried: one URL
        fail(mw, "/robots.txt", error)
    for path in DISCOVERY[:2]:
        fail(mw, path, error)
    assert mw.crawler.engine.closed == []
    fail(mw, DISCOVERY[2], error)
    assert mw.crawler.engine.closed == [SITE_UNREACHABLE]
    problem = mw.crawler.stats.get_value("unreachable/problem")
    assert problem.startswith("site unreachable: robots.txt and 3 discovery requests")
    assert f"{reason} 6" in problem and "make demo" in problem and "\n" not in problem
    assert mw.crawler.engine.downloader.slots["127.0.0.1"].delay == 0, "waiting ones fail now"
    late = fail(mw, DISCOVERY[3], error)
    assert late.meta["dont_retry"], "nothing is retried once the run stops"
    assert mw.crawler.engine.closed == [SITE_UNREACHABLE], "stopped once"


def test_without_robots_txt_among_them_nothing_stops() -> None:
    mw = middleware()
    for path in DISCOVERY:
        fail(mw, path, DownloadConnectionRefusedError("refused"))
    assert mw.crawler.engine.closed == []


@pytest.mark.parametrize("first", ["response", "timeout", "connection_lost"])
def test_a_site_that_answered_once_keeps_retries_and_patience(first: str) -> None:
    mw = middleware()
    if first == "response":
        request = Request(BASE + "/robots.txt")
        mw.process_response(request, Response(request.url, status=500, request=request))
    else:
        error = DownloadTimeoutError("took longer") if first == "timeout" \
            else DownloadFailedError("Connection lost")
        fail(mw, "/robots.txt", error)
    for path in ("/robots.txt", *DISCOVERY, "/world/", "/sport/"):
        request = fail(mw, path, DownloadConnectionRefusedError("refused"))
        assert "dont_retry" not in request.meta
    assert mw.crawler.engine.closed == []


def test_switched_off() -> None:
    with pytest.raises(NotConfigured):
        middleware(UNREACHABLE_STOP=False)
