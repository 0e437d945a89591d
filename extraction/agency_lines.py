"""Lines news agencies and their subscribers put around a story, standing as paragraphs.

- A place and where the story came from, alone on a line above the text: "عدن - خاص",
  "سيئون - سبأ", "الرياض (واس)", and the reporter's name after them ("سيئون - خاص - سالم
  عمر باحميش"). (When the place opens the lead's own sentence, "رام الله
  3-8-2024 وفا- أعلن ...", it is part of the text and stays.)
- An agency's name alone on a line (its byline): "أ ش أ", "(واس)", "(و.م.ع)"; a desk's
  credit for a story compiled from others' reports: "متابعات: الخرطوم اليوم"; a copied
  story's credit: "نقلاً عن موقع الرافد نيوز:".
- The editor's initials that close an agency story: "ي.ع", "م.ر", "ع.ف/ م.ح", and the
  agency's closing tag with them: "/العُمانية/ ع خ".
"""

from __future__ import annotations

import re

from extraction.spelling import without_harakat

# Who a story came from, after the place: the outlet itself ("خاص": its own reporter) or an
# agency, by the names and abbreviations Arabic outlets print.
SOURCES: tuple[str, ...] = (
    "خاص", "متابعات", "وكالات", "سبأ", "واس", "وفا", "سانا", "قنا", "بترا", "وام", "كونا",
    "بنا", "العمانية", "الأناضول", "رويترز", "فرانس برس", "أ ف ب", "أ.ف.ب", "د ب أ", "د.ب.أ",
    "شينخوا", "يونا", "ومع", "و.م.ع", "و م ع", "واج", "تاب", "أ ش أ", "أ.ش.أ", "سبوتنيك",
    "سونا", "واع",
)
_SOURCE = "|".join(sorted({re.escape(s) for s in SOURCES}, key=len, reverse=True))
# One to three words of place, then a dash or brackets around the source; nothing after.
PLACE_SOURCE_LINE = re.compile(
    rf"^\w+(?:\s+\w+){{0,2}}\s*"
    rf"(?:[-–—/]\s*(?:{_SOURCE})|[(（]\s*(?:{_SOURCE})\s*[)）])\s*[.:]?$")
# "سيئون - خاص - سالم عمر باحميش": the place, the source and the reporter's name.
PLACE_SOURCE_WRITER = re.compile(
    rf"^\w+(?:\s+\w+){{0,2}}\s*[-–—/]\s*(?:{_SOURCE})\s*[-–—/:]\s*"
    rf"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){{1,3}})$")
SOURCE_LINE = re.compile(rf"^[(（]?\s*(?:{_SOURCE})\s*[)）]?$")
# "متابعات: الخرطوم اليوم": a story compiled from others' reports, credited to the desk.
COMPILED_LINE = re.compile(r"^(?:متابعات|متابعة)\s*[:：\-–—]\s*[^\W\d_][^.،,:\d]{0,40}$")
# "نقلاً عن موقع الرافد نيوز:": a story copied from another outlet, credited on a line of its own.
COPIED_LINE = re.compile(r"^نقلا\s+عن\s+[^\W\d_][^.،,:\d]{0,40}[:：]$")
_LETTERS = r"[\u0621-\u064A]{1,2}"
CLOSING_TAG_LINE = re.compile(rf"^/\s*(?:{_SOURCE})\s*/(?:\s*{_LETTERS}(?:\s+{_LETTERS}){{0,3}})?$")
# Initials: one or two letters, dotted, two to four times; several sets split by "/".
_SET = r"[\u0621-\u064A]{1,2}(?:\s?\.\s?[\u0621-\u064A]{1,2}){1,3}\.?"
INITIALS_LINE = re.compile(rf"^{_SET}(?:\s*/\s*{_SET})*$")


def is_place_source_line(line: str) -> bool:
    """"عدن - خاص", "سيئون - سبأ": a place and the story's source (and its reporter), the
    source alone ("أ ش أ"), a desk's credit ("متابعات: الخرطوم اليوم") or a copied story's
    ("نقلاً عن موقع الرافد نيوز:"), on a line of its own."""
    line = without_harakat(line.strip())  # "عمّان - بترا": \w takes no shadda
    return len(line) <= 60 and bool(PLACE_SOURCE_LINE.match(line) or SOURCE_LINE.match(line)
                                    or COMPILED_LINE.match(line) or COPIED_LINE.match(line)
                                    or PLACE_SOURCE_WRITER.match(line))


def place_source_writer(line: str) -> str | None:
    """The reporter a "<place> - <source> - <name>" line names ("سيئون - خاص - سالم عمر
    باحميش" -> "سالم عمر باحميش"), else None."""
    text = line.strip()
    match = PLACE_SOURCE_WRITER.match(text) if len(text) <= 60 else None
    return match.group("name") if match and match.group("name") in text else None


def is_initials_line(line: str) -> bool:
    """"ي.ع", "م.ر/ ع.ف", "/العُمانية/ ع خ": an agency editor's initials (after the agency's
    closing tag), alone on a line."""
    line = without_harakat(line.strip())
    return len(line) <= 40 and bool(INITIALS_LINE.match(line) or CLOSING_TAG_LINE.match(line))
