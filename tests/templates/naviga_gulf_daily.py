"""A Dubai Arabic daily ("الساحل") on Naviga Web, the newspaper CMS formerly sold as Atex
Polopoly, as its Velocity site engine serves a story page. The head: `<title>` "headline |
الساحل", description/keywords, og and twitter meta with `article:published_time` in UTC (`Z`),
a JSON-LD `NewsArticle` whose dates carry the paper's +04:00, the RSS link on a
`/polopoly_fs/1.x!/rss/rss.xml` file, the `/css/ssr/` stylesheets and the gpt/jQuery scripts.
The Polopoly render-debug comments (`<!-- END id=..,summary=cid=1.x, ot=.., mode=www:cache=HIT;
.. -->`) follow every rendered element. The body: a top strip with the visit day (not the
story's), the section menu, a `ul.breadcrumb`, then `div.story` (`data-content-id`,
`ot=com.atex.onecms.app.dam.standard.aspects.OneArticleBean`) holding `div.article-header` (the
content-type label span, `<h1>`, the byline "دبي - <name>" on page 1 only, page 2's wire line
"أبوظبي - وام", `time.publish-date` "الخميس 14 مارس 2024 - 10:25" with the UTC `datetime`, and
the print reference "نشر في العدد <n> - الصفحة <p>" on pages 1 and 3), the share/print bar, and
`div.article-body`: page 1 opens with a `div.image.top` photo (`/polopoly_fs/..!/image/..jpg_gen/
derivatives/landscape_900/..`) with caption and "تصوير: ..." credit and bolds a quote; page 2's
story was filed at 00:40 local, so its UTC meta is the day before; it links a phrase inline and
has an inline `div.inline-related` "اقرأ أيضاً" box between paragraphs; page 3 has two `<h3>`
subheadings (text) and a `div.photo-gallery` of three credited captions after the text. Then
`div.topics` ("مواضيع:" and tag links), "مقالات ذات صلة", the "الأكثر قراءة" and "أحدث الأخبار"
side lists, the newsletter box and the footer. All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LATEST, MONTHS, MOST_READ, NEWSLETTER, Article, Page, e, rotate, weekday

NAME = "naviga_gulf_daily"
HELD_OUT = True
SET = "unseen26"
FAMILY = "Naviga Web (ex-Atex Polopoly) Gulf daily story: article-header/article-body in div.story, content-type label, print edition ref, inline related, gallery, topics"
HOST = "https://naviga-gulf.example"
SITE = "الساحل"
SLOGAN = "صحيفة يومية تصدر من دبي"
MENU = (("/uae", "الإمارات"), ("/economy", "الاقتصاد"), ("/property", "عقارات"),
        ("/world", "عربي ودولي"), ("/sports", "رياضة"), ("/culture", "ثقافة"),
        ("/opinion", "مقالات"), ("/pdf", "النسخة الورقية"))
SECTION_PATH = {"الاقتصاد": "/economy/agriculture", "الإمارات": "/uae/environment",
                "عقارات": "/property/rents"}
SUBSECTION = {"الاقتصاد": "زراعة وغذاء", "الإمارات": "البيئة البحرية",
              "عقارات": "إيجارات سكنية"}
LABEL = {1: "تقرير", 2: "خبر", 3: "تحقيق"}
ISSUE = {1: ("15236", "9"), 3: ("15547", "14")}
BYLINE = {1: "دبي - سارة المهيري", 2: "أبوظبي - وام"}
CREDIT1 = "تصوير: خالد النقبي"
BOLD = {1: (2, "إن الإنتاج لا يتأثر بدرجات حرارة الصيف")}
LINKED = {2: (0, "منصة رقمية موحدة", "/uae/services/2024-07-30-1.4870114")}
INLINE_AFTER = {2: 1}
SUBHEADS = {3: ("تفاوت بين الأحياء", "ماذا يقول القانون؟")}
GALLERY = (("واجهات أبراج سكنية في منطقة التعاون على الحدود مع دبي", "تصوير: عمر الحمادي"),
           ("لافتات شقق للإيجار في حي الناصرية", "تصوير: عمر الحمادي"),
           ("محطة حافلات الجبيل التي تربط الشارقة بدبي", "الصورة: أرشيفية"))
SHARE = ("شارك", "فيسبوك", "إكس", "واتساب", "طباعة", "تكبير الخط", "تصغير الخط")
FOOTER = ("من نحن", "اتصل بنا", "أعلن معنا", "الاشتراكات", "سياسة الخصوصية", "شروط الاستخدام")
COPYRIGHT = "جميع الحقوق محفوظة © مؤسسة الساحل للصحافة والنشر"
OFFSET = timedelta(hours=4)


def _debug(cid: str, ot: str, ident: int, hit: bool = True) -> str:
    """Polopoly's render-debug comment after each rendered element."""
    cache = "HIT" if hit else "MISS"
    return (f"<!-- END id={ident},level=1,parent={ident - 1},summary=cid={cid}, ot={ot}, "
            f"mode=www{' (hit)' if hit else ''}:cache={cache}; times:ownTotal=0ms,ownRender=0ms,"
            f"controller=0ms,cache=0ms;cacheMaxAge=60s;times:total=1ms, key=null -->")


def _clock(local) -> str:
    return f"{local:%H:%M}"


def _day(local) -> str:
    return f"{weekday(local)} {local.day} {MONTHS[local.month - 1]} {local.year}"


def _img(cid: str, stamp: int, derivative: str) -> str:
    return (f"{HOST}/polopoly_fs/{cid}.{stamp}!/image/image.jpg_gen/derivatives/{derivative}/"
            "image.jpg")


def _paragraphs(article: Article, n: int) -> list[str]:
    out = []
    subheads = SUBHEADS.get(n, ())
    for k, para in enumerate((article.lead, *article.paragraphs)):
        text = e(para)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            text = text.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            text = text.replace(words, f'<a href="{HOST}{LINKED[n][2]}">{words}</a>', 1)
        if para in subheads:
            out.append(f'<h3 class="article-subheading">{text}</h3>')
        else:
            out.append(f"<p>{text}</p>")
        if INLINE_AFTER.get(n) == k:
            items = "\n".join(
                f'      <li><a href="{HOST}/uae/environment/2024-0{5 + j}-1{j}-1.48{j}1{j}77">'
                f"{e(t)}</a></li>" for j, t in enumerate(article.related[:2]))
            out.append(f"""<div class="inline-related" data-ot="p.RelatedContentElement">
    <span class="inline-related__title">اقرأ أيضاً</span>
    <ul>
{items}
    </ul>
</div>""")
    return out


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = moment.astimezone(UTC) + OFFSET
    utc = moment.astimezone(UTC)
    cid = f"1.{article.slug}"
    path = SECTION_PATH[article.section]
    url = f"{HOST}{path}/{local:%Y-%m-%d}-{cid}"
    shown = f"{_day(local)} - {_clock(local)}"
    page = Page(url=url, html="", shown_date=shown)
    visit = local + timedelta(days=(3, 1, 6)[n - 1])
    sub = SUBSECTION[article.section]
    page.add(_day(visit), SLOGAN, "ابحث", *(label for _, label in MENU), "الرئيسية",
             article.section, sub, LABEL[n], shown, *SHARE)
    byline = ""
    if n in BYLINE:
        page.add(BYLINE[n])
        name = article.author or "وام"
        place = BYLINE[n].split(" - ")[0]
        byline = (f'\n        <div class="byline"><span class="byline__place">{place}</span> - '
                  f'<span class="byline__author" itemprop="author">{e(name)}</span></div>')
    print_ref = ""
    if n in ISSUE:
        issue, pg = ISSUE[n]
        line = f"نشر في العدد {issue} - الصفحة {pg}"
        page.add(line)
        print_ref = (f'\n        <div class="print-edition"><a href="{HOST}/pdf/{local:%Y%m%d}">'
                     f"نشر في العدد {issue} - الصفحة {pg}</a></div>")
    top_image = ""
    stamp = int(utc.timestamp())
    if article.caption != "-":
        page.add(article.caption, CREDIT1)
        top_image = f"""<div class="image top">
        <img src="{_img(f'1.{int(article.slug) + 4}', stamp, 'landscape_900')}" alt="{e(article.caption)}" width="900" height="506">
        <div class="image__caption"><p>{e(article.caption)}</p><span class="image__credit">{CREDIT1}</span></div>
      </div>
      {_debug(f'1.{int(article.slug) + 4}', 'com.atex.onecms.app.dam.standard.aspects.OneImageBean', 30)}
      """
    if n == 2:
        page.add("اقرأ أيضاً", *article.related[:2])
    gallery = ""
    if n == 3:
        page.add("معرض الصور", *(c for c, _ in GALLERY), *(cr for _, cr in GALLERY), "1 / 3")
        slides = "\n".join(f"""      <li class="gallery__slide">
        <img src="{_img(f'1.{int(article.slug) + 11 + k}', stamp + k, 'landscape_620')}" alt="">
        <p class="gallery__caption">{e(c)}</p><span class="gallery__credit">{e(cr)}</span>
      </li>""" for k, (c, cr) in enumerate(GALLERY))
        gallery = f"""
    <div class="photo-gallery" data-content-id="1.{int(article.slug) + 10}">
      <h2 class="photo-gallery__title">معرض الصور</h2>
      <span class="photo-gallery__counter">1 / 3</span>
      <ul class="gallery__slides">
{slides}
      </ul>
    </div>
    {_debug(f'1.{int(article.slug) + 10}', 'com.atex.onecms.app.dam.standard.aspects.OneGalleryBean', 41, False)}"""
    topics = " ".join(f'<a href="{HOST}/topics/{e(t)}" class="topic">{e(t)}</a>'
                      for t in article.tags)
    page.add("مواضيع:", *article.tags, "مقالات ذات صلة", *article.related)
    most = rotate(MOST_READ, 3 * n, 5)
    latest = rotate(LATEST, 2 * n, 4)
    news = NEWSLETTER[n - 1]
    page.add("الأكثر قراءة", *most, "أحدث الأخبار", *latest, "النشرة البريدية", news, "اشترك",
             *FOOTER, COPYRIGHT, "تابعونا")
    body = "\n      ".join(_paragraphs(article, n))
    related = "\n".join(
        f'        <li class="teaser"><a href="{HOST}{path}/{(local - timedelta(days=9 * (k + 1))):%Y-%m-%d}'
        f'-1.{int(article.slug) - 713 * (k + 1)}">{e(t)}</a></li>'
        for k, t in enumerate(article.related))
    side = "\n".join(f'          <li><span class="rank">{k + 1}</span><a href="{HOST}/uae/'
                     f'2024-1.{4700000 + 137 * k}">{e(t)}</a></li>' for k, t in enumerate(most))
    late = "\n".join(f'          <li><a href="{HOST}/uae/1.{4800000 + 91 * k}">{e(t)}</a></li>'
                     for k, t in enumerate(latest))
    menu = "\n".join(f'        <li class="menu__item{" active" if p == path.rsplit("/", 1)[0] else ""}">'
                     f'<a href="{HOST}{p}">{label}</a></li>' for p, label in MENU)
    share = "\n".join(f'        <li><a class="share-{k}" href="#" rel="nofollow">{label}</a></li>'
                      for k, label in enumerate(SHARE))
    footer = " | ".join(f'<a href="{HOST}/1.{1200 + k}">{label}</a>'
                        for k, label in enumerate(FOOTER))
    desc = article.lead[:160].rsplit(" ", 1)[0]
    image = _img(f"1.{int(article.slug) + 4}", stamp, "facebookogimage_560_292")
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url,
        "headline": article.headline, "description": desc,
        "datePublished": f"{local:%Y-%m-%dT%H:%M:%S}+04:00",
        "dateModified": f"{local + timedelta(minutes=35):%Y-%m-%dT%H:%M:%S}+04:00",
        "articleSection": article.section, "keywords": list(article.tags),
        "publisher": {"@type": "Organization", "name": SITE,
                      "logo": {"@type": "ImageObject", "url": f"{HOST}/css/ssr/img/logo.png"}},
    }
    if article.author and n == 1:
        ld["author"] = {"@type": "Person", "name": article.author}
    else:
        ld["author"] = {"@type": "Organization", "name": SITE}
    if top_image:
        ld["image"] = {"@type": "ImageObject", "url": image}
    ld_json = json.dumps(ld, ensure_ascii=False)
    keywords = "، ".join(article.tags)
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" xmlns:polopoly="http://www.polopoly.com/">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(article.headline)} | {SITE}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(desc)}">
<meta name="keywords" content="{e(keywords)}">
<meta name="generator" content="Naviga Web">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="{SITE} - {article.section}" href="{HOST}/polopoly_fs/1.1332679!/rss/rss.xml">
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(desc)}">
<meta property="og:image" content="{image}">
<meta property="article:section" content="{article.section}">
<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@alsahel_daily">
<meta name="twitter:title" content="{e(article.headline)}">
<link rel="stylesheet" type="text/css" href="/css/ssr/main.css?v=20241104">
<link rel="stylesheet" type="text/css" href="/css/ssr/article-rtl.css?v=20241104">
<script src="/js/jquery-3.6.0.min.js"></script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script type="application/ld+json">{ld_json}</script>
</head>
<body class="p-article section-{path.split('/')[1]}">
{_debug('2.184', 'p.siteengine.Header', 11)}
<div id="page">
  <div class="top-strip">
    <span class="top-strip__date">{_day(visit)}</span>
    <span class="top-strip__slogan">{SLOGAN}</span>
    <form class="search" action="{HOST}/search"><input type="text" name="q"><button type="submit">ابحث</button></form>
  </div>
  <header class="site-header">
    <a class="logo" href="{HOST}/"><img src="/css/ssr/img/logo.png" alt="{SITE}"></a>
    <nav class="menu">
      <ul>
{menu}
      </ul>
    </nav>
  </header>
  {_debug('1.2587', 'p.siteengine.layout.Slot.ot', 14)}
  <ul class="breadcrumb">
    <li><a href="{HOST}/">الرئيسية</a></li>
    <li><a href="{HOST}/{path.split('/')[1]}">{article.section}</a></li>
    <li><a href="{HOST}{path}">{sub}</a></li>
  </ul>
  <div class="main-column">
  <div class="story" data-content-id="{cid}">
      <div class="article-header">
        <span class="content-type content-type--{n}">{LABEL[n]}</span>
        <h1 class="article-header__title">{e(article.headline)}</h1>{byline}
        <div class="article-header__meta">
          <time class="publish-date" datetime="{utc:%Y-%m-%dT%H:%M:%S}Z">{shown}</time>
        </div>{print_ref}
      </div>
      <ul class="share-tools">
{share}
      </ul>
      <div class="article-body">
      {top_image}{body}
      </div>
      {_debug(cid, 'com.atex.onecms.app.dam.standard.aspects.OneArticleBean', 27, False)}{gallery}
      <div class="topics">
        <span class="topics__label">مواضيع:</span> {topics}
      </div>
  </div>
  <div class="related-articles">
      <h2>مقالات ذات صلة</h2>
      <ul>
{related}
      </ul>
  </div>
  </div>
  <aside class="side-column">
      <div class="box most-read">
        <h2>الأكثر قراءة</h2>
        <ol>
{side}
        </ol>
      </div>
      {_debug('1.533091', 'ot.AjaxPageLayout', 52)}
      <div class="box latest">
        <h2>أحدث الأخبار</h2>
        <ul>
{late}
        </ul>
      </div>
      <div class="box newsletter">
        <h2>النشرة البريدية</h2>
        <p>{news}</p>
        <form action="{HOST}/newsletter"><input type="email" name="email"><button>اشترك</button></form>
      </div>
  </aside>
  <footer class="site-footer">
    <div class="footer-links">{footer}</div>
    <div class="social"><span>تابعونا</span></div>
    <p class="copyright">{COPYRIGHT} {local.year}</p>
  </footer>
</div>
{_debug('2.185', 'p.siteengine.Footer', 90)}
</body>
</html>
"""
    return page
