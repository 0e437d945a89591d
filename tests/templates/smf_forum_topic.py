"""A Basra (Iraq) community forum on Simple Machines Forum 2.0.19 with the stock Curve theme and
the Arabic 2.0 language pack ("منتديات شبكة المربد"), a topic in its board "أخبار البصرة
والعراق" where a member reposts a news story from an outlet, as SMF serves it to a guest:
XHTML 1.0 Transitional doctype, `<html dir="rtl">`, Curve `index.css` + `rtl.css`, the smf_*
script variables, `<title>` and meta description both the bare topic subject, forum-wide meta
keywords, canonical `index.php?topic=N.0`, prev/next/index links; no og, no JSON-LD and no
machine-readable date anywhere. The body: `#wrapper` → `#header` (`h1.forumtitle`, the guest
login form with the cookie-length select, search form and the random "الأخبار:" news line,
the `#menu_nav` dropmenu), the `.navigate_section` linktree (forum » category » board with
"(مشرف: ...)" » topic, separators `&#187;`), `.pagesection` (« قبل / بعد » links, reply/print
`buttonlist`, "صفحات: [1] للأسفل"), `#forumposts` with the `cat_bar` "المحرر / موضوع: ...
(زيارة N مرات)" and `#whoisviewing`, then one `div.windowbg` / `div.windowbg2` (alternating)
per post: `span.topslice`, `.post_wrapper` → `.poster` (h4 name link with the offline icon,
`ul#msg_N_extra_info`: custom title, membergroup, post group, stars, avatar, "مشاركة: 14,322",
gender, blurb, profile icon; a guest poster shows "زائر") and `.postarea` → `.flow_hidden` →
`.keyinfo` (message icon, `h5#subject_N` subject link, `div.smalltext` "« في: مارس 05, 2024,
09:12:40 صباحاً »" — the 2.0 default `%B %d, %Y, %I:%M:%S %p` with the pack's "صباحاً" /
"مسائاً"; replies "« رد #1 في: ... »" and subject "رد: ...") plus the guest "اقتباس" quick
button, `.post` → `div.inner#msg_N` with the BBCode-rendered body (`<br />` runs, no `<p>`),
`.moderatorbar` (`.modified` "« آخر تحرير: ... بواسطة ... »" on page 2's first post,
`.reportlinks` "سجل", `.signature`). The first post is the story: page 1 opens with the
headline again in `[center][size=14pt][b]`, a centred `bbc_img` with an italic caption, and
ends with "المصدر:" linking the agency; page 2 opens with the byline "كتب: مرتضى الحلفي"
(the only page naming the writer), links a phrase inline, bolds a figure, has a `bbc_size`
subheading (a body paragraph) and ends with "المصدر:"; page 3 opens with the poster's
"نقلاً عن ...:" line and ends with the poster's question. Replies are comments (page 1
quotes a story sentence in `blockquote.bbc_standard_quote` under "مقتبس من: ... في ...",
page 3 has a guest reply); then the Tagging System mod block "الكلمات الدلالية:", the lower
pagesection and linktree, the Related Topics mod "المواضيع المشابهة" table (MessageIndex
markup: "بدء بواسطة", "N ردود" / "N مشاهدة", last-post time "بواسطة"), the guest quick reply
box (page 1 adds the old-topic warning) and `#footer_section` "SMF 2.0.19 | SMF © 2021,
Simple Machines", XHTML/RSS/"نسخة خفيفة" and the "تم إنشاء الصفحة في ..." line. Times are
the forum's (Baghdad, +03:00, printed without an offset): page 2's story went up at 00:38,
printed "12:38:15 صباحاً" of 21 July. All of that except the story paragraphs is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, Article, Page, e

NAME = "smf_forum_topic"
HELD_OUT = True
SET = "unseen20"
FAMILY = "SMF 2.0 Curve forum topic (guest view) reposting a news story: windowbg posts, keyinfo « في: date », BBCode body, replies, signatures, related topics"
HOST = "https://smf-forum.example"
SCRIPT = f"{HOST}/index.php"
THEME = f"{HOST}/Themes/default"
SITE = "منتديات شبكة المربد"
CATEGORY = ("الأقسام العامة", 2)
BOARD = ("أخبار البصرة والعراق", 5)
KEYWORDS = "البصرة, العراق, منتديات, أخبار البصرة, شبكة المربد"
MENU = (("home", "", "الرئيسية"), ("help", "?action=help", "تعليمات"),
        ("search", "?action=search", "بحث"), ("calendar", "?action=calendar", "التقويم"),
        ("login", "?action=login", "دخول"), ("register", "?action=register", "تسجيل"))
COOKIE = (("60", "1 ساعة"), ("1440", "1 يوم"), ("10080", "1 أسبوع"), ("43200", "1 شهر"),
          ("-1", "غير محدد"))
NEWS = ("يرجى الالتزام بقوانين المنتدى وعدم نقل الأخبار دون ذكر مصدرها",
        "تابعوا قسم الأخبار المحلية لآخر مستجدات البصرة والعراق",
        "نرحب بأعضائنا الجدد ونتمنى لهم طيب الإقامة بيننا")
GUEST = ("أهلا, زائر. الرجاء الدخول أو التسجيل", "هل فقدت بريد التفعيل؟",
         "تسجيل الدخول باسم المستخدم، كلمة المرور و الفترة الزمنية")
QR_DESC = "باستخدام الرد السريع تستطيع استعمال رموز المنتدى و الابتسامات كما تفعل في الرد العادي، ولكن بشكل بسيط."
OLD_TOPIC = ("تحذير: لم يتم المشاركة في هذا الموضوع لأكثر من 120 يوم.",
             "مالم تكن متأكدا من أنك تريد أن تشارك في هذا الموضوع, فكر في إنشاء موضوع جديد.")
RELATED_HEAD = ("الموضوع / بدء بواسطة", "ردود / مشاهدة", "آخر مشاركة")
TAGS_LABEL = "الكلمات الدلالية:"
# uid, name, custom title, group, post group, stars (count, image), posts, gender, blurb, avatar,
# signature (plain text)
MEMBERS = {
    "abu_haidar": (12, "أبو حيدر البصري", "ابن الفيحاء", "مشرف", "عضو ماسي", (5, "starmod.gif"),
                   14322, "Male", "", 4471, "اللهم احفظ العراق وأهله"),
    "noor": (377, "نور الهدى", "", "مشرفة قسم الأخبار", "عضو ذهبي", (5, "starmod.gif"), 6085,
             "Female", "الكلمة الطيبة صدقة", 5120, "البصرة.. ثغر العراق الباسم"),
    "haidar": (2291, "حيدر الخصيبي", "", "", "عضو نشيط", (3, "star.gif"), 412, "Male", "", 6013,
               ""),
    "um_zainab": (1830, "أم زينب", "", "", "عضو مميز", (4, "star.gif"), 2217, "Female", "", 0,
                  "ربِّ اغفر لي ولوالديّ"),
    "sibawi": (3102, "علي السيباوي", "", "", "عضو جديد", (1, "star.gif"), 37, "Male", "", 0, ""),
    "karrar": (2764, "كرار البصراوي", "", "", "عضو نشيط", (3, "star.gif"), 958, "Male",
               "من الجمهورية وأفتخر", 6650, "لا تنسوا ذكر الله"),
    "zubair": (1455, "سلام الزبيري", "", "", "عضو ذهبي", (5, "star.gif"), 5540, "Male", "", 3377,
               ""),
    "fao": (3318, "مهند الفاوي", "", "", "عضو جديد", (1, "star.gif"), 12, "Male", "", 0, ""),
}
POSTER = {1: "abu_haidar", 2: "noor", 3: "abu_haidar"}
OUTLET = {1: ("وكالة نبأ الجنوب", "https://naba-aljanoub.example/news/48213"),
          2: ("صحيفة شط العرب", "https://shatt-alarab-news.example/local/2024/07/20/power")}
BYLINE = "كتب: مرتضى الحلفي"
INTRO3 = "نقلاً عن موقع الرافد نيوز:"
QUESTION3 = "ما رأيكم يا جماعة؟ هل ستصل الحصة بوقتها هذه المرة؟"
LINKED = {2: (1, "بيان للشركة", "https://sedc.example/ar/news/1942")}
BOLD = {2: (1, "4200 ميغاواط")}
# (page) -> replies: (member key or guest name, minutes after, text, quoted paragraph index)
REPLIES = {
    1: (("haidar", 47, "إن شاء الله تشمل منطقتنا أيضا، من سنتين ونحن نشتري ماء الشرب بالجلكانات.",
         1),
        ("um_zainab", 190, "خبر مفرح والله، نتمنى ما يكون مثل المشاريع السابقة اللي توقفت بعد أشهر.",
         None),
        ("sibawi", 1510, "وأهل السيبة متى؟ الماء عندنا مالح مثل ماء البحر.", None)),
    2: (("karrar", 22, "20 ساعة بالمركز؟ خلي نشوف التطبيق على الأرض أولا", None),
        ("zubair", 365, "في الزبير انقطعت ثلاث ساعات متواصلة اليوم الظهر، الله يعين الناس.", None)),
    3: (("zubair", 58, "خبر طيب، المهم توصل الحصة كاملة وبموعدها.", None),
        ("أبو مصطفى", 96, "الحمد لله، بس الطحين الأسمر بالحصة الماضية ما كان زين.", None),
        ("fao", 240, "الرصيف 12 صار مزدحم هالأيام، شفت البواخر منتظرة بالخور.", None),
        ("karrar", 1455, "أتمنى تصل حصة الطحين قبل رمضان.", None)),
}
VIEWS = (3412, 1876, 642)
GUESTS_VIEWING = (4, 2, 6)
RELATED_STATS = (((7, 1204, "zubair", 40), (23, 3870, "haidar", 95), (4, 611, "fao", 130)),
                 ((41, 5120, "karrar", 12), (9, 2045, "um_zainab", 365), (15, 1990, "zubair", 4)),
                 ((3, 702, "haidar", 3), (6, 1381, "noor", 17), (12, 2260, "sibawi", 60)))
LOAD = ((0.118, 27), (0.094, 25), (0.131, 29))


def _time(moment) -> str:
    """SMF 2.0's default time format in the forum's own zone: "مارس 05, 2024, 09:12:40 صباحاً"."""
    hour = moment.hour % 12 or 12
    half = "صباحاً" if moment.hour < 12 else "مسائاً"
    return (f"{MONTHS[moment.month - 1]} {moment.day:02d}, {moment.year}, {hour:02d}:"
            f"{moment:%M:%S} {half}")


def _poster(key: str, msg: int) -> tuple[str, list[str]]:
    if key not in MEMBERS:  # a guest's reply: plain name, the "زائر" group
        return (f'\t\t\t\t\t\t<div class="poster">\n\t\t\t\t\t\t\t<h4>\n\t\t\t\t\t\t\t\t{e(key)}\n\t\t\t\t\t\t\t</h4>\n\t\t\t\t\t\t\t<ul class="reset smalltext" id="msg_{msg}_extra_info">\n\t\t\t\t\t\t\t\t<li class="membergroup">زائر</li>\n\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t</div>', [key, "زائر"])
    uid, name, title, group, postgroup, (stars, star), posts, gender, blurb, avatar, _ = MEMBERS[key]
    lines = [name, title, group, postgroup, f"مشاركة: {posts:,}", "الجنس:", blurb]
    items = [f'\n								<li class="title">{e(title)}</li>' if title else "",
             f'\n								<li class="membergroup">{e(group)}</li>' if group else "",
             f'\n								<li class="postgroup">{e(postgroup)}</li>',
             '\n								<li class="stars">' + "".join(
                 f'<img src="{THEME}/images/{star}" alt="*" />' for _ in range(stars)) + "</li>"]
    if avatar:
        items.append(f'\n\t\t\t\t\t\t\t\t<li class="avatar">\n\t\t\t\t\t\t\t\t\t<a href="{SCRIPT}?action=profile;u={uid}">\n\t\t\t\t\t\t\t\t\t\t<img class="avatar" src="{SCRIPT}?action=dlattach;attach={avatar};type=avatar" alt="" />\n\t\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t</li>')
    items.append(f'\n								<li class="postcount">مشاركة: {posts:,}</li>')
    items.append(f'\n								<li class="gender">الجنس: <img class="gender" src="{THEME}/images/{gender}.gif" alt="{"ذكر" if gender == "Male" else "أنثى"}" /></li>')
    if blurb:
        items.append(f'\n								<li class="blurb">{e(blurb)}</li>')
    items.append(f'\n\t\t\t\t\t\t\t\t<li class="profile">\n\t\t\t\t\t\t\t\t\t<ul>\n\t\t\t\t\t\t\t\t\t\t<li><a href="{SCRIPT}?action=profile;u={uid}"><img src="{THEME}/images/icons/profile_sm.gif" alt="مشاهدة الملف الشخصي" title="مشاهدة الملف الشخصي" /></a></li>\n\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t\t</li>')
    return (f'\t\t\t\t\t\t<div class="poster">\n\t\t\t\t\t\t\t<h4>\n\t\t\t\t\t\t\t\t<img src="{THEME}/images/useroff.gif" alt="غير متصل" />\n\t\t\t\t\t\t\t\t<a href="{SCRIPT}?action=profile;u={uid}" title="مشاهدة الملف الشخصي لـ {e(name)}">{e(name)}</a>\n\t\t\t\t\t\t\t</h4>\n\t\t\t\t\t\t\t<ul class="reset smalltext" id="msg_{msg}_extra_info">{"".join(items)}\n\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t</div>', lines)


def _post(tid: int, msg: int, counter: int, key: str, subject: str, when, body: str,
          last_msg: int, modified: str = "") -> tuple[str, list[str]]:
    poster, lines = _poster(key, msg)
    cls = "windowbg" if counter % 2 == 0 else "windowbg2"
    on = f"رد #{counter} في:" if counter else " في:"
    sig = MEMBERS[key][10] if key in MEMBERS else ""
    lines += [subject, f"« {on.strip()} {_time(when)} »", "اقتباس", "سجل", sig]
    signature = (f'\n							<div class="signature" id="msg_{msg}_signature"><div align="center"><span style="color: green;" class="bbc_color"><strong>{e(sig)}</strong></span></div></div>'
                 if sig else "")
    anchor = f'\n				<a id="msg{msg}"></a>' if counter else ""
    edit = f"\n								&#171; <em>{modified}</em> &#187;" if modified else ""
    if modified:
        lines.append(f"« {modified} »")
    return (f'{anchor}\n\t\t\t\t<div class="{cls}">\n\t\t\t\t\t<span class="topslice"><span></span></span>\n\t\t\t\t\t<div class="post_wrapper">\n{poster}\n\t\t\t\t\t\t<div class="postarea">\n\t\t\t\t\t\t\t<div class="flow_hidden">\n\t\t\t\t\t\t\t\t<div class="keyinfo">\n\t\t\t\t\t\t\t\t\t<div class="messageicon">\n\t\t\t\t\t\t\t\t\t\t<img src="{THEME}/images/post/xx.gif" alt="" />\n\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t<h5 id="subject_{msg}">\n\t\t\t\t\t\t\t\t\t\t<a href="{SCRIPT}?topic={tid}.msg{msg}#msg{msg}" rel="nofollow">{e(subject)}</a>\n\t\t\t\t\t\t\t\t\t</h5>\n\t\t\t\t\t\t\t\t\t<div class="smalltext">&#171; <strong>{on}</strong> {_time(when)} &#187;</div>\n\t\t\t\t\t\t\t\t\t<div id="msg_{msg}_quick_mod"></div>\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t<ul class="reset smalltext quickbuttons">\n\t\t\t\t\t\t\t\t\t<li class="quote_button"><a href="{SCRIPT}?action=post;quote={msg};topic={tid}.0;last_msg={last_msg}" onclick="return oQuickReply.quote({msg});">اقتباس</a></li>\n\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t<div class="post">\n\t\t\t\t\t\t\t\t<div class="inner" id="msg_{msg}">{body}</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<div class="moderatorbar">\n\t\t\t\t\t\t\t<div class="smalltext modified" id="modified_{msg}">{edit}\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t<div class="smalltext reportlinks">\n\t\t\t\t\t\t\t\t<img src="{THEME}/images/ip.gif" alt="" />\n\t\t\t\t\t\t\t\tسجل\n\t\t\t\t\t\t\t</div>{signature}\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t\t<span class="botslice"><span></span></span>\n\t\t\t\t</div>\n\t\t\t\t<hr class="post_separator" />', lines)


def _story(article: Article, n: int) -> str:
    """The first post's BBCode as SMF 2.0's parse_bbc renders it: `<br />` runs, no `<p>`."""
    paragraphs = [e(p) for p in (article.lead, *article.paragraphs)]
    if n in LINKED:
        idx, words, href = LINKED[n]
        paragraphs[idx] = paragraphs[idx].replace(
            e(words), f'<a href="{href}" class="bbc_link" target="_blank">{e(words)}</a>', 1)
    if n in BOLD:
        idx, words = BOLD[n]
        paragraphs[idx] = paragraphs[idx].replace(e(words), f"<strong>{e(words)}</strong>", 1)
    head = ""
    if n == 1:
        head = (f'<div align="center"><span style="font-size: 14pt;" class="bbc_size"><strong>{e(article.headline)}</strong></span></div>'
                f'<div align="center"><img src="https://i.imgur.com/q7Fh2Kd.jpg" alt="" width="640" height="427" class="bbc_img" /><br /><em>{e(article.caption)}</em></div><br />')
    elif n == 2:
        head = f"<strong>{e(BYLINE)}</strong><br /><br />"
    else:
        head = f'<span style="color: maroon;" class="bbc_color">{e(INTRO3)}</span><br /><br />'
    parts = []
    for k, text in enumerate(paragraphs):
        if n == 2 and k == 2:  # the story's subheading: bold, larger, one <br /> below
            parts.append(f'<strong><span style="font-size: 12pt;" class="bbc_size">{text}</span></strong><br />')
        else:
            parts.append(text + ("<br /><br />" if k < len(paragraphs) - 1 else ""))
    tail = ""
    if n in OUTLET:
        name, href = OUTLET[n]
        tail = f'<br /><br /><strong>المصدر:</strong> <a href="{href}" class="bbc_link" target="_blank">{e(name)}</a>'
    else:
        tail = f"<br /><br />{e(QUESTION3)} <img src=\"{HOST}/Smileys/default/huh.gif\" alt=\"???\" title=\"هااا؟\" class=\"smiley\" />"
    return head + "".join(parts) + tail


def render(article: Article, n: int) -> Page:
    tid = int(article.slug)
    moment = article.moment
    first = 8 * tid + 3071
    replies = REPLIES[n]
    msgs = [first + 3 * k + (k * k) % 5 for k in range(len(replies) + 1)]
    url = f"{SCRIPT}?topic={tid}.0"
    shown = _time(moment)
    page = Page(url=url, html="", shown_date=shown)
    body_flat = " ".join(article.body.split())
    chrome: list[str] = []
    key = POSTER[n]
    modified = ""
    if n == 2:
        modified = f"آخر تحرير: {_time(moment + timedelta(minutes=24, seconds=29))} بواسطة {MEMBERS[key][1]}"
    post, lines = _post(tid, msgs[0], 0, key, article.headline, moment, _story(article, n),
                        msgs[-1], modified)
    posts = [post]
    chrome += lines
    if n == 1:
        chrome += [article.caption, "المصدر: " + OUTLET[1][0]]
    elif n == 2:
        chrome += [BYLINE, "المصدر: " + OUTLET[2][0]]
    else:
        chrome += [INTRO3, QUESTION3]
    paragraphs = (article.lead, *article.paragraphs)
    subject = "رد: " + article.headline
    for k, (who, minutes, text, quoted) in enumerate(replies, 1):
        when = moment + timedelta(minutes=minutes, seconds=17 * k)
        body = e(text)
        if quoted is not None:
            sentence = paragraphs[quoted].split("، ")[-1]
            head = f"مقتبس من: {MEMBERS[key][1]} في {shown}"
            body = (f'<div class="quoteheader"><div class="topslice_quote"><a href="{SCRIPT}?topic={tid}.msg{msgs[0]}#msg{msgs[0]}">{e(head)}</a></div></div>'
                    f'<blockquote class="bbc_standard_quote">{e(sentence)}<br /></blockquote><div class="quotefooter"><div class="botslice_quote"></div></div>{body}')
            chrome.append(head)
        if n == 1 and k == 2:
            body += f' <img src="{HOST}/Smileys/default/smiley.gif" alt="&#58;&#41;" title="مبتسم" class="smiley" />'
        chrome.append(text)
        post, lines = _post(tid, msgs[k], k, who, subject, when, body, msgs[-1])
        posts.append(post)
        chrome += lines
    board, bid = BOARD
    cat, cid = CATEGORY
    moderator = MEMBERS["noor"]
    tree = f'\t<div class="navigate_section">\n\t\t<ul>\n\t\t\t<li>\n\t\t\t\t<a href="{SCRIPT}"><span>{SITE}</span></a> &#187;\n\t\t\t</li>\n\t\t\t<li>\n\t\t\t\t<a href="{SCRIPT}#c{cid}"><span>{cat}</span></a> &#187;\n\t\t\t</li>\n\t\t\t<li>\n\t\t\t\t<a href="{SCRIPT}?board={bid}.0"><span>{board}</span></a> (مشرف: <a href="{SCRIPT}?action=profile;u={moderator[0]}" title="مشرف المنتدى">{moderator[1]}</a>) &#187;\n\t\t\t</li>\n\t\t\t<li class="last">\n\t\t\t\t<a href="{url}"><span>{e(article.headline)}</span></a>\n\t\t\t</li>\n\t\t</ul>\n\t</div>'
    chrome += [SITE, cat, board, f"(مشرف: {moderator[1]})"]
    buttons = f'\n\t\t<div class="buttonlist floatright">\n\t\t\t<ul>\n\t\t\t\t<li><a class="button_strip_reply active" href="{SCRIPT}?action=post;topic={tid}.0;last_msg={msgs[-1]}"><span>رد</span></a></li>\n\t\t\t\t<li><a class="button_strip_print" href="{SCRIPT}?action=printpage;topic={tid}.0" rel="new_win nofollow"><span class="last">طباعة</span></a></li>\n\t\t\t</ul>\n\t\t</div>'
    nextlinks = (f'<a href="{url};prev_next=prev#new">&laquo; قبل</a> '
                 f'<a href="{url};prev_next=next#new">بعد &raquo;</a>')
    chrome += ["« قبل", "بعد »", "رد", "طباعة", "صفحات: [1] للأسفل", "صفحات: [1] للأعلى",
               "المحرر", f"موضوع: {article.headline} (زيارة {VIEWS[n - 1]} مرات)",
               f"0 الأعضاء و {GUESTS_VIEWING[n - 1]} ضيوف يشاهدون هذا الموضوع."]
    tag_links = "".join(f'<a href="{SCRIPT}?action=tags;tagid={40 + 7 * k + n}">{e(t)}</a>&nbsp;'
                        for k, t in enumerate(article.tags))
    chrome += [TAGS_LABEL, *article.tags]
    rows = []
    for k, (title, (count, views, who, days)) in enumerate(zip(article.related,
                                                               RELATED_STATS[n - 1],
                                                               strict=True)):
        rt = tid - 61 * (k + 1) - 7 * n
        starter = MEMBERS[("sibawi", "haidar", "zubair")[k]][1]
        last = moment - timedelta(days=days, hours=3 * k, minutes=11 * k)
        chrome += [title, f"بدء بواسطة {starter}", f"{count} ردود", f"{views} مشاهدة", _time(last),
                   f"بواسطة {MEMBERS[who][1]}"]
        rows.append(f'\t\t\t\t<tr>\n\t\t\t\t\t<td class="icon1 windowbg">\n\t\t\t\t\t\t<img src="{THEME}/images/topic/{"hot_post" if count > 15 else "normal_post"}.gif" alt="" />\n\t\t\t\t\t</td>\n\t\t\t\t\t<td class="icon2 windowbg">\n\t\t\t\t\t\t<img src="{THEME}/images/post/xx.gif" alt="" />\n\t\t\t\t\t</td>\n\t\t\t\t\t<td class="subject windowbg2">\n\t\t\t\t\t\t<div >\n\t\t\t\t\t\t\t<span id="msg_{8 * rt + 3071}"><a href="{SCRIPT}?topic={rt}.0">{e(title)}</a></span>\n\t\t\t\t\t\t\t<p>بدء بواسطة <a href="{SCRIPT}?action=profile;u={MEMBERS[("sibawi", "haidar", "zubair")[k]][0]}" title="مشاهدة الملف الشخصي لـ {starter}">{starter}</a>\n\t\t\t\t\t\t\t\t<small id="pages{8 * rt + 3071}"></small>\n\t\t\t\t\t\t\t</p>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</td>\n\t\t\t\t\t<td class="stats windowbg">\n\t\t\t\t\t\t{count} ردود\n\t\t\t\t\t\t<br />\n\t\t\t\t\t\t{views} مشاهدة\n\t\t\t\t\t</td>\n\t\t\t\t\t<td class="lastpost windowbg2">\n\t\t\t\t\t\t<a href="{SCRIPT}?topic={rt}.msg{8 * rt + 3071 + count}#new"><img src="{THEME}/images/icons/last_post.gif" alt="آخر مشاركة" title="آخر مشاركة" /></a>\n\t\t\t\t\t\t{_time(last)}<br />\n\t\t\t\t\t\tبواسطة <a href="{SCRIPT}?action=profile;u={MEMBERS[who][0]}">{MEMBERS[who][1]}</a>\n\t\t\t\t\t</td>\n\t\t\t\t</tr>')
    chrome += ["المواضيع المشابهة", *RELATED_HEAD, "الرد السريع", QR_DESC, "الاسم:",
               "البريد الالكتروني:"]
    old = ""
    if n == 1:
        old = (f'<p class="alert smalltext">{OLD_TOPIC[0]}<br />{OLD_TOPIC[1]}</p>')
        chrome += list(OLD_TOPIC)
    menu = "".join(f'\n\t\t\t\t<li id="button_{act}">\n\t\t\t\t\t<a class="{"active " if act == "home" else ""}firstlevel" href="{SCRIPT}{href}">\n\t\t\t\t\t\t<span class="{"last " if k == len(MENU) - 1 else ""}firstlevel">{label}</span>\n\t\t\t\t\t</a>\n\t\t\t\t</li>' for k, (act, href, label) in enumerate(MENU))
    selected = ' selected="selected"'
    options = "".join(f'\n\t\t\t\t\t\t<option value="{v}"{selected if v == "-1" else ""}>{t}</option>'
                      for v, t in COOKIE)
    seconds, queries = LOAD[n - 1]
    footer_load = f"تم إنشاء الصفحة في {seconds} ثانية مستخدما {queries} استفسارات."
    chrome += [label for _, _, label in MENU] + [t for _, t in COOKIE] + list(GUEST) + [
        "الأخبار:", NEWS[n - 1], "SMF 2.0.19 | SMF © 2021, Simple Machines", "XHTML", "RSS",
        "نسخة خفيفة", footer_load]
    page.add(*(c for c in dict.fromkeys(chrome) if c and c not in body_flat))
    session = f"{tid * 7919:x}"[:10].ljust(32, "a")
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">\n<head>\n\t<link rel="stylesheet" type="text/css" href="{THEME}/css/index.css?fin20" />\n\t<link rel="stylesheet" type="text/css" href="{THEME}/css/rtl.css" />\n\t<script type="text/javascript" src="{THEME}/scripts/script.js?fin20"></script>\n\t<script type="text/javascript" src="{THEME}/scripts/theme.js?fin20"></script>\n\t<script type="text/javascript"><!-- // --><![CDATA[\n\t\tvar smf_theme_url = "{THEME}";\n\t\tvar smf_default_theme_url = "{THEME}";\n\t\tvar smf_images_url = "{THEME}/images";\n\t\tvar smf_scripturl = "{SCRIPT}";\n\t\tvar smf_iso_case_folding = false;\n\t\tvar smf_charset = "UTF-8";\n\t\tvar ajax_notification_text = "تحميل...";\n\t\tvar ajax_notification_cancel_text = "إلغاء";\n\t// ]]></script>\n\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n\t<meta name="description" content="{e(article.headline)}" />\n\t<meta name="keywords" content="{KEYWORDS}" />\n\t<title>{e(article.headline)}</title>\n\t<link rel="canonical" href="{url}" />\n\t<link rel="help" href="{SCRIPT}?action=help" />\n\t<link rel="search" href="{SCRIPT}?action=search" />\n\t<link rel="contents" href="{SCRIPT}" />\n\t<link rel="alternate" type="application/rss+xml" title="{SITE} - RSS" href="{SCRIPT}?type=rss;action=.xml" />\n\t<link rel="prev" href="{url};prev_next=prev" />\n\t<link rel="next" href="{url};prev_next=next" />\n\t<link rel="index" href="{SCRIPT}?board={bid}.0" />\n</head>\n<body>\n<div id="wrapper" style="width: 90%">\n\t<div id="header"><div class="frame">\n\t\t<div id="top_section">\n\t\t\t<h1 class="forumtitle">\n\t\t\t\t<a href="{SCRIPT}">{SITE}</a>\n\t\t\t</h1>\n\t\t\t<img id="upshrink" src="{THEME}/images/upshrink.png" alt="*" title="تقليص أو توسيع الترويسه." style="display: none;" />\n\t\t\t<img id="smflogo" src="{THEME}/images/smflogo.png" alt="Simple Machines Forum" title="Simple Machines Forum" />\n\t\t</div>\n\t\t<div id="upper_section" class="middletext">\n\t\t\t<div class="user">\n\t\t\t\t<script type="text/javascript" src="{THEME}/scripts/sha1.js"></script>\n\t\t\t\t<form id="guest_form" action="{SCRIPT}?action=login2" method="post" accept-charset="UTF-8"  onsubmit="hashLoginPassword(this, '{session}');">\n\t\t\t\t\t<div class="info">أهلا, <strong>زائر</strong>. الرجاء <a href="{SCRIPT}?action=login">الدخول</a> أو <a href="{SCRIPT}?action=register">التسجيل</a><br />هل فقدت <a href="{SCRIPT}?action=activate">بريد التفعيل؟</a></div>\n\t\t\t\t\t<input type="text" name="user" size="10" class="input_text" />\n\t\t\t\t\t<input type="password" name="passwrd" size="10" class="input_password" />\n\t\t\t\t\t<select name="cookielength">{options}\n\t\t\t\t\t</select>\n\t\t\t\t\t<input type="submit" value="دخول" class="button_submit" /><br />\n\t\t\t\t\t<div class="info">{GUEST[2]}</div>\n\t\t\t\t\t<input type="hidden" name="hash_passwrd" value="" />\n\t\t\t\t</form>\n\t\t\t</div>\n\t\t\t<div class="news normaltext">\n\t\t\t\t<form id="search_form" action="{SCRIPT}?action=search2" method="post" accept-charset="UTF-8">\n\t\t\t\t\t<input type="text" name="search" value="" class="input_text" />&nbsp;\n\t\t\t\t\t<input type="submit" name="submit" value="بحث" class="button_submit" />\n\t\t\t\t\t<input type="hidden" name="advanced" value="0" />\n\t\t\t\t\t<input type="hidden" name="topic" value="{tid}" /></form>\n\t\t\t\t<h2>الأخبار: </h2>\n\t\t\t\t<p>{NEWS[n - 1]}</p>\n\t\t\t</div>\n\t\t</div>\n\t\t<br class="clear" />\n\t\t<script type="text/javascript"><!-- // --><![CDATA[\n\t\t\tvar oMainHeaderToggle = new smc_Toggle({{\n\t\t\t\tbToggleEnabled: true,\n\t\t\t\tbCurrentlyCollapsed: false,\n\t\t\t\taSwappableContainers: [\n\t\t\t\t\t'upper_section'\n\t\t\t\t],\n\t\t\t\taSwapImages: [\n\t\t\t\t\t{{\n\t\t\t\t\t\tsId: 'upshrink',\n\t\t\t\t\t\tsrcExpanded: smf_images_url + '/upshrink.png',\n\t\t\t\t\t\taltExpanded: 'تقليص أو توسيع الترويسه.',\n\t\t\t\t\t\tsrcCollapsed: smf_images_url + '/upshrink2.png',\n\t\t\t\t\t\taltCollapsed: 'تقليص أو توسيع الترويسه.'\n\t\t\t\t\t}}\n\t\t\t\t],\n\t\t\t\toThemeOptions: {{\n\t\t\t\t\tbUseThemeSettings: false,\n\t\t\t\t\tsOptionName: 'collapse_header',\n\t\t\t\t\tsSessionVar: 'c2d1f0e9',\n\t\t\t\t\tsSessionId: '{session}'\n\t\t\t\t}},\n\t\t\t\toCookieOptions: {{\n\t\t\t\t\tbUseCookie: true,\n\t\t\t\t\tsCookieName: 'upshrink'\n\t\t\t\t}}\n\t\t\t}});\n\t\t// ]]></script>\n\t\t<div id="main_menu">\n\t\t\t<ul class="dropmenu" id="menu_nav">{menu}\n\t\t\t</ul>\n\t\t</div>\n\t\t<br class="clear" />\n\t</div></div>\n\t<div id="content_section"><div class="frame">\n\t\t<div id="main_content_section">\n{tree}\n\t\t\t<a id="top"></a>\n\t\t\t<a id="msg{msgs[0]}"></a>\n\t\t\t<div class="pagesection">\n\t\t\t\t<div class="nextlinks">{nextlinks}</div>{buttons}\n\t\t\t\t<div class="pagelinks floatleft">صفحات: &nbsp;[<strong>1</strong>] &nbsp;  &nbsp;&nbsp;<a href="#lastPost"><strong>للأسفل</strong></a></div>\n\t\t\t</div>\n\t\t\t<div id="forumposts">\n\t\t\t\t<div class="cat_bar">\n\t\t\t\t\t<h3 class="catbg">\n\t\t\t\t\t\t<img src="{THEME}/images/topic/normal_post.gif" align="bottom" alt="" />\n\t\t\t\t\t\t<span id="author">المحرر</span>\n\t\t\t\t\t\tموضوع: {e(article.headline)} &nbsp;(زيارة {VIEWS[n - 1]} مرات)\n\t\t\t\t\t</h3>\n\t\t\t\t</div>\n\t\t\t\t<p id="whoisviewing" class="smalltext">0 الأعضاء و {GUESTS_VIEWING[n - 1]} ضيوف يشاهدون هذا الموضوع.\n\t\t\t\t</p>\n\t\t\t\t<form action="{SCRIPT}?action=quickmod2;topic={tid}.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm" style="margin: 0;" onsubmit="return oQuickModify.bInEditMode ? oQuickModify.modifySave('{session}', 'c2d1f0e9') : false">{"".join(posts)}\n\t\t\t\t</form>\n\t\t\t</div>\n\t\t\t<a id="lastPost"></a>\n\t\t\t<div class="clearfix windowbg largepadding">\n\t\t\t\t<b>{TAGS_LABEL}</b> {tag_links}\n\t\t\t</div>\n\t\t\t<div class="pagesection">\n\t\t\t\t{buttons}\n\t\t\t\t<div class="pagelinks floatleft">صفحات: &nbsp;[<strong>1</strong>] &nbsp;  &nbsp;&nbsp;<a href="#top"><strong>للأعلى</strong></a></div>\n\t\t\t\t<div class="nextlinks_bottom">{nextlinks}</div>\n\t\t\t</div>\n{tree}\n\t\t\t<div id="moderationbuttons"></div>\n\t\t\t<div class="plainbox" id="display_jump_to">&nbsp;</div>\n\t\t\t<div class="cat_bar">\n\t\t\t\t<h3 class="catbg">المواضيع المشابهة</h3>\n\t\t\t</div>\n\t\t\t<div class="tborder topic_table" id="related_topics">\n\t\t\t\t<table class="table_grid" cellspacing="0">\n\t\t\t\t\t<thead>\n\t\t\t\t\t\t<tr class="catbg">\n\t\t\t\t\t\t\t<th scope="col" class="smalltext first_th" width="8%" colspan="2">&nbsp;</th>\n\t\t\t\t\t\t\t<th scope="col" class="smalltext">{RELATED_HEAD[0]}</th>\n\t\t\t\t\t\t\t<th scope="col" class="smalltext center" width="14%">{RELATED_HEAD[1]}</th>\n\t\t\t\t\t\t\t<th scope="col" class="smalltext last_th" width="22%">{RELATED_HEAD[2]}</th>\n\t\t\t\t\t\t</tr>\n\t\t\t\t\t</thead>\n\t\t\t\t\t<tbody>\n{chr(10).join(rows)}\n\t\t\t\t\t</tbody>\n\t\t\t\t</table>\n\t\t\t</div>\n\t\t\t<a id="quickreply"></a>\n\t\t\t<div class="tborder" id="quickreplybox">\n\t\t\t\t<div class="cat_bar">\n\t\t\t\t\t<h3 class="catbg">\n\t\t\t\t\t\t<span class="ie6_header floatleft"><a href="javascript:oQuickReply.swap();">\n\t\t\t\t\t\t\t<img src="{THEME}/images/collapse.gif" alt="+" id="quickReplyExpand" class="icon" />\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t<a href="javascript:oQuickReply.swap();">الرد السريع</a>\n\t\t\t\t\t\t</span>\n\t\t\t\t\t</h3>\n\t\t\t\t</div>\n\t\t\t\t<div id="quickReplyOptions">\n\t\t\t\t\t<span class="upperframe"><span></span></span>\n\t\t\t\t\t<div class="roundframe">\n\t\t\t\t\t\t<p class="smalltext lefttext">باستخدام <em>الرد السريع</em> تستطيع استعمال رموز المنتدى و الابتسامات كما تفعل في الرد العادي، ولكن بشكل بسيط.</p>\n\t\t\t\t\t\t{old}\n\t\t\t\t\t\t<form action="{SCRIPT}?board={bid};action=post2" method="post" accept-charset="UTF-8" name="postmodify" id="postmodify" onsubmit="submitonce(this);" style="margin: 0;">\n\t\t\t\t\t\t\t<input type="hidden" name="topic" value="{tid}" />\n\t\t\t\t\t\t\t<input type="hidden" name="subject" value="{e(subject)}" />\n\t\t\t\t\t\t\t<input type="hidden" name="icon" value="xx" />\n\t\t\t\t\t\t\t<input type="hidden" name="from_qr" value="1" />\n\t\t\t\t\t\t\t<input type="hidden" name="notify" value="0" />\n\t\t\t\t\t\t\t<input type="hidden" name="not_approved" value="" />\n\t\t\t\t\t\t\t<input type="hidden" name="goback" value="1" />\n\t\t\t\t\t\t\t<input type="hidden" name="last_msg" value="{msgs[-1]}" />\n\t\t\t\t\t\t\t<input type="hidden" name="c2d1f0e9" value="{session}" />\n\t\t\t\t\t\t\t<input type="hidden" name="seqnum" value="{tid % 9973 + 1200}" />\n\t\t\t\t\t\t\t<strong>الاسم:</strong> <input type="text" name="guestname" value="" size="25" class="input_text" tabindex="1" />\n\t\t\t\t\t\t\t<strong>البريد الالكتروني:</strong> <input type="text" name="email" value="" size="25" class="input_text" tabindex="2" /><br />\n\t\t\t\t\t\t\t<div class="quickReplyContent">\n\t\t\t\t\t\t\t\t<textarea cols="600" rows="7" name="message" tabindex="3"></textarea>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t<div class="righttext padding">\n\t\t\t\t\t\t\t\t<input type="submit" name="post" value="إرسال" onclick="return submitThisOnce(this);" accesskey="s" tabindex="4" class="button_submit" />\n\t\t\t\t\t\t\t\t<input type="submit" name="preview" value="معاينة" onclick="return submitThisOnce(this);" accesskey="p" tabindex="5" class="button_submit" />\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</form>\n\t\t\t\t\t</div>\n\t\t\t\t\t<span class="lowerframe"><span></span></span>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t<script type="text/javascript" src="{THEME}/scripts/topic.js"></script>\n\t\t\t\t<script type="text/javascript"><!-- // --><![CDATA[\n\t\t\t\t\tvar oQuickReply = new QuickReply({{\n\t\t\t\t\t\tbDefaultCollapsed: false,\n\t\t\t\t\t\tiTopicId: {tid},\n\t\t\t\t\t\tiStart: 0,\n\t\t\t\t\t\tsScriptUrl: smf_scripturl,\n\t\t\t\t\t\tsImagesUrl: "{THEME}/images",\n\t\t\t\t\t\tsContainerId: "quickReplyOptions",\n\t\t\t\t\t\tsImageId: "quickReplyExpand",\n\t\t\t\t\t\tsImageCollapsed: "collapse.gif",\n\t\t\t\t\t\tsImageExpanded: "expand.gif",\n\t\t\t\t\t\tsJumpAnchor: "quickreply"\n\t\t\t\t\t}});\n\t\t\t\t\taJumpTo[aJumpTo.length] = new JumpTo({{\n\t\t\t\t\t\tsContainerId: "display_jump_to",\n\t\t\t\t\t\tsJumpToTemplate: "<label class=\\"smalltext\\" for=\\"%select_id%\\">انتقل إلى:<" + "/label> %dropdown_list%",\n\t\t\t\t\t\tiCurBoardId: {bid},\n\t\t\t\t\t\tiCurBoardChildLevel: 0,\n\t\t\t\t\t\tsCurBoardName: "{board}",\n\t\t\t\t\t\tsBoardChildLevelIndicator: "==",\n\t\t\t\t\t\tsBoardPrefix: "=> ",\n\t\t\t\t\t\tsCatSeparator: "-----------------------------",\n\t\t\t\t\t\tsCatPrefix: "",\n\t\t\t\t\t\tsGoButtonLabel: "اذهب"\n\t\t\t\t\t}});\n\t\t\t\t// ]]></script>\n\t\t</div>\n\t</div></div>\n\t<div id="footer_section"><div class="frame">\n\t\t<ul class="reset">\n\t\t\t<li class="copyright">\n\t\t\t<span class="smalltext" style="display: inline; visibility: visible; font-family: Verdana, Arial, sans-serif;"><a href="{SCRIPT}?action=credits" title="Simple Machines Forum" target="_blank" class="new_win">SMF 2.0.19</a> |\n <a href="http://www.simplemachines.org/about/smf/license.php" title="License" target="_blank" class="new_win">SMF &copy; 2021</a>, <a href="http://www.simplemachines.org" title="Simple Machines" target="_blank" class="new_win">Simple Machines</a>\n\t\t\t</span></li>\n\t\t\t<li><a id="button_xhtml" href="http://validator.w3.org/check?uri=referer" target="_blank" class="new_win" title="XHTML 1.0 صالح!"><span>XHTML</span></a></li>\n\t\t\t<li><a id="button_rss" href="{SCRIPT}?action=.xml;type=rss" class="new_win"><span>RSS</span></a></li>\n\t\t\t<li class="last"><a id="button_wap2" href="{SCRIPT}?wap2" class="new_win"><span>نسخة خفيفة</span></a></li>\n\t\t</ul>\n\t\t<p>{footer_load}</p>\n\t</div></div>\n</div>\n</body></html>\n"""
    return page
