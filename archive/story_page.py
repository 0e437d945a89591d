"""What the story page shows: a story's copies side by side, each with what it added to
the original's text or cut from it (a word diff, words compared folded, shown as published)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from extraction.textnorm import key_text

EQUAL, ADDED, CUT = "equal", "added", "cut"


@dataclass(frozen=True)
class Diff:
    """A copy's text against the original's: segments (kind, words as published)."""

    segments: list[tuple[str, str]] = field(default_factory=list)
    added: int = 0
    cut: int = 0


def word_diff(original: str, copy: str) -> Diff:
    """The copy's words as equal / added runs, and the original's words it lacks as cut."""
    old, new = original.split(), copy.split()
    matcher = SequenceMatcher(None, [key_text(w) for w in old], [key_text(w) for w in new],
                              autojunk=False)
    segments: list[tuple[str, str]] = []
    added = cut = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            segments.append((EQUAL, " ".join(new[j1:j2])))
            continue
        if i2 > i1:
            segments.append((CUT, " ".join(old[i1:i2])))
            cut += i2 - i1
        if j2 > j1:
            segments.append((ADDED, " ".join(new[j1:j2])))
            added += j2 - j1
    return Diff(segments, added, cut)


def story_page(conn: sqlite3.Connection, story: int) -> dict[str, Any] | None:
    """The story's original and copies (original first, then by publication), each copy
    with its diff against the original; None when no such story."""
    cursor = conn.execute("SELECT id, site, url, title, published, source, body FROM articles "
                          "WHERE story_id = ? ORDER BY published, id", [story])
    cursor.row_factory = sqlite3.Row
    rows = [dict(r) for r in cursor.fetchall()]
    if not rows:
        return None
    found = conn.execute("SELECT article FROM story_originals WHERE story = ?",
                         [story]).fetchone()
    original_id = found[0] if found else rows[0]["id"]
    original = next((r for r in rows if r["id"] == original_id), rows[0])
    copies = []
    for row in [original] + [r for r in rows if r is not original]:
        diff = None if row is original else word_diff(original["body"] or "", row["body"] or "")
        copies.append({**row, "is_original": row is original, "diff": diff,
                       "words": len((row["body"] or "").split())})
    return {"story": story, "copies": copies, "original": original,
            "sites": sorted({r["site"] for r in rows})}
