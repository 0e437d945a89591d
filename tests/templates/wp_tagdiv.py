"""WordPress with tagDiv's Newspaper theme: `td-post-content tagdiv-type`, a top bar with
today's date, a "عاجل" trending-now ticker, sidebar `td_block_*` lists whose items carry
their own `<time>`, `td_block_related_posts`, an author box, Yoast metas."""

from __future__ import annotations

from datetime import timedelta

from .base import COMMENT_POLICY, MOST_READ, NEWSLETTER, TICKER, Article, Page, e, rotate, weekday

NAME = "wp_tagdiv"
HELD_OUT = False
FAMILY = "WordPress + tagDiv Newspaper: td-post-content, td_block_related_posts, td ticker"
HOST = "https://alnahar-today.example"
MONTHS_EN_ORDER = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
BIO = "صحفي متخصص في الشؤون المحلية وقضايا المدن، يكتب في الموقع منذ عام 2016."


def _date(moment) -> str:  # tagDiv's default date format in Arabic: "2 أبريل، 2024"
    return f"{moment.day} {MONTHS_EN_ORDER[moment.month - 1]}، {moment.year}"


def _module(title: str, href: str, iso: str, shown: str, kind: str = "td_module_6") -> str:
    return (f'<div class="{kind} td_module_wrap td-animation-stack"><div class="item-details">'
            f'<h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" '
            f'title="{e(title)}">{e(title)}</a></h3><div class="td-editor-date"><span '
            f'class="td-post-date"><time class="entry-date updated td-module-date" '
            f'datetime="{iso}">{shown}</time></span></div></div></div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(days=3, hours=2)
    page = Page(url=f"{HOST}/{article.slug}/", html="", shown_date=_date(moment))
    most = rotate(MOST_READ, 5 + n * 3, 5)
    ticker = TICKER[n % len(TICKER)].removeprefix("عاجل: ")
    author = article.author or "وكالات"
    top_date = f"{weekday(today)}, {MONTHS_EN_ORDER[today.month - 1]} {today.day}, {today.year}"
    policy, newsletter = COMMENT_POLICY[n % 2], NEWSLETTER[(n + 1) % len(NEWSLETTER)]
    page.add(top_date, ticker, *most, *article.related, article.caption, BIO, policy,
             newsletter, "مقالات ذات صلة", "المزيد من الكاتب", "المقال السابق", "المقال التالي",
             "اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.", "Facebook", "Twitter", "WhatsApp")
    older = moment - timedelta(days=1)
    side = "".join(_module(t, f"{HOST}/2024/03/{10 + k:02d}/post-{k}/", older.isoformat(),
                           _date(older)) for k, t in enumerate(most))
    related = "".join(
        f'<div class="td-related-span4">{_module(t, f"{HOST}/related-{k}/", older.isoformat(), _date(older), "td_module_related_posts td_mod_related_posts")}</div>'
        for k, t in enumerate(article.related))
    tags = "".join(f'<li><a href="{HOST}/tag/{k}/">{e(t)}</a></li>'
                   for k, t in enumerate(article.tags))
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    metas = "".join(f'<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    page.html = f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<html dir="rtl" lang="ar">
<head>
<title>{e(article.headline)} - النهار اليوم</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="{HOST}/xmlrpc.php" />
<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{e(article.lead[:150])}" />
<link rel="canonical" href="{page.url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)} - النهار اليوم" />
<meta property="og:url" content="{page.url}" />
<meta property="og:site_name" content="النهار اليوم" />
<meta property="article:published_time" content="{article.published}" />
{metas}
<meta name="author" content="{e(author)}" />
<meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{e(author)}" />
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='td-theme-css' href='{HOST}/wp-content/themes/Newspaper/style.css' type='text/css' media='all' />
</head>
<body class="rtl post-template-default single single-post postid-{4400 + n} single-format-standard td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>{top_date}</div></div>
<div class="menu-top-container"><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="{HOST}/about/">من نحن</a></li><li class="menu-item"><a href="{HOST}/contact/">اتصل بنا</a></li></ul></div></div></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap td-header-gradient"><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main-1" class="sf-menu"><li class="menu-item current-menu-item"><a href="{HOST}/">الرئيسية</a></li><li class="menu-item"><a href="{HOST}/category/local/">محليات</a></li><li class="menu-item"><a href="{HOST}/category/economy/">اقتصاد</a></li><li class="menu-item"><a href="{HOST}/category/tech/">تكنولوجيا</a></li></ul></div></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-default">
<div class="td-trending-now-wrapper" id="tdi_1" data-start=""><div class="td-trending-now-title">عاجل</div><div class="td-trending-now-display-area"><div class="td_module_trending_now td-trending-now-post-0 td-trending-now-post"><h3 class="entry-title td-module-title"><a href="{HOST}/breaking-{n}/" rel="bookmark" title="{e(ticker)}">{e(ticker)}</a></h3></div></div></div>
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{HOST}/">الرئيسية</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="{HOST}/category/x/">{e(article.section)}</a></span></div></div>
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
<div class="td-ss-main-content">
<article id="post-{4400 + n}" class="post-{4400 + n} post type-post status-publish format-standard has-post-thumbnail category-news" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
<ul class="td-category"><li class="entry-category"><a href="{HOST}/category/x/">{e(article.section)}</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">{e(article.headline)}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">بواسطة</div> <a href="{HOST}/author/a{n}/">{e(author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{article.published}" >{_date(moment)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{4400 + n}">{812 + n * 97}</span></div>
<div class="td-post-comments"><a href="{page.url}#respond"><i class="td-icon-comments"></i>0</a></div>
</div>
</header>
</div>
<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php?u={page.url}" ><div class="td-sp td-sp-facebook"></div><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet?url={page.url}"><div class="td-sp td-sp-twitter"></div><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-buttons td-social-whatsapp" href="whatsapp://send?text={page.url}"><div class="td-sp td-sp-whatsapp"></div><div class="td-social-but-text">WhatsApp</div></a></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="{HOST}/wp-content/uploads/2024/04/p{n}.jpg" data-caption="{e(article.caption)}"><img width="696" height="392" class="entry-thumb td-modal-image" src="{HOST}/wp-content/uploads/2024/04/p{n}-696x392.jpg" alt="" title="{e(article.caption)}"/></a><figcaption class="wp-caption-text">{e(article.caption)}</figcaption></figure></div>
{text}
</div>
<footer>
<div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>الوسوم</span></li>{tags}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>المقال السابق</span><a href="{HOST}/prev-{n}/">{e(most[0])}</a></div></div><div class="td-next-prev-separator"></div><div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>المقال التالي</span><a href="{HOST}/next-{n}/">{e(most[1])}</a></div></div></div>
<div class="author-box-wrap"><a href="{HOST}/author/a{n}/"><img alt='' src='{HOST}/avatar.png' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{HOST}/author/a{n}/">{e(author)}</a></span></div><div class="td-author-description">{BIO}</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_3_rand td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_3"><h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3" href="#">مقالات ذات صلة</a><a id="tdi_5" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_3" href="#">المزيد من الكاتب</a></h4><div id="tdi_3" class="td_block_inner"><div class="td-related-row">{related}</div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">اترك تعليقاً</h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><p class="comment-form-comment">{policy}</p><p class="comment-notes">لن يتم نشر عنوان بريدك الإلكتروني.</p><textarea name="comment"></textarea><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div></div>
</div>
</div>
<div class="td-pb-span4 td-main-sidebar" role="complementary">
<div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_1 tdi_6 td-pb-border-top td_block_template_1" data-td-block-uid="tdi_6"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">الأكثر قراءة</span></h4></div><div id="tdi_6" class="td_block_inner">{side}</div></div>
<aside class="td_block_template_1 widget widget_mc4wp_form_widget"><h4 class="block-title"><span>النشرة البريدية</span></h4><form id="mc4wp-form-1" class="mc4wp-form" method="post"><div class="mc4wp-form-fields"><p>{newsletter}</p><p><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني" required /></p><p><input type="submit" value="اشترك" /></p></div></form></aside>
</div>
</div>
</div>
</div>
</div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="footer-text-wrap">النهار اليوم: موقع إخباري مستقل. © جميع الحقوق محفوظة</div></div></div></div></div>
</div>
</body>
</html>
"""
    page.add("النهار اليوم: موقع إخباري مستقل. © جميع الحقوق محفوظة")
    return page
