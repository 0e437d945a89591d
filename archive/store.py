"""Every write to the archive: articles with their tags and links, and the crawl-run ledger."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import sqlite_utils

from archive.db import checkpoint
from archive.schema import ARTICLE_COLUMNS, JSON_COLUMNS
from archive.search import index_article

logger = logging.getLogger(__name__)

NEW, UPDATED, UNCHANGED = "new", "updated", "unchanged"
# Kept from the first time an article was stored, whatever later fetches say.
_KEEP_ON_UPDATE: frozenset[str] = frozenset({"id", "first_seen"})


def to_json(value: Any) -> str:
    """JSON text with Arabic kept readable."""
    return json.dumps(value, ensure_ascii=False)


def save_articles(db: sqlite_utils.Database, records: Iterable[Mapping[str, Any]],
                  now: str, run_id: int | None = None) -> Counter[str]:
    """Upsert article records in one transaction; count them as new / updated / unchanged.

    An article is keyed by (site, article_id). A known article whose content hash is the same
    only gets `last_seen`; a changed one is rewritten (never `first_seen`), with its tags and
    links replaced.
    """
    outcomes: Counter[str] = Counter()
    with db.atomic():
        for record in records:
            outcomes[_save_one(db, record, now, run_id)] += 1
    return outcomes


def _save_one(db: sqlite_utils.Database, record: Mapping[str, Any], now: str,
              run_id: int | None) -> str:
    row = _row(record)
    found = db.execute(
        "SELECT id, content_hash FROM articles WHERE site = ? AND article_id = ?",
        [row["site"], row["article_id"]],
    ).fetchone()
    if found is None:
        row.update(first_seen=now, last_seen=now, last_changed=now, run_id=run_id)
        pk = db["articles"].insert(row).last_pk
        _save_relations(db, pk, record)
        index_article(db.conn, pk, row)
        return NEW
    pk, old_hash = found
    if old_hash == row["content_hash"]:
        db.execute("UPDATE articles SET last_seen = ?, fetched_at = ?, url = ? WHERE id = ?",
                   [now, row.get("fetched_at"), row["url"], pk])
        return UNCHANGED
    row.update(last_seen=now, last_changed=now, run_id=run_id)
    db["articles"].update(pk, {k: v for k, v in row.items() if k not in _KEEP_ON_UPDATE})
    _save_relations(db, pk, record)
    index_article(db.conn, pk, row)
    return UPDATED


def _row(record: Mapping[str, Any]) -> dict[str, Any]:
    row = {k: v for k, v in record.items() if k in ARTICLE_COLUMNS}
    for column in JSON_COLUMNS:
        row[column] = to_json(record.get(column) or [])
    return row


def _save_relations(db: sqlite_utils.Database, pk: int, record: Mapping[str, Any]) -> None:
    db.execute("DELETE FROM articles_tags WHERE articles_id = ?", [pk])
    for name in record.get("tags") or []:
        db["articles"].update(pk).m2m("tags", lookup={"name": name}, m2m_table="articles_tags")
    db.execute("DELETE FROM article_links WHERE article = ?", [pk])
    db["article_links"].insert_all(
        {"article": pk, "position": i, "url": link["url"], "title": link.get("title"),
         "kind": link.get("kind")}
        for i, link in enumerate(record.get("related") or [])
    )


def start_run(db: sqlite_utils.Database, spider: str, site: str, started: str,
              settings: Mapping[str, Any] | None = None) -> int:
    """Open a crawl_runs row for a run that has just started; returns its id."""
    with db.atomic():
        return db["crawl_runs"].insert({
            "spider": spider, "site": site, "started": started,
            "settings": to_json(dict(settings or {})),
        }).last_pk


def finish_run(db: sqlite_utils.Database, run_id: int, *, finished: str, finish_reason: str,
               pages_fetched: int, outcomes: Mapping[str, int],
               skipped: Mapping[str, int], failed: Mapping[str, int],
               discovered: Mapping[str, int]) -> None:
    """Close a run's row with its counts; the by-reason breakdowns are JSON objects."""
    with db.atomic():
        db["crawl_runs"].update(run_id, {
            "finished": finished, "finish_reason": finish_reason,
            "pages_fetched": pages_fetched,
            "articles_new": outcomes.get(NEW, 0),
            "articles_updated": outcomes.get(UPDATED, 0),
            "articles_unchanged": outcomes.get(UNCHANGED, 0),
            "skipped": sum(skipped.values()), "failed": sum(failed.values()),
            "skipped_by_reason": to_json(dict(sorted(skipped.items()))),
            "failed_by_reason": to_json(dict(sorted(failed.items()))),
            "discovered_by_source": to_json(dict(sorted(discovered.items()))),
        })
    checkpoint(db, "TRUNCATE")
