"""The machine a benchmark ran on, in one line for BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
import sqlite3
from datetime import date
from pathlib import Path


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def describe() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024 ** 3
    return (f"{os.cpu_count()} cores ({cpu_model()}), {memory:.0f} GiB RAM, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"{platform.system()} {platform.release()}, measured {date.today().isoformat()}")


if __name__ == "__main__":
    print(describe())
