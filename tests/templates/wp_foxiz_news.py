"""A Saudi regional news site ("الواحة نيوز", Al-Ahsa and the Eastern Province) on WordPress
with the Foxiz theme by Theme-Ruby, as the theme serves a single post (layout standard-1, RTL).
The head: Rank Math's `<title>` "headline - الواحة نيوز", og/article meta with the site's
+03:00 times and its `rank-math-schema` JSON-LD graph, the `foxiz-main`/`foxiz-style` sheets,
the Google font and the `foxizCoreParams`/`foxizParams` scripts. The body
(`is-standard-1 ... rtl single-post`) opens `div.site-outer` with the breaking-news bar
(`block-wrap block-breaking-news rb-section`: "عاجل" and swiper slides of `h6.entry-title
breaking-news-title` links), the `header-wrap rb-section header-set-1` navbar (logo, main menu
`main-menu rb-menu`, search and dark-mode labels). The post is `div.single-standard-1
is-sidebar-left sticky-sidebar` > `article`: `header.single-header` with the Breadcrumb NavXT
breadcrumb (`breadcrumb-wrap s-breadcrumb`), `div.s-cats` > `div.p-categories` (the section),
`h1.s-title fw-headline`, `div.single-meta` > `div.smeta-in` (avatar, `meta-el meta-author`
with "بواسطة", `meta-el meta-date` with "نُشر:" and `time.date published`), `smeta-extra` with
the `t-shared-sec` share label "مشاركة" and the read time. Page 2 adds Foxiz's
`smeta-bottom` "آخر تحديث: 2024/08/05 at 2:10 ص" (the theme's own `Y/m/d \\a\\t g:i A` format,
"at" left untranslated). Then `s-feat-outer` (page 1: featured image with `feat-caption
meta-text`; page 3 an image without caption; page 2 none), `s-ct-wrap has-lsl` with the sticky
left share list (`l-shared-sec`), `e-ct-outer` > `div.entry-content rbct clearfix
is-highlight-shares` holding the text: page 1 bolds a number and links a phrase inline; page 2
carries the theme's inline related box (`related-sec related-5`, "اقرأ أيضا") after the second
paragraph; page 3 opens with the `ruby-table-contents rbtoc` box ("المحتويات", links to its two
`h2` subheadings, which are text) and an `inline-single-ad` ("- إعلان -") after the fourth
paragraph. After the text: `div.efoot` with the tag bar ("الوسوم:"), the `e-shared-sec`
"شارك هذا المقال" bar with network names, comments on page 1 only (two, with "يقول:" and dates),
the "Related News" block (`related-sec related-6`, the heading left in English as the site set
it, titles and dates), the left sidebar "الأكثر قراءة" widget, the newsletter widget and the
footer (about text, menus, copyright). Page 2 is a staff post ("فريق التحرير" in the author
slot): no writer is named; its 00:35 local time is the day before in UTC, but the page prints
only local (+03:00) dates. All of that except the paragraphs and subheadings is chrome."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import MOST_READ, Article, Page, day_month_year, e, rotate

NAME = "wp_foxiz_news"
HELD_OUT = True
SET = "unseen27"
FAMILY = ("WordPress + Foxiz (Theme-Ruby) Saudi news single post: breaking bar, single-header "
          "s-title, smeta-in meta-author/meta-date, entry-content rbct, TOC, inline related, "
          "efoot tags, sticky share, Related News, sidebar")
HOST = "https://foxiz-akhbar.example"
SITE = "الواحة نيوز"
TAGLINE = "أخبار الأحساء والمنطقة الشرقية على مدار الساعة"
MENU = (("/", "الرئيسية"), ("/category/local/", "محليات"), ("/category/economy/", "اقتصاد"),
        ("/category/sports/", "رياضة"), ("/category/education/", "تعليم"),
        ("/category/misc/", "منوعات"), ("/category/opinion/", "مقالات"),
        ("/category/video/", "فيديو"))
CATS = {"محليات": ("local", 4), "تعليم": ("education", 9)}
BREAKING = ("الدفاع المدني يدعو إلى الحذر من السيول في المنطقة الشرقية",
            "بدء التسجيل في برنامج الابتعاث لطلاب المرحلة الثانوية",
            "إغلاق جزئي لطريق الظهران الجبيل السريع لأعمال صيانة")
SHARES = (("facebook", "فيسبوك"), ("twitter", "إكس"), ("whatsapp", "واتساب"),
          ("telegram", "تيليجرام"), ("copy", "نسخ الرابط"))
INLINE = ("مواعيد جديدة لجمع النفايات في أحياء الهفوف", "تشغيل محطة ضخ جديدة شرق المبرز")
COMMENTS = (("أبو فهد", 105, "مشروع جميل، نتمنى تمديده إلى أحياء المبرز أيضا."),
            ("ريم", 190, "زرناه أمس مع الأطفال، المكان نظيف والإضاءة ممتازة."))
FOOTER_MENU = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا")
ABOUT = "صحيفة إلكترونية سعودية تغطي أخبار الأحساء والمنطقة الشرقية."
NEWSLETTER = ("النشرة البريدية", "اشترك ليصلك ملخص أخبار الواحة كل صباح.", "اشترك")
UTILITY = ("ابحث", "الوضع الليلي", "عاجل", "مشاركة", "شارك هذا المقال", "الوسوم:",
           "Related News", "الأكثر قراءة", "بواسطة")
SUBHEADS = {3: (2, 5)}  # paragraph indexes (0 = lead) page 3 prints as h2; their anchors:
TOC_SLUGS = ("ما-الأصناف-المستهدفة؟", "شراكة-مع-المزارعين")


def _ar_time(moment) -> str:
    return f"{moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


SHARE_URLS = {"facebook": "https://www.facebook.com/sharer.php?u=",
              "twitter": "https://twitter.com/intent/tweet?url=",
              "whatsapp": "https://api.whatsapp.com/send?text=", "telegram": "https://t.me/share/?url="}


def _share_list(url: str, title: str, names: bool) -> str:
    items = []
    for key, label in SHARES:
        text = f'<span class="share-label">{label}</span>' if names else ""
        href = SHARE_URLS[key] + url if key in SHARE_URLS else "#"
        items.append(f'<a class="share-action share-trigger icon-{key}" href="{href}" '
                     f'data-title="{label}" rel="nofollow"><i class="rbi rbi-{key}" '
                     f'aria-hidden="true"></i>{text}</a>')
    return "".join(items)


def _list_small(k: int, title: str, when, href: str) -> str:
    return f"""<div class="p-wrap p-small p-list-small-2" data-pid="{47000 + k}">
		<div class="feat-holder"><div class="p-featured ratio-v1"><a class="p-flink" href="{href}" title="{e(title)}"><img loading="lazy" width="150" height="150" src="{HOST}/wp-content/uploads/2024/01/thumb-{k}-150x150.jpg" class="featured-img wp-post-image" alt="" decoding="async"></a></div></div>
		<div class="p-content"><h5 class="entry-title none-toc"><a class="p-url" href="{href}" rel="bookmark">{e(title)}</a></h5>
			<div class="p-meta"><div class="meta-inner is-meta"><div class="meta-el meta-date">
		<time class="date published" datetime="{when.isoformat()}">{day_month_year(when)}</time>
		</div></div></div>
		</div>
	</div>"""


def _content(article: Article, n: int, page: Page) -> str:
    paras = [article.lead, *article.paragraphs]
    heads, out = SUBHEADS.get(n, ()), []
    if n == 3:
        links = "".join(f'<a class="table-link anchor-link h5" data-index="rb-heading-index-{k}" '
                        f'href="#{slug}">{e(paras[i])}</a>'
                        for k, (i, slug) in enumerate(zip(heads, TOC_SLUGS, strict=True)))
        out.append('<div class="ruby-table-contents rbtoc table-fw no-numlist"><div class="toc-header">'
                   '<i class="rbi rbi-read"></i><span class="h3">المحتويات</span>'
                   '<div class="toc-toggle no-link"><i class="rbi rbi-angle-down"></i></div></div>'
                   f'<div class="toc-content"><div class="inner">{links}</div></div></div>')
        page.add("المحتويات")
    for i, text in enumerate(paras):
        html = e(text)
        if n == 1 and i == 1:
            html = html.replace("أكثر من 1800 شجرة", "<strong>أكثر من 1800 شجرة</strong>")
        if n == 1 and i == 2:
            html = html.replace("هيئة التراث", '<a href="https://heritage.example.gov.sa/" '
                                'target="_blank" rel="noopener">هيئة التراث</a>')
        if i in heads:
            k = heads.index(i)
            out.append(f'<h2 id="{TOC_SLUGS[k]}" class="wp-block-heading rb-heading-index-{k}">'
                       f'{html}</h2>')
        else:
            out.append(f"<p>{html}</p>")
        if n == 2 and i == 1:
            items = "".join(f'<div class="p-wrap p-list-inline" data-pid="{46100 + k}"><h4 '
                            f'class="entry-title none-toc"><a class="p-url" href="{HOST}/archives/'
                            f'{46100 + k}" rel="bookmark">{e(t)}</a></h4></div>'
                            for k, t in enumerate(INLINE))
            out.append('<div class="related-sec related-5"><div class="inner"><div class="block-h '
                       'heading-layout-2"><div class="heading-inner"><h3 class="heading-title '
                       f'none-toc"><span>اقرأ أيضا</span></h3></div></div><div class="block-inner">'
                       f"{items}</div></div></div>")
            page.add("اقرأ أيضا", *INLINE)
        if n == 3 and i == 3:
            out.append('<div class="inline-single-ad ad-wrap"><span class="ad-description is-meta">'
                       '- إعلان -</span><div class="ad-image"><a class="ad-destination" target="_blank" '
                       f'rel="noopener nofollow" href="{HOST}/ads/stc"><img loading="lazy" '
                       f'src="{HOST}/wp-content/uploads/2024/10/banner-728x90.jpg" alt="" width="728" '
                       'height="90"></a></div></div>')
            page.add("- إعلان -")
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    m = article.moment
    url, shown = f"{HOST}/archives/{article.slug}", day_month_year(m)
    page = Page(url=url, html="", shown_date=shown)
    cat_slug, cat_id = CATS[article.section]
    author = article.author or "فريق التحرير"
    author_slug = {"سلمان العيسى": "salman", "نورة البراهيم": "noura"}.get(author, "editor")
    read = f"{max(1, round(len(article.body.split()) / 110))} دقيقة للقراءة"
    modified = m + timedelta(minutes=95) if n == 2 else m
    updated = f"آخر تحديث: {modified:%Y/%m/%d} at {_ar_time(modified)}" if n == 2 else ""
    page.add(*(label for _, label in MENU), *UTILITY, *BREAKING, SITE, author,
             f"نُشر: {shown}", read, updated, *(label for _, label in SHARES),
             f"الوسوم: {', '.join(article.tags)}", ABOUT, *NEWSLETTER, *FOOTER_MENU,
             f"© {m.year} {SITE}. جميع الحقوق محفوظة.", TAGLINE, article.section)
    image = ""
    if n != 2:
        cap = ""
        if article.caption != "-":
            cap = (f'<div class="feat-caption meta-text"><span class="caption-text meta-bold">'
                   f'{e(article.caption)}</span><em class="attribution">تصوير: {SITE}</em></div>')
            page.add(article.caption, f"تصوير: {SITE}")
        image = (f'<div class="s-feat-outer">\n\t\t\t\t\t\t\t<div class="s-feat"><div class='
                 f'"featured-lightbox-trigger" data-source="{HOST}/wp-content/uploads/{m:%Y/%m}/'
                 f'{article.slug}.jpg" data-caption="" data-attribution=""><img width="860" '
                 f'height="484" src="{HOST}/wp-content/uploads/{m:%Y/%m}/{article.slug}-860x484.jpg" '
                 'class="attachment-foxiz_crop_o1 size-foxiz_crop_o1 wp-post-image" alt="" '
                 f'loading="eager" decoding="async" fetchpriority="high"></div></div>{cap}'
                 "\n\t\t\t\t\t\t</div>")
    related = []
    for k, title in enumerate(article.related):
        when = m - timedelta(days=3 + 9 * k, hours=5 * k)
        related.append(_list_small(k, title, when, f"{HOST}/archives/{int(article.slug) - 41 * (k + 1)}"))
        page.add(title, day_month_year(when))
    most = rotate(MOST_READ, 3 * n, 4)  # the sidebar's "الأكثر قراءة", each page its own
    most_html = "\n".join(f'<div class="p-wrap p-list-small-1" data-pid="{45000 + k}"><span '
                          f'class="counter">{k + 1}</span><h6 class="entry-title"><a class="p-url" '
                          f'href="{HOST}/archives/{45000 + k * 7}" rel="bookmark">{e(t)}</a></h6>'
                          "</div>" for k, t in enumerate(most))
    page.add(*most)
    comments = ""
    if n == 1:  # only the walkway story has (two) comments; the others' are closed
        rows = []
        for k, (who, minutes, text) in enumerate(COMMENTS):
            when = m + timedelta(minutes=minutes)
            stamp = f"{day_month_year(when)} في {_ar_time(when)}"
            rows.append(f"""		<li id="comment-{9100 + k}" class="comment even thread-even depth-1">
			<article id="div-comment-{9100 + k}" class="comment-body">
				<footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{k}a7f?s=100&#038;d=mm&#038;r=g' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' decoding='async'/>						<b class="fn">{who}</b> <span class="says">يقول:</span>					</div><div class="comment-metadata"><a href="{url}#comment-{9100 + k}"><time datetime="{when.isoformat()}">{stamp}</time></a></div></footer>
				<div class="comment-content"><p>{e(text)}</p></div>
				<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{9100 + k}" data-commentid="{9100 + k}">رد</a></div>
			</article>
		</li>""")
            page.add(who, "يقول:", stamp, text)
        page.add("2 تعليقات", "رد")
        comments = f"""<div class="comment-box-wrap entry-sec">
				<div class="comment-box-header"><span class="h3"><i class="rbi rbi-comment" aria-hidden="true"></i>2 تعليقات</span></div>
				<div class="comment-holder"><div id="comments" class="comments-area">
	<ol class="comment-list">
{chr(10).join(rows)}
	</ol>
</div></div>
			</div>"""
    updated_html = "" if n != 2 else (
        f'\n\t\t\t\t\t\t\t<div class="smeta-bottom meta-text">\n\t\t\t\t\t\t\t\t<time '
        f'class="updated-date" datetime="{modified.isoformat()}">{updated}</time>\n\t\t\t\t\t\t\t</div>')
    breaking = "\n".join(f'<div class="swiper-slide"><h6 class="entry-title breaking-news-title">'
                         f'<a class="p-url" href="{HOST}/archives/{51000 + k}" rel="bookmark">{e(t)}'
                         "</a></h6></div>" for k, t in enumerate(BREAKING))
    menu = "\n".join(f'<li id="menu-item-{101 + k}" class="menu-item menu-item-type-taxonomy '
                     f'menu-item-object-category menu-item-{101 + k}"><a href="{HOST}{path}">'
                     f"<span>{label}</span></a></li>" for k, (path, label) in enumerate(MENU))
    tags = ", ".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>'
                     for t in article.tags)
    desc = article.lead[:155].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["Person", "Organization"], "@id": f"{HOST}/#person", "name": SITE},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": HOST, "inLanguage": "ar"},
        {"@type": "WebPage", "@id": f"{url}#webpage", "url": url,
         "name": f"{article.headline} - {SITE}", "datePublished": m.isoformat(),
         "dateModified": modified.isoformat(), "inLanguage": "ar"},
        {"@type": "NewsArticle", "headline": f"{article.headline} - {SITE}",
         "keywords": ",".join(article.tags), "datePublished": m.isoformat(),
         "dateModified": modified.isoformat(), "articleSection": article.section,
         "author": {"@type": "Person", "name": author}, "description": desc,
         "name": f"{article.headline} - {SITE}", "@id": f"{url}#richSnippet",
         "isPartOf": {"@id": f"{url}#webpage"}, "inLanguage": "ar",
         "mainEntityOfPage": {"@id": f"{url}#webpage"}}]}
    ld_json = json.dumps(ld, ensure_ascii=False)
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    ver = ("2.3.5", "2.4.1", "2.5.3")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{e(article.headline)} - {SITE}</title>
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{e(desc)}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)} - {SITE}" />
<meta property="og:description" content="{e(desc)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
{og_tags}
<meta property="article:section" content="{article.section}" />
<meta property="article:published_time" content="{m.isoformat()}" />
<meta property="article:modified_time" content="{modified.isoformat()}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{e(article.headline)} - {SITE}" />
<meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{author}" />
<script type="application/ld+json" class="rank-math-schema">{ld_json}</script>
<!-- /Rank Math WordPress SEO plugin -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='foxiz-font-css' href='https://fonts.googleapis.com/css?family=Cairo:400,500,600,700,800%7CTajawal:700&#038;display=swap' media='all' />
<link rel='stylesheet' id='foxiz-main-css' href='{HOST}/wp-content/themes/foxiz/assets/css/main.css?ver={ver}' media='all' />
<link rel='stylesheet' id='foxiz-print-css' href='{HOST}/wp-content/themes/foxiz/assets/css/print.css?ver={ver}' media='print' />
<link rel='stylesheet' id='foxiz-style-css' href='{HOST}/wp-content/themes/foxiz/style.css?ver={ver}' media='all' />
<style id='foxiz-style-inline-css'>:root {{--g-color :#0a7a55;--g-color-90 :#0a7a55e6;--body-family:'Cairo', Arial, Helvetica, sans-serif;}}</style>
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="rtl post-template-default single single-post postid-{article.slug} single-format-standard wp-custom-logo menu-ani-1 hover-ani-1 btn-ani-1 is-rm-1 lmeta-dot loader-1 is-hd-1 is-standard-1 is-mstick yes-tstick is-backtop none-m-backtop" data-theme="default">
<div class="site-outer">
	<div id="uid_breaking" class="block-wrap block-breaking-news rb-section is-hd-1 top-breaking">
		<div class="rb-container edge-padding">
			<span class="breaking-news-heading"><svg class="svg-icon svg-fire" aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2c1 4-3 6-3 10a3 3 0 006 0c0-2-1-3-1-5 2 1 4 4 4 7a6 6 0 01-12 0c0-6 6-8 6-12z"/></svg><span>عاجل</span></span>
			<div class="breaking-news-slider swiper-container pre-load" data-play="1" data-speed="5000">
				<div class="swiper-wrapper">
{breaking}
				</div>
				<div class="breaking-news-nav"><div class="breaking-news-prev rbi rbi-prev"></div><div class="breaking-news-next rbi rbi-next"></div></div>
			</div>
		</div>
	</div>
	<header id="site-header" class="header-wrap rb-section header-set-1 header-1 header-wrapper style-shadow has-quick-menu">
		<div id="navbar-outer" class="navbar-outer">
			<div id="sticky-holder" class="sticky-holder">
				<div class="navbar-wrap"><div class="rb-container edge-padding">
						<div class="navbar-inner">
							<div class="navbar-left">
								<div class="logo-wrap is-image-logo site-branding">
									<a href="{HOST}/" class="logo" title="{SITE}"><img class="logo-default" data-mode="default" height="80" width="240" src="{HOST}/wp-content/uploads/2023/05/alwaha-logo.png" alt="{SITE}" decoding="async"></a>
									<p class="site-description">{TAGLINE}</p>
								</div>
								<nav id="site-navigation" class="main-menu-wrap" aria-label="main menu"><ul id="menu-main-1" class="main-menu rb-menu large-menu" itemscope itemtype="https://www.schema.org/SiteNavigationElement">{menu}</ul></nav>
							</div>
							<div class="navbar-right">
								<div class="wnav-holder w-header-search header-dropdown-outer"><a href="#" data-title="ابحث" class="icon-holder header-element search-btn search-trigger" aria-label="search"><i class="rbi rbi-search wnav-icon" aria-hidden="true"></i><span class="header-search-label meta-text">ابحث</span></a></div>
								<div class="dark-mode-toggle-wrap"><div class="dark-mode-toggle"><span class="dark-mode-slide"><i class="dark-mode-slide-btn mode-icon-dark" data-title="الوضع الليلي"></i></span><span class="mode-label">الوضع الليلي</span></div></div>
							</div>
						</div>
					</div></div>
			</div>
		</div>
	</header>
	<div class="site-wrap">
		<div class="single-standard-1 is-sidebar-left sticky-sidebar optimal-line-length">
			<div class="rb-container edge-padding">
				<article id="post-{article.slug}" class="post-{article.slug} post type-post status-publish format-standard has-post-thumbnail category-{cat_slug}">
				<header class="single-header">
					<aside class="breadcrumb-wrap breadcrumb-navxt s-breadcrumb"><div class="breadcrumb-inner" vocab="https://schema.org/" typeof="BreadcrumbList"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="{SITE}" href="{HOST}/" class="home"><span property="name">الرئيسية</span></a><meta property="position" content="1"></span><i class="rbi rbi-cright"></i><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="{HOST}/category/{cat_slug}/" class="taxonomy category"><span property="name">{article.section}</span></a><meta property="position" content="2"></span></div></aside>
					<div class="s-cats ecat-bg-4 ecat-size-big">
						<div class="p-categories"><a class="p-category category-id-{cat_id}" href="{HOST}/category/{cat_slug}/" rel="category">{article.section}</a></div>
					</div>
					<h1 class="s-title fw-headline">{e(article.headline)}</h1>
					<div class="single-meta meta-s-dot yes-wrap is-meta-author-bold">
						<div class="smeta-in">
							<a class="meta-el meta-avatar" href="{HOST}/author/{author_slug}/" rel="nofollow" aria-label="Visit posts by {author}"><img alt='{author}' src='https://secure.gravatar.com/avatar/{author_slug}?s=120&#038;d=mm&#038;r=g' class='avatar avatar-120 photo' height='120' width='120' decoding='async'/></a>
							<div class="smeta-sec">{updated_html}
								<div class="p-meta">
									<div class="meta-inner is-meta"><div class="meta-el meta-author">
				<span class="meta-label">بواسطة</span>
				<a href="{HOST}/author/{author_slug}/">{author}</a>		</div>
	<div class="meta-el meta-date">
		<time class="date published" datetime="{m.isoformat()}">نُشر: {shown}</time>
		</div></div>
								</div>
							</div>
						</div>
						<div class="smeta-extra"><div class="t-shared-sec tooltips-n has-read-meta is-color">
			<div class="t-shared-header is-meta"><i class="rbi rbi-share" aria-hidden="true"></i><span class="share-label">مشاركة</span></div>
			<div class="effect-fadeout">{_share_list(url, article.headline, False)}</div>
		</div>
							<div class="single-right-meta single-time-read is-meta"><div class="meta-el reading-time"><i class="rbi rbi-watch" aria-hidden="true"></i>{read}</div></div></div>
					</div>
				</header>
				<div class="grid-container">
					<div class="s-ct">
						{image}
						<div class="s-ct-wrap has-lsl">
			<div class="s-ct-inner">
				<div class="l-shared-sec-outer show-mobile"><div class="l-shared-sec"><div class="l-shared-items effect-fadeout is-color">{_share_list(url, article.headline, False)}</div></div></div>
				<div class="e-ct-outer">
					<div class="entry-content rbct clearfix is-highlight-shares" itemprop="articleBody">{_content(article, n, page)}</div>
					<div class="efoot"><div class="efoot-bar tag-bar">
			<span class="blabel is-meta"><i class="rbi rbi-tag" aria-hidden="true"></i>الوسوم:</span>
			<span class="tags-list h5">{tags}</span>
		</div></div>
				</div>
			</div>
			<div class="e-shared-sec entry-sec">
				<div class="e-shared-header h4"><i class="rbi rbi-share" aria-hidden="true"></i><span>شارك هذا المقال</span></div>
				<div class="rbbsl tooltips-n effect-fadeout is-bg">{_share_list(url, article.headline, True)}</div>
			</div>
		</div>
						{comments}
					</div>
					<div class="sidebar-wrap single-sidebar">
						<div class="sidebar-inner clearfix">
							<div id="widget-post-3" class="widget rb-section w-sidebar clearfix widget-post"><div class="block-h widget-heading heading-layout-1"><div class="heading-inner"><h4 class="heading-title"><span>الأكثر قراءة</span></h4></div></div><div class="widget-p-listing is-counter">{most_html}</div></div>
							<div id="widget-newsletter-2" class="widget rb-section w-sidebar clearfix widget-newsletter"><div class="newsletter-box"><div class="newsletter-box-header"><span class="h3">{NEWSLETTER[0]}</span><p class="newsletter-box-description">{NEWSLETTER[1]}</p></div><form class="newsletter-form" method="post"><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني"><button type="submit">{NEWSLETTER[2]}</button></form></div></div>
						</div>
					</div></div>
				</article>
			</div>
		</div>
		<div class="single-footer rb-s-container edge-padding">
			<div class="sfoter-sec single-related">
				<div class="related-sec related-6">
					<div class="inner block-grid-small-1 rb-columns rb-col-3 is-gap-10">
						<div class="block-h heading-layout-1"><div class="heading-inner"><h4 class="heading-title none-toc"><span>Related News</span></h4></div></div>
						<div class="block-inner">
{chr(10).join(related)}
						</div>
					</div>
				</div></div>
		</div>
	</div>
	<footer class="footer-wrap rb-section left-dot">
		<div class="footer-inner footer-has-bg">
			<div class="footer-columns rb-columns is-gap-25"><div class="block-inner"><div class="w-footer rb-col-3"><div class="widget widget_text"><div class="textwidget"><p>{ABOUT}</p></div></div></div></div></div>
			<div class="footer-copyright"><div class="rb-container edge-padding"><div class="copyright-inner">
						<div class="copyright">© {m.year} {SITE}. جميع الحقوق محفوظة.</div>
						<div class="bottom-footer-section"><ul id="copyright-menu" class="copyright-menu">{"".join(f'<li class="menu-item"><a href="{HOST}/page-{k}/">{t}</a></li>' for k, t in enumerate(FOOTER_MENU))}</ul></div>
			</div></div></div>
		</div>
	</footer>
</div>
<script id="foxiz-core-js-extra">
var foxizCoreParams = {{"ajaxurl":"{HOST}\\/wp-admin\\/admin-ajax.php","darkModeID":"RubyDarkMode"}};
</script>
<script src="{HOST}/wp-content/plugins/foxiz-core/assets/core.js?ver={ver}" id="foxiz-core-js"></script>
<script id="foxiz-global-js-extra">
var foxizParams = {{"sliderSpeed":"5000","sliderEffect":"slide","sliderFMode":"1","highlightShares":"1","twitterName":"alwaha_news","singleLoadNextLimit":"20"}};
</script>
<script src="{HOST}/wp-content/themes/foxiz/assets/js/global.js?ver={ver}" id="foxiz-global-js"></script>
</body>
</html>
"""
    return page
