"""Page templates of Arabic CMS families, for extraction evaluation (see write.py)."""

from __future__ import annotations

import importlib
from types import ModuleType

# One module per family; each has NAME, HELD_OUT, FAMILY and render(article, n), and the
# fresh and unseen3 held-out sets' modules SET = "fresh" / "unseen3" (base.set_of: the others'
# set from HELD_OUT).
TEMPLATES: tuple[str, ...] = (
    "php_table", "drupal_br", "wp_tagdiv", "wp_jannah", "blogger", "amp", "nextjs",
    "jsonld_only", "liveblog", "opinion", "video", "levantine",
    # the fresh set
    "dz_wordpress", "ma_portal", "gulf_hijri", "joomla", "aspnet", "aggregator", "iraqi_kurdish", "ghost", "ly_forum",
)
# The unseen3 held-out set (SET = "unseen3"), written after the rules and never read by them.
# Kept apart from TEMPLATES, whose stories also build the template-learning site (site.py):
# that site stays as it was and never shows these stories.
UNSEEN3: tuple[str, ...] = (
    "drupal7_panels", "ye_static", "tn_spip", "arc_fusion", "wafa_agency", "sa_laravel",
)


def template(name: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{name}")


def available() -> list[ModuleType]:
    """Every template module, in TEMPLATES order, then the unseen3 set."""
    return [template(name) for name in (*TEMPLATES, *UNSEEN3)]
