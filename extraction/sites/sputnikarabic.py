"""Sputnik Arabic (arabic.sputniknews.com): URLs, feeds and markup as its 2020 pages show them.

Read from tests/fixtures/realpages/htmldate__arabic.sputniknews.com_1550981615.html: article
URLs `/<section>/<YYYYMMDD><10-digit id>-<slug>/` (the id is the page's analytics:article_id),
feeds in `<link rel=alternate>` (`/export/rss2/archive/index.xml`, `/export/rss2/<section>/
index.xml`), sections linked from the menu. Sitemaps come from robots.txt.
"""

from __future__ import annotations

import re

from extraction.sites.base import MODIFIED_META, PUBLISHED_META, Site

SECTIONS: tuple[str, ...] = (
    "arab_world", "world", "russia", "business", "sport", "science", "society",
)

SITE = Site(
    name="sputnikarabic",
    base_url="https://arabic.sputniknews.com",
    article_path=re.compile(
        r"^/(?!(?:amp|tags|trend|search|services)/)(?P<section>[a-z_]+)/"
        r"(?P<day>\d{8})(?P<id>\d{10})-[^/]*/?$"
    ),
    feeds=("/export/rss2/archive/index.xml",)
    + tuple(f"/export/rss2/{section}/index.xml" for section in SECTIONS),
    listings=tuple(f"/{section}/" for section in SECTIONS),
    title_suffixes=(" - Sputnik Arabic", " - سبوتنيك عربي"),
    body=(".b-article__text",),
    intro=(".b-article__lead",),
    scope=("body",),
    headline=(".b-article__header-title h1", "h1"),
    drop=(".b-inject", ".ria-fb", ".b-banner", "iframe", "script", "style", "noscript",
          "figure"),
    read_more=(".b-inject__content",),
    related=("dl.b-article__refs-item",),
    tags=(".b-article__refs-tags a",),
    photo=(".b-article__header",),
    credit=(".b-article__header-copy",),
    section_name=("a.b-article__refs-rubric",),
    # `lastmod` carries the offset; the <time itemprop=dateModified> next to it does not.
    modified_meta=("lastmod",) + MODIFIED_META,
    published_meta=("pubdate",) + PUBLISHED_META,
    date_selectors=("time.b-article__refs-date",),
    date_formats=("GMT %H:%M %d.%m.%Y",),
    boilerplate=("انسخ الرابط", "تابعنا عبر", "معايير المجتمع", "التعليق بواسطة"),
    download_delay=1.0,
    concurrency=2,
)
