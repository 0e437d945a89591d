"""Run one spider in this process with the project's settings (used by `archive crawl`)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings


def run_spider(spider: str, spider_args: Mapping[str, str], overrides: Mapping[str, str],
               db_path: str, logfile: str | None = None, loglevel: str | None = None) -> None:
    """Crawl until the spider closes; SIGINT/SIGTERM stop it gracefully (writes flushed)."""
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
    process.crawl(spider, **spider_args)
    process.start()
