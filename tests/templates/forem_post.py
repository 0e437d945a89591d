"""An Arabic developer community on Forem (the software behind dev.to), "مجتمع المطورين العرب",
whose members post tech news, as Forem serves an article page to a logged-out reader. Forem
ships no Arabic interface, so every UI string is Forem's English (`<html lang="en">`) while the
post carries `lang=ar` on its `<article>`. The head: `<title>` "headline - مجتمع المطورين
العرب", the description ending "... Tagged with a, b, c.", og/twitter meta, the `forem:*`
meta, the minimal/views/crayons stylesheets and deferred packs. The body: the `crayons-header`
topbar (skip link, search "Powered by Algolia", "Log in" / "Create account"), the hamburger
panel, then `crayons-layout--article` with three columns: the left `crayons-article-actions`
rail (reaction drawer with Like/Unicorn/Exploding Head/Raised Hands/Fire counts, comments,
"Save" and "Boost", the share dropdown "Copy link", "Share to X" ...), the main column with
the JSON-LD `Article` (UTC `datePublished`), `article.crayons-article` holding
`header.crayons-article__header` (`crayons-article__header__meta`: avatar, author link,
"Posted on <time datetime=UTC>Mar 4 '24</time>" in Forem's `readable_publish_date`: the year
as "'24" for past years, no year with class `date-no-year` for the current year 2025; page 1
adds "• Edited on ..."), the `h1`, the `spec__tags` `crayons-tag` links ("#tag"), then
`crayons-article__main` > `div#article-body.crayons-article__body.text-styles.spec__body`
with the markdown's `<p>`s. Page 1 has a cover image and a subheading (`<h2>` with Forem's
empty anchor); page 2 is posted by the community's news-desk account (no person named), links
a phrase, bolds one and has a body image in `article-body-image-wrapper` with the poster's
italic caption line under it; page 3 embeds another member's post as an `ltag__link` card
mid-text. After the article: `section#comments` "Top comments (N)" with the comment form,
`details.comment-wrapper` threads (name, "•", date, body, "N likes", "Reply"), "Code of Conduct
• Report abuse"; the "Read next" card (related posts with "name - date"); the right sidebar
(author card `branded-7` with Follow, summary, Location/Joined `user-metadata-details`, and
"More from <name>" with two posts and their tags); the `crayons-footer`. All chrome; the
times are printed in UTC, and every story is posted in the UTC day of its +03:00 time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import Article, Page, e

NAME = "forem_post"
HELD_OUT = True
SET = "unseen28"
FAMILY = "Forem (dev.to software) article page of an Arabic dev community: crayons-article, article-body, reactions rail, Top comments, More from, Read next"
HOST = "https://forem-arab.example"
SITE = "مجتمع المطورين العرب"
TAGLINE = "مساحة عربية مفتوحة لمشاركة أخبار التقنية والمعرفة البرمجية"
ASSETS = "https://forem-arab.example/assets"
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
THIS_YEAR = 2025
POSTERS = {
    1: ("laila_shammari", "ليلى الشمري", "صحفية تقنية ومطورة بايثون، أكتب عن الذكاء الاصطناعي",
        "عمّان، الأردن", datetime(2021, 1, 12, 8, 0, tzinfo=UTC), "#3b49df"),
    2: ("arab_news_desk", "نشرة المجتمع", "حساب نشرة الأخبار التقنية اليومية في المجتمع",
        "", datetime(2022, 5, 3, 10, 0, tzinfo=UTC), "#0f766e"),
    3: ("yousef_anezi", "يوسف العنزي", "مهندس أمن معلومات، مهتم باختبار الاختراق والخصوصية",
        "الكويت", datetime(2023, 9, 27, 16, 0, tzinfo=UTC), "#b91c1c"),
}
# like, unicorn, exploding head, raised hands, fire, saves
REACTIONS = {1: (41, 17, 6, 9, 4, 23), 2: (13, 0, 2, 5, 0, 3), 3: (36, 8, 11, 3, 7, 29)}
SUBHEAD = {1: "لماذا اللهجات؟"}
EDITED = {1: timedelta(days=2, hours=3)}
LINKED = {2: (1, "تطبيق مصر الرقمية", "https://digital.gov.eg.example/")}
BOLD = {2: (0, "200 ألف مواطن")}
IMAGE = {2: 1}  # body image after this paragraph index
LTAG = {3: (2, "arab_sec", "سلمان القحطاني", "شرح ثغرة IDOR بأمثلة عملية من تطبيقات حقيقية",
            datetime(2025, 2, 2, 12, 0, tzinfo=UTC), ("أمن", "واجهات"))}
MORE_FROM = {
    1: (("خمس مكتبات عربية لمعالجة النصوص تستحق التجربة", ("بايثون", "عربي")),
        ("ملخص مؤتمر الذكاء الاصطناعي في عمّان", ("ذكاء", "فعاليات"))),
    2: (("نشرة الأسبوع: أبرز أخبار الشركات الناشئة العربية", ("أخبار", "ناشئة")),
        ("نشرة الأسبوع: تحديثات الخدمات السحابية في المنطقة", ("أخبار", "سحابة"))),
    3: (("كيف اختبرت أمان تطبيق توصيل طعام في أسبوع", ("أمن", "تجارب")),
        ("أدوات مجانية لفحص رؤوس HTTP الأمنية", ("أمن", "أدوات"))),
}
READ_NEXT_BY = (("omar_dev", "عمر حداد", 5), ("sara_codes", "سارة بن صالح", 12),
                ("hamza_js", "حمزة الإدريسي", 27))
COMMENTS = {
    1: (("khaled_ml", "خالد المصري", 3, 7, "خطوة رائعة، جربت النموذج على رسائل دعم فني بالعامية "
         "المصرية والنتائج مبشرة جدا."),
        ("noor_nlp", "نور الهدى", 9, 2, "هل تتوفر نسخة مكممة تعمل على ذاكرة 16 جيجابايت؟"),
        ("amine_tn", "أمين التونسي", 30, 0, "أتمنى أن يتحسن أداؤه مع الدارجة التونسية في "
         "النسخة القادمة.")),
    2: (("mahmoud_eg", "محمود عبد العزيز", 2, 4, "فعلتها اليوم في مكتب البريد واستغرقت "
         "أقل من دقيقة."),),
    3: (("fatma_sec", "فاطمة الكندري", 1, 12, "شكرا على التغطية، الإفصاح المسؤول يحتاج قناة "
         "رسمية في كل شركة."),
        ("bader_kw", "بدر الصباح", 5, 3, "ثلاثة أسابيع بلا رد أمر مقلق لمنصة تحفظ بيانات "
         "صحية.")),
}
TOOLTIPS = ("Add reaction", "Like", "Unicorn", "Exploding Head", "Raised Hands", "Fire")
SHARE = ("Copy link", "Copied to Clipboard", "Share to X", "Share to LinkedIn",
         "Share to Facebook", "Share to Mastodon", "Share Post via...", "Report Abuse")
FOOT_NAV = (("/", "Home"), ("/tags", "Tags"), ("/faq", "FAQ"), ("/about", "About"),
            ("/contact", "Contact"), ("/code-of-conduct", "Code of Conduct"),
            ("/privacy", "Privacy Policy"), ("/terms", "Terms of use"))
BUILT = "Built on Forem — the open source software that powers DEV and other inclusive communities."
MADE = f"Made with love and Ruby on Rails. {SITE} © 2022 - 2025."


def _shown(moment: datetime) -> str:
    """Forem's readable_publish_date, in UTC: "Mar 4 '24", or "Jun 10" this year."""
    u = moment.astimezone(UTC)
    return f"{MON[u.month - 1]} {u.day}" + ("" if u.year == THIS_YEAR else f" '{u:%y}")


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def _time(moment: datetime) -> str:
    cls = "date-no-year" if moment.astimezone(UTC).year == THIS_YEAR else "date"
    return f'<time datetime="{_utc(moment)}" class="{cls}">{_shown(moment)}</time>'


def _tags(tags, cls: str = "crayons-tag   ") -> str:
    return "\n".join(f'                      <a class="{cls}" style="\n        --tag-bg: rgba(59, '
                     f'73, 223, 0.10);\n        --tag-prefix: #3b49df;\n      " href="/t/{e(t)}">'
                     f'<span class="crayons-tag__prefix">#</span>{e(t)}</a>' for t in tags)


def _avatar(user: str, size: int = 50) -> str:
    return (f"{HOST}/images/width={size},height={size},fit=cover/uploads/user/profile_image/"
            f"{user}.png")


def _body(article: Article, n: int, page: Page) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if SUBHEAD.get(n) == text:
            anchor = "why-dialects"
            out.append(f'<h2>\n  <a name="{anchor}" href="#{anchor}">\n  </a>\n  {e(text)}\n</h2>')
            continue
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank" '
                                       f'rel="noopener noreferrer">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        out.append(f"<p>{html}</p>")
        if IMAGE.get(n) == k:
            src = f"{HOST}/uploads/articles/{article.slug}-digital-id.jpg"
            out.append(f'<p><a href="{src}" class="article-body-image-wrapper"><img src="{src}" '
                       f'alt="الهوية الرقمية" loading="lazy" width="800" height="450"></a></p>\n\n'
                       f"<p><em>{e(article.caption)}</em></p>")
            page.add(article.caption)
        if n in LTAG and LTAG[n][0] == k:
            _i, user, name, title, when, tags = LTAG[n]
            path = f"/{user}/idor-{article.slug[-3:]}a"
            tag_spans = "\n".join(f'        <span class="ltag__link__tag">#{e(t)}</span>'
                                  for t in tags)
            out.append(f"""<div class="ltag__link">
  <a href="{path}" class="ltag__link__link"><div class="ltag__link__pic"><img src="{_avatar(user, 150)}" alt="{user} image"></div></a>
  <a href="{path}" class="ltag__link__link"><div class="ltag__link__content"><h2>{e(title)}</h2><h3>{e(name)} ・ <span>{_shown(when)}</span></h3>
      <div class="ltag__link__taglist">
{tag_spans}</div></div></a>
</div>""")
            page.add(title, f"{name} ・ {_shown(when)}", *(f"#{t}" for t in tags))
    return "\n\n".join(out)
def _comment(cid: int, user: str, name: str, when: datetime, likes: int, text: str,
             path: str) -> str:
    label = f'<span class="reactions-count">{likes}</span><span class="reactions-label hidden ' \
            f'm:inline-block">&nbsp;{"like" if likes == 1 else "likes"}</span>' if likes else \
            '<span class="reactions-label hidden m:inline-block">Like</span>'
    return f"""<details class="comment-wrapper js-comment-wrapper comment-wrapper--deep-0 root" open>
      <summary><span class="m:mx-1 inline-block align-middle"></span><span class="js-collapse-comment-content inline-block align-middle"></span></summary>
      <div id="comment-node-{cid}" class="comment single-comment-node root comment--deep-0"
        data-comment-id="{cid}" data-path="{path}/comments/{cid:x}"><div class="comment__inner">
    <a href="{HOST}/{user}" class="shrink-0 crayons-avatar m:crayons-avatar--l mt-4 m:mt-3">
    <img class="crayons-avatar__image" width="32" height="32" src="{_avatar(user)}" alt="{user} profile image" /></a><div class="inner-comment comment__details">
    <div class="comment__content crayons-card"><header class="comment__header">
  <a href="{HOST}/{user}" class="crayons-link crayons-link--secondary flex items-center fw-medium"><span class="js-comment-username">{e(name)}</span></a>
  <span class="color-base-30 px-2" role="presentation">&bull;</span>
<a href="{HOST}/{user}/comment/{cid:x}" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="{_utc(when)}">
    {_shown(when)}</time></a><div class="comment__dropdown"><ul class="crayons-dropdown p-1 right-1 s:right-0 s:left-auto fs-base dropdown">
      <li><a href="{HOST}/{user}/comment/{cid:x}" class="crayons-link crayons-link--block permalink-copybtn" data-no-instant>Copy link</a></li>
      <li class="comment-actions hidden" data-action="hide-button"><a href="#" class="crayons-link crayons-link--block hide-comment">Hide</a></li>
      <li class="report-abuse-link-wrapper"><a href="/report-abuse?url={HOST}/{user}/comment/{cid:x}" class="crayons-link crayons-link--block">Report abuse</a></li></ul></div></header>
        <div class="comment__body text-styles text-styles--secondary body"><p>{e(text)}</p></div></div><footer class="comment__footer print-hidden">
  <button class="crayons-btn crayons-btn--ghost crayons-btn--icon-left crayons-btn--s mr-1 reaction-like inline-flex reaction-button" id="button-for-comment-{cid}" data-comment-id="{cid}" title="heart">
    {label}</button>
  <a class="js actions crayons-btn crayons-btn--ghost crayons-btn--s crayons-btn--icon-left toggle-reply-form mr-1 inline-flex" href="#{path}/comments/new/{cid:x}" rel="nofollow">
    <span class="hidden m:inline-block">Reply</span></a></footer></div></div></div>
    </details>"""
def render(article: Article, n: int) -> Page:
    moment = article.moment
    user, name, summary, location, joined, color = POSTERS[n]
    aid = 1700000 + int(article.slug) * 7
    path = f"/{user}/{article.slug}-{aid % 10000:x}"
    url = HOST + path
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    flat = " ".join(article.body.split())
    def count(value: int) -> str:
        if value and str(value) not in flat:
            page.add(str(value))
        return str(value) if value else ""
    page.add("Skip to content", "Powered by Algolia", "Log in", "Create account", SITE,
             *TOOLTIPS, "Jump to Comments", "Save", "Boost", *SHARE)
    like, unicorn, head, hands, fire, saves = REACTIONS[n]
    comments = COMMENTS[n]
    total = sum(REACTIONS[n][:5])
    drawer = "\n".join(
        f"""        <button id="reaction-butt-{cat}" name="{label}" aria-label="{label}" aria-pressed="false" class="crayons-reaction crayons-tooltip__activator relative pt-2 pr-2 pb-1 pl-2" data-category="{cat}">
    <span class="crayons-reaction__icon crayons-reaction__icon--inactive p-0"><img aria_hidden="true" height="32" width="32" src="{ASSETS}/{cat}.svg" /></span>
    <span class="crayons-reaction__count" id="reaction-number-{cat}">{count(value)}</span><span data-testid="tooltip" class="crayons-tooltip__content">
      {label}</span>
</button>""" for cat, label, value in (("like", "Like", like), ("unicorn", "Unicorn", unicorn),
                                       ("exploding_head", "Exploding Head", head),
                                       ("raised_hands", "Raised Hands", hands),
                                       ("fire", "Fire", fire)))
    byline = f"""<a href="/{user}" class="crayons-link fw-bold">{e(name)}</a>"""
    edited = ""
    page.add(name, f"Posted on {shown}", shown)
    if n in EDITED:
        later = moment + EDITED[n]
        edited = f'\n                        <span class="date-edited">• Edited on {_time(later)}</span>'
        page.add(f"• Edited on {_shown(later)}", _shown(later))
    page.add(*(f"#{t}" for t in article.tags))
    cover = ""
    if n == 1:
        cover = f"""
            <a href="{HOST}/uploads/articles/{article.slug}-cover.png" class="crayons-article__cover">
              <img src="{HOST}/images/width=1000,height=420,fit=cover/uploads/articles/{article.slug}-cover.png" width="1000" height="420" style="aspect-ratio: auto 1000 / 420;" alt="Cover image for {e(article.headline)}" class="crayons-article__cover__image" fetchpriority="high" />
            </a>"""
    body = _body(article, n, page)
    page.add(f"Top comments ({len(comments)})", "Subscribe", "Submit", "Preview", "Dismiss",
             "Code of Conduct • Report abuse")
    threads = []
    for k, (c_user, c_name, hours, likes, text) in enumerate(comments):
        when = moment + timedelta(hours=hours)
        threads.append(_comment(aid * 10 + k, c_user, c_name, when, likes, text, path))
        page.add(c_name, "•", _shown(when), "Copy link", "Hide", "Report abuse", text, "Reply",
                 f"{likes} {'like' if likes == 1 else 'likes'}" if likes else "Like")
    read_next = []
    for title, (r_user, r_name, days) in zip(article.related, READ_NEXT_BY, strict=True):
        when = moment - timedelta(days=days)
        page.add(title, f"{r_name} - {_shown(when)}")
        read_next.append(f"""      <a href="/{r_user}/{r_user}-{aid % 997 + days:x}" class="crayons-link flex items-start">
        <span class="crayons-avatar crayons-avatar--xl mr-4 shrink-0"><img src="{_avatar(r_user, 100)}" class="crayons-avatar__image" alt="{r_user} profile image" loading="lazy" /></span>
        <div><h3 class="fs-l fw-bold break-word mb-1">{e(title)}</h3><p class="fs-s color-base-60">{e(r_name)} - {_shown(when)}</p></div>
      </a>""")
    more = []
    for k, (title, tags) in enumerate(MORE_FROM[n]):
        spans = "\n".join(f'              <span class="mr-2">#{e(t)}</span>' for t in tags)
        page.add(title, *(f"#{t}" for t in tags))
        more.append(f"""          <a href="/{user}/{article.slug}-{k + 1}" class="crayons-link crayons-link--contentful">
            {e(title)}<div class="crayons-link__secondary">
{spans}</div>
          </a>""")
    joined_shown = f"{MON[joined.month - 1]} {joined.day}, {joined.year}"
    page.add("Follow", summary, "Joined", joined_shown, f"More from {name}")
    loc = ""
    if location:
        page.add("Location", location)
        loc = f"""
            <li><div class="key">
                Location</div><div class="value">
                {e(location)}</div>
            </li>"""
    page.add(*(label for _, label in FOOT_NAV), f"{SITE} — {TAGLINE}", BUILT, MADE, "Read next")
    foot_nav = "\n".join(f'        <li class="crayons-footer__nav__item"><a href="{href}" '
                         f'class="c-link c-link--block">{label}</a></li>'
                         for href, label in FOOT_NAV)
    desc = flat[:100].rsplit(" ", 1)[0] + "..."
    modified = moment + EDITED.get(n, timedelta(0))
    image = f"{HOST}/social_previews/article/{aid}.png"
    ld = {"@context": "http://schema.org", "@type": "Article",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url, "image": [image],
          "publisher": {"@context": "http://schema.org", "@type": "Organization", "name": SITE,
                        "logo": {"@context": "http://schema.org", "@type": "ImageObject",
                                 "url": f"{HOST}/uploads/logo-192.png", "width": "192",
                                 "height": "192"}},
          "headline": article.headline,
          "author": {"@context": "http://schema.org", "@type": "Person",
                     "url": f"{HOST}/{user}", "name": name},
          "datePublished": _utc(moment), "dateModified": _utc(modified)}
    head = e(article.headline)
    css = ("minimal-5c1e9a0d", "views-8b2f4c71", "crayons-d03e6a19")
    links = "\n".join(f'<link rel="stylesheet" href="{ASSETS}/{c}.css" media="all" '
                      f'id="main-{c.split("-")[0]}-stylesheet" />' for c in css)
    page.html = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{head} - {SITE}</title><link rel="preload" href="/reactions?article_id={aid}" as="fetch" crossorigin="same-origin">
    <link rel="canonical" href="{url}" /><meta name="description" content="{e(desc)} Tagged with {e(', '.join(article.tags))}.">
    <meta name="keywords" content="{e(', '.join(article.tags))}, برمجة, تقنية, مطورين"><meta property="og:type" content="article" />
    <meta property="og:url" content="{url}" /><meta property="og:title" content="{head}" /><meta property="og:description" content="{e(desc)}" />
    <meta property="og:site_name" content="{SITE}" /><meta name="twitter:site" content="@forem_arab"><meta name="twitter:title" content="{head}">
    <meta name="twitter:description" content="{e(desc)}"><meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:widgets:new-embed-design" content="on"><meta name="robots" content="max-snippet:-1, max-image-preview:large, max-video-preview:-1">
      <meta property="og:image" content="{image}" /><meta name="twitter:image:src" content="{image}"><meta name="last-updated" content="2025-07-14 09:12:40 UTC">
      <meta name="user-signed-in" content="false"><meta name="environment" content="production"> {links}<script src="{ASSETS}/base-4a1c.js" defer="defer"></script>
<script src="{ASSETS}/application-9e07.js" defer="defer"></script><meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
      <link rel="icon" type="image/x-icon" href="{HOST}/uploads/favicon-32.png" /><meta name="application-name" content="forem-arab.example">
      <link rel="search" href="{HOST}/open-search.xml" type="application/opensearchdescription+xml" title="{SITE}" /><meta property="forem:name" content="{SITE}" />
      <meta property="forem:logo" content="{HOST}/uploads/logo-512.png" /><meta property="forem:domain" content="forem-arab.example" /></head>
    <body class="sans-serif-article-body default-header" data-user-status="logged-out" data-community-name="{SITE}" data-locale="en">
      <div class="navigation-progress" id="navigation-progress"></div><header id="topbar" class="crayons-header topbar print-hidden">
  <span id="route-change-target" tabindex="-1"></span><a href="#main-content" class="skip-content-link">Skip to content</a><div class="crayons-header__container">
    <a href="/" class="site-logo" aria-label="{SITE} Home"><img class="site-logo__img" src="{HOST}/uploads/logos/logo.png" alt="{SITE}"></a>
    <div class="crayons-header--search js-search-form" id="header-search"><form accept-charset="UTF-8" method="get" action="/search" role="search">
            <input id="search-input" class="crayons-header--search-input crayons-textfield js-search-input" type="text" name="q" placeholder="Search..." autocomplete="off" />
            <a class="crayons-header--search-brand-indicator" href="https://www.algolia.com/developers/" target="_blank" rel="noopener noreferrer">
                Powered by Algolia</a></form></div><div class="flex items-center h-100 ml-auto"><div class="flex" id="authentication-top-nav-actions">
          <span class="hidden m:block"><a href="/enter" class="c-link c-link--block mr-2 whitespace-nowrap ml-auto" data-no-instant>
              Log in</a></span><a href="/enter?state=new-user" class="c-cta c-cta--branded whitespace-nowrap mr-2" data-no-instant>
            Create account</a></div></div></div></header><div class="hamburger"><div class="hamburger__content"><header class="hamburger__content__header">
      <h2 class="fs-l fw-bold flex-1 break-word lh-tight">{SITE}</h2></header></div></div>
<div id="page-content" class="wrapper stories stories-show {' '.join('articletag-' + t for t in article.tags)} articleuser-{aid % 9973}" data-current-page="stories-show">
  <div id="page-content-inner" data-internal-nav="false" data-viewable-id="{aid}" data-viewable-type="Article"><script type="application/ld+json">
    {json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script><div class="crayons-layout crayons-layout--3-cols crayons-layout--article">
    <aside class="crayons-layout__sidebar-left" aria-label="Article actions"><div class="crayons-article-actions print-hidden">
    <div class="crayons-article-actions__inner"><div class="reaction-drawer__outer hoverdown">
  <button id="reaction-drawer-trigger" aria-label="reaction-drawer-trigger" aria-pressed="false" class="hoverdown-trigger crayons-reaction pseudo-reaction crayons-tooltip__activator relative">
      <span class="crayons-reaction__count" id="reaction_total_count">{count(total)}</span><span class="crayons-tooltip__content">
        Add reaction</span></button><div class="reaction-drawer" aria-expanded="false"><div class="reaction-drawer__container">
{drawer}</div></div></div>
<button id="reaction-butt-comment" aria-label="Jump to Comments" aria-pressed="false" class="crayons-reaction crayons-reaction--comment crayons-tooltip__activator relative" data-category="comment">
    <span class="crayons-reaction__count" id="reaction-number-comment" data-count="{len(comments)}">{count(len(comments))}</span>
    <span data-testid="tooltip" class="crayons-tooltip__content">
      Jump to Comments</span></button>
<button id="reaction-butt-readinglist" aria-label="Add to reading list" aria-pressed="false" class="crayons-reaction crayons-reaction--readinglist crayons-tooltip__activator relative" data-category="readinglist">
    <span class="crayons-reaction__count" id="reaction-number-readinglist">{count(saves)}</span><span data-testid="tooltip" class="crayons-tooltip__content">
      Save</span></button>
<button id="reaction-butt-boost" aria-label="Boost" aria-pressed="false" class="crayons-reaction crayons-reaction--boost crayons-tooltip__activator relative">
    <span data-testid="tooltip" class="crayons-tooltip__content">
      Boost</span></button><div class="align-center m:relative">
        <button id="article-show-more-button" aria-controls="article-show-more-dropdown" aria-expanded="false" aria-haspopup="true" class="dropbtn crayons-btn crayons-btn--ghost-dimmed crayons-btn--icon-rounded" aria-label="Share post options"></button>
        <div id="article-show-more-dropdown" class="crayons-dropdown side-bar left-2 right-2 m:right-auto m:left-100 s:left-auto mb-1 m:mb-0 top-unset bottom-100 m:top-0 m:bottom-unset">
          <div><button id="copy-post-url-button" class="flex justify-between crayons-link crayons-link--block w-100 bg-transparent border-0" data-postUrl="{url}">
              <span class="fw-bold">Copy link</span></button>
            <div id="article-copy-link-announcer" aria-live="polite" class="crayons-notice crayons-notice--success my-2 p-1" hidden>Copied to Clipboard</div></div>
          <div class="Desktop-only"><a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://twitter.com/intent/tweet?url={url}">
              Share to X</a>
            <a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}">
              Share to LinkedIn</a><a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://www.facebook.com/sharer.php?u={url}">
              Share to Facebook</a><a target="_blank" class="crayons-link crayons-link--block" rel="noopener" href="https://s2f.kytta.dev/?text={url}">
              Share to Mastodon</a></div><web-share-wrapper shareurl="{url}" sharetitle="{head}" template="web-share-button"></web-share-wrapper>
          <template id="web-share-button"><a href="#" class="dropdown-link-row crayons-link crayons-link--block">Share Post via...</a></template>
          <a href="/report-abuse" class="crayons-link crayons-link--block" id="ReportButtonAuthor">Report Abuse</a></div></div></div></div></aside>
    <main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper">
        <article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="{aid}" data-author-name="{e(name)}" data-author-username="{user}" data-path="{path}" data-published="true" lang=ar
           ><header class="crayons-article__header" id="main-title">{cover}<div class="crayons-article__header__meta">
              <div class="flex s:items-start flex-col s:flex-row"><div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div>
                <div class="flex flex-1 mb-5 items-start"><div class="relative">
                      <a href="/{user}"><img class="radius-full align-middle" src="{_avatar(user)}" width="40" height="40" alt="{e(name)}" /></a></div>
                  <div class="pl-3 flex-1"> {byline}<p class="fs-xs color-base-60">
                        Posted on {_time(moment)}{edited}</p></div></div></div><h1 class=" fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long"> {head}</h1>
                  <div class="spec__tags flex flex-wrap">
{_tags(article.tags)}</div></div></header><div class="crayons-article__main "><div class="crayons-article__body text-styles spec__body" data-article-id="{aid}"
              id="article-body">
                {body}</div></div><section id="comments" data-follow-button-container="true" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
    <header class="relative flex justify-between items-center mb-6"><div class="flex items-center">
        <h2 class="crayons-subtitle-1">Top comments <span class="js-comments-count" data-comments-count="{len(comments)}">({len(comments)})</span></h2></div>
      <div id="comment-subscription" class="print-hidden"><div class="crayons-btn-group">
          <span class="crayons-btn crayons-btn--outlined">Subscribe</span></div></div></header>
    <div id="comments-container" data-testid="comments-container" data-commentable-id="{aid}" data-commentable-type="Article">
<form class="comment-form print-hidden" id="new_comment" action="/comments" accept-charset="UTF-8" method="post"><div class="comment-form__inner">
    <div class="comment-form__field">
      <textarea placeholder="Add to the discussion" id="text-area" class="crayons-textfield comment-textarea crayons-textfield--ghost" aria-label="Add a comment to the discussion" name="comment[body_markdown]"></textarea></div>
    <div class="comment-form__buttons mb-4"><button type="submit" class="crayons-btn mr-2 js-btn-enable" disabled>Submit</button>
      <button type="button" class="preview-toggle crayons-btn crayons-btn--secondary comment-action-preview js-btn-enable mr-2" disabled>Preview</button>
      <a href="/404.html" class="crayons-btn crayons-btn--ghost js-btn-dismiss hidden">Dismiss</a></div></div></form><div class="comments" id="comment-trees-container">
{chr(10).join(threads)}</div></div><div class="fs-s color-base-60 mb-4">
      <a href="/code-of-conduct" class="crayons-link crayons-link--secondary">Code of Conduct</a> • <a href="/report-abuse" class="crayons-link crayons-link--secondary">Report abuse</a></div></section></article></div>
      <div class="crayons-card crayons-card--secondary text-padding print-hidden" id="read-next"><h2 class="crayons-subtitle-1 mb-6">Read next</h2>
{chr(10).join(read_next)}</div></main><aside class="crayons-layout__sidebar-right" aria-label="Right sidebar navigation">
      <div class="crayons-article-sticky grid gap-4 pb-4 break-word" id="article-show-primary-sticky-nav">
        <div class="crayons-card crayons-card--secondary branded-7 p-4 pt-0 gap-4 grid" style="border-top-color: {color};"><div class="-mt-4">
            <a href="/{user}" class="flex">
              <span class="crayons-avatar crayons-avatar--xl mr-2 shrink-0"><img src="{_avatar(user, 90)}" class="crayons-avatar__image" alt="" loading="lazy" /></span>
              <span class="crayons-link crayons-subtitle-2 mt-5">{e(name)}</span></a></div><div class="print-hidden">
            <button name="button" type="button" data-info='{{"className":"User","style":"full"}}' class="crayons-btn follow-action-button whitespace-nowrap follow-user w-100">Follow</button></div>
          <div class="color-base-70">
            {e(summary)}</div><div class="user-metadata-details"><ul class="user-metadata-details-inner">{loc}<li><div class="key">
                Joined</div><div class="value"><time datetime="{_utc(joined)}" class="date">{joined_shown}</time></div></li></ul></div></div>
        <div class="crayons-card crayons-card--secondary"><header class="crayons-card__header"><h3 class="crayons-subtitle-1"> More from
              <a href="/{user}" class="crayons-link">{e(name)}</a></h3></header><div>
{chr(10).join(more)}</div></div></div></aside></div></div></div><footer id="footer" class="crayons-footer print-hidden">
  <div id="footer-container" class="crayons-footer__container"><ul class="footer__nav-links flex justify-center flex-wrap">
{foot_nav}</ul><p class="fs-s crayons-footer__description"><a class="c-link c-link--branded fw-medium" href="/">{SITE}</a> — {TAGLINE}</p><p class="fs-s">
      Built on <a class="c-link c-link--branded" href="https://www.forem.com">Forem</a> — the <a class="c-link c-link--branded" href="{HOST}/t/opensource" rel="noopener">open source</a> software that powers <a class="c-link c-link--branded" href="https://dev.to">DEV</a> and other inclusive communities.</p>
    <p class="fs-s">
      Made with love and <a class="c-link c-link--branded" href="{HOST}/t/rubyonrails">Ruby on Rails</a>. {SITE} <span title="copyright">&copy;</span> 2022 - 2025.</p></div></footer></body></html>
"""
    return page
