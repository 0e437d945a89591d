"""Issue 22, piece by piece: decoding with replacement, deep nesting, br/zstd captures,
sitemap limits, the site's port, Datasette's limits, the crawl wrapper's own run and its
one-line errors (the crawl of all of them together: tests/test_nothing_lost.py)."""

from __future__ import annotations

import asyncio
import gzip
import subprocess
import sys
import time
import zlib
from pathlib import Path

import brotli
import pytest
from backports import zstd
from scrapy import Request
from scrapy.http import Response, XmlResponse

from archive.browse import build_datasette
from archive.db import open_archive
from archive.reextract import Job, extract_job
from archive.store import start_run
from archive.warc import CaptureWriter, Fetched, iter_records, read_capture
from crawler.addresses import refusal
from crawler.discovery import read_sitemap
from crawler.pipelines import RUN_ID_STAT
from extraction import extract, get_site
from extraction.decoding import decode_page
from tests.crawls import ROOT, query
from tests.replica.faults import article_html
from tests.test_archive_lock import pipeline_for
from tests.test_fault_units import make_spider

TITLE = "موسم حصاد وفير بعد أمطار الشتاء"
PARAGRAPHS = [
    "قالت وزارة الزراعة إن موسم الحصاد هذا العام جاء أفضل من المتوقع بعد أمطار غزيرة شهدتها "
    "المناطق الشمالية خلال فصل الشتاء",
    "وأضافت الوزارة في بيان أن الإنتاج ارتفع بنسبة كبيرة مقارنة بالعام الماضي وأن الأسعار في "
    "الأسواق المحلية ستبقى مستقرة",
]
URL = "http://127.0.0.1:8999/news/1500001-x/"
SITE = get_site("rtarabic").with_base_url("http://127.0.0.1:8999")


def page() -> bytes:
    return article_html(URL, TITLE, PARAGRAPHS).encode()


# -- one bad byte ---------------------------------------------------------------------------

@pytest.mark.parametrize("content_type", ["text/html; charset=utf-8", "text/html"])
def test_one_invalid_byte_becomes_one_replacement_character(content_type: str) -> None:
    good = page()
    cut = good.index("ارتفع".encode())
    article = extract(SITE, URL, good[:cut] + b"\xff" + good[cut:], content_type)
    assert (article.status, article.language, article.decode_repaired) == ("ok", "ar", 1)
    assert article.body == "\n\n".join(PARAGRAPHS).replace("ارتفع", "\ufffdارتفع")


def test_windows_1256_declared_as_utf8_is_still_windows_1256() -> None:
    text = page().decode()
    decoded = decode_page(text.encode("cp1256"), "text/html; charset=utf-8")
    assert (decoded.text, decoded.repaired) == (text, 0)


def test_many_invalid_bytes_are_no_repair() -> None:
    """Past 1% of the non-ASCII bytes the body is not that charset (w3lib decides)."""
    good = page()
    broken = good.replace("ال".encode(), b"\xff\xfe")
    assert decode_page(broken, "text/html; charset=utf-8").repaired == 0


# -- deep nesting ---------------------------------------------------------------------------

def nested(n: int) -> bytes:
    text = "".join(f"<div><p>الفقرة رقم {i} من التقرير الطويل عن موسم الحصاد</p>"
                   for i in range(n))
    return article_html(URL, TITLE, [text]).encode()


def test_300_unclosed_divs_are_read_whole() -> None:
    article = extract(SITE, URL, nested(300), "text/html; charset=utf-8")
    assert article.status == "ok" and len(article.body.split("\n\n")) == 300


def test_nesting_past_the_parser_limit_is_truncated_never_ok() -> None:
    article = extract(SITE, URL, nested(3000), "text/html; charset=utf-8")
    assert article.status == "truncated"


# -- br and zstd captures -------------------------------------------------------------------

ENCODERS = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress,
            "zstd": zstd.compress}


@pytest.fixture
def captures(tmp_path: Path) -> tuple[Path, dict]:
    writer = CaptureWriter(tmp_path, "t")
    done = {}
    for encoding, encode in ENCODERS.items():
        headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", encoding)]
        done[encoding] = writer.write_response(
            Fetched(URL, "GET", [], 200, headers, encode(page())))
    writer.close()
    return tmp_path, done


@pytest.mark.parametrize("encoding", list(ENCODERS))
def test_every_accepted_encoding_re_extracts(captures, encoding: str) -> None:
    directory, done = captures
    capture = done[encoding]
    assert read_capture(directory, capture.file, capture.offset, capture.digest).body == page()
    result = extract_job(Job(1, "rtarabic", URL, capture.file, capture.offset, capture.digest),
                         str(directory))
    assert result.error is None and result.record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_warc_with_a_brotli_response_is_checked_and_listed(captures) -> None:
    directory, done = captures
    path = directory / done["br"].file
    kinds = [kind for kind, _url, _offset in iter_records(path)]
    assert kinds == ["warcinfo"] + ["response", "request"] * len(ENCODERS)
    ours = subprocess.run([sys.executable, "-m", "archive", "check-warc", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert ours.returncode == 0 and not ours.stderr, ours.stdout + ours.stderr


# -- sitemaps -------------------------------------------------------------------------------

NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
BOMB = (f'<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">'
        f'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><urlset xmlns="{NS}">'
        f"<url><loc>&b;</loc></url></urlset>").encode()


def test_an_entity_bomb_is_no_sitemap() -> None:
    assert read_sitemap(BOMB) is None


def sitemap_response(spider, url: str, body: bytes, depth: int = 1) -> XmlResponse:
    request = Request(url, meta={"via": "sitemap", "sitemap_depth": depth})
    return XmlResponse(url, body=body, request=request)


def test_entity_bomb_sitemaps_are_counted_invalid() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    assert list(spider.parse_sitemap(sitemap_response(
        spider, "http://127.0.0.1:8999/s.xml", BOMB))) == []
    assert spider.crawler.stats.get_value("discovery/invalid_sitemap") == 1


def index_of(*urls: str) -> bytes:
    body = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return f'<sitemapindex xmlns="{NS}">{body}</sitemapindex>'.encode()


def test_sitemap_indexes_nest_at_most_five_levels() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    body = index_of("http://127.0.0.1:8999/next.xml")
    at_four = list(spider.parse_sitemap(sitemap_response(spider, "http://127.0.0.1:8999/4.xml",
                                                         body, depth=4)))
    assert [r.meta["sitemap_depth"] for r in at_four] == [5]
    assert list(spider.parse_sitemap(sitemap_response(
        spider, "http://127.0.0.1:8999/5.xml", body, depth=5))) == []
    assert spider.crawler.stats.get_value("discovery/too_deep") == 1


def test_sitemaps_get_their_own_size_limit() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    request = spider._discovery("http://127.0.0.1:8999/sitemap.xml", spider.parse_sitemap,
                                "sitemap")
    assert request.meta["download_maxsize"] == 50 * 1024 * 1024
    assert spider.crawler.settings.getint("DOWNLOAD_MAXSIZE") == 10 * 1024 * 1024
    listing = spider._discovery("http://127.0.0.1:8999/news/", spider.parse_listing, "listing")
    assert "download_maxsize" not in listing.meta


# -- the site is scheme + host + port ------------------------------------------------------

def test_the_same_host_on_another_port_is_offsite() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    assert spider.article_id("http://127.0.0.1:8999/news/1500001-x/") == "1500001"
    assert spider.article_id("http://127.0.0.1:8998/news/1500001-x/") is None
    assert spider.article_id("https://127.0.0.1:8999/news/1500001-x/") is None
    entries = list(spider.parse_sitemap(sitemap_response(
        spider, "http://127.0.0.1:8999/sitemap.xml", index_of(
            "http://127.0.0.1:8998/s.xml", "http://127.0.0.1:8999/s.xml"))))
    assert [r.url for r in entries] == ["http://127.0.0.1:8999/s.xml"]
    assert spider.crawler.stats.get_value("discovery/offsite/sitemap") == 1
    site = "http://127.0.0.1:8999"
    assert refusal(f"{site}/a", "http://127.0.0.1:8998/b", ["127.0.0.1"], (), site) == \
        "redirect_offsite"
    assert refusal(f"{site}/a", f"{site}/b", ["127.0.0.1"], (), site) is None
    assert refusal("https://x.com/a", "https://x.com:443/b", ["x.com"], (), "https://x.com") \
        is None
    # One site over both schemes on their default ports; not on any other port.
    assert refusal("https://x.com/a", "http://x.com/b", ["x.com"], (), "https://x.com") is None
    assert refusal("https://x.com/a", "http://x.com:8080/b", ["x.com"], (),
                   "https://x.com") == "redirect_offsite"
    assert refusal("https://x.com/a", "https://x.com:8443/b", ["x.com"], (),
                   "https://x.com") == "redirect_offsite"


def test_http_links_of_an_https_site_are_the_site() -> None:
    spider = make_spider(base_url="https://arabic.rt.com")
    assert spider.article_id("http://arabic.rt.com/news/1500001-x/") == "1500001"
    assert spider.article_id("http://arabic.rt.com:8080/news/1500001-x/") is None


def test_an_article_redirect_to_another_port_goes_nowhere() -> None:
    spider = make_spider(base_url="http://127.0.0.1:8999")
    response = Response(URL, status=301,
                        headers={"Location": "http://127.0.0.1:8998/news/1500002-y/"},
                        request=Request(URL, meta={"via": "sitemap"}))
    results = spider.redirects.follow(response, spider)
    assert [r.outcome for r in results] == ["redirect_elsewhere"]


# -- Datasette ------------------------------------------------------------------------------

@pytest.fixture
def served(tmp_path: Path) -> Path:
    path = tmp_path / "a.db"
    open_archive(path).close()
    return path


def fetch(path: Path, *urls: str) -> list:
    async def run() -> list:
        datasette = build_datasette(path)
        await datasette.invoke_startup()
        return [await datasette.client.get(url) for url in urls]

    return asyncio.run(run())


def test_a_gigabyte_blob_is_refused_at_once(served: Path) -> None:
    started = time.monotonic()
    blob, = fetch(served, "/archive.json?sql=select+length(zeroblob(1000000000))")
    took = time.monotonic() - started
    print(f"zeroblob(1e9) answered in {took:.2f}s")  # measured, not asserted (17 s before)
    assert blob.status_code == 400 and "too big" in blob.json()["error"]
    fine, = fetch(served, "/archive.json?sql=select+length(zeroblob(1000000))")
    assert fine.status_code == 200


@pytest.mark.parametrize("url, message", [
    ("/-/search?q=x&page=99999999999999999999999", "is past the last page"),
    ("/-/search?q=x&page=-3", "page must be a positive whole number"),
    ("/archive/articles?_sort=nope", "Cannot sort table by nope"),
    ("/archive/articles.json?_sort_desc=nope", "Cannot sort table by nope"),
    ("/archive/articles.json?_sort=id&_sort_desc=id", "at the same time"),
])
def test_bad_requests_answer_400_with_a_message(served: Path, url: str, message: str) -> None:
    response, = fetch(served, url)
    assert response.status_code == 400 and message in response.text


def test_good_sorts_and_pages_still_answer(served: Path) -> None:
    for response in fetch(served, "/archive/articles?_sort_desc=published",
                          "/-/search?q=x&page=1"):
        assert response.status_code == 200, response.url


# -- the crawl wrapper and abandoned runs ---------------------------------------------------

def test_a_killed_run_of_any_spider_is_marked_crashed_by_the_next_crawl(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with open_archive(db) as archive:  # killed runs: another spider's, and a distributed one
        start_run(archive, "news", "example.com", "2024-01-01T00:00:00+00:00")
        start_run(archive, "rtarabic", "rtarabic", "2024-01-01T00:00:00+00:00",
                  settings={"crawl": "rtarabic/1"})
    pipeline = pipeline_for(db)
    pipeline.open_spider()
    assert pipeline.crawler.stats.get_value(RUN_ID_STAT) == 3
    pipeline.spider_closed(pipeline.crawler.spider, "finished")
    runs = query(db, "SELECT finish_reason FROM crawl_runs ORDER BY id")
    assert [r["finish_reason"] for r in runs] == ["crashed", None, "finished"]


def unwritable(tmp_path: Path) -> dict[str, Path]:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x01not a database" * 400)
    (tmp_path / "file").write_text("x")
    return {"not_a_database": garbage, "under_a_file": tmp_path / "file" / "a.db",
            "in_proc": Path("/proc/archive.db")}


@pytest.mark.parametrize("case", ["not_a_database", "under_a_file", "in_proc"])
@pytest.mark.parametrize("command", ["wrapper", "scrapy"])
def test_an_unreadable_or_unwritable_archive_ends_in_one_line(tmp_path: Path, case: str,
                                                              command: str) -> None:
    db = unwritable(tmp_path)[case]
    args = ["-a", "base_url=http://127.0.0.1:9", "-s", "UNREACHABLE_MIN_URLS=1",
            "-s", "RETRY_TIMES=0"]
    cmd = ([sys.executable, "-m", "archive", "crawl", "rtarabic", "--db", str(db), *args]
           if command == "wrapper" else
           [sys.executable, "-m", "scrapy", "crawl", "rtarabic", "-s", f"ARCHIVE_DB={db}",
            "-s", "LOG_LEVEL=ERROR", *args])
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if str(db) in line]
    assert lines and ("cannot open the archive" in lines[0] or "cannot lock" in lines[0])
    if command == "wrapper":
        assert len(done.stderr.strip().splitlines()) == 1
