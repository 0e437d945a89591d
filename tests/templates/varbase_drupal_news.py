"""A Jordanian news site ("أخبار المملكة") on Varbase (Vardot's Drupal 10 distribution) with a
Vartheme BS4 sub-theme (Bootstrap Barrio), an Arabic article node as served to an anonymous
reader. Head: charset, gtag script, metatag (description, canonical, shortlink, og:*, one
`article:tag` per tag, `article:published_time` in html_datetime "2024-05-12T10:30:00+0300"),
the `Generator` "Drupal 10" meta, a pretty-printed schema_metatag JSON-LD `@graph` NewsArticle,
hreflang links, `<title>` "headline | أخبار المملكة", `/sites/default/files/css/css_*.css?delta=
&language=ar&theme=&include=` aggregates, vartheme's RTL preloads. Body: skip link,
`dialog-off-canvas-main-canvas`, `header#navbar` (branding, main menu from vartheme's
menu--main with its quirk of `data-toggle="dropdown"` on every link, English/العربية switcher,
a Better Exposed Filters search form with `data-drupal-selector`s), `main-container` with
`section.col-sm-9` (easy_breadcrumb ending in the headline, page-title block, the node, the
AddToAny block "شارك الخبر", the "محتوى ذو صلة" `views-element-container` block of
horizontal-media-teaser rows dated "3 أيار 2024") and `aside.col-sm-3` ("الأكثر قراءة" list),
`footer-wrapper` (about text, footer and social menus, copyright), `drupalSettings` JSON, JS.
The node is a Display Suite `article.row.bs-1col.node.node--type-article.node--view-mode-full`:
section link, the `created` field (D10 timestamp formatter: `<time datetime>` in UTC, text in
Jordan's +03:00, "الأحد, أيار 12, 2024 - 10:30", Levantine months), then page 1 a
`field--name-uid` byline (inline label "بقلم"; the only page naming a writer), lead media
(`field--name-field-media` > `media--type-image` > `field--name-field-media-image` `<picture>`,
caption, photo credit), the lead in `field--name-body`, the rest as Varbase paragraphs in
`field--name-field-paragraphs` (`paragraph--type--text` with `bp-text`, a bold figure, an
inline link; `paragraph--type--quote`), vartheme's paragraph template printing an empty
`<div class="">` for the missing bp_width; page 2 a wire story posted 00:40 local (its UTC
`datetime` is the day before), an inline-label "المصدر" field, the whole story in a plain
`field--name-body`; page 3 paragraphs only (text with an `<h3>` subheading, an image paragraph
without caption, a quote) and an inline-label "آخر تحديث" `changed` date the next day. Tags
(`field--name-field-tags`, label "الوسوم") close the node. All but the story is chrome."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, timedelta, timezone
from html import escape

from .base import LEVANTINE, MOST_READ, Article, Page, e, rotate, weekday

NAME = "varbase_drupal_news"
HELD_OUT = True
SET = "unseen17"
FAMILY = "Varbase (Drupal 10) + Vartheme BS4 news node: DS bs-1col article, Varbase paragraphs body, created <time> UTC vs +03:00 Levantine date, addtoany, related views, drupalSettings"
HOST = "https://akhbar-almamlaka.example"
SITE = "أخبار المملكة"
THEME = "almamlaka"
SKIP = "تجاوز إلى المحتوى الرئيسي"
MENU_TITLE = "القائمة الرئيسية"
MENU = (("/ar", "الرئيسية", ""), ("/ar/local", "محليات", "taxonomy/term/3"),
        ("/ar/arab-world", "عربي ودولي", "taxonomy/term/4"),
        ("/ar/economy", "اقتصاد", "taxonomy/term/5"), ("/ar/sports", "رياضة", "taxonomy/term/6"),
        ("/ar/culture", "فن وثقافة", "taxonomy/term/7"), ("/ar/videos", "فيديو", "videos"))
SEARCH_LABEL = "ابحث في الموقع"
SHARE = "شارك الخبر"
RELATED = "محتوى ذو صلة"
POPULAR = "الأكثر قراءة"
TAGS_LABEL = "الوسوم"
BYLINE = "بقلم"
SOURCE = ("المصدر", "وكالة الأنباء الأردنية - بترا")
UPDATED = "آخر تحديث"
CREDIT = "تصوير: محمد القرالة"
ABOUT = "موقع إخباري أردني يقدم الأخبار المحلية والعربية والدولية على مدار الساعة"
FOOTER_MENU = (("/ar/about-us", "من نحن"), ("/ar/contact-us", "اتصل بنا"), ("/ar/advertise", "أعلن معنا"),
               ("/ar/privacy-policy", "سياسة الخصوصية"), ("/ar/terms", "شروط الاستخدام"))
SOCIAL = (("https://www.facebook.com/akhbaralmamlaka", "فيسبوك", "facebook"),
          ("https://x.com/akhbaralmamlaka", "إكس", "x-twitter"),
          ("https://www.youtube.com/@akhbaralmamlaka", "يوتيوب", "youtube"),
          ("https://www.instagram.com/akhbaralmamlaka", "إنستغرام", "instagram"))
FOLLOW = "تابعونا"
COPYRIGHT = "© 2025 أخبار المملكة. جميع الحقوق محفوظة."
LOCAL = timedelta(hours=3)
# Per page: the node's text fields in order; -1 is the lead, others index article.paragraphs.
LAYOUT = {1: (("body", (-1,)), ("text", (0, 1, 2)), ("quote", (3,)), ("text", (4,))),
          2: (("body", (-1, 0, 1, 2)),),
          3: (("text", (-1, 0, 1)), ("text", (2, 3)), ("image", ()), ("quote", (4,)),
              ("text", (5, 6)))}
HEADING = {3: 2}
BOLD = {1: (0, "45 في المئة"), 3: (1, "67 في المئة")}
LINK = {1: (2, "بمنحة من الاتحاد الأوروبي",
            "https://www.eeas.europa.eu/delegations/jordan_ar")}
IMAGES = {1: ("2024-05/smart-water-meter-hashmi.jpg", "عداد مياه ذكي"),
          3: ("2024-12/brt-zarqa-station.jpg", "حافلة عند محطة في الزرقاء")}
CSS = ("css_Jd8kQ2vXn0yR4tLmB7aWcE1sPfH9uZgK3oV6iT5rNxY", "css_p3Vb9KqZ0mWx7Yc2LsD8fR1eHnT4jU6aGiO5kB_lQwE")
JS = ("js_Hq7mT2pK9vWc4XbN0dY8sLfR3eJ6uZaG1iO5kB-lQwE", "js_b8Xk2QmZ7vRt0YwN4cL9sDfP3eH6uJaG1iO5kT_lMwE")
INCLUDE = "eJxtj1EOwjAIhi_U2iM1bMWOrC1LYYvz9C4xPhh9IcD_8UEmVkMyZTOH6p8N2MM2F4IdjGTAb2RaaUyXzrDgvSLzXxc0ClK0hW0aTBqQgaA"


def _long(moment) -> str:
    """Drupal's long format ("l, F j, Y - H:i") translated, in the site's +03:00."""
    return f"{weekday(moment)}, {LEVANTINE[moment.month - 1]} {moment.day}, {moment.year} - {moment:%H:%M}"


def _short(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _iso(moment) -> str:
    """html_datetime: 'Y-m-d\\TH:i:sO'."""
    return f"{moment:%Y-%m-%dT%H:%M:%S}{moment:%z}"


def _time(moment, text: str) -> str:
    """The D10 timestamp formatter: UTC `datetime`, local text, long-format tooltip."""
    return (f'<time datetime="{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" '
            f'title="{_long(moment)}">{text}</time>')


def _media(path: str, alt: str, mode: str, extra: str = "", lazy: bool = True) -> str:
    big = mode == "s12-standard"
    w, h = (1110, 740) if big else (360, 240)
    src = f"/sites/default/files/styles/{'d12' if big else 'd04'}_standard_xl_1x/public/{path}"
    picture = (f"""<picture>
                  <source srcset="{src}.webp?itok=Vt3kQ9aZ 1x" media="all and (min-width: 1200px)" type="image/webp" width="{w}" height="{h}"/>
              <source srcset="{src.replace('_xl_', '_md_')}.webp?itok=Pq8mR2cX 1x" media="all and (min-width: 768px)" type="image/webp" width="{w * 2 // 3}" height="{h * 2 // 3}"/>
                  <img loading="{'lazy' if lazy else 'eager'}" width="{w}" height="{h}" src="{src}?itok=Vt3kQ9aZ" alt="{e(alt)}" />

  </picture>""")
    return f"""<div class="field field--name-field-media field--type-entity-reference field--label-hidden field__item"><div class="media media--type-image media--view-mode-{mode}">
  <div class="field field--name-field-media-image field--type-image field--label-hidden field__item">  {picture}
</div>
{extra}</div>
</div>"""


def _para_text(article: Article, n: int, k: int) -> str:
    text = escape(article.lead if k < 0 else article.paragraphs[k], quote=False)
    if n in BOLD and BOLD[n][0] == k:
        text = text.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>")
    if n in LINK and LINK[n][0] == k:
        _, words, href = LINK[n]
        text = text.replace(e(words), f'<a href="{href}" target="_blank">{e(words)}</a>')
    return f"<h3>{text}</h3>" if HEADING.get(n) == k else f"<p>{text}</p>"


def _paragraph(kind: str, pid: int, inner: str) -> str:
    return f"""<div class="field__item">  <div class="paragraph paragraph--type--{kind} paragraph--view-mode--default" id="vbp-{pid}">
    <div class="row">
      <div class="">
                        {inner}
      </div>
    </div>
  </div></div>"""


def _story(article: Article, n: int) -> tuple[str, str]:
    """The body field and the paragraphs field of the node."""
    body, paras = "", []
    pid = int(article.slug) * 3 + 1170
    for kind, idx in LAYOUT[n]:
        html = "".join(_para_text(article, n, k) for k in idx)
        if kind == "body":
            body = (f'<div class="clearfix text-formatted field field--name-body '
                    f'field--type-text-with-summary field--label-hidden field__item">{html}</div>')
            continue
        pid += 1
        if kind == "text":
            inner = (f'<div class="clearfix text-formatted field field--name-bp-text '
                     f'field--type-text-long field--label-hidden field__item">{html}</div>')
        elif kind == "quote":
            inner = (f'<div class="clearfix text-formatted field field--name-field-quote '
                     f'field--type-text-long field--label-hidden field__item">'
                     f'<blockquote class="blockquote">{html}</blockquote></div>')
        else:
            inner = _media(*IMAGES[n], "s12-standard")
        paras.append(_paragraph(kind, pid, inner))
    field = ('<div class="field field--name-field-paragraphs field--type-entity-reference-'
             'revisions field--label-hidden field__items">\n' + "\n".join(paras) + "\n</div>")
    return body, field if paras else ""


def _inline(name: str, kind: str, label: str, value: str) -> str:
    return (f'<div class="field field--name-{name} field--type-{kind} field--label-inline">\n    <div '
            f'class="field__label">{label}</div>\n              <div class="field__item">{value}</div>\n'
            f'          </div>')


def _block(bid: str, classes: str, title: str, content: str, tag: str = "div") -> str:
    head = f'\n      <h2 class="block-title">{title}</h2>\n    ' if title else ""
    return f'<{tag} id="block-{bid}" class="{classes}">\n  {head}\n      {content}\n  </{tag}>'


def render(article: Article, n: int) -> Page:
    moment = article.moment.astimezone(timezone(LOCAL))
    nid = article.slug
    url = f"{HOST}/ar/article/{nid}"
    shown = _long(moment)
    page = Page(url=url, html="", shown_date=shown)
    section = next(m for m in MENU if m[1] == article.section)
    page.add(SKIP, MENU_TITLE, *(m[1] for m in MENU), "English", "العربية", SEARCH_LABEL,
             article.section, shown)
    # main menu: vartheme's menu--main puts the dropdown toggles on every link
    menu = "\n".join(
        f'<li class="nav-item{a}">\n                    <a href="{path}" class="nav-link{a}" '
        f'data-toggle="dropdown" aria-expanded="false" aria-haspopup="true" data-drupal-link-'
        f'system-path="{system or "<front>"}">{label}</a>\n              </li>'
        for path, label, system in MENU for a in [" active" * (label == article.section)])
    # node fields
    byline = media = source = changed = ""
    if n == 1:
        byline = _inline("uid", "entity-reference", BYLINE,
                         f'<a title="عرض ملف المستخدم." href="/ar/user/37" class="username">'
                         f'{e(article.author)}</a>')
        extra = (f'  <div class="field field--name-field-caption field--type-string field--label-hidden field__item">{e(article.caption)}</div>\n'
                 f'  <div class="field field--name-field-photo-credit field--type-string field--label-hidden field__item">{CREDIT}</div>\n')
        media = _media(IMAGES[1][0], IMAGES[1][1], "s12-standard", extra, lazy=False)
        page.add(BYLINE, article.author, article.caption, CREDIT)
    elif n == 2:
        source = _inline("field-source", "string", SOURCE[0], SOURCE[1])
        page.add(*SOURCE)
    else:
        later = moment + timedelta(hours=13, minutes=50)
        changed = _inline("changed", "changed", UPDATED, _time(later, _long(later)))
        page.add(UPDATED, _long(later))
    body, paragraphs = _story(article, n)
    tags = "\n".join(f'              <div class="field__item"><a href="/ar/taxonomy/term/{210 + k}" hreflang="ar">{e(t)}</a></div>' for k, t in enumerate(article.tags))
    page.add(TAGS_LABEL, *article.tags)
    node = f"""<article data-history-node-id="{nid}" class="row bs-1col node node--type-article node--view-mode-full">
  <div class="col-sm-12 bs-region bs-region--main">
    <div class="field field--name-field-category field--type-entity-reference field--label-hidden field__item"><a href="{section[0]}" hreflang="ar">{article.section}</a></div>
<div class="field field--name-created field--type-created field--label-hidden field__item">{_time(moment, shown)}</div>
{byline}{source}{changed}
{media}
{body}
{paragraphs}
<div class="field field--name-field-tags field--type-entity-reference field--label-above">
    <div class="field__label">{TAGS_LABEL}</div>
          <div class="field__items">
{tags}
          </div></div>
  </div>
</article>"""
    a2a = (f'<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{e(article.headline)}"><a class="a2a_button_facebook"></a><a class="a2a_button_x"></a><a class="a2a_button_whatsapp"></a>'
           f'<a class="a2a_button_telegram"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={url.replace(":", "%3A").replace("/", "%2F")}&amp;title="></a></span>')
    page.add(SHARE, RELATED, POPULAR)
    rows = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=3 + 9 * k, hours=2 * k)
        page.add(title, _short(when))
        rel = int(nid) - 41 * (k + 1)
        thumb = _media(f"{when:%Y-%m}/related-{rel}.jpg", "", "s04-standard")
        rows.append(f"""    <div class="views-row"><div class="row mx-0 mt-15 horizontal-media-teaser-view-mode small anchor-all clearfix node node--type-article node--view-mode-horizontal-media-teaser-small">
      <div class="left col-6 col-sm-6">{thumb}</div>
      <div class="right col-6 col-sm-6">
      <div class="field field--name-node-title field--type-ds field--label-hidden field__item"><h3><a href="/ar/article/{rel}" hreflang="ar">{e(title)}</a></h3></div>
<div class="field field--name-created field--type-created field--label-hidden field__item">{_time(when, _short(when))}</div>
    </div></div></div>""")
    popular = rotate(MOST_READ, 3 * n, 5)
    page.add(*popular)
    pop = "\n".join(f'  <li><div class="views-field views-field-title"><span class="field-content"><a href="/ar/article/{int(nid) - 300 - 7 * k}" hreflang="ar">{e(t)}</a></span></div></li>' for k, t in enumerate(popular))
    dom = hashlib.sha256(f"related-{nid}".encode()).hexdigest()
    related_view = (f'<div><div class="view view-related-content view-id-related_content view-display-'
                    f'id-block_1 js-view-dom-id-{dom}">\n      <div class="view-content">\n'
                    + "\n".join(rows) + "\n    </div>\n          </div>\n</div>")
    popular_view = (f'<div><div class="view view-most-read view-id-most_read view-display-id-block_1 '
                    f'js-view-dom-id-{hashlib.sha256(nid.encode()).hexdigest()}">\n      <div class="view-content">\n      <div '
                    f'class="item-list">\n  <ol>\n{pop}\n  </ol>\n\n</div>\n\n    </div>\n  </div>\n</div>')
    footer_links = "\n".join(f'<li class="nav-item"><a href="{p}" class="nav-link" data-drupal-link-system-path="node/{90 + k}">{t}</a></li>' for k, (p, t) in enumerate(FOOTER_MENU))
    social = "\n".join(f'<li class="nav-item"><a href="{h}" class="nav-link fab fa-{i}" target="_blank">{t}</a></li>' for h, t, i in SOCIAL)
    page.add(ABOUT, *(t for _, t in FOOTER_MENU), FOLLOW, *(t for _, t, _ in SOCIAL), COPYRIGHT)
    description = article.lead[:157].rsplit(" ", 1)[0] + "..."
    image = (f"{HOST}/sites/default/files/styles/social_large/public/{IMAGES[n][0]}?itok=Xr5tQ1wM"
             if n in IMAGES else f"{HOST}/themes/custom/{THEME}/images/og-default.png")
    author = ({"@type": "Person", "name": article.author} if n == 1 else
              {"@type": "Organization", "name": SITE, "url": HOST})
    changed_at = moment + (timedelta(hours=13, minutes=50) if n == 3 else timedelta(minutes=12))
    ld = {"@context": "https://schema.org", "@graph": [{
        "@type": "NewsArticle", "headline": article.headline, "name": article.headline,
        "about": list(article.tags), "description": description,
        "image": {"@type": "ImageObject", "representativeOfPage": "True", "url": image},
        "datePublished": _iso(moment), "dateModified": _iso(changed_at),
        "isAccessibleForFree": "True", "author": author,
        "publisher": {"@type": "Organization", "@id": f"{HOST}/ar", "name": SITE,
                      "url": f"{HOST}/ar", "logo": {"@type": "ImageObject", "url":
                      f"{HOST}/themes/custom/{THEME}/logo.png", "width": "600", "height": "60"}},
        "mainEntityOfPage": url}]}
    settings = {
        "path": {"baseUrl": "/", "pathPrefix": "ar/", "currentPath": f"node/{nid}",
                 "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "ar"},
        "pluralDelimiter": "\u0003", "suppressDeprecationErrors": True,
        "ajaxPageState": {"libraries": INCLUDE, "theme": THEME, "theme_token": None},
        "ajaxTrustedUrl": {"/ar/search": True},
        "gtag": {"tagId": "G-7QX2M4KD9P", "consentMode": False, "otherIds": [], "events": []},
        "data": {"extlink": {"extTarget": True, "extNofollow": False, "extCssExclude": ""}},
        "better_exposed_filters": {"autosubmit_exclude_textfield": True},
        "user": {"uid": 0, "permissionsHash": "9f2c41d7be03a6e58c1f7d2b94e0a3c65d8b17f2e4a90c36b5d1e8f7a2c4b9d0"}}
    settings_json = json.dumps(settings, separators=(",", ":")).replace("/", "\\/")
    ld_json = json.dumps(ld, ensure_ascii=False, indent=4)
    pairs = [("name", "description", description), ("property", "og:site_name", SITE),
             ("property", "og:type", "article"), ("property", "og:url", url),
             ("property", "og:title", article.headline), ("property", "og:description", description),
             ("property", "og:image", image), ("property", "og:locale", "ar_JO"),
             *(("property", "article:tag", t) for t in article.tags),
             ("property", "article:section", article.section),
             ("property", "article:published_time", _iso(moment)),
             ("property", "article:modified_time", _iso(changed_at)),
             ("name", "twitter:card", "summary_large_image"), ("name", "twitter:site", "@akhbaralmamlaka"),
             ("name", "twitter:title", article.headline), ("name", "twitter:description", description),
             ("name", "twitter:image", image), ("name", "Generator", "Drupal 10 (https://www.drupal.org)"),
             ("name", "MobileOptimized", "width"), ("name", "HandheldFriendly", "true"),
             ("name", "viewport", "width=device-width, initial-scale=1.0")]
    metas = "\n".join(f'<meta {k}="{v}" content="{e(c)}" />' for k, v, c in pairs)
    metas = metas.replace("\n<meta property=\"og:site_name\"", f'\n<link rel="canonical" href="{url}" />\n'
                          f'<link rel="shortlink" href="{HOST}/ar/node/{nid}" />\n<meta property="og:site_name"')
    q = f"language=ar&amp;theme={THEME}&amp;include={INCLUDE}"
    css = "\n".join(f'    <link rel="stylesheet" media="all" href="/sites/default/files/css/{c}.css?delta={k}&amp;{q}" />' for k, c in enumerate(CSS))
    js = "\n".join(f'<script src="/sites/default/files/js/{j}.js?scope=footer&amp;delta={k}&amp;{q}"></script>' for k, j in enumerate(JS))
    trail = [("/ar", "الرئيسية"), (section[0], article.section)]
    crumbs = ('<nav role="navigation" aria-label="breadcrumb">\n  <ol class="breadcrumb">\n'
              + "".join(f'              <li class="breadcrumb-item">\n          <a href="{h}">{t}</a>\n'
                        f'        </li>\n' for h, t in trail)
              + f'                <li class="breadcrumb-item active">\n          {e(article.headline)}\n'
              f'        </li>\n        </ol>\n</nav>')
    title = (f'<h1 class="title"><span class="field field--name-title field--type-string '
             f'field--label-hidden">{e(article.headline)}</span>\n</h1>')
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QX2M4KD9P"></script>
{metas}
<script type="application/ld+json">{ld_json}</script>
<link rel="icon" href="/themes/custom/{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="ar" href="{url}" />
<link rel="alternate" hreflang="x-default" href="{url}" />
    <title>{e(article.headline)} | {SITE}</title>
{css}
<link rel="preload" href="//use.fontawesome.com/releases/v5.0.13/css/all.css" as="style" crossorigin="anonymous" />
  <link rel="preload" href="//fonts.googleapis.com/earlyaccess/droidarabickufi.css" as="style" crossorigin="anonymous" />
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">
      {SKIP}
    </a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <header class="navbar navbar-expand-lg navbar-light bg-white mb-4 border-bottom shadow-sm" id="navbar" role="banner">
        <div class="container">
            <div class="navbar-brand mr-md-auto">
          <div id="block-{THEME}-branding" class="clearfix block block-system block-system-branding-block">
        <a href="/ar" title="الرئيسية" rel="home" class="navbar-brand"><img src="/themes/custom/{THEME}/logo.svg" alt="الرئيسية" class="img-fluid d-inline-block align-top" /></a>
    </div></div>
      <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbar-collapse" aria-controls="navbar-collapse" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
              <div id="navbar-collapse" class="navbar-collapse collapse">
          <div class="navbar-nav ml-auto">
              <nav role="navigation" aria-labelledby="block-{THEME}-main-menu-menu" id="block-{THEME}-main-menu" class="block block-menu navigation menu--main">
  <h2 class="visually-hidden" id="block-{THEME}-main-menu-menu">{MENU_TITLE}</h2>
<ul class="clearfix nav navbar-nav">
{menu}
  </ul></nav>
<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-{THEME}-languageswitcher" role="navigation">
      <ul class="links"><li hreflang="en" data-drupal-link-system-path="node/{nid}" class="en"><a href="/en/node/{nid}" class="language-link" hreflang="en" data-drupal-link-system-path="node/{nid}">English</a></li><li hreflang="ar" data-drupal-link-system-path="node/{nid}" class="ar is-active" aria-current="page"><a href="/ar/article/{nid}" class="language-link is-active" hreflang="ar" data-drupal-link-system-path="node/{nid}" aria-current="page">العربية</a></li></ul>
  </div>
<div class="views-exposed-form bef-exposed-form block block-views block-views-exposed-filter-blocksearch-page-1" data-drupal-selector="views-exposed-form-search-page-1" id="block-{THEME}-exposedformsearchpage-1">
      <form data-drupal-selector="views-exposed-form-search-page-1" action="/ar/search" method="get" id="views-exposed-form-search-page-1" accept-charset="UTF-8">
  <div class="form--inline clearfix">
  <div class="js-form-item form-item js-form-type-search-api-fulltext form-type-search-api-fulltext js-form-item-search-api-fulltext form-item-search-api-fulltext">
      <label for="edit-search-api-fulltext" class="visually-hidden">{SEARCH_LABEL}</label>
        <input placeholder="ابحث..." data-drupal-selector="edit-search-api-fulltext" type="text" id="edit-search-api-fulltext" name="search_api_fulltext" value="" size="30" maxlength="128" class="form-text form-control" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-search" type="submit" id="edit-submit-search" value="بحث" class="button js-form-submit form-submit btn btn-primary" />
</div></div>
</form></div>
          </div></div>
                    </div></header>
<div class="d-none d-print-block header-print page-header mt-4 mb-3">
  <div class="container"><div class="row"><div class="col-sm-12"><img class="logo pull-left d-none d-print-inline-block" src="/themes/custom/{THEME}/logo-print.png" alt="{SITE}"/></div></div></div>
</div>
  <div role="main" class="main-container container js-quickedit-main-content">
    <div class="row">
      <section class="col-sm-9">
                  {_block(f"{THEME}-breadcrumbs", "block block-system block-system-breadcrumb-block", "", crumbs)}
          <a id="main-content"></a>
            <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
{_block(f"{THEME}-page-title", "block block-core block-page-title-block", "", title)}
{_block(f"{THEME}-content", "block block-system block-system-main-block", "", node)}
{_block(f"{THEME}-addtoanysharebuttons", "block block-addtoany block-addtoany-block", SHARE, a2a)}
{_block("views-block-related-content-block-1", "views-element-container block block-views block-views-blockrelated-content-block-1", RELATED, related_view)}
  </div>
      </section>
              <aside class="col-sm-3" role="complementary">
            <div class="region region-sidebar-second">
{_block("views-block-most-read-block-1", "views-element-container block block-views block-views-blockmost-read-block-1", POPULAR, popular_view)}
  </div></aside>
          </div></div>
    <div class="footer-wrapper">
      <footer class="footer container" role="contentinfo">
          <div class="region region-footer">
{_block(f"{THEME}-aboutfooter", "block block-block-content block-block-content6f1d2c3a-5b7e-4c19-9a0d-2e8f4b6c1a77", "", f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{ABOUT}</p></div>')}
{_block(f"{THEME}-footer", "block block-menu navigation menu--footer", "", f'<ul class="clearfix nav">{footer_links}</ul>', "nav")}
{_block(f"{THEME}-socialmediamenu", "block block-menu navigation menu--social-media-menu", FOLLOW, f'<ul class="clearfix nav">{social}</ul>', "nav")}
{_block(f"{THEME}-copyright", "block block-block-content block-block-contentb858d97d-eaa5-4cfe-af6f-b92c21bbca95", "", f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{COPYRIGHT}</p></div>')}
  </div>
      </footer></div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings_json}</script>
<script>window.a2a_config=window.a2a_config||{{}};a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={{}};</script>
<script src="https://static.addtoany.com/menu/page.js" async></script>
{js}
  </body>
</html>
"""
    return page
