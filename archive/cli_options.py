"""What every archive command shares: the --db option and opening an existing archive."""

from __future__ import annotations

from pathlib import Path

import click
import sqlite_utils

from archive.db import default_path, open_archive

DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False), default=None,
    help="Archive path (default: env ARCHIVE_DB, else ./archive.db).",
)


def existing_archive(db_path: str | None) -> tuple[str, sqlite_utils.Database]:
    """(path, database) of an archive that must exist, migrated to the current schema."""
    path = default_path(db_path)
    if not Path(path).exists():
        raise click.ClickException(f"no archive at {path}")
    return path, open_archive(path)
