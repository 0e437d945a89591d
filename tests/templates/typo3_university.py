"""A university's news page on TYPO3 12 with the `news` extension (georgringer/news) in a
Bootstrap package site: a service bar (بوابة الطلبة، البريد الجامعي، المكتبة) and the language
menu ("English" / "العربية"), the main menu, breadcrumbs, then `div.news.news-single >
div.article[itemscope]`: the headline, the footer line with `<span class="news-list-date"><time
itemprop="datePublished" datetime="2024-10-08">08. أكتوبر 2024</time></span>` (strftime "%d.
%B %Y" in the Arabic locale), the category and the author ("إعداد: ..."; the press office when
none), the teaser as `div.lead`, the media element with its caption and copyright, the body
as content elements (`frame frame-default frame-type-text > ce-bodytext`), "شارك هذا الخبر",
the tags, related news, a "رجوع" link; beside it the events sidebar ("الفعاليات القادمة" with
their dates) and the faculty's contact block; the footer with the address and the
accreditation logos' alt texts."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, Article, Page, e

NAME = "typo3_university"
HELD_OUT = True
SET = "unseen4"
FAMILY = "University news on TYPO3 + tx_news: news-single, ce-bodytext, news-list-date, events"
HOST = "https://www.almanara-univ.example"
SITE = "جامعة المنارة الوطنية"
SERVICE = ("بوابة الطلبة", "البريد الجامعي", "المكتبة", "التعلم الإلكتروني")
MENU = ("عن الجامعة", "الكليات", "القبول والتسجيل", "البحث العلمي", "الحياة الجامعية",
        "المركز الإعلامي")
FACULTY = {"robotics-team-wins-regional": "كلية الهندسة",
           "new-masters-data-science": "عمادة الدراسات العليا",
           "date-palm-research-grant": "كلية العلوم الزراعية"}
PRESS = "مكتب الإعلام والعلاقات العامة"
EVENTS = (
    ("محاضرة عامة: الاقتصاد الأخضر وفرص العمل", 3),
    ("يوم التوظيف المفتوح لطلبة السنة الأخيرة", 9),
    ("ورشة عمل: الكتابة الأكاديمية للنشر الدولي", 12),
    ("حفل تكريم أوائل الطلبة", 17),
    ("معرض المشاريع الهندسية السنوي", 24),
)
FOOTER_LINKS = ("خريطة الموقع", "سياسة الخصوصية", "بيان إمكانية الوصول", "الوظائف", "اتصل بنا")
ADDRESS = "الحرم الجامعي الرئيسي، طريق الجامعة، ص.ب 1180"
ACCREDITATION = ("هيئة اعتماد مؤسسات التعليم العالي", "اتحاد الجامعات العربية")


def typo3_date(moment) -> str:
    return f"{moment:%d}. {MONTHS[moment.month - 1]} {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = typo3_date(moment)
    uid = 1530 + 43 * n
    url = f"{HOST}/ar/news/detail/{article.slug}"
    page = Page(url=url, html="", shown_date=shown)
    faculty = FACULTY[article.slug]
    writer = f"إعداد: {article.author}" if article.author else f"إعداد: {PRESS}"
    events = [(title, moment + timedelta(days=d + n)) for title, d in EVENTS[n - 1:n + 2]]
    event_dates = [typo3_date(d) for _, d in events]
    contact = (f"{faculty}", "هاتف: +965 2498 7{n}00", f"البريد الإلكتروني: media{n}@almanara-univ.example",
               "ساعات العمل: الأحد - الخميس، 8:00 - 15:00")
    copyright_line = f"© {PRESS}"
    crumbs = ("الرئيسية", "المركز الإعلامي", "الأخبار")
    footer = f"© {moment.year} {SITE}. جميع الحقوق محفوظة."
    share = ("شارك هذا الخبر", "فيسبوك", "إكس", "لينكدإن", "واتساب")
    related_days = [moment - timedelta(days=8 + 5 * k) for k in range(len(article.related))]
    page.add(*SERVICE, "English", "العربية", " ".join(MENU), " ".join(crumbs), shown,
             article.section, writer, article.caption, copyright_line, *share, "الكلمات المفتاحية:",
             "أخبار ذات صلة", *article.related, *[typo3_date(d) for d in related_days], "رجوع", "الفعاليات القادمة",
             *[t for t, _ in events], *event_dates, "جميع الفعاليات", "تواصل معنا", *contact,
             " ".join(FOOTER_LINKS), ADDRESS, *ACCREDITATION, footer)
    body = "\n".join(
        f'<div id="c{uid * 10 + k}" class="frame frame-default frame-type-text frame-layout-0">'
        f'<div class="ce-bodytext"><p>{e(p)}</p></div></div>'
        for k, p in enumerate(article.paragraphs))
    lang = (f'<ul class="language-menu"><li class="en"><a href="{HOST}/en/news/detail/{article.slug}" hreflang="en" lang="en">English</a></li>'
            f'<li class="ar active"><a href="{url}" hreflang="ar" lang="ar">العربية</a></li></ul>')
    menu = "\n".join(f'<li class="nav-item{" active" if k == 5 else ""}"><a class="nav-link" href="{HOST}/ar/{k}/">{label}</a></li>'
                     for k, label in enumerate(MENU))
    crumbs_html = "\n".join(f'<li class="breadcrumb-item"><a href="{HOST}/ar/{"" if k == 0 else "news/" * k}">{c}</a></li>'
                            for k, c in enumerate(crumbs))
    share_html = "\n".join(f'<a class="share-{k}" href="#" target="_blank" rel="noopener">{label}</a>'
                           for k, label in enumerate(share[1:]))
    tags = "\n".join(f'<li><a href="{HOST}/ar/news/tag/{k + 3 * n}">{e(t)}</a></li>' for k, t in enumerate(article.tags))
    related = "\n".join(
        f'<li><a href="{HOST}/ar/news/detail/rel-{n}{k}"><span class="news-list-date"><time datetime="{d:%Y-%m-%d}">{typo3_date(d)}</time></span> {e(t)}</a></li>'
        for k, (t, d) in enumerate(zip(article.related, related_days, strict=True)))
    events_html = "\n".join(
        f'<div class="event-item"><div class="event-date"><time datetime="{d:%Y-%m-%d}">{typo3_date(d)}</time></div><h4 class="event-title"><a href="{HOST}/ar/events/{n}{k}">{e(t)}</a></h4></div>'
        for k, (t, d) in enumerate(events))
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar-KW">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{e(article.headline)} - {SITE}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="description" content="{e(article.lead[:160])}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/fileadmin/_processed_/{n}/a/csm_news_{uid}_4f2b1c.jpg">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-9b1e4c2d.css?1715001010" media="all">
<link rel="alternate" hreflang="en-US" href="{HOST}/en/news/detail/{article.slug}"/>
<link rel="alternate" hreflang="ar-KW" href="{url}"/>
<link rel="canonical" href="{url}"/>
</head>
<body id="p{40 + n}" class="page-{40 + n} pagelevel-3 language-1 backendlayout-subnavigation_right layout-default">
<div class="body-bg">
<div class="service-bar"><div class="container">
<ul class="service-links">{"".join(f'<li><a href="{HOST}/ar/service-{k}">{s}</a></li>' for k, s in enumerate(SERVICE))}</ul>
{lang}
</div></div>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container"><a class="navbar-brand navbar-brand-image" href="{HOST}/ar/"><img class="navbar-brand-logo-normal" src="/fileadmin/templates/logo-ar.svg" alt="{SITE}" height="52" width="220"></a>
<nav id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
{menu}
</ul></nav>
<form class="search-form" action="{HOST}/ar/search" method="get"><input type="search" name="tx_indexedsearch_pi2[search][sword]" placeholder="بحث"></form>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb">
{crumbs_html}
</ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="container"><div class="row">
<main class="col-lg-8 maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
<div id="c{uid}" class="frame frame-default frame-type-news_newsdetail frame-layout-0">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header">
<h1 itemprop="headline">{e(article.headline)}</h1>
</div>
<div class="footer">
<p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{moment:%Y-%m-%d}">{shown}</time></span>
<span class="news-list-category">{e(article.section)}</span>
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">{e(writer)}</span></span>
</p>
</div>
<div class="lead" itemprop="description"><p>{e(article.lead)}</p></div>
<div class="news-img-wrap">
<div class="outer"><div class="mediaelement mediaelement-image">
<a href="{HOST}/fileadmin/user_upload/news/{moment:%Y}/{article.slug}.jpg" title="{e(article.caption)}" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" src="{HOST}/fileadmin/_processed_/{n}/a/csm_news_{uid}_4f2b1c.jpg" width="780" height="439" alt="{e(article.caption)}"></a>
</div>
<p class="news-img-caption">{e(article.caption)}</p>
<p class="news-img-copyright">{copyright_line}</p>
</div>
</div>
<div class="news-text-wrap" itemprop="articleBody">
{body}
</div>
<div class="news-share">
<h4>شارك هذا الخبر</h4>
{share_html}
</div>
<div class="news-tags"><span>الكلمات المفتاحية:</span><ul class="list-inline">
{tags}
</ul></div>
<div class="news-related news-related-news">
<h4>أخبار ذات صلة</h4>
<ul>
{related}
</ul>
</div>
<div class="news-backlink-wrap"><a href="{HOST}/ar/media-center/news">رجوع</a></div>
</div>
</div>
</div>
<!--TYPO3SEARCH_end-->
</main>
<aside class="col-lg-4 subcontent-wrap">
<div id="c{uid + 3}" class="frame frame-default frame-type-list frame-layout-0 events-box">
<h3 class="element-header">الفعاليات القادمة</h3>
{events_html}
<a class="btn btn-primary" href="{HOST}/ar/events">جميع الفعاليات</a>
</div>
<div id="c{uid + 4}" class="frame frame-default frame-type-textmedia frame-layout-0 contact-box">
<h3 class="element-header">تواصل معنا</h3>
<div class="ce-bodytext"><p><strong>{contact[0]}</strong></p><p>{contact[1]}</p><p>{contact[2]}</p><p>{contact[3]}</p></div>
</div>
</aside>
</div></div>
</div>
<footer id="page-footer" class="bp-page-footer">
<div class="container">
<address>{ADDRESS}</address>
<div class="accreditation">{"".join(f'<img src="/fileadmin/footer/acc-{k}.png" alt="{a}" title="{a}"><span class="sr-only">{a}</span>' for k, a in enumerate(ACCREDITATION))}</div>
<ul class="footer-nav">{"".join(f'<li><a href="{HOST}/ar/f{k}">{label}</a></li> ' for k, label in enumerate(FOOTER_LINKS))}</ul>
<p class="copyright">{footer}</p>
</div>
</footer>
</div>
<script src="/typo3temp/assets/compressed/merged-7d1f0e2b9c4a-min.js?1715001010"></script>
</body>
</html>
"""
    return page
