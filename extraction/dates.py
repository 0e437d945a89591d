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
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from extraction.arabic_dates import dateline, parse_visible_date, split_visible_dates, url_date
from extraction.article_header import info_row
from extraction.hijri_dates import hijri_day, hijri_text
from extraction.selectors import text_of
from extraction.textnorm import fold_space

DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_iso(value: str | None) -> str | None:
    """Normalize an ISO 8601 or RFC 822 date string to ISO 8601, keeping its offset.

    Returns None for anything that is not a date.
    """
    if not value:
        return None
    value = value.strip()
    if DATE_ONLY.match(value):
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
    first = aware(found[0])
    if first is None or first.utcoffset() != timedelta(0):
        return found[0]
    return next((iso for iso in found[1:] if (other := aware(iso)) is not None
                 and other.utcoffset() != timedelta(0) and other == first), found[0])


def aware(iso: str) -> datetime | None:
    """The moment of an ISO 8601 string that carries an offset, else None."""
    if DATE_ONLY.match(iso):
        return None
    moment = datetime.fromisoformat(iso)
    return moment if moment.tzinfo is not None else None


# class / id words of elements that show a date, and of those that show an update time.
_DATE_HINT = re.compile(r"date|time|publish|posted|stamp|تاريخ", re.IGNORECASE)
_UPDATE_HINT = re.compile(r"updat|modif", re.IGNORECASE)
_VISIBLE_MAX_CHARS = 200
# Headings a page without an `<h1>` may title its story with.
_SUBHEADINGS: frozenset[str] = frozenset({"h2", "h3"})
_HEADLINE_CELLS: frozenset[str] = frozenset({"td", "div", "span", "b", "strong", "font"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


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
    a date (or a `<time>`, or Buttondown's made-up `<date>` tag) and, once, (HEADLINE_TAG,
    position, "") where the headline is: the first `<h1>`, or on a page without one an `<h2>`
    or `<h3>` reading `headline` (Joomla's K2 and Bitrix title a story so)."""
    seen_heading = False
    # Without an <h1>, the element reading the headline: a subheading, else (when none reads
    # it: a breadcrumb's last item reads it too, before the subheading) an old portal's cell
    # whose own text it is (Mambo's `td.contentheading`).
    start = headline[:12] if headline and tree.find(".//h1") is None else None
    cells = bool(start) and not any(fold_space(h.text_content()) == headline
                                    for h in tree.iter(*_SUBHEADINGS))
    for position, el in enumerate(tree.iter()):
        if not seen_heading and (el.tag == "h1" or (start and _reads(el, headline, start, cells))):
            seen_heading = True
            yield el.tag, position, ""
            continue
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title", "meta"):
            continue
        hint = (el.get("class") or "") + " " + (el.get("id") or "")
        if el.tag not in ("time", "date") and not _DATE_HINT.search(hint):
            continue
        text = el.text_content()
        if len(text) <= _VISIBLE_MAX_CHARS:
            yield "date", position, text


def _reads(el: lxml_html.HtmlElement, headline: str, start: str, cells: bool) -> bool:
    """Whether `el` is the heading reading `headline` on a page without `<h1>`: a subheading,
    or with `cells` an element of _HEADLINE_CELLS whose own text opens with `start`."""
    if el.tag not in _SUBHEADINGS and not (
            cells and el.tag in _HEADLINE_CELLS and (el.text or "").lstrip().startswith(start)):
        return False
    return fold_space(el.text_content()) == headline


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
                                       "نُشر بتاريخ", "تاريخ الخبر",
                                       "أرسلت في",  # PHP-Nuke's "posted on"
                                       # b2evolution's "نُشرت بواسطة <name> بتاريخ <date>"
                                       "بتاريخ")
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
    publication's, then the story's info row (`info_row`), then the first date element
    after the `<h1>`, then the nearest above it (the first on
    the page is often the site header's date of today); beside a subheading title, the nearer
    one; on a page with no headline found, the first."""
    labelled = labelled_dates(tree)
    if labelled[0]:
        return labelled
    # The info row, over the date elements around it (the site header's date of the visit
    # above, comments' dates below): PHP-Fusion's "» نشر من قبل <name> في <date>" has no
    # date class.
    row = info_row(tree, headline) if headline else None
    in_row = split_visible_dates(text_of(row)) if row is not None else (None, None)
    before: list[tuple[int, str]] = []
    heading: tuple[str, int] | None = None
    modified = in_row[1]
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
            return in_row[0] or shown, modified
        return in_row[0] or before[-1][1], modified
    # An update line ("آخر تعديل في ...") after the headline dates no publication.
    if not before:
        return in_row[0], modified
    return in_row[0] or (before[-1] if heading else before[0])[1], modified


def date_above_headline(tree: lxml_html.HtmlElement) -> str | None:
    """The date the nearest date element above the `<h1>` shows (a newsletter archive's
    `<date>` over its subject, with other issues' dates under the text), else None."""
    above = None
    for kind, _position, text in _date_elements(tree):
        if kind != "date":
            return above
        above = split_visible_dates(text)[0] or above
    return None


def page_dates(tree: lxml_html.HtmlElement, urls: Iterable[str | None], published: str | None,
               modified: str | None, top_line: str | None = None, headline: str | None = None
               ) -> tuple[str | None, str | None]:
    """Fill what meta tags and JSON-LD left unknown from elements, the dateline that opened
    the text (`top_line`), the URL and visible dates (near the `headline`); a shown date a day
    from the URL's is the reader's day.

    The whole-page pass over visible dates runs only when nothing before the URL gave a
    publication date.
    """
    if published is None or modified is None:
        element_published, element_modified = element_dates(tree)
        published, modified = published or element_published, modified or element_modified
    if top_line and (published is None or modified is None):
        shown_published, shown_modified = dateline(top_line) or (None, None)
        published, modified = published or shown_published, modified or shown_modified
    if published is None:
        url_day = next(filter(None, (url_date(u) for u in urls if u)), None)
        shown, shown_modified = visible_dates(tree, headline)
        if shown is None and not shown_modified:
            shown, shown_modified = dateline_under(tree, headline) or (None, None)
        # A URL's day is the CMS's stamp, often the UTC one (Sitefinity's /2024/09/02/ for a
        # story shown on 3 September): a date shown on the day after or before is the reader's.
        if url_day and not (shown and _a_day_apart(url_day, shown)):
            published = url_day
        else:
            published, modified = shown, modified or shown_modified
    return published, modified


# How many elements after the headline's a dateline is looked for.
_UNDER_STEPS = 3


def dateline_under(tree: lxml_html.HtmlElement, headline: str | None
                   ) -> tuple[str | None, str | None] | None:
    """The dateline (arabic_dates.dateline) an element prints right after the heading that
    reads the headline, among its next _UNDER_STEPS siblings with text: a forum post's
    "« في: مارس 05, 2024, 09:12:40 صباحاً »" under its subject, no class naming a date."""
    if not headline:
        return None
    heading = next((h for h in tree.iter(*_HEADINGS)
                    if fold_space(h.text_content()) == headline), None)
    sibling, steps = (heading.getnext() if heading is not None else None), 0
    while sibling is not None and steps < _UNDER_STEPS:
        text = fold_space(sibling.text_content()) if isinstance(sibling.tag, str) else ""
        if text:
            return dateline(text)
        sibling, steps = sibling.getnext(), steps + 1
    return None


def _a_day_apart(day: str, shown: str) -> bool:
    return abs((date.fromisoformat(shown[:10]) - date.fromisoformat(day)).days) == 1


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
