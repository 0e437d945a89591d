"""Language of an article: langdetect with a fixed seed, backed by the share of Arabic letters."""

from __future__ import annotations

import re

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0

# langdetect costs about as much as trafilatura on a whole article; a prefix decides as well.
SAMPLE_CHARS = 1500
ARABIC_FAST_SHARE = 0.9

# What is not an (Arabic-script) letter: deleting it leaves the letters to count, several
# times faster than listing every letter.
_NOT_ARABIC_SCRIPT = re.compile(r"[^\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF\u0750-\u077F]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
# Letters Persian and Urdu use and Arabic does not: langdetect mixes the three on short texts.
_NOT_ARABIC_LETTER = re.compile(r"[پچژگکیےۓٹڈڑںہۃھ]")


def arabic_share(text: str) -> float:
    """Share of letters in `text` that are Arabic-script letters (0 when there are none)."""
    letters = len(_NOT_LETTER.sub("", text))
    return len(_NOT_ARABIC_SCRIPT.sub("", text)) / letters if letters else 0.0


def detect_language(text: str) -> tuple[str | None, float | None]:
    """(ISO 639-1 code, confidence) for `text`, or (None, None) when it cannot be told."""
    sample = text[:SAMPLE_CHARS]
    share = arabic_share(sample)
    persian_letters = len(_NOT_ARABIC_LETTER.findall(sample))
    # Almost only Arabic letters and none that only Persian or Urdu use: langdetect (as costly
    # as trafilatura on a page) could only say "ar" or confuse it with fa/ur, which we overrule.
    if share >= ARABIC_FAST_SHARE and persian_letters == 0:
        return "ar", round(share, 4)
    try:
        best = detect_langs(sample)[0]
        lang, prob = best.lang, float(best.prob)
    except LangDetectException:
        lang, prob = None, 0.0
    if share >= 0.6 and lang in (None, "fa", "ur") and persian_letters == 0:
        return "ar", round(share, 4)
    if lang == "ar" and persian_letters > 0.02 * max(1, len(sample)):
        return "fa", round(prob, 4)
    if lang is None:
        return None, None
    return lang, round(prob, 4)
