"""Which sub-sitemaps a run reads (crawler/incremental_policy.py): the current year's always,
by the crawl's clock; others when their lastmod moved; a 304 records the moved lastmod."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler

from archive.db import open_archive
from archive.store import finish_run, save_articles, start_run
from crawler.arguments import mirror_hosts
from crawler.clock import current_years, now
from crawler.discovery import Entry
from crawler.incremental_policy import IncrementalPolicy
from crawler.items import DiscoveryPage
from crawler.spiders.sites import RtarabicSpider
from tests.project import project_crawler

BASE = "http://127.0.0.1:8999"
DAY = datetime(2024, 7, 29, tzinfo=UTC)


def archive_that_read(path: Path, pages: list[dict]) -> None:
    db = open_archive(path)
    run_id = start_run(db, "rtarabic", "rtarabic", "2024-07-30T08:00:00+00:00")
    finish_run(db, run_id, {"finish_reason": "finished", "status": "ok"})
    save_articles(db, [], "2024-07-30T08:00:00+00:00", run_id, pages=pages)
    db.close()


def policy_for(tmp_path: Path, **settings: object) -> IncrementalPolicy:
    crawler = project_crawler(RtarabicSpider, {"ARCHIVE_DB": str(tmp_path / "a.db"), **settings})
    crawler.stats.open_spider()
    spider = RtarabicSpider.from_crawler(crawler, base_url=BASE)
    return build_from_crawler(IncrementalPolicy, crawler, spider)


def page(path: str, lastmod: str | None, etag: str | None = '"e1"') -> dict:
    return {"url": f"{BASE}{path}", "site": "rtarabic", "kind": "urlset", "etag": etag,
            "last_modified": None, "lastmod": lastmod}


def test_the_clock_is_the_system_one_unless_fixed() -> None:
    assert now(Settings({"ARCHIVE_NOW": "2024-07-30T10:38:00+00:00"})) == datetime(
        2024, 7, 30, 10, 38, tzinfo=UTC)
    assert now(Settings({"ARCHIVE_NOW": "2024-07-30"})).tzinfo is not None
    assert abs((now(Settings({})) - datetime.now(UTC)).total_seconds()) < 5
    with pytest.raises(ValueError, match="ARCHIVE_NOW"):
        now(Settings({"ARCHIVE_NOW": "yesterday"}))


def test_the_year_that_just_ended_is_current_on_new_years_day() -> None:
    assert current_years(date(2024, 7, 30)) == {2024}
    assert current_years(date(2025, 1, 1)) == {2024, 2025}


def test_current_year_is_read_older_ones_only_when_their_lastmod_moved(tmp_path: Path) -> None:
    lastmod = DAY.isoformat()
    archive_that_read(tmp_path / "a.db", [page("/sitemap_2024_2.xml", lastmod),
                                          page("/sitemap_2023.xml", "2023-12-30T00:00:00+00:00")])
    policy = policy_for(tmp_path, ARCHIVE_NOW="2024-07-30T10:38:00+00:00")
    # Lagging a day behind the last run, and unchanged: read all the same.
    assert policy.changed(Entry(f"{BASE}/sitemap_2024_2.xml", DAY))
    assert policy.changed(Entry(f"{BASE}/sitemap_2024.xml", datetime(2024, 3, 1)))
    assert not policy.changed(Entry(f"{BASE}/sitemap_2023.xml", datetime(2023, 12, 30,
                                                                          tzinfo=UTC)))
    assert policy.changed(Entry(f"{BASE}/sitemap_2023.xml", datetime(2023, 12, 31,
                                                                      tzinfo=UTC)))
    assert policy.changed(Entry(f"{BASE}/sitemap_2023.xml", None)), "no lastmod: read"
    stats = policy.crawler.stats
    assert stats.get_value("discovery/current_sitemap") == 2
    assert stats.get_value("discovery/unchanged_sitemap") == 1
    # A year later 2024 is an older year like any other.
    later = policy_for(tmp_path, ARCHIVE_NOW="2025-03-01T00:00:00+00:00")
    assert not later.changed(Entry(f"{BASE}/sitemap_2024_2.xml", DAY))


def test_a_304_for_a_moved_lastmod_records_it_with_the_validators_sent(tmp_path: Path) -> None:
    archive_that_read(tmp_path / "a.db", [page("/sitemap_2023.xml", "2023-12-30T00:00:00+00:00")])
    policy = policy_for(tmp_path)
    url = f"{BASE}/sitemap_2023.xml"
    moved = "2023-12-31T00:00:00+00:00"
    request = Request(url, headers={"If-None-Match": '"e1"'},
                      meta={"via": "sitemap", "sitemap_lastmod": moved})
    answer = Response(url, status=304, request=request)
    assert list(policy.still_valid(answer, "urlset")) == [
        DiscoveryPage(url, "rtarabic", "urlset", '"e1"', None, moved)]
    same = request.replace(meta={"via": "sitemap", "sitemap_lastmod": "2023-12-30T00:00:00+00:00"})
    assert list(policy.still_valid(Response(url, status=304, request=same), "urlset")) == []
    assert list(policy.still_valid(Response(url, status=200, request=request), "urlset")) == []


def test_mirrors_are_named_by_host() -> None:
    assert mirror_hosts("http://localhost:8000, 127.0.0.2:80,Mirror.example") == (
        "localhost", "127.0.0.2", "mirror.example")
    assert mirror_hosts(None) == mirror_hosts("") == ()
