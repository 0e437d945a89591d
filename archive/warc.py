"""WARC captures of every fetched response: rotating .warc.gz files written with warcio,
and random access back to one record by (file, offset) with its digest verified."""

from __future__ import annotations

import base64
import hashlib
import os
import socket
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.content_encoding import DECODE_ERRORS, decode_payload, warcio_brotli_fix

# warcio's own readers (ArchiveIterator.content_stream) decode brotli with brotli 1.2 too.
warcio_brotli_fix()

DEFAULT_MAX_BYTES = 1024 ** 3
# The body is stored as received; these headers describe the transfer, not the payload.
_HOP_HEADERS = frozenset({"transfer-encoding", "connection", "keep-alive"})
SOFTWARE = "arabic-news-archive/0.1 (warcio)"
# Records holding a document without HTTP headers (a browser's rendered DOM).
_DOCUMENT_RECORDS = frozenset({"conversion", "resource"})


class CaptureError(Exception):
    """A capture that cannot be read back or whose digest does not match."""


@dataclass(frozen=True)
class Capture:
    """Where a response record is: file relative to WARC_DIR, byte range, payload digest."""

    file: str
    offset: int
    length: int
    digest: str
    date: str
    record_id: str = ""  # WARC-Record-ID, for records that refer to this one

    def as_columns(self) -> dict[str, object]:
        return {"warc_file": self.file, "warc_offset": self.offset,
                "warc_length": self.length, "warc_digest": self.digest}


@dataclass(frozen=True)
class Fetched:
    """One HTTP exchange as the crawler saw it (headers as (name, value) pairs)."""

    url: str
    method: str
    request_headers: Sequence[tuple[str, str]]
    status: int
    response_headers: Sequence[tuple[str, str]]
    body: bytes


def payload_digest(body: bytes) -> str:
    """WARC-Payload-Digest form: sha1 in base32."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


class CaptureWriter:
    """Appends records to `<prefix>-<time>-<serial>-<pid>.warc.gz` files under `directory`.

    A new file per process (so a run after a crash never appends to a damaged file) and per
    `max_bytes` (size-based rotation). Each record is one gzip member, so (offset, length)
    reads it alone. `write_*` flush to the OS; `sync` forces them to disk.
    """

    def __init__(self, directory: str | Path, prefix: str,
                 max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_bytes = max_bytes
        self.serial = 0
        self._file: BinaryIO | None = None
        self._name = ""
        self._writer: WARCWriter | None = None

    def write_response(self, fetched: Fetched) -> Capture:
        """A response record (payload as received) and its request record."""
        writer = self._ready()
        response = writer.create_warc_record(
            fetched.url, "response", payload=BytesIO(fetched.body), length=len(fetched.body),
            http_headers=_status_headers(fetched))
        capture = self._append(response)
        request = writer.create_warc_record(fetched.url, "request",
                                            http_headers=_request_headers(fetched))
        request.rec_headers.add_header("WARC-Concurrent-To",
                                       response.rec_headers.get_header("WARC-Record-ID"))
        self._append(request)
        return capture

    def write_revisit(self, fetched: Fetched, digest: str, refers_to_url: str,
                      refers_to_date: str, not_modified: bool) -> Capture:
        """A revisit record: a 304, or a 200 whose payload digest equals the earlier one."""
        writer = self._ready()
        record = writer.create_revisit_record(fetched.url, digest, refers_to_url, refers_to_date,
                                              http_headers=_status_headers(fetched))
        if not_modified:
            record.rec_headers.replace_header(
                "WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/server-not-modified")
        return self._append(record)

    def write_conversion(self, url: str, body: bytes, content_type: str,
                         refers_to: Capture | None) -> Capture:
        """A conversion record: what was made of a response (the DOM a browser rendered from
        it), with WARC-Refers-To the response record when there is one."""
        writer = self._ready()
        headers = {}
        if refers_to is not None and refers_to.record_id:
            headers = {"WARC-Refers-To": refers_to.record_id,
                       "WARC-Refers-To-Target-URI": url, "WARC-Refers-To-Date": refers_to.date}
        record = writer.create_warc_record(url, "conversion", payload=BytesIO(body),
                                           length=len(body), warc_content_type=content_type,
                                           warc_headers_dict=headers)
        return self._append(record)

    def sync(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self.sync()
            self._file.close()
            self._file = None
            self._writer = None

    def _ready(self) -> WARCWriter:
        if self._file is not None and self._file.tell() >= self.max_bytes:
            self.close()
        if self._file is None:
            self._open()
        assert self._writer is not None
        return self._writer

    def _open(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._name = f"{self.prefix}-{stamp}-{self.serial:05d}-{os.getpid()}.warc.gz"
        self._file = open(self.directory / self._name, "xb")  # noqa: SIM115 - kept open
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.1")
        info = self._writer.create_warcinfo_record(self._name, {
            "software": SOFTWARE, "format": "WARC File Format 1.1",
            "hostname": socket.gethostname(), "description": "Arabic news archive captures"})
        self._writer.write_record(info)

    def _append(self, record: object) -> Capture:
        assert self._file is not None and self._writer is not None
        offset = self._file.tell()
        self._writer.write_record(record)
        self._file.flush()
        headers = record.rec_headers  # type: ignore[attr-defined]
        return Capture(file=self._name, offset=offset, length=self._file.tell() - offset,
                       digest=headers.get_header("WARC-Payload-Digest") or "",
                       date=headers.get_header("WARC-Date") or "",
                       record_id=headers.get_header("WARC-Record-ID") or "")


def _status_headers(fetched: Fetched) -> StatusAndHeaders:
    headers = [(k, v) for k, v in fetched.response_headers if k.lower() not in _HOP_HEADERS]
    return StatusAndHeaders(f"{fetched.status} {_reason(fetched.status)}", headers,
                            protocol="HTTP/1.1")


def _request_headers(fetched: Fetched) -> StatusAndHeaders:
    parts = fetched.url.split("/", 3)
    path = "/" + (parts[3] if len(parts) > 3 else "")
    return StatusAndHeaders(f"{fetched.method} {path} HTTP/1.1", list(fetched.request_headers),
                            is_http_request=True)


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


@dataclass(frozen=True)
class Record:
    """A response read back: URL, status, headers and the payload decoded for reading."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    digest: str
    date: str = ""  # WARC-Date: when the response was received (ISO 8601, UTC)


def read_capture(directory: str | Path, file: str, offset: int,
                 expect_digest: str | None = None) -> Record:
    """The response (or conversion) record at `offset` of `file`, its payload digest
    verified."""
    path = Path(directory) / file
    try:
        with open(path, "rb") as handle:
            handle.seek(offset)
            record = next(iter(ArchiveIterator(handle)))
            raw = record.raw_stream.read()
            digest = record.rec_headers.get_header("WARC-Payload-Digest") or ""
            headers = list(record.http_headers.headers) if record.http_headers else []
            status = int(record.http_headers.get_statuscode()) if record.http_headers else 0
            if record.rec_type in _DOCUMENT_RECORDS:  # no HTTP: the record's own type
                headers = [("Content-Type",
                            record.rec_headers.get_header("Content-Type") or "")]
                status = 200
            url = record.rec_headers.get_header("WARC-Target-URI") or ""
            date = record.rec_headers.get_header("WARC-Date") or ""
    except (OSError, StopIteration, ArchiveLoadFailed, zlib.error, EOFError, ValueError) as error:
        raise CaptureError(f"cannot read {file}@{offset}: {error}") from error
    if payload_digest(raw) != digest or (expect_digest and digest != expect_digest):
        raise CaptureError(f"digest mismatch in {file}@{offset}")
    try:
        body = decode_payload(raw, headers)
    except DECODE_ERRORS as error:
        raise CaptureError(f"cannot decode {file}@{offset}: {error}") from error
    return Record(url=url, status=status, headers=headers, body=body, digest=digest, date=date)


def iter_records(path: str | Path) -> Iterator[tuple[str, str, int]]:
    """(record type, target URI, offset) of every whole record of a WARC file.

    A file cut short by a crash ends early: its truncated last record is skipped.
    """
    with open(path, "rb") as handle:
        iterator = ArchiveIterator(handle)
        try:
            for record in iterator:
                record.raw_stream.read()  # as stored: whatever its Content-Encoding
                yield (record.rec_type, record.rec_headers.get_header("WARC-Target-URI") or "",
                       iterator.get_record_offset())
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError):
            return
