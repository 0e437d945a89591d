"""A Jordanian daily on WordPress + Elementor Pro (Theme Builder single-post template): every
block is `elementor-section > elementor-container > elementor-column > elementor-widget-wrap >
elementor-widget > elementor-widget-container`, the header a nav-menu widget with today's date,
the story's widgets in turn: post-info (section, author, "12 مايو، 2024", time), the featured
image with its caption, `elementor-widget-theme-post-content` holding the text as `<p>`s with
an "اقرأ أيضاً" Elementor posts widget (an `[elementor-template]` shortcode the desk drops into
every story) after the second paragraph, then the share-buttons widget, the post's tags, an
author-box widget with the writer's bio ("أسرة التحرير" for agency copy), a related-posts grid,
the most-read sidebar, a Complianz cookie banner. Yoast writes the metas and a JSON-LD
`@graph` (WebPage, NewsArticle, Organization as publisher, Person as author)."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import MONTHS, Article, Page, e, rotate, weekday

NAME = "wp_newspaper_elementor"
HELD_OUT = True
SET = "unseen4"
FAMILY = "Jordanian daily on WordPress + Elementor Pro: widget-container nesting, Yoast @graph"
HOST = "https://alsaha-jo.example"
SITE = "الساحة الأردنية"
MENU = ("الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة", "مقالات", "فيديو",
        "كاريكاتير")
BIOS = {
    "ليث الخوالدة": "صحفي أردني يغطي ملفات المياه والطاقة والبنية التحتية منذ عام 2012.",
    "دانة العمري": "محررة اقتصادية تكتب عن السياحة والاستثمار وسوق العمل في الأردن.",
}
DESK = "أسرة التحرير"
DESK_BIO = "تقارير وأخبار تعدها أسرة تحرير الساحة الأردنية بالاستناد إلى وكالة الأنباء الأردنية (بترا) ومصادرها."
MOST_READ = (
    "لجنة تسعير المشتقات النفطية تقرر تثبيت أسعار البنزين للشهر المقبل",
    "الأرصاد: ارتفاع ملموس على درجات الحرارة وأجواء حارة في الأغوار والعقبة",
    "التربية تعلن موعد إعلان نتائج امتحان الثانوية العامة",
    "أمانة عمّان تبدأ تشغيل المرحلة الثانية من الباص السريع",
    "الضمان الاجتماعي: صرف رواتب المتقاعدين اعتباراً من الخميس",
    "النشامى يتأهلون إلى الدور الحاسم من تصفيات كأس العالم",
    "وزارة العمل تطلق منصة إلكترونية لتصاريح العمال الوافدين",
)
SHARE = ("فيسبوك", "X", "واتساب", "تيليغرام", "نسخ الرابط")
COOKIE = "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل الزيارات."
COOKIE_BUTTONS = ("قبول", "رفض", "عرض التفضيلات")
FOOTER_LINKS = ("من نحن", "أعلن معنا", "سياسة الخصوصية", "اتصل بنا")
FOOTER = f"جميع الحقوق محفوظة © 2024 {SITE}"
NEWSLETTER = "اشترك في نشرتنا اليومية ليصلك موجز أخبار الأردن كل صباح"


def shown_date(moment) -> str:  # Elementor post-info, WordPress "j F، Y" in Arabic
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def clock(moment) -> str:
    return f"{moment.hour % 12 or 12}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}"


def widget(eid: str, kind: str, inner: str, extra: str = "") -> str:
    return (f'<div class="elementor-element elementor-element-{eid} elementor-widget '
            f'elementor-widget-{kind}{extra}" data-id="{eid}" data-element_type="widget" '
            f'data-widget_type="{kind}.default">\n<div class="elementor-widget-container">\n'
            f"{inner}\n</div>\n</div>")


def section(eid: str, columns: list[tuple[str, int, str]], extra: str = "") -> str:
    cols = "\n".join(
        f'<div class="elementor-column elementor-col-{size} elementor-element elementor-element-{cid}" '
        f'data-id="{cid}" data-element_type="column">\n<div class="elementor-widget-wrap '
        f'elementor-element-populated">\n{inner}\n</div>\n</div>'
        for cid, size, inner in columns)
    return (f'<section class="elementor-section elementor-top-section elementor-element '
            f'elementor-element-{eid} elementor-section-boxed elementor-section-height-default{extra}" '
            f'data-id="{eid}" data-element_type="section">\n<div class="elementor-container '
            f'elementor-column-gap-default">\n{cols}\n</div>\n</section>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = 88410 + 517 * n
    url = f"{HOST}/{moment:%Y/%m/%d}/{article.slug}/"
    shown = shown_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    writer = article.author or DESK
    bio = BIOS.get(writer, DESK_BIO)
    byline = f"عمّان - {article.author}" if article.author else "عمّان - بترا"
    today = moment + timedelta(hours=2)
    top_date = f"{weekday(today)}، {shown_date(today)}"
    read_also = article.related[:2]
    related = article.related
    most = rotate(MOST_READ, n * 2, 5)
    updated = moment + timedelta(minutes=40 + 7 * n)
    page.add("التخطي إلى المحتوى", top_date, " ".join(MENU), "عاجل", article.section, byline, shown,
             clock(moment), article.caption, "اقرأ أيضاً", *read_also, "شارك الخبر", *SHARE,
             "الوسوم:", writer, bio, "عرض كل المقالات", "أخبار ذات صلة", *related,
             "الأكثر قراءة", *most, NEWSLETTER, "اشترك", COOKIE, *COOKIE_BUTTONS,
             " ".join(FOOTER_LINKS), FOOTER)
    paragraphs = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    read_also_items = "\n".join(
        f'<article class="elementor-post elementor-grid-item post-{post_id - 91 * (k + 1)} post type-post status-publish format-standard has-post-thumbnail category-{k + 2}">\n'
        f'<a class="elementor-post__thumbnail__link" href="{HOST}/{moment:%Y/%m}/read-{n}{k}/" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="169" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/ra-{n}{k}-300x169.jpg" class="attachment-medium size-medium wp-image-{post_id - 90 - k}" alt="" loading="lazy"></div></a>\n'
        f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{HOST}/{moment:%Y/%m}/read-{n}{k}/">{e(t)}</a></h3></div>\n</article>'
        for k, t in enumerate(read_also))
    read_also_html = (
        '<div data-elementor-type="section" data-elementor-id="4127" class="elementor elementor-4127" data-elementor-post-type="elementor_library">\n'
        + section("3c1d2e7", [("7a0b11c", 100, widget("5d2e0f4", "heading", '<h4 class="elementor-heading-title elementor-size-default">اقرأ أيضاً</h4>')
                                   + "\n" + widget("2b9e6a1", "posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">\n{read_also_items}\n</div>', " elementor-grid-2"))],
                  " elementor-inner-section")
        + "\n</div>")
    paragraphs.insert(2, read_also_html)
    content = "\n".join(paragraphs)
    menu = "\n".join(
        f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{3100 + k}{" current-post-ancestor" if label == article.section else ""}"><a href="{HOST}/{"" if k == 0 else f"category/sec-{k}/"}" class="elementor-item">{label}</a></li>'
        for k, label in enumerate(MENU))
    share = "\n".join(
        f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{slug}" role="button" tabindex="0" aria-label="مشاركة على {label}"><span class="elementor-share-btn__icon"><i class="fab fa-{slug}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{label}</span></div></div></div>'
        for slug, label in zip(("facebook", "x-twitter", "whatsapp", "telegram", "link"), SHARE, strict=True))
    tags = ", ".join(f'<a href="{HOST}/tag/{e(t)}/" rel="tag">{e(t)}</a>' for t in article.tags)
    related_html = "\n".join(
        f'<article class="elementor-post elementor-grid-item post-{post_id - 300 - k}"><a class="elementor-post__thumbnail__link" href="{HOST}/{moment:%Y/%m}/rel-{n}{k}/"><div class="elementor-post__thumbnail"><img width="300" height="169" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/rel-{n}{k}-300x169.jpg" alt="" loading="lazy"></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{HOST}/{moment:%Y/%m}/rel-{n}{k}/">{e(t)}</a></h3></div></article>'
        for k, t in enumerate(related))
    most_html = "\n".join(
        f'<article class="elementor-post elementor-grid-item"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{HOST}/{moment:%Y/%m}/most-{n}{k}/">{e(t)}</a></h3></div></article>'
        for k, t in enumerate(most))
    author_slug = f"writer-{n}"
    person_id = f"{HOST}/#/schema/person/{9000 + n}ab3f"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": person_id}, "headline": article.headline,
         "datePublished": article.published, "dateModified": updated.isoformat(),
         "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()),
         "publisher": {"@id": f"{HOST}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg",
         "keywords": list(article.tags), "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": article.published,
         "dateModified": updated.isoformat(), "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "ar"},
        {"@type": "ImageObject", "inLanguage": "ar", "@id": f"{url}#primaryimage",
         "url": f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg", "width": 1200,
         "height": 675, "caption": article.caption},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/",
         "logo": {"@type": "ImageObject", "url": f"{HOST}/wp-content/uploads/2023/01/logo.png"},
         "sameAs": ["https://www.facebook.com/alsahajo", "https://x.com/alsahajo"]},
        {"@type": "Person", "@id": person_id, "name": writer, "description": bio,
         "url": f"{HOST}/author/{author_slug}/"}]}
    header = section("6f1a2b3", [
        ("1e2f3a4", 25, widget("4b5c6d7", "image", f'<a href="{HOST}/"><img width="220" height="60" src="{HOST}/wp-content/uploads/2023/01/logo.png" alt="{SITE}"></a>')),
        ("8c9d0e1", 50, widget("2a3b4c5", "nav-menu", f'<nav class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal"><ul id="menu-1-2a3b4c5" class="elementor-nav-menu">\n{menu}\n</ul></nav>')),
        ("6d7e8f9", 25, widget("0a1b2c3", "text-editor", f"<span class=\"top-date\">{top_date}</span>") + "\n"
         + widget("5e6f7a8", "search-form", '<form class="elementor-search-form" role="search" action="/" method="get"><input placeholder="بحث" class="elementor-search-form__input" type="search" name="s" value=""></form>'))])
    ticker = section("9a8b7c6", [("3d4e5f6", 100, widget("7f8e9d0", "heading", f'<span class="elementor-heading-title">عاجل</span> <a href="{HOST}/?p={post_id + 5}">{e(most[0])}</a>'))], " breaking-bar")
    info = (f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n'
            f'<li class="elementor-icon-list-item elementor-repeater-item-a1 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="{HOST}/category/sec/" class="elementor-post-info__terms-list-item">{e(article.section)}</a></span></span></li>\n'
            f'<li class="elementor-icon-list-item elementor-repeater-item-b2 elementor-inline-item" itemprop="author"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{e(byline)}</span></li>\n'
            f'<li class="elementor-icon-list-item elementor-repeater-item-c3 elementor-inline-item" itemprop="datePublished"><a href="{HOST}/{moment:%Y/%m/%d}/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{shown}</time></span></a></li>\n'
            f'<li class="elementor-icon-list-item elementor-repeater-item-d4 elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{clock(moment)}</time></span></li>\n</ul>')
    featured = (f'<figure class="wp-caption"><img width="1200" height="675" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg" class="attachment-full size-full wp-image-{post_id + 1}" alt="{e(article.caption)}"><figcaption class="widget-image-caption wp-caption-text">{e(article.caption)}</figcaption></figure>')
    author_box = (f'<div class="elementor-author-box"><a href="{HOST}/author/{author_slug}/" class="elementor-author-box__avatar"><img src="https://secure.gravatar.com/avatar/{n}f3a9?s=300&amp;d=mm&amp;r=g" alt="{e(writer)}" loading="lazy"></a>'
                  f'<div class="elementor-author-box__text"><a href="{HOST}/author/{author_slug}/"><h4 class="elementor-author-box__name">{e(writer)}</h4></a><div class="elementor-author-box__bio"><p>{e(bio)}</p></div>'
                  f'<a class="elementor-author-box__button elementor-button elementor-size-xs" href="{HOST}/author/{author_slug}/">عرض كل المقالات</a></div></div>')
    main = section("1b2c3d4", [
        ("5e6f7a8", 66,
         widget("a1b2c3d", "heading", f'<h1 class="elementor-heading-title elementor-size-default">{e(article.headline)}</h1>', " elementor-widget-theme-post-title") + "\n"
         + widget("b2c3d4e", "post-info", info) + "\n"
         + widget("c3d4e5f", "theme-post-featured-image", featured, " elementor-widget-image") + "\n"
         + widget("d4e5f6a", "theme-post-content", content) + "\n"
         + widget("e5f6a7b", "share-buttons", f'<div class="elementor-share-label">شارك الخبر</div><div class="elementor-grid">\n{share}\n</div>') + "\n"
         + widget("f6a7b8c", "post-info", f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">الوسوم:</span> <span class="elementor-post-info__terms-list">{tags}</span></span></li></ul>') + "\n"
         + widget("a7b8c9d", "author-box", author_box) + "\n"
         + widget("b8c9d0e", "heading", '<h3 class="elementor-heading-title elementor-size-default">أخبار ذات صلة</h3>') + "\n"
         + widget("c9d0e1f", "posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">\n{related_html}\n</div>', " elementor-grid-3")),
        ("d0e1f2a", 33,
         widget("e1f2a3b", "heading", '<h3 class="elementor-heading-title elementor-size-default">الأكثر قراءة</h3>') + "\n"
         + widget("f2a3b4c", "posts", f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic">\n{most_html}\n</div>') + "\n"
         + widget("a3b4c5d", "form", f'<p class="newsletter-intro">{NEWSLETTER}</p><form class="elementor-form" method="post" name="newsletter"><input type="email" name="form_fields[email]" placeholder="البريد الإلكتروني"><button type="submit" class="elementor-button"><span class="elementor-button-text">اشترك</span></button></form>'))])
    footer = section("4d5e6f7", [("8a9b0c1", 100, widget("2d3e4f5", "nav-menu", '<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">'
                                                           + " ".join(f'<li class="menu-item"><a href="{HOST}/page-{k}/" class="elementor-item">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))
                                                           + "</ul></nav>") + "\n"
                                    + widget("6a7b8c9", "text-editor", f"<p>{FOOTER}</p>"))])
    page.html = f"""<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} - {SITE}</title>
<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{e(article.lead[:155])}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/alsahajo" />
<meta property="article:published_time" content="{article.published}" />
<meta property="article:modified_time" content="{updated.isoformat()}" />
<meta property="og:image" content="{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg" />
<meta name="author" content="{e(writer)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{e(writer)}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='elementor-frontend-css' href='{HOST}/wp-content/plugins/elementor/assets/css/frontend-rtl.min.css?ver=3.21.4' media='all' />
<link rel='stylesheet' id='elementor-post-4127-css' href='{HOST}/wp-content/uploads/elementor/css/post-4127.css?ver=1715001122' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='{HOST}/wp-content/plugins/elementor-pro/assets/css/frontend-rtl.min.css?ver=3.21.2' media='all' />
<link rel='stylesheet' id='hello-elementor-css' href='{HOST}/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-3980">
<a class="skip-link screen-reader-text" href="#content">التخطي إلى المحتوى</a>
<div data-elementor-type="header" data-elementor-id="3961" class="elementor elementor-3961 elementor-location-header" data-elementor-post-type="elementor_library">
{header}
{ticker}
</div>
<div data-elementor-type="single-post" data-elementor-id="3980" class="elementor elementor-3980 elementor-location-single post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry" data-elementor-post-type="elementor_library">
{main}
</div>
<div data-elementor-type="footer" data-elementor-id="3972" class="elementor elementor-3972 elementor-location-footer" data-elementor-post-type="elementor_library">
{footer}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-message">{COOKIE}</div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">{COOKIE_BUTTONS[0]}</button> <button class="cmplz-btn cmplz-deny">{COOKIE_BUTTONS[1]}</button> <button class="cmplz-btn cmplz-view-preferences">{COOKIE_BUTTONS[2]}</button></div>
</div></div>
<script src='{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false}},"is_rtl":true,"post":{{"id":{post_id},"title":"{e(article.headline)}","excerpt":""}}}};</script>
<script src='{HOST}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script>
</body>
</html>
"""
    return page
