"""Where a link or redirect may lead: http(s) only, on the allowed domains, and never from a
public site to a loopback, private or link-local address."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

SCHEMES: frozenset[str] = frozenset({"http", "https"})
_DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443}
# Names that always mean this machine, whatever DNS says.
_LOCAL_NAMES: tuple[str, ...] = ("localhost", "localhost.localdomain")
# inet_aton's legacy IPv4 spellings: 2130706433, 0x7f000001, 127.1, 0177.0.0.1.
_LEGACY_IPV4 = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$", re.I)


def _ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if _LEGACY_IPV4.match(host):
        try:
            return ipaddress.ip_address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def is_private_host(host: str | None) -> bool:
    """True for loopback, private, link-local and other non-global addresses and local names.

    Names are judged by their form only (never resolved here).
    """
    name = (host or "").strip("[]").lower().rstrip(".")
    if not name:
        return False
    if name in _LOCAL_NAMES or name.endswith(".localhost"):
        return True
    address = _ip(name)
    if address is None:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return not address.is_global


def on_domains(host: str | None, domains: Iterable[str]) -> bool:
    """`host` is one of `domains` or a subdomain of one (Scrapy's offsite rule)."""
    name = (host or "").lower().rstrip(".")
    allowed = [d.lower().rstrip(".") for d in domains if d]
    return not allowed or any(name == d or name.endswith("." + d) for d in allowed)


def scheme_and_port(url: str) -> tuple[str, int | None]:
    """A URL's scheme and port (its scheme's default when it names none)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        return scheme, -1
    return scheme, port if port is not None else _DEFAULT_PORTS.get(scheme)


def same_port(url: str, site_url: str) -> bool:
    """`url` has the site's scheme and port: the same host on another port is another site.
    http on port 80 and https on 443 are one site (the site served over either scheme:
    sitemaps and feeds of https sites still list http:// links)."""
    mine, site = scheme_and_port(url), scheme_and_port(site_url)
    return mine == site or (_on_default_port(mine) and _on_default_port(site))


def _on_default_port(scheme_port: tuple[str, int | None]) -> bool:
    scheme, port = scheme_port
    return port is not None and port == _DEFAULT_PORTS.get(scheme)


def refusal(source_url: str, target_url: str, allowed_domains: Iterable[str],
            public_hosts: Iterable[str] = (), site_url: str | None = None) -> str | None:
    """Why the crawler must not go from `source_url` to `target_url`, or None when it may.

    `redirect_scheme` (not http/https), `redirect_private` (a loopback/private address reached
    from a public host; `public_hosts` are treated as public even when they are not, for tests
    on loopback), `redirect_offsite` (not on the allowed domains).
    """
    target = urlsplit(target_url)
    if target.scheme.lower() not in SCHEMES or not target.hostname:
        return "redirect_scheme"
    public = set(public_hosts)
    source_host = urlsplit(source_url).hostname
    source_public = source_host in public or not is_private_host(source_host)
    if source_public and target.hostname not in public and is_private_host(target.hostname):
        return "redirect_private"
    if not on_domains(target.hostname, allowed_domains):
        return "redirect_offsite"
    if site_url is not None and not same_port(target_url, site_url):
        return "redirect_offsite"
    return None
