"""How story signatures are hashed: the vectorized word hashes equal their word-by-word
definition on any text, the MinHash values are datasketch's affine32 ones, and signatures
are the same in another process (no salted hash anywhere)."""

from __future__ import annotations

import random
import subprocess
import sys
import tracemalloc
from pathlib import Path

import numpy as np
from datasketch import LeanMinHash, MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from archive import story_signature
from archive.story_signature import (
    NUM_PERM,
    SCHEME,
    SEED,
    Signature,
    jaccard,
    minhash_values,
    same_stories,
    same_story,
    signature,
    signatures,
)
from extraction import shingles as shingles_module
from extraction.shingles import (
    mix64,
    shingle_hashes,
    shingles,
    story_words,
    word_hashes,
    word_sum,
    word_sums,
)
from tests.replica.site import ReplicaSite

ROOT = Path(__file__).resolve().parent.parent
# Arabic letters and their hamza, alef maqsura and taa marbuta spellings, harakat, tatweel,
# both kinds of Arabic-Indic digits, Arabic punctuation, Latin with case and "_", combining
# marks, spaces of several kinds, letters that fold into two (ß, İ), emoji, a presentation
# form, a zero-width joiner.
CHARS = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱىةءؤئ" "\u064b\u064e\u064f\u0650\u0651\u0652\u0670"
         "\u0640٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹،؛؟«»" "aZx_9 .-\u0301\u0654\u00a0\t\n\u2028"
         "ßİ😀ﻻ\u200d")
SETTINGS = settings(deadline=None, derandomize=True, database=None, max_examples=300)


def reference(text: str) -> list[int]:
    return [word_sum(word) for word in story_words(text)]


@SETTINGS
@given(st.text(alphabet=CHARS, max_size=200))
def test_word_sums_are_the_word_by_word_definition(text: str) -> None:
    assert word_sums(text).tolist() == reference(text)


@SETTINGS
@given(st.text(max_size=80))
def test_word_sums_on_any_unicode(text: str) -> None:
    assert word_sums(text).tolist() == reference(text)


def test_word_sums_of_replica_bodies_and_edge_cases() -> None:
    site = ReplicaSite("https://arabic.rt.com", n_articles=60)
    for want in site.expected.values():
        assert word_sums(want["body"]).tolist() == reference(want["body"])
    for text in ("", "  ", "،", "كتـــاب", "أحمدُ", "Straße", "x\u0301y", "😀 نص",
                 "a" * 10000, "\ud800 نص"):
        assert word_sums(text).tolist() == reference(text), repr(text)
    assert word_sums("الكتاب والكتاب").tolist() == [word_sum("الكتاب"), word_sum("والكتاب")]


def test_a_text_longer_than_the_kept_powers_is_hashed_the_same(monkeypatch) -> None:
    monkeypatch.setattr(shingles_module, "KEPT_POWERS", 64)
    monkeypatch.setattr(shingles_module, "_POWERS", (np.ones(1, dtype=np.uint64),) * 2)
    text = "كتب الطالب درسه في المدرسة الجديدة " * 2000
    assert word_sums(text).tolist() == reference(text)
    assert len(shingles_module._POWERS[0]) <= 64  # the long text's tables were not kept
    assert word_sums("نص قصير").tolist() == reference("نص قصير")


def test_shingle_hashes_are_one_per_distinct_shingle() -> None:
    text = "واحد اثنان ثلاثة اربعة خمسة ستة واحد اثنان ثلاثة اربعة خمسة"
    words = story_words(text)  # folded: ثلاثة is ثلاثه
    hashed = mix64(np.array([word_sum(w) for w in words], dtype=np.uint64))
    assert len(shingle_hashes(hashed)) == len(shingles(words)) == 6
    assert len(shingle_hashes(hashed[:3])) == len(shingles(words[:3])) == 1
    assert len(shingle_hashes(hashed[:0])) == 0
    assert (word_hashes(text) == hashed).all()


def test_minhash_values_are_datasketch_affine32() -> None:
    rng = np.random.default_rng(20)
    for n in (1, 7, 300):
        values = rng.integers(0, 1 << 32, n, dtype=np.uint64)
        sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
        sketch.update_batch(values.tolist())
        assert (minhash_values(values) == sketch.hashvalues).all()
    a, b = signature(paragraphs(0, 1, 2, 3)), signature(paragraphs(0, 1, 2, 4))
    lean = [LeanMinHash(seed=SEED, hashvalues=s.values, scheme=SCHEME) for s in (a, b)]
    assert jaccard(a, b) == lean[0].jaccard(lean[1])


def test_minhash_values_a_pass_at_a_time_are_the_same(monkeypatch) -> None:
    """More inputs than MINHASH_ROWS: the passes' minimums are the minimum of all."""
    values = np.random.default_rng(21).integers(0, 1 << 32, 300, dtype=np.uint64)
    whole = minhash_values(values)
    monkeypatch.setattr(story_signature, "MINHASH_ROWS", 64)  # four passes and a part
    assert (minhash_values(values) == whole).all()
    sketch = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
    sketch.update_batch(values.tolist())
    assert (whole == sketch.hashvalues).all()


def _long_words(n: int) -> str:
    """n distinct Arabic words (each number written in ten letters)."""
    letters = "ابتثجحخدرس"
    return " ".join("".join(letters[int(d)] for d in f"{k:06d}") for k in range(n))


def test_a_long_body_is_signed_in_bounded_memory() -> None:
    """A 150,000-word body (1.05 million characters), and one paragraph repeated 12,000
    times (as in tests/test_faulty_site.py). Traced peaks measured: 44 and 33 MiB, the
    folding and hashing arrays of about 40 bytes a character; 78 and 74 MiB when all of a
    body's runs went through MinHash in one pass, which put the faulty crawl at its ceiling."""
    distinct = _long_words(150_000)
    repeated = ("وأكد المتحدث أن الحكومة ماضية في تنفيذ خطتها الاقتصادية الشاملة " * 12_000)
    for body in (distinct, repeated):
        tracemalloc.start()
        try:
            [found] = signatures([body])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert found is not None and _bytes(found) == _bytes(signature(body))
        assert peak < 60 * 1024 * 1024, peak
    assert signatures([repeated])[0].shingles == 10  # ten distinct runs, each signed once


def paragraphs(*numbers: int) -> str:
    return "\n\n".join(" ".join("".join(random.Random(n * 100 + w).choice("بتثجحخدذرزس")
                                        for _ in range(5)) for w in range(30))
                       for n in numbers)


def test_many_candidates_are_judged_as_each_pair() -> None:
    sigs = [signature(paragraphs(*range(k, k + 4))) for k in range(6)]
    sigs += [signature(paragraphs(0, 1, 2)), signature(paragraphs(0, 1, 2, 3, 9, 10))]
    first = sigs[0]
    values = np.stack([s.values for s in sigs])
    together = same_stories(first, values, np.array([s.shingles for s in sigs])).tolist()
    assert together == [same_story(first, s) for s in sigs]
    assert together[0] and not all(together) and any(together[1:])


def test_signatures_are_the_same_in_another_process() -> None:
    """No salted hash(): a signature persisted by one process matches the next."""
    text = paragraphs(0, 1, 2, 3)
    code = ("import sys; from archive.story_signature import signature; "
            "sys.stdout.write(signature(sys.stdin.read()).to_bytes().hex())")
    runs = {subprocess.run([sys.executable, "-c", code], input=text, capture_output=True,
                           text=True, cwd=ROOT, check=True, env={"PYTHONHASHSEED": seed,
                                                                 "PYTHONPATH": str(ROOT)}
                           ).stdout for seed in ("1", "2")}
    assert runs == {signature(text).to_bytes().hex()}
    assert Signature.from_bytes(bytes.fromhex(runs.pop()), 1).values.dtype == np.uint32


def _bytes(sig: Signature | None) -> tuple[bytes, int] | None:
    return None if sig is None else (sig.to_bytes(), sig.shingles)


@SETTINGS
@given(st.lists(st.text(alphabet=CHARS, max_size=400), max_size=6))
def test_a_batch_of_bodies_gets_each_bodys_own_signature(bodies: list[str]) -> None:
    assert [_bytes(s) for s in signatures(bodies)] == [_bytes(signature(b)) for b in bodies]


def test_batches_of_replica_bodies_with_shared_and_repeated_phrases(monkeypatch) -> None:
    """Copies in one batch share shingles, a body may repeat a phrase of its own, a batch
    may hold a character the fold table lacks: each body's shingle count and values stay
    its own, also when the batch is cut into several (BATCH_CHARS)."""
    site = ReplicaSite("https://arabic.rt.com", n_articles=40)
    bodies = [want["body"] for want in site.expected.values()]
    phrase = "قال المتحدث باسم الوزارة في بيان اليوم "
    bodies += [bodies[0], phrase * 6 + bodies[1], bodies[2] + " Straße 😀 " + phrase * 3,
               "", "نص قصير", phrase * 2]
    want = [_bytes(signature(b)) for b in bodies]
    assert sum(w is not None for w in want) >= 40
    assert [_bytes(s) for s in signatures(bodies)] == want
    monkeypatch.setattr(story_signature, "BATCH_CHARS", 3000)
    assert [_bytes(s) for s in signatures(bodies)] == want
    assert signatures([]) == []
