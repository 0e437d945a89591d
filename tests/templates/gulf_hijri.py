"""A Saudi daily on Drupal 9: every date in both calendars ("الأحد 12 رجب 1446هـ الموافق
12 يناير 2025م"), the print issue number, a header with today's Hijri and Gregorian date,
prayer times, the weather and a TASI ticker, the most-read block before the article in the
DOM (the right-hand column of an RTL page), a "اقرأ أيضاً" card inside the body field, a
"المدينة - <name>" byline (واس for the agency), the metatag module's published time in
Drupal's `+0300` form. The truth's published day is the Gregorian one."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, Article, Page, e, rotate, weekday

NAME = "gulf_hijri"
HELD_OUT = True
SET = "fresh"
FAMILY = "Saudi daily on Drupal 9: Hijri and Gregorian dates, issue number, prayer times"
HOST = "https://www.alwaha-daily.example"
SITE = "الواحة"
HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
                "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة")
# (day, month, year) Umm al-Qura, of the publication day and of the day after (checked
# against the Umm al-Qura tables).
HIJRI = {"2598114": ((12, 7, 1446), (13, 7, 1446)),
         "2571903": ((17, 4, 1446), (18, 4, 1446)),
         "2610472": ((16, 9, 1446), (17, 9, 1446))}
CITY = {"2598114": "الرياض", "2571903": "جدة", "2610472": "مكة المكرمة"}
ISSUE = {"2598114": 20681, "2571903": 20597, "2610472": 20744}
PRAYERS = {"2598114": ("5:19", "12:06", "3:09", "5:33", "6:53"),
           "2571903": ("4:41", "11:41", "3:03", "5:26", "6:56"),
           "2610472": ("5:05", "12:25", "3:50", "6:31", "8:01")}
MOST_READ = (
    "إيقاف تأشيرات العمرة مؤقتا قبل موسم الحج",
    "الهيئة العامة للترفيه تعلن فعاليات الموسم الجديد",
    "ارتفاع مؤشر السوق الرئيسية مدعوما بقطاع المصارف",
    "التعليم تحدد موعد بداية الفصل الدراسي الثالث",
    "الهلال يتأهل إلى نصف نهائي كأس الملك",
    "إطلاق خدمة جديدة لتجديد رخص القيادة إلكترونيا",
    "الصحة: حملة للتطعيم ضد الإنفلونزا الموسمية في المراكز الصحية",
)
FOOTER = f"جميع الحقوق محفوظة لمؤسسة {SITE} للصحافة والنشر © 2025"


def hijri(day_month_year: tuple[int, int, int]) -> str:
    day, month, year = day_month_year
    return f"{day} {HIJRI_MONTHS[month - 1]} {year}هـ"


def gregorian(moment) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}م"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(days=1)
    h_day, h_today = HIJRI[article.slug]
    shown = f"{weekday(moment)} {hijri(h_day)} الموافق {gregorian(moment)}"
    page = Page(url=f"{HOST}/ar/node/{article.slug}", html="", shown_date=shown)
    top = f"{weekday(today)} {hijri(h_today)} - {gregorian(today)}"
    city = CITY[article.slug]
    byline = f"{city} - {article.author}" if article.author else f"{city} - واس"
    issue = f"العدد {ISSUE[article.slug]}"
    prayers = PRAYERS[article.slug]
    prayer_line = (f"الفجر {prayers[0]} الظهر {prayers[1]} العصر {prayers[2]} "
                   f"المغرب {prayers[3]} العشاء {prayers[4]}")
    weather = f"{city} {19 + n * 4}°"
    tasi = f"تاسي {12040 + n * 37:,}.{n * 13:02d} ▲ 0.{n + 2}%"
    most = rotate(MOST_READ, n * 2, 5)
    read_also = article.related[0]
    page.add(top, issue, "النسخة الورقية PDF", "مواقيت الصلاة", prayer_line, weather, tasi,
             "محليات اقتصاد الحرمين دولي رياضة ثقافة وفن", "الأكثر قراءة", *most, byline,
             shown, f"{issue} - الصفحة {n + 3}", article.caption, "اقرأ أيضاً:", read_also,
             "الكلمات المفتاحية", "شارك الخبر", "واتساب", "إكس", "نسخ الرابط",
             "أخبار ذات صلة", *article.related[1:], "حمّل تطبيق الواحة", "App Store",
             "Google Play", FOOTER, "سياسة الخصوصية", "اتصل بنا", "الإعلان في الواحة")
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(2, f'<div class="read-also-card"><a href="/ar/node/{int(article.slug) - 311}"><span class="read-also-label">اقرأ أيضاً:</span> <span class="read-also-title">{e(read_also)}</span></a></div>')
    body = "\n".join(parts)
    published = moment.strftime("%Y-%m-%dT%H:%M:%S%z")
    side = "\n".join(
        f'<div class="views-row"><span class="rank">{k + 1}</span><div class="views-field views-field-title"><span class="field-content"><a href="/ar/node/{2590000 + k * 17}" hreflang="ar">{e(t)}</a></span></div></div>'
        for k, t in enumerate(most))
    tags = "\n".join(f'<div class="field__item"><a href="/ar/taxonomy/term/{410 + k}" hreflang="ar">{e(t)}</a></div>'
                     for k, t in enumerate(article.tags))
    related = "\n".join(f'<li><a href="/ar/node/{int(article.slug) - 1000 * (k + 1)}" hreflang="ar">{e(t)}</a></li>'
                        for k, t in enumerate(article.related[1:]))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="{e(article.lead[:160])}" />
<link rel="canonical" href="{page.url}" />
<meta property="og:site_name" content="صحيفة {SITE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{page.url}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="article:published_time" content="{published}" />
<meta property="article:modified_time" content="{published}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{e(article.headline)} | صحيفة {SITE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_3kVxQ0a.css" />
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">تجاوز إلى المحتوى الرئيسي</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner">
<div class="region region-top-bar">
<div id="block-datebar" class="block block-block-content"><div class="today-dates">{top}</div></div>
<div id="block-printissue" class="block block-block-content"><span class="issue-no">{issue}</span> <a href="/ar/pdf">النسخة الورقية PDF</a></div>
<div id="block-prayertimes" class="block block-prayer-times"><h2 class="block-title">مواقيت الصلاة</h2><div class="prayer-times">الفجر {prayers[0]} الظهر {prayers[1]} العصر {prayers[2]} المغرب {prayers[3]} العشاء {prayers[4]}</div></div>
<div id="block-weather" class="block block-weather"><span class="weather-city">{weather}</span></div>
<div id="block-tasi" class="block block-market-ticker"><span class="tasi">{tasi}</span></div>
</div>
<div class="region region-header"><a href="/ar" rel="home" class="site-logo"><img src="/themes/custom/alwaha/logo.svg" alt="الرئيسية" /></a></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-mainnavigation-menu">القائمة الرئيسية</h2>
<ul class="menu">
<li class="menu-item"><a href="/ar/local">محليات</a></li>
<li class="menu-item"><a href="/ar/economy">اقتصاد</a></li>
<li class="menu-item"><a href="/ar/haramain">الحرمين</a></li>
<li class="menu-item"><a href="/ar/world">دولي</a></li>
<li class="menu-item"><a href="/ar/sport">رياضة</a></li>
<li class="menu-item"><a href="/ar/culture">ثقافة وفن</a></li>
</ul></nav></div>
</header>
<div class="layout-main-wrapper">
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first">
<div class="views-element-container block block-views block-views-blockmost-read-block-1" id="block-views-block-most-read-block-1"><h2 class="block-title">الأكثر قراءة</h2><div><div class="view view-most-read view-id-most_read view-display-id-block_1"><div class="view-content">
{side}
</div></div></div></div>
</div></aside>
<main role="main" class="layout-content"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div id="block-alwaha-content" class="block block-system block-system-main-block">
<article data-history-node-id="{article.slug}" role="article" about="/ar/node/{article.slug}" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__section"><a href="/ar/section/{n}">{e(article.section)}</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(article.headline)}</span></h1>
<div class="node__meta">
<span class="field field--name-field-byline field--type-string field--label-hidden field__item">{e(byline)}</span>
<span class="node__date">{shown}</span>
<span class="node__issue">{issue} - الصفحة {n + 3}</span>
</div>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/article_large/public/{moment:%Y-%m}/{article.slug}.jpg" width="900" height="506" alt="" typeof="foaf:Image" />
<div class="field field--name-field-image-caption field--type-string field--label-hidden field__item">{e(article.caption)}</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">الكلمات المفتاحية</div><div class="field__items">
{tags}
</div></div>
</div>
<div class="share-box"><span class="share-title">شارك الخبر</span> <a href="https://wa.me/?text={page.url}">واتساب</a> <a href="https://x.com/intent/post?url={page.url}">إكس</a> <button class="copy-link">نسخ الرابط</button></div>
</article>
<div class="block block-related"><h2 class="block-title">أخبار ذات صلة</h2><ul>
{related}
</ul></div>
</div>
</div>
</main>
</div>
<footer role="contentinfo"><div class="region region-footer">
<div class="app-links">حمّل تطبيق الواحة <a href="https://apps.apple.com/app/alwaha">App Store</a> <a href="https://play.google.com/store/apps/details?id=com.alwaha">Google Play</a></div>
<ul class="menu"><li><a href="/ar/privacy">سياسة الخصوصية</a></li> <li><a href="/ar/contact">اتصل بنا</a></li> <li><a href="/ar/advertise">الإعلان في الواحة</a></li></ul>
<div class="copyright">{FOOTER}</div>
</div></footer>
</div>
</div>
</body>
</html>
"""
    return page
