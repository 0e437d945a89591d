"""RT Arabic (arabic.rt.com): URLs, feeds, sitemaps and markup (see shared ANATOMY.md)."""

from __future__ import annotations

import dataclasses
import re
from functools import cached_property

from extraction.body import Text
from extraction.dates import meta_content
from extraction.links import absolute
from extraction.page import PUBLISHED_META, ArabicPage
from extraction.selectors import select
from extraction.sites.base import Site
from extraction.textnorm import fold_space

# The eight sections of the older notes, then those the live site's sitemaps and pages show.
SECTIONS: tuple[str, ...] = (
    "news", "middle_east", "world", "sport", "business", "technology", "health", "culture",
    "press", "russia", "society", "space", "features", "funny", "info", "science",
)
# Paths in the sitemaps that are never articles (programmes, galleries, films, profiles,
# polls, video club, live TV, tag pages), some with the article shape `/<word>/<id>-<slug>`.
NOT_ARTICLE_KINDS: tuple[str, ...] = (
    "prg", "photolines", "docfilms", "persons", "voting", "videoclub", "rtonline", "tags",
)
_OTHER_PATHS = "|".join(NOT_ARTICLE_KINDS + ("search", "listing", "static", "trend", "authors"))
# The site's default share image (no photo of the story's own).
DEFAULT_IMAGES: tuple[str, ...] = ("/static/img/rt-logo", "/static/img/og-default")
# Page chrome lines of the live site (menus, the Stories strip, the cookie notice) as whole
# lines, should they ever reach the text (a layout the article block misses).
CHROME_LINE = re.compile(
    r"^(?:مباشر|أين يمكنك متابعتنا|أقسام مهمة|RT STORIES|Stories|\d+ خبر"
    r"|#اسأل_أكثر\s*#Question_More|هذا الموقع يستخدم ملفات تعريف الارتباط.*)$")


class RTArabicPage(ArabicPage):
    """An RT Arabic article page, both layouts of ANATOMY.md (`.js-mediator-article` and the
    older `div.text.js-text`)."""

    TITLE_SUFFIXES = (" - RT Arabic", " | RT Arabic", " - آر تي عربي")
    BODY = (".js-mediator-article", "div.text.js-text")
    # The live site shows the lead above the cover, outside the text block.
    INTRO = ("p.intro", ".article__summary")
    SCOPE = ("div.article", "article")
    HEADLINE = ("h1.heading", "h1")
    DROP = (
        ".read-more-big", ".read-more-text-only", ".read-more", ".read-more__link",
        ".read-more__footer", ".read-more__cover", ".crosslinks__link", ".crosslinks",
        ".photo", ".caption", ".copyright", ".video-iframe", ".cover_video", ".rtcode",
        ".twitter-tweet", ".instagram-media", ".tiktok-embed", ".podcast-view-card",
        ".article__podcast", ".news-tags", ".share", ".follow", "iframe", "script", "style",
        "noscript", "figure",
    )
    READ_MORE = (".read-more-big", ".read-more-text-only", ".read-more", ".read-more__link")
    RELATED = ("section.related", ".related", ".crosslinks", ".crosslinks__link")
    MOST_READ = (".most-read",)
    # Older cards: label in `__title`, headline in `__text`; the live site's `a.read-more-big`
    # holds `span.read-more-big__subtitle` (the label) and `span.read-more-big__title`.
    LINK_TITLE = (".read-more-big__text", ".read-more-big__title", ".read-more__title")
    TAGS = (".news-tags a",)
    PHOTO = (".photo",)
    CAPTION = (".caption",)
    CREDIT = (".copyright",)
    SECTION_NAME = (".time-public a",)
    PUBLISHED_META = ("publish-date", "published_time_telegram",
                      "mediator_published_time") + PUBLISHED_META
    AUTHOR_META = ("mediator_author", "author")
    SECTION_META = ("category", "article:section")

    @cached_property
    def images(self) -> list[dict[str, str | None]]:
        """The `.photo` blocks; a page without any has its `og:image` as the cover (unless it
        is the site's default image)."""
        if select(self.tree, self.PHOTO):
            return super().images
        og = next(iter(meta_content(self.doc.metas, ("og:image",))), None)
        cover = absolute(fold_space(og or ""), self.url)
        if cover is None or any(mark in cover for mark in DEFAULT_IMAGES):
            return []
        return [{"url": cover, "caption": None, "credit": None}]

    @cached_property
    def text(self) -> Text:
        """The parent's text without chrome lines of the live site."""
        found = super().text
        kept = [p for p in found.paragraphs if not CHROME_LINE.match(p)]
        if len(kept) == len(found.paragraphs):
            return found
        return dataclasses.replace(found, paragraphs=kept)


SITE = Site(
    name="rtarabic",
    base_url="https://arabic.rt.com",
    # Behind DDoS-Guard: a challenged page is fetched again with headless Chromium.
    browser_fetch="blocked",
    # `/<section>/<id>-<slug>` with or without the trailing slash, old ids without a slug
    # (`/news/714213`), AMP twins (`.../amp`); `/tags/<id>-<slug>/`, `/prg/<id>-<slug>` ...
    # have the shape but are no articles.
    article_path=re.compile(
        rf"^/(?!(?:{_OTHER_PATHS})/)(?P<section>[a-z_]+)/(?P<id>\d+)(?:-[^/]+)?(?:/amp)?/?$"),
    mirror_hosts=("rtarabic.com", "www.rtarabic.com"),
    credited_as=("RT", "RT Arabic", "RT عربي", "روسيا اليوم", "آر تي"),
    twin_suffixes=("/amp",),
    not_article_path=re.compile(rf"^/(?P<kind>{'|'.join(NOT_ARTICLE_KINDS)})/"),
    yearly_sitemap=re.compile(r"/sitemap_(?P<year>\d{4})(?:_\d+)?\.xml(?:\.gz)?$"),
    feeds=("/rss/",) + tuple(f"/rss/{section}/" for section in SECTIONS),
    sitemaps=("/sitemap.xml",),
    listings=tuple(f"/{section}/" for section in SECTIONS),
    pages=(RTArabicPage,),
)
