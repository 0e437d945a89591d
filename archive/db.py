"""Open the archive: WAL, busy timeout, and the schema migrated idempotently."""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils

from archive.schema import MIGRATIONS

DEFAULT_DB = "archive.db"
BUSY_TIMEOUT_MS = 30_000


def default_path(setting: str | None = None) -> str:
    """The archive path: explicit setting, else env ARCHIVE_DB, else ./archive.db."""
    return setting or os.environ.get("ARCHIVE_DB") or DEFAULT_DB


def open_archive(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at `path`, ready for concurrent readers."""
    db = sqlite_utils.Database(path)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable against process crashes in WAL mode; only power loss can drop
    # the last transactions, never corrupt the file.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        MIGRATIONS.apply(db)
    return db
