"""A Qatari public organisation's intranet-style news site on SharePoint Online ("الأخبار
المؤسسية", a communication site joined to the hub "بوابة المؤسسة"), one news post per page at
`/sites/News/SitePages/<name>.aspx`, as the server returns it once the modern page has
rendered (the DOM snapshot a headless crawler stores). The head: `<title>` is the bare page
title, the favicon and `spofabric`/`sp-pages` bundle links from the CDN, then the
`var _spPageContextInfo = {...}` script (webTitle, webAbsoluteUrl, the ar-QA culture, LCID
1025, hub site id, serverTime) and `var _spClientSidePageContext = {...}` with the page item:
Title, Description, BannerImageUrl, `FirstPublishedDate` in UTC ("Z") and the promoted state of
a news post; no og/twitter meta and no JSON-LD (SharePoint prints none). The body: the suite
bar `#SuiteNavWrapper` (org name), the hub bar `div.ms-HubNav` (hub name and five links), the
site header `#spSiteHeader` / `data-automationid="SiteHeader"` (site logo initials, site name,
"متابعة", the site's own horizontal nav `ms-HorizontalNavItem` links), the page command bar
`#spCommandBar` ("مشاركة"), then `#spPageCanvasContent`: the title area
(`data-automation-id="pageHeader"`, `data-sp-feature-tag="PageTitle"`): the topic header (the
section), `h1#TitleTextId`, the author byline `pageAuthorByLine` (Persona name and job title;
page 2 hides it: a staff post) and the published date as ar-QA prints it, Arabic-Indic digits
("١٢ مارس ٢٠٢٤", Qatar time +03:00). The canvas `SPCanvas-canvas` > `CanvasZoneContainer` >
`CanvasZone` > `CanvasSection CanvasSection-col CanvasSection-xl8|xl4` > `ControlZone
ControlZone--control` (`data-automation-id="CanvasControl"`) holds text web parts
(`data-sp-feature-tag="Rich Text Editor"`, `div.cke_editable.rte--read` with `<p>`, `<h2>`,
`<strong>`, `<a>`). Page 1 splits the story over two text web parts with an image web part
between (figcaption `captionElement`) and a subheading; page 2 has a quick-links web part in
the side column; page 3 links a phrase inline and was published at 00:35 Qatar time, so the
context's UTC FirstPublishedDate is the day before. A second zone holds the news web part
"أخبار ذات صلة" (titles, authors, dates). Then the social bar (`#CommentsWrapper`: "أعجبني",
like count, "تعليق", "حفظ لوقت لاحق", view count), the comments list (pages 1 and 3; comments
are off on page 2) and the site footer `data-automation-id="SimpleFooter"` (name, links,
copyright). All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e, indic

NAME = "spo_modern_news"
HELD_OUT = True
SET = "unseen24"
FAMILY = "SharePoint Online modern news page: _spClientSidePageContext, CanvasZone/ControlZone text and image web parts, title area byline/date, like/comments bar, hub nav"
HOST = "https://spo-org-qa.example"
ORG = "المؤسسة القطرية للمياه والطاقة"
SITE = "الأخبار المؤسسية"
SITE_PATH = "/sites/News"
HUB = ("بوابة المؤسسة", ("عن المؤسسة", "الهيكل التنظيمي", "السياسات والإجراءات", "الخدمات الذاتية",
                       "الدعم الفني"))
SITE_NAV = ("الصفحة الرئيسية", "الأخبار", "الإعلانات", "الفعاليات", "معرض الصور")
FOLLOW = "متابعة"
SHARE = "مشاركة"
LIKE = "أعجبني"
COMMENT = "تعليق"
SAVE = "حفظ لوقت لاحق"
REPLY = "ردّ"
COMMENTS = "التعليقات"
ADD_COMMENT = "إضافة تعليق"
RELATED = "أخبار ذات صلة"
SEE_ALL = "عرض الكل"
QUICK = ("روابط سريعة", ("دليل الموظف", "نظام الإجازات", "بوابة الرواتب", "دليل الهاتف الداخلي"))
FOOTER_LINKS = ("سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا")
JOB = {1: "أخصائية اتصال مؤسسي", 3: "محرر أول - إدارة الاتصال المؤسسي"}
PAGE_NAME = {1: "Water-Quality-Monitoring-Center", 2: "Water-Saving-Campaign-2024",
             3: "New-Qatari-Engineers-Graduation-Cohort-4"}
LIKES = {1: 38, 2: 15, 3: 52}
VIEWS = {1: 612, 2: 240, 3: 905}
RELATED_AUTHORS = ("فاطمة محمد النعيمي", "قسم الإعلام الداخلي", "حمد راشد المهندي")
# (page) -> (paragraph index, words) set in bold / linked by the editor
BOLD = {1: (2, "زمن الاستجابة للإنذارات انخفض من ست ساعات إلى أقل من عشرين دقيقة")}
LINKED = {3: (2, "خطة التقطير المعتمدة", f"{HOST}/sites/HR/SitePages/Qatarization-Plan.aspx")}
HEADING = {1: 3}  # paragraph index written as a subheading (h2)
SPLIT = {1: 3}  # the image web part sits before this paragraph (page 1)
REPLIES = {
    1: (("جاسم أحمد الكعبي", 95, "إنجاز مهم، ونتطلع إلى نشر المؤشرات الشهرية للجمهور قريبا."),
        ("هند خليفة العطية", 1460, "بالتوفيق لفريق المركز، عمل يستحق الإشادة 👏")),
    3: (("مها سالم البوعينين", 480, "مبارك للخريجين، وننتظر الدفعة الخامسة بحماس."),),
}
LOCAL = timedelta(hours=3)
GUIDS = ("8f4e1c2a-7b3d-4e59-9a61-2c5d8e0f1b37", "c2a91d4e-5f60-47b8-8e13-a9d0b7c4f265",
         "1d7b3e90-aa42-4c0f-b7e5-63f2d18c9e04", "e5c08f31-2b97-4d6a-9f40-7a1e3c5d2b88")


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _date(moment) -> str:
    """ar-QA long date, Arabic-Indic digits: "١٢ مارس ٢٠٢٤"."""
    local = _local(moment)
    return indic(f"{local.day} {MONTHS[local.month - 1]} {local.year}")


def _datetime(moment) -> str:
    local = _local(moment)
    hour = local.hour % 12 or 12
    noon = "ص" if local.hour < 12 else "م"
    return f"{_date(moment)} {indic(f'{hour}:{local:%M}')} {noon}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def _para(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{LINKED[n][2]}" data-cke-saved-href="'
                                   f'{LINKED[n][2]}" data-interception="on">{words}</a>', 1)
    if HEADING.get(n) == k:
        return f'<h2 data-text-type="withSpacing">{html}</h2>'
    return f'<p data-text-type="withSpacing">{html}</p>'


def _control(guid: str, inner: str, order: int) -> str:
    return f"""<div class="ControlZone ControlZone--control" data-automation-id="CanvasControl" id="{guid}" data-sp-a11y-id="ControlZone_{order}">
<div class="ControlZone-control">
{inner}
</div>
</div>"""


def _rte(guid: str, paras: list[str], order: int) -> str:
    inner = (f'<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart" '
             f'data-sp-feature-instance-id="{guid}">\n<div data-automation-id="textBox" '
             f'class="cke_editable rte--read isFluentRTE rteEmphasis root-{90 + order}" '
             f'dir="rtl">' + "".join(paras) + "</div>\n</div>")
    return _control(guid, inner, order)


def _image(article: Article, n: int) -> str:
    src = f"{HOST}{SITE_PATH}/SiteAssets/SitePages/{PAGE_NAME[n]}/{article.slug}-control-room.jpg"
    inner = f"""<div data-sp-feature-tag="ImageWebPart web part (Image)" data-sp-feature-instance-id="{GUIDS[1]}">
<div data-sp-webpart="" data-sp-webpartdataversion="1.11" data-sp-componentid="d1d91016-032f-456d-98a4-721247c305e8">
<div class="imageWebPart" data-automation-id="imageWebPart">
<figure class="image-figure" role="figure" aria-label="{e(article.caption)}">
<div class="imageContainer"><img src="{src}?width=1280" alt="{e(article.caption)}" loading="lazy" width="1280" height="720" data-automation-id="image"></div>
<figcaption class="captionContainer"><div data-automation-id="captionElement" class="captionElement"><div class="cke_editable">{e(article.caption)}</div></div></figcaption>
</figure>
</div>
</div>
</div>"""
    return _control(GUIDS[1], inner, 2)


def _quick_links() -> str:
    title, links = QUICK
    items = "\n".join(f'<li class="ql-item"><a href="{HOST}/sites/HR/SitePages/link-{k}.aspx" '
                      f'data-interception="off"><span class="ql-title">{e(t)}</span></a></li>'
                      for k, t in enumerate(links, 1))
    inner = f"""<div data-sp-feature-tag="QuickLinksWebPart web part (Quick links)" data-sp-feature-instance-id="{GUIDS[2]}">
<div data-sp-webpart="" data-sp-webpartdataversion="2.2">
<div class="webPartTitle" role="heading" aria-level="2"><span data-automation-id="webPartTitleReadMode">{title}</span></div>
<ul class="quickLinks compactLayout" role="list">
{items}
</ul>
</div>
</div>"""
    return _control(GUIDS[2], inner, 3)


def _related(article: Article, page: Page) -> str:
    cards = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=6 + 11 * k, hours=3 * k)
        author = RELATED_AUTHORS[k]
        link = f"{HOST}{SITE_PATH}/SitePages/News-{int(article.slug) - 17 * (k + 1)}.aspx"
        page.add(title, author, _date(when))
        cards.append(f"""<div class="newsItem" role="listitem" data-automation-id="news-item-{k}">
<a href="{link}" class="newsItemLink" data-interception="on"><div class="newsItemImage"><img src="{HOST}{SITE_PATH}/SiteAssets/SitePages/thumb-{k}.jpg?width=400" alt=""></div>
<div class="newsItemContent"><div class="newsItemTitle" data-automation-id="newsItemTitle">{e(title)}</div></div></a>
<div class="newsItemFooter"><span class="ms-Persona-primaryText">{e(author)}</span><span class="newsItemDate">{_date(when)}</span></div>
</div>""")
    page.add(RELATED, SEE_ALL)
    inner = f"""<div data-sp-feature-tag="NewsWebPart web part (News)" data-sp-feature-instance-id="{GUIDS[3]}">
<div data-sp-webpart="" data-sp-webpartdataversion="1.13">
<div class="webPartHeader"><div class="webPartTitle" role="heading" aria-level="2"><span data-automation-id="webPartTitleReadMode">{RELATED}</span></div>
<a class="seeAllLink" href="{HOST}{SITE_PATH}/_layouts/15/news.aspx" data-automation-id="newsSeeAllLink">{SEE_ALL}</a></div>
<div class="newsList sideBySide" role="list">
{chr(10).join(cards)}
</div>
</div>
</div>"""
    return _control(GUIDS[3], inner, 4)


def _section(cls: str, controls: str) -> str:
    return f"""<div class="CanvasSection CanvasSection-col CanvasSection-sm12 {cls} CanvasSection--read" data-automation-id="CanvasSection">
{controls}
</div>"""


def _zone(index: int, sections: str) -> str:
    return f"""<div class="CanvasZoneContainer CanvasZoneContainer--read" data-automation-id="CanvasZoneContainer">
<div class="CanvasZone CanvasZone--read row" data-automation-id="CanvasZone" data-sp-a11y-id="CanvasZone_{index}">
<div class="CanvasZoneSectionContainer" data-automation-id="CanvasZone-SectionContainer">
{sections}
</div>
</div>
</div>"""


def _social(n: int, page: Page, moment) -> str:
    likes = f"{LIKES[n]} إعجابًا"
    views = f"{VIEWS[n]} مشاهدة"
    page.add(LIKE, likes, SAVE, views)
    comment_button = ""
    listing = ""
    if n in REPLIES:
        page.add(COMMENT, COMMENTS, ADD_COMMENT, REPLY)
        comment_button = (f'<button class="ms-Button ms-Button--action" data-automation-id='
                          f'"commentButton"><span class="ms-Button-label">{COMMENT}</span>'
                          "</button>")
        items = []
        for k, (who, minutes, text) in enumerate(REPLIES[n]):
            when = _datetime(moment + timedelta(minutes=minutes))
            page.add(who, when, text)
            items.append(f"""<li class="comment" data-automation-id="comment-{k}" role="listitem">
<div class="ms-Persona ms-Persona--size32"><div class="ms-Persona-details"><div class="ms-Persona-primaryText commentAuthor">{e(who)}</div></div></div>
<div class="commentTime" title="{when}">{when}</div>
<div class="commentText" data-automation-id="commentText">{e(text)}</div>
<div class="commentActions"><button class="ms-Button--action">{LIKE}</button><button class="ms-Button--action">{REPLY}</button></div>
</li>""")
        listing = f"""<div class="commentsSection" aria-label="Comments" role="region">
<h2 class="commentsHeader" data-automation-id="commentsHeader">{COMMENTS}</h2>
<div class="commentBox" role="textbox" aria-label="{ADD_COMMENT}"><span class="commentBoxPlaceholder">{ADD_COMMENT}</span></div>
<ul class="commentsList" role="list">
{chr(10).join(items)}
</ul>
</div>"""
    return f"""<div id="CommentsWrapper" class="CommentsWrapper" data-sp-feature-tag="Comments">
<div class="socialBar" data-automation-id="sp-socialbar" role="toolbar">
<button class="ms-Button ms-Button--action" data-automation-id="likeButton" aria-pressed="false"><i data-icon-name="Like" aria-hidden="true"></i><span class="ms-Button-label">{LIKE}</span></button>
<span class="likeCount" data-automation-id="sp-socialbar-likecount">{likes}</span>
{comment_button}
<button class="ms-Button ms-Button--action" data-automation-id="saveForLaterButton"><i data-icon-name="Bookmarks" aria-hidden="true"></i><span class="ms-Button-label">{SAVE}</span></button>
<span class="viewCount" data-automation-id="sp-socialbar-viewcount">{views}</span>
</div>
{listing}
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}{SITE_PATH}/SitePages/{PAGE_NAME[n]}.aspx"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    hub_name, hub_links = HUB
    page.add(ORG, hub_name, *hub_links, SITE, FOLLOW, *SITE_NAV, SHARE, article.section,
             shown)
    texts = [article.lead, *article.paragraphs]
    paras = [_para(article, n, k, t) for k, t in enumerate(texts)]
    byline = ""
    if n in JOB:
        page.add(article.author, JOB[n])
        byline = f"""<div data-automation-id="pageAuthorByLine" class="authorByline">
<div class="ms-Persona ms-Persona--size40"><div class="ms-Persona-details">
<div class="ms-Persona-primaryText" data-automation-id="authorName">{e(article.author)}</div>
<div class="ms-Persona-secondaryText">{e(JOB[n])}</div>
</div></div>
</div>"""
    if n in SPLIT:
        cut = SPLIT[n]
        main = "\n".join([_rte(GUIDS[0], paras[:cut], 1), _image(article, n),
                          _rte("4b9e2d17-63c1-4fa8-b05d-e8a7c3f91d26", paras[cut:], 3)])
        page.add(article.caption)
    else:
        main = _rte(GUIDS[0], paras, 1)
    first = _section("CanvasSection-xl8" if n == 2 else "CanvasSection-xl12", main)
    if n == 2:
        page.add(QUICK[0], *QUICK[1])
        first += "\n" + _section("CanvasSection-xl4", _quick_links())
    zones = "\n".join([_zone(1, first), _zone(2, _section("CanvasSection-xl12",
                                                           _related(article, page)))])
    social = _social(n, page, moment)
    year = _local(moment).year
    copyright_line = f"© {year} {ORG}. جميع الحقوق محفوظة."
    page.add(*FOOTER_LINKS, copyright_line)
    hub = "\n".join(f'<li class="ms-HorizontalNavItem" role="none"><a class="ms-HorizontalNavItem-'
                    f'link" role="menuitem" href="{HOST}/sites/Portal/SitePages/hub-{k}.aspx" '
                    f'data-interception="off"><span class="ms-HorizontalNavItem-linkText">{t}'
                    "</span></a></li>" for k, t in enumerate(hub_links, 1))
    nav = "\n".join(f'<li class="ms-HorizontalNavItem{" is-selected" if t == "الأخبار" else ""}" '
                    f'role="none"><a class="ms-HorizontalNavItem-link" role="menuitem" href="'
                    f'{HOST}{SITE_PATH}/SitePages/nav-{k}.aspx"><span class="ms-HorizontalNavItem-'
                    f'linkText">{t}</span></a></li>' for k, t in enumerate(SITE_NAV))
    footer_links = "".join(f'<a class="footerLink" href="{HOST}/sites/Portal/SitePages/f{k}.aspx">'
                           f"{t}</a>" for k, t in enumerate(FOOTER_LINKS))
    description = article.lead[:250].rsplit(" ", 1)[0]
    banner = (f"{HOST}{SITE_PATH}/SiteAssets/SitePages/{PAGE_NAME[n]}/{article.slug}-control-room"
              ".jpg" if n in SPLIT else f"{HOST}/_layouts/15/images/sitepagethumbnail.png")
    context_info = {
        "webAbsoluteUrl": f"{HOST}{SITE_PATH}", "webServerRelativeUrl": SITE_PATH,
        "webTitle": SITE, "webLanguage": 1025, "currentLanguage": 1025,
        "currentUICultureName": "ar-SA", "currentCultureName": "ar-QA",
        "siteAbsoluteUrl": f"{HOST}{SITE_PATH}", "hubSiteId": "3f6b1a2c-90d4-4e7f-8c25-b1d9e0a47c63",
        "isHubSite": False, "pageListId": "{b2e4c6d8-1f3a-4b5c-9d7e-0a2b4c6d8e1f}",
        "pageItemId": int(article.slug) % 1000, "userId": 0, "isAnonymousGuestUser": False,
        "serverTime": _utc(moment + timedelta(days=40)), "siteClientTag": "14$$16.0.24322.12005",
        "webTemplate": "68", "env": "prod", "isSPO": True, "farmLabel": "QA_3_Content",
    }
    page_context = {
        "pageId": int(article.slug) % 1000, "url": f"SitePages/{PAGE_NAME[n]}.aspx",
        "title": article.headline, "description": description, "bannerImageUrl": banner,
        "promotedState": 2, "layoutType": "Article",
        "firstPublishedDate": _utc(moment), "topicHeader": article.section,
        "authorByline": [f"i:0#.f|membership|author{n}@spo-org-qa.example"] if n in JOB else [],
        "keywords": list(article.tags), "commentsDisabled": n not in REPLIES,
    }
    ctx = json.dumps(context_info, ensure_ascii=False).replace("</", "<\\/")
    pctx = json.dumps(page_context, ensure_ascii=False).replace("</", "<\\/")
    build = "odsp-next-prod_2024.10.04.3_20241008.002"
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar-SA">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta charset="utf-8">
<meta name="description" content="{e(description)}">
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=47" type="image/vnd.microsoft.icon" id="favicon">
<title>{e(article.headline)}</title>
<link rel="preconnect" href="https://res-1.cdn.office.net">
<link rel="stylesheet" href="https://res-1.cdn.office.net/files/{build}/spofabric-rtl.css">
<link rel="stylesheet" href="https://res-1.cdn.office.net/files/{build}/sp-pages-assembly-rtl.css">
<script type="text/javascript">var _spPageContextInfo = {ctx};</script>
<script type="text/javascript">var _spClientSidePageContext = {pctx};</script>
<script type="text/javascript">var g_duration = 112; var g_iisLatency = 1; var g_cpuDuration = 48; var g_correlationId = "a1f3c9e0-4d2b-7000-8b6e-{article.slug}c0ffee42";</script>
<script type="text/javascript" src="https://res-1.cdn.office.net/files/{build}/sp-pages-assembly_ar-sa_3c9d1e2f.js" defer></script>
</head>
<body class="ms-Fabric is-focusVisible" dir="rtl">
<div id="spoAppComponent">
<div id="SuiteNavWrapper" class="o365cs-base" role="banner"><div id="SuiteNavPlaceHolder"><div class="o365sx-navbar"><a class="o365sx-appName" href="{HOST}/sites/Portal" aria-label="{ORG}"><span>{ORG}</span></a></div></div></div>
<div class="ms-HubNav" data-automation-id="HubNav" role="navigation">
<a class="ms-HubNav-siteName" href="{HOST}/sites/Portal">{hub_name}</a>
<ul class="ms-HorizontalNav" role="menubar">
{hub}
</ul>
</div>
<div id="spSiteHeader" data-automationid="SiteHeader" role="banner" class="ms-siteHeader ms-siteHeader--standard">
<div class="ms-siteHeader-logo"><a href="{HOST}{SITE_PATH}" class="ms-siteLogo"><img class="ms-siteLogo-actual" src="{HOST}{SITE_PATH}/SiteAssets/__sitelogo__logo-news.png" alt="{SITE}"></a></div>
<div class="ms-siteHeader-siteInfo"><a class="ms-siteHeader-siteName" href="{HOST}{SITE_PATH}" data-automationid="SiteHeaderTitle"><span>{SITE}</span></a></div>
<div class="ms-siteHeader-actions"><button class="ms-Button ms-Button--commandBar" data-automationid="SiteHeaderFollowButton"><span class="ms-Button-label">{FOLLOW}</span></button></div>
<nav class="ms-HorizontalNav ms-siteHeader-nav" data-automationid="HorizontalNav" aria-label="التنقل في الموقع"><ul role="menubar">
{nav}
</ul></nav>
</div>
<div id="spCommandBar" data-automation-id="pageCommandBar" class="ms-CommandBar"><div class="ms-CommandBar-secondaryCommand"><button class="ms-Button ms-Button--commandBar" data-automation-id="pageCommandBarShareButton"><span class="ms-Button-label">{SHARE}</span></button></div></div>
<main id="mainContent" role="main">
<div id="spPageCanvasContent">
<div data-automation-id="pageHeader" class="pageHeader pageHeader--article">
<div data-sp-feature-tag="PageTitle" data-sp-feature-instance-id="cbe7b0a9-3504-44dd-a3a3-0e5cacd07788" class="pageTitle_container">
<div class="topicHeader" data-automation-id="topicHeader"><span>{e(article.section)}</span></div>
<h1 id="TitleTextId" data-automation-id="pageTitle" class="pageTitle" role="heading" aria-level="1">{e(article.headline)}</h1>
{byline}
<div class="pageTitle_metadata"><span data-automation-id="publishedDate" class="publishedDate">{shown}</span></div>
</div>
</div>
<div class="SPCanvas SPCanvas--fullWidth">
<div class="SPCanvas-canvas" data-automation-id="Canvas">
<div class="CanvasComponent LCS" data-automation-id="CanvasComponent">
{zones}
</div>
</div>
</div>
{social}
</div>
</main>
<footer data-automation-id="SimpleFooter" class="ms-footer ms-footer--simple" role="contentinfo">
<div class="ms-footer-logo"><span class="ms-footer-displayName">{ORG}</span></div>
<div class="ms-footer-links">{footer_links}</div>
<div class="ms-footer-copyright">{e(copyright_line)}</div>
</footer>
</div>
</body>
</html>
"""
    return page
