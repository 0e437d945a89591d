"""RT Arabic (arabic.rt.com): URLs, feeds, sitemaps and markup (see shared ANATOMY.md)."""

from __future__ import annotations

import re

from extraction.page import PUBLISHED_META, ArabicPage
from extraction.sites.base import Site

SECTIONS: tuple[str, ...] = (
    "news", "middle_east", "world", "sport", "business", "technology", "health", "culture",
)


class RTArabicPage(ArabicPage):
    """An RT Arabic article page, both layouts of ANATOMY.md (`.js-mediator-article` and the
    older `div.text.js-text`)."""

    TITLE_SUFFIXES = (" - RT Arabic", " | RT Arabic", " - آر تي عربي")
    BODY = (".js-mediator-article", "div.text.js-text")
    INTRO = ("p.intro",)
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
    LINK_TITLE = (".read-more-big__text", ".read-more__title")
    TAGS = (".news-tags a",)
    PHOTO = (".photo",)
    CAPTION = (".caption",)
    CREDIT = (".copyright",)
    SECTION_NAME = (".time-public a",)
    PUBLISHED_META = ("publish-date", "published_time_telegram",
                      "mediator_published_time") + PUBLISHED_META
    AUTHOR_META = ("mediator_author", "author")
    SECTION_META = ("category", "article:section")


SITE = Site(
    name="rtarabic",
    base_url="https://arabic.rt.com",
    # /tags/<id>-<slug>/ has the article shape but is a tag page.
    article_path=re.compile(
        r"^/(?!(?:tags|search|listing|static|trend|authors)/)(?P<section>[a-z_]+)/(?P<id>\d+)-[^/]+/?$"
    ),
    feeds=("/rss/",) + tuple(f"/rss/{section}/" for section in SECTIONS),
    sitemaps=("/sitemap.xml",),
    listings=tuple(f"/{section}/" for section in SECTIONS),
    pages=(RTArabicPage,),
)
