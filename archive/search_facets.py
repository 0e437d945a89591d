"""Facet tokens: an article's site, section and publication day as words of the search index.

A filtered search (site, section, date range) is then one FTS5 query whose doclists FTS5
intersects, instead of a probe of `articles` for every match of the words (920 ms for a common
word at a million articles, BENCHMARKS.md). The tokens live in the index's last column
(`facets`, bm25 weight 0: they never change a score) and start with a private-use character,
which no indexed word can hold (archive/search.py's words are letters and digits), so a word
typed never finds them.

The filters' meaning stays the SQL of archive/finder.py: the site and section exactly, the day
as `substr(published, 1, 10)`, undated articles outside every date range. A published value
whose first ten characters are not a calendar day `YYYY-MM-DD` gets the ODD token: a date
range then also asks for those and tests them with the SQL (finder.py does).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

FACET_COLUMN = "facets"
# The article fields the tokens are made from (a change to one reindexes the article).
FACET_FIELDS: tuple[str, ...] = ("site", "section", "published")
SITE = "\ue001s"
SECTION = "\ue001c"
YEAR = "\ue001y"
MONTH = "\ue001m"
DAY = "\ue001d"
ODD = "\ue001odd"
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _hex(value: str) -> str:
    # Hex keeps any site or section name one token, exactly (the tokenizer splits and folds).
    return value.encode("utf-8").hex()


def site_token(site: str) -> str:
    return SITE + _hex(site)


def section_token(section: str) -> str:
    return SECTION + _hex(section)


def day_of(published: Any) -> date | None:
    """The calendar day `substr(published, 1, 10)` names, or None when it names none."""
    if published is None:
        return None
    head = str(published)[:10]
    if not _DAY.fullmatch(head):
        return None
    try:
        return date.fromisoformat(head)
    except ValueError:
        return None


def _day_tokens(day: date) -> list[str]:
    return [f"{YEAR}{day.year:04d}", f"{MONTH}{day.year:04d}{day.month:02d}",
            f"{DAY}{day.year:04d}{day.month:02d}{day.day:02d}"]


def facet_text(record: Mapping[str, Any]) -> str:
    """What the index's facets column holds for an article (its site, section, day)."""
    tokens = []
    if record.get("site"):
        tokens.append(site_token(str(record["site"])))
    if record.get("section"):
        tokens.append(section_token(str(record["section"])))
    published = record.get("published")
    day = day_of(published)
    if day is not None:
        tokens.extend(_day_tokens(day))
    elif published is not None:
        tokens.append(ODD)
    return " ".join(tokens)


def stored(conn: Any, article_id: int) -> dict[str, Any]:
    """An article's facet fields as stored (what its index row was made from)."""
    row = conn.execute(f"SELECT {', '.join(FACET_FIELDS)} FROM articles WHERE id = ?",
                       [article_id]).fetchone()
    return dict(zip(FACET_FIELDS, row or (None,) * len(FACET_FIELDS), strict=True))


def _next_day(day: date) -> date | None:
    return None if day == date.max else day + timedelta(days=1)


def cover(first: date, last: date) -> list[str]:
    """The fewest year, month and day tokens whose days are exactly `first` .. `last`."""
    tokens: list[str] = []
    day: date | None = first
    while day is not None and day <= last:
        month_end = date(day.year, day.month, monthrange(day.year, day.month)[1])
        if (day.month, day.day) == (1, 1) and date(day.year, 12, 31) <= last:
            tokens.append(f"{YEAR}{day.year:04d}")
            day = _next_day(date(day.year, 12, 31))
        elif day.day == 1 and month_end <= last:
            tokens.append(f"{MONTH}{day.year:04d}{day.month:02d}")
            day = _next_day(month_end)
        else:
            tokens.append(f"{DAY}{day.year:04d}{day.month:02d}{day.day:02d}")
            day = _next_day(day)
    return tokens


def any_of(tokens: list[str]) -> str:
    """An FTS5 expression matching an article holding any of `tokens` (only the facets
    column holds them: no column filter, which would cost a position list read a row)."""
    return "(" + " OR ".join(f'"{token}"' for token in tokens) + ")"


def _year(value: str | None) -> int | None:
    head = (value or "")[:4]
    return int(head) if len(head) == 4 and head.isascii() and head.isdigit() and int(head) \
        else None


def day_bounds(conn: Any) -> tuple[date, date] | None:
    """The first and last day of the years the archive's dated articles fall in (what an
    open-ended range is closed with), or None when that cannot be read from `published`."""
    # A day string starts with a digit: between '0' and ':' (the character after '9').
    # Two statements: SQLite reads one end of the `published` index for a lone min or max.
    low, high = (conn.execute(f"SELECT {end}(published) FROM articles "
                              "WHERE published >= '0' AND published < ':'").fetchone()[0]
                 for end in ("min", "max"))
    first, last = _year(low), _year(high)
    if first is None or last is None:
        return None
    return date(first, 1, 1), date(last, 12, 31)
