"""The compact layout (m017): URLs stored as IRIs and recovered byte for byte; an archive in
the old layout converted in place, interrupted between batches and finished on reopening,
answering every search and export as an archive written in the new layout does."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from archive import (
    compact,
    export,
    finder,
    links,
    relations,
    search,
    stored_once,
    story_keys,
    story_signature,
    urls,
)
from archive.db import open_archive
from archive.known import ArchiveIndex
from archive.schema import MIGRATIONS
from archive.sizes import archive_size, report_lines
from archive.store import save_articles
from tests.replica.site import ReplicaSite

NOW = "2024-06-01T00:00:00+00:00"
M017 = "m017_compact_storage"
ODD_URLS = (
    "https://arabic.rt.com/news/1-%d8%a7%d9%84/",        # lowercase escapes stay as they are
    "https://arabic.rt.com/a%2Fb%20c?q=%D8%A7&x=%25",    # escaped ASCII and a decodable query
    "https://arabic.rt.com/%FF%FE/%D8",                  # bytes that are not UTF-8
    "https://arabic.rt.com/news/عربي/",                  # raw non-ASCII
    "https://arabic.rt.com/news/%D8%B9ربي/",              # both at once
    "=https://odd", "", "relative/%D8%A7", "https://x/%E2%80%8F%D8%A7",
)


def replica_records(n: int = 24) -> list[dict]:
    site = ReplicaSite("https://arabic.rt.com", n_articles=max(n, 12))
    records: list[dict] = []
    for i, want in enumerate(site.expected.values()):
        record = {**want, "content_hash": f"h{i}", "fetched_at": NOW}
        if i % 3 == 1:  # canonical URLs: the URL itself, another one, none
            record["canonical_url"] = ODD_URLS[i % len(ODD_URLS)] or None
        elif i % 3 == 2:
            record["canonical_url"] = None
        if i % 4 == 0:
            record["tags"] = ["روسيا", "تعليم"]
        records.append(record)
    return records[:n]


def every_url(records: list[dict]) -> list[str]:
    """The replica's own URLs: articles, related links, images."""
    return [u for r in records for u in (r["url"], *(x["url"] for x in r["related"] + r["images"]))]


@pytest.mark.parametrize("url", ODD_URLS)
def test_odd_urls_come_back_byte_for_byte(url: str) -> None:
    assert urls.original(urls.stored(url)) == url


def test_replica_urls_are_stored_decoded_and_come_back() -> None:
    for url in every_url(replica_records()):
        value = urls.stored(url)
        assert urls.original(value) == url
        assert "%" not in value and (len(value.encode()) < len(url.encode()) or "%" not in url)


def test_canonical_url_is_not_repeated() -> None:
    url = "https://arabic.rt.com/news/1-%D8%A7/"
    assert urls.stored_canonical(url, url) == "="
    assert urls.canonical("=", url) == url
    for other in (None, "=", "https://arabic.rt.com/other/", *ODD_URLS):
        assert urls.canonical(urls.stored_canonical(other, url), url) == other


# ---- the conversion of an old-layout archive ----

OLD_FTS = ", ".join(name for name, _weight in search.FTS_COLUMNS)


def old_archive(path: Path, records: list[dict]) -> None:
    """An archive as the code before m017 wrote it: JSON columns, percent-encoded link URLs,
    the search index with its own copy of the keys."""
    db = sqlite_utils.Database(path)
    MIGRATIONS.apply(db, stop_before=M017)
    db.execute(f"DROP TABLE {search.FTS_TABLE}")
    db.execute(f"CREATE VIRTUAL TABLE {search.FTS_TABLE} USING fts5({OLD_FTS})")
    with db.atomic():
        for record in records:
            row = {k: record.get(k) for k in db["articles"].columns_dict if k in record}
            row.update({k: json.dumps(record.get(k) or [], ensure_ascii=False)
                        for k in ("tags", "images", "related")})
            row.update(first_seen=NOW, last_seen=NOW, last_changed=NOW, version=1)
            pk = db["articles"].insert(row).last_pk
            for name in record["tags"]:
                db["articles"].update(pk).m2m("tags", lookup={"name": name},
                                              m2m_table="articles_tags")
            db["article_links"].insert_all({"article": pk, "position": i, **link}
                                           for i, link in enumerate(record["related"]))
            db.execute("INSERT INTO article_urls (url, article) VALUES (?, ?)",
                       [record["url"], pk])
            db.execute(f"INSERT INTO {search.FTS_TABLE}(rowid, {OLD_FTS}) VALUES "
                       f"(?, {', '.join('?' for _ in search.FTS_COLUMNS)})",
                       [pk, *search.index_values(record)])
    db.close()


QUERIES = ("واشنطن", "الصين", "الحوار العسكري", "بالمدرسة", "روسيا", "كتابخانه")
FILTERS = (finder.Filters(), finder.Filters(site="rtarabic", date_from=date(2023, 6, 1),
                                            date_to=date(2023, 12, 31)),
           finder.Filters(tag="روسيا"))


def answers(db: sqlite_utils.Database) -> dict:
    """Everything a reader gets: searches (hits, snippets, totals, facets) and the export."""
    found = {}
    for query in QUERIES:
        found[query] = [(h.id, h.title, h.url, h.snippet, h.title_parts)
                        for h in search.search(db.conn, query, limit=50)]
        for number, filters in enumerate(FILTERS):
            found[f"{query}/{number}"] = (
                finder.total(db.conn, query, filters),
                [(f.hit.id, f.hit.snippet, f.tags, f.site)
                 for f in finder.page(db.conn, query, filters, "newest", 50, 1)],
                finder.facets(db.conn, query, filters))
    found["export"] = list(export.rows(db))
    return found


def test_an_interrupted_conversion_finishes_and_answers_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = replica_records()
    fresh = open_archive(tmp_path / "fresh.db")
    save_articles(fresh, records, NOW)
    fresh.execute("UPDATE articles SET fetched_at = ?", [NOW])
    old = tmp_path / "old.db"
    old_archive(old, records)

    monkeypatch.setattr(compact, "BATCH", 5)
    batches: list[int] = []

    def interrupt(last: int) -> None:
        batches.append(last)
        if len(batches) == 2:
            raise KeyboardInterrupt  # killed between two batches

    monkeypatch.setattr(compact, "_batch_done", interrupt)
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT last_article FROM {compact.PROGRESS}").fetchone() == (10,)
    assert not conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = ?", [M017]).fetchall()
    conn.close()

    monkeypatch.setattr(compact, "_batch_done", batches.append)
    converted = open_archive(old)
    assert batches == [5, 10, 15, 20, 24]  # went on after the last batch done
    columns = set(converted["articles"].columns_dict)
    assert not {"tags", "images", "related"} & columns
    assert f"{search.FTS_TABLE}_content" not in converted.table_names()
    assert compact.PROGRESS not in converted.table_names()
    assert answers(converted) == answers(fresh)
    exported = {r["article_id"]: r for r in export.rows(converted)}
    for record in records:
        row = exported[record["article_id"]]
        for name in ("url", "canonical_url", "tags", "images", "related", "title", "body"):
            assert row[name] == record[name], name
    converted.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) "
                      "VALUES ('integrity-check')")


def test_the_contentless_index_follows_updates(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db")
    [record] = replica_records(1)
    save_articles(db, [record], NOW)
    changed = {**record, "title": "عنوان جديد عن المدرسة", "content_hash": "h-new"}
    save_articles(db, [changed], NOW)
    assert [h.id for h in search.search(db.conn, "المدرسة")] == [1]
    assert search.search(db.conn, "واشنطن") == [] or "واشنطن" in record["body"]
    assert search.count(db.conn, "بكين") == int("بكين" in record["body"])
    db.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('integrity-check')")
    assert relations.read_one(db.conn, 1)["related"] == record["related"]


def test_stats_tell_where_the_bytes_go(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db")
    save_articles(db, replica_records(10), NOW)
    size = archive_size(db.conn)
    assert size.articles == 10 and size.exact
    names = {t.name for t in size.tables}
    assert {"articles", search.FTS_TABLE, "article_links", "link_targets",
            "article_images"} <= names
    assert sum(t.bytes for t in size.tables) + size.free_bytes <= size.file_bytes
    lines = report_lines(size)
    assert "bytes per article" in lines[0] and any("| articles |" in line for line in lines)


# ---- m018: link targets stored once ----

M018 = "m018_stored_once"
M020 = "m020_story_hashes"
M022 = "m022_story_band_keys"
M017_LINKS = ("CREATE TABLE article_links (article INTEGER NOT NULL REFERENCES articles(id), "
              "position INTEGER NOT NULL, url TEXT, title TEXT, kind TEXT, "
              "PRIMARY KEY (article, position)) WITHOUT ROWID")


def shared_links(records: list[dict]) -> list[dict]:
    """The records with one "most read" list every one of them shows, as RT's pages do."""
    most_read = [{"url": f"https://arabic.rt.com/news/{n}-%D8%A7%D9%84/", "title": f"الأكثر {n}",
                  "kind": "most_read"} for n in range(3)]
    odd = [{"url": u, "title": None, "kind": "related"} for u in ODD_URLS[:4]]
    return [{**r, "related": [*r["related"], *most_read, *(odd if i % 2 else [])]}
            for i, r in enumerate(records)]


def old_bands(raw: bytes) -> list[tuple[int, int]]:
    """A signature's bands as m016 stored them: a signed 64-bit blake2b of each band."""
    width = story_signature.ROWS * 4
    return [(band, int.from_bytes(hashlib.blake2b(raw[band * width:(band + 1) * width],
                                                  digest_size=8).digest(), "big", signed=True))
            for band in range(story_signature.BANDS)]


def m017_archive(path: Path, records: list[dict], moved: dict[str, str]) -> list[tuple]:
    """An archive as m017 left it: each link row with its own URL and title, `article_urls`
    with every article's own URL too (and the former URLs in `moved`: article_id -> URL).
    Returns the link rows."""
    db = open_archive(path)
    save_articles(db, [{**r, "url": moved.get(r["article_id"], r["url"])} for r in records], NOW)
    save_articles(db, records, NOW)  # the moved articles move to their URL
    db.execute("UPDATE articles SET fetched_at = ?", [NOW])
    rows = db.execute("SELECT article, position, url, title, kind FROM article_links_expanded "
                      "ORDER BY article, position").fetchall()
    with db.atomic():
        db.execute("DROP VIEW article_links_expanded")
        db.execute("DROP TABLE article_links")
        db.execute("DROP TABLE link_targets")
        db.execute(M017_LINKS)
        db.conn.executemany("INSERT INTO article_links VALUES (?, ?, ?, ?, ?)", rows)
        db.execute("INSERT INTO article_urls (url, article) SELECT url, id FROM articles")
        db.execute("DROP TABLE story_bands")  # m016's layout, 63-bit hashes
        db.execute(story_keys.BAND_ROWS_SQL)
        db.conn.executemany("INSERT INTO story_bands (band, hash, article) VALUES (?, ?, ?)",
                            [(band, value, pk) for pk, raw in db.execute(
                                "SELECT article, signature FROM story_signatures")
                             for band, value in old_bands(raw)])
        # m020 (stories signed and placed again) and m022 (band keys) came after m018: an
        # m017 archive has none of them.
        db.execute("DELETE FROM _sqlite_migrations WHERE name IN (?, ?, ?)", [M018, M020, M022])
    db.close()
    return rows


def test_an_m017_archive_converts_resumably_and_answers_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records = shared_links(replica_records())
    moved = {records[3]["article_id"]: "https://arabic.rt.com/old/slug-%D8%A7/"}
    fresh = open_archive(tmp_path / "fresh.db")
    save_articles(fresh, records, NOW)
    fresh.execute("UPDATE articles SET fetched_at = ?", [NOW])
    old = tmp_path / "old.db"
    rows = m017_archive(old, records, moved)

    monkeypatch.setattr(stored_once, "BATCH", 5)
    batches: list[tuple[str, int]] = []

    def interrupt_at(step: str, count: int):
        def done(name: str, last: int) -> None:
            batches.append((name, last))
            if name == step and sum(1 for b in batches if b[0] == step) == count:
                raise KeyboardInterrupt  # killed between two batches
        return done

    monkeypatch.setattr(stored_once, "_batch_done", interrupt_at("links", 2))
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)
    conn = sqlite3.connect(old)
    assert conn.execute(f"SELECT step, last FROM {stored_once.PROGRESS}").fetchall() == [
        ("links", 10)]
    assert conn.execute("SELECT count(DISTINCT article) FROM article_links_m018").fetchone() == (
        10,)
    assert not conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = ?", [M018]).fetchall()
    conn.close()
    monkeypatch.setattr(stored_once, "_batch_done", interrupt_at("article_urls", 1))
    with pytest.raises(KeyboardInterrupt):
        open_archive(old)  # links finished, killed in the article_urls step
    monkeypatch.setattr(stored_once, "_batch_done", lambda *done: batches.append(done))
    converted = open_archive(old)
    assert batches == [*(("links", n) for n in (5, 10, 15, 20, 24)),
                       *(("article_urls", n) for n in (5, 10, 15, 20, 24))]
    assert stored_once.PROGRESS not in converted.table_names()
    assert converted.execute("SELECT article, position, url, title, kind FROM "
                             "article_links_expanded ORDER BY article, position").fetchall() == rows
    assert answers(converted) == answers(fresh)
    bands = "SELECT key, article FROM story_bands ORDER BY 1, 2"
    assert converted.execute(bands).fetchall() == fresh.execute(bands).fetchall()
    assert len(fresh.execute(bands).fetchall()) == 32 * len(records)
    assert fresh.execute("SELECT max(key) < 32 << 31 FROM story_bands").fetchone() == (1,)
    stored_once.convert(converted)  # once more (killed before m018 was recorded): the same
    assert converted.execute(bands).fetchall() == fresh.execute(bands).fetchall()
    assert converted.execute("SELECT article, position, url, title, kind FROM "
                             "article_links_expanded ORDER BY article, position").fetchall() == rows
    for db in (converted, fresh):  # the shared list's 3 targets once, not once per article
        assert db.execute("SELECT count(*) FROM link_targets WHERE url LIKE '%/news/%-ال/'"
                          ).fetchone()[0] == 3
        assert db.execute("SELECT count(*) FROM link_targets").fetchone()[0] == len(
            {(url, title) for _a, _p, url, title, _k in rows})
    exported = {r["article_id"]: r for r in export.rows(converted)}
    for record in records:
        assert exported[record["article_id"]]["related"] == record["related"]
    assert converted.execute("PRAGMA foreign_key_check").fetchall() == []
    # article_urls keeps the URL the article moved from; its own URL finds it through articles.
    [(article_id, former)] = moved.items()
    assert converted.execute("SELECT u.url, a.article_id FROM article_urls u JOIN articles a "
                             "ON a.id = u.article").fetchall() == [(former, article_id)]
    index = ArchiveIndex(old)
    moved_record = next(r for r in records if r["article_id"] == article_id)
    for url in (former, moved_record["url"]):
        assert index.article("other", None, url).url == moved_record["url"]
    index.close()


def test_link_targets_are_shared_and_told_apart(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(links, "key", lambda url, title: 7)  # every target collides
    db = open_archive(tmp_path / "a.db")
    related = [{"url": "https://x/a", "title": None, "kind": "related"},
               {"url": "https://x/a", "title": "", "kind": "related"},
               {"url": "https://x/a", "title": "أ", "kind": "most_read"},
               {"url": None, "title": "أ", "kind": "read_more"},
               {"url": "https://x/a", "title": "أ", "kind": "related"}]
    records = [{**r, "related": related} for r in replica_records(2)]
    save_articles(db, records, NOW)
    assert db.execute("SELECT count(*) FROM link_targets").fetchone()[0] == 4
    for pk in (1, 2):
        assert relations.read_one(db.conn, pk)["related"] == related


def test_link_keys_hash_none_and_empty_apart() -> None:
    keys = {links.key(u, t) for u in (None, "", "a") for t in (None, "", "a")}
    assert len(keys) == 9 and all(0 <= k < 2 ** 63 for k in keys)
