"""Pieces of cron-grade runs without a crawl: health rules, drift, retry policy, index (the
lock: tests/test_archive_lock.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from scrapy import Request

from archive.db import open_archive
from archive.health import RunCounts, Thresholds, drift, drift_alarm, problems, run_row
from archive.known import ArchiveIndex
from archive.outcomes import retry_after
from archive.store import finish_run, save_articles, start_run
from crawler.incremental import KnownArticlesMiddleware
from crawler.spiders.sites import RtarabicSpider
from tests.project import project_crawler

NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def counts(**changes: object) -> RunCounts:
    base = {"finish_reason": "finished", "duration_s": 10.0, "requests": 100, "pages_fetched": 100,
                "pages_ok": 98, "outcomes": {"new": 50}, "skipped": {}, "failed": {"http_500": 2},
                "discovery_failed": {}, "discovered": {"rss": 60}, "spider_errors": 0,
                "missing": {"author": 40}, "parsed": 50}
    base.update(changes)
    return RunCounts(**base)


def test_a_healthy_run_has_no_problems() -> None:
    assert problems(counts(), Thresholds()) == []
    assert run_row(counts(), Thresholds(), "t")["status"] == "ok"


@pytest.mark.parametrize("changes, problem", [
    ({"finish_reason": "closespider_timeout"}, "finish reason closespider_timeout"),
    ({"finish_reason": "memusage_exceeded"}, "finish reason memusage_exceeded"),
    ({"pages_fetched": 0, "pages_ok": 0}, "nothing fetched"),
    ({"pages_ok": 0}, "every fetch failed"),
    ({"failed": {"http_500": 30}}, "30 errors in 100 requests"),
    ({"skipped": {"blocked": 60}, "parsed": 10}, "60 of 70 article pages were challenges"),
])
def test_each_failure_kind(changes: dict, problem: str) -> None:
    found = problems(counts(**changes), Thresholds())
    assert problem in found
    assert run_row(counts(**changes), Thresholds(), "t")["status"] == "failed"


def test_few_errors_or_a_bounded_run_are_healthy() -> None:
    assert problems(counts(failed={"http_500": 4}, requests=8), Thresholds()) == []
    assert problems(counts(finish_reason="max_articles"), Thresholds()) == []


def test_interrupted_run() -> None:
    row = run_row(counts(finish_reason="shutdown"), Thresholds(), "t")
    assert row["status"] == "interrupted"


def test_drift_shares_and_alarm() -> None:
    run = counts(missing={"published": 30, "tags": 10, "author": 50},
                 skipped={"not_article": 25}, parsed=50)
    shares = drift(run)
    assert shares["published"] == 0.6 and shares["author"] == 1.0
    assert shares["no_article"] == round(25 / 75, 3)
    alarm = drift_alarm(shares, run, Thresholds())
    assert alarm == ["published 60% > 20%", "no_article 33% > 30%"]
    assert drift_alarm(shares, counts(parsed=2, outcomes={"new": 2}), Thresholds()) == []


@pytest.mark.parametrize("outcome, attempts, expected", [
    ("not_html", 1, None), ("language", 3, None), ("redirect_elsewhere", 1, None),
    ("http_500", 1, "2024-03-01T13:00:00+00:00"), ("timeout", 3, "2024-03-01T16:00:00+00:00"),
    ("http_404", 1, "2024-03-02T12:00:00+00:00"), ("http_404", 20, "2024-03-08T12:00:00+00:00"),
])
def test_retry_policy(outcome: str, attempts: int, expected: str | None) -> None:
    assert retry_after(outcome, attempts, NOW) == expected


def article(article_id: str, published: str) -> dict:
    return {"url": f"https://arabic.rt.com/news/{article_id}-x/", "site": "rtarabic",
            "article_id": article_id, "title": "t", "body": "b", "status": "ok",
            "content_hash": article_id, "published": published, "http_etag": '"e1"',
            "http_last_modified": "Fri, 01 Mar 2024 10:00:00 GMT"}


def test_index_finds_by_id_or_former_url_and_waits_on_outcomes(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    index = ArchiveIndex(db_path)
    assert index.article("rtarabic", "1", "u") is None  # no archive yet: nothing known
    db = open_archive(db_path)
    save_articles(db, [article("1", "2024-03-01T10:00:00+03:00")], "2024-03-01T10:00:00+00:00",
                  outcomes=[{"url": "https://arabic.rt.com/news/9-x/", "site": "rtarabic",
                             "outcome": "not_html"}])
    known = index.article("rtarabic", "1", "elsewhere")
    assert known is not None and known.etag == '"e1"'
    assert index.article("rtarabic", None, "https://arabic.rt.com/news/1-x/") is not None
    assert index.article("rtarabic", "2", "https://arabic.rt.com/news/2-x/") is None
    assert index.waiting_outcome("https://arabic.rt.com/news/9-x/", "2030-01-01") == "not_html"
    assert index.waiting_outcome("https://arabic.rt.com/news/8-x/", "2030-01-01") is None
    db.close()
    index.close()


def test_middleware_drops_known_revisits_recent_and_passes_new(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    db = open_archive(db_path)
    recent = datetime.now(UTC).isoformat(timespec="seconds")
    save_articles(db, [article("1", "2020-01-01T10:00:00+03:00"), article("2", recent)],
                  recent)
    db.close()
    crawler = project_crawler(RtarabicSpider, {"ARCHIVE_DB": str(db_path), "REVISIT_HOURS": 48})
    crawler.stats.open_spider()
    middleware = KnownArticlesMiddleware.from_crawler(crawler)

    def request(article_id: str) -> Request:
        return Request(f"https://arabic.rt.com/news/{article_id}-x/",
                       meta={"article_key": ("rtarabic", article_id),
                             "handle_httpstatus_list": (403, 503)})

    assert middleware.get_processed_request(request("1"), None) is None
    revisit = middleware.get_processed_request(request("2"), None)
    assert revisit.meta["revisit"] is True
    assert revisit.headers["If-None-Match"] == b'"e1"'
    assert revisit.headers["If-Modified-Since"] == b"Fri, 01 Mar 2024 10:00:00 GMT"
    assert {304, 404, 410, 403} <= set(revisit.meta["handle_httpstatus_list"])
    fresh = request("3")
    assert middleware.get_processed_request(fresh, None) is fresh
    discovery = Request("https://arabic.rt.com/rss/")
    assert middleware.get_processed_request(discovery, None) is discovery
    assert crawler.stats.get_value("incremental/known") == 1
    assert crawler.stats.get_value("incremental/revisit_requested") == 1


def test_index_trusts_validators_of_full_healthy_runs_only(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    db = open_archive(db_path)
    now = "2024-03-01T10:00:00+00:00"

    def run_with_page(url: str, finish: str | None, status: str | None,
                      settings: dict | None = None) -> None:
        run_id = start_run(db, "rtarabic", "rtarabic", now, settings=settings)
        if finish is not None:
            finish_run(db, run_id, {"finish_reason": finish, "status": status})
        save_articles(db, [], now, run_id, pages=[{"url": url, "site": "rtarabic",
                                                    "kind": "rss", "etag": '"v1"',
                                                    "last_modified": None}])

    run_with_page("https://arabic.rt.com/rss/", "finished", "ok")
    run_with_page("https://arabic.rt.com/rss/crashed/", None, None)
    run_with_page("https://arabic.rt.com/rss/failed/", "finished", "failed")
    run_with_page("https://arabic.rt.com/rss/timeout/", "closespider_timeout", "failed")
    run_with_page("https://arabic.rt.com/rss/since/", "finished", "ok", {"since": "2024-01-01"})
    index = ArchiveIndex(db_path)
    assert index.page_validators("https://arabic.rt.com/rss/") == ('"v1"', None)
    for rest in ("crashed/", "failed/", "timeout/", "since/", "never-read/"):
        assert index.page_validators(f"https://arabic.rt.com/rss/{rest}") is None, rest
    index.close()
    db.close()


def test_index_lists_recent_articles_and_due_retries(tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    db = open_archive(db_path)
    save_articles(db, [article("1", "2024-02-01T10:00:00+03:00"),
                       article("2", "2024-03-01T09:00:00+03:00"),
                       {**article("3", ""), "published": None}],
                  "2024-03-01T10:00:00+00:00",
                  outcomes=[{"url": "https://arabic.rt.com/news/8-x/", "site": "rtarabic",
                             "outcome": "http_500"},
                            {"url": "https://arabic.rt.com/news/9-x/", "site": "rtarabic",
                             "outcome": "not_html"}])
    index = ArchiveIndex(db_path)
    recent = index.recent_articles("rtarabic", "2024-02-28T00:00:00+00:00")
    assert sorted(recent) == ["https://arabic.rt.com/news/2-x/",
                              "https://arabic.rt.com/news/3-x/"]  # 3: first seen
    assert index.recent_articles("other", "2024-02-28T00:00:00+00:00") == []
    assert index.due_retries("rtarabic", "2024-03-01T10:30:00+00:00") == []  # 1 h to wait
    assert index.due_retries("rtarabic", "2024-03-01T11:00:00+00:00") == [
        "https://arabic.rt.com/news/8-x/"]  # never for not_html
    index.close()
    db.close()


def test_spider_asks_for_recent_articles_and_due_retries_of_its_origin_only(tmp_path) -> None:
    """A replica on another port of the same host names URLs nobody serves any more."""
    db_path = tmp_path / "a.db"
    db = open_archive(db_path)
    now = datetime.now(UTC)
    earlier = (now - timedelta(hours=2)).isoformat(timespec="seconds")
    here, gone = "http://127.0.0.1:8999", "http://127.0.0.1:7777"
    save_articles(
        db, [{**article("1", "2020-01-01T10:00:00+03:00"), "url": f"{here}/news/1-x/"},
             {**article("2", earlier), "url": f"{here}/news/2-x/"},
             {**article("3", earlier), "url": f"{gone}/news/3-x/"}], earlier,
        outcomes=[{"url": url, "site": "rtarabic", "outcome": "http_500"}
                  for url in (f"{here}/news/8-x/", f"{here}/news/9-x/", f"{gone}/news/7-x/")])
    db.execute("UPDATE url_outcomes SET retry_after = ? WHERE url LIKE '%9-x/'",
               [(now + timedelta(hours=1)).isoformat(timespec="seconds")])
    db.conn.commit()
    db.close()
    crawler = project_crawler(RtarabicSpider, {"ARCHIVE_DB": str(db_path)})
    spider = RtarabicSpider.from_crawler(crawler, base_url=here)
    requests = list(spider._archived_work())
    assert [(r.url, r.meta["via"]) for r in requests] == [
        (f"{here}/news/2-x/", "revisit"),  # 1 is old; 3 was served on another port
        (f"{here}/news/8-x/", "retry"),  # 9 is not due yet; 7 was on another port
    ]
    spider.incremental.index.close()
