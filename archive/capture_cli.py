"""Commands over raw captures and whole-archive output: reextract, check-warc, export."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from archive.cli_options import DB_OPTION, existing_archive
from archive.export import FORMATS, rows, write_csv, write_jsonl, write_parquet
from archive.reextract import count_jobs, resume_point
from archive.reextract import reextract as run_reextract

SINCE = click.option("--since", metavar="YYYY-MM-DD", help="Only articles published since.")
SITE = click.option("--site", help="Only this site (profile name, e.g. rtarabic).")


@click.command()
@DB_OPTION
@SITE
@SINCE
@click.option("--workers", type=int, default=None,
              help="Extraction processes (default: all cores).")
@click.option("--warc-dir", type=click.Path(file_okay=False),
              help="WARC directory (default: warc/ beside the archive).")
@click.option("--templates/--no-templates", default=True, show_default=True,
              help="Apply each site's learned template (table site_template_blocks).")
def reextract(db_path: str | None, site: str | None, since: str | None, workers: int | None,
              warc_dir: str | None, templates: bool) -> None:
    """Extract stored articles again from their WARC captures (digests verified).

    Changed articles are updated in place, a version kept where the text changed; the
    lines of each site's learned template leave the bodies. Ctrl-C stops; the same command
    again continues where it stopped.

    Example: python -m archive reextract --db archive.db --site rtarabic --workers 4
    """
    from tqdm import tqdm

    path, db = existing_archive(db_path)
    directory = warc_dir or str(Path(path).resolve().parent / "warc")
    filters: dict[str, object] = {"site": site, "since": since}
    if not templates:
        filters["templates"] = False
    _run, after = resume_point(db, filters)
    if after:
        click.echo(f"continuing an interrupted re-extraction after article {after}", err=True)
    total = count_jobs(db, after, site, since)
    bar = tqdm(total=total, unit="article", disable=None, file=sys.stderr)
    try:
        counts = run_reextract(db, directory, site=site, since=since,
                               workers=workers or os.cpu_count() or 1, progress=bar.update,
                               templates=templates)
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted: run the same command again to continue", err=True)
        sys.exit(130)
    bar.close()
    click.echo(f"changed {counts['changed']}, unchanged {counts['unchanged']}, "
               f"failed {counts['failed']}")
    sys.exit(1 if counts["failed"] else 0)


@click.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@SINCE
@SITE
@click.option("--language", help="Only this language (ISO 639-1, e.g. ar).")
@click.option("-o", "output", type=click.Path(dir_okay=False),
              help="Output file (default: standard output; required for parquet).")
def export(db_path: str | None, fmt: str, since: str | None, site: str | None,
           language: str | None, output: str | None) -> None:
    """Stream articles with tags, dates and links as JSON Lines, CSV or Parquet.

    Example: python -m archive export --format jsonl --since 2024-01-01 --language ar -o ar.jsonl
    """
    _path, db = existing_archive(db_path)
    records = rows(db, since=since, site=site, language=language)
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs -o FILE")
        count = write_parquet(records, output)
    else:
        with (open(output, "w", encoding="utf-8", newline="") if output
              else _stdout()) as out:
            count = (write_jsonl if fmt == "jsonl" else write_csv)(records, out)
    click.echo(f"exported {count} articles", err=True)


def _stdout():
    import contextlib

    return contextlib.nullcontext(click.get_text_stream("stdout", encoding="utf-8"))


@click.command("check-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def check_warc(files: tuple[str, ...]) -> None:
    """`warcio check` (every record's digests verified) that reads brotli responses too.

    warcio 1.8.1's own `warcio check` crashes on a response sent with Content-Encoding: br
    (brotli 1.2); this runs warcio's checker with a brotli reader that works. Exit 1 when a
    digest does not match.

    Example: python -m archive check-warc warc/*.warc.gz
    """
    from types import SimpleNamespace

    from warcio.checker import Checker

    from archive.content_encoding import warcio_brotli_fix

    warcio_brotli_fix()
    sys.exit(Checker(SimpleNamespace(inputs=list(files), verbose=False)).process_all())
