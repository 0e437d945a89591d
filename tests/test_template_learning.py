"""End to end: site template learning (issue 21). `scrapy crawl news -a site=URL` as a
subprocess against tests/templates/site.py served on 127.0.0.1, whose every article page
carries unmarked boilerplate (a rotating most-read list before the text, a newsletter box,
a comment policy and a follow line after it, all plain <p>s of the article's own block)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from archive.title_affixes import SEEN, TITLE_MIN_TITLES
from extraction.evaluate import score_text
from extraction.site_template import line_key
from tests.replica import ReplicaServer
from tests.templates.site import SHARED, SHARED_BY, SITE_NAME, TemplateSite, headline_pages
from tests.test_generic_e2e import ROOT, check_run, crawl, run_row, stored

MIN_F1 = 0.95


@pytest.fixture(scope="module")
def server():
    with ReplicaServer(site_factory=TemplateSite) as served:
        yield served


@pytest.fixture(scope="module")
def learned(server, tmp_path_factory):
    db = tmp_path_factory.mktemp("template-learned") / "archive.db"
    return db, crawl(server.base_url, db)


@pytest.fixture(scope="module")
def unlearned(server, tmp_path_factory):
    db = tmp_path_factory.mktemp("template-off") / "archive.db"
    return db, crawl(server.base_url, db, "-s", "TEMPLATE_LEARNING=False")


def figures(server, db: Path, label: str) -> tuple[list[float], int, dict[str, dict]]:
    """Per-article F1 against the truth, boilerplate lines left in bodies, and the rows."""
    rows = stored(db)
    expected = server.site.expected
    assert set(rows) == set(expected), set(expected) ^ set(rows)
    f1 = [score_text(rows[url]["body"], want["body"]).f1 for url, want in expected.items()]
    left = sum(line in rows[url]["body"] for url, lines in server.site.boilerplate.items()
               for line in lines)
    print(f"\n{label}: {len(rows)} articles, F1 min {min(f1):.3f} mean "
          f"{statistics.mean(f1):.3f}, boilerplate lines left {left}")
    return f1, left, rows


def template_rows(db: Path) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM site_template_blocks")]
    finally:
        conn.close()


def counters(db: Path) -> dict[str, int]:
    return json.loads(run_row(db)["template"])


def test_the_served_site_shows_every_headline_on_five_pages(server) -> None:
    assert set(headline_pages(server.site).values()) == {5}


def test_every_article_clean_when_learning(server, learned) -> None:
    db, result = learned
    check_run(result)
    f1, left, rows = figures(server, db, "template learning on")
    assert min(f1) >= MIN_F1
    assert left == 0
    for n in SHARED_BY:  # a real paragraph two articles share stays in both
        url = server.site.url(server.site.stories[n].path)
        assert SHARED in rows[url]["body"], url
    for url, row in rows.items():  # exactly the story, as published
        assert row["body"] == server.site.expected[url]["body"], url


def test_only_boilerplate_became_template(server, learned) -> None:
    db, _result = learned
    lines = {line for shown in server.site.boilerplate.values() for line in shown}
    rows = template_rows(db)
    template = [r for r in rows if r["articles"] >= 3]
    assert len(template) >= 18 + 2  # every headline, both newsletter boxes
    assert {r["sample"] for r in template} <= lines
    shared = [r for r in rows if r["key"] == line_key(SHARED)]
    assert [(r["articles"], r["pages"]) for r in shared] == [(2, 2)]


def test_counted_in_stats_log_and_run_row(server, learned) -> None:
    db, result = learned
    found = counters(db)
    assert found["learned"] == found["keys"] == len([r for r in template_rows(db)
                                                    if r["articles"] >= 3])
    assert found["loaded"] == 0 and found["would_empty"] == 0
    assert found["removed_lines"] > 0 and found["pages_cleaned"] > 0
    assert found["recleaned"] > 0 and found["recleaned_lines"] > 0
    assert f"'template/removed_lines': {found['removed_lines']}" in result.stderr
    assert (f"Site template of 127.0.0.1: {found['keys']} lines and "
            f"{found['title_affixes']} title affixes (0 loaded") in result.stderr


def test_learning_off_keeps_the_boilerplate(server, unlearned) -> None:
    db, result = unlearned
    check_run(result)
    f1, left, rows = figures(server, db, "template learning off")
    assert statistics.mean(f1) < 0.9
    assert left >= len(server.site.expected) * 5  # at least the most-read lists
    assert run_row(db)["template"] is None
    assert template_rows(db) == [] and affix_rows(db) == []
    # No generic rule takes the site's name off these titles.
    assert all(row["title"] == f"{SITE_NAME} | {server.site.expected[url]['title']}"
               for url, row in rows.items())


def affix_rows(db: Path) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM site_title_affixes")]
    finally:
        conn.close()


def test_the_site_name_is_learned_off_every_title(server, learned) -> None:
    db, _result = learned
    rows = stored(db)
    assert {url: row["title"] for url, row in rows.items()} == {
        url: want["title"] for url, want in server.site.expected.items()}
    n = len(server.site.expected)
    found = counters(db)
    assert found["title_affixes"] == 1
    # The pages extracted before TITLE_MIN_TITLES titles were counted (at least those) keep
    # the name until the end of the run trims it; every later page loses it on extraction.
    assert found["recleaned_titles"] >= TITLE_MIN_TITLES
    assert found["titles_trimmed"] == n - found["recleaned_titles"] > 0
    seen = {r["key"]: r for r in affix_rows(db)}
    assert seen[SEEN]["pages"] == n
    learned_rows = [r for r in seen.values() if r["key"] != SEEN and r["pages"] >= 0.8 * n]
    assert [(r["affix"], r["position"], r["articles"]) for r in learned_rows] == [
        (SITE_NAME, "prefix", 3)]
    # Each headline's own last words are a part too, on its one page: never learned.
    assert all(r["pages"] == 1 for r in seen.values() if r not in learned_rows
               and r["key"] != SEEN)


def test_second_crawl_starts_from_the_stored_template(server, learned, tmp_path) -> None:
    db, _result = learned
    copy = tmp_path / "archive.db"
    shutil.copy(db, copy)
    shutil.copytree(db.parent / "warc", tmp_path / "warc")
    # Every article fetched again, extraction in a worker process (the template travels).
    result = crawl(server.base_url, copy, "-s", "ARCHIVE_INCREMENTAL=False",
                   "-s", "ARCHIVE_EXTRACT_WORKERS=1")
    check_run(result)
    run = run_row(copy)
    assert (run["articles_new"], run["articles_updated"], run["articles_unchanged"]) == (
        0, 0, len(server.site.expected))
    found = counters(copy)
    assert found["loaded"] == found["keys"] == counters(db)["keys"]
    assert found["learned"] == found["recleaned"] == 0
    assert found["removed_lines"] == counters(db)["removed_lines"] + counters(db)[
        "recleaned_lines"]
    f1, left, _rows = figures(server, copy, "second crawl")
    assert min(f1) >= MIN_F1 and left == 0


def reextract(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", "reextract", "--db", str(db),
                           "--workers", "2", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)


def test_reextract_keeps_the_bodies_clean(server, learned, tmp_path) -> None:
    db, _result = learned
    copy = tmp_path / "archive.db"
    shutil.copy(db, copy)
    shutil.copytree(db.parent / "warc", tmp_path / "warc")
    result = reextract(copy)
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"changed 0, unchanged {len(server.site.expected)}, failed 0" in result.stdout
    f1, left, _rows = figures(server, copy, "after reextract")
    assert min(f1) >= MIN_F1 and left == 0


def test_reextract_applies_the_stored_template(server, learned, unlearned, tmp_path) -> None:
    """An archive crawled without learning, given the learned template: reextract cleans it
    (and keeps the earlier text as a version, as it does for any extraction change)."""
    db, _result = unlearned
    copy = tmp_path / "archive.db"
    shutil.copy(db, copy)
    shutil.copytree(db.parent / "warc", tmp_path / "warc")
    conn = sqlite3.connect(copy)
    with conn:
        for table, rows in (("site_template_blocks", template_rows(learned[0])),
                            ("site_title_affixes", affix_rows(learned[0]))):
            conn.executemany(f"INSERT INTO {table} ({', '.join(rows[0])}) VALUES "
                             f"({', '.join('?' for _ in rows[0])})",
                             [tuple(r.values()) for r in rows])
    conn.close()
    assert "changed 0" in reextract(copy, "--no-templates").stdout
    result = reextract(copy)
    n = len(server.site.expected)
    assert f"changed {n}, unchanged 0, failed 0" in result.stdout, result.stderr[-2000:]
    f1, left, rows = figures(server, copy, "learning off, then reextract with the template")
    assert min(f1) >= MIN_F1 and left == 0
    assert {url: row["title"] for url, row in rows.items()} == {
        url: want["title"] for url, want in server.site.expected.items()}
