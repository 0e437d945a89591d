"""An Arabic-language international news agency ("أفلاك عربي") on the Rossiya Segodnya CMS, the
platform Sputnik's language services and RIA Novosti run on, as it serves an article page.
The head: `<title>` "headline - DD.MM.YYYY, أفلاك عربي", a description that is the lead plus
"DD.MM.YYYY, أفلاك عربي", the `analytics:*` metas, og/twitter metas, `article:published_time`
in the CMS's compact form ("20240512T1432+0000"), hreflang/amphtml links, a JSON-LD
`NewsArticle` whose dates read "2024-05-12T14:32+0000" (minutes, GMT offset) and a
`BreadcrumbList`. The body: a radio strip (program names, "03:30 GMT" times, "150 د" lengths,
"أمس/اليوم", "بث مباشر"), the header menu and language list, then `div.layout-article` with
`div.article`: a hidden `div.article__meta` of itemprop text (dates, keywords, genre) that CSS
hides, `div.article__header` with `h1.article__title`, the `article__announce` photo (page 1
and 2; `div.media__copyright` "© Aflak . ...", the "الانتقال إلى بنك الصور" link, the caption),
`div.article__info` with `div.article__info-date` (`<a data-unixtime>14:32 GMT 12.05.2024</a>`
and `span.article__info-date-modified` "(محدثة 15:10 GMT 12.05.2024)"; page 2 has no update,
page 3's update is the next day) and, on page 1 only, `div.article__author`; the "تابعنا عبر"
follow bar (`article__google-news`) and `div.article__announce-text`, the lead, which is the
first paragraph of the story. `div.article__body` holds `div.article__block` items:
`data-type="text"` (one `div.article__text` a paragraph; the dateline "موسكو — أفلاك." opens the
first one on pages 1 and 2, bold on page 2), `data-type="article"` related-story cards (image,
"9 مايو, 12:40 GMT" date, title) inside the body, on page 2 a `data-type="media"` photo with its
own credit and caption and a `data-type="quote"` block that is a story paragraph, and inline
tag links. Then `div.article__footer`: the tags (`ul.tags li.tag a.tag__text`), the share bar,
the discussion button and the Telegram line; the aside "آخر الأخبار" feed with times and
"الأكثر قراءة"; the endless-feed teaser of the next story with its date; the footer menu,
legal lines and "18+"; the cookie notice. All times are GMT and the page says so: the shown
date is the GMT day (page 3 was posted at 22:15 GMT, already the next day in Moscow)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "rossiya_segodnya_agency"
HELD_OUT = True
SET = "unseen15"
FAMILY = "Rossiya Segodnya CMS (Sputnik-style) Arabic agency article: article__block text/media/article/quote items, announce-text lead, GMT info-date with (محدثة ...), itemprop meta, tags, radio strip, feed"
HOST = "https://aflak-arabic.example"
SITE = "أفلاك عربي"
CDN = "https://cdn.img.aflak-arabic.example"
RADIO = (("مدار اليوم", 3, 30, 150), ("نافذة الاقتصاد", 6, 0, 183), ("حوار مفتوح", 13, 3, 29),
         ("عالم أفلاك", 18, 0, 59), ("مدار اليوم - إعادة", 20, 0, 60))
NAV = (("/world/", "العالم"), ("/arab_world/", "العالم العربي"), ("/russia/", "روسيا"),
       ("/economy/", "اقتصاد"), ("/society/", "مجتمع"), ("/science/", "علوم وتكنولوجيا"),
       ("/sport/", "رياضة"), ("/radio/", "راديو"), ("/podcasts/", "بودكاست"),
       ("/multimedia/", "وسائط متعددة"))
LANGS = ("English", "Français", "Español", "Русский", "Türkçe", "فارسی")
SECTION_PATH = {"اقتصاد": "/economy/", "روسيا": "/russia/", "العالم": "/world/"}
CREDIT = {1: "© Aflak . Yevgeny Biyatov", 2: "© Aflak . Vitaly Timkiv"}
BODY_PHOTO = ("© AP Photo / Amr Nabil", "شاحنات تنقل القمح المستورد إلى صوامع التخزين في الإسكندرية")
AUTHOR_SLUG = {"نادين حداد": "author_nadine_haddad"}
FEED = ("الكرملين: محادثات روسية سعودية حول أسواق الطاقة الأسبوع المقبل",
        "ارتفاع احتياطيات البنك المركزي الروسي من الذهب إلى مستوى جديد",
        "وزير الخارجية العراقي يصل إلى موسكو في زيارة رسمية",
        "انطلاق معرض للصناعات الغذائية الروسية في دبي بمشاركة 120 شركة",
        "الأمم المتحدة تحذر من نقص التمويل الإنساني في السودان",
        "تدشين خط ملاحي بين سانت بطرسبورغ وميناء العقبة",
        "خبير: تراجع الدولار في التجارة الدولية يتسارع",
        "بدء المرحلة الثانية من مشروع محطة الضبعة النووية في مصر")
MOST_READ = ("كيف تغيرت خريطة تجارة النفط العالمية خلال عامين؟",
             "طالب من اليمن يحصد المركز الأول في أولمبياد موسكو للرياضيات",
             "مدن روسية تستقطب الطلاب العرب بمنح دراسية جديدة",
             "ما الذي نعرفه عن ممر النقل الدولي بين الشمال والجنوب؟",
             "العاصفة المغناطيسية تضرب الأرض: ما تأثيرها على صحتنا؟",
             "بالصور.. مهرجان الثقافة العربية في قازان يجذب آلاف الزوار")
NEXT = "المادة التالية"
FOOTER = (("/docs/about/", "من نحن"), ("/docs/terms/", "شروط الاستخدام"),
          ("/docs/privacy/", "سياسة الخصوصية"), ("/docs/contacts/", "اتصل بنا"),
          ("/archive/", "الأرشيف"), ("/export/rss2/archive/index.xml", "RSS"))
LEGAL = ("جميع الحقوق محفوظة. يسمح بإعادة نشر المواد مع ذكر المصدر ووضع رابط نشط إلى الموقع.",
         "وكالة أفلاك للأنباء، المؤسسة الإعلامية الدولية، موسكو، شارع زوبوفسكي 4.",
         "الآراء الواردة في مقالات الرأي والحوارات لا تعبر بالضرورة عن موقف الوكالة.")
COOKIE = ("نستخدم ملفات تعريف الارتباط لتحسين عمل الموقع. بمتابعة التصفح فإنك توافق على "
          "سياسة استخدام البيانات.")
UPDATED = {1: timedelta(minutes=38), 3: timedelta(hours=7, minutes=50)}
# page -> indices (0 = lead) after which a related-story card sits
CARDS = {1: {2: 0, 4: 1}, 2: {1: 0, 5: 1}, 3: {1: 0, 3: 1}}
LINK = {1: ("أنظمة الرسائل المالية", "/keyword_almadfouat/"),
        2: ("للقمح الروسي", "/keyword_alqamh/")}


def _gmt(t: datetime) -> str:
    return f"{t:%H:%M} GMT {t:%d.%m.%Y}"


def _iso(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M}+0000"


def _url(article: Article, t: datetime, ident: str, title: str) -> str:
    words = quote("-".join(title.replace('"', "").split()[:7]))
    return f"/{t:%Y%m%d}/{words}-{ident}.html"


def _img(ident: str, alt: str, t: datetime, n: int, lazy: str = "") -> str:
    src = f"{CDN}/img/{ident[:6]}/{ident[6:8]}/{ident}_0:160:3071:1888_1920x0_80_0_0_{int(ident) * 7 % 10**8:08x}.jpg.webp"
    return (f'<img media-type="ar16x9" data-source-sid="aflak_photo" alt="{e(alt)} - {SITE}, 1920, '
            f'{t:%d.%m.%Y}" title="{e(alt)}" src="{src}" decoding="async" width="1920" height="1080"{lazy}>')


def _media(ident: str, credit: str, caption: str, t: datetime, n: int) -> str:
    return f"""<div class="media" data-media-tipe="ar16x9"><div class="media__size"><div class="photoview__open" data-photoview-group="{ident}" data-photoview-src="{CDN}/img/{ident}_1440x900_80_1_1.jpg" data-photoview-image-id="{ident}" data-photoview-sharelink="{HOST}/services/article/infinity/{ident}.html">{_img(ident, caption, t, n)}</div></div><div class="media__copyright "><div class="media__copyright-item m-copyright">{e(credit)}</div><div class="media__copyright-item m-buy"> / <a href="https://aflakmediabank.example/media/{ident}.html" target="_blank" rel="nofollow">الانتقال إلى بنك الصور</a></div><div class="media__copyright-item m-title">{e(caption)}</div></div><div class="photoview__ext-link"></div></div>"""


def _card(page: Page, body: str, article: Article, k: int, t: datetime) -> str:
    title = article.related[k]
    when = t - timedelta(days=3 + 4 * k, hours=2 + k, minutes=11 * k)
    ident = str(int(article.slug) - 48211 * (k + 1))
    href = _url(article, when, ident, title)
    shown = f"{when.day} {MONTHS[when.month - 1]}, {when:%H:%M} GMT"
    _add(page, body, title, shown)
    return f"""<div class="article__block" data-type="article" data-article="main-photo"><div class="article__article m-image"><a href="{href}" class="article__article-image" inject-number="{k + 1}" inject-position="" title="{e(title)}">{_img(ident, title, when, 0, ' loading="lazy"')}</a><div class="article__article-desc"><div class="article__article-info" data-type="date"><div class="elem-info"><div class="elem-info__date" data-unixtime="{int(when.timestamp())}">{shown}</div></div></div><a href="{href}" class="article__article-title" inject-number="{k + 1}" inject-position="" title="{e(title)}">{e(title)}</a></div></div></div>"""


def _add(page: Page, body: str, *lines: str) -> None:
    """Chrome lines, leaving out a word the story itself uses (a menu item such as "روسيا")."""
    page.add(*(line for line in lines if line and line not in body))


def _text(article: Article, k: int, n: int) -> str:
    para = article.paragraphs[k - 1]
    html = e(para)
    if n == 2 and k == 1 and para.startswith("موسكو — أفلاك."):
        html = html.replace("موسكو — أفلاك.", "<strong>موسكو — أفلاك.</strong>", 1)
    if n in LINK and LINK[n][0] in para and "<a " not in html:
        words, path = LINK[n]
        html = html.replace(e(words), f'<a href="{path}" target="_blank">{e(words)}</a>', 1)
    if n == 2 and para.startswith('"'):
        return (f'<div class="article__block" data-type="quote"><div class="article__quote">'
                f'<div class="article__quote-bg"><svg class="svg-icon"><use xlink:href="#quote">'
                f'</use></svg></div><div class="article__quote-text">{html}</div></div></div>')
    return f'<div class="article__block" data-type="text"><div class="article__text">{html}</div></div>'


def render(article: Article, n: int) -> Page:
    t = article.moment.astimezone(UTC)
    body = " ".join(article.body.split())
    href = _url(article, t, article.slug, article.headline)
    url = HOST + href
    shown = _gmt(t)
    page = Page(url=url, html="", shown_date=shown)
    day = f"{t:%d.%m.%Y}"
    desc = f"{article.lead} {day}, {SITE}"
    modified = t + UPDATED[n] if n in UPDATED else None
    mod_text = f"(محدثة {_gmt(modified)})" if modified else ""
    # radio strip, menu, languages
    radio = []
    for name, hh, mm, length in RADIO:
        radio.append(f'<div class="schedule__item" data-start="{hh:02d}:{mm:02d}"><div class="schedule__item-title">{e(name)}</div><div class="schedule__item-time">{hh:02d}:{mm:02d} GMT</div><div class="schedule__item-duration">{length} د</div></div>')
        _add(page, body, name, f"{hh:02d}:{mm:02d} GMT", f"{length} د")
    _add(page, body, "راديو أفلاك", "أمس", "اليوم", "بث مباشر", "بحث", "اللغات", *LANGS,
         *(label for _, label in NAV))
    nav = "\n".join(f'<li class="nav__item{" m-active" if article.section == label else ""}"><a href="{path}" class="nav__item-link">{label}</a></li>' for path, label in NAV)
    langs = "\n".join(f'<li class="lang__item"><a href="https://{k}.aflak.example/" class="lang__item-link">{lang}</a></li>' for k, lang in enumerate(LANGS))
    # header: photo, date, byline, follow bar, lead
    announce = ""
    if article.caption != "-":
        announce = f'<div class="article__announce">{_media(str(int(article.slug) + 11), CREDIT[n], article.caption, t, n)}</div>'
        _add(page, body, CREDIT[n], "/ الانتقال إلى بنك الصور", article.caption)
    mod_span = (f' <span class="article__info-date-modified " data-unixtime="{int(modified.timestamp())}">{mod_text}</span>'
                if modified else "")
    _add(page, body, shown, mod_text, "تابعنا عبر")
    author = ""
    if article.author:
        slug = AUTHOR_SLUG.get(article.author, "author_aflak")
        author = f'<div class="article__author"><div class="article__author-item"><a href="/{slug}/" class="article__author-name">{e(article.author)}</a></div></div>'
        _add(page, body, article.author)
    # body blocks
    blocks = []
    for k in range(1, len(article.paragraphs) + 1):
        blocks.append(_text(article, k, n))
        if n == 2 and k == 2:
            credit, caption = BODY_PHOTO
            blocks.append(f'<div class="article__block" data-type="media" data-media-tipe="ar16x9">{_media(str(int(article.slug) + 907), credit, caption, t, n)}</div>')
            _add(page, body, credit, caption)
        if k in CARDS[n]:
            blocks.append(_card(page, body, article, CARDS[n][k], t))
    # footer of the article: tags, share, discussion, Telegram
    tags = "\n".join(f'<li class="tag m-active m-noButton" data-sid="{quote(tag)}" data-type="tag"><a href="/tags/keyword_{quote(tag)}/" class="tag__text">{e(tag)}</a></li>' for tag in article.tags)
    _add(page, body, *article.tags, "شارك", "نسخ الرابط", "انضم إلى النقاش",
         "تابعوا أفلاك عربي على تلغرام", "آخر الأخبار", "الأكثر قراءة")
    feed = []
    for k in range(6):
        when = t - timedelta(minutes=17 + 26 * k)
        title = FEED[(n * 3 + k) % len(FEED)]
        feed.append(f'<div class="lenta__item" data-unixtime="{int(when.timestamp())}"><span class="lenta__item-date">{when:%H:%M}</span><a href="/{when:%Y%m%d}/{1099000000 + n * 100 + k}.html" class="lenta__item-text">{e(title)}</a></div>')
        _add(page, body, f"{when:%H:%M}", title)
    most = []
    for k in range(5):
        title = MOST_READ[(n + k) % len(MOST_READ)]
        most.append(f'<li class="cell-list__item"><a href="/{t:%Y%m%d}/{1098000000 + n * 10 + k}.html" class="cell-list__item-link" title="{e(title)}"><span class="cell-list__item-title">{e(title)}</span></a></li>')
        _add(page, body, title)
    nxt_time = t - timedelta(hours=5, minutes=48)
    nxt_title = article.related[2]
    nxt_href = _url(article, nxt_time, str(int(article.slug) - 3571), nxt_title)
    _add(page, body, NEXT, nxt_title, _gmt(nxt_time), *(label for _, label in FOOTER),
         f"© {t.year} {SITE}", *LEGAL, "18+", COOKIE, "موافق")
    footer = "\n".join(f'<li class="footer__menu-item"><a href="{path}">{label}</a></li>' for path, label in FOOTER)
    section_path = SECTION_PATH.get(article.section, "/world/")
    genre = "أخبار"
    keywords = ", ".join(article.tags)
    author_ld = ({"@type": "Person", "name": article.author, "url": f"{HOST}/{AUTHOR_SLUG.get(article.author, 'author_aflak')}/"}
                 if article.author else {"@type": "Organization", "name": SITE})
    image = f"{CDN}/img/{article.slug[:6]}/{article.slug[6:8]}/{int(article.slug) + 11}_0:160:3071:1888_1920x0_80_0_0.jpg"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url,
          "mainEntityOfPage": url, "headline": article.headline, "name": article.headline,
          "description": desc, "datePublished": _iso(t), "dateCreated": _iso(t),
          "dateModified": _iso(modified or t), "articleSection": article.section,
          "genre": genre, "keywords": keywords, "inLanguage": "ar",
          "articleBody": "\n".join(article.paragraphs), "author": author_ld,
          "copyrightHolder": {"@type": "Organization", "name": SITE},
          "publisher": {"@type": "Organization", "name": SITE, "logo": {
              "@type": "ImageObject", "url": f"{HOST}/i/logo/logo-social.png", "width": 600,
              "height": 60}}}
    if article.caption != "-":
        ld["image"] = {"@type": "ImageObject", "url": image, "width": 1920, "height": 1080}
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": {"name": SITE, "@id": HOST + "/"}},
        {"@type": "ListItem", "position": 2, "item": {"name": article.section, "@id": HOST + section_path}},
        {"@type": "ListItem", "position": 3, "item": {"name": article.headline, "@id": url}}]}
    ld_json = json.dumps(ld, ensure_ascii=False).replace("</", "<\\/")
    crumbs_json = json.dumps(crumbs, ensure_ascii=False)
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(tag)}">' for tag in article.tags)
    mod_meta = (f'<meta property="article:modified_time" content="{modified:%Y%m%dT%H%M}+0000">\n'
                if modified else "")
    meta_author = (f'<div itemprop="author" itemscope="" itemtype="https://schema.org/Person"><div itemprop="name">{e(article.author)}</div></div>'
                   if article.author else "")
    build = ("9b3f1c2", "9b3f1c2", "a04d7e8")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article# ya: http://webmaster.yandex.ru/vocabularies/"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>{e(article.headline)} - {day}, {SITE}</title><meta name="description" content="{e(desc)}"><meta name="keywords" content="{e(keywords)}">
<meta name="analytics:title" content="{e(article.headline)}">
<meta name="analytics:keyw" content="{e(keywords)}">
<meta name="analytics:rubric" content="{e(article.section)}">
<meta name="analytics:tags" content="{e(keywords)}">
<meta name="analytics:site_domain" content="aflak-arabic.example">
<meta name="analytics:lang" content="arb">
<meta name="analytics:article_id" content="{article.slug}">
<meta name="analytics:url" content="{url}">
<meta name="analytics:p_ts" content="{int(t.timestamp())}">
<meta name="analytics:author" content="{e(article.author or SITE)}">
<meta name="analytics:isscroll" content="0">
<meta property="og:url" content="{url}"><meta property="og:title" content="{e(article.headline)}"><meta property="og:description" content="{e(desc)}"><meta property="og:type" content="article"><meta property="og:site_name" content="{SITE}"><meta property="og:locale" content="ar_AR"><meta property="og:image" content="{image if article.caption != '-' else HOST + '/i/logo/logo-social.png'}"><meta property="og:image:width" content="2072"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@aflak_arabic"><meta name="twitter:title" content="{e(article.headline)}"><meta name="twitter:description" content="{e(desc)}">
<meta property="article:published_time" content="{t:%Y%m%dT%H%M}+0000">
{mod_meta}<meta property="article:author" content="{e(article.author or SITE)}">
<meta property="article:section" content="{e(article.section)}">
{og_tags}
<link rel="canonical" href="{url}"><link rel="amphtml" href="{HOST}/amp{href}"><link rel="alternate" hreflang="ar" href="{url}"><link rel="alternate" hreflang="x-default" href="{url}">
<link rel="preconnect" href="{CDN}"><link rel="icon" href="{HOST}/i/favicon/favicon.ico" sizes="any"><link rel="apple-touch-icon" sizes="180x180" href="{HOST}/i/favicon/apple-touch-icon.png"><link rel="manifest" href="/i/favicon/manifest.json">
<link rel="stylesheet" type="text/css" href="/css/common.min.css?{build}"><link rel="stylesheet" type="text/css" href="/css/article.min.css?{build}"><link rel="stylesheet" type="text/css" href="/css/rtl.min.css?{build}">
<script type="application/ld+json">{ld_json}</script><script type="application/ld+json">{crumbs_json}</script>
<script src="/min/js/dist/head.js?{build}"></script><script data-iub-purposes="1">var GLOBAL = GLOBAL || {{}}; GLOBAL.article = {{"id": {article.slug}, "url": "{href}", "endless": true}}; GLOBAL.locale = "ar";</script>
</head><body id="body" data-ab="a" data-emoji="0" class="body m-ltr-off m-article-page" data-const-page-type="article" data-const-article-id="{article.slug}">
<div class="schedule" data-schedule-station="radio"><div class="schedule__head"><span class="schedule__head-title">راديو أفلاك</span><span class="schedule__head-live">بث مباشر</span></div><div class="schedule__days"><span class="schedule__day">أمس</span><span class="schedule__day m-active">اليوم</span></div><div class="schedule__list">{"".join(radio)}</div></div>
<div class="page"><header class="header"><div class="header__wrapper"><a href="/" class="header__logo" title="{SITE}"><img src="/i/logo/logo.svg" alt="{SITE}" width="170" height="40"></a><nav class="nav"><ul class="nav__list">
{nav}
</ul></nav><div class="header__search"><button type="button" class="header__search-button">بحث</button></div><div class="lang"><span class="lang__title">اللغات</span><ul class="lang__list">
{langs}
</ul></div></div></header>
<div class="layout"><div class="layout-article"><div class="layout-article__main"><div class="article m-article m-ar" data-id="{article.slug}" data-article-type="article">
<div class="article__meta" itemscope="" itemtype="https://schema.org/Article"><div itemprop="mainEntityOfPage">{url}</div><a itemprop="url" href="{url}"></a><div itemprop="headline">{e(article.headline)}</div><div itemprop="name">{e(article.headline)}</div><div itemprop="alternateName">{SITE}</div><div itemprop="description">{e(desc)}</div><div itemprop="datePublished">{_iso(t)}</div><div itemprop="dateCreated">{_iso(t)}</div><div itemprop="dateModified">{_iso(modified or t)}</div><div itemprop="keywords">{e(keywords)}</div><div itemprop="genre">{genre}</div>{meta_author}<div itemprop="copyrightHolder" itemscope="" itemtype="http://schema.org/Organization"><div itemprop="name">{SITE}</div></div></div>
<div class="article__header"><h1 class="article__title">{e(article.headline)}</h1>{announce}<div class="article__info "><div class="article__info-date"><a href="/{t:%Y%m%d}/" class="" title="" data-unixtime="{int(t.timestamp())}">{shown}</a>{mod_span}</div>{author}<div class="article__view" data-id="{article.slug}"></div></div><div class="article__google-news"><span class="article__google-news-title">تابعنا عبر</span><a href="https://news.google.com/publications/CAAqBwgKMKfhoQswtPq4Aw" target="_blank" rel="nofollow" class="article__google-news-link m-google"><svg class="svg-icon"><use xlink:href="#google_news"></use></svg></a><a href="https://t.me/aflak_arabic" target="_blank" rel="nofollow" class="article__google-news-link m-telegram"><svg class="svg-icon"><use xlink:href="#telegram"></use></svg></a></div><div class="article__announce-text">{e(article.lead)}</div></div>
<div class="article__body">
{chr(10).join(blocks)}
</div>
<div class="article__footer"><div class="article__tags"><ul class="tags m-noButton m-mobileAll">
{tags}
</ul></div><div class="article__userbar"><div class="share" data-id="{article.slug}" data-url="{url}" data-title="{e(article.headline)}"><span class="share__title">شارك</span><a class="share__item m-telegram" href="https://t.me/share/url?url={quote(url)}" target="_blank" rel="nofollow" aria-label="Telegram"></a><a class="share__item m-whatsapp" href="https://api.whatsapp.com/send?text={quote(url)}" target="_blank" rel="nofollow" aria-label="WhatsApp"></a><a class="share__item m-facebook" href="https://www.facebook.com/sharer.php?u={quote(url)}" target="_blank" rel="nofollow" aria-label="Facebook"></a><a class="share__item m-twitter" href="https://x.com/intent/post?url={quote(url)}" target="_blank" rel="nofollow" aria-label="X"></a><button type="button" class="share__item m-copy">نسخ الرابط</button></div><a href="{href}?chat_room_id={article.slug}" class="article__userbar-item m-chat" data-modal-open="chat">انضم إلى النقاش</a></div><div class="article__tg"><a href="https://t.me/aflak_arabic" target="_blank" rel="nofollow">تابعوا أفلاك عربي على تلغرام</a></div></div>
</div>
<div class="endless" data-endless-url="/services/article/endless/{article.slug}.html"><div class="endless__item m-next" data-url="{nxt_href}"><div class="endless__item-label">{NEXT}</div><a href="{nxt_href}" class="endless__item-title">{e(nxt_title)}</a><div class="endless__item-date" data-unixtime="{int(nxt_time.timestamp())}">{_gmt(nxt_time)}</div></div></div>
</div><div class="layout-article__aside"><div class="lenta"><div class="lenta__title">آخر الأخبار</div>
{chr(10).join(feed)}
</div><div class="cell-list m-most-read"><div class="cell-list__title">الأكثر قراءة</div><ul class="cell-list__list">
{chr(10).join(most)}
</ul></div></div></div></div>
<footer class="footer"><div class="footer__wrapper"><a href="/" class="footer__logo"><img src="/i/logo/logo-footer.svg" alt="{SITE}" width="150" height="34"></a><ul class="footer__menu">
{footer}
</ul><div class="footer__legal"><div class="footer__copyright">© {t.year} {SITE}</div>{"".join(f'<div class="footer__legal-text">{line}</div>' for line in LEGAL)}<div class="footer__age">18+</div></div></div></footer></div>
<div class="cookie" data-cookie-name="aflak_cookie"><div class="cookie__text">{COOKIE}</div><button type="button" class="cookie__button">موافق</button></div>
<script src="/min/js/dist/article.js?{build}" async></script><script src="/min/js/libs/endless.js?{build}" async></script>
</body></html>
"""
    return page
