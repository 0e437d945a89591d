"""Resumable work over the articles in id order: a batch a transaction, its last id kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils


def article_batches(db: sqlite_utils.Database, select: str, last: int, batch: int,
                    work: Callable[[list[Any]], None], progress: str,
                    batch_done: Callable[[int], None]) -> int:
    """Run `work` on the rows `select` gives (parameters: the last id done, the batch size;
    each row's first value its article id), each batch in the transaction that records its
    last id in the one-row table `progress` (`last_article`), so a run killed anywhere goes
    on after the last committed batch; `batch_done(last)` after each commit. Returns the
    rows done."""
    conn = db.conn
    done = 0
    while rows := conn.execute(select, [last, batch]).fetchall():
        with db.atomic():
            work(rows)
            last = rows[-1][0]
            conn.execute(f"UPDATE {progress} SET last_article = ?", [last])
        done += len(rows)
        batch_done(last)
    return done
