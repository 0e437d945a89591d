"""A Palestinian NGO's news blog on Weebly (Square Online's classic builder): "جمعية نماء
للتنمية المجتمعية" (Hebron) posts news on a Weebly blog page `news`, on a connected domain with
the footer badge of the cheap plans. Head: `<title>` "headline - site", og:site_name/title/
description (the start of the post's text, byline included)/url, og:image only for posts with a
picture, cdn2.editmysite.com sites.css/fancybox/social-icons sheets, the theme's main_style.css,
Google fonts, Weebly's inline font `<style>` and an RTL patch pasted into the header code (Weebly
prints no `dir`), `_W` scripts, jQuery 1.8.3 and `initFlyouts()` with the menu as JSON (the
sub-pages exist only there). No JSON-LD, no machine-readable publication time. Body:
`div.header-wrap` (`span.wsite-logo`, `wsite-social` icons), `ul.wsite-menu-default` (`li#active`
= "الأخبار"), then `#wsite-content.wsite-elements.wsite-not-footer` with the classic
`table#blogTable`: `td.blog-body` > `div#blog-post-<18 digits>.blog-post` (`div.blog-header`:
`h2.blog-title` > `a.blog-title-link.blog-link` with a protocol-relative href, `p.blog-date` >
`span.date-text` in the day-first "14/5/2024" format the NGO chose, local time, `p.blog-comments`
count), `div.blog-separator`, `div.blog-content` (Weebly `div.paragraph` blocks holding several
story paragraphs split by `<br /><br />`, `div.wsite-image` blocks with their always-present
caption div, a `div.wsite-youtube` embed, an `h2.wsite-content-title` subheading, a
`div.wsite-file` download), `p.blog-category`, `div.blog-social` (Facebook like, "Tweet"),
`div.blog-comments-bottom`, `#commentArea` (`div.blogCommentWrap.blogCommentLevelN` with
`blogCommentAuthor`, `blogCommentDate` "15/5/2024 09:12:40 am", `blogCommentText`, a "الرد"
button; the "اترك رداً." form). `td.blog-sidebar` > `div.column-blog`: the NGO's "عن الجمعية"
text, on page 2 a hand-made "أخبار مختارة" list, `p.blog-archive-list` (every month with posts up
to the crawl, February 2025 first, on every page), `p.blog-category-list`, `p.blog-feed-link`.
Footer: the editable `div.wsite-footer` (address, phone, registration, ©), the
`#weebly-footer-signup-container` ("Powered by ... Get Started"), the mobile menu copy and the
`_W.Analytics` config.
Page 1 opens its content with a bold "بقلم: ..." paragraph (the only named writer), has a
captioned, credited photo, bold words, an inline link, a typed "اقرأ أيضاً:" list and two comments
(one a threaded reply by the NGO); page 2, posted at 00:35 local time, has no picture, a YouTube
embed, a trailing hashtag line and no comments; page 3 opens with an uncaptioned picture, has a
pasted `<span style>` wrapper, a subheading, a PDF download, "اقرأ أيضاً:" and one comment."""

from __future__ import annotations

import json
import zlib
from datetime import timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "weebly_ngo_blog"
HELD_OUT = True
SET = "unseen21"
FAMILY = "Weebly classic blog post of a Palestinian NGO: blogTable, blog-post header/date-text, paragraph+<br> blocks, wsite-image, comments, archive/category sidebar, Weebly footer"
HOST = "https://weebly-ngo-ps.example"
DOMAIN = "weebly-ngo-ps.example"
SITE = "جمعية نماء للتنمية المجتمعية"
USER = "147216433"
UPLOADS = f"/uploads/1/4/7/2/{USER}"
BUILD = "1716201443"
NAV = (("/", "الرئيسية", "index"), ("/about.html", "من نحن", "about"),
       ("/programs.html", "برامجنا", "programs"), ("/news.html", "الأخبار", "news"),
       ("/reports.html", "تقارير ومنشورات", "reports"), ("/donate.html", "تبرّع الآن", "donate"),
       ("/contact.html", "اتصل بنا", "contact"))
SUBNAV = ("التمكين الاقتصادي", "المياه والزراعة", "الإغاثة والطوارئ")
SOCIAL = (("facebook", "https://www.facebook.com/namaa.hebron"),
          ("instagram", "https://www.instagram.com/namaa.hebron"),
          ("youtube", "https://www.youtube.com/@namaa-hebron"))
ABOUT_TITLE = "عن الجمعية"
ABOUT = ("مؤسسة أهلية غير ربحية تأسست في الخليل عام 2009، تعمل مع النساء والشباب والمزارعين في "
         "التجمعات الريفية والمهمشة جنوب الضفة الغربية.")
ARCHIVE_TITLE = "الأرشيف"
ARCHIVE = ((2025, 2), (2025, 1), (2024, 12), (2024, 11), (2024, 9), (2024, 7), (2024, 5),
           (2024, 4), (2024, 2))
CATEGORY_TITLE = "الفئات"
CATEGORIES = ("الكل", "أخبار الجمعية", "تمكين المرأة", "التدريب المهني", "التمكين الاقتصادي",
              "الإغاثة", "الأطفال", "المنطقة ج", "الأمن المائي", "الزراعة البعلية")
FEED = "موجز RSS"
PICKS_TITLE = "أخبار مختارة"
READ_ALSO = "اقرأ أيضاً:"
BYLINE = "بقلم: "
BOLD = {1: (3, "مؤسسة المواصفات والمقاييس الفلسطينية")}
LINKED = {1: (5, "صفحة المشروع", "/programs.html")}
PASTED = {3: 1}  # page -> paragraph pasted from Word with a colour span
SUBHEAD = {3: 3}  # page -> paragraph that is an h2.wsite-content-title
HASHTAGS = {2: "#حملة_الشتاء_الدافئ #نماء_للتنمية #مسافر_يطا"}
PHOTO = {1: "graduation-samu", 3: "well-east-yatta"}
VIDEO = {2: "Qm7vT2xLp4E"}
FILE = {3: ("wells-east-yatta-report-2025.pdf", "تحميل الملف")}
# page -> ((comment id, level, author, link, minutes after posting, text), ...)
COMMENTS = {
    1: ((2041, 0, "سامر التميمي", "", 1310,
         "مبادرة رائعة، نتمنى أن يشمل المشروع في الدفعة القادمة بلدة بيت أمر أيضاً."),
        (2044, 1, SITE, "/", 1442,
         "شكراً لك أخ سامر، سيتم الإعلان عن البلدات المشمولة في الدفعة الثانية قريباً.")),
    3: ((2187, 0, "أبو خليل الجبارين", "", 2905,
         "جزاكم الله خيراً، البئر عندنا في قرية التوانة أصبحت صالحة قبل المطر الأخير."),),
}
REPLY = "الرد"
FORM = ("اترك رداً.", "الاسم (مطلوب)", "البريد الإلكتروني (لن يُنشر)", "الموقع الإلكتروني",
        "التعليقات", "أبلغني بالتعليقات الجديدة على هذه التدوينة عبر البريد الإلكتروني", "إرسال")
FOOTER = ("الخليل – شارع عين سارة، عمارة الريان، الطابق الثالث",
          "هاتف: 2228190-02 | البريد: info@weebly-ngo-ps.example",
          "مسجلة لدى وزارة الداخلية الفلسطينية تحت رقم HE-2207-C",
          "جميع الحقوق محفوظة © 2025 جمعية نماء للتنمية المجتمعية")
WEEBLY = ("Powered by", "Create your own unique website with customizable templates.",
          "Get Started")
TWEET = "Tweet"
INPUT = '<input class="wsite-form-input wsite-input" type="text" id="comment{0}" name="{0}" />'
TEXTAREA = '<textarea class="wsite-form-input wsite-input" id="comment{0}" name="{0}" rows="6"></textarea>'


def _shown(moment) -> str:
    """The blog's date format, day first and unpadded, in the site's own time zone."""
    return f"{moment.day}/{moment.month}/{moment.year}"


def _pid(key: str) -> str:
    """A Weebly page id (18 digits), stable for a page name."""
    return f"{zlib.crc32(key.encode()) * 131071 + 510000000000000000}"[:18]


def _count(n: int) -> str:
    return "1 تعليق" if n == 1 else f"{n} تعليقات"


def _post_id(article: Article, n: int) -> str:
    return f"7{article.slug}0{n}1405528{n}"[:18]


def _para(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{LINKED[n][2]}">{words}</a>', 1)
    if PASTED.get(n) == k:
        html = f'<span style="color:rgb(42, 42, 42)">{html}</span>'
    return html


def _block(parts: list[str]) -> str:
    return f'<div class="paragraph" style="text-align:right;">{"<br /><br />".join(parts)}</div>'


def _image(n: int, article: Article) -> str:
    caption = "" if article.caption == "-" else e(article.caption)
    return f"""<div><div class="wsite-image wsite-image-border-none " style="padding-top:10px;padding-bottom:10px;margin-left:0px;margin-right:0px;text-align:center">
<a>
<img src="{UPLOADS}/published/{PHOTO[n]}.jpg?{BUILD[:7]}{n}48" alt="Picture" style="width:auto;max-width:100%" />
</a>
<div style="display:block;font-size:90%">{caption}</div>
</div></div>"""


def _related(article: Article) -> str:
    links = "<br />".join(f'<a href="/news/{int(article.slug) - 3917 * (k + 1)}">{e(t)}</a>'
                          for k, t in enumerate(article.related))
    return f'<div class="paragraph" style="text-align:right;"><strong>{READ_ALSO}</strong><br />{links}</div>'


def _content(article: Article, n: int) -> str:
    paras = [_para(article, n, k, t) for k, t in enumerate((article.lead, *article.paragraphs))]
    out: list[str] = []
    if n == 1:
        out += [f'<div class="paragraph" style="text-align:right;"><strong>{BYLINE}'
                f"{e(article.author or '')}</strong></div>", _block(paras[:2]), _image(n, article),
                _block(paras[2:]), _related(article)]
    elif n == 2:
        out += [_block(paras[:2]), f"""<div class="wsite-youtube" style="margin-bottom:10px;padding-top:10px;padding-bottom:10px;"><div class="wsite-youtube-wrapper wsite-youtube-size-auto wsite-youtube-align-center">
<div class="wsite-youtube-container">
<iframe src="//www.youtube.com/embed/{VIDEO[n]}?wmode=opaque" frameborder="0" allowfullscreen></iframe>
</div>
</div></div>""", _block(paras[2:]),
                f'<div class="paragraph" style="text-align:right;">{e(HASHTAGS[n])}</div>']
    else:
        sub = SUBHEAD[n]
        name, label = FILE[n]
        out += [_image(n, article), _block(paras[:sub]),
                f'<h2 class="wsite-content-title" style="text-align:right;">{paras[sub]}</h2>',
                _block(paras[sub + 1:]), f"""<div style="text-align:right;"><div style="height: 10px; overflow: hidden;"></div>
<div class="wsite-file"><div class="wsite-file-inner">
<a href="{UPLOADS}/{name}" class="wsite-file-link" target="_blank"><span class="wsite-file-name">{name}</span></a>
<a href="{UPLOADS}/{name}" class="wsite-file-download" target="_blank">{label}</a>
</div></div>
<div style="height: 10px; overflow: hidden;"></div></div>""", _related(article)]
    return "\n".join(out)


def _comments(article: Article, n: int, page: Page) -> str:
    items = []
    for cid, level, author, link, minutes, text in COMMENTS.get(n, ()):
        when = article.moment + timedelta(minutes=minutes)
        when += timedelta(seconds=cid % 53)
        stamp = f"{_shown(when)} {when:%I:%M:%S} {'am' if when.hour < 12 else 'pm'}"
        name = (f'<a class="name" href="{link}">{e(author)}</a>' if link
                else f'<span class="name">{e(author)}</span>')
        page.add(author, stamp, text)
        items.append(f"""<div id="{cid}" class="blogCommentWrap blogCommentLevel{level}">
<div class="blogCommentHeading"><div class="blogCommentHeadingInner">
<div class="blogCommentAuthor">{name}</div>
<div class="blogCommentDate">{stamp}</div>
</div></div>
<div class="blogCommentText"><div><p>{e(text)}</p></div></div>
<div class="blogCommentReplyWrapper"><span class="blog-button reply-comment" onclick="_W.BlogComments.reply('/ajax/apps/commentReply.php?comment_id={cid}&amp;blog_post_id={_post_id(article, n)}')"><span class="blog-button-inner">{REPLY}</span></span></div>
</div>""")
    if items:
        page.add(REPLY)
    title, *labels, notify, submit = FORM
    page.add(*FORM)
    fields = "\n".join(
        f'<div class="wsite-form-field"><label class="wsite-form-label" for="comment{key}">{label}'
        f'</label><div class="wsite-form-input-container">{tag.format(key)}</div></div>'
        for key, label, tag in zip(("Name", "Email", "Website", "Body"), labels, (*[INPUT] * 3,
                                   TEXTAREA), strict=True))
    fields += (f'\n<div class="wsite-form-field"><label class="wsite-form-label"><input '
               f'type="checkbox" name="notify" value="1" /> {notify}</label></div>')
    return f"""<div id="comments"></div>
<div id="commentArea">
<div class="blog-comment-area">
<div id="commentContainer">
{chr(10).join(items)}
</div>
<div id="newCommentWrap" class="blog-comment-new">
<h2 id="comment-form-title" class="blog-comment-title">{title}</h2>
<form id="commentForm" action="/ajax/apps/postComment.php" method="post">
<input type="hidden" name="blog_post_id" value="{_post_id(article, n)}" />
{fields}
<div class="g-recaptcha" data-sitekey="6LdUw_wSAAAAAG3n0QFxIVUhyPCgjqtjp0ZKTq5w"></div>
<a class="wsite-button wsite-button-small" onclick="_W.BlogComments.submit()"><span class="wsite-button-inner">{submit}</span></a>
</form>
</div>
</div>
</div>"""


def _menu(active: str) -> str:
    items = []
    for href, label, key in NAV:
        ident = 'id="active"' if key == active else f'id="pg{_pid(key)}"'
        items.append(f'\t\t<li {ident} class="wsite-menu-item-wrap">\n\t\t\t<a\n\t\t\t\t\t\t'
                     f'href="{href}"\n\t\t\t\tclass="wsite-menu-item"\n\t\t\t\t>\n\t\t\t\t'
                     f'{label}\n\t\t\t</a>\n\t\t\t\n\t\t</li>')
    return '<ul class="wsite-menu-default">\n' + "\n".join(items) + "\n</ul>"


def _sidebar(article: Article, n: int) -> str:
    archive = "".join(f'<a href="/news/archives/{m:02d}-{y}" class="blog-link">{MONTHS[m - 1]} {y}'
                      "</a><br />\n" for y, m in ARCHIVE)
    cats = "".join(f'<a href="/news/category/{"all" if c == "الكل" else quote(c.replace(" ", "-"))}"'
                   f' class="blog-link">{c}</a><br />\n' for c in CATEGORIES)
    picks = ""
    if n == 2:
        links = "<br />".join(f'<a href="/news/{int(article.slug) - 2711 * (k + 1)}">{e(t)}</a>'
                              for k, t in enumerate(article.related))
        picks = (f'<h2 class="wsite-content-title" style="text-align:right;">{PICKS_TITLE}</h2>\n'
                 f'<div class="paragraph" style="text-align:right;">{links}</div>\n')
    return f"""<td class="blog-sidebar" valign="top">
<div class="column-blog">
<h2 class="wsite-content-title" style="text-align:right;">{ABOUT_TITLE}</h2>
<div class="paragraph" style="text-align:right;">{ABOUT}</div>
{picks}<h2 class="blog-archives-title" style="text-align:right;">{ARCHIVE_TITLE}</h2>
<p class="blog-archive-list">
{archive}</p>
<h2 class="blog-categories-title" style="text-align:right;">{CATEGORY_TITLE}</h2>
<p class="blog-category-list">
{cats}</p>
<p class="blog-feed-link"><a href="/news/feed" class="blog-link" target="_blank"><img src="//cdn2.editmysite.com/images/site/rss.png" alt="RSS" class="blog-feed-icon" /> {FEED}</a></p>
</div>
</td>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/news/{article.slug}"
    rel = f"//{DOMAIN}/news/{article.slug}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    count = _count(len(COMMENTS.get(n, ())))
    tags = ", ".join(article.tags)
    page.add(SITE, *(label for _, label, _ in NAV), shown, count, f"{CATEGORY_TITLE}: {tags}",
             TWEET, ABOUT_TITLE, ABOUT, ARCHIVE_TITLE, CATEGORY_TITLE, FEED,
             *(f"{MONTHS[m - 1]} {y}" for y, m in ARCHIVE), *CATEGORIES, *FOOTER, *WEEBLY)
    if n == 1:
        page.add(BYLINE + (article.author or ""), article.caption)
    if n in (1, 3):
        page.add(READ_ALSO, *article.related)
    if n == 2:
        page.add(PICKS_TITLE, *article.related, HASHTAGS[n])
    if n in FILE:
        page.add(*FILE[n])
    comments = _comments(article, n, page)
    lead_text = " ".join(([BYLINE + article.author] if n == 1 and article.author else [])
                         + [article.lead])
    desc = lead_text[:150].rsplit(" ", 1)[0]
    image = (f'<meta property="og:image" content="{HOST}{UPLOADS}/published/{PHOTO[n]}.jpg" />\n'
             if n in PHOTO else "")
    flyouts = json.dumps([{"id": _pid(k), "title": t, "url": h.lstrip("/"),
                           "target": "", "nav_menu": False, "nonclickable": False,
                           **({"children": [{"title": s} for s in SUBNAV]} if k == "programs"
                              else {})} for h, t, k in NAV], separators=(",", ":")).replace("/", "\\/")
    social = "".join(f"<a class='{'first-child ' if k == 0 else ''}wsite-social-item "
                     f"wsite-social-{net}' href='{link}' target='_blank' alt='{net.title()}'>"
                     "<span class='wsite-social-item-inner'></span></a>"
                     for k, (net, link) in enumerate(SOCIAL))
    cat_links = ", ".join(f'<a href="/news/category/{quote(t.replace(" ", "-"))}" '
                          f'class="blog-link">{e(t)}</a>' for t in article.tags)
    cdn = "//cdn2.editmysite.com"
    page.html = f"""<!DOCTYPE html>\n<html lang="ar">
	<head><script src="/gdpr/gdprscript.js?buildTime={BUILD}&hasRemindMe=true&stealth=false"></script>\n		<title>{e(article.headline)} - {SITE}</title><meta property="og:site_name" content="{SITE}" />
<meta property="og:title" content="{e(article.headline)}" />\n<meta property="og:description" content="{e(desc)}" />
{image}<meta property="og:url" content="{url}" />\n
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>\n  <meta name="viewport" content="width=device-width, initial-scale=1.0"/>
<link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/news/feed" />\n
		<link id="wsite-base-style" rel="stylesheet" type="text/css" href="{cdn}/css/sites.css?buildTime={BUILD}" />\n<link rel="stylesheet" type="text/css" href="{cdn}/css/old/fancybox.css?{BUILD}" />
<link rel="stylesheet" type="text/css" href="{cdn}/css/social-icons.css?buildtime={BUILD}" media="screen,projection" />\n<link rel="stylesheet" type="text/css" href="/files/main_style.css?1715933007" title="wsite-theme-css" />
<link href='//fonts.googleapis.com/css?family=Cairo:400,300,700&subset=arabic,latin' rel='stylesheet' type='text/css' />\n<link href='//fonts.googleapis.com/css?family=Tajawal:400,700&subset=arabic' rel='stylesheet' type='text/css' />
<style type='text/css'>\n#wsite-content div.paragraph, #wsite-content p, .blog-sidebar div.paragraph, .blog-sidebar p {{font-family:"Tajawal" !important;}}
#wsite-content h2, .blog-sidebar h2 {{font-family:"Cairo" !important;font-weight:700 !important;color:#2e6b3f !important;}}\n#wsite-title {{font-family:"Cairo" !important;}}
.blog-header h2 a {{}}\n</style>
<style>\n/* RTL - header code */ body, .wsite-elements, .blog-sidebar, #commentArea {{direction: rtl; text-align: right;}}
</style>\n		<script>
var STATIC_BASE = '//cdn1.editmysite.com/';\nvar ASSETS_BASE = '{cdn}/';
var STYLE_PREFIX = 'wsite';\n</script>
<script src='https://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js'></script>\n
<script type="text/javascript" src="{cdn}/js/lang/ar/stl.js?buildTime={BUILD}&"></script>\n<script src="{cdn}/js/site/main.js?buildTime={BUILD}"></script><script type="text/javascript">_W.configDomain = "www.weebly.com";</script><script>_W.relinquish && _W.relinquish()</script>
<script type="text/javascript"> _W.recaptchaUrl = "https://www.google.com/recaptcha/api.js"; </script><script type="text/javascript"><!--\n	function initFlyouts(){{
		initPublishedFlyoutMenus({flyouts}, "{_pid("news")}", '', 'active', false, {{"hasCustomMinicart":true}})\n	}}
//-->\n</script>
	</head>\n	<body class="no-header-page  wsite-page-news  wsite-theme-light"><div class="wrapper">
	<div class="header-wrap">\n		<div id="topBar" class="topbar">
		<label class="hamburger"><span></span></label>\n		<div class="logo"><span class="wsite-logo">
		<a href="/"><span id="wsite-title">{SITE}</span></a>\n	</span></div>
		<div class="social"><span class='wsite-social wsite-social-default'>{social}</span></div>\n		</div><!-- end .container -->
	</div><!-- end .header-wrap -->\n
	<div class="w-navlist nav-wrap">\n		<div class="container">
			<div class="nav desktop-nav">{_menu("news")}\n</div>
		</div>\n	</div>
\n	<div class="main-wrap">
		<div id="wsite-content" class="wsite-elements wsite-not-footer">\n<table id="blogTable" style="border: 0; width: 100%; table-layout: fixed">
<tr>\n<td class="blog-body" valign="top">
<div id="blog-post-{_post_id(article, n)}" class="blog-post">\n<div class="blog-header">
<h2 class="blog-title">\n<a class="blog-title-link blog-link" href="{rel}">{e(article.headline)}</a>
</h2>\n<p class="blog-date">
<span class="date-text">\n{shown}
</span>\n</p>
<p class="blog-comments">\n<a class="blog-link" href="{rel}#comments">{count}</a>
</p>\n</div>
<div class="blog-separator">&nbsp;</div>\n<div class="blog-content">
{_content(article, n)}\n</div>
<p class="blog-category">{CATEGORY_TITLE}: {cat_links}</p>\n<div class="blog-social ">
<div class="blog-social-item blog-fb-like"><div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>\n<div class="blog-social-item blog-twitter"><a href="https://twitter.com/share" class="twitter-share-button" data-count="none" data-text="{e(article.headline)}" data-url="{url}">{TWEET}</a></div>
</div>\n<div class="blog-comments-bottom"><a class="blog-link" href="{rel}#comments">{count}</a></div>
<div class="blog-post-separator"></div>\n</div>
{comments}\n</td>
{_sidebar(article, n)}\n</tr>
</table>\n</div>
	</div>\n
    <div class="footer-wrap">\n		<div class="container">
			<div class="footer"><div class='wsite-elements wsite-footer'>\n<div class="paragraph" style="text-align:center;"><strong>{SITE}</strong><br />{"<br />".join(FOOTER)}</div></div>
\n<div id="weebly-footer-signup-container" style="border-top: 0px">
	<div class="signup-container-header trigger-signup"  style="background-color: inherit">\n		<div class="powered-by" style="opacity: 1; left: 2%;">
			<div class="footer-published-ab-powered-by">\n				{WEEBLY[0]} <span class="link weebly-icon"></span>
				<img class="footer-ab-published-toast-image" src="{cdn}/images/site/footer/footer-toast-published-image.jpg">\n				<span class="footer-ab-published-toast-text">{WEEBLY[1]}</span>
				<span class="footer-ab-published-toast-button-wrapper">\n					<button class="footer-published-ab-button">{WEEBLY[2]}</button>
				</span>\n			</div>
		</div>\n	</div>
</div>\n<script type="text/javascript" src="{cdn}/js/site/footerSignup.js?buildTime={BUILD}"></script>
<script type="text/javascript">Weebly.footer.setupContainer('cdn2.editmysite.com', '{BUILD}', 'www.weebly.com');</script>\n</div>
		</div><!-- end container -->\n    </div><!-- end footer-wrap -->
	</div>\n
	<div class="w-navpane nav mobile-nav">\n		<label class="hamburger w-navpane-trigger"><span></span></label>
		{_menu("news")}\n	</div>
\n	<script type="text/javascript" src="/files/theme/plugins.js?1715933007"></script>
	<script type="text/javascript" src="/files/theme/custom.js?1715933007"></script>\n<script type="text/javascript" async=1>
	_W.Analytics = _W.Analytics || {{'trackers': {{}}}};\n	_W.Analytics.trackers.wSP = 'snowday';
	_W.Analytics.user_id = '{USER}';\n	_W.Analytics.site_id = '782064915538146204';
</script>\n<script>(function(jQuery) {{ try {{ if (jQuery) {{ jQuery('div.blog-social div.fb-like').attr('class', 'blog-social-item blog-fb-like'); }} }} catch(ex) {{}} }})(window._W && _W.jQuery);</script>
	</body>\n</html>
"""
    return page
