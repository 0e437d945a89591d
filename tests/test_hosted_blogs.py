"""What unseen24 showed: a theme that marks both its article and its comments with schema.org
microdata (GeneratePress) is no post stream, a hosted blog's English headings under the text
(Hashnode) end it, and a table of contents' heading is no text."""

from __future__ import annotations

import json

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
    for paragraph in STORY:
        alone = alone.replace(f"<p>{paragraph}</p>".encode(), b"")
    assert named_post(lxml_html.fromstring(alone)) is not None
    # Unmarked paragraphs of more words than the first comment are the article (Blocksy).
    unmarked = page.replace(b'class="entry-content" itemprop="text">', b'class="entry-content">')
    assert named_post(lxml_html.fromstring(unmarked)) is None
    # A BlogPosting's body marked `articleBody` (Textpattern) is the page's article too.
    body = page.replace(b'class="entry-content" itemprop="text">',
                        b'class="entry-content" itemprop="articleBody">')
    assert named_post(lxml_html.fromstring(body)) is None
    article = extract(get_site("generic"), "https://gp.example/48217/", body)
    assert article.body.split("\n\n") == list(STORY)


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


SUBTITLE = "قصة مصنع بدأ صغيرا في ضواحي المدينة"


def _titled(after_headline: str, text_start: str = "") -> bytes:
    body = text_start + "".join(f"<p>{p}</p>" for p in STORY)
    return (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
            f'<main><div class="title"><h1>{HEADLINE}</h1></div>{after_headline}'
            f'<div class="byline"><span>Apr 16, 2024</span></div>'
            f'<div id="post-content">{body}</div></main></body></html>').encode()


def test_a_subtitle_alone_under_the_headline_is_no_text() -> None:
    lone = _titled(f'<div class="subtitle"><h2>{SUBTITLE}</h2></div>')
    article = extract(get_site("generic"), "https://dev.example/factory", lone)
    assert article.body.split("\n\n") == list(STORY)
    # A subheading that opens the text among its paragraphs is the text's.
    opening = _titled("", f"<h2>{SUBTITLE}</h2>")
    article = extract(get_site("generic"), "https://dev.example/factory", opening)
    assert article.body.split("\n\n") == [SUBTITLE, *STORY]
    # A lead paragraph set alone under the headline is the text's first paragraph.
    lead = _titled(f'<div class="intro"><p>{STORY[0]}</p></div>').replace(
        f"<div id=\"post-content\"><p>{STORY[0]}</p>".encode(), b'<div id="post-content">')
    article = extract(get_site("generic"), "https://dev.example/factory", lead)
    assert article.body.split("\n\n") == list(STORY)


def test_a_blogs_post_in_its_json_ld_gives_the_author_and_tags() -> None:
    post = {"@type": "BlogPosting", "headline": HEADLINE, "url": "https://dev.example/factory",
            "author": {"@type": "Person", "name": "عمر الشريف"}, "keywords": ["Industry", "Egypt"],
            "datePublished": "2024-04-16T09:40:00Z"}
    other = {**post, "url": "https://dev.example/other", "author": {"name": "ليلى حداد"},
             "keywords": ["Travel"]}
    for posts in ([post], [other, post]):
        blog = {"@context": "https://schema.org/", "@type": "Blog", "blogPost": posts}
        page = _titled("").replace(b"</head>", b'<script type="application/ld+json">'
                                   + json.dumps(blog).encode() + b"</script></head>")
        article = extract(get_site("generic"), "https://dev.example/factory", page)
        assert (article.author, article.tags) == ("عمر الشريف", ["Industry", "Egypt"]), posts
        assert article.published.startswith("2024-04-16")
    # A blog's list of several posts, none of them this page's, says nothing of it.
    blog = {"@type": "Blog", "blogPost": [other, {**other, "url": "https://dev.example/third"}]}
    page = _titled("").replace(b"</head>", b'<script type="application/ld+json">'
                               + json.dumps(blog).encode() + b"</script></head>")
    article = extract(get_site("generic"), "https://dev.example/factory", page)
    assert article.author != "ليلى حداد" and "Travel" not in article.tags


def _reblog_entry(user: str, paragraphs: tuple[str, ...]) -> str:
    content = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<div class="reblog-item"><div class="reblog-header"><a class="reblog-username" '
            f'href="https://{user}.tumblr.example/">{user}</a>:</div>'
            f'<div class="reblog-content">{content}</div></div>')


def test_a_rebloggers_note_under_the_reblogged_post_is_no_text() -> None:
    note = "ننقل الخبر عن مدونة جارتنا، ومن عنده معلومة إضافية فليرسلها لنا."
    trail = _reblog_entry("zainab", STORY) + _reblog_entry("akhbar-alhay", (note,))
    page = (f'<html dir="rtl"><head><meta charset="utf-8"><title>{HEADLINE}</title></head><body>'
            f'<article class="post text reblog"><h2 class="title">{HEADLINE}</h2>'
            f'<div class="body"><div class="reblog-list">{trail}</div></div></article>'
            "</body></html>").encode()
    article = extract(get_site("generic"), "https://akhbar.example/post/1556", page)
    assert article.body.split("\n\n") == list(STORY)
    # The reblogged post alone is the text, however short.
    alone = page.replace(_reblog_entry("akhbar-alhay", (note,)).encode(), b"")
    alone = alone.replace(STORY[0].encode(), note.encode())
    article = extract(get_site("generic"), "https://akhbar.example/post/1556", alone)
    assert article.body.split("\n\n") == [note, *STORY[1:]]
