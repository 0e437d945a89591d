"""Read-only lookups the crawler makes before it schedules an article: is it known already?

One indexed query per URL against the archive itself (no second store to drift, nothing
loaded into memory), on a connection of its own that never writes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

# A run that read everything it found: finished (not crashed, timed out or stopped at
# max_articles), healthy, and not limited to entries `since` a date.
FULL_HEALTHY_RUN = ("r.finish_reason = 'finished' AND r.status = 'ok' AND "
                    "json_extract(r.settings, '$.since') IS NULL")


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

    def _query(self, sql: str, params: list[object]) -> sqlite3.Cursor | None:
        conn = self._connection()
        if conn is None:
            return None
        try:
            return conn.execute(sql, params)
        except sqlite3.OperationalError as error:
            # An archive the writer has not set up (or migrated) yet.
            if "no such table" in str(error) or "no such column" in str(error):
                return None
            raise
        except sqlite3.DatabaseError:
            # Not a database at all: nothing is known; the archive's writer says so, in one
            # line, and stops the run.
            return None

    def _one(self, sql: str, params: list[object]) -> tuple | None:
        cursor = self._query(sql, params)
        return cursor.fetchone() if cursor is not None else None

    def _all(self, sql: str, params: list[object]) -> list[tuple]:
        cursor = self._query(sql, params)
        return cursor.fetchall() if cursor is not None else []

    def article(self, site: str, article_id: str | None, url: str) -> KnownArticle | None:
        """The stored article with this id, or that this URL (or a former URL) led to."""
        columns = ("published, first_seen, http_etag, http_last_modified, a.url, fetched_at, "
                   "warc_digest")
        row = None
        if article_id is not None:
            row = self._one(f"SELECT {columns} FROM articles a WHERE site = ? AND article_id = ?",
                            [site, article_id])
        if row is None:
            row = self._one(f"SELECT {columns} FROM articles a WHERE a.url = ?", [url])
        if row is None:  # a URL the article moved from
            row = self._one(f"SELECT {columns} FROM articles a JOIN article_urls u "
                            "ON u.article = a.id WHERE u.url = ?", [url])
        return KnownArticle(*row) if row else None

    def waiting_outcome(self, url: str, now: str) -> str | None:
        """The outcome of an earlier fetch of `url` if it should not be tried again yet."""
        row = self._one("SELECT outcome FROM url_outcomes WHERE url = ? AND "
                        "(retry_after IS NULL OR retry_after > ?)", [url, now])
        return row[0] if row else None

    def page_validators(self, url: str) -> tuple[str | None, str | None] | None:
        """(ETag, Last-Modified) of a discovery page as a full, healthy run read it, or None.

        Only such a run's validators may make a request conditional: a 304 then means every
        entry of the page was already stored, skipped or put on hold (URLs on hold come back
        through due_retries). A run that crashed, stopped early or read only entries `since`
        a date recorded validators nobody uses.
        """
        row = self._one("SELECT d.etag, d.last_modified FROM discovery_pages d JOIN crawl_runs r "
                        f"ON r.id = d.run_id WHERE d.url = ? AND {FULL_HEALTHY_RUN}", [url])
        return (row[0], row[1]) if row and (row[0] or row[1]) else None

    def sitemap_lastmod(self, url: str) -> str | None:
        """The index's <lastmod> of a sub-sitemap as a full, healthy run last read it."""
        row = self._one("SELECT d.lastmod FROM discovery_pages d JOIN crawl_runs r "
                        f"ON r.id = d.run_id WHERE d.url = ? AND {FULL_HEALTHY_RUN}", [url])
        return row[0] if row else None

    def recent_articles(self, site: str, since: str) -> list[str]:
        """URLs of the site's articles published (or, undated, first seen) since the ISO time
        `since`, not removed: those a run revisits whatever discovery finds."""
        return [row[0] for row in self._all(
            "SELECT url FROM articles WHERE site = ? AND removed_at IS NULL AND "
            "(published >= ? OR (published IS NULL AND first_seen >= ?))", [site, since, since])]

    def due_retries(self, site: str, now: str) -> list[str]:
        """URLs of the site that gave no article and whose retry time has come."""
        return [row[0] for row in self._all(
            "SELECT url FROM url_outcomes WHERE site = ? AND retry_after IS NOT NULL AND "
            "retry_after <= ? ORDER BY retry_after", [site, now])]

    def last_complete_run(self, spider: str, site: str | None = None) -> str | None:
        """Start time of the spider's last full run that finished its crawl and was healthy.

        Sub-sitemaps last modified before it hold nothing that run did not see. `site` narrows
        it to runs of that site (the `news` spider crawls a different site each time).
        """
        sql = f"SELECT max(started) FROM crawl_runs r WHERE spider = ? AND {FULL_HEALTHY_RUN}"
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
