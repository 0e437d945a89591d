"""An Arabic newsletter on Substack: `article.newsletter-post` with `div.body.markup`, the UI in
English around Arabic text ("Subscribe", "Share", "Type your email…", "Discussion about this
post"), the date in Substack's English form ("Mar 03, 2024"), like / comment / restack counts
under the headline, the author's own subscribe call in Arabic inside a subscription widget
that sits between the paragraphs, a "Share" button paragraph in the body, a captioned image,
the comments block and "Ready for more?" after; `window._preloads` carries the post (its
`body_html` too) as an escaped JSON string, JSON-LD NewsArticle with the UTC instant,
`<title>` "<headline> - <publication>"."""

from __future__ import annotations

import json

from .base import Article, Page, e

NAME = "substack_newsletter"
HELD_OUT = True
SET = "unseen7"
FAMILY = "Arabic Substack newsletter: English UI, 'Mar 03, 2024' date, subscribe widget and Share button inside the body"
HOST = "https://hala-media.substack.example"
SITE = "نشرة الإعلام الجديد"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LIKES = ("42", "17", "63")
COMMENTS = ("7", "3", "12")
RESTACKS = ("5", "2", "9")
CTA = f"شكرا لقراءة {SITE}! اشترك مجانا لتصلك الأعداد الجديدة وتدعم عملي."
UI = ("Subscribe", "Sign in", "Share", "Discussion about this post",
      "Comments", "Restacks", "Ready for more?", "Privacy ∙ Terms ∙ Collection notice",
      "Start Writing", "Get the app", "Substack is the home for great culture")
COMMENT_TEXT = ("مقال مهم جدا، تجربتنا في الإذاعة المجتمعية تؤكد ما تقولين.",
                "شكرا على هذا الملخص، هل يمكن مشاركة مصادر الأرقام؟",
                "مبروك على السنة الأولى! أنتظر الحلقات الصوتية.")


def substack_date(moment) -> str:
    return f"{MONTHS_EN[moment.month - 1]} {moment.day:02d}, {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/p/{article.slug}"
    shown = substack_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    author = article.author or SITE
    share_label = f"Share {SITE}"
    page.add(SITE, *UI, shown, CTA, share_label, COMMENT_TEXT[n - 1], f"© 2024 {author}",
             article.caption)
    texts = [article.lead, *article.paragraphs]
    widget = (f'<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe">'
              f'<div class="preamble"><p class="cta-caption">{e(CTA)}</p></div>'
              f'<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">'
              f'<input tabindex="-1" type="submit" class="button primary" value="Subscribe"></form></div></div>')
    share = (f'<p class="button-wrapper" data-attrs="{{&quot;url&quot;:&quot;{HOST}/p/{article.slug}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&quot;}}">'
             f'<a class="button primary" href="{HOST}/p/{article.slug}?utm_source=substack&amp;utm_medium=email&amp;utm_content=share"><span>{e(share_label)}</span></a></p>')
    image = (f'<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.example/image/fetch/{n}.jpeg">'
             f'<div class="image2-inset"><img src="https://substackcdn.example/image/fetch/w_1456,c_limit/{n}.jpeg" width="1456" height="816" alt=""></div></a>'
             f'<figcaption class="image-caption">{e(article.caption)}</figcaption></figure></div>')
    parts = [f"<p>{e(t)}</p>" for t in texts]
    parts.insert(1, image)
    parts.insert(3, widget)
    parts.append(share)
    body = "".join(parts)
    editor_body = "".join(f"<p>{e(t)}</p>" for t in texts)
    preload = {"isEU": False, "language": "ar", "post": {
        "id": 141720000 + 977 * n, "title": article.headline, "slug": article.slug,
        "post_date": moment.strftime("%Y-%m-%dT%H:%M:%S.000Z"), "audience": "everyone",
        "reaction_count": int(LIKES[n - 1]), "comment_count": int(COMMENTS[n - 1]),
        "body_html": editor_body}}
    # As Substack writes it: a JSON string in JSON.parse, "<" escaped so no tag closes the script.
    preloads = json.dumps(json.dumps(preload, ensure_ascii=False),
                          ensure_ascii=False).replace("<", "\\u003c")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url,
          "mainEntityOfPage": url, "headline": article.headline,
          "datePublished": article.published, "dateModified": article.published,
          "isAccessibleForFree": True, "image": [{"@type": "ImageObject",
                                                   "url": f"https://substackcdn.example/image/fetch/{n}.jpeg"}],
          "author": [{"@type": "Person", "name": author, "url": "https://substack.example/@halamansour"}],
          "publisher": {"@type": "Organization", "name": SITE, "url": HOST}}
    page.html = f"""<!DOCTYPE html>
<html lang="ar">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title data-rh="true">{e(article.headline)} - {SITE}</title>
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="og:title" content="{e(article.headline)}">
<meta data-rh="true" name="description" content="{e(article.lead[:150])}">
<meta data-rh="true" property="og:url" content="{url}">
<meta data-rh="true" name="author" content="{e(author)}">
<link data-rh="true" rel="alternate" type="application/rss+xml" href="{HOST}/feed" title="{SITE}">
<script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/static/css/main.4a3b2c.css">
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><a href="{HOST}/" class="navbar-title-link">{SITE}</a>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="{HOST}/subscribe">Subscribe</a><a class="button sign-in-link" href="https://substack.example/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">{e(article.headline)}</h1>
<div class="pencraft pc-display-flex pc-gap-12 byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example/@halamansour" class="pencraft pc-reset">{e(author)}</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq">{shown}</div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container" role="button"><span class="label">{LIKES[n - 1]}</span></a><a class="post-ufi-button post-ufi-comment-button" href="{url}/comments"><span class="label">{COMMENTS[n - 1]}</span></a><a class="post-ufi-button restack-button"><span class="label">{RESTACKS[n - 1]}</span></a><a class="post-ufi-button share-button"><span class="label">Share</span></a></div>
</div>
<div class="available-content"><div dir="auto" class="body markup">{body}</div></div>
</article>
<div class="visibility-check"></div>
<div class="post-footer"><div class="subscribe-footer"><p class="cta-caption">{e(CTA)}</p><form><input type="email" placeholder="Type your email…"><button class="button primary">Subscribe</button></form></div></div>
<div id="discussion" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-tabs"><span>Comments</span><span>Restacks</span></div>
<div class="comment"><div class="comment-meta"><a href="https://substack.example/@reader{n}">قارئ {n}</a></div><div class="comment-body"><p>{e(COMMENT_TEXT[n - 1])}</p></div></div>
</div>
<div class="ready-for-more"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="copyright">© 2024 {e(author)}</div><div class="footer-terms"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙ <a href="https://substack.example/ccpa">Collection notice</a></div>
<a class="button start-writing" href="https://substack.example/signup">Start Writing</a><a class="button get-app" href="https://substack.example/app">Get the app</a>
<p class="footer-slogan"><a href="https://substack.example">Substack</a> is the home for great culture</p></div></div>
</div></div>
<script>window._preloads = JSON.parse({preloads})</script>
<script src="https://substackcdn.example/bundle/static/js/main.8b1e2f.js" charset="utf-8"></script>
</body>
</html>
"""
    return page
