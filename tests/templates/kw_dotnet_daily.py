"""A Kuwaiti daily on a proprietary ASP.NET MVC CMS (Al-Rai / Al-Qabas-like): a red "عاجل" bar
under the menu, a prayer-times and weather strip in the header, the site name before the
headline in `<title>` ("<site> | <headline>"), `div.article-section` and `h1.article-title`, the
writer's name (or "المصدر: كونا" on agency copy) in `div.article-author`, the date as the CMS
prints it ("الأحد 12 مايو 2024 - 10:45 ص") with a relative time beside it ("منذ 3 ساعات"), a
font-size / print / views tool row, the text in `div.article-desc` with two "اقرأ أيضاً: <title>"
paragraphs inserted by the CMS between the paragraphs and a "تابع آخر الأخبار" line closing it,
the keywords, "مقالات ذات صلة", a comment form and the "الأكثر قراءة" column after the article;
`article:published_time` without an offset (local time), JSON-LD with `+03:00`."""

from __future__ import annotations

import json

from .base import MONTHS, Article, Page, e, weekday

NAME = "kw_dotnet_daily"
HELD_OUT = True
SET = "unseen6"
FAMILY = "Kuwaiti daily on ASP.NET MVC: عاجل bar, inline اقرأ أيضاً paragraphs, relative + absolute date"
HOST = "https://www.alwatan-alkhaleej.example"
SITE = "الوطن الخليجي"
MENU = ("الرئيسية", "محليات", "برلمان", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة وفنون",
        "مقالات", "ملاحق", "فيديو")
BREAKING = (
    "عاجل | مجلس الوزراء يقر مشروع قانون الإقامة الجديد",
    "عاجل | الداخلية: ضبط 23 مخالفا لقانون الإقامة في حملة على جليب الشيوخ",
    "عاجل | الكهرباء: الأحمال تسجل 16 ألف ميغاواط",
)
PRAYER = ("الفجر 03:21", "الظهر 11:41", "العصر 15:19", "المغرب 18:32", "العشاء 19:56")
AGO = ("منذ 3 ساعات", "منذ 5 أيام", "منذ شهرين")
MOST_READ = (
    "تعرف على مواعيد الدوام الرسمي في الجهات الحكومية",
    "البنك المركزي يحذر من رسائل احتيالية تنتحل صفته",
    "الجامعة تعلن نتائج القبول للفصل الدراسي الأول",
    "التأمينات: صرف المعاشات قبل الموعد المعتاد",
    "وزارة التجارة تغلق 12 محلا لبيع الذهب المغشوش",
    "الطيران المدني: تشغيل المبنى الجديد مطلع العام",
)
FOLLOW = "تابع آخر الأخبار عبر حسابنا على منصة X"
FOOTER = f"جميع الحقوق محفوظة لـ {SITE} © 2024"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "الإعلانات", "الاشتراكات", "سياسة الخصوصية")


def kuwait_date(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year} - "
            f"{hour:02d}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    art_id = 1683000 + 4721 * n
    url = f"{HOST}/article/{art_id}/{article.slug}"
    shown = kuwait_date(moment)
    ago = AGO[n - 1]
    page = Page(url=url, html="", shown_date=shown)
    byline = article.author or "المصدر: كونا"
    views = f"المشاهدات: {1245 + 3917 * n}"
    most = MOST_READ[n - 1:n + 3]
    page.add(" ".join(MENU), *BREAKING, "مواقيت الصلاة", *PRAYER, SITE, article.section,
             byline, ago, "A+", "A-", "طباعة", views, "اقرأ أيضاً:", article.related[0],
             article.related[1], FOLLOW, "الكلمات المفتاحية", "مقالات ذات صلة",
             article.related[2], "أضف تعليقك", "إرسال", "الأكثر قراءة", *most,
             " ".join(FOOTER_LINKS), FOOTER, article.caption)
    paras = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    also = ('<p class="read-also"><strong>اقرأ أيضاً:</strong> '
            '<a href="{0}/article/{1}/x" target="_blank">{2}</a></p>')
    paras.insert(2, also.format(HOST, art_id - 77, e(article.related[0])))
    paras.insert(5, also.format(HOST, art_id - 154, e(article.related[1])))
    paras.append(f'<p class="follow-x"><a href="https://x.com/alwatan_kh" target="_blank">{FOLLOW}</a></p>')
    body = "\n".join(paras)
    menu = "\n".join(f'<li class="nav-item"><a class="nav-link" href="{HOST}/section/{k}">{m}</a></li>'
                     for k, m in enumerate(MENU))
    breaking = "\n".join(f'<li><a href="{HOST}/article/{art_id + 31 + k}">{e(b)}</a></li>'
                         for k, b in enumerate(BREAKING))
    prayer = "\n".join(f"<li>{p}</li>" for p in PRAYER)
    tags = " ".join(f'<a class="tag" href="{HOST}/tags/{e(t)}">{e(t)}</a>' for t in article.tags)
    most_html = "\n".join(f'<li><span class="num">{k + 1}</span><a href="{HOST}/article/{art_id - 900 - k}">{e(t)}</a></li>'
                          for k, t in enumerate(most))
    footer = "\n".join(f'<li><a href="{HOST}/page/{k}">{f}</a></li>' for k, f in enumerate(FOOTER_LINKS))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": article.published, "dateModified": article.published,
          "mainEntityOfPage": url, "articleSection": article.section,
          "author": {"@type": "Person" if article.author else "Organization",
                     "name": article.author or SITE},
          "image": f"https://cdn.alwatan-alkhaleej.example/images/{art_id}.jpg",
          "publisher": {"@type": "Organization", "name": SITE}}
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{SITE} | {e(article.headline)}</title>
<meta name="description" content="{e(article.lead[:150])}" />
<meta name="keywords" content="{e(",".join(article.tags))}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="https://cdn.alwatan-alkhaleej.example/images/{art_id}.jpg" />
<meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S}" />
<meta property="article:section" content="{e(article.section)}" />
<link href="/Content/css/bootstrap.rtl.min.css?v=638512" rel="stylesheet" />
<link href="/Content/css/site.min.css?v=638512" rel="stylesheet" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<form action="/article/{art_id}/{article.slug}" method="post" id="mainForm"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8N3kq-1xYpX0tM7rJ2wQ" />
<header class="site-header">
<div class="top-strip container"><div class="prayer-times"><span class="title">مواقيت الصلاة</span><ul>{prayer}</ul></div>
<div class="weather"><i class="wi wi-day-sunny"></i> 41°</div></div>
<div class="logo-row container"><a href="{HOST}/" class="logo"><img src="/Content/images/logo.svg" alt="{SITE}" /></a></div>
<nav class="navbar navbar-expand-lg main-nav"><ul class="navbar-nav">
{menu}
</ul></nav>
<div class="breaking-bar"><div class="container"><span class="label">عاجل</span><ul class="breaking-list" data-interval="4000">
{breaking}
</ul></div></div>
</header>
<main class="container"><div class="row">
<div class="col-lg-8 article-col">
<article class="article-details" data-id="{art_id}">
<div class="article-section"><a href="{HOST}/section/{n}">{e(article.section)}</a></div>
<h1 class="article-title">{e(article.headline)}</h1>
<div class="article-info">
<div class="article-author">{e(byline)}</div>
<div class="article-date"><span class="date"><i class="far fa-clock"></i> {shown}</span> <span class="ago">{ago}</span></div>
</div>
<div class="article-tools"><a href="javascript:void(0)" class="font-up">A+</a> <a href="javascript:void(0)" class="font-down">A-</a> <a href="{HOST}/article/print/{art_id}" class="print">طباعة</a> <span class="views"><i class="far fa-eye"></i> {views}</span></div>
<figure class="article-img"><img src="https://cdn.alwatan-alkhaleej.example/images/{art_id}.jpg" alt="{e(article.headline)}" class="img-fluid" /><figcaption>{e(article.caption)}</figcaption></figure>
<div class="article-desc">
{body}
</div>
<div class="article-tags"><span class="title">الكلمات المفتاحية</span> {tags}</div>
</article>
<section class="related-articles"><h3 class="section-title">مقالات ذات صلة</h3><ul>
<li><a href="{HOST}/article/{art_id - 231}/x">{e(article.related[2])}</a></li>
</ul></section>
<section class="comments"><h3>أضف تعليقك</h3>
<div class="form-group"><input class="form-control" name="Name" placeholder="الاسم" /></div>
<div class="form-group"><textarea class="form-control" name="Body" placeholder="التعليق"></textarea></div>
<button type="submit" class="btn btn-primary">إرسال</button></section>
</div>
<aside class="col-lg-4 sidebar"><div class="most-read"><h3 class="section-title">الأكثر قراءة</h3><ol>
{most_html}
</ol></div></aside>
</div></main>
<footer class="site-footer"><ul class="footer-links">{footer}</ul>
<p class="copyright">{FOOTER}</p></footer>
</form>
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/site.min.js?v=638512"></script>
</body>
</html>
"""
    return page
