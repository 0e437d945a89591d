"""A publication instant given in UTC (or with no offset), in the publisher's own time: the
offset of a `<time>` giving the same instant, of the local time the page shows for it, or the
day the reader sees. Pure: (instant, tree) in, the instant as shown out."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, timedelta, timezone

from lxml import etree
from lxml import html as lxml_html

from extraction.arabic_dates import dateline, split_visible_dates
from extraction.dates import DATE_ONLY, aware, date_above_headline, to_iso, visible_dates
from extraction.textnorm import fold_space

# Offsets a publisher's clock can have, in quarter hours; a shown time matches to the minute.
_QUARTER_HOUR = 900
_MAX_OFFSET_SECONDS = 14 * 3600
_SAME_MINUTE_SECONDS = 60


def in_shown_offset(published: str | None, tree: lxml_html.HtmlElement,
                    top_line: str | None = None) -> str | None:
    """A publication instant given only in UTC, in the publisher's offset: that of a `<time
    datetime>` giving the same instant in one, else that of the local time the page shows
    for it (a reader's date): "2024-10-16T22:10Z" shown as "01:10 - 17 أكتوبر" is
    2024-10-17T01:10+03:00. A page that shows only the day, the day after or before the
    instant's UTC day and within a publisher's offset of it ("2024-07-22T21:04Z" shown as
    "23 يوليو 2024"), gives that day alone: the reader's date, with no offset the page does
    not print; a time without an offset, likewise (`_naive_on_shown_day`). Unchanged when the
    page shows no date, the same time or day, or one that is not this instant in some
    quarter-hour offset. `top_line`: the dateline that opened the text, a shown date too (a
    blog's "- 14 يناير، 2025" meta line)."""
    moment = aware(published) if published else None
    if moment is None and published and not DATE_ONLY.match(published):
        return _own_time_text(published, tree) or _naive_on_shown_day(published, tree)
    if moment is None or moment.utcoffset() != timedelta(0):
        return published
    if local := _same_instant_in_time_element(moment, tree):
        return local
    # A date element first, then an unmarked one under the <h1>, then the text's dateline,
    # when the first one found shows another day (a "keep reading" card's): the first that
    # shows this instant. The nearest date element above the <h1> last.
    for find in (lambda: visible_dates(tree)[0], lambda: _unmarked_date_below_h1(tree),
                 lambda: date_above_headline(tree),
                 lambda: _dateline_day(top_line), lambda: _short_year_date(tree)):
        if (found := _as_shown(published, moment, find())) is not None:
            return found
    return published


# A date element's text opening with a two-digit year's date: Zoho Sites' "21.11.24 01:40 ص".
_SHORT_YEAR_ELEMENTS = etree.XPath("//*[contains(@class, 'date')][string-length(.) < 41]")
_SHORT_YEAR = re.compile(r"^(\d{1,2}([./-])\d{1,2}\2)(\d{2})(?=\s)")


def _short_year_date(tree: lxml_html.HtmlElement) -> str | None:
    """The first date element's date written with a two-digit year, day first, then a time
    ("21.11.24 01:40 ص" is 21 November 2024): read only to match the UTC instant, which
    `_as_shown` checks to the minute, never as a date of its own."""
    for el in _SHORT_YEAR_ELEMENTS(tree):
        text = fold_space(el.text_content())
        if match := _SHORT_YEAR.match(text):
            return split_visible_dates(f"{match[1]}20{match[3]}{text[match.end():]}")[0]
    return None


def _dateline_day(text: str | None) -> str | None:
    """The publication date of `text` when it is a dateline (arabic_dates.dateline), else
    None."""
    return (dateline(text) or (None, None))[0] if text else None


def _as_shown(published: str, moment: datetime, shown: str | None) -> str | None:
    """`published` (the UTC `moment`) as `shown` gives it: in the offset of a shown time, or
    the shown day when it is the next or previous one; `published` itself when `shown` is
    its own day or time; None when `shown` is no showing of this instant."""
    if not shown:
        return None
    if DATE_ONLY.match(shown):
        day = date.fromisoformat(shown)
        if day == moment.date():
            return published
        return shown if _reachable_day(moment, day) else None
    local = datetime.fromisoformat(shown)
    if local.tzinfo:
        return published
    delta = (local - moment.replace(tzinfo=None)).total_seconds()
    offset = round(delta / _QUARTER_HOUR) * _QUARTER_HOUR
    if abs(offset) > _MAX_OFFSET_SECONDS or abs(delta - offset) > _SAME_MINUTE_SECONDS:
        return None
    if offset == 0:
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
            if (found := _dateline_day(str(node)))}
    if len(days) != 1:
        return published
    shown = date.fromisoformat(days.pop())
    moment = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return shown.isoformat() if _reachable_day(moment, shown) else published


# A numeric date whose day and month could be either ("07-02-2024, 01:40 ص").
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)")


def _own_time_text(published: str, tree: lxml_html.HtmlElement) -> str | None:
    """A machine time without an offset, in the offset its own `<time>` shows it in: the
    element's text read as the same instant in a quarter-hour offset, its numeric date in
    either order (vBulletin 5 writes UTC in `datetime` and the board's time, month first, as
    text: "2024-07-01T22:40:00" shown "07-02-2024, 01:40 ص" is 2024-07-02T01:40+03:00)."""
    moment = datetime.fromisoformat(published).replace(tzinfo=UTC)
    for el in tree.iter("time"):
        if to_iso(el.get("datetime")) != published:
            continue
        text = fold_space(el.text_content())
        readings = [text]
        if numeric := _NUMERIC_DATE.search(text):
            swapped = f"{numeric[3]}{numeric[2]}{numeric[1]}{numeric[2]}{numeric[4]}"
            readings.append(text[:numeric.start()] + swapped + text[numeric.end():])
        for reading in readings:
            shown = to_iso(reading) or _dateline_day(reading)
            if shown and not DATE_ONLY.match(shown) and (
                    local := _as_shown(published, moment, shown)):
                return local
    return None


def _same_instant_in_time_element(moment: datetime, tree: lxml_html.HtmlElement) -> str | None:
    """`moment` as a `<time datetime>` of the page gives it in an offset of its own (the
    publisher's clock: "2024-08-20T01:40:00+04:00" for "2024-08-19T21:40:00Z"), whatever the
    element shows ("قبل 5 ساعات"), else None."""
    for el in tree.iter("time"):
        iso = to_iso(el.get("datetime"))
        local = aware(iso) if iso else None
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
