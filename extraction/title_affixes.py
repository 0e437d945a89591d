"""A site's name around its titles ("<headline> - <site>", "<site> | <headline>"), learned.

Generic rules (extraction/titles.py) take the site's name off a title when the page shows
its headline on its own; where it does not, the name stays. Across a site's pages, though,
the name is the short part before the first spaced separator (a prefix) or after the last
(a suffix) that nearly every title carries. archive/title_affixes.py counts those parts per
site and decides which are the site's; this module only names the parts of one title and
takes the learned ones off. A part's key is a hash of its folded text, like a body line's.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

from extraction.textnorm import key_text

# " - ", " | ", " :: ", " — " ...: a separator with space on both sides (titles.py splits
# "<site> :: <headline>" the same way).
SPACED_SEPARATOR = re.compile(r"\s+(?:::|[-|–—:«»•·])\s+")
# A site's name is short; a longer part is headline text.
AFFIX_MAX_WORDS = 6
# What is left of a title once an affix is off: at least this many words, or it stays.
MIN_HEADLINE_WORDS = 2
PREFIX, SUFFIX = "prefix", "suffix"


class Affix(NamedTuple):
    """One candidate part of a title: its key, where it sits, and its text as published."""

    key: str
    position: str
    text: str


def _key(position: str, text: str) -> str:
    digest = hashlib.blake2b(key_text(text).encode("utf-8"), digest_size=8).hexdigest()
    return f"{position[0]}:{digest}"


def _short(text: str) -> bool:
    return 0 < len(text.split()) <= AFFIX_MAX_WORDS


def _split(title: str) -> tuple[str, str, str, str] | None:
    """(prefix, rest after it, rest before the suffix, suffix) or None without a separator."""
    marks = list(SPACED_SEPARATOR.finditer(title))
    if not marks:
        return None
    first, last = marks[0], marks[-1]
    return (title[:first.start()].strip(), title[first.end():].strip(),
            title[:last.start()].strip(), title[last.end():].strip())


def title_affixes(title: str | None) -> tuple[Affix, ...]:
    """The short first and last parts of a title that splits at a spaced separator: what
    learning counts for the page (its title as the page gives it, before any rule)."""
    parts = _split(title or "")
    if parts is None:
        return ()
    prefix, _, _, suffix = parts
    found = []
    if _short(prefix):
        found.append(Affix(_key(PREFIX, prefix), PREFIX, prefix))
    if _short(suffix):
        found.append(Affix(_key(SUFFIX, suffix), SUFFIX, suffix))
    return tuple(found)


def without_affixes(title: str | None, learned: frozenset[str]) -> str | None:
    """The title without a learned prefix and suffix (keys of `learned`); unchanged when
    none is there or when less than MIN_HEADLINE_WORDS words would remain."""
    if not title or not learned:
        return title
    parts = _split(title)
    if parts is not None and _key(PREFIX, parts[0]) in learned:
        rest = parts[1]
        if len(rest.split()) >= MIN_HEADLINE_WORDS:
            title = rest
    parts = _split(title)
    if parts is not None and _key(SUFFIX, parts[3]) in learned:
        rest = parts[2]
        if len(rest.split()) >= MIN_HEADLINE_WORDS:
            title = rest
    return title
