"""Donation appeals, page-feedback boxes, citation boxes and pull quotes (unseen7's leaks)."""

from __future__ import annotations

import pytest

from extraction.body import clean_paragraphs, without_pull_quotes
from extraction.boilerplate import is_boilerplate_line, is_tail_opener

PARAGRAPH = ("تعتمد محطات التوليد العراقية على الغاز في نحو ثلث إنتاجها، وتستورد معظمه من "
             "إيران عبر خطوط تتعطل كل صيف مع ارتفاع الطلب على الكهرباء في المدن الكبرى.")


@pytest.mark.parametrize("line", [
    "ادعم صحافتنا المستقلة",
    "نعتمد على دعم قرائنا لنواصل العمل من داخل سوريا بعيدا عن التمويل السياسي.",
    "ساهم الآن", "تبرع الآن",
    "هل كان المحتوى مفيدًا؟", "هل كانت هذه الصفحة مفيدة؟ نعم لا", "شكرًا لك على ملاحظاتك",
    "إخلاء مسؤولية: المعلومات الواردة لأغراض إعلامية فقط ولا تعد توصية بالشراء أو البيع",
])
def test_appeals_and_feedback_boxes_are_boilerplate(line: str) -> None:
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", [
    "وأضاف الوزير: نطالب المجتمع الدولي بدعم عملنا في إغاثة النازحين قبل حلول الشتاء",
    "تبرع رجل الأعمال بمليون دولار لتمويل بناء المستشفى الجديد في المدينة",
    "وساهم القرار في استمرار الأزمة بين البلدين أشهرا عدة",
    "هل كان القرار مفيدا للاقتصاد؟ يرى خبراء أن الإجابة ليست سهلة",
    "وشكرا للوزير على ملاحظاته قال النائب إن المشروع يحتاج إلى مراجعة",
    PARAGRAPH,
])
def test_news_sentences_with_those_words_stay(line: str) -> None:
    assert not is_boilerplate_line(line)


def test_a_citation_box_ends_the_text() -> None:
    assert is_tail_opener("استشهد بهذه الورقة")
    lines = [PARAGRAPH, "استشهد بهذه الورقة", "د. علي حسن، «أزمة الكهرباء»، تحليل سياسات، ٢٠٢٤."]
    assert clean_paragraphs(lines, None)[0] == [PARAGRAPH]


def test_a_pull_quote_repeating_a_sentence_goes_wherever_it_sits() -> None:
    quote = "تعتمد محطات التوليد العراقية على الغاز في نحو ثلث إنتاجها"
    other = "وقال مسؤول في الوزارة إن الخطة الجديدة تبدأ مطلع العام المقبل."
    assert without_pull_quotes([quote, PARAGRAPH, other]) == [PARAGRAPH, other]
    assert without_pull_quotes([PARAGRAPH, other, f"«{quote}»"]) == [PARAGRAPH, other]
    assert clean_paragraphs([PARAGRAPH, quote, other], None)[0] == [PARAGRAPH, other]


def test_short_repeats_and_distinct_paragraphs_stay() -> None:
    # Four words inside a paragraph are a phrase, not a pull quote; a paragraph is not
    # dropped for containing another one's words in another order.
    short = "محطات التوليد العراقية على"
    other = "إنتاجها ثلث نحو في الغاز على العراقية التوليد محطات تعتمد"
    assert without_pull_quotes([short, PARAGRAPH]) == [short, PARAGRAPH]
    assert without_pull_quotes([other, PARAGRAPH]) == [other, PARAGRAPH]


def test_a_paragraph_written_twice_with_a_clause_added_is_not_a_pull_quote() -> None:
    longer = f"{PARAGRAPH} وتستمر الأزمة."
    assert without_pull_quotes([PARAGRAPH, longer]) == [PARAGRAPH, longer]
