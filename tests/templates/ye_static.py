"""A Yemeni news site of hand-written static HTML, as built in the early 2000s and still
updated by hand: no doctype, `charset=windows-1256` declared in a meta tag while the file is
stored as UTF-8 (the server sends no charset), a 780-pixel `<center>`ed layout table, the
menu as one row of links separated by " | ", a breaking-news `<marquee>`, `<font face=...>`
everywhere, unquoted `<p align=right>` paragraphs, the date line "الأحد 14 يوليو 2024م"
above the headline (no machine-readable date at all), a "كتب / <name>" line and a
"عدن - خاص" source line (سبأ for the agency), print / send-to-a-friend links, a related-news
list, a left column of older news, a poll and a visitors' counter, and the keywords only in
`<meta name="keywords">`."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e, rotate, weekday

NAME = "ye_static"
HELD_OUT = True
SET = "unseen3"
FAMILY = "Yemeni static HTML: font/center tables, windows-1256 meta on UTF-8, | menu, 2024م dates"
HOST = "http://www.nafethat-alyemen.example"
SITE = "نافذة اليمن"
MENU = ("الرئيسية", "أخبار محلية", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة", "مقالات",
        "أرشيف الأخبار", "اتصل بنا")
BREAKING = (
    "عاجل: وصول طائرة مساعدات طبية إلى مطار عدن الدولي",
    "عاجل: انقطاع الكهرباء عن مديريات المنصورة والشيخ عثمان لساعات",
    "عاجل: تمديد فترة التسجيل في جامعة عدن حتى نهاية الشهر",
)
OLDER = (
    "محافظ عدن يدشن مشروع إعادة تأهيل شارع مدرم",
    "ميناء عدن يستقبل سفينة محملة بالقمح",
    "جامعة حضرموت تعلن نتائج القبول للعام الجديد",
    "صيادو المكلا يشكون ارتفاع أسعار الوقود",
    "افتتاح مدرسة للبنات في مديرية تبن",
    "مهرجان للشعر الشعبي في سيئون",
    "صرف رواتب المتقاعدين في محافظة لحج",
    "تعز: مبادرة شبابية لتنظيف شوارع المدينة",
)
POLL = ("استطلاع الرأي", "هل تؤيد تسعيرة موحدة للمواصلات داخل المدينة؟", "نعم", "لا",
        "لا أدري", "تصويت", "النتائج")
SOURCES = {"محمد سالم باوزير": "عدن - خاص", "أمين الشعيبي": "عدن - خاص"}
AGENCY_CITY = "سيئون - سبأ"
FOOTER = f"جميع الحقوق محفوظة لموقع {SITE} © 2004 - 2024"
BEST = "يفضل تصفح الموقع بدقة 800×600 وبمتصفح إنترنت إكسبلورر"


def dated(moment) -> str:
    return f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year}م"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = dated(moment)
    folder = f"news/{moment:%Y}/{moment:%m}"
    page = Page(url=f"{HOST}/{folder}/{article.slug}.htm", html="", shown_date=shown)
    older = rotate(OLDER, n * 3, 6)
    breaking = rotate(BREAKING, n, 2)
    visitors = f"عدد الزوار: {2814407 + 5113 * n}"
    source = SOURCES.get(article.author or "", AGENCY_CITY)
    writer = f"كتب / {article.author}" if article.author else ""
    page.add(" | ".join(MENU), *breaking, shown, writer, source, article.caption, "طباعة الخبر",
             "أرسل الخبر لصديق", "أخبار ذات صلة:", *article.related, "أخبار سابقة", *older,
             *POLL[:2], visitors, FOOTER, BEST, "للتواصل: info@nafethat-alyemen.example")
    paragraphs = "\n".join(
        f'<p align=right><font face="Simplified Arabic" size="4">{e(p)}</font></p>'
        for p in (article.lead, *article.paragraphs))
    menu = " | ".join(f'<a href="../../../{page_name}"><font color="#FFFFFF">{label}</font></a>'
                      for label, page_name in zip(MENU, (
                          "index.htm", "local.htm", "economy.htm", "world.htm", "sport.htm",
                          "culture.htm", "articles.htm", "archive.htm", "contact.htm"),
                          strict=True))
    marquee = " &nbsp;&nbsp;***&nbsp;&nbsp; ".join(e(b) for b in breaking)
    older_rows = "\n".join(
        f'<tr><td><font face="Tahoma" size="2"><img src="../../../images/arrow.gif" width="7" height="7"> <a href="../../../news/old/{3100 + 17 * n + k}.htm">{e(t)}</a></font></td></tr>'
        for k, t in enumerate(older))
    related = "<br>\n".join(
        f'<font face="Tahoma" size="2">- <a href="../../../news/old/{2900 + 13 * n + k}.htm">{e(t)}</a></font>'
        for k, t in enumerate(article.related))
    writer_line = (f'<p align=right><font face="Simplified Arabic" size="3" color="#003366"><b>{e(writer)}</b></font></p>\n'
                   if writer else "")
    page.html = f"""<html dir="rtl">

<head>
<meta http-equiv="Content-Language" content="ar-ye">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="{e(",".join(article.tags))}">
<meta name="description" content="{e(article.headline)}">
<title>{SITE} - {e(article.headline)}</title>
<link rel="stylesheet" type="text/css" href="../../../style.css">
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ //v2.0
  window.open(theURL,winName,features);
}}
//-->
</script>
</head>

<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" rightmargin="0" marginwidth="0" marginheight="0">
<center>
<table border="0" width="780" cellspacing="0" cellpadding="0">
	<tr>
		<td><img border="0" src="../../../images/banner.jpg" width="780" height="110" alt="{SITE}"></td>
	</tr>
	<tr>
		<td bgcolor="#003366" height="24" align="center"><font face="Tahoma" size="2" color="#FFFFFF">{menu}</font></td>
	</tr>
	<tr>
		<td bgcolor="#FFFFCC"><font face="Tahoma" size="2" color="#CC0000"><marquee direction="right" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></font></td>
	</tr>
</table>
<table border="0" width="780" cellspacing="0" cellpadding="4">
	<tr>
		<td width="600" valign="top">
<p align=right><font face="Tahoma" size="2" color="#808080">{shown}</font></p>
<p align=center><font face="Simplified Arabic" size="5" color="#990000"><b>{e(article.headline)}</b></font></p>
<p align=center><img border="1" src="../../../images/{moment:%Y}/{moment:%m}/{article.slug}.jpg" width="400" height="280"><br>
<font face="Tahoma" size="1" color="#666666">{e(article.caption)}</font></p>
{writer_line}<p align=right><font face="Simplified Arabic" size="3" color="#003366"><b>{source}</b></font></p>
{paragraphs}
<p align=left><font face="Tahoma" size="2"><a href="javascript:window.print()">طباعة الخبر</a> | <a href="javascript:MM_openBrWindow('../../../send.htm?{article.slug}','send','width=400,height=300')">أرسل الخبر لصديق</a></font></p>
<hr size="1" color="#C0C0C0">
<p align=right><font face="Tahoma" size="2" color="#990000"><b>أخبار ذات صلة:</b></font><br>
{related}</p>
		</td>
		<td width="180" valign="top" bgcolor="#EEEEEE">
		<table border="0" width="100%" cellspacing="0" cellpadding="3">
			<tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>أخبار سابقة</b></font></td></tr>
{older_rows}
		</table>
		<br>
		<form method="POST" action="../../../cgi-bin/poll.cgi">
		<table border="0" width="100%" cellspacing="0" cellpadding="3">
			<tr><td bgcolor="#003366"><font face="Tahoma" size="2" color="#FFFFFF"><b>{POLL[0]}</b></font></td></tr>
			<tr><td><font face="Tahoma" size="2">{POLL[1]}</font></td></tr>
			<tr><td><font face="Tahoma" size="2"><input type="radio" name="vote" value="1"> {POLL[2]}<br>
			<input type="radio" name="vote" value="2"> {POLL[3]}<br>
			<input type="radio" name="vote" value="3"> {POLL[4]}</font></td></tr>
			<tr><td align="center"><input type="submit" value="{POLL[5]}"> <a href="../../../cgi-bin/poll.cgi?results">{POLL[6]}</a></td></tr>
		</table>
		</form>
		<p align="center"><font face="Tahoma" size="1">{visitors}</font></p>
		</td>
	</tr>
</table>
<table border="0" width="780" cellspacing="0" cellpadding="4" bgcolor="#003366">
	<tr>
		<td align="center"><font face="Tahoma" size="2" color="#FFFFFF">{FOOTER}<br>
		{BEST}<br>
		للتواصل: <a href="mailto:info@nafethat-alyemen.example"><font color="#FFFFFF">info@nafethat-alyemen.example</font></a></font></td>
	</tr>
</table>
</center>
</body>

</html>
"""
    return page
