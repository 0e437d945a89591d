"""What unseen17's families showed: paragraphs written as loose `<br /><br />` text in a
layout table's cell beside `<p>`s (an old ColdFusion portal), dates in English on Arabic pages
and a card's date before the byline's (beehiiv), a URL stamped with the UTC day (Sitefinity),
subscribe boxes, polls and sponsored sections inside a newsletter issue, a subtitle in a
header named so, and a field's label alone on a line (Varbase)."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.arabic_dates import parse_visible_date
from extraction.article_header import headline_header_texts
from extraction.sites import get_site

STORY = (
    "بدأ مزارعو التفاح في جرود عكار هذا الأسبوع موسم القطاف وسط شكاوى متزايدة من تدني الأسعار "
    "في أسواق الجملة، إذ لا يتجاوز سعر الصندوق خمسة دولارات.",
    "ويقدر رئيس تعاونية مزارعي القبيات إنتاج المنطقة هذا العام بنحو أربعين ألف طن، أي أقل "
    "بقليل من الموسم الماضي، عازيا التراجع إلى موجة الحر وشح الأمطار.",
    "ويقول المزارعون إن أسعار الأسمدة والمبيدات المستوردة ارتفعت بنحو الثلث منذ العام الماضي، "
    "فيما يضطر كثيرون إلى ري بساتينهم بمضخات تعمل على المازوت.",
    "وتطالب التعاونيات وزارة الزراعة بتفعيل برنامج دعم التصدير إلى الأسواق الخليجية والمصرية، "
    "وبتأمين برادات تخزين بأسعار مقبولة للمزارعين الصغار.",
)
HEADING = "كلفة الإنتاج تتضاعف"
TITLE = "مزارعو التفاح في جرود عكار يبدأون القطاف على وقع تراجع الأسعار"


def _extract(page: bytes, url: str = "https://news.example/a/1"):
    return extract(get_site("generic"), url, page)


def _page(body: str, head: str = "") -> bytes:
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f"<body>{body}</body></html>").encode()


def test_loose_br_paragraphs_beside_the_ps_of_a_table_cell_are_text() -> None:
    cell = (f"<table><tr><td class='newstitle'><h1>{TITLE}</h1></td></tr><tr><td class="
            f"'tools'>طباعة | أرسل لصديق</td></tr><tr><td class='newsbody'><font face='Tahoma'>"
            f"{STORY[0]}<br /><br />{STORY[1]}<br /><br /><b><font color='#990000'>{HEADING}"
            f"</font></b><br /><p>{STORY[2]}</p><p>{STORY[3]}</p></font></td></tr></table>")
    article = _extract(_page(cell))
    assert article.body.split("\n\n") == [STORY[0], STORY[1], HEADING, STORY[2], STORY[3]]


def test_a_short_loose_line_before_the_loose_paragraphs_stays_out() -> None:
    cell = (f"<table><tr><td class='newstitle'><h1>{TITLE}</h1></td></tr><tr><td class="
            f"'tools'>طباعة | أرسل لصديق</td></tr><tr><td class='newsbody'><font face='Tahoma'>"
            f"خبر محلي<br /><br />{STORY[0]}<br /><br />{STORY[1]}<br /><p>{STORY[2]}</p>"
            f"<p>{STORY[3]}</p></font></td></tr></table>")
    assert _extract(_page(cell)).body.split("\n\n") == list(STORY)


def test_english_dates_on_arabic_pages() -> None:
    assert parse_visible_date("August 15, 2024") == "2024-08-15"
    assert parse_visible_date("March 14th, 2016") == "2016-03-14"
    assert parse_visible_date("Sept. 4, 2023") == "2023-09-04"
    assert parse_visible_date("you may 12 times") is None


def _article(shown: str, head: str = "", after: str = "") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return _page(f"<div><h1>{TITLE}</h1>{shown}<div class='content'>{paragraphs}</div>{after}"
                 "</div>", head)


def test_the_bylines_day_dates_a_utc_instant_past_a_card_of_another_day() -> None:
    head = '<meta property="article:published_time" content="2024-08-14T21:40:00.000Z">'
    byline = "<p><span>هيئة التحرير</span> <span>August 15, 2024</span></p>"
    card = "<div class='card'><span class='card-date'>August 11, 2024</span></div>"
    assert _extract(_article(byline, head, card)).published == "2024-08-15"


def test_a_day_shown_beside_the_urls_is_the_readers() -> None:
    shown = "<span class='sfnewsDate'>3 سبتمبر 2024</span>"
    url = "https://gov.example/ar/news/2024/09/02/story"
    assert _extract(_article(shown), url).published == "2024-09-03"
    # Two days from the URL's: another date, not this story's.
    far = "<span class='sfnewsDate'>4 سبتمبر 2024</span>"
    assert _extract(_article(far), url).published == "2024-09-02"


def test_subscribe_boxes_polls_and_sponsored_sections_are_not_text() -> None:
    subscribe = ("<div class='my-8 box'><h4>اشترك في نشرة الأسبوع</h4><p>أهم ما جرى في الأردن "
                 "خلال أسبوع، في رسالة واحدة صباح كل أحد</p><form action='/create'><input "
                 "type='email' name='email'><button>اشترك</button></form></div>")
    poll = ("<div class='post-poll'><p>ما رأيك في عدد هذا الأسبوع؟</p><a href='/polls/1?c=0'>"
            "ممتاز</a><a href='/polls/1?c=1'>جيد</a></div>")
    sponsor = ("<div style='background:#eee'><p><i>برعاية</i></p><h3>تطبيق «مشوار» للدفع "
               "الإلكتروني</h3><p>ادفع أجرة الحافلة من هاتفك واحصل على رحلتين مجاناً.</p></div>")
    # The section's box ends where its label no longer opens the text (STORY[1] shares a
    # wrapper with it).
    body = (f"<div><h1>{TITLE}</h1><div class='content'><p>{STORY[0]}</p><div><p>{STORY[1]}"
            f"</p>{sponsor}</div><p>{STORY[2]}</p>{poll}<p>{STORY[3]}</p>{subscribe}</div></div>")
    assert _extract(_page(body)).body.split("\n\n") == list(STORY)


def test_a_long_wrapper_named_newsletter_is_no_box() -> None:
    body = (f"<div><h1>{TITLE}</h1><div class='newsletter-issue'>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>")
    assert _extract(_page(body)).body.split("\n\n") == list(STORY)


def test_a_subtitle_in_a_header_named_so_is_the_headers() -> None:
    subtitle = "أيضاً: موازنة البلديات، وموسم حصاد مبكر في الأغوار"
    tree = lxml_html.document_fromstring(
        f"<html><body><div id='web-header'><h1>{TITLE}</h1><h3>{subtitle}</h3></div>"
        "<div id='content-blocks'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
        "</body></html>")
    assert headline_header_texts(tree) == {subtitle}
    # A wrapper named so that holds the whole text is no header.
    whole = lxml_html.document_fromstring(
        f"<html><body><div class='page-header-wrap'><h1>{TITLE}</h1><h3>{subtitle}</h3>"
        + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>")
    assert headline_header_texts(whole) == set()


def test_a_fields_label_alone_is_not_text() -> None:
    body = (f"<div><h1>{TITLE}</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in STORY)
            + "<div class='field--label'>المصدر</div></div></div>")
    assert _extract(_page(body)).body.split("\n\n") == list(STORY)
