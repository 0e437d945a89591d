"""Hijri dates as pages show them ("12 رجب 1446هـ", "1446/7/12 هـ"): the text as shown, and
the Gregorian day by the Umm al-Qura calendar (hijridate) when a page gives no Gregorian date.

Umm al-Qura is Saudi Arabia's official calendar, the one Saudi sites date by; countries that
sight the moon (Morocco, Egypt at times) can be a day apart, which is why a Gregorian date
shown next to the Hijri one always wins (extraction/arabic_dates.py).
"""

from __future__ import annotations

import re

from hijridate import Hijri

from extraction.date_text import fold_date_text, original_span
from extraction.textnorm import fold_space

# Month names with the spellings sites use (ذو / ذي, الآخر / الثاني, with or without ال).
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع أول": 3, "ربيع الثاني": 4,
    "ربيع ثاني": 4, "ربيع الآخر": 4, "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى أولى": 5,
    "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6, "جمادى الثاني": 6, "رجب": 7,
    "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12,
    "ذي الحجة": 12,
}
# What follows a Hijri year: هـ (folded to ه), هجري, هجرية.
HIJRI_SUFFIXES: tuple[str, ...] = ("هجرية", "هجري", "هـ")

_MONTH_OF = {fold_date_text(name): number for name, number in HIJRI_MONTHS.items()}
_NAMES = sorted(_MONTH_OF, key=len, reverse=True)
_MONTH = "(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _NAMES) + ")"
_SUFFIX = ("(?:\\s*(?:" + "|".join(fold_date_text(s) for s in HIJRI_SUFFIXES)
           + ")(?![^\\W\\d_]))?")
_YEAR = r"(?P<y>1[3-5]\d{2})(?!\d)"
_NAMED = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*(?:من\s+)?(?<![^\W\d_])(?P<m>" + _MONTH
                    + r")(?![^\W\d_])\s*[،,]?\s*" + _YEAR + _SUFFIX)
# Year first as SPA writes it (1446/7/12هـ), or day first (12/07/1446 هـ).
_NUMERIC = (
    re.compile(r"(?<![\d/.-])" + _YEAR + r"\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?!\d)"
               + _SUFFIX),
    re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*" + _YEAR + _SUFFIX),
)


def _match(folded: str) -> re.Match[str] | None:
    for pattern in (_NAMED, *_NUMERIC):
        found = pattern.search(folded)
        if found:
            return found
    return None


def hijri_text(text: str) -> str | None:
    """The first Hijri date in `text` as the page shows it ("12 رجب 1446هـ"), else None; runs
    of white space as one space, as everywhere in the record."""
    found = _match(fold_date_text(text))
    return fold_space(original_span(text, found.start(), found.end())) if found else None


def hijri_day(text: str) -> str | None:
    """The Gregorian day (ISO) of the first Hijri date in `text` by Umm al-Qura, else None
    (no Hijri date, or a day that calendar does not have: 30 شعبان 1446, years outside
    1343-1500)."""
    found = _match(fold_date_text(text))
    if found is None:
        return None
    month = found.group("m")
    number = int(month) if month.isdigit() else _MONTH_OF[re.sub(r"\s+", " ", month)]
    try:
        return Hijri(int(found.group("y")), number, int(found.group("d"))).to_gregorian(
        ).isoformat()
    except (ValueError, OverflowError):
        return None
