"""An old page of a Palestinian news agency (Ma'an-like, `Content.aspx?ID=`), as it still serves
its archive: HTML 4.01 Transitional, upper-case table layout, `<FONT face="Arial">` everywhere,
the logo banner and a section menu row, the section, the headline in red, the date "الأحد
12/05/2024 - 14:20" (no Hijri date, no machine-readable date at all), a toolbar of images whose
only text is their alt ("طباعة", "ارسل لصديق", "تكبير الخط", "تصغير الخط"), the photo and its
caption, the text in one `<FONT size="3">` cell as `<BR><BR>`-separated paragraphs with the
"بيت لحم- معا-" dateline opening the lead (the agency's own text: `body`), then an "اقرأ ايضاً"
table of links, the "أخبار اخرى" column of latest news, the "الاكثر قراءة" column and the
copyright line. Agency copy: no writer."""

from __future__ import annotations

from .base import Article, Page, e, weekday

NAME = "ps_maan_old"
HELD_OUT = True
SET = "unseen5"
FAMILY = "old Palestinian agency page: Content.aspx?ID=, FONT Arial tables, dd/mm/yyyy dates"
HOST = "http://www.maannews.example"
SITE = "وكالة معا الاخبارية"
MENU = ("الرئيسية", "اخبار محلية", "القدس", "اسرى", "اقتصاد", "عربي ودولي", "رياضة",
        "ثقافة وفن", "مقالات", "صور", "فيديو")
OTHER = (
    "الاحتلال يعتقل 12 مواطنا في حملة مداهمات بالضفة",
    "الصحة: وصول شحنة ادوية الى مستودعات الوزارة في نابلس",
    "سلطة النقد تصدر تعليمات جديدة للمصارف بشأن الشيكات",
    "بلدية الخليل تعلن برنامج توزيع المياه في الاحياء",
    "الاحصاء: ارتفاع مؤشر غلاء المعيشة خلال الشهر الماضي",
    "جامعة بيرزيت تعلن مواعيد التسجيل للفصل الصيفي",
    "الدفاع المدني يخمد حريقا في منشأة تجارية بجنين",
)
MOST_READ = (
    "الطقس: اجواء حارة نسبيا وارتفاع على درجات الحرارة",
    "اسعار العملات مقابل الشيكل اليوم",
    "المالية تعلن موعد صرف رواتب الموظفين العموميين",
    "تعرف على اسعار الخضار والفواكه في سوق نابلس المركزي",
    "وزارة العمل تعلن عن منح تدريبية للخريجين",
)
TOOLS = (("print", "طباعة"), ("email", "ارسل لصديق"), ("font_up", "تكبير الخط"),
         ("font_down", "تصغير الخط"))
FOOTER = f"جميع الحقوق محفوظة لـ {SITE} © 2005 - 2024"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 1076543 + 20411 * n
    url = f"{HOST}/Content.aspx?ID={news_id}"
    shown = f"{weekday(moment)} {moment:%d/%m/%Y} - {moment:%H:%M}"
    page = Page(url=url, html="", shown_date=shown)
    other = OTHER[n - 1:n + 4]
    most = MOST_READ[:5]
    page.add(" ".join(MENU), article.section, shown, article.caption, "اقرأ ايضاً",
             *article.related, "أخبار اخرى", *other, "الاكثر قراءة", *most, FOOTER)
    text = "\n<BR><BR>\n".join(e(p) for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<TD align="center" class="menu"><A href="{HOST}/{"Default.aspx" if k == 0 else f"Section.aspx?ID={k}"}"><FONT face="Arial" color="#FFFFFF" size="2"><B>{label}</B></FONT></A></TD>'
                     + ('\n<TD width="1" bgcolor="#FFFFFF"></TD>' if k < len(MENU) - 1 else "")
                     for k, label in enumerate(MENU))
    tools = "&nbsp;".join(f'<A href="{HOST}/{"Print" if s == "print" else "Send" if s == "email" else "#"}.aspx?ID={news_id}"{" onclick=&quot;return false;&quot;" if s.startswith("font") else ""}><IMG src="{HOST}/images/{s}.gif" alt="{label}" title="{label}" border="0" width="20" height="20"></A>'
                          for s, label in TOOLS)
    also = "\n".join(f'<TR><TD width="10" valign="top"><IMG src="{HOST}/images/arrow.gif" width="7" height="7" border="0"></TD><TD><A href="{HOST}/Content.aspx?ID={news_id - 311 * (k + 1)}"><FONT face="Arial" size="2" color="#003366">{e(t)}</FONT></A></TD></TR>'
                     for k, t in enumerate(article.related))
    other_html = "\n".join(f'<TR><TD class="otherNews"><A href="{HOST}/Content.aspx?ID={news_id + 17 + k}"><FONT face="Arial" size="2">{e(t)}</FONT></A></TD></TR>'
                           for k, t in enumerate(other))
    most_html = "\n".join(f'<TR><TD class="mostRead"><FONT face="Arial" size="2" color="#990000"><B>{k + 1}.</B></FONT> <A href="{HOST}/Content.aspx?ID={news_id - 9000 - 73 * k}"><FONT face="Arial" size="2">{e(t)}</FONT></A></TD></TR>'
                          for k, t in enumerate(most))
    page.html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML dir="rtl">
<HEAD>
<TITLE>{SITE} - {e(article.headline)}</TITLE>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<META name="keywords" content="معا,اخبار,فلسطين,{e(",".join(article.tags))}">
<META name="description" content="{e(article.headline)}">
<LINK href="{HOST}/Styles/maan.css" type="text/css" rel="stylesheet">
<SCRIPT language="javascript" src="{HOST}/Scripts/functions.js"></SCRIPT>
</HEAD>
<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<CENTER>
<TABLE width="980" border="0" cellspacing="0" cellpadding="0">
<TR><TD><A href="{HOST}/Default.aspx"><IMG src="{HOST}/images/banner_top.jpg" width="980" height="110" border="0" alt="{SITE}"></A></TD></TR>
<TR><TD bgcolor="#003366"><TABLE border="0" cellspacing="0" cellpadding="4" width="100%"><TR>
{menu}
</TR></TABLE></TD></TR>
</TABLE>
<TABLE width="980" border="0" cellspacing="0" cellpadding="0">
<TR>
<TD width="680" valign="top" align="right">
<TABLE width="100%" border="0" cellspacing="0" cellpadding="6">
<TR><TD><FONT face="Arial" size="2" color="#666666">{e(article.section)}</FONT></TD></TR>
<TR><TD><FONT face="Arial" size="4" color="#990000"><B>{e(article.headline)}</B></FONT></TD></TR>
<TR><TD><TABLE width="100%" border="0" cellspacing="0" cellpadding="0"><TR>
<TD align="right"><FONT face="Arial" size="1" color="#666666">{shown}</FONT></TD>
<TD align="left">{tools}</TD>
</TR></TABLE></TD></TR>
<TR><TD align="center"><IMG src="{HOST}/Images/{moment:%Y/%m}/{news_id}.jpg" width="400" border="0" alt=""><BR><FONT face="Arial" size="1" color="#666666">{e(article.caption)}</FONT></TD></TR>
<TR><TD class="NewsBody" align="right"><FONT face="Arial" size="3">
{text}
</FONT></TD></TR>
<TR><TD>&nbsp;</TD></TR>
<TR><TD><TABLE width="100%" border="0" cellspacing="0" cellpadding="3" bgcolor="#F2F2F2">
<TR><TD colspan="2" bgcolor="#E0E0E0"><FONT face="Arial" size="2" color="#CC0000"><B>اقرأ ايضاً</B></FONT></TD></TR>
{also}
</TABLE></TD></TR>
</TABLE>
</TD>
<TD width="10">&nbsp;</TD>
<TD width="290" valign="top">
<TABLE width="100%" border="0" cellspacing="0" cellpadding="4">
<TR><TD bgcolor="#003366"><FONT face="Arial" size="2" color="#FFFFFF"><B>أخبار اخرى</B></FONT></TD></TR>
{other_html}
</TABLE>
<BR>
<TABLE width="100%" border="0" cellspacing="0" cellpadding="4">
<TR><TD bgcolor="#990000"><FONT face="Arial" size="2" color="#FFFFFF"><B>الاكثر قراءة</B></FONT></TD></TR>
{most_html}
</TABLE>
</TD>
</TR>
</TABLE>
<TABLE width="980" border="0" cellspacing="0" cellpadding="6" bgcolor="#003366">
<TR><TD align="center"><FONT face="Arial" size="1" color="#FFFFFF">{FOOTER}</FONT></TD></TR>
</TABLE>
</CENTER>
</BODY>
</HTML>
"""
    return page
