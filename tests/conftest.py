"""Shared test setup: no proxies (tests talk to 127.0.0.1 only), fixture paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from archive.db import open_archive

FIXTURES = Path(__file__).parent / "fixtures"

# As Scrapy's own test suite does: a proxy from the environment must never see test traffic.
for _var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"):
    os.environ.pop(_var, None)
os.environ["no_proxy"] = os.environ["NO_PROXY"] = "127.0.0.1,localhost"


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def db(tmp_path: Path):
    """A fresh archive (schema applied) in a temporary folder."""
    database = open_archive(tmp_path / "a.db")
    yield database
    database.close()
