"""Site profiles, one module each; `SITES` maps a profile name to its Site."""

from __future__ import annotations

from crawler.sites import generic, rtarabic, sputnikarabic, youm7
from crawler.sites.base import Site

SITES: dict[str, Site] = {site.name: site for site in (rtarabic.SITE, sputnikarabic.SITE, youm7.SITE, generic.SITE)}


def get_site(name: str) -> Site:
    """The profile called `name`; KeyError names the known ones."""
    try:
        return SITES[name]
    except KeyError:
        raise KeyError(f"unknown site {name!r}; known: {', '.join(sorted(SITES))}") from None
