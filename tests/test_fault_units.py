"""The pieces that turn faults into clear outcomes, without a crawl: failure reasons,
Retry-After, the address rule, login walls, unclosed titles, embedded text, write errors."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from lxml import html as lxml_html
from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.project import get_project_settings
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from archive.db import busy_timeout_ms, open_archive
from archive.health import Thresholds, problems
from crawler.addresses import is_private_host, refusal
from crawler.failures import Refused, failure_reason
from crawler.items import CrawledArticle, PageOutcome
from crawler.pipelines import ArchivePipeline
from crawler.retry_after import retry_after_seconds
from crawler.spiders.sites import RtarabicSpider
from extraction import extract
from extraction.document import close_title
from extraction.embedded import embedded_paragraphs
from extraction.pagekind import LOGIN_WALL_PHRASES, PAYWALL_MARKERS, is_login_wall
from extraction.record import Article
from tests.project import project_crawler
from tests.test_cron_units import counts

URL = "http://127.0.0.1:8999/news/1500001-x/"


def failed(error: BaseException) -> Failure:
    failure = Failure(error)
    failure.request = Request(URL)  # type: ignore[attr-defined]
    return failure


@pytest.mark.parametrize("error, reason", [
    (CannotResolveHostError("nonexistent.invalid"), "dns"),
    (DNSLookupError("x"), "dns"),
    (DownloadTimeoutError("took longer than 1.0 seconds"), "timeout"),
    (DownloadConnectionRefusedError(), "connection_refused"),
    (ResponseDataLossError(), "truncated"),
    (DownloadFailedError("Connection lost"), "connection_lost"),
    (DownloadCancelledError(), "too_large"),
    (UnsupportedURLSchemeError("file"), "scheme"),
    (IgnoreRequest("Forbidden by robots.txt"), "robots"),
    (IgnoreRequest("Filtered offsite request to 'x.example'"), "offsite"),
    (IgnoreRequest("max redirections reached"), "redirect_loop"),
    (IgnoreRequest("Ignored response <200 u> because its body (1 B compressed, 9 B "
                   "decompressed so far) exceeded DOWNLOAD_MAXSIZE (4 B) during "
                   "decompression."), "too_large"),
    (IgnoreRequest("something else"), "ignored"),
    (Refused("redirect_private", "no"), "redirect_private"),
    (Refused("capture_failed", "no"), "capture_failed"),
    (HttpError(Response(URL, status=429)), "http_429"),
    (ValueError("odd"), "ValueError"),
])
def test_failure_reasons(error: BaseException, reason: str) -> None:
    assert failure_reason(failed(error)) == reason


NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("value, seconds", [
    (b"120", 120.0), ("0", 0.0), (format_datetime(NOW + timedelta(seconds=30), usegmt=True), 30.0),
    (format_datetime(NOW - timedelta(hours=1), usegmt=True), 0.0), (b"soon", None), (None, None),
    (b"", None),
])
def test_retry_after_header(value: object, seconds: float | None) -> None:
    assert retry_after_seconds(value, NOW) == seconds  # type: ignore[arg-type]


@pytest.mark.parametrize("host, private", [
    ("127.0.0.1", True), ("127.0.0.2", True), ("10.1.2.3", True), ("192.168.0.10", True),
    ("172.16.5.4", True), ("169.254.169.254", True), ("0.0.0.0", True), ("::1", True),
    ("[::1]", True), ("fe80::1", True), ("::ffff:127.0.0.1", True), ("localhost", True),
    ("api.localhost", True), ("2130706433", True), ("0x7f000001", True), ("127.1", True),
    ("arabic.rt.com", False), ("8.8.8.8", False), ("2001:4860:4860::8888", False),
    ("face.de", False), ("", False), (None, False),
])
def test_private_hosts(host: str | None, private: bool) -> None:
    assert is_private_host(host) is private


@pytest.mark.parametrize("source, target, domains, public, reason", [
    # from a public site: loopback / private / link-local targets refused
    ("https://arabic.rt.com/rss/", "http://127.0.0.1:8080/rss/", ["arabic.rt.com"], (),
     "redirect_private"),
    ("https://arabic.rt.com/rss/", "http://169.254.169.254/latest/meta-data/",
     ["arabic.rt.com"], (), "redirect_private"),
    ("https://arabic.rt.com/rss/", "http://localhost/rss/", ["arabic.rt.com"], (),
     "redirect_private"),
    ("https://arabic.rt.com/rss/", "http://2130706433/", ["arabic.rt.com"], (),
     "redirect_private"),
    # a site on loopback may redirect within loopback (the replica)
    ("http://127.0.0.1:8999/rss/", "http://127.0.0.1:8999/rss/news/", ["127.0.0.1"], (), None),
    # unless it is declared public (ARCHIVE_PUBLIC_HOSTS), then only to itself
    ("http://127.0.0.1:8999/rss/", "http://127.0.0.2:8999/rss/", ["127.0.0.1"], ("127.0.0.1",),
     "redirect_private"),
    ("http://127.0.0.1:8999/rss/", "http://127.0.0.1:8999/x/", ["127.0.0.1"], ("127.0.0.1",),
     None),
    ("http://127.0.0.1:8999/rss/", "http://127.0.0.2:8999/rss/", ["127.0.0.1"], (),
     "redirect_offsite"),
    ("https://arabic.rt.com/rss/", "https://elsewhere.example/rss/", ["arabic.rt.com"], (),
     "redirect_offsite"),
    ("https://arabic.rt.com/rss/", "https://www.arabic.rt.com/rss/", ["arabic.rt.com"], (),
     None),
    ("https://arabic.rt.com/rss/", "file:///etc/passwd", ["arabic.rt.com"], (),
     "redirect_scheme"),
    ("https://arabic.rt.com/rss/", "ftp://arabic.rt.com/x", ["arabic.rt.com"], (),
     "redirect_scheme"),
    ("https://arabic.rt.com/rss/", "javascript:alert(1)", ["arabic.rt.com"], (),
     "redirect_scheme"),
])
def test_redirect_rule(source: str, target: str, domains: list[str], public: tuple,
                       reason: str | None) -> None:
    assert refusal(source, target, domains, public) == reason


def test_only_http_is_ever_fetched() -> None:
    handlers = get_project_settings().getdict("DOWNLOAD_HANDLERS")
    assert {scheme: handlers.get(scheme, "on") for scheme in ("file", "data", "s3", "ftp")} \
        == dict.fromkeys(("file", "data", "s3", "ftp"))


def _page(main: str, chrome: str = "", password: bool = True) -> tuple[str, str, bool]:
    form = '<form><input type="password"></form>' if password else ""
    raw = f"<html><body><header>{chrome}</header><div>{main}{form}</div></body></html>"
    return raw, main, password


@pytest.mark.parametrize("phrase", LOGIN_WALL_PHRASES)
def test_login_wall_phrases(phrase: str) -> None:
    assert is_login_wall("<html></html>", f"مقدمة قصيرة. {phrase} ...", True, 12)
    # the phrase without a password form, or a long article around the form, is no wall
    assert not is_login_wall("<html></html>", f"مقدمة قصيرة. {phrase} ...", False, 12)
    assert not is_login_wall("<html></html>", f"نص طويل. {phrase} ...", True, 600)


@pytest.mark.parametrize("marker", PAYWALL_MARKERS)
def test_paywall_markers(marker: str) -> None:
    raw = f"<html><body><div {marker[6:] if marker.startswith('class=') else ''}>{marker}</div>"
    assert is_login_wall(raw, "بداية التحقيق", False, 5)
    assert not is_login_wall(raw, "نص كامل", False, 900)


def test_sign_in_link_in_the_header_is_no_wall(fixtures_dir) -> None:
    from extraction.sites import get_site

    site = get_site("rtarabic")
    html = (fixtures_dir / "rtarabic" / "current_layout.html").read_text(encoding="utf-8")
    html = html.replace('<nav class="menu">', '<nav class="menu"><a href="/login">تسجيل الدخول'
                        '</a><form><input type="password"></form>', 1)
    assert extract(site, "https://arabic.rt.com/middle_east/1529876-x/", html.encode()).ok


@pytest.mark.parametrize("raw, title", [
    ("<html><head><title>خبر<meta name=x></head><body><h1>خبر</h1></body>", "خبر"),
    ("<html><head><title>خبر</title></head></html>", "خبر"),
    ("<html><head><TITLE >خبر</TITLE ></head></html>", "خبر"),
    ("<title>خبر", "خبر"),
])
def test_unclosed_title_ends_at_the_next_tag(raw: str, title: str) -> None:
    tree = lxml_html.document_fromstring(close_title(raw))
    assert tree.findtext(".//title") == title


LONG = " ".join(["كلمة"] * 30)


def test_embedded_text_from_json_ld_and_next_data() -> None:
    tree = lxml_html.document_fromstring(
        '<html><body><script id="__NEXT_DATA__" type="application/json">'
        '{"props": {"x": {"title": "قصير", "body": "<p>' + LONG + '</p><p>ثانية ' + LONG +
        '</p>"}}}</script></body></html>')
    assert embedded_paragraphs(tree, []) == [LONG, "ثانية " + LONG]
    assert embedded_paragraphs(tree, [{"articleBody": f"{LONG}\n\nفقرة {LONG}"}]) == [
        LONG, f"فقرة {LONG}"]
    assert embedded_paragraphs(tree, [{"articleBody": "قصير جدا"}]) == [LONG, "ثانية " + LONG]


@pytest.mark.parametrize("script", [
    "not json", "[" * 100_000 + "]" * 100_000, '{"body": 12}', '{"body": "قصير"}', ""])
def test_embedded_text_absent_or_broken(script: str) -> None:
    tree = lxml_html.document_fromstring(
        f'<html><body><p>x</p><script id="__NEXT_DATA__">{script}</script></body></html>')
    assert embedded_paragraphs(tree, []) == []


def test_login_walls_count_as_blocked_for_run_health() -> None:
    found = problems(counts(skipped={"login_wall": 40}, parsed=10), Thresholds())
    assert "40 of 50 article pages were challenges" in found


def test_busy_timeout_setting_then_env_then_default(monkeypatch) -> None:
    monkeypatch.delenv("ARCHIVE_BUSY_TIMEOUT_MS", raising=False)
    assert busy_timeout_ms(None) == 30_000
    monkeypatch.setenv("ARCHIVE_BUSY_TIMEOUT_MS", "1500")
    assert busy_timeout_ms(None) == 1500 and busy_timeout_ms("250") == 250


def test_a_locked_archive_is_waited_for_then_refused(tmp_path) -> None:
    path = tmp_path / "a.db"
    open_archive(path).close()
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    impatient = open_archive(path, busy_timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        impatient.execute("INSERT INTO tags (name) VALUES ('x')")
    patient = open_archive(path, busy_timeout=20_000)
    threading.Timer(0.3, lambda: holder.execute("COMMIT")).start()
    patient.execute("INSERT INTO tags (name) VALUES ('y')")  # waits for the holder's commit
    patient.conn.commit()
    assert [r[0] for r in patient.execute("SELECT name FROM tags")] == ["y"]
    for conn in (impatient, patient):
        conn.close()
    holder.close()


def _article(n: int, words: int) -> CrawledArticle:
    body = " ".join(f"كلمة{n}-{i}" for i in range(words))
    article = Article(url=f"http://127.0.0.1:1/news/{1500000 + n}-x/", site="rtarabic",
                      article_id=str(1500000 + n), title=f"عنوان {n}", body=body,
                      content_hash=f"h{n}", language="ar")
    return CrawledArticle(article=article, discovered_via="rss")


def test_disk_full_while_writing_stops_cleanly_and_keeps_whole_batches(tmp_path, caplog) -> None:
    """SQLite's own "database or disk is full" (a page cap standing for a full disk)."""
    crawler = project_crawler(RtarabicSpider, {"ARCHIVE_DB": str(tmp_path / "a.db"),
                                               "ARCHIVE_BATCH_SIZE": 2})
    crawler.spider = RtarabicSpider.from_crawler(crawler, base_url="http://127.0.0.1:1")
    crawler.stats.open_spider()
    pipeline = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for n in (1, 2):
        pipeline.process_item(_article(n, 20))
    pages = pipeline.db.execute("PRAGMA page_count").fetchone()[0]
    pipeline.db.execute(f"PRAGMA max_page_count = {pages + 3}")
    pipeline.process_item(_article(3, 20_000))
    pipeline.process_item(_article(4, 20_000))  # the batch that does not fit
    assert pipeline.write_error and "database or disk is full" in pipeline.write_error
    with pytest.raises(Exception, match="cannot be written"):
        pipeline.process_item(_article(5, 10))
    pipeline.db.execute("PRAGMA max_page_count = 1000000")
    pipeline.spider_closed(crawler.spider, "archive_write_failed")
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [r[0] for r in conn.execute("SELECT article_id FROM articles ORDER BY 1")] == [
        "1500001", "1500002"]
    status, reason, found = conn.execute(
        "SELECT status, finish_reason, problems FROM crawl_runs").fetchone()
    assert (status, reason) == ("failed", "archive_write_failed")
    assert "database or disk is full" in found
    conn.close()
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1 and "Archive write failed" in errors[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)


def make_spider(**kwargs: object) -> RtarabicSpider:
    crawler = project_crawler(RtarabicSpider)
    crawler.stats.open_spider()
    return RtarabicSpider.from_crawler(crawler, **kwargs)


def test_credentials_in_base_url_become_basic_auth_never_part_of_a_url() -> None:
    spider = make_spider(base_url="http://reader:s%40cret@127.0.0.1:8999")
    assert spider.site.base_url == "http://127.0.0.1:8999"
    assert spider.allowed_domains == ["127.0.0.1"]
    request = spider._discovery(spider.site.url("/rss/"), spider.parse_feed, "rss")
    assert request.url == "http://127.0.0.1:8999/rss/"
    assert (request.meta["http_user"], request.meta["http_pass"],
            request.meta["http_auth_domain"]) == ("reader", "s@cret", "127.0.0.1:8999")
    assert "cret" not in repr(make_spider(base_url="http://127.0.0.1:8999").auth)


def test_an_article_redirecting_to_itself_is_a_loop() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    url = "http://127.0.0.1:8999/news/1500001-x/"
    response = HtmlResponse(url, status=301, headers={"Location": url},
                            request=Request(url, meta={"via": "rss"}))
    [outcome] = list(spider.parse_article(response))
    assert isinstance(outcome, PageOutcome) and outcome.outcome == "redirect_loop"


def test_an_article_forbidden_by_robots_is_skipped_not_failed() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    [outcome] = list(spider.article_failed(failed(IgnoreRequest("Forbidden by robots.txt"))))
    assert outcome.outcome == "robots"
    stats = spider.crawler.stats.get_stats()
    assert stats.get("archive/skipped/robots") == 1 and not any(
        k.startswith("archive/failed/") for k in stats)
