"""Dates as Arabic readers see them: the case table (tests/arabic_date_cases.py), the pieces of
the rules, datelines at the top of the text, the Hijri field, and one instant in two offsets."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hijridate import Hijri
from lxml import html as lxml_html

from extraction import boilerplate as bp
from extraction import extract
from extraction.arabic_dates import (
    AM_WORDS,
    MONTHS,
    PM_WORDS,
    ZONES,
    dateline,
    parse_visible_date,
    split_visible_dates,
)
from extraction.date_text import fold_date_text, original_span
from extraction.dates import element_dates, first_date
from extraction.hijri_dates import HIJRI_MONTHS, HIJRI_SUFFIXES, hijri_day, hijri_text
from extraction.sites import get_site
from extraction.top_lines import top_dateline
from tests.arabic_date_cases import CASES, DateCase

REAL = Path(__file__).parent / "fixtures" / "realpages"
GENERIC = get_site("generic")


# ---------------------------------------------------------------- the table

def test_the_table_covers_every_way_of_writing_dates() -> None:
    groups = Counter(case.group for case in CASES)
    assert len(CASES) >= 80
    assert set(groups) == {"latin", "levantine", "dual", "maghreb", "morocco", "digits", "time",
                           "labels", "clash", "relative", "numeric", "impossible", "hijri",
                           "hijri_only"}
    assert all(count >= 5 for count in groups.values()), groups
    assert len({case.shown for case in CASES}) == len(CASES), "a case written twice"


@pytest.mark.parametrize("case", CASES, ids=[f"{c.group}-{i}" for i, c in enumerate(CASES)])
def test_case(case: DateCase) -> None:
    assert parse_visible_date(case.shown) == case.want
    assert hijri_text(case.shown) == case.hijri


# ---------------------------------------------------------------- the pieces

@pytest.mark.parametrize("name", sorted(MONTHS))
def test_every_month_name_is_read(name: str) -> None:
    assert parse_visible_date(f"الثلاثاء 3 {name} 2024") == f"2024-{MONTHS[name]:02d}-03"


@pytest.mark.parametrize("name", sorted(HIJRI_MONTHS))
def test_every_hijri_month_name_is_read(name: str) -> None:
    shown = f"3 {name} 1445 هـ"
    assert hijri_text(f"الخميس {shown}") == shown
    assert hijri_day(shown) == Hijri(1445, HIJRI_MONTHS[name], 3).to_gregorian().isoformat()


@pytest.mark.parametrize("suffix", HIJRI_SUFFIXES)
def test_every_hijri_suffix_is_part_of_the_text(suffix: str) -> None:
    assert hijri_text(f"الجمعة 10 ذو الحجة 1446 {suffix} - الرياض") == f"10 ذو الحجة 1446 {suffix}"


@pytest.mark.parametrize("word", AM_WORDS)
def test_morning_words(word: str) -> None:
    assert parse_visible_date(f"3 أبريل 2024 08:15 {word}") == "2024-04-03T08:15:00"
    assert parse_visible_date(f"3 أبريل 2024 12:15 {word}") == "2024-04-03T00:15:00"


@pytest.mark.parametrize("word", PM_WORDS)
def test_afternoon_words(word: str) -> None:
    assert parse_visible_date(f"3 أبريل 2024 08:15 {word}") == "2024-04-03T20:15:00"
    assert parse_visible_date(f"3 أبريل 2024 12:15 {word}") == "2024-04-03T12:15:00"


@pytest.mark.parametrize("zone", sorted(ZONES))
def test_zones_give_their_offset(zone: str) -> None:
    sign, (hours, minutes) = "-" if ZONES[zone] < 0 else "+", divmod(abs(ZONES[zone]), 60)
    want = f"2024-04-03T08:15:00{sign}{hours:02d}:{minutes:02d}"
    assert parse_visible_date(f"3 أبريل 2024 08:15 {zone}") == want


def test_a_printed_offset_adds_to_the_zone() -> None:
    assert parse_visible_date("3 أبريل 2024 08:15 GMT-05:30") == "2024-04-03T08:15:00-05:30"
    assert parse_visible_date("3 أبريل 2024 08:15 UTC+2") == "2024-04-03T08:15:00+02:00"


def test_two_different_months_are_no_date() -> None:
    assert parse_visible_date("3 نيسان / مايو 2024") is None


def test_folding_maps_back_to_the_page_text() -> None:
    shown = "نُشِر في ١٢ رَجَـب ١٤٤٦هـ"
    folded = fold_date_text(shown)
    assert folded == "نشر في 12 رجب 1446ه"
    start = folded.index("12")
    assert original_span(shown, start, len(folded)) == "١٢ رَجَـب ١٤٤٦هـ"


def test_an_update_label_makes_the_date_a_modification() -> None:
    assert split_visible_dates("آخر تحديث: الإثنين 7 أكتوبر 2024 - 11:00") == (
        None, "2024-10-07T11:00:00")
    assert split_visible_dates("نشر في 3 نيسان 2024 | آخر تحديث 4 نيسان 2024 10:00 ص") == (
        "2024-04-03", "2024-04-04T10:00:00")


# ---------------------------------------------------------------- datelines

@pytest.mark.parametrize("line, dates", [
    ("نشر في الأربعاء 3 نيسان / أبريل 2024 الساعة 08:15 مساءً", ("2024-04-03T20:15:00", None)),
    ("الخميس، 12 شتنبر 2024 - 10:30", ("2024-09-12T10:30:00", None)),
    ("آخر تحديث: الخميس 4 نيسان 2024 09:00 صباحاً", (None, "2024-04-04T09:00:00")),
    ("نُشر بتاريخ: 3 أبريل 2024 | آخر تحديث: 4 أبريل 2024", ("2024-04-03", "2024-04-04")),
    ("بيروت: 3 نيسان 2024", ("2024-04-03", None)),
    ("الرياض: الأحد 12 رجب 1446هـ الموافق 12 يناير 2025م", ("2025-01-12", None)),
    ("24.01.2024 | 21:15 GMT+3", ("2024-01-24T21:15:00+03:00", None)),
])
def test_datelines(line: str, dates: tuple[str | None, str | None]) -> None:
    assert dateline(line) == dates
    assert bp.is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "وفي 3 نيسان 2024 أعلنت الوزارة عن خطة جديدة لدعم المزارعين",
    "الأربعاء 3 أبريل 2024 موعد الامتحان",
    "منذ ساعتين",
    "نشر في الأربعاء",
    "نشر في " + "الأربعاء " * 20 + "3 أبريل 2024",
])
def test_lines_that_are_no_dateline(line: str) -> None:
    assert dateline(line) is None


def test_the_dateline_is_taken_from_the_first_lines_only() -> None:
    story = "وأعلنت الوزارة في بيان أن الخطة تشمل جميع المحافظات"
    shown = "الخميس، 12 شتنبر 2024 - 10:30"
    assert top_dateline(["", "عنوان فرعي للخبر", shown, story]) == shown
    assert top_dateline([story] * 5 + [shown]) is None
    assert top_dateline([f"وفي 3 نيسان 2024 {story}", story]) is None


def _page(body: str, head: str = "", before_title: str = "") -> bytes:
    story = ("وقال رئيس المجلس البلدي إن البلدية ستتحمل كلفة إضافية تقدر بعشرات آلاف الدولارات "
             "شهريا، داعيا الأهالي إلى التعاون عبر فرز النفايات في المنازل والتخفيف من كمياتها")
    paragraphs = "".join(f"<p>{story} {n}.</p>" for n in range(6))
    return (f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
            f"<title>خطة طوارئ للنفايات</title>{head}</head><body>{before_title}"
            f"<article><h1>خطة طوارئ للنفايات</h1>{body}{paragraphs}</article>"
            "</body></html>").encode()


def test_a_levantine_dateline_dates_the_page_and_leaves_the_body() -> None:
    shown = "نشر في الأربعاء 3 نيسان / أبريل 2024 الساعة 08:15 مساءً"
    sentence = "وفي 3 نيسان 2024 أعلنت الوزارة أن الخطة تشمل جميع البلديات في المحافظة"
    article = extract(GENERIC, "https://x.example/article/1289034",
                      _page(f"<p>{shown}</p><p>{sentence}</p>"))
    assert article.published == "2024-04-03T20:15:00"
    assert shown not in article.body and sentence in article.body
    assert article.published_hijri is None


def test_an_update_line_gives_the_modification() -> None:
    article = extract(GENERIC, "https://x.example/article/5", _page(
        "<p>الخميس، 12 شتنبر 2024 - 10:30 | آخر تحديث: الجمعة 13 شتنبر 2024 - 08:00</p>"))
    assert (article.published, article.modified) == ("2024-09-12T10:30:00",
                                                     "2024-09-13T08:00:00")


def test_a_machine_readable_date_wins_over_the_dateline() -> None:
    head = "<meta property='article:published_time' content='2024-04-03T20:10:00+03:00'>"
    article = extract(GENERIC, "https://x.example/article/6", _page(
        "<p>نشر في الأربعاء 3 نيسان 2024 الساعة 08:15 مساءً</p>", head))
    assert article.published == "2024-04-03T20:10:00+03:00"


# ---------------------------------------------------------------- the Hijri field

def test_a_hijri_dateline_gives_the_gregorian_date_and_the_hijri_text() -> None:
    shown = "الأحد 12 رجب 1446هـ الموافق 12 يناير 2025م"
    article = extract(GENERIC, "https://x.example/article/7", _page(f"<p>{shown}</p>"))
    assert (article.published, article.published_hijri) == ("2025-01-12", "12 رجب 1446هـ")
    assert shown not in article.body
    assert article.to_dict()["published_hijri"] == "12 رجب 1446هـ"


def test_the_site_header_date_of_today_is_not_the_articles() -> None:
    header = "<div class='current-date'>الأربعاء 5 شعبان 1446هـ - 5 فبراير 2025</div>"
    shown = "<span class='post-date'>الأحد 12 رجب 1446هـ - 12 يناير 2025</span>"
    head = "<meta property='article:published_time' content='2025-01-12T09:00:00+03:00'>"
    article = extract(GENERIC, "https://x.example/article/8", _page(shown, head, header))
    assert article.published_hijri == "12 رجب 1446هـ"
    only_header = extract(GENERIC, "https://x.example/article/9", _page("", head, header))
    assert only_header.published_hijri is None


def test_a_hijri_date_far_from_the_publication_is_not_kept() -> None:
    head = "<meta property='article:published_time' content='2024-04-03T09:00:00+03:00'>"
    article = extract(GENERIC, "https://x.example/article/10",
                      _page("<span class='date'>12 رجب 1446هـ</span>", head))
    assert article.published == "2024-04-03T09:00:00+03:00"
    assert article.published_hijri is None


def test_albayan_shows_todays_hijri_date_in_its_header_only() -> None:
    name = "htmldate__albayan.ae_1623715966"
    source = json.loads((REAL / f"{name}.source.json").read_text(encoding="utf-8"))
    raw = (REAL / f"{name}.html").read_bytes()
    header = lxml_html.document_fromstring(raw).find_class("current-date")[0]
    assert hijri_text(header.text_content()) == "11 شوال 1441هـ"
    article = extract(GENERIC, source["url"], raw)
    assert article.published_hijri is None


# ---------------------------------------------------------------- one instant, two offsets

@pytest.mark.parametrize("candidates, want", [
    # og in UTC, JSON-LD in the publisher's time: the same instant, the local one kept.
    (["2024-04-03T17:15:00Z", "2024-04-03T20:15:00+03:00"], "2024-04-03T20:15:00+03:00"),
    (["2024-04-03T17:15:00+00:00", "2024-04-03T20:15:00+03:00"], "2024-04-03T20:15:00+03:00"),
    # The local one first already: kept.
    (["2024-04-03T20:15:00+03:00", "2024-04-03T17:15:00Z"], "2024-04-03T20:15:00+03:00"),
    # Different instants: the first (metas before JSON-LD).
    (["2024-04-03T17:15:00Z", "2024-04-03T21:15:00+03:00"], "2024-04-03T17:15:00+00:00"),
    # A day or a naive time says no instant.
    (["2024-04-03T17:15:00Z", "2024-04-03"], "2024-04-03T17:15:00+00:00"),
    (["2024-04-03T17:15:00Z", "2024-04-03T20:15:00"], "2024-04-03T17:15:00+00:00"),
])
def test_one_instant_in_two_offsets_keeps_the_local_one(candidates: list[str], want: str) -> None:
    assert first_date(candidates) == want


def test_a_page_with_utc_og_and_local_json_ld() -> None:
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2024-04-03T20:15:00+03:00",
                     "dateModified": "2024-04-03T21:00:00+03:00"})
    head = ("<meta property='article:published_time' content='2024-04-03T17:15:00Z'>"
            "<meta property='article:modified_time' content='2024-04-03T18:00:00Z'>"
            f"<script type='application/ld+json'>{ld}</script>")
    article = extract(GENERIC, "https://x.example/article/11", _page("", head))
    assert (article.published, article.modified) == ("2024-04-03T20:15:00+03:00",
                                                     "2024-04-03T21:00:00+03:00")


def test_rdfa_dates_are_machine_readable() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><span property='dc:date dc:created' content='2024-03-20T14:30:00+02:00'>"
        "الأربعاء، 20 مارس 2024 - 14:30</span>"
        "<span property='dcterms:modified' content='2024-03-21T09:00:00+02:00'></span>"
        "<meta property='og:type' content='article'></body></html>")
    assert element_dates(tree) == ("2024-03-20T14:30:00+02:00", "2024-03-21T09:00:00+02:00")
