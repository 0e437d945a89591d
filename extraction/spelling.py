"""Spelling-insensitive keys of Arabic phrases: what line rules compare, never what is stored."""

from __future__ import annotations

import re

_HAMZA_ALEF = re.compile("[أإآٱ]")
_HARAKAT = re.compile("[\u064B-\u0652]")


def without_harakat(text: str) -> str:
    return _HARAKAT.sub("", text)


def fold(text: str) -> str:
    """Spelling-insensitive key: hamza forms of alef, alef maqsura, tatweel and harakat folded."""
    text = _HAMZA_ALEF.sub("ا", text)
    return without_harakat(text.replace("ى", "ي").replace("ـ", ""))


def fold_all(phrases: tuple[str, ...]) -> frozenset[str]:
    """The fold() of each phrase, as a set to look keys up in."""
    return frozenset(fold(p) for p in phrases)
