"""Golden extraction: each tests/fixtures/rtarabic/<case>.html must give <case>.json exactly.

The JSON files are hand-written truth (see the folder's README); they leave out the computed
fields, which are checked here against the record's own text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extraction import extract
from extraction.sites import get_site
from extraction.textnorm import content_hash

CASES = sorted((Path(__file__).parent / "fixtures" / "rtarabic").glob("*.json"))
SITE = get_site("rtarabic")


def load(case: Path) -> tuple[dict, dict]:
    want = json.loads(case.read_text(encoding="utf-8"))
    got = extract(SITE, want["url"], case.with_suffix(".html").read_bytes()).to_dict()
    return want, got


def test_enough_cases_cover_both_layouts_and_non_articles() -> None:
    statuses = [json.loads(c.read_text(encoding="utf-8"))["status"] for c in CASES]
    assert len(CASES) >= 12
    assert {"ok", "blocked", "not_found", "not_article", "empty"} <= set(statuses)


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_record(case: Path) -> None:
    want, got = load(case)
    for field, value in want.items():
        assert got[field] == value, field
    if want["status"] == "ok":
        assert got["word_count"] == len(want["body"].split())
        assert got["content_hash"] == content_hash(want["title"], want["body"])
        assert got["language"] == "ar" and got["language_confidence"] > 0.9


def test_record_is_deterministic() -> None:
    case = CASES[0]
    _want, first = load(case)
    _want, second = load(case)
    assert first == second
