"""The Arabic service of an international broadcaster based in Dubai ("الموجة الدولية"),
on Brightspot CMS (Perfect Sense), an article page as the Brightspot front end serves it. The
head: `<html class="ArticlePage" lang="ar" dir="rtl" itemscope itemtype=".../WebPage">`, the
`data-bsp-main-css` bundle under `/resource/<uuid>/styles/default/All.min.<hash>.gz.css`,
`<title>` "headline | الموجة الدولية", `brightspot.contentId` and `brightspot.cached` metas,
og/twitter meta with `article:published_time` in UTC ("...Z"), a JSON-LD `NewsArticle`
(datePublished in UTC) and the async `data-bsp-main-js` bundle. The body (`Page-body`): the
SVG icon map, `<bsp-header class="Page-header">` (menu trigger "القائمة", logo, `Navigation`
with `Navigation-items-item`/`NavigationItem-text`, `bsp-search-overlay` with sr-only labels,
"البث المباشر" and "English"), a `Page-above` ticker `<bsp-carousel>` "آخر الأخبار", then
`<main class="ArticlePage-main">`: `ArticlePage-breadcrumbs` ("الرئيسية" > section),
`<article class="ArticlePage-mainContent">` with `h1.ArticlePage-headline`, the
`h2.ArticlePage-subHeadline` (the dek), `ArticlePage-contentInfo` > `ArticlePage-byline`
(page 1: "بقلم" + linked writer and a bio line; page 2: the agency credit "الموجة الدولية -
وكالات"; page 3: no byline block) and `ArticlePage-timestamp` with `ArticlePage-datePublished`
(and on pages 1 and 3 `ArticlePage-dateModified`): label, `<bsp-timestamp
data-timestamp="<UTC ms>">` holding the server-rendered `<span data-date>` in Dubai time
("12 مارس 2024 10:20"), then "بتوقيت الإمارات". Page 2's story went out at 01:35 in Dubai,
so every machine date (meta, JSON-LD, data-timestamp) is on the day before the one the reader
sees. The `ActionBar` share links ("فيسبوك" ... "طباعة"), page 1's `ArticlePage-lead` figure
(`Figure-caption` + `Figure-credit`), then `ArticlePage-articleBody` > `RichTextArticleBody
RichTextBody` > `RichTextArticleBody-body RichTextBody` with the `<p>`s and `Enhancement`
blocks between them: the "اقرأ أيضا" `PromoEnhancement` (a `ps-promo.PromoB`, pages 1 and 3),
a `GoogleDfpAd` slot (page 1), an embedded `ps-youtubeplayer` video with its own title and
duration (page 2), an in-body figure with caption and credit (page 3). Page 1 links a phrase
(`a.Link data-cms-ai="0"`) and has an `<h2>` subheading; pages 2 and 3 bold a phrase.
Then `ArticlePage-tags` ("الوسوم"), the "المزيد من <section>" `ListD` of dated `PromoB`s, the
`Page-aside` "الأكثر قراءة" `ListC` and newsletter form, and `Page-footer` ("تابعونا"
`SocialBar` with sr-only names, `FooterNavigation`, tagline, copyright). All of it is chrome."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import LATEST, MONTHS, MOST_READ, NEWSLETTER, Article, Page, e, rotate

NAME = "brightspot_outlet"
HELD_OUT = True
SET = "unseen20"
FAMILY = ("Brightspot CMS article page of a Dubai-based Arabic broadcaster service: bsp-header, "
          "ArticlePage-* byline, bsp-timestamp dates in Dubai time vs UTC meta/JSON-LD, "
          "RichTextArticleBody with Enhancement blocks (figure, read-also promo, video, ad), "
          "tags, more-from list, most-read aside, footer")
HOST = "https://brightspot-arabic.example"
SITE = "الموجة الدولية"
RES = f"{HOST}/resource/00000180-4a2b-d1c3-a5f9-6fbb7e2c0000"
CDN = "https://brightspot-arabic-cdn.example"
LOCAL = timedelta(hours=4)
NAV = (("أخبار الخليج", "gulf"), ("الشرق الأوسط", "middle-east"), ("حول العالم", "world"),
       ("اقتصاد وأعمال", "business"), ("علوم وتكنولوجيا", "science-tech"),
       ("المناخ والبيئة", "climate"), ("رياضة", "sport"), ("فيديو", "video"),
       ("بودكاست", "podcasts"))
SECTION_PATH = dict(NAV)
SLUGS = {1: "uae-nano-cloud-seeding-trials", 2: "kuwait-airport-dust-storm-flights",
         3: "uae-fixes-prices-ramadan-essentials"}
AUTHOR_BIO = "مراسلة الموجة الدولية في أبوظبي"
AGENCY = "الموجة الدولية - وكالات"
CREDIT = {1: "تصوير: خالد الحمادي / الموجة الدولية", 3: "تصوير: رويترز"}
DEK = {1: "حبيبات ملح مغلفة بثاني أكسيد التيتانيوم تنشط حتى في الهواء الجاف، والتجارب تنتقل "
          "إلى الطائرات المسيّرة الموسم المقبل",
       3: "القائمة تشمل الأرز والطحين والدواجن، وغرامات تصل إلى مئة ألف درهم على المخالفين"}
MODIFIED = {1: timedelta(hours=3, minutes=45), 3: timedelta(hours=13, minutes=25)}
READ_ALSO = {1: (2, "دبي تبدأ إنتاج المياه المحلاة بالطاقة الشمسية في محطة حصيان"),
             3: (2, "جمعيات تعاونية في الشارقة تطلق سلة رمضانية بسعر موحد")}
SUBHEAD = {1: 3}
LINKED = {1: (2, "برنامج الإمارات لبحوث علوم الاستمطار", "/tags/cloud-seeding")}
BOLD = {2: (1, "تسع رحلات قادمة"), 3: (3, "مئة ألف درهم")}
AD_AFTER = {1: 4}
VIDEO = {2: (1, "شاهد: الغبار يحجب أبراج مدينة الكويت", "0:58", "Qm7c1Xw3ZpA")}
FIGURE_AFTER = {3: 1}
SHARE = (("facebook", "فيسبوك"), ("x", "إكس"), ("whatsapp", "واتساب"),
         ("copylink", "نسخ الرابط"), ("print", "طباعة"))
SOCIAL = (("facebook", "فيسبوك"), ("x", "إكس"), ("youtube", "يوتيوب"), ("instagram", "إنستغرام"),
          ("telegram", "تيليغرام"))
FOOTER_NAV = ("من نحن", "اتصل بنا", "الترددات", "أعلن معنا", "وظائف", "سياسة الخصوصية",
              "شروط الاستخدام")
AD = ('<div class="GoogleDfpAd-wrapper"><bsp-google-dfp-ad class="GoogleDfpAd" data-slot-name='
      '"/2215/mawja/ar/article_inline" data-sizes="[[300,250],[336,280]]"></bsp-google-dfp-ad></div>')
TAGLINE = "الخدمة العربية لشبكة الموجة للإعلام، من دبي إلى العالم"


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC) + LOCAL


def _shown(moment: datetime, clock: bool = True) -> str:
    """bsp-timestamp's server text in Dubai time: "12 مارس 2024 10:20" (promos: the day)."""
    t = _local(moment)
    return f"{t.day} {MONTHS[t.month - 1]} {t.year}" + (f" {t:%H:%M}" if clock else "")


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}Z"


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _img(key: str, w: int, h: int) -> str:
    return (f"{CDN}/dims4/default/{key[:7]}/2147483647/strip/true/crop/{w}x{h}+0+0/"
            f"resize/{w}x{h}!/quality/90/?url=https%3A%2F%2Fmawja-brightspot.s3.amazonaws.com"
            f"%2F{key[:2]}%2F{key[2:4]}%2F{key}.jpg")


def _stamp(cls: str, label: str, moment: datetime) -> str:
    return f"""            <div class="{cls}">
                <span class="{cls}-label">{label}</span> <bsp-timestamp data-timestamp="{_ms(moment)}" data-recent-thresholdinhours="0"><span data-date="">{_shown(moment)}</span></bsp-timestamp> <span class="{cls}-timezone">بتوقيت الإمارات</span>
            </div>"""


def _figure(key: str, caption: str, credit: str) -> str:
    return f"""<figure class="Figure">
    <div class="Figure-media"><picture>
        <source type="image/webp" width="1200" height="675" srcset="{_img(key, 1200, 675)}&amp;format=webp">
        <img class="Image" data-image-size="figureLarge" alt="{e(caption)}" width="1200" height="675" src="{_img(key, 1200, 675)}" loading="lazy">
    </picture></div>
    <div class="Figure-content">
        <figcaption class="Figure-caption">{e(caption)}</figcaption>
        <div class="Figure-credit" itemprop="author">{e(credit)}</div>
    </div>
</figure>"""


def _enhancement(inner: str, align: str = "center") -> str:
    return (f'<div class="Enhancement" data-align-{align}="">\n    <div class="Enhancement-item">'
            f"\n{inner}\n    </div>\n</div>")


def _promo(cls: str, title: str, href: str, extra: str = "") -> str:
    return f"""<ps-promo class="{cls}" data-content-type="article">
    <div class="{cls}-content">
        <div class="{cls}-title"><a class="Link" href="{href}" data-cms-ai="0">{e(title)}</a></div>{extra}
    </div>
</ps-promo>"""


def _body(article: Article, n: int, page: Page) -> str:
    out: list[str] = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a class="Link" href="{HOST}{LINKED[n][2]}" '
                                       f'data-cms-ai="0">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<b>{words}</b>", 1)
        out.append(f"<h2>{html}</h2>" if SUBHEAD.get(n) == k else f"<p>{html}</p>")
        if n in READ_ALSO and READ_ALSO[n][0] == k:
            title = READ_ALSO[n][1]
            href = f"{HOST}/{SECTION_PATH[article.section]}/{article.slug[:3]}9071"
            out.append(_enhancement(f"""<div class="PromoEnhancement">
    <div class="PromoEnhancement-title">اقرأ أيضا</div>
{_promo("PromoB", title, href)}
</div>""", "left"))
            page.add("اقرأ أيضا", title)
        if n in AD_AFTER and AD_AFTER[n] == k:
            out.append(_enhancement(AD))
        if n in VIDEO and VIDEO[n][0] == k:
            _, title, duration, vid = VIDEO[n]
            out.append(_enhancement(f"""<div class="VideoEnhancement">
    <ps-youtubeplayer class="YouTubeVideoPlayer" data-video-id="{vid}">
        <div class="YouTubeVideoPlayer-wrapper"><iframe src="https://www.youtube.com/embed/{vid}?rel=0" title="{e(title)}" allowfullscreen></iframe></div>
    </ps-youtubeplayer>
    <div class="VideoEnhancement-info">
        <div class="VideoEnhancement-title">{e(title)}</div>
        <div class="VideoEnhancement-duration">{duration}</div>
    </div>
</div>"""))
            page.add(title, duration)
        if n in FIGURE_AFTER and FIGURE_AFTER[n] == k:
            out.append(_enhancement(_figure(f"c4{article.slug}e81f", article.caption,
                                            CREDIT[n])))
            page.add(article.caption, CREDIT[n])
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = _local(moment)
    section = article.section
    sec_path = SECTION_PATH[section]
    url = f"{HOST}/{sec_path}/{local:%Y/%m/%d}/{SLUGS[n]}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    content_id = f"0000018e-{article.slug[:4]}-d{n}a7-a3ff-{article.slug}7c0000"
    lead_key = f"9b{article.slug}a3d0"
    dek = DEK.get(n, "")
    desc = dek or article.lead[:150].rsplit(" ", 1)[0] + "..."
    body = _body(article, n, page)
    page.add("القائمة", *(label for label, _ in NAV), "إظهار البحث", "إرسال البحث",
             "البث المباشر", "English", "آخر الأخبار")
    ticker = rotate(LATEST, 3 * n, 4)
    page.add(*ticker, "الرئيسية", section, dek)
    slides = "\n".join(f'            <div class="Carousel-slide"><a class="Link" href="{HOST}/'
                       f'gulf/{local:%Y/%m/%d}/latest-{k}">{e(t)}</a></div>'
                       for k, t in enumerate(ticker))
    nav = "\n".join(f"""                <li class="Navigation-items-item"><div class="NavigationItem">
                    <div class="NavigationItem-text"><a href="{HOST}/{path}">{label}</a></div>
                </div></li>""" for label, path in NAV)
    if n == 1:
        author_url = f"{HOST}/author/hala-almarzouqi"
        byline = f"""            <div class="ArticlePage-byline" itemprop="author" itemscope itemtype="http://schema.org/Person">
                <div class="ArticlePage-authorImage"><a href="{author_url}"><img alt="" src="{_img('5ea0c1d77f', 120, 120)}" width="60" height="60"></a></div>
                <div class="ArticlePage-authors">
                    <div class="ArticlePage-authorName" itemprop="name">بقلم <span class="ArticlePage-authorBy"><a class="Link" href="{author_url}" data-cms-ai="0">{e(article.author)}</a></span></div>
                    <div class="ArticlePage-authorBiography">{AUTHOR_BIO}</div>
                </div>
            </div>"""
        page.add(f"بقلم {article.author}", article.author, AUTHOR_BIO)
    elif n == 2:
        byline = (f'            <div class="ArticlePage-byline"><div class="ArticlePage-authors">'
                  f'<div class="ArticlePage-authorName">{AGENCY}</div></div></div>')
        page.add(AGENCY)
    else:
        byline = ""
    stamps = [_stamp("ArticlePage-datePublished", "نُشر في", moment)]
    page.add("نُشر في", shown, "بتوقيت الإمارات")
    modified = moment + MODIFIED[n] if n in MODIFIED else moment
    if n in MODIFIED:
        stamps.append(_stamp("ArticlePage-dateModified", "آخر تحديث", modified))
        page.add("آخر تحديث", _shown(modified))
    stamp_html = "\n".join(stamps)
    share = "\n".join(f"""                    <li class="ActionBar-items-item"><a class="ActionLink" data-social-service="{svc}" href="{'javascript:window.print()' if svc == 'print' else '#'}"><svg><use xlink:href="#mono-icon-{svc}"></use></svg><span>{label}</span></a></li>""" for svc, label in SHARE)
    page.add(*(label for _, label in SHARE))
    lead = ""
    if n == 1:
        lead = (f'        <div class="ArticlePage-lead">\n'
                f"{_figure(lead_key, article.caption, CREDIT[1])}\n        </div>")
        page.add(article.caption, CREDIT[1])
    tag_items = "\n".join(f'                <li class="TagList-items-item"><a class="Link" '
                          f'href="{HOST}/tags/{e(t.replace(" ", "-"))}">{e(t)}</a></li>'
                          for t in article.tags)
    page.add("الوسوم", *article.tags)
    more_title = f"المزيد من {section}"
    more = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=2 + 5 * k, hours=3 * k)
        href = f"{HOST}/{sec_path}/{_local(when):%Y/%m/%d}/story-{int(article.slug) - 211 * (k + 1)}"
        more.append(f"""            <li class="ListD-items-item">
                <ps-promo class="PromoB" data-content-type="article" data-image-align="top"><div class="PromoB-content">
                        <div class="PromoB-media"><a class="Link" aria-label="{e(title)}" href="{href}"><img class="Image" alt="{e(title)}" src="{_img(f'7d{k}{article.slug}', 400, 225)}" loading="lazy"></a></div>
                        <div class="PromoB-title"><a class="Link" href="{href}">{e(title)}</a></div>
                        <div class="PromoB-date"><div class="PromoB-timestamp" data-timestamp="{_ms(when)}" data-date="{_shown(when, False)}">{_shown(when, False)}</div></div>
                </div></ps-promo>
            </li>""")
        page.add(title, _shown(when, False))
    page.add(more_title)
    most = rotate(MOST_READ, 4 * n + 1, 5)
    most_html = "\n".join(f"""            <li class="ListC-items-item">
{_promo("PromoXSmall", t, f"{HOST}/gulf/most-read-{k}")}
            </li>""" for k, t in enumerate(most, 1))
    page.add("الأكثر قراءة", *most)
    letter = NEWSLETTER[n - 1]
    page.add("النشرة البريدية", letter, "اشترك")
    social = "\n".join(f'                    <li class="SocialBar-items-item"><a class="SocialLink" '
                       f'rel="noreferrer" href="https://{svc}.example/mawja.arabic" '
                       f'target="_blank" data-social-service="{svc}" data-cms-ai="0"><svg>'
                       f'<use xlink:href="#icon-{svc}"></use></svg><span class="sr-only">{label}'
                       f"</span></a></li>" for svc, label in SOCIAL)
    foot = "\n".join(f"""                    <li class="FooterNavigation-items-item"><div class="FooterNavigationItem"><div class="FooterNavigationItem-text"><a class="FooterNavigationItem-text-link" href="{HOST}/page-{k}">{label}</a></div></div></li>""" for k, label in enumerate(FOOTER_NAV))
    copyright_line = f"© {local.year} {SITE}. جميع الحقوق محفوظة."
    page.add("تابعونا", *(label for _, label in SOCIAL), *FOOTER_NAV, TAGLINE, copyright_line)
    image = _img(lead_key if n == 1 else f"c4{article.slug}e81f" if n == 3 else "0a1f2e3d4c",
                 1200, 675)
    author_ld = {1: [{"@type": "Person", "name": article.author,
                      "url": f"{HOST}/author/hala-almarzouqi"}],
                 2: [{"@type": "Organization", "name": SITE}]}.get(n)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "url": url,
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
          "description": desc, "articleSection": section, "keywords": list(article.tags),
          "image": [{"@type": "ImageObject", "url": image, "width": 1200, "height": 675}],
          "datePublished": _utc(moment), "dateModified": _utc(modified),
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{RES}/logo-mawja.png"}},
          "inLanguage": "ar"}
    if author_ld:
        ld["author"] = author_ld
    ld_json = json.dumps(ld, ensure_ascii=False, separators=(",", ":"))
    og_tags = "".join(f'<meta property="article:tag" content="{e(t)}">' for t in article.tags)
    modified_meta = (f'<meta property="article:modified_time" content="{_utc(modified)}">'
                     if n in MODIFIED else "")
    page.html = f"""<!DOCTYPE html>
<html class="ArticlePage" lang="ar" dir="rtl" itemscope itemtype="http://schema.org/WebPage">
<head>
    <meta charset="UTF-8">
    <style>:root {{ --color-primary: #0b5c8e; --color-eyebrow--LIGHT: #0b5c8e; --font-1: "Noto Kufi Arabic"; }}</style>
    <link data-bsp-main-css data-cssvarsponyfill="true" class="Webpack-css" rel="stylesheet" href="{RES}/styles/default/All.min.6f3a0d2be41c9e8a.gz.css">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{e(article.headline)} | {SITE}</title><meta name="description" content="{e(desc)}"><link rel="canonical" href="{url}"><meta name="brightspot.contentId" content="{content_id}"><link rel="apple-touch-icon" sizes="180x180" href="/apple-touch-icon.png"><link rel="icon" type="image/png" href="/favicon-32x32.png">
    <meta property="og:title" content="{e(article.headline)}"><meta property="og:url" content="{url}"><meta property="og:image" content="{image}"><meta property="og:image:width" content="1200">
    <meta property="og:description" content="{e(desc)}"><meta property="og:site_name" content="{SITE}"><meta property="og:type" content="article">
    <meta property="article:published_time" content="{_utc(moment)}">{modified_meta}
    <meta property="article:section" content="{section}">{og_tags}
    <meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@MawjaArabic"><meta name="twitter:title" content="{e(article.headline)}"><meta name="twitter:description" content="{e(desc)}"><meta name="twitter:image" content="{image}">
    <script type="application/ld+json">{ld_json}</script>
    <meta name="brightspot.cached" content="true">
    <script src="{RES}/webcomponents-loader/webcomponents-loader.ce44f83d1399e8dd.gz.js"></script>
    <script data-bsp-main-js src="{RES}/styles/default/All.min.b71c05e9d2f4a318.gz.js" async></script>
    <script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-M4WJ7AR');</script>
</head>

<body class="Page-body">
    <svg xmlns="http://www.w3.org/2000/svg" style="display:none" id="iconsMap"><symbol id="icon-magnify" viewBox="0 0 24 24"><path d="M9.5 3a6.5 6.5 0 0 1 5.2 10.4l5 5-1.4 1.4-5-5A6.5 6.5 0 1 1 9.5 3z"/></symbol><symbol id="burger-menu" viewBox="0 0 14 10"><path d="M0 0h14v2H0zM0 4h14v2H0zM0 8h14v2H0z"/></symbol></svg>
<bsp-header class="Page-header" data-nav-alignment="right">
    <div class="Page-header-bar">
        <button class="Page-header-menu-trigger" aria-expanded="false"><svg class="burger-menu"><use xlink:href="#burger-menu"></use></svg><span class="label">القائمة</span></button>
        <div class="Page-header-bar-logo"><a aria-label="home page" href="{HOST}/"><img class="PageLogo-image" src="{RES}/logo-mawja.svg" alt="{SITE}"></a></div>
        <div class="Page-header-navigation"><nav class="Navigation">
            <ul class="Navigation-items">
{nav}
            </ul></nav></div>
        <div class="Page-header-search">
            <bsp-search-overlay class="SearchOverlay">
                <button class="SearchOverlay-search-button"><svg class="icon-magnify"><use xlink:href="#icon-magnify"></use></svg><span class="sr-only">إظهار البحث</span></button>
                <div class="SearchOverlay-search-overlay"><form class="SearchOverlay-search-form" action="{HOST}/search" novalidate autocomplete="off"><label><button type="submit" class="SearchOverlay-search-submit"><svg><use xlink:href="#icon-magnify"></use></svg><span class="sr-only">إرسال البحث</span></button><input placeholder="ابحث في الموجة" type="text" class="SearchOverlay-search-input" name="q" required="true"></label></form></div>
            </bsp-search-overlay></div>
        <div class="Page-header-live"><a class="Page-header-live-link" href="{HOST}/live">البث المباشر</a></div>
        <div class="Page-header-languages"><a class="Link" href="https://en.brightspot-arabic.example/" hreflang="en">English</a></div>
    </div>
</bsp-header>
<div class="Page-above">
    <bsp-carousel class="Carousel" data-carousel-type="ticker" data-autoplay="true">
        <div class="Carousel-label">آخر الأخبار</div>
        <div class="Carousel-slides">
{slides}
        </div></bsp-carousel></div>
<main class="ArticlePage-main">
    <div class="ArticlePage-breadcrumbs"><nav class="Breadcrumbs" aria-label="breadcrumbs"><ul class="Breadcrumbs-items"><li class="Breadcrumbs-items-item"><a class="Link" href="{HOST}/">الرئيسية</a></li><li class="Breadcrumbs-items-item"><a class="Link" href="{HOST}/{sec_path}">{section}</a></li></ul></nav></div>
    <article class="ArticlePage-mainContent" itemprop="mainEntity" itemscope itemtype="http://schema.org/NewsArticle">
        <h1 class="ArticlePage-headline" itemprop="headline">{e(article.headline)}</h1>
{f'        <h2 class="ArticlePage-subHeadline" itemprop="alternativeHeadline">{e(dek)}</h2>' if dek else ""}
        <div class="ArticlePage-contentInfo">
{byline}
            <div class="ArticlePage-timestamp">
{stamp_html}
            </div></div>
        <meta itemprop="datePublished" content="{_utc(moment)}">
        <div class="ArticlePage-actions"><div class="ActionBar">
                <ul class="ActionBar-items">
{share}
                </ul></div></div>
{lead}
        <div class="ArticlePage-articleBody" itemprop="articleBody">
            <div class="RichTextArticleBody RichTextBody">
                <div class="RichTextArticleBody-body RichTextBody">
{body}
                </div></div></div>
    </article>
    <div class="ArticlePage-tags">
        <h2 class="ArticlePage-tags-heading">الوسوم</h2>
        <div class="ArticlePage-tags-body"><div class="TagList">
            <ul class="TagList-items">
{tag_items}
            </ul></div></div></div>
    <div class="ArticlePage-below"><div class="ListD">
        <div class="ListD-header"><h2 class="ListD-header-title">{e(more_title)}</h2></div>
        <ul class="ListD-items">
{chr(10).join(more)}
        </ul></div></div>
</main>
<aside class="Page-aside">
    <div class="ListC">
        <div class="ListC-header"><h2 class="ListC-header-title">الأكثر قراءة</h2></div>
        <ol class="ListC-items">
{most_html}
        </ol></div>
    <div class="NewsletterModule"><h3 class="NewsletterModule-title">النشرة البريدية</h3><p class="NewsletterModule-description">{e(letter)}</p><form class="NewsletterModule-form" action="{HOST}/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="بريدك الإلكتروني"><button type="submit" class="NewsletterModule-button">اشترك</button></form></div>
</aside>
<footer class="Page-footer" itemscope itemtype="https://schema.org/WPFooter">
    <div class="Page-footer-container">
        <div class="Page-footer-containerTop">
            <div class="Page-footer-logo"><a aria-label="home page" href="{HOST}/"><img class="PageLogo-image" src="{RES}/logo-mawja-white.svg" alt="{SITE}"></a></div>
            <div class="Page-footer-social"><div class="SocialBar">
                <div class="SocialBar-heading">تابعونا</div>
                <ul class="SocialBar-items">
{social}
                </ul></div></div></div>
        <div class="Page-footer-containerBottom">
            <div class="Page-footer-navigation"><nav class="FooterNavigation" aria-label="footer-navigation">
                <ul class="FooterNavigation-items">
{foot}
                </ul></nav></div>
            <div class="Page-footer-description">{TAGLINE}</div>
            <div class="Page-footer-disclaimer"><div class="cms-textAlign-center">{copyright_line}</div></div>
        </div></div>
</footer>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-M4WJ7AR" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
</body>
</html>
"""
    return page
