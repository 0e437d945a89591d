"""Crawlers with the project's settings, as `scrapy crawl` has them (get_crawler alone has only
Scrapy's defaults, and crawler/settings.py is the one place ours are stated)."""

from __future__ import annotations

import copy
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.utils.test import get_crawler

from crawler import settings as project_settings


def project_values(overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """crawler/settings.py as a settings dict (copies: a test never changes the module)."""
    values = {name: copy.deepcopy(value) for name, value in vars(project_settings).items()
              if name.isupper()}
    return {**values, **(overrides or {})}


def project_crawler(spidercls: type[Spider] | None = None,
                    overrides: dict[str, Any] | None = None) -> Crawler:
    """get_crawler with the project's settings, then `overrides`, at project priority."""
    return get_crawler(spidercls, project_values(overrides))
