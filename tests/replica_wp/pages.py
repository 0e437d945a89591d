"""Renders the WordPress replica's pages: posts, listings, static pages, attachments, feeds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape

SITE_NAME = "صحيفة الواحة"
MONTH_NAMES = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
               "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
COMMENT_TEXTS = (
    "مقال رائع ومفيد جدا، شكرا للكاتب على هذا الجهد الواضح.",
    "أتمنى أن تتابعوا هذا الموضوع في الأيام المقبلة بتفاصيل أكثر.",
    "لا أتفق مع ما ورد في الفقرة الثالثة، فالأرقام تقول غير ذلك.",
)
COMMENT_POLICY = ("سياسة التعليقات: يرجى الالتزام بآداب الحوار، ويمنع نشر التعليقات المسيئة أو "
                  "الخارجة عن موضوع المقال.")
EMAIL_NOTE = "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"
# Phrases of the page around a post that must never reach a stored body.
CHROME_PHRASES = ("أضف تعليق", "شارك هذا", "مقالات ذات صلة", "سياسة التعليقات", EMAIL_NOTE,
                  *COMMENT_TEXTS, "المقال السابق", "أحدث المقالات")


@dataclass(frozen=True)
class Post:
    """What a post page shows; paths are root-relative and percent-encoded."""

    post_id: int
    path: str
    title: str
    paragraphs: tuple[str, ...]
    published: str
    modified: str | None
    author: str
    author_slug: str
    category: tuple[str, str]  # (slug, name)
    tags: tuple[tuple[str, str], ...]
    image: str
    attachment: str


def _e(text: str) -> str:
    return escape(text, quote=True)


def shown_date(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    return f"{moment.day} {MONTH_NAMES[moment.month - 1]} {moment.year}"


def _head(title: str, base: str, path: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar"><head><meta charset="UTF-8">'
        f"<title>{_e(title)} – {SITE_NAME}</title>"
        f'<link rel="canonical" href="{base}{path}">'
        f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} « الخلاصة" '
        'href="/feed/">'
        f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} « خلاصة '
        'التعليقات" href="/comments/feed/">'
        '<link rel="https://api.w.org/" href="/wp-json/">'
        "<link rel='stylesheet' href='/wp-content/themes/wahaa/style.css' media='all'>"
        f"{extra}</head>"
    )


def _header(categories: Sequence[tuple[str, str]]) -> str:
    links = "".join(f'<li class="menu-item"><a href="/category/{slug}/">{_e(name)}</a></li>'
                    for slug, name in categories)
    return (
        f'<header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">'
        f'{SITE_NAME}</a></p><nav id="site-navigation" class="main-navigation"><ul id="menu">'
        f'{links}<li class="menu-item"><a href="/about/">من نحن</a></li></ul></nav>'
        '<form role="search" method="get" class="search-form" action="/"><input type="search" '
        'name="s" placeholder="بحث …"><a href="/?s=%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF">بحث'
        "</a></form></header>"
    )


def _sidebar(recent: Sequence[Post], months: Sequence[str]) -> str:
    items = "".join(f'<li><a href="{p.path}">{_e(p.title)}</a></li>' for p in recent)
    archive = "".join(f'<li><a href="/{m}/">{m}</a></li>' for m in months)
    return (
        '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries">'
        f'<h2 class="widget-title">أحدث المقالات</h2><ul>{items}</ul></section>'
        '<section class="widget widget_archive"><h2 class="widget-title">الأرشيف</h2>'
        f"<ul>{archive}</ul></section></aside>"
    )


FOOTER = (
    '<footer id="colophon" class="site-footer"><nav class="footer-menu"><a href="/about/">من نحن'
    '</a> | <a href="/contact/">اتصل بنا</a> | <a href="/privacy-policy/">سياسة الخصوصية</a></nav>'
    f'<div class="site-info">جميع الحقوق محفوظة © 2024 {SITE_NAME}</div>'
    '<a href="/wp-login.php">تسجيل الدخول</a> <a href="/feed/">RSS</a></footer>'
)


def post_page(post: Post, base: str, layout: tuple[str, str], related: Sequence[Post],
              previous: Post | None) -> bytes:
    """A single post in typical WordPress theme markup; `layout` is (header, sidebar)."""
    header, sidebar = layout
    metas = (
        '<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{_e(post.title)}">'
        f'<meta name="description" content="{_e(post.paragraphs[0])}">'
        f'<meta property="article:published_time" content="{post.published}">'
        + (f'<meta property="article:modified_time" content="{post.modified}">'
           if post.modified else "")
        + f'<link rel="alternate" type="application/rss+xml" href="{post.path}feed/">'
        f"<link rel='shortlink' href='{base}/?p={post.post_id}'>"
    )
    paragraphs = "".join(f"<p>{_e(text)}</p>" for text in post.paragraphs)
    tags = "، ".join(f'<a href="/tag/{slug}/" rel="tag">{_e(name)}</a>'
                     for slug, name in post.tags)
    cards = "".join(
        f'<div class="jp-relatedposts-post"><a class="jp-relatedposts-post-a" href="{p.path}">'
        f'{_e(p.title)}</a><p class="jp-relatedposts-post-date">{shown_date(p.published)}</p>'
        "</div>" for p in related)
    comments = "".join(
        f'<li class="comment" id="comment-{post.post_id * 10 + i}"><article class="comment-body">'
        f'<footer class="comment-meta"><b class="fn">قارئ {i + 1}</b> <a href="{post.path}'
        f'#comment-{post.post_id * 10 + i}">{shown_date(post.published)}</a></footer>'
        f'<div class="comment-content"><p>{_e(text)}</p></div><a rel="nofollow" '
        f'class="comment-reply-link" href="{post.path}?replytocom={post.post_id * 10 + i}#respond">'
        "رد</a></article></li>" for i, text in enumerate(COMMENT_TEXTS[:2]))
    prev_link = (f'<div class="nav-previous"><a href="{previous.path}" rel="prev"><span>المقال '
                 f'السابق</span> {_e(previous.title)}</a></div>' if previous else "")
    cat_slug, cat_name = post.category
    body = (
        f'<body class="post-template-default single single-post postid-{post.post_id}">'
        f'{header}<main id="main" class="site-main">'
        f'<article id="post-{post.post_id}" class="post-{post.post_id} post type-post '
        f'status-publish format-standard has-post-thumbnail category-{cat_slug}">'
        '<header class="entry-header">'
        f'<h1 class="entry-title">{_e(post.title)}</h1><div class="entry-meta">'
        f'<span class="posted-on">نشر في <a href="{post.path}" rel="bookmark"><time '
        f'class="entry-date published" datetime="{post.published}">{shown_date(post.published)}'
        f'</time></a></span> <span class="byline">بواسطة <span class="author vcard"><a '
        f'class="url fn n" href="/author/{post.author_slug}/">{_e(post.author)}</a></span></span>'
        "</div></header>"
        f'<div class="post-thumbnail"><a href="{post.attachment}"><img '
        f'src="{base}{post.image}" class="wp-post-image" alt=""></a></div>'
        f'<div class="entry-content">{paragraphs}'
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">شارك هذا:</h3><ul>'
        f'<li><a href="{post.path}?share=twitter" rel="nofollow">تويتر</a></li>'
        f'<li><a href="{post.path}?share=facebook" rel="nofollow">فيسبوك</a></li></ul></div>'
        '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
        f"<em>مقالات ذات صلة</em></h3>{cards}</div></div>"
        f'<footer class="entry-footer"><span class="cat-links">نشرت في <a href="/category/'
        f'{cat_slug}/" rel="category tag">{_e(cat_name)}</a></span>'
        + (f' <span class="tags-links">الوسوم {tags}</span>' if tags else "")
        + "</footer></article>"
        f'<nav class="navigation post-navigation"><div class="nav-links">{prev_link}</div></nav>'
        '<div id="comments" class="comments-area"><h2 class="comments-title">تعليقان على '
        f"&ldquo;{_e(post.title)}&rdquo;</h2><ol class=\"comment-list\">{comments}</ol>"
        '<div id="respond" class="comment-respond"><h3 id="reply-title" '
        'class="comment-reply-title">أضف تعليق</h3><form action="/wp-comments-post.php" '
        f'method="post" id="commentform"><p class="comment-notes">{EMAIL_NOTE}</p>'
        f'<p class="comment-policy">{COMMENT_POLICY}</p><textarea name="comment"></textarea>'
        '<input name="submit" type="submit" value="إرسال التعليق"></form></div></div>'
        f"</main>{sidebar}{FOOTER}</body></html>"
    )
    return (_head(post.title, base, post.path, metas) + body).encode("utf-8")


def listing_page(title: str, base: str, path: str, layout: tuple[str, str],
                 posts: Sequence[Post], pages: Sequence[str], current: int,
                 kind: str = "archive", feed: str | None = None) -> bytes:
    """A blog index, category, tag, author or date archive: excerpts and pagination."""
    header, sidebar = layout
    excerpts = "".join(
        f'<article class="post-{p.post_id} post type-post"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="{p.path}" rel="bookmark">{_e(p.title)}</a></h2>'
        f'<div class="entry-meta"><time datetime="{p.published}">{shown_date(p.published)}'
        f'</time> <a href="/author/{p.author_slug}/">{_e(p.author)}</a></div></header>'
        f'<div class="entry-summary"><p>{_e(p.paragraphs[0])}</p></div>'
        f'<a class="more-link" href="{p.path}">أكمل القراءة</a></article>' for p in posts)
    numbers = "".join(
        f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == current
        else f'<a class="page-numbers" href="{page}">{n}</a>'
        for n, page in enumerate(pages, 1))
    nav = (f'<nav class="navigation pagination"><div class="nav-links">{numbers}</div></nav>'
           if len(pages) > 1 else "")
    feed_link = (f'<link rel="alternate" type="application/rss+xml" href="{feed}">'
                 if feed else "")
    body = (f'<body class="{kind}">{header}<main id="main" class="site-main">'
            f'<header class="page-header"><h1 class="page-title">{_e(title)}</h1></header>'
            f"{excerpts}{nav}</main>{sidebar}{FOOTER}</body></html>")
    return (_head(title, base, path, feed_link) + body).encode("utf-8")


def static_page(title: str, text: str, base: str, path: str, layout: tuple[str, str]) -> bytes:
    """About, contact, privacy: a WordPress "page", not a post."""
    header, sidebar = layout
    body = (f'<body class="page-template-default page">{header}<main id="main">'
            f'<article class="page type-page"><header class="entry-header"><h1 '
            f'class="entry-title">{_e(title)}</h1></header><div class="entry-content">'
            f"<p>{_e(text)}</p></div></article></main>{sidebar}{FOOTER}</body></html>")
    return (_head(title, base, path) + body).encode("utf-8")


def attachment_page(post: Post, base: str, layout: tuple[str, str]) -> bytes:
    """The page WordPress gives every uploaded image: the image and its caption."""
    header, sidebar = layout
    body = (f'<body class="attachment attachment-template-default single">{header}<main>'
            f'<article class="attachment type-attachment"><h1 class="entry-title">صورة: '
            f'{_e(post.title)}</h1><div class="entry-content"><p class="attachment"><a '
            f'href="{base}{post.image}"><img src="{base}{post.image}"></a></p><p>صورة أرشيفية '
            f"مرفقة بمقال {_e(post.title)}</p></div></article></main>{sidebar}{FOOTER}</body>"
            "</html>")
    return (_head("صورة", base, post.attachment) + body).encode("utf-8")


def rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso))


def rss(title: str, base: str, items: Sequence[tuple[str, str, str, str]]) -> bytes:
    """RSS 2.0 as WordPress writes it; items: (title, link, pubDate ISO, guid)."""
    body = "".join(
        f"<item><title>{_e(t)}</title><link>{_e(link)}</link>"
        f"<comments>{_e(link.split('#')[0])}#respond</comments>"
        f"<dc:creator><![CDATA[{SITE_NAME}]]></dc:creator><pubDate>{rfc822(when)}</pubDate>"
        f'<guid isPermaLink="false">{_e(guid)}</guid></item>\n' for t, link, when, guid in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"<title>{_e(title)}</title><link>{base}/</link><language>ar</language>\n"
            f"{body}</channel></rss>\n").encode()
