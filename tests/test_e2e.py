"""End to end: `scrapy crawl rtarabic` as a subprocess against the replica site on 127.0.0.1."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from archive import relations, urls
from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1",
        "-s", "LOG_LEVEL=INFO"]
COMPARED = ("url", "canonical_url", "site", "article_id", "title", "summary", "body", "author",
            "published", "modified", "section", "section_name", "tags", "source", "images",
            "related", "language", "status")
NEVER_IN_BODY = ("إقرأ المزيد", "المصدر:", "كلمات دلالية", "تابعوا RT", "شارك عبر",
                 "الأكثر قراءة", "مقالات ذات صلة", "صورة أرشيفية", "pic.twitter.com",
                 "جار التحميل")


def crawl(base_url: str, db: Path, *args: str) -> tuple[subprocess.CompletedProcess, float]:
    command = [sys.executable, "-m", "scrapy", "crawl", "rtarabic", "-a", f"base_url={base_url}",
               "-s", f"ARCHIVE_DB={db}", *FAST, *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    return result, time.monotonic() - started


def rows(db: Path, sql: str) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def article_rows(db: Path) -> dict[str, dict]:
    """Stored articles as a reader gets them: lists from their tables, URLs as they were."""
    found = {}
    conn = sqlite3.connect(db)
    try:
        for row in rows(db, "SELECT * FROM articles"):
            row.update(relations.read_one(conn, row["id"]))
            row["canonical_url"] = urls.canonical(row["canonical_url"], row["url"])
            found[row["article_id"]] = row
    finally:
        conn.close()
    return found


def norm_path(path: str) -> str:
    parts = urlsplit(path)
    return unquote(parts.path) + ("?" + parts.query if parts.query else "")


@pytest.fixture(scope="module")
def replica():
    with ReplicaServer(n_articles=60) as server:
        yield server


@pytest.fixture(scope="module")
def first_crawl(replica, tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "archive.db"
    replica.requests.clear()
    result, seconds = crawl(replica.base_url, db)
    print(f"\nend-to-end crawl: {len(replica.site.expected)} articles in {seconds:.1f}s")
    return db, result, list(replica.requests), seconds


def test_crawl_succeeds(first_crawl) -> None:
    _db, result, _requests, _seconds = first_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "ScrapyDeprecationWarning" not in result.stderr


def test_every_article_stored_once_with_every_field_right(first_crawl, replica) -> None:
    db, _result, _requests, _seconds = first_crawl
    stored = article_rows(db)
    expected = replica.site.expected
    assert sorted(stored) == sorted(expected)
    for article_id, want in expected.items():
        got = stored[article_id]
        for name in COMPARED:
            assert got[name] == want[name], (article_id, name)
        assert got["word_count"] == len(want["body"].split())
        assert len(got["content_hash"]) == 64
        assert got["language_confidence"] > 0.5
        assert got["first_seen"] and got["last_seen"] and got["fetched_at"]
        assert got["discovered_via"] in ("rss", "sitemap", "listing")


def test_bodies_are_clean(first_crawl) -> None:
    db, *_ = first_crawl
    for row in rows(db, "SELECT article_id, body FROM articles"):
        for phrase in NEVER_IN_BODY:
            assert phrase not in row["body"], (row["article_id"], phrase)


def test_tags_and_links_tables(first_crawl, replica) -> None:
    db, *_ = first_crawl
    expected = replica.site.expected
    tagged = rows(db, "SELECT a.article_id, t.name FROM articles a JOIN articles_tags x "
                      "ON x.articles_id = a.id JOIN tags t ON t.id = x.tags_id")
    assert sorted((r["article_id"], r["name"]) for r in tagged) == sorted(
        (i, tag) for i, want in expected.items() for tag in want["tags"])
    links = rows(db, "SELECT a.article_id, l.url, l.kind FROM article_links_expanded l "
                     "JOIN articles a ON a.id = l.article")
    assert sorted((r["article_id"], urls.original(r["url"]), r["kind"]) for r in links) == sorted(
        (i, link["url"], link["kind"]) for i, want in expected.items() for link in want["related"])


def test_nothing_else_is_fetched(first_crawl, replica) -> None:
    _db, _result, requests, _seconds = first_crawl
    allowed = {norm_path(p) for p in replica.site.allowed_paths()}
    forbidden = {norm_path(p) for p in replica.site.forbidden_paths}
    fetched = [norm_path(path) for _method, path in requests]
    assert not set(fetched) & forbidden
    assert set(fetched) <= allowed, set(fetched) - allowed
    article_fetches = [p for p in fetched if p in {norm_path(urlsplit(a["url"]).path)
                                                   for a in replica.site.expected.values()}]
    assert len(article_fetches) == len(set(article_fetches)), "an article was fetched twice"


def test_run_is_recorded_with_reasons(first_crawl, replica) -> None:
    db, *_ = first_crawl
    [run] = rows(db, "SELECT * FROM crawl_runs")
    assert run["spider"] == "rtarabic" and run["finish_reason"] == "finished"
    assert run["started"] <= run["finished"]
    assert run["articles_new"] == len(replica.site.expected)
    assert run["articles_updated"] == run["articles_unchanged"] == 0
    assert run["pages_fetched"] > len(replica.site.expected)
    skipped = json.loads(run["skipped_by_reason"])
    failed = json.loads(run["failed_by_reason"])
    outcomes = {**skipped, **failed}
    expected_outcomes: dict[str, int] = {}
    for outcome in replica.site.not_articles.values():
        expected_outcomes[outcome] = expected_outcomes.get(outcome, 0) + 1
    assert outcomes == expected_outcomes
    discovered = json.loads(run["discovered_by_source"])
    assert set(discovered) == {"rss", "sitemap", "listing"}


def article_paths(replica) -> set[str]:
    """Decoded paths of every article-like URL on the replica (articles and broken ones)."""
    paths = {urlsplit(a["url"]).path for a in replica.site.expected.values()}
    return {norm_path(p) for p in paths | set(replica.site.not_articles)}


def test_second_run_fetches_no_article_page(first_crawl, replica) -> None:
    db, *_ = first_crawl
    before = rows(db, "SELECT * FROM articles ORDER BY id")
    replica.requests.clear()
    result, _seconds = crawl(replica.base_url, db)
    assert result.returncode == 0, result.stderr[-3000:]
    fetched = {norm_path(p) for _m, p in replica.requests}
    assert fetched, "feeds, sitemaps and listings are read again"
    assert not fetched & article_paths(replica)
    assert rows(db, "SELECT * FROM articles ORDER BY id") == before
    last = rows(db, "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]
    assert (last["articles_new"], last["articles_updated"], last["status"]) == (0, 0, "ok")


def test_full_recrawl_never_duplicates_and_keeps_first_seen(first_crawl, replica) -> None:
    db, *_ = first_crawl
    before = {r["article_id"]: r["first_seen"] for r in rows(db, "SELECT * FROM articles")}
    result, _seconds = crawl(replica.base_url, db, "-s", "ARCHIVE_INCREMENTAL=False")
    assert result.returncode == 0, result.stderr[-3000:]
    after = {r["article_id"]: r["first_seen"] for r in rows(db, "SELECT * FROM articles")}
    assert after == before
    last = rows(db, "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]
    assert last["articles_new"] == last["articles_updated"] == 0
    assert last["articles_unchanged"] == len(replica.site.expected)


def test_since_skips_older_sitemap_entries_and_feed_items(replica, tmp_path) -> None:
    db = tmp_path / "since.db"
    replica.requests.clear()
    result, _seconds = crawl(replica.base_url, db, "-a", "since=2024-01-01")
    assert result.returncode == 0, result.stderr[-3000:]
    stored = set(article_rows(db))
    old = replica.site.old_article_ids
    assert old and not stored & old
    assert stored == set(replica.site.expected) - old
    old_paths = {norm_path(urlsplit(replica.site.expected[i]["url"]).path) for i in old}
    assert not {norm_path(p) for _m, p in replica.requests} & old_paths


def test_max_articles_stops_after_n_stored(replica, tmp_path) -> None:
    db = tmp_path / "max.db"
    result, _seconds = crawl(replica.base_url, db, "-a", "max_articles=5")
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(article_rows(db)) == 5
    [run] = rows(db, "SELECT * FROM crawl_runs")
    assert run["finish_reason"] == "max_articles"
    assert run["articles_new"] == 5


def test_datasette_opens_the_archive(first_crawl, replica) -> None:
    import asyncio

    from datasette.app import Datasette

    db, *_ = first_crawl

    async def fetch() -> tuple[list[dict], int]:
        datasette = Datasette([str(db)])
        await datasette.invoke_startup()
        data = await datasette.client.get(f"/{db.stem}/articles.json?_shape=array&_size=max")
        page = await datasette.client.get(f"/{db.stem}/articles")
        return data.json(), page.status_code

    articles, status = asyncio.run(fetch())
    assert status == 200
    assert len(articles) == len(replica.site.expected)
    assert all(a["body"] and "إقرأ المزيد" not in a["body"] for a in articles)
