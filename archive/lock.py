"""One writer per archive at a time: an flock on `<archive's real path>.lock`.

The archive is named by its resolved real path, so a relative path, a symlink or the env
ARCHIVE_DB naming the same file all take the same lock, whichever spider runs. The kernel
drops an flock when its holder dies, even by kill -9: a dead holder never blocks the next run.
Within one process the lock is reentrant (the `python -m archive crawl` wrapper and `scrapy
crawl` take it before the crawl, whose archive pipeline takes it again): it is held until
every acquire of the process is released.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

EX_TEMPFAIL = 75  # sysexits: try again later; the exit code of a run refused by the lock

@dataclass(frozen=True)
class Holder:
    """Who holds an archive's lock, as its lock file says (fields None when unreadable)."""

    pid: int | None
    spider: str | None
    started: str | None

    def describe(self) -> str:
        return (f"pid {self.pid or 'unknown'}, spider {self.spider or 'unknown'}, "
                f"started {self.started or 'unknown'}")


@dataclass
class _Held:
    fd: int
    count: int


# Locks this process holds, by lock file path.
_HELD: dict[Path, _Held] = {}


def archive_identity(db_path: str | Path) -> Path:
    """The archive file itself: absolute, every symlink resolved (it need not exist yet)."""
    return Path(os.path.realpath(db_path))


def lock_path(db_path: str | Path) -> Path:
    """`/srv/news/archive.db` (however it was named) -> `/srv/news/archive.db.lock`."""
    real = archive_identity(db_path)
    return real.with_name(real.name + ".lock")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def acquire(db_path: str | Path, spider: str) -> Holder | None:
    """Take the archive's lock without waiting: None once held, else who holds it.

    Raises OSError when the lock file cannot be created (missing permission)."""
    path = lock_path(db_path)
    held = _HELD.get(path)
    if held is not None:
        held.count += 1
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return read_holder(path)
    # The file stays between runs (deleting it would let two runs lock two different files).
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()} {utc_now()} {spider}\n".encode(), 0)
    _HELD[path] = _Held(fd, 1)
    return None


def release(db_path: str | Path) -> None:
    """Undo one acquire(); the last one of the process unlocks."""
    path = lock_path(db_path)
    held = _HELD.get(path)
    if held is None:
        return
    held.count -= 1
    if held.count <= 0:
        del _HELD[path]
        os.close(held.fd)  # closing the only descriptor drops the flock


def read_holder(path: Path) -> Holder:
    """What the holder wrote into the lock file: `pid started spider` (a holder that has
    just locked may not have written yet: read again for a moment)."""
    fields: list[str] = []
    for _attempt in range(20):
        try:
            fields = path.read_text(encoding="utf-8").split()
        except OSError:
            break
        if fields:
            break
        time.sleep(0.025)
    pid = int(fields[0]) if fields and fields[0].isdigit() else None
    return Holder(pid, fields[2] if len(fields) > 2 else None,
                  fields[1] if len(fields) > 1 else None)


def busy_message(db_path: str | Path, spider: str, holder: Holder) -> str:
    """The one line a refused run prints."""
    return (f"{spider}: another run holds the archive {archive_identity(db_path)} "
            f"({holder.describe()}); nothing done, exiting")


@contextmanager
def run_lock(db_path: str | Path, spider: str) -> Iterator[Holder | None]:
    """acquire() for a `with` block: yields None while held, else the holder (not held)."""
    holder = acquire(db_path, spider)
    try:
        yield holder
    finally:
        if holder is None:
            release(db_path)
