"""An article's links, each target stored once: `link_targets` holds a (URL, title) pair
(the URL as archive/urls.py stores it), `article_links` (article, position, kind, target)
points at it, so a "most read" list shown by a thousand articles costs its URLs and titles
once. The view `article_links_expanded` reads the pairs back as the rows the table held before
m018 (article, position, url, title, kind).

A target is found by `key`, a 63-bit hash of its URL and title (an index on the hash instead of
one on the URL and title, which would store both a second time). Targets no article links to
any more (its links rewritten since) stay, and are used again if the link comes back: finding
them would need an index of article_links by target."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence

TARGETS = "link_targets"
TABLE = "article_links"
VIEW = "article_links_expanded"
# The columns of a link as a page gave it (url, title) and as the article uses it (kind).
FIELDS: tuple[str, ...] = ("url", "title", "kind")

TARGETS_SQL = (f"CREATE TABLE IF NOT EXISTS {TARGETS} (id INTEGER PRIMARY KEY, key INTEGER "
               "NOT NULL, url TEXT, title TEXT)")
TARGETS_INDEX_SQL = (f"CREATE INDEX IF NOT EXISTS idx_{TARGETS}_key ON {TARGETS} (key)")
LINKS_SQL = ("CREATE TABLE IF NOT EXISTS {name} (article INTEGER NOT NULL REFERENCES "
             "articles(id), position INTEGER NOT NULL, kind TEXT, target INTEGER NOT NULL "
             f"REFERENCES {TARGETS}(id), PRIMARY KEY (article, position)) WITHOUT ROWID")
VIEW_SQL = (f"CREATE VIEW IF NOT EXISTS {VIEW} AS SELECT l.article AS article, l.position AS "
            "position, t.url AS url, t.title AS title, l.kind AS kind "
            f"FROM {TABLE} l JOIN {TARGETS} t ON t.id = l.target")


def create(conn: sqlite3.Connection, name: str = TABLE) -> None:
    """The targets table with its index, and a links table called `name`."""
    conn.execute(TARGETS_SQL)
    conn.execute(TARGETS_INDEX_SQL)
    conn.execute(LINKS_SQL.format(name=name))


def create_view(conn: sqlite3.Connection) -> None:
    conn.execute(VIEW_SQL)


def key(url: str | None, title: str | None) -> int:
    """The 63-bit hash a target is looked up by (None and "" hash apart)."""
    parts = [b"\x01" + v.encode("utf-8", "surrogatepass") if v is not None else b"\x00"
             for v in (url, title)]
    digest = hashlib.blake2b(b"\x02".join(parts), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def target(conn: sqlite3.Connection, url: str | None, title: str | None) -> int:
    """The id of the target (`url` in its stored form, `title`), added if it is new."""
    hashed = key(url, title)
    for pk, known_url, known_title in conn.execute(
            f"SELECT id, url, title FROM {TARGETS} WHERE key = ?", [hashed]):
        if known_url == url and known_title == title:
            return pk
    return conn.execute(f"INSERT INTO {TARGETS} (key, url, title) VALUES (?, ?, ?)",
                        [hashed, url, title]).lastrowid or 0


def replace(conn: sqlite3.Connection, pk: int, links: Sequence[Sequence[str | None]],
            table: str = TABLE) -> None:
    """The article's links become `links`: (stored url, title, kind) each, in page order."""
    conn.execute(f"DELETE FROM {table} WHERE article = ?", [pk])
    insert(conn, ((pk, i, *link) for i, link in enumerate(links)), table)


def insert(conn: sqlite3.Connection, rows: Iterable[Sequence], table: str = TABLE) -> None:
    """Rows of (article, position, stored url, title, kind) added as they are."""
    conn.executemany(f"INSERT INTO {table} (article, position, kind, target) VALUES (?, ?, ?, ?)",
                     [(pk, position, kind, target(conn, url, title))
                      for pk, position, url, title, kind in rows])


def append(conn: sqlite3.Connection, pk: int, url: str | None, title: str | None,
           kind: str) -> None:
    """One link added after the article's others."""
    position = conn.execute(f"SELECT coalesce(max(position), -1) + 1 FROM {TABLE} "
                            "WHERE article = ?", [pk]).fetchone()[0]
    insert(conn, [(pk, position, url, title, kind)])


def read(conn: sqlite3.Connection, ids: Sequence[int]) -> Iterable[tuple]:
    """(article, stored url, title, kind) of the links of `ids`, by article then position."""
    marks = ", ".join("?" for _ in ids)
    return conn.execute(f"SELECT l.article, t.url, t.title, l.kind FROM {TABLE} l "
                        f"JOIN {TARGETS} t ON t.id = l.target WHERE l.article IN ({marks}) "
                        "ORDER BY l.article, l.position", list(ids))
