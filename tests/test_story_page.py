"""The story page (/-/story/<id>, archive/datasette/plugins/stories.py) and its word diff."""

from __future__ import annotations

import asyncio
from pathlib import Path

from archive.browse import build_datasette
from archive.db import open_archive
from archive.store import save_articles
from archive.story_page import ADDED, CUT, EQUAL, word_diff
from tests.test_stories import NOW, body, record


def get(path: Path, *urls: str) -> list:
    datasette = build_datasette(path)

    async def run() -> list:
        await datasette.invoke_startup()
        return [await datasette.client.get(url) for url in urls]

    return asyncio.run(run())


def test_word_diff_marks_what_a_copy_added_and_cut() -> None:
    diff = word_diff("أعلنت الوزارة اليوم خطة جديدة للنقل", "أعلنت الوزارة خطة جديدة للنقل العام")
    assert diff.segments == [(EQUAL, "أعلنت الوزارة"), (CUT, "اليوم"),
                             (EQUAL, "خطة جديدة للنقل"), (ADDED, "العام")]
    assert (diff.added, diff.cut) == (1, 1)
    # Spellings are compared folded and shown as the copy published them.
    assert word_diff("إعلان", "اعلان").segments == [(EQUAL, "اعلان")]


def test_story_page_shows_copies_side_by_side_with_the_diff(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db")
    extra = "هذه فقرة أضافها موقع التجميع من عنده"
    save_articles(db, [record("rtarabic", "1", body(0, 1, 2, 3), source="RT"),
                       record("agg", "1", body(0, 1, 2, 3) + "\n\n" + extra, source="RT",
                              title="عاجل | عنوان جديد")], NOW)
    story = db.execute("SELECT story FROM stories").fetchone()[0]
    db.close()
    page, missing, view = get(tmp_path / "a.db", f"/-/story/{story}", "/-/story/999",
                              "/archive/stories.json?_shape=array")
    assert page.status_code == 200
    assert "the original" in page.text and "عاجل | عنوان جديد" in page.text
    assert f"<ins>{extra}</ins>" in page.text and "added 7 words, cut 0" in page.text
    assert missing.status_code == 404
    assert view.json()[0]["copies"] == 2 and view.json()[0]["original_site"] == "rtarabic"
