"""Site templates as the archive learns them: how many distinct articles of a site showed
each body line, bounded per site; a line shown on TEMPLATE_MIN_ARTICLES of them is template.

`TemplateLedger` holds one site's counts in memory (loaded from `site_template_blocks`,
updated page by page, handed back as `TemplateChanges` for archive/store.py to write);
`stored_template` reads the learned template alone (re-extraction). The rule and the bound
live here once, for memory and table alike:

- a line is template once TEMPLATE_MIN_ARTICLES distinct articles (article_id) showed it;
  a line seen on fewer is never dropped. Distinctness needs only the first few article ids
  of a line, so that is all a row keeps (`article_ids`, at most TEMPLATE_MIN_ARTICLES):
  `articles` counts distinct articles up to the threshold and stops there; `pages` counts
  every fetched page that showed the line;
- at most TEMPLATE_MAX_KEYS lines per site: past it, lines below the threshold go first,
  least recently seen first, then (only if template lines alone exceed the cap) the least
  recently seen template lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlite_utils

from archive.title_affixes import TitleChanges, TitleLedger
from extraction.site_template import SiteTemplate, body_lines, line_key
from extraction.title_affixes import Affix

TABLE = "site_template_blocks"
TEMPLATE_MIN_ARTICLES = 3
TEMPLATE_MAX_KEYS = 5000
SAMPLE_CHARS = 200


@dataclass
class Block:
    """One line of a site's pages: the first articles that showed it, how often, when."""

    article_ids: list[str]
    pages: int
    first_seen: str
    last_seen: str
    # The line as published (its first SAMPLE_CHARS characters), once two articles showed it.
    sample: str | None

    @property
    def articles(self) -> int:
        return len(self.article_ids)


@dataclass(frozen=True)
class TemplateChanges:
    """What to write for one site: rows to upsert, keys evicted, and the bound to keep."""

    site: str
    rows: list[dict[str, object]]
    evicted: list[str]
    min_articles: int = TEMPLATE_MIN_ARTICLES
    max_keys: int = TEMPLATE_MAX_KEYS
    titles: TitleChanges | None = None


def eviction_order(is_template: bool, last_seen: str, pages: int, key: str
                   ) -> tuple[bool, str, int, str]:
    """Sort key: the first to go sort first (below the threshold, least recently seen)."""
    return (is_template, last_seen, pages, key)


@dataclass
class TemplateLedger:
    """One site's line counts, and its title parts (`titles`); `template` is what extraction
    gets."""

    site: str
    blocks: dict[str, Block] = field(default_factory=dict)
    titles: TitleLedger | None = None
    min_articles: int = TEMPLATE_MIN_ARTICLES
    max_keys: int = TEMPLATE_MAX_KEYS
    _dirty: set[str] = field(default_factory=set, repr=False)
    _evicted: set[str] = field(default_factory=set, repr=False)
    _template: SiteTemplate | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.titles is None:
            self.titles = TitleLedger(self.site)

    @classmethod
    def load(cls, db: sqlite_utils.Database, site: str, **bounds: int) -> TemplateLedger:
        ledger = cls(site, **bounds)
        rows = db.execute(f"SELECT key, article_ids, pages, first_seen, last_seen, sample "
                          f"FROM {TABLE} WHERE site = ?", [site])
        for key, ids, pages, first_seen, last_seen, sample in rows:
            ledger.blocks[key] = Block(json.loads(ids or "[]"), pages, first_seen, last_seen,
                                       sample)
        ledger.titles = TitleLedger.load(db, site)
        return ledger

    @property
    def template(self) -> SiteTemplate:
        if self._template is None:
            self._template = SiteTemplate(self.site, frozenset(
                key for key, block in self.blocks.items() if self._is_template(block)),
                self._titles.affixes())
        return self._template

    @property
    def _titles(self) -> TitleLedger:
        assert self.titles is not None  # set in __post_init__
        return self.titles

    def _is_template(self, block: Block) -> bool:
        return block.articles >= self.min_articles

    def saw(self, article_id: str, keys: Iterable[str], body: str, now: str,
            affixes: Iterable[Affix] = ()) -> list[str]:
        """Count one stored page of the site: the keys of its lines before the template
        removed any, and its title's parts (`affixes`). `body`, the stored text, gives a line
        its sample once a second article shows it (lines seen once, most of the table, keep
        none). Returns the line keys that became template with this page (a change of the
        site's title affixes shows in `template`)."""
        self._saw_title(article_id, affixes, now)
        crossed: list[str] = []
        unsampled: list[tuple[str, Block]] = []
        for key in keys:
            block = self.blocks.get(key)
            if block is None:
                block = self.blocks[key] = Block([], 0, now, now, None)
            block.pages += 1
            block.last_seen = max(block.last_seen, now)
            if article_id not in block.article_ids and block.articles < self.min_articles:
                block.article_ids.append(article_id)
                if self._is_template(block):
                    crossed.append(key)
                if block.sample is None and block.articles >= 2:
                    unsampled.append((key, block))
            self._dirty.add(key)
        if unsampled:
            lines = {line_key(line): line for line in body_lines(body)}
            for key, block in unsampled:
                block.sample = lines[key][:SAMPLE_CHARS] if key in lines else None
        if crossed:
            self._template = None
        if len(self.blocks) > 2 * self.max_keys:  # memory stays bounded between writes
            self._trim()
        return crossed

    def _saw_title(self, article_id: str, affixes: Iterable[Affix], now: str) -> None:
        """Count the page's title; the template is rebuilt when the affixes changed."""
        before = self._titles.affixes()
        self._titles.saw(article_id, affixes, now)
        if self._titles.affixes() != before:
            self._template = None

    def _trim(self) -> None:
        excess = len(self.blocks) - self.max_keys
        if excess <= 0:
            return
        order = sorted(self.blocks, key=lambda k: eviction_order(
            self._is_template(self.blocks[k]), self.blocks[k].last_seen,
            self.blocks[k].pages, k))
        for key in order[:excess]:
            if self._is_template(self.blocks.pop(key)):
                self._template = None
            self._dirty.discard(key)
            self._evicted.add(key)

    def changes(self) -> TemplateChanges | None:
        """What changed since the last call, trimmed to the bound (None: nothing)."""
        self._trim()
        titles = self._titles.changes()
        if not self._dirty and not self._evicted and titles is None:
            return None
        rows = [self._row(key, self.blocks[key]) for key in sorted(self._dirty)]
        changes = TemplateChanges(self.site, rows, sorted(self._evicted), self.min_articles,
                                  self.max_keys, titles)
        self._dirty.clear()
        self._evicted.clear()
        return changes

    def _row(self, key: str, block: Block) -> dict[str, object]:
        return {"site": self.site, "key": key, "articles": block.articles,
                "article_ids": json.dumps(block.article_ids), "pages": block.pages,
                "first_seen": block.first_seen, "last_seen": block.last_seen,
                "sample": block.sample}


def stored_template(db: sqlite_utils.Database, site: str,
                    min_articles: int = TEMPLATE_MIN_ARTICLES) -> SiteTemplate:
    """The site's learned template as stored (empty when nothing was learned)."""
    if TABLE not in db.table_names():
        return SiteTemplate(site)
    keys = db.execute(f"SELECT key FROM {TABLE} WHERE site = ? AND articles >= ?",
                      [site, min_articles])
    return SiteTemplate(site, frozenset(key for (key,) in keys),
                        TitleLedger.load(db, site).affixes())
