"""Site profiles, one module each; `SITES` maps a profile name to its Site."""

from __future__ import annotations

from urllib.parse import urlsplit

from extraction.sites import generic, rtarabic, sputnikarabic, youm7
from extraction.sites.base import Site

SITES: dict[str, Site] = {
    site.name: site for site in (rtarabic.SITE, sputnikarabic.SITE, youm7.SITE, generic.SITE)}


def get_site(name: str) -> Site:
    """The profile called `name`; KeyError names the known ones."""
    try:
        return SITES[name]
    except KeyError:
        raise KeyError(f"unknown site {name!r}; known: {', '.join(sorted(SITES))}") from None


def site_for(url: str, name: str | None = None) -> Site:
    """The profile called `name`, else the one whose host serves `url`, else the generic one."""
    if name:
        return get_site(name)
    host = urlsplit(url).hostname
    for site in SITES.values():
        if site.base_url and urlsplit(site.base_url).hostname == host:
            return site
    return SITES["generic"]


def stored_site(name: str) -> Site:
    """The profile an archived row's `site` names; the generic one for sites without rules
    (the `news` spider stores those under their host name)."""
    return SITES.get(name, SITES["generic"])
