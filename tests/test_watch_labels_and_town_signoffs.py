"""Leftovers of unseen13, unseen14 and unseen18: the label a page puts over or under a video
("شاهد: لحظة توقيع المذكرة", "شاهد مقتطفات من الحوار ...") and a reporter's sign-off under the
text, her name and the town she filed from ("ليلى حداد – إربد")."""

from __future__ import annotations

from extraction import extract
from extraction.boilerplate import is_boilerplate_line
from extraction.byline_lines import signoff_author
from extraction.sites import get_site

STORY = (
    "ارتفعت إيجارات الغرف الطلابية في محيط الجامعات بنسبة تراوحت بين عشرين وأربعين بالمئة "
    "مقارنة بالعام الماضي، بحسب إعلانات جمعتها من مجموعات السكن ومكاتب العقار.",
    "ويبرر ملاك العقارات الزيادة بارتفاع فواتير الكهرباء والمياه وكلف الصيانة، فيما يرى "
    "الطلاب أن الطلب المرتفع هو السبب الحقيقي مع تأخر افتتاح السكن الجامعي الجديد.",
    "ولا يوجد سقف قانوني لإيجارات السكن الطلابي، إذ تترك العقود تحديد الأجرة لاتفاق الطرفين، "
    "وهو ما يطالب اتحاد الطلبة بمراجعته قبل بدء الفصل الثاني من العام الدراسي.",
)
TITLE = "إيجارات السكن الطلابي تقفز مع بدء العام الجامعي"


def _extract(*lines: str):
    paragraphs = "".join(f"<p>{line}</p>" for line in lines)
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            f"<article><h1>{TITLE}</h1>{paragraphs}</article></body></html>").encode()
    return extract(get_site("generic"), "https://blog.example/sakan", page)


def test_a_watch_label_is_no_text_wherever_it_stands() -> None:
    for label in ("شاهد: لحظة توقيع المذكرة", "شاهد مقتطفات من الحوار مصورة على قناة المرآة",
                  "شاهدوا الفيديو كاملا على قناتنا", "شاهد بالفيديو: طوابير أمام المخابز"):
        assert is_boilerplate_line(label), label
        article = _extract(STORY[0], label, *STORY[1:])
        assert article.body.split("\n\n") == list(STORY), label


def test_a_witness_is_not_a_watch_label() -> None:
    for line in ("شاهد عيان قال إن النيران اندلعت في الطابق الثاني قبل وصول الدفاع المدني",
                 "شاهد الجمهور العرض الأول للفيلم في الصالة الكبرى مساء الخميس",
                 "شاهد: " + " ".join(["كلمة"] * 12)):
        assert not is_boilerplate_line(line), line


def test_a_name_and_town_under_the_text_sign_it() -> None:
    article = _extract(*STORY, "ليلى حداد – إربد")
    assert article.author == "ليلى حداد"
    assert article.body.split("\n\n") == list(STORY)
    assert signoff_author("سامر عبد الله خوري - الزرقاء.") == "سامر عبد الله خوري"


def test_an_office_a_place_pair_or_a_sentence_signs_nothing() -> None:
    for line in ("وزارة الصحة – غزة", "القدس – رام الله", "الأمانة العامة – عمان",
                 "ليلى حداد – إربد 2024", "ليلى حداد من إربد",
                 "وقالت ليلى حداد إن الأسعار ارتفعت – في إربد"):
        assert signoff_author(line) is None, line
    article = _extract(*STORY, "وزارة الصحة – غزة")
    assert article.author is None
