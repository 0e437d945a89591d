"""What unseen24 showed: a theme that marks both its article and its comments with schema.org
microdata (GeneratePress) is no post stream, a hosted blog's English headings under the text
(Hashnode) end it, and a table of contents' heading is no text."""

from __future__ import annotations

from lxml import html as lxml_html

from extraction import extract
from extraction.boilerplate import is_boilerplate_line
from extraction.latin_labels import is_latin_tail_opener
from extraction.post_stream import named_post
from extraction.sites import get_site
from tests.test_archived_and_forum_posts import STORY

HEADLINE = "مصنع لتجميع الهواتف المحمولة يبدأ الإنتاج بطاقة مليوني جهاز سنويا"
COMMENTS = ("خطوة ممتازة، نتمنى أن تكون الأسعار فعلا أقل من المستورد.",
            "هل ستتوفر الأجهزة في الأسواق قبل نهاية العام؟ وهل يشمل الضمان كل المحافظات أم "
            "القاهرة وحدها كما حدث مع المصنع السابق؟")


def _comment(text: str) -> str:
    return ('<article class="comment-body" itemtype="https://schema.org/Comment" itemscope>'
            '<div class="comment-author" itemprop="author"><cite itemprop="name">قارئ</cite>'
            f'</div><div class="comment-content" itemprop="text"><p>{text}</p></div></article>')


def _page(inside: str = "", comments: bool = True) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORY) + inside
    thread = "".join(_comment(c) for c in COMMENTS) if comments else ""
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
            '<article class="post" itemtype="https://schema.org/CreativeWork" itemscope>'
            f'<h1 itemprop="headline">{HEADLINE}</h1><div class="entry-content" itemprop="text">'
            f'{body}</div></article><p itemprop="text">مدونة تقنية</p>'
            f'<div class="comments-area">{thread}</div>'
            "</body></html>").encode()


def test_an_article_with_microdata_comments_is_read_as_the_article() -> None:
    page = _page()
    assert named_post(lxml_html.fromstring(page)) is None
    article = extract(get_site("generic"), "https://gp.example/48217/", page)
    assert article.body.split("\n\n") == list(STORY)
    # The comments alone, with no text of more words outside them (a short one: the site's
    # line), are the posts, though a later one is longer than the first.
    alone = page.replace(b'class="entry-content" itemprop="text">', b'class="entry-content">')
    assert named_post(lxml_html.fromstring(alone)) is not None


def test_a_hosted_blogs_english_headings_end_the_text() -> None:
    for line in ("Subscribe to our newsletter", "Comments (2)", "3 comments", "Written by",
                 "More articles", "Leave a reply", "Related posts:"):
        assert is_latin_tail_opener(line), line
    for line in ("Recommended by LinkedIn", "Written by hand in 1920", "More articles will follow",
                 "Comments"):
        assert not is_latin_tail_opener(line), line
    box = ("<div><h2>Subscribe to our newsletter</h2><p>Read articles from نشرة المطوّر directly "
           "inside your inbox.</p></div><div><h3>Comments (2)</h3><p>عمل رائع، شكرا للفريق على "
           "الترجمة.</p></div>")
    article = extract(get_site("generic"), "https://dev.example/vue-ar", _page(box, False))
    assert article.body.split("\n\n") == list(STORY)


def test_a_table_of_contents_heading_is_no_text() -> None:
    for line in ("جدول المحتويات", "محتويات المقال", "Table of Contents"):
        assert is_boilerplate_line(line), line
    assert not is_boilerplate_line("جدول المحتويات الذي أعدته الوزارة يضم ثلاثين بندا")
