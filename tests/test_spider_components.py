"""What the spider asks instead of deciding itself, each built from a crawler: the incremental
policy, article redirects, fetch failures, the extraction pool; and its argument parsing."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy import Request, signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from twisted.python.failure import Failure

from archive.db import open_archive
from archive.store import finish_run, save_articles, start_run
from crawler.arguments import article_limit, since_day, without_credentials
from crawler.discovery import Entry
from crawler.extract_pool import ExtractPool
from crawler.failures import FetchFailures, Refused
from crawler.incremental_policy import IncrementalPolicy
from crawler.items import DiscoveryPage, PageOutcome, Revisit
from crawler.redirects import ArticleRedirects
from crawler.spiders.sites import RtarabicSpider
from extraction import SITES, extract
from tests.project import project_crawler

BASE = "http://127.0.0.1:8999"
URL = f"{BASE}/news/1500001-x/"


def spider_with(settings: dict | None = None) -> RtarabicSpider:
    crawler = project_crawler(RtarabicSpider, settings)
    crawler.stats.open_spider()
    return RtarabicSpider.from_crawler(crawler, base_url=BASE)


def archive_with_full_run(path: Path) -> None:
    db = open_archive(path)
    run_id = start_run(db, "rtarabic", "rtarabic", "2024-03-01T10:00:00+00:00")
    finish_run(db, run_id, {"finish_reason": "finished", "status": "ok"})
    save_articles(db, [], "2024-03-01T10:00:00+00:00", run_id,
                  pages=[{"url": f"{BASE}/rss/", "site": "rtarabic", "kind": "rss",
                          "etag": '"v1"', "last_modified": None}])
    db.close()


def test_incremental_policy_off_knows_nothing_and_reads_every_page_whole() -> None:
    spider = spider_with({"ARCHIVE_INCREMENTAL": False})
    policy = build_from_crawler(IncrementalPolicy, spider.crawler, spider)
    assert (policy.index, policy.sitemaps_seen) == (None, None)
    assert policy.discovery_headers(f"{BASE}/rss/") == {}
    assert policy.changed(Entry(f"{BASE}/old.xml", datetime(2000, 1, 1)))
    assert list(policy.archived_work()) == []
    page = HtmlResponse(f"{BASE}/rss/", headers={"ETag": '"v2"'})
    assert list(policy.read_whole(page, "rss")) == []


def test_incremental_policy_asks_the_archive_of_the_last_full_run(tmp_path: Path) -> None:
    archive_with_full_run(tmp_path / "a.db")
    spider = spider_with({"ARCHIVE_DB": str(tmp_path / "a.db")})
    policy = build_from_crawler(IncrementalPolicy, spider.crawler, spider)
    assert policy.sitemaps_seen == datetime(2024, 3, 1, 10, tzinfo=UTC)
    assert policy.discovery_headers(f"{BASE}/rss/") == {"If-None-Match": '"v1"'}
    assert not policy.changed(Entry(f"{BASE}/old.xml", datetime(2024, 2, 1)))
    assert policy.changed(Entry(f"{BASE}/new.xml", datetime(2024, 3, 2)))
    assert [via for via, _ in policy.archived_work()] == ["revisit", "retry"]
    page = HtmlResponse(f"{BASE}/rss/", headers={"ETag": '"v2"'})
    assert list(policy.read_whole(page, "rss")) == [
        DiscoveryPage(f"{BASE}/rss/", "rtarabic", "rss", '"v2"', None)]
    assert policy.not_modified(HtmlResponse(f"{BASE}/rss/", status=304,
                                            request=Request(f"{BASE}/rss/",
                                                            meta={"via": "rss"})))
    stats = spider.crawler.stats
    assert stats.get_value("discovery/unchanged_sitemap") == 1
    assert stats.get_value("discovery/not_modified/rss") == 1
    spider.crawler.signals.send_catch_log(signals.spider_closed, spider=spider, reason="x")
    assert policy.index._conn is None, "the archive is closed with the spider"


def test_incremental_policy_turns_revisit_answers_into_revisits() -> None:
    spider = spider_with({"ARCHIVE_INCREMENTAL": False})
    policy = build_from_crawler(IncrementalPolicy, spider.crawler, spider)
    meta = {"revisit": True, "article_key": ("rtarabic", "1500001")}
    gone = HtmlResponse(URL, status=410, request=Request(URL, meta=meta))
    assert policy.revisit(gone) == Revisit("rtarabic", "1500001", URL, removed=True)
    changed = HtmlResponse(URL, status=200, request=Request(URL, meta=meta))
    assert policy.revisit(changed) is None
    assert policy.revisit(HtmlResponse(URL, status=304, request=Request(URL))) is None
    stats = spider.crawler.stats
    assert stats.get_value("incremental/revisit") == 2
    assert stats.get_value("archive/revisit/removed") == 1


def test_article_redirects_stop_after_redirect_max_times() -> None:
    spider = spider_with({"ARCHIVE_INCREMENTAL": False, "REDIRECT_MAX_TIMES": 1})
    redirects = build_from_crawler(ArticleRedirects, spider.crawler)
    assert redirects.max_redirects == 1
    assert redirects.follow(HtmlResponse(URL, request=Request(URL)), spider) is None
    hop = {"Location": "/news/1500002-y/"}
    outcome, follow = redirects.follow(
        HtmlResponse(URL, status=301, headers=hop, request=Request(URL)), spider)
    assert outcome == PageOutcome(URL, "rtarabic", "redirect")
    assert follow.meta["redirect_chain"] == (URL,)
    second = HtmlResponse(follow.url, status=302, headers={"Location": "/news/1500003-z/"},
                          request=follow)
    assert redirects.follow(second, spider) == [
        PageOutcome(follow.url, "rtarabic", "redirect_loop")]
    assert spider.crawler.stats.get_value("archive/skipped/redirect_loop") == 1


def _failed(error: BaseException) -> Failure:
    failure = Failure(error)
    failure.request = Request(URL)  # type: ignore[attr-defined]
    return failure


def test_fetch_failures_count_skip_or_record_by_reason() -> None:
    spider = spider_with({"ARCHIVE_INCREMENTAL": False})
    failures = build_from_crawler(FetchFailures, spider.crawler)
    robots = _failed(IgnoreRequest("Forbidden by robots.txt"))
    assert list(failures.article_failed(robots, spider)) == [PageOutcome(URL, "rtarabic",
                                                                         "robots")]
    own = _failed(Refused("capture_failed", "disk full"))
    assert list(failures.article_failed(own, spider)) == []  # never put on hold
    failures.discovery_failed(_failed(IgnoreRequest("Filtered offsite request")), spider)
    stats = spider.crawler.stats.get_stats()
    assert stats["archive/skipped/robots"] == 1 and stats["archive/failed/capture_failed"] == 1
    assert stats["discovery/failed/offsite"] == 1


def test_an_error_status_is_a_failed_fetch_unless_it_shows_a_wall(fixtures_dir) -> None:
    spider = spider_with({"ARCHIVE_INCREMENTAL": False})
    failures = build_from_crawler(FetchFailures, spider.crawler)
    site = SITES["rtarabic"]
    busy = HtmlResponse(URL, status=503, body=b"<h1>busy</h1>", request=Request(URL))
    article = extract(site, URL, busy.body, "text/html")
    assert failures.failed_status(busy, article, spider) == [
        PageOutcome(URL, "rtarabic", "http_503")]
    challenge = (fixtures_dir / "rtarabic" / "ddos_guard_challenge.html").read_bytes()
    wall = extract(site, URL, challenge, "text/html")
    assert failures.failed_status(HtmlResponse(URL, status=403, body=challenge), wall,
                                  spider) is None
    fine = HtmlResponse(URL, status=200, body=b"<h1>x</h1>")
    assert failures.failed_status(fine, article, spider) is None


def test_extract_pool_inline_by_default() -> None:
    pool = build_from_crawler(ExtractPool, project_crawler())
    assert not pool.pooled
    article = pool.extract(SITES["rtarabic"], URL, b"<h1>x</h1>", "text/html")
    assert article == extract(SITES["rtarabic"], URL, b"<h1>x</h1>", "text/html")
    assert pool.executor is None


def test_extract_pool_workers_give_the_same_record_and_stop_with_the_spider(
        fixtures_dir) -> None:
    crawler = project_crawler(None, {"ARCHIVE_EXTRACT_WORKERS": 1})
    pool = build_from_crawler(ExtractPool, crawler)
    assert pool.pooled
    site = SITES["rtarabic"]
    page = (fixtures_dir / "rtarabic" / "current_layout.html").read_bytes()
    url = f"{BASE}/middle_east/1529876-x/"
    pooled = asyncio.run(pool.extract_pooled(site, url, page, "text/html"))
    assert pooled == extract(site, url, page, "text/html") and pooled.ok
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")
    with pytest.raises(RuntimeError, match="shutdown"):
        pool.executor.submit(print)


def test_spider_arguments() -> None:
    assert without_credentials("http://u:p%40ss@[::1]:8080/x") == (
        "http://[::1]:8080/x",
        {"http_user": "u", "http_pass": "p@ss", "http_auth_domain": "[::1]:8080"})
    assert without_credentials(BASE) == (BASE, {})
    assert since_day("2024-01-31") == datetime(2024, 1, 31, tzinfo=UTC)
    assert since_day("") is None
    assert (article_limit("3"), article_limit(None), article_limit("")) == (3, None, None)
    with pytest.raises(ValueError, match="positive"):
        article_limit(0)
