"""An Egyptian general-news site ("الوادي نيوز") whose front end is Angular 15 rendered on the server by Angular Universal
(@nguniversal/express-engine's CommonEngine), as its Node server hands the page to a crawler. The server bundle runs in dev mode (no
enableProdMode()), so the markup carries what a dev-mode Ivy render prints: `ng-reflect-*` attributes on every element with a bound input
(values cut at 30 characters, arrays joined with commas, so a routerLink reads "/tag,محطات-تحلية-المياه") and `<!--bindings={ "ng-
reflect-ng-if": ... }-->` / `<!--bindings={ "ng-reflect-ng-for-of": "[object Object],[object Object" }-->` comments after the views each
structural directive stamped, plus `<!---->` anchors of unbound templates. The head is the CLI's index.html (doctype glued to `<html
lang="ar" dir="rtl"><head>`, `<base href="/">`, the inlined Google-Fonts `@font-face` style, critters' critical `<style>` then
`styles.<hash>.css` with media="print" onload and a `<noscript>` copy), then one `<style ng-transition="serverApp">` per component
(selectors `[_ngcontent-serverApp-c98]`, case kept), with the Meta/Title services' tags, the canonical link and two JSON- LD blocks
(NewsArticle with the Cairo offset, BreadcrumbList) appended between them. The body: `<app-root ng-version="15.2.9"
_nghost-serverapp-c112="" ng-server-context="ssr">` (page 3 comes from a later deploy: 15.2.10, renumbered component ids, new bundle
hashes); every template element carries `_ngcontent-serverapp-cN=""` (lowercased by the server DOM) and each child component host
`_nghost-serverapp-cN=""`; whitespace between elements is stripped (preserveWhitespaces off). Blocks: `app-header` (top-bar date of the
crawl day, social icons, logo, `nav.main-nav`), `app-breaking-news` ticker ("عاجل"), `router-outlet` then the routed `app- article-page`
(class ng-star-inserted): `app-breadcrumb`, section link, `h1`, meta line (page 1 only: "كتب: <writer>"; page 2: "المصدر: أ ش أ" and an "آخر
تحديث" time), the DatePipe date in Cairo time with Western digits ("الثلاثاء، 12 مارس 2024 - 01:45 م"), views, `app-share-buttons` ("شارك",
"نسخ الرابط", "طباعة", A+/A-), a figure with `app-lazy-image` (page 1 captioned with a photo credit; page 3 without caption; page 2 none),
`app-article-body` whose `div.article-body__content` holds the CMS HTML set through [innerHTML] (no Angular attributes inside; page 1 plain
`<p>` with a bold phrase and an in-body "اقرأ أيضا:" box, page 2 a wire item in `<p dir="rtl" style=...>` with the bold "القاهرة (أ ش أ) -"
dateline and an inline tag link, page 3 an `<h3>` subheading, a second "اقرأ أيضا:" box and a YouTube iframe), `app-tags` chips under
"الكلمات المفتاحية", a Facebook comments block ("التعليقات", pages 1 and 3), `app-related` ("أخبار ذات صلة": lazy thumbnails with
placeholder src/data-src, titles, dates); the sidebar `app- most-read` ("الأكثر قراءة", ranks drawn by CSS), an ad slot ("إعلان") and
`app-newsletter` (reactive form with ng-untouched/ng- pristine/ng-invalid classes); then `app-footer`. After the CLI's module scripts the
server appends `<script id="serverApp-state" type="application/json">`: the TransferHttpCache entries (`G.json.<api url>?`: body, headers,
status, statusText, url, responseType) as JSON escaped the pre-16 way (&q; &a; &s; &l; &g;), holding the article with its body HTML and UTC
`publishedAt` (page 2, posted 00:35 Cairo summer time, is the day before in UTC there and in `article:published_time`). Everything but the
story's paragraphs is chrome."""

from __future__ import annotations

import json
import re
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import MONTHS, NEWSLETTER, WEEKDAYS, Article, Page, e

NAME = "angular_universal_outlet"
HELD_OUT = True
SET = "unseen13"
FAMILY = "Angular Universal 15 SSR (dev mode) Egyptian news site: app-* components, _ngcontent/_nghost attrs, bindings comments, &q;-escaped serverApp-state, Cairo-time DatePipe dates"
HOST = "https://www.alwadi-news.example"
SITE = "الوادي نيوز"
API = "https://api.alwadi-news.example/api/v2"
CDN = "https://cdn.alwadi-news.example"
PARTS = ("app", "header", "ticker", "footer", "page", "crumbs", "share", "img", "body", "tags", "related", "most_read", "newsletter")
# Two deploys of one app: pages 1-2 on the first, page 3 on a later one (component ids
# renumbered, new bundle hashes, an Angular patch release).
BUILDS = {
    "a": ("15.2.9", (112, 98, 97, 101, 141, 95, 96, 94, 142, 143, 144, 99, 100),
          ("9c41d7e2a0b35f68", "3e8a1f0c9d27b4a5", "d05b7c3e1a9f2864", "a91c4e2b7f3d6058")),
    "b": ("15.2.10", (118, 103, 102, 106, 149, 100, 101, 99, 150, 151, 152, 104, 105),
          ("2b7e0d94c61a3f85", "3e8a1f0c9d27b4a5", "71f2a8c0e4d9b356", "f2d8a06c19e4b373")),
}
MENU = (("/", "الرئيسية"), ("/section/egypt", "أخبار مصر"), ("/section/politics", "سياسة"), ("/section/economy", "اقتصاد"), ("/section/accidents", "حوادث"), ("/section/sports", "رياضة"), ("/section/culture", "ثقافة وفنون"), ("/section/tech", "تكنولوجيا"), ("/section/variety", "منوعات"), ("/videos", "فيديو"))
SECTIONS = {"اقتصاد": (4, "economy"), "أخبار مصر": (1, "egypt"), "ثقافة وفنون": (7, "culture")}
TICKER = ("الأرصاد: طقس مائل للحرارة نهارا على أغلب الأنحاء غدا", "وزير التموين: احتياطي القمح يكفي حتى نهاية العام", "البورصة المصرية تربح 14 مليار جنيه في ختام تعاملات اليوم", "تحرير 312 محضرا لمخابز مخالفة في حملات بالمحافظات", "مجلس الوزراء يوافق على مشروع قانون جديد للإيجار القديم")
MOST_READ = ("أسعار الذهب اليوم في مصر بعد تراجع عيار 21 بالصاغة", "موعد صرف مرتبات الشهر الجاري للعاملين بالدولة", "نتيجة تنسيق المرحلة الأولى للثانوية العامة بالحد الأدنى للكليات", "جدول مواعيد القطارات الجديدة على خط القاهرة الإسكندرية", "الأهلي يعلن قائمة الفريق لمواجهة الزمالك في السوبر", "سعر الدولار أمام الجنيه في البنوك مع بداية التعاملات", "طريقة الاستعلام عن فاتورة الغاز الطبيعي إلكترونيا", "تحذير عاجل من الأرصاد بشأن الشبورة المائية على الطرق")
READ_ALSO = {1: (1, 48190, "وزير الإسكان يتفقد محطة معالجة الصرف الصحي بمدينة العلمين الجديدة"), 3: (1, 49577, "المتحف المصري الكبير يستقبل 12 ألف زائر في أول أيام التشغيل التجريبي")}
BOLD = {1: (0, "بطاقة إنتاجية تبلغ 25 ألف متر مكعب يوميا"), 2: (0, "القاهرة (أ ش أ) -")}
LINK = {2: (0, "الهيئة القومية لسكك حديد مصر", "هيئة-السكة-الحديد")}
AUTHOR_SLUG = "mohamed-abdelhamid"
CREDIT = "تصوير: أحمد رمضان"
SOURCE = "المصدر: أ ش أ"
VIEWS = ("3,418", "1,207", "5,962")
FOOTER_ABOUT = "الوادي نيوز موقع إخباري مصري مستقل يقدم الأخبار المحلية والعربية على مدار الساعة"
FOOTER_LINKS = (("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"), ("/privacy", "سياسة الخصوصية"), ("/terms", "شروط الاستخدام"))
COPYRIGHT = "جميع الحقوق محفوظة © 2024 الوادي نيوز"
LABELS = ("عاجل", "شارك", "نسخ الرابط", "طباعة", "A+", "A-", "الكلمات المفتاحية", "أخبار ذات صلة", "الأكثر قراءة", "إعلان", "النشرة البريدية", "اشترك", "تابعنا على")
STYLES = {
    "app": "[%H]{display:block;min-height:100vh;background:#f5f5f5}",
    "header": ".topbar[%C]{background:#1d1d1b;color:#ddd;font-size:.8rem}.main-nav__link[%C]{color:#fff;padding:.75rem 1rem;display:block}",
    "ticker": ".breaking[%C]{display:flex;background:#b3121f;color:#fff}.breaking__label[%C]{font-weight:700;padding:0 1rem}",
    "footer": ".site-footer[%C]{background:#1d1d1b;color:#bbb;padding:2rem 0}",
    "page": ".article__title[%C]{font-size:2rem;line-height:1.5;font-weight:800}.article__meta[%C]{color:#777;font-size:.85rem}",
    "crumbs": ".breadcrumb[%C]{background:none;padding:0;font-size:.8rem}",
    "share": ".share[%C]{display:flex;gap:.5rem;align-items:center}",
    "img": "[%H]{display:block}.lazy-image[%C]{position:relative;overflow:hidden}.lazy-image__img[%C]{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}",
    "body": ".article-body__content[%C]{font-size:1.15rem;line-height:2.1}",
    "tags": ".chip[%C]{display:inline-block;border:1px solid #ddd;border-radius:2rem;padding:.2rem .9rem}",
    "related": ".related__grid[%C]{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}",
    "most_read": ".most-read__list[%C]{counter-reset:rank}.most-read__item[%C]:before{counter-increment:rank;content:counter(rank)}",
    "newsletter": ".newsletter[%C]{background:#b3121f;color:#fff;padding:1rem}",
}
ESCAPES = {"&": "&a;", '"': "&q;", "'": "&s;", "<": "&l;", ">": "&g;"}


def _date(dt, time: bool = True) -> str:
    """Angular's DatePipe, locale ar, Node running in Africa/Cairo: Western digits."""
    text = f"{WEEKDAYS[dt.weekday()]}، {dt.day} {MONTHS[dt.month - 1]} {dt.year}"
    return text + (f" - {dt:%I:%M} {'ص' if dt.hour < 12 else 'م'}" if time else "")


def _iso(dt) -> str:
    return f"{dt.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _bind(name: str, value: object) -> str:
    """The dev-mode comment Ivy leaves after a structural directive's views."""
    shown = json.dumps(None if value is None else str(value)[:30], ensure_ascii=False)
    return f'<!--bindings={{\n  "ng-reflect-{name}": {shown}\n}}-->'


def _objects(count: int) -> str:
    return ",".join(["[object Object]"] * count)


def _attr(text: str) -> str:
    """An attribute value as the server DOM writes it: only & and " escaped."""
    return text.replace("&", "&amp;").replace('"', "&quot;")


def _link(path: str) -> str:
    return "/".join(quote(part, safe="") for part in path.split("/"))


class _Build:
    def __init__(self, key: str) -> None:
        self.version, ids, self.hashes = BUILDS[key]
        self.ids = dict(zip(PARTS, ids, strict=True))

    def c(self, name: str) -> str:
        return f'_ngcontent-serverapp-c{self.ids[name]}=""'

    def h(self, name: str) -> str:
        return f'_nghost-serverapp-c{self.ids[name]}=""'

    def style(self, name: str) -> str:
        css = STYLES[name].replace("%C", f"_ngcontent-serverApp-c{self.ids[name]}")
        css = css.replace("%H", f"_nghost-serverApp-c{self.ids[name]}")
        return f'<style ng-transition="serverApp">{css}</style>'


def _cms_body(article: Article, n: int) -> str:
    """The story as the newsroom CMS stored it (shown through [innerHTML] and a safeHtml pipe)."""
    parts = []
    tag = {1: "<p>", 2: '<p dir="rtl" style="text-align: justify;">', 3: '<p dir="rtl">'}[n]
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINK and LINK[n][0] == k:
            words, slug = LINK[n][1], LINK[n][2]
            html = html.replace(e(words), f'<a href="{HOST}/tag/{slug}">{e(words)}</a>', 1)
        short = n == 3 and len(text.split()) <= 5
        parts.append(f"<h3>{html}</h3>" if short else f"{tag}{html}</p>")
        if n in READ_ALSO and READ_ALSO[n][0] == k:
            _, aid, title = READ_ALSO[n]
            parts.append(f'<div class="read-also"><span>اقرأ أيضا:</span> <a href="{HOST}/news/{aid}" target="_blank">{e(title)}</a></div>')
        if n == 3 and k == 4:
            parts.append('<div class="video-embed"><iframe width="560" height="315" src="https://www.youtube.com/embed/x8Rq2LmT0Pc" title="YouTube video '
                         'player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" '
                         'allowfullscreen=""></iframe></div>')
    return {1: "\n", 2: "", 3: "\r\n"}[n].join(parts)


def _state(article: Article, n: int, url: str, cms: str, related: list, most: list,
           ticker: list) -> str:
    moment = article.moment
    sid, sslug = SECTIONS[article.section]
    image = None if n == 2 else {
        "url": f"{CDN}/uploads/{moment:%Y/%m}/{article.slug}-main.jpg", "width": 1200,
        "height": 675, "caption": article.caption if article.caption != "-" else None,
        "credit": CREDIT if n == 1 else None}
    item = {"id": int(article.slug), "title": article.headline, "summary": article.lead[:160],
            "body": cms, "url": url.removeprefix(HOST),
            "section": {"id": sid, "name": article.section, "slug": sslug},
            "author": {"id": 57, "name": article.author, "slug": AUTHOR_SLUG}
            if article.author else None, "source": "أ ش أ" if n == 2 else None,
            "image": image, "tags": [{"id": 900 + 31 * k + n, "name": t, "slug": t.replace(" ", "-")}
                                     for k, t in enumerate(article.tags)],
            "publishedAt": _iso(moment), "updatedAt": _iso(moment + timedelta(minutes=515 if n == 2 else 4)),
            "views": int(VIEWS[n - 1].replace(",", ""))}
    headers = {"content-type": ["application/json; charset=utf-8"],
               "cache-control": ["public, max-age=60"]}

    def entry(path: str, body: object) -> tuple[str, dict]:
        return (f"G.json.{API}{path}", {"body": body, "headers": headers, "status": 200,
                                        "statusText": "OK", "url": f"{API}{path.rstrip('?')}",
                                        "responseType": "json"})

    store = dict([
        entry("/breaking?", [{"id": 49000 + k, "title": t} for k, t in enumerate(ticker)]),
        entry(f"/articles/{article.slug}?", item),
        entry(f"/articles/{article.slug}/related?limit=3", related),
        entry("/articles/most-read?limit=5&period=day", most)])
    text = json.dumps(store, ensure_ascii=False, separators=(",", ":"))
    return re.sub(r"[&\"'<>]", lambda m: ESCAPES[m.group()], text)


def render(article: Article, n: int) -> Page:
    b = _Build("b" if n == 3 else "a")
    moment = article.moment
    url = f"{HOST}/news/{article.slug}"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    crawl = moment + timedelta(days=(1, 0, 2)[n - 1], hours=(0, 8, 0)[n - 1])
    sslug = SECTIONS[article.section][1]
    section_path = f"/section/{sslug}"
    ticker = [TICKER[(n + k) % len(TICKER)] for k in range(3)]
    most = [MOST_READ[(2 * n + k) % len(MOST_READ)] for k in range(5)]
    related = [(48000 + 97 * n + 11 * k, title, moment - timedelta(days=(1, 3, 6)[k]))
               for k, title in enumerate(article.related)]
    page.add(_date(crawl, time=False), *(label for _, label in MENU), *LABELS[:1], *ticker,
             article.section, shown, f"{VIEWS[n - 1]} مشاهدة", *LABELS[1:6])
    c, h = b.c, b.h

    # ---- header, ticker
    social = "".join(f'<li {c("header")}><a {c("header")} href="https://www.{net}.com/alwadinews" target="_blank" rel="noopener" aria-label="{net}"><i {c("header")} '
                     f'class="icon-{net}"></i></a></li>'
                     for net in ("facebook", "twitter", "youtube", "instagram"))
    menu = "".join(f'<li {c("header")} class="main-nav__item ng-star-inserted"><a {c("header")} '
                   f'routerlinkactive="active" class="main-nav__link" ng-reflect-router-link="{path}" '
                   f'ng-reflect-router-link-active="active" href="{path}">{label}</a></li>'
                   for path, label in MENU)
    header = (f'<app-header {c("app")} {h("header")}><header {c("header")} class="site-header">'
              f'<div {c("header")} class="topbar"><div {c("header")} class="container d-flex"><span {c("header")} class="topbar__date">{_date(crawl, time=False)}</span>'
              f'<ul {c("header")} class="topbar__social">{social}</ul></div></div><div {c("header")} class="masthead container"><a {c("header")} routerlink="/" '
              f'class="logo" ng-reflect-router-link="/" href="/"><img {c("header")} src="/assets/images/logo.svg" alt="{SITE}" width="220" height="64"></a>'
              f'<button {c("header")} type="button" class="masthead__search" aria-label="بحث"><i {c("header")} class="icon-search"></i></button></div>'
              f'<nav {c("header")} class="main-nav"><div {c("header")} class="container"><ul '
              f'{c("header")} class="main-nav__list">{menu}{_bind("ng-for-of", _objects(len(MENU)))}</ul></div></nav></header></app-header>')
    items = "".join(f'<li {c("ticker")} class="breaking__item ng-star-inserted"><a {c("ticker")} '
                    f'ng-reflect-router-link="/news,{49000 + k}" href="/news/{49000 + k}">{e(t)}</a></li>'
                    for k, t in enumerate(ticker))
    breaking = (f'<app-breaking-news {c("app")} {h("ticker")}><div {c("ticker")} class="breaking '
                f'container ng-star-inserted"><span {c("ticker")} class="breaking__label">عاجل</span>'
                f'<div {c("ticker")} class="breaking__track"><ul {c("ticker")} class="breaking__list">'
                f'{items}{_bind("ng-for-of", _objects(3))}</ul></div></div>{_bind("ng-if", "true")}</app-breaking-news>')

    # ---- article header and meta
    crumbs = "".join(f'<li {c("crumbs")} class="breadcrumb-item ng-star-inserted"><a {c("crumbs")} ng-reflect-router-link="{path}" href="{path}">{label}</a></li>'
                     for path, label in (("/", "الرئيسية"), (section_path, article.section)))
    breadcrumb = (f'<app-breadcrumb {c("page")} {h("crumbs")} ng-reflect-items="{_objects(2)[:30]}">'
                  f'<nav {c("crumbs")} aria-label="breadcrumb"><ol {c("crumbs")} class="breadcrumb">'
                  f'{crumbs}{_bind("ng-for-of", _objects(2))}</ol></nav></app-breadcrumb>')
    meta = []
    if article.author:
        byline = f"كتب: {article.author}"
        page.add(byline)
        meta.append(f'<span {c("page")} class="article__author ng-star-inserted"><i {c("page")} '
                    f'class="icon-pen"></i> كتب: <a {c("page")} ng-reflect-router-link="/author,'
                    f'{AUTHOR_SLUG}" href="/author/{AUTHOR_SLUG}">{e(article.author)}</a></span>')
    meta.append(_bind("ng-if", article.author))
    if n == 2:
        updated = f"آخر تحديث: {_date(moment + timedelta(minutes=515))}"
        page.add(SOURCE, updated)
        meta.append(f'<span {c("page")} class="article__source ng-star-inserted">{SOURCE}</span>')
    meta.append(_bind("ng-if", "أ ش أ" if n == 2 else None))
    meta.append(f'<time {c("page")} class="article__date" datetime="{_iso(moment)}"><i {c("page")} class="icon-clock"></i> {shown}</time>')
    if n == 2:
        meta.append(f'<span {c("page")} class="article__updated ng-star-inserted">{updated}</span>')
    meta.append(_bind("ng-if", "true" if n == 2 else "false"))
    meta.append(f'<span {c("page")} class="article__views"><i {c("page")} class="icon-eye"></i> {VIEWS[n - 1]} مشاهدة</span>')
    share_links = "".join(
        f'<a {c("share")} class="share__btn share__btn--{net}" href="{href}{quote(url, safe="")}" '
        f'target="_blank" rel="noopener" aria-label="{net}"><i {c("share")} class="icon-{net}"></i></a>'
        for net, href in (("facebook", "https://www.facebook.com/sharer/sharer.php?u="),
                          ("twitter", "https://twitter.com/intent/tweet?url="),
                          ("whatsapp", "https://api.whatsapp.com/send?text=")))
    share = (f'<app-share-buttons {c("page")} {h("share")} ng-reflect-url="{url[:30]}" ng-reflect-title="{e(article.headline[:30])}"><div {c("share")} class="share">'
             f'<span {c("share")} class="share__label">شارك</span>{share_links}<button {c("share")} '
             f'type="button" class="share__btn share__btn--copy"><i {c("share")} class="icon-link">'
             f'</i><span {c("share")}>نسخ الرابط</span></button><button {c("share")} type="button" '
             f'class="share__btn share__btn--print"><i {c("share")} class="icon-print"></i><span '
             f'{c("share")}>طباعة</span></button><div {c("share")} class="font-tools"><button '
             f'{c("share")} type="button">A+</button><button {c("share")} type="button">A-</button></div></div></app-share-buttons>')

    # ---- figure
    image = f"{CDN}/uploads/{moment:%Y/%m}/{article.slug}-main.jpg"
    figure = _bind("ng-if", None)
    if n != 2:
        caption = ""
        if article.caption != "-":
            page.add(article.caption, CREDIT)
            caption = (f'<figcaption {c("page")} class="article__caption ng-star-inserted">{e(article.caption)} <span {c("page")} class="article__credit">{CREDIT}'
                       f'</span></figcaption>')
        figure = (f'<figure {c("page")} class="article__figure ng-star-inserted"><app-lazy-image {c("page")} {h("img")} ng-reflect-src="{image[:30]}" ng-reflect-alt="'
                  f'{e(article.headline[:30])}" ng-reflect-eager="true"><div {c("img")} class="lazy-image" style="padding-top: 56.25%;"><img {c("img")} '
                  f'class="lazy-image__img" src="{image}" alt="{e(article.headline)}" width="1200" height="675" fetchpriority="high"></div></app-lazy-image>{caption}'
                  f'{_bind("ng-if", article.caption if article.caption != "-" else None)}</figure>{_bind("ng-if", "[object Object]")}')

    # ---- body, tags, comments, related
    cms = _cms_body(article, n)
    if n in READ_ALSO:
        page.add("اقرأ أيضا:", READ_ALSO[n][2])
    body = (f'<app-article-body {c("page")} {h("body")} ng-reflect-html="{_attr(cms[:30])}"><div '
            f'{c("body")} class="article-body"><div {c("body")} class="article-body__content">{cms}</div></div></app-article-body>')
    chips = "".join(f'<a {c("tags")} class="chip ng-star-inserted" ng-reflect-router-link="{e(("/tag," + t.replace(" ", "-"))[:30])}" href="/tag/'
                    f'{_link(t.replace(" ", "-"))}">{e(t)}</a>' for t in article.tags)
    page.add(LABELS[6], *article.tags)
    tags = (f'<app-tags {c("page")} {h("tags")} ng-reflect-tags="{_objects(len(article.tags))[:30]}">'
            f'<div {c("tags")} class="tags ng-star-inserted"><h3 {c("tags")} class="tags__title">{LABELS[6]}</h3><div {c("tags")} class="chips">{chips}'
            f'{_bind("ng-for-of", _objects(len(article.tags)))}</div></div>{_bind("ng-if", len(article.tags))}</app-tags>')
    comments = _bind("ng-if", "false")
    if n != 2:
        page.add("التعليقات")
        comments = (f'<section {c("page")} class="comments ng-star-inserted"><h3 {c("page")} class="section-title">التعليقات</h3><div {c("page")} class="fb-comments" '
                    f'data-href="{url}" data-numposts="5" data-width="100%"></div></section>{_bind("ng-if", "true")}')
    cards = []
    page.add(LABELS[7])
    for rid, title, when in related:
        thumb = f"{CDN}/uploads/{when:%Y/%m}/{rid}-thumb.jpg"
        page.add(title, _date(when, time=False).split("، ", 1)[1])
        cards.append(
            f'<a {c("related")} class="related__card ng-star-inserted" ng-reflect-router-link="/news,{rid}" href="/news/{rid}"><app-lazy-image {c("related")} {h("img")} '
            f'ng-reflect-src="{thumb[:30]}" ng-reflect-alt="{e(title[:30])}"><div {c("img")} '
            f'class="lazy-image" style="padding-top: 62.5%;"><img {c("img")} class="lazy-image__img '
            f'lazy-image__img--pending" src="/assets/images/lazy-placeholder.svg" data-src="{thumb}" '
            f'alt="{e(title)}" loading="lazy"></div></app-lazy-image><h4 {c("related")} class="related__title">{e(title)}</h4><span {c("related")} class="related__date">'
            f'{_date(when, time=False).split("، ", 1)[1]}</span></a>')
    related_html = (f'<app-related {c("page")} {h("related")} ng-reflect-items="{_objects(3)[:30]}">'
                    f'<section {c("related")} class="related"><h3 {c("related")} class="section-title"><span {c("related")}>{LABELS[7]}</span></h3><div {c("related")} '
                    f'class="related__grid">{"".join(cards)}{_bind("ng-for-of", _objects(3))}</div></section></app-related>')

    # ---- sidebar, footer
    most_items = "".join(f'<li {c("most_read")} class="most-read__item ng-star-inserted"><a {c("most_read")} ng-reflect-router-link="/news,{47700 + 13 * k}" '
                         f'href="/news/{47700 + 13 * k}">{e(t)}</a></li>' for k, t in enumerate(most))
    page.add(LABELS[8], *most, LABELS[9], LABELS[10], NEWSLETTER[0], LABELS[11])
    sidebar = (f'<aside {c("page")} class="col-lg-4 sidebar"><app-most-read {c("page")} '
               f'{h("most_read")} ng-reflect-limit="5"><div {c("most_read")} class="widget most-read">'
               f'<h3 {c("most_read")} class="widget__title">{LABELS[8]}</h3><ol {c("most_read")} '
               f'class="most-read__list">{most_items}{_bind("ng-for-of", _objects(5))}</ol></div></app-most-read><div {c("page")} class="ad-slot"><span {c("page")} '
               f'class="ad-slot__label">{LABELS[9]}</span><div {c("page")} id="div-gpt-ad-1700000000000-{n}" style="min-height: 250px;"></div></div>'
               f'<app-newsletter {c("page")} {h("newsletter")}><div {c("newsletter")} class="widget newsletter"><h3 {c("newsletter")} class="widget__title">{LABELS[10]}'
               f'</h3><p {c("newsletter")}>{NEWSLETTER[0]}</p><form {c("newsletter")} novalidate="" class="newsletter__form ng-untouched ng-pristine ng-invalid" '
               f'ng-reflect-form="[object Object]"><input {c("newsletter")} type="email" formcontrolname="email" placeholder="بريدك الإلكتروني" ng-reflect-name="email" '
               f'class="ng-untouched ng-pristine ng-invalid"><button {c("newsletter")} type="submit" '
               f'disabled="">{LABELS[11]}</button></form></div></app-newsletter></aside>')
    links = "".join(f'<li {c("footer")}><a {c("footer")} ng-reflect-router-link="{path}" href="{path}">{label}</a></li>' for path, label in FOOTER_LINKS)
    page.add(FOOTER_ABOUT, *(label for _, label in FOOTER_LINKS), LABELS[12], COPYRIGHT)
    footer = (f'<app-footer {c("app")} {h("footer")}><footer {c("footer")} class="site-footer">'
              f'<div {c("footer")} class="container"><div {c("footer")} class="footer__brand"><img '
              f'{c("footer")} src="/assets/images/logo-white.svg" alt="{SITE}" width="180" height="52"><p {c("footer")}>{FOOTER_ABOUT}</p></div><ul {c("footer")} '
              f'class="footer__links">{links}</ul><div {c("footer")} class="footer__social"><span '
              f'{c("footer")}>{LABELS[12]}</span>{social.replace(c("header"), c("footer"))}</div>'
              f'<p {c("footer")} class="footer__copy">{COPYRIGHT}</p></div></footer></app-footer>')

    # ---- head
    plain = " ".join((article.lead, *article.paragraphs))
    desc = plain[:155].rsplit(" ", 1)[0] + "..."
    author = ({"@type": "Person", "name": article.author, "url": f"{HOST}/author/{AUTHOR_SLUG}"}
              if article.author else {"@type": "Organization",
                                      "name": "وكالة أنباء الشرق الأوسط" if n == 2 else SITE})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
          "description": desc, "image": [image if n != 2 else f"{HOST}/assets/images/og-default.jpg"],
          "datePublished": moment.isoformat(),
          "dateModified": (moment + timedelta(minutes=515 if n == 2 else 4)).isoformat(),
          "author": author, "articleSection": article.section, "keywords": ", ".join(article.tags),
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/assets/images/logo.png"}}}
    crumb_ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
        {"@type": "ListItem", "position": 2, "name": article.section, "item": HOST + section_path}]}
    og_image = image if n != 2 else f"{HOST}/assets/images/og-default.jpg"
    metas = (f'<meta name="description" content="{e(desc)}"><meta name="keywords" content="'
             f'{e(", ".join(article.tags))}"><meta property="og:type" content="article"><meta '
             f'property="og:site_name" content="{SITE}"><meta property="og:title" content="'
             f'{e(article.headline)}"><meta property="og:description" content="{e(desc)}"><meta '
             f'property="og:url" content="{url}"><meta property="og:image" content="{og_image}">'
             f'<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" '
             f'content="@alwadinews"><meta name="twitter:title" content="{e(article.headline)}">'
             f'<meta name="twitter:image" content="{og_image}"><meta property="article:published_time"'
             f' content="{_iso(moment)}"><meta property="article:section" content="'
             f'{article.section}"><link rel="canonical" href="{url}"><script type="application/ld+json">'
             f'{json.dumps(ld, ensure_ascii=False)}</script><script type="application/ld+json">{json.dumps(crumb_ld, ensure_ascii=False)}</script>')
    runtime, polyfills, main, styles = b.hashes
    early = "".join(b.style(k) for k in ("app", "header", "ticker", "footer"))
    late = "".join(b.style(k) for k in ("page", "crumbs", "share", "img", "body", "tags",
                                        "related", "most_read", "newsletter"))
    state = _state(article, n, url, cms,
                   [{"id": rid, "title": t, "publishedAt": _iso(w)} for rid, t, w in related],
                   [{"id": 47700 + 13 * k, "title": t} for k, t in enumerate(most)], ticker)
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head>
  <meta charset="utf-8">
  <title>{e(article.headline)} - {SITE}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="theme-color" content="#b3121f">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="manifest" href="manifest.webmanifest">
  <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin="">
  <style type="text/css">@font-face{{font-family:'Cairo';font-style:normal;font-weight:400;font-display:swap;src:url(https://fonts.gstatic.com/s/cairo/v28/SLXgc1nY6HkvangtZmpQdkhzfH5lkSs2SgRjCAGMQ1z0hOA-a1biLD-H.woff2) format('woff2');unicode-range:U+0600-06FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE80-FEFC;}}</style>
  <script async="" src="https://www.googletagmanager.com/gtag/js?id=G-7QK2D9LW3E"></script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-7QK2D9LW3E');</script>
  <script async="" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<style>:root{{--primary:#b3121f;--dark:#1d1d1b}}body{{margin:0;font-family:Cairo,Tahoma,sans-serif;direction:rtl}}.container{{max-width:1200px;margin:0 auto;padding:0 15px}}</style><link rel="stylesheet" href="styles.{styles}.css" media="print" onload="this.media='all'"><noscript><link rel="stylesheet" href="styles.{styles}.css"></noscript>{early}{metas}{late}</head>
<body>
  <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-W4D1N8Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
  <app-root ng-version="{b.version}" {h("app")} ng-server-context="ssr">{header}{breaking}<main {c("app")} class="site-main"><router-outlet {c("app")}></router-outlet><app-article-page {h("page")} class="ng-star-inserted"><div {c("page")} class="container article-layout"><div {c("page")} class="row"><div {c("page")} class="col-lg-8"><article {c("page")} class="article ng-star-inserted">{breadcrumb}<header {c("page")} class="article__header"><a {c("page")} class="article__section" ng-reflect-router-link="{section_path}" href="{section_path}">{article.section}</a><h1 {c("page")} class="article__title">{e(article.headline)}</h1><div {c("page")} class="article__meta">{"".join(meta)}</div>{share}</header>{figure}{body}{tags}{comments}{related_html}</article>{_bind("ng-if", "[object Object]")}</div>{sidebar}</div></div></app-article-page><!----></main>{footer}<button {c("app")} type="button" class="scroll-top" aria-label="العودة إلى أعلى"><i {c("app")} class="icon-arrow-up"></i></button></app-root>
<script src="runtime.{runtime}.js" type="module"></script><script src="polyfills.{polyfills}.js" type="module"></script><script src="main.{main}.js" type="module"></script>

<script id="serverApp-state" type="application/json">{state}</script></body></html>"""
    return page
