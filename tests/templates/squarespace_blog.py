"""An independent Beirut magazine of culture and photojournalism ("منظور") on Squarespace 7.1,
blog post pages as the platform serves them. The site language stays en-GB (no Arabic locale; RTL
comes from header code injection): `<html lang="en-GB">`, English platform strings ("Written By",
"Previous"/"Next"). Head: `<!-- This is Squarespace. -->`, `<title>` "headline — منظور", og/twitter
and `itemprop` metas (`datePublished` "2024-04-10T11:30:00+0300", Beirut offset, no colon),
`Static.SQUARESPACE_CONTEXT` (Asia/Beirut, collection, item; non-ASCII escaped), JSON-LD WebSite,
Organization and Article, site.css, "<!-- End of Squarespace Headers -->". Body: the 7.1 header
(`header-display-desktop` and `-mobile`, each with `header-nav-item--collection` items and the
"ادعم منظور" CTA, then the `header-menu` overlay), `main#page` > `article.sections` >
`section.page-section.content-collection` > `div.blog-item-wrapper` > `<article class="entry h-entry
hentry ...">` > `blog-item-inner-wrapper`: `blog-item-top-wrapper` (`blog-item-category`,
`h1.entry-title` in `blog-item-title`, "Written By <name>", `time.dt-published.blog-meta-item--date`
whose text and `datetime` are both "10 Apr": a 7.1 post page never prints the year), then
`blog-item-content-wrapper` > `blog-item-content e-content` > `sqs-layout sqs-grid-12 columns-12`
("Post Body") with the text split over several `sqs-block-html` blocks (`sqs-html-content`, `<p
class="" style="white-space:pre-wrap;">`). Page 1 (journal photo story) sets an `sqs-block-image`
with caption and credit between text blocks and ends on an editor's "اقرأ أيضاً:" link block; page 2
(news collection, 00:20 local, posted by the team account "فريق منظور": no personal author) bolds the
grant's name, links a phrase and sets a reworded `sqs-block-quote` pull quote between blocks; page 3
(journal, December 2023: the year shows nowhere, only in metas and JSON-LD) has an `sqs-block-video`
with caption and an `<h3>` subheading. After the content: tags, `blog-item-author-profile-wrapper`
(bio on pages 1 and 3), the journal's code-injected share bar (`blog-item-injection`), an empty
`blog-item-comments` (script-loaded), `section#itemPagination` with the previous/next titles; the
footer: about block, summary block "أحدث المواد" (full dates "20 Nov 2024"), `sqs-block-newsletter`,
copyright. All of that is chrome."""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import quote_plus

from .base import Article, Page, e

NAME = "squarespace_blog"
HELD_OUT = True
SET = "unseen14"
FAMILY = "Squarespace 7.1 blog post (en-GB UI on an Arabic magazine): blog-item-wrapper, text split over sqs-block-html blocks with image/quote/video blocks, yearless post date, author profile, item pagination, newsletter footer"
HOST = "https://www.manzour-mag.example"
SITE = "منظور"
SITE_ID = "5d1f0c9e8a7b6c0001a2b3c4"
TEMPLATE_ID = "5c5a519771c10ba3470d8101"
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
NAV = (("/journal", "المجلة"), ("/journal/category/قصص+مصوّرة", "قصص مصوّرة"), ("/journal/category/السينما+والفيديو", "السينما والفيديو"),
       ("/news", "أخبار"), ("/about", "من نحن"), ("/contact", "اتصل بنا"))
CTA = "ادعم منظور"
TEAM = "فريق منظور"
AUTHORS = {"رنا الحاج": ("5f3a9c1e7b2d4a0012ab34cd", "مصوّرة صحفية من صيدا، تعمل على مشاريع طويلة الأمد عن البحر والعمل والهجرة."),
           TEAM: ("5d1f0d2a8a7b6c0001a2b3f0", ""),
           "كريم منصور": ("60b7e4a19c3f2d0045ef8812", "ناقد سينمائي وصحافي ثقافي، يكتب عن السينما المستقلة في المشرق ويقيم بين بيروت وعمّان.")}
# page -> (collection path, collection title, collection id, item id, block id stem)
PAGES = {1: ("journal", "المجلة", "5d1f0e4b8a7b6c0001a2b401", "66163a2f4c1d7e2b5a9f0c11", 1712737800),
         2: ("news", "أخبار", "5d1f0e9c8a7b6c0001a2b4a7", "672554b1e3a07f6d2c8b9e42", 1730499600),
         3: ("journal", "المجلة", "5d1f0e4b8a7b6c0001a2b401", "65807d3a91b2c44e17d0a6f5", 1702921500)}
CREDIT = "تصوير: جاد عيسى / مشروع «أهل البحر»"
READ_ALSO = "اقرأ أيضاً:"
BOLD = {2: (0, "«عدسات محلية»")}
LINKED = {2: (2, "الموقع الإلكتروني للمبادرة", "https://adasat-mahalliya.example/apply")}
SUBHEAD = {3: 3}
QUOTE = ("أن يصوّر الشباب أحياءهم بعيونهم، بدل أن ينتظروا من يأتي من الخارج ليرويها عنهم", "— لينا حداد، منسقة «عدسات محلية»")
VIDEO_CAPTION = "المقطع الدعائي للفيلم — إنتاج «بحر للأفلام»، طرابلس"
SHARE = ("شارك هذه القصة", "فيسبوك", "واتساب", "إكس", "نسخ الرابط")
LATEST_TITLE = "أحدث المواد"
LATEST = (("/journal/2024/11/20/saida-soap", "ثلاث نساء وثلاثة أجيال في معمل صابون عائلي بصيدا", "2024-11-20", "20 Nov 2024"),
          ("/news/2024/11/2/43851", "منحة «عدسات محلية» تفتح باب الترشح لمصوّرين شباب من لبنان والأردن", "2024-11-02", "2 Nov 2024"),
          ("/journal/2024/10/28/tobacco", "«ما بعد الموسم»: مزارعو التبغ في الجنوب أمام الكاميرا", "2024-10-28", "28 Oct 2024"))
ABOUT = ("مجلة مستقلة للثقافة والتصوير الصحفي، تصدر من بيروت منذ 2019.", "الحمرا، شارع المقدسي، بيروت، لبنان", "editors@manzour-mag.example")
NEWSLETTER = ("النشرة البريدية", "قصة مصوّرة واحدة كل أسبوع، مباشرة إلى بريدك.", "اشترك", "يمكنك إلغاء الاشتراك في أي وقت.")
FOOT_LINKS = (("/privacy", "سياسة الخصوصية"), ("/terms", "شروط الاستخدام"))
COPYRIGHT = "© 2024 منظور. جميع الحقوق محفوظة."
CDN = f"https://images.squarespace-cdn.com/content/v1/{SITE_ID}"
RADII = "&#123;" + ",".join(f"&quot;{c}&quot;:&#123;&quot;unit&quot;:&quot;px&quot;,&quot;value&quot;:0.0&#125;"
                            for c in ("topLeft", "topRight", "bottomLeft", "bottomRight")) + "&#125;"


def _shown(moment) -> str:
    """The 7.1 blog post date: day and short month in the site's timezone, never the year."""
    return f"{moment.day} {MONTHS_EN[moment.month - 1]}"


def _iso(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S%z")


def _p(html: str) -> str:
    return f'<p class="" style="white-space:pre-wrap;">{html}</p>'


def _text_block(bid: str, inner: list[str]) -> str:
    return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" data-border-radii="{RADII}" data-sqsp-block="text" id="block-{bid}">'
            f'<div class="sqs-block-content">\n\n<div class="sqs-html-content" data-sqsp-text-block-content>\n  {"".join(inner)}\n</div>\n\n\n\n\n\n\n\n  \n</div></div>')


def _paragraph(n: int, index: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == index:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == index:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" target="_blank">{e(words)}</a>', 1)
    if SUBHEAD.get(n) == index:
        return f'<h3 style="white-space:pre-wrap;">{html}</h3>'
    return _p(html)


def _image_block(bid: str, article: Article) -> str:
    src = f"{CDN}/1712736954211-QK7RZ2WJ8M0B4XH5T9LE/{article.slug}-ahl-albahr.jpg"
    return f"""<div class="sqs-block image-block sqs-block-image sqs-text-ready" data-block-type="5" id="block-{bid}"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline combination-animation-none individual-animation-none individual-text-animation-none sqs-narrow-width" data-test="image-block-inline-outer-wrapper">
      <figure class="sqs-block-image-figure intrinsic" style="max-width:2000px;">
          <div class="image-block-wrapper" data-animation-role="image">
            <div class="sqs-image-shape-container-element has-aspect-ratio" style="position: relative;padding-bottom:66.5%;overflow: hidden;-webkit-mask-image: -webkit-radial-gradient(white, black);">
                <noscript><img src="{src}" alt="" /></noscript><img class="thumb-image" elementtiming="system-image-block" data-src="{src}" data-image="{src}" data-image-dimensions="2000x1330" data-image-focal-point="0.5,0.5" alt="" data-load="false" src="{src}" width="2000" height="1330" sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 100vw" style="display:block;object-fit: cover; width: 100%; height: 100%; object-position: 50% 50%" srcset="{src}?format=750w 750w, {src}?format=1500w 1500w, {src}?format=2500w 2500w" loading="lazy" decoding="async" data-loader="sqs">
            </div>\n          </div>\n          <figcaption class="image-caption-wrapper">
            <div class="image-caption">{_p(e(article.caption))}\n{_p(e(CREDIT))}</div>\n          </figcaption>\n      </figure>\n  </div>\n</div></div>"""


def _quote_block(bid: str) -> str:
    return (f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" id="block-{bid}"><div class="sqs-block-content">\n'
            f'<figure class="block-animation-none">\n  <blockquote data-animation-role="quote" data-animation-override>\n'
            f'    <span>“</span>{e(QUOTE[0])}<span>”</span>\n  </blockquote>\n'
            f'  <figcaption class="source">{e(QUOTE[1])}</figcaption>\n</figure>\n</div></div>')


def _video_block(bid: str) -> str:
    vid = "r4Lq8ZtW2xA"
    embed = (f"&lt;iframe width=&quot;200&quot; height=&quot;113&quot; src=&quot;https://www.youtube.com/embed/{vid}?feature=oembed&quot; "
             "frameborder=&quot;0&quot; allow=&quot;autoplay; encrypted-media; picture-in-picture&quot; allowfullscreen&gt;&lt;/iframe&gt;")
    meta = ("&#123;&quot;blockAnimation&quot;:&quot;none&quot;,&quot;layout&quot;:&quot;caption-below&quot;,&quot;overlay&quot;:true,"
            f"&quot;url&quot;:&quot;https://www.youtube.com/watch?v={vid}&quot;,&quot;width&quot;:854,&quot;height&quot;:480,&quot;providerName&quot;:&quot;YouTube&quot;&#125;")
    return f"""<div class="sqs-block video-block sqs-block-video" data-block-json="{meta}" data-block-type="32" id="block-{bid}"><div class="sqs-block-content">
  <div class="intrinsic" style="max-width:100%">\n    <div class="embed-block-wrapper embed-block-wrapper--cropped" style="padding-bottom:56.25%;">
      <div class="sqs-video-wrapper video-none" data-provider-name="YouTube" data-html="{embed}"></div>\n    </div>\n  </div>\n  <div class="video-caption-wrapper"><div class="video-caption">{_p(e(VIDEO_CAPTION))}</div></div>
</div></div>"""


def _content(article: Article, n: int, stem: int) -> str:
    """The post body as its editor laid it out: text split across html blocks around media."""
    html = [_paragraph(n, i, text) for i, text in enumerate([article.lead, *article.paragraphs])]
    bid = [f"yui_3_17_2_1_{stem}{k:03d}_{k * 4127 % 9000 + 1000}" for k in range(1, 5)]
    if n == 1:
        also = f'<strong>{READ_ALSO}</strong> <a href="/journal/2023/9/4/reading-photo">{e(article.related[2])}</a>'
        blocks = [_text_block(bid[0], html[:2]), _image_block(bid[1], article),
                  _text_block(bid[2], html[2:]), _text_block(bid[3], [_p(also)])]
    elif n == 2:
        blocks = [_text_block(bid[0], html[:2]), _quote_block(bid[1]), _text_block(bid[2], html[2:])]
    else:
        blocks = [_text_block(bid[0], html[:3]), _video_block(bid[1]), _text_block(bid[2], html[3:])]
    return "".join(blocks)


def _nav(kind: str, active: str) -> str:
    out = []
    for href, label in NAV:
        state = " header-nav-item--active" if href == f"/{active}" else ""
        current = '\n          aria-current="page"\n        ' if state else ""
        if kind == "menu":
            out.append(f'            <div class="container header-menu-nav-item header-menu-nav-item--collection{state}">\n              <a\n'
                       f'                href="{e(href)}"{current}\n              >\n                <div class="header-menu-nav-item-content">\n'
                       f'                  {e(label)}\n                </div>\n              </a>\n            </div>')
        else:
            out.append(f'    <div class="header-nav-item header-nav-item--collection{state}">\n      <a\n        href="{e(href)}"\n'
                       f'        data-animation-role="header-element"{current}\n      >\n        {e(label)}\n      </a>\n    </div>')
    return "\n  \n  \n".join(out)


def _display(kind: str, active: str) -> str:
    """One of the header's two copies (desktop, mobile): logo, nav list, CTA, burger."""
    return f"""        <div class="header-display-{kind}" data-content-field="site-title">\n            <!-- Title and nav wrapper -->
            <div class="header-title-nav-wrapper">\n                <!-- Title -->
                  <div\n                    class="\n                      header-title\n                      \n                    "\n                    data-animation-role="header-element"\n                  >\n                      <div class="header-title-logo">
                        <a href="/" data-animation-role="header-element">\n<img elementtiming="nbf-header-logo-{kind}" src="{CDN}/b3f1c9a0-7d2e-4c55-9e61-2a8f0d3c7b14/manzour-logo.png?format=1500w" alt="{SITE}" style="display:block" fetchpriority="high" loading="eager" decoding="async" data-loader="raw">
                        </a>\n                      </div>\n                  </div>\n                <!-- Nav -->
                <div class="header-nav">\n                  <div class="header-nav-wrapper">\n                    <nav class="header-nav-list">\n                      \n{_nav(kind, active)}\n  \n                    </nav>\n                  </div>\n                </div>\n            </div>
            <!-- Actions -->\n            <div class="header-actions header-actions--right">
                <div class="header-actions-action header-actions-action--cta" data-animation-role="header-element">\n                  <a\n                    class="btn btn--border theme-btn--primary-inverse sqs-button-element--primary"\n                    href="/support"\n                  >\n                    {CTA}\n                  </a>
                </div>\n            </div>
<!-- Burger -->\n<div class="header-burger menu-overlay-has-visible-non-navigation-items" data-animation-role="header-element">
  <button class="header-burger-btn burger" data-test="header-burger">\n    <span hidden class="js-header-burger-open-title visually-hidden">Open Menu</span>
    <span hidden class="js-header-burger-close-title visually-hidden">Close Menu</span>\n    <div class="burger-box">\n      <div class="burger-inner header-menu-icon-doubleLineHamburger">\n        <div class="top-bun"></div>\n        <div class="patty"></div>\n        <div class="bottom-bun"></div>\n      </div>\n    </div>
  </button>\n</div>
        </div>"""


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, separators=(",", ":"))}</script>'


def _context(article: Article, n: int, url: str, title: str) -> str:
    """`Static.SQUARESPACE_CONTEXT` as the platform prints it (non-ASCII escaped)."""
    path, coll_title, coll_id, item_id, _ = PAGES[n]
    offset = article.moment.utcoffset()
    millis = int(offset.total_seconds() * 1000)
    context = {
        "betaFeatureFlags": ["scripts_defer", "i18n_beta_website_locales", "nested_categories", "supports_versioned_template_assets",
                             "override_block_styles", "hideable_header_footer", "fluid_engine", "themes"],
        "facebookAppId": "314192535267336", "facebookApiVersion": "v6.0",
        "rollups": {"squarespace-comments": {"css": "//assets.squarespace.com/universal/styles-compressed/comments-bbd94cde9cedbee0-min.en-GB.css",
                                             "js": "//assets.squarespace.com/universal/scripts-compressed/comments-33e7fbabe9e51f03-min.en-GB.js"}},
        "pageType": 50,
        "website": {"id": SITE_ID, "identifier": "manzour-mag", "websiteType": 1, "language": "en-GB", "timeZone": "Asia/Beirut",
                    "machineTimeZoneOffset": millis, "timeZoneOffset": millis, "timeZoneAbbr": "EEST" if millis == 10800000 else "EET",
                    "siteTitle": SITE, "fullSiteTitle": title, "siteDescription": ABOUT[0], "authenticUrl": HOST,
                    "internalUrl": "https://manzour-mag.squarespace.com", "baseUrl": HOST, "sslSetting": 3, "isHstsEnabled": True},
        "websiteSettings": {"id": "5d1f0c9e8a7b6c0001a2b3c7", "websiteId": SITE_ID, "country": "LB", "commentsEnabled": True,
                            "commentThreaded": True, "commentApprovalRequired": True},
        "collection": {"title": coll_title, "id": coll_id, "fullUrl": f"/{path}", "type": 1, "permissionType": 1},
        "item": {"title": article.headline, "id": item_id, "fullUrl": url[len(HOST):], "publicCommentCount": 0,
                 "commentState": 1 if path == "journal" else 2, "recordType": 1},
        "subscribed": False, "appDomain": "squarespace.com", "templateTweakable": True, "templateId": TEMPLATE_ID,
        "templateVersion": "7.1", "pageFeatures": [1, 2, 4], "impersonatedSession": False,
        "tzData": {"zones": [[120, "Lebanon", "EE%sT", None]],
                   "rules": {"Lebanon": [[1993, "max", None, "Mar", "lastSun", "0:00", "1:00", "S"],
                                         [1999, "max", None, "Oct", "lastSun", "0:00", "0", "-"]]}},
        "showAnnouncementBar": False, "env": "PRODUCTION"}
    return f'<script data-name="static-context">Static = window.Static || {{}}; Static.SQUARESPACE_CONTEXT = {json.dumps(context, separators=(",", ":"))};</script>'


def _head(article: Article, n: int, url: str, writer: str) -> str:
    path = PAGES[n][0]
    title = f"{article.headline} — {SITE}"
    excerpt = e(article.lead[:150].rsplit(" ", 1)[0] + "…")
    image = f"{CDN}/{PAGES[n][4] - 3600}211-QK7RZ2WJ8M0B4XH5T9LE/{article.slug}-cover.jpg"
    published, modified = _iso(article.moment), _iso(article.moment + timedelta(minutes=17 * n))
    img = f"{image}?format=1500w"
    metas = [("property", k, v) for k, v in (("og:site_name", SITE), ("og:title", e(title)), ("og:url", url), ("og:type", "article"),
             ("og:description", excerpt), ("og:image", img), ("og:image:width", "1500"), ("og:image:height", "998"))]
    metas += [("itemprop", k, v) for k, v in (("name", e(title)), ("url", url), ("description", excerpt), ("thumbnailUrl", img))]
    metas2 = [("itemprop", k, v) for k, v in (("image", img), ("author", e(writer)), ("datePublished", published), ("dateModified", modified),
              ("headline", e(article.headline)), ("publisher", SITE))]
    metas2 += [("name", f"twitter:{k}", v) for k, v in (("title", e(title)), ("image", img), ("url", url), ("card", "summary"), ("description", excerpt))]
    meta, meta2 = ("\n".join(f'<meta {k}="{v}" content="{c}"/>' for k, v, c in m) for m in (metas, metas2))
    logo = f"{CDN}/manzour-logo.png"
    lds = [_ld({"url": HOST, "name": SITE, "description": ABOUT[0], "image": logo, "@context": "http://schema.org", "@type": "WebSite"}),
           _ld({"legalName": SITE, "address": ABOUT[1], "email": ABOUT[2], "telephone": "", "sameAs": ["https://www.instagram.com/manzour.mag"],
                "@context": "http://schema.org", "@type": "Organization"}),
           _ld({"url": url, "name": title, "headline": article.headline, "image": image, "datePublished": published,
                "dateModified": modified, "author": writer,
                "publisher": {"name": SITE, "logo": {"url": logo, "@type": "ImageObject"}, "@context": "http://schema.org", "@type": "Organization"},
                "@context": "http://schema.org", "@type": "Article"})]
    js = "//assets.squarespace.com/universal/scripts-compressed"
    return f"""  <head>\n    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <meta name="viewport" content="width=device-width, initial-scale=1">\n    <!-- This is Squarespace. --><!-- manzour-mag -->
<base href="">\n<meta charset="utf-8" />
<title>{e(title)}</title>\n<meta http-equiv="Accept-CH" content="Sec-CH-UA-Platform-Version, Sec-CH-UA-Model" /><link rel="icon" type="image/x-icon" href="{CDN}/favicon.ico?format=100w"/>
<link rel="canonical" href="{url}"/>\n{meta}
<link rel="image_src" href="{image}?format=1500w" />\n{meta2}
<meta name="description" content="{excerpt}" />\n<link rel="preconnect" href="https://images.squarespace-cdn.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>\n<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Naskh+Arabic:wght@400;700&family=Noto+Kufi+Arabic:wght@500;700&display=swap">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>\n<script type="text/javascript" crossorigin="anonymous" defer="true" src="//assets.squarespace.com/@sqs/polyfiller/1.6/modern.js"></script>
<script type="text/javascript">SQUARESPACE_ROLLUPS = {{}};</script>\n<script>(function(rollups, name) {{ if (!rollups[name]) {{ rollups[name] = {{}}; }} rollups[name].js = ["{js}/extract-css-runtime-0f4b6a9c3e1d2f78-min.en-GB.js"]; }})(SQUARESPACE_ROLLUPS, 'squarespace-extract_css_runtime');</script>
<script crossorigin="anonymous" src="{js}/extract-css-runtime-0f4b6a9c3e1d2f78-min.en-GB.js" defer ></script><script crossorigin="anonymous" src="{js}/common-vendors-stable-a1b2c3d4e5f60718-min.en-GB.js" defer ></script><script crossorigin="anonymous" src="{js}/performance-9c8b7a6d5e4f3021-min.en-GB.js" defer ></script>\n{_context(article, n, url, title)}{"".join(lds)}<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/{SITE_ID}/112/{TEMPLATE_ID}/{SITE_ID[:-4]}b3c9/1527/site.css"/><script>Static.COOKIE_BANNER_CAPABLE = true;</script>
<style>html, body {{ direction: rtl; }} body, .sqs-html-content p {{ font-family: 'Noto Naskh Arabic', serif; text-align: right; }} h1, h2, h3, .header-nav-item a {{ font-family: 'Noto Kufi Arabic', sans-serif; }}</style>\n<!-- End of Squarespace Headers -->
    <link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{HOST}/{path}?format=rss" />\n    <link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/vta/{TEMPLATE_ID}/versioned-assets/1712140032457-NTLQBPORVVYGYH5NWZVQ/static.css">
  </head>"""


def _footer(coll_id: str) -> str:
    """The site-wide footer section: about text, latest-posts summary, newsletter, copyright."""
    def block(kind: str, bid: str, inner: str, extra: str = "") -> str:
        return (f'<div class="fe-block fe-block-{bid}"><div class="sqs-block {kind}" {extra}id="block-{bid}">'
                f'<div class="sqs-block-content">\n{inner}\n</div></div></div>')
    text = f'data-block-type="2" data-border-radii="{RADII}" data-sqsp-block="text" '
    mail = f'<a href="mailto:{ABOUT[2]}">{ABOUT[2]}</a>'
    about = (f'<div class="sqs-html-content" data-sqsp-text-block-content>\n  <h3 style="white-space:pre-wrap;">{SITE}</h3>'
             f'{_p(ABOUT[0])}{_p(ABOUT[1])}{_p(mail)}\n</div>')
    items = "\n".join(f"""          <div class="summary-item summary-item-record-type-text sqs-gallery-design-list-slide" data-type="text">\n            <div class="summary-content sqs-gallery-meta-container">
              <div class="summary-title"><a href="{href}" class="summary-title-link">{e(t)}</a></div>\n              <div class="summary-metadata-container summary-metadata-container--below-content"><div class="summary-metadata summary-metadata--primary">
                <time class="summary-metadata-item summary-metadata-item--date" datetime="{iso}">{d}</time>\n              </div></div>
            </div>\n          </div>""" for href, t, iso, d in LATEST)
    summary = (f'  <div class="summary-block-header"><h2 class="summary-heading"><span>{LATEST_TITLE}</span></h2></div>\n'
               f'  <div class="summary-item-list-container sqs-gallery-container">\n    <div class="summary-item-list sqs-gallery sqs-gallery-design-list">\n{items}\n    </div>\n  </div>')
    form_id = "6512c0de4b8e1a0f3c2d1e00"
    newsletter = f"""<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">\n  <form class="newsletter-form" data-form-id="{form_id}" autocomplete="on" method="POST" novalidate onsubmit="return (function (form) {{ Y.use('squarespace-form-submit', 'node', function usingFormSubmit(Y) {{ (new Y.Squarespace.FormSubmit(form)).submit({{ formId: '{form_id}', collectionId: '{coll_id}', objectName: 'page-section' }}); }}); return false; }})(this);">
    <header class="newsletter-form-header">\n      <h2 class="newsletter-form-header-title">{NEWSLETTER[0]}</h2>\n      <div class="newsletter-form-header-description"><p>{NEWSLETTER[1]}</p></div>\n    </header>\n    <div class="newsletter-form-body">
      <div class="newsletter-form-fields-wrapper form-fields">\n        <div class="newsletter-form-field-wrapper form-item field email required" id="nl-email-field">
          <label class="newsletter-form-field-label title" for="nl-email-input">Email Address</label>\n          <input id="nl-email-input" class="newsletter-form-field-element field-element" name="email" x-autocompletetype="email" autocomplete="email" type="email" spellcheck="false" placeholder="Email Address" />
        </div>\n      </div>\n      <div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
        <button class="newsletter-form-button sqs-system-button sqs-editable-button-layout sqs-button-element--primary" type="submit" value="{NEWSLETTER[2]}">\n          <span class="newsletter-form-spinner sqs-spin light large"></span>\n          <span class="newsletter-form-button-label">{NEWSLETTER[2]}</span>\n          <span class="newsletter-form-button-icon"></span>
        </button>\n      </div>\n    </div>\n    <div class="newsletter-form-footnote"><p>{NEWSLETTER[3]}</p></div>
    <div class="hidden form-submission-text">شكراً لاشتراكك!</div>\n    <div class="hidden form-submission-html" data-submission-html=""></div>\n  </form>\n</div>"""
    links = " ".join(f'<a href="{h}">{label}</a>' for h, label in FOOT_LINKS)
    legal = f'<div class="sqs-html-content" data-sqsp-text-block-content>\n  {_p(links)}{_p(COPYRIGHT)}\n</div>'
    blocks = [block("html-block sqs-block-html", "8c1d2e3f4a5b6c7d8e9f", about, text),
              block("summary-v2-block sqs-block-summary-v2", "2a3b4c5d6e7f8091a2b3", summary, 'data-block-type="55" '),
              block("newsletter-block sqs-block-newsletter", "7f6e5d4c3b2a19087f6e", newsletter, 'data-block-type="51" '),
              block("html-block sqs-block-html", "0f1e2d3c4b5a69788796", legal, text)]
    return f"""<footer class="sections" id="footer-sections" data-footer-sections>\n<section data-test="page-section" data-section-theme="black" class='page-section full-bleed-section layout-engine-section background-width--full-bleed section-height--small content-width--wide horizontal-alignment--center vertical-alignment--middle black' data-section-id="{SITE_ID[:-2]}f1" data-controller="SectionWrapperController">
  <div class="section-border"><div class="section-background"></div></div>\n  <div class='content-wrapper'>\n    <div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-{SITE_ID[:-2]}f2">\n{chr(10).join(blocks)}\n</div></div>\n    </div>\n  </div>\n</section>\n</footer>"""


def _post_path(path: str, article: Article, days: int) -> str:
    """A neighbouring post's URL in the collection's /yyyy/m/d/slug format."""
    when = article.moment + timedelta(days=days)
    return f"/{path}/{when.year}/{when.month}/{when.day}/{int(article.slug) + days * 7}"


def _item(article: Article, n: int, url: str, writer: str) -> str:
    """`div.blog-item-wrapper` (the post) and `section#itemPagination` after it."""
    path, _, _, item_id, stem = PAGES[n]
    author_id, bio = AUTHORS[writer]
    shown = _shown(article.moment)
    by = f"/{path}?author={author_id}"
    tags = "\n".join(f'      <span class="blog-item-tag-wrapper"><a href="/{path}/tag/{quote_plus(t)}" class="blog-item-tag">{e(t)}</a></span>' for t in article.tags)
    bio_html = f'\n          <div class="author-bio"><p>{e(bio)}</p></div>' if bio else ""
    share = "" if path != "journal" else "\n  <div class=\"mz-share\" dir=\"rtl\">\n    " + "\n    ".join(
        [f'<span class="mz-share__label">{SHARE[0]}</span>'] + [f'<a class="mz-share__link" href="{base}{quote_plus(url)}" target="_blank" rel="noopener">{label}</a>' for base, label in (
            ("https://www.facebook.com/sharer/sharer.php?u=", SHARE[1]), ("https://wa.me/?text=", SHARE[2]), ("https://x.com/intent/post?url=", SHARE[3]))]
        + [f'<button type="button" class="mz-share__copy" data-url="{url}">{SHARE[4]}</button>']) + (
        "\n  </div>\n  <script>document.querySelectorAll('.mz-share__copy').forEach(function(b){b.onclick=function(){navigator.clipboard.writeText(b.dataset.url);};});</script>\n")
    comments = "" if path != "journal" else f'\n      <div class="blog-item-comments">\n        <div class="squarespace-comments" id="comments-{item_id}"></div>\n      </div>'
    classes = " ".join(["entry h-entry hentry", "author-" + author_id[-8:], "post-type-text", f"article-index-{n}",
                        "category-" + article.section.replace(" ", "-"), *("tag-" + t.replace(" ", "-") for t in article.tags)])
    icon = ('<div class="item-pagination-icon icon icon--stroke">\n        <svg class="caret-{0}-icon--small" viewBox="0 0 9 16">\n'
            '          <polyline fill="none" stroke-miterlimit="10" points="{1}"></polyline>\n        </svg>\n      </div>')
    prev, nxt = icon.format("left", "7.3,14.7 2.5,8 7.3,1.2"), icon.format("right", "1.6,1.2 6.5,7.9 1.6,14.7")
    label = '<div class="pagination-title-wrapper">\n        <div class="item-pagination-prev-next">{0}</div>\n        <h2 class="item-pagination-title">{1}</h2>\n      </div>'
    return f"""<div class="blog-item-wrapper">\n  <article class="{e(classes)}" data-item-id="{item_id}" id="article-{item_id}">
    <div class="blog-item-inner-wrapper">\n      <div class="blog-item-top-wrapper">
        <div class="blog-item-meta-wrapper">\n          <div class="blog-meta-item blog-meta-item--categories">\n            <a href="/{path}/category/{quote_plus(article.section)}" class="blog-item-category">{e(article.section)}</a>\n          </div>\n        </div>
        <div class="blog-item-title">\n          <h1 class="entry-title entry-title--large p-name" data-content-field="title">{e(article.headline)}</h1>\n        </div>\n        <div class="blog-item-author-date-wrapper">
          <div class="blog-meta-item blog-meta-item--author">\n            Written By <a href="{by}" class="blog-author-name">{e(writer)}</a>\n          </div>\n          <time class="dt-published blog-meta-item blog-meta-item--date" datetime="{shown}" pubdate data-content-field="published-on">\n            <span>{shown}</span>\n          </time>
        </div>\n      </div>
      <div class="blog-item-content-wrapper">\n        <div class="blog-item-content e-content">
          <div class="sqs-layout sqs-grid-12 columns-12" data-layout-label="Post Body" data-type="item" data-updated-on="{stem + 1020}123" id="item-{item_id}"><div class="row sqs-row"><div class="col sqs-col-12 span-12">{_content(article, n, stem)}</div></div></div>\n        </div>
        <div class="blog-meta-item blog-meta-item--tags">\n{tags}\n        </div>\n      </div>
      <div class="blog-item-author-profile-wrapper">\n        <a href="{by}" class="author-avatar content-fill">\n          <img data-src="{CDN}/{author_id}-avatar.jpg" data-image="{CDN}/{author_id}-avatar.jpg" data-image-dimensions="400x400" data-image-focal-point="0.5,0.5" alt="{e(writer)}" data-load="false" elementtiming="system-author-avatar" />\n        </a>
        <div class="author-info">\n          <a href="{by}" class="author-name">{e(writer)}</a>{bio_html}\n        </div>\n      </div>
      <div class="blog-item-injection" data-blog-item-injection>{share}</div>{comments}\n    </div>
  </article>\n</div>
\n<section id="itemPagination" class="item-pagination item-pagination--prev-next" data-collection-type="blog-basic-grid">
    <a href="{_post_path(path, article, -9)}" class="item-pagination-link item-pagination-link--prev">\n      {prev}\n      {label.format("Previous", e(article.related[0]))}\n    </a>
    <a href="{_post_path(path, article, 6)}" class="item-pagination-link item-pagination-link--next">\n      {label.format("Next", e(article.related[1]))}\n      {nxt}\n    </a>
</section>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    path, _, coll_id, item_id, _ = PAGES[n]
    url = f"{HOST}/{path}/{moment.year}/{moment.month}/{moment.day}/{article.slug}"
    writer = article.author or TEAM  # the team account posts the news briefs
    page = Page(url=url, html="")
    page.shown_date = _shown(moment)
    page.add(*(label for _, label in NAV), CTA, article.section, f"Written By {writer}", writer,
             page.shown_date, *article.tags, AUTHORS[writer][1], "Previous", "Next",
             article.related[0], article.related[1], SITE, *ABOUT, LATEST_TITLE,
             *(t for _, t, _, _ in LATEST), *(d for _, _, _, d in LATEST), *NEWSLETTER,
             *(label for _, label in FOOT_LINKS), COPYRIGHT)
    page.add(*(SHARE if path == "journal" else ()))
    page.add(*{1: (article.caption, CREDIT, READ_ALSO, article.related[2]), 2: QUOTE, 3: (VIDEO_CAPTION,)}[n])
    body_class = ("primary-button-style-solid primary-button-shape-square secondary-button-style-outline form-field-style-solid form-field-shape-square "
                  "header-width-full tweak-fixed-header tweak-blog-item-width-narrow tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title "
                  "tweak-blog-item-show-categories tweak-blog-item-show-date tweak-blog-item-show-author-name tweak-blog-item-show-author-profile "
                  f"tweak-blog-item-delimiter-bullet hide-opentable-icons view-item collection-layout-default collection-{coll_id} "
                  "collection-type-blog-basic-grid mobile-style-available sqs-seven-one")
    menu = (f'    <div class="header-menu header-menu--folder-list" data-section-theme="" data-section-id="overlay-nav" data-show-account-login="false" data-test="header-menu">\n'
            f'      <div class="header-menu-bg theme-bg--primary"></div>\n      <div class="header-menu-nav">\n        <nav class="header-menu-nav-list">\n'
            f'          <div data-folder="root" class="header-menu-nav-folder">\n            <div class="header-menu-nav-folder-content">\n              <!-- Menu Navigation -->\n'
            f'<div class="header-menu-nav-wrapper">\n{_nav("menu", path)}\n</div>\n            </div>\n            <div class="header-menu-cta">\n'
            f'              <a class="theme-btn--primary btn sqs-button-element--primary" href="/support"><span>{CTA}</span></a>\n            </div>\n'
            '          </div>\n        </nav>\n      </div>\n    </div>')
    section = ("'page-section \n      content-collection\n      full-bleed-section\n      collection-type-blog-basic-grid\n    background-width--full-bleed\n"
               "      section-height--medium\n      content-width--narrow\n    horizontal-alignment--center\n    vertical-alignment--middle\n    '")
    page.html = f"""<!doctype html>\n<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB"  >
{_head(article, n, url, writer)}\n
  <body\n    id="item-{item_id}"\n    class="\n      {body_class}\n    "\n    tabindex="-1"\n  >\n    <div\n      id="siteWrapper"\n      class="clearfix site-wrapper"\n    >
  <header\n    data-test="header"\n    id="header"\n    class="\n      header theme-col--primary\n    "\n    data-section-theme=""\n    data-controller="Header"\n    data-section-id="header"\n    data-header-style="solid"\n    data-first-focusable-element\n    tabindex="-1"\n  >\n<div class="sqs-announcement-bar-dropzone"></div>
\n    <div class="header-announcement-bar-wrapper">
      <a\n        href="#page"\n        class="header-skip-link sqs-button-element--primary"\n      >\n        Skip to Content\n      </a>\n      <div class='header-inner container--fluid\n         header-mobile-layout-logo-center-nav-left\n         header-layout-nav-center\n        '\n        data-test="header-inner"\n        >
        <!-- Background -->\n        <div class="header-background theme-bg--primary"></div>\n\n{_display("desktop", path)}
{_display("mobile", path)}\n      </div>
    </div>\n    <!-- (Mobile) Menu Navigation -->
{menu}\n  </header>
\n      <main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="{coll_id[:-2]}9c">\n<section\n  data-test="page-section"\n  data-section-theme=""\n  class={section}\n  data-section-id="{coll_id[:-2]}9d"\n  data-controller="SectionWrapperController"
  data-current-context="{{&quot;video&quot;: null, &quot;backgroundImageId&quot;: null, &quot;typeName&quot;: &quot;blog-basic-grid&quot;}}"\n  data-animation="none"\n>\n  <div class="section-border">\n    <div class="section-background">\n    </div>\n  </div>
  <div\n    class='content-wrapper'\n  >\n    <div\n      class="content"\n    >\n{_item(article, n, url, writer)}
    </div>\n  </div>\n</section>\n</article>\n      </main>
{_footer(coll_id)}\n    </div>
    <script defer="defer" src="https://static1.squarespace.com/static/vta/{TEMPLATE_ID}/scripts/site-bundle.722e8db92a2a6ce75c0f85552b9fba6a.js" type="text/javascript"></script>\n  </body>
</html>\n"""
    return page
