"""What an incremental run asks the archive: unchanged pages, recent articles, due retries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from archive.known import ArchiveIndex
from crawler.arguments import aware
from crawler.clock import current_years, now
from crawler.discovery import Entry
from crawler.headers import header
from crawler.incremental import REVISIT_STATUSES, conditional_headers, known_index
from crawler.items import DiscoveryPage, Revisit
from extraction.dates import parse_date
from extraction.sites.base import Site

if TYPE_CHECKING:
    from crawler.spiders.news import NewsSpider


class IncrementalPolicy:
    """The spider's incremental decisions. Settings: ARCHIVE_INCREMENTAL, REVISIT_HOURS.

    `sitemaps_seen`: start of the last complete run, if incremental (a sub-sitemap modified
    before it holds nothing new). `index`: the archive, read-only, when incremental and not
    distributed: validators of discovery pages, the lastmod each sub-sitemap had when read,
    recent articles to revisit, URLs due to be tried again. With ARCHIVE_INCREMENTAL off both
    are None and every page is read whole. `years`: the years whose yearly sub-sitemaps
    (`site.yearly_sitemap`) are read on every run, by the crawl's clock (ARCHIVE_NOW).
    """

    def __init__(self, crawler: Crawler, site_name: str, origin: tuple[str, str],
                 index: ArchiveIndex | None, sitemaps_seen: datetime | None,
                 revisit_hours: float) -> None:
        self.crawler = crawler
        self.site_name = site_name
        self.origin = origin
        self.index = index
        self.sitemaps_seen = sitemaps_seen
        self.revisit_hours = revisit_hours
        self.site: Site | None = None
        self.years: frozenset[int] = frozenset()

    @classmethod
    def from_crawler(cls, crawler: Crawler, spider: NewsSpider) -> IncrementalPolicy:
        settings = crawler.settings
        site = spider.site
        # Only URLs of the site as crawled now (scheme, host and port): an archive filled
        # from an earlier base_url (a replica on another port) names URLs nobody serves.
        origin = urlsplit(site.base_url)[:2]
        policy = cls(crawler, site.name, origin, None, None, settings.getfloat("REVISIT_HOURS"))
        policy.site = site
        policy.years = current_years(now(settings).date())
        if not settings.getbool("ARCHIVE_INCREMENTAL"):
            return policy
        index = known_index(settings)
        policy.sitemaps_seen = parse_date(index.last_complete_run(spider.name, site.name))
        if isinstance(index, ArchiveIndex):
            policy.index = index
            crawler.signals.connect(index.close, signal=signals.spider_closed)
        else:
            index.close()
        return policy

    def archived_work(self) -> Iterator[tuple[str, Iterator[str]]]:
        """Article URLs the archive asks for, whatever discovery finds, by `via`: recent
        articles to revisit (edits, removals) and URLs whose retry time has come. With
        discovery pages answering 304, these would otherwise wait until a page that lists
        them changes."""
        index = self.index
        if index is None:
            return
        now = datetime.now(UTC)
        # A day more than the window: published times carry their own UTC offsets, and the
        # known-article middleware makes the exact call (revisit, or drop as known).
        since = now - timedelta(hours=self.revisit_hours + 24)
        yield "revisit", self._of_origin(
            index.recent_articles(self.site_name, since.isoformat(timespec="seconds")))
        yield "retry", self._of_origin(
            index.due_retries(self.site_name, now.isoformat(timespec="seconds")))

    def _of_origin(self, urls: list[str]) -> Iterator[str]:
        return (url for url in urls if urlsplit(url)[:2] == self.origin)

    def discovery_headers(self, url: str) -> dict[str, str]:
        """Conditional headers for a discovery page a full run read with validators."""
        validators = self.index.page_validators(url) if self.index else None
        return conditional_headers(*validators) if validators else {}

    def changed(self, entry: Entry) -> bool:
        """Whether a sub-sitemap the index names may hold something new: always for the
        current year's (its lastmod lags; the request is conditional); else when its lastmod
        moved since a full run read it, or, for one no such run recorded, when it is not older
        than the last complete run."""
        year = self.site.sitemap_year(entry.url) if self.site is not None else None
        if year is not None and year in self.years:
            self._count("discovery/current_sitemap")
            return True
        stored = self.index.sitemap_lastmod(entry.url) if self.index is not None else None
        if stored is not None:
            if entry.date is None or lastmod_text(entry) != stored:
                return True
        elif self.sitemaps_seen is None or entry.date is None or \
                aware(entry.date) >= self.sitemaps_seen:
            return True
        self._count("discovery/unchanged_sitemap")
        return False

    def not_modified(self, response: Response) -> bool:
        """A discovery page unchanged since a full run read it: nothing new on it."""
        if response.status != 304:
            return False
        self._count("pages/ok")
        self._count(f"discovery/not_modified/{response.meta.get('via', 'unknown')}")
        return True

    def read_whole(self, response: Response, kind: str) -> Iterator[DiscoveryPage]:
        """The page's validators, for a conditional request next run, and a sub-sitemap's
        lastmod in the index (archive runs only)."""
        etag, last_modified = header(response, b"ETag"), header(response, b"Last-Modified")
        lastmod = _meta(response, "sitemap_lastmod")
        if self.index is not None and (etag or last_modified or lastmod):
            yield DiscoveryPage(url=response.url, site=self.site_name, kind=kind, etag=etag,
                                last_modified=last_modified, lastmod=lastmod)

    def still_valid(self, response: Response, kind: str) -> Iterator[DiscoveryPage]:
        """A sub-sitemap that answered 304 though its lastmod moved: its validators stay, the
        new lastmod is recorded (else it would be asked again on every run)."""
        lastmod = _meta(response, "sitemap_lastmod")
        if self.index is None or response.status != 304 or not lastmod or \
                self.index.sitemap_lastmod(response.url) == lastmod:
            return
        request = response.request
        etag = header(response, b"ETag") or (
            request.headers.get("If-None-Match", b"").decode() if request else "") or None
        since = request.headers.get("If-Modified-Since", b"").decode() if request else ""
        yield DiscoveryPage(url=response.url, site=self.site_name, kind=kind, etag=etag,
                            last_modified=header(response, b"Last-Modified") or since or None,
                            lastmod=lastmod)

    def revisit(self, response: Response) -> Revisit | None:
        """What a revisit answered with no new text (304, or 404/410: removed)."""
        if not response.meta.get("revisit"):
            return None
        self._count("incremental/revisit")
        if response.status not in REVISIT_STATUSES:
            return None
        site, article_id = response.meta["article_key"]
        removed = response.status in (404, 410)
        self._count("archive/revisit/removed" if removed else "archive/revisit/not_modified")
        return Revisit(site=site, article_id=article_id, url=response.url, removed=removed)

    def _count(self, key: str) -> None:
        self.crawler.stats.inc_value(key)


def lastmod_text(entry: Entry) -> str | None:
    """How a sub-sitemap's lastmod is stored: the parsed date as ISO 8601."""
    return entry.date.isoformat() if entry.date is not None else None


def _meta(response: Response, key: str) -> str | None:
    """A request meta value of the response; None for a response built without a request."""
    try:
        return response.meta.get(key)
    except AttributeError:
        return None
