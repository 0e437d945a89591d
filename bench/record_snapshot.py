"""Every fixture and replica page extracted under several profiles, as one JSON file.

For refactors that must not change a record: write a snapshot before, one after, compare
(`cmp` or the printed sha256). `python -m bench.record_snapshot OUT.json`
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from extraction import extract, get_site
from extraction.sites.generic import site_for_url
from tests.replica.site import ReplicaSite
from tests.replica_wp.site import WordPressSite

PROFILES = ("rtarabic", "generic", "sputnikarabic", "youm7")
WP_BASE = "http://127.0.0.1:9999"


def pages() -> list[tuple[str, str, bytes, str | None]]:
    """(key, url, body, content type) of every page: fixtures twice (an RT and a plain URL),
    then every route of the RT replica (300 articles) and the WordPress replica (120)."""
    found = []
    for path in sorted(Path("tests").rglob("*.html")):
        found.append((str(path), "https://arabic.rt.com/world/1531002-x/", path.read_bytes(), None))
        found.append((f"{path}#plain", "https://example.com/2024/01/02/some-story-here/",
                      path.read_bytes(), None))
    for prefix, site in (("rt", ReplicaSite("https://arabic.rt.com", n_articles=300)),
                         ("wp", WordPressSite(WP_BASE, n_articles=120))):
        for path, route in sorted(site.routes.items()):
            found.append((prefix + path, site.url(path), route.body,
                          route.headers.get("Content-Type")))
    return found


def main(out: str) -> None:
    sites = [get_site(name) for name in PROFILES]
    sites += [site_for_url(WP_BASE), site_for_url("https://example.com")]
    records = {f"{key}|{i}": extract(site, url, body, ctype).to_dict()
               for key, url, body, ctype in pages() for i, site in enumerate(sites)}
    Path(out).write_text(json.dumps(records, ensure_ascii=False, sort_keys=True, indent=0),
                         encoding="utf-8")
    print(len(records), hashlib.sha256(Path(out).read_bytes()).hexdigest())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "records.json")
