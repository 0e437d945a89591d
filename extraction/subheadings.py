"""Subheadings trafilatura dropped, put back between the paragraphs they head."""

from __future__ import annotations

from lxml.html import HtmlElement

from extraction.boilerplate import fold, is_boilerplate_line, is_tail_opener
from extraction.selectors import text_of

# A subheading has at most this many words.
_SUBHEADING_MAX_WORDS = 15


def with_subheadings(lines: list[str], tree: HtmlElement) -> list[str]:
    """`lines` with the subheadings trafilatura dropped put back: an `<h2>`-`<h4>` whose
    nearest siblings with text, before and after it, are two consecutive lines. trafilatura
    drops them when it finds no content element and recovers the page's loose paragraphs
    (recover_wild_text takes `<p>`, not headings)."""
    at = {line: i for i, line in enumerate(lines) if line}
    inserts: list[tuple[int, str]] = []
    for heading in tree.iter("h2", "h3", "h4"):
        text = text_of(heading)
        if not text or text in at or len(text.split()) > _SUBHEADING_MAX_WORDS:
            continue
        before = at.get(_sibling_text(heading, before=True))
        after = at.get(_sibling_text(heading, before=False))
        if (before is not None and after == before + 1
                # a "اقرأ أيضا" heading would end the text it sits in
                and not is_tail_opener(text, key := fold(text))
                and not is_boilerplate_line(text, key)):
            inserts.append((after, text))
    if not inserts:
        return lines
    lines = list(lines)
    for index, text in sorted(inserts, reverse=True):
        lines.insert(index, text)
    return lines


# The elements trafilatura recovers as paragraphs (recover_wild_text).
_PARAGRAPHS = frozenset({"p", "blockquote", "pre"})


def _sibling_text(el: HtmlElement, before: bool) -> str:
    """The text of the nearest sibling with text, when it is a paragraph (spacers skipped;
    any other element, a wrapper of the whole page perhaps, is not read)."""
    sibling = el.getprevious() if before else el.getnext()
    while sibling is not None and (not isinstance(sibling.tag, str)
                                   or not sibling.text_content().strip()):
        sibling = sibling.getprevious() if before else sibling.getnext()
    return text_of(sibling) if sibling is not None and sibling.tag in _PARAGRAPHS else ""
