"""A Jordanian NGO's news posts ("جمعية نماء للتنمية المجتمعية") on WordPress with ThemeFusion's
Avada 7 theme and the Fusion Builder, with Yoast SEO, as the server sends them. The head: the
Yoast block (`<!-- This site is optimized with the Yoast SEO plugin ... -->`, `<title>` "headline -
جمعية نماء للتنمية المجتمعية", canonical, og/article meta with `article:published_time` in UTC
"+00:00", the "كُتب بواسطة"/"وقت القراءة المُقدّر" twitter labels, the `yoast-schema-graph`
JSON-LD), Avada's `fusion-dynamic-css` sheet, jQuery and the `css-fb-visibility` style. The
body (`rtl fusion-body`): skip link, `header.fusion-header-wrapper` (secondary bar with phone and
e-mail, social icons whose `screen-reader-text` names are visible text, the logo, `nav.fusion-
main-menu` with `span.menu-text` items and the mobile copy of the menu), the page title bar
(`fusion-page-title-bar` with the headline as `<h1>` and `fusion-breadcrumbs`: الرئيسية / section
/ headline), then `section#content` floated right with `article.post`: pages 1 and 3 open with
the featured-image flexslider ("عرض صورة أكبر" screen-reader link), the headline again as
`h2.entry-title.fusion-post-title`, and `div.post-content` holding the Fusion Builder markup
(`fusion-fullwidth` > `fusion-builder-row` > `fusion-layout-column` > `fusion-column-wrapper` >
`fusion-text` blocks). Page 1 (writer "رنا الخطيب", the only named byline) has a
`fusion-image-element` with its `awb-imageframe-caption-text` after the third paragraph, a
`fusion-title` `<h3>` subheading and a bold phrase; page 2 (an announcement posted at 01:30
Amman time, so Yoast's UTC instant is the day before) links a phrase inline and has no image;
page 3 embeds a `fusion-video fusion-youtube` after the second paragraph and bolds a phrase.
After the content, `fusion-meta-info` (below the article): "بواسطة <name>", the hidden
`span.updated.rich-snippet-hidden` ISO stamp (in the text all the same), the date "10 مارس،
2024" (Jordan, +03:00), the category link and "الوسوم: ..."; then the
`fusion-theme-sharing-box` ("شارك هذا الخبر!" and icons), `section.related-posts` carousel
("أخبار ذات صلة", titles below images with `fusion-date`), and the sidebar
`aside#sidebar.fusion-blogsidebar` (search, "آخر الأخبار" with dates, "التصنيفات" with counts, a
donation text widget). Footer: four `fusion-footer-widget-column` widgets, the
`fusion-footer-copyright-area` notice, social links, the "to top" link. All of that is chrome;
no comments (the NGO closes them)."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_avada_ngo"
HELD_OUT = True
SET = "unseen23"
FAMILY = "WordPress + Avada/Fusion Builder NGO news post with Yoast: fusion-text blocks, title bar breadcrumbs, fusion-meta-info below article, sharing box, related carousel, sidebar, footer widgets"
HOST = "https://avada-ngo-jo.example"
SITE = "جمعية نماء للتنمية المجتمعية"
STAFF = "إعلام الجمعية"
MENU = (("", "الرئيسية"), ("about-us", "من نحن"), ("programs", "برامجنا"), ("category/news", "الأخبار"), ("volunteer", "تطوع معنا"), ("contact", "اتصل بنا"))
SECTIONS = {"أخبار الجمعية": "news", "إعلانات": "announcements", "برامج الشباب": "youth"}
SOCIAL = (("facebook", "فيسبوك", "https://www.facebook.com/namaa.jo"), ("twitter", "X", "https://x.com/namaa_jo"), ("instagram", "إنستغرام", "https://www.instagram.com/namaa.jo"), ("youtube", "يوتيوب", "https://www.youtube.com/@namaajo"))
SHARE = (("facebook", "فيسبوك", "https://www.facebook.com/sharer.php?u="), ("twitter", "X", "https://x.com/intent/post?url="), ("whatsapp", "واتساب", "https://api.whatsapp.com/send?text="), ("linkedin", "لينكد إن", "https://www.linkedin.com/shareArticle?mini=true&amp;url="), ("mail", "البريد الإلكتروني", "mailto:?body="))
PHONE = "هاتف: 0096265153482"
MAIL = "info@avada-ngo-jo.example"
CATEGORIES = (("أخبار الجمعية", 48), ("إعلانات", 17), ("برامج الشباب", 23), ("تقارير", 9))
LATEST = ("حملة شتاء دافئ تصل إلى 900 أسرة في المفرق", "ورشة حول الشمول المالي للعاملات في القطاع غير المنظم", "مخيم صيفي يجمع 200 طفل من عين الباشا والرصيفة", "تدريب 60 مزارعة على الزراعة المائية في الرمثا")
DONATE = ("ادعم برامجنا", "تبرعك يساعدنا في إيصال المياه والتعليم والتدريب إلى الأسر الأكثر حاجة.", "تبرّع الآن")
ABOUT = ("جمعية أردنية غير ربحية تأسست عام 2011، تعمل على تحسين سبل العيش في المجتمعات الريفية والأطراف عبر برامج المياه وتمكين المرأة والشباب.")
QUICK = (("annual-reports", "التقارير السنوية"), ("partners", "شركاؤنا"), ("jobs", "وظائف"), ("privacy-policy", "سياسة الخصوصية"))
ADDRESS = ("عمّان - جبل اللويبدة، شارع الكلية العلمية الإسلامية، عمارة 14", PHONE, "البريد: " + MAIL)
NEWS_BOX = "نرسل نشرة شهرية بأخبار مشاريعنا وفرص التطوع. راسلنا لإضافة بريدك إلى القائمة."
FOOT_HEADS = ("عن الجمعية", "روابط سريعة", "تواصل معنا", "النشرة الشهرية")
REG = "مسجلة لدى وزارة التنمية الاجتماعية برقم 2011/0473"
# page -> (paragraph index, phrase) wrapped in <b>/<strong> or a link
BOLD = {1: (5, "الأولوية أعطيت للأسر التي ترأسها نساء", "b"),
        3: (2, "أكثر من نصفهم يشاركون في عمل تطوعي للمرة الأولى", "strong")}
LINK = {2: (3, "نموذج التقديم الإلكتروني", f"{HOST}/riyada-2024/")}
SUBHEAD = {1: 3}
IMAGE_AFTER = {1: 2}
VIDEO_AFTER = {3: 1}
UPDATED = {1: timedelta(hours=5, minutes=12), 2: timedelta(0), 3: timedelta(days=1, hours=2)}
READ = {1: "2 دقائق", 2: "دقيقة واحدة", 3: "دقيقة واحدة"}
LOCAL = timedelta(hours=3)


def _shown(moment) -> str:
    """WordPress's Arabic `date_format` "j F، Y" in Amman time."""
    local = moment.astimezone(UTC) + LOCAL
    return f"{local.day} {MONTHS[local.month - 1]}، {local.year}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _icons(items, link: str, place: str) -> str:
    out = []
    for key, label, base in items:
        href = base + link if link else base
        out.append(f'<a  class="fusion-social-network-icon fusion-tooltip fusion-{key} awb-icon-{key}" style="" data-placement="{place}" data-title="{e(label)}" data-toggle="tooltip" title="{e(label)}" href="{href}" target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">{e(label)}</span></a>')
    return ("<div class=\"fusion-social-networks-wrapper\">" + "".join(out) + "</div>")


def _para(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words, tag = e(BOLD[n][1]), BOLD[n][2]
        html = html.replace(words, f"<{tag}>{words}</{tag}>", 1)
    if n in LINK and LINK[n][0] == k:
        words = e(LINK[n][1])
        html = html.replace(words, f'<a href="{LINK[n][2]}">{words}</a>', 1)
    return f"<p>{html}</p>"


def _content(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    blocks, text, counter = [], [], [0]

    def flush() -> None:
        if text:
            counter[0] += 1
            blocks.append(f'<div class="fusion-text fusion-text-{counter[0]}">' + "\n".join(text)
                          + "\n</div>")
            text.clear()

    for k, para in enumerate(paras):
        if SUBHEAD.get(n) == k:
            flush()
            blocks.append('<div class="fusion-title title fusion-title-1 fusion-sep-none fusion-title-text fusion-title-size-three"><h3 class="fusion-title-'
                          f'heading title-heading-right" style="margin:0;">{e(para)}</h3></div>')
            continue
        text.append(_para(article, n, k, para))
        if IMAGE_AFTER.get(n) == k:
            flush()
            src = f"{HOST}/wp-content/uploads/2024/03/rain-harvest-khalidiya-1024x683.jpg"
            blocks.append(
                '<div class="fusion-image-element awb-imageframe-style awb-imageframe-style-below awb-imageframe-style-1" style="text-align:center;--awb-caption-title-font-family:var(--h2_typography-font-family);"><span class=" fusion-imageframe imageframe-none imageframe-1 hover-type-none"><img fetchpriority="high" decoding="async" '
                f'width="1024" height="683" alt="" src="{src}" class="img-responsive wp-image-9121"/></span><div class="awb-imageframe-caption-container"><div class="awb-imageframe-caption"><p class="awb-imageframe-caption-text">{e(article.caption)}</p></div></div></div>')
        if VIDEO_AFTER.get(n) == k:
            flush()
            blocks.append(
                '<div class="fusion-video fusion-youtube" style="--awb-max-width:600px;--awb-max-height:360px;"><div class="video-shortcode"><div class="fluid-width-video-wrapper" style="padding-top:60%;"><iframe title="YouTube video player 1" src="https://www.youtube.com/embed/Qm3hTt7LbR4?wmode=transparent&autoplay=0" width="600" height="360" allowfullscreen allow="autoplay; fullscreen"></iframe></div></div>'
                "</div>")
    flush()
    inner = "".join(blocks)
    return (
        '<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling" style="--awb-border-radius-top-left:0px;--awb-border-radius-top-right:0px;--awb-flex-wrap:wrap;" ><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start fusion-flex-content-wrap" style="max-width:1216.8px;margin-left: calc(-4% / 2 );margin-right: calc(-4% / 2 );"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-flex-column" style="--awb-bg-size:cover;--awb-width-large:100%;--awb-margin-top-large:0px;--awb-spacing-right-large:1.92%;--awb-margin-bottom-large:20px;--awb-spacing-left-large:1.92%;"><div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start fusion-content-'
        f'layout-column">{inner}</div></div></div></div>\n')


def _footer_cols(quick: str) -> str:
    """The four footer widget columns, as Avada's footer widget areas print them."""
    text = '<div class="textwidget"><p>{}</p>\n</div>\n'
    cols = (('id="text-4" class="fusion-footer-widget-column widget widget_text"', text.format(ABOUT)),
            ('id="nav_menu-2" class="fusion-footer-widget-column widget widget_nav_menu"', f'<div class="menu-footer-container"><ul id="menu-footer" class="menu">{quick}</ul></div>'),
            ('id="text-5" class="fusion-footer-widget-column widget widget_text"', text.format("<br />\n".join(ADDRESS))),
            ('id="text-6" class="fusion-footer-widget-column widget widget_text"', text.format(NEWS_BOX)))
    return "\n".join(
        f'\t\t\t\t\t<div class="fusion-column{" fusion-column-last" if k == 3 else ""} col-lg-3 col-md-3 col-sm-3">\n\t\t\t\t<section {attrs}><h4 class="widget-title">{FOOT_HEADS[k]}</h4>\t\t\t{inner}\t\t<div style="clear:both;"></div></section>\t\t\t\t\t</div>'
        for k, (attrs, inner) in enumerate(cols))


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid = article.slug
    url = f"{HOST}/{moment:%Y/%m/%d}/{pid}/"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    author = article.author or STAFF
    author_slug = "rana-alkhatib" if article.author else "media"
    cat_slug = SECTIONS[article.section]
    cat_url = f"{HOST}/category/{cat_slug}/"
    iso_local = f"{(moment.astimezone(UTC) + LOCAL):%Y-%m-%dT%H:%M:%S}+03:00"
    modified = moment + UPDATED[n]
    head_image = n in (1, 3)
    img = f"{HOST}/wp-content/uploads/{moment:%Y/%m}/post-{pid}-cover.jpg"
    plain = " ".join([article.lead, *article.paragraphs])
    desc = plain[:150].rsplit(" ", 1)[0] + "..."
    tags_line = "الوسوم: " + ", ".join(article.tags)

    menu = "".join(
        f'<li id="menu-item-{31 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{31 + k}" data-item-id="{31 + k}"><a href="{HOST}/{path}{"/" if path else ""}" class="fusion-textcolor-highlight"><span class="menu-text">{label}</span></a></li>' for k, (path, label) in enumerate(MENU))
    page.add("تخطي إلى المحتوى", PHONE, MAIL, *(s[1] for s in SOCIAL), "البحث عن:",
             *(label for _, label in MENU), "الرئيسية", article.section)
    slider = ""
    if head_image:
        slider = (
            '<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow"><ul class="slides"><li><a href="'
            f'{img}" data-rel="iLightbox[gallery{pid}]" title="" data-title="post-{pid}-cover" data-caption="" aria-label="post-{pid}-cover"><span class="screen-reader-text">عرض صورة أكبر</span><img width="1200" height="675" src="{img}" class="attachment-full size-full wp-post-image" alt="" decoding="async" />'
            "</a></li></ul></div>\n")
        page.add("عرض صورة أكبر")
    if n in IMAGE_AFTER:
        page.add(article.caption)
    meta = (
        f'<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">بواسطة <span class="vcard"><span class="fn"><a href="{HOST}/author/{author_slug}/" title="مقالات {e(author)}" rel="author">{e(author)}</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{iso_local}</span><span>{shown}</span><span class="fusion-inline-sep">|</span><a href="{cat_url}" rel="category tag">{e(article.section)}</a><span class="fusion-inline-sep">|</span><span class="meta-tags">'
        "الوسوم: " + ", ".join(f'<a href="{HOST}/tag/{k}-{pid}/" rel="tag">{e(t)}</a>'
                               for k, t in enumerate(article.tags))
        + '</span><span class="fusion-inline-sep">|</span></div></div>')
    page.add(f"بواسطة {author}", iso_local, shown, tags_line, "شارك هذا الخبر!",
             *(s[1] for s in SHARE))
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 17 * k, hours=3 * k)
        page.add(title, _shown(when))
        link = f"{HOST}/{when:%Y/%m/%d}/{int(pid) - 11 * (k + 1)}/"
        related.append(
            '<li class="fusion-carousel-item"><div class="fusion-carousel-item-wrapper"><div  class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="true">'
            f'<a href="{link}" aria-label="{e(title)}"><img src="{HOST}/wp-content/uploads/{when:%Y/%m}/rel-{k}-500x383.jpg" width="500" height="383" alt="{e(title)}" /></a></div><h4 class="fusion-carousel-title"><a class="fusion-related-posts-title-link" href="{link}" target="_self" title="{e(title)}">{e(title)}</a></h4><div class="fusion-carousel-meta"><span class="fusion-date">{_shown(when)}</span></div>'
            "<!-- fusion-carousel-meta --></div><!-- fusion-carousel-item-wrapper --></li>")
    page.add("أخبار ذات صلة", "آخر الأخبار", "التصنيفات", *DONATE, *FOOT_HEADS, ABOUT,
             *(label for _, label in QUICK), *ADDRESS, NEWS_BOX, REG, "اذهب إلى الأعلى",
             "رابط تحميل الصفحة")
    latest = []
    for k, title in enumerate(t for t in LATEST if t not in article.related):
        when = moment - timedelta(days=2 + 5 * k)
        page.add(title, _shown(when))
        latest.append(f'<li><a href="{HOST}/{when:%Y/%m/%d}/{int(pid) - 3 - k}/">{e(title)}</a><span class="post-date">{_shown(when)}</span></li>')
    cats = "".join(f'<li class="cat-item cat-item-{4 + k}"><a href="{HOST}/category/{k}/">{name}</a> ({count})</li>' for k, (name, count) in enumerate(CATEGORIES))
    page.add(*(f"{name} ({count})" for name, count in CATEGORIES))
    year = (moment.astimezone(UTC) + LOCAL).year
    copyright_line = f"© حقوق النشر {year} {SITE}. جميع الحقوق محفوظة."
    page.add(copyright_line)
    quick = "".join(f'<li class="menu-item menu-item-{90 + k}"><a href="{HOST}/{p}/">{t}</a></li>'
                    for k, (p, t) in enumerate(QUICK))
    crumbs = (f'<div class="fusion-breadcrumbs awb-yoast-breadcrumbs"><span class="fusion-breadcrumb-item"><a href="{HOST}" class="fusion-breadcrumb-link"><span>الرئيسية</span></a></span><span class="fusion-breadcrumb-sep">/</span><span class="fusion-breadcrumb-item"><a href="{cat_url}" class="fusion-breadcrumb-link"><span>{e(article.section)}</span></a></span><span class="fusion-breadcrumb-sep">/</span><span class="fusion-breadcrumb-item"><span  class="breadcrumb-leaf">{e(article.headline)}</span></span></div>')
    person_id = f"{HOST}/#/schema/person/{author_slug}"
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "author": {"name": author, "@id": person_id}, "headline": article.headline, "datePublished": _utc(moment), "dateModified": _utc(modified), "mainEntityOfPage": {"@id": url}, "wordCount": len(plain.split()), "publisher": {"@id": f"{HOST}/#organization"}, "keywords": list(article.tags), "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}", "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": _utc(moment), "dateModified": _utc(modified), "description": desc, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [ {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"}, {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE, "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/", "sameAs": [s[2] for s in SOCIAL]},
        {"@type": "Person", "@id": person_id, "name": author, "url": f"{HOST}/author/{author_slug}/"},
    ]
    if head_image:
        graph[0]["image"] = {"@id": f"{url}#primaryimage"}
        graph[0]["thumbnailUrl"] = img
    schema = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                        separators=(",", ":")).replace("/", "\\/")
    og_image = (f'\t<meta property="og:image" content="{img}" />\n\t<meta property="og:image:width" content="1200" />\n\t<meta property="og:image:height" content="675" />\n\t<meta property="og:image:type" content="image/jpeg" />\n') if head_image else ""
    modified_meta = (f'\t<meta property="article:modified_time" content="{_utc(modified)}" />\n'
                     if UPDATED[n] else "")
    body_class = (f"post-template-default single single-post postid-{pid} single-format-standard has-sidebar fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-button_span-no fusion-button_gradient-linear avada-image-rollover-circle-yes avada-image-rollover-yes avada-image-rollover-direction-left rtl fusion-body fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header no-mobile-slidingbar no-mobile-totop fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-right layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large avada-header-shadow-no avada-has-titlebar-bar_and_content avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1")
    post_class = (f"post-{pid} post type-post status-publish format-standard {'has-post-thumbnail ' if head_image else ''}hentry category-{cat_slug}")
    footer_cols = _footer_cols(quick)
    page.html = f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top avada-has-site-width-percent avada-is-100-percent-template" dir="rtl" lang="ar" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title>
	<meta name="description" content="{e(desc)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(article.headline)} - {SITE}" />
	<meta property="og:description" content="{e(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="{SOCIAL[0][2]}" />
	<meta property="article:published_time" content="{_utc(moment)}" />
{modified_meta}{og_image}	<meta name="author" content="{e(author)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="كُتب بواسطة" />
	<meta name="twitter:data1" content="{e(author)}" />
	<meta name="twitter:label2" content="وقت القراءة المُقدّر" />
	<meta name="twitter:data2" content="{READ[n]}" />
	<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>
	<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel='stylesheet' id='fusion-dynamic-css-css' href='{HOST}/wp-content/uploads/fusion-styles/5be3c7a1d0f2e94a8c6b1d37e2f40a99.min.css?ver=3.11.7' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='shortlink' href='{HOST}/?p={pid}' />
<style type="text/css" id="css-fb-visibility">@media screen and (max-width: 640px){{.fusion-no-small-visibility{{display:none !important;}}}}</style>
	<script type="text/javascript">
		var doc = document.documentElement;
		doc.setAttribute( 'data-useragent', navigator.userAgent );
	</script>
</head>
<body class="{body_class}" data-awb-post-id="{pid}">
		<a class="skip-link screen-reader-text" href="#content">تخطي إلى المحتوى</a>
	<div id="boxed-wrapper">
		<div id="wrapper" class="fusion-wrapper">
			<div id="home" style="position:relative;top:-1px;"></div>
			<header class="fusion-header-wrapper">
				<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-right fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header">
	<div class="fusion-row">
					<div class="fusion-alignleft">
				<div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">{PHONE}</span><span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address"><a href="mailto:{MAIL}">{MAIL}</a></span></div>			</div>
							<div class="fusion-alignright">
				<div class="fusion-social-links-header"><div class="fusion-social-networks">{_icons(SOCIAL, "", "bottom")}</div></div>			</div>
			</div>
</div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header">
	<div class="fusion-row">
					<div class="fusion-logo" data-margin-top="16px" data-margin-bottom="16px" data-margin-left="0px" data-margin-right="0px">
			<a class="fusion-logo-link"  href="{HOST}/" >
						<!-- standard logo -->
			<img src="{HOST}/wp-content/uploads/2023/01/namaa-logo.png" srcset="{HOST}/wp-content/uploads/2023/01/namaa-logo.png 1x" width="220" height="64" alt="{SITE} الشعار" data-retina_logo_url="" class="fusion-standard-logo" />
			</a>
		</div>		<nav class="fusion-main-menu" aria-label="القائمة الرئيسية"><ul id="menu-main" class="fusion-menu">{menu}<li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon" href="#" aria-label="بحث" data-title="بحث" title="بحث" role="button" aria-expanded="false"></a><div class="fusion-custom-menu-item-contents"><form role="search" class="searchform fusion-search-form  fusion-search-form-classic" method="get" action="{HOST}/"><div class="fusion-search-form-content"><div class="fusion-search-field search-field"><label><span class="screen-reader-text">البحث عن:</span><input type="search" value="" name="s" class="s" placeholder="بحث..." required aria-required="true" aria-label="بحث..."/></label></div><div class="fusion-search-button search-button"><input type="submit" class="fusion-search-submit searchsubmit" aria-label="بحث" value="&#xf002;" /></div></div></form></div></li></ul></nav>
<nav class="fusion-mobile-nav-holder fusion-mobile-menu-text-align-right" aria-label="القائمة الرئيسية للجوال"></nav>
					</div>
</div>
				</div>
				<div class="fusion-clearfix"></div>
			</header>
			<div id="sliders-container" class="fusion-slider-visibility"></div>
			<section class="avada-page-titlebar-wrapper" aria-label="شريط عنوان الصفحة">
	<div class="fusion-page-title-bar fusion-page-title-bar-none fusion-page-title-bar-right">
		<div class="fusion-page-title-row">
			<div class="fusion-page-title-wrapper">
				<div class="fusion-page-title-captions">
																							<h1 class="entry-title">{e(article.headline)}</h1>
									</div>
															<div class="fusion-page-title-secondary">
										{crumbs}									</div>
			</div>
		</div>
	</div>
</section>
						<main id="main" class="clearfix ">
				<div class="fusion-row" style="">
<section id="content" style="float: right;">
					<article id="post-{pid}" class="{post_class}">
						{slider}
															<h2 class="entry-title fusion-post-title">{e(article.headline)}</h2>
							<div class="post-content">
				{_content(article, n)}							</div>
												{meta}													<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box">
		<h4>شارك هذا الخبر!</h4>
		<div class="fusion-social-networks boxed-icons">{_icons(SHARE, url, "top")}</div>	</div>
													<section class="related-posts single-related-posts">
				<div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:10px;margin-bottom:15px;"><h3 class="title-heading-right" style="margin:0;">أخبار ذات صلة</h3><span class="awb-title-spacer"></span><div class="title-sep-container"><div class="title-sep sep-double sep-solid"></div></div></div>
		<div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="3" data-itemmargin="44px" data-itemwidth="180" data-scrollitems="">
			<div class="swiper-wrapper">
				{"".join(related)}
			</div><!-- swiper-wrapper -->
		</div><!-- fusion-carousel -->
</section><!-- related-posts -->
																	</article>
	</section>
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-left fusion-blogsidebar" style="float: left;" data="">
											<section id="search-2" class="widget widget_search"><form role="search" class="searchform fusion-search-form  fusion-search-form-classic" method="get" action="{HOST}/"><div class="fusion-search-form-content"><div class="fusion-search-field search-field"><label><span class="screen-reader-text">البحث عن:</span><input type="search" value="" name="s" class="s" placeholder="بحث..." required aria-required="true" aria-label="بحث..."/></label></div></div></form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries">
		<div class="heading"><h4 class="widget-title">آخر الأخبار</h4></div>
		<ul>
{"".join(latest)}
		</ul>
		</section><section id="categories-2" class="widget widget_categories"><div class="heading"><h4 class="widget-title">التصنيفات</h4></div>
			<ul>
{cats}
			</ul>
			</section><section id="text-3" class="widget widget_text"><div class="heading"><h4 class="widget-title">{DONATE[0]}</h4></div>			<div class="textwidget"><p>{DONATE[1]}</p>
<p><a class="fusion-button button-flat fusion-button-default-size button-default fusion-button-default button-1" target="_self" href="{HOST}/donate/"><span class="fusion-button-text">{DONATE[2]}</span></a></p>
</div>
		</section>			</aside>
						</div>  <!-- fusion-row -->
				</main>  <!-- #main -->
					<div class="fusion-footer">
				<footer role="contentinfo" class="fusion-footer-widget-area fusion-widget-area">
		<div class="fusion-row">
			<div class="fusion-columns fusion-columns-4 fusion-widget-area">
{footer_cols}
			</div> <!-- fusion-columns -->
		</div> <!-- fusion-row -->
	</footer> <!-- fusion-footer-widget-area -->
	<footer id="footer" class="fusion-footer-copyright-area">
		<div class="fusion-row">
			<div class="fusion-copyright-content">
				<div class="fusion-copyright-notice">
		<div>
		{copyright_line}<br />{REG}	</div>
	</div>
<div class="fusion-social-links-footer">
	<div class="fusion-social-networks">{_icons(SOCIAL, "", "top")}</div></div>
			</div> <!-- fusion-fusion-copyright-content -->
		</div> <!-- fusion-row -->
	</footer> <!-- #footer -->
			</div> <!-- fusion-footer -->
			<div class="fusion-sliding-bar-wrapper"></div>
		</div> <!-- wrapper -->
	</div> <!-- #boxed-wrapper -->
	<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">رابط تحميل الصفحة</a>
	<div class="avada-footer-scripts">
		<script type="text/javascript">var fusionNavIsCollapsed=function(e){{var t,n;window.innerWidth<=e.getAttribute("data-breakpoint")}}</script>
		<script type="text/javascript" src="{HOST}/wp-content/themes/Avada/includes/lib/assets/min/js/library/cssua.js?ver=2.1.28" id="cssua-js"></script>
		<script type="text/javascript" src="{HOST}/wp-content/plugins/fusion-builder/assets/js/min/general/fusion-title.js?ver=1" id="fusion-title-js"></script>
		<script type="text/javascript" src="{HOST}/wp-content/themes/Avada/assets/min/js/general/avada-header.js?ver=7.11.7" id="avada-header-js"></script>
	</div>
			<section class="to-top-container to-top-left" aria-labelledby="awb-to-top-label">
		<a href="#" id="toTop" class="fusion-top-top-link">
			<span id="awb-to-top-label" class="screen-reader-text">اذهب إلى الأعلى</span>
		</a>
	</section>
		</body>
</html>
"""
    return page
