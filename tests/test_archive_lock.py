"""The archive's lock (archive/lock.py): one writer per archive file, however it is named;
reentrant in a process; a dead holder never blocks; taken by the archive pipeline; the exit
codes (crawler/exit_codes.py)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from archive.db import open_archive
from archive.lock import (
    EX_TEMPFAIL,
    acquire,
    busy_message,
    lock_path,
    read_holder,
    release,
    run_lock,
)
from archive.store import start_run
from crawler.exit_codes import ARCHIVE_LOCKED, RUN_STATUS, exit_code
from crawler.pipelines import ArchivePipeline
from crawler.spiders.sites import RtarabicSpider
from tests.crawls import query
from tests.project import project_crawler

ROOT = Path(__file__).resolve().parent.parent
# Holds the lock of argv[1] for spider argv[2], says so, then waits to be killed.
HOLDER = ("import sys, time; from archive.lock import acquire\n"
          "print(acquire(sys.argv[1], sys.argv[2]), flush=True); time.sleep(300)")
PROBE = ("import sys; from archive.lock import run_lock\n"
         "with run_lock(sys.argv[1], sys.argv[2]) as holder: print(holder is None)")


def probe(db: str | Path, spider: str = "rtarabic") -> bool:
    """Whether another process gets the lock now."""
    result = subprocess.run([sys.executable, "-c", PROBE, str(db), spider], cwd=ROOT,
                            capture_output=True, text=True, check=True, timeout=60)
    return result.stdout.strip() == "True"


@pytest.fixture
def holder(tmp_path: Path):
    """A process holding the lock of tmp_path/a.db for the `news` spider."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path / "a.db"), "news"],
                               cwd=ROOT, stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout is not None and process.stdout.readline().strip() == "None"
    yield process
    process.kill()
    process.wait(timeout=30)


def test_one_lock_per_archive_file_however_named(tmp_path: Path, monkeypatch) -> None:
    real = tmp_path / "data" / "a.db"
    real.parent.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(real)
    linked_dir = tmp_path / "linked"
    linked_dir.symlink_to(real.parent)
    monkeypatch.chdir(tmp_path)
    names = [real, link, "data/a.db", "./data/../data/a.db", linked_dir / "a.db"]
    assert {lock_path(name) for name in names} == {real.parent / "a.db.lock"}
    assert lock_path(tmp_path / "b.db") != lock_path(real)


def test_another_process_is_refused_and_told_who_holds_it(tmp_path: Path, holder) -> None:
    found = acquire(tmp_path / "a.db", "rtarabic")
    assert found is not None, "one writer per archive, whatever the spider"
    assert (found.pid, found.spider) == (holder.pid, "news")
    assert found.started and found.started.startswith("20") and "T" in found.started
    line = busy_message(tmp_path / "a.db", "rtarabic", found)
    assert "\n" not in line and f"pid {holder.pid}" in line and found.started in line
    assert str(tmp_path / "a.db") in line


def test_a_dead_holder_blocks_nothing(tmp_path: Path, holder) -> None:
    assert not probe(tmp_path / "a.db")
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert read_holder(lock_path(tmp_path / "a.db")).pid == holder.pid, "the file stays"
    with run_lock(tmp_path / "a.db", "rtarabic") as found:
        assert found is None, "the kernel dropped the dead holder's flock"
        assert read_holder(lock_path(tmp_path / "a.db")).pid == os.getpid()


def test_reentrant_in_one_process_until_the_last_release(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert acquire(db, "rtarabic") is None
    assert acquire(tmp_path / "." / "a.db", "rtarabic") is None, "the wrapper, then the pipeline"
    release(db)
    assert not probe(db), "still held by the first acquire"
    release(db)
    assert probe(db)
    release(db)  # one release too many is harmless
    assert probe(db)


def test_a_lock_file_that_cannot_be_opened_raises(tmp_path: Path) -> None:
    lock_path(tmp_path / "a.db").mkdir()  # in the way, even for root
    with pytest.raises(OSError):
        acquire(tmp_path / "a.db", "rtarabic")


def pipeline_for(db: Path) -> ArchivePipeline:
    crawler = project_crawler(RtarabicSpider, {"ARCHIVE_DB": str(db)})
    crawler.spider = RtarabicSpider.from_crawler(crawler, base_url="http://127.0.0.1:1")
    crawler.stats.open_spider()
    return ArchivePipeline.from_crawler(crawler)


def test_the_pipeline_refuses_a_held_archive_and_writes_nothing(tmp_path: Path, holder) -> None:
    pipeline = pipeline_for(tmp_path / "a.db")
    pipeline.open_spider()
    assert pipeline.stop_reason == ARCHIVE_LOCKED and pipeline.db is None
    assert pipeline.write_error and f"pid {holder.pid}" in pipeline.write_error
    assert not (tmp_path / "a.db").exists(), "not even opened"
    pipeline.spider_closed(pipeline.crawler.spider, ARCHIVE_LOCKED)
    assert exit_code({"finish_reason": ARCHIVE_LOCKED}) == EX_TEMPFAIL


def test_the_pipeline_cannot_lock_then_stops(tmp_path: Path) -> None:
    lock_path(tmp_path / "a.db").mkdir()
    pipeline = pipeline_for(tmp_path / "a.db")
    pipeline.open_spider()
    assert pipeline.write_error and "cannot lock the archive" in pipeline.write_error
    assert pipeline.stop_reason == "archive_write_failed" and pipeline.db is None


def test_the_pipeline_holds_the_lock_until_the_run_is_recorded(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    open_archive(db).close()
    with open_archive(db) as archive:  # a run of this spider killed earlier
        start_run(archive, "rtarabic", "rtarabic", "2024-01-01T00:00:00+00:00")
    pipeline = pipeline_for(db)
    pipeline.open_spider()
    assert pipeline.locked and not probe(db)
    pipeline.spider_closed(pipeline.crawler.spider, "finished")
    assert probe(db), "released once the end is recorded"
    runs = query(db, "SELECT finish_reason, finished FROM crawl_runs ORDER BY id")
    assert runs[0]["finish_reason"] == "crashed", "closed as abandoned under the lock"
    assert runs[1]["finished"] is not None
    stats = pipeline.crawler.stats.get_stats()
    assert stats[RUN_STATUS] == "failed"  # nothing fetched
    assert exit_code(stats) == 1


@pytest.mark.parametrize("stats, code", [
    ({"finish_reason": "finished", RUN_STATUS: "ok"}, 0),
    ({"finish_reason": "max_articles", RUN_STATUS: "ok"}, 0),
    ({"finish_reason": "finished", RUN_STATUS: "failed"}, 1),
    ({"finish_reason": "shutdown", RUN_STATUS: "interrupted"}, 1),
    ({"finish_reason": "finished", RUN_STATUS: "unrecorded"}, 1),
    ({"finish_reason": "archive_write_failed"}, 1),  # the archive could not be opened
    ({"finish_reason": "site_unreachable", RUN_STATUS: "failed"}, 1),
    ({"finish_reason": ARCHIVE_LOCKED}, 75),
    ({"finish_reason": "finished"}, 0),  # a distributed worker: no ledger of its own
    ({"finish_reason": "closespider_timeout"}, 1),
])
def test_exit_codes(stats: dict, code: int) -> None:
    assert exit_code(stats) == code
