"""An article's versions as stored (article_versions, then the current row) and word diffs."""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from archive.warc import CaptureError, Record, read_capture

_TOKEN = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class Version:
    """One stored state of an article's text and where its capture is."""

    number: int
    fetched_at: str | None
    title: str
    summary: str | None
    body: str
    warc_file: str | None
    warc_offset: int | None
    warc_digest: str | None
    current: bool = False


_FIELDS = "title, summary, body, warc_file, warc_offset, warc_digest"


def versions(conn: sqlite3.Connection, article_id: int) -> list[Version]:
    """Every version of the article, oldest first; the last is the current row."""
    older = conn.execute(
        f"SELECT version, fetched_at, {_FIELDS} FROM article_versions WHERE article = ? "
        "ORDER BY version", [article_id]).fetchall()
    current = conn.execute(
        f"SELECT coalesce(version, 1), fetched_at, {_FIELDS} FROM articles WHERE id = ?",
        [article_id]).fetchone()
    found = [Version(*row) for row in older]
    if current is not None:
        found.append(Version(*current, current=True))
    return found


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(kind, text) runs from `old` to `new` word by word: kind is same, del or ins."""
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("del", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("ins", "".join(b[j1:j2])))
    return runs


def diff_paragraphs(old: Version, new: Version) -> dict[str, list[tuple[str, str]]]:
    """Word diffs of title, summary and body between two versions."""
    return {name: word_diff(getattr(old, name) or "", getattr(new, name) or "")
            for name in ("title", "summary", "body")}


def capture(warc_dir: str | Path, version: Version) -> Record:
    """The captured response of `version`, read from its WARC file under `warc_dir` only.

    CaptureError when the version has no capture, names a file outside the folder, or the
    record cannot be read or fails its digest.
    """
    if not version.warc_file or version.warc_offset is None:
        raise CaptureError("no capture stored for this version")
    root = Path(warc_dir).resolve()
    path = (root / version.warc_file).resolve()
    if not path.is_relative_to(root) or path == root:
        raise CaptureError(f"capture file {version.warc_file!r} is outside the WARC folder")
    return read_capture(root, str(path.relative_to(root)), version.warc_offset,
                        version.warc_digest)
