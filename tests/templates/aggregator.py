"""A news aggregator in the manner of Nabd: another outlet's story republished whole, with a
source box (the outlet's logo, name, follower count, "منذ 3 ساعات", a follow button) over
the headline, the aggregator's own "تابعونا على تلغرام" line pasted inside the text block,
the outlet's byline at the top of the block on one page, an "المصدر: <outlet>" line and an
"اقرأ الخبر من المصدر" link closing it, a disclaimer, trending stories before the article in
the DOM, related stories from other sources with their own relative times, and an app
banner. JSON-LD NewsArticle with `isBasedOn` the outlet's URL."""

from __future__ import annotations

import json

from .base import Article, Page, e, rotate

NAME = "aggregator"
HELD_OUT = True
SET = "fresh"
FAMILY = "News aggregator (Nabd-like): source box, المصدر: line, Telegram lines inside the text"
HOST = "https://www.mojaz-news.example"
SITE = "موجز"
SOURCES = {"8d41f2c7": ("صحيفة الصباح الأردنية", "https://alsabah-jo.example/news/88213",
                        "84.2 ألف متابع"),
           "3b9e07aa": ("جريدة الخليج اليوم", "https://khaleej-alyawm.example/article/51902",
                        "61.7 ألف متابع"),
           "c51f08e3": ("صحيفة الساحل", "https://alsahel-news.example/uae/2024/09/26/3318",
                        "129 ألف متابع")}
TRENDING = (
    ("الأسهم الخليجية تغلق على ارتفاع جماعي", "منذ ساعة", "الاقتصادي"),
    ("إطلاق تأشيرة سياحية موحدة لدول الخليج قريبا", "منذ 5 ساعات", "عين الخبر"),
    ("منتخب الشباب يتأهل إلى نهائيات كأس آسيا", "منذ 7 ساعات", "الملاعب"),
    ("تحذير من موجة احتيال عبر رسائل التوصيل", "منذ 9 ساعات", "الأمن الرقمي"),
    ("افتتاح أطول جسر معلق في المنطقة", "منذ 11 ساعة", "المشهد"),
    ("ارتفاع أسعار تذاكر الطيران في موسم العطلات", "منذ 12 ساعة", "السفر اليوم"),
)
TELEGRAM = "تابعونا على تلغرام للحصول على آخر الأخبار لحظة بلحظة"
DISCLAIMER = (f"{SITE} غير مسؤول عن محتوى الخبر، والمسؤولية عن صحته تقع على المصدر الأصلي "
              "الذي نشره")
APP = f"حمّل تطبيق {SITE} لتصلك الأخبار العاجلة من مصادرك المفضلة"
FOOTER = f"© 2025 {SITE} - جميع الأخبار من مصادرها"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    source, source_url, followers = SOURCES[article.slug]
    shown = f"{moment:%Y/%m/%d - %H:%M}"
    page = Page(url=f"{HOST}/{article.slug}", html="", shown_date=shown)
    trending = rotate(TRENDING, n * 2, 4)
    ago = f"منذ {n + 2} ساعات"
    byline = f"كتب: {article.author}" if article.author else ""
    others = [("الاقتصادي", "منذ ساعتين"), ("عين الخبر", "منذ 6 ساعات"), ("المشهد", "منذ يوم")]
    page.add("الرئيسية عاجل مصادري الأكثر تداولا رياضة اقتصاد تقنية", "ابحث في الأخبار",
             "الأكثر تداولا", *[t[0] for t in trending], *[t[1] for t in trending],
             *[t[2] for t in trending], source, followers, ago, "+ متابعة المصدر", shown,
             byline, TELEGRAM, f"المصدر: {source}", "اقرأ الخبر من المصدر", DISCLAIMER,
             "شارك", "أخبار ذات صلة من مصادر أخرى", *article.related,
             *[o[0] for o in others], *[o[1] for o in others], APP, "أضف مصدرا", FOOTER,
             "عن موجز", "الشروط والأحكام")
    paragraphs = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    paragraphs.insert(2, f'<p class="tg-line"><a href="https://t.me/mojaznews" target="_blank" rel="nofollow">{TELEGRAM}</a></p>')
    if byline:
        paragraphs.insert(0, f'<p class="story-author">{e(byline)}</p>')
    paragraphs.append(f'<p class="story-source">المصدر: {e(source)}</p>')
    text = "\n".join(paragraphs)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": article.published, "url": page.url, "isBasedOn": source_url,
          "publisher": {"@type": "Organization", "name": SITE},
          "sourceOrganization": {"@type": "Organization", "name": source},
          "image": f"{HOST}/img/{article.slug}.jpg", "inLanguage": "ar"}
    if article.author:
        ld["author"] = {"@type": "Person", "name": article.author}
    side = "\n".join(
        f'<li class="trend-item"><a href="{HOST}/t{n}{k}"><span class="trend-title">{e(t)}</span></a><div class="trend-meta"><span class="trend-source">{e(s)}</span> · <span class="trend-time">{w}</span></div></li>'
        for k, (t, w, s) in enumerate(trending))
    related = "\n".join(
        f'<div class="card"><a href="{HOST}/r{n}{k}"><h3>{e(t)}</h3></a><div class="card-meta"><span class="card-source">{e(s)}</span> <span class="card-time">{w}</span></div></div>'
        for k, (t, (s, w)) in enumerate(zip(article.related, others, strict=True)))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(article.lead[:160])}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="{article.published}">
<link rel="canonical" href="{page.url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="{HOST}/static/css/app.9f31c2.css">
</head>
<body class="story-page">
<header class="topbar"><a class="logo" href="{HOST}/">{SITE}</a>
<nav class="main-nav">
<a href="{HOST}/">الرئيسية</a>
<a href="{HOST}/breaking">عاجل</a>
<a href="{HOST}/my-sources">مصادري</a>
<a href="{HOST}/trending">الأكثر تداولا</a>
<a href="{HOST}/sport">رياضة</a>
<a href="{HOST}/economy">اقتصاد</a>
<a href="{HOST}/tech">تقنية</a>
</nav>
<form class="search" action="{HOST}/search"><input type="search" name="q" placeholder="ابحث"><button type="submit">ابحث في الأخبار</button></form>
</header>
<div class="layout">
<aside class="trending"><h2>الأكثر تداولا</h2><ul>
{side}
</ul></aside>
<main class="story">
<div class="source-box"><img class="source-logo" src="{HOST}/logos/{article.slug[:4]}.png" alt=""><div class="source-info"><a class="source-name" href="{HOST}/source/{article.slug[:4]}">{e(source)}</a><span class="source-followers">{followers}</span></div><span class="source-time">{ago}</span><button class="follow-source" data-source="{article.slug[:4]}">+ متابعة المصدر</button></div>
<h1 class="story-title">{e(article.headline)}</h1>
<div class="story-meta"><time datetime="{article.published}">{shown}</time></div>
<figure class="story-image"><img src="{HOST}/img/{article.slug}.jpg" alt="{e(article.caption)}"></figure>
<div class="story-content">
{text}
</div>
<a class="read-at-source" href="{source_url}" target="_blank" rel="nofollow noopener">اقرأ الخبر من المصدر</a>
<p class="disclaimer">{DISCLAIMER}</p>
<div class="share-bar"><span>شارك</span> <a href="https://wa.me/?text={page.url}" class="wa"></a> <a href="https://t.me/share/url?url={page.url}" class="tg"></a> <a href="https://x.com/intent/post?url={page.url}" class="x"></a></div>
<section class="related"><h2>أخبار ذات صلة من مصادر أخرى</h2>
{related}
</section>
</main>
</div>
<div class="app-banner"><p>{APP}</p><a href="{HOST}/app">تحميل</a></div>
<footer class="footer"><a href="{HOST}/add-source">أضف مصدرا</a> <a href="{HOST}/about">عن موجز</a> <a href="{HOST}/terms">الشروط والأحكام</a><p>{FOOTER}</p></footer>
</body>
</html>
"""
    return page
