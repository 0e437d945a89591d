"""An Arabic community board on phpBB 3.3 ("منتديات واحة الأحساء", prosilver, RTL, the
phpbb-ar.com Arabic language pack) whose "الأخبار" forum has staff members post local news
items as topics, as served to a guest: `viewtopic.php?t=<id>` (session ids appended to every
link on pages 1 and 3, none on page 2). The head is phpBB's own: `<title>` "headline - site",
the Atom feed links ("التغذية - Feed - ..."), the canonical `viewtopic.php?t=`, the prosilver
style comment, font-awesome + prosilver + `theme/ar` stylesheets and `bidi.css` (no og, no
JSON-LD: phpBB prints none). The body: `#wrap` > `#page-header` (headerbar with the site h1 and
description, "تجاهل المحتويات" skip link, header search; navbar with quick links, FAQ, login and
register, and the BreadcrumbList crumbs "فهرس المنتدى › الأقسام العامة › الأخبار"), then
`<div id="page-body" class="page-body">`: `h2.topic-title`, the hidden forum description, the
moderators line (joined with the pack's bare "،"), the forum rules box, `action-bar bar-top`
(reply button, topic tools, topic search, `pagination`: "4 مشاركات • صفحة 1 من 1"; page 3's
topic has 9 posts at 6 a page, so it shows the page list and "التالي"). Each post is
`div.post.has-profile.bg2|bg1` > `div.inner` > `dl.postprofile` (username, coloured for staff,
rank, "مشاركات:", "اشترك في:", "مكان:") and `div.postbody` > `div#post_content<id>` > `h3`
(the subject; "رد: ..." on replies), the quote button, `p.author` ("مشاركة بواسطة <user> »"
then `<time datetime="<UTC RFC3339>">` with the board's default Arabic format "السبت 9 مارس
2024 10:15 am": day and month names translated, am/pm not, April spelt "إبريل"), `div.content`
(BBCode output: `<br>` line breaks, `strong.text-strong`, `em.text-italics`, `a.postlink`,
`img.postimage`, sized spans, s9e mediaembed), the edit `div.notice` and `div.signature`. The
first post is the story: page 1 (by "ناصر الملحم", the one byline) opens with a photo and its
italic caption, bolds the Amanah and links a phrase; page 2 (posted 00:40 local, so the UTC
`datetime` is the day before) opens with a red bold "عاجل", ends with the poster's prayer line
and carries the edit notice with its reason; page 3 (an SPA repost by the admin account) embeds
a YouTube video, has a sized bold subheading and ends with "المصدر: ...". Then replies (one
quotes the story in `blockquote > div > cite`), `action-bar bar-bottom`, the Precise Similar
Topics block ("مواضيع مشابهة"), the jumpbox, "الموجودون الآن" (browsing list), and the footer
(timezone line, links, "بدعم من phpBB® Forum Software © phpBB Limited", the translation credit).
Everything but the first post's story text is chrome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from .base import Article, Page, e

NAME = "phpbb_board_news"
HELD_OUT = True
SET = "unseen14"
FAMILY = ("phpBB 3.3 prosilver (RTL, Arabic pack) news-forum topic: staff first post is the "
          "story; profiles, replies, quotes, signatures, edit notice, similar topics are chrome")
HOST = "https://hasa-oasis-forums.example"
SITE = "منتديات واحة الأحساء"
SITE_DESC = "ملتقى أهالي الأحساء: أخبار المحافظة وخدماتها ونقاشات المجتمع"
TZ = timezone(timedelta(hours=3))
DAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MONTHS = ("يناير", "فبراير", "مارس", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر")
SIDS = {1: "8f3c2a91d04b6e7f5a1c9d2e3b4f6a70", 2: "", 3: "c71e0b5d9a2f48e6b3d1a7c5e9f02b84"}
# username: (user id, colour, rank, posts, joined, location, has avatar, signature)
USERS = {
    "ناصر الملحم": (54, "00AA00", "مشرف قسم الأخبار", 2314, "2016-05-03T21:12", "الهفوف", 1, "قسم الأخبار – منتديات واحة الأحساء | لأي ملاحظة على الخبر راسلني على الخاص"),
    "أبو ريان": (9, "00AA00", "مشرف عام", 5870, "2014-02-11T18:40", "المبرز", 1, "سبحان الله وبحمده، سبحان الله العظيم"),
    "إدارة المنتدى": (2, "AA0000", "المدير العام", 1206, "2013-09-01T09:00", "", 1, "حساب إدارة منتديات واحة الأحساء – للتواصل استخدم نموذج اتصل بنا"),
    "أبو خالد": (311, "", "عضو مميز", 812, "2017-10-22T16:05", "المبرز", 1, "الأحساء.. نخلة وعين"),
    "أم جود": (1893, "", "عضو جديد", 14, "2023-12-30T22:47", "", 0, ""),
    "سعود_77": (1204, "", "عضو نشيط", 377, "2020-06-08T13:20", "العيون", 0, ""),
    "فهد العمير": (640, "", "عضو نشيط", 295, "2018-03-15T11:00", "المبرز", 1, ""),
    "معلمة_أحسائية": (1577, "", "عضو فعال", 61, "2022-09-04T19:30", "الهفوف", 0, "ربِّ اشرح لي صدري ويسّر لي أمري"),
    "بو عبدالله": (88, "", "عضو مميز", 1540, "2015-01-27T20:10", "الهفوف", 1, ""),
    "تراثي": (1410, "", "عضو نشيط", 203, "2021-04-02T10:45", "القارة", 0, ""),
    "Hassan.Q": (1702, "", "عضو جديد", 9, "2023-02-19T23:05", "", 0, ""),
}
POSTER = {1: "ناصر الملحم", 2: "أبو ريان", 3: "إدارة المنتدى"}
POST_ID = {1: 30117, 2: 33904, 3: 38452}
TOTAL_POSTS = {1: "4 مشاركات", 2: "3 مشاركات", 3: "9 مشاركات"}  # 6 posts a page
# (user, minutes after the story, text, phrase of the story the reply quotes)
REPLIES = {
    1: (("أبو خالد", 47, "الله يعطيكم العافية على النقل، الصورة من تصويري الصبح والمعدات وصلت الموقع من أمس.", None),
        ("أم جود", 95, "نتمنى يكون فيه مسار للمشي مفصول عن الدراجات وإنارة كافية، لأن ممشى المبرز صار زحمة جدا.", "ويشمل مسارا مخصصا للدراجات الهوائية"),
        ("سعود_77", 260, "عسى ما يطول مثل مشروع شارع الحزام اللي قبله، الله يعين سكان الحي على التحويلات.", None)),
    2: (("فهد العمير", 12, "جزاكم الله خير على سرعة النقل، المطر من الساعة 11 ما وقف عندنا في المبرز.", None),
        ("معلمة_أحسائية", 410, "تم إبلاغ الطالبات في قروب الفصل من الفجر، الله يحفظ الجميع.", None)),
    3: (("بو عبدالله", 35, "خبر طيب، القيصرية ذاكرة الأحساء وأتمنى يحافظون على أبوابها الخشبية القديمة.", None),
        ("تراثي", 58, "المهم أن الترميم يكون بالطين والجص مثل ما ذكروا وليس بالإسمنت.", "باستخدام مواد البناء التقليدية من الطين والجص وجذوع النخيل"),
        ("سعود_77", 124, "ومحلات البشوت وين بتنتقل بالضبط؟ أحد عنده تفاصيل؟", None),
        ("Hassan.Q", 150, "حسب كلام أحد التجار المواقع البديلة في الممر الجنوبي قرب بوابة الذهب.", None),
        ("بو عبدالله", 201, "ثمانية عشر شهر مدة معقولة إذا التزموا فيها.", None)),
}
ONLINE = {1: (("ناصر الملحم", "أم جود"), "و 7 زوار"), 2: ((), "و 23 زائرًا"),
          3: (("بو عبدالله", "Hassan.Q", "تراثي"), "وزائران")}
# similar topics (one per related title): poster, days before, replies, views, last poster
SIMILAR = (("أبو ريان", 26, 5, 412, "أبو خالد"), ("ناصر الملحم", 41, 2, 198, "سعود_77"),
           ("فهد العمير", 73, 11, 960, "أم جود"))
FORUMS = (("cat", 1, "الأقسام العامة"), ("sub", 4, "الأخبار"), ("sub", 5, "الترحيب والتهاني"),
          ("sub", 6, "النقاش العام"), ("cat", 2, "الخدمات"), ("sub", 7, "الوظائف والتدريب"),
          ("sub", 8, "البيع والشراء"), ("sub", 9, "الدليل الصحي"), ("cat", 3, "الإدارة"),
          ("sub", 10, "الاقتراحات والشكاوى"))
RULES = "يُمنع نسخ الأخبار دون ذكر مصدرها، وتُحذف الردود التي تتضمن إساءة أو إعلانات تجارية."
PRAYER = "نسأل الله أن يجعلها أمطار خير وبركة، ودمتم سالمين."
EDIT = ("2024-11-18T06:05:00+03:00", "إضافة رقم الدفاع المدني")
SOURCE = ("وكالة الأنباء السعودية", "https://spa-news.example/ar/2291044")
LINK = ("بيان نشرته على حسابها الرسمي", "https://alhasa-amanah.example/news/2024/03/rashidiya")
NAV = ("روابط سريعة", "مواضيع لم يُرد عليها", "المواضيع النشطة", "بحث", "الأسئلة المتكررة",
       "تسجيل الدخول", "التسجيل", "بحث متقدم", "تجاهل المحتويات", "فهرس المنتدى",
       "أضف رد جديد", "نسخة للطباعة", "اقتباس", "أعلى", "مواضيع مشابهة", "ردود", "مشاهدات",
       "آخر مشاركة", "شاهد آخر مشاركة", "العودة إلى ”الأخبار“", "الانتقال إلى", "الموجودون الآن",
       "جميع الأوقات تستخدم التوقيت العالمي+03:00", "حذف الكوكيز", "فريق الموقع", "اتصل بنا",
       "الخصوصية", "الشروط", "قوانين المنتدى", "بدعم من phpBB® Forum Software © phpBB Limited",
       "الترجمة برعاية المنتديات العربية")
ICON = '<i class="icon fa-{} fa-fw" aria-hidden="true"></i>'


def _fmt(moment: datetime) -> str:
    """The board's default Arabic format 'l j F Y g:i a' in its +03:00 (am/pm untranslated)."""
    t = moment.astimezone(TZ)
    return (f"{DAYS[t.weekday()]} {t.day} {MONTHS[t.month - 1]} {t.year} "
            f"{t.hour % 12 or 12}:{t:%M} {'am' if t.hour < 12 else 'pm'}")


def _rfc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _u(path: str, sid: str) -> str:
    """A board link as append_sid() writes it for a cookieless guest."""
    if not sid:
        return path
    base, hash_, anchor = path.partition("#")
    return f"{base}{'&amp;' if '?' in base else '?'}sid={sid}{hash_}{anchor}"


def _user(name: str, sid: str) -> str:
    uid, colour = USERS[name][:2]
    href = _u(f"./memberlist.php?mode=viewprofile&amp;u={uid}", sid)
    if colour:
        return f'<a href="{href}" style="color: #{colour};" class="username-coloured">{e(name)}</a>'
    return f'<a href="{href}" class="username">{e(name)}</a>'


def _post(page: Page, n: int, k: int, name: str, subject: str, when: datetime, message: str,
          extra: str = "") -> str:
    sid, pid = SIDS[n], POST_ID[n] + 4 * k
    uid, _c, rank, posts, joined, loc, avatar, sig = USERS[name]
    joined = _fmt(datetime.fromisoformat(joined + ":00+03:00"))
    user, link = _user(name, sid), _u(f"./viewtopic.php?p={pid}#p{pid}", sid)
    page.add(name, rank, f"مشاركات: {posts}", f"اشترك في: {joined}", subject,
             f"مشاركة بواسطة {name} » {_fmt(when)}", loc and f"مكان: {loc}", sig)
    pic = (f'<a href="{_u(f"./memberlist.php?mode=viewprofile&amp;u={uid}", sid)}" class="avatar"><img class="avatar" '
           f'src="./download/file.php?avatar={uid}_1581{uid:04d}.jpg" width="90" height="90" alt="صورة العضو الرمزية" /></a>') if avatar else ""
    place = (f'\n\t\t\t\t\t\t\t<dd class="profile-custom-field profile-phpbb_location"><strong>مكان:</strong> {e(loc)}</dd>') if loc else ""
    sig = f'<div id="sig{pid}" class="signature">{e(sig)}</div>' if sig else ""
    return f"""		<div id="p{pid}" class="post has-profile {'bg1' if k % 2 else 'bg2'}">\n		<div class="inner">
		<dl class="postprofile" id="profile{pid}">\n			<dt class="has-profile-rank {'has-avatar' if avatar else 'no-avatar'}">
				<div class="avatar-container">\n																{pic}									</div>\n								{user}							</dt>
						<dd class="profile-rank">{e(rank)}</dd>
		<dd class="profile-posts"><strong>مشاركات:</strong> <a href="{_u(f'./search.php?author_id={uid}&amp;sr=posts', sid)}">{posts}</a></dd>		<dd class="profile-joined"><strong>اشترك في:</strong> {joined}</dd>{place}
		</dl>\n		<div class="postbody">\n						<div id="post_content{pid}">\n					<h3 {'' if k else 'class="first"'}>
						<a href="{link}">{e(subject)}</a>\n		</h3>\n													<ul class="post-buttons">\n																								<li>
							<a href="{_u(f'./posting.php?mode=quote&amp;p={pid}', sid)}" title="رد مع اقتباس" class="button button-icon-only">
								{ICON.format('quote-left')}<span class="sr-only">اقتباس</span>\n							</a>\n						</li>\n														</ul>
						<p class="author">\n									<a class="unread" href="{link}" title="مشاركة">
						<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">مشاركة</span>
					</a>
								<span class="responsive-hide">بواسطة <strong>{user}</strong> &raquo; </span><time datetime="{_rfc(when)}">{_fmt(when)}</time>
			</p>\n			<div class="content">{message}</div>\n			{extra}\n							{sig}\n						</div>\n		</div>
				<div class="back2top">\n						<a href="#top" class="top" title="أعلى">
				<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>\n				<span class="sr-only">أعلى</span>
			</a>\n					</div>\n		</div>\n	</div>\n"""


def _story(page: Page, article: Article, n: int) -> tuple[str, str]:
    """The first post's message (phpBB's BBCode output) and its edit notice."""
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    out, notice = [], ""
    if n == 1:
        paras[0] = paras[0].replace("أمانة الأحساء", '<strong class="text-strong">أمانة الأحساء</strong>', 1)
        paras[1] = paras[1].replace(LINK[0], f'<a href="{LINK[1]}" class="postlink">{LINK[0]}</a>')
        page.add(article.caption)
        out.append('<img src="https://i.imgur.com/k3Rw9Qd.jpeg" class="postimage" alt="صورة">'
                   f'<br>\n<em class="text-italics">{e(article.caption)}</em>')
    elif n == 2:
        edited = _fmt(datetime.fromisoformat(EDIT[0]))
        page.add("عاجل", PRAYER, f"آخر تعديل بواسطة {POSTER[2]} في {edited}، تم التعديل مرة واحدة.",
                 f"السبب: {EDIT[1]}")
        out.append('<span style="color:#BF0000"><strong class="text-strong">عاجل</strong></span>')
        notice = f"""<div class="notice">
					آخر تعديل بواسطة {_user(POSTER[2], SIDS[2])} في {edited}، تم التعديل مرة واحدة.
					<br /><strong>السبب:</strong> <em>{e(EDIT[1])}</em>\n				</div>"""
    else:
        k, vid = paras.index("مراحل المشروع"), "Qx7mV2cKp4E"
        paras[k] = f'<span style="font-size:120%;line-height:116%"><strong class="text-strong">{paras[k]}</strong></span>'
        paras.insert(2, '<span data-s9e-mediaembed="youtube" style="display:inline-block;width:100%;max-width:640px"><span style="display:block;overflow:hidden;position:relative;padding-bottom:56.25%">'
                     f'<iframe allowfullscreen="" loading="lazy" scrolling="no" style="background:url(https://i.ytimg.com/vi/{vid}/hqdefault.jpg) 50% 50% / cover;border:0;height:100%;left:0;position:absolute;width:100%" src="https://www.youtube.com/embed/{vid}"></iframe></span></span>')
        page.add(f"المصدر: {SOURCE[0]}")
        paras.append(f'المصدر: <a href="{SOURCE[1]}" class="postlink">{SOURCE[0]}</a>')
    out.extend(paras)
    if n == 2:
        out.append(e(PRAYER))
    return "<br>\n<br>\n".join(out), notice


def _action_bar(n: int, tid: str, where: str, search: str) -> str:
    sid = SIDS[n]
    nxt = _u(f"./viewtopic.php?t={tid}&amp;start=6", sid)
    pages = (f"""{TOTAL_POSTS[n]}\n					<ul>\n		<li class="active"><span>1</span></li>
				<li><a class="button" href="{nxt}" role="button">2</a></li>
				<li class="arrow next"><a class="button button-icon-only" href="{nxt}" rel="next" role="button">{ICON.format('chevron-left')}<span class="sr-only">التالي</span></a></li>
	</ul>""" if n == 3 else f"{TOTAL_POSTS[n]}\n\t\t\t\t\t\t\t&bull; صفحة <strong>1</strong> من <strong>1</strong>")
    return f"""<div class="action-bar {where}">
			<a href="{_u(f'./posting.php?mode=reply&amp;t={tid}', sid)}" class="button" title="إضافة رد">
							<span>أضف رد جديد</span> {ICON.format('reply')}\n					</a>
			<div class="dropdown-container dropdown-button-control topic-tools">
		<span title="أدوات الموضوع" class="button button-secondary dropdown-trigger dropdown-select">
			{ICON.format('wrench')}\n			<span class="caret">{ICON.format('sort-down')}</span>\n		</span>\n		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>\n			<ul class="dropdown-contents">
				<li><a href="{_u(f'./viewtopic.php?t={tid}&amp;view=print', sid)}" title="نسخة للطباعة" accesskey="p">{ICON.format('print')}<span>نسخة للطباعة</span></a></li>
			</ul>\n		</div>\n	</div>\n{search}\n			<div class="pagination">\n			{pages}\n					</div>\n		</div>\n"""


def _similar(page: Page, article: Article, n: int) -> str:
    """The Precise Similar Topics extension's block (its prosilver similar_topics_32x.html)."""
    sid, rows = SIDS[n], []
    for k, (title, (poster, days, replies, views, last)) in enumerate(zip(article.related, SIMILAR, strict=True)):
        first = article.moment - timedelta(days=days, hours=3 * k)
        latest, tid = first + timedelta(days=1, minutes=95 + 40 * k), int(article.slug) - 37 * (k + 1)
        page.add(title, f"بواسطة {poster} » {_fmt(first)} » في الأخبار", f"{replies} ردود",
                 f"{views} مشاهدات", f"بواسطة {last}", _fmt(latest))
        rows.append(f"""			<li class="row {'bg2' if k % 2 else 'bg1'}">\n				<dl class="row-item topic_read">
					<dt title="لا توجد مشاركات غير مقروءة">\n						<div class="list-inner">
							<a href="{_u(f'./viewtopic.php?f=4&amp;t={tid}', sid)}" class="topictitle">{e(title)}</a>\n							<br />
							<div class="responsive-hide left-box">
								بواسطة {_user(poster, sid)} &raquo; <time datetime="{_rfc(first)}">{_fmt(first)}</time> &raquo; في <a href="{_u('./viewforum.php?f=4', sid)}">الأخبار</a>
							</div>\n						</div>\n					</dt>\n					<dd class="posts">{replies} <dfn>ردود</dfn></dd>
					<dd class="views">{views} <dfn>مشاهدات</dfn></dd>\n					<dd class="lastpost">
						<span><dfn>آخر مشاركة </dfn>بواسطة {_user(last, sid)}
								<a href="{_u(f'./viewtopic.php?f=4&amp;t={tid}&amp;p={tid * 7}#p{tid * 7}', sid)}" title="اذهب إلى آخر مشاركة"><i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">شاهد آخر مشاركة</span></a>
							<br /><time datetime="{_rfc(latest)}">{_fmt(latest)}</time>\n						</span>\n					</dd>\n				</dl>\n			</li>""")
    return f"""<div class="forumbg">\n	<div class="inner">\n		<ul class="topiclist">\n			<li class="header">
				<dl class="row-item">\n					<dt><div class="list-inner">مواضيع مشابهة</div></dt>\n					<dd class="posts">ردود</dd>
					<dd class="views">مشاهدات</dd>\n					<dd class="lastpost"><span>آخر مشاركة</span></dd>\n				</dl>\n			</li>\n		</ul>
		<ul class="topiclist topics">\n{chr(10).join(rows)}\n		</ul>\n	</div>\n</div>\n"""


def render(article: Article, n: int) -> Page:
    tid, sid, moment, pid = article.slug, SIDS[n], article.moment, POST_ID[n]
    url, q, a = f"{HOST}/viewtopic.php?t={tid}", f"?sid={sid}" if sid else "", f"&amp;sid={sid}" if sid else ""
    page = Page(url=url, html="", shown_date=_fmt(moment))
    page.add(SITE, SITE_DESC, *NAV, "المشرفون: ناصر الملحم،أبو ريان", RULES, TOTAL_POSTS[n],
             "التالي" if n == 3 else f"{TOTAL_POSTS[n]} • صفحة 1 من 1", *(f[2] for f in FORUMS))
    message, notice = _story(page, article, n)
    posts = [_post(page, n, 0, POSTER[n], article.headline, moment, message, notice)]
    for k, (user, minutes, text, quoted) in enumerate(REPLIES[n], 1):
        html, cite = e(text), _u(f"./viewtopic.php?p={pid}#p{pid}", sid)
        if quoted:
            page.add(f"{POSTER[n]} كتب: {_fmt(moment)}")
            html = (f'<blockquote cite="{cite}"><div><cite><a href="{_u(f"./memberlist.php?mode=viewprofile&amp;u={USERS[POSTER[n]][0]}", sid)}">'
                    f'{e(POSTER[n])}</a> كتب: <a href="{cite}" aria-label="عرض المشاركة المقتبسة" data-post-id="{pid}" onclick="if(document.getElementById(hash.substr(1)))href=hash">'
                    f'<i class="icon fa-arrow-circle-up fa-fw" aria-hidden="true"></i></a><span class="responsive-hide">{_fmt(moment)}</span></cite>\n{e(quoted)}\n</div></blockquote>\n\n{html}')
        page.add(text)
        posts.append(_post(page, n, k, user, f"رد: {article.headline}", moment + timedelta(minutes=minutes), html))
    users, guests = ONLINE[n]
    nobody = "لا يوجد أعضاء مسجلين متصلين"
    page.add(f"المتصفحون للمنتدى الآن: {'،'.join(users) or nobody} {guests}")
    browsing = "،".join(_user(u, sid) for u in users) or nobody
    jump = "\n".join(f'\t\t\t\t<li><a href="{_u(f"./viewforum.php?f={fid}", sid)}" class="jumpbox-{kind}-link">'
                     + (f" <span> {name}</span>" if kind == "cat" else f'<span class="spacer"></span> <span>&#8627; &nbsp; {name}</span>')
                     + "</a></li>" for kind, fid, name in FORUMS)
    head, i = e(article.headline), ICON.format
    feed = '<link rel="alternate" type="application/atom+xml" title="التغذية - Feed - {}" href="/app.php/feed{}' + q + '">'
    crumb = '<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope'
    buttons = (f'<button class="button button-search" type="submit" title="بحث">{i("search")}<span class="sr-only">بحث</span></button>\n'
               f'\t\t\t\t<a href="./search.php{q}" class="button button-search-end" title="بحث متقدم">{i("cog")}<span class="sr-only">بحث متقدم</span></a>')
    search = f"""			<div class="search-box" role="search">
			<form method="get" id="topic-search" action="./search.php{q}">\n			<fieldset>
				<input class="inputbox search tiny"  type="search" name="keywords" id="search_keywords" size="20" placeholder="ابحث في الموضوع…" />
				{buttons}\n				<input type="hidden" name="t" value="{tid}" />\n<input type="hidden" name="sf" value="msgonly" />
{f'<input type="hidden" name="sid" value="{sid}" />' if sid else ''}\n			</fieldset>\n			</form>\n		</div>"""
    li = '<li class="rightside" data-last-responsive="true"><a href="./memberlist.php?mode={}' + a + '" role="menuitem">{}<span>{}</span></a></li>'
    page.html = f"""<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />\n\n<title>{head} - {SITE}</title>\n
	{feed.format(SITE, "")}	{feed.format("الأخبار - News", "/news")}	{feed.format("منتدى - الأخبار", "/forum/4")}	{feed.format("موضوع - " + head, f"/topic/{tid}")}
	<link rel="canonical" href="{url}">\n\n<!--\n	phpBB style name: prosilver
	Based on style:   prosilver (this is the default phpBB3 style)
	Original author:  Tom Beddard ( http://www.subBlue.com/ )\n	Modified by:\n-->\n
<link href="./assets/css/font-awesome.min.css?assets_version=38" rel="stylesheet">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=38" rel="stylesheet">
<link href="./styles/prosilver/theme/ar/stylesheet.css?assets_version=38" rel="stylesheet">
	<link href="./styles/prosilver/theme/bidi.css?assets_version=38" rel="stylesheet">\n<!--[if lte IE 9]>
	<link href="./styles/prosilver/theme/tweaks.css?assets_version=38" rel="stylesheet">\n<![endif]-->\n</head>
<body id="phpbb" class="nojs notouch section-viewtopic rtl ">\n<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>\n	<div id="page-header">\n		<div class="headerbar" role="banner">
					<div class="inner">\n			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php{q}" title="فهرس المنتدى"><span class="site_logo"></span></a>
				<h1>{SITE}</h1>\n				<p>{SITE_DESC}</p>\n				<p class="skiplink"><a href="#start_here">تجاهل المحتويات</a></p>
			</div>\n									<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php{q}" method="get" id="search">\n				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="البحث عن الكلمات" class="inputbox search tiny" size="20" value="" placeholder="بحث …" />
					{buttons}\n				</fieldset>\n				</form>\n			</div>\n			</div>\n					</div>
				<div class="navbar" role="navigation">\n	<div class="inner">
	<ul id="nav-main" class="nav-main linklist" role="menubar">
		<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true">
			<a href="#" class="dropdown-trigger">{i("bars")}<span>روابط سريعة</span></a>\n			<div class="dropdown">
				<div class="pointer"><div class="pointer-inner"></div></div>\n				<ul class="dropdown-contents" role="menu">
							<li class="separator"></li>
							<li><a href="./search.php?search_id=unanswered{a}" role="menuitem"><i class="icon fa-file-o fa-fw icon-gray" aria-hidden="true"></i><span>مواضيع لم يُرد عليها</span></a></li>
							<li><a href="./search.php?search_id=active_topics{a}" role="menuitem"><i class="icon fa-file-o fa-fw icon-blue" aria-hidden="true"></i><span>المواضيع النشطة</span></a></li>
							<li class="separator"></li>
							<li><a href="./search.php{q}" role="menuitem">{i("search")}<span>بحث</span></a></li>
							<li class="separator"></li>\n				</ul>\n			</div>\n		</li>
				<li data-skip-responsive="true"><a href="/app.php/help/faq{q}" rel="help" title="الأسئلة المتكررة" role="menuitem">{i("question-circle")}<span>الأسئلة المتكررة</span></a></li>
			<li class="rightside"  data-skip-responsive="true"><a href="./ucp.php?mode=login&amp;redirect=viewtopic.php%3Ft%3D{tid}{a}" title="تسجيل الدخول" accesskey="x" role="menuitem">{i("power-off")}<span>تسجيل الدخول</span></a></li>
					<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register{a}" role="menuitem">{i("pencil-square-o ")}<span>التسجيل</span></a></li>
						</ul>\n	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
		<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
							{crumb}><a itemprop="item" href="./index.php{q}" accesskey="h" data-navbar-reference="index"><i class="icon fa-home fa-fw"></i><span itemprop="name">فهرس المنتدى</span></a><meta itemprop="position" content="1" /></span>
								{crumb} data-forum-id="1"><a itemprop="item" href="./viewforum.php?f=1{a}"><span itemprop="name">الأقسام العامة</span></a><meta itemprop="position" content="2" /></span>
								{crumb} data-forum-id="4"><a itemprop="item" href="./viewforum.php?f=4{a}"><span itemprop="name">الأخبار</span></a><meta itemprop="position" content="3" /></span>
					</li>
					<li class="rightside responsive-search"><a href="./search.php{q}" title="عرض خيارات البحث المتقدم" role="menuitem">{i("search")}<span class="sr-only">بحث</span></a></li>
			</ul>\n	</div>\n</div>\n	</div>\n	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t={tid}{a}">{head}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body -->
<div style="display: none !important;">أخبار محافظة الأحساء ومدنها وقراها كما ينقلها فريق المنتدى<br /></div>\n<p>
	<strong>المشرفون:</strong> {_user("ناصر الملحم", sid)}،{_user("أبو ريان", sid)}\n</p>\n	<div class="rules">
		<div class="inner">\n					<strong>قوانين المنتدى</strong><br />\n			{RULES}\n		</div>\n	</div>
{_action_bar(n, tid, "bar-top", search)}\n{"".join(posts)}\n	{_action_bar(n, tid, "bar-bottom", "")}
{_similar(page, article, n)}\n<div class="action-bar actions-jump">\n		<p class="jumpbox-return">
		<a href="./viewforum.php?f=4{a}" class="left-box arrow-right" accesskey="r"><i class="icon fa-angle-right fa-fw icon-black" aria-hidden="true"></i><span>العودة إلى ”الأخبار“</span></a>
	</p>
		<div class="jumpbox dropdown-container dropdown-container-left dropdown-up dropdown-right dropdown-button-control" id="jumpbox">
			<span title="الانتقال إلى" class="button button-secondary dropdown-trigger dropdown-select">
				<span>الانتقال إلى</span>\n				<span class="caret">{i("sort-down")}</span>\n			</span>\n		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>\n			<ul class="dropdown-contents">\n{jump}\n			</ul>
		</div>\n	</div>\n	</div>\n	<div class="stat-block online-list">
		<h3><a href="./viewonline.php{q}">الموجودون الآن</a></h3>\n		<p>المتصفحون للمنتدى الآن: {browsing} {guests}</p>
	</div>\n			</div>\n<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">\n	<div class="inner">
	<ul id="nav-footer" class="nav-footer linklist" role="menubar">\n		<li class="breadcrumbs">
									<span class="crumb"><a href="./index.php{q}" data-navbar-reference="index">{i("home")}<span>فهرس المنتدى</span></a></span>					</li>
				<li class="rightside">جميع الأوقات تستخدم <span title="آسيا/الرياض">التوقيت العالمي+03:00</span></li>
							<li class="rightside"><a href="/app.php/user/delete_cookies{q}" data-ajax="true" data-refresh="true" role="menuitem">{i("trash")}<span>حذف الكوكيز</span></a></li>
									{li.format("team", i("shield"), "فريق الموقع")}
										{li.format("contactadmin", i("envelope"), "اتصل بنا")}\n			</ul>\n	</div>\n</div>\n	<div class="copyright">
				<p class="footer-row">
			<span class="footer-copyright">بدعم من <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
		</p>\n						<p class="footer-row">
			<span class="footer-copyright">الترجمة برعاية <a href="https://phpbb-ar.com/" title="الدعم العربي لمنتديات phpBB">المنتديات العربية</a></span>
		</p>\n						<p class="footer-row" role="menu">
			<a class="footer-link" href="./ucp.php?mode=privacy{a}" title="الخصوصية" role="menuitem"><span class="footer-link-text">الخصوصية</span></a>
			|
			<a class="footer-link" href="./ucp.php?mode=terms{a}" title="الشروط" role="menuitem"><span class="footer-link-text">الشروط</span></a>
		</p>\n					</div>
	<div id="darkenwrapper" class="darkenwrapper" data-ajax-error-title="خطأ AJAX" data-ajax-error-text="حدث خطأ أثناء معالجة طلبك." data-ajax-error-text-abort="تم إيقاف الطلب عن طريق المستخدم." data-ajax-error-text-timeout="لقد نفذ الوقت أثناء التنفيذ؛ يرجى المحاولة لاحقًا." data-ajax-error-text-parsererror="حدث خطأ في الطلب وتم إرجاع رد غير سليم من الخادم.">
		<div id="darken" class="darken">&nbsp;</div>\n	</div>
	<div id="phpbb_alert" class="phpbb_alert" data-l-err="خطأ" data-l-timeout-processing-req="وقت التنفيذ انتهى.">
		<a href="#" class="alert_close">{i("times-circle")}</a>
		<h3 class="alert_title">&nbsp;</h3><p class="alert_text"></p>\n	</div>
	<div id="phpbb_confirm" class="phpbb_alert"><a href="#" class="alert_close">{i("times-circle")}</a><div class="alert_text"></div></div>
</div>\n</div>\n<div>\n	<a id="bottom" class="anchor" accesskey="z"></a>
	<img class="sr-only" aria-hidden="true" src="&#x2F;app.php&#x2F;cron&#x2F;cron.task.core.tidy_sessions" width="1" height="1" alt="">
</div>\n<script src="./assets/javascript/jquery-3.6.0.min.js?assets_version=38"></script>
<script src="./assets/javascript/core.js?assets_version=38"></script>
<script src="./styles/prosilver/template/forum_fn.js?assets_version=38"></script>
<script src="./styles/prosilver/template/ajax.js?assets_version=38"></script>\n</body>\n</html>\n"""
    return page
