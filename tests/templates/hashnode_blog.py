"""An Arabic developers' team blog hosted on Hashnode on its own domain ("نشرة المطوّر
العربي"), post pages as Hashnode's Next.js blog renders them server-side (the same markup as
Hashnode's open "starter-kit" hashnode theme). The UI strings are Hashnode's own English ones,
only the posts are Arabic. The head: `<meta charSet="utf-8"/>`, `<title>` is the bare post
title, canonical, description (the post brief), og/`property="twitter:*"` meta, the Next.js
`_next/static` CSS and chunk scripts, the highlight.js Monokai `<style>` and a JSON-LD `Blog`
holding one `BlogPosting` with `datePublished` in UTC ("...Z"). The body: `<div id="__next">`
with `header.blog-header` (the back-to-home button, the publication logo link with its title,
search and "Sign up"), then `main.blog-post-detail-card` > `article`: the cover image on pages
1 and 3 (next/legacy image span wrappers), `h1[data-query="post-title"]`, on page 3 a subtitle
`h2`, the author row (avatar, name linking to hashnode.com/@user) and `a.tooltip-handle` with
the date "Apr 16, 2024" (dayjs "MMM D, YYYY" run on the server, so the UTC day; the full UTC
time only sits in `data-title`) and "2 min read". The prose is `div#post-content-wrapper.prose`
inside `#post-content-parent`: plain `<p>`s; page 1 bolds a phrase, links one inline, turns one
paragraph into `<h2 id="heading-...">` and embeds an `image--center` picture followed by an
italic caption paragraph written by the author; page 3 has a Hashnode `embed-wrapper` card
(the YouTube URL as link text). After it the floating bar (aria-label buttons), the "Subscribe
to our newsletter" standout, the tag pills, the "Written by" author card, the comments block
("Comments (2)", "Discuss on Hashnode", names, dates, "3 likes") on pages 1 and 3, "More
articles" cards (author, title, brief; two on page 2) and `footer.blog-footer-area` (©year
title, Privacy policy, Terms, "Publish with Hashnode", "Powered by Hashnode - Home for tech
writers and readers"). Then `script#__NEXT_DATA__` with the publication and the post (its HTML
content, `publishedAt` in UTC). Page 2's post went out at 01:50 in Amman, 22:50 UTC: the page
prints the UTC day (Nov 30), which is the truth's day. All of that but the prose is chrome."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, timedelta

from .base import Article, Page, e

NAME = "hashnode_blog"
HELD_OUT = True
SET = "unseen24"
FAMILY = "Hashnode blog (Next.js SSR, __NEXT_DATA__): prose wrapper, UTC dayjs date, newsletter standout, tags, Written by, comments, More articles"
HOST = "https://hashnode-dev-ar.example"
PUB = "نشرة المطوّر العربي"
PUB_ID = "65a1f0c2b7d94e0012ab34cd"
CDN = "https://cdn.hashnode.com/res/hashnode/image/upload"
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
BUILD = "Hk3uQ9wZp2LmV7xN0aRt"
AUTHORS = {
    "عمر الشريف": ("omarsharif", "v1699871234567/5f2c9a1e-omar.jpeg",
                   "مهندس برمجيات في القاهرة، أكتب عن الويب والمصادر المفتوحة ومجتمعات المطورين."),
    "ليلى حداد": ("laylahaddad", "v1701234567890/8b7d3c2a-layla.png",
                  "مطورة تطبيقات ومنظمة فعاليات تقنية في عمّان، مهتمة بالذكاء الاصطناعي."),
}
SLUGS = {1: "vue-docs-arabic-translation-complete", 2: "amman-ai-hackathon-water-leak-app",
         3: "tunisia-open-source-hospital-booking-platform"}
COVERS = {1: "v1713260112345/0a9e77c4-vue-ar.png", 3: "v1739022981234/c3f1d2b8-mawidi.jpeg"}
SUBTITLE = {3: "قصة مشروع بدأ تطوعيا خلال الجائحة وتحول إلى خدمة عامة"}
# page -> (paragraph index, phrase) wrapped in <strong> / a link; the paragraph turned to <h2>
BOLD = {1: (1, "أكثر من 240 صفحة")}
LINK = {1: (3, "بمستودع صغير على GitHub", "https://github.com/vuejs-translations/docs-ar")}
HEADING = {1: 2}
IMAGE_AFTER = {1: 4}
EMBED = {3: (1, "https://www.youtube.com/watch?v=Xq7LmB2vR4k")}
BRIEFS = (
    "إذا كنت تخاف من أول طلب دمج، فهذه خطوات بسيطة جربتها بنفسي قبل أن أرسل مساهمتي الأولى…",
    "الاتجاه من اليمين إلى اليسار ليس مجرد خاصية dir في الوسم، بل قرارات تصميم كثيرة…",
    "جمعت لكم الأدوات التي استخدمناها لمراجعة آلاف السطور المترجمة دون أن نختلف على كل كلمة…",
)
COMMENTS = {
    1: (("Hamza Idrissi", "hamzaidrissi", 26, 3,
         "عمل رائع، شاركت بترجمة صفحتين في البداية ولم أتوقع أن يكتمل المشروع بهذه السرعة."),
        ("Nour El-Din", "nourdev", 51, 1,
         "هل هناك خطة مشابهة لتوثيق Nuxt؟ أتمنى ذلك.")),
    3: (("Sami Ben Amor", "samibenamor", 40, 4,
         "استخدمت المنصة لحجز موعد لوالدتي الشهر الماضي، التجربة كانت سلسة جدا."),),
}
FOOTER_YEAR = 2025
CHROME = ("Sign up", "Subscribe to our newsletter", "Subscribe", "Written by", "More articles",
          "Privacy policy", "Terms", "Publish with Hashnode",
          "Powered by Hashnode - Home for tech writers and readers")
NEWSLETTER = (f"Read articles from {PUB} directly inside your inbox. Subscribe to the newsletter, "
              "and don't miss out.")


def _day(moment) -> str:
    utc = moment.astimezone(UTC)
    return f"{MON[utc.month - 1]} {utc.day}, {utc.year}"


def _iso(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000 + 214:03d}Z"


def _avatar(author: str, size: str, cls: str) -> str:
    user, pic, _ = AUTHORS[author]
    return (f'<div class="{cls}"><a href="https://hashnode.com/@{user}" class="relative block '
            f'h-full w-full"><img alt="{e(author)}&#x27;s photo" src="{CDN}/{pic}?w={size}&amp;'
            f'h={size}&amp;fit=crop&amp;crop=faces&amp;auto=compress,format&amp;format=webp" '
            'decoding="async" data-nimg="intrinsic" class="relative z-20 block w-full '
            'rounded-full"/></a></div>')


def _cover(path: str, alt: str) -> str:
    return ('<div class="relative"><span style="box-sizing:border-box;display:block;overflow:hidden;'
            'width:initial;height:initial;background:none;opacity:1;border:0;margin:0;padding:0;'
            'position:relative"><span style="box-sizing:border-box;display:block;width:initial;'
            'height:initial;background:none;opacity:1;border:0;margin:0;padding:0;'
            f'padding-top:52.5%"></span><img alt="{e(alt)}" src="{CDN}/{path}?w=1600&amp;h=840&amp;'
            'fit=crop&amp;crop=entropy&amp;auto=compress,format&amp;format=webp" decoding="async" '
            'data-nimg="responsive" class="mb-0 block w-full" style="position:absolute;top:0;left:0;'
            'bottom:0;right:0;box-sizing:border-box;padding:0;border:none;margin:auto;display:block;'
            'width:0;height:0;min-width:100%;max-width:100%;min-height:100%;max-height:100%"/>'
            '</span></div>')


def _content(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINK and LINK[n][0] == k:
            words = e(LINK[n][1])
            html = html.replace(words, f'<a target="_blank" href="{LINK[n][2]}">{words}</a>', 1)
        if HEADING.get(n) == k:
            anchor = "heading-" + re.sub(r"[^\w]+", "-", text).strip("-")
            out.append(f'<h2 id="{anchor}">{html}</h2>')
        else:
            out.append(f"<p>{html}</p>")
        if IMAGE_AFTER.get(n) == k:
            out.append(f'<p><img src="{CDN}/v1713259876543/7e21b0aa-quickstart-ar.png?auto=compress,'
                       f'format&amp;format=webp" alt="quickstart-ar.png" class="image--center mx-auto" '
                       f'/></p>\n<p><em>{e(article.caption)}</em></p>')
        if n in EMBED and EMBED[n][0] == k:
            url = EMBED[n][1]
            out.append('<div class="embed-wrapper"><div class="embed-loading"><div class="loadingRow">'
                       '</div><div class="loadingRow"></div></div><a class="embed-card" '
                       f'href="{url}">{url}</a></div>')
    return "\n".join(out)


def _comments(n: int, moment, page: Page, post_id: str) -> str:
    if n not in COMMENTS:
        return ""
    url = f"https://hashnode.com/discussions/post/{post_id}"
    items = []
    for name, user, hours, likes, text in COMMENTS[n]:
        when = moment.astimezone(UTC) + timedelta(hours=hours)
        day = _day(when)
        like = (f'<a href="{url}" target="_blank" rel="noopener noreferrer">{likes} likes</a>'
                if likes > 1 else "")
        page.add(name, day, text, f"{likes} likes" if likes > 1 else "")
        items.append(f"""<div class="border-b-1/2 bg-white px-4 py-4 dark:border-slate-700 dark:bg-slate-900 md:flex-nowrap"><div class="flex flex-col"><div class="flex justify-between text-slate-900 dark:text-slate-50"><div class="flex min-w-0 items-center"><div class="h-8 w-8 shrink-0 rounded-full bg-slate-100 dark:bg-slate-700"><img alt="{e(name)}" src="{CDN}/v1690000000000/{user}.png?w=160&amp;h=160&amp;fit=crop&amp;crop=faces" class="rounded-full"/></div><div class="ml-2 min-w-0"><div class="flex flex-row flex-wrap"><p class="flex items-center truncate"><a class="truncate" href="https://hashnode.com/@{user}"><span title="{e(name)}" class="truncate text-sm font-semibold text-slate-800 dark:text-slate-100 mr-2">{e(name)}</span></a></p></div><p class="text-sm text-slate-500 dark:text-slate-400"><span title="{day} {when:%H:%M}" aria-label="Response added at">{day}</span></p></div></div></div></div><div class="prose mt-3 mb-4 break-words leading-snug text-slate-800 dark:text-slate-100 dark:prose-dark"><p>{e(text)}</p></div><div class="flex flex-row gap-5 font-medium text-slate-600 dark:text-neutral-400">{like}</div></div>""")
    count = f"Comments ({len(COMMENTS[n])})"
    page.add(count, "Discuss on Hashnode")
    return (f'<div class="mx-auto flex w-full max-w-screen-md flex-col gap-5"><h3 class="text-xl '
            f'font-bold tracking-tight text-slate-900 dark:text-neutral-100">Comments (<!-- -->'
            f'{len(COMMENTS[n])}<!-- -->)</h3><a href="{url}" target="_blank" rel="noopener '
            'noreferrer" class="flex flex-row items-center justify-center gap-2 rounded-full '
            'border px-4 py-2 font-medium"><span>Discuss on Hashnode</span></a><div class="flex '
            'flex-col gap-5 rounded-lg p-5 dark:border-neutral-800 dark:bg-neutral-900">'
            + "".join(items) + "</div></div>")


def _more(article: Article, n: int, page: Page) -> str:
    cards = []
    count = 2 if n == 2 else 3
    span = ("col-span-full md:col-span-3 lg:col-span-2 xl:col-span-3")
    for k, title in enumerate(article.related[:count]):
        author = "ليلى حداد" if (n + k) % 2 else "عمر الشريف"
        user = AUTHORS[author][0]
        brief = BRIEFS[(n + k) % len(BRIEFS)]
        path = f"/more-{n}-{k + 1}-{user}"
        page.add(author, title, brief)
        cards.append(f"""<div class="mb-5 px-2 dark:border-slate-800 lg:mb-0 {span}"><div class="blog-similar-article-wrapper h-full rounded-lg border p-4 dark:border-slate-800"><div class="blog-similar-author-wrapper mb-3 flex flex-row items-center"><div class="flex flex-row items-center">{_avatar(author, "100", "mr-2 h-6 w-6 overflow-hidden rounded-full")}<a href="https://hashnode.com/@{user}" class="blog-similar-author-name font-bold text-black dark:text-white">{e(author)}</a></div></div><div class="blog-post-details break-words"><h1 class="mb-2 font-heading text-2xl font-bold leading-tight tracking-tight text-slate-900 dark:text-white"><a href="{path}">{e(title)}</a></h1><p class="text-base md:text-lg text-slate-700 dark:text-slate-400"><a href="{path}">{e(brief)}</a></p></div></div></div>""")
    return ('<div class="blog-more-articles mt-10 mb-20"><h3 class="blog-more-articles-title mb-5 '
            'text-center font-semibold uppercase tracking-wider text-slate-500 dark:text-slate-400">'
            'More articles</h3><div class="blog-more-articles-wrapper container mx-auto grid '
            'grid-flow-row grid-cols-6 px-4 xl:grid-cols-9 xl:gap-6 2xl:px-0">'
            + "".join(cards) + "</div></div>")


def _next_data(article: Article, n: int, url: str, content: str, read: int, post_id: str) -> str:
    user = AUTHORS[article.author][0]
    post = {
        "id": post_id, "slug": SLUGS[n], "title": article.headline,
        "subtitle": SUBTITLE.get(n), "brief": article.lead[:150] + "…", "url": url,
        "publishedAt": _iso(article.moment), "updatedAt": None, "readTimeInMinutes": read,
        "author": {"name": article.author, "username": user,
                   "profilePicture": f"{CDN}/{AUTHORS[article.author][1]}"},
        "coverImage": {"url": f"{CDN}/{COVERS[n]}", "isPortrait": False} if n in COVERS else None,
        "tags": [{"name": t, "slug": re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")}
                 for t in article.tags],
        "content": {"html": content},
        "comments": {"totalDocuments": len(COMMENTS.get(n, ()))},
        "preferences": {"stickCoverToBottom": False}, "series": None,
        "features": {"tableOfContents": {"isEnabled": False, "items": []}},
    }
    publication = {"id": PUB_ID, "title": PUB, "url": HOST, "isTeam": True,
                   "features": {"newsletter": {"isEnabled": True},
                                "readTime": {"isEnabled": True}},
                   "preferences": {"disableFooterBranding": False, "darkMode": {"logo": None}}}
    data = {"props": {"pageProps": {"publication": publication, "post": post, "page": None,
                                    "isUserThemeDark": False}, "__N_SSG": True},
            "page": "/[slug]", "query": {"slug": SLUGS[n]}, "buildId": BUILD, "isFallback": False,
            "gsp": True, "scriptLoader": []}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/{SLUGS[n]}"
    day = _day(moment)
    page = Page(url=url, html="", shown_date=day)
    author = article.author or "عمر الشريف"
    user, _, bio = AUTHORS[author]
    post_id = f"{moment:%y%m}{article.slug}c0de{n:04d}"[:24]
    words = len(article.body.split())
    read = max(1, math.ceil(words / 200))
    content = _content(article, n)
    page.add(PUB, *CHROME, NEWSLETTER, author, day, f"{read} min read", *article.tags, bio,
             f"©{FOOTER_YEAR} {PUB}")
    if n in IMAGE_AFTER:
        page.add(article.caption)
    if n in EMBED:
        page.add(EMBED[n][1])
    if n in SUBTITLE:
        page.add(SUBTITLE[n])
    brief = article.lead[:150] + "…"
    image = f"{CDN}/{COVERS[n]}" if n in COVERS else f"{HOST}/api/og/post?og=e30"
    ld = {"@context": "https://schema.org/", "@type": "Blog", "@id": HOST,
          "mainEntityOfPage": HOST, "name": PUB, "description": "مقالات وأخبار مجتمع المطورين العرب",
          "publisher": {"@type": "Organization", "@id": HOST, "name": PUB,
                        "image": {"@type": "ImageObject", "url": f"{CDN}/v1700000000000/logo.png"}},
          "blogPost": [{"@type": "BlogPosting", "@id": url, "mainEntityOfPage": url,
                        "headline": article.headline, "name": article.headline,
                        "description": brief, "datePublished": _iso(moment),
                        "author": {"@type": "Person", "@id": f"https://hashnode.com/@{user}",
                                   "name": author, "url": f"https://hashnode.com/@{user}"},
                        "image": {"@type": "ImageObject", "url": image}, "url": url,
                        "keywords": list(article.tags)}]}
    ld_json = json.dumps(ld, ensure_ascii=False)
    cover = _cover(COVERS[n], article.headline) if n in COVERS else ""
    title_cls = "mb-5" if n in SUBTITLE else "mb-8 md:mb-14"
    subtitle = (f'<div class="mb-8 px-4 text-center font-heading md:mb-14 md:px-5 lg:px-8 xl:px-20">'
                f'<h2 class="text-2xl leading-snug text-slate-700 dark:text-slate-400 md:text-3xl '
                f'xl:text-3xl">{e(SUBTITLE[n])}</h2></div>') if n in SUBTITLE else ""
    tags = "".join(
        '<a class="mb-2 mr-3 rounded-lg border bg-slate-100 px-2 py-1 text-base font-medium '
        'text-slate-700 hover:bg-slate-200 dark:border-slate-800 dark:bg-slate-800 '
        'dark:text-slate-100 dark:hover:bg-slate-700" href="/tag/'
        f'{re.sub(r"[^a-z0-9]+", "-", t.lower()).strip("-")}?source=tags_bottom_blogs">'
        f"<span>{e(t)}</span></a>" for t in article.tags)
    chunk = ("a1b2c3d4e5f60718", "a1b2c3d4e5f60718", "9f8e7d6c5b4a3921")[n - 1]
    page.html = f"""<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{e(article.headline)}</title><link rel="canonical" href="{url}"/><meta name="description" content="{e(brief)}"/><meta property="og:site_name" content="{PUB}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:title" content="{e(article.headline)}"/><meta property="og:description" content="{e(brief)}"/><meta property="twitter:card" content="summary_large_image"/><meta property="twitter:title" content="{e(article.headline)}"/><meta property="twitter:description" content="{e(brief)}"/><meta property="og:image" content="{image}"/><meta property="twitter:image" content="{image}"/><link rel="alternate" type="application/rss+xml" title="{PUB}" href="{HOST}/rss.xml"/><link rel="icon" type="image/png" href="{CDN}/v1700000000000/favicon.png"/><script type="application/ld+json">{ld_json}</script><style>.hljs{{display:block;overflow-x:auto;padding:.5em;background:#23241f}}.hljs,.hljs-subst,.hljs-tag{{color:#f8f8f2}}.hljs-comment,.hljs-deletion,.hljs-meta{{color:#75715e}}</style><link rel="preload" href="/_next/static/css/{chunk}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{chunk}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-ecc4130bc7a58a64.js" defer=""></script><script src="/_next/static/chunks/main-3d2a6c1f0e9b8a77.js" defer=""></script><script src="/_next/static/chunks/pages/_app-{chunk}.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bslug%5D-4c8e2f1a9b0d7e63.js" defer=""></script><script src="/_next/static/{BUILD}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><header class="blog-header z-50 w-full border-b relative transform-none md:sticky md:top-0 md:left-0 md:backdrop-blur-lg border-black/10 bg-white bg-opacity-70 dark:border-white/10 dark:bg-slate-900 dark:bg-opacity-70"><div class="container mx-auto px-2 md:px-4 md:py-1 2xl:px-10"><div class="relative z-40 flex flex-row items-center justify-between pb-2 pt-8 md:py-4"><div class="mb-2 flex flex-row items-center md:mb-0 dark:text-white"><a aria-label="Back to blog home" class="blog-back-to-home-button flex flex-row items-center justify-center rounded-full p-2 mr-2 p-3" href="/"><svg class="h-4 w-4 fill-current pr-1" viewBox="0 0 320 512"><path d="M34.52 239.03L228.87 44.69c9.37-9.37 24.57-9.37 33.94 0l22.67 22.67c9.36 9.36 9.37 24.52.04 33.9L131.49 256l154.02 154.75c9.34 9.38 9.32 24.54-.04 33.9l-22.67 22.67c-9.37 9.37-24.57 9.37-33.94 0L34.52 272.97c-9.37-9.37-9.37-24.57 0-33.94z"></path></svg></a><div class="mr-2"><button type="button" aria-label="Open blog navigation" class="flex flex-row items-center justify-center rounded-full p-2 md:hidden"><svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24"><path d="M3 12h18M3 6h18M3 18h18"></path></svg></button></div><div class="hidden md:block"><h2 class="blog-title text-lg font-semibold md:text-xl"><a href="/" aria-label="{PUB} home page" class="flex flex-row items-center">{PUB}</a></h2></div></div><div class="flex flex-row items-center dark:text-white"><button type="button" aria-label="Open blog search" class="flex flex-row items-center justify-center rounded-full p-2"><svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7"></circle></svg></button><a href="#" class="rounded-full bg-blue-600 px-4 py-2 font-medium text-white">Sign up</a></div></div></div></header><main class="blog-post-detail-card pb-24"><article><div class="blog-article-page container relative mx-auto grid grid-cols-8"><div class="col-span-full lg:col-span-6 lg:col-start-2">{cover}<div class="mt-6 break-words px-4 text-center font-heading text-3xl font-extrabold text-slate-900 dark:text-white md:mt-10 md:px-5 md:text-4xl lg:px-8 xl:px-20 xl:text-5xl {title_cls}"><h1 class="leading-snug" data-query="post-title">{e(article.headline)}</h1></div>{subtitle}<div class="relative z-20 mb-8 flex flex-row flex-wrap items-center justify-center px-4 md:-mt-7 md:mb-14 md:text-lg last:md:mb-10"><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start">{_avatar(author, "200", "mr-2 h-10 w-10 overflow-hidden rounded-full bg-slate-200 dark:bg-white/20 md:mr-3 md:h-12 md:w-12")}<a href="https://hashnode.com/@{user}" class="font-medium text-slate-900 dark:text-white"><span>{e(author)}</span></a></div><div class="mb-5 flex w-full flex-row items-center justify-center md:mb-0 md:w-auto md:justify-start"><span class="mx-3 hidden font-bold text-slate-500 md:block">·</span><a href="/" class="tooltip-handle text-slate-700 dark:text-slate-400" data-title="{day} {moment.astimezone(UTC):%H:%M}"><span>{day}</span></a><span class="mx-3 block font-bold text-slate-500">·</span><p class="flex flex-row items-center text-slate-700 dark:text-slate-400"><svg class="mr-2 h-5 w-5 fill-current opacity-75" viewBox="0 0 576 512"><path d="M540.9 56.77c-45.95-16.66-90.23-24.09-129.1-24.75z"></path></svg><span>{read}<!-- --> min read</span></p></div></div></div></div><div class="blog-content-wrapper article-main-wrapper container relative z-30 mx-auto grid grid-flow-row grid-cols-8 xl:gap-6 2xl:grid-cols-10"><section class="blog-content-main z-20 col-span-8 mb-10 px-4 md:z-10 lg:col-span-6 lg:col-start-2 lg:px-0 xl:col-span-6 xl:col-start-2 2xl:col-span-6 2xl:col-start-3"><div class="relative"><div id="post-content-parent" class="relative mb-10 pb-14"><div id="post-content-wrapper" class="prose prose-lg mx-auto mb-10 min-h-30 break-words dark:prose-dark xl:prose-xl">{content}</div><div class="post-floating-bar fixed left-0 right-0 z-50 flex h-12 w-full flex-wrap justify-center 2xl:h-14 animation active"><div class="mx-auto flex h-12 max-w-[380px] flex-wrap items-center justify-around rounded-full border-1/2 border-slate-200 bg-white px-5 py-1 text-sm text-slate-800 shadow-lg dark:border-slate-500 dark:bg-slate-700 dark:text-slate-50 2xl:h-14"><button type="button" aria-label="Like this article" class="flex flex-row items-center rounded-full p-2"><svg class="h-5 w-5 stroke-current" viewBox="0 0 24 24"><path d="M12 21l-1.5-1.3C5.4 15 2 12 2 8.5 2 5.4 4.4 3 7.5 3c1.7 0 3.4.8 4.5 2.1C13.1 3.8 14.8 3 16.5 3 19.6 3 22 5.4 22 8.5c0 3.5-3.4 6.5-8.5 11.2z"></path></svg></button><div data-orientation="vertical" aria-orientation="vertical" role="separator" class="my-auto w-px bg-slate-200 dark:bg-slate-700 mx-2 h-5"></div><button class="flex flex-row items-center rounded-full p-2" type="button" aria-label="Open comments"><svg class="h-5 w-5 stroke-current" viewBox="0 0 18 18"><path d="M6.5 10.6667H9.83333M6.5 7.75H12.3333"></path></svg></button><div data-orientation="vertical" aria-orientation="vertical" role="separator" class="my-auto w-px bg-slate-200 dark:bg-slate-700 mx-2 h-5"></div><button type="button" aria-haspopup="menu" aria-expanded="false" data-state="closed" aria-label="Share this article" class="cursor-pointer rounded-full p-2"><svg viewBox="0 0 18 18" class="h-5 w-5 stroke-current"><path d="M6.25 7.91667L11.75 5.08333"></path></svg></button></div></div></div><div class="my-10 mt-20 flex w-full flex-col items-center pb-10 md:px-5"><h3 class="mb-5 text-center font-heading text-2xl font-bold text-slate-900 dark:text-slate-50 md:text-3xl">Subscribe to <!-- -->our<!-- --> newsletter</h3><p class="mb-5 text-center text-lg text-slate-700 dark:text-slate-300 md:w-2/3 md:text-xl">Read articles from <strong>{PUB}</strong> directly inside your inbox. Subscribe to the newsletter, and don&#x27;t miss out.</p><div class="flex flex-row overflow-hidden rounded-lg border border-slate-800 dark:border-slate-200 md:w-2/3"><input type="email" placeholder="Enter your email address" class="w-full bg-transparent p-3 text-black outline-none dark:text-white md:p-5 md:text-lg"/><button type="button" class="shrink-0 rounded-none bg-slate-800 px-3 font-bold uppercase tracking-wide text-white hover:bg-slate-700 dark:bg-slate-200 dark:text-black dark:hover:bg-slate-300 md:px-5">Subscribe</button></div></div><div class="mb-5 flex w-full flex-row flex-wrap justify-center md:mb-0">{tags}</div><div class="mb-5 mt-10 flex flex-col gap-16"><div class="flex-1 px-2"><div class="flex flex-col flex-wrap items-start md:flex-nowrap"><h3 class="mb-4 w-full border-b-1-1/2 pb-2 text-base font-[&#x27;Outfit&#x27;] font-medium tracking-wider text-slate-500 dark:border-slate-800 dark:text-slate-400">Written by</h3><div class="flex w-full flex-col gap-12"><div class="flex flex-row md:flex-nowrap">{_avatar(author, "256", "mr-4 h-10 w-10 shrink-0 overflow-hidden rounded-full md:h-14 md:w-14")}<div class="flex flex-1 flex-col"><h1 class="font-semibold text-slate-900 dark:text-white"><a href="https://hashnode.com/@{user}" class="text-slate-900 dark:text-white">{e(author)}</a></h1><div class="prose dark:prose-dark"><p>{e(bio)}</p></div></div></div></div></div></div></div>{_comments(n, moment, page, post_id)}</div></section></div>{_more(article, n, page)}</article></main><footer class="blog-footer-area -mt-px border-t bg-slate-100 px-5 py-10 text-center text-slate-800 dark:border-slate-800 dark:bg-black dark:text-slate-500 md:px-10 md:py-12 lg:py-20"><div class="blog-footer-credits flex flex-col items-center justify-center"><div class="mb-12 flex flex-col flex-wrap items-center"><p class="mb-2 text-slate-600 dark:text-slate-300">©<!-- -->{FOOTER_YEAR}<!-- --> <!-- -->{PUB}</p><div class="flex flex-row items-center text-slate-600 dark:text-slate-300"><a href="https://hashnode.com/privacy?source=blog-footer" class="mx-2 underline">Privacy policy</a><span class="font-extrabold text-black opacity-20 dark:text-white">·</span><a class="mx-2 underline" href="https://hashnode.com/terms?source=blog-footer">Terms</a></div></div><div class="flex flex-col items-center"><a aria-label="Publish with Hashnode" class="mb-4 flex flex-row items-center rounded-lg border border-slate-300 bg-white p-3 font-heading font-bold tracking-wide text-slate-600" href="https://hashnode.com/onboard?unlock-blog=true&amp;source=blog-footer"><span class="mr-2 block text-blue-600"><svg class="h-6 w-6 fill-current" viewBox="0 0 200 200"><path d="M13.742 66.824c-18.323 18.323-18.323 48.029 0 66.352l53.082 53.082c18.323 18.323 48.029 18.323 66.352 0l53.082-53.082c18.323-18.323 18.323-48.03 0-66.352l-53.082-53.082c-18.323-18.323-48.029-18.323-66.352 0L13.742 66.824z"></path></svg></span><span>Publish with Hashnode</span></a><p class="text-sm text-slate-600 dark:text-slate-300">Powered by<!-- --> <a aria-label="Hashnode" href="https://hashnode.com?source=blog-footer" class="underline">Hashnode</a> <!-- -->- Home for tech writers and readers</p></div></div></footer></div><script id="__NEXT_DATA__" type="application/json">{_next_data(article, n, url, content, read, post_id)}</script></body></html>"""
    return page
