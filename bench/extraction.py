"""Extraction cost and quality, side by side in one process (figures: BENCHMARKS.md).

    python -m bench.extraction [--generated 2000] [--rounds 3]

1. Cost: our extraction vs `trafilatura.extract` alone on the same bytes (RT golden pages,
   the real pages, the template-learning site of tests/templates/site.py, and a generated
   replica of N article pages): ms per page and the ratio; also ours with site template
   learning as a crawl runs it (each pass over a set is one crawl: extraction with the
   template learned so far, every page counted, and the end-of-run re-clean of the pages
   stored before a line was learned, on an in-memory archive). The re-clean is a one-time
   cost of a crawl, shown apart: its text work (the template applied to the stored rows)
   and its archive rewrite (each changed row written again: search index, story placement),
   beside the first save of the same rows (not timed elsewhere: neither "ours" nor
   trafilatura stores anything). Times are the process's CPU time (the machine is shared:
   wall time counts waiting for a core).
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
from typing import NamedTuple

import sqlite_utils
import trafilatura

from archive.schema import MIGRATIONS
from archive.site_templates import TemplateLedger
from archive.store import reclean_run, save_articles, start_run
from bench.machine import describe
from extraction import Article, extract
from extraction.evaluate import load_cases, score_text
from extraction.language import detect_language
from extraction.site_template import clean_body
from extraction.sites import get_site
from extraction.title_affixes import without_affixes
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


class Reclean(NamedTuple):
    """One crawl's end-of-run re-clean (seconds): all of it, its text work, the rows it
    rewrote; and the first save of the crawl's rows, for scale."""

    total: float
    text: float
    rewritten: int
    save: float


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

    def finish(self) -> Reclean:
        """Store the crawl's articles (timed apart: a save, not extraction), then time the
        end-of-run re-clean, and the template's text work on the same rows alone."""
        db = sqlite_utils.Database(memory=True)
        MIGRATIONS.apply(db)
        run = start_run(db, "bench", "bench", NOW)
        records = [{**a.to_dict(), "site": "bench", "article_id": a.article_id or a.url}
                   for a in self.articles]
        started = CLOCK()
        save_articles(db, records, NOW, run, template=self.ledger.changes())
        save = CLOCK() - started
        template = self.ledger.template
        started = CLOCK()
        rewritten = reclean_run(db, "bench", run, template)["articles"]
        total = CLOCK() - started
        started = CLOCK()
        for a in self.articles:  # what reclean_run computes before it writes a row
            clean_body(a.body, a.summary, template)
            without_affixes(a.title, template.title_affixes)
        return Reclean(total, CLOCK() - started, rewritten, save)


def timed(function: Callable[[Page], object], page: Page) -> float:
    started = CLOCK()
    function(page)
    return CLOCK() - started


class Round(NamedTuple):
    """Seconds over one round's passes; `reclean` sums the passes' re-cleans."""

    ours: float
    learn: float  # extraction with the template and the counting, re-clean not included
    traf: float
    reclean: Reclean


def cost(sets: dict[str, list[Page]], rounds: int) -> None:
    print("\n## Extraction cost: ours vs trafilatura.extract alone (same bytes, same process, "
          "CPU time)")
    print("ours + learning: extraction with the template learned so far and the counting, "
          "plus the end-of-run re-clean (its text work + its archive rewrite of the rows "
          "stored before their lines were learned); the last ratio leaves the rewrite out. "
          f"Ratios: the median over {rounds} rounds of each round's ratio (ours and "
          "trafilatura timed page by page in the same round); ms/page: medians.")
    print("| pages | n | ours ms/page | ours + learning ms/page (re-clean: text + archive "
          "rewrite) | trafilatura ms/page | ratio | ratio with learning | ratio with "
          "learning, rewrite left out |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    groups: dict[str, list[Round]] = {"all": [], "generic path": []}
    runs: list[str] = []
    for name, pages in sets.items():
        for page in pages:  # warm up on every page (langdetect's profiles, lxml, caches)
            ours(page), trafilatura_alone(page), LearningCrawl().page(page)
        # Small sets are crawled several times a round (each pass a crawl of its own).
        passes = max(1, 100 // len(pages))
        per_round = [_round(pages, r, passes) for r in range(rounds)]
        for key in ("all", "generic path") if "generic" in name else ("all",):
            groups[key] = ([_plus(a, b) for a, b in zip(groups[key], per_round, strict=True)]
                           if groups[key] else per_round)
        n = len(pages) * passes
        ms = {k: 1000 * statistics.median(getattr(t, k) for t in per_round) / n
              for k in ("ours", "traf")}
        learn, text, rewrite = (1000 * statistics.median(f(t) for t in per_round) / n
                                for f in (_with_learning, _text_work, _rewrite))
        print(f"| {name} | {len(pages)} | {ms['ours']:.1f} | {learn:.1f} ({text:.2f} + "
              f"{rewrite:.2f}) | {ms['traf']:.1f} | {_ratios(per_round)} |")
        clean = sorted(per_round, key=_with_learning)[len(per_round) // 2].reclean
        per_row = (f", {1000 * (clean.total - clean.text) / clean.rewritten:.2f} ms of "
                   "rewrite a row" if clean.rewritten else "")
        runs.append(f"- {name}: per crawl of {len(pages)} pages, the re-clean rewrote "
                    f"{clean.rewritten / passes:.0f} rows in {1000 * clean.total / passes:.1f} "
                    f"ms ({1000 * clean.text / passes:.2f} ms of text work{per_row}); the "
                    f"crawl's first save of its rows and template counts: "
                    f"{1000 * clean.save / passes:.1f} ms ({1000 * clean.save / n:.2f} ms a page)")
    for key, per_round in groups.items():
        print(f"| {key} | | | | | {_ratios(per_round)} |")
    print("\nThe re-clean, a one-time cost of each crawl (round of the median):")
    print("\n".join(runs))


def _with_learning(t: Round) -> float:
    return t.learn + t.reclean.total


def _text_work(t: Round) -> float:
    return t.reclean.text


def _rewrite(t: Round) -> float:
    return t.reclean.total - t.reclean.text


def _ratios(per_round: list[Round]) -> str:
    """The three ratios to trafilatura (plain, with learning, without the rewrite), each the
    median of the rounds' own ratios."""
    def median(f: Callable[[Round], float]) -> float:
        return statistics.median(f(t) / t.traf for t in per_round)
    return (f"{median(lambda t: t.ours):.2f} | {median(_with_learning):.2f} | "
            f"{median(lambda t: _with_learning(t) - _rewrite(t)):.2f}")


def _plus(a: Round, b: Round) -> Round:
    """Two sets' rounds of the same number as one."""
    return Round(a.ours + b.ours, a.learn + b.learn, a.traf + b.traf,
                 Reclean(*(x + y for x, y in zip(a.reclean, b.reclean, strict=True))))


def _round(pages: list[Page], r: int, passes: int) -> Round:
    """(ours, ours + template learning, trafilatura) seconds over `passes` passes, the three
    interleaved page by page, who goes first rotating with the round; and the passes'
    re-cleans."""
    t_ours = t_learn = t_traf = 0.0
    cleans: list[Reclean] = []
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
        cleans.append(crawl.finish())
    reclean = Reclean(sum(c.total for c in cleans), sum(c.text for c in cleans),
                      sum(c.rewritten for c in cleans), sum(c.save for c in cleans))
    return Round(t_ours, t_learn, t_traf, reclean)


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
