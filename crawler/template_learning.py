"""Site template learning in a crawl (TEMPLATE_LEARNING): lines that recur across the
crawled site's pages become its template, which extraction then leaves out of bodies.

The spider hands `template` to extraction with every article page; the archive pipeline
loads the site's counts when the run opens (`open`), counts every stored page (`saw`),
writes the changed counts with each batch (`changes`) and, once the run's last batch is
written, applies the template to the articles this run stored before it knew their lines
(`close`). The rule and the bound are archive/site_templates.py's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import sqlite_utils
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from archive.site_templates import TemplateChanges, TemplateLedger
from archive.store import reclean_run
from extraction import Article, SiteTemplate

if TYPE_CHECKING:
    from crawler.spiders.news import NewsSpider

logger = logging.getLogger(__name__)

# Stats keys (crawl_runs.template holds them for the run).
COUNTERS: tuple[str, ...] = ("loaded", "learned", "keys", "removed_lines", "pages_cleaned",
                             "would_empty", "recleaned", "recleaned_lines", "title_affixes",
                             "titles_trimmed", "recleaned_titles")


class TemplateLearning:
    """One crawl's learning of its site's template. Off (extraction gets no template and no
    line is counted) with TEMPLATE_LEARNING=False, and in distributed runs: workers open no
    archive."""

    def __init__(self, crawler: Crawler, site: str, enabled: bool) -> None:
        self.crawler = crawler
        self.site = site
        self.enabled = enabled
        self.ledger: TemplateLedger | None = None
        # A line became template during the run: pages stored before then keep it.
        self.stale = False

    @classmethod
    def from_crawler(cls, crawler: Crawler, spider: NewsSpider) -> TemplateLearning:
        settings = crawler.settings
        enabled = settings.getbool("TEMPLATE_LEARNING") and not settings.get("REDIS_URL")
        return cls(crawler, spider.site.name, enabled)

    @property
    def template(self) -> SiteTemplate | None:
        """What extraction gets: None when off; else the template learned so far."""
        if not self.enabled:
            return None
        return self.ledger.template if self.ledger is not None else SiteTemplate(self.site)

    def open(self, db: sqlite_utils.Database) -> None:
        """Load the site's counts from the archive (the run's start)."""
        if not self.enabled:
            return
        self.ledger = TemplateLedger.load(db, self.site)
        for name in COUNTERS:
            self._stats.set_value(f"template/{name}", 0)
        self._stats.set_value("template/loaded", len(self.ledger.template.keys))

    def saw(self, article: Article, now: str) -> None:
        """Count one stored article page: what the template removed, and its lines."""
        if self.ledger is None:
            return
        if article.template_removed:
            self._inc("removed_lines", article.template_removed)
            self._inc("pages_cleaned")
        if article.template_kept_whole:
            self._inc("would_empty")
        if article.title_trimmed:
            self._inc("titles_trimmed")
        affixes = self.ledger.template.title_affixes
        crossed = self.ledger.saw(article.article_id or article.url, article.template_keys,
                                  article.body, now, article.title_affixes)
        if crossed:
            self._inc("learned", len(crossed))
            self.stale = True
        if self.ledger.template.title_affixes - affixes:
            self.stale = True

    def changes(self) -> TemplateChanges | None:
        """The counts to write with the batch being written."""
        return self.ledger.changes() if self.ledger is not None else None

    def close(self, db: sqlite_utils.Database, run_id: int) -> None:
        """After the run's last batch: clean what this run stored before the template knew
        its lines, count, and log one line for the site."""
        if self.ledger is None:
            return
        template = self.ledger.template
        if self.stale:
            cleaned = reclean_run(db, self.site, run_id, template)
            self._inc("recleaned", cleaned["articles"])
            self._inc("recleaned_lines", cleaned["lines"])
            self._inc("recleaned_titles", cleaned["titles"])
        self._stats.set_value("template/keys", len(template.keys))
        self._stats.set_value("template/title_affixes", len(template.title_affixes))
        value = lambda name: self._stats.get_value(f"template/{name}", 0)  # noqa: E731
        logger.info(
            "Site template of %s: %d lines and %d title affixes (%d loaded, %d learned in this "
            "run); removed %d lines from %d pages and the site's name from %d titles, then %d "
            "lines and %d titles from %d articles stored before they were learned; %d bodies "
            "kept whole", self.site, len(template.keys), len(template.title_affixes),
            value("loaded"), value("learned"), value("removed_lines"), value("pages_cleaned"),
            value("titles_trimmed"), value("recleaned_lines"), value("recleaned_titles"),
            value("recleaned"), value("would_empty"))

    @property
    def _stats(self) -> StatsCollector:
        return self.crawler.stats  # type: ignore[return-value]

    def _inc(self, name: str, count: int = 1) -> None:
        self._stats.inc_value(f"template/{name}", count)
