"""News of an Omani government agency ("هيئة الموارد المائية") on Alkacon OpenCms 11 with
the Mercury template, as its Java formatters print a detail page. The head: `<title>`
"headline | هيئة الموارد المائية", description/keywords, og meta, the theme CSS and the
deferred `mercury.js` from `/export/system/modules/alkacon.mercury.theme/`. The body is
`<div  id="mercury-page" >`: `header.area-header` (the `h-meta` links, the logo image box,
`nav.nav-main-group` with `ul.nav-main-items`, then `h-bc` with the schema.org
`ul.nav-breadcrumbs` whose last crumb is the story's own title), then `main.area-content`
with a `col-lg-8` detail column and a `col-lg-4` side column. The story is one
`div.detail-page.type-blog.layout-0`: `div.detail-visual.piece` with the
`h1.intro-headline > span.headline`, the key visual on page 1 only (`image-src-box`,
`div.copyright.image-copyright` "© ..." and the `div.subtitle` caption) and the
`visual-info` box (`span.sr-only` "التاريخ:" label and the date "12 مارس 2024"; page 1 adds
`info person` with "بقلم:" and the writer, the only page naming one; page 3's date setting
carries the prefix "تاريخ النشر: "). Then `div.detail-content` of `type-section` pieces,
`div.body > div.text > p`: page 1's second section opens with its subheading as
`h2.piece-heading` (text, in the body); page 3's first section floats an image with only its
copyright line, links a phrase inline and bolds another. The formatter's JSON-LD
`NewsArticle` closes the detail page (datePublished in the server's UTC: page 2's story,
posted at 00:20 Muscat time, is dated 30 June there while the page prints 1 July). After it,
`div.detail-addition` with the category labels ("التصنيفات:") and a Shariff share element
("شارك الخبر"), then the `list-dynamic` teaser list "أخبار ذات صلة" (titles and dates,
"عرض المزيد" button). The side column holds a second `list-dynamic` "آخر الأخبار" and a
contact box. Footer `area-foot` (`topfoot` columns, `subfoot` copyright). All but the
headline, the date and the section texts is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LATEST, MONTHS, Article, Page, e, rotate

NAME = "opencms_gov_news"
HELD_OUT = True
SET = "unseen27"
FAMILY = "OpenCms 11 Mercury template, Omani government agency news detail: detail-visual headline/date, type-section paragraphs, image-copyright, detail-addition, list-dynamic teasers"
HOST = "https://opencms-gov.example"
SITE = "هيئة الموارد المائية"
THEME = "/export/system/modules/alkacon.mercury.theme"
META_LINKS = (("/en/", "English"), ("/ar/contact/", "اتصل بنا"), ("/ar/sitemap/", "خريطة الموقع"))
NAV = (("/ar/", "الرئيسية"), ("/ar/about/", "عن الهيئة"), ("/ar/services/", "الخدمات الإلكترونية"),
       ("/ar/media/", "المركز الإعلامي"), ("/ar/open-data/", "البيانات المفتوحة"),
       ("/ar/contact/", "تواصل معنا"))
CRUMBS = (("/ar/", "الرئيسية"), ("/ar/media/", "المركز الإعلامي"), ("/ar/media/news/", "الأخبار"))
COPYRIGHT = "© هيئة الموارد المائية"
DATE_LABEL = "التاريخ:"
BY_LABEL = "بقلم:"
PREFIX = {3: "تاريخ النشر: "}
CATS_LABEL = "التصنيفات:"
SHARE = "شارك الخبر"
RELATED = "أخبار ذات صلة"
MORE = "عرض المزيد"
SIDE_LATEST = "آخر الأخبار"
CONTACT = ("مركز الاتصال", "الرقم المجاني: 80077000", "البريد الإلكتروني: info@mwr.example",
           "ساعات العمل: الأحد - الخميس، 7:30 ص - 2:30 م")
FOOT_COLS = (("روابط مهمة", ("البوابة الإعلامية", "المناقصات", "الوظائف", "الأسئلة الشائعة")),
             ("السياسات", ("سياسة الخصوصية", "شروط الاستخدام", "إمكانية الوصول")))
ADDRESS = ("مسقط، سلطنة عُمان", "ص.ب 1400، الرمز البريدي 112، روي")
SUBFOOT = "جميع الحقوق محفوظة لهيئة الموارد المائية"
# (page) -> (paragraph index, words) linked / bolded
LINKED = {3: (3, "برنامج دعم الري الحديث", "/ar/services/irrigation-support/")}
BOLD = {3: (2, "بنسبة تصل إلى 50 بالمئة")}
HEADING_AT = {1: 3}  # the paragraph that opens a second section as its heading
VERSION = ("11.0.2", "11.0.2", "12.0")


def _day(moment) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _p(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{LINKED[n][2]}">{words}</a>', 1)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    return f"<p>{html}</p>"


def _image(src: str, alt: str, ratio: str, width: int, height: int) -> str:
    return (f'<div class="effect-box"><div class="image-src-box presized use-lazy" '
            f'style="padding-bottom: {ratio}%;"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAA'
            f'AAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{src}" data-sizes="auto" '
            f'width="{width}" height="{height}" class="animated lazyload" alt="{e(alt)}" '
            f'title="{e(alt)} &copy; {SITE}"><div class="copyright image-copyright" '
            f'aria-hidden="true"><div>{e(COPYRIGHT)}</div></div></div></div>')


def _section(inner: str, marker: str, heading: str = "", visual: str = "") -> str:
    head = (f'<div class="heading"><h2 class="piece-heading" tabindex="0">{e(heading)}</h2>'
            f"</div>\n") if heading else ""
    vis = f'<div class="visual">{visual}</div>\n' if visual else ""
    return (f'<div class="type-section piece {marker}">\n{head}{vis}<div class="body">'
            f'<div class="text">{inner}</div></div>\n</div>\n')


def _sections(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    split = HEADING_AT.get(n)
    if split is None:
        inner = "".join(_p(article, n, k, t) for k, t in enumerate(paras))
        if n == 3:
            src = f"/export/sites/mwr/.galleries/news/{article.slug}-workshop.jpg_1437259874.jpg"
            return _section(inner, "float right lay-5 pnh phb phv p-xs-12 p-md-5",
                            visual=_image(src, "ورشة الري الحديث", "66.6667", 600, 400))
        return _section(inner, "full lay-0 pnh phb pnv only-text")
    first = "".join(_p(article, n, k, t) for k, t in enumerate(paras[:split]))
    second = "".join(_p(article, n, k, t) for k, t in enumerate(paras) if k > split)
    return (_section(first, "full lay-0 pnh phb pnv only-text")
            + _section(second, "full lay-0 phh phb pnv", heading=paras[split]))


def _teasers(page: Page, titles: list[str], moment, step: int, slug: int) -> str:
    rows = []
    for k, title in enumerate(titles):
        when = _day(moment - timedelta(days=step * (k + 1) + 2))
        page.add(title, when)
        rows.append(f"""<li class="list-entry"><div class="teaser teaser-compact type-blog pt">
<div class="text-box"><a href="{HOST}/ar/media/news/{slug - 11 * (k + 1)}/">
<h3 class="teaser-title intro-headline"><span class="headline">{e(title)}</span></h3></a>
<div class="teaser-date">{when}</div></div></div></li>""")
    return "\n".join(rows)


def _dynamic(lid: str, heading: str, rows: str, more: bool) -> str:
    data = json.dumps({"ajax": "/system/modules/alkacon.mercury.template/elements/list-ajax.jsp",
                       "teaser": "/system/modules/alkacon.mercury.template/formatters/teaser/"
                       "compact.jsp", "path": "/sites/mwr/.content/blog-m/", "appendSwitch":
                       "true"}, ensure_ascii=False).replace("'", "&#39;")
    button = (f'<div class="list-append-position" data-dynamic="false"><button class="btn '
              f'btn-append">{MORE}</button></div>') if more else ""
    return f"""<div class="element type-dynamic-list list-content style-compact">
<div class="heading"><h2 class="element-heading">{heading}</h2></div>
<div class="list-box">
<div class="list-dynamic list-paginate" id="{lid}" data-id="{lid}" data-list='{data}'>
<ul class="list-entries">
{rows}
</ul>
{button}</div>
</div>
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/ar/media/news/{article.slug}/"
    shown = _day(moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(*(label for _, label in META_LINKS), *(label for _, label in NAV),
             *(label for _, label in CRUMBS), DATE_LABEL, f"{PREFIX.get(n, '')}{shown}")
    crumbs = "\n".join(
        f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{path}" itemprop="item"><span itemprop="name">{label}</span></a>'
        f'<meta itemprop="position" content="{k}"></li>'
        for k, (path, label) in enumerate([*CRUMBS, (url, e(article.headline))], 1))
    active = ' class="active"'
    nav = "\n".join(f'<li{active if label == "المركز الإعلامي" else ""}>'
                    f'<a href="{path}">{label}</a></li>' for path, label in NAV)
    meta = "".join(f'<li><a href="{path}">{label}</a></li>' for path, label in META_LINKS)
    visual = ""
    if n == 1:
        src = f"/export/sites/mwr/.galleries/news/{article.slug}-falaj.jpg_1203948811.jpg"
        visual = (f'<div class="visual">{_image(src, article.caption, "56.25", 1200, 675)}'
                  f'\n<div class="subtitle" aria-hidden="true">{e(article.caption)}</div></div>\n')
        page.add(COPYRIGHT, article.caption)
    elif n == 3:
        page.add(COPYRIGHT)
    person = ""
    if n == 1:
        person = (f'<div class="info person"><span class="sr-only">{BY_LABEL}</span>'
                  f'<div>{e(article.author)}</div></div>')
        page.add(BY_LABEL, article.author)
    info_css = "visual-info " if person else "visual-info right date-only"
    layout = "lay-0 phh phv phb" if visual else "lay-0 phh pnv phb"
    plain = " ".join([article.lead, *article.paragraphs])
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "datePublished": f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
          "dateModified": f"{(moment + timedelta(hours=2)).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
          "articleBody": plain[:300], "url": url,
          "publisher": {"@type": "GovernmentOrganization", "name": SITE,
                        "logo": {"@type": "ImageObject",
                                 "url": f"{HOST}/export/sites/mwr/.galleries/logo/logo.png"}}}
    if article.author and n == 1:
        ld["author"] = {"@type": "Person", "name": article.author}
    ld_json = json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c")
    cats = "".join(f'<li><a href="{HOST}/ar/media/news/?facet_category_exact={e(t)}">'
                   f'<span class="badge">{e(t)}</span></a></li>' for t in article.tags)
    page.add(CATS_LABEL, *article.tags, SHARE, RELATED, MORE, SIDE_LATEST, *CONTACT)
    related = _dynamic(f"li_{article.slug}a", RELATED,
                       _teasers(page, list(article.related), moment, 6, int(article.slug)), True)
    side = _dynamic(f"li_{article.slug}b", SIDE_LATEST,
                    _teasers(page, rotate(LATEST, 3 * n, 4), moment, 1, int(article.slug) + 5),
                    False)
    foot_cols = []
    for title, links in FOOT_COLS:
        page.add(title, *links)
        items = "".join(f'<li><a href="/ar/{k}/">{e(x)}</a></li>' for k, x in enumerate(links))
        foot_cols.append(f'<div class="col-md-4"><div class="element type-linksequence">'
                         f'<div class="heading"><h3 class="element-heading">{title}</h3></div>'
                         f'<ul class="links">{items}</ul></div></div>')
    year = moment.year
    sub = f"{SUBFOOT} © {year}"
    page.add(*ADDRESS, sub)
    contact = "".join(f'<div class="{c}">{e(x)}</div>' for c, x in
                      zip(("tel", "email", "note"), CONTACT[1:], strict=True))
    keywords = ", ".join(article.tags)
    desc = e(article.lead[:160].rsplit(" ", 1)[0])
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" class="noscript">
<head>

<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<title>{e(article.headline)} | {SITE}</title>
<meta name="generator" content="OpenCms {VERSION[n - 1]}">
<meta name="description" content="{desc}">
<meta name="keywords" content="{e(keywords)}">
<meta name="robots" content="index, follow">
<meta name="revisit-after" content="7 days">
<link rel="canonical" href="{url}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="ar">
<meta property="og:site_name" content="{SITE}">
<link rel="alternate" hreflang="en" href="{HOST}/en/media/news/{article.slug}/">
<link rel="apple-touch-icon" sizes="180x180" href="/export/sites/mwr/favicon.png_1572880312.png">
<link rel="stylesheet" href="{THEME}/css/theme-rtl-standard.min.css_1618412567.css">
<link rel="stylesheet" href="/export/sites/mwr/.content/.css/custom.css_1720331145.css">
<link rel="preload" as="font" type="font/woff2" href="{THEME}/fonts/awesome-selection.woff2?v=my-1" crossorigin>
<script async src="{THEME}/js/mercury.js_1618412567.js"></script>
<script>var __isOnline=true, __scriptPath="{THEME}/js/";</script>
</head>
<body>

<div  id="mercury-page" >
<header class="area-header fh header-notfixed lp-r ls-0 pad-sm meta-above meta-left title-middle bc-left nav-right nav-disp-default nav-below fix-compact">
<div id="nav-toggle-group"><span id="nav-toggle-label-open" data-label-open="فتح القائمة" class="nav-toggle-label" tabindex="0"><span class="nav-toggle"><span class="nav-burger"></span></span></span></div>
<div class="header-group co-sm-md">
<div class="head notfixed">
<div class="h-meta"><div class="container"><div class="type-linksequence ls-row no-icon"><ul>{meta}</ul></div></div></div>
<div class="h-group">
<div class="container"><div class="h-logo p-xs-12 p-lg-3"><a href="/ar/" class="imglink" title="{SITE}"><div class="header-image image-src-box presized" style="padding-bottom: 38.5%;"><img src="/export/sites/mwr/.galleries/logo/logo-ar.svg" width="260" height="100" class="img-responsive image-inner" alt="{SITE}"></div></a></div>
<div class="h-title"><div class="element type-section"><div class="heading"><span class="site-title">{SITE}</span></div></div></div></div>
</div>
<div class="h-nav"><div class="container"><div class="nav-main-container"><nav class="nav-main-group" aria-label="القائمة"><ul class="nav-main-items cap-css">
{nav}
</ul></nav></div></div></div>
<div class="h-bc"><div class="container"><div class="type-nav-breadcrumbs"><ul class="nav-breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
{crumbs}
</ul></div></div></div>
</div>
</div>
</header>

<main class="area-content area-side-main">
<div class="container area-wide">
<div class="row">
<div class="col-lg-8 area-wide-main">
<div class="detail-page type-blog layout-0">
<div class="detail-visual piece full {layout}">
<div class="heading"><h1 class="intro-headline" tabindex="0"><span class="headline">{e(article.headline)}</span></h1></div>
{visual}<div class="body"><div class="text"><div class="{info_css}"><div class="info date"><span class="sr-only">{DATE_LABEL}</span><div>{PREFIX.get(n, "")}{shown}</div></div>{person}</div></div></div>
</div>
<div class="detail-content">
{_sections(article, n)}</div>
<script type="application/ld+json">{ld_json}</script>
</div>
<div class="detail-addition">
<div class="element type-article-categories"><div class="heading"><span class="label">{CATS_LABEL}</span></div><ul class="list-categories">{cats}</ul></div>
<div class="element type-shariff"><div class="heading"><h3 class="element-heading">{SHARE}</h3></div><div class="shariff" data-services="[&quot;whatsapp&quot;,&quot;twitter&quot;,&quot;facebook&quot;,&quot;mail&quot;]" data-lang="ar" data-mail-url="mailto:"></div></div>
</div>
{related}
</div>
<aside class="col-lg-4 area-wide-side">
{side}
<div class="element type-contact box"><div class="heading"><h3 class="element-heading">{CONTACT[0]}</h3></div><div class="vcard">{contact}</div></div>
</aside>
</div>
</div>
</main>

<footer class="area-foot">
<div class="topfoot"><div class="container area-wide"><div class="row">
{"".join(foot_cols)}
<div class="col-md-4"><div class="element type-contact"><div class="adr"><div class="street-address">{ADDRESS[0]}</div><div class="postal">{ADDRESS[1]}</div></div></div></div>
</div></div></div>
<div class="subfoot no-external"><div class="container area-wide"><div class="row"><div class="col-12"><div class="element type-section"><div class="text">{sub}</div></div></div></div></div></div>
</footer>

</div>
<div id="template-info" data-info='{{"editMode":"false","project":"online","locale":"ar"}}'></div>
<noscript><link rel="stylesheet" href="{THEME}/css/awesome-noscript.min.css"></noscript>
</body>
</html>
"""
    return page
