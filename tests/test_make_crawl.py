"""`make crawl` runs `scrapy crawl rtarabic` and fails when the crawl fails. GNU make exits 2
for any failed recipe, naming the crawl's own code in its message (`Error 1`, `Error 75`)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.crawls import query
from tests.replica import ReplicaServer
from tests.test_fail_fast import FAST, closed_port

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make here")


def make_crawl(db: Path, args: str) -> subprocess.CompletedProcess:
    # -o: the install steps count as done (the suite runs in that very .venv).
    command = ["make", "-o", ".venv/.installed", "-o", ".venv/bin/python", "crawl",
               f"DB={db}", f"ARGS={args}"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_make_crawl_succeeds_with_a_healthy_crawl(tmp_path) -> None:
    with ReplicaServer(n_articles=12) as server:
        result = make_crawl(tmp_path / "a.db", f"-a base_url={server.base_url} {' '.join(FAST)}")
    assert result.returncode == 0, result.stderr[-3000:]
    assert query(tmp_path / "a.db", "SELECT status FROM crawl_runs")[0]["status"] == "ok"


def test_make_crawl_fails_with_the_crawl(tmp_path) -> None:
    result = make_crawl(tmp_path / "a.db",
                        f"-a base_url=http://127.0.0.1:{closed_port()} {' '.join(FAST)}")
    assert result.returncode == 2, result.stderr[-3000:]
    assert "crawl] Error 1" in result.stderr, "make names the crawl's exit code"
