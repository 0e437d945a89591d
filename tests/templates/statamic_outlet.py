"""A Kuwaiti digital news outlet ("منصة خبر") on Statamic (Laravel), its theme grown from the
Peak starter kit, as Statamic serves a `news` collection entry. The head: Peak's layout metas
(charset, X-UA-Compatible, viewport-fit=cover), then the SEO Pro tag's output in its own order
and indentation: `<title>` "headline | منصة خبر", description (the entry's lead cut at ~160
characters with "..."), og:type/og:title/og:description/og:url/og:site_name, `og:locale`
"ar_KW", twitter card/site/title/description, the Glide `/img/asset/...?p=seo_pro_og` image
with width, height and alt, `rel="canonical"` and `rel="home"` links, the humans.txt author
link and the site's JSON-LD (a `NewsArticle` whose `datePublished` is the entry's stored UTC
value with "Z": page 2's story went out at 00:20 Kuwait time, so its JSON-LD day is the day
before), then the Vite build CSS/JS and favicons. The body is Peak's: `<body class="flex
flex-col min-h-screen ...">`, Antlers partials framed by their `<!-- /partial.antlers.html -->`
and `<!-- End: ... -->` comments, the skip-to-content link, `header` with the logo (sr-only
site name), the desktop `nav` (`flex items-center space-x-8 ... space-x-reverse`) and the
Alpine mobile nav (an empty `x-text` button), `main id="content"` with the breadcrumbs `ul`
(الرئيسية > section > headline), the section label, `h1`, the byline row ("بقلم: ..." on pages
1 and 3, "فريق التحرير" on page 2), `typography/_time` ("الثلاثاء 12 مارس 2024", Carbon's
Arabic `dddd D MMMM YYYY`) and "09:40", the reading time on pages 1 and 3, and the share bar.
The text is the Bard field looped set by set inside `page_builder/_article` and
`typography/_prose`: each `text` chunk a `div.size-md.prose` holding Bard's compact `<p>`s
(`<strong>`, `<a>`, `<h2>` inline, no whitespace between tags), and the sets between them:
`components/_figure` (Peak picture with webp and jpeg `source` sets, `figcaption` with the
caption and a "تصوير: ..." credit on page 1; page 3's image has no caption), `_pull_quote`
(page 1: a sentence of the text repeated between curly quotes, "- name" under it) and the
site's `_related_article` card ("اقرأ أيضاً", title, date) on pages 1 and 3. After the text:
the tags ("الوسوم"), the "أخبار ذات صلة" collection cards with dates, the newsletter form, the
"الأكثر قراءة" sidebar, Peak's footer ("© 2019 - <year> منصة خبر - X Instagram Youtube") with its
links, and the Alpine cookie banner. All of that is chrome."""

from __future__ import annotations

import json
from base64 import b64encode
from datetime import UTC, date

from .base import COOKIES, MONTHS, MOST_READ, NEWSLETTER, Article, Page, e, rotate, weekday

NAME = "statamic_outlet"
HELD_OUT = True
SET = "unseen28"
FAMILY = ("Statamic (Peak starter kit, Antlers) Kuwaiti outlet: SEO Pro head, Bard sets (figure, "
          "pull quote, related card) between text chunks, partial comments, Alpine nav, cookie banner")
HOST = "https://statamic-khabar.example"
SITE = "منصة خبر"
SECTIONS = {"محليات": "local", "صحة": "health", "البيئة": "environment"}
NAV = (("/", "الرئيسية"), ("/local", "محليات"), ("/economy", "اقتصاد"), ("/health", "صحة"),
       ("/environment", "البيئة"), ("/sports", "رياضة"), ("/opinion", "آراء"))
SKIP = "تخطي إلى المحتوى"
SHARE = ("شارك الخبر", "واتساب", "إكس", "فيسبوك", "نسخ الرابط")
STAFF = "فريق التحرير"
CREDIT = {1: "تصوير: عبدالله الفيلكاوي"}
PULL = {1: (2, "إن المشروع يأتي ضمن خطة لرفع القدرة الإنتاجية للمياه العذبة بنسبة 25 في المئة",
            "بدر العنزي")}
# page -> (set after paragraph index, title, yyyy-mm-dd, slug)
READ_ALSO = {1: (4, "مجلس الوزراء يعتمد تعرفة جديدة لاستهلاك المياه في القطاع التجاري",
                 "2024-02-26", "47790"),
             3: (4, "نقل آخر دفعة من إطارات ارحية إلى موقع السالمي قبل نهاية العام",
                 "2024-11-19", "52841")}
BOLD = {2: (1, "L24-0719")}
LINKED = {2: (2, "موقعها الإلكتروني", "https://pafn.example/recalls")}
HEADING = {3: 2}  # page -> index of the paragraph Bard holds as an <h2>
FIGURE = {1: 2, 3: 2}  # page -> the figure set comes before this paragraph index
READING = {1: 4, 3: 3}
FOOTER_LINKS = (("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"),
                ("/privacy", "سياسة الخصوصية"))
SOCIAL = (("https://x.com/", "khabar_kw", "X"), ("https://instagram.com/", "khabar.kw",
                                                 "Instagram"),
          ("https://youtube.com/@", "khabarkw", "Youtube"))
NEWS_FORM = ("النشرة اليومية", "البريد الإلكتروني", "اشترك")
COOKIE_OK = "موافق"
VITE = ("site-3f9c1a7e", "site-8b2d4e10")


def _shown(moment) -> str:
    return f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _short(day: str) -> str:
    y, m, d = (int(p) for p in day.split("-"))
    return f"{d} {MONTHS[m - 1]} {y}"


def _glide(path: str, preset: str) -> str:
    token = b64encode(f"assets/{path}".encode()).decode().rstrip("=")
    return f"{HOST}/img/asset/{token}?p={preset}&s=9c{len(path) * 7919:x}e1f4"


def _partial(name: str, inner: str) -> str:
    return f"<!-- /{name}.antlers.html -->\n{inner}\n<!-- End: /{name}.antlers.html -->"


def _text(paras: list[str]) -> str:
    return _partial("components/_text", f'<div class="size-md prose">\n    {"".join(paras)}\n</div>')


def _figure(path: str, alt: str, caption: str, credit: str) -> str:
    def srcset(suffix: str) -> str:
        return ",\n                    ".join(
            f"{_glide(path, p + suffix)} {w}w"
            for p, w in (("xs", 320), ("sm", 480), ("md", 768), ("lg", 1280), ("xl", 1440)))
    cap = ""
    if caption:
        cap = _partial("typography/_caption", f"""<figcaption class="mt-2 text-neutral text-sm">
        {e(caption)}
        <span class="block mt-1 text-xs text-neutral/70">{e(credit)}</span>
    </figcaption>""")
    return _partial("components/_figure", f"""<figure class="not-prose size-lg">
    <picture>
            <source
                srcset="
                    {srcset('-webp')}"
                sizes="(min-width: 1280px) 960px, (min-width: 768px) 75vw, 90vw"
                type="image/webp"
            >
            <source
                srcset="
                    {srcset('')}"
                sizes="(min-width: 1280px) 960px, (min-width: 768px) 75vw, 90vw"
                type="image/jpeg"
            >
            <img class="w-full" src="{_glide(path, 'lg')}" alt="{e(alt)}" loading="lazy">
    </picture>

    {cap}
</figure>""")


def _pull(quote: str, author: str) -> str:
    return _partial("components/_pull_quote", f"""<figure class="not-prose my-8 span-md">
    <blockquote class="p-0 m-0 text-3xl font-bold leading-snug text-neutral">
        <span class="text-primary">&OpenCurlyDoubleQuote;</span>{e(quote)}<span class="text-primary">&CloseCurlyDoubleQuote;</span>
    </blockquote>
        <figcaption class="block mt-4 font-bold text-neutral">
            <span class="text-primary">- </span>{e(author)}
        </figcaption>
</figure>""")


def _read_also(title: str, day: str, slug: str) -> str:
    return _partial("components/_related_article", f"""<aside class="not-prose size-md my-8 border-r-4 border-primary pr-4">
    <span class="block text-xs font-bold text-primary">اقرأ أيضاً</span>
    <a class="block mt-1 text-lg font-bold leading-snug hover:text-primary" href="{HOST}/local/{slug}">{e(title)}</a>
    <time class="block mt-1 text-xs text-neutral" datetime="{day}">{_short(day)}</time>
</aside>""")


def _paragraph(article: Article, n: int, k: int, text: str) -> str:
    if HEADING.get(n) == k:
        return f"<h2>{e(text)}</h2>"
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" target="_blank" rel="noopener">'
                                      f"{e(words)}</a>", 1)
    return f"<p>{html}</p>"


def _bard(article: Article, n: int, page: Page) -> str:
    paras = [article.lead, *article.paragraphs]
    chunks: list[str] = []
    run: list[str] = []
    sets: dict[int, list[str]] = {}
    if n in FIGURE:
        path = f"news/{article.moment:%Y/%m}/{article.slug}-main.jpg"
        caption = "" if article.caption == "-" else article.caption
        credit = CREDIT.get(n, "")
        sets.setdefault(FIGURE[n], []).append(_figure(path, article.headline, caption, credit))
        page.add(caption, credit if caption else "")
    if n in PULL:
        at, quote, author = PULL[n]
        sets.setdefault(at + 1, []).append(_pull(quote, author))
        page.add(f"- {author}")
    if n in READ_ALSO:
        at, title, day, slug = READ_ALSO[n]
        sets.setdefault(at, []).append(_read_also(title, day, slug))
        page.add("اقرأ أيضاً", title, _short(day))
    for k, text in enumerate(paras):
        if k in sets:
            if run:
                chunks.append(_text(run))
                run = []
            chunks.extend(sets[k])
        run.append(_paragraph(article, n, k, text))
    chunks.append(_text(run))
    prose = _partial("typography/_prose", PROSE_OPEN + "\n".join(chunks) + "\n</article>")
    return _partial("page_builder/_article",
                    f'<section class="fluid-container grid grid-cols-12">\n    {prose}\n</section>')


PROSE_OPEN = ('<article\n\tclass="\n\t\tprose\n\t\tprose-a:underline\n\t\tprose-a:decoration-primary'
              '\n\t\tprose-headings:text-primary\n\t\tprose-figure:my-0\n\t\tmax-w-none'
              '\n\t\tcontents\n\t"\n>\n')


def _nav_items(cls: str, current: str) -> str:
    return "\n".join(
        f'            <li class="relative leading-none">\n                <a class="{cls} '
        f'{"text-primary" if label == current else "text-neutral"}" href="{HOST}{path}">\n'
        f"                    {label}\n                </a>\n            </li>" for path, label in NAV)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    sec = SECTIONS[article.section]
    url = f"{HOST}/{sec}/{article.slug}"
    shown = _shown(moment)
    clock = f"{moment:%H:%M}"
    page = Page(url=url, html="", shown_date=shown)
    page.add(SKIP, SITE, *(label for _, label in NAV), article.section, shown, clock, *SHARE)
    byline = f"بقلم: {article.author}" if article.author else STAFF
    page.add(byline)
    reading = ""
    if n in READING:
        reading = f'\n                <span class="text-neutral text-sm">مدة القراءة: {READING[n]} دقائق</span>'
        page.add(f"مدة القراءة: {READING[n]} دقائق")
    bard = _bard(article, n, page)
    plain = article.lead
    desc = plain if len(plain) <= 160 else plain[:157].rsplit(" ", 1)[0] + "..."
    title = f"{article.headline} | {SITE}"
    og_path = f"news/{article.moment:%Y/%m}/{article.slug}-main.jpg" if n in FIGURE \
        else "site/khabar-og-default.png"
    author_ld = ({"@type": "Person", "name": article.author,
                  "url": f"{HOST}/authors/{article.slug[:2]}{n}"} if article.author
                 else {"@type": "Organization", "name": SITE})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "mainEntityOfPage": url, "datePublished":
          f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z", "articleSection": article.section,
          "keywords": ", ".join(article.tags), "author": author_ld,
          "image": _glide(og_path, "seo_pro_og"), "inLanguage": "ar-KW",
          "publisher": {"@type": "NewsMediaOrganization", "name": SITE,
                        "logo": {"@type": "ImageObject",
                                 "url": f"{HOST}/visuals/khabar-logo.png"}}}
    tags = "\n".join(f'            <li><a class="inline-block px-3 py-1 text-xs font-bold '
                     f'rounded-full bg-neutral/10 hover:bg-primary hover:text-white" '
                     f'href="{HOST}/tags/{e(t.replace(" ", "-"))}">{e(t)}</a></li>'
                     for t in article.tags)
    page.add("الوسوم", *article.tags)
    cards = []
    for k, rel in enumerate(article.related):
        day = moment.date().toordinal() - 3 - 9 * k
        d = date.fromordinal(day).isoformat()
        page.add(rel, _short(d))
        cards.append(f"""        <a class="group flex flex-col space-y-2" href="{HOST}/{sec}/{int(article.slug) - 311 * (k + 1)}">
            <h3 class="text-lg font-bold leading-tight group-hover:text-primary">{e(rel)}</h3>
            {_partial("typography/_time", f'<time class="text-neutral text-xs" lang="ar">{_short(d)}</time>')}
        </a>""")
    most = rotate(MOST_READ, 3 * n, 5)
    page.add("أخبار ذات صلة", "الأكثر قراءة", *most, NEWSLETTER[n - 1], *NEWS_FORM)
    most_html = "\n".join(f'                <li class="flex space-x-3 space-x-reverse"><a class="font-bold '
                          f'hover:text-primary" href="{HOST}/local/{40000 + 97 * k * n}">{e(t)}</a></li>'
                          for k, t in enumerate(most, 1))
    year = moment.year
    copyright_line = f"© 2019 - {year} {SITE}"
    page.add(copyright_line, *(label for _, label in FOOTER_LINKS), *(s[2] for s in SOCIAL),
             COOKIES[0], COOKIE_OK)
    social = "\n".join(f'                <a href="{pre}{handle}" rel="noopener" aria-label="{lab}" '
                       f'target="_blank">{lab}</a>' for pre, handle, lab in SOCIAL)
    links = "\n".join(f'            <li><a class="hover:text-primary" href="{HOST}{p}">{lab}</a></li>'
                      for p, lab in FOOTER_LINKS)
    ld_json = json.dumps(ld, ensure_ascii=False).replace("/", "\\/")
    mobile = _partial("navigation/_main_mobile", """<nav x-data="{ mobileNavOpen: false }" class="md:hidden" aria-label="القائمة الرئيسية" x-trap.inert.noscroll="mobileNavOpen" @keyup.escape.stop.prevent="mobileNavOpen = false" x-cloak>
    <button @click.prevent="mobileNavOpen = !mobileNavOpen" class="fixed bottom-0 left-0 z-20 flex items-center justify-center w-16 h-16 ml-8 text-xs font-bold text-white mb-safe rounded bg-primary" :aria-label="mobileNavOpen ? 'إغلاق القائمة' : 'فتح القائمة'" :aria-expanded="mobileNavOpen" x-text="mobileNavOpen ? 'إغلاق' : 'القائمة'"></button>
</nav>""")
    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl" class="antialiased">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">

    <title>{e(title)}</title>
    <meta name="description" content="{e(desc)}" />
<meta property="og:type" content="article" />
    <meta property="og:title" content="{e(article.headline)}" />
    <meta property="og:description" content="{e(desc)}" />
<meta property="og:url" content="{url}" />
    <meta property="og:site_name" content="{SITE}" />
<meta property="og:locale" content="ar_KW" />
<meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@khabar_kw" />
    <meta name="twitter:title" content="{e(article.headline)}" />
    <meta name="twitter:description" content="{e(desc)}" />
                <meta property="og:image" content="{_glide(og_path, 'seo_pro_og')}" />
                <meta property="og:image:width" content="1146" />
                <meta property="og:image:height" content="600" />
        <meta property="og:image:alt" content="{e(article.headline)}" />
                <meta name="twitter:image" content="{_glide(og_path, 'seo_pro_twitter')}" />
        <meta name="twitter:image:alt" content="{e(article.headline)}" />
    <link href="{url}" rel="canonical" />
        <link href="{HOST}" rel="home" />
    <link type="text/plain" rel="author" href="{HOST}/humans.txt" />
    <script type="application/ld+json">{ld_json}</script>

        <link rel="preload" as="style" href="{HOST}/build/assets/{VITE[0]}.css" /><link rel="stylesheet" href="{HOST}/build/assets/{VITE[0]}.css" /><link rel="modulepreload" href="{HOST}/build/assets/{VITE[1]}.js" /><script type="module" src="{HOST}/build/assets/{VITE[1]}.js"></script>
        <link rel="icon" type="image/svg+xml" href="/favicons/favicon.svg">
        <link rel="apple-touch-icon" href="/favicons/apple-touch-icon.png">
        <link rel="manifest" href="/site.webmanifest">
        <meta name="theme-color" content="#b91c1c">
    </head>
    <body class="flex flex-col min-h-screen bg-white selection:bg-primary selection:text-white">
        {_partial("navigation/_skip_to_content", f'''<a class="fixed z-50 hidden md:block top-4 left-8 py-2 px-4 bg-primary text-white text-sm font-bold -translate-y-24 opacity-0 focus-visible:translate-y-0 focus-visible:opacity-100 focus:outline-none focus-visible:ring-2 ring-primary ring-offset-2 motion-safe:transition-all" href="#content">
	{SKIP}
</a>''')}
        {_partial("layout/_header", f'''<header class="w-full py-4 border-b border-neutral/10">
    <div class="fluid-container flex justify-between items-center">
        <a href="{HOST}" class="block w-28 text-primary" aria-label="{SITE}">
            <svg viewBox="0 0 120 40" aria-hidden="true" class="w-full fill-current"><path d="M8 6h24v6H14v6h16v6H14v10H8z"/></svg>
            <span class="sr-only">{SITE}</span>
        </a>
        {_partial("navigation/_main_desktop", '<nav class="hidden md:block" aria-label="القائمة الرئيسية">' + chr(10) + '    <ul class="flex items-center space-x-8 space-x-reverse">' + chr(10) + _nav_items("flex items-center font-bold text-sm hover:text-primary", article.section) + chr(10) + "    </ul>" + chr(10) + "</nav>")}
        {mobile}
    </div>
</header>''')}

        <main id="content" class="flex-1 py-8">
            <div class="fluid-container grid grid-cols-12 gap-y-8 md:gap-x-12">
            <div class="col-span-12 lg:col-span-8">
            {_partial("navigation/_breadcrumbs", f'''<ul class="flex flex-wrap text-xs text-neutral">
        <li class="flex"><a class="" href="{HOST}">الرئيسية</a><span class="px-2">&gt;</span></li>
        <li class="flex"><a class="" href="{HOST}/{sec}">{article.section}</a><span class="px-2">&gt;</span></li>
        <li class="flex"><a class="text-primary" href="{url}">{e(article.headline)}</a><span class="px-2"></span></li>
</ul>''')}
            <a class="inline-block mt-6 text-sm font-bold text-primary" href="{HOST}/{sec}">{article.section}</a>
            {_partial("typography/_h1", f'<h1 class="mt-2 text-3xl md:text-5xl font-bold leading-tight text-neutral">{e(article.headline)}</h1>')}
            <div class="flex flex-wrap items-center gap-x-4 gap-y-2 mt-4">
                <span class="text-sm font-bold text-neutral">{e(byline)}</span>
                {_partial("typography/_time", f'<time class="text-neutral text-sm" lang="ar" datetime="{moment.isoformat()}">{shown}</time>')}
                <span class="text-neutral text-sm">{clock}</span>{reading}
            </div>
            <div class="flex items-center gap-3 mt-4 text-sm" x-data="{{ copied: false }}">
                <span class="font-bold">{SHARE[0]}</span>
                <a class="hover:text-primary" href="https://wa.me/?text={url}" target="_blank" rel="noopener">{SHARE[1]}</a>
                <a class="hover:text-primary" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">{SHARE[2]}</a>
                <a class="hover:text-primary" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">{SHARE[3]}</a>
                <button class="hover:text-primary" @click="navigator.clipboard.writeText('{url}'); copied = true">{SHARE[4]}</button>
            </div>
            </div>
            </div>

{bard}

            <div class="fluid-container grid grid-cols-12 gap-y-12 md:gap-x-12 mt-12">
            <div class="col-span-12 lg:col-span-8 space-y-12">
            <div>
                <h2 class="text-sm font-bold text-neutral">الوسوم</h2>
                <ul class="flex flex-wrap gap-2 mt-3">
{tags}
                </ul>
            </div>
            {_partial("page_builder/_collection", f'''<section>
    <h2 class="text-2xl font-bold text-neutral">أخبار ذات صلة</h2>
    <div class="grid md:grid-cols-3 gap-8 mt-6">
{chr(10).join(cards)}
    </div>
</section>''')}
            {_partial("page_builder/_form", f'''<section class="p-6 rounded bg-neutral/5">
    <h2 class="text-xl font-bold">{NEWS_FORM[0]}</h2>
    <p class="mt-2 text-sm">{NEWSLETTER[n - 1]}</p>
    <form method="POST" action="{HOST}/!/forms/newsletter" x-data="{{ sending: false }}">
        <input type="hidden" name="_token" value="kq8Zt2Wn0vXc4bRjPq1mYs6aLd3HfE9uGoTiN7Vw">
        <label class="block mt-4 text-xs font-bold" for="email">{NEWS_FORM[1]}</label>
        <input id="email" type="email" name="email" class="w-full mt-1 border rounded" required>
        <button type="submit" class="mt-3 px-4 py-2 text-white rounded bg-primary">{NEWS_FORM[2]}</button>
    </form>
</section>''')}
            </div>
            <aside class="col-span-12 lg:col-span-4">
                <h2 class="text-lg font-bold border-b-2 border-primary pb-2">الأكثر قراءة</h2>
                <ol class="mt-4 space-y-4 list-decimal list-inside marker:text-primary">
{most_html}
                </ol>
            </aside>
            </div>
        </main>

        {_partial("layout/_footer", f'''<footer class="w-full py-8 mt-12 bg-neutral text-white">
    <div class="fluid-container text-xs space-y-4">
        <ul class="flex flex-wrap gap-4">
{links}
        </ul>
        <div>
        © 2019  - {year} {SITE}
            -
{social}
        </div>
    </div>
</footer>''')}
        {_partial("components/_cookie_banner", f'''<div x-data="{{ show: !localStorage.getItem('cookie_consent') }}" x-show="show" x-cloak class="fixed inset-x-0 bottom-0 z-40 p-4 bg-white shadow-lg">
    <div class="fluid-container flex flex-col md:flex-row items-center justify-between gap-4 text-sm">
        <p>{COOKIES[0]}</p>
        <button class="px-4 py-2 text-white rounded bg-primary" @click="localStorage.setItem('cookie_consent', 1); show = false">{COOKIE_OK}</button>
    </div>
</div>''')}
    </body>
</html>
"""
    return page
