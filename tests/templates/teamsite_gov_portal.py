"""A Gulf (UAE) government ministry's Arabic media centre ("المركز الإعلامي" of "وزارة
التربية والتعليم") on OpenText TeamSite with LiveSite Runtime, a news details page as the
runtime serves it. The head is LiveSite's: `<!--grid-layout-->`, the grid stylesheet block
(`.iw_container` / `.iw_stretch` and `/iwov-resources/grid/bootstrap.css`) and the
`<!--ls:begin[...]-->` / `<!--ls:end[...]-->` comment pairs around meta-keywords,
meta-description, custom-meta-data (`date.published` as a bare local day, og and twitter
tags), meta-vpath, meta-page-locale-name, favicon, stylesheet, head-injection (the theme's
CSS, jQuery, the font-size script) and script; no JSON-LD. The `<title>` is "headline |
المركز الإعلامي | وزارة التربية والتعليم". The body opens `<!--ls:begin[body]--><div
class="iw_viewport-wrapper">` and every block is a grid `div.container-fluid.iw_section` >
`div.row.iw_row` > `div.iw_columns col-lg-..` > `div.iw_component id="iw_comp<13 digits>"`,
some wrapped in `<!--ls:begin[component-<id>]-->`: the accessibility bar (skip link, font
sizes, contrast, screen reader, English), the header with logo and main menu, the page banner
`h1` "الأخبار" with the breadcrumb (الرئيسية / المركز الإعلامي / الأخبار / تفاصيل الخبر),
then the news details component: `h2.news-title`, `ul.news-meta` (calendar date "12 مارس
2025", the category link, page 2 a "بقلم: ..." byline), the tools bar (share label, print,
email, A+ / A / A-), page 1 a `figure.news-image` with `figcaption`, then
`div.news-details-body` with `<p>`s (page 1 bolds a phrase; page 3 has an `<h3>` subheading,
which is text, an inline link, and a YouTube embed with a "فيديو:" label after the text), the
hashtag keywords row, "أخبار ذات صلة" (three titles with dates, "المزيد من الأخبار"), the page
rating box ("هل كانت هذه الصفحة مفيدة؟", yes/no, the share of users who said yes) with the
"آخر تحديث" timestamp (dd/MM/yyyy, the same day on page 1, a later day on pages 2 and 3) and the
visitor count, then the long footer: four sitemap columns, contact lines, social follow,
policy links, copyright and the browser note. Scripts close with `<!--ls:end[body]-->`.
Everything but the headline and the text's paragraphs is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, Article, Page, e

NAME = "teamsite_gov_portal"
HELD_OUT = True
SET = "unseen26"
FAMILY = ("OpenText TeamSite/LiveSite ministry media centre: ls:begin head comments, iw_section "
          "grid of iw_components, news details with tools, related news, page rating, sitemap "
          "footer")
HOST = "https://teamsite-moe.example"
SITE = "وزارة التربية والتعليم"
CENTRE = "المركز الإعلامي"
SKIP = "تخطي إلى المحتوى الرئيسي"
ACCESS = ("أدوات الوصول", "حجم الخط", "تباين الألوان", "قارئ الشاشة")
MENU = (("/ar/home", "الرئيسية"), ("/ar/about-us", "عن الوزارة"), ("/ar/e-services", "الخدمات"),
        ("/ar/media-center", CENTRE), ("/ar/open-data", "البيانات المفتوحة"),
        ("/ar/e-participation", "المشاركة الإلكترونية"), ("/ar/contact-us", "تواصل معنا"))
SITEMAP = (
    ("عن الوزارة", ("الرؤية والرسالة", "الهيكل التنظيمي", "القيادات", "الاستراتيجية")),
    ("الخدمات", ("خدمات الطلبة", "خدمات المعلمين", "خدمات المدارس الخاصة", "دليل الخدمات")),
    (CENTRE, ("الأخبار", "الفعاليات", "معرض الصور", "معرض الفيديو", "البيانات الصحفية")),
    ("روابط مهمة", ("المشتريات", "الوظائف", "الأسئلة الشائعة", "خريطة الموقع")),
)
CONTACT = ("مركز الاتصال: 80051115", "البريد الإلكتروني: ccc@teamsite-moe.example",
           "ص.ب: 295، أبوظبي، الإمارات العربية المتحدة")
FOLLOW = "تابعونا على"
POLICY = ("سياسة الخصوصية", "الشروط والأحكام", "إخلاء المسؤولية", "سياسة إمكانية الوصول")
BROWSER = "يعرض الموقع بشكل أفضل على دقة 1366×768 ومتصفحات Chrome وSafari وEdge الحديثة"
TOOLS = ("شارك الخبر", "طباعة", "إرسال بالبريد")
RATE_Q = "هل كانت هذه الصفحة مفيدة؟"
RATES = (87, 91, 78)
VISITS = ("1,284,551", "1,602,310", "1,097,846")
# (page) -> last update after the story's moment; bold phrase (paragraph index, words)
UPDATED = {1: timedelta(days=0, hours=3, minutes=44), 2: timedelta(hours=19, minutes=10),
           3: timedelta(days=1, hours=1, minutes=47)}
BOLD = {1: (2, "أخلاقيات استخدام التقنية")}
SUBHEAD = {3: 2}
LINK = {3: (4, "منصة التوظيف الإلكترونية", "/ar/e-services/careers")}
VIDEO = {3: ("فيديو: مراسم توقيع مذكرة التفاهم", "q7Lm2Xv0T9a")}
COMP_BASE = 1716882311000


def _long(moment) -> str:
    return f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def _numeric(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{moment:%d/%m/%Y} {hour:02d}:{moment:%M} "
            f"{'ص' if moment.hour < 12 else 'م'}")


def _comp(cid: int, inner: str, cols: str = "col-lg-12", wrap: bool = False,
          stretch: bool = False) -> str:
    """One grid section holding one LiveSite component, as the runtime nests it."""
    row = "row iw_row iw_stretch" if stretch else "row iw_row"
    body = (f"<!--ls:begin[component-{cid}]-->{inner}<!--ls:end[component-{cid}]-->" if wrap
            else inner)
    return f"""<div class="container-fluid iw_section" id="section{cid}">
<div class="{row}" id="row{cid}">
<div class="iw_columns {cols}" id="col{cid}">
<div class="iw_component" id="iw_comp{cid}">{body}
</div>
</div>
</div>
</div>"""


def _body(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINK and LINK[n][0] == k:
            words = e(LINK[n][1])
            html = html.replace(words, f'<a href="{HOST}{LINK[n][2]}" target="_blank">'
                                       f"{words}</a>", 1)
        if SUBHEAD.get(n) == k:
            out.append(f'<h3 class="news-subtitle">{html}</h3>')
        else:
            out.append(f'<p dir="RTL" style="text-align: justify;">{html}</p>')
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/ar/media-center/news/news-details.page?newsId={article.slug}"
    shown = _long(moment)
    page = Page(url=url, html="", shown_date=shown)
    cid = COMP_BASE + 9137 * n
    updated = _numeric(moment + UPDATED[n])
    crumbs = ("الرئيسية", CENTRE, "الأخبار", "تفاصيل الخبر")
    page.add(SKIP, *ACCESS, "A+", "A-", "English", "بحث",
             *(label for _, label in MENU), *crumbs, shown, article.section, *TOOLS)
    plain = " ".join((article.lead, *article.paragraphs))
    desc = plain[:160].rsplit(" ", 1)[0]
    image = f"{HOST}/ar/media-center/news/PublishingImages/{moment:%Y}/news-{article.slug}.jpg"

    byline = ""
    if article.author and n == 2:
        byline = (f'\n<li class="news-author"><i class="fa fa-user" aria-hidden="true"></i> '
                  f"<span>بقلم: {e(article.author)}</span></li>")
        page.add(f"بقلم: {article.author}")
    figure = ""
    if n == 1 and article.caption != "-":
        figure = f"""
<figure class="news-image">
<img src="{image}" alt="{e(article.headline)}" class="img-responsive">
<figcaption>{e(article.caption)}</figcaption>
</figure>"""
        page.add(article.caption)
    video = ""
    if n in VIDEO:
        label, vid = VIDEO[n]
        video = f"""
<div class="news-video">
<span class="video-label">{e(label)}</span>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{vid}?rel=0" frameborder="0" allowfullscreen></iframe></div>
</div>"""
        page.add(label)
    tags = [f"#{t.replace(' ', '_')}" for t in article.tags]
    page.add("الكلمات الدلالية:", *tags)
    tag_links = "\n".join(f'<a href="{HOST}/ar/search?tag={e(t[1:])}" class="tag-item">{e(t)}</a>'
                          for t in tags)
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=4 + 11 * k, hours=2 * k)
        page.add(title, _long(when))
        related.append(f"""<li class="related-item">
<a href="{HOST}/ar/media-center/news/news-details.page?newsId={int(article.slug) - 37 * (k + 1)}">
<span class="related-date"><i class="fa fa-calendar"></i> {_long(when)}</span>
<span class="related-title">{e(title)}</span>
</a>
</li>""")
    rate = f"{RATES[n - 1]}% من المستخدمين وجدوا هذه الصفحة مفيدة"
    page.add("أخبار ذات صلة", "المزيد من الأخبار", RATE_Q, "نعم", rate,
             f"آخر تحديث: {updated}", f"عدد الزوار: {VISITS[n - 1]}")

    access = _comp(cid + 1, f"""
<div class="accessibility-bar">
<a href="#main-content" class="skip-link">{SKIP}</a>
<ul class="access-tools">
<li class="tools-title">{ACCESS[0]}</li>
<li><span>{ACCESS[1]}</span> <a href="javascript:void(0)" class="font-inc" title="تكبير الخط">A+</a> <a href="javascript:void(0)" class="font-reset" title="الحجم الافتراضي">A</a> <a href="javascript:void(0)" class="font-dec" title="تصغير الخط">A-</a></li>
<li><a href="javascript:void(0)" class="contrast-toggle">{ACCESS[2]}</a></li>
<li><a href="javascript:void(0)" class="screen-reader" data-voice="ar">{ACCESS[3]}</a></li>
<li class="lang"><a href="{HOST}/en/media-center/news/news-details.page?newsId={article.slug}" lang="en">English</a></li>
</ul>
</div>""", stretch=True)
    menu = "\n".join(f'<li class="nav-item{" active" if label == CENTRE else ""}">'
                     f'<a href="{HOST}{path}">{label}</a></li>' for path, label in MENU)
    header = _comp(cid + 2, f"""
<header class="site-header">
<div class="logo"><a href="{HOST}/ar/home"><img src="{HOST}/iwov-resources/moe/images/logo-ar.svg" alt="{SITE}"></a></div>
<nav class="main-nav" role="navigation"><ul class="nav-list">
{menu}
</ul></nav>
<form class="header-search" action="{HOST}/ar/search" method="get"><input type="text" name="q" placeholder="ابحث في الموقع"><button type="submit">بحث</button></form>
</header>""", wrap=True)
    trail = "".join(f'<li><a href="{HOST}{p}">{c}</a></li>' for c, p in
                    zip(crumbs[:3], ("/ar/home", "/ar/media-center", "/ar/media-center/news"),
                        strict=True))
    banner = _comp(cid + 3, f"""
<div class="page-banner">
<h1 class="page-title">الأخبار</h1>
<ol class="breadcrumb">{trail}<li class="active">{crumbs[3]}</li></ol>
</div>""")
    details = _comp(cid + 4, f"""
<!-- COMPONENT: moe/NewsDetails -->
<div class="news-details" data-componentName="NewsDetails">
<h2 class="news-title">{e(article.headline)}</h2>
<ul class="news-meta">
<li class="news-date"><i class="fa fa-calendar" aria-hidden="true"></i> <span>{shown}</span></li>
<li class="news-category"><a href="{HOST}/ar/media-center/news?category={e(article.section)}">{e(article.section)}</a></li>{byline}
</ul>
<div class="news-tools">
<div class="share-tools"><span class="tools-label">{TOOLS[0]}</span>
<a href="https://twitter.com/intent/tweet?url={url}" class="share-x" title="X"><i class="fa fa-twitter"></i></a>
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="share-fb" title="Facebook"><i class="fa fa-facebook"></i></a>
<a href="https://www.linkedin.com/shareArticle?url={url}" class="share-in" title="LinkedIn"><i class="fa fa-linkedin"></i></a>
<a href="https://wa.me/?text={url}" class="share-wa" title="WhatsApp"><i class="fa fa-whatsapp"></i></a>
</div>
<a href="javascript:window.print()" class="print-tool"><i class="fa fa-print"></i> {TOOLS[1]}</a>
<a href="mailto:?subject={e(article.headline)}&amp;body={url}" class="mail-tool"><i class="fa fa-envelope"></i> {TOOLS[2]}</a>
<span class="font-tools"><a href="javascript:void(0)" class="font-inc">A+</a><a href="javascript:void(0)" class="font-dec">A-</a></span>
</div>{figure}
<div class="news-details-body" id="newsBody">
{_body(article, n)}
</div>{video}
<div class="news-tags"><span class="tags-label">الكلمات الدلالية:</span>
{tag_links}
</div>
</div>
<script type="text/javascript">var newsDetailsUri = '/ar/media-center/news/news-details/{cid + 4}.ajax';</script>""",
                    cols="col-lg-9 col-md-8", wrap=True)
    side = _comp(cid + 5, f"""
<div class="related-news">
<h3 class="block-title">أخبار ذات صلة</h3>
<ul class="related-list">
{chr(10).join(related)}
</ul>
<a href="{HOST}/ar/media-center/news" class="more-link">المزيد من الأخبار</a>
</div>""", cols="col-lg-3 col-md-4")
    rating = _comp(cid + 6, f"""
<div class="page-rating">
<div class="rating-question"><span>{RATE_Q}</span>
<button type="button" class="btn-rate" data-value="yes">نعم</button>
<button type="button" class="btn-rate" data-value="no">لا</button>
</div>
<p class="rating-result">{rate}</p>
<div class="page-info"><span class="last-updated">آخر تحديث: {updated}</span>
<span class="visitors">عدد الزوار: {VISITS[n - 1]}</span></div>
</div>""", wrap=True)
    columns = []
    for head, links in SITEMAP:
        items = "".join(f'<li><a href="{HOST}/ar/sitemap#{k}">{link}</a></li>'
                        for k, link in enumerate(links))
        columns.append(f'<div class="col-md-3 footer-col"><h4>{head}</h4><ul>{items}</ul></div>')
        page.add(head, *links)
    contact = "\n".join(f"<li>{c}</li>" for c in CONTACT)
    policy = " | ".join(f'<a href="{HOST}/ar/{k}">{p}</a>' for k, p in enumerate(POLICY))
    copyright_line = f"© {moment.year} {SITE} - جميع الحقوق محفوظة"
    page.add(*CONTACT, FOLLOW, *POLICY, copyright_line, BROWSER)
    footer = _comp(cid + 7, f"""
<footer class="site-footer">
<div class="footer-sitemap row">
{chr(10).join(columns)}
</div>
<div class="footer-contact"><ul>
{contact}
</ul>
<div class="social"><span>{FOLLOW}</span>
<a href="https://x.com/moe_example" title="X"><i class="fa fa-twitter"></i></a>
<a href="https://www.instagram.com/moe_example" title="Instagram"><i class="fa fa-instagram"></i></a>
<a href="https://www.youtube.com/moe_example" title="YouTube"><i class="fa fa-youtube"></i></a>
</div></div>
<div class="footer-bottom"><p class="policy-links">{policy}</p>
<p class="copyright">{copyright_line}</p>
<p class="browser-note">{BROWSER}</p></div>
</footer>""", stretch=True)
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<META http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{e(article.headline)} | {CENTRE} | {SITE}</title>
<!--grid-layout-->
<!--ls:begin[stylesheet]-->
<style type="text/css">
          .iw_container
          {{
            max-width:1170px !important;
            margin-left: auto !important;
            margin-right: auto !important;
          }}
          .iw_stretch
          {{
            min-width: 100% !important;
          }}
        </style>
<link href="/iwov-resources/grid/bootstrap.css" type="text/css" rel="stylesheet">
<!--ls:end[stylesheet]-->
<!--ls:begin[meta-keywords]-->
<meta name="keywords" content="{e(', '.join(article.tags))}">
<!--ls:end[meta-keywords]-->
<!--ls:begin[meta-description]-->
<meta name="description" content="{e(desc)}">
<!--ls:end[meta-description]-->
<!--ls:begin[custom-meta-data]-->
<meta name="date.published" content="{moment:%Y-%m-%d}">
<meta name="category" content="{e(article.section)}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(desc)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{image if n == 1 else HOST + '/iwov-resources/moe/images/share-default.jpg'}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@moe_example">
<!--ls:end[custom-meta-data]-->
<!--ls:begin[meta-vpath]-->
<meta name="vpath" content="">
<!--ls:end[meta-vpath]-->
<!--ls:begin[meta-page-locale-name]-->
<meta name="page-locale-name" content="ar_AE">
<!--ls:end[meta-page-locale-name]-->
<!--ls:begin[favicon]-->
<link type="image/x-icon" href="/iwov-resources/moe/images/favicon.ico" rel="shortcut icon">
<!--ls:end[favicon]-->
<!--ls:begin[head-injection]-->
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}">
<link type="text/css" href="/iwov-resources/moe/css/bootstrap-rtl.min.css" rel="stylesheet">
<link type="text/css" href="/iwov-resources/moe/css/font-awesome.min.css" rel="stylesheet">
<link type="text/css" href="/iwov-resources/moe/css/main-ar.css?v=4.2.{n}" rel="stylesheet">
<script type="text/javascript" src="/iwov-resources/moe/js/jquery-3.5.1.min.js"></script>
<script type="text/javascript" src="/iwov-resources/moe/js/fontsize.js"></script>
<!--ls:end[head-injection]--><!--ls:begin[tracker-injection]--><!--ls:end[tracker-injection]--><!--ls:begin[script]--><!--ls:end[script]--></head>
<body>
<!--ls:begin[body]--><div class="iw_viewport-wrapper">
{access}
{header}
{banner}
<div id="main-content" class="iw_container">
{details}
{side}
</div>
{rating}
{footer}
</div>
<script type="text/javascript" src="/iwov-resources/moe/js/bootstrap.min.js"></script>
<script type="text/javascript" src="/iwov-resources/moe/js/main.js"></script>
<script type="text/javascript">
  $(document).ready(function(){{ moe.rating.init('{cid + 6}'); moe.fontSize.init('#newsBody'); }});
</script>
<!--ls:end[body]--></body>
</html>
"""
    return page
