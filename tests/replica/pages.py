"""Renders the replica's HTML pages (articles, listings, broken pages) from the specs."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape

from .bank import PLAYER_TEXT, SECTION_NAMES, SECTIONS
from .model import ArticleSpec, Block, LinkRef, Photo, slugify

# A resolver turns a link to another article into (href as written in the page, headline).
Resolver = Callable[[LinkRef], tuple[str, str]]

READ_MORE = "إقرأ المزيد"
FOOTER = "<footer>جميع الحقوق محفوظة © 2005-2025 RT Arabic</footer>"
DDOS_GUARD = (
    "<!DOCTYPE html><html><head><title>DDoS-Guard</title></head><body><div id='ddg'>Checking your "
    "browser before accessing arabic.rt.com. This process is automatic.</div><script "
    "src='/.well-known/ddos-guard/check?context=free_splash'></script></body></html>"
)
SOFT_404 = (
    '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>404 - RT Arabic</title>'
    '</head><body><nav><a href="/">الرئيسية</a></nav><h1>الصفحة غير موجودة</h1><p>عذرا، الصفحة '
    "التي تبحث عنها غير موجودة.</p>" + FOOTER + "</body></html>"
)
HTTP_404 = ("<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found"
            "</h1><p>The requested URL was not found on this server.</p></body></html>")
HTTP_500 = ("<!DOCTYPE html><html><head><title>500 Internal Server Error</title></head><body>"
            "<h1>Internal Server Error</h1></body></html>")
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _e(text: str) -> str:
    return escape(text, quote=True)


def header() -> str:
    links = " ".join(f'<a href="/{slug}/">{name}</a>' for slug, name in SECTIONS)
    return (f'<header class="header"><a class="logo" href="/">RT Arabic</a><nav class="menu">'
            f'{links} <a href="/search/?q=x">بحث</a></nav></header>')


def tag_path(tag_id: int, name: str) -> str:
    return f"/tags/{tag_id}-{slugify(name)}/"


def visible_date(iso: str) -> str:
    """`24.01.2024 | 21:15 GMT+3` from an ISO 8601 time with offset."""
    moment = datetime.fromisoformat(iso)
    hours = int(moment.utcoffset().total_seconds() // 3600) if moment.utcoffset() else 0
    zone = "GMT" if hours == 0 else f"GMT{hours:+d}"
    return f"{moment:%d.%m.%Y | %H:%M} {zone}"


def _head(spec: ArticleSpec, base: str) -> str:
    charset = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
               if spec.encoding == "windows-1256" else '<meta charset="utf-8">')
    image = f"{base}{spec.cover.path}" if spec.cover else f"{base}/static/img/rt-logo.png"
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle",
                             "headline": spec.title, "datePublished": spec.published,
                             "inLanguage": spec.lang, "image": image}
    if spec.modified:
        ld["dateModified"] = spec.modified
    if spec.author:
        ld["author"] = {"@type": "Person", "name": spec.author}
    lines = [
        f'<html lang="{spec.lang}" dir="{"rtl" if spec.lang == "ar" else "ltr"}"><head>{charset}',
        f"<title>{_e(spec.title)} - RT Arabic</title>",
        f'<meta property="og:title" content="{_e(spec.title)}">',
        f'<meta name="description" content="{_e(spec.lead)}">',
        f'<link rel="canonical" href="{base}{spec.path}">',
        f'<meta property="og:image" content="{image}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
    ]
    if spec.layout == "current":
        lines.append(f'<meta name="publish-date" content="{spec.published}">')
    if spec.category_meta:
        lines.append(f'<meta name="category" content="{SECTION_NAMES[spec.section]}">')
    if spec.author:
        lines.append(f'<meta name="mediator_author" content="{_e(spec.author)}">')
    lines.append('<link rel="alternate" type="application/rss+xml" href="/rss/">')
    return "<!DOCTYPE html>\n" + "\n".join(lines) + "\n</head>"


def _photo(photo: Photo, base: str, alt: str = "") -> str:
    cap = f'<span class="caption">{_e(photo.caption)}</span>' if photo.caption else ""
    credit = f'<div class="copyright">{_e(photo.credit)}</div>' if photo.credit else ""
    if photo.style == "cover":
        img = f'<img src="/static/blank.gif" data-src="{base}{photo.path}" alt="{_e(alt)}">'
    elif photo.style == "lazy":
        img = f'<img data-src="{photo.path}"><noscript><img src="{photo.path}"></noscript>'
    else:
        img = f'<img src="/static/blank.gif" alt=""><noscript><img src="{photo.path}"></noscript>'
    return f'<div class="photo">{img}{cap}{credit}</div>'


def _paragraph(block: Block, newline: bool) -> str:
    parts = [_e(p) for p in block.parts]
    if block.strong:
        words = parts[0].split(" ")
        parts[0] = f"<strong>{' '.join(words[:2])}</strong> {' '.join(words[2:])}"
    return "<p>" + ("\n" if newline else " ").join(parts) + "</p>"


def _embed(block: Block) -> str:
    code = block.code
    if block.embed == "youtube":
        return (f'<div class="rtcode"><iframe src="https://www.youtube.com/embed/{code}" '
                'width="640" height="360" frameborder="0" allowfullscreen></iframe></div>')
    if block.embed == "telegram":
        return ('<div class="rtcode"><script async src="https://telegram.org/js/telegram-widget.js'
                f'?22" data-telegram-post="rtarabictelegram/{code}" data-width="100%"></script>'
                "</div>")
    if block.embed == "twitter":
        handle, status, pic = code.split("|")
        return ('<div class="rtcode"><blockquote class="twitter-tweet"><p lang="ar" dir="rtl">'
                f'{_e(block.text)} <a href="https://t.co/{pic}">pic.twitter.com/{pic}</a></p>'
                f'&mdash; {handle} (@{handle}) <a href="https://twitter.com/{handle}/status/'
                f'{status}">March 1, 2024</a></blockquote><script async src="https://platform.'
                'twitter.com/widgets.js" charset="utf-8"></script></div>')
    if block.embed == "instagram":
        link = f"https://www.instagram.com/p/{code}/"
        return (f'<div class="rtcode"><blockquote class="instagram-media" data-instgrm-permalink='
                f'"{link}" data-instgrm-version="14"><a href="{link}" target="_blank">عرض هذا '
                'المنشور على Instagram</a></blockquote><script async src="//www.instagram.com/'
                'embed.js"></script></div>')
    if block.embed == "tiktok":
        return ('<div class="rtcode"><blockquote class="tiktok-embed" cite="https://www.tiktok.com/'
                f'@rt_arabic/video/{code}" data-video-id="{code}"><section><a target="_blank" '
                'href="https://www.tiktok.com/@rt_arabic">@rt_arabic</a></section></blockquote>'
                '<script async src="https://www.tiktok.com/embed.js"></script></div>')
    return (f'<div class="podcast-view-card"><div class="podcast-view-card__title">{_e(block.text)}'
            f'</div><div class="podcast-view-card__player">{PLAYER_TEXT}</div><div class="article__'
            f'podcast"><iframe src="https://podcasts.example.net/embed/{code}"></iframe></div>'
            "</div>")


def _read_more(block: Block, resolve: Resolver) -> str:
    assert block.link is not None
    href, title = resolve(block.link)
    target = block.link.target_id
    if block.kind == "read_more_big":
        return (f'<div class="read-more-big"><a href="{href}"><div class="read-more-big__cover" '
                f'style="background-image:url(/static/img/c{target}.jpg)"></div><div class='
                f'"read-more-big__title">{READ_MORE}</div><div class="read-more-big__text">'
                f"{_e(title)}</div></a></div>")
    if block.kind == "read_more_text":
        return (f'<div class="read-more-text-only"><span>{READ_MORE}</span> <a href="{href}">'
                f"{_e(title)}</a></div>")
    return (f'<div class="read-more"><a class="read-more__link" href="{href}"><img class="read-more'
            f'__cover" data-src="/static/img/c{target}.jpg"><span class="read-more__title">'
            f'{_e(title)}</span></a><div class="read-more__footer">{READ_MORE}</div></div>')


def _text(spec: ArticleSpec, base: str, resolve: Resolver) -> str:
    current = spec.layout == "current"
    out = ['<div class="article__text text js-text js-mediator-article">' if current
           else '<div class="text js-text js-mediator-article">']
    out.append(f'<p class="intro">{_e(spec.lead)}</p>' if current else f"<p>{_e(spec.lead)}</p>")
    for block in spec.blocks:
        if block.kind == "p":
            out.append(_paragraph(block, spec.newline_joins))
        elif block.kind == "embed":
            out.append(_embed(block))
        elif block.kind == "photo" and block.photo is not None:
            out.append(_photo(block.photo, base))
        else:
            out.append(_read_more(block, resolve))
    out.extend(f"<p>المصدر: {_e(line)}</p>" for line in spec.source_lines)
    return "\n".join(out) + "</div>"


def _after_text(spec: ArticleSpec, resolve: Resolver) -> str:
    out = ""
    if spec.tags:
        links = " ".join(f'<a href="{tag_path(i, n)}">{_e(n)}</a>' for i, n in spec.tags)
        out += ('<div class="news-tags news-tags_article"><span class="news-tags__title">كلمات '
                f"دلالية:</span> {links} </div>\n")
    out += ('<div class="share">شارك عبر <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">'
            'واتساب</a></div><div class="follow"><a href="https://t.me/rtarabictelegram">تابعوا RT '
            "على تلغرام</a></div></div>\n")
    if spec.related:
        items = "".join(f'<li><a class="crosslinks__link" href="{h}">{_e(t)}</a></li>'
                        for h, t in map(resolve, spec.related))
        out += f'<section class="related"><h2>مقالات ذات صلة</h2><ul>{items}</ul></section>'
    if spec.most_read:
        items = "".join(f'<li><a href="{h}">{_e(t)}</a></li>'
                        for h, t in map(resolve, spec.most_read))
        out += f'<aside class="most-read"><h3>الأكثر قراءة</h3><ol>{items}</ol></aside>'
    return out


def article_page(spec: ArticleSpec, base: str, resolve: Resolver) -> bytes:
    """The article in RT markup, encoded as the spec says (utf-8 or windows-1256)."""
    name = SECTION_NAMES[spec.section]
    if spec.video:
        cover = (f'<div class="cover_video"><div class="video-iframe"><iframe src="https://www.'
                 f'youtube.com/embed/{spec.video}" frameborder="0" allowfullscreen></iframe></div>'
                 "</div>")
    else:
        cover = _photo(spec.cover, base, spec.title) if spec.cover else ""
    page = (
        f"{_head(spec, base)}\n<body>{header()}<main class=\"layout\">\n"
        f'<div class="article"><div class="time-public"><a href="/{spec.section}/">{name}</a> '
        f'<span class="date">{visible_date(spec.published)}</span></div>\n'
        f'<h1 class="heading">{_e(spec.title)}</h1>\n{cover}\n{_text(spec, base, resolve)}\n'
        f"{_after_text(spec, resolve)}</main>{FOOTER}</body></html>\n"
    )
    return page.encode(spec.encoding)


# Links every listing carries that a crawler must not follow.
TRAP_LINKS: tuple[tuple[str, str], ...] = (
    ("/tags/15694-%D8%B1%D9%88%D8%B3%D9%8A%D8%A7/", "روسيا"),
    ("/tags/24001-%D8%A7%D9%84%D9%86%D9%81%D8%B7/", "النفط"),
    ("/search/?q=%D8%BA%D8%B2%D8%A9", "بحث: غزة"),
    ("/static/img/banner-2024.jpg", "صورة الغلاف"),
    ("/private/area/", "منطقة المشتركين"),
    ("https://offsite.example.org/page", "موقع شريك"),
    ("mailto:info@arabic.rt.example", "راسلونا"),
    ("javascript:void(0)", "المزيد"),
)


def listing_page(base: str, path: str, heading: str, items: Sequence[tuple[str, str, str]],
                 feed: str | None = None) -> bytes:
    """A section or home listing: items are (href, title, published)."""
    cards = "\n".join(
        f'<div class="card"><a class="heading" href="{href}">{_e(title)}</a>'
        f'<div class="card__date">{visible_date(published)}</div></div>'
        for href, title, published in items)
    traps = " ".join(f'<a href="{href}">{_e(text)}</a>' for href, text in TRAP_LINKS)
    alternate = f'<link rel="alternate" type="application/rss+xml" href="{feed}">' if feed else ""
    page = (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{_e(heading)} - RT Arabic</title>"
        f'<link rel="canonical" href="{base}{path}">{alternate}</head>\n'
        f'<body>{header()}<main class="layout"><h1 class="section-title">{_e(heading)}</h1>\n'
        f'<div class="listing">\n{cards}\n</div>\n<div class="sidebar">{traps}</div></main>'
        f"{FOOTER}</body></html>\n"
    )
    return page.encode("utf-8")
