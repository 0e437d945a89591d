"""A Jordanian news site on WordPress with the SmartMag theme (ThemeSphere): the `s-head-modern`
post header with "بواسطة <name>", `<time class="post-date">` printed with the Levantine month
("31 أيار 2024 - 9:10 مساءً") and a read-time item, a `post-share` bar with its share count
("1.4K مشاركة") above the text and again below it, the text in `div.post-content.entry-content`
with price lists and schedules as numbered lines in plain `<p>`s, a "تابعوا <site> على Google
News" box closing the text, `the-post-tags`, the `author-box` with the writer's bio, "قد
يعجبك أيضاً" related posts, and the sidebar's "الأكثر قراءة" posts-small block; Yoast's
`article:published_time` with `+03:00`."""

from __future__ import annotations

import json

from .base import LEVANTINE, Article, Page, e

NAME = "jo_wp_smartmag"
HELD_OUT = True
SET = "unseen6"
FAMILY = "Jordanian WordPress + SmartMag: Levantine post-date, share counts, author box, Google News box"
HOST = "https://www.sawt-amman.example"
SITE = "صوت عمّان"
MENU = ("الرئيسية", "محليات", "اقتصاد", "برلمان", "عربي ودولي", "رياضة", "جامعات",
        "وظائف", "كاريكاتير")
MOST_READ = (
    "الأرصاد: كتلة هوائية حارة تؤثر على المملكة نهاية الأسبوع",
    "أسماء المرشحين للتعيين في ديوان الخدمة المدنية",
    "الضمان الاجتماعي يعلن موعد صرف رواتب المتقاعدين",
    "ارتفاع أسعار الذهب محليا بمقدار 30 قرشا",
    "إغلاقات مرورية على طريق المطار لتنفيذ أعمال صيانة",
    "أمانة عمّان تعلن عطلة عيد الأضحى للموظفين",
)
SHARES = ("1.4K", "863", "2.1K")
READ_TIME = ("2 دقائق", "3 دقائق", "دقيقة واحدة")
SHARE = (("facebook", "فيسبوك"), ("twitter", "تويتر"), ("whatsapp", "واتساب"),
         ("telegram", "تيليجرام"))
GNEWS = f"تابعوا {SITE} على Google News"
DESK = "المحرر"
BIOS = {
    "رائد الحمصي": "صحفي اقتصادي يغطي شؤون الطاقة والأسواق المحلية منذ عام 2010.",
    "ديما الخطيب": "محررة رياضية تتابع ألعاب القوى والرياضة النسوية في الأردن.",
}
FOOTER = f"© 2024 {SITE}. جميع الحقوق محفوظة."


def levantine_date(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year} - {hour}:{moment:%M} "
            f"{'مساءً' if moment.hour >= 12 else 'صباحاً'}")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = 91200 + 611 * n
    url = f"{HOST}/{moment:%Y/%m/%d}/{article.slug}/"
    shown = levantine_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    writer = article.author or DESK
    most = MOST_READ[n - 1:n + 4]
    count = SHARES[n - 1]
    page.add(" ".join(MENU), "الرئيسية » " + article.section, f"بواسطة {writer}",
             READ_TIME[n - 1], count, "مشاركة", *(label for _, label in SHARE), article.caption,
             GNEWS, "الوسوم", "قد يعجبك أيضاً", *article.related, "الأكثر قراءة", *most, FOOTER)
    if article.author:
        page.add(BIOS[article.author])
    body = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    body += f'\n<p><a href="https://news.google.com/publications/CAAqBwgKMJrVqQswseC1Aw?hl=ar" target="_blank" rel="noopener"><strong>{GNEWS}</strong></a></p>'

    def share(where: str) -> str:
        links = "\n".join(f'<a href="https://www.{s}.com/sharer.php?u={url}" class="cf service s-{s}" target="_blank"><i class="tsi tsi-{s}"></i><span class="label">{label}</span></a>'
                        for s, label in SHARE)
        head = (f'<div class="share-count"><span class="number">{count}</span><span class="text">مشاركة</span></div>'
                if where == "top" else "")
        return f'<div class="post-share post-share-b spc-social-colors post-share-b1 post-share-{where}">{head}{links}</div>'

    menu = "\n".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="{HOST}/category/{k}/">{m}</a></li>'
                     for k, m in enumerate(MENU))
    tags = "\n".join(f'<a href="{HOST}/tag/{e(t)}/" rel="tag">{e(t)}</a>' for t in article.tags)
    related = "\n".join(f'<article class="l-post grid-post grid-base-post"><div class="content"><h4 class="is-title post-title"><a href="{HOST}/?p={post_id - 37 * (k + 1)}">{e(t)}</a></h4></div></article>'
                        for k, t in enumerate(article.related))
    most_html = "\n".join(f'<article class="l-post small-post small-a-post m-pos-left"><div class="content"><h4 class="is-title post-title"><a href="{HOST}/?p={post_id - 500 - 13 * k}">{e(t)}</a></h4></div></article>'
                          for k, t in enumerate(most))
    box = (f"""<section class="author-box"><div class="author-info"><h5 class="author-name"><a href="{HOST}/author/{post_id % 11}/">{e(writer)}</a></h5>
<p class="author-bio">{e(BIOS[article.author])}</p></div></section>""" if article.author else "")
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "headline": article.headline,
         "datePublished": article.published, "dateModified": article.published,
         "author": {"name": writer}, "keywords": list(article.tags),
         "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} | {SITE}"}]}
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{e(article.headline)} | {SITE}</title>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)} | {SITE}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:published_time" content="{article.published}" />
<meta name="author" content="{e(writer)}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel='stylesheet' id='smartmag-core-css' href='{HOST}/wp-content/themes/smart-mag/style.css?ver=9.3.0' type='text/css' media='all' />
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard right-sidebar post-layout-modern has-lb has-lb-sm layout-normal">
<div class="main-wrap">
<header id="main-head" class="main-head head-nav-below has-search-modal">
<div class="smart-head smart-head-a smart-head-main"><div class="smart-head-row smart-head-mid is-light"><div class="inner wrap">
<div class="items items-center"><a href="{HOST}/" title="{SITE}" rel="home" class="logo-link ts-logo logo-is-image"><img src="{HOST}/wp-content/uploads/2022/01/logo.png" class="logo-image" alt="{SITE}" width="260" height="60" /></a></div>
</div></div>
<div class="smart-head-row smart-head-bot is-light"><div class="inner wrap"><div class="nav-wrap"><nav class="navigation navigation-main nav-hov-a"><ul id="menu-main" class="menu">
{menu}
</ul></nav></div></div></div></div>
</header>
<div class="main ts-contain cf right-sidebar">
<div class="ts-row">
<div class="col-8 main-content">
<div class="breadcrumbs"><a href="{HOST}/">الرئيسية</a> » <a href="{HOST}/category/{n}/">{e(article.section)}</a></div>
<article id="post-{post_id}" class="the-post-modern the-post post-{post_id} post type-post status-publish format-standard has-post-thumbnail">
<header class="the-post-header s-head-modern s-head-modern-a">
<div class="post-meta post-meta-a post-meta-left post-meta-single has-below">
<h1 class="is-title post-title">{e(article.headline)}</h1>
<div class="post-meta-items meta-below"><span class="meta-item post-author"><span class="by">بواسطة</span> <a href="{HOST}/author/{post_id % 11}/" title="مقالات {e(writer)}" rel="author">{e(writer)}</a></span>
<span class="meta-item has-next-icon date"><time class="post-date" datetime="{article.published}">{shown}</time></span>
<span class="meta-item read-time has-icon"><i class="tsi tsi-clock"></i>{READ_TIME[n - 1]}</span></div>
</div>
{share("top")}
<div class="single-featured"><figure class="image-link media-ratio ratio-16-9"><img width="1200" height="675" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}.jpg" class="attachment-large wp-post-image" alt="" /><figcaption class="wp-caption-text">{e(article.caption)}</figcaption></figure></div>
</header>
<div class="post-content cf entry-content content-spacious">
{body}
</div>
<div class="the-post-tags"><span class="tags-label">الوسوم</span>{tags}</div>
{share("bottom")}
{box}
<section class="related-posts"><div class="block-head block-head-ac block-head-b is-left"><h4 class="heading">قد يعجبك أيضاً</h4></div>
<div class="block-content">
{related}
</div></section>
</article>
</div>
<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">
<div id="smartmag-block-posts-small-3" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block"><section class="block-wrap block-posts-small block-sc mb-none">
<div class="widget-title block-head block-head-ac block-head-b is-left has-style"><h5 class="heading">الأكثر قراءة</h5></div>
<div class="block-content"><div class="loop loop-small loop-small-a loop-sep loop-small-sep grid grid-1 md:grid-1 sm:grid-1 xs:grid-1">
{most_html}
</div></div></section></div></div>
</div></aside>
</div></div>
<footer class="main-footer cols-gap-lg footer-bold"><div class="lower-footer bold-footer-lower"><div class="ts-contain inner"><div class="copyright">{FOOTER}</div></div></div></footer>
</div>
<script type='text/javascript' src='{HOST}/wp-content/themes/smart-mag/js/theme.js?ver=9.3.0' id='smartmag-theme-js'></script>
</body>
</html>
"""
    return page
