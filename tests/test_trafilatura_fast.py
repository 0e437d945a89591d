"""trafilatura's fast mode as our base text, and the pages read the full way instead.

fast_text goes through trafilatura's bare_extraction and determine_returnstring (what
trafilatura.extract calls) to see the body before it is text: checked here to give exactly
trafilatura.extract(fast=True) on every fixture page, so an upgrade that changes them fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura

from extraction.document import Document, parse
from extraction.trafilatura_text import (
    FULL_BELOW_CHARS,
    TRAFILATURA_OPTIONS,
    fast_text,
    trafilatura_input,
    trafilatura_text,
)
from tests.replica_wp.site import WordPressSite

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.rglob("*.html"))
URL = "https://example.com/2024/01/02/some-story-here/"


def _doc(raw: bytes | str, url: str = URL) -> Document:
    doc = parse(url, raw if isinstance(raw, str) else raw.decode("utf-8", "replace"))
    assert doc is not None
    return doc


def _both(doc: Document) -> tuple[str, str]:
    """(fast mode's text, the full cascade's) of the page, as trafilatura.extract gives them."""
    page = trafilatura_input(doc.raw, doc.tree)
    return tuple(trafilatura.extract(page, url=doc.url, fast=fast, **TRAFILATURA_OPTIONS) or ""
                 for fast in (True, False))


@pytest.mark.parametrize("path", PAGES, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fast_text_is_trafilaturas_fast_mode(path: Path) -> None:
    doc = _doc(path.read_bytes())
    fast, full = _both(doc)
    found = fast_text(trafilatura_input(doc.raw, doc.tree), doc.url)
    assert found in (None, fast)
    assert trafilatura_text(doc) == (full if found is None else fast)


def test_most_fixture_pages_take_the_fast_mode() -> None:
    answered = [p for p in PAGES
                if fast_text(trafilatura_input((d := _doc(p.read_bytes())).raw, d.tree), URL)]
    assert len(answered) >= 0.8 * len(PAGES)


def test_a_page_without_paragraph_text_is_read_the_full_way() -> None:
    # A vBulletin thread: the posts are divs; the full cascade lets jusText and readability
    # choose, and chooses other text than the fast mode.
    doc = _doc((FIXTURES / "templates" / "ly_forum" / "1.html").read_bytes())
    fast, full = _both(doc)
    assert fast != full and len(fast) >= FULL_BELOW_CHARS
    assert trafilatura_text(doc) == full


def test_a_short_fast_result_is_read_the_full_way() -> None:
    # A category listing of the WordPress replica: the fast mode keeps one teaser.
    site = WordPressSite("http://127.0.0.1:9999", n_articles=120)
    path = "/category/economy/"
    doc = _doc(site.routes[path].body, site.url(path))
    fast, full = _both(doc)
    assert fast != full and len(fast) < FULL_BELOW_CHARS
    assert trafilatura_text(doc) == full
