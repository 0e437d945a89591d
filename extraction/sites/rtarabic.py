"""RT Arabic (arabic.rt.com): URLs, feeds, sitemaps and markup (see shared ANATOMY.md)."""

from __future__ import annotations

import re

from extraction.sites.base import PUBLISHED_META, Site

SECTIONS: tuple[str, ...] = (
    "news", "middle_east", "world", "sport", "business", "technology", "health", "culture",
)

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
    title_suffixes=(" - RT Arabic", " | RT Arabic", " - آر تي عربي"),
    body=(".js-mediator-article", "div.text.js-text"),
    intro=("p.intro",),
    scope=("div.article", "article"),
    headline=("h1.heading", "h1"),
    drop=(
        ".read-more-big", ".read-more-text-only", ".read-more", ".read-more__link",
        ".read-more__footer", ".read-more__cover", ".crosslinks__link", ".crosslinks",
        ".photo", ".caption", ".copyright", ".video-iframe", ".cover_video", ".rtcode",
        ".twitter-tweet", ".instagram-media", ".tiktok-embed", ".podcast-view-card",
        ".article__podcast", ".news-tags", ".share", ".follow", "iframe", "script", "style",
        "noscript", "figure",
    ),
    read_more=(".read-more-big", ".read-more-text-only", ".read-more", ".read-more__link"),
    related=("section.related", ".related", ".crosslinks", ".crosslinks__link"),
    most_read=(".most-read",),
    link_title=(".read-more-big__text", ".read-more__title"),
    tags=(".news-tags a",),
    photo=(".photo",),
    caption=(".caption",),
    credit=(".copyright",),
    section_name=(".time-public a",),
    published_meta=(
        "publish-date", "published_time_telegram", "mediator_published_time",
    ) + PUBLISHED_META,
    author_meta=("mediator_author", "author"),
    section_meta=("category", "article:section"),
)
