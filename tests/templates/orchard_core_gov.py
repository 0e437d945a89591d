"""A Saudi municipality's news pages ("أمانة منطقة الجوف") on Orchard Core CMS (ASP.NET Core), its
own Bootstrap 5 RTL theme "AmanahTheme" on TheTheme, a `News` item at `/ar/media-center/news/<n>`.
The default ASP.NET Core HtmlEncoder was never widened: every value the Liquid/Razor views print
through `{{ }}` (title, menu, headline, dates, category, tags, captions, meta contents) arrives as
`&#x...;` references, while the HtmlBodyPart/Paragraph widget HTML, the JSON-LD and the Arabic
typed into the theme's .liquid files stay raw. Head: `<title>` "أمانة منطقة الجوف - headline"
(site name before), the SEO module's TagBuilder metas (`<meta content=... name=...>`,
`twitter:card`/`twitter:site` as `property=`, one unindented tag a line), canonical, `?v=` hashed
resources, Google Analytics, and on pages 1 and 3 the editor-typed NewsArticle schema (page 1
names the writer, page 3 types a bare date). Body: the DGA "official government website" banner
with its collapsed "كيف تتحقق؟" panel, the accessibility bar, the one-line TagBuilder menu
(`li` "text-end dropdown nav-item", `<b class="caret">`), search, the breadcrumb ending in the
headline cut by Liquid `truncate: 45`. `article.content-item.news`: category badge, the date line
from `format_date` "ar-SA" in Umm al-Qura ("الأحد 14 رمضان 1445 هـ", `<time datetime>` local
+03:00), "الموافق dd/mm/yyyyم", the time ("11:20 ص"); page 1 alone names its reporter
("تحرير: ..."). Page 1: featured image (resize_url `?width=..&rmode=crop&token=`) with caption,
TinyMCE HtmlBodyPart (justified `<p style>`, an empty `<p>&nbsp;</p>`, bold, an inline link).
Page 2: no image, a FlowPart body (`section.flow.row` > `div.widget.widget-paragraph.
widget-align-justify.widget-size-100` > `div.widget-body`), an `<h3>` subheading, a RawHtml
YouTube widget. Page 3: short HtmlBodyPart and a BagPart gallery "صور الخبر" of three captioned
images. Then share bar, "الوسوم:" tags, "آخر تحديث: dd/mm/yyyy hh:mm ص" (ModifiedUtc), the DGA
feedback form (`__RequestVerificationToken`); sidebar widgets "أخبار ذات صلة" (titles, dates),
e-services, the 940 card; footer link columns, contact, social, "© 2025" (the crawl's year, not
the story's) and the DGA registration number. All of that is chrome."""

from __future__ import annotations

import json
from datetime import date, timedelta

from .base import Article, Page

NAME = "orchard_core_gov"
HELD_OUT = True
SET = "unseen22"
FAMILY = "Orchard Core CMS (custom TheTheme-based Bootstrap RTL theme) Saudi municipality news item: entity-encoded Liquid output, Umm al-Qura date line, flow/bag widgets, related-news widget, DGA banner and feedback, footer"
HOST = "https://orchard-amanah-sa.example"
SITE = "أمانة منطقة الجوف"
NEWS = "/ar/media-center/news"
CRAWL_YEAR = 2025
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
# Umm al-Qura month starts (Gregorian) for the months the stories fall in.
HIJRI_STARTS = {(1445, 9): date(2024, 3, 11), (1446, 1): date(2024, 7, 7), (1446, 7): date(2025, 1, 1)}
DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MENU = (("/ar", "الرئيسية", ()),
        ("/ar/about", "عن الأمانة", (("/ar/about/ameen-word", "كلمة الأمين"), ("/ar/about/structure", "الهيكل التنظيمي"), ("/ar/about/municipalities", "البلديات التابعة"))),
        ("/ar/e-services", "الخدمات الإلكترونية", ()),
        ("/ar/media-center", "المركز الإعلامي", ((NEWS, "الأخبار"), ("/ar/media-center/events", "الفعاليات"), ("/ar/media-center/gallery", "معرض الصور"))),
        ("/ar/e-participation", "المشاركة الإلكترونية", ()), ("/ar/open-data", "البيانات المفتوحة", ()), ("/ar/contact-us", "تواصل معنا", ()))
BANNER = ("موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية", "كيف تتحقق؟", "روابط المواقع الرسمية السعودية تنتهي بـ gov.sa", "المواقع الحكومية تستخدم بروتوكول HTTPS للتشفير والأمان")
ACCESS = ("تخطي إلى المحتوى الرئيسي", "تكبير الخط", "تصغير الخط", "الخط الافتراضي", "تباين الألوان", "English", "القائمة")
SHARE = ("شارك الخبر:", "مشاركة عبر إكس", "مشاركة عبر واتساب", "مشاركة عبر لينكدإن", "نسخ الرابط", "طباعة الصفحة")
FEEDBACK = ("هل كانت هذه الصفحة مفيدة؟", "مفيدة", "غير مفيدة")
FEEDBACK_STATS = ("87% من الزوار وجدوا هذه الصفحة مفيدة (214 تقييما)", "79% من الزوار وجدوا هذه الصفحة مفيدة (96 تقييما)", "91% من الزوار وجدوا هذه الصفحة مفيدة (38 تقييما)")
SERVICES = ("الخدمات الإلكترونية", (("طلب رخصة بناء", "building-permit"), ("إصدار رخصة نشاط تجاري", "commercial-license"), ("تقديم بلاغ", "report"), ("حجز موعد", "appointments"), ("الاستعلام عن المخالفات", "violations")))
CALL = ("مركز البلاغات الموحد", "اتصل بنا على 940 على مدار الساعة", "تقديم بلاغ عبر بلدي")
FOOTER_COLS = (("روابط مهمة", ("وزارة البلديات والإسكان", "المنصة الوطنية الموحدة", "منصة اعتماد", "منصة استطلاع")),
               ("روابط الأمانة", ("عن الأمانة", "الوظائف", "المنافسات والمشتريات", "الأسئلة الشائعة")))
CONTACT = ("تواصل معنا", "سكاكا - طريق الملك عبدالعزيز", "الرقم الموحد: 940", "البريد الإلكتروني: info@orchard-amanah-sa.example")
SOCIAL = ("إكس", "يوتيوب", "إنستغرام", "سناب شات")
LEGAL = ("سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع", "إمكانية الوصول")
COPY = f"جميع الحقوق محفوظة لأمانة منطقة الجوف © {CRAWL_YEAR}"
DGA = "مسجل لدى هيئة الحكومة الرقمية برقم: 20230711046"
REPORTER = {1: "نورة العنزي"}
MODIFIED = {1: timedelta(days=2, hours=1, minutes=45), 2: timedelta(minutes=40), 3: timedelta(days=1, hours=5, minutes=10)}
GALLERY = ("جانب من مشاركة طلاب المدارس في الحملة", "شبكة الري بالتنقيط في موقع الغرس")
VIDEO = "q7Lm2XcT9aE"
LINKED = {1: ("منصة بلدي", "https://balady.gov.sa/")}
BOLD = {1: (1, "بطول 38 كيلومترا"), 3: (0, "12 ألف شتلة")}
TOKEN = "kP3v%2Bq8sWl0yX4nRt7ZbQe1UuC5mHd9JfG2aLo6iNcY%3D"
ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "+": "&#x2B;"}


def h(text: str) -> str:
    """ASP.NET Core's default HtmlEncoder: everything beyond Basic Latin as `&#x..;`."""
    return "".join(ESCAPES.get(ch, ch if ord(ch) < 0x7F else f"&#x{ord(ch):X};") for ch in text)


def _hijri(moment) -> str:
    day = moment.date()
    (year, month), start = next((k, v) for k, v in sorted(HIJRI_STARTS.items(), reverse=True) if v <= day)
    return f"{DAYS[day.weekday()]} {(day - start).days + 1} {HIJRI_MONTHS[month - 1]} {year}"


def _clock(moment) -> str:
    return f"{moment.hour % 12 or 12:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _menu() -> str:
    items = []
    for href, label, subs in MENU:
        sub = "".join(f'<li class="nav-item"><a class="dropdown-item" href="{s}">{h(t)}</a></li>' for s, t in subs)
        items.append(f'<li class="text-end dropdown nav-item"><a class="nav-link text-end dropdown-toggle" data-bs-toggle="dropdown" href="{href}">{h(label)}<b class="caret"></b></a><ul class="dropdown-menu">{sub}</ul></li>'
                     if subs else f'<li class="nav-item"><a class="nav-link text-end" href="{href}">{h(label)}</a></li>')
    return f'<ul class="navbar-nav ms-auto">{"".join(items)}</ul>'


def _img(path: str, width: int, height: int) -> str:
    return f"/media/{path}?width={width}&amp;height={height}&amp;rmode=crop&amp;token={TOKEN}"


def _para(text: str, n: int, k: int) -> str:
    text = text.replace("&", "&amp;")
    if n in BOLD and BOLD[n][0] == k:
        text = text.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>")
    if n in LINKED:
        text = text.replace(LINKED[n][0], f'<a href="{LINKED[n][1]}" target="_blank" rel="noopener">{LINKED[n][0]}</a>', 1)
    return text


def _body(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    if n == 2:
        widgets = []
        for k, text in enumerate(paras):
            inner = f"<h3>{text}</h3>" if k == 2 else f"<p>{_para(text, n, k)}</p>"
            widgets.append(f"""<div class="widget widget-paragraph widget-align-justify widget-size-100">
    <div class="widget-body">
        {inner}
    </div>
</div>""")
            if k == 3:
                widgets.append(f"""<div class="widget widget-raw-html widget-align-center widget-size-100">
    <div class="widget-body">
        <div class="ratio ratio-16x9 my-3"><iframe src="https://www.youtube.com/embed/{VIDEO}" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div>
    </div>
</div>""")
        return '<section class="flow row">\n' + "\n".join(widgets) + "\n</section>"
    out = []
    for k, text in enumerate(paras):
        out.append(f'<p style="text-align: justify;">{_para(text, n, k)}</p>')
        if n == 1 and k == 2:
            out.append("<p>&nbsp;</p>")
    return '<div class="news-body">\n' + "\n".join(out) + "\n</div>"


def _gallery(article: Article) -> str:
    figures = [f"""            <div class="col-md-4">
                <figure class="figure">
                    <img src="{_img(f"news/2025/01/{article.slug}-{k + 1}.jpg", 400, 300)}" class="figure-img img-fluid rounded" alt="{h(caption)}" loading="lazy" />
                    <figcaption class="figure-caption">{h(caption)}</figcaption>
                </figure>
            </div>""" for k, caption in enumerate((article.caption, *GALLERY))]
    return f"""    <section class="bag news-gallery mt-4">
        <h4 class="gallery-title">صور الخبر</h4>
        <div class="row g-2">
{chr(10).join(figures)}
        </div>
    </section>"""


def _schema(article: Article, n: int, url: str, image: str) -> str:
    if n == 2:
        return ""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline, "mainEntityOfPage": url,
            "image": [f"{HOST}{image}".replace("&amp;", "&")], "datePublished": article.published if n == 1 else article.published[:10],
            "publisher": {"@type": "GovernmentOrganization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{HOST}/media/logo/amanah-logo.png"}}}
    if n in REPORTER:
        data["author"] = {"@type": "Person", "name": REPORTER[n]}
    return f'\n<script type="application/ld+json">\n{json.dumps(data, ensure_ascii=False, indent=2)}\n</script>'


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}{NEWS}/{article.slug}"
    hijri = f"{_hijri(moment)} هـ"
    gregorian = f"الموافق {moment:%d/%m/%Y}م"
    modified = moment + MODIFIED[n]
    updated = f"آخر تحديث: {modified:%d/%m/%Y} {_clock(modified)}"
    crumb = article.headline if len(article.headline) <= 45 else article.headline[:42] + "..."
    page = Page(url=url, html="", shown_date=hijri)
    page.add(*BANNER, *ACCESS, *(t for _, t, _ in MENU), *(t for *_, s in MENU for _, t in s), "بحث", crumb, article.section, hijri, gregorian, _clock(moment))
    page.add(*SHARE, "الوسوم:", *article.tags, updated, *FEEDBACK, FEEDBACK_STATS[n - 1], "أخبار ذات صلة", "عرض جميع الأخبار", SERVICES[0], *(t for t, _ in SERVICES[1]), *CALL)
    page.add(*(c for col in FOOTER_COLS for c in (col[0], *col[1])), *CONTACT, *SOCIAL, *LEGAL, COPY, DGA)
    image = _img(f"news/{moment:%Y/%m}/{article.slug}-cover.jpg", 1200, 630)
    reporter = ""
    if n in REPORTER:
        reporter = f'\n                <span class="news-reporter"><i class="fa-regular fa-user"></i> تحرير: {h(REPORTER[n])}</span>'
        page.add(f"تحرير: {REPORTER[n]}")
    figure = ""
    if n == 1:
        figure = f"""
        <figure class="news-image mb-4">
            <img src="{_img(f"news/{moment:%Y/%m}/{article.slug}-cover.jpg", 850, 478)}" class="img-fluid rounded w-100" alt="{h(article.caption)}" />
            <figcaption class="figure-caption mt-2">{h(article.caption)}</figcaption>
        </figure>"""
        page.add(article.caption)
    gallery = ""
    if n == 3:
        gallery = _gallery(article)
        page.add("صور الخبر", article.caption, *GALLERY)
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 14 * k, hours=3 * k)
        rid = int(article.slug) - 11 - 17 * k
        page.add(title, f"{when:%d/%m/%Y}")
        related.append(f"""                    <li class="list-group-item">
                        <a class="d-flex gap-2 text-decoration-none" href="{NEWS}/{rid}">
                            <img src="{_img(f"news/{when:%Y/%m}/{rid}-cover.jpg", 96, 72)}" width="96" height="72" class="rounded flex-shrink-0" alt="" loading="lazy" />
                            <span>
                                <span class="related-title d-block">{h(title)}</span>
                                <small class="text-muted"><i class="fa-regular fa-calendar"></i> {when:%d/%m/%Y}</small>
                            </span>
                        </a>
                    </li>""")
    summary = " ".join(article.lead.split()[:24]) + "..."
    described = n != 2  # page 2's SEO part has no description: no meta description, no og:description
    seo = [f'<meta content="{h(summary)}" name="description" />'] * described + [f'<meta content="{h(", ".join(article.tags))}" name="keywords" />', '<meta content="article" property="og:type" />', f'<meta content="{h(article.headline)}" property="og:title" />']
    seo += [f'<meta content="{h(summary)}" property="og:description" />'] * described + [f'<meta content="{HOST}{image}" property="og:image" />', f'<meta content="{url}" property="og:url" />', f'<meta content="{h(SITE)}" property="og:site_name" />', '<meta content="ar_SA" property="og:locale" />']
    seo += ['<meta content="summary_large_image" property="twitter:card" />', '<meta content="@AmanahJouf_x" property="twitter:site" />', f'<meta content="{h(article.headline)}" name="twitter:title" />']
    services = "\n".join(f'                    <li><a href="/ar/e-services/{slug}"><i class="fa-solid fa-angle-left"></i> {h(t)}</a></li>' for t, slug in SERVICES[1])
    cols = "\n".join(f"""                <div class="col-6 col-lg-3">
                    <h6 class="footer-title">{h(title)}</h6>
                    <ul class="list-unstyled footer-links">
{chr(10).join(f'                        <li><a href="/ar/links/{k + 1}">{h(t)}</a></li>' for k, t in enumerate(links))}
                    </ul>
                </div>""" for title, links in FOOTER_COLS)
    tags = "\n".join(f'                    <a class="badge rounded-pill text-bg-light" href="/ar/tags/{k + 1}{int(article.slug) % 97}">{h(t)}</a>' for k, t in enumerate(article.tags))
    page.html = f"""<!DOCTYPE html>
<html lang="ar-SA">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{h(SITE)} - {h(article.headline)}</title>
    <link type="image/x-icon" rel="shortcut icon" href="/AmanahTheme/favicon.ico">
    <link rel="preconnect" href="https://fonts.googleapis.com">
    <link href="https://fonts.googleapis.com/css2?family=IBM+Plex+Sans+Arabic:wght@300;400;500;700&amp;display=swap" rel="stylesheet">
    {chr(10).join(seo)}
    <link href="{url}" rel="canonical" />
<link href="/OrchardCore.Resources/Vendor/fontawesome-free/css/all.min.css?v=Hy0xHfqbHpZ3e1Uqy2hYyrhcm0cS7bdXWvmgrW6Z8Ms" rel="stylesheet" type="text/css" />
<link href="/AmanahTheme/css/bootstrap.rtl.min.css?v=Ox2qPbA7T4cVw0sD5u9y3KJ1mLh8Rf6nZgYeXiQtN2o" rel="stylesheet" type="text/css" />
<link href="/AmanahTheme/css/site.min.css?v=3cJbV8WnE6rT1yQhL0aXkP4sZu7mGd2fRo9BiNvYw5k" rel="stylesheet" type="text/css" />
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7RK2M4QJ9D"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7RK2M4QJ9D')</script>{_schema(article, n, url, image)}
</head>
<body dir="rtl">
    <a class="visually-hidden-focusable" href="#content">{ACCESS[0]}</a>
    <div class="gov-banner bg-light border-bottom small">
        <div class="container d-flex align-items-center gap-2 py-1">
            <img src="/AmanahTheme/images/saudi-flag.svg" alt="" width="20" height="14" />
            <span>{BANNER[0]}</span>
            <button class="btn btn-link btn-sm p-0" type="button" data-bs-toggle="collapse" data-bs-target="#govVerify" aria-expanded="false">{BANNER[1]}</button>
        </div>
        <div class="collapse" id="govVerify">
            <div class="container d-flex gap-4 py-2">
                <p class="mb-0"><i class="fa-solid fa-link"></i> {BANNER[2]}</p>
                <p class="mb-0"><i class="fa-solid fa-lock"></i> {BANNER[3]}</p>
            </div>
        </div>
    </div>
    <div class="accessibility-bar border-bottom" role="toolbar" aria-label="أدوات الوصول">
        <div class="container d-flex justify-content-end gap-2 py-1">
            <button type="button" class="btn btn-sm" data-a11y="font-up"><i class="fa-solid fa-magnifying-glass-plus"></i> {ACCESS[1]}</button>
            <button type="button" class="btn btn-sm" data-a11y="font-down"><i class="fa-solid fa-magnifying-glass-minus"></i> {ACCESS[2]}</button>
            <button type="button" class="btn btn-sm" data-a11y="font-reset">{ACCESS[3]}</button>
            <button type="button" class="btn btn-sm" data-a11y="contrast"><i class="fa-solid fa-circle-half-stroke"></i> {ACCESS[4]}</button>
            <a class="btn btn-sm lang-switch" href="/en{NEWS[3:]}/{article.slug}" hreflang="en" lang="en">English</a>
        </div>
    </div>
    <nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm sticky-top" id="mainNav">
        <div class="container">
            <a class="navbar-brand" href="/ar"><img src="/media/logo/amanah-logo.svg" alt="{h(SITE)}" height="56" /></a>
            <button type="button" class="navbar-toggler" data-bs-toggle="collapse" data-bs-target="#navbar" aria-expanded="false" aria-controls="navbar" aria-label="Toggle navigation">
                <span class="navbar-toggler-icon"></span> {h(ACCESS[6])}
            </button>
            <div class="collapse navbar-collapse" id="navbar">
                {_menu()}
                <form class="d-flex ms-lg-3" action="/ar/search" method="get" role="search">
                    <input class="form-control form-control-sm" type="search" name="Terms" placeholder="ابحث في الموقع" aria-label="ابحث في الموقع" />
                    <button class="btn btn-success btn-sm" type="submit"><i class="fa-solid fa-magnifying-glass"></i> <span class="visually-hidden">بحث</span></button>
                </form>
            </div>
        </div>
    </nav>
    <section class="page-header text-white py-4">
        <div class="container">
            <nav aria-label="breadcrumb">
                <ol class="breadcrumb mb-2">
                    <li class="breadcrumb-item"><a href="/ar">{h("الرئيسية")}</a></li>
                    <li class="breadcrumb-item"><a href="/ar/media-center">{h("المركز الإعلامي")}</a></li>
                    <li class="breadcrumb-item"><a href="{NEWS}">{h("الأخبار")}</a></li>
                    <li class="breadcrumb-item active" aria-current="page">{h(crumb)}</li>
                </ol>
            </nav>
            <h2 class="page-header-title">الأخبار</h2>
        </div>
    </section>
    <main class="container py-5" id="content">
        <div class="row g-4">
            <div class="col-lg-8">
<article class="content-item news">
    <header>
        <h1 class="news-title">{h(article.headline)}</h1>
        <div class="metadata">
            <div class="news-meta d-flex flex-wrap gap-3 text-muted small mb-3">
                <a class="badge text-bg-success" href="{NEWS}/category/{int(article.slug) % 7 + 1}">{h(article.section)}</a>
                <span class="news-date"><i class="fa-regular fa-calendar"></i> <time datetime="{moment:%Y-%m-%dT%H:%M:%S}+03:00">{h(hijri)}</time></span>
                <span class="news-date-gregorian">{h(gregorian)}</span>
                <span class="news-time"><i class="fa-regular fa-clock"></i> {h(_clock(moment))}</span>{reporter}
            </div>
        </div>
    </header>{figure}

    {_body(article, n)}

{gallery}
    <footer>
        <div class="news-share d-flex align-items-center gap-2 border-top pt-3 mt-4">
            <span class="fw-bold">{SHARE[0]}</span>
            <a class="btn btn-outline-secondary btn-sm" href="https://x.com/intent/tweet?url={url}" target="_blank" rel="noopener"><i class="fa-brands fa-x-twitter"></i><span class="visually-hidden">{SHARE[1]}</span></a>
            <a class="btn btn-outline-secondary btn-sm" href="https://wa.me/?text={url}" target="_blank" rel="noopener"><i class="fa-brands fa-whatsapp"></i><span class="visually-hidden">{SHARE[2]}</span></a>
            <a class="btn btn-outline-secondary btn-sm" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener"><i class="fa-brands fa-linkedin-in"></i><span class="visually-hidden">{SHARE[3]}</span></a>
            <button type="button" class="btn btn-outline-secondary btn-sm" data-copy="{url}"><i class="fa-solid fa-link"></i><span class="visually-hidden">{SHARE[4]}</span></button>
            <button type="button" class="btn btn-outline-secondary btn-sm" onclick="window.print()"><i class="fa-solid fa-print"></i><span class="visually-hidden">{SHARE[5]}</span></button>
        </div>
        <div class="news-tags mt-3">
            <span class="fw-bold">{h("الوسوم:")}</span>
{tags}
        </div>
        <p class="news-updated text-muted small mt-3"><i class="fa-solid fa-rotate"></i> {h(updated)}</p>
    </footer>
</article>
<div class="widget widget-form widget-page-feedback border rounded p-3 mt-4">
    <div class="widget-body">
        <form action="/ar/workflows/Invoke?token=CfDJ8Kx2vQm7pD1Nr4Ow9bYt3LhA&amp;contentItemId=4r8t2y6kqp1m9z3h7wx0c5dfe{n}" method="post" class="d-flex flex-wrap align-items-center gap-3">
            <span class="fw-bold">{FEEDBACK[0]}</span>
            <button class="btn btn-outline-success btn-sm" type="submit" name="helpful" value="yes"><i class="fa-regular fa-thumbs-up"></i> {FEEDBACK[1]}</button>
            <button class="btn btn-outline-danger btn-sm" type="submit" name="helpful" value="no"><i class="fa-regular fa-thumbs-down"></i> {FEEDBACK[2]}</button>
            <small class="text-muted">{h(FEEDBACK_STATS[n - 1])}</small>
        <input name="__RequestVerificationToken" type="hidden" value="CfDJ8Kx2vQm7pD1Nr4Ow9bYt3LhAqZ0m5Wc_8uJf2sXk1yGd4Ta7Ve3Rn6Pb9Lh0Mz2Qw5Ej8Yu1Io4Ap7Sd0Fg3Hj6Kl9" /></form>
    </div>
</div>
            </div>
            <aside class="col-lg-4">
<div class="widget widget-related-news card mb-4">
    <div class="widget-header card-header bg-white">
        <h5 class="widget-title mb-0">أخبار ذات صلة</h5>
    </div>
    <div class="widget-body card-body p-0">
                <ul class="list-group list-group-flush related-news">
{chr(10).join(related)}
                </ul>
                <a class="d-block text-center py-2 small" href="{NEWS}">{h("عرض جميع الأخبار")}</a>
    </div>
</div>
<div class="widget widget-link-list card mb-4">
    <div class="widget-header card-header bg-white">
        <h5 class="widget-title mb-0">{h(SERVICES[0])}</h5>
    </div>
    <div class="widget-body card-body">
                <ul class="list-unstyled e-services mb-0">
{services}
                </ul>
    </div>
</div>
<div class="widget widget-html card text-bg-success mb-4">
    <div class="widget-body card-body text-center">
        <i class="fa-solid fa-headset fa-2x mb-2"></i>
        <h5>{CALL[0]}</h5>
        <p class="mb-2">{CALL[1]}</p>
        <a class="btn btn-light btn-sm" href="https://balady.gov.sa/ar/services/report">{CALL[2]}</a>
    </div>
</div>
            </aside>
        </div>
    </main>
        <footer class="site-footer pt-5 pb-3">
            <div class="container">
            <div class="row g-4">
{cols}
                <div class="col-lg-3">
                    <h6 class="footer-title">{CONTACT[0]}</h6>
                    <p class="mb-1"><i class="fa-solid fa-location-dot"></i> {CONTACT[1]}</p>
                    <p class="mb-1"><i class="fa-solid fa-phone"></i> {CONTACT[2]}</p>
                    <p class="mb-1"><i class="fa-solid fa-envelope"></i> {CONTACT[3]}</p>
                </div>
                <div class="col-lg-3">
                    <ul class="list-inline social-links">
{chr(10).join(f'                        <li class="list-inline-item"><a href="https://social.example/{k}" target="_blank" rel="noopener">{t}</a></li>' for k, t in enumerate(SOCIAL))}
                    </ul>
                    <img src="/AmanahTheme/images/vision2030.svg" alt="رؤية 2030" height="48" />
                </div>
            </div>
            <div class="footer-bottom d-flex flex-wrap justify-content-between border-top mt-4 pt-3 small">
                <ul class="list-inline mb-0">
{chr(10).join(f'                    <li class="list-inline-item"><a href="/ar/pages/{k + 1}">{h(t)}</a></li>' for k, t in enumerate(LEGAL))}
                </ul>
                <p class="mb-0">{COPY}</p>
                <p class="mb-0">{DGA}</p>
            </div>
            </div>
        </footer>
    <script src="/OrchardCore.Resources/Scripts/jquery.min.js?v=2q5Y2bM8kL0wPz7XcRt4VnHs9JdQe1GfUa6iOy3Bm0E"></script>
<script src="/OrchardCore.Resources/Scripts/bootstrap.bundle.min.js?v=Mb5nT8yQ1xV4sZ0rK7cW2eH9uL3gJ6pF0dA8iO5tN1w"></script>
<script src="/AmanahTheme/js/site.min.js?v=Vx9pL2kQ7mN4bR1tY8wC5zH0sJ3eG6fU2aD9iO4nT7q"></script>
</body>
</html>
"""
    return page
