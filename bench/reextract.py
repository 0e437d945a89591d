"""Re-extraction from WARC captures: articles/s with 1 worker and with all cores.

    python -m bench.reextract [--articles 2000]

Crawls a replica of N articles (WARC on) into a temporary archive, then times
`archive.reextract.reextract` over every capture with 1 worker (in-process) and with
os.cpu_count() worker processes; the archive is copied fresh for each. Also the bytes per
article in WARC and in SQLite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from archive.db import open_archive
from archive.reextract import reextract
from bench.crawl import crawl
from bench.machine import describe
from tests.replica import ReplicaServer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    print(describe())
    with ReplicaServer(n_articles=args.articles) as server, \
            tempfile.TemporaryDirectory(prefix="bench-reextract-") as folder:
        db = Path(folder) / "archive.db"
        run = crawl(server, db)
        warc = Path(folder) / "warc"
        warc_bytes = sum(p.stat().st_size for p in warc.glob("*.warc.gz"))
        sqlite_bytes = sum(p.stat().st_size for p in Path(folder).glob("archive.db*"))
        print(f"capture: {run.stored} articles; bytes per article: WARC "
              f"{warc_bytes / run.stored:,.0f}, SQLite {sqlite_bytes / run.stored:,.0f}")
        for workers in sorted({1, os.cpu_count() or 1}):
            copy = Path(folder) / f"copy-{workers}.db"
            shutil.copy(db, copy)
            archive = open_archive(copy)
            started = time.perf_counter()
            counts = reextract(archive, warc, workers=workers)
            seconds = time.perf_counter() - started
            archive.close()
            print(f"reextract with {workers} worker(s): {sum(counts.values())} articles in "
                  f"{seconds:.1f} s = {sum(counts.values()) / seconds:.0f} articles/s "
                  f"({dict(counts)})")


if __name__ == "__main__":
    main()
