"""PyStemmer vs snowballstemmer (pure Python) on Arabic article text: speed and agreement.

    python -m bench.stemmers [--repeat 20]

The corpus is the replica's text bank (tests/replica/bank.py), normalized the way the search
index normalizes it (archive.search.words). Figures: BENCHMARKS.md "Arabic stemming".
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import Stemmer
from snowballstemmer.arabic_stemmer import ArabicStemmer

from archive.search import words
from tests.replica.bank import GENERAL_SENTENCES, SENTENCES, STORIES


def corpus() -> list[str]:
    """Every word of the bank's sentences and stories, in order, normalized."""
    texts = [*GENERAL_SENTENCES, *(s for group in SENTENCES.values() for s in group),
             *(f"{title} {lead}" for group in STORIES.values() for title, lead in group)]
    return [word for text in texts for word in words(text)]


def timed(stem_words: Callable[[list[str]], list[str]], tokens: list[str],
          repeat: int) -> tuple[float, list[str]]:
    """Seconds per pass over `tokens` (best of `repeat`) and the stems of one pass."""
    best, out = float("inf"), []
    for _ in range(repeat):
        start = time.perf_counter()
        out = stem_words(tokens)
        best = min(best, time.perf_counter() - start)
    return best, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    tokens = corpus()
    c_stemmer = Stemmer.Stemmer("arabic")
    py_stemmer = ArabicStemmer()
    c_time, c_stems = timed(c_stemmer.stemWords, tokens, args.repeat)
    py_time, py_stems = timed(lambda ws: [py_stemmer.stemWord(w) for w in ws], tokens,
                              args.repeat)
    differ = sorted({(w, a, b) for w, a, b in zip(tokens, c_stems, py_stems, strict=True)
                     if a != b})
    print(f"corpus: {len(tokens):,} words ({len(set(tokens)):,} distinct)")
    for name, seconds in (("PyStemmer 3.1.0 (C)", c_time),
                          ("snowballstemmer 3.1.1 (pure Python)", py_time)):
        print(f"{name:38} {seconds * 1000:8.1f} ms/pass  {len(tokens) / seconds:12,.0f} words/s")
    print(f"speed ratio: {py_time / c_time:.1f}x; stems that differ: {len(differ)}")
    for word, a, b in differ[:20]:
        print(f"  {word}: {a} vs {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
