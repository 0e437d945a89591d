"""`scrapy crawl <spider>`: Scrapy's own command (every option kept), with the exit codes of
`python -m archive crawl`: 0 healthy, 1 failed, 75 another run holds the archive."""

from __future__ import annotations

import argparse
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.crawler import Crawler
from scrapy.settings import BaseSettings
from scrapy.spiders import Spider

from archive.db import default_path
from archive.lock import EX_TEMPFAIL, acquire, busy_message, release
from crawler.exit_codes import exit_code

ARCHIVE_PIPELINE = "crawler.pipelines.ArchivePipeline"


def archive_written(settings: BaseSettings) -> str | None:
    """The archive the crawl will write, or None when it writes none (a distributed worker,
    or the archive pipeline switched off)."""
    if settings.get("REDIS_URL"):
        return None
    pipelines = settings.getwithbase("ITEM_PIPELINES")
    if pipelines.get(ARCHIVE_PIPELINE) is None:
        return None
    return default_path(settings.get("ARCHIVE_DB"))


class Command(ScrapyCrawlCommand):
    """Scrapy's `crawl`, locked on its archive and exiting 0 / 1 / 75."""

    def __init__(self) -> None:
        super().__init__()
        self.crawler: Crawler | None = None
        self.locked: str | None = None  # the archive this command locked

    def long_desc(self) -> str:
        return (f"{self.short_desc()}. Exit codes: 0 healthy run; 1 failed run (finish reason "
                "other than finished/max_articles, nothing fetched, every fetch failed, errors "
                "over the threshold, mostly challenge pages, the site unreachable, the archive "
                "not writable: see the crawl_runs row and the log); 75 another run (of any "
                "spider) holds the archive (one line on stderr naming its pid and start time, "
                "nothing done: cron tries again).")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Settings as Scrapy sets them; then the archive's lock, before anything is logged:
        a run refused by it prints one line on stderr and exits 75. The archive pipeline
        takes the same lock again (reentrant) and holds it to the run's end."""
        super().process_options(args, opts)
        assert self.settings is not None
        path = archive_written(self.settings)
        if len(args) != 1 or path is None:
            return
        try:
            holder = acquire(path, args[0])
        except OSError:
            return  # the pipeline reports it (exit 1)
        if holder is not None:
            print(busy_message(path, args[0], holder), file=sys.stderr)
            sys.exit(EX_TEMPFAIL)
        self.locked = path

    def _create_crawler(self, spidercls: type[Spider] | str) -> Crawler:
        self.crawler = super()._create_crawler(spidercls)
        return self.crawler

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        try:
            super().run(args, opts)
        finally:
            if self.locked is not None:
                release(self.locked)
        if self.exitcode == 0 and self.crawler is not None:
            self.exitcode = exit_code(self.crawler.stats.get_stats())
