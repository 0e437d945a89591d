"""Stories across sites: signatures, LSH bands, clusters kept up to date as articles are
written (new, changed, re-extracted, bridged, split), and the choice of the original."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from datasketch import MinHashLSH

from archive import relations
from archive import stories as stories_module
from archive.db import open_archive
from archive.store import REEXTRACTED_FIELDS, save_articles, save_reextracted
from archive.story_links import refresh_original
from archive.story_original import Member, credited_sites, original
from archive.story_signature import (
    BANDS,
    NUM_PERM,
    ROWS,
    Signature,
    jaccard,
    same_story,
    signature,
)
from extraction.shingles import shingles, story_words

NOW = "2024-02-01T00:00:00+00:00"
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def paragraph(rng: random.Random, words: int = 30) -> str:
    return " ".join("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 7)))
                    for _ in range(words)) + "."


PARAGRAPHS = [paragraph(random.Random(n)) for n in range(12)]


def body(*numbers: int) -> str:
    return "\n\n".join(PARAGRAPHS[n] for n in numbers)


def record(site: str, article_id: str, text: str, **changes: object) -> dict:
    base = {"url": f"https://{site}.example/{article_id}/", "site": site,
            "article_id": article_id, "title": "عنوان " + article_id, "body": text,
            "status": "ok", "content_hash": f"h-{site}-{article_id}-{hash(text)}",
            "published": "2024-01-24T21:15:00+03:00"}
    base.update(changes)
    return {**dict.fromkeys(REEXTRACTED_FIELDS), **base}


@pytest.fixture
def db(tmp_path: Path):
    archive = open_archive(tmp_path / "a.db")
    yield archive
    archive.close()


def stories(db) -> dict[str, int | None]:
    return {r[0]: r[1] for r in db.execute("SELECT site || '/' || article_id, story_id "
                                           "FROM articles")}


def test_bands_are_what_datasketch_picks_for_the_threshold() -> None:
    lsh = MinHashLSH(threshold=0.4, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


def test_signatures_round_trip_and_fold_arabic_spellings() -> None:
    text = "أعلنت وزارة الصحة إطلاق حملة للتطعيم ضد الإنفلونزا الموسمية في المدارس " * 3
    sig = signature(text)
    assert sig is not None and len(sig.to_bytes()) == NUM_PERM * 4
    again = Signature.from_bytes(sig.to_bytes(), sig.shingles)
    assert jaccard(sig, again) == 1.0 and again.bands().tolist() == sig.bands().tolist()
    folded = text.replace("أ", "ا").replace("إ", "ا").replace("ة", "ه")
    assert jaccard(sig, signature(folded)) == 1.0
    assert story_words("الصحةُ، الصحة") == ["الصحه", "الصحه"]


def test_short_bodies_get_no_signature_and_no_story(db) -> None:
    assert signature("خبر قصير جدا") is None
    assert shingles([]) == set()
    save_articles(db, [record("a", "1", "خبر قصير جدا"), record("b", "1", "خبر قصير جدا")], NOW)
    assert set(stories(db).values()) == {None}
    assert db.execute("SELECT count(*) FROM story_signatures").fetchone()[0] == 0


def test_copies_with_an_added_and_a_cut_paragraph_are_one_story(db) -> None:
    save_articles(db, [record("rt", "1", body(0, 1, 2, 3, 4, 5))], NOW)
    save_articles(db, [record("agg", "1", body(0, 1, 2, 3, 4, 5, 9), title="عاجل"),
                       record("agg2", "1", body(0, 1, 2, 3, 4)),
                       record("other", "1", body(6, 7, 8, 10, 11))], NOW)
    found = stories(db)
    assert found["rt/1"] is not None
    assert found["rt/1"] == found["agg/1"] == found["agg2/1"] == 1  # the lowest id
    assert found["other/1"] is None
    assert db.execute("SELECT copies, sites FROM stories").fetchall() == [(3, "rt,agg,agg2")]


def test_an_article_that_bridges_two_stories_merges_them_and_leaving_splits_them(db) -> None:
    a, b, c = body(0, 1, 2, 3, 4), body(1, 2, 3, 4, 5), body(2, 3, 4, 5, 6)
    assert not same_story(signature(a), signature(c))
    assert same_story(signature(a), signature(b)) and same_story(signature(b), signature(c))
    save_articles(db, [record("x", "1", a), record("x2", "1", a)], NOW)
    save_articles(db, [record("y", "1", c), record("y2", "1", c)], NOW)
    before = stories(db)
    assert before["x/1"] == before["x2/1"] != before["y/1"] == before["y2/1"]
    save_articles(db, [record("z", "1", b)], NOW)
    after = stories(db)
    assert len(set(after.values())) == 1 and after["x/1"] == 1
    assert db.execute("SELECT count(*) FROM story_originals").fetchone()[0] == 1
    # The bridge's text changes to another story: the two stories come apart again.
    save_articles(db, [record("z", "1", body(11, 10, 9), content_hash="h-changed")], NOW)
    split = stories(db)
    assert split["x/1"] == split["x2/1"] != split["y/1"] == split["y2/1"]
    assert split["z/1"] is None
    assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 2


def test_reextraction_that_changes_the_text_moves_the_article(db) -> None:
    save_articles(db, [record("rt", "1", body(0, 1, 2, 3)), record("agg", "1", body(0, 1, 2, 3))],
                  NOW)
    pk = db.execute("SELECT id FROM articles WHERE site = 'agg'").fetchone()[0]
    assert set(stories(db).values()) == {1}
    changed = record("agg", "1", body(6, 7, 8, 9), content_hash="h-new")
    assert save_reextracted(db, pk, changed, NOW) == "changed"
    assert set(stories(db).values()) == {None}
    assert db.execute("SELECT count(*) FROM article_links WHERE kind = 'original'"
                      ).fetchone()[0] == 0
    back = record("agg", "1", body(0, 1, 2, 3), content_hash="h-back", tags=["جديد"])
    save_reextracted(db, pk, back, NOW)
    assert set(stories(db).values()) == {1}
    # Only the tags change: the links are rewritten, the `original` link comes back.
    save_reextracted(db, pk, {**back, "tags": ["آخر"]}, NOW)
    assert db.execute("SELECT article, url FROM article_links_expanded WHERE kind = 'original'"
                      ).fetchall() == [(pk, "https://rt.example/1/")]


def test_the_credited_copy_is_the_original_even_when_published_later(db) -> None:
    save_articles(db, [record("agg", "1", body(0, 1, 2, 3), source="RT",
                              published="2024-01-24T10:00:00+03:00")], NOW)
    save_articles(db, [record("rtarabic", "1", body(0, 1, 2, 3), source="RT",
                              published="2024-01-24T12:00:00+03:00")], NOW)
    rt = db.execute("SELECT id, url FROM articles WHERE site = 'rtarabic'").fetchone()
    assert db.execute("SELECT original FROM stories").fetchone()[0] == rt[0]
    assert db.execute("SELECT url FROM article_links_expanded WHERE kind = 'original'"
                      ).fetchall() == [(rt[1],)]


def member(pk: int, site: str, **fields: object) -> Member:
    url = f"https://{site}/{pk}"
    return Member(pk, site, frozenset({url}), **fields)


def test_original_rules() -> None:
    rt, agg, other = member(1, "rtarabic"), member(2, "agg"), member(3, "other")
    # Nothing credited: the earliest instant wins, offsets compared in UTC.
    early = member(1, "a", published="2024-01-24T10:00:00+03:00")  # 07:00Z
    late = member(2, "b", published="2024-01-24T08:00:00+00:00")
    assert original([late, early]) == 1
    assert original([member(1, "a"), member(2, "b", published="2024-01-01T00:00:00")]) == 2
    assert original([member(1, "a", published="not a date"), member(2, "b")]) == 1
    # By canonical URL, by a link, by a source line naming the site.
    assert original([rt, member(2, "agg", canonical_url="https://rtarabic/1",
                                published="2000-01-01")]) == 1
    assert original([member(1, "agg", published="2000-01-01"),
                     member(2, "x", links=frozenset({"https://agg/1"}))]) == 1
    assert original([member(2, "agg", source="RT + وكالات", published="2000-01-01"),
                     member(5, "rtarabic", published="2030-01-01")]) == 5
    # A site crediting itself is no credit; most credits win.
    assert original([member(1, "rtarabic", source="RT", published="2030-01-01"),
                     member(2, "agg", published="2000-01-01")]) == 2
    assert original([agg, other, member(4, "x", links=frozenset({"https://other/3"})),
                     member(5, "y", links=frozenset({"https://other/3"}))]) == 3
    assert credited_sites("RT Arabic") == {"rtarabic"}
    assert credited_sites("روسيا اليوم، سبوتنيك") == {"rtarabic", "sputnikarabic"}
    assert credited_sites("وكالات") == set() and credited_sites(None) == set()
    assert rt.id == 1


def test_a_body_shared_by_many_pages_makes_no_giant_story(db, monkeypatch) -> None:
    """A template stored as text on every page is no syndication: no story grows past
    STORY_MAX_COPIES (later copies start stories of their own), so each write stays cheap."""
    monkeypatch.setattr("archive.stories.STORY_MAX_COPIES", 4)
    monkeypatch.setattr("archive.stories.BAND_CANDIDATES", 3)
    for n in range(10):
        save_articles(db, [record(f"s{n}", "1", body(0, 1, 2, 3, 4))], NOW)
    copies = [n for (n,) in db.execute("SELECT copies FROM stories ORDER BY story")]
    assert max(copies) == 4 and sum(copies) + sum(
        v is None for v in stories(db).values()) == 10


def test_a_copy_crediting_by_a_link_to_an_arabic_url_names_the_original(db) -> None:
    """Links are stored as IRIs (archive/urls.py) and article URLs as fetched: the credit is
    still found, and the copy's `original` link reads back as the original's URL."""
    rt_url = ("https://arabic.rt.com/world/1721790-%D9%85%D9%88%D8%B3%D9%83%D9%88-"
              "%D8%AA%D9%81%D8%AA%D8%AA%D8%AD")
    save_articles(db, [record("agg", "1", body(0, 1, 2, 3),
                              published="2024-01-24T10:00:00+03:00",
                              related=[{"url": rt_url, "title": "موسكو", "kind": "source"}])],
                  NOW)
    save_articles(db, [record("rtarabic", "1", body(0, 1, 2, 3), url=rt_url,
                              published="2024-01-24T12:00:00+03:00")], NOW)
    rt = db.execute("SELECT id FROM articles WHERE site = 'rtarabic'").fetchone()[0]
    assert db.execute("SELECT original FROM stories").fetchone()[0] == rt
    agg = db.execute("SELECT id FROM articles WHERE site = 'agg'").fetchone()[0]
    links = relations.read(db.conn, [agg])[agg]["related"]
    assert [link["url"] for link in links if link["kind"] == "original"] == [rt_url]


def test_a_copy_crediting_an_older_url_of_the_original_names_it(db) -> None:
    """The RT article moved to a new URL; a copy's canonical URL is its old one (kept in
    article_urls): the RT row is still the one credited, found by that URL's key."""
    old, new = "https://rtarabic.example/1/", "https://rtarabic.example/1-moved/"
    save_articles(db, [record("rtarabic", "1", body(0, 1, 2, 3), url=old,
                              published="2024-01-24T12:00:00+03:00")], NOW)
    save_articles(db, [record("rtarabic", "1", body(0, 1, 2, 3), url=new,
                              published="2024-01-24T12:00:00+03:00")], NOW)
    save_articles(db, [record("agg", "1", body(0, 1, 2, 3), canonical_url=old,
                              published="2024-01-24T10:00:00+03:00")], NOW)
    rt = db.execute("SELECT id, url FROM articles WHERE site = 'rtarabic'").fetchone()
    assert rt[1] == new and db.execute("SELECT original FROM stories").fetchone()[0] == rt[0]
    # No statement of the choice scans article_urls (a table of every URL ever fetched).
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    refresh_original(db, rt[0])
    db.conn.set_trace_callback(None)
    touching = [sql for sql in statements if "article_urls" in sql]
    assert touching and not [sql for sql in touching if "SCAN" in " ".join(
        str(step) for step in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall())]


def test_a_copy_joining_leaves_the_other_copies_links_as_they_are(db) -> None:
    save_articles(db, [record("rtarabic", "1", body(0, 1, 2, 3), published="2024-01-24T08:00:00")],
                  NOW)
    save_articles(db, [record("agg", "1", body(0, 1, 2, 3))], NOW)
    links = ("SELECT article, position, url FROM article_links_expanded WHERE kind = 'original' "
             "ORDER BY 1")
    before = db.execute(links).fetchall()
    save_articles(db, [record("agg2", "1", body(0, 1, 2, 3, 4))], NOW)
    after = db.execute(links).fetchall()
    assert after[:1] == before and len(after) == 2
    assert {url for _a, _p, url in after} == {"https://rtarabic.example/1/"}


def test_a_batch_placed_together_ends_as_placed_one_by_one(tmp_path: Path) -> None:
    """save_articles places a batch's articles after writing their rows (place_many, the
    signatures together): copies, a bridge, the same article twice in one batch (new, then
    changed) and short bodies end in the stories and originals one write at a time gives."""
    batch = [record("rt", "1", body(0, 1, 2, 3)), record("agg", "1", body(0, 1, 2, 3, 9)),
             record("other", "1", body(5, 6, 7)), record("agg", "2", body(0, 1, 2)),
             record("rt", "2", body(5, 6, 7, 8), source="RT"), record("x", "1", "قصير"),
             record("agg", "1", body(5, 6, 7, 8, 10)), record("rt", "3", body(0, 1, 2, 3, 4))]
    together = open_archive(tmp_path / "together.db")
    save_articles(together, batch, NOW)
    alone = open_archive(tmp_path / "alone.db")
    for rec in batch:
        save_articles(alone, [rec], NOW)
    state = ("SELECT a.site || '/' || a.article_id, a.story_id, o.article FROM articles a "
             "LEFT JOIN story_originals o ON o.story = a.story_id ORDER BY a.id")
    assert together.execute(state).fetchall() == alone.execute(state).fetchall()
    assert len({row[1] for row in alone.execute(state) if row[1]}) == 2
    for sql in ("SELECT key, article FROM story_bands ORDER BY 1, 2",
                "SELECT article, url, kind FROM article_links_expanded ORDER BY 1, 2, 3"):
        assert together.execute(sql).fetchall() == alone.execute(sql).fetchall()


def test_band_lookup_keeps_the_newest_candidates_of_each_band(db, monkeypatch) -> None:
    """One IN list over all bands reads what a lookup limited band by band reads: the newest
    BAND_CANDIDATES articles of each band, also when a band is shared past the lookup's
    cap (then it is made band by band)."""
    monkeypatch.setattr(stories_module, "BAND_CANDIDATES", 3)
    rng = random.Random(7)
    keys = [band << 31 | rng.randrange(1 << 31) for band in range(BANDS)]
    rows = {(rng.choice(keys[:4]), article) for article in range(1, 60)}
    rows |= {(keys[5], article) for article in range(100, 300)}  # past the cap (97)
    db.conn.executemany("INSERT INTO story_bands (key, article) VALUES (?, ?)", rows)

    def newest(wanted: list[int], pk: int) -> list[int]:
        found: set[int] = set()
        for key in wanted:
            found |= set(sorted(a for k, a in rows if k == key)[-3:])
        return sorted(found - {pk})

    unused = [band << 31 | rng.randrange(1 << 31) for band in range(BANDS)]
    for kept in (range(BANDS), [0, 1, 2, 3], [1], [5], []):
        wanted = [key if band in kept else unused[band] for band, key in enumerate(keys)]
        for pk in (0, 58, 299):
            assert stories_module._sharing(db, wanted, pk) == newest(wanted, pk)
