"""Migration m018: the links of an archive in m017's layout (each row its own URL and title)
converted in place to link targets stored once (archive/links.py), in batches, resumably.

Batches go in article id order into a new links table; the last article converted is kept in
`_m018_progress`, in the batch's own transaction, so a migration killed between batches or in
one goes on from the last batch committed. The swap at the end (the new table in, the old one
dropped, the view `article_links_expanded` created) is one transaction.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive import links

PROGRESS = "_m018_progress"
NEW_LINKS = "article_links_m018"
BATCH = 2000  # articles (with all their links) per transaction


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _prepare(conn: sqlite3.Connection) -> int:
    """The new tables, created once; returns the last article already converted."""
    links.create(conn, NEW_LINKS)
    conn.execute(f"CREATE TABLE IF NOT EXISTS {PROGRESS} (id INTEGER PRIMARY KEY, "
                 "last_article INTEGER NOT NULL)")
    conn.execute(f"INSERT OR IGNORE INTO {PROGRESS} (id, last_article) VALUES (1, 0)")
    return conn.execute(f"SELECT last_article FROM {PROGRESS}").fetchone()[0]


def _finish(conn: sqlite3.Connection) -> None:
    conn.execute(f"DROP TABLE {links.TABLE}")
    conn.execute(f"ALTER TABLE {NEW_LINKS} RENAME TO {links.TABLE}")
    conn.execute(f"DROP TABLE {PROGRESS}")
    links.create_view(conn)


def _batch_done(last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def convert(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Convert the archive's links (see the module doc); returns the articles whose links this
    call converted. An archive whose links are in the new layout only gets the view."""
    batch = batch or BATCH
    conn = db.conn
    if "url" not in _columns(conn, links.TABLE):
        with db.atomic():
            links.create(conn)
            links.create_view(conn)
        return 0
    with db.atomic():
        last = _prepare(conn)
    done = 0
    while ids := [row[0] for row in conn.execute(
            f"SELECT DISTINCT article FROM {links.TABLE} WHERE article > ? ORDER BY article "
            "LIMIT ?", [last, batch])]:
        with db.atomic():
            rows = conn.execute(f"SELECT article, position, url, title, kind FROM {links.TABLE} "
                                "WHERE article BETWEEN ? AND ? ORDER BY article, position",
                                [ids[0], ids[-1]]).fetchall()
            links.insert(conn, rows, NEW_LINKS)
            last = ids[-1]
            conn.execute(f"UPDATE {PROGRESS} SET last_article = ?", [last])
        done += len(ids)
        _batch_done(last)
    with db.atomic():
        _finish(conn)
    return done
