"""An Amman freelance journalist's LiveJournal ("قلم حر", user `qalam_hurr`, English site
interface, Arabic entries), entry pages `/<itemid>.html` as LiveJournal serves them in an S2
core2-based journal style. The head: `<title>` "subject: qalam_hurr — LiveJournal", og/twitter
meta (the userpic as og:image, og:site_name "LiveJournal"), canonical, the RSS/Atom and OpenID
links, the l-stat.livejournal.net combo stylesheets and scripts and the `Site.journal` script;
no JSON-LD and no machine-readable publication time. The body: the LJ site bar (`s-header`:
"Find more", "Communities", "Shop", "Search", "Log in", "Create Blog", "English"), the
journal header (`#title` "قلم حر", `#subtitle`, the Recent Entries / Archive / Friends /
Profile / Tags / Memories nav), then `#primary`: the Previous/Next Entry navigation and the
`div.entry-wrapper` with `h3.entry-title`, `span.datetime.entry-date` printed in LJ's English
medium format split into archive links ("Feb. 19th, 2024" then "10:25 am", the poster's local
time, Amman +03:00, with no zone printed), the `div.userpic` and `ljuser` poster, the
`div.entry-content` (page 1: a centred photo with an italic caption line and paragraphs split
by `<br /><br />`; page 2: `<p>` paragraphs opened by a "بقلم: ..." byline, an lj-cut anchor
after the lead and a closing "نُشر في ..." reprint note; page 3: `<br />` text with a bold
phrase and an inline link, then the Location/Mood metadata block), the "Tags:" line, the
management links and the interaction links ("2 comments" / "Leave a comment" / "Reply"), then
the comment thread (`comment-wrapper` with `comment-depth-N`, times printed in UTC "(UTC)",
Link / Reply / Thread / Parent links; page 2 has none). `#secondary` holds the Profile module
(userpic, bio), "Latest Entries" (the related titles) and the Tags module with use counts; the
journal footer "Powered by LiveJournal.com" and the site footer. All of that is chrome; only
page 2 names the writer."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import Article, Page, e

NAME = "livejournal_entry"
HELD_OUT = True
SET = "unseen29"
FAMILY = "LiveJournal S2 core2 journal entry page (English UI, Arabic entries): site bar, entry-title, split English datetime, entry-content, Tags line, comment thread in UTC, sidebar modules"
HOST = "https://lj-qalam-hurr.example"
USER = "qalam_hurr"
USERID = 9870511
TITLE = "قلم حر"
SUBTITLE = "دفتر صحفي مستقل من عمّان"
BIO = "صحفي مستقل، أكتب عن الاقتصاد اليومي والمدن الأردنية والناس الذين لا تصل إليهم الكاميرا."
STAT = "https://l-stat.livejournal.net"
USERPIC = f"https://l-userpic.livejournal.com/131845127/{USERID}"
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SITE_NAV = (("https://www.livejournal.com/ratings/", "Find more"),
            ("https://www.livejournal.com/ratings/users/?type=community", "Communities"),
            ("https://www.livejournal.com/shop/", "Shop"),
            ("https://www.livejournal.com/search/", "Search"))
JOURNAL_NAV = (("/", "Recent Entries"), ("/calendar", "Archive"), ("/friends", "Friends"),
               ("/profile", "Profile"), ("/tag/", "Tags"), ("/tools/memories.bml", "Memories"))
JOURNAL_TAGS = (("أسعار", 9), ("الجفاف", 3), ("الصحافة", 14), ("المفرق", 4), ("المياه", 6),
                ("سوق الخضار", 2), ("عمّان", 21), ("مهنة المتاعب", 7))
FOOTER = ("Terms of Service", "Privacy Policy", "User Agreement", "Help")
REPRINT = "نُشر في صحيفة «الميدان» الأسبوعية، عدد الأحد"
LINK = (2, "دائرة الأرصاد الجوية", "https://www.jmd.gov.jo/")
BOLD = (2, "ثلث المعدل السنوي")
META = {3: (("location", "Location:", "المفرق، الأردن"), ("mood", "Mood:", "worried"))}
# (page) -> comments: (id, user, minutes after posting, depth, parent, text)
COMMENTS = {
    1: ((5123, "nour_amman", 97, 1, None,
         "تقرير جميل يا أستاذ، في سوق إربد الأسعار نفسها تقريبا والناس صارت تشتري بالحبة."),
        (5379, USER, 340, 2, 5123, "شكرا يا نور، سأحاول أن أمر على سوق إربد في الجولة القادمة.")),
    3: ((8011, "hala_writes", 55, 1, None,
         "أهلي في الصفاوي يعيشون الوضع نفسه منذ شهرين، شكرا لأنك كتبت عنهم."),
        (8267, "mafraq_voice", 200, 1, None, "هل لديك أرقام عن عدد الصهاريج الحكومية الحالية؟"),
        (8523, USER, 420, 2, 8267,
         "حسب المسؤول نفسه هناك نحو أربعين صهريجا، وسأنشر التفاصيل في تدوينة لاحقة.")),
}


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _clock(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour:02d}:{moment:%M} {'am' if moment.hour < 12 else 'pm'}"


def _ljuser(user: str) -> str:
    return (f'<span lj:user="{user}" style="white-space: nowrap;" class="i-ljuser  ">'
            f'<a href="https://{user.replace("_", "-")}.livejournal.com/profile/" '
            f'class="i-ljuser-profile"><img class="i-ljuser-userhead" '
            f'src="{STAT}/img/userinfo_v8.svg?v=17080&amp;v=943" /></a>'
            f'<a href="https://{user.replace("_", "-")}.livejournal.com/" '
            f'class="i-ljuser-username"><b>{user}</b></a></span>')


def _content(article: Article, n: int) -> str:
    paras = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n == 3 and k == LINK[0] and LINK[1] in text:
            html = html.replace(e(LINK[1]), f'<a href="{LINK[2]}" target="_blank" '
                                            f'rel="nofollow">{e(LINK[1])}</a>', 1)
        if n == 3 and k == BOLD[0] and BOLD[1] in text:
            html = html.replace(e(BOLD[1]), f"<b>{e(BOLD[1])}</b>", 1)
        paras.append(html)
    if n == 1:
        photo = (f'<div style="text-align: center;"><img src="https://ic.pics.livejournal.com/'
                 f'{USER}/{USERID}/41817/41817_900.jpg" alt="{e(article.caption)}" '
                 f'title="{e(article.caption)}" width="900" height="600" fetchpriority="high" />'
                 f"<br /><i>{e(article.caption)}</i></div><br />")
        return photo + "<br /><br />".join(paras)
    if n == 2:
        body = [f"<p>{paras[0]}</p>", '<a name="cutid1"></a>',
                *(f"<p>{p}</p>" for p in paras[1:])]
        return "\n".join([f"<p><b>بقلم: {e(article.author or '')}</b></p>", *body,
                          f"<p><i>{REPRINT}</i></p>"])
    return "<br />".join(paras)


def _metadata(n: int) -> str:
    if n not in META:
        return ""
    rows = "".join(f'<li><span class="metadata-label metadata-label-{key}">{label} </span>'
                   f'<span class="metadata-item metadata-item-{key}">{value}</span></li>'
                   for key, label, value in META[n])
    return f'\n<div class="metadata bottom-metadata"><ul>{rows}</ul></div>'


def _comment(page: Page, article: Article, cid, user, minutes, depth, parent, text) -> str:
    when = article.moment.astimezone(UTC) + timedelta(minutes=minutes)
    stamp = f"{when:%Y-%m-%d} {_clock(when)} (UTC)"
    page.add(user, stamp, text, "Thread", "Parent" if parent else "")
    url = f"{HOST}/{article.slug}.html"
    parent_link = (f'<li class="link commentparent"><a href="{url}?thread={parent}#t{parent}">'
                   "Parent</a></li>") if parent else ""
    odd = "odd" if depth % 2 else "even"
    return f"""<div class="comment-wrapper comment-wrapper-{odd} comment-depth-{odd} comment-depth-{depth} {'poster-is-owner' if user == USER else ''}" id="ljcmt{cid}" style="margin-left: {(depth - 1) * 25}px">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="comment" id="comment-t{cid}">
<div class="inner">
<div class="header">
<div class="inner">
<span class="datetime">{stamp}</span>
<span class="comment-poster">{_ljuser(user)}</span>
</div>
</div>
<div class="contents">
<div class="inner">
<div class="userpic"><img src="https://l-userpic.livejournal.com/{cid * 7}/{cid * 13}" alt="" width="50" height="50" /></div>
<div class="comment-content">{e(text)}</div>
</div>
</div>
<div class="footer">
<div class="inner">
<ul class="comment-interaction-links text-links">
<li class="link commentpermalink first-item"><a href="{url}?thread={cid}#t{cid}">Link</a></li>
<li class="link reply"><a href="{url}?replyto={cid}">Reply</a></li>
<li class="link thread"><a href="{url}?thread={cid}#t{cid}">Thread</a></li>
{parent_link}
</ul>
</div>
</div>
</div>
</div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/{article.slug}.html"
    shown = f"{MON[moment.month - 1]}. {_ordinal(moment.day)}, {moment.year}"
    clock = _clock(moment)
    page = Page(url=url, html="", shown_date=shown)
    comments = COMMENTS.get(n, ())
    count = (f"{len(comments)} comments" if len(comments) > 1 else "1 comment") \
        if comments else "Leave a comment"
    page.add(*(label for _, label in SITE_NAV), "Log in", "Create Blog", "English", TITLE,
             SUBTITLE, *(label for _, label in JOURNAL_NAV), "Previous Entry", shown, clock,
             USER, "Share", "Add to Memories", "Track This", "Link", count, "Reply",
             "Profile", BIO, "Latest Entries", *article.related, "Tags",
             *(f"{tag} - {uses} uses" for tag, uses in JOURNAL_TAGS),
             "Powered by LiveJournal.com", *FOOTER, f"© 1999-{moment.year} LiveJournal, Inc.")
    if n != 3:
        page.add("Next Entry")
    if n == 1:
        page.add(article.caption)
    if n == 2:
        page.add(f"بقلم: {article.author}", REPRINT)
    for _key, label, value in META.get(n, ()):
        page.add(f"{label} {value}")
    tag_line = "Tags: " + ", ".join(article.tags)
    page.add(tag_line)
    thread = "\n".join(_comment(page, article, *c) for c in comments)
    if comments:
        page.add("Comments")
        thread = (f'<div id="comments">\n<div class="inner">\n<h2 class="comments-header">'
                  f"Comments</h2>\n{thread}\n</div>\n</div>")
    tags_html = ", ".join(f'<a rel="tag" href="{HOST}/tag/{e(t)}">{e(t)}</a>'
                          for t in article.tags)
    ym = f"{moment:%Y/%m}"
    date_html = (f'<span class="datetime entry-date"><span class="date">'
                 f'<a href="{HOST}/{ym}/">{MON[moment.month - 1]}</a>. '
                 f'<a href="{HOST}/{ym}/{moment:%d}/">{_ordinal(moment.day)}</a>, '
                 f'<a href="{HOST}/{moment.year}/">{moment.year}</a></span> '
                 f'<span class="time">{clock}</span></span>')
    prev_id, next_id = int(article.slug) - 256, int(article.slug) + 256
    nav = [f'<li class="page-back"><a href="{HOST}/{prev_id}.html">Previous Entry</a></li>']
    if n != 3:
        nav.append(f'<li class="page-forward"><a href="{HOST}/{next_id}.html">Next Entry</a></li>')
    latest = "\n".join(f'<li><a href="{HOST}/{int(article.slug) - 512 * (k + 1)}.html">{e(t)}'
                       "</a></li>" for k, t in enumerate(article.related))
    tag_mod = "\n".join(f'<li><a rel="tag" href="{HOST}/tag/{e(t)}">{e(t)}</a> - '
                        f'<span class="detail-tagcount">{uses} uses</span></li>'
                        for t, uses in JOURNAL_TAGS)
    site_nav = "\n".join(f'<li class="s-nav-item"><a href="{href}" class="s-nav-item__name">'
                         f"{label}</a></li>" for href, label in SITE_NAV)
    journal_nav = "\n".join(f'<li><a href="{HOST}{href}">{label}</a></li>'
                            for href, label in JOURNAL_NAV)
    footer = "\n".join(f'<li class="s-footer-nav__item"><a href="https://www.livejournal.com/'
                       f'legal/{label.lower().replace(" ", "-")}.bml">{label}</a></li>'
                       for label in FOOTER)
    desc = article.lead[:150].rsplit(" ", 1)[0] + "…"
    site = {"journal": {"journal": USER, "journal_id": USERID, "journal_type": "P",
                        "journal_url": f"{HOST}/", "is_personal": True},
            "entry": {"ditemid": int(article.slug), "subject": article.headline,
                      "replycount": len(comments)},
            "remote": None, "currentLanguage": "en_LJ", "has_remote": False}
    site_js = json.dumps(site, ensure_ascii=False).replace("<", "\\u003c")
    version = (1708331120, 1699214420, 1741497300)[n - 1]
    mgmt = (f'<li class="link share first-item"><a href="https://www.livejournal.com/'
            f'tools/tellafriend.bml?journal={USER}&amp;itemid={article.slug}">Share</a></li>'
            f'<li class="link mem_add"><a href="https://www.livejournal.com/tools/memadd.bml?'
            f'journal={USER}&amp;itemid={article.slug}">Add to Memories</a></li>'
            f'<li class="link watch_comments"><a href="https://www.livejournal.com/manage/'
            f'subscriptions/entry.bml?journal={USER}&amp;itemid={article.slug}">Track This</a>'
            "</li>")
    readlink = (f'<li class="entry-readlink"><a href="{url}#comments">{count}</a></li>'
                f'<li class="entry-replylink"><a href="{url}?mode=reply">Reply</a></li>'
                if comments else
                f'<li class="entry-replylink"><a href="{url}?mode=reply">{count}</a></li>'
                f'<li class="entry-replylink-2"><a href="{url}?mode=reply#add_comment">'
                "Reply</a></li>")
    page.html = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="{STAT}/??schemius_v4/headerbar.css,schemius_v4/footer.css,journal/controlstrip-new.css,lj_base-journal.css?v={version}" />
<link rel="stylesheet" type="text/css" href="{HOST}/res/{USERID}/stylesheet?{version}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(desc)}" />
<meta property="og:image" content="{USERPIC}" />
<meta property="og:url" content="{url}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="LiveJournal" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:site" content="@livejournal" />
<meta name="description" content="{e(desc)}" />
<link rel="canonical" href="{url}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{HOST}/data/atom" />
<link rel="service.feed" type="application/atom+xml" title="AtomAPI-enabled feed" href="https://www.livejournal.com/interface/atom/feed" />
<link rel="openid.server" href="https://www.livejournal.com/openid/server.bml" />
<link rel="meta" type="application/rdf+xml" title="FOAF" href="{HOST}/data/foaf" />
<script type="text/javascript">
    Site = window.Site || {{}};
    (function(){{ var p = {site_js}, i; for (i in p) Site[i] = p[i]; }})();
</script>
<script type="text/javascript" src="{STAT}/??.ljlib.js,basic.js,jquery/jquery.lj.journalPromoStrip.js,journal.js?v={version}"></script>
<title>{e(article.headline)}: {USER} — LiveJournal</title>
</head>
<body class="page-entry two-columns column-right logged-out s-schemius" dir="ltr">
<div class="s-header">
<div class="s-header-inner">
<a class="s-header__logo" href="https://www.livejournal.com/" title="LiveJournal"><span class="s-header__logo-img"></span></a>
<nav class="s-nav"><ul class="s-nav-rootlist">
{site_nav}
</ul></nav>
<div class="s-header-extra">
<a class="s-header-extra__link s-header-extra__link--login" href="https://www.livejournal.com/login.bml?returnto={url}">Log in</a>
<a class="s-header-extra__link s-header-extra__link--signup" href="https://www.livejournal.com/create">Create Blog</a>
<span class="s-header-extra__lang">English</span>
</div>
</div>
</div>
<div id="canvas">
<div class="inner">
<div id="header">
<div class="inner">
<h1 id="title"><span><a href="{HOST}/">{TITLE}</a></span></h1>
<h2 id="subtitle">{SUBTITLE}</h2>
<ul class="journal-nav">
{journal_nav}
</ul>
</div>
</div>
<div id="content">
<div class="inner">
<div id="primary">
<div class="inner">
<div id="entries">
<div class="navigation topnav"><div class="inner"><ul>
{chr(10).join(nav)}
</ul></div></div>
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-P poster-{USER} journal-{USER} has-userpic has-subject" id="entry-wrapper-{article.slug}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="entry" id="entry-{article.slug}">
<div class="inner">
<div class="header">
<div class="inner">
<h3 class="entry-title"><a title="{e(article.headline)}" href="{url}">{e(article.headline)}</a></h3>
{date_html}
</div>
</div>
<div>
<div class="contents">
<div class="inner">
<div class="userpic"><a href="https://www.livejournal.com/allpics.bml?user={USER}"><img src="{USERPIC}" title="{USER}" alt="{USER}" height="100" width="100" /></a></div>
<span class="poster entry-poster">{_ljuser(USER)}</span>
<div class="entry-content">{_content(article, n)}</div>{_metadata(n)}
</div>
</div>
</div>
<div class="footer">
<div class="inner">
<div class="tag"><span class="tag-text">Tags:</span> {tags_html}</div>
<ul class="entry-management-links text-links">{mgmt}</ul>
<ul class="entry-interaction-links text-links">
<li class="entry-permalink first-item"><a href="{url}">Link</a></li>{readlink}
</ul>
</div>
</div>
</div>
</div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>
{thread}
</div>
</div>
</div>
<div id="secondary">
<div class="inner">
<div class="module-wrapper"><div class="module-userprofile module"><div class="inner">
<h2 class="module-header">Profile</h2>
<div class="module-content">
<div class="userpic"><img src="{USERPIC}" alt="" width="100" height="100" /></div>
<ul class="userlite-interaction-links"><li>{_ljuser(USER)}</li></ul>
<p class="journal-bio">{BIO}</p>
</div>
</div></div></div>
<div class="module-wrapper"><div class="module-customtext module"><div class="inner">
<h2 class="module-header">Latest Entries</h2>
<ul class="module-list">
{latest}
</ul>
</div></div></div>
<div class="module-wrapper"><div class="module-tags_multilevel module"><div class="inner">
<h2 class="module-header"><a href="{HOST}/tag/">Tags</a></h2>
<ul class="module-list">
{tag_mod}
</ul>
</div></div></div>
</div>
</div>
</div>
</div>
<div id="footer"><div class="inner">Powered by <a href="https://www.livejournal.com/">LiveJournal.com</a></div></div>
</div>
</div>
<footer class="s-footer">
<ul class="s-footer-nav">
{footer}
</ul>
<p class="s-footer-copy">© 1999-{moment.year} LiveJournal, Inc.</p>
</footer>
</body>
</html>
"""
    return page
