"""The article's header beside its headline: the standfirst, subtitle, kicker and byline a page
sets with the `<h1>`, never the article's text."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from extraction.arabic_dates import parse_visible_date
from extraction.selectors import text_of
from extraction.textnorm import END_STOPS, fold_space

# An element named a header ("web-header", "post-header", "entry-header") that holds the <h1>
# is the article's header when it holds at most this many words (not the whole text).
_HEADER_MAX_WORDS = 80
_NAMED_HEADERS = etree.XPath("//*[self::div or self::section][contains(@id, 'header') or "
                             "contains(@class, 'header')][.//h1]")


def headline_header_texts(tree: HtmlElement) -> set[str]:
    """The paragraphs, subheadings and addresses of a `<header>`, or of a short element named
    a header, that holds the page's <h1> (a standfirst, a subtitle, a kicker, a byline): the
    article's header, never its text."""
    return {fold_space(p.text_content()) for p in _header_paragraphs(tree)}


def _header_paragraphs(tree: HtmlElement) -> list[HtmlElement]:
    headers = [h for h in tree.iter("header") if h.find(".//h1") is not None]
    headers += [h for h in _NAMED_HEADERS(tree)
                if len(h.text_content().split()) <= _HEADER_MAX_WORDS]
    return [p for header in headers
            for p in header.iter("p", "h2", "h3", "h4", "h5", "h6", "address")]


# The first headings and paragraphs with text after the page's first <h1>, and the blocks
# after a dek that may hold the text's first paragraph.
_AFTER_HEADLINE = etree.XPath("(//h1)[1]/following::*[self::h2 or self::h3 or self::h4 or "
                              "self::p][normalize-space()][position() <= 4]")
_FOLLOWING_BLOCKS = etree.XPath("following::*[self::p or self::div or self::td or self::h2 or "
                                "self::h3 or self::h4][normalize-space()][position() <= 12]")
# A paragraph its class calls a dek: "entry-subhead", "subtitle", "standfirst", "strapline".
_DEK_CLASS = re.compile(r"sub-?head|sub-?title|\bdek\b|standfirst|strap", re.IGNORECASE)
_DEK_MAX_WORDS = 30


def is_header_dek(tree: HtmlElement, first: str, second: str) -> bool:
    """Whether the text's first paragraph `first` is a dek set under the headline: a heading
    (or a paragraph its class calls a subtitle) after the <h1>, outside the element that holds
    the next paragraph `second` (Hashnode's `<div><h2>` under the title, Contao's
    subheadline `<h2>` before the `ce_text` block); a subheading among the text's paragraphs
    is the text's."""
    if len(first.split()) > _DEK_MAX_WORDS:
        return False
    dek = next((el for el in _AFTER_HEADLINE(tree) if fold_space(el.text_content()) == first),
               None)
    if dek is None:
        return False
    plain = dek.tag == "p" and not _DEK_CLASS.search(dek.get("class") or "")
    if plain and not _under_headline(dek):
        return False
    # The innermost block the next paragraph opens: the last of its nested wrappers.
    text = next((el for el in reversed(_FOLLOWING_BLOCKS(dek))
                 if fold_space(el.text_content()).startswith(second)), None)
    holder = text.getparent() if text is not None else None
    if holder is None or holder in dek.iterancestors():
        return False
    # A plain paragraph is a dek when the story's <time> sits between it and the text: a
    # standfirst over the byline and date row (a Nuxt page's `<p>` under its title).
    return not plain or not set(_TIMES_AFTER(dek)).isdisjoint(_TIMES_BEFORE(text))


_TIMES_AFTER = etree.XPath("following::time[position() <= 3]")
_TIMES_BEFORE = etree.XPath("preceding::time[position() <= 3]")


def _under_headline(el: HtmlElement) -> bool:
    """Whether the element before `el` is the <h1>."""
    previous = el.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous is not None and previous.tag == "h1"


# The `<time>`s after the headline; the row around one (its date, time of day, reading time,
# share label) holds at most this many words and no paragraph.
_HEADLINE_TIMES = etree.XPath("(//h1)[1]/following::time[position() <= 2]")
_META_ROW_MAX_WORDS = 25


def meta_rows(tree: HtmlElement, title: str | None = None) -> list[str]:
    """The texts, without spaces, of the rows that hold the story's `<time>` after the
    headline, outside any paragraph: its date line, whose other pieces (time of day, reading
    time, share label) a reader sees apart, though markup may run them together. Also the
    element right after the headline's own heading (an `<h2>` on pages without `<h1>`) when
    it is such a row without a `<time>`: a printed date, a link (the poster's, the
    section's), no paragraph and no end stop (PHP-Fusion's "» نشر من قبل <name> في <date> ·
    في <section>")."""
    row = info_row(tree, title) if title else None
    rows = ["".join(text_of(row).split())] if row is not None else []
    for time in _HEADLINE_TIMES(tree):
        if any(a.tag in ("p", "li", "blockquote") for a in time.iterancestors()):
            continue
        row = time
        for ancestor in time.iterancestors():
            if (ancestor.tag in ("body", "html") or ancestor.find(".//p") is not None
                    or len(ancestor.text_content().split()) > _META_ROW_MAX_WORDS):
                break
            row = ancestor
        rows.append("".join(row.text_content().split()))
    return rows


# The first <h2> or <h3> whose text is the title (whitespace folded), found in C.
_TITLED_SUBHEADING = etree.XPath("(//h2 | //h3)[normalize-space(.) = $title][1]")


def info_row(tree: HtmlElement, title: str) -> HtmlElement | None:
    """The element right after the heading that reads `title` (the `<h1>`, else an `<h2>` or
    `<h3>` that does) when it is the story's info row: a printed date and a link (the
    poster's, the section's), at most _META_ROW_MAX_WORDS words, no paragraph and no end
    stop."""
    heading = tree.find(".//h1")
    if heading is None or fold_space(heading.text_content()) != title:
        # Old portals, forums and blogs head the story with an <h2> or <h3> (Dotclear's <h1>
        # is the blog's name).
        try:
            heading = next(iter(_TITLED_SUBHEADING(tree, title=title)), None)
        except ValueError:  # a title lxml cannot pass to XPath (a control character in it)
            return None
    row = heading.getnext() if heading is not None else None
    if row is None or not isinstance(row.tag, str) or row.find(".//a") is None:
        return None
    text = text_of(row)
    if (len(text.split()) > _META_ROW_MAX_WORDS or row.find(".//p") is not None
            or text.endswith(END_STOPS) or not parse_visible_date(text)):
        return None
    return row


def in_meta_row(line: str, rows: list[str]) -> bool:
    """Whether `line` is only pieces of a row of `meta_rows`."""
    squashed = "".join(line.split())
    return any(squashed in row for row in rows)


# A header paragraph its class calls the lead or description (Plone's "documentDescription
# lead"), not a standfirst, subtitle or teaser.
_LEAD_CLASS = re.compile(r"lead|description|intro", re.IGNORECASE)


def header_lead_texts(tree: HtmlElement) -> set[str]:
    """The texts of the article header's paragraphs named a lead or description."""
    return {fold_space(p.text_content()) for p in _header_paragraphs(tree)
            if _LEAD_CLASS.search(p.get("class") or "")}
