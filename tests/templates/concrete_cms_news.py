"""The news section ("الأخبار") of an Egyptian private university, جامعة النخيل الأهلية, on
Concrete CMS 9 with a custom Elemental-derived theme, as served to an anonymous visitor (a
"Blog Entry" page). Head: Elemental's `header_top` then core `header_required`: the cached
theme stylesheet, `<title>` in the default SEO format "site :: page", the content-type meta,
the page description, `<meta name="generator" content="Concrete CMS"/>`, favicons, the inline
`CCM_*` globals (CCM_CID = page id, CCM_ACTIVE_LOCALE "ar_EG"), add-on Open Graph tags (no
dates), `/concrete/css/features/*` links and a gtag snippet; no JSON-LD, no machine date
anywhere. Body: `<div class="ccm-page ccm-page-id-N page-type-blog-entry
page-template-blog-entry">`, Elemental's `<header>` (`#header-site-title` link, autonav in
`nav.ccm-responsive-navigation` with "الأخبار" `nav-path-selected`, search block form), then
`<main>`: a breadcrumb autonav (`ol.breadcrumb`, last item the headline) and the
`col-content` Main area: the Page Title block's byline template (`h1.page-title`,
`span.page-date` in the long Arabic date "12 مايو 2024" in Egypt's local time, +03:00 in
summer and +02:00 in winter, pages 2 and 3 posted late at night; `span.page-author` "بقلم ..."
when the page owner is set: the writer on page 1, the media office account on page 3, none on
page 2), the story as content blocks of bare `<p>`s (page 2's inside a
`ccm-custom-style-container`; page 1 split by an image block `<picture>` whose `<source>`s and
`<img>` all carry `ccm-image-block img-fluid bID-N`, its caption a separate styled content
block; page 3 bolds «نسمة», links "منصة GitHub", has an `<h3>` subheading and a
`youtubeBlock` iframe), a "شارك هذه الصفحة" content block over `ccm-block-share-this-page`
(icons only) and `ccm-block-tags-wrapper` "الوسوم". `col-sidebar`: the theme's next/previous
template `ccm-block-next-previous-wrapper` ("المقال السابق" / "المقال التالي" and titles,
"العودة إلى الأخبار"; page 3 is the newest: no next), `ccm-block-page-list-wrapper` "أخبار
أخرى" (titles, long date-times) and, on pages 1 and 3, the date navigation "الأرشيف". Footer:
Elemental's `#footer-theme` (title, social links block, legal line, footer autonav, contact)
and `#concrete5-brand` "Built with ConcreteCMS." with the login link. All of that is chrome."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, day_month_year, e

NAME = "concrete_cms_news"
HELD_OUT = True
SET = "unseen18"
FAMILY = ("Concrete CMS 9 (Elemental-derived theme) university news entry: ccm-page wrapper, "
          "page-title byline with local long date, content/image/youtube blocks, share, tags, "
          "next/previous, page list, date navigation, Elemental footer")
HOST = "https://jamiat-alnakheel.example"
SITE = "جامعة النخيل الأهلية"
NAV = (("/", "الرئيسية"), ("/about", "عن الجامعة"), ("/faculties", "الكليات"),
       ("/admission", "القبول"), ("/research", "الأبحاث"), ("/news", "الأخبار"),
       ("/contact", "اتصل بنا"))
FOOT_NAV = (("/alumni", "الخريجون"), ("/careers", "الوظائف"), ("/sitemap", "خريطة الموقع"),
            ("/privacy", "سياسة الخصوصية"))
FOOT_TITLE = "المركز الإعلامي – جامعة النخيل الأهلية"
LEGAL = "© 2025 جامعة النخيل الأهلية. جميع الحقوق محفوظة."
CONTACT = ("طريق القاهرة – الإسكندرية الصحراوي، الكيلو 28، الجيزة", "الخط الساخن: 19723",
           "media@jamiat-alnakheel.example")
BRAND = "Built with ConcreteCMS."
LOGIN = "تسجيل الدخول"
SHARE = "شارك هذه الصفحة"
TAGS = "الوسوم"
PREV, NEXT, PARENT = "المقال السابق", "المقال التالي", "العودة إلى الأخبار"
OTHER = "أخبار أخرى"
ARCHIVE, ALL = "الأرشيف", "جميع الأخبار"
OFFICE = "المركز الإعلامي"
# page -> (previous title, next title or None)
PREV_NEXT = {
    1: ("ندوة حول مستقبل الزراعة الذكية في مصر بكلية العلوم",
        "الجامعة تعلن مواعيد امتحانات الفصل الدراسي الثاني"),
    2: ("طلاب الصيدلة يشاركون في قافلة طبية بمحافظة الفيوم",
        "بدء التسجيل في دورات اللغة الألمانية لطلاب المنح"),
    3: ("وحدة ضمان الجودة تنظم لقاء مفتوحا مع أعضاء هيئة التدريس", None),
}
BIDS = {1: 1431, 2: 1587, 3: 1702}
TS = {1: "1715501234", 2: "1733250911", 3: "1739917204"}
BOLD = {3: (1, "«نسمة»")}
LINKED = {3: (4, "منصة GitHub", "https://github.com/nakheel-fcai/nasma")}
SUBHEAD = {3: 2}
IMAGE = {1: ("3917/1550/2841/desalination-unit.jpg", "الوحدة التجريبية للتحلية")}
YOUTUBE = {3: "q8Rz1XhV2aE"}
SOCIAL = (("fab fa-facebook-square", "Facebook", "https://www.facebook.com/nakheel.uni"),
          ("fab fa-x-twitter", "X", "https://x.com/nakheel_uni"),
          ("fab fa-youtube", "YouTube", "https://www.youtube.com/@nakheeluni"),
          ("fab fa-linkedin", "LinkedIn", "https://www.linkedin.com/school/nakheel-uni"))
SHARERS = (("Facebook", "fab fa-facebook", "https://www.facebook.com/sharer/sharer.php?u="),
           ("X", "fab fa-x-twitter", "https://x.com/intent/post?url="),
           ("LinkedIn", "fab fa-linkedin", "https://www.linkedin.com/shareArticle?mini=true&url="),
           ("WhatsApp", "fab fa-whatsapp", "whatsapp://send?text="),
           ("Email", "fas fa-envelope", "mailto:?body="))
NOCACHE = "8c7d2a9f0e7b8fa6c2a3a5e1b1f06f6d1ec2f0a1"
FEATURES = "\n".join(
    f'<link href="/concrete/css/features/{x}/frontend.css?ccm_nocache={NOCACHE}" '
    'rel="stylesheet" type="text/css" media="all">'
    for x in ("imagery", "navigation", "social", "taxonomy", "basics"))


def _long_datetime(moment) -> str:
    """The date helper's formatDateTime(..., true) in Arabic: "9 مايو 2024 في 2:15 م"."""
    hour = moment.hour % 12 or 12
    return (f"{day_month_year(moment)} في {hour}:{moment:%M} "
            f"{'ص' if moment.hour < 12 else 'م'}")


def _paragraphs(article: Article, n: int) -> list[str]:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank">{words}</a>', 1)
        out.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == k else f"<p>{html}</p>")
    return out


def _image(n: int, caption: str) -> str:
    path, alt = IMAGE[n]
    cls = f"ccm-image-block img-fluid bID-{BIDS[n] + 2}"
    return f"""<picture><!--[if IE 9]><video style='display: none;'><![endif]--><source srcset="/application/files/thumbnails/large/{path}" media="(min-width: 900px)" class="{cls}"><source srcset="/application/files/thumbnails/medium/{path}" media="(min-width: 768px)" class="{cls}"><source srcset="/application/files/thumbnails/small/{path}" class="{cls}"><!--[if IE 9]></video><![endif]--><img src="/application/files/thumbnails/small/{path}" alt="{e(alt)}" class="{cls}"></picture>

    <div class="ccm-custom-style-container ccm-custom-style-main-{BIDS[n] + 3} news-image-caption"
            >
    <p><em>{e(caption)}</em></p>    </div>
"""


def _youtube(n: int) -> str:
    return f"""	<div id="youtube{BIDS[n] + 2}" class="youtubeBlock youtubeBlockResponsive16by9">
		<iframe class="youtube-player"  src="//www.youtube.com/embed/{YOUTUBE[n]}?hl=ar&rel=0" frameborder="0" allowfullscreen></iframe>
	</div>
"""


def _story(article: Article, n: int) -> str:
    paras = _paragraphs(article, n)
    if n == 1:
        return ("\n".join(paras[:3]) + "\n\n\n" + _image(n, article.caption) + "\n"
                + "\n".join(paras[3:]))
    if n == 2:
        return (f'    <div class="ccm-custom-style-container ccm-custom-style-main-{BIDS[n] + 1} '
                f'news-body"\n            >\n    ' + "\n".join(paras) + "    </div>")
    return "\n".join(paras[:2]) + "\n\n\n" + _youtube(n) + "\n\n" + "\n".join(paras[2:])


def _nav(items, selected: str) -> str:
    rows = []
    for path, label in items:
        cls = "nav-path-selected" if label == selected else ""
        rows.append(f'<li class="{cls}"><a href="{HOST}{path}" target="_self" class="{cls}">'
                    f"{label}</a></li>")
    return "".join(rows)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    cid = article.slug
    url = f"{HOST}/news/{cid}"
    shown = day_month_year(moment)
    page = Page(url=url, html="", shown_date=shown)
    bid = BIDS[n]
    page.add(*(label for _, label in NAV), shown)
    author = ""
    if n == 1 and article.author:
        author = f"بقلم {article.author}"
    elif n == 3:
        author = f"بقلم {OFFICE}"
    byline_author = (f"""
        <span class="page-author">
    {e(author)}    </span>
    """ if author else "\n    ")
    page.add(author)
    if n in IMAGE:
        page.add(article.caption)
    share = "\n".join(f"""            <li class="list-inline-item">
            <a href="{link}{quote(url, safe='') if not link.startswith('mailto') else quote(url)}" target="_blank" rel="noopener noreferrer" aria-label="{label}"><i class="{icon}" aria-hidden="true" title="{label}"></i></a>
        </li>""" for label, icon, link in SHARERS)
    tags = "\n".join(f"""                    <a href="{HOST}/news/tag/{quote(t.replace(' ', '-'))}">
                                <span class="ccm-block-tags-tag label">{e(t)}</span>
                            </a>""" for t in article.tags)
    page.add(SHARE, TAGS, *article.tags)
    prev_title, next_title = PREV_NEXT[n]
    nav_block = f"""        <div class="ccm-block-next-previous-header">
            <h5>{PREV}</h5>
        </div>
                <p class="ccm-block-next-previous-previous-link">
            <a href="{HOST}/news/{int(cid) - 3}">{e(prev_title)}</a>        </p>
        """
    page.add(PREV, prev_title, PARENT)
    if next_title:
        nav_block += f"""        <div class="ccm-block-next-previous-header">
            <h5>{NEXT}</h5>
        </div>
                <p class="ccm-block-next-previous-next-link">
            <a href="{HOST}/news/{int(cid) + 4}">{e(next_title)}</a>        </p>
        """
        page.add(NEXT, next_title)
    entries = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=2 + 5 * k, hours=3 * k + 1)
        stamp = _long_datetime(when)
        page.add(title, stamp)
        entries.append(f"""
                <div class="ccm-block-page-list-page-entry">
                                            <div class="ccm-block-page-list-page-entry-text">
                                                            <div class="ccm-block-page-list-title">
                                                                            <a href="{HOST}/news/{int(cid) - 7 * (k + 1)}"
                                           target="_self">{e(title)}</a>
                                                                        </div>
                                                            <div class="ccm-block-page-list-date">{stamp}</div>
                        </div>
                                        </div>
""")
    page.add(OTHER)
    archive = ""
    if n in (1, 3):
        months = []
        year, month = moment.year, moment.month
        for _ in range(4):
            label = f"{MONTHS[month - 1]} {year}"
            sel = (' class="ccm-block-date-navigation-date-selected"'
                   if (year, month) == (moment.year, moment.month) else "")
            months.append(f'                <li><a href="{HOST}/news/{year}/{month:02d}"\n'
                          f"                       {sel}>{label}</a></li>")
            page.add(label)
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        page.add(ARCHIVE, ALL)
        archive = f"""
    <div class="ccm-block-date-navigation-wrapper">
    <div class="ccm-block-date-navigation-header">
        <h5>{ARCHIVE}</h5>
    </div>
            <ul class="ccm-block-date-navigation-dates">
            <li><a href="{HOST}/news">{ALL}</a></li>
{chr(10).join(months)}
        </ul>
</div>
"""
    page.add(FOOT_TITLE, LEGAL, *(label for _, label in FOOT_NAV), *CONTACT, BRAND, LOGIN)
    social = "\n".join(f"""            <li class="list-inline-item">
                <a target="_blank" rel="noopener noreferrer" href="{link}"
                    aria-label="{label}"><i class="{icon}" aria-hidden="true" title="{label}"></i></a>
            </li>""" for icon, label, link in SOCIAL)
    plain = " ".join(article.lead.split())
    description = plain[:150].rsplit(" ", 1)[0] + "…"
    og_image = (f'\n<meta property="og:image" content="{HOST}/application/files/{IMAGE[n][0]}" />'
                if n in IMAGE else "")
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <link rel="stylesheet" type="text/css" href="/application/files/cache/css/nakheel/main.css?ts={TS[n]}" />
<title>{SITE} :: {e(article.headline)}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
<meta name="description" content="{e(description)}"/>
<meta name="generator" content="Concrete CMS"/>
<link rel="shortcut icon" href="/application/files/6216/8423/1190/favicon.ico" type="image/x-icon"/>
<link rel="icon" href="/application/files/6216/8423/1190/favicon.ico" type="image/x-icon"/>
<link rel="canonical" href="{url}">
<script type="text/javascript">
    var CCM_DISPATCHER_FILENAME = "/index.php";
    var CCM_CID = {cid};
    var CCM_EDIT_MODE = false;
    var CCM_ARRANGE_MODE = false;
    var CCM_IMAGE_PATH = "/concrete/images";
    var CCM_APPLICATION_URL = "{HOST}";
    var CCM_REL = "";
    var CCM_ACTIVE_LOCALE = "ar_EG";
    var CCM_USER_REGISTERED = false;
</script>
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(description)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />{og_image}
<meta property="og:site_name" content="{SITE}" />
<meta property="og:locale" content="ar_EG" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{e(article.headline)}" />
<meta name="twitter:description" content="{e(description)}" />
<link href="/concrete/css/fontawesome/all.css?ccm_nocache={NOCACHE}" rel="stylesheet" type="text/css" media="all">
<script type="text/javascript" src="/concrete/js/jquery.js?ccm_nocache={NOCACHE}"></script>
{FEATURES}
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-NKH7Q2M4LC"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-NKH7Q2M4LC');
</script>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body>
<div class="ccm-page ccm-page-id-{cid} page-type-blog-entry page-template-blog-entry">
<header>
    <div class="container">
        <div class="row">
            <div class="col-sm-4 col-xs-6">
                <a href="{HOST}/" id="header-site-title">{SITE}</a>            </div>
            <div class="col-sm-5 col-xs-6">
                <nav class="ccm-responsive-navigation original"><ul>{_nav(NAV, "الأخبار")}</ul></nav><div class="ccm-responsive-menu-launch"><i></i></div>            </div>
                            <div class="col-sm-3 col-xs-12">
<form action="{HOST}/search" method="get" class="ccm-search-block-form">
            <input name="search_paths[]" type="hidden" value="" />
            <input name="query" type="text" value="" class="ccm-search-block-text" aria-label="بحث" />
            <input name="submit" type="submit" value="بحث" class="btn btn-secondary ccm-search-block-submit" />
    </form>
                </div>
                        </div>
    </div>
</header>
<main>
    <div class="container"><div class="row"><div class="col-sm-12">
    <nav role="navigation" aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{HOST}/" target="_self">الرئيسية</a></li><li class="breadcrumb-item"><a href="{HOST}/news" target="_self">الأخبار</a></li><li class="breadcrumb-item active">{e(article.headline)}</li></ol></nav></div></div></div>    <div class="container">
        <div class="row">
            <div class="col-sm-8 col-content">
                <div class="ccm-block-page-title-byline">
    <h1 class="page-title">{e(article.headline)}</h1>
    <span class="page-date">
    {shown}    </span>
{byline_author}</div>
{_story(article, n)}
    <div class="ccm-custom-style-container ccm-custom-style-main-{bid + 5} share-heading"
            >
    <h5>{SHARE}</h5>    </div>
<div class="ccm-block-share-this-page">
    <ul class="list-inline">
{share}
        </ul>
</div>
    <div class="ccm-block-tags-wrapper">
            <div class="ccm-block-tags-header">
            <h5>{TAGS}</h5>
        </div>
{tags}
    </div>
            </div>
            <div class="col-sm-offset-1 col-sm-3 col-sidebar">
<div class="ccm-block-next-previous-wrapper">
{nav_block}        <p class="ccm-block-next-previous-parent-link">
            <a href="{HOST}/news">{PARENT}</a>        </p>
        </div>
    <div class="ccm-block-page-list-wrapper">
                    <div class="ccm-block-page-list-header">
                <h5>{OTHER}</h5>
            </div>
        <div class="ccm-block-page-list-pages">
{"".join(entries)}        </div><!-- end .ccm-block-page-list-pages -->
    </div><!-- end .ccm-block-page-list-wrapper -->
{archive}
            </div>
        </div>
    </div>
</main>
<footer id="footer-theme">
            <section>
            <div class="container">
                <div class="row">
                    <div class="col-sm-9">
                        <h4>{FOOT_TITLE}</h4>                    </div>
                    <div class="col-sm-3">
<div id="ccm-block-social-links{bid - 1288}" class="ccm-block-social-links">
    <ul class="list-inline">
{social}
        </ul>
</div>
                    </div>
                </div>
            </div>
        </section>
    <section>
        <div class="container">
            <div class="row">
                <div class="col-sm-6">
                    <p>{LEGAL}</p>                </div>
                <div class="col-sm-3">
                    <ul class="nav">{_nav(FOOT_NAV, "")}</ul>                </div>
                <div class="col-sm-3">
                    <p>{CONTACT[0]}</p>
<p>{CONTACT[1]}</p>
<p><a href="mailto:{CONTACT[2]}">{CONTACT[2]}</a></p>                </div>
            </div>
        </div>
    </section>
</footer>
<footer id="concrete5-brand">
    <div class="container">
        <div class="row">
            <div class="col-sm-12">
                <span>Built with <a href="https://www.concretecms.org" class="Concrete CMS" rel="nofollow">ConcreteCMS</a>.</span>
                <span class="float-end">
                    <a href="{HOST}/login">{LOGIN}</a>                </span>
                <span id="ccm-account-menu-container"></span>
            </div>
        </div>
    </div>
</footer>
</div>
<script type="text/javascript" src="/concrete/js/features/imagery/frontend.js?ccm_nocache={NOCACHE}"></script>
<script type="text/javascript" src="/concrete/js/features/navigation/frontend.js?ccm_nocache={NOCACHE}"></script>
<script type="text/javascript" src="/application/themes/nakheel/main.js"></script>
</body>
</html>
"""
    return page
