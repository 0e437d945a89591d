"""Reading while a crawl writes: whole articles only, never locked, and a bounded WAL."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import threading
import time
from pathlib import Path
from urllib.parse import quote

from archive.browse import build_datasette
from archive.db import WAL_SIZE_LIMIT_BYTES, open_archive
from archive.store import finish_run, save_articles, start_run

SENTENCE = "قالت المدرسة الجديدة في المدينة إن الطلاب عادوا إلى الفصول بعد العطلة الطويلة. "
# One statement is one snapshot: every article read must have its index row, tags and links.
# A copy's link to its story's original (kind `original`, archive/stories.py) is the
# archive's, not the page's: it is not in `related`.
CONSISTENCY_SQL = """
select
  (select count(*) from articles) as articles,
  (select count(*) from articles_search) as indexed,
  (select count(*) from articles a
     where not exists (select 1 from articles_search s where s.rowid = a.id)) as unindexed,
  (select count(*) from articles a where 2
     != (select count(*) from articles_tags t where t.articles_id = a.id)) as half_tagged,
  (select count(*) from articles a where 1
     != (select count(*) from article_links l where l.article = a.id
         and l.kind is not 'original')) as half_linked
"""
# Every article of batch() has 2 tags and 1 link.


def batch(start: int, size: int, sentences: int = 3) -> list[dict]:
    return [{
        "url": f"https://arabic.rt.com/news/{i}-x/", "site": "rtarabic", "article_id": str(i),
        "title": f"خبر رقم {i}", "body": f"{i} " + SENTENCE * sentences, "status": "ok",
        "content_hash": f"h{i}", "tags": ["تعليم", f"وسم{i % 7}"],
        "related": [{"url": f"https://arabic.rt.com/news/{i + 1}-y/", "title": "التالي",
                     "kind": "related"}],
        "published": "2024-01-24T21:15:00+03:00",
    } for i in range(start, start + size)]


def wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_datasette_reads_whole_articles_while_a_crawl_writes(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    open_archive(path).close()
    batches, size = 40, 25
    errors: list[BaseException] = []
    done = threading.Event()

    def crawl() -> None:
        db = open_archive(path)
        try:
            run = start_run(db, "rtarabic", "rtarabic", "2024-02-01T00:00:00+00:00")
            for n in range(batches):
                save_articles(db, batch(n * size, size), "2024-02-01T00:00:00+00:00", run)
                time.sleep(0.01)  # let readers in between batches, as a crawl does
            finish_run(db, run, {"finished": "2024-02-01T01:00:00+00:00",
                                 "finish_reason": "finished", "status": "ok",
                                 "pages_fetched": batches * size,
                                 "articles_new": batches * size})
        except BaseException as error:  # noqa: BLE001 - the main thread reports any error
            errors.append(error)
        finally:
            db.close()
            done.set()

    async def read() -> list[dict]:
        datasette = build_datasette(path)
        await datasette.invoke_startup()
        seen = []
        writer = threading.Thread(target=crawl)
        writer.start()
        while True:
            finished = done.is_set()
            check = await datasette.client.get(
                "/archive.json?_shape=array&sql=" + quote(CONSISTENCY_SQL))
            found = await datasette.client.get(
                "/archive/articles.json?_shape=array&_size=max&_col=id"
                f"&_search={quote('بالمدرسة')}")
            assert check.status_code == 200, check.text
            assert found.status_code == 200, found.text
            seen.append({**check.json()[0], "found": len(found.json())})
            if finished:
                break
        writer.join()
        return seen

    seen = asyncio.run(read())
    assert not errors, errors
    for snapshot in seen:
        assert snapshot["unindexed"] == snapshot["half_tagged"] == snapshot["half_linked"] == 0
        assert snapshot["indexed"] == snapshot["articles"]
        assert snapshot["articles"] % size == 0  # whole batches only
    counts = [snapshot["articles"] for snapshot in seen]
    assert counts == sorted(counts) and counts[-1] == batches * size
    assert any(0 < n < batches * size for n in counts), "no read happened during the crawl"
    assert seen[-1]["found"] == min(batches * size, 1000)  # max_returned_rows caps the page


def test_the_wal_stays_bounded_and_is_truncated_at_run_end(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    db = open_archive(path)
    run = start_run(db, "rtarabic", "rtarabic", "2024-02-01T00:00:00+00:00")
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    now = "2024-02-01T00:00:00+00:00"

    def read() -> None:
        reader.execute("SELECT count(*) FROM articles").fetchone()

    # A reader holding one snapshot keeps every frame written meanwhile in the WAL.
    reader.execute("BEGIN")
    read()
    next_id = 0
    while wal_size(path) <= 2 * WAL_SIZE_LIMIT_BYTES:
        save_articles(db, batch(next_id, 50, sentences=20), now, run)
        next_id += 50
    reader.execute("COMMIT")
    # Once readers are short again, checkpoints complete and the WAL is cut back to the limit.
    sizes = []
    for _ in range(20):
        save_articles(db, batch(next_id, 50, sentences=20), now, run)
        next_id += 50
        read()
        sizes.append(wal_size(path))
    assert max(sizes[5:]) <= WAL_SIZE_LIMIT_BYTES, sizes
    # The run's end empties it, with the reader's connection still open.
    finish_run(db, run, {"finished": now, "finish_reason": "finished", "status": "ok",
                         "pages_fetched": next_id, "articles_new": next_id})
    assert wal_size(path) == 0
    read()
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == next_id
    reader.close()
    db.close()
    assert os.path.exists(path)
