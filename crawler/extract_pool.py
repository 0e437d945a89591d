"""Extraction in the reactor thread, or in worker processes (ARCHIVE_EXTRACT_WORKERS > 0)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from scrapy import signals
from scrapy.crawler import Crawler

from extraction import Article, Site, SiteTemplate, extract


class ExtractPool:
    """Runs `extraction.extract` inline, or with workers in spawn-context processes started at
    the first page that needs them and shut down when the spider closes."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPool:
        pool = cls(crawler.settings.getint("ARCHIVE_EXTRACT_WORKERS"))
        if pool.pooled:
            crawler.signals.connect(pool.stop, signal=signals.spider_closed)
        return pool

    @property
    def pooled(self) -> bool:
        return self.workers > 0

    def extract(self, site: Site, url: str, body: bytes, content_type: str,
                template: SiteTemplate | None = None) -> Article:
        return extract(site, url, body, content_type, None, template)

    async def extract_pooled(self, site: Site, url: str, body: bytes, content_type: str,
                             template: SiteTemplate | None = None) -> Article:
        """extract() in a worker process: the reactor keeps downloading meanwhile. The
        template goes along with each page (a frozenset of short keys)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor(), extract, site, url, body,
                                          content_type, None, template)

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            # spawn, not fork: the parent runs a reactor and threads.
            self.executor = ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"))
        return self.executor

    def stop(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
