"""A Jordanian local news site ("صوت البلد") on Joomla 4.4 with the stock Cassiopeia template in
RTL: a com_content article view under a category menu item. The head is Joomla core's and no
more: charset, `meta name="author"` (global MetaAuthor is on, so it names the writer even where
the article hides its byline), viewport, description (page 1's own metadesc, else the site's),
the Joomla generator, `<title>` "headline - صوت البلد", Cassiopeia's favicons, the lazy
fontawesome sheet, `template-rtl.min.css`, the colour sheet, the `:root` style, the
`joomla-script-options` JSON, the metismenu/core/template scripts and mod_breadcrumbs'
BreadcrumbList JSON-LD (no og/twitter: core prints none). `<body class="site com_content
wrapper-static view-article no-layout no-task itemid-103 has-sidebar-right rtl">`:
`header.header.container-header.full-width` (logo, `site-description`, the collapse-metismenu
main menu, the mod_finder form), then `div.site-grid`: `container-component` with
mod_breadcrumbs ("أنت هنا:", trail ending in the headline), `#system-message-container` and
`<main>` > `div.com-content-article.item-page` (`itemscope itemtype="https://schema.org/Article"`,
`meta itemprop="inLanguage" content="ar-AA"`, `div.page-header > h1 itemprop="headline"`), then
`dl.article-info.text-muted` ("التفاصيل", `dd.createdby` "كتب بواسطة: ...", `dd.category-name`
"الفئة: ...", `dd.published` `time itemprop="datePublished"` "نشر بتاريخ: 03 أيلول/سبتمبر 2024"
(ar-AA dual month names, LC3 "d F Y" with a zero-padded day), `dd.modified` "آخر تحديث: ...",
`dd.hits` "الزيارات: ..."), `ul.tags.list-inline`, `div[itemprop=articleBody]
.com-content-article__body`, and `nav.pagenavigation` (visually-hidden "المقال السابق: ..."
titles, "السابق"/"التالي"). main-bottom: card modules "شارك الخبر" (mod_custom) and "أخبار ذات
صلة" (mod_related_items, each title after its "Y-m-d - " date); `container-sidebar-right`:
"الأكثر قراءة" (`ul.mostread`) and "آخر الأخبار" (mod_articles_latest); footer mod-custom lines
and a footer menu. URLs are `/<category>/<id>-<alias>`, the alias being Joomla's fallback for an
Arabic title, the UTC creation time (page 2 was written after midnight Amman time, so its URL
carries the day before). Page 1: `figure.item-image` with caption, justified TinyMCE paragraphs,
an inline link; page 2: a readmore split (bold intro, a space, the full text); page 3: byline
hidden (the name survives only in the author meta), an `<h3>` subheading after a stray
`<p>&nbsp;</p>`, bold words."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import Article, Page, e

NAME = "joomla4_cassiopeia"
HELD_OUT = True
SET = "unseen16"
FAMILY = "Joomla 4 Cassiopeia com_content article: dl.article-info (ar-AA dual month names), tags, pagenavigation, card modules in sidebar-right"
HOST = "https://sawt-albalad.example"
SITE = "صوت البلد"
TAGLINE = "موقع إخباري أردني مستقل يغطي أخبار المحافظات والبلديات والخدمات"
SITE_DESC = "صوت البلد: أخبار محلية أردنية من المحافظات والبلديات على مدار الساعة"
MONTHS = ("كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
          "حزيران/يونيو", "تموز/يوليو", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
          "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر")
MENU = ((101, "/", "الرئيسية"), (103, "/local", "محليات"), (104, "/governorates", "محافظات"),
        (105, "/economy", "اقتصاد"), (106, "/sports", "رياضة"), (107, "/opinion", "مقالات"),
        (108, "/contact", "اتصل بنا"))
SECTIONS = {"محليات": ("local", 103, 9), "محافظات": ("governorates", 104, 11)}
TAG_IDS = (14, 27, 33, 41, 52, 58, 63, 70)
# page -> hits, last modified, minutes between creation and publishing, own metadesc
PAGES = {1: (1234, "2024-05-13T11:05:00+03:00", 22,
             "بدء مشروع استبدال خطوط المياه في لواء الكورة بكلفة 2.1 مليون دينار"),
         2: (387, "2024-09-03T08:12:00+03:00", 9, ""),
         3: (2051, "2024-11-21T17:28:00+03:00", 47, "")}
PREV_NEXT = {
    1: ("بلدية إربد تمدد ساعات عمل سوق الخضار المركزي في رمضان",
        "مدارس الأغوار الشمالية تستقبل طلبة التوجيهي في قاعات مكيفة"),
    2: ("الزرقاء: ضبط مستودع لبيع مواد غذائية منتهية الصلاحية",
        "تأهيل حديقة الأمير هاشم في الزرقاء الجديدة قبل نهاية العام"),
    3: ("الطفيلة تستعد لموسم الثلوج بخطة طوارئ من ثلاث مراحل",
        "عجلون: افتتاح أول مصنع لتعبئة زيت الزيتون بتقنية التبريد"),
}
MOSTREAD = ("تعديل أوقات دوام المدارس الحكومية في محافظة المفرق",
            "الأمن العام يحذر من حالة عدم استقرار جوي نهاية الأسبوع",
            "افتتاح مركز صحي شامل جديد في لواء بني عبيد", "بلدية السلط تطلق تطبيقا لتلقي الشكاوى",
            "ارتفاع أسعار البندورة في السوق المركزي بعمّان",
            "إحالة عطاء الطريق الصحراوي الجديد إلى ثلاث شركات",
            "تخريج فوج جديد من كلية الزراعة في جامعة جرش", "الكرك: إنارة الطريق بين القصر والربة")
LATEST = ("وزارة الإدارة المحلية تعلن أسماء رؤساء لجان البلديات الجديدة",
          "العقبة تستقبل أول رحلة سياحية بحرية للموسم", "إشارات ضوئية على تقاطع الدوار السابع",
          "إربد: ورشة حول إدارة النفايات في المخيمات", "بدء صرف دعم الخبز للأسر المستحقة",
          "معان تطلق مبادرة لتشجير مداخل المدينة", "المفرق: توسعة قسم الطوارئ في مستشفى المحافظة")
SHARE = (("فيسبوك", "https://www.facebook.com/sharer/sharer.php?u="),
         ("إكس", "https://x.com/intent/post?url="), ("واتساب", "https://wa.me/?text="),
         ("تيليغرام", "https://t.me/share/url?url="))
FOOTER = ("صوت البلد موقع إخباري أردني مرخص من هيئة الإعلام، يعنى بأخبار المحافظات والبلديات.",
          "عمّان - تلاع العلي - شارع وصفي التل، هاتف: 0795550123",
          "البريد الإلكتروني: newsroom@sawt-albalad.example",
          "جميع الحقوق محفوظة لموقع صوت البلد © 2025")
FOOTER_MENU = (("/about", "من نحن"), ("/advertise", "أعلن معنا"), ("/privacy", "سياسة الخصوصية"))
LABELS = ("التفاصيل", "كتب بواسطة: ", "الفئة: ", "نشر بتاريخ: ", "آخر تحديث: ", "الزيارات: ")
HEAD_IMAGE = {1: ("/images/2024/05/kurah-water-lines.jpg",
                  "أعمال استبدال خطوط المياه في الكورة", 800, 533)}
LINKED = {1: (4, "الصفحة الرسمية للشركة", "https://www.facebook.com/YarmoukWaterCo")}
BOLD = {3: (4, "شهادة فحص مخبري")}
SUBHEAD = {3: 2}
JTEXT = {"ERROR": "خطأ", "MESSAGE": "رسالة", "NOTICE": "ملاحظة", "WARNING": "تحذير",
         "JCLOSE": "إغلاق", "JOK": "موافق", "JOPEN": "فتح"}
CURRENT = ' aria-current="location"'
MEDIA = ("6c3b9a0d4e5f27181a2b3c4d5e6f7a8b", "6c3b9a0d4e5f27181a2b3c4d5e6f7a8b",
         "d81f0e6a2b4c59377e1d2c3b4a596877")


def _shown(moment: datetime) -> str:
    """DATE_FORMAT_LC3 "d F Y" with the ar-AA pack's dual month names: "03 أيلول/سبتمبر 2024"."""
    return f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def _url(article: Article, n: int) -> str:
    alias, _, _ = SECTIONS[article.section]
    created = article.moment - timedelta(minutes=PAGES[n][2])
    return f"/{alias}/{article.slug}-{created.astimezone(UTC):%Y-%m-%d-%H-%M-%S}"


def _card(title: str, content: str) -> str:
    return f"""<div class="{{pos}} card ">
            <h3 class="card-header ">{title}</h3>        <div class="card-body">
                {content}
    </div>
</div>"""


def _list(cls: str, titles: list[str], base_id: int, section: str, when: datetime) -> str:
    """mod_articles_popular / _latest rows; `when` and the step date each linked story."""
    alias = SECTIONS[section][0]
    rows = "".join(f"""
    <li itemscope itemtype="https://schema.org/Article">
        <a href="/{alias}/{base_id - 7 * k}-{(when - timedelta(hours=17 * k)).astimezone(UTC):%Y-%m-%d-%H-%M-%S}" itemprop="url">
            <span itemprop="name">
                {e(t)}            </span>
        </a>
    </li>""" for k, t in enumerate(titles))
    return f'<ul class="{cls} mod-list">{rows}\n</ul>\n'


def _body(article: Article, n: int) -> str:
    paras = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank" '
                                       f'rel="noopener noreferrer">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if SUBHEAD.get(n) == k:
            paras.append(f"<p>&nbsp;</p>\n<h3>{html}</h3>")
        elif n == 1:
            paras.append(f'<p style="text-align: justify;">{html}</p>')
        elif n == 2 and k == 0:
            paras.append(f"<p><strong>{html}</strong></p>")
        else:
            paras.append(f"<p>{html}</p>")
    if n == 2:  # introtext + " " + fulltext, as the article view joins a readmore split
        return paras[0] + " " + "\n".join(paras[1:])
    return "\n".join(paras)


def _info(article: Article, n: int, hits: int, modified: datetime) -> str:
    moment = article.moment
    alias = SECTIONS[article.section][0]
    author = "" if n == 3 else f"""
                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    {LABELS[1]}<span itemprop="name">{e(article.author or "")}</span>    </dd>
        """
    return f"""            <dl class="article-info text-muted">

            <dt class="article-info-term">
                        {LABELS[0]}                    </dt>
{author}

                    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        {LABELS[2]}<a href="/{alias}" itemprop="genre">{e(article.section)}</a>    </dd>

                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{moment.isoformat()}" itemprop="datePublished">
        {LABELS[3]}{_shown(moment)}    </time>
</dd>
                    <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{modified.isoformat()}" itemprop="dateModified">
        {LABELS[4]}{_shown(modified)}    </time>
</dd>
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{hits}">
    {LABELS[5]}{hits}</dd>
            </dl>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    hits, modified_iso, _, metadesc = PAGES[n]
    modified = datetime.fromisoformat(modified_iso)
    url = HOST + _url(article, n)
    shown = _shown(moment)
    alias, itemid, _ = SECTIONS[article.section]
    page = Page(url=url, html="", shown_date=shown)
    prev_title, next_title = PREV_NEXT[n]
    mostread = [MOSTREAD[(n * 3 + k) % len(MOSTREAD)] for k in range(5)]
    latest = [LATEST[(n * 2 + k) % len(LATEST)] for k in range(5)]
    related_dates = [moment - timedelta(days=4 + 9 * k, hours=3 * k) for k in range(3)]
    related = [f"{d:%Y-%m-%d} - {t}" for d, t in zip(related_dates, article.related, strict=True)]
    page.add(SITE, TAGLINE, *(label for _, _, label in MENU), "بحث", "أنت هنا:", "الرئيسية",
             article.section, LABELS[0], f"{LABELS[2]}{article.section}", f"{LABELS[3]}{shown}",
             shown, f"{LABELS[4]}{_shown(modified)}", _shown(modified), f"{LABELS[5]}{hits}",
             *article.tags, f"المقال السابق: {prev_title}", "السابق",
             f"المقال التالي: {next_title}", "التالي", "شارك الخبر",
             *(s for s, _ in SHARE), "أخبار ذات صلة",
             *related, "الأكثر قراءة", *mostread, "آخر الأخبار", *latest, *FOOTER,
             *(label for _, label in FOOTER_MENU))
    if n != 3:
        page.add(f"{LABELS[1]}{article.author}", article.author or "")
    figure = ""
    if n in HEAD_IMAGE:
        src, alt, width, height = HEAD_IMAGE[n]
        figure = f"""        <figure class="left item-image">
    <img src="{src}" itemprop="image" alt="{e(alt)}" width="{width}" height="{height}" loading="lazy">            <figcaption class="caption">{e(article.caption)}</figcaption>
    </figure>
"""
        page.add(article.caption)
    tag_ids = [TAG_IDS[(int(article.slug) + k) % 8] for k in range(len(article.tags))]
    tags = "".join(f"""
                <li class="list-inline-item tag-{tid} tag-list{k}">
                    <a href="/component/tags/tag/{tid}-2023-0{tid % 9 + 1}-1{tid % 10}-08-{tid % 60:02d}-17" class="btn btn-sm btn-info">
                        {e(t)}
                    </a>
                </li>""" for k, (tid, t) in enumerate(zip(tag_ids, article.tags, strict=True)))
    menu = "".join(
        f'<li class="metismenu-item item-{mid} level-1'
        f'{" default" if mid == 101 else ""}{" current active" if mid == itemid else ""}">'
        f'<a href="{href}"{CURRENT if mid == itemid else ""}>{label}</a></li>'
        for mid, href, label in MENU)
    share_links = "\n".join(
        f'<a class="share-{k}" href="{href}{url}" target="_blank" rel="noopener">{label}</a>'
        for k, (label, href) in enumerate(SHARE))
    related_list = "".join(f"""
<li>
    <a href="/{alias}/{int(article.slug) - 11 * (k + 1)}-{d.astimezone(UTC):%Y-%m-%d-%H-%M-%S}">
        {d:%Y-%m-%d} - {e(t)}</a>
</li>""" for k, (d, t) in enumerate(zip(related_dates, article.related, strict=True)))
    share = f'<div id="mod-custom121" class="mod-custom custom">\n    <p>{share_links}</p></div>\n'
    bottom = "\n".join((_card("شارك الخبر", share),
                        _card("أخبار ذات صلة", '<ul class="mod-relateditems relateditems mod-list">'
                              f"{related_list}\n</ul>\n"))).replace("{pos}", "main-bottom")
    sidebar = "\n".join((
        _card("الأكثر قراءة", _list("mostread", mostread, int(article.slug) - 30, "محليات",
                                    moment - timedelta(days=6, minutes=41))),
        _card("آخر الأخبار", _list("mod-articleslatest latestnews", latest,
                                   int(article.slug) + 40, article.section,
                                   moment + timedelta(days=3, minutes=17))),
    )).replace("{pos}", "sidebar-right")
    crumbs = (("الرئيسية", HOST + "/"), (article.section, f"{HOST}/{alias}"),
              (article.headline, ""))
    crumb_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList",
                "@id": f"{HOST}/#/schema/BreadcrumbList/17", "itemListElement": [
                    {"@type": "ListItem", "position": k + 1,
                     "item": ({"@id": link, "name": name} if link else {"name": name})}
                    for k, (name, link) in enumerate(crumbs)]}
    options = {"joomla.jtext": JTEXT, "system.paths": {"root": "", "rootFull": HOST + "/",
                                                      "base": "", "baseFull": HOST + "/"},
               "csrf.token": f"{int(article.slug) * 7919:x}a9e04c1d7b3f58e2c6d0a4b19f7e3c"[:32]}
    media = MEDIA[n - 1]
    options_json = json.dumps(options, separators=(",", ":")).replace("/", "\\/")
    footer = "".join(f"<p>{e(line)}</p>" for line in FOOTER)
    footer_menu = "".join(f'<li class="nav-item item-{120 + k}"><a href="{href}" >{label}</a></li>'
                          for k, (href, label) in enumerate(FOOTER_MENU))
    info = _info(article, n, hits, modified)
    page.html = f"""<!DOCTYPE html>
<html lang="ar-aa" dir="rtl">
<head>
    <meta charset="utf-8">
	<meta name="author" content="{e(article.author or SITE)}">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{e(metadesc or SITE_DESC)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{e(article.headline)} - {SITE}</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon-pinned.svg" rel="mask-icon" color="#000">
    <link href="/media/system/css/joomla-fontawesome.min.css?{media}" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?{media}" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template-rtl.min.css?{media}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?{media}" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/user.css?{media}" rel="stylesheet">
	<style>:root {{
		--hue: 214;
		--template-bg-light: #f0f4fb;
		--template-text-dark: #495057;
		--template-text-light: #ffffff;
		--template-link-color: var(--link-color);
		--template-special-color: #001B4C;
	}}</style>
    <script src="/media/vendor/metismenujs/js/metismenujs.min.js?1.4.0" defer></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?{media}" defer></script>
	<script type="application/json" class="joomla-script-options new">{options_json}</script>
	<script src="/media/system/js/core.min.js?2cb912"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?{media}" type="module"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.2" type="module"></script>
	<script src="/media/com_finder/js/finder.min.js?5729c0" type="module"></script>
	<script src="/media/system/js/messages.min.js?9a4811" type="module"></script>
	<script type="application/ld+json">{json.dumps(crumb_ld, ensure_ascii=False, separators=(",", ":"))}</script>
</head>

<body class="site com_content wrapper-static view-article no-layout no-task itemid-{itemid} has-sidebar-right rtl">
    <header class="header container-header full-width">
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="{HOST}/images/logo/sawt-albalad-logo.png" alt="{SITE}" width="280" height="72">                    </a>
                                            <div class="site-description">{TAGLINE}</div>
                                    </div>
            </div>
                    <div class="grid-child container-nav">
<nav class="navbar navbar-expand-md" aria-label="القائمة الرئيسية">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="إظهار/إخفاء التنقل">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">
{menu}</ul>
    </div>
</nav>
                                                    <div class="container-search">
<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search?Itemid=101" method="get" role="search">
    <label for="mod-finder-searchword0" class="visually-hidden finder">بحث</label><div class="mod-finder__search input-group"><input type="text" name="q" id="mod-finder-searchword0" class="js-finder-search-query form-control" value="" placeholder="بحث ..."><button class="btn btn-primary" type="submit"><span class="icon-search icon-white" aria-hidden="true"></span> بحث</button></div>
            <input type="hidden" name="Itemid" value="101"></form>
                    </div>
                            </div>
            </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="مسار التنقل">
    <ol class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                أنت هنا: &#160;
            </li>
        <li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>الرئيسية</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/{alias}" class="pathway"><span>{e(article.section)}</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>{e(article.headline)}</span></li>    </ol>
    </nav>
            <div id="system-message-container" aria-live="polite"></div>
            <main>
            <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="ar-AA">
        <div class="page-header">
        <h1 itemprop="headline">
            {e(article.headline)}        </h1>
                            </div>
{info}
        <ul class="tags list-inline">{tags}
            </ul>
{figure}
                                                <div itemprop="articleBody" class="com-content-article__body">
        {_body(article, n)}     </div>
<nav class="pagenavigation" aria-label="التنقل بين الصفحات">
    <span class="pagination ms-0">
                <a class="btn btn-sm btn-secondary previous" href="/{alias}/{int(article.slug) - 3}-{(moment - timedelta(hours=5)).astimezone(UTC):%Y-%m-%d-%H-%M-%S}" rel="prev">
            <span class="visually-hidden">
                المقال السابق: {e(prev_title)}            </span>
            <span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">السابق</span>            </a>
                    <a class="btn btn-sm btn-secondary next" href="/{alias}/{int(article.slug) + 2}-{(moment + timedelta(hours=4)).astimezone(UTC):%Y-%m-%d-%H-%M-%S}" rel="next">
            <span class="visually-hidden">
                المقال التالي: {e(next_title)}            </span>
            <span aria-hidden="true">التالي</span> <span class="icon-chevron-left" aria-hidden="true"></span>            </a>
        </span>
</nav>
                                    </div>
            </main>
            {bottom}
        </div>
                <div class="grid-child container-sidebar-right">
            {sidebar}
        </div>
            </div>
        <footer class="container-footer footer full-width">
        <div class="grid-child">
            <div id="mod-custom118" class="mod-custom custom">
    {footer}</div>
<ul class="mod-menu mod-list nav footer-menu">
{footer_menu}</ul>
        </div>
    </footer>
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="العودة إلى الأعلى">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>
</body>
</html>"""
    return page
