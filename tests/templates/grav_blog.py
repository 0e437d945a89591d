"""An independent local newsletter-blog from Chefchaouen, Morocco ("رسالة الشاون"), on Grav CMS
(flat-file, Twig) with the Quark theme through a small child theme ("chaouen") that only swaps
the logo, `custom.css` (direction) and the footer partial. Pages are Quark's `item.html.twig`
as Grav 1.7 serves them: `<html lang="ar">` with no `dir` (Quark has none), `<title>` "headline |
رسالة الشاون", the metadata loop (`generator` GravCMS first, then the site or page
`description`; page 1's frontmatter adds og:* as `property` and twitter:card as `name`, page 3
adds `author`: the writer's name is in that meta tag only), plugin stylesheets before Quark's
spectre/theme/line-awesome, jQuery in the head, treemenu/site.js at the bottom; no JSON-LD and
no article:* meta (Grav prints none). Body: `body#top` with Quark's header classes,
`div#header` > `nav.navbar` > `.navbar-section.logo` / `.navbar-section.desktop-menu` >
`nav.dropmenu` with the nav_loop `<ul >` (menu text on its own indented line), the mobile
toggle, then (page 1 only, `hero_image` set) `div#blog-hero.modular-hero` holding `<h1>` title,
the empty `<h2></h2>` Quark prints for a missing subtitle, date and tag chips. Then
`div#body-wrapper.blog-listing`, the breadcrumbs plugin's spaceless `div#breadcrumbs`
(data-vocabulary, no spaces between crumbs: "الرئيسيةالمدونة<title>"), `.columns` with
`#item.col-9` > `div.content-item.h-entry`: pages 2-3 open with `.content-title` (`h2.p-name`
linking the page, `span.blog-date` > `time.dt-published` whose datetime is PHP `c` in
Morocco's offset, shown as site dateformat `d/m/Y`, and `span.tags` of
`a.label.label-rounded.label-secondary.p-category` chips), then `div.e-content` with the
Parsedown HTML. Page 1: an "بقلم" byline paragraph, the lead, then the blank line left where
Grav cut `<p>===</p>` (the summary delimiter), a link to the commune's PDF notice and bold
hours. Page 2 (Ramadan: Morocco on +00:00): a cache-resized image paragraph and an `<em>`
caption paragraph before the lead, no delimiter, and an `<em>` newsletter plug closing the
content. Page 3 (posted 00:25 local, the UTC day before): a markdown-notices `.notices.yellow`
series note, the lead and delimiter gap, a YouTube iframe, an `<h3>` subheading. After the
entry `p.prev-next` with Quark's untranslated "Previous Post"/"Next Post" (page 3, the newest,
has no next). `#sidebar.col-3`: simplesearch box, "Related Posts" (`ul.related-pages.menu`),
the /modules/sidebar newsletter box, "Popular Tags" (taxonomylist chips), "Archives" (English
month names from PHP `date('F Y')` with count labels) and "Syndicate" (Atom/RSS buttons); the
footer (copyright line plus Quark's "Grav was ... by Trilby Media."), the mobile overlay
repeating the menu as `<ul class="tree">`. All of that is chrome."""

from __future__ import annotations

from html import escape

from .base import Article, Page, e

NAME = "grav_blog"
HELD_OUT = True
SET = "unseen20"
FAMILY = "Grav CMS + Quark theme blog item: h-entry/e-content, blog-date d/m/Y, label tag chips, hero, breadcrumbs, prev-next, Related Posts/Popular Tags/Archives sidebar"
HOST = "https://grav-blog.example"
SITE = "رسالة الشاون"
SITE_DESC = "نشرة محلية مستقلة تصدر كل جمعة من شفشاون: أخبار المدينة والقرى المحيطة بها"
NAV = (("/", "الرئيسية"), ("/blog", "المدونة"), ("/issues", "أعداد النشرة"), ("/about", "من نحن"),
       ("/contact", "راسلونا"))
SLUGS = {1: "ras-el-ma-water-rotation", 2: "bab-el-ain-ramadan-cheese-sellers",
         3: "talassemtane-trails-closed-summer"}
BYLINE = {1: "بقلم: خديجة الوزاني"}
PAGE_DESC = {1: "برنامج لتوزيع الماء بالتناوب على أحياء المدينة العتيقة إلى حين عودة التساقطات",
             3: "المياه والغابات تغلق مسالك المنتزه الوطني من منتصف يونيو إلى نهاية شتنبر"}
LINKED = {1: (1, "بلاغ الجماعة", "/user/pages/02.blog/ras-el-ma-water-rotation/balagh-jamaa.pdf")}
BOLD = {1: (1, "من السادسة صباحا إلى الثانية زوالا")}
SUBHEAD = {3: 3}
VIDEO_AFTER = {3: 1}
PROMO = ("هذه المادة من عدد الجمعة من نشرتنا البريدية. للتوصل بالعدد المقبل، ",
         "اشتركوا من هنا", ".")
NOTICE = "هذه المادة جزء من ملفنا الصيفي «الشاون في مواجهة الحرائق». تجدون بقية حلقات الملف في صفحة الأعداد."
BOX = ("النشرة الأسبوعية", "كل جمعة صباحا: أخبار الشاون وقراها في رسالة واحدة إلى بريدكم.",
       "اشتركوا مجانا")
POPULAR = ("الخدمات الجماعية", "السياحة الجبلية", "تدبير الماء", "التجارة المحلية",
           "حرائق الغابات", "رمضان", "الجفاف", "النساء القرويات", "التعليم", "منتزه تلاسمطان",
           "النقل الحضري", "التراث المعماري")
ARCHIVES = (("June 2025", 3), ("May 2025", 5), ("April 2025", 4), ("March 2025", 6),
            ("February 2025", 4), ("January 2025", 5), ("December 2024", 3),
            ("November 2024", 6), ("October 2024", 4), ("September 2024", 2),
            ("August 2024", 3), ("July 2024", 4))
FOOTER = "© 2025 رسالة الشاون — نشرة محلية مستقلة من شفشاون"
GRAV_LINE = "Grav was with by Trilby Media."
SIDEBAR_HEADS = ("Related Posts", "Popular Tags", "Archives", "Syndicate")
HERO = "/user/pages/02.blog/ras-el-ma-water-rotation/ras-el-ma-hero.jpg"
IMAGE = ("/images/9/4/e/2/0/94e20d5b1c7a3f8e6d2b0a9c4e1f7a3b5c8d2e6f-bab-el-ain-jben.jpeg")
PREV_NEXT = {1: ("wadi-lao-bridge-repairs", "medina-fountains-maintenance"),
             2: ("souk-monday-vegetable-prices", "akchour-new-parking"),
             3: ("summer-camps-registration", None)}


def _t(text: str) -> str:
    """Text as Parsedown leaves it: `&`, `<`, `>` escaped, quotes kept."""
    return escape(text, quote=False)


def _shown(article: Article) -> str:
    return f"{article.moment:%d/%m/%Y}"


def _date(article: Article, indent: str) -> str:
    return (f'{indent}<span class="blog-date">\n'
            f'{indent}    <time class="dt-published" datetime="{article.moment.isoformat()}">\n'
            f'{indent}        <i class="fa fa-calendar"></i> {_shown(article)}\n'
            f"{indent}    </time>\n{indent}</span>\n")


def _chips(article: Article, indent: str) -> str:
    links = "".join(f'{indent}    <a class="label label-rounded label-secondary p-category" '
                    f'href="/blog/tag:{e(tag)}#body-wrapper">{e(tag)}</a>\n'
                    for tag in article.tags)
    return f'{indent}<span class="tags">\n{links}{indent}</span>\n'


def _nav(tree: bool) -> str:
    items = []
    for path, label in NAV:
        active = "active" if path == "/blog" else ""
        items.append(f"""      <li>
        <a href="{path}" class="{active}">
          {label}
        </a>
      </li>
""")
    attr = 'class="tree"' if tree else ""
    return f"<ul {attr}>\n    {''.join(items).lstrip()}\n</ul>\n"


def _content(article: Article, n: int) -> str:
    """The Parsedown HTML of the page's markdown, `<p>===</p>` already cut out by Grav."""
    body = [article.lead, *article.paragraphs]
    out = []
    if n in BYLINE:
        out.append(f"<p><em>{BYLINE[n]}</em></p>")
    if n == 2:
        out.append(f'<p><img alt="{e(article.caption)}" src="{IMAGE}" /></p>')
        out.append(f"<p><em>{_t(article.caption)}</em></p>")
    if n == 3:
        out.append(f'<div class="notices yellow">\n<p>{_t(NOTICE)}</p>\n</div>')
    for k, text in enumerate(body):
        html = _t(text)
        if n in LINKED and LINKED[n][0] == k:
            _k, words, href = LINKED[n]
            html = html.replace(words, f'<a href="{href}">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>", 1)
        if SUBHEAD.get(n) == k:
            out.append(f"<h3>{html}</h3>")
        else:
            out.append(f"<p>{html}</p>")
        if k == 0 and n != 2:
            out.append("")  # where the summary delimiter paragraph stood
        if VIDEO_AFTER.get(n) == k:
            out.append('<div class="video-container">\n<iframe width="560" height="315" '
                       'src="https://www.youtube.com/embed/qT7mJ2vZk8c" title="YouTube video '
                       'player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                       'encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
                       "\n</div>")
    if n == 2:
        out.append(f'<p><em>{PROMO[0]}<a href="/newsletter">{PROMO[1]}</a>{PROMO[2]}</em></p>')
    return "\n".join(out)


def _metadata(article: Article, n: int, url: str) -> str:
    metas = [("name", "generator", "GravCMS"),
             ("name", "description", PAGE_DESC.get(n, SITE_DESC))]
    if n == 1:
        metas += [("property", "og:title", article.headline),
                  ("property", "og:description", PAGE_DESC[1]),
                  ("property", "og:type", "article"), ("property", "og:url", url),
                  ("property", "og:image", HOST + HERO),
                  ("name", "twitter:card", "summary_large_image")]
    if n == 3:
        metas.append(("name", "author", article.author or ""))
    return "\n".join(f'<meta {kind}="{key}" content="{e(value)}" />' for kind, key, value in metas)


def _sidebar(article: Article) -> str:
    related = "".join(f"""            <li class="menu-item">
                                <a href="/blog/related-{k}" title="{e(title)}">{e(title)}</a>
            </li>
""" for k, title in enumerate(article.related, 1))
    tags = "".join(f'        <a class="label label-rounded label-secondary" '
                   f'href="/blog/tag:{e(tag)}">{e(tag)}</a>\n' for tag in POPULAR)
    months = "".join(f"""    <li>
    \t<a href="/blog/archives_month:{label[:3].lower()}_{label[-4:]}">
                <span class="label label-rounded label-primary">{count}</span>
                  <span class="archive_date">{label} </span>
        </a>
    </li>
""" for label, count in ARCHIVES)
    return f"""<div class="sidebar-content">
    <div class="search-wrapper">
    <form name="search" data-simplesearch-form data-ajax-search-enabled="false">
        <input
            name="searchfield"
            class="search-input"
            aria-label="search"
            type="text"
             data-min="3"             required
            placeholder="Search …"
            value=""
            data-search-invalid="Please add at least 3 characters"
            data-search-separator=":"
            data-search-input="/search/query"
            data-suggestions-url="/simplesearch.searchSuggestions"
            data-min-suggestions="3"
            autofocus
        />
            </form>
</div>
</div>
<div class="sidebar-content">
    <h4>Related Posts</h4>
    <ul class="related-pages menu">
{related}    </ul>
</div>

<div class="sidebar-content">
<h4>{BOX[0]}</h4>
<p>{BOX[1]}</p>
<p><a class="btn btn-primary" href="/newsletter">{BOX[2]}</a></p>
</div>

<div class="sidebar-content">
    <h4>Popular Tags</h4>
    <span class="tags">
{tags}</span>
</div>
<div class="sidebar-content">
    <h4>Archives</h4>
\t<ul class="archives">

{months}</ul>
</div>
<div class="sidebar-content syndicate">
    <h4>Syndicate</h4>
    <a class="btn" href="/blog.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a>
    <a class="btn" href="/blog.rss"><i class="fa fa-rss-square"></i> RSS</a>
</div>
"""


def render(article: Article, n: int) -> Page:
    slug = SLUGS[n]
    url = f"{HOST}/blog/{slug}"
    shown = _shown(article)
    page = Page(url=url, html="", shown_date=shown)
    page.add(*(label for _, label in NAV), shown, *article.tags)
    if n in BYLINE:
        page.add(BYLINE[n])
    if n == 2:
        page.add(article.caption, "".join(PROMO))
    if n == 3:
        page.add(NOTICE)
    prev, nxt = PREV_NEXT[n]
    page.add("Previous Post", "Next Post" if nxt else "", *SIDEBAR_HEADS, *article.related,
             *BOX, *POPULAR, *(f"{count} {label}" for label, count in ARCHIVES), "Atom 1.0",
             "RSS", FOOTER, GRAV_LINE)
    hero = ""
    title_block = ""
    if n == 1:
        hero = f"""
    <div id="blog-hero" class="section modular-hero hero text-light title-h1h2 overlay-dark-gradient hero-large " style="background-image: url('{HERO}');">
    <div class="image-overlay"></div>
    <div class="container grid-lg" style="text-align: center">
                    <h1>{e(article.headline)}</h1>
            <h2></h2>
{_date(article, "            ")}{_chips(article, "            ")}
            </div>
    <i id="to-start" class="pulse fa fa-angle-down"></i>
</div>

"""
    else:
        title_block = f"""
    <div class="content-title text-center">
            <h2 class="p-name mt-0"><a href="/blog/{slug}" class="u-url">{e(article.headline)}</a></h2>
        {_date(article, "        ").lstrip()}        {_chips(article, "        ").lstrip()}    </div>
"""
    links = []
    if prev:
        links.append(f'            <a class="btn" href="/blog/{prev}"><i class="fa fa-angle-left">'
                     "</i> Previous Post</a>\n")
    if nxt:
        links.append(f'        <a class="btn" href="/blog/{nxt}">Next Post <i class="fa '
                     'fa-angle-right"></i></a>\n')
    prev_next = "\n    \n\n".join(links)
    crumbs = ('<div id="breadcrumbs" itemscope itemtype="http://data-vocabulary.org/Breadcrumb">'
              '<a href="/" itemprop="url"><span itemprop="title">الرئيسية</span></a><i class="fa '
              'fa-angle-right"></i><a href="/blog" itemprop="url"><span itemprop="title">المدونة'
              '</span></a><i class="fa fa-angle-right"></i><span itemprop="title">'
              f"{e(article.headline)}</span></div>")
    logo = ('<a href="/" class="navbar-brand mr-10">\n  <img src="/user/themes/chaouen/images/logo/'
            f'risala-chaouen.svg" alt="{SITE}">\n</a>')
    page.html = f"""<!DOCTYPE html>
<html lang="ar">
<head>
    <meta charset="utf-8">
    <title>{e(article.headline)} | {SITE}</title>

    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    {_metadata(article, n, url)}

    <link rel="icon" type="image/png" href="/user/themes/chaouen/images/favicon.png">
    <link rel="canonical" href="{url}">

    <link href="/user/plugins/markdown-notices/assets/notices.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/breadcrumbs/css/breadcrumbs.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/simplesearch/css/simplesearch.min.css" type="text/css" rel="stylesheet">
<link href="/user/plugins/form/assets/form-styles.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
<link href="/user/themes/chaouen/css/custom.css" type="text/css" rel="stylesheet">
<link href="/user/themes/quark/css/line-awesome.min.css" type="text/css" rel="stylesheet">

    <script src="/system/assets/jquery/jquery-3.x.min.js"></script>
<script src="/user/plugins/simplesearch/js/simplesearch.js"></script>

</head>
<body id="top" class="header-fixed header-animated header-dark header-transparent sticky-footer">
    <div id="page-wrapper">
            <div id="header" class="section">
            <div class="container grid-lg">
                <nav class="navbar">
                    <div class="navbar-section logo">
                        {logo}
                    </div>
                    <div class="navbar-section desktop-menu">

                        <nav class="dropmenu animated">
                                                    {_nav(False)}
                                                </nav>


                    </div>
                </nav>
            </div>
        </div>
        <div class="mobile-menu">
            <div class="button_container" id="toggle">
                <span class="top"></span>
                <span class="middle"></span>
                <span class="bottom"></span>
            </div>
        </div>
    {hero}
        <div id="start">
        <div id="body-wrapper" class="section blog-listing">
    <div class="container grid-lg">

                    {crumbs}

        <div class="columns">
    <div id="item" class="column col-9 col-md-12">
                        <div class="content-item h-entry">

{title_block}
    <div class="e-content">
        {_content(article, n)}
    </div>


</div>

<p class="prev-next text-center">


{prev_next}</p>
                </div>
        <div id="sidebar" class="column col-3 col-md-12">
                    {_sidebar(article)}
                </div>
    </div>


    </div>
</div>
        </div>

    </div>

        <div id="footer" class="section bg-gray">
    <div class="container grid-lg">
        <p>{FOOTER}</p>
        <p><a href="https://getgrav.org">Grav</a> was <i class="fa fa-code"></i> with <i class="fa fa-heart-o pulse "></i> by <a href="https://trilby.media">Trilby Media</a>.</p>
    </div>
</div>

        <div class="mobile-container">
        <div class="overlay" id="overlay">
            <div class="mobile-logo">
                {logo}
            </div>
            <nav class="overlay-menu">
                {_nav(True)}
            </nav>
        </div>
    </div>

<script src="/user/themes/quark/js/jquery.treemenu.js"></script>
<script src="/user/themes/quark/js/site.js"></script>


</body>
</html>
"""
    return page
