"""A page of a Gulf state news agency (Oman News Agency-like): a top bar with the English menu
("Home Oman World Business Sports Photos Videos") and the "English" switch, the Arabic main
menu, the section, the headline, the date "الاثنين، 03 يونيو 2024 - 10:15 ص", the share
icons, the photo, the text with the agency's dateline "مسقط في 3 يونيو /العُمانية/" opening the
lead's own sentence (the agency's text: `body`), the closing tag and the editor's initials on
lines of their own ("/العُمانية/" then "ع خ": the desk mark, chrome), a photo gallery of
thumbnails with their captions ("ألبوم الصور"), "الأخبار المحلية" (the section's latest
stories), "الأكثر قراءة" and a bilingual footer. `article:published_time` in UTC; no writer."""

from __future__ import annotations

from datetime import UTC

from .base import MONTHS, Article, Page, e, weekday

NAME = "om_gov_agency"
HELD_OUT = True
SET = "unseen5"
FAMILY = "Oman News Agency-like: bilingual menus, /العُمانية/ dateline and closing, initials"
HOST = "https://www.omannews-agency.example"
SITE = "وكالة الأنباء العُمانية"
EN_MENU = ("Home", "Oman", "World", "Business", "Sports", "Photos", "Videos")
MENU = ("الرئيسية", "محلي", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "ألبوم الصور",
        "فيديو", "الخدمات")
INITIALS = {"oman-tourism-first-quarter": "ع خ", "khareef-dhofar-visitors": "ع ع",
            "sohar-freezone-investments": "س ج"}
GALLERY = {
    "oman-tourism-first-quarter": ("سياح في سوق مطرح التقليدي", "شاطئ القرم في محافظة مسقط",
                                   "مجموعة من الزوار في قلعة نزوى"),
    "khareef-dhofar-visitors": ("شلالات وادي دربات في موسم الخريف", "زوار في سهل أتين",
                                "فعاليات تراثية في مركز البلدية الترفيهي"),
    "sohar-freezone-investments": ("رافعات ميناء صحار", "مصانع في المنطقة الحرة بصحار",
                                   "تبادل الاتفاقيات بين الجانبين"),
}
LOCAL = (
    "جلالة السلطان يتلقى برقية تهنئة من رئيس جمهورية سنغافورة",
    "مجلس الشورى يناقش مشروع قانون الإعلام",
    "وزارة العمل تعلن عن توفير 1200 فرصة عمل في القطاع الخاص",
    "هيئة حماية المستهلك تضبط مخالفات في محال تجارية بشمال الباطنة",
    "انطلاق أعمال المؤتمر الوطني للتعليم المدرسي بمسقط",
    "وزارة الصحة تطلق الحملة الوطنية للتحصين ضد الحصبة",
)
MOST_READ = (
    "الأرصاد: فرص لهطول أمطار رعدية على جبال الحجر الغربي",
    "الإعلان عن موعد صرف معاشات المتقاعدين",
    "النفط العُماني يرتفع في تعاملات اليوم",
    "وزارة التعليم تعلن التقويم الدراسي للعام المقبل",
)
SHARE = ("facebook", "x-twitter", "whatsapp", "linkedin")
FOOTER_AR = f"جميع الحقوق محفوظة © {SITE} 2024"
FOOTER_EN = "All Rights Reserved © Oman News Agency 2024"


def clock(moment) -> str:
    return f"{moment.hour % 12 or 12:02d}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 2091 + 337 * n
    url = f"{HOST}/ar/Story/{news_id}"
    shown = f"{weekday(moment)}، {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year} - {clock(moment)}"
    page = Page(url=url, html="", shown_date=shown)
    closing = f"/العُمانية/ {INITIALS[article.slug]}"
    gallery = GALLERY[article.slug]
    local = (*article.related, *LOCAL[n:n + 3])
    page.add(" ".join(EN_MENU), "English", " ".join(MENU), article.section, shown,
             article.caption, closing, "ألبوم الصور", *gallery, "الأخبار المحلية", *local,
             "الأكثر قراءة", *MOST_READ, FOOTER_AR, FOOTER_EN)
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    en_menu = "\n".join(f'<li><a href="{HOST}/en/{"" if k == 0 else f"Category/{k}"}">{label}</a></li>' for k, label in enumerate(EN_MENU))
    menu = "\n".join(f'<li class="nav-item{" active" if label == article.section else ""}"><a class="nav-link" href="{HOST}/ar/{"" if k == 0 else f"Category/{k}"}">{label}</a></li>'
                     for k, label in enumerate(MENU))
    share = "\n".join(f'<a class="share-{s}" href="https://share.example/{s}?u={url}" target="_blank" aria-label="{s}"><i class="fa-brands fa-{s}"></i></a>' for s in SHARE)
    thumbs = "\n".join(f'<div class="col-4 gallery-item"><a href="{HOST}/ar/Gallery/{news_id}/{k + 1}" data-fancybox="story"><img src="{HOST}/Images/Gallery/{news_id}_{k + 1}_thumb.jpg" alt="{e(c)}" class="img-fluid"></a><p class="gallery-caption">{e(c)}</p></div>'
                       for k, c in enumerate(gallery))
    local_html = "\n".join(f'<li><a href="{HOST}/ar/Story/{news_id - 7 - 3 * k}">{e(t)}</a></li>' for k, t in enumerate(local))
    most_html = "\n".join(f'<li><a href="{HOST}/ar/Story/{news_id - 400 - 11 * k}">{e(t)}</a></li>' for k, t in enumerate(MOST_READ))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(article.lead[:160])}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/Images/Story/{news_id}.jpg">
<meta property="article:published_time" content="{utc}">
<link rel="alternate" hreflang="en" href="{HOST}/en/Story/{news_id + 1}">
<link rel="stylesheet" href="{HOST}/Content/css/bootstrap.rtl.min.css">
<link rel="stylesheet" href="{HOST}/Content/css/site.css?v=20240501">
</head>
<body class="ar">
<div class="top-bar"><div class="container d-flex justify-content-between">
<ul class="en-nav list-inline" dir="ltr" lang="en">
{en_menu}
</ul>
<a class="lang-switch" href="{HOST}/en/" lang="en">English</a>
</div></div>
<header class="site-header"><div class="container"><a href="{HOST}/ar/"><img src="{HOST}/Content/images/ona-logo.svg" alt="{SITE}" height="70"></a></div></header>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">
{menu}
</ul></div></nav>
<main class="container py-4"><div class="row">
<div class="col-lg-8">
<div class="story-details">
<span class="story-category"><a href="{HOST}/ar/Category/1">{e(article.section)}</a></span>
<h1 class="story-title">{e(article.headline)}</h1>
<div class="story-meta"><span class="story-date"><i class="fa-regular fa-calendar"></i> {shown}</span>
<div class="story-share">{share}</div></div>
<figure class="story-image"><img src="{HOST}/Images/Story/{news_id}.jpg" class="img-fluid" alt="{e(article.caption)}"><figcaption>{e(article.caption)}</figcaption></figure>
<div class="story-text">
{text}
<p class="agency-closing">/العُمانية/
<br>{INITIALS[article.slug]}</p>
</div>
<div class="story-gallery"><h3 class="block-title">ألبوم الصور</h3><div class="row">
{thumbs}
</div></div>
</div>
</div>
<aside class="col-lg-4">
<div class="side-block"><h3 class="block-title">الأخبار المحلية</h3><ul class="news-list">
{local_html}
</ul></div>
<div class="side-block"><h3 class="block-title">الأكثر قراءة</h3><ol class="news-list">
{most_html}
</ol></div>
</aside>
</div></main>
<footer class="site-footer"><div class="container text-center">
<p>{FOOTER_AR}</p>
<p dir="ltr" lang="en">{FOOTER_EN}</p>
</div></footer>
<script src="{HOST}/Scripts/jquery-3.7.1.min.js"></script>
<script src="{HOST}/Scripts/fancybox.umd.js"></script>
</body>
</html>
"""
    return page
