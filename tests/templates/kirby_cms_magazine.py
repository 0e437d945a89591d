"""An independent Lebanese culture magazine ("الفسحة", Beirut) built on Kirby CMS with
hand-written snippets and templates, as its `article` template serves a story. The head comes
from `snippets/header.php`: `<title>` "headline | الفسحة", a description (the story's
excerpt cut at ~160 characters with "…"), canonical, og/twitter meta written by hand
(`article:published_time` from `$page->date()->toDate('c')`, so in Beirut's own offset:
+03:00 in summer, +02:00 in winter), one `article:tag` per tag, the stylesheets the `css()`
helper prints (`assets/css/index.css` and the `@auto` template sheet
`assets/css/templates/article.css`), the RSS link and a hand-written JSON-LD `Article`. The body:
`a.skip-link`, `div.page` > `header.header` (text `a.logo` with `span.logo-tagline`, `nav#menu.menu`
with `aria-current="page"` on the section, the "ادعم الفسحة" button), `main#main.main` >
`article.article` > `header.article-header` (`nav.breadcrumb` ol, `h1.article-title`,
`div.article-meta` with `span.article-author` "بقلم <a href="/authors/...">" when there is a
writer, `time.article-date` printing the day with Levantine month names ("12 تشرين الأول
2024", from a month table in the site's plugin) and `span.article-readtime`). The text is
`div.article-text.text`, Kirby's blocks loop: each block a `div id="<uuid>" class="block
block-type-<type>"` wrapping the block snippet's output: `text` (writer `<p>`s with `<strong>`
and links), `image` (the site's own snippet: `figure.figure` with `/media/pages/...` srcset and
`figcaption.figure-caption` holding the caption and `span.figure-credit`), `quote`
(`<blockquote>` text then `<footer>` citation, Kirby's core snippet), `heading` (`<h2>`) and
`video` (`<figure>` with `video()`'s youtube-nocookie iframe and a `<figcaption>`). Then
`footer.article-footer`: `ul.article-tags.tags` linking Kirby params URLs
(`/majalla/tag:<tag>`), the `div.share` bar, and (with a writer) `aside.author-card` with bio
and "كل مقالات ..." link; then `section.more-from` ("المزيد من <section>", three cards with
their dates) and `footer.footer` (about line, menu, social, newsletter form, "© year /
الفسحة"). Page 1 (long, autumn +03:00): image block with caption and credit, a quote block
with citation introduced by the sentence before it, bold words; page 2 (short, winter
+02:00, posted at 00:45 local): no byline, no image, bold name and an inline link; page 3
(+03:00): an uncaptioned cover image in the header, a heading block (text) and a video
block whose caption is chrome."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import timedelta
from urllib.parse import quote

from .base import LEVANTINE, Article, Page, e

NAME = "kirby_cms_magazine"
HELD_OUT = True
SET = "unseen27"
FAMILY = ("Kirby CMS culture magazine (hand-written snippets): blocks loop (text, image figure, "
          "quote with cite, heading, video), Levantine dates, tags as params URLs, author card, "
          "more-from list")
HOST = "https://kirby-majalla.example"
SITE = "الفسحة"
TAGLINE = "مجلة ثقافية مستقلة من بيروت"
SKIP = "انتقل إلى المحتوى"
SUPPORT = "ادعم الفسحة"
MENU = (("fonoun-basariya", "فنون بصرية"), ("cinema", "سينما وشاشات"),
        ("mousiqa", "موسيقى وصوت"), ("masrah", "مسرح وأداء"), ("kutub", "كتب وقراءات"),
        ("mudun", "مدن وذاكرة"))
CRUMBS = ("الرئيسية", "المجلة")
CURRENT = ' aria-current="page"'
TAGS_LABEL = "وسوم:"
SHARE_LABEL = "شارك المقال"
SHARE = (("facebook", "فيسبوك"), ("x", "إكس"), ("whatsapp", "واتساب"))
COPY = "نسخ الرابط"
AUTHORS = {
    "رانيا حداد": ("rania-haddad", "صحافية وباحثة في الثقافة البصرية، تكتب عن الأرشيف والصورة "
                   "في بيروت."),
    "سامر الأتاسي": ("samer-al-atassi", "كاتب سوري مقيم في بيروت، يكتب عن الموسيقى والمنفى "
                     "وذاكرة المدن."),
}
ABOUT = "الفسحة مجلة ثقافية مستقلة تصدر في بيروت منذ عام 2019، وتنشر بالعربية عن الفنون والكتب والمدن."
FOOTER_MENU = (("about", "من نحن"), ("write-for-us", "اكتب معنا"), ("contact", "اتصل بنا"),
               ("privacy", "سياسة الخصوصية"))
SOCIAL = (("https://www.instagram.com/alfusha.mag", "إنستغرام"),
          ("https://www.facebook.com/alfusha.mag", "فيسبوك"),
          ("https://t.me/alfusha_mag", "تيليغرام"))
NEWS_LABEL = "النشرة الشهرية"
NEWS_TEXT = "مختارات الشهر من الفسحة في رسالة واحدة أول كل شهر."
NEWS_BUTTON = "اشترك"
READ = {1: "4 دقائق قراءة", 2: "دقيقة واحدة قراءة", 3: "3 دقائق قراءة"}
CREDIT = {1: "الصورة: أرشيف إلياس معلوف / مساحة الدرج"}
CITE = {1: (4, "— نادين صليبا، قيّمة المعرض")}
BOLD = {1: (5, "ملصقات تالفة"), 2: (1, "لمى شمص")}
LINKED = {2: (2, "صندوق المنح الثقافية المستقلة", "https://cultural-grants.example/ar/calls")}
HEADING = {3: 2}
VIDEO = {3: (4, "hV2q7mZr0sE", "ريم الخطيب تعزف «صباح في حمص» خلال جلسات تسجيل الألبوم")}
# (page) -> index groups of paragraphs per text block; other blocks sit between them
LAYOUT = {1: ((0, 1), "image", (2, 3), "quote", (5, 6)),
          2: ((0, 1, 2, 3),),
          3: ((0, 1), "heading", (3,), "video", (4, 5))}
FILES = {1: "ila-ayna-poster.jpg", 3: "reem-al-khatib-oud.jpg"}


def _date(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _uuid(*parts: object) -> str:
    digest = hashlib.md5("/".join(map(str, parts)).encode()).hexdigest()
    return str(uuid.UUID(digest, version=4))


def _token(seed: object) -> str:
    return hashlib.sha1(str(seed).encode()).hexdigest()[:10]


def _media(article: Article, name: str, width: int) -> str:
    token = _token(f"{article.slug}{name}")
    stamp = int(article.moment.timestamp()) - 3600
    stem = name.rsplit(".", 1)[0]
    return f"{HOST}/media/pages/majalla/{article.slug}/{token}-{stamp}/{stem}-{width}x.jpg"


def _srcset(article: Article, name: str) -> str:
    return ", ".join(f"{_media(article, name, w)} {w}w" for w in (800, 1200, 1800))


def _para(article: Article, n: int, k: int) -> str:
    text = e(([article.lead, *article.paragraphs])[k])
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        text = text.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        text = text.replace(words, f'<a href="{LINKED[n][2]}" rel="noopener noreferrer" '
                                   f'target="_blank">{words}</a>', 1)
    return f"<p>{text}</p>"


def _blocks(article: Article, n: int, page: Page) -> str:
    paras = [article.lead, *article.paragraphs]
    out = []
    for j, item in enumerate(LAYOUT[n]):
        bid = _uuid(article.slug, n, j)
        if isinstance(item, tuple):
            kind, inner = "text", "".join(_para(article, n, k) for k in item)
        elif item == "image":
            kind = "image"
            name = FILES[n]
            inner = f"""<figure class="figure figure--wide" data-ratio="auto">
  <img src="{_media(article, name, 1200)}" srcset="{_srcset(article, name)}" sizes="(min-width: 64rem) 60rem, 100vw" alt="{e(article.caption)}" width="1200" height="1680" loading="lazy">

    <figcaption class="figure-caption">
    {e(article.caption)}    <span class="figure-credit">{e(CREDIT[n])}</span>
      </figcaption>
  </figure>"""
            page.add(article.caption, CREDIT[n])
        elif item == "quote":
            kind = "quote"
            k, cite = CITE[n]
            inner = f"""<blockquote>
  {e(paras[k])}    <footer>
    {e(cite)}  </footer>
  </blockquote>"""
            page.add(cite)
        elif item == "heading":
            kind = "heading"
            inner = f"<h2>{e(paras[HEADING[n]])}</h2>"
        else:
            kind = "video"
            _k, vid, caption = VIDEO[n]
            inner = f"""<figure>
  <iframe allow="fullscreen" allowfullscreen src="https://www.youtube-nocookie.com/embed/{vid}"></iframe>    <figcaption>{e(caption)}</figcaption>
  </figure>"""
            page.add(caption)
        out.append(f"""          <div id="{bid}" class="block block-type-{kind}">
            {inner}
          </div>""")
    return "\n".join(out)


def _excerpt(article: Article) -> str:
    text = " ".join(article.body.split())
    return text[:160].rsplit(" ", 1)[0] + "…"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    slug_path = f"{HOST}/majalla/{article.slug}"
    url = slug_path
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    section_slug = next(s for s, label in MENU if label == article.section)
    section_url = f"{HOST}/majalla/{section_slug}"
    page.add(SKIP, SITE, TAGLINE, *(label for _, label in MENU), SUPPORT, *CRUMBS,
             article.section, shown, READ[n])
    menu = "\n".join(
        f'        <a{CURRENT if label == article.section else ""} '
        f'href="{HOST}/majalla/{s}">{label}</a>' for s, label in MENU)
    byline = card = ""
    if article.author:
        aslug, bio = AUTHORS[article.author]
        aurl = f"{HOST}/authors/{aslug}"
        byline = (f'\n            <span class="article-author">بقلم <a href="{aurl}" '
                  f'rel="author">{e(article.author)}</a></span>')
        more = f"كل مقالات {article.author}"
        card = f"""
        <aside class="author-card">
          <img class="author-card-avatar" src="{HOST}/media/users/{_uuid(aslug)[:8]}/{aslug}-160x160-crop.jpg" alt="" width="80" height="80">
          <div class="author-card-body">
            <h2 class="author-card-name"><a href="{aurl}">{e(article.author)}</a></h2>
            <p class="author-card-bio">{e(bio)}</p>
            <a class="author-card-link" href="{aurl}">{e(more)} ←</a>
          </div>
        </aside>"""
        page.add(f"بقلم {article.author}", article.author, bio, f"{more} ←")
    cover = ""
    if n == 3:
        name = FILES[n]
        cover = f"""
        <figure class="article-cover">
          <img src="{_media(article, name, 1200)}" srcset="{_srcset(article, name)}" sizes="100vw" alt="" width="1200" height="800">
        </figure>"""
    blocks = _blocks(article, n, page)
    tags = "\n".join(f'          <li><a href="{HOST}/majalla/tag:{quote(t)}" rel="tag">{e(t)}</a></li>'
                     for t in article.tags)
    page.add(TAGS_LABEL, *article.tags, SHARE_LABEL, *(label for _, label in SHARE), COPY)
    share = "\n".join(f'          <a class="share-link share-link--{k}" href="https://share.'
                      f'kirby-majalla.example/{k}?u={url}" target="_blank" rel="noopener">'
                      f'{label}</a>' for k, label in SHARE)
    more_title = f"المزيد من {article.section}"
    cards = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 17 * k + 3 * n, hours=5 * k)
        rslug = int(article.slug) - 7 * (k + 1) - n
        cards.append(f"""          <li class="more-from-item">
            <a class="more-from-link" href="{HOST}/majalla/{rslug}">
              <figure class="more-from-thumb"><img src="{HOST}/media/pages/majalla/{rslug}/{_token(rslug)}-{int(when.timestamp())}/cover-480x320-crop.jpg" alt="" loading="lazy"></figure>
              <h3 class="more-from-heading">{e(title)}</h3>
              <time class="more-from-date" datetime="{when:%Y-%m-%d}">{_date(when)}</time>
            </a>
          </li>""")
        page.add(title, _date(when))
    page.add(more_title, ABOUT, *(label for _, label in FOOTER_MENU),
             *(label for _, label in SOCIAL), NEWS_LABEL, NEWS_TEXT, NEWS_BUTTON,
             f"© {moment.year} / {SITE}")
    excerpt = _excerpt(article)
    image = (_media(article, FILES[n], 1200) if n in FILES
             else f"{HOST}/assets/images/og-default.png")
    author_ld = ({"@type": "Person", "name": article.author,
                  "url": f"{HOST}/authors/{AUTHORS[article.author][0]}"} if article.author
                 else {"@type": "Organization", "name": SITE, "url": HOST})
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": article.headline,
          "description": excerpt, "image": image, "datePublished": moment.isoformat(),
          "dateModified": (moment + timedelta(hours=2 + n)).isoformat(),
          "author": author_ld, "articleSection": article.section,
          "keywords": ", ".join(article.tags), "inLanguage": "ar",
          "mainEntityOfPage": url,
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject",
                                 "url": f"{HOST}/assets/images/logo-fusha.png"}}}
    ld_json = json.dumps(ld, ensure_ascii=False, indent=2).replace("</", "<\\/")
    og_tags = "\n".join(f'  <meta property="article:tag" content="{e(t)}">' for t in article.tags)
    og_author = (f'\n  <meta property="article:author" content="{HOST}/authors/'
                 f'{AUTHORS[article.author][0]}">' if article.author else "")
    version = ("1728400311", "1736950012", "1746093377")[n - 1]
    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl">
<head>

  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1.0">

  <title>{e(article.headline)} | {SITE}</title>
  <meta name="description" content="{e(excerpt)}">
  <link rel="canonical" href="{url}">

  <meta property="og:site_name" content="{SITE}">
  <meta property="og:locale" content="ar_LB">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{e(article.headline)}">
  <meta property="og:description" content="{e(excerpt)}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{image}">
  <meta property="article:published_time" content="{moment.isoformat()}">
  <meta property="article:section" content="{e(article.section)}">{og_author}
{og_tags}
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:site" content="@alfusha_mag">

  <link rel="icon" href="{HOST}/assets/images/favicon.svg" type="image/svg+xml">
  <link rel="alternate" type="application/rss+xml" href="{HOST}/feed" title="{SITE}">
  <link href="{HOST}/assets/css/index.css?v={version}" rel="stylesheet">
<link href="{HOST}/assets/css/templates/article.css" rel="stylesheet">

  <script type="application/ld+json">
{ld_json}
  </script>

</head>
<body class="template-article">
  <a class="skip-link" href="#main">{SKIP}</a>

  <div class="page">
    <header class="header">
      <a class="logo" href="{HOST}">
        {SITE}
        <span class="logo-tagline">{TAGLINE}</span>
      </a>

      <nav id="menu" class="menu" aria-label="الأقسام">
{menu}
      </nav>

      <a class="header-support button" href="{HOST}/support">{SUPPORT}</a>
    </header>

    <main id="main" class="main">
      <article class="article">
        <header class="article-header">
          <nav class="breadcrumb" aria-label="breadcrumb">
            <ol>
              <li><a href="{HOST}">{CRUMBS[0]}</a></li>
              <li><a href="{HOST}/majalla">{CRUMBS[1]}</a></li>
              <li><a href="{section_url}">{e(article.section)}</a></li>
            </ol>
          </nav>
          <h1 class="article-title">{e(article.headline)}</h1>
          <div class="article-meta">{byline}
            <time class="article-date" datetime="{moment.isoformat()}">{shown}</time>
            <span class="article-readtime">{READ[n]}</span>
          </div>{cover}
        </header>

        <div class="article-text text">
{blocks}
        </div>

        <footer class="article-footer">
        <div class="article-tags-wrap">
          <span class="article-tags-label">{TAGS_LABEL}</span>
          <ul class="article-tags tags">
{tags}
          </ul>
        </div>
        <div class="share">
          <span class="share-label">{SHARE_LABEL}</span>
{share}
          <button class="share-copy" type="button" data-url="{url}">{COPY}</button>
        </div>{card}
        </footer>
      </article>

      <section class="more-from">
        <h2 class="more-from-title">{e(more_title)}</h2>
        <ul class="more-from-list">
{chr(10).join(cards)}
        </ul>
      </section>
    </main>

  </div>

  <footer class="footer">
    <div class="footer-about">
      <p>{ABOUT}</p>
    </div>
    <nav class="footer-menu">
{chr(10).join(f'      <a href="{HOST}/{s}">{label}</a>' for s, label in FOOTER_MENU)}
    </nav>
    <nav class="social">
{chr(10).join(f'      <a href="{link}" rel="me">{label}</a>' for link, label in SOCIAL)}
    </nav>
    <form class="newsletter" action="{HOST}/newsletter" method="post">
      <label class="newsletter-label" for="newsletter-email">{NEWS_LABEL}</label>
      <p class="newsletter-text">{NEWS_TEXT}</p>
      <input id="newsletter-email" type="email" name="email" placeholder="بريدك الإلكتروني" required>
      <button type="submit">{NEWS_BUTTON}</button>
    </form>
    <a class="footer-copy" href="{HOST}">&copy; {moment.year} / {SITE}</a>
  </footer>

  <script src="{HOST}/assets/js/index.js?v={version}" defer></script>

</body>
</html>
"""
    return page
