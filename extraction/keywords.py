"""Tag names a page gives as data: article:tag metas, JSON-LD keywords, meta keywords."""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from extraction.textnorm import fold_space

_KEYWORDS_MAX = 12


def meta_keywords(metas: dict[str, str]) -> list[str]:
    """`<meta name="keywords">` of a page with no tag markup: its tags, unless the list is
    long enough to be the site's own keyword stuffing."""
    names = [fold_space(k) for k in re.split(r"[,،]", metas.get("keywords", ""))]
    names = [n for n in names if n]
    return names if len(names) <= _KEYWORDS_MAX else []


def ld_keywords(ld: tuple[dict[str, Any], ...]) -> list[str]:
    """The article JSON-LD's `keywords`: a list, or one comma-separated string."""
    for obj in ld:
        keywords = obj.get("keywords")
        if isinstance(keywords, str):
            keywords = re.split(r"[,،]", keywords)
        if isinstance(keywords, list):
            names = [fold_space(k) for k in keywords if isinstance(k, str)]
            if any(names):
                return names
    return []


def all_meta(tree: HtmlElement, key: str) -> list[str]:
    """The contents of every meta named (or with the property) `key`, in page order."""
    return [m.get("content") or "" for m in tree.iter("meta")
            if (m.get("property") or m.get("name")) == key]
