"""The archive's tables, declared as migration steps (applied once each, in order)."""

from __future__ import annotations

import sqlite_utils

from archive import (
    compact,
    facet_index,
    stem_index,
    stored_once,
    story_backfill,
    story_keys,
)
from archive.search import FTS_TABLE, create_index, reindex_all

MIGRATIONS = sqlite_utils.Migrations("archive")

# The articles table as m001 created it; later migrations add to it (ARTICLE_COLUMNS is all).
_ARTICLE_COLUMNS_V1: dict[str, type] = {
    "id": int, "site": str, "article_id": str, "url": str, "canonical_url": str,
    "title": str, "summary": str, "body": str, "author": str, "published": str,
    "modified": str, "section": str, "section_name": str, "tags": str, "source": str,
    "images": str, "related": str, "language": str, "language_confidence": float,
    "word_count": int, "content_hash": str, "status": str,
    "first_seen": str, "last_seen": str, "last_changed": str, "fetched_at": str,
    "discovered_via": str, "http_etag": str, "http_last_modified": str, "run_id": int,
}
# Columns that held JSON arrays until m017 (their tables are their one home now).
JSON_COLUMNS: tuple[str, ...] = ("tags", "images", "related")
ARTICLE_COLUMNS: dict[str, type] = {
    **{k: v for k, v in _ARTICLE_COLUMNS_V1.items() if k not in JSON_COLUMNS},
    "version": int, "removed_at": str,
    "warc_file": str, "warc_offset": int, "warc_length": int, "warc_digest": str,
    "text_origin": str,
    "published_hijri": str,
}


@MIGRATIONS()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["crawl_runs"].create({
        "id": int, "spider": str, "site": str, "started": str, "finished": str,
        "finish_reason": str, "pages_fetched": int, "articles_new": int,
        "articles_updated": int, "articles_unchanged": int, "skipped": int, "failed": int,
        "skipped_by_reason": str, "failed_by_reason": str, "discovered_by_source": str,
        "settings": str,
    }, pk="id")
    db["articles"].create(
        _ARTICLE_COLUMNS_V1, pk="id",
        not_null={"site", "article_id", "url", "title", "body", "status", "first_seen",
                  "last_seen"},
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["articles"].create_index(["site", "article_id"], unique=True)
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["published"])
    db["articles"].create_index(["section"])
    db["tags"].create({"id": int, "name": str}, pk="id", not_null={"name"})
    db["tags"].create_index(["name"], unique=True)
    db["articles_tags"].create(
        {"articles_id": int, "tags_id": int}, pk=("articles_id", "tags_id"),
        foreign_keys=[("articles_id", "articles", "id"), ("tags_id", "tags", "id")],
    )
    db["articles_tags"].create_index(["tags_id"])
    db["article_links"].create(
        {"article": int, "position": int, "url": str, "title": str, "kind": str},
        pk=("article", "position"),
        foreign_keys=[("article", "articles", "id")],
    )
    db["article_links"].create_index(["url"])


@MIGRATIONS()
def m002_versions_and_run_health(db: sqlite_utils.Database) -> None:
    """Versions of changed articles, removal marks, and what a run's health is judged on."""
    db["articles"].add_column("version", int)
    db["articles"].add_column("removed_at", str)
    db.execute("UPDATE articles SET version = 1 WHERE version IS NULL")
    db["article_versions"].create(
        {"article": int, "version": int, "content_hash": str, "fetched_at": str,
         "title": str, "summary": str, "body": str, "replaced_at": str},
        pk=("article", "version"),
        foreign_keys=[("article", "articles", "id")],
    )
    for column, kind in (("duration_s", float), ("articles_skipped", int),
                         ("articles_failed", int), ("articles_blocked", int), ("errors", int),
                         ("requests", int), ("status", str), ("problems", str),
                         ("drift", str), ("drift_alarm", str)):
        db["crawl_runs"].add_column(column, kind)


@MIGRATIONS()
def m003_known_urls(db: sqlite_utils.Database) -> None:
    """URLs the archive knows: other URLs of stored articles, and URLs that gave no article."""
    db["article_urls"].create({"url": str, "article": int}, pk="url",
                              foreign_keys=[("article", "articles", "id")])
    db["url_outcomes"].create(
        {"url": str, "site": str, "outcome": str, "attempts": int, "first_seen": str,
         "last_seen": str, "retry_after": str}, pk="url")
    for column in ("articles_removed", "articles_known", "articles_revisited", "urls_waiting"):
        db["crawl_runs"].add_column(column, int)


WARC_COLUMNS: dict[str, type] = {"warc_file": str, "warc_offset": int, "warc_length": int,
                                 "warc_digest": str}


@MIGRATIONS()
def m004_captures(db: sqlite_utils.Database) -> None:
    """Where each article's (and each version's) raw capture is; re-extraction progress."""
    for table in ("articles", "article_versions"):
        for column, kind in WARC_COLUMNS.items():
            db[table].add_column(column, kind)
    db["reextract_runs"].create(
        {"id": int, "started": str, "finished": str, "filters": str, "last_article": int,
         "changed": int, "unchanged": int, "failed": int, "status": str}, pk="id")


@MIGRATIONS()
def m005_search_index(db: sqlite_utils.Database) -> None:
    """Arabic full-text index over title, summary and body, filled for articles already stored."""
    create_index(db.conn)
    reindex_all(db.conn)


@MIGRATIONS()
def m006_ingest_batches(db: sqlite_utils.Database) -> None:
    """Batches the distributed ingest has written: a replayed batch is acknowledged, not redone."""
    db["ingest_batches"].create({"id": str, "run_id": int, "written": str, "items": int,
                                 "counts": str}, pk=("id", "run_id"))
    db["ingest_batches"].create_index(["run_id"])


@MIGRATIONS()
def m007_discovery_pages(db: sqlite_utils.Database) -> None:
    """Validators (ETag, Last-Modified) of the feeds, listings and sitemaps of URLs a run read,
    for conditional requests next time; an index for the URLs due to be tried again."""
    db["discovery_pages"].create(
        {"url": str, "site": str, "kind": str, "etag": str, "last_modified": str,
         "run_id": int, "fetched_at": str}, pk="url",
        foreign_keys=[("run_id", "crawl_runs", "id")])
    db["url_outcomes"].create_index(["site", "retry_after"])


@MIGRATIONS()
def m008_text_origin(db: sqlite_utils.Database) -> None:
    """Which extraction step gave each stored body (docs/record.md `text_origin`); rows
    stored before it stay null."""
    db["articles"].add_column("text_origin", str)


@MIGRATIONS()
def m009_published_hijri(db: sqlite_utils.Database) -> None:
    """The Hijri date a page shows for its publication, as shown (`published` is Gregorian)."""
    db["articles"].add_column("published_hijri", str)


@MIGRATIONS()
def m010_site_templates(db: sqlite_utils.Database) -> None:
    """Lines that recur across a site's pages (its learned template, archive/site_templates.py),
    capped per site; what the template did in each run."""
    db["site_template_blocks"].create(
        {"site": str, "key": str, "articles": int, "article_ids": str, "pages": int,
         "first_seen": str, "last_seen": str, "sample": str}, pk=("site", "key"),
        not_null={"site", "key", "articles", "pages", "first_seen", "last_seen"})
    db["site_template_blocks"].create_index(["site", "articles"])
    db["crawl_runs"].add_column("template", str)


@MIGRATIONS()
def m011_sitemap_lastmod(db: sqlite_utils.Database) -> None:
    """The <lastmod> the sitemap index gave each sub-sitemap a run read: the next run reads
    it again only when that date moved (day-precision dates that lag make "newer than the
    last run" miss what was added since)."""
    db["discovery_pages"].add_column("lastmod", str)


@MIGRATIONS()
def m012_site_title_affixes(db: sqlite_utils.Database) -> None:
    """Short parts before or after a site's titles, counted to learn the site's name around
    them (archive/title_affixes.py); the row keyed "*" counts the site's titles."""
    db["site_title_affixes"].create(
        {"site": str, "key": str, "affix": str, "position": str, "articles": int,
         "article_ids": str, "pages": int, "first_seen": str, "last_seen": str},
        pk=("site", "key"), not_null={"site", "key", "articles", "pages"})


@MIGRATIONS()
def m013_browser_counts(db: sqlite_utils.Database) -> None:
    """What the headless browser did in a run (`browser/*` counters, JSON): pages fetched,
    challenges passed, failures by reason (crawler/browser_handler.py)."""
    db["crawl_runs"].add_column("browser", str)


@MIGRATIONS()
def m015_snowball_stems(db: sqlite_utils.Database) -> None:
    """The search index again, with a Snowball-stem twin of each column (archive/stemming.py):
    a word finds its other inflections (plurals, duals, pronoun suffixes); every stored
    article is reindexed."""
    db.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    create_index(db.conn)
    reindex_all(db.conn)


STORIES_VIEW = """
SELECT a.story_id AS story, count(*) AS copies, group_concat(DISTINCT a.site) AS sites,
       min(datetime(a.published)) AS first_published_utc, o.article AS original,
       oa.site AS original_site, oa.title AS original_title, oa.url AS original_url
FROM articles a
LEFT JOIN story_originals o ON o.story = a.story_id
LEFT JOIN articles oa ON oa.id = o.article
WHERE a.story_id IS NOT NULL
GROUP BY a.story_id
"""


@MIGRATIONS()
def m016_stories(db: sqlite_utils.Database) -> None:
    """The same story across sites (archive/stories.py): each body's MinHash signature, its
    LSH bands (indexed lookups), articles.story_id, each story's original, the `stories`
    view. Articles already stored are placed in their stories by m020 (in batches,
    resumably; this migration placed them itself in one transaction before m020 existed)."""
    db["articles"].add_column("story_id", int)
    db["articles"].create_index(["story_id"])
    db["story_signatures"].create({"article": int, "signature": bytes, "shingles": int},
                                  pk="article", foreign_keys=[("article", "articles", "id")])
    db.execute(story_keys.BAND_ROWS_SQL)
    db["story_originals"].create({"story": int, "article": int}, pk="story",
                                 foreign_keys=[("article", "articles", "id")])
    db.create_view("stories", STORIES_VIEW)


@MIGRATIONS(transactional=False)
def m017_compact_storage(db: sqlite_utils.Database) -> None:
    """A contentless search index, one home for tags, links and images, link and image URLs
    as IRIs, canonical URLs not repeated (archive/compact.py): in batches, resumable. VACUUM
    afterwards gives the freed pages back to the disk (`python -m archive stats` shows them)."""
    compact.convert(db)


@MIGRATIONS(transactional=False)
def m018_stored_once(db: sqlite_utils.Database) -> None:
    """Each link target (URL and title) stored once, in `link_targets`: `article_links` points
    at it (archive/links.py), the view `article_links_expanded` shows the rows as before;
    `article_urls` keeps only the URLs an article moved from (its own is `articles.url`);
    in batches, resumable (archive/stored_once.py)."""
    stored_once.convert(db)


@MIGRATIONS(transactional=False)
def m019_search_facets(db: sqlite_utils.Database) -> None:
    """The search index with a facets column: each article's site, section and publication
    day as tokens, so a filtered search is one index query (archive/search_facets.py).
    Rebuilt beside the old index in batches, resumably (archive/facet_index.py)."""
    facet_index.convert(db)


@MIGRATIONS(transactional=False)
def m020_story_hashes(db: sqlite_utils.Database) -> None:
    """Story signatures from shingles hashed word by word (extraction/shingles.py) instead of
    SHA-1 per shingle: every article signed and placed again, `story_bands` without its
    foreign key (archive/story_backfill.py): in batches, resumable."""
    story_backfill.place_all(db)


@MIGRATIONS(transactional=False)
def m021_stems_at_query_time(db: sqlite_utils.Database) -> None:
    """The search index without its stem columns (about half its size): a query word finds
    its other inflections through `search_stems`, the indexed keys sharing each of its
    stems (archive/search.py). Rebuilt beside the old index in batches, resumably
    (archive/stem_index.py)."""
    stem_index.convert(db)


@MIGRATIONS(transactional=False)
def m022_story_band_keys(db: sqlite_utils.Database) -> None:
    """`story_bands` keyed by one integer per band (its number above its hash), so a write
    finds all its bands' articles in one indexed lookup (archive/story_keys.py): band by
    band, resumable."""
    story_keys.convert(db)
