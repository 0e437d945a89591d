"""A DNS resolver for test crawls: IP literals and `localhost` only; every other name fails
at once with DNSLookupError, so no test ever sends a DNS query off the machine.

Use: `-s TWISTED_DNS_RESOLVER=tests.replica.offline_dns.LoopbackOnlyResolver`.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any

from twisted.internet import defer
from twisted.internet.error import DNSLookupError
from twisted.internet.interfaces import IResolverSimple
from zope.interface import implementer


@implementer(IResolverSimple)
class LoopbackOnlyResolver:
    def __init__(self, reactor: Any) -> None:
        self.reactor = reactor

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> LoopbackOnlyResolver:
        return cls(reactor)

    def install_on_reactor(self) -> None:
        self.reactor.installResolver(self)

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred:  # noqa: N802
        if name == "localhost":
            return defer.succeed("127.0.0.1")
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return defer.fail(DNSLookupError(f"{name}: not resolved (tests stay offline)"))
        return defer.succeed(name)


@implementer(IResolverSimple)
class FlakyStartResolver(LoopbackOnlyResolver):
    """A site whose name fails to resolve at first, then answers: the first
    FLAKY_DNS_FAILURES lookups (default 4) fail with DNSLookupError; after that every name
    ending in `.test` is 127.0.0.1 (anything else as LoopbackOnlyResolver does).

    Use: `-s TWISTED_DNS_RESOLVER=tests.replica.offline_dns.FlakyStartResolver`.
    """

    def __init__(self, reactor: Any, failures: int = 4) -> None:
        super().__init__(reactor)
        self.failures = failures

    @classmethod
    def from_crawler(cls, crawler: Any, reactor: Any) -> FlakyStartResolver:
        return cls(reactor, crawler.settings.getint("FLAKY_DNS_FAILURES", 4))

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> defer.Deferred:  # noqa: N802
        if self.failures > 0:
            self.failures -= 1
            return defer.fail(DNSLookupError(f"{name}: not resolved (yet)"))
        if name.endswith(".test"):
            return defer.succeed("127.0.0.1")
        return super().getHostByName(name, timeout)
