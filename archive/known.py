"""Read-only lookups the crawler makes before it schedules an article: is it known already?

One indexed query per URL against the archive itself (no second store to drift, nothing
loaded into memory), on a connection of its own that never writes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote


@dataclass(frozen=True)
class KnownArticle:
    """What a revisit needs to know about a stored article."""

    published: str | None
    first_seen: str
    etag: str | None
    last_modified: str | None
    url: str = ""
    fetched_at: str | None = None
    warc_digest: str | None = None


class ArchiveIndex:
    """Answers "is this article stored?" and "may this URL be tried again?" from the archive."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection | None:
        if self._conn is None and self.path.exists():
            uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, timeout=30, check_same_thread=False)
        return self._conn

    def _one(self, sql: str, params: list[object]) -> tuple | None:
        conn = self._connection()
        if conn is None:
            return None
        try:
            return conn.execute(sql, params).fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):  # an archive the writer has not set up yet
                return None
            raise

    def article(self, site: str, article_id: str | None, url: str) -> KnownArticle | None:
        """The stored article with this id, or that this URL (or a former URL) led to."""
        columns = ("published, first_seen, http_etag, http_last_modified, a.url, fetched_at, "
                   "warc_digest")
        row = None
        if article_id is not None:
            row = self._one(f"SELECT {columns} FROM articles a WHERE site = ? AND article_id = ?",
                            [site, article_id])
        if row is None:
            row = self._one(f"SELECT {columns} FROM articles a JOIN article_urls u "
                            "ON u.article = a.id WHERE u.url = ?", [url])
        return KnownArticle(*row) if row else None

    def waiting_outcome(self, url: str, now: str) -> str | None:
        """The outcome of an earlier fetch of `url` if it should not be tried again yet."""
        row = self._one("SELECT outcome FROM url_outcomes WHERE url = ? AND "
                        "(retry_after IS NULL OR retry_after > ?)", [url, now])
        return row[0] if row else None

    def last_complete_run(self, spider: str, site: str | None = None) -> str | None:
        """Start time of the spider's last run that finished its crawl and was healthy.

        Sub-sitemaps last modified before it hold nothing that run did not see. `site` narrows
        it to runs of that site (the `news` spider crawls a different site each time).
        """
        sql = ("SELECT max(started) FROM crawl_runs WHERE spider = ? AND "
               "finish_reason = 'finished' AND status = 'ok'")
        params: list[object] = [spider]
        if site is not None:
            sql += " AND site = ?"
            params.append(site)
        row = self._one(sql, params)
        return row[0] if row else None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
