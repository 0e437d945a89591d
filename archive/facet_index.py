"""Migration m019: the search index rebuilt with its facets column (archive/search_facets.py),
in batches, resumably (archive/index_rebuild.py). An archive whose index has the column
already (made by m015 or m017 with this code) is left as it is.
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive import index_rebuild
from archive.search import FTS_TABLE
from archive.search_facets import FACET_COLUMN

PROGRESS = "_m019_progress"
NEW_INDEX = f"{FTS_TABLE}_m019"
BATCH = 2000


def has_facets(conn: sqlite3.Connection, table: str = FTS_TABLE) -> bool:
    return FACET_COLUMN in index_rebuild.columns(conn, table)


def _batch_done(last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def convert(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Rebuild the index with facets (see the module doc); returns the articles indexed."""
    if has_facets(db.conn) and NEW_INDEX not in index_rebuild.tables(db.conn):
        return 0
    return index_rebuild.rebuild(db, NEW_INDEX, PROGRESS, batch or BATCH, _batch_done)
