"""The news section ("المركز الإعلامي" > "الأخبار") of a Qatari ministry portal ("وزارة الشؤون البلدية
والبيئة") on Magnolia CMS with an MTK-derived FreeMarker theme (`mme-theme`), as its public instance
serves a news page. Head: `<html xml:lang="ar" lang="ar" dir="rtl">`, `<title>` "headline - <ministry>",
description (lead cut at ~160 characters + "..."), keywords (tags), canonical and ar/en hreflang,
og/twitter meta with an `/.imaging/mte/mme-theme/og-image/dam/.../x.jpg/jcr:content/x.jpg` rendition
(else the theme's default image), `article:published_time`/`modified_time` as Java prints UTC instants
("...T21:45:00.000Z"), theme CSS/JS under `/.resources/mme-theme/webresources/` with Magnolia's cache
fingerprint ("main~2024-07-29-14-05-51-000~cache.css"); no JSON-LD. Body (`class="newsDetail ar"`):
skip link; `header#header` with the accessibility bar ("حجم الخط:", "تكبير الخط", "تصغير الخط", "تباين
الألوان"), top links, "English", `#branding`, the STK search box (`input#searchbar name="queryStr"`),
`nav#nav-global`; the STK breadcrumb `div#breadcrumb` ("أنت هنا:", `<ol>` ending in the `<strong>`
headline); `#wrapper-2` with the right-hand sub-navigation `div#nav` (`li.on`), quick-links and hotline
boxes, and `div#main`: `article.news-detail` with the category, `<h1>`, `ul.news-meta` ("تاريخ النشر:" +
`<time>` "الأحد 21 أبريل 2024", local +03:00; page 3 adds the byline "إعداد: ..."; view count), then
`div.news-body`, one text component per block: `<div class="text-section">` with the component's
CKEditor HTML and the comment `<!-- end text-section -->` (some hold two `<p>`s). Page 1's first is a
text-image (`text-section text-image-section`, MTK image macro above the text: `<!-- image with
caption/credit -->`, `div.content-image-wrapper`, `span.image-caption`, `span.image-credit`) and one
component keeps an empty `<p>&nbsp;</p>`; page 2 (posted 00:45 local, so its UTC meta is the day
before) has `<p dir="RTL" style="text-align: justify;">`, a DAM link (`/dam/jcr:<uuid>/x.pdf`) in a
paragraph, bold words, a component headline `<h2>` (the story's subheading) and an attachments box;
page 3 has the byline and a YouTube video component with caption between components. After the body:
"الكلمات الدلالية:" tag links, the share bar ("شارك الخبر:", screen-reader labels, "إرسال بالبريد",
"طباعة"), "أخبار ذات صلة" teasers (rendition thumbnails, dd/mm/yyyy dates), the Magnolia form-module
feedback form ("هل كانت هذه الصفحة مفيدة؟", hidden `mgnlModelExecutionUUID`/`mgnlFormToken`/`csrf`)
with its rating line, "آخر تحديث للصفحة: ..." and `footer#footer` (link columns, contacts, legal links,
copyright, browser note). All of that is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import quote

from .base import Article, Page, day_month_year, e, weekday

NAME = "magnolia_gov_portal"
HELD_OUT = True
SET = "unseen20"
FAMILY = "Magnolia CMS (FreeMarker, MTK-style theme) Qatari ministry news page: text-section components, .imaging renditions, STK breadcrumb/search, accessibility bar, share/print, feedback form, last-updated line"
HOST = "https://magnolia-ministry.example"
SITE = "وزارة الشؤون البلدية والبيئة"
THEME = "mme-theme"
CSS = (("css/bootstrap-rtl.min.css", "all"), ("css/main.css", "all"), ("css/accessibility.css", "all"), ("css/print.css", "print"))
JS = ("js/jquery.min.js", "js/bootstrap-rtl.min.js", "js/accessibility.js", "js/main.js")
STAMPS = ("2024-03-11-09-42-17-000", "2024-07-29-14-05-51-000", "2024-12-22-08-30-04-000")
GLOBAL_NAV = (("/ar", "الرئيسية"), ("/ar/about", "عن الوزارة"), ("/ar/e-services", "الخدمات الإلكترونية"), ("/ar/media-center", "المركز الإعلامي"), ("/ar/municipalities", "بلديات الدولة"), ("/ar/environment", "الشؤون البيئية"), ("/ar/partnership", "الشراكة المجتمعية"), ("/ar/contact-us", "تواصل معنا"))
TOP_LINKS = (("/ar/sitemap", "خريطة الموقع"), ("/ar/faq", "الأسئلة الشائعة"), ("/ar/contact-us", "اتصل بنا"))
TOOLS = (("font-increase", "+1", "تكبير الخط"), ("font-decrease", "-1", "تصغير الخط"), ("contrast-toggle", "contrast", "تباين الألوان"))
SUB_NAV = (("news", "الأخبار"), ("press-releases", "البيانات الصحفية"), ("events", "الفعاليات"), ("photo-gallery", "معرض الصور"), ("videos", "مكتبة الفيديو"), ("publications", "الإصدارات والتقارير"))
QUICK = (("/ar/e-services/violations", "الاستعلام عن المخالفات البلدية"), ("/ar/e-services/trade-license-renewal", "تجديد الرخص التجارية"), ("/ar/e-services/complaints", "تقديم بلاغ أو شكوى"), ("/ar/surveys", "الاستبيانات الإلكترونية"))
HOTLINE = ("للبلاغات والاستفسارات", "اتصل على الرقم المجاني 184")
SHARE = (("facebook", "https://www.facebook.com/sharer/sharer.php?u=", "فيسبوك"), ("x", "https://x.com/intent/tweet?url=", "إكس"), ("whatsapp", "https://api.whatsapp.com/send?text=", "واتساب"), ("linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url=", "لينكدإن"))
FOOTER = (("عن الوزارة", (("/ar/about/vision", "الرؤية والرسالة"), ("/ar/about/structure", "الهيكل التنظيمي"), ("/ar/about/strategy", "الخطة الاستراتيجية"))),
          ("الخدمات", (("/ar/e-services/guide", "دليل الخدمات"), ("/ar/e-services", "الخدمات الإلكترونية"), ("/ar/appointments", "حجز مواعيد المراجعين"))),
          ("المركز الإعلامي", (("/ar/media-center/news", "الأخبار"), ("/ar/media-center/events", "الفعاليات"), ("/ar/media-center/publications", "الإصدارات والتقارير"))))
CONTACT = ("الخط الساخن: 184", "البريد الإلكتروني: info@magnolia-ministry.example", "ص.ب: 22332، الدوحة")
LEGAL = (("/ar/privacy", "سياسة الخصوصية"), ("/ar/terms", "شروط الاستخدام"), ("/ar/disclaimer", "إخلاء المسؤولية"), ("/ar/accessibility", "إمكانية الوصول"))
BROWSERS = "يُعرض الموقع بشكل أفضل على الإصدارات الحديثة من متصفحات Chrome وFirefox وSafari وEdge"
# Per page: how the editors cut the story into text components (paragraph indexes; "video"
# is the video component), the heading paragraph, the linked and bold phrases.
GROUPS = {1: ((0,), (1,), (2, 3), (4,)), 2: ((0,), (1, 2), (3, 4), (5,), (6,)), 3: ((0,), (1,), "video", (2, 3))}
HEADING, LINKED, BOLD = {2: 3}, {2: (2, "دليل الاشتراطات الفنية")}, {2: (4, "مهلة ستة أشهر")}
PDF = "/dam/jcr:5b3e2a91-7c4d-4f0e-9a61-2d8e4c7b1f03/shop-licensing-technical-guide-2024.pdf"
ATTACHMENT = ("دليل الاشتراطات الفنية للمحال التجارية", "(PDF، 2.4 ميجابايت)")
IMAGE = {1: ("media-center/news/2024/04", "alwakra-park-opening.jpg", "تصوير: إدارة الحدائق العامة")}
VIDEO = ("q7XkR2mVb3s", "فيديو: جانب من جولة فرق التفتيش في سوق الجملة بأم صلال")
BYLINE = {3: "إعداد: "}
VIEWS = ("2,184", "5,906", "731")
UPDATED = (timedelta(days=1, hours=22, minutes=44), timedelta(hours=7, minutes=20), timedelta(days=1, hours=1, minutes=5))
FEEDBACK = ((81, 142), (64, 311), (90, 38))
UUIDS = ("0d7c51e2-93b4-4a8f-b1de-6f2a9c4e8b10", "6a1f0b93-2c7e-4d55-8e0a-3b9d4f71c2e6", "c3e85d20-7f1a-4b96-a0c4-91d2e6b5f837")
RELATED_AGO = (9, 23, 41)
LOCAL = timedelta(hours=3)


def _res(path: str, n: int) -> str:
    """A theme resource with Magnolia's cache fingerprint: "x.min~2024-...-000~cache.css"."""
    stem, _, ext = path.rpartition(".")
    return f"/.resources/{THEME}/webresources/{stem}~{STAMPS[n - 1]}~cache.{ext}"


def _rendition(variation: str, folder: str, file: str) -> str:
    return f"/.imaging/mte/{THEME}/{variation}/dam/{folder}/{file}/jcr:content/{file}"


def _clock(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _lis(pairs, pad: int, current: str = "") -> str:
    """`<li><a>` lines of a link list; the current page's item is `li.on`."""
    return "\n".join(" " * pad + (f'<li class="on"><a href="{href}">{label}</a></li>' if href == current
                                   else f'<li><a href="{href}">{label}</a></li>') for href, label in pairs)


def _instant(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _para(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{PDF}" target="_blank">{words}</a>', 1)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n == 2:
        return f'<p dir="RTL" style="text-align: justify;">{html}</p>'
    return f"<p>{html}</p>"


def _component(article: Article, n: int, group, page: Page) -> str:
    texts = (article.lead, *article.paragraphs)
    if group == "video":
        page.add(VIDEO[1])
        return f"""<div class="video-section">
    <div class="embed-responsive embed-responsive-16by9">
        <iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{VIDEO[0]}?rel=0" title="{e(article.headline)}" frameborder="0" allowfullscreen></iframe>
    </div>
    <p class="video-caption">{e(VIDEO[1])}</p>
</div><!-- end video-section -->"""
    css = "text-section"
    head = image = ""
    if 0 in group and n in IMAGE:
        css += " text-image-section"
        folder, file, credit = IMAGE[n]
        page.add(article.caption, credit)
        image = f"""
        <!-- image with caption/credit -->
        <div class="content-image-wrapper">
        <img src="{_rendition('content-large', folder, file)}" alt="{e(article.caption)}" title="{e(article.caption)}" class="content-image-above" style="max-width: 100%" />
                <span class="image-caption">{e(article.caption)}</span>
                <span class="image-credit">{e(credit)}</span>
        </div><!-- end image with caption/credit -->
"""
    paras = []
    for k in group:
        if HEADING.get(n) == k:
            head = f"\n        <h2>{e(texts[k])}</h2>\n"
        else:
            paras.append(_para(article, n, k, texts[k]))
    if n == 1 and group == (2, 3):
        paras.append("<p>&nbsp;</p>")
    return f"""<div class="{css}">
{head}{image}
{chr(10).join(paras)}

</div><!-- end {css} -->"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = moment.astimezone(UTC) + LOCAL
    path = f"/ar/media-center/news/{local.year}/news-{article.slug}.html"
    url, en_url = HOST + path, HOST + path.replace("/ar/", "/en/", 1)
    shown = f"{weekday(local)} {day_month_year(local)}"
    page = Page(url=url, html="", shown_date=shown)
    updated = local + UPDATED[n - 1]
    last = f"آخر تحديث للصفحة: {updated:%d/%m/%Y} - {_clock(updated)}"
    share, rated = FEEDBACK[n - 1]
    rating = f"أفاد {share}% من الزوار بأن هذه الصفحة مفيدة (من أصل {rated} تقييما)"
    copyright_line = f"© {updated.year} {SITE} - دولة قطر. جميع الحقوق محفوظة."
    labels = [label for links in (TOP_LINKS, GLOBAL_NAV, SUB_NAV, QUICK, LEGAL) for _, label in links]
    page.add("انتقل إلى المحتوى الرئيسي", "حجم الخط:", *(t[2] for t in TOOLS), *labels, "English", "البحث في الموقع", "ابحث عن:", "أنت هنا:",
             "روابط سريعة", *HOTLINE, article.section, "تاريخ النشر:", shown, f"عدد المشاهدات: {VIEWS[n - 1]}",
             "الكلمات الدلالية: " + "، ".join(article.tags), "شارك الخبر:", *(s[2] for s in SHARE), "إرسال بالبريد", "طباعة",
             "أخبار ذات صلة", "هل كانت هذه الصفحة مفيدة؟", "نعم", rating, last, "تواصل معنا", *CONTACT, "تابعونا على", copyright_line, BROWSERS)
    byline = ""
    if n in BYLINE and article.author:
        byline = f'\n                        <li class="news-author">{BYLINE[n]}{e(article.author)}</li>'
        page.add(BYLINE[n] + article.author)
    components = "\n\n".join(_component(article, n, g, page) for g in GROUPS[n])
    attachments = ""
    if n == 2:
        attachments = f"""
                    <div class="downloads-section">
                        <h3>المرفقات</h3>
                        <ul class="download-list">
                            <li><a href="{PDF}" target="_blank"><span class="file-icon pdf" aria-hidden="true"></span>{ATTACHMENT[0]}</a> <span class="file-info">{ATTACHMENT[1]}</span></li>
                        </ul>
                    </div><!-- end downloads-section -->
"""
        page.add("المرفقات", " ".join(ATTACHMENT))
    tag_links = "، ".join(f'<a href="/ar/search-results?queryStr={quote(t)}" rel="tag">{e(t)}</a>' for t in article.tags)
    share_items = "\n".join(f'                            <li><a href="{link}{quote(url, safe="")}" target="_blank" rel="noopener" class="share-{key}" title="{label}"><i class="icon-{key}" aria-hidden="true"></i><span class="sr-only">{label}</span></a></li>'
                            for key, link, label in SHARE)
    teasers = []
    for k, title in enumerate(article.related):
        when = local - timedelta(days=RELATED_AGO[k], hours=3 * k)
        slug = int(article.slug) - 12 * (k + 1)
        link = f"/ar/media-center/news/{when.year}/news-{slug}.html"
        thumb = _rendition("teaser-small", f"media-center/news/{when:%Y/%m}", f"news-{slug}-thumb.jpg")
        page.add(title, f"{when:%d/%m/%Y}")
        teasers.append(f"""                    <div class="col-sm-4"><div class="teaser news-teaser">
                            <a href="{link}" class="teaser-image"><img src="{thumb}" alt="{e(title)}" /></a>
                            <div class="teaser-body"><span class="teaser-date">{when:%d/%m/%Y}</span>
                                <h3 class="teaser-title"><a href="{link}">{e(title)}</a></h3></div>
                    </div></div>""")
    footer_cols = []
    for heading, links in FOOTER:
        page.add(heading, *(label for _, label in links))
        footer_cols.append(f"""                    <div class="col-sm-3 footer-col">
                        <h3>{heading}</h3>
                        <ul>
{_lis(links, 28)}
                        </ul>
                    </div>""")
    description = article.lead if len(article.lead) <= 160 else article.lead[:160].rsplit(" ", 1)[0] + "..."
    og_image = HOST + (_rendition("og-image", *IMAGE[n][:2]) if n in IMAGE else f"/.resources/{THEME}/webresources/img/og-default.png")
    sub = _lis([(f"/ar/media-center/{key}", label) for key, label in SUB_NAV], 12, "/ar/media-center/news").replace('<li class="on"><a href="/ar/media-center/news">الأخبار</a></li>', '<li class="on"><strong><a href="/ar/media-center/news">الأخبار</a></strong></li>')
    tools = "\n".join(f'                <button type="button" class="{cls}" data-font="{data}" title="{label}">{label}</button>' for cls, data, label in TOOLS)
    social = "\n".join(f'                            <a href="https://{site}/mme_qatar" class="icon-{key}" title="{key}" target="_blank" rel="noopener"></a>' for key, site in (("x", "x.com"), ("instagram", "www.instagram.com"), ("youtube", "www.youtube.com")))
    token = UUIDS[n - 1].replace("-", "")[::-1]
    page.html = f"""<!DOCTYPE html>
<html xml:lang="ar" lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{e(article.headline)} - {SITE}</title>
    <meta name="description" content="{e(description)}" />
    <meta name="keywords" content="{e(', '.join(article.tags))}" />
    <link rel="canonical" href="{url}" />
    <link rel="alternate" hreflang="ar" href="{url}" />
    <link rel="alternate" hreflang="en" href="{en_url}" />
    <meta property="og:site_name" content="{SITE}" />
    <meta property="og:locale" content="ar_QA" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{e(article.headline)}" />
    <meta property="og:description" content="{e(description)}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:image" content="{og_image}" />
    <meta property="article:published_time" content="{_instant(moment)}" />
    <meta property="article:modified_time" content="{_instant(moment + UPDATED[n - 1])}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@mme_qatar" />
    <meta name="twitter:title" content="{e(article.headline)}" />
    <meta name="twitter:image" content="{og_image}" />
    <link rel="shortcut icon" type="image/x-icon" href="/.resources/{THEME}/webresources/img/favicon.ico" />
{chr(10).join(f'    <link rel="stylesheet" type="text/css" href="{_res(css, n)}" media="{media}" />' for css, media in CSS)}
  </head>
  <body class="newsDetail ar">
<p id="skip-links"><a href="#main" class="sr-only sr-only-focusable">انتقل إلى المحتوى الرئيسي</a></p>
<div id="wrapper">
    <header id="header" role="banner">
        <div class="top-bar"><div class="container">
            <div class="accessibility-bar" role="toolbar" aria-label="أدوات إمكانية الوصول">
                <span class="tool-label">حجم الخط:</span>
{tools}
            </div>
            <ul class="top-links">
{_lis(TOP_LINKS, 16)}
                <li class="lang-switch"><a href="{en_url}" lang="en" hreflang="en">English</a></li>
            </ul>
        </div></div>
        <div class="brand-bar"><div class="container">
            <div id="branding">
                <a href="/ar" title="{SITE}"><img src="/.resources/{THEME}/webresources/img/logo-ar.svg" alt="{SITE} - دولة قطر" width="260" height="72" /></a>
            </div><!-- end branding -->
            <div id="search-box" role="search">
                <form action="/ar/search-results" method="get">
                    <h6>البحث في الموقع</h6>
                    <div>
                    <label for="searchbar">ابحث عن:</label>
                    <input id="searchbar" name="queryStr" type="text" value="" placeholder="اكتب كلمة البحث..." />
                    <input class="button" type="submit" value="بحث" />
                    </div>
                </form>
            </div><!-- end search-box -->
        </div></div>
        <nav id="nav-global" role="navigation"><div class="container">
            <ul>
{_lis(GLOBAL_NAV, 16, "/ar/media-center")}
            </ul>
        </div></nav><!-- end nav-global -->
    </header><!-- end header -->
    <div class="container"><div id="breadcrumb">
        <h2>أنت هنا:</h2>
        <ol>
            <li><a href="/ar">الرئيسية</a></li>
            <li><a href="/ar/media-center">المركز الإعلامي</a></li>
            <li><a href="/ar/media-center/news">الأخبار</a></li>
            <li><strong>{e(article.headline)}</strong></li>
        </ol>
    </div><!-- end breadcrumb --></div>
    <div id="wrapper-2" class="container">
        <div class="row">
    <aside id="sidebar" class="col-md-3 col-sm-12">
        <div id="nav" role="navigation">
        <h2 class="nav-title"><a href="/ar/media-center">المركز الإعلامي</a></h2>
        <ul>
{sub}
        </ul>
        </div><!-- end nav -->
        <div class="sidebar-box quick-links">
            <h3>روابط سريعة</h3>
            <ul>
{_lis(QUICK, 16)}
            </ul>
        </div>
        <div class="sidebar-box hotline-box">
            <span class="hotline-title">{HOTLINE[0]}</span>
            <strong class="hotline-number">{HOTLINE[1]}</strong>
        </div>
    </aside>
            <div id="main" class="col-md-9 col-sm-12" role="main">
                <article class="news-detail">
                    <div class="news-header">
                        <span class="news-category"><a href="/ar/media-center/news">{e(article.section)}</a></span>
                        <h1 class="news-title">{e(article.headline)}</h1>
                        <ul class="news-meta">
                        <li class="news-date"><span class="meta-label">تاريخ النشر:</span> <time datetime="{local:%Y-%m-%d}">{shown}</time></li>{byline}
                        <li class="news-views"><span class="meta-label">عدد المشاهدات:</span> {VIEWS[n - 1]}</li>
                        </ul>
                    </div>
                    <div class="news-body">

{components}

                    </div><!-- end news-body -->
{attachments}
                    <div class="news-tags">
                        <span class="tags-label">الكلمات الدلالية:</span> {tag_links}
                    </div>
                    <div class="share-tools">
                        <span class="share-label">شارك الخبر:</span>
                        <ul class="share-list">
{share_items}
                            <li><a href="mailto:?subject={quote(article.headline)}&amp;body={quote(url, safe='')}" class="share-email"><i class="icon-envelope" aria-hidden="true"></i> إرسال بالبريد</a></li>
                            <li><a href="javascript:window.print();" class="share-print"><i class="icon-print" aria-hidden="true"></i> طباعة</a></li>
                        </ul>
                    </div>
                </article>
                <section class="related-news">
                    <h2 class="section-title">أخبار ذات صلة</h2>
                    <div class="row">
{chr(10).join(teasers)}
                    </div>
                </section>
                <div class="page-feedback" id="page-feedback">
    <div class="form-wrapper" >
        <form id="pageFeedbackForm" method="post" action="" enctype="multipart/form-data" >
            <div class="form-item-hidden">
                <input type="hidden" name="mgnlModelExecutionUUID" value="{UUIDS[n - 1]}" />
                <input type="hidden" name="field" value="" />
                    <input type="hidden" name="mgnlFormToken" value="{token}" />
                <input type="hidden" name="csrf" value="{token[:16].upper()}" />
            </div><!-- end form-item-hidden -->
            <input type="hidden" name="pageUrl" value="{path}" />
            <fieldset>
                <legend class="feedback-question">هل كانت هذه الصفحة مفيدة؟</legend>
                <div class="form-row radio-row">
                    <input type="radio" id="helpful-yes" name="helpful" value="yes" /><label for="helpful-yes">نعم</label>
                    <input type="radio" id="helpful-no" name="helpful" value="no" /><label for="helpful-no">لا</label>
                </div>
            </fieldset>
            <div class="button-wrapper"><input type="submit" value="إرسال" class="submit" /></div>
        </form>
    </div><!-- end form-wrapper -->
                    <p class="feedback-stats">{rating}</p>
                </div>
                <div class="last-updated">{last}</div>
            </div><!-- end main -->
        </div>
    </div><!-- end wrapper-2 -->
    <footer id="footer" role="contentinfo">
        <div class="footer-links"><div class="container"><div class="row">
{chr(10).join(footer_cols)}
                    <div class="col-sm-3 footer-col">
                        <h3>تواصل معنا</h3>
                        <ul class="contact-list">
{chr(10).join(f'                            <li>{line}</li>' for line in CONTACT)}
                        </ul>
                        <div class="social-links">
                            <span>تابعونا على</span>
{social}
                        </div>
                    </div>
        </div></div></div>
        <div class="footer-bottom"><div class="container">
                <ul class="legal-links">
{_lis(LEGAL, 20)}
                </ul>
                <p class="copyright">&copy; {updated.year} {SITE} - دولة قطر. جميع الحقوق محفوظة.</p>
                <p class="browsers">{BROWSERS}</p>
        </div></div>
    </footer><!-- end footer -->
</div><!-- end wrapper -->

{chr(10).join(f'<script src="{_res(js, n)}"></script>' for js in JS)}
<script async src="https://www.googletagmanager.com/gtag/js?id=G-4QX7M2LD9K"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-4QX7M2LD9K');</script>
  </body>
</html>
"""
    return page

