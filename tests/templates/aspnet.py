"""An Egyptian portal on ASP.NET WebForms: one `aspnetForm` around the page with
`__VIEWSTATE`, `__EVENTVALIDATION` and `__doPostBack` links, nested layout tables with the
most-read column first (right-hand in RTL), `ctl00_ContentPlaceHolder1_...` label ids,
the text as one div of `<br /><br />`-separated paragraphs, a "كتب - <name>" byline, the date
in Arabic-Indic digits ("الخميس، ٣٠ مايو ٢٠٢٤ - ٠٣:١٥ م") and no machine-readable date, a
breaking-news marquee, visit counter, print/send links, keywords, a related-news GridView
and a Facebook comments box."""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta

from .base import MONTHS, Article, Page, e, indic, rotate, weekday

NAME = "aspnet"
HELD_OUT = True
SET = "fresh"
FAMILY = "Egyptian ASP.NET WebForms: __VIEWSTATE, ctl00 ids, tables, <br> text, ٣٠ مايو ٢٠٢٤"
HOST = "http://www.nile-gate.example"
SITE = "بوابة النيل الإخبارية"
MOST_READ = (
    "سعر الدولار اليوم في البنوك المصرية",
    "الأرصاد: طقس شديد الحرارة على القاهرة الكبرى",
    "موعد صرف معاشات الشهر المقبل بالزيادة الجديدة",
    "تنسيق الجامعات: الحدود الدنيا المتوقعة لكليات القمة",
    "الأهلي يعلن قائمة الفريق لمواجهة الزمالك",
    "أسعار الذهب تتراجع في محلات الصاغة",
    "المرور: تحويلات مرورية بمحور صلاح سالم لمدة شهر",
    "ضبط شبكة للاتجار في العملة بالإسكندرية",
)
BREAKING = (
    "عاجل: رئيس الوزراء يترأس اجتماع مجلس المحافظين غدا",
    "عاجل: البنك المركزي يعلن قراره بشأن أسعار الفائدة",
    "عاجل: السكة الحديد تعلن تشغيل قطارات إضافية",
)
FOOTER = f"جميع الحقوق محفوظة © {indic('2024')} {SITE}"


def shown_date(moment) -> str:
    half = "م" if moment.hour >= 12 else "ص"
    clock = indic(f"{moment.hour % 12 or 12:02d}:{moment:%M}")
    return (f"{weekday(moment)}، {indic(str(moment.day))} {MONTHS[moment.month - 1]} "
            f"{indic(str(moment.year))} - {clock} {half}")


def _blob(seed: str, size: int) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}{k}".encode()).digest() for k in range(size // 43 + 1))
    return base64.b64encode(raw).decode()[:size]


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(hours=10)
    shown = shown_date(moment)
    page = Page(url=f"{HOST}/News/NewsDetails.aspx?NewsID={article.slug}", html="",
                shown_date=shown)
    most = rotate(MOST_READ, n * 2, 6)
    breaking = rotate(BREAKING, n, 2)
    byline = f"كتب - {article.author}" if article.author else "أ ش أ"
    visits = f"عدد المشاهدات: {indic(str(3120 + 781 * n))}"
    top = f"{weekday(today)}، {indic(str(today.day))} {MONTHS[today.month - 1]} {indic(str(today.year))}"
    page.add(top, *breaking, "الرئيسية أخبار مصر اقتصاد سياحة تعليم رياضة فن ومنوعات",
             "الأكثر قراءة", *most, article.section, byline, shown, article.caption, visits,
             "طباعة", "أرسل لصديق", "تكبير الخط", "تصغير الخط", "الكلمات الدالة:", "أخبار متعلقة",
             *article.related, "تعليقات فيسبوك", "إعلان", FOOTER, "سياسة الخصوصية",
             "اتصل بنا")
    body = "<br /><br />".join(e(p) for p in (article.lead, *article.paragraphs))
    prefix = "ctl00_ContentPlaceHolder1"
    side = "\n".join(
        f'<tr><td class="MostReadItem"><span class="MostReadNum">{indic(str(k + 1))}</span> <a id="{prefix}_ucMostRead_rptMostRead_ctl{k:02d}_hlTitle" href="NewsDetails.aspx?NewsID={4800000 + n * 311 + k}">{e(t)}</a></td></tr>'
        for k, t in enumerate(most))
    marquee = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(e(b) for b in breaking)
    tags = " - ".join(
        f'<a id="{prefix}_rptTags_ctl{k:02d}_hlTag" href="../Search.aspx?tag={e(t)}">{e(t)}</a>'
        for k, t in enumerate(article.tags))
    related = "\n".join(
        f'<tr class="{"GridRow" if k % 2 == 0 else "GridAltRow"}"><td><a id="{prefix}_gvRelated_ctl{k + 2:02d}_hlRelated" href="NewsDetails.aspx?NewsID={int(article.slug) - 97 * (k + 1)}">{e(t)}</a></td></tr>'
        for k, t in enumerate(article.related))
    menu = "".join(f'<td class="MenuItem"><a href="{href}">{label}</a></td>\n' for label, href in (
        ("الرئيسية", "../Default.aspx"), ("أخبار مصر", "../Section.aspx?ID=1"),
        ("اقتصاد", "../Section.aspx?ID=2"), ("سياحة", "../Section.aspx?ID=7"),
        ("تعليم", "../Section.aspx?ID=9"), ("رياضة", "../Section.aspx?ID=3"),
        ("فن ومنوعات", "../Section.aspx?ID=4")))
    page.html = f"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1"><title>
	{SITE} | {e(article.headline)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="../App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /><meta name="description" content="{e(article.lead[:200])}" /><meta name="keywords" content="{e(",".join(article.tags))}" /><meta property="og:title" content="{e(article.headline)}" /><meta property="og:image" content="{HOST}/Upload/News/{moment.year}/{moment.month}/{moment.day}/{article.slug}.jpg" /><meta property="og:url" content="{page.url}" /></head>
<body>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ar_AR/sdk.js#xfbml=1&amp;version=v18.0"></script>
<form name="aspnetForm" method="post" action="NewsDetails.aspx?NewsID={article.slug}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBD2QWAgIBDxYCHgRUZXh0B{_blob(article.slug, 1800)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
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

<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp7M8BL__qlDclA2&amp;t=638285898364830127" type="text/javascript"></script>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAKk{_blob(article.slug + "ev", 120)}" />
</div>
<table id="tblMain" width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td class="Header">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="300"><a href="../Default.aspx"><img src="../Images/logo.gif" alt="{SITE}" border="0" /></a></td>
<td align="left" valign="bottom"><span id="ctl00_lblToday" class="TodayDate">{top}</span></td>
</tr></table>
</td></tr>
<tr><td class="Menu"><table cellpadding="0" cellspacing="0"><tr>
{menu}</tr></table></td></tr>
<tr><td class="Breaking"><marquee direction="right" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{marquee}</marquee></td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="6" border="0"><tr>
<td width="250" valign="top" class="SideCol">
<table width="100%" cellpadding="3" cellspacing="0" class="BoxTable">
<tr><td class="BoxTitle">الأكثر قراءة</td></tr>
{side}
</table>
</td>
<td valign="top" class="MainCol">
<table width="100%" cellpadding="4" cellspacing="0">
<tr><td><a id="{prefix}_hlSection" class="SectionTitle" href="../Section.aspx?ID={n + 1}">{e(article.section)}</a></td></tr>
<tr><td><h1 class="NewsTitleH"><span id="{prefix}_lblTitle" class="NewsTitle">{e(article.headline)}</span></h1></td></tr>
<tr><td><span id="{prefix}_lblAuthor" class="NewsAuthor">{e(byline)}</span></td></tr>
<tr><td><span id="{prefix}_lblDate" class="NewsDate">{shown}</span></td></tr>
<tr><td class="Tools"><a id="{prefix}_lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkPrint','')">طباعة</a> | <a id="{prefix}_lnkSend" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkSend','')">أرسل لصديق</a> | <a href="javascript:void(0)" onclick="ChangeFont(1)">تكبير الخط</a> | <a href="javascript:void(0)" onclick="ChangeFont(-1)">تصغير الخط</a></td></tr>
<tr><td align="center"><img id="{prefix}_imgNews" src="../Upload/News/{moment.year}/{moment.month}/{moment.day}/{article.slug}.jpg" style="border-width:0px;width:600px;" /><br />
<span id="{prefix}_lblImgCaption" class="ImgCaption">{e(article.caption)}</span></td></tr>
<tr><td><div id="{prefix}_divNewsBody" class="NewsBody">{body}</div></td></tr>
<tr><td><span id="{prefix}_lblVisits" class="Visits">{visits}</span></td></tr>
<tr><td class="Tags"><span class="TagsTitle">الكلمات الدالة:</span> {tags}</td></tr>
<tr><td>
<div class="BoxTitle">أخبار متعلقة</div>
<div>
	<table class="GridRelated" cellspacing="0" border="0" id="{prefix}_gvRelated" style="width:100%;border-collapse:collapse;">
		{related}
	</table>
</div>
</td></tr>
<tr><td><div class="BoxTitle">تعليقات فيسبوك</div><div class="fb-comments" data-href="{page.url}" data-width="650" data-numposts="5"></div></td></tr>
</table>
</td>
<td width="160" valign="top" class="AdCol"><span class="AdLabel">إعلان</span><br /><a id="ctl00_ucAds_hlAd1" href="../Ads/Click.aspx?ID={n}" target="_blank"><img src="../Upload/Ads/160x600.gif" width="160" height="600" border="0" /></a></td>
</tr></table>
</td></tr>
<tr><td class="Footer" align="center">{FOOTER} &nbsp;|&nbsp; <a href="../Privacy.aspx">سياسة الخصوصية</a> &nbsp;|&nbsp; <a href="../Contact.aspx">اتصل بنا</a></td></tr>
</table>
</form>
</body>
</html>
"""
    return page
