"""A Jordanian independent journalist's Arabic blog ("دفتر عمّان", kept by يزن الخوالدة) built
with Jekyll on GitHub Pages with the minima theme (3.x, as `remote_theme: jekyll/minima`), its
`_layouts/base.html` overridden only to add `dir="rtl"`, and `timezone: Asia/Amman` in
`_config.yml`. The page is Jekyll's static output: `<html lang="ar" dir="rtl"><head>` with
minima's head (charset, X-UA-Compatible, viewport run straight into the jekyll-seo-tag block
`<!-- Begin Jekyll SEO tag v2.8.0 -->`: `<title>` "headline | دفتر عمّان", generator
"Jekyll v3.10.0", og:title, `meta name="author"` (the post's author, else the site's),
og:locale ar_JO, description and og:description (the first paragraph, Jekyll's excerpt),
canonical, og:url, og:site_name, og:type article with `article:published_time` in +03:00,
twitter:card, twitter:site, twitter:creator ("@" + the author's name, seo-tag's quirk for a
string author), and a one-line JSON-LD BlogPosting with alphabetical keys), minima's
`style.css`, the Atom feed link, then a custom head (Arabic web font, `rtl.css`, gtag).
The body: `<header class="site-header">` with `a.site-title` and `nav.site-nav` (the
nav-trigger checkbox, the hamburger SVG, `div.trigger` holding three `a.page-link`s run
together), `<main class="page-content" aria-label="Content">` > `div.wrapper` >
`<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">`:
`header.post-header` with `h1.post-title.p-name` and `p.post-meta`, whose
`<time class="dt-published" datetime="...+03:00" itemprop="datePublished">` prints the day in
English ("May 12, 2024", minima's default "%b %-d, %Y", on the Arabic page); then
`div.post-content.e-content` (itemprop="articleBody") with kramdown's output, then Disqus
(`div#disqus_thread`, its script and the English noscript line) where comments are on, and the
hidden `a.u-url`. After the article the blog's own "قد يهمك أيضا" list of `site.related_posts`
(English dates, `span.post-meta` + `a.post-link`). The footer `site-footer h-card`: the
"Subscribe" feed link, `ul.contact-list` (the blogger's name as `li.p-name`, the e-mail), the
site description, and icon-only social links. Page 1 is a guest post: its byline
"• <span itemprop="author">…<span class="p-author h-card">ديما الحياري</span>" is the only one;
its body has two `<h2>`s whose GFM ids keep the Arabic words ("ضخ-يفوق-التغذية"), a
`<blockquote>` of a farmer's words, and a kramdown footnote (a `sup` marker, then
`div.footnotes` role="doc-endnotes" with the back-link ↩): the footnote, the writer's source
note inside the article body, is counted as the body's last paragraph. Page 2 (no byline, the
blogger's own, comments off) was posted at 00:45 Amman time (21:45 UTC the day before;
nothing on the page says UTC) and carries a photo written in Markdown with its caption as an
`<em>` line under it in the same `<p>`. Page 3 (no byline) shows a modified date after
minima's "~" (`time.dt-modified`), bolds words, links a phrase inline, and ends with a
`<hr />` and a bold "تحديث:" paragraph (body). The writer of pages 2 and 3 is the blog's
author, named by `meta name="author"`, the JSON-LD author and the footer h-card. All the rest
(site title, nav, dates, byline, caption, related list, Disqus line, footer) is chrome."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .base import Article, Page, e

NAME = "jekyll_pages_blog"
HELD_OUT = True
SET = "unseen15"
FAMILY = "Jekyll + minima on GitHub Pages (Arabic RTL blog): h-entry post, English dt-published date, kramdown body (GFM ids, footnotes, em caption), seo-tag JSON-LD, Disqus, h-card footer"
HOST = "https://mudawwanat-sahafi.example"
SITE = "دفتر عمّان"
BLOGGER = "يزن الخوالدة"
EMAIL = "yazan@mudawwanat-sahafi.example"
DESCRIPTION = ("مدونة صحفية مستقلة عن الشأن الأردني: المياه والمدينة والإعلام والحقوق، "
               "بتقارير ميدانية وأرقام موثقة بعيدا عن العناوين السريعة.")
NAV = (("/about/", "عن المدونة"), ("/archive/", "الأرشيف"), ("/contact/", "تواصل معي"))
SOCIAL = (("twitter", "https://x.com/yazan_khawaldeh"), ("facebook", "https://www.facebook.com/yazan.kh.journal"),
          ("github", "https://github.com/yazan-kh"))
RELATED_TITLE = "قد يهمك أيضا"
SUBSCRIBE = "Subscribe"
NOSCRIPT = "Please enable JavaScript to view the comments powered by Disqus."
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PATHS = {1: "/2024/05/12/azraq-basin-groundwater.html", 2: "/2024/07/09/brt-night-service.html",
         3: "/2024/10/02/freelance-journalists-social-security.html"}
RELATED_SLUGS = {
    1: ("jordan-water-poverty", "red-dead-ten-years", "mujib-dam-dry-summer"),
    2: ("taxis-and-apps", "russeifa-commute", "amman-municipality-budget"),
    3: ("cybercrime-law-newsrooms", "pricing-freelance-work", "another-paper-closes"),
}
RELATED_AGO = (14, 39, 56)
COMMENTS = {1: True, 2: False, 3: True}
MODIFIED = {3: "2024-10-04T11:20:00+03:00"}
IMAGE = {2: ("/assets/img/2024/brt-ras-al-ain-night.jpg", "حافلة الباص سريع التردد ليلا")}
# kramdown's rendering of the Markdown: which paragraphs are headings, a quote, a footnote,
# and the inline markup (page -> paragraph index -> (phrase, html with the phrase))
HEADINGS = {1: (2, 6)}
QUOTE = {1: 5}
FOOTNOTE = {1: (3, 8)}  # (paragraph carrying the marker, the footnote's own paragraph)
INLINE = {
    3: {1: ("ثلاثة من كل أربعة", "<strong>ثلاثة من كل أربعة</strong>"),
        2: ("صفحة الاشتراك الاختياري",
            '<a href="https://www.ssc.gov.jo/">صفحة الاشتراك الاختياري</a>'),
        5: ("تحديث:", "<strong>تحديث:</strong>")},
}
HR_BEFORE = {3: 5}
MENU_SVG = ("M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,"
            "0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z M18,7.516C18,8.335,17.335,"
            "9,16.516,9H1.484C0.665,9,0,8.335,0,7.516l0,0 c0-0.82,0.665-1.484,1.484-1.484h15.032C17.335,"
            "6.031,18,6.696,18,7.516L18,7.516z M18,13.516C18,14.335,17.335,15,16.516,15H1.484 C0.665,15,"
            "0,14.335,0,13.516l0,0c0-0.82,0.665-1.483,1.484-1.483h15.032C17.335,12.031,18,12.695,18,"
            "13.516L18,13.516z")


def shown(moment: datetime) -> str:
    """minima's default `date_format`, "%b %-d, %Y", in the site's timezone."""
    return f"{MON[moment.month - 1]} {moment.day}, {moment.year}"


def gfm_id(text: str) -> str:
    """kramdown's GFM header id: lower case, only word characters, hyphens and spaces kept
    (Arabic letters are word characters), spaces to hyphens."""
    kept = "".join(c for c in text.lower() if c.isalnum() or c in "-_ ")
    return kept.replace(" ", "-")


def _body(article: Article, n: int) -> str:
    paras = (article.lead, *article.paragraphs)
    heads = HEADINGS.get(n, ())
    marker, note = FOOTNOTE.get(n, (None, None))
    out = []
    for k, text in enumerate(paras):
        if k == note:
            continue
        html = e(text)
        if k in INLINE.get(n, {}):
            phrase, markup = INLINE[n][k]
            html = html.replace(e(phrase), markup, 1)
        if k == marker:
            html += ('<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" '
                     'rel="footnote">1</a></sup>')
        if k in heads:
            out.append(f'<h2 id="{gfm_id(text)}">{html}</h2>')
        elif QUOTE.get(n) == k:
            out.append(f"<blockquote>\n  <p>{html}</p>\n</blockquote>")
        else:
            if HR_BEFORE.get(n) == k:
                out.append("<hr />")
            out.append(f"<p>{html}</p>")
        if k == 0 and n in IMAGE:
            src, alt = IMAGE[n]
            out.append(f'<p><img src="{src}" alt="{e(alt)}" />\n<em>{e(article.caption)}</em></p>')
    if note is not None:
        out.append(f"""<div class="footnotes" role="doc-endnotes">
  <ol>
    <li id="fn:1" role="doc-endnote">
      <p>{e(paras[note])} <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>
    </li>
  </ol>
</div>""")
    return "\n\n".join(out) + "\n"


def _meta(article: Article, n: int, byline: str | None) -> str:
    moment = article.moment
    meta = (f'<p class="post-meta"><time class="dt-published" datetime="{moment.isoformat()}" '
            f'itemprop="datePublished">\n        {shown(moment)}\n      </time>')
    if n in MODIFIED:
        mdate = datetime.fromisoformat(MODIFIED[n])
        meta += (f'~<time class="dt-modified" datetime="{MODIFIED[n]}" itemprop="dateModified">'
                 f"\n          {shown(mdate)}\n        </time>")
    if byline:
        meta += ('• \n          <span itemprop="author" itemscope itemtype="http://schema.org/Person">'
                 f'\n            <span class="p-author h-card" itemprop="name">{e(byline)}</span></span>')
    return meta + "</p>"


def _disqus(url: str) -> str:
    return f"""<div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {{
      this.page.url = '{url}';
      this.page.identifier = '{url}';
    }};

    (function() {{
      var d = document, s = d.createElement('script');

      s.src = 'https://daftar-amman.disqus.com/embed.js';

      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    }})();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>"""


def _related(article: Article, n: int, page: Page) -> str:
    items = []
    for title, slug, ago in zip(article.related, RELATED_SLUGS[n], RELATED_AGO, strict=True):
        when = article.moment - timedelta(days=ago)
        day, path = shown(when), f"/{when:%Y/%m/%d}/{slug}.html"
        page.add(title, day)
        items.append(f'      <li><span class="post-meta">{day}</span>\n'
                     f'        <a class="post-link" href="{path}">{e(title)}</a>\n      </li>')
    items_html = "\n".join(items)
    return f"""<aside class="related-posts">
  <h2>{RELATED_TITLE}</h2>
  <ul class="post-list">
{items_html}
  </ul>
</aside>"""


def _seo(article: Article, n: int, url: str, author: str) -> str:
    moment = article.moment.isoformat()
    desc = article.lead
    image = f"{HOST}{IMAGE[n][0]}" if n in IMAGE else ""
    ld: dict = {"@context": "https://schema.org", "@type": "BlogPosting",
                "author": {"@type": "Person", "name": author},
                "dateModified": moment, "datePublished": moment, "description": desc,
                "headline": article.headline}
    if image:
        ld["image"] = image
    ld["mainEntityOfPage"] = {"@type": "WebPage", "@id": url}
    ld["url"] = url
    if image:
        card = (f'<meta property="og:image" content="{image}" />\n'
                f'<meta property="og:image:alt" content="{e(IMAGE[n][1])}" />\n')
        twitter = ('<meta name="twitter:card" content="summary_large_image" />\n'
                   f'<meta property="twitter:image" content="{image}" />\n'
                   f'<meta name="twitter:image:alt" content="{e(IMAGE[n][1])}" />\n')
    else:
        card, twitter = "", '<meta name="twitter:card" content="summary" />\n'
    return f"""<!-- Begin Jekyll SEO tag v2.8.0 -->
<title>{e(article.headline)} | {SITE}</title>
<meta name="generator" content="Jekyll v3.10.0" />
<meta property="og:title" content="{e(article.headline)}" />
<meta name="author" content="{e(author)}" />
<meta property="og:locale" content="ar_JO" />
<meta name="description" content="{e(desc)}" />
<meta property="og:description" content="{e(desc)}" />
<link rel="canonical" href="{url}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
{card}<meta property="og:type" content="article" />
<meta property="article:published_time" content="{moment}" />
{twitter}<meta property="twitter:title" content="{e(article.headline)}" />
<meta name="twitter:site" content="@yazan_khawaldeh" />
<meta name="twitter:creator" content="@{e(author)}" />
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>
<!-- End Jekyll SEO tag -->
"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    path = PATHS[n]
    url = HOST + path
    page = Page(url=url, html="", shown_date=shown(moment))
    byline = article.author if n == 1 else None
    author = article.author or BLOGGER
    page.add(SITE, *(label for _, label in NAV), shown(moment))
    if byline:
        page.add(byline)
    if n in MODIFIED:
        page.add(shown(datetime.fromisoformat(MODIFIED[n])))
    if n in IMAGE:
        page.add(article.caption)
    disqus = ""
    if COMMENTS[n]:
        disqus = _disqus(url)
        page.add(NOSCRIPT)
    related = _related(article, n, page)
    page.add(RELATED_TITLE, SUBSCRIBE, BLOGGER, EMAIL, DESCRIPTION)
    nav = "".join(f'<a class="page-link" href="{href}">{label}</a>' for href, label in NAV)
    social = "".join(f"""<li>
  <a rel="me" href="{href}" target="_blank" title="{platform}">
    <svg class="svg-icon grey">
      <use xlink:href="/assets/minima-social-icons.svg#{platform}"></use>
    </svg>
  </a>
</li>""" for platform, href in SOCIAL)
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1">{_seo(article, n, url, author)}<link id="main-stylesheet" rel="stylesheet" href="/assets/css/style.css"><link type="application/atom+xml" rel="alternate" href="{HOST}/feed.xml" title="{SITE}" /><script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4RZ1D"></script>
<script>
  window['ga-disable-G-7QK2M4RZ1D'] = window.doNotTrack === "1" || navigator.doNotTrack === "1" || navigator.doNotTrack === "yes" || navigator.msDoNotTrack === "1";
  window.dataLayer = window.dataLayer || [];
  function gtag(){{window.dataLayer.push(arguments);}}
  gtag('js', new Date());

  gtag('config', 'G-7QK2M4RZ1D');
</script>
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link href="https://fonts.googleapis.com/css2?family=Noto+Naskh+Arabic:wght@400;700&display=swap" rel="stylesheet">
<link rel="stylesheet" href="/assets/css/rtl.css">
<link rel="icon" type="image/png" href="/assets/img/favicon.png">
</head>
<body><header class="site-header">

  <div class="wrapper"><a class="site-title" rel="author" href="/">{SITE}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger">
          <span class="menu-icon">
            <svg viewBox="0 0 18 15" width="18px" height="15px">
              <path d="{MENU_SVG}"/>
            </svg>
          </span>
        </label>

        <div class="trigger">{nav}</div>
      </nav></div>
</header>
<main class="page-content" aria-label="Content">
      <div class="wrapper">
        <article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">

  <header class="post-header">
    <h1 class="post-title p-name" itemprop="name headline">{e(article.headline)}</h1>
    {_meta(article, n, byline)}
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {_body(article, n)}
  </div>{disqus}<a class="u-url" href="{path}" hidden></a>
</article>
{related}

      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>

  <div class="wrapper">

    <div class="footer-col-wrapper">
      <div class="footer-col">
        <p class="feed-subscribe">
          <a href="{HOST}/feed.xml">
            <svg class="svg-icon orange">
              <use xlink:href="/assets/minima-social-icons.svg#rss"></use>
            </svg><span>{SUBSCRIBE}</span>
          </a>
        </p>
        <ul class="contact-list">
          <li class="p-name">{BLOGGER}</li>
          <li><a class="u-email" href="mailto:{EMAIL}">{EMAIL}</a></li>
        </ul>
      </div>
      <div class="footer-col">
        <p>{DESCRIPTION}</p>
      </div>
    </div>

    <div class="social-links"><ul class="social-media-list">{social}</ul>
</div>

  </div>

</footer>
</body>

</html>
"""
    return page
