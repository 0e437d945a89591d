"""A Dubai-based pan-Arab outlet ("المنصة العربية"): a React 16 app rendered on the server (Express,
`renderToString`) over its GraphQL API, as that server sends an article. Head by react-helmet
(`<html ... data-react-helmet="lang,dir">`, each tag `data-react-helmet="true"`): `<title>` "headline
| المنصة العربية", description (the standfirst, else the lead cut with "..."), og/twitter,
`article:published_time`, section and tags, a `NewsArticle` JSON-LD, all instants UTC with millis
("2024-07-01T21:15:00.000Z"); @loadable preload links; styled-components v4's server sheet `<style
data-styled="<classes>" data-styled-version="4.4.1">` with `/* sc-component-id: sc-... */` before
each rule. Body: `<div id="root"><div data-reactroot="" ...>` on one line, every element
`class="sc-bdVaJa kXyZab"` (counter ids; the avatar extends Img: two ids), landmarks `data-testid`,
JSX text runs split by `<!-- -->`. Header: the server's date ("الأحد، 12 مايو 2024"), search /
login / subscribe, logo, section nav (NavLink `active`); "عاجل" ticker. Article header: kicker,
h1, `p[data-testid="article-standfirst"]` (pages 1-2: an editor's summary the API keeps apart from
`body`; NOT body, chrome), author with avatar and role (pages 1, 3; page 2 the desk credit "مسقط -
المنصة العربية"), `<time dateTime="...Z">` with the server-rendered relative time ("منذ 3 ساعات")
and the UAE local time "12 مايو 2024 15:30 (بتوقيت الإمارات)" (the truth's day: page 2 was posted
01:15 UAE time, its UTC stamps say 1 July; it adds "آخر تحديث: ..."), reading time, share bar.
Page 1 has a hero figure (caption + "الصورة: ..." credit). `div[data-testid="article-body"]`
prints the API's blocks: ParagraphBlock html (page 1 links a phrase, page 3 bolds one), an ad slot
"إعلان" (all pages), a "اقرأ أيضاً" card (pages 1-2), a tweet blockquote + widgets.js (page 2,
dated "July 1, 2024"), an ImageBlock figure (page 3) and a HeadingBlock h2 (page 3: body). Then
topic chips "المواضيع", "مقالات ذات صلة", the "الأكثر قراءة" rail (ranks by CSS counter), an ad,
newsletter, footer. After the app `<script>window.__APOLLO_STATE__={...}` (Apollo Client 3 cache:
ROOT_QUERY, `Article:<id>` with its `body` blocks, `__ref`s, `<` as \\u003c), @loadable's chunk
JSON, bundles. All but the paragraph and heading blocks is chrome."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import MONTHS, NEWSLETTER, Article, Page, e, rotate, weekday

NAME = "apollo_state_outlet"
HELD_OUT = True
SET = "unseen15"
FAMILY = "React SSR outlet on GraphQL: window.__APOLLO_STATE__ cache, styled-components v4 classes, data-testid body blocks (ad, read-also, tweet), relative + UAE-local time, UTC stamps"
HOST = "https://manassa-arabiya.example"
CDN = "https://img.manassa-arabiya.example"
SITE = "المنصة العربية"
LOCAL = timedelta(hours=4)
ZONE = "(بتوقيت الإمارات)"
SECTIONS = (("uae", "الإمارات"), ("gulf", "الخليج"), ("arab-world", "العالم العربي"), ("world", "العالم"), ("economy", "اقتصاد"),
            ("sport", "رياضة"), ("culture", "ثقافة وفنون"), ("tech", "تكنولوجيا"), ("video", "فيديو"))
SLUGS = {label: (slug, k + 1) for k, (slug, label) in enumerate(SECTIONS)}
TICKER = ("مجلس التعاون يعقد قمة استثنائية في الرياض الأسبوع المقبل", "الأرصاد الإماراتية: أمطار رعدية على المناطق الشرقية حتى مساء الغد",
          "الجامعة العربية تدعو إلى وقف فوري لإطلاق النار في السودان", "ارتفاع مؤشرات الأسهم الخليجية في مستهل تعاملات الأسبوع",
          "مطار دبي الدولي يستقبل 23 مليون مسافر في ثلاثة أشهر")
MOST_READ = ("الإمارات تعلن عطلة رسمية لمدة أربعة أيام بمناسبة عيد الأضحى", "أسعار الذهب في دبي تسجل مستوى قياسيا جديدا",
             "السعودية تطلق تأشيرة سياحية إلكترونية لمواطني 12 دولة إضافية", "خمسة تغييرات على قواعد المرور في أبوظبي تبدأ الشهر المقبل",
             "مصر تفتتح أكبر محطة لتحلية المياه على البحر الأحمر", "قطر توقع اتفاقية لتوريد الغاز المسال لمدة 27 عاما",
             "المغرب يستعد لاستقبال 17 مليون سائح بنهاية العام", "الكويت تمدد مهلة تحديث بيانات الإقامة للوافدين")
ACTIONS = ("بحث", "تسجيل الدخول", "اشترك")
SHARE = ("فيسبوك", "إكس", "واتساب", "تيليغرام")
FOOTER = ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع")
ABOUT = "المنصة العربية: موقع إخباري عربي مستقل يصدر من دبي ويغطي أخبار المنطقة والعالم"
COPYRIGHT = "© 2024 المنصة العربية. جميع الحقوق محفوظة"
LINES = {"breaking": "عاجل", "share": "شارك", "copy": "نسخ الرابط", "ad": "إعلان", "also": "اقرأ أيضاً", "topics": "المواضيع",
         "related": "مقالات ذات صلة", "most": "الأكثر قراءة", "news": "النشرة البريدية", "subscribe": "اشترك الآن",
         "note": "يمكنك إلغاء الاشتراك في أي وقت", "follow": "تابعنا", "app": "حمّل التطبيق"}
STANDFIRST = {1: "مشروع لإنقاذ البيئة البحرية يستعين بحضانات تحت الماء، والهيئة تخطط لمرحلة ثانية العام المقبل",
              2: "مرصد الزلازل: مركز الهزة قرب صحار ولا بلاغات عن إصابات حتى الآن"}
AUTHORS = {"سلمى الحوسني": ("salma-alhosani", "مراسلة المنصة في الفجيرة", 412),
           "نادر حداد": ("nader-haddad", "محرر الشؤون الاقتصادية", 97)}
DESK = "مسقط - المنصة العربية"
CREDIT = {1: "الصورة: هيئة البيئة في الفجيرة", 3: "الصورة: أرشيفية"}
# how long after publication the server rendered the page, and what it printed for that
RENDERED = {1: timedelta(hours=3, minutes=10), 2: timedelta(days=2, hours=7), 3: timedelta(minutes=45)}
RELATIVE = {1: ("3", "ساعات"), 2: ("يومين",), 3: ("45", "دقيقة")}
READING = {1: "دقيقتان", 2: "دقيقة واحدة", 3: "3 دقائق"}
UPDATED = {2: timedelta(hours=7, minutes=5)}
# body blocks: after which paragraph (0-based) each inserted block sits
AD_AFTER, ALSO_AFTER, TWEET_AFTER, IMAGE_AFTER = {1: 1, 2: 0, 3: 3}, {1: 3, 2: 2}, {2: 1}, {3: 1}
HEADING = {3: 4}  # the paragraph page 3 prints as a HeadingBlock h2
LINKED = {1: (4, "آثار التغير المناخي", "/topics/climate-change")}
BOLD = {3: (2, "مركزا عالميا لتصدير الطاقة النظيفة")}
TWEET = ("رصدت الشبكة الوطنية هزة أرضية بقوة 4.1 درجات جنوب غرب صحار عند الساعة 12:48 بعد منتصف الليل بالتوقيت المحلي، ولا أضرار حتى الآن",
         "#عمان", "مرصد الزلازل العماني", "OmanQuakeObs", "1807893316524028190", "July 1, 2024")
# styled-components v4 component ids, in the order its counter hands them out
IDS = ["bdVaJa", "bwzfXH", "htpNat", "bxivhb", "ifAKCX", "EHOje", "bZQynM", "gzVnrw", "htoDjs", "dnqmqq", "iwsKbI", "gZMcBi", "gqjmRU", "VigVT", "jTzLTM", "fjdhpX", "jzJRlG", "cSHVUG", "kAzzGY", "chPdSV", "kgoBCf", "kGXeez", "kpOJdX", "dxgOiQ", "ckVGcZ", "jKJlTe", "eNQAEJ", "hMqMXs", "kEYyzF", "kkGfuU", "iAyFgw", "hSdWYo", "eHgmQL", "cvbbAY", "jWBwVP", "brqgnP", "cMljjf", "jAaTju", "jDwBTQ", "gPEVay", "eqIVtm", "fAjcbJ", "caSCKo", "gisBJw", "kjoXOD", "cHGsZl"]
CSS = {
    "App": "min-height:100vh;background:#fff;color:#1b1b1b;", "TopBar": "background:#0b2545;color:#fff;font-size:13px;", "Container": "max-width:1240px;margin:0 auto;padding:0 16px;display:flex;align-items:center;",
    "Logo": "display:block;height:44px;margin:12px 0;", "Actions": "display:flex;gap:12px;margin-right:auto;", "ActionButton": "background:none;border:0;color:inherit;font:inherit;cursor:pointer;",
    "Nav": "border-bottom:3px solid #c8102e;background:#fff;", "NavList": "display:flex;list-style:none;margin:0;padding:0;overflow-x:auto;", "NavLink": "display:block;padding:14px 12px;font-weight:700;color:#0b2545;text-decoration:none;",
    "Ticker": "display:flex;align-items:center;background:#fdf1f3;height:40px;overflow:hidden;", "TickerLabel": "background:#c8102e;color:#fff;padding:0 14px;line-height:40px;font-weight:700;",
    "TickerList": "display:flex;gap:32px;list-style:none;margin:0;padding:0 16px;white-space:nowrap;", "Main": "max-width:1240px;margin:24px auto;padding:0 16px;", "Grid": "display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:32px;",
    "ArticleWrap": "min-width:0;", "Kicker": "color:#c8102e;font-weight:700;text-decoration:none;font-size:15px;", "Title": "font-size:34px;line-height:1.45;margin:8px 0 12px;",
    "Standfirst": "font-size:20px;line-height:1.7;color:#444;margin:0 0 16px;", "Meta": "display:flex;flex-wrap:wrap;align-items:center;gap:12px;font-size:14px;color:#666;", "Author": "display:flex;align-items:center;gap:8px;",
    "Img": "display:block;max-width:100%;height:auto;", "Avatar": "width:40px;height:40px;border-radius:50%;object-fit:cover;", "AuthorName": "font-weight:700;color:#0b2545;text-decoration:none;",
    "Muted": "display:block;font-size:12px;color:#888;", "Time": "display:flex;flex-direction:column;", "Share": "display:flex;align-items:center;gap:8px;margin:16px 0;",
    "ShareButton": "width:36px;height:36px;border-radius:50%;border:1px solid #ddd;display:flex;", "Figure": "margin:0 0 24px;", "Caption": "font-size:13px;color:#666;padding:8px 0;border-bottom:1px solid #eee;",
    "Body": "font-size:19px;line-height:1.9;", "Paragraph": "margin:0 0 20px;", "SubHeading": "font-size:24px;margin:32px 0 16px;", "AdSlot": "margin:24px auto;text-align:center;min-height:250px;background:#fafafa;",
    "AdLabel": "display:block;font-size:11px;color:#999;padding:4px 0;", "ReadAlso": "border-right:4px solid #c8102e;background:#f6f7f9;padding:12px 16px;margin:24px 0;",
    "CardLink": "display:flex;gap:12px;color:#0b2545;font-weight:700;text-decoration:none;", "Embed": "margin:24px 0;display:flex;justify-content:center;", "Tags": "display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:32px 0;",
    "Chip": "border:1px solid #0b2545;border-radius:16px;padding:4px 12px;color:#0b2545;", "SectionTitle": "font-size:20px;border-bottom:2px solid #c8102e;padding-bottom:8px;",
    "List": "list-style:none;margin:0;padding:0;counter-reset:rank;", "RankItem": "counter-increment:rank;padding:12px 0;border-bottom:1px solid #eee;",
    "Newsletter": "background:#0b2545;color:#fff;padding:32px;margin:40px 0;border-radius:8px;", "Input": "padding:12px;border:0;border-radius:4px;min-width:260px;", "Footer": "background:#111;color:#ccc;padding:40px 0;font-size:14px;",
    "FooterLink": "color:#ccc;text-decoration:none;margin-left:16px;",
}
EXTENDS = {"Avatar": "Img"}  # styled(Img)`...`: both component ids on the element
PSEUDO = {"RankItem": "::before{content:counter(rank);color:#c8102e;font-weight:700;margin-left:8px;}"}
GLOBAL = "html{direction:rtl;}body{margin:0;font-family:'Noto Kufi Arabic',Tahoma,sans-serif;}a{color:inherit;}"


def _hash(name: str) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digest = hashlib.md5(name.encode(), usedforsecurity=False).digest()
    return "".join(letters[b % 52] for b in digest[:6])


COMPONENTS = {name: (f"sc-{IDS[k]}", _hash(name)) for k, name in enumerate(CSS)}


def c(name: str) -> str:
    """The class attribute styled-components gives an element of component `name`."""
    cid, generated = COMPONENTS[name]
    base = f"{COMPONENTS[EXTENDS[name]][0]} " if name in EXTENDS else ""
    return f"{base}{cid} {generated}"


def _sheet() -> str:
    rules = "".join(f"\n/* sc-component-id: {cid} */\n.{gen}{{{CSS[name]}}}" + (f".{gen}{PSEUDO[name]}" if name in PSEUDO else "")
                    for name, (cid, gen) in COMPONENTS.items())
    names = " ".join(generated for _, generated in COMPONENTS.values())
    return f'<style data-styled="{names}" data-styled-version="4.4.1">\n/* sc-component-id: sc-global-1846353224 */\n{GLOBAL}{rules}</style>'


def _jsx(*parts: str) -> str:
    """Adjacent JSX text children as React 16's renderToString prints them."""
    return "<!-- -->".join(e(p) for p in parts)


def _local(moment):  # the UAE wall clock the page prints
    return moment.astimezone(UTC) + LOCAL


def _absolute(moment) -> str:
    local = _local(moment)
    return f"{local.day} {MONTHS[local.month - 1]} {local.year} {local:%H:%M}"


def _z(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _id(article: Article, k: int) -> int:
    return int(article.slug) - 977 * (k + 1)


def _paragraph_html(article: Article, n: int, k: int, text: str) -> str:
    html = e(text).replace("&quot;", '"').replace("&#x27;", "'")
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(words, f'<a href="{HOST}{href}">{words}</a>', 1)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>", 1)
    return html


def _tweet_html() -> str:
    text, tag, name, handle, status, day = TWEET
    return (f'<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">{text} <a href="https://twitter.com/hashtag/'
            f'%D8%B9%D9%85%D8%A7%D9%86?src=hash&amp;ref_src=twsrc%5Etfw">{tag}</a></p>&mdash; {name} (@{handle}) <a href="https://'
            f'twitter.com/{handle}/status/{status}?ref_src=twsrc%5Etfw">{day}</a></blockquote> '
            f'<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>')


def _figure(article: Article, n: int, testid: str) -> str:
    src = f"{CDN}/uploads/{article.moment:%Y/%m}/{article.slug}-main.jpg"
    return (f'<figure class="{c("Figure")}" data-testid="{testid}"><img class="{c("Img")}" src="{src}?w=1200" srcSet="{src}?w=640 640w, '
            f'{src}?w=1200 1200w" alt="{e(article.caption)}" width="1200" height="675"/><figcaption class="{c("Caption")}"><span>'
            f'{e(article.caption)}</span> <span class="{c("Muted")}">{e(CREDIT[n])}</span></figcaption></figure>')


def _blocks(article: Article, n: int, page: Page) -> tuple[list[str], list[dict]]:
    """The article's body blocks: their markup in the body div and their Apollo cache form."""
    html, state = [], []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if HEADING.get(n) == k:
            html.append(f'<h2 class="{c("SubHeading")}">{e(text)}</h2>')
            state.append({"__typename": "HeadingBlock", "level": 2, "text": text})
        else:
            inner = _paragraph_html(article, n, k, text)
            html.append(f'<p class="{c("Paragraph")}">{inner}</p>')
            state.append({"__typename": "ParagraphBlock", "html": inner})
        if AD_AFTER.get(n) == k:
            html.append(f'<div class="{c("AdSlot")}" data-testid="ad-slot"><span class="{c("AdLabel")}">{LINES["ad"]}</span>'
                        f'<div id="div-gpt-ad-article-mpu-1" data-slot="/21804913/manassa/article/mpu1"></div></div>')
            state.append({"__typename": "AdBlock", "slot": "mpu1"})
            page.add(LINES["ad"])
        if ALSO_AFTER.get(n) == k:
            title, ref = article.related[0], _id(article, 0)
            path = f"/{SLUGS[article.section][0]}/{ref}"
            html.append(f'<aside class="{c("ReadAlso")}" data-testid="read-also"><span class="{c("AdLabel")}">{LINES["also"]}</span><a '
                        f'class="{c("CardLink")}" href="{path}"><img class="{c("Img")}" src="{CDN}/uploads/thumbs/{ref}.jpg?w=160" alt="" '
                        f'width="120" height="68" loading="lazy"/><span>{e(title)}</span></a></aside>')
            state.append({"__typename": "RelatedArticleBlock", "article": {"__ref": f"Article:{ref}"}})
            page.add(LINES["also"], title)
        if TWEET_AFTER.get(n) == k:
            html.append(f'<div class="{c("Embed")}" data-testid="embed-twitter">{_tweet_html()}</div>')
            state.append({"__typename": "EmbedBlock", "provider": "twitter", "url": f"https://twitter.com/{TWEET[3]}/status/{TWEET[4]}",
                          "html": _tweet_html()})
            page.add(f"{TWEET[0]} {TWEET[1]}", f"— {TWEET[2]} (@{TWEET[3]}) {TWEET[5]}")
        if IMAGE_AFTER.get(n) == k:
            html.append(_figure(article, n, "image-block"))
            state.append({"__typename": "ImageBlock", "caption": article.caption, "credit": CREDIT[n],
                          "url": f"{CDN}/uploads/{article.moment:%Y/%m}/{article.slug}-main.jpg"})
            page.add(article.caption, CREDIT[n])
    return html, state


def _state(article: Article, n: int, blocks: list[dict], most: list[str], ticker: list[str]) -> str:
    aid = f"Article:{article.slug}"
    slug, sid = SLUGS[article.section]
    teaser = {}
    for k, title in enumerate(article.related):
        ref = _id(article, k)
        teaser[f"Article:{ref}"] = {"__typename": "Article", "id": str(ref), "title": title, "path": f"/{slug}/{ref}"}
    for k, title in enumerate(most + ticker):
        ref = 219000 + 61 * k + 7 * n
        teaser[f"Article:{ref}"] = {"__typename": "Article", "id": str(ref), "title": title, "path": f"/news/{ref}"}
    refs = [{"__ref": key} for key in teaser]
    story = {"__typename": "Article", "id": article.slug, "title": article.headline, "standfirst": STANDFIRST.get(n),
             "publishedAt": _z(article.moment), "updatedAt": _z(article.moment + UPDATED.get(n, timedelta(0))),
             "section": {"__ref": f"Section:{sid}"}, "authors": [{"__ref": f"Author:{AUTHORS[article.author][2]}"}] if article.author else [],
             "byline": None if article.author else DESK, "tags": [{"__typename": "Tag", "name": t} for t in article.tags],
             "heroImage": {"__typename": "Image", "caption": article.caption, "credit": CREDIT[n]} if n == 1 else None,
             "body": blocks, "related": refs[:3]}
    cache = {"ROOT_QUERY": {"__typename": "Query", f'article({{"id":"{article.slug}"}})': {"__ref": aid},
                            'mostRead({"limit":5,"period":"DAY"})': refs[3:8], 'breakingNews({"limit":3})': refs[8:]},
             f"Section:{sid}": {"__typename": "Section", "id": str(sid), "name": article.section, "slug": slug}}
    if article.author:
        aslug, role, num = AUTHORS[article.author]
        cache[f"Author:{num}"] = {"__typename": "Author", "id": str(num), "name": article.author, "slug": aslug, "title": role,
                                  "avatar": f"{CDN}/authors/{num}.jpg"}
    cache.update(teaser)
    cache[aid] = story
    return json.dumps(cache, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")



SVG = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="{}"></path></svg>'
ICON = ("M14 8h3V4h-3c-2.8 0-4 1.8-4 4v2H8v4h2v8h4v-8h3l1-4h-4V8z", "M4 4l7 8.5L4 20h2l6-6.3 4.5 6.3H20l-7.3-9.5L19.5 4h-2l-5.6 5.8L8 4H4z",
        "M12 2a10 10 0 0 0-8.6 15l-1.4 5 5.1-1.3A10 10 0 1 0 12 2z", "M21 4L3 11l5 2 2 6 3-4 5 4 3-15z")


def _share(url: str) -> str:
    link = quote(url, safe="")
    hrefs = (f"https://www.facebook.com/sharer/sharer.php?u={link}", f"https://twitter.com/intent/tweet?url={link}",
             f"https://wa.me/?text={link}", f"https://t.me/share/url?url={link}")
    buttons = "".join(f'<a class="{c("ShareButton")}" href="{href}" target="_blank" rel="noopener noreferrer" aria-label="{label}">{SVG.format(icon)}</a>'
                      for href, label, icon in zip(hrefs, SHARE, ICON, strict=True))
    return (f'<div class="{c("Share")}" data-testid="share-bar"><span>{LINES["share"]}</span>{buttons}'
            f'<button type="button" class="{c("ShareButton")}">{LINES["copy"]}</button></div>')


def _head(article: Article, n: int, url: str) -> str:
    moment, slug = article.moment, SLUGS[article.section][0]
    desc = STANDFIRST.get(n) or article.lead[:150].rsplit(" ", 1)[0] + "..."
    image = (f"{CDN}/uploads/{moment:%Y/%m}/{article.slug}-main.jpg?w=1200" if n == 1
             else f"{HOST}/static/media/share-default.jpg")
    person = ([{"@type": "Person", "name": article.author, "url": f"{HOST}/author/{AUTHORS[article.author][0]}"}]
              if article.author else {"@type": "Organization", "name": SITE})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": article.headline, "description": desc, "image": [image], "datePublished": _z(moment),
          "dateModified": _z(moment + UPDATED.get(n, timedelta(0))), "author": person,
          "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{HOST}/static/media/logo-600x60.png"}},
          "articleSection": article.section, "keywords": ",".join(article.tags), "inLanguage": "ar"}
    metas = [("name", "description", desc), ("property", "og:type", "article"), ("property", "og:site_name", SITE),
             ("property", "og:title", article.headline), ("property", "og:description", desc), ("property", "og:url", url),
             ("property", "og:image", image), ("property", "og:locale", "ar_AE"), ("name", "twitter:card", "summary_large_image"),
             ("name", "twitter:site", "@ManassaArabiya"), ("name", "twitter:title", article.headline),
             ("property", "article:published_time", _z(moment)), ("property", "article:section", article.section),
             *(("property", "article:tag", t) for t in article.tags), *([("name", "author", article.author)] if article.author else [])]
    helmet = "".join(f'<meta data-react-helmet="true" {kind}="{key}" content="{e(value)}"/>' for kind, key, value in metas)
    chunks = "".join(f'<link data-chunk="{chunk}" rel="preload" as="script" href="/static/js/{chunk}.{tag}.chunk.js"/>'
                     for chunk, tag in (("main", "a41c9e07"), ("pages-ArticlePage", "9f3d2b18")))
    return f"""<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<meta name="theme-color" content="#0b2545"/><link rel="manifest" href="/manifest.json"/><link rel="shortcut icon" href="/favicon.ico"/>
<link rel="preconnect" href="{CDN}"/><link rel="preconnect" href="https://securepubads.g.doubleclick.net"/>
<title data-react-helmet="true">{e(article.headline)} | {SITE}</title>
{helmet}
<link data-react-helmet="true" rel="canonical" href="{url}"/><link data-react-helmet="true" rel="amphtml" href="{HOST}/amp/{slug}/{article.slug}"/>
<script data-react-helmet="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>
<link data-chunk="main" rel="preload" as="style" href="/static/css/main.5e0b7a3c.chunk.css"/>
{chunks}
<link data-chunk="main" rel="stylesheet" href="/static/css/main.5e0b7a3c.chunk.css"/>
{_sheet()}
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>window.googletag=window.googletag||{{cmd:[]}};</script>
</head>"""


def render(article: Article, n: int) -> Page:
    moment, slug = article.moment, SLUGS[article.section][0]
    url = f"{HOST}/{slug}/{article.slug}"
    shown = f"{_absolute(moment)} {ZONE}"
    page = Page(url=url, html="", shown_date=shown)
    now = _local(moment + RENDERED[n])
    today = f"{weekday(now)}، {now.day} {MONTHS[now.month - 1]} {now.year}"
    ticker, most = rotate(TICKER, n, 3), rotate(MOST_READ, 2 * n, 5)
    rel = ["منذ ", RELATIVE[n][0]] + ([" ", RELATIVE[n][1]] if len(RELATIVE[n]) > 1 else [])
    page.add(today, *ACTIONS, *(label for _, label in SECTIONS), LINES["breaking"], *ticker, article.section,
             STANDFIRST.get(n, ""), "".join(rel), shown, f"{READING[n]} للقراءة", LINES["share"], LINES["copy"])
    current = ' aria-current="page"'
    nav = "".join(f'<li><a class="{c("NavLink")}{" active" if label == article.section else ""}" href="/{s}"'
                  f'{current if label == article.section else ""}>{label}</a></li>' for s, label in SECTIONS)
    breaking = "".join(f'<li><a href="/news/{219000 + 61 * (k + 5) + 7 * n}">{e(t)}</a></li>' for k, t in enumerate(ticker))
    standfirst = (f'<p class="{c("Standfirst")}" data-testid="article-standfirst">{e(STANDFIRST[n])}</p>'
                  if n in STANDFIRST else "")
    if article.author:
        aslug, role, num = AUTHORS[article.author]
        author = (f'<div class="{c("Author")}" data-testid="article-author"><a href="/author/{aslug}"><img class="{c("Avatar")}" '
                  f'src="{CDN}/authors/{num}.jpg?w=80" alt="{e(article.author)}" width="40" height="40"/></a><div><a class="'
                  f'{c("AuthorName")}" href="/author/{aslug}" rel="author">{e(article.author)}</a><span class="{c("Muted")}">'
                  f"{e(role)}</span></div></div>")
        page.add(article.author, role)
    else:
        author = f'<div class="{c("Author")}" data-testid="article-author"><span class="{c("AuthorName")}">{DESK}</span></div>'
        page.add(DESK)
    updated = ""
    if n in UPDATED:
        when = moment + UPDATED[n]
        updated = f'<time class="{c("Muted")}" dateTime="{_z(when)}">{_jsx("آخر تحديث: ", _absolute(when), " ", ZONE)}</time>'
        page.add(f"آخر تحديث: {_absolute(when)} {ZONE}")
    time = (f'<time class="{c("Time")}" dateTime="{_z(moment)}"><span class="{c("Muted")}">{_jsx(*rel)}</span>'
            f'<span>{_jsx(_absolute(moment), " ", ZONE)}</span></time>')
    hero = _figure(article, n, "article-hero") if n == 1 else ""
    if hero:
        page.add(article.caption, CREDIT[n])
    body, blocks = _blocks(article, n, page)
    chips = "".join(f'<a class="{c("Chip")}" href="/tags/{quote(t.replace(" ", "-"))}">{e(t)}</a>' for t in article.tags)
    related = "".join(f'<li class="{c("RankItem")}"><a class="{c("CardLink")}" href="/{slug}/{_id(article, k)}"><img class="{c("Img")}" '
                      f'src="{CDN}/uploads/thumbs/{_id(article, k)}.jpg?w=160" alt="" width="120" height="68" loading="lazy"/>'
                      f"<span>{e(t)}</span></a></li>" for k, t in enumerate(article.related))
    ranked = "".join(f'<li class="{c("RankItem")}"><a class="{c("CardLink")}" href="/news/{219000 + 61 * k + 7 * n}">{e(t)}</a></li>'
                     for k, t in enumerate(most))
    page.add(LINES["topics"], *article.tags, LINES["related"], *article.related, LINES["most"], *most, LINES["ad"],
             LINES["news"], NEWSLETTER[n - 1], LINES["subscribe"], LINES["note"], ABOUT, *FOOTER, LINES["follow"],
             LINES["app"], COPYRIGHT)
    links = "".join(f'<a class="{c("FooterLink")}" href="/{s}">{label}</a>' for s, label in SECTIONS)
    links += "".join(f'<a class="{c("FooterLink")}" href="/page/{k + 1}">{label}</a>' for k, label in enumerate(FOOTER))
    social = "".join(f'<a class="{c("ShareButton")}" href="https://{site}/manassaarabiya" aria-label="{label}" target="_blank" '
                     f'rel="noopener noreferrer">{SVG.format(icon)}</a>' for site, label, icon in
                     zip(("facebook.com", "x.com", "whatsapp.com/channel", "t.me"), SHARE, ICON, strict=True))
    search = SVG.format("M10 2a8 8 0 1 0 5 14l5 5 1-1-5-5A8 8 0 0 0 10 2z")
    app = (
        f'<div data-reactroot="" class="{c("App")}"><header data-testid="site-header"><div class="{c("TopBar")}"><div class="{c("Container")}">'
        f'<span class="{c("Muted")}">{today}</span><div class="{c("Actions")}"><button type="button" class="{c("ActionButton")}" aria-label="بحث">'
        f'{search}<span>بحث</span></button><a class="{c("ActionButton")}" href="/login">تسجيل الدخول</a><a class="{c("ActionButton")}" '
        f'href="/subscribe">اشترك</a></div></div></div><div class="{c("Container")}"><a href="/" aria-label="{SITE}"><img class="{c("Logo")}" '
        f'src="/static/media/logo.8c2f4e1a.svg" alt="{SITE}"/></a></div><nav class="{c("Nav")}" data-testid="main-nav"><div class="'
        f'{c("Container")}"><ul class="{c("NavList")}">{nav}</ul></div></nav></header>'
        f'<div class="{c("Ticker")}" data-testid="breaking-ticker"><span class="{c("TickerLabel")}">{LINES["breaking"]}</span><ul class="'
        f'{c("TickerList")}">{breaking}</ul></div>'
        f'<main class="{c("Main")}"><div class="{c("Grid")}"><article class="{c("ArticleWrap")}" data-testid="article">'
        f'<header data-testid="article-header"><a class="{c("Kicker")}" href="/{slug}" data-testid="article-kicker">{article.section}</a>'
        f'<h1 class="{c("Title")}" data-testid="article-title">{e(article.headline)}</h1>{standfirst}<div class="{c("Meta")}" '
        f'data-testid="article-meta">{author}{time}{updated}<span class="{c("Muted")}">{_jsx(READING[n], " للقراءة")}</span></div>'
        f'{_share(url)}</header>{hero}<div class="{c("Body")}" data-testid="article-body">{"".join(body)}</div>'
        f'<div class="{c("Tags")}" data-testid="article-tags"><span class="{c("AuthorName")}">{LINES["topics"]}</span>{chips}</div>'
        f'<section data-testid="related-articles"><h2 class="{c("SectionTitle")}">{LINES["related"]}</h2><ul class="{c("List")}">'
        f"{related}</ul></section></article>"
        f'<aside class="{c("ArticleWrap")}" data-testid="sidebar"><section data-testid="most-read"><h2 class="{c("SectionTitle")}">'
        f'{LINES["most"]}</h2><ol class="{c("List")}">{ranked}</ol></section><div class="{c("AdSlot")}" data-testid="ad-slot"><span class="'
        f'{c("AdLabel")}">{LINES["ad"]}</span><div id="div-gpt-ad-sidebar-mpu-2" data-slot="/21804913/manassa/article/mpu2"></div></div>'
        f"</aside></div>"
        f'<section class="{c("Newsletter")}" data-testid="newsletter"><h2>{LINES["news"]}</h2><p>{NEWSLETTER[n - 1]}</p><form '
        f'action="/api/newsletter" method="post"><input class="{c("Input")}" type="email" name="email" placeholder="بريدك الإلكتروني" '
        f'required="" aria-label="البريد الإلكتروني"/><button type="submit" class="{c("ActionButton")}">{LINES["subscribe"]}</button>'
        f'</form><small>{LINES["note"]}</small></section></main>'
        f'<footer class="{c("Footer")}" data-testid="site-footer"><div class="{c("Container")}"><a href="/"><img class="{c("Logo")}" '
        f'src="/static/media/logo-white.5b1d9c2e.svg" alt="{SITE}"/></a><p>{ABOUT}</p></div><div class="{c("Container")}"><nav '
        f'aria-label="روابط الموقع">{links}</nav></div><div class="{c("Container")}"><span>{LINES["follow"]}</span>{social}<span>'
        f'{LINES["app"]}</span><a href="https://apps.apple.com/app/id1488231904"><img class="{c("Img")}" src="/static/media/app-store.svg" '
        f'alt="App Store" width="120" height="40"/></a><a href="https://play.google.com/store/apps/details?id=example.manassa.news"><img '
        f'class="{c("Img")}" src="/static/media/google-play.svg" alt="Google Play" width="135" height="40"/></a></div><div class="'
        f'{c("Container")}"><p>{COPYRIGHT}</p></div></footer></div>')
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" data-react-helmet="lang,dir">
{_head(article, n, url)}
<body>
<div id="root">{app}</div>
<script>window.__APOLLO_STATE__={_state(article, n, blocks, most, ticker)};</script>
<script id="__LOADABLE_REQUIRED_CHUNKS__" type="application/json">[47,312]</script><script id="__LOADABLE_REQUIRED_CHUNKS___ext" type="application/json">{{"namedChunks":["pages-ArticlePage"]}}</script>
<script async data-chunk="main" src="/static/js/runtime~main.3c9d0e1f.js"></script><script async data-chunk="main" src="/static/js/vendors~main.7a6b5c4d.chunk.js"></script><script async data-chunk="main" src="/static/js/main.a41c9e07.chunk.js"></script><script async data-chunk="pages-ArticlePage" src="/static/js/pages-ArticlePage.9f3d2b18.chunk.js"></script>
</body>
</html>
"""
    return page
