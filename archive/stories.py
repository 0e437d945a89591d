"""Stories across sites: each stored body's MinHash signature and LSH bands, and the
clusters of copies (`articles.story_id`) kept up to date as articles are written.

Called by archive/store.py in the transaction that writes the article. A new or changed
body gets a signature (archive/story_signature.py); its BANDS band hashes go to
`story_bands` (primary key band, hash, article), so candidates and their signatures are
found with one statement of indexed lookups, and verified together. The article joins every story
it matches: clusters it bridges are merged. A changed body first leaves its story, which is
split again if the article was what held it together. A story's id is its lowest article
id; an article alone has none. A story holds at most STORY_MAX_COPIES copies, and each
band lookup reads at most BAND_CANDIDATES articles (bodies shared by thousands of pages are
no syndication; they must not make one write cost thousands). After every change the
story's original is chosen again and every other copy gets a link of kind `original` to it
(archive/story_links.py).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import sqlite_utils

from archive.story_links import ORIGINAL, refresh_original
from archive.story_signature import (
    BANDS,
    NUM_PERM,
    Signature,
    same_stories,
    same_story,
    signature,
)

# A story holds at most this many copies: syndication gives tens, not thousands. A page
# whose body matches a story already this large (a site template stored as text, a notice
# page) does not join it (it may start another), so one write never costs a pass over
# thousands of members.
STORY_MAX_COPIES = 100
# Articles looked at per LSH band (the newest): a band shared by thousands of bodies is the
# same degenerate case.
BAND_CANDIDATES = 50


def place(db: sqlite_utils.Database, pk: int, body: str, *, new: bool = False) -> int | None:
    """Keep article `pk`'s signature and story up to date with `body`; its story id.
    `new`: the article has no signature and no story yet (just inserted), nothing to undo."""
    sig = signature(body)
    if new:
        story = None if sig is None else _attach(db, pk, sig)
    else:
        stored = _signature(db, pk)
        if stored is None or sig is None or stored.to_bytes() != sig.to_bytes():
            if stored is not None:
                detach(db, pk, stored)
            if sig is not None:
                _attach(db, pk, sig)
        story = db.conn.execute("SELECT story_id FROM articles WHERE id = ?",
                                [pk]).fetchone()[0]
    if story is not None:
        refresh_original(db, story)
    return story


def _signature(db: sqlite_utils.Database, pk: int) -> Signature | None:
    row = db.conn.execute("SELECT signature, shingles FROM story_signatures WHERE article = ?",
                          [pk]).fetchone()
    return Signature.from_bytes(row[0], row[1]) if row else None


def _signatures(db: sqlite_utils.Database, pks: Iterable[int]) -> dict[int, Signature]:
    pks = list(pks)
    if not pks:
        return {}
    marks = ", ".join("?" * len(pks))
    return {pk: Signature.from_bytes(data, n) for pk, data, n in db.execute(
        f"SELECT article, signature, shingles FROM story_signatures WHERE article IN ({marks})",
        pks)}


# The signatures of the articles sharing a band, in one statement: each band's lookup is
# limited on its own (the newest BAND_CANDIDATES), their union gives each article once.
_BAND_LOOKUP = ("SELECT * FROM (SELECT article FROM story_bands WHERE band = ? AND hash = ? "
                "ORDER BY article DESC LIMIT ?)")
_CANDIDATES_SQL = ("SELECT article, signature, shingles FROM story_signatures WHERE article IN "
                   f"({' UNION '.join([_BAND_LOOKUP] * BANDS)}) AND article != ?")
_INSERT_BANDS_SQL = ("INSERT OR IGNORE INTO story_bands (band, hash, article) VALUES "
                     + ", ".join(["(?, ?, ?)"] * BANDS))


def _band_params(bands: np.ndarray, last: int) -> list[int]:
    """(band number, band hash, `last`) for every band, flattened: a band statement's
    parameters (built with numpy: a Python loop over them cost as much as the statement)."""
    table = np.empty((BANDS, 3), dtype=np.int64)
    table[:, 0] = np.arange(BANDS)
    table[:, 1] = bands
    table[:, 2] = last
    return table.ravel().tolist()


def candidates(db: sqlite_utils.Database, sig: Signature, bands: np.ndarray,
               pk: int) -> list[int]:
    """The articles sharing at least one of `bands` (other than `pk`) that are `sig`'s story."""
    rows = db.conn.execute(_CANDIDATES_SQL,
                           [*_band_params(bands, BAND_CANDIDATES), pk]).fetchall()
    if not rows:
        return []
    ids, values, counts = zip(*rows, strict=True)
    alike = same_stories(sig, np.frombuffer(b"".join(values), dtype="<u4").reshape(
        len(rows), NUM_PERM), np.array(counts))
    return [other for other, same in zip(ids, alike.tolist(), strict=True) if same]


def _attach(db: sqlite_utils.Database, pk: int, sig: Signature) -> int | None:
    """Index the article's signature and join the stories it matches; its story id."""
    bands = sig.bands()
    matched = candidates(db, sig, bands, pk)
    db.conn.execute("INSERT OR REPLACE INTO story_signatures (article, signature, shingles) "
                    "VALUES (?, ?, ?)", [pk, sig.to_bytes(), sig.shingles])
    db.conn.execute(_INSERT_BANDS_SQL, _band_params(bands, pk))
    if not matched:
        return None
    marks = ", ".join("?" * len(matched))
    stories = {row[0] for row in db.execute(
        f"SELECT story_id FROM articles WHERE id IN ({marks}) AND story_id IS NOT NULL",
        matched)}
    if _copies(db, stories, matched) >= STORY_MAX_COPIES:
        return None
    story = min([pk, *matched, *stories])
    db.execute(f"UPDATE articles SET story_id = ? WHERE id IN (?, {marks})",
               [story, pk, *matched])
    merged = stories - {story}
    if merged:
        merged_marks = ", ".join("?" * len(merged))
        db.execute(f"UPDATE articles SET story_id = ? WHERE story_id IN ({merged_marks})",
                   [story, *merged])
        db.execute(f"DELETE FROM story_originals WHERE story IN ({merged_marks})", list(merged))
    return story


def _copies(db: sqlite_utils.Database, stories: set[int], matched: list[int]) -> int:
    """How many articles the stories and the matched articles (not in a story) hold."""
    marks = ", ".join("?" * len(stories))
    members = db.execute(f"SELECT count(*) FROM articles WHERE story_id IN ({marks})",
                         list(stories)).fetchone()[0] if stories else 0
    loose = db.execute(f"SELECT count(*) FROM articles WHERE id IN "
                       f"({', '.join('?' * len(matched))}) AND story_id IS NULL",
                       matched).fetchone()[0]
    return members + loose


def detach(db: sqlite_utils.Database, pk: int, stored: Signature) -> None:
    """Take article `pk` (whose stored signature is `stored`) out of the index and of its
    story; what is left of the story is split into the clusters that still hold."""
    db.conn.executemany("DELETE FROM story_bands WHERE band = ? AND hash = ? AND article = ?",
                        [(band, hashed, pk)
                         for band, hashed in enumerate(stored.bands().tolist())])
    db.execute("DELETE FROM story_signatures WHERE article = ?", [pk])
    story = db.execute("SELECT story_id FROM articles WHERE id = ?", [pk]).fetchone()[0]
    db.execute("DELETE FROM article_links WHERE article = ? AND kind = ?", [pk, ORIGINAL])
    if story is None:
        return
    db.execute("UPDATE articles SET story_id = NULL WHERE id = ?", [pk])
    db.execute("DELETE FROM story_originals WHERE story = ?", [story])
    rest = [row[0] for row in db.execute("SELECT id FROM articles WHERE story_id = ?", [story])]
    for group in components(_signatures(db, rest)):
        new = min(group) if len(group) > 1 else None
        marks = ", ".join("?" * len(group))
        db.execute(f"UPDATE articles SET story_id = ? WHERE id IN ({marks})", [new, *group])
        if new is None:
            db.execute("DELETE FROM article_links WHERE article = ? AND kind = ?",
                       [group[0], ORIGINAL])
        else:
            refresh_original(db, new)


def components(sigs: dict[int, Signature]) -> list[list[int]]:
    """Connected groups of articles whose signatures match pairwise (a story's members)."""
    parent = {pk: pk for pk in sigs}

    def root(pk: int) -> int:
        while parent[pk] != pk:
            parent[pk] = parent[parent[pk]]
            pk = parent[pk]
        return pk

    ids = sorted(sigs)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if root(a) != root(b) and same_story(sigs[a], sigs[b]):
                parent[max(root(a), root(b))] = min(root(a), root(b))
    groups: dict[int, list[int]] = {}
    for pk in ids:
        groups.setdefault(root(pk), []).append(pk)
    return list(groups.values())
