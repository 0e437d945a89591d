"""unseen31's rules: a portal's info row under an `<h2>` headline (PHP-Fusion), the box around
a password field (a side column's login panel is no wall), a rating widget, Mambo's headline
cell and created date, a blog its writer publishes (Publii), tag pages' links, og:site_name
beside an `<h2>` headline (OceanWP), Zoho's two-digit years, "نشر من قبل" / "كتب بواسطة"."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import html as lxml_html

from extraction import extract
from extraction.article_header import info_row
from extraction.boilerplate import is_boilerplate_line
from extraction.boxes import box_texts
from extraction.dates import visible_dates
from extraction.document import parse
from extraction.recovered_text import rejoined
from extraction.sites import get_site

URL = "https://portal.example/news.php?readmore=2508"
SENTENCE = ("استقبل ميناء أم قصر الشمالي في محافظة البصرة أكبر باخرة حاويات ترسو على أرصفته منذ "
            "بدء تشغيله بطول يتجاوز ثلاثمئة متر وحمولة تقارب تسعة آلاف حاوية")
HEADLINE = "ميناء أم قصر يستقبل أكبر باخرة حاويات"


def _text(n: int = 4, br: bool = False) -> str:
    lines = [f"{SENTENCE} {k}." for k in range(n)]
    return "<br /><br />".join(lines) if br else "".join(f"<p>{line}</p>" for line in lines)


def _extract(html: str, url: str = URL):
    return extract(get_site("generic"), url, html.encode())


def _fusion(info: str, body: str, side: str = "", head: str = "") -> str:
    return (f"<html dir='rtl'><head><title>بصرة نيوز - أخبار: {HEADLINE}</title>"
            f"<meta property='og:title' content='{HEADLINE}'>{head}</head>"
            "<body><div class='header'><span class='date'>سبتمبر 05 2024 20:52:48</span></div>"
            f"<aside>{side}</aside><main><article class='news-item'><h2>{HEADLINE}</h2>"
            f"<div class='news-info'>{info}</div><div class='news_news'>{body}</div>"
            "<div class='comments'><span class='comment_date'>سبتمبر 04 2024 11:02:00</span>"
            "<p>تعليق قصير من زائر</p></div></article></main></body></html>")


INFO = ("» <span class='news-poster'>نشر من قبل <a href='/profile.php?lookup=7'>حيدر الساعدي"
        "</a></span> في 03 سبتمبر 2024 - 00:40 &middot; في <a href='/news.php?cat_id=4'>اقتصاد</a>")


def test_a_closing_mark_continues_only_a_line_it_closes() -> None:
    info = "» نشر من قبل قسم الأخبار"
    assert rejoined([HEADLINE, info]) == [HEADLINE, info]
    assert rejoined(["قال «إن الموسم", "» وأضاف أن"]) == ["قال «إن الموسم» وأضاف أن"]
    assert rejoined(["قال (الوزير", ") إن"]) == ["قال (الوزير) إن"]
    assert rejoined(["الميناء", "، وأضاف"]) == ["الميناء، وأضاف"]


def test_the_info_row_under_an_h2_headline_is_no_text_and_dates_the_story() -> None:
    found = _extract(_fusion(INFO, _text(br=True)))
    assert found.ok and found.body.startswith(SENTENCE) and "نشر من قبل" not in found.body
    assert "اقتصاد" not in found.body and found.body.count("\n\n") == 3
    # the info row's date, not the visit's above the story nor a comment's below it
    assert found.published.startswith("2024-09-03T00:40")
    assert found.author == "حيدر الساعدي"
    updated = _extract(_fusion(INFO.replace(" &middot; في", " &middot; آخر تحديث 04 سبتمبر 2024"
                                            " - 10:00 &middot; في"), _text(br=True)))
    assert updated.published.startswith("2024-09-03T00:40")
    assert updated.modified.startswith("2024-09-04T10:00")
    tree = lxml_html.document_fromstring(_fusion(INFO, _text(br=True)))
    assert info_row(tree, HEADLINE) is not None and info_row(tree, "عنوان آخر") is None
    # a row without a link, ending a sentence, without a date or too long is no info row
    for info in ("في 03 سبتمبر 2024 - 00:40", INFO + " وانتهى.", INFO.replace("2024", ""),
                 INFO + " كلمة" * 20):
        assert info_row(lxml_html.document_fromstring(_fusion(info, _text(br=True))),
                        HEADLINE) is None, info
    # nor the row under an <h1> that is not the headline (OceanWP's "المدونة", Dotclear's
    # blog name): the one under the <h2> that reads it is
    blog = _fusion(INFO, _text(br=True)).replace(
        "<main>", "<h1>المدونة</h1><div><a href='/'>الرئيسية</a> 05 سبتمبر 2024</div><main>")
    assert info_row(lxml_html.document_fromstring(blog), HEADLINE).get("class") == "news-info"
    assert info_row(lxml_html.document_fromstring(blog.replace(f"<h2>{HEADLINE}</h2>", "")),
                    HEADLINE) is None
    # nor a paragraph under the headline
    paragraph = _fusion(f"<p>{INFO}</p>", _text(br=True))
    assert info_row(lxml_html.document_fromstring(paragraph), HEADLINE) is None


LOGIN = ("<form><input type='text' name='user_name'><input type='password' name='user_pass'>"
         "<button>تسجيل الدخول</button></form>")


def test_a_login_panel_in_a_side_column_or_a_rating_note_is_no_wall() -> None:
    rating = "<div class='rating'>التقييم متاح للأعضاء فقط: الرجاء تسجيل الدخول للتقييم.</div>"
    short = _text(3)  # a short story: under the wall's word limit
    assert _extract(_fusion(INFO, short + rating, side=LOGIN)).status == "ok"
    # the same panel beside the text, in the story's own column, with the wall's phrase
    walled = _fusion(INFO, short + f"<div class='wall'><p>يرجى تسجيل الدخول لمتابعة القراءة</p>"
                     f"{LOGIN}</div>")
    assert _extract(walled).status == "login_wall"
    # a sign-in form in the story's column, its box saying nothing of a wall: the note
    # elsewhere in the column (the column is more than a box) does not make it one
    plain = LOGIN.replace("تسجيل الدخول", "دخول")
    beside = _fusion(INFO, short + rating + f"<div class='members'>{plain}</div>")
    assert _extract(beside).status == "ok"
    inline = _fusion(INFO, _text(5) + rating + plain)  # the form's parent: the whole text
    assert _extract(inline).status == "ok"


MENU = "".join(f"<tr><td><a href='/index.php?Itemid={k}' class='mainlevel'>قسم {k}</a></td></tr>"
               for k in range(12))


def _mambo(top: str, created: str) -> str:
    return (f"<html><head><title>أخبار السودان - {HEADLINE}</title></head><body><table><tr>"
            f"<td class='date'>{top}</td></tr></table><table class='moduletable'>{MENU}</table>"
            "<table class='contentpaneopen'><tr>"
            f"<td class='contentheading'>{HEADLINE}</td></tr><tr><td class='small'>"
            "كتب بواسطة سونا</td></tr>"
            f"<tr><td class='createdate'>{created}</td></tr><tr><td>{_text(br=True)}</td></tr>"
            "<tr><td><div class='content_rating'>تقييم القراء:<img src='s.png'> / 2</div>"
            "<form><div class='content_vote'>\nضعيف\n<input type='radio' name='r' value='1'>"
            "<input type='radio' name='r' value='5'>\nممتاز\n<input type='submit' value='قيّم'>"
            "</div></form></td></tr></table></body></html>")


def test_mambos_created_date_under_its_headline_cell_over_the_visit_date_above() -> None:
    html = _mambo("الاثنين, 11 مارس 2024", "السبت, 09 مارس 2024 11:20")
    found = _extract(html, "https://mambo.example/index.php?option=com_content&task=view&id=4812")
    assert found.published.startswith("2024-03-09")
    assert found.author is None  # "كتب بواسطة سونا": the agency
    assert found.body.startswith(SENTENCE) and found.body.count("\n\n") == 3
    # the headline's cell is where the story starts: the nearest date after it, not the first
    tree = lxml_html.document_fromstring(html)
    assert visible_dates(tree, HEADLINE)[0].startswith("2024-03-09")
    assert visible_dates(tree, "عنوان لا تقرؤه خلية")[0].startswith("2024-03-11")
    # the rating widget's lines are a box's, its label no text
    doc = parse("https://mambo.example/", html)
    assert {"ضعيف", "ممتاز"} <= box_texts(doc, [])
    assert is_boilerplate_line("تقييم القراء:")


def _blog(author_link: str, tags: str, head_tags: str = "") -> str:
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",'
          f'"headline":"{HEADLINE}","author":{{"@type":"Person","name":"سعاد الإدريسي"}},'
          '"publisher":{"@type":"Organization","name":"سعاد الإدريسي"},'
          '"datePublished":"2024-10-22T11:40+01:00"}</script>')
    return (f"<html><head><title>{HEADLINE}</title>{ld}</head><body>{head_tags}<article>"
            f"<p class='post__meta'>بقلم {author_link}</p><h1>{HEADLINE}</h1>"
            f"<div class='post__entry'>{_text()}<p>وقال <a href='/tag/minister/'>وزير الثقافة"
            f"</a> إن المكتبة ستفتح يوميا.</p></div><ul class='post__tag'>{tags}</ul>"
            "</article></body></html>")


LINKED = "<a href='/authors/souad/' rel='author'>سعاد الإدريسي</a>"
TAGS = ("<li><a href='/tags/rabat/'>الرباط</a></li>"
        "<li><a href='/tags/kasbah/'>#قصبة الأوداية</a></li>")  # a chip's "#" is no part of it


def test_a_blog_its_writer_publishes_keeps_her_as_author_and_its_tag_pages_give_tags() -> None:
    found = _extract(_blog(LINKED, TAGS), "https://rabat-notes.example/oudaya.html")
    assert found.author == "سعاد الإدريسي" and found.tags == ["الرباط", "قصبة الأوداية"]
    unlinked = _extract(_blog("سعاد الإدريسي", TAGS), "https://rabat-notes.example/oudaya.html")
    assert unlinked.author is None  # the publisher's name, nothing marks it a writer's
    # a strip of trending tags outside the story's article gives none
    outside = _extract(_blog(LINKED, "", head_tags=f"<ul class='trend'>{TAGS}</ul>"),
                       "https://rabat-notes.example/oudaya.html")
    assert outside.tags == []


def test_og_site_name_beside_an_h2_headline_leaves_the_og_title() -> None:
    head = (f'<meta property="og:title" content="{HEADLINE} - اقتصاد الجزائر">'
            '<meta property="og:site_name" content="اقتصاد الجزائر">')
    html = (f"<html><head><title>{HEADLINE} - اقتصاد الجزائر</title>{head}</head><body>"
            "<h1 class='page-header-title'>المدونة</h1><article>"
            f"<h2 class='single-post-title'>{HEADLINE}</h2>{_text()}</article></body></html>")
    assert _extract(html, "https://dz.example/2024/11/19/x/").title == HEADLINE


def test_a_two_digit_year_shown_beside_a_utc_instant_gives_the_local_time() -> None:
    head = ('<script type="application/ld+json">{"@context":"https://schema.org",'
            f'"@type":"BlogPosting","headline":"{HEADLINE}",'
            '"datePublished":"2024-11-20T21:40:00Z"}</script>')
    for shown, want in (("21.11.24 01:40 ص", "2024-11-21T01:40:00+04:00"),
                        ("21.11.24 02:47 ص", "2024-11-20T21:40:00+00:00")):  # no such offset
        html = (f"<html><head><title>{HEADLINE}</title>{head}</head><body><h1>{HEADLINE}</h1>"
                f"<span class='theme-blog-date'>{shown}</span>{_text()}</body></html>")
        assert _extract(html, "https://zoho.example/blogs/post/x").published == want, shown


def test_a_breadcrumbs_last_item_is_no_heading_where_a_subheading_reads_the_headline() -> None:
    """K2's breadcrumb ends with the headline, above the `h2.itemTitle` that reads it: the
    headline cells are looked for only when no subheading reads it."""
    folder = Path(__file__).parent / "fixtures" / "templates" / "joomla_k2_iraq"
    truth = json.loads((folder / "2.truth.json").read_text(encoding="utf-8"))
    tree = lxml_html.document_fromstring((folder / "2.html").read_bytes())
    assert visible_dates(tree, truth["title"]) == ("2024-07-23T14:15:00", "2024-07-23T16:02:00")
