"""Whitespace folding and the normalized form used for content hashes."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def fold_space(text: str) -> str:
    """Fold runs of white space (including NBSP) into one space and strip the ends."""
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


def content_hash(title: str | None, body: str) -> str:
    """sha256 of NFC title + body with folded space: changes only when the words do."""
    key = unicodedata.normalize("NFC", fold_space(title or "")) + "\n" + "\n".join(
        unicodedata.normalize("NFC", fold_space(p)) for p in body.split("\n\n")
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
