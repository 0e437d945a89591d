"""An opinion column: the columnist's photo and name over the headline, a disclaimer, an
author bio box after the text, "مقالات أخرى للكاتب" and the newspaper's most-read list."""

from __future__ import annotations

from .base import COMMENT_POLICY, MOST_READ, Article, Page, day_month_year, e, rotate, weekday

NAME = "opinion"
HELD_OUT = False
FAMILY = "Opinion column: columnist header, author bio box, disclaimer, more-by-author list"
HOST = "https://www.alwatan-alarabi.example"
BIOS = {"د. منى القاسم": "أستاذة التخطيط العمراني في الجامعة، وباحثة في سياسات النقل والمدن "
                         "المستدامة، لها عدة مؤلفات في التنمية الحضرية.",
        "خالد العيسى": "كاتب وباحث في شؤون التعليم والتنمية، عمل مستشارا لعدد من المؤسسات "
                       "التعليمية، ويكتب عمودا أسبوعيا منذ عام 2015."}
DISCLAIMER = "المقالات المنشورة في هذه الزاوية تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الصحيفة"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = f"{weekday(moment)} {day_month_year(moment)}"
    page = Page(url=f"{HOST}/opinion/{article.slug}", html="", shown_date=shown)
    bio, most = BIOS[article.author], rotate(MOST_READ, n * 6, 4)
    page.add(bio, DISCLAIMER, *article.related, *most, COMMENT_POLICY[1],
             "مقالات أخرى للكاتب", "الأكثر قراءة", "عن الكاتب", "شارك المقال:")
    text = "".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    others = "".join(f'<li><a href="/opinion/{3200 + k}">{e(t)}</a></li>'
                     for k, t in enumerate(article.related))
    side = "".join(f'<li><a href="/news/{9000 + k}">{e(t)}</a></li>' for k, t in enumerate(most))
    tags = "".join(f'<a href="/tag/{k}" rel="tag">{e(t)}</a>' for k, t in enumerate(article.tags))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(article.headline)} - {e(article.author)} | الوطن العربي</title>
<meta name="author" content="{e(article.author)}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:type" content="article">
<meta property="article:section" content="مقالات الرأي">
<meta property="article:published_time" content="{article.published}">
<link rel="canonical" href="{page.url}">
</head>
<body class="opinion-page">
<header><a href="/" class="logo">الوطن العربي</a><nav><a href="/news">أخبار</a> <a href="/opinion">آراء</a> <a href="/culture">ثقافة</a></nav></header>
<main class="wrap">
<article class="column">
<div class="columnist"><img src="/writers/{n}.jpg" alt="{e(article.author)}" class="columnist-photo"><a class="columnist-name" href="/writers/{n}">{e(article.author)}</a></div>
<h1 class="column-title">{e(article.headline)}</h1>
<div class="column-date">{shown}</div>
<div class="column-body">{text}</div>
<p class="disclaimer"><em>{DISCLAIMER}</em></p>
<div class="column-tags">{tags}</div>
<div class="share">شارك المقال: <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>
<div class="author-bio"><h3>عن الكاتب</h3><img src="/writers/{n}.jpg" alt=""><p><strong>{e(article.author)}</strong></p><p>{bio}</p></div>
<section class="more-by-author"><h3>مقالات أخرى للكاتب</h3><ul>{others}</ul></section>
<div class="comments-note">{COMMENT_POLICY[1]}</div>
</article>
<aside><h3>الأكثر قراءة</h3><ol>{side}</ol></aside>
</main>
<footer>© 2024 الوطن العربي</footer>
</body>
</html>
"""
    return page
