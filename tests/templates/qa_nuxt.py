"""A Qatari news site on Nuxt 2 (server-rendered Vue): `data-n-head` attributes, every element
marked `data-v-<hash>`, `<div id="__nuxt"><div id="__layout">`, a "عاجل" strip, the "الأكثر
قراءة" column before the article in the DOM, the writer (or "الدوحة - قنا" on agency copy),
the Doha date as the site prints it ("الاثنين 13 مايو 2024 03:20 م") beside a relative one,
an "اقرأ أيضاً" card after the second paragraph and an app-promo box closing the text, the
tags as "وسوم", and `window.__NUXT__=(function(a,b,...){...}(...))` holding the article again
(its HTML body, `publishedAt` in UTC: page 2's UTC day is the day before the Doha one);
`article:published_time` and JSON-LD in UTC too."""

from __future__ import annotations

import json
from datetime import UTC

from .base import MONTHS, Article, Page, e, weekday

NAME = "qa_nuxt"
HELD_OUT = True
SET = "unseen6"
FAMILY = "Qatari Nuxt 2 site: data-v-* markup, __NUXT__ state, UTC machine dates, sidebar first"
HOST = "https://www.bawabat-aldoha.example"
SITE = "بوابة الدوحة"
V = 'data-v-6f1c9e2a'
MENU = ("الرئيسية", "محليات", "اقتصاد", "رياضة", "عربي ودولي", "ثقافة", "منوعات", "فيديو")
BREAKING = (
    "عاجل: سمو الأمير يصدر قرارا أميريا بتعيين وكيل لوزارة الخارجية",
    "عاجل: الأرصاد تحذر من رياح قوية وارتفاع الموج",
)
MOST_READ = (
    "مواعيد عمل المنافذ الحدودية خلال الإجازة",
    "كهرماء تعلن انقطاعا مجدولا للمياه في الوكرة",
    "أسعار الوقود في قطر للشهر المقبل",
    "الصحة العامة تطلق حملة التطعيم ضد الإنفلونزا",
    "بلدية الدوحة تعلن افتتاح حديقة جديدة في الدفنة",
)
AGO = ("منذ 7 أشهر", "منذ 3 أشهر", "منذ 4 أيام")
APP = f"حمّل تطبيق {SITE} لتصلك الأخبار العاجلة أولاً بأول"
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"


def doha_date(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year} "
            f"{hour:02d}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 210400 + 5113 * n
    path = f"/news/{news_id}/{article.slug}"
    url = HOST + path
    shown = doha_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    byline = article.author or "الدوحة - قنا"
    most = MOST_READ[n - 1:n + 3]
    page.add(" ".join(MENU), *BREAKING, "الأكثر قراءة", *most, article.section, byline,
             AGO[n - 1], article.caption, "اقرأ أيضاً", article.related[0], APP, "وسوم",
             "أخبار ذات صلة", *article.related[1:], FOOTER)
    paras = [f"<p {V}>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    paras.insert(2, f'<div {V} class="read-also-card"><span {V} class="label">اقرأ أيضاً</span><a {V} href="/news/{news_id - 88}/x" class="card-link"><img {V} src="https://img.bawabat-aldoha.example/{news_id - 88}_s.jpg" alt=""><h4 {V}>{e(article.related[0])}</h4></a></div>')
    paras.append(f'<div {V} class="app-promo"><p {V}>{APP}</p><a {V} href="https://apps.apple.example/app/id1460021">App Store</a> <a {V} href="https://play.google.example/store/apps/details?id=qa.bawaba">Google Play</a></div>')
    body = "".join(paras)
    html_body = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<li {V}><a {V} href="/section/{k}" class="nav-link">{m}</a></li>' for k, m in enumerate(MENU))
    breaking = "\n".join(f'<li {V}><a {V} href="/news/{news_id + 9 + k}">{e(b)}</a></li>' for k, b in enumerate(BREAKING))
    most_html = "\n".join(f'<li {V} class="most-item"><span {V} class="rank">{k + 1}</span><a {V} href="/news/{news_id - 700 - k}">{e(t)}</a></li>' for k, t in enumerate(most))
    tags = "\n".join(f'<a {V} href="/tags/{e(t)}" class="tag">{e(t)}</a>' for t in article.tags)
    related = "\n".join(f'<li {V}><a {V} href="/news/{news_id - 99 * (k + 2)}/x">{e(t)}</a></li>' for k, t in enumerate(article.related[1:]))
    state = {"layout": "default", "data": [{"article": {
        "id": news_id, "title": article.headline, "slug": article.slug,
        "summary": article.lead[:140], "body": html_body, "publishedAt": utc,
        "author": {"name": article.author} if article.author else None,
        "section": {"name": article.section, "id": n + 1},
        "tags": [{"name": t} for t in article.tags], "image": {"caption": article.caption}}}],
        "fetch": {}, "error": None, "serverRendered": True, "routePath": path}
    nuxt = ("window.__NUXT__=(function(a,b,c){return " + json.dumps(state, ensure_ascii=False)
            .replace('"serverRendered": true', '"serverRendered": b').replace('"error": null', '"error": a')
            + '}(null,true,"ar"));')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": utc, "dateModified": utc, "inLanguage": "ar",
          "publisher": {"@type": "Organization", "name": SITE}}
    page.html = f"""<!doctype html>
<html data-n-head-ssr lang="ar" dir="rtl" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22ar%22%7D,%22dir%22:%7B%22ssr%22:%22rtl%22%7D%7D">
<head>
<title>{e(article.headline)} | {SITE}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{e(article.lead[:140])}"><meta data-n-head="ssr" data-hid="og:title" property="og:title" content="{e(article.headline)}"><meta data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta data-n-head="ssr" data-hid="article:published_time" property="article:published_time" content="{utc}"><link data-n-head="ssr" rel="canonical" href="{url}"><script data-n-head="ssr" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="preload" href="/_nuxt/f3a1c9d.js" as="script"><link rel="preload" href="/_nuxt/8b2e0c4.js" as="script"><style data-vue-ssr-id="2a183b29:0">.article-body p[data-v-6f1c9e2a]{{line-height:2;font-size:1.15rem}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-2a183b29 class="layout">
<header data-v-2a183b29 class="site-header"><a data-v-2a183b29 href="/" class="logo nuxt-link-active"><img data-v-2a183b29 src="/_nuxt/img/logo.3c1f2e.svg" alt="{SITE}"></a>
<nav data-v-2a183b29 class="main-nav"><ul {V}>{menu}</ul></nav></header>
<div {V} class="breaking"><span {V} class="breaking-label">عاجل</span><ul {V}>{breaking}</ul></div>
<main data-v-2a183b29 class="container"><div {V} class="row">
<aside {V} class="col-md-4 order-2 sidebar"><div {V} class="widget most-read"><h3 {V} class="widget-title">الأكثر قراءة</h3><ol {V}>{most_html}</ol></div></aside>
<article {V} class="col-md-8 order-1 article-page">
<div {V} class="breadcrumb"><a {V} href="/section/{n}">{e(article.section)}</a></div>
<h1 {V} class="article-title">{e(article.headline)}</h1>
<div {V} class="article-meta"><span {V} class="author">{e(byline)}</span><span {V} class="date">{shown}</span><span {V} class="ago">{AGO[n - 1]}</span></div>
<figure {V} class="article-image"><img {V} src="https://img.bawabat-aldoha.example/{news_id}.jpg" alt=""><figcaption {V}>{e(article.caption)}</figcaption></figure>
<div {V} class="article-body">{body}</div>
<div {V} class="article-tags"><span {V}>وسوم</span>{tags}</div>
<section {V} class="related"><h3 {V}>أخبار ذات صلة</h3><ul {V}>{related}</ul></section>
</article>
</div></main>
<footer data-v-2a183b29 class="site-footer"><p data-v-2a183b29>{FOOTER}</p></footer>
</div></div></div><script>{nuxt}</script><script src="/_nuxt/f3a1c9d.js" defer></script><script src="/_nuxt/8b2e0c4.js" defer></script>
</body>
</html>
"""
    return page
