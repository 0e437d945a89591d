"""A Gulf government news centre on SharePoint 2013 publishing (Bahrain-like), where ministries'
press releases are posted: `<form id="aspnetForm">` with `__VIEWSTATE`, the hidden ribbon,
`#s4-workspace`, the top links ("English", "خريطة الموقع", "اتصل بنا"), the font-size
buttons ("A+", "A-"), `ctl00_PlaceHolderMain_SiteMapPath` breadcrumbs ("الرئيسية > المركز
الإعلامي > الأخبار"), the left navigation (`#sideNavBox`) before the content in the DOM, the
releasing ministry's name above the headline, the date as the page prints it, Hijri first
("الثلاثاء 6 ذو القعدة 1445هـ الموافق 14 مايو 2024م", no machine-readable date anywhere), the
text in the `ms-rtestate-field` rich-HTML field as `ms-rteElement-P` paragraphs, the photo
caption, print and share links, "هل كانت هذه الصفحة مفيدة؟ نعم لا", "آخر تحديث", "أخبار ذات
صلة" and the footer's "أفضل عرض" line; the tags only in the SEO properties' meta keywords."""

from __future__ import annotations

from hijridate import Gregorian

from .base import MONTHS, Article, Page, e, weekday

NAME = "bh_sharepoint_ministry"
HELD_OUT = True
SET = "unseen6"
FAMILY = "Gulf government news centre on SharePoint 2013: Hijri + الموافق date, left nav first"
HOST = "https://www.gcc-news.gov.example"
SITE = "مركز الاتصال الحكومي"
HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
         "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
TOP = ("English", "خريطة الموقع", "اتصل بنا", "الأسئلة الشائعة")
MENU = ("الرئيسية", "عن المركز", "المركز الإعلامي", "الخدمات الإلكترونية", "البيانات المفتوحة",
        "المشاركة الإلكترونية")
SIDE = ("المركز الإعلامي", "الأخبار", "البيانات الصحفية", "الفعاليات", "معرض الصور",
        "مكتبة الفيديو")
MINISTRY = {
    "hpv-vaccination-campaign": "وزارة الصحة",
    "sitra-causeway-upgrade": "وزارة الأشغال",
    "national-employment-training": "وزارة العمل",
}
USEFUL = ("هل كانت هذه الصفحة مفيدة؟", "نعم", "لا")
FOOTER = ("جميع الحقوق محفوظة © 2024 مركز الاتصال الحكومي",
          "أفضل عرض للموقع بدقة 1366×768 باستخدام أحدث المتصفحات")


def dual_date(moment) -> str:
    h = Gregorian(moment.year, moment.month, moment.day).to_hijri()
    return (f"{weekday(moment)} {h.day} {HIJRI[h.month - 1]} {h.year}هـ الموافق "
            f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}م")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    item = 3100 + 57 * n
    url = f"{HOST}/ar/MediaCenter/News/Pages/{article.slug}.aspx"
    shown = dual_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    ministry = MINISTRY[article.slug]
    updated = f"آخر تحديث: {moment:%d/%m/%Y} {moment:%I:%M}"
    crumbs = "الرئيسية > المركز الإعلامي > الأخبار"
    page.add(" | ".join(TOP), "A+", "A-", " ".join(MENU), crumbs, " ".join(SIDE), ministry,
             article.caption, "طباعة", "مشاركة", *USEFUL, updated, "أخبار ذات صلة",
             *article.related, *FOOTER)
    body = "\n".join(f'<p class="ms-rteElement-P"><span class="ms-rteFontSize-3">{e(p)}</span></p>'
                     for p in (article.lead, *article.paragraphs))
    top = " | ".join(f'<a href="{HOST}/{"en" if k == 0 else "ar/Pages/" + str(k) + ".aspx"}">{t}</a>' for k, t in enumerate(TOP))
    menu = "\n".join(f'<li class="static"><a class="static menu-item" href="{HOST}/ar/Pages/m{k}.aspx"><span class="additional-background"><span class="menu-item-text">{m}</span></span></a></li>' for k, m in enumerate(MENU))
    side = "\n".join(f'<li class="static"><a class="static menu-item" href="{HOST}/ar/MediaCenter/{k}.aspx"><span class="menu-item-text">{s}</span></a></li>' for k, s in enumerate(SIDE))
    related = "\n".join(f'<li><a href="{HOST}/ar/MediaCenter/News/Pages/n{item - 5 * (k + 1)}.aspx">{e(t)}</a></li>' for k, t in enumerate(article.related))
    sep = '<span> &gt; </span>'
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="rtl" lang="ar-BH">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>
	{SITE} - {e(article.headline)}
</title>
<meta name="keywords" content="{e(", ".join(article.tags))}" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1025/styles/Themable/corev15.css?rev=2a%2BxNWQMbBUq3MgtDRuzpg%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/GCC/css/main-rtl.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZzSiVG9xU5b1T%2BxmEFqjuw%3D%3D"></script>
</head>
<body>
<form method="post" action="./{article.slug}.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" /><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x8E1F1C0A9A6B,04 Dec 2024 09:12:44 -0000" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0" /></div>
<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"></div></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="gcc-topbar"><div class="container"><div class="top-links">{top}</div>
<div class="font-tools"><a href="#" onclick="ChangeFontSize(1);return false;">A+</a> <a href="#" onclick="ChangeFontSize(-1);return false;">A-</a></div></div></div>
<div class="gcc-header"><div class="container"><a href="{HOST}/ar/Pages/default.aspx" id="ctl00_onetidProjectPropertyTitleGraphic"><img src="/Style%20Library/GCC/images/logo-ar.png" alt="{SITE}" /></a></div></div>
<div class="gcc-nav"><div class="container"><div id="zz1_TopNavigationMenu" class="ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">{menu}</ul></div></div></div>
<div id="contentRow" class="container">
<div class="breadcrumb"><span id="ctl00_PlaceHolderMain_SiteMapPath"><span><a href="{HOST}/ar/Pages/default.aspx">الرئيسية</a></span>{sep}<span><a href="{HOST}/ar/MediaCenter/Pages/default.aspx">المركز الإعلامي</a></span>{sep}<span class="current">الأخبار</span></span></div>
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation"><div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><ul class="root ms-core-listMenu-root static">{side}</ul></div></div></div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="article article-news">
<div class="news-source"><span id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_TextField">{ministry}</span></div>
<h1 class="news-title"><span id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_TextField">{e(article.headline)}</span></h1>
<div class="news-date"><span id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_DateTimeField">{shown}</span></div>
<div class="news-image"><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline"><div dir=""><img alt="" src="/ar/MediaCenter/News/PublishingImages/{item}.jpg" style="BORDER:0px solid;" /></div></div>
<div class="image-caption">{e(article.caption)}</div></div>
<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
{body}
</div>
<div class="news-tools"><a href="javascript:window.print()" class="print">طباعة</a> <span class="share">مشاركة</span> <a href="https://twitter.com/intent/tweet?url={url}" class="tw"></a> <a href="https://www.facebook.com/sharer.php?u={url}" class="fb"></a></div>
<div class="page-feedback"><span>{USEFUL[0]}</span> <button type="button" class="yes">{USEFUL[1]}</button><button type="button" class="no">{USEFUL[2]}</button></div>
<div class="last-update">{updated}</div>
<div class="related-news"><h3>أخبار ذات صلة</h3><ul>
{related}
</ul></div>
</div>
</div>
</div>
</div>
<div class="gcc-footer"><div class="container"><p>{FOOTER[0]}</p>
<p class="best-view">{FOOTER[1]}</p></div></div>
</div></div>
</form>
</body>
</html>
"""
    return page
