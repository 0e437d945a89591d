"""An Algerian economy and society magazine ("اقتصاد الجزائر", Algiers) on WordPress with the
OceanWP theme, Ocean Extra and Ocean Social Sharing, single posts as the theme serves them.
The head: Yoast SEO (`<title>` "headline - اقتصاد الجزائر", og/twitter meta,
`article:published_time` in UTC `+00:00`, the `yoast-schema-graph` JSON-LD), the block
library, OceanWP's `font-awesome`, `simple-line-icons` and `oceanwp-style` sheets, Ocean
Extra's widget sheet, the social-share sheet and the `<!-- OceanWP CSS -->` inline block.
`<body class="... oceanwp-theme dropdown-mobile has-sidebar content-right-sidebar has-topbar
has-breadcrumbs" itemtype="https://schema.org/Article">` > `div#outer-wrap.site` (skip link)
> `div#wrap`: `#top-bar-wrap` (the `[oceanwp_date]` shortcode printing the day of the visit
in Maghrebi month names, a chrome date that is not the story's, the top-bar menu and
`#top-bar-social` icons), `header#site-header.minimal-header` (`#site-logo` text logo,
`nav#site-navigation` with `menu-link`/`text-wrap` items and the `search-toggle-li`
dropdown search, the `oceanwp-mobile-menu-icon` toggle and `#mobile-dropdown` copy of the
menu), `main#main.site-main` > `header.page-header` (OceanWP's default single-post title
"المدونة", not the headline, and `nav.site-breadcrumbs` > `ol.trail-items` BreadcrumbList
ending with the headline) > `#content-wrap.container` > `#primary.content-area` >
`#content.site-content` > `article`: `header.entry-header` > `h2.single-post-title
entry-title`, `ul.meta ospm-default` (`meta-author`, `meta-date`, `meta-cat`,
`meta-comments`, each with its screen-reader label and simple-line icon; the date WordPress's
"j F Y" with the Algerian month names the site's translation uses: جانفي، فيفري، جوان ...),
`div.thumbnail` (page 1 with `thumbnail-caption`, page 3 without, page 2 none),
`div.entry-content clr[itemprop="text"]` with the Gutenberg blocks, `div.post-tags`
("الوسوم:"), `div.entry-share` (Ocean Social Sharing, "شارك هذا المقال"),
`nav.post-navigation`, `section#author-bio` (pages 1 and 3: the desk user has no bio),
`div#related-posts` ("قد يعجبك أيضاً", three cards with `time.published`) and
`section#comments` (OceanWP's "هذه المقالة لديها ..." title, `comment-container` items, the
respond form with screen-reader labels). `aside#right-sidebar`: search, Ocean Extra's recent
posts with dates and comment counts, WordPress Popular Posts ("الأكثر قراءة", views), the
categories widget with counts and a tag cloud. `footer#footer.site-footer`: four widget
columns ("عن المجلة", "أقسام", Ocean Extra's newsletter form, "اتصل بنا") and
`#footer-bottom` with its menu and `#copyright`; `#scroll-top`; jQuery, `oceanwpLocalize`
and `theme.min.js`.
Page 1: a long report with a caption, a bold figure and an h3 subheading (text), three
comments with the writer's threaded reply. Page 2: an APS wire story posted as "هيئة التحرير"
(no writer in the spec) at 00:40 Algiers time, so Yoast's UTC instant falls on the day
before the shown date; its lead opens with the agency's "الجزائر - " dateline (text) and the
content ends with a "المصدر: وكالة الأنباء الجزائرية" credit paragraph (chrome); no image, no
comments. Page 3: society story, image without caption, a speaker's words in a
`wp-block-quote` introduced by the paragraph before them (text), a YouTube embed with its
caption (chrome) and one comment; no next post. Every line outside the story's paragraphs
is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MAGHREB, WEEKDAYS, Article, Page, e

NAME = "wp_oceanwp_magazine"
HELD_OUT = True
SET = "unseen31"
FAMILY = ("WordPress + OceanWP theme (Ocean Extra, Ocean Social Sharing) Algerian economy "
          "magazine single post: top bar, minimal header, page-header breadcrumbs, "
          "single-post-title, meta list with icons, thumbnail, entry-content, post-tags, "
          "entry-share, post-navigation, author-bio, related-posts, comments, right sidebar")
HOST = "https://oceanwp-dz-iqtisad.example"
SITE = "اقتصاد الجزائر"
TAGLINE = "مجلة جزائرية في الاقتصاد والمجتمع"
VER = "3.6.1"
MENU = (("economie", "اقتصاد"), ("societe", "مجتمع"), ("finance", "مال وأعمال"),
        ("energie", "طاقة"), ("agriculture", "فلاحة"), ("startups", "مؤسسات ناشئة"),
        ("entretiens", "حوارات"))
SECTION_SLUG = {"اقتصاد": "economie", "مجتمع": "societe"}
TOP_MENU = (("qui-sommes-nous", "من نحن"), ("contact", "اتصل بنا"),
            ("publicite", "أعلن معنا"))
FOOT_MENU = (("politique-de-confidentialite", "سياسة الخصوصية"), ("qui-sommes-nous", "من نحن"),
             ("contact", "اتصل بنا"))
SOCIAL = (("facebook", "Facebook", "fab fa-facebook"), ("twitter", "X", "fab fa-x-twitter"),
          ("linkedin", "LinkedIn", "fab fa-linkedin"), ("youtube", "Youtube", "fab fa-youtube"))
WRITERS = {
    "نسيمة بن عيسى": ("nassima-benaissa", "صحفية مختصة في الفلاحة والتجارة الخارجية، تغطي "
                      "ولايات الجنوب الشرقي منذ 2015."),
    "ياسين بلقاسمي": ("yacine-belkacemi", "صحفي من وهران يكتب عن قضايا السكن والعمل والتضامن "
                      "الاجتماعي في الغرب الجزائري."),
}
DESK = ("هيئة التحرير", "redaction")
WIRE = {2: "المصدر: وكالة الأنباء الجزائرية"}
BOLD = {1: "152 مليون دولار"}
HEADING = {1: 2}  # page -> index (lead = 0) of the paragraph printed as an h3
QUOTE = {3: 4}  # page -> index of the paragraph set as a wp-block-quote
EMBED = {3: (2, "Vb3kR8oTq2M", "مطعم الرحمة بحي الحمري - وهران",
             "جولة في مطعم الرحمة بحي الحمري قبيل موعد الإفطار")}
PREV_NEXT = {
    1: ("الطماطم الصناعية: موسم قياسي في الطارف وقالمة",
        "قروض الاستغلال الفلاحي: البنوك العمومية تمدد آجال التسديد"),
    2: ("سوق السيارات: أولى شحنات المركبات المستوردة تصل ميناء جن جن",
        "مؤسسات ناشئة جزائرية تشارك في معرض للتكنولوجيا المالية بدبي"),
    3: ("أسعار الخضر والفواكه في الأسبوع الأول من رمضان", ""),
}
COMMENTS = {
    1: (("مراد . ب", 85, "المشكل الحقيقي هو النقل البحري، الحاويات المبردة قليلة جدا "
                         "والمصدر الصغير لا يجد من يسمعه.", 0),
        ("نسيمة بن عيسى", 140, "شكرا على التعليق، سنعود إلى ملف الشحن في تحقيق قادم مع "
                               "المصدرين وإدارة الميناء.", 1),
        ("فلاح من طولقة", 1310, "نتمنى أن تصل هذه الأرقام إلى الفلاح نفسه وليس إلى الوسطاء "
                                "فقط.", 0)),
    2: (),
    3: (("أم إكرام", 240, "بارك الله في المتطوعين، الله يجعلها في ميزان حسناتهم.", 0),),
}
REPLY = "رد"
RECENT = (("ارتفاع إنتاج الحبوب في ولايات الهضاب العليا", 3, 2),
          ("الصيرفة الإسلامية: 15 بنكا يفتح شبابيك جديدة", 6, 0),
          ("سونلغاز تطلق مناقصة لمحطات شمسية في الجنوب", 9, 5),
          ("سكن عدل: توزيع 12 ألف وحدة قبل نهاية الثلاثي", 12, 1))
POPULAR = (("سعر الدينار في السوق الموازية: ماذا تغير هذا الأسبوع؟", "3.4k"),
           ("قائمة المواد المعنية بتسقيف هوامش الربح", "2.1k"),
           ("منحة البطالة: الشروط الجديدة وطريقة التسجيل", "1.8k"),
           ("الموانئ الجافة: حل لاختناق ميناء الجزائر؟", "940"))
CATEGORIES = (("اقتصاد", 412), ("مجتمع", 287), ("مال وأعمال", 156), ("طاقة", 98),
              ("فلاحة", 134), ("مؤسسات ناشئة", 61), ("حوارات", 23))
TAG_CLOUD = ("الدينار", "التجارة الخارجية", "المحروقات", "السكن", "الاستثمار", "الشغل")
FOOTER_ABOUT = ("مجلة إلكترونية مستقلة تصدر من الجزائر العاصمة، تتابع الاقتصاد الوطني "
                "وحياة الجزائريين اليومية بالأرقام والتحقيق الميداني.")
NEWSLETTER = "ملخص أسبوعي لأهم الأرقام والتقارير الاقتصادية، كل يوم أحد."
CONTACT = ("شارع ديدوش مراد، الجزائر الوسطى", "redaction@oceanwp-dz-iqtisad.example",
           "الهاتف: 021 63 48 90")
FORM = ("اترك تعليقاً", "إلغاء الرد", "التعليق", "أدخل اسمك أو اسم المستخدم للتعليق",
        "أدخل بريدك الإلكتروني للتعليق", "أدخل رابط موقعك الإلكتروني (اختياري)",
        "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة "
        "المقبلة في تعليقي.")
LOCAL = timedelta(hours=1)
NETWORKS = (("twitter", "X", "https://twitter.com/share?text={t}&url={u}"),
            ("facebook", "Facebook", "https://www.facebook.com/sharer.php?u={u}"),
            ("linkedin", "LinkedIn", "https://www.linkedin.com/shareArticle?mini=true&url={u}"),
            ("whatsapp", "WhatsApp", "https://wa.me/?text={u}"),
            ("email", "Email", "mailto:?subject={t}&body={u}"))
SR_META = ("كاتب المقالة:", "تاريخ نشر المقالة:", "تصنيف المقالة:", "تعليقات المقالة:")


def _date(moment) -> str:
    """WordPress's "j F Y" with the Algerian month names (جانفي، فيفري، أفريل، جوان ...)."""
    return f"{moment.day} {MAGHREB[moment.month - 1]} {moment.year}"


def _count(k: int) -> str:
    return ("لا توجد تعليقات", "تعليق واحد", "تعليقان")[k] if k < 3 else f"{k} تعليقات"


def _comments_title(k: int) -> str:
    return "هذه المقالة لديها تعليق واحد" if k == 1 else f"هذه المقالة لديها {k} تعليقات"


def _avatar(seed: str, size: int, cls: str = "avatar") -> str:
    return (f"<img alt='' src='https://secure.gravatar.com/avatar/{seed}?s={size}&#038;d=mm"
            f"&#038;r=g' srcset='https://secure.gravatar.com/avatar/{seed}?s={size * 2}&#038;"
            f"d=mm&#038;r=g 2x' class='{cls} avatar-{size} photo' height='{size}' "
            f"width='{size}' loading='lazy' decoding='async'/>")


def _menu(prefix: str, section: str) -> str:
    items = [f'<li id="menu-item-{prefix}0" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-{prefix}0"><a href="{HOST}/" class="menu-link"><span class="text-wrap">الرئيسية</span></a></li>']
    for k, (slug, label) in enumerate(MENU, 1):
        cur = " current-post-ancestor current-menu-parent current-post-parent" if label == section else ""
        items.append(f'<li id="menu-item-{prefix}{k}" class="menu-item menu-item-type-taxonomy menu-item-object-category{cur} menu-item-{prefix}{k}"><a href="{HOST}/category/{slug}/" class="menu-link"><span class="text-wrap">{label}</span></a></li>')
    return "".join(items)


def _search_form(fid: int) -> str:
    return (f'<form aria-label="ابحث في هذا الموقع" role="search" method="get" class="searchform" action="{HOST}/">\n\t<input aria-label="أدخل عبارة البحث" type="search" id="ocean-search-form-{fid}" class="field" autocomplete="off" placeholder="بحث" name="s">\n\t\t</form>')


def _top_bar(visit) -> str:
    menu = "".join(f'<li id="menu-item-{70 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{70 + k}"><a href="{HOST}/{slug}/" class="menu-link">{label}</a></li>' for k, (slug, label) in enumerate(TOP_MENU))
    social = "".join(f'<li class="oceanwp-{net}"><a href="https://www.{net}.com/iqtisad.dz" aria-label="{lab} (يفتح في علامة تبويب جديدة)" target="_blank" rel="noopener noreferrer"><i class=" {icon}" aria-hidden="true" role="img"></i></a></li>' for net, lab, icon in SOCIAL)
    today = f"{WEEKDAYS[visit.weekday()]} {_date(visit)}"
    return f"""<div id="top-bar-wrap" class="clr">
	<div id="top-bar" class="clr container">
				<div id="top-bar-inner" class="clr">
	<div id="top-bar-content" class="clr has-content top-bar-right">
		<div id="top-bar-nav" class="navigation clr">
			<ul id="menu-top-bar" class="top-bar-menu dropdown-menu sf-menu">{menu}</ul>
		</div>
			<span class="topbar-content">
			<span class="oceanwp-date">{today}</span>			</span>
	</div><!-- #top-bar-content -->
<div id="top-bar-social" class="clr top-bar-left">
	<ul class="clr" aria-label="روابط التواصل الاجتماعي">
		{social}
	</ul>
</div><!-- #top-bar-social -->
		</div><!-- #top-bar-inner -->
			</div><!-- #top-bar -->
</div><!-- #top-bar-wrap -->""", today


def _header(section: str) -> str:
    return f"""<header id="site-header" class="minimal-header clr" data-height="74" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
			<div id="site-header-inner" class="clr container">
			<div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand" >
		<div id="site-logo-inner" class="clr">
						<a href="{HOST}/" rel="home" class="site-title site-logo-text" >{SITE}</a>
				</div><!-- #site-logo-inner -->
		<div id="site-description" class="clr"><h2 >{TAGLINE}</h2></div>
	</div><!-- #site-logo -->
			<div id="site-navigation-wrap" class="clr">
			<nav id="site-navigation" class="navigation main-navigation clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation" >
				<ul id="menu-main" class="main-menu dropdown-menu sf-menu">{_menu("1", section)}<li class="search-toggle-li" ><a href="{HOST}/#" class="site-search-toggle search-dropdown-toggle"><span class="screen-reader-text">تبديل البحث في الموقع</span><i class=" icon-magnifier" aria-hidden="true" role="img"></i></a></li></ul>
<div id="searchform-dropdown" class="header-searchform-wrap clr" >
	{_search_form(1)}</div><!-- #searchform-dropdown -->
			</nav><!-- #site-navigation -->
		</div><!-- #site-navigation-wrap -->
	<div class="oceanwp-mobile-menu-icon clr mobile-right">
		<a href="{HOST}/#mobile-menu-toggle" class="mobile-menu"  aria-label="القائمة على الجوال">
							<i class="fa fa-bars" aria-hidden="true"></i>
								<span class="oceanwp-text">القائمة</span>
				<span class="oceanwp-close-text">إغلاق</span>
						</a>
	</div><!-- #oceanwp-mobile-menu-navbar -->
			</div><!-- #site-header-inner -->
<div id="mobile-dropdown" class="clr" >
	<nav class="clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">
		<ul id="menu-main-1" class="menu">{_menu("2", section)}</ul>
<div id="mobile-menu-search" class="clr">
	{_search_form(2)}
</div><!-- .mobile-menu-search -->
	</nav>
</div>
		</header><!-- #site-header -->"""


def _story(article: Article, n: int, page: Page) -> str:
    out = []
    for k, para in enumerate((article.lead, *article.paragraphs)):
        text = e(para)
        if HEADING.get(n) == k:
            out.append(f'<h3 class="wp-block-heading">{text}</h3>')
            continue
        if QUOTE.get(n) == k:
            out.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n<p>{text}</p>\n</blockquote>')
            continue
        if n in BOLD:
            text = text.replace(e(BOLD[n]), f"<strong>{e(BOLD[n])}</strong>")
        out.append(f"<p>{text}</p>")
        if n in EMBED and EMBED[n][0] == k:
            _, vid, title, cap = EMBED[n]
            page.add(cap)
            out.append(f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n<iframe loading="lazy" title="{e(title)}" width="1200" height="675" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">{e(cap)}</figcaption></figure>')
    if n in WIRE:
        page.add(WIRE[n])
        out.append(f'<p class="has-text-align-left"><em>{WIRE[n]}</em></p>')
    return "\n\n\n\n".join(out)


def _comments(article: Article, n: int, page: Page) -> str:
    threads: list[list[str]] = []
    base = sum(ord(c) for c in article.slug)
    for k, (who, minutes, text, depth) in enumerate(COMMENTS[n]):
        cid = base + k
        when = article.moment + timedelta(minutes=minutes)
        stamp = f"{_date(when)} في {when:%H:%M}"
        page.add(who, stamp, REPLY, text)
        extra = " byuser comment-author-" + WRITERS[who][0] + " bypostauthor" if who == article.author else ""
        parity = "odd alt" if k % 2 else "even"
        li = (f'<li id="comment-{cid}" class="comment{extra} {parity} depth-{depth + 1}{" parent" if depth == 0 and k + 1 < len(COMMENTS[n]) and COMMENTS[n][k + 1][3] else ""}">\n'
              f'\t\t<article id="div-comment-{cid}" class="comment-container">\n'
              f'\t\t\t{_avatar(f"c{cid}", 150)}\n'
              f'\t\t<div class="comment-body">\n\t\t\t<div class="comment-meta">\n'
              f'\t\t\t\t<strong class="comment-author vcard"><cite class="fn">{e(who)}</cite></strong>\n'
              f'\t\t\t\t<div class="comment-date"><a href="{page.url}#comment-{cid}"><time datetime="{when.isoformat()}">{stamp}</time></a></div>\n'
              f'\t\t\t</div>\n\t\t\t<div class="comment-entry">\n'
              f'\t\t\t\t<div class="comment-content">\n<p>{e(text)}</p>\n\t\t\t\t</div>\n'
              f'\t\t\t\t<footer class="comment-footer"><div class="comment-actions">'
              f"<a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid=\"{cid}\" data-postid=\"{base}\" data-belowelement=\"div-comment-{cid}\" data-respondelement=\"respond\" data-replyto=\"الرد على {e(who)}\" aria-label='الرد على {e(who)}'>{REPLY}</a>"
              f"</div></footer>\n\t\t\t</div>\n\t\t</div>\n\t\t</article><!-- #div-comment-## -->\n")
        if depth:
            threads[-1].append(li)
        else:
            threads.append([li])
    items = []
    for top, *children in threads:
        kids = "".join(f"{c}</li><!-- #comment-## -->\n" for c in children)
        items.append(top + (f'<ol class="children">\n{kids}</ol><!-- .children -->\n' if kids else "") + "</li><!-- #comment-## -->\n")
    listing, has = "", ""
    if items:
        title = _comments_title(len(COMMENTS[n]))
        page.add(title)
        has = " has-comments"
        listing = f"""
		<h3 class="theme-heading comments-title">
			<span class="text">{title}</span>
		</h3>

		<ol class="comment-list">
			{"".join(items)}		</ol><!-- .comment-list -->
"""
    page.add(*FORM)
    return f"""<section id="comments" class="comments-area clr{has}">
{listing}
		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{FORM[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{page.url}#respond" style="display:none;">{FORM[1]}</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="comment-textarea"><label for="comment" class="screen-reader-text">{FORM[2]}</label><textarea name="comment" id="comment" cols="39" rows="4" tabindex="0" class="textarea-comment" placeholder="اكتب تعليقك هنا..."></textarea></div><div class="comment-form-author"><label for="author" class="screen-reader-text">{FORM[3]}</label><input type="text" name="author" id="author" value="" placeholder="الاسم (مطلوب)" size="22" tabindex="0" aria-required="true" class="input-name" /></div>
<div class="comment-form-email"><label for="email" class="screen-reader-text">{FORM[4]}</label><input type="text" name="email" id="email" value="" placeholder="البريد الإلكتروني (مطلوب)" size="22" tabindex="0" aria-required="true" class="input-email" /></div>
<div class="comment-form-url"><label for="url" class="screen-reader-text">{FORM[5]}</label><input type="text" name="url" id="url" value="" placeholder="الموقع الإلكتروني" size="22" tabindex="0" class="input-website" /></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{FORM[6]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{base}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->

</section><!-- #comments -->"""


def _sidebar(moment, page: Page) -> str:
    page.add("أحدث المقالات", "الأكثر قراءة", "التصنيفات", "وسوم شائعة")
    recent = []
    for k, (title, days, comments) in enumerate(RECENT):
        when = moment + timedelta(days=days, hours=2 * k)
        page.add(title, _date(when), _count(comments))
        rid = 5100 + 17 * k + moment.day
        recent.append(f'<li class="clr"><a href="{HOST}/?p={rid}" title="{e(title)}" class="recent-posts-thumbnail"><img width="150" height="150" src="{HOST}/wp-content/uploads/{when:%Y/%m}/{rid}-150x150.jpg" class="attachment-thumbnail size-thumbnail wp-post-image" alt="{e(title)}" itemprop="image" decoding="async" loading="lazy" /><span class="overlay"></span></a><div class="recent-posts-details clr"><div class="recent-posts-details-inner clr"><a href="{HOST}/?p={rid}" title="{e(title)}" class="recent-posts-title">{e(title)}</a><div class="recent-posts-info clr"><div class="recent-posts-date">{_date(when)}<span class="sep">/</span></div><div class="recent-posts-comments"><a href="{HOST}/?p={rid}#comments">{_count(comments)}</a></div></div></div></div></li>')
    popular = []
    for k, (title, views) in enumerate(POPULAR):
        page.add(title, f"{views} مشاهدة")
        popular.append(f'<li class=""><a href="{HOST}/?p={4800 + 9 * k}" class="wpp-post-title" target="_self">{e(title)}</a> <span class="wpp-meta post-stats"><span class="wpp-views">{views} مشاهدة</span></span></li>')
    cats = []
    for k, (label, count) in enumerate(CATEGORIES):
        page.add(f"{label} ({count})")
        slug = MENU[k][0]
        cats.append(f'<li class="cat-item cat-item-{3 + k}"><a href="{HOST}/category/{slug}/">{label}</a> ({count})\n</li>')
    page.add(*TAG_CLOUD)
    cloud = "".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" class="tag-cloud-link tag-link-{40 + k} tag-link-position-{k + 1}" style="font-size: {8 + 2 * (k % 4)}pt;" aria-label="{e(t)} ({12 + 5 * k} عنصر)">{e(t)}</a>\n' for k, t in enumerate(TAG_CLOUD))
    return f"""<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="الشريط الجانبي الرئيسي">
	<div id="right-sidebar-inner" class="clr">
		<div id="search-2" class="sidebar-box widget_search clr">
{_search_form(3)}</div><div id="ocean_recent_posts-2" class="sidebar-box widget-oceanwp-recent-posts recent-posts-widget clr"><h4 class="widget-title">أحدث المقالات</h4>
				<ul class="oceanwp-recent-posts clr">
					{"".join(recent)}
				</ul>
			</div><div id="wpp-2" class="sidebar-box popular-posts clr">
<h4 class="widget-title">الأكثر قراءة</h4><!-- WordPress Popular Posts -->
<ul class="wpp-list">
{"".join(popular)}
</ul>
</div>
<div id="categories-2" class="sidebar-box widget_categories clr"><h4 class="widget-title">التصنيفات</h4>
			<ul>
					{"".join(cats)}
			</ul>

			</div><div id="tag_cloud-2" class="sidebar-box widget_tag_cloud clr"><h4 class="widget-title">وسوم شائعة</h4><div class="tagcloud">{cloud}</div>
</div>	</div><!-- #sidebar-inner -->
</aside><!-- #right-sidebar -->"""


def _footer(moment, page: Page) -> str:
    page.add("عن المجلة", FOOTER_ABOUT, "أقسام", "النشرة البريدية", NEWSLETTER, "اشترك",
             "اتصل بنا", *CONTACT, f"حقوق النشر © {moment.year} {SITE}. جميع الحقوق محفوظة.",
             *(label for _, label in FOOT_MENU))
    sections = "".join(f'<li id="menu-item-{60 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{60 + k}"><a href="{HOST}/category/{slug}/" class="menu-link">{label}</a></li>' for k, (slug, label) in enumerate(MENU))
    bottom = "".join(f'<li id="menu-item-{80 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{80 + k}"><a href="{HOST}/{slug}/">{label}</a></li>' for k, (slug, label) in enumerate(FOOT_MENU))
    return f"""<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo">
		<div id="footer-inner" class="clr">
<div id="footer-widgets" class="oceanwp-row clr">
		<div class="footer-widgets-inner container">
					<div class="footer-box span_1_of_4 col col-1">
				<div id="text-3" class="footer-widget widget_text clr"><h4 class="widget-title">عن المجلة</h4>			<div class="textwidget"><p>{FOOTER_ABOUT}</p>
</div>
		</div>			</div><!-- .footer-one-box -->
							<div class="footer-box span_1_of_4 col col-2">
					<div id="nav_menu-2" class="footer-widget widget_nav_menu clr"><h4 class="widget-title">أقسام</h4><div class="menu-sections-container"><ul id="menu-sections" class="menu">{sections}</ul></div></div>				</div><!-- .footer-one-box -->
								<div class="footer-box span_1_of_4 col col-3 ">
					<div id="ocean_mailchimp-2" class="footer-widget widget-oceanwp-mailchimp mailchimp-widget clr"><h4 class="widget-title">النشرة البريدية</h4>
				<div class="oceanwp-newsletter-form clr">
					<div class="oceanwp-newsletter-form-wrap">
													<div class="oceanwp-newsletter-description">{NEWSLETTER}</div>
						<form action="{HOST}/wp-admin/admin-ajax.php" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank" novalidate>
							<div class="email-wrap elem-wrap">
								<input type="email" placeholder="بريدك الإلكتروني" onfocus="if (this.value == this.defaultValue)this.value = '';" onblur="if (this.value == '')this.value = this.defaultValue;" name="EMAIL" class="required email">
																	<button type="submit" value="" name="subscribe" class="button">اشترك</button>
															</div>
							<span class="email-err err-msg req" style="display:none;">البريد الإلكتروني مطلوب.</span><span class="email-err err-msg not-valid" style="display:none;">البريد الإلكتروني غير صالح.</span>
						</form>
					</div><!--.oceanwp-newsletter-form-wrap-->
				</div><!-- .oceanwp-newsletter-form -->
			</div>				</div><!-- .footer-one-box -->
								<div class="footer-box span_1_of_4 col col-4">
					<div id="ocean_contact_info-2" class="footer-widget widget-oceanwp-contact-info clr"><h4 class="widget-title">اتصل بنا</h4><ul class="contact-info-widget default"><li class="address"><i class="icon-location-pin" aria-hidden="true"></i><div class="oceanwp-info-wrap"><span class="oceanwp-contact-text">{CONTACT[0]}</span></div></li><li class="email"><i class="icon-envelope" aria-hidden="true"></i><div class="oceanwp-info-wrap"><span class="oceanwp-contact-text"><a href="mailto:{CONTACT[1]}">{CONTACT[1]}</a></span></div></li><li class="phone"><i class="icon-phone" aria-hidden="true"></i><div class="oceanwp-info-wrap"><span class="oceanwp-contact-text">{CONTACT[2]}</span></div></li></ul></div>				</div><!-- .footer-box -->
						</div><!-- .container -->
	</div><!-- #footer-widgets -->
<div id="footer-bottom" class="clr">
		<div id="footer-bottom-inner" class="container clr">
				<div id="footer-bottom-menu" class="navigation clr">
					<div class="menu-footer-container"><ul id="menu-footer" class="menu">{bottom}</ul></div>
				</div><!-- #footer-bottom-menu -->
				<div id="copyright" class="clr" role="contentinfo">
					حقوق النشر © {moment.year} {SITE}. جميع الحقوق محفوظة.				</div><!-- #copyright -->
					</div><!-- #footer-bottom-inner -->
	</div><!-- #footer-bottom -->
		</div><!-- #footer-inner -->
</footer><!-- #footer -->"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    utc = moment.astimezone(UTC)
    url = f"{HOST}/{moment:%Y/%m/%d}/{article.slug}/"
    pid = 6000 + 271 * n + moment.day
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    sec, sec_slug = article.section, SECTION_SLUG[article.section]
    writer, wslug = (article.author, WRITERS[article.author][0]) if article.author else DESK
    comments = len(COMMENTS[n])
    top_bar, today = _top_bar(moment + timedelta(days=2 + n, hours=5))
    page.add("تخطي إلى المحتوى", *(label for _, label in TOP_MENU), today, SITE, TAGLINE,
             "الرئيسية", *(label for _, label in MENU), "تبديل البحث في الموقع", "القائمة",
             "إغلاق", "المدونة", sec, *SR_META, writer, shown, _count(comments))
    img = f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg"
    thumb = ""
    if n != 2:
        cap = ""
        if article.caption != "-":
            page.add(article.caption)
            cap = f'\n\t<div class="thumbnail-caption">\n\t\t{e(article.caption)}\t</div>\n'
        thumb = f"""<div class="thumbnail">

	<img width="1280" height="720" src="{img}" class="attachment-full size-full wp-post-image" alt="{e(article.headline)}" itemprop="image" decoding="async" fetchpriority="high" srcset="{img} 1280w, {img[:-4]}-300x169.jpg 300w, {img[:-4]}-768x432.jpg 768w" sizes="(max-width: 1280px) 100vw, 1280px" />{cap}
</div><!-- .thumbnail -->"""
    story = _story(article, n, page)
    page.add("الوسوم:", *article.tags, "شارك هذا المقال", "يفتح في نافذة جديدة")
    tags = '<span class="owp-sep">,</span> '.join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in article.tags)
    share = "".join(f'<li class="{net}">\n\t\t\t\t\t\t<a href="{e(pattern.format(t=article.headline, u=url))}" aria-label="شارك على {lab}" onclick="owpShareOnClick( this.href );return false;">\n\t\t\t\t\t\t\t<span class="screen-reader-text">يفتح في نافذة جديدة</span>\n\t\t\t\t\t\t\t<span class="owpss-icon" aria-hidden="true"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8z"></path></svg></span>\n\t\t\t\t\t\t</a>\n\t\t\t\t\t</li>\n' for net, lab, pattern in NETWORKS)
    page.add("اقرأ المزيد من المقالات")
    nav = []
    for side, rel, label, icon, title in (("previous", "prev", "المقالة السابقة", "right", PREV_NEXT[n][0]), ("next", "next", "المقالة التالية", "left", PREV_NEXT[n][1])):
        if not title:
            continue
        page.add(label, title)
        nav.append(f'<div class="nav-{side}"><a href="{HOST}/?p={pid + (5 if rel == "next" else -5)}" rel="{rel}"><span class="title"><i class=" fas fa-long-arrow-alt-{icon}" aria-hidden="true" role="img"></i> {label}</span><span class="post-title">{e(title)}</span></a></div>')
    bio = ""
    if article.author:
        text = WRITERS[article.author][1]
        page.add(text)
        bio = f"""<section id="author-bio" class="clr">

			<div class="author-bio-avatar">

			<a href="{HOST}/author/{wslug}/" title="زيارة صفحة الكاتب" rel="author" >
				{_avatar(wslug, 100)}			</a>

		</div><!-- .author-bio-avatar -->

	<div class="author-bio-content clr">

		<h4 class="author-bio-title">
			<a href="{HOST}/author/{wslug}/" title="زيارة صفحة الكاتب">
				{e(writer)}			</a>
		</h4><!-- .author-bio-title -->


			<div class="author-bio-description clr">
				{e(text)}			</div><!-- author-bio-description -->


	</div>

</section><!-- #author-bio -->"""
    page.add("قد يعجبك أيضاً")
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=6 + 19 * k, hours=4 * k)
        page.add(title, _date(when))
        rid = pid - 23 * (k + 1)
        related.append(f"""
				<article class="related-post clr col span_1_of_3 col-{k + 1} post-{rid} post type-post status-publish format-standard has-post-thumbnail hentry category-{sec_slug}">

						<figure class="related-post-media clr">
							<a href="{HOST}/?p={rid}" class="related-thumb">
								<img width="300" height="169" src="{HOST}/wp-content/uploads/{when:%Y/%m}/{rid}-300x169.jpg" class="attachment-medium size-medium wp-post-image" alt="{e(title)}" itemprop="image" decoding="async" loading="lazy" />							</a>
						</figure>

					<h3 class="related-post-title">
						<a href="{HOST}/?p={rid}" rel="bookmark">{e(title)}</a>
					</h3><!-- .related-post-title -->

					<time class="published" datetime="{when.isoformat()}"><i class=" icon-clock" aria-hidden="true" role="img"></i>{_date(when)}</time>

				</article><!-- .related-post -->""")
    comment_block = _comments(article, n, page)
    sidebar = _sidebar(moment, page)
    footer = _footer(moment, page)
    desc = " ".join(article.lead.split()[:22]) + "…"
    stamp = f"{utc:%Y-%m-%dT%H:%M:%S+00:00}"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": f"{HOST}/#/schema/person/{wslug}"},
         "headline": article.headline, "datePublished": stamp, "dateModified": stamp,
         "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()),
         "commentCount": comments, "publisher": {"@id": f"{HOST}/#organization"},
         **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": img} if n != 2 else {}),
         "keywords": list(article.tags), "articleSection": [sec], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": stamp,
         "dateModified": stamp, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": sec, "item": f"{HOST}/category/{sec_slug}/"},
            {"@type": "ListItem", "position": 3, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": TAGLINE, "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/"},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{wslug}", "name": writer,
         "url": f"{HOST}/author/{wslug}/"}]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    theme = f"{HOST}/wp-content/themes/oceanwp/assets"
    localize = json.dumps({"nonce": "8c1f2a9d3e", "isRTL": "1", "menuSearchStyle": "drop_down", "mobileMenuSearchStyle": "disabled", "sidrSource": None, "sidrDisplace": "1", "sidrSide": "left", "sidrDropdownTarget": "link", "verticalHeaderTarget": "link", "customScrollOffset": "0", "customSelects": ".woocommerce-ordering .orderby, #dropdown_product_cat, .widget_categories select, .widget_archive select, .single-product .variations_form .variations select", "ajax_url": f"{HOST}/wp-admin/admin-ajax.php", "oe_mc_wpnonce": "41b7c0e5aa"}).replace("/", "\\/")
    crumbs = (f'<nav role="navigation" aria-label="مسارات التنقل" class="site-breadcrumbs clr position-"><ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3" /><meta name="itemListOrder" content="Ascending" />'
              f'<li class="trail-item trail-begin" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{HOST}" rel="home" aria-label="الرئيسية" itemprop="item"><span itemprop="name"><i class=" icon-home" aria-hidden="true" role="img"></i><span class="breadcrumb-home has-icon">الرئيسية</span></span></a><span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="1" /></li>'
              f'<li class="trail-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{HOST}/category/{sec_slug}/" itemprop="item"><span itemprop="name">{sec}</span></a><span class="breadcrumb-sep">&gt;</span><meta itemprop="position" content="2" /></li>'
              f'<li class="trail-item trail-end" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name"><a href="{url}">{e(article.headline)}</a></span><meta itemprop="position" content="3" /></li></ol></nav>')
    og_image = "" if n == 2 else f'\n\t<meta property="og:image" content="{img}" />\n\t<meta property="og:image:width" content="1280" />\n\t<meta property="og:image:height" content="720" />\n\t<meta property="og:image:type" content="image/jpeg" />'
    thumb_class = "" if n == 2 else " has-post-thumbnail"
    page.html = f"""<!DOCTYPE html>
<html class="html" dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8">
	<link rel="profile" href="https://gmpg.org/xfn/11">

	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<style>img:is([sizes="auto" i], [sizes^="auto," i]) {{ contain-intrinsic-size: 3000px 1500px }}</style>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<!-- This site is optimized with the Yoast SEO plugin v24.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title>
	<meta name="description" content="{e(desc)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(article.headline)} - {SITE}" />
	<meta property="og:description" content="{e(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="https://www.facebook.com/iqtisad.dz" />
	<meta property="article:published_time" content="{stamp}" />{og_image}
	<meta name="author" content="{e(writer)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="كُتب بواسطة" />
	<meta name="twitter:data1" content="{e(writer)}" />
	<meta name="twitter:label2" content="وقت القراءة المُقدّر" />
	<meta name="twitter:data2" content="{max(1, len(article.body.split()) // 200)} دقيقة" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة للتعليقات" href="{HOST}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.7.1' media='all' />
<style id='wp-block-library-theme-inline-css'>
.wp-block-quote{{border-right:.25em solid;margin:0 0 1.75em;padding-right:1em}}
</style>
<link rel='stylesheet' id='wordpress-popular-posts-css-css' href='{HOST}/wp-content/plugins/wordpress-popular-posts/assets/css/wpp.css?ver=7.2.0' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{theme}/fonts/fontawesome/css/all.min.css?ver=6.7.2' media='all' />
<link rel='stylesheet' id='simple-line-icons-css' href='{theme}/css/third/simple-line-icons.min.css?ver=2.4.0' media='all' />
<link rel='stylesheet' id='oceanwp-style-css' href='{theme}/css/style.min.css?ver={VER}' media='all' />
<link rel='stylesheet' id='oceanwp-google-font-cairo-css' href='{HOST}/wp-content/uploads/oceanwp-webfonts-css/4a2f5c1d8e9b7a6c3d2e1f0a9b8c7d6e.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='oe-widgets-style-css' href='{HOST}/wp-content/plugins/ocean-extra/assets/css/widgets.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='oss-social-share-style-css' href='{HOST}/wp-content/plugins/ocean-social-sharing/assets/css/style.min.css?ver=6.7.1' media='all' />
<link rel='stylesheet' id='oe-widgets-style-rtl-css' href='{HOST}/wp-content/plugins/ocean-extra/assets/css/rtl.css?ver=6.7.1' media='all' />
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<link rel="stylesheet" href="{HOST}/wp-content/themes/oceanwp/rtl.css" media="screen" /><meta name="generator" content="WordPress 6.7.1" />
<link rel='shortlink' href='{HOST}/?p={pid}' />
<!-- OceanWP CSS -->
<style type="text/css">
/* Colors */a:hover,a.light:hover,.theme-heading .text::before,.theme-heading .text::after,#top-bar-content >a:hover,#top-bar-social li.oceanwp-email a:hover,#site-navigation-wrap .dropdown-menu >li >a:hover{{color:#0b6e4f}}.single nav.post-navigation .nav-links .title,.single-post .entry-share ul li a{{border-color:#0b6e4f}}body .theme-button,body input[type="submit"],body button[type="submit"],body .button{{background-color:#0b6e4f}}/* Header */#site-logo #site-logo-inner,.oceanwp-social-menu .social-menu-inner,#site-header.full_screen-header .menu-bar-inner,.after-header-content .after-header-content-inner{{height:74px}}#site-header.has-header-media .overlay-header-media{{background-color:rgba(0,0,0,0.5)}}#site-logo a.site-logo-text{{color:#0b6e4f}}/* Topbar */#top-bar{{padding:6px 0 6px 0}}#top-bar-wrap,.oceanwp-top-bar-sticky{{background-color:#0b3d2e}}#top-bar-wrap,#top-bar-content strong{{color:#ffffff}}/* Blog CSS */.single-post .entry-title{{font-size:30px}}/* Typography */body{{font-family:Cairo;font-size:16px;line-height:1.9}}h1,h2,h3,h4,h5,h6,.theme-heading,.widget-title,.oceanwp-widget-recent-posts-title,.comment-reply-title,.entry-title,.sidebar-box .widget-title{{font-family:Cairo;font-weight:700}}
</style></head>

<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar post-in-category-{sec_slug} has-topbar has-breadcrumbs" itemscope="itemscope" itemtype="https://schema.org/Article">


	<div id="outer-wrap" class="site clr">

		<a class="skip-link screen-reader-text" href="#main">تخطي إلى المحتوى</a>


		<div id="wrap" class="clr">



{top_bar}


<div id="site-header-wrap" class="clr">
{_header(sec)}
</div>


			<main id="main" class="site-main clr"  role="main">



<header class="page-header">


	<div class="container clr page-header-inner">


			<h1 class="page-header-title clr" itemprop="headline">المدونة</h1>



		{crumbs}
	</div><!-- .page-header-inner -->



</header><!-- .page-header -->



	<div id="content-wrap" class="container clr">


		<div id="primary" class="content-area clr">


			<div id="content" class="site-content clr">



<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard{thumb_class} hentry category-{sec_slug} entry{thumb_class}">



<header class="entry-header clr">
	<h2 class="single-post-title entry-title" itemprop="headline">{e(article.headline)}</h2><!-- .single-post-title -->
</header><!-- .entry-header -->



<ul class="meta ospm-default clr">


					<li class="meta-author" itemprop="name"><span class="screen-reader-text">{SR_META[0]}</span><i class=" icon-user" aria-hidden="true" role="img"></i><a href="{HOST}/author/{wslug}/" title="مقالات {e(writer)}" rel="author"  itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">{e(writer)}</a></li>








					<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">{SR_META[1]}</span><i class=" icon-clock" aria-hidden="true" role="img"></i>{shown}</li>









					<li class="meta-cat"><span class="screen-reader-text">{SR_META[2]}</span><i class=" icon-folder" aria-hidden="true" role="img"></i><a href="{HOST}/category/{sec_slug}/" rel="category tag">{sec}</a></li>









					<li class="meta-comments"><span class="screen-reader-text">{SR_META[3]}</span><i class=" icon-bubble" aria-hidden="true" role="img"></i><a href="{url}#comments" class="comments-link" >{_count(comments)}</a></li>


</ul>


{thumb}


<div class="entry-content clr" itemprop="text">
	{story}
</div><!-- .entry -->


<div class="post-tags clr">
	<span class="owp-tag-text">الوسوم: </span>{tags}</div>



<div class="entry-share clr minimal side">


		<strong class="theme-heading social-share-title">
			<span class="text" aria-hidden="true">شارك هذا المقال</span>
		</strong>


	<ul class="owp-social-share clr" aria-label="خيارات المشاركة المتاحة">
		{share}
	</ul>

</div><!-- .entry-share -->




	<nav class="navigation post-navigation" aria-label="اقرأ المزيد من المقالات">
		<h2 class="screen-reader-text">اقرأ المزيد من المقالات</h2>
		<div class="nav-links">{"".join(nav)}</div>
	</nav>


{bio}


	<section id="related-posts" class="clr">

		<h3 class="theme-heading related-posts-title">
			<span class="text">قد يعجبك أيضاً</span>
		</h3>

		<div class="oceanwp-row clr">
{"".join(related)}

		</div><!-- .oceanwp-row -->

	</section><!-- .related-posts -->




{comment_block}

</article>


			</div><!-- #content -->


		</div><!-- #primary -->



{sidebar}


	</div><!-- #content-wrap -->



	</main><!-- #main -->





{footer}


</div><!-- #wrap -->


</div><!-- #outer-wrap -->



<a aria-label="التمرير إلى أعلى الصفحة" href="#" id="scroll-top" class="scroll-top-right"><i class=" fa fa-angle-up" aria-hidden="true" role="img"></i></a>




<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.7.1" id="comment-reply-js" async data-wp-strategy="async"></script>
<script src="{HOST}/wp-includes/js/imagesloaded.min.js?ver=5.0.0" id="imagesloaded-js"></script>
<script id="oceanwp-main-js-extra">
var oceanwpLocalize = {localize};
</script>
<script src="{theme}/js/theme.min.js?ver={VER}" id="oceanwp-main-js"></script>
<script src="{theme}/js/drop-down-mobile-menu.min.js?ver={VER}" id="oceanwp-drop-down-mobile-menu-js"></script>
<script src="{theme}/js/drop-down-search.min.js?ver={VER}" id="oceanwp-drop-down-search-js"></script>
<script src="{theme}/js/vendors/magnific-popup.min.js?ver={VER}" id="ow-magnific-popup-js"></script>
<script src="{theme}/js/ow-lightbox.min.js?ver={VER}" id="oceanwp-lightbox-js"></script>
<script src="{HOST}/wp-content/plugins/ocean-social-sharing/assets/js/social.min.js?ver=6.7.1" id="oss-social-share-script-js"></script>
<script src="{HOST}/wp-content/plugins/ocean-extra/includes/widgets/js/mailchimp.min.js?ver=6.7.1" id="oe-mailchimp-script-js"></script>
</body>
</html>
"""
    return page
