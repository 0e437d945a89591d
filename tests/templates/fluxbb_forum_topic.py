"""A Libyan news forum ("منتديات ليبيا الإخبارية") on FluxBB 1.5 with its default Air style,
a topic as `viewtopic.php?id=N` serves it to a guest: XHTML 1.0 Strict doctype, `dir="rtl"`,
`<title>` "subject / forum / board" (the 1.5 title separator), `<link rel="canonical">` with
the "الصفحة 1" title, the topic's RSS feed link (`extern.php?action=feed&tid=`), `style/Air.css`,
and, where the guest may reply, the inline `process_form` script of the quick post's required
fields; no og/twitter, no JSON-LD. Body: `div#punviewtopic.pun` > `div.punwrap` >
`div#brdheader` (`#brdtitle` with the board's `<h1>` and `#brddesc`, `#brdmenu` list:
`navindex`, `navuserlist`, `navrules`, `navsearch`, `navregister`, `navlogin`; `#brdwelcome`
with "أنت غير مسجل الدخول." and the topic searches), the board announcement (`#announce`),
then `#brdmain`: the `.linkst` crumbs (`ul.crumbs`, "»&#160;" separators, the topic as
`<strong>`), `.pagepost` ("الصفحات: " and the post-reply or "الموضوع مغلق" link), the posts as
`div.blockpost` (`rowodd`/`roweven`, `firstpost`, `blockpost1`), each an `<h2>` with "#N" in
`span.conr` and the post's time as a `viewtopic.php?pid=` link (format_time: the board's
"Y-m-d H:i:s" in Libya's +02:00, "اليوم"/"أمس" for today and yesterday), `.postleft` `<dl>`
(name, `dd.usertitle`, `dd.postavatar`, "من:", "تاريخ التسجيل:", "مشاركات:", `dd.usercontacts`),
`.postright` (`<h3>` subject, "رد:" on replies, `div.postmsg` as the 1.5 parser writes it: one
line of `<p>`s, `span.postimg`, `<h5>` for [h], `div.quotebox` with `<cite>`, `p.postedit`),
`div.postsignature.postmsg`, `.postfootleft` ("متصل"/"غير متصل") and `.postfootright`
("اقتباس" for guests who may reply); the `.postlinksb` crumbs, the guest quick post form
(`#quickpost`: name, email, message, bbcode links), and `#brdfooter` (the "انتقل إلى" quick
jump, "تغذية RSS للموضوع", "يعمل بواسطة FluxBB").
The first post is a member's repost of a news story; the story is its paragraphs only. Page 1
(absolute date) has a photo with the member's italic caption line, the "كتب:" byline line, the
"المصدر:" link, a "مواضيع ذات صلة في المنتدى:" list, an edit note, a signature and three replies
(a guest's, one quoting the story). Page 2 (posted 01:10 local, shown "اليوم 01:10:12", so the
UTC instant is the day before) is agency copy with the poster's "نقلا عن" intro line, no image,
no byline, and two replies. Page 3 (shown "أمس 21:05:40") has a photo without caption, a
"تقرير:" byline, an [h] subheading and an introduced quote set as a quotebox (both text), and
two replies, the moderator's closing the topic: closed, no quote links, no quick post."""

from __future__ import annotations

from datetime import timedelta

from .base import Article, Page, e

NAME = "fluxbb_forum_topic"
HELD_OUT = True
SET = "unseen32"
FAMILY = "FluxBB 1.5 (Air style) viewtopic: brdheader/brdmenu, linkst crumbs, blockpost posts with postleft profile, postmsg, signature, postfoot, quick post, brdfooter"
HOST = "https://fluxbb-libya-muntada.example"
BOARD = "منتديات ليبيا الإخبارية"
DESC = "أخبار ليبيا كما ينقلها أعضاؤها، وحوارات أبنائها من الشرق إلى الغرب والجنوب"
FORUMS = {"أخبار ليبيا": 2, "الصحة والمجتمع": 5, "الزراعة والاقتصاد": 7}
JUMP = (("الأخبار", (("أخبار ليبيا", 2), ("أخبار عربية ودولية", 3), ("الرياضة الليبية", 4))),
        ("المجتمع", (("الصحة والمجتمع", 5), ("التعليم والجامعات", 6),
                     ("الزراعة والاقتصاد", 7))),
        ("الإدارة", (("الاقتراحات والشكاوى", 9),)))
NAV = (("navindex", "index.php", "الرئيسية"), ("navuserlist", "userlist.php", "قائمة الأعضاء"),
       ("navrules", "misc.php?action=rules", "القوانين"), ("navsearch", "search.php", "بحث"),
       ("navregister", "register.php", "تسجيل"), ("navlogin", "login.php", "دخول"))
NOT_IN = "أنت غير مسجل الدخول."
SEARCHES = ("المواضيع:", "المواضيع النشطة", "المواضيع بدون ردود")
ANNOUNCE = ("إعلان", "عند نقل أي خبر يرجى ذكر مصدره ورابطه، وسيحذف كل موضوع منقول دون مصدر. "
            "الإدارة غير مسؤولة عن آراء الأعضاء.")
CLOSED = "الموضوع مغلق"
POST_REPLY = "أضف رداً"
# Poster: (uid, name, title, avatar, location, registered, posts, website, online)
MEMBERS = {
    "ابن_المدينة": (112, "عضو مميز", "jpg", "طرابلس", "2012-06-21", 3418, "", False),
    "نسمة_البحر": (894, "عضو", "", "بنغازي", "2019-02-14", 512, "", True),
    "طارق.ت": (1307, "عضو جديد", "png", "مصراتة", "2024-09-30", 27, "", False),
    "صوت_الجنوب": (436, "عضو نشيط", "png", "سبها", "2015-11-03", 1876,
                   "https://sawt-aljanoub.example", False),
    "أم_ريان": (1022, "عضو", "", "أوباري", "2021-05-09", 144, "", False),
    "زيتونة_الجبل": (578, "عضو نشيط", "jpg", "البيضاء", "2016-10-18", 2203, "", True),
    "مزارع_من_المرج": (1189, "عضو", "", "المرج", "2023-01-22", 88, "", False),
    "المشرف العام": (2, "مشرف", "gif", "ليبيا", "2010-03-01", 9541, "", True),
}
OPENER = {1: "ابن_المدينة", 2: "صوت_الجنوب", 3: "زيتونة_الجبل"}
POST_IDS = {1: 61204, 2: 66871, 3: 63390}
SIGS = {"ابن_المدينة": "اللهم احفظ ليبيا وأهلها من كل سوء",
        "صوت_الجنوب": "الجنوب ليس هامشا.. الجنوب قلب ليبيا",
        "المشرف العام": "قوانين المنتدى في الرابط أعلى الصفحة، فضلا اقرأها قبل المشاركة"}
SOURCES = {1: ("بوابة العاصمة الإخبارية", "https://bawabat-alasima.example/news/2024/11/drains"),
           2: ("وكالة الأنباء الليبية (وال)", "https://lana-wire.example/post/118540"),
           3: ("صحيفة برقة اليوم", "https://barqa-today.example/agri/olive-season-2024")}
INTRO = {2: "نقلا عن وكالة الأنباء الليبية:"}
BYLINE = {1: "كتب:", 3: "تقرير:"}
SUBHEAD = {3: "المعاصر تمدد ساعات العمل"}
QUOTEBOX = {3: 4}  # the paragraph set as [quote] (the text introduces it)
EDITED = {1: 11}  # minutes after posting
# Replies: (poster or (guest name,), minutes after the first post, quote or "", text)
REPLIES = {
    1: (("نسمة_البحر", 42, "", "خطوة جيدة لكن العبرة بالتنفيذ، كل سنة نسمع نفس الكلام "
         "وأول مطرة تغرق الشوارع."),
        (("أبو معاذ",), 1168, "ويشكو سكان أحياء مثل زاوية الدهماني وباب بن غشير",
         "نحن في الدهماني نعاني من هذا منذ سنوات، الله يصلح الحال."),
        ("طارق.ت", 1194, "", "شكرا على النقل يا ابن المدينة، ننتظر التحديثات.")),
    2: (("أم_ريان", 452, "", "الله يحفظ أطفالنا، هل الحملة تشمل مدينة أوباري؟"),
        ("صوت_الجنوب", 481, "", "نعم، أوباري ضمن البلديات المستهدفة حسب بيان الوزارة.")),
    3: (("مزارع_من_المرج", 71, "", "صدق الخبر، عندنا في المرج الموسم ممتاز والحمد لله، "
         "المشكلة الوحيدة في العمال."),
        ("المشرف العام", 744, "", "يغلق الموضوع لانتهاء النقاش، ومتابعة أخبار الموسم في "
         "الموضوع المثبت بقسم الزراعة.")),
}
# The day of the visit, for format_time's "اليوم"/"أمس" (None: an old topic, dates only).
VISIT = {1: None, 2: "2025-02-11", 3: "2024-12-09"}


def _time(moment, n: int) -> str:
    """format_time(): the board's "Y-m-d H:i:s" in +02:00, "اليوم"/"أمس" near the visit."""
    day = f"{moment:%Y-%m-%d}"
    if VISIT[n]:
        if day == VISIT[n]:
            day = "اليوم"
        elif day == f"{moment.fromisoformat(VISIT[n]) - timedelta(days=1):%Y-%m-%d}":
            day = "أمس"
    return f"{day} {moment:%H:%M:%S}"


def _message(article: Article, n: int) -> tuple[str, list[str]]:
    """The first post's message as the 1.5 parser writes it: one line of `<p>`s."""
    parts, lines = [], []
    if n in INTRO:
        parts.append(f"<p>{e(INTRO[n])}</p>")
        lines.append(INTRO[n])
    if n != 2:
        src = f"{HOST}/uploads/news/{article.slug}.jpg"
        img = f'<span class="postimg"><img src="{src}" alt="{article.slug}.jpg" /></span>'
        if n == 1:
            img += f"<br /><em>{e(article.caption)}</em>"
            lines.append(article.caption)
        parts.append(f"<p>{img}</p>")
    if n in BYLINE:
        parts.append(f"<p>{BYLINE[n]} <strong>{e(article.author)}</strong></p>")
        lines.append(f"{BYLINE[n]} {article.author}")
    for k, para in enumerate((article.lead, *article.paragraphs)):
        if SUBHEAD.get(n) == para:
            parts.append(f"<h5>{e(para)}</h5>")
        elif QUOTEBOX.get(n) == k:
            parts.append(f'<div class="quotebox"><blockquote><div><p>{e(para)}</p></div>'
                         "</blockquote></div>")
        else:
            parts.append(f"<p>{e(para)}</p>")
    name, link = SOURCES[n]
    parts.append(f'<p>المصدر: <a href="{link}" rel="nofollow">{e(name)}</a></p>')
    lines.append(f"المصدر: {name}")
    if n == 1:
        items = "".join(f'<li><p><a href="{HOST}/viewtopic.php?id={int(article.slug) - 9 - 6 * k}"'
                        f' rel="nofollow">{e(t)}</a></p></li>' for k, t in enumerate(article.related))
        parts.append(f"<p><strong>مواضيع ذات صلة في المنتدى:</strong></p><ul>{items}</ul>")
        lines += ["مواضيع ذات صلة في المنتدى:", *article.related]
    return "".join(parts), lines


def _post(n: int, count: int, pid: int, who, posted: str, subject: str, message: str,
          edited: str, closed: bool, tid: int) -> tuple[str, list[str]]:
    guest = isinstance(who, tuple)
    name = who[0] if guest else who
    lines = [f"#{count}", posted, name, "زائر" if guest else MEMBERS[name][1],
             subject if count == 1 else f"رد: {subject}"]
    info, contacts, avatar, online = [], "", "", ""
    if guest:
        dt = name
    else:
        uid, _title, ext, place, joined, posts, site, is_on = MEMBERS[name]
        dt = f'<a href="profile.php?id={uid}">{e(name)}</a>'
        if ext:
            size = 'width="60" height="60"' if ext != "gif" else 'width="80" height="80"'
            avatar = (f'\t\t\t\t\t\t<dd class="postavatar"><img src="{HOST}/img/avatars/{uid}.{ext}'
                      f'?m={1300000000 + uid * 7919}" {size} alt="" /></dd>\n')
        rows = [f"من: {place}", f"تاريخ التسجيل: {joined}", f"مشاركات: {posts:,}"]
        info = "".join(f"\t\t\t\t\t\t<dd><span>{e(r)}</span></dd>\n" for r in rows)
        lines += rows
        if site:
            contacts = (f'\t\t\t\t\t\t<dd class="usercontacts"><span class="website"><a href="'
                        f'{site}" rel="nofollow">الموقع</a></span></dd>\n')
            lines.append("الموقع")
        state = "متصل" if is_on else "غير متصل"
        online = f"<p><strong>{state}</strong></p>" if is_on else f"<p><span>{state}</span></p>"
        lines.append(state)
    h3 = e(subject) if count == 1 else f"رد: {e(subject)}"
    sig = ""
    if not guest and name in SIGS:
        sig = (f'\t\t\t\t\t<div class="postsignature postmsg"><hr /><p>{e(SIGS[name])}</p>'
               "</div>\n")
        lines.append(SIGS[name])
    actions = ""
    if not closed:
        actions = ('\t\t\t\t<div class="postfootright">\n\t\t\t\t\t<ul>\n\t\t\t\t\t\t<li class='
                   f'"postquote"><span><a href="post.php?tid={tid}&amp;qid={pid}">اقتباس</a>'
                   "</span></li>\n\t\t\t\t\t</ul>\n\t\t\t\t</div>\n")
        lines.append("اقتباس")
    row = "rowodd" if count % 2 else "roweven"
    first = " firstpost blockpost1" if count == 1 else ""
    html = f"""<div id="p{pid}" class="blockpost {row}{first}">
	<h2><span><span class="conr">#{count}</span> <a href="viewtopic.php?pid={pid}#p{pid}">{posted}</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
						<dt><strong>{dt}</strong></dt>
						<dd class="usertitle"><strong>{"زائر" if guest else e(MEMBERS[name][1])}</strong></dd>
{avatar}{info}{contacts}					</dl>
				</div>
				<div class="postright">
					<h3>{h3}</h3>
					<div class="postmsg">
						{message}
{edited}					</div>
{sig}				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft">{online}</div>
{actions}			</div>
		</div>
	</div>
</div>
"""
    return html, lines


def _crumbs(article: Article, fid: int, tid: int) -> str:
    return (f'\t\t<ul class="crumbs">\n\t\t\t<li><a href="index.php">الرئيسية</a></li>\n'
            f'\t\t\t<li><span>»&#160;</span><a href="viewforum.php?id={fid}">'
            f"{e(article.section)}</a></li>\n\t\t\t<li><span>»&#160;</span><strong><a href="
            f'"viewtopic.php?id={tid}">{e(article.headline)}</a></strong></li>\n\t\t</ul>\n')


def render(article: Article, n: int) -> Page:
    m = article.moment
    tid = int(article.slug)
    fid = FORUMS[article.section]
    url = f"{HOST}/viewtopic.php?id={tid}"
    closed = n == 3
    shown = _time(m, n)
    page = Page(url=url, html="", shown_date=shown)
    page.add(BOARD, DESC, *(label for _, _, label in NAV), NOT_IN, *SEARCHES, *ANNOUNCE,
             article.section, "الصفحات:", CLOSED if closed else POST_REPLY)
    active = ' class="isactive"'
    nav = "\n".join(f'\t\t\t\t<li id="{i}"{active if i == "navindex" else ""}>'
                    f'<a href="{href}">{label}</a></li>' for i, href, label in NAV)
    # the posts
    message, lines = _message(article, n)
    page.add(*lines)
    edited = ""
    opener = OPENER[n]
    if n in EDITED:
        note = f"آخر تعديل بواسطة {opener} ({_time(m + timedelta(minutes=EDITED[n]), n)})"
        edited = f'\t\t\t\t\t\t<p class="postedit"><em>{e(note)}</em></p>\n'
        page.add(note)
    pid = POST_IDS[n]
    html, lines = _post(n, 1, pid, opener, shown, article.headline, message, edited, closed, tid)
    posts = [html]
    page.add(*lines)
    for k, (who, minutes, quote, text) in enumerate(REPLIES[n], 2):
        msg = ""
        if quote:
            cite = f"{OPENER[n]} كتب:"
            msg = (f'<div class="quotebox"><cite>{e(cite)}</cite><blockquote><div><p>{e(quote)}'
                   "</p></div></blockquote></div>")
            page.add(cite)
        msg += f"<p>{e(text)}</p>"
        page.add(text)
        html, lines = _post(n, k, pid + 3 * k + 1, who, _time(m + timedelta(minutes=minutes), n),
                            article.headline, msg, "", closed, tid)
        posts.append(html)
        page.add(*lines)
    postlink = CLOSED if closed else f'<a href="post.php?tid={tid}">{POST_REPLY}</a>'
    pagepost = ('\t\t<div class="pagepost">\n\t\t\t<p class="pagelink conl"><span class="pages-label">'
                'الصفحات: </span><strong class="item1">1</strong></p>\n\t\t\t<p class="postlink conr">'
                f"{postlink}</p>\n\t\t</div>\n")
    # the guest's quick post
    quick, script = "", ""
    if not closed:
        page.add("رد سريع", "اكتب رسالتك ثم اضغط إرسال", "الاسم", "(مطلوب)", "البريد الإلكتروني",
                 "الرسالة", "BBCode:", "مفعل", "[img] وسم:", "الابتسامات:")
        quick = f"""<div id="quickpost" class="blockform">
	<h2><span>رد سريع</span></h2>
	<div class="box">
		<form id="quickpostform" action="post.php?tid={tid}" method="post" onsubmit="this.submit.disabled=true;if(process_form(this)){{return true;}}else{{this.submit.disabled=false;return false;}}">
			<div class="inform">
				<fieldset>
					<legend>اكتب رسالتك ثم اضغط إرسال</legend>
					<div class="infldset txtarea">
						<input type="hidden" name="form_sent" value="1" />
						<label class="conl required"><strong>الاسم <span>(مطلوب)</span></strong><br /><input type="text" name="req_username" value="" size="25" maxlength="25" tabindex="1" /><br /></label>
						<label class="conl required"><strong>البريد الإلكتروني <span>(مطلوب)</span></strong><br /><input type="text" name="req_email" value="" size="50" maxlength="80" tabindex="2" /><br /></label>
						<div class="clearer"></div>
						<label class="required"><strong>الرسالة <span>(مطلوب)</span></strong><br />
						<textarea name="req_message" rows="7" cols="75" tabindex="3"></textarea></label>
						<ul class="bblinks">
							<li><span><a href="help.php#bbcode" onclick="window.open(this.href); return false;">BBCode:</a> مفعل</span></li>
							<li><span><a href="help.php#url" onclick="window.open(this.href); return false;">[img] وسم:</a> مفعل</span></li>
							<li><span><a href="help.php#smilies" onclick="window.open(this.href); return false;">الابتسامات:</a> مفعل</span></li>
						</ul>
					</div>
				</fieldset>
			</div>
			<div class="buttons"><input type="submit" name="submit" tabindex="4" value="إرسال" accesskey="s" /> <input type="submit" name="preview" value="معاينة" tabindex="5" accesskey="p" /></div>
		</form>
	</div>
</div>
"""
        script = """<script type="text/javascript">
/* <![CDATA[ */
function process_form(the_form)
{
	var required_fields = {
		"req_email": "البريد الإلكتروني",
		"req_message": "الرسالة",
		"req_username": "الاسم"
	};
	if (document.all || document.getElementById)
	{
		for (var i = 0; i < the_form.length; ++i)
		{
			var elem = the_form.elements[i];
			if (elem.name && required_fields[elem.name] && !elem.value && elem.type && (/^(?:text(?:area)?|password|file)$/i.test(elem.type)))
			{
				alert('"' + required_fields[elem.name] + '" حقل مطلوب في هذا النموذج.');
				elem.focus();
				return false;
			}
		}
	}
	return true;
}
/* ]]> */
</script>
"""
    # the footer's quick jump
    groups, selected = [], ' selected="selected"'
    for label, forums in JUMP:
        opts = "\n".join(f'\t\t\t\t\t\t\t<option value="{v}"'
                         f'{selected if v == fid else ""}>{e(f)}</option>'
                         for f, v in forums)
        groups.append(f'\t\t\t\t\t\t<optgroup label="{e(label)}">\n{opts}\n\t\t\t\t\t\t</optgroup>')
        page.add(*(f for f, _ in forums))
    page.add("تذييل المنتدى", "انتقل إلى", "تغذية RSS للموضوع", "يعمل بواسطة FluxBB")
    groups_html = "\n".join(groups)
    crumbs = _crumbs(article, fid, tid)
    posts_html = "".join(posts)
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{e(article.headline)} / {e(article.section)} / {BOARD}</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
{script}<link rel="canonical" href="viewtopic.php?id={tid}" title="الصفحة 1" />
<link rel="alternate" type="application/rss+xml" href="extern.php?action=feed&amp;tid={tid}&amp;type=rss" title="تغذية RSS للموضوع" />
</head>

<body>

<div id="punviewtopic" class="pun">
<div class="top-box"><div><!-- Top Corners --></div></div>
<div class="punwrap">

<div id="brdheader" class="block">
	<div class="box">
		<div id="brdtitle" class="inbox">
			<h1><a href="index.php">{BOARD}</a></h1>
			<div id="brddesc">{DESC}</div>
		</div>
		<div id="brdmenu" class="inbox">
			<ul>
{nav}
			</ul>
		</div>
		<div id="brdwelcome" class="inbox">
			<p class="conl">{NOT_IN}</p>
			<ul class="conr">
				<li><span>{SEARCHES[0]} <a href="search.php?action=show_recent" title="ابحث عن المواضيع التي بها مشاركات حديثة.">{SEARCHES[1]}</a> | <a href="search.php?action=show_unanswered" title="ابحث عن المواضيع التي لم يرد عليها أحد.">{SEARCHES[2]}</a></span></li>
			</ul>
			<div class="clearer"></div>
		</div>
	</div>
</div>

<div id="announce" class="block">
	<div class="hd"><h2><span>{ANNOUNCE[0]}</span></h2></div>
	<div class="box">
		<div id="announce-block" class="inbox">
			<div class="usercontent">{ANNOUNCE[1]}</div>
		</div>
	</div>
</div>

<div id="brdmain">
<div class="linkst">
	<div class="inbox crumbsplus">
{crumbs}{pagepost}		<div class="clearer"></div>
	</div>
</div>

{posts_html}
<div class="postlinksb">
	<div class="inbox crumbsplus">
{pagepost}{crumbs}		<div class="clearer"></div>
	</div>
</div>

{quick}</div>

<div id="brdfooter" class="block">
	<h2><span>تذييل المنتدى</span></h2>
	<div class="box">
		<div id="brdfooternav" class="inbox">
			<div class="conl">
			<form id="qjump" method="get" action="viewforum.php">
				<div><label><span>انتقل إلى<br /></span>
					<select name="id" onchange="window.location=('viewforum.php?id='+this.options[this.selectedIndex].value)">
{groups_html}
					</select></label>
					<input type="submit" value="اذهب" accesskey="g" />
				</div>
			</form>
			</div>
			<div class="conr">
				<p id="feedlinks"><span class="rss"><a href="extern.php?action=feed&amp;tid={tid}&amp;type=rss">تغذية RSS للموضوع</a></span></p>
				<p id="poweredby">يعمل بواسطة <a href="http://fluxbb.org/">FluxBB</a></p>
			</div>
			<div class="clearer"></div>
		</div>
	</div>
</div>

</div>
<div class="end-box"><div><!-- Bottom Corners --></div></div>
</div>

</body>
</html>
"""
    page.html = html
    return page
