"""A sidebar-first PHP portal of the 2000s: `news.php?id=`, nested tables, `<font>` titles.

The right-hand column (first in the DOM of a right-to-left page) holds the latest news and
the most-read list as bare `<a>` lines with an image for a heading, before the article cell.
"""

from __future__ import annotations

from .base import LATEST, MOST_READ, Article, Page, e, rotate

NAME = "php_table"
HELD_OUT = True
FAMILY = "PHP table portal (news.php?id=), sidebar cell before the article, <font> title"
HOST = "http://www.sawt-aljanoub.example"


def _side_list(titles: list[str], first_id: int) -> str:
    return "".join(
        f'<tr><td class="side_news"><img src="images/arrow.gif" width="7" height="7"> '
        f'<a href="news.php?id={first_id + k}" class="side_link">{e(t)}</a></td></tr>'
        for k, t in enumerate(titles))


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page = Page(url=f"{HOST}/news.php?id={article.slug}",
                html="", shown_date=f"{moment:%d/%m/%Y - %H:%M}")
    latest, most = rotate(LATEST, n * 3, 5), rotate(MOST_READ, n * 4, 5)
    visits = f"عدد القراءات: {1532 + 417 * n}"
    byline = f"كتب: {article.author}" if article.author else "المصدر: وكالات"
    source_line = "" if article.author else '<br><span class="source">المصدر: وكالات</span>'
    send = "طباعة الخبر | أرسل الخبر لصديق | أضف تعليقك"
    page.add(*latest, *most, visits, byline, send, article.caption,
             "جميع الحقوق محفوظة لموقع صوت الجنوب © 2024", "الرئيسية | محليات | اقتصاد | صحة",
             "الكلمات الدلالية:")
    paragraphs = "".join(f'<p align="justify" dir="rtl">{e(p)}</p>\n' for p in article.paragraphs)
    page.html = f"""<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>صوت الجنوب :: {e(article.headline)}</title>
<link href="style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#FFFFFF">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="980" height="120"></td></tr>
<tr><td colspan="2" class="menu" height="28"><a href="index.php">الرئيسية</a> | \
<a href="cat.php?id=1">محليات</a> | <a href="cat.php?id=2">اقتصاد</a> | \
<a href="cat.php?id=3">صحة</a></td></tr>
<tr>
<td width="230" valign="top" bgcolor="#F3F3F3">
<table width="100%" border="0" cellspacing="2" cellpadding="2">
<tr><td><img src="images/title_latest.gif" width="226" height="24"></td></tr>
{_side_list(latest, 48100 + n * 7)}
<tr><td height="10"></td></tr>
<tr><td><img src="images/title_mostread.gif" width="226" height="24"></td></tr>
{_side_list(most, 47000 + n * 11)}
</table>
</td>
<td width="750" valign="top">
<table width="98%" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td class="path"><a href="index.php">الرئيسية</a> &raquo; \
<a href="cat.php?id=1">{e(article.section)}</a></td></tr>
<tr><td><font class="news_title" color="#990000" size="4"><b>{e(article.headline)}</b></font>\
</td></tr>
<tr><td class="date">تاريخ النشر: {page.shown_date} &nbsp;&nbsp; {visits}</td></tr>
<tr><td class="writer">{e(byline)}</td></tr>
<tr><td align="center"><img src="uploads/news/{article.slug}.jpg" width="400" border="0"><br>\
<span class="img_title">{e(article.caption)}</span></td></tr>
<tr><td class="news_text">
<p align="justify" dir="rtl"><b>{e(article.lead)}</b></p>
{paragraphs}{source_line}
</td></tr>
<tr><td class="keywords">الكلمات الدلالية: {" ، ".join(
        f'<a href="search.php?tag={e(t)}">{e(t)}</a>' for t in article.tags)}</td></tr>
<tr><td class="tools"><a href="print.php?id={article.slug}">طباعة الخبر</a> | \
<a href="send.php?id={article.slug}">أرسل الخبر لصديق</a> | \
<a href="#comment">أضف تعليقك</a></td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">جميع الحقوق محفوظة لموقع صوت الجنوب © 2024\
</td></tr>
</table>
</body>
</html>
"""
    return page
