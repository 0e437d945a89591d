"""An Egyptian startup and venture news outlet ("نواة") built on Webflow, a story of its "News"
CMS collection as Webflow hosting serves it: the whole document minified on one line (no
whitespace between tags, so the texts of neighbouring divs run together) after the
`<!-- Last Published: ... GMT+0000 (Coordinated Universal Time) -->` comment, which carries
the site's last publish time, not the story's. `<html data-wf-domain data-wf-page data-wf-site
lang="ar" data-wf-collection data-wf-item-slug>` (Webflow has no `dir`; the RTL comes from
the site's head code, printed as typed). The head: `<title>` "headline | نواة", description and
og/twitter meta bound to the summary field (no og:image when the image field is empty), the
`.webflow.shared.*.min.css` sheet, WebFont loader, the `w-mod-` script, canonical, and the
Webflow GA snippet with `developer_id.dZGVlNj`; no JSON-LD and no machine-readable date at all.
The body: the `w-nav` navbar (`w-nav-brand`, `w-nav-menu` links, subscribe button, a search
`w-form`, `w-nav-button`), then a `w-layout-blockcontainer ... w-container` with breadcrumbs
and a `w-layout-grid` (`w-node-` cells): the main column has the category tag, an empty
"sponsored" label hidden with `w-condition-invisible` (every page), the h1, the summary (a
teaser, not the story), `post-meta` with "بقلم" + `author-name`, the `blog-date` printed in
Webflow's English "MMMM D, YYYY" format (Webflow does not localise dates; the site's zone is
Cairo, so page 2's 00:40 story shows its local day), an "آخر تحديث:" `blog-date is-updated`
that is visible on page 3 only (hidden with `w-condition-invisible` on 1 and 2), and the read
time; the main image (page 2: an empty `w-dyn-bind-empty` img and caption) and the story in
`div.post-body.w-richtext`. Page 1 bolds the round, has a `w-richtext-figure-type-image
w-richtext-align-fullwidth` figure with a figcaption and a Flourish chart in a `w-embed
w-script`; page 2 (no writer: the author wrapper and card are present but hidden, with empty
binds) sets the CEO's quote as a `<blockquote>`; page 3 has the CMS caption under the main
image, a video figure, an empty `<p>&zwj;</p>`, an h3 subheading and an inline link. After the
story: the share `w-embed`, the tags `w-dyn-list`, the "companies" `w-dyn-list` (page 2:
`w-dyn-empty` "No items found."), the author card, and the newsletter `w-form` whose
`w-form-done`/`w-form-fail` messages are in the DOM but hidden by webflow.css; the sidebar
"اخترنا لك" `w-dyn-list` and an ad `w-embed`; the related-posts `w-dyn-list` (short dates
"Feb 27, 2024"), the footer (about line, three link columns, a second newsletter `w-form` with
Webflow's default English messages, copyright) and jQuery + `webflow.*.js`. Hidden text (form
messages, `w-condition-invisible` blocks) is not counted as chrome; everything visible is."""

from __future__ import annotations

import re
from datetime import timedelta

from .base import Article, Page, e

NAME = "webflow_outlet"
HELD_OUT = True
SET = "unseen14"
FAMILY = ("Webflow CMS collection page of an Egyptian startup news outlet: minified w-nav/"
          "w-layout-grid, w-richtext story with figures and w-embed, English blog-date, "
          "w-condition-invisible and w-dyn-bind-empty fields, w-dyn-list related, w-form")
HOST = "https://www.nawat-startups.example"
SITE = "نواة"
SITE_ID = "65d8f1c2a7b3e94d1c0f2a61"
PAGE_ID = "65e0a4b7c2d1f83e9a5b7c10"
COLLECTION_ID = "65e0a4b7c2d1f83e9a5b7b9e"
CDN = f"https://cdn.prod.website-files.com/{SITE_ID}"
LAST_PUBLISHED = "Wed Nov 06 2024 08:41:17 GMT+0000 (Coordinated Universal Time)"
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
NAV = (("/", "الرئيسية"), ("/news", "أخبار"), ("/category/investment", "استثمار وتمويل"),
       ("/category/startups", "شركات ناشئة"), ("/reports", "تقارير"), ("/interviews", "حوارات"),
       ("/events", "فعاليات"))
SUBSCRIBE = "اشترك في النشرة"
CATEGORY = {"استثمار وتمويل": "investment", "صفقات واستحواذات": "deals",
            "شركات ناشئة": "startups"}
TAG_SLUGS = {"تكنولوجيا مالية": "fintech", "جولات التمويل": "funding-rounds",
             "التوسع الخليجي": "gulf-expansion", "الاستحواذات": "acquisitions",
             "الخدمات اللوجستية": "logistics", "التجارة الإلكترونية": "e-commerce",
             "تكنولوجيا صحية": "healthtech", "الرعاية عن بعد": "telehealth",
             "التوسع في المحافظات": "governorates"}
BY = "بقلم"
UPDATED = "آخر تحديث:"
SHARE = ("شارك المقال", "نسخ الرابط")
ALL_NEWS = "كل الأخبار"
TAGS_LABEL = "الوسوم:"
COMPANIES = ("الشركات في هذا الخبر", "ملف الشركة", "No items found.")
AUTHOR_MORE = "كل مقالات الكاتب"
LETTER = ("نشرة نواة الأسبوعية",
          "كل خميس: أهم صفقات التمويل وأخبار الشركات الناشئة في بريدك")
LETTER_DONE = "شكراً لك! تم تسجيل اشتراكك."
FORM_DONE = "Thank you! Your submission has been received!"
FORM_FAIL = "Oops! Something went wrong while submitting the form."
PICKS_TITLE = "اخترنا لك"
PICKS = ("دليلك إلى برامج تسريع الأعمال المفتوحة للتقديم هذا الشهر",
         "خمس شركات ناشئة مصرية تستعد لجولات تمويل جديدة",
         "كيف تغير قطاع التوصيل السريع في القاهرة خلال عامين؟",
         "حوار مع مؤسسة منصة تعليمية تخدم 200 ألف طالب",
         "تقرير: الاستثمار الجريء في شمال أفريقيا خلال النصف الأول",
         "منصات العمل الحر تجذب آلاف المبرمجين المصريين")
AD_LABEL = "إعلان"
RELATED_TITLE = "أخبار ذات صلة"
FOOTER_ABOUT = "نواة منصة إخبارية مستقلة تغطي ريادة الأعمال والشركات الناشئة في مصر والمنطقة العربية."
FOOTER_COLS = (("الأقسام", tuple(NAV[1:6])),
               ("عن نواة", (("/about", "من نحن"), ("/advertise", "أعلن معنا"),
                            ("/careers", "انضم إلى فريقنا"), ("/contact", "تواصل معنا"),
                            ("/privacy", "سياسة الخصوصية"), ("/terms", "شروط الاستخدام"))),
               ("تابعنا", (("https://www.linkedin.com/company/nawat-eg", "لينكدإن"),
                           ("https://x.com/nawat_eg", "إكس"),
                           ("https://www.facebook.com/nawat.eg", "فيسبوك"),
                           ("https://www.instagram.com/nawat.eg", "إنستغرام"))))
FOOTER_NOTE = "نرسل نشرة واحدة كل خميس، ويمكنك إلغاء الاشتراك في أي وقت."
COPYRIGHT = "© 2024 نواة. جميع الحقوق محفوظة."
PAGES = {
    1: {"slug": "mizan-pay-series-a-12m-saudi-expansion", "item": "65ef1a2b7c9d04e3b8a61f27",
        "summary": "الجولة قادها صندوقان من السعودية والإمارات، والشركة تستعد لافتتاح مكتب في الرياض",
        "read": "4 دقائق للقراءة", "image": "65f01c3e9b2a4d7e8c1f0a55_mizan-pay-hq.jpg",
        "author": ("مريم عبد الحميد", "maryam-abdelhamid", "محررة أخبار الاستثمار",
                   "تغطي صفقات الاستثمار الجريء والتكنولوجيا المالية في مصر والخليج."),
        "updated": 2, "companies": ((("ميزان باي", "mizan-pay"), "تكنولوجيا مالية · القاهرة"),)},
    2: {"slug": "shahna-acquires-raf-warehouse-software", "item": "6698c4e2a51f7b0d93e2c418",
        "summary": "الصفقة تضيف برمجيات إدارة المخازن إلى خدمات «شحنة» للتجار",
        "read": "دقيقتان للقراءة", "image": None, "author": None, "updated": 0,
        "companies": ()},
    3: {"slug": "tabibi-expands-12-governorates-million-bookings",
        "item": "6728b9f0c3e14a5d27f6b903",
        "summary": "المنصة تضم 4800 طبيب وتستعد لإطلاق خدمة صرف الوصفات الطبية",
        "read": "6 دقائق للقراءة", "image": "6728ba41d07e3c9f5a2b8e16_tabibi-press.jpg",
        "author": ("أحمد الشاذلي", "ahmed-elshazly", "صحفي متخصص في التكنولوجيا الصحية",
                   "يكتب عن الشركات الناشئة في قطاعي الصحة والتعليم منذ 2019."),
        "updated": 1, "companies": ((("طبيبي", "tabibi"), "تكنولوجيا صحية · القاهرة"),)},
}
BOLD = {1: "جولة تمويل من الفئة (أ) بقيمة 12 مليون دولار"}
LINK = {3: (5, "خطة التحول الرقمي في القطاع الصحي", "https://www.mohp.gov.eg/")}
VIDEO = ("Xk3pR7vT2Qw", "منصة طبيبي | كيف تحجز موعدك في دقيقة")


def _long(moment) -> str:
    return f"{EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def _short(moment) -> str:
    return f"{EN_MONTHS[moment.month - 1][:3]} {moment.day}, {moment.year}"


def _minify(html: str) -> str:
    return re.sub(r">\s+<", "><", html.strip())


def _img(file: str, cls: str, alt: str = "", loading: str = "lazy") -> str:
    stem, ext = file.rsplit(".", 1)
    sizes = [f"{CDN}/{stem}-p-{w}.{ext} {w}w" for w in (500, 800, 1080)]
    return (f'<img src="{CDN}/{file}" loading="{loading}" alt="{e(alt)}" sizes="(max-width: '
            f'479px) 92vw, (max-width: 991px) 94vw, 760px" srcset="{", ".join(sizes)}, '
            f'{CDN}/{file} 1600w" class="{cls}"/>')


def _story(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    out = []
    for k, text in enumerate(paras):
        html = e(text)
        if n in BOLD and k == 0:
            html = html.replace(e(BOLD[n]), f"<strong>{e(BOLD[n])}</strong>", 1)
        if n in LINK and LINK[n][0] == k:
            words = e(LINK[n][1])
            html = html.replace(words, f'<a href="{LINK[n][2]}" target="_blank">{words}</a>', 1)
        if n == 2 and k == 2:
            out.append(f"<blockquote>{html}</blockquote>")
        elif n == 3 and k == 3:
            out.append(f"<h3>{html}</h3>")
        else:
            out.append(f"<p>{html}</p>")
        if n == 1 and k == 0:
            out.append(f'<figure style="max-width:1600px" class="w-richtext-align-fullwidth '
                       f'w-richtext-figure-type-image"><div><img src="{CDN}/65f01d7a3c5e2b9f4d'
                       f'0a1c88_mizan-pay-team.jpg" loading="lazy" alt="__wf_reserved_inherit"/>'
                       f"</div><figcaption>{e(article.caption)}</figcaption></figure>")
        if n == 1 and k == 3:
            out.append("""<div class="w-embed w-script"><div class="flourish-embed flourish-chart" data-src="visualisation/17283946"><script src="https://public.flourish.studio/resources/embed.js"></script><noscript><img src="https://public.flourish.studio/visualisation/17283946/thumbnail" width="100%" alt="chart visualization" /></noscript></div></div>""")
        if n == 3 and k == 2:
            out.append(f'<figure style="padding-bottom:56.206088992974244%" class="w-richtext-'
                       f'align-fullwidth w-richtext-figure-type-video"><div><iframe allowfullscree'
                       f'n="true" frameborder="0" scrolling="no" src="https://www.youtube.com/emb'
                       f'ed/{VIDEO[0]}" title="{e(VIDEO[1])}"></iframe></div></figure>'
                       "<p>\u200d</p>")
    return "".join(out)


SHARE_EMBED = """<div class="share-bar">
  <span class="share-title">شارك المقال</span>
  <a class="share-btn" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" aria-label="فيسبوك"><svg width="18" height="18" viewBox="0 0 24 24"><path fill="currentColor" d="M14 9h3V5h-3c-2.8 0-4 1.7-4 4.3V11H7v4h3v9h4v-9h3l1-4h-4V9.5c0-.3.2-.5.5-.5z"/></svg></a>
  <a class="share-btn" href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener" aria-label="إكس"><svg width="18" height="18" viewBox="0 0 24 24"><path fill="currentColor" d="M18.2 2H21l-6.5 7.4L22 22h-6l-4.7-6.1L5.9 22H3l7-8L2 2h6.1l4.3 5.6z"/></svg></a>
  <a class="share-btn" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" target="_blank" rel="noopener" aria-label="لينكدإن"><svg width="18" height="18" viewBox="0 0 24 24"><path fill="currentColor" d="M4 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM2 9h4v12H2zm7 0h4v2c.6-1.1 2-2.3 4.2-2.3 4.3 0 4.8 2.8 4.8 6.4V21h-4v-5.3c0-1.3 0-3-1.8-3s-2.2 1.4-2.2 2.9V21H9z"/></svg></a>
  <button class="share-btn copy-link" type="button" onclick="navigator.clipboard.writeText(window.location.href)">نسخ الرابط</button>
</div>"""
AD_EMBED = """<div id="div-gpt-ad-1708941122317-0" style="min-width: 300px; min-height: 250px;"></div>
<script>
  googletag.cmd.push(function() { googletag.display('div-gpt-ad-1708941122317-0'); });
</script>"""
HEAD_CODE = """<style>
  body { direction: rtl; text-align: right; }
  .w-richtext figure.w-richtext-align-fullwidth { max-width: 100% !important; }
</style>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>"""


def _form(fid: str, label: str, element: str, done: str, cls: str) -> str:
    return (f'<div class="{cls} w-form"><form id="wf-form-{fid}" name="wf-form-{fid}" '
            f'data-name="{label}" method="get" class="newsletter-fields" data-wf-page-id="'
            f'{PAGE_ID}" data-wf-element-id="{element}" aria-label="{label}"><input class="'
            f'newsletter-input w-input" maxlength="256" name="Email" data-name="Email" placeholder'
            f'="بريدك الإلكتروني" type="email" id="{fid}-Email" required=""/><input type="submit" '
            f'data-wait="Please wait..." class="newsletter-button w-button" value="اشترك"/></form>'
            f'<div class="w-form-done" tabindex="-1" role="region" aria-label="{label} success">'
            f'<div>{done}</div></div><div class="w-form-fail" tabindex="-1" role="region" '
            f'aria-label="{label} failure"><div>{FORM_FAIL}</div></div></div>')


def render(article: Article, n: int) -> Page:
    info = PAGES[n]
    moment = article.moment
    url = f"{HOST}/news/{info['slug']}"
    shown = _long(moment)
    page = Page(url=url, html="", shown_date=shown)
    section, cat = article.section, CATEGORY[article.section]
    page.add(*(label for _, label in NAV), SUBSCRIBE, section, info["summary"], shown,
             info["read"], *SHARE, ALL_NEWS, TAGS_LABEL, *article.tags, COMPANIES[0])
    author = info["author"]
    hidden = "" if author else " w-condition-invisible"
    empty = "" if author else " w-dyn-bind-empty"
    name, aslug, role, bio = author or ("", "", "", "")
    ahref = f"/authors/{aslug}" if author else "#"
    if author:
        page.add(BY, name, role, bio, AUTHOR_MORE)
    updated = _long(moment + timedelta(days=info["updated"]))
    if n == 3:
        page.add(UPDATED, updated)
    up_hidden = "" if n == 3 else " w-condition-invisible"
    if info["image"]:
        caption = article.caption if n == 3 else ""
        hero = _img(info["image"], "post-main-image", "", "eager")
        og_image = (f'<meta content="{CDN}/{info["image"]}" property="og:image"/><meta content="'
                    f'{CDN}/{info["image"]}" property="twitter:image"/>')
    else:
        caption = ""
        hero = '<img src="" loading="eager" alt="" class="post-main-image w-dyn-bind-empty"/>'
        og_image = ""
    if n == 1:
        page.add(article.caption)
    if caption:
        page.add(caption)
    cap_html = (f'<div class="image-caption">{e(caption)}</div>' if caption
                else '<div class="image-caption w-dyn-bind-empty"></div>')
    tags = "".join(f'<div role="listitem" class="w-dyn-item"><a href="/tags/{TAG_SLUGS[t]}" '
                   f'class="tag-link">{e(t)}</a></div>' for t in article.tags)
    if info["companies"]:
        items = []
        for (cname, cslug), meta in info["companies"]:
            page.add(meta, COMPANIES[1])
            items.append(f'<div role="listitem" class="company-item w-dyn-item"><img src="{CDN}/'
                         f'{cslug}-logo.png" loading="lazy" alt="" class="company-logo"/><div '
                         f'class="company-info"><div class="company-name">{e(cname)}</div><div '
                         f'class="company-meta">{e(meta)}</div></div><a href="/companies/{cslug}'
                         f'" class="company-link">{COMPANIES[1]}</a></div>')
        companies = f'<div role="list" class="companies-list w-dyn-items">{"".join(items)}</div>'
    else:
        page.add(COMPANIES[2])
        companies = f'<div class="w-dyn-empty"><div>{COMPANIES[2]}</div></div>'
    page.add(*LETTER, PICKS_TITLE, AD_LABEL, RELATED_TITLE)
    picks = []
    for k in range(4):
        title = PICKS[(n + k) % len(PICKS)]
        when = _short(moment - timedelta(days=2 + 3 * k))
        page.add(title, when)
        picks.append(f'<div role="listitem" class="pick-item w-dyn-item"><a href="/news/pick-'
                     f'{n}{k}" class="pick-link w-inline-block"><div class="pick-title">{e(title)}'
                     f'</div><div class="pick-date">{when}</div></a></div>')
    related = []
    for k, title in enumerate(article.related):
        when = _short(moment - timedelta(days=5 + 9 * k))
        page.add(title, when)
        related.append(f'<div role="listitem" class="related-item w-dyn-item"><a href="/news/'
                       f'{cat}-{int(article.slug) - 37 * (k + 1)}" class="related-card w-inline-'
                       f'block"><img src="{CDN}/6{article.slug}{k}e0a9c_thumb-{k + 1}.jpg" '
                       f'loading="lazy" alt="" class="related-image"/><div class="related-content'
                       f'"><div class="related-category">{e(section)}</div><h3 class="related-'
                       f'title">{e(title)}</h3><div class="related-date">{when}</div></div></a>'
                       "</div>")
    cols = []
    for heading, links in FOOTER_COLS:
        page.add(heading, *(label for _, label in links))
        cols.append(f'<div class="footer-column"><div class="footer-heading">{heading}</div>'
                    + "".join(f'<a href="{h}" class="footer-link">{label}</a>'
                              for h, label in links) + "</div>")
    page.add(FOOTER_ABOUT, FOOTER_NOTE, COPYRIGHT)
    nav = "".join(f'<a href="{h}" class="nav-link w-nav-link">{label}</a>' for h, label in NAV)
    chevron = (f'<img src="{CDN}/65d8f4b2e1a9c07d3f5b2e41_chevron-left.svg" loading="lazy" alt="" '
               'class="breadcrumb-arrow"/>')
    desc = e(info["summary"])
    skeleton = f"""
<html data-wf-domain="www.nawat-startups.example" data-wf-page="{PAGE_ID}" data-wf-site="{SITE_ID}" lang="ar" data-wf-collection="{COLLECTION_ID}" data-wf-item-slug="{info['slug']}">
<head><meta charset="utf-8"/><title>{e(article.headline)} | {SITE}</title>
<meta content="{desc}" name="description"/><meta content="{e(article.headline)}" property="og:title"/>
<meta content="{desc}" property="og:description"/>{og_image}
<meta content="{e(article.headline)}" property="twitter:title"/><meta content="{desc}" property="twitter:description"/>
<meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="{CDN}/css/nawat-startups.webflow.shared.4c1e9a7b2.min.css" rel="stylesheet" type="text/css"/>
<link href="https://fonts.googleapis.com" rel="preconnect"/><link href="https://fonts.gstatic.com" rel="preconnect" crossorigin="anonymous"/>
<script src="https://ajax.googleapis.com/ajax/libs/webfont/1.6.26/webfont.js" type="text/javascript"></script>
<script type="text/javascript">WebFont.load({{  google: {{    families: ["IBM Plex Sans Arabic:300,regular,500,600,700:arabic,latin"]  }}}});</script>
<script type="text/javascript">!function(o,c){{var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}}(window,document);</script>
<link href="{CDN}/65d8f3a17c2e9b4d0a6f1e22_favicon-32.png" rel="shortcut icon" type="image/x-icon"/>
<link href="{CDN}/65d8f3a9b4e07c1d2f8a3c55_webclip-256.png" rel="apple-touch-icon"/><link href="{url}" rel="canonical"/>
<script async="" src="https://www.googletagmanager.com/gtag/js?id=G-N4W8T5QK2E"></script>
<script type="text/javascript">window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('set', 'developer_id.dZGVlNj', true);gtag('js', new Date());gtag('config', 'G-N4W8T5QK2E');</script>
@@HEAD@@</head>
<body class="body">
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
  <div class="nav-container w-container">
    <a href="/" class="brand w-nav-brand" aria-label="home"><img src="{CDN}/65d8f3c0a2b7e91d4c6f0b37_nawat-logo.svg" loading="lazy" width="112" alt="" class="logo"/></a>
    <nav role="navigation" class="nav-menu w-nav-menu">{nav}<a href="#newsletter" class="nav-button w-button">{SUBSCRIBE}</a></nav>
    <form action="/search" class="nav-search w-form"><input class="search-input w-input" maxlength="256" name="query" placeholder="ابحث في نواة…" type="search" id="search" required=""/><input type="submit" class="search-button w-button" value="بحث"/></form>
    <div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
  </div>
</div>
<section class="post-section">
  <div class="w-layout-blockcontainer post-container w-container">
    <div class="breadcrumbs"><a href="/" class="breadcrumb-link">{NAV[0][1]}</a>{chevron}<a href="/news" class="breadcrumb-link">{NAV[1][1]}</a>{chevron}<a href="/category/{cat}" class="breadcrumb-link">{e(section)}</a></div>
    <div class="w-layout-grid post-layout">
      <div id="w-node-_4b2d9c1e-7f3a-5e6b-0c8d-2a1f9e4b7c63-9a5b7c10" class="post-main">
        <div class="post-header">
          <div class="post-labels"><a href="/category/{cat}" class="category-tag">{e(section)}</a><div class="sponsored-label w-condition-invisible"><div>برعاية</div><div class="w-dyn-bind-empty"></div></div></div>
          <h1 class="post-title">{e(article.headline)}</h1>
          <p class="post-summary">{desc}</p>
          <div class="post-meta">
            <div class="author-wrap{hidden}"><div class="by-label">{BY}</div><a href="{ahref}" class="author-name{empty}">{e(name)}</a></div>
            <div class="meta-dot"></div><div class="blog-date">{shown}</div>
            <div class="updated-wrap{up_hidden}"><div class="updated-label">{UPDATED}</div><div class="blog-date is-updated">{updated}</div></div>
            <div class="meta-dot"></div><div class="read-time">{info['read']}</div>
          </div>
        </div>
        <div class="post-image-wrap">{hero}{cap_html}</div>
        <div class="post-body w-richtext">@@BODY@@</div>
        <div class="share-embed w-embed">@@SHARE@@</div>
        <div class="post-tags"><div class="tags-label">{TAGS_LABEL}</div><div class="w-dyn-list"><div role="list" class="tags-list w-dyn-items">{tags}</div></div></div>
        <div class="companies-block"><h4 class="block-heading">{COMPANIES[0]}</h4><div class="w-dyn-list">{companies}</div></div>
        <div class="author-card{hidden}">
          <img src="{f'{CDN}/{aslug}-avatar.jpg' if author else ''}" loading="lazy" alt="" class="author-avatar{empty}"/>
          <div class="author-card-content"><a href="{ahref}" class="author-card-name{empty}">{e(name)}</a><div class="author-role{empty}">{e(role)}</div><p class="author-bio{empty}">{e(bio)}</p><a href="{ahref}" class="author-more-link">{AUTHOR_MORE}</a></div>
        </div>
        <div id="newsletter" class="newsletter-block"><h3 class="newsletter-heading">{LETTER[0]}</h3><p class="newsletter-text">{LETTER[1]}</p>
          {_form("Newsletter-Article", "Newsletter Article", "8c2e4f1a-3b7d-9e05-c6a1-f24d8b0e7a39", LETTER_DONE, "newsletter-form")}
        </div>
      </div>
      <div id="w-node-_9e1f3a7c-2d4b-8c60-5f1e-7b3a0d9c4e28-9a5b7c10" class="post-sidebar">
        <div class="sidebar-block"><h4 class="sidebar-heading">{PICKS_TITLE}</h4><div class="w-dyn-list"><div role="list" class="picks-list w-dyn-items">{"".join(picks)}</div></div></div>
        <div class="ad-label">{AD_LABEL}</div><div class="sidebar-ad w-embed w-script">@@AD@@</div>
      </div>
    </div>
    <a href="/news" class="back-link w-inline-block">{chevron}<div>{ALL_NEWS}</div></a>
  </div>
</section>
<section class="related-section">
  <div class="w-layout-blockcontainer w-container"><h2 class="section-heading">{RELATED_TITLE}</h2>
    <div class="w-dyn-list"><div role="list" class="related-grid w-dyn-items">{"".join(related)}</div></div>
  </div>
</section>
<footer class="footer">
  <div class="w-layout-blockcontainer footer-container w-container">
    <div class="w-layout-grid footer-grid">
      <div id="w-node-_1d7e5b3a-9c2f-4e81-a06b-3f9d2c7e1b54-9a5b7c10" class="footer-brand"><img src="{CDN}/65d8f3c9e0b4a72d1c5f8e61_nawat-logo-white.svg" loading="lazy" width="112" alt="" class="footer-logo"/><p class="footer-about">{FOOTER_ABOUT}</p></div>
      {"".join(cols)}
      <div class="footer-form-col"><div class="footer-heading">{SUBSCRIBE}</div><p class="footer-form-note">{FOOTER_NOTE}</p>
        {_form("Footer-Newsletter", "Footer Newsletter", "f3a9c1d2-6e4b-7a08-b5c3-1e9d4f2a8c70", FORM_DONE, "footer-form")}
      </div>
    </div>
    <div class="footer-bottom"><div class="copyright">{COPYRIGHT}</div></div>
  </div>
</footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site={SITE_ID}" type="text/javascript" integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="{CDN}/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script>
<script src="{CDN}/js/webflow.8e2c4a1f.b7d05e93c1f6a284.js" type="text/javascript"></script>
</body></html>"""
    html = _minify(skeleton)
    html = (html.replace("@@HEAD@@", HEAD_CODE).replace("@@BODY@@", _story(article, n))
            .replace("@@SHARE@@", SHARE_EMBED.format(url=url)).replace("@@AD@@", AD_EMBED))
    page.html = ("<!DOCTYPE html><!-- Last Published: " + LAST_PUBLISHED + " -->" + html)
    return page
