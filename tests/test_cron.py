"""`python -m archive crawl` as cron runs it: locked, incremental, revisits, crash-safe, honest
exit codes. Every test crawls the replica site on 127.0.0.1 in a subprocess."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.crawls import assert_complete, query, wait_for
from tests.replica import ReplicaServer
from tests.replica.content import FEED, LISTING
from tests.replica.site import Route

ROOT = Path(__file__).resolve().parent.parent
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1")
# A slow, one-at-a-time crawl: long enough to be caught mid-way.
SLOW = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "RETRY_TIMES=1")
EVERYTHING_RECENT = ("-s", "REVISIT_HOURS=100000")


def command(base_url: str, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "archive", "crawl", "rtarabic", "--db", str(db),
            "-a", f"base_url={base_url}", "--logfile", str(db) + ".log", *extra]


def run(base_url: str, db: Path, *extra: str, fast: bool = True) -> subprocess.CompletedProcess:
    args = command(base_url, db, *(FAST if fast else ()), *extra)
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def start(base_url: str, db: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(command(base_url, db, *SLOW, *extra), cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def last_run(db: Path) -> dict:
    return query(db, "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]


def article_fetches(server: ReplicaServer) -> list[str]:
    paths = {unquote(urlsplit(a["url"]).path) for a in server.site.expected.values()}
    paths |= {unquote(p) for p in server.site.not_articles}
    return [p for p in (unquote(urlsplit(p).path) for _m, p in server.requests) if p in paths]


def assert_whole(db: Path, server: ReplicaServer) -> None:
    """Whatever is stored is whole (a subset of the site, each article with its relations)."""
    assert query(db, "PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    for row in query(db, "SELECT * FROM articles"):
        want = server.site.expected[row["article_id"]]
        assert row["body"] == want["body"]
        links = query(db, "SELECT count(*) AS n FROM article_links WHERE article = ?",
                      (row["id"],))
        assert links[0]["n"] == len(want["related"])


@pytest.fixture
def server():
    with ReplicaServer(n_articles=60) as replica:
        yield replica


def test_healthy_run_then_nothing_to_fetch(server, tmp_path) -> None:
    db = tmp_path / "a.db"
    first = run(server.base_url, db)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "OK (finished" in first.stdout and "60 new" in first.stdout
    row = last_run(db)
    assert (row["status"], row["articles_new"], row["problems"]) == ("ok", 60, "[]")
    assert json.loads(row["discovered_by_source"]).keys() == {"rss", "sitemap", "listing"}
    assert row["duration_s"] > 0 and row["requests"] >= row["pages_fetched"] > 60
    server.requests.clear()
    second = run(server.base_url, db)
    assert second.returncode == 0, second.stdout + second.stderr
    assert article_fetches(server) == []
    read = {unquote(urlsplit(p).path) for _m, p in server.requests}
    assert {"/rss/", "/news/", "/sitemap.xml"} <= read, "feeds, listings, index always read"
    assert not {"/sitemaps/articles-1.xml", "/sitemaps/articles-2.xml.gz"} & read, \
        "sub-sitemaps unchanged since the last complete run are not read again"
    row = last_run(db)
    assert row["articles_new"] == row["articles_updated"] == 0
    assert row["articles_known"] == 0, "feeds and listings answered 304: nothing to check"
    assert_complete(db, server)


def discovery_hits(server: ReplicaServer) -> dict[str, bool]:
    """Discovery page path -> whether its request was conditional (If-None-Match sent)."""
    articles = set(article_fetches(server))
    return {path: "If-None-Match" in hit.headers for hit in server.hits
            if (path := unquote(urlsplit(hit.path).path)) not in articles}


def test_unchanged_discovery_pages_answer_304_and_changed_ones_are_read(server, tmp_path):
    db = tmp_path / "a.db"
    assert run(server.base_url, db).returncode == 0
    changed = "/rss/news/"
    page = server.site.lookup(changed)
    server.override = lambda path: Route(200, page.headers, page.body + b"\n") \
        if unquote(urlsplit(path).path) == changed else None
    server.hits.clear()
    server.requests.clear()
    result = run(server.base_url, db)
    assert result.returncode == 0, result.stdout + result.stderr
    hits = discovery_hits(server)
    assert not hits.pop("/robots.txt") and not hits.pop("/sitemap.xml"), \
        "robots.txt and the sitemap index are always read whole: they name what changed"
    assert {"/rss/", changed, "/news/"} <= hits.keys()
    assert all(hits.values()), "every feed and listing a full run read is asked conditionally"
    row = last_run(db)
    assert row["status"] == "ok" and article_fetches(server) == []
    listed = page.body.count(b"<item>")
    assert 0 < row["articles_known"] <= listed, "only the changed feed's items were checked"
    stored = query(db, "SELECT url, kind, etag FROM discovery_pages")
    assert {r["kind"] for r in stored} == {"rss", "listing", "urlset"}  # never an index
    assert all(r["etag"] for r in stored)


def test_due_retries_are_fetched_though_every_page_answers_304(server, tmp_path) -> None:
    db = tmp_path / "a.db"
    assert run(server.base_url, db).returncode == 0
    failed = query(db, "SELECT url FROM url_outcomes WHERE outcome = 'http_500'")
    assert len(failed) == 1
    server.requests.clear()
    assert run(server.base_url, db).returncode == 0
    assert article_fetches(server) == [], "not due yet"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE url_outcomes SET retry_after = '2000-01-01T00:00:00+00:00' "
                     "WHERE outcome = 'http_500'")
    server.requests.clear()
    server.hits.clear()
    assert run(server.base_url, db).returncode == 0
    assert article_fetches(server) == [unquote(urlsplit(failed[0]["url"]).path)] * 2, \
        "fetched (and retried once, RETRY_TIMES=1) from the archive's list of due URLs"
    assert all(discovery_hits(server)[p] for p in ("/rss/", "/news/"))
    attempts = query(db, "SELECT attempts FROM url_outcomes WHERE outcome = 'http_500'")
    assert attempts[0]["attempts"] == 2


def test_a_run_limited_by_since_leaves_nothing_for_the_next_run_to_skip(server, tmp_path):
    db = tmp_path / "a.db"
    partial = run(server.base_url, db, "-a", "since=2100-01-01")
    assert partial.returncode in (0, 1), partial.stdout + partial.stderr
    stored = query(db, "SELECT count(*) AS n FROM articles")[0]["n"]
    assert stored < 60, "dated entries (sitemaps, feeds) were skipped; listings have no dates"
    server.hits.clear()
    server.requests.clear()
    assert run(server.base_url, db).returncode == 0
    hits = discovery_hits(server)
    assert not any(hits.values()), "validators of a `since` run are not relied on"
    assert "/sitemaps/articles-1.xml" in hits, "nor is its time for skipping sub-sitemaps"
    assert_complete(db, server)


def test_revisit_records_one_version_for_an_edited_article(server, tmp_path) -> None:
    db = tmp_path / "a.db"
    assert run(server.base_url, db).returncode == 0
    edited = sorted(server.site.expected)[-1]
    old = query(db, "SELECT * FROM articles WHERE article_id = ?", (edited,))[0]
    before = {r["article_id"]: r for r in query(db, "SELECT * FROM articles")}
    server.site.edit_article(edited, "وأضافت المصادر أن المفاوضات ستستأنف مطلع الشهر المقبل "
                                     "بمشاركة ممثلين عن الأطراف المعنية كافة.")
    server.requests.clear()
    result = run(server.base_url, db, *EVERYTHING_RECENT)
    assert result.returncode == 0, result.stdout + result.stderr
    row = last_run(db)
    assert row["articles_updated"] == 1
    assert row["articles_revisited"] == row["articles_updated"] + row["articles_unchanged"] >= 40
    versions = query(db, "SELECT * FROM article_versions")
    assert len(versions) == 1
    assert (versions[0]["version"], versions[0]["body"]) == (1, old["body"])
    assert versions[0]["content_hash"] == old["content_hash"]
    now = query(db, "SELECT * FROM articles WHERE article_id = ?", (edited,))[0]
    assert now["version"] == 2 and now["body"] == server.site.expected[edited]["body"]
    assert now["first_seen"] == old["first_seen"]
    for article_id, was in before.items():
        if article_id != edited:
            after = query(db, "SELECT * FROM articles WHERE article_id = ?", (article_id,))[0]
            assert after["last_changed"] == was["last_changed"]
            assert after["body"] == was["body"] and after["version"] == 1
    assert_complete(db, server)


def test_unchanged_revisit_is_a_conditional_request(server, tmp_path) -> None:
    db = tmp_path / "a.db"
    assert run(server.base_url, db).returncode == 0
    result = run(server.base_url, db, *EVERYTHING_RECENT, "--loglevel", "DEBUG")
    assert result.returncode == 0
    log = Path(str(db) + ".log").read_text(encoding="utf-8")
    assert re.search(r"\(304\) <GET http://127\.0\.0\.1:\d+/", log)
    row = last_run(db)
    assert row["articles_unchanged"] == row["articles_revisited"] >= 40
    assert row["articles_updated"] == 0
    assert query(db, "SELECT count(*) AS n FROM article_versions")[0]["n"] == 0


def test_removed_article_gets_removed_at_and_stays(server, tmp_path) -> None:
    db = tmp_path / "a.db"
    assert run(server.base_url, db).returncode == 0
    # A page read from a feed or listing: sitemaps unchanged since the last run are not re-read.
    gone = next(aid for aid in sorted(server.site.expected, reverse=True)
                if server.site.discovery[aid] & {FEED, LISTING})
    server.site.remove_article(gone)
    result = run(server.base_url, db, *EVERYTHING_RECENT)
    assert result.returncode == 0, result.stdout + result.stderr
    row = query(db, "SELECT * FROM articles WHERE article_id = ?", (gone,))[0]
    assert row["removed_at"] is not None and row["body"]
    assert query(db, "SELECT count(*) AS n FROM articles WHERE removed_at IS NOT NULL")[0]["n"] == 1
    assert last_run(db)["articles_removed"] == 1


def test_overlapping_run_exits_75_at_once(tmp_path) -> None:
    db = tmp_path / "a.db"
    with ReplicaServer(n_articles=30, delay=0.05) as slow:
        first = start(slow.base_url, db)
        try:
            wait_for(lambda: len(slow.requests) >= 5)
            began = time.monotonic()
            second = run(slow.base_url, db)
            assert second.returncode == 75
            assert time.monotonic() - began < 30
            assert second.stderr.count("\n") == 1 and "another run" in second.stderr
            assert first.poll() is None, "the first run goes on"
        finally:
            out, err = first.communicate(timeout=300)
        assert first.returncode == 0, out + err
    assert len(query(db, "SELECT * FROM crawl_runs")) == 1


def test_kill_9_mid_crawl_then_rerun_completes(tmp_path) -> None:
    db = tmp_path / "a.db"
    with ReplicaServer(n_articles=60, delay=0.03) as slow:
        victim = start(slow.base_url, db, "-s", "ARCHIVE_BATCH_SIZE=3")
        wait_for(lambda: db.exists() and query(db, "SELECT count(*) AS n FROM sqlite_master "
                                                   "WHERE name = 'articles'")[0]["n"] and
                 query(db, "SELECT count(*) AS n FROM articles")[0]["n"] >= 10)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        partial = query(db, "SELECT count(*) AS n FROM articles")[0]["n"]
        assert 10 <= partial < 60
        assert_whole(db, slow)
        slow.delay = 0
        rerun = run(slow.base_url, db)
        assert rerun.returncode == 0, rerun.stdout + rerun.stderr
        assert_complete(db, slow)
    runs = query(db, "SELECT * FROM crawl_runs ORDER BY id")
    assert [(r["finish_reason"], r["status"]) for r in runs] == [("crashed", "failed"),
                                                                  ("finished", "ok")]


def test_sigterm_flushes_pending_writes_and_records_interrupted(tmp_path) -> None:
    db = tmp_path / "a.db"
    with ReplicaServer(n_articles=60, delay=0.03) as slow:
        victim = start(slow.base_url, db, "-s", "ARCHIVE_BATCH_SIZE=1000")
        wait_for(lambda: len(article_fetches(slow)) >= 15)
        victim.send_signal(signal.SIGTERM)
        out, err = victim.communicate(timeout=120)
        assert victim.returncode == 1, out + err
        row = last_run(db)
        assert (row["finish_reason"], row["status"]) == ("shutdown", "interrupted")
        stored = query(db, "SELECT count(*) AS n FROM articles")[0]["n"]
        assert stored >= 10, "articles held in the unwritten batch were flushed"
        assert row["articles_new"] == stored
        assert_whole(db, slow)


def test_jobdir_resume_completes_the_crawl(tmp_path) -> None:
    db, jobdir = tmp_path / "a.db", tmp_path / "job"
    with ReplicaServer(n_articles=60, delay=0.03) as slow:
        first = start(slow.base_url, db, "-s", f"JOBDIR={jobdir}")
        wait_for(lambda: len(article_fetches(slow)) >= 15)
        first.send_signal(signal.SIGINT)
        first.communicate(timeout=120)
        assert (jobdir / "requests.seen").exists()
        interrupted = query(db, "SELECT count(*) AS n FROM articles")[0]["n"]
        assert interrupted < 60
        slow.delay = 0
        slow.requests.clear()
        resumed = run(slow.base_url, db, "-s", f"JOBDIR={jobdir}")
        assert resumed.returncode == 0, resumed.stdout + resumed.stderr
        assert_complete(db, slow)
        articles = {unquote(urlsplit(a["url"]).path) for a in slow.site.expected.values()}
        fetched = [p for p in article_fetches(slow) if p in articles]  # 500s are retried
        assert len(fetched) == len(set(fetched)), "the resumed run fetched an article twice"


def bad_site(server: ReplicaServer, route: Callable[[Route], Route]) -> None:
    """From now on every article page answers `route(original)` instead."""
    articles = {unquote(urlsplit(a["url"]).path) for a in server.site.expected.values()}

    def override(path: str) -> Route | None:
        if unquote(urlsplit(path).path) in articles:
            return route(server.site.lookup(path))
        return None

    server.override = override


def test_exit_1_when_the_run_times_out(tmp_path) -> None:
    with ReplicaServer(n_articles=30, delay=0.2) as slow:
        result = run(slow.base_url, tmp_path / "a.db", *SLOW, "-s", "CLOSESPIDER_TIMEOUT=2",
                     fast=False)
    assert result.returncode == 1
    assert "finish reason closespider_timeout" in result.stdout


def test_exit_1_when_nothing_is_fetched(tmp_path) -> None:
    with ReplicaServer() as gone:
        base_url = gone.base_url
    result = run(base_url, tmp_path / "a.db", "-s", "RETRY_TIMES=0")
    assert result.returncode == 1
    assert "nothing fetched" in result.stdout


def test_exit_1_when_every_fetch_fails(server, tmp_path) -> None:
    server.override = lambda path: Route(500, {"Content-Type": "text/html"}, b"<h1>error</h1>")
    result = run(server.base_url, tmp_path / "a.db", "-s", "RETRY_TIMES=0")
    assert result.returncode == 1
    assert "every fetch failed" in result.stdout


def test_exit_1_when_errors_pass_the_threshold(server, tmp_path) -> None:
    bad_site(server, lambda page: Route(503, {"Content-Type": "text/html"}, b"<h1>busy</h1>"))
    result = run(server.base_url, tmp_path / "a.db", "-s", "RETRY_TIMES=0")
    assert result.returncode == 1
    assert re.search(r"problem: \d+ errors in \d+ requests", result.stdout)


def test_exit_1_when_the_site_answers_with_challenges(server, tmp_path) -> None:
    challenge = (ROOT / "tests/fixtures/rtarabic/ddos_guard_challenge.html").read_bytes()
    bad_site(server, lambda page: Route(200, {"Content-Type": "text/html"}, challenge))
    result = run(server.base_url, tmp_path / "a.db")
    assert result.returncode == 1
    assert "article pages were challenges" in result.stdout
    assert last_run(tmp_path / "a.db")["articles_blocked"] >= 60


def test_layout_drift_raises_the_alarm(server, tmp_path) -> None:
    def new_markup(page: Route) -> Route:
        if "utf-8" not in page.headers.get("Content-Type", ""):
            return page  # the windows-1256 page keeps its old markup
        html = page.body.decode("utf-8")
        html = re.sub(r'<meta name="(publish-date|category|description)"[^>]*>', "", html)
        html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.S)
        html = re.sub(r'<div class="time-public">.*?</div>', "", html, flags=re.S)
        html = html.replace("news-tags", "topic-links")
        return Route(page.status, page.headers, html.encode("utf-8"))

    bad_site(server, new_markup)
    result = run(server.base_url, tmp_path / "a.db")
    row = last_run(tmp_path / "a.db")
    assert row["drift_alarm"] and "tags" in row["drift_alarm"] and "published" in row["drift_alarm"]
    drift = json.loads(row["drift"])
    assert drift["tags"] > 0.9 and drift["section"] == 0.0  # only the windows-1256 page kept tags
    assert "LAYOUT DRIFT" in result.stdout
    assert "Layout drift?" in Path(str(tmp_path / "a.db") + ".log").read_text(encoding="utf-8")
