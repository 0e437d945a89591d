"""The media centre of a Saudi government authority ("الهيئة السعودية لتنظيم المياه") on
Bloomreach Experience Manager (formerly Hippo CMS), news detail pages as the HST delivery tier
renders them from its Freemarker templates (the `ar` channel mounted at `/ar`, the document's
node name as the last URL segment: `/ar/media-center/news/<node-name>`). Hippo's resource
paths are everywhere: the theme's CSS, JS, fonts and logos come from the repository's webfiles
(`/webfiles/<bundle timestamp>/css/...`), images from the gallery through the binaries servlet
(`/binaries/_ht_<timestamp>/content/gallery/swra/news/...`, the `thumbnail` variant as
`/binaries/_ht_<timestamp>/thumbnail/content/gallery/...`), and component forms post to HST
action URLs (`?_hn:type=action&_hn:ref=r8_r1_r2`). The head holds the headContributions:
`<title>` "headline | authority", description, canonical and the `hreflang` English
alternate, og/twitter meta with `article:published_time` from `?iso_utc` (`Z`), no JSON-LD.
The body: the skip link, the DGA unified banner ("موقع حكومي رسمي تابع لحكومة المملكة
العربية السعودية" with "كيف تتحقق" and its two notes), `header.site-header` (utility bar
with the "English" switch, contact and sign-in links, the accessibility toolbar "أدوات
الإتاحة" with font size and contrast buttons, the logo, `nav.main-nav` with dropdowns and the
search form), `section.page-banner` with the "الأخبار" heading and the Bootstrap breadcrumb
(الرئيسية / المركز الإعلامي / الأخبار / headline), then `div.news-detail-component`:
`article.news-detail` with `h1.news-detail__title`, the meta row (category link, `time` with
its UTC `datetime` and the Gregorian "d MMMM yyyy" date, the Hijri date "d <month> yyyyهـ",
page 3's writer "الكاتب:"), the share tools ("مشاركة", X, LinkedIn, WhatsApp, email, print,
copy link with screen-reader labels), the lead image `figure.news-detail__image` (page 1 with
its figcaption, page 3 without, page 2 none), `div.news-detail__body.rich-text` (the
document's Hippo HTML as CKEditor stored it), the tags ("الوسوم:"), the "آخر تحديث" line and
the DGA page-feedback box ("هل كانت هذه الصفحة مفيدة؟"); the sidebar (`aside`) with "أحدث
الأخبار" (numeric dd/MM/yyyy dates) and "روابط سريعة"; `section.related-news` ("أخبار ذات
صلة", three cards with thumbnail, date and "اقرأ المزيد"). The footer: four link columns
(عن الهيئة, المركز الإعلامي, روابط مهمة, تواصل معنا), the newsletter form, social links, the
bilingual name and copyright rows (Arabic then English), the DGA registration badge and the
Vision 2030 logo, then jQuery, Bootstrap and the theme's JS from webfiles.

Page 1: a licensing story from the desk (no writer), justified paragraphs, the lead image with
a caption and a `<h3>` subheading in the text (text). Page 2: the desk's short campaign story
at 00:35 Riyadh time on National Day, no image: its UTC `datetime` and og time fall on the day
before the shown date; the editor left an empty `<p>&nbsp;</p>` after the text. Page 3: an
events story with a named writer, a lead image without caption, the CEO's words in a
`blockquote` introduced by the paragraph before (text) and a YouTube iframe in the rich text.
Every line outside the story's paragraphs is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "bloomreach_gov_news"
HELD_OUT = True
SET = "unseen31"
FAMILY = ("Bloomreach Experience Manager (Hippo CMS) Saudi authority media centre news detail: "
          "HST Freemarker markup, /webfiles/ and /binaries/ paths, DGA banner, accessibility "
          "tools, breadcrumb, Gregorian and Hijri dates, share tools, tags, page feedback, "
          "latest and related news, bilingual footer")
HOST = "https://brxm-sa-authority.example"
SITE = "الهيئة السعودية لتنظيم المياه"
SITE_EN = "Saudi Water Regulatory Authority"
WEBFILES = "/webfiles/1714653802117"
HT = "_ht_1715519210341"
GALLERY = "/content/gallery/swra/news"
SECTION_SLUG = {"أخبار الهيئة": "authority-news", "فعاليات": "events"}
HIJRI = {1: "4 ذو القعدة 1445هـ", 2: "20 ربيع الأول 1446هـ", 3: "21 رجب 1446هـ"}
IMAGE = {1: "desalination-plant-red-sea.jpg", 3: "smart-meters-workshop-riyadh.jpg"}
SUBHEADING = {1: 3}  # page -> index (lead = 0) of the paragraph printed as an h3
QUOTE = {3: 3}  # page -> index of the paragraph printed as a blockquote
EMBED = {3: (3, "Xk2mP9vQwR4", "ورشة العدادات الذكية للمياه")}  # after paragraph index
UPDATED = {1: timedelta(days=1, hours=3), 2: timedelta(hours=9), 3: timedelta(days=2)}
GOV_BANNER = ("موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية", "كيف تتحقق",
              "روابط المواقع الرسمية السعودية تنتهي بـ gov.sa",
              "جميع روابط المواقع الرسمية التابعة للجهات الحكومية في المملكة العربية السعودية "
              "تنتهي بـ gov.sa",
              "المواقع الحكومية تستخدم بروتوكول HTTPS للتشفير والأمان.",
              "المواقع الآمنة في المملكة العربية السعودية تستخدم بروتوكول HTTPS للتشفير.")
UTILITY = (("/en", "English"), ("/ar/contact-us", "اتصل بنا"), ("/ar/faq", "الأسئلة الشائعة"),
           ("/ar/login", "تسجيل الدخول"))
ACCESS = ("أدوات الإتاحة", "تكبير الخط", "الخط الافتراضي", "تصغير الخط", "تباين الألوان")
MENU = (
    ("/ar", "الرئيسية", ()),
    ("/ar/about", "عن الهيئة", (("/ar/about/overview", "نبذة عن الهيئة"),
                                ("/ar/about/board", "مجلس الإدارة"),
                                ("/ar/about/strategy", "الاستراتيجية"))),
    ("/ar/regulations", "الأنظمة واللوائح", ()),
    ("/ar/e-services", "الخدمات الإلكترونية", ()),
    ("/ar/licensees", "المرخص لهم", ()),
    ("/ar/media-center", "المركز الإعلامي", (("/ar/media-center/news", "الأخبار"),
                                             ("/ar/media-center/events", "الفعاليات"),
                                             ("/ar/media-center/publications", "الإصدارات"),
                                             ("/ar/media-center/gallery", "معرض الصور"))),
    ("/ar/open-data", "البيانات المفتوحة", ()),
)
SHARE = (("x", "مشاركة عبر X", "https://twitter.com/intent/tweet?url="),
         ("linkedin", "مشاركة عبر لينكدإن",
          "https://www.linkedin.com/sharing/share-offsite/?url="),
         ("whatsapp", "مشاركة عبر واتساب", "https://wa.me/?text="),
         ("email", "مشاركة عبر البريد الإلكتروني", "mailto:?body="))
LATEST = (
    ("الهيئة تستقبل وفدا من هيئة تنظيم المياه في سلطنة عمان", "swra-omani-delegation-visit"),
    ("فتح باب التقديم على برنامج التدريب التعاوني لطلاب الجامعات", "swra-coop-training-2024"),
    ("الهيئة تصدر قرارا بتحديث ضوابط جودة مياه الشرب المعبأة", "swra-bottled-water-controls"),
    ("اجتماع تنسيقي مع أمانة منطقة الرياض بشأن شبكات تصريف الأمطار", "swra-riyadh-stormwater"),
    ("الهيئة تطلق استطلاعا لقياس رضا المستفيدين عن خدمات المياه", "swra-satisfaction-survey"),
    ("نتائج التفتيش الميداني على محطات المعالجة في المنطقة الشرقية", "swra-eastern-inspections"),
)
QUICK = (("/ar/e-services/complaints", "تقديم شكوى"), ("/ar/licensees/register", "سجل المرخص لهم"),
         ("/ar/regulations/public-consultation", "منصة استطلاع الآراء"),
         ("/ar/open-data", "البيانات المفتوحة"))
FEEDBACK = ("هل كانت هذه الصفحة مفيدة؟", "نعم", "لا")
FOOTER = (
    ("عن الهيئة", (("/ar/about/overview", "نبذة عن الهيئة"), ("/ar/about/board", "مجلس الإدارة"),
                   ("/ar/careers", "الوظائف"))),
    ("المركز الإعلامي", (("/ar/media-center/news", "الأخبار"),
                         ("/ar/media-center/publications", "الإصدارات"),
                         ("/ar/media-center/media-kit", "الهوية الإعلامية"))),
    ("روابط مهمة", (("https://www.my.gov.sa", "المنصة الوطنية الموحدة"),
                    ("https://open.data.gov.sa", "منصة البيانات المفتوحة"),
                    ("https://istitlaa.ncc.gov.sa", "منصة استطلاع"))),
)
CONTACT = ("تواصل معنا", "الرقم الموحد: 8001244455", "البريد الإلكتروني: info@swra.gov.sa",
           "الرياض، طريق الملك فهد، ص.ب 2760")
NEWSLETTER = ("النشرة البريدية", "اشترك ليصلك جديد أخبار الهيئة وإصداراتها", "اشتراك")
SOCIAL = (("https://x.com/swra_sa", "x", "إكس"),
          ("https://www.linkedin.com/company/swra", "linkedin", "لينكدإن"),
          ("https://www.youtube.com/@swra_sa", "youtube", "يوتيوب"))
BOTTOM = (("/ar/privacy-policy", "سياسة الخصوصية"), ("/ar/terms-of-use", "شروط الاستخدام"),
          ("/ar/sitemap", "خريطة الموقع"), ("/ar/accessibility", "سياسة الإتاحة"))
BLANK = ' target="_blank" rel="noopener"'
EN_ATTRS = ' lang="en" hreflang="en"'
DGA = ("مسجل لدى هيئة الحكومة الرقمية", "رقم التسجيل: 20231204871")


def _date(moment) -> str:
    """The news detail's `<@fmt.formatDate pattern="d MMMM yyyy">` in the ar locale."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _num(moment) -> str:
    return f"{moment:%d/%m/%Y}"


def _utc(moment) -> str:
    """Freemarker's `?iso_utc` (seconds, `Z`)."""
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def _nav() -> str:
    items = []
    for k, (href, label, subs) in enumerate(MENU):
        active = " active" if href == "/ar/media-center" else ""
        if not subs:
            items.append(f'\n                <li class="nav-item{active}">\n                    <a class="nav-link" href="{href}">{label}</a>\n                </li>')
            continue
        sub = "".join(f'\n                        <li><a class="dropdown-item{" active" if h == "/ar/media-center/news" else ""}" href="{h}">{t}</a></li>' for h, t in subs)
        items.append(f'\n                <li class="nav-item dropdown{active}">\n                    <a class="nav-link dropdown-toggle" href="{href}" id="navDropdown{k}" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{label}</a>\n                    <ul class="dropdown-menu" aria-labelledby="navDropdown{k}">{sub}\n                    </ul>\n                </li>')
    return "".join(items)


def _body(article: Article, n: int) -> str:
    out = []
    style = ' style="text-align: justify;"' if n == 1 else ""
    for k, para in enumerate((article.lead, *article.paragraphs)):
        if SUBHEADING.get(n) == k:
            out.append(f"<h3><strong>{e(para)}</strong></h3>")
        elif QUOTE.get(n) == k:
            out.append(f"<blockquote>\n<p>{e(para)}</p>\n</blockquote>")
        else:
            out.append(f"<p{style}>{e(para)}</p>")
        if n in EMBED and EMBED[n][0] == k:
            _, vid, title = EMBED[n]
            out.append(f'<p><iframe allowfullscreen="" frameborder="0" height="360" src="https://www.youtube.com/embed/{vid}" title="{e(title)}" width="640"></iframe></p>')
    if n == 2:
        out.append("<p>&nbsp;</p>")
    return "\n\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    node = article.slug
    path = f"/ar/media-center/news/{node}"
    url = f"{HOST}{path}"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    sec = article.section
    sec_slug = SECTION_SLUG[sec]
    updated = moment + UPDATED[n]

    page.add("الانتقال إلى المحتوى الرئيسي", *GOV_BANNER, *(t for _, t in UTILITY), *ACCESS,
             "بحث")
    for _, label, subs in MENU:
        page.add(label, *(t for _, t in subs))
    page.add("الأخبار", "المركز الإعلامي", sec, shown, HIJRI[n], "مشاركة",
             *(label for _, label, _ in SHARE), "طباعة", "نسخ الرابط", "الوسوم:",
             *article.tags, f"آخر تحديث: {_num(updated)}", *FEEDBACK)

    writer = ""
    if article.author:
        page.add("الكاتب:", article.author)
        writer = f'\n                            <span class="news-detail__author"><span class="label">الكاتب:</span> <span class="name">{e(article.author)}</span></span>'

    img_src = og_image = ""
    figure = ""
    if n in IMAGE:
        img_src = f"/binaries/{HT}{GALLERY}/{moment:%Y/%m}/{IMAGE[n]}"
        og_image = f'\n<meta property="og:image" content="{HOST}{img_src}"/>'
        cap = "" if article.caption == "-" else article.caption
        page.add(cap)
        figcap = f"\n                            <figcaption>{e(cap)}</figcaption>" if cap else ""
        figure = f"""
                        <figure class="news-detail__image">
                            <img class="img-fluid" src="{img_src}" alt="{e(cap or article.headline)}"/>{figcap}
                        </figure>"""

    share = "".join(f'\n                            <li><a class="share-tools__link share-tools__link--{net}" href="{base}{url}" target="_blank" rel="noopener"><i class="icon icon-{net}" aria-hidden="true"></i><span class="sr-only">{label}</span></a></li>' for net, label, base in SHARE)
    tags = "".join(f'\n                            <li><a class="tag" href="/ar/search?query={e(t)}&amp;type=news">{e(t)}</a></li>' for t in article.tags)

    latest = []
    for k in range(4):
        title, slug = LATEST[(2 * n + k) % len(LATEST)]
        when = moment - timedelta(days=2 + 3 * k, hours=k)
        page.add(title, _num(when))
        latest.append(f'\n                            <li class="latest-news__item">\n                                <a href="/ar/media-center/news/{slug}">{title}</a>\n                                <span class="latest-news__date">{_num(when)}</span>\n                            </li>')
    quick = "".join(f'\n                            <li><a href="{h}">{t}</a></li>' for h, t in QUICK)
    page.add("أحدث الأخبار", "روابط سريعة", *(t for _, t in QUICK))

    cards = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 11 * k)
        slug = f"related-{node.split('-')[1]}-{k + 1}"
        page.add(title, _date(when))
        cards.append(f"""
                <div class="col-md-4">
                    <div class="news-card">
                        <a class="news-card__image" href="/ar/media-center/news/{slug}">
                            <img class="img-fluid" src="/binaries/{HT}/thumbnail{GALLERY}/{when:%Y/%m}/{slug}.jpg" alt="{e(title)}"/>
                        </a>
                        <div class="news-card__body">
                            <span class="news-card__date"><i class="icon-calendar" aria-hidden="true"></i> {_date(when)}</span>
                            <h3 class="news-card__title"><a href="/ar/media-center/news/{slug}">{e(title)}</a></h3>
                            <a class="news-card__more" href="/ar/media-center/news/{slug}">اقرأ المزيد</a>
                        </div>
                    </div>
                </div>""")
    page.add("أخبار ذات صلة", "اقرأ المزيد", "عرض جميع الأخبار")

    columns = []
    for title, links in FOOTER:
        page.add(title, *(t for _, t in links))
        lis = "".join(f'\n                        <li><a href="{h}"{BLANK if h.startswith("http") else ""}>{t}</a></li>' for h, t in links)
        columns.append(f'\n                <div class="col-lg-2 col-md-4 footer-col">\n                    <h4 class="footer-col__title">{title}</h4>\n                    <ul class="footer-links">{lis}\n                    </ul>\n                </div>')
    page.add(*CONTACT, *NEWSLETTER, "تابعونا", *(t for _, _, t in SOCIAL), SITE, SITE_EN,
             f"جميع الحقوق محفوظة © {updated.year} {SITE}",
             f"All rights reserved © {updated.year} {SITE_EN}",
             *(t for _, t in BOTTOM), *DGA)
    social = "".join(f'\n                        <li><a href="{h}" target="_blank" rel="noopener" title="{t}"><i class="icon icon-{icon}" aria-hidden="true"></i><span class="sr-only">{t}</span></a></li>' for h, icon, t in SOCIAL)
    bottom = "".join(f'\n                    <li><a href="{h}">{t}</a></li>' for h, t in BOTTOM)
    utility = "".join(f'\n                    <li><a href="{h if h != "/en" else "/en/media-center/news/" + node}"{EN_ATTRS if h == "/en" else ""}>{t}</a></li>' for h, t in UTILITY)
    desc = e(" ".join(article.lead.split()[:28]))
    nid = {1: "r46", 2: "r46", 3: "r47"}[n]

    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>

<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{desc}"/>
<link rel="canonical" href="{url}"/>
<link rel="alternate" hreflang="ar" href="{url}"/>
<link rel="alternate" hreflang="en" href="{HOST}/en/media-center/news/{node}"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="{SITE}"/>
<meta property="og:title" content="{e(article.headline)}"/>
<meta property="og:description" content="{desc}"/>
<meta property="og:url" content="{url}"/>{og_image}
<meta property="article:published_time" content="{_utc(moment)}"/>
<meta property="article:section" content="{e(sec)}"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:site" content="@swra_sa"/>
<meta name="twitter:title" content="{e(article.headline)}"/>

<link rel="icon" type="image/x-icon" href="{WEBFILES}/images/favicon.ico"/>
<link rel="preload" href="{WEBFILES}/fonts/IBMPlexSansArabic-Regular.woff2" as="font" type="font/woff2" crossorigin/>
<link rel="stylesheet" href="{WEBFILES}/css/bootstrap.rtl.min.css" type="text/css"/>
<link rel="stylesheet" href="{WEBFILES}/css/icons.css" type="text/css"/>
<link rel="stylesheet" href="{WEBFILES}/css/main-rtl.css" type="text/css"/>
<link rel="stylesheet" href="{WEBFILES}/css/print.css" type="text/css" media="print"/>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8SWRA24Q1Z"></script>
<script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('js', new Date());
    gtag('config', 'G-8SWRA24Q1Z');
</script>
</head>
<body class="rtl lang-ar news-detail-page">

<a href="#main-content" class="skip-link sr-only sr-only-focusable">الانتقال إلى المحتوى الرئيسي</a>

<div class="gov-banner" id="govBanner">
    <div class="container">
        <div class="gov-banner__header">
            <img class="gov-banner__flag" src="{WEBFILES}/images/saudi-flag.svg" alt="" width="24" height="16"/>
            <span class="gov-banner__text">{GOV_BANNER[0]}</span>
            <button class="gov-banner__toggle" type="button" data-toggle="collapse" data-target="#govBannerContent" aria-expanded="false" aria-controls="govBannerContent">{GOV_BANNER[1]} <i class="icon-chevron-down" aria-hidden="true"></i></button>
        </div>
        <div class="gov-banner__content collapse" id="govBannerContent">
            <div class="row">
                <div class="col-md-6 gov-banner__item">
                    <img src="{WEBFILES}/images/icon-link.svg" alt="" width="32" height="32"/>
                    <div>
                        <strong>{GOV_BANNER[2]}</strong>
                        <p>{GOV_BANNER[3]}</p>
                    </div>
                </div>
                <div class="col-md-6 gov-banner__item">
                    <img src="{WEBFILES}/images/icon-lock.svg" alt="" width="32" height="32"/>
                    <div>
                        <strong>{GOV_BANNER[4]}</strong>
                        <p>{GOV_BANNER[5]}</p>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>

<header class="site-header">
    <div class="site-header__top">
        <div class="container d-flex justify-content-between align-items-center">
            <ul class="utility-links list-inline">{utility}
            </ul>
            <div class="accessibility-tools" role="toolbar" aria-label="{ACCESS[0]}">
                <span class="accessibility-tools__title">{ACCESS[0]}</span>
                <button type="button" class="btn-access" data-action="font-increase" title="{ACCESS[1]}"><i class="icon-font-plus" aria-hidden="true"></i><span class="sr-only">{ACCESS[1]}</span></button>
                <button type="button" class="btn-access" data-action="font-reset" title="{ACCESS[2]}"><i class="icon-font" aria-hidden="true"></i><span class="sr-only">{ACCESS[2]}</span></button>
                <button type="button" class="btn-access" data-action="font-decrease" title="{ACCESS[3]}"><i class="icon-font-minus" aria-hidden="true"></i><span class="sr-only">{ACCESS[3]}</span></button>
                <button type="button" class="btn-access" data-action="contrast" title="{ACCESS[4]}"><i class="icon-contrast" aria-hidden="true"></i><span class="sr-only">{ACCESS[4]}</span></button>
            </div>
        </div>
    </div>
    <nav class="navbar navbar-expand-lg main-nav" aria-label="القائمة الرئيسية">
        <div class="container">
            <a class="navbar-brand" href="/ar">
                <img src="{WEBFILES}/images/logo-ar.svg" alt="{SITE}" width="210" height="64"/>
            </a>
            <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
            <div class="collapse navbar-collapse" id="mainNav">
            <ul class="navbar-nav">{_nav()}
            </ul>
            <form class="search-form form-inline" action="/ar/search" method="get" role="search">
                <label for="headerSearch" class="sr-only">بحث</label>
                <input class="form-control" type="search" id="headerSearch" name="query" placeholder="ابحث في الموقع"/>
                <button class="btn btn-search" type="submit" aria-label="بحث"><i class="icon-search" aria-hidden="true"></i></button>
            </form>
            </div>
        </div>
    </nav>
</header>

<main id="main-content" role="main">

    <section class="page-banner" style="background-image: url('/binaries/{HT}/content/gallery/swra/banners/media-center-banner.jpg');">
        <div class="container">
            <h2 class="page-banner__title">الأخبار</h2>
            <nav aria-label="breadcrumb">
                <ol class="breadcrumb">
                    <li class="breadcrumb-item"><a href="/ar">الرئيسية</a></li>
                    <li class="breadcrumb-item"><a href="/ar/media-center">المركز الإعلامي</a></li>
                    <li class="breadcrumb-item"><a href="/ar/media-center/news">الأخبار</a></li>
                    <li class="breadcrumb-item active" aria-current="page">{e(article.headline)}</li>
                </ol>
            </nav>
        </div>
    </section>

    <div class="container news-detail-component">
        <div class="row">
            <div class="col-lg-8">
                <article class="news-detail">
                    <header class="news-detail__header">
                        <h1 class="news-detail__title">{e(article.headline)}</h1>
                        <div class="news-detail__meta">
                            <span class="news-detail__category"><a href="/ar/media-center/news?category={sec_slug}">{e(sec)}</a></span>
                            <span class="news-detail__date"><i class="icon-calendar" aria-hidden="true"></i> <time datetime="{_utc(moment)}">{shown}</time></span>
                            <span class="news-detail__hijri">{HIJRI[n]}</span>{writer}
                        </div>
                    </header>

                    <div class="share-tools">
                        <span class="share-tools__label">مشاركة</span>
                        <ul class="share-tools__list list-inline">{share}
                            <li><a class="share-tools__link share-tools__link--print" href="javascript:window.print();"><i class="icon icon-print" aria-hidden="true"></i><span class="sr-only">طباعة</span></a></li>
                            <li><button type="button" class="share-tools__link share-tools__link--copy" data-clipboard-text="{url}"><i class="icon icon-link" aria-hidden="true"></i><span class="sr-only">نسخ الرابط</span></button></li>
                        </ul>
                    </div>
{figure}

                    <div class="news-detail__body rich-text">
{_body(article, n)}
                    </div>

                    <div class="news-detail__tags">
                        <span class="tags-title">الوسوم:</span>
                        <ul class="list-inline">{tags}
                        </ul>
                    </div>

                    <div class="news-detail__updated">
                        <span>آخر تحديث: {_num(updated)}</span>
                    </div>
                </article>

                <div class="page-feedback" id="pageFeedback">
                    <form class="page-feedback__form" action="{path}?_hn:type=action&amp;_hn:ref={nid}_r1_r2" method="post">
                        <span class="page-feedback__question">{FEEDBACK[0]}</span>
                        <button type="submit" name="useful" value="yes" class="btn btn-outline-primary">{FEEDBACK[1]}</button>
                        <button type="submit" name="useful" value="no" class="btn btn-outline-primary">{FEEDBACK[2]}</button>
                    </form>
                </div>
            </div>

            <aside class="col-lg-4 sidebar">
                <div class="sidebar-widget latest-news">
                    <h3 class="sidebar-widget__title">أحدث الأخبار</h3>
                    <ul class="latest-news__list">{"".join(latest)}
                    </ul>
                </div>
                <div class="sidebar-widget quick-links">
                    <h3 class="sidebar-widget__title">روابط سريعة</h3>
                    <ul>{quick}
                    </ul>
                </div>
            </aside>
        </div>
    </div>

    <section class="related-news">
        <div class="container">
            <div class="section-header d-flex justify-content-between">
                <h2 class="section-title">أخبار ذات صلة</h2>
                <a class="section-more" href="/ar/media-center/news">عرض جميع الأخبار</a>
            </div>
            <div class="row">{"".join(cards)}
            </div>
        </div>
    </section>

</main>

<footer class="site-footer">
    <div class="site-footer__main">
        <div class="container">
            <div class="row">{"".join(columns)}
                <div class="col-lg-3 col-md-6 footer-col">
                    <h4 class="footer-col__title">{CONTACT[0]}</h4>
                    <ul class="footer-contact">
                        <li><i class="icon-phone" aria-hidden="true"></i> {CONTACT[1]}</li>
                        <li><i class="icon-mail" aria-hidden="true"></i> {CONTACT[2]}</li>
                        <li><i class="icon-location" aria-hidden="true"></i> {CONTACT[3]}</li>
                    </ul>
                </div>
                <div class="col-lg-3 col-md-6 footer-col">
                    <h4 class="footer-col__title">{NEWSLETTER[0]}</h4>
                    <p>{NEWSLETTER[1]}</p>
                    <form class="newsletter-form" action="{path}?_hn:type=action&amp;_hn:ref=r8_r1_r2" method="post">
                        <label for="newsletterEmail" class="sr-only">البريد الإلكتروني</label>
                        <input type="email" id="newsletterEmail" name="email" class="form-control" placeholder="name@example.com" required/>
                        <button type="submit" class="btn btn-primary">{NEWSLETTER[2]}</button>
                    </form>
                    <h4 class="footer-col__title">تابعونا</h4>
                    <ul class="social-links list-inline">{social}
                    </ul>
                </div>
            </div>
        </div>
    </div>
    <div class="site-footer__bottom">
        <div class="container">
            <div class="row align-items-center">
                <div class="col-md-7">
                    <div class="footer-identity">
                        <img src="{WEBFILES}/images/logo-white.svg" alt="" width="150" height="46"/>
                        <p class="footer-identity__name"><span lang="ar">{SITE}</span><br/><span lang="en" dir="ltr">{SITE_EN}</span></p>
                    </div>
                    <p class="copyright">جميع الحقوق محفوظة © {updated.year} {SITE}</p>
                    <p class="copyright" lang="en" dir="ltr">All rights reserved © {updated.year} {SITE_EN}</p>
                    <ul class="footer-bottom-links list-inline">{bottom}
                    </ul>
                </div>
                <div class="col-md-5 text-md-left">
                    <a class="dga-badge" href="https://raqmi.dga.gov.sa/platforms/platforms/" target="_blank" rel="noopener">
                        <img src="{WEBFILES}/images/dga-logo.svg" alt="" width="48" height="48"/>
                        <span>{DGA[0]}</span>
                        <span class="dga-badge__number">{DGA[1]}</span>
                    </a>
                    <img class="vision-logo" src="{WEBFILES}/images/vision-2030.svg" alt="رؤية المملكة 2030" width="110" height="74"/>
                </div>
            </div>
        </div>
    </div>
</footer>

<script src="{WEBFILES}/js/jquery-3.7.1.min.js"></script>
<script src="{WEBFILES}/js/bootstrap.bundle.min.js"></script>
<script src="{WEBFILES}/js/clipboard.min.js"></script>
<script src="{WEBFILES}/js/main.js"></script>
</body>
</html>
"""
    return page
