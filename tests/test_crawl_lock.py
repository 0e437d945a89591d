"""One writer per archive, end to end: while a crawl runs, every other run on the same archive
file (however it is named, whichever spider, `scrapy crawl` or `python -m archive crawl`)
exits 75 with one stderr line naming the holder; the first run completes and records its end.
Subprocess crawls of the replica on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from archive.lock import lock_path, read_holder
from tests.crawls import assert_complete, query, wait_for
from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
# The first run must outlast every refused run started meanwhile, on a loaded machine too: each
# answer takes HOLD seconds (about 50 requests: minutes), until the test sets the delay to 0.
HOLD = 3.0
SLOW = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "RETRY_TIMES=1")


def env(**extra: str) -> dict[str, str]:
    values = {**os.environ, "PYTHONPATH": str(ROOT), **extra}
    values.pop("ARCHIVE_DB", None)
    values.update(extra)
    return values


def scrapy(spider: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", spider, *args]


def wrapper(*args: str) -> list[str]:
    return [sys.executable, "-m", "archive", "crawl", "rtarabic", *args]


def refused(command: list[str], **extra: str) -> str:
    """Run `command` while the archive is held: exit 75 and one line on stderr, returned."""
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300,
                            env=env(**extra))
    assert result.returncode == 75, (command, result.stdout, result.stderr[-3000:])
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def assert_names_the_holder(line: str, db: Path, pid: int) -> None:
    holder = read_holder(lock_path(db))
    assert holder.pid == pid and holder.started
    assert f"pid {pid}," in line and f"started {holder.started}" in line
    assert "another run holds the archive" in line and str(db) in line


def assert_first_run_completed(first: subprocess.Popen, db: Path, server: ReplicaServer) -> None:
    server.delay = 0
    first.wait(timeout=300)
    assert first.returncode == 0, Path(f"{db}.first.log").read_text()[-3000:]
    runs = query(db, "SELECT * FROM crawl_runs")
    assert len(runs) == 1, "the refused runs recorded nothing"
    assert runs[0]["finished"] is not None and runs[0]["status"] == "ok"
    assert_complete(db, server)


def test_scrapy_crawl_holds_the_archive_however_it_is_named(tmp_path) -> None:
    db = tmp_path / "data" / "a.db"
    db.parent.mkdir()
    link = tmp_path / "link.db"
    link.symlink_to(db)
    relative = os.path.relpath(db, ROOT)
    with ReplicaServer(n_articles=30, delay=HOLD) as slow:
        site = ("-a", f"base_url={slow.base_url}")
        with open(f"{db}.first.log", "w") as log:
            first = subprocess.Popen(scrapy("rtarabic", *site, "-s", f"ARCHIVE_DB={db}", *SLOW),
                                     cwd=ROOT, stdout=log, stderr=log, env=env())
        try:
            wait_for(lambda: len(slow.requests) >= 3, timeout=120)
            seconds = [
                scrapy("rtarabic", *site, "-s", f"ARCHIVE_DB={db}"),
                scrapy("rtarabic", *site, "-s", f"ARCHIVE_DB={link}"),
                scrapy("rtarabic", *site, "-s", f"ARCHIVE_DB={relative}"),
                # Another spider on the same archive: one writer at a time.
                scrapy("news", "-a", f"site={slow.base_url}", "-s", f"ARCHIVE_DB={db}"),
                # The cron wrapper: -s ARCHIVE_DB and --db through a symlink.
                wrapper(*site, "-s", f"ARCHIVE_DB={db}"),
                wrapper(*site, "--db", str(link)),
            ]
            for command in seconds:
                assert_names_the_holder(refused(command), db, first.pid)
            assert_names_the_holder(refused(scrapy("rtarabic", *site), ARCHIVE_DB=str(db)),
                                    db, first.pid)
            assert_names_the_holder(refused(wrapper(*site), ARCHIVE_DB=str(link)), db,
                                    first.pid)
            assert first.poll() is None, "the first run goes on"
        finally:
            if first.poll() is None:
                slow.delay = 0
        assert_first_run_completed(first, db, slow)


def test_the_cron_wrapper_takes_the_same_lock_once(tmp_path) -> None:
    """`python -m archive crawl` locks, then its crawl's pipeline takes the lock again in the
    same process (no deadlock); a `scrapy crawl` meanwhile is refused, naming the wrapper."""
    db = tmp_path / "a.db"
    with ReplicaServer(n_articles=30, delay=HOLD) as slow:
        site = ("-a", f"base_url={slow.base_url}")
        with open(f"{db}.first.log", "w") as log:
            first = subprocess.Popen(wrapper(*site, "--db", str(db), *SLOW), cwd=ROOT,
                                     stdout=log, stderr=log, env=env())
        try:
            wait_for(lambda: len(slow.requests) >= 3, timeout=120)
            line = refused(scrapy("rtarabic", *site, "-s", f"ARCHIVE_DB={db}"))
            assert_names_the_holder(line, db, first.pid)
        finally:
            slow.delay = 0
        assert_first_run_completed(first, db, slow)
