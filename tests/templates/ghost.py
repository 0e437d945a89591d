"""An independent Arabic magazine on Ghost 5 with the Casper theme: `gh-head` with the
members' sign-in and subscribe links, `article-header gh-canvas` with the primary tag and
the byline (the date as `<time datetime="YYYY-MM-DD">` in Arabic-Indic digits, as the
theme's Arabic locale prints it, and a reading time), `gh-content gh-canvas` holding the
text with a `kg-bookmark-card` (another story of the site) and a `kg-callout-card` between
paragraphs, a members-only comments notice, the footer CTA, "read more" post cards with
their own dates and excerpts, and Ghost's head: UTC `article:published_time`, JSON-LD."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import Article, Page, day_month_year, e, indic, rotate

NAME = "ghost"
HELD_OUT = True
SET = "fresh"
FAMILY = "Ghost 5 + Casper: gh-content, kg-bookmark-card and callout, members CTA, UTC times"
HOST = "https://madina-notes.example"
SITE = "منصة مدينة"
CARDS = (
    ("أرصفة بلا ظل: جولة في شوارع الظهيرة", "رحلة مشيا في أكثر ساعات اليوم حرا برفقة عمال التوصيل."),
    ("من يملك الحديقة العامة؟", "كيف تتحول المساحات الخضراء إلى مواقف سيارات بقرار إداري."),
    ("حافلات المدينة في عشرين عاما", "قصة شبكة نقل عام تتقلص كل عام رغم ازدياد السكان."),
    ("سوق الأحد: اقتصاد كامل في ساحة", "باعة ومشترون يصنعون كل أسبوع سوقا لا تظهر في الإحصاءات."),
)
CALLOUT = "هذه المادة جزء من ملف «مدن تحت الضغط». اشترك في نشرتنا لتصلك مواد الملف كاملة."
CTA = f"اشترك في نشرة {SITE}"
CTA_TEXT = "قصص المدن العربية كما يعيشها سكانها، في بريدك كل أسبوعين."
COMMENTS = "التعليقات متاحة للمشتركين فقط. اشترك مجانا للمشاركة في النقاش."


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = indic(day_month_year(moment))
    page = Page(url=f"{HOST}/{article.slug}/", html="", shown_date=shown)
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    reading = f"{indic(str(3 + n))} دقائق للقراءة"
    cards = rotate(CARDS, n, 3)
    bookmark_title, bookmark_desc = cards[0]
    slug_author = {"لينا منصور": "lina", "كريم حداد": "karim", "سلمى ناصر": "salma"}[article.author]
    older = [moment - timedelta(days=9 * (k + 1)) for k in range(3)]
    page.add(SITE, "الرئيسية تقارير اقتصاد ثقافة عن المنصة", "تسجيل الدخول", "اشترك",
             article.section, article.author, shown, reading, article.caption,
             bookmark_title, bookmark_desc, CALLOUT, COMMENTS, CTA, CTA_TEXT, "بريدك الإلكتروني",
             "قد يعجبك أيضاً", *[c[0] for c in cards[1:]], *[c[1] for c in cards[1:]],
             *[indic(day_month_year(o)) for o in older[:2]], f"{SITE} © {indic('2025')}",
             "Powered by Ghost")
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(2, f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="{HOST}/story-{n}/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">{e(bookmark_title)}</div><div class="kg-bookmark-description">{e(bookmark_desc)}</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="{HOST}/content/images/size/w256h256/2023/05/icon.png" alt=""><span class="kg-bookmark-author">{SITE}</span></div></div><div class="kg-bookmark-thumbnail"><img src="{HOST}/content/images/2024/01/card-{n}.jpg" alt="" onerror="this.style.display = \'none\'"></div></a></figure>')
    parts.insert(5, f'<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">📩</div><div class="kg-callout-text">{CALLOUT}</div></div>')
    body = "\n".join(parts)
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": SITE, "url": f"{HOST}/",
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/content/images/2023/05/logo.png"}},
          "author": {"@type": "Person", "name": article.author,
                     "url": f"{HOST}/author/{slug_author}/"},
          "headline": article.headline, "url": page.url, "datePublished": utc,
          "dateModified": utc, "image": {"@type": "ImageObject", "url": f"{HOST}/content/images/2024/{n:02d}/cover.jpg"},
          "keywords": ", ".join(article.tags), "description": article.lead[:150],
          "mainEntityOfPage": page.url}
    more = "\n".join(
        f'<article class="post-card post"><a class="post-card-image-link" href="{HOST}/more-{n}{k}/"><img class="post-card-image" src="{HOST}/content/images/2024/more-{k}.jpg" alt="{e(t)}" loading="lazy"></a>'
        f'<div class="post-card-content"><a class="post-card-content-link" href="{HOST}/more-{n}{k}/"><header class="post-card-header"><h2 class="post-card-title">{e(t)}</h2></header>'
        f'<div class="post-card-excerpt">{e(d)}</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{o:%Y-%m-%d}">{indic(day_month_year(o))}</time></footer></div></article>'
        for k, ((t, d), o) in enumerate(zip(cards[1:], older, strict=False)))
    tags_meta = "\n".join(f'<meta property="article:tag" content="{e(t)}">' for t in article.tags)
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(article.headline)}</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="{HOST}/assets/built/screen.css?v=8b1c1e2f3a">
<link rel="canonical" href="{page.url}">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(article.lead[:150])}">
<meta property="og:url" content="{page.url}">
<meta property="article:published_time" content="{utc}">
<meta property="article:modified_time" content="{utc}">
{tags_meta}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="{e(article.author)}">
<meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="{e(", ".join(article.tags))}">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=4)}
</script>
<meta name="generator" content="Ghost 5.82">
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{HOST}/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="{HOST}/" data-key="a1b2c3d4e5f6a7b8c9d0e1f2a3" data-api="{HOST}/ghost/api/content/" crossorigin="anonymous"></script>
</head>
<body class="post-template tag-{n} is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner">
<div class="gh-head-brand"><a class="gh-head-logo no-image" href="{HOST}">{SITE}</a></div>
<nav class="gh-head-menu"><ul class="nav">
<li class="nav-alrysy"><a href="{HOST}/">الرئيسية</a></li>
<li class="nav-tqaryr"><a href="{HOST}/tag/reports/">تقارير</a></li>
<li class="nav-aqtsad"><a href="{HOST}/tag/economy/">اقتصاد</a></li>
<li class="nav-thqafa"><a href="{HOST}/tag/culture/">ثقافة</a></li>
<li class="nav-an"><a href="{HOST}/about/">عن المنصة</a></li>
</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button>
<div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a></div></div>
</div>
</header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{n} ">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="{HOST}/tag/t{n}/">{e(article.section)}</a></span></div>
<h1 class="article-title">{e(article.headline)}</h1>
<div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="{HOST}/author/{slug_author}/" class="author-avatar" aria-label="{e(article.author)}"><img class="author-profile-image" src="{HOST}/content/images/size/w100/2023/06/{slug_author}.jpg" alt="{e(article.author)}" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="{HOST}/author/{slug_author}/">{e(article.author)}</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{moment:%Y-%m-%d}">{shown}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> {reading}</span></div></div>
</section></div>
<figure class="article-image"><img srcset="{HOST}/content/images/size/w600/2024/{n:02d}/cover.jpg 600w, {HOST}/content/images/size/w1200/2024/{n:02d}/cover.jpg 1200w" sizes="(min-width: 1400px) 1400px, 92vw" src="{HOST}/content/images/size/w2000/2024/{n:02d}/cover.jpg" alt="{e(article.caption)}" /><figcaption><span style="white-space: pre-wrap;">{e(article.caption)}</span></figcaption></figure>
</header>
<section class="gh-content gh-canvas">
{body}
</section>
<section class="article-comments gh-canvas"><div class="gh-comments-cta"><p>{COMMENTS}</p><a href="#/portal/signup" data-portal="signup">اشترك</a></div></section>
</article>
</main>
<section class="footer-cta outer"><div class="inner">
<h2 class="footer-cta-title">{CTA}</h2><p class="footer-cta-text">{CTA_TEXT}</p>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">بريدك الإلكتروني</div><span>اشترك</span></a>
</div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
<h2 class="read-more-title">قد يعجبك أيضاً</h2>
{more}
</div></aside>
</div>
<footer class="site-footer outer"><div class="inner">
<section class="copyright"><a href="{HOST}">{SITE}</a> © {indic("2025")}</section>
<nav class="site-footer-nav"><ul class="nav"><li class="nav-ashtrk"><a href="#/portal/">اشترك</a></li></ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer>
</div>
<script src="{HOST}/assets/built/casper.js?v=8b1c1e2f3a"></script>
</body>
</html>
"""
    return page
