"""Search with filters (site, section, tag, publication dates), sort orders and facets.

What /-/search, its CSV/JSONL export and `python -m archive search` run; archive/search.py
holds the keys, the index and the snippets.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from archive import relations, search, search_facets

# sort= values and their ORDER BY (undated articles last in date orders).
SORTS: dict[str, str] = {
    "relevance": "s.rank, a.id",
    "newest": "a.published IS NULL, a.published DESC, s.rank",
    "oldest": "a.published IS NULL, a.published ASC, s.rank",
}
FACET_LIMIT = 20
EXPORT_CHUNK = 200


@dataclass(frozen=True)
class Filters:
    """What narrows a search: exact site, section and tag; publication day bounds."""

    site: str | None = None
    section: str | None = None
    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    def where(self) -> tuple[list[str], dict[str, Any]]:
        """SQL conditions on `articles a` and their parameters (what the filters mean)."""
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if self.site:
            clauses.append("a.site = :site")
            params["site"] = self.site
        if self.section:
            clauses.append("a.section = :section")
            params["section"] = self.section
        if self.tag:
            clauses.append(TAG_CLAUSE)
            params["tag"] = self.tag
        dates, days = self.date_where()
        return clauses + dates, {**params, **days}

    def date_where(self) -> tuple[list[str], dict[str, Any]]:
        """The date bounds' SQL: the day as the page gave it (its own offset), as the
        table's date facet counts it."""
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if self.date_from:
            clauses.append("substr(a.published, 1, 10) >= :date_from")
            params["date_from"] = self.date_from.isoformat()
        if self.date_to:
            clauses.append("substr(a.published, 1, 10) <= :date_to")
            params["date_to"] = self.date_to.isoformat()
        return clauses, params


TAG_CLAUSE = ("a.id IN (SELECT x.articles_id FROM articles_tags x JOIN tags t "
              "ON t.id = x.tags_id WHERE t.name = :tag)")
# A date range is asked as at most this many year/month/day tokens (a range of a few
# centuries with ragged ends stays SQL).
MAX_DAY_TOKENS = 400
# Matches nothing: no article holds it (a date range no article's day can fall in).
NO_DAY = '"' + search_facets.DAY + 'none"'


@dataclass(frozen=True)
class Found:
    """A hit with the fields an export carries."""

    hit: search.Hit
    site: str
    section: str | None
    tags: list[str]


@dataclass(frozen=True)
class Plan:
    """How a search is asked: one FTS5 expression (the query's words and the filters' facet
    tokens), and the SQL conditions on `articles a` the tokens do not answer (a tag; a date
    range when some article's published is no calendar day). `counted`: the same expression
    with each key asked once (search.fts_query's ranked=False), for what needs no rank."""

    match: str
    counted: str
    checks: list[str]
    params: dict[str, Any]

    def joined(self, ranked: bool = True) -> str:
        """FROM/WHERE over the matches joined to articles, the checks applied.

        The index is the outer loop (CROSS JOIN): probing it once per article of a site took
        seconds; `ranked=False` leaves bm25 uncomputed (counts and facets need no rank).
        """
        columns, match = ("rowid, rank", ":match") if ranked else ("rowid", ":counted")
        return (f"FROM (SELECT {columns} FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} "
                f"MATCH {match}) s CROSS JOIN articles a ON a.id = s.rowid "
                f"WHERE {' AND '.join(self.checks) or '1'}")

    def args(self) -> dict[str, Any]:
        return {**self.params, "match": self.match, "counted": self.counted}


def plan(conn: sqlite3.Connection, query: str, filters: Filters = Filters()) -> Plan | None:
    """The search of `query` narrowed by `filters`, or None for an empty query."""
    words = search.fts_query(conn, query)
    if not words:
        return None
    parts: list[str] = []
    if filters.site:
        parts.append(search_facets.any_of([search_facets.site_token(filters.site)]))
    if filters.section:
        parts.append(search_facets.any_of([search_facets.section_token(filters.section)]))
    checks, params = ([TAG_CLAUSE], {"tag": filters.tag}) if filters.tag else ([], {})
    if filters.date_from or filters.date_to:
        days = _days(conn, filters)
        if days is None or days[1]:  # the SQL decides (all, or the odd days' articles)
            dates, bounds = filters.date_where()
            checks, params = checks + dates, {**params, **bounds}
        if days is not None:
            parts.append(search_facets.any_of(days[0]) if days[0] else NO_DAY)
    counted = search.fts_query(conn, query, ranked=False)
    return Plan(" AND ".join([words, *parts]), " AND ".join([counted, *parts]), checks, params)


def _days(conn: sqlite3.Connection, filters: Filters) -> tuple[list[str], bool] | None:
    """The facet tokens of the filters' days and whether odd days are among them (their
    articles then need the SQL test); None when the range is left to SQL alone."""
    first, last = filters.date_from, filters.date_to
    bounds = search_facets.day_bounds(conn)
    if bounds is not None:  # every calendar day stored is inside: tokens for those only
        first, last = max(first or bounds[0], bounds[0]), min(last or bounds[1], bounds[1])
    if first is None or last is None:
        return None
    tokens = search_facets.cover(first, last) if first <= last else []
    if len(tokens) > MAX_DAY_TOKENS:
        return None
    odd = conn.execute(f"SELECT 1 FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ? "
                       "LIMIT 1", [f'"{search_facets.ODD}"']).fetchone() is not None
    return tokens + [search_facets.ODD] * odd, odd


def total(conn: sqlite3.Connection, query: str, filters: Filters = Filters()) -> int:
    """How many articles match `query` and `filters`."""
    found = plan(conn, query, filters)
    if found is None:
        return 0
    if not found.checks:
        return conn.execute(f"SELECT count(*) FROM {search.FTS_TABLE} WHERE "
                            f"{search.FTS_TABLE} MATCH ?", [found.counted]).fetchone()[0]
    return conn.execute(f"SELECT count(*) {found.joined(ranked=False)}",
                        found.args()).fetchone()[0]


def ids(conn: sqlite3.Connection, query: str, filters: Filters = Filters(),
        sort: str = "relevance", limit: int = -1, offset: int = 0) -> list[int]:
    """Ids of the matching articles in `sort` order (all of them by default)."""
    found = plan(conn, query, filters)
    if found is None:
        return []
    if sort == "relevance" and not found.checks:
        # Every row of the index is an article: no join to rank the index's own rows.
        if _newest(conn, found.counted, RANK_WINDOW) is None:
            return _ranked(conn, found.match, limit, offset)
        return _windowed(conn, found, limit, offset)
    return [row[0] for row in conn.execute(
        f"SELECT a.id {found.joined()} ORDER BY {SORTS[sort]} LIMIT :limit OFFSET :offset",
        {**found.args(), "limit": limit, "offset": offset})]


# ---- relevance in windows of the newest matches ----
#
# bm25 scores every match before the first 20 (FTS5 has no top-k): about 1 us a match, 330 ms
# for a word in a third of a million articles. Past RANK_WINDOW matches, relevance ranks them
# window by window: the RANK_WINDOW most recently archived matches (highest ids) first, ranked
# among themselves, then the next RANK_WINDOW, and so on; pages and exports follow that one
# order, every match once. The page says so (`windowed`); sort=newest/oldest order them all.

RANK_WINDOW = 20_000
FIRST_ID = -2 ** 63


def windowed(conn: sqlite3.Connection, query: str, filters: Filters, sort: str,
             total: int) -> bool:
    """Whether `ids` ranks this search window by window (more than RANK_WINDOW matches)."""
    found = plan(conn, query, filters)
    return (sort == "relevance" and total > RANK_WINDOW and found is not None
            and not found.checks)


def _ranked(conn: sqlite3.Connection, match: str, limit: int, offset: int,
            ids_between: tuple[int, int] | None = None) -> list[int]:
    bounds, args = ("", []) if ids_between is None else (
        "AND rowid BETWEEN ? AND ? ", list(ids_between))
    return [row[0] for row in conn.execute(
        f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ? {bounds}"
        "ORDER BY rank, rowid LIMIT ? OFFSET ?", [match, *args, limit, offset])]


def _newest(conn: sqlite3.Connection, match: str, skip: int) -> int | None:
    """The id of the match with `skip` newer ones (None: there are not that many)."""
    found = conn.execute(f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} "
                         "MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                         [match, skip]).fetchone()
    return None if found is None else found[0]


def _windowed(conn: sqlite3.Connection, found: Plan, limit: int, offset: int) -> list[int]:
    out: list[int] = []
    window, skip = divmod(offset, RANK_WINDOW)
    while limit < 0 or len(out) < limit:
        high = _newest(conn, found.counted, window * RANK_WINDOW)
        if high is None:
            break
        low = _newest(conn, found.counted, (window + 1) * RANK_WINDOW - 1)
        out += _ranked(conn, found.match, -1 if limit < 0 else limit - len(out), skip,
                       (FIRST_ID if low is None else low, high))
        if low is None:
            break
        window, skip = window + 1, 0
    return out


def hits(conn: sqlite3.Connection, query: str, article_ids: list[int]) -> list[Found]:
    """The articles `article_ids`, in that order, as hits of `query` with their snippets."""
    if not article_ids:
        return []
    marks = ", ".join("?" for _ in article_ids)
    rows = {row[0]: row for row in conn.execute(
        f"SELECT id, title, summary, body, published, section_name, url, site, section "
        f"FROM articles WHERE id IN ({marks})", article_ids)}
    lists = relations.read(conn, list(rows))
    keys = search.hit_keys(query)
    return [Found(hit=search.Hit(
                id=row[0], title=row[1], published=row[4], section_name=row[5], url=row[6],
                score=0.0, title_parts=search.highlight(row[1], keys),
                snippet=search.snippet(search.best_text(row[3], row[2], keys), keys)),
                  site=row[7], section=row[8], tags=lists[row[0]]["tags"])
            for row in (rows[i] for i in article_ids if i in rows)]


def page(conn: sqlite3.Connection, query: str, filters: Filters, sort: str, size: int,
         number: int) -> list[Found]:
    """Page `number` (from 1) of `size` hits."""
    return hits(conn, query, ids(conn, query, filters, sort, size, (number - 1) * size))


def facets(conn: sqlite3.Connection, query: str,
           filters: Filters = Filters()) -> dict[str, list[tuple[str, str, int]]]:
    """Counts of the matches per site, section and publication month: (value, label, n)."""
    found = plan(conn, query, filters)
    if found is None:
        return {}
    by = {"site": ("a.site", "a.site"),
          "section": ("a.section", "coalesce(max(a.section_name), a.section)"),
          "month": ("substr(a.published, 1, 7)", "substr(a.published, 1, 7)")}
    out: dict[str, list[tuple[str, str, int]]] = {}
    for name, (value, label) in by.items():
        order = "value DESC" if name == "month" else "n DESC, value"
        out[name] = [(row[0], row[1], row[2]) for row in conn.execute(
            f"SELECT {value} AS value, {label}, count(*) AS n {found.joined(ranked=False)} "
            f"AND {value} IS NOT NULL GROUP BY value ORDER BY {order} LIMIT {FACET_LIMIT}",
            found.args())]
    return out
