"""Publication and modification dates from meta tags and JSON-LD, kept with their offsets."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import html as lxml_html

_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_iso(value: str | None) -> str | None:
    """Normalize an ISO 8601 or RFC 822 date string to ISO 8601, keeping its offset.

    Returns None for anything that is not a date.
    """
    if not value:
        return None
    value = value.strip()
    if _DATE_ONLY.match(value):
        return value
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def parse_date(value: str | None) -> datetime | None:
    """The datetime behind a date string (for comparisons such as `since`)."""
    iso = to_iso(value)
    if iso is None:
        return None
    return datetime.fromisoformat(iso)


def json_ld_objects(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, @graph members included."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph", []))


def meta_content(tree: lxml_html.HtmlElement, keys: Iterable[str]) -> Iterator[str]:
    """Contents of `<meta name|property|itemprop=KEY>`, in the order the keys are given."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop")
        content = meta.get("content")
        if key and content and key.lower() not in metas:
            metas[key.lower()] = content
    for key in keys:
        if key.lower() in metas:
            yield metas[key.lower()]


def first_date(candidates: Iterable[str | None]) -> str | None:
    """The first candidate that parses as a date, as ISO 8601."""
    for candidate in candidates:
        iso = to_iso(candidate)
        if iso:
            return iso
    return None
