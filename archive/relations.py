"""An article's tags, related links and images: one home each, a table (`articles_tags` with
`tags`, `article_links` with `link_targets` (archive/links.py), `article_images`), in the order
the page gave them; link and image URLs stored as IRIs (archive/urls.py). Written with the
article; read back as the lists an export or a page shows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from archive import links, urls

# The lists a record carries, each kept in a table.
LIST_FIELDS: tuple[str, ...] = ("tags", "images", "related")
# article_images and article_links columns after (article, position).
IMAGE_FIELDS: tuple[str, ...] = ("url", "caption", "credit")
LINK_FIELDS: tuple[str, ...] = links.FIELDS
# Ids read back per query (well under SQLite's 32,766 bound variables).
READ_CHUNK = 500


def _tag_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
    if row:
        return row[0]
    return conn.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid or 0


def save(conn: sqlite3.Connection, pk: int, record: Mapping[str, Any],
         links_table: str = links.TABLE) -> None:
    """Replace the article's tags, links and images with the record's (one transaction: the
    caller's); `links_table`: where links go (the m017 conversion's new table)."""
    conn.execute("DELETE FROM articles_tags WHERE articles_id = ?", [pk])
    names = list(dict.fromkeys(record.get("tags") or []))
    conn.executemany("INSERT INTO articles_tags (articles_id, tags_id, position) VALUES (?, ?, ?)",
                     [(pk, _tag_id(conn, name), i) for i, name in enumerate(names)])
    links.replace(conn, pk, _stored(record.get("related"), LINK_FIELDS), links_table)
    conn.execute("DELETE FROM article_images WHERE article = ?", [pk])
    conn.executemany(
        "INSERT INTO article_images (article, position, url, caption, credit) "
        "VALUES (?, ?, ?, ?, ?)",
        [(pk, i, *item) for i, item in enumerate(_stored(record.get("images"), IMAGE_FIELDS))])


def _stored(items: list[Mapping[str, Any]] | None, fields: tuple[str, ...]) -> list[tuple]:
    """Each item's `fields` in order, the URL (the first) in its stored form."""
    return [(urls.stored(item.get(fields[0])), *(item.get(f) for f in fields[1:]))
            for item in items or []]


def read(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, dict[str, list[Any]]]:
    """{article id: {"tags": [...], "images": [...], "related": [...]}} for `ids`, each list
    as the page gave it (URLs as they were)."""
    wanted = list(dict.fromkeys(ids))
    found: dict[int, dict[str, list[Any]]] = {i: {f: [] for f in LIST_FIELDS} for i in wanted}
    for start in range(0, len(wanted), READ_CHUNK):
        chunk = wanted[start:start + READ_CHUNK]
        marks = ", ".join("?" for _ in chunk)
        for pk, name in conn.execute(
                f"SELECT x.articles_id, t.name FROM articles_tags x JOIN tags t "
                f"ON t.id = x.tags_id WHERE x.articles_id IN ({marks}) "
                "ORDER BY x.articles_id, x.position, x.rowid", chunk):
            found[pk]["tags"].append(name)
        images = conn.execute("SELECT article, url, caption, credit FROM article_images "
                              f"WHERE article IN ({marks}) ORDER BY article, position", chunk)
        for key, fields, rows in (("related", LINK_FIELDS, links.read(conn, chunk)),
                                  ("images", IMAGE_FIELDS, images)):
            for pk, url, *rest in rows:
                found[pk][key].append(dict(zip(fields, (urls.original(url), *rest),
                                               strict=True)))
    return found


def read_one(conn: sqlite3.Connection, pk: int) -> dict[str, list[Any]]:
    """The tags, images and related links of one article."""
    return read(conn, [pk])[pk]
