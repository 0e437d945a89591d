"""A Lebanese online outlet ("مرفأ", "أخبار لبنان كما هي") built on Remix / React Router 7
with Tailwind, as its Node server streams the server-rendered React markup: one long line, no
indentation, React's `<!-- -->` text separators, `charSet`/`dateTime` attribute spellings.
Pages 1 and 2 (2025) come from the React Router 7 build (React 19): the head opens with
`<meta charSet>`, the viewport and the hoisted `<link rel="modulepreload">`s of the entry and
route chunks, then the route `meta()` output (`<title>` "headline | مرفأ", description,
canonical, og/twitter, `article:published_time` in UTC with "Z" and a NewsArticle
`script:ld+json`), the font and `/assets/root-*.css` stylesheets; internal `<Link>`s carry
`data-discover="true"`; the body ends with the ScrollRestoration script,
`window.__reactRouterContext = {...}` plus its ReadableStream bootstrap, the module script
(`;\nimport * as route0 ...` with lazy route discovery), the turbo-stream
`streamController.enqueue("[...]")` chunk whose loader data holds the whole article (root:
menu and most-read; `routes/article`: title, kicker, UTC `publishedAt`, author, image, body
blocks as HTML, tags, related) and the Suspense-streamed `close()` (`<!--$?--><template
id="B:0">`, `<div hidden id="S:0">`, `$RC`). Page 3 (2024) predates the migration: Remix v2
(React 18) prints the modulepreloads at the end of the body, `window.__remixContext =
{"url":...,"state":{"loaderData":...}}` in plain JSON and `window.__remixRouteModules`, and
no `data-discover`; its time reads "20 أيلول 2024، 17:15" where RR7 pages read
"الخميس 12 حزيران 2025 - 09:40" (Levantine months, Beirut local time, +03:00 summer,
+02:00 winter). Every page: skip link, sticky header (logo, tagline, section nav, search and
"اشترك"), breadcrumb, kicker, h1, meta row (byline only on page 1 "بقلم ريما حدّاد"; page 2
prints "المصدر: الوكالة الوطنية للإعلام"; page 3 nothing), `<time dateTime="...Z">`, reading
time, share bar with sr-only labels, then `div.prose` body blocks, tags, related cards with
dates, and the aside with "الأكثر قراءة" (Arabic-Indic ranks ٠١...) and the newsletter box,
then the footer. Page 1: hero figure with caption and photo credit, an "آخر تحديث" line, an
inline link, an h2 subheading and an "اقرأ أيضاً" card between paragraphs; page 2: posted at
00:35 Beirut winter time, so every machine date (JSON-LD, og, loader data) is the UTC day
before; page 3: hero image without caption, bold words and a YouTube embed with its own
caption between paragraphs. All of that but the story paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LEVANTINE, Article, Page, e, rotate, weekday

NAME = "remix_outlet"
HELD_OUT = True
SET = "unseen24"
FAMILY = "Remix / React Router 7 SSR outlet (Lebanon): Tailwind markup, modulepreloads, __reactRouterContext turbo-stream or __remixContext loader data holding the article, related, most-read, newsletter"
HOST = "https://remix-outlet-lb.example"
SITE = "مرفأ"
TAGLINE = "أخبار لبنان كما هي"
SKIP = "انتقل إلى المحتوى"
NAV = (("/", "الرئيسية"), ("/lebanon", "لبنان"), ("/politics", "سياسة"), ("/economy", "اقتصاد"),
       ("/society", "مجتمع"), ("/culture", "ثقافة"), ("/sports", "رياضة"), ("/opinion", "رأي"),
       ("/video", "فيديو"))
SLUGS = {label: path for path, label in NAV}
KICKER = {1: "خاص مرفأ", 2: "طقس", 3: "مبادرات"}
AUTHOR_SLUG = "rima-haddad"
SOURCE = "المصدر: الوكالة الوطنية للإعلام"
CREDIT = "تصوير: جو عيد / مرفأ"
UPDATED = timedelta(hours=1, minutes=25)
SHARE = ("واتساب", "فيسبوك", "إكس", "تلغرام")
COPY = "نسخ الرابط"
READ_ALSO = "اقرأ أيضاً"
EMBED_CAPTION = "شاهد: جولة مصوّرة بين أكشاك السوق"
MOST_READ = (
    "كهرباء لبنان ترفع ساعات التغذية في بيروت الإدارية",
    "الجامعة اللبنانية تحدد موعد امتحانات الدورة الثانية",
    "زحمة خانقة على أوتوستراد جونيه بعد انقلاب شاحنة",
    "ارتفاع سعر صفيحة البنزين 8 آلاف ليرة",
    "بلدية جبيل تمنع السيارات في السوق القديم أيام الآحاد",
    "وزارة الصحة تطلق حملة تلقيح مجانية في المدارس",
    "موسم الزيتون في الكورة: إنتاج أقل وأسعار أعلى",
    "مطار بيروت يسجل أعلى حركة ركاب منذ خمس سنوات",
)
NEWSLETTER = ("نشرة مرفأ الصباحية", "أهم أخبار لبنان في بريدك كل صباح عند السابعة.", "اشترك",
              "يمكنك إلغاء الاشتراك في أي وقت.")
FOOTER_COLS = (("عن مرفأ", (("/about", "من نحن"), ("/team", "فريق العمل"),
                            ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"))),
               ("قانوني", (("/privacy", "سياسة الخصوصية"), ("/terms", "شروط الاستخدام"))))
ABOUT = "منصة إخبارية لبنانية مستقلة تأسست عام 2019، مقرها بيروت."
RELATED_HEAD = "مقالات ذات صلة"
MOST_HEAD = "الأكثر قراءة"
TAGS_HEAD = "الوسوم"
SHARE_HEAD = "شارك المقال"
ASSETS = {  # page -> (entry.client, root js, route js, manifest, chunk, css)
    1: ("entry.client-BqJ3xT0d", "root-D8kLw2Qa", "article-CzV9pN1e", "manifest-4f1c9a2e",
        "chunk-HQ7ZJ3RB-Cx2lP0sA", "root-B1yQe8Zr"),
    2: ("entry.client-BqJ3xT0d", "root-D8kLw2Qa", "article-CzV9pN1e", "manifest-9b03d7c1",
        "chunk-HQ7ZJ3RB-Cx2lP0sA", "root-B1yQe8Zr"),
    3: ("entry.client-Dm4fR7uT", "root-C0aW2nHx", "_section._id-BkT5sE9q", "manifest-2e7a61bd",
        "components-Q3nV8yLc", "root-DwK1f6Ps"),
}
ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="{cls}" aria-hidden="true"><path d="{d}"></path></svg>'
SCROLL = '(function restoreScroll(storageKey, restoreKey) {\n    let positions = JSON.parse(sessionStorage.getItem(storageKey) || "{}");\n    let storedY = positions[restoreKey || window.history.state.key];\n    if (typeof storedY === "number") {\n      window.scrollTo(0, storedY);\n    }\n  })'
RC = '$RC=function(b,c,e){c=document.getElementById(c);c.parentNode.removeChild(c);var a=document.getElementById(b);if(a){b=a.previousSibling;if(e)b.data="$!",a.setAttribute("data-dgst",e);else{e=b.parentNode;a=b.nextSibling;var f=0;do{if(a&&8===a.nodeType){var d=a.data;if("/$"===d)if(0===f)break;else f--;else"$"!==d&&"$?"!==d&&"$!"!==d||f++}d=a.nextSibling;e.removeChild(a);a=d}while(a);for(;c.firstChild;)e.insertBefore(c.firstChild,a);b.data="$"}b._reactRetry&&b._reactRetry()}};$RC("B:0","S:0")'


def _shown(moment, n: int) -> str:
    """RR7 pages: "الخميس 12 حزيران 2025 - 09:40"; the Remix v2 page: "20 أيلول 2024، 17:15"."""
    day = f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"
    if n == 3:
        return f"{day}، {moment:%H:%M}"
    return f"{weekday(moment)} {day} - {moment:%H:%M}"


def _day(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _z(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _js(value) -> str:
    """JSON as React Router / Remix put it in a script: HTML-significant characters escaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _turbo(value) -> str:
    """turbo-stream v2 flattening (what RR7 single fetch streams): a flat array, objects as
    {"_<key index>": <value index>}, strings deduplicated, null as -5."""
    out: list[str] = []
    seen: dict[str, int] = {}

    def flat(v) -> int:
        if v is None:
            return -5
        if isinstance(v, str) and v in seen:
            return seen[v]
        index = len(out)
        out.append("")
        if isinstance(v, str):
            seen[v] = index
            out[index] = json.dumps(v, ensure_ascii=False)
        elif isinstance(v, bool | int | float):
            out[index] = json.dumps(v)
        elif isinstance(v, list):
            out[index] = "[" + ",".join(str(flat(x)) for x in v) + "]"
        else:
            out[index] = "{" + ",".join(f'"_{flat(k)}":{flat(x)}' for k, x in v.items()) + "}"
        return index

    flat(value)
    return "[" + ",".join(out) + "]\n"


def _link(href: str, text: str, cls: str, rr7: bool) -> str:
    discover = ' data-discover="true"' if rr7 else ""
    return f'<a class="{cls}" href="{href}"{discover}>{text}</a>'


def _blocks(article: Article, n: int, rr7: bool) -> list[dict]:
    """The body as the CMS API hands it to the loader: typed blocks with HTML."""
    blocks = [{"type": "paragraph", "html": e(article.lead)}]
    for k, text in enumerate(article.paragraphs, 1):
        html = e(text)
        if n == 1 and len(text.split()) <= 6:
            blocks.append({"type": "heading", "level": 2, "text": text})
            continue
        if n == 1 and k == 2:
            words = "مؤتمر صحافي"
            html = html.replace(words, f'<a href="{HOST}/economy/148102">{words}</a>', 1)
        if n == 3 and k == 1:
            words = "نحو أربعين كشكا"
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        blocks.append({"type": "paragraph", "html": html})
        if n == 1 and k == 2:
            blocks.append({"type": "readAlso", "id": 147960, "title": article.related[1],
                           "href": f"/economy/{147960}"})
        if n == 3 and k == 2:
            blocks.append({"type": "embed", "provider": "youtube", "id": "pQ7cW2rZ9sA",
                           "caption": EMBED_CAPTION})
    return blocks


def _body(blocks: list[dict], rr7: bool) -> str:
    parts = []
    for b in blocks:
        if b["type"] == "paragraph":
            parts.append(f'<p>{b["html"]}</p>')
        elif b["type"] == "heading":
            parts.append(f'<h2 id="section-1">{e(b["text"])}</h2>')
        elif b["type"] == "readAlso":
            link = _link(b["href"], e(b["title"]), "font-bold text-neutral-900 no-underline " "hover:text-sky-700", rr7)
            parts.append(f'<aside class="not-prose my-8 border-s-4 border-sky-700 bg-sky-50 px-5 ' f'py-4"><span class="mb-1 block text-xs font-bold text-sky-800">' f'{READ_ALSO}</span>{link}</aside>')
        else:
            parts.append(f'<figure class="not-prose my-8"><div class="relative aspect-video ' f'overflow-hidden rounded-lg bg-neutral-100"><iframe class="absolute ' f'inset-0 h-full w-full" src="https://www.youtube-nocookie.com/embed/' f'{b["id"]}" title="YouTube video player" loading="lazy" allow="accelerometer;'
                         f' autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture"' f' allowfullscreen=""></iframe></div><figcaption class="mt-2 text-sm ' f'text-neutral-500">{e(b["caption"])}</figcaption></figure>')
    return "".join(parts)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    rr7 = n != 3
    sec = SLUGS[article.section]
    url = f"{HOST}{sec}/{article.slug}"
    shown = _shown(moment, n)
    page = Page(url=url, html="", shown_date=shown)
    entry, root_js, route_js, manifest, chunk, css = ASSETS[n]
    image = f"https://cdn.remix-outlet-lb.example/images/{moment:%Y/%m}/{article.slug}-hero.webp"
    has_image = n in (1, 3)
    blocks = _blocks(article, n, rr7)
    words = len(article.body.split())
    minutes = -(-words // 200)
    others = [(t, int(article.slug) - 311 * (k + 1), moment - timedelta(days=2 + 3 * k))
              for k, t in enumerate(article.related)]
    most = rotate(MOST_READ, 3 * n, 5)

    # ------------------------------------------------------------ chrome lines
    body = " ".join(article.body.split())
    page.add(SKIP, *([SITE] if SITE not in body else []), TAGLINE, *(label for _, label in NAV), "اشترك", article.section,
             KICKER[n], shown, f"{minutes} د قراءة", SHARE_HEAD, *SHARE, COPY)
    if n == 1:
        page.add(f"بقلم {article.author}", article.author,
                 f"آخر تحديث: {_shown(moment + UPDATED, n)}", article.caption, CREDIT, READ_ALSO,
                 article.related[1])
    if n == 2:
        page.add(SOURCE)
    if n == 3:
        page.add(EMBED_CAPTION)
    page.add(TAGS_HEAD, *(t for t in article.tags if t not in body), RELATED_HEAD)
    for title, _, when in others:
        page.add(title, _day(when))
    page.add(MOST_HEAD, *(f"{k:02d}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
                          for k in range(1, 6)), *most, *NEWSLETTER, ABOUT)
    for head, links in FOOTER_COLS:
        page.add(head, *(label for _, label in links))
    page.add("تابعونا", f"© {moment.year} {SITE}. جميع الحقوق محفوظة.")

    # ------------------------------------------------------------ loader data
    author = ({"name": article.author, "slug": AUTHOR_SLUG} if n == 1 else None)
    loader_article = {
        "id": int(article.slug), "title": article.headline, "kicker": KICKER[n],
        "section": {"name": article.section, "slug": sec.strip("/")},
        "publishedAt": _z(moment),
        "updatedAt": _z(moment + UPDATED) if n == 1 else _z(moment),
        "author": author, "source": "الوكالة الوطنية للإعلام" if n == 2 else None,
        "image": ({"url": image, "width": 1600, "height": 900, "alt": article.headline,
                   "caption": article.caption if n == 1 else None,
                   "credit": CREDIT if n == 1 else None} if has_image else None),
        "blocks": blocks, "readingMinutes": minutes,
        "tags": [{"name": t, "slug": f"tag-{k}"} for k, t in enumerate(article.tags, 1)],
    }
    related = [{"id": rid, "title": t, "href": f"{sec}/{rid}", "publishedAt": _z(w)}
               for t, rid, w in others]
    root = {"nav": [{"label": lab, "href": h} for h, lab in NAV],
            "mostRead": [{"title": t, "href": f"/lebanon/{140000 + 17 * k}"}
                         for k, t in enumerate(most)], "year": moment.year}
    if rr7:
        handoff = {"basename": "/", "future": {"unstable_middleware": False,
                                               "unstable_optimizeDeps": False,
                                               "unstable_splitRouteModules": False,
                                               "unstable_subResourceIntegrity": False,
                                               "unstable_viteEnvironmentApi": False},
                   "ssr": True, "isSpaMode": False,
                   "routeDiscovery": {"mode": "lazy", "manifestPath": "/__manifest"}}
        state = {"loaderData": {"root": root, "routes/article": {"article": loader_article,
                                                                 "related": related}},
                 "actionData": None, "errors": None}
        scripts = (
            f"<script>window.__reactRouterContext = {_js(handoff)};window.__reactRouterContext." "stream = new ReadableStream({start(controller){window.__reactRouterContext." "streamController = controller;}}).pipeThrough(new TextEncoderStream());</script>" f'<script type="module" async="">;\nimport * as route0 from "/assets/{root_js}.js";\n'
            f'import * as route1 from "/assets/{route_js}.js";\n  window.__reactRouterRouteModules' ' = {"root":route0,"routes/article":route1};\n\nimport("/assets/' f'{entry}.js");</script><script>window.__reactRouterContext.streamController.enqueue(' f"{_js(_turbo(state))});</script><!--$?--><template id=\"B:0\"></template><!--/$-->"
            '<div hidden id="S:0"><script>window.__reactRouterContext.streamController.close();' f"</script></div><script>{RC}</script>")
        preloads = ""
        head_preloads = "".join(f'<link rel="modulepreload" href="/assets/{a}.js"/>'
                                for a in (entry, chunk, root_js, route_js))
        scroll_key = "react-router-scroll-positions"
    else:
        handoff = {"url": f"{sec}/{article.slug}",
                   "state": {"loaderData": {"root": root, "routes/$section.$id": {
                       "article": loader_article, "related": related}},
                       "actionData": None, "errors": None},
                   "future": {"v3_fetcherPersist": True, "v3_relativeSplatPath": True,
                              "v3_throwAbortReason": True, "v3_lazyRouteDiscovery": False,
                              "v3_singleFetch": False, "unstable_optimizeDeps": False},
                   "isSpaMode": False}
        scripts = (
            f"<script>window.__remixContext = {_js(handoff)};</script>" f'<script type="module" async="">import "/assets/{manifest}.js";\nimport * as route0 ' f'from "/assets/{root_js}.js";\nimport * as route1 from "/assets/{route_js}.js";\n' 'window.__remixRouteModules = {"root":route0,"routes/$section.$id":route1};\n\n'
            f'import("/assets/{entry}.js");</script>')
        preloads = "".join(f'<link rel="modulepreload" href="/assets/{a}.js"/>'
                           for a in (manifest, entry, chunk, root_js, route_js))
        head_preloads = ""
        scroll_key = "positions"

    # ------------------------------------------------------------ head
    plain = " ".join([article.lead, *article.paragraphs])
    desc = plain[:155].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "description": desc, "datePublished": _z(moment),
          "dateModified": loader_article["updatedAt"],
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "author": ({"@type": "Person", "name": article.author,
                      "url": f"{HOST}/author/{AUTHOR_SLUG}"} if n == 1
                     else {"@type": "Organization", "name": SITE}),
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/logo-512.png"}},
          "articleSection": article.section, "keywords": ", ".join(article.tags),
          "inLanguage": "ar-LB"}
    if has_image:
        ld["image"] = [image]
    og_image = image if has_image else f"{HOST}/og-default.png"
    title = f"{e(article.headline)} | {SITE}"
    head = (
        f'<meta charSet="utf-8"/><meta name="viewport" content="width=device-width, ' f'initial-scale=1"/>{head_preloads}<title>{title}</title>' f'<meta name="description" content="{e(desc)}"/><link rel="canonical" href="{url}"/>' f'<meta property="og:type" content="article"/><meta property="og:site_name" '
        f'content="{SITE}"/><meta property="og:locale" content="ar_LB"/><meta property="og:title"' f' content="{e(article.headline)}"/><meta property="og:description" content="{e(desc)}"/>' f'<meta property="og:url" content="{url}"/><meta property="og:image" content="{og_image}"/>'
        f'<meta property="article:published_time" content="{_z(moment)}"/>' f'<meta property="article:section" content="{article.section}"/>'
        + "".join(f'<meta property="article:tag" content="{e(t)}"/>' for t in article.tags)
        + f'<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" ' f'content="@marfa_lb"/><meta name="twitter:title" content="{e(article.headline)}"/>' f'<meta name="twitter:image" content="{og_image}"/>' f'<script type="application/ld+json">{_js(ld)}</script>'
        '<link rel="preconnect" href="https://fonts.googleapis.com"/><link rel="preconnect" ' 'href="https://fonts.gstatic.com" crossorigin="anonymous"/><link rel="stylesheet" ' 'href="https://fonts.googleapis.com/css2?family=IBM+Plex+Sans+Arabic:wght@400;500;700'
        f'&amp;display=swap"/><link rel="stylesheet" href="/assets/{css}.css"/>' f'<link rel="icon" href="/favicon.ico"/>')

    # ------------------------------------------------------------ body
    nav_cls = "transition-colors hover:text-sky-700"
    nav = "".join(f"<li>{_link(h, lab, nav_cls, rr7)}</li>" for h, lab in NAV)
    header = (
        f'<a href="#main" class="sr-only focus:not-sr-only focus:absolute focus:start-4 ' f'focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">{SKIP}</a>' '<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/95 backdrop-blur">'
        '<div class="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">' '<button type="button" class="p-2 lg:hidden" aria-label="القائمة" aria-expanded="false">'
        + ICON.format(cls="h-6 w-6", d="M4 6h16M4 12h16M4 18h16") + "</button>"
        + _link("/", f'<span class="text-3xl font-black tracking-tight text-sky-800">{SITE}</span>' f'<span class="hidden text-sm text-neutral-500 md:inline">{TAGLINE}</span>',
                "flex items-baseline gap-2", rr7)
        + f'<nav aria-label="الأقسام" class="hidden lg:block"><ul class="flex gap-6 text-[15px] ' f'font-semibold text-neutral-800">{nav}</ul></nav><div class="flex items-center gap-3">' '<button type="button" class="p-2" aria-label="بحث">'
        + ICON.format(cls="h-5 w-5", d="m21 21-4.3-4.3M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14z")
        + "</button>" + _link("/newsletter", "اشترك", "rounded-full bg-sky-700 px-4 py-1.5 " "text-sm font-bold text-white hover:bg-sky-800", rr7)
        + "</div></div></header>")
    crumbs = (f'<nav aria-label="مسار التنقل" class="mb-4 text-sm text-neutral-500"><ol class="' f'flex items-center gap-1.5"><li>{_link("/", "الرئيسية", "hover:text-sky-700", rr7)}' "</li><li>" + ICON.format(cls="h-3.5 w-3.5 rotate-180", d="m9 18 6-6-6-6")
              + f'</li><li>{_link(sec, article.section, "font-semibold text-sky-800", rr7)}</li>' "</ol></nav>")
    meta_row = []
    if n == 1:
        meta_row.append(
            f'<div class="flex items-center gap-2"><img src="https://cdn.remix-outlet-lb.example/' f'authors/{AUTHOR_SLUG}.webp" alt="" class="h-8 w-8 rounded-full object-cover" ' f'width="32" height="32"/><span>بقلم<!-- --> '
            + _link(f"/author/{AUTHOR_SLUG}", e(article.author), "font-bold text-neutral-900 " "hover:text-sky-700", rr7) + "</span></div>")
    if n == 2:
        meta_row.append(f'<span class="font-semibold">{SOURCE}</span>')
    meta_row.append(f'<time dateTime="{_z(moment)}">{shown}</time>')
    if n == 1:
        meta_row.append(f'<span class="text-neutral-400">آخر تحديث: <!-- -->' f"{_shown(moment + UPDATED, n)}</span>")
    meta_row.append(f"<span>{minutes}<!-- --> د قراءة</span>")
    enc = url.replace(":", "%3A").replace("/", "%2F")
    share_links = "".join(
        f'<a href="{href}{enc}" target="_blank" rel="noopener noreferrer" class="flex h-9 w-9 ' f'items-center justify-center rounded-full border border-neutral-300 text-neutral-600 ' f'hover:border-sky-700 hover:text-sky-700"><span class="sr-only">{label}</span>'
        + ICON.format(cls="h-4 w-4", d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z") + "</a>"
        for label, href in zip(SHARE, ("https://wa.me/?text=", "https://www.facebook.com/sharer/" "sharer.php?u=", "https://x.com/intent/post?url=",
                                       "https://t.me/share/url?url="), strict=True))
    share = (f'<div class="my-6 flex items-center gap-2"><span class="me-2 text-sm font-bold">' f'{SHARE_HEAD}</span>{share_links}<button type="button" class="flex h-9 w-9 ' f'items-center justify-center rounded-full border border-neutral-300"><span ' f'class="sr-only">{COPY}</span>'
             + ICON.format(cls="h-4 w-4", d="M8 8h12v12H8zM4 16V4h12") + "</button></div>")
    figure = ""
    if has_image:
        cap = ""
        if n == 1:
            cap = (f'<figcaption class="mt-2 text-sm leading-relaxed text-neutral-500">' f'{e(article.caption)}<!-- --> <span class="text-neutral-400">{CREDIT}</span>' "</figcaption>")
        figure = (f'<figure class="-mx-4 mb-8 md:mx-0"><img src="{image}" alt="' f'{e(article.headline)}" width="1600" height="900" class="aspect-video w-full ' f'object-cover md:rounded-lg" fetchpriority="high"/>{cap}</figure>')
    tag_links = "".join(f"<li>{_link(f'/tag/tag-{k}', e(t), 'rounded-full bg-neutral-100 px-3 py-1 text-sm hover:bg-sky-50', rr7)}</li>"
                        for k, t in enumerate(article.tags, 1))
    cards = "".join(
        f'<li class="group"><img src="https://cdn.remix-outlet-lb.example/images/thumbs/{rid}.webp"' f' alt="" class="mb-3 aspect-[3/2] w-full rounded object-cover" loading="lazy"/>'
        + _link(f"{sec}/{rid}", e(t), "block font-bold leading-snug group-hover:text-sky-700",
                rr7)
        + f'<time class="mt-1 block text-xs text-neutral-500" dateTime="{_z(w)}">{_day(w)}</time>' "</li>" for t, rid, w in others)
    ranks = "".join(
        f'<li class="flex gap-3 border-b border-neutral-100 py-3 last:border-0"><span class="text-2xl ' f'font-black text-sky-700/40">{f"{k:02d}".translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))}' f'</span>{_link(f"/lebanon/{140000 + 17 * (k - 1)}", e(t), "font-semibold leading-snug hover:text-sky-700", rr7)}</li>'
        for k, t in enumerate(most, 1))
    letter = (f'<section class="rounded-xl bg-sky-800 p-6 text-white"><h2 class="text-xl ' f'font-bold">{NEWSLETTER[0]}</h2><p class="mt-2 text-sm text-sky-100">{NEWSLETTER[1]}' f'</p><form method="post" action="/newsletter" class="mt-4 flex gap-2"><input ' f'type="email" name="email" required="" placeholder="بريدك الإلكتروني" class="w-full '
              f'rounded-md border-0 px-3 py-2 text-neutral-900"/><button type="submit" class="' f'rounded-md bg-white px-4 py-2 font-bold text-sky-800">{NEWSLETTER[2]}</button>' f'</form><p class="mt-2 text-xs text-sky-200">{NEWSLETTER[3]}</p></section>')
    main = (
        '<main id="main" class="mx-auto max-w-7xl px-4 py-8"><div class="grid gap-10 ' f'lg:grid-cols-12"><article class="lg:col-span-8">{crumbs}<header class="mb-2">' f'<span class="mb-3 inline-block rounded bg-sky-50 px-2 py-0.5 text-sm font-bold ' f'text-sky-800">{KICKER[n]}</span><h1 class="text-3xl font-extrabold leading-snug '
        f'md:text-[2.6rem] md:leading-tight">{e(article.headline)}</h1><div class="mt-5 flex ' f'flex-wrap items-center gap-x-4 gap-y-2 border-y border-neutral-200 py-3 text-sm ' f'text-neutral-600">{"".join(meta_row)}</div></header>{share}{figure}' f'<div class="prose prose-lg prose-neutral max-w-none prose-a:text-sky-700 '
        f'prose-headings:font-bold prose-p:leading-loose">{_body(blocks, rr7)}</div>' f'<div class="mt-10 flex flex-wrap items-center gap-2"><span class="text-sm font-bold">' f'{TAGS_HEAD}</span><ul class="flex flex-wrap gap-2">{tag_links}</ul></div>' f'<section class="mt-12 border-t border-neutral-200 pt-8"><h2 class="mb-6 text-2xl '
        f'font-bold">{RELATED_HEAD}</h2><ul class="grid gap-6 sm:grid-cols-3">{cards}</ul>' f'</section></article><aside class="space-y-10 lg:col-span-4"><section><h2 class="mb-2 ' f'border-b-2 border-sky-700 pb-2 text-lg font-bold">{MOST_HEAD}</h2><ol>{ranks}</ol>'
        f"</section>{letter}</aside></div></main>")
    cols = "".join(
        f'<div><h3 class="mb-3 font-bold text-white">{head}</h3><ul class="space-y-2">'
        + "".join(f"<li>{_link(h, lab, 'hover:text-white', rr7)}</li>" for h, lab in links)
        + "</ul></div>" for head, links in FOOTER_COLS)
    social = "".join(f'<a href="https://{d}/marfa_lb" target="_blank" rel="noopener noreferrer">' f'<span class="sr-only">{lab}</span>'
                     + ICON.format(cls="h-5 w-5", d="M12 2a10 10 0 1 0 0 20") + "</a>"
                     for lab, d in zip(SHARE, ("wa.me", "facebook.com", "x.com", "t.me"),
                                       strict=True))
    footer = (
        '<footer class="mt-16 bg-neutral-900 text-neutral-400"><div class="mx-auto grid ' 'max-w-7xl gap-10 px-4 py-12 md:grid-cols-4"><div class="md:col-span-2">'
        + _link("/", SITE, "text-3xl font-black text-white", rr7)
        + f'<p class="mt-3 max-w-sm text-sm leading-relaxed">{ABOUT}</p></div>{cols}</div>' '<div class="border-t border-neutral-800"><div class="mx-auto flex max-w-7xl items-center ' 'justify-between px-4 py-5 text-sm"><p>© <!-- -->' f'{moment.year}<!-- --> {SITE}. جميع الحقوق محفوظة.</p><div class="flex items-center '
        f'gap-4"><span>تابعونا</span>{social}</div></div></div></footer>')
    page.html = (
        f'<!DOCTYPE html><html lang="ar" dir="rtl" class="scroll-smooth"><head>{head}</head>' '<body class="min-h-screen bg-white font-sans text-neutral-900 antialiased">' f"{header}{main}{footer}" f'<script>{SCROLL}("{scroll_key}", null)</script>{preloads}{scripts}</body></html>')
    return page
