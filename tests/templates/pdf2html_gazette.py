"""A Moroccan official gazette notice (the Arabic edition of the Bulletin Officiel, the
"بلاغات وإعلانات" part), published as the PDF of the notice and converted to HTML by
pdf2htmlEX: no CMS at all. The head holds pdf2htmlEX's generator comment and meta, its base
CSS, then the document's own CSS (the embedded `@font-face` fonts, `.m0` transform matrix,
`.ls*` / `.ws*` / `._*` spacing, `.fc*`, `.fs*`, and the `.x*` (left) / `.y*` (bottom) /
`.h*` / `.w*` position classes, numbered in order of first use), the viewer script and an
empty `<title>`. The body: `#sidebar` with an empty outline, then `#page-container` with one
`div.pf.w0.h0[data-page-no]` per page holding `div.pc.pc<n>` with the page's background
image (`img.bi`, a data: PNG) and every printed LINE its own absolutely positioned
`div.t m0 x* h* y* ff* fs* fc0 sc0 ls0 ws*`, one after the other with nothing between them.
A line is not a paragraph: the lines of one paragraph follow each other (a soft-wrapped line
keeps the space Word left at its end), a new paragraph is only a larger y jump, and the last,
shorter line of a paragraph starts at its own x class. Justified lines print their widened
word gaps as pdf2htmlEX's spacing spans (`<span class="_ _3"> </span>`, and empty kerning
spans `<span class="_ _0"></span>` beside a space); lines of the ws-class kind keep plain
spaces. Top to bottom: the running header on every page ("الجريدة الرسمية" and the issue's
number and date, which is not the notice's), the masthead on page 1 ("المملكة المغربية" /
"الأمانة العامة للحكومة" / "الجريدة الرسمية" / "النشرة العامة" / the part's name), the
notice's title in two centred bold lines, the "صادر في <hijri> (<day month year>)" line in
Moroccan month names, the paragraphs, the signature block on the last page and the footer
"الصفحة 1 من 2" on each page. A page breaks between paragraphs. Morocco is at +01:00, +00:00
during Ramadan. Unsigned ministry copy: no writer."""

from __future__ import annotations

import base64
import zlib

from .base import MOROCCO, Article, Page, e

NAME = "pdf2html_gazette"
HELD_OUT = True
SET = "unseen10"
FAMILY = "Moroccan gazette notice PDF converted by pdf2htmlEX: one positioned div per printed line, spacing spans, running header/footer, 'صادر في' date"
HOST = "https://www.sgg-bo.example"
GAZETTE = "الجريدة الرسمية"
MASTHEAD = ("المملكة المغربية", "الأمانة العامة للحكومة", GAZETTE, "النشرة العامة",
            "بلاغات وإعلانات")
# issue number, the issue's Hijri and Gregorian date (a later day than the notice's)
ISSUES = ("عدد 7298 – 18 ذو القعدة 1445 (27 ماي 2024)",
          "عدد 7268 – 13 رمضان 1445 (24 مارس 2024)",
          "عدد 7334 – 10 ربيع الأول 1446 (14 شتنبر 2024)")
HIJRI = ("13 من ذي القعدة 1445", "9 رمضان 1445", "6 ربيع الأول 1446")
SIGNATURES = (("عن الوزير وبتفويض منه", "الكاتب العام"),
              ("وزير الصناعة والتجارة", "الإمضاء: عن الوزير، مدير التجارة الداخلية"),
              ("عن وزير التجهيز والماء", "مدير البحث والتخطيط المائي"))
FIRST_PAGE_LINES = 10
PAGE_LINES = 24
RIGHT = 807.87
CHAR = 10.4
WIDTH = 62


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


class _Classes:
    """pdf2htmlEX's position classes: one per distinct value, numbered by first use."""

    def __init__(self, prefix: str, prop: str, start: int = 0) -> None:
        self.prefix, self.prop, self.values = prefix, prop, {}
        self.start = start

    def __call__(self, value: float) -> str:
        key = round(value, 6)
        if key not in self.values:
            self.values[key] = f"{self.prefix}{len(self.values) + self.start}"
        return self.values[key]

    def css(self) -> str:
        return "\n".join(f".{name}{{{self.prop}:{value:.6f}px;}}"
                         for value, name in self.values.items())


def _spaced(line: str, key: tuple, justified: bool) -> str:
    """The line's text as pdf2htmlEX writes it: a justified line's gaps as spacing spans."""
    words = [e(w) for w in line.split(" ")]
    if not justified:
        return " ".join(words)
    out = words[0]
    for k, word in enumerate(words[1:]):
        roll = zlib.crc32(f"{key}|{k}".encode()) % 7
        if roll < 4:
            out += f'<span class="_ _{1 + roll}"> </span>{word}'
        elif roll == 4:
            out += f' <span class="_ _0"></span>{word}'
        else:
            out += f" {word}"
    return out


def _png(n: int) -> str:
    raw = b"\x89PNG\r\n\x1a\n" + zlib.compress(bytes(f"bg-page-{n}" * 6, "ascii"))
    return base64.b64encode(raw).decode("ascii")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    issue = ISSUES[n - 1]
    shown = f"صادر في {HIJRI[n - 1]} ({moment.day} {MOROCCO[moment.month - 1]} {moment.year})"
    url = f"{HOST}/BO/AR/{moment:%Y}/{article.slug}.html"
    xs, ys, hs = _Classes("x", "left", 1), _Classes("y", "bottom", 1), _Classes("h", "height", 2)
    ws_line = n != 2  # page 2's PDF justified with word spacing, pages 1 and 3 with gaps

    def div(text: str, left: float, bottom: float, *, ff: int = 1, fs: int = 0, h: float = 15.9,
            ws: int = 0) -> str:
        return (f'<div class="t m0 {xs(left)} {hs(h)} {ys(bottom)} ff{ff} fs{fs} fc0 sc0 ls0 '
                f'ws{ws}">{text}</div>')

    def centred(text: str, bottom: float, *, soft: bool = False, **kw: object) -> str:
        left = (RIGHT + 85.04) / 2 - len(text) * CHAR * 0.55
        return div(e(text) + (" " if soft else ""), left, bottom, **kw)

    # the paragraphs as printed lines, then pages cut between paragraphs
    paragraphs = [_wrap(p, WIDTH) for p in (article.lead, *article.paragraphs)]
    pages: list[list[list[str]]] = [[]]
    budget = FIRST_PAGE_LINES
    used = 0
    for lines in paragraphs:
        if used and used + len(lines) > budget:
            pages.append([])
            budget, used = PAGE_LINES, 0
        pages[-1].append(lines)
        used += len(lines)
    total = len(pages)
    title = _wrap(article.headline, 48)
    page = Page(url=url, html="", shown_date=shown)
    page.add(GAZETTE, issue, *MASTHEAD, shown, *SIGNATURES[n - 1],
             *(f"الصفحة {k} من {total}" for k in range(1, total + 1)))

    html_pages = []
    for p, paras in enumerate(pages, 1):
        parts = [f'<img class="bi x0 y0 w1 h1" alt="" src="data:image/png;base64,{_png(p)}"/>']
        parts.append(div(e(GAZETTE), RIGHT - len(GAZETTE) * 8.1, 1207.5, ff=2, fs=2, h=12.4))
        parts.append(div(e(issue), 85.04, 1207.5, fs=2, h=12.4))
        bottom = 1160.0
        if p == 1:
            for k, line in enumerate(MASTHEAD):
                parts.append(centred(line, bottom, ff=2, fs=1 if k == 2 else 2,
                                     h=22.1 if k == 2 else 12.4))
                bottom -= 30.0 if k == 2 else 21.0
            bottom -= 18.0
            for k, line in enumerate(title):
                parts.append(centred(line, bottom, ff=2, fs=3, h=18.2,
                                     soft=k < len(title) - 1))
                bottom -= 27.0
            parts.append(centred(shown, bottom, fs=0))
            bottom -= 44.0
        for q, lines in enumerate(paras):
            for k, line in enumerate(lines):
                last = k == len(lines) - 1
                text = _spaced(line, (n, p, q, k), justified=not last and not ws_line)
                soft = "" if last else " "
                left = RIGHT - len(line) * CHAR if last else 85.04
                ws = 1 + (k % 3) if ws_line and not last else 0
                parts.append(div(text + soft, left, bottom, ws=ws))
                bottom -= 26.35
            bottom -= 15.5
        if p == total:
            bottom -= 20.0
            for line in SIGNATURES[n - 1]:
                parts.append(div(e(line), 85.04 + 40, bottom, ff=2))
                bottom -= 26.35
        parts.append(centred(f"الصفحة {p} من {total}", 48.2, fs=2, h=12.4))
        html_pages.append(
            f'<div id="pf{p:x}" class="pf w0 h0" data-page-no="{p:x}"><div class="pc pc{p:x} w0 h0">'
            + "".join(parts)
            + '</div><div class="pi" data-data=\'{"ctm":[1.500000,0.000000,0.000000,1.500000,'
              '0.000000,0.000000]}\'></div></div>')
    position_css = "\n".join((xs.css(), ys.css(), hs.css()))
    version = ("0.18.8.rc1", "0.18.7-poppler-0.81.0", "0.18.8.rc1")[n - 1]
    page.html = f"""<!DOCTYPE html>
<!-- Created by pdf2htmlEX (https://github.com/pdf2htmlex/pdf2htmlex) -->
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8"/>
<meta name="generator" content="pdf2htmlEX {version}"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>
<style type="text/css">
/*!
 * Base CSS for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */#sidebar{{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto}}#page-container{{position:absolute;top:0;left:0;margin:0;padding:0;border:0}}@media screen{{#sidebar.opened+#page-container{{left:250px}}#page-container{{bottom:0;right:0;overflow:auto}}.loading-indicator{{display:none}}.loading-indicator.active{{display:block;position:absolute;width:64px;height:64px;top:50%;left:50%;margin-top:-32px;margin-left:-32px}}}}@media print{{@page{{margin:0}}html{{margin:0}}body{{margin:0;-webkit-print-color-adjust:exact}}#sidebar{{display:none}}#page-container{{width:auto;height:auto;overflow:visible;background-color:transparent}}.d{{display:none}}}}.pf{{position:relative;background-color:white;overflow:hidden;margin:0;border:0}}.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0;-ms-transform-origin:0 0;-webkit-transform-origin:0 0}}.pc.opened{{display:block}}.bf{{position:absolute;border:0;margin:0;top:0;bottom:0;width:100%;height:100%;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}}.bi{{position:absolute;border:0;margin:0;-ms-user-select:none;-moz-user-select:none;-webkit-user-select:none;user-select:none}}@media print{{.pf{{margin:0;box-shadow:none;page-break-after:always;page-break-inside:avoid}}@-moz-document url-prefix(){{.pf{{overflow:visible;border:1px solid #fff}}.pc{{overflow:visible}}}}}}.c{{position:absolute;border:0;padding:0;margin:0;overflow:hidden;display:block}}.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%;unicode-bidi:bidi-override;-moz-font-feature-settings:"liga" 0}}.t:after{{content:''}}.t:before{{content:'';display:inline-block}}.t span{{position:relative;unicode-bidi:bidi-override}}._{{display:inline-block;color:transparent;z-index:-1}}::selection{{background:rgba(127,255,255,0.4)}}::-moz-selection{{background:rgba(127,255,255,0.4)}}.pi{{display:none}}.d{{position:absolute;transform-origin:0 100%;-ms-transform-origin:0 100%;-webkit-transform-origin:0 100%}}.it{{border:0;background-color:rgba(255,255,255,0.0)}}.ir:hover{{cursor:pointer}}
</style>
<style type="text/css">
/*!
 * Fancy styles for pdf2htmlEX
 * Copyright 2012,2013 Lu Wang <coolwanglu@gmail.com>
 * https://github.com/pdf2htmlEX/pdf2htmlEX/blob/master/share/LICENSE
 */@keyframes fadein{{from{{opacity:0}}to{{opacity:1}}}}#sidebar{{background-color:#2f3236}}#outline{{font-family:Georgia,Times,"Times New Roman",serif;font-size:13px;margin:2em 1em}}#page-container{{background-color:#9e9e9e;background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI1IiBoZWlnaHQ9IjUiPjwvc3ZnPg==");transition:left 500ms}}.pf{{margin:13px auto;box-shadow:1px 1px 3px 1px #333;border-collapse:separate}}.pc.opened{{animation:fadein 100ms}}.loading-indicator.active{{animation:swing 1.5s ease-in-out .01s infinite alternate none}}
</style>
<style type="text/css">
.ff0{{font-family:sans-serif;visibility:hidden;}}
@font-face{{font-family:ff1;src:url('data:application/font-woff;base64,d09GRgABAAAAAC4oAA0AAAAAQ1wAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABGRlRNAAAuDAAAABwAAAAc')format("woff");}}.ff1{{font-family:ff1;line-height:1.353027;font-style:normal;font-weight:normal;visibility:visible;}}
@font-face{{font-family:ff2;src:url('data:application/font-woff;base64,d09GRgABAAAAADDIAA0AAAAARzAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABGRlRNAAAwrAAAABwAAAAc')format("woff");}}.ff2{{font-family:ff2;line-height:1.353027;font-style:normal;font-weight:bold;visibility:visible;}}
.m0{{transform:matrix(0.375000,0.000000,0.000000,0.375000,0,0);-ms-transform:matrix(0.375000,0.000000,0.000000,0.375000,0,0);-webkit-transform:matrix(0.375000,0.000000,0.000000,0.375000,0,0);}}
.v0{{vertical-align:0.000000px;}}
.ls0{{letter-spacing:0.000000px;}}
.sc_{{text-shadow:none;}}
.sc0{{text-shadow:-0.015em 0 transparent,0 0.015em transparent,0.015em 0 transparent,0 -0.015em  transparent;}}
@media screen and (-webkit-min-device-pixel-ratio:0){{.sc_{{-webkit-text-stroke:0px transparent;}}.sc0{{-webkit-text-stroke:0.015em transparent;text-shadow:none;}}}}
.ws0{{word-spacing:0.000000px;}}
.ws1{{word-spacing:3.218400px;}}
.ws2{{word-spacing:5.044800px;}}
.ws3{{word-spacing:1.987200px;}}
._0{{margin-left:-1.041600px;}}
._1{{width:9.132000px;}}
._2{{width:12.806400px;}}
._3{{width:15.451200px;}}
._4{{width:10.587600px;}}
.fc0{{color:rgb(0,0,0);}}
.fs0{{font-size:37.333333px;}}
.fs1{{font-size:58.666667px;}}
.fs2{{font-size:29.333333px;}}
.fs3{{font-size:42.666667px;}}
{position_css}
.h0{{height:1262.834646px;}}
.h1{{height:1263.000000px;}}
.w0{{width:892.914000px;}}
.w1{{width:893.000000px;}}
.x0{{left:0.000000px;}}
.y0{{bottom:-0.500000px;}}
@media print{{
.m0{{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}}
.fs0{{font-size:24.888889pt;}}
}}
</style>
<script>
/*
 Copyright 2012 Mozilla Foundation
 Copyright 2013 Lu Wang <coolwanglu@gmail.com>
 Apache License Version 2.0
*/
(function(){{var b=window.pdf2htmlEX=window.pdf2htmlEX||{{}};b.Viewer=function(a){{this.config=a||{{}};this.init_before_loading_content();var c=this;document.addEventListener("DOMContentLoaded",function(){{c.init_after_loading_content()}},!1)}};}})();
</script>
<script>
try{{
pdf2htmlEX.defaultViewer = new pdf2htmlEX.Viewer({{}});
}}catch(e){{}}
</script>
<title></title>
</head>
<body>
<div id="sidebar">
<div id="outline">
</div>
</div>
<div id="page-container">
{chr(10).join(html_pages)}
</div>
<div class="loading-indicator">
<img alt="" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAABGdBTUEAALGPC/xhBQAAAwBQTFRFAAAA"/>
</div>
</body>
</html>
"""
    return page
