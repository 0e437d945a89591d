"""The article's header beside its headline: the standfirst, subtitle, kicker and byline a page
sets with the `<h1>`, never the article's text."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from extraction.textnorm import fold_space

# An element named a header ("web-header", "post-header", "entry-header") that holds the <h1>
# is the article's header when it holds at most this many words (not the whole text).
_HEADER_MAX_WORDS = 80
_NAMED_HEADERS = etree.XPath("//*[self::div or self::section][contains(@id, 'header') or "
                             "contains(@class, 'header')][.//h1]")


def headline_header_texts(tree: HtmlElement) -> set[str]:
    """The paragraphs, subheadings and addresses of a `<header>`, or of a short element named
    a header, that holds the page's <h1> (a standfirst, a subtitle, a kicker, a byline): the
    article's header, never its text; and a subtitle set alone under the headline."""
    texts = {fold_space(p.text_content()) for p in _header_paragraphs(tree)}
    subtitle = _lone_subtitle(tree)
    return texts | {subtitle} if subtitle else texts


# The first heading or paragraph with text after the page's first <h1>.
_AFTER_HEADLINE = etree.XPath("(//h1)[1]/following::*[self::h2 or self::h3 or self::h4 or "
                              "self::p][normalize-space()][1]")
_SUBTITLE_MAX_WORDS = 25


def _lone_subtitle(tree: HtmlElement) -> str | None:
    """The text of the heading next after the <h1> when its wrapper holds it alone (Hashnode's
    `<div><h2>subtitle</h2></div>` under the title's `<div><h1>`): a subheading of the text
    sits among the text's paragraphs."""
    found = _AFTER_HEADLINE(tree)
    if not found or found[0].tag == "p":
        return None
    heading = found[0]
    text = fold_space(heading.text_content())
    parent = heading.getparent()
    if (parent is None or fold_space(parent.text_content()) != text
            or len(text.split()) > _SUBTITLE_MAX_WORDS):
        return None
    return text


def _header_paragraphs(tree: HtmlElement) -> list[HtmlElement]:
    headers = [h for h in tree.iter("header") if h.find(".//h1") is not None]
    headers += [h for h in _NAMED_HEADERS(tree)
                if len(h.text_content().split()) <= _HEADER_MAX_WORDS]
    return [p for header in headers
            for p in header.iter("p", "h2", "h3", "h4", "h5", "h6", "address")]


# A header paragraph its class calls the lead or description (Plone's "documentDescription
# lead"), not a standfirst, subtitle or teaser.
_LEAD_CLASS = re.compile(r"lead|description|intro", re.IGNORECASE)


def header_lead_texts(tree: HtmlElement) -> set[str]:
    """The texts of the article header's paragraphs named a lead or description."""
    return {fold_space(p.text_content()) for p in _header_paragraphs(tree)
            if _LEAD_CLASS.search(p.get("class") or "")}
