"""Articles per second with 1, 2 and 3 workers and one ingest, against the local replica.

Every answer of the replica waits DELAY seconds (a network-bound site), each worker keeps the
default politeness of 2 requests at a time, so more workers should mean more articles/s.
Starts its own redis-server on a free loopback port; prints a Markdown table.

Usage: python -m bench.distributed [--articles 300] [--delay 0.05] [--workers 1 2 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def one_crawl(workers: int, articles: int, delay: float, url: str, folder: Path) -> dict:
    client = redis.Redis.from_url(url)
    client.flushall()
    db = folder / f"bench-{workers}.db"
    with ReplicaServer(n_articles=articles, delay=delay) as server:
        started = time.monotonic()
        crawlers = [subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "rtarabic", "-a",
             f"base_url={server.base_url}", "-s", f"REDIS_URL={url}",
             "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
             "-s", "BROWSER_FETCH=off",
             "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2", "-s", "LOG_LEVEL=WARNING"],
            cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(workers)]
        while not client.scard("archive:crawls"):
            time.sleep(0.01)
        ingest = subprocess.Popen(
            [sys.executable, "-m", "archive", "ingest", "--redis", url, "--db", str(db),
             "--poll", "0.1"], cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL)
        for process in crawlers:
            process.wait(timeout=1800)
        crawled = time.monotonic() - started
        ingest.wait(timeout=600)
        total = time.monotonic() - started
        requests = len(server.requests)
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    client.close()
    return {"workers": workers, "stored": stored, "expected": articles, "requests": requests,
            "crawl_s": crawled, "total_s": total, "rate": stored / total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--delay", type=float, default=0.05)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    binary = shutil.which("redis-server")
    if binary is None:
        sys.exit("no redis-server on PATH (apt-get install redis-server)")
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1",
                                   "--save", "", "--appendonly", "no", "--dir", tmp],
                                  stdout=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        try:
            while True:
                try:
                    redis.Redis.from_url(url).ping()
                    break
                except redis.ConnectionError:
                    time.sleep(0.05)
            rows = [one_crawl(n, args.articles, args.delay, url, Path(tmp))
                    for n in args.workers]
        finally:
            server.terminate()
            server.wait()
    print(f"replica: {args.articles} articles, {args.delay * 1000:.0f} ms per answer; "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")
    print("| workers | articles stored | requests | crawl s | crawl + ingest s | articles/s |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['workers']} | {row['stored']} / {row['expected']} | {row['requests']} | "
              f"{row['crawl_s']:.1f} | {row['total_s']:.1f} | {row['rate']:.1f} |")


if __name__ == "__main__":
    main()
