"""Precision and recall of Arabic search on the relevance set (figures: BENCHMARKS.md).

    python -m bench.search_relevance

The set is tests/search_relevance_cases.py: each query's relevant articles are judged over
the whole corpus, so precision = relevant found / found and recall = relevant found /
relevant, micro-averaged over the queries. Stemmed (the index as built) against exact keys
only (folded words with attached prefixes stripped: the index before Snowball stems).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from archive import search
from archive.db import open_archive
from archive.store import save_articles
from tests.search_relevance_cases import CASES
from tests.test_search_relevance import NOW, relevance_records


def found_keys(conn, query: str, *, stemmed: bool) -> set[str]:
    """The article keys a query finds, with or without stems."""
    match = search.fts_query(conn, query, stemmed=stemmed)
    rows = conn.execute(
        f"SELECT a.article_id FROM {search.FTS_TABLE} s JOIN articles a ON a.id = s.rowid "
        f"WHERE {search.FTS_TABLE} MATCH ?", [match]).fetchall()
    return {row[0] for row in rows}


def measure(conn, *, stemmed: bool) -> tuple[float, float, int]:
    """Micro-averaged precision, recall, and how many `avoid` articles were found."""
    hits = found = relevant = wrong = 0
    for case in CASES:
        got = found_keys(conn, case.query, stemmed=stemmed)
        hits += len(got & case.find)
        found += len(got)
        relevant += len(case.find)
        wrong += len(got & case.avoid)
    return hits / max(found, 1), hits / relevant, wrong


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_archive(Path(tmp) / "relevance.db")
        save_articles(db, relevance_records(), NOW)
        print(f"{len(CASES)} queries, {sum(len(c.find) for c in CASES)} relevant pairs")
        print(f"{'index':28} {'precision':>9} {'recall':>7} {'look-alikes found':>18}")
        for name, stemmed in (("exact keys (prefixes only)", False),
                              ("exact keys + Snowball stems", True)):
            precision, recall, wrong = measure(db.conn, stemmed=stemmed)
            print(f"{name:28} {precision:9.3f} {recall:7.3f} {wrong:18d}")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
