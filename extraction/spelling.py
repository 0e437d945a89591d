"""Spelling-insensitive keys of Arabic phrases: what line rules compare, never what is stored."""

from __future__ import annotations

import re

_HAMZA_ALEF = re.compile("[أإآٱ]")
_HARAKAT = re.compile("[\u064B-\u0652]")


def fold(text: str) -> str:
    """Spelling-insensitive key: hamza forms of alef, alef maqsura, tatweel and harakat folded."""
    text = _HAMZA_ALEF.sub("ا", text)
    text = text.replace("ى", "ي").replace("ـ", "")
    return _HARAKAT.sub("", text)
