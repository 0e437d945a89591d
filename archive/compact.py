"""Migration m017: an existing archive converted in place to the compact layout, in batches,
resumably (a migration killed between batches, or in one, finishes when run again).

- The search index is rebuilt as a contentless FTS5 table (archive/search.py): it no longer
  keeps its own copy of every indexed key.
- tags, images and related links leave the `articles` JSON columns for their one home each
  (archive/relations.py): `articles_tags` gets the tags' order, images go to
  `article_images`, links go to `article_links` as archive/links.py stores them now (each
  target once, in `link_targets`: m018 converts archives m017 converted before it did);
  link and image URLs stored as IRIs (archive/urls.py).
- canonical_url is "=" where it is the article's URL; `article_urls` becomes WITHOUT ROWID
  (its URLs were kept twice: the table and its primary-key index).

Batches go in article id order; the last article converted is kept in `_m017_progress`, in
the batch's own transaction. The swap at the end (new index and links table in, JSON columns
dropped) is one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import sqlite_utils

from archive import links, relations, urls
from archive.id_batches import article_batches
from archive.search import FTS_TABLE, create_index, index_article
from archive.search_facets import FACET_FIELDS

PROGRESS = "_m017_progress"
NEW_INDEX = f"{FTS_TABLE}_m017"
NEW_LINKS = "article_links_m017"
BATCH = 2000
OLD_COLUMNS: tuple[str, ...] = ("tags", "images", "related")

IMAGES_SQL = ("CREATE TABLE IF NOT EXISTS {name} (article INTEGER NOT NULL REFERENCES "
              "articles(id), position INTEGER NOT NULL, url TEXT, caption TEXT, credit TEXT, "
              "PRIMARY KEY (article, position)) WITHOUT ROWID")
URLS_SQL = ("CREATE TABLE IF NOT EXISTS {name} (url TEXT PRIMARY KEY, article INTEGER "
            "REFERENCES articles(id)) WITHOUT ROWID")


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _prepare(conn: sqlite3.Connection) -> int:
    """The new tables, created once; returns the last article already converted."""
    tables = _tables(conn)
    if NEW_INDEX not in tables:
        create_index(conn, NEW_INDEX)
    conn.execute(IMAGES_SQL.format(name="article_images"))
    links.create(conn, NEW_LINKS)
    if "position" not in _columns(conn, "articles_tags"):
        conn.execute("ALTER TABLE articles_tags ADD COLUMN position INTEGER")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {PROGRESS} (id INTEGER PRIMARY KEY, "
                 "last_article INTEGER NOT NULL)")
    conn.execute(f"INSERT OR IGNORE INTO {PROGRESS} (id, last_article) VALUES (1, 0)")
    return conn.execute(f"SELECT last_article FROM {PROGRESS}").fetchone()[0]


def _convert(conn: sqlite3.Connection, row: tuple) -> None:
    pk, url, canonical, title, summary, body, tags, images, related, *facets = row
    record = {"tags": json.loads(tags or "[]"), "images": json.loads(images or "[]"),
              "related": json.loads(related or "[]")}
    relations.save(conn, pk, record, links_table=NEW_LINKS)
    if canonical != urls.SAME_AS_URL:
        conn.execute("UPDATE articles SET canonical_url = ? WHERE id = ?",
                      [urls.stored_canonical(canonical, url), pk])
    index_article(conn, pk, {"title": title, "summary": summary, "body": body,
                             **dict(zip(FACET_FIELDS, facets, strict=True))}, table=NEW_INDEX)


def _finish(conn: sqlite3.Connection) -> None:
    tables = _tables(conn)
    if NEW_INDEX in tables:
        conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        conn.execute(f"ALTER TABLE {NEW_INDEX} RENAME TO {FTS_TABLE}")
    if NEW_LINKS in tables:
        conn.execute("DROP TABLE IF EXISTS article_links")
        conn.execute(f"ALTER TABLE {NEW_LINKS} RENAME TO article_links")
    if "article_urls_m017" not in tables and "article_urls" in tables:
        conn.execute(URLS_SQL.format(name="article_urls_m017"))
        conn.execute("INSERT INTO article_urls_m017 (url, article) "
                     "SELECT url, article FROM article_urls")
        conn.execute("DROP TABLE article_urls")
        conn.execute("ALTER TABLE article_urls_m017 RENAME TO article_urls")
    for column in OLD_COLUMNS:
        if column in _columns(conn, "articles"):
            conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    conn.execute(f"DROP TABLE IF EXISTS {PROGRESS}")


def _batch_done(last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def convert(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Convert the archive (see the module doc); returns the articles converted by this call."""
    batch = batch or BATCH
    conn = db.conn
    if not set(OLD_COLUMNS) & _columns(conn, "articles"):
        return 0  # converted already (the migration's own record was not written)
    with db.atomic():
        last = _prepare(conn)
    columns = ("id, url, canonical_url, title, summary, body, tags, images, related, "
               + ", ".join(FACET_FIELDS))

    def convert_rows(rows: list[Any]) -> None:
        for row in rows:
            _convert(conn, row)

    done = article_batches(db, f"SELECT {columns} FROM articles WHERE id > ? ORDER BY id "
                           "LIMIT ?", last, batch, convert_rows, PROGRESS, _batch_done)
    with db.atomic():
        _finish(conn)
    return done
