"""Bylines written as text: "كتب - محمد عبد العزيز", "بقلم: سامر حداد", and the name in them."""

from __future__ import annotations

import re

# Words a byline opens with before the writer's name: "كتبت أسماء نصار", "بقلم: سامر حداد".
BYLINE_PREFIXES: tuple[str, ...] = ("كتب", "كتبت", "كتبه", "بقلم", "إعداد", "اعداد", "بواسطة",
                                    "تقرير", "حوار")
_DIGIT = re.compile(r"\d")
_BYLINE_SEPARATORS = " :：-–—/"
# A byline paragraph: "كتب - محمد عبد العزيز", "بقلم: سامر حداد", "كتبت أسماء نصار".
_BYLINE_NAME_MAX_WORDS = 5
_SHORT_BYLINE_MAX_WORDS = 4
_WRITING_VERBS: tuple[str, ...] = ("كتب", "كتبت", "بقلم")


def author_of_byline(text: str) -> str | None:
    """The writer's name in a byline, without its opening word and colon or dash; None when
    empty."""
    text = text.strip()
    for prefix in sorted(BYLINE_PREFIXES, key=len, reverse=True):
        if text.startswith(prefix) and (len(text) == len(prefix)
                                        or text[len(prefix)] in _BYLINE_SEPARATORS):
            text = text[len(prefix):].lstrip(_BYLINE_SEPARATORS)
            break
    return text or None


def is_byline_line(line: str) -> bool:
    """A paragraph that is only a byline: an opening word, a colon or dash, a short name; or
    "كتب"/"بقلم" and a name of at most three words. Not "كتب الوزير على حسابه ..."."""
    text = line.strip()
    if not text.startswith(BYLINE_PREFIXES):
        return False
    words = text.split()
    if not words or _DIGIT.search(text):
        return False
    for prefix in BYLINE_PREFIXES:
        rest = text[len(prefix):] if text.startswith(prefix) else None
        if not rest or rest[0] not in _BYLINE_SEPARATORS:
            continue
        name = rest.lstrip(_BYLINE_SEPARATORS).split()
        marked = rest.lstrip(" ")[:1] in (":", "：", "-", "–", "—", "/")
        if marked and 1 <= len(name) <= _BYLINE_NAME_MAX_WORDS:
            return True
        if prefix in _WRITING_VERBS and 2 <= len(words) <= _SHORT_BYLINE_MAX_WORDS:
            return True
    return False


# The editor's sign-off under a newsletter's or column's text: "ريم الحاج، محررة النشرة".
SIGNOFF_ROLES: tuple[str, ...] = (
    "محرر النشرة", "محررة النشرة", "رئيس التحرير", "رئيسة التحرير", "مدير التحرير",
    "مديرة التحرير", "محرر الموقع", "محررة الموقع", "فريق التحرير", "هيئة التحرير",
    "محرر العدد", "محررة العدد")
_SIGNOFF = re.compile(r"^(?P<name>[^\W\d_][^،,:\d]{1,40}?)\s*[،,\-–—]\s*(?P<role>[^\d]{4,30})$")
_SIGNOFF_NAME_WORDS = range(2, 5)


def signoff_author(line: str) -> str | None:
    """The name in a sign-off line "<name>، <role>" (SIGNOFF_ROLES), else None."""
    match = _SIGNOFF.match(line.strip().rstrip("."))
    if not match or match.group("role").strip() not in SIGNOFF_ROLES:
        return None
    name = match.group("name").strip()
    return name if len(name.split()) in _SIGNOFF_NAME_WORDS else None
