"""The Syrian state news agency's Arabic site (SANA-like), WordPress with an old custom theme
grown out of Sahifa: a top bar with today's date in Levantine months (the day the page was
fetched, not the story's) and the language switcher (English / Français / Español / Deutsch /
Русский / Türkçe / 中文 / فارسی), the logo, `nav#main-nav`, the "عاجل" breaking ticker, then
`#main-content`: the breadcrumb (its last crumb the headline), `article.post-listing` with the
featured image, `h1.name.post-title.entry-title`, `p.post-meta` with `span.tie-date` (page 1
and 3 "12 أيار 2024", page 2 the older "2024-08-20" form), the time, the category links and
the view count, then `div.entry`: the paragraphs, the first opening with the agency dateline
("دمشق-سانا ...": part of the text), `wp-caption` photos with their captions between them,
the editors' initials on a line of their own ("ه.ح / م.ش") and the "تابعوا آخر الأخبار عبر
تطبيق تلغرام ..." line inside the same block (both chrome), Sahifa's hidden `span.updated`,
the tags, "تابعوا أخبار سانا على" with icon links, "مواضيع ذات صلة" with their dates, the
sidebar's "الأكثر قراءة" and the footer. Yoast prints `article:published_time` with +03:00.
Agency copy: no writer."""

from __future__ import annotations

from datetime import timedelta

from .base import LEVANTINE, Article, Page, e, rotate, weekday

NAME = "sy_state_agency"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Syrian state agency (SANA-like) on old WordPress theme: عاجل ticker, 8-language switcher, 'دمشق-سانا' dateline, initials and Telegram line in the entry"
HOST = "https://www.sana-agency.example"
SITE = "الوكالة العربية السورية للأنباء"
SHORT = "سانا"
LANGS = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("de", "Deutsch"),
         ("ru", "Русский"), ("tr", "Türkçe"), ("chinese", "中文"), ("fa", "فارسی"))
MENU = ("الرئيسية", "سياسة", "محليات", "اقتصاد", "ثقافة", "رياضة", "صحة", "منوعات",
        "تحقيقات", "فيديو", "إنفوغراف")
BREAKING_TITLE = "عاجل"
BREAKING = (
    "صدور مرسوم بزيادة التعويض العائلي للعاملين في الدولة",
    "مجلس الوزراء يقر خطة لتأهيل محطات ضخ المياه في ريف دمشق",
    "وزارة التربية تعلن نتائج امتحانات شهادة التعليم الأساسي",
    "افتتاح معرض دمشق الدولي للكتاب بمشاركة أكثر من 200 دار نشر",
    "وزارة الصحة تطلق حملة وطنية للتلقيح ضد شلل الأطفال",
)
INITIALS = ("ه.ح / م.ش", "ر.ع / ز.ا", "م.ك / ب.ر")
TELEGRAM = ("تابعوا آخر الأخبار عبر تطبيق تلغرام على الهواتف الذكية عبر الرابط: "
            "https://t.me/SyrianArabNewsAgency")
FOLLOW = "تابعوا أخبار سانا على"
SOCIAL = (("facebook", "https://www.facebook.com/SyrianArabNewsAgency"),
          ("telegram", "https://t.me/SyrianArabNewsAgency"),
          ("twitter", "https://twitter.com/SANA_SY"),
          ("youtube", "https://www.youtube.com/user/SyrianArabNewsAgency"),
          ("rss", "/?feed=rss2"))
SECOND = {"1958730": (2, "حرفي يعيد تلبيس أحد الأقواس الحجرية في السوق")}
VIEWS = ("1,284", "3,917", "2,046")
MOST_READ = (
    "وزير الكهرباء: دخول مجموعة توليد جديدة في محطة حلب الحرارية الخدمة",
    "المصرف المركزي يصدر نشرة أسعار الصرف الرسمية",
    "انطلاق امتحانات الشهادة الثانوية العامة في جميع المحافظات",
    "السورية للطيران تعلن عن رحلات جديدة إلى عدد من العواصم العربية",
    "مهرجان القلعة والوادي يعود إلى حمص بعد انقطاع",
    "إطلاق البطاقة الإلكترونية للخبز في عدد من أحياء دمشق",
    "تأهيل الطريق الدولي بين حمص وطرطوس بطول 35 كيلومترا",
    "منتخب سورية للشباب يتأهل إلى نهائيات كأس آسيا",
)
FOOTER_LINKS = ("من نحن", "اتصل بنا", "أرشيف سانا", "خريطة الموقع", "سانا الشبابية")
FOOTER = f"جميع الحقوق محفوظة © {SITE} - {SHORT} 2024"


def _levantine(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = article.slug
    url = f"{HOST}/?p={post_id}"
    shown = f"{moment:%Y-%m-%d}" if n == 2 else _levantine(moment)
    clock = f"{moment:%H:%M}"
    today = moment + timedelta(days=1, hours=3)
    top_date = f"{weekday(today)}، {_levantine(today)}"
    breaking = rotate(BREAKING, n, 3)
    most = rotate(MOST_READ, 2 * n, 6)
    related_days = [moment - timedelta(days=d) for d in (1, 5, 12)]
    related_dates = [f"{d:%Y-%m-%d}" if n == 2 else _levantine(d) for d in related_days]
    second = SECOND.get(post_id)
    cats = (article.section, "سلايدر") if n != 3 else (article.section,)
    page = Page(url=url, html="", shown_date=shown)
    page.add(top_date, *(name for _, name in LANGS), SITE, *MENU, BREAKING_TITLE, *breaking,
             "الرئيسية", shown, clock, *cats, VIEWS[n - 1], article.caption,
             second[1] if second else "", INITIALS[n - 1], TELEGRAM, "الوسوم:", FOLLOW,
             "مواضيع ذات صلة", *article.related, *related_dates, "الأكثر قراءة", *most,
             *FOOTER_LINKS, FOOTER)
    published = f"{moment:%Y-%m-%dT%H:%M}:{11 + 13 * n:02d}{moment:%z}"
    published = published[:-2] + ":" + published[-2:]
    modified = moment + timedelta(minutes=17 + 9 * n)
    modified_iso = f"{modified:%Y-%m-%dT%H:%M:%S}+03:00"
    langs = "\n".join(f'<li class="lang-item lang-{code}"><a href="{HOST}/{code}/">{name}</a></li>'
                      for code, name in LANGS)
    menu = "\n".join(
        f'<li id="menu-item-{1200 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category'
        f'{" current-post-ancestor current-menu-parent" if m == article.section else ""} menu-item-{1200 + k}">'
        f'<a href="{HOST}/?cat={k + 3}">{m}</a></li>' if k else
        f'<li id="menu-item-1200" class="menu-item menu-item-type-custom menu-item-home menu-item-1200"><a href="{HOST}/">{m}</a></li>'
        for k, m in enumerate(MENU))
    ticker = "\n".join(f'<li><a href="{HOST}/?p={int(post_id) + 40 + k}" title="{e(b)}">{e(b)}</a></li>'
                       for k, b in enumerate(breaking))
    cat_links = "، ".join(f'<a href="{HOST}/?cat={4 + k}" rel="category">{e(c)}</a>'
                         for k, c in enumerate(cats))

    def photo(k: int, caption: str) -> str:
        att = int(post_id) + 1 + k
        return (f'<div id="attachment_{att}" style="width: 1010px" class="wp-caption aligncenter">'
                f'<img aria-describedby="caption-attachment-{att}" decoding="async" class="size-full wp-image-{att}" '
                f'src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{att}.jpg" alt="" width="1000" height="667" '
                f'srcset="{HOST}/wp-content/uploads/{moment:%Y/%m}/{att}.jpg 1000w, {HOST}/wp-content/uploads/{moment:%Y/%m}/{att}-300x200.jpg 300w" sizes="(max-width: 1000px) 100vw, 1000px" />'
                f'<p id="caption-attachment-{att}" class="wp-caption-text">{e(caption)}</p></div>')

    entry = [f"<p>{e(article.lead)}</p>", photo(0, article.caption)]
    for k, text in enumerate(article.paragraphs):
        entry.append(f"<p>{e(text)}</p>")
        if second and k == second[0]:
            entry.append(photo(1, second[1]))
    entry.append(f"<p>{INITIALS[n - 1]}</p>")
    entry.append('<p><strong>تابعوا آخر الأخبار عبر تطبيق تلغرام على الهواتف الذكية عبر الرابط:</strong> '
                 '<a href="https://t.me/SyrianArabNewsAgency">https://t.me/SyrianArabNewsAgency</a></p>')
    entry_html = "\n".join(entry)
    tags = " ".join(f'<a href="{HOST}/?tag={e(t)}" rel="tag">{e(t)}</a>' for t in article.tags)
    social = "\n".join(f'<a class="ttip-none" title="{s}" href="{h}" target="_blank"><i class="fa fa-{s}"></i></a>'
                       for s, h in SOCIAL)
    related = "\n".join(
        f'<div class="related-item"><div class="post-thumbnail"><a href="{HOST}/?p={int(post_id) - 57 * (k + 1)}">'
        f'<img width="310" height="165" src="{HOST}/wp-content/uploads/{d:%Y/%m}/{int(post_id) - 57 * (k + 1)}-310x165.jpg" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" /></a></div>'
        f'<h3><a href="{HOST}/?p={int(post_id) - 57 * (k + 1)}" rel="bookmark">{e(r)}</a></h3>'
        f'<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{related_dates[k]}</span></p></div>'
        for k, (r, d) in enumerate(zip(article.related, related_days, strict=True)))
    most_html = "\n".join(f'<li><div class="post-thumbnail"><a href="{HOST}/?p={int(post_id) - 300 - k}"><img width="110" height="75" src="{HOST}/wp-content/uploads/thumb-{n}{k}.jpg" alt="" /></a></div>'
                          f'<h3><a href="{HOST}/?p={int(post_id) - 300 - k}">{e(m)}</a></h3></li>'
                          for k, m in enumerate(most))
    footer_links = "\n".join(f'<li><a href="{HOST}/?page_id={20 + k}">{f}</a></li>'
                             for k, f in enumerate(FOOTER_LINKS))
    schema = ('{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"' + url
              + '#article","isPartOf":{"@id":"' + url + '"},"headline":"'
              + article.headline.replace('"', '\\"') + '","datePublished":"' + published
              + '","dateModified":"' + modified_iso + '","publisher":{"@id":"' + HOST
              + '/#organization"},"inLanguage":"ar"},{"@type":"Organization","@id":"' + HOST
              + '/#organization","name":"' + SITE + '","url":"' + HOST + '/"}]}')
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{HOST}/xmlrpc.php" />
<title>{e(article.headline)} | {SITE}</title>
<!-- This site is optimized with the Yoast SEO plugin v19.6 - https://yoast.com/wordpress/plugins/seo/ -->
<meta name="description" content="{e(article.lead[:155])}" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(article.lead[:155])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/SyrianArabNewsAgency" />
<meta property="article:published_time" content="{published}" />
<meta property="article:modified_time" content="{modified_iso}" />
<meta property="og:image" content="{HOST}/wp-content/uploads/{moment:%Y/%m}/{int(post_id) + 1}.jpg" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@SANA_SY" />
<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; الخلاصة" href="{HOST}/?feed=rss2" />
<link rel='stylesheet' id='tie-style-css' href='{HOST}/wp-content/themes/sana/style.css?ver=4.2' type='text/css' media='all' />
<link rel='stylesheet' id='tie-rtl-css' href='{HOST}/wp-content/themes/sana/css/rtl.css?ver=4.2' type='text/css' media='all' />
<link rel='stylesheet' id='font-awesome-css' href='{HOST}/wp-content/themes/sana/css/font-awesome.min.css?ver=4.7' type='text/css' media='all' />
<script type='text/javascript' src='{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 5.9.3" />
<link rel='shortlink' href='{HOST}/?p={post_id}' />
<!--[if IE]><script type="text/javascript">jQuery(document).ready(function (){{ jQuery(".menu-item").has("ul").children("a").attr("aria-haspopup", "true");}});</script><![endif]-->
</head>
<body id="top" class="rtl post-template-default single single-post postid-{post_id} single-format-standard">
<div class="wrapper-outer">
<div class="background-cover"></div>
<div id="wrapper" class="boxed-all">
<div class="inner-wrapper">
<header id="theme-header" class="theme-header">
<div id="top-nav" class="top-nav">
<div class="container">
<span class="today-date">{top_date}</span>
<div class="top-menu"><ul id="menu-languages" class="menu">
{langs}
</ul></div>
</div>
</div>
<div class="header-content">
<div class="logo" style=" margin-top:15px; margin-bottom:15px;">
<h2><a title="{SITE}" href="{HOST}/"><img src="{HOST}/wp-content/themes/sana/images/logo.png" alt="{SITE}" width="340" height="90" /><strong>{SITE}</strong></a></h2>
</div>
<div class="e3lan e3lan-top"><a href="{HOST}/?page_id=7" title=""><img src="{HOST}/wp-content/uploads/banner-sana-app.gif" alt="" /></a></div>
<div class="clear"></div>
</div>
<nav id="main-nav" class="fixed-enabled">
<div class="container">
<div class="main-menu"><ul id="menu-main" class="menu">
{menu}
</ul></div>
</div>
</nav>
</header>
<div class="clear"></div>
<div id="breaking-news" class="breaking-news">
<span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>{BREAKING_TITLE}</span></span>
<ul>
{ticker}
</ul>
<script type="text/javascript">jQuery(document).ready(function(){{ createTicker(); }}); function rotateTicker(){{ if( i == tickerItems.length ){{ i = 0; }} tickerText = tickerItems[i]; c = 0; typetext(); setTimeout( "rotateTicker()", 3500 ); i++; }}</script>
</div>
<div id="main-content" class="container">
<div class="content">
<div xmlns:v="http://rdf.data-vocabulary.org/#" id="crumbs"><span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" class="crumbs-home" href="{HOST}/"><i class="fa fa-home"></i>الرئيسية</a></span> <span class="delimiter">/</span> <span typeof="v:Breadcrumb"><a rel="v:url" property="v:title" href="{HOST}/?cat=4">{e(article.section)}</a></span> <span class="delimiter">/</span> <span class="current">{e(article.headline)}</span></div>
<article class="post-listing post-{post_id} post type-post status-publish format-standard has-post-thumbnail hentry" id="the-post">
<div class="single-post-thumb">
<img width="660" height="330" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{int(post_id) + 1}-660x330.jpg" class="attachment-slider size-slider wp-post-image" alt="" />
</div>
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{e(article.headline)}</span></h1>
<p class="post-meta">
<span class="tie-date"><i class="fa fa-clock-o"></i>{shown}</span>
<span class="post-time"><i class="fa fa-history"></i>{clock}</span>
<span class="post-cats"><i class="fa fa-folder"></i>{cat_links}</span>
<span class="post-views"><i class="fa fa-eye"></i>{VIEWS[n - 1]} </span>
</p>
<div class="clear"></div>
<div class="entry">
{entry_html}
</div>
<span style="display:none" class="updated">{moment:%Y-%m-%d}</span>
<div style="display:none" class="vcard author" itemprop="author"><strong class="fn">{SHORT}</strong></div>
<p class="post-tag">الوسوم: {tags}</p>
<div class="clear"></div>
</div>
<div class="sana-follow"><span>{FOLLOW}</span>
{social}
</div>
</article>
<section id="related_posts">
<div class="block-head"><h3>مواضيع ذات صلة</h3><div class="stripe-line"></div></div>
<div class="post-listing">
{related}
<div class="clear"></div>
</div>
</section>
</div>
<aside id="sidebar">
<div class="theiaStickySidebar">
<div id="posts-list-widget-3" class="widget posts-list"><div class="widget-top"><h4>الأكثر قراءة</h4><div class="stripe-line"></div></div>
<div class="widget-container"><ul>
{most_html}
</ul><div class="clear"></div></div></div>
</div>
</aside>
<div class="clear"></div>
</div>
<footer id="theme-footer">
<div id="footer-widget-area" class="footer-1c">
<div id="footer-first" class="footer-widgets-box"><div class="widget_nav_menu"><ul id="menu-footer" class="menu">
{footer_links}
</ul></div></div>
</div>
<div class="clear"></div>
</footer>
<div class="clear"></div>
<div class="footer-bottom">
<div class="container">
<div class="alignright">{FOOTER}</div>
</div>
</div>
</div>
</div>
</div>
<div id="topcontrol" class="fa fa-angle-up" title="Scroll To Top"></div>
<script type='text/javascript' src='{HOST}/wp-content/themes/sana/js/tie-scripts.js?ver=4.2' id='tie-scripts-js'></script>
<script type='text/javascript' src='{HOST}/wp-includes/js/wp-embed.min.js?ver=5.9.3' id='wp-embed-js'></script>
</body>
</html>
"""
    return page
