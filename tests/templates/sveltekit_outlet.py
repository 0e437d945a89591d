"""A Saudi digital news outlet ("وهج") built on SvelteKit 2 with Svelte 5, as its Node server renders
an article page (`/news/<id>`). The head is the app.html shell (charset, viewport, `../favicon.png`
through the relative `paths.assets`), the `<link href="../_app/immutable/assets/....css"
rel="stylesheet">` lines SvelteKit writes, then the `<svelte:head>` blocks of the root layout and
of the page, each opened by its component hash comment (`<!--1rbw6ke-->`) and closed by `<!---->`,
void tags self-closed (`<meta .../>`), siblings separated by one space: description, canonical,
og/twitter, `article:published_time` in UTC from `toISOString()`, the JSON-LD `NewsArticle` printed
with `{@html}` (between `<!---->` markers), and the `<title>` ("headline | وهج") moved after all of
them. The body (`data-sveltekit-preload-data="hover"`, `<div style="display: contents">`) carries
the Svelte 5 hydration comments (`<!--[-->`, `<!--[!-->`, `<!--]-->`, `<!---->`) and
`svelte-<hash>` scoped classes: a top bar with today's date (the crawl day, not the story's) and
its links, the header with logo and section nav, a breaking-news ticker on page 2 only, the
breadcrumb, the article header (kicker, h1, a standfirst on page 1, the meta row: byline "بقلم ..."
with avatar on page 1 only, a "الرياض - واس" or "وهج - تبوك" source on pages 2-3, `<time
datetime="...Z">` printing the Riyadh (+03:00) time as Intl does "الثلاثاء، 21 مايو 2024 - 10:30
ص", reading time, an "آخر تحديث" time on page 3), the share bar, a hero figure (page 1 with caption
and photo credit, page 3 without caption, page 2 none), the body `{@html}` from the CMS (page 1
bolds words, links a phrase, has an `<h2>` subheading counted as body, and an editor's "اقرأ أيضاً"
box that is chrome; page 3 links a phrase and embeds a YouTube iframe), hashtag-style tags, the
author card (page 1), related cards, a newsletter form posting to a SvelteKit action, the most-read
list and the footer. Then the `__sveltekit_<hash>` start script: `kit.start(app, element,
{node_ids, data, form, error})` with the load data devalue-serialised (unquoted keys, `new
Date(ms)`, `\\u003C` for `<`), the article body as an HTML string among it. Page 2 was published at
01:15 Riyadh time, so every machine-readable time is the day before."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import MONTHS, MOST_READ, Article, Page, rotate, weekday

NAME = "sveltekit_outlet"
HELD_OUT = True
SET = "unseen23"
FAMILY = ("SvelteKit 2 / Svelte 5 SSR news outlet: hydration comments, svelte-hash classes, "
          "svelte:head blocks, devalue start-script data holding the body, related, newsletter")
HOST = "https://svelte-outlet-sa.example"
SITE = "وهج"
RIYADH = timedelta(hours=3)
TABS = "\t\t\t"
TOP_LINKS = (("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"))
SECTIONS = (("local", "محليات"), ("economy", "اقتصاد"), ("sports", "رياضة"), ("tech", "تقنية"),
            ("tourism", "سياحة"), ("culture", "ثقافة وفنون"), ("columns", "مقالات"))
SLUGS = {name: slug for slug, name in SECTIONS}
HOME = "الرئيسية"
CURRENT = ' aria-current="page"'
SEARCH = "بحث"
TICKER = ("عاجل", "وزارة التعليم: تعليق الدراسة الحضورية اليوم في محافظات صبيا وأبو عريش وفيفاء")
STANDFIRST = "المرحلة الأولى تشمل 11 حيا في شمال العاصمة وشرقها وتنتهي قبل نهاية يوليو"
BYLINE = ("ريم الدوسري", "reem-aldosari", "محررة الشؤون البلدية والتنمية الحضرية في وهج")
SOURCE = {2: "الرياض - واس", 3: "وهج - تبوك"}
CREDIT = "تصوير: سلطان العنزي"
READING = {1: "4 دقائق قراءة", 2: "دقيقة واحدة قراءة", 3: "3 دقائق قراءة"}
UPDATED = {3: timedelta(hours=16, minutes=25)}
SHARE = ("شارك الخبر", "نسخ الرابط")
SUBHEAD = {1: 3}
BOLD = {1: (1, "تسعة آلاف شجرة محلية")}
LINKS = {1: (2, "برنامج أنسنة المدن", "/tag/أنسنة_المدن"),
         3: (1, "شركات سياحية مرخصة", "https://mt.gov.sa.example/licensed-operators")}
READ_ALSO = {1: 2}
READ_ALSO_LABEL = "اقرأ أيضاً:"
VIDEO = {3: (3, "kq8TzW2fLxE", "الثلوج تكسو قمة جبل اللوز صباح الثلاثاء")}
IMAGE = {1: "mamsha-malqa", 3: "jabal-allawz-snow"}
TAGS_LABEL = "الوسوم:"
AUTHOR_MORE = "كل مقالات الكاتبة"
RELATED = "أخبار ذات صلة"
NEWSLETTER = ("نشرة وهج الصباحية", "أهم أخبار المملكة في رسالة واحدة كل صباح عند السابعة.",
              "اشترك")
MOST = "الأكثر قراءة"
ABOUT = "وهج صحيفة سعودية إلكترونية تغطي أخبار المملكة والعالم على مدار الساعة."
FOOT_HEADS = ("الأقسام", "عن وهج", "تابعنا")
FOOT_LINKS = (("/privacy", "سياسة الخصوصية"), ("/terms", "الشروط والأحكام"),
              ("/corrections", "سياسة التصحيح"))
SOCIAL = (("https://x.com/wahj_sa", "إكس"), ("https://instagram.com/wahj_sa", "إنستغرام"),
          ("https://youtube.com/@wahj_sa", "يوتيوب"), ("https://snapchat.com/add/wahj_sa", "سناب شات"))
LICENSE = "صحيفة إلكترونية مرخصة من وزارة الإعلام برقم 467892"
BUILD = {1: ("1k3x9ab", "C8vQ2kLm", "CJ9xKq2b", "B7nW1zQe"),  # two deploys: pages 1-2, 3
         3: ("z0r6cpd", "Dm4tHs7X", "BhR3uY8p", "DqZ5aE1o")}
# Scoped-class hashes of the components, as the compiler derives them from their CSS.
S_TOP, S_HEAD, S_NAV, S_TICK, S_CRUMB = ("svelte-12qmxd4", "svelte-1n4v0qz", "svelte-k7w2fq",
                                         "svelte-9yq2ud", "svelte-1b0j6lo")
S_ART, S_META, S_SHARE, S_BODY, S_CARD = ("svelte-1q8rv0d", "svelte-3nxv5e", "svelte-1ko0tf8",
                                          "svelte-1yx5h2c", "svelte-6c1yhk")
S_NEWS, S_MOST, S_FOOT = "svelte-hn6dl0", "svelte-1pcz7j4", "svelte-1w7fhmr"


def t(text: str) -> str:
    """Svelte 5's text escape: `&` and `<` only."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def a(text: str) -> str:
    """Svelte 5's attribute escape: `&` and `"` only."""
    return text.replace("&", "&amp;").replace('"', "&quot;")


class Date:
    def __init__(self, moment: datetime) -> None:
        self.ms = int(moment.timestamp() * 1000)


def uneval(value: object) -> str:
    """devalue.uneval as SvelteKit prints load data: unquoted keys, `new Date(ms)`, `void 0`."""
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, Date):
        return f"new Date({value.ms})"
    if isinstance(value, str):
        return (json.dumps(value, ensure_ascii=False).replace("<", "\\u003C")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    if isinstance(value, list | tuple):
        return "[" + ",".join(uneval(v) for v in value) + "]"
    assert isinstance(value, dict)
    return "{" + ",".join(f"{k}:{'void 0' if v is ... else uneval(v)}"
                          for k, v in value.items()) + "}"


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) + RIYADH


def _day(local: datetime) -> str:
    return f"{weekday(local)}، {local.day} {MONTHS[local.month - 1]} {local.year}"


def _shown(local: datetime) -> str:
    """Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', ...) in Asia/Riyadh."""
    hour = local.hour % 12 or 12
    return f"{_day(local)} - {hour}:{local:%M} {'ص' if local.hour < 12 else 'م'}"


def _iso(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _each(items: list[str]) -> str:
    return "<!--[-->" + "".join(items) + "<!--]-->"


def _if(html: str | None) -> str:
    return f"<!--[-->{html}<!--]-->" if html else "<!--[!--><!--]-->"


def _body(article: Article, n: int) -> str:
    """The story's HTML as the CMS stores it (served through `{@html}`)."""
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = t(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>", 1)
        if n in LINKS and LINKS[n][0] == k:
            _, words, href = LINKS[n]
            html = html.replace(words, f'<a href="{href}">{words}</a>', 1)
        out.append(f"<h2>{html}</h2>" if SUBHEAD.get(n) == k else f"<p>{html}</p>")
        if READ_ALSO.get(n) == k:
            out.append(f'<p class="read-also"><strong>{READ_ALSO_LABEL}</strong> <a href="/news/'
                       f'{int(article.slug) - 111}">{t(article.related[0])}</a></p>')
        if n in VIDEO and VIDEO[n][0] == k:
            _, vid, title = VIDEO[n]
            out.append(f'<div class="video-embed"><iframe width="560" height="315" '
                       f'src="https://www.youtube-nocookie.com/embed/{vid}" title="{a(title)}" '
                       'frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                       'encrypted-media; gyroscope; picture-in-picture" allowfullscreen>'
                       "</iframe></div>")
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = _local(moment)
    shown = _shown(local)
    url = f"{HOST}/news/{article.slug}"
    page = Page(url=url, html="", shown_date=shown)
    version, css, start, app = BUILD[1 if n < 3 else 3]
    today = local.date() + timedelta(days=1 if n == 1 else 0)
    today_line = _day(datetime(today.year, today.month, today.day))
    sec_slug = SLUGS[article.section]
    tags = ["#" + tag.replace(" ", "_") for tag in article.tags]
    body_html = _body(article, n)
    image = IMAGE.get(n)
    img_src = f"{HOST}/media/{moment:%Y/%m}/{image}-1600x900.webp" if image else ""
    updated = moment + UPDATED[n] if n in UPDATED else None
    plain = " ".join((article.lead, *article.paragraphs))
    excerpt = STANDFIRST if n == 1 else plain[:150].rsplit(" ", 1)[0] + "…"

    # ---- chrome, in page order
    page.add(today_line, *(label for _, label in TOP_LINKS), SITE, HOME,
             *(name for _, name in SECTIONS), SEARCH)
    page.add(*(TICKER if n == 2 else ()), article.section)
    page.add(*((STANDFIRST, "بقلم " + BYLINE[0]) if n == 1 else (SOURCE[n],)))
    page.add(shown, READING[n], *SHARE, "آخر تحديث: " + _shown(_local(updated)) if updated else "")
    if n == 1:
        page.add(article.caption, CREDIT, READ_ALSO_LABEL, BYLINE[0], BYLINE[2], AUTHOR_MORE)
    page.add(TAGS_LABEL, *tags)
    page.add(RELATED)
    cards = []
    for k, title in enumerate(article.related):
        when = local - timedelta(days=2 + 4 * k, hours=3 * k)
        date = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
        page.add(title, date)
        rid = int(article.slug) - 111 * (k + 1)
        cards.append(
            f'<li class="{S_CARD}"><a href="/news/{rid}" class="card {S_CARD}"><img src="{HOST}/'
            f'media/thumbs/{rid}-480x270.webp" alt="" loading="lazy" width="480" height="270" '
            f'class="{S_CARD}"/> <span class="card-section {S_CARD}">{t(article.section)}</span> '
            f'<h3 class="{S_CARD}">{t(title)}</h3> <time datetime="{when:%Y-%m-%d}" '
            f'class="{S_CARD}">{date}</time></a></li>')
    page.add(*NEWSLETTER, MOST)
    most = rotate(MOST_READ, 3 * n, 5)
    page.add(*most, ABOUT, *FOOT_HEADS, *(label for _, label in FOOT_LINKS),
             *(label for _, label in SOCIAL), LICENSE,
             f"© {local.year} {SITE}. جميع الحقوق محفوظة.")

    # ---- head
    author_ld = ({"@type": "Person", "name": BYLINE[0], "url": f"{HOST}/author/{BYLINE[1]}"}
                 if n == 1 else {"@type": "Organization", "name": SITE, "url": HOST})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "description": excerpt, "datePublished": _iso(moment),
          "dateModified": _iso(updated or moment), "author": [author_ld],
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/logo-512.png"}},
          "mainEntityOfPage": url, "articleSection": article.section,
          "keywords": ", ".join(article.tags), "inLanguage": "ar"}
    if image:
        ld["image"] = [img_src]
    ld_json = json.dumps(ld, ensure_ascii=False, separators=(",", ":"))  # JSON.stringify
    og_image = img_src or f"{HOST}/og-default.png"
    og_tags = " ".join(f'<meta property="article:tag" content="{a(tag)}"/>' for tag in article.tags)
    modified = (f' <meta property="article:modified_time" content="{_iso(updated)}"/>'
                if updated else "")
    head = (
        '<!--1rbw6ke--><meta name="theme-color" content="#0b5d4b"/> <link rel="preconnect" '
        'href="https://fonts.gstatic.com" crossorigin=""/> <link rel="stylesheet" href="https://'
        'fonts.googleapis.com/css2?family=IBM+Plex+Sans+Arabic:wght@400;600;700&amp;display=swap"/>'
        f' <link rel="alternate" type="application/rss+xml" title="{SITE}" href="/rss.xml"/>'
        f'<!----><!--1pm9k3x--><meta name="description" content="{a(excerpt)}"/> <link '
        f'rel="canonical" href="{url}"/> <meta property="og:type" content="article"/> <meta '
        f'property="og:locale" content="ar_SA"/> <meta property="og:site_name" content="{SITE}"/> '
        f'<meta property="og:title" content="{a(article.headline)}"/> <meta property="og:descri'
        f'ption" content="{a(excerpt)}"/> <meta property="og:url" content="{url}"/> <meta property'
        f'="og:image" content="{og_image}"/> <meta name="twitter:card" content="summary_large_image'
        f'"/> <meta name="twitter:site" content="@wahj_sa"/> <meta property="article:published_time'
        f'" content="{_iso(moment)}"/>{modified} <meta property="article:section" content="'
        f'{a(article.section)}"/> {og_tags} <!---->'
        f'<script type="application/ld+json">{ld_json}</script><!---->'
        f"<!----><title>{t(article.headline)} | {SITE}</title>")

    # ---- body
    top = " ".join(f'<a href="{h}" class="{S_TOP}">{label}</a>' for h, label in TOP_LINKS)
    nav = _each([f'<li class="{S_NAV}"><a href="/section/{slug}" class="{S_NAV}"'
                 f'{CURRENT if slug == sec_slug else ""}>{name}</a></li>'
                 for slug, name in SECTIONS])
    ticker = _if(f'<div class="ticker {S_TICK}" role="status"><span class="ticker-label {S_TICK}">'
                 f'{TICKER[0]}</span> <a href="/news/{int(article.slug) + 4}" class="{S_TICK}">'
                 f"{TICKER[1]}</a></div>" if n == 2 else None)
    standfirst = _if(f'<p class="standfirst {S_ART}">{t(STANDFIRST)}</p>' if n == 1 else None)
    if n == 1:
        who = (f'<img src="{HOST}/media/authors/{BYLINE[1]}-96.webp" alt="{BYLINE[0]}" width="40" '
               f'height="40" class="avatar {S_META}"/> <span class="byline {S_META}">بقلم <a href="'
               f'/author/{BYLINE[1]}" rel="author" class="{S_META}">{BYLINE[0]}</a></span>')
    else:
        who = f'<span class="source {S_META}">{SOURCE[n]}</span>'
    upd = _if(f' <span class="updated {S_META}">آخر تحديث: <time datetime="{_iso(updated)}">'
              f"{_shown(_local(updated))}</time></span>" if updated else None)
    figure = _if(None)
    if image:
        caption = _if(f'<figcaption class="{S_ART}">{t(article.caption)} <span class="credit '
                      f'{S_ART}">{CREDIT}</span></figcaption>' if n == 1 else None)
        alt = article.caption if n == 1 else VIDEO[3][2]
        figure = _if(f'<figure class="hero {S_ART}"><img src="{img_src}" alt="{a(alt)}" width='
                     f'"1600" height="900" fetchpriority="high" class="{S_ART}"/> {caption}'
                     "</figure>")
    tag_items = _each([f'<li class="{S_ART}"><a href="/tag/{tag[1:]}" class="{S_ART}">'
                       f"{t(tag)}</a></li>" for tag in tags])
    author_card = _if(
        f'<aside class="author-card {S_ART}"><img src="{HOST}/media/authors/{BYLINE[1]}-96.webp" '
        f'alt="" width="72" height="72" class="{S_ART}"/> <div class="{S_ART}"><h2 class="'
        f'{S_ART}">{BYLINE[0]}</h2> <p class="{S_ART}">{BYLINE[2]}</p> <a href="/author/'
        f'{BYLINE[1]}" class="{S_ART}">{AUTHOR_MORE}</a></div></aside>' if n == 1 else None)
    most_items = _each([f'<li class="{S_MOST}"><a href="/news/{40000 + 97 * k}" class="{S_MOST}">'
                        f"{t(title)}</a></li>" for k, title in enumerate(most)])
    foot_secs = _each([f'<li><a href="/section/{slug}" class="{S_FOOT}">{name}</a></li>'
                       for slug, name in SECTIONS])
    foot_links = " ".join(f'<li><a href="{h}" class="{S_FOOT}">{label}</a></li>'
                          for h, label in (*TOP_LINKS[:2], *FOOT_LINKS))
    social = " ".join(f'<li><a href="{h}" rel="noopener" target="_blank" class="{S_FOOT}">'
                      f"{label}</a></li>" for h, label in SOCIAL)
    html_body = (
        f'<!--[--><!--[--><!----><div class="topbar {S_TOP}"><div class="container {S_TOP}">'
        f'<span class="today {S_TOP}">{today_line}</span> <nav class="{S_TOP}">{top}</nav></div>'
        f'</div><!----> <header class="site-header {S_HEAD}"><div class="container {S_HEAD}"><a '
        f'href="/" class="logo {S_HEAD}" aria-label="{SITE} - {HOME}"><img src="../logo.svg" alt="" '
        f'width="44" height="44" class="{S_HEAD}"/> <span class="{S_HEAD}">{SITE}</span></a> <nav '
        f'class="main-nav {S_NAV}" data-sveltekit-preload-code="viewport"><ul class="{S_NAV}"><li '
        f'class="{S_NAV}"><a href="/" class="{S_NAV}">{HOME}</a></li> {nav}</ul></nav> <button '
        f'type="button" class="search-toggle {S_HEAD}" aria-expanded="false">{SEARCH}</button>'
        f"</div></header><!----> {ticker} <main>"
        f'<!--[--><!----><article class="article {S_ART}"><nav class="breadcrumb {S_CRUMB}" aria-'
        f'label="breadcrumb"><ol class="{S_CRUMB}"><li class="{S_CRUMB}"><a href="/" class="'
        f'{S_CRUMB}">{HOME}</a></li> <li class="{S_CRUMB}"><a href="/section/{sec_slug}" class="'
        f'{S_CRUMB}">{article.section}</a></li></ol></nav><!----> <header class="{S_ART}"><a '
        f'href="/section/{sec_slug}" class="kicker {S_ART}">{article.section}</a> <h1 class="'
        f'{S_ART}">{t(article.headline)}</h1> {standfirst} <div class="meta {S_META}">{who} <time '
        f'datetime="{_iso(moment)}" class="{S_META}">{shown}</time>{upd} <span class="reading '
        f'{S_META}">{READING[n]}</span></div><!----> <div class="share {S_SHARE}"><span class="'
        f'{S_SHARE}">{SHARE[0]}</span> <a href="https://x.com/intent/post?url={url}" target="_bla'
        f'nk" rel="noopener" aria-label="X" class="{S_SHARE}"><svg viewBox="0 0 24 24" width="18" '
        f'height="18" aria-hidden="true"><use href="#i-x"></use></svg></a> <a href="https://wa.me'
        f'/?text={url}" target="_blank" rel="noopener" aria-label="واتساب" class="{S_SHARE}"><svg '
        f'viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><use href="#i-wa"></use>'
        f'</svg></a> <button type="button" class="copy {S_SHARE}">{SHARE[1]}</button></div>'
        f"<!----></header> {figure} <div class=\"article-body {S_BODY}\"><!---->{body_html}"
        f'<!----></div> <div class="tags {S_ART}"><span class="{S_ART}">{TAGS_LABEL}</span> <ul '
        f'class="{S_ART}">{tag_items}</ul></div> {author_card}</article> <section class="related '
        f'{S_ART}"><h2 class="{S_ART}">{RELATED}</h2> <ul class="cards {S_ART}">{_each(cards)}'
        f'</ul></section> <section class="newsletter {S_NEWS}"><h2 class="{S_NEWS}">'
        f'{NEWSLETTER[0]}</h2> <p class="{S_NEWS}">{NEWSLETTER[1]}</p> <form method="POST" action'
        f'="/newsletter?/subscribe" class="{S_NEWS}"><input type="email" name="email" required '
        f'placeholder="بريدك الإلكتروني" class="{S_NEWS}"/> <button type="submit" class="'
        f'{S_NEWS}">{NEWSLETTER[2]}</button></form></section><!----> <aside class="most-read '
        f'{S_MOST}"><h2 class="{S_MOST}">{MOST}</h2> <ol class="{S_MOST}">{most_items}</ol>'
        f"</aside><!----><!--]--></main> "
        f'<footer class="site-footer {S_FOOT}"><div class="container {S_FOOT}"><div class="'
        f'{S_FOOT}"><img src="../logo-white.svg" alt="{SITE}" width="44" height="44"/> <p class="'
        f'{S_FOOT}">{ABOUT}</p></div> <div class="{S_FOOT}"><h3 class="{S_FOOT}">{FOOT_HEADS[0]}'
        f'</h3> <ul class="{S_FOOT}">{foot_secs}</ul></div> <div class="{S_FOOT}"><h3 class="'
        f'{S_FOOT}">{FOOT_HEADS[1]}</h3> <ul class="{S_FOOT}">{foot_links}</ul></div> <div class="'
        f'{S_FOOT}"><h3 class="{S_FOOT}">{FOOT_HEADS[2]}</h3> <ul class="{S_FOOT}">{social}</ul>'
        f'</div></div> <div class="bottom {S_FOOT}"><p class="{S_FOOT}">{LICENSE}</p> <p class="'
        f'{S_FOOT}">© {local.year} {SITE}. جميع الحقوق محفوظة.</p></div></footer><!----><!--]-->'
        "<!--]-->")

    # ---- the start script's data (devalue)
    layout_data = {"type": "data", "data": {
        "sections": [{"slug": s, "name": nm} for s, nm in SECTIONS],
        "today": f"{today:%Y-%m-%d}",
        "breaking": {"id": int(article.slug) + 4, "title": TICKER[1]} if n == 2 else None},
        "uses": {}}
    story = {"id": int(article.slug), "slug": article.slug, "title": article.headline,
             "excerpt": excerpt, "section": {"slug": sec_slug, "name": article.section},
             "author": ({"name": BYLINE[0], "slug": BYLINE[1], "bio": BYLINE[2]}
                        if n == 1 else None),
             "source": SOURCE.get(n, ...), "publishedAt": Date(moment),
             "updatedAt": Date(updated) if updated else None,
             "image": ({"src": img_src, "caption": article.caption if n == 1 else None,
                        "credit": CREDIT if n == 1 else None} if image else None),
             "body": body_html, "tags": list(article.tags), "readingTime": READING[n]}
    page_data = {"type": "data", "data": {
        "article": story,
        "related": [{"id": int(article.slug) - 111 * (k + 1), "title": r}
                    for k, r in enumerate(article.related)],
        "mostRead": [{"id": 40000 + 97 * k, "title": m} for k, m in enumerate(most)]},
        "uses": {"params": ["id"]}}
    data = f"[{uneval(layout_data)},null,{uneval(page_data)}]"

    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="../favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="apple-mobile-web-app-title" content="{SITE}" />
{TABS[:2]}
		<link href="../_app/immutable/assets/0.{css}.css" rel="stylesheet">
		<link href="../_app/immutable/assets/Header.Bx1f9TqA.css" rel="stylesheet">
		<link href="../_app/immutable/assets/11.{css[::-1]}.css" rel="stylesheet">{head}
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents">{html_body}
{TABS}
			<script>
				{{
					__sveltekit_{version} = {{
						base: new URL("..", location).pathname.slice(0, -1),
						env: {{"PUBLIC_SITE_URL":"{HOST}"}}
					}};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("../_app/immutable/entry/start.{start}.js"),
						import("../_app/immutable/entry/app.{app}.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, 3, 11],
							data: {data},
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""
    return page
