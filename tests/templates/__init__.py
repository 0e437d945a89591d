"""Page templates of Arabic CMS families, for extraction evaluation (see write.py)."""

from __future__ import annotations

import importlib
from types import ModuleType

# One module per family; each has NAME, HELD_OUT, FAMILY and render(article, n).
TEMPLATES: tuple[str, ...] = (
    "php_table", "drupal_br", "wp_tagdiv", "wp_jannah", "blogger", "amp", "nextjs",
    "jsonld_only", "liveblog", "opinion", "video", "levantine",
)


def template(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def available() -> list[ModuleType]:
    """Every template module, in TEMPLATES order."""
    return [template(name) for name in TEMPLATES]
