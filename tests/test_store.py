"""archive.store: upserts keyed by (site, article_id), batched transactions, the run ledger."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from archive.db import open_archive
from archive.known import ArchiveIndex
from archive.schema import MIGRATIONS
from archive.store import close_abandoned_runs, finish_run, save_articles, start_run


def record(article_id: str = "1500001", **changes: object) -> dict:
    base = {
        "url": f"https://arabic.rt.com/news/{article_id}-x/", "site": "rtarabic",
        "article_id": article_id, "title": "عنوان الخبر", "body": "فقرة أولى\n\nفقرة ثانية",
        "status": "ok", "content_hash": "h-" + article_id, "tags": ["روسيا", "قطارات"],
        "related": [{"url": "https://arabic.rt.com/world/1-y/", "title": "خبر", "kind": "related"}],
        "images": [{"url": "https://arabic.rt.com/i.jpg", "caption": "صورة أرشيفية",
                    "credit": None}],
        "published": "2024-01-24T21:15:00+03:00",
    }
    base.update(changes)
    return base


def test_schema_is_created_once_and_reopening_is_idempotent(tmp_path: Path) -> None:
    first = open_archive(tmp_path / "a.db")
    tables = set(first.table_names())
    first.close()
    second = open_archive(tmp_path / "a.db")
    assert set(second.table_names()) == tables >= {
        "articles", "tags", "articles_tags", "article_links", "crawl_runs"}
    assert second.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert second.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    # Every migration recorded exactly once, however often the archive is opened.
    every = [m.name for m in MIGRATIONS.pending(sqlite_utils.Database(memory=True))]
    assert [r[0] for r in second.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")
            ] == every
    assert every[0] == "m001_initial"


def test_new_unchanged_updated(db) -> None:
    assert save_articles(db, [record()], "2024-02-01T00:00:00+00:00") == {"new": 1}
    assert save_articles(db, [record()], "2024-02-02T00:00:00+00:00") == {"unchanged": 1}
    changed = record(title="عنوان معدل", content_hash="h-2", tags=["روسيا"])
    assert save_articles(db, [changed], "2024-02-03T00:00:00+00:00") == {"updated": 1}
    rows = list(db["articles"].rows)
    assert len(rows) == 1
    row = rows[0]
    assert row["first_seen"] == "2024-02-01T00:00:00+00:00"
    assert row["last_seen"] == row["last_changed"] == "2024-02-03T00:00:00+00:00"
    assert row["title"] == "عنوان معدل"
    assert [r["name"] for r in db.query(
        "SELECT t.name FROM tags t JOIN articles_tags a ON a.tags_id = t.id")] == ["روسيا"]


def test_unchanged_refetch_only_touches_last_seen(db) -> None:
    save_articles(db, [record()], "2024-02-01T00:00:00+00:00")
    save_articles(db, [record(title="لا يكتب لأن البصمة نفسها")], "2024-02-05T00:00:00+00:00")
    row = next(db["articles"].rows)
    assert row["title"] == "عنوان الخبر"
    assert row["last_seen"] == "2024-02-05T00:00:00+00:00"
    assert row["last_changed"] == "2024-02-01T00:00:00+00:00"


def test_the_hijri_date_is_stored_as_shown(db) -> None:
    save_articles(db, [record(published="2025-01-12", published_hijri="12 رجب 1446هـ")],
                  "2025-01-12T10:00:00+00:00")
    assert db.execute("SELECT published, published_hijri FROM articles").fetchone() == (
        "2025-01-12", "12 رجب 1446هـ")


def test_an_archive_from_before_the_hijri_field_gets_its_column(tmp_path: Path) -> None:
    old = open_archive(tmp_path / "a.db")
    old.execute("ALTER TABLE articles DROP COLUMN published_hijri")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_published_hijri'")
    old.conn.commit()
    old.close()
    reopened = open_archive(tmp_path / "a.db")
    assert "published_hijri" in reopened["articles"].columns_dict
    reopened.close()


def test_lists_have_one_home_each_in_order(db) -> None:
    save_articles(db, [record(tags=["قطارات", "روسيا", "قطارات"])], "2024-02-01T00:00:00+00:00")
    assert not {"tags", "images", "related"} & set(db["articles"].columns_dict)
    assert db.execute("SELECT t.name FROM articles_tags x JOIN tags t ON t.id = x.tags_id "
                      "ORDER BY x.position").fetchall() == [("قطارات",), ("روسيا",)]
    assert list(db["article_images"].rows) == [
        {"article": 1, "position": 0, "url": "https://arabic.rt.com/i.jpg",
         "caption": "صورة أرشيفية", "credit": None}]
    assert db.execute("SELECT canonical_url FROM articles").fetchone() == (None,)
    links = list(db["article_links_expanded"].rows)
    assert links == [{"article": 1, "position": 0, "url": "https://arabic.rt.com/world/1-y/",
                      "title": "خبر", "kind": "related"}]
    assert list(db["article_links"].rows) == [
        {"article": 1, "position": 0, "kind": "related", "target": 1}]


def test_a_failing_batch_writes_nothing(db) -> None:
    save_articles(db, [record("1")], "2024-02-01T00:00:00+00:00")
    broken = record("3", title=None)  # title is NOT NULL: the whole batch must roll back
    with pytest.raises(sqlite3.IntegrityError):
        save_articles(db, [record("2"), broken], "2024-02-02T00:00:00+00:00")
    assert [r["article_id"] for r in db["articles"].rows] == ["1"]
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_same_article_under_a_new_url_is_one_row(db) -> None:
    save_articles(db, [record()], "2024-02-01T00:00:00+00:00")
    moved = record(url="https://arabic.rt.com/world/1500001-new-slug/")
    assert save_articles(db, [moved], "2024-02-02T00:00:00+00:00") == {"unchanged": 1}
    assert [r["url"] for r in db["articles"].rows] == [moved["url"]]


def test_article_urls_hold_the_urls_an_article_moved_from(db, tmp_path: Path) -> None:
    first, second = "2024-02-01T00:00:00+00:00", "2024-02-02T00:00:00+00:00"
    save_articles(db, [record()], first)
    assert list(db["article_urls"].rows) == []  # its own URL is articles.url
    old_url, new_url = record()["url"], "https://arabic.rt.com/world/1500001-new-slug/"
    save_articles(db, [record(url=new_url, content_hash="h-new")], second)  # moved and edited
    assert list(db["article_urls"].rows) == [{"url": old_url, "article": 1}]
    index = ArchiveIndex(tmp_path / "a.db")
    assert [index.article("rtarabic", None, u).url for u in (old_url, new_url)] == [new_url] * 2
    # Another article takes the old URL over: it is that article's now, in one place.
    save_articles(db, [record("1500002", url=old_url)], second)
    assert list(db["article_urls"].rows) == []
    assert index.article("rtarabic", None, old_url).published == record()["published"]
    assert db.execute("SELECT article_id FROM articles WHERE url = ?", [old_url]).fetchone() == (
        "1500002",)
    save_articles(db, [record(url=old_url + "x")], second)  # the first article moves again
    assert list(db["article_urls"].rows) == [{"url": new_url, "article": 1}]
    index.close()


def test_run_ledger(db) -> None:
    run = start_run(db, "rtarabic", "rtarabic", "2024-02-01T00:00:00+00:00", {"since": None})
    finish_run(db, run, {"finished": "2024-02-01T00:10:00+00:00", "finish_reason": "finished",
                         "articles_new": 3, "status": "ok"})
    row = db["crawl_runs"].get(run)
    assert (row["finish_reason"], row["articles_new"], row["status"]) == ("finished", 3, "ok")
    assert json.loads(row["settings"]) == {"since": None}


def test_abandoned_runs_are_marked_crashed(db) -> None:
    """Under the lock every crawl holds, any spider's unfinished run was killed; a
    distributed crawl's run (recorded by ingest, which takes no lock) stays open."""
    killed = start_run(db, "rtarabic", "rtarabic", "2024-02-01T00:00:00+00:00")
    other = start_run(db, "other", "other", "2024-02-01T00:00:00+00:00")
    distributed = start_run(db, "rtarabic", "rtarabic", "2024-02-01T00:00:00+00:00",
                            settings={"crawl": "rtarabic/1"})
    assert close_abandoned_runs(db, "2024-02-02T00:00:00+00:00") == 2
    assert db["crawl_runs"].get(killed)["finish_reason"] == "crashed"
    assert db["crawl_runs"].get(other)["finish_reason"] == "crashed"
    assert db["crawl_runs"].get(distributed)["finished"] is None


def test_changed_article_keeps_each_previous_state_as_a_version(db) -> None:
    save_articles(db, [record()], "2024-02-01T00:00:00+00:00")
    save_articles(db, [record(body="نص ثان", content_hash="h2")], "2024-02-02T00:00:00+00:00")
    save_articles(db, [record(body="نص ثالث", content_hash="h3")], "2024-02-03T00:00:00+00:00")
    versions = list(db.query("SELECT version, body, content_hash, replaced_at "
                             "FROM article_versions ORDER BY version"))
    assert versions == [
        {"version": 1, "body": "فقرة أولى\n\nفقرة ثانية", "content_hash": "h-1500001",
         "replaced_at": "2024-02-02T00:00:00+00:00"},
        {"version": 2, "body": "نص ثان", "content_hash": "h2",
         "replaced_at": "2024-02-03T00:00:00+00:00"},
    ]
    row = next(db["articles"].rows)
    assert (row["version"], row["body"]) == (3, "نص ثالث")


def test_revisits_touch_last_seen_or_mark_removed(db) -> None:
    save_articles(db, [record()], "2024-02-01T00:00:00+00:00")
    key = {"site": "rtarabic", "article_id": "1500001"}
    counts = save_articles(db, [], "2024-02-02T00:00:00+00:00",
                           revisits=[{**key, "removed": False}])
    assert counts == {"unchanged": 1}
    row = next(db["articles"].rows)
    assert (row["last_seen"], row["last_changed"]) == ("2024-02-02T00:00:00+00:00",
                                                       "2024-02-01T00:00:00+00:00")
    save_articles(db, [], "2024-02-03T00:00:00+00:00", revisits=[{**key, "removed": True}])
    save_articles(db, [], "2024-02-04T00:00:00+00:00", revisits=[{**key, "removed": True}])
    row = next(db["articles"].rows)
    assert row["removed_at"] == "2024-02-03T00:00:00+00:00" and row["body"]
    save_articles(db, [record()], "2024-02-05T00:00:00+00:00")
    assert next(db["articles"].rows)["removed_at"] is None, "it came back"


def test_outcomes_back_off_and_clear_when_the_url_succeeds(db) -> None:
    url = "https://arabic.rt.com/news/1500001-x/"
    bad = {"url": url, "site": "rtarabic", "outcome": "http_500"}
    save_articles(db, [], "2024-02-01T00:00:00+00:00", outcomes=[bad])
    save_articles(db, [], "2024-02-01T02:00:00+00:00", outcomes=[bad])
    row = db["url_outcomes"].get(url)
    assert (row["attempts"], row["first_seen"]) == (2, "2024-02-01T00:00:00+00:00")
    assert row["retry_after"] == "2024-02-01T04:00:00+00:00"  # 1 h, doubled on the 2nd failure
    save_articles(db, [record(url=url)], "2024-02-01T05:00:00+00:00")
    assert db["url_outcomes"].count == 0
