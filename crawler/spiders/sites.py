"""One spider per site profile with discovery rules, named after the profile.

A site is one file in extraction/sites/; its spider is made here so site modules stay free of
Scrapy (the archive CLI reuses them without a crawler).
"""

from __future__ import annotations

from typing import Any

from crawler.spiders.news import NewsSpider
from extraction.sites import SITES
from extraction.sites.base import DEFAULT_LANGUAGES, Site


def custom_settings(site: Site) -> dict[str, Any]:
    """The profile's politeness and language filter as Scrapy settings of its spider.

    They rank above the project's settings and below `-s NAME=VALUE` on the command line, so
    only what the profile changes is set: a profile keeping Arabic leaves ARCHIVE_LANGUAGES to
    the project.
    """
    settings: dict[str, Any] = {}
    if site.languages != DEFAULT_LANGUAGES:
        settings["ARCHIVE_LANGUAGES"] = list(site.languages)
    if site.download_delay is not None:
        settings["DOWNLOAD_DELAY"] = site.download_delay
    if site.concurrency is not None:
        settings["CONCURRENT_REQUESTS_PER_DOMAIN"] = site.concurrency
    if site.browser_fetch is not None:
        settings["BROWSER_FETCH"] = site.browser_fetch
    return settings


def _spider_for(name: str) -> type[NewsSpider]:
    site = SITES[name]
    class_name = "".join(part.title() for part in name.split("_")) + "Spider"
    return type(class_name, (NewsSpider,), {"name": site.name, "site": site,
                                             "custom_settings": custom_settings(site),
                                             "__module__": __name__,
                                             "__doc__": f"Crawl {site.base_url}."})


for _name, _site in SITES.items():
    if _site.article_path is not None:
        _spider = _spider_for(_name)
        globals()[_spider.__name__] = _spider
        del _spider  # the loader lists every module attribute: one name per spider
