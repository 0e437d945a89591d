"""Every fixture and replica page extracted under several profiles, as one JSON file.

For refactors that must not change a record: write a snapshot before, one after, compare
(`cmp` or the printed sha256). `python -m bench.record_snapshot OUT.json`

Also in it: every evaluation case under its own profile and URL (`python -m archive evaluate
--set all`), and a template-learning crawl of the served site (tests/templates/site.py): each
page's record with the template learned so far, then the stored rows after the end-of-run
re-clean, and the rows of the search index.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from extraction import extract, get_site
from extraction.evaluate import load_cases
from extraction.sites.generic import site_for_url
from tests.replica.site import ReplicaSite
from tests.replica_wp.site import WordPressSite

PROFILES = ("rtarabic", "generic", "sputnikarabic", "youm7")
WP_BASE = "http://127.0.0.1:9999"
NOW = "2026-01-01T00:00:00+00:00"


def pages() -> list[tuple[str, str, bytes, str | None]]:
    """(key, url, body, content type) of every page: fixtures twice (an RT and a plain URL),
    then every route of the RT replica (300 articles) and the WordPress replica (120)."""
    found = []
    for path in sorted(Path("tests").rglob("*.html")):
        found.append((str(path), "https://arabic.rt.com/world/1531002-x/", path.read_bytes(), None))
        found.append((f"{path}#plain", "https://example.com/2024/01/02/some-story-here/",
                      path.read_bytes(), None))
    for prefix, site in (("rt", ReplicaSite("https://arabic.rt.com", n_articles=300)),
                         ("wp", WordPressSite(WP_BASE, n_articles=120))):
        for path, route in sorted(site.routes.items()):
            found.append((prefix + path, site.url(path), route.body,
                          route.headers.get("Content-Type")))
    return found


def evaluation_records() -> dict[str, Any]:
    """Every evaluation case as `archive evaluate` extracts it."""
    return {f"eval|{case.name}": extract(get_site(case.site), case.url,
                                         case.html.read_bytes()).to_dict()
            for case in load_cases(Path("tests/fixtures"))}


def learning_records() -> dict[str, Any]:
    """A crawl of the template-learning site with learning on, twice (the second from the
    template the first left): each page's record, then the rows after the re-clean."""
    from archive.schema import MIGRATIONS
    from archive.site_templates import TemplateLedger
    from archive.store import reclean_run, save_articles, start_run
    from tests.templates.site import TemplateSite

    served = TemplateSite("https://sada.example")
    db = sqlite_utils.Database(memory=True)
    MIGRATIONS.apply(db)
    out: dict[str, Any] = {}
    for crawl in range(2):
        ledger = TemplateLedger.load(db, "sada")
        run = start_run(db, "sada", "snapshot", NOW)
        records = []
        for story in served.stories:
            url = served.url(story.path)
            article = extract(get_site("generic"), url, served.routes[story.path].body,
                              template=ledger.template)
            out[f"learn{crawl}|{url}"] = {**article.to_dict(),
                                          "template_keys": list(article.template_keys),
                                          "template_removed": article.template_removed}
            if article.ok:
                ledger.saw(article.article_id or url, article.template_keys, article.body, NOW,
                           article.title_affixes)
                records.append({**article.to_dict(), "site": "sada",
                                "article_id": article.article_id or url})
        save_articles(db, records, NOW, run, template=ledger.changes())
        out[f"learn{crawl}|reclean"] = dict(reclean_run(db, "sada", run, ledger.template))
    out["learn|rows"] = [dict(zip(("title", "body", "word_count", "content_hash"), row,
                                  strict=True))
                         for row in db.execute("SELECT title, body, word_count, content_hash "
                                               "FROM articles ORDER BY id")]
    out["learn|index"] = _index_rows(db)
    return out


def _index_rows(db: sqlite_utils.Database) -> list[list[Any]]:
    """Every (term, article, column, offset) of the search index, as fts5vocab reads it."""
    db.execute("CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, articles_search, "
               "instance)")
    return [list(row) for row in db.execute("SELECT * FROM temp.search_terms ORDER BY 1, 2, 3, 4")]


def main(out: str) -> None:
    sites = [get_site(name) for name in PROFILES]
    sites += [site_for_url(WP_BASE), site_for_url("https://example.com")]
    records: dict[str, Any] = {f"{key}|{i}": extract(site, url, body, ctype).to_dict()
                               for key, url, body, ctype in pages()
                               for i, site in enumerate(sites)}
    records |= evaluation_records()
    records |= learning_records()
    Path(out).write_text(json.dumps(records, ensure_ascii=False, sort_keys=True, indent=0,
                                    default=str), encoding="utf-8")
    print(len(records), hashlib.sha256(Path(out).read_bytes()).hexdigest())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "records.json")
