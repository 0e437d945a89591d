"""An Algerian state news agency ("وكالة الأنباء الوطنية") on eZ Platform 2.5 (Symfony + Twig, LegacyBridge kept for the print view and "tip a friend"),
whose Twig templates were ported from the old ezwebin design and keep its ids and class names. The head: `<html lang="ar_SA" dir="rtl">` (the
install's Arabic language is eZ's `ara-SA`, seen again in the image storage paths `.../29902-1-ara-SA/...`), the legacy page_head title (the path
reversed, joined by " / ": "headline / section / site"), description/keywords, canonical, the legacy ezrss feed link, og meta with `og:locale` ar_AR
and `article:published_time` in Algiers time (+01:00), one `article:tag` per tag, twitter meta, Encore stylesheets and a legacy print.css, and a
JSON-LD NewsArticle whose `datePublished` is printed in UTC ("...Z"). The body: ezwebin's `div#page` (pagestyle, subtree_level_* and current_node_id_*
classes), `#header` with `#usermenu` (`#languages`: العربية, Français, English, ⵜⴰⵎⴰⵣⵉⵖⵜ; `#links`), the day the page was rendered (2-7 hours after
posting; the sidebar times and the copyright year follow it), `#logo`, the search form (a `label.hide` and a "skip to main content" `p.hide`, both
visible text), `hr.hide` rules, `#topmenu` from flat_top.tpl (`li#node_id_N` with firstli/lastli/selected, `<div><a><span>`), `#path` breadcrumbs
(`span.path-separator`, the headline as `span.path-text`), page 3 a breaking news bar. `#main` holds the ezwebin border-box and `div.content-view-full
> div.class-article`: `attribute-header` h1, `attribute-byline` (page 1 only: "بقلم:" and the ezauthor field `ul.ezauthor-field` with a mailto link;
then `p.date` "نشر في: 17 نوفمبر 2019 - 10:45", Algerian month names, local time; page 2 adds "آخر تحديث: ..."), `attribute-image` (page 1:
`figure.ezimage-field` and a `div.caption` with the photo credit), `attribute-intro` (the lead) and `attribute-body`. Page 1 is an old article still
in ezxmltext (`div.ezxmltext-field ` with the trailing space of the old field_attributes block, raw UTF-8, an external link with target="_blank");
pages 2-3 are ezrichtext, printed by DOMDocument::saveHTML() as eZ does: every Arabic letter as a numeric character reference (`&#1575;`), HTML 4
names where they exist (none in these stories), a newline before `</div>`. Page 2's body holds a `<h3>` subheading, a bold phrase and an image embed
(`div.align-center.ez-embed-type-image`, opened as "<div" + two spaces + "class" by the embed template, an embed view `content-view-embed >
class-image` with `figure.ezimage-field` and its richtext caption). After the body: the eztags field ("الكلمات المفتاحية:" and links joined by ", "),
a view counter on pages 1 and 3, an AddThis bar ("شارك:"), the legacy "نسخة للطباعة" (/layout/set/print/...) and "أرسل لصديق"
(/content/tipafriend/...) links, and the `ezobjectrelationlist-field` of related articles ("مواضيع ذات صلة"). `#extrainfo` holds "آخر الأخبار"
(ezwebin line views: `<h2><a>` and `p.date` "dd/mm/yyyy - hh:mm") and, on pages 2-3, "الأكثر قراءة". `#footer` has an `<address>` (agency, street,
phones, copyright) and a footer menu. All of that except the intro and body is chrome. Page 3's story went out at 00:20 local, so its JSON-LD date is
the previous UTC day; the page shows 19 February."""

from __future__ import annotations

import json
import re
from datetime import UTC, timedelta
from functools import partial
from html import escape
from html.entities import codepoint2name
from urllib.parse import quote

from .base import LATEST, MAGHREB, MOST_READ, TICKER, Article, Page, e, rotate, weekday

NAME = "ibexa_agency"
HELD_OUT = True
SET = "unseen19"
FAMILY = "eZ Platform 2.5 / Ibexa Twig port of ezwebin (agency, Algeria): content-view-full class-article, attribute-intro/body, ezxmltext vs saveHTML-entity ezrichtext, ez-embed image, eztags, related list, print view"
HOST = "https://ibexa-agency.example"
SITE = "وكالة الأنباء الوطنية"
MENU = (("أخبار وطنية", 58, "National"), ("اقتصاد", 60, "Economie"), ("العالم", 62, "Monde"),
        ("ثقافة وفنون", 64, "Culture"), ("مجتمع", 66, "Societe"), ("رياضة", 68, "Sport"),
        ("ملفات", 70, "Dossiers"), ("صور وفيديو", 72, "Multimedia"))
HOME = "الرئيسية"
LANGS = (("/ar/", "العربية"), ("/fr/", "Français"), ("/en/", "English"), ("/tz/", "ⵜⴰⵎⴰⵣⵉⵖⵜ"))
LINKS, SEARCH_LABEL, SKIP = ("خريطة الموقع", "الأرشيف", "RSS"), "نص البحث:", "تجاوز إلى المحتوى الرئيسي"
IDS = {1: (31877, 29904, 29902), 2: (68240, 66391, 66388), 3: (77015, 75120, 0)}
VIEWS, AUTHOR_MAIL = {1: "3127", 3: "842"}, {1: "k.benaissa@ibexa-agency.example"}
LINKED = {1: (1, "الوكالة الوطنية لترقية التجارة الخارجية", "https://www.commerce-exterieur.example/")}
BOLD = {2: (2, "حرفيين مختصين في البناء التقليدي")}
HEADING, EMBED_AFTER = {2: 1}, {2: 0}  # page -> index of the subheading / paragraph before the embed
BY, POSTED, UPDATED, PRINT, TIPAFRIEND = "بقلم:", "نشر في:", "آخر تحديث:", "نسخة للطباعة", "أرسل لصديق"
TAGS_LABEL, VIEWS_LABEL, SHARE = "الكلمات المفتاحية:", "عدد المشاهدات:", "شارك:"
RELATED, LATEST_TITLE, MOST_READ_TITLE = "مواضيع ذات صلة", "آخر الأخبار", "الأكثر قراءة"
ADDRESS = ("7، شارع الإخوة بوعدو، بئر مراد رايس، الجزائر العاصمة", "الهاتف: 40 12 56 023 - الفاكس: 41 12 56 023",
           "© {year} وكالة الأنباء الوطنية. جميع الحقوق محفوظة")
FOOTER_MENU = ("من نحن", "اتصل بنا", "الخدمات الإخبارية", "شروط الاستخدام")
LOCAL = timedelta(hours=1)  # Africa/Algiers, no summer time


def _saved(text: str) -> str:
    """Text as libxml's HTML serializer (DOMDocument::saveHTML) writes it without a charset:
    HTML 4 entity names where they exist, decimal references for everything else non-ASCII."""
    ascii_ = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
    return "".join(ascii_.get(ch, ch) if ord(ch) < 128 else f"&{codepoint2name[ord(ch)]};"
                   if ord(ch) in codepoint2name else f"&#{ord(ch)};" for ch in text)


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _long(moment) -> str:  # the site's own Twig filter: Algerian month names, local time
    local = _local(moment)
    return f"{local.day} {MAGHREB[local.month - 1]} {local.year} - {local:%H:%M}"


def _alias(text: str) -> str:
    return quote("-".join(re.sub(r"[^\w\s]", " ", text).split()))


def _storage(field_id: int, alias: str, name: str) -> str:
    digits = "/".join(str(field_id).zfill(4)[::-1])
    return f"/var/site/storage/images/_aliases/{alias}/{digits}/{field_id}-1-ara-SA/{name}.jpg"


def _paragraph_html(article: Article, n: int, k: int, text: str, rich: bool) -> str:
    enc = _saved if rich else partial(escape, quote=False)  # XSLT html output leaves quotes alone
    html = enc(text)
    if n in LINKED and LINKED[n][0] == k:
        words, href = enc(LINKED[n][1]), LINKED[n][2]
        html = html.replace(words, f'<a href="{href}" target="_blank">{words}</a>', 1)
    if n in BOLD and BOLD[n][0] == k:
        words = enc(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in HEADING and HEADING[n] == k:
        return f"<h3>{html}</h3>"
    return f"<p>{html}</p>"


def _embed(article: Article, n: int) -> str:
    src = _storage(IDS[n][2], "medium", "dar-sidi-ramdane")
    return f"""<div  class="align-center ez-embed-type-image">
{"    "}
<div class="content-view-embed">
    <div class="class-image">
        <div class="attribute-image"><figure class="ezimage-field"><img src="{src}" alt="دار عتيقة بحي سيدي رمضان" height="400" width="600" /></figure></div>
        <div class="attribute-caption"><div class="ezrichtext-field"><p>{_saved(article.caption)}</p>
</div></div>
    </div>
</div>
</div>"""


def _field(article: Article, n: int, texts: list[str], first: int) -> str:
    """The intro (first=-1) or body (first=0) field as eZ prints it."""
    rich = n != 1
    parts = [_paragraph_html(article, n, first + k, t, rich) for k, t in enumerate(texts)]
    if n in EMBED_AFTER and first == 0:
        parts.insert(EMBED_AFTER[n] + 1, _embed(article, n))
    if rich:
        return '<div class="ezrichtext-field">' + "".join(parts) + "\n</div>"
    return '<div class="ezxmltext-field" >' + "".join(parts) + "</div>"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    location, _content, field_id = IDS[n]
    _label, node, section_alias = next(m for m in MENU if m[0] == article.section)
    url = f"{HOST}/ar/{section_alias}/{_alias(article.headline)}"
    shown = _long(moment)
    page = Page(url=url, html="", shown_date=shown)
    today = _local(moment) + timedelta(hours=(2, 3, 7)[n - 1])  # when the page was rendered
    address = (*ADDRESS[:2], ADDRESS[2].format(year=today.year))
    today_line = f"{weekday(today)} {today.day} {MAGHREB[today.month - 1]} {today.year}"
    page.add(*(name for _, name in LANGS), *LINKS, today_line, SEARCH_LABEL, SKIP, HOME,
             *(m[0] for m in MENU), POSTED, shown)
    menu = []
    for k, (name, nid, alias) in enumerate(MENU):
        cls = " ".join(c for c, on in (("selected", nid == node), ("firstli", k == 0), ("lastli", k == len(MENU) - 1)) if on)
        attr = f' class="{cls}"' if cls else ""
        menu.append(f'      \t\t<li id="node_id_{nid}"{attr}><div><a href="/ar/{alias}"><span>{name}</span></a></div></li>')
    mail = quote(AUTHOR_MAIL.get(n, ""), safe="")
    byline = f'            <p class="author"><span class="label">{BY}</span> <ul class="ezauthor-field"><li><a href="mailto:{mail}">{e(article.author)}</a></li></ul></p>\n' if article.author else ""
    page.add(*((BY, article.author) if article.author else ()))
    modified = moment + timedelta(minutes=(12, 95, 4)[n - 1])
    updated = f'            <p class="modified"><span class="label">{UPDATED}</span> {_long(modified)}</p>\n' if n == 2 else ""
    page.add(*((UPDATED, _long(modified)) if n == 2 else ()))
    og_image = HOST + (_storage(field_id, "og_image", "tmour-skikda") if n == 1 else "/bundles/agency/images/logo-share.png")
    image = f"""        <div class="attribute-image">
            <figure class="ezimage-field"><img src="{_storage(field_id, "large", "tmour-skikda")}" alt="تمور دقلة نور بميناء سكيكدة" height="480" width="770" /></figure>
            <div class="caption"><p>{e(article.caption)}</p></div>
        </div>
""" if n == 1 else ""
    page.add(article.caption if article.caption != "-" else "")
    tags = list(article.tags)
    tag_links = ", \n".join(f'            <a href="/ar/tags/view/{quote(t)}">{e(t)}</a>' for t in tags)
    page.add(TAGS_LABEL, *(t for t in tags if t not in article.body))  # a tag the story uses is no chrome
    counter = f'        <div class="attribute-counter"><span class="label">{VIEWS_LABEL}</span> {VIEWS[n]}</div>\n' if n in VIEWS else ""
    page.add(*((VIEWS_LABEL, VIEWS[n]) if n in VIEWS else ()))
    related = "".join(f"""<li><div class="content-view-embed">
    <div class="class-article">
        <a href="/ar/{section_alias}/{_alias(title)}">{e(title)}</a>
    </div>
</div></li>""" for title in article.related)
    page.add(*article.related)
    print_url = f"/ar/layout/set/print/{section_alias}/{_alias(article.headline)}"
    page.add(SHARE, PRINT, TIPAFRIEND, RELATED, LATEST_TITLE)
    lines = []
    for k, title in enumerate(rotate(LATEST, 3 * n, 5)):
        when = f"{today - timedelta(minutes=35 + 47 * k):%d/%m/%Y - %H:%M}"
        lines.append(f"""<div class="content-view-line">
    <div class="class-article float-break">
    <h2><a href="/ar/{MENU[(k + n) % len(MENU)][2]}/{_alias(title)}">{e(title)}</a></h2>
    <div class="attribute-byline"><p class="date">{when}</p></div>
    </div>
</div>""")
        page.add(title, when)
    items = rotate(MOST_READ, 5 * n, 5) if n != 1 else []
    most = "\n".join(f'<li><a href="/ar/{MENU[k % 4][2]}/{_alias(t)}">{e(t)}</a></li>' for k, t in enumerate(items))
    most = f"""<div class="border-box box-3"><div class="class-infobox">
<div class="attribute-header"><h2>{MOST_READ_TITLE}</h2></div>
<ol class="most-read">
{most}
</ol>
</div></div>""" if items else ""
    page.add(*([MOST_READ_TITLE, *items] if items else []))
    breaking = f'  <div id="breaking-news"><a href="/ar/National">{e(TICKER[2])}</a></div>\n' if n == 3 else ""
    page.add(TICKER[2] if n == 3 else "")
    page.add(SITE, *address, *FOOTER_MENU)
    intro = _field(article, n, [article.lead], -1)
    body = _field(article, n, list(article.paragraphs), 0)
    pagestyle = f"nosidemenu extrainfo section_id_1 subtree_level_0_node_id_2 subtree_level_1_node_id_{node} subtree_level_2_node_id_{location}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": article.headline, "description": article.lead[:155], "datePublished": f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
          "dateModified": f"{modified.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}", "articleSection": article.section, "keywords": ", ".join(tags), "inLanguage": "ar",
          "author": {"@type": "Person", "name": article.author} if article.author else {"@type": "Organization", "name": SITE},
          "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{HOST}/bundles/agency/images/logo-ld.png"}},
          **({"image": [og_image]} if n == 1 else {})}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=4).replace("</", "<\\/")
    og_tags = "\n".join(f'    <meta property="article:tag" content="{e(t)}" />' for t in tags)
    current = ' class="current_siteaccess"'
    languages = "\n".join(f'\t        <li{current if k == 0 else ""}>\n\t            <a href="{path}">{name}</a>\n\t        </li>'
        for k, (path, name) in enumerate(LANGS))
    links = "\n".join(f'                <li><a href="{h}" title="{x}">{x}</a></li>' for h, x in zip(
        ("/ar/content/view/sitemap/2", "/ar/Archives", "/ar/rss/feed/akhbar"), LINKS, strict=True))
    footer_menu = "\n".join(f'        <li><a href="/ar/{h}">{x}</a></li>' for h, x in zip(
        ("A-propos", "Contact", "Services", "Conditions"), FOOTER_MENU, strict=True))
    page.html = f"""<!DOCTYPE html>
<html lang="ar_SA" dir="rtl">
<head>
    <meta charset="utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{e(article.headline)} / {e(article.section)} / {SITE}</title>
    <meta name="description" content="{e(article.lead[:155])}" />
    <meta name="keywords" content="{e(", ".join(tags))}" />
    <link rel="canonical" href="{url}" />
    <link rel="alternate" type="application/rss+xml" title="{SITE} - {e(article.section)}" href="/ar/rss/feed/{section_alias.lower()}" />
    <link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
    <meta property="og:site_name" content="{SITE}" />
    <meta property="og:locale" content="ar_AR" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{e(article.headline)}" />
    <meta property="og:description" content="{e(article.lead[:155])}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:image" content="{og_image}" />
    <meta property="article:published_time" content="{_local(moment):%Y-%m-%dT%H:%M:%S}+01:00" />
    <meta property="article:modified_time" content="{_local(modified):%Y-%m-%dT%H:%M:%S}+01:00" />
    <meta property="article:section" content="{e(article.section)}" />
{og_tags}
    <meta name="twitter:card" content="{"summary_large_image" if n == 1 else "summary"}" />
    <meta name="twitter:site" content="@wataniya_news" />
    <meta name="twitter:title" content="{e(article.headline)}" />
    <link rel="stylesheet" href="/assets/build/app.8c1d2e4f.css" />
    <link rel="stylesheet" href="/assets/build/rtl.5b7a9c10.css" />
    <link rel="stylesheet" type="text/css" href="/extension/agency/design/agency/stylesheets/print.css" media="print" />
    <script type="application/ld+json">
{ld_json}
    </script>
</head>
<body>
<!-- Complete page area: START -->
<div id="page" class="{pagestyle} current_node_id_{location}">
  <!-- Header area: START -->
  <div id="header" class="float-break">
  <div id="usermenu">
    <div id="languages">
        <ul>
{languages}
        </ul>
    </div>
    <div id="links">
        <ul>
{links}
        </ul>
    </div>
    </div>
    <div id="today-date">{today_line}</div>
    <div id="logo">
        <a href="/ar/"><img src="/var/site/storage/images/design/agency/172-7-ara-SA/logo.png" alt="{SITE}" /></a>
    </div>
    <div id="searchbox">
      <form action="/ar/content/search">
        <label for="searchtext" class="hide">{SEARCH_LABEL}</label>
        <input id="searchtext" name="SearchText" type="text" size="12" />
        <input id="searchbutton" class="button" type="submit" value="بحث" />
      </form>
    </div>
    <p class="hide"><a href="#main">{SKIP}</a></p>
  </div>
  <!-- Header area: END -->
  <hr class="hide" />
  <!-- Top menu area: START -->
  <div id="topmenu" class="float-break">
    <div class="topmenu-design">
    <!-- Top menu content: START -->
	<ul>
{chr(10).join(menu)}
        </ul>
    <!-- Top menu content: END -->
</div>
  </div>
  <!-- Top menu area: END -->
{breaking}  <hr class="hide" />
  <!-- Path area: START -->
  <div id="path">
    <!-- Path content: START -->
    <p>
        <a href="/ar/">{HOME}</a>
        <span class="path-separator">/</span>
        <a href="/ar/{section_alias}">{e(article.section)}</a>
        <span class="path-separator">/</span>
        <span class="path-text">{e(article.headline)}</span>
    </p>
    <!-- Path content: END -->
  </div>
  <!-- Path area: END -->
  <hr class="hide" />
  <!-- Columns area: START -->
  <div id="columns" class="float-break">
    <!-- Main area: START -->
    <div id="main-position">
      <div id="main" class="float-break">
        <div class="overflow-fix">
          <!-- Fix for IE 5&6 -->
          <div id="heightresize-main">
            <!-- Main area content: START -->
<div class="border-box">
<div class="border-tl"><div class="border-tr"><div class="border-tc"></div></div></div>
<div class="border-ml"><div class="border-mr"><div class="border-mc float-break">
<div class="content-view-full">
    <div class="class-article">
        <div class="attribute-header">
            <h1>{e(article.headline)}</h1>
        </div>
        <div class="attribute-byline">
{byline}            <p class="date"><span class="label">{POSTED}</span> {shown}</p>
{updated}        </div>
{image}        <div class="attribute-intro">
            {intro}
        </div>
        <div class="attribute-body">
            {body}
        </div>
        <div class="attribute-tags">
            <span class="tags-label">{TAGS_LABEL}</span>
{tag_links}
        </div>
{counter}        <div class="attribute-share">
            <div class="addthis_toolbox addthis_default_style addthis_32x32_style">
                <span class="share-label">{SHARE}</span>
                <a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a><a class="addthis_button_whatsapp"></a><a class="addthis_button_compact"></a>
            </div>
        </div>
        <div class="attribute-print">
            <p><a href="{print_url}" rel="nofollow" target="_blank">{PRINT}</a></p>
        </div>
        <div class="attribute-tipafriend">
            <p><a href="/ar/content/tipafriend/{location}" title="{TIPAFRIEND}">{TIPAFRIEND}</a></p>
        </div>
        <div class="attribute-related_articles">
            <h2>{RELATED}</h2>
            <ul class="ezobjectrelationlist-field">{related}</ul>
        </div>
    </div>
</div>
</div></div></div>
<div class="border-bl"><div class="border-br"><div class="border-bc"></div></div></div>
</div>
            <!-- Main area content: END -->
          </div>
        </div>
      </div>
    </div>
    <!-- Main area: END -->
    <hr class="hide" />
    <!-- Extra area: START -->
    <div id="extrainfo-position">
      <div id="extrainfo">
        <div id="heightresize-extrainfo">
<div class="border-box box-3"><div class="content-view-children">
<div class="attribute-header"><h2>{LATEST_TITLE}</h2></div>
{chr(10).join(lines)}
</div></div>
{most}
        </div>
      </div>
    </div>
    <!-- Extra area: END -->
  </div>
  <!-- Columns area: END -->
  <hr class="hide" />
  <!-- Footer area: START -->
  <div id="footer">
    <address>
    <strong>{SITE}</strong><br />
    {address[0]}<br />
    {address[1]}<br />
    {address[2]}
    </address>
    <ul class="footer-menu">
{footer_menu}
    </ul>
  </div>
  <!-- Footer area: END -->
</div>
<!-- Complete page area: END -->
<script src="/assets/build/runtime.4c1b2e90.js"></script>
<script src="/assets/build/app.7e9f03d1.js"></script>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5c3f1e2b7a9d4e21"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-48211907-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'UA-48211907-1');</script>
</body>
</html>
"""
    return page
