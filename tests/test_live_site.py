"""End to end on the replica as the live site is (tests/replica/live.py, ANATOMY.md "Evidence
from the real site"): yearly sitemaps read by the crawl's clock, URL forms, page chrome,
sitemap entries that are no articles, old 404s."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.replica import ReplicaServer
from tests.replica.live import NOT_ARTICLE_LINKS, NOW, OLD_404, LiveReplicaSite
from tests.test_e2e import COMPARED, NEVER_IN_BODY, article_rows, crawl, norm_path, rows

LIVE = ["-a", "mirrors=localhost", "-s", f"ARCHIVE_NOW={NOW}",
        "-s", "TWISTED_DNS_RESOLVER=tests.replica.offline_dns.LoopbackOnlyResolver"]
# "مباشر" alone is chrome (the live-TV link); "مباشرة" in a sentence is text.
CHROME = ("أين يمكنك متابعتنا", "أقسام مهمة", "RT STORIES", "#اسأل_أكثر",
          "32 خبر", "ملفات تعريف الارتباط")


def stat(stderr: str, key: str) -> int:
    """A counter of the crawl's final stats dump (0 when absent)."""
    found = re.search(rf"'{re.escape(key)}': (\d+)", stderr)
    return int(found.group(1)) if found else 0


def paths(server: ReplicaServer) -> list[str]:
    return [norm_path(p) for _m, p in server.requests]


def last_run(db: Path) -> dict:
    return rows(db, "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]


@pytest.fixture(scope="module")
def server():
    with ReplicaServer(n_articles=60, site_factory=partial(LiveReplicaSite)) as replica:
        yield replica


@pytest.fixture(scope="module")
def first(server, tmp_path_factory):
    db = tmp_path_factory.mktemp("live") / "archive.db"
    result, _seconds = crawl(server.base_url, db, *LIVE)
    return db, result, paths(server)


def test_every_article_of_the_live_site_is_stored_once_and_right(first, server) -> None:
    db, result, fetched = first
    assert result.returncode == 0, result.stderr[-3000:]
    stored = article_rows(db)
    assert sorted(stored) == sorted(server.site.expected)
    for article_id, want in server.site.expected.items():
        for name in COMPARED:
            assert stored[article_id][name] == want[name], (article_id, name)
    live = [a for a, s in server.site.articles.items() if s.layout == "live"]
    assert len(live) == 9 and {stored[a]["section"] for a in live} >= {
        "press", "russia", "society", "space", "features", "funny", "info", "science"}
    article_paths = [p for p in fetched if p in {norm_path(urlsplit(w["url"]).path)
                                                 for w in server.site.expected.values()}]
    assert len(article_paths) == len(set(article_paths)) == len(server.site.expected)


def test_mirror_amp_and_tracked_links_are_one_article_fetched_by_its_own_url(first,
                                                                            server) -> None:
    db, _result, fetched = first
    sitemap = server.site.routes["/sitemap_2024_2.xml"].body.decode()
    assert server.site.mirror_url + "/" in sitemap, "the sitemap names mirror-host URLs"
    assert "utm_source=rss" in server.site.routes["/rss/"].body.decode()
    assert any(p.endswith("/amp") for p in re.findall(r'href="([^"]+)"', server.site.routes[
        "/press/"].body.decode())), "a listing links an AMP twin"
    assert not [p for p in fetched if p.endswith("/amp") or "utm_" in p]
    urls = [r["url"] for r in rows(db, "SELECT url FROM articles")]
    assert all(u.startswith(server.base_url) and "utm_" not in u for u in urls)
    assert len(rows(db, "SELECT DISTINCT article_id FROM articles")) == len(urls)
    old = server.site.expected["1380500"]
    assert urlsplit(old["url"]).path == "/news/1380500", "the id alone is an article URL"


def test_live_page_chrome_never_reaches_a_body(first, server) -> None:
    db, *_ = first
    for row in rows(db, "SELECT article_id, body FROM articles"):
        for phrase in CHROME + NEVER_IN_BODY:
            assert phrase not in row["body"], (row["article_id"], phrase)
        assert "مباشر" not in row["body"].split("\n\n"), row["article_id"]
    for article_id, spec in server.site.articles.items():
        if spec.layout == "live":
            body = article_rows(db)[article_id]["body"]
            assert body.count(spec.lead.rstrip(".")) == 1, article_id


def test_sitemap_entries_that_are_no_articles_are_counted_by_kind_never_fetched(first,
                                                                               server) -> None:
    _db, result, fetched = first
    never = {norm_path(p) for p, _kind, _file in NOT_ARTICLE_LINKS}
    assert not never & set(fetched)
    for kind, count in server.site.not_article_counts.items():
        assert stat(result.stderr, f"discovery/not_article/{kind}") == count, kind
    assert set(server.site.not_article_counts) == {
        "prg", "photolines", "docfilms", "persons", "voting", "videoclub", "rtonline", "tags"}


def test_old_404s_of_the_sitemaps_are_counted_once(first, server) -> None:
    db, *_ = first
    failed = rows(db, "SELECT failed_by_reason FROM crawl_runs")[0]["failed_by_reason"]
    assert '"http_404": 3' in failed  # the two old URLs and the replica's deleted story


def test_next_run_the_same_day_reads_the_current_year_and_finds_what_was_added(first,
                                                                                 server) -> None:
    db, *_ = first
    added = server.site.add_article()
    server.requests.clear()
    server.hits.clear()
    result, _seconds = crawl(server.base_url, db, *LIVE)
    assert result.returncode == 0, result.stderr[-3000:]
    read = paths(server)
    assert "/sitemap_2023.xml" not in read, "an older year whose lastmod did not move"
    assert {"/sitemap_2024.xml", "/sitemap_2024_2.xml"} <= set(read)
    asked = {unquote(urlsplit(h.path).path): h.headers for h in server.hits}
    for path in ("/sitemap_2024.xml", "/sitemap_2024_2.xml"):
        assert "If-None-Match" in asked[path] or "If-Modified-Since" in asked[path], path
    assert stat(result.stderr, "discovery/not_modified/sitemap") == 1, "2024 unchanged: 304"
    stored = article_rows(db)
    assert added in stored and last_run(db)["articles_new"] == 1
    for name in COMPARED:
        assert stored[added][name] == server.site.expected[added][name], name
    assert [p for p in read if p.startswith("/science/1")] == [
        norm_path(urlsplit(server.site.expected[added]["url"]).path)]


def test_an_unchanged_current_sitemap_costs_a_304(first, server) -> None:
    db, *_ = first
    server.requests.clear()
    result, _seconds = crawl(server.base_url, db, *LIVE)
    assert result.returncode == 0, result.stderr[-3000:]
    assert stat(result.stderr, "discovery/current_sitemap") == 2
    assert stat(result.stderr, "discovery/not_modified/sitemap") == 2
    assert last_run(db)["articles_new"] == 0


def test_old_404s_are_not_fetched_again_when_their_sitemap_is_read_again(first, server) -> None:
    db, *_ = first
    old = next(a for a, s in server.site.articles.items() if s.old and "sitemap" in s.sources
               and s.layout != "live")
    server.site.edit_article(old, "فقرة أضيفت إلى خبر قديم بعد نشره.")
    server.requests.clear()
    result, _seconds = crawl(server.base_url, db, *LIVE)
    assert result.returncode == 0, result.stderr[-3000:]
    read = paths(server)
    assert "/sitemap_2023.xml" in read, "its lastmod moved: read again"
    assert not {norm_path(b.path) for b in OLD_404} & set(read)
    assert stat(result.stderr, "incremental/waiting/http_404") >= len(OLD_404)
    assert "http_404" not in (last_run(db)["failed_by_reason"] or "")
