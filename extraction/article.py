"""(url, html bytes) -> Article: decode, parse once, read the fields of the site's page object.

Pure: no network, no clock, no settings. The result's `status` says whether it is an article.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from extraction.decoding import decode_page, is_html
from extraction.document import parse
from extraction.record import Article
from extraction.site_template import SiteTemplate, with_template
from extraction.sites.base import Site


def extract_article(site: Site, url: str, body: bytes, content_type: str | None = None,
                    captured: date | str | None = None,
                    template: SiteTemplate | None = None) -> Article:
    """The article record for one fetched page (see docs/record.md); `captured` (the day
    it was fetched) picks the page object of the layout served then. `template`, the site's
    learned boilerplate lines, is applied to the body of an article; the record then also
    carries its lines' keys (for learning) and what the template removed."""
    if not is_html(body, content_type):
        return Article(url=url, site=site.name, status="not_html")
    decoded = decode_page(body, content_type)
    doc = parse(url, decoded.text)
    if doc is None:
        return Article(url=url, site=site.name, status="empty")
    page = site.page_for(capture_day(captured))(site, doc)
    article = page.to_article()
    if decoded.repaired:
        article = dataclasses.replace(article, decode_repaired=decoded.repaired)
    if doc.truncated and article.ok:
        # Whatever was read, the page's end is missing: never an `ok` article.
        return dataclasses.replace(article, status="truncated")
    return with_template(article, template) if template is not None and article.ok else article


def capture_day(captured: date | str | None) -> date | None:
    """The day of a capture given as a date, a datetime or an ISO 8601 string."""
    if captured is None or captured == "":
        return None
    if isinstance(captured, datetime):
        return captured.date()
    if isinstance(captured, date):
        return captured
    return date.fromisoformat(captured[:10])
