"""Issue 22 end to end: one crawl of a replica whose pages and sitemaps lose data elsewhere
(a bad byte, br/zstd bodies, deep nesting, a 12 MiB sitemap, a 40-level index chain, an
entity-bomb sitemap, the same host on another port, a run row written by another process
during the crawl); then every br/zstd capture re-extracted from its WARC."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import brotli
import pytest
from backports import zstd

from archive.db import open_archive
from archive.reextract import reextract
from tests.crawls import ROOT, Result, crawl, query
from tests.replica import ReplicaServer
from tests.replica.faults import Sequenced, article_html
from tests.replica.site import Route

HTML = {"Content-Type": "text/html; charset=utf-8"}
XML = {"Content-Type": "application/xml"}
NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
TITLE = "موسم حصاد وفير بعد أمطار الشتاء"
PARAGRAPHS = [
    "قالت وزارة الزراعة إن موسم الحصاد هذا العام جاء أفضل من المتوقع بعد أمطار غزيرة شهدتها "
    "المناطق الشمالية خلال فصل الشتاء",
    "وأضافت الوزارة في بيان أن الإنتاج ارتفع بنسبة كبيرة مقارنة بالعام الماضي وأن الأسعار في "
    "الأسواق المحلية ستبقى مستقرة",
    "ويعمل المزارعون على تخزين المحصول في صوامع جديدة بنتها الحكومة بالتعاون مع منظمات دولية "
    "لدعم الأمن الغذائي",
]
CHAIN = 40  # nested sitemap indexes served; SITEMAP_MAX_DEPTH (5) are read
BIG_SITEMAP_BYTES = 12 * 1024 * 1024  # over DOWNLOAD_MAXSIZE (10 MiB), under 50 MB


def deep_page(url: str, n: int) -> bytes:
    """An article whose every paragraph opens a <div> it never closes."""
    text = "".join(f"<div><p>الفقرة رقم {i} من التقرير الطويل عن موسم الحصاد</p>"
                   for i in range(n))
    return article_html(url, TITLE, [], body="").replace(
        '<div class="article__text text js-text js-mediator-article"></div>',
        f'<div class="article__text text js-text js-mediator-article">{text}').encode()


def urlset(urls: list[str], padding: int = 0) -> bytes:
    body = "".join(f"<url><loc>{u}</loc></url>\n" for u in urls)
    pad = f"<!-- {'x' * padding} -->" if padding else ""
    return f'<?xml version="1.0"?><urlset xmlns="{NS}">{body}{pad}</urlset>'.encode()


def index(urls: list[str]) -> bytes:
    body = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return f'<?xml version="1.0"?><sitemapindex xmlns="{NS}">{body}</sitemapindex>'.encode()


@dataclass
class Crawled:
    server: ReplicaServer
    other: ReplicaServer
    db: Path
    result: Result
    paths: dict[str, str]
    intruder_run: list[int]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Crawled:
    tmp = tmp_path_factory.mktemp("nothing_lost")
    db = tmp / "a.db"
    with ReplicaServer(n_articles=12) as server, ReplicaServer(n_articles=12) as other:
        site = server.site
        url = site.url
        other_url = f"http://127.0.0.1:{other.port}"
        paths = {name: f"/news/{1599400 + i}-{name.replace('_', '-')}/" for i, name in
                 enumerate(("bad_byte", "brotli", "zstd", "deep_300", "deep_3000",
                            "in_big_sitemap", "in_deep_chain", "redirect_other_port"))}
        page = {name: article_html(url(p), TITLE, PARAGRAPHS).encode()
                for name, p in paths.items()}
        plan: dict[str, list] = {}
        # One byte that is no UTF-8 in a UTF-8 page, between two words of the 2nd paragraph.
        good = page["bad_byte"]
        cut = good.index("ارتفع".encode())
        plan[paths["bad_byte"]] = [Route(200, HTML, good[:cut] + b"\xff" + good[cut:])]
        plan[paths["brotli"]] = [Route(200, {**HTML, "Content-Encoding": "br"},
                                       brotli.compress(page["brotli"]))]
        plan[paths["zstd"]] = [Route(200, {**HTML, "Content-Encoding": "zstd"},
                                     zstd.compress(page["zstd"]))]
        plan[paths["deep_300"]] = [Route(200, HTML, deep_page(url(paths["deep_300"]), 300))]
        plan[paths["deep_3000"]] = [Route(200, HTML, deep_page(url(paths["deep_3000"]), 3000))]
        plan[paths["in_big_sitemap"]] = [Route(200, HTML, page["in_big_sitemap"])]
        plan[paths["in_deep_chain"]] = [Route(200, HTML, page["in_deep_chain"])]
        plan[paths["redirect_other_port"]] = [
            Route(301, {"Location": f"{other_url}/news/1500001-x/"})]
        # Discovery: the site's index plus the sitemaps of the issue.
        original = site.lookup("/sitemap.xml").body.decode()
        extra = [url("/big-sitemap.xml"), url("/chain/1.xml"), url("/bomb.xml"),
                 url("/plain.xml"), f"{other_url}/sitemaps/articles-1.xml"]
        plan["/sitemap.xml"] = [Route(200, XML, original.replace("</sitemapindex>", "".join(
            f"<sitemap><loc>{u}</loc></sitemap>" for u in extra) + "</sitemapindex>").encode())]
        listed = [url(paths[n]) for n in ("bad_byte", "brotli", "zstd", "deep_300",
                                          "deep_3000", "redirect_other_port")]
        plan["/plain.xml"] = [Route(200, XML, urlset(
            [*listed, f"{other_url}/news/1500002-y/"]))]
        plan["/big-sitemap.xml"] = [Route(200, XML, urlset(
            [url(paths["in_big_sitemap"])], padding=BIG_SITEMAP_BYTES))]
        # /chain/: 5 levels down to a urlset (read); /deep/: indexes all the way down.
        plan["/chain/1.xml"] = [Route(200, XML, index([url("/chain/2.xml"),
                                                       url("/deep/2.xml")]))]
        for level in (2, 3):
            plan[f"/chain/{level}.xml"] = [Route(200, XML, index([url(f"/chain/{level + 1}.xml")]))]
        plan["/chain/4.xml"] = [Route(200, XML, urlset([url(paths["in_deep_chain"])]))]
        for level in range(2, CHAIN + 1):
            plan[f"/deep/{level}.xml"] = [Route(200, XML, index([url(f"/deep/{level + 1}.xml")]))]
        plan["/bomb.xml"] = [Route(200, XML, (
            '<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip(
                "abcdefgh", "bcdefghi", strict=True))
            + f']><urlset xmlns="{NS}"><url><loc>&i;</loc></url></urlset>').encode())]
        intruder_run: list[int] = []

        def intruder() -> Route:
            """Another process (as `archive ingest` does) records a failed run of the same
            spider while this crawl runs."""
            if not intruder_run:
                with sqlite3.connect(db, timeout=30) as conn:
                    cursor = conn.execute(
                        "INSERT INTO crawl_runs (spider, site, started, finished, status, "
                        "settings) VALUES ('rtarabic', 'rtarabic', '2024-01-01T00:00:00+00:00', "
                        "'2024-01-01T00:00:01+00:00', 'failed', '{\"crawl\": \"rtarabic/x\"}')")
                    intruder_run.append(cursor.lastrowid)
            return Route(200, HTML, page["in_deep_chain"])

        plan["/news/1599499-intruder/"] = [intruder]
        plan["/plain.xml"][0] = Route(200, XML, urlset(
            [*listed, f"{other_url}/news/1500002-y/", url("/news/1599499-intruder/")]))
        server.override = Sequenced(plan)
        # Every page here has the same paragraphs: learning would take them for boilerplate.
        result = crawl(server.base_url, db, "-s", "TEMPLATE_LEARNING=False")
        yield Crawled(server, other, db, result, paths, intruder_run)


def stats_of(result: Result) -> dict[str, int]:
    """The crawl's final stats dump, counters only."""
    dump = result.log[result.log.rindex("Dumping Scrapy stats"):]
    return {k: int(v) for k, v in re.findall(r"'([^']+)': (\d+),?\n", dump)}


def stored(crawled: Crawled, name: str) -> dict | None:
    rows = query(crawled.db, "SELECT * FROM articles WHERE url LIKE ?",
                 (f"%{crawled.paths[name]}",))
    return rows[0] if rows else None


def test_the_run_is_healthy_and_summarises_itself(crawled: Crawled) -> None:
    """The run row another process wrote during the crawl is not what the wrapper reports."""
    result = crawled.result
    assert crawled.intruder_run, "the other process wrote its run row during the crawl"
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    own = query(crawled.db, "SELECT id FROM crawl_runs WHERE id != ? AND spider = 'rtarabic'",
                (crawled.intruder_run[0],))
    assert [r["id"] for r in own] == [1]
    assert result.stdout.startswith("run 1 rtarabic: OK"), result.stdout
    assert "Traceback" not in result.stderr + result.log


def test_one_bad_byte_costs_one_character(crawled: Crawled) -> None:
    row = stored(crawled, "bad_byte")
    assert row is not None and row["language"] == "ar"
    assert row["body"] == "\n\n".join(PARAGRAPHS).replace("ارتفع", "\ufffdارتفع")
    assert row["title"] == TITLE
    assert stats_of(crawled.result)["extraction/decode_repaired"] == 1


@pytest.mark.parametrize("name", ["brotli", "zstd"])
def test_br_and_zstd_pages_are_stored(crawled: Crawled, name: str) -> None:
    row = stored(crawled, name)
    assert row is not None and row["body"] == "\n\n".join(PARAGRAPHS)


def test_br_and_zstd_captures_re_extract(crawled: Crawled, tmp_path: Path) -> None:
    """Every capture re-extracted; the br and zstd ones give back their stored text."""
    copy = tmp_path / "copy.db"
    with sqlite3.connect(crawled.db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    db = open_archive(copy)
    try:
        ids = [stored(crawled, n)["id"] for n in ("brotli", "zstd")]
        db.execute("UPDATE articles SET body = 'x', content_hash = 'x' WHERE id IN (?, ?)", ids)
        db.conn.commit()
        counts = reextract(db, crawled.db.parent / "warc", workers=1)
        assert counts["failed"] == 0 and counts["changed"] == 2, counts
        for pk in ids:
            assert db["articles"].get(pk)["body"] == "\n\n".join(PARAGRAPHS)
    finally:
        db.close()


def test_every_warc_checks_with_our_reader(crawled: Crawled) -> None:
    """`python -m archive check-warc` (warcio's checker with a brotli reader that works)
    verifies every record; warcio 1.8.1's own `warcio check` crashes on the brotli one."""
    files = sorted(str(p) for p in (crawled.db.parent / "warc").glob("*.warc.gz"))
    ours = subprocess.run([sys.executable, "-m", "archive", "check-warc", *files], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert ours.returncode == 0 and "Traceback" not in ours.stderr, ours.stdout + ours.stderr


def test_deep_nesting_is_read_whole_or_marked_truncated(crawled: Crawled) -> None:
    row = stored(crawled, "deep_300")
    assert row is not None and len(row["body"].split("\n\n")) == 300
    assert stored(crawled, "deep_3000") is None
    outcomes = {r["url"]: r["outcome"] for r in query(crawled.db, "SELECT * FROM url_outcomes")}
    assert outcomes[crawled.server.site.url(crawled.paths["deep_3000"])] == "truncated"
    run = query(crawled.db, "SELECT skipped_by_reason FROM crawl_runs WHERE id = 1")[0]
    assert json.loads(run["skipped_by_reason"])["truncated"] == 1


def test_a_sitemap_over_download_maxsize_is_read(crawled: Crawled) -> None:
    assert stored(crawled, "in_big_sitemap") is not None
    run = query(crawled.db, "SELECT failed_by_reason FROM crawl_runs WHERE id = 1")[0]
    assert "discovery_too_large" not in json.loads(run["failed_by_reason"])


def test_nested_sitemap_indexes_stop_at_the_depth_limit(crawled: Crawled) -> None:
    hits = crawled.server.requested_paths()
    chain = [p for p in hits if p.startswith(("/deep/", "/chain/"))]
    # /sitemap.xml (1) -> /chain/1.xml (2) -> /deep/2.xml (3) -> /deep/3.xml (4) -> 4.xml (5)
    assert sorted(p for p in chain if p.startswith("/deep/")) == [
        "/deep/2.xml", "/deep/3.xml", "/deep/4.xml"]
    assert stored(crawled, "in_deep_chain") is not None  # a urlset 5 levels down
    assert stats_of(crawled.result)["discovery/too_deep"] == 1


def test_an_entity_bomb_sitemap_is_invalid(crawled: Crawled) -> None:
    assert "/bomb.xml" in crawled.server.requested_paths()
    assert stats_of(crawled.result)["discovery/invalid_sitemap"] == 1


def test_the_same_host_on_another_port_is_another_site(crawled: Crawled) -> None:
    assert crawled.other.hits == []
    stats = stats_of(crawled.result)
    assert stats["discovery/offsite/sitemap"] == 1
    outcomes = {r["url"]: r["outcome"] for r in query(crawled.db, "SELECT * FROM url_outcomes")}
    site = crawled.server.site
    assert outcomes[site.url(crawled.paths["redirect_other_port"])] == "redirect_elsewhere"


def test_memory_and_time_are_reported(crawled: Crawled) -> None:
    """Measured, not asserted: the 12 MiB sitemap and the 3000-level page in one run."""
    run = query(crawled.db, "SELECT duration_s FROM crawl_runs WHERE id = 1")[0]
    print(f"crawl {run['duration_s']:.1f}s, peak RSS {crawled.result.peak_rss_mb:.0f} MB")
    assert crawled.result.peak_rss_mb > 0
