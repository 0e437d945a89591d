"""An Iraqi general-interest vBulletin 4.2 forum ("منتديات عراق الخير") where a member reposts
a newspaper or agency story as the first post of a thread in its "منتدى الأخبار العامة"
section, the thread page (`showthread.php?t=<id>`) as a guest gets it. The head is vB4's own:
XHTML 1.0 Transitional doctype, `html#vbulletin_html[dir=rtl]`, `meta name="generator"
content="vBulletin 4.2.5"`, the keywords meta (the title's words and the thread tags) and a
description meta cut from the first post's text, the YUI loader and `vbulletin-core.js`
scripts with the inline `SECURITYTOKEN = "guest"` block, `css.php?...sheet=` links and the
Post Thank You Hack's `post_thanks.js`; no JSON-LD, no Open Graph, no article dates.
The body opens with `div.above_body`: `#header` (logo, `#toplinks` with تسجيل / مساعدة and the
guest login form: اسم العضو, كلمة المرور, حفظ البيانات؟, تسجيل الدخول) and `#navbar` (the
المنتديات tab with الأسئلة الشائعة, التقويم, the أعمال المجتمع and روابط مفيدة popups, the
ما الجديد؟ and المدونات tabs, the search box and البحث المتقدم). Then `div.body_wrapper`:
`#breadcrumb.breadcrumb` (home icon, the forum's name, المنتديات العامة, منتدى الأخبار العامة,
the thread title as `lastnavbit`), the guests' notice ("إذا كانت هذه زيارتك الأولى
للمنتدى..."), `#pagetitle` with `<h1>الموضوع: <span class="threadtitle">` (the headline),
`#thread_controls` (أدوات الموضوع / طريقة العرض popups), `#above_postlist` ("+ الرد على
الموضوع"), then `ol#posts.posts` of `li.postbitlegacy.postbitim.postcontainer.old` posts.
Each post: `div.posthead` with `span.postdate.old > span.date` "23-04-2024,&nbsp;<span
class="time">09:40 AM</span>" (day-month-year, 12-hour clock with AM/PM, Iraq time, GMT +3)
and the post counter "#1"; `div.userinfo` (the member's name in `a.username`, the hidden
member popup, `span.usertitle` "عضو مميز", the avatar, `dl.userinfo_extra`: تاريخ التسجيل
"Mar 2011", الإقامة, المشاركات "4,512"); `div.postbody > div.postrow` with `h2.title.icon`
(the post's title = the headline; "رد: ..." on a titled reply) and `div.content >
div#post_message_<id> > blockquote.postcontent.restore` holding the post as vB4 renders its
BBCode: text with `<br />` line ends, paragraphs split by `<br />\n<br />`, `<b>`, `<font
color>` / `<font size>` and a centred `div` where the member formatted it. The first post is
the member's one-line greeting, the headline again in bold colour, on page 1 the paper's
byline "كتب: ..." (the story's writer), the story (lead first), then "المصدر: <paper>" and a
link to it (a bare URL, or "رابط الخبر"). `div.after_content` holds the edit note on page 2
("آخر تعديل بواسطة ... ; 16-07-2024 الساعة 02:31 PM. السبب: ...") and the signature
(`blockquote.signature.restore`, a dua or a verse of poetry); `div.postfoot` the buttons (رد مع
اقتباس / الرد السريع / شكر). After the first post the Thank You Hack's
`li#post_thanks_box_<id>` "الأعضاء الذين شكروا <member> على المشاركة المفيدة:" with the
thankers' names (with the day each thanked on pages 1 and 3). Then two or three short replies
from other members, one quoting a sentence of the story in `div.bbcode_container >
div.bbcode_quote` ("اقتباس", "المشاركة الأصلية كتبت بواسطة ..."), their own dates later the
same day or the next. Below: "+ الرد على الموضوع", `#thread_info` with the thread's tags
("الكلمات الدلالية (Tags) لهذا الموضوع", pages 1 and 2), الأعضاء الذين يشاهدون هذا الموضوع,
"مواضيع مشابهة" (`ol.similar_threads`: title, starter and forum, reply count and last-post date),
"ضوابط المشاركة", then the footer (style and language selects, اتصل بنا / الأرشيف / الأعلى),
"جميع الأوقات بتوقيت GMT +3. الساعة الآن 11:02 AM." and the vBulletin copyright. The shown date
is the first post's; the member's name is chrome, never the story's writer."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "vbulletin_news_repost"
HELD_OUT = True
SET = "unseen11"
FAMILY = "vBulletin 4.2 Iraqi forum thread reposting a news story: postbitlegacy first post with <br /> BBCode body, greeting, المصدر line, signature, thanks box, quoted replies"
ROOT = "https://www.iraq-alkhair.example"
HOST = f"{ROOT}/vb"
SITE = "منتديات عراق الخير"
PARENT = ("المنتديات العامة", 3)
FORUM_ID = 17

TOPLINKS = ("تسجيل", "مساعدة")
LOGIN = ("اسم العضو", "كلمة المرور", "حفظ البيانات؟", "تسجيل الدخول")
NAV = ("المنتديات", "الأسئلة الشائعة", "التقويم", "أعمال المجتمع", "قائمة الأعضاء",
       "روابط مفيدة", "مشاركات اليوم", "عرض أعضاء الإدارة", "من هم المتواجدون الآن",
       "ما الجديد؟", "المدونات", "البحث المتقدم")
NOTICE = ("إذا كانت هذه زيارتك الأولى للمنتدى، فيرجى التكرم بزيارة صفحة التعليمات بالضغط هنا. "
          "كما يشرفنا أن تقوم بالتسجيل بالضغط هنا إذا رغبت بالمشاركة في المنتدى، أما إذا رغبت "
          "بقراءة المواضيع والإطلاع فتفضل بزيارة القسم الذي ترغب أدناه.")
THREAD_WORD = "الموضوع:"
TOOLS = ("أدوات الموضوع", "عرض نسخة قابلة للطباعة", "إرسال هذه الصفحة إلى صديق",
         "متابعة هذا الموضوع…", "طريقة العرض", "العرض العادي", "العرض المتطور", "العرض الشجري")
REPLY_THREAD = "+ الرد على الموضوع"
MEMBER_MENU = ("مشاهدة ملفه الشخصي", "مشاهدة مشاركات المنتدى", "إرسال رسالة خاصة",
               "مشاهدة تدوينات المدونة")
USER_DT = ("تاريخ التسجيل", "الإقامة", "المشاركات")
BUTTONS = ("رد مع اقتباس", "الرد السريع", "شكر")
QUOTE = "اقتباس"
QUOTED_BY = "المشاركة الأصلية كتبت بواسطة"
TAGS_TITLE = "الكلمات الدلالية (Tags) لهذا الموضوع"
INFO = ("معلومات الموضوع", "الأعضاء الذين يشاهدون هذا الموضوع",
        "الذين يشاهدون الموضوع الآن: 1 (0 من الأعضاء و 1 زائر)")
SIMILAR = "مواضيع مشابهة"
SIM_LABELS = ("مشاركات:", "آخر مشاركة:")
RULES = ("ضوابط المشاركة", "لا تستطيع إضافة مواضيع جديدة", "لا تستطيع الرد على المواضيع",
         "لا تستطيع إرفاق ملفات", "لا تستطيع تعديل مشاركاتك", "BB code is متاحة",
         "الابتسامات متاحة", "كود [IMG] متاحة", "كود [VIDEO] متاحة", "كود HTML معطلة",
         "قوانين المنتدى")
SELECTS = ("اختيار سريع للستايل", "الستايلات العادية", "-- ستايل عراق الخير",
           "---- Default Style", "اختيار سريع للغة", "-- Arabic", "-- English (US)")
FOOTER_LINKS = ("اتصل بنا", SITE, "الأرشيف", "الأعلى")
POWERED = "Powered by vBulletin® Version 4.2.5"
COPYRIGHT = "Copyright © 2024 vBulletin Solutions Inc. All rights reserved."
DISCLAIMER = "جميع المواضيع والمشاركات المنشورة تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي إدارة المنتدى"


class Member:
    def __init__(self, name: str, uid: int, title: str, joined: str, place: str, posts: str,
                 sig: str = "") -> None:
        self.name, self.uid, self.title, self.joined = name, uid, title, joined
        self.place, self.posts, self.sig = place, posts, sig


POSTERS = (
    Member("أبو حيدر الكرخي", 2317, "عضو مميز", "Mar 2011", "بغداد", "4,512",
           "اللهم احفظ العراق وأهله من كل سوء"),
    Member("ابن الرافدين", 5804, "عضو مميز", "Aug 2013", "البصرة", "12,087",
           "ربِّ اشرح لي صدري ويسر لي أمري"),
    Member("نسمة بغداد", 9120, "عضو مميز", "Jan 2016", "بغداد - الرصافة", "2,368",
           "وإنما الأمم الأخلاق ما بقيت ... فإن همو ذهبت أخلاقهم ذهبوا"),
)
SAIF = Member("سيف العراقي", 7741, "عضو نشيط", "Jun 2014", "الموصل", "1,209",
              "سبحان الله وبحمده، سبحان الله العظيم")
UM_ZAINAB = Member("أم زينب", 8630, "عضو ذهبي", "Nov 2015", "النجف", "6,744")
HASSAN = Member("حسن البصري", 10452, "عضو جديد", "Feb 2023", "البصرة", "87")
MUSTAFA = Member("مصطفى الدليمي", 6115, "عضو نشيط", "Dec 2013", "الأنبار", "3,050",
                 "الصبر مفتاح الفرج")
STARTERS = (SAIF, MUSTAFA, UM_ZAINAB, HASSAN)

# Per page: the first post's id, the greeting, the source line and link, the paper's writer
# line, the replies (member, minutes after the first post, text, index of the quoted body
# paragraph or None, titled?), the thankers (member, day offset or None), the footer clock.
VARIANTS = (
    {"pid": 4127730, "greeting": "السلام عليكم، خبر مهم للمتابعين:",
     "source": "المصدر: صحيفة الصباح", "link": "https://www.alsabaah.example/98231/",
     "link_text": "", "byline": True, "edit": None,
     "replies": ((SAIF, 35, "شكرا على الخبر أخي أبو حيدر، بارك الله فيك", None, False),
                 (UM_ZAINAB, 130, "المهم أن تصرف المستحقات بوقتها، الفلاح تعب طول الموسم",
                  2, False),
                 (HASSAN, 1500, "ننتظر يفتحون مراكز أكثر بالبصرة، الزحام كل سنة نفس الشي",
                  None, True)),
     "thanks": ((SAIF, 0), (UM_ZAINAB, 0), (MUSTAFA, 1)), "now": (11, 2), "tags": True},
    {"pid": 4203318,
     "greeting": "السلام عليكم ورحمة الله، نقلت لكم هذا الخبر من وكالة الأنباء العراقية:",
     "source": "المصدر: وكالة الأنباء العراقية (واع)", "link": "https://www.ina.example/212734/",
     "link_text": "رابط الخبر", "byline": False,
     "edit": (16, "السبب: إضافة رابط المصدر"),
     "replies": ((MUSTAFA, 20, "كل صيف نفس الحجة، الله يعين الناس بهذا الحر", 4, False),
                 (UM_ZAINAB, 65, "شكرا على النقل، الله يفرجها على أهلنا في الجنوب", None,
                  False)),
     "thanks": ((UM_ZAINAB, None), (SAIF, None)), "now": (4, 47), "tags": True},
    {"pid": 4318805, "greeting": "صباح الخير، خبر يهم أهالي بغداد وخصوصا سكنة شارع فلسطين:",
     "source": "المصدر: جريدة المدى",
     "link": "https://almadapaper.example/view.php?cat=311208", "link_text": "",
     "byline": False, "edit": None,
     "replies": ((SAIF, 50, "خبر حلو، شارع فلسطين صار ما ينطاق من الزحمة", None, False),
                 (MUSTAFA, 185, "14 شهر على الورق، نشوف بالواقع شكد تطول", 2, False),
                 (UM_ZAINAB, 1310, "تسلمين على الخبر أختي نسمة، يعطيج العافية", None, True)),
     "thanks": ((MUSTAFA, 0),), "now": (9, 36), "tags": False},
)


def _date(moment: datetime) -> str:
    return f"{moment:%d-%m-%Y}"


def _time(moment: datetime) -> str:
    return f"{moment.hour % 12 or 12:02d}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _member_block(m: Member, pid: int, avatar: int) -> str:
    off = f"{e(m.name)} غير متواجد حالياً"
    avatar_html = (f"""
			<a class="postuseravatar" href="member.php?u={m.uid}" title="{off}">
				<img src="customavatars/avatar{m.uid}_{avatar}.gif" alt="الصورة الرمزية {e(m.name)}" title="الصورة الرمزية {e(m.name)}" />
			</a>""" if avatar else "")
    return f"""<div class="userinfo">
			<div class="username_container">

				<div class="popupmenu memberaction">
	<a class="username offline popupctrl" href="member.php?u={m.uid}" title="{off}"><strong>{e(m.name)}</strong></a>
	<ul class="popupbody popuphover memberaction_body">
		<li class="left">
			<a href="member.php?u={m.uid}" class="siteicon_profile">
				{MEMBER_MENU[0]}
			</a>
		</li>
		<li class="right">
			<a href="search.php?do=finduser&amp;userid={m.uid}&amp;contenttype=vBForum_Post&amp;showposts=1" class="siteicon_forum" rel="nofollow">
				{MEMBER_MENU[1]}
			</a>
		</li>
		<li class="left">
			<a href="private.php?do=newpm&amp;u={m.uid}" class="siteicon_message" rel="nofollow">
				{MEMBER_MENU[2]}
			</a>
		</li>
		<li class="right">
			<a href="blog.php?u={m.uid}" class="siteicon_blog" rel="nofollow">
				{MEMBER_MENU[3]}
			</a>
		</li>
	</ul>
</div>
				<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{off}" border="0" />


			</div>
			<span class="usertitle">
				{e(m.title)}
			</span>


			{avatar_html}


				<hr />
				<dl class="userinfo_extra">
					<dt>{USER_DT[0]}</dt> <dd>{m.joined}</dd>
					<dt>{USER_DT[1]}</dt> <dd>{e(m.place)}</dd>

					<dt>{USER_DT[2]}</dt> <dd>{m.posts}</dd>

				</dl>


				<div class="imlinks">

				</div>

		</div>"""


def _post(tid: int, pid: int, num: int, moment: datetime, m: Member, title: str, message: str,
          edit: str = "", thanks_button: bool = False, avatar: int = 0) -> str:
    h2 = (f"""
				<h2 class="title icon">
					<img src="images/icons/icon1.png" alt="افتراضي" /> {e(title)}
				</h2>
				""" if title else "")
    sig = (f"""

					<blockquote class="signature restore"><div class="signaturecontainer">{e(m.sig)}</div></blockquote>
				""" if m.sig else "")
    thanks = (f"""
					<a href="post_thanks.php?do=post_thanks_add&amp;p={pid}&amp;securitytoken=guest" id="post_thanks_button_{pid}" rel="nofollow" onclick="return post_thanks_give({pid}, false)"><img src="images/buttons/post_thanks.png" alt="" title="" /> {BUTTONS[2]}</a>"""
              if thanks_button else "")
    after = f"""
			<div class="after_content">
				{edit}
				{sig}
			</div>
			""" if (edit or sig) else ""
    return f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">
<!-- see bottom of postbit.css for .userinfo .popupmenu styles -->

	<div class="posthead">
			<span class="postdate old">

					<span class="date">{_date(moment)},&nbsp;<span class="time">{_time(moment)}</span></span>

			</span>
			<span class="nodecontrols">

					<a name="post{pid}" href="showthread.php?t={tid}&amp;p={pid}&amp;viewfull=1#post{pid}" class="postcounter">#{num}</a><a id="postcount{pid}" name="{num}"></a>



			</span>
	</div>
	<div class="postdetails">
		{_member_block(m, pid, avatar)}
		<div class="postbody">
			<div class="postrow{' has_after_content' if after else ''}">

				{h2}




				<div class="content">
					<div id="post_message_{pid}">
						<blockquote class="postcontent restore ">
							{message}
						</blockquote>
					</div>


				</div>
			</div>
			{after}
			<div class="cleardiv"></div>
		</div>
	</div>
		<div class="postfoot">
			<!-- <div class="postfoot_container"> -->
			<div class="textcontrols floatcontainer">
				<span class="postcontrols">
					<img style="display:none" id="progress_{pid}" src="images/misc/progress.gif" alt="" />



						<a id="qrwq_{pid}" class="newreply" href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow" title="{BUTTONS[0]}"><img id="quoteimg_{pid}" src="clear.gif" alt="{BUTTONS[0]}" />  {BUTTONS[0]}</a>

						<a id="qr_{pid}" class="quickreply" href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow"><img id="quickreplyimg_{pid}" src="clear.gif" alt="الرد السريع على هذه المشاركة" /> {BUTTONS[1]}</a> {thanks}

				</span>
				<span class="postlinking">








						<a class="report" href="report.php?p={pid}" rel="nofollow" title="تبليغ عن المشاركة"><img title="تبليغ عن المشاركة" src="clear.gif" alt="تبليغ عن المشاركة" /></a>

				</span>
			<!-- </div> -->
			</div>
		</div>
	<hr />
</li>
"""


def _color_first_quote(text: str, color: str) -> str:
    """[COLOR] around the longest «...» statement of an (escaped) paragraph, as members do."""
    spans = [(start, text.find("»", start)) for start, ch in enumerate(text) if ch == "«"]
    spans = [(a, b) for a, b in spans if b > a]
    if not spans:
        return text
    start, end = max(spans, key=lambda span: span[1] - span[0])
    return f'{text[:start]}<font color="{color}">{text[start:end + 1]}</font>{text[end + 1:]}'


def render(article: Article, n: int) -> Page:
    v = VARIANTS[n - 1]
    poster = POSTERS[n - 1]
    moment = article.moment
    tid = int(article.slug)
    pid = v["pid"]
    url = f"{HOST}/showthread.php?t={tid}"
    title = article.headline
    shown = f"{_date(moment)}, {_time(moment)}"
    page = Page(url=url, html="", shown_date=shown)
    # The login box's other words are its inputs' values, not text a reader sees.
    chrome: list[str] = [SITE, *TOPLINKS, LOGIN[2], *NAV, PARENT[0], article.section, NOTICE,
                         THREAD_WORD, *TOOLS, REPLY_THREAD]

    # ---- the first post: greeting, headline, byline, story, source
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    if n == 1:
        paras[0] = f"<b>{paras[0]}</b>"
        head = f'<font color="#B22222"><b>{e(title)}</b></font><br />\n<br />\n'
    elif n == 2:
        paras[0] = f'<font color="Navy">{paras[0]}</font>'
        head = f'<font size="4"><font color="Navy"><b>{e(title)}</b></font></font><br />\n<br />\n'
    else:
        paras[1] = _color_first_quote(paras[1], "#8B0000")
        head = f'<div style="text-align: center;"><font size="4"><b>{e(title)}</b></font></div>\n'
    byline = ""
    if v["byline"] and article.author:
        byline_text = f"كتب: {article.author}"
        byline = f"<b>{e(byline_text)}</b><br />\n<br />\n"
        chrome.append(byline_text)
    link_text = v["link_text"] or v["link"]
    message = (f"{e(v['greeting'])}<br />\n<br />\n{head}{byline}"
               + "<br />\n<br />\n".join(paras)
               + f"<br />\n<br />\n{e(v['source'])}<br />\n"
               f'<a href="{e(v["link"])}" target="_blank" rel="nofollow">{e(link_text)}</a>')
    chrome += [v["greeting"], v["source"], link_text]
    edit_html = ""
    if v["edit"]:
        minutes, reason = v["edit"]
        edited = moment + timedelta(minutes=minutes)
        edit_text = (f"آخر تعديل بواسطة {poster.name} ; {_date(edited)} الساعة "
                     f"{_time(edited)}. {reason}")
        edit_html = f"""<!-- edit note -->
				<blockquote class="postcontent lastedited">

						<img class="inlineimg" src="images/buttons/edit_40b.png" alt="" border="0" />


							آخر تعديل بواسطة {e(poster.name)} ; {_date(edited)} الساعة <span class="time">{_time(edited)}</span>.


							{e(reason)}


				</blockquote>
				<!-- / edit note -->"""
        chrome.append(edit_text)
    posts = [_post(tid, pid, 1, moment, poster, title, message, edit_html, thanks_button=True,
                   avatar=(4, 2, 7)[n - 1])]
    chrome += ["#1", shown, poster.name, poster.title, *MEMBER_MENU, *USER_DT, poster.joined,
               poster.place, poster.posts, poster.sig, *BUTTONS]

    # ---- the thanks box
    names = []
    for member, days in v["thanks"]:
        when = (f"&nbsp;({_date(moment + timedelta(days=days))})" if days is not None else "")
        names.append(f'<a href="member.php?u={member.uid}" rel="nofollow">{e(member.name)}</a>{when}')
        chrome.append(member.name)
        if days is not None:
            chrome.append(f"({_date(moment + timedelta(days=days))})")
    thanks_head = f"الأعضاء الذين شكروا {poster.name} على المشاركة المفيدة:"
    chrome.append(thanks_head)
    posts.append(f"""<li class="postbitlegacy postbitim" id="post_thanks_box_{pid}">
	<div class="postbody" style="margin-right:0">
		<div class="postrow">
			<h2 class="posttitle">{e(thanks_head)}</h2>
			<div class="content">
				<div id="post_thanks_bit_{pid}">
					<blockquote class="postcontent restore">
						{", ".join(names)}
					</blockquote>
				</div>
			</div>
		</div>
	</div>
	<hr />
</li>
""")

    # ---- the replies
    body_paras = (article.lead, *article.paragraphs)
    last = moment
    for k, (member, minutes, text, quoted, titled) in enumerate(v["replies"]):
        rpid = pid + 37 * (k + 1) + k * k
        when = moment + timedelta(minutes=minutes)
        last = when
        msg = e(text)
        if quoted is not None:
            sentence = body_paras[quoted].split("،")[0]
            msg = f"""<div class="bbcode_container">
	<div class="bbcode_quote">
		<div class="quote_container">
			<div class="bbcode_quote_container"></div>

				<div class="bbcode_postedby">
					<img src="images/misc/quote_icon.png" alt="{QUOTE}" /> {QUOTED_BY} <strong>{e(poster.name)}</strong>
					<a href="showthread.php?p={pid}#post{pid}" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-right.png" alt="مشاهدة المشاركة" /></a>
				</div>
				<div class="message">{e(sentence)}</div>

		</div>
	</div>
</div>{msg}"""
            chrome += [QUOTE, f"{QUOTED_BY} {poster.name}"]
        reply_title = f"رد: {title}" if titled else ""
        posts.append(_post(tid, rpid, k + 2, when, member, reply_title, msg,
                           avatar=(3 if member.uid % 2 else 0)))
        chrome += [f"#{k + 2}", f"{_date(when)}, {_time(when)}", member.name, member.title,
                   member.joined, member.place, member.posts, member.sig, text, reply_title]

    # ---- thread info: tags, viewers, similar threads, rules
    tags_html = ""
    if v["tags"]:
        tag_links = ", ".join(f'<a href="tags.php?tag={quote(t)}">{e(t)}</a>' for t in article.tags)
        tags_html = f"""
	<div id="thread_tags_list" class="thread_info_block blockbody formcontrols">
		<div class="inner_block">
			<h5>{TAGS_TITLE}</h5>
			<div id="tag_list_cell">
				{tag_links}
			</div>
		</div>
	</div>"""
        chrome += [TAGS_TITLE, *article.tags]
    chrome += list(INFO)
    similar = []
    for k, related in enumerate(article.related):
        starter = STARTERS[(n + k) % len(STARTERS)]
        last_post = moment - timedelta(days=3 + 9 * k + n, hours=2 * k + 1, minutes=13 * k)
        by_line = f"بواسطة {starter.name} في المنتدى {article.section}"
        replies = (4, 11, 2)[(n + k) % 3]
        similar.append(f"""<li class="floatcontainer">
  <div class="titleblock">
    <h6><a href="showthread.php?t={tid - 1711 * (k + 1) - 97 * n}" title="">{e(related)}</a></h6>
    <div class="starter_forum">
      بواسطة {e(starter.name)} في المنتدى {e(article.section)}
    </div>
  </div>
  <div class="dateblock">
    <span class="shade">{SIM_LABELS[0]}</span> {replies}
      <div class="starter_forum">
        <span class="shade">{SIM_LABELS[1]}</span> {_date(last_post)}, <span class="time">{_time(last_post)}</span>
      </div>
  </div>
</li>""")
        chrome += [related, by_line, f"{_date(last_post)}, {_time(last_post)}"]
    chrome += [SIMILAR, *SIM_LABELS, *RULES, *SELECTS[2:4], *SELECTS[5:], *FOOTER_LINKS]
    # (SELECTS 0, 1 and 4 are optgroup labels: attributes, no text.)
    hour, minute = v["now"]
    now = (last + timedelta(days=2)).replace(hour=hour, minute=minute)
    footer_time = f"جميع الأوقات بتوقيت GMT +3. الساعة الآن {_time(now)}."
    chrome += [footer_time, POWERED, COPYRIGHT, DISCLAIMER]
    page.add(*chrome)

    words = [w for w in title.replace(":", " ").split() if len(w) > 2]
    keywords = ", ".join(dict.fromkeys([*words, *article.tags]))
    plain = " ".join(f"{v['greeting']} {title} {article.lead}".split())
    description = plain[:296].rsplit(" ", 1)[0] + "..."
    crumbs_title = e(title)
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar" id="vbulletin_html">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="{HOST}" />
<base href="{HOST}/" /><!--[if IE]></base><![endif]-->
<meta name="generator" content="vBulletin 4.2.5" />
<meta http-equiv="X-UA-Compatible" content="IE=9" />

	<link rel="Shortcut Icon" href="favicon.ico" type="image/x-icon" />


		<meta name="keywords" content="{e(keywords)}" />
		<meta name="description" content="{e(description)}" />





<script type="text/javascript">
<!--
	if (typeof YAHOO === 'undefined') // Load ALL YUI Local
	{{
		document.write('<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"><\\/script>');
		document.write('<script type="text/javascript" src="clientscript/yui/connection/connection-min.js?v=425"><\\/script>');
		var yuipath = 'clientscript/yui';
		var yuicombopath = '';
		var remoteyui = false;
	}}
	else	// Load Rest of YUI remotely (where possible)
	{{
		var yuipath = 'clientscript/yui';
		var yuicombopath = '';
		var remoteyui = true;
		if (!yuicombopath)
		{{
			document.write('<script type="text/javascript" src="clientscript/yui/connection/connection-min.js?v=425"><\\/script>');
		}}
	}}
	var SESSIONURL = "";
	var SECURITYTOKEN = "guest";
	var IMGDIR_MISC = "images/misc";
	var IMGDIR_BUTTON = "images/buttons";
	var vb_disable_ajax = parseInt("0", 10);
	var SIMPLEVERSION = "425";
	var BBURL = "{HOST}";
	var LOGGEDIN = 0 > 0 ? true : false;
	var THIS_SCRIPT = "showthread";
	var RELPATH = "showthread.php?t={tid}";
	var PATHS = {{
		forum : "",
		cms   : "",
		blog  : ""
	}};
	var AJAXBASEURL = "{HOST}/";
// -->
</script>
<script type="text/javascript" src="{HOST}/clientscript/vbulletin-core.js?v=425"></script>



	<link rel="alternate" type="application/rss+xml" title="{SITE} RSS Feed" href="{HOST}/external.php?type=RSS2" />

		<link rel="alternate" type="application/rss+xml" title="{SITE} - {article.section} - RSS Feed" href="{HOST}/external.php?type=RSS2&amp;forumids={FORUM_ID}" />




	<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1698413520&amp;td=rtl&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css,vbulletin-chrome.css,vbulletin-formcontrols.css," />

	<!--[if lt IE 8]>
	<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1698413520&amp;td=rtl&amp;sheet=popupmenu-ie.css,vbulletin-ie.css,vbulletin-chrome-ie.css,vbulletin-formcontrols-ie.css,editor-ie.css" />
	<![endif]-->

	<link rel="canonical" href="{url}" />

	<title> {e(title)}</title>

	<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1698413520&amp;td=rtl&amp;sheet=toolsmenu.css,postlist.css,showthread.css,postbit.css,options.css,attachment.css,poll.css,lightbox.css" />
	<script type="text/javascript" src="clientscript/post_thanks.js"></script>
	<!--[if lt IE 8]><link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1698413520&amp;td=rtl&amp;sheet=toolsmenu-ie.css,postlist-ie.css,showthread-ie.css,postbit-ie.css,poll-ie.css" /><![endif]-->
<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1698413520&amp;td=rtl&amp;sheet=additional.css" />

</head>

<body>

<div class="above_body"> <!-- closing tag is in template navbar -->
<div id="header" class="floatcontainer doc_header">
	<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/iraq_alkhair_logo.png" alt="{SITE} - Powered by vBulletin" /></a></div>
	<div id="toplinks" class="toplinks">

			<ul class="nouser">

				<li><a href="register.php" rel="nofollow">{TOPLINKS[0]}</a></li>

				<li><a rel="help" href="faq.php">{TOPLINKS[1]}</a></li>
				<li>
			<script type="text/javascript" src="clientscript/vbulletin_md5.js?v=425"></script>
			<form id="navbar_loginform" action="login.php?s=&amp;do=login" method="post" onsubmit="md5hash(vb_login_password, vb_login_md5password, vb_login_md5password_utf, 0)">
				<fieldset id="logindetails" class="logindetails">
					<div>
						<div>
					<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="{LOGIN[0]}" />
					<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />
					<input type="text" class="textbox default-value" tabindex="102" name="vb_login_password_hint" id="navbar_password_hint" size="10" value="{LOGIN[1]}" style="display:none;" />
					<input type="submit" class="loginbutton" tabindex="104" value="{LOGIN[3]}" title="ادخل اسم العضو وكلمة المرور الخاصة بك في الحقول المخصصة لها لتسجيل الدخول، أو اضغط على رابط &quot;تسجيل&quot; لإنشاء حساب خاص بك." accesskey="s" />
						</div>
					</div>
				</fieldset>
				<div id="remember" class="remember">
					<label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> {LOGIN[2]}</label>
				</div>

				<input type="hidden" name="s" value="" />
				<input type="hidden" name="securitytoken" value="guest" />
				<input type="hidden" name="do" value="login" />
				<input type="hidden" name="vb_login_md5password" />
				<input type="hidden" name="vb_login_md5password_utf" />
			</form>
			<script type="text/javascript">
			YAHOO.util.Dom.setStyle('navbar_password_hint', "display", "inline");
			YAHOO.util.Dom.setStyle('navbar_password', "display", "none");
			vB_XHTML_Ready.subscribe(function()
			{{
			//
				YAHOO.util.Event.on('navbar_username', "focus", navbar_username_focus);
				YAHOO.util.Event.on('navbar_username', "blur", navbar_username_blur);
				YAHOO.util.Event.on('navbar_password_hint', "focus", navbar_password_hint);
				YAHOO.util.Event.on('navbar_password', "blur", navbar_password);
			}});
			</script>
				</li>

			</ul>

	</div>
	<div class="ad_global_header">


	</div>
	<hr />
</div>
<div id="navbar" class="navbar">
	<ul id="navtabs" class="navtabs floatcontainer">


	<li class="selected" id="vbtab_forum">
		<a class="navtab" href="forum.php">{NAV[0]}</a>
		<ul class="floatcontainer">
			<li id="vbflink_faq"><a href="faq.php">{NAV[1]}</a></li>
			<li id="vbflink_calendar"><a href="calendar.php">{NAV[2]}</a></li>
			<li class="popupmenu" id="vbmenu_community">
				<a href="javascript://" class="popupctrl">{NAV[3]}</a>
				<ul class="popupbody popuphover">
					<li id="vbclink_members"><a href="memberlist.php">{NAV[4]}</a></li>
				</ul>
			</li>
			<li class="popupmenu" id="vbmenu_forum">
				<a href="javascript://" class="popupctrl">{NAV[5]}</a>
				<ul class="popupbody popuphover">
					<li id="vbqlink_posts"><a href="search.php?do=getdaily&amp;contenttype=vBForum_Post">{NAV[6]}</a></li>
					<li id="vbqlink_leaders"><a href="showgroups.php" rel="nofollow">{NAV[7]}</a></li>
					<li id="vbqlink_online"><a href="online.php">{NAV[8]}</a></li>
				</ul>
			</li>
		</ul>

	</li>
	<li id="vbtab_whatsnew">
		<a class="navtab" href="activity.php">{NAV[9]}</a>
	</li>
	<li id="vbtab_blog">
		<a class="navtab" href="blog.php">{NAV[10]}</a>
	</li>

	</ul>

		<div id="globalsearch" class="globalsearch">
			<form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">

				<input type="hidden" name="securitytoken" value="guest" />
				<input type="hidden" name="do" value="process" />
				<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span>
				<span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" onclick="document.getElementById('navbar_search').submit;" tabindex="100"/></span></span>
			</form>
			<ul class="navbar_advanced_search">
				<li><a href="search.php" accesskey="4">{NAV[11]}</a></li>

			</ul>
		</div>

</div>
</div><!-- closing div for above_body -->

<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb">
	<ul class="floatcontainer">
		<li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="الرئيسية" /></a></li>

	<li class="navbit"><a href="forum.php">{SITE}</a></li>

	<li class="navbit"><a href="forumdisplay.php?f={PARENT[1]}">{PARENT[0]}</a></li>

	<li class="navbit"><a href="forumdisplay.php?f={FORUM_ID}">{e(article.section)}</a></li>

		<li class="navbit lastnavbit"><span> {crumbs_title}</span></li>

	</ul>
	<hr />
</div>


<div id="ad_global_below_navbar"></div>


	<form action="profile.php?do=dismissnotice" method="post" id="notices" class="notices">
		<input type="hidden" name="do" value="dismissnotice" />
		<input type="hidden" name="s" value="" />
		<input type="hidden" name="securitytoken" value="guest" />
		<input type="hidden" id="dismiss_notice_hidden" name="dismiss_noticeid" value="" />
		<input type="hidden" name="url" value="" />
		<ol>
			<li class="restore" id="navbar_notice_1">

	إذا كانت هذه زيارتك الأولى للمنتدى، فيرجى التكرم بزيارة صفحة <a href="faq.php" target="_blank"><b>التعليمات</b></a> بالضغط هنا. كما يشرفنا أن تقوم <a href="register.php" target="_blank"><b>بالتسجيل</b></a> بالضغط هنا إذا رغبت بالمشاركة في المنتدى، أما إذا رغبت بقراءة المواضيع والإطلاع فتفضل بزيارة القسم الذي ترغب أدناه.
</li>
		</ol>
	</form>




	<div id="pagetitle" class="pagetitle">
		<h1>
			{THREAD_WORD} <span class="threadtitle"><a href="showthread.php?t={tid}" title="تحديث الصفحة">{e(title)}</a></span>
		</h1>

	</div>
	<div id="thread_controls" class="thread_controls toolsmenu">
		<div>
		<ul id="postlist_popups" class="postlist_popups popupgroup">


			<li class="popupmenu" id="threadtools">
				<h6><a class="popupctrl" href="javascript://">{TOOLS[0]}</a></h6>
				<ul class="popupbody popuphover">
					<li><a href="printthread.php?t={tid}&amp;pp=10&amp;page=1" accesskey="3" rel="nofollow">{TOOLS[1]}</a></li>

						<li><a href="sendmessage.php?do=sendtofriend&amp;t={tid}" rel="nofollow">{TOOLS[2]}</a></li>

					<li>

							<a href="subscription.php?do=addsubscription&amp;t={tid}" rel="nofollow">{TOOLS[3]}</a>

					</li>

				</ul>
			</li>








				<li class="popupmenu" id="displaymodes">
					<h6><a class="popupctrl" href="javascript://">{TOOLS[4]}</a></h6>
					<ul class="popupbody popuphover">
						<li><label>{TOOLS[5]}</label></li>
						<li><a href="showthread.php?t={tid}&amp;mode=hybrid"> {TOOLS[6]}</a></li>
						<li><a href="showthread.php?p={pid}&amp;mode=threaded#post{pid}"> {TOOLS[7]}</a></li>
					</ul>
				</li>



		</ul>
		</div>
	</div>

<div id="postlist" class="postlist restrain">


	<div id="above_postlist" class="above_postlist">

			<a href="newreply.php?p={pid}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_top"><span>+</span> الرد على الموضوع</a>
			<img style="display:none" id="progress_newreplylink_top" src="images/misc/progress.gif" alt="" />

		<div id="pagination_top" class="pagination_top">

		</div>
	</div>

		<ol id="posts" class="posts" start="1">
			{"".join(posts)}
		</ol>
		<div class="separator"></div>
		<div class="postlistfoot">

		</div>



</div>

<div id="below_postlist" class="noinlinemod below_postlist">

		<a href="newreply.php?p={pid}&amp;noquote=1" class="newcontent_textcontrol" id="newreplylink_bottom"><span>+</span> الرد على الموضوع</a>
		<img style="display:none" id="progress_newreplylink_bottom" src="images/misc/progress.gif" alt="" />

	<div id="pagination_bottom" class="pagination_bottom">

	</div>
</div>








<div id="thread_info" class="thread_info block">

	<h4 class="threadinfohead blockhead">{INFO[0]}</h4>
	{tags_html}
	<div id="thread_onlineusers" class="thread_info_block blockbody formcontrols">
		<div class="inner_block">
			<h5>{INFO[1]}</h5>
			<div>
				<p>{INFO[2]}</p>
				<ol class="commalist">

				</ol>
			</div>
		</div>
	</div>


	<div id="similar_threads">
		<h4 class="threadinfohead blockhead">{SIMILAR}</h4>
		<div id="similar_threads_list" class="thread_info_block blockbody formcontrols">
			<ol class="similar_threads">
			{"".join(similar)}
			</ol>
		</div>
	</div>



	<div class="options_block_container">

		<div class="options_block">
			<h4 class="collapse blockhead options_correct">
				<a class="collapse" id="collapse_posting_rules" href="showthread.php?t={tid}#top"><img src="images/buttons/collapse_40b.png" alt="" /></a>
				{RULES[0]}
			</h4>
			<div class="thread_info_block blockbody formcontrols floatcontainer options_correct" id="posting_rules">

<div id="forumrules" class="info_subblock">

	<ul class="youcandoblock">
		<li><strong>لا تستطيع</strong> إضافة مواضيع جديدة</li>
		<li><strong>لا تستطيع</strong> الرد على المواضيع</li>
		<li><strong>لا تستطيع</strong> إرفاق ملفات</li>
		<li><strong>لا تستطيع</strong> تعديل مشاركاتك</li>
		<li>&nbsp;</li>
	</ul>
	<div class="bbcodeblock">
		<ul>
			<li><a href="misc.php?do=bbcode" target="_blank">BB code</a> is <strong>متاحة</strong></li>
			<li><a href="misc.php?do=showsmilies" target="_blank" >الابتسامات</a> <strong>متاحة</strong></li>
			<li><a href="misc.php?do=bbcode#imgcode" target="_blank" >كود [IMG]</a> <strong>متاحة</strong></li>
			<li>كود [VIDEO] <strong>متاحة</strong></li>
			<li>كود HTML <strong>معطلة</strong></li>
		</ul>
	</div>
	<p class="rules_link"><a href="misc.php?do=showrules" target="_blank">{RULES[10]}</a></p>

</div>

			</div>
		</div>
	</div>
</div>








<div id="footer" class="floatcontainer footer">

	<form action="forum.php" method="get" id="footer_select" class="footer_select">


			<select name="styleid" onchange="switch_id(this, 'style')">
				<optgroup label="{SELECTS[0]}"><option class="hidden"></option></optgroup>


					<optgroup label="&nbsp;{SELECTS[1]}">


	<option value="3" class="" selected="selected">{SELECTS[2]}</option>
	<option value="1" class="" >{SELECTS[3]}</option>


					</optgroup>



			</select>



			<select name="langid" onchange="switch_id(this, 'lang')">
				<optgroup label="{SELECTS[4]}">
					<option value="2" class="" selected="selected">{SELECTS[5]}</option>
<option value="1" class="" >{SELECTS[6]}</option>

				</optgroup>
			</select>

	</form>

	<ul id="footer_links" class="footer_links">
		<li><a href="sendmessage.php" rel="nofollow" accesskey="9">{FOOTER_LINKS[0]}</a></li>
		<li><a href="{ROOT}">{SITE}</a></li>


		<li><a href="archive/index.php">{FOOTER_LINKS[2]}</a></li>



		<li><a href="showthread.php?t={tid}#top" onclick="document.location.hash='top'; return false;">{FOOTER_LINKS[3]}</a></li>
	</ul>




	<script type="text/javascript">
	<!--
		// Main vBulletin Javascript Initialization
		vBulletin_init();
	//-->
	</script>

</div>
</div> <!-- closing div for body_wrapper -->

<div class="below_body">
<div id="footer_time" class="shade footer_time">جميع الأوقات بتوقيت GMT +3. الساعة الآن <span class="time">{_time(now)}</span>.</div>

<div id="footer_copyright" class="shade footer_copyright">
	<!-- Do not remove this copyright notice -->
	Powered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.5 <br />Copyright &copy; 2024 vBulletin Solutions Inc. All rights reserved.
	<!-- Do not remove this copyright notice -->
</div>
<div id="footer_morecopyright" class="shade footer_morecopyright">
	<!-- Do not remove cronimage or your scheduled tasks will cease to function -->
	<img src="{HOST}/cron.php?rand={int(now.timestamp())}" alt="" width="1" height="1" border="0" />
	<!-- Do not remove cronimage or your scheduled tasks will cease to function -->
	{DISCLAIMER}
</div>


</div>
</body>
</html>
"""
    return page
