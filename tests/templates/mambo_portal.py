"""An old Sudanese news portal ("أخبار السودان") still served by Mambo 4.6 (Joomla's
ancestor), a story as `index.php?option=com_content&task=view&id=N&Itemid=M` serves it
(no SEF). Head from `mosShowHead()`: an `<?xml ...?>` prolog before the XHTML 1.0
Transitional doctype, `<title>` "أخبار السودان - headline", `title`/`author`/`description`/
`keywords` metas (the item's own metadesc and metakey appended to the site's), the `Generator`
"Mambo" meta, `robots`, `<base href>`, the favicon, the template's `template_css.css` and
`rtl.css`, the com_rss feed link; no og/twitter, no JSON-LD. Body: the `akhbar_sd` template,
one centred 950px table: header row (logo, `banner` position ad), top bar (`mosCurrentDate()`
visit date, horizontal `mainlevel-nav` menu), the `pathway` row ("الرئيسية > section >
headline"), then three cells: left modules (`moduletable` tables with `<th>` titles: the
`mainlevel` main menu with `id="active_menu"`, the login form, a poll with radio labels),
the main body, right modules ("آخر الأخبار" `latestnews`, "الأكثر قراءة" `mostread`, who is
online, an ad); the footer row (bottom links, copyright, "Mambo is Free Software ..."), then
Google's old `urchin.js`. The main body is `HTML_content::show`: `table.contentpaneopen` with
`td.contentheading` and three `td.buttonheading` icons (PDF, print, e-mail: images only, the
labels are alt/title attributes), the mosvote form (`content_rating`, `content_vote`
"ضعيف ... ممتاز"), the second `table.contentpaneopen`: the `span.small` author line "كتب
بواسطة X", `td.createdate` (`_DATE_FORMAT_LC2` "%A, %d %B %Y %H:%M" through strftime with an
Arabic locale: "السبت, 09 مارس 2024 11:20", Western digits, Sudan's +02:00), the text cell,
`td.modifydate` "آخر تحديث ( %A, %d %B %Y )" when the item was modified; then
`span.article_seperator`, the `pagenav_prev`/`pagenav_next` table, the "[ رجوع ]" back
button, and the `user2` "مواضيع ذات صلة" module (`mod_related_items`).
Page 1 (a named reporter, 11:20, modified the next day) opens its text with the `{mosimage}`
block (`div.mosimage` floated right with `div.mosimage_caption`), `<p>`s; page 2 is SUNA wire
copy (created_by_alias "سونا" in the author line, posted 01:10 local, 23:10 UTC the day
before), no image, pasted text whose paragraphs are `<br /><br />` breaks inside one cell,
never modified (no modifydate row); page 3 (a named writer) has a caption-less mosimage
`<img align="left">`, a `<p><strong>` subheading that is text, a quote the text introduces in
a `<blockquote>` (text), and only a previous link. All outside the text cell is chrome, and
so is the mosimage caption inside it."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from .base import MONTHS, WEEKDAYS, Article, Page, e, rotate

NAME = "mambo_portal"
HELD_OUT = True
SET = "unseen31"
FAMILY = "Mambo 4.6 com_content item view (table template): contentheading/contentpaneopen, createdate/modifydate, mosimage, pdf/print/email icons, mosvote, moduletable menus, latest/popular, poll, pagenav"
HOST = "https://mambo-sudan-akhbar.example"
SITE = "أخبار السودان"
TPL = f"{HOST}/templates/akhbar_sd"
ITEMIDS = {"أخبار محلية": 26, "اقتصاد": 27, "سياسة": 28, "رياضة": 29, "ثقافة وتراث": 31}
MAINMENU = (("com_frontpage", 1, "الرئيسية"), ("section", 26, "أخبار محلية"),
            ("section", 28, "سياسة"), ("section", 27, "اقتصاد"), ("section", 29, "رياضة"),
            ("section", 31, "ثقافة وتراث"), ("section", 33, "مقالات الرأي"),
            ("com_content&amp;task=archivesection&amp;id=0", 35, "أرشيف الأخبار"),
            ("com_weblinks", 36, "مواقع سودانية"), ("com_contact", 37, "اتصل بنا"))
TOPMENU = ("الرئيسية", "من نحن", "أعلن معنا", "خريطة الموقع", "اتصل بنا")
LOGIN = ("اسم المستخدم", "كلمة المرور", "تذكرني", "نسيت كلمة المرور؟", "ليس لديك حساب؟",
         "سجل الآن")
POLL_Q = "كيف تقيم خدمة الكهرباء في منطقتك خلال هذا الشهر؟"
POLL = ("مستقرة", "انقطاعات متقطعة", "انقطاعات طويلة يوميا", "لا توجد كهرباء")
LATEST = ("والي الخرطوم يتفقد أعمال صيانة محطة مياه بحري",
          "بنك السودان المركزي يعلن سعرا تأشيريا جديدا للجنيه",
          "الهلال يتصدر الدوري الممتاز بعد فوزه على الأهلي مدني",
          "وزارة الصحة تطلق حملة تطعيم ضد الحصبة في ولايات الشرق",
          "افتتاح جسر جديد على نهر عطبرة يربط الدامر بالقرى الشرقية",
          "ارتفاع أسعار الذرة في أسواق سنار مع تأخر هطول الأمطار",
          "جامعة الخرطوم تعلن نتائج القبول للعام الدراسي الجديد",
          "ميناء بورتسودان يستقبل أول شحنة من القمح المستورد هذا الموسم",
          "إعلان نتيجة امتحانات الشهادة السودانية الأسبوع المقبل",
          "وصول قافلة طبية إلى مستشفى الفاشر التعليمي")
POPULAR = ("مواعيد رحلات البصات السفرية بين الخرطوم وبورتسودان",
           "ارتفاع جديد في أسعار السكر والزيوت بالأسواق",
           "نتيجة امتحانات شهادة الأساس بولاية الجزيرة",
           "المريخ يتعاقد مع مهاجم نيجيري لموسمين",
           "انقطاع الكهرباء عن أحياء أم درمان لساعات بسبب عطل فني",
           "الأرصاد: موجة حارة تضرب ولايات الشمال الأسبوع الجاري",
           "شركة اتصالات تطلق باقات إنترنت مخفضة للطلاب",
           "قصة مسجد يعود بناؤه إلى مائتي عام في جزيرة توتي")
AUTHORS = {1: "عثمان الطيب", 2: "سونا", 3: "آمنة عبد الرحيم"}  # created_by_alias on page 2
MODIFIED = {1: timedelta(days=1, hours=-2, minutes=15), 3: timedelta(days=1, hours=3)}
RATING = {1: (4, 7), 2: (3, 2), 3: (5, 11)}
ONLINE = (38, 51, 44)
NAV = {1: (4807, 4815), 2: (4831, 4840), 3: (4854, None)}
IMAGES = {1: ("sumugh_obeid.jpg", 260, 195), 3: ("suakin_gate.jpg", 240, 180)}
SUBHEAD = {3: "ورش لتدريب الحرفيين"}
COPY = "جميع الحقوق محفوظة"
MAMBO = "Mambo is Free Software released under the GNU/GPL License."
VOTE = ("ضعيف", "ممتاز")
BACK = "[ رجوع ]"
RELATED = "مواضيع ذات صلة"
DESC = "أخبار السودان: موقع إخباري سوداني يتابع أخبار الولايات والاقتصاد والثقافة والرياضة"
KEYS = "السودان, أخبار السودان, الخرطوم, أخبار"
_TO_AR = {"%A": lambda m: WEEKDAYS[m.weekday()], "%d": lambda m: f"{m.day:02d}",
          "%B": lambda m: MONTHS[m.month - 1], "%Y": lambda m: str(m.year),
          "%H": lambda m: f"{m.hour:02d}", "%M": lambda m: f"{m.minute:02d}"}


def _strftime(fmt: str, moment) -> str:
    """PHP strftime() under setlocale(LC_ALL, 'ar_SD.utf8'): Arabic day and month names."""
    for code, fn in _TO_AR.items():
        fmt = fmt.replace(code, fn(moment))
    return fmt


def _link(cid: int, itemid: int) -> str:
    return f"{HOST}/index.php?option=com_content&amp;task=view&amp;id={cid}&amp;Itemid={itemid}"


def _module(title: str, content: str, sfx: str = "") -> str:
    return (f'\t\t<table cellpadding="0" cellspacing="0" class="moduletable{sfx}">\n'
            f'\t\t\t\t\t<tr>\n\t\t\t\t<th valign="top">\n\t\t\t\t\t{title}\t\t\t\t</th>\n'
            f"\t\t\t</tr>\n\t\t\t\t\t<tr>\n\t\t\t<td>\n\t\t\t{content}\n\t\t\t</td>\n\t\t</tr>\n"
            "\t\t</table>\n\t\t")


def _icon(file: str, alt: str) -> str:
    return (f'<img src="{HOST}/images/M_images/{file}" alt="{alt}" align="middle" name="image" '
            'border="0" />')


def _text(article: Article, n: int) -> str:
    paras = [escape(p, quote=False) for p in (article.lead, *article.paragraphs)]
    if n == 2:  # wire copy pasted into the editor: line breaks, no <p>
        return "<br />\r\n<br />\r\n".join(paras) + "<br />"
    out = []
    for para in paras:
        if SUBHEAD.get(n) == para:
            out.append(f"<p><strong>{para}</strong></p>")
        elif para.startswith('"'):
            out.append(f"<blockquote><p>{para}</p></blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{para}</p>')
    file, w, h = IMAGES[n]
    src = f"{HOST}/images/stories/akhbar/{article.moment.year}/{file}"
    if n == 1:
        image = (f'<div class="mosimage"  style="border-width: 0px; float: right; margin: 5px; '
                 f'width: {w}px;" align="center"><img src="{src}" width="{w}" height="{h}" '
                 f'hspace="6" alt="{e(article.caption)}" title="{e(article.caption)}" border="0" '
                 f'/><div class="mosimage_caption" style="width: {w}px; text-align: center;" '
                 f'align="center">{e(article.caption)}</div></div>')
    else:
        image = (f'<img src="{src}" width="{w}" height="{h}" align="left" hspace="6" alt="صورة" '
                 'title="صورة" border="0" />')
    # introtext ({mosimage} and the lead) and fulltext joined by the component
    return f"{image}{out[0]}\r\n\r\n" + "\r\n".join(out[1:])


def render(article: Article, n: int) -> Page:
    m = article.moment
    cid = int(article.slug)
    itemid = ITEMIDS[article.section]
    url = _link(cid, itemid).replace("&amp;", "&")
    shown = _strftime("%A, %d %B %Y %H:%M", m)
    page = Page(url=url, html="", shown_date=shown)
    writer = AUTHORS[n]
    byline = f"كتب بواسطة {writer}"
    page.add(byline, writer, shown)
    if n == 1:
        page.add(article.caption)
    visit = _strftime("%A, %d %B %Y", m + timedelta(days=(2, 0, 1)[n - 1], hours=3))
    page.add(visit, *TOPMENU, *(t for _, _, t in MAINMENU), article.section)

    # ---- header, top bar, pathway
    top = '<span class="mainlevel-nav"> | </span>'.join(
        f'<a href="{HOST}/index.php?option=com_content&amp;task=view&amp;id={90 + k}&amp;'
        f'Itemid={40 + k}" class="mainlevel-nav" >{t}</a>' if k else
        f'<a href="{HOST}/index.php" class="mainlevel-nav" >{t}</a>'
        for k, t in enumerate(TOPMENU))
    arrow = f'<img src="{TPL}/images/arrow.png" border="0" alt="arrow" />'
    pathway = (f'<span class="pathway"><a href="{HOST}/index.php" class="pathway">الرئيسية</a> '
               f'{arrow} <a href="{HOST}/index.php?option=com_content&amp;task=blogsection&amp;'
               f'id={itemid - 20}&amp;Itemid={itemid}" class="pathway">{e(article.section)}</a> '
               f"{arrow}   {e(article.headline)} </span>")

    # ---- left column: main menu, login, poll
    rows = []
    for option, mid, title in MAINMENU:
        if option == "section":
            href = (f"{HOST}/index.php?option=com_content&amp;task=blogsection&amp;id={mid - 20}"
                    f"&amp;Itemid={mid}")
        elif option == "com_frontpage":
            href = f"{HOST}/index.php?option=com_frontpage&amp;Itemid=1"
        else:
            href = f"{HOST}/index.php?option={option}&amp;Itemid={mid}"
        active = ' id="active_menu"' if mid == itemid else ""
        rows.append(f'<tr align="left"><td><a href="{href}" class="mainlevel"{active}>{title}'
                    "</a></td></tr>")
    mainmenu = ('<table width="100%" border="0" cellpadding="0" cellspacing="0">\n'
                + "\n".join(rows) + "\n</table>")
    login = f"""<form action="{HOST}/index.php" method="post" name="login" >
<table width="100%" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td>
<label for="mod_login_username">{LOGIN[0]}</label>
<br />
<input name="username" id="mod_login_username" type="text" class="inputbox" alt="username" size="10" />
<br />
<label for="mod_login_password">{LOGIN[1]}</label>
<br />
<input type="password" id="mod_login_password" name="passwd" class="inputbox" size="10" alt="password" />
<br />
<input type="checkbox" name="remember" id="mod_login_remember" class="inputbox" value="yes" alt="Remember Me" />
<label for="mod_login_remember">{LOGIN[2]}</label>
<br />
<input type="submit" name="Submit" class="button" value="دخول" />
</td>
</tr>
<tr>
<td>
<a href="{HOST}/index.php?option=com_registration&amp;task=lostPassword">{LOGIN[3]}</a>
</td>
</tr>
<tr>
<td>
{LOGIN[4]}
<a href="{HOST}/index.php?option=com_registration&amp;task=register">{LOGIN[5]}</a>
</td>
</tr>
</table>
<input type="hidden" name="option" value="login" />
<input type="hidden" name="op2" value="login" />
<input type="hidden" name="lang" value="arabic" />
<input type="hidden" name="return" value="{url.replace("&", "&amp;")}" />
<input type="hidden" name="message" value="0" />
<input type="hidden" name="force_session" value="1" />
<input type="hidden" name="j3f8a91c0d2e4b6a7c9e1f03b5d7a9c2e" value="1" />
</form>"""
    options = "\n".join(
        f'<tr>\n<td class="sectiontableentry{2 - k % 2}" valign="top">\n<input type="radio" '
        f'name="voteid" id="voteid{60 + k}" value="{60 + k}" alt="{60 + k}" />\n</td>\n<td class='
        f'"sectiontableentry{2 - k % 2}" valign="top">\n<label for="voteid{60 + k}">\n{o}\n'
        "</label>\n</td>\n</tr>" for k, o in enumerate(POLL))
    poll = f"""<form name="form2" method="post" action="{HOST}/index.php?option=com_poll&amp;Itemid=38">
<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">
<thead>
<tr>
<td style="font-weight: bold;">
{POLL_Q}
</td>
</tr>
</thead>
<tr>
<td align="center">
<table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">
{options}
</table>
</td>
</tr>
<tr>
<td>
<div align="center">
<input type="submit" name="task_button" class="button" value="صوت" />
&nbsp;
<input type="button" name="option" class="button" value="النتائج" onclick="document.location.href='{HOST}/index.php?option=com_poll&amp;task=results&amp;id=14';" />
</div>
</td>
</tr>
</table>
<input type="hidden" name="id" value="14" />
<input type="hidden" name="task" value="vote" />
</form>"""
    page.add("القائمة الرئيسية", "دخول الأعضاء", *LOGIN, "استطلاع الرأي", POLL_Q, *POLL)
    left = (_module("القائمة الرئيسية", mainmenu, "_menu") + _module("دخول الأعضاء", login)
            + _module("استطلاع الرأي", poll))

    # ---- right column: latest, popular, who is online, an ad
    latest = rotate(LATEST, 2 * n, 5)
    popular = rotate(POPULAR, 3 * n, 5)
    page.add("آخر الأخبار", *latest, "الأكثر قراءة", *popular)
    lat = "\n".join(f'\t<li class="latestnews">\n\t<a href="{_link(cid + 12 - k, 26 + k % 3)}" '
                    f'class="latestnews">\n\t{e(t)}</a>\n\t</li>' for k, t in enumerate(latest))
    pop = "\n".join(f'\t<li class="mostread">\n\t<a href="{_link(cid - 140 - 17 * k, 26 + k % 4)}"'
                    f' class="mostread">\n\t{e(t)}</a>\n\t</li>' for k, t in enumerate(popular))
    online = f"يوجد حاليا {ONLINE[n - 1]} زائر متصل"
    page.add("المتواجدون الآن", online)
    ad = (f'<a href="{HOST}/index.php?option=com_banners&amp;task=clk&amp;bid=7" target="_blank">'
          f'<img src="{HOST}/images/banners/sudani_180x150.gif" border="0" alt="إعلان" /></a>')
    right = (_module("آخر الأخبار", f'<ul class="latestnews">\n{lat}\n</ul>')
             + _module("الأكثر قراءة", f'<ul class="mostread">\n{pop}\n</ul>')
             + _module("المتواجدون الآن", online) + _module("", ad, "_ads"))
    right = right.replace('\t\t\t\t\t<tr>\n\t\t\t\t<th valign="top">\n\t\t\t\t\t\t\t\t\t</th>\n'
                          "\t\t\t</tr>\n", "")

    # ---- the item: HTML_content::show
    pdf = f"{HOST}/index2.php?option=com_content&amp;do_pdf=1&amp;id={cid}"
    prn = f"{HOST}/index2.php?option=com_content&amp;task=view&amp;id={cid}&amp;pop=1&amp;page=0&amp;Itemid={itemid}"
    mail = f"{HOST}/index2.php?option=com_content&amp;task=emailform&amp;id={cid}&amp;itemid={itemid}"
    status = ("status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,"
              "width=640,height=480,directories=no,location=no")
    stars, count = RATING[n]
    star_imgs = "".join(_icon("rating_star.png" if k < stars else "rating_star_blank.png", "")
                        for k in range(5)).replace(' align="middle" name="image"', "")
    checked = ' checked="checked"'
    radios = "\n".join(f'<input type="radio" alt="vote {k} star" name="user_rating" '
                       f'value="{k}"{checked if k == 5 else ""} />' for k in range(1, 6))
    page.add("تقييم القراء:", f"/ {count}", *VOTE)
    modified = ""
    if n in MODIFIED:
        mod = f"آخر تحديث ( {_strftime('%A, %d %B %Y', m + MODIFIED[n])} )"
        page.add(mod)
        modified = (f'\t\t\t<tr>\n\t\t\t\t<td colspan="2" align="left" class="modifydate">\n'
                    f"\t\t\t\t{mod}\n\t\t\t\t</td>\n\t\t\t</tr>\n\t\t\t")
    prev_id, next_id = NAV[n]
    nav = (f'<th class="pagenav_prev">\n\t\t\t\t\t<a href="{_link(prev_id, itemid)}">\n'
           f"\t\t\t\t\t&lt; السابق</a>\n\t\t\t\t\t</th>\n")
    page.add("< السابق", BACK)
    if next_id:
        nav += ('\t\t\t\t\t<td width="50">\n\t\t\t\t\t&nbsp;\n\t\t\t\t\t</td>\n'
                f'\t\t\t\t\t<th class="pagenav_next">\n\t\t\t\t\t<a href="{_link(next_id, itemid)}'
                '">\n\t\t\t\t\tالتالي &gt;</a>\n\t\t\t\t\t</th>\n')
        page.add("التالي >")
    related = "\n".join(f'\t<li>\n\t<a href="{_link(cid - 9 - 13 * k, itemid)}">\n\t\t{e(t)}'
                        "</a>\n\t</li>" for k, t in enumerate(article.related))
    page.add(RELATED, *article.related)
    item = f"""			<table class="contentpaneopen">
			<tr>
								<td class="contentheading" width="100%">
					{e(article.headline)}									</td>
									<td align="right" width="100%" class="buttonheading">
					<a href="javascript:void window.open('{pdf}', 'win2', '{status}');" title="PDF">
					{_icon("pdf_button.png", "PDF")}</a>
					</td>
										<td align="right" width="100%" class="buttonheading">
				<a href="javascript:void window.open('{prn}', 'win2', '{status}');" title="طباعة">
				{_icon("printButton.png", "طباعة")}</a>
				</td>
									<td align="right" width="100%" class="buttonheading">
					<a href="javascript:void window.open('{mail}', 'win2', 'status=no,toolbar=no,scrollbars=no,titlebar=no,menubar=no,resizable=yes,width=400,height=250,directories=no,location=no');" title="البريد الإلكتروني">
					{_icon("emailButton.png", "البريد الإلكتروني")}</a>
					</td>
								</tr>
			</table>
			<form method="post" action="{_link(cid, itemid)}">
<div class="content_rating">
تقييم القراء:{star_imgs}&nbsp;/&nbsp;{count}</div>
<div class="content_vote">
{VOTE[0]}
{radios}
{VOTE[1]}&nbsp;
<input class="button" type="submit" name="submit_vote" value="قيّم" />
<input type="hidden" name="task" value="vote" />
<input type="hidden" name="pop" value="0" />
<input type="hidden" name="option" value="com_content" />
<input type="hidden" name="Itemid" value="{itemid}" />
<input type="hidden" name="cid" value="{cid}" />
<input type="hidden" name="url" value="{_link(cid, itemid)}" />
</div>
</form>

		<table class="contentpaneopen">
						<tr>
				<td width="70%" align="left" valign="top" colspan="2">
				<span class="small">
				كتب بواسطة {e(writer)}				</span>
				&nbsp;&nbsp;
				</td>
			</tr>
							<tr>
				<td valign="top" colspan="2" class="createdate">
				{shown}				</td>
			</tr>
						<tr>
			<td valign="top" colspan="2">
			{_text(article, n)}
			</td>
		</tr>
		{modified}</table>

		<span class="article_seperator">&nbsp;</span>

					<table align="center" style="margin-top: 25px;">
			<tr>
				{nav}			</tr>
			</table>
						<div class="back_button">
			<a href='javascript:history.go(-1)'>
			{BACK}</a>
			</div>
			"""
    user2 = _module(RELATED, f"<ul>\n{related}\n</ul>")

    # ---- footer, head
    year = m.year
    bottom = " | ".join(f'<a href="{HOST}/index.php?option=com_content&amp;task=view&amp;id='
                        f'{90 + k}&amp;Itemid={40 + k}">{t}</a>'
                        for k, t in enumerate(TOPMENU[1:], 1))
    copyline = f"حقوق النشر © {year} {SITE}. {COPY}."
    page.add(*TOPMENU[1:], copyline, MAMBO)
    metadesc = {1: "موسم تسويق الصمغ العربي في الأبيض", 3: "ترميم المباني المرجانية في سواكن"}
    desc = DESC + (f", {metadesc[n]}" if n in metadesc else "")
    keys = KEYS + ("" if n == 2 else ", " + ", ".join(article.tags))
    page.html = f"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar" xml:lang="ar">
<head>
<title>{SITE} - {e(article.headline)}</title>
<meta name="title" content="{e(article.headline)}" />
<meta name="author" content="{e(writer)}" />
<meta name="description" content="{e(desc)}" />
<meta name="keywords" content="{e(keys)}" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2008 Mambo Foundation Inc.  All rights reserved." />
<meta name="robots" content="index, follow" />
<base href="{HOST}/" />
	<link rel="shortcut icon" href="{HOST}/images/favicon.ico" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="{TPL}/css/template_css.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/rtl.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{SITE}" href="{HOST}/index2.php?option=com_rss&amp;feed=RSS2.0&amp;no_html=1" />
<script type="text/javascript" src="{TPL}/js/menu.js"></script>
</head>
<body>
<a name="up" id="up"></a>
<table width="950" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr>
    <td colspan="3" class="header">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td width="300"><a href="{HOST}/"><img src="{TPL}/images/logo.gif" width="300" height="90" border="0" alt="{SITE}" /></a></td>
          <td align="left" valign="middle"><a href="{HOST}/index.php?option=com_banners&amp;task=clk&amp;bid=4" target="_blank"><img src="{HOST}/images/banners/zain_468x60.gif" border="0" alt="إعلان" /></a></td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="topbar">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td class="date" width="220">{visit}</td>
          <td class="topmenu"><table width="100%" border="0" cellpadding="0" cellspacing="1"><tr><td nowrap="nowrap">{top}</td></tr></table></td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="pathwaybar">{pathway}</td>
  </tr>
  <tr>
    <td width="185" valign="top" class="leftcol">
{left}    </td>
    <td valign="top" class="maincol">
{item}
{user2}    </td>
    <td width="185" valign="top" class="rightcol">
{right}    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer" align="center">
      <div class="bottommenu">{bottom}</div>
      <div align="center">{copyline}</div>
<div align="center">
	<a href="http://www.mambo-foundation.org" target="_blank">Mambo</a> is Free Software released under the GNU/GPL License.
</div>
    </td>
  </tr>
</table>
<script src="http://www.google-analytics.com/urchin.js" type="text/javascript">
</script>
<script type="text/javascript">
_uacct = "UA-2148830-1";
urchinTracker();
</script>
</body>
</html>
"""
    return page
