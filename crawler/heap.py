"""Start-up heap frozen out of the cyclic garbage collector once the engine runs.

By then the process holds a few hundred thousand long-lived objects (modules, classes,
settings, compiled patterns). gc.freeze() moves them to the permanent generation: full
collections during the crawl stop rescanning them, and the collection at interpreter exit
skips them (0.08 s of a 0.9 s incremental run here; BENCHMARKS.md). Objects made later, such
as responses and parse trees, are collected as usual.
"""

from __future__ import annotations

import gc

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class FreezeStartupHeap:
    """Extension: gc.freeze() at engine start. Setting: GC_FREEZE_STARTUP."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FreezeStartupHeap:
        if not crawler.settings.getbool("GC_FREEZE_STARTUP"):
            raise NotConfigured("GC_FREEZE_STARTUP is off")
        extension = cls()
        crawler.signals.connect(extension.engine_started, signal=signals.engine_started)
        return extension

    def engine_started(self) -> None:
        gc.collect()  # what start-up left as garbage goes now, not frozen forever
        gc.freeze()
