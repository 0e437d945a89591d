"""Page templates of Arabic CMS families, for extraction evaluation (see write.py)."""

from __future__ import annotations

import importlib
from types import ModuleType

# One module per family; each has NAME, HELD_OUT, FAMILY and render(article, n).
TEMPLATES: tuple[str, ...] = (
    "php_table", "drupal_br", "wp_tagdiv", "wp_jannah", "blogger", "amp", "nextjs",
    "jsonld_only", "liveblog", "opinion", "video", "levantine", "maghrebi", "gulf_hijri",
)


def template(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def available() -> list[ModuleType]:
    """The template modules written so far, in TEMPLATES order."""
    found = []
    for name in TEMPLATES:
        try:
            found.append(template(name))
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
    return found
