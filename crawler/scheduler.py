"""Scrapy's scheduler with its request queue on disk even without JOBDIR: memory stays flat.

A big sitemap yields tens of thousands of article requests at once; in Scrapy's memory queue
they made peak RSS grow with the crawl (BENCHMARKS.md). Without JOBDIR the disk queue lives in
a temporary folder removed at close; with JOBDIR it is Scrapy's own (resume works as before).
"""

from __future__ import annotations

import shutil
import tempfile

from scrapy.core.scheduler import Scheduler
from scrapy.settings import Settings
from twisted.internet.defer import Deferred


class SpillingScheduler(Scheduler):
    """Keeps pending requests in a disk queue (pickled, as Scrapy does with JOBDIR)."""

    _spill: str | None = None

    def _dqdir(self, jobdir: str | None) -> str | None:
        if jobdir:
            return super()._dqdir(jobdir)
        self._spill = tempfile.mkdtemp(prefix="arabic-news-queue-")
        return super()._dqdir(self._spill)

    def close(self, reason: str) -> Deferred[None] | None:
        result = super().close(reason)
        if self._spill is not None:
            shutil.rmtree(self._spill, ignore_errors=True)
        return result


class SpillingSchedulerAddon:
    """Uses SpillingScheduler unless another scheduler is configured (distributed runs)."""

    def update_settings(self, settings: Settings) -> None:
        if not settings.get("REDIS_URL") and settings.getpriority("SCHEDULER") == 0:
            settings.set("SCHEDULER", "crawler.scheduler.SpillingScheduler", priority="addon")
