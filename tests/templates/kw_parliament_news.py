"""The Kuwaiti National Assembly's news pages (a custom PHP site on Bootstrap 3): a top bar
with today's date in both calendars (the day the page was fetched, not the story's), the
"English" switch, the menu, then the right-hand column first in the DOM (the next session's
date and agenda, the live-stream box, "الأكثر قراءة"), the breadcrumb, the headline as an
`h2.news-title`, the info line "تاريخ النشر : 2024/05/14" (year first) with the time and
"عدد القراءات", a session box on session news ("الفصل التشريعي ... - الجلسة رقم ..."), the
photo and its caption, `div.news-text` paragraphs with `&nbsp;` spacers, a bold run inside a
paragraph and the adopted recommendations as "1- ..." lines in plain `<p>`s (text), the
"المصدر: المركز الإعلامي ..." line, print / send / font tools, the photo album, the keywords
and "أخبار ذات صلة" with their own dates; no machine-readable date; `<title>` "مجلس الأمة ::
<headline>"; releases of the media centre, no writer."""

from __future__ import annotations

from .base import Article, Page, e

NAME = "kw_parliament_news"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Kuwaiti parliament news on custom PHP + Bootstrap 3: sidebar first, today's date bar, yyyy/mm/dd date, session box, source line"
HOST = "https://www.kna-majlis.example"
SITE = "مجلس الأمة"
TOP = ("الموقع الرسمي لمجلس الأمة - دولة الكويت", "الخميس 5 ديسمبر 2024 - 3 جمادى الآخرة 1446 هـ",
       "English")
MENU = ("الرئيسية", "عن المجلس", "الأعضاء", "الجلسات", "اللجان", "التشريعات", "المركز الإعلامي",
        "اتصل بنا")
NEXT_SESSION = ("الجلسة القادمة", "الثلاثاء 10 ديسمبر 2024 - 10:00 ص",
                "التصديق على المضابط", "الرسائل الواردة", "الأسئلة البرلمانية", "تقارير اللجان")
LIVE = ("البث المباشر", "شاهد البث المباشر لجلسات المجلس")
MOST_READ = ("الأكثر قراءة", "المجلس يقر الميزانية العامة للدولة للسنة المالية الجديدة",
             "رئيس المجلس يتسلم تقرير لجنة الأولويات", "لجنة العرائض تبت في 45 شكوى مقدمة من مواطنين",
             "المجلس يحتفل باليوم العالمي للبرلمانات")
SESSIONS = {"traffic-law-first-reading": "الفصل التشريعي الثامن عشر - دور الانعقاد العادي الأول - الجلسة رقم 9",
            "summer-power-questions": "الفصل التشريعي الثامن عشر - دور الانعقاد العادي الأول - الجلسة الخاصة رقم 3"}
READS = ("1532", "874", "2309")
SOURCE = "المصدر: المركز الإعلامي - الأمانة العامة لمجلس الأمة"
TOOLS = ("طباعة", "إرسال لصديق", "تكبير الخط", "تصغير الخط")
ALBUM = ("ألبوم الصور", "صورة 1 من 6")
FOOTER = ("جميع الحقوق محفوظة لمجلس الأمة - دولة الكويت © 2024", "عدد الزوار: 12,458,903",
          "خريطة الموقع", "سياسة الخصوصية")
BOLD = {"housing-loans-committee": "من 70 ألفا إلى 100 ألف دينار"}


def render(article: Article, n: int) -> Page:
    moment = article.moment
    nid = 21_400 + 57 * n
    url = f"{HOST}/news.php?id={nid}&lang=ar"
    shown = f"تاريخ النشر : {moment:%Y/%m/%d}"
    hour = moment.hour % 12 or 12
    clock = f"{hour:02d}:{moment.minute:02d} {'ص' if moment.hour < 12 else 'م'}"
    session = SESSIONS.get(article.slug, "")
    related_dates = [f"{moment:%Y/%m}/{max(moment.day - d, 1):02d}" for d in (2, 6, 11)]
    page = Page(url=url, html="", shown_date=shown)
    page.add(*TOP, *MENU, *NEXT_SESSION, *LIVE, *MOST_READ, "الرئيسية", "المركز الإعلامي",
             article.section, shown, clock, f"عدد القراءات : {READS[n - 1]}", session,
             article.caption, SOURCE, *TOOLS, *ALBUM, "الكلمات الدلالية :", "أخبار ذات صلة",
             *article.related, *related_dates, *FOOTER)
    paras = []
    for text in (article.lead, *article.paragraphs):
        bold = BOLD.get(article.slug)
        body = e(text)
        if bold and bold in text:
            body = body.replace(e(bold), f"<strong>{e(bold)}</strong>", 1)
        paras.append(f"<p>{body}</p>")
    text_html = "\n<p>&nbsp;</p>\n".join(paras)
    menu = "".join(f'<li><a href="{HOST}/page.php?m={k}">{m}</a></li>' for k, m in enumerate(MENU))
    agenda = "".join(f"<li>{a}</li>" for a in NEXT_SESSION[2:])
    most = "".join(f'<li><a href="{HOST}/news.php?id={20_900 + k}">{m}</a></li>' for k, m in enumerate(MOST_READ[1:]))
    keywords = " ".join(f'<a href="{HOST}/search.php?tag={e(t)}" class="label label-default">{e(t)}</a>' for t in article.tags)
    related = "".join(f'<li><a href="{HOST}/news.php?id={nid - 3 - k}">{e(r)}</a> <span class="date">{related_dates[k]}</span></li>'
                      for k, r in enumerate(article.related))
    thumbs = "".join(f'<a href="{HOST}/uploads/news/{nid}/{k}.jpg" class="thumb"><img src="{HOST}/uploads/news/{nid}/t{k}.jpg" alt=""></a>' for k in range(6))
    session_box = f'<div class="session-box alert alert-info">{session}</div>' if session else ""
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SITE} :: {e(article.headline)}</title>
<meta name="description" content="{e(article.lead[:200])}">
<meta name="keywords" content="{e(",".join(article.tags))}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:image" content="{HOST}/uploads/news/{nid}/main.jpg">
<link href="{HOST}/assets/css/bootstrap.min.css" rel="stylesheet">
<link href="{HOST}/assets/css/bootstrap-rtl.min.css" rel="stylesheet">
<link href="{HOST}/assets/css/font-awesome.min.css" rel="stylesheet">
<link href="{HOST}/assets/css/style.css?v=3.2" rel="stylesheet">
</head>
<body>
<div class="top-bar"><div class="container"><span class="site-name">{TOP[0]}</span> <span class="today"><i class="fa fa-calendar"></i> {TOP[1]}</span> <a class="lang" href="{HOST}/news.php?id={nid}&amp;lang=en">{TOP[2]}</a></div></div>
<nav class="navbar navbar-default"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="{HOST}/"><img src="{HOST}/assets/img/logo.png" alt="{SITE}"></a></div>
<ul class="nav navbar-nav">{menu}</ul></div></nav>
<div class="container main"><div class="row">
<aside class="col-md-3 sidebar">
<div class="box next-session"><h3 class="box-title">{NEXT_SESSION[0]}</h3><p class="session-date">{NEXT_SESSION[1]}</p><ul class="agenda">{agenda}</ul></div>
<div class="box live"><h3 class="box-title">{LIVE[0]}</h3><a href="{HOST}/live.php" class="btn btn-danger btn-block"><i class="fa fa-play-circle"></i> {LIVE[1]}</a></div>
<div class="box most-read"><h3 class="box-title">{MOST_READ[0]}</h3><ul>{most}</ul></div>
</aside>
<div class="col-md-9 content">
<ol class="breadcrumb"><li><a href="{HOST}/">الرئيسية</a></li><li><a href="{HOST}/media.php">المركز الإعلامي</a></li><li class="active">{e(article.section)}</li></ol>
<div class="news-details">
<h2 class="news-title">{e(article.headline)}</h2>
<div class="news-info"><span><i class="fa fa-calendar"></i> {shown}</span> &nbsp; <span><i class="fa fa-clock-o"></i> {clock}</span> &nbsp; <span><i class="fa fa-eye"></i> عدد القراءات : {READS[n - 1]}</span></div>
{session_box}
<div class="news-img"><img src="{HOST}/uploads/news/{nid}/main.jpg" class="img-responsive" alt=""><div class="img-caption">{e(article.caption)}</div></div>
<div class="news-text" style="text-align: justify;">
{text_html}
</div>
<p class="news-source">{SOURCE}</p>
<div class="news-tools"><a href="javascript:window.print()"><i class="fa fa-print"></i> {TOOLS[0]}</a> <a href="{HOST}/send.php?id={nid}"><i class="fa fa-envelope"></i> {TOOLS[1]}</a> <a href="#" class="font-plus">{TOOLS[2]}</a> <a href="#" class="font-minus">{TOOLS[3]}</a></div>
<div class="gallery"><h4>{ALBUM[0]}</h4><div class="thumbs">{thumbs}</div><span class="counter">{ALBUM[1]}</span></div>
<div class="keywords">الكلمات الدلالية : {keywords}</div>
<div class="related-news"><h4>أخبار ذات صلة</h4><ul>{related}</ul></div>
</div>
</div>
</div></div>
<footer class="footer"><div class="container"><p>{FOOTER[0]}</p><p class="visitors">{FOOTER[1]}</p><ul class="list-inline"><li><a href="{HOST}/sitemap.php">{FOOTER[2]}</a></li><li><a href="{HOST}/privacy.php">{FOOTER[3]}</a></li></ul></div></footer>
<script src="{HOST}/assets/js/jquery-1.12.4.min.js"></script>
<script src="{HOST}/assets/js/bootstrap.min.js"></script>
</body>
</html>
"""
    return page
