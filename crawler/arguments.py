"""Spider arguments read once: credentials out of base_url, the `since` day, max_articles."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import unquote, urlsplit, urlunsplit


def without_credentials(base_url: str) -> tuple[str, dict[str, str]]:
    """`http://user:pass@host/` -> (`http://host/`, basic-auth request meta for that host).

    URLs carry no password, so neither logs, nor stats, nor crawl_runs ever show one.
    """
    parts = urlsplit(base_url)
    if parts.username is None and parts.password is None:
        return base_url, {}
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    netloc = netloc if parts.port is None else f"{netloc}:{parts.port}"
    # Scrapy compares the auth domain with the URL's host *and port*.
    auth = {"http_user": unquote(parts.username or ""),
            "http_pass": unquote(parts.password or ""), "http_auth_domain": netloc}
    return urlunsplit(parts._replace(netloc=netloc)), auth


def since_day(value: str | None) -> datetime | None:
    """`YYYY-MM-DD` -> that day's midnight, UTC (None for no limit)."""
    if not value:
        return None
    try:
        day = datetime.strptime(value, "%Y-%m-%d")
    except ValueError:
        raise ValueError(f"since must be YYYY-MM-DD, got {value!r}") from None
    return day.replace(tzinfo=UTC)


def article_limit(value: str | int | None) -> int | None:
    """max_articles as a positive number (None for no limit)."""
    limit = int(value) if value not in (None, "") else None
    if limit is not None and limit < 1:
        raise ValueError("max_articles must be a positive number")
    return limit


def aware(moment: datetime) -> datetime:
    """A date without an offset is taken as UTC, so it compares with `since`."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def mirror_hosts(value: str | None) -> tuple[str, ...]:
    """`mirrors` (comma-separated hosts or URLs) as host names, e.g. `localhost,127.0.0.2`."""
    hosts = []
    for part in (value or "").split(","):
        part = part.strip()
        if part:
            hosts.append((urlsplit(part).hostname if "//" in part else part.split(":")[0])
                         or "")
    return tuple(h.lower() for h in hosts if h)
