"""An Egyptian community news forum on Vanilla Forums 3.3 ("ملتقى الأخبار"), Keystone theme,
vf_ar locale, as a guest sees a discussion `/discussion/<id>/<url-encoded Arabic slug>` whose
first post is a news story a member posted, then the members' comments. Head: `<title>`
"headline — ملتقى الأخبار", dashboard/plugin stylesheets with `?v=`, canonical, og:site_name,
the combined `name="twitter:title" property="og:title"` and `name="description"
property="og:description"` tags (first post cut at ~160 characters + "…"), og:image only with an
image, the `gdn.meta` script, no JSON-LD; `<html lang="ar">` without `dir`. Keystone frame:
`#MainHeader` (hamburger "toggle menu", logo, `Header-desktopNav`, guest MeBox "تسجيل الدخول ·
تسجيل", mobile `Navigation` and `mobileMebox` copies), `BreadcrumbsBox` (BreadcrumbList
"الرئيسية › <category>"), `main.Content.MainContent` and `aside.Panel.Panel-main`. Content:
`div.MessageList.Discussion` with the title bar `#Item_0.PageTitle` (h1), then
`#Discussion_<id>.Item.ItemDiscussion` > `.Item-Header.DiscussionHeader` (`AuthorWrap`,
`AuthorInfo` with `MItem AuthorTitle`/`AuthorLocation`, `MItem DateCreated` Permalink `<time
title datetime>`, `MItem Category` " في <category>") > `Item-Body` > `Message userContent` (the
rich-format post), `UserSignature` (page 1), the untranslated "Tagged:" `InlineTags Meta` list
and the `Reactions` bar (علم, ثاقبة, مدهش, لول, إعجاب). vf_ar sets every date format to
`%Y/%m/%d`: the page shows "2024/03/12" in Africa/Cairo time, the `<time>` title "مارس 12, 2024
2:20PM" (locale months يونيه, يوليه), `datetime` is UTC `+00:00`: page 2's story was posted at
01:15 Cairo summer time, so its `datetime` is the day before. Page 1: the poster's "نقلاً عن ...:"
intro, a rich image embed with the poster's italic caption line, bold words, an "المصدر: ..."
line; page 2: the "كتب: هالة منصور" byline line (the only named writer), an inline link; page 3:
a subheading (text), the poster's closing question and a rich link embed (URL fallback). Then
`CommentsWrap` ("التعليقات", `ul.MessageList.DataList.Comments` of `li.ItemComment`, the
poster's replies `isOriginalPoster`), the guest comment foot, the panel (GuestModule, an
announcement pocket, categories with counts, "أحدث المواضيع" with dates, "في هذا النقاش", Who's
Online with the guest count) and the footer. All of that is chrome; the body is the story."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "vanilla_forum_discussion"
HELD_OUT = True
SET = "unseen30"
FAMILY = ("Vanilla Forums 3.3 Keystone discussion (vf_ar locale): member-posted news story as "
          "the first Message, %Y/%m/%d dates vs UTC datetime, tags, reactions, comments, panel")
HOST = "https://vanilla-multaqa-akhbar.example"
SITE = "ملتقى الأخبار"
ARMONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيه", "يوليه", "أغسطس", "سبتمبر",
            "أكتوبر", "نوفمبر", "ديسمبر")
CATEGORIES = (("أخبار مصر", "akhbar-misr", "1,284"), ("أخبار المحافظات", "mohafazat", "932"),
              ("اقتصاد وأسعار", "iqtisad", "517"), ("رياضة", "riyada", "406"),
              ("منوعات", "monawaat", "238"), ("الإدارة والاقتراحات", "idara", "61"))
NAV = (("/categories", "الأقسام"), ("/discussions", "مناقشات"), ("/activity", "نشاط"))
SIGN_IN, REGISTER = "تسجيل الدخول", "تسجيل"
GUEST_TITLE = "مرحبا بك في هذا المنتدى !"
GUEST_TEXT = "يبدو أنك جديد هنا. إذا كنت تريد أن تتورط، انقر فوق أحد هذه الأزرار!"
ANNOUNCE = ("إعلان الإدارة", "يرجى ذكر مصدر الخبر ورابطه عند النشر في أقسام الأخبار، "
            "والمواضيع المنقولة دون مصدر تحذف بعد 24 ساعة.")
REACTIONS = (("Insightful", "ثاقبة"), ("Awesome", "مدهش"), ("LOL", "لول"), ("Like", "إعجاب"))
FLAG = "علم"
COPYRIGHT = "© ملتقى الأخبار 2025"
# page -> (username, title, location, reaction counts)
POSTERS = {1: ("SharqiaWatch", "عضو مميز", "الزقازيق", (4, 0, 0, 11)),
           2: ("Nour.Elsayed", "مراسلة الملتقى", "الجيزة", (1, 0, 0, 6)),
           3: ("ابن_البحيرة", "عضو نشيط", "إيتاي البارود", (2, 1, 0, 9))}
INTRO = {1: "نقلاً عن بوابة الشرقية اليوم:"}
SOURCE = {1: "المصدر: بوابة الشرقية اليوم"}
BYLINE = {2: "كتب: هالة منصور"}
SIGNATURE = {1: "«الخبر الصادق أمانة» — متابعات يومية من الشرقية"}
QUESTION = {3: "يا ترى الأسعار دي هتكفي المزارع ولا لأ؟ شاركونا رأيكم."}
LINKED = {2: (1, "صفحتها الرسمية", "https://www.facebook.com/CairoTrafficDept.example")}
BOLD = {1: (1, "نحو 420 مصنعا")}
SUBHEAD = {3: 2}
EMBED = {3: "https://www.elbeheira-news.example/agri/2025/09/cotton-auctions-start"}
COMMENTS = {
    1: (("Eng.Tamer", 95, "خطوة ممتازة، بس المهم المتابعة بعد التشغيل الكامل.", (0, 0, 0, 3)),
        ("أم_يوسف", 240, "إحنا ساكنين جنب المصرف ونتمنى الروائح تقل فعلا.", (0, 0, 0, 5)),
        ("SharqiaWatch", 300, "@أم_يوسف إن شاء الله، وهنتابع معاكم أي جديد.", (0, 0, 0, 1))),
    2: (("mohamed_dokki", 40, "كده الزحمة هتتنقل على كوبري أكتوبر بالليل.", (0, 0, 1, 2)),
        ("Nour.Elsayed", 75, "@mohamed_dokki الغلق بالليل بس، والنهار عادي.", (0, 0, 0, 4))),
    3: (("fallah_masri", 30, "جني القطن بدري عندنا في أبو حمص برضه السنة دي.", (0, 0, 0, 2)),
        ("Dr.Hany.Agri", 120, "الصنف جيزة 94 إنتاجيته كويسة لو الري مظبوط.", (1, 0, 0, 6)),
        ("Samah_K", 200, "المهم صرف المستحقات في ميعادها.", (0, 0, 0, 3)),
        ("ابن_البحيرة", 260, "@Samah_K ده أهم طلب للمزارعين فعلا.", (0, 0, 0, 1))),
}
ONLINE = (("SharqiaWatch", "Eng.Tamer", "mod_Karim", "Samah_K"),
          ("Nour.Elsayed", "mod_Karim", "mohamed_dokki"),
          ("ابن_البحيرة", "fallah_masri", "Dr.Hany.Agri", "mod_Karim", "Samah_K"))
GUESTS = ("+12 زوار", "+7 زوار", "+19 زوار")
ASSETS = ("3.3", "3.3", "2021.009")


def _shown(moment) -> str:
    return f"{moment:%Y/%m/%d}"


def _time(moment) -> str:
    local = moment
    hour = local.hour % 12 or 12
    title = (f"{ARMONTHS[local.month - 1]} {local.day}, {local.year} {hour}:{local:%M}"
             f"{'AM' if local.hour < 12 else 'PM'}")
    iso = f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"
    return f'<time title="{title}" datetime="{iso}">{_shown(moment)}</time>'


def _slug(headline: str) -> str:
    words = "".join(c if c.isalnum() or c == " " else " " for c in headline).split()
    return quote("-".join(words), safe="-")


def _photo(user: str) -> str:
    return (f'<a title="{e(user)}" href="/profile/{quote(user)}" class="PhotoWrap js-userCard"'
            f' data-userid="{sum(map(ord, user)) % 9000 + 100}"><img src="{HOST}/uploads/userpics/'
            f'{sum(map(ord, user)) % 97}/n{user.encode().hex()[:10]}.jpg" alt="{e(user)}" '
            'class="ProfilePhoto ProfilePhotoMedium" /></a>')


def _reactions(kind: str, rid: int, counts: tuple[int, ...]) -> str:
    buttons = "".join(
        f'<a href="/react/{kind}/{key.lower()}?id={rid}" title="{label}" class="ReactButton '
        f'ReactButton-{key} React" data-reaction="{key.lower()}" rel="nofollow"><span '
        f'class="ReactSprite React-{key} Reaction-{k}"></span> '
        + (f'<span class="Count">{count}</span> ' if count else "")
        + f'<span class="ReactLabel">{label}</span></a>\n'
        for k, ((key, label), count) in enumerate(zip(REACTIONS, counts, strict=True), 1))
    return f"""<div class="Reactions"><span class="FlagMenu ToggleFlyout"><a href="#" class="ReactButton ReactButton-Flag FlyoutButton" title="{FLAG}" rel="nofollow"><span class="ReactSprite ReactFlag"></span> <span class="ReactLabel">{FLAG}</span></a></span><span class="ReactMenu">
                <span class="ReactButtons"> {buttons}</span>
            </span></div>"""


def _header(kind: str, user: str, title: str, place: str, when, link: str, extra: str) -> str:
    meta_cls = "Meta DiscussionMeta" if kind == "Discussion" else "Meta CommentMeta CommentInfo"
    info = "".join(f' <span class="MItem {cls}">{e(v)}</span>' for cls, v in
                   (("AuthorTitle", title), ("AuthorLocation", place)) if v)
    return f"""<div class="Item-Header {kind}Header">
                    <div class="AuthorWrap"> <span class="Author"> {_photo(user)}<a href="/profile/{quote(user)}" class="Username js-userCard">{e(user)}</a>            </span>
            <span class="AuthorInfo"> {info}            </span>
                    </div> <div class="{meta_cls}">
            <span class="MItem DateCreated"> <a href="{link}" class="Permalink" rel="nofollow">{_time(when)}</a>            </span>
{extra}                    </div>
                </div>"""


def _para(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" rel="nofollow noreferrer ugc">'
                            f'{e(words)}</a>', 1)
    if n in SUBHEAD and SUBHEAD[n] == k:
        return f'<h2 data-id="{quote(text)[:40]}">{html}</h2>'
    return f"<p>{html}</p>"


def _message(article: Article, n: int) -> str:
    out = []
    if n in INTRO:
        out.append(f"<p>{e(INTRO[n])}</p>")
    if n in BYLINE:
        out.append(f"<p><strong>{e(BYLINE[n])}</strong></p>")
    paras = [article.lead, *article.paragraphs]
    for k, text in enumerate(paras):
        out.append(_para(article, n, k, text))
        if k == 0 and article.caption != "-":
            img = f"{HOST}/uploads/editor/q7/r4k2m9tx0bz1.jpg"
            out.append(f"""<div class="embedExternal embedImage display-large float-none">
    <div class="embedExternal-content"> <a class="embedImage-link" href="{img}" rel="nofollow noreferrer noopener ugc" target="_blank">
            <img class="embedImage-img" src="{img}" alt="r4k2m9tx0bz1.jpg" height="533" width="800" loading="lazy" data-display-size="large" data-float="none"></img>
        </a> </div> </div> <p><em>{e(article.caption)}</em></p>""")
    for extra in (SOURCE.get(n), QUESTION.get(n)):
        if extra:
            out.append(f"<p>{e(extra)}</p>")
    if n in EMBED:
        data = json.dumps({"url": EMBED[n], "embedType": "link", "name": article.related[0]},
                          ensure_ascii=False)
        out.append(f'<div class="js-embed embedResponsive" data-embedjson="{e(data)}">'
                   f'<a href="{EMBED[n]}" rel="nofollow noreferrer ugc">{EMBED[n]}</a></div>')
    return "".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    did = int(article.slug)
    url = f"{HOST}/discussion/{did}/{_slug(article.headline)}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    user, utitle, place, counts = POSTERS[n]
    cat = next(c for c in CATEGORIES if c[0] == article.section)
    cat_url = f"{HOST}/categories/{cat[1]}"
    page.add("toggle menu", *(label for _, label in NAV), SIGN_IN, REGISTER, "·", "الرئيسية",
             cat[0], user, utitle, place, shown, f"في {cat[0]}", "Tagged: " + " ".join(article.tags),
             FLAG, *(label for _, label in REACTIONS), INTRO.get(n), SOURCE.get(n),
             BYLINE.get(n), SIGNATURE.get(n), QUESTION.get(n), EMBED.get(n))
    if article.caption != "-":
        page.add(article.caption)
    tags = "\n".join(f'                        <li><a href="/discussions/tagged/{quote(t)}" '
                     f'class="Tag_{t.replace(" ", "_")}">{e(t)}</a></li>' for t in article.tags)
    signature = (f'<div class="UserSignature userContent"><p>{e(SIGNATURE[n])}</p></div>'
                 if n in SIGNATURE else "")
    category = (f' <span class="MItem Category"> في <a href="{cat_url}">{cat[0]}</a></span>\n')
    discussion = f"""<div id="Discussion_{did}" class="Item ItemDiscussion Role_Member">
    <div class="Discussion"> {_header("Discussion", user, utitle, place, moment, url, category)}
                <div class="Item-BodyWrap"> <div class="Item-Body"> <div class="Message userContent"> {_message(article, n)}
                </div> {signature}        <div class="InlineTags Meta">
            Tagged:
            <ul> {tags}
            </ul> </div> {_reactions("discussion", did, counts)}
            </div> </div> </div> </div>"""
    comments = []
    cid = did * 7 + 3
    for k, (cuser, minutes, text, ccounts) in enumerate(COMMENTS[n]):
        cid += 11 + 5 * k
        when = moment + timedelta(minutes=minutes)
        page.add(cuser, _shown(when), text)
        body = e(text)
        if text.startswith("@"):
            mention = text.split()[0]
            body = body.replace(e(mention), f'<a href="/profile/{quote(mention[1:])}" '
                                f'rel="nofollow">{e(mention)}</a>', 1)
        op = " isOriginalPoster" if cuser == user else ""
        link = f"{HOST}/discussion/comment/{cid}/#Comment_{cid}"
        comments.append(f"""<li class="Item Alt ItemComment Role_Member{op}" id="Comment_{cid}">
            <div class="Comment"> <div class="Options"> </div> {_header("Comment", cuser, "", "", when, link, "")}
                <div class="Item-BodyWrap"> <div class="Item-Body"> <div class="Message userContent"> <p>{body}</p>
                        </div> {_reactions("comment", cid, ccounts)}
                    </div> </div> </div> </li>""")
    comment_note = "سجّل الدخول أو أنشئ حساباً للتعليق."
    add_comment = "اضافة تعليق"
    page.add("التعليقات", comment_note, add_comment)
    # ---- panel
    cats = "\n".join(f'<li class="ClearFix Depth1{" Active" if c is cat else ""}">'
                     f'<a href="{HOST}/categories/{c[1]}" class="ItemLink"><span class="Aside">'
                     f'<span class="Count">{c[2]}</span></span> <span class="Name">{c[0]}</span>'
                     "</a></li>" for c in CATEGORIES)
    recent = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=3 + 9 * k, hours=5 * k)
        author = ("mod_Karim", "Eng.Tamer", "fallah_masri")[k]
        page.add(title, author, _shown(when))
        recent.append(f"""<li id="Discussion_{did - 37 * (k + 1)}" class="Item">
        <div class="Title"><a href="{HOST}/discussion/{did - 37 * (k + 1)}/{_slug(title)}">{e(title)}</a></div>
        <div class="Meta"> <span class="MItem">{author}</span>
            <span class="MItem">{_time(when)}</span>
        </div> </li>""")
    people = list(dict.fromkeys([user, *(c[0] for c in COMMENTS[n])]))
    in_this = "\n".join(f'<li><a href="/profile/{quote(p)}" class="UserLink">{e(p)}</a></li>'
                        for p in people)
    online = "\n".join(f'<li>{_photo(p)}</li>' for p in ONLINE[n - 1])
    page.add("الأقسام", "جميع الأقسام", *(c[0] for c in CATEGORIES), *(c[2] for c in CATEGORIES),
             GUEST_TITLE, GUEST_TEXT, *ANNOUNCE, "أحدث المواضيع", "في هذا النقاش",
             f"المتواجدون الآن {len(ONLINE[n - 1])}", GUESTS[n - 1], COPYRIGHT,
             "Powered By Vanilla")
    nav = "\n".join(f"""<div class='Navigation-linkContainer'>
        <a href='{path}' class='Navigation-link {"Selected" if path == "/discussions" else ""}'>
            {label}
        </a> </div>""" for path, label in NAV)
    mebox = (f'<div class="MeBox MeBox-SignIn"><div class="SignInLinks"><a href="/entry/signin?'
             f'Target=discussion%2F{did}" class=" SignInPopup" rel="nofollow">{SIGN_IN}</a> '
             f'<span class="Bullet">&middot;</span> <a href="/entry/register?Target=discussion%2F'
             f'{did}" class="ApplyButton" rel="nofollow">{REGISTER}</a> </div> '
             '<div class="SignInIcons"></div></div>')
    search = ("<div class=\"SiteSearch\" role=\"search\"><form method=\"get\" action=\"/search\">"
              "<div>\n<input type=\"text\" id=\"Form_Search\" name=\"Search\" value=\"\" "
              "placeholder=\"بحث\" accesskey=\"/\" aria-label=\"أدخل لفظ البحث\" title=\"أدخل "
              "لفظ البحث\" class=\"InputBox js-search\" /><input type=\"submit\" id=\"Form_Go\" "
              "name=\"\" value=\"إنتقل\" class=\"Button\" aria-label=\"بحث\" /></div>\n</form>"
              "</div>")
    plain = " ".join([*filter(None, (INTRO.get(n), BYLINE.get(n))), article.lead])
    desc = plain[:160].rsplit(" ", 1)[0] + "…"
    og_image = (f'\n<meta property="og:image" content="{HOST}/uploads/editor/q7/'
                'r4k2m9tx0bz1.jpg" />' if article.caption != "-" else "")
    meta = {"currentThemePath": "/themes/keystone", "ShowUserReactions": "popup",
            "DiscussionID": str(did), "Category": cat[0], "TagHint": "Start to type...",
            "WebRoot": f"{HOST}/", "UrlFormat": "/{Path}",
            "Path": f"discussion/{did}/{_slug(article.headline)}",
            "ResolvedPath": "vanilla/discussion/index", "SignedIn": 0,
            "ui": {"siteName": SITE, "localeKey": "ar", "themeKey": "keystone",
                   "inputFormat": "rich"},
            "context": {"host": "", "basePath": "", "cacheBuster": ASSETS[n - 1]}}
    v = ASSETS[n - 1]
    scripts = "\n".join(f'  <script src="{s}?v={v}" defer="defer"></script>' for s in (
        "/js/library/jquery.js", "/js/global.js", "/plugins/Reactions/js/reactions.js",
        "/themes/keystone/js/custom.js", f"{HOST}/api/v2/locales/ar/translations.js",
        f"{HOST}/dist/forum/runtime.min.js"))
    sheets = "\n".join(f'  <link rel="stylesheet" href="/{p}?v={v}" media="all" />' for p in (
        "applications/dashboard/design/style.css", "applications/dashboard/design/style-compat.css",
        "plugins/Reactions/design/reactions.css", "plugins/Online/design/online.css",
        "applications/vanilla/design/tag.css", "plugins/Signatures/design/signature.css",
        "themes/keystone/design/custom_default.css"))
    page.html = f"""<!DOCTYPE html>
<html lang="ar">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{e(article.headline)} — {SITE}</title>
{sheets}
  <link rel="stylesheet" href="{HOST}/dist/forum/shared.min.css?h={v}" />
  <link rel="shortcut icon" href="{HOST}/uploads/favicon_5d1c0e2b.ico" type="image/x-icon" />
  <link rel="canonical" href="{url}" />
  <meta property="og:site_name" content="{SITE}" />
  <meta name="twitter:title" property="og:title" content="{e(article.headline)}" />
  <meta property="og:url" content="{url}" />
  <meta name="description" property="og:description" content="{e(desc)}" />{og_image}
  <script>gdn=window.gdn||{{}};gdn.meta={json.dumps(meta, ensure_ascii=False)};</script>
{scripts}
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link href="https://fonts.googleapis.com/css?family=Open+Sans:400,400i,700,700i" rel="stylesheet">
</head> <body id="vanilla_discussion_index" class="
    Vanilla Discussion isDesktop index  Section-Discussion Section-Category-{cat[1]}
        hideHomepageTitle
        UserLoggedOut
    locale-ar
">
<div class="Frame" id="page"> <div class="Frame-top"> <div class="Frame-header">
                <header id="MainHeader" class="Header">
<div class="Container"> <div class="row"> <div class="Hamburger"> <button class="Hamburger Hamburger-menuXcross" id="menu-button" aria-label="toggle menu"> <span class="Hamburger-menuLines" aria-hidden="true"> </span> <span class="Hamburger-visuallyHidden sr-only">
                                        toggle menu
</span> </button> </div> <a href="{HOST}/" class="Header-logo">
                                <img src="{HOST}/uploads/logo_multaqa.png" alt="{SITE}" />
                            </a> <a href="{HOST}/" class="Header-logo mobile">
                                <img src="{HOST}/uploads/logo_multaqa_m.png" alt="{SITE}" />
</a> <nav class="Header-desktopNav">
{nav}
                            </nav> <div class="Header-flexSpacer"></div>
<div class="Header-right"> <div class="MeBox-header">
                                    {mebox.replace('MeBox-SignIn', 'MeBox-SignIn FlyoutRight')}
</div> </div> </div> </div> <nav class="Navigation js-nav needsInitialization"> <div class="Container"> <div class="Navigation-row"> <div class="SignIn mobile">
                                        {mebox}
</div> </div> {nav}
</div> </nav> <nav class="mobileMebox js-mobileMebox needsInitialization"> <div class="Container">
                            {mebox}
                            <button class="mobileMebox-buttonClose Close"> <span>×</span>
</button> </div> </nav> </header> </div> <div class="Frame-body"> <div class="Frame-content"> <div class="Container"> <div class="Frame-contentWrap"> <div class="Frame-details"> <div class="Frame-row"> <nav class="BreadcrumbsBox">
                                            <span class="Breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList"><span class="CrumbLabel HomeCrumb" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{HOST}/" itemprop="item"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" content="1" /></span><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><span class="Crumb">›</span><span class="CrumbLabel Category-{cat[1]} Last"><a href="{cat_url}" itemprop="item"><span itemprop="name">{cat[0]}</span></a><meta itemprop="position" content="2" /></span></span></span>
</nav> </div> <div class="Frame-row SearchBoxMobile"> <div class="SearchBox js-sphinxAutoComplete" role="search">
                                            {search}
</div> </div> <div class="Frame-row">
                                    <main class="Content MainContent"> <div class="MessageList Discussion"><!-- Page Title -->
<div id="Item_0" class="PageTitle"><div class="Options"></div><h1>{e(article.headline)}</h1></div>
{discussion}</div><div class="CommentsWrap"><span class="BeforeCommentHeading"></span><div class="DataBox DataBox-Comments"><h2 class="CommentHeading">التعليقات</h2>
<ul class="MessageList DataList Comments"> {"".join(comments)}
</ul> </div><div class="P PagerWrap"></div></div><div class="Foot Closed">
    <div class="Note Closed SignInOrRegister">{comment_note}</div>
    <a href="/entry/signin?Target=discussion%2F{did}" class="Button Primary Stash SignInPopup" rel="nofollow">{add_comment}</a>
</div> </main> <aside class="Panel Panel-main"> <div class="SearchBox js-sphinxAutoComplete" role="search"> {search}
</div> <div class="Box BoxButtons"> </div> <div class="Box GuestBox">
    <h4>{GUEST_TITLE}</h4>
    <p>{GUEST_TEXT}</p>
    <p><a href="/entry/signin?Target=discussion%2F{did}" class="Button Primary SignInPopup" rel="nofollow">{SIGN_IN}</a> <a href="/entry/register?Target=discussion%2F{did}" class="Button ApplyButton" rel="nofollow">{REGISTER}</a></p>
</div> <div class="Box BoxAnnouncement Pocket"><h4>{ANNOUNCE[0]}</h4><p>{ANNOUNCE[1]}</p></div>
<div class="Box BoxCategories"> <h4><a href="{HOST}/categories">الأقسام</a></h4>
    <ul class="PanelInfo PanelCategories"> <li class="ClearFix Heading"><a href="{HOST}/categories" class="ItemLink ItemLinkAllCategories">جميع الأقسام</a></li>
{cats}
</ul> </div> <div class="Box BoxDiscussions">
    <h4>أحدث المواضيع</h4>
    <ul class="PanelInfo PanelDiscussions DataList"> {"".join(recent)}
</ul> </div> <div class="Box InThisDiscussion">
    <h4>في هذا النقاش</h4>
    <ul class="PanelInfo"> {in_this}
</ul> </div> <div id="WhosOnline" class="Box">
    <h4>المتواجدون الآن <span class="Count">{len(ONLINE[n - 1])}</span></h4>
    <ul class="PhotoGrid"> {online}
    </ul> <div class="GuestCountBox"><span class="GuestCountText">{GUESTS[n - 1]}</span></div>
</div> </aside> </div> </div> </div> </div> </div> </div> </div> <div class="Frame-footer"> <footer class="Footer"> <div class="Container"> <div class="row"> <div class="col">
                            <p class="Footer-copyright">{COPYRIGHT}</p>
</div> <div class="col"> <div class="Vanilla-logo">
                              <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 124.418 27" class="PoweredbyVanilla">
                                <title>Powered By Vanilla</title>
                                <path fill="currentColor" d="M72.512,26.847q-.2-.444-.389-.89c-.332-.78-.64-1.57-.909-2.375"/>
</svg> </div> </div> </div> </div> </footer> </div> </div> <div id="modals"></div>
</body> </html> """
    return page
