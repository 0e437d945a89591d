"""A big Gulf news outlet ("الأفق.نت", in the manner of Al Arabiya / Sky News Arabia / Asharq)
built on Sitecore (MVC with SXA themes): pages under `/ar/<section path>/<yyyy>/<mm>/<dd>/<Arabic
words slug>`, the theme CSS and scripts served from `/-/media/Themes/...` and
`/-/media/Base-Themes/...`, every image a Sitecore media URL
(`/-/media/alofoq/images/2024/02/06/<name>.jpg?h=450&w=800&la=ar&hash=<32 hex>`), components
carrying `data-sc-item="{GUID}"`, the `dataLayer` with `scItemId` / `sc_lang`, the English edition
link with `?sc_lang=en`, an MVC `__RequestVerificationToken` in the newsletter form. The head
holds og/twitter meta (`article:published_time` in UTC) and two JSON-LD blocks: a NewsArticle
whose datePublished / dateModified are UTC ("2024-07-10T21:50:00Z" for a story shown on 11
July, published 00:50 Mecca time) and a BreadcrumbList.
The body: the top bar (the editions "English" / "فارسی", "البث المباشر", "بحث"), the logo, the
big header nav with its mega-menu sub-items in the DOM, the breaking bar ("عاجل" + two
items), the SXA breadcrumb (الرئيسية › parent › section), the section label, the headline
`h1.article-title`, the summary `h2.article-subtitle` (one sentence that is not in the story),
the source line (place + outlet, "دبي - الأفق.نت", or place + named writer "الرياض - سارة
الدوسري" with the name linked to the author page), the date lines "نشر في: 6 فبراير 2024 ,10:25 ص
(توقيت مكة)" and "آخر تحديث: 7 فبراير 2024 ,08:10 ص (توقيت مكة)" (updated on a later day on pages
1 and 2, later the same day on page 3), the share bar, the main image `figure.article-main-media`
with caption and agency credit ("(وام)", "(واس)", "(أ ف ب)"), then `div.article-body` with one
`<p>` per paragraph (the lead first; an inline tag link or `<strong>` inside one paragraph), and
between the paragraphs an "اقرأ المزيد" card (thumbnail + another story's headline), on page 1
an embedded tweet (`blockquote.twitter-tweet`, the account's own words, its name and date), on
page 2 a DFP ad slot labelled "إعلان", on page 3 a WhatsApp-channel promo as the body's last
block. After the body: "كلمات مفتاحية" tags, "مواضيع ذات صلة" cards with their dates, the
Outbrain widget (`div.OUTBRAIN[data-widget-id="AR_1"]` as its script fills it: "قد يعجبك
أيضاً", sponsored headlines with their advertisers, "محتوى مدفوع"); the sidebar "الأكثر قراءة",
an MPU ad and the newsletter box; the footer (sections, corporate links, apps, copyright) and
the cookie banner. The site shows Mecca time (+03:00)."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, day_month_year, e

NAME = "sitecore_outlet"
HELD_OUT = True
SET = "unseen11"
FAMILY = "Gulf news outlet on Sitecore (SXA): /-/media/...?h=&w=&hash= images, data-sc-item GUIDs, h2 summary, نشر في / آخر تحديث (توقيت مكة) lines, tweet + اقرأ المزيد cards in div.article-body, Outbrain AR_1, UTC JSON-LD"
HOST = "https://www.alofoq.example"
SITE = "الأفق.نت"
EDITIONS = (("en", "English"), ("fa", "فارسی"))
TOP = ("البث المباشر", "بحث")
SKIP = "انتقل إلى المحتوى الرئيسي"
MENU = (
    ("الرئيسية", "", ()),
    ("السعودية", "saudi-today", ("أخبار السعودية", "رؤية 2030", "الحج والعمرة")),
    ("الخليج", "gulf", ("الإمارات", "الكويت", "قطر", "البحرين", "عمان")),
    ("العرب والعالم", "arab-and-world", ("مصر", "العراق", "سوريا", "لبنان", "اليمن", "السودان",
                                        "إيران", "أميركا")),
    ("أسواق", "aswaq", ("اقتصاد", "طاقة", "أسواق مالية", "عقارات", "سفر وسياحة")),
    ("رياضة", "sport", ("كرة قدم سعودية", "كرة قدم عالمية", "رياضات أخرى")),
    ("ثقافة وفن", "culture-and-art", ()),
    ("منوعات", "variety", ("صحة", "علوم وتكنولوجيا", "مرأة", "سيارات")),
    ("فيديو", "videos", ()),
    ("برامج", "programs", ()),
    ("آراء", "views", ()),
)
HOME = "الرئيسية"
BREAKING = "عاجل"
BREAKING_POOL = (
    "ولي العهد السعودي يتلقى اتصالا هاتفيا من الرئيس الفرنسي",
    "مجلس الوزراء الكويتي يقر مشروع الميزانية الجديدة",
    "الاحتياطي الفيدرالي يبقي أسعار الفائدة دون تغيير",
    "أمير قطر يصل إلى القاهرة في زيارة رسمية",
    "ارتفاع أسعار خام برنت إلى 83 دولارا للبرميل",
    "الهلال يتوج بلقب كأس السوبر السعودي",
)
# page n: (breadcrumb parents as (label, path), section path, place, credit)
PAGES = (
    ((("الخليج", "gulf"),), "gulf/uae", "دبي", "(وام)"),
    ((("أسواق", "aswaq"),), "aswaq/travel-and-tourism", "الرياض", "(واس)"),
    ((), "gulf", "مسقط", "(أ ف ب)"),
)
SUMMARY = (
    "أكثر من 240 ألف رحلة منذ تشغيل الخدمة في الخليج التجاري وند الحمر",
    "إنفاق الزوار الدوليين يقترب من 86 مليار ريال والسياحة الدينية في الصدارة",
    "توقعات بأمطار تصل إلى 60 ملليمترا وتحويل الدراسة في مسندم وشمال الباطنة إلى التعلم عن بعد",
)
# the last edit, after the publication
UPDATED = (timedelta(hours=21, minutes=45), timedelta(days=1, hours=14, minutes=25),
           timedelta(hours=1, minutes=25))
AUTHOR_PATHS = {"سارة الدوسري": "sara-al-dosari"}
# page n: (after paragraph k, headline, section path, slug)
READ_MORE = (
    (2, "مترو دبي يسجل 275 مليون راكب خلال عام 2023", "gulf/uae",
     "مترو-دبي-يسجل-275-مليون-راكب-خلال-عام-2023"),
    (1, "الدرعية تستقبل أول فندق فاخر في حي البجيري", "aswaq/travel-and-tourism",
     "الدرعية-تستقبل-أول-فندق-فاخر-في-حي-البجيري"),
    (1, "منخفض الهدير: تعليق الدوام في 5 محافظات عمانية", "gulf",
     "منخفض-الهدير-تعليق-الدوام-في-5-محافظات-عمانية"),
)
READ_MORE_LABEL = "اقرأ المزيد"
# page n: (paragraph k, the words, tag link or None for <strong>)
INLINE = (
    (0, "هيئة الطرق والمواصلات", "هيئة-الطرق-والمواصلات"),
    (5, "رؤية المملكة 2030", "رؤية-2030"),
    (3, "اللجنة الوطنية لإدارة الحالات الطارئة", None),
)
TWEET_AFTER = 1
TWEET_TEXT = "بدءاً من 12 فبراير.. خدمة"
TWEET_HASHTAG = "#الحافلات_حسب_الطلب"
TWEET_REST = "تصل إلى البرشاء جنوب ومجمع دبي للاستثمار. احجز رحلتك الآن عبر تطبيق سهيل 🚐"
TWEET_PIC = "pic.twitter.com/Xk4QbR7mWp"
TWEET_BY = "RTA (@rta_dubai)"
TWEET_DATE = "February 6, 2024"
AD_AFTER = 3
AD_LABEL = "إعلان"
PROMO = "تابعوا آخر أخبار الخليج عبر قناة الأفق.نت على واتساب"
SHARE = ("شارك", "واتساب", "إكس", "فيسبوك", "تيليغرام", "لينكدإن", "نسخ الرابط")
TAGS_TITLE = "كلمات مفتاحية"
RELATED_TITLE = "مواضيع ذات صلة"
OB_TITLE = "قد يعجبك أيضاً"
OB_PAID = "محتوى مدفوع"
SPONSORED = (
    ("شقق بإطلالة على البحر في دبي بدفعة أولى 10% فقط", "Emaar Beachfront"),
    ("هل تعاني من آلام الظهر؟ هذا ما يوصي به أطباء العظام", "HealthLine Arabia"),
    ("أسعار الفلل في الرياض قد تفاجئك هذا العام", "عقارات اليوم"),
    ("تعلم الإنجليزية في 3 أشهر بطريقة ممتعة", "Lingo Academy"),
    ("أفضل 10 وجهات صيفية للعائلات الخليجية", "Travel Deals"),
    ("ابدأ الاستثمار في الذهب بمبلغ صغير", "GoldInvest"),
    ("سيارات فاخرة مستعملة بأسعار لا تصدق", "AutoMart"),
    ("لماذا يتجه الجميع إلى هذه الساعة الذكية؟", "TechReview"),
)
MOST_TITLE = "الأكثر قراءة"
MOST_READ = (
    "السعودية تعلن موعد بدء التسجيل في برنامج الابتعاث الجديد",
    "الإمارات: إجازة رسمية للقطاع الخاص بمناسبة رأس السنة الهجرية",
    "أسعار الذهب تقفز إلى مستوى قياسي جديد",
    "الكويت تبدأ تطبيق البصمة البيومترية للمقيمين",
    "قطر تعلن تفاصيل النسخة الجديدة من معرض الدوحة للكتاب",
    "البحرين تطلق تأشيرة ذهبية للمستثمرين والمتقاعدين",
    "النصر يحسم صفقة مدافع برازيلي",
    "أرامكو تعلن توزيعات أرباح الربع الثاني",
)
NEWSLETTER = ("النشرة البريدية", "اشترك في النشرة اليومية لتصلك أبرز الأخبار صباح كل يوم",
              "اشترك")
FOOTER_LINKS = ("من نحن", "اتصل بنا", "أعلن معنا", "وظائف", "سياسة الخصوصية", "شروط الاستخدام",
                "خريطة الموقع", "RSS")
APPS = ("حمّل التطبيق", "App Store", "Google Play")
FOLLOW = "تابعونا على"
COPYRIGHT = "© 2024 الأفق.نت. جميع الحقوق محفوظة"
COOKIE = ("نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا. بمتابعة التصفح فإنك "
          "توافق على سياسة الخصوصية", "موافق", "إدارة التفضيلات")


def _guid(*key: object) -> str:
    return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, "|".join(map(str, key)))).upper() + "}"


def _media(path: str, h: int, w: int) -> str:
    digest = hashlib.md5(f"{path}|{h}|{w}".encode()).hexdigest().upper()
    return f"{HOST}/-/media/alofoq/images/{path}.jpg?h={h}&amp;w={w}&amp;la=ar&amp;hash={digest}"


def _clock(moment) -> str:
    return f"{moment.hour % 12 or 12:02d}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _line(moment) -> str:
    return (f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} ,{_clock(moment)} "
            "(توقيت مكة)")


def _utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _paragraph(n: int, k: int, text: str) -> str:
    at, words, tag = INLINE[n - 1]
    if k != at or words not in text:
        return e(text)
    before, _, after = text.partition(words)
    inner = (f'<a href="{HOST}/ar/tags/{tag}" class="tag-link">{e(words)}</a>' if tag
             else f"<strong>{e(words)}</strong>")
    return f"{e(before)}{inner}{e(after)}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    parents, path, place, credit = PAGES[n - 1]
    day_path = f"{moment:%Y/%m/%d}"
    url = f"{HOST}/ar/{path}/{day_path}/{article.slug}"
    updated = moment + UPDATED[n - 1]
    published_line = f"نشر في: {_line(moment)}"
    updated_line = f"آخر تحديث: {_line(updated)}"
    summary = SUMMARY[n - 1]
    item = _guid(article.slug)
    byline = f"{place} - {article.author or SITE}"
    has_photo = article.caption != "-"
    photo_name = f"{day_path}/{hashlib.md5(article.slug.encode()).hexdigest()[:12]}"
    breaking = [BREAKING_POOL[(2 * n + k) % len(BREAKING_POOL)] for k in range(2)]
    most = [MOST_READ[(3 * n + k) % len(MOST_READ)] for k in range(5)]
    sponsored = [SPONSORED[(2 * n + k) % len(SPONSORED)] for k in range(4)]
    related_days = [moment - timedelta(days=d, hours=h) for d, h in ((1, 4), (3, 9), (8, 2))]
    related_dates = [day_month_year(d) for d in related_days]
    rm_at, rm_title, rm_path, rm_slug = READ_MORE[n - 1]
    rm_day = moment - timedelta(days=(5, 12, 40)[n - 1])

    page = Page(url=url, html="", shown_date=published_line)
    page.add(SKIP, SITE, *(name for _, name in EDITIONS), *TOP)
    for label, _, subs in MENU:
        page.add(label, *subs)
    page.add(BREAKING, *breaking, HOME, *(p for p, _ in parents), article.section, summary,
             byline, published_line, updated_line, *SHARE)
    if has_photo:
        page.add(article.caption, credit)
    page.add(READ_MORE_LABEL, rm_title)
    if n == 1:
        page.add(f"{TWEET_TEXT} {TWEET_HASHTAG} {TWEET_REST} {TWEET_PIC}", TWEET_BY, TWEET_DATE)
    page.add(AD_LABEL)
    if n == 3:
        page.add(PROMO)
    page.add(TAGS_TITLE, *article.tags, RELATED_TITLE, *article.related, *related_dates,
             OB_TITLE, *(t for t, _ in sponsored), *(s for _, s in sponsored), OB_PAID,
             MOST_TITLE, *most, *NEWSLETTER, *FOOTER_LINKS, *APPS, FOLLOW, COPYRIGHT, *COOKIE)

    # ------------------------------------------------------------ header
    editions = "\n".join(
        f'<li><a href="{HOST}/{code}/?sc_lang={code}" lang="{code}" hreflang="{code}">{name}</a></li>'
        for code, name in EDITIONS)
    nav = []
    for k, (label, mpath, subs) in enumerate(MENU):
        active = " is-active" if mpath and (path == mpath or path.startswith(mpath + "/")) else ""
        href = f"{HOST}/ar/{mpath}" if mpath else f"{HOST}/ar"
        sub = ""
        if subs:
            links = "\n".join(
                f'<li class="mega-menu__item"><a href="{href}/{_slug_en(s)}">{s}</a></li>'
                for s in subs)
            sub = (f'\n<div class="mega-menu" data-sc-item="{_guid("menu", k)}">'
                   f'<ul class="mega-menu__list">\n{links}\n</ul></div>')
        nav.append(f'<li class="main-nav__item{" has-children" if subs else ""}{active}">'
                   f'<a class="main-nav__link" href="{href}">{label}</a>{sub}</li>')
    nav_html = "\n".join(nav)
    breaking_html = "\n".join(
        f'<li class="breaking-news__item"><a href="{HOST}/ar/breaking-news/{day_path}/{k + 1}">{e(b)}</a></li>'
        for k, b in enumerate(breaking))
    crumbs = [f'<li class="breadcrumb-item"><a href="{HOST}/ar">{HOME}</a></li>']
    crumbs += [f'<li class="breadcrumb-item"><a href="{HOST}/ar/{p_path}">{e(p)}</a></li>'
               for p, p_path in parents]
    crumbs.append(f'<li class="breadcrumb-item last active"><a href="{HOST}/ar/{path}">'
                  f"{e(article.section)}</a></li>")
    crumbs_html = "\n".join(crumbs)

    # ------------------------------------------------------------ article head
    if article.author:
        author_path = AUTHOR_PATHS.get(article.author, "staff")
        author_html = (f'<span class="author-place">{place} - </span>'
                       f'<a class="author-name" href="{HOST}/ar/authors/{author_path}" rel="author">'
                       f"{e(article.author)}</a>")
        ld_author = {"@type": "Person", "name": article.author,
                     "url": f"{HOST}/ar/authors/{author_path}"}
    else:
        author_html = (f'<span class="author-place">{place} - </span>'
                       f'<span class="author-source">{SITE}</span>')
        ld_author = {"@type": "Organization", "name": SITE, "url": f"{HOST}/ar"}
    share_html = "\n".join(
        f'<li><a class="share-btn share-btn--{cls}" href="{href}" target="_blank" rel="noopener">'
        f'<i class="icon icon-{cls}" aria-hidden="true"></i><span class="share-btn__label">{label}</span></a></li>'
        for cls, href, label in zip(
            ("whatsapp", "x", "facebook", "telegram", "linkedin", "copy"),
            (f"https://api.whatsapp.com/send?text={url}", f"https://x.com/intent/post?url={url}",
             f"https://www.facebook.com/sharer/sharer.php?u={url}",
             f"https://t.me/share/url?url={url}",
             f"https://www.linkedin.com/sharing/share-offsite/?url={url}",
             "javascript:void(0);"),
            SHARE[1:], strict=True))
    main_img = _media(photo_name, 450, 800)
    og_img = _media(photo_name, 630, 1200)
    figure = (f"""<div class="component article-media" data-sc-item="{_guid(article.slug, "media")}">
<figure class="article-main-media">
<picture>
<source media="(max-width: 767px)" srcset="{_media(photo_name, 253, 450)}">
<img src="{main_img}" alt="{e(article.caption)}" width="800" height="450" fetchpriority="high">
</picture>
<figcaption class="article-main-media__caption"><span class="caption-text">{e(article.caption)}</span> <span class="caption-credit">{credit}</span></figcaption>
</figure>
</div>""" if has_photo else "")

    # ------------------------------------------------------------ body
    blocks = []
    style = ' style="text-align: justify;"' if n == 3 else ""
    for k, text in enumerate((article.lead, *article.paragraphs)):
        blocks.append(f"<p{style}>{_paragraph(n, k, text)}</p>")
        if k == rm_at:
            blocks.append(f"""<div class="read-more-card" data-sc-item="{_guid(rm_slug)}">
<span class="read-more-card__label">{READ_MORE_LABEL}</span>
<a class="read-more-card__link" href="{HOST}/ar/{rm_path}/{rm_day:%Y/%m/%d}/{rm_slug}">
<span class="read-more-card__thumb"><img src="{_media(f"{rm_day:%Y/%m/%d}/{hashlib.md5(rm_slug.encode()).hexdigest()[:12]}", 90, 160)}" alt="{e(rm_title)}" width="160" height="90" loading="lazy"></span>
<span class="read-more-card__title">{e(rm_title)}</span>
</a>
</div>""")
        if n == 1 and k == TWEET_AFTER:
            blocks.append(f"""<div class="article-embed article-embed--twitter">
<blockquote class="twitter-tweet" data-lang="ar" dir="rtl"><p lang="ar" dir="rtl">{TWEET_TEXT} <a href="https://twitter.com/hashtag/{TWEET_HASHTAG[1:]}?src=hash&amp;ref_src=twsrc%5Etfw">{TWEET_HASHTAG}</a> {TWEET_REST} <a href="https://t.co/Xk4QbR7mWp">{TWEET_PIC}</a></p>&mdash; {TWEET_BY} <a href="https://twitter.com/rta_dubai/status/1754816329019732105?ref_src=twsrc%5Etfw">{TWEET_DATE}</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</div>""")
        if n == 2 and k == AD_AFTER:
            blocks.append(f"""<div class="ad-container ad-container--inarticle">
<span class="ad-container__label">{AD_LABEL}</span>
<div id="div-gpt-ad-1720648221-0" class="gpt-slot" data-slot="/21812345/alofoq_ar/article/inread" style="min-height:250px;"></div>
</div>""")
    if n == 3:
        blocks.append(f'<div class="body-promo body-promo--whatsapp"><a href="https://whatsapp.com/channel/0029VaAlOfoqNet3xQ1" target="_blank" rel="noopener"><i class="icon icon-whatsapp" aria-hidden="true"></i> {PROMO}</a></div>')
    body_html = "\n".join(blocks)

    # ------------------------------------------------------------ after the body
    tags_html = "\n".join(
        f'<li class="article-tags__item"><a href="{HOST}/ar/tags/{"-".join(t.split())}">{e(t)}</a></li>'
        for t in article.tags)
    related_html = "\n".join(
        f"""<li class="related-card" data-sc-item="{_guid(article.slug, "related", k)}">
<a class="related-card__link" href="{HOST}/ar/{path}/{d:%Y/%m/%d}/{"-".join(r.split())}">
<span class="related-card__thumb"><img src="{_media(f"{d:%Y/%m/%d}/rel{k}{n}", 169, 300)}" alt="{e(r)}" width="300" height="169" loading="lazy"></span>
<span class="related-card__title">{e(r)}</span>
</a>
<span class="related-card__date">{dd}</span>
</li>"""
        for k, (r, d, dd) in enumerate(zip(article.related, related_days, related_dates, strict=True)))
    ob_html = "\n".join(
        f"""<div class="ob-dynamic-rec-container ob-p ob-recIdx-{k}" data-pos="{k}">
<a class="ob-dynamic-rec-link" href="https://paid.outbrain.com/network/redir?p={hashlib.md5(t.encode()).hexdigest()}&amp;c=a1b2c3d{k}&amp;v=3" target="_blank" rel="noopener nofollow">
<div class="ob-rec-image-container"><div class="ob-image-ratio"></div><img class="ob-rec-image ob-show" src="https://images.outbrainimg.com/transform/v3/eyJpdSI6I{hashlib.md5(s.encode()).hexdigest()[:24]}.webp" alt="" loading="lazy"></div>
<div class="ob-rec-text-container"><span class="ob-unit ob-rec-text" title="{e(t)}">{e(t)}</span></div>
<div class="ob-rec-source-container"><span class="ob-unit ob-rec-source">{e(s)}</span></div>
</a>
</div>"""
        for k, (t, s) in enumerate(sponsored))
    most_html = "\n".join(
        f'<li class="most-read__item"><span class="most-read__rank">{k + 1}</span>'
        f'<a href="{HOST}/ar/{("saudi-today", "gulf", "aswaq", "gulf", "culture-and-art", "gulf", "sport", "aswaq/energy")[MOST_READ.index(m)]}/{"-".join(m.split()[:6])}">{e(m)}</a></li>'
        for k, m in enumerate(most))
    footer_sections = "\n".join(
        f'<li><a href="{HOST}/ar/{mpath}">{label}</a></li>' for label, mpath, _ in MENU if mpath)
    footer_links = "\n".join(
        f'<li><a href="{HOST}/ar/{slug}">{label}</a></li>'
        for label, slug in zip(FOOTER_LINKS, ("about-us", "contact-us", "advertise", "careers",
                                              "privacy-policy", "terms-of-use", "sitemap",
                                              "rss"), strict=True))

    # ------------------------------------------------------------ head data
    ld_article = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": article.headline, "description": summary,
        "image": {"@type": "ImageObject", "url": og_img.replace("&amp;", "&"), "width": 1200,
                  "height": 630},
        "datePublished": _utc(moment), "dateModified": _utc(updated),
        "author": ld_author,
        "publisher": {"@type": "Organization", "name": SITE,
                      "logo": {"@type": "ImageObject",
                               "url": f"{HOST}/-/media/alofoq/logo/alofoq-logo-600x60.png"}},
        "articleSection": article.section, "keywords": ", ".join(article.tags),
        "inLanguage": "ar",
    }
    ld_crumbs = {
        "@context": "https://schema.org", "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": k + 1, "name": name, "item": f"{HOST}/ar/{p}".rstrip("/")}
            for k, (name, p) in enumerate([(HOME, ""), *parents, (article.section, path)])],
    }
    data_layer = {
        "event": "pageView", "scItemId": item, "sc_lang": "ar", "templateName": "News Article",
        "pageType": "article", "section": path.split("/")[0], "subSection": path,
        "author": article.author or SITE, "tags": "|".join(article.tags),
        "articleId": int(hashlib.md5(article.slug.encode()).hexdigest()[:7], 16),
        "wordCount": len(article.body.split()),
    }
    token = hashlib.sha256(f"csrf|{article.slug}".encode()).hexdigest()
    twitter_card = "summary_large_image" if has_photo else "summary"

    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl" class="no-js">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(summary)}">
<meta name="keywords" content="{e(", ".join(article.tags))}">
<link rel="canonical" href="{url}">
<link rel="amphtml" href="{HOST}/ar/amp/{path}/{day_path}/{article.slug}">
<link rel="alternate" hreflang="ar" href="{url}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{SITE}">
<meta property="og:locale" content="ar_AR">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(summary)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{og_img}">
<meta property="og:image:width" content="1200">
<meta property="og:image:height" content="630">
<meta property="article:published_time" content="{_utc(moment)}">
<meta property="article:modified_time" content="{_utc(updated)}">
<meta property="article:section" content="{e(article.section)}">
<meta name="twitter:card" content="{twitter_card}">
<meta name="twitter:site" content="@AlOfoqNet">
<meta name="twitter:title" content="{e(article.headline)}">
<meta name="twitter:image" content="{og_img}">
<link rel="icon" href="{HOST}/-/media/alofoq/favicon/favicon-32x32.png?la=ar&amp;hash=8D1E4A0C37F2B9E65A11C0D4E7F3B2A9" sizes="32x32">
<link rel="preload" href="{HOST}/-/media/Themes/AlOfoq/Shared/AlOfoq-Theme/fonts/alofoq-sans-bold.woff2" as="font" type="font/woff2" crossorigin>
<link href="{HOST}/-/media/Base-Themes/Main-Theme/styles/optimized-min.css?t=20240118T081244Z" rel="stylesheet">
<link href="{HOST}/-/media/Themes/AlOfoq/Shared/AlOfoq-Theme/styles/pre-optimized-min.css?t=20240201T133015Z" rel="stylesheet">
<script type="application/ld+json">{json.dumps(ld_article, ensure_ascii=False)}</script>
<script type="application/ld+json">{json.dumps(ld_crumbs, ensure_ascii=False)}</script>
<script>
window.dataLayer = window.dataLayer || [];
window.dataLayer.push({json.dumps(data_layer, ensure_ascii=False)});
</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-KX4Q9PD');</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>
<script>
window.googletag = window.googletag || {{cmd: []}};
googletag.cmd.push(function() {{
  googletag.defineSlot('/21812345/alofoq_ar/article/mpu', [[300, 250], [300, 600]], 'div-gpt-ad-mpu-0').addService(googletag.pubads());
  googletag.pubads().setTargeting('section', '{path.split("/")[0]}').setTargeting('scItemId', '{item}');
  googletag.pubads().enableSingleRequest();
  googletag.enableServices();
}});
</script>
</head>
<body class="default-device bodyclass article-page rtl" data-sc-item="{item}" data-sc-lang="ar">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KX4Q9PD" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<a class="skip-link sr-only" href="#main-content">{SKIP}</a>
<div id="wrapper">
<header id="header" class="site-header" data-sc-item="{_guid("header")}">
<div class="row component column-splitter site-header__top">
<div class="col-6">
<ul class="site-header__editions">
{editions}
</ul>
</div>
<div class="col-6 site-header__actions">
<a class="btn btn-live" href="{HOST}/ar/live-stream"><i class="icon icon-live" aria-hidden="true"></i>{TOP[0]}</a>
<button class="btn btn-search" type="button" aria-controls="search-panel">{TOP[1]}</button>
</div>
</div>
<div class="site-header__main">
<div class="component image file-type-icon-media-link site-logo">
<div class="component-content">
<a href="{HOST}/ar" title="{SITE}"><img src="{HOST}/-/media/alofoq/logo/alofoq-logo-ar.svg?la=ar&amp;hash=3C0F6E2A9B41D87E5F20A6C3D9B1E47F" alt="{SITE}" width="180" height="44"></a>
</div>
</div>
<nav class="component navigation main-nav" aria-label="main" data-sc-item="{_guid("nav")}">
<ul class="main-nav__list">
{nav_html}
</ul>
</nav>
</div>
<div class="breaking-news" id="breakingNews" data-sc-item="{_guid("breaking", day_path)}" data-refresh="60">
<span class="breaking-news__label">{BREAKING}</span>
<ul class="breaking-news__list">
{breaking_html}
</ul>
</div>
</header>
<main id="main-content">
<div class="container article-layout">
<div class="component breadcrumb navigation-title">
<div class="component-content">
<nav aria-label="breadcrumb">
<ol class="breadcrumb">
{crumbs_html}
</ol>
</nav>
</div>
</div>
<div class="row">
<div class="col-lg-8 article-column">
<article class="article" id="article-{data_layer["articleId"]}" data-sc-item="{item}" data-sc-template="{{7C2E94B1-0A63-4D28-9E5F-1B8D3C6A40E2}}">
<header class="article-header">
<a class="article-header__section" href="{HOST}/ar/{path}">{e(article.section)}</a>
<h1 class="article-title">{e(article.headline)}</h1>
<h2 class="article-subtitle">{e(summary)}</h2>
<div class="article-meta">
<div class="article-author">{author_html}</div>
<div class="article-date">
<span class="article-date__item article-date__published"><span class="article-date__label">نشر في: </span><span class="article-date__value">{_line(moment)}</span></span>
<span class="article-date__item article-date__updated"><span class="article-date__label">آخر تحديث: </span><span class="article-date__value">{_line(updated)}</span></span>
</div>
</div>
<div class="article-share">
<span class="article-share__title">{SHARE[0]}</span>
<ul class="article-share__list">
{share_html}
</ul>
</div>
</header>
{figure}
<div class="component rich-text article-body-wrapper">
<div class="component-content">
<div class="article-body" id="body-text" data-sc-item="{item}" data-sc-field="Body">
{body_html}
</div>
</div>
</div>
<div class="article-tags">
<span class="article-tags__title">{TAGS_TITLE}</span>
<ul class="article-tags__list">
{tags_html}
</ul>
</div>
<section class="related-articles" data-sc-item="{_guid(article.slug, "related")}">
<h3 class="section-title">{RELATED_TITLE}</h3>
<ul class="related-articles__list">
{related_html}
</ul>
</section>
<div class="OUTBRAIN" data-src="{url}" data-widget-id="AR_1" data-ob-template="AlOfoq" data-ob-mark="true" data-dynload="" data-idx="0">
<div class="ob-widget ob-grid-layout AR_1" data-dynamic-truncate="true">
<div class="ob-widget-header"><span class="ob-widget-header__title">{OB_TITLE}</span></div>
<div class="ob-widget-items-container">
{ob_html}
</div>
<div class="ob_what"><a href="https://www.outbrain.com/what-is/default/ar" rel="nofollow noopener" target="_blank" onmousedown="this.href='https://www.outbrain.com/what-is/default/ar';"><span class="ob_what__text">{OB_PAID}</span><img class="ob_logo" src="https://widgets.outbrain.com/images/widgetIcons/ob_logo_16x16.png" alt="Outbrain" width="16" height="16"></a></div>
</div>
</div>
</article>
</div>
<aside class="col-lg-4 sidebar">
<section class="most-read" data-sc-item="{_guid("most-read")}">
<h3 class="section-title">{MOST_TITLE}</h3>
<ol class="most-read__list">
{most_html}
</ol>
</section>
<div class="ad-container ad-container--mpu">
<span class="ad-container__label">{AD_LABEL}</span>
<div id="div-gpt-ad-mpu-0" class="gpt-slot" style="min-width:300px;min-height:250px;"><script>googletag.cmd.push(function() {{ googletag.display('div-gpt-ad-mpu-0'); }});</script></div>
</div>
<div class="component newsletter-box" data-sc-item="{_guid("newsletter")}">
<h3 class="newsletter-box__title">{NEWSLETTER[0]}</h3>
<p class="newsletter-box__text">{NEWSLETTER[1]}</p>
<form action="/api/sitecore/Newsletter/Subscribe" method="post" class="newsletter-box__form">
<input name="__RequestVerificationToken" type="hidden" value="{token}">
<input type="email" name="Email" placeholder="البريد الإلكتروني" aria-label="البريد الإلكتروني" required>
<button type="submit" class="btn btn-primary">{NEWSLETTER[2]}</button>
</form>
</div>
</aside>
</div>
</div>
</main>
<footer id="footer" class="site-footer" data-sc-item="{_guid("footer")}">
<div class="container">
<div class="site-footer__logo"><img src="{HOST}/-/media/alofoq/logo/alofoq-logo-white.svg?la=ar&amp;hash=A41C7E93F0D25B6884E1C3A7F9D02B5E" alt="{SITE}" width="150" height="36"></div>
<ul class="site-footer__sections">
{footer_sections}
</ul>
<ul class="site-footer__links">
{footer_links}
</ul>
<div class="site-footer__apps">
<span>{APPS[0]}</span>
<a href="https://apps.apple.com/app/id1147552013">{APPS[1]}</a>
<a href="https://play.google.com/store/apps/details?id=net.alofoq.android">{APPS[2]}</a>
</div>
<div class="site-footer__social">
<span>{FOLLOW}</span>
<a href="https://x.com/AlOfoqNet" aria-label="X"><i class="icon icon-x"></i></a>
<a href="https://www.facebook.com/AlOfoqNet" aria-label="Facebook"><i class="icon icon-facebook"></i></a>
<a href="https://www.instagram.com/alofoqnet" aria-label="Instagram"><i class="icon icon-instagram"></i></a>
<a href="https://www.youtube.com/@AlOfoqNet" aria-label="YouTube"><i class="icon icon-youtube"></i></a>
</div>
<p class="site-footer__copyright">{COPYRIGHT}</p>
</div>
</footer>
</div>
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-live="polite" hidden>
<p class="cookie-consent__text">{COOKIE[0]}</p>
<button type="button" class="btn btn-primary cookie-consent__accept" data-cookie="SC_ANALYTICS_GLOBAL_COOKIE">{COOKIE[1]}</button>
<a class="cookie-consent__manage" href="{HOST}/ar/privacy-policy#cookies">{COOKIE[2]}</a>
</div>
<script src="{HOST}/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?t=20240118T081244Z"></script>
<script src="{HOST}/-/media/Themes/AlOfoq/Shared/AlOfoq-Theme/scripts/pre-optimized-min.js?t=20240201T133015Z"></script>
<script async src="https://widgets.outbrain.com/outbrain.js"></script>
</body>
</html>
"""
    return page


def _slug_en(label: str) -> str:
    """The sub-section's path word, as the outlet's menu links it."""
    return SUB_PATHS.get(label, "-".join(label.split()))


SUB_PATHS = {
    "أخبار السعودية": "saudi-news", "رؤية 2030": "vision-2030", "الحج والعمرة": "hajj",
    "الإمارات": "uae", "الكويت": "kuwait", "قطر": "qatar", "البحرين": "bahrain", "عمان": "oman",
    "مصر": "egypt", "العراق": "iraq", "سوريا": "syria", "لبنان": "lebanon", "اليمن": "yemen",
    "السودان": "sudan", "إيران": "iran", "أميركا": "us", "اقتصاد": "economy", "طاقة": "energy",
    "أسواق مالية": "financial-markets", "عقارات": "real-estate",
    "سفر وسياحة": "travel-and-tourism", "كرة قدم سعودية": "saudi-football",
    "كرة قدم عالمية": "world-football", "رياضات أخرى": "other-sports", "صحة": "health",
    "علوم وتكنولوجيا": "technology", "مرأة": "women", "سيارات": "cars",
}
