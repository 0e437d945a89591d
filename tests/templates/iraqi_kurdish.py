"""The Arabic edition of a Kurdistan-region broadcaster's site (Erbil): a language switcher
(کوردی, Kurmancî, English, Türkçe), a live-TV link, the most-viewed list before the article
in the DOM, Iraqi month names with a relative time beside them ("3 تشرين الثاني 2024 -
01:40 | منذ ساعتين"), `article:published_time` in UTC (a day earlier than the local date on
page 1) while the JSON-LD carries the local time, a photo credit, tags, related news and a
comment form with its policy."""

from __future__ import annotations

import json
from datetime import UTC

from .base import LEVANTINE, Article, Page, e, rotate

NAME = "iraqi_kurdish"
HELD_OUT = True
SET = "fresh"
FAMILY = "Kurdistan-region portal (Arabic edition): Iraqi months, منذ ساعتين, UTC og time"
HOST = "https://www.kurdistan-alyawm.example"
SITE = "كوردستان اليوم"
MOST_VIEWED = (
    "افتتاح مطار جديد في محافظة حلبجة",
    "ارتفاع أسعار الدولار في أسواق أربيل والسليمانية",
    "زلزال بقوة 4.2 درجات يضرب الحدود العراقية الإيرانية",
    "منتخب العراق يستعد لمواجهة حاسمة في تصفيات كأس العالم",
    "بدء التسجيل على الأراضي السكنية للموظفين في دهوك",
    "انقطاع الطريق بين أربيل وكركوك بسبب الأمطار",
    "وزارة التربية تعلن موعد العطلة الربيعية",
)
POLICY = (f"{SITE} غير مسؤول عن محتوى التعليقات، ونرجو الالتزام بالاحترام وعدم الإساءة إلى "
          "الأشخاص أو المكونات")
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2025"
RELATIVE = ("منذ ساعتين", "منذ 5 ساعات", "منذ 3 ساعات")


def iraqi_date(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year} - {moment:%H:%M}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    shown = iraqi_date(moment)
    relative = RELATIVE[n - 1]
    page = Page(url=f"{HOST}/arabic/{'economy' if n == 3 else 'kurdistan'}/{article.slug}",
                html="", shown_date=shown)
    most = rotate(MOST_VIEWED, n * 2, 5)
    byline = f"{SITE} - {article.author}" if article.author else f"{SITE} - أربيل"
    page.add("کوردی", "Kurmancî", "English", "Türkçe", "بث مباشر",
             "الرئيسية كوردستان العراق الشرق الأوسط العالم اقتصاد رياضة", "الأكثر مشاهدة",
             *most, byline, shown, relative, article.caption, "الكلمات المفتاحية:", "شارك",
             "أخبار ذات صلة", *article.related, "التعليقات", "أضف تعليقاً", POLICY,
             "تابعنا على", "تطبيق كوردستان اليوم", FOOTER, "من نحن", "اتصل بنا")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": article.published, "dateModified": article.published,
          "inLanguage": "ar", "mainEntityOfPage": page.url,
          "image": [f"{HOST}/Content/images/{article.slug}.jpg"],
          "author": ({"@type": "Person", "name": article.author} if article.author else
                     {"@type": "Organization", "name": SITE}),
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/logo.png"}}}
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    side = "\n".join(
        f'<li class="most-viewed__item"><span class="most-viewed__rank">{k + 1}</span><a href="{HOST}/arabic/kurdistan/{170000 + n * 100 + k}">{e(t)}</a></li>'
        for k, t in enumerate(most))
    tags = "\n".join(f'<a class="article-tags__tag" href="{HOST}/arabic/tag/{e(t)}">{e(t)}</a>'
                     for t in article.tags)
    related = "\n".join(
        f'<div class="related__item"><a href="{HOST}/arabic/kurdistan/{int(article.slug) - 700 * (k + 1)}"><img src="{HOST}/Content/thumbs/r{k}.jpg" alt=""><h4>{e(t)}</h4></a></div>'
        for k, t in enumerate(article.related))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(article.lead[:160])}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{page.url}" />
<meta property="og:image" content="{HOST}/Content/images/{article.slug}.jpg" />
<meta property="article:published_time" content="{utc}" />
<meta property="article:section" content="{e(article.section)}" />
<link rel="alternate" hreflang="ckb" href="{HOST}/sorani/" />
<link rel="alternate" hreflang="en" href="{HOST}/english/" />
<link rel="canonical" href="{page.url}" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link href="/Content/css/site.min.css?v=3.8.1" rel="stylesheet" />
</head>
<body class="lang-ar">
<header class="header">
<div class="header__top">
<ul class="lang-switch">
<li><a href="{HOST}/sorani/" lang="ckb">کوردی</a></li>
<li><a href="{HOST}/kurmanci/" lang="kmr">Kurmancî</a></li>
<li><a href="{HOST}/english/" lang="en">English</a></li>
<li><a href="{HOST}/turkish/" lang="tr">Türkçe</a></li>
</ul>
<a class="header__live" href="{HOST}/arabic/live">بث مباشر</a>
</div>
<a class="header__logo" href="{HOST}/arabic"><img src="/Content/img/logo-ar.svg" alt="{SITE}" /></a>
<nav class="header__nav"><ul>
<li><a href="{HOST}/arabic">الرئيسية</a></li>
<li><a href="{HOST}/arabic/kurdistan">كوردستان</a></li>
<li><a href="{HOST}/arabic/iraq">العراق</a></li>
<li><a href="{HOST}/arabic/middleeast">الشرق الأوسط</a></li>
<li><a href="{HOST}/arabic/world">العالم</a></li>
<li><a href="{HOST}/arabic/economy">اقتصاد</a></li>
<li><a href="{HOST}/arabic/sport">رياضة</a></li>
</ul></nav>
</header>
<div class="container page">
<aside class="most-viewed"><h3 class="most-viewed__title">الأكثر مشاهدة</h3><ol>
{side}
</ol></aside>
<main class="article-main">
<div class="article-main__section"><a href="{HOST}/arabic/kurdistan">{e(article.section)}</a></div>
<h1 class="article-main__title">{e(article.headline)}</h1>
<div class="article-main__meta">
<span class="article-main__author">{e(byline)}</span>
<span class="article-main__date"><span class="date">{shown}</span> | <span class="ago">{relative}</span></span>
</div>
<figure class="article-main__img"><img src="{HOST}/Content/images/{article.slug}.jpg" alt="" /><figcaption>{e(article.caption)}</figcaption></figure>
<div class="article-main__content">
{text}
</div>
<div class="article-tags"><span class="article-tags__label">الكلمات المفتاحية:</span>
{tags}
</div>
<div class="article-share"><span>شارك</span> <a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={page.url}"></a> <a class="x" href="https://x.com/intent/post?url={page.url}"></a> <a class="tg" href="https://t.me/share/url?url={page.url}"></a></div>
<section class="related"><h3>أخبار ذات صلة</h3>
{related}
</section>
<section class="comments"><h3>التعليقات</h3>
<p class="comments__policy">{POLICY}</p>
<form class="comments__form" method="post" action="/arabic/comment/{article.slug}"><textarea name="body" rows="4"></textarea><input type="text" name="name" placeholder="الاسم"><button type="submit">أضف تعليقاً</button></form>
</section>
</main>
</div>
<footer class="footer">
<div class="footer__social">تابعنا على <a href="https://www.facebook.com/kurdistanalyawm">Facebook</a> <a href="https://www.youtube.com/@kurdistanalyawm">YouTube</a></div>
<div class="footer__app"><a href="{HOST}/app">تطبيق كوردستان اليوم</a></div>
<ul class="footer__links"><li><a href="{HOST}/arabic/about">من نحن</a></li> <li><a href="{HOST}/arabic/contact">اتصل بنا</a></li></ul>
<p class="footer__copy">{FOOTER}</p>
</footer>
</body>
</html>
"""
    return page
