"""Migration m022: `story_bands` keyed by one integer per band (the band's number above its
31-bit hash, archive/story_signature.py `band_keys`) instead of (band, hash), so a write
looks up all its bands in one indexed IN list (archive/stories.py); the same rows, the same
bytes on disk.

Converted band by band, each band in its own transaction: its rows are copied into the new
table and deleted from the old one together, so a conversion killed between bands goes on
with the bands the old table still holds when the archive is opened again. The old table
is dropped and the new one takes its name in the last transaction. An archive whose
`story_bands` already has keys (m020 ran after this change: it creates them so) is left as
it is.
"""

from __future__ import annotations

import sqlite_utils

# The layout m016 created and m020 kept until m022.
BAND_ROWS_SQL = ("CREATE TABLE story_bands (band INTEGER NOT NULL, hash INTEGER NOT NULL, "
                 "article INTEGER NOT NULL, PRIMARY KEY (band, hash, article)) WITHOUT ROWID")
KEYED_SQL = ("CREATE TABLE {name} (key INTEGER NOT NULL, article INTEGER NOT NULL, "
             "PRIMARY KEY (key, article)) WITHOUT ROWID")
NEW = "_m022_story_bands"


def _batch_done(band: int) -> None:
    """Called after each committed band with its number (tests interrupt here)."""


def convert(db: sqlite_utils.Database) -> int:
    """Re-key `story_bands` (see the module doc); the bands converted by this call."""
    conn = db.conn
    columns = {row[1] for row in conn.execute("PRAGMA table_info(story_bands)")}
    if "band" not in columns:
        return 0
    with db.atomic():
        conn.execute(KEYED_SQL.format(name=f"IF NOT EXISTS {NEW}"))
    done = 0
    while (band := conn.execute("SELECT band FROM story_bands ORDER BY band, hash, article "
                                "LIMIT 1").fetchone()) is not None:
        with db.atomic():
            conn.execute(f"INSERT OR IGNORE INTO {NEW} (key, article) SELECT "
                         "(band << 31) | hash, article FROM story_bands WHERE band = ?", band)
            conn.execute("DELETE FROM story_bands WHERE band = ?", band)
        done += 1
        _batch_done(band[0])
    with db.atomic():
        conn.execute("DROP TABLE story_bands")
        conn.execute(f"ALTER TABLE {NEW} RENAME TO story_bands")
    return done
