"""Where pages without site rules put the writer's name: byline markup of the common CMSs."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from extraction.agency_lines import is_place_source_line
from extraction.boilerplate import source_of
from extraction.byline_lines import author_of_byline
from extraction.document import Document
from extraction.selectors import text_of
from extraction.textnorm import fold_space
from extraction.titles import publisher_names

# Links to a writer's page: a byline when they name one writer, a story list when several.
AUTHOR_PAGE_LINKS: tuple[str, ...] = ('a[href*="/author/"]', 'a[href*="/authors/"]')
# Most specific first: schema.org microdata, rel=author, then class words (WordPress
# "author-name", Drupal "field-name-field-author", "writer").
BYLINE_MARKUP: tuple[str, ...] = (
    '[itemprop="author"] [itemprop="name"]', 'a[rel="author"]', '[itemprop="author"]',
    '[class*="author-name"]', '[class*="author"]', '[class*="writer"]', '[class*="byline"]',
    # Class and id matches are case-sensitive: ASP.NET and older portals write "NewsAuthor",
    # "lblAuthor", "Writer".
    '[class*="Author"]', '[id*="Author"]', '[id*="author"]', '[class*="Writer"]',
    # The poster named in a portal's info line: XOOPS News' `span.itemPoster` ("نشرت بواسطة
    # <name>"), PHP-Fusion's `span.news-poster` ("نشر من قبل <name>").
    '[class*="Poster"]', '[class*="poster"]',
    # French-built portals of the Maghreb and Mauritania: "auteur".
    '[class*="auteur"]',
    # A user's page linked after a user icon (e107's news meta: glyphicon-user, user.php?id.7;
    # Font Awesome's fa-user).
    *(f'[class*="{icon}"] + a[href*="user"]' for icon in ("icon-user", "fa-user")),
    # A link to the writer's page, marked no other way (Plone 6's byline: /author/<id>).
    *AUTHOR_PAGE_LINKS,
)
# The poster of a forum thread (vBulletin, phpBB): the first post's user name.
FORUM_POSTER = '[class*="username"]'
GENERIC_BYLINE: tuple[str, ...] = (*BYLINE_MARKUP, FORUM_POSTER)
_BYLINE_MAX_WORDS = 8


def byline_texts(doc: Document) -> list[str]:
    """The short texts of the page's byline elements, in page order: a body line that starts
    with one is the byline (often read with the date beside it), not text."""
    texts: list[str] = []
    for css in BYLINE_MARKUP:  # a forum poster's name opens replies, not a byline line
        for el in doc.matches(css):
            text = text_of(el)
            if text and 2 <= len(text.split()) <= _BYLINE_MAX_WORDS and text not in texts:
                texts.append(text)
    return texts


_NAME_MAX_WORDS = 6
# "بغداد/ حيدر الربيعي": the reporter's city before the name (Iraqi and Gulf bylines).
_PLACE_BEFORE_NAME = re.compile(r"^\w+(?:\s\w+)?\s*/\s*(?=\w)")
# Ancestors whose class or id holds one of these are comments or lists of other articles.
_OTHER_BLOCK_WORDS = ("comment", "related", "most", "popular", "sidebar", "footer",
                      "site-footer", "aside", "webmention")


def generic_byline(doc: Document) -> str | None:
    """The writer named by the byline markup of the common CMSs (GENERIC_BYLINE), outside
    comments and link lists; not the publisher (its site name, its JSON-LD name) nor an
    Organization."""
    publishers = {fold_space(name) for name in publisher_names(doc.metas, doc.ld) if name}
    for css in GENERIC_BYLINE:
        names = (name for el in doc.matches(css) if (name := _byline_name(el))
                 and name not in publishers and not _in_other_block(el) and not _organization(el))
        if css not in AUTHOR_PAGE_LINKS:
            if found := next(names, None):
                return found
        # Links to several writers' pages are a list of stories (an archive page), no byline.
        elif len(distinct := set(names)) == 1:
            return distinct.pop()
    return None


def _byline_name(el: HtmlElement) -> str | None:
    """The name a byline element holds ("كتب: سامر العبدالله" -> "سامر العبدالله"), or None
    for text that is no name (a bio, a date, a label alone, "المصدر: <agency>" or "عمّان -
    بترا": a source)."""
    text = _beside(el) if el.tag == "img" else text_of(el)
    if (not text or len(text) > 80 or source_of(text) or is_place_source_line(text)
            or _only_term_link(el, text)):
        return None
    name = author_of_byline(_PLACE_BEFORE_NAME.sub("", text))
    if not name or any(c.isdigit() for c in name) or not 1 <= len(name.split()) <= _NAME_MAX_WORDS:
        return None
    return name if name.rstrip(":：") == name else None


# The page of a category, tag or section.
_TERM_PATH = re.compile(r"/(?:categor(?:y|ies)|tags?|sections?|topics?)/", re.IGNORECASE)


def _only_term_link(el: HtmlElement, text: str) -> bool:
    """Whether the element's text is one link to a category's or tag's page: a section's
    name (LBC's `article_details_author_container` holds only the category), no writer."""
    links = [el] if el.tag == "a" else el.findall(".//a")
    return (len(links) == 1 and text_of(links[0]) == text
            and _TERM_PATH.search(links[0].get("href") or "") is not None)


_BESIDE_LEVELS = 2


def _beside(img: HtmlElement) -> str | None:
    """The first text after an author's avatar (an <img> the byline markup names: Odoo's
    "o_wblog_author_avatar"), among the siblings of the image or of its two nearest ancestors:
    the name shown beside the picture."""
    node: HtmlElement | None = img
    for _ in range(_BESIDE_LEVELS + 1):
        if node is None:
            return None
        for sibling in node.itersiblings():
            for el in sibling.iter():
                if isinstance(el.tag, str) and el.text and el.text.strip():
                    return fold_space(el.text)
        node = node.getparent()
    return None


def _organization(el: HtmlElement) -> bool:
    """Microdata naming an Organization as author (the publisher), not a writer."""
    for node in (el, *el.iterancestors()):
        if node.get("itemtype"):
            return "organization" in node.get("itemtype", "").lower()
        if node.get("itemprop") == "author":
            return False
    return False


def _in_other_block(el: HtmlElement) -> bool:
    """Whether `el` sits in comments, a sidebar or a list of other articles: an ancestor below
    the region holding the headline with a class or id word opening with such a name (an
    `<article>` so named too: a comment or a webmention, not the story)."""
    for ancestor in el.iterancestors():
        if ancestor.tag in ("body", "html", "main") or ancestor.find(".//h1") is not None:
            return False
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower().split()
        if any(mark.startswith(_OTHER_BLOCK_WORDS) for mark in marks):
            return True
        if ancestor.tag == "article":
            return False
    return False
