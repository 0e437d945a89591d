"""Turn fetched bytes into text, and tell HTML from PDFs, images and JSON."""

from __future__ import annotations

from w3lib.encoding import (
    html_body_declared_encoding,
    html_to_unicode,
    http_content_type_encoding,
    read_bom,
)

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


# Tried in this order when neither the header nor the page's <meta> decodes the body cleanly.
FALLBACK_ENCODINGS: tuple[str, ...] = ("utf-8", "cp1256")


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Text of an HTML body, right even when the HTTP charset disagrees with the bytes.

    A BOM wins. A body that is valid UTF-8 with non-ASCII bytes is UTF-8 whatever the header
    says (windows-1256 text is practically never valid UTF-8; UTF-8 read as windows-1256 is
    mojibake). Otherwise the first of HTTP charset, <meta> charset, UTF-8, windows-1256 that
    decodes strictly; w3lib's lenient decoding is the last resort.
    """
    if read_bom(body)[0] is None:
        if not body.isascii() and (text := _decoded(body, "utf-8")) is not None:
            return text
        declared = (http_content_type_encoding(content_type or ""),
                    html_body_declared_encoding(body))
        for encoding in (*declared, *FALLBACK_ENCODINGS):
            if encoding and (text := _decoded(body, encoding)) is not None:
                return text
    _encoding, text = html_to_unicode(content_type, body)
    return text


def _decoded(body: bytes, encoding: str) -> str | None:
    """`body` decoded strictly, or None when the encoding is unknown or the bytes invalid."""
    try:
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
