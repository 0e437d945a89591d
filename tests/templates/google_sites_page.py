"""A small Jordanian NGO ("جمعية سنابل الخير للتنمية المجتمعية", Irbid) whose website is a new
Google Sites site (sites.google.com/view/sanabel-irbid, here on its own host): every news post is
a page of its own, nested under the "الأخبار" page, as the public viewer serves it with an Arabic
UI. Everything comes out on one long line. The head: `<html lang="ar" itemscope
itemtype="http://schema.org/WebPage">`, the DOCS_timing/_docs_flag scripts, og:title/itemprop
name set to the page's short NAV NAME (not the headline), og:type website, og:description being
"\\n" + the page's first text, og:image/itemprop image only on pages with a picture, Google Fonts
plus the gstatic atari stylesheet, `<title>` "سنابل الخير | إربد - <nav name>", the theme
`<style jsname="ptDGoc">` and `_at_config`/`window.globals`. No JSON-LD, no article:* meta, no
`<time>`. The body (`id="yDmH0d"`, dir="rtl"): the search banner (role="banner", placeholder
"البحث في هذا الموقع"), then `header#atIdViewHeader` in top-navigation mode: the hidden mobile
drawer `nav.JzO0Vc` and the top bar `nav.plFg0c` (site title "سنابل الخير | إربد" in
`span.QTKDff`, page list `ul.K1Ci7d.oXBWEc.jYxBte`, the "الأخبار" entry with its level-2 list of
post pages, the current one `aria-selected`). Then `div[role=main].UtePc.RCETm`: a header
`section.yaqOZd.LB7kq` with the headline in `h1#h.p_ID_13.duRjpb > span.Rn3Z1b`, and content
`section.yaqOZd` blocks, each wrapped mYVXT > LS81yb > JNdkSc > JNdkSc-SmKAyb > oKdM2c > jXK9ad
> tyJCtd, text boxes of `<p dir="rtl" class="zfr3Q CDt4Ke">` with `span.C9DxTc` inline styles
and empty `<p><br></p>` lines. The date is typed by hand: page 1 in its own text box ("الأحد 17
آذار 2024"), page 2 on the first line of the story box ("تاريخ النشر: 27/10/2024"), page 3 under
the headline in the header ("5 كانون الثاني 2025"). Page 1: one paragraph split across two
spans mid-word, a picture (`div.t3iYD > img.CENy8b`) with a caption text box, the writer's line
"إعداد: رنا الخطيب - وحدة الإعلام" (the only page naming one), hashtags, the back button. Page 2:
no picture, bold words, an `h2.JYVBee` subheading (with the copy-heading-link widget), the filled
button to a Google Form (google.com/url redirect) and a WhatsApp line. Page 3: picture beside the
text without caption, an inline `a.XqQF9c` redirect link and a bold span, hashtags, the back
button. Each page ends with "اقرأ أيضاً" (h3.OmQG5e and a list of links to older posts), the
site footer `footer.yxgWrb` (address, phone, e-mail, registration line, copyright), the
`dZA9kd` site-actions button and the `LqzjUe` bar: "تم تحديث الصفحة" (its date filled by
script; `data-last-updated-at-time` is later than publication), "Google Sites", "الإبلاغ عن إساءة
الاستخدام". All of that is chrome."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from .base import LEVANTINE, Article, Page, e, weekday

NAME = "google_sites_page"
HELD_OUT = True
SET = "unseen19"
FAMILY = "New Google Sites NGO site, one page per news post: obfuscated tyJCtd/zfr3Q/yaqOZd markup, hand-typed dates, top nav with post pages, Sites footer"
HOST = "https://google-sites-ngo.example"
ROOT = "/view/sanabel-irbid"
SITE = "سنابل الخير | إربد"
NEWS = "الأخبار"
# the pages of the site as its owner ordered them; the news pages sit under "الأخبار"
TOP = ("الرئيسية", "من نحن", "مشاريعنا", NEWS, "تطوع معنا", "اتصل بنا")
SHORT = {"2403": "دورة صناعة الألبان", "2410": "برنامج المهارات الرقمية",
         "2501": "دفء الشتاء 2025"}
OLDER = {"بازار رمضان الخيري يجمع منتجات 60 أسرة منتجة في إربد": "بازار رمضان 2023",
         "يوم طبي مجاني يخدم 300 مراجع في بلدة حوارة": "اليوم الطبي في حوارة",
         "الجمعية توقع مذكرة تفاهم مع جامعة اليرموك لتدريب المتطوعين": "مذكرة تفاهم مع اليرموك",
         "توزيع 500 حقيبة مدرسية على طلبة الأسر العفيفة مع بداية العام الدراسي": "الحقيبة المدرسية"}
CHILDREN = ("دفء الشتاء 2025", "برنامج المهارات الرقمية", "الحقيبة المدرسية",
            "دورة صناعة الألبان", "مذكرة تفاهم مع اليرموك", "اليوم الطبي في حوارة",
            "بازار رمضان 2023")
SEARCH = "البحث في هذا الموقع"
READ_MORE = "اقرأ أيضاً"
BACK = "العودة إلى صفحة الأخبار"
FORM = "سجّل الآن عبر النموذج الإلكتروني"
WHATSAPP = "للاستفسار: 0796418233 (هاتف وواتساب)"
BYLINE = "إعداد: رنا الخطيب - وحدة الإعلام"
HASHTAGS = {1: "#سنابل_الخير #تمكين_المرأة #الرمثا", 3: "#دفء_الشتاء #سنابل_الخير #إربد"}
FOOTER = ("جمعية سنابل الخير للتنمية المجتمعية – مسجلة لدى وزارة التنمية الاجتماعية برقم 1187",
          "إربد – شارع الهاشمي – مقابل مجمع النقابات المهنية", "هاتف: 027245190",
          "sanabel.irbid@gmail.com", "© جميع الحقوق محفوظة لجمعية سنابل الخير")
GOOGLE = ("تم تحديث الصفحة", "Google Sites", "الإبلاغ عن إساءة الاستخدام")
SEEDS = {1: "3c61a0f2d94b7e15", 2: "7a0e5b13c8d2f946", 3: "51d9e2a7b03c48f6"}
UPDATED = {1: timedelta(days=2, hours=3), 2: timedelta(minutes=25), 3: timedelta(days=1)}
IMAGES = {1: "AICyYdZq3mW8vPq1T0nLrS5kXc7HdE2fB9gJ4uYtKw6aNoVi", 3: "AICyYdbR7tLx2QmE5kHs9Pz0WcV3nGfJ8yUa4DiO6rBqTlXe"}
# (page) -> (paragraph index, words) wrapped by the writer
BOLD = {2: (0, "مئة وعشرين طالبا وطالبة"), 3: (1, "350 مدفأة غاز")}
LINK = {3: (3, "صفحة التبرع الخاصة بالحملة")}
SUBHEAD = {2: 4}
SPLIT = {1: (1, 60)}  # page 1: paragraph 1 pasted as two spans, cut mid-word at character 60
SPAN = "font-family: 'Arial'; font-size: 13pt; font-variant: normal; vertical-align: baseline;"
ABUSE_ID = "104877320511946028315"
JSACT = ("click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; mouseenter:tfO1Yc; mouseleave:JywGue; "
         "focus:AHmuwe; blur:O22p3e; contextmenu:mg9Pef;")
INFO_SVG = ('<svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class=" NMm5M"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 '
            '10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8zM11 9h2V7h-2v2z"></path></svg>')


def _path(*names: str) -> str:
    return ROOT + "".join("/" + quote(name.replace(" ", "-")) for name in names)


def _page_path(name: str) -> str:
    if name == "الرئيسية":
        return ROOT + "/home"
    if name in CHILDREN:
        return _path(NEWS, name)
    return _path(name)


def _shown(article: Article, n: int) -> str:
    m = article.moment
    if n == 2:
        return f"{m.day}/{m.month}/{m.year}"
    day = f"{m.day} {LEVANTINE[m.month - 1]} {m.year}"
    return f"{weekday(m)} {day}" if n == 1 else day


def _p(inner: str, style: str = "") -> str:
    attr = f' style="{style}"' if style else ""
    return f'<p dir="rtl" class="zfr3Q CDt4Ke"{attr}>{inner}</p>'


def _span(text_html: str, extra: str = "") -> str:
    return f'<span class="C9DxTc" style="{SPAN}{extra}">{text_html}</span>'


def _heading(tag: str, cls: str, anchor: str, hid: str, inner: str) -> str:
    """A Sites text-box heading with its copy-link widget (aria text only)."""
    return (f'<div id="{hid}" class="{anchor} aP9Z7e"></div><{tag} id="{hid}" dir="rtl" class="zfr3Q {cls} CDt4Ke" tabindex="-1">'
            f'<div jscontroller="Ae65rd" jsaction="touchstart:UrsOsc; click:KjsqPd; focusout:QZoaZ; mouseover:y0pDld; mouseout:dq0hvd;fv1Rjc:jbFSOd;CrfLRd:SzACGe;" class="CjVfdc">'
            f'<div class="PPhIP rviiZ" jsname="haAclf"><div role="presentation" class="U26fgb mUbCce fKz7Od LRAOtb Znu9nd M9Bg4d" jscontroller="mxS5xe" jsaction="{JSACT}" jsshadow aria-describedby="{hid}" '
            f'aria-label="نسخ رابط العنوان" aria-disabled="false" data-tooltip="نسخ رابط العنوان" aria-hidden="true" data-tooltip-position="top" data-tooltip-vertical-offset="12" data-tooltip-horizontal-offset="0">'
            f'<a class="FKF6mc TpQm9d" href="#{hid}" aria-label="نسخ رابط العنوان" jsname="hiK3ld" role="button" aria-describedby="{hid}"><div class="VTBa7b MbhUzd" jsname="ksKsZd"></div>'
            '<span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -11px"><svg class="OUGEr QdAdhf" width="22px" height="22px" viewBox="0 0 24 24" fill="currentColor" focusable="false">'
            '<path d="M0 0h24v24H0z" fill="none"/><path d="M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z"/></svg></span></span></a></div></div>'
            f'{inner}</div></{tag}>')


def _tile(hid: str, inner: str, kind: str = "text", first: bool = False) -> str:
    box = {"text": "tyJCtd mGzaTb baZpAe", "image": "tyJCtd baZpAe", "button": "tyJCtd N0neUc baZpAe"}[kind]
    cell = "oKdM2c Kzv0Me" if first else "oKdM2c"
    return (f'<div class="{cell}"><div id="{hid}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 OjCsFc wHaque GNzUNc">'
            f'<div class="jXK9ad-SmKAyb"><div class="{box}">{inner}</div></div></div></div>')


def _section(sid: str, tiles: list[str], cls: str = "yaqOZd", bg: str = "") -> str:
    back = (f'<div class="Nu95r"><div class="IFuOkc" style="background-size: cover; background-position: center center; background-image: url({bg});" jsname="LQX2Vd"></div></div>'
            if bg else '<div class="IFuOkc"></div>')
    return (f'<section id="{sid}" class="{cls}" style="">{back}<div class="mYVXT"><div class="LS81yb VICjCf" tabindex="-1">'
            '<div class="hJDwNd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c JNdkSc yYI8W"><div class="JNdkSc-SmKAyb">'
            '<div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">'
            f'{"".join(tiles)}</div></div></div></div></div></section>')


def _button(hid: str, label: str, href: str, blank: bool) -> str:
    target = ' target="_blank"' if blank else ""
    inner = (f'<div class="axx72"><div role="presentation" class="U26fgb L7IXhc htnAL QmpIrf M9Bg4d" jscontroller="VXdfxd" jsaction="{JSACT}" jsshadow '
             f'aria-label="{e(label)}" aria-disabled="false" data-tooltip="{e(label)}" data-tooltip-vertical-offset="-12" data-tooltip-horizontal-offset="0">'
             f'<a class="FKF6mc TpQm9d QmpIrf" href="{e(href)}"{target} aria-label="{e(label)}"><div class="NsaAfc"><p>{e(label)}</p></div>'
             '<div class="wvnY3c" jsname="ksKsZd"></div></a></div></div>')
    return _tile(hid, inner, "button")


def _redirect(url: str, usg: str) -> str:
    return f"https://www.google.com/url?q={quote(url, safe='')}&sa=D&sntz=1&usg={usg}"


def _body(article: Article, n: int, hid: str) -> list[str]:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if SUBHEAD.get(n) == k:
            out.append(_heading("h2", "JYVBee", "CobnVe", f"{hid}{k}", _span(e(text), " font-weight: 700;")))
            continue
        if n in SPLIT and SPLIT[n][0] == k:
            cut = SPLIT[n][1]
            out.append(_p(_span(e(text[:cut])) + f'<span class="C9DxTc" style="font-family: \'Arial\'; font-size: 13pt; vertical-align: baseline;">{e(text[cut:])}</span>',
                          "text-align: justify;"))
            out.append(_p("<br>"))
            continue
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            bold = f"<strong>{words}</strong>" if n == 2 else f"</span>{_span(words, ' font-weight: 700;')}<span class=\"C9DxTc\" style=\"{SPAN}\">"
            html = html.replace(words, bold, 1)
        if n in LINK and LINK[n][0] == k:
            words = e(LINK[n][1])
            href = e(_redirect("https://forms.gle/dF4wQm8xZt2kN7yR9", "AOvVaw0k3JrTq8xWm2Lp5nYhZc4E"))
            html = html.replace(words, f'</span><span class="C9DxTc aw5Odc" style="{SPAN} text-decoration: underline;"><a class="XqQF9c" href="{href}" target="_blank">{words}</a></span><span class="C9DxTc" style="{SPAN}">', 1)
        out.append(_p(_span(html), "text-align: justify;"))
        if n == 1:
            out.append(_p("<br>"))
    return out


def _nav_item(name: str, current: str, drawer: bool) -> str:
    selected = ' aria-selected="true"' if name == current else ""
    level = 2 if name in CHILDREN else 1
    href = _page_path(name)
    if drawer:
        div = "PsKE7e r8s4j-R6PoUb IKA38e baH5ib oNsfjf" if level == 1 else "PsKE7e r8s4j-ibL1re IKA38e baH5ib oNsfjf"
        link = "aJHbb dk90Ob hDrhEe HlqNPb" if level == 1 else "aJHbb hDrhEe HlqNPb"
        li = f'<li jsname="ibnC6b" data-nav-level="{level}">'
    else:
        div = "PsKE7e qV4dIc Qrrb5 YSH9J" if level == 1 else "PsKE7e IKA38e oNsfjf"
        link = "aJHbb dk90Ob jgXgSe HlqNPb" if level == 1 else "aJHbb hDrhEe HlqNPb"
        li = f'<li jsname="ibnC6b" data-nav-level="{level}" class="{"VsJjtf" if level == 1 else "ijMPi"}">'
    if name == current or (name == NEWS and current in CHILDREN):
        div += " lhZOrc" if drawer else " M9vuGd"
    a = (f'<div class="{div}"><div class="I35ICb" jsaction="click:vHQTA(QwLHlb); keydown:mPuKz(QwLHlb);"><a class="{link}" jscontroller="yUHiM" jsaction="rcuQ6b:WYd;" '
         f'jsname="QwLHlb" role="link" tabindex="0" data-navtype="1"{selected} href="{href}" data-url="{href}" data-type="1" data-level="{level}">{e(name)}</a>')
    if name != NEWS:
        return f'{li}{a}</div></div></li>'
    kids = "".join(_nav_item(child, current, drawer) for child in CHILDREN)
    toggle = ('<div class="mBHtvb u5fiyc" role="presentation" title="توسيع/تصغير" jsaction="click:oESVTe" jsname="ix0Hvc"><svg class="dvmRw" viewBox="0 0 24 24" stroke="currentColor" jsname="HIH2V" focusable="false">'
              '<g transform="translate(9.7,12) rotate(45)"><path class="K4B8Y" d="M-4.2 0 L4.2 0" stroke-width="2"></path></g><g transform="translate(14.3,12) rotate(-45)"><path class="MrYMx" d="M-4.2 0 L4.2 0" stroke-width="2"></path></g></svg></div>')
    return (f'{li}{a}{toggle}</div></div><div class="oGuwee eWDljc RPRy1e Mkt3Tc" style="display:none;" jsname="QXE97" jsaction="transitionend:SJBdh" role="group">'
            f'<ul class="VcS63b">{kids}</ul></div><div class="rgLkl"></div></li>')


def _header(current: str) -> str:
    logo = "https://lh3.googleusercontent.com/sitesv/AICyYdaLg0sanabelLogo7QwXk2mNpR5tZ=w16383"
    home = ROOT + "/home"
    drawer = "".join(_nav_item(name, current, True) for name in TOP)
    top = "".join(_nav_item(name, current, False) for name in TOP)
    return (f'<header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc" jscontroller="RQOkef" jsaction="rcuQ6b:JdcaS;MxH79b:JdcaS;VbOlFf:ywL4Jf;FaOgy:ywL4Jf; keydown:Hq2uPe; wheel:Ut4Ahc;" data-top-navigation="true" data-is-preview="false">'
            '<div class="DXsoRd YTv4We oNsfjf" role="button" tabindex="0" jsaction="click:LUvzV" jsname="z4Tpl" id="s9iPrd" aria-haspopup="true" aria-controls="yuynLe" aria-expanded="false">'
            '<svg class="wFCWne" viewBox="0 0 24 24" stroke="currentColor" jsname="B1n9ub" focusable="false"><g transform="translate(12,12)"><path class="hlJH0" d="M-9 -5 L9 -5" fill="none" stroke-width="2"></path>'
            '<path class="HBu6N" d="M-9 0 L9 0" fill="none" stroke-width="2"></path><path class="cLAGQe" d="M-9 5 L9 5" fill="none" stroke-width="2"></path></g></svg></div>'
            f'<nav class="JzO0Vc" jsname="ihoMLd" role="navigation" tabindex="-1" id="yuynLe" jsaction="transitionend:UD2r5"><a class="XMyrgf" href="{home}"><img src="{logo}" class="r9CsCb" role="img" aria-label="الصفحة الرئيسية للموقع"></a>'
            f'<a class="Zjiec oNsfjf" href="{home}"><span>{e(SITE)}</span></a><ul class="jYxBte Fpy8Db" role="navigation" tabindex="-1">{drawer}</ul></nav>'
            f'<div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="{home}">'
            f'<img src="{logo}" class="lzy1Td" role="img" aria-label="الصفحة الرئيسية للموقع" jsname="SwcDWb"><span class="QTKDff">{e(SITE)}</span></a></div>'
            f'<nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false" style="visibility: hidden;" role="navigation" tabindex="-1"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte">{top}</ul></nav>'
            '<div jscontroller="gK4msf" class="RBEWZc" jsname="h04Zod" jsaction="rcuQ6b:WYd;JIbuQc:AT95Ub;VbOlFf:HgE5D;FaOgy:HgE5D;MxH79b:JdcaS;" data-side-navigation="false">'
            f'<div role="button" class="U26fgb mUbCce fKz7Od iWs3gf Wdnjke M9Bg4d" jscontroller="VXdfxd" jsaction="{JSACT}" jsshadow jsname="R9oOZd" aria-label="فتح شريط البحث" aria-disabled="false" tabindex="0" data-tooltip="فتح شريط البحث" aria-expanded="false" data-tooltip-vertical-offset="-12" data-tooltip-horizontal-offset="0">'
            '<div class="VTBa7b MbhUzd" jsname="ksKsZd"></div><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px"><svg class="vu8Pwe tCHXDc YSH9J" viewBox="0 0 24 24" focusable="false">'
            '<path d="M15.5 14h-.79l-.28-.27C15.41 12.59 16 11.11 16 9.5 16 5.91 13.09 3 9.5 3S3 5.91 3 9.5 5.91 16 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14z"></path>'
            '<path d="M0 0h24v24H0z" fill="none"></path></svg></span></span></div><div class="vsGQBe wgxiMe" jsname="AznF2e"></div></div></div><div jsname="mADGA" class="zDUgLc"></div></div>'
            '<div class="TxnWlb" jsname="BDdyze" jsaction="click:LUvzV"></div></div></header>')


def _search() -> str:
    return ('<div jscontroller="RrXLpc" jsname="XeeWQc" role="banner" jsaction="keydown:uiKYid(OH0EC);rcuQ6b:WYd;zuqEgd:ufqpf;JIbuQc:XfTnxb(lfEfFf),AlTiYc(GeGHKb),AlTiYc(m1xNUe),zZlNMe(pZn8Oc);YqO5N:ELcyfe;">'
            '<div jsname="bF1uUb" class="BuY5Fd" jsaction="click:xVuwSc;"></div><div jsname="MVsrn" class="TbNlJb "><div class="E2UJ5" jsname="M6JdT"><div class="rFrNMe b7AJhc zKHdkd" jscontroller="pxq3x" '
            'jsaction="clickonly:KjsqPd; focus:Jt1EX; blur:fpfTEe; input:Lg5SV" jsshadow jsname="OH0EC" aria-expanded="true"><div class="aCsJod oJeWuf"><div class="aXBtI I0VJ4d Wic03c"><div class="Xb9hP">'
            f'<input type="search" class="whsOnd zHQkBf" jsname="YPqjbf" autocomplete="off" tabindex="0" aria-label="{SEARCH}" value="" autofocus role="combobox" data-initial-value=""/>'
            f'<div jsname="LwH6nd" class="ndJi5d snByac" aria-hidden="true">{SEARCH}</div></div><div class="i9lrp mIZh1c"></div><div jsname="XmnwAc" class="OabDMe cXrdqd"></div></div></div>'
            '<div class="LXRPh"><div jsname="ty6ygf" class="ovnfwe Is7Fhb"></div></div></div></div></div></div>')


def _footer(url: str, updated_ms: int) -> str:
    lines = "".join(f'<small dir="rtl" class="zfr3Q CDt4Ke TMjjoe" style="display: block; text-align: center;">{e(line)}</small>' for line in FOOTER)
    section = _section("h.f2c09d71a5e38b40_0", [_tile("h.f2c09d71a5e38b40_3", lines, first=True)])
    proto = f'%.@.null,&quot;{ABUSE_ID}&quot;,&quot;{url}&quot;,null,null,[],[]]'
    return (f'<div class="Xpil1b xgQ6eb"></div><footer jsname="yePe5c" class="yxgWrb " aria-hidden="false">{section}</footer>'
            f'<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="{updated_ms}">'
            f'<div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="{JSACT}touchstart:p6p2H; touchmove:FwuNnf; touchend:yfqBxc(preventMouseEvents=true|preventDefault=true); touchcancel:JMtRjd;;keydown:I481le;" '
            'jsshadow jsname="Bg3gkf" aria-label="إجراءات الموقع" aria-disabled="false" tabindex="0" aria-haspopup="true" aria-expanded="false" data-menu-corner="bottom-start" data-anchor-corner="top-start">'
            f'<div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac">{INFO_SVG}</span></span></div></div>'
            f'<div jscontroller="j1RDQb" jsaction="focusin:gBxDVb(srlkmf); focusout:zvXhGb(srlkmf); click:ro2KTd(psdQ5e),Toy3n(V2zOu);JIbuQc:DSypkd(Bg3gkf);MxH79b:JdcaS;rcuQ6b:rcuQ6b;" class="LqzjUe ynRLnc" data-last-updated-at-time="{updated_ms}">'
            '<div jsname="psdQ5e" class="Q0cSn"></div><div jsname="bN97Pc" class="hBW7Hb">'
            f'<div role="button" class="U26fgb mUbCce fKz7Od kpPxtd QMuaBc M9Bg4d" jscontroller="VXdfxd" jsaction="{JSACT}" jsshadow jsname="Bg3gkf" aria-label="إجراءات الموقع" aria-disabled="false" tabindex="-1" aria-hidden="true">'
            f'<div class="VTBa7b MbhUzd" jsname="ksKsZd"></div><span jsslot class="xjKiLb"><span class="Ce1Y1c" style="top: -12px">{INFO_SVG}</span></span></div>'
            f'<div jsname="srlkmf" class="hUphyc"><div class="YkaBSd"><div class="iBkmkf"><span>{GOOGLE[0]}</span> <span jsname="CFIm1b" class="dji00c" jsaction="AHmuwe:eGiyHb; mouseover:eGiyHb;" tabindex="0" role="contentinfo"></span></div></div>'
            f'<div class="YkaBSd"><div role="button" class="U26fgb kpPxtd J7BuEb" jsshadow jsname="V2zOu" aria-disabled="false" tabindex="0">{GOOGLE[1]}</div></div>'
            f'<div class="YkaBSd" jscontroller="HYv29e" jsaction="click:dQ6O0c;" data-abuse-proto="{proto}"><div role="button" class="U26fgb kpPxtd J7BuEb" jsshadow aria-label="{GOOGLE[2]}" aria-disabled="false" tabindex="0">{GOOGLE[2]}</div></div>'
            '</div></div></div>')


def render(article: Article, n: int) -> Page:
    short = SHORT[article.slug]
    url = HOST + _path(NEWS, short)
    shown = _shown(article, n)
    page = Page(url=url, html="", shown_date=shown)
    seed = SEEDS[n]
    related = [(title, OLDER[title]) for title in article.related]
    page.add(SEARCH, SITE, *TOP, *CHILDREN)
    date_line = f"تاريخ النشر: {shown}" if n == 2 else shown
    page.add(date_line)
    head_inner = f'<h1 id="h.p_ID_13" dir="rtl" class="zfr3Q duRjpb CDt4Ke" style="text-align: center;"><span class=" Rn3Z1b C9DxTc">{e(article.headline)}</span></h1>'
    if n == 3:
        head_inner += _p(f'<span class="C9DxTc" style="font-size: 11pt; font-style: italic;">{e(shown)}</span>', "text-align: center;")
    banner = f"https://lh3.googleusercontent.com/sitesv/AICyYdbanner{seed}Qm7XwZ0pL=w16383"
    sections = [_section(f"h.INITIAL_GRID.{seed[:12]}", [_tile(f"h.INITIAL_GRID.{seed[4:]}", head_inner, first=True)],
                         "yaqOZd LB7kq cJgDec nyKByd O13XJf", "" if n == 2 else banner)]
    body = _body(article, n, f"h.{seed}_b")
    image = ""
    if n in IMAGES:
        image = f"https://lh3.googleusercontent.com/sitesv/{IMAGES[n]}=w1280"
        img_tile = _tile(f"h.{seed}_21", f'<div class="t3iYD"><img src="{image}" class="CENy8b" role="img" style="width: 100%; margin: 0% 0 0% 0%" alt=""></div>', "image", first=n == 3)
    if n == 1:
        date_box = _p(f'<span class="C9DxTc" style="color: #7f6000; font-size: 10pt; font-weight: 700;">{e(shown)}</span>', "text-align: right;")
        sections.append(_section(f"h.{seed}_3", [_tile(f"h.{seed}_5", date_box, first=True)]))
        sections.append(_section(f"h.{seed}_9", [_tile(f"h.{seed}_11", "".join(body), first=True)]))
        caption = _p(f'<span class="C9DxTc" style="font-size: 9pt; font-style: italic; color: #666666;">{e(article.caption)}</span>', "text-align: center;")
        sections.append(_section(f"h.{seed}_19", [img_tile.replace('class="oKdM2c"', 'class="oKdM2c Kzv0Me"', 1), _tile(f"h.{seed}_23", caption)]))
        sign = _p(_span(e(BYLINE), " font-weight: 700;")) + _p(f'<span class="C9DxTc" style="color: #1155cc;">{e(HASHTAGS[1])}</span>')
        sections.append(_section(f"h.{seed}_27", [_tile(f"h.{seed}_29", sign, first=True)]))
        page.add(article.caption, BYLINE, HASHTAGS[1])
    elif n == 2:
        box = [_p(f'<span class="C9DxTc" style="color: #666666; font-size: 10pt;">{e(date_line)}</span>'), _p("<br>"), *body]
        sections.append(_section(f"h.{seed}_3", [_tile(f"h.{seed}_5", "".join(box), first=True)]))
        form = _redirect("https://forms.gle/Lq7vB2nXc9RkT4sZ8", "AOvVaw2pXk7Hn0Rm4VtQ9eLz1JsB")
        sections.append(_section(f"h.{seed}_13", [_button(f"h.{seed}_15", FORM, form, True).replace('class="oKdM2c"', 'class="oKdM2c Kzv0Me"', 1),
                                                  _tile(f"h.{seed}_17", _p(_span(e(WHATSAPP)), "text-align: center;"))]))
        page.add(FORM, WHATSAPP)
    else:
        sections.append(_section(f"h.{seed}_3", [img_tile, _tile(f"h.{seed}_5", "".join(body))]))
        tags = _p(f'<span class="C9DxTc" style="color: #1155cc;">{e(HASHTAGS[3])}</span>')
        sections.append(_section(f"h.{seed}_27", [_tile(f"h.{seed}_29", tags, first=True)]))
        page.add(HASHTAGS[3])
    items = "".join(f'<li dir="rtl" class="zfr3Q TYR86d eD0Rn" style="margin-right: 15pt;"><p dir="rtl" role="presentation" class="zfr3Q CDt4Ke" style="margin-right: 0; padding-right: 0; text-indent: 0;">'
                    f'<a class="XqQF9c" href="{HOST}{_path(NEWS, name)}">{e(title)}</a></p></li>' for title, name in related)
    more = (_heading("h3", "OmQG5e", "GV3q8e", f"h.{seed}_41", _span(READ_MORE, " font-weight: 700;"))
            + f'<ul class="n8H08c UVNKR" style="list-style-type: disc; margin-left: 0; margin-right: 0; padding: 0;">{items}</ul>')
    tiles = [_tile(f"h.{seed}_43", more, first=True)]
    if n != 2:
        tiles.append(_button(f"h.{seed}_45", BACK, _path(NEWS), False))
        page.add(BACK)
    sections.append(_section(f"h.{seed}_39", tiles))
    page.add(READ_MORE, *(title for title, _ in related), *FOOTER, *GOOGLE)
    updated_ms = int((article.moment + UPDATED[n]).timestamp() * 1000)
    first_text = date_line + "\n" + article.lead
    description = "\n" + first_text[:180]
    og_image = (f'<meta itemprop="image" content="{image}"><meta itemprop="imageUrl" content="{image}"><meta itemprop="thumbnailUrl" content="{image}"><meta property="og:image" content="{image}">'
                if image else "")
    nonce = ("q1H0cFz8bW3kYtR5mN2xJg", "Vd7pL9sQ2aZ4cE6uT1nK0w", "hR3mX8vB5yN1qW7oJ2eC4t")[n - 1]
    page.html = (
        f'<!DOCTYPE html><html lang="ar" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8"><script nonce="{nonce}">var DOCS_timing={{}}; DOCS_timing[\'sl\']=new Date().getTime();</script>'
        f'<script nonce="{nonce}">function _DumpException(e) {{throw e;}}</script><script nonce="{nonce}">_docs_flag_initialData={{"atari-emtpr":false,"atari-eibrm":false,"docs-text-elei":false,"docs-ccdil":false,'
        f'"docs-eil":true,"docs-ecuach":false,"info_params":{{"token":"AHL0AtK{seed}:{updated_ms}"}},"atari-jefp":"/_/view/jserror","docs-jern":"view","atari-rhpp":"/_/view"}}; _docs_flag_cek= null ; if (window[\'DOCS_timing\']) {{DOCS_timing[\'ifdld\']=new Date().getTime();}}</script>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="referrer" content="strict-origin-when-cross-origin">'
        '<link rel="icon" href="https://ssl.gstatic.com/atari/images/public/favicon.ico">'
        f'<meta property="og:title" content="{e(short)}"><meta property="og:type" content="website"><meta property="og:url" content="{url}"><meta property="og:description" content="{e(description)}">'
        f'<meta itemprop="name" content="{e(short)}"><meta itemprop="description" content="{e(description)}"><meta itemprop="url" content="{url}">{og_image}'
        f'<link href="https://fonts.googleapis.com/css?family=Lato%3A300%2C300italic%2C400%2C400italic%2C700%2C700italic&display=swap" rel="stylesheet" nonce="{nonce}">'
        f'<link href="https://fonts.googleapis.com/css?family=Google+Sans:400,500|Roboto:300,400,500,700|Source+Code+Pro:400,700&display=swap" rel="stylesheet" nonce="{nonce}">'
        f'<link rel="stylesheet" href="https://www.gstatic.com/_/atari/_/ss/k=atari.vw.7rVkcY0aUqo.L.F4.O/am=MBiA/d=1/rs=AGEqA5lQw2CmU8d0DCjZQb6oO4nG0o7z2A" data-id="_cl" nonce="{nonce}">'
        f'<title>{e(SITE)} - {e(short)}</title><style jsname="ptDGoc" nonce="{nonce}">.M63kCb{{background-color: rgba(255,255,255,1);}}.OUGEr{{color: rgba(33,33,33,1);}}.duRjpb .OUGEr{{color: rgba(56,118,29,1);}}'
        '.JYVBee .OUGEr{color: rgba(56,118,29,1);}.zfr3Q{color: rgba(33,33,33,1); font-family: Lato, sans-serif; font-size: 11pt; font-weight: 400; line-height: 1.6667; margin-top: 12px;}'
        '.duRjpb{color: rgba(56,118,29,1); font-family: Lato, sans-serif; font-size: 34pt; font-weight: 300; letter-spacing: 0.5px; line-height: 1.2; margin-top: 30px;}.Ap4VC{margin-bottom: -30px;}'
        '.JYVBee{color: rgba(56,118,29,1); font-family: Lato, sans-serif; font-size: 19pt; font-weight: 400; line-height: 1.4; margin-top: 20px;}.CobnVe{margin-bottom: -20px;}'
        '.OmQG5e{color: rgba(33,33,33,1); font-family: Lato, sans-serif; font-size: 15pt; font-style: normal; font-weight: 400; line-height: 1.25; margin-top: 16px;}.GV3q8e{margin-bottom: -16px;}'
        '.O13XJf{height: 340px; padding-bottom: 60px; padding-top: 60px;}.O13XJf .IFuOkc{background-color: rgba(56,118,29,1);}.O13XJf .duRjpb{color: rgba(255,255,255,1);}.O13XJf .zfr3Q{color: rgba(255,255,255,1);}'
        '.TMjjoe{font-family: Lato, sans-serif; font-size: 9pt; line-height: 1.2; margin-top: 0px;}.QmpIrf{background-color: rgba(56,118,29,1); border-color: rgba(255,255,255,1); color: rgba(255,255,255,1); font-family: Lato, sans-serif; font-size: 11pt; line-height: normal;}'
        '.aw5Odc{color: rgba(17,85,204,1);}.dhtgD:hover{color: rgba(17,85,204,1);}.Zjiec{color: rgba(255,255,255,1); font-family: Lato, sans-serif; font-size: 19pt; font-weight: 300;}.TlfmSc{font-family: Lato, sans-serif; font-size: 15pt; font-weight: 300; line-height: 1.333;}</style>'
        f'<script nonce="{nonce}">_at_config = [null,"AIzaSyChg3MFqzdi1P5J-YvEyakkSA1yU7HRcDI","897606708560-a63d8ia0t9dhtpdt4i3djab2m42see7o.apps.googleusercontent.com",null,null,"v2",null,null,null,null,null,null,null,"https://content.googleapis.com","SITES_%s"]; '
        f'window.globals = {{"enableAnalytics":true,"webPropertyId":"","showDebug":false,"hashedSiteId":"9e1f4c2b7a{seed}d03e","normalizedPath":"view/sanabel-irbid/{quote(NEWS)}/{quote(short.replace(" ", "-"))}","pageTitle":"{short}"}}; '
        'function gapiLoaded() {if (globals.gapiLoaded == undefined) {globals.gapiLoaded = true;} else {globals.gapiLoaded();}}window.messages = [];</script>'
        f'<script src="https://apis.google.com/js/client.js?onload=gapiLoaded" nonce="{nonce}"></script></head>'
        '<body dir="rtl" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;YBArc:dj7Cne;">'
        '<div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;"><div jscontroller="o1L5Wb" data-sitename="sanabel-irbid" data-universe="1" jsmodel="fNFZH" '
        'jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:xDkBfb;JIbuQc:SPXMTb(uxAMZ);" jsname="G0jgYd"><div jsname="gYwusb" class="p9b27"></div>'
        f'{_search()}<div jsname="tiN4bf"><div class="M63kCb"></div><div class="fktJzd AKpWA fOU46b yMcSQd Ly6Unf G9Qloe XeSM4 XxIgdb" jsname="UzWXSb" data-uses-custom-theme="false" data-legacy-theme-name="Vision" '
        'data-legacy-theme-font-kit="Light" data-legacy-theme-color-kit="Green" jscontroller="Md9ENb" jsaction="gsiSmd:Ffcznf;yj5fUd:cpPetb;HNXL3:q0Vyke;e2SXKd:IPDu5e;BdXpgd:nhk7K;rcuQ6b:WYd;">'
        f'{_header(short)}<div role="main" tabindex="-1" class="UtePc RCETm" dir="rtl">{"".join(sections)}</div>{_footer(url, updated_ms)}</div></div></div></div></div>'
        f'<script nonce="{nonce}">DOCS_timing[\'cov\']=new Date().getTime();</script><script src="https://www.gstatic.com/_/atari/_/js/k=atari.vw.ar.Yw3mKx2r9Ps.O/am=MBiA/d=1/rs=AGEqA5n8q0vWcB3xYf7LzKdE2aJm4tH1rg/m=view" id="base-js" nonce="{nonce}"></script>'
        '</body></html>')
    return page
