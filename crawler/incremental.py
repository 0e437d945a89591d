"""Incremental crawling: known articles are not fetched again, recent ones are revisited.

A spider middleware, so the check happens before a request reaches the scheduler.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware

from archive.db import default_path
from archive.known import ArchiveIndex, KnownArticle
from archive.redis_index import RedisIndex

# A revisit must see these in its callback: not modified, and gone.
REVISIT_STATUSES: tuple[int, ...] = (304, 404, 410)


class KnownArticlesMiddleware(BaseSpiderMiddleware):
    """Drops article requests the archive already answers; revisits the recent ones.

    Settings: ARCHIVE_INCREMENTAL, REVISIT_HOURS.
    """

    def __init__(self, crawler: Crawler, index: ArchiveIndex, revisit_hours: float) -> None:
        super().__init__(crawler)
        self.index = index
        self.revisit = timedelta(hours=revisit_hours)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> KnownArticlesMiddleware:
        if not crawler.settings.getbool("ARCHIVE_INCREMENTAL"):
            raise NotConfigured("ARCHIVE_INCREMENTAL is off: every article is fetched")
        return cls(crawler, known_index(crawler.settings),
                   crawler.settings.getfloat("REVISIT_HOURS"))

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        key = request.meta.get("article_key")
        if key is None:
            return request
        site, article_id = key
        now = datetime.now(UTC)
        known = self.index.article(site, article_id, request.url)
        if known is not None:
            if not self._recent(known, now):
                self.crawler.stats.inc_value("incremental/known")
                return None
            self.crawler.stats.inc_value("incremental/revisit_requested")
            return _conditional(request, known)
        waiting = self.index.waiting_outcome(request.url, now.isoformat(timespec="seconds"))
        if waiting is not None:
            self.crawler.stats.inc_value(f"incremental/waiting/{waiting}")
            return None
        return request

    def _recent(self, known: KnownArticle, now: datetime) -> bool:
        moment = _parse(known.published) or _parse(known.first_seen)
        return moment is not None and now - moment <= self.revisit


def known_index(settings: BaseSettings) -> ArchiveIndex | RedisIndex:
    """Where "is it archived?" is answered: the archive file, or with REDIS_URL set the Redis
    index the ingest publishes (a distributed worker may run where there is no archive)."""
    if settings.get("REDIS_URL"):
        from scrapy_redis.connection import get_redis_from_settings

        return RedisIndex(get_redis_from_settings(settings))
    return ArchiveIndex(default_path(settings.get("ARCHIVE_DB")))


def conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    """The headers that ask for a page only if it changed since it had these validators."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _conditional(request: Request, known: KnownArticle) -> Request:
    headers = conditional_headers(known.etag, known.last_modified)
    statuses = list(request.meta.get("handle_httpstatus_list", ())) + list(REVISIT_STATUSES)
    meta = {**request.meta, "revisit": True, "handle_httpstatus_list": statuses}
    if known.warc_digest:  # an identical answer is captured as a revisit record
        meta["revisit_of"] = (known.warc_digest, known.url, _warc_date(known.fetched_at))
    return request.replace(headers={**request.headers.to_unicode_dict(), **headers}, meta=meta)


def _warc_date(moment: str | None) -> str:
    parsed = _parse(moment)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if parsed else ""


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


