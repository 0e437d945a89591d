"""The browser fetch's parts alone: the session's failure paths (timeout, launch failure,
missing Chromium, a browser gone mid-crawl), the policy's choices, conversion records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from archive.warc import CaptureWriter, Fetched, read_capture
from crawler.browser_policy import BrowserPolicy, browser_mode, is_challenge_response
from crawler.browser_session import BrowserError, BrowserSession, TimedOutError
from extraction import Article
from tests.project import project_crawler
from tests.replica import ReplicaServer
from tests.replica.challenge import ChallengeGate

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")


def allow(url: str) -> str | None:
    return None


@pytest.fixture
def session():
    made: list[BrowserSession] = []

    def make(executable: str = str(CHROMIUM), timeout: float = 10.0) -> BrowserSession:
        made.append(BrowserSession(executable, "arabic-news-archive-test", timeout))
        return made[-1]

    yield make
    for each in made:
        each.close().result(timeout=30)


@needs_chromium
def test_a_challenge_is_passed_and_its_cookie_kept(session) -> None:
    with ReplicaServer(n_articles=12) as server:
        server.gate = ChallengeGate()
        page = session().fetch(server.base_url + "/", allow).result(timeout=60)
    assert page.challenged and page.passed
    assert [e.status for e in page.exchanges if e.document][-1] == 200
    assert any(c["name"] == "__ddg_clear" for c in page.cookies)
    assert page.dom is not None and "DDoS-Guard" not in page.dom


@needs_chromium
def test_a_challenge_not_passed_in_time_is_a_timeout_with_the_page(session) -> None:
    with ReplicaServer(n_articles=12) as server:
        server.gate = ChallengeGate(clears=False)
        with pytest.raises(TimedOutError) as raised:
            session(timeout=1.5).fetch(server.base_url + "/", allow).result(timeout=60)
    assert raised.value.reason == "timeout"
    assert raised.value.page.challenged and not raised.value.page.passed
    assert "DDoS-Guard" in (raised.value.page.dom or "")


@needs_chromium
def test_refused_requests_and_images_are_not_made(session) -> None:
    with ReplicaServer(n_articles=12) as server:
        spec = next(iter(server.site.articles.values()))
        page = session().fetch(server.base_url + spec.path,
                               lambda url: "offsite" if "/rss/" in url else None
                               ).result(timeout=60)
        paths = server.requested_paths()
    assert not [p for p in paths if p.startswith("/static/")]
    assert page.refused["blocked_resource"] >= 1


def test_missing_chromium_is_said_once_and_not_tried_again(session, tmp_path) -> None:
    browser = session(executable=str(tmp_path / "chromium"))
    for _ in range(2):
        with pytest.raises(BrowserError) as raised:
            browser.fetch("http://127.0.0.1:9/", allow).result(timeout=30)
        assert raised.value.reason == "chromium_missing"
        assert str(tmp_path / "chromium") in str(raised.value)
        assert "\n" not in str(raised.value)


def test_a_browser_that_does_not_start_is_a_launch_failure(session) -> None:
    with pytest.raises(BrowserError) as raised:
        session(executable="/bin/false", timeout=10).fetch("http://127.0.0.1:9/",
                                                          allow).result(timeout=60)
    assert raised.value.reason == "launch"
    assert "\n" not in str(raised.value)


@needs_chromium
def test_a_browser_gone_mid_crawl_is_a_crash_then_relaunched(session, monkeypatch) -> None:
    browser = session()
    render = BrowserSession._render

    def dies_first(self, page, url, result):  # the browser goes away while loading a page
        monkeypatch.setattr(BrowserSession, "_render", render)
        page.context.browser.close()
        return render(self, page, url, result)

    with ReplicaServer(n_articles=12) as server:
        url = server.base_url + "/"
        browser.fetch(url, allow).result(timeout=60)
        monkeypatch.setattr(BrowserSession, "_render", dies_first)
        with pytest.raises(BrowserError) as raised:
            browser.fetch(url, allow).result(timeout=60)
        assert raised.value.reason == "crash"
        assert browser.fetch(url, allow).result(timeout=60).dom  # launched again


def test_browser_fetch_modes() -> None:
    assert browser_mode(project_crawler().settings) == "off"
    with pytest.raises(ValueError, match="BROWSER_FETCH"):
        browser_mode(project_crawler(overrides={"BROWSER_FETCH": "sometimes"}).settings)
    from crawler.spiders.sites import RtarabicSpider

    assert RtarabicSpider.custom_settings["BROWSER_FETCH"] == "blocked"


URL = "https://example.com/news/1-x/"


@pytest.mark.parametrize(("mode", "status", "article", "meta", "why"), [
    ("blocked", 200, Article(url=URL, site="x", status="empty"), {}, "empty"),
    ("blocked", 503, Article(url=URL, site="x", status="blocked"), {}, "blocked"),
    ("blocked", 200, Article(url=URL, site="x", body="كلمة " * 5, word_count=5), {}, "short"),
    ("blocked", 200, Article(url=URL, site="x", body="كلمة " * 90, word_count=90), {}, None),
    ("blocked", 503, Article(url=URL, site="x", status="empty"), {}, None),
    ("blocked", 200, Article(url=URL, site="x", status="empty"), {"browser": "empty"}, None),
    ("off", 200, Article(url=URL, site="x", status="empty"), {}, None),
])
def test_which_answers_the_browser_reads_again(mode, status, article, meta, why) -> None:
    policy = BrowserPolicy(project_crawler(), mode)
    response = HtmlResponse(URL, status=status, body=b"<html></html>",
                            request=Request(URL, meta=meta))
    again = policy.again(response, article)
    assert (again.meta["browser"] if again else None) == why
    if again is not None:
        assert again.dont_filter


def test_challenge_answers_are_told_by_their_bytes() -> None:
    gate = ChallengeGate()
    page = gate.page()
    assert is_challenge_response(HtmlResponse(URL, status=503, body=page,
                                              headers={"Content-Type": "text/html"}))
    article = b"<html><head><title>DDoS-Guard</title></head><body>x</body></html>"
    assert not is_challenge_response(HtmlResponse(URL, status=404, body=article,
                                                  headers={"Content-Type": "text/html"}))


def test_a_conversion_record_is_read_back_as_the_page(tmp_path) -> None:
    writer = CaptureWriter(tmp_path, "t")
    response = writer.write_response(Fetched(URL, "GET", [], 200,
                                             [("Content-Type", "text/html")], b"<p>x</p>"))
    dom = "<html><body><p>نص</p></body></html>".encode()
    conversion = writer.write_conversion(URL, dom, "text/html; charset=utf-8", response)
    writer.close()
    record = read_capture(tmp_path, conversion.file, conversion.offset, conversion.digest)
    assert (record.status, record.body, record.url) == (200, dom, URL)
    assert record.headers == [("Content-Type", "text/html; charset=utf-8")]
    assert response.record_id and conversion.record_id != response.record_id


def test_browser_counters_reach_crawl_runs_and_the_summary() -> None:
    from archive.health import Thresholds, run_counts, run_row, summary_text

    stats = {"downloader/request_count": 10, "response_received_count": 10, "pages/ok": 10,
             "browser/fetched": 1, "browser/passed_challenge": 1,
             "browser/failed/chromium_missing": 2}
    row = run_row(run_counts(stats, "finished", 1.0, {}, {}), Thresholds(), "now")
    assert json.loads(row["browser"]) == {"failed/chromium_missing": 2, "fetched": 1,
                                          "passed_challenge": 1}
    assert "browser: failed/chromium_missing 2, fetched 1, passed_challenge 1" in \
        summary_text({**row, "id": 1, "spider": "news"})
    quiet = run_row(run_counts({"pages/ok": 1}, "finished", 1.0, {}, {}), Thresholds(), "now")
    assert quiet["browser"] is None
