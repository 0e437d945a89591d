"""Migration m018: what an archive in m017's layout stored more than once, stored once; in
place, in batches, resumably.

- Links: each link row held its own URL and title; they become link targets stored once
  (archive/links.py), into a new links table swapped in at the end, with the view
  `article_links_expanded` showing the rows as before.
- `article_urls` loses the rows that repeat an article's own URL (`articles.url`, unique and
  indexed, finds it): it keeps the URLs an article moved from.
(Story bands in 31 bits: m020, which signs and places every article again, writes them so.)

Each step goes in article id order; the last article a step finished is kept in
`_m018_progress`, in the batch's own transaction, so a migration killed between batches or in
one goes on from the last batch committed. Each swap is one transaction; every step can run
again on what it converted already and give the same rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import sqlite_utils

from archive import links

PROGRESS = "_m018_progress"
NEW_LINKS = "article_links_m018"
BATCH = 2000  # articles (with all their links) per transaction
LINKS_STEP, URLS_STEP = "links", "article_urls"


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _progress(conn: sqlite3.Connection, step: str) -> int:
    """How far `step` went: the last article id it converted."""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {PROGRESS} (step TEXT PRIMARY KEY, "
                 "last INTEGER NOT NULL)")
    conn.execute(f"INSERT OR IGNORE INTO {PROGRESS} (step, last) VALUES (?, 0)", [step])
    return conn.execute(f"SELECT last FROM {PROGRESS} WHERE step = ?", [step]).fetchone()[0]


def _batch_done(step: str, last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def _in_batches(db: sqlite_utils.Database, step: str, next_ids: str, batch: int,
                convert: Callable[[list[int]], None]) -> int:
    """`convert` the article ids `next_ids` selects (after ?, at most ? of them), a batch a
    transaction, from where the step stopped; returns the articles converted."""
    conn = db.conn
    with db.atomic():
        last = _progress(conn, step)
    done = 0
    while ids := [row[0] for row in conn.execute(next_ids, [last, batch])]:
        with db.atomic():
            convert(ids)
            last = ids[-1]
            conn.execute(f"UPDATE {PROGRESS} SET last = ? WHERE step = ?", [last, step])
        done += len(ids)
        _batch_done(step, last)
    return done


def _links(db: sqlite_utils.Database, batch: int) -> int:
    conn = db.conn
    if "url" not in _columns(conn, links.TABLE):  # written in the new layout (m017 did it)
        with db.atomic():
            links.create(conn)
            links.create_view(conn)
        return 0
    with db.atomic():
        links.create(conn, NEW_LINKS)

    def convert(ids: list[int]) -> None:
        rows = conn.execute(f"SELECT article, position, url, title, kind FROM {links.TABLE} "
                            "WHERE article BETWEEN ? AND ? ORDER BY article, position",
                            [ids[0], ids[-1]]).fetchall()
        links.insert(conn, rows, NEW_LINKS)

    done = _in_batches(db, LINKS_STEP, f"SELECT DISTINCT article FROM {links.TABLE} "
                       "WHERE article > ? ORDER BY article LIMIT ?", batch, convert)
    with db.atomic():
        conn.execute(f"DROP TABLE {links.TABLE}")
        conn.execute(f"ALTER TABLE {NEW_LINKS} RENAME TO {links.TABLE}")
        links.create_view(conn)
    return done


def _own_urls(db: sqlite_utils.Database, batch: int) -> int:
    conn = db.conn
    if conn.execute("SELECT 1 FROM article_urls LIMIT 1").fetchone() is None:
        return 0

    def convert(ids: list[int]) -> None:
        conn.execute("DELETE FROM article_urls WHERE (url, article) IN (SELECT url, id FROM "
                     "articles WHERE id BETWEEN ? AND ?)", [ids[0], ids[-1]])

    return _in_batches(db, URLS_STEP, "SELECT id FROM articles WHERE id > ? ORDER BY id "
                       "LIMIT ?", batch, convert)


def convert(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Convert the archive (see the module doc); returns the articles whose links this call
    converted."""
    batch = batch or BATCH
    done = _links(db, batch)
    _own_urls(db, batch)
    if PROGRESS in db.table_names():
        with db.atomic():
            db.execute(f"DROP TABLE {PROGRESS}")
    return done
