"""An AMP article (the WordPress AMP plugin's reader mode): `<html ⚡>`, amp-sidebar menu,
amp-img with a caption, amp-ad slots between paragraphs (fallback text "إعلان"),
amp-social-share buttons, a tag line and an "اقرأ أيضا" list; dates in JSON-LD and <time>."""

from __future__ import annotations

import json

from .base import CHANNELS, Article, Page, day_month_year, e

NAME = "amp"
HELD_OUT = False
FAMILY = "AMP reader page: amp-img, amp-ad, amp-social-share, amp-sidebar"
HOST = "https://www.alrai-aljadid.example"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page = Page(url=f"{HOST}/news/{article.slug}/amp/", html="",
                shown_date=day_month_year(moment))
    author = article.author or "الرأي الجديد - وكالات"
    channel = CHANNELS[(n + 1) % len(CHANNELS)]
    page.add(channel, article.caption, *article.related, "اقرأ أيضا", "الوسوم:", "إعلان",
             "الرئيسية سياسة اقتصاد مجتمع رياضة", "العودة إلى الأعلى",
             "عرض النسخة الكاملة من الموقع", f"بواسطة {author}")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": f"{HOST}/news/{article.slug}/", "headline": article.headline,
          "datePublished": article.published, "dateModified": article.published,
          "author": {"@type": "Person" if article.author else "Organization", "name": author},
          "publisher": {"@type": "Organization", "name": "الرأي الجديد",
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/logo.png"}},
          "image": {"@type": "ImageObject", "url": f"{HOST}/img/{article.slug}.jpg",
                    "width": 1200, "height": 675}}
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    ad = ('<amp-ad width="300" height="250" type="doubleclick" '
          'data-slot="/2100/alrai/amp_inarticle_{}" layout="responsive"><div fallback>'
          "إعلان</div></amp-ad>")
    parts.insert(2, ad.format(1))
    parts.insert(5, ad.format(2))
    body = "\n".join(parts)
    tags = ", ".join(f'<a href="{HOST}/tag/{k}/" rel="tag">{e(t)}</a>'
                     for k, t in enumerate(article.tags))
    related = "".join(f'<li><a href="{HOST}/news/{77000 + k}/amp/">{e(t)}</a></li>'
                      for k, t in enumerate(article.related))
    page.html = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{e(article.headline)} &#8211; الرأي الجديد</title>
<link rel="canonical" href="{HOST}/news/{article.slug}/">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-article{{color:#353535;font-weight:400;margin:1.5em auto;max-width:840px}}</style>
</head>
<body class="">
<amp-sidebar id="sidebar" layout="nodisplay" side="right"><nav class="amp-menu"><a href="{HOST}/amp/">الرئيسية</a> <a href="{HOST}/politics/amp/">سياسة</a> <a href="{HOST}/economy/amp/">اقتصاد</a> <a href="{HOST}/society/amp/">مجتمع</a> <a href="{HOST}/sport/amp/">رياضة</a></nav></amp-sidebar>
<header id="top" class="amp-wp-header"><div><button class="hamburger" on="tap:sidebar.toggle" aria-label="القائمة">☰</button><a href="{HOST}/amp/"><amp-img src="{HOST}/logo.png" width="150" height="40" class="amp-wp-site-icon" alt="الرأي الجديد"></amp-img></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{e(article.headline)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">بواسطة {e(author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{article.published}">{day_month_year(moment)}</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="675" src="{HOST}/img/{article.slug}.jpg" class="attachment-large size-large wp-post-image" alt="" layout="responsive"></amp-img><p class="wp-caption-text">{e(article.caption)}</p></figure>
<div class="amp-wp-article-content">
{body}
<p class="follow-channel"><a href="https://whatsapp.com/channel/0029alrai">{e(channel)}</a></p>
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-tag">الوسوم: {tags}</div>
<div class="social-share"><amp-social-share type="facebook" data-param-app_id="1234" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<div class="amp-related-posts"><h3>اقرأ أيضا</h3><ul>{related}</ul></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>الرأي الجديد</h2><a href="#top" class="back-to-top">العودة إلى الأعلى</a> <a href="{HOST}/news/{article.slug}/?amp=0">عرض النسخة الكاملة من الموقع</a></div></footer>
</body>
</html>
"""
    return page
