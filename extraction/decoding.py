"""Turn fetched bytes into text, and tell HTML from PDFs, images and JSON."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

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
# A body that fails a strict decode in an encoding by at most this share of its non-ASCII
# bytes (and at most REPAIR_MAX_BYTES of them) is that encoding with a few bad bytes: each is
# replaced by U+FFFD. Windows-1256 text read as UTF-8 fails on nearly every letter.
REPAIR_MAX_SHARE = 0.01
REPAIR_MAX_BYTES = 64


@dataclass(frozen=True)
class Decoded:
    """A body's text, and how many invalid bytes became U+FFFD (0: decoded cleanly)."""

    text: str
    repaired: int = 0


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Text of an HTML body, right even when the HTTP charset disagrees with the bytes."""
    return decode_page(body, content_type).text


def decode_page(body: bytes, content_type: str | None = None) -> Decoded:
    """Text of an HTML body, right even when the HTTP charset disagrees with the bytes.

    A BOM wins. A body that is valid UTF-8 with non-ASCII bytes is UTF-8 whatever the header
    says (windows-1256 text is practically never valid UTF-8; UTF-8 read as windows-1256 is
    mojibake). Otherwise the first of HTTP charset, <meta> charset, UTF-8, windows-1256 that
    decodes strictly; else the declared charset (or UTF-8) with its few invalid bytes
    replaced (`repaired`); w3lib's lenient decoding is the last resort.
    """
    if read_bom(body)[0] is None:
        if not body.isascii() and (text := _decoded(body, "utf-8")) is not None:
            return Decoded(text)
        declared = (http_content_type_encoding(content_type or ""),
                    html_body_declared_encoding(body))
        for encoding in (*declared, *FALLBACK_ENCODINGS):
            if encoding and (text := _decoded(body, encoding)) is not None:
                if encoding in declared or encoding == "utf-8":
                    return Decoded(text)
                # Only the last fallback decoded: a declared (or UTF-8) body with a few bad
                # bytes is that encoding, not windows-1256 mojibake.
                return _repaired(body, (*declared, "utf-8")) or Decoded(text)
        if (repaired := _repaired(body, (*declared, "utf-8"))) is not None:
            return repaired
    _encoding, text = html_to_unicode(content_type, body)
    return Decoded(text)


def _repaired(body: bytes, encodings: tuple[str | None, ...]) -> Decoded | None:
    """`body` in the first of `encodings` whose invalid bytes are few, each as U+FFFD."""
    high = len(body.translate(None, _ASCII))
    limit = min(REPAIR_MAX_BYTES, max(1, int(high * REPAIR_MAX_SHARE)))
    for encoding in dict.fromkeys(e for e in encodings if e):
        bad = _bad_bytes(body, encoding, limit)
        if bad is not None and 0 < bad <= limit:
            return Decoded(body.decode(encoding, "replace"), bad)
    return None


_ASCII = bytes(range(128))


def _bad_bytes(body: bytes, encoding: str, limit: int) -> int | None:
    """How many bytes of `body` are invalid in `encoding`, counting stops past `limit` (None:
    an unknown encoding). Each strict decode runs from the last error to the next one: one
    pass over the body in all."""
    view = memoryview(body)
    bad = position = 0
    while True:
        try:
            codecs.decode(view[position:], encoding)
            return bad
        except UnicodeDecodeError as error:
            bad += error.end - error.start
            position += error.end
            if bad > limit:
                return bad
        except LookupError:
            return None


def _decoded(body: bytes, encoding: str) -> str | None:
    """`body` decoded strictly, or None when the encoding is unknown or the bytes invalid."""
    try:
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None
