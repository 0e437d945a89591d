"""A Gulf financial-markets news site on Angular Universal (Mubasher / Argaam-like): the
server-rendered `app-root` with `_ngcontent-*` attributes, a market ticker strip of index and
commodity quotes ("تاسي 12,467.33 ▲ 0.41%") and a "السوق مغلق" status above the story, the
date with the site's time zone ("14 مايو 2024 10:32 ص بتوقيت مكة المكرمة") and a relative
time ("منذ 7 أشهر"), the text opening "مباشر: " as the agency-style dateline, results as
unmarked "- " paragraphs, a quote card of the company's share (price, change, volume) and a
"الأسهم الأكثر ارتفاعا" table beside the text, a disclaimer and "اقرأ المزيد" cards after;
`og:` time in UTC (`Z`), JSON-LD with `+03:00`, `<title>` "<headline> | <site>"."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "fin_markets_news"
HELD_OUT = True
SET = "unseen7"
FAMILY = "Gulf markets news on Angular Universal: ticker strip, quote card and gainers table, مكة time zone date"
HOST = "https://www.mubashir-aswaq.example"
SITE = "مباشر الأسواق"
TICKER = ("تاسي 12,467.33 ▲ 0.41%", "نمو 26,104.80 ▼ 0.12%", "EGX30 27,311.05 ▲ 1.08%",
          "سوق دبي 4,102.66 ▲ 0.27%", "برنت 72.05 ▼ 1.10%", "الذهب 2,497.40 ▲ 0.35%")
MENU = ("الرئيسية", "الأسواق", "أخبار الشركات", "اقتصاد كلي", "السلع", "العملات", "تحليلات",
        "الإفصاحات", "الاكتتابات")
AGO = ("منذ 7 أشهر", "منذ 5 أشهر", "منذ 3 أشهر")
QUOTES = (("أسمنت الجنوب", "62.40", "+1.15 (1.88%)", "1.24 مليون"),
          ("البنك التجاري الدولي", "78.90", "-0.60 (0.75%)", "3.81 مليون"),
          ("أرامكو السعودية", "27.35", "-0.10 (0.36%)", "12.6 مليون"))
GAINERS = (("الأسماك", "9.98%"), ("تهامة", "6.41%"), ("أنابيب", "5.22%"), ("ساسكو", "4.87%"))
DISCLAIMER = ("إخلاء مسؤولية: المعلومات الواردة لأغراض إعلامية فقط ولا تعد توصية بالشراء أو "
              "البيع")
APP = "حمّل تطبيق مباشر الأسواق لمتابعة الأسعار لحظيا"
FOOTER = f"© 2024 {SITE}. جميع الحقوق محفوظة. الأسعار متأخرة 15 دقيقة"


def mecca_time(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} {hour}:{moment:%M} "
            f"{'م' if moment.hour >= 12 else 'ص'} بتوقيت مكة المكرمة")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    art_id = 3104220 + 5179 * n
    url = f"{HOST}/news/{art_id}/{article.slug}"
    shown = mecca_time(moment)
    page = Page(url=url, html="", shown_date=shown)
    company, price, change, volume = QUOTES[n - 1]
    byline = f"كتب: {article.author}" if article.author else ""
    page.add(*TICKER, "السوق مغلق", "آخر تحديث 15:20", " ".join(MENU), article.section, byline,
             AGO[n - 1], f"سهم {company}", price, change, f"حجم التداول {volume}",
             "الأسهم الأكثر ارتفاعا", *(f"{g} {p}" for g, p in GAINERS), DISCLAIMER,
             "اقرأ المزيد", *article.related, APP, FOOTER, article.caption, SITE)
    ng = f'_ngcontent-serverapp-c{180 + n}=""'
    paras = "\n".join(f"<p {ng}>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    ticker = "".join(f'<li {ng} class="ticker-item">{t}</li>' for t in TICKER)
    menu = " ".join(f'<a {ng} class="nav-link" routerlinkactive="active" href="/{k}">{m}</a>'
                   for k, m in enumerate(MENU))
    gainers = "".join(f'<tr {ng}><td {ng}>{g}</td> <td {ng} class="up">{p}</td></tr>' for g, p in GAINERS)
    more = "".join(f'<div {ng} class="news-card"><a {ng} href="/news/{art_id - 11 * (k + 1)}/x">{e(r)}</a></div>'
                   for k, r in enumerate(article.related))
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": article.published, "dateModified": (moment + timedelta(minutes=9)).isoformat(),
          "author": {"@type": "Person", "name": article.author} if article.author
          else {"@type": "Organization", "name": SITE},
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/assets/logo.png"}},
          "image": f"https://static.mubashir-aswaq.example/news/{art_id}.jpg",
          "keywords": ", ".join(article.tags)}
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta charset="utf-8">
<title>{e(article.headline)} | {SITE}</title>
<base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="styles.9c1e3f2a7b.css">
<meta name="description" content="{e(article.lead[:160])}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z">
<meta name="keywords" content="{e(",".join(article.tags))}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<app-root _nghost-serverapp-c12="" ng-version="15.2.9"><app-header _ngcontent-serverapp-c12="">
<div {ng} class="ticker-strip"><span {ng} class="market-status closed">السوق مغلق</span><ul {ng} class="ticker">{ticker}</ul><span {ng} class="ticker-time">آخر تحديث 15:20</span></div>
<nav {ng} class="main-nav"><a {ng} class="logo" href="/"><img {ng} src="assets/logo.svg" alt="{SITE}"></a>{menu}</nav>
</app-header>
<router-outlet _ngcontent-serverapp-c12=""></router-outlet><app-news-details {ng}>
<div {ng} class="container news-page"><div {ng} class="row">
<div {ng} class="col-lg-8">
<article {ng} class="news-details">
<a {ng} class="news-category" href="/category/{n}">{e(article.section)}</a>
<h1 {ng} class="news-title">{e(article.headline)}</h1>
<div {ng} class="news-info">{f'<span {ng} class="news-author">{e(byline)}</span>' if byline else ''}<span {ng} class="news-date">{shown}</span><span {ng} class="news-ago">{AGO[n - 1]}</span></div>
<figure {ng} class="news-image"><img {ng} src="https://static.mubashir-aswaq.example/news/{art_id}.jpg" alt="{e(article.headline)}"><figcaption {ng}>{e(article.caption)}</figcaption></figure>
<div {ng} class="news-body">
{paras}
</div>
<p {ng} class="disclaimer">{DISCLAIMER}</p>
</article>
<section {ng} class="read-more"><h2 {ng}>اقرأ المزيد</h2>{more}</section>
</div>
<div {ng} class="col-lg-4 side-col">
<app-quote-card {ng}><div {ng} class="quote-card"><h3 {ng}>سهم {company}</h3><div {ng} class="price">{price}</div><div {ng} class="change">{change}</div><div {ng} class="volume">حجم التداول {volume}</div></div></app-quote-card>
<app-top-movers {ng}><div {ng} class="movers"><h3 {ng}>الأسهم الأكثر ارتفاعا</h3><table {ng} class="table movers-table"><tbody {ng}>{gainers}</tbody></table></div></app-top-movers>
<div {ng} class="app-promo">{APP}</div>
</div>
</div></div>
</app-news-details>
<app-footer _ngcontent-serverapp-c12=""><footer class="site-footer"><p>{FOOTER}</p></footer></app-footer>
</app-root>
<script src="runtime.5b2f9c.js" type="module"></script><script src="main.e41d7a.js" type="module"></script>
<script id="serverApp-state" type="application/json">{{"news-{art_id}":{{"id":{art_id},"views":{1843 + 211 * n}}}}}</script>
</body></html>
"""
    return page
