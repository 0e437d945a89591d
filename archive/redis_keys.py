"""Where a distributed crawl keeps things in Redis: the key layout shared by workers and ingest."""

from __future__ import annotations

# Items every worker pushes (JSON, one per line of the list) and the ingest's processing list.
ITEMS = "archive:items"
PROCESSING = "archive:items:processing"
PROCESSING_ID = "archive:items:processing:id"  # id of the batch held in PROCESSING
BATCH_SEQ = "archive:items:batch_seq"
# Crawls ("spider/id") whose run the ingest has not recorded yet.
CRAWLS = "archive:crawls"
# What the archive knows, published by the ingest for workers that have no archive file.
KNOWN_URLS = "archive:known_urls"  # url -> [site, article_id]
WAITING = "archive:waiting"  # url -> [outcome, retry_after]


def known(site: str) -> str:
    """Hash article_id -> [published, first_seen, etag, last_modified] of stored articles."""
    return f"archive:known:{site}"


def last_complete(spider: str) -> str:
    return f"archive:last_complete:{spider}"


def crawl(spider: str, crawl_id: str) -> str:
    """Hash: spider, site, started, finished, finish_reason, settings of one crawl."""
    return f"archive:crawl:{spider}:{crawl_id}"


def crawl_stats(spider: str, crawl_id: str) -> str:
    """Hash: the integer crawl stats of every worker of one crawl, added up."""
    return f"archive:crawl:{spider}:{crawl_id}:stats"


def crawl_member(spider: str, crawl_id: str) -> str:
    return f"{spider}/{crawl_id}"


# Per spider, beside scrapy-redis's own "<spider>:requests" and "<spider>:dupefilter".
def current(spider: str) -> str:
    """Id of the spider's current crawl."""
    return f"{spider}:crawl"


def crawl_seq(spider: str) -> str:
    return f"{spider}:crawl_seq"


def workers(spider: str) -> str:
    """Sorted set: worker id -> time of its last heartbeat."""
    return f"{spider}:workers"


def idle(spider: str) -> str:
    """Set of worker ids that have nothing to do."""
    return f"{spider}:idle"


def pending(spider: str) -> str:
    """Hash url -> how it was found: article URLs requested and not yet archived or answered."""
    return f"{spider}:pending"


def lock(spider: str) -> str:
    return f"{spider}:lock"


def requests(spider: str) -> str:
    """scrapy-redis's request queue (SCHEDULER_QUEUE_KEY default)."""
    return f"{spider}:requests"


def dupefilter(spider: str) -> str:
    """scrapy-redis's fingerprint set (SCHEDULER_DUPEFILTER_KEY default)."""
    return f"{spider}:dupefilter"
