"""A partner outlet's Arabic story syndicated on MSN (the ar-ae market), as MSN's article page
serves it at `/ar-ae/news/other/<percent-encoded Arabic words>/ar-AA<id>`. The head carries
MSN's page settings in attributes of `<head>` itself: `data-info="f:msnallexpusers, prg-...;"`
(the flight list) and `data-client-settings` (HTML-escaped JSON: `pagetype":"article"`, `apptype`,
`bundleInfo`, `locale` ar/ae, `servicesEndpoints.crs`), then `<title>` = the bare headline, the
description/og/twitter meta (`og:site_name` MSN), `meta name="keywords"` and a JSON-LD
`NewsArticle` whose times are UTC with milliseconds; the inline bundle loader and the `vendors`,
`common`, `microsoft`, `experience` bundles. The body: the MSN header (logo, search form,
weather chip, "تسجيل الدخول") and the category bar, then `main.article-page`: the provider
bar (partner logo `img.provider-logo`, name, "متابعة" button), `h1.article-title`, the meta
row (page 1 only: "قصة بواسطة <author>"; the partner's publication time in Dubai time, +04:00,
as the Arabic `Intl` format prints it: "12‏/03‏/2024، 9:30 ص" with RLM marks, in a
`<time datetime="...000Z">` carrying the UTC instant; page 2's story went out at 01:15 local,
so every machine-readable time is the previous UTC day), the read-time label and the
reactions bar (like/comment counts, "مشاركة"). Then `div.article-body` with the partner's
HTML: page 1 opens with a captioned `figure` (`img data-document-id="cms/api/amp/image/..."`,
caption + "© provider" attribution) and bolds a phrase; page 2 links a phrase inline; page 3
has a credit-only figure, an `<h2>` subheading and a `data-embed-type="social-auto"` post
placeholder. Pages 1 and 3 end the body with the "متابعة القراءة" continue-reading button.
After it: "© مقدَّم من <provider>", the "ملاحظات" feedback button, the right rail
("الأخبار الرائجة" list and an ad slot "إعلان"), the "المزيد لك" feed of cards (provider,
title, relative time like "قبل 5 ساعات", "عرض المزيد") and the MSN footer. At the end the page
state `<script id="article-state" type="application/json">` holds the content-service record
(`title`, `abstract`, `body` HTML, `publishedDateTime`, `authors`, `provider`, `sourceHref`,
`keywords`, `imageResources`, `readTimeMin`). All of that except the body is chrome."""

from __future__ import annotations

import json
import re
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import LATEST, MOST_READ, Article, Page, e, rotate

NAME = "msn_syndicated_story"
HELD_OUT = True
SET = "unseen22"
FAMILY = "MSN ar-ae article page of a syndicated partner story: head data-client-settings, provider bar, 'قصة بواسطة' byline, Dubai-time Intl date vs UTC JSON, continue reading, 'المزيد لك' feed, JSON state"
HOST = "https://msn-arabic.example"
LOCAL = timedelta(hours=4)
IMG = "https://img-s-msn-com.akamaized.net/tenant/amp/entityid"
BUNDLES = "https://assets.msn.com/bundles/v1/views/latest"
# page -> (MSN id, provider name, provider id, partner host, image id, weather, likes, comments)
PAGES = {
    1: ("AA1mPq7Z", "صحيفة الرمال اليومية", "BB1kRmlD", "alrimal-daily.example", "AA1mPj2s",
        "27°", 86, 17),
    2: ("AA1pWx3c", "موقع مدار الخليج", "AA5bQ9tE", "madar-alkhaleej.example", "", "36°", 41, 0),
    3: ("AA1xHb9R", "وكالة أنباء الضفاف", "BB1hTz8K", "aldefaf-agency.example", "AA1xGv4n",
        "22°", 132, 9),
}
NAV = (("news", "الأخبار"), ("weather", "الطقس"), ("sports", "الرياضة"), ("money", "المال"),
       ("entertainment", "الترفيه"), ("lifestyle", "أسلوب الحياة"), ("health", "الصحة"),
       ("autos", "السيارات"), ("video", "الفيديو"))
SIGN_IN = "تسجيل الدخول"
SKIP = "الانتقال إلى المحتوى الرئيسي"
FOLLOW = "متابعة"
BYLINE = "قصة بواسطة"
SHARE = "مشاركة"
CONTINUE = "متابعة القراءة"
PROVIDED = "© مقدَّم من "
FEEDBACK = "ملاحظات"
TRENDING = "الأخبار الرائجة"
AD = "إعلان"
MORE = "المزيد لك"
SHOW_MORE = "عرض المزيد"
EMBED_LINK = "عرض هذا المنشور على X"
FOOTER = ("الخصوصية وملفات تعريف الارتباط", "إدارة ملفات تعريف الارتباط", "شروط الاستخدام",
          "الإعلان")
CARD_PROVIDERS = ("شبكة الواحة", "صحيفة المرفأ", "قناة الأفق الإخبارية", "أخبار الساحل",
                  "موقع سنا نيوز", "مجلة نخيل")
AGO = ("قبل ساعتين", "قبل 5 ساعات", "قبل يومين", "قبل 3 ساعات", "قبل 11 ساعة", "قبل 3 أيام")
BOLD = {1: (2, "انخفاض متوسط زمن الانتظار بنسبة 22 في المئة")}
LINKED = {2: (1, "المركز الوطني للأرصاد", "https://ncm-weather.example/ar/alerts")}
HEADING = {3: 2}  # page -> index of the paragraph printed as <h2>
EMBED_AFTER = {3: 3}  # page -> index of the paragraph the social embed follows
FLIGHTS = ("msnallexpusers, prg-1sw-tbrcounter, prg-cookiecont, prg-adspeek, prg-wpo-pnpc, "
           "prg-1sw-sbn-mm, prg-ias")


def _shown(moment) -> str:
    """`toLocaleString("ar-AE", {dateStyle: "medium", timeStyle: "short"})` in Dubai time."""
    local = moment.astimezone(UTC) + LOCAL
    hour = local.hour % 12 or 12
    return (f"{local.day:02d}\u200f/{local.month:02d}\u200f/{local.year}، {hour}:{local:%M} "
            f"{'ص' if local.hour < 12 else 'م'}")


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _read_time(words: int) -> tuple[int, str]:
    minutes = max(1, -(-words // 200))
    label = {1: "دقيقة واحدة", 2: "دقيقتان"}.get(minutes, f"{minutes} دقائق")
    return minutes, f"{label} للقراءة"


def _slug(headline: str) -> str:
    return "-".join(quote(w) for w in re.sub(r"[^\w\s]", "", headline).split())


def _figure(article: Article, provider: str, image: str) -> str:
    caption = ("" if article.caption == "-" else
               f'<span class="caption-text">{e(article.caption)}</span> ')
    return f"""<figure class="article-image">
<img data-document-id="cms/api/amp/image/{image}" src="{IMG}/{image}.img?w=768&amp;h=432&amp;m=6" alt="{e(article.caption if article.caption != '-' else '')}" width="768" height="432" loading="eager">
<figcaption>{caption}<span class="image-attribution">© {e(provider)}</span></figcaption>
</figure>"""


def _body(article: Article, n: int, provider: str, image: str) -> str:
    parts = [_figure(article, provider, image)] if image else []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank" '
                                       f'rel="noopener noreferrer">{words}</a>', 1)
        parts.append(f"<h2>{html}</h2>" if HEADING.get(n) == k else f"<p>{html}</p>")
        if EMBED_AFTER.get(n) == k:
            parts.append(f'<div class="embed-wrapper"><div data-embed-type="social-auto" '
                         f'data-embed-id="se-{article.slug}"><a href="https://x.com/ain_library/'
                         f'status/18813{article.slug}4421" target="_blank" rel="noopener">'
                         f"{EMBED_LINK}</a></div></div>")
    return "\n".join(parts)


def _card(k: int, n: int, title: str) -> str:
    provider, ago = CARD_PROVIDERS[(k + n) % len(CARD_PROVIDERS)], AGO[(k + 2 * n) % len(AGO)]
    cid = f"AA1{'qrstuv'[k]}{n}Lm{k}"
    return f"""      <li class="feed-card" data-id="{cid}">
        <a class="card-link" href="{HOST}/ar-ae/news/other/{_slug(title)}/ar-{cid}">
          <img class="card-image" src="{IMG}/{cid}.img?w=300&amp;h=174&amp;m=6" alt="" loading="lazy">
          <div class="card-attribution"><img class="card-provider-logo" src="{IMG}/BB1c{k}{n}Qx.img?w=16&amp;h=16" alt=""><span class="card-provider">{provider}</span><span class="card-dot" aria-hidden="true">·</span><span class="card-time">{ago}</span></div>
          <h3 class="card-title">{e(title)}</h3>
        </a>
      </li>"""


def render(article: Article, n: int) -> Page:
    mid, provider, pid, partner, image, weather, likes, comments = PAGES[n]
    moment = article.moment
    slug = _slug(article.headline)
    url = f"{HOST}/ar-ae/news/other/{slug}/ar-{mid}"
    shown = _shown(moment)
    words = len(article.body.split())
    minutes, read_label = _read_time(words)
    page = Page(url=url, html="", shown_date=shown)
    page.add(SKIP, *(label for _, label in NAV), SIGN_IN, weather, provider, FOLLOW, shown,
             read_label, str(likes), str(comments or ""), SHARE)
    if article.author:
        page.add(f"{BYLINE} {article.author}")
    if image:
        page.add(f"© {provider}")
        if article.caption != "-":
            page.add(article.caption)
    if n in EMBED_AFTER:
        page.add(EMBED_LINK)
    if n != 2:
        page.add(CONTINUE)
    trending = rotate(LATEST, 3 * n, 4)
    cards = [*article.related, *rotate(MOST_READ, 5 * n, 3)]
    page.add(PROVIDED + provider, FEEDBACK, TRENDING, *trending, AD, MORE, SHOW_MORE, *cards,
             *FOOTER, f"© {moment.year} Microsoft")
    for k in range(len(cards)):
        page.add(CARD_PROVIDERS[(k + n) % len(CARD_PROVIDERS)], AGO[(k + 2 * n) % len(AGO)])
    body_html = _body(article, n, provider, image)
    abstract = article.lead[:180].rsplit(" ", 1)[0] + "…"
    source = f"https://{partner}/news/{moment:%Y/%m/%d}/{article.slug}"
    hero = f"{IMG}/{image or mid}.img?w=1200&h=675&m=4"
    state = {
        "id": mid, "type": "article", "locale": "ar-ae", "category": "news",
        "title": article.headline, "abstract": abstract, "body": body_html,
        "publishedDateTime": _utc(moment),
        "updatedDateTime": _utc(moment + timedelta(minutes=7 * n)),
        "authors": [{"name": article.author}] if article.author else [],
        "provider": {"id": pid, "name": provider, "logoUrl": f"{IMG}/{pid}.img",
                     "profileId": f"vid-{pid.lower()}x9"},
        "sourceHref": source, "keywords": list(article.tags),
        "facets": [{"key": "ProviderTags", "values": list(article.tags)}],
        "imageResources": ([{"url": f"{IMG}/{image}.img", "width": 1600, "height": 900,
                             "title": "" if article.caption == "-" else article.caption,
                             "attribution": f"© {provider}"}] if image else []),
        "socialEmbeds": ([{"id": f"se-{article.slug}", "postUrl":
                           f"https://x.com/ain_library/status/18813{article.slug}4421"}]
                         if n in EMBED_AFTER else []),
        "readTimeMin": minutes, "reactionSummary": {"totalCount": likes},
        "commentSummary": {"totalCount": comments}, "seo": {"canonicalUrl": url},
    }
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
        "description": abstract, "url": url, "mainEntityOfPage": url, "inLanguage": "ar-ae",
        "datePublished": _utc(moment), "dateModified": state["updatedDateTime"],
        "image": [hero], "keywords": ", ".join(article.tags),
        **({"author": [{"@type": "Person", "name": article.author}]} if article.author else {}),
        "publisher": {"@type": "Organization", "name": provider,
                      "logo": {"@type": "ImageObject", "url": f"{IMG}/{pid}.img"}},
        "isBasedOn": source,
    }
    settings = {
        "static_page": "false", "pagetype": "article", "apptype": "views",
        "bundleInfo": {"v": ("20240311.412", "20240701.388", "20250117.503")[n - 1],
                       "alias": "latest"},
        "locale": {"language": "ar", "market": "ae", "content": {"language": "ar",
                                                                 "market": "ae"}},
        "browser": {"browserType": "chrome", "version": "122", "ismobile": "false"},
        "deviceFormFactor": "desktop", "os": "windows", "domain": "www.msn.com",
        "servicesEndpoints": {"crs": {"domain": "", "path": "/resolver/api/resolve/", "v": "v3"},
                              "feedService": {"domain": "https://assets.msn.com", "path": "",
                                              "v": ""}},
        "ocid": "msedgntp", "contentId": mid,
    }
    state_json = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    ld_json = json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    nav = "\n".join(f'        <li class="nav-item"><a href="{HOST}/ar-ae/{path}"'
                    f'{" aria-current=" + chr(34) + "page" + chr(34) if path == "news" else ""}'
                    f">{label}</a></li>" for path, label in NAV)
    byline = (f'<span class="byline">{BYLINE} <span class="author-name">{e(article.author)}'
              f'</span></span>\n          <span class="meta-dot" aria-hidden="true">•</span>\n'
              f"          " if article.author else "")
    cont = (f'\n        <div class="continue-reading"><button class="continue-reading-button" '
            f'type="button" aria-expanded="false">{CONTINUE}</button></div>' if n != 2 else "")
    rail = "\n".join(f'          <li><a href="{HOST}/ar-ae/news/other/{_slug(t)}/ar-AA1r{k}{n}'
                     f'Tq">{e(t)}</a></li>' for k, t in enumerate(trending))
    feed = "\n".join(_card(k, n, t) for k, t in enumerate(cards))
    footer = "\n".join(f'        <li><a href="https://go.microsoft.com/fwlink/?LinkId='
                       f'{521839 + k}">{label}</a></li>' for k, label in enumerate(FOOTER))
    keywords = e(", ".join(article.tags))
    page.html = f"""<!DOCTYPE html>
<html lang="ar-ae" dir="rtl">
<head data-info="f:{FLIGHTS};" data-client-settings="{e(json.dumps(settings, separators=(",", ":")))}" data-js-ver="{settings["bundleInfo"]["v"]}">
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(article.headline)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{e(abstract)}">
<meta name="keywords" content="{keywords}">
<meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="MSN">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(abstract)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{e(hero)}">
<meta property="og:locale" content="ar_AE">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@MSN">
<meta name="twitter:title" content="{e(article.headline)}">
<meta name="twitter:description" content="{e(abstract)}">
<meta name="twitter:image" content="{e(hero)}">
<link rel="icon" href="https://assets.msn.com/statics/icons/favicon_newtabpage.png">
<link rel="preconnect" href="https://assets.msn.com" crossorigin>
<link rel="preconnect" href="https://img-s-msn-com.akamaized.net" crossorigin>
<link rel="stylesheet" href="{BUNDLES}/experience.{settings["bundleInfo"]["v"].replace(".", "")}.rtl.css">
<script type="application/ld+json">{ld_json}</script>
<script nonce="zqA6zjDHl/81SsvN21bK94VALHNLP0zWUj8+lCPnIws=">window._pageTimings = {{TTJSStart: Math.round(performance.now())}}; window.isRenderServiceEnv = false;</script>
</head>
<body class="article-page-body">
  <a class="skip-link" href="#main">{SKIP}</a>
  <div id="root" data-content-id="{mid}">
    <header class="msn-header" role="banner">
      <a class="msn-logo" href="{HOST}/ar-ae" aria-label="MSN"><svg width="64" height="24" aria-hidden="true" viewBox="0 0 64 24"><path d="M4 20V4h4l4 9 4-9h4v16h-4v-9l-3 7h-2l-3-7v9z"/></svg></a>
      <form class="search-box" action="https://www.bing.com/search" role="search" target="_blank">
        <input type="search" name="q" placeholder="البحث في الويب" aria-label="البحث في الويب" autocomplete="off">
        <input type="hidden" name="form" value="MSNSB1">
      </form>
      <div class="header-weather"><a href="{HOST}/ar-ae/weather/forecast"><img src="https://assets.msn.com/weathermapdata/1/static/weather/Icons/taskbar_v10/Condition_Card/SunnyDayV3.svg" alt="" width="20" height="20"><span class="temp">{weather}</span></a></div>
      <button class="sign-in-button" type="button">{SIGN_IN}</button>
    </header>
    <nav class="category-bar" aria-label="الفئات">
      <ul>
{nav}
      </ul>
    </nav>
    <main id="main" class="article-page">
      <div class="article-column">
      <article class="article-reader" data-t='{{"n":"article","t":13,"c.i":"{mid}","c.l":false}}'>
        <div class="provider-bar">
          <a class="provider-link" href="{HOST}/ar-ae/channel/source/{quote(provider)}/sr-{pid}" title="{e(provider)}"><img class="provider-logo" src="{IMG}/{pid}.img?w=32&amp;h=32&amp;m=6" alt="{e(provider)}" width="32" height="32"></a>
          <span class="provider-name">{e(provider)}</span>
          <button class="follow-button" type="button" aria-label="{FOLLOW} {e(provider)}">{FOLLOW}</button>
        </div>
        <h1 class="article-title">{e(article.headline)}</h1>
        <div class="article-meta">
          {byline}<time class="publish-time" datetime="{_utc(moment)}">{shown}</time>
          <span class="meta-dot" aria-hidden="true">•</span>
          <span class="read-time">{read_label}</span>
        </div>
        <div class="reactions-bar">
          <button class="reaction-button" type="button" aria-label="إعجاب"><span class="count">{likes}</span></button>
          <button class="comments-button" type="button" aria-label="التعليقات">{f'<span class="count">{comments}</span>' if comments else ""}</button>
          <button class="share-button" type="button">{SHARE}</button>
        </div>
        <div class="article-body{" truncated" if n != 2 else ""}" data-t='{{"n":"body"}}'>
{body_html}
        </div>{cont}
        <div class="article-attribution">{PROVIDED}<a href="{source}" target="_blank" rel="noopener">{e(provider)}</a></div>
        <button class="feedback-button" type="button">{FEEDBACK}</button>
      </article>
      </div>
      <aside class="right-rail">
        <section class="trending-module">
          <h2 class="module-heading">{TRENDING}</h2>
          <ol>
{rail}
          </ol>
        </section>
        <div class="ad-slot" id="native_ad_rr_1" data-ad-unit="ar-ae-article-rr"><span class="ad-label">{AD}</span></div>
      </aside>
    </main>
    <section class="more-for-you" aria-labelledby="mfy-heading">
      <h2 id="mfy-heading" class="feed-heading">{MORE}</h2>
      <ul class="feed-grid">
{feed}
      </ul>
      <button class="load-more" type="button">{SHOW_MORE}</button>
    </section>
    <footer class="msn-footer">
      <ul class="footer-links">
{footer}
        <li><button class="footer-feedback" type="button">{FEEDBACK}</button></li>
      </ul>
      <span class="copyright">© {moment.year} Microsoft</span>
    </footer>
  </div>
  <script id="article-state" type="application/json">{state_json}</script>
  <script nonce="zqA6zjDHl/81SsvN21bK94VALHNLP0zWUj8+lCPnIws=">(function(){{var b="{BUNDLES}/",v=["vendors","common","microsoft","experience"];v.forEach(function(n){{var s=document.createElement("script");s.src=b+n+".js";s.crossOrigin="anonymous";s.defer=true;document.body.appendChild(s)}});window.webpackJsonp=window.webpackJsonp||[]}})();</script>
</body>
</html>
"""
    return page
