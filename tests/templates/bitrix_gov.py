"""A Gulf government media office's news portal (the news of every ministry) on 1C-Bitrix (a
custom site template over the stock `news.detail` component): the `BX.message` / `bx-core` head, an accessibility toolbar ("تكبير
الخط", "تصغير الخط", "التباين", "قارئ الشاشة"), the language switch, the portal menu,
breadcrumbs in `bx-breadcrumb`, then `div.news-detail`: the picture, `<span
class="news-date-time">12.05.2024</span>` (the only date on the page: no machine-readable one),
the title, the DETAIL_TEXT as `<p>`s, a "طباعة" link, the attachments list (PDFs with their
sizes), share icons; "أخبار ذات صلة", a "هل كانت هذه الصفحة مفيدة؟" vote, "آخر تحديث للصفحة"
with its own date, and the government footer. Government news has no writer: `author` is null."""

from __future__ import annotations

from datetime import timedelta

from .base import Article, Page, e

NAME = "bitrix_gov"
HELD_OUT = True
SET = "unseen4"
FAMILY = "Gulf government news portal on 1C-Bitrix: news-detail, news-date-time 12.05.2024, a11y bar"
HOST = "https://www.gmo.gov.example"
SITE = "المكتب الإعلامي الحكومي"
GOVERNMENT = "البوابة الرسمية للحكومة"
A11Y = ("تكبير الخط", "تصغير الخط", "حجم الخط الافتراضي", "التباين", "قارئ الشاشة")
MENU = ("عن المكتب", "الخدمات الإلكترونية", "المركز الإعلامي", "البيانات المفتوحة",
        "المشاركة الإلكترونية", "اتصل بنا")
ATTACHMENTS = {
    "desalination-plant-capacity": (("بيان صحفي - تشغيل المرحلة الثانية.pdf", "312 كيلوبايت"),
                                    ("الخطة الاستراتيجية للأمن المائي 2024-2030.pdf", "4.8 ميجابايت")),
    "mangrove-planting-campaign": (("دليل المشاركة في حملة زراعة القرم.pdf", "1.1 ميجابايت"),),
    "annual-performance-report": (("تقرير الأداء السنوي 2023.pdf", "6.2 ميجابايت"),
                                  ("ملخص تنفيذي - تقرير الأداء 2023.pdf", "840 كيلوبايت"),
                                  ("Annual Performance Report 2023 (English).pdf", "5.9 ميجابايت")),
}
SHARE = ("مشاركة", "إكس", "فيسبوك", "لينكدإن", "واتساب", "البريد الإلكتروني")
FEEDBACK = ("هل كانت هذه الصفحة مفيدة؟", "نعم", "لا", "شكراً لتقييمك")
FOOTER_LINKS = ("سياسة الخصوصية", "شروط الاستخدام", "إخلاء المسؤولية", "خريطة الموقع",
                "إمكانية الوصول")
CONTACT = "مركز الاتصال الموحد: 80012345"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    element_id = 2210 + 37 * n
    shown = f"{moment:%d.%m.%Y}"
    url = f"{HOST}/ar/media-center/news/{element_id}/"
    page = Page(url=url, html="", shown_date=shown)
    updated = moment + timedelta(days=2, hours=3, minutes=17 * n)
    updated_line = f"آخر تحديث للصفحة: {updated:%d.%m.%Y %H:%M}"
    files = ATTACHMENTS[article.slug]
    related_dates = [(moment - timedelta(days=6 + 11 * k)).strftime("%d.%m.%Y") for k in range(3)]
    crumbs = ("الرئيسية", "المركز الإعلامي", "الأخبار")
    footer = f"جميع الحقوق محفوظة © {moment.year} {SITE}"
    page.add(GOVERNMENT, *A11Y, "English", "دخول", " ".join(MENU),
             " / ".join(crumbs), shown, "طباعة", article.caption, "المرفقات",
             *[name for name, _ in files], *[size for _, size in files], *SHARE,
             "أخبار ذات صلة", *article.related, *related_dates, *FEEDBACK, updated_line,
             CONTACT, " ".join(FOOTER_LINKS), footer)
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<li class="root-item{"-selected" if k == 2 else ""}"><a href="/ar/section-{k}/">{label}</a></li>'
                     for k, label in enumerate(MENU))
    crumbs_html = "".join(
        f'<div class="bx-breadcrumb-item" id="bx_breadcrumb_{k}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
        f'{" / " if k else ""}<a href="/ar/{["", "media-center/", "media-center/news/"][k]}" title="{label}" itemprop="item"><span itemprop="name">{label}</span></a><meta itemprop="position" content="{k + 1}" /></div>'
        for k, label in enumerate(crumbs))
    files_html = "\n".join(
        f'<li class="doc-item"><a href="/upload/iblock/{n}{k}a/{k}f{n}c2e9b7.pdf" target="_blank"><i class="icon-pdf"></i> <span class="doc-name">{e(name)}</span></a> <span class="doc-size">{size}</span></li>'
        for k, (name, size) in enumerate(files))
    share = "\n".join(f'<a class="share-{k}" href="#" rel="nofollow" title="{label}">{label}</a>'
                      for k, label in enumerate(SHARE[1:]))
    related = "\n".join(
        f'<div class="news-item" id="bx_3218110189_{element_id - 9 * (k + 1)}"><span class="news-date-time">{d}</span> <a href="/ar/media-center/news/{element_id - 9 * (k + 1)}/"><b>{e(t)}</b></a></div>'
        for k, (t, d) in enumerate(zip(article.related, related_dates, strict=True)))
    a11y = "\n".join(f'<li><a href="javascript:void(0)" class="a11y-{k}" data-action="{act}" title="{label}">{label}</a></li>'
                     for k, (act, label) in enumerate(zip(("plus", "minus", "reset", "contrast", "reader"), A11Y, strict=True)))
    page.html = f"""<!DOCTYPE html>
<html xml:lang="ar" lang="ar" dir="rtl">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(article.headline)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<meta name="keywords" content="{e(", ".join(article.tags))}" />
<meta name="description" content="{e(article.lead[:180])}" />
<link href="/bitrix/js/main/core/css/core.min.css?16984331252854" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/gov_portal/page_5a1e0c7b2f4d5d1a3e0f/page_5a1e0c7b2f4d5d1a3e0f_v1.css?171501119912840" type="text/css" rel="stylesheet" />
<link href="/bitrix/cache/css/s1/gov_portal/template_0b4f6a2c9d1e7a8b5c3d/template_0b4f6a2c9d1e7a8b5c3d_v1.css?1715011199148102" type="text/css" data-template-style="true" rel="stylesheet" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'JS_CORE_LOADING':'جار التحميل...','JS_CORE_WINDOW_CLOSE':'إغلاق','LANGUAGE_ID':'ar','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'14400','SITE_ID':'s1','SITE_DIR':'/ar/','USER_ID':'','SERVER_TIME':'{int(updated.timestamp())}','USER_TZ_OFFSET':'0','bitrix_sessid':'9f{n}c4e1a7b3d2f60e8a5c9b1d7f3e2a4c'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1698433125223197"></script>
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:image" content="{HOST}/upload/iblock/{n}3b/detail_{element_id}.jpg" />
</head>
<body class="rtl">
<div id="panel"></div>
<div class="gov-topbar">
<div class="container">
<a class="gov-link" href="https://www.government.example/">{GOVERNMENT}</a>
<ul class="a11y-toolbar" aria-label="أدوات إمكانية الوصول">
{a11y}
</ul>
<div class="lang-switch"><a href="/en/media-center/news/{element_id}/" hreflang="en">English</a></div>
<a class="login-link" href="/auth/?backurl=/ar/media-center/news/{element_id}/">دخول</a>
</div>
</div>
<header class="site-header">
<div class="container">
<a class="logo" href="/ar/"><img src="/local/templates/gov_portal/images/logo-ar.svg" alt="{SITE}" /></a>
<form class="search-form" action="/ar/search/index.php"><input type="text" name="q" placeholder="بحث في الموقع" /><input name="s" type="submit" value="" /></form>
<nav class="main-menu"><ul id="horizontal-multilevel-menu">
{menu}
</ul></nav>
</div>
</header>
<div class="container page-body">
<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
{crumbs_html}
<div style="clear:both"></div></div>
<div class="row">
<div class="col-md-9 workarea">
<div class="news-detail">
<img class="detail_picture" border="0" src="/upload/iblock/{n}3b/detail_{element_id}.jpg" width="900" height="506" alt="{e(article.caption)}" title="{e(article.caption)}" />
<div class="detail_picture_caption">{e(article.caption)}</div>
<span class="news-date-time">{shown}</span>
<h3>{e(article.headline)}</h3>
{text}
<div style="clear:both"></div>
<br />
<div class="news-detail-tools"><a href="/ar/media-center/news/{element_id}/?print=Y" target="_blank" rel="nofollow" class="print-link"><i class="icon-print"></i> طباعة</a></div>
<div class="news-detail-files">
<h4>المرفقات</h4>
<ul class="doc-list">
{files_html}
</ul>
</div>
<div class="news-detail-share"><span class="share-title">{SHARE[0]}</span>
{share}
</div>
</div>
<div class="news-list related">
<h4>أخبار ذات صلة</h4>
{related}
</div>
<div class="page-feedback" id="page-feedback">
<span class="feedback-q">{FEEDBACK[0]}</span>
<button type="button" class="btn-yes" onclick="BX.ajax.post('/local/ajax/feedback.php',{{'page':'{element_id}','v':1}})">{FEEDBACK[1]}</button>
<button type="button" class="btn-no" onclick="BX.ajax.post('/local/ajax/feedback.php',{{'page':'{element_id}','v':0}})">{FEEDBACK[2]}</button>
<span class="feedback-thanks" style="display:none">{FEEDBACK[3]}</span>
</div>
<div class="page-updated">{updated_line}</div>
</div>
<div class="col-md-3 sidebar"><div class="banner"><a href="/ar/e-services/"><img src="/upload/medialibrary/e-services-banner.png" alt="" /></a></div></div>
</div>
</div>
<footer class="site-footer">
<div class="container">
<div class="contact-line">{CONTACT}</div>
<ul class="footer-links">
{chr(10).join(f'<li><a href="/ar/{k}/">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))}
</ul>
<p class="copyright">{footer}</p>
</div>
</footer>
</body>
</html>
"""
    return page
