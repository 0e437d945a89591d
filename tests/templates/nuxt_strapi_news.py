"""An Arabic sports news site ("ملعب عربي", Doha, +03:00) on Nuxt 3 SSR over Strapi v4 (the
blog schema: `title`, `description`, `slug`, `cover`, `author`, `category`, `tags`, a `blocks`
dynamic zone of `shared.rich-text` Markdown and `shared.media`), as Nitro serves an article.
Head (unhead): charset, viewport, `<title>` "headline - ملعب عربي", Cairo font, `/_nuxt/entry.*.css`,
modulepreload/prefetch links, useSeoMeta description/og/twitter, `article:published_time` as
Strapi's UTC `...000Z`, canonical, nuxt-schema-org's `<script type="application/ld+json"
id="schema-org-graph">` and the module entry. Body, one line as Vue prints it: `<div
id="__nuxt">` with fragment marks (`<!--[-->`, `<!---->`), `data-v-*` scope ids (a child root
carries its own and its parent's), Tailwind classes. Chrome: top bar (the visit's day, not
the story's), logo and leagues menu (`sr-only` button labels), live-scores ticker ("مباشر",
"الهلال 2 - 0 الرائد", a status), breadcrumb, category badge, the dek (`description`, pages
1 and 3), the meta row ("بقلم" byline on page 1 only; `<time datetime="...Z">` in Intl `ar`,
Asia/Qatar, Arabic-Indic digits: "السبت، ٩ مارس ٢٠٢٤"; "١٠:٤٠ م"; reading time), share bar,
page 1's cover with its Strapi caption, "#tag" pills, "أخبار ذات صلة" cards, the "الأكثر قراءة"
rail, an ad label, the footer. Text: the rich-text blocks as `marked` renders them (`<p>`s
with newlines, `<strong>` on pages 1 and 3, a link on page 2, an `<h3>` subheading on page 3,
which is text), and on page 3 a `shared.media` figure (chrome) between two blocks. Then
`#teleports`, `<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true"
id="__NUXT_DATA__">` (devalue payload: the Strapi response, Markdown included, `/` as `\\u002F`)
and `window.__NUXT__.config` (@nuxtjs/strapi). Page 2 went up at 00:50 Doha time: every
machine-readable date is UTC, the evening before."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import MONTHS, WEEKDAYS, Article, Page, e, indic

NAME = "nuxt_strapi_news"
HELD_OUT = True
SET = "unseen29"
FAMILY = "Nuxt 3 SSR over Strapi v4: data-v scoped Tailwind markup, leagues menu, live ticker, marked rich-text blocks, __NUXT_DATA__ devalue payload, most-read rail"
HOST = "https://nuxt-mal3ab-arabi.example"
CMS = "https://cms.nuxt-mal3ab-arabi.example"
SITE = "ملعب عربي"
DOHA = timedelta(hours=3)
V = {"layout": "data-v-7c1e4a2b", "header": "data-v-3f9d21c0", "ticker": "data-v-a61b3c0d",
     "page": "data-v-5e8f0d17", "side": "data-v-2b6c9e44", "card": "data-v-c4e1b8a5",
     "footer": "data-v-9d0a7f31"}
LEAGUES = (("/", "الرئيسية"), ("/category/saudi-league", "الدوري السعودي"),
           ("/category/egyptian-league", "الدوري المصري"), ("/category/qatar-stars", "دوري نجوم قطر"),
           ("/category/premier-league", "الدوري الإنجليزي"), ("/category/laliga", "الدوري الإسباني"),
           ("/category/asian-cups", "البطولات الآسيوية"), ("/category/world", "كرة عالمية"),
           ("/videos", "فيديو"))
SECTION_PATH = {label: path for path, label in LEAGUES}
LATIN = {1: "al-taawoun-comeback-al-fateh", 2: "ismaily-interim-coach-season",
         3: "al-rayyan-acl-elite-round-of-16"}
DEKS = {1: "ثلاثة أهداف في نصف ساعة تعيد أصحاب الأرض إلى سباق المراكز المؤهلة آسيويا",
        3: "الفريق القطري يضمن التأهل قبل جولتين من ختام مرحلة الدوري"}
BOLD = {1: (2, "مشعل المطيري"), 3: (2, "عشر نقاط")}
LINKED = {2: (1, "بيان رسمي على موقعه", "https://www.ismailyclub.example/news/2024/05/coach")}
SUBHEAD = {3: 3}
MEDIA_AFTER = {3: 2}  # page 3: a shared.media block after this paragraph
AUTHOR_SLUG = {"فهد الرشيدي": "fahad-alrashidi"}
TICKER = {
    1: (("الهلال", "2 - 0", "الرائد", "انتهت"), ("النصر", "1 - 1", "الاتفاق", "الدقيقة 67"),
        ("الأهلي", "0 - 0", "ضمك", "بين الشوطين")),
    2: (("الأهلي", "3 - 1", "سموحة", "انتهت"), ("الزمالك", "0 - 0", "بيراميدز", "انتهت")),
    3: (("الهلال", "4 - 1", "السد", "انتهت"), ("الغرافة", "1 - 2", "النصر", "انتهت"),
        ("العين", "0 - 1", "الأهلي", "الدقيقة 88")),
}
MOST_READ = (
    "موعد مباراة الهلال والنصر في ديربي الرياض والقنوات الناقلة",
    "رسميا: الاتحاد يعلن التعاقد مع مدافع دولي حتى 2027",
    "ترتيب هدافي الدوري السعودي بعد نهاية الجولة الأخيرة",
    "محمد صلاح يقود ليفربول إلى فوز جديد في البريميرليغ",
    "الاتحاد الآسيوي يكشف عن جدول مباريات كأس آسيا تحت 23 عاما",
    "الزمالك يحسم صفقة الجناح المغربي بعقد لثلاثة مواسم",
    "ريال مدريد يستعيد قائده قبل الكلاسيكو أمام برشلونة",
    "العنابي يعلن قائمة معسكر الدوحة استعدادا للتصفيات",
)
FOOTER_LINKS = (("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"),
                ("/privacy", "سياسة الخصوصية"), ("/terms", "شروط الاستخدام"))
SHARE = (("facebook", "فيسبوك"), ("x", "إكس"), ("whatsapp", "واتساب"), ("telegram", "تيليغرام"))
ABOUT = "موقع رياضي عربي يغطي الدوريات العربية والعالمية على مدار الساعة من الدوحة"
CHROME = ("تخطي إلى المحتوى", "مباريات اليوم", "القائمة", "فتح البحث", "مباشر", "كل المباريات",
          "شارك الخبر", "نسخ الرابط", "الوسوم:", "أخبار ذات صلة", "الأكثر قراءة", "إعلان",
          "البطولات", "روابط", "تابعنا", ABOUT)
BUILD = ("5b0d8c1e-9a7f-4e2b-b3c6-1f2e4d6a8b90", "5b0d8c1e-9a7f-4e2b-b3c6-1f2e4d6a8b90",
         "c93e2a47-1d6b-4f08-a5e2-7b4c9d0e3f12")
ENTRY = ("BfK3x9Qa", "BfK3x9Qa", "Dm2Lp7Wc")


class Wrap:  # a devalue reviver call: ["ShallowReactive", i], ["Reactive", i], ["Set"]
    def __init__(self, kind: str, inner: object = None) -> None:
        self.kind, self.inner = kind, inner


def devalue(root: object) -> str:
    """Nuxt's payload as devalue flattens it: pre-order indices, primitives shared."""
    out: list = []
    seen: dict = {}

    def put(v: object) -> int:
        key = (type(v).__name__, v) if v is None or isinstance(v, str | int | float | bool) \
            else None
        if key is not None and key in seen:
            return seen[key]
        i = len(out)
        out.append(None)
        if isinstance(v, Wrap):
            out[i] = [v.kind] if v.inner is None else [v.kind, put(v.inner)]
        elif isinstance(v, dict):
            out[i] = {k: put(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[i] = [put(x) for x in v]
        else:
            out[i] = v
            seen[key] = i
        return i

    put(root)
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    return text.replace("/", "\\u002F").replace("<", "\\u003C")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) + DOHA


def _z(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _date(moment: datetime, weekday: bool = True) -> str:
    """Intl.DateTimeFormat("ar", {timeZone: "Asia/Qatar", ...}): "السبت، ٩ مارس ٢٠٢٤"."""
    d = _local(moment)
    text = indic(f"{d.day} {MONTHS[d.month - 1]} {d.year}")
    return f"{WEEKDAYS[d.weekday()]}، {text}" if weekday else text


def _time(moment: datetime) -> str:
    d = _local(moment)
    return indic(f"{d.hour % 12 or 12}:{d:%M}") + (" ص" if d.hour < 12 else " م")


def _media(n: int, fid: int, caption: str, moment: datetime) -> dict:
    h = f"{LATIN[n].replace('-', '_')}_{fid:x}a3c9"
    sizes = (("large", 1000, 98.41), ("small", 500, 31.07), ("thumbnail", 245, 9.62))
    fmt = {k: {"ext": ".jpg", "url": f"/uploads/{k}_{h}.jpg", "hash": f"{k}_{h}", "mime":
               "image/jpeg", "name": f"{k}_{LATIN[n]}.jpg", "path": None, "size": s, "width": w,
               "height": w * 9 // 16} for k, w, s in sizes}
    return {"id": fid, "attributes": {
        "name": f"{LATIN[n]}.jpg", "alternativeText": None, "caption": caption, "width": 1600,
        "height": 900, "formats": fmt, "hash": h, "ext": ".jpg", "mime": "image/jpeg",
        "size": 211.84, "url": f"/uploads/{h}.jpg", "previewUrl": None, "provider": "local",
        "provider_metadata": None, "createdAt": _z(moment - timedelta(minutes=25)),
        "updatedAt": _z(moment - timedelta(minutes=25))}}


def _markdown(article: Article, n: int, idx: list[int]) -> str:
    parts = []
    for k in idx:
        p = (article.lead, *article.paragraphs)[k]
        if n in BOLD and BOLD[n][0] == k:
            p = p.replace(BOLD[n][1], f"**{BOLD[n][1]}**")
        if n in LINKED and LINKED[n][0] == k:
            p = p.replace(LINKED[n][1], f"[{LINKED[n][1]}]({LINKED[n][2]})")
        parts.append(f"### {p}" if SUBHEAD.get(n) == k else p)
    return "\n\n".join(parts)


def _marked(article: Article, n: int, idx: list[int]) -> str:
    """The rich-text block as `marked` renders it into the v-html div."""
    html = []
    for k in idx:
        p = e((article.lead, *article.paragraphs)[k])
        if n in BOLD and BOLD[n][0] == k:
            p = p.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>")
        if n in LINKED and LINKED[n][0] == k:
            p = p.replace(LINKED[n][1], f'<a href="{LINKED[n][2]}">{LINKED[n][1]}</a>')
        html.append(f"<h3>{p}</h3>\n" if SUBHEAD.get(n) == k else f"<p>{p}</p>\n")
    return f'<div class="rich-text prose prose-lg max-w-none" {V["page"]}>{"".join(html)}</div>'


def _figure(media: dict, scope: str, eager: bool) -> str:
    a = media["attributes"]
    f = a["formats"]
    load = 'fetchpriority="high"' if eager else 'loading="lazy"'
    return (f'<figure class="my-6 overflow-hidden rounded-xl" {scope}><img src="{CMS}'
            f'{f["large"]["url"]}" srcset="{CMS}{f["small"]["url"]} 500w, {CMS}'
            f'{f["large"]["url"]} 1000w" sizes="(max-width: 768px) 100vw, 800px" width="1000" '
            f'height="562" alt="" {load} class="w-full object-cover" {scope}><figcaption '
            f'class="bg-gray-100 px-4 py-2 text-sm text-gray-600" {scope}>{e(a["caption"])}'
            f"</figcaption></figure>")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    aid = int(article.slug)
    path = f"/news/{aid}/{LATIN[n]}"
    url = HOST + path
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    visit = moment + timedelta(days=(1, 3, 2)[n - 1], hours=2)
    sec_path = SECTION_PATH[article.section]
    paras = list(range(1 + len(article.paragraphs)))
    words = len(article.body.split())
    reading = {1: "دقيقة واحدة للقراءة", 2: "دقيقتان للقراءة"}.get(
        1 + words // 200, f"{indic(str(1 + words // 200))} دقائق للقراءة")
    page.add(SITE, _date(visit), *CHROME, *(label for _, label in LEAGUES), *(s for _, s in SHARE),
             article.section, shown, _time(moment), reading, DEKS.get(n, ""),
             *(f"#{t}" for t in article.tags), *(label for _, label in FOOTER_LINKS),
             f"© {moment.year} {SITE}. جميع الحقوق محفوظة")
    cover = _media(n, 300 + aid % 97, article.caption, moment) if n == 1 else None
    cut = MEDIA_AFTER.get(n, len(paras) - 1) + 1
    blocks = [{"id": 1, "__component": "shared.rich-text",
               "body": _markdown(article, n, paras[:cut])}]
    if n in MEDIA_AFTER:
        blocks += [{"id": 1, "__component": "shared.media",
                    "file": {"data": _media(n, 400 + aid % 89, article.caption, moment)}},
                   {"id": 2, "__component": "shared.rich-text",
                    "body": _markdown(article, n, paras[cut:])}]
    page.add(article.caption if cover or n in MEDIA_AFTER else "")
    author = None
    if article.author:
        author = {"id": 7, "attributes": {
            "name": article.author, "slug": AUTHOR_SLUG[article.author],
            "createdAt": "2023-01-18T08:12:44.310Z", "updatedAt": "2024-02-02T10:05:19.871Z"}}
        page.add(f"بقلم {article.author}")
    record = {"id": aid, "attributes": {
        "title": article.headline, "description": DEKS.get(n, article.lead[:150]),
        "slug": LATIN[n], "createdAt": _z(moment - timedelta(minutes=40)),
        "updatedAt": _z(moment + timedelta(minutes=12 * n)), "publishedAt": _z(moment),
        "locale": "ar", "views": (18432, 6210, 9877)[n - 1], "cover": {"data": cover},
        "author": {"data": author}, "category": {"data": {"id": 3 + n, "attributes": {
            "name": article.section, "slug": sec_path.rsplit("/", 1)[-1]}}},
        "tags": {"data": [{"id": 60 + 7 * n + k, "attributes": {"name": t}}
                          for k, t in enumerate(article.tags)]},
        "blocks": blocks}}
    related = [{"id": aid - 37 * (k + 1), "attributes": {
        "title": t, "slug": f"{LATIN[n]}-{k + 1}",
        "publishedAt": _z(moment - timedelta(days=k + 1, hours=3 * k))}}
        for k, t in enumerate(article.related)]
    reads = [MOST_READ[(3 * n + k) % len(MOST_READ)] for k in range(5)]
    ticker = TICKER[n]
    data = {f"article-{aid}": {"data": [record], "meta": {"pagination": {
        "page": 1, "pageSize": 25, "pageCount": 1, "total": 1}}},
        f"related-{aid}": {"data": related, "meta": {}},
        "most-read": [{"id": 5000 + k, "title": t} for k, t in enumerate(reads)],
        "live-scores": [{"home": h, "away": a, "score": s, "status": st}
                        for h, s, a, st in ticker]}
    payload = Wrap("ShallowReactive", {
        "data": Wrap("ShallowReactive", data), "state": Wrap("Reactive", {}),
        "once": Wrap("Set"), "_errors": Wrap("ShallowReactive", {}), "serverRendered": True,
        "path": path})
    vl, vh, vt, vp, vs, vc, vf = (V[k] for k in ("layout", "header", "ticker", "page", "side",
                                                  "card", "footer"))
    nav = "".join(
        f'<li {vh}><a href="{p}" class="block px-3 py-3 text-sm font-semibold hover:bg-emerald-700'
        f'{" router-link-active" if p == sec_path else ""}" {vh}>{label}</a></li>'
        for p, label in LEAGUES)
    socials = "".join(f'<a href="https://{k}.com/mal3abarabi" target="_blank" rel="noopener" '
                      f'class="h-6 w-6" {vh}><span class="sr-only" {vh}>{label}</span></a>'
                      for k, label in SHARE[:2])
    items = "".join(
        f'<li class="flex items-center gap-2 whitespace-nowrap" {vt}><span class="font-semibold" '
        f'{vt}>{h}</span> <span class="rounded bg-white/10 px-2 tabular-nums" {vt}>{s}</span> '
        f'<span class="font-semibold" {vt}>{a}</span> <span class="text-xs text-amber-300" {vt}>'
        f"{st}</span></li>" for h, s, a, st in ticker)
    page.add(*(f"{h} {s} {a}" for h, s, a, _ in ticker), *(st for *_, st in ticker))
    dek = (f'<p class="mt-3 text-lg leading-relaxed text-gray-600" {vp}>{e(DEKS[n])}</p>'
           if n in DEKS else "<!---->")
    byline = "<!---->"
    if author:
        byline = (f'<div class="flex items-center gap-2" {vp}><img src="{CMS}/uploads/thumbnail_'
                  f'{AUTHOR_SLUG[article.author]}_4c1d.jpg" alt="" width="36" height="36" '
                  f'class="rounded-full" {vp}><span {vp}>بقلم <a href="/author/'
                  f'{AUTHOR_SLUG[article.author]}" class="font-semibold text-emerald-700" {vp}>'
                  f"{e(article.author)}</a></span></div>")
    share = "".join(f'<button type="button" class="share-btn share-{k}" aria-label="{label}" '
                    f'{vp}><span class="sr-only" {vp}>{label}</span></button>'
                    for k, label in SHARE)
    content = _marked(article, n, paras[:cut])
    if n in MEDIA_AFTER:
        content += _figure(blocks[1]["file"]["data"], vp, False) + _marked(article, n, paras[cut:])
    tags = "".join(f'<a href="/tag/{60 + 7 * n + k}" class="rounded-full bg-gray-100 px-3 py-1 '
                   f'text-sm" {vp}>#{e(t)}</a>' for k, t in enumerate(article.tags))
    cards = []
    for r in related:
        when = datetime.fromisoformat(r["attributes"]["publishedAt"].replace(".000Z", "+00:00"))
        page.add(r["attributes"]["title"], _date(when, weekday=False))
        cards.append(
            f'<a href="/news/{r["id"]}/{r["attributes"]["slug"]}" class="group block overflow-'
            f'hidden rounded-xl bg-white shadow-sm" {vc} {vp}><img src="{CMS}/uploads/small_'
            f'{r["attributes"]["slug"].replace("-", "_")}.jpg" alt="" loading="lazy" class="aspect-'
            f'video w-full object-cover" {vc}><div class="p-3" {vc}><span class="text-xs '
            f'font-bold text-emerald-700" {vc}>{article.section}</span><h3 class="mt-1 '
            f'line-clamp-2 font-bold group-hover:text-emerald-700" {vc}>{e(r["attributes"]["title"])}'
            f'</h3><time datetime="{r["attributes"]["publishedAt"]}" class="mt-2 block text-xs '
            f'text-gray-400" {vc}>{_date(when, weekday=False)}</time></div></a>')
    rail = "".join(f'<li class="flex gap-3 py-3" {vs}><span class="text-2xl font-extrabold '
                   f'text-emerald-600" {vs}>{indic(str(k + 1))}</span><a href="/news/{5000 + k}" '
                   f'class="font-semibold leading-snug" {vs}>{e(t)}</a></li>'
                   for k, t in enumerate(reads))
    page.add(*reads, *(indic(str(k + 1)) for k in range(5)))
    cover_html = _figure(cover, vp, True) if cover else "<!---->"
    footer_cols = "".join(f'<li {vf}><a href="{p}" class="hover:text-white" {vf}>{label}</a></li>'
                          for p, label in FOOTER_LINKS)
    leagues_foot = "".join(f'<li {vf}><a href="{p}" class="hover:text-white" {vf}>{label}</a></li>'
                           for p, label in LEAGUES[1:7])
    body = (
        f'<div id="__nuxt"><!--[--><a href="#main" class="sr-only focus:not-sr-only" {vl}>تخطي إلى'
        f' المحتوى</a><div class="flex min-h-screen flex-col bg-gray-50 font-cairo" {vl}>'
        f'<header class="sticky top-0 z-40 bg-emerald-800 text-white shadow" {vh} {vl}>'
        f'<div class="border-b border-emerald-700 text-xs" {vh}><div class="container mx-auto '
        f'flex items-center justify-between px-4 py-1" {vh}><span {vh}>{_date(visit)}</span>'
        f'<div class="flex items-center gap-3" {vh}><a href="/matches" class="font-semibold" {vh}>'
        f'مباريات اليوم</a>{socials}</div></div></div><div class="container mx-auto flex items-'
        f'center justify-between px-4 py-3" {vh}><a href="/" class="text-2xl font-extrabold" '
        f'{vh}>{SITE}</a><div class="flex gap-2" {vh}><button type="button" class="lg:hidden" '
        f'{vh}><span class="sr-only" {vh}>القائمة</span></button><button type="button" {vh}>'
        f'<span class="sr-only" {vh}>فتح البحث</span></button></div></div><nav class="hidden bg-'
        f'emerald-900 lg:block" {vh}><ul class="container mx-auto flex px-4" {vh}><!--[-->{nav}'
        f'<!--]--></ul></nav></header><div class="overflow-hidden bg-gray-900 text-white" {vt} '
        f'{vl}><div class="container mx-auto flex items-center gap-4 px-4 py-2 text-sm" {vt}>'
        f'<span class="animate-pulse rounded bg-red-600 px-2 font-bold" {vt}>مباشر</span><ul '
        f'class="marquee flex gap-8" {vt}><!--[-->{items}<!--]--></ul><a href="/matches" class='
        f'"ms-auto text-amber-300" {vt}>كل المباريات</a></div></div><main id="main" class="'
        f'container mx-auto flex-1 px-4 py-6" {vl}><div class="grid gap-8 lg:grid-cols-12" {vp}>'
        f'<article class="rounded-2xl bg-white p-5 shadow-sm lg:col-span-8 md:p-8" {vp}><nav '
        f'aria-label="breadcrumb" class="mb-4 text-sm text-gray-500" {vp}><ol class="flex gap-2" '
        f'{vp}><li {vp}><a href="/" class="" {vp}>الرئيسية</a></li><li aria-hidden="true" {vp}>'
        f'›</li><li {vp}><a href="{sec_path}" class="" {vp}>{article.section}</a></li></ol>'
        f'</nav><a href="{sec_path}" class="inline-block rounded bg-emerald-600 px-3 py-1 text-xs '
        f'font-bold text-white" {vp}>{article.section}</a><h1 class="mt-3 text-2xl font-'
        f'extrabold leading-snug md:text-4xl" {vp}>{e(article.headline)}</h1>{dek}<div class="mt-5'
        f' flex flex-wrap items-center gap-4 border-y py-3 text-sm text-gray-500" {vp}>{byline}'
        f'<time datetime="{_z(moment)}" {vp}>{shown}</time><span {vp}>{_time(moment)}</span>'
        f'<span {vp}>{reading}</span><div class="ms-auto flex items-center gap-2" {vp}><span '
        f'{vp}>شارك الخبر</span><!--[-->{share}<!--]--><button type="button" class="text-xs" '
        f'{vp}>نسخ الرابط</button></div></div>{cover_html}<!--[-->{content}<!--]--><div class="'
        f'mt-8 flex flex-wrap items-center gap-2" {vp}><span class="font-bold" {vp}>الوسوم:</span>'
        f'<!--[-->{tags}<!--]--></div><section class="mt-10" {vp}><h2 class="mb-4 text-xl '
        f'font-extrabold" {vp}>أخبار ذات صلة</h2><div class="grid gap-4 sm:grid-cols-3" {vp}>'
        f'<!--[-->{"".join(cards)}<!--]--></div></section></article><aside class="space-y-6 '
        f'lg:col-span-4" {vs} {vp}><section class="rounded-2xl bg-white p-5 shadow-sm" {vs}><h2 '
        f'class="border-s-4 border-emerald-600 ps-3 text-lg font-extrabold" {vs}>الأكثر قراءة</h2>'
        f'<ol class="divide-y" {vs}><!--[-->{rail}<!--]--></ol></section><div class="ad-slot '
        f'flex h-64 items-center justify-center bg-gray-100 text-xs text-gray-400" {vs}>إعلان</div>'
        f'</aside></div></main><footer class="mt-10 bg-gray-900 text-gray-400" {vf} {vl}><div '
        f'class="container mx-auto grid gap-8 px-4 py-10 md:grid-cols-4" {vf}><div class="md:'
        f'col-span-2" {vf}><a href="/" class="text-2xl font-extrabold text-white" {vf}>{SITE}</a>'
        f'<p class="mt-3 text-sm" {vf}>{ABOUT}</p></div><div {vf}><h3 class="mb-3 font-bold '
        f'text-white" {vf}>البطولات</h3><ul class="space-y-2 text-sm" {vf}><!--[-->{leagues_foot}'
        f'<!--]--></ul></div><div {vf}><h3 class="mb-3 font-bold text-white" {vf}>روابط</h3><ul '
        f'class="space-y-2 text-sm" {vf}><!--[-->{footer_cols}<!--]--></ul><h3 class="mb-3 mt-6 '
        f'font-bold text-white" {vf}>تابعنا</h3></div></div><div class="border-t border-gray-800 '
        f'py-4 text-center text-xs" {vf}>© {moment.year} {SITE}. جميع الحقوق محفوظة</div></footer>'
        f"</div><!--]--></div>")
    image = f"{CMS}{cover['attributes']['url']}" if cover else f"{HOST}/og-default.png"
    desc = DEKS.get(n, article.lead[:150])
    org = {"@id": f"{HOST}/#identity"}
    graph = {"@context": "https://schema.org", "@graph": [
        {"@id": f"{HOST}/#website", "@type": "WebSite", "inLanguage": "ar", "name": SITE},
        {"@id": f"{url}/#webpage", "@type": "WebPage", "name": article.headline, "url": url},
        {"@id": f"{url}/#article", "@type": "NewsArticle", "headline": article.headline,
         "datePublished": _z(moment), "dateModified": record["attributes"]["updatedAt"],
         "image": [image], "inLanguage": "ar", "articleSection": article.section,
         "keywords": list(article.tags), "mainEntityOfPage": {"@id": f"{url}/#webpage"},
         "author": {"@type": "Person", "name": article.author} if article.author else org,
         "publisher": org},
        {**org, "@type": "Organization", "name": SITE, "url": HOST, "logo": f"{HOST}/logo.png"}]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    entry = ENTRY[n - 1]
    config = ('{public:{strapi:{url:"' + CMS + '",prefix:"/api",admin:"/admin",version:"v4",'
              'cookie:{},auth:{},cookieName:"strapi_jwt",devtools:false}},app:{baseURL:"/",'
              f'buildId:"{BUILD[n - 1]}",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}')
    head = "\n".join((
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(article.headline)} - {SITE}</title>",
        '<link rel="preconnect" href="https://fonts.googleapis.com">',
        '<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>',
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Cairo:wght@400;600;'
        '700;800&display=swap">',
        f'<link rel="stylesheet" href="/_nuxt/entry.{entry}.css" crossorigin>',
        '<link rel="stylesheet" href="/_nuxt/_slug_.C7vR2nXe.css" crossorigin>',
        f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{entry}.js">',
        *(f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{c}.js">'
          for c in ("Cq8ZtY4m", "D1sHw0Ko")),
        '<link rel="prefetch" as="script" crossorigin href="/_nuxt/B4jPzR6u.js">',
        f'<meta name="description" content="{e(desc)}">',
        *(f'<meta property="{k}" content="{v}">' for k, v in (
            ("og:title", e(article.headline)), ("og:description", e(desc)), ("og:type", "article"),
            ("og:url", url), ("og:image", image), ("og:site_name", SITE), ("og:locale", "ar_QA"),
            ("article:published_time", _z(moment)), ("article:section", article.section))),
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@mal3abarabi">',
        f'<link rel="canonical" href="{url}">',
        f'<script type="application/ld+json" id="schema-org-graph">{ld}</script>',
        f'<script type="module" src="/_nuxt/{entry}.js" crossorigin></script>'))
    page.html = (
        f'<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>{head}</head>\n<body>{body}'
        f'<div id="teleports"></div><script type="application/json" data-nuxt-data="nuxt-app" '
        f'data-ssr="true" id="__NUXT_DATA__">{devalue(payload)}</script><script>window.__NUXT__='
        f"{{}};window.__NUXT__.config={config}</script></body>\n</html>\n")
    return page
