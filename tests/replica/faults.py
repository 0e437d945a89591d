"""Pages that go wrong: answers in sequence (500 then 200), wrong content, broken transfers."""

from __future__ import annotations

import gzip
import json
import threading
import zlib
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import unquote, urlsplit

from .site import Route

HTML = {"Content-Type": "text/html; charset=utf-8"}
# The smallest valid PNG (1x1) and JPEG headers: bytes an image URL really sends.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + \
    b"\xff\xd9"


def json_route(data: object) -> Route:
    return Route(200, {"Content-Type": "application/json"},
                 json.dumps(data, ensure_ascii=False).encode("utf-8"))


def gzip_bomb(inflated_bytes: int) -> bytes:
    """A small gzip body that inflates to `inflated_bytes` of spaces inside an HTML page."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b" " * (1 << 20)
    parts = [compressor.compress(b"<html><body><p>")]
    for _ in range(inflated_bytes // len(chunk)):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.compress(b"</p></body></html>"))
    parts.append(compressor.flush())
    return b"".join(parts)


def gzipped(route: Route) -> Route:
    return Route(route.status, {**route.headers, "Content-Encoding": "gzip"},
                 gzip.compress(route.body))


class Sequenced:
    """An override: each listed path answers its routes in turn (the last one from then on);
    other paths fall through to `fallback` (another override) or the site."""

    def __init__(self, plan: Mapping[str, Sequence[Route | Callable[[], Route]]],
                 fallback: Callable[[str], Route | None] | None = None) -> None:
        self.plan = {_key(path): list(routes) for path, routes in plan.items()}
        self.fallback = fallback
        self.served: dict[str, int] = {}
        self.lock = threading.Lock()

    def __call__(self, path: str) -> Route | None:
        key = _key(path)
        routes = self.plan.get(key)
        if routes is None:
            return self.fallback(path) if self.fallback else None
        with self.lock:
            n = self.served.get(key, 0)
            self.served[key] = n + 1
        route = routes[min(n, len(routes) - 1)]
        return route() if callable(route) else route


def _key(path: str) -> str:
    return unquote(urlsplit(path).path)


def article_html(url: str, title: str, paragraphs: Sequence[str], *,
                 charset: str = '<meta charset="utf-8">', head: str = "", body: str = "",
                 lang: str = "ar", raw_title: str | None = None) -> str:
    """A page in RT's article markup with exactly these paragraphs (already HTML: escape
    text yourself); `raw_title` replaces the escaped headline in <title>, og:title and <h1>."""
    from html import escape

    shown = raw_title if raw_title is not None else escape(title)
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html lang="{lang}" dir="rtl"><head>{charset}'
            f"<title>{shown} - RT Arabic</title>"
            f'<meta property="og:title" content="{shown}">'
            f'<link rel="canonical" href="{escape(url)}">{head}</head><body>'
            f'<header class="header"><a href="/">RT Arabic</a></header>'
            f'<div class="article"><h1 class="heading">{shown}</h1>'
            f'<div class="article__text text js-text js-mediator-article">{text}</div></div>'
            f"{body}<footer>جميع الحقوق محفوظة</footer></body></html>")
