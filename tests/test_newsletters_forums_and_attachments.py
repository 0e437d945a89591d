"""What unseen28 showed: a newsletter archive's `<date>` over its subject, its editor's sign-off
and closing salutation, its note to a forwarded reader (Buttondown); a forum `<time>` whose
`datetime` is UTC without an offset and whose text is the board's time, month first
(vBulletin 5); the previous story's link and an attachment's line (ProcessWire); a box
headed by a call to subscribe (Kadence)."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.boilerplate import is_boilerplate_line
from extraction.boxes import box_texts
from extraction.byline_lines import is_office_signoff, signoff_author
from extraction.document import parse
from extraction.shown_offset import in_shown_offset
from extraction.sites import get_site
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "كيف يقرأ المستثمرون قرار البنك المركزي الأخير بشأن الفائدة"
URL = "https://letters.example/mizan/archive/127/"


def _issue(date: str, others: str = "", head: str = "", ending: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORY) + ending
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}'
            f'</head><body><article class="email-body"><date>{date}</date>'
            f'<h1 class="subject">{HEADLINE}</h1><div class="email-content" dir="rtl">{body}'
            f'</div></article><div class="related-emails-widget">{others}</div></body></html>'
            ).encode()


def test_a_newsletters_date_over_its_subject_gives_the_readers_day() -> None:
    others = "".join(f'<a><span class="related-email-date">{d}</span></a>'
                     for d in ("June 28, 2024", "June 21, 2024"))
    head = '<meta property="article:published_time" content="2024-07-04T22:15:00+00:00">'
    article = extract(get_site("generic"), URL, _issue("July 5, 2024", others, head))
    assert article.published == "2024-07-05"
    # The UTC day itself shown over the subject: the instant stays as given.
    same = extract(get_site("generic"), URL, _issue("July 4, 2024", others, head))
    assert same.published == "2024-07-04T22:15:00+00:00"
    # Of the dates above the subject, the nearest: not the site bar's day of the visit.
    bar = _issue("July 5, 2024", others, head).replace(
        b"<body>", b'<body><div class="top-date">July 9, 2024</div>')
    assert extract(get_site("generic"), URL, bar).published == "2024-07-05"


def test_a_newsletters_sign_off_salutation_and_note_to_a_forwarded_reader() -> None:
    assert signoff_author("منى الشاذلي، محررة ميزان") == "منى الشاذلي"
    assert signoff_author("منى الشاذلي، محررة في القسم الاقتصادي منذ سنوات") is None
    for line in ("مع التحية، فريق تحرير ميزان", "مع خالص التحيات"):
        assert is_office_signoff(line), line
    assert not is_office_signoff("مع التحية والتقدير للجهود التي بذلتها اللجنة.")
    forwarded = ("ميزان نشرة أسبوعية مستقلة عن الاقتصاد المصري. إذا وصلتك هذه الرسالة من صديق، "
                 "يمكنك الاشتراك من هنا.")
    assert is_boilerplate_line(forwarded)
    for line in ("وتلقى المشتركون الرسالة من صديق لهم يعمل في البنك.",
                 "وارتفع عدد طلبات الاشتراك في خدمة الإنترنت المنزلي بنسبة عشرين في المئة."):
        assert not is_boilerplate_line(line), line
    ending = f"<p>منى الشاذلي، محررة ميزان</p><hr><p><em>{forwarded}</em></p>"
    article = extract(get_site("generic"), URL, _issue("July 5, 2024", ending=ending))
    assert article.body.split("\n\n") == list(STORY)
    assert article.author == "منى الشاذلي"


def _post(stamp: str, text: str) -> lxml_html.HtmlElement:
    return lxml_html.document_fromstring(
        f'<html><body><ul><li class="b-post"><div class="b-post__timestamp"><time '
        f'itemprop="dateCreated" datetime="{stamp}">{text}</time></div></li></ul></body></html>')


def test_a_forum_times_text_gives_its_utc_datetime_the_boards_offset() -> None:
    tree = _post("2024-07-01T22:40:00", "07-02-2024, 01:40 ص")
    assert in_shown_offset("2024-07-01T22:40:00", tree) == "2024-07-02T01:40:00+03:00"
    tree = _post("2024-03-17T07:25:00", "03-17-2024, 10:25 ص")  # no month 17: read month first
    assert in_shown_offset("2024-03-17T07:25:00", tree) == "2024-03-17T10:25:00+03:00"
    # Day first when that reading is the instant's.
    tree = _post("2024-07-01T22:40:00", "02-07-2024, 01:40 ص")
    assert in_shown_offset("2024-07-01T22:40:00", tree) == "2024-07-02T01:40:00+03:00"
    # Another post's time says nothing of this one's.
    reply = _post("2024-07-02T05:35:00", "07-02-2024, 02:40 ص")
    assert in_shown_offset("2024-07-01T22:40:00", reply) == "2024-07-01T22:40:00"
    # A text that is no showing of the instant changes nothing.
    tree = _post("2024-07-01T22:40:00", "07-09-2024, 11:05 م")
    assert in_shown_offset("2024-07-01T22:40:00", tree) == "2024-07-01T22:40:00"


def test_the_previous_storys_link_and_an_attachments_line_are_no_text() -> None:
    for line in ("الخبر السابق: جلسة توعية حول حقوق العاملات في الزراعة",
                 "المقال التالي : حملة تنظيف لشاطئ صور", "تحميل التقرير",
                 "- تقرير المياه في تجمعات جنوب صور (PDF، 1.8 ميغابايت)",
                 "دليل المتطوع (pdf, 640 KB)"):
        assert is_boilerplate_line(line), line
    for line in ("الخبر السابق لم يذكر أسماء المتطوعين الذين شاركوا في الحملة",
                 "ونشرت الجمعية تقريرا من أربعين صفحة (PDF) على موقعها."):
        assert not is_boilerplate_line(line), line


def test_a_box_headed_by_a_call_to_subscribe_is_no_text() -> None:
    box = ('<div class="kb-row-layout-wrap"><div class="kt-inside-inner-col"><h3>اشترك في '
           'نشرتنا الصحية</h3><p>نصائح موثوقة من أطباء ومختصين تصلك كل يوم أحد.</p></div>'
           '<div class="kt-inside-inner-col"><a class="kb-button" href="/newsletter/">اشترك'
           "</a></div></div>")
    page = _issue("July 5, 2024", ending=box).decode()
    assert "نصائح موثوقة من أطباء ومختصين تصلك كل يوم أحد." in box_texts(parse(URL, page), [])
    article = extract(get_site("generic"), URL, page.encode())
    assert article.body.split("\n\n") == list(STORY)
    # A subheading of the text heads no box.
    sub = page.replace("اشترك في نشرتنا الصحية", "ماذا تعني القراءة الأخيرة للمؤشرات؟")
    assert "نصائح موثوقة من أطباء ومختصين تصلك كل يوم أحد." not in box_texts(parse(URL, sub), [])
