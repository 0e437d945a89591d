"""A Gulf ministry's Arabic news pages ("وزارة البيئة والموارد المائية", +04:00) on IBM
WebSphere Portal 8.5 with Web Content Manager, as the portal serves them to an anonymous
visitor. The URL is the news-details page's friendly path plus the portal's encoded
navigational state (`/wps/portal/meaw/ar/media-center/news/news-details/!ut/p/z1/<state>/dz/d5/
L2dBISEvZ0FBIS9nQSEh/`) and the WCM `?urile=wcm%3Apath%3A...` of the item. The head: the
portal page title "تفاصيل الخبر | <ministry>" (not the headline), the custom theme's
description/og meta, a `DC.date.issued` meta in UTC (page 2's story was published at 00:40
local, so that UTC day is the day before), `link#com.ibm.lotus.NavStateUrl`, the bookmark link,
and the theme's `/wps/contenthandler/!ut/p/digest!.../mashup/ra:collection?...` CSS and JS.
The body (`class="lotusui30dojo tundra locale_ar"`): a skip link "تخطي إلى المحتوى الرئيسي",
`div.wpthemeFrame` > `header role=banner` with a top bar (today's date, "English", font sizes,
"تسجيل الدخول"), the logo, the search form and the theme's primary navigation
(`ul.wpthemeNavList` of `li.wpthemeNavListItem`); `div#wpthemeMainContent.wpthemeMainContent`
with the hidden `asa.page` markers, the crumb trail (`div.wpthemeCrumbTrail` with `&gt;`
separators and the selected page in `<strong><span class="wpthemeSelected">`), the
`#portletState` div, then `#layoutContainers` with two `component-container` columns of
`component-control` portlet windows (ids `Z7_...`). The story is the Web Content Viewer in the
Hidden skin (`section.ibmPortalControl.wpthemeControl.wpthemeHidden.a11yRegionTarget`, its
hidden `asa.portlet` spans and the action-menu alt texts "عرض قائمة" / "التصرفات" / "تحميل...")
whose WCM presentation template prints `div.news-details`: the section label, `<h1>`, the date
line ("الأحد 12 مايو 2024" and the time), on page 3 the writer ("الكاتب: ..."), a WCM image
(`/wps/wcm/connect/...?MOD=AJPERES&CACHEID=ROOTWORKSPACE...`) with its caption on page 1 only,
`div.news-body` with `<p>`s (page 1 bolds a figure, page 2 has an `<h3>` subheading, page 3
links a phrase inline and embeds a YouTube video after the third paragraph), the
"آخر تحديث:" line, the tags ("الكلمات الدلالية:") and the share/print bar. The side column
holds "أخبار ذات صلة" and "آخر الأخبار" WCM menus in the Standard skin (visible `<h2>` titles,
dates) and a "هل كانت هذه الصفحة مفيدة؟" feedback portlet in the NoSkin skin. Then
`footer.wpthemeFooter` (links, contact lines, visitor count, copyright) and the
`div#wpthemeComplementaryContent` ("محتويات مكملة" and the `ibmCfg` script). All of that except
the story's paragraphs is chrome."""

from __future__ import annotations

import hashlib
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e, weekday

NAME = "websphere_gov_portal"
HELD_OUT = True
SET = "unseen23"
FAMILY = "IBM WebSphere Portal 8.5 + WCM ministry news (Arabic, +04:00): wptheme frame, skins, crumb trail, WCM news item, related menus, ibmCfg"
HOST = "https://wps-ministry-gulf.example"
SITE = "وزارة البيئة والموارد المائية"
PAGE_TITLE = "تفاصيل الخبر"
DIGEST = "digest!Qm7aL0XvR2kTfY9cN4sWpg"
THEME = "ZJ_5QG81G82O8L8C0AQ3C7VHQ30G4"
PAGE_OID = dict.fromkeys((1, 2, 3), "Z6_5QG81G82O8L8C0AQ3C7VHQ3007")
TODAY = {1: "الثلاثاء 21 مايو 2024", 2: "الأربعاء 7 أغسطس 2024", 3: "الاثنين 20 يناير 2025"}
TOPBAR = ("English", "A+", "A-", "تسجيل الدخول", "خريطة الموقع")
NAV = ("الرئيسية", "عن الوزارة", "خدماتنا", "المركز الإعلامي", "التشريعات",
       "البيانات المفتوحة", "اتصل بنا")
CRUMBS = ("الرئيسية", "المركز الإعلامي", "الأخبار", PAGE_TITLE)
SKIP = "تخطي إلى المحتوى الرئيسي"
LOGO = "الصفحة الرئيسية - " + SITE
SEARCH = "بحث"
LATEST = (("افتتاح مختبر مركزي لتحليل عينات المياه في مسقط", "7 مايو 2024"),
          ("الوزارة تستقبل ملاحظات المواطنين حول لائحة الضوضاء", "2 مايو 2024"),
          ("إطلاق تطبيق للإبلاغ عن المخالفات البيئية", "28 أبريل 2024"))
FEEDBACK = ("هل كانت هذه الصفحة مفيدة؟", "نعم، مفيدة", "لا، غير مفيدة", "شكرا لك على ملاحظاتك")
SHARE = ("مشاركة:", "فيسبوك", "إكس", "واتساب", "البريد الإلكتروني", "طباعة")
FOOTER_LINKS = ("سياسة الخصوصية", "شروط الاستخدام", "إمكانية الوصول", "الأسئلة الشائعة",
                "اتصل بنا")
CONTACT = ("الرقم المجاني: 80077123", "البريد الإلكتروني: info@wps-ministry-gulf.example")
VISITS = {1: "عدد الزوار: 1,204,553", 2: "عدد الزوار: 1,318,902", 3: "عدد الزوار: 1,577,341"}
BEST_VIEW = "يفضل تصفح الموقع باستخدام أحدث إصدارات المتصفحات وبدقة 1366×768"
COMPLEMENTARY = "محتويات مكملة"
VIEWER = "عارض محتوى ويب (JSR 286)"
MENU_ALT = ("التصرفات", "تحميل...")
BOLD = {1: (1, "مئة وعشرين هكتارا")}
LINKED = {3: (4, "منصة مؤشر جودة الهواء", "/wps/portal/meaw/ar/e-services/air-quality")}
VIDEO = {3: (2, "Hq4xK2mZ7bA")}
UPDATED = {1: timedelta(days=1, hours=22, minutes=45), 2: timedelta(hours=9, minutes=5),
           3: timedelta(hours=3, minutes=20)}
LOCAL = timedelta(hours=4)


def _oid(seed: str, n: int = 24) -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
    digest = hashlib.sha256(seed.encode()).digest()
    return "".join(alphabet[b % 32] for b in digest[:n])


def _state(seed: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    digest = hashlib.sha512(seed.encode()).digest()
    tail = "".join(alphabet[b % 64] for b in digest[:58])
    return f"04_Sj9CPykssy0xPLMnMz0vMAfIjo8ziDTxNTDwMTQz93U1DDQwcPd19jYOMQo0NDAz0g1OL9Au{tail}!!"


def _date(moment) -> str:
    return f"{weekday(moment)} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _clock(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _control(wid: str, skin: str, title: str, inner: str) -> str:
    """One portlet window as the 8.5 skins print it: Hidden, Standard or NoSkin."""
    asa = f"""
	<div class="asa.portlet" id="asa.portlet.{wid}" style="display:none;">
		<span class="asa.portlet.id">{wid}</span>
	</div>
"""
    if skin == "NoSkin":
        head = f"""	<span class="wpthemeAccess"><span class="lm-dynamic-title asa.portlet.title a11yRegionLabel"><span lang="ar" dir="rtl">{e(title)}</span></span></span>
	<div class="wpthemeOverflowAuto">"""
        tail = "	</div>"
    else:
        head = f"""	<!-- start header markup -->
	<header class="wpthemeControlHeader">
		<div class="wpthemeInner">
			<h2>
				<img class="dndHandle" draggable="true" ondragstart="wpModules.dnd.util.portletDragStart(event, this, this.parentNode, 30, 0);" ondragend="wpModules.dnd.util.portletDragEnd(event);" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt=""/>
				<!-- lm-dynamic-title node marks location for dynamic title support -->
				<span class="lm-dynamic-title asa.portlet.title a11yRegionLabel"><span lang="ar" dir="rtl">{e(title)}</span></span>
			</h2>
			<a aria-haspopup="true" aria-label="عرض قائمة" role="button" href="javascript:;" class="wpthemeIcon wpthemeMenuFocus" tabindex="0" onclick="if (typeof wptheme != 'undefined') wptheme.contextMenu.init({{ 'node': this, menuId: 'skinAction', jsonQuery: {{'navID':ibmCfg.portalConfig.currentPageOID,'windowID':wptheme.getWindowIDFromSkin(this)}}, params: {{'alignment':'right'}}}});">
				<span title="عرض قائمة"><img aria-label="عرض قائمة" alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"></span>
				<span class="wpthemeAltText">{MENU_ALT[0]}</span>
				<span class="wpthemeMenuRight">
					<div class="wpthemeMenuBorder"><div class="wpthemeMenuNotchBorder"></div>
						<ul class="wpthemeMenuDropDown wpthemeTemplateMenu" role="menu">
							<li class="${{css-class}}" role="menuitem" tabindex="-1"><span class="wpthemeMenuText">${{title}}</span></li>
						</ul></div>
					<div class="wpthemeMenuLoading wpthemeTemplateLoading">{MENU_ALT[1]}</div>
				</span>
			</a>
		</div>
	</header>

	<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"> <!-- lm:control dynamic spot injects markup of layout control -->
	<!-- asa.overlay marks the node that the AsaOverlayWidget will be placed in -->
		<div style="position:relative; z-index: 1;"><div class="analytics.overlay" ></div></div>"""
        tail = """		<div class="wpthemeClear"></div>
	</div>"""
    cls = {"Hidden": "wpthemeControl wpthemeHidden", "Standard": "wpthemeControl wpthemeStandard",
           "NoSkin": "wpthemeNoSkin"}[skin]
    return f"""<div class='component-control id-{wid}' ><span id="{wid}"></span><section class="ibmPortalControl {cls} a11yRegionTarget" role="region" >
{asa}
{head}
{inner}
{tail}
</section></div>"""


def _paragraphs(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{HOST}{LINKED[n][2]}" target="_blank">'
                                       f"{words}</a>", 1)
        if n == 2 and len(text.split()) <= 5:
            out.append(f"<h3>{html}</h3>")
        else:
            out.append(f'<p dir="rtl" style="text-align: justify;">{html}</p>')
        if n in VIDEO and VIDEO[n][0] == k:
            out.append(f'<div class="video-container"><iframe width="560" height="315" '
                       f'src="https://www.youtube.com/embed/{VIDEO[n][1]}" frameborder="0" '
                       f'allowfullscreen="allowfullscreen"></iframe></div>')
    return "\n".join(out)


def _story(article: Article, n: int, page: Page) -> str:
    local = article.moment
    updated = local + UPDATED[n]
    item = _oid(article.slug, 8).lower()
    uuid = hashlib.md5(article.slug.encode()).hexdigest()
    uuid = f"{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}-{uuid[16:20]}-{uuid[20:]}"
    shown = _date(local)
    page.shown_date = shown
    last = f"آخر تحديث: {updated:%d/%m/%Y} - {_clock(updated)}"
    tags_label = "الكلمات الدلالية:"
    tag_line = f"{tags_label} {'، '.join(article.tags)}"
    page.add(article.section, shown, _clock(local), last, tag_line, *SHARE, VIEWER, *MENU_ALT,
             "${title}")
    writer = ""
    if article.author:
        writer = f'\n\t\t<span class="news-author"><i class="fa fa-user"></i> الكاتب: {e(article.author)}</span>'
        page.add(f"الكاتب: {article.author}")
    figure = ""
    if article.caption != "-":
        src = (f"/wps/wcm/connect/meaw_ar/{uuid}/news-{article.slug}.jpg?MOD=AJPERES&amp;"
               f"CACHEID=ROOTWORKSPACE.Z18_5QG81G82O8L8C0AQ3C7VHQ3000-{uuid}-p{item[:5]}")
        figure = f"""
	<div class="news-image">
		<img src="{src}" alt="{e(article.headline)}" class="img-responsive" />
		<p class="news-image-caption">{e(article.caption)}</p>
	</div>"""
        page.add(article.caption)
    tags = "، ".join(f'<a href="{HOST}/wps/portal/meaw/ar/search?tag={e(t)}" class="tag">'
                    f"{e(t)}</a>" for t in article.tags)
    share = "\n".join(f'\t\t<li><a href="javascript:;" class="share-{k}" title="{label}">'
                      f"<span>{label}</span></a></li>"
                      for k, label in enumerate(SHARE[1:], 1))
    return f"""<!-- WCM: meaw_ar/PT-News-Details -->
<div class="news-details" id="news-{item}">
	<span class="news-category">{e(article.section)}</span>
	<h1 class="news-title">{e(article.headline)}</h1>
	<div class="news-meta">
		<span class="news-date"><i class="fa fa-calendar"></i> {shown}</span>
		<span class="news-time"><i class="fa fa-clock-o"></i> {_clock(local)}</span>{writer}
	</div>{figure}
	<div class="news-body">
{_paragraphs(article, n)}
	</div>
	<div class="news-updated">{last}</div>
	<div class="news-tags">
		<span class="tags-label">{tags_label}</span> {tags}
	</div>
	<div class="share-bar">
		<span class="share-label">{SHARE[0]}</span>
		<ul class="share-list">
{share}
		</ul>
	</div>
</div>"""


def _menu(title: str, rows: list[tuple[str, str]], page: Page) -> str:
    page.add(title)
    items = []
    for k, (headline, when) in enumerate(rows):
        page.add(headline, when)
        items.append(f"""	<li class="news-list-item">
		<a href="{HOST}/wps/portal/meaw/ar/media-center/news/news-details/!ut/p/z1/{_state(headline)}/dz/d5/L2dBISEvZ0FBIS9nQSEh/?urile=wcm%3Apath%3A%2Fmeaw_ar%2Fnews%2F{40000 + 97 * (k + 1)}">{e(headline)}</a>
		<span class="news-list-date">{when}</span>
	</li>""")
    return '<ul class="news-list">\n' + "\n".join(items) + "\n</ul>"


def render(article: Article, n: int) -> Page:
    local = article.moment
    state = _state(f"{article.slug}-{n}")
    path = "/wps/portal/meaw/ar/media-center/news/news-details/"
    nav_state = f"{path}!ut/p/z1/{state}/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    url = f"{HOST}{nav_state}?urile=wcm%3Apath%3A%2Fmeaw_ar%2Fnews%2F{article.slug}"
    page = Page(url=url, html="")
    ids = [f"Z7_5QG81G82O8L8C0AQ3C7VHQ30{c}" for c in ("G1", "G3", "G5", "G7")]
    story = _control(ids[0], "Hidden", VIEWER, _story(article, n, page))
    related_dates = [local - timedelta(days=9 + 13 * k) for k in range(3)]
    related = _menu("أخبار ذات صلة", [(t, f"{d.day} {MONTHS[d.month - 1]} {d.year}")
                                      for t, d in zip(article.related, related_dates,
                                                      strict=True)], page)
    side = [_control(ids[1], "Standard", "أخبار ذات صلة", related)]
    if n != 2:
        side.append(_control(ids[2], "Standard", "آخر الأخبار",
                             _menu("آخر الأخبار", list(LATEST), page)))
    feedback = f"""<div class="page-feedback">
	<span class="feedback-question">{FEEDBACK[0]}</span>
	<button type="button" class="btn btn-yes">{FEEDBACK[1]}</button>
	<button type="button" class="btn btn-no">{FEEDBACK[2]}</button>
	<div class="feedback-thanks" style="display:none">{FEEDBACK[3]}</div>\n</div>"""
    side.append(_control(ids[3], "NoSkin", VIEWER, feedback))
    page.add(SKIP, TODAY[n], *TOPBAR, LOGO, SEARCH, *NAV, *CRUMBS, *FEEDBACK, *FOOTER_LINKS,
             *CONTACT, VISITS[n], BEST_VIEW, COMPLEMENTARY)
    year = (local + UPDATED[n]).year
    copyright_line = f"© {year} {SITE}. جميع الحقوق محفوظة."
    page.add(copyright_line)
    nav = "\n".join(f"""			<li class="wpthemeNavListItem wpthemeLeft{' wpthemeSelected' if label == 'المركز الإعلامي' else ''}" role="menuitem">
				<a href="?uri=nm:oid:Z6_{_oid(label)}" class="wpthemeLeft"><span lang="ar" dir="rtl">{label}</span></a>
			</li>""" for label in NAV)
    crumbs = []
    for k, label in enumerate(CRUMBS):
        if k:
            crumbs.append('\t\t<span class="wpthemeCrumbTrailSeparator">&gt;</span>')
        if k == len(CRUMBS) - 1:
            crumbs.append(f'\t\t<strong><span class="wpthemeSelected" lang="ar" dir="rtl">'
                          f"{label}</span></strong>")
        else:
            crumbs.append(f'\t\t<a href="?uri=nm:oid:Z6_{_oid(label)}"><span lang="ar" '
                          f'dir="rtl">{label}</span></a>')
    footer_links = "\n".join(f'\t\t\t\t<li><a href="{HOST}/wps/portal/meaw/ar/{_oid(t, 6).lower()}">'
                             f"{t}</a></li>" for t in FOOTER_LINKS)
    top = "\n".join(f'\t\t\t\t<li><a href="javascript:;">{t}</a></li>' for t in TOPBAR)
    utc = local.astimezone(UTC)
    plain = " ".join([article.lead, *article.paragraphs])
    desc = plain[:160].rsplit(" ", 1)[0]
    mashup = (f"/wps/contenthandler/!ut/p/{DIGEST}/mashup/ra:collection?themeID={THEME}"
              f"&amp;locale=ar&amp;mime-type=text%2F")
    entries = "&amp;entry=wp_theme_portal_85__0.0&amp;entry=wp_portlet_css__0.0&amp;entry=wp_one_ui_30__0.0&amp;entry=wp_legacy_layouts__0.0"
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1">
<base href="{HOST}{nav_state}">
<title>{PAGE_TITLE} | {SITE}</title>
<meta name="description" content="{e(desc)}" />
<meta name="keywords" content="{e(', '.join(article.tags))}" />
<meta name="DC.date.issued" content="{utc:%Y-%m-%dT%H:%M:%SZ}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(desc)}" />
<meta property="og:url" content="{url}" />
<meta name="twitter:card" content="summary" />
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="{nav_state}" />
<link rel="bookmark" title='{PAGE_TITLE}' href='{nav_state}' hreflang="ar"/>
<link href="/wps/contenthandler/!ut/p/{DIGEST}/war/MEAWThemeStatic/themes/MEAWTheme/images/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link rel="stylesheet" href="{mashup}css&amp;lm=1712131200000{entries}&amp;rtl=true" type="text/css"/>
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/{DIGEST}/war/MEAWThemeStatic/themes/MEAWTheme/css/meaw-rtl.css" type="text/css"/>
<script type="text/javascript" src="{mashup}javascript&amp;lm=1712131200000&amp;entry=wp_client_main__0.0&amp;entry=wp_client_ext__0.0&amp;entry=wp_theme_portal_85__0.0"></script>
</head>
<body class="lotusui30dojo tundra lotus_rtl mumrtl locale_ar">
<a href="#wpthemeMainContent" class="wpthemeSkipLink skip-element-invisible" tabindex="1">{SKIP}</a>
<div class="wpthemeFrame">
	<header role="banner">
		<div class="wpthemeHeader">
			<div class="wpthemeInner">
				<div class="top-bar"><span class="today-date">{TODAY[n]}</span>
				<ul class="top-links">
{top}
				</ul>
				</div>
				<div class="wpthemeLogo wpthemeLeft">
					<a href="{HOST}/wps/portal/meaw/ar/home"><img src="/wps/contenthandler/!ut/p/{DIGEST}/war/MEAWThemeStatic/themes/MEAWTheme/images/logo-ar.png" alt="{SITE}" /><span class="wpthemeAltText">{LOGO}</span></a>
				</div>
			</div>
		</div><!-- end header -->
		<div class="wpthemeBanner">
			<div class="wpthemeBannerInner">
				<div class="wpthemeInner">
					<form class="wpthemeSearch" action="{HOST}/wps/portal/meaw/ar/search" method="get">
						<label for="wpthemeSearchBoxInput" class="wpthemeAltText">{SEARCH}</label>
						<input class="wpthemeSearchText" id="wpthemeSearchBoxInput" type="text" name="query" /><input class="wpthemeSearchButton" type="submit" value="" title="{SEARCH}" />
					</form>
					<div class="wpthemeClear"></div>
				</div>
			</div>
		</div><!--end main banner-->
		<div class="wpthemeBanner wpthemeBannerPrimaryNavigation">
			<div class="wpthemeBannerInner">
				<div class="wpthemeInner">
		<nav class="wpthemePrimaryNav wpthemeLeft" aria-label="{NAV[0]}">
		<ul class="wpthemeNavList" role="menubar">
{nav}
		</ul>
		</nav>
					<div class="wpthemeClear"></div>
				</div>
			</div>
		</div><!--end primary nav banner-->
	</header>

	<div id="wpthemeMainContent" class="wpthemeMainContent" role="main" >
		<div class="wpthemeInner">
			<!-- asa markup contributions for pages -->
			<div class="asa.page" id="asa.page" style="display:none;">
				<span class="asa.page.id">{PAGE_OID[n]}</span>
				<span class="asa.page.locale">ar</span><span class="asa.page.direction">rtl</span>
			</div>
	<div class="wpthemeCrumbTrail wpthemeLeft">
{chr(10).join(crumbs)}
	</div>
			<div class="wpthemeClear"></div>
		</div>

		<!-- required - do not remove -->
		<div style="display:none" id="portletState">{{}}</div>
		<div id="layoutContainers" class="wpthemeLayoutContainers wpthemeLayoutContainersHidden" >
			<div class="wpthemeInner">
<div class="wptheme2Col">
<div class='component-container wpthemeCol wpthemeCol8of12 ibmDndColumn wpthemeLeft id-Z7_5QG81G82O8L8C0AQ3C7VHQ30O0' name='ibmMainContainer' >{story}</div>
<div class='component-container wpthemeCol wpthemeCol4of12 ibmDndColumn wpthemeLeft id-Z7_5QG81G82O8L8C0AQ3C7VHQ30O2' name='ibmSideContainer' >{chr(10).join(side)}</div>
<div class="wpthemeClear"></div>
</div>
				<div class="wpthemeClear"></div>
			</div>
		</div>
	</div><!--end main content-->

	<footer class="wpthemeFooter" role="contentinfo">
		<div class="wpthemeInner">
			<ul class="footer-links">
{footer_links}
			</ul>
			<div class="footer-contact"><p>{CONTACT[0]}</p><p>{CONTACT[1]}</p></div>
			<p class="visitor-counter">{VISITS[n]}</p>
			<p class="best-view">{BEST_VIEW}</p>
			<p class="copyright">&copy; {year} {SITE}. جميع الحقوق محفوظة.</p>
			<div class="wpthemeClear"></div>
		</div>
	</footer><!-- page footer -->
</div><!-- end frame -->
	<!-- This is responsible for bootstrapping the configuration for the javascript framework. -->
	<div class="wpthemeComplementaryContent" id="wpthemeComplementaryContent" role="region" aria-labelledby="wpthemeComplementaryContentText">
		<span class="wpthemeAltText" id="wpthemeComplementaryContentText" >{COMPLEMENTARY}</span>
<script type="text/javascript">var ibmCfg = {{"portalConfig": {{"contentHandlerURI": "{nav_state}?uri=", "isVirtualPortal": false, "canImpersonate": false, "canAnonymousUserViewThemeModules": false, "locale": "ar", "isRTL": true, "portalURI": "/wps/portal", "pageTitle": "{PAGE_TITLE}", "currentPageOID": "{PAGE_OID[n]}", "currentContentNodeOID": "{PAGE_OID[n]}", "isAnonymous": true}}, "themeConfig": {{"themeUniqueID": "meaw.theme", "themeRootURI": "/wps/contenthandler/!ut/p/{DIGEST}/war/MEAWThemeStatic/themes/MEAWTheme", "modulesWebAppBaseURI": "/wps/themeModules"}}, "userConfig": {{"locale": "ar"}}}};</script>
	</div>
</body>
</html>
"""
    return page
