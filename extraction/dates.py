"""Publication and modification dates, kept with their offsets.

Sources, most reliable first: meta tags and JSON-LD, `<time datetime>` and `itemprop` elements,
the URL path, then dates shown on the page (Arabic month names, Arabic-Indic digits: see
extraction/arabic_dates.py). htmldate is the caller's last resort.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from extraction.arabic_dates import dateline, parse_visible_date, split_visible_dates, url_date
from extraction.hijri_dates import hijri_day, hijri_text
from extraction.textnorm import fold_space

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
        except (ValueError, RecursionError):  # RecursionError: absurdly nested JSON
            continue
        yield from _flatten(data)


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        yield data
        yield from _flatten(data.get("@graph", []))


def meta_index(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """Contents of `<meta name|property|itemprop=KEY>` by lowercased key, the first of each."""
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("name") or meta.get("property") or meta.get("itemprop")
        content = meta.get("content")
        if key and content:
            metas.setdefault(key.lower(), content)
    return metas


def meta_content(metas: Mapping[str, str], keys: Iterable[str]) -> Iterator[str]:
    """Contents of the metas (a meta_index) under `keys`, in the order the keys are given."""
    for key in keys:
        if key.lower() in metas:
            yield metas[key.lower()]


def first_date(candidates: Iterable[Any]) -> str | None:
    """The first candidate that parses as a date (ISO, RFC 822 or Arabic words), as ISO 8601.

    When it is in UTC and a later candidate is the same instant in another offset (og in UTC,
    JSON-LD in the publisher's time), the later one: the local time a reader of the page sees.
    """
    found = [iso for c in candidates if isinstance(c, str)
             and (iso := to_iso(c) or parse_visible_date(c))]
    if not found:
        return None
    first = _aware(found[0])
    if first is None or first.utcoffset() != timedelta(0):
        return found[0]
    return next((iso for iso in found[1:] if (other := _aware(iso)) is not None
                 and other.utcoffset() != timedelta(0) and other == first), found[0])


def _aware(iso: str) -> datetime | None:
    """The moment of an ISO 8601 string that carries an offset, else None."""
    if _DATE_ONLY.match(iso):
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo is not None else None


# class / id words of elements that show a date, and of those that show an update time.
_DATE_HINT = re.compile(r"date|time|publish|posted|stamp|تاريخ", re.IGNORECASE)
_UPDATE_HINT = re.compile(r"updat|modif", re.IGNORECASE)
_VISIBLE_MAX_CHARS = 200
# Headings a page without an `<h1>` may title its story with.
_SUBHEADINGS: frozenset[str] = frozenset({"h2", "h3"})


# The elements element_dates reads: lxml finds them faster than a Python walk of every element.
_DATED = etree.XPath("descendant-or-self::*[@itemprop] | descendant-or-self::time[@datetime]"
                     " | descendant-or-self::*[@property][@content]")
_DATED_TAGS: frozenset[str] = frozenset({"time", "span", "div", "p", "abbr"})
# RDFa properties (Drupal: `<span property="dc:date dc:created" content="...">`).
RDFA_PUBLISHED: frozenset[str] = frozenset({"dc:date", "dc:created", "dcterms:created",
                                            "dcterms:issued", "dcterms:date"})
RDFA_MODIFIED: frozenset[str] = frozenset({"dc:modified", "dcterms:modified"})


def element_dates(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """(published, modified) from `itemprop` and RDFa elements and `<time datetime>`, else
    (None, None)."""
    published = modified = None
    for el in _DATED(tree):
        if el.tag not in _DATED_TAGS:
            continue
        prop = (el.get("itemprop") or "").lower()
        rdfa = set((el.get("property") or "").lower().split())
        value = el.get("datetime") or el.get("content") or (el.text or "")
        if (prop == "datepublished" or rdfa & RDFA_PUBLISHED
                or (el.tag == "time" and el.get("datetime") and not prop)):
            is_update = prop != "datepublished" and _UPDATE_HINT.search(el.get("class") or "")
            if is_update:
                modified = modified or first_date([value])
            else:
                published = published or first_date([value])
        elif prop == "datemodified" or rdfa & RDFA_MODIFIED:
            modified = modified or first_date([value])
        if published and modified:
            break
    return published, modified


def _date_elements(tree: lxml_html.HtmlElement, headline: str | None = None
                   ) -> Iterator[tuple[str, int, str]]:
    """In page order, ("date", position, text) of each short element whose class or id names
    a date and, once, (HEADLINE_TAG, position, "") where the headline is: the first `<h1>`,
    or on a page without one an `<h2>` or `<h3>` reading `headline` (Joomla's K2 and Bitrix
    title a story so)."""
    seen_heading = False
    for position, el in enumerate(tree.iter()):
        if not seen_heading and (el.tag == "h1" or (
                headline and el.tag in _SUBHEADINGS and fold_space(el.text_content()) == headline
                and tree.find(".//h1") is None)):
            seen_heading = True
            yield el.tag, position, ""
            continue
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title", "meta"):
            continue
        hint = (el.get("class") or "") + " " + (el.get("id") or "")
        if el.tag != "time" and not _DATE_HINT.search(hint):
            continue
        text = el.text_content()
        if len(text) <= _VISIBLE_MAX_CHARS:
            yield "date", position, text


def _after_headline(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """The texts of the date elements after the `<h1>`."""
    seen = False
    for kind, _position, text in _date_elements(tree):
        seen = seen or kind != "date"
        if seen and kind == "date":
            yield text


# Words that say the date beside them is the publication's ("تاريخ النشر : 2024/05/14"):
# an element holding one names its date, whatever its class, over any other date element (a
# sidebar's "next session" or "today" date).
PUBLICATION_LABELS: tuple[str, ...] = ("تاريخ النشر", "نشر بتاريخ", "نشر في", "نُشر في",
                                       "نُشر بتاريخ", "تاريخ الخبر")
_LABELLED = etree.XPath("//body//*[not(self::script or self::style)][text()[" + " or ".join(
    f"contains(., '{label}')" for label in PUBLICATION_LABELS) + "]]")


def labelled_dates(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """(published, modified) of the first short element whose own text labels a publication
    date (PUBLICATION_LABELS), read from it or, when the date is beside the label, from its
    parent."""
    body = tree.find("body")
    # The body's text in one C call: most pages hold no label, and the XPath's contains()
    # over every text node costs seven times as much (every node it matches is in it).
    shown = etree.tostring(body, method="text", encoding=str) if body is not None else ""
    if not any(label in shown for label in PUBLICATION_LABELS):
        return None, None
    for el in _LABELLED(tree):
        for scope in (el, el.getparent()):
            if scope is None:
                continue
            text = scope.text_content()
            if len(text) <= _VISIBLE_MAX_CHARS and (found := split_visible_dates(text))[0]:
                return found
    return None, None


def visible_dates(tree: lxml_html.HtmlElement, headline: str | None = None
                  ) -> tuple[str | None, str | None]:
    """(published, modified) shown in a date element, preferring one labelled as the
    publication's, then the first after the `<h1>`, then the nearest above it (the first on
    the page is often the site header's date of today); beside a subheading title, the nearer
    one; on a page with no headline found, the first."""
    labelled = labelled_dates(tree)
    if labelled[0]:
        return labelled
    before: list[tuple[int, str]] = []
    heading: tuple[str, int] | None = None
    modified = None
    for kind, position, text in _date_elements(tree, headline):
        if kind != "date":
            heading = (kind, position)
            continue
        shown, shown_modified = split_visible_dates(text)
        modified = modified or shown_modified
        if not shown:
            continue
        if heading is None:
            before.append((position, shown))
            continue
        # Under an <h1>, the first date after it. Under a story's subheading title (no <h1>),
        # lists of other stories with their dates follow it: the nearer date of the two.
        if heading[0] == "h1" or not before or (
                position - heading[1] < heading[1] - before[-1][0]):
            return shown, modified
        return before[-1][1], modified
    # An update line ("آخر تعديل في ...") after the headline dates no publication.
    if not before:
        return None, modified
    return (before[-1] if heading else before[0])[1], modified


# Offsets a publisher's clock can have, in quarter hours; a shown time matches to the minute.
_QUARTER_HOUR = 900
_MAX_OFFSET_SECONDS = 14 * 3600
_SAME_MINUTE_SECONDS = 60


def in_shown_offset(published: str | None, tree: lxml_html.HtmlElement) -> str | None:
    """A publication instant given only in UTC, in the publisher's offset: that of a `<time
    datetime>` giving the same instant in one, else that of the local time the page shows
    for it (a reader's date): "2024-10-16T22:10Z" shown as "01:10 - 17 أكتوبر" is
    2024-10-17T01:10+03:00. A page that shows only the day, the day after or before the
    instant's UTC day and within a publisher's offset of it ("2024-07-22T21:04Z" shown as
    "23 يوليو 2024"), gives that day alone: the reader's date, with no offset the page does
    not print; a time without an offset, likewise (`_naive_on_shown_day`). Unchanged when the
    page shows no date, the same time or day, or one that is not this instant in some
    quarter-hour offset."""
    moment = _aware(published) if published else None
    if moment is None and published and not _DATE_ONLY.match(published):
        return _naive_on_shown_day(published, tree)
    if moment is None or moment.utcoffset() != timedelta(0):
        return published
    if local := _same_instant_in_time_element(moment, tree):
        return local
    shown = visible_dates(tree)[0] or _unmarked_date_below_h1(tree)
    if shown and _DATE_ONLY.match(shown):
        return shown if _reachable_day(moment, date.fromisoformat(shown)) else published
    if not shown or (local := datetime.fromisoformat(shown)).tzinfo:
        return published
    delta = (local - moment.replace(tzinfo=None)).total_seconds()
    offset = round(delta / _QUARTER_HOUR) * _QUARTER_HOUR
    if (offset == 0 or abs(offset) > _MAX_OFFSET_SECONDS
            or abs(delta - offset) > _SAME_MINUTE_SECONDS):
        return published
    return moment.astimezone(timezone(timedelta(seconds=offset))).isoformat()


# The body's short texts with a digit in them: where a date the page shows without a date
# class or id sits (Odoo's sidebar `<small>3 سبتمبر 2024</small>`).
_SHORT_DIGIT_TEXTS = etree.XPath(
    "//body//text()[not(parent::script or parent::style)]"
    "[string-length(normalize-space(.)) > 5 and string-length(normalize-space(.)) < 41]"
    "[translate(., '0123456789٠١٢٣٤٥٦٧٨٩', '') != .]")


def _naive_on_shown_day(published: str, tree: lxml_html.HtmlElement) -> str:
    """A machine time without an offset (Odoo writes UTC so: "2024-09-02 21:40:00"), as the
    day the page shows when that is the day after or before it within 14 hours: the
    reader's day, with no offset invented. The shown day is the one date the page prints as
    a dateline of its own, when it prints exactly one."""
    days = {found[:10] for node in _SHORT_DIGIT_TEXTS(tree)
            if (found := (dateline(str(node)) or (None, None))[0])}
    if len(days) != 1:
        return published
    shown = date.fromisoformat(days.pop())
    moment = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return shown.isoformat() if _reachable_day(moment, shown) else published


def _same_instant_in_time_element(moment: datetime, tree: lxml_html.HtmlElement) -> str | None:
    """`moment` as a `<time datetime>` of the page gives it in an offset of its own (the
    publisher's clock: "2024-08-20T01:40:00+04:00" for "2024-08-19T21:40:00Z"), whatever the
    element shows ("قبل 5 ساعات"), else None."""
    for el in tree.iter("time"):
        iso = to_iso(el.get("datetime"))
        local = _aware(iso) if iso else None
        if local is not None and local.utcoffset() != timedelta(0) and local == moment:
            return iso
    return None


# An element right under the headline that is only a date, though no class or id names one
# (`<li><i class="bi bi-clock"></i> 2024/07/22 - 12:35 ص</li>`): looked for among this many
# elements after the <h1>, when no date element shows the time of a UTC instant.
_BELOW_H1_ELEMENTS = 40
_UNMARKED_DATE_MAX_CHARS = 40


def _unmarked_date_below_h1(tree: lxml_html.HtmlElement) -> str | None:
    """The date of the first short element after the `<h1>` whose whole text is a date."""
    walk = tree.iter()
    if next((el for el in walk if el.tag == "h1"), None) is None:
        return None
    for node in itertools.islice(walk, _BELOW_H1_ELEMENTS):
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        text = fold_space(node.text_content())
        if text and len(text) <= _UNMARKED_DATE_MAX_CHARS and (
                found := split_visible_dates(text)[0]):
            return found
    return None


def _reachable_day(moment: datetime, day: date) -> bool:
    """True when `day` is the day after or before `moment`'s UTC day and some offset of at
    most 14 hours puts `moment` on it."""
    utc = moment.replace(tzinfo=None)
    midnight = datetime.combine(day, datetime.min.time())
    if day == utc.date() + timedelta(days=1):
        return (midnight - utc).total_seconds() <= _MAX_OFFSET_SECONDS
    if day == utc.date() - timedelta(days=1):
        return (utc - (midnight + timedelta(days=1))).total_seconds() < _MAX_OFFSET_SECONDS
    return False


def page_dates(tree: lxml_html.HtmlElement, urls: Iterable[str | None], published: str | None,
               modified: str | None, top_line: str | None = None, headline: str | None = None
               ) -> tuple[str | None, str | None]:
    """Fill what meta tags and JSON-LD left unknown from elements, the dateline that opened
    the text (`top_line`), the URL and visible dates (near the `headline`).

    The whole-page pass over visible dates runs only when nothing else gave a publication date.
    """
    if published is None or modified is None:
        element_published, element_modified = element_dates(tree)
        published, modified = published or element_published, modified or element_modified
    if top_line and (published is None or modified is None):
        shown_published, shown_modified = dateline(top_line) or (None, None)
        published, modified = published or shown_published, modified or shown_modified
    published = published or next(filter(None, (url_date(u) for u in urls if u)), None)
    if published is None:
        published, shown_modified = visible_dates(tree, headline)
        modified = modified or shown_modified
    return published, modified


# Page text that a Hijri date in a date element nearly always has (هـ, هجري): pages without
# either are not walked for one (a walk of every element costs more than the rest of dates).
HIJRI_MARKS: tuple[str, ...] = ("هـ", "هجري")
_HIJRI_NEAR_DAYS = 2


def shown_hijri(tree: lxml_html.HtmlElement, raw: str, top_line: str | None,
                shown: Iterable[str], published: str | None) -> str | None:
    """The Hijri date a page shows for its publication, as shown ("12 رجب 1446هـ").

    Read from the dateline that opened the text (`top_line`), then, on a page with a Hijri
    mark, from `shown` (the profile's date elements) and the date elements after the headline
    (one above it is the site header's date of today). With a publication date known, only a
    Hijri date within two days of it counts (moon sighting moves a day).
    """
    marked = any(mark in raw for mark in HIJRI_MARKS)
    elements = _after_headline(tree)
    later = itertools.chain(shown, elements) if marked else ()
    for text in itertools.chain([top_line] if top_line else [], later):
        found = hijri_text(text)
        if found and (published is None or _near(text, found, published)):
            return found
    return None


def _near(text: str, shown: str, published: str) -> bool:
    """True when the date of `text` (its Gregorian one, else the Hijri one's Umm al-Qura day)
    is within _HIJRI_NEAR_DAYS of `published`."""
    day = date.fromisoformat(published[:10])
    for found in (parse_visible_date(text), hijri_day(shown)):
        if found and abs((date.fromisoformat(found[:10]) - day).days) <= _HIJRI_NEAR_DAYS:
            return True
    return False
