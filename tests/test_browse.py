"""Browsing with Datasette, in process: Arabic search, facets, canned queries, safety, pages."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from archive.browse import build_datasette, per_day
from archive.charts import bar_chart
from archive.cli import cli
from archive.db import open_archive
from archive.site_templates import TemplateLedger
from archive.store import finish_run, save_articles, start_run
from extraction.site_template import block_keys
from tests.test_search import CASES

NOW = "2024-02-01T00:00:00+00:00"
XSS_BODY = 'فقرة أولى <script>alert("x")</script>\n\nصورة <img src=x onerror=alert(1)> هنا'
XSS_TITLE = "عنوان <b>عريض</b> <script>alert(2)</script>"
TEMPLATE_LINE = "اشترك في النشرة البريدية"


def article(article_id: str, title: str, body: str, **changes: Any) -> dict[str, Any]:
    base = {"url": f"https://arabic.rt.com/news/{article_id}-x/", "site": "rtarabic",
            "article_id": article_id, "title": title, "summary": None, "body": body,
            "status": "ok", "content_hash": f"h-{article_id}", "tags": ["أخبار"],
            "section": "news", "section_name": "أخبار", "language": "ar", "source": "RT",
            "published": f"2024-01-{int(article_id) % 28 + 1:02d}T10:00:00+03:00"}
    base.update(changes)
    return base


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("browse") / "archive.db"
    db = open_archive(path)
    run = start_run(db, "rtarabic", "rtarabic", "2024-02-01T00:00:00+00:00")
    records = [article(i, title, body) for i, (title, body) in CASES.items()]
    records.append(article(
        "50", XSS_TITLE, XSS_BODY, tags=["روسيا", "أوبك+"], section="world",
        section_name="العالم", source="RT + وكالات", language="ar",
        published="2024-01-10T09:00:00+03:00",
        related=[{"url": "https://arabic.rt.com/news/1-x/", "title": "خبر مؤرشف",
                  "kind": "read_more"},
                 {"url": "https://arabic.rt.com/news/999-gone/", "title": "خارج الأرشيف",
                  "kind": "related"}]))
    records.append(article("51", "English story", "Plain English text.", language="en",
                            tags=["روسيا"], site="other", section="world"))
    ledger = TemplateLedger("rtarabic")
    for n in range(3):
        lines = [TEMPLATE_LINE, f"سطر الخبر {n}"]
        ledger.saw(str(n), block_keys(lines), "\n\n".join(lines), NOW)
    save_articles(db, records, NOW, run, template=ledger.changes())
    finish_run(db, run, {"finished": "2024-02-01T00:05:00+00:00", "finish_reason": "finished",
                         "status": "ok", "pages_fetched": 20, "articles_new": len(records),
                         "duration_s": 300.0, "requests": 25, "errors": 1,
                         "skipped": 2, "failed": 1, "skipped_by_reason": '{"blocked": 2}',
                         "failed_by_reason": '{"http_500": 1}',
                         "discovered_by_source": '{"rss": 12}'})
    db.close()
    return path


def fetch(path: Path, *urls: str) -> list[Any]:
    async def run() -> list[Any]:
        datasette = build_datasette(path)
        await datasette.invoke_startup()
        return [await datasette.client.get(url) for url in urls]

    return asyncio.run(run())


def ids_for(path: Path, query: str) -> set[str]:
    [response] = fetch(path, f"/archive/articles.json?_shape=array&_size=max"
                             f"&_search={quote(query)}")
    assert response.status_code == 200, response.text
    return {row["article_id"] for row in response.json()}


# ---- search from Datasette's own box on the articles table ----

@pytest.mark.parametrize(("query", "expected"), [
    ("مدرسة", {"1", "2", "3", "4", "5"}),
    ("المَدْرَسَة", {"1", "2", "3", "4", "5"}),
    ("والمدرسة", {"1", "2", "3", "4", "5"}),
    ("احمد", {"6", "7"}),
    ("مستشفي", {"8"}),
    ("بلد", {"9"}),
    ("كتاب", set()),
    ("english", {"51"}),
    # No article holds these keys: only their stems reach them (search_stems, m021).
    ("مدرستهم", {"1", "2", "3", "4", "5"}),
    ("مستشفيات", {"8"}),
])
def test_table_search_box_understands_arabic(archive_path: Path, query: str,
                                             expected: set[str]) -> None:
    assert ids_for(archive_path, query) == expected


def test_table_page_shows_the_search_box_with_the_query_as_typed(archive_path: Path) -> None:
    [page] = fetch(archive_path, f"/archive/articles?_search={quote('المدرسة')}")
    assert page.status_code == 200
    assert 'name="_search"' in page.text and 'value="المدرسة"' in page.text
    assert "5 rows where search matches" in page.text


def test_table_search_that_is_only_punctuation_finds_nothing(archive_path: Path) -> None:
    assert ids_for(archive_path, "؟!") == set()


# ---- the search page ----

def test_search_page_ranks_and_highlights(archive_path: Path) -> None:
    [page] = fetch(archive_path, f"/-/search?q={quote('مستشفى')}")
    assert page.status_code == 200
    assert 'archive-total">1</span> نتيجة' in page.text
    assert "<mark>مستشفى</mark> ميداني" in page.text
    assert 'href="/archive/articles/8"' in page.text
    [page] = fetch(archive_path, f"/-/search?q={quote('مدرسة')}")
    assert page.text.count('class="archive-hit"') == 5
    # the article with the word in its title comes first
    first = page.text.index('class="archive-hit"')
    assert page.text.index("/archive/articles/1\"", first) < page.text.index(
        "/archive/articles/2\"", first)
    assert "<mark>بالمدرسة</mark>" in page.text and "<mark>مدرسةٍ</mark>" in page.text


def test_search_page_without_a_query_is_a_form(archive_path: Path) -> None:
    [page] = fetch(archive_path, "/-/search")
    assert page.status_code == 200 and 'name="q"' in page.text and "نتيجة" not in page.text


# ---- configuration: metadata, facets, sorting, labels, hidden tables, canned queries ----

def test_index_carries_title_description_source_and_licence(archive_path: Path) -> None:
    [page] = fetch(archive_path, "/")
    assert "أرشيف الأخبار العربية" in page.text
    assert "RT Arabic (arabic.rt.com)" in page.text and "Code: MIT" in page.text
    assert 'href="/-/search"' in page.text and 'href="/-/charts"' in page.text


def test_articles_sorted_newest_first_with_the_facets(archive_path: Path) -> None:
    [response] = fetch(archive_path, "/archive/articles.json?_size=max")
    data = response.json()
    published = [row[data["columns"].index("published")] for row in data["rows"]]
    assert published == sorted(published, reverse=True)
    facets = data["facet_results"]
    assert set(facets) == {"site", "section", "tags", "language", "published"}
    tags = {item["value"]: item["count"] for item in facets["tags"]["results"]}
    assert tags["روسيا"] == 2 and tags["أوبك+"] == 1
    assert {item["value"]: item["count"] for item in facets["language"]["results"]} == {
        "ar": 11, "en": 1}


def test_tag_links_filter_by_tag(archive_path: Path) -> None:
    [response] = fetch(archive_path, "/archive/articles.json?_shape=array"
                                     f"&_tag={quote('روسيا')}")
    assert {row["article_id"] for row in response.json()} == {"50", "51"}


def test_label_columns_and_hidden_tables(archive_path: Path) -> None:
    links, database = fetch(archive_path, "/archive/article_links.json?_labels=on&_shape=array",
                            "/archive.json")
    assert links.json()[0]["article"]["label"] == XSS_TITLE
    assert links.json()[0]["target"]["label"] == "خبر مؤرشف"  # the link target's title
    hidden = {table["name"] for table in database.json()["tables"] if table["hidden"]}
    assert {"articles_search", "_sqlite_migrations", "articles_tags"} <= hidden
    assert "articles" not in hidden


def test_canned_queries(archive_path: Path) -> None:
    latest, by_tag, per_day_, health = fetch(
        archive_path, "/archive/latest_articles.json?_shape=array",
        f"/archive/articles_by_tag.json?_shape=array&tag={quote('روسيا')}",
        "/archive/articles_per_day.json?_shape=array",
        "/archive/crawl_run_health.json?_shape=array")
    rows = latest.json()
    assert len(rows) == 12 and rows[0]["published"] == max(r["published"] for r in rows)
    assert {row["id"] for row in by_tag.json()} == {11, 12}
    assert sum(row["articles"] for row in per_day_.json()) == 12
    [run] = health.json()
    assert (run["finish_reason"], run["status"], run["duration_s"], run["errors"]) == (
        "finished", "ok", 300.0, 1)
    assert run["error_percent"] == 4.0
    assert json.loads(run["skipped_by_reason"]) == {"blocked": 2}


def test_learned_templates_are_browsable(archive_path: Path) -> None:
    learned, table = fetch(archive_path, "/archive/site_templates.json?_shape=array",
                           "/archive/site_template_blocks.json?_shape=array")
    assert [(r["site"], r["sample"], r["articles"], r["pages"]) for r in learned.json()] == [
        ("rtarabic", TEMPLATE_LINE, 3, 3)]
    assert len(table.json()) == 4  # the template line and three lines seen once


# ---- the article page ----

def test_article_page_reads_right_to_left(archive_path: Path) -> None:
    [page] = fetch(archive_path, "/archive/articles/11")
    html = page.text
    assert '<article class="archive-article" dir="rtl" lang="ar">' in html
    assert f'href="/archive/articles?_tag={quote("أوبك+")}"' in html
    assert '<a class="archive-section" href="/archive/articles?section=world">' in html
    assert html.count("<p>فقرة أولى") == 1 and html.count("<p>صورة") == 1
    assert "المصدر: <bdi>RT + وكالات</bdi>" in html
    assert 'href="/archive/articles/1"><bdi>خبر مؤرشف</bdi>' in html  # archived: our copy
    assert 'href="https://arabic.rt.com/news/999-gone/"' in html
    assert "/static/archive.css" in html


def test_non_arabic_article_lets_the_text_decide(archive_path: Path) -> None:
    [page] = fetch(archive_path, "/archive/articles/12")
    assert 'class="archive-article" dir="auto" lang="en"' in page.text


# ---- safe to publish ----

def test_article_html_is_shown_escaped_never_executed(archive_path: Path) -> None:
    pages = fetch(archive_path, "/archive/articles/11", "/archive/articles",
                  f"/-/search?q={quote('فقرة')}", f"/-/search?q={quote('عنوان')}",
                  "/archive/latest_articles")
    for page in pages:
        assert page.status_code == 200
        for raw in ('<script>alert("x")', "<script>alert(2)", "<img src=x onerror",
                    "<b>عريض</b>"):
            assert raw not in page.text, (page.url, raw)
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in pages[0].text
    assert "&lt;img src=x onerror=alert(1)&gt;" in pages[0].text


def test_no_writes_even_through_datasettes_write_connection(archive_path: Path) -> None:
    async def run() -> None:
        datasette = build_datasette(archive_path)
        await datasette.invoke_startup()
        with pytest.raises(sqlite3.OperationalError, match=r"readonly|read-only|query_only"):
            await datasette.get_database("archive").execute_write(
                "INSERT INTO tags (name) VALUES ('x')")
        page = await datasette.client.get(
            "/archive.json?sql=" + quote("delete from articles"))
        assert page.status_code == 400

    asyncio.run(run())
    conn = sqlite3.connect(archive_path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 12
    conn.close()


def test_settings_are_safe_to_publish(archive_path: Path) -> None:
    settings, plugins, download = fetch(archive_path, "/-/settings.json", "/-/plugins.json",
                                        "/archive.db")
    assert settings.json()["sql_time_limit_ms"] <= 1000
    assert settings.json()["allow_download"] is False and download.status_code == 403
    # Our plugins are the only ones: nothing that uploads or writes is installed.
    assert sorted(plugin["name"] for plugin in plugins.json()) == ["arabic_archive.py",
                                                                   "archive_pages.py",
                                                                   "request_checks.py",
                                                                   "stories.py",
                                                                   "tag_facet.py"]


def test_a_slow_query_is_cut_off(archive_path: Path) -> None:
    slow = ("with recursive c(x) as (select 1 union all select x + 1 from c) "
            "select count(*) from c")
    [response] = fetch(archive_path, "/archive.json?sql=" + quote(slow))
    assert response.status_code == 400
    assert "too long" in response.json()["error"]


# ---- charts ----

def test_charts_page_draws_articles_per_day_and_runs(archive_path: Path) -> None:
    [page] = fetch(archive_path, "/-/charts")
    assert page.status_code == 200
    svgs = re.findall(r'<svg [^>]*class="archive-chart".*?</svg>', page.text, re.S)
    assert len(svgs) == 2 and not any("<script" in svg for svg in svgs)
    conn = sqlite3.connect(archive_path)
    days = per_day(conn)
    conn.close()
    assert sum(n for _day, n in days) == 12
    assert [day for day, _n in days] == sorted({day for day, _n in days})
    assert svgs[0].count("<rect x=") == sum(1 for _day, n in days if n)
    assert svgs[1].count("<rect x=") == 3 + 5  # new, skipped, failed bars + the legend
    assert "12 articles over" in page.text


def test_bar_chart_escapes_labels_and_stacks_series() -> None:
    svg = bar_chart(["<script>x</script>", "b"], {"new": [2, 0], "failed": [1, 3]}, title="t&t")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "t&amp;t" in svg
    assert svg.count("<rect x=") == 3 + 2  # three non-empty parts + the legend


def test_hand_written_sql_can_use_the_arabic_query_function(archive_path: Path) -> None:
    sql = ("select rowid from articles_search where articles_search "
           "match arabic_fts_query(:q) order by rowid")
    [response] = fetch(archive_path, f"/archive.json?_shape=array&q={quote('لِلمدرسة')}"
                                     f"&sql={quote(sql)}")
    assert [row["rowid"] for row in response.json()] == [1, 2, 3, 4, 5]


# ---- the commands ----

def test_search_command_prints_ranked_hits_with_snippets(archive_path: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "مستشفى", "--db", str(archive_path)])
    assert result.exit_code == 0, result.output
    assert "1 articles match 'مستشفى'" in result.output
    assert "1. [مستشفى] ميداني" in result.output
    assert "افتتح [مستشفى] ميداني جديد." in result.output
    assert "https://arabic.rt.com/news/8-x/" in result.output
    ranked = CliRunner().invoke(cli, ["search", "مدرسة", "--db", str(archive_path),
                                      "--limit", "2"])
    assert "5 articles match" in ranked.output and "top 2" in ranked.output
    # the article with the word in its title ranks first
    assert "\n1. [المَدْرَسَة] الجديدة" in ranked.output


@pytest.mark.parametrize("command", [["search", "x"], ["serve"]])
def test_commands_refuse_a_missing_archive(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, [*command, "--db", str(missing)])
    assert result.exit_code == 1 and "no archive" in result.output
    assert not missing.exists()


def test_a_plain_datasette_in_the_same_process_is_left_alone(archive_path: Path) -> None:
    from datasette.app import Datasette

    async def run() -> list[Any]:
        build_datasette(archive_path)  # registers the plugin process-wide
        plain = Datasette([str(archive_path)])
        await plain.invoke_startup()
        return [await plain.client.get(url) for url in (
            "/-/search?q=x", "/archive/articles.json?_shape=array&_search=" + quote("مدرسة"))]

    search_page, table = asyncio.run(run())
    assert search_page.status_code == 404
    assert table.status_code == 200 and len(table.json()) == 12  # no search there: no filter
