"""Whitespace folding and the normalized forms used for content hashes and for keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")
# The marks a sentence (or a line introducing what follows) ends with.
END_STOPS = (".", "؟", "?", "!", ":", "：", "…")


def fold_space(text: str) -> str:
    """Fold runs of white space (including NBSP) into one space and strip the ends."""
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


def content_hash(title: str | None, body: str) -> str:
    """sha256 of NFC title + body with folded space: changes only when the words do."""
    key = unicodedata.normalize("NFC", fold_space(title or "")) + "\n" + "\n".join(
        unicodedata.normalize("NFC", fold_space(p)) for p in body.split("\n\n")
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


# Key folding (site-template block keys, extraction/site_template.py): spellings of one line
# that readers take for the same text get the same key. Persisted keys depend on it: a change
# here makes every stored template key stale (they age out of the capped table).
_ALEF_FORMS = "أإآٱ"
# harakat, Quranic marks, superscript alef, tatweel: rare in news text, so searched first
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_INDIC_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_TO_ASCII_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EDGE_PUNCTUATION = " -–—•·*|:：.…،,؛;!؟?\"'«»()[]"


def key_text(text: str) -> str:
    """The folded form of a line for keys, never for storage: NFC, white space folded,
    hamza forms of alef, alef maqsura, taa marbuta, harakat and tatweel folded,
    Arabic-Indic digits as ASCII, case folded, punctuation at the ends stripped.
    (str.replace per letter: several times faster than one translate table on Arabic.)"""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    for alef in _ALEF_FORMS:
        text = text.replace(alef, "ا")
    text = text.replace("ى", "ي").replace("ة", "ه")
    if _MARKS.search(text):
        text = _MARKS.sub("", text)
    if _INDIC_DIGITS.search(text):
        text = text.translate(_TO_ASCII_DIGITS)
    return " ".join(text.casefold().split()).strip(_EDGE_PUNCTUATION)
