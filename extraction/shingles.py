"""Word shingles of an article's folded text: what near-duplicate stories are compared on.

Pure: the same text always gives the same shingles. Words are `key_text`-folded (hamza forms,
ى/ي, ة/ه, harakat, tatweel, Arabic-Indic digits) and stripped of punctuation, so a copy that
re-spells or re-punctuates a sentence still shares its shingles.

Signatures are built from hashes, not strings: `word_hashes` gives each folded word's 64-bit
hash (a polynomial over its code points, `word_sum`, then mixed: stable across processes and
machines, unlike Python's salted `hash()`), computed for the whole text at once with numpy
(extraction/word_table.py folds it), and `shingle_hashes` combines each run of SHINGLE_WORDS
of them.
"""

from __future__ import annotations

import numpy as np

from extraction.textnorm import key_text
from extraction.word_table import WORD, folded_texts

# Words of 5: long enough that two agencies' wording of one event shares almost none,
# short enough that an edited sentence still keeps most of its shingles (BENCHMARKS.md
# "Stories" has the measurements this was chosen from).
SHINGLE_WORDS = 5
# A word's hash is the sum of its code points times BASE**position, mod 2^64. BASE is odd,
# so it has an inverse mod 2^64: a word's sum inside the whole text's prefix sums is
# brought back to its own positions by one multiplication.
BASE = 0x100000001B3
_MASK = (1 << 64) - 1
# One odd 64-bit multiplier per position in a shingle (fixed: part of the stored
# signatures' definition), then the MurmurHash3 64-bit finalizer so every bit of the
# combination reaches the top 32 bits that signatures keep.
_POSITION = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                      0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                      0x94D049BB133111EB, 0xBF58476D1CE4E5B9], dtype=np.uint64)
_FMIX = (np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53))


def story_words(body: str) -> list[str]:
    """The folded words of a body, in order (the title is left out: copies change it)."""
    return WORD.findall(key_text(body))


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """Every run of `size` consecutive words, UTF-8 encoded; a text shorter than `size`
    words is one shingle (its words); no words, no shingles."""
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def word_sum(word: str) -> int:
    """The sum of a folded word's code points times BASE**position, mod 2^64 (the
    definition `word_sums` computes for a whole text at once)."""
    total, power = 0, 1
    for char in word:
        total = (total + ord(char) * power) & _MASK
        power = (power * BASE) & _MASK
    return total


def word_sums(body: str) -> np.ndarray:
    """`word_sum` of each of `story_words(body)`, in order, as uint64."""
    return word_sums_many([body])[0]


def word_sums_many(bodies: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """`word_sums` of every body, concatenated, and where each body's words start in them
    (one more offset at the end): a batch of bodies in the numpy calls one body takes."""
    found = folded_texts(bodies)
    if found is not None:
        return _sums(*found)
    each = [_word_sums_alone(body) for body in bodies]  # a character the table lacks
    offsets = np.zeros(len(each) + 1, dtype=np.int64)
    np.cumsum(np.array([len(sums) for sums in each], dtype=np.int64), out=offsets[1:])
    return np.concatenate([np.empty(0, dtype=np.uint64), *each]), offsets


def _word_sums_alone(body: str) -> np.ndarray:
    found = folded_texts([body])
    if found is None:  # word by word
        return np.array([word_sum(w) for w in story_words(body)], dtype=np.uint64)
    return _sums(*found)[0]


def _sums(codes: np.ndarray, letters: np.ndarray,
          text_starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The word sums of folded texts (`folded_texts`) and each text's first word."""
    padded = np.zeros(len(letters) + 2, dtype=np.int8)  # np.diff(prepend=) costs 4 times more
    padded[1:-1] = letters
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    starts, ends = edges[0::2], edges[1::2]
    powers, inverses = _powers(len(codes))
    prefix = np.zeros(len(codes) + 1, dtype=np.uint64)
    np.cumsum(codes * powers[:len(codes)], out=prefix[1:])
    offsets = np.append(np.searchsorted(starts, text_starts), len(starts))
    return (prefix[ends] - prefix[starts]) * inverses[starts], offsets


def word_hashes(body: str) -> np.ndarray:
    """Each folded word's 64-bit hash, in order: its `word_sum` through the finalizer (a
    sum is linear in the code points; measured, MinHash estimates from unmixed sums
    scattered a quarter more than from a cryptographic hash of each shingle)."""
    return mix64(word_sums(body))


_POWERS = (np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64))
# Powers kept for texts up to this many characters (16 MiB of tables); a longer text gets
# its own, not kept.
KEPT_POWERS = 1 << 20


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**i and BASE**-i mod 2^64 for i < n at least (grown by doubling, kept)."""
    global _POWERS
    if len(_POWERS[0]) >= n:
        return _POWERS
    size = max(n, min(2 * len(_POWERS[0]), KEPT_POWERS), 4096)
    inverse = pow(BASE, -1, 1 << 64)
    made = tuple(np.concatenate(([np.uint64(1)], np.cumprod(
        np.full(size - 1, factor, dtype=np.uint64), dtype=np.uint64)))
        for factor in (BASE, inverse))
    if size <= KEPT_POWERS:
        _POWERS = made
    return made


def shingle_hashes(hashed: np.ndarray, size: int = SHINGLE_WORDS) -> np.ndarray:
    """The distinct 64-bit hashes of the runs `shingles` gives, from the words' hashes
    (`word_hashes`; same runs, same rule for a text shorter than `size` words), sorted."""
    if not len(hashed):
        return np.empty(0, dtype=np.uint64)
    if len(hashed) <= size:
        return combine([hashed[k:k + 1] for k in range(len(hashed))])
    runs = len(hashed) - size + 1
    found = combine([hashed[k:k + runs] for k in range(size)])
    found.sort()
    # np.unique's own overhead is most of its cost on a few hundred values.
    return found[np.concatenate(([True], found[1:] != found[:-1]))]


def run_hashes(hashed: np.ndarray, offsets: np.ndarray,
               size: int = SHINGLE_WORDS) -> tuple[np.ndarray, np.ndarray]:
    """The hash of every run of `size` words inside one body of a batch (words' hashes of
    all bodies concatenated, `offsets` where each body's start, as `word_sums_many` gives),
    and each run's body, in body order; a body of `size` words or fewer has no run here
    (`shingle_hashes` gives it one shingle of all its words)."""
    if len(hashed) < size:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    runs = len(hashed) - size + 1
    owner = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
    inside = owner[:runs] == owner[size - 1:]
    return combine([hashed[k:k + runs] for k in range(size)])[inside], owner[:runs][inside]


def combine(columns: list[np.ndarray]) -> np.ndarray:
    """One 64-bit hash per row of up to 8 uint64 columns: the sum of each column times its
    position's odd multiplier (mod 2^64), through the finalizer (`mix64`)."""
    total = columns[0] * _POSITION[0]
    for k, column in enumerate(columns[1:], 1):
        total += column * _POSITION[k]
    return mix64(total)


def mix64(values: np.ndarray) -> np.ndarray:
    """The MurmurHash3 64-bit finalizer of each value (a bijection that spreads every input
    bit over all output bits); a new array."""
    shift, first, second = _FMIX
    values = values ^ (values >> shift)
    values *= first
    values ^= values >> shift
    values *= second
    return values ^ (values >> shift)
