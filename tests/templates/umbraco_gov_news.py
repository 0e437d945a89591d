"""A UAE semi-government authority's Arabic media centre (Fujairah) on Umbraco 8 (ASP.NET MVC 5,
Razor, culture variants /ar/ and /en/): a news item at /ar/media-centre/news/<English segment>/.
Head: "headline | entity" title, hreflang pairs, og/twitter meta (og:image an ImageProcessor crop),
`article:published_time` as server-local time without offset, the ClientDependency bundle
(`/DependencyHandler.axd?s=<base64>&t=Css&cdv=`), Umbraco Forms css, a GovernmentOrganization
JSON-LD (no NewsArticle). Body (`data-nodeid`): skip link, top bar with "English | عربي", navbar,
the banner (`/media/<8-char folder>/..jpg?anchor=center&mode=crop&width=..&height=..&rnd=<FILETIME
ticks>`) with "الأخبار" and breadcrumbs; `article.news-details`: category, `h1`, the date as .NET's
ar-AE "dd MMMM yyyy" ("12 مايو 2024", zero-padded "06 أغسطس 2024"), "بقلم: ..." on page 2 only
("المصدر: المكتب الإعلامي" on 1 and 3), figure + figcaption (pages 1, 2), the summary
`div.news-brief` (the lead), then the body as Umbraco's Bootstrap3 grid (`umb-grid` >
`grid-section` > `<div >` > `container` > `row clearfix` > `col-md-N column` > `<div >`, RTE
paragraphs): page 1 with a gallery row of three Media.cshtml controls (`?width=600&height=400&
center=0.5,0.5&mode=crop`, `p.caption` each), page 2 with the `quote` control (`<blockquote>#value#
</blockquote>`), bold words and a `data-udi="umb://document/..."` link, page 3 (a short statement)
ending its RTE with a `umb://media` "تحميل البيان (PDF)" link. Then "الوسوم:" tags, the share bar,
the sidebar ("أحدث الأخبار" with dates; an Umbraco Forms 8 newsletter: `umbraco-forms-form`,
`__RequestVerificationToken`, FormId/FormName/RecordId, email, consent, honeypot, form config,
`ufprt`), the "أخبار ذات صلة" carousel (dd/MM/yyyy), the UAE happiness meter, the footer (address,
phone, hours, copyright, "آخر تحديث: dd/MM/yyyy", resolution note) and a cookie banner. All but
the lead and the grid's paragraphs (quote included) is chrome; the day is the UAE (+04:00) day."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta

from .base import MONTHS, Article, Page, e

NAME = "umbraco_gov_news"
HELD_OUT = True
SET = "unseen16"
FAMILY = "Umbraco 8 UAE authority media centre: umb-grid body, /media/ crop URLs, ar-AE dates, Umbraco Forms newsletter, related carousel"
HOST = "https://maktab-alielam.example"
ENTITY = "هيئة الفجيرة للتنمية والتخطيط العمراني"
ENTITY_EN = "Fujairah Development & Urban Planning Authority"
EN_SLUG = {1: "fujairah-coastal-walkway-phase-one-opens", 2: "al-tawyeen-residential-district-masterplan-approved", 3: "residential-building-permit-fees-amended-2025"}
MAIN_IMAGE = {1: ("x2kqv0ld", "walkway-opening-01.jpg"), 2: ("b7m3nwqe", "board-meeting-aug-2024.jpg")}
GALLERY = (("q4tz1wme", "walkway-01.jpg", "مسار المشاة على امتداد كورنيش الفجيرة"), ("hn0c5ryb", "walkway-02.jpg", "المسار المخصص للدراجات الهوائية"),
           ("v9dk2aeo", "walkway-03.jpg", "إحدى مناطق ألعاب الأطفال في الممشى"))
PDF = ("3rfa0kzu", "building-permit-fees-statement-ar.pdf", "تحميل البيان (PDF)")
BOLD, LINKED = {2: (1, "ثلاث دفعات خلال عامين")}, {2: (1, "منصة الخدمات الإلكترونية", "/ar/e-services/")}
UPDATED = {1: timedelta(days=1, hours=2), 2: timedelta(hours=8), 3: timedelta(days=4)}
BYLINE, SOURCE = {2: "بقلم: علياء الكعبي"}, "المصدر: المكتب الإعلامي"
BANNER = "/media/pl2dtqfo/media-centre-banner.jpg?anchor=center&amp;mode=crop&amp;width=1920&amp;height=420&amp;rnd=132885114550000000"
TOP_LINKS = (("/ar/sitemap/", "خريطة الموقع"), ("/ar/faq/", "الأسئلة الشائعة"), ("/ar/contact-us/", "اتصل بنا"))
MENU = (("/ar/", "الرئيسية", ()), ("/ar/about-us/", "عن الهيئة", (("vision-and-mission", "الرؤية والرسالة"), ("leadership", "القيادة"), ("organisational-structure", "الهيكل التنظيمي"))),
        ("/ar/our-services/", "خدماتنا", ()), ("/ar/projects/", "مشاريعنا", ()), ("/ar/media-centre/", "المركز الإعلامي", (("news", "الأخبار"), ("photo-gallery", "معرض الصور"), ("videos", "الفيديو"), ("publications", "الإصدارات"))),
        ("/ar/contact-us/", "تواصل معنا", ()))
LATEST = ("الهيئة تطلق خدمة إصدار شهادات الإنجاز إلكترونيا خلال 48 ساعة", "بدء أعمال صيانة الطرق الداخلية في منطقة مربح",
          "ورشة تعريفية للمقاولين حول اشتراطات المباني المستدامة", "الهيئة تستقبل وفدا من بلدية كلباء لتبادل الخبرات",
          "تمديد ساعات العمل في مراكز الخدمة خلال موسم الصيف", "إنجاز 85 بالمئة من مشروع تطوير سوق الجمعة في مسافي")
SHARE = (("https://www.facebook.com/sharer/sharer.php?u=", "فيسبوك", "fab fa-facebook-f"), ("https://twitter.com/intent/tweet?url=", "إكس", "fab fa-x-twitter"),
         ("https://www.linkedin.com/shareArticle?mini=true&amp;url=", "لينكدإن", "fab fa-linkedin-in"), ("https://api.whatsapp.com/send?text=", "واتساب", "fab fa-whatsapp"))
NEWSLETTER = ("النشرة الإخبارية", "اشترك ليصلك جديد أخبار الهيئة ومشاريعها على بريدك الإلكتروني.",
              "البريد الإلكتروني", "الموافقة", "أوافق على استلام النشرة الإخبارية وفق سياسة الخصوصية")
HAPPINESS = ("ما مدى رضاك عن محتوى هذه الصفحة؟", ("سعيد", "محايد", "غير سعيد"))
ABOUT = "جهة حكومية تعنى بتخطيط المدن وتطوير البنية التحتية والمرافق العامة في إمارة الفجيرة."
QUICK = (("/ar/e-services/", "الخدمات الذكية"), ("/ar/tenders/", "المناقصات"), ("/ar/careers/", "الوظائف"),
         ("/ar/privacy-policy/", "سياسة الخصوصية"), ("/ar/terms-and-conditions/", "الشروط والأحكام"))
CONTACT = ("ص.ب 1555، شارع حمد بن عبدالله، الفجيرة، الإمارات العربية المتحدة", "+971 9 222 0000",
           "media@maktab-alielam.example", "من الاثنين إلى الخميس 7:30 ص - 3:30 م، والجمعة 7:30 ص - 12:00 م")
SOCIAL = (("https://x.com/fdupa_uae", "إكس", "fab fa-x-twitter"), ("https://www.instagram.com/fdupa_uae/", "إنستغرام", "fab fa-instagram"),
          ("https://www.youtube.com/@fdupa_uae", "يوتيوب", "fab fa-youtube"), ("https://www.linkedin.com/company/fdupa/", "لينكدإن", "fab fa-linkedin-in"))
BROWSER = "أفضل عرض للموقع بدقة 1366×768 على أحدث إصدارات المتصفحات"
COOKIE = ("يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح. بمواصلة استخدامك للموقع فإنك توافق على ", "سياسة ملفات تعريف الارتباط", ".")
FORM_ID, CDV = uuid.uuid5(uuid.NAMESPACE_URL, HOST + "/forms/newsletter"), "1873412210"


def _long(moment: datetime) -> str:
    """.NET `ToString("dd MMMM yyyy")` in ar-AE: "06 أغسطس 2024"."""
    return f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def _crop(folder: str, file: str, width: int, height: int, moment: datetime) -> str:
    """ImageProcessor crop URL; rnd is the media item's update date as FILETIME ticks."""
    ticks = int((moment.astimezone(UTC) - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 1000) * 10000
    return f"/media/{folder}/{file}?anchor=center&amp;mode=crop&amp;width={width}&amp;height={height}&amp;rnd={ticks}"


def _token(seed: str, size: int) -> str:
    raw = b"".join(hashlib.sha512(f"{seed}{k}".encode()).digest() for k in range(4))
    return base64.b64encode(raw).decode()[:size].replace("+", "-").replace("/", "_")


def _guid(seed: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, HOST + seed)


def _para(text: str, n: int, k: int) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words, href = e(LINKED[n][1]), LINKED[n][2]
        html = html.replace(words, f'<a data-udi="umb://document/{_guid(href).hex}" href="{href}" title="الخدمات الذكية">{words}</a>', 1)
    return f"<p>{html}</p>"


def _area(width: int, controls: str) -> str:
    return f"""            <div class="col-md-{width} column">
                <div >
{controls}
                </div>
            </div>"""


def _row(areas: list[str], attrs: str = "") -> str:
    return f"""    <div {attrs}>
<div class="container">
        <div class="row clearfix">
{"".join(areas)}        </div>
</div>
    </div>
"""


def _grid(article: Article, n: int) -> str:
    """Views/Partials/Grid/Bootstrap3.cshtml with one section, as Razor writes it."""
    paras = [_para(text, n, k) for k, text in enumerate(article.paragraphs)]
    rte = "\n".join
    if n == 1:
        media = [_area(4, f"""
    <img src="/media/{folder}/{file}?width=600&amp;height=400&amp;center=0.5,0.5&amp;mode=crop" alt="{e(caption)}">

        <p class="caption">{e(caption)}</p>
""") for folder, file, caption in GALLERY]
        rows = [_row([_area(12, rte(paras[:2]))]), _row(media, 'class="gallery-row"'), _row([_area(12, rte(paras[2:]))])]
    elif n == 2:
        quote = f"\n            <blockquote>{e(article.paragraphs[3])}</blockquote>\n        "
        rows = [_row([_area(12, rte(paras[:3]))]), _row([_area(12, quote)]), _row([_area(12, rte(paras[4:]))])]
    else:
        folder, file, label = PDF
        link = f'<p><a rel="noopener" href="/media/{folder}/{file}" target="_blank" data-udi="umb://media/{_guid(file).hex}" title="{file}">{e(label)}</a></p>'
        rows = [_row([_area(12, rte([*paras, link]))])]
    return f"""<div class="umb-grid">
                <div class="grid-section">
{"".join(rows)}                </div>
    </div>"""


def _field(kind: str, fid: uuid.UUID, label: str, control: str) -> str:
    return f"""                                <div class=" umbraco-forms-field {kind}">
                                        <label for="{fid}" class="umbraco-forms-label">{label} <span class="umbraco-forms-indicator">*</span></label>
                                    <div class="umbraco-forms-field-wrapper">
                                        {control}<span class="field-validation-valid" data-valmsg-for="{fid}" data-valmsg-replace="true"></span>
                                    </div>
                                </div>"""


def _form(path: str, article: Article) -> str:
    """Umbraco Forms 8.x default theme: BeginUmbracoForm, the antiforgery token first, ufprt last."""
    fid, client = str(FORM_ID), FORM_ID.hex
    email, consent = _guid("/forms/newsletter/email"), _guid("/forms/newsletter/consent")
    _title, _desc, email_label, consent_label, consent_text = NEWSLETTER
    hidden = "".join(f'<input{val} id="{name}" name="{name}" type="hidden" value="{value}" />' for name, val, value in (
        ("FormId", ' data-val="true" data-val-required="The FormId field is required."', fid), ("FormName", "", "Newsletter"),
        ("RecordId", ' data-val="true" data-val-required="The RecordId field is required."', "00000000-0000-0000-0000-000000000000"),
        ("PreviousClicked", "", ""), ("Theme", "", "default"), ("RedirectToPageId", "", "")))
    email_input = (f'<input type="email" name="{email}" id="{email}" data-umb="{email}" class="text" value="" maxlength="255" placeholder="name@example.ae" data-val="true" '
                   'data-val-required="يرجى إدخال البريد الإلكتروني" data-val-regex="يرجى إدخال بريد إلكتروني صحيح" '
                   'data-regex="^[_a-z0-9-]+(\\.[_a-z0-9-]+)*@[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.[a-z]{2,})$" />\n')
    consent_input = (f'<input type="checkbox" name="{consent}" id="{consent}" data-umb="{consent}" value="true" data-val="true" data-val-requiredcb="يرجى الموافقة على سياسة الخصوصية" />\n'
                     f'<input type="hidden" name="{consent}" value="false" />\n<label for="{consent}">{consent_text}</label>\n')
    return f"""<div id="umbraco_form_{client}" class="umbraco-forms-form newsletter umbraco-forms-default">
<form action="{path}" enctype="multipart/form-data" method="post"><input name="__RequestVerificationToken" type="hidden" value="{_token(article.slug + 'csrf', 108)}" />{hidden}        <input type="hidden" name="FormStep" id="FormStep" value="0" />
        <input type="hidden" name="RecordState" id="RecordState" value="{_token(article.slug + 'state', 96)}" />
<div class="umbraco-forms-page" id="{_guid('/forms/newsletter/page')}">
            <fieldset class="umbraco-forms-fieldset" id="{_guid('/forms/newsletter/fieldset')}"><div class="row-fluid"><div class="umbraco-forms-container col-md-12">
{_field("email shortanswer mandatory", email, email_label, email_input)}
{_field("consent dataconsent mandatory alternating", consent, consent_label, consent_input)}
            </div></div></fieldset>
    <div style="display: none" aria-hidden="true"><input type="text" name="{client}" /></div>
    <div class="umbraco-forms-navigation row-fluid"><div class="col-md-12">
                <input type="submit" class="btn primary" value="اشتراك" name="__next" data-form-navigate="next" />
    </div></div>
</div>
<div class="umbraco-forms-form-config" id="umbraco_form_{client}_config" data-id="{client}" data-serialized-page-button-conditions="{{}}" data-serialized-fieldset-conditions="{{}}" data-serialized-field-conditions="{{}}" data-serialized-fields-not-displayed="{{}}" data-trigger-conditions-check-on="change" data-form-element-html-id-prefix="" data-disable-validation-dependency-check="false"></div>
<input name="ufprt" type="hidden" value="{hashlib.sha512((article.slug + path).encode()).hexdigest().upper()}" /></form>
</div>"""


def _head(article: Article, n: int, url: str, og_image: str) -> str:
    desc = e(article.lead[:155].rsplit(" ", 1)[0] + "...")
    bundle = base64.b64encode(b"/css/bootstrap.rtl.min.css;/css/owl.carousel.min.css;/css/fontawesome.min.css;/css/site.css;/css/site-rtl.css;").decode()
    org = {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": ENTITY, "alternateName": ENTITY_EN,
           "url": HOST + "/ar/", "logo": HOST + "/images/logo-ar.svg", "telephone": "+97192220000",
           "address": {"@type": "PostalAddress", "postOfficeBoxNumber": "1555", "addressLocality": "الفجيرة", "addressCountry": "AE"},
           "sameAs": [href for href, _, _ in SOCIAL]}
    metas = (("name", "description", desc), ("name", "keywords", e(", ".join(article.tags))), ("property", "og:site_name", ENTITY), ("property", "og:type", "article"),
             ("property", "og:title", e(article.headline)), ("property", "og:description", desc), ("property", "og:url", url), ("property", "og:image", og_image),
             ("property", "og:locale", "ar_AE"), ("property", "article:published_time", f"{article.moment:%Y-%m-%dT%H:%M:%S}"), ("property", "article:section", e(article.section)),
             ("name", "twitter:card", "summary_large_image"), ("name", "twitter:site", "@fdupa_uae"), ("name", "twitter:title", e(article.headline)), ("name", "twitter:image", og_image))
    meta = "\n".join(f'    <meta {kind}="{key}" content="{value}" />' for kind, key, value in metas)
    return f"""<head>
    <meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
    <title>{e(article.headline)} | {ENTITY}</title>
    <link rel="canonical" href="{url}" /><link rel="alternate" hreflang="ar-AE" href="{url}" /><link rel="alternate" hreflang="en-US" href="{HOST}/en/media-centre/news/{EN_SLUG[n]}/" />
{meta}
    <link rel="icon" type="image/png" href="/images/favicon-32x32.png" sizes="32x32" />
    <link href="https://fonts.googleapis.com/css2?family=Cairo:wght@400;600;700&amp;display=swap" rel="stylesheet" />
    <link href="/DependencyHandler.axd?s={bundle}&amp;t=Css&amp;cdv={CDV}" type="text/css" rel="stylesheet"/>
    <link rel="stylesheet" href="/App_Plugins/UmbracoForms/Assets/themes/default/style.min.css" />
    <script type="application/ld+json">{json.dumps(org, ensure_ascii=False)}</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QF2M4XK1B"></script><script>window.dataLayer = window.dataLayer || []; function gtag() {{ dataLayer.push(arguments); }} gtag('js', new Date()); gtag('config', 'G-7QF2M4XK1B');</script>
</head>"""


def _header(page: Page, n: int) -> str:
    page.add("الانتقال إلى المحتوى الرئيسي", *(label for _, label in TOP_LINKS), "English", "عربي")
    nav = []
    for href, label, children in MENU:
        page.add(label, *(name for _, name in children))
        if not children:
            nav.append(f'                    <li class="nav-item"><a class="nav-link" href="{href}">{label}</a></li>')
            continue
        items = "\n".join(f'                            <a class="dropdown-item" href="{href}{seg}/">{name}</a>' for seg, name in children)
        nav.append(f"""                    <li class="nav-item dropdown{" active" if href == "/ar/media-centre/" else ""}"><a class="nav-link dropdown-toggle" href="{href}" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{label}</a><div class="dropdown-menu">
{items}
                    </div></li>""")
    top = "\n".join(f'                    <li class="list-inline-item"><a href="{href}">{label}</a></li>' for href, label in TOP_LINKS)
    tools = "\n".join(f'                    <button type="button" class="{cls}" aria-label="{label}"><i class="fas {icon}"></i></button>' for cls, label, icon in (
        ("btn-font-size increase", "تكبير الخط", "fa-plus"), ("btn-font-size decrease", "تصغير الخط", "fa-minus"), ("btn-contrast", "تباين الألوان", "fa-adjust")))
    return f"""    <a class="skip-link sr-only sr-only-focusable" href="#main-content">الانتقال إلى المحتوى الرئيسي</a>
    <header class="site-header">
        <div class="top-header"><div class="container d-flex justify-content-between align-items-center">
                <ul class="top-links list-inline mb-0">
{top}
                </ul><div class="header-tools">
{tools}
                    <div class="lang-switch"><a href="/en/media-centre/news/{EN_SLUG[n]}/" lang="en" hreflang="en">English</a> <span class="sep">|</span> <span class="current" lang="ar">عربي</span></div>
                </div>
        </div></div>
        <nav class="navbar navbar-expand-lg main-navbar"><div class="container">
                <a class="navbar-brand" href="/ar/"><img src="/images/logo-ar.svg" alt="{ENTITY}" width="230" /></a>
                <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainMenu" aria-controls="mainMenu" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="mainMenu"><ul class="navbar-nav mr-auto">
{chr(10).join(nav)}
                </ul><form class="header-search" action="/ar/search/" method="get"><input type="search" name="q" placeholder="ابحث في الموقع" aria-label="بحث" /><button type="submit" aria-label="بحث"><i class="fas fa-search"></i></button></form>
                </div>
        </div></nav>
    </header>"""


def _footer(page: Page, article: Article, updated: datetime) -> str:
    question, faces = HAPPINESS
    year = article.moment.year
    page.add(question, *faces, ABOUT, "روابط سريعة", *(label for _, label in QUICK), "تواصل معنا", *CONTACT, "تابعونا",
             f"جميع الحقوق محفوظة © {year} {ENTITY}", f"آخر تحديث: {updated:%d/%m/%Y}", BROWSER, "".join(COOKIE), "موافق")
    happy = "\n".join(f'                <button type="button" class="btn-happiness" data-value="{k}"><img src="/images/happiness-{k}.svg" alt="" /> <span>{face}</span></button>'
                      for k, face in enumerate(faces, 1))
    quick = "\n".join(f'                            <li><a href="{href}">{label}</a></li>' for href, label in QUICK)
    social = "\n".join(f'                            <li class="list-inline-item"><a href="{href}" target="_blank" rel="noopener" aria-label="{label}"><i class="{icon}"></i></a></li>'
                       for href, label, icon in SOCIAL)
    values = (("fas fa-map-marker-alt", CONTACT[0]), ("fas fa-phone-alt", f'<a href="tel:+97192220000" dir="ltr">{CONTACT[1]}</a>'),
              ("fas fa-envelope", f'<a href="mailto:{CONTACT[2]}">{CONTACT[2]}</a>'), ("far fa-clock", CONTACT[3]))
    contact = "\n".join(f'                            <li><i class="{icon}" aria-hidden="true"></i> {value}</li>' for icon, value in values)
    return f"""<section class="happiness-meter">
    <div class="container"><div class="happiness-box"><p class="happiness-question">{question}</p><div class="happiness-faces">
{happy}
    </div></div></div>
</section>

    </main>

    <footer class="site-footer">
        <div class="footer-top"><div class="container"><div class="row">
                    <div class="col-lg-4 col-md-6"><img src="/images/logo-ar-white.svg" alt="{ENTITY}" class="footer-logo" /><p class="footer-about">{ABOUT}</p></div>
                    <div class="col-lg-2 col-md-6"><h4 class="footer-title">روابط سريعة</h4><ul class="footer-links">
{quick}
                    </ul></div>
                    <div class="col-lg-3 col-md-6"><h4 class="footer-title">تواصل معنا</h4><ul class="footer-contact">
{contact}
                    </ul></div>
                    <div class="col-lg-3 col-md-6"><h4 class="footer-title">تابعونا</h4><ul class="footer-social list-inline">
{social}
                    </ul></div>
        </div></div></div>
        <div class="footer-bottom"><div class="container d-flex justify-content-between flex-wrap">
            <p class="copyright">جميع الحقوق محفوظة &copy; {year} {ENTITY}</p><p class="last-update">آخر تحديث: {updated:%d/%m/%Y}</p><p class="browser-note">{BROWSER}</p>
        </div></div>
    </footer>

    <div class="cookie-consent" id="cookieConsent" role="dialog" aria-live="polite"><div class="container d-flex align-items-center justify-content-between">
            <p>{COOKIE[0]}<a data-udi="umb://document/{_guid('/ar/cookie-policy/').hex}" href="/ar/cookie-policy/" title="{COOKIE[1]}">{COOKIE[1]}</a>{COOKIE[2]}</p><button type="button" class="btn btn-accept-cookies" data-dismiss="cookie">موافق</button>
    </div></div>

    <script src="/scripts/jquery-3.6.0.min.js"></script><script src="https://ajax.aspnetcdn.com/ajax/jquery.validate/1.19.3/jquery.validate.min.js"></script><script src="https://ajax.aspnetcdn.com/ajax/mvc/5.2.3/jquery.validate.unobtrusive.min.js"></script>
    <script src="/scripts/bootstrap.bundle.min.js"></script><script src="/DependencyHandler.axd?s={base64.b64encode(b"/scripts/owl.carousel.min.js;/scripts/site.js;").decode()}&amp;t=Javascript&amp;cdv={CDV}" type="text/javascript"></script>
    <script src="/App_Plugins/UmbracoForms/Assets/themes/default/umbracoforms.js" type="application/javascript"></script>
</body>
</html>
"""


def _sidebar(page: Page, article: Article, n: int, path: str) -> str:
    latest = []
    for k in range(4):
        title = LATEST[(n * 2 + k) % len(LATEST)]
        when = article.moment - timedelta(days=2 + 3 * k, hours=5)
        page.add(title, _long(when))
        latest.append(f"""                        <li><a href="/ar/media-centre/news/{_guid(title).hex[:10]}/"><div class="thumb"><img src="{_crop('n' + _guid(title).hex[:7], 'thumb.jpg', 90, 70, when)}" alt="{e(title)}" /></div>
                            <div class="info"><h4>{e(title)}</h4><span class="date">{_long(when)}</span></div></a></li>""")
    page.add("أحدث الأخبار", *NEWSLETTER)
    return f"""            <aside class="col-lg-4 col-md-12 news-sidebar">
                <div class="sidebar-box latest-news-box"><h3 class="sidebar-title">أحدث الأخبار</h3><ul class="latest-news-list">
{chr(10).join(latest)}
                </ul></div>
                <div class="sidebar-box newsletter-box"><h3 class="sidebar-title">{NEWSLETTER[0]}</h3><p>{NEWSLETTER[1]}</p>
{_form(path, article)}
                </div>
            </aside>"""


def _related(page: Page, article: Article) -> str:
    page.add("أخبار ذات صلة", "عرض جميع الأخبار")
    cards = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=(9, 23, 41)[k], hours=3)
        page.add(title, f"{when:%d/%m/%Y}")
        cards.append(f"""                <div class="item"><div class="news-card"><a href="/ar/media-centre/news/{_guid(title).hex[:12]}/">
                        <div class="news-card-img"><img class="owl-lazy" data-src="{_crop('r' + _guid(title).hex[:7], 'card.jpg', 360, 240, when)}" alt="{e(title)}" /></div>
                        <div class="news-card-body"><span class="news-card-date"><i class="far fa-calendar-alt"></i> {when:%d/%m/%Y}</span><h3 class="news-card-title">{e(title)}</h3></div>
                </a></div></div>""")
    return f"""<section class="related-news-section"><div class="container">
        <div class="section-header d-flex justify-content-between"><h2 class="section-title">أخبار ذات صلة</h2><a href="/ar/media-centre/news/" class="view-all">عرض جميع الأخبار</a></div>
        <div class="owl-carousel owl-theme related-news-carousel">
{chr(10).join(cards)}
        </div>
</div></section>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    path = f"/ar/media-centre/news/{EN_SLUG[n]}/"
    url, shown = HOST + path, _long(moment)
    page = Page(url=url, html="", shown_date=shown)
    header = _header(page, n)
    page.add("الأخبار", article.section, shown, BYLINE.get(n, SOURCE))
    figure, og_image = "", HOST + "/images/og-default.jpg"
    if n in MAIN_IMAGE:
        folder, file = MAIN_IMAGE[n]
        figure = f"""
                    <figure class="news-image"><img src="{_crop(folder, file, 850, 480, moment - timedelta(minutes=40))}" alt="{e(article.headline)}" class="img-fluid" />
                        <figcaption>{e(article.caption)}</figcaption></figure>"""
        page.add(article.caption)
        og_image = HOST + _crop(folder, file, 1200, 630, moment - timedelta(minutes=40))
    page.add(*(caption for _, _, caption in GALLERY if n == 1), PDF[2] if n == 3 else "")
    page.add("الوسوم:", *article.tags, "شارك الخبر:", "طباعة")
    tags = "\n".join(f'                        <a href="/ar/media-centre/news/?tag={e(t)}" class="tag">{e(t)}</a>' for t in article.tags)
    share = "\n".join(f'                            <li><a href="{base}{url}" target="_blank" rel="noopener" aria-label="{label}"><i class="{icon}"></i></a></li>'
                      for base, label, icon in SHARE)
    sidebar, related = _sidebar(page, article, n, path), _related(page, article)
    footer = _footer(page, article, moment + UPDATED[n])
    page.html = f"""

<!DOCTYPE html>
<html lang="ar" dir="rtl">
{_head(article, n, url, og_image)}
<body class="rtl newsDetailsPage" data-nodeid="{article.slug}">
{header}
    <main id="main-content">

<section class="inner-banner" style="background-image: url('{BANNER}');">
    <div class="container"><div class="inner-banner-content">
            <h2 class="page-title">الأخبار</h2>
            <nav aria-label="breadcrumb"><ol class="breadcrumb">
                            <li class="breadcrumb-item"><a href="/ar/">الرئيسية</a></li>
                            <li class="breadcrumb-item"><a href="/ar/media-centre/">المركز الإعلامي</a></li>
                            <li class="breadcrumb-item"><a href="/ar/media-centre/news/">الأخبار</a></li>
                    <li class="breadcrumb-item active" aria-current="page">{e(article.headline)}</li>
            </ol></nav>
    </div></div>
</section>

<section class="news-details-section">
    <div class="container"><div class="row">
            <div class="col-lg-8 col-md-12"><article class="news-details">
                    <div class="news-head"><span class="news-category">{e(article.section)}</span><h1 class="news-title">{e(article.headline)}</h1>
                        <ul class="news-meta list-inline"><li class="list-inline-item"><i class="far fa-calendar-alt" aria-hidden="true"></i> <span>{shown}</span></li>
                            <li class="list-inline-item"><i class="far {"fa-user" if n in BYLINE else "fa-building"}" aria-hidden="true"></i> <span>{BYLINE.get(n, SOURCE)}</span></li></ul>
                    </div>{figure}
                    <div class="news-brief"><p>{e(article.lead)}</p></div>
                    <div class="news-content">{_grid(article, n)}</div>
                    <div class="news-tags"><span class="tags-title">الوسوم:</span>
{tags}</div>
                    <div class="news-share"><span class="share-title">شارك الخبر:</span><ul class="share-list list-inline">
{share}
                        </ul><button type="button" class="btn-print" onclick="window.print();"><i class="fas fa-print" aria-hidden="true"></i> طباعة</button></div>
            </article></div>
{sidebar}
    </div></div>
</section>
{related}
{footer}"""
    return page
