"""What unseen25 showed: the site's `<header>` (a slogan) and a dek set under the headline
outside the text's element are no text (Contao, ExpressionEngine); a comment's header, a print
edition's issue note and a footnotes heading are no text; markdown-it's "[1]" marks and
heading anchors are no words (Eleventy); a software's credit, a desk and a webmention's author
name no writer; a forum's keywords that are its subject are no tags, and a grey line under a
forum's attached photo is its caption (Discuz!)."""

from __future__ import annotations

from extraction import extract
from extraction.boilerplate import is_boilerplate_line, tags_of_line
from extraction.boxes import box_texts
from extraction.byline_lines import is_byline_line, is_commenter_line, names_no_writer
from extraction.document import parse
from extraction.links import caption_texts
from extraction.sites import get_site
from extraction.textnorm import fold_space
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "جمعية خيرية توزع مدافئ وأغطية على ألف وثمانمئة أسرة لاجئة في المفرق"
URL = "https://ngo.example/news/214.html"


def _page(head: str = "", before: str = "", under: str = "", text_start: str = "",
          after: str = "") -> bytes:
    body = text_start + "".join(f"<p>{p}</p>" for p in STORY)
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title>{head}'
            f'</head><body>{before}<div id="main"><div class="layout_full"><h1>{HEADLINE}</h1>'
            f'{under}<div class="ce_text">{body}</div></div>{after}</div></body></html>').encode()


def _body(page: bytes) -> list[str]:
    return extract(get_site("generic"), URL, page).body.split("\n\n")


def test_the_sites_header_is_no_text() -> None:
    header = ('<header id="header"><div class="inside"><div class="ce_text slogan block">'
              "<p>معاً من أجل كرامة الإنسان منذ عام 1998</p></div>"
              '<form><label class="invisible">كلمات البحث</label><input type="search"></form>'
              "</div></header>")
    # The comments above the slogan make trafilatura read the page from its top.
    comments = "".join(f'<article class="comment_default"><p class="info">تعليق من {name} | '
                       f'<time datetime="2024-01-16T15:42">16/01/2024 15:42</time></p>'
                       f'<div class="comment"><p>{text}</p></div></article>'
                       for name, text in (("أحمد السرحان", "جزاكم الله خيرا على هذه الحملة."),
                                          ("منى العبادي", "بارك الله في جهودكم يا شباب.")))
    page = _page(before=header, under='<p class="info"><time datetime="2024-01-16T11:20">'
                 "16/01/2024 11:20</time> بواسطة رنا الخطيب </p>",
                 after=f'<div class="ce_comments">{comments}</div>')
    article = extract(get_site("generic"), URL, page)
    assert article.body.split("\n\n") == list(STORY)
    assert article.author == "رنا الخطيب"
    slogan = "معاً من أجل كرامة الإنسان منذ عام 1998"
    assert slogan in box_texts(parse(URL, page.decode()), [slogan, *STORY])
    # A <header> that holds the headline is the article's own.
    own = page.replace(b'<div class="layout_full"><h1>', b'<div class="layout_full"><header><h1>')
    own = own.replace(f"{HEADLINE}</h1>".encode(), f"{HEADLINE}</h1></header>".encode(), 1)
    assert _body(own) == list(STORY)
    assert not {fold_space(line) for line in STORY} & box_texts(parse(URL, own.decode()),
                                                                [HEADLINE, *STORY])
    lead = own.replace(f"{HEADLINE}</h1></header>".encode(),
                       f'{HEADLINE}</h1><p class="lead">{STORY[0]}</p></header>'.encode())
    lead = lead.replace(f"<p>{STORY[0]}</p>".encode(), b"")
    assert _body(lead) == list(STORY)


def test_a_desk_named_by_the_byline_line_is_no_author() -> None:
    desk = _page(under='<p class="info"><time datetime="2024-07-03T00:40">03/07/2024 00:40'
                 "</time> بواسطة المكتب الإعلامي </p>")
    assert extract(get_site("generic"), URL, desk).author is None
    assert is_byline_line("بواسطة رنا الخطيب")
    assert not is_byline_line("بواسطة الطائرات المسيرة التي أطلقت من الجنوب فجر أمس")


def test_a_comments_header_is_no_text() -> None:
    for line in ("تعليق من أحمد السرحان |", "رد من رنا الخطيب", "تعليق بواسطة منى:"):
        assert is_commenter_line(line) and is_boilerplate_line(line), line
    for line in ("تعليق من الوزير على القرار جاء سريعا وحادا.", "رد من الحكومة في 12 مايو"):
        assert not is_commenter_line(line), line


def test_a_dek_under_the_headline_out_of_the_texts_element_is_no_text() -> None:
    dek = "الفريق يضم طبيبين وممرضتين وصيدلانيا ويزور ست قرى أخرى"
    for under in (f"<h2>{dek}</h2>", f'<p class="entry-subhead">{dek}</p>'):
        assert _body(_page(under=under)) == list(STORY), under
    # A paragraph with no dek's class there is the text's lead; a subheading or a dek-classed
    # paragraph opening the text's own element is the text's.
    assert _body(_page(under=f'<p class="intro">{dek}</p>')) == [dek, *STORY]
    for start in (f"<h2>{dek}</h2>", f'<p class="subhead">{dek}</p>'):
        assert _body(_page(text_start=start)) == [dek, *STORY], start


def test_a_print_editions_issue_note_is_no_text() -> None:
    for line in ("نُشر في العدد ٢١٤ من مجلة ضفاف، مايو ٢٠٢٤", "نشر في العدد 15236 - الصفحة 9",
                 "صدر في العدد رقم 88 من النشرة"):
        assert is_boilerplate_line(line), line
    for line in ("صدر في العدد 12 من المجلة تحقيق مطول عن أزمة المياه في الصعيد.",
                 "نشر في العدد الأخير من المجلة حوار مع الوزير"):
        assert not is_boilerplate_line(line), line


def test_one_word_tag_labels_label_a_line_only_before_a_colon() -> None:
    assert tags_of_line("الموضوعات: القطن، الزراعة التعاقدية، الفيوم") == [
        "القطن", "الزراعة التعاقدية", "الفيوم"]
    assert is_boilerplate_line("الموضوعات: القطن، الفيوم") and is_boilerplate_line("الوسوم : مصر")
    for line in ("الموضوعات التي ناقشها المؤتمر شملت الطاقة والمياه",
                 "العلامات التجارية الكبرى تواجه أزمة في الأسواق"):
        assert not is_boilerplate_line(line) and tags_of_line(line) == [], line
    assert tags_of_line("كلمات دلالية: مصر، غزة") == ["مصر", "غزة"]


def test_footnote_marks_heading_anchors_and_the_notes_heading_are_no_words() -> None:
    note = "رد الوزارة على استفسار فريق التدقيق، 1 آذار 2024."
    text = ('<h2 id="s" tabindex="-1">ما الذي يقيسه المسح فعلا؟ <a class="header-anchor" '
            'href="#s">#</a></h2>')
    marked = STORY[0].replace("نسمة", 'نسمة<sup class="footnote-ref"><a href="#fn1" '
                              'id="fnref1">[1]</a></sup>')
    notes = ('<hr class="footnotes-sep"><section class="footnotes"><h2>الهوامش</h2>'
             f'<ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>{note} '
             '<a href="#fnref1" class="footnote-backref">↩︎</a></p></li></ol></section>')
    page = _page(text_start=text).replace(f"<p>{STORY[0]}</p>".encode(),
                                          f"<p>{marked}</p>".encode())
    page = page.replace(b"</div></div></div></body>", notes.encode() + b"</div></div></div></body>")
    assert _body(page) == ["ما الذي يقيسه المسح فعلا؟", *STORY, note]
    assert is_boilerplate_line("الهوامش")


def test_a_webmentions_author_is_not_the_writer() -> None:
    mention = ('<section class="webmentions"><ol><li class="webmentions__item">'
               '<article class="webmention h-cite"><div class="webmention__meta">'
               '<a class="webmention__author p-author h-card" href="https://w.example/">'
               '<strong class="p-name">مرصد سوق العمل</strong></a></div>'
               '<div class="webmention__content"><p>قراءة مفيدة للأرقام.</p></div>'
               "</article></li></ol></section>")
    assert extract(get_site("generic"), URL, _page(after=mention)).author is None
    byline = '<p class="byline">إعداد: <span class="author">ريم الحوراني</span></p>'
    article = extract(get_site("generic"), URL, _page(under=byline, after=mention))
    assert article.author == "ريم الحوراني"
    # The story's own <article> ends the search, whatever layout wraps it.
    story = _page(under=f'</div><div class="aside-layout"><article class="post">{byline}')
    story = story.replace(b"</div></div></div></body>", b"</div></article></div></div></body>")
    assert extract(get_site("generic"), URL, story).author == "ريم الحوراني"


def test_a_softwares_credit_names_no_writer() -> None:
    assert names_no_writer("Discuz! Team and Comsenz UI Team", "Discuz! X3.4")
    assert names_no_writer("Discuz!", "Discuz! X3.4") and names_no_writer("المكتب الإعلامي", None)
    assert not names_no_writer("Hugo Martin", "Hugo 0.120.0")
    assert not names_no_writer("عمر الشريف", "WordPress 6.4")
    head = ('<meta name="generator" content="Discuz! X3.4">'
            '<meta name="author" content="Discuz! Team and Comsenz UI Team">'
            f'<meta name="keywords" content="{HEADLINE}">')
    article = extract(get_site("generic"), URL, _page(head=head))
    assert article.author is None and article.tags == []
    listed = head.replace(f'content="{HEADLINE}"', 'content="المفرق, اللاجئون"')
    assert extract(get_site("generic"), URL, _page(head=listed)).tags == ["المفرق", "اللاجئون"]


def test_a_grey_line_under_a_forums_attached_photo_is_its_caption() -> None:
    caption = "ألواح الطاقة الشمسية المحيطة بمحطة التحلية الجديدة في الحمرية"
    # As Discuz! prints a post that opens with its photo: the hidden download tip beside it.
    post = ('<table><tr><td class="t_f" id="postmessage_1">'
            '<ignore_js_op><img src="data/attachment/forum/plant.jpg" width="600" />'
            '<div class="tip tip_4 aimg_tip" id="aimg_9_menu" style="position: absolute; '
            'display: none"><div class="xs0"><p>'
            '<strong>plant.jpg</strong> <em class="xg1">(184.62 KB, التحميلات: 17)</em></p>'
            '<p><a href="forum.php?mod=attachment&amp;aid=1">تحميل</a></p>'
            '<p class="xg1 y">2024-3-4 10:19 رفع</p></div></div>'
            '</ignore_js_op><br />\n<font color="{2}">{0}</font><br />\n<br />\n{1}</td></tr>'
            "</table>")
    grey = post.format(caption, "<br />\n<br />\n".join(STORY), "#808080")
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head>'
            f"<body><h1>{HEADLINE}</h1>{grey}</body></html>")
    assert caption in caption_texts(parse(URL, page))
    # A line in a colour of its own is the poster's text.
    assert caption not in caption_texts(parse(URL, page.replace("#808080", "#ff0000")))
    assert caption not in caption_texts(parse(URL, page.replace("display: none", "")))
