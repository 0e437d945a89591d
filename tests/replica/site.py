"""ReplicaSite: the replica's routes, the records a crawler must store, the paths it may fetch."""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from datetime import datetime
from html import unescape
from urllib.parse import unquote, urlsplit

from . import feeds, pages
from .content import (
    BROKEN,
    FEED,
    FEED_SECTIONS,
    LISTING,
    LISTING_SECTIONS,
    MAIN_FEED_SIZE,
    SECTION_NAMES,
    SECTIONS,
    SITEMAP,
    english_article,
    generate_articles,
)
from .live_bank import LIVE_SECTIONS
from .model import ArticleSpec, Block, BrokenSpec, LinkRef

HTML = "text/html; charset=utf-8"
FORBIDDEN_PREFIXES: tuple[str, ...] = (
    "/search/", "/private/", "/tags/", "/static/", "/.well-known/",
    # Sitemap entries of the live site that are never articles (tests/replica/live.py).
    "/prg/", "/photolines/", "/docfilms/", "/persons/", "/voting/", "/videoclub/",
    "/rtonline/")
HOME_SIZE = 12
_LINK_RE = re.compile(r"""(?:href|src|data-src|url)=["']([^"']+)["']|url\(([^)]+)\)"""
                      r"""|<(?:loc|link)>([^<]+)</(?:loc|link)>|^Sitemap: (\S+)""", re.M)


@dataclass(frozen=True)
class Route:
    """What the server answers for one path.

    `fault` breaks the answer (tests/replica/faults.py): `truncate` (Content-Length larger
    than the bytes sent, then close), `reset` (close at once with a TCP reset), `hang` (wait
    `ReplicaServer.hang` seconds, then close without answering), `unsized` (no
    Content-Length: the body ends when the connection closes).
    """

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    fault: str | None = None


def _instant(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _decoded(path: str) -> str:
    return unquote(urlsplit(path).path or "/")


class ReplicaSite:
    """A deterministic RT Arabic look-alike served under base_url."""

    def __init__(self, base_url: str, n_articles: int = 60, seed: int = 1) -> None:
        self.base_url = base_url.rstrip("/")
        self.n_articles = n_articles
        self.seed = seed
        specs = generate_articles(n_articles, seed)
        self.articles: dict[str, ArticleSpec] = {s.article_id: s for s in specs}
        specs += self._extra_articles()  # may link the generated ones
        self.articles = {s.article_id: s for s in specs}
        self.english: ArticleSpec = english_article(seed)
        self.broken: tuple[BrokenSpec, ...] = BROKEN + self._extra_broken()
        self.routes: dict[str, Route] = {}
        self.linked_from: dict[str, list[str]] = {aid: [] for aid in self.articles}
        self.redirects: dict[str, str] = {}
        self._newest = sorted(specs, key=lambda s: _instant(s.published), reverse=True)
        self.routes["/robots.txt"] = Route(200, {"Content-Type": "text/plain; charset=utf-8"},
                                           feeds.robots_txt(self.base_url))
        self._build_feeds()
        self._build_sitemaps()
        self._build_listings()
        self._build_articles()
        self._build_broken()
        self._index = {_decoded(p): r for p, r in self.routes.items()}
        kinds = {"/sitemap": SITEMAP, "/rss/": FEED}
        self.discovery: dict[str, frozenset[str]] = {
            aid: frozenset(next((k for pre, k in kinds.items() if p.startswith(pre)), LISTING)
                           for p in paths)
            for aid, paths in self.linked_from.items()}
        self.expected: dict[str, dict] = {aid: self._record(s) for aid, s in self.articles.items()}
        self.not_articles: dict[str, str] = {b.path: b.outcome for b in self.broken}
        self.old_article_ids: set[str] = {aid for aid, s in self.articles.items() if s.old}
        self.forbidden_paths: set[str] = self._scan_links()
        self._check()

    # -- public API -------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base_url + path

    def lookup(self, path: str) -> Route | None:
        """The route for a raw request path or URL, compared percent-decoded, query ignored."""
        return self._index.get(_decoded(path))

    def allowed_paths(self) -> set[str]:
        """Every path a well-behaved crawler may request (as linked, percent-encoded)."""
        return set(self.routes)

    def edit_article(self, article_id: str, paragraph: str,
                     modified: str = "2030-01-01T09:00:00+03:00") -> None:
        """An editor's update: a paragraph added at the end, the modified time and the
        sitemaps' lastmod moved (a fixed time, not the clock: the replica stays deterministic)."""
        spec = self.articles[article_id]
        spec.blocks.append(Block(kind="p", parts=(paragraph,)))
        spec.modified = modified
        self._serve(spec)
        self._build_sitemaps()
        self._index = {_decoded(p): r for p, r in self.routes.items()}
        self.expected[article_id] = self._record(spec)

    def remove_article(self, article_id: str) -> None:
        """The article's page now answers 404; feeds, sitemaps and listings still link it."""
        path = self.articles[article_id].path
        self.routes[path] = Route(404, {"Content-Type": HTML}, pages.HTTP_404.encode())
        self._index[_decoded(path)] = self.routes[path]

    def is_allowed(self, path: str) -> bool:
        return self.lookup(path) is not None

    def is_forbidden(self, path: str) -> bool:
        decoded = _decoded(path)
        return (decoded.startswith(FORBIDDEN_PREFIXES)
                or decoded in {_decoded(p) for p in self.forbidden_paths})

    # -- hooks of a variant (tests/replica/live.py) ------------------------------------------

    def _extra_articles(self) -> list[ArticleSpec]:
        """Articles beyond the generated ones."""
        return []

    def _extra_broken(self) -> tuple[BrokenSpec, ...]:
        """Broken pages beyond BROKEN."""
        return ()

    def _feed_link(self, url: str) -> str:
        """An item's <link> for the article at `url` (its <guid> is `url`)."""
        return url

    def _listing_href(self, spec: ArticleSpec) -> str:
        """How a listing links the article."""
        return spec.fetched_path

    def _page(self, spec: ArticleSpec) -> bytes:
        return pages.article_page(spec, self.base_url, self._resolve)

    # -- building ---------------------------------------------------------------------------

    def _resolve(self, ref: LinkRef) -> tuple[str, str]:
        spec = self.articles[ref.target_id]
        return (self.url(spec.fetched_path) if ref.absolute else spec.fetched_path), spec.title

    def _link(self, aid: str, where: str) -> None:
        if where not in self.linked_from[aid]:
            self.linked_from[aid].append(where)

    def _build_feeds(self) -> None:
        eligible = [s for s in self._newest if FEED in s.sources]
        chosen = {"/rss/": eligible[:MAIN_FEED_SIZE]}
        for section in FEED_SECTIONS + tuple(name for name, _ in LIVE_SECTIONS):
            chosen[f"/rss/{section}/"] = [s for s in eligible if s.section == section]
        for path, specs in chosen.items():
            items = [feeds.FeedItem(s.title, self._feed_link(self.url(s.fetched_path)), s.lead,
                                    s.published,
                                    SECTION_NAMES[s.section],
                                    self.url(s.cover.path) if s.cover and int(s.article_id) % 3
                                    else None, guid=self.url(s.fetched_path))
                     for s in specs]
            for s in specs:
                self._link(s.article_id, path)
            name = "RT Arabic" if path == "/rss/" else f"RT Arabic - {SECTION_NAMES[path[5:-1]]}"
            self.routes[path] = Route(200, {"Content-Type": "application/rss+xml; charset=utf-8"},
                                      feeds.rss(name, self.url("/"), items))

    def _build_sitemaps(self) -> None:
        listed = sorted((s for s in self._newest if SITEMAP in s.sources),
                        key=lambda s: _instant(s.modified or s.published), reverse=True)
        half = (len(listed) + 1) // 2
        parts = {"sitemap-1": listed[:half], "sitemap-2": listed[half:]}
        paths = {"sitemap-1": "/sitemaps/articles-1.xml",
                 "sitemap-2": "/sitemaps/articles-2.xml.gz"}
        index = []
        for name, specs in parts.items():
            entries = [(self.url(s.path), s.modified or s.published) for s in specs]
            entries += [(self.url(b.path), b.lastmod) for b in self.broken if name in b.where]
            entries.sort(key=lambda e: _instant(e[1]), reverse=True)
            for s in specs:
                self._link(s.article_id, paths[name])
            gz = name == "sitemap-2"
            ctype = "application/x-gzip" if gz else "application/xml"
            self.routes[paths[name]] = Route(200, {"Content-Type": ctype},
                                             feeds.urlset(entries, gz=gz))
            index.append((self.url(paths[name]), feeds.newest([e[1] for e in entries])))
        self.routes["/sitemap.xml"] = Route(200, {"Content-Type": "application/xml"},
                                            feeds.sitemap_index(index))

    def _build_listings(self) -> None:
        listed = [s for s in self._newest if LISTING in s.sources]
        for section, name in SECTIONS + LIVE_SECTIONS:
            specs = [s for s in listed if s.section == section]
            items = [(self._listing_href(s), s.title, s.published) for s in specs]
            if section == "news":
                for pos, b in enumerate(b for b in self.broken if "listing" in b.where):
                    items.insert(min(len(items), 1 + 2 * pos), (b.path, b.title, b.lastmod))
            path = f"/{section}/"
            feed = f"/rss/{section}/"
            for s in specs:
                self._link(s.article_id, path)
            self.routes[path] = Route(200, {"Content-Type": HTML},
                                      pages.listing_page(self.base_url, path, name, items, feed))
        home = [s for s in listed if s.section in LISTING_SECTIONS][:HOME_SIZE]
        for s in home:
            self._link(s.article_id, "/")
        items = [(self._listing_href(s), s.title, s.published) for s in home]
        self.routes["/"] = Route(200, {"Content-Type": HTML}, pages.listing_page(
            self.base_url, "/", "RT Arabic", items, "/rss/"))

    def _build_articles(self) -> None:
        for spec in self.articles.values():
            self._serve(spec)

    def _serve(self, spec: ArticleSpec) -> None:
        ctype = "text/html" if spec.encoding != "utf-8" else HTML
        route = Route(200, {"Content-Type": ctype}, self._page(spec))
        paths = {spec.path, spec.fetched_path}
        if spec.layout == "live":
            paths.add(spec.path + "/amp")  # the AMP twin (same page here)
        for path in paths:
            self.routes[path] = route
            if hasattr(self, "_index"):
                self._index[_decoded(path)] = route

    def _redirect_target(self) -> ArticleSpec:
        return next(s for s in self.articles.values()
                    if not s.old and {SITEMAP, LISTING} <= s.sources and s.encoding == "utf-8")

    def _build_broken(self) -> None:
        html = {"Content-Type": HTML}
        for b in self.broken:
            if b.kind == "redirect":
                target = self._redirect_target()
                self.redirects[b.path] = target.path
                body = f'<html><body><a href="{target.path}">Moved</a></body></html>'.encode()
                route = Route(301, {"Location": self.url(target.path), **html}, body)
            elif b.kind == "english":
                route = Route(200, html, pages.article_page(self.english, self.base_url,
                                                            self._resolve))
            else:
                route = {
                    "http_404": Route(404, html, pages.HTTP_404.encode()),
                    "http_500": Route(500, html, pages.HTTP_500.encode()),
                    "pdf": Route(200, {"Content-Type": "application/pdf"}, pages.PDF),
                    "ddos_200": Route(200, html, pages.DDOS_GUARD.encode()),
                    "ddos_403": Route(403, html, pages.DDOS_GUARD.encode()),
                    "soft_404": Route(200, html, pages.SOFT_404.encode()),
                }[b.kind]
            self.routes[b.path] = route

    # -- expectations -----------------------------------------------------------------------

    def _record(self, spec: ArticleSpec) -> dict:
        url, canonical = self.url(spec.fetched_path), self.url(spec.path)
        images: list[dict[str, str | None]] = []
        photos = ([spec.cover] if spec.cover else []) + [
            b.photo for b in spec.blocks if b.kind == "photo" and b.photo is not None]
        for photo in photos:
            if all(i["url"] != self.url(photo.path) for i in images):
                images.append({"url": self.url(photo.path), "caption": photo.caption,
                               "credit": photo.credit})
        links = [(b.link, "read_more") for b in spec.blocks if b.link is not None]
        links += [(r, "related") for r in spec.related] + [(r, "most_read") for r in spec.most_read]
        related: list[dict[str, str]] = []
        for ref, kind in links:
            target = self.articles[ref.target_id]
            if all(r["url"] != self.url(target.fetched_path) for r in related):
                related.append({"url": self.url(target.fetched_path), "title": target.title,
                                "kind": kind})
        return {
            "url": url, "canonical_url": canonical, "site": "rtarabic",
            "article_id": spec.article_id,
            "title": spec.title, "summary": spec.lead, "body": "\n\n".join(spec.paragraphs),
            "author": spec.author, "published": spec.published, "modified": spec.modified,
            "section": spec.section, "section_name": SECTION_NAMES[spec.section],
            "tags": list(dict.fromkeys(name for _, name in spec.tags)),
            "source": spec.source_lines[0] if spec.source_lines else None,
            "images": images, "related": related, "language": "ar", "status": "ok",
        }

    def _scan_links(self) -> set[str]:
        """Every local path linked anywhere that is not a route; each must be a known trap."""
        forbidden: set[str] = set()
        host = urlsplit(self.base_url).netloc
        for route in self.routes.values():
            ctype = route.headers.get("Content-Type", "")
            if ctype.startswith("application/pdf"):
                continue
            body = gzip.decompress(route.body) if ctype == "application/x-gzip" else route.body
            text = body.decode("windows-1256" if ctype == "text/html" else "utf-8")
            for match in _LINK_RE.finditer(text):
                raw = unescape(next(g for g in match.groups() if g)).strip()
                parts = urlsplit(raw)
                if parts.scheme not in ("", "http", "https") or raw.startswith(("#", "//")):
                    continue
                if parts.netloc and parts.netloc != host:
                    continue
                path = parts.path + (f"?{parts.query}" if parts.query else "")
                if not path or self.lookup(path) is not None:
                    continue
                if not _decoded(path).startswith(FORBIDDEN_PREFIXES):
                    raise RuntimeError(f"replica links an unserved path: {path}")
                forbidden.add(path)
        return forbidden

    def _check(self) -> None:
        for aid, spec in self.articles.items():
            if not self.linked_from[aid]:
                raise RuntimeError(f"article {aid} is linked from nothing")
            if self.discovery[aid] != spec.sources:
                raise RuntimeError(f"article {aid}: planned {set(spec.sources)}, "
                                   f"linked from {self.linked_from[aid]}")
            if spec.old and (LISTING in spec.sources or spec.published >= "2024"):
                raise RuntimeError(f"old article {aid} is misplaced")
