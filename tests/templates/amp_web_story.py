"""An Egyptian portal's Web Story (`amp-story`, the format Google Discover shows): `<html ⚡>`
with the amp-story runtime, one `amp-story` holding a cover `amp-story-page` (section kicker,
headline, "بقلم <name>" and the date in Arabic-Indic digits, "الأربعاء ١٦ أكتوبر ٢٠٢٤ -
٠٤:٣٠ م") and one page per slide: a `template="fill"` layer with the slide's `amp-img` and a
`template="vertical"` layer with the slide's text (`animate-in`) and its photo credit
("الصورة: ..."); the last page is "اقرأ أيضاً" with related stories and an
`amp-story-page-outlink` ("اقرأ التفاصيل كاملة") to the full article; `amp-story-social-share`
and `amp-analytics` configs; a NewsArticle JSON-LD with `+03:00` times; the story's text is
its slides' texts in order. `<title>` "<headline> - <site>"."""

from __future__ import annotations

import json

from .base import MONTHS, Article, Page, e, indic, weekday

NAME = "amp_web_story"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Egyptian portal's AMP Web Story: amp-story pages, one slide text each, credits, outlink CTA, Indic date on the cover"
HOST = "https://www.elbalad-news.example"
SITE = "البلد نيوز"
CREDITS = ("الصورة: أرشيفية", "الصورة: رويترز", "الصورة: وزارة السياحة والآثار", "الصورة: البلد نيوز",
           "الصورة: أ ف ب", "الصورة: مواقع التواصل")
CTA = "اقرأ التفاصيل كاملة"
MORE = "اقرأ أيضاً"


def _shown(moment) -> str:
    hour = moment.hour % 12 or 12
    half = "ص" if moment.hour < 12 else "م"
    return (f"{weekday(moment)} {indic(str(moment.day))} {MONTHS[moment.month - 1]} "
            f"{indic(str(moment.year))} - {indic(f'{hour:02d}:{moment.minute:02d}')} {half}")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/web-stories/{article.slug}/"
    full = f"{HOST}/news/{5_102_400 + 611 * n}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    slides = (article.lead, *article.paragraphs)
    credits = [CREDITS[(n + k) % len(CREDITS)] for k in range(len(slides))]
    byline = f"بقلم {article.author}" if article.author else f"القاهرة - {SITE}"
    page.add(article.section, byline, shown, *credits, MORE, *article.related, CTA, SITE)
    pages = "\n".join(
        f"""<amp-story-page id="slide-{k + 1}" auto-advance-after="8s">
<amp-story-grid-layer template="fill"><amp-img src="{HOST}/web-stories/{article.slug}/{k + 1}.webp" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="text-layer align-bottom"><div class="text-box"><p class="slide-text" animate-in="fly-in-bottom" animate-in-delay="0.3s">{e(text)}</p></div><span class="credit" animate-in="fade-in">{credits[k]}</span></amp-story-grid-layer>
</amp-story-page>"""
        for k, text in enumerate(slides))
    related = "".join(f'<a class="related-item" href="{HOST}/web-stories/related-{n}-{k}/"><amp-img src="{HOST}/web-stories/related-{n}-{k}/poster.webp" width="120" height="160" layout="fixed" alt=""></amp-img><span>{e(r)}</span></a>'
                      for k, r in enumerate(article.related))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "image": [f"{HOST}/web-stories/{article.slug}/poster.webp"],
          "datePublished": article.published, "dateModified": article.published,
          "author": {"@type": "Person", "name": article.author} if article.author
          else {"@type": "Organization", "name": SITE},
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/logo-96.png"}},
          "mainEntityOfPage": url}
    page.html = f"""<!doctype html>
<html ⚡ lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(article.headline)} - {SITE}</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width">
<meta name="description" content="{e(article.lead[:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:image" content="{HOST}/web-stories/{article.slug}/poster.webp">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.text-box{{background:rgba(0,0,0,.55);padding:16px;border-radius:8px}}.slide-text{{color:#fff;font-size:20px;line-height:1.6}}.credit{{font-size:11px;color:#ddd}}.kicker{{background:#c4161c;color:#fff;padding:2px 8px}}</style>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<amp-story standalone title="{e(article.headline)}" publisher="{SITE}" publisher-logo-src="{HOST}/logo-96.png" poster-portrait-src="{HOST}/web-stories/{article.slug}/poster.webp">
<amp-story-page id="cover">
<amp-story-grid-layer template="fill"><amp-img src="{HOST}/web-stories/{article.slug}/poster.webp" width="720" height="1280" layout="responsive" alt="{e(article.caption)}"></amp-img></amp-story-grid-layer>
<amp-story-grid-layer template="vertical" class="cover-layer align-bottom">
<span class="kicker">{e(article.section)}</span>
<h1 class="cover-title" animate-in="fly-in-bottom">{e(article.headline)}</h1>
<p class="byline">{e(byline)}</p>
<p class="date">{shown}</p>
<span class="logo-text">{SITE}</span>
</amp-story-grid-layer>
</amp-story-page>
{pages}
<amp-story-page id="more">
<amp-story-grid-layer template="vertical" class="more-layer"><h2>{MORE}</h2><div class="related-list">{related}</div></amp-story-grid-layer>
<amp-story-page-outlink layout="nodisplay" theme="dark"><a href="{full}">{CTA}</a></amp-story-page-outlink>
</amp-story-page>
<amp-story-social-share layout="nodisplay"><script type="application/json">{{"shareProviders": ["facebook", "twitter", "whatsapp", "system"]}}</script></amp-story-social-share>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars": {{"gtag_id": "G-EB7K2Q1", "config": {{"G-EB7K2Q1": {{"groups": "default"}}}}}}, "triggers": {{"storyProgress": {{"on": "story-page-visible", "request": "event"}}}}}}</script></amp-analytics>
</amp-story>
</body>
</html>
"""
    return page
