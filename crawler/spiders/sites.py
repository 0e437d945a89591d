"""One spider per site profile with discovery rules, named after the profile.

A site is one file in crawler/sites/; its spider is made here so site modules stay free of
Scrapy (the archive CLI reuses them without a crawler).
"""

from __future__ import annotations

from crawler.sites import SITES
from crawler.spiders.news import NewsSpider


def _spider_for(name: str) -> type[NewsSpider]:
    site = SITES[name]
    class_name = "".join(part.title() for part in name.split("_")) + "Spider"
    return type(class_name, (NewsSpider,), {"name": site.name, "site": site,
                                             "__module__": __name__,
                                             "__doc__": f"Crawl {site.base_url}."})


for _name, _site in SITES.items():
    if _site.article_path is not None:
        _spider = _spider_for(_name)
        globals()[_spider.__name__] = _spider
        del _spider  # the loader lists every module attribute: one name per spider
