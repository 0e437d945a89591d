"""A site's footer read as paragraphs: copyright, contact details, the story's own address.

Print versions, old portals and e-mail archives put these lines right under the text, inside
the same table cell or block, so no structural rule tells them from it; each is a short line
that no article sentence is.
"""

from __future__ import annotations

import re

from extraction.spelling import fold

# "جميع الحقوق محفوظة © <site> 2024", "© 2024 <site>", "حقوق النشر محفوظة".
COPYRIGHT_WORDS: tuple[str, ...] = ("جميع الحقوق محفوظة", "الحقوق محفوظة", "حقوق النشر محفوظة",
                                    "حقوق الطبع محفوظة", "كل الحقوق محفوظة", "all rights reserved",
                                    "copyright")
_COPYRIGHT_MAX_WORDS = 16
# Contact labels; a line with two of them ("هاتف: ... | فاكس: ... | البريد الإلكتروني: ...")
# is the publisher's contact line.
CONTACT_LABELS: tuple[str, ...] = ("هاتف", "الهاتف", "تلفون", "تليفون", "فاكس", "الفاكس",
                                   "البريد الإلكتروني", "بريد إلكتروني", "ص.ب", "صندوق بريد",
                                   "جوال", "موبايل", "tel", "fax", "email", "e-mail")
_CONTACT_MAX_WORDS = 30
# "للتواصل وإرسال الوثائق: <link>", "لمراسلتنا: ...": the publisher's invitation to write in,
# a short label and a colon before a short address or link label.
CONTACT_OPENERS: tuple[str, ...] = ("للتواصل", "للاتصال", "للمراسلة", "لمراسلتنا", "لمراسلة",
                                    "للاستفسار", "للاستفسارات",
                                    "راسلونا", "تواصلوا معنا", "تواصل معنا", "اتصلوا بنا",
                                    "اتصل بنا")
_CONTACT_PART_MAX_WORDS = 6
# "رابط الخبر: https://...": the story's own address printed under it (print versions).
LINK_LABELS: tuple[str, ...] = ("رابط الخبر", "رابط المقال", "رابط الموضوع", "رابط المادة",
                                "الرابط المختصر", "رابط مختصر", "الرابط الدائم", "رابط دائم",
                                "عنوان الخبر على الموقع")
# A paragraph that is only an address: a photo's file path, a link printed as text.
URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)

_COPYRIGHT_KEYS = tuple(fold(w).lower() for w in COPYRIGHT_WORDS)
_CONTACT_KEYS = tuple(fold(w).lower() for w in CONTACT_LABELS)
_LINK_KEYS = tuple(fold(w) for w in LINK_LABELS)
_CONTACT_OPENER_KEYS = tuple(fold(w) for w in CONTACT_OPENERS)
# A contact label used as one ("هاتف: 5338124"), not a word of a sentence; longest first, so
# "الهاتف:" is one label, not two.
_CONTACT = re.compile("(?:" + "|".join(re.escape(k) for k in sorted(_CONTACT_KEYS, key=len,
                                                                     reverse=True))
                      + r")\s*[:：]")


# The link to the story before or after ("الخبر السابق: <title>"), and an attachment's line,
# its file's type and size closing it ("- تقرير المياه (PDF، 1.8 ميغابايت)").
NEXT_STORY_LABELS: tuple[str, ...] = ("الخبر السابق", "الخبر التالي", "المقال السابق",
                                      "المقال التالي", "الموضوع السابق", "الموضوع التالي")
_NEXT_STORY = re.compile("^(?:" + "|".join(NEXT_STORY_LABELS) + r")\s*[:：]")
_ATTACHMENT = re.compile(r"\((?:PDF|DOCX?|XLSX?|PPTX?|ZIP)\s*[،,]?\s*[\d.,٫]+\s*"
                         r"(?:ميغابايت|ميجابايت|كيلوبايت|[KMG]B|ك\.?ب|م\.?ب)\)\s*$", re.IGNORECASE)


def is_footer_line(line: str, key: str | None = None) -> bool:
    """A copyright line, a contact line, the story's link line, a bare address, the link to
    the story before or after, an attachment's line (`key`: the line's fold(), if the caller
    has it)."""
    if URL_LINE.match(line) or _NEXT_STORY.match(line) or _ATTACHMENT.search(line):
        return True
    key = (fold(line) if key is None else key).strip()
    lowered = key.lower()
    words = len(key.split())
    if words <= _COPYRIGHT_MAX_WORDS and ("©" in key or any(w in lowered
                                                             for w in _COPYRIGHT_KEYS)):
        return True
    # Two labels, each before its colon: two colons at least (most lines have none).
    if (words <= _CONTACT_MAX_WORDS and lowered.count(":") + lowered.count("：") >= 2
            and len(_CONTACT.findall(lowered)) >= 2):
        return True
    if _contact_invitation(key):
        return True
    return key.startswith(_LINK_KEYS) and any(
        key.startswith(label) and _link_rest(key[len(label):]) for label in _LINK_KEYS)


def _contact_invitation(key: str) -> bool:
    """"للتواصل ...: <address>": a contact opener as a whole word, then a colon between two
    parts of at most six words each; not "للتواصل مع الأسر أنشأت الوزارة خطا ساخنا: ..."."""
    if not key.startswith(_CONTACT_OPENER_KEYS):
        return False
    opener = max((k for k in _CONTACT_OPENER_KEYS if key.startswith(k)), key=len)
    label, colon, rest = key.partition(":")
    return (bool(colon) and key[len(opener):len(opener) + 1] in ("", " ", ":")
            and len(label.split()) <= _CONTACT_PART_MAX_WORDS
            and 1 <= len(rest.split()) <= _CONTACT_PART_MAX_WORDS)


def _link_rest(rest: str) -> bool:
    """After a link label: nothing but a colon, or a colon and an address."""
    rest = rest.strip()
    if not rest.startswith((":", "：")):
        return not rest
    rest = rest[1:].strip()
    return not rest or bool(URL_LINE.match(rest))
