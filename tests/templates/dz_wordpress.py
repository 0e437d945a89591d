"""An Algerian daily on WordPress with PenciDesign's Soledad theme: `inner-post-entry
entry-content`, Maghrebi month names (14 جانفي 2024), a French cookie banner, French footer
and ad labels, an "إقرأ أيضا" inline-related box and a "Publicité" slot inside the text, the
author box, "Article précédent / suivant", "قد يعجبك أيضاً" and a comment form.

Pages 1 and 2 carry Yoast's `article:published_time` and the theme's `<time datetime>`;
page 3 was captured after the site moved to a child theme that prints the date as text only
and dropped Yoast: no machine-readable date at all there.
"""

from __future__ import annotations

from datetime import timedelta

from .base import MAGHREB, Article, Page, e, rotate, weekday

NAME = "dz_wordpress"
HELD_OUT = True
SET = "fresh"
FAMILY = "WordPress + Soledad (Algeria): Maghrebi months, French chrome, inline إقرأ أيضا"
HOST = "https://www.elwassit-dz.example"
SITE = "الوسيط الجزائري"
MOST_READ = (
    "بكالوريا 2024: الديوان الوطني للامتحانات يكشف عن رزنامة الدورة",
    "سونلغاز تطمئن: لا انقطاعات مبرمجة للكهرباء خلال الصائفة",
    "تعديل مواقيت عمل مكاتب البريد عبر الوطن",
    "الخضر يواجهون منتخبا إفريقيا وديا بملعب نيلسون مانديلا",
    "فتح خط جوي جديد بين العاصمة وتمنراست",
    "منحة البطالة: الوكالة الوطنية للتشغيل توضح شروط التجديد",
    "إطلاق رقم أخضر للتبليغ عن المضاربة في المواد الغذائية",
    "تساقط الثلوج يقطع عدة طرق وطنية في ولايات الشرق",
)
LATEST = (
    "وزير الداخلية يشرف على تنصيب ولاة جدد",
    "الجوية الجزائرية تعلن عن برنامج رحلات الصيف",
    "ترامواي وهران يمدد ساعات الخدمة ليلا",
    "مولودية الجزائر تعزز صدارتها بفوز خارج الديار",
    "وصول أول شحنة من الأغنام المستوردة إلى ميناء وهران",
    "جامعة قسنطينة تحتضن ملتقى دوليا حول الطاقات المتجددة",
)
BIO = "صحفي بالقسم الوطني، يتابع ملفات السكن والتنمية المحلية والجماعات الإقليمية."
COOKIE = ("Ce site utilise des cookies pour vous garantir la meilleure expérience. En "
          "poursuivant votre navigation, vous acceptez leur utilisation.")
NEWSLETTER = "اشترك في نشرتنا الإخبارية لتصلك أهم أخبار الجزائر كل صباح"
POLICY = ("تخضع التعليقات للمراجعة قبل نشرها، ويحتفظ الموقع بحق حذف كل تعليق يتضمن سبا أو "
          "قذفا أو دعوة إلى الكراهية")
FOOTER = f"© 2024 {SITE}. Tous droits réservés."


def maghreb_date(moment) -> str:
    return f"{moment.day} {MAGHREB[moment.month - 1]} {moment.year}"


def _yoast(article: Article, url: str) -> str:
    return (f'<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->\n'
            f'<meta property="og:locale" content="ar_AR" />\n'
            f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{e(article.headline)} - {SITE}" />\n'
            f'<meta property="og:url" content="{url}" />\n'
            f'<meta property="og:site_name" content="{SITE}" />\n'
            f'<meta property="article:publisher" content="https://www.facebook.com/elwassitdz" />\n'
            f'<meta property="article:published_time" content="{article.published}" />\n'
            f'<meta name="author" content="{e(article.author or "وأج")}" />\n'
            "<!-- / Yoast SEO plugin. -->")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(days=1)
    shown = maghreb_date(moment)
    page = Page(url=f"{HOST}/{moment:%Y/%m/%d}/{article.slug}/", html="", shown_date=shown)
    machine = n != 3
    most, latest = rotate(MOST_READ, n * 2, 5), rotate(LATEST, n, 4)
    author = article.author or f"{SITE} - وأج"
    top_date = f"{weekday(today)} {maghreb_date(today)}"
    views, comments = f"{2140 + 613 * n:,}", "0 تعليق"
    read_also = article.related[0]
    prev_title, next_title = latest[2], latest[3]
    page.add(top_date, "Version française", "Contact", "Publicité", "آخر الأخبار", *latest[:2],
             "الرئيسية وطني اقتصاد مجتمع رياضة ثقافة", f"بواسطة {author}", shown,
             f"{views} مشاهدة", "3 دقائق قراءة", article.caption, "إقرأ أيضا", read_also,
             comments, "Partager", "Facebook", "Twitter", "WhatsApp", BIO, "Article précédent",
             prev_title, "Article suivant", next_title, "قد يعجبك أيضاً", *article.related[1:],
             "اترك تعليقا", "لن يتم نشر عنوان بريدك الإلكتروني.", POLICY, "الأكثر قراءة",
             *most, NEWSLETTER, COOKIE, "J'accepte", "En savoir plus", FOOTER,
             "Mentions légales", "Qui sommes-nous")
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(2, f'<div class="penci-ilrelated-posts"><div class="penci-ilrelated-title">إقرأ أيضا</div><ul><li><a href="{HOST}/{moment:%Y/%m}/read-also-{n}/">{e(read_also)}</a></li></ul></div>')
    parts.insert(4, '<div class="penci-google-adsense penci-google-adsense-1"><span class="penci-adsense-label">Publicité</span>\n<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="1234567890" data-ad-format="auto"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>')
    body = "\n".join(parts)
    date_html = (f'<time class="entry-date published" datetime="{article.published}">{shown}</time>'
                 if machine else f'<span class="penci-date">{shown}</span>')
    tags = "".join(f'<a href="{HOST}/tag/t{k}/" rel="tag">{e(t)}</a>'
                   for k, t in enumerate(article.tags))
    ticker = "\n".join(f'<li><a href="{HOST}/latest-{k}/">{e(t)}</a></li>'
                       for k, t in enumerate(latest[:2]))
    side = "\n".join(
        f'<li><div class="side-item"><div class="side-image"><a class="penci-image-holder small-fix-size" href="{HOST}/m{k}/" title="{e(t)}"></a></div>'
        f'<div class="side-item-text"><h4 class="side-title-post"><a href="{HOST}/m{k}/" rel="bookmark" title="{e(t)}">{e(t)}</a></h4></div></div></li>'
        for k, t in enumerate(most))
    related = "\n".join(
        f'<div class="item-related"><a class="related-thumb penci-image-holder" href="{HOST}/r{k}/" title="{e(t)}"></a>'
        f'<h3><a href="{HOST}/r{k}/">{e(t)}</a></h3></div>' for k, t in enumerate(article.related[1:]))
    head = _yoast(article, page.url) if machine else f'<meta property="og:title" content="{e(article.headline)}" />'
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} - {SITE}</title>
{head}
<link rel='stylesheet' id='penci-soledad-parent-style-css' href='{HOST}/wp-content/themes/soledad/style.css?ver=8.4.2' type='text/css' media='all' />
<link rel='stylesheet' id='penci-soledad-rtl-css' href='{HOST}/wp-content/themes/soledad/rtl.css?ver=8.4.2' type='text/css' media='all' />
<link rel="canonical" href="{page.url}" />
</head>
<body class="rtl post-template-default single single-post postid-{51200 + n} single-format-standard soledad-ver-8-4-2 pclight-mode penci-body-single-style-1 penci-show-pthumb">
<div class="wrapper-boxed header-style-header-6">
<div class="penci-header-wrap"><div id="top-bar" class="penci-top-bar no-social">
<div class="container"><div class="penci-headline" role="navigation">
<div class="pctopbar-item penci-topbar-ctime"><span class="penci-topbar-ctime">{top_date}</span></div>
<ul id="menu-top" class="penci-topbar-menu">
<li class="menu-item"><a href="https://fr.elwassit-dz.example/">Version française</a></li>
<li class="menu-item"><a href="{HOST}/contact/">Contact</a></li>
<li class="menu-item"><a href="{HOST}/publicite/">Publicité</a></li>
</ul>
<div class="penci-topbar-trending"><span class="headline-title nticker-style-1">آخر الأخبار</span><span class="penci-trending-nav"></span>
<ul class="penci-owl-carousel-slider" data-auto="true" data-nav="false">
{ticker}
</ul></div>
</div></div></div>
<header id="header" class="header-header-6 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="inner-header penci-header-second"><div class="container"><div id="logo"><a href="{HOST}/"><img class="penci-mainlogo" src="{HOST}/wp-content/uploads/2022/03/logo.png" alt="{SITE}" width="300" height="70"></a></div></div></div>
<nav id="navigation" class="header-layout-bottom header-6 menu-style-2" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><ul id="menu-main" class="menu">
<li class="menu-item"><a href="{HOST}/">الرئيسية</a></li>
<li class="menu-item"><a href="{HOST}/category/national/">وطني</a></li>
<li class="menu-item"><a href="{HOST}/category/economie/">اقتصاد</a></li>
<li class="menu-item"><a href="{HOST}/category/societe/">مجتمع</a></li>
<li class="menu-item"><a href="{HOST}/category/sport/">رياضة</a></li>
<li class="menu-item"><a href="{HOST}/category/culture/">ثقافة</a></li>
</ul></div></nav>
</header></div>
<div class="container container-single penci_sidebar right-sidebar penci-enable-lightbox">
<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">
<article id="post-{51200 + n}" class="post type-post status-publish format-standard has-post-thumbnail hentry">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-{n}" href="{HOST}/category/national/" rel="category tag">{e(article.section)}</a></span></div>
<h1 class="post-title single-post-title entry-title">{e(article.headline)}</h1>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">بواسطة <a class="author-url url fn n" href="{HOST}/author/u{n}/">{e(author)}</a></span></div>
<div class="post-box-meta-single">
<span class="author-post byline"><span class="author vcard">بواسطة <a class="author-url url fn n" href="{HOST}/author/u{n}/">{e(author)}</a></span></span>
<span>{date_html}</span>
<span>{views} مشاهدة</span>
<span class="single-readtime">3 دقائق قراءة</span>
</div>
</div>
<div class="post-image"><a href="{HOST}/wp-content/uploads/{moment:%Y/%m}/p{n}.jpg" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-single-featured-img wp-post-image" width="1170" height="658" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/p{n}-1170x658.jpg" alt="" title="{e(article.caption)}"></a>
<div class="penci-featured-caption penci-fixed-caption">{e(article.caption)}</div></div>
<div class="post-entry blockquote-style-1">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{body}
<div class="penci-single-link-pages"></div>
<div class="post-tags">{tags}</div>
</div>
</div>
<div class="tags-share-box center-box tags-share-box-n2 hide-tags page-share">
<span class="single-comment-o"><i class="penci-faicon fa fa-comment-o"></i>{comments}</span>
<div class="post-share"><span class="post-share-item post-share-plike"><span class="penci-share-number">Partager</span></span>
<a class="post-share-item post-share-facebook" target="_blank" rel="noreferrer" href="https://www.facebook.com/sharer/sharer.php?u={page.url}"><i class="penci-faicon fa fa-facebook"></i><span class="dt-share">Facebook</span></a>
<a class="post-share-item post-share-twitter" target="_blank" rel="noreferrer" href="https://twitter.com/intent/tweet?url={page.url}"><i class="penci-faicon fa fa-twitter"></i><span class="dt-share">Twitter</span></a>
<a class="post-share-item post-share-whatsapp" target="_blank" rel="noreferrer" href="https://api.whatsapp.com/send?text={page.url}"><i class="penci-faicon fa fa-whatsapp"></i><span class="dt-share">WhatsApp</span></a>
</div></div>
<div class="post-author abio-style-1 bioimg-round"><div class="author-img"><img alt='' src='{HOST}/avatar-{n}.jpg' class='avatar avatar-100 photo' height='100' width='100' /></div>
<div class="author-content"><h5><a href="{HOST}/author/u{n}/" title="مقالات {e(author)}" rel="author">{e(author)}</a></h5><p>{BIO}</p></div></div>
<div class="post-pagination">
<div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>Article précédent</span></div><a href="{HOST}/prev-{n}/"><div class="pagi-text"><h5 class="prev-title">{e(prev_title)}</h5></div></a></div></div>
<div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>Article suivant</span></div><a href="{HOST}/next-{n}/"><div class="pagi-text"><h5 class="next-title">{e(next_title)}</h5></div></a></div></div>
</div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">قد يعجبك أيضاً</h4></div>
<div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel" data-item="3">
{related}
</div></div>
<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>اترك تعليقا</span></h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span></p><p class="comment-policy">{POLICY}</p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="تعليقك"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال" /></p></form></div>
</div>
</article>
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center pciconp-right pcicon-right"><div class="theiaStickySidebar">
<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">الأكثر قراءة</span></h3>
<ul id="penci-latestwg-{n}" class="side-newsfeed display-order-numbers">
{side}
</ul></aside>
<aside id="mc4wp_form_widget-2" class="widget widget_mc4wp_form_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">النشرة الإخبارية</span></h3><form id="mc4wp-form-1" class="mc4wp-form" method="post"><div class="mc4wp-form-fields"><p>{NEWSLETTER}</p><p><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني" required /></p><p><input type="submit" value="اشترك" /></p></div></form></aside>
</div></div>
</div>
<footer id="footer-section" class="penci-footer-social-media penci-lazy"><div class="container">
<div class="footer-menu-wrap"><ul id="menu-footer" class="footer-menu">
<li class="menu-item"><a href="{HOST}/mentions-legales/">Mentions légales</a></li>
<li class="menu-item"><a href="{HOST}/qui-sommes-nous/">Qui sommes-nous</a></li>
</ul></div>
<div id="footer-copyright"><p>{FOOTER}</p></div>
</div></footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE} <a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">J'accepte</a> <a href="{HOST}/politique-de-confidentialite/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">En savoir plus</a></span></div>
</body>
</html>
"""
    return page
