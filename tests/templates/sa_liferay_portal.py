"""A Saudi ministry portal on Liferay DXP 7.4: a Vision 2030 strip and an accessibility bar
("تكبير الخط" / "تصغير الخط" / "التباين") above the menu, a breadcrumb, the story as a web
content display page (`div.journal-content-article` inside a JournalContentPortlet boundary),
the date as both calendars in numbers ("تاريخ النشر: 13/10/1445 هـ - الموافق 22/04/2024 م",
day first, so 03/06/2024 is 3 June), ministry releases with no writer, the share row, a
"هل كان المحتوى مفيدًا؟" feedback box, "أخبار ذات صلة" cards, and the page's own "آخر تحديث"
date (the page's last edit, long after the story) above the footer; `<title>` is
"<headline> - <ministry>" and the page carries no published-time metadata at all."""

from __future__ import annotations

from .base import Article, Page, e

NAME = "sa_liferay_portal"
HELD_OUT = True
SET = "unseen7"
FAMILY = "Saudi ministry portal on Liferay: journal-content-article, numeric Hijri + Gregorian date, page-updated date, feedback box"
HOST = "https://www.mewa-portal.example"
SITE = "وزارة البيئة والمياه والزراعة"
# The Umm al-Qura date of each story's day (13 Shawwal, 26 Dhu al-Qadah, 8 Ramadan 1445).
HIJRI = ("13/10/1445", "26/11/1445", "08/09/1445")
UPDATED = ("آخر تحديث: 25/11/2024 - 10:14 ص", "آخر تحديث: 02/12/2024 - 09:51 ص",
           "آخر تحديث: 17/11/2024 - 01:22 م")
MENU = ("عن الوزارة", "الخدمات الإلكترونية", "المركز الإعلامي", "البيانات المفتوحة",
        "المشاركة الإلكترونية", "تواصل معنا")
ACCESS = ("تكبير الخط", "تصغير الخط", "التباين", "قارئ الشاشة")
CRUMBS = ("الرئيسية", "المركز الإعلامي", "الأخبار")
SHARE = ("مشاركة", "X", "واتساب", "لينكدإن", "نسخ الرابط")
FEEDBACK = ("هل كان المحتوى مفيدًا؟", "نعم", "لا", "شكرًا لك على ملاحظاتك")
FOOTER_LINKS = ("سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع", "الأسئلة الشائعة",
                "الإبلاغ عن الفساد")
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"
DGA = "تم تطويره وصيانته بواسطة وزارة البيئة والمياه والزراعة"
VISION = "رؤية المملكة 2030"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/ar/w/{article.slug}"
    shown = f"تاريخ النشر: {HIJRI[n - 1]} هـ - الموافق {moment:%d/%m/%Y} م"
    page = Page(url=url, html="", shown_date=shown)
    page.add(VISION, *ACCESS, " ".join(MENU), *CRUMBS, shown, *SHARE, *FEEDBACK,
             "أخبار ذات صلة", *article.related, UPDATED[n - 1], " ".join(FOOTER_LINKS),
             FOOTER, DGA, article.caption, SITE)
    paras = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<li class="lfr-nav-item nav-item"><a class="nav-link text-truncate" href="{HOST}/ar/web/guest/{k}" role="menuitem"><span class="text-truncate">{m}</span></a></li>'
                     for k, m in enumerate(MENU))
    access = "".join(f'<button class="btn btn-unstyled access-btn" type="button" title="{a}"><span class="sr-only">{a}</span><span aria-hidden="true">{a}</span></button>'
                     for a in ACCESS)
    crumbs = "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{HOST}/ar/{k}"><span class="breadcrumb-text-truncate">{c}</span></a></li>'
                     for k, c in enumerate(CRUMBS))
    share = "".join(f'<a class="share-link" href="#" data-share="{k}">{s}</a>' for k, s in enumerate(SHARE[1:]))
    related = "\n".join(
        f'<div class="col-md-4"><div class="card news-card"><img class="card-img-top" src="/documents/d/guest/news-{n}{k}" alt="" />'
        f'<div class="card-body"><a href="{HOST}/ar/w/related-{n}-{k}"><h3 class="card-title">{e(r)}</h3></a></div></div></div>'
        for k, r in enumerate(article.related))
    footer = "\n".join(f'<li><a href="{HOST}/ar/{k}">{f}</a></li>' for k, f in enumerate(FOOTER_LINKS))
    page.html = f"""<!DOCTYPE html>
<html class="rtl" dir="rtl" lang="ar-SA">
<head>
<title>{e(article.headline)} - {SITE}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{e(article.lead[:160])}" lang="ar-SA" name="description" />
<meta content="{e(", ".join(article.tags))}" lang="ar-SA" name="keywords" />
<link data-senna-track="temporary" href="{url}" rel="canonical" />
<link class="lfr-css-file" data-senna-track="temporary" href="{HOST}/o/mewa-theme/css/clay_rtl.css?browserId=chrome&amp;themeId=mewatheme_WAR_mewatheme&amp;languageId=ar_SA" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">// <![CDATA[
var Liferay = Liferay || {{}};Liferay.ThemeDisplay = {{getLanguageId: function() {{return "ar_SA";}}, getPathThemeImages: function() {{return "{HOST}/o/mewa-theme/images";}}, getScopeGroupId: function() {{return "20121";}}}};
// ]]></script>
</head>
<body class="controls-visible chrome signed-out public-page site">
<div class="d-flex flex-column min-vh-100">
<div class="vision-strip"><img src="/o/mewa-theme/images/vision2030.svg" alt="{VISION}" /><span>{VISION}</span></div>
<div class="accessibility-bar">{access}</div>
<header id="banner" role="banner">
<div class="navbar navbar-classic navbar-top py-3"><a class="logo custom-logo" href="{HOST}/ar" title="{SITE}"><img alt="{SITE}" height="64" src="/image/layout_set_logo?img_id=33401" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="صفحات الموقع" class="navbar-blank navbar-nav navbar-site" role="menubar">
{menu}
</ul></nav>
</header>
<section id="content">
<div class="columns-1" id="main-content" role="main">
<div class="portlet-layout row"><div class="col-md-12 portlet-column portlet-column-only" id="column-1">
<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_ portlet-static"><nav aria-label="مسار التنقل"><ol class="breadcrumb">{crumbs}</ol></nav></div>
<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-decorate" id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_news{n}_">
<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_news{n}"></span>
<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_news{n}">
<div class="portlet-content"><div class="autofit-float autofit-row portlet-header"></div>
<div class="portlet-content-container"><div class="portlet-body">
<div class="journal-content-article" data-analytics-asset-id="{418000 + 37 * n}" data-analytics-asset-title="{e(article.headline)}" data-analytics-asset-type="web-content">
<div class="news-details">
<h1 class="news-title">{e(article.headline)}</h1>
<div class="news-meta"><span class="news-date"><i class="icon-calendar"></i> {shown}</span></div>
<div class="news-image"><img alt="{e(article.caption)}" src="/documents/20121/0/news-{n}.jpg" /><p class="image-caption">{e(article.caption)}</p></div>
<div class="news-content">
{paras}
</div>
<div class="news-share"><span class="share-title">{SHARE[0]}</span>{share}</div>
</div>
</div>
</div></div></div></section></div>
<div class="portlet-boundary portlet-boundary_feedback_portlet_ portlet-static"><div class="page-feedback"><p class="feedback-question">{FEEDBACK[0]}</p><button class="btn btn-outline-primary">{FEEDBACK[1]}</button> <button class="btn btn-outline-primary">{FEEDBACK[2]}</button><p class="feedback-thanks d-none">{FEEDBACK[3]}</p></div></div>
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static"><h2 class="portlet-title-text">أخبار ذات صلة</h2><div class="row">
{related}
</div></div>
</div></div></div>
</section>
<div class="page-updated container"><span>{UPDATED[n - 1]}</span></div>
<footer id="footer" role="contentinfo"><ul class="footer-links">{footer}</ul>
<p class="copyright">{FOOTER}</p><p class="dga">{DGA}</p></footer>
</div>
<script src="{HOST}/o/frontend-js-web/liferay/everything.jsp?browserId=chrome&amp;languageId=ar_SA" type="text/javascript"></script>
</body>
</html>
"""
    return page
