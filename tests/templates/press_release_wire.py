"""A press-release wire's Arabic release pages, laid out like Business Wire's news view (the
Arabic translations it distributes for Gulf and US issuers): the wire's header and menu, a
"هذا البيان متوفر أيضا باللغة:" switch to the English original, then `#bw-news-view >
article.bw-release > div.bw-release-main`: the issuer's logo, the headline in
`header.epi-fontLg h1`, the italic sub-headline (`bw-release-subhead`), the one date line in
`div.bw-release-timestamp > time` ("14 مايو 2024 12:30 م بتوقيت غرينتش", GMT, with the UTC
`datetime`; page 3 is released at 21:45 GMT, already the next day in Riyadh, still the 2nd as
shown), and `div.bw-release-story`: the lead opening with the dateline
"دبي، الإمارات العربية المتحدة-(بزنس واير)-14 مايو 2024: ..." (the wire's name linked; the
US issuer's dateline on page 3 has no date), the paragraphs with the executives' quotes, then
the boilerplate "نبذة عن <issuer>" section, the translation disclaimer ("النص الأصلي لهذا البيان
هو النسخة الرسمية المعتمدة. ...") and "عرض النسخة الأصلية على businesswire.com: <url>"; after
the story `bw-release-contact` ("جهات الاتصال", "للاستفسارات الإعلامية:" with names, e-mails
and phones) and "المصدر: <issuer>"; a sidebar with the multimedia box (photo, caption,
"تنزيل"), the hashtags, "المزيد من الأخبار من <issuer>" with dates and the share links; the
footer. JSON-LD `NewsArticle` with `datePublished` in UTC and the issuer as `author`. The About
section and everything after it are not the story; no writer."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "press_release_wire"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Arabic press-release wire (Business Wire-like): dateline lead, GMT timestamp, About boilerplate, translation disclaimer, media contacts"
HOST = "https://www.businesswire-arabic.example"
SITE = "بزنس واير"
MENU = ("الأخبار", "الخدمات", "الحلول", "الموارد", "من نحن", "تسجيل الدخول", "إرسال بيان صحفي")
LANG_SWITCH = ("هذا البيان متوفر أيضا باللغة:", "English")
DISCLAIMER = ("النص الأصلي لهذا البيان هو النسخة الرسمية المعتمدة. أما الترجمة فقد قدمت للتيسير "
              "فقط، ويجب الرجوع لنص اللغة الأصلية الذي يمثل النسخة الوحيدة ذات التأثير القانوني.")
CONTACTS_HEAD = "جهات الاتصال"
MEDIA = "للاستفسارات الإعلامية:"
MULTIMEDIA = ("الوسائط المتعددة", "تنزيل")
MORE_FROM = "المزيد من الأخبار من"
SHARE = ("مشاركة", "فيسبوك", "إكس", "لينكد إن", "البريد الإلكتروني")
FOOTER = ("© 2024 بزنس واير، إحدى شركات بيركشاير هاثاواي", "شروط الاستخدام", "سياسة الخصوصية",
          "ملفات تعريف الارتباط", "خريطة الموقع")
# Per release (slug): the issuer, its sub-headline, the About paragraphs, the media contacts,
# the hashtags and the English original's id.
ISSUERS = {
    "finta-merchant-payments-platform": (
        "فينتا للمدفوعات",
        "المنصة تتيح للتجار قبول 14 وسيلة دفع عبر واجهة واحدة وتسوية يومية بالعملات المحلية",
        ("نبذة عن \"فينتا للمدفوعات\"",
         "تأسست \"فينتا للمدفوعات\" في دبي عام 2019، وتقدم حلول الدفع الرقمي وإدارة المعاملات "
         "لأكثر من 12 ألف تاجر في منطقة الشرق الأوسط. وتحمل الشركة تراخيص من الجهات التنظيمية "
         "في الإمارات والبحرين، ويعمل فيها أكثر من 300 موظف في أربعة مكاتب إقليمية. لمزيد من "
         "المعلومات، يرجى زيارة الموقع الإلكتروني: www.finta-payments.example."),
        ("رنا خوري", "مديرة الاتصال المؤسسي، فينتا للمدفوعات", "media@finta-payments.example",
         "الهاتف: 971 4 555 0182+"),
        ("#فينتا_ون", "#المدفوعات_الرقمية"),
        "20240514301846"),
    "logista-jeddah-cold-chain-hub": (
        "لوجيستا العربية",
        "المركز الجديد يرفع الطاقة التخزينية المبردة للشركة في المملكة بنسبة 40%",
        ("نبذة عن \"لوجيستا العربية\"",
         "\"لوجيستا العربية\" شركة سعودية تأسست عام 2008، وتقدم خدمات النقل البري والتخزين "
         "وإدارة سلاسل الإمداد لعملاء في قطاعات التجزئة والأغذية والرعاية الصحية، عبر شبكة "
         "تضم 14 مستودعا وأسطولا يزيد على 900 شاحنة في مختلف مناطق المملكة."),
        ("ماجد القحطاني", "مدير العلاقات العامة، لوجيستا العربية", "press@logista-arabia.example",
         "الهاتف: 966 12 555 7741+"),
        ("#لوجيستا", "#سلاسل_الإمداد"),
        "20240910118320"),
    "helixscale-riyadh-cloud-region": (
        "هيليكس سكيل",
        "الشركة تعتزم استثمار 1.2 مليار دولار في المملكة على مدى خمس سنوات",
        ("نبذة عن \"هيليكس سكيل\"",
         "\"هيليكس سكيل\" شركة أمريكية مقرها سان خوسيه بولاية كاليفورنيا، تقدم خدمات البنية "
         "التحتية السحابية والحوسبة عالية الأداء لأكثر من 40 ألف مؤسسة حول العالم.",
         "\"هيليكس سكيل\" علامة تجارية مسجلة لشركة هيليكس سكيل المحدودة. جميع العلامات التجارية "
         "الأخرى ملك لأصحابها."),
        ("جيسيكا تشن", "العلاقات الإعلامية، هيليكس سكيل", "press@helixscale.example",
         "الهاتف: 1 408 555 0137+"),
        ("#هيليكس_سكيل", "#الحوسبة_السحابية"),
        "20241002655102"),
}


def stamp(moment) -> str:
    """The wire's date line: GMT, 12-hour clock with ص / م."""
    utc = moment.astimezone(UTC)
    hour = utc.hour % 12 or 12
    half = "ص" if utc.hour < 12 else "م"
    return (f"{utc.day} {MONTHS[utc.month - 1]} {utc.year} {hour:02d}:{utc.minute:02d} {half} "
            "بتوقيت غرينتش")


def _day(moment) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    utc = moment.astimezone(UTC)
    issuer, subhead, about, contact, hashtags, original_id = ISSUERS[article.slug]
    release_id = f"{original_id[:8]}{int(original_id[8:]) + 7:06d}"
    url = f"{HOST}/news/home/{release_id}/ar/"
    original = f"https://www.businesswire.com/news/home/{original_id}/en/"
    shown = stamp(moment)
    view_original = f"عرض النسخة الأصلية على businesswire.com: {original}"
    source = f"المصدر: {issuer}"
    more_dates = [_day(utc - timedelta(days=d)) for d in (23, 71)]
    page = Page(url=url, html="", shown_date=shown)
    page.add(SITE, *MENU, *LANG_SWITCH, subhead, shown, *about, DISCLAIMER, view_original,
             CONTACTS_HEAD, MEDIA, *contact, source, *MULTIMEDIA, article.caption, *hashtags,
             f"{MORE_FROM} {issuer}", *article.related, *more_dates, *SHARE, *FOOTER)
    wire_link = '(<a href="https://www.businesswire.com" target="_blank" rel="nofollow">بزنس واير</a>)'
    lead = e(article.lead).replace("(بزنس واير)", wire_link, 1)
    story = [f"<p>{lead}</p>", *(f"<p>{e(p)}</p>" for p in article.paragraphs),
             f"<p><b>{e(about[0])}</b></p>", *(f"<p>{e(p)}</p>" for p in about[1:]),
             f"<p>{DISCLAIMER}</p>",
             f'<p>عرض النسخة الأصلية على businesswire.com: <a href="{original}" rel="nofollow">{original}</a></p>']
    name, role, email, phone = contact
    contact_html = (f"<p><b>{MEDIA}</b><br>\n{e(name)}<br>\n{e(role)}<br>\n"
                    f'<a href="mailto:{email}" rel="nofollow">{email}</a><br>\n{e(phone)}</p>')
    more = "\n".join(
        f'<li><a href="{HOST}/news/home/{int(release_id[:8]) - 100 * (k + 1)}5{k}2210/ar/">{e(t)}</a> '
        f'<time datetime="{(utc - timedelta(days=d)):%Y-%m-%d}T08:00:00Z">{more_dates[k]}</time></li>'
        for k, (t, d) in enumerate(zip(article.related, (23, 71), strict=False)))
    tags = " ".join(f'<a href="{HOST}/news/hashtag/{e(h[1:])}/">{e(h)}</a>' for h in hashtags)
    share = "".join(f'<li><a href="#" class="bw-share-{k}" rel="nofollow">{s}</a></li>'
                    for k, s in enumerate(SHARE[1:]))
    menu = "".join(f'<li><a href="{HOST}/portal/site/home/m{k}/">{m}</a></li>'
                   for k, m in enumerate(MENU))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "description": subhead, "inLanguage": "ar", "url": url,
          "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}Z", "dateModified": f"{utc:%Y-%m-%dT%H:%M:%S}Z",
          "author": {"@type": "Organization", "name": issuer},
          "publisher": {"@type": "Organization", "name": "Business Wire",
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/images/bw-logo.png"}},
          "image": f"{HOST}/multimedia/{release_id}/photo.jpg"}
    story_html = "\n".join(story)
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(subhead)}">
<meta name="keywords" content="{e(", ".join(article.tags))}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(subhead)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/multimedia/{release_id}/photo.jpg">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@BusinessWire">
<link rel="canonical" href="{url}">
<link rel="alternate" hreflang="en" href="{original}">
<link rel="stylesheet" href="{HOST}/css/bw-news-view.min.css?v=4.12">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="bw-news-view-page rtl">
<header id="bw-header" class="bw-header">
<div class="bw-header-inner"><a class="bw-logo" href="{HOST}/"><img src="{HOST}/images/bw-logo-ar.svg" alt="{SITE}" width="180" height="40"><span class="bw-logo-text">{SITE}</span></a>
<nav class="bw-nav" aria-label="القائمة الرئيسية"><ul>{menu}</ul></nav></div>
</header>
<main id="bw-news-view" class="bw-news-view">
<article class="bw-release" itemscope itemtype="https://schema.org/NewsArticle">
<div class="bw-release-lang"><span>{LANG_SWITCH[0]}</span> <a href="{original}" hreflang="en">{LANG_SWITCH[1]}</a></div>
<div class="bw-release-main">
<div class="bw-release-logo"><img src="{HOST}/multimedia/{release_id}/logo.png" alt="{e(issuer)} Logo" width="200" height="60"></div>
<header class="epi-fontLg bwalignc"><h1 itemprop="headline"><b>{e(article.headline)}</b></h1></header>
<div class="bw-release-subhead"><h2 class="epi-fontMed bwalignc"><i>{e(subhead)}</i></h2></div>
<div class="bw-release-timestamp"><time itemprop="datePublished" datetime="{utc:%Y-%m-%dT%H:%M:%S}Z">{shown}</time></div>
<div class="bw-release-body">
<div class="bw-release-story" itemprop="articleBody">
{story_html}
</div>
<div class="bw-release-contact">
<h2>{CONTACTS_HEAD}</h2>
{contact_html}
</div>
<div class="bw-release-source"><p>{e(source)}</p></div>
</div>
</div>
<aside class="bw-release-sidebar">
<div class="bw-release-media"><h3>{MULTIMEDIA[0]}</h3>
<figure><a href="{HOST}/multimedia/{release_id}/photo.jpg"><img src="{HOST}/multimedia/{release_id}/photo-thumb.jpg" alt="{e(article.caption)}" width="300" height="200"></a>
<figcaption>{e(article.caption)}</figcaption></figure>
<a class="bw-download" href="{HOST}/multimedia/{release_id}/photo.jpg" download>{MULTIMEDIA[1]}</a></div>
<div class="bw-release-hashtags">{tags}</div>
<div class="bw-release-more"><h3>{MORE_FROM} {e(issuer)}</h3><ul>
{more}
</ul></div>
<div class="bw-release-share"><h3>{SHARE[0]}</h3><ul>{share}</ul></div>
</aside>
</article>
</main>
<footer class="bw-footer"><p>{FOOTER[0]}</p><ul><li><a href="{HOST}/portal/site/home/terms/">{FOOTER[1]}</a></li><li><a href="{HOST}/portal/site/home/privacy/">{FOOTER[2]}</a></li><li><a href="{HOST}/portal/site/home/cookies/">{FOOTER[3]}</a></li><li><a href="{HOST}/portal/site/home/sitemap/">{FOOTER[4]}</a></li></ul></footer>
<script src="{HOST}/js/bw-news-view.min.js?v=4.12"></script>
</body>
</html>
"""
    return page
