"""The layers' direction: archive/ and site extraction run without importing Scrapy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
