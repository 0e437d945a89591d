"""One run per spider and archive at a time: an flock on a file beside the archive."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def lock_path(db_path: str | Path, spider: str) -> Path:
    """`archive.db` + spider `rtarabic` -> `archive.db.rtarabic.lock`."""
    return Path(f"{db_path}.{spider}.lock")


@contextmanager
def run_lock(db_path: str | Path, spider: str) -> Iterator[bool]:
    """Yields True while this process holds the lock, False at once if another run does.

    The kernel drops an flock when its holder dies, even by kill -9: no stale locks. The
    file itself stays (deleting it would let two runs lock two different files).
    """
    path = lock_path(db_path, spider)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield True
    finally:
        os.close(fd)
