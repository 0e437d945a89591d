"""The profile for a page of a site we have no rules for: trafilatura plus Arabic cleanup."""

from __future__ import annotations

from crawler.sites.base import Site

SITE = Site(name="generic", base_url="")
