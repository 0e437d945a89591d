"""The replica as the live site is (ANATOMY.md, "Evidence from the real site (2023-2026)").

`LiveReplicaSite` serves the generated articles of `ReplicaSite` plus stories in the live
markup, and discovery as the live site offers it: yearly sub-sitemaps (`/sitemap_2023.xml`,
`/sitemap_2024.xml`, `/sitemap_2024_2.xml`, plain XML, with Last-Modified) in an index whose
day-precision `<lastmod>` lags one day; sitemap entries that are no articles (`/prg/` ...),
old `/news/<id>-<slug_with_underscores>/` URLs that answer 404; links on the mirror host
(`localhost` for the replica's `127.0.0.1`), AMP twins in listings, feed links with utm_*
parameters (the guid clean), an old story linked by its id alone. "Now" is `NOW`: the crawl
gets it as ARCHIVE_NOW, nothing reads the clock.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from . import feeds
from .content import FEED, LISTING, SITEMAP
from .live_bank import ADDED_STORY, ID_ONLY_STORY, LIVE_CREDITS, LIVE_STORIES
from .live_pages import live_article_page
from .model import ArticleSpec, Block, BrokenSpec, LinkRef, Photo, slugify
from .site import ReplicaSite, Route, _decoded

NOW = "2024-07-30T10:38:00+00:00"
CURRENT_YEAR = 2024
TRACKING = "?utm_source=rss&utm_medium=rss&utm_campaign=RSS"
FIRST_LIVE_ID = 1700001
ADDED_ID = "1700100"
SITEMAPS: tuple[str, ...] = ("/sitemap_2023.xml", "/sitemap_2024.xml", "/sitemap_2024_2.xml")
# Sitemap entries that are never articles: (path, kind the crawler counts them under, file).
NOT_ARTICLE_LINKS: tuple[tuple[str, str, str], ...] = tuple(
    (path, path.split("/")[1], SITEMAPS[i % 2 + 1 if i % 3 else 0]) for i, path in enumerate((
        f"/prg/1312345-{slugify('برنامج حوار حول العالم')}",
        f"/prg/1312346-{slugify('برنامج قصارى القول')}",
        f"/prg/1312347-{slugify('برنامج رحلة في الذاكرة')}",
        f"/photolines/1312400-{slugify('صور الأسبوع')}",
        f"/docfilms/1312500-{slugify('فيلم وثائقي عن القطب')}",
        f"/persons/1312600-{slugify('سيرة مذيع')}",
        f"/voting/1312700-{slugify('استطلاع الرأي')}",
        f"/videoclub/1312800-{slugify('نادي الفيديو')}",
        "/rtonline/",
        f"/tags/{slugify('الاقتصاد الروسي')}/",
    )))
# Old URLs of the sitemaps that no longer load.
OLD_404: tuple[BrokenSpec, ...] = (
    BrokenSpec("1401001", "روسيا_تعلن_خطة_جديدة", "خبر قديم", "http_404", "http_404",
               ("sitemap-2023",), "2023-08-14T10:00:00+03:00"),
    BrokenSpec("1401002", "افتتاح_معرض_الكتاب", "خبر قديم آخر", "http_404", "http_404",
               ("sitemap-2023",), "2023-09-02T12:00:00+03:00"),
)
# Where each story of LIVE_STORIES is linked (the first by every form of its URL).
_SOURCES = ({SITEMAP, FEED, LISTING}, {SITEMAP}, {FEED, LISTING}, {LISTING}, {SITEMAP, FEED},
            {SITEMAP, LISTING}, {FEED}, {SITEMAP, FEED, LISTING})


def _utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(UTC)


class LiveReplicaSite(ReplicaSite):
    """ReplicaSite plus the live site's stories, sitemaps, URL forms and non-articles."""

    def __init__(self, base_url: str, n_articles: int = 60, seed: int = 1) -> None:
        # The mirror host serves the same paths: the same server under another name.
        self.mirror_url = base_url.rstrip("/").replace("127.0.0.1", "localhost")
        self.lastmod_moved: dict[str, str] = {}
        super().__init__(base_url, n_articles, seed)
        self.not_article_counts: dict[str, int] = {}
        for _path, kind, _file in NOT_ARTICLE_LINKS:
            self.not_article_counts[kind] = self.not_article_counts.get(kind, 0) + 1

    # -- the live stories ---------------------------------------------------------------

    def _extra_articles(self) -> list[ArticleSpec]:
        targets = sorted(a for a, s in self.articles.items() if not s.old and len(s.sources) > 1)
        specs = []
        for i, (section, title, lead, texts) in enumerate(LIVE_STORIES):
            day = datetime(2024, 4, 10) + timedelta(days=15 * i)
            if i == len(LIVE_STORIES) - 1:  # the newest: early on the day of NOW
                day = datetime(2024, 7, 30, 6, 0)
            spec = self._live_spec(str(FIRST_LIVE_ID + i), section, title, lead, texts, day, i)
            spec.sources = frozenset(_SOURCES[i])
            spec.blocks.insert(1, Block("read_more_big", link=LinkRef(targets[i], i % 2 == 0)))
            specs.append(spec)
        section, title, lead, texts = ID_ONLY_STORY
        old = self._live_spec("1380500", section, title, lead, texts, datetime(2023, 11, 5, 9), 1)
        old.id_only, old.old, old.sources = True, True, frozenset({SITEMAP})
        return specs + [old]

    def _live_spec(self, article_id: str, section: str, title: str, lead: str,
                   texts: tuple[str, ...], day: datetime, i: int) -> ArticleSpec:
        published = day.replace(hour=day.hour or 8 + i, tzinfo=UTC).isoformat()
        cover = (Photo(f"/static/img/{article_id}.jpg", title, LIVE_CREDITS[i // 2 % 2], "cover")
                 if i % 2 == 0 else Photo(f"/static/img/{article_id}.jpg", None, None, "og"))
        blocks = [Block("p", parts=(t,)) for t in texts]
        words = re.findall(r"[\u0621-\u064A]+", title)[:4]
        spec = ArticleSpec(article_id=article_id, section=section, slug=slugify(" ".join(words)),
                           title=title, lead=lead, published=published, modified=None,
                           layout="live", tags=[(0, title.split()[0])], source_lines=["RT"],
                           cover=cover, blocks=blocks, lead_in_text=i in (2, 5),
                           telegram_date=i in (1, 4, 7))
        if spec.lead_in_text:  # an older page: the first paragraph is a longer lead
            spec.blocks[0] = Block("p", parts=(lead, texts[0]))
        return spec

    def add_article(self) -> str:
        """A story added to the current year's sitemap after a run, the same day, listed
        nowhere else: the index's lastmod (a day behind) does not move. Returns its id."""
        section, title, lead, texts = ADDED_STORY
        spec = self._live_spec(ADDED_ID, section, title, lead, texts,
                               datetime(2024, 7, 30, 9, 0), 3)
        spec.sources = frozenset({SITEMAP})
        self.articles[ADDED_ID] = spec
        self.linked_from[ADDED_ID] = []
        self._newest.insert(0, spec)
        self._serve(spec)
        self._build_sitemaps()
        self._index = {_decoded(p): r for p, r in self.routes.items()}
        self.expected[ADDED_ID] = self._record(spec)
        self.discovery[ADDED_ID] = frozenset({SITEMAP})
        return ADDED_ID

    def move_lastmod(self, path: str, day: str) -> None:
        """The index gives the sub-sitemap at `path` the lastmod `day` (its content as was)."""
        self.lastmod_moved[path] = day
        self._build_sitemaps()
        self._index = {_decoded(p): r for p, r in self.routes.items()}

    # -- hooks --------------------------------------------------------------------------

    def _extra_broken(self) -> tuple[BrokenSpec, ...]:
        return OLD_404

    def _feed_link(self, url: str) -> str:
        return url + TRACKING

    def _listing_href(self, spec: ArticleSpec) -> str:
        if spec.layout == "live" and int(spec.article_id) % 2:
            return spec.path + "/amp"
        return spec.fetched_path

    def _page(self, spec: ArticleSpec) -> bytes:
        if spec.layout == "live":
            return live_article_page(spec, self.base_url, self._resolve)
        return super()._page(spec)

    def _build_sitemaps(self) -> None:
        listed = sorted((s for s in self._newest if SITEMAP in s.sources),
                        key=lambda s: _utc(s.modified or s.published))
        this_year = [s for s in listed if s.published.startswith(str(CURRENT_YEAR))]
        half = len(this_year) // 2
        parts = {SITEMAPS[0]: [s for s in listed if s not in this_year],
                 SITEMAPS[1]: this_year[:half], SITEMAPS[2]: this_year[half:]}
        where = {"sitemap-2023": SITEMAPS[0], "sitemap-2": SITEMAPS[1], "sitemap-1": SITEMAPS[2]}
        index = []
        for path, specs in parts.items():
            entries = [(self._sitemap_url(s, k), s.modified or s.published)
                       for k, s in enumerate(specs)]
            entries += [(self.url(b.path), b.lastmod) for b in self.broken
                        if any(where.get(w) == path for w in b.where)]
            entries += [(self.url(p), "2024-01-15T10:00:00+03:00" if path != SITEMAPS[0]
                         else "2023-07-01T10:00:00+03:00")
                        for p, _kind, file in NOT_ARTICLE_LINKS if file == path]
            for s in specs:
                self._link(s.article_id, path)
            newest = max(_utc(lastmod) for _url, lastmod in entries)
            self.routes[path] = Route(200, {"Content-Type": "application/xml",
                                            "Last-Modified": format_datetime(newest, usegmt=True)},
                                      feeds.urlset(entries))
            # Read as a date, and a day behind (2024-07-29 on 2024-07-30).
            day = (newest.date() - timedelta(days=1)).isoformat()
            index.append((self.url(path), self.lastmod_moved.get(path, day)))
        self.routes["/sitemap.xml"] = Route(200, {"Content-Type": "application/xml"},
                                            feeds.sitemap_index(index))

    def _sitemap_url(self, spec: ArticleSpec, position: int) -> str:
        """Every other entry of the current year on the mirror host."""
        if spec.published.startswith(str(CURRENT_YEAR)) and position % 2:
            return self.mirror_url + spec.fetched_path
        return self.url(spec.fetched_path)
