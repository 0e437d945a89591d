"""Item pipelines: filter by language, then hand articles to the archive in batches."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.spiders import Spider
from scrapy.utils.defer import deferred_from_coro

from archive.db import default_path, open_archive
from archive.store import finish_run, save_articles, start_run
from crawler.items import CrawledArticle

logger = logging.getLogger(__name__)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class LanguageFilterPipeline:
    """Drops articles whose language is not in ARCHIVE_LANGUAGES (counted, never stored)."""

    def __init__(self, crawler: Crawler, languages: list[str]) -> None:
        self.crawler = crawler
        self.languages = set(languages)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LanguageFilterPipeline:
        languages = crawler.settings.getlist("ARCHIVE_LANGUAGES")
        if not languages:
            raise NotConfigured("ARCHIVE_LANGUAGES is empty: every language is archived")
        return cls(crawler, languages)

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        language = item.article.language
        if language not in self.languages:
            self.crawler.stats.inc_value("archive/skipped/language")
            raise DropItem(f"language {language!r} not in ARCHIVE_LANGUAGES: {item.article.url}",
                           log_level="INFO")
        return item


class ArchivePipeline:
    """Stores articles in batched transactions and records the run in crawl_runs."""

    def __init__(self, crawler: Crawler, path: str, batch_size: int) -> None:
        self.crawler = crawler
        self.path = path
        self.batch_size = max(1, batch_size)
        self.pending: list[dict[str, Any]] = []
        self.outcomes: Counter[str] = Counter()
        self.accepted = 0
        self.db: Any = None
        self.run_id: int | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler, default_path(crawler.settings.get("ARCHIVE_DB")),
                   crawler.settings.getint("ARCHIVE_BATCH_SIZE"))

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.db = open_archive(self.path)
        site = getattr(spider, "site", None)
        self.run_id = start_run(self.db, spider.name, getattr(site, "name", spider.name),
                                utc_now(), settings=self._run_settings(spider))
        logger.info("Archiving into %s (run %s)", self.path, self.run_id)

    def _run_settings(self, spider: Spider) -> dict[str, Any]:
        site = getattr(spider, "site", None)
        since = getattr(spider, "since", None)
        return {"base_url": getattr(site, "base_url", None),
                "since": since.date().isoformat() if since else None,
                "max_articles": getattr(spider, "max_articles", None)}

    def process_item(self, item: CrawledArticle) -> CrawledArticle:
        limit = getattr(self.crawler.spider, "max_articles", None)
        if limit is not None and self.accepted >= limit:
            raise DropItem("max_articles reached", log_level="DEBUG")
        record = asdict(item.article)
        record.update(fetched_at=utc_now(), discovered_via=item.discovered_via,
                      http_etag=item.etag, http_last_modified=item.http_last_modified)
        self.pending.append(record)
        self.accepted += 1
        self.crawler.stats.inc_value("archive/stored")
        if len(self.pending) >= self.batch_size:
            self.flush()
        if limit is not None and self.accepted >= limit:
            self.flush()
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="max_articles"))
        return item

    def flush(self) -> None:
        """Write the pending articles in one transaction."""
        if not self.pending:
            return
        counts = save_articles(self.db, self.pending, utc_now(), self.run_id)
        self.outcomes.update(counts)
        for outcome, n in counts.items():
            self.crawler.stats.inc_value(f"archive/{outcome}", n)
        self.pending.clear()

    def close_spider(self) -> None:
        self.flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.db is None or self.run_id is None:
            return
        stats = self.crawler.stats.get_stats()
        finish_run(
            self.db, self.run_id, finished=utc_now(), finish_reason=reason,
            pages_fetched=stats.get("response_received_count", 0),
            outcomes=self.outcomes,
            skipped=_by_prefix(stats, "archive/skipped/"),
            failed=_by_prefix(stats, "archive/failed/"),
            discovered=_by_prefix(stats, "discovery/", depth=1),
        )
        self.db.close()
        self.db = None


def _by_prefix(stats: dict[str, Any], prefix: str, depth: int | None = None) -> dict[str, int]:
    """Counters under `prefix`, keyed by the rest of their name (only `depth` parts if set)."""
    found: dict[str, int] = {}
    for key, value in stats.items():
        rest = key[len(prefix):]
        if key.startswith(prefix) and isinstance(value, int) and (
                depth is None or rest.count("/") < depth):
            found[rest] = value
    return found
