"""End to end: `scrapy crawl news -a site=URL` as a subprocess against two replicas of
different structure on 127.0.0.1: the RT-like one (tests/replica) and a WordPress-like one
(tests/replica_wp). The spider has no rules for either."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from archive import relations
from tests.replica import ReplicaServer
from tests.replica_wp import WordPressSite
from tests.replica_wp.pages import CHROME_PHRASES, COMMENT_POLICY, COMMENT_TEXTS

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1", "-s", "LOG_LEVEL=INFO"]
MIN_FOUND = 0.95


def crawl(site: str, db: Path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={site}",
               "-s", f"ARCHIVE_DB={db}", *FAST, *args]
    return subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=300)


def stored(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        # Tags, images and links from their tables, as a reader gets them.
        return {r["url"]: {**dict(r), **relations.read_one(conn, r["id"])}
                for r in conn.execute("SELECT * FROM articles").fetchall()}
    finally:
        conn.close()


def run_row(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone())
    finally:
        conn.close()


def check_run(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert "ScrapyDeprecationWarning" not in result.stderr


@pytest.fixture(scope="module")
def rt_crawl(tmp_path_factory):
    with ReplicaServer(n_articles=60) as server:
        db = tmp_path_factory.mktemp("generic-rt") / "archive.db"
        result = crawl(server.base_url, db)
        yield server, db, result, list(server.requests)


@pytest.fixture(scope="module")
def wp_crawl(tmp_path_factory):
    with ReplicaServer(n_articles=60, seed=1, site_factory=WordPressSite) as server:
        db = tmp_path_factory.mktemp("generic-wp") / "archive.db"
        result = crawl(server.base_url, db)
        yield server, db, result, list(server.requests)


def test_rt_replica_articles_found_and_nothing_else_stored(rt_crawl) -> None:
    server, db, result, _requests = rt_crawl
    check_run(result)
    expected = {want["url"]: want for want in server.site.expected.values()}
    rows = stored(db)
    found = len(set(rows) & set(expected)) / len(expected)
    print(f"\ngeneric spider on the RT replica: {found:.1%} of {len(expected)} articles")
    assert found >= MIN_FOUND
    assert set(rows) <= set(expected), set(rows) - set(expected)
    exact = 0
    for url, row in rows.items():
        want = expected[url]
        assert (row["site"], row["title"], row["published"]) == (
            "127.0.0.1", want["title"], want["published"]), url
        assert want["summary"] in row["body"], url
        exact += row["body"] == want["body"]
    # The generic extraction is not RT's profile: figures for the record, the profile's own
    # exactness is tests/test_e2e.py's.
    print(f"RT bodies exactly as the profile gives them (generic extraction): {exact} of "
          f"{len(rows)}")
    run = run_row(db)
    assert (run["spider"], run["site"], run["status"]) == ("news", "127.0.0.1", "ok")


def test_rt_replica_broken_pages_are_counted_not_stored(rt_crawl) -> None:
    server, db, _result, _requests = rt_crawl
    outcomes = {**json.loads(run_row(db)["skipped_by_reason"]),
                **json.loads(run_row(db)["failed_by_reason"])}
    for outcome in set(server.site.not_articles.values()):
        assert outcomes.get(outcome), outcome


def test_rt_replica_traps_are_not_fetched(rt_crawl) -> None:
    _server, _db, _result, requests = rt_crawl
    fetched = {unquote(urlsplit(path).path) for _method, path in requests}
    assert not {p for p in fetched if p.startswith(("/tags/", "/static/", "/private/"))}


def test_wordpress_replica_articles_found_and_nothing_else_stored(wp_crawl) -> None:
    server, db, result, _requests = wp_crawl
    check_run(result)
    expected = server.site.expected
    assert len(expected) >= 50
    rows = stored(db)
    found = len(set(rows) & set(expected)) / len(expected)
    print(f"\ngeneric spider on the WordPress replica: {found:.1%} of {len(expected)} articles")
    assert found >= MIN_FOUND
    assert set(rows) <= set(expected), set(rows) - set(expected)
    non_articles = {server.site.url(path) for path in server.site.not_articles}
    assert not set(rows) & non_articles
    assert {row["site"] for row in rows.values()} == {"127.0.0.1"}


def test_wordpress_records_have_title_date_tags_and_no_comments(wp_crawl) -> None:
    server, db, _result, _requests = wp_crawl
    expected = server.site.expected
    rows = stored(db)
    exact = 0
    for url, row in rows.items():
        want = expected[url]
        assert (row["title"], row["published"]) == (want["title"], want["published"]), url
        assert row["tags"] == want["tags"], url
        assert want["body"].split("\n\n")[0] in row["body"], url
        for phrase in (*COMMENT_TEXTS, COMMENT_POLICY, "أضف تعليق"):
            assert phrase not in row["body"], (url, phrase)
        exact += row["body"] == want["body"] and not any(p in row["body"]
                                                         for p in CHROME_PHRASES)
    print(f"\nWordPress bodies exactly the post's paragraphs: {exact} of {len(rows)}")
    assert exact >= 0.9 * len(rows)


def test_wordpress_non_article_pages_are_never_fetched(wp_crawl) -> None:
    server, _db, _result, requests = wp_crawl
    fetched = [unquote(path) for _method, path in requests]
    traps = ("/tag/", "/author/", "/about/", "/contact/", "/privacy-policy/", "/wp-content/",
             "/wp-json/", "?s=", "replytocom=", "share=", "/wp-login.php")
    assert not [p for p in fetched if any(t in p for t in traps)]
    attachments = {unquote(p.attachment) for p in server.site.posts}
    assert not attachments & set(fetched)


def test_wordpress_second_run_fetches_no_article(wp_crawl, tmp_path) -> None:
    server, db, _result, _requests = wp_crawl
    before = len(server.requests)
    result = crawl(server.base_url, db)
    check_run(result)
    again = {unquote(urlsplit(p).path) for _m, p in server.requests[before:]}
    articles = {unquote(urlsplit(url).path) for url in server.site.expected}
    assert again and not again & articles
    assert run_row(db)["articles_new"] == 0
