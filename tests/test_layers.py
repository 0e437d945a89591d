"""The layers' direction: archive/ and site extraction run without importing Scrapy."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
import archive.cli, archive.db, archive.store, extraction.evaluate
from extraction import extract, get_site
page = open(sys.argv[1], 'rb').read()
record = extract(get_site('rtarabic'), 'https://arabic.rt.com/world/1531002-x/', page)
assert record.status == 'ok', record.status
loaded = sorted(m for m in sys.modules if m == 'scrapy' or m.startswith('scrapy.'))
print(loaded)
"""


def test_archive_and_extraction_do_not_import_scrapy() -> None:
    page = ROOT / "tests" / "fixtures" / "rtarabic" / "older_layout.html"
    result = subprocess.run([sys.executable, "-c", PROBE, str(page)], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- .ci/import_direction.py: the checker `make lint` runs -----------------------------------

CHECKER = ROOT / ".ci" / "import_direction.py"


def _load_checker():
    spec = importlib.util.spec_from_file_location("import_direction", CHECKER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building classes
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


def _tree(root: Path, files: dict[str, str]) -> Path:
    for relpath, text in files.items():
        path = root / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for layer in ("extraction", "archive", "crawler"):
        (root / layer).mkdir(exist_ok=True)
        (root / layer / "__init__.py").touch()
    return root


def _found(root: Path) -> list[str]:
    return [str(violation) for violation in checker.check(root)[0]]


def test_repository_imports_run_one_way_and_modules_are_short() -> None:
    violations, checked = checker.check(ROOT)
    assert checked > 50
    assert [str(v) for v in violations] == []


def test_clean_tree_passes_from_the_command_line(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"extraction/a.py": "import re\n",
                            "archive/b.py": "from extraction import a\nimport datasette\n",
                            "crawler/c.py": "import scrapy\nfrom archive import b\n",
                            "tests/test_x.py": "import scrapy, crawler, archive\n"})
    result = subprocess.run([sys.executable, str(CHECKER), str(root)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    assert result.stdout.startswith("import_direction: OK")


def test_violations_exit_1_with_one_line_each_and_a_summary(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"extraction/a.py": "import scrapy\nimport archive.db\n"})
    result = subprocess.run([sys.executable, str(CHECKER), str(root)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "extraction/a.py:1: extraction.a imports scrapy (extraction/ may not import scrapy)",
        "extraction/a.py:2: extraction.a imports archive.db (extraction/ may not import archive)",
        "import_direction: 2 violation(s) in 1 file(s) (4 files checked)",
    ]


@pytest.mark.parametrize(("source", "target"), [
    ("import twisted.internet.reactor\n", "twisted.internet.reactor"),
    ("def f():\n    from scrapy.http import Request\n    return Request\n", "scrapy.http"),
    ("import os\nif os.environ:\n    import crawler.settings\n", "crawler.settings"),
    ("from crawler.spiders import news\n", "crawler.spiders"),
    ("import importlib\nimportlib.import_module('scrapy.crawler')\n", "scrapy.crawler"),
    ("from importlib import import_module\nimport_module('crawler.run')\n", "crawler.run"),
    ("__import__('twisted')\n", "twisted"),
])
def test_archive_rules(tmp_path: Path, source: str, target: str) -> None:
    root = _tree(tmp_path, {"archive/store.py": source})
    [line] = _found(root)
    assert line.startswith("archive/store.py:")
    assert f": archive.store imports {target} (archive/ may not import " in line


@pytest.mark.parametrize("banned", ["crawler", "archive", "scrapy", "twisted", "scrapy_redis",
                                    "scrapy_playwright", "playwright", "datasette"])
def test_extraction_rules(tmp_path: Path, banned: str) -> None:
    root = _tree(tmp_path, {"extraction/sites/x.py": f"from {banned}.sub import thing\n"})
    assert _found(root) == [f"extraction/sites/x.py:1: extraction.sites.x imports {banned}.sub "
                            f"(extraction/ may not import {banned})"]


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"extraction/sites/__init__.py": "from ...archive import db\n",
                            "extraction/sites/x.py": "from . import base\nfrom .. import dates\n"
                                                     "from ...crawler.items import Item\n",
                            "archive/sub/__init__.py": "from ..store import save\n",
                            "archive/sub/y.py": "from ...crawler import items\n"})
    assert _found(root) == [
        "archive/sub/y.py:1: archive.sub.y imports crawler (archive/ may not import crawler)",
        "extraction/sites/__init__.py:1: extraction.sites imports archive "
        "(extraction/ may not import archive)",
        "extraction/sites/x.py:3: extraction.sites.x imports crawler.items "
        "(extraction/ may not import crawler)",
    ]


def test_relative_importlib_literal(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"archive/x.py": "import importlib\n"
                                            "importlib.import_module('..crawler.run', 'archive')\n"
                                            "importlib.import_module('.store', package='archive')\n"
                                            "importlib.import_module(name)\n"})
    assert _found(root) == ["archive/x.py:2: archive.x imports crawler.run "
                            "(archive/ may not import crawler)"]


def test_cli_may_import_crawler_run_and_nothing_else(tmp_path: Path) -> None:
    allowed = ("import crawler.run\n"
               "from crawler.run import run_spider\n"
               "from crawler import run\n"
               "from ..crawler import run as again\n"
               "def main():\n    from crawler.run import run_spider\n"
               "import importlib\nimportlib.import_module('crawler.run')\n")
    root = _tree(tmp_path, {"archive/cli.py": allowed})
    assert _found(root) == []

    refused = ("import crawler\n"
               "import crawler.settings\n"
               "from crawler import run, scheduler\n"
               "from crawler.spiders.news import NewsSpider\n"
               "import crawler.runner\n"
               "import scrapy\n")
    root = _tree(tmp_path, {"archive/cli.py": refused})
    assert [line.split(" (")[0] for line in _found(root)] == [
        "archive/cli.py:1: archive.cli imports crawler",
        "archive/cli.py:2: archive.cli imports crawler.settings",
        "archive/cli.py:3: archive.cli imports crawler.scheduler",
        "archive/cli.py:4: archive.cli imports crawler.spiders.news",
        "archive/cli.py:5: archive.cli imports crawler.runner",
        "archive/cli.py:6: archive.cli imports scrapy",
    ]

    # The exception belongs to archive/cli.py alone.
    root = _tree(tmp_path, {"archive/cli.py": "", "archive/other.py": "import crawler.run\n",
                            "archive/sub/cli.py": "from crawler.run import run_spider\n"})
    assert [line.split(" (")[0] for line in _found(root)] == [
        "archive/other.py:1: archive.other imports crawler.run",
        "archive/sub/cli.py:1: archive.sub.cli imports crawler.run",
    ]


def test_module_length(tmp_path: Path) -> None:
    limit = checker.MAX_LINES
    root = _tree(tmp_path, {"extraction/short.py": "x = 1\n" * limit,
                            "archive/long.py": "x = 1\n" * (limit + 1),
                            "crawler/spiders/long.py": "x = 1\n" * (limit + 5),
                            "bench/long.py": "x = 1\n" * (limit + 2),
                            "tests/test_long.py": "x = 1\n" * (limit * 3)})
    assert _found(root) == [
        f"archive/long.py: {limit + 1} lines (max {limit})",
        f"bench/long.py: {limit + 2} lines (max {limit})",
        f"crawler/spiders/long.py: {limit + 5} lines (max {limit})",
    ]


def test_tests_may_import_anything(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"tests/test_x.py": "import scrapy\nfrom crawler import run\n"
                                               "from archive import store\n"})
    assert _found(root) == []
