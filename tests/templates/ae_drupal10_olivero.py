"""An Emirati government media office on Drupal 10 with the core Olivero theme: the skip link
("الانتقال إلى المحتوى الرئيسي"), Olivero's header (site branding and slogan, the mobile
"القائمة" button, the main menu under a visually-hidden "القائمة الرئيسية" heading, search,
the English switch), the breadcrumb, the title in `block-page-title-block` above the node, a
`node--type-news` article whose `node__meta` reads "بواسطة <user>، <date>" in Drupal's default
medium format, month first ("الثلاثاء, 05/14/2024 - 10:30"; page 3 is 07/03/2024, 3 July)
with `<time datetime>` in UTC, the image and its caption field, the `field--name-body` text
(a WAM dateline "الفجيرة في 14 مايو / وام /" opening one lead: text), the tags field, an
AddToAny "شارك" block, a "أخبار ذات صلة" view with dates, a "هل وجدت هذه الصفحة مفيدة؟"
feedback block, the footer menu and "مدعوم من Drupal"; Metatag's
`article:published_time` with `+04:00`; `<title>` "<headline> | <site>"; no writer (the CMS
user is not one)."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e, weekday

NAME = "ae_drupal10_olivero"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Emirati government media office on Drupal 10 Olivero: month-first medium date, UTC time element, شارك block, feedback box"
HOST = "https://www.fujairah-mediaoffice.example"
SITE = "المكتب الإعلامي لحكومة الفجيرة"
SLOGAN = "المصدر الرسمي لأخبار الإمارة"
SKIP = "الانتقال إلى المحتوى الرئيسي"
MENU = ("الرئيسية", "الأخبار", "البيانات الصحفية", "الصور", "الفيديو", "المكتبة الإعلامية",
        "تواصل معنا")
UI = ("القائمة", "القائمة الرئيسية", "بحث", "English", "مسار التنقل")
USER = "فريق التحرير"
SHARE = ("شارك", "Facebook", "X", "WhatsApp", "LinkedIn", "Email")
FEEDBACK = ("هل وجدت هذه الصفحة مفيدة؟", "نعم", "لا", "شكراً لملاحظاتك")
FOOTER = ("سياسة الخصوصية", "الشروط والأحكام", "إمكانية الوصول", "خريطة الموقع",
          f"جميع الحقوق محفوظة © 2024 {SITE}", "مدعوم من Drupal")


def _medium(moment) -> str:
    return f"{weekday(moment)}, {moment:%m/%d/%Y - %H:%M}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    nid = 3180 + 41 * n
    url = f"{HOST}/ar/news/{article.slug}"
    shown = _medium(moment)
    utc = moment.astimezone(UTC)
    page = Page(url=url, html="", shown_date=shown)
    related_days = [moment - timedelta(days=d) for d in (1, 4, 8)]
    related_dates = [f"{d.day} {MONTHS[d.month - 1]} {d.year}" for d in related_days]
    page.add(SKIP, SITE, SLOGAN, *MENU, *UI, "الرئيسية", "الأخبار", f"بواسطة {USER}", shown,
             article.caption, "الوسوم", *SHARE, "أخبار ذات صلة", *article.related,
             *related_dates, *FEEDBACK, *FOOTER)
    menu = "".join(f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/ar/{k}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="node/{k + 1}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{m}</span></a></li>'
                   for k, m in enumerate(MENU))
    body = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    tags = "".join(f'<li class="field__item"><a href="/ar/taxonomy/term/{40 + k}" hreflang="ar">{e(t)}</a></li>'
                   for k, t in enumerate(article.tags))
    share = "".join(f'<a class="a2a_button_{s.lower()}" target="_blank" href="#" rel="nofollow noopener"><span class="a2a_svg a2a_s__default"></span><span class="a2a_label">{s}</span></a>'
                    for s in SHARE[1:])
    related = "".join(
        f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/ar/news/related-{n}-{k}" hreflang="ar">{e(r)}</a></span></div>'
        f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{d.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">{related_dates[k]}</time></span></div></div>'
        for k, (r, d) in enumerate(zip(article.related, related_days, strict=True)))
    footer = "".join(f'<li class="menu__item"><a href="/ar/page/{k}" class="menu__link">{f}</a></li>' for k, f in enumerate(FOOTER[:4]))
    settings = {"path": {"baseUrl": "/", "pathPrefix": "ar/", "currentPath": f"node/{nid}",
                         "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "ar"},
                "pluralDelimiter": "\u0003", "ajaxTrustedUrl": {"/ar/search/node": True},
                "user": {"uid": 0, "permissionsHash": "5a8c1f0e"}}
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="article:published_time" content="{article.published}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortlink" href="{HOST}/ar/node/{nid}" />
<link rel="alternate" hreflang="en" href="{HOST}/en/node/{nid}" />
    <title>{e(article.headline)} | {SITE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yk3v0nq9M2bZ.css?delta=0&amp;language=ar&amp;theme=olivero&amp;include=eJxFyEEKgDAMBdEL" />
  </head>
  <body class="path-node page-node-type-news">
        <a href="#main-content" class="visually-hidden focusable skip-link">{SKIP}</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
  <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
    <div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
      <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner">
<a href="/ar" rel="home" class="site-branding__logo"><img src="/themes/custom/fmo/logo.svg" alt="الرئيسية" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/ar" title="الرئيسية" rel="home">{SITE}</a></div><div class="site-branding__slogan">{SLOGAN}</div></div>
</div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="القائمة الرئيسية" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">القائمة</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
<nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main">
<h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">القائمة الرئيسية</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">{menu}</ul>
</nav>
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search"><div class="content"><form action="/ar/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form"><div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label"><label for="edit-keys" class="visually-hidden">بحث</label><input title="أدخل الكلمات المراد البحث عنها." placeholder="بحث بالكلمات المفتاحية" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" /></div></form></div></div>
<div class="language-switcher-language-url block block-language" id="block-olivero-languageswitcher" role="navigation"><ul class="links"><li hreflang="en" class="en"><a href="/en/node/{nid}" class="language-link" hreflang="en">English</a></li></ul></div>
</div>
      </div></div>
    </div>
  </header>
  <div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">مسار التنقل</h2><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/ar" class="breadcrumb__link">الرئيسية</a></li><li class="breadcrumb__item"><a href="/ar/news" class="breadcrumb__link">الأخبار</a></li></ol></nav></div></div>
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(article.headline)}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">
<article data-history-node-id="{nid}" class="node node--type-news node--promoted node--view-mode-full">
  <header class="">
    <div class="node__meta"><span>بواسطة <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{USER}</span></span></span>، <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc:%Y-%m-%dT%H:%M:%SZ}" title="{shown}" class="datetime">{shown}</time></span></div>
  </header>
  <div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/2024-{moment:%m}/{article.slug}.jpg.webp" width="1440" height="810" alt="{e(article.caption)}" class="image-style-wide" /></div>
<div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">{e(article.caption)}</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above clearfix"><h3 class="field__label">الوسوم</h3><ul class="links field__items">{tags}</ul></div>
  </div>
</article>
</div>
<div id="block-addtoanysharebuttons" class="block block-addtoany block-addtoany-block"><h2 class="block__title">{SHARE[0]}</h2><div class="block__content"><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{e(article.headline)}">{share}</span></div></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-views-block-related-news-block-1"><h2 class="block__title">أخبار ذات صلة</h2><div class="block__content"><div class="view view-related-news view-id-related_news view-display-id-block_1 js-view-dom-id-8f3a"><div class="view-content">{related}</div></div></div></div>
<div id="block-pagefeedback" class="block block-page-feedback"><div class="page-feedback"><p class="page-feedback__question">{FEEDBACK[0]}</p><button class="button button--small" data-answer="yes">{FEEDBACK[1]}</button> <button class="button button--small" data-answer="no">{FEEDBACK[2]}</button><p class="page-feedback__thanks hidden">{FEEDBACK[3]}</p></div></div>
</div></main>
  </div></div></div>
  <footer class="site-footer"><div class="site-footer__inner container">
<div class="region region--footer-top grid-full layout--pass--content-medium"><nav role="navigation" aria-labelledby="block-olivero-footer-menu" id="block-olivero-footer" class="block block-menu navigation menu--footer"><h2 class="visually-hidden block__title" id="block-olivero-footer-menu">تذييل</h2><ul class="menu">{footer}</ul></nav></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-copyright" class="block block-block-content"><p>{FOOTER[4]}</p></div>
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>مدعوم من <a href="https://www.drupal.org">Drupal</a></span></div></div>
  </div></footer>
  <div class="overlay" data-drupal-selector="overlay"></div>
</div></div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>
<script src="/sites/default/files/js/js_x1a9Ue.js?scope=footer&amp;delta=0&amp;language=ar&amp;theme=olivero"></script>
  </body>
</html>
"""
    return page
