"""Youm7 (www.youm7.com): URLs, feeds and markup as its 2020 pages show them.

Read from tests/fixtures/realpages/htmldate__youm7.com_1691196862.html: article URLs
`/story/<YYYY>/<M>/<D>/<Arabic slug>/<numeric id>` (the id is also `data-id` of the article
block and the short link `www.youm7.com/<id>`), the RSS link `/rss/rss` of the news ticker,
section listings `/Section/<name>/<id>/1` from the menu. Sitemaps come from robots.txt.
"""

from __future__ import annotations

import re

from extraction.page import ArabicPage
from extraction.sites.base import Site

# Listing paths of the menu's main sections.
SECTIONS: tuple[str, ...] = (
    "/Section/أخبار-عاجلة/65/1", "/Section/سياسة/319/1", "/Section/تقارير-مصرية/97/1",
    "/Section/أخبار-عربية/88/1", "/Section/أخبار-عالمية/286/1", "/Section/اقتصاد-وبورصة/297/1",
    "/Section/أخبار-الرياضة/298/1", "/Section/أخبار-المحافظات/296/1", "/Section/حوادث/203/1",
    "/Section/فن/48/1", "/Section/ثقافة/94/1", "/Section/صحة-وطب/245/1",
)


class Youm7Page(ArabicPage):
    """A Youm7 article page (the 2020 `#articleBody` layout)."""

    TITLE_SUFFIXES = (" - اليوم السابع",)
    BODY = ("#articleBody",)
    SCOPE = ("#divcont",)
    HEADLINE = (".articleHeader h1", "h1")
    DROP = ("center", "iframe", "script", "style", "noscript", "img")
    RELATED = (".super-kora-row h3",)
    TAGS = (".tags h3 a",)
    PHOTO = ("div.img-cont",)
    CAPTION = (".img-cap",)
    SECTION_NAME = (".breadcumb a:last-child",)
    BYLINE = ("span.writeBy",)
    DATE_SELECTORS = ("span.newsStoryDate",)
    BOILERPLATE = ("اضف تعليقاً واقرأ تعليقات القراء", "لا توجد تعليقات على الخبر")


SITE = Site(
    name="youm7",
    base_url="https://www.youm7.com",
    credited_as=("اليوم السابع", "youm7"),
    article_path=re.compile(r"^/story/\d{4}/\d{1,2}/\d{1,2}/[^/]+/(?P<id>\d+)/?$"),
    feeds=("/rss/rss",),
    listings=("/",) + SECTIONS,
    # A very large site behind a CDN: one request at a time, two seconds apart.
    download_delay=2.0,
    concurrency=1,
    pages=(Youm7Page,),
)
