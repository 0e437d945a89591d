"""The news pages of an Emirati municipality ("بلدية مدينة الواحة") on dotCMS, a URL-mapped
News content type rendered by the site's Velocity theme (`/application/themes/baladiya/`).
The head: `<title>` "headline | بلدية مدينة الواحة", description/keywords, canonical and the
`hreflang="en"` alternate, og/twitter meta whose image is a `/dA/<identifier>/image/...` asset
URL with dotCMS's resize filters (`1200w/80q`), `article:published_time` as the server prints
it in UTC (`Z`), a NewsArticle JSON-LD (the municipality as publisher, the writer when the
content has one), the theme's bootstrap RTL, main and rtl sheets. The body: the skip link, the
accessibility bar (`div.accessibility-bar`: font size A+ / A / A-, contrast, greyscale, screen
reader), the top header with the quick links, the English switch
(`?com.dotmarketing.htmlpage.language=1`) and the site search, the main header with the
municipality's and the UAE government's `/dA/` logos and the mega menu, then `main#main-content`:
the `inner-banner` with "الأخبار" and the breadcrumb (home, media centre, news, headline), the
`div.news-details` container (`h1.news-title`, `div.news-meta` with `span.news-date` in
"d MMMM yyyy" Arabic months at +04:00, the `news-category` link, the writer "إعداد: ..." or the
source "المصدر: وام"), the `news-image` figure (page 1 with its figcaption, page 3 without,
page 2 none), `div.news-body` with the WYSIWYG paragraphs as Velocity leaves them (justified
`<p dir="rtl">`; page 1 an `h3` subheading, which is text; page 3 a blockquote the text
introduces, which is text, then the content's video field as `div.news-video` with its
"شاهد الفيديو" heading and title, chrome), `news-tags` ("الكلمات الدلالية:"), the `share-bar`
("شارك الخبر:", icons with screen-reader labels, print, copy link), the back link; then
`section.related-news` ("أخبار ذات صلة": three `/dA/` cards with dates) and the sidebar
(latest news, most requested services, the smart app). Under the content the page feedback
widget ("هل كان محتوى هذه الصفحة مفيداً؟", its reasons form and the page's last-update
line in dd/MM/yyyy, a date that is not the story's shown date) and the footer (about, links,
contact lines with the toll-free number, P.O. box and email, social links, copyright, browser
note), the happiness-meter button and the theme's scripts. Page 2 is WAM copy with no writer
at 01:15 local, so the server's UTC instant falls on the day before the shown date. Every
line outside the story's paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "dotcms_gov_news"
HELD_OUT = True
SET = "unseen32"
FAMILY = ("dotCMS (Velocity theme) Emirati municipality news detail: /dA/ assets, "
          "accessibility bar, bilingual header, news-meta date/category, share bar, "
          "related news, sidebar, page feedback widget, contact/social footer")
HOST = "https://dotcms-ae-baladiya.example"
SITE = "بلدية مدينة الواحة"
SITE_EN = "Al Waha City Municipality"
THEME = "/application/themes/baladiya"
LOCAL = timedelta(hours=4)
IDS = {  # page -> (content identifier, image identifier or "")
    1: ("3f9c2a71-8d4e-4b6a-a1f0-7c5e2d9b8a14", "b2e47d10-6c3a-4f8e-9d21-5a0c8e7f3b62"),
    2: ("91d0e6b4-2f7a-4c85-b3e9-0a6d4c1f7e28", ""),
    3: ("c7a15e3d-9b24-4e0f-8a6c-2d1f9e7b5a30", "5e8b3c92-1a4d-47f6-b0e5-9c2a7d6f1e84"),
}
IMAGE_FILE = {1: "shaded-walkway-al-nakheel.jpg", 3: "food-inspection-team.jpg"}
IMAGE_ALT = {3: "مفتشو الصحة العامة خلال زيارة ميدانية"}
CAT_SLUG = {"مشاريع": "projects", "إعلانات": "announcements", "الصحة العامة": "public-health"}
SUBHEAD = {1: 3}  # page -> index (lead = 0) of the paragraph printed as an h3
QUOTE = {3: 3}  # page -> index of the paragraph printed as a blockquote
VIDEO = {3: ("kR4tW9pLm2Q", "جولة فرق التفتيش على المخابز ومحال الحلويات في السوق القديم")}
SOURCE = {2: "المصدر: وام"}
UPDATED = {1: "19/11/2024 09:12", 2: "28/11/2024 01:15", 3: "21/02/2025 08:40"}
RELATED_DATES = {1: ("11 نوفمبر 2024", "4 نوفمبر 2024", "29 أكتوبر 2024"),
                 2: ("26 نوفمبر 2024", "20 نوفمبر 2024", "14 نوفمبر 2024"),
                 3: ("17 فبراير 2025", "12 فبراير 2025", "6 فبراير 2025")}
LATEST = {
    1: (("البلدية تستقبل 3400 طلب ترخيص بناء إلكترونياً خلال أكتوبر", "15 نوفمبر 2024"),
        ("حملة نظافة شاملة في المنطقة الصناعية الثالثة", "13 نوفمبر 2024"),
        ("تطوير سوق السمك المركزي وفق أحدث المعايير الصحية", "7 نوفمبر 2024")),
    2: (("البلدية تتجاوز مستهدفاتها في إعادة تدوير النفايات الخضراء", "25 نوفمبر 2024"),
        ("البلدية تبدأ تنفيذ 14 ممشى مظللاً في الأحياء السكنية", "18 نوفمبر 2024"),
        ("البلدية تستقبل 3400 طلب ترخيص بناء إلكترونياً خلال أكتوبر", "15 نوفمبر 2024")),
    3: (("إنارة ذكية موفرة للطاقة في شارع الكورنيش", "18 فبراير 2025"),
        ("فحص مجاني للمركبات المهجورة قبل سحبها من الأحياء", "14 فبراير 2025"),
        ("البلدية تستضيف ملتقى التخطيط العمراني الخليجي", "10 فبراير 2025")),
}
MENU = (
    ("about", "عن البلدية", ("الرؤية والرسالة", "كلمة المدير العام", "الهيكل التنظيمي")),
    ("services", "الخدمات", ("خدمات البناء والتخطيط", "خدمات الصحة العامة", "خدمات الحدائق")),
    ("media-center", "المركز الإعلامي", ("الأخبار", "معرض الصور", "الفيديو", "الفعاليات")),
    ("e-participation", "المشاركة الإلكترونية", ("الاستبيانات", "المقترحات")),
    ("open-data", "البيانات المفتوحة", ()),
    ("contact-us", "اتصل بنا", ()),
)
TOP_LINKS = ("الأسئلة الشائعة", "خريطة الموقع", "الوظائف")
A11Y = ("أدوات الوصول", "A+", "A", "A-", "تباين الألوان", "تدرج الرمادي", "قارئ الشاشة")
SERVICES = ("إصدار رخصة بناء", "تجديد شهادة صحية", "حجز قاعة مناسبات", "الإبلاغ عن ملاحظة")
FEEDBACK = ("هل كان محتوى هذه الصفحة مفيداً؟", "نعم", "لا", "شكراً لك على مشاركتنا رأيك",
            "يرجى إخبارنا بالسبب", "المحتوى غير واضح", "المعلومات غير مكتملة",
            "لم أجد ما أبحث عنه", "ملاحظاتك (اختياري)", "إرسال")
FOOTER_ABOUT = ("تعمل البلدية على تقديم خدمات بلدية متكاملة تسهم في بناء مدينة مستدامة "
                "وتعزيز جودة حياة السكان.")
FOOTER_LINKS = ("الخدمات الإلكترونية", "الميثاق العام لخدمة المتعاملين", "المناقصات",
                "بوابة حكومة الإمارات")
CONTACT = ("الرقم المجاني: 800 92524", "هاتف: 971 7 2334455+",
           "ص.ب: 4120، مدينة الواحة، الإمارات العربية المتحدة",
           "البريد الإلكتروني: info@dotcms-ae-baladiya.example")
SOCIAL = (("facebook", "فيسبوك", "https://www.facebook.com/alwahamunicipality"),
          ("x-twitter", "إكس", "https://x.com/alwahamun"),
          ("instagram", "إنستغرام", "https://www.instagram.com/alwahamun"),
          ("youtube", "يوتيوب", "https://www.youtube.com/@alwahamun"))
LEGAL = ("سياسة الخصوصية", "الشروط والأحكام", "إخلاء المسؤولية", "إمكانية الوصول")
BROWSER = "يفضل تصفح الموقع باستخدام أحدث إصدارات المتصفحات وبدقة شاشة 1366×768"
SHARE = (("facebook", "فيسبوك", "https://www.facebook.com/sharer/sharer.php?u="),
         ("x-twitter", "إكس", "https://twitter.com/intent/tweet?url="),
         ("whatsapp", "واتساب", "https://api.whatsapp.com/send?text="),
         ("linkedin", "لينكدإن", "https://www.linkedin.com/sharing/share-offsite/?url="),
         ("envelope", "البريد الإلكتروني", "mailto:?body="))


def _date(moment) -> str:
    """The theme's `$date.format('d MMMM yyyy', ...)` with the Arabic locale, at +04:00."""
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _menu() -> str:
    items = [f'<li class="nav-item"><a class="nav-link" href="{HOST}/ar/">الرئيسية</a></li>']
    for slug, label, subs in MENU:
        active = " active" if slug == "media-center" else ""
        if not subs:
            items.append(f'<li class="nav-item{active}"><a class="nav-link" '
                         f'href="{HOST}/ar/{slug}">{label}</a></li>')
            continue
        links = "\n".join(
            f'\t\t\t\t\t\t<li><a class="dropdown-item{" active" if sub == "الأخبار" else ""}" '
            f'href="{HOST}/ar/{slug}/{k}">{sub}</a></li>' for k, sub in enumerate(subs, 1))
        items.append(f'<li class="nav-item dropdown{active}">\n\t\t\t\t\t<a class="nav-link '
                     f'dropdown-toggle" href="{HOST}/ar/{slug}" role="button" '
                     f'data-bs-toggle="dropdown" aria-expanded="false">{label}</a>\n'
                     f'\t\t\t\t\t<ul class="dropdown-menu">\n{links}\n\t\t\t\t\t</ul>\n'
                     f'\t\t\t\t</li>')
    return "\n\t\t\t\t".join(items)


def _story(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if SUBHEAD.get(n) == k:
            out.append(f'<h3 dir="rtl">{e(text)}</h3>')
        elif QUOTE.get(n) == k:
            out.append(f'<blockquote>\n<p dir="rtl">{e(text)}</p>\n</blockquote>')
        else:
            out.append(f'<p dir="rtl" style="text-align: justify;">{e(text)}</p>')
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    utc = moment.astimezone(UTC)
    shown = _date(moment)
    url = f"{HOST}/ar/media-center/news/{article.slug}"
    cid, img_id = IDS[n]
    sec = article.section
    cat = CAT_SLUG[sec]
    page = Page(url=url, html="", shown_date=shown)
    writer = article.author

    img = f"/dA/{img_id}/image/{IMAGE_FILE[n]}" if img_id else ""
    og_image = (f"{HOST}/dA/{img_id}/image/1200w/80q/{IMAGE_FILE[n]}" if img_id
                else f"{HOST}/dA/0c4f7e21-3b8a-4d59-a6e1-8f2d0b9c7a53/asset/og-default.png")
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": article.headline, "image": [og_image],
          "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}Z",
          "dateModified": f"{utc:%Y-%m-%dT%H:%M:%S}Z",
          "author": ({"@type": "Person", "name": writer} if writer else
                     {"@type": "Organization", "name": SITE}),
          "publisher": {"@type": "GovernmentOrganization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/dA/7a2e9c41-0f6b-4"
                                 "d38-9e15-b3c8a4d7f062/asset/logo-ar.svg"}}}
    desc = " ".join(article.lead.split()[:24])

    # header
    page.add("الانتقال إلى المحتوى الرئيسي", *A11Y, *TOP_LINKS, "English", "بحث")
    page.add("الرئيسية", *(label for _, label, _ in MENU),
             *(sub for _, _, subs in MENU for sub in subs))
    page.add("المركز الإعلامي", "الأخبار")
    meta_extra = ""
    if writer:
        meta_extra = (f'\n\t\t\t\t\t\t<span class="news-author"><i class="fa-regular fa-user" '
                      f'aria-hidden="true"></i> إعداد: {e(writer)}</span>')
        page.add(f"إعداد: {writer}")
    if n in SOURCE:
        meta_extra = (f'\n\t\t\t\t\t\t<span class="news-source"><i class="fa-regular '
                      f'fa-newspaper" aria-hidden="true"></i> {SOURCE[n]}</span>')
        page.add(SOURCE[n])
    page.add(shown, sec)

    figure = ""
    if img_id:
        caption = article.caption if article.caption != "-" else ""
        alt = caption or IMAGE_ALT.get(n, article.headline)
        cap = (f'\n\t\t\t\t\t\t\t<figcaption class="news-image-caption">{e(caption)}'
               f'</figcaption>' if caption else "")
        figure = (f'\n\t\t\t\t\t<div class="news-image">\n\t\t\t\t\t\t<figure>\n'
                  f'\t\t\t\t\t\t\t<img class="img-fluid" src="{img}" srcset="/dA/{img_id}/image/'
                  f'750w/80q/{IMAGE_FILE[n]} 750w, /dA/{img_id}/image/1200w/80q/'
                  f'{IMAGE_FILE[n]} 1200w" alt="{e(alt)}" loading="lazy">{cap}\n'
                  f'\t\t\t\t\t\t</figure>\n\t\t\t\t\t</div>')
        page.add(caption)

    video = ""
    if n in VIDEO:
        vid, title = VIDEO[n]
        video = (f'\n\t\t\t\t\t<div class="news-video">\n\t\t\t\t\t\t<h4 class="news-video-title">'
                 f'شاهد الفيديو</h4>\n\t\t\t\t\t\t<div class="ratio ratio-16x9">\n'
                 f'\t\t\t\t\t\t\t<iframe src="https://www.youtube.com/embed/{vid}?rel=0" '
                 f'title="{e(title)}" allowfullscreen loading="lazy"></iframe>\n'
                 f'\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<p class="news-video-caption">{e(title)}</p>\n'
                 f'\t\t\t\t\t</div>')
        page.add("شاهد الفيديو", title)

    tags = "\n".join(f'\t\t\t\t\t\t<a class="tag" href="{HOST}/ar/media-center/news?tag='
                     f'{e(t)}">{e(t)}</a>' for t in article.tags)
    page.add("الكلمات الدلالية:", *article.tags)
    share = "\n".join(
        f'\t\t\t\t\t\t\t<li><a class="share-{key}" href="{base}{url}" target="_blank" '
        f'rel="noopener"><i class="fa-brands fa-{key}" aria-hidden="true"></i>'
        f'<span class="visually-hidden">{label}</span></a></li>'
        if key != "envelope" else
        f'\t\t\t\t\t\t\t<li><a class="share-email" href="{base}{url}"><i class="fa-regular '
        f'fa-envelope" aria-hidden="true"></i><span class="visually-hidden">{label}</span>'
        f'</a></li>' for key, label, base in SHARE)
    page.add("شارك الخبر:", *(label for _, label, _ in SHARE), "طباعة", "نسخ الرابط",
             "العودة إلى الأخبار")

    related = []
    thumbs = ("e4b7", "a9c2", "6f13")
    for k, (title, date) in enumerate(zip(article.related, RELATED_DATES[n], strict=True)):
        rid = f"{thumbs[k]}{n}d2e-71c0-4a8b-9f3e-0d5c{k}b6a2e91"
        related.append(
            f'\t\t\t\t\t<div class="col-md-4">\n\t\t\t\t\t\t<div class="news-card">\n'
            f'\t\t\t\t\t\t\t<a href="{HOST}/ar/media-center/news/related-{n}{k}">'
            f'<img class="img-fluid" src="/dA/{rid}/image/400w/70q/thumb.jpg" alt="" '
            f'loading="lazy"></a>\n\t\t\t\t\t\t\t<div class="news-card-body">\n'
            f'\t\t\t\t\t\t\t\t<span class="news-card-date">{date}</span>\n'
            f'\t\t\t\t\t\t\t\t<h4 class="news-card-title"><a href="{HOST}/ar/media-center/news/'
            f'related-{n}{k}">{e(title)}</a></h4>\n\t\t\t\t\t\t\t</div>\n'
            f'\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>')
        page.add(date, title)
    page.add("أخبار ذات صلة")

    latest = "\n".join(f'\t\t\t\t\t\t<li><a href="{HOST}/ar/media-center/news/latest-{n}{k}">'
                       f'{e(t)}</a><span class="date">{d}</span></li>'
                       for k, (t, d) in enumerate(LATEST[n]))
    page.add("أحدث الأخبار", *(x for pair in LATEST[n] for x in pair), "عرض جميع الأخبار")
    services = "\n".join(f'\t\t\t\t\t\t<li><a href="{HOST}/ar/services/eservices/{k}">{s}</a>'
                         f'</li>' for k, s in enumerate(SERVICES, 1))
    page.add("الخدمات الأكثر طلباً", *SERVICES, "حمّل التطبيق الذكي",
             "أنجز معاملاتك في أي وقت ومن أي مكان", "App Store", "Google Play")
    page.add(*FEEDBACK, f"آخر تحديث: {UPDATED[n]}")
    page.add("عن البلدية", FOOTER_ABOUT, "روابط مهمة", *FOOTER_LINKS, "تواصل معنا", *CONTACT,
             "تابعونا", *(label for _, label, _ in SOCIAL), *LEGAL,
             f"جميع الحقوق محفوظة © 2025 {SITE}", BROWSER, "قيّم تجربتك")

    sub = "".join(f'<li class="footer-link"><a href="{HOST}/ar/links/{k}">{x}</a></li>'
                  for k, x in enumerate(FOOTER_LINKS, 1))
    social = "\n".join(f'\t\t\t\t\t\t<li><a href="{link}" target="_blank" rel="noopener" '
                       f'aria-label="{label}"><i class="fa-brands fa-{key}" aria-hidden="true">'
                       f'</i><span class="visually-hidden">{label}</span></a></li>'
                       for key, label, link in SOCIAL)
    legal = " ".join(f'<li><a href="{HOST}/ar/{k}">{x}</a></li>' for k, x in zip(
        ("privacy-policy", "terms", "disclaimer", "accessibility"), LEGAL, strict=True))
    contact = "\n".join(f'\t\t\t\t\t\t<li>{x}</li>' for x in CONTACT)
    a11y = "".join(f'<button type="button" class="a11y-btn" data-action="{act}">{label}'
                   f'</button>' for act, label in zip(
                       ("font-up", "font-reset", "font-down", "contrast", "grayscale",
                        "reader"), A11Y[1:], strict=True))
    top = "".join(f'<li><a href="{HOST}/ar/{k}">{x}</a></li>' for k, x in zip(
        ("faq", "sitemap", "careers"), TOP_LINKS, strict=True))
    reasons = "".join(f'<div class="form-check"><input class="form-check-input" type="radio" '
                      f'name="reason" id="reason{k}" value="{k}"><label class="form-check-label"'
                      f' for="reason{k}">{x}</label></div>' for k, x in enumerate(FEEDBACK[5:8]))

    html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{e(article.headline)} | {SITE}</title>
	<meta name="description" content="{e(desc)}">
	<meta name="keywords" content="{e(', '.join(article.tags))}">
	<link rel="canonical" href="{url}">
	<link rel="alternate" hreflang="ar" href="{url}">
	<link rel="alternate" hreflang="en" href="{HOST}/en/media-center/news/{article.slug}">

	<meta property="og:type" content="article">
	<meta property="og:site_name" content="{SITE}">
	<meta property="og:title" content="{e(article.headline)}">
	<meta property="og:description" content="{e(desc)}">
	<meta property="og:url" content="{url}">
	<meta property="og:image" content="{og_image}">
	<meta property="og:locale" content="ar_AE">
	<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}Z">
	<meta property="article:section" content="{e(sec)}">
	<meta name="twitter:card" content="summary_large_image">
	<meta name="twitter:site" content="@alwahamun">
	<meta name="twitter:title" content="{e(article.headline)}">
	<meta name="twitter:image" content="{og_image}">

	<link rel="shortcut icon" href="{THEME}/images/favicon.ico">
	<link rel="stylesheet" href="{THEME}/css/bootstrap.rtl.min.css">
	<link rel="stylesheet" href="{THEME}/vendor/fontawesome/css/all.min.css">
	<link rel="stylesheet" href="{THEME}/css/main.css?v=4.2.1">
	<link rel="stylesheet" href="{THEME}/css/rtl.css?v=4.2.1">
	<link rel="stylesheet" href="{THEME}/css/accessibility.css">
	<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-7WQ2L0KX3D"></script>
	<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-7WQ2L0KX3D');</script>
</head>
<body class="rtl lang-ar inner-page news-detail-page">
	<a class="skip-link visually-hidden-focusable" href="#main-content">الانتقال إلى المحتوى الرئيسي</a>

	<div class="accessibility-bar" id="accessibilityBar" role="toolbar" aria-label="أدوات الوصول">
		<div class="container">
			<span class="a11y-title">أدوات الوصول</span>
			<div class="a11y-tools">{a11y}</div>
		</div>
	</div>

	<header class="site-header">
		<div class="top-header">
			<div class="container d-flex justify-content-between align-items-center">
				<ul class="top-links list-inline">{top}</ul>
				<div class="top-actions">
					<a class="lang-switch" href="?com.dotmarketing.htmlpage.language=1" lang="en" hreflang="en">English</a>
					<form class="header-search" action="/ar/search" method="get" role="search">
						<input type="search" name="q" class="form-control" placeholder="ابحث في الموقع" aria-label="ابحث في الموقع">
						<button type="submit" class="btn"><i class="fa fa-search" aria-hidden="true"></i><span class="visually-hidden">بحث</span></button>
					</form>
				</div>
			</div>
		</div>
		<div class="main-header">
			<div class="container">
				<nav class="navbar navbar-expand-lg">
					<a class="navbar-brand" href="{HOST}/ar/"><img src="/dA/7a2e9c41-0f6b-4d38-9e15-b3c8a4d7f062/asset/logo-ar.svg" alt="{SITE}" width="220" height="64"></a>
					<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
					<div class="collapse navbar-collapse" id="mainNav">
			<ul class="navbar-nav mx-auto">
				{_menu()}
			</ul>
					</div>
					<a class="gov-logo" href="https://u.ae/ar-ae" target="_blank" rel="noopener"><img src="/dA/2d6b8f03-9e41-4c7a-b5d0-6a1e3f8c9b27/asset/uae-gov.svg" alt="حكومة الإمارات العربية المتحدة" width="120" height="56"></a>
				</nav>
			</div>
		</div>
	</header>

	<main id="main-content">
		<section class="inner-banner" style="background-image:url('/dA/f1a8c6e2-4b9d-4e37-8c05-d2b7a9e6f413/image/1920w/70q/media-banner.jpg');">
			<div class="container">
				<h2 class="inner-banner-title">الأخبار</h2>
				<nav aria-label="breadcrumb">
					<ol class="breadcrumb">
						<li class="breadcrumb-item"><a href="{HOST}/ar/">الرئيسية</a></li>
						<li class="breadcrumb-item"><a href="{HOST}/ar/media-center">المركز الإعلامي</a></li>
						<li class="breadcrumb-item"><a href="{HOST}/ar/media-center/news">الأخبار</a></li>
						<li class="breadcrumb-item active" aria-current="page">{e(article.headline)}</li>
					</ol>
				</nav>
			</div>
		</section>

		<section class="inner-content">
			<div class="container">
				<div class="row">
					<div class="col-lg-8">

				<div class="news-details" data-identifier="{cid}">
					<h1 class="news-title">{e(article.headline)}</h1>
					<div class="news-meta">
						<span class="news-date"><i class="fa-regular fa-calendar" aria-hidden="true"></i> {shown}</span>
						<span class="news-category"><i class="fa-regular fa-folder" aria-hidden="true"></i> <a href="{HOST}/ar/media-center/news?category={cat}">{e(sec)}</a></span>{meta_extra}
					</div>
{figure}

					<div class="news-body">
{_story(article, n)}
					</div>
{video}

					<div class="news-tags">
						<span class="news-tags-label">الكلمات الدلالية:</span>
{tags}
					</div>

					<div class="share-bar">
						<span class="share-label">شارك الخبر:</span>
						<ul class="share-list list-inline">
{share}
							<li><a class="share-print" href="javascript:window.print();"><i class="fa fa-print" aria-hidden="true"></i> طباعة</a></li>
							<li><button type="button" class="share-copy" data-url="{url}"><i class="fa fa-link" aria-hidden="true"></i> نسخ الرابط</button></li>
						</ul>
					</div>
					<a class="btn btn-back" href="{HOST}/ar/media-center/news"><i class="fa fa-arrow-right" aria-hidden="true"></i> العودة إلى الأخبار</a>
				</div>

				<section class="related-news">
					<h3 class="section-title">أخبار ذات صلة</h3>
					<div class="row">
{chr(10).join(related)}
					</div>
				</section>

					</div>
					<aside class="col-lg-4 sidebar">
						<div class="widget widget-latest-news">
							<h3 class="widget-title">أحدث الأخبار</h3>
							<ul class="latest-list">
{latest}
							</ul>
							<a class="widget-more" href="{HOST}/ar/media-center/news">عرض جميع الأخبار</a>
						</div>
						<div class="widget widget-services">
							<h3 class="widget-title">الخدمات الأكثر طلباً</h3>
							<ul class="services-list">
{services}
							</ul>
						</div>
						<div class="widget widget-app">
							<h3 class="widget-title">حمّل التطبيق الذكي</h3>
							<p>أنجز معاملاتك في أي وقت ومن أي مكان</p>
							<a href="https://apps.apple.com/ae/app/id1588420773" class="store-badge"><img src="{THEME}/images/app-store.svg" alt=""> App Store</a>
							<a href="https://play.google.com/store/apps/details?id=ae.alwaha.municipality" class="store-badge"><img src="{THEME}/images/google-play.svg" alt=""> Google Play</a>
						</div>
					</aside>
				</div>
			</div>
		</section>

		<section class="page-feedback" id="pageFeedback">
			<div class="container">
				<div class="feedback-question">
					<span>هل كان محتوى هذه الصفحة مفيداً؟</span>
					<button type="button" class="btn btn-feedback" data-value="yes">نعم</button>
					<button type="button" class="btn btn-feedback" data-value="no">لا</button>
				</div>
				<div class="feedback-thanks d-none">شكراً لك على مشاركتنا رأيك</div>
				<form class="feedback-form d-none" action="/api/v1/workflow/actions/default/fire/NEW" method="post">
					<input type="hidden" name="contentType" value="PageFeedback">
					<input type="hidden" name="pageUrl" value="/ar/media-center/news/{article.slug}">
					<p class="feedback-form-title">يرجى إخبارنا بالسبب</p>
					{reasons}
					<label for="feedbackComment">ملاحظاتك (اختياري)</label>
					<textarea id="feedbackComment" name="comment" class="form-control" rows="3"></textarea>
					<button type="submit" class="btn btn-primary">إرسال</button>
				</form>
				<div class="last-update">آخر تحديث: {UPDATED[n]}</div>
			</div>
		</section>
	</main>

	<footer class="site-footer">
		<div class="footer-top">
			<div class="container">
				<div class="row">
					<div class="col-lg-4">
						<h4 class="footer-title">عن البلدية</h4>
						<p>{FOOTER_ABOUT}</p>
					</div>
					<div class="col-lg-3">
						<h4 class="footer-title">روابط مهمة</h4>
						<ul class="footer-links">{sub}</ul>
					</div>
					<div class="col-lg-5">
						<h4 class="footer-title">تواصل معنا</h4>
						<ul class="footer-contact">
{contact}
						</ul>
						<h4 class="footer-title">تابعونا</h4>
						<ul class="footer-social list-inline">
{social}
						</ul>
					</div>
				</div>
			</div>
		</div>
		<div class="footer-bottom">
			<div class="container">
				<ul class="footer-legal list-inline">{legal}</ul>
				<p class="copyright">جميع الحقوق محفوظة © 2025 {SITE}</p>
				<p class="browser-note">{BROWSER}</p>
			</div>
		</div>
	</footer>

	<a class="happiness-meter-btn" href="{HOST}/ar/happiness-meter" aria-label="قيّم تجربتك"><img src="{THEME}/images/happiness.svg" alt=""><span>قيّم تجربتك</span></a>

	<script src="{THEME}/js/jquery-3.7.1.min.js"></script>
	<script src="{THEME}/js/bootstrap.bundle.min.js"></script>
	<script src="{THEME}/js/accessibility.js?v=4.2.1"></script>
	<script src="{THEME}/js/main.js?v=4.2.1"></script>
	<script>
		var dotLang = "ar", dotLanguageId = 2, dotPageId = "{cid}";
		$(function () {{ Baladiya.feedback.init("#pageFeedback"); Baladiya.share.init(".share-bar"); }});
	</script>
</body>
</html>
"""
    page.html = html
    return page
