"""Honour Retry-After on 429/503 answers: wait before Scrapy's RetryMiddleware retries."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import unquote

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES: frozenset[int] = frozenset({429, 503})


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), None if invalid."""
    if not value:
        return None
    text = (value.decode("latin-1") if isinstance(value, bytes) else value).strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - (now or datetime.now(UTC))).total_seconds())


class RetryAfterMiddleware:
    """Downloader middleware just outside RetryMiddleware (550): a 429/503 with Retry-After
    that will be retried is held that long first (without blocking other requests).

    A wait over RETRY_AFTER_MAX (seconds, default 120) is not made: the request is not retried
    in this run (it fails as http_429 / http_503 and its URL waits for a later run).
    """

    def __init__(self, crawler: Crawler, max_wait: float, retry_times: int,
                 retry_codes: frozenset[int] = RETRY_AFTER_STATUSES) -> None:
        self.crawler = crawler
        self.codes = RETRY_AFTER_STATUSES & retry_codes
        self.max_wait = max_wait
        self.retry_times = retry_times

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        settings = crawler.settings
        return cls(crawler, settings.getfloat("RETRY_AFTER_MAX"),
                   settings.getint("RETRY_TIMES"),
                   frozenset(int(code) for code in settings.getlist("RETRY_HTTP_CODES")))

    async def process_response(self, request: Request, response: Response) -> Response:
        if response.status not in self.codes or request.meta.get("dont_retry"):
            return response
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        retries_left = request.meta.get("retry_times", 0) < request.meta.get(
            "max_retry_times", self.retry_times)
        if wait is None or not retries_left:
            return response
        stats = self.crawler.stats
        if wait > self.max_wait:
            stats.inc_value("retry_after/too_long")
            logger.warning("Retry-After %.0fs over RETRY_AFTER_MAX (%.0fs): not retrying %s "
                           "in this run", wait, self.max_wait, unquote(request.url))
            request.meta["dont_retry"] = True
            return response
        stats.inc_value("retry_after/waited")
        logger.info("Waiting %.1fs (Retry-After) before retrying %s", wait, unquote(request.url))
        from twisted.internet import reactor  # the crawler's, installed by then

        await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return response
