"""An Algerian local news site from Sétif ("صدى الهضاب") on WordPress with ThemeGrill's free
ColorMag theme (3.x classic header, RTL) and Rank Math SEO, as WordPress serves a single post.
The head: Rank Math's block between its "Search Engine Optimization by Rank Math" comments
(`<title>` "headline - صدى الهضاب", description, robots, canonical, og:locale ar_AR,
article:tag/section, og:updated_time and article:published_time in the site's +01:00, the
"كُتب بواسطة"/"مدة القراءة" twitter labels, `script.rank-math-schema` with an Organization,
WebSite, WebPage, Person and NewsArticle graph), then the theme's `colormag_style-css`
(style-rtl.min.css), Font Awesome and the jQuery scripts. The body: `div#page.hfeed.site`,
the skip link, `header#cm-masthead.cm-header` with the `cm-top-bar` (today's date from
`colormag_date_display` in the theme's own 'l, F j, Y' order with Latin commas, e.g.
"الأربعاء, مارس 6, 2024", and the `div.breaking-news` ticker "آخر الأخبار:" over
`ul.newsticker`), `#cm-header-1` with `#cm-site-branding`/`#cm-site-info` (h3 site title and
tagline), `#cm-header-2` with `nav#cm-primary-nav` and the menu, the breadcrumb-trail inside
`#breadcrumb-wrap`, then `#cm-content > .cm-container > .cm-row`, `#cm-primary` holding
`div.cm-posts` (with the theme's duplicated `class="clearfix"` attribute) and the
`article.post`: `div.cm-featured-image` (pages 1 and 3, no caption), `div.cm-post-content`
with `.cm-entry-header-meta > .cm-post-categories` (coloured category link),
`header.cm-entry-header > h1.cm-entry-title`, `div.cm-below-entry-meta cm-separator-default`
(`span.cm-post-date` with the `coloramg-icon--calendar-fill` SVG and
`time.entry-date.published` "5 مارس 2024", `span.cm-author.cm-vcard` byline, the comments
link on pages with comments, `span.cm-tag-links`), then `div.cm-entry-summary` with the
Gutenberg content. Page 1 carries a captioned `wp-block-image` inside the content and a bold
"اقرأ أيضا:" related link paragraph; page 2 (a staff post under "التحرير", posted at 00:25
+01:00) links and bolds words and embeds a YouTube video; page 3 has an h3 subheading that is
part of the story. After the article: `ul.default-wp-page` prev/next links, the
`div.author-box` (page 1 only), `div.related-posts-wrapper` "قد يعجبك أيضاً" with each
related post's date and author, and the ColorMag comments (page 1: three with a nested reply
by the author; page 3: one; page 2: comments closed) with the untranslated "Permalink" link
and the WordPress reply form. The sidebar `#cm-secondary`: the search form, a "ColorMag:
Featured Posts" widget "الأكثر قراءة" with dates, the 300x250 advertisement widget and a
category list. The footer `#cm-footer`: three widget columns, the footer menu and the
ColorMag copyright ("... جميع الحقوق محفوظة.<br>القالب: ColorMag بواسطة ThemeGrill. ...").
All of that but the story is chrome."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .base import LATEST, MONTHS, MOST_READ, Article, Page, e, rotate

NAME = "wp_colormag_news"
HELD_OUT = True
SET = "unseen23"
FAMILY = "WordPress ColorMag theme + Rank Math (Algerian local news): cm-entry-header, cm-below-entry-meta, news ticker, related posts, author box, comments, ColorMag widgets"
HOST = "https://colormag-news-dz.example"
SITE = "صدى الهضاب"
TAGLINE = "جريدة إلكترونية محلية تصدر من سطيف"
DAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MENU = (("/", "الرئيسية"), ("/category/setif/", "أخبار سطيف"), ("/category/bba/", "برج بوعريريج"),
        ("/category/society/", "مجتمع"), ("/category/economy/", "اقتصاد"),
        ("/category/sport/", "رياضة"), ("/category/culture/", "ثقافة"))
SECTIONS = {"أخبار سطيف": ("setif", "#289dcc"), "مجتمع": ("society", "#e07b28"),
            "اقتصاد": ("economy", "#3aa35c")}
FOOTER_MENU = ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية")
ABOUT = "صدى الهضاب موقع إخباري مستقل يهتم بأخبار ولايات سطيف وبرج بوعريريج والمسيلة."
CONTACT = "للتواصل مع هيئة التحرير: redaction@colormag-news-dz.example"
AUTHORS = {1: ("كريمة بن عمار", "karima", "صحفية مختصة في قضايا التنمية المحلية والبلديات "
                                          "الريفية بجنوب ولاية سطيف."),
           2: ("التحرير", "redaction", ""), 3: ("سفيان بوزيد", "soufiane", "")}
CRAWL = {1: datetime(2024, 3, 6), 2: datetime(2024, 8, 15), 3: datetime(2025, 1, 21)}
READ_ALSO = {1: (2, "عين ولمان: مشروع لتزويد المنطقة الصناعية بالكهرباء قبل نهاية السنة")}
LINKED = {2: (1, "الجزائرية للمياه", "https://www.facebook.com/ade.setif.example")}
BOLD = {2: (2, "حي 500 مسكن وحي الهضاب وحي بيزار")}
SUBHEAD = {3: 3}
EMBED = {2: (3, "تصريح مدير وحدة الجزائرية للمياه بالعلمة", "q7Lm2XvB0aE")}
COMMENTS = {
    1: (("عبد الحميد", 150, "أخيرا، انتظرنا هذا المشروع منذ 2015. نتمنى احترام الآجال.", None),
        ("كريمة بن عمار", 210, "شكرا لك، سنتابع تقدم الأشغال في تقارير لاحقة.", 0),
        ("مواطن من أولاد سي أحمد", 1440, "ماذا عن مشتة الرميلة؟ لم تذكر في القائمة.", None)),
    3: (("ياسين ب.", 300, "مبادرة رائعة، هل التسجيل مفتوح لطلبة الماستر فقط؟", None),),
}
ICONS = {
    "calendar-fill": "M21.1 6.6v1.6c0 .6-.4 1-1 1H3.9c-.6 0-1-.4-1-1V6.6c0-1.5 1.3-2.8 2.8-2.8h1.7V3c0"
                     "-.6.4-1 1-1s1 .4 1 1v.8h5.2V3c0-.6.4-1 1-1s1 .4 1 1v.8h1.7c1.5 0 2.8 1.3 2.8 2"
                     ".8zm-1 4.6H3.9c-.6 0-1 .4-1 1v7c0 1.5 1.3 2.8 2.8 2.8h12.6c1.5 0 2.8-1.3 2.8-2"
                     ".8v-7c0-.6-.4-1-1-1z",
    "user": "M7 7c0-2.8 2.2-5 5-5s5 2.2 5 5-2.2 5-5 5-5-2.2-5-5zm9 7H8c-2.8 0-5 2.2-5 5v2c0 .6.4 1 1 "
            "1h16c.6 0 1-.4 1-1v-2c0-2.8-2.2-5-5-5z",
    "comment": "M22 5v10c0 1.7-1.3 3-3 3H7.4l-3.7 3.7c-.2.2-.4.3-.7.3-.1 0-.3 0-.4-.1-.4-.1-.6-.5-.6"
               "-.9V5c0-1.7 1.3-3 3-3h14c1.7 0 3 1.3 3 3z",
    "tag": "M21.4 11.6l-9-9C12.1 2.2 11.6 2 11 2H4c-1.1 0-2 .9-2 2v7c0 .6.2 1.1.6 1.4l9 9c.4.4.9.6 1.4"
           ".6s1-.2 1.4-.6l7-7c.4-.4.6-.9.6-1.4s-.2-1-.6-1.4zM5.5 7C4.7 7 4 6.3 4 5.5S4.7 4 5.5 4 7 4.7"
           " 7 5.5 6.3 7 5.5 7z",
}


def _icon(name: str) -> str:
    return (f'<svg class="cm-icon coloramg-icon--{name}" xmlns="http://www.w3.org/2000/svg" '
            f'viewbox="0 0 24 24"><path d="{ICONS[name]}"></path></svg>')


def _date(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _time(moment: datetime) -> str:
    return f"{moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _header_date(day: datetime) -> str:
    """`date_i18n( 'l, F j, Y' )`: the theme's English order, Latin commas."""
    return f"{DAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _comments_label(count: int) -> str:
    return {0: "لا توجد تعليقات", 1: "تعليق واحد", 2: "تعليقان"}.get(count, f"{count} تعليقات")


def _meta(url: str, moment: datetime, author: tuple, extra: str = "") -> str:
    name, login, _ = author
    return f"""<div class="cm-below-entry-meta cm-separator-default "><span class="cm-post-date"><a href="{url}" title="{_time(moment)}" rel="bookmark">{_icon('calendar-fill')} <time class="entry-date published updated" datetime="{moment.isoformat()}">{_date(moment)}</time></a></span>
		<span class="cm-author cm-vcard">\n			{_icon('user')}\n			<a class="url fn n"\n			href="{HOST}/author/{login}/"\n			title="{e(name)}"\n			>\n				{e(name)}\n			</a>\n		</span>\n{extra}</div>"""


def _story(article: Article, n: int, page: Page) -> str:
    parts = []
    paras = [article.lead, *article.paragraphs]
    for k, text in enumerate(paras):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words, href = LINKED[n][1], LINKED[n][2]
            html = html.replace(e(words), f'<a href="{href}" target="_blank" rel="noreferrer '
                                          f'noopener">{e(words)}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if SUBHEAD.get(n) == k:
            parts.append(f'<h3 class="wp-block-heading">{html}</h3>')
        else:
            parts.append(f"<p>{html}</p>")
        if n == 1 and k == 0:
            parts.append(f"""<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533" src="{HOST}/wp-content/uploads/2024/03/ouled-saber-gaz-800x533.jpg" alt="" class="wp-image-{int(article.slug) + 3}" srcset="{HOST}/wp-content/uploads/2024/03/ouled-saber-gaz-800x533.jpg 800w, {HOST}/wp-content/uploads/2024/03/ouled-saber-gaz-300x200.jpg 300w" sizes="(max-width: 800px) 100vw, 800px" /><figcaption class="wp-element-caption">{e(article.caption)}</figcaption></figure>""")
            page.add(article.caption)
        if n in READ_ALSO and READ_ALSO[n][0] == k:
            title = READ_ALSO[n][1]
            parts.append(f'<p><strong>اقرأ أيضا: </strong><a href="{HOST}/{int(article.slug) - 57}'
                         f'/">{e(title)}</a></p>')
            page.add("اقرأ أيضا:", title)
        if n in EMBED and EMBED[n][0] == k:
            title, vid = EMBED[n][1], EMBED[n][2]
            parts.append(f"""<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe loading="lazy" title="{e(title)}" width="800" height="450" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
</div></figure>""")
    return "\n\n".join(parts)


def _comments(article: Article, n: int, page: Page, url: str) -> str:
    rows = COMMENTS.get(n)
    if not rows:
        return ""
    label = _comments_label(len(rows))
    title = f"{label} على “{article.headline}”"
    page.add(title, "Permalink")
    items, children = [], {}
    for k, (who, minutes, text, parent) in enumerate(rows):
        cid = int(article.slug) * 10 + k
        when = article.moment + timedelta(minutes=minutes)
        stamp = f"{_date(when)} في {_time(when)}"
        own = who == (article.author or "")
        page.add(who, "كاتب المقال" if own else "", stamp, text)
        reply = (f'<a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" '
                 f'data-commentid="{cid}" data-postid="{article.slug}" data-belowelement="comment-{cid}" '
                 f'data-respondelement="respond" aria-label="الرد على {e(who)}">رد</a>')
        li = f"""<li class="comment {'byuser comment-author-karima bypostauthor ' if own else ''}{'even' if k % 2 == 0 else 'odd alt'} thread-{'even' if k % 2 == 0 else 'odd'} depth-{2 if parent is not None else 1}" id="li-comment-{cid}">
					<article id="comment-{cid}" class="comment">\n						<header class="comment-meta comment-author vcard">
							<img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=74&#038;d=mm&#038;r=g' class='avatar avatar-74 photo' height='74' width='74' loading='lazy' decoding='async'/><div class="comment-author-link"><i class="fa fa-user"></i>{e(who)}{'<span>كاتب المقال</span>' if own else ''}</div><div class="comment-date-time"><i class="fa fa-calendar-o"></i>{stamp}</div><a class="comment-permalink" href="{url}#comment-{cid}"><i class="fa fa-link"></i>Permalink</a>						</header><!-- .comment-meta -->
\n						<section class="comment-content comment">\n							<p>{e(text)}</p>\n{reply}						</section><!-- .comment-content -->\n\n	</article><!-- #comment-## -->\n	"""
        if parent is None:
            items.append([li, cid])
        else:
            children.setdefault(parent, []).append(li)
    out = []
    for k, (li, _cid) in enumerate(items):
        kids = children.get(k)
        sub = (f'<ul class="children">\n{"</li><!-- #comment-## -->".join(kids)}</li><!-- #comment-## -->\n'
               "</ul><!-- .children -->\n") if kids else ""
        out.append(f"{li}{sub}</li><!-- #comment-## -->\n")
    page.add("اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
             "الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *",
             "الموقع الإلكتروني", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح "
             "لاستخدامها المرة المقبلة في تعليقي.")
    page.add("رد")
    return f"""\n<div id="comments" class="comments-area">\n\n			<h3 class="comments-title">\n			{label} على &ldquo;<span>{e(article.headline)}</span>&rdquo;		</h3>\n\n		<ul class="comment-list">\n			{''.join(out)}		</ul><!-- .comment-list -->\n
		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">الموقع الإلكتروني</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>	</div><!-- #respond -->\n	\n</div><!-- #comments -->\n"""


def _small_post(title: str, link: str, when: datetime, author: tuple, page: Page,
                thumb: str = "") -> str:
    page.add(title, _date(when), author[0])
    figure = (f'<div class="related-posts-thumbnail">\n\t\t\t\t\t\t\t<a href="{link}" title="{e(title)}">'
              f'\n\t\t\t\t\t\t\t\t<img width="390" height="205" src="{thumb}" class="attachment-colormag-'
              'featured-post-medium size-colormag-featured-post-medium wp-post-image" alt="" '
              'decoding="async" loading="lazy" />\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t</div>\n') if thumb else ""
    return f"""				<div class="single-related-posts">\n\n					{figure}\n					<div class="cm-post-content">\n						<h3 class="cm-entry-title">\n							<a href="{link}" rel="bookmark" title="{e(title)}">\n								{e(title)}\n							</a>\n						</h3><!--/.post-title-->\n
						{_meta(link, when, author)}\n					</div>\n\n				</div><!--/.related-->\n"""


def render(article: Article, n: int) -> Page:
    m = article.moment
    pid = article.slug
    url = f"{HOST}/{pid}/"
    shown = _date(m)
    page = Page(url=url, html="", shown_date=shown)
    author = AUTHORS[n]
    slug, color = SECTIONS[article.section]
    crawl = CRAWL[n]
    ticker = rotate(LATEST, 3 * n, 5)
    page.add(_header_date(crawl), "آخر الأخبار:", *ticker, SITE, TAGLINE,
             *(label for _, label in MENU), article.section, shown, author[0],
             "، ".join(article.tags))
    comments = len(COMMENTS.get(n, ()))
    extra = ""
    if comments:
        extra += (f'\n\t\t\t<span class="cm-comments-link">\n\t\t\t\t<a href="{url}#comments">'
                  f'{_icon("comment")} {_comments_label(comments)}</a>\t\t\t</span>\n\n\t\t\t')
        page.add(_comments_label(comments))
    tags_html = ", ".join(f'<a href="{HOST}/tag/{k}-{pid}/" rel="tag">{e(t)}</a>'
                          for k, t in enumerate(article.tags)).replace(", ", "، ")
    extra += f'<span class="cm-tag-links">{_icon("tag")} {tags_html}</span>'
    thumb = ""
    if n != 2:
        img = f"{HOST}/wp-content/uploads/{m:%Y/%m}/post-{pid}-800x445.jpg"
        thumb = (f'\t\t\t<div class="cm-featured-image">\n\t\t\t\t<img width="800" height="445" '
                 f'src="{img}" class="attachment-colormag-featured-image size-colormag-featured-image'
                 f' wp-post-image" alt="{e(article.headline)}" decoding="async" fetchpriority="high" '
                 f'/>\t\t\t</div>\n')
    prev_title, next_title = rotate(MOST_READ, 5 * n + 9, 2)
    page.add("السابق", prev_title, "التالي", next_title)
    nav = f"""\n		<ul class="default-wp-page">\n			<li class="previous"><a href="{HOST}/{int(pid) - 11}/" rel="prev"><span class="meta-nav">السابق</span> {e(prev_title)}</a></li>
			<li class="next"><a href="{HOST}/{int(pid) + 6}/" rel="next"><span class="meta-nav">التالي</span> {e(next_title)}</a></li>\n		</ul>\n	"""
    box = ""
    if author[2]:
        page.add(author[2])
        box = f"""\n			<div class="author-box">\n				<div class="author-img"><img alt='' src='https://secure.gravatar.com/avatar/5b1f0c2e?s=100&#038;d=mm&#038;r=g' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' decoding='async'/></div>
				<h4 class="author-name">{e(author[0])}</h4>\n				<p class="author-description">{e(author[2])}</p>\n			</div>\n"""
    page.add("قد يعجبك أيضاً")
    related = "".join(_small_post(t, f"{HOST}/{int(pid) - 40 * (k + 1)}/",
                                  m - timedelta(days=3 + 9 * k, hours=2 * k), AUTHORS[1 + (k + n) % 3],
                                  page, f"{HOST}/wp-content/uploads/{m:%Y/%m}/rel-{k}-390x205.jpg")
                      for k, t in enumerate(article.related))
    popular = rotate(MOST_READ, 4 * n, 4)
    page.add("الأكثر قراءة", "إعلان", "أقسام", *(label for _, label in MENU[1:]))
    widget = "".join(f"""<div class="{'first-post' if k == 0 else 'following-post'}">\n			<div class="single-article clearfix">\n				<div class="cm-post-content">\n					<h3 class="cm-entry-title"><a href="{HOST}/{int(pid) - 90 - k}/" title="{e(t)}">{e(t)}</a></h3>
					<div class="cm-below-entry-meta "><span class="cm-post-date"><a href="{HOST}/{int(pid) - 90 - k}/" title="{_time(m)}" rel="bookmark">{_icon('calendar-fill')} <time class="entry-date published updated" datetime="{(m - timedelta(days=k + 1)).isoformat()}">{_date(m - timedelta(days=k + 1))}</time></a></span></div>
				</div>\n			</div>\n		</div>\n""" for k, t in enumerate(popular))
    for k in range(len(popular)):
        page.add(popular[k], _date(m - timedelta(days=k + 1)))
    cats = "\n".join(f'\t<li class="cat-item cat-item-{k + 3}"><a href="{HOST}{path}">{label}</a>\n</li>'
                     for k, (path, label) in enumerate(MENU[1:]))
    copyright1 = f"حقوق الطبع والنشر © {crawl.year} {SITE}. جميع الحقوق محفوظة."
    copyright2 = "القالب: ColorMag بواسطة ThemeGrill. مدعوم بواسطة WordPress."
    page.add("عن الموقع", ABOUT, "تواصل معنا", CONTACT, *FOOTER_MENU, copyright1, copyright2,
             "تجاوز إلى المحتوى")
    words = len(article.body.split())
    plain = " ".join([article.lead, *article.paragraphs])
    desc = plain[:155].rsplit(" ", 1)[0] + "..."
    iso = m.isoformat()
    modified = (m + timedelta(hours=n)).isoformat()
    graph = [
        {"@type": ["NewsMediaOrganization", "Organization"], "@id": f"{HOST}/#organization",
         "name": SITE, "url": HOST,
         "logo": {"@type": "ImageObject", "@id": f"{HOST}/#logo",
                  "url": f"{HOST}/wp-content/uploads/2023/01/logo-sada.png", "caption": SITE,
                  "inLanguage": "ar"}},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": HOST, "name": SITE,
         "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": "1", "item": {"@id": HOST, "name": "الرئيسية"}},
            {"@type": "ListItem", "position": "2",
             "item": {"@id": f"{HOST}/category/{slug}/", "name": article.section}},
            {"@type": "ListItem", "position": "3", "item": {"@id": url, "name": article.headline}}]},
        {"@type": "WebPage", "@id": f"{url}#webpage", "url": url,
         "name": f"{article.headline} - {SITE}", "datePublished": iso, "dateModified": modified,
         "isPartOf": {"@id": f"{HOST}/#website"}, "inLanguage": "ar",
         "breadcrumb": {"@id": f"{url}#breadcrumb"}},
        {"@type": "Person", "@id": f"{HOST}/author/{author[1]}/", "name": author[0],
         "url": f"{HOST}/author/{author[1]}/", "worksFor": {"@id": f"{HOST}/#organization"}},
        {"@type": "NewsArticle", "headline": f"{article.headline} - {SITE}",
         "keywords": article.tags[0], "datePublished": iso, "dateModified": modified,
         "articleSection": article.section, "author": {"@id": f"{HOST}/author/{author[1]}/",
                                                       "name": author[0]},
         "publisher": {"@id": f"{HOST}/#organization"}, "description": desc,
         "name": f"{article.headline} - {SITE}", "@id": f"{url}#richSnippet",
         "isPartOf": {"@id": f"{url}#webpage"}, "inLanguage": "ar",
         "mainEntityOfPage": {"@id": f"{url}#webpage"}},
    ]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                    separators=(",", ":")).replace("/", "\\/")
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    minutes = "أقل من دقيقة" if words < 200 else "دقيقة واحدة"
    image_meta = (f'<meta property="og:image" content="{HOST}/wp-content/uploads/{m:%Y/%m}/post-{pid}.jpg" />\n'
                  f'<meta property="og:image:width" content="1200" />\n<meta property="og:image:height" '
                  f'content="667" />\n<meta property="og:image:type" content="image/jpeg" />\n'
                  if n != 2 else "")
    menu = "".join(f'<li id="menu-item-{k + 20}" class="menu-item menu-item-type-'
                   f'{"custom" if k == 0 else "taxonomy"} menu-item-object-'
                   f'{"custom" if k == 0 else "category"}'
                   f'{" current-post-ancestor current-menu-parent" if label == article.section else ""}'
                   f' menu-item-{k + 20}"><a href="{HOST}{path}">{label}</a></li>'
                   for k, (path, label) in enumerate(MENU))
    tick = "".join(f'\n\t\t\t\t\t<li>\n\t\t\t\t\t\t<a href="{HOST}/{int(pid) + k + 1}/" title="{e(t)}">'
                   f'\n\t\t\t\t\t\t\t{e(t)}\n\t\t\t\t\t\t</a>\n\t\t\t\t\t</li>' for k, t in enumerate(ticker))
    footer_menu = "".join(f'<li id="menu-item-{k + 60}" class="menu-item menu-item-type-post_type '
                          f'menu-item-object-page menu-item-{k + 60}"><a href="{HOST}/page-{k}/">{t}</a></li>'
                          for k, t in enumerate(FOOTER_MENU))
    classes = (f"post-{pid} post type-post status-publish format-standard"
               f"{' has-post-thumbnail' if n != 2 else ''} hentry category-{slug} "
               + " ".join(f"tag-{k}-{pid}" for k in range(len(article.tags))))
    page.html = f"""<!doctype html>\n<html dir="rtl" lang="ar">\n<head>\n		<meta charset="UTF-8"/>\n		<meta name="viewport" content="width=device-width, initial-scale=1">\n		<link rel="profile" href="http://gmpg.org/xfn/11"/>\n\t\t
<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->\n<title>{e(article.headline)} - {SITE}</title>\n<meta name="description" content="{e(desc)}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>\n<link rel="canonical" href="{url}" />\n<meta property="og:locale" content="ar_AR" />\n<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)} - {SITE}" />\n<meta property="og:description" content="{e(desc)}" />\n<meta property="og:url" content="{url}" />\n<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/sada.elhidhab.example" />\n{og_tags}\n<meta property="article:section" content="{e(article.section)}" />\n<meta property="og:updated_time" content="{modified}" />
{image_meta}<meta property="article:published_time" content="{iso}" />\n<meta property="article:modified_time" content="{modified}" />\n<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{e(article.headline)} - {SITE}" />\n<meta name="twitter:description" content="{e(desc)}" />\n<meta name="twitter:label1" content="كُتب بواسطة" />\n<meta name="twitter:data1" content="{e(author[0])}" />
<meta name="twitter:label2" content="مدة القراءة" />\n<meta name="twitter:data2" content="{minutes}" />\n<script type="application/ld+json" class="rank-math-schema">{ld}</script>\n<!-- /Rank Math WordPress SEO plugin -->\n
<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='colormag_style-css' href='{HOST}/wp-content/themes/colormag/style-rtl.min.css?ver=3.1.6' type='text/css' media='all' />
<link rel='stylesheet' id='colormag-featured-image-popup-css-css' href='{HOST}/wp-content/themes/colormag/assets/js/magnific-popup/magnific-popup.min.css?ver=3.1.6' type='text/css' media='all' />
<link rel='stylesheet' id='colormag-fontawesome-css' href='{HOST}/wp-content/themes/colormag/assets/library/fontawesome/css/font-awesome.min.css?ver=3.1.6' type='text/css' media='all' />
<link rel='stylesheet' id='colormag_googlefonts-css' href='//fonts.googleapis.com/css?family=Tajawal%3A0%2C400%2C700&#038;subset=arabic&#038;ver=3.1.6' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" />\n<meta name="generator" content="WordPress 6.4.3" />\n<link rel='shortlink' href='{HOST}/?p={pid}' />
<link rel="icon" href="{HOST}/wp-content/uploads/2023/01/cropped-favicon-32x32.png" sizes="32x32" />\n</head>\n
<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive cm-header-layout-1 adv-style-1  boxed cm-right-sidebar right-sidebar">\n\n		<div id="page" class="hfeed site">
				<a class="skip-link screen-reader-text" href="#main">تجاوز إلى المحتوى</a>\n		\n	<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width">\n		\n				<div class="cm-top-bar">\n					<div class="cm-container">
						<div class="cm-row">\n							<div class="cm-top-bar__1">\n				\n		<div class="date-in-header">\n			{_header_date(crawl)}		</div>\n\n		\n		<div class="breaking-news">\n			<strong class="breaking-news-latest">آخر الأخبار:</strong>\n
			<ul class="newsticker">{tick}\n							</ul>\n		</div>\n\n									</div>\n\n							<div class="cm-top-bar__2">\n											</div>\n						</div>\n					</div>\n				</div>\n\n				<div class="cm-main-header">\n		\n	<div id="cm-header-1" class="cm-header-1">
		<div class="cm-container">\n			<div class="cm-row">\n\n				<div class="cm-header-col-1">\n										<div id="cm-site-branding" class="cm-site-branding">
		<a href="{HOST}/" class="custom-logo-link" rel="home"><img width="240" height="90" src="{HOST}/wp-content/uploads/2023/01/logo-sada.png" class="custom-logo" alt="{SITE}" decoding="async" srcset="" /></a>					</div><!-- #cm-site-branding -->\n\t
	<div id="cm-site-info" class="">\n								<h3 class="cm-site-title">\n							<a href="{HOST}/" title="{SITE}" rel="home">{SITE}</a>\n						</h3>\n						\n												<p class="cm-site-description">\n							{TAGLINE}						</p><!-- .cm-site-description -->
											</div><!-- #cm-site-info -->\n					</div><!-- .cm-header-col-1 -->\n\n				<div class="cm-header-col-2">\n								</div><!-- .cm-header-col-2 -->\n\n		</div>\n	</div>\n</div>\n		\n<div id="cm-header-2" class="cm-header-2">
	<nav id="cm-primary-nav" class="cm-primary-nav">\n		<div class="cm-container">\n			<div class="cm-row">\n				\n					<p class="cm-menu-toggle" aria-expanded="false">
						<svg class="cm-icon coloramg-icon--bars" xmlns="http://www.w3.org/2000/svg" viewbox="0 0 24 24"><path d="M21 19H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Zm0-6H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Zm0-6H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Z"></path></svg>					</p>
					<div class="cm-menu-primary-container"><ul id="menu-primary" class="menu">{menu}</ul></div>\n			</div>\n		</div>\n	</nav>\n</div>\n			\n				</div> <!-- /.cm-main-header -->\n				</header><!-- #cm-masthead -->\n\n		<!-- Breadcrumb display -->
		<div id="breadcrumb-wrap" class="breadcrumb-wrap" typeof="BreadcrumbList">\n			<div class="inner-wrap">
			<nav role="navigation" aria-label="مسارات التنقل" class="breadcrumb-trail breadcrumbs" itemprop="breadcrumb"><ul class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3" /><meta name="itemListOrder" content="Ascending" /><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="trail-item trail-begin"><a href="{HOST}/" rel="home" itemprop="item"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="trail-item"><a href="{HOST}/category/{slug}/" itemprop="item"><span itemprop="name">{e(article.section)}</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="trail-item trail-end"><span itemprop="name">{e(article.headline)}</span><meta itemprop="position" content="3" /></li></ul></nav>			</div>
		</div>\n			<div id="cm-content" class="cm-content">\n				<div class="cm-container">\n		\n<div class="cm-row">\n	\n	<div id="cm-primary" class="cm-primary">\n		<div class="cm-posts" class="clearfix">\n\n			\n<article id="post-{pid}" class="{classes}">\n\t
{thumb}\n	<div class="cm-post-content">\n		<div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{HOST}/category/{slug}/" style="background:{color}" rel="category tag">{e(article.section)}</a></div></div>
			<header class="cm-entry-header">\n				<h1 class="cm-entry-title">\n			{e(article.headline)}		</h1>\n			</header>\n\n			{_meta(url, m, author, extra)}\n<div class="cm-entry-summary">\n	{_story(article, n, page)}\n</div>\n	\n	</div>\n\n	\n	</article>
		</div><!-- .cm-posts -->\n		{nav}{box}\n	<div class="related-posts-wrapper">\n\n		<h4 class="related-posts-main-title">\n			<i class="fa fa-thumbs-up"></i><span>قد يعجبك أيضاً</span>\n		</h4>\n\n		<div class="related-posts">\n\n{related}
		</div><!--/.post-related-->\n\n	</div>\n\n	{_comments(article, n, page, url)}\n	</div><!-- #cm-primary -->\n\n	\n<div id="cm-secondary" class="cm-secondary">\n	\n	<aside id="search-2" class="widget widget_search">
<form action="{HOST}/" class="search-form searchform clearfix" method="get" role="search">\n\n	<div class="search-wrap">\n		<input type="search"\n				class="s field"\n				name="s"\n				value=""\n				placeholder="بحث"\n		/>\n
		<button class="search-icon" type="submit"></button>\n	</div>\n\n</form><!-- .searchform -->
</aside><aside id="colormag_featured_posts_vertical_widget-2" class="widget widget_featured_posts widget_featured_posts_vertical widget_featured_meta"><h3 class="cm-widget-title" style="border-bottom-color:#289dcc;"><span style="background-color:#289dcc;">الأكثر قراءة</span></h3>{widget}</aside><aside id="colormag_300x250_advertisement_widget-2" class="widget widget_300x250_advertisement">
		<div class="advertisement_300x250">\n							<div class="cm-advertisement-title">\n					<h3 class="cm-widget-title"><span>إعلان</span></h3>				</div>
				<div class="cm-advertisement-content"><a href="https://ads.example/setif-expo" class="single_ad_300x250" target="_blank" rel="nofollow"><img src="{HOST}/wp-content/uploads/2023/11/foire-setif-300x250.jpg" width="300" height="250" alt=""></a></div>		</div>
		</aside><aside id="categories-2" class="widget widget_categories"><h3 class="cm-widget-title"><span>أقسام</span></h3>\n			<ul>\n{cats}\n			</ul>\n\n			</aside>\n	</div>\n</div>\n\n		</div><!-- .cm-container -->\n				</div><!-- #main -->
			<footer id="cm-footer" class="cm-footer ">\n	<div class="cm-footer-cols">\n		<div class="cm-container">\n			<div class="cm-row">\n				<div class="cm-lower-footer-cols">
					<div class="cm-lower-footer-col cm-lower-footer-col--1"><aside id="text-2" class="widget widget_text"><h3 class="cm-widget-title"><span>عن الموقع</span></h3>			<div class="textwidget"><p>{ABOUT}</p>\n</div>\n		</aside></div>
					<div class="cm-lower-footer-col cm-lower-footer-col--2"><aside id="text-3" class="widget widget_text"><h3 class="cm-widget-title"><span>تواصل معنا</span></h3>			<div class="textwidget"><p>{CONTACT}</p>\n</div>\n		</aside></div>\n				</div>\n			</div>
		</div>\n	</div>\n			<div class="cm-footer-bar cm-footer-bar-style-1">\n			<div class="cm-container">\n				<div class="cm-row">\n				<div class="cm-footer-bar-area">\n		\n		<div class="cm-footer-bar__1">\n			\n			<nav class="cm-footer-menu">
				<div class="menu-footer-container"><ul id="menu-footer" class="menu">{footer_menu}</ul></div>			</nav>\n		</div> <!-- /.cm-footer-bar__1 -->\n\n				<div class="cm-footer-bar__2">
			<div class="copyright">حقوق الطبع والنشر &copy; {crawl.year} <a href="{HOST}/" title="{SITE}" ><span>{SITE}</span></a>. جميع الحقوق محفوظة.<br>القالب: <a href="https://themegrill.com/themes/colormag" target="_blank" title="ColorMag" rel="nofollow"><span>ColorMag</span></a> بواسطة ThemeGrill. مدعوم بواسطة <a href="https://wordpress.org" target="_blank" title="WordPress" rel="nofollow"><span>WordPress</span></a>.</div>		</div> <!-- /.cm-footer-bar__2 -->
				</div><!-- .cm-footer-bar-area -->\n						</div><!-- .cm-container -->\n			</div><!-- .cm-row -->\n		</div><!-- .cm-footer-bar -->\n				</footer><!-- #cm-footer -->\n					<a href="#cm-masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
				</div><!-- #page -->\n		<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{HOST}/wp-content/themes/colormag/assets/js/jquery.bxslider.min.js?ver=3.1.6" id="colormag-bxslider-js"></script>
<script type="text/javascript" src="{HOST}/wp-content/themes/colormag/assets/js/news-ticker/jquery.newsTicker.min.js?ver=3.1.6" id="colormag-news-ticker-js"></script>
<script type="text/javascript" src="{HOST}/wp-content/themes/colormag/assets/js/navigation.min.js?ver=3.1.6" id="colormag-navigation-js"></script>
<script type="text/javascript" src="{HOST}/wp-content/themes/colormag/assets/js/colormag-custom.min.js?ver=3.1.6" id="colormag-custom-js"></script>\n\n</body>\n</html>\n"""
    return page
