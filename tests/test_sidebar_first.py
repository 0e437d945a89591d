"""Right-to-left layouts often put the sidebar first in the DOM: a "most read" list before
the article must not end the text before it starts."""

from __future__ import annotations

import pytest

from extraction import extract
from extraction.body import LIST_ITEM_MAX_WORDS, clean_paragraphs
from extraction.sites.generic import site_for_url

PARAGRAPHS = [
    "أعلنت وزارة الزراعة في بيان رسمي صدر صباح اليوم عن خطة جديدة لدعم صغار المزارعين في "
    "المحافظات الجنوبية، تشمل توزيع البذور المحسنة وتقديم قروض ميسرة بفوائد منخفضة على مدى "
    "ثلاث سنوات.",
    "وقال المتحدث باسم الوزارة إن الخطة تستهدف أكثر من عشرين ألف أسرة ريفية، وإنها تأتي بعد "
    "موسمين متتاليين من الجفاف أثرا بشدة على محاصيل القمح والشعير في المنطقة، ودفعا كثيرين إلى "
    "ترك أراضيهم.",
    "وأضاف أن فرق الإرشاد الزراعي ستبدأ الأسبوع المقبل زيارات ميدانية لتسجيل المستفيدين، على أن "
    "تصرف الدفعة الأولى من القروض قبل بداية الموسم الزراعي المقبل في تشرين الأول.",
    "ورحب اتحاد المزارعين بالخطة، لكنه طالب بتوسيعها لتشمل مربي الماشية الذين تضرروا بدورهم من "
    "ارتفاع أسعار الأعلاف خلال العام الماضي.",
]
MOST_READ = ["ارتفاع أسعار الذهب في الأسواق المحلية", "منتخب الشباب يتأهل إلى نصف النهائي",
             "افتتاح معرض الكتاب الدولي بمشاركة واسعة", "وزير الصحة يتفقد مستشفى المدينة"]
URL = "https://portal.example/news.php?id=2215"


def table_page(separator: str) -> bytes:
    """A PHP portal's table layout: the most-read cell, then the article cell."""
    items = "".join(f'<tr><td><a href="news.php?id={100 + i}">{title}</a></td></tr>'
                    for i, title in enumerate(MOST_READ))
    if separator == "div":
        text = "".join(f"<div>{p}</div>" for p in PARAGRAPHS)
    else:
        text = separator.join(PARAGRAPHS)
    return (
        '<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>بوابة الأخبار</title>'
        '</head><body><table width="100%"><tr><td width="25%" valign="top"><table>'
        f'<tr><td class="title">الأكثر قراءة</td></tr>{items}</table></td><td valign="top">'
        '<h1>وزارة الزراعة تعلن خطة لدعم صغار المزارعين</h1>'
        f'<div class="text">{text}</div></td></tr></table></body></html>').encode()


@pytest.mark.parametrize("separator", ["<br><br>", "div"])
def test_most_read_cell_before_the_article_cell(separator: str) -> None:
    article = extract(site_for_url(URL), URL, table_page(separator))
    assert article.status == "ok"
    assert article.body == "\n\n".join(PARAGRAPHS)
    assert article.title == "وزارة الزراعة تعلن خطة لدعم صغار المزارعين"


def test_a_list_opener_after_the_text_still_ends_it() -> None:
    lines = [PARAGRAPHS[0], "الأكثر قراءة", *MOST_READ, PARAGRAPHS[1]]
    assert clean_paragraphs(lines, None) == ([PARAGRAPHS[0]], None)


def test_a_list_opener_before_the_text_skips_its_items_only() -> None:
    lines = ["الأكثر قراءة", *MOST_READ, PARAGRAPHS[0], "سطر قصير من المقال", PARAGRAPHS[1]]
    assert clean_paragraphs(lines, None) == (
        [PARAGRAPHS[0], "سطر قصير من المقال", PARAGRAPHS[1]], None)
    assert all(len(p.split()) >= LIST_ITEM_MAX_WORDS for p in PARAGRAPHS[:2])
