"""Capture every fetched response into WARC files (archive.warc) before anything uses it."""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from archive.db import default_path
from archive.warc import Capture, CaptureWriter, Fetched, payload_digest
from crawler.browser_session import BrowserPage
from crawler.failures import Refused

logger = logging.getLogger(__name__)

# Sent by the archive pipeline before it commits rows that point at captures: the captures
# reach the disk first.
capture_sync = object()
# Request headers whose values never go into a capture (credentials).
REDACTED_HEADERS: frozenset[str] = frozenset({"authorization", "proxy-authorization", "cookie"})


def warc_dir(settings_value: str | None, db_path: str) -> Path:
    """WARC_DIR, else a `warc` folder beside the archive."""
    return Path(settings_value) if settings_value else Path(db_path).resolve().parent / "warc"


class WarcCaptureMiddleware:
    """Downloader middleware: writes request/response (or revisit) records for every response.

    It sits outside HttpCompressionMiddleware, so payloads are kept as received; the record's
    location goes to `response.meta["capture"]` for the article row. Settings: WARC_ENABLED,
    WARC_DIR, WARC_MAX_SIZE.
    """

    def __init__(self, crawler: Crawler, directory: Path, max_bytes: int) -> None:
        self.crawler = crawler
        self.directory = directory
        self.max_bytes = max_bytes
        self.writer: CaptureWriter | None = None
        self.failed = False  # a write failed (disk full ...): nothing more is captured
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.sync, signal=capture_sync)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        settings = crawler.settings
        if not settings.getbool("WARC_ENABLED"):
            raise NotConfigured("WARC_ENABLED is off: responses are not captured")
        directory = warc_dir(settings.get("WARC_DIR"), default_path(settings.get("ARCHIVE_DB")))
        return cls(crawler, directory, settings.getint("WARC_MAX_SIZE"))

    def spider_opened(self, spider: Spider) -> None:
        self.writer = CaptureWriter(self.directory, spider.name, self.max_bytes)

    def spider_closed(self, spider: Spider) -> None:
        if self.writer is not None:
            try:
                self.writer.close()
            except OSError as error:
                logger.error("Cannot close the WARC file in %s: %s", self.directory, error)

    def sync(self) -> OSError | None:
        """Force written captures to disk; the error (returned, not raised) when it fails."""
        if self.writer is None:
            return None
        try:
            self.writer.sync()
        except OSError as error:
            self._failed(error)
            return error
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if self.writer is None:
            return response
        if self.failed:
            raise Refused("capture_failed", "WARC captures cannot be written")
        page = request.meta.pop("browser_page", None)
        if page is not None:
            return self._browser_page(request, response, page)
        fetched = Fetched(
            url=response.url, method=request.method,
            request_headers=_pairs(request.headers, REDACTED_HEADERS), status=response.status,
            response_headers=_pairs(response.headers), body=response.body)
        try:
            request.meta["capture"] = self._write(fetched, request.meta.get("revisit_of"))
        except OSError as error:
            # Nothing may be stored without its capture: stop the run, drop this response.
            self._failed(error)
            raise Refused("capture_failed", f"capture failed: {error}") from error
        return response

    def _browser_page(self, request: Request, response: Response,
                      page: BrowserPage) -> Response:
        """What the browser received, as response records; the DOM it rendered (what
        extraction reads) as a conversion record referring to the document's response."""
        try:
            request.meta["capture"] = self._write_page(page, response)
        except OSError as error:
            self._failed(error)
            raise Refused("capture_failed", f"capture failed: {error}") from error
        return response

    def _write_page(self, page: BrowserPage, response: Response) -> Capture | None:
        assert self.writer is not None
        stats = self.crawler.stats
        document: Capture | None = None
        for exchange in page.exchanges:
            if not exchange.complete:  # no body to keep: counted as browser/uncaptured
                continue
            capture = self.writer.write_response(Fetched(
                url=exchange.url, method=exchange.method,
                request_headers=[(k, "[redacted]" if k.lower() in REDACTED_HEADERS else v)
                                 for k, v in exchange.request_headers],
                status=exchange.status, response_headers=exchange.headers,
                body=exchange.body))
            stats.inc_value("warc/response_records")
            if exchange is page.document:
                document = capture
        if page.dom is None:
            return document
        stats.inc_value("warc/conversion_records")
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        return self.writer.write_conversion(response.url, response.body, content_type,
                                            document)

    def _failed(self, error: OSError) -> None:
        self.crawler.stats.inc_value("warc/errors")
        if self.failed:
            return
        self.failed = True
        logger.error("Cannot write WARC capture in %s: %s; stopping", self.directory, error)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="capture_failed"))

    def _write(self, fetched: Fetched, revisit_of: tuple[str, str, str] | None) -> object:
        stats = self.crawler.stats
        assert self.writer is not None
        if revisit_of is not None:
            digest, url, date = revisit_of
            if fetched.status == 304 or (fetched.status == 200 and
                                         payload_digest(fetched.body) == digest):
                stats.inc_value("warc/revisit_records")
                return self.writer.write_revisit(fetched, digest, url, date,
                                                 not_modified=fetched.status == 304)
        stats.inc_value("warc/response_records")
        return self.writer.write_response(fetched)


def _pairs(headers: object, redacted: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    pairs = [(name.decode("latin-1"), value.decode("latin-1"))
             for name, values in headers.items() for value in values]  # type: ignore[attr-defined]
    return [(name, "[redacted]" if name.lower() in redacted else value) for name, value in pairs]
