"""A review's fact card (the book's or film's data, a field a line) is not the review's text;
field-like lines that are the text's own stay."""

from __future__ import annotations

from extraction import extract
from extraction.fact_cards import without_cards
from extraction.sites import get_site

REVIEW = (
    "عن دار المنارة الجديدة في دمشق صدر حديثا ديوان الشاعرة العراقية سلمى الراوي الذي يضم "
    "ثلاثين قصيدة كتبت بين بغداد ودمشق خلال السنوات العشر الأخيرة.",
    "تنحاز الشاعرة في معظم نصوص الديوان إلى قصيدة التفعيلة، وتكتب الغياب بلغة الماء والملح "
    "والنوافذ المفتوحة على نهر لا يعود.",
    "يحسب للديوان اقتصاده اللغوي وابتعاده عن الخطابة التي أثقلت كثيرا من شعر المنافي في "
    "العقود الأخيرة.",
)
CARD = ("الكتاب: ملح على نافذة الفرات (شعر)", "المؤلفة: سلمى الراوي",
        "الناشر: دار المنارة الجديدة – دمشق", "عدد الصفحات: 126 من القطع المتوسط")


def test_a_book_card_under_a_review_goes() -> None:
    body = "".join(f"<p>{p}</p>" for p in REVIEW)
    page = ('<html dir="rtl"><head><meta charset="utf-8"><title>ديوان يكتب الغياب</title></head>'
            f"<body><article><h1>ديوان يكتب الغياب</h1>{body}"
            f'<div class="field"><div>بطاقة الكتاب</div><p>{"<br>".join(CARD)}</p></div>'
            "</article></body></html>").encode()
    article = extract(get_site("generic"), "https://culture.example/node/12", page)
    assert article.body.split("\n\n") == list(REVIEW)


def test_fewer_fields_or_other_labels_or_long_lines_stay() -> None:
    two = [REVIEW[0], *CARD[:2], REVIEW[1]]
    assert without_cards(two) == two
    quotes = [REVIEW[0], "الوزير: لا تراجع عن القرار", "النائب: سنطعن فيه", "المحافظ: ننتظر",
              REVIEW[1]]
    assert without_cards(quotes) == quotes
    long_field = ("المؤلف: " + "كلمة " * 16).strip()
    lines = [CARD[0], long_field, CARD[2], REVIEW[2]]
    assert without_cards(lines) == lines
    film = ["الفيلم: بيروت الليل", "إخراج: نادين لبكي", "بطولة: جورج خباز", "مدة العرض: 98 دقيقة"]
    assert without_cards([REVIEW[0], *film, REVIEW[1]]) == [REVIEW[0], REVIEW[1]]
    assert without_cards([*CARD[:3], REVIEW[0], CARD[3]]) == [REVIEW[0], CARD[3]]
    # Only the line right over the card is its heading.
    assert without_cards([*CARD, REVIEW[0], "بطاقة الكتاب"]) == [REVIEW[0], "بطاقة الكتاب"]
