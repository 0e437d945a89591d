"""A Jordanian independent outlet built with Gatsby 5 over a headless CMS: the head has
Gatsby's generator meta, Emotion's `<style data-emotion="css ...">` rules, the Head API tags
(`data-gatsby-head`, og / article meta in UTC, JSON-LD NewsArticle with the UTC
`datePublished`), `as="script"` preloads and `as="fetch"` preloads of the page's
`page-data.json`, a static query and `app-data.json`; the body is
`<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">`
with hashed class names only (`css-1n3x9qd` ...): skip link, header (logo, menu, "ادعمنا",
search), then `<article>`: the section link, `h1`, a standfirst from the CMS excerpt field
(not text), the byline row (author link, `<time datetime="...Z">` in UTC with the Amman date
as text, "5 دقائق قراءة"), the hero `gatsby-image-wrapper`, and the rich text: paragraphs, a
`<blockquote>` holding a speaker's words (text: the paragraph before it introduces them), an
embedded asset as `<figure>` with `<figcaption>` caption and "تصوير: ..." credit (not text);
after it the share row, the author card, "مقالات ذات صلة" cards with their own dates, the
newsletter form and the footer; then `#gatsby-announcer` (empty as served; page 2 is the DOM as
a browser saved it after a client-side navigation: "Navigated to <h1>") and the
`window.pagePath` / `___webpackCompilationHash` / `___chunkMapping` scripts. Amman is +03:00:
page 1 was published at 00:40 local, so its UTC day is the day before."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "gatsby_outlet"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Jordanian independent outlet on Gatsby: Emotion css-* classes, UTC time/JSON-LD, blockquote in rich text, figure credit, page-data preloads"
HOST = "https://darb-media.example"
SITE = "درب"
TAGLINE = "صحافة مستقلة من عمّان"
SKIP = "تخطَّ إلى المحتوى"
MENU = ("سياسة", "اقتصاد", "عمل", "تعليم", "بيئة", "ثقافة", "تحقيقات", "بودكاست")
SUPPORT = "ادعمنا"
SEARCH = "بحث"
READ = ("5 دقائق قراءة", "6 دقائق قراءة", "4 دقائق قراءة")
DEK = {"jordan-valley-heat-workers": "ساعات العمل تبدأ في العتمة، وقانون العمل لا يصل إلى البيوت البلاستيكية إلا قليلا.",
       "parallel-program-fees": "زيادات جديدة تجعل مقعد الطب في الجامعات الرسمية أقرب إلى امتياز لمن يستطيع الدفع.",
       "downtown-amman-bookshops": "عشرون مكتبة صغيرة في وسط البلد تبحث عن قرائها على الرصيف وعلى الشاشات."}
PHOTOGRAPHER = ("تصوير: معاذ الشريدة", "تصوير: لين حداد", "تصوير: سارة القضاة")
BIO = {"هديل الزعبي": "صحفية تغطي قضايا العمل والعمال والهجرة في الأردن.",
       "يزن العمري": "صحفي يكتب عن التعليم والسياسات العامة.",
       "سارة القضاة": "صحفية ومصورة تهتم بالمدينة وذاكرتها الثقافية."}
AUTHOR_SLUG = {"هديل الزعبي": "hadeel-alzoubi", "يزن العمري": "yazan-alomari",
               "سارة القضاة": "sara-alqudah"}
SHARE = ("شارك المقال", "نسخ الرابط")
RELATED = "مقالات ذات صلة"
NEWSLETTER = ("نشرة درب الأسبوعية", "ملخص أسبوعي لأهم ما نشرناه، كل خميس في بريدك.",
              "البريد الإلكتروني", "اشترك")
FOOTER = ("عن درب", "فريق التحرير", "سياسة التحرير", "سياسة الخصوصية", "اتصل بنا",
          "© 2024 منصة درب. جميع الحقوق محفوظة.")
RELATED_DAYS = (2, 9, 16)
# The figure and the blockquote: after which paragraph the figure sits, which one is quoted.
FIGURE_AFTER = {"jordan-valley-heat-workers": 0, "parallel-program-fees": 1,
                "downtown-amman-bookshops": 0}
QUOTE = {"jordan-valley-heat-workers": 2, "parallel-program-fees": 2,
         "downtown-amman-bookshops": 2}
HASH = ("a1f3c5e7b9d2", "c4e6a8f0b2d1", "e7b9d1f3a5c8")

CSS = {
    "wrap": "css-1n3x9qd", "skip": "css-k008qs", "header": "css-1v7p9zr", "logo": "css-5ax1kt",
    "nav": "css-hc2e4l", "support": "css-12w9ge8", "main": "css-1kx2tlb", "article": "css-o0d7k3",
    "kicker": "css-1q8u5qw", "title": "css-x4q1mb", "dek": "css-1r0ejnb", "meta": "css-9t8p6y",
    "byline": "css-17gvbwe", "hero": "css-ky4ijx", "body": "css-1d3w5wq", "quote": "css-ln2h3b",
    "figure": "css-ub0y5v", "credit": "css-1ndz0ug", "share": "css-fk2q0a", "bio": "css-1hf0e4r",
    "related": "css-iyq3j5", "card": "css-m7cnbg", "form": "css-u0yb6c", "footer": "css-1awm0g3",
}


def _human(moment) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _zulu(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _image(src: str, alt: str, width: int, height: int) -> str:
    """gatsby-plugin-image's constrained wrapper as it comes out of SSR."""
    return (f'<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained">'
            f'<div style="max-width:{width}px;display:block"><img alt="" role="presentation" aria-hidden="true" src="data:image/svg+xml;charset=utf-8,%3Csvg%20height=\'{height}\'%20width=\'{width}\'%20xmlns=\'http://www.w3.org/2000/svg\'%20version=\'1.1\'%3E%3C/svg%3E" style="max-width:100%;display:block;position:static"/></div>'
            f'<div aria-hidden="true" data-placeholder-image="" style="opacity:1;transition:opacity 500ms linear;background-color:#c8b8a8;position:absolute;top:0;left:0;bottom:0;right:0"></div>'
            f'<picture><source type="image/webp" data-srcset="{src}?w={width // 2}&amp;fm=webp {width // 2}w,{src}?w={width}&amp;fm=webp {width}w" sizes="(min-width: {width}px) {width}px, 100vw"/>'
            f'<img data-gatsby-image-ssr="" data-main-image="" style="opacity:0" sizes="(min-width: {width}px) {width}px, 100vw" decoding="async" loading="lazy" data-src="{src}?w={width}" data-srcset="{src}?w={width // 2} {width // 2}w,{src}?w={width} {width}w" alt="{e(alt)}"/></picture>'
            f'<noscript><picture><img loading="lazy" decoding="async" src="{src}?w={width}" alt="{e(alt)}" width="{width}" height="{height}"/></picture></noscript></div>')


def _rich_text(article: Article, n: int) -> str:
    slug = article.slug
    out = [f"<p>{e(article.lead)}</p>"]
    figure = (f'<figure class="{CSS["figure"]}">'
              f'{_image(f"https://images.ctfassets.example/d4rb7x/{slug}-inline.jpg", article.caption, 960, 640)}'
              f'<figcaption>{e(article.caption)} <span class="{CSS["credit"]}">{PHOTOGRAPHER[n - 1]}</span></figcaption></figure>')
    for k, text in enumerate(article.paragraphs):
        if k == QUOTE[slug]:
            out.append(f'<blockquote class="{CSS["quote"]}"><p>{e(text)}</p></blockquote>')
        else:
            out.append(f"<p>{e(text)}</p>")
        if k == FIGURE_AFTER[slug]:
            out.append(figure)
    return "".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    slug = article.slug
    path = f"/articles/{slug}/"
    url = f"{HOST}{path}"
    shown = _human(moment)
    author = article.author or SITE
    author_url = f"{HOST}/authors/{AUTHOR_SLUG.get(author, 'darb')}/"
    related_days = [moment - timedelta(days=d) for d in RELATED_DAYS]
    related_dates = [_human(d) for d in related_days]
    announcer = f"Navigated to {article.headline}" if n == 2 else ""
    page = Page(url=url, html="", shown_date=shown)
    page.add(SKIP, SITE, *MENU, SUPPORT, SEARCH, article.section, DEK[slug], author, shown,
             READ[n - 1], article.caption, PHOTOGRAPHER[n - 1], *SHARE, BIO.get(author, ""),
             RELATED, *article.related, *related_dates, *NEWSLETTER[:2], NEWSLETTER[3],
             TAGLINE, *FOOTER, announcer)
    c = CSS
    menu = "".join(f'<li><a class="{c["nav"]}" href="/topics/{k}/">{m}</a></li>' for k, m in enumerate(MENU))
    cards = "".join(
        f'<li><a class="{c["card"]}" href="/articles/related-{n}-{k}/">'
        f'{_image(f"https://images.ctfassets.example/d4rb7x/rel-{n}{k}.jpg", "", 400, 266)}'
        f'<h3>{e(r)}</h3><time datetime="{_zulu(d)}">{related_dates[k]}</time></a></li>'
        for k, (r, d) in enumerate(zip(article.related, related_days, strict=True)))
    zulu = _zulu(moment)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "description": DEK[slug], "image": [f"https://images.ctfassets.example/d4rb7x/{slug}.jpg"],
          "datePublished": zulu, "dateModified": zulu, "inLanguage": "ar",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "author": [{"@type": "Person", "name": author, "url": author_url}],
          "publisher": {"@type": "Organization", "name": f"منصة {SITE}",
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/icons/icon-512x512.png"}}}
    comp = "component---src-templates-article-tsx"
    chunks = {"app": [f"/app-{HASH[n - 1][:8]}.js"], comp: [f"/{comp}-{HASH[n - 1][4:]}.js"]}
    chunk_mapping = json.dumps(json.dumps(chunks, separators=(",", ":")))
    static_query = ("63159454", "2744905544", "3159585216")
    preloads = "".join(f'<link as="fetch" rel="preload" href="/page-data/sq/d/{q}.json" crossorigin="anonymous"/>'
                       for q in static_query[: 2 + (n == 3)])
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.13.{3 + (n == 3)}"/><meta name="theme-color" content="#1f3a2e"/><style data-emotion="css-global 1x2f7tk">@font-face{{font-family:"IBM Plex Sans Arabic";font-display:swap;src:url(/static/ibm-plex-sans-arabic-400.woff2) format("woff2")}}html{{-webkit-text-size-adjust:100%}}body{{margin:0;font-family:"IBM Plex Sans Arabic",Tahoma,sans-serif;background:#fbf8f3;color:#1c1c1c}}</style><style data-emotion="css {' '.join(v[4:] for v in CSS.values())}">.{c["wrap"]}{{min-height:100vh;display:flex;flex-direction:column}}.{c["skip"]}{{position:absolute;right:-9999px}}.{c["skip"]}:focus{{right:1rem;top:1rem}}.{c["header"]}{{display:flex;align-items:center;justify-content:space-between;padding:1rem 2rem;border-bottom:1px solid #e5ddd2}}.{c["main"]}{{max-width:720px;margin:0 auto;padding:2rem 1rem}}.{c["title"]}{{font-size:2.4rem;line-height:1.3;margin:.5rem 0}}.{c["dek"]}{{font-size:1.25rem;color:#5b5247}}.{c["meta"]}{{display:flex;gap:.5rem;color:#6f665b;font-size:.9rem}}.{c["body"]} p{{font-size:1.15rem;line-height:1.9}}.{c["quote"]}{{border-right:4px solid #c0672d;margin:2rem 0;padding-right:1.25rem;font-size:1.3rem}}.{c["credit"]}{{color:#8a8176;font-size:.8rem}}.{c["card"]}{{display:block;text-decoration:none;color:inherit}}</style><link rel="sitemap" type="application/xml" href="/sitemap-index.xml"/><link rel="icon" href="/favicon-32x32.png?v=7e1c" type="image/png"/><link rel="manifest" href="/manifest.webmanifest" crossorigin="anonymous"/><link rel="preconnect" href="https://images.ctfassets.example"/><title data-gatsby-head="true">{e(article.headline)} | {SITE}</title><meta name="description" content="{e(DEK[slug])}" data-gatsby-head="true"/><link rel="canonical" href="{url}" data-gatsby-head="true"/><meta property="og:type" content="article" data-gatsby-head="true"/><meta property="og:title" content="{e(article.headline)}" data-gatsby-head="true"/><meta property="og:description" content="{e(DEK[slug])}" data-gatsby-head="true"/><meta property="og:image" content="https://images.ctfassets.example/d4rb7x/{slug}.jpg?w=1200" data-gatsby-head="true"/><meta property="article:published_time" content="{zulu}" data-gatsby-head="true"/><meta name="twitter:card" content="summary_large_image" data-gatsby-head="true"/><script type="application/ld+json" data-gatsby-head="true">{json.dumps(ld, ensure_ascii=False)}</script><link as="script" rel="preload" href="/webpack-runtime-{HASH[n - 1][2:10]}.js"/><link as="script" rel="preload" href="/framework-{HASH[(n) % 3][:10]}.js"/><link as="script" rel="preload" href="/app-{HASH[n - 1][:8]}.js"/><link as="script" rel="preload" href="/{comp}-{HASH[n - 1][4:]}.js"/><link as="fetch" rel="preload" href="/page-data{path}page-data.json" crossorigin="anonymous"/>{preloads}<link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="{c["wrap"]}"><a class="{c["skip"]}" href="#main">{SKIP}</a><header class="{c["header"]}"><a class="{c["logo"]}" href="/" aria-label="{SITE} - الصفحة الرئيسية"><svg viewBox="0 0 120 40" width="120" height="40" aria-hidden="true"><path d="M10 30 Q30 5 60 20 T110 10" stroke="#c0672d" fill="none" stroke-width="4"></path></svg><span>{SITE}</span></a><nav aria-label="القائمة الرئيسية"><ul>{menu}</ul></nav><a class="{c["support"]}" href="/support/">{SUPPORT}</a><button type="button" aria-label="{SEARCH}"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="10" cy="10" r="7" stroke="currentColor" fill="none"></circle></svg><span>{SEARCH}</span></button></header><main id="main" class="{c["main"]}"><article class="{c["article"]}"><header><a class="{c["kicker"]}" href="/topics/{e(article.section)}/">{e(article.section)}</a><h1 class="{c["title"]}">{e(article.headline)}</h1><p class="{c["dek"]}">{e(DEK[slug])}</p><div class="{c["meta"]}"><a class="{c["byline"]}" href="{author_url}">{e(author)}</a><span aria-hidden="true">·</span><time datetime="{zulu}">{shown}</time><span aria-hidden="true">·</span><span>{READ[n - 1]}</span></div></header><div class="{c["hero"]}">{_image(f"https://images.ctfassets.example/d4rb7x/{slug}.jpg", "", 1200, 675)}</div><div class="{c["body"]}">{_rich_text(article, n)}</div><footer><div class="{c["share"]}"><span>{SHARE[0]}</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" aria-label="فيسبوك" target="_blank" rel="noopener noreferrer"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4v2H7v4h3v8h4v-8h3l1-4h-4V8z"></path></svg></a><a href="https://x.com/intent/tweet?url={url}" aria-label="إكس" target="_blank" rel="noopener noreferrer"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M4 4l16 16M20 4L4 20"></path></svg></a><a href="https://wa.me/?text={url}" aria-label="واتساب" target="_blank" rel="noopener noreferrer"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><circle cx="12" cy="12" r="9"></circle></svg></a><button type="button">{SHARE[1]}</button></div><div class="{c["bio"]}"><a href="{author_url}">{e(author)}</a><p>{e(BIO.get(author, ""))}</p></div></footer></article><section class="{c["related"]}" aria-labelledby="related-heading"><h2 id="related-heading">{RELATED}</h2><ul>{cards}</ul></section><section class="{c["form"]}"><h2>{NEWSLETTER[0]}</h2><p>{NEWSLETTER[1]}</p><form method="post" action="https://darb-media.us21.list-manage.example/subscribe/post?u=9b2f&amp;id=41c7"><label for="newsletter-email" style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">{NEWSLETTER[2]}</label><input id="newsletter-email" type="email" name="EMAIL" placeholder="{NEWSLETTER[2]}" required=""/><button type="submit">{NEWSLETTER[3]}</button></form></section></main><footer class="{c["footer"]}"><p>{TAGLINE}</p><ul><li><a href="/about/">{FOOTER[0]}</a></li><li><a href="/team/">{FOOTER[1]}</a></li><li><a href="/editorial-policy/">{FOOTER[2]}</a></li><li><a href="/privacy/">{FOOTER[3]}</a></li><li><a href="/contact/">{FOOTER[4]}</a></li></ul><p>{FOOTER[5]}</p></footer></div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true">{e(announcer)}</div></div><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="{HASH[n - 1]}{HASH[(n + 1) % 3][:8]}";/*]]>*/</script><script id="gatsby-chunk-mapping">/*<![CDATA[*/window.___chunkMapping={chunk_mapping};/*]]>*/</script><script src="/webpack-runtime-{HASH[n - 1][2:10]}.js" async=""></script><script src="/framework-{HASH[(n) % 3][:10]}.js" async=""></script><script src="/app-{HASH[n - 1][:8]}.js" async=""></script></body></html>"""
    return page
