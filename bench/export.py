"""`python -m archive export` of a whole archive: wall time, peak RSS and output size
(figures: BENCHMARKS.md). The export streams, so its peak memory should not grow with the
archive: run it on archives of two sizes (bench/search_latency.py builds them).

    python -m bench.export --db bench/.data/search.db [--format parquet]
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.machine import describe

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--format", default="parquet", choices=("parquet", "jsonl", "csv"))
    args = parser.parse_args(argv)
    print(describe())
    articles = sqlite3.connect(args.db).execute("SELECT count(*) FROM articles").fetchone()[0]
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        out = Path(folder) / f"articles.{args.format}"
        peak = Path(folder) / "peak"
        command = [sys.executable, "-m", "bench.peak", str(peak), "--", sys.executable, "-m",
                   "archive", "export", "--db", str(args.db), "--format", args.format,
                   "-o", str(out)]
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True)
        seconds = time.perf_counter() - started
        peak_mb = int(peak.read_text().split()[-1]) / 1024
        print(f"{articles:,} articles to {args.format} in {seconds:,.1f} s "
              f"({articles / seconds:,.0f} articles/s); peak RSS {peak_mb:,.0f} MB; "
              f"output {out.stat().st_size / 2**20:,.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
