"""Dates written for readers: Arabic month names, Arabic-Indic digits, datelines, URL paths.

The machine-readable sources (JSON-LD, meta tags, `<time datetime>`) are read in
extraction/dates.py; these rules read what a page shows or encodes in its address when those
are missing or written in Arabic (`الأربعاء، 07 أكتوبر 2020 - 12:09 م`). Relative times
("منذ ساعتين") are never dates. A Hijri date counts only when no Gregorian one is shown
(extraction/hijri_dates.py). tests/arabic_date_cases.py is the table these rules answer to.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from urllib.parse import unquote, urlsplit

from extraction.date_text import fold_date_text, to_ascii_digits
from extraction.hijri_dates import HIJRI_MONTHS, HIJRI_SUFFIXES, hijri_day

__all__ = ["MONTHS", "dateline", "is_day_month_line", "parse_visible_date", "split_visible_dates",
           "to_ascii_digits", "url_date"]

# Month names as Egypt and the Gulf write them (Latin names, Egypt's يونيه / يوليه), as the
# Levant and Iraq write them (Syriac names, two-word ones with or without ال), as Algeria and
# Tunisia write them (French names) and as Morocco does. Hamza, alef-maqsura and ta-marbuta
# spellings match as one (extraction/date_text.py).
MONTHS: dict[str, int] = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11,
    "ديسمبر": 12,
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين أول": 10,
    "تشرين الثاني": 11, "تشرين ثاني": 11, "كانون الأول": 12, "كانون أول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
# English month names, as the English interfaces of blog and newsletter platforms print a date
# on Arabic pages (Substack, beehiiv, Jekyll's date_to_string, Tumblr themes): "August 15,
# 2024", "Mar 03, 2024", "March 14th, 2016".
ENGLISH_MONTHS: dict[str, int] = {
    name: number for number, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
        ("december", "dec")), 1) for name in names}
ORDINAL_SUFFIXES: tuple[str, ...] = ("st", "nd", "rd", "th")
# Words before a date that make it the last modification, not the publication.
MODIFIED_MARKERS: tuple[str, ...] = ("آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث", "محدث",
                                     "عدل في", "آخر تعديل")
# Words after a time: hours before noon, after noon.
AM_WORDS: tuple[str, ...] = ("صباحاً", "صباحا", "ص", "فجراً", "am", "a.m.")
PM_WORDS: tuple[str, ...] = ("مساءً", "مساءا", "مساء", "مسائاً", "م", "ظهراً", "عصراً", "pm", "p.m.")
# Zones printed after a time, in minutes east of UTC (GMT+3 and UTC+02:00 give their own); the
# US ones as an old portal on a US server prints its PHP date ("17:30:12 EDT").
ZONES: dict[str, int] = {"gmt": 0, "utc": 0, "غرينتش": 0, "جرينتش": 0, "ت.غ": 0, "gst": 240,
                         "ksa": 180, "edt": -240, "est": -300, "cdt": -300, "cst": -360,
                         "mdt": -360, "mst": -420, "pdt": -420, "pst": -480}
WEEKDAYS: tuple[str, ...] = ("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                             "الجمعة", "السبت")
ENGLISH_WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                     "Saturday", "Sunday")
# Words a dateline may hold besides dates, weekdays, month names and time words.
DATELINE_WORDS: tuple[str, ...] = (
    "يوم", "نشر", "نشر في", "نشرت", "نشر بتاريخ", "بتاريخ", "تاريخ", "تاريخ النشر", "النشر",
    "منشور", "أضيف", "آخر تحديث", "تحديث", "التحديث", "تم", "محدث", "عدل", "آخر تعديل", "تعديل",
    "الساعة", "في", "على", "تمام", "من", "منذ", "الموافق", "م", "ميلادي", "ميلادية",
    "بتوقيت", "مكة", "المكرمة", "القاهرة", "بيروت", "ت", "غ",
    # PHP-Nuke's story line: "أرسلت في Monday, March 15, 2010 @ 17:30:12 EDT بواسطة <user>".
    "أرسلت", "أرسل", "بواسطة",
)
_DATELINE_MAX_CHARS = 160
_ZONE_BY_PLACE = "بتوقيت"
_BY = fold_date_text("بواسطة")
_BY_NAME_WORDS = 3
# Every date pattern holds a digit, and folding turns only digits into digits: a line without
# one is no dateline (the cheap test first).
_ANY_DIGIT = re.compile(r"\d")

_F = fold_date_text
_WORD_END = r"(?![^\W\d_])"
_MONTH_OF = {_F(name): number for name, number in MONTHS.items()} | ENGLISH_MONTHS
_MONTH = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+")
                          for n in sorted(_MONTH_OF, key=len, reverse=True)) + ")"


def _words(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(_F(w)) for w in sorted(words, key=len, reverse=True))


_AM = frozenset(_F(w) for w in AM_WORDS)
_WEEKDAY = rf"(?:{_words(WEEKDAYS)})"
_MONTH_AT = rf"(?<![^\W\d_])(?P<m>{_MONTH}){_WORD_END}"
# "نيسان / أبريل", "نيسان (أبريل)", "آذار - مارس": the same month under its other name.
_DUAL = rf"(?:\s*(?:[/\\|–-]\s*|\(\s*)(?P<m2>{_MONTH}){_WORD_END}\s*\)?)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)" + rf"(?:\s*(?:ميلاديه|ميلادي|م){_WORD_END})?"
_CLOCK = (r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)"
          rf"(?:\s*(?P<ampm>{_words([*AM_WORDS, *PM_WORDS])}){_WORD_END})?")
_ZONE = (rf"(?:\s*(?:بتوقيت\s+)?(?P<zone>{_words(list(ZONES))})(?![a-z])"
         r"(?:\s*(?P<off>[+-]\s?\d{1,2}(?::?\d{2})?))?)?")
# Between the year and the time: "-", "|", "،", ":" (Al Arabiya's ",2024: 08:15"), "@"
# (PHP-Nuke's "2010 @ 17:30:12"), الساعة.
_TIME = (rf"(?:(?:\s*(?:[-–—|،,:/@]|{_F('الساعة')}|{_F('على')}|في\s+تمام|في))*\s*"
         + _CLOCK + _ZONE + ")?")
# "07 أكتوبر 2020", "3 نيسان / أبريل 2024 الساعة 08:15 مساءً", "4 من يونيو 2024" (Al-Ahram).
_NAMED = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*(?:من\s+)?" + _MONTH_AT + _DUAL
                    + r"\s*[،,]?\s*" + _YEAR + _TIME, re.IGNORECASE)
# "أبريل 3, 2024": WordPress's "F j, Y" in Arabic.
_MONTH_FIRST = re.compile(_MONTH_AT + _DUAL + r"\.?\s+(?P<d>\d{1,2})(?!\d)(?:"
                          + "|".join(ORDINAL_SUFFIXES) + r")?\s*[،,]?\s*" + _YEAR + _TIME,
                          re.IGNORECASE)
# "١ / ١٢ / ٢٠٢٠" (day first, as Arabic pages write it) and "2020/12/01".
_EDGE_BEFORE, _EDGE_AFTER = r"(?<!\d)(?<!\d[/.-])", r"(?!\d|[/.-]\d)"
_DMY = re.compile(_EDGE_BEFORE + r"(?P<d>\d{1,2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*"
                  r"(?P<y>(?:19|20)\d{2})" + _EDGE_AFTER + _TIME, re.IGNORECASE)
_YMD = re.compile(_EDGE_BEFORE + r"(?P<y>(?:19|20)\d{2})\s*([/.-])\s*(?P<m>\d{1,2})\s*\2\s*"
                  r"(?P<d>\d{1,2})" + _EDGE_AFTER + _TIME, re.IGNORECASE)
# A time written before the date: "10:30 م - الأربعاء 3 أبريل 2024".
_LEAD_TIME = re.compile(_CLOCK + r"[\s\-–—|،,]*(?:يوم\s+)?(?:" + _WEEKDAY + r"\s*[،,]?\s*)?$",
                        re.IGNORECASE)
_PATTERNS = (_NAMED, _MONTH_FIRST, _YMD, _DMY)
# /2020/8/24/, /2020-06-03-1.3874341, /20200317104489/: year, month, day in the path.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})([/_-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?=[/._-]|$)"),
    # Compact YYYYMMDD only as the head of a longer number or slug: "/202003171044893040-".
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?=\d{4,}|[_-])"),
)


def _offset(match: re.Match[str]) -> timezone | None:
    zone = match.group("zone")
    if zone is None:
        return None
    minutes = ZONES[zone.lower().replace(" ", "")]
    if spelled := match.group("off"):
        sign, digits = (-1 if spelled[0] == "-" else 1), re.sub(r"\D", "", spelled)
        hours, rest = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        minutes += sign * (int(hours) * 60 + int(rest))
    return timezone(timedelta(minutes=minutes))


def _moment(day: date, clock: re.Match[str] | None, zone: re.Match[str] | None) -> str:
    """ISO 8601 of `day` at the time `clock` shows (12-hour words understood), else the day."""
    if clock is None or clock.group("h") is None:
        return day.isoformat()
    hour, minute = int(clock.group("h")), int(clock.group("mi"))
    ampm = (clock.group("ampm") or "").lower()
    if ampm and ampm in _AM:
        hour = 0 if hour == 12 else hour
    elif ampm and hour < 12:
        hour += 12
    try:
        moment = datetime(day.year, day.month, day.day, hour, minute, int(clock.group("s") or 0),
                          tzinfo=_offset(zone) if zone else None)
    except ValueError:  # 25:10 is no time; the day stands
        return day.isoformat()
    return moment.isoformat()


def _month_number(name: str) -> int:
    key = re.sub(r"\s+", " ", name)
    return _MONTH_OF[key] if key in _MONTH_OF else _MONTH_OF[key.lower()]


def _month(match: re.Match[str]) -> int | None:
    month = match.group("m")
    if month.isdigit():
        return int(month)
    number = _month_number(month)
    other = match.groupdict().get("m2")
    if other and _month_number(other) != number:
        return None  # two different months: no date
    return number


def _gregorian(folded: str) -> str | None:
    for pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            month = _month(match)
            try:
                day = date(int(match.group("y")), month or 0, int(match.group("d")))
            except ValueError:
                continue
            clock = match if match.group("h") else _LEAD_TIME.search(folded, 0, match.start())
            return _moment(day, clock, match if match.group("h") else None)
    return None


def parse_visible_date(text: str) -> str | None:
    """The first Gregorian date written in `text` as ISO 8601 (a day, or a day and time, naive
    unless a zone is printed); else the Umm al-Qura day of a Hijri date; else None."""
    if not text:
        return None
    folded = fold_date_text(text)
    return _gregorian(folded) or hijri_day(folded)


def is_modified_label(text: str) -> bool:
    """True when `text` (the words around a visible date) says it is an update time."""
    folded = fold_date_text(text)
    return any(_F(marker) in folded for marker in MODIFIED_MARKERS)


def split_visible_dates(text: str) -> tuple[str | None, str | None]:
    """(published, modified) from a dateline such as `الأربعاء، 28 آب 2013، آخر تحديث 14:00`.

    With an update marker in the line, a date after it is the modification and one before it
    the publication; a line with a marker and a single date gives only the modification.
    """
    folded = fold_date_text(text)
    cuts = [i for i in (folded.find(_F(m)) for m in MODIFIED_MARKERS) if i >= 0]
    if not cuts:
        return parse_visible_date(folded), None
    before, after = parse_visible_date(folded[:min(cuts)]), parse_visible_date(folded[min(cuts):])
    if before and after:
        return before, after
    return None, before or after


_DATELINE_KEYS: frozenset[str] = frozenset(
    word.lower() for phrase in (*DATELINE_WORDS, *WEEKDAYS, *ENGLISH_WEEKDAYS, *MONTHS,
                                *ENGLISH_MONTHS,
                                *ORDINAL_SUFFIXES, *HIJRI_MONTHS,
                                *HIJRI_SUFFIXES, *AM_WORDS, *PM_WORDS, *ZONES)
    for word in re.findall(r"[^\W\d_]+", _F(phrase)))


def dateline(line: str) -> tuple[str | None, str | None] | None:
    """(published, modified) of a line that is only a dateline ("نشر في الأربعاء 3 نيسان /
    أبريل 2024 الساعة 08:15 مساءً", "آخر تحديث: ..."), else None.

    Only a date, weekday, label, time and zone words; one other word is allowed when it labels
    the line with a colon ("القاهرة:") or opens it as an official letter's place before "في"
    ("عمّان في 5/6/2024"). A sentence that contains a date is no dateline.
    """
    if len(line) > _DATELINE_MAX_CHARS or not _ANY_DIGIT.search(line):
        return None
    folded = fold_date_text(line)
    words = re.findall(r"[^\W\d_]+:?", folded)
    by = words.index(_BY, 1) if _BY in words[1:] else len(words)
    if len(words) - by - 1 <= _BY_NAME_WORDS:
        words = words[:by + 1]  # "... EDT بواسطة wadinet": the poster's name ends the line
    # The place a zone is named by: "بتوقيت السعودية", "بتوقيت القدس".
    zoned = {i + 1 for i, w in enumerate(words) if w == _ZONE_BY_PLACE}
    unknown = [w for i, w in enumerate(words)
               if w.rstrip(":").lower() not in _DATELINE_KEYS and i not in zoned]
    place = len(words) > 1 and words[1] == "في" and unknown[:1] == words[:1]
    if unknown and (len(unknown) > 1 or not (unknown[0].endswith(":") or place)):
        return None
    found = split_visible_dates(line)
    return None if found == (None, None) else found


# A day and a month, no year ("24 أغسطس, 07:05 GMT", a related card's stamp).
_DAY_MONTH = re.compile(rf"(?<!\d)\d{{1,2}}\s+{_MONTH}{_WORD_END}")


def is_day_month_line(line: str) -> bool:
    """A short line of a day and month without the year, and nothing else but weekday, time
    and zone words: no date can be read from it, and it is no text either."""
    if len(line) > _DATELINE_MAX_CHARS or not _ANY_DIGIT.search(line):
        return False
    folded = fold_date_text(line)
    return (all(w.lower() in _DATELINE_KEYS for w in re.findall(r"[^\W\d_]+", folded))
            and _DAY_MONTH.search(folded) is not None)


# A web archive's replay of a page: "/web/20111203103307/http://site/..." (the Wayback
# Machine, "im_"-style modifiers after the stamp), "/20111203103307/..." (archive.today). The
# stamp is the capture's time; the day is the one the original address names.
_REPLAY_PATH = re.compile(r"^/(?:web/|wayback/)?\d{14}(?:[a-z]{2}_)?/(?P<original>.+)$")


def url_date(url: str) -> str | None:
    """The day a URL path names (`/story/2020/8/24/...`, `/2020-06-03-1.38`), else None; in
    a web archive's replay address, the day its original address names."""
    path = unquote(urlsplit(url).path)
    if replay := _REPLAY_PATH.match(path):
        return url_date(replay.group("original"))
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            try:
                return date(int(match.group("y")), int(match.group("m")),
                            int(match.group("d"))).isoformat()
            except ValueError:
                continue
    return None
