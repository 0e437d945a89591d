"""A real browser (Debian's headless Chromium) on `python -m archive serve`: RTL and search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from archive.db import open_archive
from archive.store import save_articles
from tests.served_archive import CHROMIUM, chromium_page, served_archive

ARTIFACTS = Path(__file__).parent / "artifacts"
MIXED = "قالت وكالة Reuters News إن المدرسة افتتحت أبوابها"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(.ci/run installs it with apt)")
# Where each word of the mixed line starts on screen, left to right.
WORD_LEFT_JS = """
([selector, words]) => {
  const node = document.querySelector(selector).firstChild;
  return words.map(word => {
    const range = document.createRange();
    const at = node.textContent.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    return range.getBoundingClientRect().left;
  });
}
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "archive.db"
    db = open_archive(path)
    save_articles(db, [{
        "url": "https://arabic.rt.com/news/1-x/", "site": "rtarabic", "article_id": "1",
        "title": "افتتاح المَدْرَسَة الجديدة في المدينة", "summary": "خبر عن المدرسة",
        "body": f"{MIXED}\n\nوعاد الطلاب بالمدرسة إلى فصولهم صباح الأحد.",
        "status": "ok", "content_hash": "h1", "tags": ["تعليم", "أخبار"], "section": "news",
        "section_name": "أخبار", "source": "RT + وكالات", "language": "ar",
        "published": "2024-01-24T21:15:00+03:00",
    }], "2024-02-01T00:00:00+00:00")
    db.close()
    with served_archive(path, tries=100) as base:
        yield base


@pytest.fixture(scope="module")
def page() -> Iterator[object]:
    with chromium_page(viewport={"width": 1200, "height": 900}) as opened:
        yield opened


def test_article_page_is_right_to_left_and_keeps_mixed_lines_in_order(server, page) -> None:
    page.goto(f"{server}/archive/articles/1")
    direction = "e => getComputedStyle(e).direction"
    assert page.eval_on_selector(".archive-article", direction) == "rtl"
    assert page.eval_on_selector(".archive-body p", direction) == "rtl"
    assert page.eval_on_selector(".archive-title", direction) == "rtl"
    size = page.eval_on_selector(".archive-body p", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 18
    # Lines start at the right edge, where an Arabic reader starts (not just rtl on paper).
    gaps = page.evaluate("""() => {
      const edge = document.querySelector('.archive-article').getBoundingClientRect().right;
      return [...document.querySelectorAll('.archive-title, .archive-body p')].map(p => {
        const text = document.createRange(); text.selectNodeContents(p);
        return Math.round(edge - text.getBoundingClientRect().right);
      });
    }""")
    assert gaps and max(gaps) <= 2, gaps
    qalat, reuters, news, school = page.evaluate(
        WORD_LEFT_JS, [".archive-body p", ["قالت", "Reuters", "News", "المدرسة"]])
    assert school < reuters < news < qalat  # Arabic runs leftward; the Latin run stays in order
    tag = page.locator(".archive-tags a", has_text="تعليم")
    assert "_tag=" in tag.get_attribute("href")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)


def test_arabic_search_from_the_search_page_and_the_table_box(server, page) -> None:
    page.goto(f"{server}/-/search")
    page.fill("input[name=q]", "مدرسة")
    page.press("input[name=q]", "Enter")
    page.wait_for_selector(".archive-hit")
    assert page.locator(".archive-hit").count() == 1
    assert page.locator(".archive-hit-title mark").first.inner_text() == "المَدْرَسَة"
    assert page.eval_on_selector(".archive-search", "e => getComputedStyle(e).direction") == "rtl"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    page.goto(f"{server}/archive/articles")
    page.fill("input#_search", "بالمدرسة")
    page.press("input#_search", "Enter")
    page.wait_for_url("**_search=**")
    assert page.locator("table.rows-and-columns tbody tr").count() == 1
    cell = "e => getComputedStyle(e).direction"
    assert page.eval_on_selector("table.rows-and-columns td.col-title", cell) == "rtl"
