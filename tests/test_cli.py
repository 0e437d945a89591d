"""`python -m archive`: every command documented with an example; extract's output is stable."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from archive.cli import cli
from archive.db import open_archive
from archive.store import save_articles

RT_URL = "https://arabic.rt.com/world/1531002-x/"


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_extract_prints_one_record_as_readable_json(fixtures_dir: Path) -> None:
    page = fixtures_dir / "rtarabic" / "older_layout.html"
    result = CliRunner().invoke(cli, ["extract", str(page), "--url", RT_URL])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["article_id"] == "1531002" and record["status"] == "ok"
    assert "روسيا" in result.output  # not \u escapes
    assert list(record)[:4] == ["url", "canonical_url", "site", "article_id"]


def test_extract_batch_keeps_input_order(fixtures_dir: Path, tmp_path: Path) -> None:
    pages = ["older_layout", "ddos_guard_challenge", "current_layout"]
    listing = tmp_path / "list.tsv"
    listing.write_text("".join(
        f"{fixtures_dir / 'rtarabic' / (name + '.html')}\thttps://arabic.rt.com/news/{i}-x/\n"
        for i, name in enumerate(pages, 1)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--batch", str(listing)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [r["status"] for r in records] == ["ok", "blocked", "ok"]
    assert [r["url"] for r in records] == [f"https://arabic.rt.com/news/{i}-x/" for i in (1, 2, 3)]


def test_extract_needs_a_url() -> None:
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 2


def test_stats_reads_the_archive_given_by_db(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    db = open_archive(path)
    save_articles(db, [{"url": "u", "site": "rtarabic", "article_id": "1", "title": "t",
                        "body": "b", "status": "ok", "content_hash": "h",
                        "published": "2024-01-01T00:00:00+03:00"}], "2024-01-02T00:00:00+00:00")
    db.close()
    result = CliRunner().invoke(cli, ["stats", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "rtarabic: 1 articles" in result.output
    missing = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no archive" in missing.output


def test_module_entry_point_runs() -> None:
    result = subprocess.run([sys.executable, "-m", "archive", "--help"], capture_output=True,
                            text=True, check=True)
    assert "extract" in result.stdout


def test_crawl_refuses_db_and_archive_db_naming_two_archives(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["crawl", "rtarabic", "--db", str(tmp_path / "a.db"),
                                      "-s", f"ARCHIVE_DB={tmp_path / 'b.db'}"])
    assert result.exit_code == 2 and "name two archives" in result.output
    assert not (tmp_path / "a.db").exists() and not (tmp_path / "b.db").exists()


def test_crawl_exits_75_when_its_crawl_was_refused_by_the_lock(tmp_path: Path,
                                                               monkeypatch) -> None:
    """The crawl's own pipeline found the archive held (the wrapper's lock did not cover it):
    the wrapper passes the crawl's 75 on instead of calling it a failed start."""
    import crawler.run

    db = tmp_path / "a.db"
    link = tmp_path / "link.db"
    link.symlink_to(db)
    monkeypatch.setattr(crawler.run, "run_spider",
                        lambda *args, **kwargs: crawler.run.RunOutcome(75))
    result = CliRunner().invoke(cli, ["crawl", "rtarabic", "--db", str(db),
                                      "-s", f"ARCHIVE_DB={link}"])  # one archive: accepted
    assert result.exit_code == 75
    assert "another run holds the archive" in result.output
