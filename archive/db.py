"""Open the archive: WAL, busy timeout, and the schema migrated idempotently."""

from __future__ import annotations

import os
from pathlib import Path

import sqlite_utils

from archive.schema import MIGRATIONS

DEFAULT_DB = "archive.db"
BUSY_TIMEOUT_MS = 30_000
# Checkpoint into the database once the WAL holds this many pages (SQLite's default, made
# explicit), and cut the WAL file back to this size after a checkpoint: a long crawl with
# Datasette reading keeps a bounded WAL instead of one as large as its busiest moment.
WAL_AUTOCHECKPOINT_PAGES = 1000
WAL_SIZE_LIMIT_BYTES = 8 * 1024 * 1024
CHECKPOINT_MODES: tuple[str, ...] = ("PASSIVE", "FULL", "RESTART", "TRUNCATE")


def default_path(setting: str | None = None) -> str:
    """The archive path: explicit setting, else env ARCHIVE_DB, else ./archive.db."""
    return setting or os.environ.get("ARCHIVE_DB") or DEFAULT_DB


def busy_timeout_ms(setting: object = None) -> int:
    """How long a write waits for another writer: setting, else env ARCHIVE_BUSY_TIMEOUT_MS,
    else 30 s."""
    value = setting if setting not in (None, "") else os.environ.get("ARCHIVE_BUSY_TIMEOUT_MS")
    return int(value) if value not in (None, "") else BUSY_TIMEOUT_MS  # type: ignore[arg-type]


def open_archive(path: str | Path, *, migrate: bool = True,
                 busy_timeout: int | None = None) -> sqlite_utils.Database:
    """Open (creating if needed) the archive at `path`, ready for concurrent readers.

    A write waits `busy_timeout` ms (default: busy_timeout_ms()) for another writer's lock,
    then fails with sqlite3.OperationalError "database is locked".
    """
    db = sqlite_utils.Database(path)
    timeout = busy_timeout_ms() if busy_timeout is None else busy_timeout
    db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    db.execute("PRAGMA journal_mode = WAL")
    # NORMAL is durable against process crashes in WAL mode; only power loss can drop
    # the last transactions, never corrupt the file.
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT_PAGES}")
    db.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT_BYTES}")
    if migrate:
        MIGRATIONS.apply(db)
    return db


def checkpoint(db: sqlite_utils.Database, mode: str = "PASSIVE") -> tuple[int, int, int]:
    """Copy the WAL into the database; TRUNCATE also empties the WAL file when no reader
    needs it. Returns SQLite's (busy, wal pages, pages checkpointed)."""
    if mode not in CHECKPOINT_MODES:
        raise ValueError(f"unknown checkpoint mode {mode!r}")
    return tuple(db.execute(f"PRAGMA wal_checkpoint({mode})").fetchone())
