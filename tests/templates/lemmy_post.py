"""An Arabic-language Lemmy instance ("أخبار الناس", Jordan), a post in its news community
!akhbar ("أخبار") where the poster writes the news text as the post body, as lemmy-ui 0.19
serves it (Inferno SSR): one compact line of markup inside `<div id='root'>`, `<!---->` text
separators, and `window.isoData` (the whole `GetPostResponse`/comments JSON, serialized with
`\\u003C`) in the first `<script>` of the head. The head: inferno-helmet's `<title>` "headline
- أخبار الناس", `og:`/`twitter:` meta (the description is the post body's markdown cut at 150
characters), `rel="canonical"` to the post's ap_id, the theme stylesheet. The body: the navbar
(`nav#navbar`: site name, "المجتمعات", "إنشاء منشور", "إنشاء مجتمع", login / sign-up), then
`div.post.container-lg` > `div.row` > `main.col-12.col-md-8.col-lg-9`: `div.post-listing.mt-2`
rendered twice (a `d-block d-sm-none` mobile copy and a `d-none d-sm-block` desktop copy with
the `vote-bar` and `post-score`), each with `h1.h5` title, the created line (`a.person-listing`
with the poster's display name, "إلى", `a.community-link`, the language badge "العربية", "•",
`span.moment-time` printing only a relative time ("منذ 5 ساعات"; the absolute UTC time is
only in its `data-tippy-content` tooltip) and the comments button; then `article#postContent`
> `div.md-div` with the markdown body. Page 1 is an image post (thumbnail button) whose body
opens with the photo and an italic caption line and bolds a phrase; page 2 opens with a "كتب:"
byline line (the poster is the writer), links a phrase and has an `<h3>` subheading (text);
page 3 is a link post to a local paper (hostname line, metadata card with the paper's title and
description) whose body ends with an "المصدر:" line. Then the logged-out comment-form notice,
the mobile "الشريط الجانبي" button, the sort radios and the threaded `ul.comments` tree of
`li.comment` > `article.comment-node` (poster badge, score, relative time, `div.md-div`),
nested replies in inner `ul.comments`. The aside: `div.community-sidebar` (community title,
`!akhbar@host`, "اشترك", the sidebar markdown, the badges: active users per day/week/month/6
months, subscribers, posts, comments, "سجل الإشراف", and "المشرفون:" with their names). The
footer: versions, modlog, instances, docs, code, join-lemmy.org. All of that but the body is
chrome. The page never names a time zone: the only dates are relative ones and UTC ones."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, WEEKDAYS, Article, Page, e

NAME = "lemmy_post"
HELD_OUT = True
SET = "unseen29"
FAMILY = "Lemmy (lemmy-ui 0.19 SSR) news-community post: isoData JSON, doubled post-listing, relative moment-time, md-div body, comment tree, community sidebar"
HOST = "https://lemmy-akhbar-alnas.example"
SITE = "أخبار الناس"
COMM = ("akhbar", "أخبار")
VERSION = "0.19.3"
NAV = (("/communities", "المجتمعات"), ("/create_post", "إنشاء منشور"),
       ("/create_community", "إنشاء مجتمع"))
LOGIN = (("/login", "تسجيل الدخول"), ("/signup", "إنشاء حساب"))
SORTS = ("الرائج", "الأعلى", "الأحدث", "الأقدم")
CHAT = "الدردشة"
SIDEBAR_BTN = "الشريط الجانبي"
MUST_LOGIN = "يجب عليك تسجيل الدخول للتعليق"
NOSCRIPT = "Javascript is disabled. Actions will not work."
SUBSCRIBE = "اشترك"
SIDEBAR_MD = ("مجتمع لنشر الأخبار المحلية من المحافظات الأردنية بصياغة الخبر.",
              "اذكر المصدر في آخر المنشور إن لم يكن الخبر من كتابتك، وتجنب العناوين المضللة.")
MODS = (("hala_news", "هالة"), ("abu_firas", "أبو فراس"))
FOOTER = (("/modlog", "سجل الإشراف"), ("/instances", "المثيلات"),
          ("https://join-lemmy.org/docs/ar/index.html", "الوثائق"),
          ("https://github.com/LemmyNet", "الكود"), ("https://join-lemmy.org", "join-lemmy.org"))
LANG = "العربية"
OP = "الناشر"
# page -> (username, display name), score (up, down), comment count, badges
POSTER = {1: ("irbid_daily", "إربد اليوم"), 2: ("samer_k", "سامر الخطيب"),
          3: ("yarmouk_watch", "عين على اليرموك")}
VOTES = {1: (47, 3), 2: (86, 5), 3: (19, 0)}
AGO = {1: "منذ 5 ساعات", 2: "منذ يومين", 3: "منذ 40 دقيقة"}
BADGES = {1: ("31", "140", "389", "1.1K", "604", "2.3K", "4.7K", "18K"),
          2: ("44", "171", "452", "1.3K", "717", "2.9K", "5.6K", "23K"),
          3: ("58", "203", "531", "1.6K", "845", "3.5K", "6.8K", "29K")}
PHOTO = {1: "9c4f2e1a-7b3d-4c6e-a8f0-2d5b1e9c7a34.jpeg"}
BOLD = {1: (1, "كل يوم اثنين من السابعة صباحا حتى الثانية ظهرا")}
LINKED = {2: (2, "جدول التوزيع المحدث", "https://ywc-water.example/ar/distribution")}
HEADING = {2: 3}
BYLINE = {2: "كتب: سامر الخطيب"}
LINKPOST = {3: ("https://alshamal-today.example/local/2025/01/27/yarmouk-exams",
                "اليرموك تؤجل امتحانات منتصف الفصل أسبوعا",
                "القرار يشمل جميع الكليات والدوام عن بعد يومي الثلاثاء والأربعاء")}
SOURCE = {3: "المصدر: صحيفة الشمال اليوم"}
# page -> comment tree: (id, username, display, score, ago, text, replies)
COMMENTS = {
    1: ((903311, "um_yazan", "أم يزن", 14, "منذ 4 ساعات",
         "رحت الصبح والأسعار فعلا أرخص، بس الزحمة كانت كبيرة عند مدخل الساحة.",
         ((903340, "irbid_daily", "إربد اليوم", 6, "منذ 4 ساعات",
           "إن شاء الله يوسعوها الأسبوع الجاي، البلدية وعدت بمظلات.", ()),)),
        (903402, "khaled_rm", "", 9, "منذ 3 ساعات",
         "ياريت يعملوا نفس الفكرة في الرمثا، عنا مزارعين كثير ما بلاقوا وين يبيعوا.", ()),
        (903517, "nour.h", "نور", 2, "منذ ساعتين", "الجبنة البلدية خلصت قبل ما أوصل 😅", ())),
    2: ((1177820, "zarqa_resident", "", 31, "منذ يومين",
         "أربعة أيام بدون مي وبهالحر، والصهريج صار بسعر ما حدا بقدر عليه.",
         ((1177861, "samer_k", "سامر الخطيب", 12, "منذ يومين",
           "المي وصلت عنا في الغويرية الساعة ستة الصبح، بس الضغط ضعيف.",
           ((1177904, "zarqa_resident", "", 4, "منذ يوم واحد",
             "عنا في معصوم لسا ما وصلت لليوم.", ()),)),)),
        (1178015, "eng_omar", "عمر", 17, "منذ يوم واحد",
         "لازم المقاول يتحاسب، مش أول مرة بصير كسر بسبب حفريات بدون تنسيق.", ())),
    3: ((1402276, "lina_s", "لينا", 7, "منذ 25 دقيقة",
         "قرار صح، الطريق من عجلون كان خطر السنة الماضية في نفس الظرف.", ()),
        (1402311, "yu_student", "", 3, "منذ 8 دقائق",
         "طيب وامتحانات العملي؟ نفس الشي ولا إلها جدول منفصل؟", ())),
}


def _tooltip(moment) -> str:
    """date-fns "PPPPpppp" in the ar locale, on a server running in UTC."""
    u = moment.astimezone(UTC)
    hour = u.hour % 12 or 12
    return (f"{WEEKDAYS[u.weekday()]}، {u.day} {MONTHS[u.month - 1]} {u.year} في "
            f"{hour}:{u:%M:%S} {'ص' if u.hour < 12 else 'م'} GMT+00:00")


def _iso(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.{moment.minute * 7919 % 999999:06d}Z"


def _icon(name: str, classes: str = "icon") -> str:
    return (f'<svg class="{classes}"><use xlink:href="/static/1b5a7c2e/assets/symbols.svg'
            f'#icon-{name}"></use></svg>')


def _person(user: str, display: str) -> str:
    return (f'<a class="person-listing d-inline-flex align-items-baseline text-info" '
            f'title="{user}" href="/u/{user}"><span>{e(display or user)}</span></a>')


def _moment(moment, ago: str) -> str:
    return (f'<span class="moment-time pointer unselectable" '
            f'data-tippy-content="{_tooltip(moment)}">{ago}</span>')


def _md_body(article: Article, n: int) -> tuple[str, list[str]]:
    """The post body as markdown-it renders it, and its chrome lines."""
    chrome, blocks = [], []
    if n in PHOTO:
        src = f"{HOST}/pictrs/image/{PHOTO[n]}"
        blocks.append(f'<p><img src="{src}" alt="صورة" />\n<em>{e(article.caption)}</em></p>')
        chrome.append(article.caption)
    if n in BYLINE:
        blocks.append(f"<p><strong>{e(BYLINE[n])}</strong></p>")
        chrome.append(BYLINE[n])
    for k, para in enumerate((article.lead, *article.paragraphs)):
        text = e(para)
        if n in BOLD and BOLD[n][0] == k:
            text = text.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>")
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            text = text.replace(e(words), f'<a href="{href}" rel="nofollow">{e(words)}</a>')
        tag = "h3" if HEADING.get(n) == k else "p"
        blocks.append(f"<{tag}>{text}</{tag}>")
    if n in SOURCE:
        blocks.append(f"<p><em>{e(SOURCE[n])}</em></p>")
        chrome.append(SOURCE[n])
    return "\n".join(blocks) + "\n", chrome


def _markdown_source(article: Article, n: int) -> str:
    parts = []
    if n in PHOTO:
        parts.append(f"![صورة]({HOST}/pictrs/image/{PHOTO[n]})\n*{article.caption}*")
    if n in BYLINE:
        parts.append(f"**{BYLINE[n]}**")
    for k, para in enumerate((article.lead, *article.paragraphs)):
        if n in BOLD and BOLD[n][0] == k:
            para = para.replace(BOLD[n][1], f"**{BOLD[n][1]}**")
        if n in LINKED and LINKED[n][0] == k:
            para = para.replace(LINKED[n][1], f"[{LINKED[n][1]}]({LINKED[n][2]})")
        parts.append(f"### {para}" if HEADING.get(n) == k else para)
    if n in SOURCE:
        parts.append(f"*{SOURCE[n]}*")
    return "\n\n".join(parts)


def _listing(article: Article, n: int, pid: int) -> str:
    moment = article.moment
    (user, display), (up, down), count = POSTER[n], VOTES[n], _count(COMMENTS[n])
    comm, comm_title = COMM
    if n in LINKPOST:
        url = LINKPOST[n][0]
        title = (f'<a class="link-dark" href="{url}" title="{url}" rel="noopener nofollow">'
                 f'{e(article.headline)}</a>')
        url_line = (f'<p class="small m-0"><a class="fst-italic link-dark link-opacity-75 '
                    f'link-opacity-100-hover" href="{url}" title="{url}" rel="noopener nofollow">'
                    f'{url.split("/")[2]}</a></p>')
        thumb = (f'<a class="text-body" href="{url}" title="{url}" rel="noopener nofollow">'
                 f'<div class="thumbnail rounded bg-light d-flex justify-content-center">'
                 f'{_icon("external-link", "icon d-flex align-items-center")}</div></a>')
    else:
        title = (f'<a class="d-inline link-dark" title="التعليقات" href="/post/{pid}">'
                 f'<span class="d-inline">{e(article.headline)}</span></a>')
        url_line, thumb = "", ""
        if n in PHOTO:
            src = f"{HOST}/pictrs/image/{PHOTO[n]}"
            # a pictrs image of this instance: lemmy-ui prints no hostname line
            thumb = (f'<button type="button" class="thumbnail rounded overflow-hidden '
                     f'd-inline-block position-relative p-0 border-0 bg-transparent" '
                     f'data-tippy-content="توسيع هنا" aria-label="توسيع هنا"><picture>'
                     f'<source srcSet="{src}?format=webp&amp;thumbnail=256" type="image/webp"/>'
                     f'<img src="{src}?thumbnail=256" alt="" title="" loading="lazy" '
                     f'class="overflow-hidden pictrs-image img-fluid thumbnail rounded '
                     f'object-fit-cover"/></picture>{_icon("image")}</button>')
    title_line = f'<div class="post-title"><h1 class="h5 d-inline text-break">{title}</h1></div>'
    created = (f'<div class="small mb-1 mb-md-0">{_person(user, display)}<!----> '
               f'<!---->إلى<!----> <a class="community-link " title="{comm_title}" '
               f'href="/c/{comm}"><span>{comm_title}</span></a><span class="mx-1 badge '
               f'text-bg-light">{LANG}</span><!----> <!---->•<!----> '
               f'{_moment(moment, AGO[n])}</div>')
    comments_btn = (f'<a class="btn btn-link btn-sm text-muted ps-0" title="{count} تعليقات" '
                    f'href="/post/{pid}?scrollToComments=true" data-tippy-content="{count} '
                    f'تعليقات">{_icon("message-square", "icon me-1 icon-inline")}{count}</a>')
    compact = (f'<button type="button" class="btn btn-animate btn-sm btn-link py-0 px-1 '
               f'text-muted" data-tippy-content="تأييد" aria-label="تأييد">'
               f'{_icon("arrow-up1")}<span class="ms-2">{up}</span></button>'
               f'<button type="button" class="ms-2 btn btn-sm btn-link btn-animate btn py-0 '
               f'px-1 text-muted" data-tippy-content="معارضة" aria-label="معارضة">'
               f'{_icon("arrow-down1")}<span class="ms-2">{down}</span></button>')
    line = ('<div class="d-flex align-items-center justify-content-start flex-wrap '
            'text-muted">')
    tip = f"{up - down} نقطة • {up} تأييد • {down} معارضة"
    mobile_title = (f'<div class="row"><div class="col-9">{title_line}{url_line}</div>'
                    f'<div class="col-3 mobile-thumbnail-container">{thumb}</div></div>'
                    if thumb and n in PHOTO else title_line + url_line)
    return (f'<div class="post-listing mt-2"><div class="d-block d-sm-none"><article '
            f'class="row post-container"><div class="col-12">{created}{mobile_title}'
            f'{line}{comments_btn}{compact}</div></div></article></div>'
            f'<div class="d-none d-sm-block"><article class="row post-container"><div '
            f'class="col flex-grow-0"><div class="vote-bar small text-center"><button '
            f'type="button" class="btn-animate btn btn-link p-0 text-muted" '
            f'data-tippy-content="تأييد" aria-label="تأييد" aria-pressed="false">'
            f'{_icon("arrow-up1", "icon upvote")}</button><div class="unselectable pointer '
            f'text-muted post-score" data-tippy-content="{tip}">{up - down}</div><button '
            f'type="button" class="btn-animate btn btn-link p-0 text-muted" '
            f'data-tippy-content="معارضة" aria-label="معارضة" aria-pressed="false">'
            f'{_icon("arrow-down1", "icon downvote")}</button></div></div><div class="col '
            f'flex-grow-1"><div class="row"><div class="col flex-grow-0 px-0"><div class="">'
            f'{thumb}</div></div><div class="col flex-grow-1">{title_line}{url_line}{created}'
            f'{line}{comments_btn}</div></div></div></div></article></div>')


def _count(nodes) -> int:
    return sum(1 + _count(node[6]) for node in nodes)


def _comments(nodes, moment, page: Page, op: str, depth: int = 0) -> str:
    colors = ("rgba(231,76,60,1)", "rgba(241,196,15,1)", "rgba(46,204,113,1)")
    cls = "comments" + (" ms-1" if depth else "") + " border-top border-light"
    out = [f'<ul class="{cls}" style="border-left: 2px solid {colors[depth % 3]} !important;">']
    for cid, user, display, score, ago, text, replies in nodes:
        when = moment + timedelta(minutes=cid % 29 + 3)
        badge = (f'<span class="ms-1 badge text-bg-light" aria-label="{OP}" '
                 f'data-tippy-content="{OP}">{OP}</span>' if user == op else "")
        page.add(display or user, f"{score}•{ago}", text)
        out.append(
            f'<li class="comment list-unstyled"><article id="comment-{cid}" class="details '
            f'comment-node py-2 border-top border-light"><div class="ms-2"><div class="d-flex '
            f'flex-wrap align-items-center text-muted small"><button class="btn btn-sm btn-link '
            f'text-muted me-2" aria-label="طي" data-tippy-content="طي">'
            f'{_icon("minus-square", "icon icon-inline")}</button>{_person(user, display)}'
            f'{badge}<div class="me-lg-5 flex-grow-1 flex-lg-grow-0 unselectable pointer mx-2">'
            f'</div><span class="me-1 fw-bold text-muted" aria-label="{score} نقاط">{score}'
            f'</span><span class="me-1">•</span><span>{_moment(when, ago)}</span></div>'
            f'<div class="comment-content"><div class="md-div"><p>{e(text)}</p>\n</div></div>'
            f'<div class="comment-bottom-btns d-flex justify-content-between '
            f'justify-content-lg-start flex-wrap text-muted fw-bold"></div></div></article>'
            + (_comments(replies, moment, page, op, depth + 1) if replies else "") + "</li>")
    if OP in "".join(out):
        page.add(OP)
    return "".join(out) + "</ul>"


def _sidebar(n: int) -> str:
    (comm, title), host, b = COMM, HOST.split("/")[2], BADGES[n]
    items = [f"{b[0]} مستخدم / يوم", f"{b[1]} مستخدم / أسبوع", f"{b[2]} مستخدم / شهر",
             f"{b[3]} مستخدم / 6 أشهر", f"{b[4]} مشترك محلي", f"{b[5]} مشترك",
             f"{b[6]} منشور", f"{b[7]} تعليق"]
    badges = "".join(
        f'<li class="list-inline-item badge text-bg-secondary{" pointer" if k < 4 else ""}">'
        + item.replace(" / ", "<!----> <!---->/ ") + "</li>" for k, item in enumerate(items))
    mods = "".join(f'<li class="list-inline-item">{_person(u, d)}</li>' for u, d in MODS)
    md = "".join(f"<p>{e(p)}</p>\n" for p in SIDEBAR_MD)
    return (f'<div class="community-sidebar"><aside class="mb-3"><div id="sidebarContainer">'
            f'<section id="sidebarMain" class="card border-secondary mb-3"><div class="card-body">'
            f'<div><h2 class="h5 mb-0"><div class="position-relative mb-2"><picture><img '
            f'src="{HOST}/pictrs/image/akhbar-icon.png?format=webp&amp;thumbnail=96" alt="" '
            f'class="overflow-hidden pictrs-image img-fluid img-icon me-2 rounded-circle"/>'
            f'</picture></div><span class="me-2"><a class="community-link " title="{title}" '
            f'href="/c/{comm}"><span>{title}</span></a></span></h2><a class="community-link '
            f'text-muted" title="!{comm}@{host}" href="/c/{comm}"><span>!{comm}@{host}</span>'
            f'</a></div><div class="mb-2"><button class="btn btn-secondary d-block mb-2 w-100" '
            f'type="button">{SUBSCRIBE}</button></div></div></section><section id="sidebarInfo" '
            f'class="card border-secondary mb-3"><div class="card-body"><div class="md-div">{md}'
            f'</div><ul class="badges my-1 list-inline">{badges}<li class="list-inline-item">'
            f'<a class="badge text-bg-primary" href="/modlog/7">سجل الإشراف</a></li></ul>'
            f'<ul class="list-inline small"><li class="list-inline-item">المشرفون<!---->: </li>'
            f'{mods}</ul></div></section></div></aside></div>'), items


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid = int(article.slug)
    url = f"{HOST}/post/{pid}"
    page = Page(url=url, html="", shown_date=AGO[n])
    (user, display), (up, down), count = POSTER[n], VOTES[n], _count(COMMENTS[n])
    body_html, body_chrome = _md_body(article, n)
    page.add("تخطي إلى المحتوى", SITE, *(label for _, label in NAV + LOGIN), NOSCRIPT, f"{display} إلى {COMM[1]}",
             LANG, "•", AGO[n], f"{count}{up}{down}", str(up - down), *body_chrome,
             MUST_LOGIN, SIDEBAR_BTN, *SORTS, CHAT)
    if n in LINKPOST:
        link, card_title, card_desc = LINKPOST[n]
        page.add(link.split("/")[2], card_title, card_desc)
        card = (f'<div class="card d-none d-sm-block border-secondary mb-3"><div class="row">'
                f'<div class="col-12"><div class="card-body"><h5 class="card-title d-inline">'
                f'<a class="text-body" href="{link}" rel="noopener nofollow">{e(card_title)}</a>'
                f'</h5><span class="d-inline-block ms-2 mb-2 small text-muted"><a class="'
                f'text-muted fst-italic" href="{link}" rel="noopener nofollow">'
                f'{link.split("/")[2]}{_icon("external-link", "icon ms-1")}</a></span><div '
                f'class="card-text small text-muted md-div"><p>{e(card_desc)}</p></div></div>'
                f'</div></div></div>')
    else:
        card = ""
    comments_html = _comments(COMMENTS[n], moment, page, user)
    sidebar, badge_lines = _sidebar(n)
    host = HOST.split("/")[2]
    page.add(f"!{COMM[0]}@{host}", SUBSCRIBE, *SIDEBAR_MD, *badge_lines, "سجل الإشراف",
             "المشرفون:", *(d for _, d in MODS), f"BE: {VERSION}", f"UI: {VERSION}",
             *(label for _, label in FOOTER))
    source = _markdown_source(article, n)
    plain = " ".join(source.replace("*", "").replace("#", "").split())
    description = plain[:150]
    post = {"id": pid, "name": article.headline, "url": LINKPOST[n][0] if n in LINKPOST
            else (f"{HOST}/pictrs/image/{PHOTO[n]}" if n in PHOTO else None),
            "body": source, "creator_id": 2000 + n, "community_id": 7, "removed": False,
            "locked": False, "published": _iso(moment), "deleted": False, "nsfw": False,
            "ap_id": url, "local": True, "language_id": 31, "featured_community": False,
            "featured_local": False}
    if n in LINKPOST:
        post.update(embed_title=LINKPOST[n][1], embed_description=LINKPOST[n][2])
    iso = {"path": f"/post/{pid}", "site_res": {"site_view": {"site": {
        "id": 1, "name": SITE, "actor_id": f"{HOST}/", "description": "مثيل لمي أردني"},
        "local_site": {"default_theme": "browser", "enable_downvotes": True}},
        "version": VERSION}, "routeData": {"postRes": {"data": {"post_view": {
            "post": post, "creator": {"name": user, "display_name": display},
            "community": {"name": COMM[0], "title": COMM[1]},
            "counts": {"comments": count, "score": up - down, "upvotes": up,
                       "downvotes": down}},
        "moderators": [{"moderator": {"name": u, "display_name": d}} for u, d in MODS]},
        "state": "success"}}, "errorPageData": None, "showAdultConsentModal": False}
    iso_js = json.dumps(iso, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    nav = "".join(f'<li class="nav-item"><a class="nav-link" title="{label}" href="{path}">'
                  f'{label}</a></li>' for path, label in NAV)
    login = "".join(f'<li class="nav-item"><a class="nav-link" href="{path}">{label}</a></li>'
                    for path, label in LOGIN)
    foot = "".join(f'<li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>'
                   for href, label in FOOTER)
    sorts = "".join(
        f'<input id="{pid}-{key}" type="radio" class="btn-check" value="{key.title()}"'
        f'{" checked" if key == "hot" else ""}/><label for="{pid}-{key}" class="btn '
        f'btn-outline-secondary pointer{" active" if key == "hot" else ""}">{label}</label>'
        for key, label in zip(("hot", "top", "new", "old"), SORTS, strict=True))
    image = f"{HOST}/pictrs/image/{PHOTO[n]}" if n in PHOTO else ""
    og_image = image and (f'<meta property="og:image" content="{image}"/><meta '
                          f'property="twitter:image" content="{image}"/>')
    page.html = f"""
    <!DOCTYPE html>
    <html lang="ar" dir="rtl">
    <head>
    <script nonce="c2e7a41f0b9d">window.isoData = {iso_js}</script>
    <!-- A remote debugging utility for mobile -->
    <!-- Custom injected script -->
    <title>{e(article.headline)} - {SITE}</title>
    <meta property="title" content="{e(article.headline)} - {SITE}"/><meta property="og:title" content="{e(article.headline)} - {SITE}"/><meta property="twitter:title" content="{e(article.headline)} - {SITE}"/><meta property="og:url" content="{url}"/><meta property="twitter:url" content="{url}"/><meta property="og:type" content="website"/><meta property="twitter:card" content="summary_large_image"/><meta property="description" content="{e(description)}"/><meta property="og:description" content="{e(description)}"/><meta property="twitter:description" content="{e(description)}"/>{og_image}
    <!-- Required meta tags -->
    <meta name="Description" content="Lemmy">
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <link id="favicon" rel="shortcut icon" type="image/x-icon" href={HOST}/pictrs/image/alnas-favicon.png />
    <!-- Web app manifest -->
    <link rel="manifest" href="/manifest.webmanifest" />
    <link rel="apple-touch-icon" href=/static/1b5a7c2e/assets/icons/apple-touch-icon.png />
    <link rel="apple-touch-startup-image" href=/static/1b5a7c2e/assets/icons/apple-touch-icon.png />
    <!-- Styles -->
    <link rel="stylesheet" type="text/css" href="/static/1b5a7c2e/styles/styles.css" />
    <!-- Current theme and more -->
    <link rel="canonical" href="{url}"/><link rel="stylesheet" type="text/css" href="/css/themes/browser.css"/>
    </head>
    <body >
      <noscript>
        <div class="alert alert-danger rounded-0" role="alert">
          <b>{NOSCRIPT}</b>
        </div>
      </noscript>
      <div id='root'><div id="app" class="lemmy-site"><button type="button" class="skip-link bg-light text-dark p-2 text-decoration-none position-absolute start-0 z-3">تخطي إلى المحتوى</button><div class="shadow-sm"><nav class="navbar navbar-expand-md navbar-light p-0 px-3 container-lg" id="navbar"><a id="navTitle" class="d-flex align-items-center navbar-brand me-md-3" title="{SITE}" href="/"><picture><img src="{HOST}/pictrs/image/alnas-icon.png?format=webp&amp;thumbnail=96" alt="" class="overflow-hidden pictrs-image img-fluid img-icon me-1 rounded-circle"/></picture>{SITE}</a><div class="collapse navbar-collapse my-2" id="navbarDropdown"><ul id="navbarLinks" class="me-auto navbar-nav">{nav}</ul><ul class="navbar-nav"><li id="navSearch" class="nav-item"><a class="nav-link d-inline-flex align-items-center d-md-inline-block" title="بحث" href="/search">{_icon("search")}</a></li></ul><ul class="navbar-nav">{login}</ul></div></nav></div><div class="mt-4 p-0 fl-1"><div class="post container-lg"><div class="row"><main class="col-12 col-md-8 col-lg-9 mb-3">{_listing(article, n, pid)}{card}<article id="postContent" class="col-12 card my-2 p-2"><div class="md-div">{body_html}</div></article><div class="mb-2"></div><div class="post-comment-container"><div class="alert alert-warning" role="alert">{_icon("alert-triangle", "icon icon-inline me-2")}<a href="/login">{MUST_LOGIN}</a></div></div><div class="d-block d-md-none"><button class="btn btn-secondary d-inline-block mb-2 me-3">{SIDEBAR_BTN}<!----> {_icon("plus-square", "icon icon-inline")}</button></div><div class="btn-group btn-group-toggle flex-wrap me-3 mb-2" role="group">{sorts}</div><div class="btn-group btn-group-toggle flex-wrap mb-2" role="group"><input id="{pid}-chat" type="radio" class="btn-check" value="1"/><label for="{pid}-chat" class="btn btn-outline-secondary pointer">{CHAT}</label></div><div>{comments_html}</div></main><aside class="d-none d-md-block col-md-4 col-lg-3">{sidebar}</aside></div></div></div><nav class="container-lg navbar navbar-expand-md navbar-light navbar-bg p-3"><div class="navbar-collapse"><ul class="navbar-nav ms-auto"><li class="nav-item"><span class="nav-link">UI: {VERSION}</span></li><li class="nav-item"><span class="nav-link">BE: {VERSION}</span></li>{foot}</ul></div></nav></div></div>
      <script defer src='/static/1b5a7c2e/js/client.js'></script>
    </body>
  </html>
  """
    return page
