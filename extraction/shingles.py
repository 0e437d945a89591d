"""Word shingles of an article's folded text: what near-duplicate stories are compared on.

Pure: the same text always gives the same shingles. Words are `key_text`-folded (hamza forms,
ى/ي, ة/ه, harakat, tatweel, Arabic-Indic digits) and stripped of punctuation, so a copy that
re-spells or re-punctuates a sentence still shares its shingles.

`shingle_hashes` is what signatures are built from: each word hashed once (CRC-32 of its
UTF-8 bytes: stable across processes and machines, unlike Python's salted `hash()`), the
SHINGLE_WORDS word hashes of a shingle combined with numpy arithmetic, so no shingle string
is built or hashed on its own.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from extraction.textnorm import key_text

# Words of 5: long enough that two agencies' wording of one event shares almost none,
# short enough that an edited sentence still keeps most of its shingles (BENCHMARKS.md
# "Stories" has the measurements this was chosen from).
SHINGLE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
# One odd 64-bit multiplier per position in the shingle (fixed: part of the stored
# signatures' definition), then the MurmurHash3 64-bit finalizer so every bit of the
# combination reaches the top 32 bits that are kept.
_POSITION = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                      0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53,
                      0x94D049BB133111EB, 0xBF58476D1CE4E5B9], dtype=np.uint64)
_FMIX = (np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53))


def story_words(body: str) -> list[str]:
    """The folded words of a body, in order (the title is left out: copies change it)."""
    return _WORD.findall(key_text(body))


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[bytes]:
    """Every run of `size` consecutive words, UTF-8 encoded; a text shorter than `size`
    words is one shingle (its words); no words, no shingles."""
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def shingle_hashes(words: list[str], size: int = SHINGLE_WORDS) -> np.ndarray:
    """The distinct 64-bit hashes of the runs `shingles` gives (same runs, same rule for a
    text shorter than `size` words), sorted, as uint64."""
    if not words:
        return np.empty(0, dtype=np.uint64)
    hashed = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64,
                         count=len(words))
    if len(words) <= size:
        return combine([hashed[k:k + 1] for k in range(len(words))])
    runs = len(words) - size + 1
    found = combine([hashed[k:k + runs] for k in range(size)])
    found.sort()
    # np.unique's own overhead is most of its cost on a few hundred values.
    return found[np.concatenate(([True], found[1:] != found[:-1]))]


def combine(columns: list[np.ndarray]) -> np.ndarray:
    """One 64-bit hash per row of up to 8 uint64 columns: the sum of each column times its
    position's odd multiplier (mod 2^64), through the MurmurHash3 64-bit finalizer."""
    total = columns[0] * _POSITION[0]
    for k, column in enumerate(columns[1:], 1):
        total += column * _POSITION[k]
    shift, first, second = _FMIX
    total ^= total >> shift
    total *= first
    total ^= total >> shift
    total *= second
    return total ^ (total >> shift)
