"""A Saudi municipality (أمانة الأحساء)'s media-centre news on DotNetNuke 9 (DNN Platform):
the whole page sits in `<form method="post" action="/ar/News/ArticleId/4821" id="Form">` with
the hidden `__VIEWSTATE` / `__VIEWSTATEGENERATOR` / `__EVENTVALIDATION` fields, the
`WebResource.axd` / `ScriptResource.axd` scripts, `dnncore.js` and, at the bottom, the
`ScrollTop` and `__dnnVariable` inputs. The skin's header (`header.site-header`) carries the
top bar (the accessibility bar "تكبير الخط" / "تصغير الخط" / "التباين", "خريطة الموقع",
"تواصل معنا", the language switch "English"), the logos of Vision 2030, the Ministry of
Municipalities and Housing and the municipality (alt texts only), and the mega menu
(`ul.mega-menu`, each top item with a `div.mega-dropdown` of sub-links). Then the breadcrumb
(`span#dnn_dnnBREADCRUMB_lblBreadCrumb`, schema.org BreadcrumbList spans, "الرئيسية > المركز
الإعلامي > الأخبار"), and the `dnn_ContentPane` with the article module
`div.DnnModule.DnnModule-DNN_News.DnnModule-512`: its container title "الأخبار"
(`span#dnn_ctr512_dnnTITLE_titleLabel.TitleHead`), the section label, the headline
(`h1.NewsTitle > span#dnn_ctr512_ViewNews_lblTitle.Head`), the date line in Hijri with the
Gregorian day ("الأحد 8 شعبان 1445هـ الموافق 18 فبراير 2024م", `span.NewsDate`; page 2 spaces
the هـ / م, page 3 adds the clock "01:05 م" in its own span), the view counter
("عدد المشاهدات: 1,204"), the print/share bar (طباعة / مشاركة / إكس / واتساب / البريد
الإلكتروني / نسخ الرابط), the photo with its caption where the story has one, then the story in
`div.Normal` as `<p>`s as the editors paste them from Word: `style="text-align: justify;"`,
trailing `&nbsp;`, `<p>&nbsp;</p>` spacers, the lead in `<strong>` on page 2 and wrapped in a
`<span style="font-size:16px;">` on page 3. Below it the tag row ("الكلمات الدلالية:"), the
"أخبار ذات صلة" module (`DnnModule-515`, each title with its dd/mm/yyyy date), the
"هل كانت هذه الصفحة مفيدة؟ نعم / لا" feedback box (with its hidden thank-you line), and the
footer: link columns, contact info (940, P.O. box, e-mail), the DGA registration line,
"آخر تحديث للصفحة: ..." (a later day than the story: chrome) and the copyright. Mecca
+03:00; the media centre signs nothing (author -). No JSON-LD: DNN's news module emits none."""

from __future__ import annotations

import base64
import zlib
from datetime import date, timedelta

from .base import MONTHS, Article, Page, e

NAME = "dnn_municipality"
HELD_OUT = True
SET = "unseen12"
FAMILY = "Saudi municipality news on DotNetNuke 9: Form/__VIEWSTATE, dnn_ctr512 DnnModule-DNN_News, Hijri+Gregorian date line, views, div.Normal <p>s, related, feedback, page-updated footer"
HOST = "https://www.alhasa-amana.example"
SITE = "أمانة الأحساء"
WEEKDAYS = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
# Umm al-Qura month starts for the days these pages show.
HIJRI = ((date(2024, 2, 11), "شعبان", 1445), (date(2024, 3, 11), "رمضان", 1445),
         (date(2024, 4, 10), "شوال", 1445), (date(2024, 6, 7), "ذو الحجة", 1445),
         (date(2024, 7, 7), "محرم", 1446), (date(2024, 9, 4), "ربيع الأول", 1446),
         (date(2024, 10, 4), "ربيع الآخر", 1446))
A11Y = ("تكبير الخط", "تصغير الخط", "التباين")
TOP_LINKS = ("خريطة الموقع", "تواصل معنا", "English")
LOGOS = ("رؤية المملكة 2030", "وزارة البلديات والإسكان", SITE)
MENU = (
    ("الرئيسية", ()),
    ("عن الأمانة", ("كلمة الأمين", "الرؤية والرسالة", "الهيكل التنظيمي", "البلديات التابعة")),
    ("الخدمات الإلكترونية", ("رخص البناء", "الرخص التجارية", "الشهادات الصحية", "بوابة بلدي")),
    ("المركز الإعلامي", ("الأخبار", "معرض الصور", "الفيديو", "الإصدارات")),
    ("البيانات المفتوحة", ()),
    ("المشاركة الإلكترونية", ("الاستبيانات", "الاستشارات", "المدونة")),
    ("اتصل بنا", ()),
)
CRUMBS = ("الرئيسية", "المركز الإعلامي", "الأخبار")
MODULE_TITLE = "الأخبار"
SHARE = ("طباعة", "مشاركة", "إكس", "واتساب", "البريد الإلكتروني", "نسخ الرابط")
VIEWS = ("1,204", "683", "2,917")
TAGS_LABEL = "الكلمات الدلالية:"
RELATED_TITLE = "أخبار ذات صلة"
FEEDBACK = ("هل كانت هذه الصفحة مفيدة؟", "نعم", "لا", "شكرا لك، تم استلام تقييمك")
FOOTER_COLS = (
    ("روابط مهمة", ("المنصة الوطنية الموحدة", "هيئة الحكومة الرقمية", "منصة اعتماد",
                    "بوابة بلدي")),
    ("الدعم والمساعدة", ("الأسئلة الشائعة", "سياسة الخصوصية", "شروط الاستخدام",
                         "اتفاقية مستوى الخدمة")),
)
CONTACT = ("الرقم الموحد: 940", "ص.ب 1440 الهفوف 31982", "info@alhasa-amana.example")
DGA = "موقع حكومي مسجل لدى هيئة الحكومة الرقمية برقم 20230815127"
COPYRIGHT = "جميع الحقوق محفوظة لأمانة الأحساء © 2024"
UPDATED_AFTER = (9, 3, 16)


def _hijri(day: date) -> str:
    start, month, year = max(h for h in HIJRI if h[0] <= day)
    return f"{(day - start).days + 1} {month} {year}"


def _dmy(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _state(*key: object, size: int = 1200) -> str:
    seed = "|".join(map(str, key)).encode("utf-8")
    raw = b"".join(zlib.crc32(seed + bytes([k % 256, k // 256])).to_bytes(4, "big")
                   for k in range(size // 4))
    return base64.b64encode(raw).decode("ascii")


def _date_line(day: date, n: int) -> str:
    week, hijri = WEEKDAYS[day.weekday()], _hijri(day)
    if n == 2:
        return f"{week} {hijri} هـ الموافق {_dmy(day)} م"
    return f"{week} {hijri}هـ الموافق {_dmy(day)}م"


def _body(article: Article, n: int) -> str:
    paras = (article.lead, *article.paragraphs)
    out = []
    for k, p in enumerate(paras):
        text = e(p)
        if k == 0 and n == 2:
            out.append(f'<p style="text-align: justify;"><strong>{text}</strong></p>')
        elif k == 0 and n == 3:
            out.append(f'<p dir="RTL" style="text-align: justify;"><span style="font-size:16px;">'
                       f'{text}</span>&nbsp;</p>')
        elif k % 2:
            out.append(f'<p style="text-align: justify;">{text}&nbsp;</p>')
        else:
            out.append(f"<p>{text}</p>")
        if n != 2 and k < len(paras) - 1 and k % 2 == 0:
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def _menu() -> str:
    items = []
    for k, (top, subs) in enumerate(MENU):
        href = f"{HOST}/ar/" if not k else f"{HOST}/ar/Page{k}"
        if not subs:
            items.append(f'<li class="mega-item"><a href="{href}">{top}</a></li>')
            continue
        links = "\n".join(f'<li><a href="{HOST}/ar/{k}/{j}">{s}</a></li>'
                          for j, s in enumerate(subs))
        items.append(f"""<li class="mega-item has-dropdown{" active" if top == CRUMBS[1] else ""}">
<a href="{href}" aria-haspopup="true">{top} <i class="fa fa-angle-down"></i></a>
<div class="mega-dropdown"><div class="container"><ul class="mega-col">
{links}
</ul></div></div>
</li>""")
    return "\n".join(items)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    day = moment.date()
    aid = article.slug
    path = f"/ar/News/ArticleId/{aid}"
    url = f"{HOST}{path}"
    shown = _date_line(day, n)
    clock = f"{moment.hour % 12 or 12:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"
    updated = day + timedelta(days=UPDATED_AFTER[n - 1])
    updated_line = f"آخر تحديث للصفحة: {updated:%d/%m/%Y}"
    views = f"عدد المشاهدات: {VIEWS[n - 1]}"
    has_photo = article.caption != "-"
    rel_days = [day - timedelta(days=d) for d in (6, 19, 41)]
    rel_dates = [f"{d:%d/%m/%Y}" for d in rel_days]
    page = Page(url=url, html="", shown_date=shown)
    page.add(*A11Y, *TOP_LINKS, SITE)  # the other logos' names are only alt texts
    for top, subs in MENU:
        page.add(top, *subs)
    page.add(*CRUMBS, MODULE_TITLE, article.section, shown, clock if n == 3 else "", views,
             *SHARE, article.caption if has_photo else "", TAGS_LABEL, *article.tags,
             RELATED_TITLE, *article.related, *rel_dates, *FEEDBACK)
    for head, links in FOOTER_COLS:
        page.add(head, *links)
    page.add("تواصل معنا", *CONTACT, DGA, updated_line, COPYRIGHT)

    crumbs = " &gt; ".join(
        f'<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'<a href="{HOST}/ar/{("", "MediaCenter", "MediaCenter/News")[k]}" '
        f'class="SkinObject" itemprop="item"><span itemprop="name">{c}</span></a>'
        f'<meta itemprop="position" content="{k + 1}" /></span>'
        for k, c in enumerate(CRUMBS))
    share = "\n".join(
        f'<li><a href="{h}" class="{c}" title="{t}"><i class="fa {i}"></i> <span>{t}</span></a></li>'
        for t, c, i, h in zip(SHARE, ("print", "share", "x", "whatsapp", "mail", "copy"),
                              ("fa-print", "fa-share-alt", "fa-twitter", "fa-whatsapp",
                               "fa-envelope", "fa-link"),
                              ("javascript:window.print();", "#", f"https://x.com/intent/tweet?url={url}",
                               f"https://wa.me/?text={url}", f"mailto:?subject=&amp;body={url}",
                               "javascript:copyLink();"), strict=True))
    photo = (f"""<div class="NewsImage">
<img id="dnn_ctr512_ViewNews_imgNews" src="/Portals/0/News/{moment:%Y/%m}/{aid}_main.jpg?ver=2024-{moment:%m-%d}-{moment:%H%M%S}" alt="{e(article.caption)}" class="img-responsive" />
<span id="dnn_ctr512_ViewNews_lblImageCaption" class="ImageCaption">{e(article.caption)}</span>
</div>""" if has_photo else "")
    clock_html = (f'\n<span class="NewsTime"><i class="fa fa-clock-o"></i> {clock}</span>'
                  if n == 3 else "")
    tags = " ".join(f'<a href="{HOST}/ar/MediaCenter/News/Tag/{e(t)}" class="NewsTag">{e(t)}</a>'
                    for t in article.tags)
    related = "\n".join(
        f'<li class="RelatedItem"><a href="{HOST}/ar/News/ArticleId/{int(aid) - 7 * (k + 1)}">'
        f'{e(r)}</a> <span class="RelatedDate">{d}</span></li>'
        for k, (r, d) in enumerate(zip(article.related, rel_dates, strict=True)))
    footer_cols = "\n".join(
        f'<div class="col-md-3 footer-col"><h4>{head}</h4><ul>'
        + "".join(f'<li><a href="{HOST}/ar/Footer{j}">{link}</a></li>'
                  for j, link in enumerate(links)) + "</ul></div>"
        for head, links in FOOTER_COLS)
    validation = "" if n == 2 else f"""
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_state(aid, "ev", size=120)}" />"""
    desc = e(article.lead[:150])
    page.html = f"""<!DOCTYPE html>
<html  lang="ar-SA" dir="rtl">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
\t{e(article.headline)} &gt; {SITE}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{desc}" /><meta id="MetaKeywords" name="KEYWORDS" content="{e(", ".join(article.tags))},أمانة الأحساء,الأحساء,بلدي" /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=214" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DNN_News/module.css?cdv=214" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/amana2030/css/bootstrap.rtl.min.css?cdv=214" type="text/css" rel="stylesheet"/><link href="/Portals/_default/skins/amana2030/skin.css?cdv=214" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=214" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=214" type="text/javascript"></script><script src="/Resources/libraries/jQuery-Migrate/03_02_00/jquery-migrate.js?cdv=214" type="text/javascript"></script><script src="/Resources/libraries/jQuery-UI/01_12_01/jquery-ui.min.js?cdv=214" type="text/javascript"></script><link rel='SHORTCUT ICON' href='/Portals/0/favicon.ico?ver=2023-11-02-101533-597' type='image/x-icon' /><meta property="og:title" content="{e(article.headline)}" /><meta property="og:url" content="{url}" /><meta property="og:type" content="article" />
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QH2MB4K1L"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7QH2MB4K1L');</script>
<meta name="viewport" content="width=device-width,initial-scale=1" /></head>
<body id="Body">

<form method="post" action="{path}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_state(aid, "vs", n)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDpkZl9mWdF0a3L{n}q5A2&amp;t=638286152964787378" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvnkhY2xzvHk1Uo0Fyz9MZ{n}e0w1&amp;t=ffffffff93d1c106" type="text/javascript"></script>
<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
\t<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />{validation}
</div><script src="/js/dnn.js?cdv=214" type="text/javascript"></script><script src="/js/dnn.modalpopup.js?cdv=214" type="text/javascript"></script><script src="/js/dnncore.js?cdv=214" type="text/javascript"></script><script src="/Portals/_default/skins/amana2030/js/skin.js?cdv=214" type="text/javascript"></script>

<!--CDF(Css|/Portals/_default/skins/amana2030/skin.css?cdv=214|DnnPageHeaderProvider|100)-->
<div id="siteWrapper" class="amana-skin">
<header class="site-header">
<div class="top-bar">
<div class="container">
<div class="accessibility-bar" role="toolbar" aria-label="أدوات الوصول">
<a href="javascript:void(0);" class="font-up" onclick="amana.fontSize(1);" title="{A11Y[0]}"><i class="fa fa-plus"></i> {A11Y[0]}</a>
<a href="javascript:void(0);" class="font-down" onclick="amana.fontSize(-1);" title="{A11Y[1]}"><i class="fa fa-minus"></i> {A11Y[1]}</a>
<a href="javascript:void(0);" class="contrast" onclick="amana.toggleContrast();" title="{A11Y[2]}"><i class="fa fa-adjust"></i> {A11Y[2]}</a>
</div>
<ul class="top-links">
<li><a href="{HOST}/ar/SiteMap">{TOP_LINKS[0]}</a></li>
<li><a href="{HOST}/ar/ContactUs">{TOP_LINKS[1]}</a></li>
<li class="language-switch"><div class="language-object" >
<span class="Language" title="English"><a href="{HOST}/en/News/ArticleId/{aid}" >{TOP_LINKS[2]}</a></span>
</div></li>
</ul>
</div>
</div>
<div class="logo-bar">
<div class="container">
<a id="dnn_dnnLOGO_hypLogo" title="{SITE}" aria-label="{SITE}" href="{HOST}/ar/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Images/amana-logo.png?ver=2023-11-02-101533-597" alt="{LOGOS[2]}" /></a>
<img src="/Portals/_default/skins/amana2030/images/momah-logo.svg" class="gov-logo" alt="{LOGOS[1]}" />
<img src="/Portals/_default/skins/amana2030/images/vision2030.svg" class="vision-logo" alt="{LOGOS[0]}" />
</div>
</div>
<nav class="main-nav" id="megaMenu">
<div class="container">
<ul class="mega-menu">
{_menu()}
</ul>
</div>
</nav>
</header>
<div class="breadcrumb-bar">
<div class="container">
<span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">{crumbs}</span></span>
</div>
</div>
<main class="main-content">
<div class="container">
<div class="row">
<div id="dnn_ContentPane" class="col-md-12 ContentPane"><div class="DnnModule DnnModule-DNN_News DnnModule-512"><a name="512"></a>
<div class="amana-container news-container">
<h2 class="container-title"><span id="dnn_ctr512_dnnTITLE_titleLabel" class="TitleHead">{MODULE_TITLE}</span></h2>
<div id="dnn_ctr512_ContentPane"><!-- Start_Module_512 --><div id="dnn_ctr512_ModuleContent" class="DNNModuleContent ModDNNNewsC">
<div id="dnn_ctr512_ViewNews_pnlArticle" class="NewsDetails">
<span id="dnn_ctr512_ViewNews_lblCategory" class="NewsCategory">{e(article.section)}</span>
<h1 class="NewsTitle"><span id="dnn_ctr512_ViewNews_lblTitle" class="Head">{e(article.headline)}</span></h1>
<div class="NewsMeta">
<span id="dnn_ctr512_ViewNews_lblDate" class="NewsDate"><i class="fa fa-calendar"></i> {shown}</span>{clock_html}
<span id="dnn_ctr512_ViewNews_lblViews" class="NewsViews"><i class="fa fa-eye"></i> {views}</span>
</div>
<ul class="NewsTools">
{share}
</ul>
{photo}
<div id="dnn_ctr512_ViewNews_divContent" class="Normal NewsContent">
{_body(article, n)}
</div>
<div class="NewsTags"><span class="TagsLabel">{TAGS_LABEL}</span> {tags}</div>
</div>
</div><!-- End_Module_512 --></div>
</div>
</div><div class="DnnModule DnnModule-DNN_News DnnModule-515"><a name="515"></a>
<div class="amana-container related-container">
<h2 class="container-title"><span id="dnn_ctr515_dnnTITLE_titleLabel" class="TitleHead">{RELATED_TITLE}</span></h2>
<div id="dnn_ctr515_ContentPane"><!-- Start_Module_515 --><div id="dnn_ctr515_ModuleContent" class="DNNModuleContent ModDNNNewsC">
<ul id="dnn_ctr515_RelatedNews_lstRelated" class="RelatedNews">
{related}
</ul>
</div><!-- End_Module_515 --></div>
</div>
</div></div>
</div>
</div>
</main>
<section class="page-feedback">
<div class="container">
<div class="feedback-box" id="pageFeedback">
<span class="feedback-question">{FEEDBACK[0]}</span>
<button type="button" class="btn btn-feedback yes" onclick="amana.feedback(1);">{FEEDBACK[1]}</button>
<button type="button" class="btn btn-feedback no" onclick="amana.feedback(0);">{FEEDBACK[2]}</button>
<div class="feedback-thanks" style="display:none;">{FEEDBACK[3]}</div>
</div>
</div>
</section>
<footer class="site-footer">
<div class="container">
<div class="row">
{footer_cols}
<div class="col-md-3 footer-col contact-col"><h4>تواصل معنا</h4>
<ul>
<li><i class="fa fa-phone"></i> {CONTACT[0]}</li>
<li><i class="fa fa-map-marker"></i> {CONTACT[1]}</li>
<li><i class="fa fa-envelope"></i> <a href="mailto:{CONTACT[2]}">{CONTACT[2]}</a></li>
</ul>
</div>
<div class="col-md-3 footer-col"><img src="/Portals/_default/skins/amana2030/images/dga-badge.png" alt="" />
<p class="dga-line">{DGA}</p></div>
</div>
<div class="footer-bottom">
<span class="last-update">{updated_line}</span>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">{COPYRIGHT}</span>
</div>
</div>
</footer>
</div>
<!--CDF(Javascript|/js/dnncore.js?cdv=214|DnnBodyProvider|100)-->

<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/ar/`,`sf_tabId`:`{(71, 71, 73)[n - 1]}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{_state(aid, "rvt", size=60)}" /><script src="/DesktopModules/DNN_News/js/news.js?cdv=214" type="text/javascript"></script>
</form>
<!--CDF(Javascript|/DesktopModules/DNN_News/js/news.js?cdv=214|DnnFormBottomProvider|100)-->

</body>
</html>
"""
    return page
