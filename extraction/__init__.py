"""Pure extraction: a fetched page in, an article record out. No Scrapy, no network, no clock.

`extract(site, url, body, content_type)` is the one entry point; `site_for(url)` finds the
profile of the site serving a URL.
"""

from __future__ import annotations

from extraction.record import Article
from extraction.sites import SITES, get_site, site_for
from extraction.sites.base import Site

__all__ = ["Article", "SITES", "Site", "extract", "get_site", "site_for"]


def extract(site: Site, url: str, body: bytes, content_type: str | None = None) -> Article:
    """The article record of one fetched page (see docs/record.md)."""
    from extraction.article import extract_article

    return extract_article(site, url, body, content_type)
