"""The news pages ("الأخبار") of an Omani environmental NGO, "جمعية صون البيئة العُمانية",
built on Zoho Sites: blog posts at `/blogs/post/<slug>` as Zoho's page builder serves them.
The head: `<title>` "headline | site", description and keywords meta, og/twitter meta, the
canonical link, the blog RSS link, the `zsite-core` and `/template/<id>/dist/css/` theme
bundles (RTL), `webfonts.zoho.com`, the `window.zs_*` boot script and Zoho's
`schemagenerator` BlogPosting JSON-LD (`datePublished` in UTC, `Z`). The body: the skip link
(`theme-skip-to-needed-content`), the header container
(`zpheader-style-01 theme-header-fixed`, `data-headercontainer`): the dark `theme-header-topbar`
with phone and e-mail, `theme-branding-info` with the logo and site name, the
`theme-navigation-and-icons` menu (`theme-menu-item` / `theme-menu-name`, the news item
`theme-menu-selected`), the responsive burger. `theme-content-area` >
`theme-blog-container theme-post-active`: `theme-blog-area` with the
`theme-blog-breadcrumbs`, `theme-blog-part theme-blog-post-header-area` (`h1.theme-blog-heading`,
`theme-blog-author-date-container` with the author avatar, "بواسطة <name>" and
`theme-blog-date` in Zoho's blog format "dd.MM.yy hh:mm ص/م" in Muscat time, +04:00), then
`theme-blog-part theme-blog-post-content` > `zpcontent-container blogpost-container` with the
builder's markup: `zpsection` > `zpcontainer` > `zprow` > `zpelem-col` > `zpelement`
(`zpelem-text` with `zptext` paragraphs, `zpelem-heading`, `zpelem-image` with
`zpimage-caption`, `zpelem-video`), each with its `data-element-id="elm_..."` and empty
per-element `<style>`. Then `theme-blog-part theme-blog-post-footer-area`
(`theme-blog-category` "الفئة:", `theme-blog-tag` "الوسوم:", `theme-blog-share` "شارك المنشور"
with icon links), `theme-blog-post-navigation` ("المنشور السابق" / "المنشور التالي"),
the `zpsection theme-single-blog-comment-container` (comments and the comment form) and the
`theme-sidebar-area` (`zpcontent-container sidebar-container`: search, "المنشورات الأخيرة",
"الفئات" with counts, the `theme-blog-rss-feed` link). The footer
`theme-footer-area zpdark-section` holds builder sections: about text, contact lines, a
newsletter `zpelem-form`, `zpelem-sociallinks` and the copyright row.

Page 1: a writer's field report, an in-text image with its caption (chrome) after the
second paragraph, a `zpelem-heading` subheading (text), two comments. Page 2: the media
office's announcement (no writer in the spec; the account name "المكتب الإعلامي" shows as
author) at 01:40 Muscat time, so the JSON-LD UTC instant falls on the day before the shown
date; no image, no comments yet. Page 3: a writer's report with a quote the text introduces
(a `<blockquote>` in the text element, text) and a `zpelem-video` YouTube embed with a
"فيديو:" caption line under it (chrome), one comment. Every line outside the story's
paragraphs is chrome."""

from __future__ import annotations

import hashlib
import json
from base64 import urlsafe_b64encode
from datetime import UTC, timedelta

from .base import Article, Page, e

NAME = "zoho_sites_blog"
HELD_OUT = True
SET = "unseen31"
FAMILY = ("Zoho Sites blog post of an Omani environmental NGO: theme-header topbar/menu, "
          "theme-blog-post-header-area (author, dd.MM.yy date), blogpost-container with "
          "zpsection/zprow/zpcolumn/zpelement builder markup, footer-area categories/tags/share, "
          "post navigation, comments, sidebar recent posts, Zoho footer sections")
HOST = "https://zoho-oman-bia.example"
SITE = "جمعية صون البيئة العُمانية"
TEMPLATE = "/template/8f41c2d7a9e6b3f0c5d1e7a2b4c9f6e3"
ZCDN = "https://static.zohocdn.com/sites"
MENU = (("/", "الرئيسية"), ("/about-us", "من نحن"), ("/programs", "برامجنا"),
        ("/blogs", "الأخبار"), ("/volunteer", "تطوع معنا"), ("/contact-us", "اتصل بنا"))
SECTION_SLUG = {"الحياة الفطرية": "wildlife", "أخبار الجمعية": "society-news",
                "المحميات الطبيعية": "nature-reserves"}
CATEGORIES = (("أخبار الجمعية", 31), ("الحياة الفطرية", 18), ("المحميات الطبيعية", 12),
              ("التوعية البيئية", 22), ("تقارير ودراسات", 7))
WRITERS = {"مريم بنت سالم الحارثية": "maryam-alharthi", "خالد بن حمد البلوشي": "khalid-albalushi"}
DESK = "المكتب الإعلامي"
TOPBAR = ("+968 2456 7810", "info@sawn-oman.example")
HEADING = {1: 2}  # page -> index (lead = 0) of the paragraph set as a zpelem-heading
IMAGE = {1: 1}  # page -> index after which the image element stands
QUOTE = {3: 4}  # page -> index of the paragraph set as a blockquote
VIDEO = {3: (5, "Qm7rT2vLw9A", "فيديو: لقطات من يومي الغرس في محمية القرم الطبيعية")}
PREV_NEXT = {
    1: ("الجمعية تطلق مسحا للدلافين في بحر عُمان", "ورشة لطلبة المدارس حول حماية الشعاب المرجانية"),
    2: ("كيف تفرز نفاياتك المنزلية؟ خمس خطوات بسيطة", "يوم مفتوح للأسر في مشتل الجمعية بالعامرات"),
    3: ("الطيور المهاجرة تعود إلى خور الملح مع بداية الشتاء", ""),
}
COMMENTS = {
    1: (("أحمد الغيلاني", 260, "شكرا لجهود المتطوعين، كيف يمكن الانضمام إلى الدوريات الليلية؟"),
        ("سلمى العامرية", 1510, "زرنا رأس الجنز الأسبوع الماضي وكانت التجربة منظمة ورائعة.")),
    2: (),
    3: (("يوسف الكندي", 95, "مبادرة تستحق الدعم، نتمنى أن تشمل خور صلالة أيضا."),),
}
FORM = ("اترك تعليقا", "الاسم *", "البريد الإلكتروني *", "التعليق *", "إرسال التعليق")
ABOUT = ("جمعية أهلية غير ربحية تعمل منذ 2009 على صون التنوع الحيوي والسواحل والمحميات "
         "في سلطنة عُمان بالتعاون مع المتطوعين والمؤسسات.")
ADDRESS = "مسقط، سلطنة عُمان - ص.ب 1420، الرمز البريدي 130"
NEWSLETTER = "اشترك في نشرتنا الشهرية لتصلك أخبار البرامج وأيام التطوع."
SOCIAL = (("twitter", "https://x.com/sawn_oman"), ("instagram", "https://instagram.com/sawn.oman"),
          ("youtube", "https://youtube.com/@sawnoman"))


def _id(*parts: object) -> str:
    """A Zoho builder element id: "elm_" and 22 url-safe base64 characters."""
    digest = hashlib.sha1("/".join(map(str, parts)).encode()).digest()
    return "elm_" + urlsafe_b64encode(digest).decode()[:22]


def _date(moment) -> str:
    """Zoho's blog date "dd.MM.yy hh:mm a", with the Arabic AM/PM marks, in Muscat time."""
    hour = moment.hour % 12 or 12
    return f"{moment:%d.%m.%y} {hour:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _wrap(key: str, inner: str, cls: str = "") -> str:
    """One builder section > container > row > full-width column around `inner`."""
    return (f'<div data-element-id="{_id(key, "s")}" data-element-type="section" class="zpsection {cls}"><style type="text/css"></style><div class="zpcontainer-fluid zpcontainer"><div data-element-id="{_id(key, "r")}" data-element-type="row" class="zprow zprow-container zpalign-items- zpjustify-content- " data-equal-column=""><style type="text/css"></style><div data-element-id="{_id(key, "c")}" data-element-type="column" class="zpelem-col zpcol-12 zpcol-md-12 zpcol-sm-12 zpalign-self- "><style type="text/css"></style>{inner}</div>\n</div></div></div>')


def _text(key: str, html: str) -> str:
    return (f'<div data-element-id="{_id(key, "t")}" data-element-type="text" class="zpelement zpelem-text "><style></style><div class="zptext zptext-align-right " data-editor="true">{html}</div>\n</div>')


def _story(article: Article, n: int, slug: str, page: Page) -> str:
    paras = (article.lead, *article.paragraphs)
    elements: list[str] = []
    run: list[str] = []

    def flush(k: int) -> None:
        if run:
            elements.append(_text(f"{slug}{k}", "".join(run)))
            run.clear()

    for k, para in enumerate(paras):
        if HEADING.get(n) == k:
            flush(k)
            elements.append(f'<div data-element-id="{_id(slug, k, "h")}" data-element-type="heading" class="zpelement zpelem-heading "><style></style><h2 class="zpheading zpheading-style-none zpheading-align-right " data-editor="true">{e(para)}</h2></div>')
            continue
        if QUOTE.get(n) == k:
            run.append(f'<blockquote style="border-right:3px solid #2e7d4f;padding-right:12px;"><p><span style="font-style:italic;">{e(para)}</span></p></blockquote>')
        else:
            run.append(f"<p>{e(para)}</p>")
        if IMAGE.get(n) == k:
            flush(k)
            page.add(article.caption)
            elements.append(f'<div data-element-id="{_id(slug, k, "i")}" data-element-type="image" class="zpelement zpelem-image "><style> @media (min-width: 992px) {{ [data-element-id="{_id(slug, k, "i")}"] .zpimage-container figure img {{ width: 800px ; height: 533px ; }} }} </style><div data-caption-color="" data-size-tablet="" data-size-mobile="" data-align="center" data-tablet-image-separate="false" data-mobile-image-separate="false" class="zpimage-container zpimage-align-center zpimage-size-fit zpimage-tablet-fallback-fit zpimage-mobile-fallback-fit hb-lightbox " data-lightbox-options="\n                type:fullscreen,\n                theme:dark"><figure role="none" class="zpimage-data-ref"><span class="zpimage-anchor" role="link" tabindex="0" aria-label="Open Lightbox" style="cursor:pointer;"><picture><img class="zpimage zpimage-style-none zpimage-space-none " src="/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/{slug}-1.jpg" width="800" height="533" loading="lazy" size="fit" alt="{e(article.caption)}" data-lightbox="true"/></picture></span><figcaption class="zpimage-caption zpimage-caption-align-center"><span class="zpimage-caption-content">{e(article.caption)}</span></figcaption></figure></div>\n</div>')
        if n in VIDEO and VIDEO[n][0] == k:
            flush(k)
            _, vid, cap = VIDEO[n]
            page.add(cap)
            elements.append(f'<div data-element-id="{_id(slug, k, "v")}" data-element-type="video" class="zpelement zpelem-video "><style></style><div class="zpvideo-container zpiframe-align-center zpiframe-mobile-align-center zpiframe-tablet-align-center "><iframe class="zpvideo " width="560" height="315" src="//www.youtube.com/embed/{vid}?enablejsapi=1&amp;rel=0" frameborder="0" allowfullscreen id="video"></iframe></div>\n</div>')
            elements.append(f'<div data-element-id="{_id(slug, k, "vc")}" data-element-type="text" class="zpelement zpelem-text "><style></style><div class="zptext zptext-align-center " data-editor="true"><p><span style="font-size:13px;color:rgb(110, 110, 110);">{e(cap)}</span></p></div>\n</div>')
    flush(len(paras))
    return _wrap(slug, "".join(elements))


def _menu() -> str:
    items = []
    for href, label in MENU:
        sel = " theme-menu-selected" if href == "/blogs" else ""
        items.append(f'<li class="theme-menu-item{sel}" data-zp-nonresponsive-container="mymenu1"><a href="{href}" target="_self"><span class="theme-menu-content "><span class="theme-menu-name" data-theme-menu-name="{label}">{label}</span></span></a></li>')
    return "".join(items)


def _comments(article: Article, n: int, page: Page) -> str:
    items = []
    for k, (who, minutes, text) in enumerate(COMMENTS[n]):
        when = article.moment + timedelta(minutes=minutes)
        stamp = _date(when)
        page.add(who, stamp, text, "رد")
        items.append(f'<li class="theme-blog-comment-item" data-comment-id="{7310000000412 + 17 * n + k}"><div class="theme-blog-comment-author-img"><img src="{ZCDN}/images/comment-user.png" alt=""></div><div class="theme-blog-comment-data"><div class="theme-blog-comment-author-info"><span class="theme-blog-comment-author">{e(who)}</span><span class="theme-blog-comment-date">{stamp}</span></div><div class="theme-blog-comment-text">{e(text)}</div><a href="javascript:;" class="theme-blog-comment-reply" data-zs-comment-reply>رد</a></div></li>')
    count = len(items)
    title = f"التعليقات ({count})"
    page.add(title)
    listing = (f'<ul class="theme-blog-comment-list">{"".join(items)}</ul>' if items else
               '<div class="theme-blog-no-comment">لا توجد تعليقات بعد. كن أول من يعلق.</div>')
    if not items:
        page.add("لا توجد تعليقات بعد. كن أول من يعلق.")
    page.add(*FORM)
    form = (f'<form class="theme-blog-comment-form" data-zs-blog-comment-form><h4 class="theme-blog-comment-form-heading">{FORM[0]}</h4><div class="zpform-field"><label for="zs-comment-name">{FORM[1]}</label><input type="text" id="zs-comment-name" name="name" required></div><div class="zpform-field"><label for="zs-comment-email">{FORM[2]}</label><input type="email" id="zs-comment-email" name="email" required></div><div class="zpform-field"><label for="zs-comment-text">{FORM[3]}</label><textarea id="zs-comment-text" name="comment" rows="5" required></textarea></div><div class="zpform-button"><button type="submit" class="theme-blog-comment-submit zpbutton">{FORM[4]}</button></div></form>')
    return (f'<div data-element-type="section" class="zpsection theme-single-blog-comment-container"><div class="zpcontainer"><h3 class="theme-blog-comment-heading">{title}</h3>{listing}{form}</div></div>')


def render(article: Article, n: int) -> Page:
    slug = article.slug
    url = f"{HOST}/blogs/post/{slug}"
    page = Page(url=url, html="")
    moment = article.moment
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    shown = _date(moment)
    page.shown_date = shown
    writer = article.author or DESK
    wslug = WRITERS.get(writer, "media-office")
    sec = article.section
    sec_slug = SECTION_SLUG[sec]
    desc = article.lead[:150]
    image = f"{HOST}/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/{slug}-1.jpg" if n == 1 else f"{HOST}/files/sawn-share-{n}.jpg"

    page.add("تخطي إلى المحتوى الرئيسي", *TOPBAR, SITE, *(label for _, label in MENU))
    page.add("الأخبار", sec)  # breadcrumbs: "الأخبار" › section › headline
    page.add(f"بواسطة {writer}", writer, shown)
    page.add("الفئة:", "الوسوم:", *article.tags, "شارك المنشور")
    prev, nxt = PREV_NEXT[n]
    page.add("المنشور السابق", prev)
    if nxt:
        page.add("المنشور التالي", nxt)
    page.add("بحث", "المنشورات الأخيرة", *article.related, "الفئات",
             *(f"{name} ({k})" for name, k in CATEGORIES), "اشترك في خلاصة RSS")
    page.add("عن الجمعية", ABOUT, "تواصل معنا", ADDRESS, *TOPBAR, "النشرة البريدية",
             NEWSLETTER, "اشترك", "تابعنا",
             f"© {moment.year} {SITE}. جميع الحقوق محفوظة.", "سياسة الخصوصية", "شروط الاستخدام")

    story = _story(article, n, slug, page)
    comments = _comments(article, n, page)
    schema = {"@context": "https://schema.org", "@type": "BlogPosting",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "headline": article.headline, "description": desc, "image": [image],
              "author": {"@type": "Person", "name": writer},
              "publisher": {"@type": "Organization", "name": SITE,
                            "logo": {"@type": "ImageObject", "url": f"{HOST}/files/sawn-logo.png"}},
              "datePublished": utc, "dateModified": utc,
              "keywords": ", ".join(article.tags), "articleSection": sec}
    tags = ", ".join(f'<a href="/blogs/tag/{e(t)}" class="theme-blog-tag-link">{e(t)}</a>' for t in article.tags)
    share = "".join(f'<li class="theme-blog-share-item"><a href="{href}{url}" target="_blank" rel="noopener" aria-label="{net}" data-zs-share="{net}"><svg class="zpsocial-icon" viewBox="0 0 32 32" aria-hidden="true"><use xlink:href="#zs-{net}"></use></svg></a></li>'
                    for net, href in (("facebook", "https://www.facebook.com/sharer/sharer.php?u="),
                                      ("twitter", "https://twitter.com/intent/tweet?url="),
                                      ("linkedin", "https://www.linkedin.com/shareArticle?url="),
                                      ("whatsapp", "https://api.whatsapp.com/send?text=")))
    nav_prev = f'<div class="theme-blog-post-prev"><a href="/blogs/post/prev-{n}"><span class="theme-blog-post-nav-label">المنشور السابق</span><span class="theme-blog-post-nav-title">{e(prev)}</span></a></div>'
    nav_next = (f'<div class="theme-blog-post-next"><a href="/blogs/post/next-{n}"><span class="theme-blog-post-nav-label">المنشور التالي</span><span class="theme-blog-post-nav-title">{e(nxt)}</span></a></div>'
                if nxt else '<div class="theme-blog-post-next"></div>')
    recent = "".join(f'<li class="theme-blog-recent-post"><a href="/blogs/post/recent-{n}-{k}">{e(t)}</a></li>' for k, t in enumerate(article.related))
    cats = "".join(f'<li><a href="/blogs/{SECTION_SLUG.get(name, "c" + str(k))}">{name} ({k})</a></li>' for name, k in CATEGORIES)
    social = "".join(f'<li class="zpsocial-item"><a href="{href}" target="_blank" rel="noopener" aria-label="{net}"><svg class="zpsocial-icon" viewBox="0 0 32 32" aria-hidden="true"><use xlink:href="#zs-{net}"></use></svg></a></li>' for net, href in SOCIAL)
    footer = "".join((
        _wrap("f-about", f'<div data-element-id="{_id("f-about", "h")}" data-element-type="heading" class="zpelement zpelem-heading "><style></style><h4 class="zpheading zpheading-style-none zpheading-align-right " data-editor="true">عن الجمعية</h4></div>' + _text("f-about", f"<p>{ABOUT}</p>"), "zpdefault-section zpdefault-section-bg "),
        _wrap("f-contact", f'<div data-element-id="{_id("f-contact", "h")}" data-element-type="heading" class="zpelement zpelem-heading "><style></style><h4 class="zpheading zpheading-style-none zpheading-align-right " data-editor="true">تواصل معنا</h4></div>' + _text("f-contact", f"<p>{ADDRESS}</p><p>{TOPBAR[0]}</p><p>{TOPBAR[1]}</p>"), "zpdefault-section zpdefault-section-bg "),
        _wrap("f-news", f'<div data-element-id="{_id("f-news", "h")}" data-element-type="heading" class="zpelement zpelem-heading "><style></style><h4 class="zpheading zpheading-style-none zpheading-align-right " data-editor="true">النشرة البريدية</h4></div>' + _text("f-news", f"<p>{NEWSLETTER}</p>") + f'<div data-element-id="{_id("f-news", "form")}" data-element-type="form" class="zpelement zpelem-form "><style></style><div class="zpform-container"><form name="newsletter" method="POST" action="/zs-site/forms/submit" class="zpform zpform-topalign"><div class="zpform-field-container"><input type="email" name="Email" placeholder="البريد الإلكتروني" aria-label="البريد الإلكتروني"></div><div class="zpform-button-container"><button type="submit" class="zpbutton zpbutton-type-primary zpbutton-size-md">اشترك</button></div></form></div></div>', "zpdefault-section zpdefault-section-bg "),
        _wrap("f-social", f'<div data-element-id="{_id("f-social", "h")}" data-element-type="heading" class="zpelement zpelem-heading "><style></style><h4 class="zpheading zpheading-style-none zpheading-align-center " data-editor="true">تابعنا</h4></div><div data-element-id="{_id("f-social", "l")}" data-element-type="socialLinks" class="zpelement zpelem-sociallinks "><style></style><div class="zpsocial-container zpsocial-align-center"><ul class="zpsocial-list">{social}</ul></div></div>', "zpdefault-section zpdefault-section-bg "),
        _wrap("f-copy", _text("f-copy", f'<p style="text-align:center;">© {moment.year} {SITE}. جميع الحقوق محفوظة.</p><p style="text-align:center;"><a href="/privacy-policy">سياسة الخصوصية</a> | <a href="/terms">شروط الاستخدام</a></p>'), "zpdefault-section zpdefault-section-bg "),
    ))
    og_image = f'\n<meta property="og:image" content="{image}">\n<meta name="twitter:image" content="{image}">' if n != 2 else ""
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0"><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(article.headline)} | {SITE}</title><meta name="description" content="{e(desc)}"><meta name="keywords" content="{e(", ".join(article.tags))}">
<meta property="og:type" content="article"><meta property="og:site_name" content="{SITE}"><meta property="og:title" content="{e(article.headline)}"><meta property="og:description" content="{e(desc)}"><meta property="og:url" content="{url}">{og_image}
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{e(article.headline)}"><meta name="twitter:description" content="{e(desc)}">
<link href="/favicon.png" rel="shortcut icon" type="image/x-icon"><link rel="canonical" href="{url}"><link rel="alternate" type="application/rss+xml" title="{SITE} - الأخبار" href="{HOST}/blogs/feed">
<link rel="preconnect" href="https://static.zohocdn.com"><link href="https://webfonts.zoho.com/css?family=Noto Kufi Arabic:400,700/Cairo:400,600&amp;display=swap" rel="stylesheet" type="text/css">
<link href="{ZCDN}/zsite-core/css/zsite-core-rtl.min.css" rel="stylesheet" type="text/css"><link href="{TEMPLATE}/dist/css/theme-style-rtl.css" rel="stylesheet" type="text/css"><link href="{TEMPLATE}/dist/css/theme-blog-rtl.css" rel="stylesheet" type="text/css"><link href="/zs-customcss.css" rel="stylesheet" type="text/css">
<script>window.zs_content_format="0";window.zs_resource_url="/blogs/post/{slug}";window.zs_resource_type="blogpost";window.isDefaultLogo=false;window.zs_site_resource_id="7310000000{1180 + n}";window.zs_site_lang="ar";</script>
<script type="application/ld+json" id="schemagenerator">{json.dumps(schema, ensure_ascii=False)}</script>
</head><body data-zs-home="false" data-zs-site-lang="ar" data-zs-display-mode="default"><div class="theme-skip-to-needed-content"><a href="#theme-content-area" tabindex="0">تخطي إلى المحتوى الرئيسي</a></div>
<div data-headercontainer="zptheme-data-headercontainer" data-zs-mobile-headerstyle="01" class="zpheader-style-01 theme-header-fixed theme-mobile-header-style-01"><div class="theme-header-topbar zpdark-section zpdark-section-bg"><div class="zpcontainer"><div class="theme-topbar-info"><span class="theme-topbar-phone"><a href="tel:{TOPBAR[0].replace(" ", "")}">{TOPBAR[0]}</a></span><span class="theme-topbar-email"><a href="mailto:{TOPBAR[1]}">{TOPBAR[1]}</a></span></div></div></div>
<div class="theme-header" data-zs-sticky-header><div class="zpcontainer"><div data-zp-theme-branding-info class="theme-branding-info"><div class="theme-logo-parent"><a href="/"><picture><img src="/files/sawn-logo.png" alt="{SITE}" height="64" width="64" style="height:64px;width:64px;"></picture></a></div><div class="theme-site-name"><a href="/">{SITE}</a></div></div>
<div class="theme-navigation-and-icons"><div class="theme-navigation-area" data-zp-theme-menu="id: mymenu1; active: theme-menu-selected; maxitem:6; position: right; orientation: horizontal; submenu: theme-sub-menu; moremenu: true; nonresponsive-icon-el: theme-non-responsive-menu; responsive-icon-el: theme-responsive-menu; burger-close-icon: theme-close-icon; animate-open: theme-toggle-animate; animate-close: theme-toggle-animate-end"><div class="theme-menu-area" data-zp-nonresponsive-container="mymenu1"><ul class="theme-menu" data-zs-menu-container>{_menu()}</ul></div>
<div class="theme-responsive-menu-area theme-navigation-and-icons-responsive" data-zp-burger-clickable-area="mymenu1"><span class="theme-burger-icon" data-zp-theme-burger-icon="mymenu1"></span></div></div></div></div></div></div>
<div data-theme-content-container class="theme-content-area" id="theme-content-area"><div class="theme-blog-container theme-post-active"><div class="zpcontainer"><div class="zprow">
<div class="theme-blog-area zpcol-md-8 zpcol-sm-12" data-blog-post-id="7310000000{2200 + n}">
<div class="theme-blog-breadcrumbs"><a href="/blogs">الأخبار</a><span class="theme-blog-breadcrumb-separator">›</span><a href="/blogs/{sec_slug}">{sec}</a><span class="theme-blog-breadcrumb-separator">›</span><span class="theme-blog-breadcrumb-current">{e(article.headline)}</span></div>
<div class="theme-blog-part theme-blog-post-header-area"><div class="theme-blog-heading-container"><h1 class="theme-blog-heading">{e(article.headline)}</h1></div>
<div class="theme-blog-author-date-container"><div class="theme-blog-author-img"><img src="/blogs/author/{wslug}/avatar.png" alt="{e(writer)}" width="40" height="40"></div><div class="theme-blog-author-date"><span class="theme-blog-author">بواسطة <a href="/blogs/author/{wslug}" data-zs-author-name>{e(writer)}</a></span><span class="theme-blog-separator">|</span><span class="theme-blog-date">{shown}</span></div></div></div>
<div class="theme-blog-part theme-blog-post-content"><div class="zpcontent-container blogpost-container ">{story}</div></div>
<div class="theme-blog-part theme-blog-post-footer-area"><div class="theme-blog-category-tag-area"><div class="theme-blog-category"><span class="theme-blog-category-label">الفئة:</span> <a href="/blogs/{sec_slug}">{sec}</a></div><div class="theme-blog-tag"><span class="theme-blog-tag-label">الوسوم:</span> {tags}</div></div>
<div class="theme-blog-share"><span class="theme-blog-share-label">شارك المنشور</span><ul class="theme-blog-share-list">{share}</ul></div></div>
<div class="theme-blog-post-navigation">{nav_prev}{nav_next}</div>
{comments}
</div>
<div data-theme-sidebar-mobile-content-container class="theme-sidebar-area zpcol-md-4 zpcol-sm-12"><div class="zpcontent-container sidebar-container "><div data-element-type="sidebarsection" class="zpsidebar-section zpdefault-section zpdefault-section-bg ">
<div class="theme-blog-category-container theme-blog-search"><form action="/blogs/search" method="get" class="theme-blog-search-form"><input type="text" name="q" placeholder="ابحث في الأخبار" aria-label="ابحث في الأخبار"><button type="submit" class="theme-blog-search-button">بحث</button></form></div>
<div class="theme-blog-category-container theme-blog-recent-posts"><h3 class="theme-blog-category-heading">المنشورات الأخيرة</h3><ul class="theme-blog-category-list">{recent}</ul></div>
<div class="theme-blog-category-container theme-blog-categories"><h3 class="theme-blog-category-heading">الفئات</h3><ul class="theme-blog-category-list">{cats}</ul></div>
<div class="theme-blog-category-container theme-blog-rss-feed"><a href="/blogs/feed" target="_blank"><svg class="theme-rss-icon" viewBox="0 0 24 24" aria-hidden="true"><circle cx="6" cy="18" r="2"/><path d="M4 4v3a13 13 0 0 1 13 13h3A16 16 0 0 0 4 4z"/></svg><span>اشترك في خلاصة RSS</span></a></div>
</div></div></div>
</div></div></div></div>
<div data-footercontainer="zptheme-data-footercontainer" class="theme-footer-area zpdark-section zpdark-section-bg"><div class="zpcontent-container footer-container ">{footer}</div></div>
<script src="{ZCDN}/zsite-core/js/jquery-3.6.0.min.js"></script><script src="{ZCDN}/zsite-core/js/zsite-core.min.js"></script><script src="{TEMPLATE}/dist/js/theme.js"></script><script src="{ZCDN}/zsite-core/js/blog-comments.min.js" defer></script>
<script>window.zs_view="blogpost";window.zs_blog_post_id="7310000000{2200 + n}";</script>
</body></html>"""
    return page
