"""The response headers the crawler reads, as text."""

from __future__ import annotations

from scrapy.http import Response


def header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def content_type(response: Response) -> str:
    return header(response, b"Content-Type") or ""
