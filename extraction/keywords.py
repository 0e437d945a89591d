"""Tag names a page gives as data: article:tag metas, JSON-LD keywords, meta keywords."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from extraction.selectors import compiled
from extraction.textnorm import fold_space

_KEYWORDS_MAX = 12
# A hyphen between two Arabic letters: a tag slug's stand-in for a space (Discourse's
# "الأمن-السيبراني"); Arabic writes no hyphenated compounds. A hashtag's underscore
# ("#البنك_المركزي") is how the hashtag itself is spelled, and stays.
_SLUG_JOINER = re.compile(r"(?<=[\u0621-\u064a])-(?=[\u0621-\u064a])")


def unslugged(name: str) -> str:
    """A tag name as words: "الأمن-السيبراني" -> "الأمن السيبراني", and without the hashtag
    mark a chip prints before it ("# تطريز", Blocksy); others unchanged."""
    return _SLUG_JOINER.sub(" ", name.lstrip("#＃ ") if name.startswith(("#", "＃")) else name)


def meta_keywords(metas: dict[str, str], headline: str | None = None) -> list[str]:
    """`<meta name="keywords">` of a page with no tag markup: its tags, unless the list is
    long enough to be the site's own keyword stuffing, or is the headline (a forum's subject,
    Discuz's keywords)."""
    names = [fold_space(k) for k in re.split(r"[,،]", metas.get("keywords", ""))]
    names = [n for n in names if n]
    if headline and names == [fold_space(headline)]:
        return []
    return names if len(names) <= _KEYWORDS_MAX else []


def ld_keywords(ld: tuple[dict[str, Any], ...]) -> list[str]:
    """The article JSON-LD's `keywords`: a list, or one comma-separated string."""
    for obj in ld:
        keywords = obj.get("keywords")
        if isinstance(keywords, str):
            keywords = re.split(r"[,،]", keywords)
        if isinstance(keywords, list):
            names = [fold_space(k) for k in keywords if isinstance(k, str)]
            if any(names):
                return names
    return []


def all_meta(tree: HtmlElement, key: str) -> list[str]:
    """The contents of every meta named (or with the property) `key`, in page order."""
    return [m.get("content") or "" for m in tree.iter("meta")
            if (m.get("property") or m.get("name")) == key]


# Tag links of the common CMSs: WordPress's rel="tag", Wix's data-hook="tag" list; and a
# microformats2 h-entry's categories (WriteFreely's and Mastodon's hashtags, IndieWeb themes).
_TAG_LINKS = ("a[rel~='tag']", "[data-hook='post-tags'] a[data-hook='tag']",
              ".h-entry .p-category")
# A category link that also says rel="tag" (WordPress "category tag", Gutenberg's
# taxonomy-category terms block) names the section, not a tag.
_CATEGORY = re.compile(r"categor|cat-links", re.IGNORECASE)


def generic_tags(tree: HtmlElement, ld: tuple[dict[str, Any], ...]) -> list[str]:
    """The tags of a page whose profile names no tag element: its `article:tag` metas (some
    sites put every tag in one, comma-separated), else its tag links, else JSON-LD keywords."""
    names = [fold_space(part) for value in all_meta(tree, "article:tag")
             for part in re.split(r"[,،]", value)]
    return names or tag_links(tree) or ld_keywords(ld)


# Links to a tag's page, marked no other way (Publii's `ul.post__tag`: /tags/<slug>/), outside
# the text's paragraphs (a link in a sentence is the text's).
_TAG_PAGE_LINKS = etree.XPath("//article[.//h1]//a[contains(@href, '/tag/') or "
                              "contains(@href, '/tags/')][not(ancestor::p)]")


def tag_page_links(tree: HtmlElement) -> list[str]:
    """The texts of the links to tag pages inside the `<article>` that holds the headline,
    outside side columns and paragraphs: the story's tags (a strip of trending tags above
    the story is not in its article)."""
    return [text for el in _TAG_PAGE_LINKS(tree)
            if (text := fold_space(el.text_content())) and not _in_side_column(el)]


# A list of categories up to this many levels above a link (Movable Type's
# `div.entry-categories > ul > li > a[rel=tag]`); Discourse's tags sit in a `topic-category`.
_CATEGORY_LIST_LEVELS = 3
_CATEGORIES = re.compile(r"categories", re.IGNORECASE)


def _in_category_list(link: HtmlElement) -> bool:
    """Whether a link's parent is named a category, or an element up to
    _CATEGORY_LIST_LEVELS above it a list of categories."""
    parent = link.getparent()
    if parent is not None and _CATEGORY.search(parent.get("class") or ""):
        return True
    return any(_CATEGORIES.search(a.get("class") or "")
               for a in islice(link.iterancestors(), _CATEGORY_LIST_LEVELS))


def tag_links(tree: HtmlElement) -> list[str]:
    """The names of the page's tag links, category links left out; on a page that appends
    another story under its own (a theme's auto-load of the next post), only the links up to
    the first <h1> after them: the next story's headline."""
    links = []
    for css in _TAG_LINKS:
        for el in compiled(css)(tree):
            link = el if el.tag == "a" else next(el.iterancestors("a"), el)
            rel = link.get("rel") or ""
            if el in links or _CATEGORY.search(rel) or "/category/" in (link.get("href") or "") or (
                    _in_category_list(link)):
                continue
            links.append(el)
    if links and len(tree.findall(".//h1")) > 1:
        links = _before_next_headline(tree, links)
    # The story's own tag links, not the blog's tag cloud beside it.
    return [fold_space(el.text_content()) for el in links if not _in_side_column(el)]


# Class or id words of a side column or a module in it (LiveJournal's "module-tags_multilevel"
# in "#secondary", a tag cloud). Not "widget": Blogger's posts are its "widget Blog".
_SIDE_WORDS = ("sidebar", "secondary", "module", "tagcloud", "tag-cloud", "tag_cloud")


def _in_side_column(el: HtmlElement) -> bool:
    """Whether an ancestor of `el` is a side column or a module (by its class or id)."""
    for ancestor in el.iterancestors():
        marks = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".lower().split()
        if any(mark.startswith(_SIDE_WORDS) for mark in marks):
            return True
    return False


def _before_next_headline(tree: HtmlElement, links: list[HtmlElement]) -> list[HtmlElement]:
    """`links` in page order up to the first <h1> that follows one of them."""
    wanted, kept = set(links), []
    for el in tree.iter():
        if el.tag == "h1" and kept:
            break
        if el in wanted:
            kept.append(el)
    return kept
