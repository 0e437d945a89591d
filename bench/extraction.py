"""Extraction cost and quality, side by side in one process (figures: BENCHMARKS.md).

    python -m bench.extraction [--generated 2000] [--rounds 3]

1. Cost: our extraction vs `trafilatura.extract` alone on the same bytes (RT golden pages,
   the real pages, and a generated replica of N article pages): ms per page and the ratio.
2. langdetect on a whole article vs our bounded language check, per 5 KB of text.
3. Peers on the pages with full-text truth: pages/s and F1 (word 4-gram shingles) of ours,
   trafilatura alone, news-please (`from_html`) and newspaper4k, when those are installed
   (`make bench-peers` installs them in a separate venv: .venv-bench).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from bench.machine import describe
from extraction import extract
from extraction.evaluate import load_cases, score_text
from extraction.language import detect_language
from extraction.sites import get_site
from extraction.trafilatura_text import TRAFILATURA_OPTIONS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
Page = tuple[str, str, bytes]  # (profile, url, bytes)


def page_sets(generated: int) -> dict[str, list[Page]]:
    from tests.replica.site import ReplicaSite

    rt = [("rtarabic", c.url, c.html.read_bytes()) for c in load_cases(FIXTURES)
          if c.site == "rtarabic"]
    real = [("generic", c.url, c.html.read_bytes()) for c in load_cases(FIXTURES)
            if c.name.startswith("realpages/")]
    replica = ReplicaSite("https://arabic.rt.com", n_articles=generated)
    made = [("rtarabic", replica.url(spec.path), replica.routes[spec.path].body)
            for spec in replica.articles.values()]
    return {"RT golden pages": rt, "real pages (generic profile)": real,
            f"generated replica ({generated} pages)": made}


def ours(page: Page) -> str:
    profile, url, body = page
    return extract(get_site(profile), url, body).body


def trafilatura_alone(page: Page) -> str:
    _profile, url, body = page
    return trafilatura.extract(body, url=url, **TRAFILATURA_OPTIONS) or ""


def timed(function: Callable[[Page], object], page: Page) -> float:
    started = time.perf_counter()
    function(page)
    return time.perf_counter() - started


def cost(sets: dict[str, list[Page]], rounds: int) -> None:
    print("\n## Extraction cost: ours vs trafilatura.extract alone (same bytes, same process)")
    print("| pages | n | ours ms/page | trafilatura ms/page | ratio |")
    print("|---|---:|---:|---:|---:|")
    total_ours = total_traf = 0.0
    for name, pages in sets.items():
        for page in pages[:3]:  # warm up (langdetect profiles, lxml, caches)
            ours(page), trafilatura_alone(page)
        per_round = []
        for r in range(rounds):
            t_ours = t_traf = 0.0
            for page in pages:  # interleaved, alternating who goes first
                if r % 2:
                    t_traf += timed(trafilatura_alone, page)
                    t_ours += timed(ours, page)
                else:
                    t_ours += timed(ours, page)
                    t_traf += timed(trafilatura_alone, page)
            per_round.append((t_ours, t_traf))
        t_ours = statistics.median(o for o, _ in per_round)
        t_traf = statistics.median(t for _, t in per_round)
        total_ours += t_ours
        total_traf += t_traf
        n = len(pages)
        print(f"| {name} | {n} | {1000 * t_ours / n:.1f} | {1000 * t_traf / n:.1f} | "
              f"{t_ours / t_traf:.2f} |")
    print(f"| all | | | | {total_ours / total_traf:.2f} |")


def language_cost(pages: list[Page]) -> None:
    from langdetect import detect_langs

    bodies = [ours(p) for p in pages[:300]]
    size = sum(len(b.encode("utf-8")) for b in bodies) / 5120
    started = time.perf_counter()
    for body in bodies:
        detect_langs(body)
    whole = time.perf_counter() - started
    started = time.perf_counter()
    for body in bodies:
        detect_language(body)
    bounded = time.perf_counter() - started
    print(f"\nlangdetect on whole articles: {1000 * whole / size:.1f} ms per 5 KB; "
          f"our bounded check: {1000 * bounded / size:.2f} ms per 5 KB "
          f"({len(bodies)} generated articles)")


def peers(rounds: int) -> None:
    cases = [c for c in load_cases(FIXTURES) if c.body and c.language == "ar"]
    extractors: dict[str, Callable[[Page], str]] = {
        "ours": ours, "trafilatura alone": trafilatura_alone}
    try:
        from newsplease import NewsPlease

        def news_please(page: Page) -> str:
            article = NewsPlease.from_html(page[2].decode("utf-8", "replace"), url=page[1],
                                           fetch_images=False)
            return article.maintext or ""

        extractors["news-please 1.6.16"] = news_please
    except ImportError:
        print("\n(news-please not installed: `make bench-peers` runs this in .venv-bench)")
    try:
        import newspaper

        def newspaper4k(page: Page) -> str:
            article = newspaper.Article(page[1], language="ar", fetch_images=False)
            article.download(input_html=page[2].decode("utf-8", "replace"))
            article.parse()
            return article.text or ""

        extractors["newspaper4k 0.9.6"] = newspaper4k
    except ImportError:
        print("(newspaper4k not installed)")
    pages = [(c.site, c.url, c.html.read_bytes()) for c in cases]
    print(f"\n## Peers on the {len(cases)} Arabic pages with full-text truth")
    print("| extractor | pages/s | mean P | mean R | mean F1 |")
    print("|---|---:|---:|---:|---:|")
    for name, function in extractors.items():
        function(pages[0])
        seconds = []
        for _ in range(rounds):
            started = time.perf_counter()
            texts = [function(page) for page in pages]
            seconds.append(time.perf_counter() - started)
        scores = [score_text(text, case.body or "")
                  for text, case in zip(texts, cases, strict=True)]
        print(f"| {name} | {len(pages) / statistics.median(seconds):.1f} | "
              f"{statistics.mean(s.precision for s in scores):.3f} | "
              f"{statistics.mean(s.recall for s in scores):.3f} | "
              f"{statistics.mean(s.f1 for s in scores):.3f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--generated", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-cost", action="store_true")
    parser.add_argument("--skip-peers", action="store_true")
    args = parser.parse_args()
    print(describe())
    if not args.skip_cost:
        sets = page_sets(args.generated)
        cost(sets, args.rounds)
        language_cost(list(sets.values())[-1])
    if not args.skip_peers:
        peers(args.rounds)


if __name__ == "__main__":
    main()
