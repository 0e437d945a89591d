"""`python -m archive ingest`: the single writer of a distributed crawl (Redis -> archive)."""

from __future__ import annotations

import signal
import time
from types import FrameType
from urllib.parse import urlsplit

import click

from archive.db import default_path, open_archive
from archive.health import summary_text


@click.command()
@click.option("--redis", "redis_url", required=True, envvar="REDIS_URL", metavar="URL",
              help="Redis of the crawl, e.g. redis://:PASSWORD@10.0.0.5:6379/0 "
                   "(default: env REDIS_URL).")
@click.option("--batch", "batch_size", type=click.IntRange(1, 5000), default=100,
              show_default=True, help="Items written per SQLite transaction.")
@click.option("--follow", is_flag=True,
              help="Keep waiting for items and crawls forever (a service); otherwise exit once "
                   "no crawl is running and nothing is queued.")
@click.option("--poll", type=float, default=0.5, show_default=True,
              help="Seconds to wait when nothing is queued.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
              help="Archive path (default: env ARCHIVE_DB, else ./archive.db).")
def ingest(redis_url: str, batch_size: int, follow: bool, poll: float,
           db_path: str | None) -> None:
    """Write the items of distributed crawls from Redis into the archive, and record their runs.

    Start it after the workers (or run it with --follow as a service). SIGTERM / SIGINT finish
    the current batch, then stop; a batch left by a killed ingest is finished on start.

    Example: python -m archive ingest --redis redis://:secret@127.0.0.1:6379/0 --db archive.db
    """
    import redis

    from archive.ingest import Ingest

    client = redis.Redis.from_url(redis_url)
    try:
        client.ping()
    except redis.RedisError as error:
        raise click.ClickException(f"cannot use Redis at {_safe(redis_url)}: "
                                   f"{type(error).__name__}: {error}") from None
    db = open_archive(default_path(db_path))
    worker = Ingest(client, db, batch_size)
    stop = _stop_flag()
    published = worker.publish_archive()
    click.echo(f"ingest: {published} archived articles published for the workers' check")
    worker.replay()
    while not stop["now"]:
        if worker.step():
            continue
        if worker.queued():
            continue
        recorded, running = worker.record_finished_crawls()
        for row in recorded:
            click.echo(summary_text(row))
        if not follow and running == 0 and not worker.queued():
            break
        time.sleep(poll)
    click.echo(f"ingest: {worker.written} items written")
    db.close()


def _safe(url: str) -> str:
    """The URL without its password (it goes to logs)."""
    parts = urlsplit(url)
    if parts.password:
        host = parts.netloc.rsplit("@", 1)[1]
        return parts._replace(netloc=f"{parts.username or ''}:***@{host}").geturl()
    return url


def _stop_flag() -> dict[str, bool]:
    flag = {"now": False}

    def stop(signum: int, frame: FrameType | None) -> None:
        flag["now"] = True

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, stop)
    return flag



