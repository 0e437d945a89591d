"""Pure extraction: a fetched page in, an article record out. No Scrapy, no network, no clock.

`extract(site, url, body, content_type, captured, template)` is the one entry point;
`site_for(url)` finds the site serving a URL. A site (extraction/sites/) is a `Site` with its
page objects (extraction/page.py); a `SiteTemplate` (extraction/site_template.py) is what a
crawl learned of its boilerplate.
"""

from __future__ import annotations

from datetime import date

from extraction.article import extract_article
from extraction.page import ArabicPage
from extraction.record import Article
from extraction.site_template import SiteTemplate
from extraction.sites import SITES, get_site, site_for
from extraction.sites.base import Site

__all__ = ["SITES", "ArabicPage", "Article", "Site", "SiteTemplate", "extract", "get_site",
           "site_for"]


def extract(site: Site, url: str, body: bytes, content_type: str | None = None,
            captured: date | str | None = None,
            template: SiteTemplate | None = None) -> Article:
    """The article record of one fetched page (see docs/record.md). `captured`, the day the
    page was fetched (a date or an ISO 8601 string), picks the page object of the layout the
    site served then; None picks the newest. `template`, the site's learned boilerplate
    (extraction/site_template.py), is an input like the profile: its lines leave the body."""
    return extract_article(site, url, body, content_type, captured, template)
