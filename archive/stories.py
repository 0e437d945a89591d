"""Stories across sites: each stored body's MinHash signature and LSH bands, and the
clusters of copies (`articles.story_id`) kept up to date as articles are written.

Called by archive/store.py in the transaction that writes the article. A new or changed
body gets a signature (archive/story_signature.py); its BANDS band hashes go to
`story_bands` (primary key band, hash, article), so candidates are found with indexed
lookups; each candidate is verified on its stored signature. The article joins every story
it matches: clusters it bridges are merged. A changed body first leaves its story, which is
split again if the article was what held it together. A story's id is its lowest article
id; an article alone has none. A story holds at most STORY_MAX_COPIES copies, and each
band lookup reads at most BAND_CANDIDATES articles (bodies shared by thousands of pages are
no syndication; they must not make one write cost thousands). After every change the
story's original is chosen again (archive/story_original.py) and every other copy gets a
link of kind `original` to it.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from archive import links, urls
from archive.story_original import Member, original
from archive.story_signature import Signature, same_story, signature

ORIGINAL = "original"  # article_links.kind of a copy's link to its story's original
# A story holds at most this many copies: syndication gives tens, not thousands. A page
# whose body matches a story already this large (a site template stored as text, a notice
# page) does not join it (it may start another), so one write never costs a pass over
# thousands of members.
STORY_MAX_COPIES = 100
# Articles looked at per LSH band (the newest): a band shared by thousands of bodies is the
# same degenerate case.
BAND_CANDIDATES = 50


def place(db: sqlite_utils.Database, pk: int, body: str) -> int | None:
    """Keep article `pk`'s signature and story up to date with `body`; its story id."""
    sig = signature(body)
    stored = _signature(db, pk)
    if stored is None or sig is None or stored.to_bytes() != sig.to_bytes():
        if stored is not None:
            detach(db, pk, stored)
        if sig is not None:
            _attach(db, pk, sig)
    story = db.execute("SELECT story_id FROM articles WHERE id = ?", [pk]).fetchone()[0]
    if story is not None:
        refresh_original(db, story)
    return story


def _signature(db: sqlite_utils.Database, pk: int) -> Signature | None:
    row = db.execute("SELECT signature, shingles FROM story_signatures WHERE article = ?",
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


def candidates(db: sqlite_utils.Database, sig: Signature, pk: int) -> set[int]:
    """Articles sharing at least one band with `sig` (other than `pk`)."""
    found: set[int] = set()
    for band, value in sig.bands():
        found.update(row[0] for row in db.execute(
            "SELECT article FROM story_bands WHERE band = ? AND hash = ? "
            "ORDER BY article DESC LIMIT ?", [band, value, BAND_CANDIDATES]))
    found.discard(pk)
    return found


def _attach(db: sqlite_utils.Database, pk: int, sig: Signature) -> None:
    db.execute("INSERT OR REPLACE INTO story_signatures (article, signature, shingles) "
               "VALUES (?, ?, ?)", [pk, sig.to_bytes(), sig.shingles])
    db.conn.executemany("INSERT OR IGNORE INTO story_bands (band, hash, article) "
                        "VALUES (?, ?, ?)", [(b, h, pk) for b, h in sig.bands()])
    found = candidates(db, sig, pk)
    matched = [other for other, theirs in _signatures(db, found).items()
               if same_story(sig, theirs)]
    if not matched:
        return
    marks = ", ".join("?" * len(matched))
    stories = {row[0] for row in db.execute(
        f"SELECT story_id FROM articles WHERE id IN ({marks}) AND story_id IS NOT NULL",
        matched)}
    if _copies(db, stories, matched) >= STORY_MAX_COPIES:
        return
    story = min([pk, *matched, *stories])
    db.execute(f"UPDATE articles SET story_id = ? WHERE id IN (?, {marks})",
               [story, pk, *matched])
    merged = stories - {story}
    if merged:
        merged_marks = ", ".join("?" * len(merged))
        db.execute(f"UPDATE articles SET story_id = ? WHERE story_id IN ({merged_marks})",
                   [story, *merged])
        db.execute(f"DELETE FROM story_originals WHERE story IN ({merged_marks})", list(merged))


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
                        [(b, h, pk) for b, h in stored.bands()])
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


def members(db: sqlite_utils.Database, story: int) -> list[Member]:
    """The story's articles with what choosing the original needs."""
    rows = db.execute("SELECT id, site, url, canonical_url, published, source FROM articles "
                      "WHERE story_id = ? ORDER BY id", [story]).fetchall()
    out = []
    for pk, site, url, stored_canonical, published, source in rows:
        # articles.url and article_urls hold URLs as fetched; canonical_url and links their
        # stored forms (archive/urls.py): compared as fetched.
        canonical = urls.canonical(stored_canonical, url)
        known = {url, canonical} | {r[0] for r in db.execute(
            "SELECT url FROM article_urls WHERE article = ?", [pk])}
        linked = {urls.original(r[1]) for r in links.read(db.conn, [pk]) if r[3] != ORIGINAL}
        out.append(Member(pk, site, frozenset(u for u in known if u), canonical, published,
                          source, frozenset(u for u in linked if u)))
    return out


def refresh_original(db: sqlite_utils.Database, story: int) -> int | None:
    """Choose the story's original again; every other copy links to it (kind `original`)."""
    found = members(db, story)
    ids = [m.id for m in found]
    marks = ", ".join("?" * len(ids))
    if ids:
        db.execute(f"DELETE FROM article_links WHERE kind = ? AND article IN ({marks})",
                   [ORIGINAL, *ids])
    if len(found) < 2:
        db.execute("DELETE FROM story_originals WHERE story = ?", [story])
        return None
    chosen = original(found)
    db.execute("INSERT OR REPLACE INTO story_originals (story, article) VALUES (?, ?)",
               [story, chosen])
    url, title = db.execute("SELECT url, title FROM articles WHERE id = ?", [chosen]).fetchone()
    for pk in ids:
        if pk != chosen:
            links.append(db.conn, pk, urls.stored(url), title, ORIGINAL)
    return chosen
