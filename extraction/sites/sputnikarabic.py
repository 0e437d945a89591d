"""Sputnik Arabic (arabic.sputniknews.com): URLs, feeds and markup as its 2020 pages show them.

Read from tests/fixtures/realpages/htmldate__arabic.sputniknews.com_1550981615.html: article
URLs `/<section>/<YYYYMMDD><10-digit id>-<slug>/` (the id is the page's analytics:article_id),
feeds in `<link rel=alternate>` (`/export/rss2/archive/index.xml`, `/export/rss2/<section>/
index.xml`), sections linked from the menu. Sitemaps come from robots.txt.
"""

from __future__ import annotations

import re
from datetime import datetime

from extraction.page import MODIFIED_META, PUBLISHED_META, ArabicPage
from extraction.sites.base import Site

SECTIONS: tuple[str, ...] = (
    "arab_world", "world", "russia", "business", "sport", "science", "society",
)
# How the date element shows the publication time ("GMT 14:05 17.03.2020"): no offset.
SHOWN_DATE_FORMAT = "GMT %H:%M %d.%m.%Y"


class SputnikArabicPage(ArabicPage):
    """A Sputnik Arabic article page (the 2020 `b-article` layout)."""

    TITLE_SUFFIXES = (" - Sputnik Arabic", " - سبوتنيك عربي")
    BODY = (".b-article__text",)
    INTRO = (".b-article__lead",)
    SCOPE = ("body",)
    HEADLINE = (".b-article__header-title h1", "h1")
    DROP = (".b-inject", ".ria-fb", ".b-banner", "iframe", "script", "style", "noscript",
            "figure")
    READ_MORE = (".b-inject__content",)
    RELATED = ("dl.b-article__refs-item",)
    TAGS = (".b-article__refs-tags a",)
    PHOTO = (".b-article__header",)
    CREDIT = (".b-article__header-copy",)
    SECTION_NAME = ("a.b-article__refs-rubric",)
    # `lastmod` carries the offset; the <time itemprop=dateModified> next to it does not.
    MODIFIED_META = ("lastmod",) + MODIFIED_META
    PUBLISHED_META = ("pubdate",) + PUBLISHED_META
    DATE_SELECTORS = ("time.b-article__refs-date",)
    BOILERPLATE = ("انسخ الرابط", "تابعنا عبر", "معايير المجتمع", "التعليق بواسطة")

    def date_of_text(self, text: str) -> str | None:
        try:
            return datetime.strptime(text, SHOWN_DATE_FORMAT).isoformat()
        except ValueError:
            return super().date_of_text(text)


SITE = Site(
    name="sputnikarabic",
    base_url="https://arabic.sputniknews.com",
    credited_as=("سبوتنيك", "Sputnik", "سبوتنيك عربي"),
    article_path=re.compile(
        r"^/(?!(?:amp|tags|trend|search|services)/)(?P<section>[a-z_]+)/"
        r"(?P<day>\d{8})(?P<id>\d{10})-[^/]*/?$"
    ),
    feeds=("/export/rss2/archive/index.xml",)
    + tuple(f"/export/rss2/{section}/index.xml" for section in SECTIONS),
    listings=tuple(f"/{section}/" for section in SECTIONS),
    download_delay=1.0,
    concurrency=2,
    pages=(SputnikArabicPage,),
)
