"""A Gulf regional news forum on Discuz! X3.4 ("منتدى الخليج الإخباري", UTF-8, the Arabic
language pack of ar-discuz.net, default template), a thread (`mod=viewthread`, rewritten as
`thread-<tid>-1-1.html`) in its "الأخبار المحلية" board where a member relays a newspaper
story, as Discuz serves it to a guest. The head: `<title>` "headline - الأخبار المحلية -
منتدى الخليج الإخباري - Powered by Discuz!", the keywords/description meta (the description is
the first post cut at ~160 characters), the generator/author/copyright meta, `<base href>`,
`data/cache/style_1_common.css` and `style_1_forum_viewthread.css`, the inline `STYLEID ...`
globals and `static/js/common.js`; no og/twitter and no JSON-LD (Discuz prints none). The body:
`#toptb`, `#hd` with the logo, the guest `#lsform` login table, `#nv` (each label with its
hidden English `<span>`), `#scbar` with the hot searches; `#pt` breadcrumbs (site › المنتدى ›
أخبار الخليج › الأخبار المحلية › headline); `#pgt.pgs` (pagination `div.pg` on pages 1 and 3,
"الرجوع" and the post/reply buttons); `div#postlist.pl.bm`: the header table ("مشاهدة: N | رد:
N", `h1.ts` with an optional thread-type link "[منقول]" and `span#thread_subject`, "[نسخ الرابط
للاقتباس]"), then each post `div#post_<pid>` > `table#pid<pid>.plhin`: `td.pls` (author in
`div.authi`, avatar, the `tns` threads/posts/credits table, group title, stars, "رسالة"
link) and `td.plc` (`div.pi` with `<em>N</em><sup>#</sup>`, `div.authi` with
`em#authorposton<pid>` "تم نشره منذ 2024-3-4 10:22:05" -- the pack's rendering of 发表于 --
and "عرض مشاركات <user>"; the message `div.pcb > div.t_fsz > table > td.t_f#postmessage_<pid>`
with paragraphs separated by `<br />` pairs, `div.ptg` tags on the first post, the first post's
`#p_btn` (المفضلة / نشر / أعجبني), related threads "المواضيع ذات الصلة", `div.sign` signatures,
`div.po.hin` (رد / تبليغ, موافقة / معارضة on replies). Page 1 (one of two pages) opens with the
`i.pstatus` edit note, then an `ignore_js_op` attachment image with its hidden download tip and
the poster's grey caption line, bolds a phrase and ends "المصدر: صحيفة الخليج اليوم". Page 2 (a
single page; posted 00:40 local, so UTC is the day before) opens with the byline "كتب: محمد
الظاهري - صحيفة الساحل" (the only page naming a writer), links a phrase inline and ends with
"المصدر:" and the bare auto-linked URL; its second reply quotes the story (`div.quote >
blockquote`). Page 3 (one of three pages) has a `<strong><font size="4">` subheading and ends
"منقول"; the thread starter answers in it ("الكاتب" mark). Below: `#f_pst` guest fast-reply
box, the bottom `pgs`, `#ft` (Archiver | نسخة الجوال | غرفة العقوبات | site, "GMT+4, <date>",
debug line, "Powered by Discuz! X3.4", Tencent Cloud copyright) and `#scrolltop`. Times are the
board's GMT+4 (UAE). Everything outside the first post's story paragraphs is chrome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .base import Article, Page, e

NAME = "discuz_forum_thread"
HELD_OUT = True
SET = "unseen25"
FAMILY = "Discuz! X3.4 forum thread (Arabic pack) relaying a Gulf news story: postlist, plhin, t_f postmessage, authi poston dates GMT+4, signatures, pgs, ft"
HOST = "https://discuz-khaleej.example"
SITE = "منتدى الخليج الإخباري"
FORUM = ("الأخبار المحلية", 12)
GROUP = ("أخبار الخليج", 3)
VERHASH = ("Kd7", "Kd7", "x2Q")
NAV = (("forum.php", "mn_forum", "المنتدى", "BBS"), ("forum.php?mod=guide", "mn_forum_10", "الإحصائيات", "Guide"),
       ("home.php", "mn_home", "المدونة", "Space"), ("misc.php?mod=ranklist", "mn_misc", "الترتيب", "Ranklist"))
HOT = ("أسعار الوقود", "الدوام المرن", "مواعيد الإجازات")
TOPTB = ("جعل الموقع صفحة البداية", "إضافة الموقع للمفضلة", "تفعيل الوصول المساعد", "العرض الواسع")
LOGIN = ("الحساب", "الدخول التلقائي", "استعادة كلمة المرور", "كلمة المرور", "دخول", "تسجيل")
# (username, uid, group, stars, threads, posts, credits, signature)
MEMBERS = {
    "abu_rashid": (1187, "عضو مميز", 4, "152", "2047", "6730", "اللهم احفظ الإمارات وأهلها"),
    "Dubai_Eye": (4410, "عضو نشيط", 3, "38", "914", "2285", ""),
    "um_saeed": (6021, "عضو", 2, "11", "206", "489", "الكلمة الطيبة صدقة"),
    "khalid.ae": (7355, "عضو جديد", 1, "2", "37", "104", ""),
    "bin_sultan": (2290, "عضو مميز", 4, "97", "3318", "9142", "من لا يشكر الناس لا يشكر الله"),
    "al_ainawi": (5508, "عضو نشيط", 3, "24", "733", "1806", ""),
    "rak_rain": (3876, "عضو نشيط", 3, "61", "1479", "3960", "رأس الخيمة في القلب"),
    "sea_breeze": (6954, "عضو", 2, "7", "158", "377", ""),
}
POSTERS = ("abu_rashid", "bin_sultan", "rak_rain")
VIEWS = ("3412", "1876", "2593")
SUPPORTS = {2: "2", 3: "4", 4: "1", 5: "3"}
SOURCE = {1: "المصدر: صحيفة الخليج اليوم", 2: "المصدر: https://alsahel-news.example/uae/51087"}
BYLINE = "كتب: محمد الظاهري - صحيفة الساحل"
BOLD = {1: "أول محطة في الإمارة تعتمد في تشغيلها على الطاقة الشمسية"}
LINKED = {2: ("تطبيق دربي", "https://darb.example/")}
SUBHEAD = {3: "نصائح للسائقين"}
QUOTED = "ستة خطوط حافلات جديدة في مدينة العين"
# page -> replies: (username, minutes after the story, text)
REPLIES = {
    1: (("Dubai_Eye", 43, "خطوة ممتازة، نتمنى أن تنعكس على فواتير المياه في الصيف."),
        ("um_saeed", 170, "الله يعطيك العافية على النقل يا أبو راشد"),
        ("khalid.ae", 1505, "هل المحطة تخدم منطقة الرحمانية أيضا أم الحمرية فقط؟")),
    2: (("al_ainawi", 410, "أخيرا! كنا ننتظر خط الهيلي من زمان، شكرا على الخبر."),
        ("Dubai_Eye", 655, "يا ليت يسوون نفس الشيء في دبي للطلاب، الزحمة صارت لا تطاق.")),
    3: (("sea_breeze", 22, "الله يجعلها أمطار خير وبركة."),
        ("bin_sultan", 95, "الغيوم بدأت تتجمع فوق جبل جيس الحين."),
        ("rak_rain", 130, "صحيح، والأرصاد حدثت التنبيه إلى البرتقالي قبل شوي."),
        ("um_saeed", 260, "انتبهوا على العيال وابعدوهم عن الأودية.")),
}
PAGES = {1: 2, 2: 1, 3: 3}
LOCAL = timedelta(hours=4)


def _local(moment: datetime) -> datetime:
    return (moment.astimezone(UTC) + LOCAL).replace(tzinfo=None)


def _date(moment: datetime, seconds: int = 0) -> str:
    """Discuz's dateformat `Y-n-j` with ` H:i:s`, in the board's GMT+4."""
    local = _local(moment) + timedelta(seconds=seconds)
    return f"{local.year}-{local.month}-{local.day} {local:%H:%M:%S}"


def _short(moment: datetime) -> str:
    local = _local(moment)
    return f"{local.year}-{local.month}-{local.day} {local:%H:%M}"


def _message(article: Article, n: int, tid: str) -> str:
    paras = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and k == 0:
            html = html.replace(e(BOLD[n]), f"<strong>{e(BOLD[n])}</strong>", 1)
        if n in LINKED and LINKED[n][0] in text:
            words, href = LINKED[n]
            html = html.replace(words, f'<a href="{href}" target="_blank">{words}</a>', 1)
        if SUBHEAD.get(n) == text:
            html = f'<strong><font size="4">{html}</font></strong>'
        paras.append(html)
    sep = "<br />\r\n<br />\r\n"
    lead = ""
    if n == 1:
        edited = _short(article.moment + timedelta(minutes=9))
        lead = f'<i class="pstatus"> آخر تعديل لهذه المشاركة بواسطة abu_rashid في {edited} </i>{sep}'
        stamp = f"{_local(article.moment):%Y%m}/{_local(article.moment):%d}"
        lead += f"""<ignore_js_op>

<img id="aimg_9031" aid="9031" src="static/image/common/none.gif" zoomfile="data/attachment/forum/{stamp}/101906k4z2hq2qrrh3zqvq.jpg" file="data/attachment/forum/{stamp}/101906k4z2hq2qrrh3zqvq.jpg" class="zoom" onclick="zoom(this, this.src, 0, 0, 0)" width="600" inpost="1" onmouseover="showMenu({{'ctrlid':this.id,'pos':'12'}})" />

<div class="tip tip_4 aimg_tip" id="aimg_9031_menu" style="position: absolute; display: none" disautofocus="true">
<div class="xs0">
<p><strong>hamriyah-plant.jpg</strong> <em class="xg1">(184.62 KB, التحميلات: 17)</em></p>
<p>
<a href="forum.php?mod=attachment&amp;aid=OTAzMXxkNGM2YjFhZnwxNzA5NTMzMzI1fDB8NDgyMTM%3D&amp;nothumb=yes" target="_blank">تحميل</a>

</p>
<p class="xg1 y">{_short(article.moment - timedelta(minutes=3))} رفع</p>
</div>
<div class="tip_horn"></div>
</div>

</ignore_js_op>
<br />\r\n<font color="#808080">{e(article.caption)}</font>{sep}"""
    if n == 2:
        lead = f"<strong>{e(BYLINE)}</strong>{sep}"
    tail = ""
    if n == 1:
        tail = f'{sep}<font color="#0000ff">{e(SOURCE[1])}</font>'
    elif n == 2:
        url = SOURCE[2].split(" ", 1)[1]
        tail = f'{sep}المصدر: <a href="{url}" target="_blank">{url}</a>'
    elif n == 3:
        tail = f'{sep}<font color="#808080">منقول</font>'
    return lead + sep.join(paras) + tail


def _left(user: str, pid: int) -> str:
    uid, group, stars, threads, posts, credits, _sig = MEMBERS[user]
    space = f"home.php?mod=space&amp;uid={uid}"
    return f"""<td class="pls" rowspan="2">
<div id="favatar{pid}" class="pls favatar">
<div class="pi">
<div class="authi"><a href="{space}" target="_blank" class="xw1">{user}</a>
</div>
</div>
<div class="p_pop blk bui card_gender_0" id="userinfo{pid}" style="display: none; margin-top: -11px;">
<div class="m z">
<div id="userinfo{pid}_ma"></div>
</div>
</div>
<div>
<div class="avatar" onmouseover="showauthor(this, 'userinfo{pid}')"><a href="{space}" class="avtm" target="_blank"><img src="{HOST}/uc_server/avatar.php?uid={uid}&size=middle" /></a></div>
</div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="{space}&amp;do=thread&amp;type=thread&amp;view=me&amp;from=space" class="xi2">{threads}</a></p>المواضيع</th><th><p><a href="{space}&amp;do=thread&amp;type=reply&amp;view=me&amp;from=space" class="xi2">{posts}</a></p>المشاركات</th><td><p><a href="{space}&amp;do=profile" class="xi2">{credits}</a></p>النقاط</td></table></div>

<p><em><a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid={10 + stars}" target="_blank">{group}</a></em></p>


<p><span>{'<img src="static/image/common/star_level1.gif" alt="Rank: 1" />' * stars}</span></p>

<ul class="xl xl2 o cl">
<li class="pm2"><a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;handlekey=showmsg_{uid}&amp;touid={uid}&amp;pmid=0&amp;daterange=2&amp;pid={pid}" onclick="showWindow('sendpm', this.href);" title="رسالة" class="xi2">رسالة</a></li>
</ul>
</div>
</td>"""


def _post(page: Page, tid: str, pid: int, number: int, user: str, when: datetime, message: str,
          extra: str, starter: str, plm: str = "") -> str:
    uid = MEMBERS[user][0]
    sig = MEMBERS[user][6]
    posted = f"تم نشره منذ {_date(when, 5 + number * 7)}"
    page.add(user, MEMBERS[user][1], MEMBERS[user][4], MEMBERS[user][5], MEMBERS[user][6],
             posted, f"عرض مشاركات {user}")
    first = number == 1
    mine = "" if first or user != starter else (
        f'<img class="authicn vm" id="authicon{pid}" src="static/image/common/ico_lz.png" />\n'
        '&nbsp;الكاتب<span class="pipe">|</span>\n')
    icon = "" if mine else f'<img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />\n'
    href = f"thread-{tid}-1-1.html" if first else f"forum.php?mod=redirect&amp;goto=findpost&amp;ptid={tid}&amp;pid={pid}"
    head_extra = ""
    if first:
        head_extra = f"""<span class="none"><img src="static/image/common/arw_r.gif" class="vm" alt="ردود المكافأة" /></span>
<span class="pipe show">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D1&amp;ordertype=1"  class="show">تنازلي</a>
<span class="pipe show">|</span><a href="javascript:;" onclick="readmode($('thread_subject').innerHTML, {pid});" class="show">نمط القراءة فقط</a>
"""
    jump = "" if not first else f"""<div id="fj" class="y">
<label class="z">تقدم</label>
<input type="text" class="px p_fre z" size="2" onkeyup="$('fj_btn').href='forum.php?mod=redirect&ptid={tid}&authorid=0&postno='+this.value" onkeydown="if(event.keyCode==13) {{window.location=$('fj_btn').href;return false;}}" title="الإنتقال إلى الصفحة " />
<a href="javascript:;" id="fj_btn" class="z" title="الإنتقال إلى الصفحة "><img src="static/image/common/fj_btn.png" alt="الإنتقال إلى الصفحة " class="vm" /></a>
</div>
"""
    sign = "" if not sig else f'<div class="sign" style="max-height:100px;maxHeightIE:100px;">{e(sig)}</div>\n'
    review = "" if first else f"""<a class="replyadd" href="forum.php?mod=misc&amp;action=postreview&amp;do=support&amp;tid={tid}&amp;pid={pid}&amp;hash=3c1a9e7f" onclick="showWindow('login', this.href)" onmouseover="this.title = ($('review_support_{pid}').innerHTML ? $('review_support_{pid}').innerHTML : 0) + '  عضو  موافقة'">موافقة <span id="review_support_{pid}">{SUPPORTS.get(number, "")}</span></a>
<a class="replysubtract" href="forum.php?mod=misc&amp;action=postreview&amp;do=against&amp;tid={tid}&amp;pid={pid}&amp;hash=3c1a9e7f" onclick="showWindow('login', this.href)" onmouseover="this.title = ($('review_against_{pid}').innerHTML ? $('review_against_{pid}').innerHTML : 0) + '  عضو  معارضة'">معارضة <span id="review_against_{pid}"></span></a>
"""
    return f"""<div id="post_{pid}" ><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr>
{_left(user, pid)}
<td class="plc">
<div class="pi">
{jump}<strong>
<a href="{href}"   id="postnum{pid}" onclick="setCopy(this.href, 'تم نسخ رابط المشاركة');return false;">
<em>{number}</em><sup>#</sup></a>
</strong>
<div class="pti">
<div class="pdbt">
</div>
<div class="authi">
{icon}{mine}<em id="authorposton{pid}">{posted}</em>
<span class="pipe">|</span>
<a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={uid}" rel="nofollow">عرض مشاركات {user}</a>
{head_extra}</div>
</div>
</div><div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb">
<div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{message}</td></tr></table>

{extra}</div>
<div id="comment_{pid}" class="cm">
</div>
<div id="post_rate_div_{pid}"></div>
</div>
</div>

</td></tr>
<tr><td class="plc plm">
{plm}{sign}</td>
</tr>
<tr id="_postposition{pid}"></tr>
<tr>
<td class="pls"></td>
<td class="plc" style="overflow:visible;">
<div class="po hin">
<div class="pob cl">
<em>
<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={FORUM[1]}&amp;tid={tid}&amp;{'reppost' if first else 'repquote'}={pid}&amp;extra=page%3D1&amp;page=1" onclick="showWindow('reply', this.href)">رد</a>
{review}</em>

<p>
<a href="javascript:;" onclick="showWindow('miscreport{pid}', 'misc.php?mod=report&rtype=post&rid={pid}&tid={tid}&fid={FORUM[1]}', 'get', -1);return false;">تبليغ</a>
</p>
</div>
</div>
</td>
</tr>
<tr class="ad"><td class="pls"></td><td class="plc"></td></tr></table>
</div>"""


def _pager(tid: str, total: int, cls: str) -> str:
    if total == 1:
        return ""
    links = "".join(f'<a href="thread-{tid}-{k}-1.html">{k}</a>' for k in range(2, total + 1))
    return (f'<div class="{cls}"><div class="pg"><strong>1</strong>{links}<label><input type="text" name="custompage" class="px" size="2" title="أدخل رقم الصفحة ثم اضغط Enter" value="1" onkeydown="if(event.keyCode==13) {{window.location=\'forum.php?mod=viewthread&tid={tid}&amp;extra=page%3D1&amp;page=\'+this.value;; doane(event);}}" /><span title="الإجمالي {total} صفحات"> / {total} صفحات</span></label>'
            f'<a href="thread-{tid}-2-1.html" class="nxt">التالي</a></div></div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    tid = article.slug
    url = f"{HOST}/thread-{tid}-1-1.html"
    poster = POSTERS[n - 1]
    page = Page(url=url, html="", shown_date=_date(moment, 12))
    forum, fid = FORUM
    group, gid = GROUP
    pid0 = int(tid) * 3 + 11
    favs, likes = (("9", "12"), ("", "5"), ("4", "8"))[n - 1]
    tags = ", ".join(f'<a title="{e(t)}" href="misc.php?mod=tag&amp;id={311 + 17 * k}" target="_blank">{e(t)}</a>'
                     for k, t in enumerate(article.tags))
    page.add(*TOPTB, *LOGIN[:4], LOGIN[5], "تنقل سريع", *(label for *_, label, _en in NAV), "المشاركات", "بحث",
             "الأكثر بحثاً:", *HOT, SITE, "المنتدى", group, forum, "الرجوع", "مشاهدة:", VIEWS[n - 1],
             "رد:", "[نسخ الرابط للاقتباس]", ", ".join(article.tags), f"المفضلة{favs} نشر أعجبني{likes}",
             "المواضيع ذات الصلة", *article.related, "تبليغ", "رد", "المواضيع", "النقاط", "رسالة",
             "تقدم", "تنازلي", "نمط القراءة فقط", f"يجب عليك تسجيل الدخول قبل إضافة رد {LOGIN[4]} | {LOGIN[5]}", "إضافة رد",
             "Archiver", "نسخة الجوال", "غرفة العقوبات", "Powered by Discuz! X3.4",
             "Copyright © 2001-2020, Tencent Cloud.", "الرجوع للأعلى")
    if PAGES[n] > 1:
        page.add(f"/ {PAGES[n]} صفحات", "التالي")
    kind = ""
    if n == 1:
        kind = f'<a href="forum.php?mod=forumdisplay&amp;fid={fid}&amp;filter=typeid&amp;typeid=7">[منقول]</a>\n'
        page.add("[منقول]", article.caption, "hamriyah-plant.jpg", "(184.62 KB, التحميلات: 17)",
                 "تحميل", f"{_short(moment - timedelta(minutes=3))} رفع",
                 f"آخر تعديل لهذه المشاركة بواسطة abu_rashid في {_short(moment + timedelta(minutes=9))}")
    if n in SOURCE:
        page.add(SOURCE[n])
    if n == 2:
        page.add(BYLINE)
    if n == 3:
        page.add("منقول", "الكاتب")
    related = "\n".join(f'<li>&#8226; <a href="forum.php?mod=viewthread&amp;tid={int(tid) - 211 * (k + 1)}" title="{e(t)}" target="_blank">{e(t)}</a></li>'
                        for k, t in enumerate(article.related))
    plm = f"""<div id="p_btn" class="mtw mbm hm cl">

<a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=thread&amp;id={tid}&amp;formhash=3c1a9e7f" id="k_favorite" onclick="showWindow(this.id, this.href, 'get', 0);" onmouseover="this.title = $('favoritenumber').innerHTML + '  عضو المفضلة'" title="موضوع مفضل"><i><img src="static/image/common/fav.gif" alt="المفضلة" />المفضلة<span id="favoritenumber"{'' if favs else ' style="display:none"'}>{favs}</span></i></a>
<a class="sharep" href="home.php?mod=spacecp&amp;ac=share&amp;type=thread&amp;id={tid}" onclick="showWindow('sharethread', this.href, 'get', 0);" title="مشاركة"><i><img src="static/image/common/oshr.png" alt="نشر" />نشر</i></a>
<a id="recommend_add" href="forum.php?mod=misc&amp;action=recommend&amp;do=add&amp;tid={tid}&amp;hash=3c1a9e7f"  onclick="showWindow('login', this.href)" onmouseover="this.title = $('recommendv_add').innerHTML + '  عضو أعجبني'" title="جعله الأول"><i><img src="static/image/common/rec_add.gif" alt="أعجبني" />أعجبني<span id="recommendv_add">{likes}</span></i></a>
</div>

<div class="mtw mbw">
<h3 class="pbm mbm bbda">المواضيع ذات الصلة</h3>
<ul class="xl xl2 cl">
{related}
</ul>
</div>
"""
    ptg = f'<div class="ptg mbm mtn">\n{tags}\n</div>\n'
    posts = [_post(page, tid, pid0, 1, poster, moment, _message(article, n, tid), ptg, poster, plm)]
    last = moment
    for k, (user, minutes, text) in enumerate(REPLIES[n], 2):
        when = moment + timedelta(minutes=minutes)
        last = when
        body = e(text)
        if n == 2 and k == 3:
            quoted = f"{poster} نشر في {_short(moment)}"
            page.add(quoted)
            body = (f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid={pid0}&amp;ptid={tid}" target="_blank">'
                    f'<font color="#999999">{quoted}</font></a></font><br />\r\n{QUOTED}</blockquote></div><br />\r\n{body}')
        page.add(text)
        if k in SUPPORTS:
            page.add(f"موافقة {SUPPORTS[k]}")
        else:
            page.add("موافقة")
        page.add("معارضة")
        posts.append(_post(page, tid, pid0 + 7 * k, k, user, when, body, "", poster))
    generated = last + timedelta(days=2, minutes=17)
    footer_time = f"GMT+4, {_short(generated)}"
    debug = ("0.058712", "0.041395", "0.067204")[n - 1]
    queries = ("24", "21", "27")[n - 1]
    page.add(footer_time, f"Processed in {debug} second(s), {queries} queries")
    plain = " ".join((article.lead, *article.paragraphs))
    desc = plain[:160].rsplit(" ", 1)[0]
    active = 'class="a" '
    nav = "".join(f'<li {active if key == "mn_forum" else ""}id="{key}" ><a href="{href}" hidefocus="true" title="{en}"  >{label}<span>{en}</span></a></li>'
                  for href, key, label, en in NAV)
    hot = "\n".join(f'<a href="search.php?mod=forum&amp;srchtxt={e(h)}&amp;formhash=3c1a9e7f&amp;searchsubmit=true&amp;source=hotsearch" target="_blank" class="xi2" sc="1">{e(h)}</a>' for h in HOT)
    pgt = _pager(tid, PAGES[n], "pgt")
    pgb = pgt.replace('<div class="pgt">', "", 1)[:-6] if pgt else ""
    ver = VERHASH[n - 1]
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{e(article.headline)} - {forum} -  {SITE} -  Powered by Discuz!</title><meta name="keywords" content="{e(article.headline)}" /><meta name="description" content="{e(desc)} ,{SITE}" /><meta name="generator" content="Discuz! X3.4" /><meta name="author" content="Discuz! Team and Comsenz UI Team" /><meta name="copyright" content="2001-2020 Tencent Cloud." /><meta name="MSSmartTagsPreventParsing" content="True" /><meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{HOST}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?{ver}" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?{ver}" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = '{ver}', charset = 'utf-8', discuz_uid = '0', cookiepre = 'kh7Q_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|الخبرة|,2|الذهب|,3|المساهمة|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9kaXNjdXota2hhbGVlai5leGFtcGxlL3RocmVhZC0{tid}', SITEURL = '{HOST}/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?{ver}" type="text/javascript"></script>
<meta name="application-name" content="{SITE}" /><meta name="msapplication-tooltip" content="{SITE}" /><meta name="msapplication-task" content="name=المنتدى;action-uri={HOST}/forum.php;icon-uri={HOST}/static/image/common/bbs.ico" /><link rel="archives" title="{SITE}" href="{HOST}/archiver/" /><link rel="stylesheet" id="css_extstyle" type="text/css" href="./template/default/style/t5/style.css" /><script src="static/js/forum.js?{ver}" type="text/javascript"></script>
</head>

<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div><div id="toptb" class="cl"><div class="wp"><div class="z"><a href="javascript:;"  onclick="setHomepage('{HOST}/');">{TOPTB[0]}</a><a href="{HOST}/"  onclick="addFavorite(this.href, '{SITE}');return false;">{TOPTB[1]}</a></div><div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="{TOPTB[2]}" class="switchblind">{TOPTB[2]}</a><a href="javascript:;" id="switchwidth" onclick="widthauto(this)" title="{TOPTB[3]}" class="switchwidth">{TOPTB[3]}</a></div></div></div>

<div id="hd"><div class="wp"><div class="hdc cl"><h2><a href="./" title="{SITE}"><img src="static/image/common/logo.png" alt="{SITE}" border="0" /></a></h2><script src="static/js/logging.js?{ver}" type="text/javascript"></script><form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();"><div class="fastlg cl"><span id="return_ls" style="display:none"></span><div class="y pns"><table cellspacing="0" cellpadding="0"><tr><td><label for="ls_username">{LOGIN[0]}</label></td><td><input type="text" name="username" id="ls_username" class="px vm" autocomplete="off" /></td><td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />{LOGIN[1]}</label></td><td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&action=login&viewlostpw=1')">{LOGIN[2]}</a></td></tr><tr><td><label for="ls_password" class="z psw_w">{LOGIN[3]}</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td><td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>{LOGIN[4]}</em></button></td><td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">{LOGIN[5]}</a></td></tr></table><input type="hidden" name="quickforward" value="yes" /><input type="hidden" name="handlekey" value="ls" /></div></div></form></div>

<div id="nv"><a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu({fid});}})">تنقل سريع</a><ul>{nav}</ul></div><div id="mu" class="cl"></div><div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank"><input type="hidden" name="mod" id="scbar_mod" value="search" /><input type="hidden" name="formhash" value="3c1a9e7f" /><input type="hidden" name="srchtype" value="title" /><input type="hidden" name="srhfid" value="{fid}" /><input type="hidden" name="srhlocality" value="forum::viewthread" /><table cellspacing="0" cellpadding="0"><tr><td class="scbar_icon_td"></td><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="" autocomplete="off" x-webkit-speech speech /></td><td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">المشاركات</a></td><td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">بحث</strong></button></td><td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">الأكثر بحثاً: </strong>{hot}</div></td></tr></table></form></div></div></div>

<div id="wp" class="wp">
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="الرئيسية">{SITE}</a> <em>&raquo;</em><a href="forum.php">المنتدى</a> <em>&rsaquo;</em> <a href="forum.php?gid={gid}">{group}</a> <em>&rsaquo;</em> <a href="forum-{fid}-1.html">{forum}</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{e(article.headline)}</a></div></div>

<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl ">{pgt}<span class="y pgb"><a href="forum-{fid}-1.html">الرجوع</a></span><a id="newspecial" onmouseover="$('newspecial').id = 'newspecialtmp';this.id = 'newspecial';showMenu({{'ctrlid':this.id}})" onclick="showWindow('newthread', 'forum.php?mod=post&action=newthread&fid={fid}')" href="javascript:;" title="موضوع"><img src="static/image/common/pn_post.png" alt="موضوع" /></a><a id="post_reply" onclick="showWindow('reply', 'forum.php?mod=post&action=reply&fid={fid}&tid={tid}')" href="javascript:;" title="رد"><img src="static/image/common/pn_reply.png" alt="رد" /></a></div>

<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">مشاهدة:</span> <span class="xi1">{VIEWS[n - 1]}</span><span class="pipe">|</span><span class="xg1">رد:</span> <span class="xi1">{len(REPLIES[n]) + 5 * (PAGES[n] - 1)}</span></div></td><td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=viewthread&amp;action=printable&amp;tid={tid}" title="طباعة" target="_blank"><img src="static/image/common/print.png" alt="طباعة" class="vm" /></a><a href="forum.php?mod=redirect&amp;goto=nextoldset&amp;tid={tid}" title="الموضوع السابق"><img src="static/image/common/thread-prev.png" alt="الموضوع السابق" class="vm" /></a><a href="forum.php?mod=redirect&amp;goto=nextnewset&amp;tid={tid}" title="الموضوع التالي"><img src="static/image/common/thread-next.png" alt="الموضوع التالي" class="vm" /></a></div><h1 class="ts">{kind}<span id="thread_subject">{e(article.headline)}</span></h1><span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '{SITE}')" >[نسخ الرابط للاقتباس]</a></span></td></tr></table><table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>{"".join(posts)}<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div>
</div>


<div class="pgs mtm mbm cl">{pgb}<span class="pgb y"><a href="forum-{fid}-1.html">الرجوع</a></span></div>

<div id="f_pst" class="pl bm bmw"><form method="post" autocomplete="off" id="fastpostform" action="forum.php?mod=post&amp;action=reply&amp;fid={fid}&amp;tid={tid}&amp;extra=page%3D1&amp;replysubmit=yes&amp;infloat=yes&amp;handlekey=fastpost" onSubmit="return fastpostvalidate(this)"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><span id="fastpostreturn"></span><div class="cl"><div class="hasfsl" id="fastposteditor"><div class="tedt mtn"><div class="area"><div class="pt hm">يجب عليك تسجيل الدخول قبل إضافة رد <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href)" class="xi2">{LOGIN[4]}</a> | <a href="member.php?mod=register" class="xi2">{LOGIN[5]}</a></div></div></div></div></div><p class="ptm pnpost"><button type="button" onclick="showWindow('login', 'member.php?mod=logging&action=login&guestmessage=yes')" name="replysubmit" id="fastpostsubmit" class="pn pnc vm" value="replysubmit" tabindex="5"><strong>إضافة رد</strong></button></p></td></tr></table></form></div></div></div>

<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="archiver/" >Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >نسخة الجوال</a><span class="pipe">|</span><a href="forum.php?mod=misc&action=showdarkroom" >غرفة العقوبات</a><span class="pipe">|</span><strong><a href="{HOST}/" target="_blank">{SITE}</a></strong></p><p class="xs0">{footer_time}<span id="debuginfo">, Processed in {debug} second(s), {queries} queries.</span></p></div><div id="frt"><p>Powered by <strong><a href="http://www.discuz.net" target="_blank">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">Copyright &copy; 2001-2020, Tencent Cloud.</p></div></div>
<script src="home.php?mod=misc&ac=sendmail&rand={int(moment.timestamp())}" type="text/javascript"></script>

<div id="scrolltop"><span hidefocus="true"><a title="الرجوع للأعلى" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>الرجوع للأعلى</b></a></span><span hidefocus="true"><a href="forum-{fid}-1.html" hidefocus="true" class="returnlist" title="الرجوع"><b>الرجوع</b></a></span></div><script type="text/javascript">_attachEvent(window, 'scroll', function () {{ showTopLink(); }});checkBlind();</script></body></html>
"""
    return page
