"""Pages behind a JavaScript challenge or written by script, fetched with headless Chromium
(BROWSER_FETCH): `scrapy crawl news -a site=...` against the replica behind a DDoS-Guard-like
gate (tests/replica/challenge.py) on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from tests.crawls import query
from tests.replica import ReplicaServer
from tests.replica.challenge import CLEARANCE, ChallengeGate, script_rendered
from tests.replica.server import NOT_FOUND
from tests.test_generic_e2e import ROOT, crawl, run_row, stored

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(.ci/run installs it with apt)")
N_ARTICLES = 20
SCRIPT_ARTICLES = ("1500001", "1500002")
# The replica's own static challenge pages (tests/replica BROKEN) are never passed: 5 s each.
BROWSER = ("-s", "BROWSER_FETCH=blocked", "-s", "BROWSER_TIMEOUT=5")


def browser_counts(db: Path) -> dict[str, int]:
    return json.loads(run_row(db)["browser"] or "{}")


def is_browser(hit) -> bool:
    """Chromium sends fetch metadata; Scrapy does not."""
    return any(name.lower() == "sec-fetch-mode" for name in hit.headers)


def gated_server(**gate: object) -> tuple[ReplicaServer, ChallengeGate]:
    server = ReplicaServer(n_articles=N_ARTICLES).start()
    server.gate = ChallengeGate(**gate)  # type: ignore[arg-type]
    return server, server.gate


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The same replica without challenge or script: what the browser crawl must match."""
    with ReplicaServer(n_articles=N_ARTICLES) as server:
        db = tmp_path_factory.mktemp("reference") / "archive.db"
        result = crawl(server.base_url, db, "-s", "BROWSER_FETCH=off")
        assert result.returncode == 0, result.stderr[-3000:]
        yield {row["url"].replace(server.base_url, ""): row for row in stored(db).values()}


@pytest.fixture(scope="module")
def challenged(tmp_path_factory):
    server, gate = gated_server()
    base = server.base_url
    # Besides its text, the script page asks for a script offsite, one on a private address
    # (localhost, from a host ARCHIVE_PUBLIC_HOSTS makes public) and one robots.txt forbids.
    script_rendered(server.site, SCRIPT_ARTICLES, extra_scripts=(
        "https://offsite.example.org/tracker.js", f"http://localhost:{server.port}/x.js",
        f"{base}/private/tracker.js"))
    try:
        db = tmp_path_factory.mktemp("challenged") / "archive.db"
        result = crawl(base, db, *BROWSER, "-s", f"ARCHIVE_PUBLIC_HOSTS={server.host}")
        yield server, gate, db, result
    finally:
        server.stop()


def test_challenge_site_is_archived_whole_with_one_browser_pass(challenged, reference) -> None:
    server, _gate, db, result = challenged
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    rows = {row["url"].replace(server.base_url, ""): row for row in stored(db).values()}
    assert set(rows) == set(reference)
    for path, row in rows.items():
        assert (row["title"], row["body"]) == (reference[path]["title"],
                                               reference[path]["body"]), unquote(path)
    counts = browser_counts(db)
    # One pass for the challenge (the first request, robots.txt), one per script page, and
    # one for each of the replica's two static challenge pages, which never pass.
    assert counts["passed_challenge"] == 1
    assert counts["failed/timeout"] == 2
    assert counts["fetched"] == 1 + len(SCRIPT_ARTICLES) + counts["failed/timeout"]
    assert counts["requested/short"] == len(SCRIPT_ARTICLES)
    hits = list(server.hits)
    first = next(i for i, hit in enumerate(hits) if is_browser(hit))
    assert not any(is_browser(hit) for hit in hits[:first])
    plain_after = [hit for hit in hits[first:] if not is_browser(hit)
                   and f"{CLEARANCE}=" in hit.headers.get("Cookie", "")]
    assert len(plain_after) > N_ARTICLES  # discovery and articles, plain with the cookie
    assert run_row(db)["requests"] - counts["fetched"] > 2 * counts["fetched"]


def test_browser_obeys_refusals_and_blocks_images(challenged) -> None:
    server, _gate, db, _result = challenged
    counts = browser_counts(db)
    assert counts["refused/offsite"] >= len(SCRIPT_ARTICLES)
    assert counts["refused/private"] >= len(SCRIPT_ARTICLES)
    assert counts["refused/robots"] >= len(SCRIPT_ARTICLES)
    assert counts["refused/blocked_resource"] >= 1
    paths = {unquote(urlsplit(hit.path).path) for hit in server.hits if is_browser(hit)}
    assert not {p for p in paths if p.startswith(("/private/", "/static/", "/x.js"))}


def test_browser_captures_and_reextract_reproduces(challenged) -> None:
    server, _gate, db, _result = challenged
    records = []
    for path in sorted((db.parent / "warc").glob("*.warc.gz")):
        with open(path, "rb") as handle:
            iterator = ArchiveIterator(handle)
            for record in iterator:
                http = record.http_headers
                records.append((path.name, iterator.get_record_offset(), record.rec_type,
                                dict(record.rec_headers.headers),
                                {**dict(http.headers), ":status": http.get_statuscode()}
                                if http else {}))
                record.content_stream().read()
    ids = {headers["WARC-Record-ID"]: (kind, headers) for _f, _o, kind, headers, _h in records}
    # What the browser received on its way past the challenge: the 503, then the 200.
    robots = [http[":status"] for _f, _o, kind, headers, http in records if kind == "response"
              and headers["WARC-Target-URI"].endswith("/robots.txt")]
    assert robots[0] == "503" and "200" in robots[1:], robots
    if "uncaptured" not in browser_counts(db):  # (a reload may outrun reading a body)
        assert robots[:2] == ["503", "503"], robots
    conversions = [r for r in records if r[2] == "conversion"]
    assert len(conversions) >= len(SCRIPT_ARTICLES)
    for _file, _offset, _kind, headers, _http in conversions:
        kind, response = ids[headers["WARC-Refers-To"]]
        assert kind == "response"
        assert response["WARC-Target-URI"] == headers["WARC-Target-URI"]
    for article_id in SCRIPT_ARTICLES:
        url = server.base_url + server.site.articles[article_id].fetched_path
        row = query(db, "SELECT warc_file, warc_offset FROM articles WHERE url = ?", (url,))[0]
        assert (row["warc_file"], row["warc_offset"], "conversion") in {
            (f, o, k) for f, o, k, _h, _x in records}
    # The clearance cookie is sent, and never written into a capture.
    sent = [http for _f, _o, kind, _h, http in records if kind == "request" and "Cookie" in http]
    assert sent and all(http["Cookie"] == "[redacted]" for http in sent)
    again = subprocess.run([sys.executable, "-m", "archive", "reextract", "--db", str(db),
                            "--workers", "1"], cwd=ROOT, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    assert "changed 0," in again.stdout and "failed 0" in again.stdout, again.stdout


def test_without_the_browser_the_run_fails_blocked(tmp_path) -> None:
    server, _gate = gated_server()
    try:
        db = tmp_path / "archive.db"
        result = crawl(server.base_url, db, "-s", "BROWSER_FETCH=off")
    finally:
        server.stop()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    run = run_row(db)
    assert run["status"] == "failed"
    assert any("blocked" in problem for problem in json.loads(run["problems"]))
    assert json.loads(run["failed_by_reason"]).get("discovery_blocked")
    assert stored(db) == {} and run["browser"] is None
    assert not any(is_browser(hit) for hit in server.hits)


def test_a_clearance_that_expires_is_passed_again(tmp_path) -> None:
    server, gate = gated_server(uses=25)
    walls = {path for path, outcome in server.site.not_articles.items() if outcome == "blocked"}
    server.override = lambda path: NOT_FOUND if path in walls else None  # only the gate's
    try:
        db = tmp_path / "archive.db"
        result = crawl(server.base_url, db, *BROWSER)
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr[-3000:]
    counts = browser_counts(db)
    assert gate.generation >= 2
    assert counts["passed_challenge"] >= 2
    assert len(stored(db)) == N_ARTICLES
    assert "failed/timeout" not in counts


def test_chromium_missing_is_one_line_and_counted(tmp_path) -> None:
    server, _gate = gated_server()
    try:
        db = tmp_path / "archive.db"
        result = crawl(server.base_url, db, *BROWSER,
                       "-s", "BROWSER_EXECUTABLE=/nonexistent/chromium")
    finally:
        server.stop()
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "chromium_missing" in line
             and "ERROR" in line]
    assert len(lines) == 1, lines
    assert "/nonexistent/chromium" in lines[0]
    counts = browser_counts(db)
    assert counts["failed/chromium_missing"] >= 1 and "fetched" not in counts


def test_always_reads_every_article_with_the_browser(tmp_path, reference) -> None:
    with ReplicaServer(n_articles=N_ARTICLES) as server:
        db = tmp_path / "archive.db"
        result = crawl(server.base_url, db, "-s", "BROWSER_FETCH=always",
                       "-s", "BROWSER_TIMEOUT=5")
    assert result.returncode == 0, result.stderr[-3000:]
    rows = {row["url"].replace(server.base_url, ""): row for row in stored(db).values()}
    assert {path: row["body"] for path, row in rows.items()} == {
        path: row["body"] for path, row in reference.items()}
    counts = browser_counts(db)
    assert counts["fetched"] >= len(rows) and "passed_challenge" not in counts
    assert "requested/short" not in counts  # nothing asked twice
