"""An Emirati cultural initiative ("رواة", oral-history long-reads from the UAE) built on Tilda
Publishing (free plan), its Arabic long-read story pages as Tilda's hosting serves them. The
head: `<!--metatextblock-->` with the page title "headline | رواة – حكايات من الإمارات", the
description and og:url/title/description/type=website/og:image (no JSON-LD, no article:*
times: Tilda prints none for a plain page), canonical, the tildacdn dns-prefetch and favicon,
`<!-- Assets -->` (tilda-fallback, tilda-grid-3.0, the per-page
`ws/project…/tilda-blocks-page….min.css?t=`, tilda-animation-2.0, tilda-polyfill, the inline
`t_onReady`/`t_onFuncLoad`/`t396_initialScale` script, tilda-scripts-3.0, the page's blocks JS,
lazyload, tilda-zero, tilda-events, the `t-records_animated` opacity script) and the project
head code (a Tajawal font link and an RTL stylesheet: Tilda has no RTL of its own). The body
is `<div id="allrecords" class="t-records" data-tilda-lazy="yes" ...>` holding
`<header id="t-header" class="t-records">` (a T228 menu record, data-record-type="257", with
its `tmenu-mobile` bar "القائمة" and `t228__list` items), the page's records, and
`<footer id="t-footer" class="t-records">` (a T420 footer: about line, two link columns,
contacts, "©" line; and the T657 cookie bar). Every record is `div.r.t-rec` with
`data-record-type`; the story is spread across them: a T758 breadcrumb (الرئيسية » القصص »
section), a T396 zero-block hero artboard (`t396__artboard`, `tn-elem` elements, the headline
in `<h1 class='tn-atom'field=...>` — Tilda writes no space before `field`), then T004 text
records (`div.t004 … div.t-text.t-text_md[field=text]`) where one record may hold two
paragraphs joined by `<br /><br />`, and lazy images (`src` on thb.tildacdn.com `-/empty/` or
`-/resize/20x/`, the real file in `data-original`). Page 1: the hero carries the section, the
headline, the lead (as a zero-block text element), the byline "إعداد: مريم الكعبي" (the only
page naming a writer), the date "14 أبريل 2024" and the reading time; a T107 image is followed
by a T004 `t-text_xs` record holding the caption and photo credit; one paragraph has bold
words. Page 2: the hero has only section and headline; the date "الأحد 3 نوفمبر 2024" sits in
a small T004 line above the lead (set larger with an inline span); a T030 `t-title` record
holds the story's subheading (a body paragraph); a paragraph links the National Archives; no
image. Page 3 (short): the hero prints the date as "22.01.2025"; the lead and the first
paragraph share one T004 record; a T123 HTML record embeds a YouTube video. All pages then
show a "وسوم:" line (a T004 xs record), the share zero-block ("شارك القصة", واتساب / إكس / نسخ
الرابط), "قصص أخرى من رواة" zero-block cards (section label + title), the newsletter
zero-block, the footer and, after `<!--/allrecords-->`, the free-plan badge
`div.t-tildalabel#tildacopy` ("Made on Tilda") and the tilda-stat script. All of that but the
story's lead and paragraphs is chrome. Dates: Tilda prints no machine date; the page shows
only the designer-typed local (+04:00) day, which is the truth."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e, weekday

NAME = "tilda_longread"
HELD_OUT = True
SET = "unseen21"
FAMILY = "Tilda (free plan) Arabic long-read pages of an Emirati cultural initiative: t-records/t-rec blocks, zero-block hero, story split across T004 text records, lazy images, Made on Tilda badge"
HOST = "https://tilda-initiative-ae.example"
SITE = "رواة"
TAGLINE = "رواة – حكايات من الإمارات"
PROJECT = "7318204"
PAGES = {1: ("48810374", "ajman-dhow-makers", "1713076800"),
         2: ("53992105", "liwa-grandmothers-archive", "1730648400"),
         3: ("57201448", "umm-al-quwain-hadra", "1737526500")}
MENU = (("/stories", "القصص"), ("/about", "عن المبادرة"), ("/archive", "أرشيف الحكايات"),
        ("/share-your-story", "شارك حكايتك"), ("/en", "English"))
MOBILE_TITLE = "القائمة"
HOME = "الرئيسية"
STORIES = "القصص"
BYLINE = "إعداد: مريم الكعبي"
CREDIT = {1: "تصوير: حمدان الشامسي / رواة"}
READING = {1: "7 دقائق قراءة", 2: "9 دقائق قراءة", 3: "3 دقائق قراءة"}
SHARE = ("شارك القصة", "واتساب", "إكس", "نسخ الرابط")
MORE = "قصص أخرى من رواة"
RELATED_SECTIONS = {1: ("حِرف", "البحر", "عمارة"), 2: ("أصوات", "سِيَر", "أمكنة"),
                    3: ("مواسم", "أسواق", "حِرف")}
NEWSLETTER = ("النشرة الشهرية", "حكاية جديدة من الإمارات تصلك أول كل شهر", "اشترك")
FOOT_ABOUT = "مبادرة ثقافية مستقلة لتوثيق الحكاية الشفوية في الإمارات، تأسست في دبي عام 2021"
FOOT_COLS = (("روابط", ("من نحن", "فريق العمل", "الشركاء")),
             ("تواصل", ("hello@tilda-initiative-ae.example", "دبي، الإمارات العربية المتحدة")))
COPYRIGHT = "© 2025 مبادرة رواة. جميع الحقوق محفوظة"
COOKIE = ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. بمتابعة التصفح فإنك توافق على ذلك.", "موافق")
BADGE = "Made on Tilda"
VIDEO = "Qm7vT2hJk4w"


def _shown(n: int, moment) -> str:
    if n == 1:
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    if n == 2:
        return f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    return f"{moment:%d.%m.%Y}"


def _tild(seed: str) -> str:
    """A Tilda upload folder name ("tild3136-6532-4061-b435-653861383234")."""
    hexes = "".join(f"{ord(c):x}" for c in (seed * 8))[:28]
    return f"tild{hexes[:4]}-{hexes[4:8]}-{hexes[8:12]}-{hexes[12:16]}-{hexes[16:28]}"


def _img(seed: str, name: str, lazy: str = "empty") -> tuple[str, str]:
    folder = _tild(seed)
    real = f"https://static.tildacdn.com/{folder}/{name}"
    thumb = f"https://thb.tildacdn.com/{folder}/-/{'empty' if lazy == 'empty' else 'resize/20x'}/{name}"
    return real, thumb


def _rec(rid: int, rtype: str, inner: str, pt: int = 0, pb: int = 0, extra: str = "") -> str:
    cls = "r t-rec" + (f" t-rec_pt_{pt}" if pt else "") + (f" t-rec_pb_{pb}" if pb else "")
    style = f"padding-top:{pt}px;padding-bottom:{pb}px; " if pt or pb else " "
    return (f'<div id="rec{rid}" class="{cls}" style="{style}" data-animationappear="off" '
            f'data-record-type="{rtype}"{extra}>{inner}</div>')


def _text(rid: int, html: str, size: str = "md", pb: int = 30) -> str:
    return _rec(rid, "106", f'<!-- T004 --><div class="t004"><div class="t-container "><div class="t-col t-col_8 t-prefix_2"><div field="text" class="t-text t-text_{size} ">{html}</div></div></div></div>', 0, pb)


def _heading(rid: int, text: str) -> str:
    return _rec(rid, "33", f'<!-- T030 --><div class="t030"><div class="t-container t-align_right"><div class="t-col t-col_8 t-prefix_2"><h2 class="t030__title t-title t-title_xs" field="title">{e(text)}</h2></div></div></div>', 30, 15)


def _elem(rid: int, eid: int, kind: str, inner: str, top: int, left: int, width: int) -> str:
    return (f"<div class='t396__elem tn-elem tn-elem__{rid}{eid}' data-elem-id='{eid}' data-elem-type='{kind}' "
            f'data-field-top-value="{top}" data-field-left-value="{left}" data-field-width-value="{width}" '
            'data-field-axisy-value="top" data-field-axisx-value="right" data-field-container-value="grid" '
            'data-field-topunits-value="px" data-field-leftunits-value="px" data-field-heightunits-value="" '
            f'data-field-widthunits-value="px"> {inner} </div>')


def _ztext(eid: int, text: str, tag: str = "div") -> str:
    return f"<{tag} class='tn-atom'field='tn_text_{eid}'>{text}</{tag}>"


def _zimg(eid: int, seed: str, name: str) -> str:
    real, thumb = _img(seed, name, "resize")
    return f"<div class='tn-atom'><img class='tn-atom__img t-img' data-original='{real}' src='{thumb}' alt='' imgfield='tn_img_{eid}' /></div>"


def _zbutton(href: str, label: str) -> str:
    return f"<a class='tn-atom' href=\"{href}\" target=\"_blank\">{label}</a>"


def _zero(rid: int, height: int, elems: list[str], bg: str = "#f4efe6") -> str:
    style = (f"<style>#rec{rid} .t396__artboard {{height: {height}px; background-color: {bg};}}"
             f"#rec{rid} .t396__filter {{height: {height}px;}}#rec{rid} .t396__carrier {{height: {height}px;"
             "background-position: center center;background-attachment: scroll;background-size: cover;"
             f"background-repeat: no-repeat;}}@media screen and (max-width: 639px) {{#rec{rid} .t396__artboard,"
             f"#rec{rid} .t396__filter,#rec{rid} .t396__carrier {{height: {height + 220}px;}}}}</style>")
    body = "\n".join(elems)
    return _rec(rid, "396", f"""<!-- T396 -->{style}<div class='t396'><div class="t396__artboard" data-artboard-recid="{rid}" data-artboard-screens="320,480,640,960,1200" data-artboard-height="{height}" data-artboard-valign="center" data-artboard-upscale="grid" data-artboard-ovrflw=""><div class="t396__carrier" data-artboard-recid="{rid}"></div><div class="t396__filter" data-artboard-recid="{rid}"></div>
{body}
</div></div><script>t_onReady(function () {{t_onFuncLoad('t396_init', function () {{t396_init('{rid}');}});}});</script><!-- /T396 -->""", 0, 0)


def _menu() -> str:
    items = "".join(
        f'<li class="t228__list_item" style="padding:0 15px;"><a class="t-menu__link-item" href="{href}" data-menu-submenu-hook="" data-menu-item-number="{k}">{label}</a></li>'
        for k, (href, label) in enumerate(MENU, 1))
    logo = f"https://static.tildacdn.com/{_tild('logo')}/ruwat_logo.svg"
    return _rec(732100101, "257", f"""<!-- T228 --><div id="nav732100101marker"></div><div class="tmenu-mobile"><div class="tmenu-mobile__container"><div class="tmenu-mobile__text t-name t-name_md" field="menu_mob_title">{MOBILE_TITLE}</div><button type="button" class="t-menuburger t-menuburger_first " aria-label="Navigation menu" aria-expanded="false"><span style="background-color:#3b2f23;"></span><span style="background-color:#3b2f23;"></span><span style="background-color:#3b2f23;"></span><span style="background-color:#3b2f23;"></span></button><script>function t_menuburger_init(recid) {{var rec = document.querySelector('#rec' + recid);if (!rec) return;var burger = rec.querySelector('.t-menuburger');if (!burger) return;burger.addEventListener('click', function () {{burger.classList.toggle('t-menuburger-opened');}});}}t_onReady(function () {{t_onFuncLoad('t_menuburger_init', function () {{t_menuburger_init('732100101');}});}});</script></div></div><style>.tmenu-mobile {{background-color: #111;display: none;width: 100%;top: 0;z-index: 990;}}@media screen and (max-width: 980px) {{.tmenu-mobile {{display: block;}}}}</style>
<div id="nav732100101" class="t228 t228__positionstatic tmenu-mobile__menucontent_hidden" style="background-color: rgba(244,239,230,1); height:80px; " data-bgcolor-hex="#f4efe6" data-bgcolor-rgba="rgba(244,239,230,1)" data-navmarker="nav732100101marker" data-appearoffset="" data-bgopacity-two="" data-menushadow="" data-bgopacity="1" data-menu-items-align="right" data-menu="yes"><div class="t228__maincontainer " style="height:80px;"><div class="t228__padding40px"></div><div class="t228__leftside"><div class="t228__leftcontainer"><a href="/" class="t228__imgwrapper"><img class="t228__imglogo t228__imglogomobile" src="{logo}" imgfield="img" style="max-width: 120px; width: 120px; min-width: 120px; height: auto; display: block;" alt="{SITE}"></a></div></div><div class="t228__centerside "><nav class="t228__centercontainer"><ul role="list" class="t228__list t-menu__list">{items}</ul></nav></div><div class="t228__rightside"></div><div class="t228__padding40px"></div></div></div><script>t_onReady(function() {{t_onFuncLoad('t228_setWidth', function(){{t228_setWidth('732100101');}});}});</script><!-- /T228 -->""")


def _breadcrumbs(rid: int, section: str) -> str:
    items = ((f"{HOST}/", HOME, ""), (f"{HOST}/stories", STORIES, ""), ("", section, " t758__link-item_active"))
    lis = []
    for k, (href, label, active) in enumerate(items):
        link = (f'<a class="t-menu__link-item{active}" href="{href}">{label}</a>' if href
                else f'<div class="t-menu__link-item{active}">{label}</div>')
        divider = '<span class="t758__breadcrumb-divider">»</span>' if k < 2 else ""
        lis.append(f'<li class="t758__list_item"><div class="t758__link-item__wrapper">{link}</div>{divider}</li>')
    return _rec(rid, "758", f'<!-- T758 --><div class="t758"><div class="t-container"><div class="t758__col t-col t-col_8 t-prefix_2"><div class="t758__wrapper t-align_right"><ul class="t758__list">{"".join(lis)}</ul></div></div></div></div>', 30, 0)


def _hero(article: Article, n: int, shown: str) -> str:
    rid = int(f"7{article.slug}0101")
    base = 1713000000000 + n * 7919
    elems = [_elem(rid, base, "image", _zimg(base, f"cover{n}", f"ruwat_cover_{article.slug}.jpg"), 0, 620, 580),
             _elem(rid, base + 1, "text", _ztext(base + 1, e(article.section)), 90, 20, 560),
             _elem(rid, base + 2, "text", _ztext(base + 2, e(article.headline), "h1"), 130, 20, 560)]
    if n == 1:
        elems += [_elem(rid, base + 3, "text", _ztext(base + 3, e(article.lead)), 330, 20, 560),
                  _elem(rid, base + 4, "text", _ztext(base + 4, BYLINE), 500, 20, 270),
                  _elem(rid, base + 5, "text", _ztext(base + 5, shown), 530, 20, 270)]
    if n == 3:
        elems.append(_elem(rid, base + 5, "text", _ztext(base + 5, shown), 330, 20, 270))
    if n != 2:
        elems.append(_elem(rid, base + 6, "text", _ztext(base + 6, READING[n]), 530 if n == 1 else 360, 300, 200))
    return _zero(rid, 620 if n == 1 else 460, elems)


def _image(rid: int, article: Article) -> str:
    real, thumb = _img(f"photo{article.slug}", "IMG_4411.jpg")
    return _rec(rid, "3", f'<!-- T107 --><div class="t107"><div class="t-align_center" itemscope itemtype="http://schema.org/ImageObject"><meta itemprop="image" content="{real}"><img class="t-img t-width t107__width t-width_8" src="{thumb}" data-original="{real}" imgfield="img" alt=""></div></div>', 15, 0)


def _story(article: Article, n: int, shown: str) -> list[str]:
    paras = [article.lead, *article.paragraphs]
    rid = int(f"8{article.slug}000")
    if n == 1:
        p = [e(t) for t in paras]
        bold = "تثبيت الأضلاع وسدّ الفواصل بالقطن وزيت السمك"
        p[2] = p[2].replace(bold, f"<strong>{bold}</strong>", 1)
        caption = (f'<span style="color: rgb(122, 110, 96);">{e(article.caption)}</span><br />'
                   f'<span style="color: rgb(160, 150, 138);">{CREDIT[1]}</span>')
        return [_text(rid + 1, p[1]), _text(rid + 2, p[2], pb=15), _image(rid + 3, article),
                _text(rid + 4, caption, "xs", 45), _text(rid + 5, f"{p[3]}<br /><br />{p[4]}", pb=45)]
    if n == 2:
        p = [e(t) for t in paras]
        archive = "الأرشيف والمكتبة الوطنية"
        p[1] = p[1].replace(archive, f'<a href="https://www.na.ae/ar/" target="_blank" rel="noreferrer noopener" style="color:#9a5b2c !important;text-decoration:none;border-bottom:1px solid #9a5b2c;">{archive}</a>', 1)
        date_line = f'<span style="color: rgb(154, 91, 44);">{shown}</span>'
        return [_text(rid + 1, date_line, "xs", 15),
                _text(rid + 2, f'<span style="font-size: 22px; line-height: 1.6;">{p[0]}</span>'),
                _text(rid + 3, p[1], pb=0), _heading(rid + 4, paras[2]),
                _text(rid + 5, f"{p[3]}<br /><br />{p[4]}"), _text(rid + 6, p[5]),
                _text(rid + 7, p[6], pb=45)]
    video = (f'<!-- T123 --><div class="t123"><div class="t-container_100 "><div class="t-width t-width_100 "><div style="max-width:760px;margin:0 auto;">'
             f'<iframe width="100%" height="428" src="https://www.youtube.com/embed/{VIDEO}?rel=0" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe></div></div></div></div>')
    p = [e(t) for t in paras]
    return [_text(rid + 1, f"{p[0]}<br /><br />{p[1]}", pb=15), _rec(rid + 2, "131", video, 15, 30),
            _text(rid + 3, p[2]), _text(rid + 4, p[3], pb=45)]


def _after(article: Article, n: int) -> list[str]:
    tags = "وسوم: " + " · ".join(article.tags)
    rid = int(f"9{article.slug}000")
    out = [_text(rid + 1, f'<span style="color: rgb(122, 110, 96);">{e(tags)}</span>', "xs", 15)]
    base = 1713500000000 + n * 101
    share = [_elem(rid + 2, base, "text", _ztext(base, SHARE[0]), 20, 20, 200)]
    links = (f"https://wa.me/?text={HOST}/stories/{PAGES[n][1]}", f"https://x.com/intent/tweet?url={HOST}/stories/{PAGES[n][1]}", "#copylink")
    for k, (label, href) in enumerate(zip(SHARE[1:], links, strict=True), 1):
        share.append(_elem(rid + 2, base + k, "button", _zbutton(href, label), 15, 240 + 130 * (k - 1), 120))
    out.append(_zero(rid + 2, 70, share, "#ffffff"))
    cards = [_elem(rid + 3, base + 10, "text", _ztext(base + 10, MORE, "h2"), 30, 20, 600)]
    for k, (title, label) in enumerate(zip(article.related, RELATED_SECTIONS[n], strict=True)):
        eid = base + 20 + 10 * k
        cards += [_elem(rid + 3, eid, "image", _zimg(eid, f"rel{n}{k}", f"card_{k + 1}.jpg"), 100, 20 + 390 * k, 360),
                  _elem(rid + 3, eid + 1, "text", _ztext(eid + 1, label), 350, 20 + 390 * k, 360),
                  _elem(rid + 3, eid + 2, "text", _ztext(eid + 2, f'<a href="{HOST}/stories/{int(article.slug) - 7 * (k + 1)}" style="color: inherit">{e(title)}</a>'), 380, 20 + 390 * k, 360)]
    out.append(_zero(rid + 3, 520, cards))
    news = [_elem(rid + 4, base + 60, "text", _ztext(base + 60, NEWSLETTER[0]), 40, 20, 500),
            _elem(rid + 4, base + 61, "text", _ztext(base + 61, NEWSLETTER[1]), 85, 20, 500),
            _elem(rid + 4, base + 62, "button", _zbutton("#popup:subscribe", NEWSLETTER[2]), 60, 700, 180)]
    out.append(_zero(rid + 4, 180, news, "#3b2f23"))
    return out


def _footer() -> str:
    cols = "".join(
        f'<div class="t420__col t-col t-col_3"><div class="t420__title t-name t-name_xs" field="title{k}" style="color:#f4efe6;">{title}</div>'
        f'<div class="t420__descr t-descr t-descr_xxs" field="descr{k}" style="color:#c9bba8;">{"<br />".join(lines)}</div></div>'
        for k, (title, lines) in enumerate(FOOT_COLS, 2))
    footer = _rec(733400202, "420", f"""<!-- T420 --><div class="t420"><div class="t-container t-align_right"><div class="t420__col t-col t-col_6"><a href="/"><img src="https://static.tildacdn.com/{_tild('logo')}/ruwat_logo_white.svg" class="t420__logo" imgfield="img" alt="{SITE}"></a><div class="t420__text t-descr t-descr_xxs" field="text" style="color:#c9bba8;">{FOOT_ABOUT}<br /><br />{COPYRIGHT}</div></div>{cols}</div></div>""", 60, 60, ' data-bg-color="#2a2119"')
    cookie = _rec(733400203, "657", f"""<!-- T657 --><div class="t657 t657_closed" data-storage-item="t657cookiename_{PROJECT}" style=""><div class="t657__wrapper t-align_center" style="background:#fbf8f3;"><div class="t657__text t-name t-descr_xxs" field="text">{COOKIE[0]}</div><div class="t657__btn-wrapper"><div class="t657__btn t-btn t-btn_sm" style="color:#ffffff;background-color:#9a5b2c;border-radius:5px;">{COOKIE[1]}</div></div><svg class="t657__icon-close" width="10px" height="10px" viewBox="0 0 23 23" version="1.1" xmlns="http://www.w3.org/2000/svg"><desc>Close</desc><g stroke="none" stroke-width="1" fill="#000" fill-rule="evenodd"><rect transform="translate(11.313708, 11.313708) rotate(-45.000000) translate(-11.313708, -11.313708) " x="10.3137085" y="-3.6862915" width="2" height="30"></rect></g></svg></div></div><script type="text/javascript">t_onReady(function () {{t_onFuncLoad('t657_init', function () {{t657_init('733400203');}});}});</script>""")
    return footer + "\n" + cookie


def render(article: Article, n: int) -> Page:
    moment = article.moment
    page_id, alias, stamp = PAGES[n]
    url = f"{HOST}/stories/{alias}"
    shown = _shown(n, moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(MOBILE_TITLE, *(label for _, label in MENU), HOME, STORIES, article.section, shown)
    if n == 1:
        page.add(BYLINE, READING[1], article.caption, CREDIT[1])
    elif n == 3:
        page.add(READING[3])
    page.add("وسوم: " + " · ".join(article.tags), *SHARE, MORE, *article.related,
             *RELATED_SECTIONS[n], *NEWSLETTER, FOOT_ABOUT, COPYRIGHT,
             *(t for title, lines in FOOT_COLS for t in (title, *lines)), *COOKIE, "Close", BADGE)
    records = [_breadcrumbs(int(f"6{article.slug}0001"), article.section), _hero(article, n, shown),
               *_story(article, n, shown), *_after(article, n)]
    desc = article.lead.split("،")[0]
    cover, _ = _img(f"cover{n}", f"ruwat_cover_{article.slug}.jpg")
    ws = f"https://static.tildacdn.com/ws/project{PROJECT}/tilda-blocks-page{page_id}.min"
    common = (f'data-hook="blocks-collection-content-node" data-tilda-project-id="{PROJECT}" data-tilda-page-id="{page_id}" '
              f'data-tilda-formskey="5e0c9d3a7f41b2c8e6a9d0f1c{PROJECT}"')
    rows = "\n".join(records)
    page.html = f"""<!DOCTYPE html> <html lang="ar"> <head> <meta charset="utf-8" /> <meta http-equiv="Content-Type" content="text/html; charset=utf-8" /> <meta name="viewport" content="width=device-width, initial-scale=1.0" /> <!--metatextblock--> <title>{e(article.headline)} | {TAGLINE}</title> <meta name="description" content="{e(desc)}" /> <meta property="og:url" content="{url}" /> <meta property="og:title" content="{e(article.headline)}" /> <meta property="og:description" content="{e(desc)}" /> <meta property="og:type" content="website" /> <meta property="og:image" content="{cover}" /> <link rel="canonical" href="{url}"> <!--/metatextblock--> <meta name="format-detection" content="telephone=no" /> <meta http-equiv="x-dns-prefetch-control" content="on"> <link rel="dns-prefetch" href="https://ws.tildacdn.com"> <link rel="dns-prefetch" href="https://static.tildacdn.com"> <link rel="shortcut icon" href="https://static.tildacdn.com/{_tild('favicon')}/favicon.ico" type="image/x-icon" /> <!-- Assets --> <script src="https://neo.tildacdn.com/js/tilda-fallback-1.0.min.js" async charset="utf-8"></script> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-grid-3.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';"/> <link rel="stylesheet" href="{ws}.css?t={stamp}" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-animation-2.0.min.css" type="text/css" media="all" onerror="this.loaderr='y';" /> <link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-popup-1.1.min.css" type="text/css" media="print" onload="this.media='all';" onerror="this.loaderr='y';" /> <noscript><link rel="stylesheet" href="https://static.tildacdn.com/css/tilda-popup-1.1.min.css" type="text/css" media="all" /></noscript> <script nomodule src="https://static.tildacdn.com/js/tilda-polyfill-1.0.min.js" charset="utf-8"></script> <script type="text/javascript">function t_onReady(func) {{if (document.readyState != 'loading') {{func();}} else {{document.addEventListener('DOMContentLoaded', func);}}}}
function t_onFuncLoad(funcName, okFunc, time) {{if (typeof window[funcName] === 'function') {{okFunc();}} else {{setTimeout(function() {{t_onFuncLoad(funcName, okFunc, time);}},(time || 100));}}}}function t396_initialScale(t){{t=document.getElementById("rec"+t);if(t){{t=t.querySelector(".t396__artboard");if(t){{var e,r=document.documentElement.clientWidth,a=[];}}}}}}</script> <script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js" charset="utf-8" defer onerror="this.loaderr='y';"></script> <script src="{ws}.js?t={stamp}" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-lazyload-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-animation-2.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-zero-1.1.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-menu-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-popup-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-zero-scale-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <script src="https://static.tildacdn.com/js/tilda-events-1.0.min.js" charset="utf-8" async onerror="this.loaderr='y';"></script> <link rel="preconnect" href="https://fonts.gstatic.com"> <link href="https://fonts.googleapis.com/css2?family=Tajawal:wght@400;500;700&display=swap" rel="stylesheet"> <style>.t-records {{direction: rtl;}} .t-text, .t-title, .t-descr, .t-name, .tn-atom {{font-family: 'Tajawal', Arial, sans-serif !important; text-align: right;}} .t228__list {{direction: rtl;}}</style> <script type="text/javascript">window.dataLayer = window.dataLayer || [];</script> <script type="text/javascript">(function () {{if ((/bot|google|yandex|baidu|bing|msn|duckduckbot|teoma|slurp|crawler|spider|robot|crawling|facebook/i.test(navigator.userAgent)) === false && typeof(sessionStorage) != 'undefined' && sessionStorage.getItem('visited') !== 'y' && document.visibilityState) {{var style = document.createElement('style');style.type = 'text/css';style.innerHTML = '@media screen and (min-width: 980px) {{.t-records {{opacity: 0;}}.t-records_animated {{-webkit-transition: opacity ease-in-out .2s;-moz-transition: opacity ease-in-out .2s;-o-transition: opacity ease-in-out .2s;transition: opacity ease-in-out .2s;}}.t-records.t-records_visible {{opacity: 1;}}}}';document.getElementsByTagName('head')[0].appendChild(style);function t_setvisRecs(){{var alr = document.querySelectorAll('.t-records');Array.prototype.forEach.call(alr, function(el) {{el.classList.add("t-records_animated");}});setTimeout(function () {{Array.prototype.forEach.call(alr, function(el) {{el.classList.add("t-records_visible");}});sessionStorage.setItem("visited", "y");}}, 400);}}document.addEventListener('DOMContentLoaded', t_setvisRecs);}}}})();</script></head> <body class="t-body" style="margin:0;"> <!--allrecords--> <div id="allrecords" class="t-records" {common} data-tilda-page-alias="stories/{alias}" data-tilda-cookie="no" data-tilda-lazy="yes" data-tilda-root-zone="com" data-tilda-project-headcode="yes" data-tilda-project-country="AE"> <!--header--> <header id="t-header" class="t-records" {common}>
{_menu()}
</header> <!--/header-->
{rows}
<!--footer--> <footer id="t-footer" class="t-records" {common}>
{_footer()}
</footer> <!--/footer--> </div> <!--/allrecords--> <!-- Tilda copyright. Don't remove this line --><div class="t-tildalabel " id="tildacopy" data-tilda-sign="{PROJECT}#{page_id}"><a href="https://tilda.cc/?upm={PROJECT}" class="t-tildalabel__link"><div class="t-tildalabel__wrapper"><div class="t-tildalabel__txtleft">Made on </div><div class="t-tildalabel__wrapimg"><img src="https://static.tildacdn.com/img/tildacopy.png" class="t-tildalabel__img" fetchpriority="low" alt=""></div><div class="t-tildalabel__txtright">Tilda</div></div></a></div> <!-- Stat --> <script type="text/javascript">if (! window.mainTracker) {{ window.mainTracker = 'tilda'; }} setTimeout(function(){{ (function (d, w, k, o, g) {{ var n=d.getElementsByTagName(o)[0],s=d.createElement(o),f=function(){{n.parentNode.insertBefore(s,n);}}; s.type = "text/javascript"; s.async = true; s.key = k; s.id = "tildastatscript"; s.src=g; if (w.opera=="[object Opera]") {{d.addEventListener("DOMContentLoaded", f, false);}} else {{ f(); }} }})(document, window, '9c41e7d02ab35f6e8d17c04b2e9a6f51','script','https://static.tildacdn.com/js/tilda-stat-1.0.min.js'); }}, 2000); </script> </body> </html>
"""
    return page
