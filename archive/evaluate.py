"""Score extracted text against ground truth: word 4-gram shingles, as the common
article-extraction benchmark does (precision, recall, F1 per page, averaged over pages)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams of `text` (case-folded words, punctuation ignored)."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def score_text(extracted: str, truth: str) -> Score:
    """Precision, recall and F1 of `extracted` against `truth` on word 4-gram shingles."""
    got, want = shingles(extracted), shingles(truth)
    if not got and not want:
        return Score(1.0, 1.0, 1.0)
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1)
