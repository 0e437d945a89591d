"""Arabic news boilerplate as data: lines that are never article text, and what they carry.

Each list is matched against whole paragraphs (after whitespace folding), never against
substrings of running text, so a real paragraph that merely mentions a phrase stays.
"""

from __future__ import annotations

import re

# "المصدر: RT" / "المصدر : وكالات": a paragraph that is only a source attribution.
SOURCE_LINE = re.compile(r"^(?:ال)?مصدر\s*[:：]\s*(?P<source>[^\n]{1,60})$")

# A paragraph that only labels a read-more / related block (the link text follows it).
LABEL_LINES: tuple[str, ...] = (
    "إقرأ المزيد", "اقرأ المزيد", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ أيضا", "اقرأ أيضاً",
    "مقالات مشابهة", "مقالات ذات صلة", "مواضيع ذات صلة", "أخبار ذات صلة", "ذات صلة",
    "الأكثر قراءة", "الأكثر مشاهدة", "شارك", "شارك عبر", "مشاركة",
)
# A paragraph starting with one of these (then ":" or a space) is a block opener or a
# one-line block: the read-more line, the tag line, the follow line.
PREFIX_LINES: tuple[str, ...] = (
    "إقرأ المزيد", "اقرأ المزيد", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ أيضا", "اقرأ أيضاً",
    "كلمات دلالية", "الكلمات الدالة", "الكلمات الدلالية", "وسوم", "الوسوم",
    "تابعوا RT", "تابعونا على", "تابعوا آخر", "شارك عبر",
)
# Captions and credits that come out as paragraphs of their own.
CAPTION_LINES: tuple[str, ...] = ("صورة أرشيفية", "صورة تعبيرية", "صورة من الأرشيف")
# Lines that open the trailing non-article part of a page: everything from them on goes.
TAIL_OPENERS: tuple[str, ...] = (
    "كلمات دلالية", "الكلمات الدالة", "الكلمات الدلالية", "وسوم", "مقالات مشابهة",
    "مقالات ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "إقرأ أيضاً", "إقرأ أيضا",
    "اقرأ أيضاً", "اقرأ أيضا", "أضف تعليق", "التعليقات",
)
# A dateline repeating the metadata: "24.01.2024 | 21:15 GMT+3".
DATELINE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*\|?\s*\d{1,2}:\d{2}(?:\s*GMT(?:[+-]\d{1,2})?)?$")


def _strip_label(line: str) -> str:
    return line.rstrip(" :：.…").strip()


def source_of(line: str) -> str | None:
    """The source named by a source line ("المصدر: RT" -> "RT"), else None."""
    match = SOURCE_LINE.match(line)
    return match.group("source").strip() if match else None


def is_boilerplate_line(line: str) -> bool:
    """True when a whole paragraph is a label, read-more/tag/follow line, caption or dateline."""
    bare = _strip_label(line)
    if bare in LABEL_LINES or bare in CAPTION_LINES or DATELINE.match(line):
        return True
    return any(_opens(line, prefix) for prefix in PREFIX_LINES)


def is_tail_opener(line: str) -> bool:
    """True for a paragraph after which nothing on the page is article text."""
    return any(_strip_label(line) == opener or line.startswith(opener + ":") or
               line.startswith(opener + " :") for opener in TAIL_OPENERS)


def _opens(line: str, prefix: str) -> bool:
    if not line.startswith(prefix):
        return False
    rest = line[len(prefix):]
    return rest == "" or rest[0] in ":： " and len(rest.split()) <= 25
