"""Run one spider in this process with the project's settings (used by `archive crawl`)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.exit_codes import EX_FAILED, exit_code


def run_spider(spider: str, spider_args: Mapping[str, str], overrides: Mapping[str, str],
               db_path: str, logfile: str | None = None, loglevel: str | None = None) -> int:
    """Crawl until the spider closes (SIGINT/SIGTERM stop it gracefully, writes flushed);
    returns the crawl's exit code (crawler/exit_codes.py)."""
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
    if process.bootstrap_failed:
        return EX_FAILED
    return exit_code(crawler.stats.get_stats())
