"""What a URL looks like on a news site we have no rules for: an article, a listing, or neither.

Pure functions over URLs; the word lists are data, each entry covered by tests/test_urlshape.py.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

# Path segments that make a page something other than an article, wherever they appear.
NOT_ARTICLE_SEGMENTS: frozenset[str] = frozenset({
    "tag", "tags", "author", "authors", "writer", "writers", "category", "categories", "topic",
    "topics", "page", "feed", "feeds", "rss", "atom", "attachment", "search", "login", "logout",
    "register", "signup", "account", "profile", "wp-admin", "wp-content", "wp-includes",
    "wp-json", "wp-login.php", "xmlrpc.php", "cdn-cgi", "static", "assets", "media", "uploads",
    "images", "img", "css", "js", "fonts", "amp", "embed", "print", "comments", "trackback",
    "newsletter", "subscribe", "share", "sharer", "video-gallery", "gallery", "photos",
})
# Single pages every site has; not articles, and not worth reading as listings either.
STATIC_PAGES: frozenset[str] = frozenset({
    "about", "about-us", "contact", "contact-us", "privacy", "privacy-policy", "terms",
    "terms-of-use", "terms-and-conditions", "cookie-policy", "cookies", "advertise",
    "advertising", "careers", "jobs", "team", "faq", "help", "sitemap", "archive", "archives",
    "من-نحن", "اتصل-بنا", "سياسة-الخصوصية", "شروط-الاستخدام",
})
# Query keys of pages that are never articles: search, attachments, comment replies, paging.
NOT_ARTICLE_QUERY_KEYS: frozenset[str] = frozenset({
    "s", "q", "query", "search", "attachment_id", "replytocom", "page", "paged", "share",
    "output", "feed", "amp",
})
# Query keys that carry the article's id on script-driven sites: news.php?id=123 (PHP
# portals), index.php?option=com_content&view=article&id=12 (Joomla), Details.aspx?NewsID=5,
# /?p=123 (WordPress without permalinks). The value must be a number.
ID_QUERY_KEYS: frozenset[str] = frozenset({
    "id", "p", "newsid", "news_id", "articleid", "article_id", "aid", "nid", "sid", "storyid",
    "story_id", "itemid", "artid", "no",
})
# Server-side script pages whose query names the article.
SCRIPT_EXTENSIONS: frozenset[str] = frozenset({"php", "asp", "aspx", "jsp", "cfm", "cgi"})
# File types that are never an HTML article.
FILE_EXTENSIONS: frozenset[str] = frozenset({
    "jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif",
    "mp3", "mp4", "m4a", "ogg", "wav", "webm", "avi", "mov", "m3u8", "pdf", "doc", "docx",
    "xls", "xlsx", "ppt", "pptx", "zip", "gz", "rar", "7z", "tar", "css", "js", "json", "xml",
    "rss", "txt", "csv", "woff", "woff2", "ttf", "eot", "apk", "exe",
})
# Path words of listings worth reading for article links (/category/x/page/2/, /news/).
LISTING_SEGMENTS: frozenset[str] = frozenset({"category", "categories", "section", "sections",
                                              "news", "page"})

_DATE_PATH = re.compile(
    r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/(?:0?[1-9]|[12]\d|3[01]))?/(?P<rest>.*)$")
_COMPACT_DATE = re.compile(
    r"(?:^|[/_-])(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d*(?:[_-]|$)")
_NUMERIC_ID = re.compile(r"(?:^|[-_.])\d{4,}(?:[-_.]|$)|^\d{4,}$")
_PAGE_NUMBER = re.compile(r"^\d{1,4}$")
_MIN_SLUG_WORDS = 4
_MIN_SLUG_CHARS = 25


def segments(url: str) -> list[str]:
    """Percent-decoded, lower-cased, non-empty path segments of `url`."""
    return [unquote(s).lower() for s in urlsplit(url).path.split("/") if s]


def is_file(url: str) -> bool:
    last = (segments(url) or [""])[-1]
    return "." in last and last.rsplit(".", 1)[1] in FILE_EXTENSIONS


def _query_keys(url: str) -> set[str]:
    return {key.lower() for key, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}


def _is_slug(segment: str) -> bool:
    """A headline turned into a path segment: several words joined by '-' or '_', or long."""
    words = [w for w in re.split(r"[-_]+", segment) if w]
    return len(words) >= _MIN_SLUG_WORDS or (len(segment) >= _MIN_SLUG_CHARS and len(words) > 1)


def looks_like_article(url: str) -> bool:
    """True for the URL of one article: a date in the path followed by one slug, a numeric
    id, or a long slug; False for listings, tags, authors, pages, feeds, attachments, files."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", ""):
        return False
    segs = segments(url)
    if is_file(url) or _query_keys(url) & NOT_ARTICLE_QUERY_KEYS:
        return False
    if query_id(url) is not None:
        return True
    if not segs:
        return False
    if any(s in NOT_ARTICLE_SEGMENTS for s in segs) or segs[-1] in STATIC_PAGES:
        return False
    dated = _DATE_PATH.search(unquote(parts.path).lower().rstrip("/") + "/")
    if dated:
        rest = [s for s in dated.group("rest").split("/") if s]
        # /2024/01/15/ is a day archive; /2024/01/15/slug/photo-name/ an attachment page;
        # /2020/8/24/slug/4943459 a slug followed by the article's id.
        if len(rest) == 2 and _NUMERIC_ID.fullmatch(rest[1]):
            return True
        return len(rest) == 1 and not _PAGE_NUMBER.match(rest[0])
    last = segs[-1]
    return bool(_NUMERIC_ID.search(last) or _COMPACT_DATE.search(last) or _is_slug(last))


def looks_like_listing(url: str) -> bool:
    """True for a section, category or paginated listing worth reading for article links."""
    segs = segments(url)
    if is_file(url) or looks_like_article(url) or _query_keys(url) - {"page", "paged"}:
        return False
    if not segs:
        return True
    if any(s in NOT_ARTICLE_SEGMENTS - LISTING_SEGMENTS for s in segs):
        return False
    if segs[-1] in STATIC_PAGES:
        return False
    return segs[0] in LISTING_SEGMENTS or len(segs) <= 2


def query_id(url: str) -> str | None:
    """`key=value` of the query that names the article on a script page (`id=123` of
    /news.php?id=123, `p=123` of /?p=123), or None."""
    segs = segments(url)
    last = segs[-1] if segs else ""
    if segs and ("." not in last or last.rsplit(".", 1)[1] not in SCRIPT_EXTENSIONS):
        return None
    for key, value in parse_qsl(urlsplit(url).query):
        if key.lower() in ID_QUERY_KEYS and value.isdigit():
            return f"{key.lower()}={int(value)}"
    return None


def path_id(url: str) -> str:
    """A stable article id for a site whose URLs carry none: a hash of the decoded path (and,
    on script pages, of the query's article id: /news.php?id=1 and ?id=2 are two articles)."""
    path = unquote(urlsplit(url).path).rstrip("/") or "/"
    named = query_id(url)
    if named is not None:
        path = f"{path}?{named}"
    return hashlib.sha256(path.encode("utf-8")).hexdigest()[:16]


# Query keys that only say where a link was clicked (feeds append them), never which page.
TRACKING_PREFIXES: tuple[str, ...] = ("utm_",)


def without_tracking(url: str) -> str:
    """`url` without its tracking parameters (`utm_source` ...); other parameters kept in
    order, the URL unchanged when it has none."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not k.lower().startswith(TRACKING_PREFIXES)]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))
