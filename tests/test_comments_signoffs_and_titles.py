"""What unseen23 showed: readers' comments in a list no label opens (Jimdo), an office's
signature under the text (Moodle's "شعبة الإعلام ...", Jimdo's "المكتب المسير – جمعية ..."),
a caption under a photo whose paragraph ends in the editor's <br> (Moodle's Atto), and a
page whose <h1> is the site's name while the <title> and an <h3> give the headline."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.boxes import box_texts
from extraction.byline_lines import is_office_signoff
from extraction.document import parse
from extraction.sites import get_site
from extraction.titles import titled_heading
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "جامعة الحضر تفتتح مؤتمرها العلمي الدولي الثالث للأمن المائي"


def _extract(inner: str, title: str = HEADLINE):
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f"{inner}</body></html>").encode()
    return extract(get_site("generic"), "https://univ.example/mod/forum/discuss.php?d=1187", page)


def _text(after: str = "", before: str = "") -> str:
    return (f"<div class='post'><h1>{HEADLINE}</h1>{before}"
            + "".join(f"<p>{p}</p>" for p in STORY) + f"{after}</div>")


def test_readers_comments_go_and_a_long_comment_box_is_no_box() -> None:
    comments = ("<div class='j-comment'><ul class='com-list-noava'>" + "".join(
        f"<li class='commentstd'><div class='com-meta'><strong>{name}</strong></div>"
        f"<div class='com-content'>{text}</div></li>" for name, text in (
            ("حسن أيت علا", "تبارك الله عليكم، تنظيم في المستوى والأجواء كانت رائعة."),
            ("مريم", "شكرا للجمعية على الورشات، ابني استفاد كثيرا ويريد الانضمام.")))
        + "</ul></div>")
    assert _extract(_text(comments)).body.split("\n\n") == list(STORY)
    # An element with "comment" in its class holding more words than a comment is no box.
    wrapped = "<div class='comment-wrap'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    doc = parse("https://univ.example/1", f"<html><body>{wrapped}</body></html>")
    assert box_texts(doc, []) == set()
    doc = parse("https://univ.example/1", f"<html><body><div class='comment'>{STORY[0]}</div>"
                "</body></html>")
    assert box_texts(doc, []) == {STORY[0]}


def test_an_office_signing_the_text_is_not_text() -> None:
    for line in ("شعبة الإعلام والاتصال الحكومي", "وزارة الصحة - غزة", "إدارة الإعلام",
                 "الرباط – وزارة الثقافة والتواصل",
                 "المكتب المسير – جمعية أصداء الأطلس للثقافة والفنون"):
        assert is_office_signoff(line), line
    for line in ("وزارة الصحة تعلن تسجيل إصابات جديدة في المحافظات الشمالية اليوم بعد أسبوع هادئ",
                 "وزارة الصحة تعلن الطوارئ الصحية",
                 "المكتب الإعلامي: لا صحة لما نشر.", "ليلى حداد – إربد", "شعبة 12 - بغداد",
                 "قال مدير المكتب إن العمل مستمر"):
        assert not is_office_signoff(line), line
    article = _extract(_text("<p>شعبة الإعلام والاتصال الحكومي</p>"))
    assert article.body.split("\n\n") == list(STORY)
    middle = _extract(f"<div class='post'><h1>{HEADLINE}</h1><p>{STORY[0]}</p>"
                      "<p>إدارة الإعلام</p>" + "".join(f"<p>{p}</p>" for p in STORY[1:]) + "</div>")
    assert "إدارة الإعلام" in middle.body.split("\n\n")  # only the last line is asked


def test_a_caption_under_a_photo_with_the_editors_br_is_not_text() -> None:
    photo = ("<p style='text-align: center;'><img src='/p.jpg' width='800' height='533'><br></p>"
             "<p style='text-align: center;'><em>جانب من جلسة افتتاح المؤتمر في رئاسة الجامعة</em>"
             "</p>")
    assert _extract(_text(before=photo)).body.split("\n\n") == list(STORY)


def test_the_title_and_a_heading_give_the_headline_over_a_site_name_h1() -> None:
    site = "منصة التعليم الإلكتروني في جامعة الحضر"
    page = (f"<div><h1>{site}</h1></div><div class='post'><h3 class='discussionname'>{HEADLINE}"
            "</h3>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>")
    article = _extract(page, f"مودل جامعة الحضر: {HEADLINE}")
    assert article.title == HEADLINE
    tree = lxml_html.fromstring(f"<html><body>{page}</body></html>")
    assert titled_heading(tree, site, f"{site} - {HEADLINE}") == site  # the title holds it
    assert titled_heading(tree, site, "") == site
    assert titled_heading(tree, site, "مودل: صفحة لا عنوان لها هنا") == site  # no part shown
