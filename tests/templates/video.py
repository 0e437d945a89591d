"""A video story page: the player (duration, view count, "شاهد أيضا" playlist) above a short
story text, a subscribe-to-our-channel line, and a VideoObject JSON-LD with uploadDate."""

from __future__ import annotations

import json

from .base import MOST_READ, Article, Page, day_month_year, e, rotate

NAME = "video"
HELD_OUT = True
FAMILY = "Video story: player, duration, view count, playlist, VideoObject JSON-LD"
HOST = "https://tv.almashhad-alyawm.example"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page = Page(url=f"{HOST}/video/{article.slug}", html="", shown_date=day_month_year(moment))
    playlist = rotate(MOST_READ, 4 + n * 5, 4)
    duration, views = f"0{2 + n}:{17 * n:02d}", f"{12430 + 2711 * n:,} مشاهدة"
    subscribe = "اشترك في قناتنا على يوتيوب ليصلك كل جديد"
    player = "متصفحك لا يدعم تشغيل الفيديو"
    page.add(*playlist, duration, views, subscribe, player, "شاهد أيضا", "مدة الفيديو:",
             "تشغيل", "نسخ الرابط", "مشاركة")
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": article.headline,
          "description": article.lead, "uploadDate": article.published,
          "duration": f"PT{2 + n}M{17 * n}S", "thumbnailUrl": [f"{HOST}/thumbs/{article.slug}.jpg"],
          "contentUrl": f"{HOST}/media/{article.slug}.mp4",
          "interactionStatistic": {"@type": "InteractionCounter",
                                   "interactionType": {"@type": "WatchAction"},
                                   "userInteractionCount": 12430 + 2711 * n}}
    items = "".join(f'<li class="vid-card"><a href="/video/{66000 + k}"><img src="/thumbs/{k}.jpg" alt=""><span class="vid-card-dur">0{1 + k}:3{k}</span><h4>{e(t)}</h4></a></li>'
                    for k, t in enumerate(playlist))
    text = "".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    tags = " ".join(f'<a href="/tag/{k}" class="tag">#{e(t)}</a>' for k, t in enumerate(article.tags))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(article.headline)} | المشهد اليوم</title>
<meta property="og:type" content="video.other">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:video" content="{HOST}/media/{article.slug}.mp4">
<meta property="og:description" content="{e(article.lead[:160])}">
<link rel="canonical" href="{page.url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page-video">
<header class="site-header"><a href="/" class="logo">المشهد اليوم</a><nav><a href="/video">فيديو</a> <a href="/live">البث المباشر</a> <a href="/programs">البرامج</a></nav></header>
<main class="video-page">
<div class="player-wrap">
<div class="player" data-video-id="{article.slug}"><video controls preload="none" poster="{HOST}/thumbs/{article.slug}.jpg"><source src="{HOST}/media/{article.slug}.mp4" type="video/mp4">{player}</video>
<button class="play-btn">تشغيل</button><div class="player-bar"><span class="dur">مدة الفيديو: {duration}</span></div></div>
</div>
<div class="video-info">
<h1 class="video-title">{e(article.headline)}</h1>
<div class="video-meta"><span class="video-date">{day_month_year(moment)}</span> <span class="video-views">{views}</span></div>
<div class="video-actions"><button>مشاركة</button> <button>نسخ الرابط</button></div>
<div class="video-desc">{text}</div>
<div class="video-tags">{tags}</div>
<p class="yt-subscribe"><a href="https://www.youtube.com/@almashhad">{subscribe}</a></p>
</div>
<section class="playlist"><h3>شاهد أيضا</h3><ul>{items}</ul></section>
</main>
<footer class="site-footer">© المشهد اليوم 2024</footer>
</body>
</html>
"""
    page.add("© المشهد اليوم 2024")
    return page
