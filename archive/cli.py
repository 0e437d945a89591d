"""`python -m archive`: extract pages, inspect the archive. Each command is a thin wrapper."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from archive.browse_cli import search, serve
from archive.capture_cli import check_warc, export, reextract
from archive.cli_options import DB_OPTION, existing_archive
from archive.db import busy_timeout_ms, default_path, open_archive
from archive.evaluate_cli import evaluate
from archive.health import summary_text
from archive.ingest_cli import ingest
from archive.lock import EX_TEMPFAIL, acquire, archive_identity, busy_message, release, utc_now
from archive.sizes import archive_size, report_lines
from archive.store import close_abandoned_runs
from archive.stories_cli import stories
from extraction import extract as extract_page
from extraction import site_for


@click.group()
def cli() -> None:
    """Arabic news archive: extraction and the SQLite archive."""


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


@cli.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--url", help="The URL the page was fetched from.")
@click.option("--batch", type=click.File("r", encoding="utf-8"),
              help="File of lines 'path<TAB>url': one JSON record per line, in order.")
@click.option("--site", "site_name", help="Site profile (default: chosen by the URL's host).")
@click.option("--indent", type=int, default=None, help="Pretty-print a single record.")
def extract(file: str | None, url: str | None, batch: Any, site_name: str | None,
            indent: int | None) -> None:
    """Print the article record of a saved page as JSON (Arabic kept readable).

    Example: python -m archive extract page.html --url https://arabic.rt.com/news/1-x/
    """
    if batch is not None:
        for number, line in enumerate(batch, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            path, sep, page_url = line.partition("\t")
            if not sep:
                raise click.UsageError(f"--batch line {number}: expected 'path<TAB>url'")
            record = extract_page(site_for(page_url, site_name), page_url, Path(path).read_bytes())
            click.echo(_dump(record.to_dict()))
        return
    if file is None or not url:
        raise click.UsageError("give FILE and --url, or --batch LIST")
    record = extract_page(site_for(url, site_name), url, Path(file).read_bytes())
    click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=indent))


@cli.command()
@DB_OPTION
def stats(db_path: str | None) -> None:
    """Summarize the archive: articles per site, the latest crawl runs, and its size by
    table, per article and per byte of article text (where the bytes go).

    Example: python -m archive stats --db demo.db
    """
    path, db = existing_archive(db_path)
    click.echo(f"archive: {path}")
    for row in db.query("SELECT site, count(*) AS n, min(published) AS first, "
                        "max(published) AS last FROM articles GROUP BY site"):
        click.echo(f"  {row['site']}: {row['n']} articles, published {row['first']} .. "
                   f"{row['last']}")
    runs = db.query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 5")
    for run in runs:
        click.echo(f"  run {run['id']} {run['spider']} {run['started']} -> "
                   f"{run['finish_reason'] or 'running'}: {run['articles_new'] or 0} new, "
                   f"{run['articles_updated'] or 0} updated, "
                   f"{run['articles_unchanged'] or 0} unchanged, "
                   f"skipped {run['skipped_by_reason'] or '{}'}, "
                   f"failed {run['failed_by_reason'] or '{}'}")
    for line in report_lines(archive_size(db.conn)):
        click.echo(line)


def _pairs(values: tuple[str, ...], flag: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep or not name:
            raise click.UsageError(f"{flag} takes NAME=VALUE, got {value!r}")
        pairs[name] = setting
    return pairs


@cli.command()
@click.argument("spider")
@click.option("-a", "spider_args", multiple=True, metavar="NAME=VALUE",
              help="Spider argument, as for scrapy crawl (since, max_articles, base_url).")
@click.option("-s", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Scrapy setting, as for scrapy crawl (REVISIT_HOURS, JOBDIR, ...).")
@DB_OPTION
@click.option("--logfile", type=click.Path(dir_okay=False),
              help="Append the crawl log here (opened once per run: logrotate-friendly).")
@click.option("--loglevel", type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"]),
              default=None, help="Log level (default INFO).")
def crawl(spider: str, spider_args: tuple[str, ...], overrides: tuple[str, ...],
          db_path: str | None, logfile: str | None, loglevel: str | None) -> None:
    """Run SPIDER once for cron: locked, recorded in crawl_runs, with an honest exit code.

    Exit 0: healthy run. 1: failed run (see the summary). 75: another run (of any spider)
    holds this archive (nothing done). The archive: --db, else -s ARCHIVE_DB, else env
    ARCHIVE_DB, else ./archive.db.

    Example: python -m archive crawl rtarabic --db /srv/news/archive.db --logfile /var/log/news.log
    """
    settings = _pairs(overrides, "-s")
    path = _archive_path(db_path, settings.get("ARCHIVE_DB"))
    # The crawl's archive pipeline takes this same lock again (reentrant in one process);
    # taking it here first refuses an overlapping run before anything is logged or opened.
    try:
        Path(path).resolve().parent.mkdir(parents=True, exist_ok=True)
        holder = acquire(path, spider)
    except OSError as error:
        _fail(f"{spider}: cannot open the archive {path} ({error}); nothing done")
    if holder is not None:
        click.echo(busy_message(path, spider, holder), err=True)
        sys.exit(EX_TEMPFAIL)
    try:
        _prepare(path, spider, settings.get("ARCHIVE_BUSY_TIMEOUT_MS"))
        from crawler.run import run_spider

        outcome = run_spider(spider, _pairs(spider_args, "-a"), settings, path,
                             logfile=logfile, loglevel=loglevel)
    finally:
        release(path)
    if outcome.code == EX_TEMPFAIL:
        click.echo(f"{spider}: another run holds the archive {path}; nothing done", err=True)
        sys.exit(EX_TEMPFAIL)
    row = _own_run(path, outcome.run_id)
    if row is None:
        _fail(f"{spider}: the run did not start or cannot be read back (see the log)")
    click.echo(summary_text(row))
    if row["finished"] is None:
        click.echo(f"  problem: run {row['id']} could not record its end (see the log)")
    sys.exit(0 if row["status"] == "ok" else 1)


def _fail(message: str) -> NoReturn:
    click.echo(message, err=True)
    sys.exit(1)


def _prepare(path: str, spider: str, busy_setting: str | None) -> None:
    """Open the archive and close runs killed earlier; one line and exit 1 when it cannot be
    read or written (another writer holds it past the busy timeout, not a database, ...)."""
    timeout = busy_timeout_ms(busy_setting)
    try:
        db = open_archive(path, busy_timeout=timeout)
        try:
            # A write, so an archive another writer holds is reported before the crawl.
            close_abandoned_runs(db, utc_now())
        finally:
            db.close()
    except sqlite3.OperationalError as error:
        _fail(f"{spider}: cannot write to {path} ({error}; waited up to {timeout} ms for "
              "another writer); nothing done")
    except (sqlite3.Error, OSError) as error:
        _fail(f"{spider}: cannot open the archive {path} ({error}); nothing done")


def _own_run(path: str, run_id: int | None) -> dict[str, Any] | None:
    """The crawl_runs row of this run itself (never another run that overlapped it)."""
    if run_id is None:
        return None
    try:
        db = open_archive(path)
        try:
            return next(db.query("SELECT * FROM crawl_runs WHERE id = ?", [run_id]), None)
        finally:
            db.close()
    except sqlite3.Error:
        return None


def _archive_path(db_path: str | None, setting: str | None) -> str:
    """--db, else -s ARCHIVE_DB, else env ARCHIVE_DB, else ./archive.db; both given must agree."""
    if db_path and setting and archive_identity(db_path) != archive_identity(setting):
        raise click.UsageError(f"--db {db_path} and -s ARCHIVE_DB={setting} name two archives")
    return default_path(db_path or setting)


for _command in (evaluate, reextract, check_warc, export, serve, search, ingest, stories):
    cli.add_command(_command)


def main() -> None:
    cli(prog_name="python -m archive")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
