"""`python -m archive serve` and `search`: browse and search the archive."""

from __future__ import annotations

import asyncio
from urllib.parse import unquote

import click

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
def serve(db_path: str | None, port: int, host: str) -> None:
    """Browse the archive with Datasette, read-only, with Arabic search and charts.

    Example: python -m archive serve --db demo.db --port 8001
    """
    import uvicorn

    from archive.browse import build_datasette

    datasette = build_datasette(_existing_archive(db_path))
    asyncio.run(datasette.invoke_startup())
    click.echo(f"Serving the archive on http://{host}:{port}/ (Ctrl-C to stop)")
    uvicorn.run(datasette.app(), host=host, port=port, log_level="info", lifespan="on")


@click.command()
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=int, default=10, show_default=True, help="Results to print.")
def search(query: str, db_path: str | None, limit: int) -> None:
    """Search the archive in Arabic, most relevant first, with highlighted snippets.

    Diacritics, tatweel, hamza forms of alef, ى/ي, ة/ه and attached prefixes
    (و ف ب ك ل ال) are ignored on both sides.

    Example: python -m archive search "مدرسة" --db demo.db
    """
    db = open_archive(_existing_archive(db_path))
    try:
        total = arabic_search.count(db.conn, query)
        hits = arabic_search.search(db.conn, query, limit=limit)
    finally:
        db.close()
    click.echo(f"{total} articles match {query!r}" + (f", top {len(hits)}:" if hits else "."))
    for rank, hit in enumerate(hits, 1):
        click.echo(f"\n{rank}. {arabic_search.plain(hit.title_parts)}")
        click.echo(f"   {hit.published or '-'} · {hit.section_name or '-'} · {unquote(hit.url)}")
        click.echo(f"   {arabic_search.plain(hit.snippet)}")
