"""Migration m019: the search index rebuilt with its facets column (archive/search_facets.py),
in batches, resumably (a migration killed between batches, or in one, finishes when run again).

The new index is written beside the old one, in article id order; the last article indexed
is kept in `_m019_progress`, in the batch's own transaction. The swap at the end (old index
out, new one renamed in) is one transaction, so searches answer from one whole index
throughout. An archive whose index has the column already (made by m015 or m017 with this
code) is left as it is.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive.search import FTS_TABLE, TEXT_COLUMNS, create_index, index_article
from archive.search_facets import FACET_COLUMN, FACET_FIELDS

PROGRESS = "_m019_progress"
NEW_INDEX = f"{FTS_TABLE}_m019"
BATCH = 2000


def has_facets(conn: sqlite3.Connection, table: str = FTS_TABLE) -> bool:
    return FACET_COLUMN in {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def _prepare(conn: sqlite3.Connection) -> int:
    """The new index and the progress row, created once; returns the last article indexed."""
    if NEW_INDEX not in _tables(conn):
        create_index(conn, NEW_INDEX)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {PROGRESS} (id INTEGER PRIMARY KEY, "
                 "last_article INTEGER NOT NULL)")
    conn.execute(f"INSERT OR IGNORE INTO {PROGRESS} (id, last_article) VALUES (1, 0)")
    return conn.execute(f"SELECT last_article FROM {PROGRESS}").fetchone()[0]


def _batch_done(last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def convert(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Rebuild the index with facets (see the module doc); returns the articles indexed."""
    conn = db.conn
    if has_facets(conn) and NEW_INDEX not in _tables(conn):
        return 0
    with db.atomic():
        last = _prepare(conn)
    fields = (*TEXT_COLUMNS, *FACET_FIELDS)
    done = 0
    while rows := conn.execute(f"SELECT id, {', '.join(fields)} FROM articles WHERE id > ? "
                               "ORDER BY id LIMIT ?", [last, batch or BATCH]).fetchall():
        with db.atomic():
            for pk, *values in rows:
                index_article(conn, pk, dict(zip(fields, values, strict=True)),
                              table=NEW_INDEX)
            last = rows[-1][0]
            conn.execute(f"UPDATE {PROGRESS} SET last_article = ?", [last])
        done += len(rows)
        _batch_done(last)
    with db.atomic():
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        conn.execute(f"ALTER TABLE {NEW_INDEX} RENAME TO {FTS_TABLE}")
        conn.execute(f"DROP TABLE {PROGRESS}")
    return done
