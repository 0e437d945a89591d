"""User-Agent with the operator's contact URL filled in from ARCHIVE_CONTACT_URL."""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware


class ContactUserAgentMiddleware(UserAgentMiddleware):
    """Sends USER_AGENT with `{contact}` replaced by the ARCHIVE_CONTACT_URL setting."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContactUserAgentMiddleware:
        template = crawler.settings.get("USER_AGENT")
        contact = crawler.settings.get("ARCHIVE_CONTACT_URL") or ""
        middleware = cls(template.replace("{contact}", contact))
        middleware.crawler = crawler
        return middleware
