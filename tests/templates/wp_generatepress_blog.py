"""An Egyptian tech-news blog ("تك مصر") on WordPress, GeneratePress 3.x (RTL, microdata on),
GenerateBlocks 1.x and Rank Math SEO: a single post as the theme serves it. Head: Rank Math's
block ("<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->" ... "<!-- /Rank
Math WordPress SEO plugin -->": title "headline - تك مصر", description, robots, canonical, og,
`article:tag`/`article:section`, `article:published_time` in Egypt's local offset, +03:00 in
summer time and +02:00 in winter, twitter labels "كُتب بواسطة"/"مدة القراءة", a
`rank-math-schema` JSON-LD @graph with BlogPosting `#richSnippet`), GP and GB stylesheets.
Body: skip link, `header#masthead.site-header` (`p.main-title`, `p.site-description`),
`nav#site-navigation.main-navigation` (gp-icon menu-toggle "القائمة", `ul.menu.sf-menu`),
`#page` > `#content` > `#primary.content-area` > `main#main` > `article` > `div.inside-article`:
`header.entry-header` with the Rank Math breadcrumb ("الرئيسية » section » headline"),
`h1.entry-title`, `div.entry-meta` with `span.posted-on` and `span.byline` "بواسطة" + author
vcard. Edited more than 30 minutes after publishing, GP prints a CSS-hidden `time.updated`
with the edit date *before* `time.entry-date.published` (page 2 edited the next day, page 3
the same morning). Page 1 names its writer and page 3 its writer; page 2 is by the
"فريق التحرير" account (no writer) and was posted at 00:50 local. Pages 1 and 3 carry the
featured image (`div.featured-image.page-header-image-single`, no caption). `entry-content`:
page 1 has the Rank Math TOC block ("جدول المحتويات", links repeating the subheadings) after
the lead, GenerateBlocks `h2.gb-headline` subheadings and a captioned core image; page 2 plain
paragraphs; page 3 bolds the company name in the lead, links a phrase inline and has a GB
container "اقرأ أيضًا" box between paragraphs. Then `footer.entry-meta` (cat-links and
tags-links with screen-reader labels, `nav#nav-below.post-navigation`), a GB query loop
"مقالات ذات صلة" (titles, dates), `div.comments-area` (3 comments with the writer's reply on
page 1, none on page 2, one on page 3; the "اترك تعليقاً" form), the right sidebar (search,
"أحدث المقالات", "التصنيفات" with counts, a GB "تابعنا" buttons box), footer widgets and
`footer.site-info` ("© year تك مصر • بُني باستخدام GeneratePress"). All of that is chrome."""

from __future__ import annotations

import json
import zlib
from datetime import datetime, timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_generatepress_blog"
HELD_OUT = True
SET = "unseen24"
FAMILY = ("WordPress GeneratePress + GenerateBlocks + Rank Math tech blog: inside-article, " "entry-meta posted-on/byline (hidden updated time), TOC, gb-headline, comments, sidebar")
HOST = "https://gp-tech-eg.example"
SITE = "تك مصر"
TAGLINE = "أخبار التقنية والاتصالات في مصر"
MENU = (("/", "الرئيسية"), ("/category/tech-news/", "أخبار التقنية"),
        ("/category/phones/", "هواتف وأجهزة"), ("/category/apps/", "تطبيقات"),
        ("/category/telecom/", "اتصالات وإنترنت"), ("/category/startups/", "شركات ناشئة"),
        ("/category/reviews/", "مراجعات"), ("/category/how-to/", "شروحات"))
SLUGS = {label: path.split("/")[-2] for path, label in MENU[1:]}
AUTHORS = {1: ("yasmine", "ياسمين عبد الحميد"), 2: ("editorial", "فريق التحرير"),
           3: ("karim-mansour", "كريم منصور")}
EDITED = {1: timedelta(minutes=20), 2: timedelta(days=1, hours=9, minutes=25),
          3: timedelta(hours=2, minutes=5)}
RECENT = ("أفضل خمسة هواتف بسعر أقل من 10 آلاف جنيه هذا الشهر",
          "طريقة تفعيل خدمة الشريحة الإلكترونية على هاتفك خطوة بخطوة",
          "مراجعة سماعة لاسلكية مصرية الصنع: أداء جيد وبطارية تدوم طويلا",
          "منصة مصر الرقمية تضيف خدمات جديدة للسجل التجاري",
          "كيف تحمي حسابك على واتساب من الاختراق؟",
          "إطلاق أول مركز بيانات يعمل بالطاقة الشمسية في أسوان",
          "تحديث جديد لتطبيق إنستاباي يدعم الدفع عبر رمز الاستجابة السريعة",
          "مسابقة وطنية للروبوتات تستقبل طلبات طلاب المدارس حتى نهاية الشهر")
CATEGORIES = (("أخبار التقنية", 412), ("هواتف وأجهزة", 238), ("تطبيقات", 167),
              ("اتصالات وإنترنت", 145), ("شركات ناشئة", 96), ("شروحات", 203))
SOCIAL = (("facebook.com/techmisr.example", "فيسبوك"), ("x.com/techmisr_example", "إكس"),
          ("youtube.com/@techmisr.example", "يوتيوب"), ("t.me/techmisr_example", "تيليجرام"))
ABOUT = "تك مصر مدونة مستقلة تتابع أخبار التكنولوجيا والاتصالات والشركات الناشئة في مصر منذ 2019."
LINKS = (("/about/", "من نحن"), ("/contact/", "اتصل بنا"), ("/privacy-policy/", "سياسة الخصوصية"),
         ("/advertise/", "أعلن معنا"))
COOKIES_LABEL = ("احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها " "المرة المقبلة في تعليقي.")
FORM_NOTE = "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"
# page -> (name, minutes after publishing, text, by the post's writer)
COMMENTS = {
    1: (("أحمد فتحي", 95, "خطوة ممتازة، نتمنى أن تكون الأسعار فعلا أقل من المستورد.", False),
        ("ياسمين عبد الحميد", 140, "شكرا أحمد، الشركة وعدت بإعلان الأسعار الشهر المقبل.", True),
        ("منى الشافعي", 1510, "هل يوجد ضمان محلي على هذه الأجهزة؟", False)),
    2: (),
    3: (("محمد رشاد", 260, "جربت التطبيق والتقسيط عليه سهل جدا مقارنة بالبنوك.", False),),
}
READ_ALSO = {3: (1, "/startups/bnpl-central-bank-rules/",
                 "البنك المركزي يصدر ضوابط جديدة لخدمات الشراء الآن والدفع لاحقا")}
BOLD = {3: (-1, "قسطها")}
LINKED = {3: (2, "تقرير يرصد تراجع حجم الاستثمارات", "/startups/h1-funding-report/")}
FIGURE = {1: 2}  # page -> paragraph index after which the captioned figure stands
TOC_TITLE = "جدول المحتويات"
BARS = ('<svg viewBox="0 0 512 512" aria-hidden="true" role="img" version="1.1" ' 'xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path d="M0 96c0-13.255 ' '10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-' '24-24z" /></svg>')
ICON = ('<span class="gp-icon icon-{0}"><svg viewBox="0 0 {1} 512" aria-hidden="true" ' 'width="1em" height="1em"><path d="M{2}" fill-rule="nonzero"/></svg></span>')


def _date(moment: datetime) -> str:
    """WordPress Arabic "j F، Y"."""
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _time(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _anchor(text: str) -> str:
    return "-".join(text.split())


def _subheads(article: Article) -> set[int]:
    """Short paragraphs with no full stop are the writer's subheadings."""
    return {k for k, p in enumerate(article.paragraphs) if len(p.split()) <= 6 and "." not in p}


def _inline(text: str, n: int, k: int) -> str:
    """A paragraph's HTML: the bold words and the inline link the writer put in."""
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{HOST}{LINKED[n][2]}">{words}</a>', 1)
    return html


def _content(article: Article, n: int) -> str:
    heads = _subheads(article)
    out = [f"<p>{_inline(article.lead, n, -1)}</p>"]
    if heads:
        items = "".join(f'<li class=""><a href="#{_anchor(article.paragraphs[k])}">' f"{e(article.paragraphs[k])}</a></li>" for k in sorted(heads))
        out.append(f'<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>' f"{TOC_TITLE}</h2><nav><ul>{items}</ul></nav></div>")
    for k, text in enumerate(article.paragraphs):
        if k in heads:
            gid = f"{zlib.crc32(text.encode()):08x}"
            out.append(f'<h2 class="gb-headline gb-headline-{gid} gb-headline-text" ' f'id="{_anchor(text)}">{e(text)}</h2>')
            continue
        out.append(f"<p>{_inline(text, n, k)}</p>")
        if FIGURE.get(n) == k:
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" ' f'width="1024" height="576" src="{HOST}/wp-content/uploads/' f'{article.moment:%Y/%m}/line-{article.slug}-1024x576.jpg" alt="" ' f'class="wp-image-{int(article.slug) + 3}"/><figcaption class=' f'"wp-element-caption">{e(article.caption)}</figcaption></figure>')
        if n in READ_ALSO and READ_ALSO[n][0] == k:
            _, path, title = READ_ALSO[n]
            out.append(f'<div class="gb-container gb-container-7c2e91a4">\n<p class="gb-headline ' f'gb-headline-b51f0d3e gb-headline-text"><strong>اقرأ أيضًا:</strong> ' f'<a href="{HOST}{path}">{e(title)}</a></p>\n</div>')
    return "\n\n".join(out)


def _comments(article: Article, n: int, url: str, page: Page) -> str:
    items = []
    for k, (name, minutes, text, by_writer) in enumerate(COMMENTS[n]):
        when = article.moment + timedelta(minutes=minutes)
        cid = int(article.slug) % 1000 * 10 + k
        cls = "byuser comment-author-" + AUTHORS[n][0] + " bypostauthor " if by_writer else ""
        depth = "depth-2" if by_writer else "depth-1"
        stamp = f"{_date(when)} في {_time(when)}"
        page.add(name, stamp, text)
        item = (f'<li id="comment-{cid}" class="comment {cls}{"odd alt" if k % 2 else "even"} ' f'{depth}">\n\t\t<article class="comment-body" id="div-comment-{cid}"  itemtype=' f'"https://schema.org/Comment" itemscope>\n\t\t\t<footer class="comment-meta" ' f'aria-label="بيانات التعليق">\n\t\t\t\t<img alt=\'\' src=\'https://secure.' f"gravatar.com/avatar/{cid:x}0a9e?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 " f"photo' height='50' width='50' loading='lazy' decoding='async'/>\t\t\t\t<div " f'class="comment-author-info">\n\t\t\t\t\t<div class="comment-author vcard" ' f'itemprop="author" itemtype="https://schema.org/Person" itemscope>\n\t\t\t\t\t\t' f'<cite itemprop="name" class="fn">{e(name)}</cite>\t\t\t\t\t</div>\n\n\t\t\t' f'\t\t\t<div class="entry-meta comment-metadata">\n\t\t\t\t\t\t\t<a href="{url}' f'#comment-{cid}">\n\t\t\t\t\t\t\t\t<time datetime="{when.isoformat()}" ' f'itemprop="datePublished">\n\t\t\t\t\t\t\t\t\t{stamp}\n\t\t\t\t\t\t\t\t' f"</time>\n\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\n" f"\t\t\t\t<span class=\"reply\"><a rel='nofollow' class='comment-reply-link' " f"href='#comment-{cid}' data-commentid=\"{cid}\" data-postid=\"{article.slug}\" " f'data-belowelement="div-comment-{cid}" data-respondelement="respond" ' f"aria-label='الرد على {e(name)}'>رد</a></span>\t\t\t</footer>\n\n\t\t\t<div " f'class="comment-content" itemprop="text">\n\t\t\t\t<p>{e(text)}</p>\n\t\t\t' f"</div>\n\t\t</article>\n\t\t")
        if by_writer and items:
            items[-1] = items[-1] + f'<ol class="children">\n{item}</li><!-- #comment-## -->\n</ol>'
        else:
            items.append(item)
    listing = ""
    if items:
        count = len(COMMENTS[n])
        title = (f"فكرة واحدة على “{article.headline}”" if count == 1
                 else f"{count} أفكار على “{article.headline}”")
        page.add(title)
        listing = (f'\n\t\t<h3 class="comments-title">\n\t\t\t{e(title)}\t\t</h3>\n\n\t\t\n\t\t' f'<ol class="comment-list">\n\t\t\t'
                   + "</li><!-- #comment-## -->\n".join(items) + "</li><!-- #comment-## -->\n" "\t\t</ol><!-- .comment-list -->\n\n\t\t")
    page.add("اترك تعليقاً", "إلغاء الرد", FORM_NOTE, "تعليق", "الاسم", "البريد الإلكتروني",
             "الموقع الإلكتروني", COOKIES_LABEL)
    return f"""<div class="comments-area">
		<div id="comments">
{listing}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment" class="screen-reader-text">تعليق</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">الاسم</label><input placeholder="الاسم *" id="author" name="author" type="text" value="" size="30" required />\n<label for="email" class="screen-reader-text">البريد الإلكتروني</label><input placeholder="البريد الإلكتروني *" id="email" name="email" type="email" value="" size="30" required />\n<label for="url" class="screen-reader-text">الموقع الإلكتروني</label><input placeholder="الموقع الإلكتروني" id="url" name="url" type="url" value="" size="30" />\n<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{COOKIES_LABEL}</label></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="أرسل التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />\n<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>	</div><!-- #respond -->

		</div><!-- #comments -->
	</div>"""


def _meta(article: Article, n: int, url: str, writer: str, login: str, cat: str) -> str:
    """Rank Math's head block: meta tags in its order, then its JSON-LD @graph."""
    moment, edited = article.moment, article.moment + EDITED[n]
    title, desc = f"{e(article.headline)} - {SITE}", e(article.lead[:155].rsplit(" ", 1)[0])
    image = f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg"
    tags = [("property", "article:tag", e(t)) for t in article.tags]
    updated = [("property", "og:updated_time", edited.isoformat())] if n != 1 else []
    pics = [("property", "og:image", image), ("property", "og:image:width", "1200"),
            ("property", "og:image:height", "675")] if n != 2 else []
    minutes = round(len(article.body.split()) / 200)
    metas = [("property", "og:locale", "ar_AR"), ("property", "og:type", "article"),
             ("property", "og:title", title), ("property", "og:description", desc),
             ("property", "og:url", url), ("property", "og:site_name", SITE), *tags,
             ("property", "article:section", e(article.section)), *updated, *pics,
             ("property", "article:published_time", moment.isoformat()),
             ("property", "article:modified_time", edited.isoformat()),
             ("name", "twitter:card", "summary_large_image"), ("name", "twitter:title", title),
             ("name", "twitter:description", desc), ("name", "twitter:label1", "كُتب بواسطة"),
             ("name", "twitter:data1", writer), ("name", "twitter:label2", "مدة القراءة"),
             ("name", "twitter:data2", "دقيقة واحدة" if minutes <= 1 else "دقيقتان")]
    org, page_id, author_id = f"{HOST}/#organization", f"{url}#webpage", f"{HOST}/author/{login}/"
    crumbs = [(HOST, "الرئيسية"), (f"{HOST}/category/{cat}/", article.section),
              (url, article.headline)]
    dates = {"datePublished": moment.isoformat(), "dateModified": edited.isoformat()}
    post = {"@type": "BlogPosting", "headline": title, "keywords": article.tags[0], **dates,
            "articleSection": article.section, "author": {"@id": author_id, "name": writer},
            "publisher": {"@id": org}, "description": desc, "name": title,
            "@id": f"{url}#richSnippet", "isPartOf": {"@id": page_id}, "inLanguage": "ar",
            "mainEntityOfPage": {"@id": page_id}}
    if n != 2:
        post["image"] = {"@id": image}
    graph = [{"@type": "Organization", "@id": org, "name": SITE, "logo": {
                 "@type": "ImageObject", "@id": f"{HOST}/#logo",
                 "url": f"{HOST}/wp-content/uploads/2023/02/techmisr-logo.png"}},
             {"@type": "WebSite", "@id": f"{HOST}/#website", "url": HOST, "name": SITE,
              "publisher": {"@id": org}, "inLanguage": "ar"},
             {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                 {"@type": "ListItem", "position": str(k), "item": {"@id": link, "name": name}}
                 for k, (link, name) in enumerate(crumbs, 1)]},
             {"@type": "WebPage", "@id": page_id, "url": url, "name": title, **dates,
              "isPartOf": {"@id": f"{HOST}/#website"}, "inLanguage": "ar",
              "breadcrumb": {"@id": f"{url}#breadcrumb"}},
             {"@type": "Person", "@id": author_id, "name": writer, "url": author_id,
              "worksFor": {"@id": org}}, post]
    schema = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                        separators=(",", ":"))
    lines = "\n".join(f'<meta {a}="{k}" content="{v}" />' for a, k, v in metas)
    return f"""<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<title>{title}</title>
<meta name="description" content="{desc}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
{lines}
<script type="application/ld+json" class="rank-math-schema">{schema}</script>
<!-- /Rank Math WordPress SEO plugin -->"""


def _aside(wid: str, cls: str, title: str, inner: str) -> str:
    head = f'<h2 class="widget-title">{title}</h2>' if title else ""
    return f'<aside id="{wid}" class="widget inner-padding {cls}">{head}\n{inner}\n</aside>'


def _sidebar(article: Article, n: int, page: Page) -> str:
    recent = [RECENT[(n * 3 + k) % 8] for k in range(5)]
    page.add("البحث عن:", "أحدث المقالات", *recent, "التصنيفات", "تابعنا",
             *(f"{name} ({count})" for name, count in CATEGORIES), *(s for _, s in SOCIAL))
    search = (f'<form method="get" class="search-form" action="{HOST}/">\n\t<label>\n\t\t<span ' f'class="screen-reader-text">البحث عن:</span>\n\t\t<input type="search" class=' f'"search-field" placeholder="البحث &hellip;" value="" name="s" title="البحث عن:">' f'\n\t</label>\n\t<button class="search-submit" aria-label="بحث">' f'{ICON.format("search", 512, "208 48c-88.366 0-160 71.634-160 160z")}</button></form>')
    posts = "".join(f'\t\t\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{HOST}/{int(article.slug) + 11 + k}' f'/">{t}</a>\n\t\t\t\t\t\t\t\t\t</li>\n' for k, t in enumerate(recent))
    cats = "".join(f'\t<li class="cat-item cat-item-{3 + k}"><a href="{HOST}/category/' f'{SLUGS[name]}/">{name}</a> ({count})\n</li>\n'
                   for k, (name, count) in enumerate(CATEGORIES))
    buttons = "".join(f'<a class="gb-button gb-button-{k}e5c{k}a0 gb-button-text" href="https://' f'{h}" target="_blank" rel="noopener noreferrer">{s}</a>'
                      for k, (h, s) in enumerate(SOCIAL))
    follow = (f'<div class="gb-container gb-container-61d0b2c7">\n<h2 class="gb-headline gb-' f'headline-3a7e9f10 gb-headline-text">تابعنا</h2>\n\n<div class="gb-button-wrapper ' f'gb-button-wrapper-8f2d6c1b">\n{buttons}\n</div>\n</div>')
    return f"""	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		{_aside("search-2", "widget_search", "", search)}
		{_aside("recent-posts-2", "widget_recent_entries", "أحدث المقالات", f"<ul>{posts}</ul>")}
		{_aside("categories-2", "widget_categories", "التصنيفات", f"<ul>{cats}</ul>")}
		{_aside("block-5", "widget_block", "", follow)}
	</div>
</div>"""


def _footer(year: int, page: Page, ver: str) -> str:
    line = f"© {year} {SITE} • بُني باستخدام GeneratePress"
    page.add("عن " + SITE, ABOUT, "روابط مهمة", *(s for _, s in LINKS), line)
    links = "".join(f'<li><a href="{HOST}{p}">{s}</a></li>' for p, s in LINKS)
    label = "".join(f"\\u{ord(c):04x}" for c in "فتح القائمة الفرعية")
    return f"""<div class="site-footer">\n				<div id="footer-widgets" class="site footer-widgets">\n				<div class="footer-widgets-container grid-container">\n					<div class="inside-footer-widgets">\n							<div class="footer-widget-1">\n		<aside id="block-8" class="widget inner-padding widget_block"><h2 class="wp-block-heading">عن {SITE}</h2></aside><aside id="block-9" class="widget inner-padding widget_block widget_text">\n<p>{ABOUT}</p>\n</aside>	</div>\n		<div class="footer-widget-2">\n		<aside id="block-10" class="widget inner-padding widget_block"><h2 class="wp-block-heading">روابط مهمة</h2><ul class="wp-block-list">{links}</ul></aside>	</div>\n						</div>\n				</div>\n			</div>\n					<footer class="site-info" aria-label="الموقع"  itemtype="https://schema.org/WPFooter" itemscope>\n			<div class="inside-site-info grid-container">\n								<div class="copyright-bar">\n					<span class="copyright">&copy; {year} {SITE}</span> &bull; بُني باستخدام <a href="https://generatepress.com" itemprop="url">GeneratePress</a>				</div>\n			</div>\n		</footer>\n		</div>

<script id="generate-a11y">!function(){{"use strict";if("querySelector"in document&&"addEventListener"in window){{var e=document.body;e.addEventListener("mousedown",function(){{e.classList.add("using-mouse")}})}}}}();</script><script id="generate-menu-js-extra">
var generatepressMenu = {{"toggleOpenedSubMenus":true,"openSubMenuLabel":"{label}","closeSubMenuLabel":"\\u0625\\u063a\\u0644\\u0627\\u0642"}};
</script>
<script src="{HOST}/wp-content/themes/generatepress/assets/js/menu.min.js?ver={ver}" id="generate-menu-js"></script>
<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async data-wp-strategy="async"></script>"""


def render(article: Article, n: int) -> Page:
    moment, url, shown = article.moment, f"{HOST}/{article.slug}/", _date(article.moment)
    page = Page(url=url, html="", shown_date=shown)
    edited, (login, writer), cat = moment + EDITED[n], AUTHORS[n], SLUGS[article.section]
    page.add("انتقل إلى المحتوى", SITE, TAGLINE, "القائمة", *(label for _, label in MENU))
    page.add(f"الرئيسية » {article.section} » {article.headline}", shown, "بواسطة", writer,
             f"{shown} بواسطة {writer}")
    updated = ""
    if EDITED[n] > timedelta(minutes=30):
        updated = (f'<time class="updated" datetime="{edited.isoformat()}" ' f'itemprop="dateModified">{_date(edited)}</time>')
        page.add(_date(edited))
    image = ""
    if n != 2:
        image = (f'<div class="featured-image  page-header-image-single ">\n\t\t\t\t<img width="1200" ' f'height="675" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg" ' f'class="attachment-full size-full wp-post-image" alt="{e(article.headline)}" ' f'itemprop="image" decoding="async" fetchpriority="high" />\n\t\t\t</div>')
    if n in FIGURE:
        page.add(article.caption)
    if n in READ_ALSO:
        page.add("اقرأ أيضًا:", READ_ALSO[n][2], f"اقرأ أيضًا: {READ_ALSO[n][2]}")
    if _subheads(article):
        page.add(TOC_TITLE)
    page.add("التصنيفات " + article.section, "الوسوم " + "، ".join(article.tags))
    tag_links = "، ".join(f'<a href="{HOST}/tag/{_anchor(t)}/" rel="tag">{e(t)}</a>'
                         for t in article.tags)
    prev_title, next_title = RECENT[(n + 3) % 8], RECENT[(n + 5) % 8]
    page.add(prev_title, next_title, "مقالات ذات صلة")
    arrow_l = ICON.format("arrow-left", 192, "178.425 138.212c0 2.265-1.133 4.813-2.832 6.512z")
    arrow_r = ICON.format("arrow-right", 192, "178.425 256.001c0 2.266-1.133 4.815-2.832 6.515z")
    related = []
    for k, title in enumerate(article.related):
        when, pid = moment - timedelta(days=4 + 9 * k, hours=3 * k), int(article.slug) - 31 * (k + 1)
        page.add(title, _date(when))
        related.append(f'<div class="gb-grid-column gb-grid-column-2e9c04d1 gb-query-loop-item ' f'post-{pid} post type-post status-publish"><div class="gb-container gb-' f'container-a3d8e615">\n<h3 class="gb-headline gb-headline-5f0b7c22 gb-' f'headline-text"><a href="{HOST}/{pid}/">{e(title)}</a></h3>\n\n<div ' f'class="gb-headline gb-headline-c90e4a71 gb-headline-text"><time class=' f'"entry-date published" datetime="{when.isoformat()}">{_date(when)}' f"</time></div>\n</div></div>")
    comments = _comments(article, n, url, page)
    menu = "\n".join(
        f'<li id="menu-item-{31 + k}" class="menu-item menu-item-type-' f'{"custom menu-item-object-custom" if k == 0 else "taxonomy menu-item-object-category"}' f'{" current-post-ancestor current-menu-parent" if label == article.section else ""}' f' menu-item-{31 + k}"><a href="{HOST}{path}">{label}</a></li>'
        for k, (path, label) in enumerate(MENU))
    ver = ("3.4.0", "3.5.1", "3.5.1")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
{_meta(article, n, url, writer, login, cat)}

<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات على {e(article.headline)}" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.3' media='all' />
<style id='rank-math-toc-block-style-inline-css'>
.wp-block-rank-math-toc-block nav ol{{counter-reset:item}}.wp-block-rank-math-toc-block nav ol li{{display:block}}
</style>
<link rel='stylesheet' id='generate-style-css' href='{HOST}/wp-content/themes/generatepress/assets/css/main.min.css?ver={ver}' media='all' />
<link rel='stylesheet' id='generate-rtl-css' href='{HOST}/wp-content/themes/generatepress/assets/css/style-rtl.min.css?ver={ver}' media='all' />
<style id='generate-style-inline-css'>
body{{background-color:#f3f4f6;color:#1f2937;}}a{{color:#0b6bcb;}}.posted-on .updated{{display:none;}}.one-container .container,.separate-containers .inside-article{{padding:32px;}}
</style>
<link rel='stylesheet' id='generateblocks-css' href='{HOST}/wp-content/uploads/generateblocks/style-{480 + int(article.slug) % 97}.css?ver=1715870400' media='all' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{article.slug}" /><link rel='shortlink' href='{HOST}/?p={article.slug}' />
<link rel="icon" href="{HOST}/wp-content/uploads/2023/02/cropped-techmisr-icon-32x32.png" sizes="32x32" />
</head>

<body class="post-template-default single single-post postid-{article.slug} single-format-standard wp-embed-responsive post-image-below-header post-image-aligned-center sticky-menu-fade right-sidebar nav-below-header separate-containers header-aligned-right dropdown-hover{' featured-image-active' if n != 2 else ''}" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="انتقل إلى المحتوى">انتقل إلى المحتوى</a>		<header class="site-header" id="masthead" aria-label="الموقع"  itemtype="https://schema.org/WPHeader" itemscope>\n			<div class="inside-header grid-container">\n				<div class="site-branding">\n						<p class="main-title" itemprop="headline">\n					<a href="{HOST}/" rel="home">{SITE}</a>\n				</p>\n						<p class="site-description" itemprop="description">{TAGLINE}</p>\n					</div>			</div>\n		</header>
				<nav class="main-navigation sub-menu-left" id="site-navigation" aria-label="رئيسي"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
								<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">
					<span class="gp-icon icon-menu-bars">{BARS}</span><span class="mobile-menu">القائمة</span>				</button>
				<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">{menu}
</ul></div>			</div>
		</nav>

	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">

	<div class="content-area" id="primary">
		<main class="site-main" id="main">

<article id="post-{article.slug}" class="post-{article.slug} post type-post status-publish format-standard{' has-post-thumbnail' if n != 2 else ''} hentry category-{cat}" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
					<header class="entry-header">
				<nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="{HOST}">الرئيسية</a><span class="separator"> &raquo; </span><a href="{HOST}/category/{cat}/">{article.section}</a><span class="separator"> &raquo; </span><span class="last">{e(article.headline)}</span></p></nav><h1 class="entry-title" itemprop="headline">{e(article.headline)}</h1>		<div class="entry-meta">
			<span class="posted-on">{updated}<time class="entry-date published" datetime="{moment.isoformat()}" itemprop="datePublished">{shown}</time></span> <span class="byline">بواسطة <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{HOST}/author/{login}/" title="عرض كل المقالات بواسطة {writer}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{writer}</span></a></span></span> 		</div>
					</header>
			{image}

		<div class="entry-content" itemprop="text">

{_content(article, n)}
		</div>

				<footer class="entry-meta" aria-label="بيانات المقالة">
			<span class="cat-links">{ICON.format("categories", 512, "0 112c0-26.51 21.49-48 48-48h110.014z")}<span class="screen-reader-text">التصنيفات </span><a href="{HOST}/category/{cat}/" rel="category tag">{article.section}</a></span> <span class="tags-links">{ICON.format("tags", 512, "20 39.5c-8.836 0-16 7.163-16 16v176z")}<span class="screen-reader-text">الوسوم </span>{tag_links}</span> 		<nav id="nav-below" class="post-navigation" aria-label="المقالات">
			<div class="nav-previous">{arrow_l}<span class="prev"><a href="{HOST}/{int(article.slug) - 7}/" rel="prev">{prev_title}</a></span></div><div class="nav-next">{arrow_r}<span class="next"><a href="{HOST}/{int(article.slug) + 5}/" rel="next">{next_title}</a></span></div>		</nav>
				</footer>
			</div>
</article>
<div class="gb-container gb-container-e41f7a09 related-posts">
<h2 class="gb-headline gb-headline-0d6a2b58 gb-headline-text">مقالات ذات صلة</h2>
<div class="gb-grid-wrapper gb-grid-wrapper-9b3c1e40 gb-query-loop-wrapper">{"".join(related)}</div>
</div>

			{comments}

					</main>
	</div>

{_sidebar(article, n, page)}

	</div>
</div>


{_footer(moment.year, page, ver)}

</body>
</html>
"""
    return page
