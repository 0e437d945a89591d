"""The crawler stays where it is allowed: one crawl of a replica treated as a public site, with
links and redirects to another host (a second server on 127.0.0.2), to private addresses and
to other schemes, a robots.txt that disallows a section, credentials in base_url and in the
proxy. Datasette's read-only guarantees: tests/test_browse.py (test_no_writes_*,
test_settings_are_safe_to_publish, test_article_html_is_shown_escaped_never_executed)."""

from __future__ import annotations

import base64
import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.crawls import Result, crawl, integrity, query
from tests.replica import ReplicaServer
from tests.replica.faults import Sequenced
from tests.replica.site import Route

USER, PASSWORD = "reader", "S3cret-Pass"
PROXY_USER, PROXY_PASSWORD = "proxyuser", "Pr0xy-Pass"
SECRETS = (PASSWORD, PROXY_PASSWORD,
           base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(),
           base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode())
FEED_REDIRECTS = {
    "/rss/sport/": ("other", "redirect_private"),  # 127.0.0.2 from a public site
    "/rss/business/": ("http://elsewhere.example/rss/", "redirect_offsite"),
    "/rss/health/": ("file:///etc/passwd", "redirect_scheme"),
    "/rss/culture/": ("/rss/culture/page-2/", "redirect_loop"),  # which redirects back
}


@dataclass
class Crawled:
    server: ReplicaServer
    other: ReplicaServer
    db: Path
    result: Result
    redirected_article: str
    disallowed: set[str]


def _path(raw: str) -> str:
    return unquote(urlsplit(raw).path)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Crawled:
    with ReplicaServer(n_articles=24) as server, \
            ReplicaServer(n_articles=12, host="127.0.0.2") as other:
        site = server.site
        html = {"Content-Type": "text/html; charset=utf-8"}
        robots = site.lookup("/robots.txt")
        plan: dict[str, list[Route]] = {"/robots.txt": [Route(200, robots.headers, robots.body
                                                              .replace(b"Disallow: /search/",
                                                                       b"Disallow: /world/\n"
                                                                       b"Disallow: /search/"))]}
        trap_links = "".join(f'<a class="heading" href="{href}">x</a>' for href in (
            f"{other.base_url}/news/1500001-x/", f"//127.0.0.2:{other.port}/news/1500002-x/",
            "file:///etc/passwd", "ftp://127.0.0.1/news/1500003-x/",
            f"http://{USER}@127.0.0.2:{other.port}/news/1500004-x/",
            "http://169.254.169.254/news/1500005-x/"))
        listing = site.lookup("/news/")
        plan["/news/"] = [Route(200, html, listing.body.replace(
            b"</body>", trap_links.encode() + b"</body>"))]
        for path, (target, _reason) in FEED_REDIRECTS.items():
            location = f"{other.base_url}/rss/" if target == "other" else target
            plan[path] = [Route(302, {"Location": location})]
        plan["/rss/culture/page-2/"] = [Route(301, {"Location": "/rss/culture/"})]
        article = next(s for s in site.articles.values() if s.section == "news")
        plan[article.path] = [Route(301, {"Location": f"http://127.0.0.2:{other.port}"
                                                      f"{article.path}"})]
        server.override = Sequenced(plan)
        disallowed = {_path(s.path) for s in site.articles.values() if s.section == "world"}
        port = server.port
        db = tmp_path_factory.mktemp("security") / "a.db"
        result = crawl(f"http://{USER}:{PASSWORD}@127.0.0.1:{port}", db,
                       "-s", "ARCHIVE_PUBLIC_HOSTS=127.0.0.1", "--loglevel", "DEBUG",
                       env={"http_proxy": f"http://{PROXY_USER}:{PROXY_PASSWORD}@127.0.0.1:"
                                          f"{port}", "no_proxy": "", "NO_PROXY": ""})
        yield Crawled(server, other, db, result, _path(article.path), disallowed)


def test_the_crawl_succeeds(crawled: Crawled) -> None:
    assert crawled.result.returncode == 0, crawled.result.stdout + crawled.result.stderr
    assert integrity(crawled.db) == "ok"
    assert query(crawled.db, "SELECT count(*) AS n FROM articles")[0]["n"] > 10


def test_never_leaves_the_allowed_domain(crawled: Crawled) -> None:
    assert crawled.other.hits == []
    hosts = {urlsplit(hit.path).hostname for hit in crawled.server.hits}  # proxied: absolute
    assert hosts == {"127.0.0.1"}


def test_never_fetches_other_schemes(crawled: Crawled) -> None:
    log = crawled.result.log
    for scheme in ("file:", "ftp:", "data:", "s3:"):
        assert f"<GET {scheme}" not in log


def test_discovery_redirects_refused_and_counted(crawled: Crawled) -> None:
    failed = json.loads(query(crawled.db, "SELECT failed_by_reason FROM crawl_runs")[0][
        "failed_by_reason"])
    for _target, reason in FEED_REDIRECTS.values():
        assert failed.get(f"discovery_{reason}") == 1, (reason, failed)
        assert f"Redirect refused ({reason})" in crawled.result.log
    served = [_path(h.path) for h in crawled.server.hits]
    assert served.count("/rss/culture/") == 1 and served.count("/rss/culture/page-2/") == 1


def test_article_redirect_elsewhere_not_followed(crawled: Crawled) -> None:
    outcome = query(crawled.db, "SELECT outcome FROM url_outcomes WHERE url LIKE ?",
                    (f"%{crawled.redirected_article.split('-')[0]}-%",))
    assert [row["outcome"] for row in outcome] == ["redirect_elsewhere"]


def test_robots_txt_is_obeyed(crawled: Crawled) -> None:
    served = {_path(h.path) for h in crawled.server.hits}
    assert crawled.disallowed and not served & crawled.disallowed
    skipped = json.loads(query(crawled.db, "SELECT skipped_by_reason FROM crawl_runs")[0][
        "skipped_by_reason"])
    assert skipped.get("robots") == len(crawled.disallowed)
    assert {_path(r["url"]) for r in query(crawled.db, "SELECT url FROM url_outcomes WHERE "
                                                       "outcome = 'robots'")} == crawled.disallowed


def test_credentials_are_used_but_never_written_down(crawled: Crawled) -> None:
    auth = "Basic " + SECRETS[2]
    proxied = [h for h in crawled.server.hits if h.headers.get("Proxy-Authorization")]
    assert len(proxied) == len(crawled.server.hits), "every request went through the proxy"
    assert any(h.headers.get("Authorization") == auth for h in crawled.server.hits)
    result = crawled.result
    written = [result.log, result.stdout, result.stderr,
               json.dumps(query(crawled.db, "SELECT * FROM crawl_runs"))]
    written += [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
                for p in (crawled.db.parent / "warc").glob("*.warc.gz")]
    assert "Remote control HTTP server" not in result.log
    for text in written:
        for secret in SECRETS:
            assert secret not in text
    assert "[redacted]" in written[-1]
