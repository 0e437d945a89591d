"""Name why a request failed, for counting failures by reason."""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError, DownloadCancelledError, DownloadConnectionRefusedError,
    DownloadFailedError, DownloadTimeoutError, IgnoreRequest, ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

# Scrapy 2.19 wraps Twisted's errors in its own; both are named, the Scrapy ones first.
_REASONS: tuple[tuple[type[BaseException], str], ...] = (
    (CannotResolveHostError, "dns"),
    (DNSLookupError, "dns"),
    (DownloadTimeoutError, "timeout"),
    (TimeoutError, "timeout"),
    (TCPTimedOutError, "timeout"),
    (DownloadConnectionRefusedError, "connection_refused"),
    (ConnectionRefusedError, "connection_refused"),
    (ResponseDataLossError, "truncated"),
    (DownloadFailedError, "connection_lost"),
    (ConnectionLost, "connection_lost"),
    (ResponseFailed, "connection_lost"),
    (UnsupportedURLSchemeError, "scheme"),
    # The HTTP handler cancels a download only when it passes DOWNLOAD_MAXSIZE (a timeout is
    # DownloadTimeoutError), and the over-size body may come without a message.
    (DownloadCancelledError, "too_large"),
)
# IgnoreRequest carries its reason only in its message (Scrapy's own middlewares).
_IGNORED: tuple[tuple[str, str], ...] = (
    ("DOWNLOAD_MAXSIZE", "too_large"),
    ("download max size", "too_large"),
    ("robots.txt", "robots"),
    ("Filtered offsite request", "offsite"),
    ("max redirections reached", "redirect_loop"),
)


def failure_reason(failure: Failure) -> str:
    """A short reason: http_<status>, dns, timeout, connection_refused, ... or the type name."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    reason = getattr(failure.value, "reason", None)
    if failure.check(IgnoreRequest) and isinstance(reason, str):
        return reason  # our own refusals (redirect guard, capture) name their reason
    for error, name in _REASONS:
        if failure.check(error):
            return name
    if failure.check(IgnoreRequest):
        message = str(failure.value)
        return next((name for text, name in _IGNORED if text in message), "ignored")
    return failure.type.__name__ if failure.type else "unknown"


class Refused(IgnoreRequest):
    """A request this crawler refuses to make or finish; `reason` is what gets counted."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
