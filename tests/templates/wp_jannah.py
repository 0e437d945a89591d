"""WordPress with TieLabs' Jannah theme: `entry-content entry clearfix`, a bold "اقرأ أيضا"
line and an ad `stream-item` between paragraphs, `post-components` (about author, related,
comments) after the article, a "breaking" ticker, and Jannah's own JSON-LD with articleBody
(the post's text with the read-also line left in)."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import (
    COMMENT_POLICY,
    COOKIES,
    MOST_READ,
    TICKER,
    Article,
    Page,
    day_month_year,
    e,
    rotate,
    weekday,
)

NAME = "wp_jannah"
HELD_OUT = True
FAMILY = "WordPress + Jannah: entry-content, inline اقرأ أيضا, post-components, JSON-LD body"
HOST = "https://www.almersal-news.example"
BIO = "محرر في قسم الأخبار، يغطي شؤون التعليم والرياضة والثقافة."


def _jsonld(article: Article, url: str, read_also: str) -> str:
    text = " ".join((article.lead, *article.paragraphs[:2], read_also, *article.paragraphs[2:]))
    data = {"@context": "http://schema.org", "@type": "Article",
            "dateCreated": article.published, "datePublished": article.published,
            "dateModified": article.published, "headline": article.headline,
            "name": article.headline, "keywords": ",".join(article.tags), "url": url,
            "description": article.lead[:160], "copyrightYear": article.moment.year,
            "articleSection": article.section, "articleBody": text,
            "publisher": {"@id": "#Publisher", "@type": "Organization", "name": "المرسال"},
            "author": {"@type": "Person", "name": article.author or "المرسال"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": url}}
    return json.dumps(data, ensure_ascii=False).replace("/", "\\/")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(days=1)
    page = Page(url=f"{HOST}/{article.slug}/", html="", shown_date=day_month_year(moment))
    most, ticker = rotate(MOST_READ, 1 + n * 4, 5), rotate(TICKER, n, 2)
    ticker = [t.removeprefix("عاجل: ") for t in ticker]
    read_also = f"اقرأ أيضا: {article.related[0]}"
    author = article.author or "المرسال"
    views, reading = f"{1200 + n * 311:,}", "2 دقائق"
    top_date = f"{weekday(today)}, {day_month_year(today)}"
    page.add(top_date, *ticker, *most, read_also, *article.related[1:], article.caption, BIO,
             COMMENT_POLICY[0], COOKIES[1], "شاركها", "مقالات ذات صلة", "اترك تعليقاً",
             "إعلان", f"{reading}", "منذ يومين", "الوسوم")
    text = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    text.insert(3, f'<p><strong>اقرأ أيضا: <a href="{HOST}/related-0/">{e(article.related[0])}'
                   "</a></strong></p>")
    text.insert(2, '<div class="stream-item stream-item-in-post stream-item-inline-post '
                   f'aligncenter"><span class="stream-title">إعلان</span><a href="{HOST}/ad/">'
                   f'<img src="{HOST}/wp-content/uploads/ad-728.jpg" width="728" height="90" '
                   'alt=""></a></div>')
    tags = "".join(f'<a href="{HOST}/tag/t{k}/" rel="tag">{e(t)}</a>'
                   for k, t in enumerate(article.tags))
    side = "".join(
        f'<li class="widget-single-post-item widget-post-list tie-standard"><div '
        f'class="post-widget-body "><a class="post-title the-subtitle" href="{HOST}/m{k}/">'
        f'{e(t)}</a><div class="post-meta"><span class="date meta-item tie-icon">'
        f'{day_month_year(moment - timedelta(days=k + 1))}</span></div></div></li>'
        for k, t in enumerate(most))
    related = "".join(
        f'<div class="related-item tie-standard"><a aria-label="{e(t)}" href="{HOST}/r{k}/" '
        f'class="post-thumb"><img width="390" height="220" src="{HOST}/r{k}.jpg" alt=""></a>'
        f'<h3 class="post-title"><a href="{HOST}/r{k}/">{e(t)}</a></h3><div class="post-meta '
        'clearfix"><span class="date meta-item tie-icon">منذ يومين</span></div></div>'
        for k, t in enumerate(article.related[1:]))
    breaking = "".join(f'<li class="news-item"><a href="{HOST}/b{k}/">{e(t)}</a></li>'
                       for k, t in enumerate(ticker))
    body = "\n".join(text)
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" class="" data-skin="light">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{e(article.headline)} &#8211; المرسال</title>
<meta property="og:title" content="{e(article.headline)} - المرسال" />
<meta property="og:type" content="article" />
<meta property="og:description" content="{e(article.lead[:160])}" />
<meta property="og:url" content="{page.url}" />
<meta property="og:site_name" content="المرسال" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel='stylesheet' id='tie-css-base-css' href='{HOST}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
<link rel="canonical" href="{page.url}" />
</head>
<body id="tie-body" class="rtl post-template-default single single-post postid-{7700 + n} single-format-standard wrapper-has-shadow block-head-4 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-left has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="الشريط العلوي"><div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{top_date}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">عاجل</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">{breaking}</ul></div></div>
</div></div></nav>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="القائمة الرئيسية"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-tielabs-main-menu" class="menu" role="menubar"><li class="menu-item tie-current-menu"><a href="{HOST}/">الرئيسية</a></li><li class="menu-item"><a href="{HOST}/category/edu/">تعليم</a></li><li class="menu-item"><a href="{HOST}/category/sport/">رياضة</a></li><li class="menu-item"><a href="{HOST}/category/culture/">ثقافة</a></li></ul></div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{HOST}/"><span class="tie-icon-home" aria-hidden="true"></span> الرئيسية</a><em class="delimiter">/</em><a href="{HOST}/category/x/">{e(article.section)}</a></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-{n}" href="{HOST}/category/x/">{e(article.section)}</a></span>
<h1 class="post-title entry-title">{e(article.headline)}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-{n}"><span class="meta-author-avatar"><a href="{HOST}/author/u{n}/"><img alt='صورة {e(author)}' src='{HOST}/avatar.jpg' class='avatar avatar-140 photo' height='140' width='140' /></a></span><span class="meta-author"><a href="{HOST}/author/u{n}/" class="author-name tie-icon" title="{e(author)}">{e(author)}</a></span></span></span><span class="date meta-item tie-icon">{day_month_year(moment)}</span><div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> {views} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> {reading}</span></div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{HOST}/wp-content/uploads/2024/06/f{n}.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" /><figcaption class="single-caption-text"><span class="tie-icon-camera" aria-hidden="true"></span> {e(article.caption)}</figcaption></figure></div></div>
<div class="entry-content entry clearfix">
{body}
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> الوسوم</div><span class="tagcloud">{tags}</span></div>
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"></div></div>
<div class="clearfix"></div>
<script id="tie-schema-json" type="application/ld+json">{_jsonld(article, page.url, read_also)}</script>
<div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><div class="share-links icons-text"><div class="share-title"><span class="tie-icon-share" aria-hidden="true"></span><span> شاركها</span></div><a href="https://www.facebook.com/sharer.php?u={page.url}" rel="external noopener nofollow" title="فيسبوك" target="_blank" class="facebook-share-btn large-share-button"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">فيسبوك</span></a><a href="https://api.whatsapp.com/send?text={page.url}" rel="external noopener nofollow" title="واتساب" target="_blank" class="whatsapp-share-btn large-share-button"><span class="share-btn-icon tie-icon-whatsapp"></span> <span class="social-text">واتساب</span></a></div></div>
</article>
<div class="post-components">
<div class="about-author container-wrapper about-author-{n}"><div class="author-avatar"><a href="{HOST}/author/u{n}/"><img alt='' src='{HOST}/avatar.jpg' class='avatar avatar-180 photo' height='180' width='180' /></a></div><div class="author-info"><h3 class="author-name"><a href="{HOST}/author/u{n}/">{e(author)}</a></h3><div class="author-bio">{BIO}</div></div><div class="clearfix"></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>مقالات ذات صلة</h3></div><div class="related-posts-list">{related}</div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً</h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">{COMMENT_POLICY[0]}</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div></div>
</div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية"><div class="theiaStickySidebar">
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">الأكثر مشاهدة</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{side}</ul></div></div><div class="clearfix"></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">© حقوق النشر 2024، جميع الحقوق محفوظة | المرسال</div></div></div></div></div></footer>
</div>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIES[1]}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="موافق">موافق</a></span></div></div>
</body>
</html>
"""
    page.add("© حقوق النشر 2024، جميع الحقوق محفوظة | المرسال")
    return page
