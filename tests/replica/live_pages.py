"""Article pages in the live site's markup (ANATOMY.md, evidence from the real site)."""

from __future__ import annotations

import json
from html import escape

from .bank import SECTION_NAMES
from .live_bank import LIVE_SECTIONS
from .model import ArticleSpec, slugify
from .pages import FOOTER, READ_MORE, Resolver, _after_text, _paragraph, header

# Page chrome before the headline, as the live site renders it; none of it is article text.
CHROME = (
    '<div class="header__live"><a href="/">مباشر</a></div>'
    '<div class="follow-us"><div class="follow-us__title">أين يمكنك متابعتنا</div>'
    '<a href="https://t.me/rtarabictelegram">تلغرام</a></div>'
    '<div class="menu-important"><div class="menu-important__title">أقسام مهمة</div>'
    + " ".join(f'<a href="/{slug}/">{name}</a>' for slug, name in LIVE_SECTIONS) + "</div>"
    '<div class="stories"><div class="stories__title">RT STORIES</div>'
    '<a class="stories__item" href="/"><span class="stories__name">غزة</span>'
    '<span class="stories__count">32 خبر</span></a>'
    '<div class="stories__slogan">#اسأل_أكثر #Question_More</div></div>'
)
COOKIES = ('<div class="cookies">هذا الموقع يستخدم ملفات تعريف الارتباط. باستمرارك في التصفح '
           "فإنك توافق على ذلك.</div>")


def _e(text: str) -> str:
    return escape(text, quote=True)


def _head(spec: ArticleSpec, base: str) -> str:
    image = f"{base}{spec.cover.path}" if spec.cover else f"{base}/static/img/rt-logo.png"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": spec.title,
          "datePublished": spec.published, "inLanguage": "ar", "image": image,
          "author": {"@type": "Organization", "name": "RT Arabic"}}
    date = ("published_time_telegram" if spec.telegram_date else "publish-date")
    return "\n".join([
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">',
        f"<title>{_e(spec.title)} - RT Arabic</title>",
        f'<meta property="og:title" content="{_e(spec.title)}">',
        f'<meta name="description" content="{_e(spec.lead)}">',
        f'<link rel="canonical" href="{base}{spec.path}">',
        f'<meta property="og:image" content="{image}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        f'<meta name="{date}" content="{spec.published}">',
        f'<meta name="category" content="{SECTION_NAMES[spec.section]}">',
        "</head>"])


def _cover(spec: ArticleSpec, base: str) -> str:
    """The cover: its caption repeats the headline, with a photo credit; an `og` cover is
    only the page's og:image (no .photo block)."""
    photo = spec.cover
    if photo is None or photo.style == "og":
        return ""
    return (f'<div class="photo"><img src="/static/blank.gif" data-src="{base}{photo.path}" '
            f'alt="{_e(spec.title)}"><span class="caption">{_e(photo.caption or "")}</span>'
            f'<div class="copyright">{_e(photo.credit or "")}</div></div>')


def _text(spec: ArticleSpec, resolve: Resolver) -> str:
    out = ['<div class="article__text text js-text js-mediator-article">']
    for block in spec.blocks:
        if block.kind == "p":
            out.append(_paragraph(block, False))
        elif block.link is not None:
            href, title = resolve(block.link)
            out.append(f'<a class="read-more-big" href="{href}"><span class="read-more-big__'
                       f'subtitle">{READ_MORE}</span><span class="read-more-big__title">'
                       f"{_e(title)}</span></a>")
    out.extend(f"<p>المصدر: {_e(line)}</p>" for line in spec.source_lines)
    return "\n".join(out) + "</div>"


def live_article_page(spec: ArticleSpec, base: str, resolve: Resolver) -> bytes:
    """The article as the live site serves it: chrome, headline, the lead once above the
    cover, the cover captioned with the headline, the text, tags as /tags/<slug>/."""
    tags = ""
    if spec.tags:
        links = " ".join(f'<a href="/tags/{slugify(name)}/">{_e(name)}</a>'
                         for _, name in spec.tags)
        tags = ('<div class="news-tags news-tags_article"><span class="news-tags__title">'
                f"كلمات دلالية:</span> {links} </div>\n")
    after = _after_text(ArticleSpec(**{**spec.__dict__, "tags": []}), resolve)
    page = (
        f"{_head(spec, base)}\n<body>{header()}{CHROME}<main class=\"layout\">\n"
        f'<div class="article"><h1 class="heading">{_e(spec.title)}</h1>\n'
        f'<div class="article__summary">{_e(spec.lead)}</div>\n{_cover(spec, base)}\n'
        f"{_text(spec, resolve)}\n{tags}{after}</main>{COOKIES}{FOOTER}</body></html>\n")
    return page.encode("utf-8")
