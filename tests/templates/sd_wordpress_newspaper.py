"""A Sudanese daily on WordPress with the JNews ("Newspaper X"-style) theme: the `jeg_*` markup
of JNews: a "عاجل" `jeg_breakingnews` ticker in the header, `jeg_breadcrumbs`, the headline in
`h1.jeg_post_title`, `jeg_meta_author` ("بواسطة <name>", "أسرة التحرير" on agency copy) and a
`jeg_meta_date` printed relative ("منذ 5 ساعات"), the machine date only in Yoast's
`article:published_time` and JSON-LD (UTC, `+00:00`; page 2's UTC day is the day before the
Khartoum one), a `jeg_share_button` bar with its share count above and below the text, the text
in `div.content-inner` with JNews' inline "اقرأ أيضاً" `jeg_postblock` (each related post with
its own relative date) after the second paragraph and two `jeg_ad` slots labelled "إعلان"
between the paragraphs, `jeg_post_tags` ("الوسوم:"), the `jeg_authorbox` with the writer's bio,
the "الأكثر قراءة" sidebar block and the footer."""

from __future__ import annotations

import json
from datetime import UTC

from .base import Article, Page, e

NAME = "sd_wordpress_newspaper"
HELD_OUT = True
SET = "unseen5"
FAMILY = "Sudanese WordPress + JNews daily: jeg_* markup, relative jeg_meta_date, UTC meta"
HOST = "https://www.alnilain-news.example"
SITE = "النيلين نيوز"
MENU = ("الرئيسية", "أخبار السودان", "سياسة", "اقتصاد", "صحة", "رياضة", "منوعات", "مقالات",
        "تقارير", "فيديو")
BREAKING = (
    "مجلس السيادة يصدر مرسوما بتشكيل لجنة عليا للاستنفار",
    "الهلال يتأهل إلى دور المجموعات في دوري أبطال أفريقيا",
    "ارتفاع سعر صرف الدولار في السوق الموازية ببورتسودان",
    "وزارة الزراعة تعلن خطة الموسم الشتوي في مشروع الجزيرة",
    "هيئة الأرصاد تتوقع أمطارا غزيرة على ولايات الوسط",
)
MOST_READ = (
    "تعرف على أسعار العملات مقابل الجنيه السوداني اليوم",
    "وزارة المالية تعلن موعد صرف مرتبات العاملين بالدولة",
    "إعادة تشغيل الرحلات الجوية من مطار دنقلا الدولي",
    "بنك السودان المركزي يصدر ضوابط جديدة للتحويلات",
    "الأرصاد: ارتفاع درجات الحرارة في الولاية الشمالية",
    "المريخ يعلن التعاقد مع مهاجم نيجيري",
)
AGO = ("منذ 5 ساعات", "منذ 14 ساعة", "منذ يومين")
RELATED_AGO = ("منذ 3 أيام", "منذ أسبوع", "منذ أسبوعين")
SHARE = (("facebook", "شارك على فيسبوك"), ("twitter", "شارك على تويتر"),
         ("whatsapp", "واتساب"), ("telegram", "تيليجرام"))
DESK = "أسرة التحرير"
BIOS = {
    "عثمان الطيب": "صحفي سوداني متخصص في الشؤون الاقتصادية وقضايا الموانئ والتجارة الخارجية.",
    "سلمى عبد الرحيم": "صحفية تغطي الشؤون الصحية والإنسانية في ولايات شرق السودان.",
    None: "فريق التحرير في النيلين نيوز يتابع الأخبار على مدار الساعة.",
}
FOOTER = "© 2024 النيلين نيوز - جميع الحقوق محفوظة"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = 287400 + 2917 * n
    url = f"{HOST}/archives/{post_id}"
    ago = AGO[n - 1]
    page = Page(url=url, html="", shown_date=ago)
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    writer = article.author or DESK
    bio = BIOS[article.author]
    most = MOST_READ[n - 1:n + 3]
    shares = f"{137 + 211 * n}"
    page.add(" ".join(MENU), "عاجل", *BREAKING, "الرئيسية", article.section,
             f"بواسطة {writer}", ago, shares, "مشاركة", *(label for _, label in SHARE),
             article.caption, "إعلان", "اقرأ أيضاً", *article.related, *RELATED_AGO,
             "الوسوم:", writer, bio, "الأكثر قراءة", *most, " ".join(FOOTER_LINKS), FOOTER)
    ad = ('<div class="jeg_ad jeg_ad_article jnews_content_inline_{0}_ads "><div class="ads-wrapper align-center ">'
          '<span class="ads-text">إعلان</span><div class="ads_code"><ins class="adsbygoogle" style="display:block" '
          'data-ad-client="ca-pub-2093857712346" data-ad-slot="{1}" data-ad-format="auto" data-full-width-responsive="true"></ins>'
          '<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div></div></div>')
    related = "\n".join(
        f'<article class="jeg_post jeg_pl_xs_4 format-standard"><div class="jeg_postblock_content">'
        f'<h3 class="jeg_post_title"><a href="{HOST}/archives/{post_id - 131 * (k + 1)}">{e(t)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{HOST}/archives/{post_id - 131 * (k + 1)}"><i class="fa fa-clock-o"></i> {when}</a></div></div>'
        f'</div></article>'
        for k, (t, when) in enumerate(zip(article.related, RELATED_AGO, strict=True)))
    inline = f"""<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post">
<div class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3" data-unique="jnews_module_{post_id}_1">
<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>اقرأ أيضاً</span></h3></div>
<div class="jeg_block_container"><div class="jeg_posts ">
{related}
</div></div></div></div></div>"""
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(1, ad.format("top", 4410000 + n))
    parts.insert(3, inline)
    parts.insert(6, ad.format("bottom", 4420000 + n))
    body = "\n".join(parts)

    def share_bar(where: str) -> str:
        links = "".join(f'<a href="https://www.{s}.com/sharer.php?u={url}" rel="nofollow" class="jeg_btn-{s} expanded"><i class="fa fa-{s}"></i><span>{label}</span></a>'
                        for s, label in SHARE)
        return (f'<div class="jeg_share_button clearfix jeg_share_{where}"><div class="jeg_share_stats"><div class="jeg_share_count">'
                f'<div class="counts">{shares}</div><span class="sharetext">مشاركة</span></div></div>'
                f'<div class="jeg_sharelist">{links}</div></div>') if where == "top" else (
                f'<div class="jeg_share_button share-bottom clearfix"><div class="jeg_sharelist">{links}</div></div>')

    menu = "\n".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{HOST}/{"" if k == 0 else f"archives/category/{k}"}">{label}</a></li>'
                     for k, label in enumerate(MENU))
    ticker = "\n".join(f'<div class="jeg_news_ticker_item jeg_news_ticker_animated"><a href="{HOST}/archives/{post_id + 17 + k}">{e(t)}</a></div>'
                       for k, t in enumerate(BREAKING))
    tags = " ".join(f'<a href="{HOST}/archives/tag/{e(t)}" rel="tag">{e(t)}</a>' for t in article.tags)
    most_html = "\n".join(f'<article class="jeg_post jeg_pl_sm"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{HOST}/archives/{post_id - 3000 - 41 * k}">{e(t)}</a></h3></div></article>'
                          for k, t in enumerate(most))
    person = {"@type": "Person", "@id": f"{HOST}/#/schema/person/{post_id % 97}", "name": writer}
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": person["@id"]}, "headline": article.headline,
         "datePublished": utc, "dateModified": utc, "mainEntityOfPage": {"@id": url},
         "publisher": {"@id": f"{HOST}/#organization"}, "keywords": list(article.tags),
         "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "datePublished": utc, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "logo": {"@type": "ImageObject", "url": f"{HOST}/wp-content/uploads/2021/03/logo.png"}},
        person]}
    page.html = f"""<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" dir="rtl" lang="ar"> <![endif]-->
<html dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
<title>{e(article.headline)} - {SITE}</title>
<meta name="description" content="{e(article.lead[:155])}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)} - {SITE}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:published_time" content="{utc}" />
<meta property="og:image" content="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}-1.jpg" />
<meta name="author" content="{e(writer)}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel='stylesheet' id='jnews-frontend-css' href='{HOST}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.0.7' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-rtl-css' href='{HOST}/wp-content/themes/jnews/assets/css/rtl.css?ver=11.0.7' type='text/css' media='all' />
<script type="text/javascript">var jnewsoption = {{"login_reload":"{HOST}/archives/{post_id}","popup_script":"magnific","single_gallery":false,"ismobile":false,"isie":false,"sidefeed_ajax":false,"language":"ar","module_prefix":"jnews_module_ajax_","live_search":"1"}};</script>
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard jeg_toggle_light jeg_single_tpl_2 jnews jsc_normal wpb-js-composer">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal">
<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{HOST}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{HOST}/wp-content/uploads/2021/03/logo.png" alt="{SITE}" data-light-src="{HOST}/wp-content/uploads/2021/03/logo.png"></a></h1></div></div>
</div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">
{menu}
</ul></div></div>
</div></div></div>
<div class="jeg_topbar jeg_container normal"><div class="container"><div class="jeg_nav_item jeg_news_ticker">
<div class="jeg_breakingnews clearfix"><div class="jeg_breakingnews_title"><i class="fa fa-bolt"></i>&nbsp;<span>عاجل</span></div>
<div class="jeg_news_ticker" data-autoplay='true' data-delay='2500' data-direction='horizontal'><div class="jeg_news_ticker_items">
{ticker}
</div></div></div></div></div></div>
</div></div>
<div class="post-wrapper"><div class="post-wrap">
<div class="jeg_main "><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row"><div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{HOST}">الرئيسية</a></span><i class="fa fa-angle-left"></i><span class="breadcrumb_last_link"><a href="{HOST}/archives/category/{n}">{e(article.section)}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{e(article.headline)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
<div class="meta_left">
<div class="jeg_meta_author"><img alt='{e(writer)}' src='{HOST}/wp-content/uploads/avatars/{post_id % 7}.jpg' class='avatar avatar-80 photo' height='80' width='80' /><span class="meta_text">بواسطة</span> <a href="{HOST}/archives/author/{post_id % 7}">{e(writer)}</a></div>
<div class="jeg_meta_date"><a href="{url}">{ago}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">في</span> <a href="{HOST}/archives/category/{n}" rel="category tag">{e(article.section)}</a></span></div>
</div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div>
</div></div>
</div>
<div class="jeg_featured featured_image"><a href="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}-1.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%"><img width="750" height="422" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}-1-750x422.jpg" class="attachment-jnews-750x422 size-jnews-750x422 wp-post-image" alt="" /></div></a><p class="wp-caption-text">{e(article.caption)}</p></div>
{share_bar("top")}
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{body}
</div>
<div class="jeg_post_tags"><span>الوسوم:</span> {tags}</div>
</div>
{share_bar("bottom")}
<div class="jeg_authorbox"><div class="jeg_author_image"><img alt='{e(writer)}' src='{HOST}/wp-content/uploads/avatars/{post_id % 7}.jpg' class='avatar avatar-80 photo' height='80' width='80' /></div>
<div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{HOST}/archives/author/{post_id % 7}">{e(writer)}</a></h3>
<p class="jeg_author_desc">{e(bio)}</p>
<div class="jeg_author_socials"><a target="_blank" href="https://facebook.com/" class="facebook"><i class="fa fa-facebook-official"></i></a></div></div></div>
<div class="jnews_comment_container"></div>
</div>
</div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="jegStickyHolder"><div class="theiaStickySidebar">
<div class="widget widget_jnews_module_block_21"><div class="jeg_postblock_21 jeg_postblock jeg_module_hook jeg_col_1o3">
<div class="jeg_block_heading jeg_block_heading_5 jeg_subcat_right"><h3 class="jeg_block_title"><span>الأكثر قراءة</span></h3></div>
<div class="jeg_posts jeg_load_more_flag">
{most_html}
</div></div></div>
</div></div></div>
</div></div></div></div></div>
</div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container">
<div class="jeg_footer_bottom"><div class="container">
<ul class="jeg_menu_footer">{" ".join(f'<li><a href="{HOST}/page/{k}">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))}</ul>
<p class="copyright">{FOOTER}</p>
</div></div></div></div></div>
</div>
<script type='text/javascript' src='{HOST}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.0.7' id='jnews-frontend-js'></script>
</body>
</html>
"""
    return page
