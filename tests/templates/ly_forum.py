"""A Libyan news forum on vBulletin 4: the story is the first post of a thread in the news
section (`postbitlegacy`, `post_message_<id>` blockquote with `<br />` paragraphs), the
poster's user info (title, join date, city, post count), a d-m-Y date with an English
AM/PM ("15-10-2024, 08:45 PM") and no machine-readable date, an attachments box with the
photo's file name, the poster's signature, members' replies with their own dates, thread
tools, "مواضيع مشابهة", posting rules and vBulletin's footer. A post copied from the news
agency ends with "المصدر: ..." and is posted by the news moderator's account."""

from __future__ import annotations

from datetime import timedelta

from .base import Article, Page, e, rotate

NAME = "ly_forum"
HELD_OUT = True
SET = "fresh"
FAMILY = "vBulletin 4 news forum (Libya): first post as the story, d-m-Y AM/PM, replies"
HOST = "http://www.libya-alghad.example/vb"
SITE = "منتديات ليبيا الغد"
POSTERS = {"عاشق طرابلس": ("عضو مميز", "Mar 2011", "طرابلس", "4,512", "اللهم احفظ ليبيا وأهلها"),
           "مشرف الأخبار": ("مشرف قسم الأخبار", "Jan 2010", "ليبيا", "18,907",
                            "قسم الأخبار الليبية: ننقل لكم الخبر من مصادره"),
           "ولد بنغازي": ("عضو نشيط", "Aug 2013", "بنغازي", "2,176", "بنغازي في القلب دائما")}
REPLIES = (
    ("أبو أنس الليبي", "مشكور على النقل، إن شاء الله تكون وعود صادقة هالمرة"),
    ("بنت الجبل", "نتمنى يكون فيه متابعة حقيقية مش كلام جرايد"),
    ("صقر الجنوب", "الله يصلح الحال، الجنوب منسي في كل المشاريع"),
    ("مصراتي أصيل", "خبر زين، تسلم إيدك على المتابعة"),
)
SIMILAR = (
    "انقطاع المياه عن عدة أحياء في العاصمة",
    "ارتفاع أسعار السلع الغذائية قبل العيد",
    "افتتاح مستشفى جديد في سبها",
)
FOOTER = ("Powered by vBulletin® Version 4.2.5 Copyright © 2024 vBulletin Solutions Inc. "
          "All rights reserved.")


def vb_date(moment) -> str:
    return f"{moment:%d-%m-%Y}, {moment:%I:%M %p}"


def _post(pid: int, count: int, name: str, when: str, title: str, message: str,
          info: tuple[str, str, str, str, str] | None, extra: str = "") -> str:
    if info:
        usertitle, joined, city, posts, _ = info
    else:
        usertitle, joined, city, posts = "عضو", "Feb 2016", "ليبيا", "311"
    sig = (f'<div class="after_content"><blockquote class="signature restore"><div class="signaturecontainer">{e(info[4])}</div></blockquote></div>'
           if info else "")
    heading = f'<h2 class="title icon">\n{e(title)}\n</h2>\n' if title else ""
    return f"""<li class="postbitlegacy postbitim postcontainer old" id="post_{pid}">
<div class="posthead">
<span class="postdate old"><span class="date">{when.split(", ")[0]},&nbsp;<span class="time">{when.split(", ")[1]}</span></span></span>
<span class="nodecontrols"><a name="post{pid}" href="showthread.php?p={pid}#post{pid}" class="postcounter">#{count}</a><a id="postcount{pid}" name="{count}"></a></span>
</div>
<div class="postdetails">
<div class="userinfo">
<div class="username_container"><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u={pid % 9000}" title="{e(name)} غير متواجد حالياً"><strong>{e(name)}</strong></a></div>
<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="{e(name)} غير متواجد حالياً" border="0" /></div>
<span class="usertitle">{e(usertitle)}</span>
<a class="postuseravatar" href="member.php?u={pid % 9000}" title="{e(name)} غير متواجد حالياً"><img src="customavatars/avatar{pid % 9000}_2.gif" alt="الصورة الرمزية {e(name)}" title="{e(name)}" /></a>
<hr />
<dl class="userinfo_extra">
<dt>تاريخ التسجيل</dt> <dd>{joined}</dd>
<dt>الدولة</dt> <dd>{e(city)}</dd>
<dt>المشاركات</dt> <dd>{posts}</dd>
</dl>
</div>
<div class="postbody"><div class="postrow has_after_content">
{heading}<div class="content"><div id="post_message_{pid}"><blockquote class="postcontent restore ">
{message}
</blockquote></div></div>
{extra}</div>
{sig}
<div class="cleardiv"></div>
</div>
</div>
<div class="postfoot"><div class="textcontrols floatcontainer"><span class="postcontrols">
<a id="qrwq_{pid}" class="newreply" href="newreply.php?do=newreply&amp;p={pid}" rel="nofollow" title="الرد مع إقتباس"><img id="quoteimg_{pid}" src="clear.gif" alt="الرد مع إقتباس" />&nbsp;الرد مع إقتباس</a>
</span></div></div>
<hr />
</li>
"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    poster = article.author or "مشرف الأخبار"
    info = POSTERS[poster]
    shown = vb_date(moment)
    thread = int(article.slug)
    page = Page(url=f"{HOST}/showthread.php?{thread}", html="", shown_date=shown)
    replies = rotate(REPLIES, n, 2)
    reply_dates = [vb_date(moment + timedelta(minutes=47 * (k + 1))) for k in range(2)]
    now = vb_date(moment + timedelta(hours=3)).split(", ")[1]
    source = "" if article.author else "المصدر: وكالة الأنباء الليبية"
    similar = rotate(SIMILAR, n, 2)
    page.add("التسجيل", "التعليمات", "المنتديات", "مشاركات اليوم", "البحث", "ما الجديد؟",
             SITE, article.section, "أدوات الموضوع", "انواع عرض الموضوع", shown, "#1",
             poster, info[0], "تاريخ التسجيل", info[1], "المشاركات", info[3], "الدولة",
             "الصور المرفقة", f"{article.caption}.jpg", info[4], "الرد مع إقتباس",
             source, *[r[0] for r in replies], *[r[1] for r in replies], *reply_dates, "#2",
             "#3", "مواضيع مشابهة", *similar, "ضوابط المشاركة",
             "لا تستطيع إضافة مواضيع جديدة", "لا تستطيع الرد على المواضيع",
             f"جميع الأوقات بتوقيت GMT +2. الساعة الآن {now}.", FOOTER)
    message = "<br />\n<br />\n".join(e(p) for p in (article.lead, *article.paragraphs))
    if source:
        message += f"<br />\n<br />\n<b>{source}</b>"
    attach = (f'<div class="attachments"><fieldset class="postcontent"><legend><img class="inlineimg" src="images/misc/paperclip.png" alt="" /> الصور المرفقة</legend>'
              f'<ul><li><img class="inlineimg" src="images/attach/jpg.gif" alt="نوع الملف: jpg" /> <a href="attachment.php?attachmentid={thread * 3}&amp;d=1">{e(article.caption)}.jpg</a>&lrm;</li></ul></fieldset></div>\n')
    posts = _post(thread * 10 + 1, 1, poster, shown, article.headline, message, info, attach)
    for k, ((who, said), when) in enumerate(zip(replies, reply_dates, strict=True)):
        posts += _post(thread * 10 + 2 + k, k + 2, who, when, "", e(said), None)
    sim = "\n".join(
        f'<li class="floatcontainer"><div class="titleblock"><h6><a href="showthread.php?{thread - 37 * (k + 1)}" title="">{e(t)}</a></h6></div></li>'
        for k, t in enumerate(similar))
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar" id="vbulletin_html">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="{HOST}" />
<base href="{HOST}/" /><!--[if IE]></base><![endif]-->
	<meta name="generator" content="vBulletin 4.2.5" />
	<meta name="keywords" content="{e(", ".join(article.tags))}" />
	<meta name="description" content="{e(article.lead[:160])}" />
	<title> {e(article.headline)}</title>
	<link rel="stylesheet" type="text/css" href="clientscript/vbulletin_css/style00003r/main-rollup.css?d=1712345678" />
	<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=425"></script>
	<script type="text/javascript" src="clientscript/vbulletin-core.js?v=425"></script>
</head>
<body>
<div class="above_body">
<div id="header" class="floatcontainer doc_header">
<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/logo_ly.png" alt="{SITE}" /></a></div>
<div id="toplinks" class="toplinks"><ul class="nouser">
<li><a href="register.php" rel="nofollow">التسجيل</a></li>
<li><a rel="help" href="faq.php">التعليمات</a></li>
</ul></div>
<div class="ad_global_header"></div>
<hr />
</div>
<div id="navbar" class="navbar"><ul id="navtabs" class="navtabs floatcontainer">
<li class="selected"><a class="navtab" href="forum.php">المنتديات</a>
<ul class="floatcontainer">
<li><a href="search.php?do=getdaily">مشاركات اليوم</a></li>
<li><a href="search.php">البحث</a></li>
</ul></li>
<li><a class="navtab" href="activity.php">ما الجديد؟</a></li>
</ul></div>
</div>
<div class="body_wrapper">
<div id="breadcrumb" class="breadcrumb"><ul class="floatcontainer">
<li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="الرئيسية" /></a></li>
<li class="navbit"><a href="forum.php">{SITE}</a></li>
<li class="navbit"><a href="forumdisplay.php?5">{e(article.section)}</a></li>
<li class="navbit lastnavbit"><span>{e(article.headline)}</span></li>
</ul><hr /></div>
<div id="pagetitle"><h1>الموضوع: <span class="threadtitle"><a href="showthread.php?{thread}" title="تحديث هذه الصفحة">{e(article.headline)}</a></span></h1></div>
<div id="thread_controls" class="thread_controls toolsmenu"><div><ul id="postlist_popups" class="postlist_popups popupgroup">
<li class="popupmenu" id="threadtools"><h6><a class="popupctrl" href="javascript://">أدوات الموضوع</a></h6></li>
<li class="popupmenu" id="displaymodes"><h6><a class="popupctrl" href="javascript://">انواع عرض الموضوع</a></h6></li>
</ul></div></div>
<div id="postlist" class="postlist restrain">
<ol id="posts" class="posts" start="1">
{posts}</ol>
</div>
<div id="similarthreads" class="collapse"><h4 class="threadinfohead blockhead">مواضيع مشابهة</h4><div id="similarthreads_list" class="blockbody threadinfolist"><ol class="similarthreads">
{sim}
</ol></div></div>
<div class="options_block_container"><h4 class="collapse blockhead options_correct">ضوابط المشاركة</h4>
<div class="thread_info_block blockbody formcontrols floatcontainer"><ul class="youcandoblock">
<li>لا تستطيع إضافة مواضيع جديدة</li>
<li>لا تستطيع الرد على المواضيع</li>
</ul></div></div>
</div>
<div class="below_body">
<div id="footer_time" class="shade footer_time">جميع الأوقات بتوقيت GMT +2. الساعة الآن <span class="time">{now}</span>.</div>
<div id="footer_copyright" class="shade footer_copyright">{FOOTER}</div>
</div>
</body>
</html>
"""
    return page
