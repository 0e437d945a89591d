"""The exit code of a crawl, the same for `scrapy crawl` and `python -m archive crawl`:
0 healthy, 1 failed, 75 (EX_TEMPFAIL) another run holds the archive."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from archive.health import HEALTHY_FINISH
from archive.lock import EX_TEMPFAIL

EX_OK = 0  # healthy run
EX_FAILED = 1  # failed run: see its crawl_runs row (problems) or the log
# Finish reason of a run refused because another run holds the archive (crawler/pipelines.py).
ARCHIVE_LOCKED = "archive_locked"
# Stats key: the run's status as recorded in crawl_runs (ok, failed, interrupted), or
# `unrecorded` when its end could not be written.
RUN_STATUS = "archive/run_status"


def exit_code(stats: Mapping[str, Any]) -> int:
    """0, 1 or 75 from a finished crawl's stats: the ledger's judgement when the run wrote an
    archive, else (a distributed worker) whether it finished normally."""
    reason = stats.get("finish_reason")
    if reason == ARCHIVE_LOCKED:
        return EX_TEMPFAIL
    status = stats.get(RUN_STATUS)
    if status is not None:
        return EX_OK if status == "ok" else EX_FAILED
    return EX_OK if reason in HEALTHY_FINISH else EX_FAILED
