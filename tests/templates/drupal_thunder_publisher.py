"""A Lebanese Arabic weekly news magazine ("مجلة الرصيف") on Drupal 10 with the Thunder
publishing distribution, served through a Bootstrap Barrio subtheme (`raseef`). The head: the
Thunder metatag default `<title>` "<field_seo_title> | مجلة الرصيف" (the SEO title, shorter
than and different from the headline), the description from `field_teaser_text`, og/twitter
meta, `article:published_time` / `article:modified_time` from `[node:created:html_datetime]`
in the site's Asia/Beirut time and without a colon in the offset ("+0200"), a schema_metatag
JSON-LD `@graph` with a `NewsArticle`, Drupal's aggregated css/js (`?delta=0&language=ar`).
The body: the visually hidden skip link, `dialog-off-canvas-main-canvas`, Barrio's
`header#header` with a top bar (the issue number "العدد ..."), the branding block and the
main menu (`nav-link`), Thunder's channel breadcrumb (`ol.breadcrumb`, Home then the channel
and its parents, no current page), `main#content` holding the node
`article.node--type-article.node--view-mode-full`: header with the channel label, `h1` with
`span.field--name-title`, the teaser text as a header lead (a dek, chrome), the meta line
(page 1 only names the writer, "بقلم <name>"; every page prints the day "الجمعة، 8 تشرين
الثاني 2024" in a `<time>` whose `datetime` is UTC, so page 2's 00:45 story carries the day
before in it). Then `field--name-field-paragraphs` items: `paragraph--type--text`
(`field--name-field-text`, several `<p>` per item), page 1's `paragraph--type--image` (a
media image: blazy picture, `field_description` caption and `field_copyright` "© ..."
credit) and `paragraph--type--quote` (a pull quote repeating a sentence of the text), page 2's
`paragraph--type--twitter` (media_entity_twitter's bare `blockquote.twitter-tweet`), page 3's
subheading `<h2>` inside a text item, `paragraph--type--instagram` (Instagram's embed fallback
with its "View this post" furniture) and a closing `paragraph--type--link`. Then the tags
field, the empty Shariff share div under "شارك المقال", the related-articles view, a sidebar
with "الأكثر قراءة" and a newsletter / print subscription box, and the footer menus,
copyright and "مدعوم من دروبال". All but the headline and the text items (with the quote
repeating the text) is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LEVANTINE, MOST_READ, Article, Page, e, rotate, weekday

NAME = "drupal_thunder_publisher"
HELD_OUT = True
SET = "unseen26"
FAMILY = "Drupal 10 Thunder distribution (Barrio subtheme) weekly magazine article: paragraphs text/image/quote/twitter/instagram/link, channel breadcrumb, teaser dek, seo title"
HOST = "https://thunder-weekly.example"
SITE = "مجلة الرصيف"
SLOGAN = "أسبوعية لبنانية مستقلة"
THEME = "raseef"
ISSUES = ("العدد 612", "العدد 594", "العدد 628")
MENU = (("سياسة", 3), ("اقتصاد", 4), ("مجتمع", 5), ("ثقافة", 6), ("رياضة", 7),
        ("أرشيف الأعداد", 0))
CHANNEL_IDS = {"مجتمع": 5, "اقتصاد": 4, "سينما ومسرح": 14}
PARENT = {3: ("ثقافة", 6)}
SEO = {1: "مكتبات طرابلس تعود إلى الحياة", 2: "جدول التغذية الكهربائية الجديد في بيروت",
       3: "مهرجان صور للأفلام القصيرة 2025"}
TEASER = {
    1: "متطوعون شباب أعادوا فهرسة تسعة آلاف كتاب، والتمويل يبقى السؤال المعلّق",
    2: "عشر ساعات يوميا على فترتين، والمؤسسة تطالب المشتركين بتسديد المتأخرات",
    3: "ست وعشرون مسابقة وبرنامج موازٍ، والبحر والهجرة في قلب الحكايات",
}
CREDIT = "© وسام الأيوبي"
QUOTE = "لم نكن نملك سوى المفاتيح والرغبة، والباقي جاء من أهل الحي"
LINKED = {1: ("الجامعة اللبنانية", "/tags/al-jamia-al-lubnania")}
BOLD = {3: "الدورة الحادية عشرة"}
SUBHEAD = {3: "أفلام عن البحر والذاكرة"}
TWEET = "https://twitter.com/EnergyMinLB/status/1809021337745612831"
INSTA = ("https://www.instagram.com/p/DHEq3kPsT2m/", "مشاهدة هذا المنشور على Instagram",
         "‏منشور تمت مشاركته بواسطة ‏مهرجان صور للأفلام القصيرة‏ (@tyrefilmfest)‏")
LINK_ITEM = ("البرنامج الكامل للعروض على موقع المهرجان", "https://tyrefilmfest.example/program")
READ_MORE = "شارك المقال"
RELATED_TITLE = "مقالات ذات صلة"
MOST_TITLE = "الأكثر قراءة"
NEWS = ("النشرة الأسبوعية", "خلاصة العدد كل جمعة في بريدك.", "البريد الإلكتروني", "اشترك")
PRINT = ("النسخة الورقية", "اشترك في المجلة واحصل على 52 عددا في السنة.", "اطلب اشتراكك")
FOOTER = ("من نحن", "أسرة التحرير", "أعلن معنا", "اتصل بنا", "سياسة الخصوصية")
SKIP = "تجاوز إلى المحتوى الرئيسي"
POWERED = "مدعوم من دروبال"
AUTHOR_UID = {1: 23}
HIDDEN = ("Main navigation", "Footer")
TWITTER_JS = '<script src="https://platform.twitter.com/widgets.js" async></script>\n'


def _shown(moment) -> str:
    return f"{weekday(moment)}، {moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _html_datetime(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S%z")


def _field_item(paragraph: str) -> str:
    return f"""              <div class="field__item">{paragraph}</div>"""


def _para(kind: str, inner: str, pid: int) -> str:
    return f"""  <div class="paragraph paragraph--type--{kind} paragraph--view-mode--default" data-paragraph-id="{pid}">
          {inner}
      </div>
"""


def _text(paras: list[str], pid: int) -> str:
    body = "".join(paras)
    return _para("text", f"""
            <div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{body}</div>
      """, pid)


def _inline(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in LINKED and k == 1 and LINKED[n][0] in text:
        words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}">{e(words)}</a>', 1)
    if n in BOLD and BOLD[n] in text:
        html = html.replace(e(BOLD[n]), f"<strong>{e(BOLD[n])}</strong>", 1)
    if n in SUBHEAD and text == SUBHEAD[n]:
        return f"<h2>{html}</h2>"
    return f"<p>{html}</p>"


def _image(article: Article, pid: int) -> str:
    src = f"/sites/default/files/styles/media_image_l/public/2024-11/{article.slug}-maktaba.jpg"
    return _para("image", f"""
            <div class="field field--name-field-image field--type-entity-reference field--label-hidden field__item"><div class="media media--type-image media--view-mode-default">
            <div class="blazy blazy--field blazy--field-image blazy--field-image--default field field--name-field-image field--type-image field--label-hidden field__item" data-blazy=""><div data-b-token="b-8f3a2c1d9e" class="media media--blazy media--image media--responsive is-b-loading"><picture>
                  <source srcset="about:blank" media="all and (min-width: 992px)" type="image/jpeg" width="1200" height="675" data-srcset="{src}?itok=Qm3rT8xA 1x"/>
              <img decoding="async" class="media__element b-lazy b-responsive" loading="lazy" data-src="{src}?itok=Qm3rT8xA" src="data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D'http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg'%20viewBox%3D'0%200%201%201'%2F%3E" width="1200" height="675" alt="{e(article.caption)}" title="{e(article.caption)}" />
  </picture>
        </div></div>
            <div class="field field--name-field-description field--type-text-long field--label-hidden field__item"><p>{e(article.caption)}</p></div>
            <div class="field field--name-field-copyright field--type-string field--label-hidden field__item">{e(CREDIT)}</div>
  </div>
</div>
      """, pid)


def _embed(n: int, pid: int) -> str:
    if n == 2:
        return _para("twitter", f"""
            <div class="field field--name-field-media field--type-entity-reference field--label-hidden field__item"><div class="media media--type-twitter media--view-mode-default">
            <div class="field field--name-field-url field--type-link field--label-hidden field__item"><blockquote class="twitter-tweet" data-conversation="none" lang="ar"><a href="{TWEET}"></a></blockquote></div>
  </div>
</div>
      """, pid)
    url, view, by = INSTA
    return _para("instagram", f"""
            <div class="field field--name-field-media field--type-entity-reference field--label-hidden field__item"><div class="media media--type-instagram media--view-mode-default">
            <div class="field field--name-field-url field--type-link field--label-hidden field__item"><blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="{url}?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="14" style=" background:#FFF; border:0; margin: 1px; max-width:540px;"><div style="padding:16px;"> <a href="{url}?utm_source=ig_embed&amp;utm_campaign=loading" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%;" target="_blank"> <div style="padding: 19% 0;"></div><div style="padding-top: 8px;"> <div style=" color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:550; line-height:18px;">{view}</div></div></a><p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; white-space:nowrap;"><a href="{url}?utm_source=ig_embed&amp;utm_campaign=loading" style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px; text-decoration:none;" target="_blank">{by}</a></p></div></blockquote>
<script async src="//www.instagram.com/embed.js"></script></div>
  </div>
</div>
      """, pid)


def _paragraphs(article: Article, n: int, page: Page) -> str:
    texts = [_inline(article, n, k, t) for k, t in enumerate((article.lead, *article.paragraphs))]
    pid = 9000 + int(article.slug) % 1000 * 10
    items: list[str] = []
    if n == 1:
        items.append(_text(texts[:1], pid))
        items.append(_image(article, pid + 1))
        page.add(article.caption, CREDIT)
        items.append(_text(texts[1:3], pid + 2))
        items.append(_para("quote", f"""
            <div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item"><blockquote><p>{e(QUOTE)}</p></blockquote></div>
      """, pid + 3))
        items.append(_text(texts[3:], pid + 4))
    elif n == 2:
        items.append(_text(texts[:2], pid))
        items.append(_embed(n, pid + 1))
        items.append(_text(texts[2:], pid + 2))
    else:
        items.append(_text(texts[:3], pid))
        items.append(_embed(n, pid + 1))
        page.add(INSTA[1], INSTA[2])
        items.append(_text(texts[3:], pid + 2))
        title, href = LINK_ITEM
        items.append(_para("link", f"""
            <div class="field field--name-field-link field--type-link field--label-hidden field__item"><a href="{href}">{e(title)}</a></div>
      """, pid + 3))
        page.add(title)
    return "\n".join(_field_item(i) for i in items)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    nid = article.slug
    url = f"{HOST}/node/{nid}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    section = article.section
    cid = CHANNEL_IDS[section]
    parent = PARENT.get(n)
    crumbs = [("الرئيسية", "/")]
    if parent:
        crumbs.append((parent[0], f"/taxonomy/term/{parent[1]}"))
    crumbs.append((section, f"/taxonomy/term/{cid}"))
    page.add(SKIP, ISSUES[n - 1], SITE, SLOGAN, *(m for m, _ in MENU), *(c for c, _ in crumbs),
             TEASER[n], shown, *article.tags, READ_MORE, RELATED_TITLE, MOST_TITLE, *NEWS,
             *PRINT, *FOOTER, POWERED, *HIDDEN)
    byline = ""
    if article.author and n in AUTHOR_UID:
        page.add(f"بقلم {article.author}", article.author)
        byline = (f'\n      <span class="node__author">بقلم <span class="field field--name-uid '
                  f'field--type-entity-reference field--label-hidden"><a title="عرض ملف المستخدم." '
                  f'href="/user/{AUTHOR_UID[n]}" class="username">{e(article.author)}</a>'
                  f"</span></span>")
    utc = moment.astimezone(UTC)
    modified = moment + timedelta(days=2, hours=3) if n == 3 else moment + timedelta(minutes=20)
    menu = "\n".join(
        f'              <li class="nav-item"><a href="{"/archive" if t == 0 else f"/taxonomy/term/{t}"}" '
        f'class="nav-link{" active is-active" if label in (section, parent and parent[0]) else ""}" '
        f'data-drupal-link-system-path="{"archive" if t == 0 else f"taxonomy/term/{t}"}">{label}</a></li>'
        for label, t in MENU)
    crumb_html = "\n".join(f'        <li class="breadcrumb-item"><a href="{href}">{label}</a></li>'
                           for label, href in crumbs)
    tags = "\n".join(f'              <div class="field__item"><a href="/taxonomy/term/{40 + k}" '
                     f'hreflang="ar">{e(t)}</a></div>' for k, t in enumerate(article.tags))
    related = []
    for k, title in enumerate(article.related):
        day = moment - timedelta(days=7 * (k + 1))
        when = _shown(day)
        page.add(title, when)
        related.append(f"""    <div class="views-row col-md-4"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{int(nid) - 37 * (k + 1)}" hreflang="ar">{e(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{day.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" class="datetime">{when}</time></span></div></div>""")
    most = rotate(MOST_READ, 3 * n, 5)
    page.add(*most)
    most_html = "\n".join(f'<li><a href="/node/{int(nid) - 400 - 13 * k}" hreflang="ar">{e(t)}</a></li>'
                          for k, t in enumerate(most))
    year = moment.year
    copy = f"© {year} {SITE}. جميع الحقوق محفوظة."
    page.add(copy)
    footer = "\n".join(f'<li class="nav-item"><a href="/{slug}" class="nav-link">{label}</a></li>'
                       for label, slug in zip(FOOTER, ("about", "team", "advertise", "contact",
                                                       "privacy"), strict=True))
    body_html = _paragraphs(article, n, page)
    desc = TEASER[n]
    title = f"{SEO[n]} | {SITE}"
    image = (f"{HOST}/sites/default/files/styles/facebook/public/2024-11/{nid}-maktaba.jpg"
             if n == 1 else f"{HOST}/themes/custom/{THEME}/images/og-default.png")
    graph = {"@context": "https://schema.org", "@graph": [{
        "@type": "NewsArticle", "headline": SEO[n], "name": article.headline,
        "description": desc, "about": list(article.tags),
        "image": {"@type": "ImageObject", "representativeOfPage": "True", "url": image},
        "datePublished": _html_datetime(moment), "dateModified": _html_datetime(modified),
        "isAccessibleForFree": "True",
        **({"author": {"@type": "Person", "name": article.author}} if byline else {}),
        "publisher": {"@type": "Organization", "@id": HOST, "name": SITE, "url": HOST,
                      "logo": {"@type": "ImageObject",
                               "url": f"{HOST}/themes/custom/{THEME}/logo.svg"}},
        "mainEntityOfPage": url}]}
    ld = json.dumps(graph, ensure_ascii=False, indent=4)
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    settings = json.dumps({"path": {"baseUrl": "/", "pathPrefix": "", "currentPath": f"node/{nid}",
                                    "currentPathIsAdmin": False, "isFront": False,
                                    "currentLanguage": "ar"},
                           "pluralDelimiter": "\u0003", "ajaxTrustedUrl": [],
                           "blazy": {"loadInvisible": False, "offset": 100, "saveViewportOffsetDelay": 50},
                           "user": {"uid": 0, "permissionsHash": "5b0c3e7f1e2d"}},
                          separators=(",", ":"))
    lib = "eJxtzEEKwzAMRNELGftIQbbV4iJ5hKKE5vZtk27aLN8w_KUAl2G4bkpBAjwRgVUhBnIi4Y2"
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{e(desc)}" />
<link rel="canonical" href="{url}" />
<meta name="robots" content="index, follow" />
<link rel="image_src" href="{image}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{e(SEO[n])}" />
<meta property="og:description" content="{e(desc)}" />
<meta property="og:image" content="{image}" />
<meta property="og:updated_time" content="{_html_datetime(modified)}" />
{og_tags}
<meta property="article:section" content="{e(section)}" />
<meta property="article:published_time" content="{_html_datetime(moment)}" />
<meta property="article:modified_time" content="{_html_datetime(modified)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{e(SEO[n])}" />
<meta name="twitter:description" content="{e(desc)}" />
<meta name="twitter:site" content="@raseefweekly" />
<meta name="twitter:image" content="{image}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<script type="application/ld+json">{ld}</script>
<meta http-equiv="x-ua-compatible" content="ie=edge" />
<link rel="icon" href="/themes/custom/{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="ar" href="{url}" />
    <title>{e(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vd3kT1qZ8pXn2Lw7.css?delta=0&amp;language=ar&amp;theme={THEME}&amp;include={lib}" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Hq9Ys0bR4mCe6Fj1.css?delta=1&amp;language=ar&amp;theme={THEME}&amp;include={lib}" />
    <script src="/sites/default/files/js/js_Pz2oX7cN1wKv5Ue3.js?scope=header&amp;delta=0&amp;language=ar&amp;theme={THEME}&amp;include={lib}"></script></head>
  <body class="layout-one-sidebar layout-sidebar-second page-node-{nid} path-node node--type-article">
    <a href="#main-content" class="visually-hidden-focusable skip-link">
      {SKIP}</a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="ترويسة الموقع">
                      <div class="navbar navbar-expand-lg" id="navbar-top">
                    <div class="container">
              <section class="row region region-top-header">
    <div id="block-{THEME}-issue" class="block block-block-content block-block-content4f1c">
      <div class="content">
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><a href="/archive/{ISSUES[n - 1].split()[-1]}">{ISSUES[n - 1]}</a></p></div></div></div></section></div></div>
                <nav class="navbar navbar-expand-lg" id="navbar-main">
                    <div class="container">
                  <div id="block-{THEME}-branding" class="clearfix site-branding">
      <a href="/" title="الرئيسية" rel="home" class="navbar-brand">
              <img src="/themes/custom/{THEME}/logo.svg" alt="الرئيسية" class="img-fluid d-inline-block align-top" />
            {SITE}</a>
        <div class="d-inline-block align-top site-name-slogan">
      {SLOGAN}</div></div>
              <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
              <div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar">
                  <nav role="navigation" aria-labelledby="block-{THEME}-main-menu-menu" id="block-{THEME}-main-menu" class="block block-menu navigation menu--main">
  <h2 class="visually-hidden" id="block-{THEME}-main-menu-menu">Main navigation</h2>
              <ul class="clearfix nav navbar-nav">
{menu}</ul></nav></div></div></nav></header>
          <div id="main-wrapper" class="layout-main-wrapper clearfix">
              <div id="main" class="container">
            <div id="block-{THEME}-breadcrumbs" class="block block-system block-system-breadcrumb-block">
      <div class="content">
  <nav role="navigation" aria-label="breadcrumb" style="">
    <ol class="breadcrumb">
{crumb_html}</ol></nav></div></div>
          <div class="row row-offcanvas row-offcanvas-left clearfix">
              <main class="main-content col" id="content" role="main">
                <section class="section">
                  <a id="main-content" tabindex="-1"></a>
                    <div data-drupal-messages-fallback class="hidden"></div><div id="block-{THEME}-content" class="block block-system block-system-main-block">
      <div class="content">
<article data-history-node-id="{nid}" class="node node--type-article node--view-mode-full clearfix">
  <header>
    <div class="node__channel"><a href="/taxonomy/term/{cid}" hreflang="ar">{e(section)}</a></div>
      <h1 class="node__title">
        <span class="field field--name-title field--type-string field--label-hidden">{e(article.headline)}</span></h1>
          <div class="node__teaser lead">
            <div class="field field--name-field-teaser-text field--type-string-long field--label-hidden field__item">{e(desc)}</div></div>
          <div class="node__meta">{byline}
      <span class="node__date"><time datetime="{utc:%Y-%m-%dT%H:%M:%SZ}" class="datetime">{shown}</time></span></div></header>
  <div class="node__content clearfix">
      <div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
{body_html}</div>
      <div class="field field--name-field-tags field--type-entity-reference field--label-hidden field__items">
{tags}</div>
<div class="shariff-wrapper"><h3 class="shariff-title">{READ_MORE}</h3>
<div class="shariff" data-services="[&quot;whatsapp&quot;,&quot;facebook&quot;,&quot;twitter&quot;,&quot;telegram&quot;,&quot;mail&quot;]" data-theme="colored" data-css="complete" data-orientation="horizontal" data-mail-url="mailto:" data-lang="en" data-url="{url}" data-title="{e(SEO[n])}"></div></div></div></article></div></div>
<div class="views-element-container block block-views block-views-blockrelated-articles-block-1" id="block-{THEME}-views-block-related-articles-block-1">
      <h2>{RELATED_TITLE}</h2>
      <div class="content">
      <div><div class="view view-related-articles view-id-related_articles view-display-id-block_1 js-view-dom-id-3c5e8f0a7b2d914e">
      <div class="view-content row">
{chr(10).join(related)}</div></div></div></div></div></section></main>
                                      <div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second">
                <aside class="section" role="complementary">
                    <div class="views-element-container block block-views block-views-blockmost-read-block-1" id="block-{THEME}-most-read">
      <h2>{MOST_TITLE}</h2>
      <div class="content">
      <div><div class="view view-most-read view-id-most_read view-display-id-block_1"><div class="item-list"><ol>
{most_html}</ol></div></div></div></div></div>
<div class="simplenews-subscriptions-block-weekly block block-simplenews block-simplenews-subscription-block" id="block-{THEME}-newsletter">
      <h2>{NEWS[0]}</h2>
      <div class="content">
      <form class="simplenews-subscriber-form" data-drupal-selector="simplenews-subscriber-form" action="{url}" method="post" id="simplenews-subscriber-form" accept-charset="UTF-8">
  <div class="field--type-simplenews-subscription field--name-subscriptions field--widget-simplenews-subscription-select js-form-wrapper form-wrapper mb-3" data-drupal-selector="edit-subscriptions-wrapper" id="edit-subscriptions-wrapper"></div>
<div id="edit-message" class="js-form-item js-form-type-item form-type-item js-form-item-message form-item-message form-no-label mb-3">{NEWS[1]}</div>
<div class="js-form-item js-form-type-email form-type-email js-form-item-mail-0-value form-item-mail-0-value mb-3">
      <label for="edit-mail-0-value" class="js-form-required form-required">{NEWS[2]}</label>
        <input data-drupal-selector="edit-mail-0-value" type="email" id="edit-mail-0-value" name="mail[0][value]" value="" size="60" maxlength="254" class="form-email required form-control" required="required" aria-required="true" /></div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper mb-3" id="edit-actions"><button data-drupal-selector="edit-subscribe" type="submit" id="edit-subscribe" name="op" value="{NEWS[3]}" class="button js-form-submit form-submit btn btn-primary">{NEWS[3]}</button></div></form></div></div>
<div id="block-{THEME}-print" class="block block-block-content block-block-content9b7e">
      <h2>{PRINT[0]}</h2>
      <div class="content">
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{PRINT[1]}</p><p><a class="btn btn-outline-primary" href="/subscribe">{PRINT[2]}</a></p></div></div></div></aside></div></div></div></div>
        <footer class="site-footer">
              <div class="container">
                      <div class="site-footer__top clearfix">
                <section class="row region region-footer-first">
    <nav role="navigation" aria-labelledby="block-{THEME}-footer-menu" id="block-{THEME}-footer" class="block block-menu navigation menu--footer">
  <h2 class="visually-hidden" id="block-{THEME}-footer-menu">Footer</h2>
              <ul class="nav navbar-nav">
{footer}</ul></nav></section></div>
                                <div class="site-footer__bottom">
                <section class="row region region-footer-fifth">
    <div id="block-{THEME}-copyright" class="block block-block-content block-block-content2d6a">
      <div class="content"><p>{copy}</p></div></div>
<div id="block-{THEME}-powered" class="block block-system block-system-powered-by-block">
      <div class="content">
      <span>{POWERED.rsplit(" ", 1)[0]} <a href="https://www.drupal.org">{POWERED.rsplit(" ", 1)[1]}</a></span></div></div></section></div></div></footer></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/sites/default/files/js/js_Kb6wE4rM9tAh0Ns8.js?scope=footer&amp;delta=0&amp;language=ar&amp;theme={THEME}&amp;include={lib}"></script>
{TWITTER_JS if n == 2 else ""}</body></html>
"""
    return page

