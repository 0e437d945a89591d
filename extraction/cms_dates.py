"""Dates a CMS prints in its own numeric order, read in that order: the default "medium"
format of Drupal and of Backdrop CMS (its fork), "D, m/d/Y - H:i" ("ثلاثاء, 03/12/2024 -
10:25" is 12 March), month first where an Arabic reader would read the day first. Pure:
(tree, metas) in, an ISO date out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from lxml import etree
from lxml.html import HtmlElement

# The generator meta of the CMSs whose default medium format is month first.
MONTH_FIRST_CMS: tuple[str, ...] = ("drupal", "backdrop")
# "<weekday>, mm/dd/yyyy - hh:mm", as the medium format prints it.
_MEDIUM = re.compile(r"[^\W\d_]+,\s*(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})\s+-\s+"
                     r"(?P<H>\d{1,2}):(?P<M>\d{2})")
_CANDIDATES = etree.XPath("//body//text()[contains(., '/')][contains(., ' - ')]")


def medium_date(tree: HtmlElement, metas: Mapping[str, str]) -> str | None:
    """The first date in the medium format on a Drupal or Backdrop page, read month first
    (the first inside an `<article>`, a node's own, before the sidebar's), else None."""
    if not metas.get("generator", "").casefold().startswith(MONTH_FIRST_CMS):
        return None
    found = []
    for text in _CANDIDATES(tree):
        if (match := _MEDIUM.search(str(text))) and (moment := _moment(match)):
            holder = text.getparent()
            if holder is not None and next(holder.iterancestors("article"), None) is not None:
                return moment
            found.append(moment)
    return found[0] if found else None


def _moment(match: re.Match[str]) -> str | None:
    try:
        return datetime(int(match["y"]), int(match["m"]), int(match["d"]), int(match["H"]),
                        int(match["M"])).isoformat()
    except ValueError:
        return None  # "25/11/2024": no month 25, not this format
