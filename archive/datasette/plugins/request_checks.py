"""Datasette hooks that bound what one request can ask of the server: a length limit on
every SQLite value the archive's connections build, and a 400 (not a 500) for a sort by a
column the table cannot be sorted by."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import BadRequest

PLUGIN = "arabic-archive"
# Longest string or blob a query may build or read (SQLite's own default is 1e9 bytes:
# `select zeroblob(1000000000)` took 17 s and 5 GB). Far above any stored value: a body is at
# most DOWNLOAD_MAXSIZE (10 MiB) of text.
MAX_VALUE_BYTES = 64 * 1024 * 1024


@hookimpl
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    config = datasette.plugin_config(PLUGIN)
    if config and database == config["database"]:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def filters_from_request(request: Any, database: str, table: str,
                         datasette: Any) -> Awaitable[None] | None:
    sort, sort_desc = request.args.get("_sort"), request.args.get("_sort_desc")
    if not sort and not sort_desc:
        return None

    async def check() -> None:
        if sort and sort_desc:
            raise BadRequest("Cannot use _sort and _sort_desc at the same time")
        metadata = datasette.table_metadata(database, table)
        columns = metadata.get("sortable_columns") or await datasette.get_database(
            database).table_columns(table)
        wanted = sort or sort_desc
        if wanted not in {*columns, "rowid"}:
            raise BadRequest(f"Cannot sort table by {wanted}: sortable columns are "
                             f"{', '.join(sorted(columns))}")

    return check()
