"""End-to-end crawl of the replica site: pages/s, CPU seconds per page, peak RSS, and the
incremental second run (figures: BENCHMARKS.md).

    python -m bench.crawl [--articles 2000] [--extract-workers 0] [--profile]
                          [--incremental-runs 3] [--no-warc]

The replica (tests/replica) serves from this process on 127.0.0.1 with no delay; the crawl is
`scrapy crawl rtarabic` in a child process, measured with getrusage (CPU, peak RSS).
"""

from __future__ import annotations

import argparse
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bench.machine import describe
from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS=16", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
        "-s", "LOG_LEVEL=WARNING", "-s", "CLOSESPIDER_TIMEOUT=0", "-s", "MEMUSAGE_ENABLED=False")


@dataclass
class Run:
    wall: float
    cpu: float
    peak_rss_mb: float
    requests: int
    article_requests: int
    conditional: int  # requests sent with If-None-Match (answered 304 on an unchanged site)
    stored: int


def crawl(server: ReplicaServer, db: Path, extra: tuple[str, ...] = (),
          profile: Path | None = None) -> Run:
    """One crawl in a child process: its CPU time, and its own peak RSS.

    The peak comes from bench.peak, a small parent: getrusage(RUSAGE_CHILDREN) here would also
    count the pages this benchmark process (holding the replica) had when it forked the child.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    server.requests.clear()
    server.hits.clear()
    prefix = ["-m", "cProfile", "-o", str(profile)] if profile else []
    peak_file = db.with_suffix(".peak")
    command = [sys.executable, "-m", "bench.peak", str(peak_file), "--", sys.executable, *prefix,
               "-m", "scrapy", "crawl", "rtarabic",
               "-a", f"base_url={server.base_url}", "-s", f"ARCHIVE_DB={db}", *FAST, *extra]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kb = int(peak_file.read_text().split()[-1])
    articles = {unquote(urlsplit(a["url"]).path) for a in server.site.expected.values()}
    paths = [unquote(urlsplit(p).path) for _m, p in server.requests]
    import sqlite3

    stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(wall=wall, cpu=cpu,
               peak_rss_mb=peak_kb / 1024, requests=len(paths),
               article_requests=sum(p in articles for p in paths),
               conditional=sum("If-None-Match" in hit.headers for hit in server.hits),
               stored=stored)


def report(label: str, run: Run) -> None:
    pages = max(1, run.requests)
    print(f"{label}: {run.stored} articles stored, {run.requests} requests "
          f"({run.article_requests} article pages, {run.conditional} conditional) in "
          f"{run.wall:.2f} s = "
          f"{run.requests / run.wall:.1f} pages/s; CPU {run.cpu:.1f} s "
          f"({1000 * run.cpu / pages:.1f} ms/page); peak RSS {run.peak_rss_mb:.0f} MB")


# Where the time goes: cumulative seconds under each of these (they may nest).
COMPONENTS: dict[str, tuple[str, str]] = {
    "extraction (all)": ("extraction/article.py", "extract_article"),
    "  trafilatura": ("trafilatura/core.py", "extract"),
    "  language": ("extraction/language.py", "detect_language"),
    "archive writes (all)": ("archive/store.py", "save_articles"),
    "  search index": ("archive/search.py", "index_article"),
    "  story clustering": ("archive/stories.py", "place_many"),
    "  WAL checkpoints": ("archive/db.py", "checkpoint"),
    "WARC capture": ("crawler/capture.py", "process_response"),
    "incremental check": ("crawler/incremental.py", "get_processed_request"),
}


def profile_summary(path: Path, top: int = 12) -> None:
    stats = pstats.Stats(str(path))
    total = stats.total_tt
    print(f"profile: {total:.1f} s in the crawl process")
    for label, (file, function) in COMPONENTS.items():
        seconds = sum(row[3] for (name, _line, func), row in stats.stats.items()
                      if name.endswith(file) and func == function)
        print(f"  {label:24} {seconds:6.1f} s  {100 * seconds / total:5.1f}%")
    stats.sort_stats("tottime").print_stats(top)


def story_cost(server: ReplicaServer, db: Path, sample: int = 300, rounds: int = 3) -> None:
    """Clustering cost per stored article (archive/stories.py: signature, bands, lookups,
    union, original) against extraction's, both in this process: every stored article is
    placed again into empty story tables of a copy of the archive, in batches of 50 (as
    the crawl writes them, through `place_many` as archive/store.py does); extraction is
    timed on `sample` article pages. Both are timed `rounds` times, taking turns, and the
    fastest round of each is kept (the machine is shared: the fastest is the least
    disturbed)."""
    import shutil

    from archive.db import open_archive
    from archive.stories import place_many
    from extraction import extract, site_for

    copy = db.with_name("stories-copy.db")
    shutil.copy(db, copy)
    archive = open_archive(copy)
    rows = archive.execute("SELECT id, body FROM articles ORDER BY id").fetchall()
    pages = [(path, route.body) for path, route in server.site.routes.items()
             if path.count("/") >= 3 and route.status == 200
             and route.headers.get("Content-Type", "").startswith("text/html")][:sample]
    placing, extracting = [], []
    for _round in range(rounds):
        with archive.atomic():
            for table in ("story_bands", "story_signatures", "story_originals"):
                archive.execute(f"DELETE FROM {table}")
            archive.execute("UPDATE articles SET story_id = NULL")
            archive.execute("DELETE FROM article_links WHERE kind = 'original'")
        started = time.process_time()
        for i in range(0, len(rows), 50):
            with archive.atomic():  # as the crawl stores a batch of new articles
                place_many(archive, [(pk, body, True) for pk, body in rows[i:i + 50]])
        placing.append((time.process_time() - started) / max(1, len(rows)))
        started = time.process_time()
        for path, body in pages:
            extract(site_for(server.site.url(path), "rtarabic"), server.site.url(path), body,
                    "text/html; charset=utf-8")
        extracting.append((time.process_time() - started) / max(1, len(pages)))
    stories = archive.execute("SELECT count(*) FROM stories").fetchone()[0]
    archive.close()
    place_s, extract_s = min(placing), min(extracting)
    print(f"story clustering: {1000 * place_s:.3f} ms CPU per stored article "
          f"({len(rows)} articles, {stories} stories with copies) = "
          f"{100 * place_s / extract_s:.1f}% of extraction ({1000 * extract_s:.2f} ms per "
          f"page, {len(pages)} pages); fastest of {rounds} rounds each (all rounds: "
          f"{', '.join(f'{1000 * t:.3f}' for t in placing)} ms and "
          f"{', '.join(f'{1000 * t:.2f}' for t in extracting)} ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--extract-workers", type=int, default=0,
                        help="ARCHIVE_EXTRACT_WORKERS for the crawl (0: in the reactor thread)")
    parser.add_argument("--no-warc", action="store_true", help="crawl with WARC_ENABLED=False")
    parser.add_argument("--profile", action="store_true", help="cProfile the first run")
    parser.add_argument("--incremental-runs", type=int, default=3,
                        help="incremental runs after the first (median wall time reported)")
    args = parser.parse_args()
    print(describe())
    started = time.perf_counter()
    with ReplicaServer(n_articles=args.articles) as server, \
            tempfile.TemporaryDirectory(prefix="bench-crawl-") as folder:
        print(f"replica of {args.articles} articles built in {time.perf_counter() - started:.1f} s")
        db = Path(folder) / "archive.db"
        extra = ("-s", f"ARCHIVE_EXTRACT_WORKERS={args.extract_workers}")
        if args.no_warc:
            extra += ("-s", "WARC_ENABLED=False")
        profile = Path(folder) / "crawl.prof" if args.profile else None
        first = crawl(server, db, extra, profile)
        report(f"first run (extract workers {args.extract_workers})", first)
        sizes = {p.name: p.stat().st_size for p in Path(folder).rglob("*") if p.is_file()}
        warc = sum(v for k, v in sizes.items() if k.endswith(".warc.gz"))
        sqlite = sum(v for k, v in sizes.items() if k.startswith("archive.db"))
        print(f"bytes per article: WARC {warc / max(1, first.stored):,.0f}, "
              f"SQLite {sqlite / max(1, first.stored):,.0f}")
        story_cost(server, db)
        # Every run after the first is an incremental run on the unchanged site: the median
        # of a few is steadier on a shared machine than one.
        seconds = [crawl(server, db, extra) for _ in range(max(1, args.incremental_runs))]
        for number, second in enumerate(seconds, 2):
            report(f"run {number} (incremental, unchanged site)", second)
        wall = statistics.median(run.wall for run in seconds)
        print(f"incremental runs: {max(run.article_requests for run in seconds)} article "
              f"requests at most; median wall time {wall:.2f} s = "
              f"{100 * wall / first.wall:.1f}% of the first run's; peak RSS "
              f"{max(run.peak_rss_mb for run in seconds):.0f} MB at most")
        if profile:
            profile_summary(profile)


if __name__ == "__main__":
    main()
