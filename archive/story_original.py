"""Which copy of a story is the original: the one the others credit, else the earliest.

A copy credits another member of its story by `rel=canonical` pointing at it, by a link to
it (any kind: a source line's link is kind `source`), or by a source line naming its site
("المصدر: RT" names rtarabic: `Site.credited_as`). The member credited by the most copies
of other sites is the original; without credits, the earliest published (then the first
stored). Pure: rows in, an id out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from extraction.sites import SITES
from extraction.textnorm import key_text

# "RT + وكالات", "RT، وكالات", "RT / تاس", "RT و وكالات": one credit per part.
_PARTS = re.compile(r"\s*(?:[+،,/|؛;]|\sو\s)\s*")
CREDITED: dict[str, str] = {key_text(name): site.name for site in SITES.values()
                            for name in site.credited_as}


@dataclass(frozen=True)
class Member:
    """What deciding needs of one article of the story."""

    id: int
    site: str
    urls: frozenset[str]  # its URL, canonical URL and every URL that led to it
    canonical_url: str | None = None
    published: str | None = None
    source: str | None = None
    links: frozenset[str] = field(default_factory=frozenset)


def credited_sites(source: str | None) -> set[str]:
    """The archive sites a source line names ("RT + وكالات" -> {"rtarabic"})."""
    if not source:
        return set()
    return {CREDITED[key] for part in _PARTS.split(source)
            if (key := key_text(part)) in CREDITED}


def credits(member: Member, others: Sequence[Member]) -> set[int]:
    """The other members (of other sites) that `member` credits."""
    named = credited_sites(member.source)
    found = set()
    for other in others:
        if other.id == member.id or other.site == member.site:
            continue
        if (member.canonical_url in other.urls or member.links & other.urls
                or other.site in named):
            found.add(other.id)
    return found


def original(members: Sequence[Member]) -> int:
    """The id of the story's original (see the module docstring)."""
    votes: Counter[int] = Counter()
    for member in members:
        votes.update(credits(member, members))

    def order(m: Member) -> tuple[int, bool, datetime, int]:
        moment = _instant(m.published)
        return (-votes[m.id], moment is None, moment or _NEVER, m.id)

    return min(members, key=order).id


_NEVER = datetime.max.replace(tzinfo=UTC)


def _instant(published: str | None) -> datetime | None:
    """The publication instant (offsets compared in UTC; a naive time is taken as UTC)."""
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
