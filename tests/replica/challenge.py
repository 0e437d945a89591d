"""A replica behind a JavaScript challenge, and article pages whose text only script writes.

`ChallengeGate` is a ReplicaServer gate: every request without the clearance cookie gets a 503
DDoS-Guard-like page whose inline script sets the cookie and reloads (as the real ones do,
after a moment). `script_rendered` rewrites articles so their text container is empty in the
HTML and filled by script.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping

from . import pages
from .site import HTML, ReplicaSite, Route

CLEARANCE = "__ddg_clear"
_CHALLENGE = """<!DOCTYPE html><html><head><title>DDoS-Guard</title></head>
<body><p>Checking your browser before accessing the site.</p>
<script>setTimeout(function () {{ {set_cookie} location.reload(); }}, 200);</script>
</body></html>"""


class ChallengeGate:
    """Answers a request 503 with a challenge unless it carries the current clearance cookie.

    `clears`: False gives a challenge whose script never sets the cookie (it is never passed).
    `uses`: after that many cleared requests the token changes, so the cookie is challenged
    again (a clearance that expires). Counts what it saw, thread-safely.
    """

    def __init__(self, clears: bool = True, uses: int | None = None) -> None:
        self.clears = clears
        self.uses = uses
        self.generation = 0
        self.cleared = 0
        self.challenged = 0
        self._lock = threading.Lock()

    @property
    def token(self) -> str:
        return f"passed{self.generation}"

    def page(self) -> bytes:
        set_cookie = (f'document.cookie = "{CLEARANCE}={self.token}; path=/";' if self.clears
                      else 'document.cookie = "__ddg_wrong=1; path=/";')
        return _CHALLENGE.format(set_cookie=set_cookie).encode()

    def __call__(self, path: str, headers: Mapping[str, str]) -> Route | None:
        cookies = headers.get("Cookie") or ""
        with self._lock:
            if f"{CLEARANCE}={self.token}" in cookies.replace(" ", "").split(";"):
                self.cleared += 1
                if self.uses is not None and self.cleared % self.uses == 0:
                    self.generation += 1
                return None
            self.challenged += 1
            return Route(503, {"Content-Type": HTML, "Server": "ddos-guard"}, self.page())


def script_rendered(site: ReplicaSite, article_ids: Iterable[str],
                    extra_scripts: Iterable[str] = ()) -> None:
    """Serve these (UTF-8) articles with an empty text container that an inline script
    fills with the article's text; `extra_scripts` are script URLs the page also loads."""
    for article_id in article_ids:
        spec = site.articles[article_id]
        assert spec.encoding == "utf-8", article_id
        page = site._page(spec).decode()
        text = pages._text(spec, site.base_url, site._resolve)
        opening = text[:text.index(">") + 1]
        inner = json.dumps(text[len(opening):-len("</div>")]).replace("</", "<\\/")
        loads = "".join(f'<script src="{src}"></script>' for src in extra_scripts)
        script = (f"{loads}<script>document.querySelector('.js-text').innerHTML = {inner};"
                  "</script>")
        assert text in page
        body = page.replace(text, f"{opening}</div>{script}").encode()
        route = Route(200, {"Content-Type": HTML}, body)
        for path in {spec.path, spec.fetched_path}:
            site.routes[path] = route
    site._index = _index(site)


def _index(site: ReplicaSite) -> dict[str, Route]:
    from .site import _decoded

    return {_decoded(p): r for p, r in site.routes.items()}
