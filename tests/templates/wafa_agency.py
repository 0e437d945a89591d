"""A state news agency's site (WAFA / SANA / QNA-like), Bootstrap 3 on an in-house CMS:
language links and today's date in Levantine months, an "عاجل" bar, the menu, then the
story: section, headline, "تاريخ النشر: 03-08-2024 | الساعة: 13:25" (no machine-readable
date but `og:updated_time`-less `<meta name="pubdate" content="20240803">`), print / send /
font-size icons and share links, a photo with caption, the text as `<p>`s in
`div.news-details-body` opening with the agency dateline ("رام الله 3-8-2024 وفا- ...": part
of the story as the agency writes it, so part of the body) and closing with the editor's
initials on a line of their own ("ي.ع": an internal desk mark, not text), keywords,
"أخبار ذات صلة" with their dates, a latest-news column and the agency footer. Agency
stories carry no writer: `author` is null."""

from __future__ import annotations

from datetime import timedelta

from .base import LEVANTINE, Article, Page, e, rotate, weekday

NAME = "wafa_agency"
HELD_OUT = True
SET = "unseen3"
FAMILY = "State news agency (WAFA-like): 'رام الله 3-8-2024 وفا-' dateline, ي.ع initials line"
HOST = "https://www.wafa-agency.example"
SITE = "وكالة الأنباء والمعلومات - وفا"
INITIALS = ("ي.ع", "م.ر", "ع.ف")
MENU = ("الرئيسية", "أخبار رئيسية", "محليات", "اقتصاد", "عربي ودولي", "صحة", "ثقافة", "صور",
        "فيديو", "أرشيف")
BREAKING = (
    "عاجل: الرئيس يستقبل وفدا من الاتحاد الأوروبي في رام الله",
    "عاجل: مجلس الوزراء يعقد جلسته الأسبوعية برئاسة رئيس الوزراء",
    "عاجل: التربية تعلن موعد بدء العام الدراسي الجديد",
)
LATEST = (
    "وزير الخارجية يبحث مع نظيره الأردني آخر التطورات",
    "افتتاح معرض للصناعات الوطنية في الخليل",
    "الأوقاف تعلن مواعيد رحلات العمرة للموسم المقبل",
    "بلدية نابلس تطلق مشروعا لتأهيل شبكة الطرق الداخلية",
    "سلطة الطاقة: خطة لتركيب أنظمة شمسية على المدارس",
    "جامعة بيرزيت تستضيف مؤتمرا دوليا حول التراث",
    "الزراعة تحذر من انتشار آفة سوسة النخيل الحمراء",
    "وزارة العمل تنظم يوما مفتوحا للتشغيل في جنين",
)
TOOLS = ("طباعة", "إرسال", "حجم الخط", "مشاركة")
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"
FOOTER_LINKS = ("عن الوكالة", "اتصل بنا", "خريطة الموقع", "RSS")
ACTIVE = ' class="active"'


def levantine_date(moment) -> str:
    return f"{weekday(moment)} {moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = f"{moment:%d-%m-%Y}"
    clock = f"{moment:%H:%M}"
    date_line = f"تاريخ النشر: {shown} | الساعة: {clock}"
    news_id = int(article.slug)
    page = Page(url=f"{HOST}/ar_page.aspx?id={article.slug}", html="", shown_date=shown)
    today = moment + timedelta(hours=7)
    top = levantine_date(today)
    initials = INITIALS[n - 1]
    latest = rotate(LATEST, n * 3, 6)
    latest_times = [(moment + timedelta(hours=6, minutes=-23 * k)).strftime("%H:%M")
                    for k in range(len(latest))]
    related_dates = [(moment - timedelta(days=4 + 9 * k)).strftime("%d-%m-%Y") for k in range(3)]
    breaking = BREAKING[n - 1]
    page.add(top, "English", "Français", " ".join(MENU), breaking, article.section, date_line,
             *TOOLS, "A+", "A-", "فيسبوك", "تويتر", "واتساب", article.caption, initials,
             "الكلمات المفتاحية:", "أخبار ذات صلة", *article.related, *related_dates,
             "آخر الأخبار", *[f"{t} {c}" for c, t in zip(latest, latest_times, strict=True)],
             " ".join(FOOTER_LINKS), FOOTER)
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<li{ACTIVE if label == article.section else ""}><a href="/ar_category.aspx?cat={k}">{label}</a></li>'
                     if k else f'<li><a href="/">{label}</a></li>'
                     for k, label in enumerate(MENU))
    tags = "\n".join(f'<a class="label label-default" href="/ar_search.aspx?tag={e(t)}">{e(t)}</a>'
                     for t in article.tags)
    related = "\n".join(
        f'<li class="list-group-item"><span class="news-date">{d}</span> <a href="/ar_page.aspx?id={news_id - 311 * (k + 1)}">{e(t)}</a></li>'
        for k, (t, d) in enumerate(zip(article.related, related_dates, strict=True)))
    latest_html = "\n".join(
        f'<li class="list-group-item"><span class="time">{t}</span> <a href="/ar_page.aspx?id={news_id + 40 + k}">{e(c)}</a></li>'
        for k, (c, t) in enumerate(zip(latest, latest_times, strict=True)))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(article.headline)}</title>
<meta name="description" content="{e(article.lead[:200])}" />
<meta name="keywords" content="{e(",".join(article.tags))}" />
<meta name="pubdate" content="{moment:%Y%m%d}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{page.url}" />
<meta property="og:image" content="{HOST}/image/NewsThumbImg/{moment:%Y}/{news_id}.jpg" />
<link href="/Content/bootstrap.rtl.min.css" rel="stylesheet" />
<link href="/Content/site.css?v=3.4" rel="stylesheet" />
</head>
<body>
<div class="top-bar">
<div class="container">
<span class="today">{top}</span>
<ul class="list-inline langs pull-left"><li><a href="https://english.wafa-agency.example/">English</a></li>
<li><a href="https://french.wafa-agency.example/">Français</a></li></ul>
</div>
</div>
<header class="container header"><a href="/" class="logo"><img src="/images/logo-ar.png" alt="{SITE}" /></a></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
{menu}
</ul></div></nav>
<div class="breaking container"><a href="/ar_page.aspx?id={news_id + 7}">{e(breaking)}</a></div>
<div class="container main">
<div class="row">
<div class="col-md-8">
<div class="news-details">
<div class="news-category"><a href="/ar_category.aspx?cat={n + 1}">{e(article.section)}</a></div>
<h1 class="news-title">{e(article.headline)}</h1>
<div class="news-meta clearfix">
<span class="news-date"><i class="fa fa-calendar"></i> تاريخ النشر: {shown} | الساعة: {clock}</span>
<div class="news-tools pull-left">
<a href="/ar_print.aspx?id={news_id}" target="_blank" title="{TOOLS[0]}"><i class="fa fa-print"></i> {TOOLS[0]}</a>
<a href="/ar_send.aspx?id={news_id}" title="{TOOLS[1]}"><i class="fa fa-envelope"></i> {TOOLS[1]}</a>
<span class="font-size">{TOOLS[2]} <a href="#" onclick="resizeText(1)">A+</a> <a href="#" onclick="resizeText(-1)">A-</a></span>
</div>
</div>
<div class="news-share">
<span>{TOOLS[3]}</span>
<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={page.url}" target="_blank"><i class="fa fa-facebook"></i> فيسبوك</a>
<a class="tw" href="https://twitter.com/intent/tweet?url={page.url}" target="_blank"><i class="fa fa-twitter"></i> تويتر</a>
<a class="wa" href="https://api.whatsapp.com/send?text={page.url}" target="_blank"><i class="fa fa-whatsapp"></i> واتساب</a>
</div>
<div class="news-image">
<img class="img-responsive" src="{HOST}/image/NewsThumbImg/{moment:%Y}/{news_id}.jpg" alt="{e(article.caption)}" />
<p class="image-caption">{e(article.caption)}</p>
</div>
<div class="news-details-body" id="newsBody">
{text}
<p>{initials}</p>
</div>
<div class="news-tags"><strong>الكلمات المفتاحية:</strong>
{tags}
</div>
<div class="related-news panel panel-default">
<div class="panel-heading"><h3 class="panel-title">أخبار ذات صلة</h3></div>
<ul class="list-group">
{related}
</ul>
</div>
</div>
</div>
<div class="col-md-4 sidebar">
<div class="panel panel-default latest">
<div class="panel-heading"><h3 class="panel-title">آخر الأخبار</h3></div>
<ul class="list-group">
{latest_html}
</ul>
</div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
<ul class="list-inline">
{chr(10).join(f'<li><a href="/ar_page.aspx?p={k}">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))}
</ul>
<p class="copyright">{FOOTER}</p>
</div></footer>
<script src="/Scripts/jquery-1.12.4.min.js"></script>
<script src="/Scripts/bootstrap.min.js"></script>
<script>function resizeText(m){{var b=document.getElementById('newsBody');var s=parseFloat(window.getComputedStyle(b).fontSize);b.style.fontSize=(s+m*2)+'px';}}</script>
</body>
</html>
"""
    return page
