"""The Kuwait News Agency (KUNA)'s legacy Arabic site, ASP.NET Web Forms with a table
layout: `<form name="aspnetForm" id="aspnetForm">` wrapping the whole page, its hidden
`__VIEWSTATE` / `__VIEWSTATEGENERATOR` / `__EVENTVALIDATION` fields and the
`WebResource.axd` / `ScriptResource.axd` scripts, then the header table (the logo, today's
date, the language links "English" / "Français" / "Español" / "中文", which are not the
story's), the main menu as a table row of links, and the content table whose cells carry
`ctl00_ContentPlaceHolder1_...` ids: the section name, the headline
(`span#ctl00_ContentPlaceHolder1_lblTitle`), the timestamp line day first with a 12-hour
clock and ص / م ("14/05/2024 10:25:12 ص", `span#ctl00_ContentPlaceHolder1_lblDate`), the
tool row (طباعة / إرسال لصديق / تكبير الخط / تصغير الخط), the photo with its caption where
the story has one, then the story in ONE cell (`span#ctl00_ContentPlaceHolder1_lblBody`):
paragraphs as text separated by `<br><br>`, the first opening with the agency dateline
("الكويت - 14 - 5 (كونا) -- ", part of the text), closed by "(النهاية)" and, after a `<br>`,
the editors' initials ("م ع ن / ا ب"), both chrome. Below: "أخبار ذات صلة" (a
`ctl00_ContentPlaceHolder1_dlRelated` DataList table of links, each with its day-first date),
the "الأكثر قراءة" box, and the agency footer. Kuwait is at +03:00. Agency copy: no writer."""

from __future__ import annotations

import base64
import zlib
from datetime import timedelta

from .base import MONTHS, Article, Page, e, weekday

NAME = "kuna_agency_aspx"
HELD_OUT = True
SET = "unseen10"
FAMILY = "KUNA legacy ASP.NET (WebForms) pages: __VIEWSTATE, ctl00_ContentPlaceHolder1 ids, <br><br> body in one cell, (كونا) dateline, (النهاية) + initials"
HOST = "https://www.kuna-agency.example"
SITE = "وكالة الأنباء الكويتية (كونا)"
LANGS = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("zh", "中文"))
MENU = ("الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "صحة وعلوم",
        "منوعات", "ملفات خاصة", "صور", "فيديو")
TOOLS = ("طباعة", "إرسال لصديق", "تكبير الخط", "تصغير الخط")
END = "(النهاية)"
INITIALS = ("م ع ن / ا ب", "ع ه ب / س ر", "خ ن ع / ط م")
RELATED_TITLE = "أخبار ذات صلة"
MOST_TITLE = "الأكثر قراءة"
MOST_READ = (
    "سمو ولي العهد يستقبل رئيس مجلس الوزراء",
    "الأرصاد: طقس حار نهارا ورياح نشطة مثيرة للغبار",
    "وزارة الداخلية: ضبط 47 مخالفا لقانون الإقامة في حملة أمنية",
    "الكويت ترحب بقرار مجلس الأمن بشأن وقف إطلاق النار",
    "جامعة الكويت تعلن مواعيد التسجيل للفصل الدراسي المقبل",
    "مؤسسة البترول توقع عقدا لتطوير مصفاة الزور",
    "المنتخب الوطني لكرة القدم يبدأ معسكره الخارجي استعدادا للتصفيات",
)
FOOTER_LINKS = ("عن كونا", "اتصل بنا", "خدمات كونا", "الأرشيف", "خريطة الموقع", "RSS")
FOOTER = "جميع الحقوق محفوظة © وكالة الأنباء الكويتية (كونا) 2024"


def _clock(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment:%d/%m/%Y} {hour:02d}:{moment:%M:%S} {'ص' if moment.hour < 12 else 'م'}"


def _state(*key: object, size: int = 900) -> str:
    seed = "|".join(map(str, key)).encode("utf-8")
    raw = b"".join(zlib.crc32(seed + bytes([k % 256, k // 256])).to_bytes(4, "big")
                   for k in range(size // 4))
    return "/wE" + base64.b64encode(raw).decode("ascii")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    aid = article.slug
    url = f"{HOST}/ArticleDetails.aspx?id={aid}&language=ar"
    shown = _clock(moment)
    today = moment + timedelta(days=1)
    top_date = f"{weekday(today)} {today.day} {MONTHS[today.month - 1]} {today.year}"
    has_photo = article.caption != "-"
    related_days = [moment - timedelta(days=d, hours=h) for d, h in ((1, 3), (4, 7), (9, 2))]
    related_dates = [f"{d:%d/%m/%Y}" for d in related_days]
    most = [MOST_READ[(n + k) % len(MOST_READ)] for k in range(5)]
    page = Page(url=url, html="", shown_date=shown)
    page.add(top_date, *(name for _, name in LANGS), *MENU, article.section, shown, *TOOLS,
             article.caption if has_photo else "", END, INITIALS[n - 1], RELATED_TITLE,
             *article.related, *related_dates, MOST_TITLE, *most, *FOOTER_LINKS, FOOTER)
    body = "<br><br>".join(e(p) for p in (article.lead, *article.paragraphs))
    # KUNA's editors type the end mark after one more break; page 2 has a space before <br>
    body += f"<br><br>{END}{' ' if n == 2 else ''}<br>{INITIALS[n - 1]}"
    langs = " | ".join(
        f'<a id="ctl00_lnk{code.upper()}" class="LangLink" href="{HOST}/ArticleDetails.aspx?id={aid}&amp;language={code}">{name}</a>'
        for code, name in LANGS)
    menu = "\n".join(
        f'<td class="MenuItem{" MenuItemSel" if m == article.section else ""}"><a id="ctl00_TopMenu_rptMenu_ctl{k:02d}_lnkMenu" href="{HOST}/{"Default.aspx" if not k else f"NewsList.aspx?CategoryId={k}&amp;language=ar"}">{m}</a></td>'
        for k, m in enumerate(MENU))
    tools = "\n".join(
        f'<td><a id="ctl00_ContentPlaceHolder1_lnk{i}" href="{h}" class="ToolLink"><img src="{HOST}/images/icons/{i.lower()}.gif" alt="" border="0" align="absmiddle" />&nbsp;{t}</a></td>'
        for i, h, t in zip(("Print", "Email", "FontUp", "FontDown"),
                           (f"javascript:window.open('PrintArticle.aspx?id={aid}&amp;language=ar','print')",
                            "javascript:__doPostBack('ctl00$ContentPlaceHolder1$lnkEmail','')",
                            "javascript:ChangeFontSize(1);", "javascript:ChangeFontSize(-1);"),
                           TOOLS, strict=True))
    photo = (f"""<tr>
<td align="center" class="ArticleImage">
<img id="ctl00_ContentPlaceHolder1_imgArticle" src="{HOST}/NewsPictures/{moment:%Y/%m/%d}/{int(aid) - 2}.jpg" alt="{e(article.caption)}" style="border-width:0px;width:{(400, 0, 480)[n - 1]}px;" /><br />
<span id="ctl00_ContentPlaceHolder1_lblImageCaption" class="ImageCaption">{e(article.caption)}</span>
</td>
</tr>""" if has_photo else "")
    related = "\n".join(
        f'<tr><td><img src="{HOST}/images/bullet.gif" alt="" />&nbsp;<a id="ctl00_ContentPlaceHolder1_dlRelated_ctl{k:02d}_lnkRelated" class="RelatedLink" href="{HOST}/ArticleDetails.aspx?id={int(aid) - 311 * (k + 1)}&amp;language=ar">{e(r)}</a>'
        f'&nbsp;<span id="ctl00_ContentPlaceHolder1_dlRelated_ctl{k:02d}_lblRelatedDate" class="RelatedDate">{d}</span></td></tr>'
        for k, (r, d) in enumerate(zip(article.related, related_dates, strict=True)))
    most_html = "\n".join(
        f'<tr><td class="MostReadItem"><a id="ctl00_ucMostRead_rptMostRead_ctl{k:02d}_lnkTitle" href="{HOST}/ArticleDetails.aspx?id={int(aid) - 40 - k}&amp;language=ar">{e(m)}</a></td></tr>'
        for k, m in enumerate(most))
    footer_links = " | ".join(f'<a href="{HOST}/{p}.aspx?language=ar" class="FooterLink">{f}</a>'
                              for p, f in zip(("AboutKuna", "ContactUs", "Services", "Archive",
                                               "SiteMap", "Rss"), FOOTER_LINKS, strict=True))
    validation = "" if n == 3 else f"""
<div class="aspNetHidden">
\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_state(aid, "ev", size=160)}" />
</div>"""
    page.html = f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">
<head id="ctl00_Head1"><title>
\t{e(article.headline)} - {SITE}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="كونا, الكويت, أخبار, {e(", ".join(article.tags))}" /><meta name="description" content="{e(article.headline)}" /><link href="App_Themes/Arabic/Style.css" type="text/css" rel="stylesheet" /><link href="App_Themes/Arabic/Menu.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="{HOST}/js/Common.js"></script>
<script type="text/javascript">
var _gaq = _gaq || [];
_gaq.push(['_setAccount', 'UA-2188331-1']);
_gaq.push(['_trackPageview']);
</script>
</head>
<body topmargin="0" leftmargin="0" rightmargin="0" bottommargin="0">
<form name="aspnetForm" method="post" action="./ArticleDetails.aspx?id={aid}&amp;language=ar" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_state(aid, "vs")}" />
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


<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA{n}&amp;t=638259264720000000" type="text/javascript"></script>


<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILjgVkuq6e1tA{n}&amp;t=ffffffffb201fd3f" type="text/javascript"></script>
<div class="aspNetHidden">

\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{("2173C2F0", "2173C2F0", "A8C4F2D1")[n - 1]}" />
</div>{validation}
<table id="MainTable" width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td class="HeaderTop">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="300"><a id="ctl00_lnkLogo" href="{HOST}/Default.aspx?language=ar"><img src="{HOST}/images/ar/kuna_logo.gif" alt="{SITE}" border="0" /></a></td>
<td align="center"><span id="ctl00_lblToday" class="TodayDate">{top_date}</span></td>
<td align="left" class="Languages">{langs}</td>
</tr>
</table>
</td>
</tr>
<tr>
<td class="MenuBar">
<table id="ctl00_TopMenu_tblMenu" border="0" cellspacing="0" cellpadding="0">
<tr>
{menu}
</tr>
</table>
</td>
</tr>
<tr>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="700" valign="top" class="ContentCell">
<table id="ctl00_ContentPlaceHolder1_tblArticle" width="100%" border="0" cellspacing="0" cellpadding="4">
<tr>
<td class="SectionTitle"><span id="ctl00_ContentPlaceHolder1_lblCategory">{e(article.section)}</span></td>
</tr>
<tr>
<td class="ArticleTitleCell"><span id="ctl00_ContentPlaceHolder1_lblTitle" class="ArticleTitle">{e(article.headline)}</span></td>
</tr>
<tr>
<td class="ArticleDateCell"><span id="ctl00_ContentPlaceHolder1_lblDate" class="ArticleDate">{shown}</span></td>
</tr>
<tr>
<td>
<table id="ctl00_ContentPlaceHolder1_tblTools" class="ToolsTable" border="0" cellspacing="2" cellpadding="0">
<tr>
{tools}
</tr>
</table>
</td>
</tr>
{photo}
<tr>
<td class="ArticleBodyCell" id="ctl00_ContentPlaceHolder1_tdBody"><span id="ctl00_ContentPlaceHolder1_lblBody" class="ArticleBody">{body}</span></td>
</tr>
<tr>
<td class="RelatedTitle">{RELATED_TITLE}</td>
</tr>
<tr>
<td>
<table id="ctl00_ContentPlaceHolder1_dlRelated" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
{related}
</table>
</td>
</tr>
</table>
</td>
<td width="10">&nbsp;</td>
<td width="270" valign="top" class="SideCell">
<table id="ctl00_ucMostRead_tblMostRead" class="BoxTable" width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="BoxTitle">{MOST_TITLE}</td></tr>
{most_html}
</table>
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td class="Footer" align="center">
{footer_links}<br />
<span id="ctl00_lblCopyright">{FOOTER}</span>
</td>
</tr>
</table>

<script type="text/javascript">
//<![CDATA[
function ChangeFontSize(step) {{ var el = document.getElementById('ctl00_ContentPlaceHolder1_lblBody'); var size = parseInt(el.style.fontSize || 15); el.style.fontSize = (size + step) + 'px'; }}
//]]>
</script>
</form>
</body>
</html>
"""
    return page
