"""Run one spider in this process with the project's settings (used by `archive crawl`)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.exit_codes import EX_FAILED, exit_code
from crawler.pipelines import RUN_ID_STAT


@dataclass(frozen=True)
class RunOutcome:
    """The crawl's exit code (crawler/exit_codes.py) and its own crawl_runs row (None: the
    run recorded none)."""

    code: int
    run_id: int | None = None


def run_spider(spider: str, spider_args: Mapping[str, str], overrides: Mapping[str, str],
               db_path: str, logfile: str | None = None,
               loglevel: str | None = None) -> RunOutcome:
    """Crawl until the spider closes (SIGINT/SIGTERM stop it gracefully, writes flushed)."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    settings = get_project_settings()
    settings.setdict(dict(overrides), priority="cmdline")
    settings.set("ARCHIVE_DB", db_path, priority="cmdline")
    if logfile:
        settings.set("LOG_FILE", logfile, priority="cmdline")
        settings.set("LOG_FILE_APPEND", True, priority="cmdline")
    if loglevel:
        settings.set("LOG_LEVEL", loglevel, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider)
    process.crawl(crawler, **spider_args)
    process.start()
    stats = crawler.stats.get_stats()
    run_id = stats.get(RUN_ID_STAT)
    if process.bootstrap_failed:
        return RunOutcome(EX_FAILED, run_id)
    return RunOutcome(exit_code(stats), run_id)
