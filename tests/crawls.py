"""Running `python -m archive crawl` against the replica as a subprocess, for fault tests:
offline DNS, exit code, output, and the crawler's own peak memory."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archive import urls

ROOT = Path(__file__).resolve().parent.parent
OFFLINE_DNS = ("-s", "TWISTED_DNS_RESOLVER=tests.replica.offline_dns.LoopbackOnlyResolver")
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1", *OFFLINE_DNS)


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    log: str
    peak_rss_mb: float  # the crawler process's own high-water mark (`high_water`)


def crawl_command(base_url: str, db: Path, *extra: str, module: str = "archive") -> list[str]:
    return [sys.executable, "-m", module, "crawl", "rtarabic", "--db", str(db),
            "-a", f"base_url={base_url}", "--logfile", str(db) + ".log", *FAST, *extra]


def crawl(base_url: str, db: Path, *extra: str, env: dict[str, str] | None = None,
          module: str = "archive", limits: dict[int, int] | None = None) -> Result:
    """Run one crawl to its end; `limits` are resource limits (resource.RLIMIT_*) for it."""
    out, err = Path(str(db) + ".out"), Path(str(db) + ".err")
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen(
            crawl_command(base_url, db, *extra, module=module), cwd=ROOT, stdout=stdout,
            stderr=stderr, env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
            preexec_fn=_limiter(limits) if limits else None)
        watch = HighWater(process.pid)
        try:
            _pid, status, _usage = os.wait4(process.pid, 0)
        except BaseException:
            process.kill()
            raise
        finally:
            peak_kb = watch.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
    log = Path(str(db) + ".log")
    return Result(process.returncode, out.read_text(), err.read_text(),
                  log.read_text(encoding="utf-8") if log.exists() else "", peak_kb / 1024)


class HighWater:
    """A running process's own peak RSS: its VmHWM, read every 10 ms until it exits.

    Not getrusage's ru_maxrss: a child counts the pages of the parent it was forked from (a
    pytest process past 400 MB late in the suite gave its crawl a "peak" of 401 and 405 MB
    where the crawl's own was 305 MB); VmHWM counts only the memory of the program it runs.
    Being a high-water mark, any read after the peak holds it; the last read comes at most
    10 ms before the exit."""

    def __init__(self, pid: int, every: float = 0.01) -> None:
        self.path, self.every, self.peak_kb = f"/proc/{pid}/status", every, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while not self.done.is_set():
            try:
                with open(self.path, encoding="ascii", errors="replace") as status:
                    for line in status:
                        if line.startswith("VmHWM:"):
                            self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                            break
            except (OSError, ValueError):
                return  # gone (or no /proc): the reads so far are the figure
            self.done.wait(self.every)

    def stop(self) -> int:
        """The peak in KB (0 when it could not be read)."""
        self.done.set()
        self.thread.join()
        return self.peak_kb


def _limiter(limits: dict[int, int]):
    def apply() -> None:
        import resource

        for kind, value in limits.items():
            resource.setrlimit(kind, (value, value))

    return apply


def query(db: Path, sql: str, params: tuple = ()) -> list[dict]:
    conn = sqlite3.connect(db, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def integrity(db: Path) -> str:
    return query(db, "PRAGMA integrity_check")[0]["integrity_check"]


def assert_complete(db: Path, server: Any) -> None:
    """Every replica article stored exactly once, whole: fields, tags and links."""
    stored = query(db, "SELECT * FROM articles")
    assert sorted(r["article_id"] for r in stored) == sorted(server.site.expected)
    for row in stored:
        want = server.site.expected[row["article_id"]]
        assert (row["url"], row["title"], row["body"]) == (want["url"], want["title"],
                                                           want["body"])
        tags = query(db, "SELECT t.name FROM tags t JOIN articles_tags x ON x.tags_id = t.id "
                         "WHERE x.articles_id = ? ORDER BY x.position", (row["id"],))
        assert [t["name"] for t in tags] == want["tags"]
        links = query(db, "SELECT url FROM article_links_expanded WHERE article = ? "
                      "ORDER BY position", (row["id"],))
        assert [urls.original(link["url"]) for link in links] == [
            r["url"] for r in want["related"]]


def wait_for(condition: Callable[[], bool], timeout: float = 60, poll: float = 0.05) -> None:
    """Return once `condition()` is true; AssertionError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(poll)
