"""The headless browser's cost: a browser page against a plain page, side by side in one run,
and the share of plain requests in a crawl of a site behind a challenge.

    python -m bench.browser [--pages 30] [--articles 60]

1. The same article pages of the replica fetched alternately plain (http.client, then
   extraction) and with the browser (crawler/browser_session.py: Chromium renders the page,
   then extraction of the DOM): median wall time per page of each and their ratio; the
   browser's launch is timed apart.
2. `scrapy crawl news -a site=...` of the replica behind tests/replica/challenge.py's gate with
   BROWSER_FETCH=blocked: requests in all, browser fetches, and the share of plain requests.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from bench.machine import describe
from crawler.browser_session import BrowserSession
from extraction import extract
from extraction.sites.generic import site_for_url
from tests.replica import ReplicaServer
from tests.replica.challenge import ChallengeGate

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1", "-s", "LOG_LEVEL=WARNING"]


def per_page(server: ReplicaServer, pages: int) -> None:
    site = site_for_url(server.base_url)
    urls = [server.base_url + spec.fetched_path
            for spec in list(server.site.articles.values())[:pages]]
    session = BrowserSession(CHROMIUM, "arabic-news-archive-bench", 30.0)
    started = time.perf_counter()
    session.fetch(urls[0], lambda url: None).result()  # launch, first context and page
    launch = time.perf_counter() - started
    plain, browser = [], []
    for url in urls:
        started = time.perf_counter()
        with urllib.request.urlopen(url) as answer:
            body, content_type = answer.read(), answer.headers.get("Content-Type")
        plain_words = extract(site, url, body, content_type).word_count
        plain.append(time.perf_counter() - started)
        started = time.perf_counter()
        page = session.fetch(url, lambda url: None).result()
        dom_words = extract(site, url, (page.dom or "").encode(), "text/html; charset=utf-8"
                            ).word_count
        browser.append(time.perf_counter() - started)
        assert dom_words >= plain_words * 0.9, url
    session.close().result()
    plain_ms, browser_ms = statistics.median(plain) * 1000, statistics.median(browser) * 1000
    print(f"browser launch and first page: {launch * 1000:.0f} ms")
    print(f"per article page, median of {len(urls)} (fetch + extraction): plain "
          f"{plain_ms:.1f} ms, browser {browser_ms:.1f} ms: a browser page costs "
          f"{browser_ms / plain_ms:.1f}x a plain page")


def challenged_crawl(articles: int) -> None:
    with ReplicaServer(n_articles=articles) as server, \
            tempfile.TemporaryDirectory(prefix="bench-browser-") as folder:
        server.gate = ChallengeGate()
        db = Path(folder) / "archive.db"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site={server.base_url}",
             "-s", f"ARCHIVE_DB={db}", "-s", "BROWSER_FETCH=blocked", "-s", "BROWSER_TIMEOUT=5",
             *FAST], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True, text=True)
        seconds = time.perf_counter() - started
        conn = sqlite3.connect(db)
        requests, browser = conn.execute(
            "SELECT requests, browser FROM crawl_runs ORDER BY id DESC").fetchone()
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
        counts = json.loads(browser or "{}")
        fetched = counts.get("fetched", 0)
        print(f"crawl behind the challenge (exit {result.returncode}, {seconds:.1f} s): "
              f"{stored} articles stored, {requests} requests, {fetched} by the browser "
              f"({counts.get('passed_challenge', 0)} challenge passed, "
              f"{counts.get('failed/timeout', 0)} static challenge page not passed): "
              f"{(requests - fetched) / requests:.1%} of requests plain")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--articles", type=int, default=60)
    args = parser.parse_args()
    print(describe())
    with ReplicaServer(n_articles=max(args.pages, 12)) as server:
        per_page(server, args.pages)
    challenged_crawl(args.articles)


if __name__ == "__main__":
    main()
