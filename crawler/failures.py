"""Name why a request failed, for counting failures by reason."""

from __future__ import annotations

from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError, TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed

_REASONS: tuple[tuple[type[BaseException], str], ...] = (
    (DNSLookupError, "dns"),
    (TimeoutError, "timeout"),
    (TCPTimedOutError, "timeout"),
    (ConnectionRefusedError, "connection_refused"),
    (ConnectionLost, "connection_lost"),
    (ResponseFailed, "connection_lost"),
)


def failure_reason(failure: Failure) -> str:
    """A short reason: http_<status>, dns, timeout, connection_refused, ... or the type name."""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    for error, reason in _REASONS:
        if failure.check(error):
            return reason
    return failure.type.__name__ if failure.type else "unknown"
