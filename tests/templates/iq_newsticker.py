"""An Iraqi news site on an in-house PHP CMS (`news.php?id=`): a top bar with today's date in
Iraqi months, the menu, a scrolling "عاجل" ticker above the story (a `<marquee>` of a dozen
short breaking lines separated by "◆") and a second one, the "شريط الأخبار", below it (divs
in a `news-ticker` box), the story: section, headline, "بغداد/ <name>" ("نينوى/ <name>" from Mosul) (or "متابعة" for
agency copy), "الأحد 13 تشرين الأول 2024 - 10:20 ص" (no machine-readable date at all), a
views counter ("المشاهدات: 1,254"), a photo with caption, the text in `<div id="news-text">`
as `<br>`-separated paragraphs, font-size and print tools, the tags ("الكلمات الدالة"), a
"أخبار ذات صلة" list, a Facebook comments box, and the sidebar's latest news with relative
times ("قبل 3 ساعات") and most viewed."""

from __future__ import annotations

from datetime import timedelta

from .base import LEVANTINE, Article, Page, e, rotate, weekday

NAME = "iq_newsticker"
HELD_OUT = True
SET = "unseen4"
FAMILY = "Iraqi PHP news site: عاجل marquee tickers, Iraqi months, news-text <br> paragraphs"
HOST = "https://www.baghdad-alaan.example"
SITE = "بغداد الآن"
MENU = ("الرئيسية", "سياسة", "محليات", "اقتصاد", "أمن", "رياضة", "ثقافة", "تقارير", "منوعات",
        "فيديو")
BREAKING = (
    "رئيس الوزراء يترأس اجتماعاً للمجلس الوزاري للاقتصاد",
    "البرلمان يصوت على قانون الموازنة التكميلية الأسبوع المقبل",
    "وزارة الكهرباء: عودة خطوط نقل الطاقة في المنطقة الجنوبية",
    "الأنواء الجوية تتوقع أمطاراً رعدية في المناطق الشمالية",
    "وزارة التربية تعلن جدول الامتحانات الوزارية للصف السادس الإعدادي",
    "القوات الأمنية تعلن القبض على عصابة للسرقة في بغداد",
    "المنتخب الوطني يصل إلى البصرة استعداداً لمباراته المقبلة",
    "البنك المركزي يعلن مبيعاته من الدولار في مزاد اليوم",
    "مجلس محافظة نينوى يصوت على خطة الإعمار للعام المقبل",
    "الصحة تطلق حملة تلقيح ضد شلل الأطفال في المدارس",
    "هيئة المنافذ الحدودية تعلن ضبط شحنة أدوية مهربة",
    "وزير النفط يلتقي وفداً من شركة عالمية لتطوير حقل مجنون",
)
TICKER_BELOW = (
    "ارتفاع أسعار صرف الدولار في بورصتي الكفاح والحارثية",
    "الزراعة تعلن خطة الموسم الشتوي وتحدد المساحات المزروعة بالحنطة",
    "أمانة بغداد تطلق حملة لتأهيل شبكات تصريف مياه الأمطار",
    "النزاهة تعلن ضبط متلبسين بتلقي رشوة في دائرة حكومية",
    "وزارة النقل: تشغيل رحلات قطار جديدة بين بغداد والبصرة",
    "العتبة الحسينية تعلن خطة خدمية لاستقبال الزائرين",
    "الداخلية تعلن إطلاق المرحلة الثانية من البطاقة الوطنية الموحدة",
    "مجلس الخدمة الاتحادي يعلن نتائج التعيينات المركزية",
)
MOST_VIEWED = (
    "موعد صرف رواتب المتقاعدين لشهر تشرين الثاني",
    "الأنواء الجوية: انخفاض درجات الحرارة خلال الأيام المقبلة",
    "التربية تحسم موعد العطلة الربيعية",
    "أسعار الذهب في الأسواق العراقية اليوم",
    "تعرف على جدول مباريات دوري نجوم العراق",
    "الرافدين يطلق سلفة جديدة للموظفين",
)
AGO = ("قبل 35 دقيقة", "قبل ساعة", "قبل 3 ساعات", "قبل 5 ساعات", "قبل 8 ساعات", "قبل يوم")
COMMENTS = "التعليقات عبر فيسبوك"
FOOTER = f"جميع الحقوق محفوظة لموقع {SITE} © 2024"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "سياسة النشر", "أعلن معنا")
CITY = {"mosul-old-city-churches": "نينوى"}


def iraqi_date(moment) -> str:
    return f"{weekday(moment)} {moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def clock(moment) -> str:
    return f"{moment.hour % 12 or 12:02d}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 318400 + 1733 * n
    shown = f"{iraqi_date(moment)} - {clock(moment)}"
    page = Page(url=f"{HOST}/news.php?id={news_id}", html="", shown_date=shown)
    today = iraqi_date(moment + timedelta(hours=4))
    byline = f"{CITY.get(article.slug, 'بغداد')}/ {article.author}" if article.author else "متابعة"
    views = f"المشاهدات: {1254 + 3917 * (n - 1):,}"
    above = rotate(BREAKING, 4 * n, 9)
    below = rotate(TICKER_BELOW, 3 * n, 6)
    latest = rotate(BREAKING, 4 * n + 9, 6)
    most = rotate(MOST_VIEWED, n, 5)
    tools = ("تكبير الخط", "تصغير الخط", "طباعة", "إرسال لصديق")
    page.add(today, " ".join(MENU), "عاجل", *above, "شريط الأخبار", *below,
             article.section, byline, shown, views, article.caption, *tools, "الكلمات الدالة:",
             "أخبار ذات صلة", *article.related, COMMENTS, "آخر الأخبار", *latest, *AGO,
             "الأكثر مشاهدة", *most, " | ".join(FOOTER_LINKS), FOOTER)
    text = "\n<br>\n<br>\n".join(e(p) for p in (article.lead, *article.paragraphs))
    menu = " ".join(f'<a href="{"index.php" if k == 0 else f"section.php?id={k}"}"{" class=active" if label == article.section else ""}>{label}</a>'
                    for k, label in enumerate(MENU))
    marquee = " ◆ ".join(f'<a href="news.php?id={news_id + 11 + k}">{e(t)}</a>' for k, t in enumerate(above))
    ticker = "\n".join(f'<div class="ticker-item"><span class="dot">●</span> <a href="news.php?id={news_id - 40 - k}">{e(t)}</a></div>'
                       for k, t in enumerate(below))
    tags = " ، ".join(f'<a href="tag.php?t={e(t)}">{e(t)}</a>' for t in article.tags)
    related = "\n".join(f'<li><a href="news.php?id={news_id - 900 - 37 * k}">{e(t)}</a></li>'
                        for k, t in enumerate(article.related))
    latest_html = "\n".join(
        f'<li><a href="news.php?id={news_id + 3 + k}">{e(t)}</a><span class="ago">{ago}</span></li>'
        for k, (t, ago) in enumerate(zip(latest, AGO, strict=True)))
    most_html = "\n".join(f'<li><span class="num">{k + 1}</span><a href="news.php?id={news_id - 5000 + 71 * k}">{e(t)}</a></li>'
                          for k, t in enumerate(most))
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{SITE} | {e(article.headline)}</title>
<meta name="description" content="{e(article.lead[:150])}" />
<meta name="keywords" content="{e(",".join(article.tags))}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:image" content="{HOST}/uploads/news/{news_id}.jpg" />
<meta property="og:url" content="{page.url}" />
<link href="css/style.css?v=2.7" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="fb-root"></div>
<div class="wrapper">
<div class="topbar"><span class="today">{today}</span> <span class="social"><a href="https://facebook.com/baghdadalaan">f</a> <a href="https://t.me/baghdadalaan">t</a></span></div>
<div class="header"><a href="index.php"><img src="images/logo.png" alt="{SITE}" /></a>
<form action="search.php" method="get" class="search"><input type="text" name="q" value="بحث" onfocus="this.value=''" /></form></div>
<div class="menu">{menu}</div>
<div class="breaking-bar"><span class="breaking-title">عاجل</span>
<marquee direction="right" scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee>
</div>
<div class="content">
<div class="right-col">
<div class="news-page">
<div class="news-section"><a href="section.php?id={n + 1}">{e(article.section)}</a></div>
<h1 class="news-title">{e(article.headline)}</h1>
<div class="news-info">
<span class="author">{e(byline)}</span>
<span class="date"><img src="images/clock.png" alt="" /> {shown}</span>
<span class="views"><img src="images/eye.png" alt="" /> {views}</span>
</div>
<div class="news-img"><img src="{HOST}/uploads/news/{news_id}.jpg" width="640" alt="{e(article.caption)}" /><div class="img-caption">{e(article.caption)}</div></div>
<div class="news-tools"><a href="javascript:fontSize(1)">{tools[0]}</a> | <a href="javascript:fontSize(-1)">{tools[1]}</a> | <a href="print.php?id={news_id}" target="_blank">{tools[2]}</a> | <a href="send.php?id={news_id}">{tools[3]}</a></div>
<div id="news-text" style="font-size:16px">
{text}
</div>
<div class="news-tags"><b>الكلمات الدالة:</b> {tags}</div>
<div class="news-ticker"><div class="ticker-head">شريط الأخبار</div>
<div class="ticker-body" id="ticker2">
{ticker}
</div></div>
<div class="related"><h3>أخبار ذات صلة</h3><ul>
{related}
</ul></div>
<div class="comments"><h3>{COMMENTS}</h3><div class="fb-comments" data-href="{page.url}" data-width="100%" data-numposts="5"></div></div>
</div>
</div>
<div class="left-col">
<div class="box latest"><h3>آخر الأخبار</h3><ul>
{latest_html}
</ul></div>
<div class="box most"><h3>الأكثر مشاهدة</h3><ul>
{most_html}
</ul></div>
</div>
</div>
<div class="footer"><div class="links">{" | ".join(f'<a href="page.php?id={k}">{label}</a>' for k, label in enumerate(FOOTER_LINKS))}</div>
<div class="copy">{FOOTER}</div></div>
</div>
<script type="text/javascript">function fontSize(d){{var t=document.getElementById('news-text');t.style.fontSize=(parseInt(t.style.fontSize)+d*2)+'px';}}
$(function(){{setInterval(function(){{$('#ticker2 .ticker-item:first').slideUp(function(){{$(this).appendTo('#ticker2').slideDown();}});}},4000);}});</script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ar_AR/sdk.js#xfbml=1&amp;version=v18.0"></script>
</body>
</html>
"""
    return page
