"""A Blogger (blogspot) news blog: XML prolog, single-quoted attributes, the post text in one
`post-body entry-content` div with `<br />` between paragraphs, a caption table, a
PopularPosts widget whose items carry snippets of other posts, share and pager links."""

from __future__ import annotations

from .base import MOST_READ, Article, Page, day_month_year, e, rotate, weekday

NAME = "blogger"
HELD_OUT = False
FAMILY = "Blogger: XML prolog, post-body with <br /> paragraphs, PopularPosts snippets"
HOST = "https://akhbar-alwaha.blogspot.com"
PROFILE = "مدون وصحفي محلي، أكتب عن الواحة وأهلها منذ 2012."
SNIPPETS = (
    "تشهد المنطقة هذه الأيام حركة غير معتادة مع اقتراب الموسم، ويتحدث السكان عن",
    "في جولة قصيرة بين البساتين التقينا عددا من الفلاحين الذين حدثونا عن",
    "لم تكن السنة الماضية سهلة على أبناء القرية، فقد توالت الأزمات من",
)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    header = f"{weekday(moment)}، {day_month_year(moment)}"
    page = Page(url=f"{HOST}/{article.slug}.html", html="", shown_date=header)
    popular = rotate(MOST_READ, 7 + n * 2, 3)
    time_shown = f"{moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"
    share = ("إرسال بالبريد الإلكتروني", "كتابة مدونة حول هذه المشاركة", "مشاركة على X",
             "المشاركة في Facebook")
    page.add(*popular, *SNIPPETS, PROFILE, *share, "رسالة أحدث", "رسالة أقدم",
             "الاشتراك في: تعليقات الرسالة (Atom)", f"مرسلة بواسطة {article.author}",
             "التصنيفات:", article.caption, "المشاركات الشائعة", "أرشيف المدونة")
    text = "<br />\n<br />\n".join(e(p) for p in (article.lead, *article.paragraphs))
    labels = ", ".join(f"<a href='{HOST}/search/label/{e(t)}' rel='tag'>{e(t)}</a>"
                       for t in article.tags)
    items = "".join(
        f"<li><div class='item-content'><div class='item-title'><a href='{HOST}/2024/04/"
        f"p{k}.html'>{e(t)}</a></div><div class='item-snippet'>{SNIPPETS[k]}</div></div></li>"
        for k, t in enumerate(popular))
    buttons = "".join(f"<a class='goog-inline-block share-button sb-{k}' href='https://www.blogger.com/share-post.g?blogID=7731&postID={n}&target={k}' target='_blank' title='{s}'><span class='share-button-link-text'>{s}</span></a>"
                      for k, s in enumerate(share))
    page.html = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir='rtl' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{HOST}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{page.url}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="أخبار الواحة - Atom" href="{HOST}/feeds/posts/default" />
<meta content='{page.url}' property='og:url'/>
<meta content='{e(article.headline)}' property='og:title'/>
<meta content='{e(article.lead[:150])}' property='og:description'/>
<title>أخبار الواحة: {e(article.headline)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 15px Tahoma; }}
--></style>
</head>
<body>
<div class='navbar section' id='navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><iframe src='https://www.blogger.com/navbar.g?targetBlogID=7731' height='30px' width='100%' frameborder='0' scrolling='no'></iframe></div></div>
<div id='outer-wrapper'><div id='wrap2'>
<div id='header-wrapper'><div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{HOST}/'>أخبار الواحة</a></h1></div><div class='descriptionwrapper'><p class='description'><span>أخبار الواحة والقرى المجاورة</span></p></div></div></div></div></div>
<div id='content-wrapper'>
<div id='main-wrapper'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{header}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29v/s1600/p{n}.jpg' itemprop='image_url'/>
<meta content='7731' itemprop='blogId'/>
<meta content='{900 + n}' itemprop='postId'/>
<a name='{900 + n}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{e(article.headline)}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{900 + n}' itemprop='description articleBody'>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/p{n}.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="720" data-original-width="1280" height="225" src="https://blogger.googleusercontent.com/img/b/R29v/w400-h225/p{n}.jpg" width="400" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">{e(article.caption)}</td></tr></tbody></table>
<div style="text-align: right;">{text}</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
مرسلة بواسطة
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/0442' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/0442' rel='author' title='author profile'>
<span itemprop='name'>{e(article.author)}</span>
</a>
</span>
</span>
<span class='post-timestamp'>
في
<meta content='{page.url}' itemprop='url'/>
<a class='timestamp-link' href='{page.url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{article.published}'>{time_shown}</abbr></a>
</span>
<span class='post-comment-link'></span>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
التصنيفات:
{labels}
</span>
</div>
<div class='post-footer-line post-footer-line-3'><div class='post-share-buttons goog-inline-block'>{buttons}</div></div>
</div>
</div>
</div>
</div></div>
</div>
<div class='blog-pager' id='blog-pager'>
<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{HOST}/2024/05/newer.html' id='Blog1_blog-pager-newer-link' title='رسالة أحدث'>رسالة أحدث</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{HOST}/2024/05/older.html' id='Blog1_blog-pager-older-link' title='رسالة أقدم'>رسالة أقدم</a></span>
<a class='home-link' href='{HOST}/'>الصفحة الرئيسية</a>
</div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>
الاشتراك في:
<a class='feed-link' href='{HOST}/feeds/{900 + n}/comments/default' target='_blank' type='application/atom+xml'>تعليقات الرسالة (Atom)</a>
</div></div>
</div></div></div>
<div id='sidebar-wrapper'><div class='sidebar section' id='sidebar'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>المشاركات الشائعة</h2><div class='widget-content popular-posts'><ul>{items}</ul><div class='clear'></div></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>من أنا</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0442' rel='author'>{e(article.author)}</a></dt><dd class='profile-textblock'>{PROFILE}</dd></dl></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>أرشيف المدونة</h2><div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='{HOST}/2024/05/'>مايو</a> <span class='post-count' dir='ltr'>(3)</span></li></ul></div></div></div>
</div></div>
</div>
</div></div>
</body>
</html>
"""
    return page
