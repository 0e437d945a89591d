"""The "نسخة للطباعة" (print version) of stories on an older Jordanian PHP news site, the page
its `print.php?id=<id>` script emits when a reader presses "طباعة" under a story: HTML 4.01
Transitional, `<html dir="rtl">`, a head with only the content-type, a robots `noindex` meta, the
`<title>` "<site> - طباعة - <headline>", the print stylesheet (`css/print.css`, plus an inline
`<style>` with the `.noprint` rule) and the site's gtag snippet; no og/twitter tags, no
JSON-LD, no `<meta>` dates. `<body onload="window.print()">`, then ONE centred table
(`<table width="650" align="center">`): the header cell with the logo `<img>`, the site name,
its slogan and the "نسخة للطباعة" label; the section name (`td.print-cat`); the headline as
`<font size="4"><b>`; the date line "تاريخ النشر : 11/02/2024 - 06:45 م" (day first, a
12-hour clock with ص / م; the site prints this one format on every page); the writer line
"كتب: ..." ("كتبت: ..." for a woman writer, page 3) or, for agency copy (page 2, a Petra
story whose lead opens with its "عمان 16 تموز (بترا)-" dateline, part of the text), the source
line "المصدر : وكالة الأنباء الأردنية (بترا)"; the main photo only as its URL, a line of text
(pages 1 and 3; no caption); then the story in one `<td class="print-text">` as text with
`<br />` separators, as the CMS stored it: nl2br's `<br />\\r\\n<br />\\r\\n` (page 1), one
`<br />\\r\\n` per paragraph for pasted wire copy (page 2), the editor's `<br /><br />` with an
auto-tag `<a>` around a phrase of the lead (page 3); no `<p>`. At the bottom: "رابط الخبر:
https://www.nabd-albalad.example/news.php?id=<id>" (the story's URL as text), the contact line,
"جميع الحقوق محفوظة © وكالة نبض البلد الإخبارية 2024", the `.noprint` links "اطبع هذه الصفحة" |
"إغلاق النافذة", and the script's timing comment. Jordan is at +03:00. The page URL is the
print URL."""

from __future__ import annotations

from urllib.parse import quote

from .base import Article, Page, e

NAME = "print_version_page"
HELD_OUT = True
SET = "unseen11"
FAMILY = "Jordanian PHP news site print.php pages: one 650px table, font-size-4 headline, تاريخ النشر line, كتب:, <br /> body in one td, رابط الخبر + copyright + print/close links"
HOST = "https://www.nabd-albalad.example"
SITE = "وكالة نبض البلد الإخبارية"
SLOGAN = "أخبار الأردن والعالم على مدار الساعة"
LABEL = "نسخة للطباعة"
DATE_LABEL = "تاريخ النشر : "
SOURCE = "المصدر : وكالة الأنباء الأردنية (بترا)"
# the writers who are women: the byline verb agrees with them
WOMEN = ("سناء العبادي",)
CONTACT = "هاتف: 5338124 6 00962 | فاكس: 5338125 6 00962 | البريد الإلكتروني: info@nabd-albalad.example"
COPYRIGHT = f"جميع الحقوق محفوظة © {SITE} 2024"
PRINT = "اطبع هذه الصفحة"
CLOSE = "إغلاق النافذة"
LINK_LABEL = "رابط الخبر: "
# the phrase the CMS's auto-tagger links in a story's lead: slug -> (phrase, tag)
AUTO_TAG = {"213877": ("زيت الزيتون", "الزيتون")}
SEPARATORS = ("<br />\r\n<br />\r\n", "<br />\r\n", "<br /><br />")


def _clock(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{moment:%d/%m/%Y} - {hour:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _lead(article: Article) -> str:
    tag = AUTO_TAG.get(article.slug)
    if not tag or tag[0] not in article.lead:
        return e(article.lead)
    before, _, after = article.lead.partition(tag[0])
    href = f"{HOST}/tags.php?tag={quote(tag[1])}"
    return f'{e(before)}<a href="{href}" target="_blank">{e(tag[0])}</a>{e(after)}'


def render(article: Article, n: int) -> Page:
    moment = article.moment
    aid = article.slug
    url = f"{HOST}/print.php?id={aid}"
    news_url = f"{HOST}/news.php?id={aid}"
    shown = _clock(moment)
    date_line = DATE_LABEL + shown
    if article.author:
        verb = "كتبت" if article.author in WOMEN else "كتب"
        byline = f"{verb}: {article.author}"
    else:
        byline = SOURCE
    photo = (f"{HOST}/upload/news/{moment:%Y/%m}/{aid}_{int(aid) % 997}_large.jpg"
             if article.caption != "-" else "")
    link_line = LINK_LABEL + news_url
    page = Page(url=url, html="", shown_date=shown)
    page.add(SITE, SLOGAN, LABEL, article.section, date_line, byline, photo, link_line, CONTACT,
             COPYRIGHT, PRINT, CLOSE)
    body = SEPARATORS[n - 1].join((_lead(article), *(e(p) for p in article.paragraphs)))
    photo_row = (f"""  <tr>
    <td class="print-img" dir="ltr" align="right">{photo}</td>
  </tr>
""" if photo else "")
    seconds = f"0.0{(int(aid) * 7 + n) % 900 + 100}"
    page.html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="robots" content="noindex, nofollow">
<title>{SITE} - طباعة - {e(article.headline)}</title>
<link href="{HOST}/css/print.css" rel="stylesheet" type="text/css" media="all">
<style type="text/css">
<!--
body {{ margin: 10px; background-color: #FFFFFF; font-family: Tahoma, Arial, Helvetica, sans-serif; font-size: 13px; color: #000000; }}
.print-cat {{ font-size: 12px; font-weight: bold; color: #8B0000; padding-top: 10px; }}
.print-date {{ font-size: 11px; color: #555555; }}
.print-writer {{ font-size: 12px; font-weight: bold; }}
.print-img {{ font-size: 10px; color: #777777; font-family: Verdana, Arial; }}
.print-text {{ font-size: 14px; line-height: 22px; text-align: justify; padding-top: 8px; padding-bottom: 8px; }}
.print-footer {{ font-size: 11px; color: #333333; border-top: 1px solid #999999; padding-top: 6px; }}
a {{ color: #000000; text-decoration: none; }}
@media print {{ .noprint {{ display: none; }} }}
-->
</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7NB4QK2LM1"></script>
<script type="text/javascript">
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-7NB4QK2LM1');
</script>
</head>
<body onload="window.print()">
<table width="650" border="0" align="center" cellpadding="4" cellspacing="0">
  <tr>
    <td align="center" style="border-bottom: 2px solid #000000; padding-bottom: 8px;">
      <img src="{HOST}/images/logo_print.gif" width="230" height="68" border="0" alt="{SITE}"><br>
      <font size="3"><b>{SITE}</b></font><br>
      <font size="1" color="#666666">{SLOGAN}</font><br>
      <font size="1">{LABEL}</font>
    </td>
  </tr>
  <tr>
    <td class="print-cat">{e(article.section)}</td>
  </tr>
  <tr>
    <td><font size="4"><b>{e(article.headline)}</b></font></td>
  </tr>
  <tr>
    <td class="print-date">{date_line}</td>
  </tr>
  <tr>
    <td class="print-writer">{e(byline)}</td>
  </tr>
{photo_row}  <tr>
    <td class="print-text">{body}</td>
  </tr>
  <tr>
    <td class="print-footer">{LINK_LABEL}<span dir="ltr">{news_url}</span></td>
  </tr>
  <tr>
    <td align="center" style="font-size: 10px; color: #666666;">{CONTACT}<br>{COPYRIGHT}</td>
  </tr>
  <tr class="noprint">
    <td align="center" style="padding-top: 12px;"><a href="javascript:window.print();">{PRINT}</a> &nbsp;|&nbsp; <a href="javascript:window.close();">{CLOSE}</a></td>
  </tr>
</table>
</body>
</html>
<!-- Page generated in {seconds} seconds -->
"""
    return page
