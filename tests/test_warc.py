"""Raw captures: WARC files for every response, article rows pointing at their record,
re-extraction from captures, and exports. Read back with warcio's own tools."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from warcio.archiveiterator import ArchiveIterator

from archive.db import open_archive
from archive.reextract import reextract
from archive.warc import iter_records, payload_digest, read_capture
from extraction import extract
from extraction.sites import SITES, get_site
from tests.replica import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
FAST = ("-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "BROWSER_FETCH=off",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", "-s", "RETRY_TIMES=1")


def crawl(base_url: str, db: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "archive", "crawl", "rtarabic", "--db", str(db),
               "-a", f"base_url={base_url}", "--logfile", str(db) + ".log", *FAST, *extra]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def records(warc_dir: Path) -> list:
    found = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        with open(path, "rb") as handle:
            for record in ArchiveIterator(handle):
                body = record.raw_stream.read()
                found.append((path.name, record.rec_type, record.rec_headers, body))
    return found


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("warc")
    db = folder / "archive.db"
    with ReplicaServer(n_articles=60) as server:
        result = crawl(server.base_url, db)
        assert result.returncode == 0, result.stdout + result.stderr
        yield db, folder / "warc", server, list(server.requests)


def test_every_fetched_response_is_captured_with_its_request(crawled) -> None:
    _db, warc_dir, _server, requests = crawled
    found = records(warc_dir)
    responses = [(h.get_header("WARC-Target-URI")) for _f, kind, h, _b in found
                 if kind == "response"]
    requested = [path for _method, path in requests]
    assert sorted(unquote(urlsplit(u).path) for u in responses) == sorted(
        unquote(urlsplit(p).path) for p in requested)
    kinds = {kind for _f, kind, _h, _b in found}
    assert kinds == {"warcinfo", "request", "response"}
    assert sum(kind == "request" for _f, kind, _h, _b in found) == len(responses)
    for _f, kind, headers, body in found:
        if kind == "response":
            assert headers.get_header("WARC-Payload-Digest") == payload_digest(body)


def test_warcio_tools_check_and_index_the_files(crawled) -> None:
    _db, warc_dir, *_ = crawled
    files = [str(p) for p in sorted(warc_dir.glob("*.warc.gz"))]
    assert files
    warcio = shutil.which("warcio", path=os.path.dirname(sys.executable))
    check = subprocess.run([warcio, "check", "-v", *files], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "digest pass" in check.stdout and "digest fail" not in check.stdout
    index = subprocess.run([warcio, "index", "-f", "warc-type,warc-target-uri,offset",
                            files[0]], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in index.stdout.splitlines()]
    assert lines[0]["warc-type"] == "warcinfo"
    assert {"response", "request"} <= {line["warc-type"] for line in lines}


def test_article_rows_point_at_their_capture(crawled) -> None:
    db, warc_dir, server, _requests = crawled
    site = get_site("rtarabic").with_base_url(server.base_url)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    stored = list(conn.execute("SELECT * FROM articles"))
    assert len(stored) == 60
    for row in stored:
        captured = read_capture(warc_dir, row["warc_file"], row["warc_offset"],
                                row["warc_digest"])
        assert captured.url == row["url"] and captured.status == 200
        assert row["warc_length"] > 0 and row["warc_file"] == Path(row["warc_file"]).name
        headers = dict(captured.headers)
        again = extract(site, row["url"], captured.body, headers.get("Content-Type"))
        assert again.content_hash == row["content_hash"]
    conn.close()


def test_revisits_are_revisit_records(crawled, tmp_path) -> None:
    db, warc_dir, server, _requests = crawled
    copy = tmp_path / "archive.db"
    shutil.copy(db, copy)
    shutil.copytree(warc_dir, tmp_path / "warc")
    before = set((tmp_path / "warc").glob("*.warc.gz"))
    result = crawl(server.base_url, copy, "-s", "REVISIT_HOURS=100000")
    assert result.returncode == 0, result.stdout + result.stderr
    new_files = set((tmp_path / "warc").glob("*.warc.gz")) - before
    assert len(new_files) == 1, "every run starts a new file"
    revisits = [h for f, kind, h, _b in records(tmp_path / "warc")
                if kind == "revisit" and tmp_path / "warc" / f in new_files]
    assert len(revisits) >= 40
    assert all(h.get_header("WARC-Profile").endswith("/server-not-modified") for h in revisits)
    assert all(h.get_header("WARC-Refers-To-Target-URI") for h in revisits)


def test_a_truncated_last_record_is_skipped_and_the_next_run_starts_a_new_file(
        crawled, tmp_path) -> None:
    _db, warc_dir, *_ = crawled
    source = sorted(warc_dir.glob("*.warc.gz"))[0]
    whole = list(iter_records(source))
    cut = tmp_path / source.name
    data = source.read_bytes()
    cut.write_bytes(data[: whole[-1][2] + 40])  # the last record is cut short
    assert list(iter_records(cut)) == whole[:-1]


def test_reextract_repairs_changed_articles_and_keeps_versions(crawled, tmp_path) -> None:
    db, warc_dir, server, _requests = crawled
    copy = tmp_path / "archive.db"
    shutil.copy(db, copy)
    archive = open_archive(copy)
    ids = [r[0] for r in archive.execute("SELECT id FROM articles ORDER BY id LIMIT 3")]
    archive.execute("UPDATE articles SET body = body || '\n\nإقرأ المزيد', content_hash = 'old' "
                    f"WHERE id IN ({','.join('?' * len(ids))})", ids)
    archive.conn.commit()
    archive.close()
    result = cli("reextract", "--db", str(copy), "--warc-dir", str(warc_dir), "--workers", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "changed 3, unchanged 57, failed 0" in result.stdout
    archive = open_archive(copy)
    versions = list(archive.query("SELECT article, body FROM article_versions ORDER BY article"))
    assert [v["article"] for v in versions] == ids
    assert all(v["body"].endswith("إقرأ المزيد") for v in versions)
    for row in archive.query("SELECT article_id, body FROM articles"):
        assert row["body"] == server.site.expected[row["article_id"]]["body"]
    again = cli("reextract", "--db", str(copy), "--warc-dir", str(warc_dir), "--workers", "1")
    assert "changed 0, unchanged 60, failed 0" in again.stdout


def test_reextract_reads_each_capture_with_the_page_object_of_its_date(
        crawled, tmp_path, monkeypatch) -> None:
    """A layout version (VALID_UNTIL) is chosen by the capture's WARC-Date, not by today."""
    db, warc_dir, *_ = crawled
    rt = SITES["rtarabic"]
    newest = rt.page_for()
    captured = {read_capture(warc_dir, f, o).date[:10] for f, o in sqlite3.connect(db).execute(
        "SELECT warc_file, warc_offset FROM articles")}
    [day] = captured
    day = date.fromisoformat(day)

    def older_layout(valid_until: date) -> type:
        class OlderLayout(newest):  # type: ignore[misc, valid-type]
            VALID_UNTIL = valid_until

            @cached_property
            def title(self) -> str | None:
                return "OLD " + (super().title or "")
        return OlderLayout

    for valid_until, changed in ((day, 60), (day - timedelta(days=1), 0)):
        copy = tmp_path / f"{valid_until}.db"
        shutil.copy(db, copy)
        monkeypatch.setitem(SITES, "rtarabic",
                            replace(rt, pages=(older_layout(valid_until), newest)))
        archive = open_archive(copy)
        counts = reextract(archive, warc_dir)
        assert (counts["changed"], counts["unchanged"]) == (changed, 60 - changed)
        titles = [r[0] for r in archive.execute("SELECT title FROM articles")]
        assert all(t.startswith("OLD ") == bool(changed) for t in titles)
        archive.close()


def test_reextract_verifies_digests(crawled, tmp_path) -> None:
    db, warc_dir, *_ = crawled
    copy, warcs = tmp_path / "archive.db", tmp_path / "warc"
    shutil.copy(db, copy)
    shutil.copytree(warc_dir, warcs)
    conn = sqlite3.connect(copy)
    _file, _offset, article = conn.execute(
        "SELECT warc_file, warc_offset, article_id FROM articles ORDER BY id LIMIT 1").fetchone()
    conn.execute("UPDATE articles SET warc_digest = 'sha1:TAMPERED' WHERE article_id = ?",
                 [article])
    conn.commit()
    conn.close()
    result = cli("reextract", "--db", str(copy), "--warc-dir", str(warcs))
    assert result.returncode == 1
    assert "failed 1" in result.stdout


def test_reextract_resumes_after_an_interruption(crawled, tmp_path, monkeypatch) -> None:
    db, warc_dir, *_ = crawled
    copy = tmp_path / "archive.db"
    shutil.copy(db, copy)
    archive = open_archive(copy)
    import archive.reextract as module

    real = module._write
    calls = {"n": 0}

    def interrupted_after_two_batches(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "_write", interrupted_after_two_batches)
    with pytest.raises(KeyboardInterrupt):
        reextract(archive, warc_dir, batch=10)
    run = archive["reextract_runs"].get(1)
    assert (run["status"], run["unchanged"]) == ("interrupted", 20)
    monkeypatch.setattr(module, "_write", real)
    seen = []
    counts = reextract(archive, warc_dir, batch=10, progress=seen.append)
    assert sum(seen) == 40, "only the articles not yet done"
    assert (counts["unchanged"], counts["changed"], counts["failed"]) == (60, 0, 0)
    assert archive["reextract_runs"].get(1)["status"] == "finished"
    archive.close()


def test_export_jsonl_csv_parquet(crawled, tmp_path) -> None:
    import pyarrow.parquet as pq

    from archive.export import EXPORT_FIELDS

    db, *_ = crawled
    jsonl = cli("export", "--db", str(db), "--format", "jsonl", "--language", "ar")
    assert jsonl.returncode == 0, jsonl.stderr
    lines = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(lines) == 60 and list(lines[0]) == list(EXPORT_FIELDS)
    assert isinstance(lines[0]["tags"], list) and isinstance(lines[0]["related"], list)
    assert "\\u06" not in jsonl.stdout  # Arabic kept readable
    published = [line["published"] for line in lines]
    assert published == sorted(published)
    since = cli("export", "--db", str(db), "--since", "2024-01-01")
    assert 0 < len(since.stdout.splitlines()) < 60
    assert cli("export", "--db", str(db), "--site", "nosuchsite").stdout == ""
    out = tmp_path / "a.csv"
    assert cli("export", "--db", str(db), "--format", "csv", "-o", str(out)).returncode == 0
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(table) == 60 and json.loads(table[0]["tags"]) == lines[0]["tags"]
    parquet = tmp_path / "a.parquet"
    assert cli("export", "--db", str(db), "--format", "parquet", "-o",
               str(parquet)).returncode == 0
    read = pq.read_table(parquet).to_pylist()
    assert len(read) == 60 and read[0]["title"] == lines[0]["title"]
    assert read[0]["images"] == lines[0]["images"]
    assert cli("export", "--db", str(db), "--format", "parquet").returncode == 2
