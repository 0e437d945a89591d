"""The article page as a page object: each record field is a method of the page, computed
from the parsed document and the selectors the page class states as data.

`ArabicPage` is the generic Arabic news page: metadata from metas, JSON-LD and the page's
dates; the text from trafilatura plus the Arabic boilerplate rules. A site subclasses it in
its own file (extraction/sites/), fills in the selectors of its markup and overrides only
the fields it must compute. A layout change is a new subclass with `VALID_UNTIL` on the
old one (extraction/sites/base.py `Site.pages`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

from lxml.html import HtmlElement

from extraction.block_text import block_text
from extraction.body import Text, embedded_text, generic_text
from extraction.byline_lines import author_of_byline, is_handle, names_no_writer
from extraction.byline_markup import generic_byline
from extraction.cms_dates import medium_date
from extraction.dates import first_date, meta_content, page_dates, shown_hijri
from extraction.document import Document, close_title
from extraction.footer_lines import URL_LINE
from extraction.keywords import generic_tags, meta_keywords, tag_page_links, unslugged
from extraction.links import absolute, block_links, photos, source_links
from extraction.post_stream import Post, named_post
from extraction.record import Article
from extraction.selectors import first, select, text_of
from extraction.shown_offset import in_shown_offset
from extraction.status import page_status
from extraction.textnorm import content_hash, fold_space
from extraction.titles import (
    is_logo_heading,
    names_site,
    page_headline,
    publisher_names,
    shared_title_headline,
    title_site_names,
    titled_heading,
    without_label,
)

if TYPE_CHECKING:
    from extraction.sites.base import Site

# Meta keys most news sites use; a page class puts its site's own first.
PUBLISHED_META: tuple[str, ...] = (
    "article:published_time", "datePublished", "og:published_time", "pubdate",
    "publish-date", "date",
)
MODIFIED_META: tuple[str, ...] = ("article:modified_time", "dateModified", "og:updated_time")
AUTHOR_META: tuple[str, ...] = ("author", "article:author")
SECTION_META: tuple[str, ...] = ("article:section", "category")
# A page showing at most this many paragraphs may hold its whole text only as data.
_TEASER_MAX_PARAGRAPHS = 3
# An empty article block gives way to trafilatura's text of at least this many words (a
# layout change moved the text; a shell beside a menu stays empty).
BLOCK_MIN_WORDS = 30
Selectors = tuple[str, ...]


class ArabicPage:
    """A news page of an Arabic site; the selectors below are CSS, first match wins."""

    # The last day pages of this layout were served (inclusive); None: still served.
    VALID_UNTIL: ClassVar[date | None] = None

    TITLE_SUFFIXES: ClassVar[Selectors] = ()
    # The article text block. None found (or none stated): trafilatura reads the page.
    BODY: ClassVar[Selectors] = ()
    INTRO: ClassVar[Selectors] = ()
    # Where the article's photos are.
    SCOPE: ClassVar[Selectors] = ("article",)
    HEADLINE: ClassVar[Selectors] = ("h1",)
    # Elements inside BODY that are not text (cards, embeds, captions ...).
    DROP: ClassVar[Selectors] = ()
    # Blocks of links to other articles, by the `kind` their links get.
    READ_MORE: ClassVar[Selectors] = ()
    RELATED: ClassVar[Selectors] = ()
    MOST_READ: ClassVar[Selectors] = ()
    # The title element inside such a link (else the link's text).
    LINK_TITLE: ClassVar[Selectors] = ()
    # Tag links; none stated: `article:tag` metas, else `a[rel=tag]` links.
    TAGS: ClassVar[Selectors] = ()
    # Photo elements, each with its image, caption and credit; none stated: og:image.
    PHOTO: ClassVar[Selectors] = ()
    CAPTION: ClassVar[Selectors] = ()
    CREDIT: ClassVar[Selectors] = ()
    SECTION_NAME: ClassVar[Selectors] = ()
    PUBLISHED_META: ClassVar[Selectors] = PUBLISHED_META
    MODIFIED_META: ClassVar[Selectors] = MODIFIED_META
    AUTHOR_META: ClassVar[Selectors] = AUTHOR_META
    SECTION_META: ClassVar[Selectors] = SECTION_META
    # Elements showing the publication date (text or `datetime`), read when meta tags and
    # JSON-LD give none (see `shown_date`).
    DATE_SELECTORS: ClassVar[Selectors] = ()
    # The byline element; its text without "كتب" / "بقلم" is the author when metas give none.
    BYLINE: ClassVar[Selectors] = ()
    # Body lines that begin with one of these phrases are the site's boilerplate, not text.
    BOILERPLATE: ClassVar[Selectors] = ()

    def __init__(self, site: Site, doc: Document) -> None:
        self.site = site
        self.doc = doc

    @property
    def url(self) -> str:
        return self.doc.url

    @property
    def tree(self) -> HtmlElement:
        return self.doc.tree

    # ------------------------------------------------------------ identity

    @cached_property
    def canonical_url(self) -> str:
        canonical = self.tree.find(".//link[@rel='canonical']")
        href = canonical.get("href") if canonical is not None else None
        return absolute(href, self.url) or self.url

    @cached_property
    def identity(self) -> tuple[str | None, str | None]:
        """(article_id, section) by the site's URL rules."""
        return self.site.identity(self.url, self.canonical_url)

    # ------------------------------------------------------------ metadata

    @cached_property
    def page_title(self) -> str | None:
        """The title as the page gives it (og:title, else <title>): what learning counts."""
        return (_first_text(meta_content(self.doc.metas, ("og:title", "twitter:title")))
                or self.title_element or None)

    @cached_property
    def title_element(self) -> str:
        """The `<title>`'s text, whitespace folded ("" when there is none)."""
        return fold_space(self.tree.findtext(".//title") or "")

    @cached_property
    def post(self) -> Post | None:
        """The one post a page of a post stream names (extraction/post_stream.py)."""
        return (named_post(self.tree, self.doc.attribute_values("class")[1], self.doc.raw)
                if not self.BODY else None)

    @cached_property
    def title(self) -> str | None:
        if self.post and self.post.headline:
            return self.post.headline
        title = _first_text(meta_content(self.doc.metas, ("og:title", "twitter:title")))
        if title and (found := shared_title_headline(self.tree, title, self.title_element,
                                                     publisher_names(self.doc.metas, self.doc.ld))):
            return found
        heading = first(self.tree, self.HEADLINE)
        if heading is not None and text_of(heading) and not is_logo_heading(heading):
            return titled_heading(self.tree, without_label(text_of(heading)), self.title_element)
        page_title = self.title_element
        for suffix in self.TITLE_SUFFIXES:
            page_title = page_title.removesuffix(suffix)
        return page_headline(self.tree, page_title)

    @cached_property
    def summary(self) -> str | None:
        summary = _first_text(meta_content(self.doc.metas, ("description", "og:description")))
        if summary is None and (intro := first(self.tree, self.INTRO)) is not None:
            summary = text_of(intro) or None
        return summary

    @cached_property
    def publishers(self) -> set[str]:
        """The names the page gives its publisher (titles.publisher_names, and the site's
        name beside the headline in its `<title>`): no writer's, and no line of the text."""
        return (publisher_names(self.doc.metas, self.doc.ld)
                | title_site_names(self.title_element, self.title))

    @cached_property
    def author(self) -> str | None:
        """Metas, JSON-LD, the byline element, then the byline line in the text. A CMS's
        default account ("Super User"), a desk, the software's credit, the publisher's name (an
        agency's JSON-LD author, a store's account named as its host, its logo) name no one; a login
        handle or a post's poster gives way to the writer a byline line names."""
        found = next((name for name in self._named_authors()
                      if not names_no_writer(name, self.doc.metas.get("generator"))
                      and (fold_space(name) not in self.publishers or self._signed(name))
                      and not URL_LINE.match(name) and not names_site(name, self.tree, self.url)),
                     None)
        written = self.text.byline
        # A post's poster, or a name opening with a login handle, reposts: the byline line in
        # the post names the story's writer.
        if (written and not names_no_writer(written, None)
                and (found is None or is_handle(found.partition(" ")[0]) or self.post is not None)):
            return written
        return found

    def _signed(self, name: str) -> bool:
        """The publisher's name signed as the writer's: rel=author and JSON-LD (Publii's owner)."""
        return (_ld_author(self.doc.ld) == name
                and any(text_of(a) == name for a in self.doc.matches('a[rel="author"]')))

    def _named_authors(self) -> Iterator[str]:
        for name in (_first_text(meta_content(self.doc.metas, self.AUTHOR_META)),
                     _ld_author(self.doc.ld)):
            if name:
                yield name
        if self.post and self.post.author:
            yield self.post.author  # the poster: no byline element elsewhere names the writer
            return
        if name := self.byline():
            yield name

    def byline(self) -> str | None:
        """The writer named by the site's byline element; a site that states none: by the
        byline markup of the common CMSs (GENERIC_BYLINE), outside comments and link lists."""
        if self.BYLINE:
            el = first(self.tree, self.BYLINE)
            return author_of_byline(text_of(el)) if el is not None else None
        return generic_byline(self.doc)

    @cached_property
    def dates(self) -> tuple[str | None, str | None]:
        """(published, modified): metas and JSON-LD (in the publisher's offset when they or the
        page show it), the profile's date elements, a Drupal medium date, then elements, the
        opening dateline, the URL and visible dates; htmldate's day last, not on a post stream
        (on a forum topic it finds members' registration dates)."""
        ld = self.doc.ld
        published = first_date(
            [self.post and self.post.published, *meta_content(self.doc.metas, self.PUBLISHED_META),
             *(o.get("datePublished") for o in ld)]) or self.shown_date()
        published = published or medium_date(self.tree, self.doc.metas)  # Drupal's m/d/Y
        modified = first_date([*meta_content(self.doc.metas, self.MODIFIED_META),
                               *(o.get("dateModified") for o in ld)])
        published, modified = page_dates(self.tree, (self.url, self.canonical_url),
                                         published, modified, self.text.dateline, self.title)
        # In the publisher's offset, wherever the instant came from (a forum's UTC <time>).
        published = in_shown_offset(published, self.tree, self.text.dateline)
        return published or (None if self.post else _htmldate(self.doc.raw)), modified

    @cached_property
    def published_hijri(self) -> str | None:
        """The Hijri date the page shows for the publication, as shown (`published` holds
        the Gregorian one)."""
        shown = (text_of(el) for el in select(self.tree, self.DATE_SELECTORS))
        return shown_hijri(self.tree, self.doc.raw, self.text.dateline, shown, self.dates[0])

    def shown_date(self) -> str | None:
        """The publication date shown in the DATE_SELECTORS elements."""
        for el in select(self.tree, self.DATE_SELECTORS):
            for value in (el.get("datetime"), el.get("content")):
                if value and (found := first_date([value])):
                    return found
            if found := self.date_of_text(text_of(el)):
                return found
        return None

    def date_of_text(self, text: str) -> str | None:
        """A date element's text as ISO 8601 (Arabic month names and digits understood)."""
        return first_date([text])

    @cached_property
    def section_name(self) -> str | None:
        el = first(self.tree, self.SECTION_NAME)
        return _first_text(meta_content(self.doc.metas, self.SECTION_META)) or (
            text_of(el) if el is not None else None) or None

    # ------------------------------------------------------------ links, photos, tags

    @cached_property
    def related(self) -> list[dict[str, str]]:
        """Links of the read-more, related and most-read blocks (later kinds win: a cross-link
        inside a related list is "related", not "read_more"), then of source lines."""
        blocks = (("read_more", self.READ_MORE), ("related", self.RELATED),
                  ("most_read", self.MOST_READ))
        found = block_links(self.tree, self.url, {self.url, self.canonical_url}, blocks,
                            self.LINK_TITLE)
        own = {self.url, self.canonical_url, *(link["url"] for link in found)}
        return found + source_links(self.tree, self.url, own)

    @cached_property
    def images(self) -> list[dict[str, str | None]]:
        if not self.PHOTO:
            cover = absolute(_first_text(meta_content(self.doc.metas, ("og:image",))),
                             self.url)
            return [{"url": cover, "caption": None, "credit": None}] if cover else []
        scope = first(self.tree, self.SCOPE)
        return photos(self.tree if scope is None else scope, self.url, self.PHOTO,
                      self.CAPTION, self.CREDIT)

    @cached_property
    def tags(self) -> list[str]:
        """Tag names in page order, each once."""
        if self.TAGS or self.post:
            names = ([text_of(el) for el in select(self.tree, self.TAGS)] if self.TAGS
                     else list(self.post.hashtags if self.post else ()))
        else:
            names = generic_tags(self.tree, self.doc.ld)
        return list(dict.fromkeys(unslugged(n) for n in names if n))

    # ------------------------------------------------------------ text

    @cached_property
    def article_block(self) -> HtmlElement | None:
        block = first(self.tree, self.BODY)
        return block if block is not None or self.post is None else self.post.text

    @cached_property
    def text(self) -> Text:
        """The article's paragraphs: the article block's, else trafilatura's; then the
        site's boilerplate lines out; then the embedded text if that left one at most."""
        block = self.article_block
        found = None
        known = {u for u in (self.url, self.canonical_url) if u}
        known |= {r["url"] for r in self.related}
        if block is not None:
            is_post = self.post is not None and block is self.post.text
            found = block_text(self.doc, block, self.title, self.INTRO, self.DROP,
                               known if is_post else None)
        if found is None or not found.paragraphs:
            # No block, or a block that lost its text (a layout change): trafilatura's,
            # when it finds an article's worth.
            generic = generic_text(self.doc, self.title, self.summary, known)
            if found is None or generic.words >= BLOCK_MIN_WORDS:
                found = generic
        names = self.publishers
        paragraphs = [p for p in found.paragraphs
                      if not p.startswith(self.BOILERPLATE) and p not in names]
        found = dataclasses.replace(found, paragraphs=paragraphs)
        # An app shell or a teaser? The text may be whole only in JSON-LD or __NEXT_DATA__.
        if len(paragraphs) <= _TEASER_MAX_PARAGRAPHS:
            found = embedded_text(self.doc, self.title, found)
        return found

    # ------------------------------------------------------------ the record

    def to_article(self) -> Article:
        """The record, assembled once from the fields."""
        article_id, section = self.identity
        published, modified = self.dates
        text = self.text
        body = "\n\n".join(text.paragraphs)
        word_count = len(body.split())
        status = page_status(self.doc, body, word_count, self.article_block is not None,
                             article_id, self.site.identifies_articles)
        language, confidence = text.language if body else (None, None)
        return Article(
            url=self.url, site=self.site.name, status=status, canonical_url=self.canonical_url,
            article_id=article_id, title=self.title, summary=self.summary, body=body,
            author=self.author, published=published, modified=modified,
            published_hijri=self.published_hijri, section=section,
            section_name=self.section_name,
            tags=(self.tags or text.tags or [unslugged(t) for t in tag_page_links(self.tree)]
                  or meta_keywords(self.doc.metas, self.title)),
            source=text.source, images=self.images, related=self.related + text.links,
            language=language, language_confidence=confidence, word_count=word_count,
            text_origin=text.origin if body else None, page_title=self.page_title,
            content_hash=content_hash(self.title, body))


def _first_text(values: Any) -> str | None:
    for value in values:
        text = fold_space(value)
        if text:
            return text
    return None


def _ld_author(ld: tuple[dict[str, Any], ...]) -> str | None:
    for obj in ld:
        authors = obj.get("author")
        authors = authors if isinstance(authors, list) else [authors]
        # An Organization (the publisher, "RT") is no writer.
        names = [a.get("name") if isinstance(a, dict) else a for a in authors
                 if not (isinstance(a, dict) and _is_organization(a))]
        names = [fold_space(n) for n in names if isinstance(n, str) and n.strip()]
        if names:
            return ", ".join(names)
    return None


def _is_organization(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in ("organization", "newsmediaorganization")
               for k in kinds)


def _htmldate(raw: str) -> str | None:
    """Last resort for the publication day. htmldate gets a tree of its own (it cleans the tree
    it is given), parsed with the page's comments, which it reads and our tree lacks."""
    import htmldate  # imported when needed: a run that fetches no page starts faster
    from lxml import html as lxml_html

    found = htmldate.find_date(lxml_html.document_fromstring(close_title(raw)),
                               extensive_search=False, original_date=True,
                               outputformat="%Y-%m-%d", max_date="2100-12-31")
    return found or None
