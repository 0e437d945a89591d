"""When to try again an article URL that gave no article, by what it gave (data)."""

from __future__ import annotations

from datetime import datetime, timedelta

# Hours before a URL with this outcome is fetched again; None: never (it will not change).
# The wait doubles with every further attempt, up to MAX_RETRY_HOURS.
RETRY_HOURS: dict[str, float | None] = {
    "not_html": None, "language": None, "not_article": None, "http_410": None,
    "redirect_elsewhere": None, "redirect": 7 * 24,
    "http_404": 24, "not_found": 24, "empty": 6, "blocked": 1, "login_wall": 24,
    "offsite": None, "robots": 24, "redirect_loop": 24, "too_large": 24,
}
DEFAULT_RETRY_HOURS = 1.0  # server errors, timeouts, DNS and other failures
MAX_RETRY_HOURS = 7 * 24.0


def retry_after(outcome: str, attempts: int, now: datetime) -> str | None:
    """ISO time from which the URL may be fetched again, or None for never."""
    hours = RETRY_HOURS.get(outcome, DEFAULT_RETRY_HOURS)
    if hours is None:
        return None
    wait = min(hours * 2 ** max(0, attempts - 1), MAX_RETRY_HOURS)
    return (now + timedelta(hours=wait)).isoformat(timespec="seconds")
