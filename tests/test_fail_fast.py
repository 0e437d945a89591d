"""Fail fast end to end: `scrapy crawl` (and `python -m archive crawl`) of a site that cannot
be reached at all stops on the fail-fast rule and exits 1; a site that answers sometimes is
crawled with retries and patience as before. Subprocess crawls; 127.0.0.1 only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.crawls import assert_complete, query
from tests.replica import ReplicaServer, ReplicaSite

ROOT = Path(__file__).resolve().parent.parent
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1")
STOPPED = "Stopping the run, site unreachable: robots.txt and 3 discovery requests to"


def closed_port() -> int:
    """A loopback port nobody listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def scrapy_crawl(base_url: str, db: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scrapy", "crawl", "rtarabic", "-a", f"base_url={base_url}",
               "-s", f"ARCHIVE_DB={db}", *extra]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def assert_stopped_fast(db: Path, reason: str) -> dict:
    run = query(db, "SELECT * FROM crawl_runs")[0]
    assert (run["finish_reason"], run["status"]) == ("site_unreachable", "failed")
    problems = json.loads(run["problems"])
    assert any(p.startswith("site unreachable") and f"({reason} " in p and "make demo" in p
               for p in problems), problems
    assert query(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 0
    return run


def test_refused_connections_stop_the_run_with_the_projects_own_politeness(tmp_path) -> None:
    """The settings as shipped (DOWNLOAD_DELAY, AutoThrottle, RETRY_TIMES=2): the run ends on
    the rule, not after every retry of every discovery page."""
    db = tmp_path / "a.db"
    result = scrapy_crawl(f"http://127.0.0.1:{closed_port()}", db)
    assert result.returncode == 1, result.stderr[-3000:]
    stopped = [line for line in result.stderr.splitlines() if STOPPED in line]
    assert len(stopped) == 1 and "connection_refused" in stopped[0]
    assert "`make demo` shows the whole path offline" in stopped[0]
    assert "Spider closed (site_unreachable)" in result.stderr
    assert_stopped_fast(db, "connection_refused")


def test_a_tls_handshake_that_fails_stops_the_run(tmp_path) -> None:
    """An https URL on a plain-http server: every TLS handshake fails."""
    db = tmp_path / "a.db"
    with ReplicaServer(n_articles=12) as plain:
        result = scrapy_crawl(plain.base_url.replace("http://", "https://"), db, *FAST)
    assert result.returncode == 1, result.stderr[-3000:]
    assert STOPPED in result.stderr and "(tls " in result.stderr
    assert_stopped_fast(db, "tls")


def test_the_cron_wrapper_says_so_in_its_summary(tmp_path) -> None:
    db = tmp_path / "a.db"
    command = [sys.executable, "-m", "archive", "crawl", "rtarabic", "--db", str(db),
               "-a", f"base_url=http://127.0.0.1:{closed_port()}", "--logfile", f"{db}.log",
               *FAST]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED (site_unreachable" in result.stdout
    assert "problem: site unreachable: robots.txt and 3 discovery requests" in result.stdout
    assert "make demo" in result.stdout
    assert_stopped_fast(db, "connection_refused")


def test_a_site_whose_name_resolves_only_after_a_while_is_crawled_whole(tmp_path) -> None:
    """DNS fails for the first 4 lookups (robots.txt and its retries, then more), then the site
    answers: retried, never stopped early, every article stored."""
    db = tmp_path / "a.db"

    def flaky_site(base_url: str, **kwargs: object) -> ReplicaSite:
        return ReplicaSite(base_url.replace("127.0.0.1", "flaky.test"), **kwargs)

    with ReplicaServer(n_articles=30, site_factory=flaky_site) as server:
        base_url = server.base_url.replace("127.0.0.1", "flaky.test")
        result = scrapy_crawl(base_url, db, *FAST, "-s", "FLAKY_DNS_FAILURES=4", "-s",
                              "TWISTED_DNS_RESOLVER=tests.replica.offline_dns.FlakyStartResolver")
        assert result.returncode == 0, result.stderr[-3000:]
        assert "site unreachable" not in result.stderr
        assert "'unreachable/dns': 4" in result.stderr, "the failures were seen, and waited out"
        assert "Gave up retrying <GET http://flaky.test" in result.stderr, "retried as usual"
        run = query(db, "SELECT * FROM crawl_runs")[0]
        assert (run["finish_reason"], run["status"]) == ("finished", "ok")
        assert_complete(db, server)
