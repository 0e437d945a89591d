"""Arabic-aware full-text search: normalized index keys, the FTS5 index and ranked queries.

Each text column is indexed as its folded words with attached prefixes stripped (exact keys).
Their Snowball stems (archive/stemming.py) are not indexed: `search_stems` maps each stem to
the keys that give it (kept by the archive's writes), and a query word matches its exact key
or any key sharing one of its stems. The key typed is asked twice, so bm25 (which sums over
the expression's terms) weighs its hits above those of the other inflections.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from archive.search_facets import FACET_COLUMN, FACET_FIELDS, facet_text
from archive.stemming import stems as snowball_stems

FTS_TABLE = "articles_search"
# The article columns indexed, each as one column of the index.
TEXT_COLUMNS: tuple[str, ...] = ("title", "summary", "body")
# Index columns, in FTS order, with their bm25 weights: a hit in the title counts most. The
# last column holds the filters' tokens (archive/search_facets.py), weighing nothing.
FTS_COLUMNS: tuple[tuple[str, float], ...] = (
    ("title", 10.0), ("summary", 4.0), ("body", 1.0), (FACET_COLUMN, 0.0),
)
# For each indexed word and each of its stems, the shortest of its keys with that stem (all
# keys of a word are indexed: that one finds the article). A pure function of the key: never
# deleted, a key no article holds matches nothing (45 bytes an article at 2,000, BENCHMARKS).
STEMS_TABLE = "search_stems"
STEMS_SQL = (f"CREATE TABLE IF NOT EXISTS {STEMS_TABLE} (stem TEXT NOT NULL, key TEXT NOT "
             "NULL, PRIMARY KEY (stem, key)) WITHOUT ROWID")
Pairs = frozenset[tuple[str, str]]  # (stem, key) rows of search_stems
# Marks a stem among highlight keys (words never contain it).
STEM_MARK = "~"

# Harakat, tanwin, shadda, sukun, superscript alef, maddah/hamza marks and Quranic annotation
# signs: they change how a word is read, never which word it is.
TASHKEEL: tuple[str, ...] = (
    *(chr(c) for c in range(0x0610, 0x061B)),
    *(chr(c) for c in range(0x064B, 0x0660)),
    "\u0670",
    *(chr(c) for c in range(0x06D6, 0x06DD)),
    *(chr(c) for c in range(0x06DF, 0x06E9)),
    *(chr(c) for c in range(0x06EA, 0x06EE)),
)
TATWEEL = "\u0640"
# Letters written differently for the same word: hamza forms of alef, alef maqsura, ta marbuta.
LETTER_FOLDS: tuple[tuple[str, str], ...] = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
)
# Clitics written attached to the next word, longest first (after normalization).
PREFIXES: tuple[str, ...] = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل")
# The prefixes a query word loses: they all carry the article, so what follows is a noun.
# A bare و ف ب ك ل is kept on a query word, since it is just as often the word's own first
# letter (كتاب, بلد, وزير, فرنسا, لبنان).
ARTICLE_PREFIXES: tuple[str, ...] = ("وال", "بال", "فال", "كال", "لل", "ال")
# Letters that must remain after a prefix is stripped: بلد stays بلد, ولد stays ولد.
MIN_STEM = 3
# How deep clitics stack: و + بال (وبالمدرسة), ف + لل (فللمدرسة).
MAX_PREFIX_DEPTH = 2

_DROP = {ord(ch): None for ch in (*TASHKEEL, TATWEEL)}
_FOLD = str.maketrans(dict(LETTER_FOLDS))
_WORD = re.compile(r"[^\W_]+")
_RAW_WORD = re.compile(r"\S+")


def normalize(text: str) -> str:
    """The search form of `text`: NFKC, no tashkeel or tatweel, one form per letter, lowercase."""
    return unicodedata.normalize("NFKC", text).translate(_DROP).translate(_FOLD).lower()


def words(text: str) -> list[str]:
    """The normalized words of `text`, in order."""
    return _WORD.findall(normalize(text))


def stems(word: str, depth: int = MAX_PREFIX_DEPTH) -> set[str]:
    """What a normalized word can be once attached prefixes are stripped (itself excluded)."""
    found: set[str] = set()
    if depth == 0:
        return found
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            rest = word[len(prefix):]
            found.add(rest)
            found |= stems(rest, depth - 1)
    return found


def index_keys(word: str) -> list[str]:
    """A normalized word's index keys: the word itself, then its prefix-stripped stems."""
    return list(_keys(word))


# Words repeat across articles: indexing a crawl spent most of its time building their keys
# (bench/crawl). The most frequent ones stay cached; an entry costs 200-500 bytes (a word and
# its stems), so the cache stays within a few MB however many distinct words a crawl meets.
INDEX_KEY_CACHE_SIZE = 2 ** 14


@lru_cache(maxsize=INDEX_KEY_CACHE_SIZE)
def _keys(word: str) -> tuple[str, ...]:
    return (word, *sorted(stems(word)))


def query_key(word: str) -> str:
    """A normalized query word's key: without an article-bearing prefix when enough is left."""
    for prefix in ARTICLE_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= MIN_STEM:
            return rest
    return word


def index_text(text: str | None) -> str:
    """What the index stores for one column: every word followed by its stems."""
    return " ".join(key for word in words(text or "") for key in _keys(word))


@lru_cache(maxsize=INDEX_KEY_CACHE_SIZE // 2)
def word_stems(word: str) -> tuple[str, ...]:
    """The Snowball stems of a normalized word and of its prefix-stripped forms."""
    return tuple(dict.fromkeys(s for key in _keys(word) for s in snowball_stems(key)))


@lru_cache(maxsize=INDEX_KEY_CACHE_SIZE // 2)
def stem_pairs(word: str) -> tuple[tuple[str, str], ...]:
    """(stem, key) for each stem of a normalized word: the shortest of its keys giving it."""
    keys = _keys(word)
    return tuple((s, min((k for k in keys if s in snowball_stems(k)), key=lambda k: (len(k), k)))
                 for s in word_stems(word))


def keyed_text(text: str | None) -> tuple[str, Pairs]:
    """index_text(text) and the `search_stems` rows its words need (words found once)."""
    found = words(text or "")
    return (" ".join(key for word in found for key in _keys(word)),
            frozenset(pair for word in set(found) for pair in stem_pairs(word)))


def query_keys(query: str) -> list[str]:
    """The distinct keys a query must all match, in the order typed."""
    return list(dict.fromkeys(query_key(word) for word in words(query)))


def query_terms(query: str, *, stemmed: bool = True) -> list[tuple[str, tuple[str, ...]]]:
    """(exact key, its stems) of each distinct query word, in the order typed."""
    return [(key, snowball_stems(key) if stemmed else ()) for key in query_keys(query)]


def hit_keys(query: str) -> set[str]:
    """What highlighting looks for: the query's exact keys and its marked stems."""
    return {k for key, found in query_terms(query)
            for k in (key, *(STEM_MARK + s for s in found))}


def fts_query(conn: sqlite3.Connection, query: str, *, stemmed: bool = True,
              ranked: bool = True) -> str:
    """An FTS5 MATCH expression: each query word as its exact key or a key sharing a stem
    with it (from `search_stems`), ANDed.

    Every key is a quoted term, so FTS5 operators a reader types are words like any other.
    A word with stems asks its own key twice: bm25 sums over the terms, so the inflection
    typed weighs twice another (before m021: exact columns at twice the stem columns);
    `ranked=False` asks it once (the same rows, for what needs no bm25: counts, id ranges).
    `stemmed=False` matches exact keys only (how the index was searched before stems)."""
    terms = query_terms(query, stemmed=stemmed)
    stems = sorted({s for _key, found in terms for s in found})
    sharing: dict[str, list[str]] = {}
    if stems:
        for stem, key in conn.execute(
                f"SELECT stem, key FROM {STEMS_TABLE} WHERE stem IN "
                f"({', '.join('?' for _ in stems)}) ORDER BY key", stems):
            sharing.setdefault(stem, []).append(key)
    groups = []
    for key, found in terms:
        others = dict.fromkeys(k for s in found for k in sharing.get(s, ()) if k != key)
        keys = [key, key, *others] if found and ranked else [key, *others]
        groups.append("(" + " OR ".join(f'"{k}"' for k in keys) + ")")
    return " AND ".join(groups)


# ---- the index, kept in step with articles by archive/store.py ----
#
# The index is contentless (content=''): it holds the keys' postings, not a copy of the keys
# (the snippets are cut from the articles' own text). So an article is taken out of it with
# FTS5's 'delete' command and the keys it was indexed with, computed again from its text as
# stored: a change to how keys are made (index_text, stem_pairs, the stemmer) must come with a
# migration that rebuilds the index and `search_stems` (reindex_all), as m015, m017, m019 and
# m021 do. The same holds for the facet tokens: a record given to index_article or
# unindex_article carries the site, section and published it is (or was) stored with.

def create_index(conn: sqlite3.Connection, table: str = FTS_TABLE) -> None:
    """Create the contentless FTS5 table (rowid = articles.id) with bm25 weights as its rank,
    and `search_stems` if the archive has none yet."""
    columns = ", ".join(name for name, _weight in FTS_COLUMNS)
    weights = ", ".join(str(weight) for _name, weight in FTS_COLUMNS)
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {table} USING fts5({columns}, "
                 "content='')")
    conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('rank', 'bm25({weights})')")
    conn.execute(STEMS_SQL)


def index_values(record: Mapping[str, Any],
                 memo: dict[str, tuple[str, Pairs]] | None = None) -> list[str]:
    """What the index holds for an article: its text columns' keys, then its facets column.
    With `memo`, each distinct paragraph is keyed once across the calls sharing it."""
    return _keyed(record, {} if memo is None else memo)[0]


def _keyed(record: Mapping[str, Any],
           memo: dict[str, tuple[str, Pairs]]) -> tuple[list[str], set[tuple[str, str]]]:
    """index_values and the `search_stems` rows the record's words need."""
    values: list[str] = []
    pairs: set[tuple[str, str]] = set()
    for name in TEXT_COLUMNS:
        exact, found = _paragraph_values(record.get(name), memo)
        values.append(exact)
        pairs |= found
    return [*values, facet_text(record)], pairs


def _paragraph_values(text: str | None,
                      memo: dict[str, tuple[str, Pairs]]) -> tuple[str, Pairs]:
    """(index_text, stem pairs) of `text` from those of its paragraphs (split at blank
    lines): the same string, as no word spans a blank line and normalization never joins
    across one. An article's old and new text share most paragraphs (a re-clean removes
    whole lines, an update changes a few), so re-indexing keys each shared one once."""
    exact: list[str] = []
    pairs: set[tuple[str, str]] = set()
    for paragraph in (text or "").split("\n\n"):
        found = memo.get(paragraph)
        if found is None:
            found = memo[paragraph] = keyed_text(paragraph)
        if found[0]:
            exact.append(found[0])
        pairs |= found[1]
    return " ".join(exact), frozenset(pairs)


def _names() -> str:
    return ", ".join(name for name, _weight in FTS_COLUMNS)


def unindex_article(conn: sqlite3.Connection, article_id: int, old: Mapping[str, Any],
                    table: str = FTS_TABLE,
                    memo: dict[str, tuple[str, Pairs]] | None = None) -> None:
    """Take an article out of the index: `old` is its text as it was indexed. Its stem
    rows stay (other articles may hold the keys; a key no one holds matches nothing)."""
    marks = ", ".join("?" for _ in FTS_COLUMNS)
    conn.execute(f"INSERT INTO {table}({table}, rowid, {_names()}) "
                 f"VALUES ('delete', ?, {marks})", [article_id, *index_values(old, memo)])


def index_article(conn: sqlite3.Connection, article_id: int, record: Mapping[str, Any],
                  old: Mapping[str, Any] | None = None, table: str = FTS_TABLE) -> None:
    """(Re)index one article inside the transaction that writes it, its words' stems in
    `search_stems`; `old`: the title, summary, body, site, section and published it was
    indexed with (None: not indexed yet)."""
    memo: dict[str, tuple[str, Pairs]] = {}
    if old is not None:
        if (all((old.get(n) or "") == (record.get(n) or "") for n in TEXT_COLUMNS)
                and facet_text(old) == facet_text(record)):
            return
        unindex_article(conn, article_id, old, table, memo)  # shared paragraphs keyed once
    values, pairs = _keyed(record, memo)
    marks = ", ".join("?" for _ in FTS_COLUMNS)
    conn.execute(f"INSERT INTO {table}(rowid, {_names()}) VALUES (?, {marks})",
                 [article_id, *values])
    conn.executemany(f"INSERT OR IGNORE INTO {STEMS_TABLE} (stem, key) VALUES (?, ?)", pairs)


def reindex_all(conn: sqlite3.Connection, table: str = FTS_TABLE) -> int:
    """Rebuild the index and `search_stems` from every stored article; returns how many
    were indexed."""
    conn.execute(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
    conn.execute(f"DELETE FROM {STEMS_TABLE}")
    count = 0
    # Row by row: the archive's text is never all in memory at once.
    fields = (*TEXT_COLUMNS, *FACET_FIELDS)
    rows = conn.execute(f"SELECT id, {', '.join(fields)} FROM articles")
    for article_id, *values in rows:
        index_article(conn, article_id, dict(zip(fields, values, strict=True)), table=table)
        count += 1
    return count


# ---- queries ----

@dataclass(frozen=True)
class Hit:
    """One search result: the article's display fields and a snippet of its own text."""

    id: int
    title: str
    published: str | None
    section_name: str | None
    url: str
    score: float
    title_parts: list[tuple[str, bool]] = field(default_factory=list)
    snippet: list[tuple[str, bool]] = field(default_factory=list)


def search(conn: sqlite3.Connection, query: str, *, limit: int = 20,
           offset: int = 0) -> list[Hit]:
    """Articles matching every word of `query`, most relevant first."""
    match = fts_query(conn, query)
    if not match:
        return []
    rows = conn.execute(
        f"SELECT a.id, a.title, a.summary, a.body, a.published, a.section_name, a.url, s.rank "
        f"FROM (SELECT rowid, rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? "
        f"ORDER BY rank LIMIT ? OFFSET ?) s JOIN articles a ON a.id = s.rowid ORDER BY s.rank",
        [match, limit, offset],
    ).fetchall()
    keys = hit_keys(query)
    return [
        Hit(id=row[0], title=row[1], published=row[4], section_name=row[5], url=row[6],
            score=row[7], title_parts=highlight(row[1], keys),
            snippet=snippet(best_text(row[3], row[2], keys), keys))
        for row in rows
    ]


def count(conn: sqlite3.Connection, query: str) -> int:
    """How many articles match `query`."""
    match = fts_query(conn, query, ranked=False)
    if not match:
        return 0
    return conn.execute(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?",
                        [match]).fetchone()[0]


def matches(raw_word: str, keys: set[str]) -> bool:
    """Whether a word as published is a hit for any of the query keys."""
    return not keys.isdisjoint(_raw_word_keys(raw_word))


@lru_cache(maxsize=65_536)
def _raw_word_keys(raw_word: str) -> frozenset[str]:
    # Snippets test every word of every hit; news vocabulary repeats, so this is mostly cached.
    return frozenset(key for word in words(raw_word)
                     for key in (*_keys(word), *(STEM_MARK + s for s in word_stems(word))))


def highlight(text: str | None, keys: set[str]) -> list[tuple[str, bool]]:
    """`text` as published, cut into (piece, is_hit) parts."""
    parts: list[tuple[str, bool]] = []
    position = 0
    for found in _RAW_WORD.finditer(text or ""):
        if matches(found.group(), keys):
            parts.append(((text or "")[position:found.start()], False))
            parts.append((found.group(), True))
            position = found.end()
    parts.append(((text or "")[position:], False))
    return [part for part in parts if part[0]]


def snippet(text: str | None, keys: set[str], *, width: int = 30) -> list[tuple[str, bool]]:
    """About `width` words of `text` around its first hit, as (piece, is_hit) parts."""
    spans = list(_RAW_WORD.finditer(text or ""))
    first = next((i for i, found in enumerate(spans) if matches(found.group(), keys)), 0)
    start = max(0, first - width // 3)
    window = spans[start:start + width]
    if not window:
        return []
    piece = (text or "")[window[0].start():window[-1].end()]
    parts = highlight(piece, keys)
    if start > 0:
        parts.insert(0, ("… ", False))
    if start + width < len(spans):
        parts.append((" …", False))
    return parts


def best_text(body: str | None, summary: str | None, keys: set[str]) -> str | None:
    """The paragraph of the body with the most hits (the summary if none has one)."""
    best, best_hits = summary or body, 0
    for paragraph in _paragraphs(body):
        hits = sum(1 for found in _RAW_WORD.finditer(paragraph) if matches(found.group(), keys))
        if hits > best_hits:
            best, best_hits = paragraph, hits
    return best


def _paragraphs(text: str | None) -> Iterator[str]:
    return (p for p in (text or "").split("\n\n") if p.strip())


def plain(parts: Iterable[tuple[str, bool]], mark: tuple[str, str] = ("[", "]")) -> str:
    """Snippet parts as text, hits between `mark`s (for the terminal)."""
    return "".join(f"{mark[0]}{piece}{mark[1]}" if hit else piece for piece, hit in parts)
