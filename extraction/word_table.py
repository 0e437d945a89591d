"""The folded words of a text as arrays: what `key_text` and the word pattern of
extraction/shingles.py make of each character, learned per character and kept in a table.

`key_text` folds character by character once the text is NFC (its replacements, mark
removal, digit translation and case folding each map one character to what it becomes), so
a table of what it does to each character gives the folded text of a whole body in a few
numpy operations. The table covers the Basic Multilingual Plane; each entry is learned the
first time a text holds the character, by asking `key_text` itself. A text with a character
outside the table, or one that folds into several (ß into "ss"), gets None: the caller folds
it word by word.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from extraction.textnorm import key_text

WORD = re.compile(r"[^\W_]+")  # a word: a run of letters and digits (not "_")
# Ordered so that one max() over a text's kinds tells whether anything but separators and
# letters is in it.
_SEPARATOR, _LETTER, _DROPPED, _SEVERAL, _UNKNOWN = range(5)
_PLANE = 0x10000
_KIND = np.full(_PLANE, _UNKNOWN, dtype=np.uint8)
_FOLDED = np.zeros(_PLANE, dtype=np.uint64)  # the folded code point of each letter


def _learn(codes: np.ndarray) -> None:
    """Classify each code point by what key_text does to it, alone and inside a word."""
    for code in np.unique(codes).tolist():
        char = chr(code)
        folded = key_text(char)
        if len(folded) == 1:
            kind = _LETTER if WORD.fullmatch(folded) else _SEPARATOR
            _FOLDED[code] = ord(folded) if kind == _LETTER else 0
        elif folded:
            kind = _SEVERAL
        else:  # gone alone: a mark or tatweel (dropped), or space and punctuation
            kind = _DROPPED if key_text(f"a{char}b") == "ab" else _SEPARATOR
        _KIND[code] = kind


def folded_texts(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The texts' code points as key_text folds them (uint64; 0 for a separator), joined by
    a line break (which no word crosses), which of them are letters of words, and where each
    text starts in those arrays; None when the table cannot say for one of the texts (see
    the module doc)."""
    texts = [text if unicodedata.is_normalized("NFC", text)
             else unicodedata.normalize("NFC", text) for text in texts]
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(np.array([len(text) + 1 for text in texts[:-1]], dtype=np.int64), out=starts[1:])
    codes = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"),
                          dtype=np.uint32)
    if codes.size and int(codes.max()) >= _PLANE:
        return None
    kinds = _KIND[codes]
    top = int(kinds.max()) if kinds.size else _LETTER
    if top == _UNKNOWN:
        _learn(codes[kinds == _UNKNOWN])
        kinds = _KIND[codes]
        top = int(kinds.max())
    if top == _SEVERAL:
        return None
    if top == _DROPPED:
        kept = kinds != _DROPPED
        dropped_before = np.zeros(len(codes) + 1, dtype=np.int64)
        np.cumsum(~kept, out=dropped_before[1:])
        starts -= dropped_before[starts]
        codes, kinds = codes[kept], kinds[kept]
    return _FOLDED[codes], kinds == _LETTER, starts
