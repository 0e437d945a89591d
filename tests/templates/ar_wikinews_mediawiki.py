"""Arabic Wikinews (ويكي الأخبار) on MediaWiki 1.43 with the Vector 2022 skin. In DOM order:
the "انتقل إلى المحتوى" jump link; the header with the main-menu dropdown (the sidebar
navigation, "إبحار" and "مشاركة", first in the DOM), the logo, search, the personal tools
("إنشاء حساب", "دخول", "أدوات شخصية" with "صفحات للمحررين الذين سجلوا خروجهم"); the title bar
(`h1#firstHeading`, "إضافة لغات"); the toolbar tabs ("خبر", "نقاش", "اقرأ", "عدل", "عدل
المصدر", "تاريخ") and the "أدوات" dropdown; the pinned "المظهر" column; `#siteSub` "من ويكي
الأخبار"; then `#mw-content-text .mw-parser-output`: the {{تاريخ}} template's date as its first
line ("الأحد 12 مايو 2024", the story's UTC day, the only date shown for it), a floated
"شارك الخبر" infobox table (page 2 also lists "أخبار ذات صلة" in it), a thumb `figure` with its
caption (pages 1 and 3), the lead and paragraphs, `mw-heading2` sections with the
"[عدل | تعديل مصدري]" edit links ("أخبار ذات صلة" on pages 1 and 3, "المصادر" with the
{{مصدر}} lines: date, «title», publisher), the license box "هذا الخبر منشور تحت رخصة المشاع
الإبداعي ..." and the portal bar ("بوابة ..."); the hidden print footer "مأخوذة من «...»";
the categories box "تصنيفات:"; the footer's "آخر تعديل لهذه الصفحة كان يوم <a later day>،
الساعة ..." (a date trap), license and places; the sticky header repeating the title; the
`application/ld+json` Article (pages 1 and 2 only: a Wikidata item) whose `datePublished` is the
page's creation in UTC (page 2's draft was started the evening before the story's day) and
`dateModified` the last edit. No table of contents (fewer than four headings), no writer."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e, weekday

NAME = "ar_wikinews_mediawiki"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Arabic Wikinews on MediaWiki Vector 2022: {{date}} first line, edit-section links, sources list, categories, last-edited footer trap"
HOST = "https://ar.wikinews.example"
SITE = "ويكي الأخبار"
JUMP = "انتقل إلى المحتوى"
MAIN_MENU = ("القائمة الرئيسية", "انقل للشريط الجانبي", "أخفِ")
NAVIGATION = ("إبحار", ("الصفحة الرئيسية", "غرفة الأخبار", "الأحداث الجارية", "أرشيف الأخبار",
                       "خبر عشوائي"))
INTERACTION = ("مشاركة", ("اكتب خبرا", "الميدان", "بوابة المجتمع", "أحدث التغييرات", "مساعدة",
                         "تبرع"))
PERSONAL = ("بحث", "إنشاء حساب", "دخول", "أدوات شخصية",
            "صفحات للمحررين الذين سجلوا خروجهم", "اعرف المزيد", "مساهمات", "نقاش")
TABS = ("إضافة لغات", "خبر", "نقاش", "اقرأ", "عدل", "عدل المصدر", "تاريخ")
TOOLS = ("أدوات", "إجراءات", "عام", "ماذا يرتبط هنا", "تغييرات ذات علاقة", "رفع ملف",
         "الصفحات الخاصة", "رابط دائم", "معلومات الصفحة", "استشهد بهذه الصفحة",
         "الحصول على مسار مختصر", "طباعة/تصدير", "تنزيل بصيغة PDF", "نسخة للطباعة",
         "في مشاريع أخرى", "ويكيميديا كومنز")
APPEARANCE = "المظهر"
SITE_SUB = "من ويكي الأخبار"
SHARE = ("شارك الخبر", "فيسبوك • إكس • واتساب • البريد الإلكتروني")
EDIT = "[عدل | تعديل مصدري]"
LICENSE = ("هذا الخبر منشور تحت رخصة المشاع الإبداعي نسب المصنف 2.5، ويمكنك نسخه وإعادة نشره "
           "بشرط ذكر ويكي الأخبار مصدرا له.")
FOOTER = ("النصوص منشورة برخصة المشاع الإبداعي نسب المصنف 2.5؛ قد تنطبق شروط إضافية. طالع شروط "
          "الاستخدام للتفاصيل.",
          "سياسة الخصوصية", "حول ويكي الأخبار", "إخلاء مسؤولية", "مدونة السلوك", "المطورون",
          "إحصائيات", "بيان تعريف الارتباطات", "نسخة الأجهزة المحمولة")
# Per story: the {{مصدر}} lines (date, title, publisher), the portals, the file of the thumb,
# the Wikidata item (None: no JSON-LD), hours from the story's time back to the page's
# creation, and days on to the last edit (with its clock).
SOURCES = {
    "dhofar-gecko-species": (
        ("10 مايو 2024", "اكتشاف برص جديد في المرتفعات الجنوبية", "صحيفة الوطن العمانية"),
        ("11 مايو 2024", "نوع جديد من الزواحف يضاف إلى قائمة الأنواع المستوطنة في عمان",
         "موقع أثير")),
    "basra-heatwave-51": (
        ("23 يوليو 2024", "البصرة تسجل 51 درجة مئوية وتعطيل الدوام في الجنوب",
         "شبكة الإعلام العراقي"),
        ("23 يوليو 2024", "الأنواء الجوية: الموجة الحارة مستمرة حتى نهاية الأسبوع",
         "وكالة الأنباء العراقية"),
        ("22 يوليو 2024", "انقطاعات الكهرباء تتزايد مع ارتفاع درجات الحرارة", "موقع المدى")),
    "luxor-tomb-discovery": (
        ("19 فبراير 2024", "الكشف عن مقبرة كاتب ملكي بذراع أبو النجا",
         "وزارة السياحة والآثار المصرية"),
        ("19 فبراير 2024", "مقبرة جديدة من الدولة الحديثة في البر الغربي بالأقصر",
         "بوابة الأهرام")),
}
PORTALS = {"dhofar-gecko-species": ("بوابة عمان", "بوابة علوم"),
           "basra-heatwave-51": ("بوابة العراق", "بوابة طقس"),
           "luxor-tomb-discovery": ("بوابة مصر", "بوابة آثار")}
THUMBS = {"dhofar-gecko-species": ("Dhofar_mountains_khareef.jpg", "d/d4"),
          "luxor-tomb-discovery": ("Dra_Abu_el-Naga_tomb_entrance.jpg", "7/7b")}
WIKIDATA = {"dhofar-gecko-species": "Q125839204", "basra-heatwave-51": "Q127402716"}
CREATED_BEFORE = {"dhofar-gecko-species": 1.4, "basra-heatwave-51": 17.6,
                  "luxor-tomb-discovery": 3.1}
LAST_EDIT = {"dhofar-gecko-species": (3, "14:22"), "basra-heatwave-51": (9, "07:51"),
             "luxor-tomb-discovery": (214, "19:03")}
EXTRA_CATEGORIES = ("منشور",)


def shown_day(moment: datetime) -> str:
    return f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _heading(title: str, section: int, page_title: str) -> str:
    anchor = title.replace(" ", "_")
    edit = f"/w/index.php?title={quote(page_title)}"
    return (f'<div class="mw-heading mw-heading2"><h2 id="{anchor}">{title}</h2>'
            f'<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            f'<a href="{edit}&amp;veaction=edit&amp;section={section}" title="عدل القسم: {title}" '
            f'class="mw-editsection-visualeditor"><span>عدل</span></a>'
            f'<span class="mw-editsection-divider"> | </span>'
            f'<a href="{edit}&amp;action=edit&amp;section={section}" title="عدل القسم: {title}">'
            f'<span>تعديل مصدري</span></a><span class="mw-editsection-bracket">]</span></span></div>')


def _menu(portlet: str, heading: str, items: tuple[str, ...], ids: tuple[str, ...]) -> str:
    lis = "\n".join(f'\t\t\t<li id="{i}" class="mw-list-item"><a href="/wiki/{quote(t.replace(" ", "_"))}">'
                    f"<span>{t}</span></a></li>" for i, t in zip(ids, items, strict=True))
    return (f'<div id="p-{portlet}" class="vector-menu mw-portlet mw-portlet-{portlet}"  >\n'
            f'\t<div class="vector-menu-heading">{heading}</div>\n\t<div class="vector-menu-content">\n'
            f'\t\t<ul class="vector-menu-content-list">\n{lis}\n\t\t</ul>\n\t</div>\n</div>')


def _json_ld(article: Article, url: str, created: datetime, modified: datetime) -> str:
    item = f"http://www.wikidata.org/entity/{WIKIDATA[article.slug]}"
    data = {"@context": "https://schema.org", "@type": "Article", "name": article.headline,
            "url": url, "sameAs": item, "mainEntity": item,
            "author": {"@type": "Organization", "name": "المساهمون في مشاريع ويكيميديا"},
            "publisher": {"@type": "Organization", "name": "مؤسسة ويكيميديا",
                          "logo": {"@type": "ImageObject",
                                   "url": "https://www.wikimedia.org/static/images/wmf-hor-googpub.png"}},
            "datePublished": f"{created:%Y-%m-%dT%H:%M:%SZ}",
            "dateModified": f"{modified:%Y-%m-%dT%H:%M:%SZ}"}
    text = json.dumps(data, separators=(",", ":")).replace("/", "\\/")
    return f'<script type="application/ld+json">{text}</script>'


def render(article: Article, n: int) -> Page:
    moment = article.moment
    utc = moment.astimezone(UTC)
    title = article.headline
    page_name = title.replace(" ", "_")
    url = f"{HOST}/wiki/{quote(page_name)}"
    shown = shown_day(moment)
    article_id = 61_240 + 977 * n
    revision = 412_880 + 3_141 * n
    created = (utc - timedelta(hours=CREATED_BEFORE[article.slug])).replace(microsecond=0)
    created = created.replace(second=(17 * n) % 60)
    days, clock = LAST_EDIT[article.slug]
    hour, minute = map(int, clock.split(":"))
    modified = (utc + timedelta(days=days)).replace(hour=hour, minute=minute, second=5 + n)
    lastmod = (f"آخر تعديل لهذه الصفحة كان يوم {modified.day} {MONTHS[modified.month - 1]} "
               f"{modified.year}، الساعة {clock}.")
    sources = SOURCES[article.slug]
    source_lines = [f"{d}. «{t}» — {p}" for d, t, p in sources]
    portals = PORTALS[article.slug]
    categories = [*article.tags, f"أرشيف {MONTHS[moment.month - 1]} {moment.year}",
                  *EXTRA_CATEGORIES]
    related_in_box = n == 2
    printfooter = f"مأخوذة من «{HOST}/w/index.php?title={quote(page_name)}&oldid={revision}»"
    thumb = THUMBS.get(article.slug)
    page = Page(url=url, html="", shown_date=shown)
    page.add(JUMP, *MAIN_MENU, NAVIGATION[0], *NAVIGATION[1], INTERACTION[0], *INTERACTION[1],
             SITE, *PERSONAL, *TABS, *TOOLS, APPEARANCE, SITE_SUB, shown, *SHARE,
             article.caption if thumb else "", "أخبار ذات صلة", *article.related, EDIT,
             "المصادر", *source_lines, LICENSE, *portals, printfooter, "تصنيفات",
             *categories[len(article.tags):], lastmod, *FOOTER)

    nav = _menu("navigation", NAVIGATION[0], NAVIGATION[1],
                ("n-mainpage-description", "n-newsroom", "n-currentevents", "n-archive",
                 "n-randompage"))
    interaction = _menu("interaction", INTERACTION[0], INTERACTION[1],
                        ("n-write", "n-villagepump", "n-portal", "n-recentchanges", "n-help",
                         "n-sitesupport"))
    share_url = quote(f"{HOST}/wiki/{page_name}", safe="")
    related_items = "".join(f'<li><a href="/wiki/{quote(r.replace(" ", "_"))}" title="{e(r)}">{e(r)}</a></li>'
                            for r in article.related)
    box_related = (f'\n<tr><th style="background:#eaecf0;">أخبار ذات صلة</th></tr>\n'
                   f'<tr><td style="text-align:right;"><ul>{related_items}</ul></td></tr>'
                   if related_in_box else "")
    infobox = (f'<table class="infobox noprint" style="float:left; clear:left; width:220px; '
               f'margin:0 1em 1em 0; font-size:90%; text-align:center;">\n<tbody>'
               f'<tr><th style="background:#d8e8ff;">{SHARE[0]}</th></tr>\n'
               f'<tr><td><span class="plainlinks">'
               f'<a rel="nofollow" class="external text" href="https://www.facebook.com/sharer.php?u={share_url}">فيسبوك</a> • '
               f'<a rel="nofollow" class="external text" href="https://x.com/intent/post?url={share_url}">إكس</a> • '
               f'<a rel="nofollow" class="external text" href="https://wa.me/?text={share_url}">واتساب</a> • '
               f'<a rel="nofollow" class="external text" href="mailto:?subject={quote(title)}&amp;body={share_url}">البريد الإلكتروني</a>'
               f"</span></td></tr>{box_related}\n</tbody></table>")
    figure = ""
    if thumb:
        name, path = thumb
        figure = (f'<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/%D9%85%D9%84%D9%81:{name}" '
                  f'class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/{path}/{name}/250px-{name}" '
                  f'decoding="async" width="250" height="167" class="mw-file-element" data-file-width="3000" '
                  f'data-file-height="2000"></a><figcaption>{e(article.caption)}</figcaption></figure>\n')
    paragraphs = "\n".join(f"<p>{e(p)}\n</p>" for p in (article.lead, *article.paragraphs))
    section = 1
    related_section = ""
    if not related_in_box:
        related_section = (f"{_heading('أخبار ذات صلة', section, page_name)}\n"
                           f"<ul>{related_items}</ul>\n")
        section += 1
    source_items = "\n".join(
        f'<li><span class="sourceTemplate"><span class="published">{d}</span>. «<a rel="nofollow" '
        f'class="external text" href="https://news-source-{k}.example/{article.slug}">{e(t)}</a>» — '
        f"<i>{e(p)}</i></span></li>" for k, (d, t, p) in enumerate(sources))
    portal_bar = "".join(
        f'<li><span class="portal-bar-logo"><span typeof="mw:File"><a href="/wiki/{quote(p.replace("بوابة ", "بوابة:"))}" '
        f'title="{p.replace("بوابة ", "بوابة:")}"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/portal-{k}.svg/20px-portal-{k}.svg.png" '
        f'decoding="async" width="20" height="20" class="mw-file-element"></a></span></span> '
        f'<a href="/wiki/{quote(p.replace("بوابة ", "بوابة:"))}" title="{p.replace("بوابة ", "بوابة:")}">{p}</a></li>'
        for k, p in enumerate(portals))
    content = f"""<div class="mw-content-rtl mw-parser-output" lang="ar" dir="rtl"><p><strong class="published"><span id="publishDate">{shown}</span></strong>
</p>
{infobox}
{figure}{paragraphs}
{related_section}{_heading('المصادر', section, page_name)}
<ul>{source_items}</ul>
<div class="license-box" style="clear:both; margin:1em 0; padding:0.5em; border:1px solid #a2a9b1; background:#f8f9fa; font-size:90%;"><span typeof="mw:File"><a href="https://creativecommons.org/licenses/by/2.5/deed.ar" rel="nofollow"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/CC-BY_icon.svg/60px-CC-BY_icon.svg.png" decoding="async" width="60" height="21" class="mw-file-element"></a></span> هذا الخبر منشور تحت رخصة <a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by/2.5/deed.ar">المشاع الإبداعي نسب المصنف 2.5</a>، ويمكنك نسخه وإعادة نشره بشرط ذكر ويكي الأخبار مصدرا له.</div>
<div role="navigation" class="portal-bar noprint" aria-label="بوابات"><ul class="portal-bar-content">{portal_bar}</ul></div>
<!--
NewPP limit report
Parsed by mw‐web.eqiad.main‐7c9f6b8d4‐{n}x2kq
Cached time: {modified:%Y%m%d%H%M%S}
Cache expiry: 2592000
Reduced expiry: false
Complications: []
CPU time usage: 0.0{3 + n}1 seconds
Real time usage: 0.0{5 + n}8 seconds
Preprocessor visited node count: {212 + 37 * n}/1000000
Post‐expand include size: {4100 + 333 * n}/2097152 bytes
Template argument size: {610 + 41 * n}/2097152 bytes
Highest expansion depth: 7/100
Expensive parser function count: 0/500
Unstrip recursion depth: 0/20
Unstrip post‐expand size: 0/5000000 bytes
-->
</div>"""
    cats = "".join(f'<li><a href="/wiki/{quote("تصنيف:" + c.replace(" ", "_"), safe=":")}" '
                   f'title="تصنيف:{e(c)}">{e(c)}</a></li>' for c in categories)
    tools = "".join(f'<li id="t-{k}" class="mw-list-item"><a href="/wiki/{quote("خاص:" + t)}"><span>{t}</span></a></li>'
                    for k, t in enumerate(TOOLS[3:11]))
    rlconf = json.dumps({
        "wgBreakFrames": False, "wgSeparatorTransformTable": ["", ""],
        "wgDigitTransformTable": ["", ""], "wgDefaultDateFormat": "dmy",
        "wgMonthNames": ["", *MONTHS], "wgRequestId": f"6c1f0e9a-{n}b7d-4f21-9a0e-{revision:012d}",
        "wgCanonicalNamespace": "", "wgCanonicalSpecialPageName": False, "wgNamespaceNumber": 0,
        "wgPageName": page_name, "wgTitle": title, "wgCurRevisionId": revision,
        "wgRevisionId": revision, "wgArticleId": article_id, "wgIsArticle": True,
        "wgIsRedirect": False, "wgAction": "view", "wgUserName": None, "wgUserGroups": ["*"],
        "wgCategories": categories, "wgPageViewLanguage": "ar", "wgPageContentLanguage": "ar",
        "wgPageContentModel": "wikitext", "wgRelevantPageName": page_name,
        "wgRelevantArticleId": article_id, "wgIsProbablyEditable": True,
        "wgRelevantPageIsProbablyEditable": True, "wgRestrictionEdit": [],
        "wgRestrictionMove": [], "wgStableRevisionId": revision,
        "wgFlaggedRevsParams": {"tags": {"accuracy": {"levels": 1}}},
        "wgVisualEditor": {"pageLanguageCode": "ar", "pageLanguageDir": "rtl",
                           "pageVariantFallbacks": "ar"},
        "wgWikibaseItemId": WIKIDATA.get(article.slug, False),
        "wgSiteNoticeId": "2.0"}, ensure_ascii=False, separators=(",", ":"))
    json_ld = (_json_ld(article, url, created, modified.replace(second=5))
               if article.slug in WIKIDATA else "")
    page.html = f"""<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-0 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-disabled skin-theme-clientpref-day vector-toc-not-available" lang="ar" dir="rtl">
<head>
<meta charset="UTF-8">
<title>{e(title)} - ويكي الأخبار</title>
<script>(function(){{var className="client-js vector-feature-language-in-header-enabled vector-feature-language-in-main-page-header-disabled vector-feature-page-tools-pinned-disabled vector-feature-toc-pinned-clientpref-1 vector-feature-main-menu-pinned-disabled vector-feature-limited-width-clientpref-1 vector-feature-limited-width-content-enabled vector-feature-custom-font-size-clientpref-0 vector-feature-appearance-pinned-clientpref-1 vector-feature-night-mode-disabled skin-theme-clientpref-day vector-toc-not-available";var cookie=document.cookie.match(/(?:^|; )arwikinewsmwclientpreferences=([^;]+)/);if(cookie){{cookie[1].split('%2C').forEach(function(pref){{className=className.replace(new RegExp('(^| )'+pref.replace(/-clientpref-\\w+$|[^\\w-]+/g,'')+'-clientpref-\\\\w+( |$)'),'$1'+pref+'$2');}});}}document.documentElement.className=className;}}());RLCONF={rlconf};
RLSTATE={{"ext.globalCssJs.user.styles":"ready","site.styles":"ready","user.styles":"ready","ext.globalCssJs.user":"ready","user":"ready","user.options":"loading","skins.vector.search.codex.styles":"ready","skins.vector.styles":"ready","skins.vector.icons":"ready","ext.flaggedRevs.basic":"ready","ext.visualEditor.desktopArticleTarget.noscript":"ready","ext.uls.interlanguage":"ready","wikibase.client.init":"ready"}};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js","ext.centralNotice.geoIP","ext.centralNotice.startUp","ext.flaggedRevs.advanced","ext.gadget.ReferenceTooltips","ext.urlShortener.toolbar","ext.centralauth.centralautologin","ext.visualEditor.desktopArticleTarget.init","ext.visualEditor.targetLoader","ext.eventLogging","ext.wikimediaEvents","ext.navigationTiming","ext.uls.interface","wikibase.client.vector-2022","ext.checkUser.clientHints"];</script>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.loader.impl(function(){{return["user.options@12s5i",function($,jQuery,require,module){{mw.user.tokens.set({{"patrolToken":"+\\\\","watchToken":"+\\\\","csrfToken":"+\\\\"}});
}}];}});}});</script>
<link rel="stylesheet" href="/w/load.php?lang=ar&amp;modules=ext.flaggedRevs.basic%7Cext.uls.interlanguage%7Cext.visualEditor.desktopArticleTarget.noscript%7Cskins.vector.icons%2Cstyles%7Cskins.vector.search.codex.styles%7Cwikibase.client.init&amp;only=styles&amp;skin=vector-2022">
<script async="" src="/w/load.php?lang=ar&amp;modules=startup&amp;only=scripts&amp;raw=1&amp;skin=vector-2022"></script>
<meta name="ResourceLoaderDynamicStyles" content="">
<link rel="stylesheet" href="/w/load.php?lang=ar&amp;modules=site.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.43.0-wmf.{12 + n}">
<meta name="referrer" content="origin">
<meta name="referrer" content="origin-when-cross-origin">
<meta name="robots" content="max-image-preview:standard">
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=1120">
<meta property="og:title" content="{e(title)} - ويكي الأخبار">
<meta property="og:type" content="website">
<link rel="preconnect" href="//upload.wikimedia.org">
<link rel="alternate" media="only screen and (max-width: 640px)" href="//ar.m.wikinews.example/wiki/{quote(page_name)}">
<link rel="alternate" type="application/x-wiki" title="عدل" href="/w/index.php?title={quote(page_name)}&amp;action=edit">
<link rel="icon" href="/static/favicon/wikinews.ico">
<link rel="search" type="application/opensearchdescription+xml" href="/w/rest.php/v1/search" title="ويكي الأخبار (ar)">
<link rel="EditURI" type="application/rsd+xml" href="//ar.wikinews.example/w/api.php?action=rsd">
<link rel="canonical" href="{url}">
<link rel="license" href="https://creativecommons.org/licenses/by/2.5/deed.ar">
<link rel="alternate" type="application/atom+xml" title="تغذية أتوم ويكي الأخبار" href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:%D8%A3%D8%AD%D8%AF%D8%AB_%D8%A7%D9%84%D8%AA%D8%BA%D9%8A%D9%8A%D8%B1%D8%A7%D8%AA&amp;feed=atom">
<link rel="dns-prefetch" href="//meta.wikimedia.org" />
<link rel="dns-prefetch" href="//login.wikimedia.org">
</head>
<body class="skin--responsive skin-vector skin-vector-search-vue mediawiki rtl sitedir-rtl mw-hide-empty-elt ns-0 ns-subject mw-editable page-{e(page_name)} rootpage-{e(page_name)} skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">{JUMP}</a>
<div class="vector-header-container">
	<header class="vector-header mw-header">
		<div class="vector-header-start">
			<nav class="vector-main-menu-landmark" aria-label="الموقع">
				<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right"  title="القائمة الرئيسية" >
					<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-main-menu-dropdown" class="vector-dropdown-checkbox "  aria-label="القائمة الرئيسية"  >
					<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span>
<span class="vector-dropdown-label-text">{MAIN_MENU[0]}</span>
					</label>
					<div class="vector-dropdown-content">
						<div id="vector-main-menu-unpinned-container" class="vector-unpinned-container">
							<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element">
	<div class="vector-pinnable-header vector-main-menu-pinnable-header vector-pinnable-header-unpinned" data-feature-name="main-menu-pinned" data-pinnable-element-id="vector-main-menu" data-pinned-container-id="vector-main-menu-pinned-container" data-unpinned-container-id="vector-main-menu-unpinned-container">
	<div class="vector-pinnable-header-label">{MAIN_MENU[0]}</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-main-menu.pin">{MAIN_MENU[1]}</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-main-menu.unpin">{MAIN_MENU[2]}</button>
</div>
{nav}
{interaction}
</div>
						</div>
					</div>
				</div>
			</nav>
<a href="/wiki/%D8%A7%D9%84%D8%B5%D9%81%D8%AD%D8%A9_%D8%A7%D9%84%D8%B1%D8%A6%D9%8A%D8%B3%D9%8A%D8%A9" class="mw-logo">
	<img class="mw-logo-icon" src="/static/images/icons/wikinews.svg" alt="" aria-hidden="true" height="50" width="50">
	<span class="mw-logo-container skin-invert">
		<strong class="mw-logo-wordmark">{SITE}</strong>
	</span>
</a>
		</div>
		<div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue  vector-search-box-collapses vector-search-box-show-thumbnail vector-search-box-auto-expand-width vector-search-box">
	<a href="/wiki/%D8%AE%D8%A7%D8%B5:%D8%A8%D8%AD%D8%AB" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only search-toggle" title="ابحث في ويكي الأخبار [f]" accesskey="f"><span class="vector-icon mw-ui-icon-search mw-ui-icon-wikimedia-search"></span>
<span>بحث</span>
	</a>
	<div class="vector-typeahead-search-container">
		<div class="cdx-typeahead-search cdx-typeahead-search--show-thumbnail cdx-typeahead-search--auto-expand-width">
			<form action="/w/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button">
				<div id="simpleSearch" class="cdx-search-input__input-wrapper"  data-search-loc="header-moved">
					<div class="cdx-text-input cdx-text-input--has-start-icon">
						<input class="cdx-text-input__input" type="search" name="search" placeholder="ابحث في ويكي الأخبار" aria-label="ابحث في ويكي الأخبار" autocapitalize="sentences" title="ابحث في ويكي الأخبار [f]" accesskey="f" id="searchInput">
						<span class="cdx-text-input__icon cdx-text-input__start-icon"></span>
					</div>
					<input type="hidden" name="title" value="خاص:بحث">
				</div>
				<button class="cdx-button cdx-search-input__end-button">بحث</button>
			</form>
		</div>
	</div>
</div>
<nav class="vector-user-links vector-user-links-wide" aria-label="أدوات شخصية">
	<div class="vector-user-links-main">
	<div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:%D8%A5%D9%86%D8%B4%D8%A7%D8%A1_%D8%AD%D8%B3%D8%A7%D8%A8&amp;returnto={quote(page_name)}" title="نشجعك على إنشاء حساب وتسجيل الدخول؛ ولكنه ليس إلزاميًا" class=""><span>إنشاء حساب</span></a></li>
			<li id="pt-login-2" class="user-links-collapsible-item mw-list-item user-links-collapsible-item"><a data-mw="interface" href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:%D8%AF%D8%AE%D9%88%D9%84&amp;returnto={quote(page_name)}" title="نشجعك على تسجيل الدخول؛ ولكنه ليس إلزاميًا [o]" accesskey="o" class=""><span>دخول</span></a></li>
		</ul>
	</div>
</div>
	</div>
	<div id="vector-user-links-dropdown" class="vector-dropdown vector-user-menu vector-button-flush-right vector-user-menu-logged-out"  title="المزيد من الخيارات" >
	<input type="checkbox" id="vector-user-links-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-user-links-dropdown" class="vector-dropdown-checkbox "  aria-label="أدوات شخصية"  >
	<label id="vector-user-links-dropdown-label" for="vector-user-links-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only " aria-hidden="true"  ><span class="vector-icon mw-ui-icon-ellipsis mw-ui-icon-wikimedia-ellipsis"></span>
<span class="vector-dropdown-label-text">أدوات شخصية</span>
	</label>
	<div class="vector-dropdown-content">
		<div id="p-personal" class="vector-menu mw-portlet mw-portlet-personal user-links-collapsible-item"  title="قائمة المستخدم" >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-createaccount" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:%D8%A5%D9%86%D8%B4%D8%A7%D8%A1_%D8%AD%D8%B3%D8%A7%D8%A8&amp;returnto={quote(page_name)}" title="نشجعك على إنشاء حساب وتسجيل الدخول؛ ولكنه ليس إلزاميًا"><span class="vector-icon mw-ui-icon-userAdd mw-ui-icon-wikimedia-userAdd"></span> <span>إنشاء حساب</span></a></li>
			<li id="pt-login" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:%D8%AF%D8%AE%D9%88%D9%84&amp;returnto={quote(page_name)}" title="نشجعك على تسجيل الدخول؛ ولكنه ليس إلزاميًا [o]" accesskey="o"><span class="vector-icon mw-ui-icon-logIn mw-ui-icon-wikimedia-logIn"></span> <span>دخول</span></a></li>
		</ul>
	</div>
</div>
<div id="p-user-menu-anon-editor" class="vector-menu mw-portlet mw-portlet-user-menu-anon-editor"  >
	<div class="vector-menu-heading">
		صفحات للمحررين الذين سجلوا خروجهم <a href="/wiki/%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A9:%D9%85%D9%82%D8%AF%D9%85%D8%A9" aria-label="تعلم المزيد عن التحرير"><span>اعرف المزيد</span></a>
	</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="pt-anoncontribs" class="mw-list-item"><a href="/wiki/%D8%AE%D8%A7%D8%B5:%D9%85%D8%B3%D8%A7%D9%87%D9%85%D8%A7%D8%AA%D9%8A" title="قائمة التعديلات التي قام بها عنوان IP هذا [y]" accesskey="y"><span>مساهمات</span></a></li>
			<li id="pt-anontalk" class="mw-list-item"><a href="/wiki/%D8%AE%D8%A7%D8%B5:%D9%86%D9%82%D8%A7%D8%B4%D9%8A" title="نقاش عن التعديلات من عنوان IP هذا [n]" accesskey="n"><span>نقاش</span></a></li>
		</ul>
	</div>
</div>
	</div>
</div>
</nav>
		</div>
	</header>
</div>
<div class="mw-page-container">
	<div class="mw-page-container-inner">
		<div class="vector-sitenotice-container">
			<div id="siteNotice"><!-- CentralNotice --></div>
		</div>
		<div class="vector-column-start">
			<div class="vector-main-menu-container">
		<div id="mw-navigation">
			<nav id="mw-panel" class="vector-main-menu-landmark" aria-label="الموقع">
				<div id="vector-main-menu-pinned-container" class="vector-pinned-container">
				</div>
		</nav>
		</div>
	</div>
</div>
		<div class="mw-content-container">
			<main id="content" class="mw-body">
				<header class="mw-body-header vector-page-titlebar">
					<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">{e(title)}</span></h1>
							<div id="p-lang-btn" class="vector-dropdown mw-portlet mw-portlet-lang"  >
	<input type="checkbox" id="p-lang-btn-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-p-lang-btn" class="vector-dropdown-checkbox mw-interlanguage-selector" aria-label="هذه المقالة متوفرة باللغة العربية فقط. أضف مقالات بلغات أخرى."   >
	<label id="p-lang-btn-label" for="p-lang-btn-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--action-progressive mw-portlet-lang-heading-0" aria-hidden="true"  ><span class="vector-icon mw-ui-icon-language-progressive mw-ui-icon-wikimedia-language-progressive"></span>
<span class="vector-dropdown-label-text">إضافة لغات</span>
	</label>
	<div class="vector-dropdown-content">
		<div class="vector-menu-content">
			<ul class="vector-menu-content-list"></ul>
		</div>
	</div>
</div>
</header>
				<div class="vector-page-toolbar">
					<div class="vector-page-toolbar-container">
						<div id="left-navigation">
							<nav aria-label="النطاقات">
<div id="p-associated-pages" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-associated-pages"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{quote(page_name)}" title="عرض صفحة المحتوى [c]" accesskey="c"><span>خبر</span></a></li>
			<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a href="/w/index.php?title={quote('نقاش:' + page_name)}&amp;action=edit&amp;redlink=1" rel="discussion" class="new" title="نقاش عن صفحة المحتوى (الصفحة غير موجودة) [t]" accesskey="t"><span>نقاش</span></a></li>
		</ul>
	</div>
</div>
							</nav>
						</div>
						<div id="right-navigation" class="vector-collapsible">
							<nav aria-label="الواجهات">
<div id="p-views" class="vector-menu vector-menu-tabs mw-portlet mw-portlet-views"  >
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">
			<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/{quote(page_name)}"><span>اقرأ</span></a></li>
			<li id="ca-ve-edit" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={quote(page_name)}&amp;veaction=edit" title="عدل هذه الصفحة [v]" accesskey="v"><span>عدل</span></a></li>
			<li id="ca-edit" class="collapsible vector-tab-noicon mw-list-item"><a href="/w/index.php?title={quote(page_name)}&amp;action=edit" title="عدل مصدر هذه الصفحة [e]" accesskey="e"><span>عدل المصدر</span></a></li>
			<li id="ca-history" class="vector-tab-noicon mw-list-item"><a href="/w/index.php?title={quote(page_name)}&amp;action=history" title="النسخ السابقة لهذه الصفحة [h]" accesskey="h"><span>تاريخ</span></a></li>
		</ul>
	</div>
</div>
							</nav>
							<nav class="vector-page-tools-landmark" aria-label="أدوات الصفحة">
<div id="vector-page-tools-dropdown" class="vector-dropdown vector-page-tools-dropdown"  >
	<input type="checkbox" id="vector-page-tools-dropdown-checkbox" role="button" aria-haspopup="true" data-event-name="ui.dropdown-vector-page-tools-dropdown" class="vector-dropdown-checkbox "  aria-label="أدوات"  >
	<label id="vector-page-tools-dropdown-label" for="vector-page-tools-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet" aria-hidden="true"  ><span class="vector-dropdown-label-text">أدوات</span>
	</label>
	<div class="vector-dropdown-content">
		<div id="vector-page-tools-unpinned-container" class="vector-unpinned-container">
			<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
	<div id="p-cactions" class="vector-menu mw-portlet mw-portlet-cactions emptyPortlet vector-has-collapsible-items"  title="المزيد من الخيارات" >
	<div class="vector-menu-heading">إجراءات</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list"></ul>
	</div>
</div>
<div id="p-tb" class="vector-menu mw-portlet mw-portlet-tb"  >
	<div class="vector-menu-heading">عام</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list">{tools}</ul>
	</div>
</div>
<div id="p-coll-print_export" class="vector-menu mw-portlet mw-portlet-coll-print_export"  >
	<div class="vector-menu-heading">طباعة/تصدير</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list"><li id="coll-download-as-rl" class="mw-list-item"><a href="/w/index.php?title=%D8%AE%D8%A7%D8%B5:DownloadAsPdf&amp;page={quote(page_name)}&amp;action=show-download-screen"><span>تنزيل بصيغة PDF</span></a></li><li id="t-print" class="mw-list-item"><a href="/w/index.php?title={quote(page_name)}&amp;printable=yes" title="نسخة للطباعة لهذه الصفحة [p]" accesskey="p"><span>نسخة للطباعة</span></a></li></ul>
	</div>
</div>
<div id="p-wikibase-otherprojects" class="vector-menu mw-portlet mw-portlet-wikibase-otherprojects"  >
	<div class="vector-menu-heading">في مشاريع أخرى</div>
	<div class="vector-menu-content">
		<ul class="vector-menu-content-list"><li class="wb-otherproject-link wb-otherproject-commons mw-list-item"><a href="https://commons.wikimedia.org/wiki/Main_Page" hreflang="en"><span>ويكيميديا كومنز</span></a></li></ul>
	</div>
</div>
</div>
		</div>
	</div>
</div>
							</nav>
						</div>
					</div>
				</div>
				<div class="vector-column-end">
					<div class="vector-sticky-pinned-container">
						<nav class="vector-page-tools-landmark" aria-label="أدوات الصفحة">
							<div id="vector-page-tools-pinned-container" class="vector-pinned-container">
							</div>
						</nav>
						<nav class="vector-appearance-landmark" aria-label="{APPEARANCE}">
							<div id="vector-appearance-pinned-container" class="vector-pinned-container">
				<div id="vector-appearance" class="vector-appearance vector-pinnable-element">
	<div class="vector-pinnable-header vector-appearance-pinnable-header vector-pinnable-header-pinned" data-feature-name="appearance-pinned" data-pinnable-element-id="vector-appearance" data-pinned-container-id="vector-appearance-pinned-container" data-unpinned-container-id="vector-appearance-unpinned-container">
	<div class="vector-pinnable-header-label">{APPEARANCE}</div>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-appearance.pin">{MAIN_MENU[1]}</button>
	<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button" data-event-name="pinnable-header.vector-appearance.unpin">{MAIN_MENU[2]}</button>
</div>
</div>
							</div>
						</nav>
					</div>
				</div>
				<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container>
					<div class="vector-body-before-content">
							<div class="mw-indicators">
		</div>
						<div id="siteSub" class="noprint">{SITE_SUB}</div>
					</div>
					<div id="contentSub"><div id="mw-content-subtitle"></div></div>
					<div id="mw-content-text" class="mw-body-content">{content}
<!-- Saved in parser cache with key arwikinews:pcache:{article_id}:|#|:idhash:canonical and timestamp {modified:%Y%m%d%H%M%S} and revision id {revision}. Rendering was triggered because: page-view
 -->
<noscript><img src="https://login.wikimedia.org/wiki/Special:CentralAutoLogin/start?type=1x1&amp;useformat=desktop" alt="" width="1" height="1" style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">مأخوذة من «<a dir="ltr" href="{HOST}/w/index.php?title={quote(page_name)}&amp;oldid={revision}">{HOST}/w/index.php?title={quote(page_name)}&amp;oldid={revision}</a>»</div></div>
					<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/%D8%AE%D8%A7%D8%B5:%D8%AA%D8%B5%D9%86%D9%8A%D9%81%D8%A7%D8%AA" title="خاص:تصنيفات">تصنيفات</a>: <ul>{cats}</ul></div></div>
				</div>
			</main>
		</div>
		<div class="mw-footer-container">
<footer id="footer" class="mw-footer" >
	<ul id="footer-info">
	<li id="footer-info-lastmod"> {lastmod}</li>
	<li id="footer-info-copyright">النصوص منشورة برخصة <a class="external" rel="nofollow" href="https://creativecommons.org/licenses/by/2.5/deed.ar">المشاع الإبداعي نسب المصنف 2.5</a>؛ قد تنطبق شروط إضافية. طالع <a class="external" rel="nofollow" href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">شروط الاستخدام</a> للتفاصيل.</li>
</ul>
	<ul id="footer-places">
	<li id="footer-places-privacy"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy/ar">سياسة الخصوصية</a></li>
	<li id="footer-places-about"><a href="/wiki/%D9%88%D9%8A%D9%83%D9%8A_%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1:%D8%AD%D9%88%D9%84">حول ويكي الأخبار</a></li>
	<li id="footer-places-disclaimers"><a href="/wiki/%D9%88%D9%8A%D9%83%D9%8A_%D8%A7%D9%84%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1:%D8%A5%D8%AE%D9%84%D8%A7%D8%A1_%D9%85%D8%B3%D8%A4%D9%88%D9%84%D9%8A%D8%A9_%D8%B9%D8%A7%D9%85">إخلاء مسؤولية</a></li>
	<li id="footer-places-wm-codeofconduct"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Universal_Code_of_Conduct">مدونة السلوك</a></li>
	<li id="footer-places-developers"><a href="https://developer.wikimedia.org">المطورون</a></li>
	<li id="footer-places-statslink"><a href="https://stats.wikimedia.org/#/ar.wikinews.org">إحصائيات</a></li>
	<li id="footer-places-cookiestatement"><a href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Cookie_statement">بيان تعريف الارتباطات</a></li>
	<li id="footer-places-mobileview"><a href="//ar.m.wikinews.example/w/index.php?title={quote(page_name)}&amp;mobileaction=toggle_view_mobile" class="noprint stopMobileRedirectToggle">نسخة الأجهزة المحمولة</a></li>
</ul>
	<ul id="footer-icons" class="noprint">
	<li id="footer-copyrightico"><a href="https://wikimediafoundation.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/static/images/footer/wikimedia-button.svg" width="84" height="29" alt="Wikimedia Foundation" loading="lazy"></a></li>
	<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/" class="cdx-button cdx-button--fake-button cdx-button--size-large cdx-button--fake-button--enabled"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li>
</ul>
</footer>
		</div>
	</div>
</div>
<div class="vector-header-container vector-sticky-header-container">
	<div id="vector-sticky-header" class="vector-sticky-header vector-sticky-header-icon-start" data-name="vector-sticky-header">
		<div class="vector-sticky-header-start">
			<div class="vector-sticky-header-context-bar">
				<div class="vector-sticky-header-context-bar-primary" aria-hidden="true" >{e(title)}</div>
			</div>
		</div>
		<div class="vector-sticky-header-end" aria-hidden="true">
			<div class="vector-sticky-header-icons">
				<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-talk-sticky-header" tabindex="-1" data-event-name="talk-sticky-header"><span class="vector-icon mw-ui-icon-speechBubbles mw-ui-icon-wikimedia-speechBubbles"></span>
<span></span>
			</a>
				<a href="#" class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--weight-quiet cdx-button--icon-only" id="ca-history-sticky-header" tabindex="-1" data-event-name="history-sticky-header"><span class="vector-icon mw-ui-icon-wikimedia-history mw-ui-icon-wikimedia-wikimedia-history"></span>
<span></span>
			</a>
			</div>
		</div>
	</div>
</div>
<div class="mw-portlet mw-portlet-dock-bottom emptyPortlet" id="p-dock-bottom">
	<ul>
	</ul>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgHostname":"mw-web.eqiad.main-7c9f6b8d4-{n}x2kq","wgBackendResponseTime":{118 + 29 * n},"wgPageParseReport":{{"limitreport":{{"cputime":"0.0{3 + n}1","walltime":"0.0{5 + n}8","ppvisitednodes":{{"value":{212 + 37 * n},"limit":1000000}},"postexpandincludesize":{{"value":{4100 + 333 * n},"limit":2097152}},"templateargumentsize":{{"value":{610 + 41 * n},"limit":2097152}},"expansiondepth":{{"value":7,"limit":100}},"expensivefunctioncount":{{"value":0,"limit":500}},"unstrip-depth":{{"value":0,"limit":20}},"unstrip-size":{{"value":0,"limit":5000000}},"timingprofile":["100.00%   {31 + n}.204      1 -total"," 61.12%   {19 + n}.008      1 قالب:تاريخ"," 30.47%    9.{n}52      {len(sources)} قالب:مصدر"]}},"cachereport":{{"origin":"mw-web.eqiad.main-7c9f6b8d4-{n}x2kq","timestamp":"{modified:%Y%m%d%H%M%S}","ttl":2592000,"transientcontent":false}}}}}});}});</script>
{json_ld}
</body>
</html>
"""
    return page
