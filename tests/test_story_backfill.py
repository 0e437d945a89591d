"""Migration m020 (archive/story_backfill.py): an archive stored without stories, or with
signatures of the hashing before m020, gets every copy in its story with the right original
when it is opened; killed between batches or inside one, it goes on from the last batch done
and ends as an archive written story by story does."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from archive import story_backfill, urls
from archive.db import open_archive
from archive.schema import MIGRATIONS
from archive.store import REEXTRACTED_FIELDS, save_articles

NOW = "2024-02-01T00:00:00+00:00"
M020 = "m020_story_hashes"
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def paragraph(seed: int) -> str:
    rng = random.Random(1000 + seed)
    return " ".join("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))
                    for _ in range(30)) + "."


def body(*numbers: int) -> str:
    return "\n\n".join(paragraph(n) for n in numbers)


RT_1 = "https://arabic.rt.com/world/1-موسكو/"
RT_2 = "https://arabic.rt.com/world/2-القاهرة/"


def record(site: str, article_id: str, text: str, url: str | None = None,
           **changes: object) -> dict:
    base = {"url": url or f"https://{site}.example/{article_id}/", "site": site,
            "article_id": article_id, "title": "عنوان " + article_id, "body": text,
            "status": "ok", "content_hash": f"h-{site}-{article_id}", "tags": [],
            "images": [], "related": [], "published": "2024-01-24T12:00:00+03:00"}
    return {**dict.fromkeys(REEXTRACTED_FIELDS), **base, **changes}


# Stored in this order: each copy before or after its original, with and without a credit.
RECORDS = [
    record("agg", "1", body(0, 1, 2, 3, 4, 5, 20), source="RT",  # a paragraph added
           published="2024-01-24T10:00:00+03:00"),
    record("other", "1", body(30, 31, 32, 33, 34)),
    record("rtarabic", "1", body(0, 1, 2, 3, 4, 5), url=RT_1),  # later, but credited
    record("agg2", "1", body(0, 1, 2, 3, 4), published="2024-01-24T09:00:00+03:00"),  # cut
    record("rtarabic", "2", body(10, 11, 12, 13), url=RT_2,
           published="2024-01-25T12:00:00+03:00"),
    record("agg", "2", body(10, 11, 12, 13, 21), published="2024-01-25T08:00:00+03:00",
           related=[{"url": RT_2, "title": "القاهرة", "kind": "source"}]),
    record("other", "2", body(40, 41, 42, 43)),
]
STORIES = {frozenset({"agg/1", "rtarabic/1", "agg2/1"}): "rtarabic/1",
           frozenset({"rtarabic/2", "agg/2"}): "rtarabic/2"}


def without_stories(path: Path) -> None:
    """An archive as the code before m016 wrote it: no story tables, JSON list columns."""
    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before="m016_stories")
    with db.atomic():
        for rec in RECORDS:
            row = {k: rec.get(k) for k in db["articles"].columns_dict if k in rec}
            row.update({k: json.dumps(rec[k], ensure_ascii=False)
                        for k in ("tags", "images", "related")})
            row.update(first_seen=NOW, last_seen=NOW, last_changed=NOW, version=1)
            pk = db["articles"].insert(row).last_pk
            db["article_links"].insert_all({"article": pk, "position": i, **link}
                                           for i, link in enumerate(rec["related"]))
            db.execute("INSERT INTO article_urls (url, article) VALUES (?, ?)",
                       [rec["url"], pk])
    db.close()


def stories(db: sqlite_utils.Database) -> dict[frozenset[str], str]:
    """Each story's members (site/article_id) and its original's."""
    name = dict(db.execute("SELECT id, site || '/' || article_id FROM articles").fetchall())
    members: dict[int, set[str]] = {}
    for pk, story in db.execute("SELECT id, story_id FROM articles WHERE story_id IS NOT NULL"):
        members.setdefault(story, set()).add(name[pk])
    originals = dict(db.execute("SELECT story, original FROM stories").fetchall())
    return {frozenset(m): name[originals[story]] for story, m in members.items()}


def original_links(db: sqlite_utils.Database) -> set[tuple[str, str]]:
    """(copy, the URL its `original` link points at, as fetched)."""
    return {(name, urls.original(url)) for name, url in db.execute(
        "SELECT a.site || '/' || a.article_id, l.url FROM article_links_expanded l "
        "JOIN articles a ON a.id = l.article WHERE l.kind = 'original'")}


def applied(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        conn.close()


@pytest.fixture
def fresh(tmp_path: Path) -> sqlite_utils.Database:
    """The same articles written story by story by the current code."""
    db = open_archive(tmp_path / "fresh.db")
    for rec in RECORDS:
        save_articles(db, [rec], NOW)
    assert stories(db) == STORIES
    yield db
    db.close()


def test_an_archive_without_stories_gets_them_when_migrated_even_if_killed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: sqlite_utils.Database) -> None:
    old = tmp_path / "old.db"
    without_stories(old)
    monkeypatch.setattr(story_backfill, "BATCH", 2)
    batches: list[int] = []

    def interrupt(last: int) -> None:
        batches.append(last)
        if len(batches) == 2:
            raise KeyboardInterrupt  # killed between two batches

    monkeypatch.setattr(story_backfill, "_batch_done", interrupt)
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    assert M020 not in applied(old) and "m017_compact_storage" in applied(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT last_article FROM {story_backfill.PROGRESS}").fetchone() == (4,)
    assert conn.execute("SELECT count(*) FROM story_signatures").fetchone() == (4,)
    conn.close()

    # Killed inside the next batch: that batch's placements are rolled back with it.
    placed = story_backfill.place_many

    def dies_on_6(db, articles):
        placed(db, [article for article in articles if article[0] < 6])
        if any(article[0] >= 6 for article in articles):
            raise KeyboardInterrupt

    monkeypatch.setattr(story_backfill, "place_many", dies_on_6)
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT last_article FROM {story_backfill.PROGRESS}").fetchone() == (4,)
    assert conn.execute("SELECT max(article) FROM story_signatures").fetchone() == (4,)
    conn.close()

    monkeypatch.setattr(story_backfill, "place_many", placed)
    monkeypatch.setattr(story_backfill, "_batch_done", batches.append)
    migrated = open_archive(old)
    assert batches == [2, 4, 6, 7]  # went on after the last batch done
    assert M020 in applied(old) and story_backfill.PROGRESS not in migrated.table_names()
    assert stories(migrated) == STORIES == stories(fresh)
    assert original_links(migrated) == original_links(fresh) == {
        ("agg/1", RT_1), ("agg2/1", RT_1), ("agg/2", RT_2)}
    assert (migrated.execute("SELECT count(*) FROM story_bands").fetchone()
            == fresh.execute("SELECT count(*) FROM story_bands").fetchone() == (32 * 7,))
    migrated.close()


OLD_BANDS = ("CREATE TABLE story_bands (band INTEGER NOT NULL, hash INTEGER NOT NULL, "
             "article INTEGER NOT NULL REFERENCES articles(id), "
             "PRIMARY KEY (band, hash, article)) WITHOUT ROWID")


def test_stale_signatures_are_replaced_and_the_stories_placed_again(
        tmp_path: Path, fresh: sqlite_utils.Database) -> None:
    """An archive that ran m016 with the SHA-1 shingle hashing: its signatures, bands and
    stories mean nothing to the new hashing; m020 rebuilds them all."""
    path = tmp_path / "stale.db"
    db = open_archive(path)
    for rec in RECORDS:
        save_articles(db, [rec], NOW)
    rng = random.Random(1)
    with db.atomic():
        db.execute("DROP TABLE story_bands")
        db.execute(OLD_BANDS)
        for pk in range(1, len(RECORDS) + 1):
            db.execute("UPDATE story_signatures SET signature = ? WHERE article = ?",
                       [rng.randbytes(512), pk])
            db.execute("INSERT INTO story_bands VALUES (?, ?, ?)", [0, 7, pk])
        db.execute("UPDATE articles SET story_id = 1")  # one wrong story of everything
        db.execute("DELETE FROM story_originals")
        db.execute("INSERT INTO story_originals VALUES (1, 2)")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [M020])
    db.close()
    again = open_archive(path)
    assert stories(again) == STORIES
    assert original_links(again) == original_links(fresh)
    signatures = "SELECT article, signature FROM story_signatures ORDER BY article"
    assert again.execute(signatures).fetchall() == fresh.execute(signatures).fetchall()
    bands = "SELECT key, article FROM story_bands ORDER BY 1, 2"
    assert again.execute(bands).fetchall() == fresh.execute(bands).fetchall()
    assert again.execute("PRAGMA foreign_key_list(story_bands)").fetchall() == []
    again.close()
