"""MinHash signatures of article bodies (datasketch), their LSH bands and their similarity.

A signature is NUM_PERM 32-bit minimum hashes of the body's word shingles under datasketch's
`affine32` permutations with a fixed seed: persisted signatures stay comparable across runs,
processes and machines. Shingles are hashed by extraction/shingles.py (`shingle_hashes`: each
word once, combined with numpy), and datasketch applies its permutations to those values.
Thresholds were chosen from measured distributions (BENCHMARKS.md "Stories"); changing
NUM_PERM, SEED, SCHEME, the shingles or their hashing makes stored signatures stale: such a
change needs a migration that places every article again (as m020_story_hashes does).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from datasketch import MinHash

from extraction.shingles import (
    combine,
    mix64,
    run_hashes,
    shingle_hashes,
    word_hashes,
    word_sums_many,
)

NUM_PERM = 128
SEED = 20
SCHEME = "affine32"
# LSH banding: BANDS bands of ROWS hashes, what datasketch's MinHashLSH(threshold=0.4,
# num_perm=128) picks: a pair of Jaccard 0.5 shares a band with probability 0.87, 0.6 with
# 0.99, 0.2 with 0.05 (tests/test_story_signature.py checks the choice).
BANDS, ROWS = 32, 4
# A band's hash: the top 31 bits of its 64-bit blake2b, which SQLite stores in 4 bytes instead
# of 8 (m020 stores every band so). Two bands of different rows sharing a
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
_A, _B = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
# datasketch's affine32 pre-mix of each input hash (the MurmurHash3 32-bit finalizer).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


# Input hashes permuted in one pass: the (inputs x NUM_PERM) uint32 table stays at 8 MB
# however long the body (one pass over a 120,000-word body's table took 61 MB).
MINHASH_ROWS = 16_384


def minhash_values(hashes: np.ndarray) -> np.ndarray:
    """The NUM_PERM minimum hashes of 32-bit input hashes (uint32, at least one):
    datasketch's affine32 MinHash.update_batch computed in place, without its Python call
    per value (tests check both give the same values), MINHASH_ROWS inputs at a time."""
    found = _permuted(hashes[:MINHASH_ROWS]).min(axis=0)
    for start in range(MINHASH_ROWS, len(hashes), MINHASH_ROWS):
        np.minimum(found, _permuted(hashes[start:start + MINHASH_ROWS]).min(axis=0), out=found)
    return found


def _permuted(hashes: np.ndarray) -> np.ndarray:
    """Each 32-bit input hash under every permutation (rows: inputs, columns: NUM_PERM)."""
    hv = hashes.astype(np.uint32).reshape(-1, 1)
    short, first, middle, second = _FMIX32
    hv ^= hv >> short
    hv *= first
    hv ^= hv >> middle
    hv *= second
    hv ^= hv >> short
    permuted = hv * _A
    permuted += _B
    return permuted


@dataclass(frozen=True, eq=False)
class Signature:
    """A body's MinHash values (NUM_PERM uint32) and how many distinct shingles it had."""

    values: np.ndarray
    shingles: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), shingles)

    def bands(self) -> np.ndarray:
        """The BAND_HASH_BITS-bit hash of each band's ROWS values (int64, band number = index):
        its values read as ROWS / 2 little-endian 64-bit words (the same on every machine)."""
        return band_hashes(self.values.reshape(1, NUM_PERM))[0]

    def band_keys(self) -> np.ndarray:
        """Each band's key in `story_bands`: its number above its BAND_HASH_BITS-bit hash."""
        return self.bands() | _BAND_NUMBERS


# A band key's top bits: the band's number.
_BAND_NUMBERS = np.arange(BANDS, dtype=np.int64) << BAND_HASH_BITS


def band_hashes(values: np.ndarray) -> np.ndarray:
    """`Signature.bands` of each row of `values` (signatures, NUM_PERM uint32 columns)."""
    words = values.astype("<u4").view("<u8").reshape(len(values), BANDS, ROWS // 2)
    mixed = combine([words[:, :, k].astype(np.uint64) for k in range(ROWS // 2)])
    return (mixed >> np.uint64(64 - BAND_HASH_BITS)).astype(np.int64)


def band_keys(signatures: list[Signature]) -> np.ndarray:
    """`Signature.band_keys` of each signature, one row each (one numpy pass for all)."""
    if not signatures:
        return np.empty((0, BANDS), dtype=np.int64)
    return band_hashes(np.stack([sig.values for sig in signatures])) | _BAND_NUMBERS


def signature(body: str) -> Signature | None:
    """The body's signature, or None when it is too short to compare (MIN_SHINGLES)."""
    hashes = shingle_hashes(word_hashes(body))
    if len(hashes) < MIN_SHINGLES:
        return None
    return Signature(minhash_values(hashes >> np.uint64(32)), len(hashes))


# Characters of bodies whose signatures are computed together: the (runs x NUM_PERM)
# table of one batch stays near 20 MB.
BATCH_CHARS = 200_000


def signatures(bodies: list[str]) -> list[Signature | None]:
    """`signature` of each body, computed a batch at a time: the folding, word and shingle
    hashes of a batch in the numpy calls one body takes (tests check both agree)."""
    found: list[Signature | None] = []
    start = 0
    while start < len(bodies):
        end, chars = start, 0
        while end < len(bodies) and (end == start or chars + len(bodies[end]) <= BATCH_CHARS):
            chars += len(bodies[end])
            end += 1
        found.extend(_batch(bodies[start:end]))
        start = end
    return found


def _batch(bodies: list[str]) -> list[Signature | None]:
    sums, offsets = word_sums_many(bodies)
    hashes, owner = run_hashes(mix64(sums), offsets)
    runs = np.bincount(owner, minlength=len(bodies)).tolist()
    found: list[Signature | None] = []
    end = 0
    for n in runs:
        # A body of SHINGLE_WORDS words or fewer has one shingle: never MIN_SHINGLES.
        own = hashes[end:end + n]
        end += n
        if n < MIN_SHINGLES:
            found.append(None)
            continue
        own.sort()
        own = own[np.concatenate(([True], own[1:] != own[:-1]))]  # a repeated run once
        found.append(Signature(minhash_values(own >> np.uint64(32)), len(own))
                     if len(own) >= MIN_SHINGLES else None)
    return found


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two bodies' shingle sets (datasketch's estimate:
    the share of equal minimum hashes)."""
    return int(np.count_nonzero(a.values == b.values)) / NUM_PERM


def same_stories(a: Signature, values: np.ndarray, shingles: np.ndarray) -> np.ndarray:
    """For each row of `values` (signatures, NUM_PERM columns) with its shingle count,
    whether it is a copy of `a`'s story (thresholds above; `same_story` for one pair)."""
    j = np.count_nonzero(values == a.values, axis=1) / NUM_PERM
    if not (j >= MIN_JACCARD_CONTAINED).any():  # most candidates: nothing more to work out
        return np.zeros(len(j), dtype=bool)
    common = j / (1 + j) * (a.shingles + shingles)
    contained = np.minimum(1.0, common / np.minimum(a.shingles, shingles))
    return (j >= MIN_JACCARD) | ((j >= MIN_JACCARD_CONTAINED) & (contained >= MIN_CONTAINMENT))


def same_story(a: Signature, b: Signature) -> bool:
    """Whether two bodies are copies of one story (thresholds above)."""
    return bool(same_stories(a, b.values.reshape(1, -1), np.array([b.shingles]))[0])
