"""What a crawl process loads and how it treats its start-up heap (crawler/settings.py,
crawler/heap.py): no door left open, no start-up cost for components that are off."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.exceptions import NotConfigured

from crawler.heap import FreezeStartupHeap
from crawler.spiders.sites import RtarabicSpider
from tests.project import project_crawler

ROOT = Path(__file__).resolve().parent.parent
# Builds the crawler's extensions and downloader middlewares with the project's settings, as
# `scrapy crawl` does, then reports what they are and what got imported.
PROBE = """
import json, sys
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor
from scrapy.utils.test import get_crawler
from crawler.spiders.sites import RtarabicSpider
install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
crawler = get_crawler(RtarabicSpider, get_project_settings().copy_to_dict())
downloader = DownloaderMiddlewareManager.from_crawler(crawler)
print(json.dumps({
    "extensions": [type(e).__name__ for e in crawler.extensions.middlewares],
    "downloader": [type(m).__name__ for m in downloader.middlewares],
    "imported": sorted(m for m in ("aiohttp", "tldextract", "twisted.conch")
                       if m in sys.modules),
}))
"""


def test_no_remote_control_telnet_or_cookies_not_even_imported() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert "RemoteControl" not in loaded["extensions"]
    assert "TelnetConsole" not in loaded["extensions"]
    assert {"CoreStats", "CloseSpider", "MemoryUsage", "FreezeStartupHeap"} <= \
        set(loaded["extensions"]), "Scrapy's other defaults still load"
    assert "CookiesMiddleware" not in loaded["downloader"]
    assert {"RobotsTxtMiddleware", "RetryMiddleware", "WarcCaptureMiddleware"} <= \
        set(loaded["downloader"])
    assert loaded["imported"] == []


def test_startup_heap_is_frozen_when_the_engine_starts() -> None:
    extension = FreezeStartupHeap.from_crawler(project_crawler(RtarabicSpider))
    try:
        extension.engine_started()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    with pytest.raises(NotConfigured):
        FreezeStartupHeap.from_crawler(project_crawler(RtarabicSpider,
                                                       {"GC_FREEZE_STARTUP": False}))
