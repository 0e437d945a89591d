"""A worker's membership of a distributed crawl, kept in Redis (key layout: archive/redis_keys.py).

A crawl starts when a worker finds no live worker of its spider: under a lock it takes a new
crawl id, empties the shared request queue and duplicate filter (a crawl's filter holds only
what that crawl requested), and seeds discovery. Workers send heartbeats, say when they are
idle, and stay open while another live worker still works. The last one to leave marks the
crawl finished; the ingest records its run once every item is written.
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any
from weakref import WeakKeyDictionary

from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.spiders import Spider

from archive import redis_keys as keys

LOCK_SECONDS = 10  # longest a join or leave may hold the spider's lock
_WORKERS: WeakKeyDictionary[Crawler, Worker] = WeakKeyDictionary()


def redis_client(settings: BaseSettings) -> Any:
    """A client for REDIS_URL (with REDIS_PARAMS), made as scrapy-redis makes its own."""
    from scrapy_redis.connection import get_redis_from_settings

    return get_redis_from_settings(settings)


def worker_for(crawler: Crawler) -> Worker:
    """The one Worker of this crawler, shared by the scheduler, pipeline and extension."""
    if crawler not in _WORKERS:
        _WORKERS[crawler] = Worker(crawler, redis_client(crawler.settings))
    return _WORKERS[crawler]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Worker:
    """This process in a distributed crawl of one spider."""

    def __init__(self, crawler: Crawler, client: Any) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.client = client
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.heartbeat_s = settings.getfloat("DISTRIBUTED_HEARTBEAT")
        self.timeout_s = settings.getfloat("DISTRIBUTED_WORKER_TIMEOUT")
        self.spider = ""
        self.crawl_id = ""
        self.seeder = False
        self.idle = False

    def join(self, spider: Spider) -> None:
        """Join the spider's running crawl, or start a new one if no live worker is left."""
        self.spider = spider.name
        with self._lock():
            now = time.time()
            current = _text(self.client.get(keys.current(self.spider)))
            self._forget_dead(current, now)
            if current is None or self._crawl_done():
                self._start_crawl(spider, now)
            else:
                self.crawl_id = current
                self.client.zadd(keys.workers(self.spider), {self.id: now})

    def _forget_dead(self, crawl_id: str | None, now: float) -> None:
        """Drop workers whose heartbeat stopped (killed) and mark their crawl as incomplete:
        what they had in flight is lost to it, so it must not count as a complete crawl."""
        dead = self.client.zremrangebyscore(keys.workers(self.spider), "-inf",
                                            now - self.timeout_s)
        if dead and crawl_id and self.client.exists(keys.crawl(self.spider, crawl_id)):
            self.client.hincrby(keys.crawl(self.spider, crawl_id), "workers_lost", dead)

    def _crawl_done(self) -> bool:
        """No live worker works: the current crawl is ending, or was abandoned (requests left
        in its queue come back through discovery and `pending`)."""
        live = set(self.client.zrange(keys.workers(self.spider), 0, -1))
        return not (live - self.client.smembers(keys.idle(self.spider)))

    def _start_crawl(self, spider: Spider, now: float) -> None:
        self.crawl_id = str(self.client.incr(keys.crawl_seq(self.spider)))
        self.seeder = True
        from crawler.pipelines import run_thresholds

        site = getattr(spider, "site", None)
        since = getattr(spider, "since", None)
        settings = {"base_url": getattr(site, "base_url", None),
                    "since": since.date().isoformat() if since else None,
                    "incremental": self.crawler.settings.getbool("ARCHIVE_INCREMENTAL"),
                    "revisit_hours": self.crawler.settings.getfloat("REVISIT_HOURS"),
                    "distributed": True}
        limits = asdict(run_thresholds(self.crawler))
        pipe = self.client.pipeline(transaction=True)
        # Requests left by a crawl whose workers all died: discovery and `pending` bring
        # them back, so the new crawl starts clean.
        pipe.delete(keys.requests(self.spider), keys.dupefilter(self.spider),
                    keys.idle(self.spider))
        pipe.set(keys.current(self.spider), self.crawl_id)
        pipe.hset(keys.crawl(self.spider, self.crawl_id), mapping={
            "spider": self.spider, "site": getattr(site, "name", self.spider),
            "started": utc_now(), "worker_timeout": self.timeout_s,
            "settings": json.dumps(settings, ensure_ascii=False),
            "thresholds": json.dumps(limits, ensure_ascii=False)})
        pipe.sadd(keys.CRAWLS, keys.crawl_member(self.spider, self.crawl_id))
        # In the same transaction: an ingest polling between two steps would find the crawl
        # current with no live worker and end it as crashed.
        pipe.zadd(keys.workers(self.spider), {self.id: now})
        pipe.execute()

    def pending(self) -> Iterator[tuple[str, str]]:
        """Article URLs requested by earlier crawls and not archived or answered since."""
        for url, via in self.client.hscan_iter(keys.pending(self.spider)):
            yield _text(url) or "", _text(via) or "unknown"

    def beat(self) -> None:
        self.client.zadd(keys.workers(self.spider), {self.id: time.time()})

    def set_idle(self, idle: bool) -> None:
        if idle == self.idle:
            return
        self.idle = idle
        if idle:
            self.client.sadd(keys.idle(self.spider), self.id)
        else:
            self.client.srem(keys.idle(self.spider), self.id)

    def queued(self) -> int:
        return self.client.zcard(keys.requests(self.spider))

    def others_busy(self) -> bool:
        """Whether another live worker still has work (and so may queue more requests)."""
        live = self.client.zrangebyscore(keys.workers(self.spider),
                                         time.time() - self.timeout_s, "+inf")
        idle = self.client.smembers(keys.idle(self.spider))
        return any(w not in idle and _text(w) != self.id for w in live)

    def leave(self, stats: dict[str, Any], reason: str) -> None:
        """Add this worker's stats to the crawl's and leave; the last one out ends the crawl."""
        if not self.crawl_id:
            return
        pipe = self.client.pipeline(transaction=True)
        for name, value in stats.items():
            if isinstance(value, int) and not isinstance(value, bool):
                pipe.hincrby(keys.crawl_stats(self.spider, self.crawl_id), name, value)
        pipe.execute()
        with self._lock():
            current = _text(self.client.get(keys.current(self.spider)))
            if current == self.crawl_id:
                self._forget_dead(current, time.time())
            others = [w for w in self.client.zrange(keys.workers(self.spider), 0, -1)
                      if _text(w) != self.id]
            pipe = self.client.pipeline(transaction=True)
            # One transaction: the ingest never sees the crawl without workers and unfinished.
            if not others and current == self.crawl_id:
                pipe.hset(keys.crawl(self.spider, self.crawl_id),
                          mapping={"finished": utc_now(), "finish_reason": reason})
            pipe.zrem(keys.workers(self.spider), self.id)
            pipe.srem(keys.idle(self.spider), self.id)
            pipe.execute()

    @contextmanager
    def _lock(self) -> Iterator[None]:
        lock = self.client.lock(keys.lock(self.spider), timeout=LOCK_SECONDS,
                                blocking_timeout=LOCK_SECONDS * 3)
        if not lock.acquire():
            raise RuntimeError(f"could not take {keys.lock(self.spider)} in Redis")
        try:
            yield
        finally:
            lock.release()


def _text(value: Any) -> str | None:
    return value.decode("utf-8") if isinstance(value, bytes) else value
