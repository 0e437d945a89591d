"""An Arabic political commentary blog from Amman ("نبض الرأي") on Serendipity (s9y) 2.x with the
stock Bulletproof template (3sbs layout, navbar above the banner), a single entry page
`archives/<id>-<slug>.html`. Head: XHTML 1.0 doctype, `<title>` "headline - نبض الرأي", the
"Powered-By Serendipity" meta, metadesc/facebook plugin meta (no JSON-LD: s9y prints none),
feeds, pingback, Bulletproof stylesheets, s9y's jQuery. Body: `#skiplinks`, `#sitenav.snabove`
with quicksearch, `#serendipity_banner` whose h1 repeats the entry title (Bulletproof prints
`$head_title` there) over the blog name; the left sidebar (calendar table with month head,
two-letter weekday cells, the entry's day linked, a "today" tfoot that is the visit's day;
categories with "جميع التصانيف"; monthly archives and "القديم ..."); `#content.hfeed`:
`h3.serendipity_date` > `abbr.published` with Bulletproof's "%A, %B %e. %Y" as glibc's ar_JO
prints it ("الثلاثاء, تشرين الثاني 19. 2024": Levantine months, space-padded day),
`h4.entry-title`, `div.serendipity_entry_body`, the belowentry footer ("نشر بواسطة <address>…
في <category> في HH:MM | تعليقات (3) | تعقيبات (1)"), freetag tags and related entries, the
trackback RDF comment, trackbacks, comments ("#1 name في 2024-11-19 22:15 (رد)") and the
Bulletproof comment form; the right sidebar (HTML nugget, recent entries, syndication); the
footer text and credit line. Page 1 (columnist, 21:40): media-library image with caption, a
bold phrase, 3 comments, a trackback. Page 2 (by "هيئة التحرير" at 00:40 local, the UTC day
before): nl2br text (`<br />` pairs), an inline link, no comments. Page 3 (admin account):
body plus `serendipity_entry_extended` with an `<h3>` subheading, one comment."""

from __future__ import annotations

import calendar
from datetime import timedelta

from .base import LEVANTINE, Article, Page, e

NAME = "serendipity_blog"
HELD_OUT = True
SET = "unseen29"
FAMILY = "Serendipity (s9y) 2.x Bulletproof blog entry: serendipity_entry, ar_JO strftime date, belowentry footer, freetag, trackbacks, comments and form, sidebar plugins"
HOST = "https://s9y-nabd-alrai.example"
BLOG = "نبض الرأي"
# glibc ar_JO: %A names, Monday first
DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
NAV = (("/", "الرئيسية"), ("/pages/about.html", "من نحن"), ("/authors/", "كتّاب المدونة"),
       ("/archive", "الأرشيف"), ("/pages/contact.html", "اتصل بنا"))
CATEGORIES = ((1, "shuun-mahaliya", "شؤون محلية"), (2, "barlaman", "البرلمان والأحزاب"),
              (3, "iqtisad-siyasi", "اقتصاد سياسي"), (4, "iqlim", "الإقليم"),
              (5, "maqalat-duyuf", "مقالات ضيوف"))
POSTERS = {1: (3, "مازن الخطيب"), 2: (2, "هيئة التحرير"), 3: (1, BLOG)}
NUGGET = "نبض الرأي مدونة مستقلة تنشر مقالات الرأي والتحليل السياسي منذ عام 2009."
RECENT = ("حكومة جديدة ووجوه قديمة: قراءة في التشكيل الوزاري", "عن الضريبة التي لا يراها أحد",
          "الانتخابات النقابية مؤشرا على المزاج العام", "هل تعود الحياة إلى مشروع سكة الحديد الإقليمية؟",
          "أسعار المحروقات ولجنة التسعير الشهرية")
COMMENTS = {
    1: (("سامر العلي", 35, "تحليل دقيق، لكن الأهم أن تبدأ الأحزاب بنشر سجلات التصويت من الآن."),
        ("أم يزن", 72, "جربنا الوعود قبل ذلك، ننتظر الأفعال لا المقالات."),
        ("خالد ع.", 600, "أتفق مع الكاتب في مسألة الموازنة، فهي الامتحان الفعلي لأي كتلة.")),
    2: (),
    3: (("م. رائد الزعبي", 95, "ملخص من صفحتين لمشروع بثلاثة مليارات؟ هذا وحده يكفي للقلق."),),
}
TRACKBACK = ("مدونة حبر على ورق", "الأحزاب تحت القبة: ملاحظات أولية",
             "يطرح الزميل في نبض الرأي سؤالا وجيها عن قدرة الكتل على الانضباط...")
FOOTER_TEXT = "جميع الحقوق محفوظة © نبض الرأي. الآراء الواردة في المقالات تعبر عن أصحابها."
CREDIT = "بواسطة s9y – Template by Bulletproof development team."
FORM = ("الاسم", "البريد الإلكتروني", "الصفحة الرئيسية", "ردا على", "التعليق",
        "تذكر المعلومات؟", "الاشتراك في هذا الموضوع", "ستخضع التعليقات للمراجعة قبل ظهورها.")
TOP = "[ المستوى الأعلى ]"
SKIP = ("Skip to site navigation", "Skip to blog entries", "Skip to archive page",
        "Skip to left sidebar", "Skip to right sidebar")


def _strftime_entry(moment) -> str:
    """Bulletproof's date_format "%A, %B %e. %Y" under ar_JO (space-padded %e)."""
    return f"{DAYS[moment.weekday()]}, {LEVANTINE[moment.month - 1]} {moment.day:2d}. {moment.year}"


def _short(moment) -> str:
    return f"{moment:%Y-%m-%d %H:%M}"


def _paras(article: Article, n: int) -> tuple[str, str]:
    """(body, extended) HTML of the entry as the editor stored it."""
    texts = [article.lead, *article.paragraphs]
    if n == 1:
        out = [f"<p>{e(text)}</p>" for text in texts]
        out[2] = out[2].replace("الانضباط الحزبي", "<strong>الانضباط الحزبي</strong>", 1)
        img = (f'<div class="serendipity_imageComment_center" style="width: 640px">'
               f'<div class="serendipity_imageComment_img"><!-- s9ymdb:87 --><img '
               f'class="serendipity_image_center" width="640" height="400" '
               f'src="{HOST}/uploads/2024/11/majlis-iftitah.jpg" title="majlis-iftitah.jpg" '
               f'alt="" /></div><div class="serendipity_imageComment_txt">{e(article.caption)}'
               f"</div></div>")
        return "\n".join([out[0], img, *out[1:]]), ""
    if n == 2:
        link = f"{HOST}/archives/377-taqrir-diwan-almuhasaba.html"
        phrase = "تقرير ديوان المحاسبة الأخير"
        parts = [e(text).replace(phrase, f'<a href="{link}">{phrase}</a>', 1) for text in texts]
        return "<br />\n<br />\n".join(parts) + "<br />\n", ""
    body = "\n".join(f"<p>{e(t)}</p>" for t in texts[:2])
    ext = [f"<h3>{e(t)}</h3>" if t.endswith("؟") and len(t) < 40 else f"<p>{e(t)}</p>"
           for t in texts[2:]]
    return body, "\n".join(ext)


def _calendar(moment, today, entry_id: int, entry_url: str) -> tuple[str, list[str]]:
    month = f"{LEVANTINE[moment.month - 1]} '{moment:%y}"
    now = f"{DAYS[today.weekday()][:]} {LEVANTINE[today.month - 1]} {today.day} {today.year}"
    heads = "\n".join(
        f'        <th id="{d[:3]}" scope="col" abbr="{d}" title="{d}" '
        f'class="serendipity_weekDayName" align="center">{d[:2]}</th>' for d in DAYS)
    rows = []
    for week in calendar.Calendar(0).monthdayscalendar(moment.year, moment.month):
        link = (f'<td class="serendipity_calendarDay Active Link" title="{e(entry_url)}">'
                f'\n\t\t\t\t<a href="{HOST}/archives/{moment:%Y/%m/%d}.html">{moment.day}</a></td>')
        cells = [f"            {link}" if day == moment.day else
                 f'            <td class="serendipity_calendarDay ">{day or "&#160;"}</td>'
                 for day in week]
        rows.append('        <tr class="serendipity_calendar">\n' + "\n".join(cells)
                    + "\n        </tr>")
    prev = f"{HOST}/archives/{(moment.replace(day=1) - timedelta(days=1)):%Y/%m}.html"
    html = f"""<table cellspacing="0" cellpadding="0" summary="this table is a calendar for the month of {LEVANTINE[moment.month - 1]}, {moment.year}" class="serendipity_calendar">
    <thead>
      <tr>
        <th id="back" scope="col" colspan="1" class="serendipity_calendarHeader" style="text-align: right"><a title="عودة" href="{prev}"><img alt="عودة" src="{HOST}/templates/bulletproof/img/purple_back.png" width="12" height="12" /></a></th>
        <th id="month" scope="col" colspan="5" class="serendipity_calendarHeader" style="text-align: center"><b><a style="white-space: nowrap" href="{HOST}/archives/{moment:%Y/%m}.html">{month}</a></b></th>
        <th id="forward" scope="col" colspan="1" class="serendipity_calendarHeader" style="text-align: left"><img alt="" src="{HOST}/templates/bulletproof/img/blank.png" width="6" height="6" class="serendipity_calender_spacer" /></th>
    </tr>
    <tr>
{heads}
    </tr>
</thead>
<tfoot class="serendipity_calendarHeader">
<tr><td id="today" scope="col" colspan="7">{now}</td></tr>
</tfoot>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>"""
    return html, [month, now]


def _side(item: str, title: str, content: str) -> str:
    head = (f'<h3 class="serendipitySideBarTitle {item}">{title}</h3>' if title
            else '<div class="serendipitySideBarTitleEmpty"></div>')
    return (f'      <div class="serendipitySideBarItem container_{item}">\n         {head}\n'
            f'         <div class="serendipitySideBarContent">{content}</div>\n'
            '         <div class="serendipitySideBarFooter"></div>\n      </div>')


def _comment(cid: int, trace: int, author: str, when, text: str, self_: bool) -> str:
    cls = "comment_oddbox" if trace % 2 else "comment_evenbox"
    slug = "".join(ch if ch.isalnum() else "_" for ch in author)
    return f"""    <a id="c{cid}"></a>
    <div id="serendipity_comment_{cid}" class="serendipity_comment serendipity_comment_author_{slug} {'serendipity_comment_author_self' if self_ else ''}{cls}" style="padding-left: 0px">
        <div class="serendipity_commentBody">{e(text)}</div>
        <div class="serendipity_comment_source">
            <a class="comment_source_trace" href="#c{cid}">#{trace}</a>
            <span class="comment_source_author">{e(author)}</span>
            في
            <span class="comment_source_date">{_short(when)}</span>
                (<a class="comment_reply" href="#serendipity_CommentForm" id="serendipity_reply_{cid}" onclick="document.getElementById('serendipity_replyTo').value='{cid}'; ">رد</a>)
                <div id="serendipity_replyform_{cid}"></div>
        </div>
    </div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    eid = int(article.slug)
    slugs = {1: "albarlaman-aljadid-amam-ikhtibar-alahzab",
             2: "muwazanat-almuhafazat-lamarkaziya", 3: "alnaqil-alwatani-lilmiyah"}
    url = f"{HOST}/archives/{eid}-{slugs[n]}.html"
    shown = " ".join(_strftime_entry(moment).split())
    page = Page(url=url, html="", shown_date=shown)
    author_id, poster = POSTERS[n]
    cat = next(c for c in CATEGORIES if c[2] == article.section)
    cat_url = f"{HOST}/categories/{cat[0]}-{cat[1]}"
    comments = COMMENTS[n]
    tbs = 1 if n == 1 else 0
    today = moment + timedelta(days=(3, 1, 9)[n - 1])
    cal, cal_lines = _calendar(moment, today, eid, article.headline)
    page.add(*(label for _, label in NAV), BLOG, *cal_lines, "التقويم", "أقسام",
             *(c[2] for c in CATEGORIES), "جميع التصانيف", "ارشيف", "القديم ...")
    months = [(moment.replace(day=1) - timedelta(days=31 * k)) for k in range(4)]
    month_lines = [f"{LEVANTINE[m.month - 1]} {m.year}" for m in months]
    page.add(*month_lines, *SKIP, article.caption if n == 1 else "")
    body, ext = _paras(article, n)
    hhmm = f"{moment:%H:%M}"
    footer = (f"نشر بواسطة {poster} في {article.section} في {hhmm} | تعليقات ({len(comments)}) "
              f"| تعقيبات ({tbs})")
    tag_line = "الكلمات الدلالية لهذه التدوينة: " + "، ".join(article.tags)
    page.add(footer, tag_line, "تدوينات ذات صلة بالكلمات الدلالية:", *article.related)
    page.add("روابط تعقيبات", "تعقب رابط معين لهذه المشاركة", "تعليقات",
             "عرض التعليقات بصيغة (خطي | متسلسل)", "اضافة تعليق", *FORM, TOP)
    if tbs:
        tb_when = moment + timedelta(hours=11, minutes=32)
        tb_date = f"{LEVANTINE[tb_when.month - 1]} {tb_when:%d, %H:%M}"
        trackbacks = f"""    <div class="serendipity_comment">
        <a id="c{eid * 10}"></a><div class="serendipity_commentBody">
            <a href="https://hibr-ala-waraq.example/2024/11/ahzab-taht-alqubba/" target="_blank">{e(TRACKBACK[1])}</a><br />
            {e(TRACKBACK[2])}
        </div>
        <div class="serendipity_comment_source">
            <b>Weblog:</b> {e(TRACKBACK[0])}<br />
            <b>تعقب:</b> {tb_date}
        </div>
    </div>"""
        page.add(TRACKBACK[1], TRACKBACK[2], f"Weblog: {TRACKBACK[0]}", f"تعقب: {tb_date}")
    else:
        trackbacks = '    <div class="serendipity_center">لا يوجد روابط تعقيب</div>'
        page.add("لا يوجد روابط تعقيب")
    boxes, options = [], [f'<option value="0">{TOP}</option>']
    for k, (who, minutes, text) in enumerate(comments, 1):
        when = moment + timedelta(minutes=minutes)
        cid = eid * 10 + k
        boxes.append(_comment(cid, k, who, when, text, False))
        options.append(f'<option value="{cid}">#{k}: {e(who)} في {_short(when)}</option>')
        page.add(text, f"#{k} {who} في {_short(when)} (رد)", f"#{k}: {who} في {_short(when)}")
    if not boxes:
        boxes.append('    <div class="serendipity_center nocomments">لا تعليقات</div>')
        page.add("لا تعليقات")
    page.add("عن المدونة", NUGGET, "أحدث التدوينات", *RECENT[n - 1:n + 3], "منشور",
             "RSS 2.0 feed", "ATOM 1.0 feed", "RSS 2.0 comments", FOOTER_TEXT, CREDIT)
    nav = "\n".join(
        f'                        <li class="{" navlink_first" if k == 0 else ""}'
        f'{" navlink_last" if k == len(NAV) - 1 else ""}">'
        f'<a href="{HOST}{path}" title="{label}">{label}</a></li>'
        for k, (path, label) in enumerate(NAV))
    cats = "".join(
        f'<li class="category_depth0 category_{cid}" style="display: block;"><a '
        f'class="serendipity_xml_image" href="{HOST}/feeds/categories/{cid}-{slug}.rss"><img '
        f'src="{HOST}/templates/bulletproof/img/xml.gif" alt="XML" style="border: 0px" /></a> '
        f'<a href="{HOST}/categories/{cid}-{slug}" title="">{name}</a></li>'
        for cid, slug, name in CATEGORIES)
    cats = (f'<ul id="serendipity_categories_list" style="list-style: none; margin: 0px; '
            f'padding: 0px">{cats}</ul><div class="category_link_all"><br /><a href="{HOST}/" '
            'title="جميع التصانيف">جميع التصانيف</a></div>')
    arch = "".join(f'<li><a href="{HOST}/archives/{m:%Y/%m}.html" title="{line}">{line}</a></li>\n'
                   for m, line in zip(months, month_lines, strict=True))
    arch = f'<ul class="plainList">\n{arch}<li><a href="{HOST}/archive">القديم ...</a></li>\n</ul>'
    recent = "".join(f'<a href="{HOST}/archives/{eid - 2 - k}-entry.html" title="{e(t)}" '
                     f'style="font-weight: normal">{e(t)}</a><br />\n'
                     for k, t in enumerate(RECENT[n - 1:n + 3]))
    synd = "".join(f'\n<li><a class="serendipity_xml_image" href="{HOST}/feeds/{f}"><img '
                   f'src="{HOST}/templates/bulletproof/img/xml.gif" alt="XML" style="border: 0px" '
                   f'/></a> <a href="{HOST}/feeds/{f}">{label}</a></li>'
                   for f, label in (("index.rss2", "RSS 2.0 feed"), ("atom10.xml", "ATOM 1.0 feed"),
                                    ("comments.rss2", "RSS 2.0 comments")))
    related = "".join(f'<li><a href="{HOST}/archives/{eid - 9 - 4 * k}-related.html" '
                      f'title="{e(t)}">{e(t)}</a></li>' for k, t in enumerate(article.related))
    tags = ", ".join(f'<a href="{HOST}/plugin/tag/{e(t)}" title="{e(t)}" rel="tag">{e(t)}</a>'
                     for t in article.tags).replace(", ", "، ")
    extended = (f'\n            <div class="serendipity_entry_extended"><a id="extended"></a>{ext}'
                "</div>\n" if ext else "")
    desc = e(" ".join(article.lead.split()[:24]))
    left = "\n".join([_side("serendipity_plugin_calendar", "التقويم", cal),
                      _side("serendipity_plugin_categories", "أقسام", cats),
                      _side("serendipity_plugin_archives", "ارشيف", arch)])
    right = "\n".join([_side("serendipity_plugin_html_nugget", "عن المدونة", f"<p>{NUGGET}</p>"),
                       _side("serendipity_plugin_recententries", "أحدث التدوينات", recent),
                       _side("serendipity_plugin_syndication", "منشور",
                             f'<ul id="serendipity_syndication_list" class="plainList">{synd}\n'
                             "</ul>")])
    entry_footer = f"""                    <div class='serendipity_entryFooter belowentry'>
                            نشر بواسطة <address class="author"><a href="{HOST}/authors/{author_id}-{e(poster).replace(' ', '-')}">{e(poster)}</a></address>
                                في <a href="{cat_url}">{e(article.section)}</a>
                                في
                                <a href="{url}">{hhmm}</a>
                                        | <a href="{url}#comments">تعليقات ({len(comments)})</a>
                                        | <a href="{url}#trackbacks">تعقيبات ({tbs})</a>

<div class="serendipity_freeTag">الكلمات الدلالية لهذه التدوينة: {tags}</div>
<div class="serendipity_freeTag_related">تدوينات ذات صلة بالكلمات الدلالية:<ul class="plainList">{related}</ul></div>
                    </div>"""
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
    <html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
    <head>
        <title>{e(article.headline)} - {BLOG}</title>
        <meta name="description" content="{desc}" />
<meta name="keywords" content="{e(','.join(article.tags))}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{url}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{BLOG}" />
<meta property="og:description" content="{desc}" />
<meta property="article:published_time" content="{moment.isoformat()}" />
<script src="{HOST}/templates/jquery.js"></script>
<script>jQuery.noConflict();</script>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
        <meta name="Powered-By" content="Serendipity v.2.4.0" />
        <link rel="alternate"  type="application/rss+xml" title="{BLOG} RSS feed" href="{HOST}/feeds/index.rss2" />
        <link rel="alternate"  type="application/x.atom+xml"  title="{BLOG} Atom feed"  href="{HOST}/feeds/atom.xml" />
        <link rel="pingback" href="{HOST}/comment.php?type=pingback&amp;entry_id={eid}" />
        <!-- base styles needed for bulletproof -->
        <link rel="stylesheet" type="text/css" href="{HOST}/templates/bulletproof/base.css" />
        <link rel="stylesheet" type="text/css" href="{HOST}/serendipity.css?v=1718207566" />
        <!-- additional colorset stylesheet -->
        <link rel="stylesheet" type="text/css" href="/templates/bulletproof/purple_style.css" />
        <link rel="stylesheet" type="text/css" href="{HOST}/templates/bulletproof/print.css" media="print" />
        <!-- additional user stylesheet: this can be used to override selected styles -->
        <link rel="stylesheet" type="text/css" href="{HOST}/templates/bulletproof/user.css" media="screen" />
    </head>
    <body>
    <div id="skiplinks"><ul>
            <li lang="en"><a href="#sitenav">Skip to site navigation</a></li>
            <li lang="en"><a href="#content">Skip to blog entries</a></li>
            <li lang="en"><a href="{HOST}/index.php?/archive">Skip to archive page</a></li>
            <li lang="en"><a href="#serendipityLeftSideBar">Skip to left sidebar</a></li>
            <li lang="en"><a href="#serendipityRightSideBar">Skip to right sidebar</a></li>
        </ul></div>
    <div id="wrapper">
        <div id="wrapper_top"></div>
            <div id="sitenav" class="snabove">
                <ul>
{nav}
                </ul>
                    <form id="searchform" action="/index.php" method="get">
                        <input type="hidden" name="serendipity[action]" value="search" />
                        <input alt="بحث سريع" type="text" id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" value="بحث سريع..." onfocus="if(this.value=='بحث سريع...')value=''" onblur="if(this.value=='')value='بحث سريع...';" />
                        <div id="LSResult" style="display: none;"><div id="LSShadow"></div></div>
                    </form>
            </div>
        <div id="serendipity_banner">
            <h1><span class="visible"><a class="homelink1" href="{HOST}/">{e(article.headline)}</a></span></h1>
            <h2><span class="visible"><a class="homelink2" href="{HOST}/">{BLOG}</a></span></h2>
        </div>
        <div id="serendipity_below_banner"></div>
            <!-- case 1: 3 columns, sidebar-content-sidebar -->
            <div id="serendipityLeftSideBar" class="threeside layout3sbs_left">
{left}
            </div>
            <div id="content" class="threemain layout3sbs_content hfeed">
                <!-- ENTRIES START -->
<div class="hentry serendipity_Entry_Date">
        <h3 class="serendipity_date"><abbr class="published" title="{moment:%Y-%m-%dT%H:%M:%S}+03">{_strftime_entry(moment)}</abbr></h3>
        <h4 class="entry-title serendipity_title"><a href="{url}" rel="bookmark">{e(article.headline)}</a></h4>
        <div class="serendipity_entry serendipity_entry_author_{author_id} ">
            <div class="entry-content serendipity_entry_body">
                {body}
           </div>
{extended}
{entry_footer}
        </div>
        <!--<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
        <rdf:Description
                 rdf:about="{HOST}/feeds/ei_{eid}.rdf"
                 trackback:ping="{HOST}/comment.php?type=trackback&amp;entry_id={eid}"
                 dc:title="{e(article.headline)}"
                 dc:identifier="{url}" />
        </rdf:RDF>-->
            <div class="serendipity_comments serendipity_section_trackbacks">
                <a id="trackbacks"></a>
                <div class="serendipity_commentsTitle">روابط تعقيبات</div>
                <div class="serendipity_center">
                    <a rel="nofollow" style="font-weight: normal" href="{HOST}/comment.php?type=trackback&amp;entry_id={eid}" onclick="alert('هذا هو رابط التعقيب لهذه التدوينة'); return false;" title="هذا هو رابط التعقيب لهذه التدوينة">تعقب رابط معين لهذه المشاركة</a>
                </div>
                <div id="serendipity_trackbacklist">{trackbacks}</div>
            </div>
            <div class="serendipity_comments serendipity_section_comments">
                <a id="comments"></a>
                <div class="serendipity_commentsTitle">تعليقات</div>
                <div class="serendipity_center">عرض التعليقات بصيغة
                        (خطي | <a href="{url}?serendipity[cview]=threaded#comments" rel="nofollow">متسلسل</a>)
                </div>
                <div id="serendipity_commentlist">{chr(10).join(boxes)}</div>
                <a id="feedback"></a>
                   <div class="serendipity_section_commentform">
                       <div class="serendipity_commentsTitle">اضافة تعليق</div>
                       <!-- cocomment end -->
<div class="serendipityCommentForm"><a id="serendipity_CommentForm"></a><!-- The actual form -->
<form id="serendipity_comment_CommentForm" action="{url}#feedback" method="post">
<div><input type="hidden" name="serendipity[entry_id]" value="{eid}" /></div>
<dl>
  <dt class="serendipity_commentsLabel"><label for="serendipity_commentform_name">{FORM[0]}</label></dt><dd class="serendipity_commentsValue"><input class="frm" type="text" id="serendipity_commentform_name" name="serendipity[name]" value="" size="30" /></dd>
  <dt class="serendipity_commentsLabel"><label for="serendipity_commentform_email">{FORM[1]}</label></dt><dd class="serendipity_commentsValue"><input class="frm" type="text" id="serendipity_commentform_email" name="serendipity[email]" value="" size="30" /></dd>
  <dt class="serendipity_commentsLabel"><label for="serendipity_commentform_url">{FORM[2]}</label></dt><dd class="serendipity_commentsValue"><input class="frm" type="text" id="serendipity_commentform_url" name="serendipity[url]" value="" size="30" /></dd>
  <dt class="serendipity_commentsLabel"><label for="serendipity_replyTo">{FORM[3]}</label></dt><dd class="serendipity_commentsValue"><select id="serendipity_replyTo" name="serendipity[replyTo]">{''.join(options)}</select></dd>
  <dt class="serendipity_commentsLabel"><label for="serendipity_commentform_comment">{FORM[4]}</label></dt><dd class="serendipity_commentsValue"><textarea class="frm" rows="10" cols="40" id="serendipity_commentform_comment" name="serendipity[comment]"></textarea></dd>
    <dt>&#160;</dt><dd class="serendipity_commentsLabel"><span class="checkbox"><input id="checkbox_remember" type="checkbox" name="serendipity[remember]"  />&#160;<label for="checkbox_remember">{FORM[5]}</label></span> <span class="checkbox"><input id="checkbox_subscribe" type="checkbox" name="serendipity[subscribe]"  />&#160;<label for="checkbox_subscribe">{FORM[6]}</label></span></dd>
    <dt class="serendipity_commentsValue serendipity_msg_important">{FORM[7]}</dt><dd>&#160;</dd>
  <dt>&#160;</dt><dd class="serendipity_commentsLabel">
    <input type="submit" name="serendipity[submit]" value="ادرج تعليق" />
    <input type="submit" id="serendipity_preview" name="serendipity[preview]" value="مشاهدة المشاركة" /></dd>
</dl></form></div>
                   </div>
            </div>
</div>
<div class='serendipity_pageFooter' style="text-align: center"></div>
<!-- ENTRIES END -->
            </div>
            <div id="serendipityRightSideBar" class="threeside layout3sbs_right">
<!-- do nothing thereby suppressing quicksearch in the sidebar when enabled in  -->
<!-- navigation menu bar and ONLY when navigation bar is above or below header -->
{right}
            </div>
        <!-- #footer: the page footer can be used for additional information             -->
        <div id="footer">
                <p>{FOOTER_TEXT}</p>
            <div id="serendipity_bulletproof_button"><a href="http://s9y-bulletproof.com" title="Based on the s9y Bulletproof template framework"><img src="/templates/bulletproof/img/bulletproof_button.png" alt="Based on the s9y Bulletproof template framework" width="100" height="28" /></a></div>
            <div id="serendipity_credit_line">بواسطة <a href="http://www.s9y.org">s9y</a> &ndash; Template by <a href="http://s9y-bulletproof.com">Bulletproof development team</a>.<br /></div>
        </div>
        <div id="wrapper_footer"></div>
    </div>
    </body></html>
"""
    return page
