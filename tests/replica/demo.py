"""`make demo`: serve the replica on 127.0.0.1, crawl it into ./demo.db, say how to browse it."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from tests.replica.server import ReplicaServer

ROOT = Path(__file__).resolve().parents[2]
# Our own loopback server: no politeness delays needed.
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="demo.db", help="archive to crawl into")
    parser.add_argument("--articles", type=int, default=60, help="articles on the replica")
    args = parser.parse_args(argv)
    with ReplicaServer(n_articles=args.articles) as server:
        print(f"replica of arabic.rt.com serving on {server.base_url}", flush=True)
        crawl = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "rtarabic",
             "-a", f"base_url={server.base_url}", "-s", f"ARCHIVE_DB={args.db}", *FAST],
            cwd=ROOT, check=False)
    if crawl.returncode != 0:
        print(f"crawl failed with exit code {crawl.returncode}", file=sys.stderr)
        return crawl.returncode
    subprocess.run([sys.executable, "-m", "archive", "stats", "--db", args.db], cwd=ROOT,
                   check=False)
    print(f"\nBrowse it:  make serve DB={args.db}   (then open http://127.0.0.1:8001/)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
