"""Headless Chromium driven by Playwright's sync API in one thread of its own.

One browser per crawl, launched at the first page that needs it; one browser context (cookie
store) per host, kept for the crawl so a challenge passed once stays passed. Pages are
fetched one at a time (a single thread), every request the page makes is checked by the
caller's `refuse` rule, and images, media and fonts are never fetched. No Scrapy here: the
download handler (crawler/browser_handler.py) runs this from the reactor.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extraction.pagekind import html_is_challenge

# Never fetched by the browser: the text is what is archived (and what costs least).
BLOCKED_RESOURCES: frozenset[str] = frozenset({"image", "media", "font"})
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-dev-shm-usage")
# After the page's load event, how long it may keep the network busy (script filling it).
SETTLE_S = 2.0
_POLL_MS = 100
# The browser hands bodies over decoded: headers about the transfer encoding no longer hold.
_DECODED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class BrowserError(Exception):
    """The browser could not give a page; `reason` is counted (`browser/failed/<reason>`)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Exchange:
    """One response the browser received, with the request that asked for it."""

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    document: bool  # the page's own document (a navigation), not a sub-resource
    complete: bool = True  # False: gone (a navigation) before its body could be read


@dataclass
class BrowserPage:
    """What one browser fetch gave: the page as rendered, and everything it received."""

    url: str  # where the page ended
    dom: str | None  # the rendered DOM (None: the document is no HTML; its body is the page)
    exchanges: list[Exchange] = field(default_factory=list)
    cookies: list[dict[str, Any]] = field(default_factory=list)
    challenged: bool = False  # a challenge page was seen on the way
    passed: bool = True  # False: still a challenge when the time ran out
    refused: Counter[str] = field(default_factory=Counter)  # requests not made, by reason
    uncaptured: int = 0  # responses gone (a navigation) before their body could be read

    @property
    def document(self) -> Exchange | None:
        """The last document response (the one the DOM was built from)."""
        return next((e for e in reversed(self.exchanges) if e.document), None)


class BrowserSession:
    """`fetch(url, ...)` returns a Future of a BrowserPage (or BrowserError) from the thread."""

    def __init__(self, executable: str, user_agent: str, timeout_s: float) -> None:
        self.executable = executable
        self.user_agent = user_agent
        self.timeout_s = timeout_s
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="browser")
        self._playwright: Any = None
        self._browser: Any = None
        self._contexts: dict[str, Any] = {}
        self.unavailable: BrowserError | None = None  # set once: not tried again this run

    def fetch(self, url: str, refuse: Callable[[str], str | None]) -> Future[BrowserPage]:
        return self._thread.submit(self._fetch, url, refuse)

    def close(self) -> Future[None]:
        future = self._thread.submit(self._close)
        self._thread.shutdown(wait=False)
        return future

    def _launch(self) -> Any:
        if self.unavailable is not None:
            raise self.unavailable
        if self._browser is not None and self._browser.is_connected():
            return self._browser
        self._browser = None
        self._contexts.clear()
        if not Path(self.executable).exists():
            self.unavailable = BrowserError(
                "chromium_missing", f"no Chromium at {self.executable} (apt-get install "
                "chromium, or set BROWSER_EXECUTABLE); pages behind a challenge stay blocked")
            raise self.unavailable
        try:
            from playwright.sync_api import Error, sync_playwright
        except ImportError as error:
            self.unavailable = BrowserError("playwright_missing", f"Playwright: {error}")
            raise self.unavailable from error
        try:
            if self._playwright is None:
                self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=self.executable, args=list(CHROMIUM_ARGS),
                timeout=self.timeout_s * 1000)
        except Error as error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else "?"
            self.unavailable = BrowserError("launch", f"Chromium did not start: {first}")
            raise self.unavailable from error
        return self._browser

    def _context(self, host: str) -> Any:
        context = self._contexts.get(host)
        if context is None:
            context = self._launch().new_context(user_agent=self.user_agent,
                                                  java_script_enabled=True)
            self._contexts[host] = context
        return context

    def _fetch(self, url: str, refuse: Callable[[str], str | None]) -> BrowserPage:
        from playwright.sync_api import Error

        host = urlsplit(url).netloc
        self._launch()
        try:
            page = self._context(host).new_page()
        except Error as error:
            self._lost()
            raise BrowserError("crash", f"browser gone: {_first_line(error)}") from error
        result = BrowserPage(url=url, dom=None)
        try:
            _watch(page, result, refuse)
            self._render(page, url, result)
            result.cookies = page.context.cookies(page.url)
        except BrowserError:
            raise
        except Error as error:
            if not self._browser.is_connected() or "closed" in str(error):
                self._lost()
                raise BrowserError("crash", f"browser gone: {_first_line(error)}") from error
            raise BrowserError("error", _first_line(error)) from error
        finally:
            with contextlib.suppress(Error):
                page.close()
        return result

    def _render(self, page: Any, url: str, result: BrowserPage) -> None:
        """Load `url`, wait out a challenge (its script sets a cookie and reloads) and the
        page's own script, within timeout_s."""
        from playwright.sync_api import Error, TimeoutError

        deadline = time.monotonic() + self.timeout_s
        try:
            page.goto(url, wait_until="load", timeout=self.timeout_s * 1000)
        except TimeoutError as error:
            if result.document is None:
                raise BrowserError("timeout", f"no page within {self.timeout_s:g} s") from error
        while True:
            html = _content(page)
            if html is not None and not html_is_challenge(html):
                break
            if html is not None:
                result.challenged = True
            if time.monotonic() >= deadline:
                result.passed = False  # still the challenge, or still reloading it
                break
            page.wait_for_timeout(_POLL_MS)
        remaining_ms = (deadline - time.monotonic()) * 1000
        if remaining_ms >= 1:  # (a timeout of 0 is none at all)
            with contextlib.suppress(Error):  # a page that keeps polling is read as it is
                page.wait_for_load_state("networkidle", timeout=min(SETTLE_S * 1000,
                                                                    remaining_ms))
        result.url = page.url
        result.challenged = result.challenged or _challenged_on_the_way(result.exchanges)
        document = result.document
        html_document = document is None or "html" in _header(document.headers,
                                                               "content-type", "text/html")
        result.dom = _content(page, tries=20) if html_document else None
        if not result.passed:
            raise TimedOutError(result)

    def _lost(self) -> None:
        self._browser = None
        self._contexts.clear()

    def _close(self) -> None:
        for context in self._contexts.values():
            with contextlib.suppress(Exception):  # closing what may already be gone
                context.close()
        self._contexts.clear()
        if self._browser is not None:
            with contextlib.suppress(Exception):
                self._browser.close()
            self._browser = None
        if self._playwright is not None:
            self._playwright.stop()
            self._playwright = None


class TimedOutError(BrowserError):
    """Still a challenge when BROWSER_TIMEOUT ran out: the page (the challenge) comes along."""

    def __init__(self, page: BrowserPage) -> None:
        super().__init__("timeout", "still a challenge when the time ran out")
        self.page = page


def _watch(page: Any, result: BrowserPage, refuse: Callable[[str], str | None]) -> None:
    """Refuse what must not be fetched; record every response received, body included."""

    def route(route: Any) -> None:
        request = route.request
        reason = "blocked_resource" if request.resource_type in BLOCKED_RESOURCES \
            else refuse(request.url)
        if reason is None:
            route.continue_()
            return
        result.refused[reason] += 1
        route.abort("blockedbyclient")

    def response(response: Any) -> None:
        request = response.request
        complete = True
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 - gone with a navigation before it could be read
            body, complete = b"", False
            result.uncaptured += 1
        result.exchanges.append(Exchange(
            url=response.url, method=request.method,
            request_headers=list(request.headers.items()), status=response.status,
            headers=[(h["name"], h["value"]) for h in response.headers_array()
                     if h["name"].lower() not in _DECODED_HEADERS], body=body,
            document=request.is_navigation_request() and request.frame == page.main_frame,
            complete=complete))

    page.route("**/*", route)
    page.on("response", response)


def _content(page: Any, tries: int = 1) -> str | None:
    """The page's DOM as HTML; None while it navigates (a challenge reloading)."""
    from playwright.sync_api import Error

    for _ in range(tries):
        try:
            return page.content()
        except Error:
            page.wait_for_timeout(_POLL_MS)
    return None


def _challenged_on_the_way(exchanges: list[Exchange]) -> bool:
    """A document before the last one was a challenge (the poll may have missed it)."""
    documents = [e for e in exchanges if e.document][:-1]
    return any(html_is_challenge(e.body.decode("utf-8", "replace")) if e.complete
               else e.status in (403, 429, 503) for e in documents)


def _header(headers: list[tuple[str, str]], name: str, default: str) -> str:
    return next((v for k, v in headers if k.lower() == name), default).lower()


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
