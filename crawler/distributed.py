"""Distributed crawling on scrapy-redis: our thin layer, switched on by the REDIS_URL setting.

With REDIS_URL set, the add-on below makes the run a worker of a shared crawl: scrapy-redis's
request queue and duplicate filter in Redis, items pushed to Redis as JSON (never SQLite), and
the crawl's membership (crawl/workers.py) kept in Redis so workers know when the crawl is done.
What it fixes in scrapy-redis 0.9.1 for Scrapy 2.19: stats calls without the deprecated spider
argument, a JSON item serializer that keeps Arabic readable, and start requests that come from
the spider's async start() (scrapy-redis's RedisSpider only knows start_requests()).
"""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.settings import Settings
from scrapy.spiders import Spider
from twisted.internet.base import DelayedCall
from twisted.internet.task import LoopingCall

from archive import redis_keys as keys
from crawler.items import CrawledArticle, PageOutcome, Revisit
from crawler.pipelines import article_record
from crawler.workers import redis_client, worker_for

logger = logging.getLogger(__name__)


class DistributedAddon:
    """Turns a run into a worker of a shared crawl when REDIS_URL is set; otherwise does nothing.

    Settings: REDIS_URL (redis://[:PASSWORD@]HOST:PORT/DB; rediss:// for TLS),
    DISTRIBUTED_HEARTBEAT (seconds, 5), DISTRIBUTED_WORKER_TIMEOUT (seconds without a heartbeat
    after which a worker counts as dead, 30), DISTRIBUTED_IDLE_POLL (seconds between looks at
    the shared queue while idle, 0.5).
    """

    def update_settings(self, settings: Settings) -> None:
        if not settings.get("REDIS_URL"):
            return
        try:
            import scrapy_redis  # noqa: F401
        except ImportError:
            raise NotConfigured("REDIS_URL needs the distributed extra: "
                                "pip install '.[distributed]'") from None
        settings.set("SCHEDULER", "crawler.redis_scheduler.RedisScheduler", priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter",
                     priority="addon")
        # A worker that leaves must not flush the queue and filter the others still use.
        settings.set("SCHEDULER_PERSIST", True, priority="addon")
        # A worker takes from the shared queue only what it may download at once (one site per
        # spider): more would sit in its own downloader queue while other workers starve.
        settings.set("CONCURRENT_REQUESTS", settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
                     priority="spider")
        settings["ITEM_PIPELINES"]["crawler.pipelines.ArchivePipeline"] = None
        settings["ITEM_PIPELINES"]["crawler.distributed.RedisItemsPipeline"] = 800
        settings["EXTENSIONS"]["crawler.distributed.WorkerExtension"] = 500
        settings["SPIDER_MIDDLEWARES"]["crawler.distributed.SeedStartMiddleware"] = 990


class RedisItemsPipeline:
    """Pushes articles, revisits and outcomes to the Redis list the ingest reads, as JSON with
    Arabic kept readable (scrapy-redis's serializer escapes it: 2.8x larger)."""

    def __init__(self, crawler: Crawler, client: Any) -> None:
        self.crawler = crawler
        self.client = client

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisItemsPipeline:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set: ArchivePipeline writes the archive")
        return cls(crawler, redis_client(crawler.settings))

    def process_item(self, item: Any) -> Any:
        message = item_message(item)
        if message is None:
            return item
        worker = worker_for(self.crawler)
        message.update(spider=self.crawler.spider.name, crawl=worker.crawl_id,
                       worker=worker.id)
        self.client.rpush(keys.ITEMS, json.dumps(message, ensure_ascii=False))
        self.crawler.stats.inc_value(f"distributed/items/{message['type']}")
        return item


def item_message(item: Any) -> dict[str, Any] | None:
    """The JSON message for an item: {type, data}; data is what save_articles() takes."""
    if isinstance(item, CrawledArticle):
        return {"type": "article", "data": article_record(item)}
    if isinstance(item, Revisit):
        return {"type": "revisit", "data": {"site": item.site, "article_id": item.article_id,
                                            "url": item.url, "removed": item.removed}}
    if isinstance(item, PageOutcome):
        return {"type": "outcome", "data": {"url": item.url, "site": item.site,
                                            "outcome": item.outcome}}
    return None


class SeedStartMiddleware:
    """Only the worker that starts a crawl reads start(): discovery once per crawl, plus every
    article URL an earlier crawl requested and never saw archived or answered (killed workers)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SeedStartMiddleware:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        return cls(crawler)

    async def process_start(self, start: Any) -> Any:
        worker = worker_for(self.crawler)
        if not worker.seeder:
            logger.info("Joined crawl %s as worker %s", worker.crawl_id, worker.id)
            return
        logger.info("Started crawl %s as worker %s: seeding discovery", worker.crawl_id,
                    worker.id)
        async for request in start:
            yield request
        spider = self.crawler.spider
        resumed = 0
        for url, via in worker.pending():
            request = spider.article_request_for(url, via)
            if request is not None:
                resumed += 1
                yield request
        self.crawler.stats.set_value("distributed/resumed", resumed)
        if resumed:
            logger.info("Requested again %d article URLs an earlier crawl never archived",
                        resumed)


class WorkerExtension:
    """Heartbeats, staying open while other workers still work, and leaving the crawl."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.poll = crawler.settings.getfloat("DISTRIBUTED_IDLE_POLL")
        self.heartbeat = LoopingCall(self._beat)
        self.wake: DelayedCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WorkerExtension:
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        self.heartbeat.start(worker_for(self.crawler).heartbeat_s, now=True)

    def _beat(self) -> None:
        worker_for(self.crawler).beat()

    def spider_idle(self, spider: Spider) -> None:
        worker = worker_for(self.crawler)
        worker.set_idle(True)
        if worker.queued() or worker.others_busy():
            self._wake_soon()
            raise DontCloseSpider

    def _wake_soon(self) -> None:
        # Scrapy looks at an idle engine's scheduler only every 5 s (its slot heartbeat);
        # requests other workers push would wait that long. Wake it sooner.
        if self.wake is not None and self.wake.active():
            return
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            from twisted.internet import reactor

            self.wake = reactor.callLater(self.poll, slot.nextcall.schedule)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.heartbeat.running:
            self.heartbeat.stop()
        if self.wake is not None and self.wake.active():
            self.wake.cancel()
        worker_for(self.crawler).leave(self.crawler.stats.get_stats(), reason)
