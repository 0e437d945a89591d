"""End to end: the RT replica and an aggregator that republishes some of its stories
(tests/replica/aggregator.py) crawled into one archive by `scrapy crawl news -a site=...` and
`scrapy crawl rtarabic -a base_url=...` (subprocesses, servers on 127.0.0.1): every copy is
in its story with the RT original, the RT row is the original, nothing else is merged."""

from __future__ import annotations

import functools
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive import urls
from tests.replica import ReplicaServer
from tests.replica.aggregator import AggregatorSite

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1", "-s", "LOG_LEVEL=INFO"]


def scrapy(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", *args,
                           "-s", f"ARCHIVE_DB={db}", *FAST], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=300)


def rows(db: Path, sql: str, params: tuple = ()) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The aggregator crawled first (RT's page unknown yet), then RT."""
    db = tmp_path_factory.mktemp("stories") / "archive.db"
    with ReplicaServer(n_articles=60) as rt:
        factory = functools.partial(AggregatorSite, rt_base_url=rt.base_url)
        with ReplicaServer(n_articles=60, site_factory=factory) as agg:
            first = scrapy(db, "news", "-a", f"site={agg.base_url}")
            assert first.returncode == 0, first.stderr[-3000:]
            before = rows(db, "SELECT url, story_id FROM articles")
            second = scrapy(db, "rtarabic", "-a", f"base_url={rt.base_url}")
            assert second.returncode == 0, second.stderr[-3000:]
            yield db, agg.site, before


def _by_url(db: Path) -> dict[str, dict]:
    return {r["url"]: r for r in rows(db, "SELECT * FROM articles")}


def test_every_copy_is_in_the_story_of_its_rt_original(archive) -> None:
    db, site, _before = archive
    stored = _by_url(db)
    assert set(site.copies) | site.not_copies <= set(stored)
    for url, article_id in site.copies.items():
        rt_row = stored[site.rt_url(article_id)]
        assert rt_row["site"] == "rtarabic"
        assert stored[url]["story_id"] is not None, url
        assert stored[url]["story_id"] == rt_row["story_id"], url


def test_the_rt_row_is_the_original_and_copies_link_to_it(archive) -> None:
    db, site, _before = archive
    stored = _by_url(db)
    for url, article_id in site.copies.items():
        rt_row = stored[site.rt_url(article_id)]
        original = rows(db, "SELECT article FROM story_originals WHERE story = ?",
                        (rt_row["story_id"],))
        assert original == [{"article": rt_row["id"]}], url
        links = rows(db, "SELECT url FROM article_links_expanded WHERE article = ? AND "
                     "kind = 'original'", (stored[url]["id"],))
        # Stored as every link is (an IRI, archive/urls.py): the RT row's URL as fetched.
        assert [urls.original(link["url"]) for link in links] == [rt_row["url"]]
        assert rows(db, "SELECT count(*) AS n FROM article_links WHERE article = ? AND "
                    "kind = 'original'", (rt_row["id"],)) == [{"n": 0}]
    # Copies keep their own source line as published.
    sources = {stored[u]["source"] for u, _ in site.copies.items()}
    assert "RT" in sources


def test_unrelated_and_same_event_stories_are_alone(archive) -> None:
    db, site, _before = archive
    stored = _by_url(db)
    for url in site.not_copies:
        assert stored[url]["story_id"] is None, url
    copied = {site.rt_url(aid) for aid in site.copies.values()}
    for url, row in stored.items():
        if row["site"] == "rtarabic" and url not in copied:
            assert row["story_id"] is None, url
    assert any(p.same_event_as for p in site.posts)


def test_stories_view_lists_each_story_with_its_original(archive) -> None:
    db, site, _before = archive
    stories = rows(db, "SELECT * FROM stories ORDER BY story")
    assert len(stories) == len(site.copies)
    for story in stories:
        assert story["copies"] == 2
        assert set(story["sites"].split(",")) == {"rtarabic", "127.0.0.1"}
        assert story["original_site"] == "rtarabic"
        assert story["first_published_utc"]


def test_before_rt_was_crawled_copies_were_alone(archive) -> None:
    _db, _site, before = archive
    assert before and all(r["story_id"] is None for r in before)


def test_the_cli_prints_the_largest_stories(archive) -> None:
    db, _site, _before = archive
    result = subprocess.run([sys.executable, "-m", "archive", "stories", "--db", str(db),
                             "--limit", "3"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("story ") == 3
    assert "original: rtarabic" in result.stdout
