"""A regional Arabic news site from Aden ("أخبار الجنوب", Yemen, +03:00) on WordPress with the
Astra theme (header/footer builder, separate-container layout, right sidebar, an astra-child
theme) and Spectra (Ultimate Addons for Gutenberg) blocks, Yoast SEO in the head. The head:
`<title>` "headline - أخبار الجنوب", Yoast description/canonical/og/twitter meta with
`article:published_time` / `article:modified_time` in UTC (+00:00; page 2's story went up at
00:35 local, so its UTC instant is the day before), the Yoast JSON-LD `@graph` (Article,
WebPage, BreadcrumbList, WebSite, Organization, Person on the signed pages), Astra's RTL
stylesheet and inline :root CSS, the Spectra per-post CSS file and Astra's `var astra` script.
The body (`body.rtl ... ast-separate-container ast-right-sidebar ast-hfb-header`): the skip
link, `#page.hfeed.site`, `header#masthead` with `#ast-desktop-header`: an above-header row
printing the day the page was served (an HTML element, a date near but not the story's),
`ast-primary-header-bar` with the logo/site-title/tagline and `ast-builder-menu-1`, then
`#ast-mobile-header` repeating the menu behind a toggle. `#content > .ast-container`:
`#primary` with Astra's breadcrumb trail (`ast-breadcrumbs-wrapper`, "الرئيسية" > section >
headline), `article.post ... ast-article-single` > `.ast-post-format-.single-layout-1` >
`header.entry-header` (page 1 the featured image `post-thumb-img-content`), `.ast-single-post-order`
with `h1.entry-title` and `.entry-meta`: category / "بواسطة" author (pages 1 and 3 a reporter,
page 2 the desk account "تحرير أخبار الجنوب") / `span.posted-on` (the child theme's
`astra_post_date`: `time.entry-date.published` + a CSS-hidden `time.updated`, "12 مارس 2024")
/ tags; then `div.entry-content.clear` of core paragraphs and Spectra blocks: page 1 a
`uagb-table-of-contents` ("محتويات المقال") over two in-text `wp-block-uagb-advanced-heading`
subheadings (body), an inline link, an "اقرأ أيضاً" advanced-heading box and a
`uagb-call-to-action` ("تابعنا على تيليغرام"); page 2 bold words, the "اقرأ أيضاً" box and a
`uagb-info-box` ("أرسل خبرك"); page 3 a `wp-block-image` with a figcaption and credit, a
`wp-block-uagb-blockquote` of a farmer's words (body), an info-box with a button and the CTA.
After the article: `nav.post-navigation` ("السابق"/"التالي"), Astra related posts
(`ast-single-related-posts-container`, "مقالات ذات صلة", titles, dates and an empty
`entry-content clear` each), comments (`ol.ast-comment-list`, 3 on page 1, 1 on page 3, none
on page 2) and the reply form. `#secondary` holds the search, latest, most-read and category
widgets; `footer#colophon.site-footer` the builder's primary row (about text, footer menu) and
below row (`ast-footer-copyright`), then the scroll-to-top button. All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import LATEST, MOST_READ, Article, Page, day_month_year, e, rotate, weekday

NAME = "wp_astra_spectra"
HELD_OUT = True
SET = "unseen18"
FAMILY = "WordPress Astra + Spectra (uagb) regional news post: header builder, ast-article-single, entry-content clear with uagb blocks, related posts, comments"
HOST = "https://akhbar-aljanoub.example"
SITE = "أخبار الجنوب"
TAGLINE = "صحيفة إلكترونية مستقلة من عدن"
DESK = "تحرير أخبار الجنوب"
SECTIONS = {"محليات": "local", "اقتصاد": "economy", "زراعة": "agriculture"}
MENU = (("الرئيسية", "/"), ("محليات", "/local/"), ("اقتصاد", "/economy/"),
        ("زراعة", "/agriculture/"), ("رياضة", "/sport/"), ("تحقيقات", "/investigations/"),
        ("منوعات", "/misc/"), ("اتصل بنا", "/contact/"))
CATEGORIES = (("محليات", 1204), ("اقتصاد", 587), ("زراعة", 233), ("رياضة", 912),
              ("تحقيقات", 96))
FOOTER_MENU = ("من نحن", "سياسة الخصوصية", "أعلن معنا", "اتصل بنا")
ABOUT = "أخبار الجنوب موقع إخباري مستقل يغطي شؤون عدن والمحافظات الجنوبية منذ عام 2016."
READ_ALSO = "اقرأ أيضاً"
CTA = ("تابعنا على تيليغرام", "آخر أخبار عدن والمحافظات الجنوبية لحظة بلحظة على قناتنا",
       "انضم الآن")
INFOBOX = {2: ("أرسل خبرك", "شاركنا صور وأخبار منطقتك عبر واتساب على الرقم 777000111", ""),
           3: ("تطبيق أخبار الجنوب", "حمّل التطبيق لتصلك الأخبار العاجلة على هاتفك أولا بأول",
               "حمّل التطبيق")}
TOC_TITLE = "محتويات المقال"
CREDIT = "(تصوير: أخبار الجنوب)"
LINKED = {1: (2, "منظومة طاقة شمسية", "/tag/solar-energy/")}
BOLD = {2: (1, "نظام مزاد يومي")}
QUOTE = {3: 1}  # page -> index of the paragraph Spectra's blockquote holds
COMMENTS = {
    1: (("أبو خالد", 95, "أخيرا، نتمنى أن يستمر الضخ في الصيف ولا يتوقف مثل كل سنة."),
        ("سماح عبدالقوي", 210, "حي الممدارة ما زال بلا ماء حتى اليوم، متى يصلنا الدور؟"),
        ("ناصر اليافعي", 1500, "خطوة ممتازة، والأهم صيانة الشبكة باستمرار.")),
    2: (),
    3: (("م. فؤاد الشعيبي", 180, "تجربة مهمة، ونتمنى أن تشمل مزارعي أبين أيضا."),),
}
FORM = ("اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
        "الحقول الإلزامية مشار إليها بـ *", "الاسم*", "البريد الإلكتروني*", "الموقع الإلكتروني",
        "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.")
COPYRIGHT = "حقوق الطبع والنشر © {year} أخبار الجنوب | مدعوم بواسطة Astra WordPress Theme"
SCREEN = ("تخطي إلى المحتوى", "القائمة الرئيسية", "البحث عن:", "انتقل إلى الأعلى")
WIDGETS = ("أحدث الأخبار", "الأكثر قراءة", "الأقسام")
UTC_FMT = "%Y-%m-%dT%H:%M:%S+00:00"


def _time12(t) -> str:
    return f"{day_month_year(t)} في {t.hour % 12 or 12}:{t:%M} {'ص' if t.hour < 12 else 'م'}"


def _posted_on(m, modified=None) -> str:
    """The child theme's astra_post_date(): Underscores-style times instead of Astra's spans."""
    out = (f'<span class="posted-on"><time class="entry-date published" datetime="{m.isoformat()}" '
           f'itemprop="datePublished">{day_month_year(m)}</time>')
    if modified is not None:
        out += (f'<time class="updated" datetime="{modified.isoformat()}" itemprop="dateModified">'
                f"{day_month_year(modified)}</time>")
    return out + "</span>"


def _menu(prefix: str, section: str) -> str:
    items = []
    for k, (label, path) in enumerate(MENU):
        current = " current-post-ancestor current-menu-parent" if label == section else ""
        home = " menu-item-home" if path == "/" else ""
        items.append(f'<li id="menu-item-{31 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category{home}{current} menu-item-{31 + k}"><a href="{HOST}{path}" class="menu-link">{label}</a></li>')
    return f'<ul id="{prefix}-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex  submenu-with-border stack-on-mobile">' + "\n".join(items) + "</ul>"


def _heading(bid: str, text: str, tag: str = "h2", desc: str = "") -> str:
    desc_html = f'<p class="uagb-desc-text">{desc}</p>' if desc else ""
    return (f'<div class="wp-block-uagb-advanced-heading uagb-block-{bid}"><{tag} class="uagb-heading-text">'
            f"{e(text)}</{tag}>{desc_html}</div>")


def _read_also(bid: str, title: str, slug: int) -> str:
    return _heading(bid, READ_ALSO, "h4", f'<a href="{HOST}/local/{slug}/">{e(title)}</a>')


def _cta(bid: str) -> str:
    title, desc, button = CTA
    return (f'<div class="wp-block-uagb-call-to-action uagb-block-{bid} wp-block-button"><div class="uagb-cta__wrap">'
            f'<h3 class="uagb-cta__title">{title}</h3><p class="uagb-cta__desc">{desc}</p></div>'
            f'<a href="https://t.me/akhbar_aljanoub" class="uagb-cta__button-link-wrapper wp-block-button__link" '
            f'target="_blank" rel="noopener noreferrer">{button}</a></div>')


def _infobox(bid: str, n: int) -> str:
    title, desc, button = INFOBOX[n]
    cta = ""
    if button:
        cta = (f'<div class="uagb-ifb-button-wrapper wp-block-button"><a href="{HOST}/app/" '
               f'class="uagb-infobox-cta-link wp-block-button__link" target="_blank" rel="noopener noreferrer">'
               f'<span class="uagb-inline-editing">{button}</span></a></div>')
    return (f'<div class="wp-block-uagb-info-box uagb-block-{bid} uagb-infobox__content-wrap  uagb-infobox-icon-above-title '
            f'uagb-infobox-image-valign-top"><div class="uagb-ifb-content"><div class="uagb-ifb-icon-wrap">'
            f'<svg xmlns="https://www.w3.org/2000/svg" viewBox="0 0 512 512"><path d="M464 64H48C21.5 64 0 85.5 0 112v288c0 26.5 21.5 48 48 48h416"></path></svg></div>'
            f'<div class="uagb-ifb-title-wrap"><h3 class="uagb-ifb-title">{title}</h3></div>'
            f'<p class="uagb-ifb-desc">{desc}</p>{cta}</div></div>')


def _toc(bid: str, heads: list[str]) -> str:
    items = "".join(f'<li class="uagb-toc__list"><a href="#{quote(h.replace(" ", "-"))}" class="uagb-toc-link__trigger">{e(h)}</a>'
                    for h in heads)
    return (f'<div class="wp-block-uagb-table-of-contents uagb-toc__align-right uagb-toc__columns-1  uagb-block-{bid}      " '
            f'data-scroll= "1" data-offset= "30" style="">\n\t\t<div class="uagb-toc__wrap">\n\t\t\t\t\t\t<div class="uagb-toc__title">\n'
            f'\t\t\t\t\t{TOC_TITLE}\t\t\t\t</div>\n\t\t\t\t\t\t\t\t<div class="uagb-toc__list-wrap ">\n'
            f'\t\t\t\t\t\t<ol class="uagb-toc__list">{items}</ol>\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t</div>')


def _paragraph(n: int, k: int, text: str) -> str:
    html = e(text)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{HOST}{LINKED[n][2]}">{words}</a>', 1)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    return f"<p>{html}</p>"


def _content(article: Article, n: int, page: Page) -> str:
    paras = list(article.paragraphs)
    heads = [p for p in paras if len(p.split()) <= 3]
    blocks: list[str] = []
    base = int(article.slug)
    if n == 1:
        blocks.append(_toc("a4c1e93f", heads))
        page.add(TOC_TITLE)
    if n == 3:
        blocks.append(f'<figure class="wp-block-image size-large"><img fetchpriority="high" decoding="async" width="1024" height="683" '
                      f'src="{HOST}/wp-content/uploads/2024/11/tuban-drip-1024x683.jpg" alt="" class="wp-image-{base + 9}" '
                      f'srcset="{HOST}/wp-content/uploads/2024/11/tuban-drip-1024x683.jpg 1024w, {HOST}/wp-content/uploads/2024/11/tuban-drip-300x200.jpg 300w" '
                      f'sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{e(article.caption)} {CREDIT}</figcaption></figure>')
        page.add(f"{article.caption} {CREDIT}")
    blocks.append(f"<p>{e(article.lead)}</p>")
    for k, text in enumerate(paras):
        if text in heads:
            blocks.append(_heading(f"{k}e7d52b{n}", text))
        elif QUOTE.get(n) == k:
            blocks.append(f'<div class="wp-block-uagb-blockquote uagb-block-9b3f0c2{k} uagb-blockquote__skin-border uagb-blockquote__stack-img-none">'
                          f'<blockquote class="uagb-blockquote"><div class="uagb-blockquote__content-wrap">'
                          f'<div class="uagb-blockquote__content">{e(text)}</div><footer><div class="uagb-blockquote__author-wrap">'
                          f"</div></footer></div></blockquote></div>")
        else:
            blocks.append(_paragraph(n, k, text))
        if (n, k) in ((1, 2), (2, 1)):
            blocks.append(_read_also(f"5f0a{n}c{k}d", article.related[0], base - 57))
            page.add(READ_ALSO, article.related[0])
        if (n, k) in ((2, 2), (3, 2)):
            blocks.append(_infobox(f"c83d{n}1a7", n))
            page.add(*(x for x in INFOBOX[n] if x))
    if n in (1, 3):
        blocks.append(_cta(f"7e21{n}b90"))
        page.add(*CTA)
    return "\n\n".join(blocks)


def _comments(article: Article, n: int, url: str, page: Page) -> str:
    items = []
    for k, (who, minutes, text) in enumerate(COMMENTS[n]):
        cid = int(article.slug) * 3 + k
        when = article.moment + timedelta(minutes=minutes)
        page.add(who, _time12(when), text, "رد")
        items.append(f"""<li class="comment {'even thread-even' if k % 2 == 0 else 'odd thread-odd thread-alt'} depth-1" id="li-comment-{cid}">\n\n		<article id="comment-{cid}" class="ast-comment">\n		<div class= 'ast-comment-info'>\n			<div class='ast-comment-avatar-wrap'><img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo' height='50' width='50' loading='lazy' decoding='async'/></div><!-- Remove 1px Space\n							--><div class="ast-comment-data-wrap">
				<div class="ast-comment-meta-wrap">\n					<header class="ast-comment-meta ast-row ast-comment-author capitalize">\n						<div class="ast-comment-author-name"><cite><b class="fn">{e(who)}</b></cite></div>\n						<div class="ast-comment-time ast-col-lg-12">\n							<span class="timendate">\n								<a href="{url}#comment-{cid}">
									<time datetime="{when.isoformat()}">\n										{_time12(when)}\n									</time>\n								</a>\n							</span>\n						</div>
					</header>\n				</div>\n			</div>\n		</div>\n		<section class="ast-comment-content comment">\n			<p>{e(text)}</p>
			<div class="ast-comment-edit-reply-wrap">\n				<span class="ast-reply-link"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{article.slug}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="الرد على {e(who)}" aria-label='الرد على {e(who)}'>رد</a></span>\n			</div>\n		</section>\n		</article><!-- .comment-content -->\n</li><!-- #comment-## -->""")
    listing = ""
    if items:
        count = len(items)
        title = f"فكرة واحدة على “{article.headline}”" if count == 1 else f"{count} أفكار بشأن “{article.headline}”"
        page.add(title)
        listing = (f'\t<div class="comments-count-wrapper">\n\t\t<h3 class="comments-title">\n\t\t\t{e(title)}\t\t</h3>\n\t</div>\n\n'
                   f'\t<ol class="ast-comment-list">\n' + "\n".join(items) + "\n\t</ol><!-- .ast-comment-list -->\n")
    page.add(*FORM)
    return f"""<div id="comments" class="comments-area comment-form-position-below">\n\n{listing}\n	<div id="respond" class="comment-respond">\n		<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><div class="ast-row comment-textarea"><fieldset class="comment-form-comment"><legend class ="comment-form-legend"></legend><div class="comment-form-textarea ast-grid-common-col"><label for="comment" class="screen-reader-text">اكتب تعليقاً...</label><textarea id="comment" name="comment" placeholder="اكتب تعليقاً..." cols="45" rows="8" aria-required="true"></textarea></div></fieldset></div><div class="ast-comment-formwrap ast-row">\n			<p class="comment-form-author ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">
				<label for="author" class="screen-reader-text">الاسم*</label>\n				<input id="author" name="author" type="text" value="" placeholder="الاسم*" size="30" aria-required='true' autocomplete="name" />\n			</p>\n			<p class="comment-form-email ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">\n				<label for="email" class="screen-reader-text">البريد الإلكتروني*</label>\n				<input id="email" name="email" type="text" value="" placeholder="البريد الإلكتروني*" size="30" aria-required='true' autocomplete="email" />
			</p>\n			<p class="comment-form-url ast-grid-common-col ast-width-lg-33 ast-width-md-4 ast-float">\n				<label for="url" class="screen-reader-text">الموقع الإلكتروني</label>\n				<input id="url" name="url" type="text" value="" placeholder="الموقع الإلكتروني" size="30" autocomplete="url" />\n			</p>\n		</div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{FORM[-1]}</label></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق &raquo;" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />\n<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>	</div><!-- #respond -->\n	</div><!-- #comments -->"""


def _sidebar(n: int, m, page: Page) -> str:
    latest = rotate(LATEST, 3 * n, 5)
    popular = rotate(MOST_READ, 4 * n + 1, 5)
    li = []
    for k, title in enumerate(latest):
        when = m - timedelta(hours=5 * k + 2)
        page.add(title, day_month_year(when))
        li.append(f'<li>\n\t\t\t\t<a href="{HOST}/local/{int(48100 + 7 * k + n)}/">{e(title)}</a>\n\t\t\t\t\t\t\t\t\t\t\t<span class="post-date">{day_month_year(when)}</span>\n\t\t\t\t\t\t\t\t\t</li>')
    pop = "".join(f'<li><a href="{HOST}/misc/{47000 + 11 * k}/">{e(t)}</a></li>' for k, t in enumerate(popular))
    cats = "".join(f'<li class="cat-item cat-item-{3 + k}"><a href="{HOST}/{SECTIONS.get(c, "sport")}/">{c}</a> ({count})\n</li>'
                   for k, (c, count) in enumerate(CATEGORIES))
    page.add(*popular, *WIDGETS, *(f"{c} ({count})" for c, count in CATEGORIES))
    return f"""<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">\n	<div class="sidebar-main" >\n		<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/">\n	<label for="search-field">\n		<span class="screen-reader-text">البحث عن:</span>\n		<input type="search" id="search-field" class="search-field"   placeholder="بحث..." value="" name="s" tabindex="-1">
	</label>\n			<input type="submit" class="search-submit" value="بحث">\n	</form>\n</aside>\n		<aside id="recent-posts-3" class="widget widget_recent_entries">\n		<h2 class="widget-title">أحدث الأخبار</h2><nav aria-label="أحدث الأخبار">
		<ul>\n{chr(10).join(li)}\n		</ul>\n		</nav></aside><aside id="block-7" class="widget widget_block"><div class="wp-block-group"><div class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow"><h2 class="wp-block-heading">الأكثر قراءة</h2><ol class="wp-block-list">{pop}</ol></div></div></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">الأقسام</h2><nav aria-label="الأقسام">\n			<ul>\n{cats}			</ul>
\n			</nav></aside>\n	</div><!-- .sidebar-main -->\n</div><!-- #secondary -->"""


def _related(article: Article, page: Page) -> str:
    rows = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=2 + 4 * k, hours=3)
        pid = int(article.slug) - 57 - 13 * k
        page.add(title, day_month_year(when))
        rows.append(f"""						<article class="ast-related-post post-{pid} post type-post status-publish format-standard hentry category-{SECTIONS[article.section]}">\n							<div class="ast-related-posts-inner-section">\n								<div class="ast-related-post-content">\n																<header class="entry-header related-entry-header">\n																	<h3 class="ast-related-post-title entry-title">\n				<a href="{HOST}/{SECTIONS[article.section]}/{pid}/" target="_self" rel="bookmark noopener noreferrer">{e(title)}</a>
			</h3>\n		<div class="entry-meta ast-related-cat-style--none ast-related-tag-style--none">{_posted_on(when)}</div>								</header>\n															<div class="entry-content clear">\n																	</div>\n								</div>\n							</div>
						</article>""")
    page.add("مقالات ذات صلة")
    return ('<div class="ast-single-related-posts-container ast-container--fallback"><div class="ast-related-posts-title-section"> '
            '<h2 class="ast-related-posts-title"> مقالات ذات صلة </h2> </div><div class="ast-related-posts-wrapper">'
            + "\n".join(rows) + "\n\t\t\t\t\t</div> </div>")


def render(article: Article, n: int) -> Page:
    m = article.moment
    cat = SECTIONS[article.section]
    url = f"{HOST}/{cat}/{article.slug}/"
    shown = day_month_year(m)
    page = Page(url=url, html="", shown_date=shown)
    modified = m + timedelta(hours=(26, 7, 0)[n - 1], minutes=(10, 20, 45)[n - 1])
    served = m + timedelta(days=(3, 1, 2)[n - 1])
    today = f"{weekday(served)}، {day_month_year(served)}"
    writer = article.author or DESK
    page.add(*SCREEN, today, SITE, TAGLINE, *(label for label, _ in MENU), "الرئيسية",
             article.section, f"بواسطة {writer}", shown, day_month_year(modified),
             "، ".join(article.tags), "اكتب تعليقاً...")
    content = _content(article, n, page)
    prev_t, next_t = LATEST[(n + 5) % 10], LATEST[(n + 6) % 10]
    page.add("السابق", prev_t, "التالي", next_t)
    sidebar = _sidebar(n, m, page)
    related = _related(article, page)
    comments = _comments(article, n, url, page)
    copyright_line = COPYRIGHT.format(year=served.year)
    page.add(ABOUT, *FOOTER_MENU, copyright_line, "عن الموقع")
    plain = " ".join((article.lead, *article.paragraphs))
    desc = plain[:155].rsplit(" ", 1)[0] + "…"
    thumb = f"{HOST}/wp-content/uploads/{m:%Y/%m}/pump-station-{article.slug}.jpg" if n == 1 else None
    if n == 3:
        thumb = f"{HOST}/wp-content/uploads/2024/11/tuban-drip-1024x683.jpg"
    utc, mod_utc = m.astimezone(UTC).strftime(UTC_FMT), modified.astimezone(UTC).strftime(UTC_FMT)
    graph = [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": f"{HOST}/#/schema/person/{article.slug}a"},
         "headline": article.headline, "datePublished": utc, "dateModified": mod_utc,
         "mainEntityOfPage": {"@id": url}, "wordCount": len(plain.split()),
         "commentCount": len(COMMENTS[n]), "publisher": {"@id": f"{HOST}/#organization"},
         "keywords": list(article.tags), "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": utc, "dateModified": mod_utc,
         "description": desc, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.section, "item": f"{HOST}/{cat}/"},
            {"@type": "ListItem", "position": 3, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": TAGLINE, "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/",
         "logo": {"@type": "ImageObject", "url": f"{HOST}/wp-content/uploads/2023/01/logo-janoub.png"}},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{article.slug}a", "name": writer,
         "url": f"{HOST}/author/{'desk' if not article.author else 'reporter' + str(n)}/"},
    ]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    og_image = (f'<meta property="og:image" content="{thumb}" />\n\t<meta property="og:image:width" content="1024" />\n'
                f'\t<meta property="og:image:height" content="683" />\n\t<meta property="og:image:type" content="image/jpeg" />\n') if thumb else ""
    featured = ""
    if n == 1:
        featured = (f'<div class="post-thumb-img-content post-thumb"><img width="1024" height="576" src="{thumb}" '
                    f'class="attachment-large size-large wp-post-image" alt="" itemprop="image" decoding="async" fetchpriority="high" /></div>')
    crumbs = (f'<div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs" >'
              f'<div class="ast-breadcrumbs"><ul class="trail-items" ><li class="trail-item trail-begin"><a href="{HOST}/" rel="home"><span>الرئيسية</span></a></li>'
              f'<li class="trail-item"><a href="{HOST}/{cat}/"><span>{article.section}</span></a></li>'
              f'<li class="trail-item trail-end"><span><span>{e(article.headline)}</span></span></li></ul></div></nav></div></div>')
    author_slug = "desk" if not article.author else f"reporter{n}"
    tags = ", ".join(f'<a href="{HOST}/tag/{quote(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in article.tags)
    meta = (f'<span class="ast-taxonomy-container cat-links default"><a href="{HOST}/{cat}/" rel="category tag">{article.section}</a></span> / بواسطة '
            f'<span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author">\t\t\t'
            f'<a title="عرض كل المقالات بواسطة {e(writer)}" href="{HOST}/author/{author_slug}/" rel="author" class="url fn n" itemprop="url"\t\t\t\t>\n'
            f'\t\t\t\t<span class="author-name" itemprop="name">{e(writer)}</span>\n\t\t\t</a>\n\t\t</span>\n\n\t\t / {_posted_on(m, modified)} / '
            f'<span class="ast-taxonomy-container tags-links default">{tags.replace(", ", "، ")}</span>')
    menu_d, menu_m = _menu("ast-hf-menu-1", article.section), _menu("ast-hf-mobile-menu", article.section)
    body_cls = (f"wp-singular post-template-default single single-post postid-{article.slug} single-format-standard wp-custom-logo wp-embed-responsive "
                f"ast-desktop ast-separate-container ast-two-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post "
                f"ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled rtl")
    page.html = f"""<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n\n	<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ -->\n	<title>{e(article.headline)} - {SITE}</title>\n	<meta name="description" content="{e(desc)}" />\n	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="ar_AR" />\n	<meta property="og:type" content="article" />\n	<meta property="og:title" content="{e(article.headline)} - {SITE}" />\n	<meta property="og:description" content="{e(desc)}" />\n	<meta property="og:url" content="{url}" />\n	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="https://www.facebook.com/akhbaraljanoub" />\n	<meta property="article:published_time" content="{utc}" />\n	<meta property="article:modified_time" content="{mod_utc}" />\n	{og_image}<meta name="author" content="{e(writer)}" />\n	<meta name="twitter:card" content="summary_large_image" />\n	<meta name="twitter:label1" content="كُتب بواسطة" />
	<meta name="twitter:data1" content="{e(writer)}" />\n	<meta name="twitter:label2" content="وقت القراءة المُقدّر" />\n	<meta name="twitter:data2" content="{1 + len(plain.split()) // 200} دقائق" />\n	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n	<!-- / Yoast SEO plugin. -->\n
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات على {e(article.headline)}" href="{url}feed/" />\n<link rel='stylesheet' id='astra-theme-css-rtl-css' href='{HOST}/wp-content/themes/astra/assets/css/minified/main.min-rtl.css?ver=4.6.4' media='all' />\n<style id='astra-theme-css-inline-css'>\n:root{{--ast-container-default-xlg-padding:3em;--ast-container-default-lg-padding:3em;--ast-global-color-0:#0a5c7a;--ast-global-color-1:#c8102e;--ast-border-color:#dddddd;}}html{{font-size:100%;}}body,button,input,select,textarea,.ast-button,.ast-custom-button{{font-family:'Noto Kufi Arabic',sans-serif;}}.entry-meta .updated:not(.published){{display:none;}}.ast-separate-container .ast-article-single:not(.ast-related-post){{background-color:var(--ast-global-color-5);}}\n</style>
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.3' media='all' />\n<link rel='stylesheet' id='uag-style-{article.slug}-css' href='{HOST}/wp-content/uploads/uag-plugin/assets/{int(article.slug) // 1000 * 1000}/uag-css-{article.slug}.css?ver={int(m.timestamp())}' media='all' />\n<link rel='stylesheet' id='astra-child-theme-css-css' href='{HOST}/wp-content/themes/astra-child/style.css?ver=1.0.2' media='all' />\n<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{article.slug}" />\n<meta name="generator" content="WordPress 6.4.3" />
<link rel='shortlink' href='{HOST}/?p={article.slug}' />\n</head>\n\n<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="{body_cls}">\n\n<a
	class="skip-link screen-reader-text"\n	href="#content"\n	title="تخطي إلى المحتوى">\n		تخطي إلى المحتوى</a>\n\n<div
class="hfeed site" id="page">\n			<header\n		class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead"		>\n			<div id="ast-desktop-header" data-toggle-type="dropdown">\n		<div class="ast-above-header-wrap  ">\n		<div class="ast-above-header-bar ast-above-header  site-header-focus-item" data-section="section-above-header-builder">
			<div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-above-header-builder">\n				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">\n					<div class="site-header-above-section-right site-header-section ast-flex site-header-section-right">\n						<div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1">\n							<div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>{today}</p>\n</div></div>						</div>
					</div>\n				</div>\n			</div>\n		</div>\n		</div>\n		<div class="ast-main-header-wrap main-header-bar-wrap ">
		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder">\n			<div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder">\n				<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">\n					<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left">\n						<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline">\n							<div
				class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"				>\n					<span class="site-logo-img"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="180" height="60" src="{HOST}/wp-content/uploads/2023/01/logo-janoub.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></span><div class="ast-site-title-wrap">\n						<span class="site-title" itemprop="name">\n				<a href="{HOST}/" rel="home" itemprop="url" >\n					{SITE}\n				</a>
			</span>\n						<p class="site-description" itemprop="description">\n				{TAGLINE}\n			</p>\n				</div>				</div>\n			<!-- .site-branding -->
						</div>\n					</div>\n					<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">\n						<div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1">\n							<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: القائمة الرئيسية" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex">{menu_d}</div></nav></div></div>						</div>\n					</div>
				</div>\n			</div>\n		</div>\n		</div>\n	</div> <!-- Main Header Bar Wrap -->\n<div id="ast-mobile-header" class="ast-mobile-header-wrap " data-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap" >\n		<div class="ast-primary-header-bar ast-primary-header main-header-bar site-primary-header-wrap site-header-focus-item ast-builder-grid-row-layout-default ast-builder-grid-row-tablet-layout-default ast-builder-grid-row-mobile-layout-default" data-section="section-primary-header-builder">\n			<div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">\n				<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section">\n					<div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-header-mobile-trigger">\n						<div class="ast-button-wrap">
				<button type="button" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal"   aria-expanded="false">\n					<span class="screen-reader-text">القائمة الرئيسية</span>\n					<span class="mobile-menu-toggle-icon"><span aria-hidden="true" class="ahfb-svg-iconset ast-inline-flex svg-baseline"><svg class='ast-mobile-svg ast-menu-svg' fill='currentColor' version='1.1' xmlns='http://www.w3.org/2000/svg' width='24' height='24' viewBox='0 0 24 24'><path d='M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18c-0.552 0-1 0.448-1 1s0.448 1 1 1z'></path></svg></span></span>\n				</button>\n			</div>\n					</div>
				</div>\n			</div>\n		</div>\n	</div>\n		<div class="ast-mobile-header-content content-align-flex-start ">\n			<div class="ast-builder-menu-mobile ast-builder-menu ast-builder-menu-mobile-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-header-mobile-menu">
			<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="ast-mobile-site-navigation" aria-label="Site Navigation: القائمة الرئيسية" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation">{menu_m}</div></nav></div></div>		</div>\n		</div>\n</div>\n		</header><!-- #masthead -->\n			<div id="content" class="site-content">\n		<div class="ast-container">
\n\n	<div id="primary" class="content-area primary">\n\n		{crumbs}\n				<main id="main" class="site-main">
\n\n<article\nclass="post-{article.slug} post type-post status-publish format-standard{' has-post-thumbnail' if n == 1 else ''} hentry category-{cat} ast-article-single" id="post-{article.slug}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">\n\n
<div class="ast-post-format- single-layout-1{'' if n == 1 else ' ast-no-thumb'}">\n\n\n	<header class="entry-header ">\n		{featured}\n		<div class="ast-single-post-order">
			<h1 class="entry-title" itemprop="headline">{e(article.headline)}</h1><div class="entry-meta">{meta}</div>		</div>\n			</header><!-- .entry-header -->\n\n\n	<div class="entry-content clear"\n		itemprop="text"	>
\n\n{content}\n\n\n		</div><!-- .entry-content .clear -->
</div>\n\n\n</article><!-- #post-## -->\n\n<nav class="navigation post-navigation" aria-label="المقالات">
				<h2 class="screen-reader-text"></h2>\n				<div class="nav-links"><div class="nav-previous"><a title="{e(prev_t)}" href="{HOST}/local/{int(article.slug) - 2}/" rel="prev"><span class="ast-left-arrow">&rarr;</span> <span class="ast-post-nav" aria-hidden="true">السابق</span> <p> {e(prev_t)} </p></a></div><div class="nav-next"><a title="{e(next_t)}" href="{HOST}/local/{int(article.slug) + 3}/" rel="next"><span class="ast-post-nav" aria-hidden="true">التالي</span> <span class="ast-right-arrow">&larr;</span> <p> {e(next_t)} </p></a></div></div>\n		</nav>{related}\n{comments}\n			</main><!-- #main -->\n
\n	</div><!-- #primary -->\n\n\n{sidebar}\n
	</div> <!-- ast-container -->\n	</div><!-- #content -->\n<footer\nclass="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">\n			<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-2-equal ast-builder-grid-row-tablet-2-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder">\n	<div class="ast-builder-grid-row-container-inner">
					<div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">\n							<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">\n					<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="text-2" class="widget widget_text"><h2 class="widget-title">عن الموقع</h2>			<div class="textwidget"><p>{ABOUT}</p>\n</div>\n		</section></aside>				</div>\n							<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2">
					<div class="footer-widget-area widget-area site-footer-focus-item" data-section="section-footer-menu"><div class="footer-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation" id="footer-site-navigation" aria-label="Site Navigation: Footer" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="footer-nav-wrap"><ul id="astra-footer-menu" class="ast-nav-menu ast-flex astra-footer-horizontal-menu astra-footer-tablet-vertical-menu astra-footer-mobile-vertical-menu">{"".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{HOST}/page-{k}/" class="menu-link">{x}</a></li>' for k, x in enumerate(FOOTER_MENU))}</ul></div></nav></div></div>				</div>\n						</div>\n			</div>\n</div>\n<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">\n	<div class="ast-builder-grid-row-container-inner">
					<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">\n							<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">\n						<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">\n				<div class="ast-footer-copyright"><p>حقوق الطبع والنشر &copy; {served.year} {SITE} | مدعوم بواسطة <a href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>\n</div>			</div>\n						</div>
						</div>\n			</div>\n</div>\n			</footer><!-- #colophon -->\n	</div><!-- #page -->\n<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
		<span class="ast-icon icon-arrow"></span>	<span class="screen-reader-text">انتقل إلى الأعلى</span>\n</div>\n<script id="astra-theme-js-js-extra">\nvar astra = {{"break_point":"921","isRtl":"1","is_scroll_to_id":"","is_scroll_to_top":"1","is_header_footer_builder_active":"1","responsive_cart_click":"flyout"}};\n</script>\n<script src="{HOST}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
{'<script src="' + HOST + '/wp-content/plugins/ultimate-addons-for-gutenberg/assets/js/table-of-contents.min.js?ver=2.12.3" id="uagb-toc-js-js"></script>' if n == 1 else ''}\n<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async data-wp-strategy="async"></script>\n</body>\n</html>\n"""
    return page
