"""English interface labels on Arabic pages: whole-paragraph labels go, text that mentions
the words stays."""
from __future__ import annotations

import pytest

from extraction.boilerplate import is_boilerplate_line
from extraction.latin_labels import is_latin_label


@pytest.mark.parametrize("line", [
    "Recommended by LinkedIn", "Recommended from Medium", "Recommended for you", "recommended",
    "More from Arab Digest", "Trending on Tumblr", "Related posts", "Related Articles:",
    "You might also like", "Read more…", "Read next", "Share this post", "Share",
    "Leave a comment", "Leave a Reply", "12 Comments", "Comment", "Sponsored", "Subscribe now",
    "Follow us", "Show more", "See more", "Forwarded from وزارة الكهرباء العراقية",
])
def test_english_labels_are_chrome(line: str) -> None:
    assert is_latin_label(line)
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "Recommended by LinkedIn users: قائمة أفضل عشرة كتب",
    "More from the same author will follow",
    "Share of renewables rose to 20 percent",
    "sudo apt update && sudo apt install --only-upgrade firefox",
    "Comments are closed on the ministry's page",
    "Recommended by more than ten ministries", "Recommended by my teacher",
    "نشرت الصحيفة تحت عنوان Read more",
])
def test_text_with_those_words_is_not_a_label(line: str) -> None:
    assert not is_latin_label(line)
