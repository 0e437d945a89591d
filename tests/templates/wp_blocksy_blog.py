"""An Arabic lifestyle and culture magazine from Amman ("فن وحياة") on WordPress with the
Blocksy theme and Blocksy Companion, single posts as the theme serves them. The head: Yoast
SEO (`<title>` "headline - فن وحياة", og/twitter meta, `article:published_time` in UTC
`+00:00`, the `yoast-schema-graph` JSON-LD), the block library and Blocksy's RTL bundles
(`ct-main-styles`, page-title, share-box, author-box, posts-nav, comments) and the
`ct-main-styles-inline-css` variables. `<body ... data-link="type-2"
data-prefix="single_blog_post" data-header="type-1" data-footer="type-1">`: the skip link,
`ct-drawer-canvas` with the search modal and the offcanvas panel (the mobile menu again),
then `#main-container` with the header builder (`header#header.ct-header`, one
`data-device="desktop"` and one `data-device="mobile"` copy: a top row `data-row="top"` with
the `ct-header-text` tagline, a middle row with `site-branding` and
`nav#header-menu-1.menu-container` (`ct-menu-link` items), the search toggle with its
`ct-label`). `main#main.site-main` > `div.ct-container-full[data-content="narrow"]` >
`article.post`: `div.hero-section[data-type="type-1"]` > `header.entry-header` with the
`ct-breadcrumbs` BreadcrumbList, `h1.page-title` and `ul.entry-meta[data-type="simple:slash"]`
(`li.meta-author` with a 25px avatar and `a.ct-meta-element-author`, `li.meta-date` with
`time.ct-meta-element-date` in the site's +03:00 and WordPress's Arabic "j F، Y", the
`meta-categories` term link, `meta-comments` count). Then `figure.ct-featured-image`
(page 1 with a figcaption, page 3 without, page 2 none), `div.entry-content
is-layout-constrained` with the Gutenberg blocks (page 1: bold words and a `wp-block-heading`
subheading, which is text; page 2: an inline link; page 3: a YouTube `wp-block-embed`
figure with its caption, chrome), `entry-tags` ("# tag" chips), `ct-share-box`
("شارك المقال", icon links), the `author-box` (pages 1 and 3), `nav.post-navigation`
("المقالة السابقة" / "المقالة التالية" with titles), then outside the article the
`ct-related-posts-container` ("مقالات ذات صلة", three cards with date and comment count) and
`ct-comments-container` (page 1 three comments with one threaded reply by the writer, page 3
one, page 2 none, each page the respond form). Footer builder: `footer#footer.ct-footer`
with widget columns ("عن المجلة", "أحدث المقالات", "النشرة البريدية") and the copyright
row with its menu. Page 2 is the editorial desk's post ("هيئة التحرير", no writer in the
spec) at 00:50 local, so Yoast's UTC instant falls on the day before the shown date. Every
line outside the story's paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_blocksy_blog"
HELD_OUT = True
SET = "unseen30"
FAMILY = ("WordPress + Blocksy theme/companion culture magazine single post: hero-section "
          "entry-meta, ct-featured-image, Gutenberg content, ct-share-box, author-box, "
          "ct-related-posts, post-navigation, ct-comments, header/footer builder rows")
HOST = "https://blocksy-fann-hayat.example"
SITE = "فن وحياة"
TAGLINE = "مجلة الثقافة وأسلوب الحياة من عمّان"
VER = "2.0.46"
MENU = (("culture", "ثقافة"), ("arts", "فنون"), ("travel", "سفر"), ("kitchen", "مطبخ"),
        ("fashion", "موضة"), ("books", "قراءات"))
SECTION_SLUG = {"ثقافة": "culture", "فنون": "arts", "مطبخ": "kitchen"}
WRITERS = {
    "لينا الزعبي": ("lina", "صحفية تكتب عن الحرف اليدوية والتراث الشعبي في الأردن.", 64),
    "سامر الحوراني": ("samer", "كاتب في شؤون الطعام والمطابخ المحلية، يعمل على أرشيف "
                      "للوصفات المنسية.", 37),
}
DESK = "هيئة التحرير"
REPLY = "ردّ"
BOLD = {1: "ليس صناعة نسخ متحفية"}
HEADING = {1: 3}  # page -> index (lead = 0) of the paragraph printed as an h2
LINKED = {2: (2, "صفحة المبادرة", "https://www.instagram.com/jazz.aldaraj/")}
EMBED = {3: (2, "hQe7wLr2x8M", "توقيع كتاب «مائدة القرية» في عمّان",
             "مقطع من حفل إطلاق الكتاب في دارة الفنون")}
PREV_NEXT = {
    1: ("دليل المبتدئين إلى القهوة المختصة في عمّان", "خمس أفكار لتنسيق شرفة صغيرة في الصيف"),
    2: ("رحلة يوم واحد إلى وادي رم: ماذا تحمل معك؟", "مكتبات مستقلة تستحق الزيارة في وسط البلد"),
    3: ("أزياء الشتاء بخامات محلية من مشاغل الشمال", ""),
}
COMMENTS = {
    1: (("ريم الخصاونة", 195, "قطع رائعة، هل يمكن الشراء من خارج الأردن؟", 0),
        ("لينا الزعبي", 250, "نعم يا ريم، المشغل يستقبل الطلبات عبر صفحته ويشحن للخارج.", 1),
        ("أبو فراس", 1430, "جدتي كانت تطرز هذه الغرزة نفسها، شكرا على التقرير الجميل.", 0)),
    2: (),
    3: (("نور الشياب", 310, "أخيرا كتاب يحفظ وصفة المجللة كما كانت تعملها أمي.", 0),),
}
RELATED_COMMENTS = ("لا توجد تعليقات", "تعليق واحد", "4 تعليقات")
FOOTER_ABOUT = ("مجلة إلكترونية مستقلة تكتب عن الفنون والحرف والمطبخ والسفر في الأردن "
                "والمنطقة.")
LATEST = ("معرض للخط العربي المعاصر في جبل عمّان", "سوق الحرفيين يعود إلى العبدلي كل سبت",
          "جولة في بيوت الطين بقرية الطفيلة القديمة")
NEWSLETTER = "رسالة كل أحد بأجمل ما نشرناه خلال الأسبوع."
FOOT_MENU = (("privacy-policy", "سياسة الخصوصية"), ("contact", "اتصل بنا"),
             ("advertise", "أعلن معنا"))
FORM = ("اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
        "الحقول الإلزامية مشار إليها بـ *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني",
        "أضف تعليقاً *", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح "
        "لاستخدامها المرة المقبلة في تعليقي.", "أرسل التعليق")
LOCAL = timedelta(hours=3)
SEARCH_SVG = ('<svg class="ct-icon" aria-hidden="true" width="15" height="15" viewBox="0 0 15 '
              '15"><path d="M14.8,13.7L12,11c0.9-1.2,1.5-2.6,1.5-4.2c0-3.7-3-6.8-6.8-6.8S0,3,0,'
              '6.8s3,6.8,6.8,6.8c1.6,0,3.1-0.6,4.2-1.5l2.8,2.8c0.1,0.1,0.3,0.2,0.5,0.2s0.4-0.1,'
              '0.5-0.2C15.1,14.5,15.1,14,14.8,13.7z"/></svg>')
SEP = ('<svg class="ct-separator" fill="currentColor" width="8" height="8" viewBox="0 0 8 8" '
       'aria-hidden="true" focusable="false"><path d="M2.5,0L1.4,1.1L4.3,4L1.4,6.9L2.5,8l4-4'
       'L2.5,0z"/></svg>')
NETWORKS = (("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u="),
            ("twitter", "X (Twitter)", "https://twitter.com/intent/tweet?url="),
            ("whatsapp", "WhatsApp", "whatsapp://send?text="),
            ("telegram", "Telegram", "https://t.me/share/url?url="))


def _date(moment) -> str:
    """WordPress's Arabic default date format "j F، Y" in the site's +03:00."""
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _time(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _count(k: int) -> str:
    return ("لا توجد تعليقات", "تعليق واحد", "تعليقان")[k] if k < 3 else f"{k} تعليقات"


def _menu(prefix: str, page_section: str) -> str:
    items = [f'<li id="menu-item-{prefix}0" class="menu-item menu-item-type-custom '
             f'menu-item-object-custom menu-item-home menu-item-{prefix}0" role="none">'
             f'<a href="{HOST}/" class="ct-menu-link" role="menuitem">الرئيسية</a></li>']
    for k, (slug, label) in enumerate(MENU, 1):
        current = " current-post-ancestor current-menu-parent" if label == page_section else ""
        items.append(f'<li id="menu-item-{prefix}{k}" class="menu-item menu-item-type-taxonomy '
                     f'menu-item-object-category{current} menu-item-{prefix}{k}" role="none">'
                     f'<a href="{HOST}/category/{slug}/" class="ct-menu-link" role="menuitem">'
                     f'{label}</a></li>')
    return "\n".join(items)


def _header(section: str) -> str:
    branding = (f'<div	class="site-branding" data-id="logo"  itemscope="itemscope" itemtype="https://schema.org/Organization"><div class="site-title-container"><span class="site-title " itemprop="name"><a href="{HOST}/" rel="home" itemprop="url">{SITE}</a></span></div></div>')
    top = (f'<div data-row="top" data-column-set="1"><div class="ct-container"><div data-column="middle"><div data-items=""><div class="ct-header-text " data-id="text"><div class="entry-content is-layout-flow"><p>{TAGLINE}</p></div></div></div></div></div></div>')
    search = (f'<button class="ct-header-search ct-toggle " data-toggle-panel="#search-modal" aria-controls="search-modal" aria-label="بحث" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">بحث</span>{SEARCH_SVG}</button>')
    desktop = (f'<div data-device="desktop" >{top}<div class="ct-sticky-container"><div data-sticky="shrink"><div data-row="middle" data-column-set="2" ><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">{branding}</div></div><div data-column="end" data-placements="1"><div data-items="primary">\n<nav\n\tid="header-menu-1"\n\tclass="header-menu-1 menu-container"\n\tdata-id="menu" data-interaction="hover"\t\n\tdata-menu="type-2:center"\n\tdata-dropdown="type-1:simple"\t\t\n\tdata-responsive="no"\titemscope="" itemtype="https://schema.org/SiteNavigationElement"\t\n\taria-label="القائمة الرئيسية">\n\n\t<ul id="menu-main" class="menu" role="menubar">{_menu("1", section)}</ul></nav>\n\n{search}</div></div></div></div></div></div></div>')
    mobile = (f'<div data-device="mobile" ><div data-row="middle" data-column-set="2" ><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary">{branding}</div></div><div data-column="end" data-placements="1"><div data-items="primary">{search}\n<button\n\tclass="ct-header-trigger ct-toggle "\n\tdata-toggle-panel="#offcanvas"\n\taria-controls="offcanvas"\n\tdata-design="simple"\n\tdata-label="right"\n\taria-label="القائمة"\n\tdata-id="trigger">\n\n\t<span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg" aria-hidden="true">القائمة</span>\n\n\t<svg class="ct-icon" width="18" height="14" viewBox="0 0 18 14" data-type="type-1" aria-hidden="true"><rect y="0.00" width="18" height="1.7" rx="1"/><rect y="6.15" width="18" height="1.7" rx="1"/><rect y="12.3" width="18" height="1.7" rx="1"/></svg>\n</button>\n</div></div></div></div></div>')
    return (f'<header id="header" class="ct-header" data-id="type-1" itemscope="" itemtype="https://schema.org/WPHeader">{desktop}{mobile}</header>')


def _canvas(section: str) -> str:
    return (f'<div class="ct-drawer-canvas" data-location="start">\n\t\t<div id="search-modal" class="ct-panel" data-behaviour="modal" aria-label="نافذة البحث" inert>\n\t\t\t<div class="ct-panel-actions">\n\t\t\t\t<button class="ct-toggle-close" data-type="type-1" aria-label="إغلاق نافذة البحث">\n\t\t\t\t\t<svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg>\t\t\t\t</button>\n\t\t\t</div>\n\n\t\t\t<div class="ct-panel-content">\n\t\t\t\t\n\n<form role="search" method="get" class="ct-search-form"  action="{HOST}/" aria-haspopup="listbox" data-live-results="thumbs">\n\n\t<input type="search" class="modal-field" placeholder="ابحث" value="" name="s" autocomplete="off" title="البحث عن..." aria-label="البحث عن...">\n\n\t<div class="ct-search-form-controls">\n\t\t<button type="submit" class="wp-element-button" data-button="icon" aria-label="زر البحث">{SEARCH_SVG}</button>\n\t</div>\n</form>\n\n\n\t\t\t</div>\n\t\t</div>\n\n\t\t<div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side" aria-label="نافذة القائمة الجانبية" inert=""><div class="ct-panel-inner">\n\t\t<div class="ct-panel-actions">\n\t\t\t\n\t\t\t<button class="ct-toggle-close" data-type="type-1" aria-label="إغلاق الدرج">\n\t\t\t\t<svg class="ct-icon" width="12" height="12" viewBox="0 0 15 15"><path d="M1 15a1 1 0 01-.71-.29 1 1 0 010-1.41l5.8-5.8-5.8-5.8A1 1 0 011.7.29l5.8 5.8 5.8-5.8a1 1 0 011.41 1.41l-5.8 5.8 5.8 5.8a1 1 0 01-1.41 1.41l-5.8-5.8-5.8 5.8A1 1 0 011 15z"/></svg>\n\t\t\t</button>\n\t\t</div>\n\t\t<div class="ct-panel-content" data-device="desktop"><div class="ct-panel-content-inner"></div></div><div class="ct-panel-content" data-device="mobile"><div class="ct-panel-content-inner">\n<nav\n\tclass="mobile-menu menu-container"\n\tdata-id="mobile-menu" data-interaction="click" data-toggle-type="type-1" data-submenu-dots="yes"\taria-label="القائمة الرئيسية">\n\n\t<ul id="menu-main-1" class="">{_menu("2", section)}</ul></nav>\n\n</div></div></div></div></div>')


def _avatar(seed: str, size: int, cls: str = "") -> str:
    return (f"<img alt='' src='https://secure.gravatar.com/avatar/{seed}?s={size * 2}&#038;d=mm"
            f"&#038;r=g' width='{size}' height='{size}' style='height:{size}px'{cls} "
            f"decoding='async'/>")


def _story(article: Article, n: int) -> str:
    out = []
    for k, para in enumerate((article.lead, *article.paragraphs)):
        if HEADING.get(n) == k:
            out.append(f'<h2 class="wp-block-heading">{e(para)}</h2>')
            continue
        text = e(para)
        if n in BOLD:
            text = text.replace(e(BOLD[n]), f"<strong>{e(BOLD[n])}</strong>")
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            text = text.replace(e(words), f'<a href="{href}" target="_blank" rel="noreferrer noopener">{e(words)}</a>')
        out.append(f"<p>{text}</p>")
        if n in EMBED and EMBED[n][0] == k:
            _, vid, title, cap = EMBED[n]
            out.append(
                f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n<iframe title="{e(title)}" width="500" height="281" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">{e(cap)}</figcaption></figure>')
    return "\n\n\n\n".join(out)


def _comments(article: Article, n: int, page: Page) -> str:
    threads: list[list[str]] = []
    for k, (who, minutes, text, depth) in enumerate(COMMENTS[n]):
        cid = int(article.slug) * 3 + k
        when = article.moment + timedelta(minutes=minutes)
        stamp = f"{_date(when)} / {_time(when)}"
        page.add(who, stamp, REPLY, text)
        by_author = " bypostauthor" if who == article.author else ""
        li = (f'<li id="comment-{cid}" class="comment{by_author} depth-{depth + 1}">\n\t\t<article class="ct-comment-inner" id="ct-comment-inner-{cid}" itemprop="comment" itemscope="" itemtype="https://schema.org/Comment">\n\n\t\t\t<footer class="ct-comment-meta">\n\t\t\t\t<figure class="ct-media-container">{_avatar(f"c{cid}", 50)}</figure>\n\t\t\t\t<h4 class="ct-comment-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person">\n\t\t\t\t\t<cite itemprop="name">{e(who)}</cite>\t\t\t\t</h4>\n\n\t\t\t\t<div class="ct-comment-meta-data">\n\t\t\t\t\t<a href="{page.url}#comment-{cid}"><time datetime="{when.isoformat()}" itemprop="datePublished">{stamp}</time></a>'
              f"\n\n\t\t\t\t\t<a rel='nofollow' class='comment-reply-link' "
              f"href='#comment-{cid}' data-commentid=\"{cid}\" data-postid=\"{article.slug}\" "
              f'data-belowelement="ct-comment-inner-{cid}" data-respondelement="respond" '
              f"aria-label='الرد على {e(who)}'>{REPLY}</a>\t\t\t\t</div>\n\t\t\t</footer>\n\n\n\t\t\t"
              f'<div class="ct-comment-content entry-content is-layout-flow" itemprop="text">\n'
              f"\t\t\t\t<p>{e(text)}</p>\n\t\t\t</div>\n\t\t</article>\n")
        if depth:
            threads[-1].append(li)
        else:
            threads.append([li])
    items = []
    for top, *children in threads:
        kids = "".join(f"{c}</li><!-- #comment-## -->\n" for c in children)
        items.append(top + (f'<ol class="children">\n{kids}</ol><!-- .children -->\n'
                            if kids else "") + "</li><!-- #comment-## -->\n")
    listing = ""
    if items:
        title = _count(len(COMMENTS[n]))
        page.add(title)
        listing = (f'\t\t<h3 class="ct-comments-title">\n\t\t\t{title}\t\t</h3>\n\n\t\t<ol class="ct-comment-list">\n{"".join(items)}\t\t</ol>\n\n\t\t\n')
    page.add(*FORM)
    return f"""<div class="ct-comments-container"><div class="ct-container-narrow">

<div class="ct-comments" id="comments">
{listing}		<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">{FORM[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{page.url}#respond" style="display:none;">{FORM[1]}</a></small></h2><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-labels-outside" novalidate><p class="comment-notes"><span id="email-notes">{FORM[2]}</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-field-input-author">			<label for="author">الاسم <b class="required">&nbsp;*</b></label>			<input id="author" name="author" type="text" value="" size="30" required='required'>			</p><p class="comment-form-field-input-email">			<label for="email">البريد الإلكتروني <b class="required">&nbsp;*</b></label>			<input id="email" name="email" type="text" value="" size="30" required='required'>			</p><p class="comment-form-field-input-url">			<label for="url">{FORM[6]}</label>			<input id="url" name="url" type="text" value="" size="30">			</p><p class="comment-form-field-textarea">				<label for="comment">أضف تعليقاً<b class="required">&nbsp;*</b></label>				<textarea id="comment" name="comment" cols="45" rows="8" required='required'></textarea>			</p><p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"><label for="wp-comment-cookies-consent">{FORM[8]}</label></p><p class="form-submit"><button name="submit" type="submit" id="submit" class="submit" value="{FORM[9]}">{FORM[9]}</button> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>	</div><!-- #respond -->
	</div>

</div></div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid, url = article.slug, f"{HOST}/{article.moment:%Y/%m}/{article.slug}/"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    sec, sec_slug = article.section, SECTION_SLUG[article.section]
    writer = article.author or DESK
    wslug, bio, count = WRITERS.get(writer, ("editorial", "", 0))
    comments = len(COMMENTS[n])
    page.add("تخطي إلى المحتوى", TAGLINE, SITE, "الرئيسية", *(label for _, label in MENU), "بحث",
             "القائمة", writer, shown, sec, _count(comments), "الوسوم",
             *(f"# {t}" for t in article.tags), "شارك المقال")
    utc = moment.astimezone(UTC)
    img = f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}-cover.jpg"
    featured = ""
    if n != 2:
        cap = "" if article.caption == "-" else f'<figcaption>{e(article.caption)}</figcaption>'
        page.add(cap and article.caption)
        featured = f'<figure class="ct-featured-image "><div class="ct-media-container"><img width="1200" height="675" src="{img}" class="attachment-full size-full wp-post-image" alt="" loading="lazy" decoding="async" srcset="{img} 1200w, {img[:-4]}-300x169.jpg 300w, {img[:-4]}-768x432.jpg 768w" sizes="auto, (max-width: 1200px) 100vw, 1200px" itemprop="image" style="aspect-ratio: 16/9;" /></div>{cap}</figure>'
    if n in EMBED:
        page.add(EMBED[n][3])
    tags = "".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag"><span>#</span> {e(t)}</a>' for t in article.tags)
    share = "".join(f'<a href="{base}{url}" data-network="{net}" aria-label="{label}" rel="noopener noreferrer nofollow"><span class="ct-icon-container"><svg width="20px" height="20px" viewBox="0 0 20 20" aria-hidden="true"><path d="M10,0C4.5,0,0,4.5,0,10s4.5,10,10,10s10-4.5,10-10S15.5,0,10,0z"/></svg></span></a>' for net, label, base in NETWORKS)
    author_box = ""
    if article.author:
        page.add(f"المقالات: {count}", bio)
        author_box = f'<div class="author-box is-width-constrained" data-type="type-2"><a href="{HOST}/author/{wslug}/" class="ct-media-container" aria-label="{e(writer)}">{_avatar(wslug, 60)}</a><section><h5 class="author-box-name">{e(writer)}</h5><div class="author-box-bio"><p>{e(bio)}</p></div><a href="{HOST}/author/{wslug}/" class="ct-author-box-more">المقالات: {count}</a></section></div>'
    nav = []
    for side, label, title in (("prev", "السابقة", PREV_NEXT[n][0]), ("next", "التالية", PREV_NEXT[n][1])):
        if not title:
            nav.append(f'<div class="nav-item-{side}"></div>')
            continue
        page.add(f"المقالة {label}", title)
        nav.append(f'<a href="{HOST}/{moment:%Y/%m}/{int(pid) + (7 if side == "next" else -7)}/" class="nav-item-{side}">\n\t\t\t\t\t<div class="item-content">\n\t\t\t\t\t\t<span class="item-label">\n\t\t\t\t\t\t\t<span>المقالة</span> {label}\t\t\t\t\t\t</span>\n\n\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="item-title ct-hidden-sm">\n\t\t\t\t\t\t\t\t{e(title)}\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t</div>\n\n\t\t\t\t</a>')
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=9 + 23 * k, hours=3 * k)
        page.add(title, _date(when), RELATED_COMMENTS[k])
        rid = int(pid) - 31 * (k + 1)
        related.append(f'<article itemscope="itemscope" itemtype="https://schema.org/CreativeWork"><div id="post-{rid}" class="post-{rid} post type-post status-publish format-standard has-post-thumbnail hentry category-{sec_slug}"><a class="ct-media-container" href="{HOST}/{when:%Y/%m}/{rid}/" aria-label="{e(title)}"><img width="300" height="169" src="{HOST}/wp-content/uploads/{when:%Y/%m}/{rid}-300x169.jpg" class="attachment-medium size-medium wp-post-image" alt="" loading="lazy" decoding="async" itemprop="image" style="aspect-ratio: 16/9;" /></a><h4 class="related-entry-title" itemprop="name"><a href="{HOST}/{when:%Y/%m}/{rid}/" itemprop="url">{e(title)}</a></h4><ul class="entry-meta" data-type="simple:slash" ><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{when.isoformat()}">{_date(when)}</time></li><li class="meta-comments"><a href="{HOST}/{when:%Y/%m}/{rid}/#comments">{RELATED_COMMENTS[k]}</a></li></ul></div></article>')
    page.add("مقالات ذات صلة")
    comment_block = _comments(article, n, page)
    page.add("عن المجلة", FOOTER_ABOUT, "أحدث المقالات", *LATEST, "النشرة البريدية", NEWSLETTER,
             "اشترك", f"حقوق النشر © {moment.year} {SITE} - قالب ووردبريس من CreativeThemes",
             *(label for _, label in FOOT_MENU))
    desc = " ".join(article.lead.split()[:24]) + "…"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": f"{HOST}/#/schema/person/{wslug}"},
         "headline": article.headline, "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S+00:00}",
         "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()),
         "commentCount": comments, "publisher": {"@id": f"{HOST}/#organization"},
         "keywords": list(article.tags), "articleSection": [sec], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S+00:00}", "inLanguage": "ar",
         "breadcrumb": {"@id": f"{url}#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": sec, "item": f"{HOST}/category/{sec_slug}/"},
            {"@type": "ListItem", "position": 3, "name": article.headline}]},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/"},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{wslug}", "name": writer}]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    bundle = f"{HOST}/wp-content/themes/blocksy/static/bundle"
    localize = json.dumps({"ajax_url": f"{HOST}/wp-admin/admin-ajax.php", "public_url": f"{bundle}/", "rest_url": f"{HOST}/wp-json/", "search_url": f"{HOST}/search/QUERY_STRING/", "show_more_text": "المزيد", "more_text": "المزيد"}).replace("/", "\\/")
    sheets = "\n".join(f"<link rel='stylesheet' id='{sid}-css' href='{bundle}/{f}.min.css?ver={VER}' media='all' />" for sid, f in (("ct-main-styles", "main-rtl"), ("ct-page-title-styles", "page-title"), ("ct-share-box-styles", "share-box"), ("ct-author-box-styles", "author-box"), ("ct-posts-nav-styles", "posts-nav"), ("ct-comments-styles", "comments"), ("ct-rtl-styles", "rtl")))
    menu_footer = "".join(f'<li id="menu-item-{90 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{90 + k}"><a href="{HOST}/{slug}/" class="ct-menu-link">{label}</a></li>' for k, (slug, label) in enumerate(FOOT_MENU))
    latest = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{HOST}/?p={4500 + k}">{t}</a></li>' for k, t in enumerate(LATEST))
    page.html = f"""<!doctype html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=5, viewport-fit=cover">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<!-- This site is optimized with the Yoast SEO plugin v23.4 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title>
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(article.headline)} - {SITE}" />
	<meta property="og:description" content="{e(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S+00:00}" />
	{f'<meta property="og:image" content="{img}" />' if n != 2 else ''}
	<meta name="author" content="{e(writer)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:label1" content="كُتب بواسطة" />
	<meta name="twitter:data1" content="{e(writer)}" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
	<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.6.2' media='all' />
{sheets}
<link rel='stylesheet' id='blocksy-ext-newsletter-subscribe-styles-css' href='{HOST}/wp-content/plugins/blocksy-companion/framework/extensions/newsletter-subscribe/static/bundle/main.min.css?ver=2.0.46' media='all' />
<style id='ct-main-styles-inline-css'>
[data-header*="type-1"] .ct-header [data-row*="middle"] {{--height:90px;}} [data-prefix="single_blog_post"] .entry-header .page-title {{--theme-font-size:34px;}} [data-prefix="single_blog_post"] .ct-share-box .ct-module-title {{--theme-font-weight:600;--theme-font-size:14px;}} [data-prefix="single_blog_post"] .ct-related-posts-container {{background-color:var(--theme-palette-color-6);}} :root {{--theme-font-family:'Noto Kufi Arabic', Sans-Serif;--theme-palette-color-1:#b5523b;--theme-palette-color-2:#8c3b28;--theme-palette-color-6:#f4efe9;}}
</style>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" /><meta name="generator" content="WordPress 6.6.2" />
<link rel='shortlink' href='{HOST}/?p={pid}' />
<noscript><link rel='stylesheet' href='{bundle}/no-scripts.min.css' type='text/css'></noscript>
	</head>
<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive" data-link="type-2" data-prefix="single_blog_post" data-header="type-1:sticky" data-footer="type-1" itemscope="itemscope" itemtype="https://schema.org/Blog">
<a class="skip-link screen-reader-text" href="#main">تخطي إلى المحتوى</a>{_canvas(sec)}
<div id="main-container">
	{_header(sec)}
	<main id="main" class="site-main hfeed" >
	<div
		class="ct-container-full"
				data-content="narrow"		data-vertical-spacing="top:bottom">
	<article
		id="post-{pid}"
		class="post-{pid} post type-post status-publish format-standard{' has-post-thumbnail' if n != 2 else ''} hentry category-{sec_slug}">
<div class="hero-section is-width-constrained" data-type="type-1">
			<header class="entry-header">
			<nav class="ct-breadcrumbs" data-source="default"  itemscope="" itemtype="https://schema.org/BreadcrumbList"><span class="first-item" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"><meta itemprop="position" content="1"><a href="{HOST}/" itemprop="item"><span itemprop="name">الرئيسية</span></a><meta itemprop="url" content="{HOST}/"/>{SEP}</span><span class="item-0"itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"><meta itemprop="position" content="2"><a href="{HOST}/category/{sec_slug}/" itemprop="item"><span itemprop="name">{sec}</span></a><meta itemprop="url" content="{HOST}/category/{sec_slug}/"/>{SEP}</span><span class="last-item" aria-current="page" itemscope="" itemprop="itemListElement" itemtype="https://schema.org/ListItem"><meta itemprop="position" content="3"><span itemprop="name">{e(article.headline)}</span><meta itemprop="url" content="{url}"/></span>			</nav>
		<h1 class="page-title" title="{e(article.headline)}" itemprop="headline">{e(article.headline)}</h1><ul class="entry-meta" data-type="simple:slash" data-id="meta_1" ><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a href="{HOST}/author/{wslug}/" tabindex="-1" class="ct-media-container-static">{_avatar(wslug, 25)}</a><a class="ct-meta-element-author" href="{HOST}/author/{wslug}/" title="مقالات {e(writer)}" rel="author" itemprop="url"><span itemprop="name">{e(writer)}</span></a></li><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{moment.isoformat()}">{shown}</time></li><li class="meta-categories" data-type="simple"><a href="{HOST}/category/{sec_slug}/" rel="tag" class="ct-term-{3 + n}">{sec}</a></li><li class="meta-comments"><a href="{url}#comments">{_count(comments)}</a></li></ul>		</header>
	</div>
		{featured}
		<div class="entry-content is-layout-constrained">
{_story(article, n)}
		</div>
					<div class="entry-tags is-width-constrained "><span class="ct-module-title">الوسوم</span><div data-type="pill:none" >{tags}</div></div>
			<div class="ct-share-box is-width-constrained ct-hidden-sm" data-location="bottom" data-type="type-1" >
			<span class="ct-module-title">شارك المقال</span>
			<div data-icons-type="simple">
			{share}
			</div>
		</div>
			{author_box}
		<nav class="post-navigation is-width-constrained " >
			{nav[0]}
			{nav[1]}
		</nav>
	</article>
		</div>
	<div class="ct-related-posts-container"><div class="ct-container"><div class="ct-related-posts" ><h3 class="ct-module-title">مقالات ذات صلة</h3><div class="ct-related-posts-items" data-layout="grid">{"".join(related)}</div></div></div></div>
{comment_block}
	</main>
	<footer id="footer" class="ct-footer" data-id="type-1" itemscope="" itemtype="https://schema.org/WPFooter"><div data-row="middle" ><div class="ct-container" data-columns-divider="md:sm"><div data-column="widget-area-1"><div class="ct-widget is-layout-flow widget_block" id="block-2"><h3 class="wp-block-heading">عن المجلة</h3></div><div class="ct-widget is-layout-flow widget_block widget_text" id="block-3"><p>{FOOTER_ABOUT}</p></div></div><div data-column="widget-area-2"><div class="ct-widget is-layout-flow widget_block" id="block-4"><h3 class="wp-block-heading">أحدث المقالات</h3></div><div class="ct-widget is-layout-flow widget_block widget_recent_entries" id="block-5"><ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul></div></div><div data-column="widget-area-3"><div class="ct-widget is-layout-flow widget_blocksy_ct_newsletter_subscribe" id="blocksy_ct_newsletter_subscribe-2"><div class="ct-newsletter-subscribe-widget"><h3 class="widget-title">النشرة البريدية</h3><div class="ct-newsletter-subscribe-description"><p>{NEWSLETTER}</p></div><form action="#" method="post" target="_blank" class="ct-newsletter-subscribe-form" data-provider="mailchimp" data-columns="1"><div class="ct-newsletter-subscribe-form-elements"><input type="email" name="EMAIL" placeholder="البريد الإلكتروني" aria-label="البريد الإلكتروني" required><button class="wp-element-button">اشترك</button></div><div class="ct-newsletter-subscribe-message"></div></form></div></div></div></div></div><div data-row="bottom" ><div class="ct-container" data-columns-divider="md:sm"><div data-column="copyright" >
<div
	class="ct-footer-copyright"
	data-id="copyright">
	<p>حقوق النشر © {moment.year} {SITE} - قالب ووردبريس من <a href="https://creativethemes.com">CreativeThemes</a></p></div>
</div><div data-column="menu" >
<nav
	id="footer-menu"
	class="footer-menu-inline menu-container "
	data-id="menu"		itemscope="" itemtype="https://schema.org/SiteNavigationElement"	aria-label="قائمة التذييل">
	<ul id="menu-footer" class="menu">{menu_footer}</ul></nav>
</div></div></div></footer></div>
<a href="#main-container" class="ct-back-to-top ct-hidden-sm"
	data-shape="square"
	data-alignment="right"
	title="العودة للأعلى" aria-label="العودة للأعلى" hidden>
	<svg class="ct-icon" width="15" height="15" viewBox="0 0 20 20"><path d="M10,0L9.4,0.6L0.8,9.1l1.2,1.2l7.1-7.1V20h1.7V3.3l7.1,7.1l1.2-1.2l-8.5-8.5L10,0z"/></svg></a>
<script id="ct-scripts-js-extra">
var ct_localizations = {localize};
</script>
<script src="{bundle}/main.js?ver={VER}" id="ct-scripts-js"></script>
<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>"""
    return page
