"""Re-run extraction on stored captures: digests verified, articles updated in place,
a version kept where the text changed. Parallel, interruptible, resumable."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from archive.site_templates import stored_template
from archive.store import save_reextracted
from archive.warc import CaptureError, read_capture
from extraction import SiteTemplate, extract
from extraction.sites import stored_site

BATCH = 200


@dataclass(frozen=True)
class Job:
    """One stored article whose capture is to be extracted again."""

    pk: int
    site: str
    url: str
    warc_file: str
    warc_offset: int
    warc_digest: str


@dataclass(frozen=True)
class Result:
    pk: int
    record: dict[str, Any] | None
    error: str | None


def extract_job(job: Job, warc_dir: str, template: SiteTemplate | None = None) -> Result:
    """Read, verify and extract one capture (runs in a worker process), with the site's
    learned template when it has one."""
    try:
        captured = read_capture(warc_dir, job.warc_file, job.warc_offset, job.warc_digest)
    except CaptureError as error:
        return Result(job.pk, None, str(error))
    content_type = next((v for k, v in captured.headers if k.lower() == "content-type"), None)
    # The capture's date picks the page object of the layout the site served then.
    article = extract(stored_site(job.site), job.url, captured.body, content_type,
                      captured=captured.date or None, template=template)
    if not article.ok:
        return Result(job.pk, None, f"extraction gave status {article.status}")
    return Result(job.pk, article.to_dict(), None)


def _extract_pair(args: tuple[Job, str, SiteTemplate | None]) -> Result:
    return extract_job(*args)


def jobs(db: sqlite_utils.Database, after: int, site: str | None,
         since: str | None) -> Iterator[Job]:
    """Articles with a capture, in id order, after article id `after`."""
    where = ["warc_file IS NOT NULL", "id > ?"]
    params: list[Any] = [after]
    if site:
        where.append("site = ?")
        params.append(site)
    if since:
        where.append("substr(published, 1, 10) >= ?")
        params.append(since)
    sql = ("SELECT id, site, url, warc_file, warc_offset, warc_digest FROM articles "
           f"WHERE {' AND '.join(where)} ORDER BY id")
    for row in db.execute(sql, params):
        yield Job(*row)


def count_jobs(db: sqlite_utils.Database, after: int, site: str | None,
               since: str | None) -> int:
    return sum(1 for _ in jobs(db, after, site, since))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def resume_point(db: sqlite_utils.Database, filters: dict[str, Any]) -> tuple[int, int]:
    """(run id, last article done): an unfinished run with the same filters is continued."""
    key = json.dumps(filters, sort_keys=True)
    row = db.execute("SELECT id, last_article FROM reextract_runs WHERE filters = ? AND "
                     "status != 'finished' ORDER BY id DESC LIMIT 1", [key]).fetchone()
    if row:
        return row[0], row[1] or 0
    with db.atomic():
        run = db["reextract_runs"].insert({"started": _now(), "filters": key, "last_article": 0,
                                           "changed": 0, "unchanged": 0, "failed": 0,
                                           "status": "running"}).last_pk
    return run, 0


def reextract(db: sqlite_utils.Database, warc_dir: str | Path, *, site: str | None = None,
              since: str | None = None, workers: int = 1, batch: int = BATCH,
              progress: Callable[[int], None] | None = None,
              templates: bool = True) -> Counter[str]:
    """Re-extract every matching article; counts changed / unchanged / failed.

    Each site's learned template (archive/site_templates.py) is applied unless `templates`
    is False. Each batch is written in one transaction together with the run's progress, so
    an interrupted run (Ctrl-C, kill) continues where it stopped when started again.
    """
    filters: dict[str, Any] = {"site": site, "since": since}
    if not templates:
        filters["templates"] = False
    learned: dict[str, SiteTemplate | None] = {}

    def template_of(name: str) -> SiteTemplate | None:
        if name not in learned:
            learned[name] = (stored_template(db, name) or None) if templates else None
        return learned[name]

    run, after = resume_point(db, filters)
    done = db.execute("SELECT changed, unchanged, failed FROM reextract_runs WHERE id = ?",
                      [run]).fetchone()
    totals: Counter[str] = Counter(dict(zip(("changed", "unchanged", "failed"), done,
                                            strict=True)))
    pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None
    try:
        pending = jobs(db, after, site, since)
        while chunk := [job for _, job in zip(range(batch), pending, strict=False)]:
            pairs = [(job, str(warc_dir), template_of(job.site)) for job in chunk]
            results = list(pool.map(_extract_pair, pairs, chunksize=8) if pool
                           else map(_extract_pair, pairs))
            totals += _write(db, run, results, chunk[-1].pk)
            if progress:
                progress(len(chunk))
            pending = jobs(db, chunk[-1].pk, site, since)
    except BaseException:
        db["reextract_runs"].update(run, {"status": "interrupted"})
        raise
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    db["reextract_runs"].update(run, {"status": "finished", "finished": _now()})
    return totals


def _write(db: sqlite_utils.Database, run: int, results: list[Result],
           last: int) -> Counter[str]:
    counts: Counter[str] = Counter()
    now = _now()
    with db.atomic():
        for result in results:
            if result.record is None:
                counts["failed"] += 1
            else:
                counts[save_reextracted(db, result.pk, result.record, now)] += 1
        db.execute("UPDATE reextract_runs SET last_article = ?, changed = changed + ?, "
                   "unchanged = unchanged + ?, failed = failed + ? WHERE id = ?",
                   [last, counts["changed"], counts["unchanged"], counts["failed"], run])
    return counts
