"""Stream articles out of the archive as JSON Lines, CSV or Parquet, with stable field names."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

import sqlite_utils

from archive import relations, urls

# The export's field names, in order: stable (documented in README); a new field goes last.
# Lists stay lists in JSON Lines and Parquet; CSV holds them as JSON text.
EXPORT_FIELDS: tuple[str, ...] = (
    "site", "article_id", "url", "canonical_url", "title", "summary", "body", "author",
    "published", "modified", "section", "section_name", "tags", "source", "images", "related",
    "language", "language_confidence", "word_count", "content_hash", "first_seen", "last_seen",
    "last_changed", "version", "removed_at", "warc_file", "warc_offset", "warc_length",
    "warc_digest", "published_hijri",
)
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")
_BATCH = 1000


def rows(db: sqlite_utils.Database, *, since: str | None = None, site: str | None = None,
         language: str | None = None) -> Iterator[dict[str, Any]]:
    """Stored articles, oldest published first, with their tags, images and links (their
    tables read a batch at a time); streamed, not loaded."""
    where, params = ["status = 'ok'"], []
    for clause, value in (("site = ?", site), ("language = ?", language),
                          ("substr(published, 1, 10) >= ?", since)):
        if value:
            where.append(clause)
            params.append(value)
    stored = [f for f in EXPORT_FIELDS if f not in relations.LIST_FIELDS]
    sql = (f"SELECT id, {', '.join(stored)} FROM articles WHERE {' AND '.join(where)} "
           "ORDER BY published, id")
    cursor = db.conn.execute(sql, params)
    while chunk := cursor.fetchmany(_BATCH):
        lists = relations.read(db.conn, [values[0] for values in chunk])
        for values in chunk:
            row = dict(zip(stored, values[1:], strict=True))
            row["canonical_url"] = urls.canonical(row["canonical_url"], row["url"])
            row.update(lists[values[0]])
            yield {name: row[name] for name in EXPORT_FIELDS}


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for count, record in enumerate(records, 1):  # noqa: B007
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return count


def write_csv(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    count = 0
    for count, record in enumerate(records, 1):  # noqa: B007
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if k in relations.LIST_FIELDS else v
                         for k, v in record.items()})
    return count


def parquet_schema() -> Any:
    import pyarrow as pa

    text = pa.string()
    types: dict[str, Any] = dict.fromkeys(EXPORT_FIELDS, text)
    types.update(
        language_confidence=pa.float64(), word_count=pa.int64(), version=pa.int64(),
        warc_offset=pa.int64(), warc_length=pa.int64(), tags=pa.list_(text),
        images=pa.list_(pa.struct([("url", text), ("caption", text), ("credit", text)])),
        related=pa.list_(pa.struct([("url", text), ("title", text), ("kind", text)])),
    )
    return pa.schema([(name, types[name]) for name in EXPORT_FIELDS])


def write_parquet(records: Iterator[dict[str, Any]], path: str) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
