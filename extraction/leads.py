"""The lead trafilatura left out of the text, found from the page's description."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.selectors import text_of
from extraction.textnorm import fold_space

_LEAD_MAX_CHARS = 1000


def missing_lead(tree: HtmlElement, summary: str | None, paragraphs: list[str],
                 title: str | None = None) -> str | None:
    """The lead when trafilatura left it out: the element whose text the description is
    (or begins, when the description is cut with "..."), unless that is the headline or a
    line that ends without a stop. A paragraph is read whole, since it may open with a bold
    dateline ("<strong>بغداد - واع:</strong> أعلنت ...")."""
    for key in _lead_keys(summary):
        if (len(key.split()) < 8 or any(key in p for p in paragraphs)
                or (title and fold_space(title).startswith(key))):
            return None
        if lead := _lead_element_text(tree, key, paragraphs):
            return lead
    return None


# The description may end with the site's own tail after the text's last stop (the Rossiya
# Segodnya CMS writes "... في موسكو. 12.05.2024, <site>"): at most this many words.
_DESCRIPTION_TAIL_MAX_WORDS = 6
_STOP = re.compile(r"[.!؟?](?=\s)")


def _lead_keys(summary: str | None) -> list[str]:
    """The description as the lead would begin, then without a short tail after its last
    stop."""
    key = (summary or "").rstrip(".… ").strip()
    stop = next(reversed(list(_STOP.finditer(key))), None)
    if stop and len(key[stop.end():].split()) <= _DESCRIPTION_TAIL_MAX_WORDS:
        return [key, key[:stop.start()]]
    return [key]


def _lead_element_text(tree: HtmlElement, key: str, paragraphs: list[str]) -> str | None:
    for el in tree.iter("p", "div", "h2"):
        opening = text_of(el) if el.tag == "p" else fold_space(el.text or "")
        if opening.startswith(key[:20]):
            text = opening if el.tag == "p" else text_of(el)
            if (text.startswith(key) and len(text) <= _LEAD_MAX_CHARS
                    and text.rstrip().endswith(_SENTENCE_ENDS)
                    and not any(text in p for p in paragraphs)):
                return text
    return None


# A lead is written in sentences; a teaser or standfirst set under the headline (Webflow's
# summary field, which also fills the description) often ends without a stop.
_SENTENCE_ENDS = (".", "!", "؟", "?", "…", "»", '"', "”", ")")


# A paragraph that goes on from one before it: "وأوضح الوزير ...", "ويأتي هذا القرار ...". A
# news text opens with its lead, never so; a text that does lost its lead (Plone prints the
# news item's description, its lead, in the header under the headline).
_CONTINUATION_STARTS = ("وأ", "وإ", "وي", "وت", "ون")
_CONTINUATION_WORDS = frozenset({
    "وقال", "وقالت", "وكان", "وكانت", "وفي", "ومن", "وعلى", "وبحسب", "ووفق", "ووفقا", "وحسب",
    "وجاء", "وشدد", "وشددت", "ولفت", "ولفتت", "وذكر", "وذكرت", "وبين", "وبينت", "ودعا", "ودعت",
    "وكشف", "وكشفت", "وعن", "ومع", "وبعد", "وقبل", "كما"})
_LEAD_MIN_WORDS = 12


def goes_on(paragraph: str) -> bool:
    """Whether a paragraph opens as the continuation of another: a conjunction "و" on a verb
    ("وأوضح", "ويأتي", "وتشمل") or one of _CONTINUATION_WORDS ("وقال", "وفي", "كما")."""
    first = paragraph.split(maxsplit=1)[0] if paragraph.strip() else ""
    return first.startswith(_CONTINUATION_STARTS) or first.rstrip("،,") in _CONTINUATION_WORDS


def is_header_lead(text: str, following: str) -> bool:
    """Whether a paragraph of the article's header (one its class names a lead) is the text's
    lead: sentences of at least _LEAD_MIN_WORDS words ending with a stop, followed by a text
    that goes on from it."""
    return (len(text.split()) >= _LEAD_MIN_WORDS and text.rstrip().endswith(_SENTENCE_ENDS)
            and goes_on(following))
