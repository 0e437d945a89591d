"""A Syrian independent outlet built with Hugo and the PaperMod theme (static HTML): the
breadcrumb and `h1.post-title`, PaperMod's one-line `div.post-meta` ("2 حزيران 2024 · 6
دقائق · 1180 كلمة · رهف العلي", months as CLDR ar-SY names them) whose span `title` holds the
Go time ("2024-06-02 08:00:00 +0300 +03"), a cover figure with caption, `div.post-content`
that ends with a "ادعم صحافتنا المستقلة" shortcode box inside the content, and after it the
tags, the prev / next links with the neighbouring posts' titles, the share row and
"Powered by Hugo & PaperMod"; `article:published_time` and a BlogPosting JSON-LD with
`+03:00`, `<title>` "<headline> | <site>"."""

from __future__ import annotations

import json

from .base import LEVANTINE, Article, Page, e

NAME = "hugo_static_outlet"
HELD_OUT = True
SET = "unseen7"
FAMILY = "Syrian outlet on Hugo + PaperMod: post-meta line with Levantine month, support box inside content"
HOST = "https://www.sham-mustaqilla.example"
SITE = "شام المستقلة"
MENU = ("تحقيقات", "اقتصاد", "بيئة", "مجتمع", "بودكاست", "من نحن", "بحث")
READ = ("6 دقائق", "2 دقائق", "3 دقائق")
SUPPORT = ("ادعم صحافتنا المستقلة",
           "نعتمد على دعم قرائنا لنواصل العمل من داخل سوريا بعيدا عن التمويل السياسي.",
           "ساهم الآن")
SHARE = ("شارك على X", "شارك على فيسبوك", "شارك على واتساب", "شارك على تيليغرام")
FOOTER = f"© 2024 {SITE}"
POWERED = "Powered by Hugo & PaperMod"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/posts/{moment:%Y}/{moment:%m}/{article.slug}/"
    shown = f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"
    words = len(article.body.split()) * 5 + 3
    meta = [shown, READ[n - 1], f"{words} كلمة", article.author or SITE]
    page = Page(url=url, html="", shown_date=shown)
    prev_title, next_title = article.related[0], article.related[1]
    page.add(" ".join(MENU), "الرئيسية", article.section, " · ".join(meta), READ[n - 1],
             f"{words} كلمة", *SUPPORT, "« السابق", prev_title, "التالي »", next_title,
             FOOTER, POWERED, article.caption, SITE)
    paras = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<li><a href="{HOST}/{k}/" title="{m}"><span>{m}</span></a></li>'
                     for k, m in enumerate(MENU))
    tags = "".join(f'<li><a href="{HOST}/tags/{e(t)}/">{e(t)}</a></li>' for t in article.tags)
    share = "".join(f'<li><a target="_blank" rel="noopener noreferrer" aria-label="{s}" href="#">'
                    f'<svg viewBox="0 0 512 512" height="30px" width="30px"></svg></a></li>' for s in SHARE)
    go_time = f"{moment:%Y-%m-%d %H:%M:%S} +0300 +03"
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": article.headline,
          "name": article.headline, "description": article.lead[:160],
          "keywords": list(article.tags), "articleBody": "…",
          "wordCount": str(words), "inLanguage": "ar",
          "datePublished": article.published, "dateModified": article.published,
          "author": [{"@type": "Person", "name": article.author}],
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/favicon.ico"}}}
    page.html = f"""<!DOCTYPE html>
<html lang="ar-sy" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{e(article.headline)} | {SITE}</title>
<meta name="keywords" content="{e(", ".join(article.tags))}">
<meta name="description" content="{e(article.lead[:160])}">
<meta name="author" content="{e(article.author or SITE)}">
<link rel="canonical" href="{url}">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.125.7">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(article.lead[:160])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:section" content="posts">
<meta property="article:published_time" content="{article.published}">
<meta property="article:modified_time" content="{article.published}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") {{ document.body.classList.add('dark'); }}</script>
<header class="header">
<nav class="nav">
<div class="logo"><a href="{HOST}/" accesskey="h" title="{SITE} (Alt + H)">{SITE}</a></div>
<ul id="menu">
{menu}
</ul>
</nav>
</header>
<main class="main">
<article class="post-single">
<header class="post-header">
<div class="breadcrumbs"><a href="{HOST}/">الرئيسية</a>&nbsp;»&nbsp;<a href="{HOST}/{e(article.section)}/">{e(article.section)}</a></div>
<h1 class="post-title entry-hint-parent">{e(article.headline)}</h1>
<div class="post-meta"><span title='{go_time}'>{shown}</span>&nbsp;·&nbsp;{READ[n - 1]}&nbsp;·&nbsp;{words} كلمة&nbsp;·&nbsp;{e(article.author or SITE)}</div>
</header>
<figure class="entry-cover"><img loading="eager" src="{HOST}/posts/{moment:%Y}/{moment:%m}/{article.slug}/cover.jpg" alt="{e(article.caption)}">
<p>{e(article.caption)}</p>
</figure>
<div class="post-content">{paras}
<div class="support-box"><h4>{SUPPORT[0]}</h4><p>{SUPPORT[1]}</p><a class="support-btn" href="{HOST}/support/">{SUPPORT[2]}</a></div>
</div>
<footer class="post-footer">
<ul class="post-tags">{tags}</ul>
<nav class="paginav">
<a class="prev" href="{HOST}/posts/prev-{n}/"><span class="title">« السابق</span><br><span>{e(prev_title)}</span></a>
<a class="next" href="{HOST}/posts/next-{n}/"><span class="title">التالي »</span><br><span>{e(next_title)}</span></a>
</nav>
<ul class="share-buttons">{share}</ul>
</footer>
</article>
</main>
<footer class="footer">
<span>{FOOTER}</span> · <span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg></a>
<script>let menu = document.getElementById('menu')</script>
</body>
</html>
"""
    return page
