"""When a page is fetched again with the headless browser (setting BROWSER_FETCH).

`off`: never. `blocked`: a challenge answer to a plain request (any request: the challenge's
clearance cookie then serves the plain requests that follow), and an article page whose body
came out empty (script fills it). `always`: every article page, and challenges as above.
The browser fetch is an ordinary Scrapy request with meta `browser` (why), so robots.txt,
delays and per-domain concurrency apply to it; crawler/browser_handler.py fetches it.
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings

from extraction import Article
from extraction.pagekind import html_is_challenge

BROWSER_MODES: tuple[str, ...] = ("off", "blocked", "always")
# Article statuses that a rendering browser may turn into an article.
RENDER_STATUSES: frozenset[str] = frozenset({"blocked", "empty"})
# An article whose body is shorter than this is read again by the browser: with its text
# container left for script to fill, extraction finds only the page's chrome (menus, share
# links) or nothing.
SHORT_BODY_WORDS = 20
# Statuses a challenge comes with (DDoS-Guard and Cloudflare use 403 and 503; some 200).
CHALLENGE_STATUSES: frozenset[int] = frozenset({200, 403, 429, 503})
# Meta of the plain attempt that means nothing for the browser's.
_ATTEMPT_META: tuple[str, ...] = ("capture", "download_latency", "download_slot",
                                  "retry_times")


def browser_mode(settings: BaseSettings) -> str:
    """BROWSER_FETCH, checked: one of BROWSER_MODES."""
    mode = str(settings.get("BROWSER_FETCH") or "off").strip().lower()
    if mode not in BROWSER_MODES:
        raise ValueError(f"BROWSER_FETCH={mode!r}: use one of {', '.join(BROWSER_MODES)}")
    return mode


def browser_request(request: Request, why: str) -> Request:
    """`request` again, for the browser: meta `browser` says why (challenge, empty, blocked,
    always)."""
    meta = {k: v for k, v in request.meta.items() if k not in _ATTEMPT_META}
    return request.replace(meta={**meta, "browser": why}, dont_filter=True)


def is_challenge_response(response: Response) -> bool:
    """A small HTML page that is a DDoS-Guard / Cloudflare challenge, judged by its bytes."""
    if response.status not in CHALLENGE_STATUSES or not isinstance(response, TextResponse):
        return False
    content_type = (response.headers.get(b"Content-Type") or b"").lower()
    if b"html" not in content_type:
        return False
    return html_is_challenge(response.text)


class BrowserPolicy:
    """The spider's side: which article requests go to the browser, and which answers are
    fetched again by it. Setting: BROWSER_FETCH."""

    def __init__(self, crawler: Crawler, mode: str) -> None:
        self.crawler = crawler
        self.mode = mode

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserPolicy:
        return cls(crawler, browser_mode(crawler.settings))

    def article_meta(self) -> dict[str, Any]:
        """Meta for a new article request: `always` sends every one to the browser."""
        return {"browser": "always"} if self.mode == "always" else {}

    def again(self, response: Response, article: Article) -> Request | None:
        """The browser request for a plain article answer that gave no article because of a
        challenge or an empty body, or a body too short to be the text (None: the answer
        stands)."""
        if self.mode == "off" or response.meta.get("browser"):
            return None
        if response.status != 200 and article.status != "blocked":
            return None  # an error page is a failed fetch, not a page to render
        if article.status in RENDER_STATUSES:
            why = article.status
        elif article.ok and article.word_count < SHORT_BODY_WORDS:
            why = "short"
        else:
            return None
        self.crawler.stats.inc_value(f"browser/requested/{why}")
        return browser_request(response.request, why)


class BrowserChallengeMiddleware:
    """Downloader middleware inside Retry (550) and RetryAfter (560): a challenge answer to a
    plain request is not retried plain but fetched again by the browser (counted as
    `browser/requested/challenge`). Off with BROWSER_FETCH=off."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BrowserChallengeMiddleware:
        if browser_mode(crawler.settings) == "off":
            raise NotConfigured("BROWSER_FETCH is off")
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("browser") or not is_challenge_response(response):
            return response
        self.crawler.stats.inc_value("browser/requested/challenge")
        return browser_request(request, "challenge")
