"""A Gulf semi-government authority ("هيئة المواصفات والمقاييس", UAE, +04:00) on Kentico 12
Portal Engine (ASP.NET Web Forms): news detail pages under /ar/media-center/news/<year>/.
Head: `<head id="head"><title>` with "headline - site" on its own tab-indented line, Kentico's
http-equiv metas ending in "/> ", CSS via `CMSPages/GetResource.ashx?stylesheetfile=`,
`?stylesheetname=`, `?_webparts=`, `?_transformations=`, og/twitter metas (og:image a
`/getmedia/<guid>/...` URL) and `article:published_time` in UTC (page 2's story went up at
00:20 local, so that meta names the day before the one the reader sees). `<body class="RTL
Chrome.. ARAE ContentBody">` holds `<form id="form">`: `aspNetHidden` inputs (`__CMSCsrfToken`,
`__VIEWSTATE`, `__VIEWSTATEGENERATOR`, `lng` ar-AE), `__doPostBack`, WebResource/ScriptResource
and `CMS.Application` ("isRTL": "true"). Chrome: top bar (English, accessibility, A+/A-,
sitemap, login), the search web part, `ul#menuElem.CMSListMenuUL` (`CMSListMenuLI`,
`CMSListMenuHighlightedLI`/`CMSListMenuLinkHighlighted`, a nested UL), `CMSBreadCrumbsLink`
crumbs ending in the headline as `CMSBreadCrumbsCurrentItem`, a sidebar sub-menu and quick
links. The news transformation: `h1.page-title`, `span.news-date` "الثلاثاء، 14 مايو 2024"
(local day), "بقلم: ..." on page 1 only, a teaser `/getmedia/<guid>/<name>.jpg?width=` image
(pages 1 and 3; page 3's with a caption), `div.news-summary` (the lead) and `div.news-text`
(CKEditor HTML: page 1 an inline getmedia image + caption paragraph, `<p>&nbsp;</p>` and an
`<h3>` subheading; page 2 a phrase linked to `/getattachment/<guid>/<file>.pdf` and bold words;
page 3 a YouTube iframe and bold words). Then page 1's "المرفقات" PDF box, the "شارك" bar with
"طباعة", Kentico content rating (`CntRatingContent`, `CntRatingResult` "التقييم الحالي: ..."),
"آخر تحديث: dd/mm/yyyy", "أخبار ذات صلة" (thumb, date, title), the cookie bar and a footer
(link columns, contacts, hours, visitor count, browser note, copyright): all chrome."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import UTC, timedelta

from .base import COOKIES, Article, Page, day_month_year, e, weekday

NAME = "kentico_gov_news"
HELD_OUT = True
SET = "unseen18"
FAMILY = "Kentico 12 Portal Engine government-authority news detail: __CMSCsrfToken/__VIEWSTATE form, CMSListMenu, CMSBreadCrumbs, getmedia/getattachment, content rating"
HOST = "https://hayat-almuwasafat.example"
SITE = "هيئة المواصفات والمقاييس"
SLUGS = {1: "ev-charging-stations-technical-regulation", 2: "counterfeit-phone-chargers-recall", 3: "national-metrology-lab-international-recognition"}
TEASER = {1: "ev-charging-regulation", 3: "metrology-lab-mass"}
TOPBAR = (("/en", "English"), ("/ar/accessibility", "إمكانية الوصول"), ("#", "A+"), ("#", "A-"),
          ("/ar/sitemap", "خريطة الموقع"), ("/ar/login", "تسجيل الدخول"))
MEDIA = (("الأخبار", "/ar/media-center/news"), ("الفعاليات", "/ar/media-center/events"), ("الإصدارات", "/ar/media-center/publications"), ("معرض الصور", "/ar/media-center/gallery"))
MENU = (("الرئيسية", "/ar", ()), ("عن الهيئة", "/ar/about", (("الرؤية والرسالة", "/ar/about/vision"), ("مجلس الإدارة", "/ar/about/board"))),
        ("الخدمات", "/ar/services", ()), ("المواصفات واللوائح", "/ar/standards", ()),
        ("المركز الإعلامي", "/ar/media-center", MEDIA), ("تواصل معنا", "/ar/contact", ()))
QUICK = ("روابط سريعة", ("التحقق من شهادة المطابقة", "البحث في المواصفات", "تقديم شكوى"))
SHARE, PRINT = "شارك", "طباعة"
SHARES = (("facebook", "فيسبوك", "https://www.facebook.com/sharer/sharer.php?u="),
          ("twitter", "إكس", "https://twitter.com/intent/tweet?url="),
          ("linkedin", "لينكدإن", "https://www.linkedin.com/shareArticle?mini=true&amp;url="),
          ("whatsapp", "واتساب", "https://api.whatsapp.com/send?text="))
RATING = ("قيّم هذا المحتوى", {1: ("4.3", 27), 2: ("3.9", 11), 3: ("4.6", 8)})
UPDATED = {1: timedelta(days=1, hours=2), 2: timedelta(hours=9), 3: timedelta(days=4)}
RELATED = "أخبار ذات صلة"
ATTACH = ("المرفقات", "اللائحة الفنية لمحطات شحن المركبات الكهربائية (PDF - 1.4 ميجابايت)")
BYLINE = {1: "بقلم: "}
BOLD = {1: (-1, "الأول من يناير 2025"), 2: (-1, "12 طرازا"), 3: (0, "اتفاقية الاعتراف المتبادل")}
LINKED = {2: (1, "قائمة الطرازات المسحوبة", "recalled-chargers-list-2024.pdf")}
SUBHEAD, INLINE_IMAGE, VIDEO = {1: 2}, {1: 1}, {3: 1}  # page -> paragraph index
FOOTER_COLS = (("عن الهيئة", ("من نحن", "الهيكل التنظيمي", "الوظائف")),
               ("روابط مهمة", ("سياسة الخصوصية", "الشروط والأحكام", "الأسئلة الشائعة")))
CONTACT = ("تواصل معنا", "الهاتف: 600565657", "البريد الإلكتروني: info@hayat-almuwasafat.example",
           "ص.ب: 2166، أبوظبي، الإمارات العربية المتحدة",
           "ساعات العمل: الاثنين - الخميس 7:30 ص - 3:30 م، الجمعة 7:30 ص - 12:00 م")
VISITORS = {1: "1,284,553", 2: "1,402,117", 3: "1,655,930"}
BROWSER = "يفضل تصفح الموقع باستخدام أحدث إصدارات المتصفحات وبدقة شاشة 1366×768"
COPYRIGHT = "© 2025 هيئة المواصفات والمقاييس. جميع الحقوق محفوظة"
COOKIE_OK, CHROME_VERSION = "موافق", {1: "124", 2: "128", 3: "132"}
LOCAL = timedelta(hours=4)
SP = " "  # Kentico ends its head tags with a space


def _guid(key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{HOST}/{key}"))


def _token(key: str, size: int) -> str:
    raw = b"".join(hashlib.sha256(f"{key}{k}".encode()).digest() for k in range(size // 32 + 1))
    return base64.b64encode(raw[:size]).decode()


def _menu(items, indent: str, ul_id: str = "") -> str:
    """Kentico's CMSListMenu: tab-indented, the path's items highlighted."""
    attr = f' id="{ul_id}"' if ul_id else ""
    rows = [f'{indent}<ul{attr} class="CMSListMenuUL">']
    for label, path, *kids in items:
        on = path in ("/ar/media-center", "/ar/media-center/news")
        li, a = (("CMSListMenuHighlightedLI", "CMSListMenuLinkHighlighted") if on
                 else ("CMSListMenuLI", "CMSListMenuLink"))
        rows.append(f'{indent}\t<li class="{li}">')
        rows.append(f'{indent}\t\t<a class="{a}" href="{path}">{e(label)}</a>')
        if kids and kids[0]:
            rows.append(_menu([(k, p) for k, p in kids[0]], indent + "\t\t"))
        rows.append(f"{indent}\t</li>")
    rows.append(f"{indent}</ul>")
    return "\n".join(rows)


def _para(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words, name = e(LINKED[n][1]), LINKED[n][2]
        html = html.replace(words, f'<a href="/getattachment/{_guid(name)}/{name}" '
                                   f'target="_blank">{words}</a>', 1)
    if SUBHEAD.get(n) == k:
        return f"<h3>{html}</h3>"
    return f"<p>{html}</p>"


def _text(article: Article, n: int) -> str:
    parts = []
    for k, text in enumerate(article.paragraphs):
        parts.append(_para(article, n, k, text))
        if INLINE_IMAGE.get(n) == k:
            src = f"/getmedia/{_guid(article.slug + 'inline')}/charging-lab-test.jpg"
            parts.append(f'<p style="text-align: center;"><img alt="" src="{src}?width=800&amp;'
                         f'height=450" style="width: 800px; height: 450px;" /></p>\r\n'
                         f'<p class="caption"><em>{e(article.caption)}</em></p>\r\n'
                         "<p>&nbsp;</p>")
        if VIDEO.get(n) == k:
            parts.append('<p><iframe allowfullscreen="" frameborder="0" height="360" '
                         'src="https://www.youtube.com/embed/Xq3mT7bL0aE" width="640">'
                         "</iframe></p>")
    return "\r\n".join(parts)


def _teaser(article: Article, n: int) -> str:
    if n not in TEASER:
        return ""
    src = f"/getmedia/{_guid(article.slug)}/{TEASER[n]}.jpg?width=870&amp;height=490"
    caption = (f'\n            <span class="news-image-caption">{e(article.caption)}</span>'
               if n == 3 else "")
    return f"""
        <div class="news-image">
            <img src="{src}" alt="{e(article.headline)}" class="img-responsive" />{caption}
        </div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = moment.astimezone(UTC) + LOCAL
    path = f"/ar/media-center/news/{local:%Y}/{SLUGS[n]}"
    url = HOST + path
    shown = f"{weekday(local)}، {day_month_year(local)}"
    page = Page(url=url, html="", shown_date=shown)
    page.add(*(label for _, label in TOPBAR))
    for label, _, kids in MENU:
        page.add(label, *(k for k, _ in kids))
    page.add(shown)
    byline, attach = "", ""
    if n in BYLINE and article.author:
        byline = (f'\n            <span class="news-author"><i class="fa fa-user"></i> '
                  f"{BYLINE[n]}{e(article.author)}</span>")
        page.add(BYLINE[n] + article.author)
    if n in (1, 3):
        page.add(article.caption)
    if n == 1:
        pdf = "ev-charging-stations-regulation-ar.pdf"
        attach = f"""
        <div class="news-attachments">
            <h4>{ATTACH[0]}</h4>
            <ul><li><a href="/getattachment/{_guid(pdf)}/{pdf}" target="_blank"><i class="fa fa-file-pdf-o"></i> {e(ATTACH[1])}</a></li></ul>
        </div>"""
        page.add(*ATTACH)
    score, votes = RATING[1][n]
    result = f"التقييم الحالي: {score} من 5 ({votes} صوتا)"
    updated = f"آخر تحديث: {local + UPDATED[n]:%d/%m/%Y}"
    page.add(SHARE, PRINT, RATING[0], result, updated, RELATED)
    related = []
    for k, title in enumerate(article.related):
        when = local - timedelta(days=3 + 9 * k)
        thumb = f"/getmedia/{_guid(title)}/news-{k + 1}.jpg?width=270&amp;height=170"
        link = f"/ar/media-center/news/{when:%Y}/related-{int(article.slug) - 17 * (k + 1)}"
        related.append(f"""            <div class="col-md-4 col-sm-6"><div class="related-item">
                <a href="{link}"><img src="{thumb}" alt="{e(title)}" /></a>
                <span class="related-date">{day_month_year(when)}</span>
                <h4><a href="{link}">{e(title)}</a></h4>
            </div></div>""")
        page.add(day_month_year(when), title)
    page.add("المركز الإعلامي", QUICK[0], *QUICK[1])
    page.add(*(x for head, links in FOOTER_COLS for x in (head, *links)), *CONTACT,
             f"عدد الزوار: {VISITORS[n]}", BROWSER, COPYRIGHT, COOKIES[0], COOKIE_OK)
    desc = article.lead[:157].rsplit(" ", 1)[0] + "..."
    image = f"{HOST}/getmedia/{_guid(article.slug)}/{TEASER.get(n)}.jpg"
    og_image = (f'<meta property="og:image" content="{image}" />\n'
                f'<meta name="twitter:image" content="{image}" />\n' if n in TEASER else "")
    topbar = "\n".join(f'                <li><a href="{href}">{label}</a></li>'
                       for href, label in TOPBAR)
    sub = _menu(MEDIA, "\t\t\t", "p_lt_ctl05_pageplaceholder_p_lt_ctl00_SubNavigation_menuElem")
    quick = "".join(f'                    <li><a href="/ar/services/{k}">{e(q)}</a></li>\n'
                    for k, q in enumerate(QUICK[1], 1))
    cols = "\n".join(f"""            <div class="col-md-3 col-sm-6 footer-col">
                <h4>{head}</h4>
                <ul>
{chr(10).join(f'                    <li><a href="/ar/page-{k}">{x}</a></li>' for k, x in enumerate(links, 1))}
                </ul>
            </div>""" for head, links in FOOTER_COLS)
    contact = "\n".join(f"                    <li>{e(c)}</li>" for c in CONTACT[1:])
    share_u = f"{url}".replace(":", "%3a").replace("/", "%2f")
    shares = "\n".join(f'    <a href="{href}{share_u}" target="_blank" class="{cls}" title="{title}">'
                        f'<i class="fa fa-{cls}"></i></a>' for cls, title, href in SHARES)
    rid = "p_lt_ctl05_pageplaceholder_p_lt_ctl03_ContentRating_elemRating"
    stars = "".join(f'<span id="{rid}_RatingControl_elemRating_Star_{s}" class="ratingStar '
                    f'{"filledRatingStar" if s <= round(float(score)) else "emptyRatingStar"}" '
                    'style="float:right;">&nbsp;</span>' for s in range(1, 6))
    lead = _para(article, n, -1, article.lead)
    page.html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" >
<head id="head"><title>
	{e(article.headline)} - {SITE}
</title><meta name="description" content="{e(desc)}" />{SP}
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />{SP}
<meta http-equiv="pragma" content="no-cache" />{SP}
<meta http-equiv="content-style-type" content="text/css" />{SP}
<meta http-equiv="content-script-type" content="text/javascript" />{SP}
<meta name="keywords" content="{e(", ".join(article.tags))}" />{SP}
<link href="/CMSPages/GetResource.ashx?stylesheetfile=/App_Themes/Hayat/css/bootstrap-rtl.min.css" type="text/css" rel="stylesheet"/>
<link href="/CMSPages/GetResource.ashx?stylesheetname=Hayat_AR" type="text/css" rel="stylesheet"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:locale" content="ar_AE" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(desc)}" />
<meta property="og:url" content="{url}" />
{og_image}<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:site" content="@HayatMuwasafat" />
<meta property="article:published_time" content="{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}" />
<link href="/CMSPages/GetResource.ashx?_webparts=677" type="text/css" rel="stylesheet"/>
<link href="/CMSPages/GetResource.ashx?_transformations=2371" type="text/css" rel="stylesheet"/>
<link href="/favicon.ico" type="image/x-icon" rel="shortcut icon"/>{SP}
<link href="/favicon.ico" type="image/x-icon" rel="icon"/>{SP}
<link href="{url}" rel="canonical" />
<link href="{HOST}/en/media-center/news/{local:%Y}/{SLUGS[n]}" rel="alternate" hreflang="en-US" /></head>
<body class="RTL Chrome Chrome{CHROME_VERSION[n]} ARAE ContentBody" >
    <form method="post" action="{path}" id="form">
<div class="aspNetHidden">
<input type="hidden" name="manScript_HiddenField" id="manScript_HiddenField" value="" />
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{_token(path + 'csrf', 80)}" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_token(path + 'vs', 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
if (!theForm) {{ theForm = document.form; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZB9cTx3qDpdxK1WJYYnX2hQ8m8s0pQMKpYhVfLX7pWtVbGF0Lg2&amp;t=638286151360000000" type="text/javascript"></script>
<input type="hidden" name="lng" id="lng" value="ar-AE" />
<script src="/CMSPages/GetResource.ashx?scriptfile=%7e%2fCMSScripts%2fjquery%2fjquery-core.js" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvkb5XRUo4HqNvTTlY9BrxhMv1RJRo9Nx1ZkqTLk4o_mEHJx&amp;t=ffffffffe6d5a9ac" type="text/javascript"></script>
<script type="text/javascript">
	//<![CDATA[
var CMS = CMS || {{}};
CMS.Application = {{
  "isRTL": "true",
  "isDebuggingEnabled": false,
  "applicationUrl": "/",
  "imagesUrl": "/CMSPages/GetResource.ashx?image=%5bImages.zip%5d%2f",
  "isDialog": false
}};
//]]>
</script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="A5343185" />
	<input type="hidden" name="__SCROLLPOSITIONX" id="__SCROLLPOSITIONX" value="0" />
	<input type="hidden" name="__SCROLLPOSITIONY" id="__SCROLLPOSITIONY" value="0" />
</div>
    <script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('manScript', 'form', ['tp$lt$ctl05$pageplaceholder$p$lt$ctl03$ContentRating$elemRating$pnlUpdate',''], [], [], 90, '');
//]]>
</script>
    <div id="ctxM"></div>
<header class="site-header">
    <div class="top-bar">
        <div class="container">
            <ul class="top-links">
{topbar}
            </ul>
        </div>
    </div>
    <div class="container header-main">
        <a href="/ar" class="logo"><img id="p_lt_ctl01_Logo_ucEditableImage_imgImage" src="/getmedia/{_guid('logo')}/logo-ar.png" alt="{SITE}" /></a>
        <div id="p_lt_ctl02_SearchBox_pnlSearch" class="searchBox" onkeypress="javascript:return WebForm_FireDefaultButton(event, &#39;p_lt_ctl02_SearchBox_btnSearch&#39;)">
    <input name="p$lt$ctl02$SearchBox$txtWord" type="text" maxlength="1000" id="p_lt_ctl02_SearchBox_txtWord" class="form-control" placeholder="ابحث في الموقع" />
    <input type="submit" name="p$lt$ctl02$SearchBox$btnSearch" value="بحث" id="p_lt_ctl02_SearchBox_btnSearch" class="btn btn-default" />
</div>
    </div>
    <nav id="mainNavigation" class="main-nav" role="navigation">
        <div class="container">
	{_menu(MENU, chr(9), "menuElem")}
        </div>
    </nav>
</header>
<div class="breadcrumb-wrap">
    <div class="container">
        <a href="/ar" class="CMSBreadCrumbsLink">الرئيسية</a> &gt; <a href="/ar/media-center" class="CMSBreadCrumbsLink">المركز الإعلامي</a> &gt; <a href="/ar/media-center/news" class="CMSBreadCrumbsLink">الأخبار</a> &gt; <span  class="CMSBreadCrumbsCurrentItem">{e(article.headline)}</span>
    </div>
</div>
<div class="container main-content">
    <div class="row">
        <div class="col-md-9 col-md-push-3">
<div class="news-detail">
        <h1 class="page-title">{e(article.headline)}</h1>
        <div class="news-info">
            <span class="news-date"><i class="fa fa-calendar"></i> {shown}</span>{byline}
        </div>{_teaser(article, n)}
        <div class="news-summary">
            {lead}
        </div>
        <div class="news-text">
            {_text(article, n)}
        </div>{attach}
</div>
<div class="share-box">
    <span class="share-title">{SHARE}</span>
{shares}
    <a href="javascript:window.print();" class="print"><i class="fa fa-print"></i> {PRINT}</a>
</div>
<div class="page-rating clearfix">
    <span class="rating-title">{RATING[0]}</span>
    <div id="{rid}_pnlUpdate">
	<div id="{rid}_pnlRating" class="CntRatingContent">
		<div id="{rid}_RatingControl_elemRating">
			<input type="hidden" name="p$lt$ctl05$pageplaceholder$p$lt$ctl03$ContentRating$elemRating$RatingControl$elemRating_RatingExtender_ClientState" id="{rid}_RatingControl_elemRating_RatingExtender_ClientState" value="{round(float(score))}" /><a href="javascript:void(0)" id="{rid}_RatingControl_elemRating_A" title="{round(float(score))}" style="text-decoration:none">{stars}</a>
		</div>
	</div><div id="{rid}_pnlResult" class="CntRatingResult">
		<span id="{rid}_lblResult">{result}</span>
	</div>
</div>
</div>
<div class="last-update">{updated}</div>
<div class="related-news">
    <h2 class="section-title">{RELATED}</h2>
        <div class="row">
{chr(10).join(related)}
        </div>
</div>
        </div>
        <div class="col-md-3 col-md-pull-9 sidebar">
            <div class="side-box">
                <h3 class="side-title">المركز الإعلامي</h3>
{sub}
            </div>
            <div class="side-box quick-links">
                <h3 class="side-title">{QUICK[0]}</h3>
                <ul>
{quick}</ul>
            </div>
        </div>
    </div>
</div>
<footer class="site-footer">
    <div class="container">
        <div class="row">
{cols}
            <div class="col-md-6 footer-col footer-contact">
                <h4>{CONTACT[0]}</h4>
                <ul>
{contact}
                </ul>
            </div>
        </div>
        <div class="footer-bottom">
            <span class="visitors">عدد الزوار: {VISITORS[n]}</span>
            <p class="browser-note">{BROWSER}</p>
            <p class="copyright">{COPYRIGHT}</p>
        </div>
    </div>
</footer>
<div id="p_lt_ctl09_CookieLawAndTracking_pnlCookieLaw" class="cookie-bar"><span class="cookie-text">{COOKIES[0]}</span> <button type="button" class="btn cookie-ok">{COOKIE_OK}</button></div>
<script src="/App_Themes/Hayat/js/bootstrap.min.js" type="text/javascript"></script><script src="/App_Themes/Hayat/js/main.js?v=3.2" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
theForm.oldSubmit = theForm.submit;
theForm.submit = WebForm_SaveScrollPositionSubmit;
theForm.oldOnSubmit = theForm.onsubmit;
theForm.onsubmit = WebForm_SaveScrollPositionOnSubmit;
//]]>
</script>
</form>
</body>
</html>
"""
    return page
