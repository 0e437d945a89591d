"""An Arabic news outlet's account ("صحيفة الميدان", @almaidan) on a news-focused Mastodon 4.2
server ("ماستدون أخبار"), one public status page `/@almaidan/<id>` as the server's shell plus
the web UI it mounts: the page a reader gets once the app has drawn it (a DOM snapshot; the
mounted app replaces the shell's `<noscript>`). The head is Mastodon's: `<title>` `صحيفة
الميدان: "<first 50 characters of the post…>" - ماستدون أخبار`, the favicon/apple-touch set,
webpacker `/packs/css/` and `/packs/js/` tags, csrf and style-nonce metas, `custom.css`, the
oEmbed and ActivityPub `alternate` links, og tags (`og:title` "name (@acct)",
`og:published_time` in UTC `Z`, `og:locale` ar, `profile:username`, og:description the post
text), and `<script id="initial-state" type="application/json">` (meta, the account, no post).
The body is `app-body theme-default rtl`, `#mastodon.app-holder`, `div.ui` and
`columns-area__panels`: the compositional pane (search box "ابحث", `.server-banner` with the
instance's introduction and description, `.link-footer`: "ماستدون أخبار: عن · ..." and
"Mastodon: ... · v4.2.10"), the main column (back button "العودة"), then
`detailed-status__wrapper` > `.detailed-status` with `detailed-status__display-name` (display
name in `strong.display-name__html`, `span.display-name__account` "@almaidan@mastodon-akhbar
.example"), `.status__content` > `status__content__text--visible translate` holding the post:
first `<p>` the headline, then one `<p>` per paragraph, then "التفاصيل: <link>" (Mastodon's
`invisible`/`ellipsis` spans); its closing hashtags line is lifted into `.hashtag-bar`; then
the media gallery or preview card, `.detailed-status__meta` (`a.detailed-status__datetime`
with the date in the reader's Amman time in Arabic-Indic digits "١٤ مارس ٢٠٢٤، ١٠:٢٠", the
globe, boost and favourite counts, page 2 "عُدّل مرةً واحدة"), the icon-only action bar, and
the replies below (`status__wrapper` with relative-time link, name, acct, mention + text);
the navigation pane (logo, "استكشف", "الموجزات الحية", "عن") and the `.sign-in-banner`.
Page 1: an image with alt text (the caption, an attribute only), 3 replies. Page 2: posted at
00:40 Amman time (UTC the day before), an inline link inside a paragraph, edited,
1 reply. Page 3: a "✍️ إعداد: ريم الحوراني" byline line after the text (the only page naming
a writer), a preview card of the outlet's site, 2 replies. Everything but the story's
paragraphs is chrome: headline line, details line, hashtags, byline, counts, replies."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e, indic

NAME = "mastodon_status"
HELD_OUT = True
SET = "unseen27"
FAMILY = "Mastodon 4.x public status page (web UI drawn): outlet's long post in status__content, detailed-status meta, hashtag bar, replies, server banner"
HOST = "https://mastodon-akhbar.example"
DOMAIN = "mastodon-akhbar.example"
SITE = "ماستدون أخبار"
USER = "almaidan"
DISPLAY = "صحيفة الميدان"
OUTLET = "https://almaidan-jo.example"
AMMAN = timedelta(hours=3)
VERSION = "4.2.10"
NOTE = "صحيفة يومية أردنية مستقلة. أخبار محلية واقتصاد وسياحة من عمّان والمحافظات."
INTRO = f"{DOMAIN} هو واحد من بين العديد من خوادم ماستدون المستقلة التي يمكنك استخدامها للمشاركة في الفديفرس."
DESCRIPTION = "خادم ماستدون للصحفيين والمؤسسات الإعلامية العربية، يديره متطوعون من عمّان."
SIGN_IN = ("ماستودون هو أفضل وسيلة لمواكبة الأحداث.",
           "تابع أي شخص من عالم الفدرالية وشاهد منشوراته بالترتيب الزمني. دون خوارزميات أو إعلانات أو عنواين مضللة.",
           "أنشئ حسابًا", "تسجيل الدخول")
NAV = (("/explore", "hashtag", "استكشف"), ("/public/local", "globe", "الموجزات الحية"))
FOOTER_SITE = (("/about", "عن"), ("/directory", "دليل الصفحات التعريفية"),
               ("/privacy-policy", "سياسة الخصوصية"))
FOOTER_APP = (("https://joinmastodon.org", "عن"), ("https://joinmastodon.org/apps", "احصل على التطبيق"),
              ("/keyboard-shortcuts", "اختصارات لوحة المفاتيح"),
              ("https://github.com/mastodon/mastodon", "الاطلاع على الشفرة المصدرية"))
COUNTS = ((17, 41), (63, 158), (29, 96))  # boosts, favourites
# page -> (paragraph index, phrase, href) the outlet linked inside the text
LINKED = {2: (1, "عروض السياحة الداخلية", "https://visitjordan-ar.example/offers/summer")}
BYLINE = "✍️ إعداد: ريم الحوراني"
CARD = ("الحافلات الكهربائية على طريق إربد – عمّان: الأسعار والمواعيد | صحيفة الميدان",
        "كل ما تحتاج معرفته عن الخط الجديد قبل انطلاقه في شباط.")
REPLIES = {
    1: (("abu_sanad", "أبو سند", "", 95, "أخيرا! في حي الأمير حسن ما وصلتنا المياه الأسبوع الماضي أبدا."),
        ("lina_k", "لينا ك.", "mastodon.social", 240, "هل الجدول منشور على موقع السلطة؟ ما لقيته."),
        ("omar_reports", "عمر الصحفي", "", 1500, "شكرا للمتابعة الدائمة 👏")),
    2: (("petra_guide", "دليل البترا", "", 430, "الحركة فعلا أفضل، بس الأسعار داخل الموقع بحاجة لمراجعة."),),
    3: (("yarmouk_student", "طالب يرموكي", "", 35, "أخيرا نحكي عن مواعيد ثابتة، إن شاء الله يلتزموا."),
        ("electro_jo", "كهرباء الأردن 🇯🇴", "fosstodon.org", 210, "300 كم بشحنة وحدة رقم ممتاز لهالمسافة.")),
}
SNAPSHOT_YEAR = 2025


def _local(moment):
    return moment.astimezone(UTC) + AMMAN


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S.000Z}"


def _shown(moment) -> str:
    """FormattedDate (ar, day 2-digit, short month, numeric year, 24h) in the reader's time."""
    t = _local(moment)
    return indic(f"{t.day:02d} {MONTHS[t.month - 1]} {t.year}، {t:%H:%M}")


def _relative(moment) -> str:
    """RelativeTimestamp for posts older than a week: "١٤ مارس" or "١٤ مارس ٢٠٢٤"."""
    t = _local(moment)
    year = f" {t.year}" if t.year != SNAPSHOT_YEAR else ""
    return indic(f"{t.day} {MONTHS[t.month - 1]}{year}")


def _tag(tag: str) -> str:
    return tag.replace(" ", "_")


def _link(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return (f'<a href="{e(url)}" target="_blank" rel="nofollow noopener noreferrer" translate="no">'
            f'<span class="invisible">{scheme}://</span><span class="ellipsis">{e(rest[:30])}'
            f'</span><span class="invisible">{e(rest[30:])}</span></a>')


def _mention(user: str, host: str) -> str:
    return (f'<span class="h-card" translate="no"><a href="https://{host}/@{user}" '
            f'class="u-url mention">@<span>{user}</span></a></span>')


def _content(article: Article, n: int, page: Page) -> str:
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    if n in LINKED:
        idx, phrase, url = LINKED[n]
        paras[idx] = paras[idx].replace(
            e(phrase), f'<a href="{url}" target="_blank" rel="nofollow noopener noreferrer" '
            f'translate="no">{e(phrase)}</a>', 1)
        assert url in paras[idx]
    url = f"{OUTLET}/news/{article.moment:%Y/%m}/{article.slug[-5:]}"
    details = f"التفاصيل: {url}"
    page.add(details)
    out = [f"<p>{e(article.headline)}</p>", *(f"<p>{p}</p>" for p in paras)]
    if n == 3:
        out.append(f"<p>{e(BYLINE)}</p>")
        page.add(BYLINE)
    out.append(f"<p>التفاصيل: {_link(url)}</p>")
    return "".join(out)


def _reply(article: Article, k: int, reply, page: Page) -> str:
    user, name, host, minutes, text = reply
    when = article.moment + timedelta(minutes=minutes)
    acct = f"{user}@{host}" if host else user
    sid = int(article.slug) + 9137 * k + minutes
    href = f"https://{host}/@{user}/{sid}" if host else f"{HOST}/@{user}/{sid}"
    shown = _relative(when)
    page.add(name, f"@{acct}", shown, f"@{USER} {text}")
    return f"""<div tabindex="-1"><div class="focusable status__wrapper status__wrapper-public" tabindex="0" aria-label="{e(name)}، @{USER} {e(text)}، {shown}، {acct}"><div class="status status-public status-reply" data-id="{sid}"><div class="status__info"><a href="{href}" class="status__relative-time" target="_blank" rel="noopener noreferrer"><span class="status__visibility-icon"><i role="img" class="fa fa-globe" title="للعامة"></i></span><time datetime="{_utc(when)}" title="{_shown(when)}">{shown}</time></a><a href="{HOST}/@{acct}" title="{acct}" class="status__display-name" target="_blank" rel="noopener noreferrer"><div class="status__avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="{HOST}/system/cache/accounts/avatars/{sid % 997:03d}/original/{user}.png" alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">{e(name)}</strong></bdi> <span class="display-name__account">@{acct}</span></span></a></div><div class="status__content status__content--with-action" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="ar"><p>{_mention(USER, DOMAIN)} {e(text)}</p></div></div><div class="status__action-bar"><button type="button" aria-label="ردّ" title="ردّ" class="status__action-bar__button icon-button icon-button--with-counter" tabindex="0"><i class="fa fa-reply fa-fw" aria-hidden="true"></i></button><button type="button" aria-label="إعادة النشر" title="إعادة النشر" class="status__action-bar__button icon-button" tabindex="0"><i class="fa fa-retweet fa-fw" aria-hidden="true"></i></button><button type="button" aria-label="فضّل" title="فضّل" class="status__action-bar__button star-icon icon-button" tabindex="0"><i class="fa fa-star fa-fw" aria-hidden="true"></i></button><div class="status__action-bar__dropdown"><button type="button" aria-label="المزيد" title="المزيد" class="icon-button" tabindex="0"><i class="fa fa-ellipsis-h fa-fw" aria-hidden="true"></i></button></div></div></div></div></div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    sid = article.slug
    url = f"{HOST}/@{USER}/{sid}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    acct = f"@{USER}@{DOMAIN}"
    boosts, favs = COUNTS[n - 1]
    content = _content(article, n, page)
    tags = [_tag(t) for t in article.tags]
    hashtag_bar = "".join(f'<a href="/tags/{e(t)}">#{e(t)}</a>' for t in tags)
    page.add(*(f"#{t}" for t in tags))
    # "عن" (nav, footers) and "العودة" are words of the stories: not added where the text has them
    back = [] if "العودة" in article.body else ["العودة"]
    page.add("ابحث", INTRO, DESCRIPTION, SITE, *back, DISPLAY, acct, shown,
             indic(str(boosts)), indic(str(favs)), *(label for _, _, label in NAV), *SIGN_IN,
             *(label for _, label in (*FOOTER_SITE, *FOOTER_APP) if label != "عن"),
             f"v{VERSION}", "Mastodon")
    media = ""
    og_image = f"{HOST}/system/accounts/avatars/110/512/377/original/almaidan.png"
    if n == 1:
        og_image = f"{HOST}/system/media_attachments/files/112/098/734/original/3f1c9a2e7d8b.jpeg"
        media = f"""<div class="media-gallery" style="height: 300px;"><div class="media-gallery__item" style="inset: auto; width: 100%; height: 100%;"><a class="media-gallery__item-thumbnail" href="{og_image}" target="_blank" rel="noopener noreferrer"><img src="{og_image.replace('/original/', '/small/')}" srcset="{og_image} 1600w, {og_image.replace('/original/', '/small/')} 640w" sizes="640px" alt="{e(article.caption)}" title="{e(article.caption)}" lang="ar" style="object-position: 50% 50%;"></a></div></div>"""
    elif n == 3:
        link = f"{OUTLET}/news/{moment:%Y/%m}/{sid[-5:]}"
        title, desc = CARD
        page.add("almaidan-jo.example", title, desc)
        media = f"""<a href="{link}" class="status-card horizontal interactive" target="_blank" rel="noopener noreferrer"><div class="status-card__image"><div class="status-card__image-image" style="background-image: url(&quot;{HOST}/cache/preview_cards/images/009/881/214/original/bd82c1f0.jpg&quot;);"></div></div><div class="status-card__content"><span class="status-card__host">almaidan-jo.example</span><strong class="status-card__title" title="{e(title)}">{e(title)}</strong><span class="status-card__description">{e(desc)}</span></div></a>"""
    edited = ""
    if n == 2:
        edited = (' · <button type="button" class="dropdown-menu__text-button"><span>عُدّل '
                  'مرةً واحدة</span> <i class="fa fa-caret-down" aria-hidden="true"></i></button>')
        page.add("عُدّل مرةً واحدة")
    replies = "".join(_reply(article, k, r, page) for k, r in enumerate(REPLIES[n], 1))
    plain = " ".join([article.headline, article.lead, *article.paragraphs])
    quote = plain[:49] + "…"
    state = {
        "meta": {"access_token": None, "activity_api_enabled": True, "admin": "109283770521457",
                 "domain": DOMAIN, "limited_federation_mode": False, "locale": "ar",
                 "mascot": None, "profile_directory": True, "registrations_open": True,
                 "repository": "mastodon/mastodon", "search_enabled": True,
                 "trends_enabled": True, "single_user_mode": False, "source_url":
                 "https://github.com/mastodon/mastodon", "sso_redirect": None,
                 "status_page_url": None, "streaming_api_base_url": f"wss://{DOMAIN}",
                 "timeline_preview": True, "title": SITE, "trends_as_landing_page": True,
                 "version": VERSION, "auto_play_gif": False, "display_media": "default",
                 "reduce_motion": False, "use_blurhash": True},
        "compose": {"text": ""}, "accounts": {"110512377204018": {
            "id": "110512377204018", "username": USER, "acct": USER, "display_name": DISPLAY,
            "locked": False, "bot": False, "group": False, "note": f"<p>{NOTE}</p>",
            "url": f"{HOST}/@{USER}", "followers_count": 4812, "following_count": 37}},
        "media_attachments": {"accept_content_types": ["image/jpeg", "image/png", "video/mp4"]},
        "settings": {}, "languages": [["ar", "العربية", "العربية"], ["en", "English", "English"]],
        "push_subscription": None, "role": None,
    }
    state_json = json.dumps(state, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    nav = "".join(f'<a class="column-link column-link--transparent" href="{href}"><i class="fa fa-{icon} column-link__icon fa-fw" aria-hidden="true"></i><span>{label}</span></a>' for href, icon, label in NAV)
    f_site = " · ".join(f'<a href="{h}">{label}</a>' for h, label in FOOTER_SITE)
    f_app = " · ".join(f'<a href="{h}" target="_blank">{label}</a>' if h.startswith("http")
                       else f'<a href="{h}">{label}</a>' for h, label in FOOTER_APP)
    icons = "\n".join(f'<link rel="icon" sizes="{s}x{s}" href="/packs/media/icons/favicon-{s}x{s}-2b37e5c8.png" type="image/png">' for s in (16, 32, 48))
    touch = "\n".join(f'<link rel="apple-touch-icon" sizes="{s}x{s}" href="/packs/media/icons/apple-touch-icon-{s}x{s}-a3f2b1c9.png">' for s in (57, 60, 72, 76, 114, 120, 144, 152, 167, 180, 1024))
    page.html = f"""<!DOCTYPE html>
<html lang="ar">
<head>
<meta charset="utf-8">
<meta content="width=device-width, initial-scale=1" name="viewport">
<link href="/favicon.ico" rel="icon" type="image/x-icon">
{icons}
{touch}
<link color="#6364FF" href="/packs/media/images/logo-symbol-icon-de6b2eb4.svg" rel="mask-icon">
<link href="/manifest" rel="manifest">
<meta content="#191b22" name="theme-color">
<meta content="yes" name="apple-mobile-web-app-capable">
<title>{e(DISPLAY)}: &quot;{e(quote)}&quot; - {SITE}</title>
<link rel="stylesheet" media="all" crossorigin="anonymous" href="/packs/css/common-0d3e9e8b.css">
<link rel="stylesheet" media="all" crossorigin="anonymous" href="/packs/css/default-f9a1b2c3.chunk.css">
<link rel="stylesheet" media="all" id="inert-style" crossorigin="anonymous" href="/packs/css/inert-9d1c2b4a.css">
<script src="/packs/js/common-4e7a0b5c1d2f3a4b5c6d.js" crossorigin="anonymous"></script>
<link rel="preload" href="/packs/js/locale/ar-json-8c3d5e7f9a1b2c3d4e5f.chunk.js" as="script" crossorigin="anonymous">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="q3Jv0rS8nFZkA1yX{n}bW7eTtLr9mQxNp2uCkHdGfVs4oIaE6jY5lZ" />
<meta content="Xk2f9Qd3Lw8Zr1Tn0pVb7A==" name="style-nonce">
<link rel="stylesheet" media="all" href="{HOST}/custom.css">
<link href="{HOST}/api/oembed?format=json&amp;url={e(url)}" rel="alternate" type="application/json+oembed">
<link href="{url}" rel="alternate" type="application/activity+json">
<meta content="{SITE}" property="og:site_name">
<meta content="article" property="og:type">
<meta content="{DISPLAY} ({acct})" property="og:title">
<meta content="{url}" property="og:url">
<meta content="{_utc(moment)[:19]}Z" property="og:published_time">
<meta content="ar" property="og:locale">
<meta content="{USER}@{DOMAIN}" property="profile:username">
<meta content="{e(plain)}" name="description">
<meta content="{e(plain)}" property="og:description">
<meta content="{og_image}" property="og:image">
<meta content="{'summary_large_image' if n == 1 else 'summary'}" property="twitter:card">
<meta name="applicationServerKey" content="BFlT3xq0w2ZrHn8dYcKo9pJm1sVa5uE4gXiL7bN6tQwRyOz3fDkC2hMjP0vSxA1eWqI5nUlG8rTcYb4Zo7Kd9s=">
<script id="initial-state" type="application/json">{state_json}</script>
<script src="/packs/js/application-7b1c9d2e3f4a5b6c7d8e.js" crossorigin="anonymous"></script>
</head>
<body class="app-body theme-default rtl no-reduce-motion layout-single-column">
<div class="notranslate app-holder" data-props="{{&quot;locale&quot;:&quot;ar&quot;}}" id="mastodon"><div tabindex="-1"><div class="ui"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area__panels"><div class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel"><div class="search"><label><span style="display: none;">ابحث</span><input class="search__input" type="text" placeholder="ابحث" aria-label="ابحث" value="" dir="auto"></label><div role="button" tabindex="0" class="search__icon"><i class="fa fa-search active" aria-hidden="true"></i></div></div><div class="server-banner"><div class="server-banner__introduction">{INTRO.replace(DOMAIN, f'<strong>{DOMAIN}</strong>')}</div><a href="/about"><div class="image loaded server-banner__hero"><canvas class="image__preview"></canvas><img src="{HOST}/system/site_uploads/files/000/000/001/@1x/hero.png" alt=""></div></a><div class="server-banner__description">{DESCRIPTION}</div></div><div class="flex-spacer"></div><div class="link-footer"><p><strong>{SITE}</strong>: {f_site}</p><p><strong>Mastodon</strong>: {f_app} · <span class="version">v{VERSION}</span></p></div></div></div></div><div class="columns-area__panels__main"><div class="tabs-bar__wrapper"><div id="tabs-bar__portal"></div></div><div class="columns-area columns-area--mobile"><div role="region" aria-label="تفاصيل المحادثة" class="column"><div class="column-header__wrapper"><h1 class="column-header"><div class="column-header__title"><button class="column-header__back-button"><i class="fa fa-chevron-right column-back-button__icon fa-fw" aria-hidden="true"></i>العودة</button></div><div class="column-header__buttons"><button class="column-header__button" title="توسيع الكل" aria-label="توسيع الكل"><i class="fa fa-eye-slash fa-fw" aria-hidden="true"></i></button></div></h1></div><div class="scrollable" tabindex="-1"><div tabindex="-1"><div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0" aria-label="{e(DISPLAY)}، {e(quote)}"><div><div class="detailed-status"><a href="/@{USER}" class="detailed-status__display-name"><div class="detailed-status__display-avatar"><div class="account__avatar" style="width: 46px; height: 46px;"><img src="{HOST}/system/accounts/avatars/110/512/377/original/almaidan.png" alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">{DISPLAY}</strong></bdi> <span class="display-name__account">{acct}</span></span></a><div class="status__content" tabindex="0"><div class="status__content__text status__content__text--visible translate" lang="ar">{content}</div></div><div class="hashtag-bar">{hashtag_bar}</div>{media}<div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@{USER}/{sid}" target="_blank" rel="noopener noreferrer"><span>{shown}</span></a>{edited} · <i role="img" class="fa fa-globe" title="للعامة"></i> · <a class="detailed-status__link" href="/@{USER}/{sid}/reblogs"><i class="fa fa-retweet" aria-hidden="true"></i><span class="detailed-status__reblogs"><span class="animated-number"><span style="position: static;"><span>{indic(str(boosts))}</span></span></span></span></a> · <a class="detailed-status__link" href="/@{USER}/{sid}/favourites"><i class="fa fa-star" aria-hidden="true"></i><span class="detailed-status__favorites"><span class="animated-number"><span style="position: static;"><span>{indic(str(favs))}</span></span></span></span></a></div></div></div><div class="detailed-status__action-bar"><div class="detailed-status__button"><button type="button" aria-label="ردّ" title="ردّ" class="icon-button" tabindex="0"><i class="fa fa-reply fa-fw" aria-hidden="true"></i></button></div><div class="detailed-status__button"><button type="button" aria-label="إعادة النشر" title="إعادة النشر" class="icon-button" tabindex="0"><i class="fa fa-retweet fa-fw" aria-hidden="true"></i></button></div><div class="detailed-status__button"><button type="button" aria-label="فضّل" title="فضّل" class="icon-button star-icon" tabindex="0"><i class="fa fa-star fa-fw" aria-hidden="true"></i></button></div><div class="detailed-status__button"><button type="button" aria-label="أضفه إلى الفواصل المرجعية" title="أضفه إلى الفواصل المرجعية" class="icon-button" tabindex="0"><i class="fa fa-bookmark fa-fw" aria-hidden="true"></i></button></div><div class="detailed-status__action-bar-dropdown"><button type="button" aria-label="المزيد" title="المزيد" class="icon-button" tabindex="0"><i class="fa fa-ellipsis-h fa-fw" aria-hidden="true"></i></button></div></div></div></div>{replies}</div></div></div></div><div class="columns-area__panels__pane columns-area__panels__pane--start columns-area__panels__pane--navigational"><div class="columns-area__panels__pane__inner"><div class="navigation-panel"><div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/"><svg viewBox="0 0 261 66" class="logo logo--wordmark" role="img"><title>Mastodon</title><use xlink:href="#logo-symbol-wordmark"></use></svg></a><hr></div>{nav}<div class="navigation-panel__sign-in-banner"><hr><div class="sign-in-banner"><p><strong>{SIGN_IN[0]}</strong></p><p>{SIGN_IN[1]}</p><a href="/auth/sign_up" class="button button--block">{SIGN_IN[2]}</a><a href="/auth/sign_in" class="button button--block button-tertiary">{SIGN_IN[3]}</a></div></div><div class="navigation-panel__legal"><hr><a class="column-link column-link--transparent" href="/about"><i class="fa fa-ellipsis-h column-link__icon fa-fw" aria-hidden="true"></i><span>عن</span></a></div><div class="flex-spacer"></div></div></div></div></div><div class="modal-root" style="opacity: 0;"><div style="pointer-events: auto;"></div></div></div></div></div>
<div aria-hidden="true" class="logo-resources" inert tabindex="-1">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 79 79"><symbol id="logo-symbol-icon"><path d="M74.7135 16.6043C73.6199 8.54587 66.5351 2.19527 58.1366 0.964691Z"></path></symbol></svg>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 261 66"><symbol id="logo-symbol-wordmark"><path d="M60.7539 14.4034C59.8143 7.41942 53.7273 1.91557 46.5117 0.849066Z"></path></symbol></svg>
</div>
</body>
</html>
"""
    return page
