"""Each story's original kept up to date: its members read, the original chosen
(archive/story_original.py), and every other copy's link of kind `original` pointing at it.

Called by archive/stories.py after every change to a story. Only what changed is written:
a copy joining a story whose original stays gets its one link; the links of the other
copies are rewritten only when the original (or its URL or title) changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import sqlite_utils

from archive import links, urls
from archive.story_original import Member, original

ORIGINAL = "original"  # article_links.kind of a copy's link to its story's original
_CHUNK = 500  # values per IN (...) list, well under SQLite's limit on parameters
# Links as fetched from their stored IRIs: each choice reads every member's links again,
# and converting them was most of its cost (percent-encoding every Arabic run).
_as_fetched = lru_cache(maxsize=8192)(urls.original)


def _each(db: sqlite_utils.Database, sql: str, values: Iterable, *first: object) -> Iterator:
    """The rows of `sql` (whose "{}" is an IN list) for `values`, a chunk at a time."""
    values = list(values)
    for i in range(0, len(values), _CHUNK):
        chunk = values[i:i + _CHUNK]
        yield from db.conn.execute(sql.format(", ".join("?" * len(chunk))), [*first, *chunk])


def members(db: sqlite_utils.Database, story: int) -> list[Member]:
    """The story's articles with what choosing the original needs."""
    return _read(db, story)[0]


def _read(db: sqlite_utils.Database, story: int) -> tuple[
        list[Member], dict[int, list[tuple[str, str]]], dict[int, tuple[str, str]]]:
    """The story's members; each member's links of kind `original` (stored URL, title); each
    member's URL and title. Three statements, whatever the story's size.

    articles.url and article_urls hold URLs as fetched, canonical_url and links their stored
    forms (archive/urls.py): compared as fetched. The other URLs that led to a member
    (article_urls) matter only where another member's canonical URL or link names them, so
    those URLs are looked up by the table's key, never the table scanned by article.
    """
    rows = db.conn.execute("SELECT id, site, url, canonical_url, published, source, title "
                           "FROM articles WHERE story_id = ? ORDER BY id", [story]).fetchall()
    linked: dict[int, set[str]] = {row[0]: set() for row in rows}
    originals: dict[int, list[tuple[str, str]]] = {}
    for pk, url, title, kind in _each(db, "SELECT article, url, title, kind FROM "
                                      f"{links.VIEW} WHERE article IN ({{}})", linked):
        if kind == ORIGINAL:
            originals.setdefault(pk, []).append((url, title))
        elif found := _as_fetched(url):
            linked[pk].add(found)
    canonicals = {pk: urls.canonical(stored, url) for pk, _s, url, stored, *_ in rows}
    known = {pk: {url, canonicals[pk]} for pk, _s, url, *_ in rows}
    named = set().union(*linked.values(), canonicals.values()) - {None}
    for url, pk in _each(db, "SELECT url, article FROM article_urls WHERE url IN ({})", named):
        if pk in known:
            known[pk].add(url)
    found = [Member(pk, site, frozenset(u for u in known[pk] if u), canonicals[pk], published,
                    source, frozenset(linked[pk]))
             for pk, site, _url, _stored, published, source, _title in rows]
    return found, originals, {row[0]: (row[2], row[6]) for row in rows}


def refresh_original(db: sqlite_utils.Database, story: int) -> int | None:
    """Choose the story's original again; every other copy links to it (kind `original`)."""
    found, current, pages = _read(db, story)
    if len(found) < 2:
        _drop_links(db, current)
        db.conn.execute("DELETE FROM story_originals WHERE story = ?", [story])
        return None
    chosen = original(found)
    db.conn.execute("INSERT OR REPLACE INTO story_originals (story, article) VALUES (?, ?)",
                    [story, chosen])
    url, title = pages[chosen]
    want = [(urls.stored(url), title)]
    stale = {pk: have for pk, have in current.items() if pk == chosen or have != want}
    _drop_links(db, stale)
    for member in found:
        if member.id != chosen and (member.id not in current or member.id in stale):
            links.append(db.conn, member.id, *want[0], ORIGINAL)
    return chosen


def _drop_links(db: sqlite_utils.Database, articles: Iterable[int]) -> None:
    """The `original` links of these articles deleted."""
    articles = list(articles)
    for i in range(0, len(articles), _CHUNK):
        chunk = articles[i:i + _CHUNK]
        db.conn.execute("DELETE FROM article_links WHERE kind = ? AND article IN "
                        f"({', '.join('?' * len(chunk))})", [ORIGINAL, *chunk])
