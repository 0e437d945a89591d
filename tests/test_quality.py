"""Extraction quality floors: the scores pinned in tests/eval_baseline.json must not drop.

The cases are the RT golden pages and the real pages of tests/fixtures/realpages (sources and
licences in their *.source.json: newspaper4k and fundus MIT, htmldate and magic-html
Apache-2.0). Regenerate the floors after a deliberate improvement with
`python -m archive evaluate --no-trafilatura --write-floors tests/eval_baseline.json`.
"""

from __future__ import annotations

import json
from pathlib import Path

from extraction.evaluate import evaluate, load_cases, regressions, summary

FIXTURES = Path(__file__).parent / "fixtures"
BASELINE = Path(__file__).parent / "eval_baseline.json"


def test_no_pinned_score_drops() -> None:
    rows = evaluate(load_cases(FIXTURES), with_trafilatura=False)
    assert regressions(rows, json.loads(BASELINE.read_text(encoding="utf-8"))) == []


def test_every_case_is_pinned_and_scored() -> None:
    pinned = json.loads(BASELINE.read_text(encoding="utf-8"))
    names = {case.name for case in load_cases(FIXTURES)}
    assert names == set(pinned)
    assert sum(1 for c in load_cases(FIXTURES) if c.body is not None) >= 20


def test_regressions_are_reported() -> None:
    rows = [{"name": "x", "ours": {"precision": 0.9, "recall": 1.0, "f1": 0.94,
                                   "snippets_failed": ["present: اقرأ أيضا"], "title": False}}]
    pinned = {"x": {"precision": 0.95, "recall": 1.0, "snippets_failed": 0, "title": True},
              "y": {"f1": 1.0}}
    problems = regressions(rows, pinned)
    assert len(problems) == 4
    assert any("precision" in p for p in problems) and any("missing" in p for p in problems)


def test_zero_boilerplate_phrases_in_rt_cases() -> None:
    cases = [c for c in load_cases(FIXTURES) if c.name.startswith("rtarabic/")]
    rows = evaluate(cases, with_trafilatura=False)
    assert rows and all(row["ours"]["snippets_failed"] == [] for row in rows)
    assert summary(rows, "ours")["f1"] == 1.0
