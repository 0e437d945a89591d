"""Arabic stems for search keys: the Snowball Arabic stemmer (PyStemmer), guarded.

Snowball strips suffixes (plural and dual endings ات ون ين ان, pronouns ها هم كم, ة/ه) and
prefixes. A word without the article goes its verb path too, where a leading س or ي can go
(سيارات gives يارا): so a word is also stemmed with the article put in front (السيارات gives
سيار), and its stems are both. Stems shorter than MIN_STEM letters are dropped: they join
unrelated words.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

# Stems keep at least this many letters (لدا is not to find لد).
MIN_STEM = 3
ARTICLE = "ال"
ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")
STEM_CACHE_SIZE = 2 ** 13
_STEMMER = Stemmer.Stemmer("arabic")


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stems(word: str) -> tuple[str, ...]:
    """The Snowball stems of one normalized word: as it is, and as a noun with the article.
    A word not in Arabic letters has none."""
    if not ARABIC_LETTERS.fullmatch(word):
        return ()
    forms = (word,) if word.startswith(ARTICLE) else (word, ARTICLE + word)
    found = (_STEMMER.stemWord(form) for form in forms)
    return tuple(dict.fromkeys(s for s in found if len(s) >= MIN_STEM))
