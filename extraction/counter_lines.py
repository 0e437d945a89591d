"""Counters a page prints beside its text as paragraphs of their own: views and reads
("عدد المشاهدات: ٣٩٠١", "٣٩٠١ مشاهدة") and the reading time ("7 دقائق قراءة",
"مدة القراءة: 4 دقائق", "قراءة في دقيقتين"), and a platform's in English ("218K subscribers").
The whole line must be the counter."""

from __future__ import annotations

import re

_NUMBER = r"[\d٠-٩][\d٠-٩,.٬]*"
# "عدد المشاهدات: ٣٩٠١", "المشاهدات 120", "٣٩٠١ مشاهدة".
COUNTER_LINE = re.compile(r"^(?:(?:عدد\s+)?(?:ال)?(?:مشاهدات|قراءات|زيارات|قراءة|مشاهدة)"
                          r"\s*[:：]?\s*" + _NUMBER + r"|" + _NUMBER + r"\s*"
                          r"(?:مشاهدة|مشاهدات|قراءة|قراءات|زيارة))$")
_MINUTES = (r"(?:[\d٠-٩]{1,3}\s*(?:دقائق|دقيقة|د)|دقيقة(?: واحدة)?|دقيقتان|دقيقتين)")
READING_TIME = re.compile(
    r"^(?:(?:مدة|وقت|زمن) (?:ال)?قراءة\s*[:：]?\s*" + _MINUTES +
    r"|(?:ال)?قراءة في\s*" + _MINUTES +
    r"|" + _MINUTES + r"\s*(?:قراءة|للقراءة|لقراءة)"
    r"|[\d٠-٩]{1,3}\s*min(?:ute)?s? read)\.?$",
    re.IGNORECASE,
)

# Platform counters in English: "34.1K photos", "218K subscribers" (Telegram's channel card).
LATIN_COUNTER = re.compile(r"^[\d.,]+\s*[KMB]?\s+(?:subscribers|followers|members|views|photos|"
                           r"videos|files|links|likes|comments|shares)$", re.IGNORECASE)


# A counter ending a line of page metadata: "نشر في : <date> عدد القراءات : 2341".
COUNTER_TAIL = re.compile(r"\s*(?:عدد\s+)?(?:ال)?(?:مشاهدات|قراءات|زيارات)"
                          r"\s*[:：]?\s*" + _NUMBER + r"$")


def without_counter(line: str) -> str | None:
    """`line` without the view counter that ends it, else None."""
    if not line[-1:].isdigit():
        return None  # most lines: the search below would try every position
    match = COUNTER_TAIL.search(line)
    return line[:match.start()].rstrip(" |-–•·") if match else None


def is_counter_line(line: str) -> bool:
    """A paragraph that is only a view counter or a reading time."""
    stripped = line.strip()
    return bool(COUNTER_LINE.match(stripped) or READING_TIME.match(stripped)
                or LATIN_COUNTER.match(stripped))
