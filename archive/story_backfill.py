"""Migration m020: every stored article signed and placed in its story again, in batches,
resumably (a migration killed between batches, or in one, goes on from the last batch done
when the archive is opened again).

Signatures made before m020 hashed each shingle with SHA-1 (datasketch's default); the
shingle hashing of extraction/shingles.py makes them stale, and with them the bands, the
stories and their originals. The first call forgets all of those and rebuilds `story_bands`
without its foreign key (the band rows are an index of `story_signatures`, which keeps its
own; the check of every band row cost more than the row's insert), in the keyed layout of
m022. Then the articles are
placed in id order (the order they were stored in), the last one done kept in
`_m020_progress` in the batch's own transaction. An archive from before m016 gets its
stories here too: m016 only creates the tables.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive.id_batches import article_batches
from archive.stories import ORIGINAL, place_many
from archive.story_keys import KEYED_SQL

PROGRESS = "_m020_progress"
BATCH = 2000
BANDS_SQL = KEYED_SQL.format(name="story_bands")


def _prepare(conn: sqlite3.Connection) -> int:
    """The last article already placed; on the first call, every stale story state gone."""
    started = conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?",
                           [PROGRESS]).fetchone()
    if started:
        return conn.execute(f"SELECT last_article FROM {PROGRESS}").fetchone()[0]
    conn.execute("DROP TABLE IF EXISTS story_bands")
    conn.execute(BANDS_SQL)
    conn.execute("DELETE FROM story_signatures")
    conn.execute("DELETE FROM story_originals")
    conn.execute("UPDATE articles SET story_id = NULL WHERE story_id IS NOT NULL")
    conn.execute("DELETE FROM article_links WHERE kind = ?", [ORIGINAL])
    conn.execute(f"CREATE TABLE {PROGRESS} (id INTEGER PRIMARY KEY, "
                 "last_article INTEGER NOT NULL)")
    conn.execute(f"INSERT INTO {PROGRESS} (id, last_article) VALUES (1, 0)")
    return 0


def _batch_done(last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def place_all(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Place every article (see the module doc); returns the articles placed by this call."""
    batch = batch or BATCH
    conn = db.conn
    with db.atomic():
        last = _prepare(conn)
    done = article_batches(
        db, "SELECT id, body FROM articles WHERE id > ? ORDER BY id LIMIT ?", last, batch,
        lambda rows: place_many(db, [(pk, body or "", True) for pk, body in rows]), PROGRESS,
        _batch_done)
    with db.atomic():
        conn.execute(f"DROP TABLE {PROGRESS}")
    return done
