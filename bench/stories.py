"""Story clustering at scale: synthetic articles, 30% of them copies (BENCHMARKS.md).

    python -m bench.stories [--articles 100000] [--copies 0.3] [--batch 500]

Originals are 4-8 paragraphs of 25-45 words drawn from a Zipf-weighted vocabulary of 30,000
Arabic-letter words; each copy republishes a random original on another site with one of the
edits the aggregators make: a paragraph of its own added, the last paragraph cut, both, or
5% of the words changed; every copy has a new headline. Every article is written to a fresh
archive (minimal rows, and its URL in article_urls as the store keeps it) and placed in its
story by archive/stories.py (`place_many` after the batch's rows, as the store does), in
transactions of `--batch`. Reports the time per article, peak RSS, the archive's size, and
precision and recall of the pairs of articles put in one story against the true pairs.
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from collections import Counter
from itertools import accumulate
from pathlib import Path

from archive.db import open_archive
from archive.stories import place_many
from bench.machine import describe

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def vocabulary(rng: random.Random, size: int = 30000) -> tuple[list[str], list[float]]:
    words = list(dict.fromkeys("".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 8)))
                               for _ in range(size * 2)))[:size]
    return words, list(accumulate(1 / (rank + 1) for rank in range(len(words))))


def paragraph(rng: random.Random, vocab: tuple[list[str], list[float]]) -> str:
    words, weights = vocab
    return " ".join(rng.choices(words, cum_weights=weights, k=rng.randint(25, 45))) + "."


def copy_of(rng: random.Random, paragraphs: list[str], vocab) -> list[str]:
    edit = rng.randrange(4)
    out = list(paragraphs)
    if edit in (1, 2) and len(out) > 2:
        out.pop()
    if edit in (0, 2):
        out.insert(rng.randrange(len(out) + 1), paragraph(rng, vocab))
    if edit == 3:
        words = " ".join(out).split()
        for i in rng.sample(range(len(words)), len(words) // 20):
            words[i] = rng.choice(vocab[0])
        out = [" ".join(words)]
    return out


def generate(n: int, share: float, seed: int = 20):
    """(site, paragraphs, true story) per article, copies after their original."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    originals: list[list[str]] = []
    for _i in range(n):
        if originals and rng.random() < share:
            story = rng.randrange(len(originals))
            yield f"agg{rng.randrange(5)}", copy_of(rng, originals[story], vocab), story
        else:
            originals.append([paragraph(rng, vocab) for _ in range(rng.randint(4, 8))])
            yield "rt", originals[-1], len(originals) - 1


def pairs(sizes: Counter) -> int:
    return sum(k * (k - 1) // 2 for k in sizes.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100000)
    parser.add_argument("--copies", type=float, default=0.3)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    print(describe())
    with tempfile.TemporaryDirectory(prefix="bench-stories-") as folder:
        path = Path(folder) / "archive.db"
        db = open_archive(path)
        truth: dict[int, int] = {}
        spent = 0.0
        batch: list[tuple] = []

        def flush() -> float:
            started = time.perf_counter()
            with db.atomic():
                for pk, site, body, _story in batch:
                    db.execute("INSERT INTO articles (id, site, article_id, url, title, body, "
                               "status, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, 'ok', "
                               "'', '')", [pk, site, str(pk), f"https://{site}/{pk}",
                                           f"title {pk}", body])
                    # As the store keeps it: the URL that found the article.
                    db.execute("INSERT INTO article_urls (url, article) VALUES (?, ?)",
                               [f"https://{site}/{pk}", pk])
                place_many(db, [(pk, body, True) for pk, _site, body, _story in batch])
            batch.clear()
            return time.perf_counter() - started

        for pk, (site, paragraphs, story) in enumerate(
                generate(args.articles, args.copies), 1):
            truth[pk] = story
            batch.append((pk, site, "\n\n".join(paragraphs), story))
            if len(batch) >= args.batch:
                spent += flush()
        spent += flush()
        found = dict(db.execute("SELECT id, coalesce(story_id, -id) FROM articles"))
        stories = db.execute("SELECT count(*) FROM stories").fetchone()[0]
        db.close()
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    both = pairs(Counter((truth[pk], found[pk]) for pk in truth))
    predicted, true = pairs(Counter(found.values())), pairs(Counter(truth.values()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.articles} articles ({args.copies:.0%} copies): {spent:.1f} s storing and "
          f"clustering, {1000 * spent / args.articles:.2f} ms per article (row insert "
          f"included); peak RSS {peak:.0f} MB; archive {size / 1e6:.0f} MB")
    print(f"stories with copies: {stories}; pairs: true {true}, found {predicted}, "
          f"both {both}: precision {both / max(1, predicted):.4f}, "
          f"recall {both / max(1, true):.4f}")


if __name__ == "__main__":
    main()
