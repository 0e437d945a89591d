"""Where the archive's bytes go: each table with its indexes (SQLite's dbstat), per article
and per byte of article text (`python -m archive stats`, bench/archive_size.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class TableSize:
    """One table with its indexes (an FTS5 table with its shadow tables)."""

    name: str
    bytes: int
    indexes: int  # of `bytes`, what its indexes take


@dataclass(frozen=True)
class ArchiveSize:
    """The file's bytes by table, and what they are per article and per text byte."""

    file_bytes: int
    articles: int
    text_bytes: int  # UTF-8 bytes of the stored articles' titles, leads and bodies
    tables: list[TableSize]
    exact: bool  # False: no dbstat in this SQLite, only the file size is known
    free_bytes: int = 0  # pages no table uses (reused by later writes; VACUUM returns them)

    @property
    def per_article(self) -> float:
        return self.file_bytes / max(1, self.articles)

    @property
    def per_text_byte(self) -> float:
        return self.file_bytes / max(1, self.text_bytes)


def _owners(conn: sqlite3.Connection) -> dict[str, tuple[str, bool]]:
    """Each schema object's table (shadow tables go to their FTS table) and if it is an index."""
    rows = conn.execute("SELECT name, tbl_name, type, sql FROM sqlite_schema").fetchall()
    virtual = [name for name, _t, kind, sql in rows
               if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")]
    owners: dict[str, tuple[str, bool]] = {}
    for name, table, kind, _sql in rows:
        owner = next((v for v in virtual if table.startswith(v + "_")), table)
        owners[name] = (owner, kind == "index")
    return owners


def table_sizes(conn: sqlite3.Connection) -> list[TableSize] | None:
    """Tables by bytes, largest first; None when this SQLite has no dbstat."""
    try:
        used = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.OperationalError:
        return None
    owners = _owners(conn)
    totals: dict[str, list[int]] = {}
    for name, size in used:
        owner, is_index = owners.get(name, (name, False))
        entry = totals.setdefault(owner, [0, 0])
        entry[0] += size
        entry[1] += size if is_index else 0
    return sorted((TableSize(name, b, i) for name, (b, i) in totals.items()),
                  key=lambda t: (-t.bytes, t.name))


def archive_size(conn: sqlite3.Connection) -> ArchiveSize:
    """The archive's size (freelist pages included in the file, not in any table)."""
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    articles, text = conn.execute(
        "SELECT count(*), coalesce(sum(length(CAST(coalesce(title, '') || coalesce(summary, '')"
        " || coalesce(body, '') AS BLOB))), 0) FROM articles").fetchone()
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    tables = table_sizes(conn)
    return ArchiveSize(file_bytes=page_size * pages, articles=articles, text_bytes=text,
                       tables=tables or [], exact=tables is not None,
                       free_bytes=page_size * free)


def report_lines(size: ArchiveSize) -> list[str]:
    """The size as lines of text: the total, then a Markdown table by table."""
    lines = [f"size: {size.file_bytes:,} bytes for {size.articles:,} articles = "
             f"{size.per_article:,.0f} bytes per article; article text {size.text_bytes:,} "
             f"bytes ({size.text_bytes / max(1, size.articles):,.0f} per article): "
             f"{size.per_text_byte:.2f}x the text"]
    if size.free_bytes:
        used = size.file_bytes - size.free_bytes
        lines.append(f"  of which free pages: {size.free_bytes:,} bytes (VACUUM returns them); "
                     f"in use {used / max(1, size.articles):,.0f} bytes per article = "
                     f"{used / max(1, size.text_bytes):.2f}x the text")
    if not size.exact:
        return [*lines, "  (this SQLite has no dbstat: sizes by table unknown)"]
    lines += ["| table | bytes | of which indexes | bytes per article | share |",
              "|---|---:|---:|---:|---:|"]
    for table in size.tables:
        lines.append(f"| {table.name} | {table.bytes:,} | {table.indexes:,} | "
                     f"{table.bytes / max(1, size.articles):,.0f} | "
                     f"{100 * table.bytes / max(1, size.file_bytes):.1f}% |")
    return lines
