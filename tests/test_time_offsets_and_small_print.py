"""What unseen16's families showed: a page whose `<time datetime>` gives the UTC instant of
its metas in the publisher's offset while showing only "قبل 5 ساعات" (Nuxt), a caption in
small print under a figure, read-also titles marked with an emoji (Tumblr), and a machine time
without an offset beside the one day the page shows (Odoo)."""

from __future__ import annotations

from extraction import extract
from extraction.sites import get_site

STORY = (
    "باشرت الشركة المنفذة لمشروع تأهيل شبكة الماء الصافي مد أنابيب جديدة في الشارعين الرابع "
    "والخامس من الحي، ضمن مشروع يشمل استبدال نحو سبعة كيلومترات من الأنابيب القديمة.",
    "وذكرت المديرية في بيان أن المشروع يهدف إلى الحد من التكسرات المتكررة وتسرب مياه الصرف "
    "إلى الشبكة، وهو ما تسبب خلال الصيف بشكاوى واسعة من تغير لون الماء ورائحته.",
    "ونصحت المديرية السكان بملء الخزانات المنزلية مساء كل يوم، وعدم تشغيل المضخات الكهربائية "
    "مباشرة على الشبكة بعد عودة الماء، لأن ذلك يضعف الضغط في نهاية الخطوط.",
)
TITLE = "بدء مد شبكة أنابيب ماء جديدة في شوارع الحي وقطع جزئي للإسالة أسبوعين"


def _page(inner: str, head: str = "") -> bytes:
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f"<body><header><h1>{TITLE}</h1></header><article class='post-content'>{inner}"
            "</article><footer><p>جميع الحقوق محفوظة لموقع الحي</p></footer></body></html>"
            ).encode()


def _extract(page: bytes):
    return extract(get_site("generic"), "https://news.example/a/1", page)


def test_a_time_element_gives_the_utc_instant_in_the_publishers_offset() -> None:
    head = '<meta property="article:published_time" content="2024-08-19T21:40:00.000Z">'
    shown = ('<time datetime="2024-08-20T01:40:00+04:00" class="article-date">قبل 5 ساعات'
             "</time>")
    article = _extract(_page(shown + "".join(f"<p>{p}</p>" for p in STORY), head))
    assert article.published == "2024-08-20T01:40:00+04:00"
    # A <time> of another instant (a card's) gives no offset to this one.
    other = '<time datetime="2024-08-19T01:40:00+04:00" class="card-date">19 أغسطس 2024</time>'
    article = _extract(_page(other + "".join(f"<p>{p}</p>" for p in STORY), head))
    assert article.published.startswith("2024-08-19T21:40:00")


def test_a_small_print_line_under_a_figure_is_its_caption() -> None:
    figure = ('<figure class="tmblr-full"><img src="/i/1.jpg" alt="image" width="1024" '
              'height="683"></figure><p><small>عمال الشركة يمدون أنابيب الشبكة الجديدة في '
              "الشارع الرابع. تصوير: أخبار الحي</small></p>")
    article = _extract(_page(figure + "".join(f"<p>{p}</p>" for p in STORY)))
    assert article.body.split("\n\n") == list(STORY)


def test_read_also_titles_marked_with_an_emoji_are_links_not_text() -> None:
    links = "".join(f'<p>🔹 <a href="/post/{n}/x">{title}</a></p>' for n, title in enumerate((
        "متى ينتهي تبليط شارع السوق؟ المقاول يجيب",
        "شكاوى من تغير لون ماء الإسالة في الشارع السابع")))
    inner = ("".join(f"<p>{p}</p>" for p in STORY[:2]) + "<p>اقرأ أيضا:</p>" + links
             + f"<p>{STORY[2]}</p>")
    article = _extract(_page(inner))
    assert article.body.split("\n\n") == list(STORY)


def test_a_time_without_offset_gives_way_to_the_one_day_the_page_shows() -> None:
    # Odoo writes article:published_time in UTC without saying so; the sidebar shows the day.
    head = '<meta property="article:published_time" content="2024-09-02 21:40:00">'
    body = "".join(f"<p>{p}</p>" for p in STORY)
    sidebar = '<div class="small"><span>المركز الإعلامي</span><small>{}</small></div>'
    article = _extract(_page(body + sidebar.format("3 سبتمبر 2024"), head))
    assert article.published == "2024-09-03"
    # The same day shown: the machine time stays; two days shown: no telling which.
    assert _extract(_page(body + sidebar.format("2 سبتمبر 2024"), head)).published == (
        "2024-09-02T21:40:00")
    noon = '<meta property="article:published_time" content="2024-09-02 12:00:00">'
    two = sidebar.format("3 سبتمبر 2024") + sidebar.format("1 سبتمبر 2024")
    assert _extract(_page(body + two, noon)).published == "2024-09-02T12:00:00"
