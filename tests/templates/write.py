"""Write the template pages and their truth to tests/fixtures/templates/ (or check them).

    python -m tests.templates.write           # (re)write every page and truth file
    python -m tests.templates.write --check   # exit 1 when a committed file is stale

Each page is `<template>/<n>.html` with `<n>.truth.json` beside it: the spec's headline, lead
and paragraphs, author, tags and shown day, and every chrome line as must-not-contain.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import available
from .base import read_articles, truth

OUT = Path(__file__).resolve().parent.parent / "fixtures" / "templates"


def files() -> dict[Path, str]:
    """Every fixture file the templates give: path -> text."""
    out: dict[Path, str] = {}
    for module in available():
        for n, article in enumerate(read_articles(module.NAME), 1):
            page = module.render(article, n)
            folder = OUT / module.NAME
            out[folder / f"{n}.html"] = page.html
            out[folder / f"{n}.truth.json"] = json.dumps(
                truth(module, article, page), ensure_ascii=False, indent=1) + "\n"
    return out


def main(argv: list[str]) -> int:
    wanted = files()
    if "--check" in argv:
        stale = [str(p) for p, text in wanted.items()
                 # bytes: a page may hold "\r\n" (PHP's nl2br), which read_text would fold
                 if not p.exists() or p.read_bytes().decode("utf-8") != text]
        for path in stale:
            print(f"stale: {path}")
        return 1 if stale else 0
    for path, text in wanted.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} files under {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
