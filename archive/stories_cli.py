"""`python -m archive stories`: the largest stories (copies of one story across sites)."""

from __future__ import annotations

import click

from archive.cli_options import DB_OPTION, existing_archive


@click.command()
@DB_OPTION
@click.option("--limit", type=int, default=20, show_default=True, help="Stories to print.")
def stories(db_path: str | None, limit: int) -> None:
    """Print the stories with the most copies: sites, first publication, the original.

    Example: python -m archive stories --db archive.db --limit 10
    """
    _path, db = existing_archive(db_path)
    found = list(db.query("SELECT * FROM stories ORDER BY copies DESC, story LIMIT ?",
                          [limit]))
    if not found:
        click.echo("no story has copies yet")
        return
    for story in found:
        click.echo(f"story {story['story']}: {story['copies']} copies on {story['sites']}, "
                   f"first published {story['first_published_utc'] or '?'} UTC")
        click.echo(f"  original: {story['original_site']} #{story['original']} "
                   f"{story['original_title']}")
        click.echo(f"  {story['original_url']}")
        for copy in db.query("SELECT id, site, title FROM articles WHERE story_id = ? AND "
                             "id != ? ORDER BY published", [story["story"], story["original"]]):
            click.echo(f"  copy: {copy['site']} #{copy['id']} {copy['title']}")
