"""A live blog: a "تحديث مباشر" badge, the intro, then timestamped update cards (time,
"عاجل" label on some), a refresh prompt, and a LiveBlogPosting JSON-LD with the updates."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import CHANNELS, Article, Page, day_month_year, e

NAME = "liveblog"
HELD_OUT = False
FAMILY = "Live blog: تحديث مباشر badge, timestamped updates, LiveBlogPosting JSON-LD"
HOST = "https://www.alhadath-live.example"
URGENT = '<span class="badge-urgent">عاجل</span>'


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page = Page(url=f"{HOST}/live/{article.slug}", html="", shown_date=day_month_year(moment))
    times = [moment + timedelta(minutes=20 * (k + 1)) for k in range(len(article.paragraphs))]
    refresh = "حدّث الصفحة لمشاهدة آخر التحديثات"
    page.add("تحديث مباشر", refresh, CHANNELS[n % 3], *(f"{t:%H:%M}" for t in times),
             "آخر تحديث:", "شارك هذا التحديث", *article.related)
    updates = "".join(
        f'<div class="live-update" id="update-{k}"><div class="live-update-time"><time datetime="{t.isoformat()}">{t:%H:%M}</time>'
        f'{URGENT if k == 0 else ""}</div><div class="live-update-body"><p>{e(p)}</p></div>'
        f'<div class="live-update-share"><a href="#update-{k}">شارك هذا التحديث</a></div></div>'
        for k, (t, p) in enumerate(zip(times, article.paragraphs, strict=True)))
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": article.headline,
          "description": article.lead, "datePublished": article.published,
          "dateModified": times[-1].isoformat(), "coverageStartTime": article.published,
          "coverageEndTime": (times[-1] + timedelta(hours=2)).isoformat(),
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": p[:60], "articleBody": p,
                              "datePublished": t.isoformat()}
                             for t, p in zip(times, article.paragraphs, strict=True)]}
    rel = "".join(f'<li><a href="/news/{k}">{e(t)}</a></li>' for k, t in enumerate(article.related))
    tags = "".join(f'<a href="/tag/{k}">{e(t)}</a>' for k, t in enumerate(article.tags))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(article.headline)} | الحدث</title>
<meta property="og:title" content="{e(article.headline)}">
<meta property="article:published_time" content="{article.published}">
{"".join(f'<meta property="article:tag" content="{e(t)}">' for t in article.tags)}
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<header><a href="/" class="logo">الحدث</a></header>
<main class="live">
<div class="live-badge"><span class="dot"></span>تحديث مباشر</div>
<h1>{e(article.headline)}</h1>
<div class="live-meta"><time datetime="{article.published}">{day_month_year(moment)}</time> · آخر تحديث: <time datetime="{times[-1].isoformat()}">{times[-1]:%H:%M}</time></div>
<div class="live-intro"><p>{e(article.lead)}</p></div>
<div class="live-refresh">{refresh}</div>
<div class="live-feed">{updates}</div>
<div class="live-tags">{tags}</div>
<p class="live-channel"><a href="https://t.me/alhadath">{CHANNELS[n % 3]}</a></p>
<aside class="related"><ul>{rel}</ul></aside>
</main>
</body>
</html>
"""
    return page
