"""An Emirati online paper ("نبأ الإمارات") on Nuxt 3 (Vue 3 SSR over a headless CMS): an article
page as its Node server renders it. Nuxt's shell `<!DOCTYPE html><html lang="ar" dir="rtl"><head>`
holds unhead's tags one a line: charset, viewport, `<title>` "headline | نبأ الإمارات", the GPT ad
script, `/_nuxt/entry.<hash>.css` and the page chunk's CSS, `<link rel="modulepreload" as="script"
crossorigin>` for `/_nuxt/entry.<hash>.js` and the layout/page/component chunks, error-404/500
prefetches, the `<script type="module">` entry, description, og/twitter, `article:published_time`
in UTC (".000Z"), canonical and a nuxt-schema-org JSON-LD `@graph`. The body: the GTM noscript,
`<div id="__nuxt">` with the whole app on one line, the empty `<div id="teleports">`, then
`<script type="application/json" id="__NUXT_DATA__" data-ssr="true">`, the devalue-flattened
payload (`["ShallowReactive",1]`; data keyed by useAsyncData key: the story's title, summary, body
HTML, publishedAt/updatedAt in UTC, the most-read and ticker lists; state, `["Set"]`, _errors),
and `<script>window.__NUXT__={};window.__NUXT__.config={...}</script>`. The markup is Vue's: each
element of a scoped component carries a bare `data-v-xxxxxxxx` (a child component's root the
parent's id, then its own), lists and multi-root v-if/v-for blocks sit between `<!--[-->` and
`<!--]-->`, a false v-if prints `<!--v-if-->`, NuxtLinks print `class=""`, NuxtImg prints
`onerror=... loading="lazy" data-nuxt-img`. The layout: top bar (today's date, Abu Dhabi weather,
about/contact/advertise), masthead, main nav (the story's section `is-active`), the "عاجل" ticker.
The page: breadcrumbs, category link, `h1.article-title`, `div.article-meta` (page 1 the writer's
avatar and `a.author-link`, page 2 "المصدر: وام"; a `<time datetime="...+04:00">` that reads
"الأحد 12 مايو 2024 - 10:30" on pages 1 and 3 but only "قبل 5 ساعات" on page 2, whose 01:40 local
time is the day before in the UTC payload, meta and JSON-LD; page 3 adds "آخر تحديث: ..."),
reading time, views, the share bar, a figure (page 1 a lazy NuxtImg with `<figcaption>`, page 3
the image without caption, page 2 none), `div.article-content` whose blocks are `<p data-v-...>`
(v-html; page 1 bolds a figure and links a phrase, page 3 has an `<h2>` subheading) with an
`ad-slot` ("إعلان") after the second block (page 1 a second one) and the "مواضيع ذات صلة" box
halfway; then tags ("الوسوم:"), a WhatsApp channel link, "المزيد من <section>" cards with dates,
the sidebar ("الأكثر قراءة", ad, newsletter) and the footer. All but the paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from math import ceil
from urllib.parse import quote

from .base import Article, Page, day_month_year, rotate, weekday

NAME = "nuxt3_payload_outlet"
HELD_OUT = True
SET = "unseen16"
FAMILY = "Nuxt 3 (Vue SSR) Emirati news outlet: data-v scoped markup, <!--[--> fragments, __NUXT_DATA__ devalue payload in UTC, +04:00 <time>, relative date on one page, ad-slot and inline related box in the body"
HOST = "https://www.naba-alemarat.example"
SITE = "نبأ الإمارات"
CDN = "https://cdn.naba-alemarat.example"
LOCAL = timedelta(hours=4)
LAYOUT, HEADER, TICKER, PAGE = "data-v-5e1b7a2c", "data-v-4b7e9c21", "data-v-6c2d8e15", "data-v-8f3d2a10"
AD, INLINE, SIDEBAR, FOOTER = "data-v-7a1c3e58", "data-v-9d4e1b37", "data-v-3a6f0d92", "data-v-2a9f4c60"
SHARE, CARD = "data-v-c14b7e03", "data-v-e07d5b6a"
NAV = (("/", "الرئيسية"), ("/local", "محليات"), ("/gulf", "الخليج"), ("/world", "العالم"),
       ("/economy", "اقتصاد"), ("/sport", "رياضة"), ("/tech", "تكنولوجيا"), ("/culture", "ثقافة"),
       ("/variety", "منوعات"), ("/videos", "فيديو"))
SECTION_PATH = {label: path for path, label in NAV}
TOP_LINKS = (("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"))
FOOT_LINKS = TOP_LINKS + (("/privacy", "سياسة الخصوصية"), ("/terms", "شروط الاستخدام"))
ABOUT = "نبأ الإمارات موقع إخباري يغطي أخبار الدولة والخليج والعالم على مدار الساعة"
COPYRIGHT = "© 2024 نبأ الإمارات. جميع الحقوق محفوظة"
CHANNEL = "تابعوا نبأ الإمارات على واتساب"
NEWSLETTER = ("النشرة البريدية", "أهم أخبار الإمارات والخليج في بريدك كل صباح", "اشترك")
BREAKING = ("هيئة الطرق: إغلاق جزئي لشارع الاتحاد ليلة الجمعة لأعمال صيانة", "مؤشر سوق دبي المالي يرتفع 0.8% في ختام تعاملات اليوم",
            "الطيران المدني يعلن جدولا جديدا للرحلات الإقليمية", "افتتاح ثلاث مدارس حكومية جديدة في الفجيرة مطلع العام الدراسي",
            "حملة للتبرع بالدم في مراكز التسوق بالعين حتى نهاية الأسبوع")
MOST_READ = ("أسعار الوقود للشهر الجاري: تراجع طفيف في سعر البنزين", "إطلاق خدمة حجز مواقف المركبات عبر الهاتف في أبوظبي",
             "الطيران المدني: زيادة الرحلات اليومية بين دبي والرياض", "مواعيد الدوام الرسمي للجهات الحكومية الاتحادية في العطلة",
             "سعر الذهب في أسواق دبي يسجل مستوى قياسيا جديدا", "خصومات تصل إلى 75% في مهرجان التسوق بالعين",
             "نادي الشارقة يحسم صفقة مهاجم برازيلي قبل إغلاق باب الانتقالات", "إنجاز 70% من مشروع توسعة طريق الشيخ خليفة في أم القيوين")
MORE = {  # "المزيد من <section>": the section's three latest before the story
    "اقتصاد": ("غرفة الفجيرة تنظم ملتقى للمصدرين الشهر المقبل", "ارتفاع عدد الرخص التجارية الجديدة في عجمان 9%", "شركات الطيران الوطنية تنقل 4 ملايين مسافر في شهر واحد"),
    "محليات": ("بلدية العين تنهي صيانة 30 حديقة عامة قبل الموسم الشتوي", "خدمة جديدة لإصدار شهادات الميلاد عبر التطبيق الحكومي", "معرض للحرف التراثية يستقطب 20 ألف زائر في الشارقة"),
    "تكنولوجيا": ("طلبة جامعيون يبتكرون جهازا لرصد تسرب المياه في المنازل", "شرطة دبي تطلق منصة للإبلاغ عن الاحتيال الإلكتروني", "إطلاق أول مختبر لتقنيات الزراعة المائية في رأس الخيمة")}
# page -> (hours after publishing the page was rendered, Abu Dhabi temperature, views)
RENDERED = {1: (3.4, 41, 2300), 2: (5, 36, 0), 3: (14.2, 38, 870)}
BOLD = {1: (0, "1.2 مليار درهم")}
LINKED = {1: (3, "سياسات التوطين", "التوطين")}
SUBHEAD = {3: "مراحل التطبيق"}
AUTHOR_SLUG = {"سالم الكعبي": "salem-alkaabi"}
SOURCE = {2: "وام"}
IMAGE = {1: "2024/05/jazirat-alhamra-industrial.jpg", 3: "2024/10/classroom-ai-training.jpg"}
SVG = '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" {s}><use href="/icons.svg#{i}" {s}></use></svg>'


class Wrap:
    """A Nuxt payload reducer's output: ["ShallowReactive", i], ["Reactive", i], ["Set", ...]."""

    def __init__(self, kind: str, value: object = None) -> None:
        self.kind, self.value = kind, value


def devalue(root: object) -> str:
    """devalue.stringify: one flat array, objects pointing at other entries by index,
    containers once per object, equal primitives once; `<` written as \\u003C."""
    out: list[str] = []
    seen: dict[object, int] = {}

    def lit(value: object) -> str:
        return json.dumps(value, ensure_ascii=False).replace("<", "\\u003C")

    def flat(value: object) -> int:
        key = id(value) if isinstance(value, dict | list | Wrap) else (type(value).__name__, value)
        if key in seen:
            return seen[key]
        index = seen[key] = len(out)
        out.append("")
        if isinstance(value, Wrap):
            out[index] = (f'["Set"{"".join("," + str(flat(v)) for v in value.value)}]' if value.kind == "Set"
                          else f'["{value.kind}",{flat(value.value)}]')
        elif isinstance(value, dict):
            out[index] = "{" + ",".join(f"{lit(k)}:{flat(v)}" for k, v in value.items()) + "}"
        elif isinstance(value, list):
            out[index] = "[" + ",".join(str(flat(v)) for v in value) + "]"
        else:
            out[index] = lit(value)
        return index

    flat(root)
    return "[" + ",".join(out) + "]"


def ve(text: str) -> str:
    """Vue's escapeHtml (interpolations and attribute values)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _machine(moment) -> str:
    return f"{_local(moment):%Y-%m-%dT%H:%M:%S}+04:00"


def _full(moment) -> str:
    """The site's dayjs format: "الأحد 12 مايو 2024 - 10:30"."""
    return f"{_today(moment)} - {_local(moment):%H:%M}"


def _today(moment) -> str:
    local = _local(moment)
    return f"{weekday(local)} {day_month_year(local)}"


def _relative(hours: float) -> str:
    whole = int(hours)
    return {1: "قبل ساعة", 2: "قبل ساعتين"}.get(whole, f"قبل {whole} ساعات" if whole <= 10 else f"قبل {whole} ساعة")


def _reading(words: int) -> str:
    minutes = ceil(words / 120)
    return {1: "دقيقة واحدة للقراءة", 2: "دقيقتان للقراءة"}.get(minutes, f"{minutes} دقائق للقراءة")


def _views(count: int) -> str:
    return f"{count / 1000:.1f} ألف مشاهدة" if count >= 1000 else f"{count} مشاهدة"


def _blocks(article: Article, n: int) -> list[tuple[str, str]]:
    """The CMS body as (tag, inner HTML) blocks, as its rich-text editor stored them."""
    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        inner = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if n in BOLD and BOLD[n][0] == k:
            inner = inner.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            _, words, tag = LINKED[n]
            inner = inner.replace(words, f'<a href="{HOST}/tag/{quote(tag)}">{words}</a>', 1)
        blocks.append(("h2" if SUBHEAD.get(n) == text else "p", inner))
    return blocks


def _img(src: str, alt: str, width: int, height: int, scope: str, cls: str) -> str:
    small, big = (f"/_ipx/w_{w}&amp;f_webp&amp;q_80/{src}" for w in (width // 2, width))
    return (f'<img src="{big}" onerror="this.setAttribute(&#39;data-error&#39;, 1)" width="{width}" height="{height}" '
            f'alt="{ve(alt)}" loading="lazy" data-nuxt-img sizes="(max-width: 768px) 100vw, {width}px" '
            f'srcset="{small} {width // 2}w, {big} {width}w" class="{cls}" {scope}>')


def _ad(slot: str, parent: str, number: int) -> str:
    return (f'<div class="ad-slot{slot and " ad-slot--" + slot}" {parent} {AD}><span class="ad-slot__label" {AD}>إعلان</span>'
            f'<div id="gpt-ad-{slot or "inread"}-{number}" class="ad-slot__unit" '
            f'style="min-height:250px;" {AD}></div></div>')


def _links(items, scope: str, li: str = "") -> str:
    cls = f' class="{li}"' if li else ""
    return "<!--[-->" + "".join(f'<li{cls} {scope}><a href="{path}" class="" {scope}>{ve(label)}</a></li>'
                                for path, label in items) + "<!--]-->"


def _content(article: Article, n: int, related: list[tuple[str, str]]) -> str:
    blocks = _blocks(article, n)
    box = (f'<div class="inline-related" {PAGE} {INLINE}><span class="inline-related__title" {INLINE}>'
           f'مواضيع ذات صلة</span><ul class="inline-related__list" {INLINE}>{_links(related, INLINE)}</ul></div>')
    parts = []
    for i, (tag, inner) in enumerate(blocks):
        ad = _ad("", PAGE, 1 + (i > 1)) if i == 1 or (i == 5 and len(blocks) > 6) else "<!--v-if-->"
        inline = box if i == len(blocks) // 2 else "<!--v-if-->"
        parts.append(f"<!--[--><{tag} {PAGE}>{inner}</{tag}>{ad}{inline}<!--]-->")
    return f'<div class="article-content" {PAGE}><!--[-->{"".join(parts)}<!--]--></div>'


def _share(url: str) -> str:
    target = quote(url, safe="")
    nets = (("facebook", "فيسبوك", f"https://www.facebook.com/sharer/sharer.php?u={target}"),
            ("x", "إكس", f"https://x.com/intent/post?url={target}"),
            ("whatsapp", "واتساب", f"https://wa.me/?text={target}"),
            ("telegram", "تيليغرام", f"https://t.me/share/url?url={target}"))
    buttons = "".join(f'<a href="{link}" target="_blank" rel="noopener noreferrer" class="share-bar__btn '
                      f'share-bar__btn--{net}" aria-label="{label}" {SHARE}>{SVG.format(s=SHARE, i=net)}</a>'
                      for net, label, link in nets)
    return (f'<div class="share-bar" {PAGE} {SHARE}><span class="share-bar__label" {SHARE}>شارك الخبر</span>'
            f'<!--[-->{buttons}<!--]--><button type="button" class="share-bar__btn share-bar__btn--copy" {SHARE}>'
            f'{SVG.format(s=SHARE, i="link")}<span {SHARE}>نسخ الرابط</span></button></div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    hours, temp, views = RENDERED[n]
    now = moment + timedelta(hours=hours)
    updated = moment + timedelta(minutes=(25, 0, 155)[n - 1])
    section, sec_path = article.section, SECTION_PATH[article.section]
    url = HOST + (path := f"{sec_path}/{article.slug}")
    shown = _relative(hours) if n == 2 else _full(moment)
    page = Page(url=url, html="", shown_date=shown)
    words = len(article.body.split())
    summary = " ".join(article.lead.split())[:150].rsplit(" ", 1)[0] + "..."
    base_id = int(article.slug)
    related = [(f"{sec_path}/{base_id - 37 * (k + 1)}", t) for k, t in enumerate(article.related)]
    breaking = [(f"/news/{base_id + 11 * (k + 1)}", t) for k, t in enumerate(rotate(BREAKING, n, 3))]
    most = [(f"/news/{base_id - 401 * (k + 1)}", t) for k, t in enumerate(rotate(MOST_READ, 2 * n, 5))]
    more = [(f"{sec_path}/{base_id - 90 * (k + 1)}", t, moment - timedelta(days=k + 1, hours=3 * k))
            for k, t in enumerate(MORE[article.section])]
    author, image, caption = article.author, IMAGE.get(n), None if article.caption == "-" else article.caption

    # ---- the visible chrome, in page order
    page.add(_today(now), f"أبوظبي {temp}°", *(label for _, label in TOP_LINKS),
             *(label for _, label in NAV), "عاجل", *(t for _, t in breaking), "الرئيسية", section)
    page.add(author or "", f"المصدر: {SOURCE[n]}" if n in SOURCE else "", shown,
             f"آخر تحديث: {_full(updated)}" if n == 3 else "")
    page.add(_reading(words), _views(views) if views else "", "شارك الخبر", "نسخ الرابط", caption or "",
             "إعلان", "مواضيع ذات صلة", *(t for _, t in related), "الوسوم:", *article.tags, CHANNEL,
             f"المزيد من {section}", *(t for _, t, _ in more), *(day_month_year(_local(d)) for *_, d in more),
             "الأكثر قراءة", *(t for _, t in most), *NEWSLETTER, ABOUT, "الأقسام", "روابط مهمة",
             *(label for _, label in FOOT_LINKS), "حمّل التطبيق", COPYRIGHT)

    # ---- the payload the page was rendered from (devalue)
    cat = {"id": 3 + NAV.index((sec_path, section)), "name": section, "slug": sec_path.strip("/")}
    data_key = f"article-{article.slug}"
    story = {
        "id": base_id, "title": article.headline, "summary": summary,
        "body": "".join(f"<{t}>{h}</{t}>" for t, h in _blocks(article, n)),
        "publishedAt": _utc(moment), "updatedAt": _utc(updated), "readingTime": ceil(words / 120),
        "views": views, "category": cat, "source": SOURCE.get(n),
        "author": {"id": 58, "name": author, "slug": AUTHOR_SLUG[author],
                   "avatar": f"{CDN}/authors/{AUTHOR_SLUG[author]}.jpg"} if author else None,
        "tags": [{"id": 900 + 7 * k + n, "name": t, "slug": t.replace(" ", "-")}
                 for k, t in enumerate(article.tags)],
        "cover": {"url": f"{CDN}/uploads/{image}", "caption": caption, "width": 1200, "height": 675} if image else None,
        "related": [{"id": int(p.rsplit("/", 1)[1]), "title": t, "path": p} for p, t in related],
    }
    lists = {"most-read": most, "breaking-news": breaking}
    data = {data_key: story, **{k: [{"id": int(p.rsplit("/", 1)[1]), "title": t, "path": p} for p, t in v]
                                for k, v in lists.items()},
            f"more-{cat['slug']}": [{"id": int(p.rsplit("/", 1)[1]), "title": t, "path": p,
                                     "publishedAt": _utc(d)} for p, t, d in more]}
    payload = Wrap("ShallowReactive", {
        "data": Wrap("ShallowReactive", data),
        "state": Wrap("Reactive", {"$sticker-paused": False, "$scookie-consent": None}),
        "once": Wrap("Set", []), "_errors": Wrap("ShallowReactive", dict.fromkeys(data)),
        "serverRendered": True, "path": path})

    # ---- the app (one line, as Vue's SSR prints it)
    header = (
        f'<header class="site-header" {LAYOUT} {HEADER}><div class="topbar" {HEADER}><div class="container topbar__inner" {HEADER}>'
        f'<span class="topbar__date" {HEADER}>{_today(now)}</span><span class="topbar__weather" {HEADER}>أبوظبي {temp}°</span>'
        f'<ul class="topbar__links" {HEADER}>{_links(TOP_LINKS, HEADER)}</ul></div></div>'
        f'<div class="masthead" {HEADER}><div class="container masthead__inner" {HEADER}><button type="button" class="masthead__menu" '
        f'aria-label="القائمة" {HEADER}><span {HEADER}></span><span {HEADER}></span><span {HEADER}></span></button>'
        f'<a href="/" class="masthead__logo" {HEADER}><img src="/images/logo-naba.svg" alt="{SITE}" width="190" height="52" {HEADER}></a>'
        f'<button type="button" class="masthead__search" aria-label="بحث" {HEADER}>{SVG.format(s=HEADER, i="search")}</button></div></div>'
        f'<nav class="main-nav" aria-label="الأقسام الرئيسية" {HEADER}><div class="container" {HEADER}><ul class="main-nav__list" {HEADER}><!--[-->'
        + "".join(f'<li class="main-nav__item{" is-active" if p == sec_path else ""}" {HEADER}><a href="{p}" class="" {HEADER}>{label}</a></li>'
                  for p, label in NAV)
        + "<!--]--></ul></div></nav></header>")
    ticker = (f'<div class="breaking" {LAYOUT} {TICKER}><div class="container breaking__inner" {TICKER}><span class="breaking__label" {TICKER}>عاجل</span>'
              f'<div class="breaking__track" {TICKER}><ul class="breaking__list" {TICKER}>{_links(breaking, TICKER, "breaking__item")}</ul></div></div></div>')
    if author:
        slug = AUTHOR_SLUG[author]
        byline = (f'<!--[--><img src="{CDN}/authors/{slug}.jpg" alt="{ve(author)}" width="40" height="40" loading="lazy" '
                  f'class="author-avatar" {PAGE}><a href="/author/{slug}" class="author-link" {PAGE}>{ve(author)}</a><!--]-->')
    else:
        byline = "<!--v-if-->"
    source = f'<span class="article-source" {PAGE}>المصدر: {SOURCE[n]}</span>' if n in SOURCE else "<!--v-if-->"
    upd = (f'<span class="article-updated" {PAGE}>آخر تحديث: <time datetime="{_machine(updated)}" {PAGE}>{_full(updated)}</time></span>'
           if n == 3 else "<!--v-if-->")
    view = f'<span class="article-views" {PAGE}>{_views(views)}</span>' if views else "<!--v-if-->"
    if image:
        cap = f'<figcaption class="article-figure__caption" {PAGE}>{ve(caption)}</figcaption>' if caption else "<!--v-if-->"
        figure = (f'<figure class="article-figure" {PAGE}>{_img("images/" + image, article.headline, 1200, 675, PAGE, "article-figure__img")}'
                  f"{cap}</figure>")
    else:
        figure = "<!--v-if-->"
    tags = "".join(f'<a href="/tag/{quote(t.replace(" ", "-"))}" class="tag" {PAGE}>{ve(t)}</a>' for t in article.tags)
    cards = "".join(
        f'<a href="{p}" class="news-card" {PAGE} {CARD}>{_img("images/thumbs/" + p.rsplit("/", 1)[1] + ".jpg", t, 400, 225, CARD, "news-card__img")}'
        f'<div class="news-card__body" {CARD}><h3 class="news-card__title" {CARD}>{ve(t)}</h3>'
        f'<time datetime="{_machine(d)}" class="news-card__date" {CARD}>{day_month_year(_local(d))}</time></div></a>'
        for p, t, d in more)
    sidebar = (
        f'<aside class="article-sidebar" {PAGE} {SIDEBAR}><section class="widget widget--most-read" {SIDEBAR}>'
        f'<h3 class="widget__title" {SIDEBAR}>الأكثر قراءة</h3><ol class="most-read" {SIDEBAR}>{_links(most, SIDEBAR, "most-read__item")}</ol></section>'
        f'{_ad("sidebar", SIDEBAR, 1)}<section class="widget widget--newsletter" {SIDEBAR}><h3 class="widget__title" {SIDEBAR}>{NEWSLETTER[0]}</h3>'
        f'<p class="widget__text" {SIDEBAR}>{NEWSLETTER[1]}</p><form class="newsletter-form" {SIDEBAR}><input type="email" '
        f'placeholder="بريدك الإلكتروني" aria-label="البريد الإلكتروني" required {SIDEBAR}><button type="submit" {SIDEBAR}>{NEWSLETTER[2]}</button>'
        f"</form></section></aside>")
    article_html = (
        f'<div class="article-page container" {PAGE}><div class="article-layout" {PAGE}><div class="article-main" {PAGE}>'
        f'<nav class="breadcrumbs" aria-label="مسار التنقل" {PAGE}><ol {PAGE}><li {PAGE}><a href="/" class="" {PAGE}>الرئيسية</a></li>'
        f'<li {PAGE}><a href="{sec_path}" class="" {PAGE}>{section}</a></li><li aria-current="page" {PAGE}><span {PAGE}>{ve(article.headline)}</span></li></ol></nav>'
        f'<article class="article" {PAGE}><header class="article-header" {PAGE}><a href="{sec_path}" class="article-category" {PAGE}>{section}</a>'
        f'<h1 class="article-title" {PAGE}>{ve(article.headline)}</h1><div class="article-meta" {PAGE}>{byline}{source}'
        f'<time datetime="{_machine(moment)}" class="article-date" {PAGE}>{shown}</time>{upd}'
        f'<span class="article-reading" {PAGE}>{_reading(words)}</span>{view}</div>{_share(url)}</header>{figure}'
        f"{_content(article, n, related)}"
        f'<div class="article-tags" {PAGE}><span class="article-tags__label" {PAGE}>الوسوم:</span><!--[-->{tags}<!--]--></div>'
        f'<a href="https://whatsapp.com/channel/0029VaNabaEmarat" target="_blank" rel="noopener" class="article-channel" {PAGE}>{CHANNEL}</a></article>'
        f'<section class="more-news" {PAGE}><h2 class="section-title" {PAGE}>المزيد من {section}</h2>'
        f'<div class="more-news__grid" {PAGE}><!--[-->{cards}<!--]--></div></section></div>{sidebar}</div></div>')
    footer = (
        f'<footer class="site-footer" {LAYOUT} {FOOTER}><div class="container site-footer__grid" {FOOTER}><div class="site-footer__about" {FOOTER}>'
        f'<img src="/images/logo-naba-white.svg" alt="{SITE}" width="160" height="44" loading="lazy" {FOOTER}><p {FOOTER}>{ABOUT}</p></div>'
        f'<div class="site-footer__col" {FOOTER}><h4 {FOOTER}>الأقسام</h4><ul {FOOTER}>{_links(NAV[1:], FOOTER)}</ul></div>'
        f'<div class="site-footer__col" {FOOTER}><h4 {FOOTER}>روابط مهمة</h4><ul {FOOTER}>{_links(FOOT_LINKS, FOOTER)}</ul></div>'
        f'<div class="site-footer__col" {FOOTER}><h4 {FOOTER}>حمّل التطبيق</h4><div class="site-footer__apps" {FOOTER}>'
        f'<a href="https://apps.apple.com/ae/app/id1588204417" class="app-badge" {FOOTER}><img src="/images/app-store-ar.svg" alt="App Store" width="135" height="40" loading="lazy" {FOOTER}></a>'
        f'<a href="https://play.google.com/store/apps/details?id=ae.naba.news" class="app-badge" {FOOTER}><img src="/images/google-play-ar.svg" alt="Google Play" width="135" height="40" loading="lazy" {FOOTER}></a>'
        f'</div></div></div><div class="site-footer__bottom" {FOOTER}><div class="container" {FOOTER}><p {FOOTER}>{COPYRIGHT}</p></div></div></footer>')
    app = (f'<div id="__nuxt"><!--[--><div class="layout-default" {LAYOUT}>{header}{ticker}<main class="site-main" {LAYOUT}>'
           f"<!--[-->{article_html}<!--]--></main>{footer}</div><!--]--></div>")

    # ---- the head (unhead, one tag a line)
    cover = f"{CDN}/uploads/{image}" if image else f"{CDN}/static/og-default.jpg"
    identity, website = f"{HOST}/#identity", f"{HOST}/#website"
    person = ({"@type": "Person", "name": author, "url": f"{HOST}/author/{AUTHOR_SLUG[author]}"}
              if author else {"@id": identity})
    graph = {"@context": "https://schema.org", "@graph": [
        {"@id": identity, "@type": "NewsMediaOrganization", "name": SITE, "url": f"{HOST}/",
         "logo": {"@type": "ImageObject", "url": f"{CDN}/static/logo-600.png"},
         "sameAs": ["https://x.com/NabaEmarat", "https://www.instagram.com/nabaemarat"]},
        {"@id": website, "@type": "WebSite", "inLanguage": "ar-AE", "name": SITE, "publisher": {"@id": identity},
         "url": f"{HOST}/"},
        {"@id": f"{url}#webpage", "@type": "WebPage", "isPartOf": {"@id": website}, "name": article.headline,
         "url": url, "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@id": f"{url}#article", "@type": "NewsArticle", "articleSection": [section], "author": person,
         "dateModified": _utc(updated), "datePublished": _utc(moment), "description": summary,
         "headline": article.headline, "image": [cover], "inLanguage": "ar-AE", "keywords": list(article.tags),
         "mainEntityOfPage": {"@id": f"{url}#webpage"}, "publisher": {"@id": identity}}]}
    chunks = ("entry.B4kT9wZc", "default.Q2nR8vYp", "_id_.Dm3sH1qX", "AdSlot.BhL6nW2s", "NewsCard.Cx5aK0tB",
              "composables.Bz1Yq8Ke")
    head = [
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{ve(article.headline)} | {SITE}</title>", f'<link rel="preconnect" href="{CDN}">',
        '<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>',
        '<link rel="stylesheet" href="/_nuxt/entry.Dq7wK3mA.css">', '<link rel="stylesheet" href="/_nuxt/_id_.C9vPq2Lm.css">',
        *(f'<link rel="modulepreload" as="script" crossorigin href="/_nuxt/{c}.js">' for c in chunks),
        '<link rel="prefetch" as="script" crossorigin href="/_nuxt/error-404.Ck8dT1rS.js">',
        '<link rel="prefetch" as="script" crossorigin href="/_nuxt/error-500.DyN3vU0h.js">',
        '<script type="module" src="/_nuxt/entry.B4kT9wZc.js" crossorigin></script>',
        f'<meta name="description" content="{ve(summary)}">', '<meta name="theme-color" content="#0b5e3c">',
        f'<meta property="og:site_name" content="{SITE}">', '<meta property="og:locale" content="ar_AE">',
        '<meta property="og:type" content="article">', f'<meta property="og:title" content="{ve(article.headline)}">',
        f'<meta property="og:description" content="{ve(summary)}">', f'<meta property="og:url" content="{url}">',
        f'<meta property="og:image" content="{cover}">', '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@NabaEmarat">',
        f'<meta property="article:published_time" content="{_utc(moment)}">',
        f'<meta property="article:modified_time" content="{_utc(updated)}">',
        f'<meta property="article:section" content="{section}">',
        *(f'<meta property="article:tag" content="{ve(t)}">' for t in article.tags),
        '<link rel="icon" type="image/x-icon" href="/favicon.ico">', '<link rel="apple-touch-icon" href="/apple-touch-icon.png">',
        f'<link rel="canonical" href="{url}">',
        '<script type="application/ld+json" data-hid="schema-org-graph">'
        + json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C") + "</script>",
    ]
    config = ('{public:{apiBase:"https://api.naba-alemarat.example/v1",siteUrl:"' + HOST + '",gtm:{id:"GTM-K7R2M4Q",'
              'enabled:true},gpt:{networkCode:"21812345678",lazyLoad:true}},app:{baseURL:"/",buildId:'
              '"6f1d2c3a-8b4e-4f0a-9c7d-2e5b1a9f3c60",buildAssetsDir:"/_nuxt/",cdnURL:""}}')
    page.html = (
        '<!DOCTYPE html><html lang="ar" dir="rtl"><head>' + "\n".join(head) + "</head><body>"
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7R2M4Q" height="0" width="0" '
        'style="display:none;visibility:hidden"></iframe></noscript>'
        + app + '<div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" data-ssr="true">'
        + devalue(payload) + "</script>\n<script>window.__NUXT__={};window.__NUXT__.config=" + config
        + "</script></body></html>")
    return page

