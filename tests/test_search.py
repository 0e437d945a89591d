"""archive.search: Arabic normalization as data, index keys, the FTS index kept by the store."""

from __future__ import annotations

import sqlite3
import tracemalloc
from pathlib import Path

import pytest
import sqlite_utils

from archive import finder, search, stemming
from archive.db import open_archive
from archive.schema import MIGRATIONS
from archive.store import save_articles

NOW = "2024-02-01T00:00:00+00:00"


def record(article_id: str, title: str, body: str, summary: str | None = None,
           **changes: object) -> dict:
    base = {"url": f"https://arabic.rt.com/news/{article_id}-x/", "site": "rtarabic",
            "article_id": article_id, "title": title, "summary": summary, "body": body,
            "status": "ok", "content_hash": f"h-{article_id}-{title}-{body}", "tags": [],
            "published": "2024-01-24T21:15:00+03:00"}
    base.update(changes)
    return base


def found(db: sqlite_utils.Database, query: str) -> list[str]:
    ids = {row[0]: row[1] for row in db.execute("SELECT id, article_id FROM articles")}
    return [ids[hit.id] for hit in search.search(db.conn, query)]


# ---- normalization, one rule at a time ----

@pytest.mark.parametrize("mark", search.TASHKEEL)
def test_every_tashkeel_mark_is_dropped(mark: str) -> None:
    assert search.normalize(f"مد{mark}رسه") == "مدرسه"


def test_tatweel_is_dropped() -> None:
    assert search.normalize("مـــدرسه") == "مدرسه"


@pytest.mark.parametrize(("letter", "folded"), search.LETTER_FOLDS)
def test_every_letter_fold(letter: str, folded: str) -> None:
    assert search.normalize(f"ب{letter}ب") == f"ب{folded}ب"


def test_presentation_forms_and_latin_case_fold() -> None:
    assert search.normalize("\ufee3\ufeaa\ufead\ufeb3\ufe94") == "مدرسه"  # isolated/final forms
    assert search.words("RT News, «وكالات»!") == ["rt", "news", "وكالات"]


@pytest.mark.parametrize("prefix", search.PREFIXES)
def test_every_prefix_is_stripped_in_the_index(prefix: str) -> None:
    assert "مدرسه" in search.index_keys(prefix + "مدرسه")


@pytest.mark.parametrize("prefix", search.ARTICLE_PREFIXES)
def test_every_article_prefix_is_stripped_from_a_query_word(prefix: str) -> None:
    assert search.query_key(prefix + "مدرسه") == "مدرسه"


def test_stacked_clitics_reach_the_stem() -> None:
    assert "مدرسه" in search.index_keys("وبالمدرسه")
    assert "مدرسه" in search.index_keys("فللمدرسه")


@pytest.mark.parametrize("word", ["بلد", "ولد", "كلب", "فم", "الي", "الله", "التي"])
def test_short_words_keep_their_letters(word: str) -> None:
    normalized = search.normalize(word)
    assert search.index_keys(normalized) == [normalized]
    assert search.query_key(normalized) == normalized


def test_index_key_cache_stays_small_however_many_words_are_indexed() -> None:
    """A long crawl meets hundreds of thousands of distinct words: memory must not follow."""
    search._keys.cache_clear()
    search.word_stems.cache_clear()
    search.stem_pairs.cache_clear()
    stemming.stems.cache_clear()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(100_000):
            text = f"والمدرسه{i} كتاب{i}"  # with stems, and without
            search.keyed_text(text)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        search._keys.cache_clear()
        search.word_stems.cache_clear()
        search.stem_pairs.cache_clear()
    assert grown < 10 * 2 ** 20  # unbounded: over 60 MB
    assert search._keys.cache_info().maxsize == search.INDEX_KEY_CACHE_SIZE


@pytest.mark.parametrize("word", ["كتاب", "بلاد", "وزير", "فرنسا", "لبنان"])
def test_a_query_word_keeps_a_bare_one_letter_prefix(word: str) -> None:
    assert search.query_keys(word) == [word]


def test_fts_query_quotes_every_key_and_ignores_punctuation(db) -> None:
    # FTS5 operators typed by a reader are words like any other, never syntax. A word with
    # stems asks its key twice (bm25 weighs the inflection typed above the others).
    assert search.fts_query(db.conn, 'المدرسة "الجديدة" OR -x*') == (
        '("مدرسه" OR "مدرسه") AND ("جديده" OR "جديده") AND ("or") AND ("x")')
    assert search.fts_query(db.conn, "  ،؛  ") == ""


def test_a_query_word_asks_the_indexed_keys_sharing_its_stems(db) -> None:
    save_articles(db, [record("1", "المدرسون", "في مدرستهم وبالمدرسة الجديدة والجديد")], NOW)
    # Each indexed word's shortest key giving each of its stems: مدرسه and مدرستهم give
    # مدرس, مدرسون gives it too; جديد and جديده share جديد.
    rows = set(db.execute(f"SELECT stem, key FROM {search.STEMS_TABLE}").fetchall())
    assert {("مدرس", "مدرسون"), ("مدرس", "مدرستهم"), ("مدرس", "مدرسه"),
            ("جديد", "جديد"), ("جديد", "جديده")} <= rows
    assert all(stem in search.word_stems(key) for stem, key in rows)
    assert search.fts_query(db.conn, "المدرسة جديد") == (
        '("مدرسه" OR "مدرسه" OR "مدرستهم" OR "مدرسون") AND ("جديد" OR "جديد" OR "جديده")')
    assert search.fts_query(db.conn, "المدرسة", stemmed=False) == '("مدرسه")'
    # Counts need no bm25: each key once, the same rows.
    assert search.fts_query(db.conn, "المدرسة جديد", ranked=False) == (
        '("مدرسه" OR "مدرستهم" OR "مدرسون") AND ("جديد" OR "جديده")')
    plan = finder.plan(db.conn, "المدرسة جديد", finder.Filters(site="s"))
    assert plan is not None and plan.counted.startswith('("مدرسه" OR "مدرستهم"')
    assert search.count(db.conn, "مدرستهم") == 1 == finder.total(db.conn, "مدرسون")


# ---- the issue's cases, through the store and the FTS index ----

CASES = {
    "1": ("المَدْرَسَة الجديدة", "افتتاح المَدْرَسَة في الحي."),
    "2": ("خبر", "عاد الطلاب والمدرسة مغلقة."),
    "3": ("خبر", "اجتمع الأهالي بالمدرسة صباحا."),
    "4": ("خبر", "قدمت الوزارة دعما للمدرسة."),
    "5": ("خبر", "زرنا مدرسةٍ قديمة."),
    "6": ("أحمد يفوز", "فاز أحمد بالجائزة."),
    "7": ("خبر", "قال إحمد إن الطريق مغلق."),
    "8": ("مستشفى ميداني", "افتتح مستشفى ميداني جديد."),
    "9": ("بلد", "زار الوفد بلدا مجاورا."),
    "10": ("تاب", "تاب اللاعب عن الخطأ."),
}


@pytest.fixture
def cases(db):
    save_articles(db, [record(i, title, body) for i, (title, body) in CASES.items()], NOW)
    return db


@pytest.mark.parametrize(("query", "expected"), [
    ("مدرسة", {"1", "2", "3", "4", "5"}),
    ("المدرسة", {"1", "2", "3", "4", "5"}),
    ("مدرسه", {"1", "2", "3", "4", "5"}),
    ("احمد", {"6", "7"}),
    ("أحمد", {"6", "7"}),
    ("مستشفي", {"8"}),
    ("مستشفى", {"8"}),
    ("المَدْرَسَة الجديدة", {"1"}),
])
def test_issue_search_cases(cases, query: str, expected: set[str]) -> None:
    assert set(found(cases, query)) == expected


def test_false_positive_guards(cases) -> None:
    assert found(cases, "كتاب") == []  # the stored تاب is not a كتاب
    assert set(found(cases, "بلد")) == {"9"}  # بلد is not ب + لد
    assert found(cases, "لد") == []


def test_stored_text_stays_as_published(cases) -> None:
    row = cases.execute("SELECT title, body FROM articles WHERE article_id = '1'").fetchone()
    assert row == CASES["1"]


def test_title_hits_rank_above_body_hits(db) -> None:
    save_articles(db, [
        record("1", "خبر عادي", "ذكر المستشفى مرة في النص."),
        record("2", "المستشفى الجديد", "نص بلا ذكر آخر."),
    ], NOW)
    assert found(db, "مستشفى") == ["2", "1"]


def test_snippet_and_title_highlight_the_words_as_published(cases) -> None:
    [hit] = search.search(cases.conn, "مدرسة جديدة")
    assert ("المَدْرَسَة", True) in hit.title_parts
    assert search.plain(hit.snippet) == "افتتاح [المَدْرَسَة] في الحي."
    [hit] = search.search(cases.conn, "المدرسة مغلقة")
    assert search.plain(hit.snippet, ("<", ">")) == "عاد الطلاب <والمدرسة> <مغلقة.>"


def test_snippet_is_a_window_of_a_long_body() -> None:
    body = " ".join(f"كلمة{i}" for i in range(100)) + " المدرسة " + " ".join(
        f"نص{i}" for i in range(100))
    parts = search.snippet(body, {"مدرسه"}, width=12)
    text = search.plain(parts)
    assert text.startswith("… ") and text.endswith(" …") and "[المدرسة]" in text
    assert len(text.split()) == 12 + 2


def test_update_reindexes_and_unchanged_keeps_the_index(db) -> None:
    save_articles(db, [record("1", "خبر", "نص عن المدرسة", content_hash="a")], NOW)
    save_articles(db, [record("1", "خبر", "نص عن المدرسة", content_hash="a")], NOW)
    assert found(db, "مدرسة") == ["1"]
    save_articles(db, [record("1", "خبر", "نص عن المستشفى", content_hash="b")], NOW)
    assert found(db, "مدرسة") == [] and found(db, "مستشفى") == ["1"]
    assert db.execute(f"SELECT count(*) FROM {search.FTS_TABLE}").fetchone()[0] == 1


def test_a_failing_batch_leaves_no_index_row(db) -> None:
    broken = record("2", None, "نص")  # title is NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        save_articles(db, [record("1", "خبر", "المدرسة"), broken], NOW)
    assert db.execute(f"SELECT count(*) FROM {search.FTS_TABLE}").fetchone()[0] == 0


def test_the_migration_indexes_articles_already_stored(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    MIGRATIONS.apply(old, stop_before="m005_search_index")
    old["articles"].insert({"site": "rtarabic", "article_id": "1", "url": "u", "title": "خبر",
                            "body": "بالمدرسة", "status": "ok", "first_seen": NOW,
                            "last_seen": NOW})
    assert search.FTS_TABLE not in old.table_names()
    old.close()
    db = open_archive(path)
    assert found(db, "مدرسة") == ["1"]


def test_reindexing_reads_the_archive_row_by_row(db) -> None:
    body = " ".join(["نص عن المدرسة"] * 5_000)  # about 70 KB of text per article
    save_articles(db, [record(str(i), "خبر", body, content_hash=str(i)) for i in range(100)], NOW)
    tracemalloc.start()
    try:
        assert search.reindex_all(db.conn) == 100
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(body.encode())  # all 100 bodies: about 100 times that
    assert search.count(db.conn, "مدرسة") == 100


def test_count_agrees_with_search(cases) -> None:
    assert search.count(cases.conn, "مدرسة") == 5
    assert search.count(cases.conn, "،") == 0 and search.search(cases.conn, "،") == []
