"""Word shingles of an article's folded text: what near-duplicate stories are compared on.

Pure: the same text always gives the same shingles. Words are `key_text`-folded (hamza forms,
ى/ي, ة/ه, harakat, tatweel, Arabic-Indic digits) and stripped of punctuation, so a copy that
re-spells or re-punctuates a sentence still shares its shingles.
"""

from __future__ import annotations

import re

from extraction.textnorm import key_text

# Words of 5: long enough that two agencies' wording of one event shares almost none,
# short enough that an edited sentence still keeps most of its shingles (BENCHMARKS.md
# "Stories" has the measurements this was chosen from).
SHINGLE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")


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
