"""A Jordanian neighbourhood forum on NodeBB v3 with the Harmony theme ("منتدى الحي", Amman),
a topic in its "أخبار الحي" category whose first post is a local news item and the rest are
members' replies, as a reader's browser holds the page once NodeBB's client has run (the
server prints every `.timeago` empty, with the UTC ISO instant in `title`; the client fills it
in). The head: `<title>` "headline | منتدى الحي", NodeBB's meta tags (no generator, no JSON-LD)
with `&#x3D;` in the viewport, `og:type` article, `article:published_time` / `modified_time`
in UTC ".000Z", `article:section`, the description cut at 157 characters + "...", the
`client-rtl.css` stylesheet, canonical / rss / up / author link tags and the inline
`var config = JSON.parse(...)` script. `<html lang="ar" data-dir="rtl" style="direction:
rtl;">`, `<body class="page-topic ... template-topic ... theme-harmony user-guest
skin-noskin">`. The left `nav.sidebar` with the main navigation labels, the right sidebar
(search, login, register), the brand `h1`, the `ol.breadcrumb` (home, category, headline),
then the `DiscussionForumPosting` microdata block: `h1 component="post/header"` with
`span.topic-title component="topic/title"`, the category badge, `component="topic/tags"`
badges and the post/poster/view stats, the post bar (sort menu, guest reply button), and
`ul component="topic" class="posts timeline ..."` of `li component="post"` items
(data-index/pid/uid/timestamp/username): avatar with the hidden status text, the display name
link, a group badge (page 1), NodeBB's untranslated "wrote" / "wrote on" / "replied to X"
with the filled timeago anchor, "#n", then `div.content component="post/content"
itemprop="text"` with the markdown `<p>`s, then the signature, the reply-count button ("1 رد")
and the vote count. Dates: within the 30-day timeago cutoff the client prints jquery.timeago's
Arabic relative text ("منذ 3 أيام" on page 1; page 2's "منذ 20 ساعة" was posted at
21:40Z, 00:40 in Amman, the next local day); past it (page 3) the browser's
`toLocaleString("ar", ...)` in Amman time ("20 فبراير 2024، 7:15 م"). A footer HTML widget
states that times are Amman time (UTC+3), so the truth is the Amman day. Page 1 opens the
story with an uploaded photo (`img-fluid img-markdown`) and an italic caption line, bolds a
phrase and is posted by its writer (the only byline: the poster's display name); page 2 has a
subheading and an inline link; page 3 is page 1 of 2 with a paginator. A reply on pages 1 and
3 quotes a story sentence in a `<blockquote>`. Then the navigator, the "مواضيع مقترحة"
suggested-topics widget, the footer widget and the reconnect alert. All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "nodebb_topic"
HELD_OUT = True
SET = "unseen18"
FAMILY = "NodeBB v3 Harmony forum topic (Amman) with a news item as first post: post/content, timeago relative or locale dates over UTC titles, replies, suggested topics"
HOST = "https://muntada-alhay.example"
SITE = "منتدى الحي"
CATEGORY = (4, "4/أخبار-الحي", "أخبار الحي")
AMMAN = timedelta(hours=3)
CUTOFF_DAYS = 30
NAV = (("/categories", "fa-list", "الفئات"), ("/recent", "fa-clock-o", "حديث"),
       ("/tags", "fa-tags", "وسم"), ("/popular", "fa-fire", "الأكثر شهرة"),
       ("/users", "fa-user", "المستخدمين"), ("/groups", "fa-group", "المجموعات"))
RIGHT = (("/search", "fa-search", "بحث"), ("/login", "fa-sign-in", "دخول"),
         ("/register", "fa-user-plus", "تسجيل"))
SORTS = ("من الأقدم إلى الأحدث", "من الأحدث إلى الأقدم", "Most Votes")
GUEST_REPLY = "يجب عليك تسجيل الدخول للرد"
STATUS = {"online": "المتواجدون حاليًّا", "offline": "غير متصل", "away": "غير متواجد"}
FOOTER = ("منتدى الحي — مساحة لأهالي أحياء عمّان لتبادل الأخبار المحلية والخدمات",
          "جميع الأوقات المعروضة بتوقيت عمّان (UTC+3)")
COPY = ("© 2024 منتدى الحي", "شروط الاستخدام", "الخصوصية", "تواصل مع الإدارة")
RECONNECT = f"Looks like your connection to {SITE} was lost, please wait while we try to reconnect."
SUGGESTED = "مواضيع مقترحة"
COLLAPSE = "Collapse"
# page -> (snapshot instant, topic views, posters, total posts, first post's pid)
PAGE = {1: (datetime(2024, 5, 15, 11, 0, tzinfo=UTC), "214", 4, 4, 5521),
        2: (datetime(2024, 9, 3, 17, 50, tzinfo=UTC), "96", 4, 4, 6012),
        3: (datetime(2024, 6, 2, 8, 0, tzinfo=UTC), "1.4k", 6, 9, 4410)}
OP = {1: ("samer_khatib", "سامر الخطيب", 7, "offline", 12),
      2: ("abu_rakan", "abu_rakan", 31, "online", 5),
      3: ("nazzal_news", "nazzal_news", 19, "away", 21)}
GROUP = {1: ("مراسلو الحي", "#2e7d32")}
SIGNATURE = {7: "📍 مراسل متطوع في جبل النزهة — أرسلوا لي أخبار شارعكم عبر الرسائل الخاصة",
             44: "لا تنسوا قراءة قوانين القسم قبل النشر 🌿"}
BOLD = {1: (2, "مظلات خشبية")}
LINKED = {2: (2, "موقع الشركة", "https://www.miyahuna.example/schedule/2024-09")}
SUBHEAD = {2: 1}  # page -> index of the paragraph that is a markdown "###" subheading
IMAGE = {1: "1715506201794-hadiqa-jabal-alnuzha.jpg"}
# page -> replies: (pid, username, displayname, uid, UTC time, votes, to_pid, quote, paragraphs)
REPLIES = {
    1: ((5524, "um_yazan", "أم يزن", 12, "2024-05-12T10:15", 4, None, None,
         ("والله خبر يفرح، كنا نمر من جانب هذه الأرض كل يوم ونتمنى لو تتحول إلى شيء ينفع الأولاد.",)),
        (5530, "khaled_nz", "خالد", 23, "2024-05-13T18:05", 2, 5521,
         (3, "ستفتح أبوابها يوميا من السادسة صباحا حتى العاشرة ليلا"),
         ("العاشرة ليلا وقت مبكر في الصيف، يا ريت يمددوها لمنتصف الليل على الأقل في تموز وآب.",)),
        (5536, "rami.h", "rami.h", 44, "2024-05-14T15:20", 9, None, None,
         ("زرت الحديقة مساء أمس مع العائلة، المكان نظيف ومرتب والألعاب آمنة للصغار، لكن الموقف فعلا مشكلة والسيارات صافّة على الرصيفين.",
          "أتمنى من الجمعية تعلن عن يوم الزراعة على صفحة المنتدى حتى نشارك، وشكرا لسامر على المتابعة الدائمة."))),
    2: ((6015, "hala_marka", "هلا", 52, "2024-09-02T22:55", 3, None, None,
         ("يعني يوم الأحد لازم نعبي الخزانات من ليلة السبت، شكرا على التنبيه 🙏",)),
        (6021, "abu_omar77", "abu_omar77", 18, "2024-09-03T06:10", 6, 6012, None,
         ("عندنا في أبو نصير ما وصلت المي من أسبوعين أصلا، إن شاء الله الجدول الجديد يكون أحسن من القديم.",)),
        (6030, "eng.suhaib", "م. صهيب", 61, "2024-09-03T16:20", 1, None, None,
         ("رقم الخط الساخن للشكاوى موجود على الفاتورة، جربته الصبح وردوا خلال دقائق.",))),
    3: ((4412, "dr.nour", "د. نور", 27, "2024-02-20T18:02", 14, None, None,
         ("أخيرا! كنا نسوق نص ساعة لمستشفى البشير عشان فحص دم بسيط.",)),
        (4418, "mahmoud_q", "محمود القيسي", 33, "2024-02-21T05:40", 8, 4410,
         (3, "مع تخصيص ساعات للمراجعين دون موعد"),
         ("هذا أهم شيء بصراحة، كثير من كبار السن ما بعرفوا يستخدموا التطبيق، والوالدة مثلا ما بتحجز إلا إذا حجزنا لها نحن.",
          "بس السؤال: هل الصيدلية بتصرف أدوية الأمراض المزمنة بالتأمين الصحي الحكومي أو لازم نضل نراجع المركز القديم؟")),
        (4425, "umm_ahmad", "أم أحمد", 40, "2024-02-22T20:30", 5, None, None,
         ("رحت اليوم لعيادة الأطفال، الانتظار كان أقل من ربع ساعة والدكتورة محترمة جدا. الله يعطيهم العافية.",)),
        (4431, "nazzal_news", "nazzal_news", 19, "2024-02-23T21:10", 3, 4425, None,
         ("الحمد لله، وبالنسبة للتأمين سألت الموظف في الاستقبال وقال إن الصيدلية تصرف الأدوية المزمنة بالتأمين ابتداء من الشهر القادم.",))),
}
# page -> suggested topics' last activity (UTC), votes, posts, views
RELATED_META = {1: (("2024-05-11T08:30", 6, 31, "412"), ("2024-05-09T13:10", 2, 8, "188"), ("2024-05-06T07:45", 11, 17, "730")),
                2: (("2024-09-01T15:00", 3, 12, "265"), ("2024-08-29T10:20", 19, 6, "1.1k"), ("2024-08-26T18:40", 4, 9, "301")),
                3: (("2024-03-02T07:20", 7, 15, "640"), ("2024-02-27T13:05", 2, 4, "159"), ("2024-02-11T18:45", 12, 23, "902"))}
RELATED_USERS = ("هيا", "abu_faisal", "wael.dev")
LAST_PID = {3: (4476, "2024-03-05T09:00")}

_SING = ("أقل من {u}", "{u1}", "{u2}", "%d {pl}", "%d {acc}", "%d {u}")
_WORDS = {"minute": ("دقيقة", "دقيقة واحدة", "دقيقتين", "دقائق", "دقيقة"),
          "hour": ("ساعة", "ساعة واحدة", "ساعتين", "ساعات", "ساعة"),
          "day": ("يوم", "يوم واحد", "يومين", "أيام", "يومًا")}


def _numpf(n: int, unit: str) -> str:
    u, u1, u2, pl, acc = _WORDS[unit]
    index = (0 if n == 0 else 1 if n == 1 else 2 if n == 2 else 3 if 3 <= n % 100 <= 10
             else 4 if n % 100 >= 11 else 5)
    form = _SING[index].format(u=u, u1=u1, u2=u2, pl=pl, acc=acc)
    return form.replace("%d", str(n))


def _ago(moment: datetime, now: datetime) -> str:
    """jquery.timeago's inWords with NodeBB's Arabic strings (prefix "منذ")."""
    seconds = (now - moment).total_seconds()
    minutes, hours = seconds / 60, seconds / 3600
    if minutes < 45:
        words = _numpf(max(1, round(minutes)), "minute")
    elif minutes < 90:
        words = _numpf(1, "hour")
    elif hours < 24:
        words = _numpf(round(hours), "hour")
    elif hours < 42:
        words = _numpf(1, "day")
    else:
        words = _numpf(round(hours / 24), "day")
    return f"منذ {words}"


def _locale(moment: datetime) -> str:
    """`toLocaleString("ar", {year, month: "short", day, hour, minute})` in Amman."""
    local = moment + AMMAN
    hour = local.hour % 12 or 12
    return (f"{local.day} {MONTHS[local.month - 1]} {local.year}، {hour}:{local:%M} "
            f"{'ص' if local.hour < 12 else 'م'}")


def _utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).replace(tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"


def _slug(text: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -" else "" for c in text)
    return "-".join(kept.split())


def _shown(moment: datetime, now: datetime) -> str:
    if (now - moment).days < CUTOFF_DAYS:
        return _ago(moment, now)
    return _locale(moment)


def _timeago(pid: int, moment: datetime, now: datetime) -> str:
    return (f'<a href="/post/{pid}" class="timeago text-muted" title="{_iso(moment)}" '
            f'datetime="{_iso(moment)}">{_shown(moment, now)}</a>')


def _avatar(username: str, display: str, uid: int, size: str) -> str:
    colour = ("#e91e63", "#3f51b5", "#009688", "#ff5722", "#795548")[uid % 5]
    return (f'<span title="{e(display)}" data-uid="{uid}" class="avatar  avatar-rounded" '
            f'component="user/picture" style="--avatar-size: {size}; background-color: '
            f'{colour};">{e(display[0].upper())}</span>')


def _nav(items, page: Page) -> str:
    rows = []
    for route, icon, label in items:
        page.add(label)
        rows.append(f"""		<li class="nav-item mx-2 " title="">\n\t\t\t<a class="nav-link nav-btn navigation-link d-flex gap-2 justify-content-between align-items-center "\n\t\t\thref="{route}" >\n\t\t\t\t<span class="d-flex gap-2 align-items-center text-nowrap truncate-open">\n\t\t\t\t\t<span class="position-relative">
						<i class="fa fa-fw {icon}" data-content=""></i>\n\t\t\t\t\t\t<span component="navigation/count" class="visible-closed position-absolute top-0 start-100 translate-middle badge rounded-1 bg-primary hidden"></span>\n\t\t\t\t\t</span>\n\t\t\t\t\t<span class="nav-text small visible-open fw-semibold">{label}</span>\n\t\t\t\t</span>
			</a>\n\t\t</li>""")
    return "\n".join(rows)


def _paragraphs(article: Article, n: int) -> str:
    out = []
    if n in IMAGE:
        out.append(f'<p><img src="/assets/uploads/files/{IMAGE[n]}" alt="{IMAGE[n]}" '
                   'class=" img-fluid img-markdown" /></p>')
        out.append(f"<p><em>{e(article.caption)}</em></p>")
    for i, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == i:
            html = html.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>", 1)
        if n in LINKED and LINKED[n][0] == i:
            words, href = LINKED[n][1], LINKED[n][2]
            html = html.replace(words, f'<a href="{href}" rel="nofollow ugc">{words}</a>', 1)
        out.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == i else f"<p>{html}</p>")
    return "\n".join(out)


def _post(page: Page, body: str, n: int, index: int, pid: int, user: tuple, moment: datetime,
          votes: int, to_pid: tuple | None, content: str, extra: str = "") -> str:
    username, display, uid, status = user
    now = PAGE[n][0]
    stamp = _shown(moment, now)
    if to_pid:
        parent = f'<a component="post/parent" data-topid="{to_pid[0]}" href="/post/{to_pid[0]}">{e(to_pid[1])}</a>'
        wrote = f"replied to {parent} {'on ' if stamp == _locale(moment) else ''}"
        page.add(f"replied to {to_pid[1]} {'on ' if stamp == _locale(moment) else ''}{stamp}")
    else:
        wrote = "wrote on " if stamp == _locale(moment) else "wrote "
        page.add(f"{wrote}{stamp}")
    page.add(display, STATUS[status], f"#{index + 1}")
    if str(votes) not in body:
        page.add(str(votes))
    badge = ""
    if index == 0 and n in GROUP:
        name, colour = GROUP[n]
        page.add(name)
        badge = (f'\n\t\t\t\t<a href="/groups/{quote(_slug(name))}" class="badge rounded-1 text-uppercase '
                 f'text-truncate text-decoration-none" style="color:#ffffff;background-color: {colour};">'
                 f'<i class="fa fa-newspaper-o"></i><span class="badge-text align-text-bottom">{e(name)}</span></a>')
    signature = ""
    if uid in SIGNATURE:
        page.add(SIGNATURE[uid])
        signature = (f'\n\t\t\t<div component="post/signature" data-uid="{uid}" class="text-xs text-muted '
                     f'mt-2"><p>{e(SIGNATURE[uid])}</p>\n</div>')
    slug = quote(username.replace(".", "-").replace("_", "-"))
    return f"""							<li component="post" class="pt-4   {'topic-owner-post' if uid == OP[n][2] else ''}" data-index="{index}" data-pid="{pid}" data-uid="{uid}" data-timestamp="{int(moment.timestamp() * 1000)}" data-username="{e(username)}" data-userslug="{slug}" itemprop="comment" itemtype="http://schema.org/Comment" itemscope>\n\t\t\t\t\t\t\t\t<a component="post/anchor" data-index="{index}" id="{index + 1}"></a>\n\t\t\t\t\t\t\t\t<meta itemprop="datePublished" content="{_iso(moment)}">\n\n<div class="d-flex align-items-start gap-3">
	<div class="bg-body d-none d-sm-block rounded-circle" style="outline: 2px solid var(--bs-body-bg);">\n\t\t<a class="d-inline-block position-relative text-decoration-none" href="/user/{slug}" aria-label="Profile page for user {e(display)}">\n\t\t\t{_avatar(username, display, uid, "48px")}\n\t\t\t<span component="user/status" class="position-absolute top-100 start-100 border border-white border-2 rounded-circle status {status}"><span class="visually-hidden">{STATUS[status]}</span></span>\n\t\t</a>
	</div>\n\t<div class="post-container d-flex gap-2 flex-grow-1 flex-column w-100" style="min-width:0;">\n\t\t<div class="d-flex align-items-start justify-content-between gap-1 flex-nowrap w-100 post-header" itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t\t\t<div class="d-flex gap-1 flex-wrap align-items-center text-truncate">\n\t\t\t\t<meta itemprop="name" content="{e(display)}">
				<meta itemprop="url" content="/user/{slug}">\n\t\t\t\t<div class="d-flex flex-nowrap gap-1 align-items-center text-truncate">\n\t\t\t\t\t<a class="fw-bold text-nowrap text-truncate" href="/user/{slug}" data-username="{e(username)}" data-uid="{uid}">{e(display)}</a>\n\t\t\t\t</div>{badge}\n\t\t\t\t<div class="d-flex gap-1 align-items-center">
					<span class="text-muted">{wrote}{_timeago(pid, moment, now)}</span>\n\t\t\t\t\t<i component="post/edit-indicator" class="fa fa-edit text-muted edit-icon hidden" title="Edited Invalid Date"></i>\n\t\t\t\t\t<span data-editor="" component="post/editor" class="visually-hidden">last edited by  <span class="timeago" title="Invalid Date"></span></span>\n\t\t\t\t</div>\n\t\t\t</div>
			<div class="d-flex align-items-center gap-1 justify-content-end">\n\t\t\t\t<span class="bookmarked opacity-0 text-primary"><i class="fa fa-bookmark-o"></i></span>\n\t\t\t\t<a href="/post/{pid}" class="post-index text-muted d-none d-md-inline">#{index + 1}</a>\n\t\t\t</div>\n\t\t</div>
\n\t\t<div class="content text-break" component="post/content" itemprop="text">\n\t\t\t{content}\n\t\t</div>\n
		<div component="post/footer" class="post-footer border-bottom pb-2">{signature}\n\t\t\t<div class="d-flex flex-wrap-reverse gap-2 {'justify-content-between' if extra else 'justify-content-end'}">{extra}\n\t\t\t\t<div component="post/actions" class="d-flex flex-grow-1 align-items-center justify-content-end gap-1 post-tools">\n\t\t\t\t\t<a component="post/reply" href="#" class="btn btn-ghost btn-sm hidden" title="رد"><i class="fa fa-fw fa-reply text-primary"></i></a>\n\t\t\t\t\t<a component="post/quote" href="#" class="btn btn-ghost btn-sm hidden" title="اقتبس"><i class="fa fa-fw fa-quote-right text-primary"></i></a>
					<div class="d-flex votes align-items-center">\n\t\t\t\t\t\t<a component="post/upvote" href="#" class="btn btn-ghost btn-sm" title="Upvote post">\n\t\t\t\t\t\t\t<i class="fa fa-fw fa-chevron-up text-primary"></i>\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t<meta itemprop="upvoteCount" content="{votes}">
						<meta itemprop="downvoteCount" content="0">\n\t\t\t\t\t\t<a href="#" class="px-2 mx-1 btn btn-ghost btn-sm" component="post/vote-count" data-votes="{votes}" title="Voters">{votes}</a>\n\t\t\t\t\t\t<a component="post/downvote" href="#" class="btn btn-ghost btn-sm" title="Downvote post">\n\t\t\t\t\t\t\t<i class="fa fa-fw fa-chevron-down text-primary"></i>\n\t\t\t\t\t\t</a>
					</div>\n\t\t\t\t\t<span component="post/tools" class="dropdown bottom-sheet">\n\t\t\t\t\t\t<a class="btn btn-ghost btn-sm ff-secondary dropdown-toggle" href="#" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Post tools"><i class="fa fa-fw fa-ellipsis-v text-primary"></i></a>\n\t\t\t\t\t\t<ul class="dropdown-menu dropdown-menu-end p-1 text-sm" role="menu"></ul>\n\t\t\t\t\t</span>
				</div>\n\t\t\t</div>\n\t\t\t<div component="post/replies/container" class="my-2 col-11 border rounded-1 p-3 hidden-empty"></div>\n\t\t</div>\n\t</div>
</div>\n\t\t\t\t\t\t\t</li>"""


def _reply_content(page: Page, article: Article, n: int, reply: tuple) -> str:
    to_pid, quoted, paragraphs = reply[6:]
    out = []
    if quoted:
        op_user = OP[n][0]
        head = (f'<p><a class="plugin-mentions-user plugin-mentions-a" href="{HOST}/uid/{OP[n][2]}">'
                f'@{op_user}</a> قال في <a href="/post/{to_pid}">{e(article.headline)}</a>:</p>')
        page.add(f"@{op_user} قال في {article.headline}:")
        out += [head, f"<blockquote>\n<p>{e(quoted[1])}</p>\n</blockquote>"]
    page.add(*paragraphs)
    out += [f"<p>{e(p)}</p>" for p in paragraphs]
    return "\n".join(out)


def _reply_count(page: Page, n: int, now: datetime) -> str:
    direct = [r for r in REPLIES[n] if r[6] == PAGE[n][4]]
    if not direct:
        return ""
    last = _utc(direct[-1][4])
    avatars = "".join(f"<span>{_avatar(r[1], r[2], r[3], '20px')}</span>" for r in direct)
    page.add(f"{len(direct)} الردود" if len(direct) > 1 else "1 رد", f"آخر رد {_shown(last, now)}")
    text = f"{len(direct)} الردود" if len(direct) > 1 else "1 رد"
    return f"""\n\t\t\t\t<a component="post/reply-count" data-target-component="post/replies/container" href="#" class="d-flex gap-2 align-items-center btn btn-ghost ff-secondary border rounded-1 p-1 text-muted text-decoration-none text-xs">\n\t\t\t\t\t<span component="post/reply-count/avatars" class="d-flex gap-1 ">{avatars}</span>\n\t\t\t\t\t<span class="ms-2 replies-count fw-semibold text-nowrap" component="post/reply-count/text" data-replies="{len(direct)}">{text}</span>\n\t\t\t\t\t<span class="ms-2 replies-last hidden-xs fw-semibold">آخر رد <span class="timeago" title="{_iso(last)}">{_shown(last, now)}</span></span>
					<i class="fa fa-fw fa-chevron-down" component="post/replies/open"></i>\n\t\t\t\t</a>"""


def _suggested(page: Page, article: Article, n: int) -> str:
    page.add(SUGGESTED)
    rows = []
    for k, title in enumerate(article.related):
        stamp, votes, posts, views = RELATED_META[n][k]
        when = _shown(_utc(stamp), PAGE[n][0])
        user = RELATED_USERS[(k + n) % 3]
        page.add(title, user, when, str(votes), str(posts), views)
        rows.append(f"""	<li class="widget-topics d-flex gap-2 flex-column">\n\t\t<div class="d-flex gap-3 justify-content-between">\n\t\t\t<a class="topic-title fw-semibold fs-6 text-reset text-break d-block" href="/topic/{1700 + 37 * k + n}/{quote(_slug(title))}">{e(title)}</a>\n\t\t</div>\n\t\t<div class="d-flex flex-column gap-2 flex-grow-1">
			<div class="d-flex gap-2 align-items-center text-sm">\n\t\t\t\t<a class="text-decoration-none avatar-tooltip" title="{e(user)}" href="/user/{quote(user)}">{_avatar(user, user, 70 + k, "24px")}</a>\n\t\t\t\t<div class="post-author d-flex align-items-center gap-1">\n\t\t\t\t\t<a class="lh-1 fw-semibold text-nowrap" href="/user/{quote(user)}">{e(user)}</a>\n\t\t\t\t</div>
				<span class="timeago text-muted lh-1 text-nowrap" title="{_iso(_utc(stamp))}">{when}</span>\n\t\t\t</div>\n\t\t\t<div class="d-flex justify-content-between">\n\t\t\t\t<div class="btn btn-link btn-sm text-body pe-none"><i class="fa-fw fa-heart text-xs fa-regular text-muted"></i> {votes}</div>\n\t\t\t\t<div class="btn btn-link btn-sm text-body pe-none"><i class="fa-fw fa-regular fa-message text-xs text-muted"></i> {posts}</div>
				<div class="btn btn-link btn-sm text-body pe-none"><i class="fa-fw fa-regular fa-eye text-xs text-muted"></i> {views}</div>\n\t\t\t</div>\n\t\t</div>\n\t\t<hr/>\n\t</li>""")
    items = "\n".join(rows)
    return f"""<div data-widget-area="footer">\n<div class="card mb-3">\n\t<h5 class="card-header">{SUGGESTED}</h5>\n\t<div class="card-body">\n<div class="recent-replies">
	<ul class="suggested-topics">\n<ul class="widget-topics-list list-unstyled d-flex flex-column trim-last-divider" data-numtopics="3">\n{items}\n</ul>\n\t</ul>
</div>\n\t</div>\n</div>\n<footer class="text-center text-muted small py-4 border-top">\n<p>{FOOTER[0]}</p>
<p>{FOOTER[1]}</p>\n<p>{COPY[0]} · <a href="/tos">{COPY[1]}</a> · <a href="/privacy">{COPY[2]}</a> · <a href="/contact">{COPY[3]}</a></p>\n</footer>\n</div>"""


def _paginator(page: Page, n: int, url: str) -> str:
    if n != 3:
        return ('\t\t\t\t<nav component="pagination" class="pagination-container mt-3 hidden" '
                'aria-label="الصفحات">\n\t\t\t\t</nav>')
    page.add("1 / 2")
    return f"""				<nav component="pagination" class="pagination-container mt-3" aria-label="الصفحات">\n\t<ul class="pagination pagination-sm gap-1 hidden-xs hidden-sm justify-content-center">\n\t\t<li class="page-item previous  disabled"><a class="page-link rounded fw-secondary px-3" href="?page=1" data-page="1" aria-label="الصفحة السابقة"><i class="fa fa-chevron-left"></i> </a></li>\n\t\t<li class="page-item page active" ><a class="page-link rounded fw-secondary px-3" href="?page=1" data-page="1">1</a></li>\n\t\t<li class="page-item page" ><a class="page-link rounded fw-secondary px-3" href="?page=2" data-page="2">2</a></li>
		<li class="page-item next"><a class="page-link rounded fw-secondary px-3" href="{url}?page=2" data-page="2" aria-label="الصفحة التالية"><i class="fa fa-chevron-right"></i></a></li>\n\t</ul>\n\t<ul class="pagination pagination-sm hidden-md hidden-lg justify-content-center">\n\t\t<li component="pagination/select-page" class="page-item page select-page"><a class="page-link" href="#">1 / 2</a></li>\n\t</ul>
				</nav>"""


def render(article: Article, n: int) -> Page:
    now, views, posters, postcount, pid = PAGE[n]
    username, display, uid, status, votes = OP[n]
    tid = int(article.slug)
    slug = f"{tid}/{_slug(article.headline)}"
    url = f"{HOST}/topic/{tid}/{quote(_slug(article.headline))}"
    page = Page(url=url, html="")
    moment = article.moment.astimezone(UTC)
    page.shown_date = _shown(moment, now)
    body = " ".join(article.body.split())
    cid, cslug, cname = CATEGORY
    replies = REPLIES[n]
    last = _utc(LAST_PID[n][1]) if n in LAST_PID else _utc(replies[-1][4])
    plain = " ".join(([article.caption] if n in IMAGE else []) + [article.lead, *article.paragraphs])
    desc = plain if len(plain) <= 160 else plain[:157] + "..."
    image = (f'\n\t<meta property="og:image" content="{HOST}/assets/uploads/files/{IMAGE[n]}" />'
             f'\n\t<meta property="og:image:url" content="{HOST}/assets/uploads/files/{IMAGE[n]}" />'
             if n in IMAGE else "")
    config = json.dumps({"relative_path": "", "upload_url": "/assets/uploads", "asset_base_url": "/assets",
                         "assetBaseUrl": "/assets", "siteTitle": SITE, "browserTitle": SITE,
                         "titleLayout": "&#123;pageTitle&#125; | &#123;browserTitle&#125;",
                         "showSiteTitle": True, "maintenanceMode": False, "postQueue": 0,
                         "minimumTitleLength": 3, "maximumTitleLength": 255, "usePagination": True,
                         "postsPerPage": 5, "timeagoCutoff": CUTOFF_DAYS, "userLang": "ar",
                         "defaultLang": "ar", "loggedIn": False, "uid": -1, "cache-buster": "v=4a1b2c9e0f3",
                         "theme": {"enableQuickReply": True, "centerHeaderElements": False,
                                   "stickyToolbar": True, "topicSidebarTools": True},
                         "version": "3.8.4"}, ensure_ascii=False, separators=(",", ":"))
    page.add(SITE, COLLAPSE, "الصفحة الرئيسية", cname, *article.tags,
             f"{postcount} المشاركات", f"{posters} المشاركون", f"{views} المشاهدات", "ترتيب حسب",
             *SORTS, GUEST_REPLY, *FOOTER, *COPY, RECONNECT, article.caption if n in IMAGE else "")
    posts = [_post(page, body, n, 0, pid, (username, display, uid, status), moment, votes, None,
                   _paragraphs(article, n), _reply_count(page, n, now))]
    names = {pid: display, **{r[0]: r[2] for r in replies}}
    for k, reply in enumerate(replies, 1):
        to_pid = (reply[6], names[reply[6]]) if reply[6] and not reply[7] else None
        if reply[7]:
            to_pid = (reply[6], display)
        posts.append(_post(page, body, n, k, reply[0], (reply[1], reply[2], reply[3],
                           ("online", "offline", "away")[k % 3]), _utc(reply[4]), reply[5], to_pid,
                           _reply_content(page, article, n, reply)))
    first, final = _shown(moment, now), _shown(last, now)
    page.add(first, final, f"1 / {postcount}")
    tags = "".join(f'<a href="/tags/{quote(t)}"><span class="badge tag tag-class-{e(_slug(t))} px-1" '
                   f'data-tag="{e(t)}">{e(t)}</span></a>' for t in article.tags)
    stats = "\n".join(f"""<span class="badge stats">\n\t<i class="fa fa-fw fa-{icon} visible-xs-inline" title="{label}"></i>\n\t<span {'component="topic/post-count" ' if icon == 'pencil' else ''}title="{value}" class="human-readable-number">{value}</span>\n\t<span class="hidden-xs">{label}</span>\n</span>""" for icon, value, label in (("pencil", postcount, "المشاركات"), ("user", posters, "المشاركون"),
                                      ("eye", views, "المشاهدات")))
    sorts = "\n".join(f'\t\t\t\t\t\t<li><a class="dropdown-item rounded-1 d-flex align-items-center gap-2" href="#" '
                      f'role="menuitem"><span class="flex-grow-1">{s}</span><i class="flex-shrink-0 '
                      f'fa fa-fw text-secondary"></i></a></li>' for s in SORTS)
    html = f"""<!DOCTYPE html>\n<html lang="ar" data-dir="rtl" style="direction: rtl;">\n<head>\n\t<title>{e(article.headline)} | {SITE}</title>\n\t<meta name="viewport" content="width&#x3D;device-width, initial-scale&#x3D;1.0" />
	<meta name="content-type" content="text/html; charset=UTF-8" />\n\t<meta name="apple-mobile-web-app-capable" content="yes" />\n\t<meta name="mobile-web-app-capable" content="yes" />\n\t<meta property="og:site_name" content="{SITE}" />\n\t<meta name="msapplication-badge" content="frequency=30; polling-uri={HOST}/sitemap.xml" />
	<meta name="theme-color" content="#ffffff" />\n\t<meta name="keywords" content="عمان,أحياء,منتدى,أخبار محلية,خدمات" />\n\t<meta name="msapplication-square150x150logo" content="/assets/uploads/system/site-logo.png" />\n\t<meta name="title" content="{e(article.headline)}" />\n\t<meta property="og:title" content="{e(article.headline)}" />
	<meta property="og:type" content="article" />\n\t<meta property="article:published_time" content="{_iso(moment)}" />\n\t<meta property="article:modified_time" content="{_iso(last)}" />\n\t<meta property="article:section" content="{cname}" />\n\t<meta name="description" content="{e(desc)}" />
	<meta property="og:description" content="{e(desc)}" />{image}\n\t<meta property="og:url" content="{HOST}/topic/{e(slug)}" />\n\t<link rel="stylesheet" type="text/css" href="/assets/client-rtl.css?v=4a1b2c9e0f3" />\n\t<link rel="icon" type="image/x-icon" href="/assets/uploads/system/favicon.ico?v=4a1b2c9e0f3" />\n\t<link rel="manifest" href="/manifest.webmanifest" crossorigin="use-credentials" />
	<link rel="search" type="application/opensearchdescription+xml" title="{SITE}" href="/osd.xml" />\n\t<link rel="apple-touch-icon" href="/assets/images/touch/512.png" />\n\t<link rel="icon" sizes="36x36" href="/assets/images/touch/36.png" />\n\t<link rel="prefetch" href="/assets/src/modules/composer.js?v=4a1b2c9e0f3" />\n\t<link rel="prefetch" href="/assets/language/ar/topic.json?v=4a1b2c9e0f3" />
	<link rel="prefetch stylesheet" href="/assets/plugins/nodebb-plugin-markdown/styles/default.css" />\n\t<link rel="canonical" href="{HOST}/topic/{e(slug)}" />\n\t<link rel="alternate" type="application/rss+xml" href="/topic/{tid}.rss" />\n\t<link rel="up" href="{HOST}/category/{cslug}" />\n\t<link rel="author" href="{HOST}/user/{quote(username.replace('_', '-'))}" />
\n\t<script>\n\t\tvar config = JSON.parse('{config}');\n\t\tvar app = {{\n\t\t\tuser: JSON.parse('{{"uid":-1,"username":"زائر","displayname":"زائر","userslug":"","status":"offline","isAdmin":false}}')
		}};\n\n\t\tdocument.documentElement.style.setProperty('--panel-offset', `${{localStorage.getItem('panelOffset') || 0}}px`);\n\t</script>\n</head>
\n<body class="page-topic page-topic-{tid} page-topic-{e(_slug(article.headline))} template-topic page-topic-category-{cid} page-topic-category-{e(cslug.split('/')[1])} parent-category-{cid} page-status-200 theme-harmony user-guest skin-noskin">\n\t<div class="d-flex justify-content-between pb-4 pb-md-0">\n<nav class="text-dark bg-light sidebar sidebar-left vh-100 d-none d-md-flex flex-column justify-content-between sticky-top ff-secondary">\n\t<ul id="main-nav" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2">
{_nav(NAV, page)}\n\t</ul>\n\t<div class="w-100">\n\t\t<div class="sidebar-toggle m-2">\n\t\t\t<a href="#" role="button" component="sidebar/toggle" class="nav-btn d-flex gap-2 align-items-center p-2 pointer nav-link w-100 text-nowrap">
				<i class="fa fa-fw fa-angles-right"></i>\n\t\t\t\t<i class="fa fa-fw fa-angles-left"></i>\n\t\t\t\t<span class="nav-text visible-open fw-semibold small">{COLLAPSE}</span>\n\t\t\t</a>\n\t\t</div>
	</div>\n</nav>\n\n\t\t<main id="panel" class="d-flex flex-column gap-3 flex-grow-1">\n\t\t\t<div class="mt-3 d-flex justify-content-center">
				<div component="brand/wrapper" class="d-flex align-items-center gap-3 p-2 rounded-1 align-content-stretch">\n\t\t\t\t\t<a component="brand/anchor" href="/">\n\t\t\t\t\t\t<img component="brand/logo" alt="{SITE}" class="" src="/assets/uploads/system/site-logo.png?v=4a1b2c9e0f3" />\n\t\t\t\t\t</a>\n\t\t\t\t\t<a component="siteTitle" class="text-truncate align-self-stretch align-items-center d-flex" href="/">
						<h1 class="fs-6 fw-bold text-body mb-0">{SITE}</h1>\n\t\t\t\t\t</a>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t<div class="container d-flex flex-column gap-3" id="content">
<ol class="breadcrumb justify-content-center mb-2" itemscope="itemscope" itemprop="breadcrumb" itemtype="http://schema.org/BreadcrumbList">\n\t<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item ">\n\t\t<meta itemprop="position" content="0" />\n\t\t<a class="text-decoration-none" href="{HOST}/" itemprop="item">\n\t\t\t<span itemprop="name">الصفحة الرئيسية</span>
		</a>\n\t</li>\n\t<li itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item ">\n\t\t<meta itemprop="position" content="1" />\n\t\t<a class="text-decoration-none" href="{HOST}/category/{cslug}" itemprop="item">
			<span itemprop="name">{cname}</span>\n\t\t</a>\n\t</li>\n\t<li component="breadcrumb/current" itemscope="itemscope" itemprop="itemListElement" itemtype="http://schema.org/ListItem" class="breadcrumb-item active">\n\t\t<meta itemprop="position" content="2" />
			<span itemprop="name">{e(article.headline)}</span>\n\t</li>\n</ol>\n\n<div itemid="{HOST}/topic/{e(slug)}" itemscope itemtype="https://schema.org/DiscussionForumPosting">
	<meta itemprop="headline" content="{e(article.headline)}">\n\t<meta itemprop="url" content="{HOST}/topic/{e(slug)}">\n\t<meta itemprop="datePublished" content="{_iso(moment)}">\n\t<meta itemprop="dateModified" content="{_iso(last)}">\n\t<div itemprop="author" itemscope itemtype="https://schema.org/Person">
		<meta itemprop="name" content="{e(username)}">\n\t\t<meta itemprop="url" content="/user/{quote(username.replace('_', '-'))}">\n\t</div>\n\n\t<div class="d-flex flex-column gap-3">
		<div class="d-flex flex-wrap">\n\t\t\t<div class="d-flex flex-column gap-3 flex-grow-1">\n\t\t\t\t<h1 component="post/header" class="tracking-tight fw-semibold fs-3 mb-0 text-break ">\n\t\t\t\t\t<span class="topic-title" component="topic/title">{e(article.headline)}</span>\n\t\t\t\t</h1>
\n\t\t\t\t<div class="topic-info d-flex gap-2 align-items-center flex-wrap ">\n\t\t\t\t\t<span component="topic/labels" class="d-flex gap-2 hidden"></span>\n\t\t\t\t\t<a href="/category/{cslug}" class="badge px-1 text-truncate text-decoration-none border" style="color: #ffffff;background-color: #2e7d32;border-color: #2e7d32!important; max-width: 70vw;"><i class="fa fa-fw fa-newspaper-o"></i> {cname}</a>\n\t\t\t\t\t<div data-tid="{tid}" component="topic/tags" class="lh-1 tags tag-list d-flex flex-wrap hidden-xs hidden-empty gap-2">{tags}</div>
					<div class="d-flex hidden-xs gap-2">{stats}</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n
		<div class="row mb-4 mb-lg-0">\n\t\t\t<div class="topic col-lg-12">\n\t\t\t\t<div class="sticky-tools mb-3">\n\t\t\t\t\t<nav class="d-flex flex-nowrap my-2 p-0 border-0 rounded">\n\t\t\t\t\t\t<div class="d-flex flex-row gap-2 align-items-center flex-wrap w-100">
					<div component="thread/sort" class="btn-group bottom-sheet">\n\t\t\t\t\t\t<button class="btn btn-ghost btn-sm ff-secondary d-flex gap-2 align-items-center dropdown-toggle" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false" aria-label="Post sort option, Oldest to Newest">\n\t\t\t\t\t\t\t<i class="fa fa-fw fa-arrow-down-wide-short text-primary"></i>\n\t\t\t\t\t\t\t<span class="d-none d-md-inline fw-semibold">ترتيب حسب</span>\n\t\t\t\t\t\t</button>
						<ul class="dropdown-menu p-1 text-sm" role="menu">\n{sorts}\n\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>\n\t\t\t\t\t<a component="topic/reply/guest" href="/login" class="d-flex gap-2 align-items-center fw-semibold btn btn-sm btn-primary ms-auto">{GUEST_REPLY}</a>
						</div>\n\t\t\t\t\t</nav>\n\t\t\t\t</div>\n\n\t\t\t\t<div class="d-flex gap-0 gap-lg-5">
					<div class="posts-container" style="min-width: 0;">\n\t\t\t\t\t\t<ul component="topic" class="posts timeline list-unstyled mt-sm-2 p-0 py-3" style="min-width: 0;" data-tid="{tid}" data-cid="{cid}">\n{chr(10).join(posts)}\n\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>
\n\t\t\t\t\t<div class="pagination-block d-none d-lg-block flex-shrink-0">\n\t\t\t\t\t\t<div class="d-flex flex-column gap-2 align-items-start">\n\t\t\t\t\t\t\t<button class="pagetop btn btn-ghost btn-sm ff-secondary d-inline-flex border-0 align-items-center gap-2"><i class="fa fa-fw fa-angles-up"></i> <span class="timeago text-xs text-muted text-nowrap" title="{_iso(moment)}">{first}</span></button>\n\t\t\t\t\t\t\t<div class="scroller-content d-flex gap-2 flex-column align-items-start">
								<div class="scroller-thumb d-flex gap-2 text-nowrap position-relative" style="height: 40px;">\n\t\t\t\t\t\t\t\t\t<div class="scroller-thumb-icon bg-primary rounded d-inline-block"></div>\n\t\t\t\t\t\t\t\t\t<div><p class="small thumb-text d-none d-md-inline-block ff-secondary fw-semibold user-select-none mb-0">1 / {postcount}</p></div>\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>
							<button class="pagebottom btn btn-ghost btn-sm ff-secondary d-inline-flex border-0 align-items-center gap-2"><i class="fa fa-fw fa-angles-down"></i> <span class="timeago text-xs text-muted text-nowrap" title="{_iso(last)}">{final}</span></button>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n
{_paginator(page, n, url)}\n\t\t\t</div>\n\t\t\t<div data-widget-area="sidebar" class="col-lg-3 col-sm-12 hidden">\n\t\t\t</div>\n\t\t</div>
	</div>\n</div>\n\n{_suggested(page, article, n)}\n\t\t\t</div><!-- /.container#content -->
		</main>\n<nav class="text-dark bg-light sidebar sidebar-right vh-100 d-none d-md-flex flex-column sticky-top ff-secondary">\n\t<ul id="logged-out-menu" class="list-unstyled d-flex flex-column w-100 gap-2 mt-2">\n{_nav(RIGHT, page)}\n\t</ul>
</nav>\n\t</div>\n\n\t<div>\n\t\t<div component="toaster/tray" class="alert-window fixed-bottom mb-5 mb-md-2 me-2 me-md-5 ms-auto" style="width:300px; z-index: 1090;">
			<div component="toaster/tray/reconnect" class="alert alert-danger reconnect-alert hide" role="alert">{RECONNECT}</div>\n\t\t</div>\n\t</div>\n\n\t<script defer src="/assets/nodebb.min.js?v=4a1b2c9e0f3"></script>
	<script>\n\t\tif (document.readyState === 'loading') {{\n\t\t\tdocument.addEventListener('DOMContentLoaded', prepareFooter);\n\t\t}} else {{\n\t\t\tprepareFooter();
		}}\n\n\t\tfunction prepareFooter() {{\n\t\t\t$(document).ready(function () {{\n\t\t\t\tapp.coldLoad();
			}});\n\t\t}}\n\t</script>\n</body>\n</html>
"""
    page.html = html
    page.chrome = [line for line in page.chrome if line not in body]  # e.g. "دخول" in "الدخول"
    return page
