"""An Egyptian culture-and-economy monthly ("مجلة الرواق", Cairo) on Craft CMS + SEOmatic, its
agency-built Twig templates (BEM classes, `data-` hooks, craft-vite assets) and a Neo
"articleBody" field, as Craft serves an entry. Head: charset/viewport, the agency's `csrf-param`/
`csrf-token` metas, craft-vite's modulepreload polyfill, `type="module"` script (its
`vite-script-loaded` onload) and CSS, then SEOmatic's block right before `</head>`: `<title>headline
| مجلة الرواق</title>`, GTM, the "SEOmatic" generator meta, keywords (the tags), description (the
summary field; page 2 has none, so the site's global description), `content=... property=...` og
tags (`ar_EG`, article, og:image from the `_1200x630_crop_center-center_82_none` transform, page 2
the global share image), twitter tags (`_800x418`), canonical/home/humans.txt links. Body: GTM's
noscript, skip link, header (issue bar "العدد الجديد: ديسمبر ٢٠٢٤", logo, `main-nav`, search,
subscribe), `article.article` (`data-entry-id`, `data-post-date` Unix time) with breadcrumbs, the
section kicker, `h1`, a standfirst on pages 1 and 3 (chrome: the summary field, not the story),
`article-meta` with "بقلم ..." (page 1 only), the date as ar-EG prints it (Arabic-Indic digits) in
`time.article-meta__date` whose `datetime` has Cairo's offset (+02:00 winter, +03:00 summer; page 2
was posted at 00:30 local, the day before in UTC), reading time and, on page 3, "آخر تحديث: ...";
the share bar; the Neo blocks as `div.block.block--<type>` with `data-block-type`/`data-block-id`:
text (`div.rich-text` `<p>`s; page 2 links one phrase and bolds another), page 1's image (`figure`,
`<picture>` webp/jpg named transforms, caption + credit) and pull-quote (a body sentence repeated,
with a cite line), page 3's embed (YouTube iframe + caption) and heading block (a subheading of the
story). Then tags, page 1's author card, "اقرأ أيضًا" cards (category, title, date), the "الأكثر
قراءة" sidebar, the Campaign newsletter form (hidden CSRF/action/redirect inputs), the footer and,
at the end of the body, SEOmatic's JSON-LD `@graph` (NewsArticle with local-offset dates,
#identity NewsMediaOrganization, #creator agency, BreadcrumbList with "Homepage")."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from html import escape

from .base import MONTHS, Article, Page, e, indic

NAME = "craft_cms_magazine"
HELD_OUT = True
SET = "unseen19"
FAMILY = "Craft CMS + SEOmatic magazine entry: Neo block divs (text, pull-quote, image, embed, heading), BEM classes, CSRF metas, ar-EG Indic dates, JSON-LD @graph at body end"
HOST = "https://riwaq-craft-magazine.example"
SITE = "مجلة الرواق"
GLOBAL_DESC = "مجلة شهرية مصرية مستقلة تعنى بالثقافة والاقتصاد والمجتمع، تصدر في القاهرة منذ 2016."
NAV = (("culture", "ثقافة"), ("economy", "اقتصاد"), ("arts", "فنون"), ("society", "مجتمع"), ("dossiers", "ملفات"), ("podcast", "بودكاست"), ("issues", "الأعداد"))
SECTION = {label: slug for slug, label in NAV}
URL_SLUG = {1: "fustat-pottery-workshops-return", 2: "paper-prices-shrink-first-print-runs", 3: "mawj-independent-music-festival-alexandria"}
HEADER = ("تخطَّ إلى المحتوى", "العدد الجديد: ديسمبر ٢٠٢٤", "القائمة", "بحث", "اشترك في المجلة")
STANDFIRST = {1: "بعد عقد من الركود، ترتفع طلبيات المطاعم والمصممين على الأواني المصنوعة يدويا في قرية الفواخير، لكن الحرفيين يخشون أن تكون الموجة عابرة.",
              3: "انسحب الراعي الرئيسي فقرر المنظمون الاعتماد على شباك التذاكر: تجربة «موج» في تمويل الثقافة من جيوب الجمهور."}
CREDIT = "تصوير: أحمد فتحي"
PULL = ("الحرفي الذي يعرض منتجه بنفسه يحصل على ضعف ما يدفعه له الوسيط", "— هالة منصور، مؤسسة طين للتنمية")
LINKED = {2: (0, "اتحاد الناشرين المصريين", "https://www.egyptianpublishers.example/")}
BOLD = {2: (1, "الطباعة حسب الطلب")}
EMBED = ("k3Vq9RbT2mE", "الإعلان الترويجي لدورة هذا العام من مهرجان موج")
AUTHOR_BIO = "صحفية متخصصة في التراث والحرف اليدوية، تكتب في الرواق منذ 2019."
SHARE = ("شارك المقال", "نسخ الرابط")
SHARE_LINKS = (("facebook", "https://www.facebook.com/sharer/sharer.php?u=", "فيسبوك"), ("x", "https://twitter.com/intent/tweet?url=", "إكس"), ("whatsapp", "https://wa.me/?text=", "واتساب"))
MOST_READ = ("لماذا يهجر الشباب المصري الوظيفة الحكومية؟", "سينما الصيف: أفلام العيد تحقق إيرادات قياسية رغم الغلاء", "رحلة القطن المصري من الحقل إلى المصانع الإيطالية", "ذاكرة المدينة: مقاهي القاهرة التي أغلقت أبوابها",
             "أسواق الذهب في الصاغة بين الادخار والمضاربة", "حوار مع المترجم الذي نقل نجيب محفوظ إلى الكورية")
CARD_SECTIONS = {1: ("ثقافة", "اقتصاد", "ثقافة"), 2: ("اقتصاد", "مجتمع", "اقتصاد"), 3: ("فنون", "فنون", "اقتصاد")}
NEWSLETTER = ("نشرة الرواق الأسبوعية", "كل خميس: مختارات من مقالات الثقافة والاقتصاد في رسالة واحدة.", "البريد الإلكتروني", "اشترك", "يمكنك إلغاء الاشتراك في أي وقت.")
FOOTER_ABOUT = "مجلة شهرية مستقلة تصدر في القاهرة منذ 2016، وتنشر على موقعها مقالات يومية."
FOOTER_LISTS = (("الأقسام", ("ثقافة", "اقتصاد", "فنون", "مجتمع", "ملفات")), ("عن المجلة", ("من نحن", "فريق التحرير", "للإعلان", "اتصل بنا")))
FOOTER_END = ("© 2024 مجلة الرواق. جميع الحقوق محفوظة.", "سياسة الخصوصية", "شروط الاستخدام", "تصميم وتطوير: Nakhla Studio")
VITE = ("app-3f9c1b7e", "vendor-a82d44c1", "app-6d0e2f5a")
SAME_AS = ("https://www.instagram.com/alriwaqmag/", "https://www.facebook.com/AlRiwaqMag", "https://twitter.com/AlRiwaqMag")
GTM = """<script>dataLayer = [];
(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-K7RQ2LM');
</script>"""


def _day(moment) -> str:
    """ICU's long ar-EG date, as Craft's `|date('long')` prints it: "١٤ مارس ٢٠٢٤"."""
    return indic(f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}")


def _minutes(words: int) -> str:
    n = -(-words // 200)
    label = {1: "دقيقة واحدة", 2: "دقيقتان"}.get(n, f"{indic(str(n))} {'دقائق' if n <= 10 else 'دقيقة'}")
    return f"{label} للقراءة"


def _inline(n: int, k: int, text: str) -> str:
    html = escape(text, quote=False)  # rich text keeps its quote marks raw
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" target="_blank" rel="noopener">{e(words)}</a>', 1)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    return html


def _text_block(bid: int, paras: list[str]) -> str:
    inner = "\n".join(f"                <p>{p}</p>" for p in paras)
    return f"""        <div class="block block--text" data-block-type="text" data-block-id="{bid}">
            <div class="rich-text">
{inner}
            </div>
        </div>"""


def _image_block(bid: int, caption: str, slug: str) -> str:
    base = f"{HOST}/uploads/articles"
    return f"""        <figure class="block block--image block--image-wide" data-block-type="image" data-block-id="{bid}">
            <picture class="block-image__picture">
                <source type="image/webp" srcset="{base}/_articleMedium/{slug}.webp 768w, {base}/_articleWide/{slug}.webp 1280w" sizes="(min-width: 1024px) 760px, 100vw">
                <img class="block-image__img" src="{base}/_articleWide/{slug}.jpg" srcset="{base}/_articleMedium/{slug}.jpg 768w, {base}/_articleWide/{slug}.jpg 1280w" sizes="(min-width: 1024px) 760px, 100vw" width="1280" height="853" alt="{e(caption)}" loading="lazy" decoding="async">
            </picture>
                            <figcaption class="block-image__caption">
                    <span class="block-image__caption-text">{e(caption)}</span>
                                            <span class="block-image__credit">{CREDIT}</span>
                                    </figcaption>
                    </figure>"""


def _pull_block(bid: int) -> str:
    return f"""        <aside class="block block--pullquote" data-block-type="pullQuote" data-block-id="{bid}">
            <blockquote class="pullquote">
                <p class="pullquote__text">{e(PULL[0])}</p>
                                <footer class="pullquote__cite">{e(PULL[1])}</footer>
                            </blockquote>
        </aside>"""


def _embed_block(bid: int) -> str:
    vid, caption = EMBED
    return f"""        <div class="block block--embed" data-block-type="embed" data-block-id="{bid}" data-embed-provider="youtube">
            <div class="block-embed__frame" style="padding-top: 56.25%">
                <iframe src="https://www.youtube-nocookie.com/embed/{vid}?rel=0" title="{e(caption)}" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen loading="lazy"></iframe>
            </div>
            <p class="block-embed__caption">{e(caption)}</p>
        </div>"""


def _body(article: Article, n: int) -> str:
    paras = [_inline(n, k - 1, p) for k, p in enumerate((article.lead, *article.paragraphs))]
    bid = 90000 + int(article.slug) % 1000 * 7
    blocks = {1: [_text_block(bid, paras[:3]), _image_block(bid + 1, article.caption, "fustat-wheel-mahmoud"),
                  _text_block(bid + 2, paras[3:4]), _pull_block(bid + 3), _text_block(bid + 4, paras[4:])],
              2: [_text_block(bid, paras)]}
    if n == 3:
        blocks[3] = [_text_block(bid, paras[:1]), _embed_block(bid + 1), _text_block(bid + 2, paras[1:2]),
                     f"""        <div class="block block--heading" data-block-type="heading" data-block-id="{bid + 3}">
            <h2 class="block-heading__title" id="h-{bid + 3}">{paras[2]}</h2>
        </div>""", _text_block(bid + 4, paras[3:])]
    return "\n".join(blocks[n])


def _card(n: int, k: int, title: str, section: str, moment) -> tuple[str, str]:
    slug, when = SECTION[section], moment - timedelta(days=3 + 6 * k, hours=5 * k)
    return f"""                <article class="card card--small" data-entry-id="{47900 + 37 * k + n}">
                    <a class="card__link" href="{HOST}/{slug}/read-{47900 + 37 * k + n}">
                        <div class="card__media"><img class="card__img" src="{HOST}/uploads/articles/_cardThumb/card-{n}-{k}.jpg" alt="" width="400" height="267" loading="lazy"></div>
                        <div class="card__body">
                            <span class="card__category">{section}</span>
                            <h3 class="card__title">{e(title)}</h3>
                            <time class="card__date" datetime="{when.isoformat()}">{_day(when)}</time>
                        </div>
                    </a>
                </article>""", _day(when)


def _seomatic(article: Article, url: str, desc: str, image: str, alt: str) -> str:
    """SEOmatic's head block: title, GTM, general metas, og (`content` first), twitter, links."""
    h, d, a = e(article.headline), e(desc), e(alt)
    og = (("408816529233517", "fb:profile_id"), ("ar_EG", "og:locale"), (SITE, "og:site_name"),
          ("article", "og:type"), (url, "og:url"), (h, "og:title"), (d, "og:description"),
          (image, "og:image"), ("1200", "og:image:width"), ("630", "og:image:height"),
          (a, "og:image:alt"), *((link, "og:see_also") for link in SAME_AS))
    tw = (("card", "summary_large_image"), ("site", "@AlRiwaqMag"), ("creator", "@AlRiwaqMag"),
          ("title", h), ("description", d), ("image", image.replace("_1200x630_", "_800x418_")),
          ("image:width", "800"), ("image:height", "418"), ("image:alt", a))
    general = (("keywords", e(", ".join(article.tags))), ("description", d), ("referrer", "no-referrer-when-downgrade"), ("robots", "all"))
    return "\n".join([
        f"<title>{h} | {SITE}</title>", GTM + '<meta name="generator" content="SEOmatic">',
        *(f'<meta name="{k}" content="{c}">' for k, c in general),
        *(f'<meta content="{c}" property="{prop}">' for c, prop in og),
        *(f'<meta name="twitter:{k}" content="{c}">' for k, c in tw),
        f'<link href="{url}" rel="canonical">', f'<link href="{HOST}/" rel="home">',
        f'<link type="text/plain" href="{HOST}/humans.txt" rel="author">'])


def _graph(article: Article, url: str, desc: str, image: str, modified) -> str:
    """SEOmatic's JSON-LD: the entry's NewsArticle, the site identity, the creator (the
    agency) and the breadcrumbs, in SEOmatic's property order, local-offset ISO dates."""
    moment, ident, creator = article.moment, f"{HOST}#identity", f"{HOST}#creator"
    crumbs = ((f"{HOST}/", "Homepage"), (f"{HOST}/{SECTION[article.section]}", article.section), (url, article.headline))
    graph = {"@context": "http://schema.org", "@graph": [
        {"@type": "NewsArticle", "author": {"@id": ident}, "copyrightHolder": {"@id": ident}, "copyrightYear": str(moment.year),
         "creator": {"@id": creator}, "dateCreated": (moment - timedelta(hours=2)).isoformat(), "dateModified": modified.isoformat(),
         "datePublished": moment.isoformat(), "description": desc, "headline": article.headline, "image": {"@type": "ImageObject", "url": image},
         "inLanguage": "ar-eg", "mainEntityOfPage": url, "name": article.headline, "publisher": {"@id": creator}, "url": url},
        {"@id": ident, "@type": "NewsMediaOrganization", "address": {"@type": "PostalAddress", "addressCountry": "EG", "addressLocality": "القاهرة", "streetAddress": "12 شارع هدى شعراوي"},
         "alternateName": "Al-Riwaq Magazine", "email": "editor@riwaq-craft-magazine.example",
         "logo": {"@type": "ImageObject", "height": "60", "url": f"{HOST}/uploads/site/_600x60_fit_center-center_82_none/riwaq-logo.png?mtime=1687512044", "width": "186"},
         "name": SITE, "sameAs": list(SAME_AS), "url": f"{HOST}/"},
        {"@id": creator, "@type": "Organization", "name": "Nakhla Studio", "url": "https://nakhla-studio.example/"},
        {"@type": "BreadcrumbList", "description": "Breadcrumbs list", "itemListElement": [
            {"@type": "ListItem", "item": item, "name": name, "position": k} for k, (item, name) in enumerate(crumbs, 1)], "name": "Breadcrumbs"}]}
    return json.dumps(graph, ensure_ascii=False, separators=(",", ":"))


def render(article: Article, n: int) -> Page:
    moment, sec_slug, shown, words = article.moment, SECTION[article.section], _day(article.moment), len(article.body.split())
    url, reading = f"{HOST}/{sec_slug}/{URL_SLUG[n]}", _minutes(words)
    page = Page(url=url, html="", shown_date=shown)
    modified = moment + (timedelta(hours=14, minutes=20) if n == 3 else timedelta(minutes=12))
    standfirst = STANDFIRST.get(n, "")
    desc = standfirst or GLOBAL_DESC
    page.add(*HEADER, *(label for _, label in NAV), "الرئيسية", article.section, standfirst, shown, reading,
             *SHARE, "الوسوم", *article.tags, "اقرأ أيضًا", "الأكثر قراءة", *NEWSLETTER, FOOTER_ABOUT,
             *(h for h, _ in FOOTER_LISTS), *(i for _, xs in FOOTER_LISTS for i in xs), *FOOTER_END)
    byline = update = author_card = ""
    if article.author:
        page.add(f"بقلم {article.author}", article.author, AUTHOR_BIO, "كل مقالات الكاتبة")
        byline = f"""
                <div class="article-meta__author">
                    <img class="article-meta__avatar" src="{HOST}/uploads/authors/_avatar/reem-abdelhamid.jpg" alt="" width="40" height="40">
                    <span class="article-meta__by">بقلم</span> <a class="article-meta__author-link" href="{HOST}/authors/reem-abdelhamid">{e(article.author)}</a>
                </div>"""
        author_card = f"""
        <aside class="author-card" data-author-id="214">
            <img class="author-card__img" src="{HOST}/uploads/authors/_avatarLarge/reem-abdelhamid.jpg" alt="" width="96" height="96" loading="lazy">
            <div class="author-card__body">
                <p class="author-card__name">{e(article.author)}</p>
                <p class="author-card__bio">{AUTHOR_BIO}</p>
                <a class="author-card__more" href="{HOST}/authors/reem-abdelhamid">كل مقالات الكاتبة</a>
            </div>
        </aside>
"""
    if n == 3:
        page.add(f"آخر تحديث: {_day(modified)}", EMBED[1])
        update = f'\n                <span class="article-meta__updated">آخر تحديث: <time datetime="{modified.isoformat()}">{_day(modified)}</time></span>'
    if n == 1:
        page.add(article.caption, CREDIT, PULL[1])
    cards = [_card(n, k, title, CARD_SECTIONS[n][k], moment) for k, title in enumerate(article.related)]
    page.add(*(x for k, t in enumerate(article.related) for x in (CARD_SECTIONS[n][k], t, cards[k][1])))
    most = [MOST_READ[(2 * n + k) % len(MOST_READ)] for k in range(4)]
    page.add(*(x for k, t in enumerate(most, 1) for x in (indic(str(k)), t)))
    most_html = "\n".join(f'                    <li class="most-read__item"><span class="most-read__rank">{indic(str(k))}</span> <a class="most-read__link" href="{HOST}/most-read/{n}{k}">{e(t)}</a></li>' for k, t in enumerate(most, 1))
    csrf = hashlib.sha512(f"csrf-{n}-{article.slug}".encode()).hexdigest()[:86].replace("a", "Q").replace("7", "-")
    image = (f"{HOST}/uploads/articles/_1200x630_crop_center-center_82_none/{URL_SLUG[n]}.jpg?mtime={int(moment.timestamp()) + 311}"
             if n != 2 else f"{HOST}/uploads/site/_1200x630_crop_center-center_82_none/riwaq-share.png?mtime=1687512044")
    og_alt = article.caption if n == 1 else (desc if n == 3 else SITE)
    share = "\n".join(f'                <a class="share-bar__link share-bar__link--{net}" href="{href}{url}" target="_blank" rel="noopener" aria-label="{label}"><svg class="icon" aria-hidden="true"><use href="#icon-{net}"></use></svg></a>'
                      for net, href, label in SHARE_LINKS)
    nav = "\n".join(f'                        <li class="main-nav__item{" main-nav__item--active" if s == sec_slug else ""}"><a class="main-nav__link" href="{HOST}/{s}">{label}</a></li>' for s, label in NAV)
    tags = "\n".join(f'                        <li class="article-tags__item"><a class="tag" href="{HOST}/tags/{e(t.replace(" ", "-"))}">{e(t)}</a></li>' for t in article.tags)
    flists = "\n".join(f'            <nav class="footer-nav" aria-label="{h}">\n                <h3 class="footer-nav__heading">{h}</h3>\n                <ul class="footer-nav__list">\n'
                       + "\n".join(f'                    <li><a href="{HOST}/p/{k}">{x}</a></li>' for k, x in enumerate(xs))
                       + "\n                </ul>\n            </nav>" for h, xs in FOOTER_LISTS)
    standfirst_html = f'\n            <p class="article-header__standfirst">{e(standfirst)}</p>' if standfirst else ""
    app, vendor = VITE[0] if n != 3 else VITE[2], VITE[1]
    page.html = f"""<!DOCTYPE html>
<html lang="ar-EG" dir="rtl" class="no-js">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-param" content="CRAFT_CSRF_TOKEN">
    <meta name="csrf-token" content="{csrf}">
    <link rel="icon" href="/favicon.ico" sizes="any">
    <link rel="apple-touch-icon" href="/apple-touch-icon.png">

            <script type="module">!function(){{const e=document.createElement("link").relList;if(!(e&&e.supports&&e.supports("modulepreload"))){{for(const e of document.querySelectorAll('link[rel="modulepreload"]'))r(e);new MutationObserver((e=>{{for(const o of e)if("childList"===o.type)for(const e of o.addedNodes)"LINK"===e.tagName&&"modulepreload"===e.rel&&r(e)}})).observe(document,{{childList:!0,subtree:!0}})}}function r(e){{if(e.ep)return;e.ep=!0;const r=function(e){{const r={{}};return e.integrity&&(r.integrity=e.integrity),e.referrerpolicy&&(r.referrerPolicy=e.referrerpolicy),"use-credentials"===e.crossorigin?r.credentials="include":"anonymous"===e.crossorigin?r.credentials="omit":r.credentials="same-origin",r}}(e);fetch(e.href,r)}}}}();</script>
<script type="module" src="{HOST}/dist/assets/{app}.js" crossorigin onload="e=new CustomEvent(&#039;vite-script-loaded&#039;, {{detail:{{path: &#039;src/js/app.ts&#039;}}}});document.dispatchEvent(e);"></script>
<link href="{HOST}/dist/assets/{vendor}.js" rel="modulepreload" crossorigin>
<link href="{HOST}/dist/assets/{app.replace("app-", "app-css-")}.css" rel="stylesheet">
{_seomatic(article, url, desc, image, og_alt)}</head>
<body class="page page--article section--{sec_slug}" data-template="articles/_entry"><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7RQ2LM"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>

    <a class="skip-link" href="#main">تخطَّ إلى المحتوى</a>

    <header class="site-header" data-module="SiteHeader">
        <div class="site-header__bar">
            <div class="container">
                <p class="site-header__issue"><a href="{HOST}/issues/105">العدد الجديد: ديسمبر ٢٠٢٤</a></p>
            </div>
        </div>
        <div class="site-header__inner container">
            <button class="site-header__menu-toggle" type="button" aria-expanded="false" aria-controls="main-nav" data-menu-toggle>
                <span class="visually-hidden">القائمة</span>
                <svg class="icon icon--menu" aria-hidden="true"><use href="#icon-menu"></use></svg>
            </button>
            <a class="site-header__logo" href="{HOST}/">
                <img src="{HOST}/dist/images/riwaq-logo.svg" alt="{SITE}" width="186" height="60">
            </a>
            <nav class="main-nav" id="main-nav" aria-label="القائمة الرئيسية">
                <ul class="main-nav__list">
{nav}
                </ul>
            </nav>
            <div class="site-header__actions">
                <button class="site-header__search-toggle" type="button" data-search-toggle>
                    <svg class="icon icon--search" aria-hidden="true"><use href="#icon-search"></use></svg>
                    <span class="visually-hidden">بحث</span>
                </button>
                <a class="btn btn--subscribe" href="{HOST}/subscribe">اشترك في المجلة</a>
            </div>
        </div>
    </header>

    <main id="main" class="site-main">
        <div class="container container--article">
        <article class="article article--{sec_slug}" data-entry-id="{article.slug}" data-section="{sec_slug}" data-post-date="{int(moment.timestamp())}">
            <header class="article-header">
                <nav class="breadcrumbs" aria-label="مسار التنقل">
                    <ol class="breadcrumbs__list">
                        <li class="breadcrumbs__item"><a class="breadcrumbs__link" href="{HOST}/">الرئيسية</a></li>
                        <li class="breadcrumbs__item"><a class="breadcrumbs__link" href="{HOST}/{sec_slug}">{article.section}</a></li>
                    </ol>
                </nav>
                <a class="article-header__kicker" href="{HOST}/{sec_slug}">{article.section}</a>
                <h1 class="article-header__title">{e(article.headline)}</h1>{standfirst_html}
            <div class="article-meta">{byline}
                <time class="article-meta__date" datetime="{moment.isoformat()}">{shown}</time>
                <span class="article-meta__reading-time" data-words="{words}">{reading}</span>{update}
            </div>
            <div class="share-bar" data-module="ShareBar" data-share-url="{url}" data-share-title="{e(article.headline)}">
                <span class="share-bar__label">شارك المقال</span>
{share}
                <button class="share-bar__copy" type="button" data-copy-link="{url}"><span class="share-bar__copy-text">نسخ الرابط</span></button>
            </div>
            </header>

    <div class="article-body" data-neo-field="articleBody">
{_body(article, n)}
    </div>

            <footer class="article-footer">
                <div class="article-tags">
                    <h2 class="article-tags__label">الوسوم</h2>
                    <ul class="article-tags__list">
{tags}
                    </ul>
                </div>
{author_card}            </footer>
        </article>

        <aside class="sidebar" data-module="StickySidebar">
            <section class="most-read">
                <h2 class="most-read__title">الأكثر قراءة</h2>
                <ol class="most-read__list">
{most_html}
                </ol>
            </section>
        </aside>
        </div>

        <section class="read-next" aria-labelledby="read-next-title">
            <div class="container">
                <h2 class="read-next__title" id="read-next-title">اقرأ أيضًا</h2>
                <div class="read-next__grid">
{chr(10).join(card for card, _ in cards)}
                </div>
            </div>
        </section>
    </main>

    <section class="newsletter" id="newsletter" data-module="NewsletterForm">
        <div class="newsletter__inner container">
            <h2 class="newsletter__title">{NEWSLETTER[0]}</h2>
            <p class="newsletter__text">{NEWSLETTER[1]}</p>
            <form class="newsletter__form" method="post" action="" accept-charset="UTF-8">
                <input type="hidden" name="CRAFT_CSRF_TOKEN" value="{csrf}">
                <input type="hidden" name="action" value="campaign/forms/subscribe">
                <input type="hidden" name="redirect" value="{hashlib.sha256(b"riwaq-nl").hexdigest()}newsletter/thanks">
                <input type="hidden" name="mlid" value="{hashlib.md5(b"weekly").hexdigest()}">
                <label class="visually-hidden" for="newsletter-email">البريد الإلكتروني</label>
                <input class="newsletter__input" id="newsletter-email" type="email" name="email" placeholder="name@example.com" required>
                <button class="btn btn--primary newsletter__submit" type="submit">اشترك</button>
            </form>
            <p class="newsletter__note">{NEWSLETTER[4]}</p>
        </div>
    </section>

    <footer class="site-footer">
        <div class="site-footer__top container">
            <div class="site-footer__brand">
                <img src="{HOST}/dist/images/riwaq-logo-white.svg" alt="" width="140" height="45" loading="lazy">
                <p class="site-footer__about">{FOOTER_ABOUT}</p>
            </div>
{flists}
        </div>
        <div class="site-footer__bottom container">
            <p class="site-footer__copy">{FOOTER_END[0]}</p>
            <ul class="site-footer__legal">
                <li><a href="{HOST}/privacy">{FOOTER_END[1]}</a></li>
                <li><a href="{HOST}/terms">{FOOTER_END[2]}</a></li>
            </ul>
            <p class="site-footer__credit">تصميم وتطوير: <a href="https://nakhla-studio.example/" rel="noopener">Nakhla Studio</a></p>
        </div>
    </footer>

<script type="application/ld+json">{_graph(article, url, desc, image, modified)}</script></body>
</html>
"""
    return page
