"""trafilatura's text of a page, read from our tree when that is the tree it would parse."""

from __future__ import annotations

import re
from typing import Any

from extraction.document import Document, close_title

# The options trafilatura runs with; the evaluation runs trafilatura alone with the same ones.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "output_format": "txt", "include_comments": False, "include_tables": False,
    "include_images": False, "include_links": False, "with_metadata": False,
}


def trafilatura_text(doc: Document) -> str:
    import trafilatura  # imported when needed: a run that fetches no page starts faster

    page = trafilatura_input(doc.raw, doc.tree)
    return trafilatura.extract(page, url=doc.url or None, **TRAFILATURA_OPTIONS) or ""


_FULL_HTML = re.compile(r"^\s*<(?:html|!doctype)", re.IGNORECASE)  # lxml.html.fromstring's test


def trafilatura_input(raw: str, tree: Any) -> Any:
    """Our tree when it is the tree trafilatura would parse from `raw`, else `raw`.

    trafilatura works on a copy of a tree it is given, so passing ours saves it a parse. Ours
    is its tree unless trafilatura would first repair the string (load_html in
    trafilatura/utils.py: control characters, a doctype line libxml2 misreads, a self-closed
    <html/>), would read it as a fragment, or we closed an unclosed <title>.
    """
    from trafilatura.utils import DOCTYPE_TAG, INVALID_XML_CHARS

    beginning = raw[:50].lower()
    if ("html" not in beginning or not _FULL_HTML.match(raw) or len(tree) == 0
            or close_title(raw) is not raw or INVALID_XML_CHARS.search(raw)):
        return raw
    newline = raw.find("\n")  # the doctype repair rewrites the first line, adding a newline
    if "doctype" in beginning and (newline < 0 or DOCTYPE_TAG.match(raw, 0, newline)):
        return raw
    if any("<html" in line and line.endswith("/>") for line in raw[:4096].splitlines()[:4]):
        return raw
    return tree
