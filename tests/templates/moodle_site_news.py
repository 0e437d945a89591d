"""An Iraqi university's e-learning platform on Moodle 4.1 (Boost, Arabic pack, Asia/Baghdad
+03:00), where the media office posts news in the front page "site news" forum (renamed "أخبار
الجامعة"), as `mod/forum/discuss.php?d=N` serves it to a visitor who is not logged in. Head:
`<title>` "مودل جامعة الحضر: headline" (site short name: discussion name), the theme favicon,
the `keywords` meta "moodle, <title>", the YUI combo and `styles.php/boost/<rev>_1/all-rtl`
sheets and the `M.cfg` script; no og/twitter meta, no JSON-LD (Moodle prints none). Body
`#page-mod-forum-discuss` (`format-site ... dir-rtl lang-ar ... notloggedin uses-drawers`): skip
link; fixed-top `nav.navbar` with the brand, the primary `moremenu` (home, the site's custom menu,
a hidden "المزيد"), the language menu ("العربية ‎(ar)‎") and the guest's "دخول"; the right block
drawer `#theme_boost-drawers-blocks` with `block_news_items` ("آخر الأخبار": "10 مارس، 09:30",
poster, title link, "مواضيع أقدم ..."), `block_calendar_upcoming` and an HTML block "روابط مهمة",
each `section.block.card` behind its "تخطي ..." link; `#page`: the drawer toggle, `header#page-
header` with the one-item `ol.breadcrumb` (the forum), the h1 site full name and the forum search
form; the secondary tab "المنتدى"; `#region-main`: h2 forum name, `h3.discussionname`, the
`discussion-nav` prev/next links (top and bottom; page 3, the newest, has no next), the display
mode `single_select`, then `article.forum-post-container` > `div.forumpost.firstpost.starter`:
avatar, `h3` subject, `<address>` "بواسطة <name> - <time>الاثنين، 4 مارس 2024، 10:15 ص</time>"
(strftimedaydatetime, no `datetime` in 4.1: the only date of the post), `div.post-content-
container` (the Atto message), tag badges (`div.tag_list`, hidden "الوسوم:"), the "الرابط الثابت"
and "رد" links; then the popover footer (docs link, "أنت لم تسجل دخولك بعد. (دخول)", data
retention summary, mobile app, "Powered by Moodle"). Page 1: the office account "إعلام الجامعة"
posts; the message opens with an Atto image and a centred italic caption paragraph, bolds a
figure, ends with the signature "شعبة الإعلام والاتصال الحكومي" (chrome). Page 2: a named staff
member posts (the only byline), a phrase links to the admissions portal, an image attachment
follows, no tags. Page 3: the office again; an `<h4>` subheading (body), a YouTube `mediaplugin`
iframe, a PDF attachment. All but the message's own paragraphs is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, WEEKDAYS, Article, Page, e

NAME = "moodle_site_news"
HELD_OUT = True
SET = "unseen23"
FAMILY = "Moodle 4.1 Boost site-news forum discussion (discuss.php): forumpost header \"بواسطة name - date\", Atto message, permalink/reply, discussion nav, block drawer, popover footer"
HOST = "https://moodle-univ-iq.example"
SHORT = "مودل جامعة الحضر"
FULL = "منصة التعليم الإلكتروني في جامعة الحضر"
FORUM = "أخبار الجامعة"
REV = "1709876543"
OFFICE = ("إعلام الجامعة", 57)
POSTERS = {1: OFFICE, 2: ("حيدر عبد الأمير الساعدي", 213), 3: OFFICE}
SIGNATURE = "شعبة الإعلام والاتصال الحكومي"
CUSTOM_MENU = (("https://univ-hatra.example/", "موقع الجامعة"), (f"{HOST}/mod/page/view.php?id=12", "دليل الطالب"), (f"{HOST}/mod/page/view.php?id=15", "الدعم الفني"))
LANGS = ("العربية \u200e(ar)\u200e", "English \u200e(en)\u200e")
MODES = ((1, "عرض الردود بشكل مسطح، مع الأقدم أولاً"), (-1, "عرض الردود بشكل مسطح، مع الأحدث أولاً"),
         (2, "عرض الردود بشكل متفرع"), (3, "عرض الردود بشكل متداخل"))
LINKS = (("https://univ-hatra.example/", "الموقع الرسمي للجامعة"), ("https://portal.univ-hatra.example/", "بوابة الطالب الإلكترونية"),
         ("https://library.univ-hatra.example/", "المكتبة الافتراضية"), (f"{HOST}/mod/page/view.php?id=9", "دليل استخدام المنصة للتدريسيين"))
OLDER_NEWS = ("تمديد فترة تسليم استمارات الزمالة البحثية حتى نهاية الشهر",
              "جامعة الحضر تحقق تقدما في تصنيف التايمز للجامعات العربية",
              "تعطيل الدوام الرسمي يوم الخميس بمناسبة العطلة الرسمية")
# (page) -> a story paragraph's words the media office bolded / linked in Atto: (index, words)
BOLD = {1: (2, "186 بحثا")}
LINKED = {2: (1, "البوابة الإلكترونية للدراسات العليا", "https://postgrad.univ-hatra.example/apply")}
VIDEO = "https://www.youtube.com/embed/Qm7tRz0LhWc?rel=0&amp;wmode=transparent"
ATTACH = {2: "ملصق_التقديم_2024.jpg", 3: "استمارة_المتبرع.pdf"}
STRINGS = {  # the ar language pack's strings as the page prints them
    "skip": "انتقل إلى المحتوى الرئيسي", "side": "لوحة جانبية", "more": "المزيد", "login": "دخول", "open_blocks": "فتح درج القوالب",
    "search": "البحث في المنتديات", "forumtab": "المنتدى", "mode": "وضع العرض", "tags": "الوسوم:", "permalink": "الرابط الثابت",
    "reply": "رد", "news": "آخر الأخبار", "older": "مواضيع أقدم ...", "upcoming": "الأحداث القادمة", "noevents": "لا توجد أحداث قادمة",
    "calendar": "الذهاب إلى التقويم ...", "links": "روابط مهمة", "docs": "وثائق Moodle لهذه الصفحة", "loggedout": "أنت لم تسجل دخولك بعد. (دخول)",
    "retention": "ملخص الاحتفاظ بالبيانات", "app": "احصل على تطبيق الهاتف المحمول", "powered": "Powered by Moodle", "showfooter": "عرض التذييل"}


def _dated(moment) -> str:
    """strftimedaydatetime of the ar pack, "%A، %d %B %Y، %I:%M %p", day and hour unpadded."""
    hour = moment.hour % 12 or 12
    return (f"{WEEKDAYS[moment.weekday()]}، {moment.day} {MONTHS[moment.month - 1]} "
            f"{moment.year}، {hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}")


def _recent(moment) -> str:
    """strftimerecent, "%d %b، %H:%M", as block_news_items prints it."""
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment:%H:%M}"


def _para(text: str, k: int, n: int) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank">{words}</a>', 1)
    return f'<p dir="rtl" style="text-align: justify;">{html}</p>' if n == 1 else f"<p>{html}</p>"


def _message(article: Article, n: int) -> str:
    texts = [article.lead, *article.paragraphs]
    parts = []
    if n == 1:
        parts.append(f'<p dir="rtl" style="text-align: center;"><img src="{HOST}/pluginfile.php/28/mod_forum/post/{article.slug}/conference-opening.jpg" alt="" width="800" height="533" role="presentation" class="img-fluid atto_image_button_text-bottom"><br></p>')
        parts.append(f'<p dir="rtl" style="text-align: center;"><em>{e(article.caption)}</em></p>')
    for k, text in enumerate(texts):
        if n == 3 and k == 1:
            parts.append(f"<h4>{e(text)}</h4>")
            continue
        parts.append(_para(text, k, n))
        if n == 3 and k == 2:
            parts.append(f'<div class="mediaplugin mediaplugin_youtube d-block">\n<iframe title="حملة التبرع بالدم - كلية الطب" width="400" height="300"\n  style="max-width: 100%;"\n  src="{VIDEO}" frameborder="0" allowfullscreen="1"></iframe>\n</div>')
    parts += [f'<p dir="rtl" style="text-align: left;"><strong>{SIGNATURE}</strong></p>'] if n == 1 else []
    return "".join(parts) if n == 1 else "\n".join(parts)


def _attachment(article: Article, n: int) -> str:
    where = f"{HOST}/pluginfile.php/28/mod_forum/attachment/{article.slug}/{ATTACH.get(n)}"
    if n == 2:
        return f"""
                                <div class="attachedimages">
                                    <img src="{where}" alt="المرفق {ATTACH[2]}" style="max-width: 100%">
                                </div>"""
    if n == 3:
        return f"""
                                <div>
                                    <a href="{where}?forcedownload=1" aria-label="المرفق {ATTACH[3]}">
                                        <img class="icon " alt="PDF document" title="PDF document" src="{HOST}/theme/image.php/boost/core/{REV}/f/pdf" /> {ATTACH[3]}
                                    </a>
                                </div>"""
    return ""


def _tags(article: Article, n: int) -> str:
    if n == 2:
        return ""
    items = "".join(f'<li><a href="{HOST}/tag/index.php?tc=1&amp;tag={e(t)}" class="badge badge-info ">{e(t)}</a></li>' for t in article.tags)
    return (f'<div class="tag_list hideoverlimit "><b class="accesshide">{STRINGS["tags"]}</b>'
            f'<ul class="inline-list">{items}</ul></div>')


def _neighbours(article: Article, n: int) -> str:
    did = int(article.slug)
    prev = (f'<li class="prev-discussion"><a aria-label="النقاش السابق: {e(article.related[0])}" '
            f'class="btn btn-link" href="{HOST}/mod/forum/discuss.php?d={did - 3}">'
            f'&#x25BA;&#xFE0E; {e(article.related[0])}</a></li>')
    nxt = (f'<li class="next-discussion"><a aria-label="النقاش التالي: {e(article.related[1])}" '
           f'class="btn btn-link" href="{HOST}/mod/forum/discuss.php?d={did + 2}">'
           f'{e(article.related[1])} &#x25C4;&#xFE0E;</a></li>')
    return f'<div class="discussion-nav clearfix"><ul>{prev}{nxt if n != 3 else ""}</ul></div>'


def _block(inst: int, kind: str, title: str, content: str) -> str:
    return f"""<a href="#sb-{inst}" class="sr-only sr-only-focusable">تخطي {title}</a>
<section id="inst{inst}" class=" block_{kind} block  card mb-3" role="region" data-block="{kind}" data-instance-id="{inst}" aria-labelledby="instance-{inst}-header">
    <div class="card-body p-3">
            <h5 id="instance-{inst}-header" class="card-title d-inline">{title}</h5>
        <div class="card-text content mt-3">
            {content}</div></div></section>
  <span id="sb-{inst}"></span>"""


def _blocks(article: Article, n: int, page: Page) -> str:
    moment = article.moment
    items = [(article.related[2], (moment + timedelta(days=6)).replace(hour=9, minute=30))]
    items += [(t, (moment + timedelta(days=3 - k)).replace(hour=12, minute=5 * k))
              for k, t in enumerate(OLDER_NEWS[:n])]
    rows = []
    for k, (title, when) in enumerate(items):
        shown = _recent(when)
        rows.append(f'<li class="post"><div class="head clearfix"><div class="date">{shown}</div><div class="name">{OFFICE[0]}</div></div>'
                    f'<div class="info"><a href="{HOST}/mod/forum/discuss.php?d={int(article.slug) - 5 - k}">{e(title)}</a></div></li>')
        page.add(shown, title)
    news = (f"<ul class='unlist'>\n{chr(10).join(rows)}\n</ul>\n"
            f'<div class="footer"><div class="newlink"><a href="{HOST}/mod/forum/view.php?f=1&amp;showall=1">{STRINGS["older"]}</a></div></div>')
    upcoming = (f'<div id="block-upcoming-{n}">\n<div class="card-text content calendarwrapper" data-context-id="2">\n<div class="text-xs-center">{STRINGS["noevents"]}</div>\n'
                f'</div></div>\n<div class="footer"><div class="gotocal"><a href="{HOST}/calendar/view.php?view=upcoming&amp;course=1">{STRINGS["calendar"]}</a></div></div>')
    links = '<div class="no-overflow"><ul>' + "".join(f'<li><a href="{href}" target="_blank">{label}</a></li>' for href, label in LINKS) + "</ul></div>"
    page.add(*(f"تخطي {t}" for t in (STRINGS["news"], STRINGS["upcoming"], STRINGS["links"])))
    return "\n".join([_block(4, "news_items", STRINGS["news"], news),
                      _block(5, "calendar_upcoming", STRINGS["upcoming"], upcoming),
                      _block(9, "html", STRINGS["links"], links)])


def _head(title: str) -> str:
    cfg = ('{"wwwroot":"https:\\/\\/moodle-univ-iq.example","homeurl":{},"sesskey":"Xk3pQ9wLm2","sessiontimeout":"28800","sessiontimeoutwarning":1200,"themerev":"' + REV + '",'
           '"slasharguments":1,"theme":"boost","iconsystemmodule":"core\\/icon_system_fontawesome","jsrev":"' + REV + '","admin":"admin","svgicons":true,'
           '"usertimezone":"\\u0622\\u0633\\u064a\\u0627\\/\\u0628\\u063a\\u062f\\u0627\\u062f","courseId":1,"courseContextId":2,"contextid":28,"contextInstanceId":3,"langrev":' + REV + ',"templaterev":"' + REV + '"}')
    return f"""<!DOCTYPE html>
<html  dir="rtl" lang="ar" xml:lang="ar">
<head>
    <title>{e(title)}</title>
    <link rel="shortcut icon" href="{HOST}/theme/image.php/boost/theme/{REV}/favicon" />
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {e(title)}" />
<link rel="stylesheet" type="text/css" href="{HOST}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.css" /><script id="firstthemesheet" type="text/css">/** Required in order to fix style inclusion problems in IE with YUI **/</script><link rel="stylesheet" type="text/css" href="{HOST}/theme/styles.php/boost/{REV}_1/all-rtl" />
<script>
//<![CDATA[
var M = {{}}; M.yui = {{}};
M.pageloadstarttime = new Date();
M.cfg = {cfg};
//]]>
</script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body  id="page-mod-forum-discuss" class="format-site  path-mod path-mod-forum chrome dir-rtl lang-ar yui-skin-sam yui3-skin-sam moodle-univ-iq-example pagelayout-incourse course-1 context-28 cmid-3 notloggedin uses-drawers">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
    <div>
    <a class="sr-only sr-only-focusable" href="#maincontent">{STRINGS["skip"]}</a></div><script src="{HOST}/lib/javascript.php/{REV}/lib/polyfills/polyfill.js"></script>
<script src="{HOST}/theme/yui_combo.php?rollup/3.17.2/yui-moodlesimple-min.js"></script><script src="{HOST}/lib/javascript.php/{REV}/lib/javascript-static.js"></script>
"""


def _navbar(url: str) -> str:
    menu = "\n".join(f"""                    <li data-key="" class="nav-item" role="none" data-forceintomoremenu="false">
                                <a role="menuitem" class="nav-link  " href="{href}" tabindex="-1">
                                    {label}</a>
                    </li>""" for href, label in (((f"{HOST}/", "الصفحة الرئيسية"),) + CUSTOM_MENU))
    mid = "65e5a0b1c3d4e"
    return f"""
    <nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="شريط التصفح في الموقع">
        <button class="navbar-toggler aabtn d-block d-md-none px-1 my-1 border-0" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-primary">
            <span class="navbar-toggler-icon"></span>
            <span class="sr-only">{STRINGS["side"]}</span></button>
        <a href="{HOST}/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0 aabtn">
                {SHORT}</a>
            <div class="primary-navigation">
                <nav class="moremenu navigation">
                    <ul id="moremenu-{mid}-navbar-nav" role="menubar" class="nav more-nav navbar-nav">
{menu}
                        <li role="none" class="nav-item dropdown dropdownmoremenu d-none" data-region="morebutton">
                            <a class="dropdown-toggle nav-link " href="#" id="moremenu-dropdown-{mid}" role="menuitem" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false" tabindex="-1">
                                {STRINGS["more"]}</a>
                            <ul class="dropdown-menu dropdown-menu-left" data-region="moredropdown" aria-labelledby="moremenu-dropdown-{mid}" role="menu"></ul></li></ul></nav></div>
        <ul class="navbar-nav d-none d-md-flex my-1 px-1">
            <!-- page_heading_menu -->
        </ul>
        <div id="usernavigation" class="navbar-nav ml-auto">
                <div class="langmenu">
                    <div class="dropdown show">
                        <a href="#" role="button" id="lang-menu-toggle" data-toggle="dropdown" aria-label="اللغة" aria-haspopup="true" aria-controls="lang-action-menu" class="btn dropdown-toggle">
                            <i class="icon fa fa-language fa-fw mr-1" aria-hidden="true"></i>
                            <span class="langbutton">
                                {LANGS[0]}</span>
                            <b class="caret"></b></a>
                        <div role="menu" aria-labelledby="lang-menu-toggle" id="lang-action-menu" class="dropdown-menu dropdown-menu-right">
                                    <a href="#" class="dropdown-item pl-5" role="menuitem" aria-current="true">{LANGS[0]}</a>
                                    <a href="{url}&amp;lang=en" class="dropdown-item pl-5" role="menuitem" lang="en">{LANGS[1]}</a></div></div></div>
                <div class="divider border-left h-75 align-self-center mx-1"></div>
            <div class="d-flex align-items-stretch usermenu-container" data-region="usermenu">
                    <div class="usermenu">
                            <span class="login pl-2">
                                    <a href="{HOST}/login/index.php">{STRINGS["login"]}</a></span></div></div></div></nav>
"""


def _header(n: int) -> str:
    sid = f"searchinput-65e5a0b1c9f{n}"
    return f"""            <header id="page-header" class="header-maxwidth d-print-none">
    <div class="w-100">
        <div class="d-flex flex-wrap">
            <div id="page-navbar">
                <nav aria-label="شريط التنقل">
    <ol class="breadcrumb">
                <li class="breadcrumb-item">
                    <a href="{HOST}/mod/forum/view.php?id=3" aria-current="page" >{FORUM}</a></li></ol></nav></div>
            <div class="ml-auto d-flex"></div>
            <div id="course-header"></div></div>
        <div class="d-flex align-items-center">
                    <div class="mr-auto">
                        <div class="page-context-header"><div class="page-header-headings"><h1 class="h2">{FULL}</h1></div></div></div>
            <div class="header-actions-container ml-auto" data-region="header-actions-container">
                    <div class="header-action ml-2"><div class="simplesearchform ">
    <form autocomplete="off" action="{HOST}/mod/forum/search.php" method="get" accept-charset="utf-8" class="mform form-inline simplesearchform">
    <input type="hidden" name="id" value="1">
        <div class="input-group">
            <label for="{sid}">
                <span class="sr-only">{STRINGS["search"]}</span></label>
            <input type="text" id="{sid}" class="form-control" placeholder="{STRINGS["search"]}" aria-label="{STRINGS["search"]}" name="search" data-region="input" autocomplete="off" value="">
            <div class="input-group-append">
                <button type="submit" class="btn  btn-primary search-icon">
                    <i class="icon fa fa-search fa-fw " aria-hidden="true"  ></i></button></div></div></form></div></div></div></div></div></header>
            <div class="secondary-navigation d-print-none">
                <nav class="moremenu navigation observed">
                    <ul id="moremenu-65e5a0b1ca0{n}-nav-tabs" role="menubar" class="nav more-nav nav-tabs">
                                <li data-key="modulepage" class="nav-item" role="none" data-forceintomoremenu="false">
                                    <a role="menuitem" class="nav-link active " href="{HOST}/mod/forum/view.php?id=3" aria-current="true" tabindex="-1">
                                        {STRINGS["forumtab"]}</a></li></ul></nav></div>
"""


def _post(article: Article, n: int, name: str, uid: int, shown: str) -> str:
    did, head = article.slug, e(article.headline)
    label = f"{head} بواسطة {name}"
    return f"""<article
    id="p{did}" class="forum-post-container mb-2" data-post-id="{did}" data-region="post" data-target="{did}-target" tabindex="0" aria-labelledby="post-header-{did}" aria-describedby="post-content-{did}">
    <!-- The firstpost and starter classes below aren't used for anything other than to identify the first post in behat -->
    <div class="d-flex border p-2 mb-2 forumpost focus-target  firstpost starter" aria-label='{label}' data-post-id="{did}" data-content="forum-post">
        <div class="d-flex flex-column w-100"  data-region-content="forum-post-core">
            <header id="post-header-{did}" class="mb-2 header row d-flex">
                        <div class="mr-2" style="width: 45px;">
                                <img class="rounded-circle w-100" src="{HOST}/pluginfile.php/{uid + 40}/user/icon/boost/f1?rev={uid * 17}" alt="صورة {name}" aria-hidden="true" title="صورة {name}"></div>
                <div class="d-flex flex-column">
                    <h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject" data-reply-subject="رد: {head}" >{head}</h3>
                        <address tabindex="-1"> بواسطة {name} - <time>{shown}</time></address></div></header>
            <div class="d-flex body-content-container">
                        <div class="mr-2 author-groups-container" style="width: 45px; flex-shrink: 0"></div>
                <div class="no-overflow w-100 content-alignment-container">
                    <div id="post-content-{did}" class="post-content-container">
                        {_message(article, n)}</div>
{_attachment(article, n)}
                        {_tags(article, n)}
                            <div class="d-flex flex-wrap">
                                    <div class="post-actions d-flex align-self-end justify-content-end flex-wrap ml-auto" data-region="post-actions-container" role="menubar" aria-label='{label}' aria-controls="p{did}">
                                                <a data-region="post-action" href="{HOST}/mod/forum/discuss.php?d={did}#p{did}" class="btn btn-link" title="الرابط الثابت لهذه المشاركة" aria-label="الرابط الثابت لهذه المشاركة">
                                                    {STRINGS["permalink"]}</a>
                                                        <a href="{HOST}/mod/forum/post.php?reply={did}#mformforum" class="btn btn-link" data-post-id="{did}" data-can-reply-privately="" title="{STRINGS["reply"]}">
                                                            {STRINGS["reply"]}</a></div></div></div></div></div></div>
        <div data-region="replies-container"></div>
</article>"""


def _footer() -> str:
    app = ("https://download.moodle.org/mobile?version=2022112808&amp;lang=ar&amp;"
           "iosappid=633359593&amp;androidappid=com.moodle.moodlemobile")
    return f"""<footer id="page-footer" class="footer-popover bg-white">
    <div data-region="footer-container-popover">
        <button class="btn btn-icon bg-secondary icon-no-margin btn-footer-popover" data-action="footer-popover" aria-label="{STRINGS["showfooter"]}">
            <i class="icon fa fa-question fa-fw " aria-hidden="true"  ></i></button></div>
    <div class="footer-content-popover container" data-region="footer-content-popover">
            <div class="footer-section p-3 border-bottom">
                    <div><a href="https://docs.moodle.org/401/ar/mod/forum/discuss" target="_blank"><i class="icon fa fa-info-circle fa-fw iconhelp icon-pre" aria-hidden="true"  ></i>{STRINGS["docs"]}</a></div></div>
        <div class="footer-section p-3 border-bottom">
            <div class="logininfo"> أنت لم تسجل دخولك بعد. (<a href="{HOST}/login/index.php">{STRINGS["login"]}</a>)</div>
            <div class="tool_usertours-resettourcontainer"></div>
            <div class="tool_dataprivacy"><a href="{HOST}/admin/tool/dataprivacy/summary.php">{STRINGS["retention"]}</a></div><a href="{app}">{STRINGS["app"]}</a>
<script>
//<![CDATA[
var require = {{ baseUrl : '{HOST}/lib/requirejs.php/{REV}/', enforceDefine: true, skipDataMain: true, waitSeconds : 0 }};
//]]>
</script>
<script src="{HOST}/lib/javascript.php/{REV}/lib/requirejs/require.min.js"></script>
<script>
//<![CDATA[
M.util.js_pending("core/first"); require(['core/first'], function() {{ require(['mod_forum/discussion', 'mod_forum/posts_list'], function(Discussion, PostsList) {{ var root = $("[data-content='forum-discussion']"); Discussion.init(root); PostsList.init(root); }}); M.util.js_complete("core/first"); }});
//]]>
</script></div>
        <div class="footer-section p-3">
            <div>Powered by <a href="https://moodle.com">Moodle</a></div></div></div>
    <div class="footer-content-debugging footer-dark bg-dark text-light">
        <div class="container-fluid footer-dark-inner"></div></div>
</footer>"""


def render(article: Article, n: int) -> Page:
    did = article.slug
    url = f"{HOST}/mod/forum/discuss.php?d={did}"
    name, uid = POSTERS[n]
    shown = _dated(article.moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(*(v for k, v in STRINGS.items() if k not in ("tags", "showfooter")))
    page.add(SHORT, FULL, FORUM, "الصفحة الرئيسية", *(label for _, label in CUSTOM_MENU + MODES + LINKS), *LANGS, OFFICE[0])
    page.add(f"بواسطة {name} - {shown}", name, shown, article.related[0])
    page.add(*([article.related[1]] if n != 3 else []), *([STRINGS["tags"], *article.tags] if n != 2 else []))
    page.add(*{1: (article.caption, SIGNATURE), 2: (), 3: (ATTACH[3],)}[n])
    blocks = _blocks(article, n, page)
    modes = "\n".join(f'                <option value="{v}" {"selected" if v == 3 else ""}>{label}</option>' for v, label in MODES)
    neighbours = _neighbours(article, n)
    sel = f"single_select65e5a0b1cb1{n}"
    page.html = _head(f"{SHORT}: {article.headline}") + _navbar(url) + f"""
<div  class="drawer drawer-right d-print-none not-initialized" data-region="fixed-drawer" id="theme_boost-drawers-blocks" data-preference="drawer-open-block" data-state="show-drawer-right" data-forceopen="0" data-close-on-resize="1">
    <div class="drawerheader">
        <button class="btn drawertoggle icon-no-margin hidden" data-toggler="drawers" data-action="closedrawer" data-target="theme_boost-drawers-blocks" data-toggle="tooltip" data-placement="left" title="إغلاق درج القوالب">
            <i class="icon fa fa-times fa-fw " aria-hidden="true"  ></i></button></div>
    <div class="drawercontent drag-container" data-usertour="scroller">
                <section class="d-print-none" aria-label="القوالب">
                    <aside id="block-region-side-pre" class="block-region" data-blockregion="side-pre" data-droptarget="1">
{blocks}</aside></section></div></div>
    <div id="page" data-region="mainpage" data-usertour="scroller" class="drawers   drag-container">
        <div id="topofscroll" class="main-inner">
            <div class="drawer-toggles d-flex">
                    <div class="drawer-toggler drawer-right-toggle ml-auto d-print-none">
                        <button class="btn icon-no-margin" data-toggler="drawers" data-action="toggle" data-target="theme_boost-drawers-blocks" data-toggle="tooltip" data-placement="right" title="{STRINGS["open_blocks"]}">
                            <span class="sr-only">{STRINGS["open_blocks"]}</span>
                            <span class="dir-rtl-hide"><i class="icon fa fa-outdent fa-fw " aria-hidden="true"  ></i></span>
                            <span class="dir-ltr-hide"><i class="icon fa fa-indent fa-fw " aria-hidden="true"  ></i></span></button></div></div>
{_header(n)}            <div id="page-content" class="pb-3 d-print-block">
                <div id="region-main-box">
                    <section id="region-main" aria-label="المحتوى">
                        <span class="notifications" id="user-notifications"></span>
                        <div role="main"><span id="maincontent"></span><h2>{FORUM}</h2><h3 class="discussionname">{e(article.headline)}</h3><div id="discussion-container-65e5a0b1cb1{n}" data-content="forum-discussion">
    {neighbours}
    <div class="d-flex flex-wrap mb-1">
        <div></div>
        <div class=""><div class="singleselect d-inline-block">
    <form method="get" action="{HOST}/mod/forum/discuss.php" class="form-inline" id="mode">
            <input type="hidden" name="d" value="{did}">
            <label for="{sel}" class="sr-only">
                {STRINGS["mode"]}</label>
        <select  id="{sel}" class="custom-select singleselect" name="mode">
{modes}</select>
        <noscript>
            <input type="submit" class="btn btn-secondary ml-1" value="اذهب"></noscript></form></div></div>
        <div class="ml-2"></div></div>
{_post(article, n, name, uid, shown)}
{neighbours}</div></div></section></div></div></div>
{_footer()}</div></div></body></html>
"""
    return page
