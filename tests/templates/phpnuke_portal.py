"""A Yemeni regional portal ("وادي حضرموت نت") on PHP-Nuke 7.x, US-hosted, a story as
modules.php?name=News&file=article&sid=N shows it to a guest. Head: HTML 4.01 doctype, `<title>`
"site - headline", includes/meta.php's capital META block (KEYWORDS, DESCRIPTION = slogan, the
Burzi GENERATOR), backend.php RSS and the theme's style.css; no og/twitter/JSON-LD (the CMS prints
none). Theme: NukeNews adapted to RTL: ads(0) banner, header table (logo, search, topics
`<select>`), nav row with the guest's "تسجيل عضوية جديدة" link (its `<a>` never closed) and a
script-only date, then blocks("left") (Modules menu sorted by custom title, "المتواجدون الآن"
with the stock Who's Online sentence, the site poll with vote/comment counts, "آخر الأخبار" with
"[ N تعليقات - M قراءة ]") and the centre, where article.php opens its own table: themearticle
(story_page.html: "أخبار الوادي: <headline>", "أرسلت في <date> بواسطة <aid>", topic image) and
the sideboxes "روابط ذات صلة", "تقييم المقال" and "خيارات" (print / send-to-friend icons).
Dates are formatTimestamp()'s strftime with the site's _DATESTRING "%A, %B %d, %Y @ %T %Z" in the
server's en_US locale and US Eastern time: "Monday, March 15, 2010 @ 17:30:12 EDT" on an Arabic
page (page 1 went up at 00:30 on the 16th in Yemen; the page shows the 15th, and that is its day).
Below: associates.php's "Associated Topics" (the tags as topic-image alt/title only), on pages 1
and 3 other stories of the category in themeindex style ("أرسلت بواسطة ... في ... (N قراءة)",
teaser, morelink "(أقرأ المزيد ... | N حرفا زيادة | N تعليقات | التقييم: N)"), the comments
navbar ('"headline" | دخول/تسجيل عضو | N تعليقات'), the stock warning and guest notice, each
comment ("(التقييم: N)", "بواسطة ... في <date>", "(معلومات المستخدم | أرسل رسالة)"), the footer
(foot1-3 and the PHP-Nuke GPL line) and ga.js. Page 1: the editor's story opening with a bold
"سيئون - خاص - <writer>" line (the only page naming the writer), paragraphs split by bare
`<br><br>`, a bold subheading and bold words, three comments. Page 2: a reader's submission
(informant != aid): 'tarim_sport كتب <i>"...story..."</i>', paragraphs split by "<br>\\r\\n<br>\\r\\n",
the article notes ("ملحوظة: ...") inside the closing quote, no rating, no comments. Page 3: `<p>`
paragraphs after a centred photo with a caption line, a linked phrase, one comment. All of that
but the story paragraphs is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import Article, Page, e

NAME = "phpnuke_portal"
HELD_OUT = True
SET = "unseen20"
FAMILY = "PHP-Nuke 7.x NukeNews-derived Arabic portal: article.php with sideboxes, yearful English strftime dates in US Eastern time, 'X كتب \"...\"' submissions, comments, left blocks"
HOST = "https://nuke-portal-ar.example"
SITE = "وادي حضرموت نت"
SLOGAN = "أخبار وادي حضرموت أولا بأول"
THEME = "NukeNews"
TOPICS = {"مياه وكهرباء": (5, "water.gif"), "أخبار سيئون": (2, "seiyun.gif"), "خدمات ومشاريع": (7, "projects.gif"),
          "رياضة الوادي": (4, "sport.gif"), "أخبار تريم": (3, "tarim.gif"), "صحة وطب": (6, "health.gif"), "أخبار القطن": (8, "qatn.gif")}
CATS = {"أخبار الوادي": 1, "رياضة": 3}
NAV = (("index.php", "الصفحة الأولى"), ("modules.php?name=Topics", "المواضيع"), ("modules.php?name=Downloads", "التحميل"),
       ("modules.php?name=Your_Account", "حسابك"), ("modules.php?name=Submit_News", "أرسل خبرا"), ("modules.php?name=Top", "أفضل 10"))
MODULES = (("Stories_Archive", "أرشيف الأخبار"), ("Submit_News", "أرسل خبرا"), ("Feedback", "اتصل بنا"), ("Surveys", "الاستفتاءات"),
           ("Forums", "المنتديات"), ("Search", "بحث"), ("Your_Account", "حسابك"), ("Web_Links", "دليل المواقع"),
           ("Gallery", "معرض الصور"), ("Top", "أفضل 10"))
POLL = ("ما أهم مشكلة خدمية تواجهها في مدينتك؟", ("انقطاع التيار الكهربائي", "شح مياه الشرب", "سوء حالة الطرق", "غياب الصرف الصحي"))
LATEST = ("السلطة المحلية بسيئون تناقش خطة النظافة للعام الجديد", "افتتاح معرض للمخطوطات النادرة في مكتبة الأحقاف بتريم",
          "ارتفاع أسعار التمور في أسواق الوادي قبيل رمضان", "تدشين العام الدراسي في مدارس مديرية شبام",
          "مطالبات بإعادة تأهيل طريق سيئون - تريم", "ندوة عن الموروث الشعبي في مديرية القطن")
FOOT = ("جميع الحقوق محفوظة لموقع وادي حضرموت نت © 2006 - {year}",
        "المقالات والأخبار المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الموقع",
        "للتواصل مع هيئة التحرير: info@nuke-portal-ar.example")
COPYRIGHT = "PHP-Nuke Copyright © 2005 by Francisco Burzi. This is free software, and you may redistribute it under the GPL. PHP-Nuke comes with absolutely no warranty, for details, see the license."
COMMENTS_WARNING = "التعليقات مملوكة لأصحابها. نحن غير مسؤلون عن محتواها."
NO_ANON = "التعليق غير مسموح للضيوف, الرجاء التسجيل"
RATE_LABELS = ("ممتاز", "جيد جدا", "جيد", "عادي", "رديئ")
# per page: (aid, informant, score, ratings, guests, members, poll votes, poll comments)
META = {1: ("wadinet", "wadinet", 34, 8, 41, 3, 1287, 14), 2: ("wadinet", "tarim_sport", 0, 0, 27, 1, 1342, 15),
        3: ("wadinet", "wadinet", 9, 2, 63, 5, 1906, 22)}
RELATED_LINKS = {"مياه وكهرباء": ("المؤسسة العامة للمياه والصرف الصحي", "http://www.nwsa-ye.example/"),
                 "رياضة الوادي": ("الاتحاد اليمني لكرة القدم", "http://www.yfa-ye.example/"),
                 "صحة وطب": ("وزارة الصحة العامة والسكان", "http://www.mophp-ye.example/")}
BYLINE = {1: "سيئون - خاص - سالم عمر باحميش"}
BOLD = {1: (2, "أربعة آلاف ريال")}
SUBHEAD = {1: "المؤسسة: عطل في المضخة الرئيسية"}
LINKED = {3: (3, "مكتب الصحة في الوادي", "modules.php?name=News&amp;new_topic=6")}
SUBMITTED_SEP = "<br>\r\n<br>\r\n"  # the reader's line breaks, kept by the admin
NOTES = {2: "الصور الكاملة للمباراة النهائية وحفل التتويج في قسم معرض الصور بالموقع."}
# other stories of the category (pages 1 and 3): (sid, days back, reads, chars, comments, score, teaser)
OTHERS = {
    1: ((1868, 3, 612, 1843, 3, "4", "بدأت فرق الحفر أعمال بئر ارتوازية جديدة شرق المدينة لتغذية الأحياء التي تعاني من ضعف الضخ."),
        (1859, 9, 488, 2210, 0, "0", "اشتكى مواطنون في مديرية تريم من ارتفاع فواتير المياه والكهرباء للشهر الثاني على التوالي، مطالبين بمراجعة العدادات.")),
    3: ((2233, 4, 377, 1530, 1, "3.5", "تضم الشحنة أدوية للأمراض المزمنة ومستلزمات لغسيل الكلى تكفي احتياجات المستشفى لعدة أشهر."),
        (2219, 12, 905, 1218, 2, "4", "يستهدف البرنامج طلاب المرحلة الأساسية في مدارس مديرية شبام بمحاضرات عن النظافة الشخصية والتغذية السليمة.")),
}
# comments per page: (user or "" for a guest, minutes after, subject, score, text)
COMMENTS = {
    1: (("abu_omar77", 95, "نفس المعاناة في حي القرن", 1, "عندنا في حي القرن نفس الوضع منذ أسبوع، والوايت صار حلم للفقير. الله يعين الناس."),
        ("", 310, "أين المجلس المحلي؟", 0, "كل سنة نفس القصة مع دخول الصيف، ولا أحد يتحرك إلا بعد ما تكتب الصحافة."),
        ("Seiyun_Youth", 1020, "شكرا للموقع", 2, "شكرا لوادي حضرموت نت على متابعة هموم الناس، ونتمنى متابعة الموضوع حتى يصل الماء.")),
    2: (),
    3: (("dr_hamed", 140, "خطوة طيبة", 1, "بارك الله في كل من ساهم، والأهم الآن توفير الكادر الطبي بشكل دائم وعدم إغلاق المركز بعد أشهر كما حصل مع غيره."),),
}


def _shown(moment) -> str:
    """formatTimestamp(): strftime("%A, %B %d, %Y @ %T %Z") in the server's US Eastern time."""
    zone = "EDT" if moment.utcoffset() == timedelta(hours=-4) else "EST"
    return f"{moment:%A, %B %d, %Y @ %H:%M:%S} {zone}"


def _sidebox(title: str, content: str) -> str:
    """NukeNews blocks.html."""
    return f"""<table border="0" cellpadding="1" cellspacing="0" bgcolor="#000000" width="150"><tr><td>
<table border="0" cellpadding="3" cellspacing="0" bgcolor="#dedebb" width="100%"><tr><td align="right">
<font class="content" color="#363636"><b>{title}</b></font>
</td></tr></table></td></tr></table>
<table border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" width="150">
<tr valign="top"><td bgcolor="#ffffff">
{content}
</td></tr></table>
<br>"""


def _open(inner: str) -> str:
    """OpenTable() ... CloseTable() of NukeNews tables.php."""
    return ('<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#cfcfbb"><tr><td>\n'
            '<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#efefef"><tr><td>\n'
            f"{inner}</td></tr></table></td></tr></table>\n")


def _title_bar(title: str, posted: str = "") -> str:
    """The title table opening story_page.html / story_home.html ($posted only on the story page)."""
    line = f'<br>\n<font class="content">{posted}</font>' if posted else ""
    return f"""<table border="0" cellpadding="0" cellspacing="0" bgcolor="#ffffff" width="100%"><tr><td>
<table border="0" cellpadding="1" cellspacing="0" bgcolor="#000000" width="100%"><tr><td>
<table border="0" cellpadding="3" cellspacing="0" bgcolor="#cfcfbb" width="100%"><tr><td align="right">
<font class="option" color="#363636"><b>{title}</b></font>{line}
</td></tr></table></td></tr></table>"""


def _dot(href: str, text: str, target: str = "") -> str:
    return f'<strong><big>&middot;</big></strong>&nbsp;<a href="{href}"{target}>{text}</a><br>\n'


def _story(article: Article, n: int) -> str:
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    for k, text in enumerate(paras):
        if n in BOLD and BOLD[n][0] == k:
            paras[k] = text.replace(BOLD[n][1], f"<b>{BOLD[n][1]}</b>", 1)
        if n in SUBHEAD and article.paragraphs and text == SUBHEAD[n]:
            paras[k] = f"<b>{text}</b>"
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            paras[k] = text.replace(words, f'<a href="{href}">{words}</a>', 1)
    if n == 1:
        home = f"<b>{e(BYLINE[1])}</b><br><br>{paras[0]}"
        return f"{home}<br><br>{'<br><br>'.join(paras[1:])}"
    if n == 2:
        notes = f"<br><br><b>ملحوظة:</b> <i>{e(NOTES[2])}</i>"
        return f"{paras[0]}<br><br>{SUBMITTED_SEP.join(paras[1:])}{notes}"
    image = (f'<p align="center"><img src="{HOST}/images/news/2011/qatn_health_center.jpg" width="400" '
             f'height="267" border="0" alt=""><br><font class="tiny" color="#666666">{e(article.caption)}'
             "</font></p>")
    body = "".join(f'<p dir="rtl" align="justify">{p}</p>' for p in paras[1:])
    return f'{image}<p dir="rtl" align="justify">{paras[0]}</p><br><br>{body}'


def render(article: Article, n: int) -> Page:
    moment = article.moment
    sid = article.slug
    url = f"{HOST}/modules.php?name=News&file=article&sid={sid}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    aid, informant, score, ratings, guests, members, votes, pcomments = META[n]
    topic = article.tags[0]
    tid, timage = TOPICS[topic]
    cat = article.section
    catid = CATS[cat]
    posted = f"أرسلت في {shown} بواسطة"
    page.add(cat, f"{posted} {aid}", "بحث", "المواضيع", "جميع المواضيع", *sorted(TOPICS), *(label for _, label in NAV), "تسجيل عضوية جديدة")
    # the story block
    text = _story(article, n)
    if n == 2:
        content = (f'<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={informant}">' f'{informant}</a> كتب <i>"{text}"</i>\n')
        page.add(f"{informant} كتب", f"ملحوظة: {NOTES[2]}")
    else:
        content = f"{text}\n"
    page.add(BYLINE.get(n, ""), article.caption if article.caption != "-" else "")
    title = (f'<a href="modules.php?name=News&amp;file=categories&amp;op=newindex&amp;catid={catid}">' f'<font class="storycat">{cat}</font></a>: {e(article.headline)}')
    story = f"""{_title_bar(title, f'{posted} <a href="mailto:editor@nuke-portal-ar.example">{aid}</a>')}<br>
<a href="modules.php?name=News&amp;new_topic={tid}"><img src="images/topics/{timage}" border="0" alt="{topic}" title="{topic}" align="right" hspace="10" vspace="10"></a>
<font class="content">{content}</font>
</td></tr></table><br>"""
    # article.php's sideboxes: related links, rating, options
    link_name, link_url = RELATED_LINKS[topic]
    top = article.related[0]
    related = ('<font class="content">' + _dot(link_url, link_name, ' target="new"')
               + _dot(f"modules.php?name=Search&amp;topic={tid}", f"زيادة حول {topic}")
               + f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author={aid}">الأخبار بواسطة {aid}</a>\n'
               + '</font><br><hr noshade width="95%" size="1"><center><font class="content">'
               f"<b>أكثر مقال قراءة عن {topic}:</b><br>\n"
               f'<a href="modules.php?name=News&file=article&sid={int(sid) - 41}">{e(top)}</a></font></center><br>\n')
    page.add("روابط ذات صلة", link_name, f"زيادة حول {topic}", f"الأخبار بواسطة {aid}", f"أكثر مقال قراءة عن {topic}:", top)
    rate = f"{score / ratings:.4g}"[:4] if ratings else "0"
    stars = (f'<br><br><img src="images/articles/stars-{round(score / ratings + 0.001)}.gif" border="1"></center><br>' if ratings else "</center><br>")
    radios = "".join(f'<input type="radio" name="score" value="{5 - k}"> <img src="images/articles/stars-{5 - k}.gif" border="0" alt="{label}" title="{label}"><br>' for k, label in enumerate(RATE_LABELS))
    rating = (f"<center>المعدل: <b>{rate}</b><br>تصويتات: <b>{ratings}</b>{stars}"
              f'<form action="modules.php?name=News" method="post"><center>الرجاء تقييم هذا المقال:</center><br>'
              f'<input type="hidden" name="sid" value="{sid}"><input type="hidden" name="op" value="rate_article">'
              f'{radios}<br><center><input type="submit" value="قيم المقال!"></center></form>')
    page.add("تقييم المقال", f"المعدل: {rate}", f"تصويتات: {ratings}", "الرجاء تقييم هذا المقال:")
    options = ("<br>&nbsp;<img src='images/print.gif' border='0' alt='صفحة للطباعة' title='صفحة للطباعة'> "
               f'<a href="modules.php?name=News&amp;file=print&amp;sid={sid}">صفحة للطباعة</a><br><br>'
               "&nbsp;<img src='images/friend.gif' border='0' alt='أرسل هذا المقال لصديق' title='أرسل هذا المقال لصديق'> "
               f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={sid}">أرسل هذا المقال لصديق</a><br><br></center>\n')
    page.add("خيارات", "صفحة للطباعة", "أرسل هذا المقال لصديق")
    article_table = (f'<table width="100%" border="0"><tr><td valign="top" width="100%">\n{story}'
                     '</td><td>&nbsp;</td><td valign="top">\n'
                     f"{_sidebox('روابط ذات صلة', related)}{_sidebox('تقييم المقال', rating)}"
                     f"{_sidebox('خيارات', options)}</td></tr></table>\n")
    # associates.php
    imgs = "".join(f'<a href="modules.php?name=News&new_topic={TOPICS[t][0]}"><img src="images/topics/{TOPICS[t][1]}" border="0" hspace="10" alt="{t}" title="{t}"></a>' for t in article.tags)
    assoc = _open(f"<center><b>Associated Topics</b><br><br>{imgs}</center>") + "<br>\n"
    page.add("Associated Topics")
    # other stories of the category, in themeindex style (pages 1 and 3)
    others = ""
    if n in OTHERS:
        others = _open('<center><font class="title"><b>أخبار أخرى في القسم</b></font></center>') + "<br>\n"
        page.add("أخبار أخرى في القسم")
        for (osid, days, reads, chars, ocount, oscore, teaser), otitle in zip( OTHERS[n], article.related[1:], strict=True):
            when = _shown(moment - timedelta(days=days, hours=3, minutes=17))
            link = f'<a href="modules.php?name=News&amp;file=article&amp;sid={osid}">'
            comm = "تعليقات?" if ocount == 0 else f"{ocount} {'تعليق' if ocount == 1 else 'تعليقات'}"
            morelink = (f"({link}<b>أقرأ المزيد ...</b></a> | {chars} حرفا زيادة | {link}{comm}</a>" f" | التقييم: {oscore})")
            page.add(f"{cat}: {otitle}", teaser, f"أرسلت بواسطة {aid} في {when} ({reads} قراءة)", f"(أقرأ المزيد ... | {chars} حرفا زيادة | {comm} | التقييم: {oscore})")
            others += f"""{_title_bar(f'<a href="modules.php?name=News&amp;file=categories&amp;op=newindex&amp;catid={catid}"><font class="storycat">{cat}</font></a>: {e(otitle)}')}
<a href="modules.php?name=News&amp;new_topic={tid}"><img src="images/topics/{timage}" border="0" alt="{topic}" title="{topic}" align="right" hspace="10" vspace="10"></a>
<font class="content">{e(teaser)}
</font>
</td></tr></table>
<table border="0" cellpadding="1" cellspacing="0" bgcolor="#000000" width="100%"><tr><td>
<table border="0" cellpadding="3" cellspacing="0" bgcolor="#efefef" width="100%"><tr><td align="center">
<font class="content">أرسلت بواسطة <a href="mailto:editor@nuke-portal-ar.example">{aid}</a> في {when}  ({reads} قراءة)</font><br>
<font class="content">{morelink}</font>
</td></tr></table></td></tr></table>
<br><br><br>"""
    # comments.php: navbar, then each comment in its own OpenTable()
    rows = COMMENTS[n]
    count = f"<B>{len(rows)}</B> {'تعليق' if len(rows) == 1 else 'تعليقات'}"
    search = (f" | <a href='modules.php?name=Search&type=comments&sid={sid}'>البحث في النقاشات</a>" if rows else "")
    navbar = ("\n\n<!-- COMMENTS NAVIGATION BAR START -->\n\n<a name=\"comments\"></a>\n"
              + _open('<table width="100%" border="0" cellspacing="1" cellpadding="2">\n'
                      f'<tr><td bgcolor="#cfcfbb" align="center"><font class="content" color="#000000">"{e(article.headline)}" | '
                      '<a href="modules.php?name=Your_Account"><font color="#000000">دخول/تسجيل عضو</font></a>'
                      f" | {count}{search}</font></td></tr>\n"
                      '<tr><td bgcolor="#efefef" align="center" width="100%">\n'
                      f'<tr><td bgcolor="#cfcfbb" align="center"><font class="tiny">{COMMENTS_WARNING}</font></td></tr></table>'
                      "\n\n<!-- COMMENTS NAVIGATION BAR END -->\n\n")
              + "<br>\n" + _open('<center>التعليق غير مسموح للضيوف, الرجاء <a href="modules.php?name=Your_Account">التسجيل</a></center>'))
    page.add("دخول/تسجيل عضو", f"{len(rows)} {'تعليق' if len(rows) == 1 else 'تعليقات'}", COMMENTS_WARNING, NO_ANON, "البحث في النقاشات" if rows else "")
    comments = ""
    for k, (user, minutes, subject, cscore, ctext) in enumerate(rows):
        when = _shown(moment + timedelta(minutes=minutes))
        name = user or "زائر"
        info = ""
        if user:
            info = (f'<br>(<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={user}">معلومات المستخدم</a> ' f'| <a href="modules.php?name=Private_Messages&amp;mode=post&amp;u={310 + 17 * k}">أرسل رسالة</a>) ')
            page.add("معلومات المستخدم", "أرسل رسالة")
        ctid = int(sid) * 3 + k
        comments += _open(f'<a name="{ctid}"></a><table width="99%" border="0"><tr bgcolor="#efefef"><td width="500">'
                          f'<b>{e(subject)}</b> <font class="content">(التقييم: {cscore})<br>بواسطة {name} في {when}'
                          f"{info}</font></td></tr><tr><td>{e(ctext)}</td></tr></table><br><br>")
        page.add(subject, f"(التقييم: {cscore})", f"بواسطة {name} في {when}", ctext)
    # blocks("left")
    menu = _dot("index.php", "الصفحة الأولى") + "".join( _dot(f"modules.php?name={mod}", label) for mod, label in sorted(MODULES, key=lambda m: m[1]))
    page.add("القائمة الرئيسية", *(label for _, label in MODULES))
    online = (f'<div align="center"><span class="content">يوجد حاليا, {guests} ضيف/ضيوف {members} عضو/أعضاء يتصفحون الموقع.<br>'
              '<br>أنت غير مسجل لدينا. تستطيع التسجيل مجانا بالضغط <a href="modules.php?name=Your_Account">هنا</a></span></div>')
    page.add("المتواجدون الآن", f"يوجد حاليا, {guests} ضيف/ضيوف {members} عضو/أعضاء يتصفحون الموقع.", "أنت غير مسجل لدينا. تستطيع التسجيل مجانا بالضغط هنا")
    poll_opts = "".join(f'<tr><td valign="top"><input type="radio" name="voteID" value="{k}"></td><td width="100%"><span class="content">{o}</span></td></tr>\n' for k, o in enumerate(POLL[1], 1))
    poll = (f'<form action="modules.php?name=Surveys" method="post"><input type="hidden" name="pollID" value="9">'
            f'<span class="content"><strong>{POLL[0]}</strong></span><br><br>\n<table border="0" width="100%">{poll_opts}</table>'
            '<br><center><span class="content"><input type="submit" value="تصويت"></span><br>'
            '<br><span class="content"><a href="modules.php?name=Surveys&amp;op=results&amp;pollID=9&amp;mode=thread&amp;order=0&amp;thold=0"><strong>نتائج</strong></a>'
            '<br><a href="modules.php?name=Surveys"><strong>تصويتات</strong></a><br>'
            f"<br>تصويتات: <strong>{votes}</strong> <br> تعليقات: <strong>{pcomments}</strong>\n\n</span></center></form>\n\n")
    page.add("استفتاء الموقع", POLL[0], *POLL[1], "نتائج", "تصويتات", f"تصويتات: {votes}", f"تعليقات: {pcomments}")
    latest_rows = ""
    for k in range(5):
        ltitle = LATEST[(n + k) % len(LATEST)]
        stat = f"[ {(k * 3 + n) % 5} تعليقات - {120 + 97 * k + 31 * n} قراءة ]"
        latest_rows += (f'<tr><td align="right"><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News&amp;file=article&amp;sid={int(sid) + 9 - k}">{ltitle}</a></td>'
                        f'<td align="left">{stat}</td></tr>')
        page.add(ltitle, stat)
    latest = (f'<table width="100%" border="0">{latest_rows}</table><br><center>[ <a href="modules.php?name=News">'
              "المزيد في أخبار الأقسام الخاصة</a> ]</center>")
    page.add("آخر الأخبار", "المزيد في أخبار الأقسام الخاصة")
    left = (_sidebox("القائمة الرئيسية", menu) + _sidebox("المتواجدون الآن", online)
            + _sidebox("استفتاء الموقع", poll) + _sidebox("آخر الأخبار", latest))
    year = moment.year
    foot = [line.format(year=year) for line in FOOT]
    page.add(*foot, COPYRIGHT)
    topics_list = "".join(f'<option  value="{TOPICS[t][0]}">{t}</option>\n' for t in sorted(TOPICS))
    nav = "\n&nbsp;&middot;&nbsp;\n".join(f'<A href="{href}">{label}</a>' for href, label in NAV)
    keywords = "أخبار, اليمن, حضرموت, وادي حضرموت, سيئون, تريم, شبام, القطن, رياضة, خدمات, PHP-Nuke"
    page.html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="rtl">
<head>
<title>{SITE} - {e(article.headline)}</title>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META HTTP-EQUIV="EXPIRES" CONTENT="0">
<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">
<META NAME="DISTRIBUTION" CONTENT="GLOBAL">
<META NAME="AUTHOR" CONTENT="{SITE}">
<META NAME="COPYRIGHT" CONTENT="Copyright (c) by {SITE}">
<META NAME="KEYWORDS" CONTENT="{keywords}">
<META NAME="DESCRIPTION" CONTENT="{SLOGAN}">
<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">
<META NAME="REVISIT-AFTER" CONTENT="1 DAYS">
<META NAME="RATING" CONTENT="GENERAL">
<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2005 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<link REL="shortcut icon" HREF="themes/{THEME}/images/favicon.ico" TYPE="image/x-icon">
<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">
<LINK REL="StyleSheet" HREF="themes/{THEME}/style/style.css" TYPE="text/css">



</head>

<body bgcolor="#505050" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83"><center><a href="banners.php?op=click&amp;bid=4" target="_blank"><img src="images/banners/hadhramout-telecom-468.gif" border="0" alt="حضرموت للاتصالات" title="حضرموت للاتصالات"></a>&nbsp;</center><br><br>
<table cellpadding="0" cellspacing="0" width="100%" border="0" align="center" bgcolor="#ffffff">
<tr>
<td bgcolor="#ffffff">
<img height="16" alt="" hspace="0" src="themes/{THEME}/images/corner-top-right.gif" width="17" align="right">
<a href="index.php"><img src="themes/{THEME}/images/logo.gif" align="right" alt="مرحبا {SITE}" border="0" hspace="10"></a></td>
<td bgcolor="#999999"><IMG src="themes/{THEME}/images/pixel.gif" width="1" height="1" alt="" border="0" hspace="0"></td>
<td bgcolor="#cfcfbb" align="center">
<center><form action="modules.php?name=Search" method="post"><font class="content" color="#000000"><b>بحث </b>
<input type="text" name="query" size="14"></font></form></center></td>
<td bgcolor="#cfcfbb" align="center">
<center><form action="modules.php?name=News&new_topic" method="post"><font class="content"><b>المواضيع </b>
<select name="new_topic" onChange='submit()'>
<option value="">جميع المواضيع</option>
{topics_list}</select></font></form></center></td>
<td bgcolor="#cfcfbb" valign="top"><img height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-top-left.gif" width="17" align="left"></td>
</tr></table>
<table cellpadding="0" cellspacing="0" width="100%" border="0" align="center" bgcolor="#fefefe">
<tr>
<td bgcolor="#000000" colspan="4"><IMG src="themes/{THEME}/images/pixel.gif" width="1" height=1 alt="" border="0" hspace="0"></td>
</tr>
<tr valign="middle" bgcolor="#dedebb">
<td width="15%" nowrap><font class="content" color="#363636">
<b>&nbsp;&nbsp;<a href="modules.php?name=Your_Account&op=new_user">تسجيل عضوية جديدة</b></font></td>
<td align="center" height="20" width="70%"><font class="content"><B>
{nav}
</B></font>
</td>
<td align="left" width="15%"><font class="content"><b>
<script type="text/javascript">
<!--   // Array ofmonth Names
var monthNames = new Array( "يناير","فبراير","مارس","ابريل","مايو","يونيو","يوليو","اغسطس","سبتمبر","اكتوبر","نوفمبر","ديسمبر");
var now = new Date();
thisYear = now.getYear();
if(thisYear < 1900) {{thisYear += 1900}}; // corrections if Y2K display problem
document.write(now.getDate() + " " + monthNames[now.getMonth()] + " " + thisYear);
// -->
</script></b></font></td>
<td>&nbsp;</td>
</tr>
<tr>
<td bgcolor="#000000" colspan="4"><IMG src="themes/{THEME}/images/pixel.gif" width="1" height="1" alt="" border="0" hspace="0"></td>
</tr>
</table>
<!-- FIN DEL TITULO -->
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td bgcolor="#ffffff"><img src="themes/{THEME}/images/pixel.gif" width="1" height="20" border="0" alt=""></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td bgcolor="#ffffff"><img src="themes/{THEME}/images/pixel.gif" width="10" height="1" border="0" alt=""></td>
<td bgcolor="#ffffff" width="150" valign="top">
{left}</td><td><img src="themes/{THEME}/images/pixel.gif" width="15" height="1" border="0" alt=""></td><td valign="top" width="100%">{article_table}{assoc}{others}{navbar}{comments}</td><td bgcolor="#ffffff"><img src="themes/{THEME}/images/pixel.gif" width=10 height=1 border=0 alt="">
</td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td align="center" height="17">
<IMG height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-bottom-right.gif" width="17" align="right">
<IMG height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-bottom-left.gif" width="17" align="left">
</td></tr></table>
<br>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td><IMG height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-top-right.gif" width="17" align="right"></td>
<td width="100%">&nbsp;</td>
<td><IMG height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-top-left.gif" width="17" align="left"></td>
</tr><tr align="center">
<td width="100%" colspan="3">
{foot[0]}<br>{foot[1]}<br>{foot[2].replace("info@nuke-portal-ar.example", '<a href="mailto:info@nuke-portal-ar.example">info@nuke-portal-ar.example</a>')}<br>PHP-Nuke Copyright &copy; 2005 by Francisco Burzi. This is free software, and you may redistribute it under the <a href="http://phpnuke.org/files/gpl.txt"><font class="footmsg_l">GPL</font></a>. PHP-Nuke comes with absolutely no warranty, for details, see the <a href="http://phpnuke.org/files/gpl.txt"><font class="footmsg_l">license</font></a>.<br>
</td>
</tr><tr>
<td><IMG height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-bottom-right.gif" width="17" align="right"></td>
<td width="100%">&nbsp;</td>
<td><IMG height="17" alt="" hspace="0" src="themes/{THEME}/images/corner-bottom-left.gif" width="17" align="left"></td>
</tr></table><script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">
try {{
var pageTracker = _gat._getTracker("UA-4418265-1");
pageTracker._trackPageview();
}} catch(err) {{}}</script>
</body>
</html>
"""
    return page
