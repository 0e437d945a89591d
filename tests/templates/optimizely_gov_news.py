"""A UAE emirate-level environment authority ("هيئة الساحل الشرقي للبيئة والمحميات الطبيعية",
Fujairah, +04:00) on Optimizely CMS 11 (Episerver, ASP.NET MVC, an Alloy-derived build): news
pages of its Arabic branch at /ar/media-centre/news/yyyy/MM/<english-segment>/. Head: `<title>`
"headline | authority", `<meta name="generator" content="EPiServer" />`, description, keywords
(the categories), og/twitter, `article:published_time`/`modified_time` from StartPublish/Saved in
UTC in .NET's round-trip format ("2024-06-02T20:35:00.0000000Z"), canonical and
`Html.AlternateLinks()` (`<link rel="alternate" href=... hreflang="ar"/>`, "en" only where an
English branch exists: not page 2, whose "English" switch goes to /en/), `?v=...1` bundles, GTM;
no JSON-LD. Body: skip link, top bar (emirate government link, accessibility toolbar, "English",
login), header (site name, `Html.MenuList` nav, search), the Alloy breadcrumb (`ul.alloyBreadcrumb`
with bare links, `span.divider` "/", the page name last), `article.news-details`: `<h1>`, section
label, "تاريخ النشر:" + `<time>` "14 مارس 2024" (ar-AE long date), the ReadSpeaker "استمع"
button, the image (page 1 captioned and credited, page 3 bare, page 2 none), the XhtmlString in
`div.news-body.rich-text` (page 1 bolds a phrase and ends with TinyMCE's `<p>&nbsp;</p>`; page 2
links a phrase; page 3, a report with the only byline "إعداد: ...", has justified paragraphs, an
`<h3>` subheading that belongs to the story and a video block inside the rich text with label,
title and duration), "الوسوم:", share bar; the related PageListBlock (`block pagelistblock  col-12
full`: titles, dates); the sidebar content area (media-centre sub-nav, "أحدث الأخبار", services
links, one an unresolved `/link/<guid>.aspx?epslanguage=ar`); the "هل كانت هذه الصفحة مفيدة؟"
Episerver Forms block (`form.EPiServerForms`, system hidden fields, radio "نعم"/"كلا", textarea,
submit); "آخر تحديث:" from Saved (dd/MM/yyyy hh:mm ص/م: page 1 that afternoon, page 3 three days
on, page 2 never edited; its story went up at 00:35 local, so its UTC meta shows the day
before); the footer (LinkItemCollection lists, contacts, happiness meter, copyright), the Forms
WebResource.axd scripts and Episerver Find's tracking. All of that is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta

from .base import Article, Page, day_month_year, e

NAME = "optimizely_gov_news"
HELD_OUT = True
SET = "unseen21"
FAMILY = "Optimizely CMS 11 (Episerver MVC) Gulf authority Arabic news page: Alloy breadcrumb, XhtmlString body, block areas, Episerver Forms feedback, last-modified line"
HOST = "https://optimizely-authority.example"
SITE = "هيئة الساحل الشرقي للبيئة والمحميات الطبيعية"
GOV = "حكومة الفجيرة"
SKIP = "تخطي إلى المحتوى الرئيسي"
ACCESS = ("أدوات سهولة الوصول", "تكبير الخط", "تصغير الخط", "حجم الخط الافتراضي", "تباين الألوان")
LOGIN = "تسجيل الدخول"
MENU = (("/ar/", "الرئيسية"), ("/ar/about/", "عن الهيئة"), ("/ar/protected-areas/", "المحميات الطبيعية"),
        ("/ar/e-services/", "الخدمات الإلكترونية"), ("/ar/media-centre/", "المركز الإعلامي"),
        ("/ar/open-data/", "البيانات المفتوحة"), ("/ar/contact-us/", "تواصل معنا"))
SEARCH = "بحث"
SUBNAV = (("news", "الأخبار"), ("events", "الفعاليات"), ("photo-gallery", "معرض الصور"),
          ("video-library", "مكتبة الفيديو"), ("publications", "الإصدارات"))
LATEST_TITLE = "أحدث الأخبار"
LATEST = ("الهيئة تطلق برنامجا لرصد جودة الهواء في المناطق الجبلية", "افتتاح مركز زوار محمية وادي الوريعة بعد أعمال التطوير",
          "ورشة إقليمية حول إدارة النفايات البحرية بمشاركة 12 دولة", "تمديد فترة التسجيل في جائزة الساحل الشرقي للاستدامة",
          "ضبط 18 مخالفة صيد في المياه الإقليمية خلال أسبوع", "خدمة إلكترونية جديدة لتصاريح التخييم في المحميات")
SERVICES_TITLE = "خدمات ذات صلة"
SERVICES = (("/ar/e-services/protected-area-entry-permit/", "طلب تصريح دخول محمية طبيعية"),
            ("/link/3f0c9e2a7b1d4c55a8e6f1b2c3d4e5f6.aspx?epslanguage=ar", "الإبلاغ عن مخالفة بيئية"),
            ("/ar/e-services/filming-permit/", "تصريح التصوير في المحميات"))
RELATED_TITLE = "أخبار ذات صلة"
PUBLISHED = "تاريخ النشر:"
LISTEN = "استمع"
TAGS_LABEL = "الوسوم:"
SHARE = ("مشاركة:", "فيسبوك", "إكس", "لينكدإن", "واتساب", "البريد الإلكتروني", "طباعة")
SHARE_URLS = (("facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("x", "https://twitter.com/intent/tweet?url="),
              ("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url="), ("whatsapp", "https://wa.me/?text="))
SYSTEM = ("__FormGuid", "__FormHostedPage", "__FormLanguage", "__FormCurrentStepIndex", "__FormSubmissionId")
WEBRESOURCES = ("pB7Lq2Xv9RmT4kYz1NcW8sHdE3fGuJ6aVo0iKl5tMbQy_Rn2CxZe7wPa4hUg9jSd1", "Kv3nT8qLz5YxR1wMc9bH2sJe6fDuGa0oVi4tPlNkQ7Zy_Bm1CrXd8wEa5hUg3jSf2",
                "Zt6mR2pXq8VwL4kYc1nB9sHdG3fEuJ7aTo5iKl0vMbNy_Qx4CrWe2wPa8hUg6jSd3")
FEEDBACK = ("هل كانت هذه الصفحة مفيدة؟", "نعم", "كلا", "أخبرنا كيف يمكننا تحسين هذه الصفحة", "إرسال")
FORM_GUID = "b8e2c4d1-6f3a-4e0b-9c7d-2a5f8e1b3c90"
UPDATED = "آخر تحديث:"
FOOTER = (("عن الهيئة", (("/ar/about/vision-mission/", "الرؤية والرسالة"), ("/ar/about/organisation-structure/", "الهيكل التنظيمي"),
                         ("/ar/about/careers/", "الوظائف"))),
          ("روابط مهمة", (("/ar/privacy-policy/", "سياسة الخصوصية"), ("/ar/terms-and-conditions/", "الشروط والأحكام"),
                          ("/ar/disclaimer/", "إخلاء المسؤولية"), ("/ar/sitemap/", "خريطة الموقع"), ("/ar/accessibility/", "إمكانية الوصول"))))
CONTACT = ("تواصل معنا", "الرقم المجاني: 800 2384", "ص.ب 1460، الفجيرة، الإمارات العربية المتحدة",
           "info@optimizely-authority.example")
HAPPINESS = "مؤشر السعادة"
BEST_VIEW = "يُعرض الموقع بأفضل شكل على أحدث إصدارات المتصفحات"
# Per page: English URL segment, English branch, image (caption credit or None), minutes the
# page was last saved after publishing, bolded / linked phrase (paragraph index, words).
PAGES = {
    1: {"segment": "kalba-mangrove-spring-campaign", "english": True,
        "image": "kalba-mangrove-volunteers", "credit": "تصوير: المكتب الإعلامي للهيئة",
        "saved": 342, "bold": (2, "نسبة نجاح الزراعة في المواسم الثلاثة الماضية تجاوزت 82 في المئة")},
    2: {"segment": "night-closure-turtle-nesting-beaches", "english": False, "image": None,
        "saved": 0, "link": (2, "اشتراطات زيارة المحميات الساحلية",
                             "/ar/protected-areas/visiting-requirements/")},
    3: {"segment": "coral-reef-recovery-survey-snoopy-island", "english": True,
        "image": "snoopy-island-reef-survey", "credit": None, "saved": 2 * 1440 + 1157,
        "heading": 2, "video": (3, "شاهد: جولة تحت الماء مع فريق المسح", "02:45", "r7Qp2XkLm0E")},
}
PAD = "    "  # Razor's whitespace-only lines, kept as the CMS writes them
LOCAL = timedelta(hours=4)
VIEW_BYLINE = "إعداد:"


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _utc_o(moment) -> str:
    """DateTime.ToUniversalTime().ToString("o"): seven fractional digits and a Z."""
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.0000000Z"


def _short(moment) -> str:
    """ar-AE "dd/MM/yyyy hh:mm tt": 17/03/2024 09:42 ص."""
    local = _local(moment)
    return f"{local:%d/%m/%Y} {local.hour % 12 or 12:02d}:{local:%M} {'ص' if local.hour < 12 else 'م'}"


def _links(items) -> str:
    """A LinkItemCollection through Html.PropertyFor: the list and its whitespace."""
    rows = "".join(f'\n    \n        <li>\n            <a href="{href}">{e(text)}</a> \n        </li>'
                   for href, text in items)
    return f"\n<ul>{rows}\n    \n</ul>"


def _body(article: Article, n: int) -> str:
    cfg = PAGES[n]
    out = []
    style = ' style="text-align: justify;"' if n == 3 else ""
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if "bold" in cfg and cfg["bold"][0] == k:
            html = html.replace(e(cfg["bold"][1]), f"<strong>{e(cfg['bold'][1])}</strong>", 1)
        if "link" in cfg and cfg["link"][0] == k:
            html = html.replace(e(cfg["link"][1]), f'<a href="{cfg["link"][2]}">{e(cfg["link"][1])}</a>', 1)
        out.append(f"<h3>{html}</h3>" if cfg.get("heading") == k else f"<p{style}>{html}</p>")
        if "video" in cfg and cfg["video"][0] == k:
            _, title, length, vid = cfg["video"]
            out.append(f"""<div class="block videoblock  ">
<div class="video-block"><span class="video-block__label">فيديو</span>
    <div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{vid}?rel=0&amp;wmode=opaque" title="{e(title)}" allowfullscreen></iframe></div>
    <p class="video-block__title">{e(title)} <span class="video-block__duration">{length}</span></p>
</div></div>""")
    if n == 1:
        out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    cfg = PAGES[n]
    moment = article.moment
    local = _local(moment)
    saved = moment + timedelta(minutes=cfg["saved"])
    path = f"/ar/media-centre/news/{local:%Y/%m}/{cfg['segment']}/"
    url = HOST + path
    en_url = f"{HOST}/en/media-centre/news/{local:%Y/%m}/{cfg['segment']}/"
    shown = day_month_year(local)
    page = Page(url=url, html="", shown_date=shown)
    page.add(SKIP, GOV, *ACCESS, "English", LOGIN, SITE, *(label for _, label in MENU), SEARCH,
             article.section, PUBLISHED, shown, LISTEN)
    page.add("المركز الإعلامي", "الأخبار")  # the breadcrumb (the page name is the headline)
    byline = f'\n            <div class="news-author"><span class="news-author__label">{VIEW_BYLINE}</span> <span class="news-author__name">{e(article.author)}</span></div>' if article.author else ""
    page.add(f"{VIEW_BYLINE} {article.author}" if article.author else "")
    figure, asset = "", f"/contentassets/{int(article.slug) * 7919:08x}c4e2a91d0b7f4e3a8c65d1f0/{cfg['image']}.jpg"
    if cfg["image"]:
        caption = f'\n                <figcaption>{e(article.caption)} <span class="image-credit">{e(cfg["credit"])}</span></figcaption>' if cfg["credit"] else ""
        page.add(*([article.caption, cfg["credit"]] if cfg["credit"] else []))
        figure = f'\n            <figure class="news-details__image">\n                <img src="{asset}?preset=newsdetail" alt="{e(article.headline)}" />{caption}\n            </figure>'
    if "video" in cfg:
        page.add("فيديو", cfg["video"][1], cfg["video"][2])
    tag_items = "".join(f'\n                    <li><a href="/ar/media-centre/news/?cat={31 + k}">{e(t)}</a></li>' for k, t in enumerate(article.tags))
    page.add(TAGS_LABEL, *article.tags, *SHARE)
    # Pages whose Arabic name gave no URL segment keep the one Episerver made from their id.
    rel = [(t, local - timedelta(days=6 + 11 * k), int(article.slug) - 37 * (k + 1)) for k, t in enumerate(article.related)]
    new = [(LATEST[(n + k) % len(LATEST)], local - timedelta(days=1 + 2 * k), int(article.slug) - 3 - k) for k in range(4)]
    page.add(*(line for title, when, _ in rel + new for line in (title, day_month_year(when))))
    related = [f"""<div class="listResult">\n    <h3><a href="/ar/media-centre/news/{when:%Y/%m}/news-{pid}/">{e(title)}</a></h3>
    <p class="small date">{day_month_year(when)}</p>\n</div>""" for title, when, pid in rel]
    latest = [f'                        <li><a href="/ar/media-centre/news/{when:%Y/%m}/news-{pid}/">{e(title)}</a> '
              f'<span class="date">{day_month_year(when)}</span></li>' for title, when, pid in new]
    page.add(LATEST_TITLE, SERVICES_TITLE, *(t for _, t in SERVICES), RELATED_TITLE, *FEEDBACK,
             UPDATED, _short(saved))
    page.add(*(line for heading, items in FOOTER for line in (heading, *(t for _, t in items))))
    page.add(*CONTACT, HAPPINESS, BEST_VIEW, f"© {local.year + (n == 3)} {SITE}. جميع الحقوق محفوظة.")
    subnav = "\n".join(f'                    <li class="nav-item"><a class="nav-link{" active" if key == "news" else ""}" '
                       f'href="/ar/media-centre/{key}/">{label}</a></li>' for key, label in SUBNAV)
    menu = "\n".join(f'                        <li class="nav-item">\n                            <a class="nav-link'
                     f'{" active" if label == "المركز الإعلامي" else ""}" href="{href}">{label}</a>\n'
                     f"                        </li>" for href, label in MENU)
    access = "\n".join(f'                <button type="button" class="access-btn access-btn--{k}" data-access="{k}">{label}</button>' for k, label in enumerate(ACCESS[1:]))
    alternates = (f'    <link rel="alternate" href="{en_url}" hreflang="en"/>\n' if cfg["english"] else "") + \
        f'    <link rel="alternate" href="{url}" hreflang="ar"/>'
    lang_href = en_url if cfg["english"] else f"{HOST}/en/"
    desc = article.lead if len(article.lead) <= 160 else article.lead[:160].rsplit(" ", 1)[0] + "..."
    og_image = HOST + asset if cfg["image"] else f"{HOST}/globalassets/shared/logo-og.png"
    modified = f'\n    <meta property="article:modified_time" content="{_utc_o(saved)}" />' if cfg["saved"] else ""
    footer_cols = "".join(f"""\n            <div class="col-12 col-md-3 footer__col">
                <h3 class="footer__heading">{heading}</h3>{_links(items)}
            </div>""" for heading, items in FOOTER)
    hexid = f"{int(article.slug):x}"
    share = "\n".join(f'                <a href="{base}{e(url)}" target="_blank" rel="noopener"><i class="icon-{icon}"></i>'
                      f'<span class="sr-only">{label}</span></a>' for (icon, base), label in zip(SHARE_URLS, SHARE[1:], strict=False))
    values = (FORM_GUID, article.slug, "ar", "0", "")
    system = "\n".join(f'    <input type="hidden" class="Form__Element Form__SystemElement FormHidden FormHideInSummarized" name="{name}" '
                       f'value="{value}" data-f-type="hidden" autocomplete="off" />' for name, value in zip(SYSTEM, values, strict=True))
    choices = "\n\n".join(f'    <label>\n        <input type="radio" name="__field_1187" value="{value}" class="FormChoice__Input FormChoice__Input--Radio"   data-f-datainput />\n        {label}</label>'
                           for value, label in (("yes", FEEDBACK[1]), ("no", FEEDBACK[2])))
    scripts = "\n".join(f'<script type="text/javascript" src="/WebResource.axd?d={d}&amp;t=638412873600000000"></script>' for d in WEBRESOURCES)
    metas = "\n".join(f'    <meta {"property" if key[:3] in ("og:", "art") else "name"}="{key}" content="{e(value)}" />' for key, value in (
        ("description", desc), ("keywords", ",".join(article.tags)), ("og:type", "article"), ("og:site_name", SITE),
        ("og:title", article.headline), ("og:description", desc), ("og:url", url), ("og:image", og_image),
        ("og:locale", "ar_AE"), ("twitter:card", "summary_large_image"), ("twitter:site", "@EastCoastEnv"),
        ("article:published_time", _utc_o(moment))))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{e(article.headline)} | {SITE}</title>
    <meta name="generator" content="EPiServer" />
{metas}{modified}
    <link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
    <link rel="canonical" href="{url}" />
{alternates}
    <link href="/bundles/css-rtl?v=Jq7c0mZr3KpLx9VtB2sWnE4hYfA6dUoGiT1lRkHwCe81" rel="stylesheet"/>
    <script src="/bundles/modernizr?v=wBEWDufH_Rd4dUGbsxhtqY9o7nEmYH6w0FRx3Ztwk9Q1"></script>
    <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-K4X7W2Q');</script>
</head>

    <body class="newspage rtl" data-lang="ar" data-pageid="{article.slug}">
        <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K4X7W2Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
        <a href="#main-content" class="skip-link">{SKIP}</a>
        <div class="top-bar"><div class="container">
                <a class="top-bar__gov" href="https://fujairah.example/ar/" target="_blank" rel="noopener">{GOV}</a>
                <div class="accessibility-tools" role="toolbar" aria-label="{ACCESS[0]}">
                <span class="accessibility-tools__title">{ACCESS[0]}</span>
{access}
                </div>
                <a class="lang-switch" href="{lang_href}" lang="en" hreflang="en">English</a>
                <a class="top-bar__login" href="/ar/login/?ReturnUrl={e(path)}">{LOGIN}</a>
        </div></div>
        <div class="container">
<header>
    <div class="container">
        <nav class="navbar navbar-expand-lg">
            <div class="container-fluid">
                <a class="navbar-brand logo" href="/ar/" title="{SITE}"><img src="/globalassets/shared/logo-ar.svg" alt="{SITE}" width="220" /> <span class="site-name">{SITE}</span></a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="navbarNav">
                    <ul class="navbar-nav">
{menu}
                    </ul>
                </div>
                <form action="/ar/search/" method="get" class="site-search" role="search">
                    <input type="text" class="search-query" name="q" id="SearchKeywords" placeholder="ابحث في الموقع" />
                    <button type="submit" class="searchButton" id="SearchButton">{SEARCH}</button>
                </form>
            </div>
        </nav>
    </div>
</header>
<div class="row hideMyTracks">
    <div class="col-12">
        <ul class="alloyBreadcrumb">
            <a href="/ar/">الرئيسية</a>
            <span class="divider">/</span>
<a href="/ar/media-centre/">المركز الإعلامي</a>                <span class="divider">/</span>
<a href="/ar/media-centre/news/">الأخبار</a>                <span class="divider">/</span>
{e(article.headline)}
        </ul>
    </div>
</div>
<main id="main-content" role="main">
<div class="row">
    <div class="col-12 col-lg-8">
        <article class="news-details">
            <h1>{e(article.headline)}</h1>
            <div class="news-details__meta">
                <span class="news-details__category">{e(article.section)}</span>
                <span class="news-details__date">{PUBLISHED} <time datetime="{local:%Y-%m-%dT%H:%M:%S}+04:00">{shown}</time></span>
            </div>{byline}
            <div id="readspeaker_button1" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" title="استمع إلى هذه الصفحة باستخدام ReadSpeaker webReader" href="https://app-eu.readspeaker.com/cgi-bin/rsent?customerid=11873&amp;lang=ar_ar&amp;readid=news-body&amp;url={e(url)}">
<span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>{LISTEN}</span></span></span><span class="rsbtn_right rsimg rsplay rspart"></span></a></div>{figure}
            <div class="news-body rich-text" id="news-body">
{_body(article, n)}
            </div>
            <div class="news-tags"><span class="news-tags__label">{TAGS_LABEL}</span>
                <ul>{tag_items}
                </ul></div>
            <div class="share-tools">
                <span class="share-tools__label">{SHARE[0]}</span>
{share}
                <a href="mailto:?subject={e(article.headline)}&amp;body={e(url)}"><i class="icon-mail"></i><span class="sr-only">{SHARE[5]}</span></a>
                <button type="button" class="share-tools__print" onclick="window.print();">{SHARE[6]}</button>
            </div>
        </article>
<div class="row"><div class="block pagelistblock  col-12 full">
<h2>{RELATED_TITLE}</h2>
{chr(10).join(related)}
</div></div>
    </div>
    <aside class="col-12 col-lg-4 sidebar">
<div><div class="block submenublock  ">
                <nav class="sub-nav" aria-label="المركز الإعلامي">
                    <h2 class="sub-nav__title"><a href="/ar/media-centre/">المركز الإعلامي</a></h2>
                    <ul class="nav flex-column">
{subnav}
                    </ul>
                </nav>
</div><div class="block latestnewsblock  ">
                    <h2 class="block-title">{LATEST_TITLE}</h2>
                    <ul class="latest-news">
{chr(10).join(latest)}
                    </ul>
</div><div class="block linklistblock  ">
                    <h2 class="block-title">{SERVICES_TITLE}</h2>{_links(SERVICES)}
</div></div>
    </aside>
</div>
</main>
<section class="page-feedback">
<div><div class="block formcontainerblock  col-12">

    <form method="post" novalidate="novalidate"
          data-f-metadata=""
          enctype="multipart/form-data" class="EPiServerForms ValidationSuccess" data-f-type="form" id="{FORM_GUID}">

    <script type="text/javascript" src="/EPiServer.Forms/DataSubmit/GetFormInitScript?formGuid={FORM_GUID}&amp;formLanguage=ar"></script>

{system}
    <input name="__RequestVerificationToken" type="hidden" value="Xq3v{hexid}Lw9TzR2bNc7YpK0eHs5UdJ1mGa8fVi4oWr6tQy_BnZx-CkEl3jPu7hMgSd2FaOb9Ny1q" />

    <h2 class="Form__Title">{FEEDBACK[0]}</h2>

    <div class="Form__Status">
        <div role="alert" aria-live="polite" class="Form__Status__Message hide" data-f-form-statusmessage>
{PAD}{PAD}{PAD}
        </div>
    </div>

    <div data-f-mainbody class="Form__MainBody">
        <section id="__field_" data-f-type="step" data-f-element-name="__field_" class="Form__Element FormStep Form__Element--NonData " data-f-stepindex="0" data-f-element-nondata>

            <!-- Each FormStep groups the elements below it til the next FormStep -->
            <div class="Form__Element FormChoice ValidationRequired" id="4d6f1a2e-8b3c-4f7a-a1e9-5c2d7b0e9f13" data-f-element-name="__field_1187" data-f-type="choice">
<fieldset>
{choices}

    <span class="Form__Element__ValidationError" data-f-linked-name="__field_1187" data-f-validationerror="" id="__field_1187_desc" style="display:none"></span>
</fieldset>
</div><div class="Form__Element FormTextbox FormTextbox--Textarea" data-f-element-name="__field_1188" data-f-type="textarea">
    <label for="9a0b7c3d-2e4f-4a6b-8c1d-3e5f7a9b0c24" class="Form__Element__Caption">{FEEDBACK[3]}</label>
    <textarea name="__field_1188" id="9a0b7c3d-2e4f-4a6b-8c1d-3e5f7a9b0c24" class="FormTextbox__Input" aria-describedby="__field_1188_desc" placeholder="ملاحظاتك (اختياري)" data-f-label="{FEEDBACK[3]}" data-f-datainput></textarea>
    <span class="Form__Element__ValidationError" data-f-linked-name="__field_1188" data-f-validationerror="" id="__field_1188_desc" style="display:none"></span>
</div>

<button id="c3e5a7b9-1d2f-4e6a-8b0c-7d9f1a3b5c68" name="submit" type="submit" value="c3e5a7b9-1d2f-4e6a-8b0c-7d9f1a3b5c68" data-f-is-finalized="true"
    data-f-is-progressive-submit="true" data-f-type="submitbutton" data-f-element-name="__field_1189"
{PAD}
        class="Form__Element FormExcludeDataRebind FormSubmitButton">
        {FEEDBACK[4]}
{PAD}
</button>

        </section>

    </div>

    </form>
</div></div>
<div class="page-last-modified">
    <span>{UPDATED}</span> <time datetime="{_local(saved):%Y-%m-%dT%H:%M:%S}+04:00">{_short(saved)}</time>
</div>
</section>
<footer class="footer">
    <div class="container">
        <div class="row">{footer_cols}
            <div class="col-12 col-md-3 footer__col">
                <h3 class="footer__heading">{CONTACT[0]}</h3>
                <p>{CONTACT[1]}</p><p>{CONTACT[2]}</p><p><a href="mailto:{CONTACT[3]}">{CONTACT[3]}</a></p>
            </div>
            <div class="col-12 col-md-3 footer__col"><a class="happiness-meter" href="/ar/happiness-meter/"><img src="/globalassets/shared/happiness-meter.svg" alt="" /> {HAPPINESS}</a></div>
        </div>
        <div class="footer__bottom"><p class="footer__browsers">{BEST_VIEW}</p>
            <p class="footer__copyright">&copy; {local.year + (n == 3)} {SITE}. جميع الحقوق محفوظة.</p></div>
    </div>
</footer>
        </div>
        <script src="/bundles/js?v=R8mC2p0vTqYk3sLxZ7nGw1eHbJ5aUdF9oVi6tNrKyQc1"></script>
{scripts}
<script type="text/javascript" src="https://dl.episerver.net/13.4.4.1/epi-util/find.js"></script>
<script type="text/javascript">
if(FindApi){{var api = new FindApi();api.setApplicationUrl('/');api.setServiceApiBaseUrl('/find_v2/');api.processEventFromCurrentUri();api.bindWindowEvents();api.bindAClickEvent();api.sendBufferedEvents();}}
</script>
    </body>
</html>
"""
    return page
