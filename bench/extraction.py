"""Extraction cost and quality, side by side in one process (figures: BENCHMARKS.md).

    python -m bench.extraction [--generated 2000] [--rounds 3]

1. Cost: our extraction vs `trafilatura.extract` alone on the same bytes (RT golden pages,
   the real pages, the template-learning site of tests/templates/site.py, and a generated
   replica of N article pages): ms per page and the ratio; also ours with site template
   learning as a crawl runs it (each pass over a set is one crawl: extraction with the
   template learned so far, every page counted, and the end-of-run re-clean of the pages
   stored before a line was learned, on an in-memory archive). Times are the process's CPU
   time (the machine is shared: wall time counts waiting for a core).
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

import sqlite_utils
import trafilatura

from archive.schema import MIGRATIONS
from archive.site_templates import TemplateLedger
from archive.store import reclean_run, save_articles, start_run
from bench.machine import describe
from extraction import Article, extract
from extraction.evaluate import load_cases, score_text
from extraction.language import detect_language
from extraction.sites import get_site
from extraction.trafilatura_text import TRAFILATURA_OPTIONS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
Page = tuple[str, str, bytes]  # (profile, url, bytes)


def page_sets(generated: int) -> dict[str, list[Page]]:
    from tests.replica.site import ReplicaSite
    from tests.templates.site import TemplateSite

    rt = [("rtarabic", c.url, c.html.read_bytes()) for c in load_cases(FIXTURES)
          if c.site == "rtarabic"]
    real = [("generic", c.url, c.html.read_bytes()) for c in load_cases(FIXTURES)
            if c.name.startswith("realpages/")]
    replica = ReplicaSite("https://arabic.rt.com", n_articles=generated)
    made = [("rtarabic", replica.url(spec.path), replica.routes[spec.path].body)
            for spec in replica.articles.values()]
    served = TemplateSite("https://sada.example")
    learning = [("generic", served.url(s.path), served.routes[s.path].body)
                for s in served.stories]
    return {"RT golden pages": rt, "real pages (generic profile)": real,
            "template-learning site (generic profile)": learning,
            f"generated replica ({generated} pages)": made}



def ours(page: Page) -> str:
    profile, url, body = page
    return extract(get_site(profile), url, body).body


def trafilatura_alone(page: Page) -> str:
    _profile, url, body = page
    return trafilatura.extract(body, url=url, **TRAFILATURA_OPTIONS) or ""


NOW = "2026-01-01T00:00:00+00:00"
# Cost is the CPU time this process spends (Linux: CLOCK_PROCESS_CPUTIME_ID, ns resolution):
# on the shared machine, wall time also counts the time spent waiting while other sessions
# hold both cores, which moved the ratios by 0.3 between runs at a load of 5-6.
CLOCK: Callable[[], float] = time.process_time


class LearningCrawl:
    """One crawl's template learning over a page set, as crawler/template_learning.py runs
    it: extraction with the template learned so far, each page counted, then the re-clean."""

    def __init__(self) -> None:
        self.ledger = TemplateLedger("bench")
        self.articles: list[Article] = []

    def page(self, page: Page) -> str:
        profile, url, body = page
        article = extract(get_site(profile), url, body, template=self.ledger.template)
        if article.ok:
            self.ledger.saw(article.article_id or url, article.template_keys, article.body, NOW,
                            article.title_affixes)
            self.articles.append(article)
        return article.body

    def finish(self) -> float:
        """Store the crawl's articles (not timed), then time the end-of-run re-clean."""
        db = sqlite_utils.Database(memory=True)
        MIGRATIONS.apply(db)
        run = start_run(db, "bench", "bench", NOW)
        records = [{**a.to_dict(), "site": "bench", "article_id": a.article_id or a.url}
                   for a in self.articles]
        save_articles(db, records, NOW, run, template=self.ledger.changes())
        started = CLOCK()
        reclean_run(db, "bench", run, self.ledger.template)
        return CLOCK() - started


def timed(function: Callable[[Page], object], page: Page) -> float:
    started = CLOCK()
    function(page)
    return CLOCK() - started


def cost(sets: dict[str, list[Page]], rounds: int) -> None:
    print("\n## Extraction cost: ours vs trafilatura.extract alone (same bytes, same process, "
          "CPU time)")
    print("| pages | n | ours ms/page | ours + template learning ms/page (of which end-of-run "
          "re-clean) | trafilatura ms/page | ratio | ratio with template learning |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    totals = {"all": [0.0, 0.0, 0.0], "generic path": [0.0, 0.0, 0.0]}
    for name, pages in sets.items():
        for page in pages[:3]:  # warm up (langdetect profiles, lxml, caches)
            ours(page), trafilatura_alone(page), LearningCrawl().page(page)
        # Small sets are crawled several times a round (each pass a crawl of its own).
        passes = max(1, 100 // len(pages))
        per_round = [_round(pages, r, passes) for r in range(rounds)]
        t_ours, t_learn, t_traf, t_clean = (statistics.median(t[i] for t in per_round)
                                            for i in range(4))
        for key in ("all", "generic path") if "generic" in name else ("all",):
            totals[key] = [a + b for a, b in zip(totals[key], (t_ours, t_learn, t_traf),
                                                 strict=True)]
        n = len(pages) * passes
        print(f"| {name} | {len(pages)} | {1000 * t_ours / n:.1f} | {1000 * t_learn / n:.1f} "
              f"({1000 * t_clean / n:.2f}) | {1000 * t_traf / n:.1f} | {t_ours / t_traf:.2f} | "
              f"{t_learn / t_traf:.2f} |")
    for key, (t_ours, t_learn, t_traf) in totals.items():
        print(f"| {key} | | | | | {t_ours / t_traf:.2f} | {t_learn / t_traf:.2f} |")


def _round(pages: list[Page], r: int, passes: int) -> tuple[float, float, float, float]:
    """(ours, ours + template learning, trafilatura, the re-clean part of the second)
    seconds over `passes` passes, the three interleaved page by page, who goes first
    rotating with the round."""
    t_ours = t_learn = t_traf = t_clean = 0.0
    for _ in range(passes):
        crawl = LearningCrawl()
        for page in pages:
            order = [("ours", ours), ("learn", crawl.page), ("traf", trafilatura_alone)]
            for label, function in order[r % 3:] + order[:r % 3]:
                spent = timed(function, page)
                if label == "ours":
                    t_ours += spent
                elif label == "learn":
                    t_learn += spent
                else:
                    t_traf += spent
        cleaning = crawl.finish()
        t_learn += cleaning
        t_clean += cleaning
    return t_ours, t_learn, t_traf, t_clean


def language_cost(pages: list[Page]) -> None:
    from langdetect import detect_langs

    bodies = [ours(p) for p in pages[:300]]
    size = sum(len(b.encode("utf-8")) for b in bodies) / 5120
    started = CLOCK()
    for body in bodies:
        detect_langs(body)
    whole = CLOCK() - started
    started = CLOCK()
    for body in bodies:
        detect_language(body)
    bounded = CLOCK() - started
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
