"""Headless Chromium as a researcher: search, filter by date, page, download the CSV; each
page screenshotted under the pytest tmp dir (paths printed: pytest -s shows them)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.served_archive import CHROMIUM, chromium_page, served_archive
from tests.test_search_page import SLUG, research_archive

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium")


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    path = research_archive(tmp_path_factory.mktemp("research"))
    with served_archive(path) as base:
        yield base


@pytest.fixture(scope="module")
def page() -> Iterator[object]:
    with chromium_page(viewport={"width": 1280, "height": 900}, accept_downloads=True) as opened:
        yield opened


def shoot(page, shots: Path, name: str, selector: str | None = None) -> Path:
    path = shots / f"{name}.png"
    if selector:  # a long page: its first 700 pixels from `selector` on
        box = page.locator(selector).first.bounding_box()
        page.screenshot(path=str(path), full_page=True,
                        clip={"x": 0, "y": box["y"], "width": 1280, "height": 700})
    else:
        page.screenshot(path=str(path), full_page=True)
    print(f"screenshot: {path}")
    return path


def test_search_filter_by_date_page_and_download_csv(server, page, shots) -> None:
    page.goto(f"{server}/-/search")
    page.fill("input[name=q]", "معلم")  # the titles say المعلمون
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".archive-hit")
    assert page.inner_text(".archive-total") == "44"
    assert page.locator(".archive-pages a").count() >= 3  # a pager: 44 results, 20 a page
    shoot(page, shots, "search")
    page.fill("input[name=from]", "2024-02-01")
    page.select_option("select[name=sort]", "newest")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**from=2024-02-01**")
    assert page.inner_text(".archive-total") == "22"
    assert page.eval_on_selector(".archive-search", "e => getComputedStyle(e).direction") == "rtl"
    assert page.locator(".archive-facet-month li").count() == 1
    shoot(page, shots, "search-filtered")
    page.click(".archive-pages a[rel=next]")
    page.wait_for_url("**page=2**")
    assert page.locator(".archive-hit").count() == 2
    with page.expect_download() as download:
        page.click(".archive-export-csv")
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 22  # every match of the query and filter, not one page
    assert all(row["published"] >= "2024-02-01" for row in rows)
    assert any(row["url"].endswith(f"-{SLUG}/") for row in rows)  # decoded, Arabic intact


def test_table_article_diff_and_capture_pages(server, page, shots) -> None:
    page.goto(f"{server}/archive/articles")
    title_width = page.eval_on_selector("td.col-title", "e => e.getBoundingClientRect().width")
    assert title_width >= 300  # no longer one word a line
    link = page.locator("td.col-url a").first
    assert link.inner_text().startswith("/news/1600") and "%" not in link.inner_text()
    shoot(page, shots, "articles-table", "table.rows-and-columns")
    page.goto(f"{server}/archive/articles/1")
    assert page.eval_on_selector(".archive-article", "e => getComputedStyle(e).direction") == "rtl"
    shoot(page, shots, "article")
    page.click(".archive-diff-link")
    page.wait_for_selector(".archive-diff del")
    assert page.inner_text(".archive-diff-body del") == "الوزارة"
    shoot(page, shots, "diff")
    page.goto(f"{server}/archive/articles/1")
    page.click(".archive-capture")
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "افتتاح مدرسة"
    shoot(page, shots, "capture")
