"""Real Arabic news pages from public test suites, scored against their ground truth.

Pages and truth: newspaper4k (MIT), fundus (MIT), htmldate and magic-html (Apache-2.0); see
tests/fixtures/realpages/*.source.json. Floors are today's scores: a regression fails.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from extraction import Article, extract, get_site
from extraction.evaluate import score_text

REAL = Path(__file__).parent / "fixtures" / "realpages"


def extract_real(name: str) -> Article:
    source = json.loads((REAL / f"{name}.source.json").read_text(encoding="utf-8"))
    return extract(get_site("generic"), source["url"], (REAL / f"{name}.html").read_bytes())


def fundus_truth(name: str) -> dict:
    return json.loads((REAL / f"{name}.gt.json").read_text(encoding="utf-8"))["V1"]


def test_cnn_arabic_body_and_title() -> None:
    name = "newspaper4k__arabic.cnn.com_2013_syria.clashes"
    article = extract_real(name)
    truth = (REAL / f"{name}.gt.txt").read_text(encoding="utf-8")
    meta = json.loads((REAL / f"{name}.metadata.json").read_text(encoding="utf-8"))
    score = score_text(article.body, truth)
    assert score.recall == 1.0
    assert score.f1 >= 0.91
    assert article.title == meta["title"]
    assert (article.status, article.language) == ("ok", "ar")


def test_lbc_body_title_and_date() -> None:
    name = "fundus__lbcgroup.tv_2026_01_08"
    article = extract_real(name)
    truth = fundus_truth(name)
    paragraphs = [p for s in truth["body"]["sections"] for p in s["paragraphs"]]
    assert score_text(article.body, "\n\n".join(paragraphs)).f1 >= 0.99
    assert article.title == truth["title"]
    # The instant fundus gives (in UTC), in the offset of the time the page shows with it
    # ("2026-01-08 | 12:42"): what a reader of the page sees.
    assert datetime.fromisoformat(article.published) == datetime.fromisoformat(
        truth["publishing_date"])
    assert article.published == "2026-01-08T12:42:50+01:00"


@pytest.mark.parametrize("name", [
    "htmldate__albayan.ae_1623715966",
    "htmldate__arabic.sputniknews.com_1550981615",
    "htmldate__youm7.com_1691196862",
])
def test_publication_day(name: str) -> None:
    truth = json.loads((REAL / f"{name}.gt.json").read_text(encoding="utf-8"))
    article = extract_real(name)
    assert article.published is not None
    assert article.published[:10] == truth["date"]
    assert (article.status, article.language) == ("ok", "ar")


@pytest.mark.parametrize("name, language", [
    ("htmldate__khabaronline.ir_1523806243", "fa"),
    ("magichtml__urdupoint.com_cf92f4271d", "ur"),
])
def test_non_arabic_pages_are_told_apart(name: str, language: str) -> None:
    """Persian and Urdu use the Arabic script: the language filter must still see them."""
    article = extract_real(name)
    assert article.language == language
    assert article.status == "ok"
