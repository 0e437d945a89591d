"""A client-rendered news app: the served HTML shows only the header, a most-read list and
the lead; the full text is in the JSON-LD NewsArticle's `articleBody` (paragraphs joined by
newlines), the date in JSON-LD and a short dd/mm/yyyy line."""

from __future__ import annotations

import json

from .base import COOKIES, MOST_READ, Article, Page, e, rotate

NAME = "jsonld_only"
HELD_OUT = True
FAMILY = "JS app shell: visible lead only, the text only in JSON-LD articleBody"
HOST = "https://sabq-alakhbar.example"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page = Page(url=f"{HOST}/article/{article.slug}", html="",
                shown_date=f"{moment:%d/%m/%Y}")
    most = rotate(MOST_READ, 9 + n * 3, 4)
    app = "لقراءة الخبر كاملا حمّل تطبيق سبق الأخبار"
    page.add(*most, app, COOKIES[0], "يرجى تفعيل جافا سكريبت لعرض الموقع", "الأكثر تداولا",
             "تحميل...")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "description": article.lead, "articleBody": "\n".join((article.lead,
                                                                  *article.paragraphs)),
          "datePublished": article.published, "dateModified": article.published,
          "inLanguage": "ar", "keywords": list(article.tags), "articleSection": article.section,
          "image": [f"{HOST}/media/{article.slug}.jpg"],
          "author": ({"@type": "Person", "name": article.author} if article.author else
                     {"@type": "Organization", "name": "سبق الأخبار"}),
          "publisher": {"@type": "Organization", "name": "سبق الأخبار"},
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.url}}
    items = "".join(f'<li><a href="/article/m{k}">{e(t)}</a></li>' for k, t in enumerate(most))
    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(article.headline)} - سبق الأخبار</title>
<meta name="description" content="{e(article.lead)}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(article.lead)}">
<meta property="og:image" content="{HOST}/media/{article.slug}.jpg">
<link rel="canonical" href="{page.url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link href="/static/css/main.3f2c1a.css" rel="stylesheet">
</head>
<body>
<noscript>يرجى تفعيل جافا سكريبت لعرض الموقع</noscript>
<div id="root">
<div class="shell-header"><a href="/" class="logo">سبق الأخبار</a></div>
<div class="shell-trending"><h4>الأكثر تداولا</h4><ul>{items}</ul></div>
<div class="shell-article" data-id="{article.slug}">
<h1>{e(article.headline)}</h1>
<span class="shell-date">{page.shown_date}</span>
<p class="shell-lead">{e(article.lead)}</p>
<div class="shell-loading">تحميل...</div>
<a class="shell-app" href="https://app.sabq-alakhbar.example/">{app}</a>
</div>
<div class="shell-cookie">{COOKIES[0]}</div>
</div>
<script src="/static/js/main.8c1d2e.js"></script>
</body>
</html>
"""
    return page
