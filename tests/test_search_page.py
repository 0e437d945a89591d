"""/-/search (filters, sort, pages, facets, exports), readable table cells, article history:
word diffs between versions and WARC captures served read-only."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import quote

import pytest

from archive import finder, search_web
from archive.db import open_archive
from archive.history import word_diff
from archive.store import save_articles
from archive.warc import CaptureWriter, Fetched
from tests.test_browse import fetch

NOW = "2024-03-01T00:00:00+00:00"
SLUG = "افتتاح-مدرسة-جديدة"
PAGE_HTML = "<html><body><h1>افتتاح مدرسة</h1><script>alert(1)</script></body></html>"


def record(n: int, title: str, body: str, **changes: object) -> dict:
    base = {"url": f"https://arabic.rt.com/news/{1600000 + n}-{quote(SLUG)}/", "site": "rtarabic",
            "article_id": str(n), "title": title, "summary": None, "body": body,
            "status": "ok", "content_hash": f"h{n}", "tags": ["تعليم"], "section": "news",
            "section_name": "أخبار", "language": "ar",
            "published": f"2024-0{1 + n % 2}-{n % 27 + 1:02d}T10:00:00+03:00"}
    base.update(changes)
    return base


def research_archive(root: Path) -> Path:
    """45 articles on schools (one in two sites, two months), the first with two versions
    and a WARC capture of each under root/warc; returns the archive's path."""
    path = root / "archive.db"
    writer = CaptureWriter(root / "warc", "test")
    captures = [writer.write_response(Fetched(
        url=f"https://arabic.rt.com/news/1600001-{quote(SLUG)}/", method="GET",
        request_headers=[], status=200,
        response_headers=[("Content-Type", "text/html; charset=utf-8")],
        body=f"{PAGE_HTML}<!-- {i} -->".encode())) for i in range(2)]
    writer.close()
    db = open_archive(path)
    records = [record(n, f"المعلمون في المدرسة رقم {n}", f"نص عن المدرسة {n}.")
               for n in range(1, 46)]
    records[0].update(title="افتتاح مدرسة جديدة", body="افتتحت الوزارة مدرسة في الحي.",
                      **captures[0].as_columns())
    records[1].update(site="other", section="world", section_name="العالم", tags=["رياضة"])
    save_articles(db, records, NOW)
    changed = {**records[0], "content_hash": "h1-b", **captures[1].as_columns(),
               "body": "افتتحت وزارة التربية مدرسة كبيرة في الحي."}
    save_articles(db, [changed], "2024-03-02T00:00:00+00:00")
    db.close()
    return path


@pytest.fixture(scope="module")
def archive_path(tmp_path_factory) -> Path:
    return research_archive(tmp_path_factory.mktemp("searchpage"))


def get(path: Path, url: str):
    [response] = fetch(path, url)
    return response


def test_filters_narrow_the_results(archive_path: Path) -> None:
    q = quote("مدرسة")
    assert 'archive-total">45<' in get(archive_path, f"/-/search?q={q}").text
    for args, total in (("site=other", 1), ("section=world", 1), (f"tag={quote('رياضة')}", 1),
                        ("from=2024-02-01", 23), ("to=2024-01-31", 22),
                        ("from=2024-01-05&to=2024-01-10", 6)):
        page = get(archive_path, f"/-/search?q={q}&{args}")
        assert page.status_code == 200
        assert f'archive-total">{total}<' in page.text, args


def test_sort_orders_and_pager(archive_path: Path) -> None:
    q = quote("مدرسة")
    newest = get(archive_path, f"/-/search?q={q}&sort=newest")
    dates = [part[:10] for part in newest.text.split('<time dir="ltr">')[1:]]
    assert dates == sorted(dates, reverse=True) and len(dates) == 20
    oldest = get(archive_path, f"/-/search?q={q}&sort=oldest&page=3")
    assert "صفحة 3 من 3" in oldest.text and oldest.text.count('class="archive-hit"') == 5
    assert 'rel="prev" href="?q=' in oldest.text and "sort=oldest" in oldest.text
    assert 'aria-current="page">3<' in oldest.text


def test_a_windowed_ranking_says_so(archive_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    q = quote("مدرسة")
    assert 'archive-rank-window' not in get(archive_path, f"/-/search?q={q}").text
    monkeypatch.setattr(finder, "RANK_WINDOW", 10)
    page = get(archive_path, f"/-/search?q={q}")
    assert 'class="archive-rank-window"' in page.text and "among each 10 most" in page.text
    assert 'archive-total">45<' in page.text and page.text.count('class="archive-hit"') == 20
    assert 'archive-rank-window' not in get(archive_path, f"/-/search?q={q}&sort=newest").text


def test_facets_past_the_time_limit_leave_the_results(archive_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    def endless(conn, *args):  # counts that never end: the page's time limit stops them
        conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                     "SELECT count(*) FROM c").fetchone()

    monkeypatch.setattr(finder, "facets", endless)
    page = get(archive_path, f"/-/search?q={quote('مدرسة')}")
    assert page.status_code == 200
    assert 'archive-total">45<' in page.text and page.text.count('class="archive-hit"') == 20
    assert 'class="archive-facets-skipped"' in page.text
    assert 'class="archive-facets"' not in page.text
    assert "search facets for 'مدرسة' took over" in caplog.text


@pytest.mark.parametrize("args", ["page=4", "page=0", "page=-1", "page=abc",
                                  "page=99999999999999999999999", "sort=title",
                                  "from=2024-13-01", "to=yesterday", "format=xml"])
def test_bad_parameters_answer_400_with_a_message(archive_path: Path, args: str) -> None:
    page = get(archive_path, f"/-/search?q={quote('مدرسة')}&{args}")
    assert page.status_code == 400
    assert 'class="archive-error"' in page.text


def test_no_results_is_page_one_of_one(archive_path: Path) -> None:
    assert get(archive_path, f"/-/search?q={quote('كتابخانه')}").status_code == 200
    assert get(archive_path, f"/-/search?q={quote('كتابخانه')}&page=2").status_code == 400


def test_facets_count_sites_sections_and_months(archive_path: Path) -> None:
    page = get(archive_path, f"/-/search?q={quote('مدرسة')}")
    assert 'class="archive-facets"' in page.text
    assert "<bdi>العالم</bdi></a> <span class=\"archive-facet-count\">1<" in page.text
    assert 'from=2024-02-01&amp;to=2024-02-29' in page.text  # a month is a date range


def test_csv_export_has_every_match_not_only_the_page(archive_path: Path) -> None:
    response = get(archive_path, f"/-/search?q={quote('مدرسة')}&format=csv&sort=oldest")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 45
    assert list(rows[0]) == list(search_web.EXPORT_FIELDS)
    opening = next(r for r in rows if r["title"] == "افتتاح مدرسة جديدة")
    assert opening["url"] == f"https://arabic.rt.com/news/1600001-{SLUG}/"
    assert opening["tags"] == "تعليم" and opening["site"] == "rtarabic"
    assert "مدرسة" in opening["snippet"]
    dates = [r["published"] for r in rows]
    assert dates == sorted(dates)


def test_jsonl_export_follows_the_filters(archive_path: Path) -> None:
    response = get(archive_path, f"/-/search?q={quote('مدرسة')}&format=jsonl&site=other")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert len(lines) == 1 and lines[0]["tags"] == ["رياضة"] and lines[0]["section"] == "world"
    assert "\\u" not in response.text  # Arabic written as itself


def test_export_without_a_query_is_refused(archive_path: Path) -> None:
    assert get(archive_path, "/-/search?format=csv").status_code == 400


def test_articles_table_shows_decoded_urls_and_cut_bodies(archive_path: Path,
                                                        tmp_path: Path) -> None:
    cells = get(archive_path, "/archive/articles?_size=50").text.split("<tbody>")[1]
    shown = f">/news/1600001-{SLUG}/</a>"
    assert shown in cells  # the link text: decoded path
    assert f'href="https://arabic.rt.com/news/1600001-{quote(SLUG)}/"' in cells  # target as is
    assert ">%D8" not in cells and ">https://" not in cells
    long_body = "كلمة " * 200
    db = open_archive(tmp_path / "long.db")
    save_articles(db, [record(1, "عنوان", long_body, canonical_url=record(1, "", "")["url"])],
                  NOW)
    db.close()
    cells = get(tmp_path / "long.db", "/archive/articles").text.split("<tbody>")[1]
    assert 'class="archive-same">= url' in cells  # canonical_url equal to url: said once
    assert 'class="archive-cut">' in cells and long_body.strip() not in cells


def test_article_page_links_versions_diff_and_capture(archive_path: Path) -> None:
    page = get(archive_path, "/archive/articles/1")
    assert "/-/articles/1/capture" in page.text and "/-/articles/1/diff" in page.text
    assert "النسخة 2" in page.text and f"/news/1600001-{SLUG}/" in page.text


def test_diff_page_marks_words_removed_and_added(archive_path: Path) -> None:
    page = get(archive_path, "/-/articles/1/diff")
    assert page.status_code == 200
    assert "<del>الوزارة</del><ins>وزارة التربية</ins>" in page.text
    assert "كبيرة</ins>" in page.text
    assert get(archive_path, "/-/articles/1/diff?from=1&to=9").status_code == 400


def test_word_diff_runs() -> None:
    assert word_diff("افتتحت الوزارة مدرسة", "افتتحت وزارة التربية مدرسة") == [
        ("same", "افتتحت "), ("del", "الوزارة"), ("ins", "وزارة التربية"), ("same", " مدرسة")]


def test_capture_route_serves_the_captured_response(archive_path: Path) -> None:
    current, first = get(archive_path, "/-/articles/1/capture"), get(
        archive_path, "/-/articles/1/capture/1")
    assert current.status_code == 200 and first.status_code == 200
    assert current.headers["content-type"] == "text/html; charset=utf-8"
    assert current.text.endswith("<!-- 1 -->") and first.text.endswith("<!-- 0 -->")
    assert "sandbox" in current.headers["content-security-policy"]  # its script never runs
    assert get(archive_path, "/-/articles/2/capture").status_code == 404  # none stored
    assert get(archive_path, "/-/articles/999/capture").status_code == 404


def test_capture_route_refuses_files_outside_the_warc_folder(archive_path: Path,
                                                            tmp_path: Path) -> None:
    import sqlite3

    outside = archive_path.parent / "secret.txt"
    outside.write_text("not a capture")
    copy = tmp_path / "archive.db"
    with sqlite3.connect(archive_path) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("UPDATE articles SET warc_file = '../secret.txt', warc_offset = 0 "
                       "WHERE id = 1")
    (tmp_path / "warc").mkdir()
    response = get(copy, "/-/articles/1/capture")
    assert response.status_code == 404 and "outside the WARC folder" in response.text


def test_search_command_takes_the_same_filters(archive_path: Path) -> None:
    from click.testing import CliRunner

    from archive.cli import cli

    result = CliRunner().invoke(cli, ["search", "معلم", "--db", str(archive_path),
                                      "--site", "other", "--from", "2024-01-01"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("1 articles match") and "[المعلمون]" in result.output
    bad = CliRunner().invoke(cli, ["search", "معلم", "--db", str(archive_path),
                                   "--to", "2024-02-30"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
