"""A Moroccan independent digital outlet ("مستقل", investigations, cities, environment and the cost of living) built as
a static Astro v4 site whose content comes from Sanity, as the build serves it: one-line minified HTML with Astro's
single spaces between tags. The head: `<meta name="generator" content="Astro v4.16.18">`, the canonical (directory
URLs with a trailing slash), `<title>` "headline | مستقل", description cut from the story's first block with "…",
og/twitter meta (`og:locale` ar_MA, `article:published_time` in UTC from `toISOString()`, "...T07:00:00.000Z"), the
sitemap and RSS links, a compact NewsArticle JSON-LD (UTC dates; a Person on page 1, the Organization on pages 2-3),
the view-transitions metas, a goatcounter snippet with an inline `astro:page-load` listener, then the build's
`/_astro/_slug_.<hash>.css`, a small inlined `<style>` of `[data-astro-cid-...]` rules and
`/_astro/hoisted.<hash>.js`. Every element of an .astro component carries its bare `data-astro-cid-xxxxxxxx`
attribute (header, breadcrumbs, byline, prose wrapper, tags, author card, related cards, footer); the h1 has
`data-astro-transition-scope`. Three Preact islands are `<astro-island uid prefix component-url component-export
renderer-url props ssr client opts await-children>` with Astro's serialized props (`{"title":[0,"..."]}`), their SSR
HTML and `<!--astro:end-->`: the share bar (client "visible", above the prose), the "الأكثر قراءة" widget (client
"visible", its titles also in its props) and the newsletter form (client "idle"), each preceded by the inline
directive script the first time the directive is used, the first also by the astro-island definition. The body is
Portable Text rendered inside `<div class="prose">`: bare `<p>`s with `<strong>`/`<a>` marks, `<h2>` blocks, a
Sanity image block `<figure class="pt-image"><img src="https://cdn.sanity.io/..."><figcaption>caption <span
class="credit">تصوير: ...</span>` (page 1), a Datawrapper embed block with its figcaption (page 3) and an inline
"اقرأ أيضاً" card (`aside.read-also`, pages 1 and 3). The visible date is the build's own format in
Africa/Casablanca with Moroccan month names ("12 ماي 2024", "3 يوليوز 2024", "12 مارس 2025"), in `<time
datetime="...Z">`: page 2's story went up at 00:30 local (+01:00), so its datetime, meta and JSON-LD say 2 July
23:30 UTC while the page shows 3 July; page 3 is from Ramadan 2025, when Morocco is on +00:00, and also shows "آخر
تحديث: ...". Page 1 has the byline "بقلم ..." and an author card with the writer's bio; pages 2-3 credit "إعداد:
هيئة التحرير" with the editorial card. Then the tags ("#tag" links), a reader-support box, the "مقالات ذات صلة"
cards (section kicker, title, date) and the footer (about line, link lists, CC licence line, copyright). Page 3
alone has a hero `<img>` (no caption) from Astro's image pipeline. Everything outside the prose, and the prose's
figure, embed caption and read-also card, is chrome."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from math import ceil

from .base import MOROCCO, Article, Page, e

NAME = "astro_outlet"
HELD_OUT = True
SET = "unseen16"
FAMILY = "Astro v4 static build (Sanity content) of a Moroccan independent outlet: data-astro-cid markup, astro-island share/most-read/newsletter islands with SSR HTML and props, Portable Text prose with figure, embed and read-also card, UTC <time> shown in Moroccan months, author card, tags, related"
HOST = "https://mawqi3-mustaqil.example"
SITE = "مستقل"
GENERATOR = "Astro v4.16.18"
SANITY = "https://cdn.sanity.io/images/k3v9ptq2/production"
RENDERER = "/_astro/client.BvR5aH3L.js"
CID = {"layout": "u4r7kq2m", "header": "x2jf8npa", "crumbs": "m1gk5sxc", "page": "t6hq0vzl",
       "byline": "ao3e9ufy", "image": "b0nx6jta", "embed": "p4yc1rdu", "also": "q3m8fz2k",
       "tags": "h8ls4ydv", "support": "w2cr7eog", "author": "k7pd2wnr", "card": "e5zv8cqh",
       "footer": "d9w3tb1e"}
NAV = (("/politics/", "سياسة"), ("/society/", "مجتمع"), ("/economy/", "اقتصاد"),
       ("/environment/", "بيئة"), ("/regions/", "مدن وجهات"), ("/culture/", "ثقافة"),
       ("/investigations/", "تحقيقات"), ("/opinion/", "رأي"), ("/podcast/", "بودكاست"))
TAGLINE = "صحافة مستقلة من المغرب"
SKIP, SUPPORT_BTN, HOME = "انتقل إلى المحتوى", "ادعم مستقل", "الرئيسية"
SLUGS = {1: "argan-cooperatives-haha-drought", 2: "tangier-council-urban-bus-contract",
         3: "sardine-prices-safi-casablanca-ramadan"}
RELATED = {1: (("dams-southwest-below-twenty-percent", "بيئة", 9), ("cork-oak-forests-summer-losses", "بيئة", 24), ("souss-desalination-plants", "تحقيقات", 47)),
           2: (("rabat-sale-tramway-outskirts", "مدن وجهات", 6), ("grand-taxis-tangier-tetouan-fares", "مدن وجهات", 15), ("tangier-budget-2024-in-numbers", "سياسة", 130)),
           3: (("wholesale-vegetable-margins", "اقتصاد", 11), ("dakhla-artisanal-fishing-octopus", "تحقيقات", 33), ("imported-red-meat-prices", "اقتصاد", 58))}
# Portable Text marks and blocks, by page: (paragraph index, words) in bold / linked.
BOLD = {1: (1, "أقل من ألف وخمسمائة لتر"), 3: (0, "ميناء آسفي")}
LINKED = {2: (1, "نصها الكامل", "https://www.tanger.example/uploads/conventions/transport-urbain-2024.pdf")}
HEADINGS = {3: (2,)}
FIGURE = {1: (1, "3f9c2a7e1b64d08c5a9e2f1d7b3c6a0e4d8f2b19", "تصوير: يونس الإدريسي")}
EMBED = {3: (1, "Qm7rT", "رسم بياني: سعر الكيلوغرام من السردين في محطات السلسلة الثلاث (بالدرهم)")}
READ_ALSO = {1: 3, 3: 4}  # the card follows this paragraph
HERO = {3: ("/_astro/safi-port-sardine-crates.CdY2r0Qm_Z2qk1Yb.webp", "صناديق السردين على رصيف ميناء آسفي")}
UPDATED = {3: timedelta(hours=12, minutes=35)}
AUTHOR = {"slug": "salma-benaissa", "label": "عن الكاتبة",
          "bio": "صحفية متخصصة في قضايا الماء والمناخ بجهة سوس ماسة، تكتب لمستقل منذ 2021، "
                 "وحازت جائزة الصحافة البيئية عن تحقيقها حول الفرشة المائية في اشتوكة."}
EDITORS = {"name": "هيئة التحرير", "slug": "editorial", "label": "عن الفريق",
           "bio": "يعدّ فريق التحرير الأخبار العاجلة والمتابعات اليومية، ويراجع كل مادة "
                  "محرران على الأقل قبل نشرها."}
MOST_READ = (("ارتفاع أسعار الأضاحي يربك الأسر قبل العيد بأسابيع", "sheep-prices-before-eid"), ("لماذا تتأخر رخص البناء في الجماعات القروية؟", "rural-building-permits"),
             ("خريطة المدارس التي أغلقت أبوابها في الأطلس المتوسط", "middle-atlas-closed-schools"), ("ما الذي تغير في مدونة الأسرة؟ أسئلة وأجوبة", "family-code-questions"),
             ("شباب بلا شغل ولا دراسة: رقم يقلق المندوبية السامية للتخطيط", "neet-youth-hcp"), ("أزمة الماء تعيد الصهاريج إلى دواوير الحوز", "haouz-water-tanks"),
             ("ملاعب القرب: استثمار كبير وصيانة غائبة", "proximity-pitches-maintenance"), ("كراء الشقق للطلبة في الرباط: أسعار تفوق المنحة", "student-rents-rabat"))
MOST_READ_TITLE = "الأكثر قراءة"
SHARE = ("شارك المقال", ("facebook", "فيسبوك", "https://www.facebook.com/sharer/sharer.php?u="),
         ("whatsapp", "واتساب", "https://wa.me/?text="), ("x", "إكس", "https://x.com/intent/post?url="))
COPY = "نسخ الرابط"
NEWSLETTER = ("نشرة مستقل الأسبوعية", "كل جمعة صباحا: تحقيق الأسبوع وأهم ما نشرناه، مباشرة في بريدك.",
              "بريدك الإلكتروني", "اشترك", "لن نشارك بريدك مع أي جهة، ويمكنك إلغاء الاشتراك متى شئت.")
SUPPORT = ("مستقل صحافة يمولها قراؤها، بلا إعلانات ولا تمويل حزبي.", "ادعمنا الآن")
READ_ALSO_LABEL = "اقرأ أيضاً"
TAGS_TITLE = "وسوم المقال"
RELATED_TITLE = "مقالات ذات صلة"
FOOTER_ABOUT = "مستقل منصة صحفية رقمية غير ربحية، تنشر التحقيقات والتقارير المعمّقة عن المغرب منذ 2019."
FOOTER_LINKS = ("عن الموقع", (("/about/", "من نحن"), ("/charter/", "ميثاق التحرير"), ("/team/", "فريق العمل"), ("/contact/", "اتصل بنا"), ("/privacy/", "سياسة الخصوصية")))
FOOTER_SOCIAL = ("تابعونا", (("https://www.facebook.com/mustaqil.ma", "فيسبوك"), ("https://www.instagram.com/mustaqil.ma", "إنستغرام"), ("https://www.youtube.com/@mustaqil", "يوتيوب"), ("/rss.xml", "RSS")))
LICENCE = "المحتوى منشور برخصة المشاع الإبداعي (CC BY-NC 4.0) ما لم يُذكر خلاف ذلك."
COPYRIGHT = "© 2019–2025 مستقل"
VISIBLE_JS = '(()=>{var l=(s,i,o)=>{let r=async()=>{await(await s())()},t=typeof i.value=="object"?i.value:void 0,c={rootMargin:t==null?void 0:t.rootMargin},n=new IntersectionObserver(e=>{for(let a of e)if(a.isIntersecting){n.disconnect(),r();break}},c);for(let e of o.children)n.observe(e)};(self.Astro||(self.Astro={})).visible=l;window.dispatchEvent(new Event("astro:visible"));})();'
IDLE_JS = '(()=>{var l=(o,t)=>{let i=async()=>{await(await o())()},e=typeof t.value=="object"?t.value:void 0,s={timeout:e==null?void 0:e.timeout};"requestIdleCallback"in window?window.requestIdleCallback(i,s):setTimeout(i,s.timeout||200)};(self.Astro||(self.Astro={})).idle=l;window.dispatchEvent(new Event("astro:idle"));})();'
ISLAND_JS = '(()=>{var A=Object.defineProperty;var g=(i,o,a)=>o in i?A(i,o,{enumerable:!0,configurable:!0,writable:!0,value:a}):i[o]=a;var d=(i,o,a)=>g(i,typeof o!="symbol"?o+"":o,a);{let i={0:t=>m(t),1:t=>a(t),2:t=>new RegExp(t),3:t=>new Date(t),4:t=>new Map(a(t)),5:t=>new Set(a(t)),6:t=>BigInt(t),7:t=>new URL(t)},o=t=>{let[l,e]=t;return l in i?i[l](e):void 0},a=t=>t.map(o),m=t=>typeof t!="object"||t===null?t:Object.fromEntries(Object.entries(t).map(([l,e])=>[l,o(e)]));class y extends HTMLElement{constructor(){super(...arguments);d(this,"Component");d(this,"hydrator");d(this,"hydrate",async()=>{if(!this.hydrator||!this.isConnected)return;let p=this.hasAttribute("props")?m(JSON.parse(this.getAttribute("props"))):{};await this.hydrator(this)(this.Component,p,{},{client:this.getAttribute("client")}),this.removeAttribute("ssr"),this.dispatchEvent(new CustomEvent("astro:hydrate"))})}connectedCallback(){this.start()}async start(){let e=JSON.parse(this.getAttribute("opts")),c=this.getAttribute("client");if(Astro[c]===void 0){window.addEventListener(`astro:${c}`,()=>this.start(),{once:!0});return}await Astro[c](async()=>{let n=this.getAttribute("renderer-url"),[h,{default:p}]=await Promise.all([import(this.getAttribute("component-url")),n?import(n):()=>()=>{}]);return this.Component=h[this.getAttribute("component-export")||"default"],this.hydrator=p,this.hydrate},e,this)}}d(y,"observedAttributes",["props"]),customElements.get("astro-island")||customElements.define("astro-island",y)}})();'
STYLE = '[data-astro-cid-ao3e9ufy]{--gap:.5rem}.byline[data-astro-cid-ao3e9ufy]{display:flex;gap:var(--gap);align-items:center}.read-also[data-astro-cid-q3m8fz2k]{border-inline-start:4px solid var(--accent);padding:1rem;margin:2rem 0}.pt-image[data-astro-cid-b0nx6jta] figcaption[data-astro-cid-b0nx6jta]{font-size:.875rem;color:#5b6470}.tags[data-astro-cid-h8ls4ydv] ul[data-astro-cid-h8ls4ydv]{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none}'


def _asset(key: str, size: str) -> str:
    """A Sanity CDN image URL: the asset id is the file's sha1, then its dimensions."""
    return f"{SANITY}/{hashlib.sha1(key.encode()).hexdigest()}-{size}.jpg"


def _iso(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _shown(moment: datetime) -> str:
    """The build's own date format, in the site's zone (the spec's offset)."""
    return f"{moment.day} {MOROCCO[moment.month - 1]} {moment.year}"


def _d(cid: str) -> str:
    """The bare scope attribute Astro appends to every element of a styled component."""
    return f"data-astro-cid-{CID[cid]}"


def _c(cls: str, cid: str) -> str:
    return f'class="{cls}" {_d(cid)}'


def _attr(text: str) -> str:
    return e(text).replace("&#x27;", "&#39;")


def _ser(value: object) -> object:
    """Astro's island props serialization: [0, value] / [1, [items]] / [0, {key: ...}]."""
    if isinstance(value, list):
        return [1, [_ser(v) for v in value]]
    if isinstance(value, dict):
        return [0, {k: _ser(v) for k, v in value.items()}]
    return [0, value]


def _island(uid: str, prefix: str, name: str, chash: str, props: dict, client: str,
            ssr: str) -> str:
    data = json.dumps({k: _ser(v) for k, v in props.items()}, ensure_ascii=False,
                      separators=(",", ":"))
    opts = json.dumps({"name": name, "value": True}, separators=(",", ":"))
    return (f'<astro-island uid="{uid}" prefix="{prefix}" component-url="/_astro/{name}.{chash}.js" '
            f'component-export="default" renderer-url="{RENDERER}" props="{_attr(data)}" ssr '
            f'client="{client}" opts="{_attr(opts)}" await-children>{ssr}<!--astro:end--></astro-island>')


def _minutes(words: int) -> str:
    count = ceil(words / 120)
    if count == 1:
        return "قراءة في دقيقة واحدة"
    return "قراءة في دقيقتين" if count == 2 else f"قراءة في {count} دقائق"


def _prose(article: Article, n: int, url: str, page: Page) -> str:
    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if k in HEADINGS.get(n, ()):
            blocks.append(f"<h2>{e(text)}</h2>")
            continue
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            html = html.replace(e(words), f'<a href="{href}" target="_blank" '
                                          f'rel="noopener noreferrer">{e(words)}</a>', 1)
        blocks.append(f"<p>{html}</p>")
        if n in FIGURE and FIGURE[n][0] == k:
            _, asset, credit = FIGURE[n]
            page.add(article.caption, credit)
            blocks.append(
                f'<figure {_c("pt-image", "image")}> <img src="{SANITY}/{asset}-1600x1067.jpg'
                f'?w=1200&amp;auto=format" alt="{_attr(article.caption)}" width="1200" height="800" '
                f'loading="lazy" decoding="async" {_d("image")}> <figcaption {_d("image")}>'
                f'{e(article.caption)} <span {_c("credit", "image")}>{e(credit)}</span> '
                f'</figcaption> </figure>')
        if n in EMBED and EMBED[n][0] == k:
            _, chart, caption = EMBED[n]
            page.add(caption)
            blocks.append(
                f'<figure {_c("pt-embed", "embed")}> <iframe title="{_attr(caption)}" '
                f'aria-label="رسم بياني" id="datawrapper-chart-{chart}" src="https://datawrapper.dwcdn.net/'
                f'{chart}/2/" scrolling="no" frameborder="0" style="width: 0; min-width: 100% !important; '
                f'border: none;" height="420" data-external="1" loading="lazy" {_d("embed")}></iframe> '
                f'<figcaption {_d("embed")}>{e(caption)}</figcaption> </figure>')
        if READ_ALSO.get(n) == k:
            slug, _section, _days = RELATED[n][0]
            page.add(READ_ALSO_LABEL, article.related[0])
            blocks.append(
                f'<aside {_c("read-also", "also")}> <span {_c("read-also__label", "also")}>'
                f'{READ_ALSO_LABEL}</span> <a href="/articles/{slug}/" class="read-also__link" '
                f'data-astro-prefetch {_d("also")}> <img src="{_asset(slug, "1600x1067")}?w=160&amp;'
                f'h=160&amp;fit=crop&amp;auto=format" alt="" width="80" height="80" loading="lazy" '
                f'{_d("also")}> <span {_c("read-also__title", "also")}>{e(article.related[0])}'
                f'</span> </a> </aside>')
    return "".join(blocks)


def _share(article: Article, url: str, page: Page) -> str:
    label, *nets = SHARE
    page.add(label, *(text for _, text, _ in nets), COPY)
    links = "".join(f'<a class="share-bar__btn share-bar__btn--{key}" href="{base}{url}" target="_blank" '
                    f'rel="noopener noreferrer" aria-label="شارك عبر {text}"><svg aria-hidden="true" '
                    f'width="18" height="18"><use href="/icons.svg#{key}"></use></svg><span>{text}</span></a>'
                    for key, text, base in nets)
    ssr = (f'<div class="share-bar"><span class="share-bar__label">{label}</span>{links}'
           f'<button type="button" class="share-bar__btn share-bar__btn--copy"><svg aria-hidden="true" '
           f'width="18" height="18"><use href="/icons.svg#link"></use></svg><span>{COPY}</span></button></div>')
    return _island("Z1dQk8v", "r0", "ShareBar", "C8r2LmQx", {"title": article.headline, "url": url},
                   "visible", ssr)


def _most_read(n: int, page: Page) -> str:
    items = [MOST_READ[(3 * n + k) % len(MOST_READ)] for k in range(5)]
    page.add(MOST_READ_TITLE, *(title for title, _ in items))
    lis = "".join(f'<li class="most-read__item"><a href="/articles/{slug}/" class="most-read__link">'
                  f'{e(title)}</a></li>' for title, slug in items)
    ssr = (f'<section class="most-read"><h2 class="most-read__title">{MOST_READ_TITLE}</h2>'
           f'<ol class="most-read__list">{lis}</ol></section>')
    props = {"heading": MOST_READ_TITLE, "endpoint": "https://stats.mawqi3-mustaqil.example/top?days=7",
             "items": [{"title": t, "href": f"/articles/{s}/"} for t, s in items]}
    return _island("Z2mRt0a", "r1", "MostRead", "Dx4pWq7n", props, "visible", ssr)


def _newsletter(page: Page) -> str:
    title, text, label, button, note = NEWSLETTER
    page.add(title, text, label, button, note)
    ssr = (f'<form class="newsletter" action="https://mustaqil.substack.example/api/v1/free" method="post">'
           f'<h2 class="newsletter__title">{title}</h2><p class="newsletter__text">{text}</p>'
           f'<label class="sr-only" for="nl-email">{label}</label><input id="nl-email" type="email" '
           f'name="email" required placeholder="name@example.com" class="newsletter__input">'
           f'<button type="submit" class="newsletter__btn">{button}</button>'
           f'<p class="newsletter__note">{note}</p></form>')
    return _island("ZqW4nLx", "r2", "Newsletter", "B3kZ9sHe", {"list": "weekly", "source": "article"},
                   "idle", ssr)


def _byline(article: Article, n: int, moment: datetime, page: Page) -> str:
    shown = _shown(moment)
    reading = _minutes(len(article.body.split()))
    if article.author:
        who = (f'<img class="byline__avatar" src="{_asset(AUTHOR["slug"], "400x400")}'
               f'?w=80&amp;h=80&amp;fit=crop&amp;auto=format" alt="" width="40" height="40" {_d("byline")}> '
               f'<div {_c("byline__meta", "byline")}> <span {_c("byline__author", "byline")}>'
               f'بقلم <a href="/authors/{AUTHOR["slug"]}/" rel="author" {_d("byline")}>{e(article.author)}</a></span>')
        page.add(f"بقلم {article.author}")
    else:
        who = (f'<div {_c("byline__meta", "byline")}> <span {_c("byline__author", "byline")}>'
               f'إعداد: <a href="/authors/{EDITORS["slug"]}/" {_d("byline")}>{EDITORS["name"]}</a></span>')
        page.add(f"إعداد: {EDITORS['name']}")
    updated = ""
    if n in UPDATED:
        later = moment + UPDATED[n]
        updated = (f' <span aria-hidden="true" {_d("byline")}>·</span> <span {_c("byline__updated", "byline")}>'
                   f'آخر تحديث: <time datetime="{_iso(later)}" {_d("byline")}>{_shown(later)}</time></span>')
        page.add(f"آخر تحديث: {_shown(later)}")
    page.add(shown, "·", reading)
    return (f'<div {_c("byline", "byline")}> {who} <span {_c("byline__dates", "byline")}> '
            f'<time datetime="{_iso(moment)}" {_d("byline")}>{shown}</time>{updated} '
            f'<span aria-hidden="true" {_d("byline")}>·</span> <span {_d("byline")}>{reading}</span> '
            f'</span> </div> </div>')


def _author_card(article: Article, page: Page) -> str:
    if article.author:
        name, slug, label, bio = article.author, AUTHOR["slug"], AUTHOR["label"], AUTHOR["bio"]
    else:
        name, slug, label, bio = EDITORS["name"], EDITORS["slug"], EDITORS["label"], EDITORS["bio"]
    more = f"كل مقالات {name}"
    page.add(label, name, bio, more)
    return (f'<section {_c("author-card", "author")}> <img src="{_asset(slug, "400x400")}'
            f'?w=160&amp;h=160&amp;fit=crop&amp;auto=format" alt="" width="80" height="80" loading="lazy" '
            f'{_d("author")}> <div {_d("author")}> <p {_c("author-card__label", "author")}>{label}</p> '
            f'<h2 {_c("author-card__name", "author")}><a href="/authors/{slug}/" {_d("author")}>{e(name)}</a></h2> '
            f'<p {_c("author-card__bio", "author")}>{e(bio)}</p> <a href="/authors/{slug}/" '
            f'{_c("author-card__more", "author")}>{e(more)}</a> </div> </section>')


def _related(article: Article, n: int, moment: datetime, page: Page) -> str:
    cards = []
    for title, (slug, section, days) in zip(article.related, RELATED[n], strict=True):
        when = moment - timedelta(days=days, hours=3 * days % 7)
        page.add(section, title, _shown(when))
        cards.append(
            f'<article {_c("card", "card")}> <a href="/articles/{slug}/" data-astro-prefetch {_d("card")}> '
            f'<img src="{_asset(slug, "1600x900")}?w=400&amp;h=225&amp;fit=crop&amp;auto=format" alt="" width="400" height="225" '
            f'loading="lazy" decoding="async" {_d("card")}> <span {_c("card__kicker", "card")}>{section}</span> '
            f'<h3 {_c("card__title", "card")}>{e(title)}</h3> <time datetime="{_iso(when)}" '
            f'{_c("card__date", "card")}>{_shown(when)}</time> </a> </article>')
    page.add(RELATED_TITLE)
    return (f'<section {_c("related", "page")}> <h2 {_c("related__title", "page")}>{RELATED_TITLE}</h2> '
            f'<div {_c("related__grid", "page")}> {" ".join(cards)} </div> </section>')


def _header(section: str, page: Page) -> str:
    page.add(SITE, TAGLINE, SKIP, SUPPORT_BTN, *(label for _, label in NAV))
    current = ' aria-current="page" class="active"'
    items = " ".join(
        f'<li {_d("header")}><a href="{href}"{current if label == section else ""} '
        f'{_d("header")}>{label}</a></li>' for href, label in NAV)
    return (f'<a href="#main" {_c("skip-link", "layout")}>{SKIP}</a> <header {_c("site-header", "header")}> '
            f'<div {_c("container", "header")}> <a href="/" {_c("logo", "header")}> <svg '
            f'class="logo__mark" viewBox="0 0 32 32" aria-hidden="true" {_d("header")}><path d="M4 28V4l12 14L28 4v24" '
            f'{_d("header")}></path></svg> <span {_c("logo__name", "header")}>{SITE}</span> '
            f'<span {_c("logo__tagline", "header")}>{TAGLINE}</span> </a> <nav class="main-nav" '
            f'aria-label="القائمة الرئيسية" {_d("header")}> <ul {_d("header")}> {items} </ul> </nav> '
            f'<a href="/support/" {_c("btn-support", "header")}>{SUPPORT_BTN}</a> <button type="button" '
            f'class="search-toggle" aria-label="بحث" {_d("header")}><svg width="20" height="20" aria-hidden="true" '
            f'{_d("header")}><use href="/icons.svg#search" {_d("header")}></use></svg></button> </div> </header>')


def _footer(page: Page) -> str:
    lists = []
    for title, links in (FOOTER_LINKS, FOOTER_SOCIAL):
        page.add(title, *(label for _, label in links))
        lis = " ".join(f'<li {_d("footer")}><a href="{href}" {_d("footer")}>{label}</a></li>'
                       for href, label in links)
        lists.append(f'<div {_c("footer-col", "footer")}> <h2 {_d("footer")}>{title}</h2> '
                     f'<ul {_d("footer")}> {lis} </ul> </div>')
    page.add(FOOTER_ABOUT, LICENCE, COPYRIGHT)
    return (f'<footer {_c("site-footer", "footer")}> <div {_c("container footer-grid", "footer")}> '
            f'<div {_c("footer-about", "footer")}> <a href="/" {_c("logo", "footer")}><span '
            f'{_c("logo__name", "footer")}>{SITE}</span></a> <p {_d("footer")}>{FOOTER_ABOUT}</p> </div> '
            f'{" ".join(lists)} </div> <div {_c("footer-bottom", "footer")}> <p {_d("footer")}>{LICENCE}</p> '
            f'<p {_d("footer")}>{COPYRIGHT}</p> </div> </footer>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/articles/{SLUGS[n]}/"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    section = article.section
    section_href = next(href for href, label in NAV if label == section)
    page.add(HOME, section)
    modified = moment + UPDATED.get(n, timedelta(0))
    description = article.lead if len(article.lead) <= 155 else article.lead[:155].rsplit(" ", 1)[0] + "…"
    image = (f"{SANITY}/{FIGURE[n][1]}-1600x1067.jpg?w=1200&h=630&fit=crop&auto=format" if n in FIGURE
             else f"{HOST}{HERO[n][0]}" if n in HERO else f"{HOST}/og-default.png")
    author = ({"@type": "Person", "name": article.author, "url": f"{HOST}/authors/{AUTHOR['slug']}/"}
              if article.author else {"@type": "Organization", "name": SITE, "url": f"{HOST}/"})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "description": description, "image": [image], "datePublished": _iso(moment),
          "dateModified": _iso(modified), "author": [author], "articleSection": section,
          "keywords": list(article.tags), "inLanguage": "ar-MA", "mainEntityOfPage": url,
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/logo-512.png"}}}
    tags_meta = "".join(f'<meta property="article:tag" content="{_attr(t)}">' for t in article.tags)
    author_meta = f'<meta name="author" content="{_attr(article.author)}">' if article.author else ""
    head = (f'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="icon" type="image/svg+xml" href="/favicon.svg"><meta name="generator" content="{GENERATOR}">'
            f'<link rel="canonical" href="{url}"><title>{e(article.headline)} | {SITE}</title>'
            f'<meta name="description" content="{_attr(description)}">{author_meta}'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="{SITE}">'
            f'<meta property="og:locale" content="ar_MA"><meta property="og:url" content="{url}">'
            f'<meta property="og:title" content="{_attr(article.headline)}"><meta property="og:description" '
            f'content="{_attr(description)}"><meta property="og:image" content="{_attr(image)}">'
            f'<meta property="article:published_time" content="{_iso(moment)}"><meta property="article:modified_time" '
            f'content="{_iso(modified)}"><meta property="article:section" content="{section}">{tags_meta}'
            f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@mustaqil_ma">'
            f'<meta name="twitter:title" content="{_attr(article.headline)}"><meta name="twitter:image" '
            f'content="{_attr(image)}"><link rel="sitemap" href="/sitemap-index.xml"><link rel="alternate" '
            f'type="application/rss+xml" title="{SITE}" href="{HOST}/rss.xml"><script type="application/ld+json">'
            f'{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>'
            f'<meta name="astro-view-transitions-enabled" content="true"><meta name="astro-view-transitions-fallback" '
            f'content="animate"><script data-goatcounter="https://mustaqil.goatcounter.com/count" async '
            f'src="//gc.zgo.at/count.js"></script><script>document.addEventListener("astro:page-load",()=>{{'
            f'window.goatcounter&&window.goatcounter.count&&window.goatcounter.count({{path:location.pathname}})}});'
            f'</script><link rel="stylesheet" href="/_astro/_slug_.C4mTq1Zr.css"><style>{STYLE}</style>'
            f'<script type="module" src="/_astro/hoisted.Bk2x9LwQ.js"></script></head>')
    crumbs = (f'<nav class="breadcrumbs" aria-label="مسار التصفح" {_d("crumbs")}> <ol {_d("crumbs")}> '
              f'<li {_d("crumbs")}><a href="/" {_d("crumbs")}>{HOME}</a></li> <li {_d("crumbs")}>'
              f'<a href="{section_href}" {_d("crumbs")}>{section}</a></li> </ol> </nav>')
    hero = ""
    if n in HERO:
        src, alt = HERO[n]
        hero = (f'<div {_c("hero", "page")}> <img src="{src}" alt="{_attr(alt)}" width="1200" height="675" '
                f'loading="eager" decoding="async" fetchpriority="high" {_d("page")} '
                f'data-astro-transition-scope="astro-5v2qmr8d-2"> </div> ')
    tags = " ".join(f'<li {_d("tags")}><a href="/tags/{t.replace(" ", "-")}/" {_d("tags")}>#{e(t)}</a></li>'
                    for t in article.tags)
    page.add(TAGS_TITLE, *(f"#{t}" for t in article.tags), *SUPPORT)
    header = _header(section, page)
    byline = _byline(article, n, moment, page)
    main = (f'<main id="main" {_c("container", "page")}> <article {_c("article", "page")}> '
            f'<header {_c("article-header", "page")}> {crumbs} <h1 {_c("article-title", "page")} '
            f'data-astro-transition-scope="astro-5v2qmr8d-1">{e(article.headline)}</h1> {byline} </header> {hero}'
            f'<div {_c("article-layout", "page")}> <div {_c("article-main", "page")}> '
            f'<script>{VISIBLE_JS}</script><script>{ISLAND_JS}</script>{_share(article, url, page)} '
            f'<div {_c("prose", "page")}>{_prose(article, n, url, page)}</div> '
            f'<div {_c("tags", "tags")}> <h2 {_c("tags__title", "tags")}>{TAGS_TITLE}</h2> '
            f'<ul {_d("tags")}> {tags} </ul> </div> <aside {_c("support", "support")}> '
            f'<p {_d("support")}>{SUPPORT[0]}</p> <a href="/support/" {_c("support__btn", "support")}>'
            f'{SUPPORT[1]}</a> </aside> {_author_card(article, page)} </div> <aside {_c("sidebar", "page")}> '
            f'{_most_read(n, page)} <script>{IDLE_JS}</script>{_newsletter(page)} </aside> </div> </article> '
            f'{_related(article, n, moment, page)} </main>')
    page.html = (f'<!DOCTYPE html><html lang="ar" dir="rtl" {_d("layout")}> {head}<body {_d("layout")}> '
                 f'{header} {main} {_footer(page)} </body></html>')
    return page
