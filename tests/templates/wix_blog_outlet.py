"""A small Tunisian culture outlet on Wix (free plan): the Wix ad banner on top ("تم تصميم
هذا الموقع باستخدام أداة إنشاء المواقع Wix.com. أنشئ موقعك اليوم."), the site header with a
menu of `linkElement`s and "تسجيل الدخول", then the Wix Blog post page: `data-hook` attributes
and generated class names only, the post header (writer's `user-name`, "•", the date in
`time-ago` as "15 يونيو 2024", "قراءة لمدة 3 دقيقة"), `h1[data-hook=post-title]`, the Ricos
viewer's paragraphs (`<p id="viewer-...">` inside `data-breakout` divs, the text in styled
`<span>`s, a bold run inside one paragraph, empty spacer paragraphs), an image with its
caption between the paragraphs; after the text the post's tags, views / comments counts, the
like button, "مشاركات حديثة" with their counts, the comments widget ("اكتب تعليقًا...", "كن
أول من يكتب تعليقًا."), the Wix footer; `og` and BlogPosting JSON-LD dates in UTC with
milliseconds (`2024-06-15T09:20:00.000Z`), and the whole post again in the
`wix-warmup-data` JSON (Ricos nodes)."""

from __future__ import annotations

import json

from .base import MONTHS, Article, Page, e

NAME = "wix_blog_outlet"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Tunisian culture outlet on Wix Blog: data-hook markup, Ricos viewer paragraphs, Wix ad banner, UTC .000Z dates, warmup JSON"
HOST = "https://www.tounes-thaqafa.example"
SITE = "تونس الثقافية"
BANNER = "تم تصميم هذا الموقع باستخدام أداة إنشاء المواقع Wix.com. أنشئ موقعك اليوم."
BANNER_CTA = "ابدأ الآن"
MENU = ("الرئيسية", "مقالات", "حرف", "مسرح", "موسيقى", "من نحن", "تواصل معنا")
LOGIN = "تسجيل الدخول"
READ = ("قراءة لمدة 3 دقيقة", "قراءة لمدة 2 دقيقة", "قراءة لمدة 4 دقيقة")
STATS = (("318 مشاهدة", "0 تعليقات", "14"), ("96 مشاهدة", "0 تعليقات", "5"),
         ("1,204 مشاهدة", "2 تعليقات", "41"))
RECENT = "مشاركات حديثة"
SEE_ALL = "عرض الكل"
COMMENTS = ("تعليقات", "اكتب تعليقًا...", "مشاركة أفكارك", "كن أول من يكتب تعليقًا.")
FOOTER = f"© 2024 بواسطة {SITE}. تم إنشاؤه بفخر باستخدام Wix.com"
# The paragraph (index in lead + paragraphs) after which the image stands, and the words
# of the lead set in bold.
IMAGE_AFTER = 1
BOLD_WORDS = 4


def _utc(article: Article) -> str:
    moment = article.moment
    u = moment.utctimetuple()
    return f"{u.tm_year:04d}-{u.tm_mon:02d}-{u.tm_mday:02d}T{u.tm_hour:02d}:{u.tm_min:02d}:00.000Z"


def _para(k: int, text: str, bold: int = 0) -> str:
    span = 'class="_2PHJq public-DraftStyleDefault-ltr" style="font-size:18px;line-height:1.8"'
    if bold:
        words = text.split(" ")
        inner = (f'<span {span}><strong>{e(" ".join(words[:bold]))}</strong></span>'
                 f'<span {span}> {e(" ".join(words[bold:]))}</span>')
    else:
        inner = f"<span {span}>{e(text)}</span>"
    return (f'<div data-breakout="normal"><p class="MzjXJ Y2FBfV" dir="auto" id="viewer-{k:02d}a7f{3 * k}">'
            f"{inner}</p></div>")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/post/{article.slug}"
    shown = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    views, comments, likes = STATS[n - 1]
    page = Page(url=url, html="", shown_date=shown)
    page.add(BANNER, BANNER_CTA, SITE, *MENU, LOGIN, article.author or "", READ[n - 1],
             views, comments, *article.tags, RECENT, SEE_ALL, *article.related, *COMMENTS,
             FOOTER, article.caption)
    blocks = []
    texts = (article.lead, *article.paragraphs)
    for k, text in enumerate(texts):
        blocks.append(_para(k, text, BOLD_WORDS if k == 0 else 0))
        blocks.append(f'<div data-breakout="normal"><p class="MzjXJ Y2FBfV" dir="auto" id="viewer-sp{k}"><span><br></span></p></div>')
        if k == IMAGE_AFTER:
            blocks.append(
                f'<div data-breakout="normal" data-hook="figure-IMAGE"><figure class="_3cRjW"><div data-hook="imageViewer" class="_1WrCn" role="button" tabindex="-1">'
                f'<img src="https://static.wixstatic.com/media/7a1c2e_{article.slug[:6]}~mv2.jpg/v1/fill/w_740,h_493,al_c,q_80,usm_0.66_1.00_0.01,enc_auto/{article.slug}.jpg" alt="" data-pin-nopin="true" style="width:100%"></div>'
                f'<figcaption class="_1sRyZ" data-hook="imageViewerCaption" dir="auto">{e(article.caption)}</figcaption></figure></div>')
    content = "\n".join(blocks)
    tags = "".join(f'<li><a data-hook="tag" class="_2nTDo" href="{HOST}/blog/tags/{e(t)}"><span class="_3wR7d">{e(t)}</span></a></li>'
                   for t in article.tags)
    recent = "\n".join(
        f'<div data-hook="post-list-item" class="_1Oovx"><a href="{HOST}/post/related-{n}-{k}" class="_3Uj1p"><div class="_1Fmb3"><img src="https://static.wixstatic.com/media/7a1c2e_rel{n}{k}~mv2.jpg" alt=""></div>'
        f'<h3 data-hook="post-title" class="_3wS3X">{e(r)}</h3></a><div class="_2q5tr"><span data-hook="view-count">{9 + 17 * k}</span> <span data-hook="comment-count">{k}</span> <button data-hook="like-button" aria-label="أعجبني" class="_1Hpvq"></button></div></div>'
        for k, r in enumerate(article.related))
    menu = "".join(f'<li class="_1YZGH"><a data-testid="linkElement" href="{HOST}/{k}" class="_3K3S8"><div class="_31bUj"><p class="_1Lf5R">{m}</p></div></a></li>'
                   for k, m in enumerate(MENU))
    nodes = [{"type": "PARAGRAPH", "id": f"a7f{3 * k}", "nodes": [
        {"type": "TEXT", "id": "", "nodes": [], "textData": {"text": text, "decorations": []}}]}
        for k, text in enumerate(texts)]
    warmup = {"appsWarmupData": {"14bcded7-0066-7c35-14d7-466cb3f09103": {
        f"postPage-{article.slug}": {"post": {
            "id": f"6672{n}f1e0c3a8b0017d{n}e4", "slug": article.slug, "title": article.headline,
            "firstPublishedDate": _utc(article), "lastPublishedDate": _utc(article),
            "minutesToRead": int(READ[n - 1].split()[2]),
            "owner": {"name": article.author}, "tags": [{"label": t} for t in article.tags],
            "richContent": {"nodes": nodes}}}}}}
    ld = {"@context": "https://schema.org", "@type": "BlogPosting",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
          "image": {"@type": "ImageObject", "url": f"https://static.wixstatic.com/media/7a1c2e_{article.slug[:6]}~mv2.jpg"},
          "datePublished": _utc(article), "dateModified": _utc(article),
          "author": {"@type": "Person", "name": article.author, "url": f"{HOST}/profile/{n}/profile"},
          "publisher": {"@type": "Organization", "name": SITE}}
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://www.wix.com/favicon.ico" type="image/x-icon"/>
  <title>{e(article.headline)}</title>
  <meta name="description" content="{e(article.lead[:150])}"/>
  <link rel="canonical" href="{url}"/>
  <meta property="og:title" content="{e(article.headline)}"/>
  <meta property="og:description" content="{e(article.lead[:150])}"/>
  <meta property="og:url" content="{url}"/>
  <meta property="og:site_name" content="{SITE}"/>
  <meta property="og:type" content="article"/>
  <meta property="article:author" content="{e(article.author or '')}"/>
  <meta property="article:published_time" content="{_utc(article)}"/>
  <meta property="article:modified_time" content="{_utc(article)}"/>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <script type="application/json" id="wix-warmup-data">{json.dumps(warmup, ensure_ascii=False)}</script>
  <style id="css_masterPage">#SITE_CONTAINER{{direction:rtl}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="WIX_ADS" class="_1oEuU ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral?utm_campaign=vir_wixad_live&amp;adsVersion=white&amp;orig_msid=7a1c2e" target="_blank" rel="nofollow" class="_2fgH_"><span class="_2hGXJ">تم تصميم هذا الموقع باستخدام أداة إنشاء المواقع <span class="_3tdnK">Wix.com</span>. أنشئ موقعك اليوم.</span><span class="_1ArCp">{BANNER_CTA}</span></a></div>
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="أعلى الصفحة"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_1KV2M"><div id="comp-lx2ra1" class="_2Hij5 wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">{SITE}</span></h2></div>
<nav id="comp-lx2ra3" aria-label="الموقع" class="_2-Ybe wixui-horizontal-menu"><ul class="_3Q6yK">{menu}</ul></nav>
<div id="comp-lx2ra5" class="_3bUuY"><button class="_1M5-v" aria-label="{LOGIN}"><span class="_3YmfS">{LOGIN}</span></button></div></div>
</header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="tpapgnc1" class="_3Sbtc">
<div class="blog-post-page-font" data-hook="post-page"><article class="_1Qi-8 blog-post-page-font" data-hook="post">
<div class="_2rRNs" data-hook="post-header"><div class="_1Xrsd"><div data-hook="avatar-image" class="_3_oxa"><img src="https://static.wixstatic.com/media/avatar-{n}.jpg" alt=""></div>
<div class="_2ewRX"><span data-hook="user-name" class="_2yZk8 blog-link-hover-color">{e(article.author or '')}</span>
<ul class="_1jAyz"><li><span data-hook="time-ago" class="_2sCk- post-metadata__date time-ago" title="{shown}">{shown}</span></li><li><span class="_3gTzA">•</span></li><li><span data-hook="time-to-read" class="_30Hca post-metadata__readTime" title="{READ[n - 1]}">{READ[n - 1]}</span></li></ul></div></div>
<button data-hook="more-button" aria-label="إجراءات إضافية" class="_2Y4eF"></button></div>
<div class="_3eXy0"><h1 class="_2iKXP post-title blog-text-color post-title-color blog-post-title-font post-title-font" data-hook="post-title"><span class="post-title__text blog-post-title-font blog-post-title-color">{e(article.headline)}</span></h1></div>
<div data-hook="post-description" class="_2Dywc post-content__body"><div class="_1Hxbl" data-id="content-viewer" data-hook="ricos-viewer"><div class="_2fMXN" dir="rtl"><div class="kvdbP _1W_Tw" data-id="rich-content-viewer">
{content}
</div></div></div></div>
<div data-hook="post-footer" class="_16Wc4"><div class="_1Ov1U"><ul data-hook="post-tags" class="_3u2Vi" aria-label="وسوم المنشور">{tags}</ul></div>
<div data-hook="post-main-actions-desktop" class="_1s1Vo"><button aria-label="مشاركة عبر فيسبوك" class="_3zzMa"></button><button aria-label="مشاركة عبر X" class="_3zzMa"></button><button aria-label="مشاركة عبر لينكد إن" class="_3zzMa"></button><button aria-label="نسخ الرابط" class="_3zzMa"></button></div>
<div data-hook="post-stats" class="_3rVxd"><span data-hook="views-count">{views}</span> <span data-hook="comments-count">{comments}</span><div data-hook="like-button-with-count" class="_2mFH8"><span class="_3WjRa">{likes}</span><button aria-label="أعجبني" class="_1Hpvq"></button></div></div></div>
</article>
<section data-hook="recent-posts" class="_2S1OO"><div class="_3Pmdd"><h2 class="_3HMk-">{RECENT}</h2><a href="{HOST}/blog" class="_1vUUb">{SEE_ALL}</a></div><div class="_1ixOE">
{recent}
</div></section>
<section data-hook="comments-widget" class="_34qOF"><h2 class="_1fFWP">{COMMENTS[0]}</h2><div data-hook="comment-box" class="_2Y9aC"><div class="_3a1Fw" role="textbox" aria-placeholder="{COMMENTS[1]}">{COMMENTS[1]}</div></div><div class="_2UNb1"><p>{COMMENTS[2]}</p><p>{COMMENTS[3]}</p></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><div id="comp-lx2rf8" class="wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">{FOOTER}</span></p></div></footer>
</div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4ab3a1c0.bundle.min.js" async></script>
</body>
</html>
"""
    return page
