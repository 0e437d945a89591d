"""Turn fetched bytes into text, and tell HTML from PDFs, images and JSON."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode

# Leading bytes of formats that are never article pages.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"RIFF", b"PK\x03\x04",
    b"\x1f\x8b", b"OggS", b"ID3", b"\x00\x00\x00",
)
_HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain", "")


def is_html(body: bytes, content_type: str | None = None) -> bool:
    """False for bodies that are plainly not HTML pages (by header or by their first bytes)."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime not in _HTML_TYPES:
        return False
    head = body[:64].lstrip()
    if head.startswith(_BINARY_MAGIC):
        return False
    # A JSON document served as text/html is still not a page.
    return not head.startswith((b"{", b"["))


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode with BOM, then HTTP charset, then <meta> charset, then detection (w3lib's order)."""
    _encoding, text = html_to_unicode(content_type, body)
    return text
