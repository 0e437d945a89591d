"""Browsing with Datasette: the read-only app on the archive and what its own pages show."""

from __future__ import annotations

import sqlite3
import weakref
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from datasette.app import Datasette
from datasette.database import Database

from archive import relations

CONFIG_DIR = Path(__file__).parent / "datasette"
# The archive is always served as /archive, whatever its file is called (archive.db, demo.db),
# so metadata, canned queries and links need no rewriting.
DATABASE_NAME = "archive"
RTL_LANGUAGES: tuple[str, ...] = ("ar", "fa", "ur", "he", "ps", "ku", "yi")
PLUGIN = "arabic-archive"
# The WARC folder of each Datasette serving an archive (captures are read from it only).
_WARC_DIRS: weakref.WeakKeyDictionary[Datasette, Path] = weakref.WeakKeyDictionary()


def build_datasette(path: str | Path, warc_dir: str | Path | None = None) -> Datasette:
    """Datasette on the archive at `path` with the project's configuration directory.

    The file is opened read-only (not immutable), so articles a running crawl commits show up.
    Captures are served from `warc_dir` (default: `warc/` beside the archive).
    """
    datasette = Datasette(config_dir=CONFIG_DIR)
    datasette.remove_database("_memory")
    datasette.add_database(Database(datasette, path=str(path), is_mutable=True),
                           name=DATABASE_NAME)
    _WARC_DIRS[datasette] = Path(warc_dir or Path(path).resolve().parent / "warc").resolve()
    return datasette


def plugin_config(datasette: Any) -> dict[str, Any] | None:
    """The archive plugin's settings; None on a Datasette that is not serving the archive."""
    return datasette.plugin_config(PLUGIN)


def warc_dir(datasette: Any) -> Path | None:
    """The WARC folder of a Datasette that build_datasette made."""
    return _WARC_DIRS.get(datasette)


def readable_url(url: str | None, *, path_only: bool = True) -> str:
    """A URL as a reader reads it: percent-escapes decoded, by default only its path."""
    if not url:
        return ""
    parts = urlsplit(url)
    shown = parts.path + (f"?{parts.query}" if parts.query else "") if path_only else url
    return unquote(shown or url)


def text_direction(language: str | None) -> str:
    """`dir` for text in `language`: rtl for right-to-left scripts, else let the text decide."""
    return "rtl" if language in RTL_LANGUAGES else "auto"


def article_page(conn: sqlite3.Connection, article_id: int) -> dict[str, Any] | None:
    """What the article page shows, as published: paragraphs, tags, links, images."""
    cursor = conn.execute("SELECT * FROM articles WHERE id = ?", [article_id])
    cursor.row_factory = sqlite3.Row
    row = cursor.fetchone()
    if row is None:
        return None
    lists = relations.read_one(conn, article_id)
    related = lists["related"]
    archived = _archived_ids(conn, [link["url"] for link in related])
    return {
        "id": row["id"], "title": row["title"], "summary": row["summary"],
        "published": row["published"], "modified": row["modified"],
        "section": row["section"], "section_name": row["section_name"] or row["section"],
        "author": row["author"], "source": row["source"], "url": row["url"],
        "language": row["language"], "dir": text_direction(row["language"]),
        "paragraphs": [p for p in (row["body"] or "").split("\n\n") if p.strip()],
        "tags": lists["tags"],
        "images": lists["images"],
        "related": [{**link, "archived_id": archived.get(link["url"]),
                     "shown_url": readable_url(link["url"], path_only=False)}
                    for link in related],
        "shown_url": readable_url(row["url"], path_only=False),
        "version": row["version"] or 1,
        "versions": [{"number": n, "fetched_at": at} for n, at in conn.execute(
            "SELECT version, fetched_at FROM article_versions WHERE article = ? "
            "ORDER BY version", [article_id])],
        "has_capture": bool(row["warc_file"]),
    }


def _archived_ids(conn: sqlite3.Connection, urls: list[str]) -> dict[str, int]:
    """Which of `urls` the archive holds, by article URL or canonical URL."""
    if not urls:
        return {}
    marks = ", ".join("?" for _ in urls)
    found: dict[str, int] = {}
    for article_id, url, canonical in conn.execute(
            f"SELECT id, url, canonical_url FROM articles WHERE url IN ({marks}) "
            f"OR canonical_url IN ({marks})", [*urls, *urls]):
        for key in (url, canonical):
            if key in urls:
                found.setdefault(key, article_id)
    return found


def per_day(conn: sqlite3.Connection, days: int = 365) -> list[tuple[str, int]]:
    """Articles per publication day (the page's own date), oldest first: every day of the last
    `days` up to the latest publication, days without articles as 0."""
    counts = dict(conn.execute(
        "SELECT substr(published, 1, 10) AS day, count(*) FROM articles "
        "WHERE published IS NOT NULL GROUP BY day").fetchall())
    dated = sorted(day for day in counts if _is_date(day))
    if not dated:
        return []
    last = date.fromisoformat(dated[-1])
    first = max(date.fromisoformat(dated[0]), last - timedelta(days=days - 1))
    span = (last - first).days + 1
    return [((first + timedelta(days=i)).isoformat(),
             counts.get((first + timedelta(days=i)).isoformat(), 0)) for i in range(span)]


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


RUN_SERIES: tuple[str, ...] = ("articles_new", "articles_updated", "articles_unchanged",
                               "skipped", "failed")


def runs_over_time(conn: sqlite3.Connection, runs: int = 100) -> list[dict[str, Any]]:
    """The latest crawl runs, oldest first, with their outcome counts."""
    rows = conn.execute(
        f"SELECT id, started, finish_reason, {', '.join(RUN_SERIES)} FROM crawl_runs "
        f"ORDER BY id DESC LIMIT ?", [runs]).fetchall()
    return [
        {"id": row[0], "started": row[1], "finish_reason": row[2],
         **{name: row[3 + i] or 0 for i, name in enumerate(RUN_SERIES)}}
        for row in reversed(rows)
    ]
