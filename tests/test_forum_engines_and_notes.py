"""What unseen15's families showed: forum engines other than phpBB (XenForo's bbWrapper text
with BBCode lines around a heading and an image, a signature, a poster who reposts), italic
captions under a photo or a video, a related card's yearless time stamp, a description with
the site's tail after its text, an agency named as its own author, subheadings trafilatura
drops when it recovers loose paragraphs, and Markdown footnotes."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from extraction import extract
from extraction.appeal_lines import is_poster_closing
from extraction.arabic_dates import is_day_month_line
from extraction.post_stream import FORUM_ENGINES, named_post
from extraction.recovered_text import with_subheadings
from extraction.sites import get_site
from extraction.trafilatura_text import footnotes_as_text

STORY = (
    "أقر مجلس الوزراء في اجتماعه الأسبوعي خطة وطنية لتبسيط الإجراءات الحكومية، تستهدف خفض "
    "عدد المستندات المطلوبة في المعاملات الرسمية إلى النصف خلال عامين من بدء تطبيقها.",
    "وأوضح وزير الدولة لشؤون مجلس الوزراء أن الخطة تلزم الجهات المشمولة بمراجعة نماذجها "
    "خلال ستة أشهر، وإلغاء كل مستند يمكن الحصول على بياناته إلكترونيا من جهة أخرى.",
    "ومن المقرر أن تنطلق المرحلة الثانية مطلع العام المقبل لتشمل بقية الوزارات والهيئات "
    "المستقلة، على أن تقدم الجهات تقارير دورية عن نسب الإنجاز إلى الأمانة العامة للمجلس.",
)
HEADING = "ربط إلكتروني بين الجهات"
CAPTION = "جانب من الاجتماع الأسبوعي لمجلس الوزراء في قصر بيان"
TITLE = "مجلس الوزراء يقر خطة لاختصار المستندات المطلوبة في المعاملات الحكومية"
REPLY = ("خطوة ممتازة إن طبقت فعلا، لأن المراجع اليوم يدور بين ثلاث جهات ليجمع ورقة واحدة، "
         "ونتمنى أن تشمل المرحلة الأولى البلديات أيضا لأنها الأكثر ازدحاما.")


def _message(n: int, poster: str, text: str, signature: str = "") -> str:
    sign = (f'<aside class="message-signature"><div class="bbWrapper">{signature}</div></aside>'
            if signature else "")
    return (f'<article class="message message--post js-post" data-author="{poster}">'
            '<div class="message-inner"><div class="message-cell message-cell--user">'
            f'<h4 class="message-name"><a class="username">{poster}</a></h4>'
            '<dl class="pairs pairs--justified"><dt>المشاركات</dt><dd>3,951</dd></dl></div>'
            '<div class="message-cell message-cell--main"><ul class="message-attribution-main">'
            f'<li><time class="u-dt" datetime="2024-05-12T14:30:00+0300">12 مايو 2024</time>'
            f'</li></ul><div class="message-content"><article class="message-body">'
            f'<div class="bbWrapper">{text}</div></article>{sign}</div></div></div></article>')


def _thread(first: str, poster: str = "أبو فيصل", replies: int = 2) -> bytes:
    posts = [_message(1, poster, first, "منتديات الخليج: الخبر أولا"),
             *(_message(i + 2, f"عضو{i}", REPLY) for i in range(replies))]
    return (f'<html id="XF" dir="rtl"><head><meta charset="utf-8"><title>{TITLE} | منتديات '
            f'الخليج</title></head><body><div class="p-body-header"><h1 class="p-title-value">'
            f'{TITLE}</h1></div><div class="block-body">{"".join(posts)}</div>'
            "</body></html>").encode()


BBCODE = ("<b>كتب: فهد المطيري</b><br />\n<br />\n"
          '<div class="bbImageWrapper" title="cabinet.jpg"><img src="/a/cabinet.jpg" '
          'class="bbImage" alt="cabinet.jpg" width="1200" height="675"></div><br />\n'
          f"<i>{CAPTION}</i><br />\n<br />\n{STORY[0]}<br />\n<br />\n"
          f'<h3 class="bbHeading">{HEADING}</h3>\n{STORY[1]}<br />\n<br />\n{STORY[2]}')


def _extract(page: bytes):
    return extract(get_site("generic"), "https://forum.example/threads/48213/", page)


def test_a_xenforo_threads_first_post_is_the_story_and_its_writer_the_byline() -> None:
    article = _extract(_thread(BBCODE))
    # The BBCode lines around the heading are read (not the heading alone), the caption under
    # the image, the profile pairs, the signature and the replies are not.
    assert article.body.split("\n\n") == [STORY[0], HEADING, STORY[1], STORY[2]]
    assert article.title == TITLE  # the heading inside the post is no subject
    assert article.author == "فهد المطيري"  # the byline line, not the poster who reposted
    assert article.published.startswith("2024-05-12T14:30")


def test_a_posters_intro_closing_and_question_are_not_the_story() -> None:
    text = ("نقلا عن صحيفة الشرق:<br /><br />" + "<br /><br />".join(STORY)
            + "<br /><br />برأيكم، هل تكفي هذه الخطة لتخفيف الزحام؟<br /><br />ودمتم سالمين.")
    article = _extract(_thread(text))
    assert article.body.split("\n\n") == list(STORY)
    assert article.author == "أبو فيصل"  # no byline line: the poster
    assert is_poster_closing("تحياتي للجميع") and not is_poster_closing(STORY[1])


@pytest.mark.parametrize(("post", "text"), FORUM_ENGINES)
def test_each_forum_engines_first_post_is_found(post: str, text: str) -> None:
    body = "".join(f'<div class="{post}"><span class="username">عضو{n}</span>'
                   f'<div class="{text}">{STORY[n]}</div></div>' for n in range(3))
    tree = lxml_html.document_fromstring(f"<html><body>{body}</body></html>")
    classes = {el.get("class") for el in tree.iter() if el.get("class")}
    found = named_post(tree, classes)
    assert found is not None and found.text.text_content() == STORY[0]
    assert found.author == "عضو0"


def test_a_posts_lines_in_divs_are_lines() -> None:
    # BBCode's [center] and [quote] write a post's lines as <div>s, with no <br> between.
    text = f"{STORY[0]}<div>{STORY[1]}</div>{STORY[2]}"
    assert _extract(_thread(text)).body.split("\n\n") == list(STORY)


def test_a_posts_signature_text_and_vbulletins_menu_are_not_the_post() -> None:
    tree = lxml_html.document_fromstring(_thread(BBCODE))
    found = named_post(tree, {el.get("class") for el in tree.iter() if el.get("class")})
    assert found is not None and "الخبر أولا" not in found.text.text_content()
    # vBulletin's "username_container" holds the poster's menu; the poster is its link.
    vb = "".join(f'<li class="postcontainer"><div class="username_container">'
                 f'<a class="username online">عضو{n}</a><div class="popupmenu">مشاهدة ملفه'
                 f'</div></div><blockquote class="postcontent">{STORY[n]}</blockquote></li>'
                 for n in range(2))
    vb_tree = lxml_html.document_fromstring(f"<html><body><ol>{vb}</ol></body></html>")
    assert named_post(vb_tree).author == "عضو0"


def _story_page(inner: str, head: str = "") -> bytes:
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f'<body><header><h1>{TITLE}</h1></header><article class="post-content">{inner}'
            "</article><footer><p>جميع الحقوق محفوظة لموقع الخبر</p></footer></body></html>"
            ).encode()


def test_an_italic_line_under_a_video_and_an_images_title_are_captions() -> None:
    video = ('<p style="text-align:center"><iframe src="https://www.youtube.com/embed/x" '
             f'width="560" height="315"></iframe></p><p style="text-align:center"><em>{CAPTION}'
             "</em></p>")
    photo = (f'<figure><img src="/i/1.jpg" title="{CAPTION} في الكويت" alt="x"></figure>'
             f"<p>{CAPTION} في الكويت</p>")
    for inner in (f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{video}<p>{STORY[2]}</p>",
                  f"<p>{STORY[0]}</p>{photo}<p>{STORY[1]}</p><p>{STORY[2]}</p>"):
        article = extract(get_site("generic"), "https://news.example/a/1", _story_page(inner))
        assert article.body.split("\n\n") == list(STORY)


def test_a_related_cards_yearless_stamp_is_not_text() -> None:
    card = '<div class="card"><div class="card__date">24 أغسطس, 07:05 GMT</div></div>'
    inner = f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{card}<p>{STORY[2]}</p>"
    article = extract(get_site("generic"), "https://news.example/a/1", _story_page(inner))
    assert article.body.split("\n\n") == list(STORY)
    assert is_day_month_line("24 أغسطس, 07:05 GMT") and is_day_month_line("الأحد 5 مايو")
    assert not is_day_month_line("في 5 مايو وصل الوفد إلى العاصمة")


def test_a_lead_above_the_text_is_found_from_a_description_with_the_sites_tail() -> None:
    head = (f'<meta name="description" content="{STORY[0]} 12.05.2024, وكالة الآفاق">'
            '<meta property="og:site_name" content="وكالة الآفاق">'
            '<meta property="article:author" content="وكالة الآفاق">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '{"@type": "Organization", "name": "وكالة الآفاق"}}</script>')
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f'<body><div class="article__header"><h1>{TITLE}</h1><div class="info">'
            '<a href="/20240512/">14:32 GMT 12.05.2024</a></div>'
            f'<div class="article__announce-text">{STORY[0]}</div></div>'
            f'<div class="article__body"><div class="article__text">{STORY[1]}</div>'
            f'<div class="article__text">{STORY[2]}</div></div></body></html>').encode()
    article = extract(get_site("generic"), "https://news.example/20240512/x.html", page)
    assert article.body.split("\n\n") == list(STORY)
    assert article.author is None  # the agency's own name is no writer


def test_subheadings_trafilatura_drops_come_back_between_their_paragraphs() -> None:
    tree = lxml_html.document_fromstring(
        f"<html><body><div><p>{STORY[0]}</p><h3><span>{HEADING}</span></h3><p>{STORY[1]}</p>"
        f"<h3>عنوان جانبي بعيد</h3><p>فقرة لم يأخذها المستخرج</p><p>{STORY[2]}</p></div>"
        "</body></html>")
    assert with_subheadings(list(STORY), tree) == [STORY[0], HEADING, STORY[1], STORY[2]]
    # A heading whose neighbours are not two consecutive lines of the text stays out.
    assert with_subheadings([STORY[0], STORY[2]], tree) == [STORY[0], STORY[2]]
    # A read-also heading between paragraphs is no subheading (it would end the text).
    read_also = lxml_html.document_fromstring(
        f"<html><body><div><p>{STORY[0]}</p><h3>اقرأ أيضا</h3><p>{STORY[1]}</p></div>"
        "</body></html>")
    assert with_subheadings(list(STORY[:2]), read_also) == list(STORY[:2])


KRAMDOWN = ("<sup id='fnref:1' role='doc-noteref'><a href='#fn:1' class='footnote'>1</a></sup>",
            "<div class='footnotes' role='doc-endnotes'><ol><li id='fn:1'><p>{note} <a "
            "href='#fnref:1' class='reversefootnote' role='doc-backlink'>&#8617;</a></p></li>"
            "<li id='fn:2'>{second} <a href='#fnref:2'>&#8617;</a></li></ol></div>")
WORDPRESS = ("<sup data-fn='c6e7' class='fn'><a href='#c6e7' id='c6e7-link'>1</a></sup>",
             "<ol class='wp-block-footnotes'><li id='c6e7'>{note} <a href='#c6e7-link'>↩︎</a>"
             "</li><li id='d2f1'>{second} <a href='#d2f1-link'>↩︎</a></li></ol>")
PANDOC = ("<a href='#note1' class='footnote-ref' role='doc-noteref'><sup>1</sup></a>",
          "<section class='footnotes' role='doc-endnotes'><hr><ol><li id='note1'><p>{note}"
          "<a href='#note1-ref' class='footnote-back' role='doc-backlink'>↩︎</a></p></li>"
          "<li id='note2'><p>{second}</p></li></ol></section>")


PYTHON_MARKDOWN = ("<sup id='fnref:1'><a class='footnote-ref' href='#fn:1'>1</a></sup>",
                   "<div class='footnote'><hr><ol><li id='fn:1'><p>{note}&#160;<a "
                   "class='footnote-backref' href='#fnref:1'>&#8617;</a></p></li><li "
                   "id='fn:2'><p>{second}</p></li></ol></div>")


@pytest.mark.parametrize(("mark", "notes"), [KRAMDOWN, WORDPRESS, PANDOC, PYTHON_MARKDOWN],
                         ids=["kramdown", "wordpress", "pandoc", "python-markdown"])
def test_footnote_marks_go_and_each_note_is_a_paragraph(mark: str, notes: str) -> None:
    note = "بحسب تقديرات الاستراتيجية الوطنية للمياه 2023-2040."
    inner = (f"<p>{STORY[0]}</p><p>{STORY[1][:-1]}{mark}.</p><p>{STORY[2]}</p>"
             + notes.format(note=note, second=SECOND_NOTE))
    article = extract(get_site("generic"), "https://blog.example/2024/05/12/x.html",
                      _story_page(inner))
    assert article.body.split("\n\n") == [*STORY, note, SECOND_NOTE]


SECOND_NOTE = "والأرقام من تقارير مشاريع رصد المياه الجوفية في المنطقة الشرقية."


def test_subheadings_come_back_where_trafilatura_recovers_loose_paragraphs() -> None:
    # No content element trafilatura knows (a layout table's cell, an ADF Faces portal's
    # form): it reads the page's paragraphs and drops the heading between them.
    page = ('<html dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head><body>'
            f"<form id='f1'><table><tr><td><p dir='RTL'>{STORY[0]}</p><h3 dir='RTL'><span>"
            f"{HEADING}</span></h3><p dir='RTL'>{STORY[1]}</p><p dir='RTL'>{STORY[2]}</p>"
            "</td></tr></table></form></body></html>").encode()
    article = extract(get_site("generic"), "https://gov.example/news?id=1", page)
    assert article.body.split("\n\n") == [STORY[0], HEADING, STORY[1], STORY[2]]


def test_an_arrow_or_number_linking_elsewhere_is_no_footnote_mark() -> None:
    tree = lxml_html.fragment_fromstring(
        "<div><p>نص <a href='/archive/1'>1</a> <a href='/top'>↑</a> <a href='#fn:1'>1</a></p>"
        "</div>")
    footnotes_as_text(tree)
    assert [a.get("href") for a in tree.iter("a")] == ["/archive/1", "/top"]


def _microdata_post(n: int, name: str, when: str, text: str) -> str:
    return (f'<li component="post" class="pt-4" data-index="{n}" itemprop="comment" '
            'itemtype="http://schema.org/Comment" itemscope>'
            f'<meta itemprop="datePublished" content="{when}"><div class="post-header" '
            'itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<meta itemprop="name" content="{name}"><a class="fw-bold">{name}</a></div>'
            f'<div class="content text-break" component="post/content" itemprop="text">{text}'
            "</div></li>")


# A suggested topic under the posts, with its own poster and time.
SUGGESTED = ('<ul class="widget-topics-list"><li class="widget-topics"><a class="topic-title" '
             'href="/topic/1701/x">شكوى جماعية من تكرار انقطاع الكهرباء</a><div '
             'class="post-author"><a href="/user/abu_faisal">abu_faisal</a></div><span '
             'class="timeago" title="2024-05-11T08:30:00.000Z">منذ 4 أيام</span></li></ul>')


def test_a_topic_marked_with_microdata_is_read_as_its_first_post() -> None:
    # NodeBB's Harmony theme: no class names of the known engines, but schema.org microdata.
    posts = [_microdata_post(0, "سامر الخطيب", "2024-05-12T09:30:00.000Z",
                             "".join(f"<p>{p}</p>" for p in STORY)),
             *(_microdata_post(i + 1, f"عضو{i}", "2024-05-12T10:15:00.000Z", f"<p>{REPLY}</p>")
               for i in range(2))]
    page = (f'<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{TITLE} | منتدى'
            '</title></head><body><h1 class="site-title">منتدى الحي</h1><div itemscope '
            'itemtype="https://schema.org/DiscussionForumPosting"><h1 component="post/header">'
            f'<span component="topic/title">{TITLE}</span></h1><ul component="topic">'
            f'{"".join(posts)}</ul></div>{SUGGESTED}</body></html>').encode()
    article = extract(get_site("generic"), "https://forum.example/topic/12/x", page)
    assert article.body.split("\n\n") == list(STORY)
    assert article.author == "سامر الخطيب"
    assert article.published.startswith("2024-05-12T09:30")
