"""MinHash signatures of article bodies (datasketch), their LSH bands and their similarity.

A signature is NUM_PERM 32-bit minimum hashes of the body's word shingles
(extraction/shingles.py) under datasketch's `affine32` permutations with a fixed seed:
persisted signatures stay comparable across runs and processes. Thresholds were chosen
from measured distributions (BENCHMARKS.md "Stories"); changing NUM_PERM, SEED, SCHEME or
the shingles makes stored signatures stale: such a change needs a migration that places
every article again (as m016_stories does).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from datasketch import LeanMinHash, MinHash

from extraction.shingles import shingles, story_words

NUM_PERM = 128
SEED = 20
SCHEME = "affine32"
# LSH banding: BANDS bands of ROWS hashes, what datasketch's MinHashLSH(threshold=0.4,
# num_perm=128) picks: a pair of Jaccard 0.5 shares a band with probability 0.87, 0.6 with
# 0.99, 0.2 with 0.05 (tests/test_story_signature.py checks the choice).
BANDS, ROWS = 32, 4
# A band's hash: the top 31 bits of its 64-bit blake2b, which SQLite stores in 4 bytes instead
# of 8 (m018 rebuilt the bands stored with 63-bit ones). Two bands of different rows sharing a
# hash only make one more candidate, whose signature is compared anyway: with a million
# articles, about one write in 70 meets such a candidate.
BAND_HASH_BITS = 31
# A candidate is the same story when its estimated Jaccard similarity reaches MIN_JACCARD,
# or when the shorter text is mostly inside the longer one (estimated containment,
# MIN_CONTAINMENT) and they are still alike overall (MIN_JACCARD_CONTAINED): a copy that
# adds a paragraph or cuts one.
MIN_JACCARD = 0.6
MIN_CONTAINMENT = 0.9
MIN_JACCARD_CONTAINED = 0.3
# Bodies with fewer shingles than this are not clustered: a one-line text is no evidence.
MIN_SHINGLES = 8


# Building the permutations costs more than hashing a body's shingles: built once, shared.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


@dataclass(frozen=True)
class Signature:
    """A body's MinHash and how many distinct shingles it had."""

    minhash: LeanMinHash
    shingles: int

    def to_bytes(self) -> bytes:
        return self.minhash.hashvalues.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        import numpy as np

        values = np.frombuffer(data, dtype="<u4").astype(np.uint64)
        return cls(LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME), shingles)

    def bands(self) -> list[tuple[int, int]]:
        """(band number, BAND_HASH_BITS-bit hash of the band's rows), one per band."""
        raw = self.to_bytes()
        width = ROWS * 4
        return [(band, int.from_bytes(hashlib.blake2b(raw[band * width:(band + 1) * width],
                                                      digest_size=8).digest(),
                                      "big") >> (64 - BAND_HASH_BITS))
                for band in range(BANDS)]


def signature(body: str) -> Signature | None:
    """The body's signature, or None when it is too short to compare (MIN_SHINGLES)."""
    found = shingles(story_words(body))
    if len(found) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(list(found))
    return Signature(LeanMinHash(minhash), len(found))


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two bodies' shingle sets."""
    return float(a.minhash.jaccard(b.minhash))


def containment(a: Signature, b: Signature, similarity: float | None = None) -> float:
    """Estimated share of the smaller shingle set inside the larger one (from the Jaccard
    estimate and both set sizes), at most 1."""
    j = jaccard(a, b) if similarity is None else similarity
    common = j / (1 + j) * (a.shingles + b.shingles)
    return min(1.0, common / min(a.shingles, b.shingles))


def same_story(a: Signature, b: Signature) -> bool:
    """Whether two bodies are copies of one story (thresholds above)."""
    j = jaccard(a, b)
    if j >= MIN_JACCARD:
        return True
    return j >= MIN_JACCARD_CONTAINED and containment(a, b, j) >= MIN_CONTAINMENT
