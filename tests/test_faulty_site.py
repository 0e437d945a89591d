"""A site gone bad, crawled once: every broken page of the issue at an article URL of the
replica, each with its expected outcome. Charsets, network faults, sizes, wrong content,
article redirects, walls, hard pages and hostile content (README: "What happens when ...")."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import pytest

from archive.browse import build_datasette
from tests.crawls import ROOT, HighWater, Result, crawl, integrity, query
from tests.replica import ReplicaServer
from tests.replica.faults import (
    JPEG,
    PNG,
    Sequenced,
    article_html,
    gzip_bomb,
    json_route,
)
from tests.replica.site import Route

N_ARTICLES = 48
MAX_SIZE = 4 * 1024 * 1024
RETRY_AFTER = 2
# A crawler that inflated the gzip bomb, or held an oversized page, would pass this by far.
BOMB_INFLATED = 512 * 1024 * 1024
PEAK_RSS_CEILING_MB = 400
HTML = {"Content-Type": "text/html; charset=utf-8"}

ISO_TITLE = "موسم حصاد وفير بعد أمطار الشتاء"
ISO_PARAGRAPHS = [
    "قالت وزارة الزراعة إن موسم الحصاد هذا العام جاء أفضل من المتوقع بعد أمطار غزيرة شهدتها "
    "المناطق الشمالية خلال فصل الشتاء",
    "وأضافت الوزارة في بيان أن الإنتاج ارتفع بنسبة كبيرة مقارنة بالعام الماضي وأن الأسعار في "
    "الأسواق المحلية ستبقى مستقرة",
    "ويعمل المزارعون على تخزين المحصول في صوامع جديدة بنتها الحكومة بالتعاون مع منظمات دولية "
    "لدعم الأمن الغذائي",
]
PERSIAN = [
    "خبرگزاری‌ها گزارش دادند که نشست وزیران خارجه کشورهای منطقه روز یکشنبه در تهران برگزار "
    "می‌شود و گفت‌وگو درباره همکاری اقتصادی ادامه خواهد یافت.",
    "به گفته یک مقام آگاه، این نشست با حضور نمایندگان چند کشور همسایه برگزار می‌شود و موضوع "
    "اصلی آن گسترش تجارت و حمل و نقل است.",
]
HOSTILE_TITLE = "<b>عنوان</b> خبر عن الأمن الرقمي"
HOSTILE_PARAGRAPHS_HTML = [
    'نص أول عن حماية المواقع <script>alert(1)</script> يتبع في الفقرة',
    '<span onclick="alert(2)">نص ثان عن الثغرات</span> <iframe src="javascript:alert(3)">'
    '</iframe> بعده كلام',
    "نص ثالث يقول " + escape('<script>alert("x")</script>') + " كما هو مكتوب",
    '<img src="x" onerror="alert(4)">وهذا نص رابع عن البرمجيات الخبيثة وطرق الوقاية منها',
    "وقال خبراء أمن المعلومات إن المواقع الإخبارية تتعرض يوميا لمحاولات اختراق متكررة تستهدف "
    "قواعد بياناتها وحسابات محرريها",
]
HOSTILE_PARAGRAPHS = [
    "نص أول عن حماية المواقع يتبع في الفقرة", "نص ثان عن الثغرات بعده كلام",
    'نص ثالث يقول <script>alert("x")</script> كما هو مكتوب',
    "وهذا نص رابع عن البرمجيات الخبيثة وطرق الوقاية منها", HOSTILE_PARAGRAPHS_HTML[4],
]
# A URL with quotes, markup characters and Arabic, linked from /news/.
ODD_PATH = "/news/1599100-\"quote'-<x>-عنوان/"
BIG_PARAGRAPH = ("وأكد المتحدث أن الحكومة ماضية في تنفيذ خطتها الاقتصادية الشاملة "
                 * 12_000).strip()


@dataclass
class Case:
    """One broken page: where it is and what must become of it."""

    name: str
    path: str
    outcome: str  # "stored" or the url_outcomes outcome
    kind: str = "skipped"  # skipped | failed (for stored: unused)
    title: str | None = None
    body: str | None = None
    url: str = ""


@dataclass
class Crawled:
    server: ReplicaServer
    other: ReplicaServer
    db: Path
    result: Result
    cases: dict[str, Case] = field(default_factory=dict)


def _decode(path: str) -> str:
    return unquote(urlsplit(path).path)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Crawled:
    with ReplicaServer(n_articles=N_ARTICLES) as server, \
            ReplicaServer(n_articles=12, host="127.0.0.2") as other:
        site = server.site
        usable = iter(aid for aid in sorted(site.articles)
                      if site.articles[aid].encoding == "utf-8"
                      and site.articles[aid].path not in site.redirects.values())
        cases: dict[str, Case] = {}
        plan: dict[str, list] = {}

        def add(name: str, outcome: str, routes: list, kind: str = "skipped", *,
                expected_from_site: bool = False, title: str | None = None,
                body: str | None = None, path: str | None = None) -> str:
            aid = next(usable) if path is None else next(
                (a for a, spec in site.articles.items() if spec.path == path), None)
            path = path or site.articles[aid].path
            if expected_from_site:
                want = site.expected[aid]
                title, body = want["title"], want["body"]
            cases[name] = Case(name, path, outcome, kind, title, body, site.url(path))
            plan[path] = routes
            return path

        def page_of(path: str) -> str:
            return site.lookup(path).body.decode("utf-8")

        # -- charsets: the replica's own text, re-encoded, must come back exactly ----------
        for name, charset, header, encoding in (
                ("meta_only_1256", '<meta http-equiv="Content-Type" content="text/html; '
                 'charset=windows-1256">', "text/html", "cp1256"),
                ("no_declaration_1256", "", "text/html", "cp1256"),
                ("header_utf8_body_1256", "", "text/html; charset=utf-8", "cp1256"),
                ("header_1256_body_utf8", "", "text/html; charset=windows-1256", "utf-8")):
            aid = next(usable)
            path = site.articles[aid].path
            html = site.lookup(path).body.decode("utf-8").replace('<meta charset="utf-8">',
                                                                   charset)
            want = site.expected[aid]
            cases[name] = Case(name, path, "stored", title=want["title"], body=want["body"],
                               url=site.url(path))
            plan[path] = [Route(200, {"Content-Type": header}, html.encode(encoding))]
        iso_path = site.articles[next(usable)].path
        cases["iso_8859_6_header"] = Case("iso_8859_6_header", iso_path, "stored",
                                          title=ISO_TITLE, body="\n\n".join(ISO_PARAGRAPHS),
                                          url=site.url(iso_path))
        plan[iso_path] = [Route(200, {"Content-Type": "text/html; charset=ISO-8859-6"},
                                article_html(site.url(iso_path), ISO_TITLE, ISO_PARAGRAPHS,
                                             charset="").encode("iso-8859-6"))]

        # -- network: retried, then counted; or retried into success ---------------------
        for name, fault, reason in (("truncated", "truncate", "truncated"),
                                    ("connection_reset", "reset", "connection_lost"),
                                    ("timeout", "hang", "timeout")):
            aid = next(usable)
            page = site.lookup(site.articles[aid].path)
            add(name, reason, [Route(200, page.headers, page.body, fault=fault)], "failed",
                path=site.articles[aid].path)
        for name, status, headers in (
                ("500_then_ok", 500, {}), ("503_then_ok", 503, {}),
                ("429_retry_after", 429, {"Retry-After": str(RETRY_AFTER)})):
            aid = next(usable)
            page = site.lookup(site.articles[aid].path)
            want = site.expected[aid]
            path = site.articles[aid].path
            cases[name] = Case(name, path, "stored", title=want["title"], body=want["body"],
                               url=site.url(path))
            plan[path] = [Route(status, {**HTML, **headers}, b"<h1>busy</h1>"), page]

        # -- size: never held whole in memory, counted ---------------------------------------
        big = b"<html><body><p>" + b"x " * (3 * 1024 * 1024) + b"</p></body></html>"
        add("too_large", "too_large", [Route(200, HTML, big)], "failed")
        add("too_large_unsized", "too_large", [Route(200, HTML, big, fault="unsized")],
            "failed")
        add("gzip_bomb", "too_large", [Route(200, {**HTML, "Content-Encoding": "gzip"},
                                             gzip_bomb(BOMB_INFLATED))], "failed")

        # -- wrong content at an article URL --------------------------------------------------
        add("png", "not_html", [Route(200, {"Content-Type": "image/png"}, PNG)])
        add("jpeg", "not_html", [Route(200, {"Content-Type": "image/jpeg"}, JPEG)])
        add("json", "not_html", [json_route({"id": 1, "title": "خبر"})])
        add("json_as_html", "not_html", [Route(200, HTML, b'{"title": "\\u062e\\u0628\\u0631"}')])

        # -- article redirects ------------------------------------------------------------------
        self_loop = add("redirect_to_itself", "redirect_loop", [])
        plan[self_loop] = [Route(301, {"Location": site.url(self_loop)})]
        loop_a = add("redirect_loop", "redirect", [])
        loop_b = "/news/1599200-loop/"
        plan[loop_a] = [Route(301, {"Location": site.url(loop_b)})]
        plan[loop_b] = [Route(302, {"Location": site.url(loop_a)})]
        cases["redirect_loop_back"] = Case("redirect_loop_back", loop_b, "redirect_loop",
                                           url=site.url(loop_b))
        add("redirect_other_domain", "redirect_elsewhere",
            [Route(301, {"Location": f"{other.base_url}/news/1500001-x/"})])
        add("redirect_file_scheme", "redirect_elsewhere",
            [Route(302, {"Location": "file:///etc/passwd"})])

        # -- not articles -----------------------------------------------------------------------
        cloudflare = (ROOT / "tests/fixtures/rtarabic/cloudflare_challenge.html").read_bytes()
        add("cloudflare_503", "blocked", [Route(503, HTML, cloudflare)])
        add("cloudflare_200", "blocked", [Route(200, HTML, cloudflare)])
        path = next_free(usable, site)
        add("login_wall_password", "login_wall", [Route(200, HTML, article_html(
            site.url(path), "تقرير خاص للمشتركين", ["مقدمة قصيرة من التقرير الخاص"],
            body='<div class="wall"><p>يرجى تسجيل الدخول لمتابعة قراءة المقال</p>'
                 '<form method="post" action="/login"><input type="email" name="u">'
                 '<input type="password" name="p"><button>دخول</button></form></div>'
        ).encode())], path=path)
        path = next_free(usable, site)
        add("login_wall_401", "login_wall", [Route(401, HTML, article_html(
            site.url(path), "Members only", ["A short teaser."], lang="en",
            body='<form><p>Sign in to continue reading</p><input type="password"></form>'
        ).encode())], path=path)
        path = next_free(usable, site)
        add("paywall", "login_wall", [Route(200, HTML, article_html(
            site.url(path), "تحقيق حصري", ["بداية التحقيق الحصري فقط"],
            head='<script type="application/ld+json">{"@type": "NewsArticle", '
                 '"isAccessibleForFree": false}</script>',
            body='<div class="paywall">اشترك لقراءة المقال كاملا</div>').encode())], path=path)

        # -- hard pages ------------------------------------------------------------------------
        path = next_free(usable, site)
        html = page_of(path)
        html = html.replace("</p>", "").replace("<head>", "<head></div></span>", 1)
        html = html.replace('class="heading"', "class=heading").rstrip().removesuffix("</html>")
        add("malformed", "stored", [Route(200, HTML, html.encode())], expected_from_site=True,
            path=path)
        path = next_free(usable, site)
        html = re.sub(r"</title>", "", page_of(path), count=1)
        add("unclosed_title", "stored", [Route(200, HTML, html.encode())],
            expected_from_site=True, path=path)
        path = next_free(usable, site)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ISO_TITLE,
              "articleBody": "\n".join(ISO_PARAGRAPHS)}
        add("json_ld_only", "stored", [Route(200, HTML, (
            f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{ISO_TITLE}'
            f'</title><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}'
            '</script></head><body><div id="app"></div></body></html>').encode())],
            title=ISO_TITLE, body="\n\n".join(ISO_PARAGRAPHS), path=path)
        path = next_free(usable, site)
        data = {"props": {"pageProps": {"article": {
            "title": ISO_TITLE, "body": "".join(f"<p>{p}</p>" for p in ISO_PARAGRAPHS)}}}}
        add("next_data_only", "stored", [Route(200, HTML, (
            f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{ISO_TITLE}'
            '</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" '
            f'type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'
            '</body></html>').encode())],
            title=ISO_TITLE, body="\n\n".join(ISO_PARAGRAPHS), path=path)
        add("empty_body", "empty", [Route(200, HTML, b"")])
        path = next_free(usable, site)
        add("persian", "language", [Route(200, HTML, article_html(
            site.url(path), "نشست وزیران خارجه در تهران", PERSIAN, lang="fa").encode())],
            path=path)

        # -- hostile content -----------------------------------------------------------------------
        path = next_free(usable, site)
        add("hostile_markup", "stored", [Route(200, HTML, article_html(
            site.url(path), HOSTILE_TITLE, HOSTILE_PARAGRAPHS_HTML,
            raw_title=escape(HOSTILE_TITLE)).encode())],
            title=HOSTILE_TITLE, body="\n\n".join(HOSTILE_PARAGRAPHS), path=path)
        path = next_free(usable, site)
        add("one_mb_paragraph", "stored", [Route(200, HTML, article_html(
            site.url(path), "فقرة واحدة طويلة جدا", [BIG_PARAGRAPH]).encode())],
            title="فقرة واحدة طويلة جدا", body=BIG_PARAGRAPH, path=path)
        odd_url = site.url(quote(ODD_PATH, safe="/'"))
        cases["odd_url"] = Case("odd_url", ODD_PATH, "stored", title=HOSTILE_TITLE,
                                body="\n\n".join(HOSTILE_PARAGRAPHS), url=odd_url)
        plan[ODD_PATH] = [Route(200, HTML, article_html(
            odd_url, HOSTILE_TITLE, HOSTILE_PARAGRAPHS_HTML,
            raw_title=escape(HOSTILE_TITLE)).encode())]
        listing = site.lookup("/news/").body.decode("utf-8").replace(
            "</body>", f'<a class="heading" href="{escape(ODD_PATH)}">رابط غريب</a></body>')
        plan["/news/"] = [Route(200, HTML, listing.encode())]

        server.override = Sequenced(plan)
        server.hang = 3.0
        db = tmp_path_factory.mktemp("faulty") / "a.db"
        result = crawl(server.base_url, db, "-s", "DOWNLOAD_TIMEOUT=1",
                       "-s", f"DOWNLOAD_MAXSIZE={MAX_SIZE}", "-s", "DOWNLOAD_WARNSIZE=0")
        yield Crawled(server, other, db, result, cases)


def next_free(usable, site) -> str:
    return site.articles[next(usable)].path


def stored_by_path(db: Path) -> dict[str, dict]:
    return {_decode(row["url"]): row for row in query(db, "SELECT * FROM articles")}


def outcomes_by_path(db: Path) -> dict[str, str]:
    return {_decode(row["url"]): row["outcome"] for row in query(db, "SELECT * FROM url_outcomes")}


def test_the_run_goes_on_and_ends_cleanly(crawled: Crawled) -> None:
    result = crawled.result
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "Traceback" not in result.stderr and "Traceback" not in result.log
    assert integrity(crawled.db) == "ok"
    run = query(crawled.db, "SELECT * FROM crawl_runs")[0]
    assert (run["status"], run["finish_reason"]) == ("ok", "finished")
    assert "site unreachable" not in result.log, "a site that answers sometimes: no fail-fast"


@pytest.mark.parametrize("name", [
    "meta_only_1256", "no_declaration_1256", "iso_8859_6_header", "header_utf8_body_1256",
    "header_1256_body_utf8", "500_then_ok", "503_then_ok", "429_retry_after", "malformed",
    "unclosed_title", "json_ld_only", "next_data_only", "hostile_markup", "one_mb_paragraph",
    "odd_url"])
def test_stored_exactly(crawled: Crawled, name: str) -> None:
    case = crawled.cases[name]
    row = stored_by_path(crawled.db).get(_decode(case.path))
    assert row is not None, (name, outcomes_by_path(crawled.db).get(_decode(case.path)))
    assert (row["title"], row["body"]) == (case.title, case.body)
    assert row["language"] == "ar" and "\ufffd" not in row["title"] + row["body"]
    assert row["word_count"] == len(case.body.split())


@pytest.mark.parametrize("name", [
    "truncated", "connection_reset", "timeout", "too_large", "too_large_unsized", "gzip_bomb",
    "png", "jpeg", "json", "json_as_html", "redirect_to_itself", "redirect_loop",
    "redirect_loop_back", "redirect_other_domain", "redirect_file_scheme", "cloudflare_503",
    "cloudflare_200", "login_wall_password", "login_wall_401", "paywall", "empty_body",
    "persian"])
def test_not_stored_and_counted(crawled: Crawled, name: str) -> None:
    case = crawled.cases[name]
    assert _decode(case.path) not in stored_by_path(crawled.db)
    assert outcomes_by_path(crawled.db).get(_decode(case.path)) == case.outcome


def test_counts_by_reason(crawled: Crawled) -> None:
    run = query(crawled.db, "SELECT * FROM crawl_runs")[0]
    counted = {**json.loads(run["skipped_by_reason"]), **json.loads(run["failed_by_reason"])}
    expected: dict[str, int] = {}
    for outcome in [c.outcome for c in crawled.cases.values() if c.outcome != "stored"] + \
            list(crawled.server.site.not_articles.values()):
        expected[outcome] = expected.get(outcome, 0) + 1
    for reason in ("truncated", "connection_lost", "timeout", "too_large", "not_html",
                   "redirect_loop", "redirect_elsewhere", "blocked", "login_wall", "empty",
                   "language"):
        assert counted.get(reason) == expected[reason], reason
    assert run["articles_blocked"] == expected["blocked"] + expected["login_wall"]
    failed = json.loads(run["failed_by_reason"])
    assert "IgnoreRequest" not in failed and "CannotResolveHostError" not in failed


def test_everything_else_is_stored_whole(crawled: Crawled) -> None:
    """Nothing partial: every row is a whole article, every untouched article is there."""
    site = crawled.server.site
    touched = {_decode(c.path) for c in crawled.cases.values()}
    stored = stored_by_path(crawled.db)
    for want in site.expected.values():
        path = _decode(urlsplit(want["url"]).path)
        if path not in touched:
            assert (stored[path]["title"], stored[path]["body"]) == (want["title"], want["body"])
    expected_paths = {_decode(urlsplit(w["url"]).path) for w in site.expected.values()}
    expected_paths = (expected_paths - touched) | {
        _decode(c.path) for c in crawled.cases.values() if c.outcome == "stored"}
    assert set(stored) == expected_paths


def test_failures_were_retried_once(crawled: Crawled) -> None:
    hits = [_decode(h.path) for h in crawled.server.hits]
    for name in ("truncated", "connection_reset", "timeout", "500_then_ok", "503_then_ok",
                 "429_retry_after"):
        assert hits.count(_decode(crawled.cases[name].path)) == 2, name  # RETRY_TIMES=1
    for name in ("too_large", "png", "cloudflare_200"):
        assert hits.count(_decode(crawled.cases[name].path)) == 1, name


def test_retry_after_is_honoured(crawled: Crawled) -> None:
    path = _decode(crawled.cases["429_retry_after"].path)
    first, second = [h.at for h in crawled.server.hits if _decode(h.path) == path]
    assert second - first >= RETRY_AFTER
    assert "Waiting 2.0s (Retry-After)" in crawled.result.log


def test_memory_stays_bounded(crawled: Crawled) -> None:
    """A 512 MiB gzip bomb and 6 MiB pages against a 4 MiB DOWNLOAD_MAXSIZE."""
    assert 0 < crawled.result.peak_rss_mb < PEAK_RSS_CEILING_MB


def test_the_peak_measured_is_the_crawlers_own() -> None:
    """ru_maxrss of a child counts the parent's pages it was forked from: with 300 MiB held
    here, a child that holds 40 MiB reports over 300; its VmHWM (HighWater) does not."""
    held = bytearray(300 * 1024 * 1024)
    held[::4096] = b"\x01" * len(held[::4096])  # touch every page: resident
    child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(40 << 20); "
                              "x[::4096] = b'1' * len(x[::4096]); time.sleep(0.3)"])
    watch = HighWater(child.pid)
    _pid, _status, usage = os.wait4(child.pid, 0)
    peak_mb = watch.stop() / 1024
    del held
    assert usage.ru_maxrss / 1024 > 300  # what the test read before
    assert 40 < peak_mb < 120, peak_mb


def test_redirects_never_leave_the_site(crawled: Crawled) -> None:
    assert crawled.other.hits == []
    assert "Crawled (200) <GET file:" not in crawled.result.log


def test_hostile_text_is_shown_escaped_in_datasette(crawled: Crawled) -> None:
    rows = list(query(crawled.db, "SELECT id, url FROM articles WHERE title = ?",
                             (HOSTILE_TITLE,)))
    assert len(rows) == 2

    async def pages() -> list:
        datasette = build_datasette(crawled.db)
        await datasette.invoke_startup()
        urls = [f"/archive/articles/{r['id']}" for r in rows] + [
            "/archive/articles", "/-/search?q=" + quote("الثغرات")]
        return [await datasette.client.get(url) for url in urls]

    for page in asyncio.run(pages()):
        assert page.status_code == 200, page.url
        for raw in ('<script>alert("x")', "<b>عنوان</b>", "onclick", "onerror", "<iframe"):
            assert raw not in page.text, (page.url, raw)
        assert "&lt;b&gt;عنوان&lt;/b&gt;" in page.text
    odd = next(r for r in rows if "1599100" in r["url"])
    assert "%22quote'" in odd["url"] and "<" not in odd["url"] and '"' not in odd["url"]
