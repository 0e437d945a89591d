"""Migration m021: the search index without its Snowball-stem columns (`title_stem`,
`summary_stem`, `body_stem`): a query finds the other inflections through `search_stems`,
the keys sharing each stem (archive/search.py). Rebuilt beside the old index in batches,
resumably (archive/index_rebuild.py), `search_stems` filled as it goes; an archive whose
index has no stem columns (made with this code) is left as it is.

The old index keeps answering (with the code before m021) until the swap; its pages are
left free in the file for later writes (VACUUM gives them back to the disk).
"""

from __future__ import annotations

import sqlite3

import sqlite_utils

from archive import index_rebuild
from archive.search import FTS_TABLE

PROGRESS = "_m021_progress"
NEW_INDEX = f"{FTS_TABLE}_m021"
BATCH = 2000
STEM_COLUMNS: tuple[str, ...] = ("title_stem", "summary_stem", "body_stem")


def has_stem_columns(conn: sqlite3.Connection, table: str = FTS_TABLE) -> bool:
    return not index_rebuild.columns(conn, table).isdisjoint(STEM_COLUMNS)


def _batch_done(last: int) -> None:
    """Called after each committed batch with its last article id (tests interrupt here)."""


def convert(db: sqlite_utils.Database, batch: int | None = None) -> int:
    """Rebuild the index without stem columns (see the module doc); returns the articles
    indexed."""
    if not has_stem_columns(db.conn) and NEW_INDEX not in index_rebuild.tables(db.conn):
        return 0
    return index_rebuild.rebuild(db, NEW_INDEX, PROGRESS, batch or BATCH, _batch_done)
