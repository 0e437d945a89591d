"""The measurements the story thresholds were chosen from (BENCHMARKS.md "Stories").

    python -m bench.story_thresholds [--sizes 3,4,5,6]

Bodies as extracted from the RT replica (tests/replica) and the aggregator replica
(tests/replica/aggregator.py): exact Jaccard similarity and containment of word shingles
for true copies (aggregator copy vs RT original), for other agencies' reports of the same
event vs RT's, and for every other pair (distinct stories; the RT replica's stories are
written from one small sentence bank, so they share whole sentences: a harder case than
real news). Prints the distributions per shingle size, and the MinHash estimates for the
chosen size.
"""

from __future__ import annotations

import argparse
import itertools
import statistics

from archive.story_signature import jaccard, same_story, signature
from extraction import extract, site_for
from extraction.shingles import shingles, story_words
from tests.replica.aggregator import AggregatorSite

RT, AGG = "http://127.0.0.1:8", "http://127.0.0.1:9"


def bodies() -> tuple[dict[str, str], dict[str, str], AggregatorSite]:
    """(RT article id -> body, aggregator URL -> body as extracted, the aggregator)."""
    site = AggregatorSite(AGG, rt_base_url=RT)
    rt = {aid: want["body"] for aid, want in site.rt.expected.items()}
    agg = {}
    for post in site.posts:
        url = site.url(post.path)
        agg[url] = extract(site_for(url), url, site.routes[post.path].body,
                           "text/html; charset=utf-8").body
    return rt, agg, site


def _stats(values: list[float]) -> str:
    if not values:
        return "-"
    values = sorted(values)
    return (f"n={len(values)} min {values[0]:.2f} p10 {values[len(values) // 10]:.2f} "
            f"median {statistics.median(values):.2f} max {values[-1]:.2f}")


def measure(size: int) -> None:
    rt, agg, site = bodies()
    sets = {("rt", k): shingles(story_words(v), size) for k, v in rt.items()}
    sets |= {("agg", k): shingles(story_words(v), size) for k, v in agg.items()}
    copies = {("agg", url): ("rt", aid) for url, aid in site.copies.items()}
    events = {("agg", site.url(p.path)): ("rt", p.same_event_as) for p in site.posts
              if p.same_event_as}
    groups: dict[str, list[tuple[float, float]]] = {"copies": [], "same event": [],
                                                   "other pairs": []}
    for a, b in itertools.combinations(sets, 2):
        sa, sb = sets[a], sets[b]
        j = len(sa & sb) / len(sa | sb)
        c = len(sa & sb) / min(len(sa), len(sb))
        if copies.get(a) == b or copies.get(b) == a:
            groups["copies"].append((j, c))
        elif events.get(a) == b or events.get(b) == a:
            groups["same event"].append((j, c))
        else:
            groups["other pairs"].append((j, c))
    print(f"shingles of {size} words")
    for name, pairs in groups.items():
        print(f"  {name:12} jaccard {_stats([p[0] for p in pairs])}")
        print(f"  {'':12} contain {_stats([p[1] for p in pairs])}")


def estimates() -> None:
    """MinHash estimates (archive/story_signature.py) for copies and the closest others."""
    rt, agg, site = bodies()
    sigs = {k: signature(v) for k, v in rt.items()}
    copies = [(signature(agg[url]), sigs[aid]) for url, aid in site.copies.items()]
    print("MinHash (chosen parameters): copies estimated jaccard",
          _stats([jaccard(a, b) for a, b in copies]),
          f"matched {sum(same_story(a, b) for a, b in copies)}/{len(copies)}")
    others = [(a, b) for a, b in itertools.combinations(list(sigs.values()), 2) if a and b]
    print("  RT-RT pairs estimated jaccard", _stats([jaccard(a, b) for a, b in others]),
          f"matched {sum(same_story(a, b) for a, b in others)}/{len(others)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="3,4,5,6")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        measure(size)
    estimates()


if __name__ == "__main__":
    main()
