"""Filters answered by the index's facet tokens (archive/search_facets.py, m019): the same rows,
in the same order, as the SQL filters on `articles` give, for many random filters; the tokens
follow every write; an archive with the index of before is converted in place, resumably."""

from __future__ import annotations

import random
import sqlite3
from calendar import monthrange
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from archive import facet_index, finder, search, search_facets
from archive.db import open_archive
from archive.store import save_articles, save_reextracted

NOW = "2024-06-01T00:00:00+00:00"
WORDS = ("روسيا", "الصين", "المدرسة", "الاقتصاد", "مستشفى", "وزير", "لبنان", "قمة")
SITES = ("rtarabic", "site b", "موقع")
SECTIONS = (None, "news", "اقتصاد", "")
ODD_DAYS = ("2024-02-30T10:00:00", "", "2024/04/01", "أمس", "2024-13-01", "0000-01-01",
            "20240401", "2024-04-1")


def _published(rng: random.Random, odd: bool) -> str | None:
    pick = rng.random()
    if pick < 0.1:
        return None
    if odd and pick < 0.25:
        return rng.choice(ODD_DAYS)
    day = date(2022, 1, 1) + timedelta(days=rng.randrange(4 * 366))
    return f"{day.isoformat()}T{rng.randrange(24):02d}:30:00{rng.choice(['+03:00', 'Z', ''])}"


def records(n: int, odd: bool, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(rng.choices(WORDS, k=rng.randint(3, 12)))
        out.append({"url": f"https://x.example/{i}", "site": rng.choice(SITES),
                    "article_id": str(i), "title": " ".join(rng.choices(WORDS, k=3)),
                    "summary": None, "body": text, "status": "ok", "content_hash": f"h{i}",
                    "tags": [], "section": rng.choice(SECTIONS),
                    "published": _published(rng, odd)})
    return out


def random_filters(rng: random.Random) -> finder.Filters:
    def day() -> date:
        return date(2021, 6, 1) + timedelta(days=rng.randrange(5 * 366))
    first, last = sorted([day(), day()])
    if rng.random() < 0.2:  # whole months and years, and reversed ranges
        first = first.replace(day=1)
        last = last.replace(day=monthrange(last.year, last.month)[1])
    if rng.random() < 0.1:
        first, last = last, first
    return finder.Filters(
        site=rng.choice((None, None, *SITES, "nowhere")),
        section=rng.choice((None, None, "news", "اقتصاد", "none")),
        date_from=rng.choice((None, first)), date_to=rng.choice((None, last)))


def by_sql(conn: sqlite3.Connection, query: str, filters: finder.Filters,
           sort: str) -> list[int]:
    """The filters as SQL on articles, every match of the words probed (the path before)."""
    clauses, params = filters.where()
    return [row[0] for row in conn.execute(
        f"SELECT a.id FROM (SELECT rowid, rank FROM {search.FTS_TABLE} WHERE "
        f"{search.FTS_TABLE} MATCH :match) s CROSS JOIN articles a ON a.id = s.rowid "
        f"WHERE {' AND '.join(clauses) or '1'} ORDER BY {finder.SORTS[sort]}",
        {**params, "match": search.fts_query(conn, query)})]


@pytest.mark.parametrize("odd", [False, True], ids=["calendar days", "odd days too"])
def test_random_filters_give_the_rows_of_the_sql_filters(odd: bool) -> None:
    db = open_archive(":memory:")
    save_articles(db, records(600, odd), NOW)
    rng = random.Random(11)
    asked = 0
    for _ in range(300):
        filters = random_filters(rng)
        query = rng.choice(WORDS[:4]) + rng.choice(("", " قمة"))
        plan = finder.plan(db.conn, query, filters)
        assert plan is not None
        # Site, section and calendar days never need the SQL; odd days do, for a date range.
        assert bool(plan.checks) == (odd and bool(filters.date_from or filters.date_to))
        for sort in finder.SORTS:
            want = by_sql(db.conn, query, filters, sort)
            assert finder.ids(db.conn, query, filters, sort) == want, (filters, sort)
            assert finder.ids(db.conn, query, filters, sort, 5, 3) == want[3:8]
        assert finder.total(db.conn, query, filters) == len(want)
        asked += bool(want)
    assert asked > 100  # most filters find something: the comparison is not of empty lists


def test_facet_tokens() -> None:
    text = search_facets.facet_text({"site": "site b", "section": "اقتصاد",
                                     "published": "2024-04-09T23:00:00-05:00"})
    assert text.split() == [search_facets.site_token("site b"),
                            search_facets.section_token("اقتصاد"),
                            "\ue001y2024", "\ue001m202404", "\ue001d20240409"]
    assert search_facets.facet_text({"site": "x", "published": "2024-02-30"}).split()[1:] == [
        search_facets.ODD]
    assert search_facets.facet_text({"site": "x", "section": "", "published": None}) == \
        search_facets.site_token("x")
    assert all(search.words(t) == [] or not search.words(t)[0].startswith("\ue001")
               for t in text.split())


def _days_of(token: str) -> set[date]:
    digits = token[len(search_facets.YEAR):]
    year = int(digits[:4])
    if token.startswith(search_facets.YEAR):
        first, last = date(year, 1, 1), date(year, 12, 31)
    elif token.startswith(search_facets.MONTH):
        month = int(digits[4:6])
        first, last = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    else:
        first = last = date(year, int(digits[4:6]), int(digits[6:8]))
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


def test_a_date_range_is_covered_exactly_by_few_tokens() -> None:
    rng = random.Random(5)
    for _ in range(300):
        first = date(2019, 1, 1) + timedelta(days=rng.randrange(3000))
        last = first + timedelta(days=rng.randrange(2000))
        tokens = search_facets.cover(first, last)
        days = [d for t in tokens for d in _days_of(t)]
        assert len(days) == len(set(days))  # no day twice
        assert set(days) == {first + timedelta(days=i) for i in range((last - first).days + 1)}
        assert len(tokens) <= 31 + 11 + (last.year - first.year + 1) + 11 + 31
    assert search_facets.cover(date(2024, 4, 1), date(2024, 6, 30)) == [
        "\ue001m202404", "\ue001m202405", "\ue001m202406"]
    assert search_facets.cover(date(9999, 12, 30), date.max) == [
        "\ue001d99991230", "\ue001d99991231"]
    assert search_facets.cover(date(2024, 5, 1), date(2024, 4, 1)) == []


def test_the_tokens_follow_every_write(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db")
    [record] = records(1, odd=False)
    record.update(site="rtarabic", section="news", published="2024-04-09T10:00:00+03:00",
                  body="روسيا والصين")
    save_articles(db, [record], NOW)
    april = finder.Filters(site="rtarabic", section="news", date_from=date(2024, 4, 1),
                           date_to=date(2024, 4, 30))
    assert finder.ids(db.conn, "روسيا", april) == [1]
    # A new version: other section and day (the old tokens go, the new ones come).
    save_articles(db, [{**record, "section": "اقتصاد", "published": "2023-01-02",
                        "content_hash": "h2"}], NOW)
    assert finder.ids(db.conn, "روسيا", april) == []
    assert finder.ids(db.conn, "روسيا", finder.Filters(section="اقتصاد",
                                                       date_to=date(2023, 1, 2))) == [1]
    # Re-extraction corrects the date alone, the text unchanged.
    save_reextracted(db, 1, {**record, "section": "اقتصاد", "published": "2024-04-30",
                             "content_hash": "h2"}, NOW)
    assert finder.ids(db.conn, "روسيا", finder.Filters(date_from=date(2024, 4, 30))) == [1]
    assert finder.ids(db.conn, "روسيا", finder.Filters(date_to=date(2023, 12, 31))) == []
    db.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('integrity-check')")
    # Every token the article was given, and no other, is in the index.
    vocab = "v_facets"
    db.execute(f"CREATE VIRTUAL TABLE temp.{vocab} USING fts5vocab(main, "
               f"'{search.FTS_TABLE}', 'row')")
    held = {t for (t,) in db.execute(f"SELECT term FROM temp.{vocab} WHERE term >= ? AND cnt > 0",
                                     ["\ue001"])}
    assert held == set(search_facets.facet_text(search_facets.stored(db.conn, 1)).split())


# ---- m019: the index of before (no facets column) converted in place ----

OLD_COLUMNS = [name for name, _weight in search.FTS_COLUMNS[:-1]]


def old_index(path: Path, recs: list[dict]) -> None:
    """An archive as m017 left it: the contentless index without the facets column."""
    db = open_archive(path)
    save_articles(db, recs, NOW)
    db.execute(f"DROP TABLE {search.FTS_TABLE}")
    db.execute(f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5({', '.join(OLD_COLUMNS)}, "
               "content='')")
    rows = db.execute("SELECT id, title, summary, body FROM articles").fetchall()
    for pk, *text in rows:
        values = search.index_values(dict(zip(search.TEXT_COLUMNS, text, strict=True)))[:-1]
        db.execute(f"INSERT INTO {search.FTS_TABLE}(rowid, {', '.join(OLD_COLUMNS)}) VALUES "
                   f"(?, {', '.join('?' for _ in OLD_COLUMNS)})", [pk, *values])
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm019_search_facets'")
    db.close()


def answers(conn: sqlite3.Connection) -> list:
    rng = random.Random(2)
    out = []
    for _ in range(40):
        filters = random_filters(rng)
        for query in WORDS[:3]:
            out.append((finder.total(conn, query, filters),
                        [f.hit.snippet for f in finder.page(conn, query, filters, "relevance",
                                                             10, 1)],
                        finder.facets(conn, query, filters)))
    return out


def test_an_interrupted_m019_finishes_and_answers_as_a_fresh_archive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recs = records(60, odd=True)
    fresh = open_archive(tmp_path / "fresh.db")
    save_articles(fresh, recs, NOW)
    old = tmp_path / "old.db"
    old_index(old, recs)
    monkeypatch.setattr(facet_index, "BATCH", 25)
    batches: list[int] = []

    def interrupt(last: int) -> None:
        batches.append(last)
        raise KeyboardInterrupt  # killed after the first batch

    monkeypatch.setattr(facet_index, "_batch_done", interrupt)
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT last_article FROM {facet_index.PROGRESS}").fetchone() == (25,)
    assert not facet_index.has_facets(conn)  # the old index still answers meanwhile
    conn.close()
    monkeypatch.setattr(facet_index, "_batch_done", batches.append)
    converted = open_archive(old)
    assert batches == [25, 50, 60]
    assert facet_index.has_facets(converted.conn)
    assert {facet_index.NEW_INDEX, facet_index.PROGRESS}.isdisjoint(converted.table_names())
    assert answers(converted.conn) == answers(fresh.conn)
    assert facet_index.convert(converted) == 0  # converted already
    converted.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                      "VALUES ('integrity-check')")


def test_a_fresh_archive_needs_no_conversion(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db")
    assert facet_index.has_facets(db.conn)
    assert facet_index.convert(sqlite_utils.Database(tmp_path / "a.db")) == 0


# ---- relevance in windows of the newest matches (finder.RANK_WINDOW) ----

def test_past_the_window_relevance_ranks_the_newest_matches_window_by_window(
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_archive(":memory:")
    save_articles(db, records(300, odd=False), NOW)
    query = "روسيا"
    every = by_sql(db.conn, query, finder.Filters(), "relevance")  # exact: all ranked at once
    assert len(every) > 60
    assert finder.ids(db.conn, query) == every  # under the window: exact ranking
    monkeypatch.setattr(finder, "RANK_WINDOW", 25)
    assert finder.windowed(db.conn, query, finder.Filters(), "relevance", len(every))
    assert not finder.windowed(db.conn, query, finder.Filters(), "newest", len(every))
    assert not finder.windowed(db.conn, query, finder.Filters(tag="x"), "relevance", len(every))
    order = finder.ids(db.conn, query)
    newest_first = sorted(every, reverse=True)
    windows = [newest_first[i:i + 25] for i in range(0, len(every), 25)]
    # Each window: its matches ranked among themselves as the exact ranking orders them.
    assert order == [i for window in windows for i in every if i in window]
    assert order != every
    # Pages of any size give that one order, each match once, the total unchanged.
    for size in (7, 25, 40):
        pages = [finder.ids(db.conn, query, limit=size, offset=start)
                 for start in range(0, len(every), size)]
        assert [i for page in pages for i in page] == order
    assert finder.total(db.conn, query) == len(every)
    assert finder.ids(db.conn, query, limit=10, offset=len(every)) == []
