"""Date text folded for matching: ASCII digits, one spelling per letter, no marks.

Only the matching sees the folded text; what a page shows is kept as shown (`original_span`
maps a match in the folded text back to the page's own characters).
"""

from __future__ import annotations

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic / Persian (U+06F0..) digits.
_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
# Letters sites spell more than one way in month names and labels: hamza and madda on alef,
# alef maqsura, ta marbuta (يونية / يونيه), Persian yeh and kaf; the Arabic date separator and
# no-break spaces.
_SAME: dict[str, str] = {
    **{d: str(i % 10) for i, d in enumerate(_DIGITS)},
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
    "؍": "/", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}
# Characters that change nothing a reader sees in a date: tashkeel, superscript alef,
# tatweel, direction marks and isolates, zero-width joiners.
_INVISIBLE = ("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
              "\u2066\u2067\u2068\u2069")
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640" + _INVISIBLE
_TABLE = str.maketrans({**_SAME, **dict.fromkeys(_MARKS)})


def fold_date_text(text: str) -> str:
    """`text` for matching dates: ASCII digits, folded spellings, marks and tatweel removed.

    Every character maps to one character or none, so positions map back (`original_span`).
    """
    return text.translate(_TABLE)


def to_ascii_digits(text: str) -> str:
    """`text` with Arabic-Indic and Persian digits as ASCII digits."""
    return text.translate(str.maketrans(_DIGITS, "01234567890123456789"))


def original_span(text: str, start: int, end: int) -> str:
    """The characters of `text` behind `fold_date_text(text)[start:end]`, as shown: tashkeel
    and tatweel inside and right after the span kept, direction marks at its ends left out."""
    kept = [i for i, char in enumerate(text) if char.translate(_TABLE)]
    first = kept[start]
    last = kept[end] if end < len(kept) else len(text)
    return text[first:last].strip(_INVISIBLE + " ")
