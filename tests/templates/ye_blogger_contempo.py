"""A Yemeni local-news blog on Blogger with the Contempo theme (no XML prolog): the sidebar
drawer (`aside.sidebar-container`: profile, "الأرشيف" with counts, labels, "الإبلاغ عن
إساءة الاستخدام") before the main column in the DOM, `h3.post-title` inside
`div.post-outer`, the header byline "بقلم <name>" and `<time class="published">` printed the
Blogger "MMMM d, yyyy" way in Arabic ("مايو 14, 2024"), `div.post-body.entry-content`
paragraphs in `<p style>` with `<span>`s and a separator image and caption table, the footer
labels "التسميات:", the share bar, reader comments under the post (each commenter's name,
"14 مايو 2024 في 6:02 م", the comment, "رد", an author reply) and "إرسال تعليق", then
"المشاركات الشائعة من هذه المدونة" with snippets, dates and "قراءة المزيد"; `<title>` "<headline>"
after the blog's name ("<blog>: <headline>")."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e

NAME = "ye_blogger_contempo"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Yemeni local-news Blogger on Contempo: sidebar drawer first, 'مايو 14, 2024' time, reader comments with replies, popular posts"
HOST = "https://taiz-yawmiyat.blogspot.example"
SITE = "يوميات تعز"
DESC = "أخبار وقصص من تعز واليمن بعيون أهلها"
ARCHIVE = ("الأرشيف", "أكتوبر 2024 (9)", "أغسطس 2024 (14)", "مايو 2024 (11)")
SIDEBAR = ("عرض الملف الشخصي الكامل", "التسميات", "الإبلاغ عن إساءة الاستخدام")
SHARE = ("مشاركة", "الحصول على الرابط", "فيسبوك", "X", "البريد الإلكتروني")
COMMENTS = (
    ("أبو ياسر القدسي", "والله يا أخي هذا حالنا من سنين، كل شيء صار أغلى والله المستعان. شكرا على نقل معاناة الناس بصدق."),
    ("نادية", "نتمنى أن يصل هذا الكلام إلى المسؤولين في المحافظة، فالناس تعبت من الوعود ولا ترى شيئا على الأرض."),
    ("صالح الحميري", "تقرير ممتاز كالعادة، ننتظر منكم تقريرا عن أسعار الأدوية في المحافظة فهي قصة لا تقل ألما."),
    ("مغترب في جدة", "قرأت الموضوع وأنا بعيد عن البلد وقلبي مع أهلي هناك، ليت الجمعيات الخيرية تلتفت لهذه القضية."),
)
REPLY = "شكرا لكم جميعا على المتابعة، وسنتابع الموضوع في تقرير قادم بإذن الله."
POPULAR = "المشاركات الشائعة من هذه المدونة"
FORM = ("إرسال تعليق", "التعليقات")
FOOTER = "يتم التشغيل بواسطة Blogger"


def _blogger_date(moment) -> str:
    return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = 71_245_800_310_422 + 9_107 * n
    url = f"{HOST}/{moment:%Y/%m}/{article.slug}.html"
    shown = _blogger_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    comments = [COMMENTS[(n + k) % len(COMMENTS)] for k in range(3)]
    stamps = [f"{moment.day + 1 if moment.day < 28 else moment.day} {MONTHS[moment.month - 1]} {moment.year} في {h}:{m:02d} م"
              for h, m in ((6, 2), (8, 47), (10, 15))]
    popular_dates = [_blogger_date(moment.replace(day=max(moment.day - d, 1))) for d in (5, 12)]
    author = article.author or SITE
    page.add(SITE, DESC, *ARCHIVE, *SIDEBAR, f"بقلم {author}", shown, "التسميات:", *SHARE[:2],
             *(name for name, _ in comments), *(text for _, text in comments), *stamps, REPLY,
             *FORM, POPULAR, *article.related[:2], *popular_dates, "قراءة المزيد", FOOTER,
             article.caption)
    paras = "\n".join(f'<p style="text-align: justify;"><span style="font-size: medium;">{e(p)}</span></p>'
                      for p in (article.lead, *article.paragraphs))
    labels = ", ".join(f"<a href='{HOST}/search/label/{e(t)}' rel='tag'>{e(t)}</a>" for t in article.tags)
    archive = "".join(f"<li class='archivedate'><a class='post-count-link' href='{HOST}/{k}'>{a.split(' (')[0]}</a><span class='post-count'> ({a.split('(')[1]}</span></li>"
                      for k, a in enumerate(ARCHIVE[1:]))
    thread = []
    for k, ((name, text), stamp) in enumerate(zip(comments, stamps, strict=True)):
        reply = ""
        if k == 0:
            reply = (f"<div class='comment-replies'><div class='comment-thread inline-thread'><ol><li class='comment' id='c{post_id % 10_000 + 90}'>"
                     f"<div class='comment-block'><div class='comment-header'><cite class='user blog-author'><a href='https://www.blogger.com/profile/0{n}1' rel='nofollow'>{e(author)}</a></cite>"
                     f"<span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment=1#c'>{stamps[2]}</a></span></div>"
                     f"<p class='comment-content'>{e(REPLY)}</p></div></li></ol></div></div>")
        thread.append(f"<li class='comment' id='c{post_id % 10_000 + k}'><div class='avatar-image-container'><img src='//resources.blogblog.com/img/blank.gif' alt=''/></div>"
                      f"<div class='comment-block'><div class='comment-header'><cite class='user'>{e(name)}</cite><span class='icon user'></span>"
                      f"<span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment={k}#c'>{stamp}</a></span></div>"
                      f"<p class='comment-content'>{e(text)}</p><span class='comment-actions secondary-text'><a class='comment-reply' target='_self' data-comment-id='{k}'>رد</a></span></div>{reply}</li>")
    popular = "\n".join(
        f"<div class='post-outer-container'><div class='post-outer'><div class='post'><h3 class='post-title entry-title'><a href='{HOST}/popular-{n}-{k}.html'>{e(r)}</a></h3>"
        f"<div class='post-header'><span class='byline post-timestamp'><time class='published' datetime='{moment:%Y-%m}-01T10:00:00+03:00'>{popular_dates[k]}</time></span></div>"
        f"<div class='container post-body entry-content'><div class='snippet-container'><div class='snippet-item r-snippetized'>{e(r)}</div></div></div>"
        f"<div class='jump-link flat-button'><a class='r-snippet-fade' href='{HOST}/popular-{n}-{k}.html' title='{e(r)}'>قراءة المزيد</a></div></div></div></div>"
        for k, r in enumerate(article.related[:2]))
    page.html = f"""<!DOCTYPE html>
<html dir='rtl' lang='ar'>
<head>
<meta content='width=device-width, initial-scale=1' name='viewport'/>
<title>{SITE}: {e(article.headline)}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{HOST}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{SITE} - Atom" href="{HOST}/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="{SITE} - Atom" href="https://www.blogger.com/feeds/4711/posts/default" />
<meta content='{url}' property='og:url'/>
<meta content='{e(article.headline)}' property='og:title'/>
<meta content='{e(article.lead[:140])}' property='og:description'/>
<style id='page-skin-1' type='text/css'><!--
body{{font:15px Tajawal,sans-serif}}.post-body p{{line-height:1.9}}
--></style>
</head>
<body class='version-1-3-3 variant-indie_light'>
<div class='skip-navigation-container'><a class='skip-navigation' href='#main' tabindex='0'>التخطي إلى المحتوى الرئيسي</a></div>
<div class='page'>
<div class='bg-photo-overlay'></div>
<aside class='sidebar-container container sidebar-invisible' role='complementary'>
<div class='navigation'><button class='svg-icon-24-button flat-icon-button ripple sidebar-back'></button></div>
<div class='sidebar_top_wrapper'><div class='sidebar_top section' id='sidebar_top'>
<div class='widget Profile' id='Profile1'><div class='wrapper'><div class='individual'><a class='profile-link g-profile' href='https://www.blogger.com/profile/0{n}1'><span class='profile-name'>{e(author)}</span></a>
<a class='profile-link visit-profile' href='https://www.blogger.com/profile/0{n}1'>{SIDEBAR[0]}</a></div></div></div>
<div class='widget BlogArchive' id='BlogArchive1'><details class='collapsible extendable'><summary><div class='collapsible-title'><h3 class='title'>{ARCHIVE[0]}</h3></div></summary><div class='widget-content'><ul class='hierarchy'>{archive}</ul></div></details></div>
<div class='widget Label' id='Label1'><details class='collapsible extendable'><summary><h3 class='title'>{SIDEBAR[1]}</h3></summary><div class='widget-content list-label-widget-content'><ul><li><a class='label-name' href='{HOST}/search/label/x'>{e(article.section)}</a></li></ul></div></details></div>
<div class='widget ReportAbuse' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>{SIDEBAR[2]}</a></h3></div>
</div></div>
</aside>
<div class='page_body'><div class='centered'>
<header class='centered-top-container' role='banner'><div class='centered-top'><div class='blog-name container'><div class='section' id='header'><div class='widget Header' id='Header1'><div class='header-widget'>
<div><h1><a href='{HOST}/'>{SITE}</a></h1></div><p>{DESC}</p></div></div></div></div></div></header>
<main class='centered-bottom' id='main' role='main' tabindex='-1'>
<div class='main section' id='page_body'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed container'>
<article class='post-outer-container'><a name='{post_id}'></a><div class='post-outer'><div class='post'>
<script type='application/ld+json'>{{"@context": "http://schema.org", "@type": "BlogPosting", "mainEntityOfPage": {{"@type": "WebPage", "@id": "{url}"}}, "headline": "{e(article.headline)}", "datePublished": "{article.published}", "dateModified": "{article.published}", "author": {{"@type": "Person", "name": "{e(author)}"}}}}</script>
<a name='{post_id}'></a>
<h3 class='post-title entry-title'>{e(article.headline)}</h3>
<div class='post-share-buttons post-share-buttons-top'><div class='byline post-share-buttons goog-inline-block'><button aria-label='مشاركة' class='sharing-button touch-icon-button'></button></div></div>
<div class='post-header'><div class='post-header-line-1'>
<span class='byline post-author vcard'><span class='post-author-label'>بقلم</span> <span class='fn'><meta content='https://www.blogger.com/profile/0{n}1'/><a class='g-profile' href='https://www.blogger.com/profile/0{n}1' rel='author' title='author profile'><span>{e(author)}</span></a></span></span>
<span class='byline post-timestamp'><meta content='{url}'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><time class='published' datetime='{article.published}' title='{article.published}'>{shown}</time></a></span>
</div></div>
<div class='post-body entry-content float-container' id='post-body-{post_id}'>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/{article.slug}.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="720" data-original-width="1280" height="360" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/w640-h360/{article.slug}.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{e(article.caption)}</td></tr></tbody></table>
{paras}
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-0'><span class='byline post-labels'><span class='byline-label'>التسميات:</span> {labels}</span></div>
<div class='post-share-buttons post-share-buttons-bottom invisible'><div class='byline post-share-buttons goog-inline-block'><button class='sharing-button touch-icon-button'></button><div class='share-buttons-container'><ul class='share-buttons hidden'>
<li><span class='sharing-platform-button sharing-element-title'>{SHARE[0]}</span></li><li><span class='sharing-platform-button'>{SHARE[1]}</span></li>{"".join(f"<li><a class='goog-inline-block sharing-platform-button' href='#'><span class='platform-sharing-text'>{s}</span></a></li>" for s in SHARE[2:])}
</ul></div></div></div></div>
</div></div>
<section class='comments threaded' data-num-comments='4' id='comments'><a name='comments'></a>
<h3 class='title'>{FORM[1]}</h3>
<div class='comments-content'><div id='comment-holder'><div class='comment-thread toplevel-thread'><ol id='top-ra'>
{"".join(thread)}
</ol></div></div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>{FORM[0]}</h4><a href='https://www.blogger.com/comment/frame/4711?po={post_id}&amp;hl=ar' id='comment-editor-src'></a><iframe allowtransparency='allowtransparency' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe></div></p>
</section>
</article>
</div></div>
<div class='widget PopularPosts' id='PopularPosts1'><h3 class='title'>{POPULAR}</h3><div class='widget-content'>
{popular}
</div></div>
</div>
</main>
<footer class='footer section' id='footer'><div class='widget Attribution' id='Attribution1'><div class='widget-content'><div class='blogger'><a href='https://www.blogger.com' rel='nofollow'>{FOOTER}</a></div></div></div></footer>
</div></div>
</div>
<script type='text/javascript' src='https://www.blogger.com/static/v1/widgets/2975123337-widgets.js'></script>
</body>
</html>
"""
    return page
