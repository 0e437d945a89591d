"""An old Arabic regional news portal of northern Jordan ("نبض الشمال") on XOOPS 2.5 with the
News module, a story as `modules/news/article.php?storyid=N` serves it. Head of the `default`
theme: XHTML 1.0 Transitional doctype, `<title>` "headline - topic - الأخبار - نبض الشمال",
http-equiv metas, keywords/description built from the text, `generator` "XOOPS", RSS links
(`backend.php`, the topic's `backendt.php?topicid=`), `xoops.css`, the theme's and
`language/arabic/style.css`, `include/xoops.js`, jQuery via `browse.php?Frameworks/...`; no
og/twitter, no JSON-LD. Body: `<body id="news" class="ar">`, the header table (`#headerlogo`,
`#headerbanner`, `#headerbar`), then one row of `td#leftcolumn` (on the right in RTL),
`td#centercolumn`, `td#rightcolumn`, each block a `div.blockTitle` + `div.blockContent`: left
"القائمة الرئيسية" (`div#mainmenu`, `menuTop`/`menuMain`/`menuSub`), "دخول الأعضاء" (login form),
"بحث" ("بحث متقدم"); right "آخر الأخبار" (titles with "(Y/n/j)") and "من المتواجدون" ("14 متواجد
(5 في الأخبار)", members, guests, names, "المزيد"). The centre opens with a title-less marquee of
headlines, then `div#content` > News `news_article.tpl`: `div.news-article` > `div.marg2.pad2` >
`div.item`: `div.itemHead` > `span.itemTitle` (topic link, " - &nbsp; ", `<h2>`), an empty
`<h6><i></i></h6>`, `div.itemInfo` ("نشرت بواسطة X في 2024/3/12 9:05 (1523 قراءة)": the Arabic
pack's medium date "Y/n/j G:i" in the site's +03:00, and "المزيد من أخبار هذا الكاتب"),
`div.itemBody` (topic image, `div.itemText`), `div.itemFoot` (rating); then print / mail / PDF
links (icons plus this theme's labels "نسخة للطباعة", "أرسل هذا الخبر لصديق"), the tag module's
`div.tagbar` ("الكلمات الدلالية:"), "الخبر السابق - الخبر التالي", the "أخبار أخرى" table (dates,
titles), "أضف هذا الخبر إلى:" icons, the comment controls form (`com_mode`: "عرض افقي", "عرض
منفصل", "إختر"; `com_order`: "الأقدم أولا", "الأحدث أولا"), the notice "التعليقات تخص صاحبها ولا
تخص ادارة الموقع", the flat comments table (`system_comment.tpl`: poster, "بتاريخ:", rank,
"الانضمام:", "من:", "ردود:", "رد: headline", text), the fast comment form, the footer bar.
Page 1 (a named reporter as poster, real-name display) opens `itemText` with an
editor-inserted centred photo and small caption line, `<p>`s, two comments; page 2 (posted
00:35 local by the staff account "هيئة التحرير") is plain `dobr` text, paragraphs split by
`<br />` pairs, an inline `rel="external"` link, no comments; page 3 (staff) has `<p>`s, an
`<h3>` subheading that is text, a `<strong>` phrase, a YouTube iframe, one comment newest
first, no next link. All outside `div.itemText` is chrome, and so is the caption inside it."""

from __future__ import annotations

from datetime import timedelta

from .base import LATEST, MOST_READ, Article, Page, e, rotate

NAME = "xoops_news_portal"
HELD_OUT = True
SET = "unseen30"
FAMILY = "XOOPS 2.5 News module article (default-theme table layout): itemHead/itemInfo/itemText, xoops blocks, print/mail links, prev/next, comment controls and flat comments"
HOST = "https://xoops-nabd-alshamal.example"
SITE = "نبض الشمال"
MODULE = "الأخبار"
TOPICS = {"محليات": 2, "صحة ومجتمع": 5, "زراعة ومياه": 7}
POSTERS = {1: (7, "سامر الحسين"), 2: (2, "هيئة التحرير"), 3: (2, "هيئة التحرير")}
HITS = (1523, 688, 941)
RATING = ("7.75 (4)", "0.00 (0)", "9.00 (2)")
BY_AUTHOR = "المزيد من أخبار هذا الكاتب"
PRINT, MAIL, PDF = "نسخة للطباعة", "أرسل هذا الخبر لصديق", "ملف PDF"
PREV, NEXT = "الخبر السابق", "الخبر التالي"
MODES = (("flat", "عرض افقي"), ("thread", "عرض منفصل"), ("nest", "إختر"))
ORDERS = (("0", "الأقدم أولا"), ("1", "الأحدث أولا"))
NOTICE = "التعليقات تخص صاحبها ولا تخص ادارة الموقع"
MENU = (("modules/news/submit.php", "أرسل خبرا"), ("modules/news/archive.php", "الأرشيف"),
        ("modules/news/topics_directory.php", "أقسام الأخبار"))
MODULES = (("newbb", "المنتديات"), ("extgallery", "ألبوم الصور"), ("mylinks", "دليل المواقع"),
           ("contact", "اتصل بنا"))
LOGIN = ("اسم المستخدم :", "كلمة المرور :", "تذكرني", "هل فقدت كلمة المرور؟", "سجل الآن!")
ONLINE_NAMES = ("abu_omar", "rami.irbid", "um_yazan")
LINK = {2: (2, "موقعها الإلكتروني", "https://moh-jo.example/doctors-on-duty")}
BOLD = {3: (4, "تبعث على التفاؤل")}
SUBHEAD = {3: "ماذا يعني ذلك للمزارعين؟"}
YOUTUBE = {3: (2, "q7Rk2mWb0sE")}
COMMENTS = {
    1: (("rami.irbid", 14, "2023/11/2", "إربد", 195,
         "أخيرا! السوق كان يغرق كل شتاء، نتمنى الالتزام بالمدة المعلنة."),
        ("", 0, "", "", 410, "ماذا عن أصحاب البسطات غير المرخصة؟ هل سيشملهم النقل المؤقت؟")),
    3: (("abu_omar", 63, "2022/5/17", "الشونة الشمالية", 120,
         "الحمد لله، لكن القنوات في منطقتنا بحاجة إلى صيانة عاجلة فعلا."),),
}
FOOTER = "جميع الحقوق محفوظة لموقع نبض الشمال"


def _when(moment) -> str:
    """The Arabic pack's _MEDIUMDATESTRING, "Y/n/j G:i", in the site's own +03:00."""
    return f"{moment.year}/{moment.month}/{moment.day} {moment.hour}:{moment:%M}"


def _day(moment) -> str:
    return f"{moment.year}/{moment.month}/{moment.day}"


def _block(title: str, content: str) -> str:
    head = f'<div class="blockTitle">{title}</div>\n' if title else ""
    return f'{head}<div class="blockContent">{content}</div>\n'


def _text(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    out = []
    for k, para in enumerate(paras):
        html = e(para)
        if n in LINK and LINK[n][0] == k:
            words = e(LINK[n][1])
            html = html.replace(words, f'<a href="{LINK[n][2]}" title="{LINK[n][2]}" '
                                       f'rel="external">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if SUBHEAD.get(n) == para:
            out.append(f"<h3>{html}</h3>")
        else:
            out.append(html if n == 2 else f'<p style="text-align: justify;">{html}</p>')
        if n in YOUTUBE and YOUTUBE[n][0] == k:
            out.append(f'<p><iframe width="560" height="315" src="https://www.youtube.com/embed/'
                       f'{YOUTUBE[n][1]}" frameborder="0" allowfullscreen></iframe></p>')
    if n == 2:  # plain text with dobr: nl2br
        return "<br />\n<br />\n".join(out)
    if n == 1:
        photo = (f'<div style="text-align: center;"><img src="{HOST}/uploads/news/image/'
                 f'souq-{article.slug}.jpg" alt="" width="450" height="300" /><br />\n'
                 f'<span style="font-size: 11px; color: #666666;">{e(article.caption)}</span>'
                 "</div>")
        out.insert(0, photo)
    return "\n".join(out)


def _comment(cid: int, c: tuple, title: str, moment) -> tuple[str, list[str]]:
    uname, posts, joined, origin, minutes, text = c
    posted = _when(moment + timedelta(minutes=minutes))
    who = uname or "زائر"
    lines = [who, f"بتاريخ: {posted}", title, text]
    if uname:
        stats = "".join(f'            <div class="comUserStat"><span class="comUserStatCaption">'
                        f"{cap}:</span> {e(str(val))}</div>\n"
                        for cap, val in (("الانضمام", joined), ("من", origin), ("ردود", posts)))
        user = ('        <td class="odd">\n            <div class="comUserRank">\n                '
                '<div class="comUserRankText">عضو نشيط</div>\n                <img class="'
                f'comUserRankImg" src="{HOST}/uploads/rank3dbf8ee8681cd.gif" alt=""/>\n            '
                f'</div>\n            <img class="comUserImg" src="{HOST}/uploads/avatars/blank.gif" '
                f'alt=""/>\n{stats}            <div class="comUserStatus">غير متصل</div>\n'
                "        </td>")
        lines += ["عضو نشيط", f"الانضمام: {joined}", f"من: {origin}", f"ردود: {posts}",
                  "غير متصل"]
    else:
        user = '        <td class="odd"></td>'
    return f"""<!-- start comment post -->
<tr>
    <td class="head"><a id="comment{cid}"></a> {e(who)}</td>
    <td class="head">
        <div class="comDate"><span class="comDateCaption">بتاريخ:</span> {posted}&nbsp;&nbsp;
\t\t
        </div>
    </td>
</tr>
<tr>
{user}
    <td class="odd">
        <div class="comTitle"><img src="{HOST}/images/subject/icon1.gif" alt="" />{e(title)}</div>
        <div class="comText">{e(text)}</div>
    </td>
</tr>
<tr>
    <td class="even"></td>
        <td class="even txtright">
            <button type="button" class="btn btn-default" onclick="window.location.href = 'comment_reply.php?com_itemid=0&amp;com_id={cid}'" title="أكتب رد"><span class="fa fa-reply fa-fw"></span></button>
        </td>
</tr>
<!-- end comment post -->""", lines


def render(article: Article, n: int) -> Page:
    m = article.moment
    sid = int(article.slug)
    url = f"{HOST}/modules/news/article.php?storyid={sid}"
    shown = _when(m)
    page = Page(url=url, html="", shown_date=shown)
    uid, poster = POSTERS[n]
    tid = TOPICS[article.section]
    info = f"نشرت بواسطة {poster} في {shown} ({HITS[n - 1]} قراءة)"
    page.add(article.section, info, shown, BY_AUTHOR, f"التقييم: {RATING[n - 1]}",
             "قيّم هذا الخبر", PRINT, MAIL, PDF)
    if n == 1:
        page.add(article.caption)
    # left column: main menu, login, search
    menu = [f'<a class="menuTop " href="{HOST}/" title="الرئيسية">الرئيسية</a>',
            f'<a class="menuMain maincurrent" href="{HOST}/modules/news/" title="{MODULE}">'
            f"{MODULE}</a>"]
    menu += [f'<a class="menuSub" href="{HOST}/{path}" title="{label}">{label}</a>'
             for path, label in MENU]
    menu += [f'<a class="menuMain " href="{HOST}/modules/{d}/" title="{label}">{label}</a>'
             for d, label in MODULES]
    main_menu = ('<div id="mainmenu">\n    ' + "\n    ".join(menu) + "\n</div>")
    login = (f'<div class="txtcenter">\n    <form style="margin-top: 0;" action="{HOST}/user.php" '
             f'method="post">\n        {LOGIN[0]}<br>\n        <input type="text" name="uname" '
             f'size="12" value="" maxlength="25"/><br>\n        {LOGIN[1]}<br>\n        <input '
             'type="password" name="pass" size="12" maxlength="32"/><br>\n            <input '
             'type="checkbox" name="rememberme" value="On" class="formButton"/>\n            '
             f'{LOGIN[2]}\n            <br>\n        <br>\n        <input type="hidden" '
             f'name="xoops_redirect" value="/modules/news/article.php?storyid={sid}"/>\n        '
             '<input type="hidden" name="op" value="login"/>\n        <input type="submit" '
             'value="دخول"/><br>\n    </form>\n    <br>\n    <a href="'
             f'{HOST}/user.php#lost" title="{LOGIN[3]}">{LOGIN[3]}</a>\n    <br><br>\n    <a href="'
             f'{HOST}/register.php" title="{LOGIN[4]}">{LOGIN[4]}</a>\n</div>')
    search = (f'<form style="margin-top: 0px;" action="{HOST}/search.php" method="get">\n'
              '    <input type="text" name="query" size="14" />'
              '<input type="hidden" name="action" value="results" /><br />'
              '<input type="submit" value="بحث" />\n</form>\n'
              f'<a href="{HOST}/search.php" title="بحث متقدم">بحث متقدم</a>')
    page.add("القائمة الرئيسية", "الرئيسية", MODULE, *(x for _, x in MENU),
             *(x for _, x in MODULES), "دخول الأعضاء", *LOGIN, "بحث", "بحث متقدم")
    left = (_block("القائمة الرئيسية", main_menu) + _block("دخول الأعضاء", login)
            + _block("بحث", search))
    # right column: latest news, who is online
    latest = []
    for k, title in enumerate(rotate(LATEST, 3 * n, 6)):
        day = _day(m - timedelta(days=k // 2))
        latest.append(f'<li><a href="{HOST}/modules/news/article.php?storyid={sid + 9 - k}">'
                      f"{e(title)}</a> ({day})</li>")
        page.add(f"{title} ({day})")
    total, here, members = 9 + 2 * n, 3 + n, 1 + n % 2
    names = ", ".join(f'<a href="{HOST}/userinfo.php?uid={40 + k}" title="{u}">{u}</a>'
                      for k, u in enumerate(ONLINE_NAMES[:members]))
    online = (f"<strong>{total}</strong> متواجد (<strong>{here}</strong> في <strong>{MODULE}"
              f"</strong>)\n<br><br>\nعضو: {members}\n<br>\nزائر: {total - members}\n<br><br>\n"
              f"{names}\n<a href=\"javascript:openWithSelfMain('{HOST}/misc.php?action=showpopups"
              "&amp;type=online','Online',420,350);\" title=\"المزيد\">\n    المزيد\n</a>")
    page.add("آخر الأخبار", "من المتواجدون", f"{total} متواجد ({here} في {MODULE})",
             f"عضو: {members}", f"زائر: {total - members}", *ONLINE_NAMES[:members], "المزيد")
    right = (_block("آخر الأخبار", '<ul class="news_block_top">\n' + "\n".join(latest)
                    + "\n</ul>") + _block("من المتواجدون", online))
    ticker = rotate(MOST_READ, 2 * n, 4)
    page.add(*ticker)
    marquee = ('<marquee behavior="scroll" direction="right" scrollamount="3" width="100%" '
               'onmouseover="this.stop()" onmouseout="this.start()">'
               + " &nbsp;&bull;&nbsp; ".join(f'<a href="{HOST}/modules/news/article.php?storyid='
                                            f'{sid - 30 - k}">{e(t)}</a>'
                                            for k, t in enumerate(ticker)) + "</marquee>")
    # the story's foot: tags, navigation, other stories, comments
    tags = "".join(f'<span class="tagbar-item"><a href="{HOST}/modules/tag/view.tag.php?tag='
                   f'{90 + k}" title="{e(t)}">{e(t)}</a></span> ' for k, t in enumerate(article.tags))
    page.add("الكلمات الدلالية:", *article.tags, PREV)
    nav = (f"<a href='{HOST}/modules/news/article.php?storyid={sid - 4}' title=\""
           f"{e(article.related[0])}\">{PREV}</a> - ")
    if n != 3:
        nav += (f"<a href='{HOST}/modules/news/article.php?storyid={sid + 3}' title=\""
                f"{e(LATEST[n])}\">{NEXT}</a>")
        page.add(NEXT)
    rows = []
    for k, title in enumerate(article.related):
        day = _day(m - timedelta(days=3 + 5 * k))
        rows.append(f'                <tr class="{("even", "odd")[k % 2]}">\n'
                    f"                    <td align='left'>{day} -\n                        "
                    f"<a href='{HOST}/modules/news/article.php?storyid={sid - 4 - 7 * k}'>"
                    f"{e(title)}</a></td>\n                </tr>")
        page.add(f"{day} - {title}")
    page.add("أخبار أخرى", "أضف هذا الخبر إلى:")
    mode, order = ("flat", "1" if n == 3 else "0")
    mode_sel = "".join(f'<option value="{v}"{" selected" if v == mode else ""}>{t}</option>'
                       for v, t in MODES)
    order_sel = "".join(f'<option value="{v}"{" selected" if v == order else ""}>{t}</option>'
                        for v, t in ORDERS)
    page.add(*(t for _, t in MODES), *(t for _, t in ORDERS), NOTICE)
    com_rows = []
    reply_title = "رد: " + article.headline
    for k, c in enumerate(COMMENTS.get(n, ())):
        row, lines = _comment(sid * 10 + k, c, reply_title, m)
        com_rows.append(row)
        page.add(*lines)
    comments = ""
    if com_rows:
        comments = ('    <table class="outer" cellpadding="5" cellspacing="1">\n        <tr>\n'
                    '            <th class="width20">الكاتب</th>\n            <th>الموضوع</th>\n'
                    "        </tr>\n" + "".join(com_rows) + "    </table>\n")
        page.add("الكاتب", "الموضوع")
    form = f"""    <div class="commentform"><form name="commentfastform" id="commentfastform" action="comment_post.php" method="post" onsubmit="return xoopsFormValidate_commentfastform();"><table width="100%" class="outer" cellspacing="1"><tr><th colspan="2">أضف تعليق</th></tr><tr valign="top" align="left"><td class="head"><div class="xoops-form-element-caption-required"><span class="caption-text">الموضوع</span><span class="caption-marker">*</span></div></td><td class="even"><input type="text" name="com_title" title="الموضوع" id="com_title" size="50" maxlength="255" value="" /></td></tr><tr valign="top" align="left"><td class="head"><div class="xoops-form-element-caption-required"><span class="caption-text">الرسالة</span><span class="caption-marker">*</span></div></td><td class="even"><textarea name="com_text" id="com_text" title="الرسالة" rows="10" cols="65"></textarea></td></tr><tr valign="top" align="left"><td class="head"></td><td class="even"><input type="hidden" name="com_itemid" id="com_itemid" value="{sid}" /><input type="submit" class="formButton" name="com_dopost" id="com_dopost" value="أضف تعليق" /></td></tr></table></form></div>"""
    page.add("أضف تعليق", "الرسالة")
    imglink = (f'<a href="{HOST}/modules/news/index.php?storytopic={tid}"><img src="{HOST}/uploads/'
               f'news/image/topic{tid}.gif" alt="{e(article.section)}" hspace="10" vspace="10" '
               'align="right" /></a>')
    mail = (f"mailto:?subject=خبر مهم على موقع {SITE}&amp;body=وجدت هذا الخبر على موقع {SITE}:  "
            f"{url}")
    content = f"""<div class="news-article">
    <div class="marg2 pad2"><div class="item">
    <div class="itemHead">
        <span class="itemTitle">
            <a href="{HOST}/modules/news/index.php?storytopic={tid}">{e(article.section)}</a> - &nbsp;  <h2>{e(article.headline)}</h2>
        </span>
    </div>
    <h6><i></i></h6>
    <div class="itemInfo">
                <span class="itemPoster">نشرت بواسطة {e(poster)} </span>
        <span class="itemPostDate">في {shown}</span>
        (<span class="itemStats">{HITS[n - 1]} قراءة</span>)
        <a href="{HOST}/modules/news/newsbythisauthor.php?uid={uid}">{BY_AUTHOR}</a>
        <!--<span class="itemTopic">القسم {e(article.section)}</span>-->
    </div>
    <div class="itemBody">
                    {imglink if n != 1 else ""}
                <div class="itemText">{_text(article, n)}</div>
        <div class="clear"></div>
    </div>
    <div class="itemFoot">
        <span class="itemAdminLink"></span>
        <b>التقييم:</b> {RATING[n - 1]} -
            <a title="قيّم هذا الخبر" href="{HOST}/modules/news/ratenews.php?storyid={sid}"
               rel="nofollow">قيّم هذا الخبر</a>
            - <span class="itemPermaLink"></span>
    </div>
</div>
                    <a href="{HOST}/modules/news/print.php?storyid={sid}" rel="nofollow" title="{PRINT}"><img src="{HOST}/Frameworks/moduleclasses/icons/16/printer.png" alt="{PRINT}"/> {PRINT}</a> |
            <a target="_top" href="{mail}" title="{MAIL}" rel="nofollow"><img src="{HOST}/Frameworks/moduleclasses/icons/16/mail_forward.png" alt="{MAIL}"/> {MAIL}</a> |
                    <a target="_blank" href="{HOST}/modules/news/makepdf.php?storyid={sid}" rel="nofollow" title="{PDF}"><img src="{HOST}/Frameworks/moduleclasses/icons/16/pdf.png" alt="{PDF}"/> {PDF}</a>
    </div>
        <div class="marg10 tagbar"><div class="tagbar">
<span class="tagbar-title">الكلمات الدلالية:</span> {tags}
</div></div>
    <div class="pad5 marg5">
            {nav}
    </div>
        <div class="marg10">
            <table width='50%' cellspacing='0' cellpadding='1'>
                <tr>
                    <th>أخبار أخرى</th>
                </tr>
{chr(10).join(rows)}
            </table>
        </div>
        <div class="item-bookmarkme">
            <div class="head item-bookmarkme-title">أضف هذا الخبر إلى:</div>
            <div class="item-bookmarkme-items"><a rel="external nofollow" target="_blank" title="Facebook" href="http://www.facebook.com/share.php?u={url}"><img alt="Facebook" src="{HOST}/Frameworks/moduleclasses/icons/bookmarks/facebook_share_icon.gif"/></a>
                <a rel="external nofollow" target="_blank" title="Twitter" href="http://twitter.com/home?status=Browsing:%20{url}"><img alt="Twitter" src="{HOST}/Frameworks/moduleclasses/icons/bookmarks/twitter_share_icon.gif"/></a></div>
        </div>
    <div class="pad2 marg2">
        <form method="get" action="article.php">
    <table width="95%" class="outer" cellspacing="1">
        <tr>
            <td class="even" align="center">
                <select size="1" name="com_mode" title="">{mode_sel}</select>
                <select size="1" name="com_order" title="">{order_sel}</select>
                <input type="submit" class="formButton" name="com_refresh"  id="com_refresh" value="تحديث" title="تحديث" />
                <input type="button" class="formButton" name="com_post"  id="com_post" value="أضف تعليق" title="أضف تعليق"  onclick="self.location.href='comment_new.php?com_itemid={sid}&amp;com_order={order}&amp;com_mode={mode}'" />
                <input type="hidden" name="storyid" value="{sid}" />
            </td>
        </tr>
    </table>
</form>
        {NOTICE}
    </div>
    <div class="pad2 marg2">
{comments}{form}
    </div>
</div>"""
    plain = " ".join([article.lead, *article.paragraphs])
    desc = e(plain[:180].rsplit(" ", 1)[0])
    words = dict.fromkeys(w.strip("،.") for w in plain.split() if len(w) > 5)
    keywords, year = ",".join(e(w) for w in list(words)[:20]), m.year
    page.add(f"{FOOTER} © {year}", f"Powered by XOOPS © 2001-{year} The XOOPS Project")
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
    <meta http-equiv="content-language" content="ar"/>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
    <title>{e(article.headline)} - {e(article.section)} - {MODULE} - {SITE}</title>
    <meta name="robots" content="index,follow"/>
    <meta name="keywords" content="{keywords}"/>
    <meta name="description" content="{desc}"/>
    <meta name="rating" content="general"/><meta name="author" content="{SITE}"/>
    <meta name="copyright" content="Copyright © {year} {SITE}"/>
    <meta name="generator" content="XOOPS"/>
    <link rel="alternate" type="application/rss+xml" title="" href="{HOST}/backend.php"/>
    <link rel="shortcut icon" type="image/ico" href="{HOST}/themes/default/icons/favicon.ico"/><link rel="icon" type="image/png" href="{HOST}/themes/default/icons/favicon.png"/>
    <link rel="stylesheet" type="text/css" media="all" title="Style sheet" href="{HOST}/xoops.css"/>
    <link rel="stylesheet" type="text/css" media="all" title="Style sheet" href="{HOST}/themes/default/style.css"/>
    <!--[if lte IE 8]><link rel="stylesheet" href="{HOST}/themes/default/styleIE8.css" type="text/css"/><![endif]-->
    <script src="{HOST}/browse.php?Frameworks/jquery/jquery.js" type="text/javascript"></script>
<script src="{HOST}/include/xoops.js" type="text/javascript"></script><script type="text/javascript" src="{HOST}/class/textsanitizer/image/image.js"></script>
<link rel="stylesheet" href="{HOST}/language/arabic/style.css" type="text/css" />
<link rel="stylesheet" href="{HOST}/modules/news/assets/css/style.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{SITE} - {e(article.section)}" href="{HOST}/modules/news/backendt.php?topicid={tid}" />
</head>
<body id="news" class="ar">
<!-- Start Header -->
<table cellspacing="0">
    <tr id="header"><td id="headerlogo"><a href="{HOST}/" title="{SITE}"><img src="{HOST}/themes/default/xoops-logo.png" alt="{SITE}"/></a></td>
        <td id="headerbanner"><a href="{HOST}/banners.php?op=click&amp;bid=3" rel="external"><img src="{HOST}/uploads/banners/irbid-expo-468x60.gif" alt="" /></a></td>
    </tr>
    <tr><td id="headerbar" colspan="2">&nbsp;</td></tr>
</table>
<!-- End header -->
<table cellspacing="0">
    <tr>
                <td id="leftcolumn">
{left}        </td>
        <td id="centercolumn">
                        <table cellspacing="0"><tr><td id="centerCcolumn" colspan="2">
{_block("", marquee)}</td></tr></table>
                        <div id="content">{content}</div>
        </td>
                <td id="rightcolumn">
{right}        </td>
    </tr>
</table>
<!-- Start footer -->
<table cellspacing="0"><tr id="footerbar"><td>{FOOTER} &copy; {year}<br />Powered by XOOPS &#169; 2001-{year} <a href="https://xoops.org" title="XOOPS Project" target="_blank">The XOOPS Project</a></td></tr></table>
<!-- End footer -->
<!--{{xo-logger-output}}-->
</body>
</html>"""
    return page
