"""The search index rebuilt beside the live one, in batches, resumably (what m019 and m021
run: a migration killed between batches, or in one, finishes when run again).

The new index is written beside the old one, in article id order; the last article indexed
is kept in a progress table, in the batch's own transaction. The swap at the end (old index
out, new one renamed in) is one transaction, so searches answer from one whole index
throughout.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import sqlite_utils

from archive.id_batches import article_batches
from archive.search import FTS_TABLE, TEXT_COLUMNS, create_index, index_article
from archive.search_facets import FACET_FIELDS


def tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def columns(conn: sqlite3.Connection, table: str = FTS_TABLE) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _prepare(conn: sqlite3.Connection, new_index: str, progress: str) -> int:
    """The new index and the progress row, created once; returns the last article indexed."""
    if new_index not in tables(conn):
        create_index(conn, new_index)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {progress} (id INTEGER PRIMARY KEY, "
                 "last_article INTEGER NOT NULL)")
    conn.execute(f"INSERT OR IGNORE INTO {progress} (id, last_article) VALUES (1, 0)")
    return conn.execute(f"SELECT last_article FROM {progress}").fetchone()[0]


def rebuild(db: sqlite_utils.Database, new_index: str, progress: str, batch: int,
            batch_done: Callable[[int], None]) -> int:
    """Index every article into `new_index` (resuming after the last one `progress` holds),
    then swap it in; `batch_done` is called after each committed batch with its last id.
    Returns the articles indexed by this call."""
    conn = db.conn
    with db.atomic():
        last = _prepare(conn, new_index, progress)
    fields = (*TEXT_COLUMNS, *FACET_FIELDS)

    def index(rows: list[Any]) -> None:
        for pk, *values in rows:
            index_article(conn, pk, dict(zip(fields, values, strict=True)), table=new_index)

    done = article_batches(db, f"SELECT id, {', '.join(fields)} FROM articles WHERE id > ? "
                           "ORDER BY id LIMIT ?", last, batch, index, progress, batch_done)
    with db.atomic():
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        conn.execute(f"ALTER TABLE {new_index} RENAME TO {FTS_TABLE}")
        conn.execute(f"DROP TABLE {progress}")
    return done
