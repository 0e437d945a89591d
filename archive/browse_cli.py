"""`python -m archive serve` and `search`: browse and search the archive."""

from __future__ import annotations

import asyncio
from urllib.parse import unquote

import click

from archive import finder, search_web
from archive import search as arabic_search
from archive.cli_options import DB_OPTION, existing_archive
from archive.db import open_archive


def _existing_archive(db_path: str | None) -> str:
    """The archive's path, migrated to the current schema (so its search index exists)."""
    path, db = existing_archive(db_path)
    db.close()
    return path


@click.command()
@DB_OPTION
@click.option("--port", type=int, default=8001, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--warc-dir", type=click.Path(file_okay=False),
              help="WARC folder captures are served from (default: warc/ beside the archive).")
def serve(db_path: str | None, port: int, host: str, warc_dir: str | None) -> None:
    """Browse the archive with Datasette, read-only, with Arabic search and charts.

    Example: python -m archive serve --db demo.db --port 8001
    """
    import uvicorn

    from archive.browse import build_datasette

    datasette = build_datasette(_existing_archive(db_path), warc_dir)
    asyncio.run(datasette.invoke_startup())
    click.echo(f"Serving the archive on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(datasette.app(), host=host, port=port, log_level="info", lifespan="on")


@click.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=int, default=10, show_default=True, help="Results to print.")
@click.option("--site", help="Only this site.")
@click.option("--section", help="Only this section (as in the section column).")
@click.option("--tag", help="Only articles carrying this tag, as published.")
@click.option("--from", "date_from", help="Published on or after this day (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Published on or before this day (YYYY-MM-DD).")
@click.option("--sort", type=click.Choice(list(finder.SORTS)), default="relevance",
              show_default=True)
def search(query: str, db_path: str | None, limit: int, site: str | None,
           section: str | None, tag: str | None, date_from: str | None, date_to: str | None,
           sort: str) -> None:
    """Search the archive in Arabic, with highlighted snippets; filters as on /-/search.

    Diacritics, tatweel, hamza forms of alef, ى/ي, ة/ه and attached prefixes
    (و ف ب ك ل ال) are ignored on both sides, and a word finds its other inflections
    (Snowball stems: plurals, duals, pronoun suffixes); the form typed ranks first.

    Example: python -m archive search "مدرسة" --db demo.db --from 2024-01-01 --sort newest
    """
    try:
        asked = search_web.parse({"q": query, "site": site or "", "section": section or "",
                                  "tag": tag or "", "from": date_from or "",
                                  "to": date_to or "", "sort": sort})
    except search_web.BadRequestError as error:
        raise click.UsageError(str(error)) from error
    db = open_archive(_existing_archive(db_path))
    try:
        total = finder.total(db.conn, query, asked.filters)
        hits = [found.hit for found in finder.page(db.conn, query, asked.filters, sort,
                                                   limit, 1)]
        windowed = finder.windowed(db.conn, query, asked.filters, sort, total)
    finally:
        db.close()
    click.echo(f"{total} articles match {query!r}" + (f", top {len(hits)}:" if hits else "."))
    if windowed:
        click.echo(f"(ranked among the {finder.RANK_WINDOW:,} most recently archived matches; "
                   "--sort newest orders them all)")
    for rank, hit in enumerate(hits, 1):
        click.echo(f"\n{rank}. {arabic_search.plain(hit.title_parts)}")
        click.echo(f"   {hit.published or '-'} · {hit.section_name or '-'} · {unquote(hit.url)}")
        click.echo(f"   {arabic_search.plain(hit.snippet)}")
