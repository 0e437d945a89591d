"""Distributed crawling: workers on scrapy-redis and one ingest, against a real redis-server.

The redis-server is started on a free loopback port with a password (so every test also uses
REDIS_URL with credentials) and stopped at the end. `.ci/run` installs redis-server with apt;
where no redis-server binary exists these tests are skipped, with that reason.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from scrapy import Spider

from archive import redis_keys as keys
from archive.db import open_archive
from archive.ingest import Ingest, crawl_over
from crawler.distributed import item_message
from crawler.items import CrawledArticle, PageOutcome
from crawler.workers import Worker
from extraction import extract
from extraction.sites import get_site
from tests.crawls import assert_complete, query
from tests.crawls import wait_for as _wait_for
from tests.project import project_crawler
from tests.replica import ReplicaServer
from tests.replica.content import SITEMAP
from tests.replica.site import Route

# Finer polling than the cron tests: a kill must land inside short windows (mid-batch).
wait_for = partial(_wait_for, poll=0.02)

redis = pytest.importorskip("redis", reason="the distributed extra is not installed")

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "t3st-only-Secret"
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1")
# Short heartbeats so a killed worker counts as dead after 3 s, not 30.
QUICK_DEATH = ("-s", "DISTRIBUTED_HEARTBEAT=0.5", "-s", "DISTRIBUTED_WORKER_TIMEOUT=3")
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("no redis-server binary on PATH (apt-get install redis-server; .ci/run "
                    "installs it)")
    port, folder = free_port(), tmp_path_factory.mktemp("redis")
    server = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1",
                               "--save", "", "--appendonly", "no", "--dir", str(folder),
                               "--requirepass", PASSWORD],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port, password=PASSWORD)
    try:
        wait_for(lambda: _pings(client), timeout=20)
        yield port
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=30)


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False


@pytest.fixture
def redis_url(redis_port: int) -> str:
    url = f"redis://:{PASSWORD}@127.0.0.1:{redis_port}/0"
    client = redis.Redis.from_url(url)
    client.flushall()
    client.close()
    return url


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    conn = redis.Redis.from_url(redis_url)
    yield conn
    conn.close()


def worker(base_url: str, redis_url: str, tmp: Path, *extra: str) -> subprocess.Popen:
    """`scrapy crawl rtarabic -s REDIS_URL=...`: one worker. ARCHIVE_DB points at a file that
    must never be created (workers never write SQLite)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "rtarabic", "-a", f"base_url={base_url}",
               "-s", f"REDIS_URL={redis_url}", "-s", f"ARCHIVE_DB={tmp / 'worker.db'}",
               *FAST, *QUICK_DEATH, *extra]
    return subprocess.Popen(command, cwd=ROOT, env=ENV, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def ingest(redis_url: str, db: Path, *extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "archive", "ingest", "--redis", redis_url, "--db", str(db),
               "--poll", "0.1", *extra]
    return subprocess.Popen(command, cwd=ROOT, env=ENV, text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[str, str]:
    out, err = process.communicate(timeout=timeout)
    assert process.returncode == 0, err[-3000:] + out[-2000:]
    assert "Traceback" not in err
    return out, err


def crawl_started(client: redis.Redis) -> bool:
    return client.scard("archive:crawls") > 0


def article_paths(server: ReplicaServer) -> set[str]:
    return {unquote(urlsplit(a["url"]).path) for a in server.site.expected.values()}


def article_fetches(server: ReplicaServer) -> list[str]:
    paths = article_paths(server)
    return [p for p in (unquote(urlsplit(p).path) for _m, p in server.requests) if p in paths]


def dequeued(stderr: str) -> int:
    """Requests this worker took from the shared queue (its final stats dump)."""
    found = re.search(r"'scheduler/dequeued/redis': (\d+)", stderr)
    return int(found.group(1)) if found else 0


def crawl(server: ReplicaServer, redis_url: str, client: redis.Redis, db: Path, tmp: Path,
          workers: int = 3, *extra: str) -> tuple[list[str], str]:
    """N workers and one ingest, to the end; returns the workers' stderr and ingest's stdout."""
    running = [worker(server.base_url, redis_url, tmp, *extra) for _ in range(workers)]
    wait_for(lambda: crawl_started(client))
    writer = ingest(redis_url, db)
    errors = [finish(w)[1] for w in running]
    out, _err = finish(writer)
    return errors, out


def test_three_workers_and_one_ingest_store_every_article_once(redis_url, client,
                                                               tmp_path) -> None:
    db = tmp_path / "archive.db"
    with ReplicaServer(n_articles=60, delay=0.1) as server:
        # Two requests at a time per worker (the default politeness): the crawl lasts long
        # enough for all three workers to be up and share it.
        errors, out = crawl(server, redis_url, client, db, tmp_path, 3,
                            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2")
        assert_complete(db, server)
        fetched = article_fetches(server)
        assert sorted(fetched) == sorted(article_paths(server)), "each article fetched once"
        for err in errors:
            assert "Deprecat" not in err and "Traceback" not in err
        assert sum("Started crawl 1 " in e for e in errors) == 1
        assert sum("Joined crawl 1 " in e for e in errors) == 2
        served = [dequeued(e) for e in errors]
        # The third process may come up (2 cores) when little is left to share.
        assert sorted(served)[-2] > 0, f"the crawl was shared: {served}"
        # Every request went through the shared queue once; robots.txt is also fetched by
        # each worker's robots middleware, outside the queue (the seeder's start request is in).
        others = [p for _m, p in server.requests if p != "/robots.txt"]
        assert sum(served) == len(others) + 1, "each request taken by one worker"
        assert not (tmp_path / "worker.db").exists(), "a worker wrote SQLite"
        [run] = query(db, "SELECT * FROM crawl_runs")
        assert (run["spider"], run["finish_reason"], run["status"]) == ("rtarabic", "finished",
                                                                        "ok")
        assert run["articles_new"] == 60 and run["articles_unchanged"] == 0
        outcomes = {**json.loads(run["skipped_by_reason"]), **json.loads(run["failed_by_reason"])}
        expected: dict[str, int] = {}
        for outcome in server.site.not_articles.values():
            expected[outcome] = expected.get(outcome, 0) + 1
        assert outcomes == expected
        assert "OK (finished" in out and "60 new" in out
        assert client.llen("archive:items") == client.llen("archive:items:processing") == 0
        assert client.hlen("rtarabic:pending") == 0, "every requested article was answered"

        # A second crawl asks the ingest's Redis index, not an archive file: no article page.
        # One worker: with nothing to fetch, a second one may come up after the crawl ended
        # and rightly start a crawl of its own (a third run), which is not what this checks.
        server.requests.clear()
        server.delay = 0
        crawl(server, redis_url, client, db, tmp_path, 1)
        assert article_fetches(server) == []
        assert {"/rss/", "/news/", "/sitemap.xml"} <= {unquote(urlsplit(p).path)
                                                      for _m, p in server.requests}
        runs = query(db, "SELECT * FROM crawl_runs ORDER BY id")
        assert [(r["status"], r["articles_new"]) for r in runs] == [("ok", 60), ("ok", 0)], runs[1]
        # Each known article counted once (feeds and listings name the same ones), and only
        # those the feeds and listings name: unchanged sub-sitemaps were not read.
        assert 0 < runs[1]["articles_known"] < 60
        assert len(query(db, "SELECT * FROM articles")) == 60


def test_killed_worker_loses_nothing_after_the_next_run(redis_url, client, tmp_path) -> None:
    db = tmp_path / "archive.db"
    with ReplicaServer(n_articles=60, delay=0.2) as server:
        running = [worker(server.base_url, redis_url, tmp_path) for _ in range(3)]
        wait_for(lambda: len(article_fetches(server)) >= 12)
        victim = running.pop(0)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        writer = ingest(redis_url, db)
        for survivor in running:
            finish(survivor)
        finish(writer)
        stored = {r["article_id"] for r in query(db, "SELECT article_id FROM articles")}
        lost = set(server.site.expected) - stored
        pending = {unquote(u.decode()) for u in client.hkeys("rtarabic:pending")}
        lost_urls = {unquote(server.site.expected[a]["url"]) for a in lost}
        # What the killed worker had in flight (article requests, and discovery pages whose
        # articles then went unseen) is filtered for the rest of that crawl. (Usually some
        # articles are lost here; the pending test below makes that case deterministic.)
        print(f"\nlost by the killed worker: {len(lost)} articles")
        broken = {unquote(f"{server.base_url}{path}") for path in server.site.not_articles}
        assert pending <= lost_urls | broken, "pending holds only URLs never answered"
        server.delay = 0
        server.requests.clear()
        wait_for(lambda: client.zcount("rtarabic:workers", time.time() - 3, "+inf") == 0)
        rerun = [worker(server.base_url, redis_url, tmp_path)]
        wait_for(lambda: crawl_started(client))
        writer = ingest(redis_url, db)
        finish(rerun[0])
        finish(writer)
        assert_complete(db, server)
        read = {unquote(urlsplit(p).path) for _m, p in server.requests}
        assert "/sitemaps/articles-1.xml" in read, "an incomplete crawl is no sitemap baseline"
        refetched = article_fetches(server)
        assert len(refetched) == len(set(refetched))
        assert set(refetched) == {unquote(urlsplit(server.site.expected[a]["url"]).path)
                                  for a in lost}, "the rerun fetches exactly what was lost"
        assert client.hlen("rtarabic:pending") == 0
    runs = query(db, "SELECT * FROM crawl_runs ORDER BY id")
    assert [(r["finish_reason"], r["status"]) for r in runs] == [("worker_lost", "failed"),
                                                                  ("finished", "ok")]
    assert sum(r["articles_new"] for r in runs) == 60


def test_pending_article_comes_back_when_discovery_no_longer_lists_it(redis_url, client,
                                                                      tmp_path) -> None:
    db = tmp_path / "archive.db"
    with ReplicaServer(n_articles=60) as server:
        only_sitemap = max(a for a, found in server.site.discovery.items()
                           if found == {SITEMAP})
        path = unquote(urlsplit(server.site.expected[only_sitemap]["url"]).path)
        released = threading.Event()

        def hang(requested: str) -> Route | None:
            if unquote(urlsplit(requested).path) == path:
                released.wait(60)  # in flight until the worker is killed
            return None

        server.override = hang
        victim = worker(server.base_url, redis_url, tmp_path)
        wait_for(lambda: path in article_fetches(server) and client.hexists(
            "rtarabic:pending", server.site.expected[only_sitemap]["url"]))
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        released.set()
        # From now on no sitemap lists it: only the pending set can bring it back.
        empty = Route(200, {"Content-Type": "application/xml"},
                      b'<?xml version="1.0"?><urlset '
                      b'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')
        server.override = lambda requested: empty if "/sitemaps/" in requested else None
        server.requests.clear()
        # A worker started while the dead one's heartbeat is fresh would join its crawl;
        # once it is stale (DISTRIBUTED_WORKER_TIMEOUT) the next worker starts a new crawl.
        wait_for(lambda: client.zcount("rtarabic:workers", time.time() - 3, "+inf") == 0)
        rerun = worker(server.base_url, redis_url, tmp_path)
        wait_for(lambda: client.get("rtarabic:crawl") == b"2")
        writer = ingest(redis_url, db)
        _out, err = finish(rerun)
        finish(writer)
        stored = {r["article_id"] for r in query(db, "SELECT article_id FROM articles")}
        assert article_fetches(server).count(path) == 1
        assert only_sitemap in stored
        assert "Requested again" in err
        runs = query(db, "SELECT finish_reason FROM crawl_runs ORDER BY id")
        assert [r["finish_reason"] for r in runs] == ["crashed", "finished"]


def test_killed_ingest_loses_and_duplicates_nothing(redis_url, client, tmp_path) -> None:
    db = tmp_path / "archive.db"
    with ReplicaServer(n_articles=60) as server:
        for w in [worker(server.base_url, redis_url, tmp_path) for _ in range(2)]:
            finish(w)
        queued = client.llen("archive:items")
        assert queued >= 60
        victim = ingest(redis_url, db, "--batch", "3")
        wait_for(lambda: client.exists("archive:items:processing"), timeout=60)
        victim.send_signal(signal.SIGKILL)
        victim.communicate(timeout=30)
        left = client.llen("archive:items") + client.llen("archive:items:processing")
        assert 0 < left < queued + 3, "killed mid-way"
        finish(ingest(redis_url, db, "--batch", "3"))
        assert_complete(db, server)
        [run] = query(db, "SELECT * FROM crawl_runs")
        assert run["articles_new"] == 60 and run["articles_unchanged"] == 0
        assert len(query(db, "SELECT * FROM url_outcomes")) == len(server.site.not_articles)
        assert all(r["attempts"] == 1 for r in query(db, "SELECT * FROM url_outcomes"))
        assert client.llen("archive:items") == 0 and not client.exists(
            "archive:items:processing")


def test_redis_url_without_the_password_is_refused(redis_port, tmp_path) -> None:
    bare = f"redis://127.0.0.1:{redis_port}/0"
    with ReplicaServer(n_articles=30) as server:
        attempt = worker(server.base_url, bare, tmp_path)
        _out, err = attempt.communicate(timeout=120)
        assert attempt.returncode != 0 and "AuthenticationError" in err
        assert article_fetches(server) == []
    result = ingest(bare, tmp_path / "a.db")
    _out, err = result.communicate(timeout=60)
    assert result.returncode == 1 and "cannot use Redis" in err and "AuthenticationError" in err
    wrong = ingest(f"redis://:wrong@127.0.0.1:{redis_port}/0", tmp_path / "a.db")
    _out, err = wrong.communicate(timeout=60)
    assert wrong.returncode == 1 and "wrong" not in err, "the password never reaches the log"


# Components, in-process against the same redis-server.

def rt_article() -> CrawledArticle:
    page = (ROOT / "tests/fixtures/rtarabic/current_layout.html").read_bytes()
    url = "https://arabic.rt.com/world/1531002-x/"
    return CrawledArticle(article=extract(get_site("rtarabic"), url, page),
                          discovered_via="rss")


def test_items_are_json_with_arabic_readable_and_smaller_than_scrapy_redis() -> None:
    from scrapy_redis.pipelines import default_serialize

    item = rt_article()
    ours = json.dumps(item_message(item), ensure_ascii=False).encode("utf-8")
    theirs = default_serialize(item).encode("utf-8")
    assert item.article.title in ours.decode("utf-8")
    assert b"\\u06" not in ours and b"\\u06" in theirs
    print(f"\nitem bytes: ours {len(ours)}, scrapy-redis {len(theirs)} "
          f"({len(theirs) / len(ours):.1f}x)")
    assert len(theirs) > 2 * len(ours)


def queue_items(client: redis.Redis, n: int) -> list[str]:
    """n articles and one outcome of crawl rtarabic/1, as workers push them."""
    urls = []
    for i in range(n):
        item = rt_article()
        item.article.article_id = str(1531000 + i)
        item.article.url = f"https://arabic.rt.com/world/{1531000 + i}-x/"
        urls.append(item.article.url)
        message = {**item_message(item), "spider": "rtarabic", "crawl": "1", "worker": "w"}
        client.rpush("archive:items", json.dumps(message, ensure_ascii=False))
        client.hset("rtarabic:pending", item.article.url, "rss")
    outcome = PageOutcome(url="https://arabic.rt.com/news/1599001-x/", site="rtarabic",
                          outcome="http_404")
    client.rpush("archive:items", json.dumps({**item_message(outcome), "spider": "rtarabic",
                                              "crawl": "1", "worker": "w"}))
    return urls


def test_ingest_replays_a_batch_moved_but_never_written(client, tmp_path) -> None:
    queue_items(client, 4)
    db = open_archive(tmp_path / "a.db")
    crashed = Ingest(client, db, batch_size=3)
    crashed.move(keys=["archive:items", "archive:items:processing",
                       "archive:items:processing:id"], args=[3, "batch-1"])  # then killed
    assert client.llen("archive:items:processing") == 3 and client.llen("archive:items") == 2
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    again = Ingest(client, db, batch_size=3)
    assert again.replay() == 3
    while again.step():
        pass
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    assert db.execute("SELECT items FROM ingest_batches WHERE id = 'batch-1'").fetchall() == [(3,)]
    assert not client.exists("archive:items:processing") and client.llen("archive:items") == 0
    assert client.hlen("rtarabic:pending") == 0


def test_ingest_acknowledges_a_written_batch_without_writing_it_again(client, tmp_path,
                                                                      monkeypatch) -> None:
    queue_items(client, 2)
    db = open_archive(tmp_path / "a.db")
    crashed = Ingest(client, db, batch_size=10)

    def killed(batch: object) -> None:
        raise RuntimeError("killed after the SQLite commit, before the acknowledgement")

    monkeypatch.setattr(crashed, "_acknowledge", killed)
    with pytest.raises(RuntimeError, match="killed"):
        crashed.step()
    assert client.llen("archive:items:processing") == 3
    again = Ingest(client, db, batch_size=10)
    again.replay()
    [(counts,)] = db.execute("SELECT counts FROM ingest_batches").fetchall()
    assert json.loads(counts)["new"] == 2, "written once, counted once"
    assert db.execute("SELECT attempts FROM url_outcomes").fetchall() == [(1,)]
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    assert not client.exists("archive:items:processing")
    assert client.hget("archive:waiting", "https://arabic.rt.com/news/1599001-x/") is not None
    assert client.hget("archive:known:rtarabic", "1531000") is not None


class _Watched:
    """A Redis client that runs `look` after each command, and after each pipeline's execute:
    what another process polling Redis could see between this client's steps."""

    def __init__(self, real: Any, look: Callable[[], None]) -> None:
        self.real, self.look = real, look

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.real, name)
        if not callable(attr) or name == "lock":
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            if name == "pipeline":
                return _Watched(result, self.look)
            self.look()
            return result
        return call


def test_a_crawl_never_shows_as_running_without_a_live_worker(client) -> None:
    """The ingest polls at any moment: between the Redis steps of a worker starting a crawl
    it must never find the crawl current and no worker alive, which it would end as
    `crashed` (an ingest polling in that gap ended a healthy crawl so under load)."""
    seen: list[str | None] = []

    def look() -> None:
        current = client.get(keys.current("rtarabic"))
        info = current and client.hgetall(keys.crawl("rtarabic", current.decode()))
        if info:
            info = {k.decode(): v.decode() for k, v in info.items()}
            seen.append(crawl_over(client, "rtarabic", current.decode(), info, time.time()))

    crawler = project_crawler(Spider, {"DISTRIBUTED_HEARTBEAT": 0.5,
                                       "DISTRIBUTED_WORKER_TIMEOUT": 3})
    worker = Worker(crawler, _Watched(client, look))
    worker.join(Spider(name="rtarabic"))
    assert worker.seeder and worker.crawl_id == "1"
    assert seen and set(seen) == {None}, seen
