"""Archive bytes per article and per byte of article text, by table, on a replica crawl
(figures: BENCHMARKS.md).

    python -m bench.archive_size [--articles 2000] [--edited 200] [--keep DIR]
    python -m bench.archive_size --report ARCHIVE.db

A crawl of the replica (`scrapy crawl rtarabic`, as bench/crawl.py runs it), then `--edited`
of its articles changed by their editors and a second crawl (so versions, the run ledger and
known URLs are in the file, as in an archive kept for a while). The file is measured after a
checkpoint and VACUUM (what it holds, not the free pages of a crawl's churn). `--keep` keeps
the archive in DIR; `--report` measures an existing archive (a copy; it is left as it is).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from pathlib import Path

from archive.sizes import archive_size, report_lines
from bench.crawl import crawl
from bench.machine import describe
from tests.replica import ReplicaServer

EDIT = "وأضافت المصادر أن المفاوضات ستستأنف مطلع الشهر المقبل بحضور الوفود كافة."


def measure(path: Path) -> list[str]:
    """The size report of a compacted copy of the archive at `path`."""
    with tempfile.TemporaryDirectory(prefix="bench-size-") as folder:
        copy = Path(folder) / "copy.db"
        source = sqlite3.connect(path)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.execute("VACUUM")
        lines = report_lines(archive_size(target))
        target.close()
    return lines


def crawled(folder: Path, articles: int, edited: int) -> Path:
    """An archive of two crawls of the replica, `edited` articles changed in between."""
    db = folder / "archive.db"
    extra = ("-s", "WARC_ENABLED=False")
    with ReplicaServer(n_articles=articles) as server:
        first = crawl(server, db, extra)
        print(f"first crawl: {first.stored} articles in {first.wall:.1f} s")
        for article_id in sorted(server.site.articles)[:edited]:
            # A sentence of its own each: one repeated on 3 pages is learned as boilerplate.
            server.site.edit_article(article_id, f"{EDIT} (تحديث {article_id})")
        second = crawl(server, db, extra + ("-s", "REVISIT_HOURS=100000"))
        print(f"second crawl ({edited} articles edited): {second.requests} requests in "
              f"{second.wall:.1f} s")
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--edited", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the crawled archive in this folder")
    parser.add_argument("--report", type=Path, help="measure this archive; crawl nothing")
    args = parser.parse_args(argv)
    print(describe())
    if args.report:
        print("\n".join(measure(args.report)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-size-") as folder:
        db = crawled(Path(folder), args.articles, args.edited)
        print("\n".join(measure(db)))
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(db, args.keep / "archive.db")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
