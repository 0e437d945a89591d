"""WordPressSite: a WordPress-style Arabic news site's routes and the articles it holds.

Built from the RT replica's seeded stories (tests/replica/content.py), rendered the WordPress
way: `/YYYY/MM/DD/<slug>/` posts, `/category/<slug>/` listings with pagination, tag, author,
date-archive and attachment pages, static pages, `/feed/`, `/sitemap_index.xml` (Yoast) with a
gzipped sub-sitemap, and no `Sitemap:` line in robots.txt (WordPress core writes none).
"""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from urllib.parse import quote, unquote, urlsplit

from tests.replica.content import generate_articles
from tests.replica.feeds import sitemap_index, urlset
from tests.replica.model import ArticleSpec
from tests.replica.site import Route

from . import pages
from .pages import Post

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
# (slug, name) of the categories in the menu, and the one no page links to.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("politics", "سياسة"), ("economy", "اقتصاد"), ("sports", "رياضة"),
    ("technology", "تكنولوجيا"), ("culture", "ثقافة"),
)
HIDDEN_CATEGORY = ("old-archive", "أرشيف قديم")
PER_PAGE = 5
FEED_SIZE = 10
HOME_SIZE = 8
STATIC_PAGES: dict[str, tuple[str, str]] = {
    "/about/": ("من نحن", "صحيفة الواحة صحيفة إلكترونية مستقلة تأسست عام 2010 وتغطي أخبار "
                "المنطقة العربية والعالم على مدار الساعة."),
    "/contact/": ("اتصل بنا", "يسعدنا تواصلكم معنا عبر البريد الإلكتروني أو الهاتف خلال ساعات "
                  "العمل الرسمية من الأحد إلى الخميس."),
    "/privacy-policy/": ("سياسة الخصوصية", "نحترم خصوصية زوارنا ولا نشارك بياناتهم الشخصية مع "
                         "أي طرف ثالث إلا وفق ما يقتضيه القانون."),
}
SITEMAP = "sitemap"
FEED = "feed"
LISTING = "listing"


def _decoded(path: str) -> str:
    return unquote(urlsplit(path).path or "/")


def _slug(words: str) -> str:
    return quote("-".join(words.split()), safe="-").lower()


class WordPressSite:
    """Deterministic for (n_articles, seed); only absolute URLs change with base_url."""

    def __init__(self, base_url: str, n_articles: int = 60, seed: int = 1) -> None:
        self.base_url = base_url.rstrip("/")
        specs = sorted(generate_articles(n_articles, seed),
                       key=lambda s: datetime.fromisoformat(s.published), reverse=True)
        self.posts: list[Post] = [self._post(i, s) for i, s in enumerate(specs)]
        self.sources: dict[str, set[str]] = {p.path: self._sources(i)
                                             for i, p in enumerate(self.posts)}
        self.routes: dict[str, Route] = {}
        self.not_articles: set[str] = set()
        self._months = sorted({p.path[1:8] for p in self.posts}, reverse=True)
        self._build()
        self._index = {_decoded(p): r for p, r in self.routes.items()}
        # url -> the post a crawler must store (title, paragraphs, published, tags).
        self.expected: dict[str, dict] = {self.url(p.path): self._record(p) for p in self.posts}

    # -- public API ----------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base_url + path

    def lookup(self, path: str) -> Route | None:
        """The route for a raw request path, compared percent-decoded, query ignored."""
        return self._index.get(_decoded(path))

    # -- content -------------------------------------------------------------------------

    def _post(self, i: int, spec: ArticleSpec) -> Post:
        day = datetime.fromisoformat(spec.published)
        path = f"/{day:%Y/%m/%d}/{spec.slug.lower()}/"
        author = spec.author or "فريق التحرير"
        visible = i % 3 != 2
        category = CATEGORIES[i % len(CATEGORIES)] if visible else HIDDEN_CATEGORY
        image = f"/wp-content/uploads/{day:%Y/%m}/post-{i + 101}.jpg"
        return Post(post_id=i + 101, path=path, title=spec.title,
                    paragraphs=tuple(spec.paragraphs), published=spec.published,
                    modified=spec.modified, author=author, author_slug=_slug(author),
                    category=category, tags=tuple((_slug(n), n) for _, n in spec.tags),
                    image=image, attachment=f"{path}post-{i + 101}/")

    def _sources(self, i: int) -> set[str]:
        found = set()
        if i < FEED_SIZE:
            found.add(FEED)
        if i % 4 != 1:
            found.add(SITEMAP)
        if i % 3 != 2:
            found.add(LISTING)
        return found or {SITEMAP}

    def _record(self, post: Post) -> dict:
        return {"url": self.url(post.path), "title": post.title,
                "body": "\n\n".join(post.paragraphs), "published": post.published,
                "tags": list(dict.fromkeys(name for _, name in post.tags)), "language": "ar"}

    # -- routes --------------------------------------------------------------------------

    def _layout(self) -> tuple[str, str]:
        return pages._header(CATEGORIES), pages._sidebar(self.posts[:5], self._months[:6])

    def _add(self, path: str, body: bytes, ctype: str = HTML, article: bool = False) -> None:
        self.routes[path] = Route(200, {"Content-Type": ctype}, body)
        if not article and ctype == HTML:
            self.not_articles.add(path)

    def _build(self) -> None:
        layout = self._layout()
        self.routes["/robots.txt"] = Route(200, {"Content-Type": "text/plain; charset=utf-8"}, (
            b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"))
        for i, post in enumerate(self.posts):
            related = [self.posts[(i + k) % len(self.posts)] for k in (3, 7, 11)]
            previous = self.posts[i + 1] if i + 1 < len(self.posts) else None
            self._add(post.path, pages.post_page(post, self.base_url, layout, related, previous),
                      article=True)
            self._add(post.attachment, pages.attachment_page(post, self.base_url, layout))
            self.routes[post.image] = Route(200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff")
            self.routes[f"{post.path}feed/"] = Route(200, {"Content-Type": RSS}, pages.rss(
                post.title, self.base_url, []))
        self._build_listings(layout)
        for path, (title, text) in STATIC_PAGES.items():
            self._add(path, pages.static_page(title, text, self.base_url, path, layout))
        self._build_feeds()
        self._build_sitemaps()
        self.routes["/wp-json/"] = Route(200, {"Content-Type": "application/json"},
                                         json.dumps({"name": pages.SITE_NAME}).encode())

    def _paged(self, base_path: str, title: str, posts: list[Post], kind: str,
               layout: tuple[str, str]) -> None:
        chunks = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)] or [[]]
        paths = [base_path] + [f"{base_path}page/{n}/" for n in range(2, len(chunks) + 1)]
        for n, (path, chunk) in enumerate(zip(paths, chunks, strict=True), 1):
            feed = f"{base_path}feed/" if kind == "category" else None
            self._add(path, pages.listing_page(title, self.base_url, path, layout, chunk, paths,
                                               n, kind, feed))

    def _build_listings(self, layout: tuple[str, str]) -> None:
        listed = [p for p in self.posts if LISTING in self.sources[p.path]]
        home = listed[:HOME_SIZE]
        self._add("/", pages.listing_page(pages.SITE_NAME, self.base_url, "/", layout, home,
                                          ["/"], 1, "home blog"))
        for slug, name in (*CATEGORIES, HIDDEN_CATEGORY):
            posts = [p for p in self.posts if p.category[0] == slug]
            self._paged(f"/category/{slug}/", name, posts, "category", layout)
            self.routes[f"/category/{slug}/feed/"] = Route(200, {"Content-Type": RSS}, pages.rss(
                name, self.base_url, [self._item(p) for p in posts[:FEED_SIZE]
                                      if FEED in self.sources[p.path]]))
        tags = {slug: name for p in self.posts for slug, name in p.tags}
        for slug, name in tags.items():
            self._paged(f"/tag/{slug}/", name,
                        [p for p in self.posts if (slug, name) in p.tags], "tag", layout)
        for slug, name in {p.author_slug: p.author for p in self.posts}.items():
            self._paged(f"/author/{slug}/", name,
                        [p for p in self.posts if p.author_slug == slug], "author", layout)
        for month in self._months:
            self._paged(f"/{month}/", month, [p for p in self.posts if p.path[1:8] == month],
                        "date", layout)

    def _item(self, post: Post) -> tuple[str, str, str, str]:
        return post.title, self.url(post.path), post.published, self.url(f"/?p={post.post_id}")

    def _build_feeds(self) -> None:
        fed = [p for p in self.posts if FEED in self.sources[p.path]]
        self.routes["/feed/"] = Route(200, {"Content-Type": RSS}, pages.rss(
            pages.SITE_NAME, self.base_url, [self._item(p) for p in fed]))
        comments = [(f"تعليق على {p.title}", self.url(f"{p.path}#comment-{p.post_id * 10}"),
                     p.published, self.url(f"/?p={p.post_id}#comment-{p.post_id * 10}"))
                    for p in fed[:5]]
        self.routes["/comments/feed/"] = Route(200, {"Content-Type": RSS}, pages.rss(
            f"{pages.SITE_NAME} التعليقات", self.base_url, comments))

    def _build_sitemaps(self) -> None:
        mapped = [p for p in self.posts if SITEMAP in self.sources[p.path]]
        half = (len(mapped) + 1) // 2
        entries = [(self.url(p.path), p.modified or p.published) for p in mapped]
        self.routes["/post-sitemap.xml"] = Route(200, {"Content-Type": XML},
                                                 urlset(entries[:half]))
        self.routes["/post-sitemap2.xml.gz"] = Route(200, {"Content-Type": "application/x-gzip"},
                                                     urlset(entries[half:], gz=True))
        static = [(self.url(path), "2024-01-01T00:00:00+00:00") for path in STATIC_PAGES]
        self.routes["/page-sitemap.xml"] = Route(200, {"Content-Type": XML}, urlset(static))
        categories = [(self.url(f"/category/{slug}/"), "2024-01-01T00:00:00+00:00")
                      for slug, _ in (*CATEGORIES, HIDDEN_CATEGORY)]
        self.routes["/category-sitemap.xml"] = Route(200, {"Content-Type": XML},
                                                     urlset(categories))
        newest = max((p.modified or p.published for p in mapped), key=datetime.fromisoformat)
        index = [(self.url(path), newest) for path in (
            "/post-sitemap.xml", "/post-sitemap2.xml.gz", "/page-sitemap.xml",
            "/category-sitemap.xml")]
        self.routes["/sitemap_index.xml"] = Route(200, {"Content-Type": XML},
                                                  sitemap_index(index))


def sitemap_urls(site: WordPressSite) -> set[str]:
    """Every URL the post sitemaps list (the gzipped one decompressed)."""
    found = set()
    for path in ("/post-sitemap.xml", "/post-sitemap2.xml.gz"):
        body = site.routes[path].body
        text = (gzip.decompress(body) if path.endswith(".gz") else body).decode("utf-8")
        found |= {chunk.split("</loc>")[0] for chunk in text.split("<loc>")[1:]}
    return found
