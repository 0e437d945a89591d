"""A site's name around its titles, as the archive learns it: how many of a site's titles
begin or end with each short part (extraction/title_affixes.py names the parts).

A part is the site's affix when it is on at least TITLE_MIN_ARTICLES distinct articles and
on TITLE_MIN_SHARE of all the titles the site showed, once TITLE_MIN_TITLES were seen. The
share is what tells a site's name, on nearly every title, from a word many headlines start
with: a dateline city ("غزة - ...") or a label ("عاجل | ...") is on some titles, never on
four in five. The share moves with every page, so a part stops being an affix when the site
drops it. Rows live in `site_title_affixes`, at most TITLE_MAX_KEYS per site; the row keyed
SEEN counts the site's titles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils

from extraction.title_affixes import Affix

TABLE = "site_title_affixes"
TITLE_MIN_ARTICLES = 3
TITLE_MIN_TITLES = 10
TITLE_MIN_SHARE = 0.8
TITLE_MAX_KEYS = 200
SEEN = "*"


@dataclass
class AffixCount:
    """One part of a site's titles: the first articles that showed it, on how many pages."""

    affix: str
    position: str
    article_ids: list[str]
    pages: int
    first_seen: str
    last_seen: str


@dataclass(frozen=True)
class TitleChanges:
    """What to write for one site's titles: rows to upsert, keys evicted."""

    site: str
    rows: list[dict[str, object]]
    evicted: list[str]
    max_keys: int = TITLE_MAX_KEYS


@dataclass
class TitleLedger:
    """One site's title parts and how many titles it showed; `affixes` is what is learned."""

    site: str
    seen: int = 0
    counts: dict[str, AffixCount] = field(default_factory=dict)
    max_keys: int = TITLE_MAX_KEYS
    _dirty: set[str] = field(default_factory=set, repr=False)
    _evicted: set[str] = field(default_factory=set, repr=False)

    @classmethod
    def load(cls, db: sqlite_utils.Database, site: str) -> TitleLedger:
        ledger = cls(site)
        if TABLE not in db.table_names():
            return ledger
        rows = db.execute(f"SELECT key, affix, position, article_ids, pages, first_seen, "
                          f"last_seen FROM {TABLE} WHERE site = ?", [site])
        for key, affix, position, ids, pages, first_seen, last_seen in rows:
            if key == SEEN:
                ledger.seen = pages
            else:
                ledger.counts[key] = AffixCount(affix, position, json.loads(ids or "[]"),
                                                pages, first_seen, last_seen)
        return ledger

    def is_affix(self, count: AffixCount) -> bool:
        return (len(count.article_ids) >= TITLE_MIN_ARTICLES and self.seen >= TITLE_MIN_TITLES
                and count.pages >= TITLE_MIN_SHARE * self.seen)

    def affixes(self) -> frozenset[str]:
        return frozenset(key for key, count in self.counts.items() if self.is_affix(count))

    def saw(self, article_id: str, affixes: Iterable[Affix], now: str) -> None:
        """Count one stored page's title: its candidate parts (before any was taken off)."""
        self.seen += 1
        self._dirty.add(SEEN)
        for key, position, text in affixes:
            count = self.counts.get(key)
            if count is None:
                count = self.counts[key] = AffixCount(text, position, [], 0, now, now)
            count.pages += 1
            count.last_seen = max(count.last_seen, now)
            if article_id not in count.article_ids and len(count.article_ids) < TITLE_MIN_ARTICLES:
                count.article_ids.append(article_id)
            self._dirty.add(key)
        if len(self.counts) > 2 * self.max_keys:
            self._trim()

    def eviction_order(self) -> list[str]:
        """The parts, the first to go first: non-affixes, least recently seen, rarest."""
        return sorted(self.counts, key=lambda k: (self.is_affix(self.counts[k]),
                                                  self.counts[k].last_seen,
                                                  self.counts[k].pages, k))

    def _trim(self) -> None:
        excess = len(self.counts) - self.max_keys
        if excess <= 0:
            return
        for key in self.eviction_order()[:excess]:
            del self.counts[key]
            self._dirty.discard(key)
            self._evicted.add(key)

    def changes(self) -> TitleChanges | None:
        """What changed since the last call, trimmed to the bound (None: nothing)."""
        self._trim()
        if not self._dirty and not self._evicted:
            return None
        rows = [self._row(key) for key in sorted(self._dirty)]
        changes = TitleChanges(self.site, rows, sorted(self._evicted), self.max_keys)
        self._dirty.clear()
        self._evicted.clear()
        return changes

    def _row(self, key: str) -> dict[str, object]:
        if key == SEEN:
            return {"site": self.site, "key": SEEN, "affix": None, "position": None,
                    "articles": 0, "article_ids": "[]", "pages": self.seen,
                    "first_seen": None, "last_seen": None}
        count = self.counts[key]
        return {"site": self.site, "key": key, "affix": count.affix, "position": count.position,
                "articles": len(count.article_ids), "article_ids": json.dumps(count.article_ids),
                "pages": count.pages, "first_seen": count.first_seen,
                "last_seen": count.last_seen}


def save_title_changes(db: sqlite_utils.Database, changes: TitleChanges) -> None:
    """Evicted parts out, changed rows written, then the site's parts cut to the bound
    (non-affixes least recently seen first; the SEEN row always stays)."""
    db.conn.executemany(f"DELETE FROM {TABLE} WHERE site = ? AND key = ?",
                        [(changes.site, key) for key in changes.evicted])
    db[TABLE].upsert_all(changes.rows, pk=("site", "key"))
    count = db.execute(f"SELECT count(*) FROM {TABLE} WHERE site = ? AND key != ?",
                       [changes.site, SEEN]).fetchone()[0]
    if count > changes.max_keys:
        order = TitleLedger.load(db, changes.site).eviction_order()
        db.conn.executemany(f"DELETE FROM {TABLE} WHERE site = ? AND key = ?",
                            [(changes.site, key) for key in order[:count - changes.max_keys]])
