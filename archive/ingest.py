"""The single archive writer of a distributed crawl: items from Redis into SQLite, batch by batch.

Reliable queue: a batch is moved atomically from ITEMS into PROCESSING (with a fresh batch id),
written in one SQLite transaction that also records the batch id in `ingest_batches`, then
acknowledged (PROCESSING deleted) together with the Redis index updates. A batch found in
PROCESSING on start was left by a crashed ingest: it is written again, unless its id is already
in `ingest_batches`, in which case it is only acknowledged. So every item is written exactly once.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from archive import redis_keys as keys
from archive.health import DRIFT_FIELDS, Thresholds, run_counts, run_row
from archive.redis_index import publish, publish_all
from archive.store import finish_run, save_articles, start_run, to_json

logger = logging.getLogger(__name__)

# Moves up to ARGV[1] items from the head of ITEMS to PROCESSING and names the batch ARGV[2],
# all in one step (a Lua script runs atomically): a crash leaves the items in one list or the
# other, never in neither.
MOVE_BATCH = """
local items = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
if #items == 0 then return items end
redis.call('LTRIM', KEYS[1], #items, -1)
redis.call('RPUSH', KEYS[2], unpack(items))
redis.call('SET', KEYS[3], ARGV[2])
return items
"""


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class Batch:
    """One batch's items, sorted into what save_articles() takes, per crawl."""

    articles: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    revisits: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    outcomes: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    pending: set[tuple[str, str]] = field(default_factory=set)  # (spider, url) answered

    def crawls(self) -> list[str]:
        return sorted(set(self.articles) | set(self.revisits) | set(self.outcomes))


def sort_items(raw_items: list[bytes | str]) -> Batch:
    """Parse the JSON items workers pushed ({type, spider, crawl, data}) into a Batch."""
    batch = Batch()
    for raw in raw_items:
        item = json.loads(raw)
        member = keys.crawl_member(item["spider"], item["crawl"])
        data = item["data"]
        {"article": batch.articles, "revisit": batch.revisits,
         "outcome": batch.outcomes}[item["type"]][member].append(data)
        batch.pending.add((item["spider"], data["url"]))
    return batch


class Ingest:
    """Writes what the workers of distributed crawls push to Redis into one archive."""

    def __init__(self, client: Any, db: sqlite_utils.Database, batch_size: int = 100,
                 now: Callable[[], str] = utc_now) -> None:
        self.client = client
        self.db = db
        self.batch_size = max(1, batch_size)
        self.now = now
        self.move = client.register_script(MOVE_BATCH)
        self.runs: dict[str, int] = {}
        self.written = 0

    def publish_archive(self) -> int:
        """Tell workers everything the archive knows (for their incremental check)."""
        return publish_all(self.client, self.db)

    def replay(self) -> int:
        """Finish the batch a crashed ingest left in PROCESSING; returns its size."""
        items = self.client.lrange(keys.PROCESSING, 0, -1)
        if not items:
            return 0
        batch_id = _text(self.client.get(keys.PROCESSING_ID)) or uuid.uuid4().hex
        logger.info("Replaying batch %s of %d items left by an earlier ingest", batch_id,
                    len(items))
        self._write(batch_id, items)
        return len(items)

    def step(self) -> int:
        """Move, write and acknowledge one batch; returns its size (0: nothing queued)."""
        batch_id = uuid.uuid4().hex
        items = self.move(keys=[keys.ITEMS, keys.PROCESSING, keys.PROCESSING_ID],
                          args=[self.batch_size, batch_id])
        if not items:
            return 0
        self._write(batch_id, items)
        return len(items)

    def _write(self, batch_id: str, raw_items: list[Any]) -> None:
        batch = sort_items(raw_items)
        already = self.db.execute("SELECT 1 FROM ingest_batches WHERE id = ? LIMIT 1",
                                  [batch_id]).fetchone()
        if already is None:
            now = self.now()
            with self.db.atomic():
                for member in batch.crawls():
                    self._save(batch_id, member, batch, len(raw_items), now)
        self._acknowledge(batch)
        self.written += len(raw_items)

    def _save(self, batch_id: str, member: str, batch: Batch, size: int, now: str) -> None:
        run_id = self.run_for(member)
        articles = batch.articles.get(member, [])
        counts = save_articles(self.db, articles, now, run_id,
                               revisits=batch.revisits.get(member, []),
                               outcomes=batch.outcomes.get(member, []))
        counts.update(missing_fields(articles))
        self.db["ingest_batches"].insert({"id": batch_id, "run_id": run_id, "written": now,
                                          "items": size, "counts": to_json(dict(counts))})

    def _acknowledge(self, batch: Batch) -> None:
        """Publish what the archive now knows, drop answered URLs from pending, ack the batch."""
        article_keys = [(a["site"], a["article_id"]) for group in batch.articles.values()
                        for a in group]
        urls = [url for _spider, url in batch.pending]
        pipe = self.client.pipeline(transaction=True)
        publish(pipe, self.db, article_keys, urls)
        for spider, url in batch.pending:
            pipe.hdel(keys.pending(spider), url)
        pipe.delete(keys.PROCESSING, keys.PROCESSING_ID)
        pipe.execute()

    def run_for(self, member: str) -> int:
        """The crawl_runs row of a distributed crawl, opened the first time it is needed."""
        if member in self.runs:
            return self.runs[member]
        found = self.db.execute(
            "SELECT id FROM crawl_runs WHERE json_extract(settings, '$.crawl') = ?",
            [member]).fetchone()
        if found is not None:
            self.runs[member] = found[0]
            return found[0]
        spider, crawl_id = member.split("/", 1)
        info = _hash(self.client.hgetall(keys.crawl(spider, crawl_id)))
        settings = {**json.loads(info.get("settings") or "{}"), "crawl": member}
        run_id = start_run(self.db, spider, info.get("site") or spider,
                           info.get("started") or self.now(), settings=settings)
        self.runs[member] = run_id
        return run_id

    def queued(self) -> int:
        return self.client.llen(keys.ITEMS) + self.client.llen(keys.PROCESSING)

    def record_finished_crawls(self) -> tuple[list[dict[str, Any]], int]:
        """Record the runs of crawls that are over (call when nothing is queued).

        Returns the recorded crawl_runs rows and how many crawls are still running.
        """
        recorded, running = [], 0
        for member in sorted(_text(m) for m in self.client.smembers(keys.CRAWLS)):
            spider, crawl_id = member.split("/", 1)
            info = _hash(self.client.hgetall(keys.crawl(spider, crawl_id)))
            reason = crawl_over(self.client, spider, crawl_id, info, time.time())
            if reason is None:
                running += 1
                continue
            recorded.append(self._record(member, spider, crawl_id, info, reason))
        return recorded, running

    def _record(self, member: str, spider: str, crawl_id: str, info: Mapping[str, str],
                reason: str) -> dict[str, Any]:
        run_id = self.run_for(member)
        stats = {k: int(v) for k, v in _hash(
            self.client.hgetall(keys.crawl_stats(spider, crawl_id))).items()}
        totals: Counter[str] = Counter()
        for (counts,) in self.db.execute("SELECT counts FROM ingest_batches WHERE run_id = ?",
                                         [run_id]):
            totals.update(json.loads(counts))
        outcomes = {k: v for k, v in totals.items() if not k.startswith("missing/")}
        missing = {k.split("/", 1)[1]: v for k, v in totals.items() if k.startswith("missing/")}
        started = info.get("started") or self.now()
        finished = info.get("finished") or self.now()
        duration = (datetime.fromisoformat(finished) - datetime.fromisoformat(started))
        counts = run_counts(stats, reason, duration.total_seconds(), outcomes, missing)
        row = run_row(counts, thresholds(info.get("thresholds")), finished)
        finish_run(self.db, run_id, row)
        if row["status"] == "ok" and reason == "finished":
            self.client.set(keys.last_complete(spider), started)
        pipe = self.client.pipeline(transaction=True)
        pipe.srem(keys.CRAWLS, member)
        pipe.delete(keys.crawl(spider, crawl_id), keys.crawl_stats(spider, crawl_id))
        pipe.execute()
        self.runs.pop(member, None)
        return {**dict(next(self.db.query("SELECT * FROM crawl_runs WHERE id = ?", [run_id])))}


def missing_fields(records: list[Mapping[str, Any]]) -> Counter[str]:
    """Articles lacking each drift-watched field (see archive/health.py), as `missing/<field>`."""
    return Counter(f"missing/{name}" for record in records for name in DRIFT_FIELDS
                   if not record.get(name))


def crawl_over(client: Any, spider: str, crawl_id: str, info: Mapping[str, str],
               now: float) -> str | None:
    """Why a crawl is over (its finish reason, or `crashed`), or None while it runs.

    Over: its last worker marked it finished (`worker_lost` when a worker of it was killed:
    the crawl is incomplete, and the next one re-reads every sitemap), or a newer crawl of
    the spider began, or no worker of the spider has sent a heartbeat within the crawl's
    worker timeout (all killed: `crashed`).
    """
    if info.get("finished"):
        reason = info.get("finish_reason") or "finished"
        # A worker died mid-crawl: its in-flight requests were lost to this crawl.
        return "worker_lost" if reason == "finished" and info.get("workers_lost") else reason
    if _text(client.get(keys.current(spider))) != crawl_id:
        return "crashed"
    timeout = float(info.get("worker_timeout") or 30)
    if client.zcount(keys.workers(spider), now - timeout, "+inf") == 0:
        return "crashed"
    return None


def thresholds(text: str | None) -> Thresholds:
    """The workers' CRAWL_FAIL_* / DRIFT_* settings as the crawl recorded them."""
    if not text:
        return Thresholds()
    values = json.loads(text)
    return Thresholds(**{k: v for k, v in values.items() if k in Thresholds.__dataclass_fields__})


def _text(value: Any) -> str | None:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _hash(values: Mapping[Any, Any]) -> dict[str, str]:
    return {_text(k): _text(v) for k, v in values.items()}
