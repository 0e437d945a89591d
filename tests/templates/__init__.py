"""Page templates of Arabic CMS families, for extraction evaluation (see write.py)."""

from __future__ import annotations

import importlib
from types import ModuleType

# One module per family; each has NAME, HELD_OUT, FAMILY and render(article, n), and the
# fresh held-out set's modules SET = "fresh" (base.set_of: the others' set from HELD_OUT).
TEMPLATES: tuple[str, ...] = (
    "php_table", "drupal_br", "wp_tagdiv", "wp_jannah", "blogger", "amp", "nextjs",
    "jsonld_only", "liveblog", "opinion", "video", "levantine",
    # the fresh set
    "dz_wordpress", "ma_portal", "gulf_hijri", "joomla", "aspnet", "aggregator", "iraqi_kurdish", "ghost", "ly_forum",
)


def template(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def available() -> list[ModuleType]:
    """Every template module, in TEMPLATES order."""
    return [template(name) for name in TEMPLATES]
