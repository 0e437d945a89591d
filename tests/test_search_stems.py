"""Stems found at query time (m021): the index holds the exact keys only and `search_stems`
the keys sharing each stem, kept by every write; an archive whose index still has the stem
columns of before is converted in place, resumably (killed between batches and inside one),
and then answers every search as a fresh archive does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archive import finder, index_rebuild, search, stem_index
from archive.db import open_archive
from archive.search_facets import facet_text
from archive.store import save_articles
from tests.search_relevance_cases import CASES
from tests.test_search_facets import WORDS, random_filters, records
from tests.test_search_relevance import relevance_records

NOW = "2024-06-01T00:00:00+00:00"
OLD_COLUMNS = ("title", "summary", "body", "title_stem", "summary_stem", "body_stem", "facets")
STEM_TOKEN = "\ue000"  # how the index of before marked its stems


def corpus() -> list[dict]:
    """The relevance set's inflections and the facet tests' sites, sections and dates."""
    return relevance_records() + [{**r, "article_id": f"f{r['article_id']}",
                                   "url": r["url"] + "f"} for r in records(60, odd=True)]


def old_values(record: dict) -> list[str]:
    """What the index of m019/m020 held for an article: exact keys, marked stems, facets."""
    stems = [" ".join(STEM_TOKEN + s for w in search.words(record.get(name) or "")
                      for s in search.word_stems(w)) for name in search.TEXT_COLUMNS]
    return [*search.index_values(record)[:-1], *stems, facet_text(record)]


def old_index(path: Path, recs: list[dict]) -> None:
    """An archive as m020 left it: the index with its stem columns, no `search_stems`."""
    db = open_archive(path)
    save_articles(db, recs, NOW)
    db.execute(f"DROP TABLE {search.FTS_TABLE}")
    db.execute(f"DROP TABLE {search.STEMS_TABLE}")
    db.execute(f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5({', '.join(OLD_COLUMNS)}, "
               "content='')")
    fields = ("title", "summary", "body", "site", "section", "published")
    for pk, *values in db.execute(f"SELECT id, {', '.join(fields)} FROM articles").fetchall():
        db.execute(f"INSERT INTO {search.FTS_TABLE}(rowid, {', '.join(OLD_COLUMNS)}) VALUES "
                   f"(?, {', '.join('?' for _ in OLD_COLUMNS)})",
                   [pk, *old_values(dict(zip(fields, values, strict=True)))])
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm021_stems_at_query_time'")
    db.close()


def old_match(conn: sqlite3.Connection, query: str) -> set[int]:
    """What the index of before found: each word's key or a marked stem of it."""
    match = " AND ".join("(" + " OR ".join([f'"{key}"', *(f'"{STEM_TOKEN}{s}"' for s in found)])
                         + ")" for key, found in search.query_terms(query))
    return {row[0] for row in conn.execute(
        f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ?", [match])}


QUERIES = (*(case.query for case in CASES), *WORDS, "المعلمين العاصمة", "كتابخانه")


def answers(conn: sqlite3.Connection) -> list:
    """Totals, pages in relevance order with snippets and highlights, facets, filtered."""
    import random
    rng = random.Random(4)
    out = []
    for query in QUERIES:
        for filters in (finder.Filters(), random_filters(rng)):
            out.append((query, finder.total(conn, query, filters),
                        [(f.hit.id, f.hit.title_parts, f.hit.snippet)
                         for f in finder.page(conn, query, filters, "relevance", 50, 1)],
                        finder.facets(conn, query, filters)))
    return out


def test_the_index_finds_what_the_stem_columns_found(tmp_path: Path) -> None:
    recs = corpus()
    old = tmp_path / "old.db"
    old_index(old, recs)
    before = sqlite3.connect(old)
    fresh = open_archive(tmp_path / "fresh.db")
    save_articles(fresh, recs, NOW)
    for query in QUERIES:
        expected = old_match(before, query)
        assert set(finder.ids(fresh.conn, query)) == expected, query
    assert not stem_index.has_stem_columns(fresh.conn)
    # Every row is one of an indexed word's keys with one of its stems.
    for stem, key in fresh.execute(f"SELECT stem, key FROM {search.STEMS_TABLE}"):
        assert stem in search.word_stems(key)


def test_an_edit_brings_its_new_inflections(db) -> None:
    base = {"url": "https://x.example/1", "site": "s", "article_id": "1", "status": "ok",
            "tags": []}
    save_articles(db, [{**base, "title": "خبر", "body": "نص عن المدرسة", "content_hash": "a"}],
                  NOW)
    assert finder.ids(db.conn, "مدرستهم") == [1] and finder.ids(db.conn, "سيارة") == []
    save_articles(db, [{**base, "title": "خبر", "body": "نص عن السيارات", "content_hash": "b"}],
                  NOW)
    assert finder.ids(db.conn, "سيارة") == [1]  # through the key سيارات the edit brought
    assert '"سيارات"' in search.fts_query(db.conn, "سيارة")
    assert finder.ids(db.conn, "مدرستهم") == []  # its stems' rows stay, matching nothing


def test_an_interrupted_m021_finishes_and_answers_as_a_fresh_archive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recs = corpus()
    fresh = open_archive(tmp_path / "fresh.db")
    save_articles(fresh, recs, NOW)
    old = tmp_path / "old.db"
    old_index(old, recs)
    before = sqlite3.connect(old)
    found_before = {query: old_match(before, query) for query in QUERIES}
    before.close()
    monkeypatch.setattr(stem_index, "BATCH", 25)
    batches: list[int] = []

    def interrupt(last: int) -> None:
        batches.append(last)
        raise KeyboardInterrupt  # killed after the first batch

    monkeypatch.setattr(stem_index, "_batch_done", interrupt)
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT last_article FROM {stem_index.PROGRESS}").fetchone() == (25,)
    assert stem_index.has_stem_columns(conn)  # the old index still answers meanwhile
    assert {query: old_match(conn, query) for query in QUERIES} == found_before
    conn.close()

    # Killed again inside the next batch: that batch's rows and stems roll back.
    calls = []
    indexed = index_rebuild.index_article

    def dies(*args: object, **kwargs: object) -> None:
        calls.append(args[1])
        if len(calls) == 10:
            raise KeyboardInterrupt
        indexed(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stem_index, "_batch_done", batches.append)
    monkeypatch.setattr(index_rebuild, "index_article", dies)
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT last_article FROM {stem_index.PROGRESS}").fetchone() == (25,)
    assert conn.execute(f"SELECT count(*) FROM {stem_index.NEW_INDEX}").fetchone() == (25,)
    conn.close()

    monkeypatch.setattr(index_rebuild, "index_article", indexed)
    converted = open_archive(old)
    assert batches == [25, 50, 75, len(recs)]
    assert not stem_index.has_stem_columns(converted.conn)
    assert {stem_index.NEW_INDEX, stem_index.PROGRESS}.isdisjoint(converted.table_names())
    assert {query: set(finder.ids(converted.conn, query)) for query in QUERIES} == found_before
    assert answers(converted.conn) == answers(fresh.conn)
    stems = f"SELECT stem, key FROM {search.STEMS_TABLE} ORDER BY stem, key"
    assert converted.execute(stems).fetchall() == fresh.execute(stems).fetchall()
    assert stem_index.convert(converted) == 0  # converted already
    converted.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                      "VALUES ('integrity-check')")


def test_a_fresh_archive_needs_no_conversion(db) -> None:
    assert not stem_index.has_stem_columns(db.conn)
    assert stem_index.convert(db) == 0
