"""A Kuwaiti lifestyle and culture magazine ("مجلة ليوان") on WordPress with PenciDesign's
Soledad theme (8.x, single style-1, RTL) and Yoast SEO, as the server sends a single post.
The head: Yoast's block (`<title>` "headline - مجلة ليوان", canonical, og/twitter meta with
`article:published_time` in UTC, the "كُتب بواسطة"/"مدة القراءة المُقدّرة" twitter labels and
the `yoast-schema-graph` JSON-LD), then Soledad's stylesheets (`main.css`, `rtl.css`,
penci-font-iconmoon) and scripts (`libs-script.min.js`, `main.js`, the post-like
`ajax_var_penci`). The body (`single-post rtl soledad-ver-8-4-5`): `div.wrapper-boxed`,
`header#header.header-header-6` with `nav#navigation` (logo, `ul#menu-main-menu`, the search
toggle), the mobile `nav#sidebar-nav` repeating the menu, then `div.penci-single-wrapper >
div.penci-single-block`: Soledad's own breadcrumb (`div.penci-breadcrumb.single-breadcrumb`,
`span > a.crumb` and `fa-angle-right` icons), `div.container.container-single.penci_sidebar`
with `#main > .theiaStickySidebar > article`: `div.header-standard.header-classic.single-header`
(`div.penci-standard-cat` section link, `h1.post-title.single-post-title.entry-title`, the
hidden `div.penci-hide-tagupdated` schema block that repeats "بقلم <author>" and the date, and
`div.post-box-meta-single` with `span.author-post.byline` "بقلم <author>", the date
"12 مارس 2024" in `time.entry-date.published` with the +03:00 `datetime`, the comment count
("0 تعليقات", "1 تعليق", "2 تعليقات": the theme's one plural) and the reading time), the
featured image in `div.post-image` (page 1 with `div.penci-featured-caption`; page 2 has
none), then `div.post-entry.blockquote-style-1 > div.inner-post-entry.entry-content#penci-post-
entry-inner` with the story's `<p>`s, an empty `div.penci-single-link-pages` and
`div.post-tags`. After it: the share box (`div.tags-share-box.single-post-share...post-share`:
comment count, like count, Facebook/Twitter/Pinterest/WhatsApp/email links with
`span.dt-share` labels), the author box `div.post-author`, `div.post-pagination` (previous /
next titles), `div.post-related` ("قد يعجبك أيضاً": titles cut at 8 words with "..." as
Soledad's wp_trim_words does, each with its date), comments (`div.post-comments#comments`,
`div.thecomment` with author, "date - time", text and "رد") and `#respond`. Then `#sidebar`
(`aside.widget` about / social / latest / popular widgets with `h3.widget-title
.penci-border-arrow`), `div.footer-instagram` (Smash Balloon `#sb_instagram` feed and its
follow button) and `footer#footer-section` (socials, copyright, "العودة للأعلى").
Page 1: named writer (the only byline naming a person), captioned featured image, bold phrase,
an `h2` subheading, two comments. Page 2: posted 00:50 Kuwait time (Yoast's UTC instant is the
day before), staff account "فريق التحرير", no image, an inline link, no comments. Page 3: staff
account, uncaptioned featured image, an in-content `wp-block-image` figure with figcaption,
edited later (`article:modified_time`), one comment."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import Article, Page, day_month_year, e

NAME = "wp_soledad_magazine"
HELD_OUT = True
SET = "unseen24"
FAMILY = ("WordPress + Soledad (PenciDesign) + Yoast: Kuwaiti lifestyle magazine single post "
          "with penci-single-block, post-box-meta-single, share box, related carousel, sidebar "
          "widgets, footer Instagram feed, comments")
HOST = "https://soledad-mag-kw.example"
SITE = "مجلة ليوان"
TAGLINE = "مجلة كويتية للثقافة ونمط الحياة"
VER = "8.4.5"
THEME = f"{HOST}/wp-content/themes/soledad"
MENU = (("الرئيسية", "/"), ("ثقافة", "/category/culture/"), ("موضة", "/category/fashion/"),
        ("مذاقات", "/category/food/"), ("سفر", "/category/travel/"),
        ("صحة وجمال", "/category/beauty/"), ("مجتمع", "/category/society/"))
SLUGS = dict(MENU)
STAFF = ("فريق التحرير", "liwan-team", "حساب هيئة تحرير مجلة ليوان.")
WRITER_BIO = "كاتبة وباحثة في الحرف التقليدية، تكتب عن التراث والتصميم في الكويت."
BOLD = {1: (2, "الطلب على القطع المنسوجة يدويا تضاعف")}
LINKED = {2: (1, "اللجنة المنظمة للأسبوع", f"{HOST}/go/restaurant-week/")}
HEADING = {1: 3}
FIGURE_AFTER = {3: 1}
MODIFIED = {3: timedelta(days=1, hours=3, minutes=10)}
LATEST = ("دليلك إلى أجمل المقاهي المختصة في منطقة الشامية",
          "معرض للفن التشكيلي يحتفي بذاكرة سوق المباركية",
          "وصفة المجبوس بالدجاج كما تعدها الجدات",
          "خمس وجهات قريبة لعطلة نهاية أسبوع هادئة")
POPULAR = ("كيف تختارين ألوان العباءة المناسبة لبشرتك؟",
           "جولة في أقدم محلات العطور في سوق الغربللي",
           "روتين بسيط للعناية بالبشرة في أشهر الصيف",
           "مكتبات مستقلة صغيرة تستحق الزيارة في حولي")
PAGINATION = {1: ("موسم التخييم يعود إلى الصبية مع اشتراطات جديدة",
                  "حديقة الشهيد تستضيف سوقا شهريا للمنتجات المنزلية"),
              2: ("أمسية موسيقية في دار الآثار الإسلامية", "عطور الصيف الخفيفة: اختيارات المحررين"),
              3: ("جلسات تصوير العائلات في الأماكن التراثية", "شتاء الكويت في عشر صور")}
COMMENTS = {1: (("أم فهد", 95, "معرض جميل جدا، حضرته مع بناتي وسجلنا في الورشة الأسبوعية."),
                ("عبدالله الشمري", 260, "ياليت يكون هناك متجر دائم لبيع هذه القطع بعد المعرض.")),
            3: (("سارة م.", 140, "المعطف الأخضر رائع، متى يتوفر في المتجر؟"),)}
SOCIAL = ("Facebook", "Twitter", "Instagram", "Youtube")
SHARES = (("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
          ("twitter", "Twitter", "https://twitter.com/intent/tweet?text=Check%20out%20this%20article:%20"),
          ("pinterest", "Pinterest", "https://pinterest.com/pin/create/button/?url="),
          ("whatsapp", "Whatsapp", "https://api.whatsapp.com/send?text="),
          ("email", "Email", "mailto:?subject=&BODY="))
LIKES = (14, 3, 9)
LOCAL = timedelta(hours=3)


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _w3c(moment) -> str:
    return f"{_local(moment):%Y-%m-%dT%H:%M:%S}+03:00"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _time(moment) -> str:
    return (f'<time class="entry-date published" datetime="{_w3c(moment)}">'
            f"{day_month_year(_local(moment))}</time>")


def _hm(moment) -> str:
    local = _local(moment)
    return f"{local.hour % 12 or 12}:{local:%M} {'ص' if local.hour < 12 else 'م'}"


def _comments_label(count: int) -> str:
    return f"{count} تعليق" if count == 1 else f"{count} تعليقات"


def _trim(title: str, words: int = 8) -> str:
    parts = title.split()
    return title if len(parts) <= words else " ".join(parts[:words]) + "..."


def _menu(prefix: str) -> str:
    items = []
    for k, (label, path) in enumerate(MENU):
        kind = ("menu-item-type-custom menu-item-object-custom menu-item-home" if path == "/"
                else "menu-item-type-taxonomy menu-item-object-category")
        items.append(f'<li id="menu-item-{prefix}{k + 11}" class="menu-item {kind} ld-megamenu '
                     f'menu-item-{prefix}{k + 11}"><a href="{HOST}{path}">{label}</a></li>')
    return "".join(items)


def _story(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if HEADING.get(n) == k:
            out.append(f'<h2 class="wp-block-heading">{e(text)}</h2>')
            continue
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words, href = e(LINKED[n][1]), LINKED[n][2]
            html = html.replace(words, f'<a href="{href}" target="_blank" rel="noopener">'
                                       f"{words}</a>", 1)
        out.append(f"<p>{html}</p>")
        if FIGURE_AFTER.get(n) == k:
            out.append(f'<figure class="wp-block-image size-large"><img loading="lazy" '
                       f'decoding="async" width="1024" height="1280" src="{HOST}/wp-content/'
                       f'uploads/2025/01/bibban-look-07-1024x1280.jpg" alt="" class="wp-image-'
                       f'{article.slug}7"/><figcaption class="wp-element-caption">'
                       f"{e(article.caption)}</figcaption></figure>")
    return "\n".join(out)


def _item(title: str, when, href: str, cls: str) -> str:
    return (f'<li class="penci-feed"><div class="side-item"><div class="side-image">'
            f'<a class="penci-image-holder penci-lazy small-fix-size" rel="bookmark" '
            f'data-bgset="{HOST}/wp-content/uploads/{when:%Y/%m}/{cls}-263x175.jpg" '
            f'href="{href}" title="{e(title)}"></a></div><div class="side-item-text">'
            f'<h4 class="side-title-post"><a href="{href}" rel="bookmark" title="{e(title)}">'
            f'{e(title)}</a></h4><span class="side-item-meta">{_time(when)}</span></div></div>'
            f"</li>")


def _widget(wid: str, cls: str, title: str, inner: str) -> str:
    return (f'<aside id="{wid}" class="widget {cls}"><h3 class="widget-title penci-border-arrow">'
            f'<span class="inner-arrow">{title}</span></h3>{inner}</aside>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/{article.slug}/"
    shown = day_month_year(_local(moment))
    page = Page(url=url, html="", shown_date=shown)
    body_text = " ".join(article.body.split())
    named = article.author is not None
    author, author_slug, bio = ((article.author, "nouf-alenezi", WRITER_BIO) if named
                                else STAFF)
    author_url = f"{HOST}/author/{author_slug}/"
    section_url = HOST + SLUGS[article.section]
    comments = COMMENTS.get(n, ())
    count = _comments_label(len(comments))
    words = len(body_text.split())
    read = f"{max(1, round(words / 200))} دقائق" if words > 300 else "دقيقتان"
    read_line = f"{max(1, -(-words // 200))} دقيقة قراءة"
    byline = f"بقلم {author}"
    page.add(*(label for label, _ in MENU), SITE, TAGLINE, article.section, byline, author, shown,
             count, read_line)
    page.add(*(t for t in article.tags if t not in body_text))

    image = ""
    if n != 2:
        src = f"{HOST}/wp-content/uploads/{_local(moment):%Y/%m}/liwan-{article.slug}.jpg"
        caption = ""
        if n == 1:
            caption = f'<div class="penci-featured-caption">{e(article.caption)}</div>'
            page.add(article.caption)
        image = (f'<div class="post-image">\n<a href="{src}" data-rel="penci-gallery-image-'
                 f'content"><img class="attachment-penci-full-thumb size-penci-full-thumb '
                 f'penci-lazy wp-post-image pc-singlep-img" width="1170" height="780" src="'
                 f'{THEME}/images/penci2-holder.png" alt="" data-src="{src}"></a>{caption}\n'
                 f"</div>")
    if n in FIGURE_AFTER:
        page.add(article.caption)

    modified = moment + MODIFIED.get(n, timedelta(minutes=7))
    share_links = "".join(
        f'<a class="new-ver-share post-share-item post-share-{key}" aria-label="Share on '
        f'{label}" target="_blank" rel="noreferrer" href="{base}{url}"><i class="penci-faicon '
        f'fa fa-{key}"></i><span class="dt-share">{label}</span></a>' for key, label, base in SHARES)
    page.add(*(label for _, label, _ in SHARES), str(LIKES[n - 1]))

    prev_title, next_title = PAGINATION[n]
    page.add("المقال السابق", prev_title, "المقال التالي", next_title)
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 17 * k, hours=3 * k)
        short = _trim(title)
        page.add(short, day_month_year(_local(when)))
        related.append(f'<div class="item-related swiper-slide"><a class="related-thumb penci-'
                       f'image-holder penci-lazy" data-bgset="{HOST}/wp-content/uploads/'
                       f'{when:%Y/%m}/rel-{k}-585x390.jpg" href="{HOST}/{int(article.slug) - 31 * (k + 1)}/'
                       f'" title="{e(title)}"></a><h3><a href="{HOST}/'
                       f'{int(article.slug) - 31 * (k + 1)}/">{e(short)}</a></h3><span '
                       f'class="date">{_time(when)}</span></div>')
    page.add("قد يعجبك أيضاً")

    comment_html = []
    for k, (who, minutes, text) in enumerate(comments):
        when = moment + timedelta(minutes=minutes)
        stamp = f"{day_month_year(_local(when))} - {_hm(when)}"
        page.add(who, stamp, text)
        comment_html.append(f'<div class="comment" id="comment-{article.slug}{k}"><div class='
                            f'"thecomment"><div class="author-img"><img alt="" src="https://'
                            f'secure.gravatar.com/avatar/{k}a9f?s=100&#038;d=mm&#038;r=g" '
                            f'class="avatar avatar-100 photo" height="100" width="100" /></div>'
                            f'<div class="comment-text"><span class="author">{e(who)}</span>'
                            f'<span class="date"><i class="penci-faicon fa fa-clock-o" ></i>'
                            f'{stamp}</span><div class="comment-content"><p>{e(text)}</p></div>'
                            f'<span class="reply"><a rel="nofollow" class="comment-reply-link" '
                            f'href="#comment-{article.slug}{k}">رد</a></span></div></div></div>')
    comments_block = ""
    if comments:
        comments_block = (f'<div class="post-comments penci-comments-hide-0" id="comments">'
                          f'<div class="post-title-box"><h4 class="post-box-title">{count}</h4>'
                          f'</div>{"".join(comment_html)}</div>')
    page.add("اترك تعليقاً", "إلغاء الرد", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في "
             "هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.")

    latest = "".join(_item(t, moment - timedelta(days=k + 1, hours=5), f"{HOST}/{4800 + k}/",
                           f"latest-{k}") for k, t in enumerate(LATEST))
    popular = "".join(_item(t, moment - timedelta(days=40 + 11 * k), f"{HOST}/{3900 + k}/",
                            f"pop-{k}") for k, t in enumerate(POPULAR))
    for k in range(4):
        page.add(LATEST[k], day_month_year(_local(moment - timedelta(days=k + 1, hours=5))),
                 POPULAR[k], day_month_year(_local(moment - timedelta(days=40 + 11 * k))))
    about_text = "مجلة رقمية تصدر من الكويت، تكتب عن الثقافة والفنون والموضة والمطبخ والسفر."
    socials = "".join(f'<a href="https://www.{s.lower()}.com/liwanmag" aria-label="{s}" rel="'
                      f'noreferrer" target="_blank"><i class="penci-faicon fa fa-{s.lower()}" >'
                      f"</i><span>{s}</span></a>" for s in SOCIAL)
    page.add("عن المجلة", about_text, "تابعونا", *SOCIAL, "أحدث المقالات", "الأكثر قراءة",
             "تابعوا @liwan.mag", "تابعنا على إنستغرام", "العودة للأعلى",
             f"© {_local(moment).year} {SITE}. جميع الحقوق محفوظة.", bio)
    insta = "".join(f'<div class="sbi_item sbi_type_image" id="sbi_1790{n}{k}"><div class="sbi_'
                    f'photo_wrap"><a class="sbi_photo" href="https://www.instagram.com/p/Cx{n}{k}'
                    f'Lq/" target="_blank" rel="noopener nofollow" data-full-res="{HOST}/wp-'
                    f'content/uploads/sb-instagram-feed-images/liwan{k}full.jpg"><img src="'
                    f'{HOST}/wp-content/plugins/instagram-feed/img/placeholder.png" alt="ليوان '
                    f'{k + 1}"></a></div></div>' for k in range(6))

    tags_html = "".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>'
                        for t in article.tags)
    plain = " ".join(body_text.split()[:28]) + "&hellip;"
    crumb = (f'<span><a class="crumb" href="{HOST}/">الرئيسية</a></span><i class="penci-faicon fa '
             f'fa-angle-right" ></i><span><a class="crumb" href="{section_url}">{article.section}'
             f'</a></span><i class="penci-faicon fa fa-angle-right" ></i><span>'
             f"{e(article.headline)}</span>")
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": author, "@id": f"{HOST}/#/schema/person/{author_slug}"},
         "headline": article.headline, "datePublished": _utc(moment),
         "dateModified": _utc(modified), "mainEntityOfPage": {"@id": url}, "wordCount": words,
         "commentCount": len(comments), "publisher": {"@id": f"{HOST}/#organization"},
         "keywords": list(article.tags), "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": _utc(moment),
         "dateModified": _utc(modified), "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": TAGLINE, "publisher": {"@id": f"{HOST}/#organization"},
         "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "url": f"{HOST}/", "sameAs": ["https://www.instagram.com/liwan.mag"]},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{author_slug}", "name": author,
         "url": author_url}]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    modified_meta = (f'<meta property="article:modified_time" content="{_utc(modified)}" />\n'
                     if n in MODIFIED else "")
    og_image = (f'<meta property="og:image" content="{HOST}/wp-content/uploads/'
                f'{_local(moment):%Y/%m}/liwan-{article.slug}.jpg" />\n'
                f'\t<meta property="og:image:width" content="1170" />\n' if n != 2 else "")
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head> <meta charset="UTF-8"> <meta http-equiv="X-UA-Compatible" content="IE=edge"> <meta name="viewport" content="width=device-width, initial-scale=1"> <link rel="profile" href="https://gmpg.org/xfn/11"/>
	<link rel="alternate" type="application/rss+xml" title="{SITE} RSS Feed" href="{HOST}/feed/"/> <link rel="pingback" href="{HOST}/xmlrpc.php"/>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' /> <!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title> <link rel="canonical" href="{url}" /> <meta property="og:locale" content="ar_AR" /> <meta property="og:type" content="article" />
	<meta property="og:title" content="{e(article.headline)} - {SITE}" /> <meta property="og:description" content="{plain}" /> <meta property="og:url" content="{url}" /> <meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="https://www.facebook.com/liwanmag" /> <meta property="article:published_time" content="{_utc(moment)}" /> {modified_meta}{og_image}	<meta name="author" content="{author}" />
	<meta name="twitter:card" content="summary_large_image" /> <meta name="twitter:label1" content="كُتب بواسطة" /> <meta name="twitter:data1" content="{author}" /> <meta name="twitter:label2" content="مدة القراءة المُقدّرة" />
	<meta name="twitter:data2" content="{read}" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script> <!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='penci-main-style-css' href='{THEME}/main.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='penci-font-iconmoon-css' href='{THEME}/css/iconmoon.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='penci-soledad-rtl-css' href='{THEME}/rtl.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='sbi_styles-css' href='{HOST}/wp-content/plugins/instagram-feed/css/sbi-styles.min.css?ver=6.5.1' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{article.slug}" /> <link rel='shortlink' href='{HOST}/?p={article.slug}' />
<style id="penci-custom-style" type="text/css">body{{ --pcbg-cl: #fff; --pctext-cl: #313131; }} .penci-hide-tagupdated{{ display: none !important; }}</style> </head>
<body class="post-template-default single single-post postid-{article.slug} single-format-standard rtl soledad-ver-8-4-5 pclight-mode pcmn-drdw-style-slide_down pchds-default">
<div id="soledad_wrapper" class="wrapper-boxed header-style-header-6 header-search-style-default">
	<div class="penci-header-wrap"><header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
		<nav id="navigation" class="header-layout-bottom header-6 menu-style-1 menu-item-padding" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"> <div class="container">
				<div class="button-menu-mobile header-6"><svg width=18px height=18px viewBox="0 0 512 384"><g><rect x="0" y="0" width="512" height="62"/></g></svg></div>
				<div id="logo"><a href="{HOST}/"><img class="penci-mainlogo penci-limg" src="{HOST}/wp-content/uploads/2023/05/liwan-logo.png" alt="{SITE}" width="260" height="60"></a></div>
				<ul id="menu-main-menu" class="menu">{_menu("")}</ul> <div id="top-search" class="penci-top-search pcheader-icon top-search-classes"> <a class="search-click" aria-label="Search"><i class="penciicon-magnifiying-glass"></i></a>
					<div class="show-search"><form role="search" method="get" class="pc-searchform" action="{HOST}/"><div class="pc-searchform-inner"><input type="text" class="search-input" placeholder="اكتب واضغط Enter للبحث..." name="s"/><i class="penciicon-magnifiying-glass"></i><button type="submit" class="searchsubmit penci-ele-btn" aria-label="Search"></button></div></form></div>
				</div> </div> </nav><!-- End Navigation --> </header> <!-- end #header --></div> <a id="close-sidebar-nav" class="header-6"><i class="penci-faicon fa fa-close" ></i></a>
	<nav id="sidebar-nav" class="header-6" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement">
		<div id="sidebar-nav-logo"><a href="{HOST}/"><img class="penci-lazy" src="{THEME}/images/penci2-holder.png" data-src="{HOST}/wp-content/uploads/2023/05/liwan-logo.png" alt="{SITE}"/></a></div>
		<ul id="menu-main-menu-1" class="menu">{_menu("1")}</ul> </nav> <div class="penci-single-wrapper"> <div class="penci-single-block"> <div class="container penci-breadcrumb single-breadcrumb"> {crumb} </div>
		<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox"> <div id="main" class="penci-main-sticky-sidebar"> <div class="theiaStickySidebar">
<article id="post-{article.slug}" class="post type-post status-publish hentry"> <div class="header-standard header-classic single-header">
            <div class="penci-standard-cat penci-single-cat"><span class="cat"><a style="" class="penci-cat-name penci-cat-{article.slug[:2]}" href="{section_url}" rel="category tag"><span style="">{article.section}</span></a></span>
            </div> <h1 class="post-title single-post-title entry-title">{e(article.headline)}</h1> <div class="penci-hide-tagupdated"> <span class="author-italic author vcard">{byline}</span> {_time(moment)} </div>
            <div class="post-box-meta-single"> <span class="author-post byline"><span class="author vcard">بقلم                                 <a class="author-url url fn n" href="{author_url}">{author}</a> </span></span>
                    <span>{_time(moment)}</span> <span>{count}</span> <span class="single-readtime">{read_line}</span> </div> </div> {image} <div class="post-entry blockquote-style-1">
        <div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{_story(article, n)}
            <div class="penci-single-link-pages"> </div> <div class="post-tags"> {tags_html}                    </div> </div> </div>
    <div class="tags-share-box single-post-share tags-share-box-s1  center-box  social-align-default disable-btnplus post-share"> <span class="single-comment-o"><i class="penci-faicon fa fa-comment-o" ></i>{count}</span>
                <span class="post-share-item post-share-plike">
					<span class="count-number-like">{LIKES[n - 1]}</span><a href="#" aria-label="Like this post" class="penci-post-like single-like-button" data-post_id="{article.slug}" title="Like" data-like="Like" data-unlike="Unlike"><i class="penci-faicon fa fa-heart-o" ></i></a>					</span>
			<div class="list-posts-share">{share_links}</div> </div> <div class="post-author abio-style-1 bioimg-round">
		<div class="author-img"><img alt='' src='https://secure.gravatar.com/avatar/{author_slug}?s=100&#038;d=mm&#038;r=g' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' decoding='async'/></div>
		<div class="author-content"> <h5><a href="{author_url}" title="مقالات بواسطة {author}" rel="author">{author}</a></h5> <p>{bio}</p> </div> </div> <div class="post-pagination"> <div class="prev-post"> <div class="prev-post-inner">
				<div class="prev-post-title"><span>المقال السابق</span></div> <a href="{HOST}/{int(article.slug) - 4}/"><div class="pagi-text"><h5 class="prev-title">{prev_title}</h5></div></a> </div> </div> <div class="next-post">
			<div class="next-post-inner"> <div class="prev-post-title next-post-title"><span>المقال التالي</span></div> <a href="{HOST}/{int(article.slug) + 3}/"><div class="pagi-text"><h5 class="next-title">{next_title}</h5></div></a>
			</div> </div> </div> <div class="post-related"> <div class="post-title-box"><h4 class="post-box-title">قد يعجبك أيضاً</h4></div>
<div class="swiper penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-lazy="true" data-item="3" data-desktop="3" data-tablet="2" data-tabsmall="2" data-auto="false" data-speed="300" data-dots="true" data-nav="false" data-loop="false"><div class="swiper-wrapper">{"".join(related)}</div></div></div>
{comments_block} <div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title"><span>اترك تعليقاً</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{article.slug}/#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="تعليقك" aria-required="true"></textarea></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" placeholder="الاسم*" size="30" aria-required='true' /></p><p class="comment-form-email"><input id="email" name="email" type="text" value="" placeholder="البريد الإلكتروني*" size="30" aria-required='true' /></p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><span class="comment-form-cookies-text" for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</span></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' /></p></form>	</div><!-- #respond -->
</article> </div> </div> <div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center pcsb-boxed-none pciconp-right pcicon-right"> <div class="theiaStickySidebar">
		{_widget("penci_about_widget-2", "penci_about_widget", "عن المجلة", f'<div class="about-widget pc_aligncenter"><img class="penci-widget-about-image holder-square penci-lazy" src="{THEME}/images/penci2-holder.png" data-src="{HOST}/wp-content/uploads/2023/05/liwan-about.jpg" alt="{SITE}"/><p>{about_text}</p></div>')}
		{_widget("penci_social_widget-2", "penci_social_widget", "تابعونا", f'<div class="widget-social pc_aligncenter show-text">{socials}</div>')}
		{_widget("penci_latest_news_widget-3", "penci_latest_news_widget", "أحدث المقالات", f'<ul id="penci-latestwg-{4100 + n}" class="side-newsfeed">{latest}</ul>')}
		{_widget("penci_popular_news_widget-2", "penci_popular_news_widget", "الأكثر قراءة", f'<ul id="penci-popularwg-{7300 + n}" class="side-newsfeed display-order-numbers">{popular}</ul>')} </div> </div> <!-- END CONTAINER --> </div>
</div></div> <div class="clear-footer"></div> <div class="footer-instagram footer-instagram-html">
		<aside id="block-7" class="widget widget_block"><h4 class="footer-instagram-title"><span><span class="title">تابعوا @liwan.mag</span></span></h4>
<div id="sb_instagram" class="sbi sbi_mob_col_3 sbi_tab_col_3 sbi_col_6 sbi_width_resp" data-feedid="*1" data-res="auto" data-cols="6"><div id="sbi_images">{insta}</div><div id="sbi_load"><span class="sbi_follow_btn"><a href="https://www.instagram.com/liwan.mag/" target="_blank" rel="nofollow noopener"><svg class="svg-inline--fa fa-instagram fa-w-14" aria-hidden="true" viewBox="0 0 448 512"><path fill="currentColor" d="M224.1 141c-63.6"></path></svg>تابعنا على إنستغرام</a></span></div></div>
</aside>	</div> <footer id="footer-section" class="penci-footer-social-media penci-lazy" itemscope itemtype="https://schema.org/WPFooter"> <div class="container"> <div class="footer-socials-section">
				<ul class="footer-socials">{"".join(f'<li><a href="https://www.{s.lower()}.com/liwanmag" aria-label="{s}" rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-{s.lower()}" ></i><span>{s}</span></a></li>' for s in SOCIAL)}</ul>
			</div> <div class="footer-logo-copyright footer-not-logo"> <div id="footer-copyright"> <p>© {_local(moment).year} {SITE}. جميع الحقوق محفوظة.</p> </div>
					<div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fa fa-angle-up" ></i> <br>العودة للأعلى</span></a></div> </div> </div> </footer> </div><!-- End .wrapper-boxed -->
<div id="fb-root"></div>
<script type="text/javascript" id="main-scripts-js-extra"> /* <![CDATA[ */
var ajax_var_penci = {{"url":"{HOST}\\/wp-admin\\/admin-ajax.php","nonce":"5c1e2a7d90","errorPass":"<p class=\\"message message-error\\">Password does not match the confirm password<\\/p>","login":"Email Address","password":"Password","headerstyle":"default","reading_bar_pos":"footer","reading_bar_h":"5","carousel_e":"swiper"}};
/* ]]> */ </script>
<script type="text/javascript" src="{THEME}/js/libs-script.min.js?ver={VER}" id="penci-libs-js-js"></script>
<script type="text/javascript" src="{THEME}/js/main.js?ver={VER}" id="main-scripts-js"></script>
<script type="text/javascript" src="{THEME}/js/post-like.js?ver={VER}" id="penci_ajax_like_post-js"></script>
<script type="text/javascript" src="{HOST}/wp-content/plugins/instagram-feed/js/sbi-scripts.min.js?ver=6.5.1" id="sbi_scripts-js"></script> </body> </html>
"""
    return page
