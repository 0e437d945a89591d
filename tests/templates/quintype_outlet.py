"""A Saudi digital news outlet ("سهيل الإخبارية") on Quintype, its story pages as the Quintype
node framework server-renders them (malibu layout, Arrow components, @quintype/components
story elements). The head: `<title>` "headline | سهيل الإخبارية" (quintype-node-seo), meta
description (the story's subheadline, else its summary), keywords and news_keywords (tag
names), canonical, og/twitter (`summary_large_image`, og:image on gumlet.assettype.com with
`ogImage=true`), the author meta when a person wrote it, and three `application/ld+json`
scripts: `NewsArticle` (dates in UTC "Z", `articleBody` the text elements' raw HTML joined
with "." and escaped to `&lt;p&gt;`), `BreadcrumbList` ("Home", the section, the story) and
`WebSite`; CSS is inlined in `<style>` blocks, the app bundle preloaded from fea.assettype.com.
The body: `div.page-wrapper` with the empty topbar, `header#nav-bar.sticky-header` (logo and
the section menu, "تسجيل الدخول"), `#breaking-news-container` (label "أخبار عاجلة" and one
item), then `#container` > `div.story-page` > the Arrow text-story template: the section link
(`arr--section-name`), `h1.arr--headline`, `h2.arr--sub-headline` on pages 1 and 3, the
author (`arr--author-name`, page 2 the desk account "سهيل - وكالات", no person), the
`time arr--publish-time` stamp in the site's +03:00 ("22 أبريل, 2024, 09:15 ص"; it prints
last-published-at, so page 3 shows its 14:40 update of the same day), the read time, the
share bar ("شارك"), the hero image (page 1 with caption and photographer credit), then the
story cards (`arr--story-card-wrapper`), each element a `div.story-element
story-element-<type>`: text elements hold one `<p>` (page 1 bolds a phrase, page 2 links one);
page 1 has an `also-read` element ("اقرأ أيضا: " + a linked story title); page 3 has an inline
`story-element-image` (`story-element-image-title` caption and `-attribution` credit), a
`story-element-title` subheading `<h2>` (part of the body) and a `youtube-video` iframe. Then
`arr--story-tags` (topic links), two collection rows ("ذات صلة": the related stories with
dates; "الأكثر قراءة"), the footer links, copyright and "Powered by Quintype", and the whole
redux store serialised in `<script type="application/json" id="static-page">` (the `qt` key:
pageType, the story with its cards, config), `/`, `<` and `>` escaped as serialize-javascript
does. All visible text but the story's elements is chrome."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import MONTHS, MOST_READ, TICKER, Article, Page, e, rotate

NAME = "quintype_outlet"
HELD_OUT = True
SET = "unseen25"
FAMILY = ("Quintype (node framework + Arrow) Saudi news outlet: story-element cards, also-read, "
          "image caption/attribution, static-page qt JSON, collection rows, UTC JSON-LD")
HOST = "https://quintype-arabi.example"
SITE = "سهيل الإخبارية"
CDN = "https://gumlet.assettype.com/suhail"
LOCAL = timedelta(hours=3)
MENU = (("/", "الرئيسية"), ("/local", "محليات"), ("/economy", "اقتصاد"), ("/sport", "رياضة"),
        ("/culture", "ثقافة"), ("/tech", "تقنية"), ("/opinion", "آراء"), ("/video", "فيديو"))
SECTION_SLUG = {"اقتصاد": "economy", "محليات": "local", "ثقافة": "culture"}
AUTHORS = {1: ("ريم العتيبي", "reem-alotaibi"), 2: ("سهيل - وكالات", "suhail-agencies"),
           3: ("فهد الزهراني", "fahad-alzahrani")}
SUBHEAD = {1: "سبعة خطوط ملاحية جديدة وتوسعة المحطة الجنوبية وراء أعلى حصيلة فصلية للميناء",
           3: "الدورة الرابعة تستمر ثلاثة أسابيع وتخصص جناحا للنقوش القديمة"}
READ_TIME = {1: "2 دقائق قراءة", 2: "1 دقيقة قراءة", 3: "2 دقائق قراءة"}
HERO_CREDIT = "تصوير: سلطان الغامدي"
INLINE_CREDIT = "المصدر: الهيئة الملكية لمحافظة العلا"
BOLD = {1: (3, "الحصة الأكبر من النمو")}
LINKED = {2: (1, "تنبيها أحمر", "https://ncm.gov.sa/Ar/alerts/Pages/default.aspx")}
ALSO_READ = {1: 4}          # also-read element after this paragraph
INLINE_IMAGE = {3: 1}       # story-element-image after this paragraph
SUBHEADING = {3: 2}         # this paragraph is a story-element-title
YOUTUBE = {3: (4, "qW3rT8yLpZc")}
CARD_SPLIT = {1: 4, 3: 3}   # the second card starts at this paragraph
FOOTER = (("/about-us", "من نحن"), ("/contact-us", "اتصل بنا"), ("/advertise", "أعلن معنا"),
          ("/privacy-policy", "سياسة الخصوصية"), ("/terms", "الشروط والأحكام"))
HASH = {"headline": "3kF9a", "tags": "1mkyQ", "time": "2Xb7d", "hero": "q7B3e", "card": "1Ywu4"}


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC) + LOCAL


def _stamp(moment: datetime, clock: bool = True) -> str:
    """The Arrow time stamp in the site's +03:00: "22 أبريل, 2024, 09:15 ص"."""
    t = _local(moment)
    day = f"{t.day} {MONTHS[t.month - 1]}, {t.year}"
    if not clock:
        return day
    return f"{day}, {t.hour % 12 or 12:02d}:{t:%M} {'ص' if t.hour < 12 else 'م'}"


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _img(key: str, alt: str, width: int = 640) -> str:
    src = f"{CDN}/{key}?auto=format%2Ccompress"
    srcset = ",".join(f"{src}&amp;w={w} {w}w" for w in (360, 640, 1200))
    return (f'<img src="{src}&amp;w={width}" srcSet="{srcset}" sizes="(max-width: 500px) 98vw, '
            f'(max-width: 768px) 48vw, 23vw" alt="{e(alt)}" class="qt-image" loading="lazy"/>')


def _element(kind: str, inner: str, subtype: str = "") -> str:
    sub = f" story-element-{kind}-{subtype}" if subtype else ""
    return f'<div class="story-element story-element-{kind}{sub}">{inner}</div>'


def _text(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words, href = e(LINKED[n][1]), LINKED[n][2]
        html = html.replace(words, f'<a href="{href}" target="_blank">{words}</a>', 1)
    return f"<p>{html}</p>"


def _cards(article: Article, n: int, page: Page) -> tuple[str, list[dict]]:
    """The story cards as HTML, and the same cards as the story API gives them."""
    texts = [article.lead, *article.paragraphs]
    month = f"{article.moment:%Y-%m}"
    groups: list[list[tuple[str, dict]]] = [[]]
    for k, text in enumerate(texts):
        if k and k == CARD_SPLIT.get(n):
            groups.append([])
        group = groups[-1]
        if SUBHEADING.get(n) == k:
            group.append((_element("title", f"<h2>{e(text)}</h2>"),
                          {"type": "title", "subtype": None, "text": text}))
        else:
            html = _text(article, n, k, text)
            group.append((_element("text", f"<div>{html}</div>"),
                          {"type": "text", "subtype": None, "text": html}))
        if ALSO_READ.get(n) == k:
            title = article.related[0]
            inner = ('<h3><span class="story-element-text-also-read__label">اقرأ أيضا: </span>'
                     f'<a class="story-element-text-also-read__link" href="/{SECTION_SLUG[article.section]}'
                     f'/{int(article.slug) - 211}">{e(title)}</a></h3>')
            group.append((_element("text", inner, "also-read"),
                          {"type": "text", "subtype": "also-read", "text": title,
                           "metadata": {"linked-story-id": f"b7e1{article.slug}"}}))
            page.add("اقرأ أيضا:", title)
        if INLINE_IMAGE.get(n) == k:
            key = f"{month}/5d0c{article.slug}/khat-alula-day1.jpg"
            inner = (f"<figure>{_img(key, article.caption)}"
                     '<div class="story-element-caption-attribution-wrapper">'
                     f'<figcaption class="story-element-image-title">{e(article.caption)}</figcaption>'
                     f'<figcaption class="story-element-image-attribution">{e(INLINE_CREDIT)}'
                     "</figcaption></div></figure>")
            group.append((_element("image", inner),
                          {"type": "image", "subtype": None, "title": article.caption,
                           "image-attribution": INLINE_CREDIT, "image-s3-key": f"suhail/{key}"}))
            page.add(article.caption, INLINE_CREDIT)
        if n in YOUTUBE and YOUTUBE[n][0] == k:
            vid = YOUTUBE[n][1]
            inner = (f'<div class="youtube-video-wrapper"><iframe width="100%" height="360" '
                     f'src="https://www.youtube.com/embed/{vid}?rel=0" frameborder="0" '
                     'allowfullscreen="" title="YouTube video"></iframe></div>')
            group.append((_element("youtube-video", inner),
                          {"type": "youtube-video", "subtype": None,
                           "url": f"https://www.youtube.com/watch?v={vid}"}))
    html, api = [], []
    for c, group in enumerate(groups):
        cid = f"c{article.slug}-{c + 1:02d}a9"
        els = "".join(h for h, _ in group)
        html.append(f'<div class="arrow-component arr--story-card-wrapper story-card-m__card__'
                    f'{HASH["card"]}" id="card-{cid}" data-test-id="story-card">{els}</div>')
        api.append({"id": cid, "story-elements": [j for _, j in group]})
    return "\n".join(html), api


def _collection(title: str, rows: list[tuple[str, str, str]], cid: int, slug: str) -> str:
    cards = []
    for k, (headline, href, date) in enumerate(rows):
        cards.append(f"""      <div class="arrow-component arr--story-card story-card-m__wrapper__{HASH['card']}" data-test-id="story-card">
        <a href="{href}" aria-label="{e(headline)}"><figure class="arr--hero-image"><img src="{CDN}/2024-0{k + 1}/thumb-{cid}{k}.jpg?w=300&amp;auto=format%2Ccompress" alt="{e(headline)}" class="qt-image" loading="lazy"/></figure></a>
        <div class="arr--content-wrapper"><a class="arr--headline-link" href="{href}"><h6 class="arr--headline headline-m__headline__{HASH['headline']}">{e(headline)}</h6></a>
          <div class="time arr--publish-time"><div>{date}</div></div></div>
      </div>""")
    return f"""  <div class="arrow-component arr--four-col-grid" data-collection-id="{cid}" data-collection-slug="{slug}">
    <div class="arrow-component arr--collection-name"><h2 class="arr--collection-name-title">{title}</h2></div>
    <div class="arr--collection-body">
{chr(10).join(cards)}
    </div>
  </div>"""


def _state(obj: object) -> str:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("/", "\\u002F")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    updated = moment + timedelta(hours=4, minutes=35) if n == 3 else moment
    sec_slug = SECTION_SLUG[article.section]
    path = f"/{sec_slug}/{_local(moment):%Y/%m/%d}/{article.slug}"
    url = HOST + path
    shown = _stamp(updated)
    page = Page(url=url, html="", shown_date=shown)
    author, author_slug = AUTHORS[n]
    hero_key = f"{moment:%Y-%m}/a41f{article.slug}/hero-{article.slug}.jpg"
    ticker = TICKER[(n - 1) % len(TICKER)]
    page.add(*(label for _, label in MENU), "تسجيل الدخول", "أخبار عاجلة", ticker,
             article.section, author, shown, READ_TIME[n], "شارك الخبر", SUBHEAD.get(n, ""))
    cards_html, cards_api = _cards(article, n, page)
    hero_caption = ""
    if n == 1:
        hero_caption = (f'<div class="arr--caption-attribution caption-m__wrapper__{HASH["hero"]}">'
                        f'<span class="arr--hero-image-caption">{e(article.caption)}</span> '
                        f'<span class="arr--hero-image-attribution">{e(HERO_CREDIT)}</span></div>')
        page.add(article.caption, HERO_CREDIT)
    body = " ".join(article.body.split())
    shown_tags = [t for t in article.tags if t not in body]
    page.add(*shown_tags)
    tags_html = "".join(f'<div class="tags-m__tags__{HASH["tags"]}" data-test-id="story-tag">'
                        f'<a href="/topic/{e(t.replace(" ", "-"))}" aria-label="story-tag-name">'
                        f"{e(t)}</a></div>" for t in article.tags)
    related_rows = []
    for k, title in enumerate(article.related):
        date = _stamp(moment - timedelta(days=2 + 5 * k), clock=False)
        related_rows.append((title, f"/{sec_slug}/{int(article.slug) - 97 * (k + 1)}", date))
        page.add(title, date)
    popular = rotate(MOST_READ, 4 * n, 4)
    popular_rows = []
    for k, title in enumerate(popular):
        date = _stamp(moment - timedelta(days=1, hours=3 * k), clock=False)
        popular_rows.append((title, f"/local/{int(article.slug) + 131 * (k + 1)}", date))
        page.add(title, date)
    year = _local(moment).year
    copyright_line = f"© {SITE} {year}. جميع الحقوق محفوظة."
    page.add("ذات صلة", "الأكثر قراءة", *(label for _, label in FOOTER), copyright_line,
             "Powered by Quintype")
    summary = SUBHEAD.get(n) or article.lead[:140].rsplit(" ", 1)[0] + "..."
    keywords = ",".join(article.tags)
    og_image = f"{CDN}/{hero_key}?rect=0%2C0%2C1280%2C720&amp;w=1200&amp;auto=format%2Ccompress&amp;ogImage=true"
    text_html = [el["text"] for c in cards_api for el in c["story-elements"]
                 if el["type"] == "text" and el["subtype"] is None]
    person = n != 2
    news = {
        "headline": article.headline, "image": [f"{CDN}/{hero_key}?w=1200&h=675"],
        "url": url, "datePublished": _utc(moment),
        "mainEntityOfPage": {"@type": "WebPage", "@id": HOST},
        "publisher": {"@type": "Organization", "@context": "http://schema.org", "name": SITE,
                      "url": HOST, "logo": {"@context": "http://schema.org",
                                            "@type": "ImageObject", "author": "suhail",
                                            "contentUrl": f"{CDN}/logo.png"}},
        "author": [{"@type": "Person", "givenName": author, "name": author,
                    "url": f"{HOST}/author/{author_slug}"}],
        "keywords": keywords, "articleBody": ".".join(text_html),
        "dateCreated": _utc(moment), "dateModified": _utc(updated), "name": article.headline,
        "alternativeHeadline": "", "description": summary, "articleSection": article.section,
        "@type": "NewsArticle", "@context": "http://schema.org"}
    crumbs = {"@type": "BreadcrumbList", "@context": "http://schema.org", "itemListElement": [
        {"@type": "ListItem", "position": k + 1, "name": name, "item": item}
        for k, (name, item) in enumerate((("Home", HOST),
                                          (article.section, f"{HOST}/{sec_slug}"),
                                          (article.headline, url)))]}
    site = {"url": HOST, "name": SITE, "@type": "WebSite", "@context": "http://schema.org",
            "potentialAction": {"@type": "SearchAction",
                                "target": f"{HOST}/search?q={{q}}", "query-input": "required name=q"}}
    ld = "\n    ".join('<script type="application/ld+json">'
                       + json.dumps(obj, ensure_ascii=False, separators=(",", ":")).replace("<", "&lt;").replace(">", "&gt;")
                       + "</script>" for obj in (news, crumbs, site))
    story = {"id": f"b7e1{article.slug}-4c2d", "headline": article.headline,
             "subheadline": SUBHEAD.get(n), "slug": path[1:], "author-name": author,
             "authors": [{"name": author, "slug": author_slug}],
             "first-published-at": _ms(moment), "published-at": _ms(updated),
             "last-published-at": _ms(updated), "hero-image-s3-key": f"suhail/{hero_key}",
             "hero-image-caption": article.caption if n == 1 else None,
             "hero-image-attribution": HERO_CREDIT if n == 1 else None,
             "sections": [{"name": article.section, "slug": sec_slug,
                           "display-name": article.section}],
             "tags": [{"name": t, "slug": t.replace(" ", "-")} for t in article.tags],
             "story-template": "text", "access": None, "cards": cards_api}
    state = {"qt": {"pageType": "story-page", "currentPath": path, "currentHostUrl": HOST,
                    "primaryHostUrl": HOST, "data": {"story": story},
                    "config": {"cdn-image": "gumlet.assettype.com", "sketches-host": HOST,
                               "publisher-name": "suhail", "language": {
                                   "ietf-code": "ar", "direction": "rtl", "name": "arabic"}}}}
    author_meta = f'\n    <meta name="author" content="{e(author)}"/>' if person else ""
    menu = "\n".join(f'          <li class="arr--menu-item"><a href="{href}">{label}</a></li>'
                     for href, label in MENU)
    footer = "\n".join(f'        <li><a href="{href}">{label}</a></li>' for href, label in FOOTER)
    subhead = (f'\n          <h2 class="arr--sub-headline subheadline-m__subheadline__2b8Hc">'
               f"{e(SUBHEAD[n])}</h2>" if n in SUBHEAD else "")
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <title>{e(article.headline)} | {SITE}</title>
    <link rel="canonical" href="{url}"/>
    <meta name="news_keywords" content="{e(keywords)}"/>
    <meta name="description" content="{e(summary)}"/>
    <meta name="title" content="{e(article.headline)}"/>
    <meta name="keywords" content="{e(keywords)}"/>
    <meta property="og:type" content="article"/>
    <meta property="og:url" content="{url}"/>
    <meta property="og:title" content="{e(article.headline)}"/>
    <meta property="og:description" content="{e(summary)}"/>
    <meta name="twitter:card" content="summary_large_image"/>
    <meta name="twitter:title" content="{e(article.headline)}"/>
    <meta name="twitter:description" content="{e(summary)}"/>
    <meta property="og:image" content="{og_image}"/>
    <meta property="og:image:width" content="1200"/>
    <meta property="og:image:height" content="630"/>
    <meta name="twitter:image" content="{og_image}"/>{author_meta}
    <meta property="fb:app_id" content="318402771839745"/>
    {ld}
    <link href="/manifest.json" rel="manifest">
    <meta name="viewport" content="width=device-width,height=device-height,initial-scale=1.0,maximum-scale=5.0,minimum-scale=1.0">
    <meta content="yes" name="apple-mobile-web-app-capable">
    <meta content="{SITE}" name="apple-mobile-web-app-title">
    <link rel="preconnect" href="https://prod-analytics.qlitics.com" crossorigin />
    <script type="text/javascript">
      window.GUMLET_CONFIG = {{
        hosts: [{{ current: "gumlet.assettype.com", gumlet: "gumlet.assettype.com" }}],
        lazy_load: true,
        auto_webp: true
      }}
    </script>
    <style>
      :root {{ --primaryFont: "Noto Naskh Arabic", serif; --secondaryFont: "Tajawal", sans-serif; }}
    </style>
    <style>.arr--headline{{font-weight:700}}.story-element-image figure{{margin:0}}.arr--story-tags{{display:flex;flex-wrap:wrap}}</style>
    <link rel="preload" href="https://fea.assettype.com/suhail/assets/app-3b8e1d5c2a0f7e91.js" as="script">
  </head>

  <body>
    <script src="https://cdn.gumlet.com/gumlet.js/2.0/gumlet.min.js" type="text/javascript" defer="defer"></script>
    <div class="page-wrapper">
      <div></div>
      <header id="nav-bar" class="sticky-header"><div class="arrow-component arr--header"><div class="arr--logo"><a href="/" aria-label="{SITE}"><img src="{CDN}/logo.png" alt="{SITE}" width="160" height="40"/></a></div>
        <nav class="arr--main-menu"><ul>
{menu}
        </ul></nav>
        <button class="arr--login-button" aria-label="login">تسجيل الدخول</button></div></header>
        <div id='breaking-news-container'><div class="arrow-component arr--breaking-news"><span class="arr--breaking-news-label">أخبار عاجلة</span><div class="arr--breaking-news-item">{e(ticker)}</div></div></div>
      <div id="top-ad"><div class="dfp-ad-unit" data-slot="/21804356/suhail_story_top"></div></div>
      <div id="container"><div class="story-page" data-story-content-id="b7e1{article.slug}-4c2d">
        <div class="arrow-component arr--text-story-template" data-test-id="text-story">
          <div class="arrow-component arr--section-name"><a href="/{sec_slug}">{article.section}</a></div>
          <h1 class="arr--headline headline-m__headline__{HASH['headline']}" data-test-id="headline">{e(article.headline)}</h1>{subhead}
          <div class="arr--publish-details">
            <div class="arrow-component arr--author-name"><a href="/author/{author_slug}">{e(author)}</a></div>
            <div class="time arr--publish-time timestamp-m__time__{HASH['time']}" data-test-id="publish-time"><div>{shown}</div></div>
            <div class="arr--read-time">{READ_TIME[n]}</div>
          </div>
          <div class="arrow-component arr--share"><span class="arr--share-label">شارك الخبر</span><a href="https://www.facebook.com/sharer.php?u={url}" aria-label="facebook"></a><a href="https://twitter.com/intent/tweet?url={url}" aria-label="twitter"></a><a href="https://api.whatsapp.com/send?text={url}" aria-label="whatsapp"></a></div>
          <div class="arrow-component arr--hero-image hero-image-m__hero-image__{HASH['hero']}"><figure>{_img(hero_key, article.headline, 1200)}</figure>{hero_caption}</div>
          <div class="arr--story-content">
{cards_html}
          </div>
          <div class="arrow-component arr--story-tags">{tags_html}</div>
        </div>
{_collection("ذات صلة", related_rows, 37000 + n, "related-stories")}
{_collection("الأكثر قراءة", popular_rows, 41230, "most-read")}
      </div></div>
      <footer id="footer" class="footer-wrapper"><div class="arrow-component arr--footer">
        <ul class="arr--footer-menu">
{footer}
        </ul>
        <div class="arr--copyright">{e(copyright_line)}</div>
        <div class="arr--powered-by"><a href="https://www.quintype.com/" target="_blank" rel="noopener">Powered by Quintype</a></div>
      </div></footer>
    </div>
    <script type="application/json" id="static-page">{_state(state)}</script>
    <script>window.qlitics=window.qlitics||function(){{(qlitics.q=qlitics.q||[]).push(arguments);}};qlitics('init');</script>
    <script type="text/javascript" src="https://fea.assettype.com/suhail/assets/app-3b8e1d5c2a0f7e91.js" id="app-js" async></script>
   </body>
</html>
"""
    return page
