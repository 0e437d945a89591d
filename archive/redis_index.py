"""What the archive knows, mirrored in Redis for workers that have no archive file.

The ingest (the only writer) publishes stored articles, their URLs and the URLs waiting to be
retried after every batch, and all of them when it starts; workers read them instead of SQLite.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import sqlite_utils

from archive import redis_keys as keys
from archive.known import KnownArticle

CHUNK = 1000  # rows per Redis round trip when the whole archive is published


class RedisIndex:
    """ArchiveIndex's questions answered from Redis (see archive/known.py)."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def article(self, site: str, article_id: str | None, url: str) -> KnownArticle | None:
        raw = self.client.hget(keys.known(site), article_id) if article_id else None
        if raw is None:
            ref = self.client.hget(keys.KNOWN_URLS, url)
            if ref is not None:
                ref_site, ref_id = json.loads(ref)
                raw = self.client.hget(keys.known(ref_site), ref_id)
        return KnownArticle(*json.loads(raw)) if raw is not None else None

    def waiting_outcome(self, url: str, now: str) -> str | None:
        raw = self.client.hget(keys.WAITING, url)
        if raw is None:
            return None
        outcome, retry = json.loads(raw)
        return outcome if retry is None or retry > now else None

    def last_complete_run(self, spider: str, site: str | None = None) -> str | None:
        """The ingest records one per spider: `site` does not narrow it here."""
        value = self.client.get(keys.last_complete(spider))
        return value.decode() if isinstance(value, bytes) else value

    def close(self) -> None:
        """Nothing to close: the client belongs to the caller."""


_ARTICLES = ("SELECT site, article_id, published, first_seen, http_etag, http_last_modified "
             "FROM articles")
# Every URL that finds an article: its own (articles.url) and those it moved from.
_URLS = ("SELECT url, site, article_id FROM (SELECT url, site, article_id FROM articles "
         "UNION ALL SELECT u.url, a.site, a.article_id FROM article_urls u "
         "JOIN articles a ON a.id = u.article)")
_OUTCOMES = "SELECT url, outcome, retry_after FROM url_outcomes"


def publish(pipe: Any, db: sqlite_utils.Database, article_keys: Iterable[tuple[str, str]],
            urls: Iterable[str]) -> None:
    """Queue on `pipe` what the archive now says about these articles and URLs."""
    for site, article_id in set(article_keys):
        for row in db.execute(f"{_ARTICLES} WHERE site = ? AND article_id = ?",
                              [site, article_id]):
            _article(pipe, row)
    for url in set(urls):
        for row in db.execute(f"{_URLS} WHERE url = ?", [url]):
            _url(pipe, row)
        found = db.execute(f"{_OUTCOMES} WHERE url = ?", [url]).fetchone()
        if found is None:
            pipe.hdel(keys.WAITING, url)
        else:
            _outcome(pipe, found)


def publish_all(client: Any, db: sqlite_utils.Database) -> int:
    """Publish the whole archive (the ingest does it on start); returns the articles sent."""
    count = 0
    for rows, send in ((_ARTICLES, _article), (_URLS, _url), (_OUTCOMES, _outcome)):
        for chunk in _chunks(db.execute(rows)):
            pipe = client.pipeline(transaction=False)
            for row in chunk:
                send(pipe, row)
            pipe.execute()
            count += len(chunk) if send is _article else 0
    return count


def _article(pipe: Any, row: tuple) -> None:
    site, article_id, *known = row
    pipe.hset(keys.known(site), article_id, json.dumps(known, ensure_ascii=False))


def _url(pipe: Any, row: tuple) -> None:
    url, site, article_id = row
    pipe.hset(keys.KNOWN_URLS, url, json.dumps([site, article_id], ensure_ascii=False))


def _outcome(pipe: Any, row: tuple) -> None:
    url, outcome, retry = row
    pipe.hset(keys.WAITING, url, json.dumps([outcome, retry]))


def _chunks(rows: Iterable[tuple]) -> Iterator[list[tuple]]:
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
