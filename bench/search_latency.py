"""Search latency p50/p95 on a synthetic Arabic archive (figures: BENCHMARKS.md).

    python -m bench.search_latency [--articles 100000] [--db bench/.data/search.db] [--runs 200]

The archive is written through archive.store.save_articles (so the index is built the way a
crawl builds it) and kept between runs; --rebuild starts again. Articles are spread over
SITES sites. Each query is timed as /-/search answers it: the page of 20 hits with snippets
and the total; the filtered ones with a site and/or a date range (archive/finder.py). Past
finder.RANK_WINDOW matches relevance ranks the newest matches window by window: the last
column says how many of the page's 20 the exact ranking (every match scored) puts first too.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from archive import finder, search
from archive.db import open_archive
from archive.store import save_articles
from tests.replica.bank import GENERAL_SENTENCES, SENTENCES, STORIES

NOW = "2024-06-01T00:00:00+00:00"
SEED = 5
BATCH = 1000
# Occasional diacritics and attached prefixes, as in published text.
MARKS: tuple[str, ...] = ("\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u064b")
CLITICS: tuple[str, ...] = ("و", "ب", "ل", "ف", "وال", "بال", "لل")
QUERIES: tuple[str, ...] = (
    "روسيا",                # common
    "المدرسة",              # with the article
    "والاقتصاد",            # with a conjunction + article
    "مُسْتَشْفَى",          # with tashkeel and alef maqsura
    "احمد",                 # hamza-less alef
    "روسيا الصين",          # two words, both common
    "التعاون الاقتصادي بين البلدين",  # four words
    "كتابخانه",             # no hits
)
SITES = 10
QUARTER = {"date_from": date(2024, 4, 1), "date_to": date(2024, 6, 30)}
# Filtered queries: a common word on one site in one quarter (the issue's), then the site
# alone, an open-ended date range alone, and two words on one site in one quarter.
FILTERED: tuple[tuple[str, finder.Filters], ...] = (
    ("روسيا", finder.Filters(site="site3", **QUARTER)),
    ("روسيا", finder.Filters(site="site3")),
    ("روسيا", finder.Filters(date_from=date(2024, 10, 1))),
    ("روسيا الصين", finder.Filters(site="site3", **QUARTER)),
)
# The rare word: this far from the end of the text bank's words by frequency.
RARE_RANK = 40


def vocabulary() -> list[str]:
    """Words of the replica's text bank, most frequent first (a Zipf-like draw favours them)."""
    text = " ".join([*GENERAL_SENTENCES, *(s for ss in SENTENCES.values() for s in ss),
                     *(f"{t} {lead}" for ss in STORIES.values() for t, lead in ss)])
    counts: dict[str, int] = {}
    for word in text.split():
        word = word.strip(".,،؛:!؟\"'()")
        if word:
            counts[word] = counts.get(word, 0) + 1
    extra = ["المدرسة", "مستشفى", "أحمد", "إحمد", "مدرسة", "الاقتصاد"]
    return sorted(counts, key=counts.get, reverse=True) + extra


def sentence(rng: random.Random, words: list[str], weights: list[float], n: int) -> str:
    out = []
    for word in rng.choices(words, weights, k=n):
        if rng.random() < 0.08:
            word = rng.choice(CLITICS) + word
        if rng.random() < 0.05:
            at = rng.randrange(1, len(word) + 1)
            word = word[:at] + rng.choice(MARKS) + word[at:]
        out.append(word)
    return " ".join(out)


def build(path: Path, n: int) -> float:
    """Write `n` synthetic articles; returns the seconds it took."""
    rng = random.Random(SEED)
    words = vocabulary()
    weights = [1 / (rank + 1) for rank in range(len(words))]
    db = open_archive(path)
    started = time.perf_counter()
    for first in range(0, n, BATCH):
        records = []
        for i in range(first, min(first + BATCH, n)):
            body = "\n\n".join(sentence(rng, words, weights, rng.randint(30, 60))
                               for _ in range(rng.randint(3, 7)))
            records.append({
                "url": f"https://bench.example/news/{i}/", "site": f"site{i % SITES}",
                "article_id": str(i),
                "title": sentence(rng, words, weights, rng.randint(6, 12)),
                "summary": sentence(rng, words, weights, rng.randint(15, 25)), "body": body,
                "status": "ok", "content_hash": f"h{i}", "tags": [],
                "published": f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}T10:00:00+03:00",
            })
        save_articles(db, records, NOW)
        print(f"\rbuilt {min(first + BATCH, n):,}/{n:,} articles "
              f"({time.perf_counter() - started:.0f}s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return time.perf_counter() - started


def rare_word() -> str:
    bank = vocabulary()
    return bank[-RARE_RANK]


def _timed(runs: int, ask: object) -> tuple[float, float]:
    for _ in range(5):  # warm the page cache
        ask()  # type: ignore[operator]
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        ask()  # type: ignore[operator]
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))]


def _label(filters: finder.Filters) -> str:
    parts = [f"site {filters.site}"] if filters.site else []
    if filters.date_from or filters.date_to:
        parts.append(f"{filters.date_from or ''} .. {filters.date_to or ''}")
    return ", ".join(parts)


def agreement(conn: object, query: str, filters: finder.Filters) -> str:
    """How many of the page's 20 the exact ranking (every match scored) also puts first."""
    total = finder.total(conn, query, filters)  # type: ignore[arg-type]
    if not finder.windowed(conn, query, filters, "relevance", total):  # type: ignore[arg-type]
        return "exact"
    found = finder.plan(conn, query, filters)  # type: ignore[arg-type]
    assert found is not None
    exact = {row[0] for row in conn.execute(  # type: ignore[attr-defined]
        f"SELECT rowid FROM {search.FTS_TABLE} WHERE {search.FTS_TABLE} MATCH ? "
        "ORDER BY rank, rowid LIMIT 20", [found.match])}
    page = finder.ids(conn, query, filters, "relevance", 20)  # type: ignore[arg-type]
    return f"{len(exact & set(page))}/20"


def measure(path: Path, runs: int) -> list[tuple[str, int, float, float, str]]:
    db = open_archive(path)
    conn = db.conn
    rows = []
    asked = [(q, finder.Filters()) for q in (*QUERIES, rare_word())] + list(FILTERED)
    for query, filters in asked:
        def ask(query: str = query, filters: finder.Filters = filters) -> None:
            finder.page(conn, query, filters, "relevance", 20, 1)
            finder.total(conn, query, filters)
        p50, p95 = _timed(runs, ask)
        label = query if filters == finder.Filters() else f"{query} ({_label(filters)})"
        shared = agreement(conn, query, filters)
        rows.append((label, finder.total(conn, query, filters), p50, p95, shared))
    db.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path("bench/.data/search.db"))
    parser.add_argument("--runs", type=int, default=200, help="timed searches per query")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    db = open_archive(args.db)
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    if have != args.articles:
        if have:
            sys.exit(f"{args.db} holds {have:,} articles, not {args.articles:,}: use --rebuild")
        seconds = build(args.db, args.articles)
        print(f"built in {seconds:,.0f} s ({args.articles / seconds:,.0f} articles/s)")
    print(f"{args.articles:,} articles, {args.db.stat().st_size / 2**20:,.0f} MiB; "
          f"{args.runs} runs per query (page of 20 with snippets + total); "
          f"{platform.python_version()}, "
          f"{os.cpu_count()} CPUs\n")
    print("| query | matches | p50 ms | p95 ms | top 20 as exact ranking |\n"
          "|---|---:|---:|---:|---|")
    results = measure(args.db, args.runs)
    for query, matches, p50, p95, shared in results:
        print(f"| {query} | {matches:,} | {p50:.1f} | {p95:.1f} | {shared} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
