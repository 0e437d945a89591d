"""A site's name around its titles, learned (issue 21): the parts of one title and taking the
learned ones off (extraction/title_affixes.py), the share rule that tells a site's name from
a dateline city (archive/title_affixes.py), storage and its bound, and the end-of-run
re-clean and extraction applying it."""

from __future__ import annotations

from archive.site_templates import TemplateLedger, stored_template
from archive.store import reclean_run, save_articles, start_run
from archive.title_affixes import (
    SEEN,
    TITLE_MIN_ARTICLES,
    TITLE_MIN_TITLES,
    TitleLedger,
    save_title_changes,
)
from extraction import SiteTemplate, extract
from extraction.sites.generic import site_for_url
from extraction.textnorm import content_hash
from extraction.title_affixes import PREFIX, SUFFIX, title_affixes, without_affixes

SITE = "الوطن نيوز"
NOW = "2026-01-01T00:00:00+00:00"
# Seven words: a headline, never a candidate part itself.
HEADLINES = [f"افتتاح مدرسة جديدة في الحي رقم {n}" for n in range(20)]


def keys(*titles: str) -> frozenset[str]:
    return frozenset(a.key for t in titles for a in title_affixes(t))


NAME = keys(f"{SITE} | {HEADLINES[0]}")  # the site's name as a prefix


# ---------------------------------------------------------------- one title

def test_the_short_first_and_last_parts_are_candidates() -> None:
    found = title_affixes(f"{SITE} | {HEADLINES[0]} - عاجل")
    assert [(a.position, a.text) for a in found] == [(PREFIX, SITE), (SUFFIX, "عاجل")]
    assert title_affixes(HEADLINES[0]) == () and title_affixes(None) == ()
    # A part over AFFIX_MAX_WORDS words is headline text, never a candidate.
    long_part = "وزير الخارجية يبحث مع نظيره الفرنسي ملفات المنطقة"
    assert [a.text for a in title_affixes(f"{long_part} - {SITE}")] == [SITE]
    # Hyphens inside words are no separator.
    assert title_affixes("كوفيد-19 يعود إلى المدينة") == ()


def test_spellings_of_one_name_share_a_key_and_positions_differ() -> None:
    assert NAME == keys(f"الوطن  نيوز | {HEADLINES[1]}") == keys(f"الوطـن نيوز | {HEADLINES[2]}")
    assert len(NAME) == 1 and keys(f"{HEADLINES[0]} | {SITE}") != NAME


def test_learned_parts_come_off_the_title_as_published() -> None:
    learned = NAME | keys(f"{HEADLINES[0]} - {SITE}")
    headline = "غزّة: افتتاحُ مدرسةٍ جديدة"
    assert without_affixes(f"{SITE} | {headline}", learned) == headline
    assert without_affixes(f"{headline} - {SITE}", learned) == headline
    assert without_affixes(f"{SITE} | {headline} - {SITE}", learned) == headline
    assert without_affixes(f"{SITE} | {headline}", frozenset()) == f"{SITE} | {headline}"
    # Less than MIN_HEADLINE_WORDS left: the title stays whole.
    assert without_affixes(f"{SITE} | الرئيسية", learned) == f"{SITE} | الرئيسية"
    assert without_affixes(None, learned) is None


# ---------------------------------------------------------------- the share rule

def see(ledger: TitleLedger | TemplateLedger, article: str, title: str) -> None:
    if isinstance(ledger, TemplateLedger):
        ledger.saw(article, [], "", NOW, title_affixes(title))
    else:
        ledger.saw(article, title_affixes(title), NOW)


def test_a_name_on_nearly_every_title_is_learned_once_enough_titles_were_seen() -> None:
    ledger = TitleLedger("site.example")
    for n in range(TITLE_MIN_TITLES - 1):
        see(ledger, f"a{n}", f"{SITE} | {HEADLINES[n]}")
    assert ledger.affixes() == frozenset()
    see(ledger, "a9", f"{SITE} | {HEADLINES[9]}")
    assert ledger.affixes() == NAME
    # One page in five without it keeps it learned; fewer than four in five do not.
    for n in range(10, 12):
        see(ledger, f"a{n}", HEADLINES[n])
    assert ledger.affixes() == NAME
    for n in range(12, 16):
        see(ledger, f"a{n}", HEADLINES[n])
    assert ledger.affixes() == frozenset()


def test_a_dateline_city_on_many_titles_is_no_affix() -> None:
    ledger = TitleLedger("site.example")
    for n in range(20):
        see(ledger, f"a{n}", f"غزة - {HEADLINES[n]}" if n % 2 else HEADLINES[n])
    assert ledger.affixes() == frozenset()
    assert ledger.counts[next(iter(keys(f"غزة - {HEADLINES[0]}")))].pages == 10


def test_one_article_fetched_again_and_again_teaches_nothing() -> None:
    ledger = TitleLedger("site.example")
    for _ in range(TITLE_MIN_TITLES * 2):
        see(ledger, "same", f"{SITE} | {HEADLINES[0]}")
    see(ledger, "other", f"{SITE} | {HEADLINES[1]}")
    assert ledger.affixes() == frozenset()
    see(ledger, "third", f"{SITE} | {HEADLINES[2]}")
    assert len(ledger.counts[next(iter(NAME))].article_ids) == TITLE_MIN_ARTICLES
    assert ledger.affixes() == NAME


def test_the_template_follows_the_affixes_both_ways() -> None:
    ledger = TemplateLedger("site.example")
    for n in range(TITLE_MIN_TITLES):
        see(ledger, f"a{n}", f"{SITE} | {HEADLINES[n]}")
    assert ledger.template.title_affixes == NAME and ledger.template
    for n in range(TITLE_MIN_TITLES, 20):
        see(ledger, f"a{n}", HEADLINES[n])
    assert ledger.template.title_affixes == frozenset()


# ---------------------------------------------------------------- storage

def test_counts_are_stored_loaded_and_bounded(db) -> None:
    ledger = TemplateLedger("site.example")
    for n in range(TITLE_MIN_TITLES):
        see(ledger, f"a{n}", f"{SITE} | {HEADLINES[n]} - {n}")
    save_articles(db, [], NOW, template=ledger.changes())
    again = TitleLedger.load(db, "site.example")
    assert again.seen == TITLE_MIN_TITLES and again.counts == ledger.titles.counts
    assert stored_template(db, "site.example").title_affixes == NAME
    assert stored_template(db, "other.example") == SiteTemplate("other.example")
    row = db["site_title_affixes"].get(("site.example", next(iter(NAME))))
    assert (row["affix"], row["position"], row["articles"], row["pages"]) == (
        SITE, PREFIX, TITLE_MIN_ARTICLES, TITLE_MIN_TITLES)
    # Past the bound the parts seen least go first; the learned name and the count stay.
    again.max_keys = 3
    see(again, "b", f"{SITE} | {HEADLINES[0]} - جديد")
    save_title_changes(db, again.changes())
    stored = {r["key"] for r in db["site_title_affixes"].rows}
    assert len(stored) == 4 and SEEN in stored and stored >= NAME


def record(n: int, title: str) -> dict:
    body = "نص الخبر كما نشر."
    return {"url": f"https://site.example/story-{n}", "site": "site.example",
            "article_id": f"id{n}", "title": title, "body": body, "status": "ok",
            "word_count": 4, "content_hash": content_hash(title, body)}


def test_the_run_is_recleaned_titles_too(db) -> None:
    run = start_run(db, "news", "site.example", NOW)
    save_articles(db, [record(1, f"{SITE} | {HEADLINES[1]}"), record(2, HEADLINES[2])], NOW,
                  run)
    learned = SiteTemplate("site.example", title_affixes=NAME)
    counts = reclean_run(db, "site.example", run, learned)
    assert (counts["articles"], counts["titles"], counts["lines"]) == (1, 1, 0)
    rows = {r["article_id"]: r for r in db["articles"].rows}
    assert rows["id1"]["title"] == HEADLINES[1]
    assert rows["id1"]["content_hash"] == content_hash(HEADLINES[1], rows["id1"]["body"])
    assert rows["id2"]["title"] == HEADLINES[2]


# ---------------------------------------------------------------- extraction

PAGE = """<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}"></head><body>
<h2 class="headline">{headline}</h2><article>
<p>بدأت البلدية اليوم أعمال توسعة الطريق الساحلي بطول ثلاثة كيلومترات، في مشروع ينتظره السكان
منذ سنوات طويلة ويخفف الزحام عند مدخل المدينة الشمالي.</p>
<p>وقال رئيس البلدية إن الأعمال تستمر شهرين، وإن حركة السير ستحول إلى الطرق الفرعية خلال
ساعات العمل، مع لافتات ترشد السائقين.</p></article></body></html>"""


def test_extraction_takes_the_learned_name_off_and_counts_the_parts() -> None:
    url = "https://site.example/2024/05/01/story"
    html = PAGE.format(title=f"{SITE} | {HEADLINES[3]}", headline=HEADLINES[3]).encode()
    site = site_for_url(url)
    plain = extract(site, url, html, template=SiteTemplate(site.name))
    assert plain.title == f"{SITE} | {HEADLINES[3]}" and not plain.title_trimmed
    assert [a.text for a in plain.title_affixes] == [SITE]
    learned = SiteTemplate(site.name, title_affixes=NAME)
    article = extract(site, url, html, template=learned)
    assert article.title == HEADLINES[3] and article.title_trimmed
    assert article.content_hash == content_hash(HEADLINES[3], article.body)
    assert article.body == plain.body
    # Counted as the page gives it, before the name came off.
    assert article.title_affixes == plain.title_affixes
