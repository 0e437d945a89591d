"""AggregatorSite: a news aggregator that republishes some of the RT replica's stories in a
template of its own, the way the seed page (/work/shared/seed) does.

Deterministic for (n_articles, seed) and the RT replica's base URL. Every third RT story with
three paragraphs or more is copied, each copy edited one way: a paragraph of its own added,
the last paragraph cut, a new headline, or several of these. Copies credit RT by a source line
("المصدر: RT", the seed's second "المصدر: RT Arabic" line too), by a link to the RT article,
or by `rel=canonical` pointing at it; some are dated before RT's own page. The site also has
stories of its own, and other agencies' reports of events RT reported (same names and
numbers, other wording): none of them is a copy of anything. Around each article: "كلمات
دلالية:" tags, "إقرأ أيضاً:" and "مقالات مشابهة" lists (duplicated items, " - عاجل").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from .aggregator_bank import (
    HEADLINE_PREFIXES,
    OWN_PARAGRAPHS,
    OWN_STORIES,
    READ_ALSO,
    SAME_EVENT,
    SITE_NAME,
)
from .feeds import urlset
from .model import ArticleSpec, slugify
from .site import ReplicaSite, Route

HTML = "text/html; charset=utf-8"
# Which edits a copy gets, by its number: (add a paragraph, where; cut the last; new headline)
EDITS: tuple[tuple[str | None, bool, bool], ...] = (
    ("end", False, False), (None, True, True), ("start", False, True), ("end", True, True))
CREDITS: tuple[str, ...] = ("source_line", "link", "canonical")


@dataclass(frozen=True)
class Post:
    """One aggregator page; `copy_of` is the RT article id it republishes (None: not a copy)."""

    number: int
    title: str
    paragraphs: tuple[str, ...]
    published: str
    copy_of: str | None = None
    credit: str | None = None
    same_event_as: str | None = None

    @property
    def path(self) -> str:
        day = datetime.fromisoformat(self.published)
        return f"/{day:%Y/%m/%d}/{self.number}-{slugify(' '.join(self.title.split()[:3]))}/"


def _e(text: str) -> str:
    return escape(text, quote=True)


class AggregatorSite:
    """Served by ReplicaServer (site_factory): routes, and which post copies which RT story."""

    def __init__(self, base_url: str, n_articles: int = 60, seed: int = 1,
                 rt_base_url: str = "http://127.0.0.1") -> None:
        self.base_url = base_url.rstrip("/")
        self.rt = ReplicaSite(rt_base_url, n_articles=n_articles, seed=seed)
        self.posts: list[Post] = self._copies() + self._others()
        self.routes: dict[str, Route] = {}
        self._build()

    # -- public API ----------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base_url + path

    def lookup(self, path: str) -> Route | None:
        return self.routes.get(path.split("?", 1)[0])

    def rt_url(self, article_id: str) -> str:
        """The URL the RT replica's article is stored under (as linked and fetched)."""
        return self.rt.url(self.rt.articles[article_id].fetched_path)

    @property
    def copies(self) -> dict[str, str]:
        """Aggregator URL -> the RT article id it is a copy of."""
        return {self.url(p.path): p.copy_of for p in self.posts if p.copy_of}

    @property
    def not_copies(self) -> set[str]:
        """URLs of the aggregator's stories that copy nothing."""
        return {self.url(p.path) for p in self.posts if not p.copy_of}

    # -- content -------------------------------------------------------------------------

    def _copies(self) -> list[Post]:
        eligible = [s for s in self.rt.articles.values()
                    if not s.video and sum(b.kind == "p" for b in s.blocks) >= 3]
        posts = []
        for k, spec in enumerate(eligible[::3]):
            posts.append(self._copy(k, spec))
        return posts

    def _copy(self, k: int, spec: ArticleSpec) -> Post:
        add, cut, retitle = EDITS[k % len(EDITS)]
        paragraphs = list(spec.paragraphs)
        if cut:
            paragraphs.pop()
        own = OWN_PARAGRAPHS[k % len(OWN_PARAGRAPHS)]
        if add == "end":
            paragraphs.append(own)
        elif add == "start":
            paragraphs.insert(1, own)
        title = HEADLINE_PREFIXES[k % len(HEADLINE_PREFIXES)] + spec.title if retitle \
            else spec.title
        credit = CREDITS[k % len(CREDITS)]
        # Some copies went up before RT's own page was dated (clocks, time zones): the
        # credit, not the date, makes RT's the original.
        hours = -1 if credit == "source_line" and k % 2 == 0 else 2
        published = (datetime.fromisoformat(spec.published) + timedelta(hours=hours)).isoformat()
        return Post(900 + k, title, tuple(paragraphs), published, copy_of=spec.article_id,
                    credit=credit)

    def _others(self) -> list[Post]:
        posts = [Post(800 + i, title, paragraphs, f"2024-02-{10 + i:02d}T10:00:00+03:00")
                 for i, (title, paragraphs) in enumerate(OWN_STORIES)]
        by_title = {s.title: s for s in self.rt.articles.values()}
        for i, (rt_title, (title, paragraphs)) in enumerate(SAME_EVENT.items()):
            spec = by_title.get(rt_title)
            if spec is None:
                continue
            published = (datetime.fromisoformat(spec.published) + timedelta(hours=1)).isoformat()
            posts.append(Post(850 + i, title, paragraphs, published,
                              same_event_as=spec.article_id))
        return posts

    # -- routes --------------------------------------------------------------------------

    def _build(self) -> None:
        self.routes["/robots.txt"] = Route(200, {"Content-Type": "text/plain; charset=utf-8"},
                                           f"User-agent: *\nSitemap: {self.url('/sitemap.xml')}"
                                           "\n".encode())
        self.routes["/sitemap.xml"] = Route(200, {"Content-Type": "application/xml"}, urlset(
            [(self.url(p.path), p.published) for p in self.posts]))
        items = "".join(f'<li><a href="{p.path}">{_e(p.title)}</a></li>' for p in self.posts)
        self.routes["/"] = Route(200, {"Content-Type": HTML}, (
            f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>'
            f"{SITE_NAME}</title></head><body><h1>{SITE_NAME}</h1><ul class=\"latest\">{items}"
            "</ul></body></html>").encode())
        for i, post in enumerate(self.posts):
            others = [self.posts[(i + j) % len(self.posts)] for j in (1, 2, 3)]
            self.routes[post.path] = Route(200, {"Content-Type": HTML}, self._page(post, others))

    def _page(self, post: Post, others: list[Post]) -> bytes:
        canonical = self.url(post.path)
        credit = ""
        if post.copy_of and post.credit == "source_line":
            credit = "<p>المصدر: RT</p><p>المصدر: RT Arabic</p>"
        elif post.copy_of and post.credit == "link":
            # A source line naming no site we know: only its link says which article.
            credit = (f'<p>المصدر: <a href="{self.rt_url(post.copy_of)}">الموقع الأصلي</a>'
                      "</p>")
        elif post.copy_of and post.credit == "canonical":
            canonical = self.rt.url(self.rt.articles[post.copy_of].path)
        text = "".join(f"<p>{_e(p)}</p>" for p in post.paragraphs)
        read_also = "".join(f'<li><a href="{o.path}">{_e(o.title)}</a></li>' for o in others)
        similar = "".join(f'<li><a href="{o.path}">{_e(o.title)}</a></li>'
                          f'<li><a href="{o.path}">{_e(o.title)} - عاجل</a></li>'
                          for o in others)
        extra = "".join(f"<li>{_e(t)}</li>" for t in READ_ALSO)
        return (
            '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            f"<title>{_e(post.title)} - {SITE_NAME}</title>"
            f'<meta property="og:title" content="{_e(post.title)}">'
            f'<meta name="description" content="{_e(post.paragraphs[0])}">'
            f'<meta property="article:published_time" content="{post.published}">'
            f'<link rel="canonical" href="{canonical}"></head><body>'
            f'<header class="top"><a href="/">{SITE_NAME}</a></header><main>'
            f'<article class="news-post"><h1 class="post-title">{_e(post.title)}</h1>'
            f'<div class="post-text">{text}{credit}</div>'
            '<p class="post-tags">كلمات دلالية: أخبار العالم عاجل تقارير</p>'
            f'<div class="read-also"><h3>إقرأ أيضاً:</h3><ul>{read_also}{extra}</ul></div>'
            f'<div class="similar"><h3>مقالات مشابهة</h3><ul>{similar}</ul></div>'
            f"</article></main><footer>جميع الحقوق محفوظة © {SITE_NAME}</footer>"
            "</body></html>").encode()
