"""Run a command and write its peak RSS (KB) to a file: `python -m bench.peak OUT -- CMD...`.

A small parent forks the command, so the figure is the command's own high-water mark, not
the pages a big benchmark process had when it forked (what getrusage of its children shows).
"""

from __future__ import annotations

import resource
import subprocess
import sys


def main() -> int:
    out, separator, *command = sys.argv[1:]
    if separator != "--" or not command:
        raise SystemExit("usage: python -m bench.peak OUT -- COMMAND...")
    code = subprocess.run(command, check=False).returncode
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\n")
    return code


if __name__ == "__main__":
    sys.exit(main())
