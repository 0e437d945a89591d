"""A Saudi government authority's Arabic portal ("الهيئة العامة للنقل") on Oracle WebCenter
Portal 12c, a news-details page of its media centre as ADF Faces renders it on the first GET
(after the `_afrLoop` loopback): `<!DOCTYPE html>`, `<html class="p_AFMaximized" dir="rtl">`,
a `<title>` that is only the headline, metaContainer meta (description, og:*, twitter:card and
`article:published_time` in UTC, from WebCenter Content's dInDate), the compressed RTL skin
stylesheet (`data-afr-stylesheet`), the `/afr/partition/webkit/...` boot and core scripts and a
gtag snippet. `<body class="x13d p_AFMaximized">`, the hidden `afr::Splash` and skip link, then
`div#d1` and `<form id="f1" name="f1" method="POST" action="/webcenter/portal/HNA/...">`
wrapping everything, closed by the Trinidad postscript (`org.apache.myfaces.trinidad.faces.FORM`,
`Adf-Window-Id`, `javax.faces.ViewState` "!-..." in `f1::postscript:st`, `Adf-Page-Id`).
Markup is ADF's: generated ids (`T:pt1:r1:0:pgl3`, `T:pt1:r1:0:cpTmpl:ot2`), compressed classes
on the page template and the Content Presenter region (`x1a` panelGroupLayouts: vertical ones a
`div` with every child in its own `div`, horizontal ones a `table role="presentation"`;
outputText `xt4`, goLink `xfm`, image `xjb`, buttons `xfl`/`xfn`/`xfv`, panelGridLayout
`x26d`... cells with `_afrc`), while the two side portlets, served by the WSRP producer without
skin compression, print `af_showDetailFrame`, `af_panelGroupLayout`, `af_outputText`,
`af_goLink` and `af_image`. The template shows today's date (crawl day, Gregorian and Hijri) in
its top bar, the accessibility toolbar (A+ A A-, "تباين", English), search, the main menu with
the media-centre submenu, a panelHeader `<h1>` "الأخبار" and a goLink breadcrumb
"الرئيسية > المركز الإعلامي > الأخبار". The Content Presenter template (`contentPresenter
newsDetails`) prints the headline as a bare outputText span (no heading tag), the news date as
an outputText "الأحد 12/05/2024" (pages 1 and 3 add the Hijri day "04/11/1445 هـ"; page 2, posted
00:40 Riyadh time, prints "12:40 ص" and its UTC meta is the previous day), then the body, an
escaped-false outputText of Site Studio HTML: `<p dir="RTL" style="text-align:justify">`
paragraphs. Page 1: af:image with a caption outputText above the body and a bolded phrase;
page 2: no image, an inline link; page 3: an "إعداد: ..." byline (the only writer shown), Word
pasted `<span lang="AR-SA">` runs, two `<h3>` subheadings and a YouTube iframe with a caption.
After the body: keywords (pages 1 and 3), share/print bar, view count, "أخبار ذات صلة" with
dates, the rating widget "هل كان المحتوى مفيدًا؟" and "آخر تحديث للصفحة". Right column portlet
"روابط سريعة", left column portlet "آخر الأخبار" (titles and dates); footer link columns,
unified number, DGA registration and copyright. All but the body is chrome."""

from __future__ import annotations

from datetime import UTC, date, timedelta

from .base import Article, Page, e, weekday

NAME = "oracle_adf_portal"
HELD_OUT = True
SET = "unseen15"
FAMILY = "Oracle WebCenter Portal / ADF Faces news details (Saudi authority): form f1 + ViewState, generated ids, compressed skin classes, Content Presenter body, Hijri date, portlets, rating widget"
HOST = "https://hayat-alnaql.example"
SITE = "الهيئة العامة للنقل"
SITE_EN = "Transport General Authority"
PORTAL = "/webcenter/portal/HNA"
LOCAL = timedelta(hours=3)
# the day each page was fetched (the template's top bar prints it) and its Hijri day
CRAWLED = {1: (date(2024, 5, 14), "06/11/1445 هـ"), 2: (date(2024, 8, 21), "17/02/1446 هـ"),
           3: (date(2024, 12, 5), "04/06/1446 هـ")}
HIJRI = {1: "04/11/1445 هـ", 3: "02/06/1446 هـ"}  # the news day, Umm al-Qura
LOOP = {1: ("14qx9pz3ab_4", "482915537260331"), 2: ("1c2kq0v8de_9", "517730844190276"),
        3: ("yh38fkw1s_12", "603128475519034")}
VIEWSTATE = {1: "!-1u8z3kq0b", 2: "!-k2p9s7d41", 3: "!-9wq7ce5hx"}
VIEWS = {1: "1,284", 2: "563", 3: "2,097"}
MENU = (("الرئيسية", "home"), ("عن الهيئة", "about"), ("الخدمات الإلكترونية", "eservices"),
        ("الأنظمة واللوائح", "regulations"), ("المركز الإعلامي", "mediacenter"),
        ("البيانات المفتوحة", "opendata"), ("تواصل معنا", "contactus"))
SUBMENU = (("الأخبار", "news"), ("البيانات الصحفية", "pressreleases"), ("الفعاليات", "events"),
           ("مكتبة الصور", "photos"), ("مكتبة الفيديو", "videos"))
TOOLBAR = ("A+", "A", "A-", "تباين", "English")
QUICK = ("الاستعلام عن المخالفات", "إصدار بطاقة السائق", "حجز رحلات العبارات",
         "المنافسات والمشتريات", "الشكاوى والبلاغات")
LATEST = ("الهيئة تستقبل طلبات تراخيص النقل الترددي للعام الجديد",
          "بدء التشغيل التجريبي لمحطة الشاحنات على طريق الرياض الدمام",
          "ورشة تعريفية لشركات الشحن بنظام بوليصة الشحن الإلكترونية",
          "تحديث اشتراطات مراكز تدريب قائدي المركبات الثقيلة",
          "الهيئة تشارك في ملتقى النقل والخدمات اللوجستية بالرياض",
          "رفع الطاقة الاستيعابية لحافلات النقل بين المدن في موسم الإجازة",
          "توقيع مذكرة تفاهم لتبادل البيانات مع الجامعات السعودية",
          "إطلاق حملة توعوية بحقوق الركاب في تطبيقات التوصيل")
FOOTER_LINKS = ("سياسة الخصوصية", "شروط الاستخدام", "إمكانية الوصول", "الأسئلة الشائعة",
                "خريطة الموقع")
CONTACT = ("الرقم الموحد: 19929", "البريد الإلكتروني: info@hayat-alnaql.example")
DGA = "مسجل لدى هيئة الحكومة الرقمية برقم 20190412"
SKIP = "تخطي إلى المحتوى الرئيسي"
SPLASH = "جارٍ التحميل..."
BREADCRUMB = ("الرئيسية", "المركز الإعلامي", "الأخبار")
RATING = ("هل كان المحتوى مفيدًا؟", "نعم", "لا")
LINKED = {2: (2, "بوابتها للخدمات الرقمية", "https://eservices.hayat-alnaql.example/ar")}
BOLD = {1: (1, "نظام تنبيه يمنع نسيان الطلاب داخل الحافلة")}
BYLINE = {3: "إعداد: فهد بن سعد الشمري"}
SUBHEADS = {3: ("موسم سياحي يرفع الطلب", "خطة لتوسعة الأرصفة")}
VIDEO = {3: (4, "pQ7vXk2LmA0", "مقطع مرئي: رحلة العبارة من ميناء جازان إلى جزر فرسان")}


def _d(day) -> str:
    return f"{day:%d/%m/%Y}"


def _v(cid: str, *children: str, cls: str = "") -> str:
    """A vertical af:panelGroupLayout: a div, each child in its own div."""
    inner = "".join(f"<div>{c}</div>" for c in children if c)
    return f'<div id="{cid}" class="x1a{cls}">{inner}</div>'


def _h(cid: str, *children: str, cls: str = "") -> str:
    """A horizontal af:panelGroupLayout: a presentation table, one cell per child."""
    cells = "".join(f"<td>{c}</td>" for c in children if c)
    return (f'<table cellpadding="0" cellspacing="0" border="0" summary="" role="presentation" '
            f'id="{cid}" class="x1a{cls}"><tbody><tr>{cells}</tr></tbody></table>')


def _ot(cid: str, text: str, cls: str = "") -> str:
    return f'<span id="{cid}" class="xt4{cls}">{e(text)}</span>'


def _gl(cid: str, text: str, href: str, cls: str = "") -> str:
    return f'<a id="{cid}" class="xfm{cls}" href="{href}">{e(text)}</a>'


def _button(cid: str, text: str) -> str:
    return (f'<div id="{cid}" class="xfl p_AFTextOnly" _afrgrp="0" role="presentation">'
            f'<a href="#" onclick="this.focus();return false" data-afr-fcs="true" class="xfn" '
            f'role="button"><span class="xfv">{e(text)}</span></a></div>')


def _grid(cid: str, *cells: str, cls: str = "x26d") -> str:
    """An af:panelGridLayout with one gridRow: cells carry ADF's `_afrc` geometry."""
    out = "".join(f'<div _afrc="{k} 1 1 1 start top" class="x26b">{c}</div>'
                  for k, c in enumerate(cells, 1))
    return f'<div id="{cid}" class="{cls} xrh">{out}<div _afrr="y"></div></div>'


def _portlet(pid: str, title: str, body: str) -> str:
    """A WebCenter portlet in its showDetailFrame, uncompressed (WSRP producer) classes."""
    return (f'<div id="{pid}" class="af_showDetailFrame hna-portlet">'
            f'<div class="af_showDetailFrame_header"><table cellpadding="0" cellspacing="0" '
            f'border="0" summary="" role="presentation"><tbody><tr><td class="af_showDetailFrame_'
            f'header-start"></td><td class="af_showDetailFrame_title"><h2 class="af_showDetailFrame'
            f'_title-text">{e(title)}</h2></td></tr></tbody></table></div>'
            f'<div id="{pid}::content" class="af_showDetailFrame_content">{body}</div></div>')


def _paragraphs(article: Article, n: int) -> list[str]:
    texts = [article.lead, *article.paragraphs]
    out = []
    for k, text in enumerate(texts):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words, href = e(LINKED[n][1]), LINKED[n][2]
            html = html.replace(words, f'<a href="{href}" target="_blank">{words}</a>', 1)
        if n == 3:
            if text in SUBHEADS[3]:
                out.append(f'<h3 dir="RTL"><span lang="AR-SA" style="font-size:15.0pt;'
                           f'font-family:&quot;Sakkal Majalla&quot;">{html}</span></h3>')
                continue
            html = (f'<span lang="AR-SA" style="font-size:14.0pt;font-family:&quot;Sakkal '
                    f'Majalla&quot;">{html}</span>&nbsp;')
        out.append(f'<p dir="RTL" style="text-align:justify">{html}</p>')
        if n in VIDEO and VIDEO[n][0] == k:
            _, vid, label = VIDEO[n]
            out.append(f'<p dir="RTL" style="text-align:center"><iframe width="560" height="315" '
                       f'src="https://www.youtube.com/embed/{vid}" title="YouTube video player" '
                       f'frameborder="0" allowfullscreen=""></iframe></p>'
                       f'<p dir="RTL" style="text-align:center"><em>{e(label)}</em></p>')
    return out


def _header(page: Page, n: int) -> str:
    crawled, hijri = CRAWLED[n]
    today = f"{weekday(crawled)} {_d(crawled)}"
    page.add(today, hijri, *TOOLBAR, "بحث", SITE, SITE_EN)
    tools = _h("T:hdr:pgl4", *(_gl(f"T:hdr:gl{k}", t, "#", " hna-tool")
                               for k, t in enumerate(TOOLBAR, 1)))
    search = _h("T:hdr:pgl5", '<span id="T:hdr:it1" class="x1u"><input id="T:hdr:it1::content" '
                'name="T:hdr:it1" class="x25" type="text" placeholder="ابحث في الموقع"></span>',
                _button("T:hdr:cb1", "بحث"))
    topbar = _grid("T:hdr:pgl1", _h("T:hdr:pgl2", _ot("T:hdr:ot1", today),
                                     _ot("T:hdr:ot2", hijri, " hna-hijri")), tools, search,
                   cls="x26d hna-topbar")
    logo = (f'<a id="T:hdr:gl0" class="xfm" href="{PORTAL}/pages_ar/home"><img id="T:hdr:i1" '
            f'class="xjb" src="{PORTAL}/resources/hna/images/hna-logo-ar.png" alt="{SITE}"></a>')
    brand = _grid("T:hdr:pgl3", logo, _v("T:hdr:pgl6", _ot("T:hdr:ot3", SITE, " hna-name"),
                                         _ot("T:hdr:ot4", SITE_EN, " hna-name-en")))
    items = []
    for k, (label, slug) in enumerate(MENU):
        page.add(label)
        sub = ""
        if slug == "mediacenter":
            page.add(*(s for s, _ in SUBMENU))
            sub = _v(f"T:nav:i{k}:pgl2", *(_gl(f"T:nav:i{k}:sub{j}", s, f"{PORTAL}/pages_ar/mediacenter/{p}")
                                          for j, (s, p) in enumerate(SUBMENU)), cls=" hna-submenu")
        items.append(_v(f"T:nav:i{k}:pgl1", _gl(f"T:nav:i{k}:gl1", label, f"{PORTAL}/pages_ar/{slug}"), sub))
    nav = _h("T:nav:pgl0", *items, cls=" hna-mainmenu")
    return f'<div id="T:hdr" class="hna-header">{topbar}{brand}</div><div id="T:nav" class="hna-nav">{nav}</div>'


def _footer(page: Page, year: int) -> str:
    copy = f"جميع الحقوق محفوظة © {year} {SITE}"
    page.add("روابط مهمة", *FOOTER_LINKS, "تواصل معنا", *CONTACT, "تابعنا على", DGA, copy)
    links = _v("T:ftr:pgl2", _ot("T:ftr:ot1", "روابط مهمة", " hna-fhead"),
               *(_gl(f"T:ftr:gl{k}", t, f"{PORTAL}/pages_ar/footer/{k}") for k, t in enumerate(FOOTER_LINKS)))
    contact = _v("T:ftr:pgl3", _ot("T:ftr:ot2", "تواصل معنا", " hna-fhead"),
                 *(_ot(f"T:ftr:ot{k}", t) for k, t in enumerate(CONTACT, 3)))
    social = _v("T:ftr:pgl4", _ot("T:ftr:ot6", "تابعنا على", " hna-fhead"), _h(
        "T:ftr:pgl5", *(f'<a id="T:ftr:s{k}" class="xfm" href="https://{s}.com/hna_sa" target="_blank">'
                        f'<img id="T:ftr:s{k}i" class="xjb" src="{PORTAL}/resources/hna/images/{s}.svg" '
                        f'alt="{s}" title="{s}"></a>' for k, s in enumerate(("x", "youtube", "linkedin", "instagram")))))
    bottom = _h("T:ftr:pgl6", _ot("T:ftr:ot7", copy), _ot("T:ftr:ot8", DGA, " hna-dga"))
    return f'<div id="T:ftr" class="hna-footer">{_grid("T:ftr:pgl1", links, contact, social)}{bottom}</div>'


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = moment.astimezone(UTC) + LOCAL
    shown = f"{weekday(local)} {_d(local)}"
    details = f"{PORTAL}/pages_ar/mediacenter/news/newsdetails"
    url = f"{HOST}{details}?dDocName=HNA_NEWS_{article.slug}"
    page = Page(url=url, html="", shown_date=shown)
    page.add(SKIP, SPLASH)
    header = _header(page, n)
    crumbs = []
    for k, (label, href) in enumerate(zip(BREADCRUMB, ("home", "mediacenter", "mediacenter/news"),
                                          strict=True)):
        if k:
            crumbs.append('<span class="xt4 hna-bcsep"> &gt; </span>')
        crumbs.append(_gl(f"T:pt1:bc:gl{k}", label, f"{PORTAL}/pages_ar/{href}"))
    page.add(" > ".join(BREADCRUMB))
    crumbs_html = _h("T:pt1:bc:pgl1", *crumbs, cls=" hna-breadcrumb")
    heading = (f'<div id="T:pt1:ph1" class="x1hu hna-pageheader"><div class="x1hw"><h1 '
               f'class="x1hy">{BREADCRUMB[-1]}</h1></div></div>')
    cp = "T:pt1:r1:0:cpTmpl"
    date_cells = [f'<img id="{cp}:i0" class="xjb" src="{PORTAL}/resources/hna/images/cal.svg" alt="">',
                  _ot(f"{cp}:ot2", shown, " newsDate")]
    page.add(shown)
    if n in HIJRI:
        date_cells.append(_ot(f"{cp}:ot3", HIJRI[n], " newsHijri"))
        page.add(HIJRI[n])
    else:
        hour = local.hour % 12 or 12
        clock = f"{hour}:{local:%M} {'ص' if local.hour < 12 else 'م'}"
        date_cells.append(_ot(f"{cp}:ot3", clock, " newsTime"))
        page.add(clock)
    parts = [_ot(f"{cp}:ot1", article.headline, " newsTitle"), _h(f"{cp}:pgl4", *date_cells)]
    if n in BYLINE:
        parts.append(_ot(f"{cp}:ot4", BYLINE[n], " newsAuthor"))
        page.add(BYLINE[n])
    image = ""
    if article.caption != "-":
        image = _v(f"{cp}:pgl5", f'<img id="{cp}:i1" class="xjb newsImg" src="/cs/groups/hna/documents/'
                   f'image/hna_img_{article.slug}.jpg" alt="{e(article.caption)}" width="760">',
                   _ot(f"{cp}:ot6", article.caption, " newsCaption"), cls=" newsImage")
        page.add(article.caption)
        parts.append(image)
    if n in VIDEO:
        page.add(VIDEO[n][2])
    body = "".join(_paragraphs(article, n))
    parts.append(f'<span id="{cp}:ot5" class="xt4 newsBody">{body}</span>')
    if n != 2:
        page.add("الكلمات الدلالية:", *article.tags)
        parts.append(_h(f"{cp}:pgl6", _ot(f"{cp}:ot7", "الكلمات الدلالية:"), *(
            _gl(f"{cp}:tg{k}", t, f"{PORTAL}/pages_ar/search?keyword={e(t)}", " newsTag")
            for k, t in enumerate(article.tags)), cls=" newsTags"))
    share = [_ot(f"{cp}:ot8", "شارك الخبر:")] + [
        f'<a id="{cp}:sh{k}" class="xfm" href="#" title="{t}"><img id="{cp}:sh{k}i" class="xjb" '
        f'src="{PORTAL}/resources/hna/images/share-{t}.svg" alt="{t}"></a>'
        for k, t in enumerate(("x", "whatsapp", "linkedin", "email"))]
    share += [_gl(f"{cp}:gl9", "طباعة", "javascript:window.print();"),
              _ot(f"{cp}:ot9", f"عدد المشاهدات: {VIEWS[n]}", " newsViews")]
    page.add("شارك الخبر:", "طباعة", f"عدد المشاهدات: {VIEWS[n]}")
    parts.append(_h(f"{cp}:pgl7", *share, cls=" newsShare"))
    related = [_ot("T:pt1:r1:0:ot10", "أخبار ذات صلة", " hna-sectiontitle")]
    page.add("أخبار ذات صلة")
    for k, title in enumerate(article.related):
        when = _d(local - timedelta(days=6 + 11 * k))
        related.append(_v(f"T:pt1:r1:0:i1:{k}:pgl9", _gl(f"T:pt1:r1:0:i1:{k}:gl1", title,
                          f"{details}?dDocName=HNA_NEWS_{int(article.slug) - 17 * (k + 1)}"),
                          _ot(f"T:pt1:r1:0:i1:{k}:ot1", when, " newsDate")))
        page.add(title, when)
    crawled, _ = CRAWLED[n]
    updated = f"آخر تحديث للصفحة: {_d(crawled)}"
    page.add(RATING[0], RATING[1], updated)  # "لا" alone is a syllable of the body's words
    rating = _grid("T:pt1:pgl20", _h("T:pt1:pgl21", _ot("T:pt1:ot20", RATING[0]),
                                      _button("T:pt1:cb20", RATING[1]), _button("T:pt1:cb21", RATING[2])),
                   _ot("T:pt1:ot21", updated, " hna-updated"), cls="x26d hna-rating")
    center = (f'<div id="T:pt1:r1" class="xui"><div id="T:pt1:r1:0:pgl3" class="x1a contentPresenter '
              f'newsDetails">{"".join(f"<div>{p}</div>" for p in parts)}</div>'
              f'{_v("T:pt1:r1:0:pgl8", *related, cls=" newsRelated")}</div>{rating}')
    quick = "".join(f'<div><a id="T:pt1:r3:0:gl{k}" class="af_goLink" href="{PORTAL}/pages_ar/eservices/{k}">'
                    f'{e(t)}</a></div>' for k, t in enumerate(QUICK))
    page.add("روابط سريعة", *QUICK)
    right = _portlet("T:pt1:r3:0:sdf1", "روابط سريعة",
                     f'<div id="T:pt1:r3:0:pgl1" class="af_panelGroupLayout">{quick}</div>')
    rows = []
    for k in range(4):
        title = LATEST[(3 * n + k) % len(LATEST)]
        when = _d(local - timedelta(days=1 + 2 * k))
        rows.append(f'<div><table cellpadding="0" cellspacing="0" border="0" summary="" role="presentation" '
                    f'id="T:pt1:r2:0:i1:{k}:pgl2" class="af_panelGroupLayout"><tbody><tr><td>'
                    f'<img id="T:pt1:r2:0:i1:{k}:i1" class="af_image" src="/cs/groups/hna/documents/image/'
                    f'thumb_{int(article.slug) - 5 * (k + 1)}.jpg" alt="" width="64"></td><td>'
                    f'<a id="T:pt1:r2:0:i1:{k}:gl1" class="af_goLink" href="{details}?dDocName=HNA_NEWS_'
                    f'{int(article.slug) - 5 * (k + 1)}">{e(title)}</a><br><span id="T:pt1:r2:0:i1:{k}:ot1" '
                    f'class="af_outputText">{when}</span></td></tr></tbody></table></div>')
        page.add(title, when)
    more = '<div><a id="T:pt1:r2:0:gl9" class="af_goLink" href="' + PORTAL + '/pages_ar/mediacenter/news">عرض جميع الأخبار</a></div>'
    page.add("آخر الأخبار", "عرض جميع الأخبار")
    left = _portlet("T:pt1:r2:0:sdf1", "آخر الأخبار",
                    f'<div id="T:pt1:r2:0:pgl1" class="af_panelGroupLayout">{"".join(rows)}{more}</div>')
    main = _grid("T:pt1:pgl2", right, f"{crumbs_html}{heading}{center}", left, cls="x26d hna-main")
    footer = _footer(page, crawled.year)
    utc = f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"
    ctrl, loop = LOOP[n]
    action = f"{details}?dDocName=HNA_NEWS_{article.slug}&amp;_adf.ctrl-state={ctrl}&amp;_afrLoop={loop}"
    desc = e(article.lead[:160].rsplit(" ", 1)[0])
    og_image = (f'\n<meta property="og:image" content="{HOST}/cs/groups/hna/documents/image/hna_img_{article.slug}.jpg">'
                if article.caption != "-" else "")
    page.html = f"""<!DOCTYPE html>
<html class="p_AFMaximized" lang="ar" dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{e(article.headline)}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{url}">{og_image}
<meta name="twitter:card" content="summary_large_image">
<meta property="article:published_time" content="{utc}">
<link rel="shortcut icon" href="{PORTAL}/resources/hna/images/favicon.ico" type="image/x-icon">
<link data-afr-stylesheet="1" rel="stylesheet" type="text/css" charset="UTF-8" href="/webcenter/adf/styles/cache/hna-skin-desktop-2f8kq1--d-webkit-537-d-rtl-d--s-s-c.css">
<link rel="stylesheet" type="text/css" href="{PORTAL}/resources/hna/css/portal-ar.css?v=3.4">
<script type="text/javascript" src="/webcenter/afr/partition/webkit/n/default/opt/d/boot-q1lgy6.js"></script>
<script type="text/javascript" src="/webcenter/afr/partition/webkit/n/default/opt/d/core-dxjz8o.js"></script>
<script type="text/javascript" src="/webcenter/afr/partition/webkit/n/default/opt/d/frame-8vj2hq.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-HNA24X9Q1"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-HNA24X9Q1');</script>
</head><body class="x13d p_AFMaximized"><div id="afr::Splash" class="x1fo" style="display:none"><div class="x1fp"><span class="x1fq"><span class="x1fr">{SPLASH}</span></span></div></div><div id="d1" class="x13c"><a id="d1::skip" href="#" class="x19i" style="display:none">{SKIP}</a><span id="afr::ATStatus" class="p_OraHiddenLabel" role="status" aria-live="polite" aria-atomic="true"></span><form id="f1" name="f1" class="x137" method="POST" onkeypress="return _submitOnEnter(event,'f1');" action="{action}"><div id="T:pgl0" class="x1a hna-page"><div>{header}</div><div>{main}</div><div>{footer}</div></div><input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1"><input name="Adf-Window-Id" type="hidden" value="w0"><span id="f1::postscript"><span id="f1::postscript:st"><input type="hidden" name="javax.faces.ViewState" value="{VIEWSTATE[n]}"></span></span><input name="Adf-Page-Id" id="Adf-Page-Id" type="hidden" autocomplete="off" value="0"></form><div id="d1::liveCtr" role="alert" aria-live="assertive" aria-atomic="true" class="p_OraHiddenLabel"></div><div id="afr::DlgSrvPopupCtnr"><div id="afr::DlgSrvPopupCtnr::content" style="display:none"></div></div></div><form><input id="afr::ATFlush" type="hidden" value="0"></form><div id="_afrParserDiv" style="display: none;"></div>
<script type="text/javascript">AdfPage.PAGE.__initializeSessionTimeoutTimer(1800000, 120000, "{details}");</script>
<script type="text/javascript">
function hnaRegisterKeys(event){{var keys=["ctrl alt EQUALS","ctrl alt MINUS"];for(var i=keys.length-1;i>=0;i--){{AdfRichUIPeer.registerKeyStroke(event.getSource(),AdfKeyStroke.getKeyStrokeFromMarshalledString(keys[i]),hnaFontSize);}}}}
function hnaFontSize(ks){{var doc=AdfPage.PAGE.findComponentByAbsoluteId("d1");var step=ks.toMarshalledString()=="ctrl alt EQUALS"?1:-1;document.body.style.fontSize=(100+10*step)+"%";return true;}}
</script>
</body>
</html>"""
    return page
