"""An Egyptian football site (FilGoal / Yallakora-like): the match-centre strip above the story
(teams, score, "انتهت", the competition and round, scorers with their minutes; on a story that
is not a match report, the club's next fixture with its own date), "كتب: <name>", the date as
"السبت، 18 مايو 2024 - 22:45", the text with an Egyptian "اقرأ أيضا.. <title>" paragraph
after the third paragraph and the app-promo ("تابع أحدث الأخبار عبر تطبيق ملعبنا") and Google
News ("تابعوا ملعبنا على جوجل نيوز") lines closing it, the tags, "أخبار ذات صلة", the league
standings table ("ترتيب الدوري المصري") and "الأكثر مشاهدة" in the sidebar; JSON-LD with
the `+03:00` / `+02:00` time (Egypt's summer time)."""

from __future__ import annotations

import json

from .base import MONTHS, Article, Page, e, weekday

NAME = "eg_sports_match"
HELD_OUT = True
SET = "unseen6"
FAMILY = "Egyptian football site: match-centre strip, standings table, app-promo and Google News lines"
HOST = "https://www.malaabna.example"
SITE = "ملعبنا"
MENU = ("الرئيسية", "الأخبار", "المباريات", "الدوري المصري", "الكرة العالمية", "أفريقيا",
        "منتخب مصر", "فيديو", "انفوجراف")
# home, home goals, away, away goals, competition, scorers; None: the club's next fixture
MATCHES = {
    "zamalek-beat-smouha": ("سموحة", 1, "الزمالك", 2, "الدوري المصري الممتاز - الجولة 20",
                            ("ناصر منسي 23'", "محمد سالم 58'", "سيف الجزيري 81'")),
    "pyramids-draw-ismaily": ("بيراميدز", 0, "الإسماعيلي", 0,
                              "الدوري المصري الممتاز - الجولة 3", ()),
    "ahly-injury-update": None,
}
NEXT = ("المباراة المقبلة", "الأهلي × غورماهيا", "دوري أبطال أفريقيا - الدور التمهيدي",
        "الأحد، 15 سبتمبر 2024 - 19:00")
STANDINGS = (("بيراميدز", 19, 45), ("الأهلي", 18, 43), ("المصري", 20, 39), ("الزمالك", 20, 38),
             ("زد", 20, 33), ("سيراميكا كليوباترا", 19, 32))
MOST_WATCHED = (
    "أهداف مباراة الأهلي والجونة",
    "ملخص مباراة ليفربول وتوتنهام",
    "تصريحات حسام حسن بعد إعلان قائمة المنتخب",
    "لقطة الجدل في مباراة الإسماعيلي",
    "ركلات ترجيح نهائي كأس مصر",
)
APP = f"تابع أحدث الأخبار عبر تطبيق {SITE}"
GNEWS = f"تابعوا {SITE} على جوجل نيوز"
FOOTER = f"© {SITE} 2024 - جميع الحقوق محفوظة"


def sports_date(moment) -> str:
    return (f"{weekday(moment)}، {moment.day} {MONTHS[moment.month - 1]} {moment.year} - "
            f"{moment:%H:%M}")


def _strip(article: Article, page: Page) -> str:
    match = MATCHES[article.slug]
    if match is None:
        page.add(*NEXT)
        return (f'<div class="match-strip next-match"><span class="strip-title">{NEXT[0]}</span>'
                f'<div class="teams">{NEXT[1]}</div><div class="league">{NEXT[2]}</div>'
                f'<div class="kickoff">{NEXT[3]}</div></div>')
    home, hg, away, ag, league, scorers = match
    page.add(f"{hg} - {ag}", "انتهت", league, *scorers)
    goals = "\n".join(f"<li>{s}</li>" for s in scorers)
    return (f'<div class="match-strip"><div class="league">{league}</div>'
            f'<div class="team home"><img src="{HOST}/teams/{len(home)}.png" alt=""><span>{home}</span></div>'
            f'<div class="result"><span class="score">{hg} - {ag}</span><span class="status">انتهت</span></div>'
            f'<div class="team away"><img src="{HOST}/teams/{len(away) + 50}.png" alt=""><span>{away}</span></div>'
            f'<ul class="scorers">{goals}</ul></div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 4810000 + 2711 * n
    url = f"{HOST}/news/{news_id}"
    shown = sports_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    byline = f"كتب: {article.author or 'فريق التحرير'}"
    most = MOST_WATCHED[n - 1:n + 3]
    strip = _strip(article, page)
    rows = [f"{k + 1} {team} {played} {points}" for k, (team, played, points) in enumerate(STANDINGS)]
    page.add(" ".join(MENU), byline, article.caption, "اقرأ أيضا..", article.related[0], APP,
             GNEWS, "الكلمات الدالة", "أخبار ذات صلة", *article.related[1:],
             "ترتيب الدوري المصري", *rows, "الأكثر مشاهدة", *most, FOOTER)
    paras = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    paras.insert(3, f'<p><strong>اقرأ أيضا..</strong> <a href="{HOST}/news/{news_id - 59}">{e(article.related[0])}</a></p>')
    paras += [f'<p><a href="{HOST}/app"><strong>{APP}</strong></a></p>',
              f'<p><a href="https://news.google.com/publications/CAAqMalaabna?hl=ar&amp;gl=EG">{GNEWS}</a></p>']
    body = "\n".join(paras)
    menu = "\n".join(f'<li><a href="{HOST}/section/{k}">{m}</a></li>' for k, m in enumerate(MENU))
    tags = "\n".join(f'<a href="{HOST}/tag/{e(t)}">{e(t)}</a>' for t in article.tags)
    related = "\n".join(f'<li><a href="{HOST}/news/{news_id - 131 * (k + 1)}">{e(t)}</a></li>' for k, t in enumerate(article.related[1:]))
    table = "\n".join(f"<tr>\n<td>{k + 1}</td>\n<td>{team}</td>\n<td>{played}</td>\n<td>{points}</td>\n</tr>"
                      for k, (team, played, points) in enumerate(STANDINGS))
    most_html = "\n".join(f'<li><a href="{HOST}/video/{news_id - 1000 - k}"><span class="play"></span>{e(t)}</a></li>' for k, t in enumerate(most))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": article.published, "dateModified": article.published,
          "author": {"@type": "Person", "name": article.author or "فريق التحرير"},
          "publisher": {"@type": "Organization", "name": SITE}, "keywords": ",".join(article.tags)}
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} | {SITE}</title>
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="{HOST}/assets/css/main.min.css?v=2024.5">
</head>
<body class="news-details">
<header id="header"><div class="container"><a class="logo" href="{HOST}/"><img src="{HOST}/assets/img/logo.svg" alt="{SITE}"></a>
<nav class="main-menu"><ul>{menu}</ul></nav></div></header>
<div class="container page-body"><div class="row">
<div class="col-md-8 main-col">
{strip}
<div class="news-head">
<h1>{e(article.headline)}</h1>
<div class="news-info"><span class="writer">{e(byline)}</span> <span class="news-date">{shown}</span></div>
</div>
<div class="news-img"><img src="{HOST}/images/news/{news_id}.jpg" alt="{e(article.headline)}"><p class="img-caption">{e(article.caption)}</p></div>
<div class="article-text" id="NewsStory">
{body}
</div>
<div class="keywords"><span>الكلمات الدالة</span>{tags}</div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul>
{related}
</ul></div>
</div>
<div class="col-md-4 side-col">
<div class="standings-widget"><h3>ترتيب الدوري المصري</h3>
<table class="table standings">
<thead><tr><th>#</th><th>الفريق</th><th>لعب</th><th>نقاط</th></tr></thead>
<tbody>
{table}
</tbody></table><a class="more" href="{HOST}/championships/egyptian-league/standings">الترتيب الكامل</a></div>
<div class="most-watched"><h3>الأكثر مشاهدة</h3><ul>
{most_html}
</ul></div>
</div>
</div></div>
<footer id="footer"><div class="container"><p>{FOOTER}</p></div></footer>
<script src="{HOST}/assets/js/main.min.js?v=2024.5"></script>
</body>
</html>
"""
    return page
