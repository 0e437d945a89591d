"""What unseen14's families showed: a forum topic whose first post is the news item (phpBB),
a teaser set under the headline that fills the description, a last-modified line "بتوقيت
السعودية", and a government portal's page-feedback buttons and tally."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from extraction import extract
from extraction.appeal_lines import is_appeal
from extraction.arabic_dates import dateline
from extraction.post_stream import named_post
from extraction.sites import get_site
from extraction.spelling import fold

STORY = (
    "أعلنت الإدارة العامة للتعليم بمحافظة الأحساء تعليق الدراسة الحضورية اليوم الاثنين في "
    "جميع مدارس التعليم العام، والتحول إلى التعليم عن بعد عبر منصة مدرستي بسبب الأمطار.",
    "وأوضحت الإدارة أن القرار جاء بناء على تقارير المركز الوطني للأرصاد التي توقعت استمرار "
    "هطول الأمطار الغزيرة على المحافظة حتى مساء اليوم، حرصا على سلامة الطلاب والطالبات.",
    "ودعت الإدارة أولياء الأمور إلى متابعة الحسابات الرسمية للإدارة والمدارس للاطلاع على "
    "المستجدات، مؤكدة أن الدوام الإداري للمعلمين يستمر وفق الجدول المعتاد في المدارس.",
)
TOPIC = "تعليق الدراسة الحضورية في مدارس الأحساء اليوم الاثنين بسبب الأمطار"
SITE = "منتديات واحة الأحساء"


def _post(n: int, subject: str, when: str, shown: str, text: str) -> str:
    return (f'<div id="p{n}" class="post has-profile bg{n % 2 + 1}"><div class="inner">'
            f'<dl class="postprofile"><dt><a class="username">عضو{n}</a></dt>'
            f"<dd>مشاركات: {n * 40}</dd></dl><div class='postbody'><h3>{subject}</h3>"
            f"<p class='author'>بواسطة <a class='username'>عضو{n}</a> » "
            f"<time datetime='{when}'>{shown}</time></p><div class='content'>{text}</div>"
            f"<div class='signature'>سبحان الله وبحمده</div></div></div></div>")


def _topic(*replies: str) -> bytes:
    first = _post(1, TOPIC, "2024-11-17T21:40:00+00:00", "الاثنين 18 نوفمبر 2024 12:40 am",
                  "<br><br>".join(STORY))
    posts = [first, *(_post(i + 2, f"رد: {TOPIC}", "2024-11-17T21:52:00+00:00",
                            "الاثنين 18 نوفمبر 2024 12:52 am", reply)
                      for i, reply in enumerate(replies))]
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TOPIC} - {SITE}</title></head>'
            f"<body><div class='headerbar'><h1>{SITE}</h1></div><div id='page-body'>"
            f"<h2 class='topic-title'>{TOPIC}</h2>{''.join(posts)}"
            "<h3>الموجودون الآن</h3></div></body></html>").encode()


REPLIES = ("جزاكم الله خير على سرعة النقل، المطر من الساعة 11 ما وقف عندنا في المبرز.",
           "تم إبلاغ الطالبات في قروب الفصل من الفجر، الله يحفظ الجميع.")


def test_a_forum_topics_first_post_is_the_story() -> None:
    article = extract(get_site("generic"), "https://forum.example/viewtopic.php?t=9",
                      _topic(*REPLIES))
    assert article.title == TOPIC
    assert article.body.split("\n\n") == list(STORY)
    assert article.published.startswith("2024-11-18T00:40")  # the shown Riyadh time
    assert article.author == "عضو1"  # the first post's poster, not a reply's or a moderator's


def test_a_topic_posted_by_the_boards_account_names_no_writer() -> None:
    page = _topic(*REPLIES).decode()
    for link in ("<a class='username'>عضو1</a>", '<a class="username">عضو1</a>'):
        page = page.replace(link, "<a class='username-coloured'>إدارة المنتدى</a>")
    moderators = "<p><strong>المشرفون:</strong> <a class='username-coloured'>ناصر الملحم</a></p>"
    page = page.replace("<div id='page-body'>", f"<div id='page-body'>{moderators}")
    article = extract(get_site("generic"), "https://forum.example/viewtopic.php?t=9",
                      page.encode())
    assert article.author is None


def test_the_pages_class_names_spare_the_walk() -> None:
    tree = lxml_html.document_fromstring(_topic(*REPLIES))
    classes = {el.get("class") for el in tree.iter() if el.get("class")}
    assert named_post(tree, classes) is not None
    # Classes that name no post (or no content) mean no topic, without a walk of the tree.
    assert named_post(tree, {c for c in classes if "post" not in c.split()}) is None
    assert named_post(tree, {c for c in classes if c != "content"}) is None


def test_a_page_of_one_post_or_of_unlike_posts_is_no_topic() -> None:
    tree = lxml_html.document_fromstring(_topic())
    assert named_post(tree) is None  # no reply: nothing says the posts are a topic's
    # Elements of class "post" without a content element (an archive's teasers) are no posts.
    page = _topic(REPLIES[0]).decode().replace("<div class='content'>جزاكم", "<div>جزاكم")
    assert named_post(lxml_html.document_fromstring(page)) is None
    nested = _topic(*REPLIES).decode().replace("<div class='content'>تم", "<div class='content'>"
                                               "<div class='content'>تم", 1)
    assert named_post(lxml_html.document_fromstring(nested)) is None
    # A "post" box around one post (a theme's wrapper) is one post, not a topic.
    wrapped = ("<html><body><div class='post wrapper'><div class='post'><h3>عنوان</h3>"
               f"<div class='content'>{STORY[0]}</div></div></div></body></html>")
    assert named_post(lxml_html.document_fromstring(wrapped)) is None


def test_a_teaser_under_the_headline_is_no_lead() -> None:
    teaser = "الجولة قادها صندوقان من السعودية والإمارات والشركة تستعد لافتتاح مكتب في الرياض"
    lead = ("أعلنت شركة ميزان باي المصرية اليوم إغلاق جولة تمويلية بقيمة 12 مليون دولار "
            "لتوسيع خدماتها في السوق السعودية خلال العام المقبل.")
    for shown, kept in ((teaser, False), (lead, True)):
        html = (f'<html><head><meta charset="utf-8"><title>{TOPIC}</title>'
                f'<meta name="description" content="{shown}"></head><body><h1>{TOPIC}</h1>'
                f"<div class='summary'>{shown}</div><div class='w-richtext'>"
                + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>")
        body = extract(get_site("generic"), "https://x.example/news/1", html.encode()).body
        assert (body.split("\n\n")[0] == shown) is kept, shown


@pytest.mark.parametrize(("line", "modified"), [
    ("تاريخ آخر تعديل: 13/03/2024 - 9:02 ص بتوقيت السعودية", "2024-03-13T09:02:00"),
    ("آخر تحديث: 13/03/2024 - 9:02 ص بتوقيت القدس", "2024-03-13T09:02:00")])
def test_a_zone_named_by_its_place(line: str, modified: str) -> None:
    assert dateline(line) == (None, modified)


def test_a_sentence_with_a_zone_is_no_dateline() -> None:
    assert dateline("وصل الوفد بتوقيت السعودية يوم 13/03/2024 إلى الرياض") is None
    assert dateline("تاريخ آخر تعديل: 13/03/2024 بتوقيت السعودية والإمارات") is None


@pytest.mark.parametrize(("line", "appeal"), [
    ("نعم", True), ("لا", True), ("87% من المستخدمين قالوا نعم من 312 تقييمًا", True),
    ("نعم.", False), ("لا أحد يعرف", False), ("وأغلب الحاضرين قالوا نعم للمقترح", False),
    ("وقال 60% من المستطلعين إنهم قالوا نعم للدستور الجديد في الاستفتاء الذي جرى أمس", False)])
def test_a_portals_feedback_buttons_and_tally(line: str, appeal: bool) -> None:
    assert is_appeal(fold(line).strip()) is appeal
