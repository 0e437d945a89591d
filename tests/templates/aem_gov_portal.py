"""A Saudi government centre's media-centre news ("المركز الوطني للسلامة والصحة المهنية") on AEM as a
Cloud Service with Core Components, as the publish tier serves a `news-details-page`. The head: `<title>`
"headline | المركز ...", keywords/description/template meta, the Core page's og: tags (SocialMediaHelper
order), twitter tags, canonical and `hreflang` alternates, a custom JSON-LD `NewsArticle` and
`article:published_time` in UTC (`...Z`, the server's zone), long-cache clientlibs
(`/etc.clientlibs/ncosh/clientlibs/clientlib-base.lc-<md5>-lc.min.css`, the empty
`clientlib-dependencies.lc-d41d8cd9...` pair). The body (`page basicpage`) opens with the adobeDataLayer
`cmp:show` push and the skip link, then `root container responsivegrid` > `cmp-container` > `aem-Grid
aem-Grid--12 aem-Grid--default--12`: the header experience fragment (`<header class="experiencefragment">`
> `cmp-experiencefragment--header` > `xf-content-height`) with the DGA "موقع حكومي رسمي..." bar and its
hidden "كيف تتحقق" panel, today's date in Hijri and Gregorian (the crawl day, two days after the story),
accessibility tools, `cmp-languagenavigation` (العربية / English), the logo `cmp-image`, `cmp-navigation`
with sub-menus and the Core search with its x-template; then `<main>`: `cmp-breadcrumb` (الرئيسية >
المركز الإعلامي > الأخبار > headline), an 8-column `<article>` container, a 4-column `<aside>` and a
related row. The article: `cmp-title__text` h1, a custom `cmp-newsdetails` (section, `<time>` with a UTC
`datetime` showing "الثلاثاء 2 رمضان 1445هـ الموافق 12 مارس 2024م", on page 2 only the "إعداد: ..."
byline), then the body as authored components whose `data-cmp-data-layer` repeats the stored RTE HTML
(`xdm:text`, the un-mapped `/content/ncosh/...` link). Page 1: a captioned `cmp-image` (`cmp-image__title`)
over one `cmp-text` with a bold phrase. Page 2: `cmp-text`, an uncaptioned image, a `cmp-title` h2
subheading (the story's own paragraph), a second `cmp-text` linking page 1's story. Page 3 (posted 00:40
Riyadh time: every machine date is the previous UTC day): one `cmp-text`, then a "شاهد: ..." h3 over a
YouTube `cmp-embed`. Then the share bar (sr-only labels, print, copy link), `cmp-tags`, `cmp-separator`,
the DGA-style feedback block ("تاريخ آخر تعديل: ... بتوقيت السعودية", "هل كانت هذه الصفحة مفيدة؟",
نعم/لا, the "% من المستخدمين قالوا نعم" count, hidden reasons form and thanks). The aside: "آخر الأخبار"
as a `cmp-list` with `cmp-list__item-date` (dd/MM/yyyy) and a guide teaser; below, "أخبار ذات صلة" as
three `cmp-teaser`s (image, date pretitle, title link, "اقرأ المزيد"). The footer fragment: four link
columns (`cmp-title` + static `cmp-list`), contact lines, sr-only social labels, copyright, "تم تطويره
وصيانته..." and the DGA registration number; then the clientlib scripts. All of that is chrome."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta

from .base import Article, Page, day_month_year, e, rotate, weekday

NAME = "aem_gov_portal"
HELD_OUT = True
SET = "unseen14"
FAMILY = "AEM Sites Core Components (Saudi government centre media-centre news): aem-Grid, experience-fragment header/footer, cmp-title/cmp-text/cmp-image, Hijri+Gregorian dates, DGA feedback block"
HOST = "https://www.ncosh.gov.example"
SITE = "المركز الوطني للسلامة والصحة المهنية"
SITE_EN = "National Center for Occupational Safety and Health"
APP = "ncosh"
CLIB = f"/etc.clientlibs/{APP}/clientlibs"
GAP = "\n" + " " * 4 + "\n"  # the blank, indented lines HTL leaves where <sly> tags were
HIJRI = {"2024-03-12": "2 رمضان 1445", "2024-03-14": "4 رمضان 1445", "2024-09-17": "14 ربيع الأول 1446", "2024-09-19": "16 ربيع الأول 1446", "2025-02-04": "5 شعبان 1446", "2025-02-06": "7 شعبان 1446"}
CRAWL_DAYS = 2
SLUGS = {1: ("2024", "24031"), 2: ("2024", "24388"), 3: ("2025", "24705")}
MODIFIED = {1: (2024, 3, 13, 9, 2), 2: (2024, 9, 18, 16, 45), 3: (2025, 2, 4, 11, 10)}
FEEDBACK = {1: (87, 312), 2: (91, 1048), 3: (78, 64)}
CSS_BASE, CSS_SITE, JS_SITE, EMPTY = ("5b6bf6bddb27a9ef3f911fb1eb20081a", "a41c07e9b2d35f8816c0de4b7f92c3aa", "c3e1a9f0472db8e56a1f0b9d2e7c4a18",
                                      "d41d8cd98f00b204e9800998ecf8427e")  # the md5 of nothing: the empty dependencies clientlib
VERIFY = ("موقع حكومي رسمي تابع لحكومة المملكة العربية السعودية", "كيف تتحقق", "روابط المواقع الرسمية السعودية تنتهي بـ gov.sa",
          "جميع روابط المواقع الرسمية للجهات الحكومية في المملكة العربية السعودية تنتهي بـ gov.sa",
          "المواقع الحكومية تستخدم بروتوكول HTTPS للتشفير والأمان.", "المواقع الآمنة في المملكة العربية السعودية تستخدم بروتوكول HTTPS للتشفير.")
A11Y = ("أدوات الإتاحة", "تكبير الخط", "تصغير الخط", "التباين العالي", "تدرج الرمادي", "إعادة الضبط")
NAV = (("الرئيسية", "", ()), ("عن المركز", "about", ("نبذة عن المركز", "مجلس الإدارة", "الهيكل التنظيمي")), ("الخدمات الإلكترونية", "e-services", ()),
       ("الأنظمة والأدلة", "regulations", ()), ("المركز الإعلامي", "media-center", ("الأخبار", "الفعاليات", "الحملات التوعوية", "الإصدارات")),
       ("البيانات المفتوحة", "open-data", ()), ("المشاركة الإلكترونية", "e-participation", ()), ("تواصل معنا", "contact-us", ()))
SHARE = (("x", "https://twitter.com/intent/tweet?url=", "مشاركة عبر إكس"), ("facebook", "https://www.facebook.com/sharer/sharer.php?u=", "مشاركة عبر فيسبوك"),
         ("linkedin", "https://www.linkedin.com/sharing/share-offsite/?url=", "مشاركة عبر لينكد إن"), ("whatsapp", "https://api.whatsapp.com/send?text=", "مشاركة عبر واتساب"), ("email", "mailto:?body=", "مشاركة عبر البريد الإلكتروني"))
REASONS = ("ما سبب تقييمك؟", "المحتوى غير واضح", "المعلومات غير مكتملة", "لم أجد ما أبحث عنه", "سبب آخر")
LATEST = ("المركز يشارك في المعرض الدولي للسلامة والأمن بالرياض", "إصدار الدليل الإرشادي للعمل في الأماكن المغلقة", "تدريب 1200 مفتش على معايير الفحص الميداني الجديدة",
          "المركز يحتفي باليوم العالمي للسلامة والصحة في العمل", "إطلاق خدمة الاستشارات الفنية للمنشآت الصغيرة والمتوسطة",
          "نتائج المسح الوطني لبيئات العمل في قطاع التجزئة", "ورشة تعريفية بمتطلبات الترخيص لمقدمي خدمات السلامة")
GUIDE = ("إصدارات", "دليل المنشآت لتطبيق اشتراطات السلامة", "حمّل الإصدار المحدث من الدليل بصيغة PDF", "تحميل الدليل")
FOOTER = (("about", "عن المركز", ("نبذة عن المركز", "الرؤية والرسالة", "مجلس الإدارة", "الوظائف")), ("media-center", "المركز الإعلامي", (
    "الأخبار", "الفعاليات", "الحملات التوعوية", "معرض الصور", "الهوية الإعلامية")), ("links", "روابط مهمة", ("المنصة الوطنية الموحدة", "منصة البيانات المفتوحة", "منصة استطلاع", "منصة تواصل")),
          ("support", "الدعم والمساعدة", ("الأسئلة الشائعة", "خريطة الموقع", "سياسة الخصوصية", "شروط الاستخدام", "إمكانية الوصول")))
CONTACT = ("الرقم الموحد: 920033118", "البريد الإلكتروني: care@ncosh.gov.example", "طريق الملك عبدالعزيز، حي المرسلات، الرياض")
SOCIAL = (("x", "إكس"), ("linkedin", "لينكد إن"), ("youtube", "يوتيوب"), ("instagram", "إنستغرام"))
DGA = ("مسجل لدى هيئة الحكومة الرقمية برقم:", "20231128417")
VIDEO = {3: ("شاهد: لحظة توقيع المذكرة", "k3Qd8TzVw1E")}
IMAGE = {1: "salamatak-launch.jpeg", 2: "field-inspection.jpeg"}
BOLD = {1: (2, "لوحة مؤشرات")}
LINKED = {2: (5, "منصة «سلامتك»")}


def _id(kind: str, *key: object) -> str:
    return f"{kind}-{hashlib.md5('/'.join(map(str, (kind, *key))).encode()).hexdigest()[:10]}"


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _layer(cid: str, kind: str, modified: datetime, **extra: object) -> str:
    """A data-cmp-data-layer attribute as HTL writes it: JSON with &#34; quotes, &lt; tags."""
    data = {cid: {"@type": f"{APP}/components/{kind}", "repo:modifyDate": f"{modified.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}", **extra}}
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return raw.replace("&", "&amp;").replace('"', "&#34;").replace("<", "&lt;")


def _js(text: str) -> str:
    """HTL's scriptString context: quotes, dashes, slashes and non-ASCII escaped."""
    table = {'"': "\\x22", "-": "\\u002D", "/": "\\/"}
    return "".join(table.get(ch) or (f"\\u{ord(ch):04X}" if ord(ch) > 126 else ch) for ch in text)


def _shown(moment: datetime) -> str:
    return f"{weekday(moment)} {HIJRI[moment.date().isoformat()]}هـ الموافق {day_month_year(moment)}م"


def _col(kind: str, inner: str, width: int = 12, extra: str = "") -> str:
    return f'<div class="{kind}{extra} aem-GridColumn aem-GridColumn--default--{width}">\n{inner}{GAP}\n</div>'


def _title(cid: str, text: str, level: int, mod: datetime, extra: str = "", width: int = 12) -> str:
    layer = _layer(cid, "title", mod, **{"dc:title": text})
    return _col("title", f'<div data-cmp-data-layer="{layer}" id="{cid}" class="cmp-title">\n'
                         f'    <h{level} class="cmp-title__text">{e(text)}</h{level}>\n</div>', width, extra)


def _image(cid: str, path: str, alt: str, caption: str, mod: datetime, w: int = 1200, h: int = 675) -> str:
    stamp, name, uid = int(mod.timestamp() * 1000), path.rsplit("/", 1)[-1], hashlib.md5(path.encode()).hexdigest()
    base = f"{path.rsplit('/', 1)[0]}/_jcr_content/root/container/image.coreimg"
    srcset = ", ".join(f"{base}.{px}.jpeg/{stamp}/{name} {px}w" for px in (480, 800, 1200))
    title = f'\n    <span class="cmp-image__title" itemprop="caption">{e(caption)}</span>' if caption else ""
    layer = _layer(cid, "image", mod, **({"dc:title": caption} if caption else {}))
    return (f'<div data-cmp-is="image" data-cmp-widths="480,800,1200" data-cmp-src="{base}{{.width}}.jpeg/{stamp}/{name}" '
            f'data-asset-id="{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:32]}" '
            f'data-cmp-filereference="/content/dam/{APP}/ar/news/{name}" id="{cid}" data-cmp-data-layer="{layer}" '
            f'data-cmp-hook-image="imageV3" class="cmp-image" itemscope itemtype="http://schema.org/ImageObject">\n'
            f'        <img src="{base}.jpeg/{stamp}/{name}" srcset="{srcset}" loading="lazy" class="cmp-image__image" '
            f'itemprop="contentUrl" width="{w}" height="{h}" sizes="(min-width: 1200px) 800px, 100vw" alt="{e(alt)}"/>'
            f"{title}\n{GAP}\n</div>")


def _text(cid: str, paras: list[str], stored: list[str], mod: datetime) -> str:
    layer = _layer(cid, "text", mod, **{"xdm:text": "\r\n".join(stored) + "\r\n"})
    return _col("text", f'<div data-cmp-data-layer="{layer}" id="{cid}" class="cmp-text">\n' + "\n".join(paras) + "\n</div>", 8)


def _paras(article: Article, n: int) -> tuple[list[str], list[str]]:
    """The story's paragraphs as the page shows them and as the RTE stored them."""
    shown, stored = [], []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<b>{e(BOLD[n][1])}</b>", 1)
        raw = html
        if n in LINKED and LINKED[n][0] == k:
            words, path = e(LINKED[n][1]), f"/ar/media-center/news/{SLUGS[1][0]}/{SLUGS[1][1]}.html"
            html = html.replace(words, f'<a href="{path}">{words}</a>', 1)
            raw = raw.replace(words, f'<a href="/content/{APP}{path}">{words}</a>', 1)
        shown.append(f"<p>{html}</p>")
        stored.append(f"<p>{raw}</p>")
    return shown, stored


def _list(cid: str, items: list[tuple[str, str, str]], mod: datetime, width: int = 4) -> str:
    lis = "\n".join(f'    <li class="cmp-list__item">\n    <a class="cmp-list__item-link" href="{href}">\n'
                    f'        <span class="cmp-list__item-title">{e(title)}</span>'
                    + (f'\n        <span class="cmp-list__item-date">{date}</span>' if date else "")
                    + f"\n    </a>\n{GAP}</li>" for title, href, date in items)
    return _col("list", f'<ul id="{cid}" data-cmp-data-layer="{_layer(cid, "list", mod)}" class="cmp-list">\n{lis}\n</ul>', width)


def _teaser(cid: str, pre: str, title: str, href: str, action: str, mod: datetime, img: str = "", desc: str = "") -> str:
    image = f'\n    <div class="cmp-teaser__image">{_image(cid + "-image", img, "", "", mod, 800, 450)}</div>' if img else ""
    description = f'\n        <div class="cmp-teaser__description"><p>{e(desc)}</p></div>' if desc else ""
    return _col("teaser", f'<div id="{cid}" class="cmp-teaser" data-cmp-data-layer="{_layer(cid, "teaser", mod, **{"dc:title": title})}">'
                f'{image}\n    <div class="cmp-teaser__content">\n        <p class="cmp-teaser__pretitle">{e(pre)}</p>\n'
                f'        <h3 class="cmp-teaser__title">\n            <a class="cmp-teaser__title-link" href="{href}">{e(title)}</a>\n'
                f'        </h3>{description}\n        <div class="cmp-teaser__action-container">\n'
                f'            <a class="cmp-teaser__action-link" href="{href}">{e(action)}</a>\n        </div>\n    </div>\n</div>', 4)


def _box(tag: str, classes: str, cid: str, inner: str, grid: int = 12, gap: bool = False) -> str:
    """A Core container (responsive-grid layout): its wrapper element, cmp-container, aem-Grid."""
    return (f'<{tag} class="{classes}">\n' + (GAP + "\n" if gap else "") + f'    <div id="{cid}" class="cmp-container">\n'
            f'        <div class="aem-Grid aem-Grid--{grid} aem-Grid--default--{grid} ">\n{inner}\n        </div>\n    </div>\n</{tag}>')


def _xf(kind: str, inner: str) -> str:
    """An experience fragment: its wrapper element, the fragment, xf-content-height, its root."""
    return (f'<{kind} class="experiencefragment aem-GridColumn aem-GridColumn--default--12">\n'
            f'<div id="{_id("experiencefragment", kind)}" class="cmp-experiencefragment cmp-experiencefragment--{kind}">\n'
            f'<div class="xf-content-height">\n{_box("div", "root container responsivegrid", _id("container", "xf", kind), inner, gap=True)}'
            f"\n</div>\n</div>{GAP}</{kind}>")


def _header(page: Page, path: str, mod: datetime, today: datetime) -> str:
    tday = today.date().isoformat()
    page.add(*VERIFY, weekday(today), f"{HIJRI[tday]} هـ", f"{day_month_year(today)} م", *A11Y, "العربية", "English")
    items = []
    for label, slug, subs in NAV:
        page.add(label, *subs)
        active = " cmp-navigation__item--active" if slug == "media-center" else ""
        group = "".join(f'\n        <li class="cmp-navigation__item cmp-navigation__item--level-1"><a href="/ar/{slug}/{k}.html" '
                        f'title="{s}" class="cmp-navigation__item-link">{s}</a></li>' for k, s in enumerate(subs))
        group = f'\n    <ul class="cmp-navigation__group">{group}\n    </ul>' if subs else ""
        items.append(f'    <li class="cmp-navigation__item cmp-navigation__item--level-0{active}">\n'
                     f'    <a href="/ar{"/" + slug if slug else ""}.html" title="{label}" class="cmp-navigation__item-link">{label}</a>'
                     f"{group}\n    </li>")
    panel = "\n".join(f'        <h3 class="ncosh-verify__title">{VERIFY[i]}</h3>\n        <p class="ncosh-verify__text">{VERIFY[i + 1]}</p>'
                      for i in (2, 4))
    a11y = "\n".join(f'        <button type="button" class="cmp-a11y__btn" data-a11y="{k}">{label}</button>' for k, label in enumerate(A11Y[1:]))
    langs = "\n".join(f'        <li class="cmp-languagenavigation__item cmp-languagenavigation__item--langcode-{code} cmp-languagenavigation__item--level-0{act}">\n'
                      f'    <a class="cmp-languagenavigation__item-link" href="{path.replace("/ar/", f"/{code}/", 1)}" hreflang="{code}" lang="{code}" rel="alternate">{label}</a>\n        </li>'
                      for code, label, act in (("ar", "العربية", " cmp-languagenavigation__item--active"), ("en", "English", "")))
    lid, nid = _id("languagenavigation", "h"), _id("navigation", "h")
    return _xf("header", "\n".join((
        _col("govbanner", f'<div class="ncosh-verify" data-cmp-is="govbanner">\n    <div class="ncosh-verify__bar">\n'
             f'        <img src="{CLIB}/clientlib-site/resources/images/saudi-flag.svg" width="20" height="14" alt="" aria-hidden="true"/>\n'
             f'        <span class="ncosh-verify__label">{VERIFY[0]}</span>\n'
             f'        <button type="button" class="ncosh-verify__toggle" aria-expanded="false" aria-controls="verify-panel">{VERIFY[1]}</button>\n'
             f'    </div>\n    <div id="verify-panel" class="ncosh-verify__panel" hidden>\n{panel}\n    </div>\n</div>'),
        _col("todaydate", f'<div class="cmp-todaydate">\n    <span class="cmp-todaydate__day">{weekday(today)}</span>\n'
             f'    <span class="cmp-todaydate__hijri">{HIJRI[tday]} هـ</span>\n'
             f'    <span class="cmp-todaydate__gregorian">{day_month_year(today)} م</span>\n</div>', 6),
        _col("accessibilitytools", f'<div class="cmp-a11y" data-cmp-is="accessibility">\n    <button type="button" class="cmp-a11y__toggle" '
             f'aria-expanded="false">{A11Y[0]}</button>\n    <div class="cmp-a11y__panel" hidden>\n{a11y}\n    </div>\n</div>', 4),
        _col("languagenavigation", f'<nav data-cmp-data-layer="{_layer(lid, "languagenavigation", mod)}" id="{lid}" class="cmp-languagenavigation" '
             f'aria-label="اختيار اللغة">\n    <ul class="cmp-languagenavigation__group">\n{langs}\n    </ul>\n</nav>', 2),
        _col("image", _image(_id("image", "logo"), f"/content/experience-fragments/{APP}/ar/site/header/master/logo-{APP}.png",
                             f"{SITE} - {SITE_EN}", "", mod, 220, 64), 3, " cmp-image--logo"),
        _col("navigation", f'<nav id="{nid}" class="cmp-navigation" itemscope itemtype="http://schema.org/SiteNavigationElement" '
             f'data-cmp-data-layer="{_layer(nid, "navigation", mod)}" aria-label="القائمة الرئيسية">\n'
             f'    <ul class="cmp-navigation__group">\n' + "\n".join(items) + "\n    </ul>\n</nav>", 7, " cmp-navigation--header"),
        _col("search", f'<section id="{_id("search", "h")}" class="cmp-search" role="search" data-cmp-is="search" data-cmp-min-length="3" data-cmp-results-size="10">\n'
             f'    <form class="cmp-search__form" data-cmp-hook-search="form" method="get" action="/content/{APP}/ar/search/jcr:content/root/container/search.searchresults.json/_jcr_content/root/container/search" autocomplete="off">\n'
             '        <div class="cmp-search__field">\n            <i class="cmp-search__icon" data-cmp-hook-search="icon"></i>\n            <span class="cmp-search__loading-indicator" data-cmp-hook-search="loadingIndicator"></span>\n'
             '            <input class="cmp-search__input" data-cmp-hook-search="input" type="text" name="fulltext" placeholder="ابحث في الموقع" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-invalid="false" aria-expanded="false"/>\n'
             '            <button class="cmp-search__clear" data-cmp-hook-search="clear"><i class="cmp-search__clear-icon"></i></button>\n        </div>\n    </form>\n'
             '    <div class="cmp-search__results" data-cmp-hook-search="results" role="listbox" aria-multiselectable="false"></div>\n    <script data-cmp-hook-search="itemTemplate" type="x-template"><a class="cmp-search__item" data-cmp-hook-search="item">'
             '<span class="cmp-search__item-title" data-cmp-hook-search="itemTitle"></span></a></script>\n</section>', 2, " cmp-search--header"))))


def _story(page: Page, article: Article, n: int, url: str, path: str, mod: datetime) -> list[str]:
    """The article container: h1, news details, the authored body, share, tags, feedback."""
    shown, byline = page.shown_date, f"إعداد: {article.author}" if article.author else ""
    page.add(article.section, shown, byline)
    details = [f'    <span class="cmp-newsdetails__category">{e(article.section)}</span>',
               f'    <time class="cmp-newsdetails__date" datetime="{_utc(article.moment)}">{shown}</time>']
    details += [f'    <span class="cmp-newsdetails__author">{e(byline)}</span>'] if byline else []
    out = [_title(_id("title", n, "h1"), article.headline, 1, mod, width=8),
           _col("newsdetails", '<div class="cmp-newsdetails">\n' + "\n".join(details) + "\n</div>", 8)]
    shown_p, stored_p = _paras(article, n)
    image = f"{path[:-5]}/{IMAGE.get(n, '')}"
    if n == 1:
        page.add(article.caption)
        out += [_col("image", _image(_id("image", n), image, article.caption, article.caption, mod), 8),
                _text(_id("text", n), shown_p, stored_p, mod)]
    elif n == 2:
        out += [_text(_id("text", n, 1), shown_p[:2], stored_p[:2], mod),
                _col("image", _image(_id("image", n), image, "فريق تفتيش ميداني في موقع بناء", "", mod), 8),
                _title(_id("title", n, "h2"), article.paragraphs[1], 2, mod, " cmp-title--subheading", 8),
                _text(_id("text", n, 2), shown_p[3:], stored_p[3:], mod)]
    else:
        label, video = VIDEO[n]
        page.add(label)
        out += [_text(_id("text", n), shown_p, stored_p, mod), _title(_id("title", n, "h3"), label, 3, mod, width=8),
                _col("embed", f'<div id="{_id("embed", n)}" class="cmp-embed">\n{GAP}<iframe width="100%" height="390" '
                     f'src="https://www.youtube.com/embed/{video}?rel=0" frameborder="0" allowfullscreen allow="autoplay; fullscreen" '
                     'aria-label="فيديو يوتيوب"></iframe>\n</div>', 8)]
    mod_time = f"{mod.hour % 12 or 12}:{mod:%M} {'ص' if mod.hour < 12 else 'م'}"
    last = f"تاريخ آخر تعديل: {mod:%d/%m/%Y} - {mod_time} بتوقيت السعودية"
    stats = "{}% من المستخدمين قالوا نعم من {} تقييمًا".format(*FEEDBACK[n])
    page.add("شارك الخبر", *(s[2] for s in SHARE), "طباعة", "نسخ الرابط", "الوسوم:", *article.tags, last,
             "هل كانت هذه الصفحة مفيدة؟", "نعم", stats, *REASONS, "إرسال", "شكرًا لك، تم استلام تقييمك")
    share = "\n".join(f'        <li class="cmp-socialshare__item"><a class="cmp-socialshare__link cmp-socialshare__link--{k}" href="{link}{url}" '
                      f'target="_blank" rel="noopener noreferrer"><span class="icon icon-{k}" aria-hidden="true"></span>'
                      f'<span class="sr-only">{label}</span></a></li>' for k, link, label in SHARE)
    tags = "\n".join(f'        <li class="cmp-tags__item"><a class="cmp-tags__link" href="/ar/search.html?tag={e(t)}">{e(t)}</a></li>'
                     for t in article.tags)
    reasons = "\n".join(f'            <label class="cmp-pagefeedback__reason"><input type="checkbox" name="reason" value="{k}"/> {r}</label>'
                        for k, r in enumerate(REASONS[1:], 1))
    return [*out, _col("socialshare", f'<div class="cmp-socialshare">\n    <span class="cmp-socialshare__label">شارك الخبر</span>\n'
                       f'    <ul class="cmp-socialshare__list">\n{share}\n    </ul>\n'
                       '    <button type="button" class="cmp-socialshare__print" onclick="window.print()">طباعة</button>\n'
                       f'    <button type="button" class="cmp-socialshare__copy" data-clipboard-text="{url}">نسخ الرابط</button>\n</div>', 8),
            _col("tags", f'<div class="cmp-tags">\n    <span class="cmp-tags__label">الوسوم:</span>\n    <ul class="cmp-tags__list">\n{tags}\n    </ul>\n</div>', 8),
            _col("separator", f'<div id="{_id("separator", n)}" class="cmp-separator">\n    <hr class="cmp-separator__horizontal-rule"/>\n</div>', 8),
            _col("pagefeedback", f'<div class="cmp-pagefeedback" data-cmp-is="pagefeedback" data-page-path="/content/{APP}{path[:-5]}">\n'
                 f'    <p class="cmp-pagefeedback__lastmodified">{last}</p>\n    <div class="cmp-pagefeedback__question">\n'
                 '        <span class="cmp-pagefeedback__title">هل كانت هذه الصفحة مفيدة؟</span>\n        <button type="button" class="cmp-pagefeedback__btn cmp-pagefeedback__btn--yes" data-value="yes">نعم</button>\n'
                 '        <button type="button" class="cmp-pagefeedback__btn cmp-pagefeedback__btn--no" data-value="no">لا</button>\n    </div>\n'
                 f'    <p class="cmp-pagefeedback__stats">{stats}</p>\n    <form class="cmp-pagefeedback__form" hidden>\n'
                 f'        <fieldset>\n            <legend>{REASONS[0]}</legend>\n{reasons}\n        </fieldset>\n'
                 '        <textarea name="comment" maxlength="500" aria-label="ملاحظات إضافية"></textarea>\n        <button type="submit" class="cmp-pagefeedback__submit">إرسال</button>\n    </form>\n'
                 '    <p class="cmp-pagefeedback__thanks" hidden>شكرًا لك، تم استلام تقييمك</p>\n</div>', 8)]


def _footer(page: Page, mod: datetime, today: datetime) -> str:
    columns = []
    for k, (slug, heading, links) in enumerate(FOOTER):
        page.add(heading, *links)
        items = [(t, f"/ar/{slug}/{j}.html", "") for j, t in enumerate(links)]
        columns.append(_box("div", "container responsivegrid cmp-container--footer-column aem-GridColumn aem-GridColumn--default--3",
                            _id("container", "f", k), f'{_title(_id("title", "f", k), heading, 3, mod, width=3)}\n'
                            f'{_list(_id("list", "f", k), items, mod, 3)}', 3))
    social = "\n".join(f'        <a class="cmp-social__link cmp-social__link--{k}" href="https://{k}.com/{APP}_sa" target="_blank" '
                       f'rel="noopener noreferrer"><span class="sr-only">{label}</span></a>' for k, label in SOCIAL)
    rights, built = f"جميع الحقوق محفوظة © {today.year} {SITE}", f"تم تطويره وصيانته بواسطة {SITE}"
    page.add("تواصل معنا", *CONTACT, *(s[1] for s in SOCIAL), rights, built, *DGA, "العودة إلى الأعلى")
    contact = "\n".join(f"<p>{e(c)}</p>" for c in CONTACT)
    return _xf("footer", "\n".join((
        *columns, _title(_id("title", "f", "contact"), "تواصل معنا", 3, mod, " cmp-title--footer"),
        _col("text", f'<div id="{_id("text", "f")}" class="cmp-text">\n{contact}\n</div>', 8),
        _col("social", f'<div class="cmp-social">\n{social}\n</div>', 4),
        _col("text", f'<div id="{_id("text", "f", "copy")}" class="cmp-text">\n<p>{rights}</p>\n<p>{built}</p>\n'
             f'<p><span class="dga-label">{DGA[0]}</span> <span class="dga-number">{DGA[1]}</span></p>\n</div>', extra=" cmp-text--copyright"),
        _col("button", '<a id="backtotop" class="cmp-button" href="#main-content"><span class="cmp-button__text">العودة إلى الأعلى</span></a>'))))


def _head(article: Article, n: int, url: str, path: str, mod: datetime) -> str:
    desc = article.lead if len(article.lead) <= 160 else article.lead[:160].rsplit(" ", 1)[0] + "..."
    image = f"{HOST}{path[:-5]}/{IMAGE[n]}" if n in IMAGE else f"{HOST}{CLIB}/clientlib-site/resources/images/share-default.png"
    author = {"@type": "Person", "name": article.author} if article.author else {"@type": "Organization", "name": SITE}
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url, "headline": article.headline,
          "description": desc, "image": [image], "datePublished": _utc(article.moment), "dateModified": _utc(mod),
          "inLanguage": "ar", "author": author, "publisher": {"@type": "GovernmentOrganization", "name": SITE, "logo": {
              "@type": "ImageObject", "url": f"{HOST}{CLIB}/clientlib-site/resources/images/logo.png"}}}
    og = "\n".join(f'<meta property="og:{k}" content="{v}"/>' for k, v in (
        ("title", e(article.headline)), ("url", url), ("type", "article"), ("site_name", SITE), ("image", image), ("description", e(desc))))
    return f"""    <head>\n    <meta charset="UTF-8"/>\n    <title>{e(article.headline)} | {SITE}</title>
    <meta name="keywords" content="{e(', '.join(article.tags))}"/>\n    <meta name="description" content="{e(desc)}"/>
    <meta name="template" content="news-details-page"/>\n    <meta name="viewport" content="width=device-width, initial-scale=1"/>
{GAP}\n{og}\n{GAP}\n<link rel="canonical" href="{url}"/>\n<link rel="alternate" hreflang="ar" href="{url}"/>
<link rel="alternate" hreflang="en" href="{url.replace('/ar/', '/en/', 1)}"/>
<meta name="twitter:card" content="summary_large_image"/>\n<meta name="twitter:site" content="@{APP}_sa"/>
<meta name="twitter:title" content="{e(article.headline)}"/>\n<meta name="twitter:image" content="{image}"/>
<meta property="article:published_time" content="{_utc(article.moment)}"/>\n<meta property="article:section" content="{e(article.section)}"/>
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n{GAP}
<link rel="stylesheet" href="{CLIB}/clientlib-base.lc-{CSS_BASE}-lc.min.css" type="text/css">\n<script type="text/javascript" src="{CLIB}/clientlib-dependencies.lc-{EMPTY}-lc.min.js"></script>
<link rel="stylesheet" href="{CLIB}/clientlib-dependencies.lc-{EMPTY}-lc.min.css" type="text/css">\n<link rel="stylesheet" href="{CLIB}/clientlib-site.lc-{CSS_SITE}-lc.min.css" type="text/css">
{GAP}\n<link rel="icon" sizes="192x192" href="{CLIB}/clientlib-site/resources/icon-192x192.png"/>\n<link rel="apple-touch-icon" sizes="180x180" href="{CLIB}/clientlib-site/resources/apple-icon-180x180.png"/>
</head>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    path = f"/ar/media-center/news/{moment.year}/{article.slug}.html"
    url = HOST + path
    page = Page(url=url, html="", shown_date=_shown(moment))
    mod = datetime(*MODIFIED[n], tzinfo=moment.tzinfo)
    today = moment + timedelta(days=CRAWL_DAYS)
    page.add("الانتقال إلى المحتوى الرئيسي")
    header = _header(page, path, mod, today)
    crumbs = (("الرئيسية", "/ar.html"), ("المركز الإعلامي", "/ar/media-center.html"), ("الأخبار", "/ar/media-center/news.html"), (article.headline, ""))
    page.add(*(label for label, _ in crumbs))
    crumb = "\n".join(f'        <li class="cmp-breadcrumb__item{"" if href else " cmp-breadcrumb__item--active"}"{"" if href else " aria-current=" + chr(34) + "page" + chr(34)} '
                      f'itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n'
                      + (f'            <a href="{href}" class="cmp-breadcrumb__item-link" itemprop="item" lang="ar" hreflang="ar">\n' if href else "")
                      + f'                <span itemprop="name">{e(label)}</span>\n' + ("            </a>\n" if href else "")
                      + f'            <meta itemprop="position" content="{k}"/>\n        </li>' for k, (label, href) in enumerate(crumbs, 1))
    story = _story(page, article, n, url, path, mod)
    teasers = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=6 + 13 * k + 9 * k * k)
        href = f"/ar/media-center/news/{when.year}/{int(article.slug) - 17 * (k + 1)}.html"
        page.add(day_month_year(when), title)
        teasers.append(_teaser(_id("teaser", n, k), day_month_year(when), title, href, "اقرأ المزيد", mod, f"{href[:-5]}/cover-{k + 1}.jpeg"))
    latest = []
    for k, title in enumerate(rotate(LATEST, 2 * n, 4)):
        when = today - timedelta(days=1 + 4 * k)
        latest.append((title, f"/ar/media-center/news/{when.year}/{int(article.slug) + 3 + k}.html", f"{when:%d/%m/%Y}"))
        page.add(title, f"{when:%d/%m/%Y}")
    page.add("آخر الأخبار", "عرض جميع الأخبار", *GUIDE, "أخبار ذات صلة", "اقرأ المزيد")
    footer = _footer(page, mod, today)
    page_id = _id("page", path)
    data = {page_id: {"@type": f"{APP}/components/page", "repo:modifyDate": f"{mod.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
                      "dc:title": article.headline, "xdm:template": f"/conf/{APP}/settings/wcm/templates/news-details-page",
                      "xdm:language": "ar", "xdm:tags": [f"{APP}:news/{t}" for t in article.tags], "repo:path": f"/content/{APP}{path}"}}
    bid, core, col = _id("breadcrumb", n), "/etc.clientlibs/core/wcm/components", "container responsivegrid cmp-container--{} aem-GridColumn aem-GridColumn--default--{}"
    main = "\n".join((
        _col("breadcrumb", f'<nav id="{bid}" class="cmp-breadcrumb" aria-label="مسار التنقل" data-cmp-data-layer="{_layer(bid, "breadcrumb", mod)}">\n'
             f'    <ol class="cmp-breadcrumb__list" itemscope itemtype="http://schema.org/BreadcrumbList">\n{crumb}\n    </ol>\n</nav>'),
        _box("article", col.format("article", 8), _id("container", "article", n), "\n".join(story), 8),
        _box("aside", col.format("aside", 4), _id("container", "aside", n), "\n".join((
            _title(_id("title", "aside", n), "آخر الأخبار", 2, mod, width=4), _list(_id("list", "aside", n), latest, mod),
            _col("button", '<a class="cmp-button" href="/ar/media-center/news.html"><span class="cmp-button__text">عرض جميع الأخبار</span></a>', 4),
            _teaser(_id("teaser", "guide"), GUIDE[0], GUIDE[1], f"/content/dam/{APP}/ar/publications/safety-guide-2024.pdf", GUIDE[3], mod, desc=GUIDE[2]))), 4),
        _box("div", col.format("related", 12), _id("container", "related", n),
             "\n".join((_title(_id("title", "related", n), "أخبار ذات صلة", 2, mod), *teasers)))))
    root = _box("div", "root container responsivegrid", _id("container", "root", n), "\n".join((
        header, _box("main", "container responsivegrid aem-GridColumn aem-GridColumn--default--12", "main-content", main), footer)), gap=True)
    page.html = f"""<!DOCTYPE HTML>
<html lang="ar" dir="rtl">
{_head(article, n, url, path, mod)}
    <body class="page basicpage" id="{page_id}" data-cmp-link-accessibility-enabled data-cmp-link-accessibility-text="يفتح في علامة تبويب جديدة" data-cmp-data-layer-enabled data-cmp-data-layer-name="adobeDataLayer">
        <script>\n          var dataLayerName = 'adobeDataLayer' || 'adobeDataLayer';\n          window[dataLayerName] = window[dataLayerName]  || [];
          window[dataLayerName].push({{\n              page: JSON.parse("{_js(json.dumps(data, ensure_ascii=False, separators=(',', ':')))}"),
              event:'cmp:show',\n              eventInfo: {{\n                  path: 'page.{_js(page_id)}'\n              }}\n          }});\n        </script>
{GAP}\n<div class="cmp-page__skiptomaincontent">\n    <a class="cmp-page__skiptomaincontent-link" href="#main-content">الانتقال إلى المحتوى الرئيسي</a>\n</div>
<link rel="stylesheet" href="{core}/page/v2/page/clientlibs/site/skiptomaincontent.lc-696ce9a06faa733b225ffb8c05f16db9-lc.min.css" type="text/css">
{GAP}
{root}
{GAP}
<script type="text/javascript" src="{CLIB}/clientlib-site.lc-{JS_SITE}-lc.min.js"></script>\n<script type="text/javascript" src="{core}/commons/site/clientlibs/container.lc-0a6aff292f5cc42142779cde92054524-lc.min.js"></script>
<script type="text/javascript" src="{core}/commons/datalayer/v2/clientlibs/core.wcm.components.commons.datalayer.v2.lc-1e0136bad0acfb78be509234578e44f9-lc.min.js"></script>
<script type="text/javascript" src="{core}/commons/datalayer/acdl/core.wcm.components.commons.datalayer.acdl.lc-bf921af342fd2c40139671dbf0920a1f-lc.min.js" async></script>\n{GAP}\n    </body>\n</html>
"""
    body = " ".join(article.body.split())
    if any(line in body for line in page.chrome):  # a chrome line the story itself holds is no evidence
        raise ValueError([line for line in page.chrome if line in body])
    return page
