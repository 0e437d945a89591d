"""/-/search's parameters, checked, and its exports (CSV, JSON lines) row by row."""

from __future__ import annotations

import csv
import io
import json
import math
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import unquote, urlencode

from archive import search
from archive.finder import SORTS, Filters, Found

FORMATS: tuple[str, ...] = ("html", "csv", "jsonl")
EXPORT_FIELDS: tuple[str, ...] = ("url", "title", "published", "site", "section", "tags",
                                  "snippet")
# Parameters a page link carries over (page= is set per link).
CARRIED: tuple[str, ...] = ("q", "site", "section", "tag", "from", "to", "sort")


class BadRequestError(ValueError):
    """A parameter the search page cannot answer: shown with status 400."""


@dataclass(frozen=True)
class SearchRequest:
    """What /-/search was asked, checked."""

    q: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    page: int = 1
    format: str = "html"

    def args(self, **changes: str | int | None) -> dict[str, str]:
        """The query-string arguments of this request with `changes`, empty ones left out."""
        f = self.filters
        values = {"q": self.q, "site": f.site, "section": f.section, "tag": f.tag,
                  "from": f.date_from and f.date_from.isoformat(),
                  "to": f.date_to and f.date_to.isoformat(),
                  "sort": None if self.sort == "relevance" else self.sort}
        values.update(changes)
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    def link(self, **changes: str | int | None) -> str:
        """`?…` for this search with `changes` (e.g. page=3, site=None)."""
        return "?" + urlencode(self.args(**changes))

    def month_link(self, month: str) -> str:
        """This search narrowed to one publication month `YYYY-MM`."""
        year, number = (int(part) for part in month.split("-"))
        last = monthrange(year, number)[1]
        return self.link(**{"from": f"{month}-01", "to": f"{month}-{last:02d}"})

    def with_page(self, number: int) -> SearchRequest:
        return replace(self, page=number)


def parse(args: Mapping[str, str]) -> SearchRequest:
    """A SearchRequest from query-string `args`; BadRequestError names what is wrong."""
    sort = args.get("sort") or "relevance"
    if sort not in SORTS:
        raise BadRequestError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
    fmt = args.get("format") or "html"
    if fmt not in FORMATS:
        raise BadRequestError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    filters = Filters(site=args.get("site") or None, section=args.get("section") or None,
                      tag=args.get("tag") or None, date_from=_day(args, "from"),
                      date_to=_day(args, "to"))
    return SearchRequest(q=args.get("q", ""), filters=filters, sort=sort,
                         page=_page(args.get("page")), format=fmt)


def _day(args: Mapping[str, str], name: str) -> date | None:
    value = args.get(name) or ""
    if not value:
        return None
    try:
        return date.fromisoformat(value) if len(value) == 10 else _bad_day(name, value)
    except ValueError:
        return _bad_day(name, value)


def _bad_day(name: str, value: str) -> date:
    raise BadRequestError(f"{name} must be a date YYYY-MM-DD, not {value!r}")


def _page(value: str | None) -> int:
    if value in (None, ""):
        return 1
    if not value.isdigit() or int(value) < 1:
        raise BadRequestError(f"page must be a positive whole number, not {value!r}")
    return int(value)


def pages(total: int, size: int) -> int:
    """How many pages `total` hits fill (one, empty, when there are none)."""
    return max(1, math.ceil(total / size))


def check_page(request: SearchRequest, total: int, size: int) -> None:
    """BadRequestError when the page asked for is past the last page of results."""
    last = pages(total, size)
    if request.page > last:
        raise BadRequestError(f"page {request.page} is past the last page ({last}) of "
                         f"{total} results")


def pager(number: int, last: int, around: int = 2) -> list[int | None]:
    """Page numbers to show: the first, the last and `around` either side; None for a gap."""
    shown = sorted({1, last, *range(max(1, number - around), min(last, number + around) + 1)})
    out: list[int | None] = []
    for n in shown:
        if out and n - (out[-1] or 0) > 1:
            out.append(None)
        out.append(n)
    return out


def export_row(found: Found) -> dict[str, object]:
    """One export record: Arabic as published, the URL decoded, the snippet as plain text."""
    hit = found.hit
    return {"url": unquote(hit.url), "title": hit.title, "published": hit.published,
            "site": found.site, "section": found.section, "tags": found.tags,
            "snippet": search.plain(hit.snippet, ("", ""))}


def csv_header() -> str:
    # A byte order mark first: spreadsheet programs then read the file as UTF-8 (Arabic).
    return "\ufeff" + _csv_line(list(EXPORT_FIELDS))


def csv_line(found: Found) -> str:
    row = export_row(found)
    row["tags"] = " | ".join(found.tags)
    return _csv_line([row[name] for name in EXPORT_FIELDS])


def _csv_line(values: list[object]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()


def jsonl_line(found: Found) -> str:
    return json.dumps(export_row(found), ensure_ascii=False) + "\n"
