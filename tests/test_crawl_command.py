"""`scrapy crawl` is the project's command (crawler/commands/crawl.py through COMMANDS_MODULE):
Scrapy's own, every option kept, the exit codes documented in its help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scrapy.cmdline import _get_commands_dict
from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.settings import Settings

from crawler.commands.crawl import Command, archive_written
from tests.project import project_values

ROOT = Path(__file__).resolve().parent.parent


def test_the_projects_crawl_command_is_scrapys_own_subclassed() -> None:
    settings = Settings(project_values())
    command = _get_commands_dict(settings, inproject=True)["crawl"]
    assert type(command) is Command and isinstance(command, ScrapyCrawlCommand)


def test_help_lists_the_exit_codes_and_every_option() -> None:
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "-h"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    text = " ".join(result.stdout.split())
    assert "Exit codes: 0 healthy run; 1 failed run" in text
    assert "75 another run (of any spider) holds the archive" in text
    for option in ("-a NAME=VALUE", "-o FILE, --output FILE", "-O FILE, --overwrite-output FILE",
                   "-s NAME=VALUE, --set NAME=VALUE", "--logfile FILE", "-L LEVEL",
                   "--pdb"):
        assert option in text, option


def test_which_runs_lock_an_archive(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("ARCHIVE_DB", raising=False)
    assert archive_written(Settings(project_values())) == "archive.db"
    monkeypatch.setenv("ARCHIVE_DB", str(tmp_path / "env.db"))
    assert archive_written(Settings(project_values())) == str(tmp_path / "env.db")
    given = Settings(project_values({"ARCHIVE_DB": str(tmp_path / "s.db")}))
    assert archive_written(given) == str(tmp_path / "s.db")
    worker = Settings(project_values({"REDIS_URL": "redis://127.0.0.1:1/0"}))
    assert archive_written(worker) is None, "distributed workers open no archive"
    off = project_values()
    off["ITEM_PIPELINES"] = {**off["ITEM_PIPELINES"], "crawler.pipelines.ArchivePipeline": None}
    assert archive_written(Settings(off)) is None
