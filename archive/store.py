"""Every write to the archive: articles with their tags and links, and the crawl-run ledger."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlite_utils

from archive import relations, urls
from archive.db import checkpoint
from archive.outcomes import retry_after
from archive.schema import ARTICLE_COLUMNS
from archive.search import index_article
from archive.search_facets import stored as stored_facets
from archive.site_templates import TABLE as TEMPLATE_TABLE
from archive.site_templates import TemplateChanges, eviction_order
from archive.stories import ORIGINAL, place, place_many
from archive.title_affixes import save_title_changes
from extraction.site_template import PARAGRAPH_BREAK, SiteTemplate, clean_body
from extraction.textnorm import content_hash
from extraction.title_affixes import without_affixes

logger = logging.getLogger(__name__)

NEW, UPDATED, UNCHANGED, REMOVED = "new", "updated", "unchanged", "removed"
# Kept from the first time an article was stored, whatever later fetches say.
_KEEP_ON_UPDATE: frozenset[str] = frozenset({"id", "first_seen"})


def to_json(value: Any) -> str:
    """JSON text with Arabic kept readable."""
    return json.dumps(value, ensure_ascii=False)


def save_articles(db: sqlite_utils.Database, records: Iterable[Mapping[str, Any]],
                  now: str, run_id: int | None = None,
                  revisits: Iterable[Mapping[str, Any]] = (),
                  outcomes: Iterable[Mapping[str, Any]] = (),
                  pages: Iterable[Mapping[str, Any]] = (),
                  template: TemplateChanges | None = None) -> Counter[str]:
    """Write one batch in one transaction and count what happened to each article.

    Records are upserted by (site, article_id): a known article whose content hash is the
    same only gets `last_seen`; a changed one keeps its previous state in `article_versions`
    and is rewritten (never `first_seen`), its tags and links replaced. Revisits
    ({site, article_id, removed}) answered 304 touch `last_seen`; those answered 404/410 set
    `removed_at` (rows are never deleted). Outcomes ({url, site, outcome}) remember URLs that
    gave no article, so they are not fetched again before their retry time. Pages
    ({url, site, kind, etag, last_modified}) are discovery pages read whole, with the
    validators that make the next run's request for them conditional. `template`: the
    site-template line counts the batch's pages changed (archive/site_templates.py).
    """
    counts: Counter[str] = Counter()
    placing: list[tuple[int, str, bool]] = []  # stories: the batch's signatures together
    with db.atomic():
        for record in records:
            counts[_save_one(db, record, now, run_id, placing)] += 1
        place_many(db, placing)
        for revisit in revisits:
            counts[_apply_revisit(db, revisit, now)] += 1
        for outcome in outcomes:
            _record_outcome(db, outcome, now)
        for page in pages:
            db["discovery_pages"].upsert({**page, "run_id": run_id, "fetched_at": now},
                                         pk="url")
        if template is not None:
            _save_template(db, template)
    return counts


def _save_template(db: sqlite_utils.Database, changes: TemplateChanges) -> None:
    """Evicted lines out, changed lines written, then the site's rows cut to the bound (the
    table stays capped whoever wrote it)."""
    db.conn.executemany(f"DELETE FROM {TEMPLATE_TABLE} WHERE site = ? AND key = ?",
                        [(changes.site, key) for key in changes.evicted])
    db[TEMPLATE_TABLE].upsert_all(changes.rows, pk=("site", "key"))
    if changes.titles is not None:
        save_title_changes(db, changes.titles)
    count = db.execute(f"SELECT count(*) FROM {TEMPLATE_TABLE} WHERE site = ?",
                       [changes.site]).fetchone()[0]
    if count <= changes.max_keys:
        return
    rows = db.execute(f"SELECT key, articles >= ?, last_seen, pages FROM {TEMPLATE_TABLE} "
                      "WHERE site = ?", [changes.min_articles, changes.site]).fetchall()
    rows.sort(key=lambda r: eviction_order(bool(r[1]), r[2], r[3], r[0]))
    db.conn.executemany(f"DELETE FROM {TEMPLATE_TABLE} WHERE site = ? AND key = ?",
                        [(changes.site, r[0]) for r in rows[:count - changes.max_keys]])


def reclean_run(db: sqlite_utils.Database, site: str, run_id: int, template: SiteTemplate,
                chunk: int = 500) -> Counter[str]:
    """Apply the site's template to the titles and bodies this run stored (`run_id`: new or
    changed in it), in place: those were extracted before some of the template was learned.

    No version is kept: the state replaced was written by this same run, minutes ago, and
    is no earlier state of the page (article_versions holds what the page said before).
    Counts `articles` cleaned, `lines` removed, `titles` trimmed, `would_empty` bodies kept
    whole."""
    counts: Counter[str] = Counter()
    after = 0
    while rows := db.execute(
            "SELECT id, title, summary, body FROM articles WHERE site = ? AND run_id = ? "
            "AND id > ? ORDER BY id LIMIT ?", [site, run_id, after, chunk]).fetchall():
        after = rows[-1][0]
        placing: list[tuple[int, str, bool]] = []
        with db.atomic():
            for pk, title, summary, body in rows:
                cleaned = clean_body(body, summary, template)
                counts["would_empty"] += cleaned.would_empty
                trimmed = without_affixes(title, template.title_affixes)
                if cleaned.removed or trimmed != title:
                    placing.append(_save_cleaned(db, pk, (title, summary, body), trimmed,
                                                 PARAGRAPH_BREAK.join(cleaned.lines)))
                    counts["articles"] += 1
                    counts["lines"] += cleaned.removed
                    if trimmed != title:
                        counts["titles"] += 1
            place_many(db, placing)
    return counts


def _save_cleaned(db: sqlite_utils.Database, pk: int, old: tuple[str, str | None, str],
                  title: str, body: str) -> tuple[int, str, bool]:
    """Write a cleaned title and body; the article to place in its story again."""
    db.execute("UPDATE articles SET title = ?, body = ?, word_count = ?, content_hash = ? "
               "WHERE id = ?", [title, body, len(body.split()), content_hash(title, body), pk])
    facets = stored_facets(db.conn, pk)  # not changed here
    index_article(db.conn, pk, {"title": title, "summary": old[1], "body": body, **facets},
                  old={**dict(zip(("title", "summary", "body"), old, strict=True)), **facets})
    return pk, body, False


def _apply_revisit(db: sqlite_utils.Database, revisit: Mapping[str, Any], now: str) -> str:
    key = [revisit["site"], revisit["article_id"]]
    if revisit["removed"]:
        db.execute("UPDATE articles SET removed_at = coalesce(removed_at, ?) "
                   "WHERE site = ? AND article_id = ?", [now, *key])
        return REMOVED
    db.execute("UPDATE articles SET last_seen = ? WHERE site = ? AND article_id = ?",
               [now, *key])
    return UNCHANGED


def _record_outcome(db: sqlite_utils.Database, outcome: Mapping[str, Any], now: str) -> None:
    found = db.execute("SELECT attempts FROM url_outcomes WHERE url = ?",
                       [outcome["url"]]).fetchone()
    attempts = (found[0] if found else 0) + 1
    db["url_outcomes"].upsert({
        "url": outcome["url"], "site": outcome["site"], "outcome": outcome["outcome"],
        "attempts": attempts, "last_seen": now,
        "retry_after": retry_after(outcome["outcome"], attempts, datetime.fromisoformat(now)),
    }, pk="url")
    if found is None:
        db.execute("UPDATE url_outcomes SET first_seen = ? WHERE url = ?", [now, outcome["url"]])


def _remember_urls(db: sqlite_utils.Database, pk: int, url: str,
                   former: str | None = None) -> None:
    """`url` (the article's `articles.url` now) finds this article and is no failure; the
    `former` URL it moved from goes on finding it, from `article_urls` (which holds the URLs
    of an article other than its own: each URL in one place)."""
    db.execute("DELETE FROM article_urls WHERE url = ?", [url])
    if former is not None and former != url:
        db.execute("INSERT OR REPLACE INTO article_urls (url, article) VALUES (?, ?)",
                   [former, pk])
    db.execute("DELETE FROM url_outcomes WHERE url = ?", [url])


def _save_one(db: sqlite_utils.Database, record: Mapping[str, Any], now: str,
              run_id: int | None, placing: list[tuple[int, str, bool]]) -> str:
    """Write one record; an article new or changed goes on `placing` (its story)."""
    row = _row(record)
    found = db.execute(
        "SELECT id, content_hash, version, url, canonical_url, title, summary, body "
        "FROM articles WHERE site = ? AND article_id = ?",
        [row["site"], row["article_id"]],
    ).fetchone()
    if found is None:
        row.update(first_seen=now, last_seen=now, last_changed=now, run_id=run_id, version=1)
        pk = db["articles"].insert(row).last_pk
        relations.save(db.conn, pk, record)
        _remember_urls(db, pk, row["url"])
        # The facet tokens from the row as stored: unindexing it later recomputes them so.
        index_article(db.conn, pk, {**row, **stored_facets(db.conn, pk)})
        placing.append((pk, row["body"], True))
        return NEW
    pk, old_hash, version, old_url, old_canonical = found[:5]
    old_text = {**dict(zip(("title", "summary", "body"), found[5:], strict=True)),
                **stored_facets(db.conn, pk)}
    if old_hash == row["content_hash"]:
        # The canonical URL "=" stood for the URL it had: it stays that URL if the URL moves.
        canonical = urls.stored_canonical(urls.canonical(old_canonical, old_url), row["url"])
        db.execute("UPDATE articles SET last_seen = ?, fetched_at = ?, url = ?, http_etag = ?, "
                   "http_last_modified = ?, removed_at = NULL, canonical_url = ? WHERE id = ?",
                   [now, row.get("fetched_at"), row["url"], row.get("http_etag"),
                    row.get("http_last_modified"), canonical, pk])
        _remember_urls(db, pk, row["url"], old_url)
        return UNCHANGED
    _keep_version(db, pk, now)
    row.update(last_seen=now, last_changed=now, run_id=run_id, version=(version or 1) + 1,
               removed_at=None)
    db["articles"].update(pk, {k: v for k, v in row.items() if k not in _KEEP_ON_UPDATE})
    relations.save(db.conn, pk, record)
    _remember_urls(db, pk, row["url"], old_url)
    index_article(db.conn, pk, {**row, **stored_facets(db.conn, pk)}, old=old_text)
    placing.append((pk, row["body"], False))
    return UPDATED


def _keep_version(db: sqlite_utils.Database, pk: int, now: str) -> None:
    """Copy the article's current state into article_versions before it is rewritten."""
    db.execute(
        "INSERT INTO article_versions (article, version, content_hash, fetched_at, title, "
        "summary, body, replaced_at, warc_file, warc_offset, warc_length, warc_digest) "
        "SELECT id, coalesce(version, 1), content_hash, fetched_at, title, summary, body, ?, "
        "warc_file, warc_offset, warc_length, warc_digest FROM articles WHERE id = ?", [now, pk])


def _row(record: Mapping[str, Any], url: str | None = None) -> dict[str, Any]:
    """The articles row of a record (lists go to their tables: archive/relations.py); the
    canonical URL stored against `url` (default: the record's)."""
    row = {k: v for k, v in record.items() if k in ARTICLE_COLUMNS}
    if "canonical_url" in row:
        row["canonical_url"] = urls.stored_canonical(row["canonical_url"],
                                                     url or record.get("url") or "")
    return row


def _lists(record: Mapping[str, Any]) -> dict[str, list[Any]]:
    """A record's tags, images and links as archive/relations.py stores and reads them."""
    return {"tags": list(dict.fromkeys(record.get("tags") or [])),
            "images": [{f: item.get(f) for f in relations.IMAGE_FIELDS}
                       for item in record.get("images") or []],
            "related": [{f: item.get(f) for f in relations.LINK_FIELDS}
                        for item in record.get("related") or []]}


def start_run(db: sqlite_utils.Database, spider: str, site: str, started: str,
              settings: Mapping[str, Any] | None = None) -> int:
    """Open a crawl_runs row for a run that has just started; returns its id."""
    with db.atomic():
        return db["crawl_runs"].insert({
            "spider": spider, "site": site, "started": started,
            "settings": to_json(dict(settings or {})),
        }).last_pk


def close_abandoned_runs(db: sqlite_utils.Database, now: str) -> int:
    """Mark crawl runs that never finished (killed) as crashed, whatever their spider; call
    under the archive's lock, which every crawl holds to its end. Runs of distributed crawls
    (recorded by `archive ingest`, which takes no lock: settings name their `crawl`) stay."""
    with db.atomic():
        cursor = db.execute(
            "UPDATE crawl_runs SET finished = ?, finish_reason = 'crashed', status = 'failed' "
            "WHERE finished IS NULL AND json_extract(settings, '$.crawl') IS NULL", [now])
    return cursor.rowcount


def finish_run(db: sqlite_utils.Database, run_id: int, summary: Mapping[str, Any]) -> None:
    """Close a run's row with its summary (see archive.health.RunSummary.as_row)."""
    with db.atomic():
        db["crawl_runs"].update(run_id, dict(summary))
    checkpoint(db, "TRUNCATE")  # a run's end: the WAL goes back to zero


# Fields re-extraction may change; identity (site, article_id, url) and history stay.
REEXTRACTED_FIELDS: tuple[str, ...] = (
    "canonical_url", "title", "summary", "body", "author", "published", "modified",
    "published_hijri", "section", "section_name", "source",
    "language", "language_confidence", "word_count", "content_hash",
)


def save_reextracted(db: sqlite_utils.Database, pk: int, record: Mapping[str, Any],
                     now: str) -> str:
    """Apply a new extraction of a stored capture: `changed` or `unchanged`.

    A new text (content hash) keeps the previous state in article_versions first; other
    fields (dates, tags, links ...) are corrected in place.
    """
    old = db.execute(f"SELECT {', '.join(REEXTRACTED_FIELDS)}, version, url FROM articles "
                     "WHERE id = ?", [pk]).fetchone()
    new = {k: v for k, v in _row(record, url=old[-1]).items() if k in REEXTRACTED_FIELDS}
    current = dict(zip(REEXTRACTED_FIELDS, old[:-2], strict=True))
    indexed = {**current, **stored_facets(db.conn, pk)}
    lists = _lists(record)
    stored_lists = relations.read_one(db.conn, pk)
    # A copy's link to its story's original is the archive's, not the page's.
    stored_lists["related"] = [link for link in stored_lists["related"]
                               if link.get("kind") != ORIGINAL]
    same_lists = stored_lists == lists
    if same_lists and all(current[k] == new.get(k) for k in REEXTRACTED_FIELDS):
        return UNCHANGED
    if current["content_hash"] != new["content_hash"]:
        _keep_version(db, pk, now)
        new.update(version=(old[-2] or 1) + 1, last_changed=now)
    db["articles"].update(pk, new)
    if not same_lists:
        relations.save(db.conn, pk, lists)
    index_article(db.conn, pk, {**current, **new, **stored_facets(db.conn, pk)}, old=indexed)
    place(db, pk, new["body"])  # the links may be rewritten: the story's `original` link too
    return "changed"
