"""`python -m archive`: extract pages, inspect the archive. Each command is a thin wrapper."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from archive.db import default_path, open_archive

DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default=None,
    help="Archive path (default: env ARCHIVE_DB, else ./archive.db).",
)


@click.group()
def cli() -> None:
    """Arabic news archive: extraction and the SQLite archive."""


def _site_for(url: str, name: str | None) -> Any:
    """The profile called `name`, else the one whose host serves `url`, else the generic one."""
    from crawler.sites import SITES, get_site

    if name:
        return get_site(name)
    host = urlsplit(url).hostname
    for site in SITES.values():
        if site.base_url and urlsplit(site.base_url).hostname == host:
            return site
    return SITES["generic"]


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
            record = _site_for(page_url, site_name).extract(page_url, Path(path).read_bytes())
            click.echo(_dump(record.to_dict()))
        return
    if file is None or not url:
        raise click.UsageError("give FILE and --url, or --batch LIST")
    record = _site_for(url, site_name).extract(url, Path(file).read_bytes())
    click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=indent))


@cli.command()
@DB_OPTION
def stats(db_path: str | None) -> None:
    """Summarize the archive: articles per site and the latest crawl runs.

    Example: python -m archive stats --db demo.db
    """
    path = default_path(db_path)
    if not Path(path).exists():
        raise click.ClickException(f"no archive at {path}")
    db = open_archive(path)
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


from archive.browse_cli import search, serve  # noqa: E402  (commands in their own module)

cli.add_command(serve)
cli.add_command(search)


def main() -> None:
    cli(prog_name="python -m archive")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
