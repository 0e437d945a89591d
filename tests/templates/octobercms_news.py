"""A Jordanian economic news site ("الاقتصاد اليوم", Amman) built on October CMS 1.x with the
RainLab.Blog plugin and a Bootstrap 4 RTL Twig theme, as the CMS serves a post page
(`pages/blog/post.htm`, url `/news/:slug`, Laravel's `Str::slug` turning the Arabic title into
Latin letters after the post id). The head is the theme's own: `<title>` "headline | الاقتصاد
اليوم", a description cut by `|str_limit(155)` with "...", keywords, og/twitter meta and
`article:published_time` printed by `published_at.toAtomString()` in the app timezone, which
the site left at October's default UTC (`+00:00`); stylesheets and scripts come through the
theme combiner (`/combine/<hash>-<timestamp>`), and `{% framework extras %}` adds
`framework.combined-min.js` and `framework.extras-min.css` before `</body>`; there is no
JSON-LD. The body: a top bar with the day's rates (dinar, gold, ASE index), the theme header
partial (logo, a `navbar navbar-expand-lg` menu of the blog categories, search form), a
Bootstrap `ol.breadcrumb` (الرئيسية / category / headline), then `article.post-single`:
`h1.post-title`, `div.post-meta` with the date the theme converts to Asia/Amman and formats
with Carbon's Arabic `translatedFormat` ("الخميس 14 مارس 2024", then "10:20 ص"), a byline
"بقلم: ..." (page 1 only, from the post's custom author field), and on page 1 a
`figure.post-cover` (the first featured image's thumb and its description as caption). Then
`{% component 'blogPost' %}` with the plugin's own default partial: `div.content` (the
Markdown content: `<p>`s; page 1 a `<h3>` subheading and bold words, page 2 an inline link,
page 3 bold words, an inline uploaded image and a YouTube iframe in `embed-responsive`), on
page 1 the plugin's `div.featured-images text-center` (the same image again, alt only), and the
plugin's `p.info` byline, which the plugin has no Arabic strings for and so prints in English,
with Twig's `|date('M d, Y')` in UTC ("Posted in بنوك, اقتصاد محلي on Mar 14, 2024."; page 2
was posted at 00:40 Amman time, so this line shows the day before). Then the tags (a theme list),
the share bar, "أخبار ذات صلة" (a blogPosts list of the category), and the sidebar: the
blogCategories component (`ul.category-list`, `span.badge` counts), "آخر الأخبار" with dates
in `d/m/Y`, and a newsletter form posted through October's AJAX framework (`data-request`,
`data-request-validate`, `data-validate-for`); the footer partial (about line, links,
copyright). All of that is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta

from .base import LATEST, MONTHS, Article, Page, e, rotate, weekday

NAME = "octobercms_news"
HELD_OUT = True
SET = "unseen29"
FAMILY = ("October CMS + RainLab.Blog post page (Bootstrap RTL theme): plugin post partial "
          "with English 'Posted in ... on' UTC byline, Carbon Arabic date, categories sidebar, "
          "recent posts, AJAX newsletter form")
HOST = "https://october-iqtisad-yawm.example"
SITE = "الاقتصاد اليوم"
TAGLINE = "أخبار الاقتصاد الأردني والأسواق على مدار الساعة"
LOCAL = timedelta(hours=3)
CATEGORIES = (("اقتصاد محلي", "local-economy", 412), ("بنوك", "banks", 236),
              ("طاقة", "energy", 158), ("تجارة", "trade", 197), ("أسواق المال", "markets", 305),
              ("عقارات", "real-estate", 88), ("ريادة أعمال", "startups", 64))
POST_CATEGORIES = {1: ("بنوك", "اقتصاد محلي"), 2: ("طاقة", "اقتصاد محلي"), 3: ("تجارة",)}
LATIN = {1: "ahtyatyat-almrkzy-alardny-mn-alaamlat-alajnbya-tsaad-ila-204-mlyar-dolar",
         2: "ljna-tsaayr-almshtkat-alnftya-trfaa-saary-albnzyn-bnoaayh",
         3: "alsadrat-alotnya-tnmo-64-fy-aol-11-shhra-mn-2024"}
RATES = {1: ("0.709", "44.60", "2,461.18"), 2: ("0.709", "49.10", "2,402.55"),
         3: ("0.709", "55.30", "2,448.92")}
RATE_LABELS = ("الدولار/دينار", "الذهب عيار 21", "مؤشر بورصة عمّان")
BOLD = {1: (0, "20.4 مليار دولار"), 3: (2, "الألبسة وتوابعها")}
LINK = {2: (1, "بيان اللجنة", "https://www.memr.gov.jo.example/news/fuel-prices-august")}
SUBHEAD = {1: 2}
IMAGE_AFTER = {3: 3}
EMBED_AFTER = {3: 4}
UPLOADS = {1: ("65f", "2c1", "8a4", "65f2c18a4e9d3951420337"),
           3: ("678", "f9a", "2c1", "678f9a2c1b3e4512096814")}
NAV = ("الرئيسية", "اقتصاد محلي", "بنوك", "طاقة", "تجارة", "أسواق المال", "عقارات",
       "ريادة أعمال", "مقالات")
SEARCH = "بحث"
SHARE = ("شارك الخبر:", "فيسبوك", "إكس", "واتساب", "تلغرام", "طباعة")
RELATED_TITLE = "أخبار ذات صلة"
CATS_TITLE = "الأقسام"
LATEST_TITLE = "آخر الأخبار"
NEWSLETTER = ("النشرة الاقتصادية", "ملخص أهم أخبار الاقتصاد والأسواق في بريدك كل صباح.",
              "اشترك", "لن نشارك بريدك الإلكتروني مع أي جهة.")
TAGS_LABEL = "الوسوم:"
FOOTER_ABOUT = ("موقع إخباري أردني مستقل متخصص في الاقتصاد والمال والأعمال، يصدر من عمّان "
                "منذ عام 2016.")
FOOTER_LINKS = ("من نحن", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "اتصل بنا")
FOLLOW = "تابعونا"


def _local(article: Article):
    return article.moment.astimezone(UTC) + LOCAL


def _shown(article: Article) -> str:
    """Carbon's Arabic `translatedFormat('l j F Y')` in Asia/Amman."""
    local = _local(article)
    return f"{weekday(local)} {local.day} {MONTHS[local.month - 1]} {local.year}"


def _time(article: Article) -> str:
    local = _local(article)
    return f"{local.hour % 12 or 12:02d}:{local:%M} {'ص' if local.hour < 12 else 'م'}"


def _upload(n: int, thumb: str = "") -> str:
    a, b, c, name = UPLOADS[n]
    base = f"{HOST}/storage/app/uploads/public/{a}/{b}/{c}/"
    return base + (f"thumb_{int(name[-4:])}_{thumb}_0_0_crop.jpg" if thumb else f"{name}.jpg")


def _content(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    out = []
    for i, text in enumerate(paras):
        html = e(text)
        if n in BOLD and BOLD[n][0] == i:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINK and LINK[n][0] == i:
            words = e(LINK[n][1])
            html = html.replace(words, f'<a href="{LINK[n][2]}" target="_blank">{words}</a>', 1)
        out.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == i else f"<p>{html}</p>")
        if IMAGE_AFTER.get(n) == i:
            out.append(f'<p><img src="{_upload(n)}" alt="" /></p>')
        if EMBED_AFTER.get(n) == i:
            out.append('<div class="embed-responsive embed-responsive-16by9"><iframe '
                       'class="embed-responsive-item" src="https://www.youtube.com/embed/'
                       'q7Rz2LxTk0M" frameborder="0" allowfullscreen></iframe></div>')
    return "\n".join(out)


def _slug_of(name: str) -> str:  # the category's slug
    return next(slug for label, slug, _ in CATEGORIES if label == name)


def render(article: Article, n: int) -> Page:
    local = _local(article)
    utc = article.moment.astimezone(UTC)
    slug = f"{article.slug}-{LATIN[n]}"
    url = f"{HOST}/news/{slug}"
    shown, clock = _shown(article), _time(article)
    page = Page(url=url, html="", shown_date=shown)
    cats = POST_CATEGORIES[n]
    body_text = " ".join(article.body.split())
    rates = RATES[n]
    rate_lines = [f"{label}: {value}" for label, value in zip(RATE_LABELS, rates, strict=True)]
    page.add(*rate_lines, SITE, TAGLINE, *(x for x in NAV if x not in body_text), SEARCH,
             shown, clock)  # a category name the story's words hold ("طاقة") is no evidence
    # header partial
    nav = "\n".join(
        f'                    <li class="nav-item{" active" if label == cats[0] else ""}">'
        f'<a class="nav-link" href="{HOST}/'
        f'{"" if k == 0 else ("opinion" if label == "مقالات" else "blog/category/" + _slug_of(label))}'
        f'">{label}</a></li>' for k, label in enumerate(NAV))
    ticker = "\n".join(f'            <li class="list-inline-item"><span class="rate-label">{label}:'
                       f'</span> <b>{value}</b></li>'
                       for label, value in zip(RATE_LABELS, rates, strict=True))
    byline = ""
    if n == 1 and article.author:
        byline = (f'\n                <span class="post-author"><i class="fas fa-user"></i> بقلم: '
                  f'{e(article.author)}</span>')
        page.add(f"بقلم: {article.author}")
    cover = featured = ""
    if n in UPLOADS and article.caption != "-" and n == 1:
        cover = f"""
            <figure class="post-cover">
                <img src="{_upload(n, "1200_675")}" class="img-fluid w-100" alt="{e(article.caption)}">
                <figcaption class="figure-caption">{e(article.caption)}</figcaption>
            </figure>"""
        featured = f"""
    <div class="featured-images text-center">
                    <p>
                <img
                    data-src="{UPLOADS[n][3]}.jpg"
                    src="{_upload(n)}"
                    alt="{e(article.caption)}"
                    style="max-width: 100%" />
            </p>
            </div>
"""
        page.add(article.caption)
    cat_links = ", ".join(f'<a href="{HOST}/blog/category/{_slug_of(c)}">{c}</a>' for c in cats)
    info_day = f"{utc:%b %d, %Y}"
    page.add(f"Posted in {', '.join(cats)} on {info_day}.")
    tag_items = "\n".join(f'                <a href="{HOST}/tag/{e(t.replace(" ", "-"))}" '
                          f'class="badge badge-light">{e(t)}</a>' for t in article.tags)
    page.add(TAGS_LABEL, *(t for t in article.tags if t not in body_text))
    icons = ("facebook-f", "x-twitter", "whatsapp", "telegram-plane")
    hrefs = (f"https://www.facebook.com/sharer/sharer.php?u={url}",
             f"https://twitter.com/intent/tweet?url={url}", f"https://wa.me/?text={url}",
             f"https://t.me/share/url?url={url}")
    share = f'<span class="share-label">{SHARE[0]}</span>\n' + "\n".join(
        f'                <a class="btn btn-sm btn-{icon.split("-")[0]}" target="_blank" '
        f'href="{href}"><i class="fab fa-{icon}"></i> {label}</a>'
        for icon, href, label in zip(icons, hrefs, SHARE[1:5], strict=True)) + (
        '\n                <a class="btn btn-sm btn-light" href="javascript:window.print()">'
        f'<i class="fas fa-print"></i> {SHARE[5]}</a>')
    page.add(*SHARE)
    related = []
    for k, title in enumerate(article.related):
        when = utc - timedelta(days=3 + 9 * k, hours=5 * k)
        day = f"{when:%d/%m/%Y}"
        rid = int(article.slug) - 37 * (k + 1)
        related.append(f"""                <div class="col-md-4"><div class="card related-post h-100">
                    <a href="{HOST}/news/{rid}"><img class="card-img-top" src="{HOST}/storage/app/uploads/public/{64 + k:x}a/0{k}c/9e{k}/thumb_{rid}_360_200_0_0_crop.jpg" alt=""></a>
                    <div class="card-body"><h5 class="card-title"><a href="{HOST}/news/{rid}">{e(title)}</a></h5>
                    <p class="card-text"><small class="text-muted">{day}</small></p></div>
                </div></div>""")
        page.add(title, day)
    page.add(RELATED_TITLE)
    cat_list = []
    for label, cslug, count in CATEGORIES:
        active = ' class="active"' if label == cats[0] else ""
        cat_list.append(f"""        <li {active.strip()}>
            <a href="{HOST}/blog/category/{cslug}">{label}</a>
                            <span class="badge">{count + 3 * n}</span>
                    </li>""".replace("<li >", "<li>"))
        if str(count + 3 * n) not in body_text:
            page.add(str(count + 3 * n))
    page.add(CATS_TITLE)
    latest = []
    for k, title in enumerate(rotate(LATEST, 3 * n, 5)):
        when = utc - timedelta(hours=2 + 7 * k)
        day = f"{when:%d/%m/%Y}"
        latest.append(f"""                <li class="media mb-3"><div class="media-body">
                    <a href="{HOST}/news/{int(article.slug) + 11 - k}">{e(title)}</a>
                    <small class="d-block text-muted"><i class="far fa-clock"></i> {day}</small>
                </div></li>""")
        page.add(title, day)
    copyright_line = f"جميع الحقوق محفوظة © {local.year} {SITE}"
    page.add(LATEST_TITLE, *NEWSLETTER, FOLLOW, FOOTER_ABOUT, *FOOTER_LINKS, copyright_line)
    plain = " ".join((article.lead, *article.paragraphs))
    description = plain if len(plain) <= 155 else plain[:155].rstrip() + "..."
    og_image = _upload(n, "1200_675") if n == 1 else f"{HOST}/themes/iqtisad/assets/images/og-default.png"
    build = ("1705412890", "1705412890", "1734001557")[n - 1]
    combine_css = ("7c1e0a9b52f4d6e3a8b1c2d3e4f5a6b7", "e02b9d41c7a86f35d1e2f3a4b5c6d7e8")[n == 3]
    combine_js = ("3f9d2c8e1a7b6054c3d2e1f0a9b8c7d6", "b71c4e09d2a35f68e4d3c2b1a0f9e8d7")[n == 3]
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <title>{e(article.headline)} | {SITE}</title>
        <meta name="description" content="{e(description)}">
        <meta name="keywords" content="{e(", ".join(article.tags))}">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <link rel="canonical" href="{url}">
        <meta property="og:site_name" content="{SITE}">
        <meta property="og:type" content="article">
        <meta property="og:title" content="{e(article.headline)}">
        <meta property="og:description" content="{e(description)}">
        <meta property="og:url" content="{url}">
        <meta property="og:image" content="{og_image}">
        <meta property="og:locale" content="ar_JO">
        <meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00">
        <meta property="article:section" content="{cats[0]}">
        <meta name="twitter:card" content="summary_large_image">
        <meta name="twitter:site" content="@iqtisad_yawm">
        <meta name="twitter:title" content="{e(article.headline)}"><meta name="twitter:description" content="{e(description)}">
        <meta name="twitter:image" content="{og_image}">
        <link rel="icon" type="image/png" href="{HOST}/themes/iqtisad/assets/images/favicon.png">
        <link rel="alternate" type="application/rss+xml" title="{SITE}" href="{HOST}/rss">
        <link href="https://fonts.googleapis.com/css2?family=Cairo:wght@400;600;700&amp;display=swap" rel="stylesheet">
        <link href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.4.2/css/all.min.css" rel="stylesheet">
        <link href="{HOST}/combine/{combine_css}-{build}" rel="stylesheet">
        <script async src="https://www.googletagmanager.com/gtag/js?id=G-8QX4TZ2M1K"></script>
        <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-8QX4TZ2M1K');</script>
    </head>
    <body class="page-blog-post">

        <!-- Header -->
        <header id="layout-header">
            <div class="top-bar bg-light border-bottom small">
    <div class="container d-flex justify-content-between">
        <ul class="list-inline mb-0 rates-ticker">
{ticker}
        </ul>
        <ul class="list-inline mb-0 social">
            <li class="list-inline-item"><a href="https://facebook.com/iqtisad.yawm" target="_blank"><i class="fab fa-facebook-f"></i></a></li> <li class="list-inline-item"><a href="https://twitter.com/iqtisad_yawm" target="_blank"><i class="fab fa-x-twitter"></i></a></li> <li class="list-inline-item"><a href="https://t.me/iqtisad_yawm" target="_blank"><i class="fab fa-telegram-plane"></i></a></li>
        </ul>
    </div>
</div>
<div class="container py-3 site-brand">
    <a href="{HOST}" class="logo"><img src="{HOST}/themes/iqtisad/assets/images/logo.svg" alt="{SITE}" height="56"></a>
    <span class="site-name h4 mb-0">{SITE}</span>
    <p class="tagline text-muted mb-0">{TAGLINE}</p>
</div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary">
    <div class="container">
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="mainNav">
            <ul class="navbar-nav ml-auto">
{nav}
            </ul>
            <form class="form-inline my-2 my-lg-0" action="{HOST}/search" method="get">
                <input class="form-control form-control-sm ml-sm-2" type="search" name="q" placeholder="ابحث في الموقع..." aria-label="Search">
                <button class="btn btn-sm btn-outline-light my-2 my-sm-0" type="submit">{SEARCH}</button>
            </form>
        </div>
    </div>
</nav>
        </header>

        <!-- Content -->
        <section id="layout-content">
            <div class="container mt-4">
    <nav aria-label="breadcrumb">
        <ol class="breadcrumb">
            <li class="breadcrumb-item"><a href="{HOST}">الرئيسية</a></li>
            <li class="breadcrumb-item"><a href="{HOST}/blog/category/{_slug_of(cats[0])}">{cats[0]}</a></li>
            <li class="breadcrumb-item active" aria-current="page">{e(article.headline)}</li>
        </ol>
    </nav>
    <div class="row">
        <div class="col-lg-8">
            <article class="post-single">
                <h1 class="post-title">{e(article.headline)}</h1>
                <div class="post-meta text-muted mb-3">
                <span class="post-date"><i class="far fa-calendar-alt"></i> {shown}</span>
                <span class="post-time"><i class="far fa-clock"></i> {clock}</span>{byline}
                </div>{cover}

<div class="content">{_content(article, n)}</div>
{featured}
<p class="info">
    Posted in {cat_links} on {info_day}.
</p>

                <div class="post-tags mt-3">
                <span class="tags-label">{TAGS_LABEL}</span>
{tag_items}
                </div>

                <div class="share-bar my-4">
                {share}
                </div>
            </article>

            <section class="related-posts mt-5">
                <h4 class="section-title">{RELATED_TITLE}</h4>
                <div class="row">
{chr(10).join(related)}
                </div>
            </section>
        </div>

        <aside class="col-lg-4 sidebar">
            <div class="widget widget-categories mb-4">
                <h4 class="widget-title">{CATS_TITLE}</h4>
                <ul class="category-list">
{chr(10).join(cat_list)}
    </ul>
            </div>

            <div class="widget widget-latest mb-4">
                <h4 class="widget-title">{LATEST_TITLE}</h4>
                <ul class="list-unstyled latest-posts">
{chr(10).join(latest)}
                </ul>
            </div>

            <div class="widget widget-newsletter mb-4 p-3 bg-light">
                <h4 class="widget-title">{NEWSLETTER[0]}</h4>
                <p>{NEWSLETTER[1]}</p>
                <form data-request="onNewsletterSubscribe" data-request-validate data-request-flash data-request-success="this.reset()">
                    <div class="input-group">
                        <input type="email" name="email" class="form-control" placeholder="name@example.com" required>
                        <div class="input-group-append">
                            <button class="btn btn-primary" type="submit" data-attach-loading>{NEWSLETTER[2]}</button>
                        </div>
                    </div>
                    <div class="text-danger small" data-validate-for="email"></div>
                    <small class="form-text text-muted">{NEWSLETTER[3]}</small>
                </form>
            </div>
        </aside>
    </div>
</div>
        </section>

        <!-- Footer -->
        <footer id="layout-footer" class="bg-dark text-white-50 mt-5 pt-4">
            <div class="container">
    <div class="row">
        <div class="col-md-6">
            <h5 class="text-white">{SITE}</h5>
            <p>{FOOTER_ABOUT}</p>
        </div>
        <div class="col-md-3">
            <ul class="list-unstyled footer-links">
{chr(10).join(f'                <li><a href="{HOST}/page/{k}">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS, 1))}
            </ul>
        </div>
        <div class="col-md-3">
            <h6 class="text-white">{FOLLOW}</h6>
            <a href="https://facebook.com/iqtisad.yawm" class="text-white-50 ml-2"><i class="fab fa-facebook-f"></i></a> <a href="https://twitter.com/iqtisad_yawm" class="text-white-50 ml-2"><i class="fab fa-x-twitter"></i></a> <a href="https://t.me/iqtisad_yawm" class="text-white-50 ml-2"><i class="fab fa-telegram-plane"></i></a>
        </div>
    </div>
    <hr class="border-secondary">
    <p class="text-center small pb-3 mb-0">{copyright_line}</p>
</div>
        </footer>

        <!-- Scripts -->
        <script src="{HOST}/combine/{combine_js}-{build}"></script>
        <script src="/modules/system/assets/js/framework.combined-min.js"></script>
<link rel="stylesheet" property="stylesheet" href="/modules/system/assets/css/framework.extras-min.css">
    </body>
</html>
"""
    return page
