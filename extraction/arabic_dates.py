"""Dates written for readers: Arabic month names, Arabic-Indic digits, dates in URL paths.

The machine-readable sources (JSON-LD, meta tags, `<time datetime>`) are read in
extraction/dates.py; these rules read what a page shows or encodes in its address when those
are missing or written in Arabic (`الأربعاء، 07 أكتوبر 2020 - 12:09 م`).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import unquote, urlsplit

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic / Persian (U+06F0..) digits.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Month names as Egypt and the Gulf write them (Latin names), as the Levant and Iraq write them
# (Syriac names), and as the Maghreb writes them (French names). Hamza and ta-marbuta variants
# are listed; matching also ignores the hamza on alef (see _fold).
MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونية": 6, "يوليو": 7, "يولية": 7, "أغسطس": 8, "غشت": 8, "سبتمبر": 9, "شتنبر": 9,
    "أكتوبر": 10, "نوفمبر": 11, "نونبر": 11, "ديسمبر": 12, "دجنبر": 12,
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
}
# Words before a date that make it the last modification, not the publication.
MODIFIED_MARKERS: tuple[str, ...] = ("آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث", "محدث",
                                     "عدل في", "آخر تعديل")
_AM_PM = {"ص": 0, "صباحا": 0, "صباحاً": 0, "am": 0, "م": 12, "مساء": 12, "مساءً": 12, "pm": 12}


def _fold(text: str) -> str:
    """Alef with hamza or madda as bare alef: sites write أكتوبر and اكتوبر, آب and اب."""
    return re.sub("[أإآ]", "ا", text)


_MONTH_NAMES = sorted({_fold(name) for name in MONTHS}, key=len, reverse=True)
_MONTH_OF = {_fold(name): number for name, number in MONTHS.items()}
_MONTH = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _MONTH_NAMES) + ")"
_TIME = (r"(?:\s*[-–|،,]?\s*(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?\s*"
         r"(?P<ampm>صباحاً|صباحا|مساءً|مساء|ص|م|am|pm)?(?![\w]))?")
# "07 أكتوبر 2020", "28 آب/اغسطس 2013", "1 تشرين الثاني، 2020"
_NAMED = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s*(?P<m>" + _MONTH + r")(?:\s*[/\-]\s*" + _MONTH + r")?\s*[،,]?\s*"
    r"(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME, re.IGNORECASE)
# "١ / ١٢ / ٢٠٢٠" (day first, as Arabic pages write it) and "2020/12/01".
_DMY = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*"
                  r"(?P<y>(?:19|20)\d{2})(?![\d/.-])" + _TIME)
_YMD = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20)\d{2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*"
                  r"(?P<d>\d{1,2})(?![\d/.-])" + _TIME)
# /2020/8/24/, /2020-06-03-1.3874341, /20200317104489/: year, month, day in the path.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})([/_-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?=[/._-]|$)"),
    # Compact YYYYMMDD only as the head of a longer number or slug: "/202003171044893040-".
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?=\d{4,}|[_-])"),
)


def to_ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits as ASCII digits."""
    return text.translate(_DIGITS)


def _iso(year: int, month: int, day: int, match: re.Match[str]) -> str | None:
    try:
        day_value = date(year, month, day)
    except ValueError:
        return None
    hour = match.group("h")
    if hour is None:
        return day_value.isoformat()
    hour_value, minute = int(hour), int(match.group("mi"))
    ampm = (match.group("ampm") or "").lower()
    if ampm in _AM_PM and hour_value < 12:
        hour_value += _AM_PM[ampm]
    elif ampm in ("ص", "am", "صباحا", "صباحاً") and hour_value == 12:
        hour_value = 0
    try:
        return datetime(year, month, day, hour_value, minute).isoformat()
    except ValueError:
        return day_value.isoformat()


def parse_visible_date(text: str) -> str | None:
    """The first date written in `text` as ISO 8601 (date, or naive date and time), else None."""
    if not text:
        return None
    text = _fold(to_ascii_digits(text))
    for pattern in (_NAMED, _YMD, _DMY):
        for match in pattern.finditer(text):
            month = match.group("m")
            number = int(month) if month.isdigit() else _MONTH_OF[re.sub(r"\s+", " ", month)]
            iso = _iso(int(match.group("y")), number, int(match.group("d")), match)
            if iso:
                return iso
    return None


def is_modified_label(text: str) -> bool:
    """True when `text` (the words around a visible date) says it is an update time."""
    folded = _fold(text)
    return any(_fold(marker) in folded for marker in MODIFIED_MARKERS)


def split_visible_dates(text: str) -> tuple[str | None, str | None]:
    """(published, modified) from a dateline such as `الأربعاء، 28 آب 2013، آخر تحديث 14:00`.

    With an update marker in the line, a date after it is the modification and one before it
    the publication; a line with a marker and a single date gives only the modification.
    """
    folded = _fold(to_ascii_digits(text))
    cuts = [i for i in (folded.find(_fold(m)) for m in MODIFIED_MARKERS) if i >= 0]
    if not cuts:
        return parse_visible_date(folded), None
    before, after = parse_visible_date(folded[:min(cuts)]), parse_visible_date(folded[min(cuts):])
    if before and after:
        return before, after
    return None, before or after


def url_date(url: str) -> str | None:
    """The day a URL path names (`/story/2020/8/24/...`, `/2020-06-03-1.38`), else None."""
    path = unquote(urlsplit(url).path)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            try:
                return date(int(match.group("y")), int(match.group("m")),
                            int(match.group("d"))).isoformat()
            except ValueError:
                continue
    return None
