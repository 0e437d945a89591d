"""Site templates (issue 21): the pure functions (keys, applying a template, the guards),
the learning rule and its bound (archive/site_templates.py), their storage and the end-of-run
re-clean (archive/store.py), and the crawl component's switches."""

from __future__ import annotations

import pickle
import sqlite3
from types import SimpleNamespace

import pytest

from archive.search import search
from archive.site_templates import TemplateLedger, stored_template
from archive.store import reclean_run, save_articles, start_run
from crawler.template_learning import TemplateLearning
from extraction import SiteTemplate, extract
from extraction.site_template import (
    TEMPLATE_MAX_WORDS,
    apply_template,
    block_keys,
    clean_body,
    line_key,
)
from extraction.sites.generic import site_for_url
from extraction.textnorm import content_hash
from tests.project import project_crawler
from tests.templates.site import SHARED, TemplateSite

NEWSLETTER = "اشترك في النشرة البريدية ليصلك أهم الأخبار يوميا"
POLICY = "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع"
TEXT = ["بدأت البلدية اليوم أعمال توسعة الطريق الساحلي.",
        "وقال رئيس البلدية إن الأعمال تستمر شهرين."]
NOW = "2026-01-01T00:00:00+00:00"


def template(*lines: str) -> SiteTemplate:
    return SiteTemplate("site.example", frozenset(line_key(line) for line in lines))


# ---------------------------------------------------------------- keys

def test_spellings_of_one_line_share_a_key() -> None:
    variants = ["اقرأ أيضاً: الأخبار", "  اقرا   ايضا: الاخبار ", "اقرأ أيضاً: الأخبار.",
                "اقرأ أيـــضاً: الأخْبار", "- اقرأ أيضاً: الأخبار"]
    assert len({line_key(v) for v in variants}) == 1
    assert line_key("اقرأ أيضاً: الأخبار") != line_key("اقرأ أيضاً: الرياضة")
    assert line_key("رقم ١٢") == line_key("رقم 12")


def test_long_lines_and_empty_lines_have_no_key() -> None:
    words = " ".join(["كلمة"] * TEMPLATE_MAX_WORDS)
    assert line_key(words) is not None
    assert line_key(words + " أخرى") is None
    assert line_key("") is None and line_key(" - ") is None


def test_block_keys_each_once_in_page_order() -> None:
    long_line = " ".join(["كلمة"] * (TEMPLATE_MAX_WORDS + 1))
    body = "\n\n".join([NEWSLETTER, TEXT[0], NEWSLETTER, long_line, TEXT[1]])
    assert block_keys(body) == [line_key(NEWSLETTER), line_key(TEXT[0]), line_key(TEXT[1])]
    assert block_keys([NEWSLETTER, TEXT[0]]) == block_keys(f"{NEWSLETTER}\n\n{TEXT[0]}")


# ---------------------------------------------------------------- applying a template

def test_template_lines_leave_and_are_counted() -> None:
    cleaned = apply_template([NEWSLETTER, *TEXT, POLICY], template(NEWSLETTER, POLICY))
    assert cleaned == (TEXT, 2, False)
    assert apply_template(TEXT, None) == (TEXT, 0, False)
    assert apply_template(TEXT, SiteTemplate("site.example")) == (TEXT, 0, False)


def test_a_template_never_empties_a_body() -> None:
    cleaned = apply_template([NEWSLETTER, POLICY], template(NEWSLETTER, POLICY))
    assert cleaned == ([NEWSLETTER, POLICY], 0, True)


def test_the_pages_own_lead_stays() -> None:
    cleaned = clean_body("\n\n".join([TEXT[0], NEWSLETTER, TEXT[1]]), TEXT[0],
                         template(TEXT[0], NEWSLETTER))
    assert cleaned == ([TEXT[0], TEXT[1]], 1, False)


def test_extraction_takes_the_template_as_an_input() -> None:
    site = TemplateSite("http://127.0.0.1:8000")
    profile = site_for_url(site.base_url)
    story = site.stories[0]
    url, page = site.url(story.path), site.routes[story.path].body
    plain = extract(profile, url, page, "text/html")
    assert plain.template_keys == () and plain.template_removed == 0
    boilerplate = site.boilerplate[url]
    learned = template(*boilerplate)
    assert pickle.loads(pickle.dumps(learned)) == learned  # it goes to worker processes
    got = extract(profile, url, page, "text/html", template=learned)
    assert got.body == site.expected[url]["body"]
    assert got.template_removed == sum(line in plain.body for line in boilerplate) > 0
    assert got.template_keys == tuple(block_keys(plain.body))
    assert got.word_count == len(got.body.split())
    assert got.content_hash == content_hash(got.title, got.body)
    assert "template_keys" not in got.to_dict() and "template_removed" not in got.to_dict()


def test_the_template_leaves_pages_that_are_no_article_alone() -> None:
    got = extract(site_for_url("http://127.0.0.1"), "http://127.0.0.1/x", b"%PDF-1.4",
                  "application/pdf", template=template(NEWSLETTER))
    assert got.status == "not_html" and got.template_keys == ()


# ---------------------------------------------------------------- the learning rule

def see(ledger: TemplateLedger, article: str, *lines: str, now: str = NOW) -> list[str]:
    return ledger.saw(article, block_keys(list(lines)), "\n\n".join(lines), now)


def test_a_line_is_template_on_its_third_distinct_article() -> None:
    ledger = TemplateLedger("site.example")
    assert see(ledger, "a1", NEWSLETTER, TEXT[0]) == []
    assert see(ledger, "a2", NEWSLETTER, SHARED) == []
    assert see(ledger, "a3", NEWSLETTER, SHARED) == [line_key(NEWSLETTER)]
    assert ledger.template.keys == {line_key(NEWSLETTER)}
    block = ledger.blocks[line_key(NEWSLETTER)]
    assert (block.articles, block.pages, block.sample) == (3, 3, NEWSLETTER)


def test_never_a_line_of_one_or_two_articles() -> None:
    ledger = TemplateLedger("site.example")
    for _ in range(5):  # the same article fetched again and again counts once
        see(ledger, "a1", POLICY, TEXT[0])
    see(ledger, "a2", POLICY, TEXT[0])
    assert ledger.template.keys == frozenset()
    assert ledger.blocks[line_key(POLICY)].pages == 6
    assert apply_template([POLICY, TEXT[0]], ledger.template).removed == 0
    assert ledger.blocks[line_key(POLICY)].sample == POLICY
    see(ledger, "a9", TEXT[1])
    assert ledger.blocks[line_key(TEXT[1])].sample is None  # seen once: no text kept


def test_the_ledger_is_capped_evicting_lines_below_the_threshold_first() -> None:
    ledger = TemplateLedger("site.example", max_keys=4)
    for n in range(3):
        see(ledger, f"a{n}", NEWSLETTER, now=f"2026-01-01T00:00:0{n}+00:00")
    for n in range(6):  # old, then newer lines seen once
        see(ledger, f"b{n}", f"سطر رقم {n}", now=f"2026-01-02T00:00:0{n}+00:00")
    changes = ledger.changes()
    assert changes is not None and len(changes.rows) == 4
    assert changes.evicted == sorted(line_key(f"سطر رقم {n}") for n in range(3))
    assert set(ledger.blocks) == {line_key(NEWSLETTER), *(line_key(f"سطر رقم {n}")
                                                          for n in (3, 4, 5))}
    assert ledger.template.keys == {line_key(NEWSLETTER)}  # the oldest line, but template
    assert ledger.changes() is None


def test_memory_stays_bounded_between_writes() -> None:
    ledger = TemplateLedger("site.example", max_keys=10)
    for n in range(100):
        see(ledger, f"a{n}", f"سطر رقم {n}", now=f"2026-01-01T00:{n // 60:02d}:{n % 60:02d}Z")
    assert len(ledger.blocks) <= 20


# ---------------------------------------------------------------- the archive

def record(n: int, *lines: str, site: str = "site.example", summary: str | None = None
           ) -> dict:
    body = "\n\n".join(lines)
    return {"url": f"https://{site}/2024/01/01/story-{n}/", "site": site,
            "article_id": f"id{n}", "title": f"عنوان {n}", "body": body, "status": "ok",
            "summary": summary, "word_count": len(body.split()),
            "content_hash": content_hash(f"عنوان {n}", body)}


def test_learned_counts_are_stored_loaded_and_bounded(db) -> None:
    ledger = TemplateLedger("site.example", max_keys=3)
    for n in range(3):
        see(ledger, f"a{n}", NEWSLETTER, f"سطر رقم {n}", now=f"2026-01-01T00:00:0{n}Z")
    save_articles(db, [], NOW, template=ledger.changes())
    assert db["site_template_blocks"].count == 3
    again = TemplateLedger.load(db, "site.example", max_keys=3)
    assert again.template == ledger.template == stored_template(db, "site.example")
    assert again.blocks == ledger.blocks
    assert stored_template(db, "other.example") == SiteTemplate("other.example")
    # Another writer's rows past the bound: the table is cut back with the next write.
    db["site_template_blocks"].insert_all(
        {"site": "site.example", "key": f"k{n}", "articles": 1, "article_ids": "[]",
         "pages": 1, "first_seen": "2025-01-01", "last_seen": "2025-01-01"} for n in range(5))
    see(again, "a9", NEWSLETTER, now="2026-02-01T00:00:00Z")
    save_articles(db, [], NOW, template=again.changes())
    keys = {r["key"] for r in db["site_template_blocks"].rows}
    assert len(keys) == 3 and line_key(NEWSLETTER) in keys and not any(
        k.startswith("k") for k in keys)


def test_counts_are_written_with_their_batch_or_not_at_all(db) -> None:
    ledger = TemplateLedger("site.example")
    see(ledger, "a1", NEWSLETTER)
    broken = {**record(1, "نص"), "title": None}  # articles.title is NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        save_articles(db, [record(2, "نص آخر"), broken], NOW, template=ledger.changes())
    assert db["site_template_blocks"].count == 0 and db["articles"].count == 0


def test_the_run_is_recleaned_in_place_and_earlier_runs_are_left_alone(db) -> None:
    old_run = start_run(db, "news", "site.example", NOW)
    save_articles(db, [record(0, TEXT[0], NEWSLETTER)], NOW, old_run)
    run = start_run(db, "news", "site.example", NOW)
    save_articles(db, [record(1, TEXT[0], NEWSLETTER, TEXT[1]), record(2, NEWSLETTER),
                       record(3, TEXT[1]), record(4, TEXT[0], NEWSLETTER, site="b.example")],
                  NOW, run)
    counts = reclean_run(db, "site.example", run, template(NEWSLETTER))
    assert counts == {"articles": 1, "lines": 1, "would_empty": 1}
    rows = {r["article_id"]: r for r in db.query(
        "SELECT id, article_id, site, body, word_count, content_hash, version FROM articles")}
    cleaned = "\n\n".join(TEXT)
    assert rows["id1"]["body"] == cleaned and rows["id1"]["version"] == 1
    assert rows["id1"]["word_count"] == len(cleaned.split())
    assert rows["id1"]["content_hash"] == content_hash("عنوان 1", cleaned)
    assert rows["id2"]["body"] == NEWSLETTER  # the guard: never an empty body
    assert NEWSLETTER in rows["id0"]["body"]  # an earlier run's article: reextract's job
    assert db["article_versions"].count == 0
    found = {hit.id for hit in search(db.conn, "النشرة البريدية")}
    assert rows["id1"]["id"] not in found and rows["id0"]["id"] in found


# ---------------------------------------------------------------- the crawl component

def spider() -> SimpleNamespace:
    return SimpleNamespace(site=SimpleNamespace(name="site.example"))


@pytest.mark.parametrize(("overrides", "enabled"), [
    ({}, True), ({"TEMPLATE_LEARNING": False}, False),
    ({"REDIS_URL": "redis://127.0.0.1:1/0"}, False)])
def test_learning_is_on_by_default_off_by_setting_and_in_distributed_runs(
        overrides: dict, enabled: bool, db) -> None:
    learning = TemplateLearning.from_crawler(project_crawler(overrides=overrides), spider())
    assert (learning.template is not None) is enabled
    learning.open(db)
    assert (learning.ledger is not None) is enabled
