"""Extraction cost as each page's floor: its minimum CPU time over alternated runs.

    python -m bench.extraction_floor [--runs 15]

bench.extraction's ratios are medians of rounds, and one 160 ms page or a garbage
collection landing in one round moves them by several hundredths. Here each page is timed
`--runs` times, ours, ours with template learning and trafilatura alone taking turns page by
page, and each keeps its fastest time (what the page costs when nothing else interferes).
Learning: each run is one crawl of the set (extraction with the template learned so far and
the counting) and ends with its re-clean (text work and archive rewrite, as
bench.extraction times it), whose fastest time is added to the set's. The generic path is
the real pages and the template-learning site, each page once: the crawls a user's
`scrapy crawl news` makes.
"""

from __future__ import annotations

import argparse

from bench.extraction import LearningCrawl, Page, ours, page_sets, timed, trafilatura_alone
from bench.machine import describe

GENERIC = ("real pages (generic profile)", "template-learning site (generic profile)")


def floors(pages: list[Page], runs: int) -> dict[str, float]:
    """Seconds over the set: the sum of the pages' minima (ours, learn, traf) and the
    fastest re-clean of a crawl of the set (reclean)."""
    best = {k: [float("inf")] * len(pages) for k in ("ours", "learn", "traf")}
    reclean = float("inf")
    for run in range(runs):
        crawl = LearningCrawl()
        for i, page in enumerate(pages):
            order = [("ours", ours), ("learn", crawl.page), ("traf", trafilatura_alone)]
            for key, function in order[run % 3:] + order[:run % 3]:
                best[key][i] = min(best[key][i], timed(function, page))
        reclean = min(reclean, crawl.finish().total)
    return {**{k: sum(v) for k, v in best.items()}, "reclean": reclean}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(describe())
    sets = {name: pages for name, pages in page_sets(12).items() if name in GENERIC}
    print(f"\n## Extraction cost, each page's fastest of {args.runs} alternated runs (CPU)")
    print("| pages | n | ours ms/page | ours + learning ms/page (re-clean) | trafilatura "
          "ms/page | ratio | ratio with learning |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    total = {"ours": 0.0, "learn": 0.0, "traf": 0.0, "reclean": 0.0}
    for name, pages in sets.items():
        for page in pages:  # warm-up: langdetect's profiles, lxml, caches
            ours(page), trafilatura_alone(page), LearningCrawl().page(page)
        got = floors(pages, args.runs)
        total = {k: total[k] + got[k] for k in total}
        print(_row(name, len(pages), got))
    print(_row("generic path", sum(len(p) for p in sets.values()), total))


def _row(name: str, n: int, got: dict[str, float]) -> str:
    learn = got["learn"] + got["reclean"]
    return (f"| {name} | {n} | {1000 * got['ours'] / n:.2f} | {1000 * learn / n:.2f} "
            f"({1000 * got['reclean'] / n:.2f}) | {1000 * got['traf'] / n:.2f} | "
            f"{got['ours'] / got['traf']:.3f} | {learn / got['traf']:.3f} |")


if __name__ == "__main__":
    main()
