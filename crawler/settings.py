"""Scrapy settings: politeness first. Override per run with `-s NAME=VALUE`."""
from __future__ import annotations

from scrapy.settings import default_settings as _scrapy_defaults

from archive.health import Thresholds as _Thresholds

_THRESHOLDS = _Thresholds()

BOT_NAME = "arabic-news-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# `scrapy crawl` is crawler/commands/crawl.py: Scrapy's command with honest exit codes
# (0 healthy, 1 failed, 75 the archive held by another run).
COMMANDS_MODULE = "crawler.commands"

# Who we are: sites see this, and can reach us through the contact URL.
ARCHIVE_CONTACT_URL = "https://github.com/arabic-news-archive/arabic-news-archive"
USER_AGENT = "arabic-news-archive/0.1 (research archive; +{contact})"

# Politeness.
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "arabic-news-archive"
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# Sitemaps and feeds have a size limit of their own (the sitemap protocol allows 50 MB and
# 50,000 URLs; they are parsed as a stream), gzipped ones once inflated too; sitemap indexes
# nest at most SITEMAP_MAX_DEPTH levels (deeper ones are counted `discovery/too_deep`).
DISCOVERY_MAXSIZE = 50 * 1024 * 1024
SITEMAP_MAX_DEPTH = 5
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 5
# Fail fast: when robots.txt and the first discovery requests (this many URLs in all) fail with
# DNS, refused-connection or TLS errors before anything answered, the run stops
# (`site_unreachable`, exit 1). A site that answered once keeps retries and patience.
UNREACHABLE_STOP = True
UNREACHABLE_MIN_URLS = 4
# Longest Retry-After (seconds) waited out in a run; a longer one is retried in a later run.
RETRY_AFTER_MAX = 120
# Only http(s) is ever fetched: Scrapy's file://, data:, s3:// and ftp:// handlers are off.
# http(s) through crawler/browser_handler.py: Scrapy's handler, plus headless Chromium for the
# requests BROWSER_FETCH sends to it.
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None,
                     "http": "crawler.browser_handler.BrowserDownloadHandler",
                     "https": "crawler.browser_handler.BrowserDownloadHandler"}
# Pages behind a JavaScript challenge, or rendered by script (crawler/browser_policy.py):
# `off`, `blocked` (a challenge answer, or an article page whose body came out empty, is
# fetched again with the browser; the rtarabic profile's default) or `always` (every article
# page). The browser is Debian's Chromium driven by Playwright; nothing is downloaded.
BROWSER_FETCH = "off"
# Seconds a browser page may take, challenge included; a page not passed by then is blocked.
BROWSER_TIMEOUT = 30.0
BROWSER_EXECUTABLE = "/usr/bin/chromium"
# Hosts treated as public although their address is loopback/private (tests on 127.0.0.1):
# from a public site, redirects to loopback/private/link-local addresses are refused.
ARCHIVE_PUBLIC_HOSTS: list[str] = []
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control: an HTTP endpoint that executes Python sent to it. A cron
# crawler needs no such door, however well locked.
REMOTE_CONTROL_ENABLED = False
# Off above, and not even imported: Scrapy imports every component a *_BASE setting lists,
# disabled or not, and these cost a cron run 0.12 s of start-up (aiohttp, tldextract). The
# lists are Scrapy's own defaults minus these, so a Scrapy upgrade still flows in.
def _scrapy_defaults_without(name: str, unloaded: frozenset[str]) -> dict[str, int]:
    return {path: order for path, order in getattr(_scrapy_defaults, name).items()
            if path not in unloaded}


EXTENSIONS_BASE = _scrapy_defaults_without("EXTENSIONS_BASE", frozenset({
    "scrapy.extensions.remote_control.RemoteControl", "scrapy.extensions.telnet.TelnetConsole"}))
DOWNLOADER_MIDDLEWARES_BASE = _scrapy_defaults_without("DOWNLOADER_MIDDLEWARES_BASE", frozenset({
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware"}))
# gc.freeze() of the start-up heap once the engine runs (crawler/heap.py).
EXTENSIONS = {"crawler.heap.FreezeStartupHeap": 0}
GC_FREEZE_STARTUP = True

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.useragent.ContactUserAgentMiddleware": 500,
    # Just outside Retry (550): a 429/503 Retry-After is waited out before the retry.
    "crawler.retry_after.RetryAfterMiddleware": 560,
    # Inside Retry (550) and RetryAfter, outside HttpCompression (590): a challenge is fetched
    # again by the browser, not retried plain (BROWSER_FETCH).
    "crawler.browser_policy.BrowserChallengeMiddleware": 580,
    # Inside Retry (550) too: sees every attempt's connection error before it is retried.
    "crawler.unreachable.UnreachableSiteMiddleware": 570,
    # Between Redirect (600) and the capture: discovery redirects stay on the site.
    "crawler.redirects.RedirectGuardMiddleware": 620,
    # Outside HttpCompression (590) and Redirect (600): payloads kept as received.
    "crawler.capture.WarcCaptureMiddleware": 650,
}
ITEM_PIPELINES = {
    "crawler.pipelines.LanguageFilterPipeline": 200,
    "crawler.pipelines.ArchivePipeline": 800,
}

# The archive. ARCHIVE_DB: setting, else env ARCHIVE_DB, else ./archive.db.
ARCHIVE_DB = None
ARCHIVE_LANGUAGES = ["ar"]
ARCHIVE_BATCH_SIZE = 50
# How long a write waits for another writer's lock before the run stops (exit 1).
ARCHIVE_BUSY_TIMEOUT_MS = 30_000

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"

# Incremental runs: known article URLs are not fetched again; articles published in the last
# REVISIT_HOURS are re-fetched with conditional requests. ARCHIVE_INCREMENTAL=False re-fetches all.
ARCHIVE_INCREMENTAL = True
REVISIT_HOURS = 48
# "Now" for discovery's calendar decisions (which yearly sub-sitemaps are the current year's):
# an ISO 8601 time fixes it (tests); None is the system clock.
ARCHIVE_NOW = None
SPIDER_MIDDLEWARES = {"crawler.incremental.KnownArticlesMiddleware": 950}

# Bounded runs (a cron job must end): wall time, memory, articles per run (0 = no limit).
CLOSESPIDER_TIMEOUT = 3000
MEMUSAGE_ENABLED = True
MEMUSAGE_LIMIT_MB = 1536
MEMUSAGE_WARNING_MB = 1024
ARCHIVE_MAX_ARTICLES = 0

# When a run counts as failed (exit 1 from `python -m archive crawl`), and the layout-drift
# alarm: share of stored articles missing a field (or of article pages giving no article)
# above which the run logs a warning and sets crawl_runs.drift_alarm. The values are stated
# in archive/health.py's Thresholds, which distributed ingest reads without Scrapy: one
# place for both (`scrapy settings --get CRAWL_FAIL_ERROR_SHARE` shows them).
CRAWL_FAIL_ERROR_SHARE = _THRESHOLDS.error_share
CRAWL_FAIL_MIN_ERRORS = _THRESHOLDS.min_errors
CRAWL_FAIL_BLOCKED_SHARE = _THRESHOLDS.blocked_share
DRIFT_THRESHOLDS = dict(_THRESHOLDS.drift)
DRIFT_MIN_PAGES = _THRESHOLDS.drift_min_pages

# Raw captures: every response into rotating .warc.gz files (WARC_DIR: default `warc/`
# beside the archive), for re-extraction and as evidence of what a page said.
WARC_ENABLED = True
WARC_DIR = None
WARC_MAX_SIZE = 1024 ** 3

# Distributed crawling: `-s REDIS_URL=redis://[:PASSWORD@]HOST:PORT/DB` makes the run one worker
# of a shared crawl on scrapy-redis (crawler/distributed.py); `python -m archive ingest` writes.
ADDONS = {"crawler.distributed.DistributedAddon": 0,
          # Pending requests on disk (a temporary folder, or JOBDIR): memory stays flat.
          "crawler.scheduler.SpillingSchedulerAddon": 1}
REDIS_URL = None
DISTRIBUTED_HEARTBEAT = 5.0
DISTRIBUTED_WORKER_TIMEOUT = 30.0
DISTRIBUTED_IDLE_POLL = 0.5

# Extraction in N worker processes (0: in the reactor thread). See BENCHMARKS.md for the effect.
ARCHIVE_EXTRACT_WORKERS = 0

# Site template learning (crawler/template_learning.py): body lines that recur on at least 3
# distinct articles of the crawled site are its boilerplate, left out of bodies from then on
# and, at the run's end, out of the articles the run stored before. Counts per site in the
# archive's capped table site_template_blocks. Off in distributed runs.
TEMPLATE_LEARNING = True
