"""The AMP page of an Egyptian news portal (a custom AMP template, not a WordPress plugin) as
Google's AMP cache serves it: the URL on `*.cdn.ampproject.example/c/s/...`, the cache's
`amp-cache` script origins, `<html ⚡>` with `amp-boilerplate`, an `amp-sidebar` menu and its
hamburger, `amp-consent` for the cookie notice, the section, the headline, "كتب <name>"
(the byline the Egyptian desk puts above the text; "كتب: المحرر" for agency-based copy), the
date in `<time datetime="...+02:00">` printed "الثلاثاء، 14 مايو 2024 03:15 م", `amp-img`
with its caption, `amp-social-share` buttons, `amp-ad` slots and two "اقرأ أيضا" lists of
links between the paragraphs, the "تابع أحدث الأخبار عبر Google News" line after the text,
the tags, "الأكثر قراءة", `amp-analytics` and the footer; a NewsArticle JSON-LD."""

from __future__ import annotations

import json

from .base import MONTHS, Article, Page, e, weekday

NAME = "eg_amp_google"
HELD_OUT = True
SET = "unseen4"
FAMILY = "Egyptian portal's AMP page from the AMP cache: amp-sidebar, اقرأ أيضا lists, +02:00"
ORIGIN = "www.misr-alaan.example"
HOST = "https://www-misr--alaan-example.cdn.ampproject.example"
SITE = "مصر الآن"
MENU = ("الرئيسية", "أخبار مصر", "اقتصاد", "حوادث", "رياضة", "فن", "ثقافة", "محافظات",
        "المرأة والمنوعات", "فيديو")
MOST_READ = (
    "سعر الدولار اليوم أمام الجنيه في البنوك المصرية",
    "الأرصاد تكشف حالة الطقس خلال الأيام المقبلة",
    "موعد صرف مرتبات الشهر الجاري للعاملين بالدولة",
    "نتيجة الشهادة الإعدادية بالاسم ورقم الجلوس",
    "أسعار الذهب اليوم في مصر بمنتصف التعاملات",
    "جدول مواعيد القطارات على خط القاهرة الإسكندرية",
    "الأهلي يعلن قائمة الفريق لمواجهة الجولة المقبلة",
)
SHARE = ("facebook", "twitter", "whatsapp", "telegram", "email")
GOOGLE_NEWS = f"تابع أحدث الأخبار عبر تطبيق Google News وانضم إلى قناة {SITE} على واتساب"
CONSENT = "يستخدم هذا الموقع ملفات تعريف الارتباط لتقديم الخدمات وتحليل حركة الزيارات."
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "النسخة الكاملة")


def egyptian_date(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{weekday(moment)}، {moment.day} {MONTHS[moment.month - 1]} {moment.year} "
            f"{hour:02d}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 6512300 + 4411 * n
    section_slug = {"أخبار مصر": "Egypt", "اقتصاد": "Economy", "ثقافة": "Culture"}[article.section]
    path = f"amp/{section_slug}/{moment:%Y/%m/%d}/{news_id}"
    url = f"{HOST}/c/s/{ORIGIN}/{path}"
    shown = egyptian_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    byline = f"كتب {article.author}" if article.author else "كتب: المحرر"
    read_also = (article.related[:2], article.related[2:])
    page.add(SITE, " ".join(MENU), "القائمة", CONSENT, "موافق", "الإعدادات", article.section,
             byline, shown, article.caption, "إعلان", "اقرأ أيضا", *article.related,
             GOOGLE_NEWS, "الكلمات المفتاحية", "الأكثر قراءة", *MOST_READ[n:n + 5],
             " ".join(FOOTER_LINKS), FOOTER)
    ad = ('<div class="ad-box"><span class="ad-label">إعلان</span><amp-ad width="300" height="250" type="doubleclick" '
          'data-slot="/22719373/misralaan_amp_article_{}" data-multi-size="320x50,300x600" '
          'data-loading-strategy="prefer-viewability-over-views" rtc-config=\'{{"vendors":{{"aps":{{"PUB_ID":"600","PARAMS":{{"amp":"1"}}}}}}}}\'>'
          '<div placeholder></div><div fallback></div></amp-ad></div>')

    def also(items: tuple[str, ...], k: int) -> str:
        links = "\n".join(f'<li><a href="https://{ORIGIN}/{section_slug}/{moment:%Y/%m/%d}/{news_id - 97 * (k * 2 + j + 1)}">{e(t)}</a></li>'
                          for j, t in enumerate(items))
        return f'<div class="read-also"><p class="read-also-title">اقرأ أيضا</p><ul>\n{links}\n</ul></div>'

    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(1, ad.format(1))
    parts.insert(3, also(read_also[0], 0))
    parts.insert(5, ad.format(2))
    parts.insert(7, also(read_also[1], 1))
    body = "\n".join(parts)
    menu = "\n".join(f'<li><a href="https://{ORIGIN}/{"" if k == 0 else f"Section/{k}"}">{label}</a></li>'
                     for k, label in enumerate(MENU))
    share = "\n".join(f'<amp-social-share type="{s}" width="36" height="36" data-param-url="https://{ORIGIN}/{path}"'
                      f'{" data-param-app_id=&quot;2314598765&quot;" if s == "facebook" else ""}></amp-social-share>'
                      for s in SHARE)
    tags = "\n".join(f'<a href="https://{ORIGIN}/Tags/{e(t)}">{e(t)}</a>' for t in article.tags)
    most = "\n".join(f'<li><a href="https://{ORIGIN}/amp/most/{news_id - 1000 - k}">{e(t)}</a></li>'
                     for k, t in enumerate(MOST_READ[n:n + 5]))
    writer = article.author or SITE
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": f"https://{ORIGIN}/{section_slug}/{moment:%Y/%m/%d}/{news_id}"},
          "headline": article.headline, "description": article.lead[:200],
          "image": {"@type": "ImageObject", "url": f"https://img.{ORIGIN}/Large/{moment:%Y%m%d}{news_id}.jpg", "width": 1200, "height": 675},
          "datePublished": article.published, "dateModified": article.published,
          "author": {"@type": "Person" if article.author else "Organization", "name": writer},
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"https://{ORIGIN}/images/logo-amp.png", "width": 600, "height": 60}}}
    page.html = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl" amp-version="2404180110000" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="google;v=1">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="preconnect" href="https://cdn.ampproject.example/">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.example/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.example/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.example/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.example/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.example/v0/amp-analytics-0.1.js"></script>
<title>{e(article.headline)} - {SITE}</title>
<link rel="canonical" href="https://{ORIGIN}/{section_slug}/{moment:%Y/%m/%d}/{news_id}">
<meta name="description" content="{e(article.lead[:200])}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:image" content="https://img.{ORIGIN}/Large/{moment:%Y%m%d}{news_id}.jpg">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-runtime="" i-amphtml-version="012404180110000">html{{overflow-x:hidden!important}}</style>
<style amp-custom>body{{font-family:Tahoma,Arial,sans-serif;direction:rtl}}.read-also{{border-right:4px solid #c00;padding:8px}}.ad-label{{font-size:11px;color:#999}}</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-MSRALAAN{n}","config":{{"G-MSRALAAN{n}":{{"groups":"default"}}}}}}}}</script></amp-analytics>
<amp-consent id="consent" layout="nodisplay"><script type="application/json">{{"consentInstanceId":"misralaan-consent","consentRequired":true,"promptUI":"consent-ui"}}</script>
<div id="consent-ui" class="consent-ui"><p>{CONSENT}</p><button on="tap:consent.accept" role="button">موافق</button> <button on="tap:consent.prompt(consent=misralaan-consent)" role="button">الإعدادات</button></div>
</amp-consent>
<amp-sidebar id="sidebar" layout="nodisplay" side="right">
<button on="tap:sidebar.close" class="close">✕</button>
<ul class="sidebar-menu">
{menu}
</ul>
</amp-sidebar>
<header class="amp-header">
<button on="tap:sidebar.toggle" class="hamburger" aria-label="القائمة">القائمة</button>
<a href="https://{ORIGIN}/" class="logo"><amp-img src="https://{ORIGIN}/images/logo-amp.png" width="180" height="40" alt="{SITE}"></amp-img><span class="sr-only">{SITE}</span></a>
</header>
<main class="article-amp">
<div class="section-label"><a href="https://{ORIGIN}/Section/{n}">{e(article.section)}</a></div>
<h1 class="article-title">{e(article.headline)}</h1>
<div class="article-meta">
<span class="writer">{e(byline)}</span>
<time datetime="{article.published}">{shown}</time>
</div>
<figure class="main-img">
<amp-img src="https://img.{ORIGIN}/Large/{moment:%Y%m%d}{news_id}.jpg" width="1200" height="675" layout="responsive" alt="{e(article.caption)}"></amp-img>
<figcaption>{e(article.caption)}</figcaption>
</figure>
<div class="share-bar">
{share}
</div>
<div class="article-body">
{body}
</div>
<p class="google-news">{GOOGLE_NEWS}</p>
<div class="tags"><span class="tags-title">الكلمات المفتاحية</span>
{tags}
</div>
<div class="most-read"><h3>الأكثر قراءة</h3><ol>
{most}
</ol></div>
</main>
<footer class="amp-footer">
<ul>{" ".join(f'<li><a href="https://{ORIGIN}/Page/{k}">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))}</ul>
<p>{FOOTER}</p>
</footer>
</body>
</html>
"""
    return page
