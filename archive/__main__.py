"""`python -m archive`: the archive's command line."""
from __future__ import annotations

from archive.cli import main

if __name__ == "__main__":
    main()
