"""Decode a captured payload by its Content-Encoding: every encoding the crawler accepts
(Scrapy 2.19 advertises gzip, deflate, br and zstd), layered encodings last-applied first.

Also a brotli decompressor for warcio: warcio 1.8.1 sets an attribute on brotli 1.2's
Decompressor, which no longer allows it, so its reader (and `warcio check`) crash on a
brotli response; `warcio_brotli_fix()` installs one that works.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Sequence

import brotli

if sys.version_info >= (3, 14):  # pragma: no cover - the stdlib module
    from compression import zstd
else:
    from backports import zstd

# What `decode_payload` reads back; anything else is returned as it is.
ENCODINGS: frozenset[str] = frozenset({"gzip", "x-gzip", "deflate", "br", "zstd", "identity"})


class UnknownEncodingError(ValueError):
    """A Content-Encoding the archive cannot decode."""


# What a payload that cannot be decoded raises.
DECODE_ERRORS: tuple[type[Exception], ...] = (UnknownEncodingError, zlib.error, brotli.error,
                                              zstd.ZstdError)


def content_encodings(headers: Sequence[tuple[str, str]]) -> list[str]:
    """The encodings of a response, in the order they were applied."""
    return [part.strip().lower() for name, value in headers
            if name.lower() == "content-encoding" for part in value.split(",") if part.strip()]


def decode_payload(raw: bytes, headers: Sequence[tuple[str, str]]) -> bytes:
    """The payload with every Content-Encoding undone (raises UnknownEncodingError, zlib.error,
    brotli.error or zstd.ZstdError when it cannot be)."""
    body = raw
    for encoding in reversed(content_encodings(headers)):
        body = _decode(body, encoding)
    return body


def _decode(body: bytes, encoding: str) -> bytes:
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompress(body, 16 + zlib.MAX_WBITS)
    if encoding == "deflate":
        try:
            return zlib.decompress(body)
        except zlib.error:  # raw deflate, as some servers send it
            return zlib.decompress(body, -zlib.MAX_WBITS)
    if encoding == "br":
        return brotli.decompress(body)
    if encoding == "zstd":
        return zstd.decompress(body)
    if encoding == "identity":
        return body
    raise UnknownEncodingError(f"cannot decode Content-Encoding {encoding!r}")


class _WarcioBrotli:
    """brotli 1.2's Decompressor with what warcio's BufferedReader reads of it."""

    def __init__(self) -> None:
        self._inner = brotli.Decompressor()
        self.unused_data: bytes | None = None

    def decompress(self, data: bytes) -> bytes:
        return self._inner.process(data)

    def flush(self) -> bytes:
        return b""


def warcio_brotli_fix() -> None:
    """Make warcio's readers decode brotli payloads with brotli 1.2 (idempotent)."""
    from warcio.bufferedreaders import BufferedReader

    BufferedReader.DECOMPRESSORS["br"] = _WarcioBrotli
