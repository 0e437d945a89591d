"""Stories across sites: each stored body's MinHash signature and LSH bands, and the
clusters of copies (`articles.story_id`) kept up to date as articles are written.

Called by archive/store.py in the transaction that writes the article (a batch's articles
after their rows, their signatures computed together: `place_many`). A new or changed body
gets a signature (archive/story_signature.py); its BANDS band keys (the band's number above
its hash) go to `story_bands` (primary key key, article), so the articles sharing a band are
found with one indexed IN list, and their signatures verified together. The article joins
every story it matches: clusters it bridges are merged. A changed body first leaves its
story, which is split again if the article was what held it together. A story's id is its
lowest article id; an article alone has none. A story holds at most STORY_MAX_COPIES
copies, and each band lookup reads at most BAND_CANDIDATES articles (bodies shared by
thousands of pages are no syndication; they must not make one write cost thousands). After
every change the story's original is chosen again and every other copy gets a link of kind
`original` to it (archive/story_links.py).
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
    band_keys,
    same_stories,
    same_story,
    signature,
    signatures,
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
    return _place(db, pk, None if sig is None else (sig, sig.band_keys().tolist()), new)


def place_many(db: sqlite_utils.Database, articles: list[tuple[int, str, bool]]) -> None:
    """`place` each (pk, body, new), in order: the signatures of the batch computed together
    (archive/story_signature.py `signatures`), the stories as `place` one by one leaves them."""
    sigs = signatures([body for _pk, body, _new in articles])
    signed = [sig for sig in sigs if sig is not None]
    keys = iter(band_keys(signed).tolist())
    for (pk, _body, new), sig in zip(articles, sigs, strict=True):
        _place(db, pk, None if sig is None else (sig, next(keys)), new)


def _place(db: sqlite_utils.Database, pk: int, signed: tuple[Signature, list[int]] | None,
           new: bool) -> int | None:
    """`place` with the body's signature and band keys (None: too short to compare)."""
    if new:
        story = None if signed is None else _attach(db, pk, *signed)
    else:
        stored = _signature(db, pk)
        if stored is None or signed is None or stored.to_bytes() != signed[0].to_bytes():
            if stored is not None:
                detach(db, pk, stored)
            if signed is not None:
                _attach(db, pk, *signed)
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


# The articles sharing a band, for all bands in one indexed IN list, at most LOOKUP_CAP rows;
# BAND_CANDIDATES per band are kept (the newest). A lookup that meets the cap (a band shared
# by thousands of bodies) is made again band by band, each limited on its own.
_BAND_KEYS = ", ".join("?" * BANDS)
_LOOKUP_SQL = f"SELECT key, article FROM story_bands WHERE key IN ({_BAND_KEYS}) LIMIT ?"
_BAND_LOOKUP = ("SELECT * FROM (SELECT key, article FROM story_bands WHERE key = ? "
                "ORDER BY article DESC LIMIT ?)")
_LIMITED_SQL = " UNION ALL ".join([_BAND_LOOKUP] * BANDS)
_INSERT_BANDS_SQL = ("INSERT OR IGNORE INTO story_bands (key, article) VALUES "
                     + ", ".join(["(?, ?)"] * BANDS))


def lookup_cap() -> int:
    """Rows a band lookup reads before it is made band by band (BAND_CANDIDATES each)."""
    return BANDS * BAND_CANDIDATES + 1


def _sharing(db: sqlite_utils.Database, keys: list[int], pk: int) -> list[int]:
    """The articles other than `pk` sharing one of the band `keys`: per band its newest
    BAND_CANDIDATES."""
    cap = lookup_cap()
    rows = db.conn.execute(_LOOKUP_SQL, [*keys, cap]).fetchall()
    if len(rows) >= cap:
        rows = db.conn.execute(_LIMITED_SQL, [value for key in keys
                                              for value in (key, BAND_CANDIDATES)]).fetchall()
    elif len(rows) > BAND_CANDIDATES:
        by_key: dict[int, list[int]] = {}
        for key, article in rows:
            by_key.setdefault(key, []).append(article)
        return sorted({article for articles in by_key.values()
                       for article in sorted(articles)[-BAND_CANDIDATES:] if article != pk})
    return sorted({article for _key, article in rows if article != pk})


def candidates(db: sqlite_utils.Database, sig: Signature, keys: list[int],
               pk: int) -> list[int]:
    """The articles sharing at least one of the band `keys` (other than `pk`) that are
    `sig`'s story."""
    sharing = _sharing(db, keys, pk)
    if not sharing:
        return []
    rows = db.conn.execute("SELECT article, signature, shingles FROM story_signatures "
                           f"WHERE article IN ({', '.join('?' * len(sharing))})",
                           sharing).fetchall()
    if not rows:
        return []
    ids, values, counts = zip(*rows, strict=True)
    alike = same_stories(sig, np.frombuffer(b"".join(values), dtype="<u4").reshape(
        len(rows), NUM_PERM), np.array(counts))
    return [other for other, same in zip(ids, alike.tolist(), strict=True) if same]


def _attach(db: sqlite_utils.Database, pk: int, sig: Signature,
            keys: list[int]) -> int | None:
    """Index the article's signature (`keys`: its band keys) and join the stories it
    matches; its story id."""
    matched = candidates(db, sig, keys, pk)
    db.conn.execute("INSERT OR REPLACE INTO story_signatures (article, signature, shingles) "
                    "VALUES (?, ?, ?)", [pk, sig.to_bytes(), sig.shingles])
    db.conn.execute(_INSERT_BANDS_SQL, [value for key in keys for value in (key, pk)])
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
    db.conn.executemany("DELETE FROM story_bands WHERE key = ? AND article = ?",
                        [(key, pk) for key in stored.band_keys().tolist()])
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
