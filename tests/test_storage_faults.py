"""Faults around the archive: disk full while writing SQLite or WARC, the archive locked by
another writer, kill -9 inside a batch write, a host that does not resolve. Each run stops
cleanly with exit 1; the archive stays intact with whole articles only; the next run
completes."""

from __future__ import annotations

import os
import random
import re
import resource
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from archive.db import open_archive
from archive.warc import read_capture
from tests.crawls import ROOT, crawl, crawl_command, integrity, query
from tests.replica import ReplicaServer
from tests.replica.site import Route
from tests.test_cron import assert_complete, assert_whole, wait_for


def runs(db: Path) -> list[tuple[str, str]]:
    return [(r["finish_reason"], r["status"])
            for r in query(db, "SELECT * FROM crawl_runs ORDER BY id")]


def assert_clean_failure(result, reason: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert tracebacks(result.log) == []
    assert reason in result.stdout + result.stderr


def tracebacks(log: str) -> list[str]:
    """Log records carrying a traceback, but Scrapy's robots.txt middleware's (it logs any
    failure to fetch robots.txt with its traceback, and then allows everything)."""
    records = re.split(r"\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d )", log)
    return [r.splitlines()[0] for r in records
            if "Traceback" in r and "[scrapy.downloadermiddlewares.robotstxt]" not in r]


@pytest.fixture
def server():
    with ReplicaServer(n_articles=60) as replica:
        yield replica


def empty_archive_bytes(path: Path) -> int:
    """The largest file (database or WAL, before the WAL is checkpointed at close) an archive
    has with every migration applied."""
    path.parent.mkdir()
    db = open_archive(path)
    try:
        return max(p.stat().st_size for p in path.parent.glob(f"{path.name}*"))
    finally:
        db.close()


def test_disk_full_while_writing_sqlite(server, tmp_path) -> None:
    """Files may not grow past the empty archive's size + 200 KiB (RLIMIT_FSIZE: the kernel
    refuses the write, as on a full disk): the migrations fit, the articles do not; WARC
    files rotate below that, so the archive is what runs out of room."""
    limit = empty_archive_bytes(tmp_path / "empty" / "e.db") + 200 * 1024
    db = tmp_path / "a.db"
    result = crawl(server.base_url, db, "-s", "ARCHIVE_BATCH_SIZE=5", "-s",
                   "WARC_MAX_SIZE=65536", limits={resource.RLIMIT_FSIZE: limit})
    # The end of the run is recorded when the failed batch's rollback left room, else the
    # next run marks it crashed; either way the run stopped at once and says why.
    assert_clean_failure(result, "")
    assert "Spider closed (archive_write_failed)" in result.log
    assert "archive_write_failed" in result.stdout or "could not record its end" in result.stdout
    assert result.log.count("Archive write failed") == 1
    assert integrity(db) == "ok"
    stored = query(db, "SELECT count(*) AS n FROM articles")[0]["n"]
    assert 0 < stored < 60
    assert_whole(db, server)
    again = crawl(server.base_url, db)
    assert again.returncode == 0, again.stdout + again.stderr
    assert_complete(db, server)
    assert runs(db)[-1] == ("finished", "ok")
    assert runs(db)[0][1] == "failed"


def test_disk_full_while_writing_warc(server, tmp_path) -> None:
    """A listing holding 1 MiB of random bytes (hex: about 1 MiB gzipped) is the first
    capture past the limit; the archive itself (all migrations, its WAL) stays under it."""
    noise = random.Random(7).randbytes(1024 * 1024).hex().encode()
    listing = server.site.lookup("/news/")
    server.override = lambda path: Route(200, listing.headers, listing.body.replace(
        b"</body>", b"<!--" + noise + b"--></body>")) if path == "/news/" else None
    db = tmp_path / "a.db"
    result = crawl(server.base_url, db, limits={resource.RLIMIT_FSIZE: 1024 * 1024})
    assert_clean_failure(result, "capture_failed")
    assert result.log.count("Cannot write WARC capture") == 1
    assert integrity(db) == "ok"
    assert_whole(db, server)
    for row in query(db, "SELECT * FROM articles"):  # every stored row has its capture
        record = read_capture(db.parent / "warc", row["warc_file"], row["warc_offset"],
                              row["warc_digest"])
        assert record.url == row["url"]
    assert not query(db, "SELECT * FROM url_outcomes WHERE outcome = 'capture_failed'"), \
        "our own failure puts no URL on hold"
    server.override = None
    again = crawl(server.base_url, db)
    assert again.returncode == 0, again.stdout + again.stderr
    assert_complete(db, server)


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    holder = sqlite3.connect(db, isolation_level=None, timeout=30)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_archive_locked_by_another_writer_at_start(server, tmp_path) -> None:
    db = tmp_path / "a.db"
    assert crawl(server.base_url, db, "-a", "max_articles=3").returncode == 0
    server.requests.clear()
    holder = _hold_write_lock(db)
    try:
        result = crawl(server.base_url, db, "-s", "ARCHIVE_BUSY_TIMEOUT_MS=300")
    finally:
        holder.rollback()
        holder.close()
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1, result.stderr
    assert "database is locked" in result.stderr and "waited up to 300 ms" in result.stderr
    assert server.requests == [], "nothing is fetched when the archive cannot be written"
    assert integrity(db) == "ok" and len(query(db, "SELECT * FROM articles")) == 3


def test_archive_locked_by_another_writer_mid_run(tmp_path) -> None:
    db = tmp_path / "a.db"
    with ReplicaServer(n_articles=60, delay=0.03) as slow:
        args = crawl_command(slow.base_url, db, "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1",
                             "-s", "ARCHIVE_BATCH_SIZE=3", "-s", "ARCHIVE_BUSY_TIMEOUT_MS=300")
        victim = subprocess.Popen(args, cwd=ROOT, text=True, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE,
                                  env={**os.environ, "PYTHONPATH": str(ROOT)})
        wait_for(lambda: db.exists() and _count(db) >= 6)
        holder = _hold_write_lock(db)
        try:
            out, err = victim.communicate(timeout=120)
        finally:
            holder.rollback()
            holder.close()
        assert victim.returncode == 1, out + err
        assert "Traceback" not in err
        log = Path(str(db) + ".log").read_text(encoding="utf-8")
        assert log.count("Archive write failed") == 1 and "database is locked" in log
        assert "Traceback" not in log
        assert integrity(db) == "ok"
        assert_whole(db, slow)
        slow.delay = 0
        again = crawl(slow.base_url, db)
        assert again.returncode == 0, again.stdout + again.stderr
        assert_complete(db, slow)
    assert runs(db)[0][1] == "failed" and runs(db)[-1] == ("finished", "ok")


def _count(db: Path) -> int:
    try:
        return query(db, "SELECT count(*) AS n FROM articles")[0]["n"]
    except sqlite3.OperationalError:  # not created yet
        return 0


def test_kill_9_inside_a_batch_write(server, tmp_path) -> None:
    """One batch of every article, killed at the 30th row of its transaction."""
    db = tmp_path / "a.db"
    result = crawl(server.base_url, db, "-s", "ARCHIVE_BATCH_SIZE=1000",
                   module="tests.faulty_run", env={"FAULT_KILL_AT_RECORD": "30"})
    assert result.returncode == -signal.SIGKILL
    assert integrity(db) == "ok"
    assert query(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 0
    assert query(db, "SELECT count(*) AS n FROM article_links")[0]["n"] == 0
    again = crawl(server.base_url, db)
    assert again.returncode == 0, again.stdout + again.stderr
    assert_complete(db, server)
    assert runs(db) == [("crashed", "failed"), ("finished", "ok")]


def test_a_host_that_does_not_resolve(tmp_path) -> None:
    """DNS failure: retried, counted, the run stops on the fail-fast rule and exits 1 (tests
    resolve nothing off-machine)."""
    db = tmp_path / "a.db"
    result = crawl("http://nonexistent.invalid:8999", db)
    assert_clean_failure(result, "nothing fetched")
    assert "problem: site unreachable: robots.txt and 3 discovery requests" in result.stdout
    assert "(dns " in result.stdout and "make demo" in result.stdout
    run = query(db, "SELECT * FROM crawl_runs")[0]
    assert run["finish_reason"] == "site_unreachable"
    assert '"discovery_dns"' in run["failed_by_reason"]
    assert "Retrying" in result.log or "Gave up retrying" in result.log
    assert query(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 0
