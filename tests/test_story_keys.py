"""Migration m022 (archive/story_keys.py): `story_bands` rows of (band, hash, article) become
(key, article) rows, band by band; killed between bands it goes on when the archive is opened
again, and the converted archive finds copies as a fresh one does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive import story_keys
from archive.db import open_archive
from archive.store import save_articles
from tests.test_story_backfill import NOW, RECORDS, STORIES, body, record, stories

M022 = "m022_story_band_keys"
KEYED = "SELECT key, article FROM story_bands ORDER BY 1, 2"


def band_rows(path: Path) -> list[tuple[int, int]]:
    """An archive as m020 left it before m022: its bands as (band, hash, article) rows.
    Returns the keyed rows it had."""
    db = open_archive(path)
    for rec in RECORDS:
        save_articles(db, [rec], NOW)
    keyed = db.execute(KEYED).fetchall()
    with db.atomic():
        db.execute("DROP TABLE story_bands")
        db.execute(story_keys.BAND_ROWS_SQL)
        db.conn.executemany("INSERT INTO story_bands (band, hash, article) VALUES (?, ?, ?)",
                            [(key >> 31, key & (1 << 31) - 1, pk) for key, pk in keyed])
        db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [M022])
    db.close()
    return keyed


def test_band_rows_become_keys_resumably(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.db"
    keyed = band_rows(path)
    assert len(keyed) == 32 * len(RECORDS)
    done: list[int] = []

    def killed_after_three(band: int) -> None:
        done.append(band)
        if len(done) == 3:
            raise KeyboardInterrupt  # killed between two bands

    monkeypatch.setattr(story_keys, "_batch_done", killed_after_three)
    with pytest.raises(KeyboardInterrupt):
        open_archive(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT min(band), count(DISTINCT band) FROM story_bands").fetchone() \
        == (3, 29)
    assert conn.execute(f"SELECT count(*) FROM {story_keys.NEW}").fetchone() == (
        3 * len(RECORDS),)
    assert not conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = ?",
                            [M022]).fetchall()
    conn.close()

    monkeypatch.setattr(story_keys, "_batch_done", done.append)
    db = open_archive(path)
    assert done == list(range(32))  # went on with band 3
    assert db.execute(KEYED).fetchall() == keyed
    assert story_keys.NEW not in db.table_names()
    assert [row[1] for row in db.execute("PRAGMA table_info(story_bands)")] == ["key", "article"]
    assert stories(db) == STORIES
    assert story_keys.convert(db) == 0  # keyed already: nothing to do
    # A copy stored after the conversion finds its story through the converted keys.
    save_articles(db, [record("agg3", "1", body(0, 1, 2, 3, 4, 5, 22))], NOW)
    assert stories(db) == {**{m: o for m, o in STORIES.items() if "agg/1" not in m},
                           frozenset({"agg/1", "rtarabic/1", "agg2/1", "agg3/1"}):
                           "rtarabic/1"}
    db.close()
