"""scrapy-redis's scheduler joined to the crawl, without Scrapy 2.19's deprecated calls."""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.spiders import Spider
from scrapy.utils.misc import load_object
from scrapy_redis.scheduler import Scheduler

from archive import redis_keys as keys
from crawler.workers import Worker, worker_for


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler, joined to the crawl, without deprecated spider-argument calls.

    Article requests it enqueues are remembered in `<spider>:pending` until the ingest has
    archived or answered them: what a killed worker had in flight is requested again by the
    next crawl.
    """

    worker: Worker

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RedisScheduler:
        scheduler = cls.from_settings(crawler.settings)
        scheduler.stats = crawler.stats
        scheduler.worker = worker_for(crawler)
        return scheduler

    def open(self, spider: Spider) -> None:
        """scrapy-redis's open() without its deprecated Spider.log() call, after joining."""
        self.worker.join(spider)
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server, spider=spider, key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if len(self.queue):
            spider.logger.info("Joined a crawl with %d requests queued", len(self.queue))

    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if "article_key" in request.meta:
            self.server.hset(keys.pending(self.spider.name), request.url,
                             request.meta.get("via", "unknown"))
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        # Busy before the pop: another worker never sees an empty queue and this one idle
        # while it holds the last request.
        self.worker.set_idle(False)
        request = self.queue.pop(self.idle_before_close)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request
