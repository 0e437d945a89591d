"""An Arabic weekly news newsletter from Amman ("نشرة الأسبوع") hosted on beehiiv, the web
version of an issue at `/p/issue-<n>` as beehiiv's Remix app serves it: `<html lang="ar"
dir="rtl">`, React's `<meta charSet="utf-8"/>`, `<title>` the bare issue title, description and
og/twitter meta (the description is the issue's subtitle), `article:published_time` in UTC, a
JSON-LD `Article`, the RSS alternate on rss.beehiiv.com, the Tailwind stylesheet and Remix
`modulepreload` links; at the end of `<body>` the `window.__remixContext` loader data (route
`routes/p/$slug`, the post's id, slug, subtitle, authors, content tags and UTC times) and the
module script that fills `window.__remixRouteModules`. The shell: a sticky nav (logo, the
publication's name, its Arabic links, beehiiv's English "Login" and the "اشترك" button), the
breadcrumb list (publication, "Posts", issue title), then `div.rendered-post` after the
`:root { --wt-* }` theme style: `#web-header` with the `<h1>` title, the `<h3>` subtitle (an
"أيضاً: ..." teaser of the issue's other items or "عدد خاص: ...": chrome, never body), the
content-tag pills (`/t/<tag>`), `div.bh__byline_wrapper` with the author's avatar and name (page
2 is signed by the "هيئة التحرير" account), the date in beehiiv's English format ("May 12,
2024") in the publication's +03:00 (Jordan) time zone and "N min read", and the share icons in
`bh__byline_social_wrapper`. The body is `div#content-blocks`: pages 1 and 2 (2024 posts) carry
beehiiv's email-style blocks, each a `<div style="padding-bottom:12px;...">` around an
inline-styled `<p>`/`<h2>`, with links through `flight.beehiiv.net/v2/clicks/<jwt>`, an image
block with `<small>` caption (page 1), a "❝" pullquote (page 2), a background-coloured "برعاية"
sponsor section (page 1), the dashed divider, a `<a><button>` button block and (page 1) the
web-only subscribe widget "اشترك مجاناً ليصلك العدد القادم"; page 3 (a 2025 post) is the newer
`div.dream-post-content-doc` renderer (`div.j6zgbu0 > p.dream-post-content-paragraph` with
`span.hxnnnr0`, `h2.hynlcx1`, an uncaptioned `dream-post-content-imageBlock`, the `_7pt7ks0`
rule, a sponsor section, the subscribe widget and a reader poll). Section headings inside the
issue ("في أرقام", "ماذا بعد؟") are the issue's own text and part of the body. After the
content: the Share button, beehiiv's comments box ("Newest first", "Add your comment",
"Login or Subscribe to participate."), the subscribe box, "Keep reading" (three cards: title,
teaser, author, date) with "View more", and the footer (name, tagline, links, "©", "Privacy
policy", "Terms of use", "Powered by beehiiv"). Page 2 went out at 00:40 Amman time, so every
machine date says the previous UTC day while the byline shows the local one."""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, timedelta

from .base import Article, Page, e

NAME = "beehiiv_newsletter"
HELD_OUT = True
SET = "unseen17"
FAMILY = ("beehiiv web post (Remix SSR, Tailwind) of an Arabic weekly newsletter: rendered-post "
          "#web-header, #content-blocks (inline-styled or dream-post-content blocks), sponsor, "
          "button and subscribe blocks, English byline date, Keep reading, Powered by beehiiv")
HOST = "https://nashrat-alusbu3.example"
PUB = "نشرة الأسبوع"
PUB_DESC = "أهم ما جرى في الأردن خلال أسبوع، في رسالة واحدة صباح كل أحد"
PUB_ID = "3f6c2a9e-8b41-4d27-9c55-1e7a0b4d62f8"
MEDIA = "https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,onerror=redirect,quality=80/uploads"
LOGO = f"{MEDIA}/publication/logo/{PUB_ID}/thumb_nashra-logo.png"
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
LOCAL = timedelta(hours=3)
NAV = (("/archive", "الأرشيف"), ("/about", "من نحن"), ("/advertise", "أعلن معنا"))
FOOT_NAV = (("/", "الرئيسية"), ("/archive", "الأرشيف"), ("/about", "من نحن"),
            ("/advertise", "أعلن معنا"))
SUBTITLE = {1: "أيضاً: موازنة البلديات، وموسم حصاد مبكر في الأغوار، وعودة مهرجان جرش",
            2: "عدد خاص: كل ما تحتاج معرفته عن النتائج ومواعيد التقديم للجامعات",
            3: "أيضاً: تعديلات على نظام الأبنية، ودوام رمضان في الدوائر الحكومية"}
TEAM = "هيئة التحرير"
AVATAR = {"رنا الخطيب": "rana-alkhatib", "سامر حداد": "samer-haddad", TEAM: "team"}
CARD_AUTHORS = ("رنا الخطيب", TEAM, "سامر حداد")
TEASERS = ("أيضاً: خطة لتوسعة المطار وعودة الرحلات الداخلية إلى العقبة",
           "أيضاً: قانون جديد للسير ومهلة لتسوية المخالفات المتراكمة",
           "أيضاً: موسم الزيتون بالأرقام وأسعار الزيت في المعاصر",
           "عدد خاص: دليل سريع لمواعيد التسجيل ورسوم الساعات المعتمدة",
           "أيضاً: عطلة صيفية أطول وامتحانات تكميلية في ديسمبر",
           "أيضاً: منح دراسية جديدة لطلبة المحافظات البعيدة",
           "أيضاً: أسعار الذهب ومخزون القمح وموعد صرف الرواتب",
           "أيضاً: جدول الدوام الرسمي خلال الشهر الفضيل",
           "أيضاً: حملة لتفتيش المخابز وتسعيرة الخبز المدعوم")
SPONSOR_LABEL = "برعاية"
SPONSOR = {1: ("تطبيق «مشوار» للدفع الإلكتروني", "ادفع أجرة الحافلة والسرفيس من هاتفك واحصل "
               "على رحلتين مجاناً عند التسجيل هذا الأسبوع.", "حمّل التطبيق",
               "https://mishwar-pay.example/ar"),
           3: ("«سلة» للتسوق من المزارع", "خضار وفواكه طازجة من الأغوار إلى باب بيتك خلال 24 "
               "ساعة، والتوصيل مجاني للطلب الأول.", "اطلب الآن", "https://salleh.example/")}
SPONSOR_AFTER = {1: 2, 3: 3}  # body index after which the sponsor section sits
BUTTON = {1: ("اقرأ تقرير الهيئة كاملاً", "https://ltrc.example/reports/brt-first-month.pdf"),
          2: ("رابط نتائج التوجيهي", "https://tawjihi.moe.example/results")}
LINKED = {1: (0, "أرقام أعلنتها هيئة تنظيم النقل البري", "https://ltrc.example/ar/news/brt-2024"),
          3: (0, "منصة إلكترونية", "https://prices.amman.example/")}
BOLD = {1: (4, ("مليون و40 ألف راكب", "75 قرشاً", "40 دقيقة", "28 حافلة"))}
HEADINGS = {1: 3, 3: 2}  # body index printed as the section heading
QUOTE = {2: 2}  # body index printed as beehiiv's pullquote
IMAGE_AFTER = {1: 0, 3: 1}
SUBSCRIBE_IN = "اشترك مجاناً ليصلك العدد القادم"
SUBSCRIBE_NOTE = "انضم إلى أكثر من 40 ألف قارئ، ويمكنك إلغاء الاشتراك في أي وقت."
POLL = ("ما رأيك في عدد هذا الأسبوع؟", ("ممتاز 👍", "جيد", "يحتاج إلى تحسين"))
COMMENTS = ("Newest first", "Add your comment", "Login", "Login or Subscribe to participate.")
FOOTER = ("© 2025 نشرة الأسبوع.", "Privacy policy", "Terms of use", "Powered by beehiiv")
P_STYLE = "padding-bottom:12px;padding-left:15px;padding-right:15px;padding-top:12px;"
FONT = "'Noto Kufi Arabic','Helvetica',Arial,sans-serif"
TEXT_STYLE = (f"color:#222222;font-family:{FONT};font-size:18px;line-height:1.8;"
              "text-align:right;direction:rtl;")
ACCENT = "#0B5A4A"


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _shown(moment) -> str:
    """beehiiv's byline date, "May 12, 2024", in the publication's time zone."""
    local = _local(moment)
    return f"{EN_MONTHS[local.month - 1]} {local.day}, {local.year}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _uid(*parts: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join((HOST, *parts))))


def _flight(target: str, post_id: str, moment) -> str:
    """A link as beehiiv rewrites it: flight.beehiiv.net/v2/clicks/<header>.<payload>.<sig>."""
    claims = {"url": f"{target}?utm_source=nashrat-alusbu3.example&utm_medium=newsletter",
              "post_id": post_id, "publication_id": PUB_ID, "visit_token": _uid(target),
              "iat": int(moment.timestamp()) + 600, "iss": "orchid"}
    payload = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode())
    sig = base64.urlsafe_b64encode(uuid.uuid5(uuid.NAMESPACE_URL, target).bytes * 2)
    return ("https://flight.beehiiv.net/v2/clicks/eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            f"{payload.decode().rstrip('=')}.{sig.decode().rstrip('=')}")


def _inline(article: Article, n: int, k: int, text: str, post_id: str, dream: bool) -> str:
    html = e(text)
    if n in LINKED and LINKED[n][0] == k:
        _, words, target = LINKED[n]
        cls = ' class="_3k8pkd0"' if dream else (
            ' class="link" style="color:#0B5A4A !important;text-decoration:underline '
            '!important;text-decoration-color:#0B5A4A !important;"')
        link = (f'<a href="{_flight(target, post_id, article.moment)}" target="_blank" '
                f'rel="noopener noreferrer nofollow"{cls}>{e(words)}</a>')
        if dream:
            head, _, tail = html.partition(e(words))
            return (f'<span class="hxnnnr0">{head}</span><span class="hxnnnr0">{link}</span>'
                    f'<span class="hxnnnr0">{tail}</span>')
        html = html.replace(e(words), link, 1)
    if n in BOLD and BOLD[n][0] == k:
        for words in BOLD[n][1]:
            html = html.replace(e(words), f"<b>{e(words)}</b>", 1)
    return f'<span class="hxnnnr0">{html}</span>' if dream else html


def _image(article: Article, n: int, dream: bool) -> str:
    name = ("brt-amman-zarqa.jpg", "", "central-market-amman.jpg")[n - 1]
    src = f"{MEDIA}/asset/file/{_uid(article.slug, name)}/{name}?t={int(article.moment.timestamp())}"
    if dream:
        return (f'<div class="dream-post-content-imageBlock _2fealp0"><figure class="_2fealp1">'
                f'<img src="{src}" alt="" class="_2fealp2" loading="lazy"/></figure></div>')
    caption = e(article.caption)
    return (f'<div style="padding-bottom:20px;padding-left:15px;padding-right:15px;padding-top:'
            f'20px;"><img alt="{caption}" style="margin:0 auto 0 auto;width:100%;" src="{src}"/>'
            f'<div style="font-family:{FONT};font-size:14px;color:#6b7280;text-align:center;">'
            f'<small><p>{caption}</p></small></div></div>')


def _sponsor(n: int, post_id: str, moment, dream: bool) -> str:
    title, text, cta, target = SPONSOR[n]
    href = _flight(target, post_id, moment)
    if dream:
        return (f'<div class="dream-post-content-section _1pk6u0b0" style="background-color:#F4F1EA;'
                f'border-radius:10px"><div class="j6zgbu0"><p class="dream-post-content-paragraph '
                f'j6zgbu1"><span class="hxnnnr0"><em>{SPONSOR_LABEL}</em></span></p></div>'
                f'<div class="_19m7bnq0"><h3 class="hynlcx1 hynlcx4"><span class="hxnnnr0">'
                f'{e(title)}</span></h3></div><div class="j6zgbu0"><p class="dream-post-content-'
                f'paragraph j6zgbu1"><span class="hxnnnr0">{e(text)}</span></p></div>'
                f'<div class="dream-post-content-button _1x8k2ra0"><a href="{href}" target="_blank"'
                f' rel="noopener noreferrer nofollow" class="_1x8k2ra1">{e(cta)}</a></div></div>')
    return f"""<div style="background-color:#F4F1EA;border-radius:10px;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px;">
<div style="{P_STYLE}"><p style="{TEXT_STYLE}font-size:13px;color:#8a8a8a;"><i>{SPONSOR_LABEL}</i></p></div>
<div style="{P_STYLE}"><h3 style="color:#222222;font-family:{FONT};font-weight:700;margin:0px;text-align:right;">{e(title)}</h3></div>
<div style="{P_STYLE}"><p style="{TEXT_STYLE}">{e(text)}</p></div>
{_button(cta, href)}
</div>"""


def _button(label: str, href: str) -> str:
    return (f'<div style="padding-bottom:14px;padding-left:15px;padding-right:15px;padding-top:'
            f'14px;text-align:center;width:100%;word-break:break-word;"><a href="{href}" '
            f'rel="noopener noreferrer nofollow" target="_blank" style="display:inline-block;">'
            f'<button style="background-color:{ACCENT};border:none;border-radius:6px;color:'
            f'#FFFFFF;font-family:{FONT};font-size:16px;padding:12px 24px;cursor:pointer;">'
            f'{e(label)}</button></a></div>')


def _subscribe_widget(dream: bool) -> str:
    cls = "dream-post-content-subscribeWidget _9w1q3c0" if dream else "subscribe-widget"
    return (f'<div class="{cls}" style="margin:20px 15px;padding:24px;border-radius:10px;'
            f'background-color:#0B5A4A;text-align:center;"><h3 style="color:#FFFFFF;font-family:'
            f'{FONT};font-size:22px;font-weight:700;">{SUBSCRIBE_IN}</h3><p style="color:#E6F2EF;">'
            f'{SUBSCRIBE_NOTE}</p><form action="/create" method="post" class="mx-auto mt-4 flex '
            f'max-w-md gap-2"><input type="email" name="email" required="" placeholder="بريدك '
            f'الإلكتروني" class="w-full rounded-wt border px-3 py-2"/><button type="submit" '
            f'class="rounded-wt bg-wt-tertiary px-4 py-2 font-semibold">اشترك</button></form></div>')


def _classic(article: Article, n: int, post_id: str) -> str:
    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        inner = _inline(article, n, k, text, post_id, False)
        if HEADINGS.get(n) == k:
            blocks.append(f'<div style="{P_STYLE}"><h2 style="color:{ACCENT};font-family:{FONT};'
                          f'font-weight:Bold;margin:0px 0px 0px;padding-bottom:12px;padding-top:'
                          f'16px;text-align:right;">{inner}</h2></div>')
        elif QUOTE.get(n) == k:
            blocks.append(f'<div style="border-right:4px solid {ACCENT};margin:12px 15px;padding:'
                          f'12px 16px;background-color:#F7F7F5;"><div style="-webkit-user-select:'
                          f'none;user-select:none;color:{ACCENT};font-size:36px;line-height:1;">❝'
                          f'</div><p style="{TEXT_STYLE}font-style:italic;">{inner}</p></div>')
        else:
            blocks.append(f'<div style="{P_STYLE}"><p style="{TEXT_STYLE}">{inner}</p></div>')
        if IMAGE_AFTER.get(n) == k:
            blocks.append(_image(article, n, False))
        if SPONSOR_AFTER.get(n) == k:
            blocks.append(_sponsor(n, post_id, article.moment, False))
    blocks.append('<div style="font-size:0px;line-height:0px;padding:30px 0px 30px;"><div style='
                  '"margin:0 auto;border-top:5px dashed #EEEEEE;width:97%"></div></div>')
    label, target = BUTTON[n]
    blocks.append(_button(label, _flight(target, post_id, article.moment)))
    if n == 1:
        blocks.append(_subscribe_widget(False))
    return "\n".join(blocks)


def _dream(article: Article, n: int, post_id: str) -> str:
    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        inner = _inline(article, n, k, text, post_id, True)
        if HEADINGS.get(n) == k:
            blocks.append(f'<div class="_19m7bnq0"><h2 class="hynlcx1 hynlcx3">{inner}</h2></div>')
        else:
            blocks.append(f'<div class="j6zgbu0"><p class="dream-post-content-paragraph j6zgbu1">'
                          f'{inner}</p></div>')
        if IMAGE_AFTER.get(n) == k:
            blocks.append(_image(article, n, True))
        if SPONSOR_AFTER.get(n) == k:
            blocks.append(_sponsor(n, post_id, article.moment, True))
    blocks.append('<div class="_7pt7ks0"><div class="_7pt7ks1"></div></div>')
    question, options = POLL
    buttons = "".join(f'<a href="{HOST}/polls/{_uid(article.slug, "poll")}?choice={i}" '
                      f'class="_4t0qzv2" rel="nofollow">{e(o)}</a>' for i, o in enumerate(options))
    blocks.append(f'<div class="dream-post-content-poll _4t0qzv0"><p class="_4t0qzv1">'
                  f'{e(question)}</p><div class="flex flex-col gap-2">{buttons}</div></div>')
    blocks.append(_subscribe_widget(True))
    return '<div class="dream-post-content-doc">\n' + "\n".join(blocks) + "\n</div>"


def _minutes(article: Article) -> str:
    return f"{max(1, -(-len(article.body.split()) // 200))} min read"


def _card(title: str, teaser: str, author: str, when, k: int) -> str:
    slug = f"issue-{when:%y%m%d}"
    thumb = f"{MEDIA}/asset/file/{_uid(slug)}/cover-{k}.jpg"
    return f"""<div class="col-span-1 flex h-full flex-col overflow-hidden rounded-wt border border-gray-200 bg-white"><a class="flex h-full flex-col" href="/p/{slug}"><div class="aspect-[16/9] w-full overflow-hidden"><img src="{thumb}" alt="" class="h-full w-full object-cover" loading="lazy"/></div><div class="flex flex-1 flex-col gap-2 p-4"><h3 class="wt-header-font text-lg font-bold leading-7 text-gray-900">{e(title)}</h3><p class="line-clamp-2 text-sm text-gray-700">{e(teaser)}</p><div class="mt-auto flex items-center gap-2 text-xs text-gray-500"><span>{e(author)}</span><span>·</span><time dateTime="{_utc(when)}">{_shown(when)}</time></div></div></a></div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/p/issue-{article.slug}"
    post_id = _uid(article.slug)
    shown = _shown(moment)
    author = article.author or TEAM
    page = Page(url=url, html="", shown_date=shown)
    subtitle = SUBTITLE[n]
    page.add(PUB, *(label for _, label in NAV), "Login", "اشترك", "Posts", subtitle,
             *article.tags, author, shown, "•", _minutes(article))
    content = _dream(article, n, post_id) if n == 3 else _classic(article, n, post_id)
    if n in IMAGE_AFTER and n != 3:
        page.add(article.caption)
    if n in SPONSOR:
        title, text, cta, _ = SPONSOR[n]
        page.add(SPONSOR_LABEL, title, text, cta)
    if n in BUTTON:
        page.add(BUTTON[n][0])
    if n == 2:
        page.add("❝")
    if n in (1, 3):
        page.add(SUBSCRIBE_IN, SUBSCRIBE_NOTE)
    if n == 3:
        page.add(POLL[0], *POLL[1])
    cards = []
    back = (_local(moment).weekday() + 1) % 7 or 7  # days since the previous Sunday's issue
    for k, title in enumerate(article.related):
        when = (moment - timedelta(days=back + 7 * k)).replace(hour=8, minute=0)
        teaser = TEASERS[(n - 1) * 3 + k]
        card_author = CARD_AUTHORS[(n + k) % 3]
        page.add(title, teaser, card_author, "·", _shown(when))
        cards.append(_card(title, teaser, card_author, when, k))
    page.add("Share", *COMMENTS, f"اشترك في {PUB}", PUB_DESC, "Keep reading", "View more",
             *(label for _, label in FOOT_NAV), *FOOTER)
    image = (f"{MEDIA}/asset/file/{_uid(article.slug, 'og')}/issue-{article.slug}-cover.jpg"
             if n != 2 else f"{MEDIA}/publication/thumbnail/{PUB_ID}/nashra-og.png")
    avatar = f"{MEDIA}/user/profile_picture/{_uid(AVATAR[author])}/{AVATAR[author]}.jpg"
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": article.headline,
          "description": subtitle, "image": image, "datePublished": _utc(moment),
          "dateModified": _utc(moment + timedelta(minutes=12)),
          "author": [{"@type": "Person", "name": author}],
          "publisher": {"@type": "Organization", "name": PUB, "logo": {"@type": "ImageObject",
                                                                     "url": LOGO}},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "isAccessibleForFree": True}
    context = {
        "basename": "/", "future": {"v3_fetcherPersist": False, "v3_relativeSplatPath": False},
        "isSpaMode": False, "state": {"loaderData": {
            "root": {"publication": {"id": PUB_ID, "name": PUB, "subdomain": "nashrat-alusbu3",
                                     "logo_url": LOGO, "language": "ar",
                                     "time_zone": "Asia/Amman"},
                     "requestUrl": url},
            "routes/p/$slug": {"post": {
                "id": post_id, "slug": f"issue-{article.slug}", "web_title": article.headline,
                "web_subtitle": subtitle, "meta_default_title": article.headline,
                "meta_default_description": subtitle, "status": "confirmed",
                "created_at": _utc(moment - timedelta(hours=20)),
                "override_scheduled_at": _utc(moment), "updated_at": _utc(moment
                                                                         + timedelta(minutes=12)),
                "authors": [{"id": _uid(AVATAR[author]), "name": author,
                             "profile_picture": {"thumb": {"url": avatar}}}],
                "content_tags": [{"display": t, "slug": _uid(t)[:8]} for t in article.tags],
                "image_url": image, "audience": "free", "platform": "both"}}},
            "actionData": None, "errors": None}}
    ctx_json = json.dumps(context, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    ld_json = json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    nav = "".join(f'<a href="{p}" class="text-sm font-medium text-wt-text-on-primary '
                  f'opacity-80 hover:opacity-100">{label}</a>' for p, label in NAV)
    foot_nav = "".join(f'<li><a href="{p}" class="text-sm hover:underline">{label}</a></li>'
                       for p, label in FOOT_NAV)
    tags = "".join(f'<a href="/t/{_uid(t)[:8]}" class="rounded-full border border-gray-300 px-3 '
                   f'py-1 text-xs font-medium">{e(t)}</a>' for t in article.tags)
    chevron = ('<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" '
               'stroke-width="2" stroke="currentColor" aria-hidden="true" height="14px"><path '
               'stroke-linecap="round" stroke-linejoin="round" d="M9 5l7 7-7 7"></path></svg>')
    share = "".join(f'<a href="{s}{e(url)}" target="_blank" rel="noreferrer"><svg height="18" '
                    f'width="18" viewBox="0 0 24 24" aria-label="{a}"><path d="M4 4h16v16H4z">'
                    f'</path></svg></a>'
                    for s, a in (("https://www.facebook.com/sharer/sharer.php?u=", "Facebook"),
                                 ("https://twitter.com/intent/tweet?url=", "X"),
                                 ("https://www.threads.net/intent/post?text=", "Threads"),
                                 ("https://www.linkedin.com/sharing/share-offsite?url=",
                                  "LinkedIn")))
    build = ("Q2ZK7M4D", "Q2ZK7M4D", "T8WB3N6X")[n - 1]
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>{e(article.headline)}</title><meta name="description" content="{e(subtitle)}"/><meta property="og:type" content="article"/><meta property="og:title" content="{e(article.headline)}"/><meta property="og:description" content="{e(subtitle)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{image}"/><meta property="og:site_name" content="{PUB}"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@nashrat_alusbu3"/><meta name="twitter:title" content="{e(article.headline)}"/><meta name="twitter:description" content="{e(subtitle)}"/><meta name="twitter:image" content="{image}"/><meta property="article:published_time" content="{_utc(moment)}"/><meta property="article:author" content="{e(author)}"/><link rel="canonical" href="{url}"/><link rel="alternate" type="application/rss+xml" title="{PUB}" href="https://rss.beehiiv.com/feeds/Qm7tR2xL9a.xml"/><link rel="icon" type="image/png" href="{LOGO}"/><link rel="preconnect" href="https://media.beehiiv.com"/><link rel="preconnect" href="https://fonts.gstatic.com"/><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Kufi+Arabic:wght@400;700&amp;display=swap"/><link rel="stylesheet" href="/build/_assets/tailwind-{build}.css"/><link rel="modulepreload" href="/build/entry.client-ZK3H2QXC.js"/><link rel="modulepreload" href="/build/_shared/chunk-7UQ4D2MW.js"/><link rel="modulepreload" href="/build/root-HX5C2P8R.js"/><link rel="modulepreload" href="/build/routes/p/$slug-{build}.js"/><script type="application/ld+json">{ld_json}</script><script async="" src="https://www.googletagmanager.com/gtag/js?id=G-7KQ2M4XZ1B"></script></head><body><div class="flex min-h-screen flex-col bg-wt-background">
<header class="sticky top-0 z-20 w-full bg-wt-primary"><nav class="mx-auto flex max-w-6xl items-center justify-between px-4 py-3"><a href="/" class="flex items-center gap-2"><img src="{LOGO}" alt="{PUB}" class="h-8 w-8 rounded-wt object-cover"/><span class="wt-header-font text-lg font-bold text-wt-text-on-primary">{PUB}</span></a><div class="hidden items-center gap-6 sm:flex">{nav}</div><div class="flex items-center gap-2"><a href="/login" class="rounded-wt px-3 py-2 text-sm font-medium text-wt-text-on-primary">Login</a><a href="/subscribe" class="wt-button-font rounded-wt bg-wt-tertiary px-4 py-2 text-sm font-semibold text-wt-text-on-tertiary">اشترك</a></div></nav></header>
<main class="flex w-full flex-grow px-4"><div class="mx-auto flex w-full flex-col max-w-none py-0"><div><div class="relative mx-auto w-full max-w-6xl px-0 sm:px-4"><div class="flex flex-col space-x-0 pb-4 sm:space-x-2">
<div class="mx-auto mt-8 w-full max-w-[655px] px-[15px]"><ul class="flex flex-wrap items-center gap-2 text-xs font-semibold"><li class="flex items-center gap-2 text-gray-900"><a href="/" class="opacity-70">{PUB}</a>{chevron}</li><li class="flex items-center gap-2 text-gray-900"><a href="/archive" class="opacity-70">Posts</a>{chevron}</li><li class="flex items-center gap-2 text-gray-900"><span class="!opacity-100">{e(article.headline)}</span></li></ul></div>
<div class="relative w-full"><style type="text/css">:root {{ --wt-primary-color: #0B5A4A; --wt-text-on-primary-color: #FFFFFF; --wt-tertiary-color: #E9B949; --wt-text-on-tertiary-color: #222222; --wt-background-color: #FFFFFF; --wt-text-on-background-color: #222222; --wt-header-font: "Noto Kufi Arabic", ui-sans-serif, system-ui; --wt-body-font: "Noto Kufi Arabic", ui-sans-serif, system-ui; --wt-border-radius: 6px; }} .bg-wt-primary {{ background-color: var(--wt-primary-color); }} .rounded-wt {{ border-radius: var(--wt-border-radius); }} .wt-header-font {{ font-family: var(--wt-header-font); }}</style>
<div class="rendered-post" style="max-width: 670px; margin: 0 auto"><div class="bg-white text-gray-900"><div style="padding-top: 1.5rem; padding-bottom: 1.5rem"><style>.bh__byline_wrapper {{ font-size: 0.875rem; line-height: 1.25rem; vertical-align: middle; justify-content: space-between; display: block; }} .bh__byline_social_wrapper {{ display: flex; margin-top: 0.5rem; align-items: center; }} @media (min-width: 768px) {{ .bh__byline_wrapper {{ display: flex; }} .bh__byline_social_wrapper {{ margin-top: 0rem; }} }}</style>
<div id="web-header" style="padding-left: 15px; padding-right: 15px; color: var(--wt-text-on-background-color) !important; padding-bottom: 2rem;"><h1 style="font-size: 36px; font-family: {FONT}; line-height: 2.75rem; padding-bottom: 8px; font-weight: 700;">{e(article.headline)}</h1><h3 style="font-size: 20px; font-family: {FONT}; line-height: 1.9rem; padding-bottom: 16px; color: #929292; font-weight: 400;">{e(subtitle)}</h3><div class="flex flex-wrap gap-2 pb-6">{tags}</div>
<div class="bh__byline_wrapper"><div style="display:flex;align-items:center;gap:10px;"><img src="{avatar}" alt="{e(author)}" style="border-radius:50%;height:40px;width:40px;object-fit:cover;"/><div><p style="font-weight:600;margin:0;">{e(author)}</p><p style="margin:0;"><span style="opacity:0.75">{shown}</span> <span style="opacity:0.75">•</span> <span style="opacity:0.75">{_minutes(article)}</span></p></div></div><div class="bh__byline_social_wrapper">{share}</div></div></div>
<div id="content-blocks">
{content}
</div></div></div></div>
<div class="mx-auto w-full max-w-[655px] px-[15px]"><div class="flex items-center justify-end border-b border-t border-gray-200 py-3"><button type="button" class="flex items-center gap-2 rounded-wt px-3 py-1 text-sm font-medium"><svg height="16" width="16" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 12v7h16v-7M12 3v12M7 8l5-5 5 5"></path></svg><span>Share</span></button></div>
<div id="comments" class="py-6"><div class="flex items-center justify-between"><select class="rounded-wt border text-sm"><option value="newest">Newest first</option></select></div><div class="mt-4 rounded-wt border border-gray-200 p-4"><p class="text-sm text-gray-500">Add your comment</p><div class="mt-3 flex items-center gap-3"><a href="/login" class="rounded-wt border px-3 py-1 text-sm">Login</a><p class="text-sm">Login or Subscribe to participate.</p></div></div></div>
<div class="my-8 rounded-wt bg-wt-primary p-6 text-center text-wt-text-on-primary"><h4 class="wt-header-font text-xl font-bold">اشترك في {PUB}</h4><p class="mt-2 text-sm opacity-90">{PUB_DESC}</p><form action="/create" method="post" class="mx-auto mt-4 flex max-w-md gap-2"><input type="email" name="email" required="" placeholder="بريدك الإلكتروني" class="w-full rounded-wt px-3 py-2 text-gray-900"/><button type="submit" class="wt-button-font rounded-wt bg-wt-tertiary px-4 py-2 font-semibold text-wt-text-on-tertiary">اشترك</button></form></div></div>
</div></div></div>
<div class="mx-auto w-full max-w-6xl px-4 py-10"><h2 class="wt-header-font mb-6 text-2xl font-bold text-gray-900">Keep reading</h2><div class="grid grid-cols-1 gap-6 md:grid-cols-3">
{chr(10).join(cards)}
</div><div class="mt-8 flex justify-center"><a href="/archive" class="rounded-wt border border-gray-300 px-4 py-2 text-sm font-semibold">View more</a></div></div>
</div></div></main>
<footer class="w-full bg-wt-primary px-4 py-10 text-wt-text-on-primary"><div class="mx-auto flex max-w-6xl flex-col gap-6"><div class="flex items-center gap-2"><img src="{LOGO}" alt="{PUB}" class="h-8 w-8 rounded-wt"/><p class="wt-header-font text-lg font-bold">{PUB}</p></div><p class="text-sm opacity-80">{PUB_DESC}</p><ul class="flex flex-wrap gap-4">{foot_nav}</ul><div class="flex flex-col gap-2 border-t border-white/20 pt-6 text-xs sm:flex-row sm:justify-between"><p>{FOOTER[0]}</p><div class="flex gap-4"><a href="/privacy">{FOOTER[1]}</a><a href="/tos">{FOOTER[2]}</a></div><a href="https://www.beehiiv.com/?utm_source=nashrat-alusbu3&amp;utm_medium=footer" target="_blank" rel="noopener noreferrer" class="font-semibold">{FOOTER[3]}</a></div></div></footer>
</div><script>window.__remixContext = {ctx_json};</script><script type="module" async="">import "/build/manifest-{build}.js";
import * as route0 from "/build/root-HX5C2P8R.js";
import * as route1 from "/build/routes/p/$slug-{build}.js";
window.__remixRouteModules = {{"root":route0,"routes/p/$slug":route1}};

import("/build/entry.client-ZK3H2QXC.js");</script></body></html>
"""
    return page
