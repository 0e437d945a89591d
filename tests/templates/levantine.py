"""A Levantine daily's site: the headline repeated in bold as the first line of the text,
a "نشر في <weekday> <day> <Levantine month> / <month> <year> <time> مساءً" line and no date
meta, a "كتب" byline, captions, and a most-read list of bare paragraphs before the article."""

from __future__ import annotations

from .base import LEVANTINE, MONTHS, MOST_READ, NEWSLETTER, Article, Page, e, rotate, weekday

NAME = "levantine"
HELD_OUT = False
FAMILY = "Levantine daily: headline repeated in the text, نشر في ... آذار / مارس ... مساءً"
HOST = "https://www.annahar-aljadid.example"


def _shown(article: Article) -> str:
    m = article.moment
    half = "مساءً" if m.hour >= 12 else "صباحاً"
    return (f"نشر في {weekday(m)} {m.day} {LEVANTINE[m.month - 1]} / {MONTHS[m.month - 1]} "
            f"{m.year} {m.hour % 12 or 12:02d}:{m:%M} {half}")


def render(article: Article, n: int) -> Page:
    page = Page(url=f"{HOST}/article/{article.slug}", html="", shown_date=_shown(article))
    most = rotate(MOST_READ, 11 + n * 3, 5)
    byline = f"كتب {article.author}" if article.author else "المصدر: الوكالة الوطنية للإعلام"
    page.add(*most, page.shown_date, byline, article.caption, NEWSLETTER[0],
             "تابعوا آخر الأخبار عبر حسابنا على تويتر", "مقالات ذات صلة", *article.related)
    side = "".join(f'<p><a href="/article/{1288000 + k}">{e(t)}</a></p>' for k, t in enumerate(most))
    text = "".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    rel = "".join(f'<li><a href="/article/{1287000 + k}">{e(t)}</a></li>'
                  for k, t in enumerate(article.related))
    tags = " - ".join(f'<a href="/tags/{k}">{e(t)}</a>' for k, t in enumerate(article.tags))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>النهار الجديد - {e(article.headline)}</title>
<meta name="keywords" content="{e(", ".join(article.tags))}">
<link rel="stylesheet" href="/css/site.css?v=41">
</head>
<body>
<div class="header"><a href="/" class="logo"><img src="/img/logo.svg" alt="النهار الجديد"></a>
<ul class="nav"><li><a href="/lebanon">محليات</a></li><li><a href="/culture">ثقافة</a></li><li><a href="/economy">اقتصاد</a></li></ul></div>
<div class="container">
<div class="col-side">
{side}
<div class="box-newsletter"><p>{NEWSLETTER[0]}</p><input type="email"></div>
</div>
<div class="col-main">
<div class="article">
<h1 class="article-title">{e(article.headline)}</h1>
<div class="article-info"><span class="writer">{e(byline)}</span><br><span class="date">{page.shown_date}</span></div>
<div class="article-img"><img src="/uploads/{article.slug}.jpg" alt=""><div class="caption">{e(article.caption)}</div></div>
<div class="article-text">
<p><strong>{e(article.headline)}</strong></p>
{text}
</div>
<div class="article-tags">{tags}</div>
<div class="follow"><a href="https://twitter.com/annahar_jadid">تابعوا آخر الأخبار عبر حسابنا على تويتر</a></div>
<div class="related"><h3>مقالات ذات صلة</h3><ul>{rel}</ul></div>
</div>
</div>
</div>
<div class="footer">جميع الحقوق محفوظة © النهار الجديد 2024</div>
</body>
</html>
"""
    page.add("جميع الحقوق محفوظة © النهار الجديد 2024")
    return page
