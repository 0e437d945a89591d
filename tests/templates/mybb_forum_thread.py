"""A Sudanese discussion board on MyBB 1.8 ("منتديات ملتقى النيلين", default theme, Arabic
language pack, RTL), a thread in its news forum where a member reposts a story from a Sudanese
paper or SUNA and others reply, as `showthread.php?tid=N` serves it to a guest. MyBB's
`parse_page()` prepends the XHTML 1.0 Transitional doctype and rewrites `<html>` to
`<html xml:lang="ar" lang="ar" dir="rtl" xmlns=...>`; the `<title>` is the bare thread subject
(no board name); `headerinclude` gives the RSS/Atom alternates, the http-equiv metas, jQuery +
general.js and `cache/themes/themeN/*.min.css?t=` stylesheets; no og/twitter/JSON-LD (MyBB
prints none), only the board's analytics snippet. The body: `#container` > `#header` (`#logo`
with `ul.menu.top_links`, `#panel .upper` with the quick search and the guest welcome, plus the
hidden `#quick_login` modal), then `#content` with `div.navigation` breadcrumbs (board ›
category › forum [› sub-forum], then `<br /><img nav_bit.png>` and `span.active` subject), the
`new_reply_button`, the `table.tborder.tfixed` thread table (thead "طرق عرض الموضوع" and the
subject, on page 3 with a thread prefix), `#posts` of postbits: `div.post_author` (avatar,
`span.largetext` profile link, user title, stars, `author_statistics` with posts/threads/joined
"M Y" in English month abbreviations and reputation), `div.post_head` with `#N` and
`span.post_date` in the board's "d-m-Y, h:i A" (UTC+2, Sudan; AM/PM stay English), then
`div.post_body.scaleimages` (MyCode output: `<br />` line breaks, `mycode_b`/`mycode_url`/
`mycode_img`/`mycode_align`/`mycode_quote`), `div.signature`, `post_controls` buttons. The
first post is the story: page 1 opens with the headline again in red large bold and a centred
image with an italic caption, ends "المصدر: ..." (link); page 2 opens with a "بقلم: ..." byline
(the only page naming the writer), links a phrase, ends with the source and the poster's
prayer, and carries an edit note with reason; page 3 bolds an agency name, has a bold
subheading line and ends with the source and a YouTube embed. Replies (a quote
`blockquote.mycode_quote` with "(date)name كتب:" cite on page 2, a relative "منذ 3 ساعات" date
with the absolute one in `title` on page 3), the "مواضيع قد تكون ذات صلة…" similar-threads table,
`ul.thread_tools`, the forum jump, "who is browsing" and the footer (bottom links, current time,
"مدعوم من MyBB") are all chrome. Published is the first post's local date."""

from __future__ import annotations

from datetime import timedelta

from .base import Article, Page, e

NAME = "mybb_forum_thread"
HELD_OUT = True
SET = "unseen21"
FAMILY = "MyBB 1.8 default-theme thread (Sudanese board, RTL) reposting a news story: postbit author/stats, post_date d-m-Y h:i A, MyCode body, signatures, replies, similar threads, forum jump"
HOST = "https://mybb-forum-sd.example"
BBNAME = "منتديات ملتقى النيلين"
CATEGORY = (1, "الملتقى العام")
FORUM = (4, "الأخبار والأحداث")
SUBFORUM = (17, "التعليم والامتحانات")
TOPLINKS = (("portal.php", "portal", "البوابة"), ("search.php", "search", "البحث"),
            ("memberlist.php", "memberlist", "قائمة الأعضاء"),
            ("calendar.php", "calendar", "التقويم"), ("misc.php?action=help", "help", "مساعدة"))
GUEST = ("مرحباً بك يا زائر!", "تسجيل الدخول", "التسجيل")
LOGIN = ("اسم المستخدم/البريد:", "كلمة المرور:", "نسيت كلمة المرور؟", "تذكرني")
THREAD_MODES = "طرق عرض الموضوع"
NEW_REPLY = "رد جديد"
OLDEST, NEWEST = "الموضوع الأقدم", "الموضوع الأحدث"
SIMILAR = ("مواضيع قد تكون ذات صلة…", "الموضوع:", "الكاتب", "الردود:", "المشاهدات:",
           "آخر مشاركة")
TOOLS = (("printable", "printthread.php?tid={tid}", "عرض نسخة قابلة للطباعة"),
         ("sendthread", "sendthread.php?tid={tid}", "أرسل هذا الموضوع إلى صديق"))
JUMP = ("الانتقال إلى:", "الرسائل الخاصة", "لوحة تحكم العضو", "المتواجدون الآن", "البحث",
        "الصفحة الرئيسية للمنتدى")
JUMP_FORUMS = ((1, 0, "الملتقى العام"), (4, 1, "الأخبار والأحداث"),
               (17, 2, "التعليم والامتحانات"), (5, 1, "الرياضة السودانية"),
               (9, 0, "ملتقى الثقافة والأدب"), (11, 1, "الشعر والدوبيت"), (21, 0, "الإدارة"),
               (22, 1, "الشكاوى والاقتراحات"))
BROWSING = "المستخدمون الذين يتصفحون هذا الموضوع:"
FOOTER = (("contact.php", "اتصل بنا"), (HOST + "/", "ملتقى النيلين"), ("#top", "العودة للأعلى"),
          (HOST + "/archive/index.php?thread-{tid}.html", "النسخة الخفيفة (الأرشيف)"),
          (HOST + "/misc.php?action=markread", "تعليم كل المنتديات كمقروءة"),
          (HOST + "/misc.php?action=syndication", "خلاصات RSS"))
POWERED = "مدعوم من MyBB, © 2002-{year} MyBB Group."
BUTTONS = {"find": ("search.php?action=finduser&amp;uid={uid}", "البحث عن كل مشاركات هذا العضو",
                    "postbit_find", "ابحث"),
           "www": ("{www}", "زيارة موقع هذا العضو", "postbit_website", "الموقع"),
           "quote": ("newreply.php?tid={tid}&amp;replyto={pid}", "اقتبس هذه المشاركة في ردك",
                     "postbit_quote postbit_mirage", "رد مع اقتباس")}
# username, uid, title, stars, posts, threads, joined, reputation, online, website, signature
MEMBERS = {
    "ود_النيل": (12, "عضو ذهبي", 5, "3,412", "287", "Aug 2013", 118, False, "",
                 ("السودان وطن يسع الجميع",)),
    "أم_أحمد": (341, "مشرفة قسم التعليم", 4, "1,906", "164", "Feb 2016", 74, True, "", ()),
    "مزارع_الشمالية": (2087, "عضو نشيط", 3, "642", "58", "Nov 2019", 23, False,
                       "https://nile-farmers.example", ("من دنقلا العجوز.. سلام للجميع",)),
    "عثمان_كسلا": (559, "عضو مميز", 4, "2,277", "96", "Jan 2017", 41, True, "",
                   ("﴿وَقُل رَّبِّ زِدْنِي عِلْمًا﴾",)),
    "سيف_الدين87": (1630, "عضو جديد", 1, "37", "2", "Sep 2023", 0, False, "", ()),
    "بت_الجزيرة": (914, "عضو نشيط", 3, "811", "45", "May 2018", 19, False, "", ()),
    "ابو_مهند": (1204, "عضو مميز", 4, "1,318", "73", "Dec 2020", -2, True, "", ()),
}
POSTER = {1: "ود_النيل", 2: "أم_أحمد", 3: "مزارع_الشمالية"}
PID = {1: 61204, 2: 66718, 3: 80935}
SOURCE = {1: ("صحيفة السوداني", "https://alsudani-news.example/news/2024/03/wheat-port-sudan"),
          2: ("صحيفة التيار الإلكترونية", "https://altayar-sd.example/education/9307"),
          3: ("وكالة السودان للأنباء (سونا)", "https://suna-sd.example/ar/node/10552")}
BYLINE = "بقلم: منى عبد الرحيم"
CLOSING = {2: "نسأل الله التوفيق لأبنائنا وبناتنا الممتحنين.."}
LINKED = {2: (2, "الموقع الإلكتروني لمجلس الامتحانات", "https://examsd.example/")}
BOLD = {3: (2, "هيئة البحوث الزراعية")}
SUBHEAD = {3: 3}
EDIT = {2: (445, "إضافة رابط مجلس الامتحانات")}
# (user, minutes after the story, text, quoted paragraph index or None)
REPLIES = {
    1: (("عثمان_كسلا", 38, "الحمد لله، نتمنى أن ينعكس ذلك على سعر الرغيفة في كسلا.", None),
        ("سيف_الدين87", 95, "شكرا على النقل يا ود النيل", None),
        ("بت_الجزيرة", 1460, "المشكلة ما في القمح بس، المشكلة في الترحيل والجازولين.", None)),
    2: (("عثمان_كسلا", 52, "ربنا يوفقهم، بس المراكز في القاهرة محتاجة تنظيم أكتر من المرة الفاتت.",
         (1, "بينهم أكثر من أربعين ألفا سيجلسون للامتحانات في مراكز خارج البلاد")),
        ("ابو_مهند", 610, "وين نلقى أرقام الجلوس لطلاب تشاد؟ الموقع ما فاتح معاي.", None)),
    3: (("ود_النيل", 70, "خبر مفرح والله، الشمالية دايما عامرة بأهلها.", None),
        ("عثمان_كسلا", 185, "السعر التركيزي هو الأهم، السنة الفاتت المزارعين خسروا.", None),
        ("بت_الجزيرة", 1210, "ربنا يرجع مشروع الجزيرة لأيامه.", None),
        ("ابو_مهند", 2700, "متابعين معاكم، أتمنى تنزل تحديثات عن الاستلام.", None)),
}
NOW = {1: timedelta(days=2, hours=13, minutes=26), 2: timedelta(days=5, hours=9),
       3: timedelta(days=2, hours=0, minutes=15)}
RELATIVE_LAST = {3}  # the last reply is under 12 hours old when crawled: "منذ N ساعات"
# similar threads: author, replies, views, days before, last poster
SIMILAR_ROWS = ((("بت_الجزيرة", 14, 1873, 23, "ابو_مهند"), ("عثمان_كسلا", 6, 742, 61, "ود_النيل"),
                 ("ود_النيل", 31, 2406, 98, "سيف_الدين87")),
                (("ابو_مهند", 9, 1310, 4, "أم_أحمد"), ("أم_أحمد", 3, 655, 44, "بت_الجزيرة"),
                 ("عثمان_كسلا", 22, 3019, 130, "عثمان_كسلا")),
                (("ود_النيل", 17, 2144, 11, "مزارع_الشمالية"),
                 ("مزارع_الشمالية", 5, 903, 72, "ابو_مهند"),
                 ("بت_الجزيرة", 11, 1597, 140, "عثمان_كسلا")))
BROWSERS = {1: ((), 4), 2: (("أم_أحمد", "ابو_مهند"), 7), 3: (("عثمان_كسلا",), 2)}
PREFIX = {3: "[زراعة]"}
ONLINE = "متصل"
OFFLINE = "غير متصل"
SELECTED = 'selected="selected"'


def _when(moment) -> str:
    """The board's date and time ("d-m-Y, h:i A", AM/PM untranslated), in its UTC+2."""
    hour = moment.hour % 12 or 12
    return f"{moment:%d-%m-%Y}, {hour:02d}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _profile(uid: int) -> str:
    return f"{HOST}/member.php?action=profile&amp;uid={uid}"


def _plink(name: str) -> str:
    return f'<a href="{_profile(MEMBERS[name][0])}">{e(name)}</a>'


def _stats(name: str) -> tuple[str, list[str]]:
    uid, _t, _s, posts, threads, joined, rep, *_ = MEMBERS[name]
    cls = "reputation_positive" if rep > 0 else ("reputation_neutral" if rep == 0 else
                                                   "reputation_negative")
    html = (f"\n\tالمشاركات: {posts}<br />\n\tالمواضيع: {threads}<br />\n\tالتسجيل: {joined}"
            f'\n\t<br />السمعة: <a href="reputation.php?uid={uid}"><strong class="{cls}">{rep}'
            "</strong></a>")
    return html, [f"المشاركات: {posts}", f"المواضيع: {threads}", f"التسجيل: {joined}",
                  f"السمعة: {rep}"]


def _postbit(page: Page, tid: int, pid: int, number: int, name: str, date_html: str,
             message: str, subject: str, edit: str = "") -> str:
    uid, title, stars, *_rest, online, www, sig = MEMBERS[name]
    stats, lines = _stats(name)
    page.add(name, title, f"#{number}", *lines, *sig)
    status = (f'<a href="online.php" title="{ONLINE}"><img src="{HOST}/images/buddy_online.png" '
              f'border="0" alt="{ONLINE}" class="buddy_status" /></a>' if online else
              f'<img src="{HOST}/images/buddy_offline.png" title="{OFFLINE}" alt="{OFFLINE}" '
              'class="buddy_status" />')
    star = "".join(f'<img src="{HOST}/images/star.png" border="0" alt="*" />'
                   for _ in range(stars))
    color = ' style="color: #CC00CC;"' if title.startswith("مشرف") else ""
    signature = ("" if not sig else '<div class="signature scaleimages">\n'
                 + "<br />\n".join(f'<span style="font-weight: bold;" class="mycode_b">{e(s)}'
                                   "</span>" for s in sig) + "\n</div>")
    buttons = [("www", BUTTONS["www"])] if www else []
    buttons.insert(0, ("find", BUTTONS["find"]))
    author_btns = "".join(f'<a href="{href.format(uid=uid, www=www)}" title="{t}" class="{c}">'
                          f"<span>{label}</span></a>" for _k, (href, t, c, label) in buttons)
    qhref, qtitle, qcls, qlabel = BUTTONS["quote"]
    page.add(*(b[1][3] for b in buttons), qlabel)
    return f"""<!-- start: postbit -->\n<a name="pid{pid}" id="pid{pid}"></a>\n<div class="post " style="" id="post_{pid}">\n<div class="post_author">\n	<div class="author_avatar"><a href="{_profile(uid)}"><img src="{HOST}/uploads/avatars/avatar_{uid}.jpg?dateline={1400000000 + uid * 9137}" alt="" width="55" height="55" /></a></div>\n	<div class="author_information">\n			<strong><span class="largetext"><a href="{_profile(uid)}"><span{color}>{e(name)}</span></a></span></strong> {status}<br />
			<span class="smalltext">\n				{e(title)}<br />\n				{star}\n				\n			</span>\n	</div>\n	<div class="author_statistics">
		{stats}\n	</div>\n</div>\n<div class="post_content">\n	<div class="post_head">\n		<div class="float_right" style="vertical-align: top">\n<strong><a href="showthread.php?tid={tid}&amp;pid={pid}#pid{pid}" title="{e(subject)}">#{number}</a></strong>
\n</div>\n		\n		<span class="post_date">{date_html} <span class="post_edit" id="edited_by_{pid}">{edit}</span></span>\n		\n	</div>\n	<div class="post_body scaleimages" id="pid_{pid}">
		{message}\n	</div>\n	\n	{signature}\n	<div class="post_meta" id="post_meta_{pid}">\n		\n		<div class="float_right">
			\n		</div>\n	</div>\n	\n</div>\n<div class="post_controls">\n	<div class="postbit_buttons author_buttons float_left">
		{author_btns}\n	</div>\n	<div class="postbit_buttons post_management_buttons float_right">\n		<a href="{qhref.format(tid=tid, pid=pid)}" title="{qtitle}" class="{qcls}"><span>{qlabel}</span></a>\n	</div>\n</div>\n</div>
<!-- end: postbit -->"""


def _story(article: Article, n: int, page: Page) -> str:
    paras = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank" rel="noopener"'
                                       f' class="mycode_url">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f'<span style="font-weight: bold;" class="mycode_b">'
                                       f"{words}</span>", 1)
        if SUBHEAD.get(n) == k:
            html = (f'<span style="font-size: medium;" class="mycode_size"><span style="font-'
                    f'weight: bold;" class="mycode_b">{html}</span></span>')
        paras.append(html)
    name, link = SOURCE[n]
    source = (f'المصدر: <a href="{link}" target="_blank" rel="noopener" class="mycode_url">'
              f"{e(name)}</a>")
    page.add(f"المصدر: {name}", name)
    head = []
    if n == 1:
        head = [f'<span style="color: #B22222;" class="mycode_color"><span style="font-size: '
                f'large;" class="mycode_size"><span style="font-weight: bold;" class="mycode_b">'
                f"{e(article.headline)}</span></span></span>",
                f'<div style="text-align: center;" class="mycode_align"><img src="https://'
                f'alsudani-news.example/wp-content/uploads/2024/03/wheat-ship-{article.slug}.jpg"'
                f' alt="[صورة: wheat-ship-{article.slug}.jpg]" class="mycode_img" /><br />\n'
                f'<span style="font-style: italic;" class="mycode_i">{e(article.caption)}</span>'
                "</div>"]
        page.add(article.caption)
    if n == 2:
        head = [f'<span style="font-weight: bold;" class="mycode_b">{e(BYLINE)}</span>']
        page.add(BYLINE)
    tail = [source]
    if n in CLOSING:
        tail.append(e(CLOSING[n]))
        page.add(CLOSING[n])
    if n == 3:
        tail.append('<iframe width="560" height="315" src="//www.youtube-nocookie.com/embed/'
                    'qW7nZt3kR0s" frameborder="0" allowfullscreen="true"></iframe>')
    return "<br />\n<br />\n".join([*head, *paras, *tail])


def _similar(article: Article, n: int, moment, page: Page) -> str:
    rows = []
    for k, (title, (author, replies, views, days, last)) in enumerate(
            zip(article.related, SIMILAR_ROWS[n - 1], strict=True)):
        tid = int(article.slug) - 211 * (k + 1) - 7 * n
        when = _when(moment - timedelta(days=days, minutes=97 * k))
        page.add(title, author, f"{views:,}", when, f"آخر مشاركة: {last}", str(replies))
        trow = "trow1" if k % 2 == 0 else "trow2"
        rows.append(f"""<tr>
	<td align="center" class="{trow}" width="2%">&nbsp;</td>
	<td class="{trow}"><a href="showthread.php?tid={tid}">{e(title)}</a></td>
	<td align="center" class="{trow}">{_plink(author)}</td>
	<td align="center" class="{trow}"><a href="{HOST}/misc.php?action=whoposted&tid={tid}" onclick="MyBB.whoPosted({tid}); return false;">{replies}</a></td>
	<td align="center" class="{trow}">{views:,}</td>
	<td class="{trow}" style="white-space: nowrap">
		<span class="smalltext">{when}<br />
		<a href="showthread.php?tid={tid}&amp;action=lastpost">آخر مشاركة</a>: {_plink(last)}</span>
	</td>
	</tr>""")
    page.add(*SIMILAR)
    head = "\n".join(f'<td class="tcat" align="center"{span}><span class="smalltext"><strong>'
                     f"{label}</strong></span></td>" for span, label in
                     zip((' colspan="2"', "", "", "", ""), SIMILAR[1:], strict=True))
    return f"""<br />
<table border="0" cellspacing="0" cellpadding="5" class="tborder">
<tr>
<td class="thead" align="center" colspan="6"><strong>{SIMILAR[0]}</strong></td>
</tr>
<tr>
{head}
</tr>
{chr(10).join(rows)}
</table>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    tid = int(article.slug)
    url = f"{HOST}/showthread.php?tid={tid}"
    page = Page(url=url, html="", shown_date=_when(moment))
    poster = POSTER[n]
    forums = [CATEGORY, FORUM] + ([SUBFORUM] if n == 2 else [])
    page.add(BBNAME, *(f[1] for f in forums), *(t[2] for t in TOPLINKS), *GUEST, *LOGIN,
             NEW_REPLY, THREAD_MODES, OLDEST, NEWEST, *JUMP, *(f[2] for f in JUMP_FORUMS),
             *(t[2] for t in TOOLS), *(f[1] for f in FOOTER), POWERED.format(year=moment.year))
    edit = ""
    if n in EDIT:
        minutes, reason = EDIT[n]
        note = f"آخر تعديل لهذه المشاركة: {_when(moment + timedelta(minutes=minutes))} بواسطة"
        edit = (f'<span class="edited_post">({note} {_plink(poster)}. <em>سبب التعديل: '
                f"{e(reason)}</em>)</span>")
        page.add(f"({note} {poster}. سبب التعديل: {reason})")
    page.add(_when(moment))
    posts = [_postbit(page, tid, PID[n], 1, poster, _when(moment), _story(article, n, page),
                      article.headline, edit)]
    now = moment + NOW[n]
    for k, (user, minutes, text, quote) in enumerate(REPLIES[n], 2):
        when = moment + timedelta(minutes=minutes)
        date_html = _when(when)
        if n in RELATIVE_LAST and k == len(REPLIES[n]) + 1:
            hours = int((now - when).total_seconds() // 3600)
            date_html = f'<span title="{_when(when)}">منذ {hours} ساعات</span>'
            page.add(f"منذ {hours} ساعات")
        else:
            page.add(date_html)
        message = e(text)
        if quote:
            page.add(f"{poster} كتب:", f"({_when(moment)})")
            message = (f"<blockquote class=\"mycode_quote\"><cite><span> ({_when(moment)})</span>"
                       f'{e(poster)} كتب: <a href="{HOST}/showthread.php?pid={PID[n]}#pid{PID[n]}"'
                       f' class="quick_jump"></a></cite>{e(quote[1])}</blockquote><br />\n{message}')
        page.add(text)
        posts.append(_postbit(page, tid, PID[n] + 3 * k + k * k, k, user, date_html, message,
                              "RE: " + article.headline))
    members, guests = BROWSERS[n]
    online = ", ".join(f'<a href="{_profile(MEMBERS[m][0])}" title="يقرأ... (عرض الموضوع)">'
                       f"{e(m)}</a>" for m in members)
    browsing = f"{BROWSING} {', '.join(members)}{', ' if members else ''}{guests} زائر"
    page.add(browsing, f"الوقت الحالي: {_when(now)}")
    prefix = ""
    if n in PREFIX:
        prefix = f'<span style="color: #2E7D32;"><strong>{PREFIX[n]}</strong></span>&nbsp;'
        page.add(PREFIX[n])
    nav = f'<a href="{HOST}/index.php">{BBNAME}</a>' + "".join(
        f' &rsaquo; <a href="forumdisplay.php?fid={fid}">{name}</a>' for fid, name in forums)
    options = "\n".join(
        f'<option value="{fid}" {SELECTED if fid == forums[-1][0] else ""}>'
        f'{"--" * depth} {name}</option>' for fid, depth, name in JUMP_FORUMS)
    toplinks = "\n".join(f'\t\t\t\t\t\t<li><a href="{HOST}/{href}" class="{cls}">{label}</a></li>'
                         for href, cls, label in TOPLINKS)
    tools = "\n".join(f'\t\t\t<li class="{cls}"><a href="{href.format(tid=tid)}">{label}</a></li>'
                      for cls, href, label in TOOLS)
    footer = "\n".join(f'\t\t\t\t<li><a href="{href.format(tid=tid)}">{label}</a></li>'
                       for href, label in FOOTER)
    css = "\n".join(f'<link type="text/css" rel="stylesheet" href="{HOST}/cache/themes/{sheet}'
                    f'.min.css?t={stamp}" />' for sheet, stamp in (
                        ("theme3/global", 1706552417), ("theme1/star_ratings", 1590166012),
                        ("theme1/showthread", 1590166012), ("theme3/css3", 1706552417),
                        ("theme3/rtl_fixes", 1709117365)))
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: showthread -->\n<html xml:lang="ar" lang="ar" dir="rtl" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title>{e(article.headline)}</title>\n<!-- start: headerinclude -->\n<link rel="alternate" type="application/rss+xml" title="آخر المواضيع (RSS 2.0)" href="{HOST}/syndication.php" />\n<link rel="alternate" type="application/atom+xml" title="آخر المواضيع (Atom 1.0)" href="{HOST}/syndication.php?type=atom1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<meta http-equiv="Content-Script-Type" content="text/javascript" />\n<script type="text/javascript" src="{HOST}/jscripts/jquery.js?ver=1813"></script>\n<script type="text/javascript" src="{HOST}/jscripts/jquery.plugins.min.js?ver=1813"></script>\n<script type="text/javascript" src="{HOST}/jscripts/general.js?ver=1817"></script>\n\n{css}
\n<script type="text/javascript">\n<!--\n	lang.unknown_error = "حدث خطأ غير معروف.";\n	lang.select2_match = "نتيجة واحدة متاحة، اضغط Enter لاختيارها.";\n	var cookieDomain = ".mybb-forum-sd.example";\n	var cookiePath = "/";
	var cookiePrefix = "";\n	var cookieSecureFlag = "1";\n	var deleteevent_confirm = "هل أنت متأكد من حذف هذا الحدث؟";\n	var removeattach_confirm = "هل أنت متأكد من حذف المرفق المحدد من هذه المشاركة؟";\n	var loading_text = 'جاري التحميل. <br />الرجاء الانتظار..';\n	var saving_changes = 'جاري حفظ التغييرات..';\n	var use_xmlhttprequest = "1";
	var my_post_key = "4f1c0a9e7d2b36c85e90a1b2c3d4e5f6";\n	var rootpath = "{HOST}";\n	var imagepath = "{HOST}/images";\n  	var yes_confirm = "نعم";\n	var no_confirm = "لا";\n	var MyBBEditor = null;\n	var spinner_image = "{HOST}/images/spinner.gif";
	var spinner = "<img src='" + spinner_image +"' alt='' />";\n	var modal_zindex = 9999;\n// -->\n</script>\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-SD4N1L3N2K"></script>\n<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-SD4N1L3N2K');</script>\n<!-- end: headerinclude -->
<script type="text/javascript">\n<!--\n	var quickdelete_confirm = "هل أنت متأكد من حذف هذه المشاركة؟";\n	var quickrestore_confirm = "هل أنت متأكد من استعادة هذه المشاركة؟";\n	var allowEditReason = "1";\n	lang.save_changes = "حفظ التغييرات";\n	lang.cancel_edit = "إلغاء التعديل";
// -->\n</script>\n<!-- jeditable (jquery) -->\n<script type="text/javascript" src="{HOST}/jscripts/report.js?ver=1804"></script>\n<script src="{HOST}/jscripts/jeditable/jeditable.min.js"></script>\n<script type="text/javascript" src="{HOST}/jscripts/thread.js?ver=1813"></script>\n</head>
<body>\n	<!-- start: header -->\n<div id="container">\n		<a name="top" id="top"></a>\n		<div id="header">\n			<div id="logo">\n				<div class="wrapper">
					<a href="{HOST}/index.php"><img src="{HOST}/images/nilein/logo.png" alt="{BBNAME}" title="{BBNAME}" /></a>\n					<ul class="menu top_links">\n{toplinks}\n					</ul>\n				</div>\n			</div>\n			<div id="panel">
				<div class="upper">\n					<div class="wrapper">\n						<form action="{HOST}/search.php" method="post">\n						<fieldset id="search">\n							<input name="keywords" type="text" class="textbox" />\n							<input value="بحث" type="submit" class="button" />\n							<input type="hidden" name="action" value="do_search" />
							<input type="hidden" name="postthread" value="1" />\n						</fieldset>\n						</form>\n						<!-- Continuation of div(class="upper") as opened in the header template -->\n						<span class="welcome">{GUEST[0]} <a href="{HOST}/member.php?action=login" onclick="$('#quick_login').modal({{ fadeDuration: 250, keepelement: true, zIndex: (typeof modal_zindex !== 'undefined' ? modal_zindex : 9999) }}); return false;" class="login">{GUEST[1]}</a> <a href="{HOST}/member.php?action=register" class="register">{GUEST[2]}</a></span>\n					</div>\n				</div>
				<div class="modal" id="quick_login" style="display: none;">\n					<form method="post" action="{HOST}/member.php">\n						<input name="action" type="hidden" value="do_login" />\n						<input name="url" type="hidden" value="" />\n						<input name="quick_login" type="hidden" value="1" />\n						<input name="my_post_key" type="hidden" value="4f1c0a9e7d2b36c85e90a1b2c3d4e5f6" />\n						<table width="100%" cellspacing="0" cellpadding="5" border="0" class="tborder">
							<tr>\n								<td class="thead" colspan="2"><strong>{GUEST[1]}</strong></td>\n							</tr>\n							<tr>\n	<td class="trow1" width="25%"><strong>{LOGIN[0]}</strong></td>\n	<td class="trow1"><input name="quick_username" id="quick_login_username" type="text" value="" class="textbox initial_focus" /></td>\n</tr>
<tr>\n	<td class="trow2"><strong>{LOGIN[1]}</strong></td>\n	<td class="trow2">\n		<input name="quick_password" id="quick_login_password" type="password" value="" class="textbox" /> <a href="{HOST}/member.php?action=lostpw" class="lost_password">{LOGIN[2]}</a>\n	</td>\n</tr>\n<tr>
	<td class="trow1">&nbsp;</td>\n	<td class="trow1 remember_me">\n		<input name="quick_remember" id="quick_login_remember" type="checkbox" value="yes" class="checkbox" checked="checked" />\n		<label for="quick_login_remember">{LOGIN[3]}</label>\n	</td>\n</tr>\n<tr>
	<td class="trow2" colspan="2">\n		<div align="center"><input name="submit" type="submit" class="button" value="{GUEST[1]}" /></div>\n	</td>\n</tr>\n						</table>\n					</form>\n				</div>
				<script type="text/javascript">\n					$("#quick_login input[name='url']").val($(location).attr('href'));\n				</script>\n			<!-- </div> in header_welcomeblock_member and header_welcomeblock_guest -->\n		<!-- </div> in header_welcomeblock_member and header_welcomeblock_guest -->\n	</div>\n</div>
		<div id="content">\n			<div class="wrapper">\n				\n				\n				\n				\n				\n				\n				\n				\n<div class="navigation">
{nav}\n<br /><img src="{HOST}/images/nav_bit.png" alt="" /><span class="active">{e(article.headline)}</span>\n</div>\n				<br />\n<!-- end: header -->\n	\n	\n	<div class="float_left">
		\n	</div>\n	<div class="float_right">\n		<a href="newreply.php?tid={tid}" class="button new_reply_button"><span>{NEW_REPLY}</span></a>&nbsp;\n	</div>\n	\n	<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
		<tr>\n			<td class="thead">\n				<div class="float_right">\n					<span class="smalltext"><strong><a href="javascript:void(0)" id="thread_modes">{THREAD_MODES}</a></strong></span>\n				</div>\n				<div>\n					<strong>{prefix}{e(article.headline)}</strong>
				</div>\n			</td>\n		</tr>\n<tr><td id="posts_container">\n	<div id="posts">\n		{"".join(posts)}\n	</div>
</td></tr>\n		<tr>\n			<td class="tfoot">\n					<div class="float_right">\n		<form action="search.php" method="post">\n			<input type="hidden" name="action" value="thread" />\n			<input type="hidden" name="tid" value="{tid}" />
			<input type="text" name="keywords" value="أدخل الكلمات المفتاحية" onfocus="if(this.value == 'أدخل الكلمات المفتاحية') {{ this.value = ''; }}" onblur="if(this.value=='') {{ this.value='أدخل الكلمات المفتاحية'; }}" class="textbox" size="25" />\n			<input type="submit" class="button" value="ابحث في الموضوع" />\n		</form>\n	</div>\n				<div>\n					<strong>&laquo; <a href="{HOST}/showthread.php?tid={tid}&amp;action=nextoldest">{OLDEST}</a> | <a href="{HOST}/showthread.php?tid={tid}&amp;action=nextnewest">{NEWEST}</a> &raquo;</strong>\n				</div>
			</td>\n		</tr>\n	</table>\n	<div class="float_left">\n		\n	</div>\n	<div style="padding-top: 4px;" class="float_right">
		<a href="newreply.php?tid={tid}" class="button new_reply_button"><span>{NEW_REPLY}</span></a>&nbsp;\n	</div>\n	<br class="clear" />\n	\n	\n	{_similar(article, n, moment, page)}\n	<br />
	<div class="float_left">\n		<ul class="thread_tools">\n{tools}\n			\n			\n		</ul>\n	</div>
\n	<div class="float_right" style="text-align: right;">\n		\n		<form action="forumdisplay.php" method="get">\n<span class="smalltext"><strong>{JUMP[0]}</strong></span>\n<select name="fid" class="forumjump">\n<option value="-4">{JUMP[1]}</option>
<option value="-3">{JUMP[2]}</option>\n<option value="-5">{JUMP[3]}</option>\n<option value="-2">{JUMP[4]}</option>\n<option value="-1">{JUMP[5]}</option>\n{options}\n</select>\n<input type="submit" class="button" value="اذهب" />
</form>\n<script type="text/javascript">\n$(".forumjump").change(function() {{\n	var option = $(this).val();\n\n	if(option < 0)\n	{{
		window.location = 'forumdisplay.php?fid='+option;\n	}}\n	else\n	{{\n		window.location = 'forumdisplay.php?fid='+option;\n	}}\n}});
</script>\n	</div>\n	<br class="clear" />\n	<br />\n<span class="smalltext">{BROWSING} {online}{", " if members else ""}{guests} زائر</span>\n<br />\n	<!-- start: footer -->
\n	</div>\n</div>\n<div id="footer">\n	<div class="upper">\n		<div class="wrapper">\n			\n			\n			<ul class="menu bottom_links">
{footer}\n			</ul>\n		</div>\n	</div>\n	<div class="lower">\n		<div class="wrapper">\n			<span id="current_time"><strong>الوقت الحالي:</strong> {_when(now)}</span>
			<span id="copyright">\n				<!-- MyBB is free software developed and maintained by a volunteer community.\n					It would be much appreciated by the MyBB Group if you left the full copyright and "powered by" notice intact,\n					to show your support for MyBB.  If you choose to remove or modify the copyright below,\n					you may be refused support on the MyBB Community Forums.\n\n					This is free software, support us and we'll support you. -->
				مدعوم من <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-{now.year} <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.\n				<!-- End powered by -->\n			</span>\n		</div>\n	</div>\n</div>\n<!-- The following piece of code allows MyBB to run scheduled tasks. DO NOT REMOVE --><img src="{HOST}/task.php" width="1" height="1" alt="" /><!-- End task image code -->
\n</div>\n<!-- end: footer -->\n	<div id="thread_modes_popup" class="popup_menu" style="display: none;"><div class="popup_item_container"><a href="showthread.php?mode=linear&amp;tid={tid}&amp;pid={PID[n]}#pid{PID[n]}" class="popup_item">العرض العادي</a></div><div class="popup_item_container"><a href="showthread.php?mode=threaded&amp;tid={tid}&amp;pid={PID[n]}#pid{PID[n]}" class="popup_item">العرض الشجري</a></div></div>\n	<script type="text/javascript">\n	// <!--\n		if(use_xmlhttprequest == "1")
		{{\n			$("#thread_modes").popupMenu();\n		}}\n	// -->\n	</script>\n	<script type="text/javascript">\n		$(".author_avatar img").error(function () {{
			$(this).unbind("error").closest('.author_avatar').remove();\n		}});\n		var thread_deleted = "0";\n		if(thread_deleted == "1")\n		{{\n			$("#quick_reply_form, .new_reply_button, .thread_tools, .inline_rating").hide();\n			$("#moderator_options_selector option.option_mirage").attr("disabled","disabled");
		}}\n	</script>\n</body>\n</html><!-- end: showthread -->
"""
    page.add("العرض العادي", "العرض الشجري")
    return page
