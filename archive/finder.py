"""Search with filters (site, section, tag, publication dates), sort orders and facets.

What /-/search, its CSV/JSONL export and `python -m archive search` run; archive/search.py
holds the keys, the index and the snippets.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any

from archive import relations, search

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
        """SQL conditions on `articles a` and their parameters."""
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if self.site:
            clauses.append("a.site = :site")
            params["site"] = self.site
        if self.section:
            clauses.append("a.section = :section")
            params["section"] = self.section
        if self.tag:
            clauses.append("a.id IN (SELECT x.articles_id FROM articles_tags x JOIN tags t "
                           "ON t.id = x.tags_id WHERE t.name = :tag)")
            params["tag"] = self.tag
        # The day as the page gave it (its own offset), as the table's date facet counts it.
        if self.date_from:
            clauses.append("substr(a.published, 1, 10) >= :date_from")
            params["date_from"] = self.date_from.isoformat()
        if self.date_to:
            clauses.append("substr(a.published, 1, 10) <= :date_to")
            params["date_to"] = self.date_to.isoformat()
        return clauses, params


@dataclass(frozen=True)
class Found:
    """A hit with the fields an export carries."""

    hit: search.Hit
    site: str
    section: str | None
    tags: list[str]


def _matches(query: str, filters: Filters,
             ranked: bool = True) -> tuple[str, dict[str, Any]] | None:
    """FROM/WHERE over the query's matches joined to articles, or None for an empty query.

    The index is the outer loop (CROSS JOIN): probing it once per article of a site took
    seconds; `ranked=False` leaves bm25 uncomputed (counts and facets need no rank).
    """
    match = search.fts_query(query)
    if not match:
        return None
    clauses, params = filters.where()
    where = " AND ".join(clauses) or "1"
    columns = "rowid, rank" if ranked else "rowid"
    return (f"FROM (SELECT {columns} FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} "
            f"MATCH :match) s CROSS JOIN articles a ON a.id = s.rowid WHERE {where}",
            {**params, "match": match})


def total(conn: sqlite3.Connection, query: str, filters: Filters = Filters()) -> int:
    """How many articles match `query` and `filters`."""
    if filters == Filters():
        return search.count(conn, query)
    found = _matches(query, filters, ranked=False)
    if found is None:
        return 0
    return conn.execute(f"SELECT count(*) {found[0]}", found[1]).fetchone()[0]


def ids(conn: sqlite3.Connection, query: str, filters: Filters = Filters(),
        sort: str = "relevance", limit: int = -1, offset: int = 0) -> list[int]:
    """Ids of the matching articles in `sort` order (all of them by default)."""
    if filters == Filters() and sort == "relevance" and search.fts_query(query):
        # Every row of the index is an article: no join to rank the index's own rows.
        return [row[0] for row in conn.execute(
            f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ? "
            "ORDER BY rank, rowid LIMIT ? OFFSET ?", [search.fts_query(query), limit, offset])]
    found = _matches(query, filters)
    if found is None:
        return []
    return [row[0] for row in conn.execute(
        f"SELECT a.id {found[0]} ORDER BY {SORTS[sort]} LIMIT :limit OFFSET :offset",
        {**found[1], "limit": limit, "offset": offset})]


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
    found = _matches(query, filters, ranked=False)
    if found is None:
        return {}
    by = {"site": ("a.site", "a.site"),
          "section": ("a.section", "coalesce(max(a.section_name), a.section)"),
          "month": ("substr(a.published, 1, 7)", "substr(a.published, 1, 7)")}
    out: dict[str, list[tuple[str, str, int]]] = {}
    for name, (value, label) in by.items():
        order = "value DESC" if name == "month" else "n DESC, value"
        out[name] = [(row[0], row[1], row[2]) for row in conn.execute(
            f"SELECT {value} AS value, {label}, count(*) AS n {found[0]} AND {value} IS NOT NULL "
            f"GROUP BY value ORDER BY {order} LIMIT {FACET_LIMIT}", found[1])]
    return out
