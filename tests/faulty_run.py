"""`python -m tests.faulty_run crawl ...`: `python -m archive` with a fault injected (tests only).

FAULT_KILL_AT_RECORD=N: the process SIGKILLs itself while writing the Nth article, in the
middle of its batch's transaction.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from archive import store
from archive.cli import main


def _kill_at_record(n: int) -> None:
    original = store._save_one
    written = 0

    def dying(*args: Any, **kwargs: Any) -> str:
        nonlocal written
        written += 1
        if written == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    store._save_one = dying


if __name__ == "__main__":
    if os.environ.get("FAULT_KILL_AT_RECORD"):
        _kill_at_record(int(os.environ["FAULT_KILL_AT_RECORD"]))
    sys.exit(main())
