"""Archive writes: articles/s through archive.store.save_articles by batch size.

    python -m bench.writes [--articles 3000]

Records are real extraction output (generated replica pages run through our extraction
once, outside the timing); each batch size writes them into a fresh archive (WAL, search
index, tags, links: everything a crawl writes).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from archive.db import open_archive
from archive.store import save_articles
from bench.machine import describe
from extraction import extract
from extraction.sites import get_site
from tests.replica.site import ReplicaSite

NOW = "2024-06-01T00:00:00+00:00"


def records(n: int) -> list[dict]:
    site = get_site("rtarabic")
    replica = ReplicaSite("https://arabic.rt.com", n_articles=n)
    made = []
    for spec in replica.articles.values():
        url = replica.url(spec.path)
        record = asdict(extract(site, url, replica.routes[spec.path].body))
        record.update(fetched_at=NOW, discovered_via="sitemap")
        made.append(record)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=3000)
    args = parser.parse_args()
    print(describe())
    batch = records(args.articles)
    print(f"{len(batch)} extracted articles; writing them with each batch size:")
    print("| batch size | transactions | articles/s |")
    print("|---:|---:|---:|")
    for size in (1, 10, 50, 500):
        with tempfile.TemporaryDirectory() as folder:
            db = open_archive(Path(folder) / "a.db")
            started = time.perf_counter()
            for i in range(0, len(batch), size):
                save_articles(db, batch[i:i + size], NOW)
            seconds = time.perf_counter() - started
            db.close()
        print(f"| {size} | {-(-len(batch) // size)} | {len(batch) / seconds:,.0f} |")


if __name__ == "__main__":
    main()
