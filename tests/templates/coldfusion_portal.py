"""An old Lebanese news portal ("بوابة اليوم") built on Adobe ColdFusion in the late 2000s and
never redesigned: hand-made XHTML 1.0 Transitional from a Dreamweaver template
(`<!-- InstanceBegin template="/Templates/main.dwt.cfm" ... -->` markers, the `MM_preloadImages`
/ `MM_openBrWindow` helpers), served by ColdFusion with the blank, tab-indented lines its
`<cfset>`/`<cfquery>` tags leave before the doctype. Story URLs are `/news/details.cfm?id=N&cat=C`
and, because a crawler sends no cookies, `URLSessionFormat` appends `CFID=...&CFTOKEN=...` (an
8-digit token) to every internal link; the poll still runs under an older Fusebox
`index.cfm?fuseaction=poll.results&pollid=...`. The head: `<title>بوابة اليوم :: headline</title>`,
keywords/description metas, a few og metas and `link rel="image_src"` (no JSON-LD, no twitter),
`/css/style.css`, the RSS `rss.cfm` link, legacy `ga.js` Analytics, and the `cfform.js` /
`masks.js` includes plus the `_CF_checkcommentForm` validator ColdFusion writes for the comment
`<cfform>`. The body is nested tables with `spacer.gif` images, `<font face="Tahoma">` and
`bgcolor`s: a top bar with the server's *today* (the crawl day: "الأربعاء 18 أيلول 2024", never
the story's day), "اجعلها صفحتك الرئيسية" / "أضف إلى المفضلة", a Flash banner `<object>`, the
menu, a `<marquee>` "عاجل" ticker; then three columns: right "آخر الأخبار" (times) and
"الأكثر قراءة", centre the story, left the "استفتاء" poll, a currency box and the mailing list.
The story: breadcrumb "أنت هنا: الرئيسية » section", `td.newstitle` headline, `td.newsinfo`
"تاريخ النشر: 12/09/2024 - 14:30 | عدد القراءات: N" (dd/mm/yyyy, Beirut local time, +03:00 in
summer and +02:00 in winter; no machine date anywhere), the "طباعة" / "أرسل لصديق" / "حجم الخط"
tools, then `td.newsbody` wrapped in `<font face="Tahoma" size="2">`. Page 1 floats a photo table
with `td.imgcaption`, runs its first paragraphs with `<br /><br />`, prints the subheading as
`<b><font color="#990000">` and the rest as `<p>`; page 2 opens with the dateline
"بيروت - 3 شباط 2025" in bold on its own line (chrome), then `<p align="justify">` paragraphs with
a bold phrase and an inline details.cfm link; page 3 has the byline "بقلم: ..." in `td.writer`
(the only page naming a writer) and Word-pasted FCKeditor paragraphs (`p.MsoNormal`, `span
lang="AR-LB"`, `<o:p>`, `&nbsp;` spacer paragraphs); it went up at 00:35 local with the night's
print edition. Under the story: "كلمات مفتاحية:" links, an AddThis toolbox, "أخبار ذات صلة" with
dates, "تعليقات القراء (N)" (none on page 2), the comment form with a cfimage captcha, and the
footer links, "جميع الحقوق محفوظة © <crawl year> بوابة اليوم" and the agency credit. All of
that is chrome."""

from __future__ import annotations

from datetime import datetime, timedelta

from .base import COMMENT_POLICY, LEVANTINE, WEEKDAYS, Article, Page, e

NAME = "coldfusion_portal"
HELD_OUT = True
SET = "unseen17"
FAMILY = ("Adobe ColdFusion news portal (Lebanon, XHTML 1.0 tables): details.cfm?id=&cat= with "
          "CFID/CFTOKEN links, font Tahoma, spacer.gif, dd/mm/yyyy date row, poll, cfform comments")
HOST = "https://www.bawabat-alyawm.example"
SITE = "بوابة اليوم"
SLOGAN = "موقع إخباري لبناني مستقل"
CATS = {"لبنان": 1, "عربي ودولي": 2, "اقتصاد": 4, "رياضة": 5, "ثقافة وفنون": 6, "منوعات": 7}
NAV = ("الرئيسية", *CATS, "مقالات ورأي", "صور", "الأرشيف", "اتصل بنا")
TOP = ("اجعلها صفحتك الرئيسية", "أضف إلى المفضلة", "خريطة الموقع", "English")
TOKENS = ((1843207, 59384712), (2210954, 17720385), (1702188, 80461293))
CRAWLED = (datetime(2024, 9, 18), datetime(2025, 2, 3), datetime(2024, 6, 16))
READS = (2417, 896, 341)
LATEST = tuple(zip(("13:05", "12:48", "12:30", "11:57", "11:20", "10:42", "10:05", "09:31", "08:50"), (
    "وزير العمل يستقبل وفدا من نقابة المعلمين ويعد بحل ملف الرواتب",
    "توقيف عصابة لسرقة السيارات في الضاحية الجنوبية", "الجيش يفتتح دورة تدريبية على مكافحة حرائق الأحراج",
    "بلدية صيدا تبدأ أعمال تأهيل الكورنيش البحري", "ارتفاع سعر صفيحة البنزين 95 أوكتان ألف ليرة",
    "الأرصاد: طقس متقلب وأمطار متفرقة حتى نهاية الأسبوع", "إقفال طريق ضهر البيدر أمام الشاحنات بسبب الضباب",
    "وزير التربية يعلن مواعيد الامتحانات الرسمية", "مهرجان للكتاب المستعمل في ساحة الشهداء"), strict=True))
MOST_READ = ("بالصور: سيول تجرف سيارات في طرابلس والمنية", "كم أصبح سعر ربطة الخبز بعد القرار الجديد؟",
             "النجمة يتعادل مع الأنصار في قمة الدوري", "مطار بيروت يسجل رقما قياسيا في عدد المسافرين",
             "جامعة بيروت العربية تعلن شروط المنح الجديدة", "ماذا تغير في رسوم الميكانيك لهذا العام؟",
             "حريق يلتهم مستودعا للأخشاب في المنطقة الصناعية")
TICKER = (("عاجل: اجتماع لهيئة التنسيق النقابية عند الرابعة عصرا",
           "عاجل: زحمة سير خانقة على أوتوستراد جونية باتجاه بيروت"),
          ("عاجل: الصليب الأحمر: لا إصابات في حادث السير على طريق المطار",),
          ("عاجل: جلسة لمجلس الوزراء في السراي الحكومي عند الحادية عشرة",
           "عاجل: الدفاع المدني يخمد حريقا في أحراج القبيات"))
POLLS = (("هل تؤيد رفع الرسوم على السيارات المستوردة؟", 37),
         ("هل تتوقع تحسنا في التغذية الكهربائية هذا الشتاء؟", 42),
         ("هل تؤيد إجراء الانتخابات البلدية في موعدها؟", 35))
POLL_OPTIONS = ("نعم، أؤيد", "لا أؤيد", "لا رأي لي")
RATES = (("الدولار الأميركي", "89,500"), ("اليورو", "97,850"), ("الليرة السورية", "6.9"))
COMMENTS = {1: (("أبو جورج - القبيات", "14/09/2024 08:12", "الله يعين المزارع، صار الموسم خسارة بخسارة والدولة غايبة."),
                ("سمير", "14/09/2024 19:40", "وين وزارة الزراعة من هالموضوع؟ كل سنة نفس القصة."),
                ("نادين ع.", "16/09/2024 10:03", "التفاح اللبناني من أطيب الأنواع، لازم نشتري الإنتاج المحلي.")),
            3: (("فادي - الميناء", "14/06/2024 13:27", "معرض رائع، زرته مع أولادي وأنصح الجميع بزيارته."),)}
FOOTER = ("من نحن", "أعلن معنا", "شروط الاستخدام", "سياسة الخصوصية", "اتصل بنا")
CREDIT = "تصميم وبرمجة: الرؤية للحلول الرقمية"
REQUIRED = (("visitor_name", "TEXT", "الرجاء إدخال الاسم"),
            ("comment_text", "TEXTAREA", "الرجاء كتابة التعليق"))
_CF_CHECKS = "\n".join(f"""        //form element {f} required check
        if( !_CF_hasValue(_CF_this['{f}'], "{k}", false ) )
        {{
            _CF_onError(_CF_this, "{f}", _CF_this['{f}'].value, "{m}");
            _CF_error_exists = true;
        }}
""" for f, k, m in REQUIRED)
WS = "\n\t\n\t\t\n\n\t"  # what <cfset>/<cfquery> lines leave in the output


def _u(path: str, n: int) -> str:
    """URLSessionFormat: a cookieless client gets the session ids on every internal link."""
    cfid, token = TOKENS[n - 1]
    return f"{path}{'&amp;' if '?' in path else '?'}CFID={cfid}&amp;CFTOKEN={token}"


def _day(moment: datetime) -> str:
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _dateline(moment: datetime) -> str:
    return f"بيروت - {moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _box(title: str, inner: str) -> str:
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="box">
  <tr><td class="boxtitle" bgcolor="#990000" height="24"><img src="/images/box_arrow.gif" width="9" height="9" border="0" alt="" />&nbsp;<font face="Tahoma" size="2" color="#FFFFFF"><b>{title}</b></font></td></tr>
  <tr><td class="boxbody" bgcolor="#F4F4F4">{inner}</td></tr>
</table>
<img src="/images/spacer.gif" width="1" height="8" border="0" alt="" /><br />"""


def _story(article: Article, n: int) -> str:
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    if n == 1:  # two <br /> runs, the subheading in red bold, the rest as <p>
        head = "<br />\n<br />\n".join(paras[:2])
        sub = f'<b><font color="#990000">{paras[2]}</font></b>'
        rest = "\n".join(f"<p>{p}</p>" for p in paras[3:])
        return f"{head}<br />\n<br />\n{sub}<br />\n{rest}"
    if n == 2:  # dateline, then justified paragraphs with a bold phrase and an inline link
        bold, link = "ما بين ثماني ساعات وعشر ساعات يوميا", "برنامج التقنين المعتمد"
        paras[0] = paras[0].replace(bold, f"<strong>{bold}</strong>")
        href = _u("/news/details.cfm?id=51302&amp;cat=4", n)
        paras[1] = paras[1].replace(link, f'<a href="{href}" class="inlink">{link}</a>')
        return (f"<b>{_dateline(article.moment)}</b><br />\n"
                + "\n".join(f'<p align="justify">{p}</p>' for p in paras))
    style = "margin: 0cm 0cm 0pt; text-align: justify; direction: rtl; unicode-bidi: embed"
    span = 'lang="AR-LB" style="font-size: 14pt; font-family: &quot;Simplified Arabic&quot;"'
    word = [f'<p class="MsoNormal" dir="RTL" style="{style}"><span {span}>{p}<o:p></o:p></span></p>'
            for p in paras]
    gap = f'\n<p class="MsoNormal" dir="RTL" style="{style}"><span {span}>&nbsp;</span></p>\n'
    return gap.join(word)


def _comments(n: int) -> tuple[str, list[str]]:
    rows, lines = [], []
    for name, when, text in COMMENTS.get(n, ()):
        lines += [name, when, text]
        rows.append(f"""  <tr><td class="commentname" bgcolor="#EEEEEE"><font face="Tahoma" size="2"><b>{e(name)}</b></font> - <font face="Tahoma" size="1" color="#999999">{when}</font></td></tr>
  <tr><td class="commenttext"><font face="Tahoma" size="2">{e(text)}</font></td></tr>
  <tr><td><img src="/images/spacer.gif" width="1" height="6" border="0" alt="" /></td></tr>""")
    if not rows:
        lines.append("لا توجد تعليقات على هذا الخبر. كن أول من يعلق!")
        rows.append(f'  <tr><td class="commenttext"><font face="Tahoma" size="2">{lines[-1]}</font></td></tr>')
    return "\n".join(rows), lines


def render(article: Article, n: int) -> Page:
    moment, crawled, nid = article.moment, CRAWLED[n - 1], article.slug
    cat = CATS[article.section]
    url = f"{HOST}/news/details.cfm?id={nid}&cat={cat}"
    shown = f"{moment:%d/%m/%Y - %H:%M}"
    page = Page(url=url, html="", shown_date=shown)
    body = " ".join(article.body.split())
    chrome: list[str] = []
    today = _day(crawled)
    poll_q, poll_id = POLLS[n - 1]
    latest = [LATEST[(2 * n + k) % len(LATEST)] for k in range(6)]
    most = [MOST_READ[(n + k) % len(MOST_READ)] for k in range(5)]
    comments_html, comment_lines = _comments(n)
    count = len(COMMENTS.get(n, ()))
    chrome += [SITE, SLOGAN, today, *TOP, *NAV, *TICKER[n - 1], "آخر الأخبار", "الأكثر قراءة",
               *(t for pair in latest for t in pair), *most, "المزيد من الأخبار", "استفتاء",
               poll_q, *POLL_OPTIONS, "نتائج الاستفتاء", "استفتاءات سابقة", "أسعار العملات",
               "مقابل الليرة اللبنانية", *(t for pair in RATES for t in pair), "القائمة البريدية",
               "أدخل بريدك الإلكتروني ليصلك موجز الأخبار يوميا", "إعلان", "أنت هنا:",
               f"تاريخ النشر: {shown}", f"عدد القراءات: {READS[n - 1]}", "طباعة", "أرسل لصديق",
               "حجم الخط:", f"تعليقات ({count})", "كلمات مفتاحية:", *article.tags, "شارك:",
               "أخبار ذات صلة", f"تعليقات القراء ({count})", *comment_lines, "أضف تعليقك",
               "الاسم:", "البريد الإلكتروني:", "(لن يتم نشره)", "التعليق:", "رمز التحقق:",
               COMMENT_POLICY[0], *FOOTER, f"جميع الحقوق محفوظة © {crawled.year} {SITE}",
               CREDIT]
    chrome.append({1: article.caption, 2: _dateline(moment), 3: f"بقلم: {article.author}"}[n])
    related = []
    for k, title in enumerate(article.related):
        rid = int(nid) - 211 * (k + 1) - 17 * n
        when = f"({moment - timedelta(days=4 + 11 * k):%d/%m/%Y})"
        chrome += [title, when]
        related.append(f'<tr><td class="related"><img src="/images/bullet.gif" width="5" height="5" border="0" alt="" /> <a href="{_u(f"/news/details.cfm?id={rid}&amp;cat={cat}", n)}">{e(title)}</a> <font size="1" color="#999999">{when}</font></td></tr>')
    # a nav word, a tag or a short label the story itself uses is no evidence: leave it out
    page.add(*(line for line in dict.fromkeys(chrome) if line not in body))

    nav = "\n".join(
        f'      <td class="nav" nowrap="nowrap"><a href="{_u(href, n)}">{label}</a></td>'
        f'<td><img src="/images/nav_sep.gif" width="2" height="30" border="0" alt="" /></td>'
        for label, href in (("الرئيسية", "/index.cfm"),
                            *((c, f"/news/list.cfm?cat={i}") for c, i in CATS.items()),
                            ("مقالات ورأي", "/articles/list.cfm"), ("صور", "/gallery/index.cfm"),
                            ("الأرشيف", "/news/archive.cfm"), ("اتصل بنا", "/contact.cfm")))
    ticker = " &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(f"<b>{e(t)}</b>" for t in TICKER[n - 1])
    latest_rows = "\n".join(f'<tr><td valign="top" class="latest"><font face="Tahoma" size="1" color="#990000">{t}</font> <a href="{_u(f"/news/details.cfm?id={int(nid) + 40 + k}&amp;cat=1", n)}"><font face="Tahoma" size="2" color="#333333">{e(title)}</font></a></td></tr>' for k, (t, title) in enumerate(latest))
    most_rows = "\n".join(f'<tr><td class="mostread"><font face="Tahoma" size="2"><b>{k + 1}.</b> <a href="{_u(f"/news/details.cfm?id={int(nid) - 300 - 7 * k}&amp;cat=1", n)}">{e(t)}</a></font></td></tr>' for k, t in enumerate(most))
    options = "<br />\n".join(f'<input type="radio" name="answer" id="a{k}" value="{k + 1}" /> <label for="a{k}"><font face="Tahoma" size="2">{o}</font></label>' for k, o in enumerate(POLL_OPTIONS))
    rates = "\n".join(f'<tr><td><font face="Tahoma" size="2">{c}</font></td><td align="left"><font face="Tahoma" size="2"><b>{v}</b></font></td></tr>' for c, v in RATES)
    tags = " &nbsp;|&nbsp; ".join(
        f'<a href="{_u(f"/news/search.cfm?keyword={e(t)}", n)}">{e(t)}</a>' for t in article.tags)
    photo = writer = ""
    image = f"{HOST}/images/logo_fb.jpg"
    if n == 1:
        image = f"{HOST}/uploads/news/2024/9/{nid}_b.jpg"
        photo = f"""<table align="left" border="0" cellspacing="0" cellpadding="3" width="310" class="newsimg">
  <tr><td><img src="/uploads/news/2024/9/{nid}_b.jpg" width="300" height="225" border="0" alt="{e(article.headline)}" /></td></tr>
  <tr><td class="imgcaption" bgcolor="#EEEEEE"><font face="Tahoma" size="1" color="#555555">{e(article.caption)}</font></td></tr>
</table>
"""
    if n == 3:
        writer = f'<tr><td class="writer"><font face="Tahoma" size="2" color="#990000"><b>بقلم: {e(article.author)}</b></font></td></tr>'
    section = article.section
    desc = e(article.lead[:150].rsplit(" ", 1)[0]) + "..."
    head_tail = f'<meta name="author" content="{e(article.author)}" />\n' if n == 3 else ""
    cfid, token = TOKENS[n - 1]
    page.html = f"""{WS}
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar"><!-- InstanceBegin template="/Templates/main.dwt.cfm" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>{SITE} :: {e(article.headline)}</title>
<!-- InstanceEndEditable -->
<meta name="keywords" content="{e(", ".join(article.tags))}, {SITE}, لبنان, أخبار" />
<meta name="description" content="{desc}" />
{head_tail}<meta name="robots" content="index, follow" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url.replace("&", "&amp;")}" />
<meta property="og:image" content="{image}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="fb:app_id" content="148203591872064" />
<link rel="image_src" href="{image}" />
<link rel="shortcut icon" href="/favicon.ico" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<link href="/css/news.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{SITE} - آخر الأخبار" href="/rss/rss.cfm?cat=0" />
<script type="text/javascript" src="/js/swfobject.js"></script>
<script type="text/javascript">
<!--
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
function MM_openBrWindow(theURL,winName,features) {{ //v2.0
  window.open(theURL,winName,features);
}}
function changeFont(step) {{
  var el = document.getElementById('newsbody'); var s = parseInt(el.style.fontSize || 13);
  el.style.fontSize = (s + step) + 'px';
}}
//-->
</script>
<script type="text/javascript" src="/CFIDE/scripts/cfform.js"></script>
<script type="text/javascript" src="/CFIDE/scripts/masks.js"></script>
<script type="text/javascript">
<!--
    _CF_checkcommentForm = function(_CF_this)
    {{
        //reset on submit
        _CF_error_exists = false;
        _CF_error_messages = new Array();
        _CF_error_fields = new Object();
        _CF_FirstErrorField = null;

{_CF_CHECKS}
        //display error messages and return success
        if( _CF_error_exists )
        {{
            if( _CF_error_messages.length > 0 )
            {{
                // show alert() message
                _CF_onErrorAlert(_CF_error_messages);
                // set focus to first form error, if the field supports js focus().
                if( _CF_this[_CF_FirstErrorField].type == "text" )
                {{ _CF_this[_CF_FirstErrorField].focus(); }}

            }}
            return false;
        }}else {{
            return true;
        }}
    }}
//-->
</script>
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>
{WS}
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E5E5E5" onload="MM_preloadImages('/images/nav_bg_on.gif','/images/box_arrow_on.gif')">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td bgcolor="#333333" height="22"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td class="datebar"><font face="Tahoma" size="1" color="#FFFFFF">&nbsp;{today}</font></td>
      <td align="left" class="toplinks"><font face="Tahoma" size="1"><a href="#" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('{HOST}/');return false;">{TOP[0]}</a> | <a href="javascript:window.external.AddFavorite('{HOST}/','{SITE}')">{TOP[1]}</a> | <a href="{_u("/sitemap.cfm", n)}">{TOP[2]}</a> | <a href="{_u("/en/index.cfm", n)}">{TOP[3]}</a></font>&nbsp;</td>
    </tr></table></td>
  </tr>
  <tr>
    <td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
      <td width="300" valign="middle"><a href="{_u("/index.cfm", n)}"><img src="/images/logo.gif" width="280" height="90" border="0" alt="{SITE}" /></a><br /><font face="Tahoma" size="1" color="#777777">{SLOGAN}</font></td>
      <td align="left"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" codebase="http://download.macromedia.com/pub/shockwave/cabs/flash/swflash.cab#version=9,0,28,0" width="468" height="60">
        <param name="movie" value="/banners/bank_468x60.swf" /><param name="quality" value="high" /><param name="wmode" value="transparent" />
        <embed src="/banners/bank_468x60.swf" quality="high" wmode="transparent" pluginspage="http://www.adobe.com/shockwave/download/download.cgi?P1_Prod_Version=ShockwaveFlash" type="application/x-shockwave-flash" width="468" height="60"></embed>
      </object></td>
    </tr></table></td>
  </tr>
  <tr>
    <td background="/images/nav_bg.gif" height="30"><table border="0" cellspacing="0" cellpadding="0"><tr>
{nav}
    </tr></table></td>
  </tr>
  <tr>
    <td bgcolor="#FFF2CC" height="24"><font face="Tahoma" size="2" color="#CC0000"><marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></font></td>
  </tr>
  <tr><td><img src="/images/spacer.gif" width="1" height="8" border="0" alt="" /></td></tr>
  <tr>
    <td><table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="200" valign="top">
{_box("آخر الأخبار", f'<table width="100%" border="0" cellspacing="2" cellpadding="2">{latest_rows}</table><div align="left"><a href="{_u("/news/latest.cfm", n)}"><font face="Tahoma" size="1">المزيد من الأخبار</font></a></div>')}
{_box("الأكثر قراءة", f'<table width="100%" border="0" cellspacing="2" cellpadding="2">{most_rows}</table>')}
        </td>
        <td width="10"><img src="/images/spacer.gif" width="10" height="1" border="0" alt="" /></td>
        <td valign="top">{WS}
<!-- InstanceBeginEditable name="content" -->
<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td class="breadcrumb"><font face="Tahoma" size="1">أنت هنا: <a href="{_u("/index.cfm", n)}">الرئيسية</a> &raquo; <a href="{_u(f"/news/list.cfm?cat={cat}", n)}">{section}</a></font></td></tr>
  <tr><td class="newstitle"><font face="Tahoma" size="4" color="#990000"><b>{e(article.headline)}</b></font></td></tr>
  {writer}
  <tr><td class="newsinfo" bgcolor="#F4F4F4"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td><font face="Tahoma" size="1" color="#666666"><b>تاريخ النشر:</b> {shown} &nbsp;|&nbsp; عدد القراءات: {READS[n - 1]}</font></td>
    <td align="left" nowrap="nowrap"><font face="Tahoma" size="1"><img src="/images/icon_print.gif" width="16" height="16" border="0" align="absmiddle" alt="" /> <a href="javascript:MM_openBrWindow('/news/print.cfm?id={nid}&amp;CFID={cfid}&amp;CFTOKEN={token}','print','scrollbars=yes,width=680,height=600')">طباعة</a> &nbsp;<img src="/images/icon_mail.gif" width="16" height="16" border="0" align="absmiddle" alt="" /> <a href="javascript:MM_openBrWindow('/news/sendtofriend.cfm?id={nid}&amp;CFID={cfid}&amp;CFTOKEN={token}','send','width=420,height=380')">أرسل لصديق</a> &nbsp;حجم الخط: <a href="javascript:changeFont(1)">+</a> <a href="javascript:changeFont(-1)">-</a> &nbsp;<a href="#comments">تعليقات ({count})</a></font></td>
  </tr></table></td></tr>
  <tr>
    <td class="newsbody" id="newsbody" valign="top"><font face="Tahoma" size="2">
{photo}{_story(article, n)}
</font></td>
  </tr>
  <tr><td><img src="/images/spacer.gif" width="1" height="10" border="0" alt="" /></td></tr>
  <tr><td class="keywords"><font face="Tahoma" size="1"><b>كلمات مفتاحية:</b> {tags}</font></td></tr>
  <tr><td><table border="0" cellspacing="0" cellpadding="0"><tr><td><font face="Tahoma" size="1"><b>شارك:</b></font>&nbsp;</td><td>
<!-- AddThis Button BEGIN -->
<div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a>
<a class="addthis_button_email"></a><a class="addthis_button_compact"></a></div>
<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=ra-4d8b2f3a1c07e6b9"></script>
<!-- AddThis Button END -->
  </td></tr></table></td></tr>
</table>
<img src="/images/spacer.gif" width="1" height="10" border="0" alt="" /><br />
{_box("أخبار ذات صلة", '<table width="100%" border="0" cellspacing="2" cellpadding="2">' + "".join(related) + "</table>")}
<a name="comments"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="comments">
  <tr><td class="commentshead" bgcolor="#DDDDDD"><font face="Tahoma" size="2"><b>تعليقات القراء ({count})</b></font></td></tr>
{comments_html}
</table>
<form name="commentForm" id="commentForm" action="{_u(f"/news/addcomment.cfm?id={nid}", n)}" method="post" onsubmit="return _CF_checkcommentForm(this)">
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="commentform">
  <tr><td colspan="2" bgcolor="#DDDDDD"><font face="Tahoma" size="2"><b>أضف تعليقك</b></font></td></tr>
  <tr><td width="110"><font face="Tahoma" size="2">الاسم:</font></td><td><input name="visitor_name" id="visitor_name" type="text" size="30" maxlength="50" /></td></tr>
  <tr><td><font face="Tahoma" size="2">البريد الإلكتروني:</font></td><td><input name="visitor_email" id="visitor_email" type="text" size="30" maxlength="80" /> <font face="Tahoma" size="1" color="#999999">(لن يتم نشره)</font></td></tr>
  <tr><td valign="top"><font face="Tahoma" size="2">التعليق:</font></td><td><textarea name="comment_text" id="comment_text" cols="45" rows="5"></textarea></td></tr>
  <tr><td><font face="Tahoma" size="2">رمز التحقق:</font></td><td><img src="/CFFileServlet/_cf_captcha/_captcha_img{7923178839541427906 - 1000003 * n}.png" alt="" height="40" width="150" /> <input name="captcha" type="text" size="8" /><input name="captcha_hash" type="hidden" value="{cfid:X}{token:X}" /></td></tr>
  <tr><td colspan="2"><font face="Tahoma" size="1" color="#999999">{COMMENT_POLICY[0]}</font></td></tr>
  <tr><td></td><td><input type="submit" name="send" value="أرسل التعليق" class="btn" /></td></tr>
</table>
</form>
<!-- InstanceEndEditable -->{WS}
        </td>
        <td width="10"><img src="/images/spacer.gif" width="10" height="1" border="0" alt="" /></td>
        <td width="180" valign="top">
{_box("استفتاء", f'<form name="pollForm" action="{_u("/poll/vote.cfm", n)}" method="post"><input type="hidden" name="pollid" value="{poll_id}" /><font face="Tahoma" size="2"><b>{poll_q}</b></font><br />{options}<br /><input type="submit" value="صوّت" class="btn" /></form><a href="{_u(f"/index.cfm?fuseaction=poll.results&amp;pollid={poll_id}", n)}"><font face="Tahoma" size="1">نتائج الاستفتاء</font></a> | <a href="{_u("/index.cfm?fuseaction=poll.archive", n)}"><font face="Tahoma" size="1">استفتاءات سابقة</font></a>')}
{_box("أسعار العملات", f'<font face="Tahoma" size="1" color="#666666">مقابل الليرة اللبنانية</font><table width="100%" border="0" cellspacing="1" cellpadding="2">{rates}</table>')}
{_box("القائمة البريدية", f'<form action="{_u("/newsletter/subscribe.cfm", n)}" method="post"><font face="Tahoma" size="1">أدخل بريدك الإلكتروني ليصلك موجز الأخبار يوميا</font><br /><input type="text" name="email" size="18" /> <input type="submit" value="اشترك" class="btn" /></form>')}
<font face="Tahoma" size="1" color="#999999">إعلان</font><br />
<a href="/banners/click.cfm?bid=112" target="_blank"><img src="/banners/ad_180x150.gif" width="180" height="150" border="0" alt="" /></a>
        </td>
      </tr>
    </table></td>
  </tr>
  <tr><td><img src="/images/spacer.gif" width="1" height="10" border="0" alt="" /></td></tr>
  <tr>
    <td bgcolor="#333333" align="center" class="footer"><font face="Tahoma" size="1" color="#CCCCCC">
      {" | ".join(f'<a href="{_u(f"/page.cfm?p={k + 1}", n)}"><font color="#FFFFFF">{t}</font></a>' for k, t in enumerate(FOOTER))}<br />
      جميع الحقوق محفوظة &copy; {crawled.year} {SITE}<br />
      {CREDIT}
    </font></td>
  </tr>
</table>
<img src="/stats/counter.cfm?page=details&amp;id={nid}" width="1" height="1" border="0" alt="" />
<script type="text/javascript">
var gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");
document.write(unescape("%3Cscript src='" + gaJsHost + "google-analytics.com/ga.js' type='text/javascript'%3E%3C/script%3E"));
</script>
<script type="text/javascript">
try {{ var pageTracker = _gat._getTracker("UA-3821907-1"); pageTracker._trackPageview(); }} catch(err) {{}}</script>
</body>
<!-- InstanceEnd --></html>
"""
    return page
