"""The site's article block read as paragraphs: the block a site profile names, or the first
post of a forum topic (extraction/post_stream.py), which is read as a member's repost."""

from __future__ import annotations

import copy
from collections.abc import Sequence

from lxml.html import HtmlElement

from extraction.appeal_lines import is_poster_closing, is_poster_prayer, is_reader_question
from extraction.block_lines import block_lines
from extraction.body import NO_LANGUAGE, Text, after_headline, arabic_block_links, clean_paragraphs
from extraction.boilerplate import fold
from extraction.document import Document
from extraction.language import detect_language
from extraction.links import caption_texts
from extraction.selectors import first, select, text_of
from extraction.textnorm import fold_space
from extraction.top_lines import top_byline, top_dateline


def block_text(doc: Document, container: HtmlElement, title: str | None,
               intro: Sequence[str], drop: Sequence[str],
               post_known: set[str] | None = None) -> Text:
    """The article block's paragraphs, its `drop` elements left out (on a copy: the
    document's tree stays as parsed).

    With `post_known` (the page's own URLs), the block is a forum topic's first post, read
    as the generic path reads a page (the Arabic related and tag blocks' links and tags,
    `known` URLs left out) and as a member's repost: its lines above the headline it
    repeats, its opening line introducing the story ("نقلا عن صحيفة ...:"), its photo
    captions, its closing question to the readers and its sign-off are the poster's, not
    the story's."""
    lines: list[str] = []
    intro_el = first(doc.tree, intro)
    block = copy.deepcopy(container)
    for el in select(block, drop):
        if el is not block and el.getparent() is not None:
            el.drop_tree()
    lines.extend(block_lines(block))
    if intro_el is not None and not any(a is container for a in intro_el.iterancestors()):
        lead = text_of(intro_el)
        if not _extended_in(lead, lines):
            lines.insert(0, lead)
    links, titles, tags = [], set(), []
    if post_known is not None:
        lines = after_headline(lines, title)
        if lines and is_post_intro(lines[0]):
            lines = lines[1:]
        links, titles, tags = arabic_block_links(doc, post_known)
        titles |= {fold(c) for c in caption_texts(doc)}
    paragraphs, source = clean_paragraphs(lines, title, titles)
    while post_known is not None and paragraphs and (is_reader_question(paragraphs[-1])
                                                     or is_poster_closing(paragraphs[-1])
                                                     or is_poster_prayer(paragraphs[-1])):
        paragraphs.pop()
    language = detect_language("\n\n".join(paragraphs)) if paragraphs else NO_LANGUAGE
    return Text(paragraphs, source, language, links, tags, dateline=top_dateline(lines),
                byline=top_byline(lines))


# A poster's line introducing the story they repost ("نقلا عن صحيفة الشرق العماني:",
# "السلام عليكم، خبر مهم للمتابعين:"): short, ending with a colon.
_POST_INTRO_MAX_WORDS = 12


def is_post_intro(line: str) -> bool:
    return len(line.split()) <= _POST_INTRO_MAX_WORDS and line.rstrip().endswith(":")


def _extended_in(lead: str, lines: list[str]) -> bool:
    """Whether the block's first text line is a longer version of the lead shown above it
    (then the lead is in the body once, as that line)."""
    first_line = next((line for line in lines if line), "")
    key = fold_space(lead).rstrip(".… ")
    return bool(key) and len(first_line) > len(key) and fold_space(first_line).startswith(key)


