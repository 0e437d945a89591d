"""The crawl's clock: the system's, or the moment ARCHIVE_NOW fixes (tests, replays)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from scrapy.settings import BaseSettings

from crawler.arguments import aware
from extraction.dates import parse_date


def now(settings: BaseSettings) -> datetime:
    """ARCHIVE_NOW (an ISO 8601 time, UTC when it has no offset), else the system clock."""
    fixed = settings.get("ARCHIVE_NOW")
    if not fixed:
        return datetime.now(UTC)
    moment = parse_date(str(fixed))
    if moment is None:
        raise ValueError(f"ARCHIVE_NOW must be an ISO 8601 time, got {fixed!r}")
    return aware(moment)


def current_years(today: date) -> frozenset[int]:
    """The years whose sub-sitemaps may have grown since yesterday: today's, and on 1 January
    also the year that just ended (sitemap dates lag by a day)."""
    return frozenset({today.year, (today - timedelta(days=1)).year})
