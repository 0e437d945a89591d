"""A Jordanian ministry's press releases posted as the Word file itself: the media directorate
writes the release in Microsoft Word, saves it as HTML and uploads the `.htm` as it is, no CMS
page around it. Pages 1 and 3 are "Web Page, Filtered" (`<meta name=Generator
content="Microsoft Word 15 (filtered)">`, the `/* Font Definitions */` style block,
`div.WordSection1 dir=RTL`, `&nbsp;` spacer paragraphs, no `<title>`); page 2 is a full "Web
Page" save (the `xmlns:o` / `xmlns:w` namespaces, `ProgId Word.Document`, the
`<o:DocumentProperties>` XML in a conditional comment, `mso-*` styles, `<o:p></o:p>` closing
each paragraph and `<o:p>&nbsp;</o:p>` spacers, `<title>بيان صحفي</title>`). Word writes
unquoted attributes (`class=MsoNormal dir=RTL`) and wraps its lines near 76 columns. Top to
bottom: the letterhead ("المملكة الأردنية الهاشمية" / "وزارة الزراعة" / "مديرية الإعلام
والاتصال"; page 1 as a three-cell table with the logo and the English lines), "بيان صحفي", the
date line, day first, in the form the clerk typed ("عمّان في 5/6/2024", "التاريخ:
2024/09/08م", and "الأحد 7 رمضان 1445هـ الموافق 17/3/2024م" in Ramadan), the headline as a
bold centred MsoNormal paragraph, the justified text paragraphs, the centred "-انتهى-" and the
directorate's contact block. The text is in runs, as Word keeps them: a change of `lang`
(AR-JO / AR-SA) splits a word into two `<span>`s with nothing between them, numbers sit in
`<span dir=LTR>` with empty `<span dir=RTL></span>` after them, and a space is sometimes its
own `<span> </span>`, sometimes trailing in one run or leading the next; what a reader sees is
the text as written. `charset=windows-1256` on pages 1 and 2 (Word's Arabic default; the file is
served as UTF-8), `charset=utf-8` on page 3. No machine-readable date, no writer."""

from __future__ import annotations

import re
import zlib
from datetime import UTC, timedelta
from itertools import pairwise

from .base import Article, Page, e

NAME = "word_html_ministry"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Jordanian ministry press release posted as Word-saved HTML: MsoNormal runs splitting words, letterhead, day-first date line, -انتهى-"
HOST = "https://www.moa-jordan.example"
KINGDOM = "المملكة الأردنية الهاشمية"
MINISTRY = "وزارة الزراعة"
DIRECTORATE = "مديرية الإعلام والاتصال"
ENGLISH = ("The Hashemite Kingdom of Jordan", "Ministry of Agriculture",
           "Media and Communication Directorate")
RELEASE = "بيان صحفي"
END = "-انتهى-"
PHONE = "هاتف: 065686151 - فرعي: 2301"
EMAIL = "media@moa-jordan.example"
WEBSITE = "www.moa-jordan.example"
FILES = ("press_5-6-2024", "press_8-9-2024", "press_17-3-2024")
FONT = "font-size:14.0pt;font-family:\"Simplified Arabic\",serif"
WEB_FONT = ("font-size:14.0pt;line-height:107%;font-family:\"Simplified Arabic\",serif;"
            "mso-ascii-font-family:Calibri;mso-ascii-theme-font:minor-latin;"
            "mso-hansi-font-family:Calibri;mso-hansi-theme-font:minor-latin;"
            "mso-bidi-language:AR-JO")
NUMBER = re.compile(r"\d+(?:[/.,:]\d+)*")
HIJRI = {"ramadan-vegetable-supply": "7 رمضان 1445هـ"}


def _pick(*key: object) -> int:
    return zlib.crc32("|".join(map(str, key)).encode("utf-8"))


def _date_line(article: Article, n: int) -> str:
    moment = article.moment
    if article.slug in HIJRI:
        return f"الأحد {HIJRI[article.slug]} الموافق {moment.day}/{moment.month}/{moment.year}م"
    if n == 2:
        return f"التاريخ: {moment:%Y/%m/%d}م"
    return f"عمّان في {moment.day}/{moment.month}/{moment.year}"


def _rtl(chunk: str, key: tuple, font: str) -> list[str]:
    """Arabic text as Word's runs: the lang changes where an edit or the spelling checker
    left a run boundary, now and then inside a word; the space at a boundary goes with the
    run before, the run after, or a run of its own."""
    cuts: set[int] = set()
    for k, word in enumerate(re.finditer(r"\S+", chunk)):
        start, end = word.span()
        roll = _pick(*key, k) % 100
        if end - start >= 5 and roll < 11:
            cuts.add(start + 2 + roll % (end - start - 3))
        elif 11 <= roll < 20 and end < len(chunk):
            how = roll % 3
            cuts.update({0: (end,), 1: (end + 1,), 2: (end, end + 1)}[how])
    edges = [0, *sorted(c for c in cuts if 0 < c < len(chunk)), len(chunk)]
    langs = ("AR-JO", "AR-SA")
    first = _pick(*key, "lang") % 2
    return [f"<span lang={langs[(first + k) % 2]} style='{font}'>{e(chunk[a:b])}</span>"
            for k, (a, b) in enumerate(pairwise(edges)) if b > a]


def _runs(text: str, key: tuple, font: str, *, end_mark: str = "") -> str:
    pieces: list[str] = []
    pos = 0
    for j, number in enumerate(NUMBER.finditer(text)):
        if number.start() > pos:
            pieces += _rtl(text[pos:number.start()], (*key, j), font)
        pieces.append(f"<span dir=LTR style='{font}'>{number.group()}</span>")
        pieces.append("<span dir=RTL></span>")
        pos = number.end()
    if pos < len(text):
        pieces += _rtl(text[pos:], (*key, "tail"), font)
    if end_mark:
        last = pieces[-1] if pieces[-1].startswith("<span lang") else ""
        if last:
            pieces[-1] = last[:-len("</span>")] + end_mark + "</span>"
        else:
            pieces.append(f"<span lang=AR-JO style='{font}'>{end_mark}</span>")
    return "".join(pieces)


def _wrap(html: str, width: int = 76) -> str:
    """Word's line wrapping: once a line runs past `width` columns it breaks at the last
    space (in the text, or between attributes, never inside a quoted font name) or after the
    last `;` / `:` inside a style attribute."""
    out: list[str] = []
    for line in html.split("\n"):
        chars = list(line)
        start, cut, in_tag, in_quote, in_style = 0, -1, False, False, False
        k = 0
        while k < len(chars):
            ch = chars[k]
            if ch == "<":
                in_tag = True
            elif ch == ">" and not in_quote:
                in_tag = False
            elif ch == '"' and in_tag:
                in_quote = not in_quote
            elif ch == "'" and in_tag and not in_quote:
                in_style = not in_style
            if ch == " " and not in_quote:
                cut = k
            elif ch in ";:" and in_style and not in_quote and chars[k + 1:k + 2] != [" "]:
                cut = -(k + 1) - 1  # a break inserted after this character
            if k - start >= width and cut != -1:
                if cut >= 0 and cut > start:
                    chars[cut] = "\n"
                    start = cut + 1
                elif cut < -1 and -cut - 1 > start:
                    chars.insert(-cut - 1, "\n")
                    start = -cut
                    k += 1
                cut = -1
            k += 1
        out.append("".join(chars))
    return "\n".join(out)


def _para(text: str, key: tuple, *, web: bool, align: str = "justify", bold: bool = False,
          size: str = "14.0pt", indent: bool = False) -> str:
    font = (WEB_FONT if web else FONT).replace("14.0pt", size)
    runs = _runs(text, key, font, end_mark="<o:p></o:p>" if web else "")
    if bold:
        runs = f"<b>{runs}</b>"
    if align == "center":
        attrs = "align=center dir=RTL style='text-align:center'"
    elif align == "justify":
        extra = ";text-indent:36.0pt" if indent else ""
        attrs = f"dir=RTL style='text-align:justify;text-justify:kashida;text-kashida:0%{extra}'"
    else:
        attrs = "dir=RTL"
    return _wrap(f"<p class=MsoNormal {attrs}>{runs}</p>")


def _spacer(*, web: bool) -> str:
    if web:
        return _wrap(f"<p class=MsoNormal dir=RTL style='text-align:justify'><span lang=AR-JO "
                     f"style='{WEB_FONT}'><o:p>&nbsp;</o:p></span></p>")
    return _wrap(f"<p class=MsoNormal dir=RTL style='text-align:justify'><span lang=AR-JO "
                 f"style='{FONT}'>&nbsp;</span></p>")


def _letterhead_table(key: tuple, folder: str) -> str:
    arabic = "\n".join(
        "  " + _para(line, (*key, "lh", k), web=False, align="center", bold=True,
                     size="13.0pt").replace("\n", "\n  ")
        for k, line in enumerate((KINGDOM, MINISTRY, DIRECTORATE)))
    english = "\n".join(
        "  " + _wrap(f"<p class=MsoNormal align=center dir=LTR style='text-align:center;"
                     f"direction:ltr;unicode-bidi:embed'><b><span style='font-size:11.0pt;"
                     f"font-family:\"Times New Roman\",serif'>{line}</span></b></p>").replace("\n", "\n  ")
        for line in ENGLISH)
    cell = "padding:0cm 5.4pt 0cm 5.4pt"
    return f"""<div align=center>

<table class=MsoTableGrid dir=rtl border=0 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none'>
 <tr>
  <td width=236 valign=top style='width:177.2pt;{cell}'>
{arabic}
  </td>
  <td width=130 valign=top style='width:97.5pt;{cell}'>
  <p class=MsoNormal align=center dir=RTL style='text-align:center'><span
  lang=AR-JO><img width=96 height=94 id="Picture 1" src="{folder}_files/image001.png"
  alt="شعار وزارة الزراعة"></span></p>
  </td>
  <td width=236 valign=top style='width:177.2pt;{cell}'>
{english}
  </td>
 </tr>
</table>

</div>"""


FILTERED_HEAD = """<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:"Simplified Arabic";
	panose-1:2 2 6 3 5 4 5 2 3 4;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	text-align:right;
	line-height:107%;
	direction:rtl;
	unicode-bidi:embed;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
.MsoChpDefault
	{{font-family:"Calibri",sans-serif;}}
.MsoPapDefault
	{{margin-bottom:8.0pt;
	line-height:107%;}}
 /* Page Definitions */
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 70.9pt 56.7pt 70.9pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>

</head>

<body lang=EN-US style='word-wrap:break-word'>

<div class=WordSection1 dir=RTL>"""

WEB_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{folder}_files/filelist.xml">
<title>بيان صحفي</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>media02</o:Author>
  <o:LastAuthor>media02</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:TotalTime>23</o:TotalTime>
  <o:Created>{created}</o:Created>
  <o:LastSaved>{saved}</o:LastSaved>
  <o:Pages>1</o:Pages>
  <o:Words>{words}</o:Words>
  <o:Characters>{characters}</o:Characters>
  <o:Lines>{lines}</o:Lines>
  <o:Paragraphs>{paragraphs}</o:Paragraphs>
  <o:CharactersWithSpaces>{with_spaces}</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="{folder}_files/themedata.thmx">
<link rel=colorSchemeMapping href="{folder}_files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>AR-JO</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1073732485 9 0 511 0;}}
@font-face
	{{font-family:"Simplified Arabic";
	panose-1:2 2 6 3 5 4 5 2 3 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:8193 0 0 0 64 0;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	text-align:right;
	line-height:107%;
	mso-pagination:widow-orphan;
	direction:rtl;
	unicode-bidi:embed;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ascii-font-family:Calibri;
	mso-ascii-theme-font:minor-latin;
	mso-fareast-font-family:Calibri;
	mso-fareast-theme-font:minor-latin;
	mso-hansi-font-family:Calibri;
	mso-hansi-theme-font:minor-latin;
	mso-bidi-font-family:Arial;
	mso-bidi-theme-font:minor-bidi;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;
	mso-bidi-font-family:Arial;
	mso-bidi-theme-font:minor-bidi;}}
.MsoPapDefault
	{{mso-style-type:export-only;
	margin-bottom:8.0pt;
	line-height:107%;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:56.7pt 70.9pt 56.7pt 70.9pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"جدول عادي";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin-top:0cm;
	mso-para-margin-right:0cm;
	mso-para-margin-bottom:8.0pt;
	mso-para-margin-left:0cm;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>

<div class=WordSection1 dir=RTL>"""


def render(article: Article, n: int) -> Page:
    web = n == 2
    folder = FILES[n - 1]
    key = (article.slug,)
    shown = _date_line(article, n)
    url = f"{HOST}/EchoBusV3.0/SystemAssets/PressReleases/{folder}.htm"
    page = Page(url=url, html="", shown_date=shown)
    contact = [DIRECTORATE, PHONE, f"البريد الإلكتروني: {EMAIL}"]
    if web:
        contact.append(f"الموقع الإلكتروني: {WEBSITE}")
    page.add(KINGDOM, MINISTRY, DIRECTORATE, *(ENGLISH if n == 1 else ()), RELEASE, shown, END,
             *contact)
    blocks: list[str] = []
    if n == 1:
        blocks.append(_letterhead_table(key, folder))
    else:
        blocks += [_para(line, (*key, "lh", k), web=web, align="center", bold=True,
                         size="13.0pt")
                   for k, line in enumerate((KINGDOM, MINISTRY, DIRECTORATE))]
    blocks.append(_spacer(web=web))
    blocks.append(_wrap(
        f"<p class=MsoNormal align=center dir=RTL style='text-align:center'><b><u>"
        f"{_runs(RELEASE, (*key, 'release'), (WEB_FONT if web else FONT).replace('14.0pt', '15.0pt'), end_mark='<o:p></o:p>' if web else '')}"
        f"</u></b></p>"))
    blocks.append(_para(shown, (*key, "date"), web=web, align="right", size="13.0pt"))
    blocks.append(_spacer(web=web))
    blocks.append(_para(article.headline, (*key, "headline"), web=web, align="center",
                        bold=True, size="16.0pt"))
    blocks.append(_spacer(web=web))
    texts = (article.lead, *article.paragraphs)
    for k, text in enumerate(texts):
        blocks.append(_para(text, (*key, "p", k), web=web, indent=True))
        if web and k < len(texts) - 1:
            blocks.append(_spacer(web=web))
    blocks.append(_spacer(web=web))
    blocks.append(_para(END, (*key, "end"), web=web, align="center", bold=True))
    blocks.append(_spacer(web=web))
    blocks.append(_para(DIRECTORATE, (*key, "sig"), web=web, align="right", bold=True,
                        size="12.0pt"))
    blocks.append(_para(PHONE, (*key, "phone"), web=web, align="right", size="12.0pt"))
    font = (WEB_FONT if web else FONT).replace("14.0pt", "12.0pt")
    mark = "<o:p></o:p>" if web else ""
    blocks.append(_wrap(
        f"<p class=MsoNormal dir=RTL><span lang=AR-JO style='{font}'>البريد الإلكتروني: </span>"
        f"<span dir=LTR><a href=\"mailto:{EMAIL}\"><span style='font-size:12.0pt;"
        f"font-family:\"Times New Roman\",serif'>{EMAIL}</span></a></span><span dir=RTL></span>"
        f"<span lang=AR-JO style='{font}'>{mark}</span></p>"))
    if web:
        blocks.append(_wrap(
            f"<p class=MsoNormal dir=RTL><span lang=AR-JO style='{font}'>الموقع الإلكتروني: </span>"
            f"<span dir=LTR><a href=\"http://{WEBSITE}/\"><span style='font-size:12.0pt;"
            f"font-family:\"Times New Roman\",serif'>{WEBSITE}</span></a></span><span dir=RTL></span>"
            f"<span lang=AR-JO style='{font}'>{mark}</span></p>"))
    body = "\n\n".join(blocks)
    charset = "utf-8" if n == 3 else "windows-1256"
    if web:
        saved = article.moment.astimezone(UTC) - timedelta(minutes=12)
        words = sum(len(t.split()) for t in texts) + len(article.headline.split()) + 22
        characters = sum(len(t.replace(" ", "")) for t in texts)
        head = WEB_HEAD.format(
            charset=charset, folder=folder,
            created=f"{saved - timedelta(minutes=41):%Y-%m-%dT%H:%M:00Z}",
            saved=f"{saved:%Y-%m-%dT%H:%M:00Z}",
            words=words, characters=characters, lines=characters // 95 + 1,
            paragraphs=len(texts), with_spaces=characters + words)
        page.html = f"{head}\n\n{body}\n\n</div>\n\n</body>\n\n</html>\n"
    else:
        page.html = (f"<html>\n\n{FILTERED_HEAD.format(charset=charset)}\n\n{body}\n\n</div>\n\n"
                     f"</body>\n\n</html>\n")
    return page
