"""Item pipelines: filter by language, then hand articles to the archive in batches."""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.spiders import Spider
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

from archive.db import busy_timeout_ms, default_path, open_archive
from archive.health import DRIFT_FIELDS, RunCounts, Thresholds, run_counts, run_row
from archive.lock import acquire, busy_message, release
from archive.store import close_abandoned_runs, finish_run, save_articles, start_run
from crawler.capture import capture_sync
from crawler.exit_codes import ARCHIVE_LOCKED, RUN_STATUS
from crawler.items import CrawledArticle, DiscoveryPage, PageOutcome, Revisit
from crawler.template_learning import TemplateLearning
from crawler.unreachable import PROBLEM_STAT

logger = logging.getLogger(__name__)
# The crawl_runs id of this run (what `python -m archive crawl` summarises).
RUN_ID_STAT = "archive/run_id"


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_record(item: CrawledArticle) -> dict[str, Any]:
    """What archive.store.save_articles() takes for a crawled article, stamped with the time."""
    record = item.article.to_dict()  # transient fields (template keys) stay behind
    record.update(fetched_at=utc_now(), discovered_via=item.discovered_via,
                  http_etag=item.etag, http_last_modified=item.http_last_modified,
                  **item.capture)
    return record


class LanguageFilterPipeline:
    """Turns articles whose language is not in ARCHIVE_LANGUAGES into a counted outcome."""

    def __init__(self, crawler: Crawler, languages: list[str]) -> None:
        self.crawler = crawler
        self.languages = set(languages)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LanguageFilterPipeline:
        languages = crawler.settings.getlist("ARCHIVE_LANGUAGES")
        if not languages:
            raise NotConfigured("ARCHIVE_LANGUAGES is empty: every language is archived")
        return cls(crawler, languages)

    def process_item(self, item: Any) -> Any:
        if not isinstance(item, CrawledArticle) or item.article.language in self.languages:
            return item
        self.crawler.stats.inc_value("archive/skipped/language")
        logger.info("Skipped (language %r not in ARCHIVE_LANGUAGES): %s",
                    item.article.language, unquote(item.article.url))
        return PageOutcome(url=item.article.url, site=item.article.site, outcome="language")


class ArchivePipeline:
    """Writes articles, revisits, outcomes and discovery pages in batched transactions;
    records the run. Holds the archive's lock (archive/lock.py) from opening it to the run's
    end: a run refused by it stops at once (finish reason `archive_locked`, nothing written)."""

    def __init__(self, crawler: Crawler, path: str, batch_size: int,
                 busy_timeout: int | None = None) -> None:
        self.crawler = crawler
        self.path = path
        self.batch_size = max(1, batch_size)
        self.busy_timeout = busy_timeout
        # Set when a write failed (disk full, locked by another writer) or another run holds
        # the archive: the run stops.
        self.write_error: str | None = None
        self.stop_reason = "archive_write_failed"
        self.locked = False  # this run holds the archive's lock
        self.closing = False
        self.opened = False  # the engine can be asked to close the spider
        self.articles: list[dict[str, Any]] = []
        self.revisits: list[dict[str, Any]] = []
        self.outcomes: list[dict[str, Any]] = []
        self.pages: list[dict[str, Any]] = []
        self.counts: Counter[str] = Counter()
        self.missing: Counter[str] = Counter()
        self.accepted = 0
        self.db: Any = None
        self.run_id: int | None = None
        # The spider's site-template learning (crawler/template_learning.py), if it has one.
        self.templates: TemplateLearning | None = None
        self.started = time.monotonic()
        self.limits = run_thresholds(crawler)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        settings = crawler.settings
        if settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is set: items go to Redis, `archive ingest` writes")
        return cls(crawler, default_path(settings.get("ARCHIVE_DB")),
                   settings.getint("ARCHIVE_BATCH_SIZE"),
                   busy_timeout_ms(settings.get("ARCHIVE_BUSY_TIMEOUT_MS")))

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.started = time.monotonic()
        site = getattr(spider, "site", None)
        if not self._lock(spider.name):
            return
        try:
            self.db = open_archive(self.path, busy_timeout=self.busy_timeout)
            # Under the lock, a run (of any spider) still open was killed: mark it crashed.
            close_abandoned_runs(self.db, utc_now())
            self.run_id = start_run(self.db, spider.name, getattr(site, "name", spider.name),
                                    utc_now(), settings=self._run_settings(spider))
            self.crawler.stats.set_value(RUN_ID_STAT, self.run_id)
            self.templates = getattr(spider, "templates", None)
            if self.templates is not None:
                self.templates.open(self.db)
        except sqlite3.Error as error:
            self._stop(f"cannot open the archive {self.path}: {error}")
            return
        logger.info("Archiving into %s (run %s)", self.path, self.run_id)

    def _lock(self, spider: str) -> bool:
        """Take the archive's lock; False (the run is stopping) when another run holds it."""
        try:
            holder = acquire(self.path, spider)
        except OSError as error:
            self._stop(f"cannot lock the archive {self.path}: {error}")
            return False
        if holder is None:
            self.locked = True
            return True
        self.write_error = busy_message(self.path, spider, holder)
        self.stop_reason = ARCHIVE_LOCKED
        logger.error(self.write_error)
        return False

    def _run_settings(self, spider: Spider) -> dict[str, Any]:
        site = getattr(spider, "site", None)
        since = getattr(spider, "since", None)
        return {"base_url": getattr(site, "base_url", None),
                "since": since.date().isoformat() if since else None,
                "max_articles": getattr(spider, "max_articles", None),
                "incremental": self.crawler.settings.getbool("ARCHIVE_INCREMENTAL"),
                "revisit_hours": self.crawler.settings.getfloat("REVISIT_HOURS")}

    def process_item(self, item: Any) -> Any:
        if self.write_error is not None:
            raise DropItem("the archive cannot be written", log_level="DEBUG")
        if isinstance(item, Revisit):
            self.revisits.append(asdict(item))
        elif isinstance(item, PageOutcome):
            self.outcomes.append(asdict(item))
        elif isinstance(item, DiscoveryPage):
            self.pages.append(asdict(item))
        elif isinstance(item, CrawledArticle):
            self._accept(item)
        self._flush_if_full()
        return item

    def _accept(self, item: CrawledArticle) -> None:
        limit = getattr(self.crawler.spider, "max_articles", None)
        if limit is not None and self.accepted >= limit:
            raise DropItem("max_articles reached", log_level="DEBUG")
        record = article_record(item)
        self.articles.append(record)
        if self.templates is not None:
            self.templates.saw(item.article, record["fetched_at"])
        self.missing.update(name for name in DRIFT_FIELDS if not record.get(name))
        self.accepted += 1
        self.crawler.stats.inc_value("archive/stored")
        if limit is not None and self.accepted >= limit:
            self.flush()
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="max_articles"))

    def _flush_if_full(self) -> None:
        if self._pending() >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write everything pending in one transaction; on a write error, stop the run."""
        if not self._pending() or self.db is None:
            return
        # Captures on disk before the rows that point at them.
        synced = self.crawler.signals.send_catch_log(capture_sync)
        if any(isinstance(result, (OSError, Failure)) for _receiver, result in synced):
            self._stop("the WARC captures of this batch could not be written to disk")
            return
        try:
            counts = save_articles(self.db, self.articles, utc_now(), self.run_id,
                                   revisits=self.revisits, outcomes=self.outcomes,
                                   pages=self.pages,
                                   template=self.templates.changes() if self.templates else None)
        except sqlite3.Error as error:  # disk full, locked past the busy timeout, I/O error
            self._stop(f"cannot write to {self.path}: {error}")
            return
        self.counts.update(counts)
        for outcome, n in counts.items():
            self.crawler.stats.inc_value(f"archive/{outcome}", n)
        self.articles.clear()
        self.revisits.clear()
        self.outcomes.clear()
        self.pages.clear()

    def _pending(self) -> int:
        return len(self.articles) + len(self.revisits) + len(self.outcomes) + len(self.pages)

    def _stop(self, problem: str) -> None:
        """A write failed: nothing of the batch is stored (its transaction rolled back; its
        pages are fetched again next run); stop the run instead of failing on every item."""
        lost = len(self.articles)
        self.articles.clear()
        self.revisits.clear()
        self.outcomes.clear()
        self.pages.clear()
        self.crawler.stats.inc_value("archive/write_errors")
        if self.write_error is not None:
            return
        self.write_error = problem
        logger.error("Archive write failed, stopping the run (%d articles of the batch not "
                     "stored, fetched again next run): %s", lost, problem)
        if self.opened:
            self._close_spider()

    def spider_opened(self, spider: Spider) -> None:
        self.opened = True
        if self.write_error is not None:  # the archive could not even be opened
            self._close_spider()

    def _close_spider(self) -> None:
        if not self.closing:
            self.closing = True
            deferred_from_coro(
                self.crawler.engine.close_spider_async(reason=self.stop_reason))

    def close_spider(self) -> None:
        self.closing = True
        self.flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        self.closing = True
        try:
            self._record_end(reason)
        finally:
            if self.locked:
                self.locked = False
                release(self.path)

    def _record_end(self, reason: str) -> None:
        if self.db is None or self.run_id is None:
            return
        self.flush()
        self._close_templates()
        counts = self._run_counts(reason)
        row = run_row(counts, self.limits, utc_now())
        stopped_by = [problem for problem in (
            self.write_error, self.crawler.stats.get_value(PROBLEM_STAT))
            if problem]
        if stopped_by:
            row["problems"] = json.dumps([*json.loads(row["problems"]), *stopped_by],
                                         ensure_ascii=False)
            row["status"] = "failed"
        self.crawler.stats.set_value(RUN_STATUS, "unrecorded")
        try:
            finish_run(self.db, self.run_id, row)
        except sqlite3.Error as error:
            logger.error("Cannot record the end of run %s in %s (%s); the next run marks it "
                         "crashed", self.run_id, self.path, error)
            self.db.close()
            self.db = None
            return
        self.crawler.stats.set_value(RUN_STATUS, row["status"])
        if row["drift_alarm"]:
            logger.warning("Layout drift? Fields missing on stored articles: %s "
                           "(the site may have changed its markup)", row["drift_alarm"])
        if row["status"] != "ok":
            logger.warning("Run %s %s: %s", self.run_id, row["status"], row["problems"])
        self.db.close()
        self.db = None

    def _close_templates(self) -> None:
        """The run's site template: pages stored before it knew their lines are cleaned."""
        if self.templates is None or self.write_error is not None or self.run_id is None:
            return
        try:
            self.templates.close(self.db, self.run_id)
        except sqlite3.Error as error:
            # Each chunk is its own transaction: an article is cleaned whole or not at all;
            # `python -m archive reextract` applies the stored template later.
            self.crawler.stats.inc_value("archive/write_errors")
            logger.error("Cannot apply the site template to this run's articles in %s: %s",
                         self.path, error)

    def _run_counts(self, reason: str) -> RunCounts:
        return run_counts(self.crawler.stats.get_stats(), reason,
                          time.monotonic() - self.started, self.counts, self.missing)


def run_thresholds(crawler: Crawler) -> Thresholds:
    """When a run counts as failed or drifted, from the CRAWL_FAIL_* and DRIFT_* settings."""
    settings = crawler.settings
    return Thresholds(
        error_share=settings.getfloat("CRAWL_FAIL_ERROR_SHARE"),
        min_errors=settings.getint("CRAWL_FAIL_MIN_ERRORS"),
        blocked_share=settings.getfloat("CRAWL_FAIL_BLOCKED_SHARE"),
        drift=settings.getdict("DRIFT_THRESHOLDS"),
        drift_min_pages=settings.getint("DRIFT_MIN_PAGES"),
    )
