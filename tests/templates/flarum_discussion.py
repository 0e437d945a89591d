"""A Syrian community forum on Flarum 1.8 ("منتدى سوريا اليوم"), a discussion in its tags "أخبار
محلية"/"اقتصاد" where a member posts a news story from a local paper and others reply, as the
server sends `/d/<id>-<slug>` to a guest. The app shell of core's `frontend/app.blade.php` and
`forum.blade.php`: `<html dir="rtl" lang="ar">`, `<title>` "headline - منتدى سوريا اليوم", the
stylesheets `assets/forum.css` and `assets/forum-ar.css`, the canonical link, the preloads,
core's viewport/description/theme-color metas, then the flarum-seo tags (application-name,
og:type article, og:title/description/url, `article:published_time` in UTC "+00:00",
twitter:card) and its JSON-LD `DiscussionForumPosting` (PHP `json_encode`, escaped slashes). The
forum's custom header HTML (a notice bar), `#app` with the `App-header` holding the forum title
in `#home-link`, and `main.App-content` with core's hidden `#flarum-loading`, the `<noscript>`
alert and the hidden load-error box. The site runs a pre-paint extension, so the server-rendered
discussion is not inside `<noscript>` but in a visible `<div id="flarum-content">`: a
`DiscussionHero` with the `TagsLabel` tag labels, the `<h1>` and the reply count ("3 ردود"), then
an `<ol class="PostStream">` of `PostStream-item`s, each an `article.Post.CommentPost` with the
`PostUser-name` (display name), `PostMeta` `<time>` (UTC `datetime`, local Damascus +03:00 text
"14 آذار 2024" with Levantine months, title with weekday and time), the formatter's
`div.Post-body` and the likes line ("أعجب بهذا ..."); the first post is the story, the replies follow under
an `<h2>` "الردود" (one reply carries a `PostMention`). After the stream the "نقاشات ذات صلة"
list, the empty `#footer` and the custom footer HTML (links, ©). Then the forum scripts, the
`flarum-json-payload` (`@json`: \\u-escaped Arabic, `\\/` slashes, \\u003C tags) holding the
forum resource, the session and the `apiDocument` of the discussion with its posts (contentHtml),
users and tags, and the boot script.
Page 1 opens the story with a "بقلم: ... – صحيفة الشهباء" byline (the only page naming a writer),
an uploaded photo with an italic caption line, and ends with "المصدر: ..."; page 2 was posted at
01:30 Damascus time (the UTC instants are the day before), links a phrase inline and ends with
the poster's question; page 3 has a `<h3>` subheading, bold words and "المصدر: ...". Everything
but the story paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LEVANTINE, WEEKDAYS, Article, Page, e

NAME = "flarum_discussion"
HELD_OUT = True
SET = "unseen24"
FAMILY = "Flarum 1.8 discussion (/d/<id>-<slug>) reposting a news story: visible #flarum-content PostStream, tags, replies, flarum-json-payload, UTC metas"
HOST = "https://flarum-forum-sy.example"
SITE = "منتدى سوريا اليوم"
DESCRIPTION = "مجتمع السوريين لتبادل الأخبار المحلية والنقاش في شؤون المدن والاقتصاد والخدمات"
NOTICE = "يرجى ذكر مصدر الخبر عند النقل، والمواضيع المنقولة دون مصدر تحذف"
LOADING = "جارٍ التحميل..."
NOJS = "يُفضّل تصفح هذا الموقع في متصفح حديث مع تفعيل جافاسكريبت."
LOAD_ERROR = ("حدث خطأ أثناء تحميل النسخة الكاملة من هذا الموقع. "
              "يرجى تحديث الصفحة لإصلاح هذا الخطأ.")
OUTLET = "صحيفة الشهباء"
OUTLET_HOST = "alshahbaa-news.example"
TAG_COLORS = {"أخبار محلية": ("akhbar-mahalliya", "#B72A38"), "اقتصاد": ("iqtisad", "#2F7D4F"),
              "حلب": ("aleppo", ""), "تراث": ("heritage", ""), "دمشق": ("damascus", ""),
              "نقل": ("transport", ""), "اللاذقية": ("latakia", ""), "زراعة": ("agriculture", "")}
POSTERS = (("abu_omar", "أبو عمر الحلبي"), ("sameer.dam", "سمير الشامي"),
           ("latakia_news", "أخبار الساحل"))
LIKES = ((("ruba_h", "ربا حداد"), 6), (("majd99", "مجد"), 2), (("nour.eldin", "نور الدين"), 11))
BYLINE = "بقلم: رهف القاسم – " + OUTLET
SOURCE = "المصدر: " + OUTLET
QUESTION = "هل جرّب أحد الخطوط الجديدة؟ بانتظار تجاربكم بعد الأحد."
LINKED = {2: (2, "الجدول الذي نشرته الشركة على صفحتها")}
BOLD = {3: (4, "كلفة نقل الصندوق الواحد")}
HEADING = {3: 2}
# (page) -> replies: (username, display name, minutes after, likes, text, mentions poster)
REPLIES = {
    1: (("fares_aleppo", "فارس", 48, 3, "خبر يفرح القلب، الخان كان مقصد جدي كل صباح.", False),
        ("lina.k", "لينا", 190, 1, "الأهم أن يلتزموا بالحجر الأصلي لا الإسمنت.", False),
        ("samer_tj", "سامر", 1510, 0, "شكرا على النقل، هل يوجد رابط لمخطط المشروع؟", True)),
    2: (("rami_mezzeh", "رامي", 35, 4, "إذا التزموا بسبع دقائق فعلا ستنحل نصف المشكلة.", False),
        ("hala.jaramana", "هالة", 420, 2, "خط جرمانا يحتاج ضعف هذا العدد، لكنها بداية.", True)),
    3: (("abu_jaafar", "أبو جعفر", 60, 5, "السعر أفضل من العام الماضي لكن النقل يأكل الربح.", 0),
        ("mais_tartous", "ميس", 140, 2, "في بانياس فتح المركز اليوم فعلا والدور طويل.", False),
        ("hasan.farmer", "حسن", 300, 7, "نحتاج معمل العصائر منذ عشرين سنة.", False),
        ("wael_s", "وائل", 2900, 0, "شكرا للمتابعة، ننتظر خبر الدفع للمزارعين.", True)),
}
RELATED_TITLE = "نقاشات ذات صلة"
FOOTER = (("/p/1-about", "من نحن"), ("/p/2-rules", "قواعد المنتدى"), ("/p/3-contact", "اتصل بنا"))
LOCAL = timedelta(hours=3)  # Syria keeps +03:00 all year since October 2022


def _day(moment) -> str:
    local = moment.astimezone(UTC) + LOCAL
    return f"{local.day} {LEVANTINE[local.month - 1]} {local.year}"


def _title(moment) -> str:
    local = moment.astimezone(UTC) + LOCAL
    return f"{WEEKDAYS[local.weekday()]}، {_day(moment)} {local:%H:%M}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _liked(who: tuple[str, str], count: int) -> tuple[str, str]:
    if count == 0:
        return "", ""
    user, name = who
    rest = {1: "", 2: " وشخص آخر", 3: " وشخصان آخران"}.get(count, f" و{count - 1} آخرين")
    html = (f'<div class="Post-likedBy"><i aria-hidden="true" class="icon fas fa-thumbs-up '
            f'Post-likedBy-icon"></i>أعجب بهذا <a href="{HOST}/u/{user}">{e(name)}</a>{rest}</div>')
    return html, f"أعجب بهذا {name}{rest}"


def _label(name: str, tslug: str, color: str) -> str:
    style = f' style="--tag-bg: {color};"' if color else ""
    return (f'<a class="TagLabel{" colored" if color else ""}" href="{HOST}/t/{tslug}"{style}>'
            f'<span class="TagLabel-text"><span class="TagLabel-name">{e(name)}</span></span></a>')


def _story(article: Article, n: int, did: str) -> str:
    paras = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if HEADING.get(n) == k:
            paras.append(f"<h3>{e(text)}</h3>")
            continue
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="https://www.facebook.com/damascus.bus.example/'
                                       f'posts/{did}" rel="ugc nofollow">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        paras.append(f"<p>{html}</p>")
    link = f"https://{OUTLET_HOST}/news/{article.slug}"
    source = f'<p>المصدر: <a href="{link}" rel="ugc nofollow">{OUTLET}</a></p>'
    if n == 1:
        img = (f'<p><img src="{HOST}/assets/files/2024-03-14/1710408291-552817-khan-shouneh.jpg" '
               f'alt="khan-shouneh.jpg"></p>\n<p><em>{e(article.caption)}</em></p>')
        return "\n".join([f"<p>{e(BYLINE)}</p>", img, *paras, source])
    if n == 2:
        return "\n".join([*paras, f"<p>{e(QUESTION)}</p>"])
    return "\n".join([*paras, source])


def _post(index: int, pid: int, user: str, display: str, moment, body: str, likes: str) -> str:
    aside = '<aside class="Post-footer"><ul><li class="item-liked">'
    footer = f"\n            {aside}{likes}</li></ul></aside>" if likes else ""
    return f"""        <li class="PostStream-item" data-index="{index}" data-number="{index + 1}" data-id="{pid}">
          <article class="Post CommentPost">
            <header class="Post-header"><ul>
              <li class="item-user"><div class="PostUser"><h3 class="PostUser-name"><a href="{HOST}/u/{user}"><span class="username">{e(display)}</span></a></h3></div></li>
              <li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle" href="{HOST}/d/{{did}}/{index + 1}"><time pubdate="" datetime="{_utc(moment)}" title="{_title(moment)}" data-humantime="">{_day(moment)}</time></a></div></li>
            </ul></header>
            <div class="Post-body">
{body}
            </div>{footer}
          </article>
        </li>"""


def _payload(article: Article, n: int, did: str, slug: str, posts: list[dict], users: dict,
             tags: list[tuple[str, str, str, int]]) -> str:
    forum = {"type": "forums", "id": "1", "attributes": {
        "title": SITE, "description": DESCRIPTION, "baseUrl": HOST, "basePath": "", "apiUrl":
        f"{HOST}/api", "themePrimaryColor": "#B72A38", "defaultRoute": "/all",
        "canViewForum": True, "canStartDiscussion": False, "allowSignUp": True}}
    included = [{"type": "posts", "id": str(p["id"]), "attributes": {
        "number": k + 1, "createdAt": p["at"], "contentType": "comment",
        "contentHtml": p["html"], "renderFailed": False, "canEdit": False, "canLike": False,
        "likesCount": p["likes"]}, "relationships": {
        "discussion": {"data": {"type": "discussions", "id": did}},
        "user": {"data": {"type": "users", "id": str(users[p["user"]][0])}}}}
        for k, p in enumerate(posts)]
    included += [{"type": "users", "id": str(uid), "attributes": {
        "username": user, "displayName": display, "avatarUrl": None, "slug": user}}
        for user, (uid, display) in users.items()]
    included += [{"type": "tags", "id": str(tid), "attributes": {
        "name": name, "slug": tslug, "color": color, "isPrimary": k == 0, "position":
        k if k == 0 else None}} for k, (name, tslug, color, tid) in enumerate(tags)]
    doc = {"data": {"type": "discussions", "id": did, "attributes": {
        "title": article.headline, "slug": slug, "commentCount": len(posts),
        "participantCount": len(posts), "createdAt": posts[0]["at"],
        "lastPostedAt": posts[-1]["at"], "lastPostNumber": len(posts), "canReply": False,
        "isSticky": False, "isLocked": False, "subscription": None},
        "relationships": {"posts": {"data": [{"type": "posts", "id": str(p["id"])}
                                             for p in posts]},
                          "user": {"data": {"type": "users", "id": str(users[posts[0]["user"]][0])}},
                          "tags": {"data": [{"type": "tags", "id": str(t[3])} for t in tags]}}},
        "included": included}
    payload = {"resources": [forum], "session": {"userId": 0, "csrfToken": f"Xq7Lm{did}pR2v"},
               "locales": {"ar": "العربية", "en": "English"}, "locale": "ar",
               "apiDocument": doc}
    text = json.dumps(payload, separators=(",", ":"))  # ascii: \\u escapes, as PHP
    return (text.replace('\\"', "\\u0022").replace("/", "\\/").replace("<", "\\u003C")
            .replace(">", "\\u003E").replace("&", "\\u0026").replace("'", "\\u0027"))


def render(article: Article, n: int) -> Page:
    moment = article.moment
    did = article.slug
    slug = "-".join(article.headline.split()[:6])
    url = f"{HOST}/d/{did}-{slug}"
    shown = _day(moment)
    page, (user, display) = Page(url=url, html="", shown_date=shown), POSTERS[n - 1]
    users = {user: (310 + 17 * n, display)}
    tags = [(name, *TAG_COLORS.get(name, (f"t{did}{k}", "")), 3 + 5 * k + n)
            for k, name in enumerate(article.tags)]
    replies = REPLIES[n]  # tag names the story itself uses (دمشق, نقل) are no chrome evidence
    count = "ردّان" if len(replies) == 2 else f"{len(replies)} ردود"
    page.add(NOTICE, SITE, NOJS, *(t for t in article.tags if t not in article.body), count)
    page.add(display, shown)
    page.add(*{1: (BYLINE, article.caption, SOURCE), 2: (QUESTION,), 3: (SOURCE,)}[n])
    like_html, like_line = _liked(*LIKES[n - 1])
    page.add(like_line, "الردود", RELATED_TITLE, *article.related, *(x for _, x in FOOTER))
    story = _story(article, n, did)
    first_pid = 20000 + 7 * int(did)
    posts = [{"id": first_pid, "user": user, "at": _utc(moment), "html": story,
              "likes": LIKES[n - 1][1]}]
    items = [_post(0, first_pid, user, display, moment, story, like_html)]
    for k, (ruser, rname, minutes, likes, text, mention) in enumerate(replies, 1):
        when = moment + timedelta(minutes=minutes)
        users[ruser] = (400 + 23 * k + n, rname)
        pid = first_pid + 3 * k
        body = f"<p>{e(text)}</p>"
        if mention:
            body = (f'<p><a href="{HOST}/d/{did}/1" class="PostMention" data-id="{first_pid}">'
                    f"{e(display)}</a> {e(text)}</p>")
            page.add(f"{display} {text}")
        lhtml, lline = _liked(("ruba_h" if n != 1 else "majd99",
                               "ربا حداد" if n != 1 else "مجد"), likes)
        page.add(rname, _day(when), text, lline)
        posts.append({"id": pid, "user": ruser, "at": _utc(when), "html": body, "likes": likes})
        items.append(_post(k, pid, ruser, rname, when, body, lhtml))
    items.insert(1, '        <li class="PostStream-item PostStream-repliesTitle">'
                    '<h2 class="DiscussionPage-repliesHeading">الردود</h2></li>')
    stream = "\n".join(items).replace("{did}", did)
    related = "\n".join(f'          <li><a href="{HOST}/d/{int(did) - 131 * k}">{e(t)}</a></li>'
                        for k, t in enumerate(article.related, 1))
    year = f"© {moment.year} {SITE}. جميع الحقوق محفوظة."
    page.add(year)
    labels = "".join(_label(name, tslug, color) for name, tslug, color, _ in tags)
    plain = " ".join(([BYLINE] if n == 1 else []) + [article.lead, *article.paragraphs])
    excerpt = plain[:157].rsplit(" ", 1)[0] + "..."
    ld = {"@context": "http://schema.org", "@type": "DiscussionForumPosting",
          "publisher": {"@type": "Organization", "name": SITE, "url": HOST},
          "image": f"{HOST}/assets/logo-sy.png", "headline": article.headline, "description":
          excerpt, "datePublished": _utc(moment), "url": url, "dateModified": posts[-1]["at"],
          "author": {"@type": "Person", "name": display, "url": f"{HOST}/u/{user}"},
          "commentCount": len(replies)}
    ld_json = json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    v = ("a3f91c2e", "a3f91c2e", "7d0be514")[n - 1]
    footer_links = " · ".join(f'<a href="{HOST}{path}">{label}</a>' for path, label in FOOTER)
    page.html = f"""<!doctype html>
<html  dir="rtl"        lang="ar" >
    <head>
        <meta charset="utf-8">
        <title>{e(article.headline)} - {SITE}</title>

        <link rel="stylesheet" href="{HOST}/assets/forum.css?v={v}">
<link rel="stylesheet" href="{HOST}/assets/forum-ar.css?v=5c0e9a71">
<link rel="canonical" href="{url}">
<link rel="preload" href="{HOST}/assets/forum.css?v={v}" as="style">
<link rel="preload" href="{HOST}/assets/forum-ar.css?v=5c0e9a71" as="style">
<link rel="preload" href="{HOST}/assets/forum.js?v=0b8d41f6" as="script">
<link rel="preload" href="{HOST}/assets/forum-ar.js?v=e7c2a903" as="script">
<link rel="preload" href="{HOST}/assets/fonts/fa-solid-900.woff2" as="font" type="font/woff2" crossorigin="">
<link rel="preload" href="{HOST}/assets/fonts/fa-regular-400.woff2" as="font" type="font/woff2" crossorigin="">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<meta name="description" content="{e(excerpt)}">
<meta name="theme-color" content="#B72A38">
<meta name="application-name" content="{SITE}">
<meta name="robots" content="index, follow">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(article.headline)}">
<meta name="twitter:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(excerpt)}">
<meta name="twitter:description" content="{e(excerpt)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/assets/logo-sy.png">
<meta property="article:published_time" content="{_utc(moment)}">
<meta property="article:updated_time" content="{posts[-1]["at"]}">
<script type="application/ld+json">{ld_json}</script>
<link rel="shortcut icon" href="{HOST}/assets/favicon-qkx7wd3m.png">
<style>#flarum-content ~ #flarum-loading{{display:none !important}}</style>
    </head>

    <body>
        <div class="SiteNotice"><div class="container">{NOTICE}</div></div>

<div id="app" class="App">

    <div id="app-navigation" class="App-navigation"></div>

    <div id="drawer" class="App-drawer">

        <header id="header" class="App-header">
            <div id="header-navigation" class="Header-navigation"></div>
            <div class="container">
                <div class="Header-title">
                    <a href="{HOST}" id="home-link">
                                                    {SITE}
                                            </a>
                </div>
                <div id="header-primary" class="Header-primary"></div>
                <div id="header-secondary" class="Header-secondary"></div>
            </div>
        </header>

    </div>

    <main class="App-content">
        <div id="notices"></div>

        <div id="content"></div>

        <div id="flarum-loading" style="display: none">
    {LOADING}
</div>

<noscript>
    <div class="Alert">
        <div class="container">
            {NOJS}
        </div>
    </div>
</noscript>

<div id="flarum-loading-error" style="display: none">
    <div class="Alert">
        <div class="container">
            {LOAD_ERROR}
        </div>
    </div>
</div>

<div id="flarum-content" class="DiscussionPage-prepaint">
    <div class="DiscussionHero">
      <div class="container">
        <ul class="DiscussionHero-items">
          <li class="item-tags"><span class="TagsLabel">{labels}</span></li>
          <li class="item-title"><h1 class="DiscussionHero-title">{e(article.headline)}</h1></li>
          <li class="item-replies"><span class="DiscussionHero-replies">{count}</span></li>
        </ul>
      </div>
    </div>

    <div class="container">
      <ol class="PostStream" role="feed" aria-live="off">
{stream}
      </ol>

      <div class="DiscussionPage-related">
        <h3>{RELATED_TITLE}</h3>
        <ul>
{related}
        </ul>
      </div>
    </div>
</div>

        <div class="App-composer">
            <div class="container">
                <div id="composer"></div>
            </div>
        </div>
    </main>

    <footer class="App-footer" id="footer"></footer>

</div>

<div class="CustomFooter"><div class="container"><p>{footer_links}</p><p>{year}</p></div></div>

        <div id="modal"></div>
        <div id="alerts"></div>

        <script>
            document.getElementById('flarum-loading').style.display = 'block';
            var flarum = {{extensions: {{}}}};
        </script>

        <script src="{HOST}/assets/forum.js?v=0b8d41f6"></script>
<script src="{HOST}/assets/forum-ar.js?v=e7c2a903"></script>

        <script id="flarum-json-payload" type="application/json">{_payload(article, n, did, slug, posts, users, tags)}</script>

        <script>
            const data = JSON.parse(document.getElementById('flarum-json-payload').textContent);
            document.getElementById('flarum-loading').style.display = 'none';

            try {{
                flarum.core.app.load(data);
                flarum.core.app.bootExtensions(flarum.extensions);
                flarum.core.app.boot();
            }} catch (e) {{
                var error = document.getElementById('flarum-loading-error');
                error.innerHTML += document.getElementById('flarum-content').textContent;
                error.style.display = 'block';
                throw e;
            }}
        </script>

        <script>new MutationObserver(function (m, o) {{ var c = document.getElementById('flarum-content'); if (c) c.remove(); o.disconnect(); }}).observe(document.getElementById('content'), {{childList: true}});</script>
    </body>
</html>
"""
    return page
