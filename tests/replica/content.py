"""Deterministic generator of the replica's article specs from the text bank (re-exported here)."""

from __future__ import annotations

import random
import re
import string
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .bank import (
    AUTHORS,
    CAPTIONS,
    CREDITS,
    ENGLISH_LEAD,
    ENGLISH_SENTENCES,
    ENGLISH_TITLE,
    GENERAL_SENTENCES,
    GENERIC_CAPTIONS,
    PODCASTS,
    SECTION_NAMES,
    SECTIONS,
    SENTENCES,
    SOURCE_LINES,
    STORIES,
    STORY_VARIANTS,
    TAGS,
    TWEETS,
)
from .model import ArticleSpec, Block, BrokenSpec, LinkRef, Photo, slugify

__all__ = [
    "AUTHORS",
    "BROKEN",
    "CAPTIONS",
    "CREDITS",
    "ENGLISH_LEAD",
    "ENGLISH_SENTENCES",
    "ENGLISH_TITLE",
    "FEED",
    "FEED_SECTIONS",
    "GENERAL_SENTENCES",
    "GENERIC_CAPTIONS",
    "LISTING",
    "LISTING_SECTIONS",
    "MAIN_FEED_SIZE",
    "PODCASTS",
    "SECTIONS",
    "SECTION_NAMES",
    "SENTENCES",
    "SITEMAP",
    "SOURCE_LINES",
    "STORIES",
    "TAGS",
    "TWEETS",
    "english_article",
    "generate_articles",
]

SITEMAP, FEED, LISTING = "sitemap", "feed", "listing"
LISTING_SECTIONS: tuple[str, ...] = (
    "news", "middle_east", "world", "sport", "business", "technology")
# Every section has a feed (the crawler reads /rss/<section>/ for all of them).
FEED_SECTIONS: tuple[str, ...] = tuple(name for name, _ in SECTIONS)
MAIN_FEED_SIZE = 20
FIRST_ID = 1500001
MIN_ARTICLES = 12
EMBED_KINDS: tuple[str, ...] = ("youtube", "telegram", "twitter", "instagram", "tiktok", "podcast")

# Pages at article-like URLs that are not storable articles (ids unused by real articles).
BROKEN: tuple[BrokenSpec, ...] = (
    BrokenSpec("1599001", "خبر محذوف من الأرشيف", "خبر محذوف من الأرشيف", "http_404",
               "http_404", ("sitemap-1",), "2024-03-20T09:00:00+03:00"),
    BrokenSpec("1599002", "عطل مؤقت في الخادم", "تقرير حول عطل مؤقت في الخادم", "http_500",
               "http_500", ("sitemap-1",), "2024-03-21T10:30:00+03:00"),
    BrokenSpec("1599003", "رابط قديم للخبر", "رابط قديم لخبر منشور", "redirect",
               "redirect", ("listing",), "2024-03-01T08:00:00+03:00"),
    BrokenSpec("1599004", "التقرير السنوي الكامل", "التقرير السنوي الكامل بصيغة PDF", "not_html",
               "pdf", ("sitemap-2",), "2024-03-18T14:00:00+03:00"),
    BrokenSpec("1599005", "صفحة الحماية الأولى", "خبر خلف صفحة تحقق", "blocked",
               "ddos_200", ("sitemap-1",), "2024-03-22T11:15:00+03:00"),
    BrokenSpec("1599006", "صفحة الحماية الثانية", "خبر ثان خلف صفحة تحقق", "blocked",
               "ddos_403", ("listing",), "2024-03-22T11:45:00+03:00"),
    BrokenSpec("1599007", "صفحة غير موجودة", "خبر لم يعد متاحا", "not_found",
               "soft_404", ("sitemap-2",), "2024-03-19T16:20:00+03:00"),
    BrokenSpec("1599008", "moscow hosts arctic shipping forum", ENGLISH_TITLE, "language",
               "english", ("sitemap-1", "listing"), "2024-03-05T12:30:00+03:00"),
)


@dataclass
class _Draft:
    """An article while it is being planned."""

    old: bool
    sources: frozenset[str]
    local: datetime = datetime(2024, 1, 1)
    offset: int = 3
    article_id: str = ""
    section: str = ""

    @property
    def instant(self) -> datetime:
        return self.local.replace(tzinfo=timezone(timedelta(hours=self.offset)))

    @property
    def multi_new(self) -> bool:
        return not self.old and len(self.sources) >= 2


def _iso(local: datetime, offset: int) -> str:
    return local.replace(tzinfo=timezone(timedelta(hours=offset))).isoformat()


def _pick(rng: random.Random, items: list[_Draft], k: int) -> list[_Draft]:
    """k distinct drafts from items (fewer if items is shorter), in items' order."""
    chosen = {id(d) for d in rng.sample(items, min(k, len(items)))}
    return [d for d in items if id(d) in chosen]


def _plan_groups(n: int, rng: random.Random) -> list[_Draft]:
    """Old articles (sitemap/feed only) and new ones by discovery source."""
    old = max(2, n // 6)
    old_sm = max(1, round(old * 0.4))
    old_feed = max(1, round(old * 0.3))
    old_both = old - old_sm - old_feed
    sm_new, feed_new = max(1, n // 10), max(1, n // 12)
    listing_only = max(1, (2 * n) // 15)
    multi = n - old - sm_new - feed_new - listing_only
    s, f, lst = SITEMAP, FEED, LISTING
    drafts = [_Draft(True, frozenset({s})) for _ in range(old_sm)]
    drafts += [_Draft(True, frozenset({f})) for _ in range(old_feed)]
    drafts += [_Draft(True, frozenset({s, f})) for _ in range(old_both)]
    drafts += [_Draft(False, frozenset({s})) for _ in range(sm_new)]
    drafts += [_Draft(False, frozenset({f})) for _ in range(feed_new)]
    drafts += [_Draft(False, frozenset({lst})) for _ in range(listing_only)]
    patterns = [{s, f, lst}, {s, lst}, {f, lst}, {s, f, lst}, {s, f}, {s, lst}, {f, lst},
                {s, f, lst}]
    order = list(range(multi))
    rng.shuffle(order)
    drafts += [_Draft(False, frozenset(patterns[i % len(patterns)])) for i in order]
    return drafts


def _plan_dates(drafts: list[_Draft], rng: random.Random) -> None:
    """Old ones in 2023-06..2023-12, new ones in 2024-01..2024-03; ids follow publication order."""
    seen: set[datetime] = set()
    slots_per_day = 16 * 12  # 07:00-22:55 every 5 minutes
    new = sum(not d.old for d in drafts)
    # A big site (benchmarks) needs more days than the window has free slots for.
    old_days = max(198, 2 * (len(drafts) - new) // slots_per_day + 1)
    new_days = max(86, 2 * new // slots_per_day + 1)
    for d in drafts:
        start, days = (datetime(2023, 6, 5), old_days) if d.old else (datetime(2024, 1, 3),
                                                                      new_days)
        while True:
            local = start + timedelta(days=rng.randrange(days), hours=rng.randint(7, 22),
                                      minutes=5 * rng.randrange(12))
            if local not in seen:
                seen.add(local)
                d.local = local
                break
    n = len(drafts)
    shifted = _pick(rng, drafts, max(1, n // 15) + max(1, n // 20))
    for i, d in enumerate(shifted):
        d.offset = 0 if i % 2 == 0 else 4
    drafts.sort(key=lambda d: (d.instant, d.local))
    for rank, d in enumerate(drafts):
        d.article_id = str(FIRST_ID + rank)


def _plan_sections(drafts: list[_Draft], rng: random.Random) -> None:
    """Balance sections; listing-only ones need a core listing, feed overflow a section feed."""
    feed = sorted((d for d in drafts if FEED in d.sources), key=lambda d: d.instant, reverse=True)
    overflow = {id(d) for d in feed[MAIN_FEED_SIZE:]}
    counts = {name: 0 for name, _ in SECTIONS}

    def allowed(d: _Draft) -> tuple[str, ...]:
        if id(d) in overflow:
            return FEED_SECTIONS
        if d.sources == frozenset({LISTING}):
            return LISTING_SECTIONS
        return tuple(counts)

    for constrained in (True, False):
        for d in drafts:
            options = allowed(d)
            if (len(options) < len(counts)) != constrained:
                continue
            low = min(counts[o] for o in options)
            d.section = rng.choice([o for o in options if counts[o] == low])
            counts[d.section] += 1


def _code(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(size))


def _paragraph(rng: random.Random, section: str, avoid: set[str], used: set[str]
               ) -> tuple[str, ...]:
    """1-3 sentences, the first from the section's own bank, never used as a paragraph before."""
    own, pool = SENTENCES[section], SENTENCES[section] + GENERAL_SENTENCES
    for _ in range(60):
        k = rng.choice((1, 2, 2, 2, 3))
        fresh_own = [s for s in own if s not in avoid] or own
        first = rng.choice(fresh_own)
        rest = [s for s in pool if s not in avoid and s != first]
        rest = rest if len(rest) >= k - 1 else [s for s in pool if s != first]
        parts = (first, *rng.sample(rest, k - 1))
        text = " ".join(parts)
        if text not in used:
            used.add(text)
            avoid.update(parts)
            return parts
    # Big sites (benchmarks) outgrow the bank's combinations: a numbered sentence keeps
    # every paragraph unique.
    parts = (*parts, f"وأشار التقرير رقم {len(used) + 1} إلى تفاصيل إضافية حول الموضوع.")
    used.add(" ".join(parts))
    return parts


def _slug(title: str) -> str:
    words = re.findall(r"[\u0621-\u064A]+", title)
    return slugify(" ".join(words[:4]))


class _Planner:
    """Turns drafts into full article specs."""

    def __init__(self, drafts: list[_Draft], rng: random.Random) -> None:
        self.drafts = drafts
        self.rng = rng
        self.used: set[str] = set()
        self.targets = [d for d in drafts if d.multi_new]
        # Read-more links point at earlier articles: found by bisection (big sites stay fast).
        self._by_instant = sorted(self.targets, key=lambda t: t.instant)
        self._instants = [t.instant for t in self._by_instant]
        self._target_index = {id(t): i for i, t in enumerate(self.targets)}
        n = len(drafts)
        self.cp1256 = next(d for d in self.targets if {SITEMAP, LISTING} <= d.sources)
        others = [d for d in drafts if d is not self.cp1256]
        self.video = {id(d) for d in _pick(rng, others, max(2, n // 15))}
        self.older = {id(d) for d in _pick(rng, others, round(n / 3))}
        self.authors = {id(d) for d in _pick(rng, drafts, n // 4)}
        self.no_category = {id(d) for d in _pick(rng, drafts, max(2, n // 12))}
        self.modified = {id(d) for d in _pick(rng, drafts, (2 * n) // 5)}
        self.most_read = rng.sample(self.targets, min(5, len(self.targets)))
        plain = [d for d in drafts if id(d) not in self.video]
        self.no_photo = {id(d) for d in _pick(rng, plain, max(3, n // 10))}
        covered = [d for d in plain if id(d) not in self.no_photo]
        inline = _pick(rng, covered, n // 4)
        self.inline = {id(d) for d in inline}
        self.dup_cover = {id(d) for d in _pick(rng, inline, 2)}
        self.untagged = {id(d) for d in _pick(rng, drafts, n // 5)}
        tagged = [d for d in drafts if id(d) not in self.untagged]
        self.dup_tag = {id(d) for d in _pick(rng, tagged, 2)}
        self.no_related = {id(d) for d in _pick(rng, drafts, max(2, n // 7))}
        embedded = _pick(rng, plain, (3 * len(plain)) // 5)
        kinds = [EMBED_KINDS[i % len(EMBED_KINDS)] for i in range(len(embedded))]
        rng.shuffle(kinds)
        self.embeds: dict[int, list[str]] = {id(d): [k]
                                             for d, k in zip(embedded, kinds, strict=True)}
        for i, d in enumerate(_pick(rng, embedded, max(2, n // 10))):
            extra = EMBED_KINDS[(EMBED_KINDS.index(self.embeds[id(d)][0]) + 1 + i) % 6]
            self.embeds[id(d)].append(extra)
        weights = [("", 15), ("RT", 35), ("وكالات", 25), ("RT + وكالات", 15), ("RT Arabic", 10)]
        self.sources = [s for s, w in weights for _ in range(w)]
        self.story_order = {name: rng.sample(range(len(STORIES[name])), len(STORIES[name]))
                            for name, _ in SECTIONS}
        self.story_count = {name: 0 for name, _ in SECTIONS}

    def build(self) -> list[ArticleSpec]:
        return [self._spec(d) for d in self.drafts]

    def _story(self, section: str) -> tuple[str, str]:
        k = self.story_count[section]
        self.story_count[section] += 1
        bank = STORIES[section]
        title, lead = bank[self.story_order[section][k % len(bank)]]
        cycle = k // len(bank)
        suffix, prefix = STORY_VARIANTS[cycle % len(STORY_VARIANTS)]
        if cycle >= len(STORY_VARIANTS):
            suffix = f"{suffix} ({cycle})"
            prefix = prefix or "وفي جديد الخبر، "
        return title + suffix, prefix + lead

    def _spec(self, d: _Draft) -> ArticleSpec:
        rng, key = self.rng, id(d)
        title, lead = self._story(d.section)
        modified = None
        if key in self.modified:
            later = d.local + timedelta(minutes=rng.randint(20, 600))
            modified = _iso(later, d.offset)
        spec = ArticleSpec(
            article_id=d.article_id, section=d.section, slug=_slug(title), title=title, lead=lead,
            published=_iso(d.local, d.offset), modified=modified,
            layout="older" if key in self.older else "current",
            author=rng.choice(AUTHORS) if key in self.authors else None,
            category_meta=key not in self.no_category,
            encoding="windows-1256" if d is self.cp1256 else "utf-8",
            old=d.old, sources=d.sources,
        )
        spec.newline_joins = spec.layout == "older"
        spec.tags = self._tags(d)
        source = rng.choice(self.sources)
        spec.source_lines = [] if not source else [source] * (2 if rng.random() < 0.25 else 1)
        if key in self.video:
            spec.video = _code(rng, 11)
        elif key not in self.no_photo:
            spec.cover = self._cover(d)
        spec.blocks = self._blocks(d, spec)
        spec.related = self._related(d, spec)
        spec.most_read = [LinkRef(t.article_id, rng.random() < 0.3)
                          for t in self.most_read if t is not d][:4]
        return spec

    def _tags(self, d: _Draft) -> list[tuple[int, str]]:
        if id(d) in self.untagged:
            return []
        tags = self.rng.sample(TAGS[d.section], self.rng.randint(1, 4))
        if id(d) in self.dup_tag:
            tags.append(tags[0])
        return tags

    def _caption(self, section: str) -> str:
        return self.rng.choice(GENERIC_CAPTIONS + CAPTIONS[section])

    def _cover(self, d: _Draft) -> Photo:
        caption = self._caption(d.section) if self.rng.random() < 0.9 else None
        credit = self.rng.choice(CREDITS) if self.rng.random() < 0.85 else None
        return Photo(f"/static/img/{d.article_id}.jpg", caption, credit, "cover")

    def _blocks(self, d: _Draft, spec: ArticleSpec) -> list[Block]:
        rng = self.rng
        if spec.video:
            return []
        avoid: set[str] = set()
        paragraphs = [Block("p", _paragraph(rng, d.section, avoid, self.used),
                            strong=spec.layout == "current" and rng.random() < 0.15)
                      for _ in range(rng.randint(2, 7))]
        extras = self._read_more(d, spec) + self._embeds(d) + self._inline(d, spec)
        slots: list[list[Block]] = [[] for _ in range(len(paragraphs) + 1)]
        for extra in extras:
            slots[rng.randint(1, len(paragraphs))].append(extra)
        blocks = list(slots[0])
        for p, after in zip(paragraphs, slots[1:], strict=True):
            blocks.append(p)
            blocks.extend(after)
        return blocks

    def _read_more(self, d: _Draft, spec: ArticleSpec) -> list[Block]:
        rng = self.rng
        earlier = self._by_instant[:bisect_left(self._instants, d.instant)]
        if not earlier:
            return []
        styles = ["read_more_old"] if spec.layout == "older" else ["read_more_big"]
        if rng.random() < 0.4:
            styles.append("read_more_text")
        if rng.random() < 0.3:
            styles = styles[1:]
        targets = rng.sample(earlier, min(len(styles), len(earlier)))
        return [Block(style, link=LinkRef(t.article_id, rng.random() < 0.3))
                for style, t in zip(styles, targets, strict=False)]

    def _embeds(self, d: _Draft) -> list[Block]:
        rng, out = self.rng, []
        for kind in self.embeds.get(id(d), []):
            if kind == "twitter":
                tweet = rng.choice([t for t in TWEETS if d.section in t[3]])
                status = rng.randrange(10**18, 10**19)
                out.append(Block("embed", parts=(tweet[2],), embed=kind,
                                 code=f"{tweet[1]}|{status}|{_code(rng, 10)}"))
            elif kind == "podcast":
                out.append(Block("embed", parts=(rng.choice(PODCASTS),), embed=kind,
                                 code=str(rng.randrange(1000, 9999))))
            elif kind in ("telegram", "tiktok"):
                out.append(Block("embed", embed=kind, code=str(rng.randrange(10**4, 10**19))))
            else:
                out.append(Block("embed", embed=kind, code=_code(rng, 11)))
        return out

    def _inline(self, d: _Draft, spec: ArticleSpec) -> list[Block]:
        if id(d) not in self.inline or spec.cover is None:
            return []
        out = []
        for k in range(self.rng.randint(1, 2)):
            style = "lazy" if (k + int(d.article_id)) % 2 else "noscript"
            photo = Photo(f"/static/img/{d.article_id}-{k + 1}.jpg", self._caption(d.section),
                          None, style)
            out.append(Block("photo", photo=photo))
        if id(d) in self.dup_cover:
            out.append(Block("photo", photo=Photo(spec.cover.path, self._caption(d.section), None,
                                                  "lazy")))
        return out

    def _related(self, d: _Draft, spec: ArticleSpec) -> list[LinkRef]:
        rng = self.rng
        if id(d) in self.no_related:
            return []
        pool = _Without(self.targets, self._target_index.get(id(d)))
        chosen = [t.article_id for t in rng.sample(pool, min(rng.randint(2, 3), len(pool)))]
        read_more = [b.link.target_id for b in spec.blocks if b.link is not None]
        if read_more and rng.random() < 0.5 and read_more[0] not in chosen:
            chosen.insert(rng.randint(0, len(chosen)), read_more[0])
        return [LinkRef(t, rng.random() < 0.3) for t in chosen]


class _Without(Sequence):
    """`items` without the one at `skip`, as a view (no copy of a big list per article)."""

    def __init__(self, items: list[_Draft], skip: int | None) -> None:
        self.items, self.skip = items, skip

    def __len__(self) -> int:
        return len(self.items) - (self.skip is not None)

    def __getitem__(self, index: int) -> _Draft:  # type: ignore[override]
        if self.skip is not None and index >= self.skip:
            index += 1
        return self.items[index]


def generate_articles(n: int, seed: int) -> list[ArticleSpec]:
    """n article specs in publication order (ids 1500001...), the same for the same seed."""
    if n < MIN_ARTICLES or n > 90000:
        raise ValueError(f"n_articles must be between {MIN_ARTICLES} and 90000")
    rng = random.Random(seed)
    drafts = _plan_groups(n, rng)
    _plan_dates(drafts, rng)
    _plan_sections(drafts, rng)
    return _Planner(drafts, rng).build()


def english_article(seed: int) -> ArticleSpec:
    """The English-language story in full RT markup (the crawler must skip it by language)."""
    rng = random.Random(seed * 7919 + 1)
    broken = next(b for b in BROKEN if b.kind == "english")
    blocks = [Block("p", parts=(s,)) for s in ENGLISH_SENTENCES]
    blocks.insert(2, Block("embed", embed="youtube", code=_code(rng, 11)))
    return ArticleSpec(
        article_id=broken.article_id, section="news", slug=slugify(broken.slug_words),
        title=ENGLISH_TITLE, lead=ENGLISH_LEAD, published=broken.lastmod, modified=None,
        lang="en", tags=[(15694, "روسيا")], source_lines=["RT"],
        cover=Photo(f"/static/img/{broken.article_id}.jpg", "صورة أرشيفية", "Gettyimages.ru",
                    "cover"),
        blocks=blocks, sources=frozenset(broken.where),
    )
