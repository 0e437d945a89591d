"""A culture page's fact card read as paragraphs: the book's or the film's data, one field a
line ("الكتاب: ..." / "المؤلفة: ..." / "الناشر: ..." / "عدد الصفحات: 126"), printed under
or beside a review. It is the record of the work reviewed, not the review's text."""

from __future__ import annotations

import re

from extraction.spelling import fold, fold_all

CARD_FIELDS: tuple[str, ...] = (
    # a book's
    "الكتاب", "اسم الكتاب", "عنوان الكتاب", "المؤلف", "المؤلفة", "تأليف", "الكاتب", "الكاتبة",
    "الشاعر", "الشاعرة", "الناشر", "دار النشر", "سنة النشر", "تاريخ النشر", "الطبعة",
    "عدد الصفحات", "الصفحات", "المترجم", "المترجمة", "ترجمة", "القطع", "الحجم", "السعر",
    # a film's or a play's
    "الفيلم", "اسم الفيلم", "المسرحية", "إخراج", "الإخراج", "المخرج", "سيناريو", "بطولة",
    "تمثيل", "إنتاج", "الإنتاج", "مدة العرض", "المدة", "سنة الإنتاج",
)
# The card's heading, over its fields.
CARD_LABELS: tuple[str, ...] = ("بطاقة الكتاب", "بطاقة الفيلم", "بطاقة العمل", "معلومات الكتاب",
                                "بيانات الكتاب", "بطاقة المسرحية")
_FIELDS = fold_all(CARD_FIELDS)
_LABELS = fold_all(CARD_LABELS)
_FIELD_LINE = re.compile(r"^(?P<label>[^:：]{2,20}?)\s*[:：]\s*\S")
_CARD_MIN_LINES = 3
_FIELD_MAX_WORDS = 15


def _is_field(line: str) -> bool:
    match = _FIELD_LINE.match(line)
    return (match is not None and len(line.split()) <= _FIELD_MAX_WORDS
            and fold(match.group("label")).strip() in _FIELDS)


def without_cards(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without runs of at least _CARD_MIN_LINES consecutive fact-card fields,
    and the card's heading over them."""
    fields = [_is_field(p) for p in paragraphs]
    keep = [True] * len(paragraphs)
    start = 0
    while start < len(paragraphs):
        end = start
        while end < len(paragraphs) and fields[end]:
            end += 1
        if end - start >= _CARD_MIN_LINES:
            heading = start > 0 and fold(paragraphs[start - 1]).strip(" :：") in _LABELS
            keep[start - heading:end] = [False] * (end - start + heading)
        start = end + 1 if end == start else end
    return [p for p, k in zip(paragraphs, keep, strict=True) if k]
