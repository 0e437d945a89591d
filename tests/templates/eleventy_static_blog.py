"""An Arabic data-journalism and fact-check collective in Amman ("مختبر تحقّق"), a static site
built with Eleventy 2.0.1 from Markdown on a customised eleventy-base-blog (v8 layouts).
The head: `<title>` "headline | مختبر تحقّق", the Eleventy generator meta, the Atom and JSON
feed `link rel="alternate"`s, the webmention.io `webmention`/`pingback` links, og meta whose
`article:published_time` is `page.date.toISOString()` (UTC with milliseconds: page 2's story
went up at 01:30 Amman time, so that instant is the day before), the inlined CSS bundle
`<style>`, and JSON-LD (a `ClaimReview` on the fact-check, page 1; `Article` on the data
stories). The body is base.njk: the `visually-hidden` skip link, `<header>` with
`a.home-link` and `nav > h2.visually-hidden + ul.nav > li.nav-item` (the current section's
link `aria-current="page"`), then `<main id="skip">` holding the post layout: `<article
class="post">` with a `p.post-kicker` section link, `<h1>`, the `ul.post-metadata` list (the
date in `<time datetime>` printed by the site's `readableDate` filter in Luxon's ar-JO locale,
zone Asia/Amman: Levantine month names and Arabic-Indic digits, "٣ آذار ٢٠٢٤"; the tags as
`a.post-tag` links with ", " after all but the last; page 1 adds an "إعداد: ..." byline item,
page 3 an "حُدّث في" updated item), page 1's verdict `aside.verdict` (claim and rating, from
front matter), then the Markdown content: `<p>`s, an eleventy-img `<figure><picture>` with
AVIF/WebP sources and a `<figcaption>` (page 1), `<strong>` (page 1), an inline link and a
Datawrapper iframe embed with its resize script (page 2), a markdown-it-anchor `<h2 id=...
tabindex="-1">` whose id is Eleventy's transliterating `slugify` and which ends in
`<a class="header-anchor" href="#...">#</a>` (page 3), markdown-it-footnote refs
`<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>` at paragraph ends and the
`hr.footnotes-sep` + `section.footnotes` list with "↩︎" backrefs (pages 1 and 3; the site's
override adds an "الهوامش" heading; each footnote is the writer's source note, text, as in
`jekyll_pages_blog`). After the article: `ul.links-nextprev` ("← السابق" /
"التالي →" with `<br>`; page 3, the newest, has no next), a "من الأرشيف" list, the
server-rendered webmentions block (`section.webmentions`: like/repost counts, replies as
`article.webmention.h-cite` with `webmention__meta`, author and `time.webmention__pubdate`,
`webmention__content`; page 2 shows `webmentions__not-found`) with the webmention.io send form,
and the footer (licence line, "بُني باستخدام Eleventy v2.0.1"), the build-date comment and the
JS bundle module script. Everything but the Markdown body (its footnotes included) is chrome."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

from .base import LEVANTINE, Article, Page, e, indic

NAME = "eleventy_static_blog"
HELD_OUT = True
SET = "unseen25"
FAMILY = "Eleventy (11ty) static blog of a fact-check collective: base.njk header/nav, article.post with post-metadata date/tags, header-anchor h2, markdown-it-footnote, links-nextprev, webmentions"
HOST = "https://eleventy-tahaqquq.example"
SITE = "مختبر تحقّق"
DESCRIPTION = "مختبر تحقّق: صحافة بيانات وتدقيق معلومات باللغة العربية من عمّان"
GENERATOR = "Eleventy v2.0.1"
SKIP = "انتقل إلى المحتوى الرئيسي"
NAV_TITLE = "القائمة الرئيسية"
NAV = (("/", "الرئيسية"), ("/fact-checks/", "تدقيق الادعاءات"), ("/data/", "قصص البيانات"),
       ("/methodology/", "المنهجية"), ("/archive/", "الأرشيف"), ("/about/", "عن المختبر"))
SECTIONS = {"تدقيق الادعاءات": "/fact-checks/", "قصص البيانات": "/data/"}
AMMAN = timedelta(hours=3)
BYLINE = {1: "إعداد: "}
VERDICT = {1: ("الحكومة ترفع سعر كيلو الخبز إلى دينار اعتبارا من الشهر المقبل", "مضلل")}
BOLD = {1: (2, "التقطت عام 2018 في مدينة إربد")}
LINK = {2: (1, "التقرير السنوي لوزارة المياه والري",
            "https://www.mwi.gov.jo.example/reports/annual-2023.pdf")}
HEADING = {3: 2}
# page -> {paragraph carrying the marker: the footnote's own paragraph (the writer's source
# note, printed in the footnotes section: text, as for jekyll_pages_blog)}
FOOTNOTES = {1: {1: 6, 4: 7}, 3: {5: 8}}
FOOTNOTES_TITLE = "الهوامش"
EMBED = {2: (2, "Rk7Qp", "نصيب الفرد من المياه المتجددة (متر مكعب سنويا)، 2010-2023")}
FIGURE = {1: ("xH3fK9aLq2", "واجهة مخبز في عمّان")}
UPDATED = {3: datetime(2025, 1, 29, 11, 5)}
PREV, NEXT = "← السابق", "التالي →"
ARCHIVE = "من الأرشيف"
WM_TITLE = "التفاعلات"
WM_NONE = "لا توجد تفاعلات مع هذه المادة بعد."
WM_FORM = "هل كتبت ردًا على هذه المادة في موقعك؟ أرسل رابطه:"
WM_SEND = "إرسال"
# page -> (likes, reposts, ((name, site, days after, text), ...))
MENTIONS = {
    1: (12, 5, (("سامر خليل", "samer.example", 0, "تدقيق سريع ومفيد، وصلتني الصورة نفسها على واتساب أمس."),
                ("لينا عبيدات", "lina-notes.example", 2,
                 "أضفت رابط هذا التدقيق إلى ملخصي الأسبوعي عن المعلومات المضللة."))),
    2: (0, 0, ()),
    3: (7, 2, (("مرصد سوق العمل", "labour-watch.example", 1,
                "نتفق مع الخلاصة، ونضيف أن المسح لا يشمل العاملين في القطاع غير المنظم."),)),
}
LICENCE = "المحتوى منشور برخصة المشاع الإبداعي نسب المصنف - الترخيص بالمثل 4.0"
BUILT = "بُني باستخدام " + GENERATOR
CONTACT = "للتواصل ولإرسال ادعاء للتدقيق: tips@eleventy-tahaqquq.example"
# @sindresorhus/transliterate's Arabic replacements (what Eleventy's `slugify` filter uses).
TRANSLIT = dict(zip("ءآأؤإئابةتثجحخدذرزسشصضطظعغـفقكلمنهوىي",
                    ("e", "a", "a", "w", "i", "y", "a", "b", "t", "t", "th", "j", "h", "kh",
                     "d", "dh", "r", "z", "s", "sh", "s", "d", "t", "z", "e", "gh", "_", "f",
                     "q", "k", "l", "m", "n", "h", "w", "a", "y"), strict=True))
CSS = """* { box-sizing: border-box; }
:root { --text-color: #1b1b1b; --text-color-link: #0b5e7a; --background-color: #fdfcf9; }
html { font-family: "IBM Plex Sans Arabic", system-ui, sans-serif; color: var(--text-color); }
body { max-width: 42em; margin: 0 auto; padding: 0 1rem; direction: rtl; }
.visually-hidden { clip: rect(0 0 0 0); height: 1px; overflow: hidden; position: absolute; width: 1px; }
header { display: flex; gap: 1em .5em; flex-wrap: wrap; align-items: center; padding: 1em; border-bottom: 1px solid #dddddd; }
.home-link { font-size: 1.25em; font-weight: 700; flex-grow: 1; }
.nav { display: flex; gap: .5em 1em; padding: 0; margin: 0; list-style: none; }
.nav-item a[href]:not(:hover) { text-decoration: none; }
.nav a[href][aria-current="page"] { text-decoration: underline; }
.post-metadata { display: inline-flex; flex-wrap: wrap; gap: .5em; list-style: none; padding: 0; margin: 0; }
.post-metadata time { margin-left: 1em; }
.header-anchor { text-decoration: none; font-style: normal; font-size: 1em; margin-right: .1em; }
a[href].header-anchor:not(:focus) { opacity: .3; }
.verdict { border-inline-start: 4px solid #c0392b; padding: .5em 1em; background: #fbeeee; }
.footnotes { font-size: .9em; }
.links-nextprev { display: flex; justify-content: space-between; gap: .5em 1em; list-style: none; padding: 1em 0; }
.webmention__author__photo { border-radius: 50%; width: 48px; height: 48px; }
"""


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) + AMMAN


def _readable(moment: datetime) -> str:
    """The site's readableDate: Luxon, zone Asia/Amman, locale ar-JO, "d LLLL yyyy"."""
    local = _local(moment) if moment.tzinfo else moment
    return indic(f"{local.day} {LEVANTINE[local.month - 1]} {local.year}")


def _iso(moment: datetime) -> str:
    """`page.date.toISOString()`."""
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def slugify(text: str) -> str:
    out = "".join(TRANSLIT.get(ch, ch) for ch in text.replace("'", "")).lower()
    return re.sub(r"[^a-z0-9_]+", "-", out).strip("-")


def _inline(article: Article, n: int, k: int, text: str, notes: list[str]) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINK and LINK[n][0] == k:
        words, href = e(LINK[n][1]), LINK[n][2]
        html = html.replace(words, f'<a href="{href}">{words}</a>', 1)
    if k in FOOTNOTES.get(n, {}):
        notes.append((article.lead, *article.paragraphs)[FOOTNOTES[n][k]])
        i = len(notes)
        html += f'<sup class="footnote-ref"><a href="#fn{i}" id="fnref{i}">[{i}]</a></sup>'
    return html


def _figure(article: Article, n: int) -> str:
    key, alt = FIGURE[n]
    sizes = "(min-width: 42em) 42em, 100vw"
    src = "/img/" + key
    return f"""<figure class="post-figure"><picture><source type="image/avif" srcset="{src}-600.avif 600w, {src}-1200.avif 1200w" sizes="{sizes}"><source type="image/webp" srcset="{src}-600.webp 600w, {src}-1200.webp 1200w" sizes="{sizes}"><img alt="{e(alt)}" loading="lazy" decoding="async" src="{src}-600.jpeg" width="1200" height="800" srcset="{src}-600.jpeg 600w, {src}-1200.jpeg 1200w" sizes="{sizes}"></picture><figcaption>{e(article.caption)}</figcaption></figure>
"""


def _embed(n: int) -> str:
    _after, chart, title = EMBED[n]
    return f"""<p><iframe title="{e(title)}" aria-label="رسم بياني خطي" id="datawrapper-chart-{chart}" src="https://datawrapper.dwcdn.net/{chart}/2/" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; border: none;" height="412" data-external="1"></iframe><script type="text/javascript">!function(){{"use strict";window.addEventListener("message",(function(a){{if(void 0!==a.data["datawrapper-height"]){{var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){{var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}}}}))}}();
</script></p>
"""


def _content(article: Article, n: int, page: Page) -> str:
    notes: list[str] = []
    parts = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if k in FOOTNOTES.get(n, {}).values():
            continue  # printed in the footnotes section below
        if HEADING.get(n) == k:
            slug = slugify(text)
            parts.append(f'<h2 id="{slug}" tabindex="-1">{e(text)} '
                         f'<a class="header-anchor" href="#{slug}">#</a></h2>\n')
        else:
            parts.append(f"<p>{_inline(article, n, k, text, notes)}</p>\n")
        if k == 0 and n in FIGURE:
            parts.append(_figure(article, n))
            page.add(article.caption)
        if n in EMBED and EMBED[n][0] == k:
            parts.append(_embed(n))
    if notes:
        page.add(FOOTNOTES_TITLE)
        items = "".join(f'<li id="fn{i}" class="footnote-item"><p>{e(note)} <a href="#fnref{i}" '
                        f'class="footnote-backref">↩︎</a></p>\n</li>\n'
                        for i, note in enumerate(notes, 1))
        parts.append(f'<hr class="footnotes-sep">\n<section class="footnotes">\n<h2 class="'
                     f'footnotes-title">{FOOTNOTES_TITLE}</h2>\n<ol class="footnotes-list">\n'
                     f"{items}</ol>\n</section>\n")
    return "".join(parts)


def _webmentions(article: Article, n: int, url: str, page: Page) -> str:
    likes, reposts, replies = MENTIONS[n]
    page.add(WM_TITLE, WM_FORM, WM_SEND)
    if not (likes or reposts or replies):
        page.add(WM_NONE)
        inner = f'\t\t\t<p class="webmentions__not-found">{WM_NONE}</p>\n'
    else:
        counts = (f"إعجابات: {indic(str(likes))}", f"إعادات نشر: {indic(str(reposts))}")
        page.add(*counts)
        items = []
        for k, (name, site, days, text) in enumerate(replies):
            when = _local(article.moment) + timedelta(days=days, hours=3 + 2 * k)
            shown = _readable(when)
            page.add(name, shown, text)
            wm_id = 1680000 + int(article.slug) * 7 + k
            items.append(f"""\t\t\t\t<li class="webmentions__item">
\t\t\t\t\t<article class="webmention h-cite" id="webmention-{wm_id}">
\t\t\t\t\t\t<div class="webmention__meta">
\t\t\t\t\t\t\t<a class="webmention__author p-author h-card u-url" href="https://{site}/notes/{wm_id}" target="_blank" rel="noopener noreferrer">
\t\t\t\t\t\t\t\t<img class="webmention__author__photo u-photo" src="https://webmention.io/avatar/{site}/{wm_id:x}.png" alt="{e(name)}" width="48" height="48" loading="lazy" decoding="async">
\t\t\t\t\t\t\t\t<strong class="p-name">{e(name)}</strong>
\t\t\t\t\t\t\t</a>
\t\t\t\t\t\t\t<time class="webmention__pubdate dt-published" datetime="{_iso(when.replace(tzinfo=UTC) - AMMAN)}">{shown}</time>
\t\t\t\t\t\t</div>
\t\t\t\t\t\t<div class="webmention__content p-content">{e(text)}</div>
\t\t\t\t\t</article>
\t\t\t\t</li>""")
        inner = (f'\t\t\t<p class="webmentions__counts"><span class="webmentions__likes">'
                 f'{counts[0]}</span> · <span class="webmentions__reposts">{counts[1]}</span></p>\n'
                 f'\t\t\t<ol class="webmentions__list">\n' + "\n".join(items) + "\n\t\t\t</ol>\n")
    endpoint = "https://webmention.io/eleventy-tahaqquq.example/webmention"
    return f"""\t\t<section class="webmentions" id="webmentions">
\t\t\t<h2>{WM_TITLE}</h2>
{inner}\t\t\t<form action="{endpoint}" method="post" class="webmention-form">
\t\t\t\t<label for="wm-source">{WM_FORM}</label>
\t\t\t\t<input type="url" name="source" id="wm-source" placeholder="https://" required>
\t\t\t\t<input type="hidden" name="target" value="{url}">
\t\t\t\t<button type="submit">{WM_SEND}</button>
\t\t\t</form>
\t\t</section>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    section_path = SECTIONS[article.section]
    url = f"{HOST}{section_path}{article.slug}/"
    path = url.removeprefix(HOST)
    shown = _readable(moment)
    local_day = f"{_local(moment):%Y-%m-%d}"
    page = Page(url=url, html="", shown_date=shown)
    page.add(SKIP, SITE, NAV_TITLE, *(label for _, label in NAV), article.section, shown,
             *article.tags)
    current = ' aria-current="page"'
    nav = "\n".join(f'\t\t\t\t\t<li class="nav-item"><a href="{href}"'
                    f'{current if href == section_path else ""}>{label}</a></li>'
                    for href, label in NAV)
    meta = [f'\t<li><time datetime="{local_day}">{shown}</time></li>']
    if n in BYLINE and article.author:
        byline = BYLINE[n] + article.author
        page.add(byline)
        meta.append(f'\t<li class="post-author">{BYLINE[n]}<a href="/team/'
                    f'{slugify(article.author)}/" rel="author">{e(article.author)}</a></li>')
    if n in UPDATED:
        updated = UPDATED[n]
        page.add(f"حُدّث في {_readable(updated)}")
        meta.append(f'\t<li class="post-updated">حُدّث في <time datetime="{updated:%Y-%m-%d}">'
                    f"{_readable(updated)}</time></li>")
    for k, tag in enumerate(article.tags):
        sep = ", " if k < len(article.tags) - 1 else ""
        meta.append(f'\t<li><a href="/tags/{slugify(tag)}/" class="post-tag">{e(tag)}</a>{sep}'
                    "</li>")
    verdict = ""
    if n in VERDICT:
        claim, rating = VERDICT[n]
        page.add(f"الادعاء: {claim}", f"الحكم: {rating}")
        verdict = (f'<aside class="verdict verdict--misleading">\n\t<p class="verdict__claim">'
                   f"<span>الادعاء:</span> {e(claim)}</p>\n\t<p class=\"verdict__rating\">"
                   f"<span>الحكم:</span> <strong>{rating}</strong></p>\n</aside>\n")
    content = _content(article, n, page)
    prev_title, next_title, older = article.related
    nextprev = [f'\t<li class="links-nextprev-prev">{PREV}<br> <a href="{section_path}'
                f'{int(article.slug) - 9}/">{e(prev_title)}</a></li>']
    page.add(PREV, prev_title)
    if n != 3:
        nextprev.append(f'\t<li class="links-nextprev-next">{NEXT}<br><a href="{section_path}'
                        f'{int(article.slug) + 4}/">{e(next_title)}</a></li>')
        page.add(NEXT, next_title)
    archive_items = [older] if n != 3 else [next_title, older]
    page.add(ARCHIVE, *archive_items)
    archive = "\n".join(f'\t\t\t\t<li><a href="/fact-checks/{int(article.slug) - 60 - 17 * k}/">'
                        f"{e(t)}</a></li>" for k, t in enumerate(archive_items))
    mentions = _webmentions(article, n, url, page)
    page.add(LICENCE, CONTACT, BUILT)
    plain = article.lead
    description = plain[:155].rsplit(" ", 1)[0] + "…"
    publisher = {"@type": "Organization", "name": SITE, "url": HOST + "/"}
    if n in VERDICT:
        ld = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url,
              "datePublished": local_day, "claimReviewed": VERDICT[n][0],
              "author": publisher,
              "reviewRating": {"@type": "Rating", "ratingValue": 2, "bestRating": 5,
                               "worstRating": 1, "alternateName": VERDICT[n][1]},
              "itemReviewed": {"@type": "Claim", "appearance": [
                  {"@type": "CreativeWork", "url": "https://www.facebook.example/posts/5518"}]}}
    else:
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": article.headline,
              "datePublished": _iso(moment), "inLanguage": "ar", "url": url,
              "keywords": list(article.tags), "author": publisher, "publisher": publisher}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=2).replace("<", "\\u003c")
    og_tags = "\n".join(f'\t\t<meta property="article:tag" content="{e(t)}">'
                        for t in article.tags)
    build = moment.astimezone(UTC) + timedelta(days=(2, 0, 3)[n - 1], minutes=47)
    bundle = ("5c1f0a2e", "9d3b7e41", "0a6c2f88")[n - 1]
    og_image = f"{HOST}/img/{FIGURE[n][0]}-1200.jpeg" if n in FIGURE else f"{HOST}/img/og-default.png"
    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>{e(article.headline)} | {SITE}</title>
		<meta name="description" content="{e(description)}">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="{SITE}">
		<link rel="alternate" href="/feed/feed.json" type="application/json" title="{SITE}">
		<meta name="generator" content="{GENERATOR}">
		<link rel="canonical" href="{url}">
		<link rel="webmention" href="https://webmention.io/eleventy-tahaqquq.example/webmention">
		<link rel="pingback" href="https://webmention.io/eleventy-tahaqquq.example/xmlrpc">
		<meta property="og:site_name" content="{SITE}">
		<meta property="og:locale" content="ar_JO">
		<meta property="og:type" content="article">
		<meta property="og:title" content="{e(article.headline)}">
		<meta property="og:description" content="{e(description)}">
		<meta property="og:url" content="{url}">
		<meta property="og:image" content="{og_image}">
		<meta property="article:published_time" content="{_iso(moment)}">
		<meta property="article:section" content="{article.section}">
{og_tags}
		<meta name="twitter:card" content="summary_large_image">
		<meta name="twitter:site" content="@tahaqquq_lab">
		<style>/* This is an arbitrary CSS string added to the bundle */</style>
		<style>{CSS}</style>
		<script type="application/ld+json">{ld_json}</script>
	</head>
	<body>
		<a href="#skip" class="visually-hidden">{SKIP}</a>

		<header>
			<a href="/" class="home-link">{SITE}</a>
			<nav>
				<h2 class="visually-hidden">{NAV_TITLE}</h2>
				<ul class="nav">
{nav}
				</ul>
			</nav>
		</header>

		<main id="skip">
			<article class="post">
<p class="post-kicker"><a href="{section_path}">{article.section}</a></p>
<h1>{e(article.headline)}</h1>

<ul class="post-metadata">
{chr(10).join(meta)}
</ul>
{verdict}
{content}
			</article>
<ul class="links-nextprev">
{chr(10).join(nextprev)}
</ul>
			<section class="archive-links">
				<h2>{ARCHIVE}</h2>
				<ul>
{archive}
				</ul>
			</section>
{mentions}
		</main>

		<footer>
			<p>{LICENCE}</p>
			<p>{CONTACT}</p>
			<p><em>بُني باستخدام <a href="https://www.11ty.dev/">{GENERATOR}</a></em></p>
		</footer>

		<!-- This page `{path}` was built on {build:%Y-%m-%dT%H:%M:%S}.{(n * 137) % 1000:03d}Z -->
		<script type="module" src="/bundle/{bundle}.js"></script>
	</body>
</html>
"""
    return page
