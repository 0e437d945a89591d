"""A Google Docs document "published to the web" (docs.google.com/document/d/e/2PACX-.../pub)
that a small Jordanian NGO, "ملتقى الأغوار للتنمية الريفية" in Deir Alla, uses as its press
page: one Doc per statement or news item, the link shared on social media. The page is
Google's publish viewer, not a CMS: the head has only the Doc's *file name* as `<title>` and
og:title (og:site_name "Google Docs", og:type article, og:description cut from the Doc's first
text), the kix favicon, an inline `_docs_flag_initialData` script and the viewer's own CSS. The
body opens with `<div id="banner">` (`#publish-banner-text` "Published using Google Docs",
"Report abuse" to docs.google.com/abuse?id=e/2PACX-..., "Learn more"), then `#header` with
`#title` (the file name again) and `#interval` "Updated automatically every 5 minutes", then
`<div id="contents">`: a `<style type="text/css">` of generated classes (`.c0`...`.cN`, numbered
afresh per Doc, `.lst-kix_...` list rules where the Doc has a list, then the Doc's
`.title`/`.subtitle`/`p`/`h1`...`h6` defaults) and `<div class="cN doc-content">`. Inside,
everything is one line of `<p class="cA cB" dir="rtl"><span class="cC">...</span></p>`: every
paragraph split into several spans (bold runs, a run pasted in "Simplified Arabic", links as
`<span><a href="https://www.google.com/url?q=...&amp;sa=D&amp;source=editors&amp;ust=...&amp;
usg=...">`), empty `<p class="cA cH"><span class="cC"></span></p>` spacers between blocks.
Page 1 (a statement): letterhead paragraphs (organisation line, address and phone line),
"التاريخ: 14/3/2024" on the left, the headline as `<p class="cN title" id="h.gjdgxs">`, a centred
"بيان صحفي", the lead opening with a bold "دير علا –" dateline, three body paragraphs as a
`ul.lst-kix_...-0 start` bullet list, a last paragraph with a bold name and a google.com/url
link, "- انتهى -", the "المكتب الإعلامي – ..." signature and a mailto contact line.
Page 2 (a news item): a newsletter line, the headline as `<h1 id="h.xxxx">`, "إعداد: دانة
الصمادي" (the only byline), "الكريمة، الأحد 9 حزيران 2024", a photo after the lead (`<span
style="overflow: hidden; display: inline-block; ...">` around `<img>` from lh7-rt.
googleusercontent.com) with an italic centred caption and a photo credit, signature and contact.
Page 3 (a numbered statement): the letterhead in a borderless two-cell table (text and logo
image), "بيان رقم (11/2024)", "دير علا في 22 تشرين الأول/أكتوبر 2024", `p.title` plus
`p.subtitle`, one body paragraph (the demands) inside a shaded 1x1 table box, "- انتهى -", the
signature, and "بيانات سابقة للملتقى:" with three linked earlier statements.
The date the reader sees is the one typed in the Doc text (Jordan, +03:00); nothing else on the
page dates it. Everything outside the statement's paragraphs is chrome."""

from __future__ import annotations

import hashlib
import random
from datetime import timedelta

from .base import Article, Page, e

NAME = "gdocs_published_statement"
HELD_OUT = True
SET = "unseen13"
FAMILY = "Google Docs published-to-web page (/document/d/e/<id>/pub) carrying an NGO's press statements: publish banner, generated c-classes, rtl spans, letterhead, date line, signature"
HOST = "https://docs.gdocs-statement.example"
ORG = "ملتقى الأغوار للتنمية الريفية"
ORG_HOST = "ghor-forum.example"
BANNER = ("Published using Google Docs", "Report abuse", "Learn more")
INTERVAL = "Updated automatically every 5 minutes"
LETTER_TAG = "جمعية أهلية غير ربحية"
ADDRESS = "دير علا – محافظة البلقاء – المملكة الأردنية الهاشمية | هاتف: 05 357 2284"
REGISTERED = "مسجلة لدى وزارة التنمية الاجتماعية برقم 2147 | ص.ب 117 دير علا 18211"
SIGNATURE = ("المكتب الإعلامي", "الهيئة الإدارية")
CONTACT = "للتواصل الإعلامي: 0795550142 – media@" + ORG_HOST
END = "- انتهى -"
FILE_NAMES = {1: "بيان صحفي - برنامج الري الموفر - 14-3-2024",
              2: "خبر - وحدة الألبان في الكريمة (نشرة 23)",
              3: "بيان 11-2024 - حصص مياه الري"}
DATE_LINES = {1: ("التاريخ: ", "14/3/2024"), 2: ("الكريمة، ", "الأحد 9 حزيران 2024"),
              3: ("دير علا في ", "22 تشرين الأول/أكتوبر 2024")}
NEWSLETTER = "نشرة أخبار الملتقى – العدد 23"
BYLINE = "إعداد: "
CREDIT = "تصوير: المكتب الإعلامي للملتقى"
PRESS_LABEL = "بيان صحفي"
NUMBER = "بيان رقم (11/2024)"
SUBTITLE = "بيان صادر عن الهيئة الإدارية لملتقى الأغوار للتنمية الريفية"
EARLIER = "بيانات سابقة للملتقى:"
# (page, paragraph index) -> runs the writer formatted: ("bold"|"alt"|"link", phrase[, target])
RUNS = {
    (1, 0): (("bold", "دير علا –"),),
    (1, 1): (("alt", "ويتضمن ثلاثة محاور رئيسية:"),),
    (1, 5): (("bold", "المهندس خالد العبادي"),
             ("link", "التسجيل عبر النموذج الإلكتروني المخصص", "https://forms.ghor-forum.example/irrigation-2024")),
    (2, 0): (("link", '"سلة الغور"', f"https://{ORG_HOST}/projects/ghor-basket"),),
    (2, 2): (("bold", "أم محمد الدبابسة"),),
    (2, 3): (("alt", "وتسعى إلى الحصول على شهادة تتيح لها التصدير إلى أسواق الخليج خلال العام المقبل."),),
    (2, 5): (("alt", "بعد وحدة لتجفيف الخضار في معدي"),),
    (3, 0): (("bold", ORG),),
    (3, 1): (("alt", "ما اضطر عددا من المزارعين"),),
    (3, 4): (("link", "نتائج الرصد الميداني", "https://drive.google.com/drive/folders/1Xg7Qm2ghorMonitoring2024"),),
}
LIST_ITEMS = {1: (2, 3, 4)}
BOXED = {3: 3}
IMAGE_AFTER = {2: 0}
CSS = {
    "doc": "background-color:#ffffff;max-width:451.3pt;padding:72pt 72pt 72pt 72pt",
    "p_body": "padding-top:0pt;padding-bottom:8pt;line-height:1.5;orphans:2;widows:2;text-align:justify;direction:rtl",
    "p_right": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:right;direction:rtl",
    "p_left": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;direction:rtl",
    "p_center": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:center;direction:rtl",
    "h11": "height:11pt",
    "s_norm": 'color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:13pt;font-family:"Arial";font-style:normal',
    "s_bold": 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:13pt;font-family:"Arial";font-style:normal',
    "s_alt": 'font-family:"Simplified Arabic"',
    "s_link": "color:#1155cc;text-decoration:underline",
    "a_link": "color:inherit;text-decoration:inherit",
    "s_head": 'color:#274e13;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:15pt;font-family:"Arial";font-style:normal',
    "s_small": 'color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:normal',
    "s_title": 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:20pt;font-family:"Arial";font-style:normal',
}
EXTRA_CSS = {
    1: {"ul0": "padding:0;margin:0", "li_in": "margin-right:36pt;padding-right:0pt"},
    2: {"s_cap": 'color:#434343;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:10pt;font-family:"Arial";font-style:italic',
        "s_h1": 'color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:18pt;font-family:"Arial";font-style:normal',
        "p_h1": "padding-top:20pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:right;direction:rtl"},
    3: {"tbl": "margin-right:0pt;border-spacing:0;border-collapse:collapse;margin-left:auto",
        "tr0": "height:0pt", "tr1": "height:42pt",
        "td_a": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#ffffff;border-top-width:0pt;border-right-width:0pt;border-left-color:#ffffff;vertical-align:middle;border-right-color:#ffffff;border-left-width:0pt;border-top-style:solid;border-left-style:solid;border-bottom-width:0pt;width:348.8pt;border-top-color:#ffffff;border-bottom-style:solid",
        "td_b": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#ffffff;border-top-width:0pt;border-right-width:0pt;border-left-color:#ffffff;vertical-align:middle;border-right-color:#ffffff;border-left-width:0pt;border-top-style:solid;border-left-style:solid;border-bottom-width:0pt;width:102.5pt;border-top-color:#ffffff;border-bottom-style:solid",
        "td_box": "border-right-style:solid;padding:8pt 8pt 8pt 8pt;border-bottom-color:#38761d;border-top-width:1pt;border-right-width:1pt;border-left-color:#38761d;vertical-align:top;border-right-color:#38761d;border-left-width:1pt;border-top-style:solid;background-color:#f3f3f3;border-left-style:solid;border-bottom-width:1pt;width:451.3pt;border-top-color:#38761d;border-bottom-style:solid",
        "s_sub": 'color:#666666;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:14pt;font-family:"Arial";font-style:normal'},
}
UNUSED = {2: ("s_head", "s_title")}  # Docs prints only the classes a Doc uses
DEFAULTS = (
    '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    '.subtitle{padding-top:0pt;color:#666666;font-size:15pt;padding-bottom:16pt;font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
    'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
    + "".join(f'h{k}{{padding-top:{pt}pt;color:{col};font-size:{fs}pt;padding-bottom:{pb}pt;font-family:"Arial";'
              f'line-height:1.15;page-break-after:avoid;{it}orphans:2;widows:2;text-align:left}}'
              for k, pt, col, fs, pb, it in (
                  (1, 20, "#000000", 20, 6, ""), (2, 18, "#000000", 16, 6, ""),
                  (3, 16, "#434343", 14, 4, ""), (4, 14, "#666666", 12, 4, ""),
                  (5, 12, "#666666", 11, 4, ""), (6, 12, "#666666", 11, 4, "font-style:italic;"))))
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
IMG_STYLE = ("overflow: hidden; display: inline-block; margin: 0.00px 0.00px; border: 0.00px solid #000000; "
             "transform: rotate(0.00rad) translateZ(0px); -webkit-transform: rotate(0.00rad) translateZ(0px); ")


def _h(seed: str, size: int, alphabet: str = "abcdefghijklmnopqrstuvwxyz0123456789") -> str:
    digest = b"".join(hashlib.sha256(f"{seed}/{k}".encode()).digest() for k in range(size // 32 + 1))
    return "".join(alphabet[b % len(alphabet)] for b in digest[:size])


def _t(text: str) -> str:
    """Text as Google escapes it: &quot; and &#39;."""
    return e(text).replace("&#x27;", "&#39;")


class _Doc:
    """One Doc's generated classes (numbered afresh per Doc) and its HTML pieces."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.css = {role: css for role, css in {**CSS, **EXTRA_CSS[n]}.items()
                    if role not in UNUSED.get(n, ())}
        roles = sorted(self.css)
        random.Random(f"gdocs-{n}").shuffle(roles)
        self.cls = {role: f"c{k}" for k, role in enumerate(roles)}
        self.tables = 0

    def c(self, *roles: str) -> str:
        return " ".join(self.cls[r] for r in roles)

    def style(self, list_id: str) -> str:
        kit = _h(f"kit{self.n}", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        head = f"@import url(https://themes.googleusercontent.com/fonts/css?kit={kit});"
        lists = ""
        if list_id:
            marks = ("\\0025cf", "\\0025cb", "\\0025a0") * 3
            lists = "".join(f"ul.lst-kix_{list_id}-{k}{{list-style-type:none}}"
                            f".lst-kix_{list_id}-{k}>li:before{{content:\"{marks[k]}  \"}}"
                            for k in range(9))
            lists += ("li.li-bullet-0:before{margin-right:-18pt;white-space:nowrap;"
                      "display:inline-block;min-width:18pt}")
        order = list(self.cls)
        random.Random(f"css-{self.n}").shuffle(order)
        classes = "".join(f".{self.cls[r]}{{{self.css[r]}}}" for r in order)
        return (f'<style type="text/css">{head}{lists}ol{{margin:0;padding:0}}'
                f"table td,table th{{padding:0}}{classes}{DEFAULTS}</style>")

    def span(self, roles: tuple[str, ...], text: str) -> str:
        return f'<span class="{self.c(*roles)}">{_t(text)}</span>'

    def link(self, text: str, target: str, moment) -> str:
        ust = int((moment + timedelta(days=2)).timestamp() * 1_000_000)
        usg = "AOvVaw" + _h(target, 22, B64)
        href = f"https://www.google.com/url?q={target}&amp;sa=D&amp;source=editors&amp;ust={ust}&amp;usg={usg}"
        return f'<span class="{self.c("s_link")}"><a class="{self.c("a_link")}" href="{href}">{_t(text)}</a></span>'

    def p(self, role: str, inner: str, extra: str = "") -> str:
        """`extra` = "title h.xxxx": a named style class and the heading id Docs gives it."""
        named, _, hid = extra.partition(" ")
        cls = self.c(role) + (f" {named}" if named else "")
        return f'<p class="{cls}" dir="rtl"' + (f' id="{hid}"' if hid else "") + f">{inner}</p>"

    def spacer(self, role: str = "p_right") -> str:
        return f'<p class="{self.c(role, "h11")}" dir="rtl"><span class="{self.c("s_norm")}"></span></p>'

    def runs(self, text: str, ops: tuple, moment) -> str:
        pieces: list[tuple[str, str, str]] = [(text, "norm", "")]
        for op in ops:
            kind, phrase = op[0], op[1]
            for k, (chunk, style, _) in enumerate(pieces):
                if style == "norm" and phrase in chunk:
                    before, after = chunk.split(phrase, 1)
                    new = [(before, "norm", ""), (phrase, kind, op[2] if kind == "link" else ""),
                           (after, "norm", "")]
                    pieces[k:k + 1] = [piece for piece in new if piece[0]]
                    break
            else:
                raise ValueError(f"phrase not in paragraph: {phrase}")
        roles = {"norm": ("s_norm",), "bold": ("s_bold",), "alt": ("s_norm", "s_alt")}
        return "".join(self.link(chunk, target, moment) if style == "link"
                       else self.span(roles[style], chunk) for chunk, style, target in pieces)

    def image(self, src: str, width: float, height: float) -> str:
        size = f"width: {width:.2f}px; height: {height:.2f}px;"
        return (f'<span style="{IMG_STYLE}{size}"><img alt="" src="{src}" style="{size} '
                f'margin-left: 0.00px; margin-top: 0.00px; transform: rotate(0.00rad) translateZ(0px); '
                f'-webkit-transform: rotate(0.00rad) translateZ(0px);" title=""></span>')

    def table(self, rows: list[list[tuple[str, str]]], row_role: str) -> str:
        anchor = f'<a id="t.{_h(f"t{self.n}{self.tables}", 40, "0123456789abcdef")}"></a>'
        anchor += f'<a id="t.{self.tables}"></a>'
        self.tables += 1
        body = "".join(f'<tr class="{self.c(row_role)}">' + "".join(
            f'<td class="{self.c(td)}" colspan="1" rowspan="1">{inner}</td>' for td, inner in row)
            + "</tr>" for row in rows)
        return f'{anchor}<table class="{self.c("tbl")}">{body}</table>'


def _img_src(seed: str) -> str:
    chars = B64
    return (f"https://lh7-rt.googleusercontent.com/docsz/AD_4nX{_h(seed, 120, chars)}"
            f"?key={_h(seed + 'k', 22, chars)}")


def render(article: Article, n: int) -> Page:
    doc = _Doc(n)
    moment = article.moment
    pub_id = "2PACX-1v" + _h(article.slug, 78, B64)
    url = f"{HOST}/document/d/e/{pub_id}/pub"
    label, date = DATE_LINES[n]
    page = Page(url=url, html="", shown_date=date)
    file_name = FILE_NAMES[n]
    signer = SIGNATURE[1] if n == 3 else SIGNATURE[0]
    page.add(*BANNER, file_name, INTERVAL, label + date, f"{signer} – {ORG}")
    letter = "" if n == 2 else doc.p(
        "p_center", doc.span(("s_head",), ORG) + doc.span(("s_small",), f" – {LETTER_TAG}"))
    date_line = doc.p("p_left" if n != 2 else "p_right",
                      doc.span(("s_bold",), label) + doc.span(("s_norm",), date))
    out: list[str] = []
    if n == 1:
        page.add(f"{ORG} – {LETTER_TAG}", ADDRESS, PRESS_LABEL, END, CONTACT)
        out += [letter, doc.p("p_center", doc.span(("s_small",), ADDRESS)), doc.spacer(),
                date_line, doc.spacer(),
                doc.p("p_right", doc.span(("s_title",), article.headline), "title h.gjdgxs"),
                doc.p("p_center", doc.span(("s_bold",), PRESS_LABEL)), doc.spacer()]
    elif n == 2:
        byline = BYLINE + (article.author or "")
        page.add(f"{ORG} – {NEWSLETTER}", byline, article.caption, CREDIT, CONTACT)
        out += [doc.p("p_right", doc.span(("s_small",), f"{ORG} – {NEWSLETTER}")),
                f'<h1 class="{doc.c("p_h1")}" dir="rtl" id="h.{_h(article.slug + "h1", 12)}">'
                f"{doc.span(('s_h1',), article.headline)}</h1>",
                doc.p("p_right", doc.span(("s_bold",), BYLINE) + doc.span(("s_norm",), article.author or "")),
                date_line, doc.spacer()]
    else:
        page.add(f"{ORG} – {LETTER_TAG}", REGISTERED, ADDRESS, NUMBER, SUBTITLE, END, EARLIER,
                 *article.related)
        cell = letter + doc.p("p_center", doc.span(("s_small",), REGISTERED)) + doc.p(
            "p_center", doc.span(("s_small",), ADDRESS))
        logo = doc.p("p_center", doc.image(_img_src(article.slug + "logo"), 94, 94))
        out += [doc.table([[("td_a", cell), ("td_b", logo)]], "tr1"), doc.spacer(),
                doc.p("p_right", doc.span(("s_bold",), NUMBER)), date_line, doc.spacer(),
                doc.p("p_right", doc.span(("s_title",), article.headline),
                      f"title h.{_h(article.slug + 'title', 12)}"),
                doc.p("p_right", doc.span(("s_sub",), SUBTITLE), f"subtitle h.{_h(article.slug + 's', 12)}")]
    paragraphs = [article.lead, *article.paragraphs]
    items = LIST_ITEMS.get(n, ())
    list_id = _h(article.slug + "lst", 12) if items else ""
    for k, text in enumerate(paragraphs):
        inner = doc.runs(text, RUNS.get((n, k), ()), moment)
        if k in items:
            start = " start" if k == items[0] else ""
            li = f'<li class="{doc.c("p_body", "li_in")} li-bullet-0" dir="rtl">{inner}</li>'
            if k == items[0]:
                out.append(f'<ul class="{doc.c("ul0")} lst-kix_{list_id}-0{start}">')
            out.append(li)
            if k == items[-1]:
                out.append("</ul>")
        elif BOXED.get(n) == k:
            out.append(doc.table([[("td_box", doc.p("p_body", inner))]], "tr0"))
        else:
            out.append(doc.p("p_body", inner))
        if IMAGE_AFTER.get(n) == k:
            out += [doc.p("p_center", doc.image(_img_src(article.slug + "photo"), 601.70, 338.46)),
                    doc.p("p_center", doc.span(("s_cap",), article.caption)),
                    doc.p("p_center", doc.span(("s_cap",), CREDIT)), doc.spacer()]
    out.append(doc.spacer())
    if n != 2:
        out += [doc.p("p_center", doc.span(("s_bold",), END)), doc.spacer()]
    out.append(doc.p("p_left", doc.span(("s_bold",), signer) + doc.span(("s_norm",), f" – {ORG}")))
    if n != 3:
        mail = f"media@{ORG_HOST}"
        out.append(doc.p("p_left", doc.span(("s_small",), CONTACT.removesuffix(mail))
                         + f'<span class="{doc.c("s_link")}"><a class="{doc.c("a_link")}" '
                         f'href="mailto:{mail}">{mail}</a></span>'))
    else:
        out += [doc.spacer(), doc.p("p_right", doc.span(("s_bold",), EARLIER))]
        for k, title in enumerate(article.related):
            target = f"https://docs.google.com/document/d/e/2PACX-1v{_h(title, 78, B64)}/pub"
            out.append(doc.p("p_right", doc.span(("s_norm",), f"{k + 1}. ") + doc.link(title, target, moment)))
    out.append(doc.spacer())
    first = f"{ORG} – {LETTER_TAG} " if n != 2 else f"{ORG} – {NEWSLETTER} "
    description = (first + article.headline + " " + article.lead)[:150].rsplit(" ", 1)[0]
    nonce = _h(article.slug + "nonce", 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    flags = ('{"docs-ails":"docs_cold","docs-fwds":"docs_nf","docs-crs":"docs_crs_nfd","docs-fl":1,'
             '"docs-hpr":0,"docs-orl":9,"docs-rls":"en","docs-shdn":0,"docs-tfh":"","info_params":{},'
             '"docs-eivt":false,"docs-offline-dfbu":false,"docs-pub":true}')
    page.html = f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><title>{_t(file_name)}</title><meta property="og:title" content="{_t(file_name)}"><meta property="og:type" content="article"><meta property="og:site_name" content="Google Docs"><meta property="og:url" content="{url}?usp=embed_facebook"><meta property="og:image" content="https://lh7-us.googleusercontent.com/docs/AHkbwy{_h(pub_id, 64)}=w1200-h630-p"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta property="og:description" content="{_t(description)}"><meta name="google" content="notranslate"><link rel="shortcut icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico"><link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500|Roboto:300,400,500,700|Source+Code+Pro:400,700&amp;display=swap" rel="stylesheet" nonce="{nonce}"><script nonce="{nonce}">var _docs_flag_initialData={flags};</script>
<style nonce="{nonce}">body{{margin:0;padding:0;background:#fff}}#banner{{font-family:"Google Sans",Roboto,Arial,sans-serif;background:#f1f3f4;color:#444746;font-size:14px;line-height:20px;padding:12px 24px;display:flex;align-items:center}}#publish-banner{{display:flex;flex:1;align-items:center;justify-content:space-between}}#publish-banner-text{{font-weight:500}}#publish-banner-links a{{color:#0b57d0;margin-left:16px;text-decoration:none}}#header{{padding:24px 24px 0;font-family:"Google Sans",Roboto,Arial,sans-serif}}#title{{font-size:22px;color:#1f1f1f}}#interval{{font-size:12px;color:#5f6368;padding-top:4px}}#contents{{padding:20px 24px 40px}}@media screen and (max-width:800px){{#contents .doc-content{{padding:16px!important}}}}</style></head><body><div id="banner"><div id="publish-banner" role="banner"><div id="publish-banner-text">{BANNER[0]}</div><div id="publish-banner-links"><a id="publish-banner-report" href="https://docs.google.com/abuse?id=e/{pub_id}" target="_blank">{BANNER[1]}</a><a id="publish-banner-learn" href="//support.google.com/docs/answer/183965?hl=en" target="_blank">{BANNER[2]}</a></div></div></div><div id="header"><div id="title">{_t(file_name)}</div><div id="interval"><span>{INTERVAL}</span></div></div><div id="contents">{doc.style(list_id)}<div class="{doc.c("doc")} doc-content">{"".join(out)}</div></div></body></html>
"""
    return page
