"""An Abu Dhabi government department ("دائرة التراث") whose Arabic site runs on Progress
Sitefinity 14.4 DX, MVC pages built from the department's own resource package
(`/ResourcePackages/Turath/`), a news item opened on the "الأخبار" page as Sitefinity serves it
to an anonymous reader. The head: `<title>` with Sitefinity's own line breaks and tab around the
headline (the item title replaces the page title), the package stylesheets with
`?package=Turath&v=<base64 version>`, `var sf_appPath='/';`, the item's Open Graph fields,
canonical, `<meta name="Generator" content="Sitefinity 14.4.8153.0 DX" />` and the SEO
description; no JSON-LD and no `article:published_time` (Sitefinity prints neither). The body:
jQuery from `ScriptResource.axd`, `div.sfPublicWrapper#PublicWrapper`, a header row
(`data-sf-element="Row"`, `sf_colsIn` columns with generated ids such as
`Header_T3C9E1A7F002_Col00`, `data-sf-element="Column 1"` and `data-placeholder-label`) holding
the skip link, the accessibility bar (A+ A A-, high contrast), the "English" link, the logo, the
MVC horizontal navigation (the "المركز الإعلامي" dropdown open on "الأخبار") and the Bootstrap 4
search box (button "بحث", its hidden English autocomplete hint, the `data-sf-role` inputs).
Main: the MVC breadcrumb (wrapper class `sf-breadcrumb`, Feather's own typo
`ol.sf-breadscrumb.breadcrumb`, the item title as last node) and a 8+4 grid. Column 1 is the
news widget with the department's detail template, which keeps Sitefinity's classic class names:
`div.sfnewsDetails` with the `data-sf-provider/-type/-id` attributes, `sfnewsLinksWrp` back
link, `h1.sfnewsTitle` (`data-sf-field="Title"`), `div.sfnewsAuthorAndDate` with the local
publication day "12 مايو 2024" (ToLocal(), ar-AE month names, the site on +04:00) and, on page
1 only, "بقلم: ..."; `div.sfnewsSummary` (pages 1 and 3: the story's lead) and
`div.sfnewsContent.sfcontent` (`data-sf-ftype="LongText"`): rich text as the Kendo editor saves
it, paragraphs run together. Page 1's content opens with an `/images/default-source/news/...
?sfvrsn=` image and an editor-typed `p.news-caption` credit line, has an `<h3>` subheading, a
bolded phrase and an inline link; page 2 has no summary and no picture, a bolded phrase, and an
MVC document-link widget "المرفقات" (`/docs/default-source/...pdf?sfvrsn=`, "(pdf)", size in
KB); page 3 shows the item's image field above the summary (no caption) and a YouTube iframe
between paragraphs. Page 2's story went out at 01:30 local time, so its URL carries the UTC day
before (`/2024/09/02/`) while the page shows 3 September. Below the item: content-block headings
over the tags widget (`ul.sf-Tags`, `/-in-tags/tags/` links), the MVC social-share list
(`ul.s-social-share-list`, the Facebook/Twitter/LinkedIn helpers pointing at the news list page,
not the item) with a print button, and the "هل كانت هذه الصفحة مفيدة؟" rating. Column 2: "أخبار
ذات صلة" (MVC news list, custom template, dates and "اقرأ المزيد") and the e-services block.
Footer: an `sf_colsOut` row of three `sf_colsIn` columns (about, links, contact), then the
copyright, "آخر تحديث: <page last-modified day>" and the browser notice. All of that is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "sitefinity_gov_news"
HELD_OUT = True
SET = "unseen17"
FAMILY = "Progress Sitefinity 14 DX (MVC) Abu Dhabi government department news item: sf_colsIn grids, classic sfnewsDetails template, tags, social share, related news, page rating, last-updated footer"
HOST = "https://dairat-alturath.example"
SITE = "دائرة التراث - أبوظبي"
PKG = "/ResourcePackages/Turath"
VER = "package=Turath&amp;v=MTQuNC44MTUzLjA%3d"
NEWS = "/ar/media-centre/news"
LOCAL = timedelta(hours=4)
URL_NAMES = {"20240512": "hisn-al-marfa-restoration-phase-one",
             "20240903": "traditional-crafts-programme-registration-2024",
             "20250119": "oral-memory-project-nabati-poems"}
NAV = (("/ar/home", "الرئيسية"), ("/ar/about-us", "عن الدائرة"),
       ("/ar/tangible-heritage", "التراث المادي"), ("/ar/intangible-heritage", "التراث غير المادي"),
       ("/ar/services", "الخدمات"), ("/ar/media-centre", "المركز الإعلامي"),
       ("/ar/contact-us", "تواصل معنا"))
MEDIA = (("/ar/media-centre/news", "الأخبار"), ("/ar/media-centre/events", "الفعاليات"),
         ("/ar/media-centre/photo-gallery", "معرض الصور"),
         ("/ar/media-centre/publications", "الإصدارات"))
SKIP = "تخطي إلى المحتوى الرئيسي"
A11Y = ("أدوات الوصول", "A+ A A-", "تباين عالٍ", "English")
HINT = "When autocomplete results are available use up and down arrows to review and enter to select."
BACK = "العودة إلى الأخبار"
TAGS_HEAD = "الكلمات الدلالية"
SHARE = ("شارك الخبر", "طباعة")
RATING = ("هل كانت هذه الصفحة مفيدة؟", "هل كانت هذه الصفحة مفيدة؟ نعم لا",
          "شكرًا لك، تم تسجيل تقييمك")
RELATED_HEAD, MORE = "أخبار ذات صلة", "اقرأ المزيد"
SERVICES = ("الخدمات الإلكترونية", (("/ar/services/restoration-permit", "طلب ترخيص ترميم مبنى تاريخي"),
                                     ("/ar/services/site-visit", "حجز زيارة لموقع تراثي"),
                                     ("/ar/services/filming-permit", "تصريح تصوير في المواقع التراثية")))
FOOT_ABOUT = ("عن الدائرة", "تعمل الدائرة على صون الموروث الثقافي المادي وغير المادي للإمارة، وتوثيقه ونقله إلى الأجيال القادمة.")
FOOT_LINKS = ("روابط مهمة", (("/ar/privacy-policy", "سياسة الخصوصية"), ("/ar/terms", "الشروط والأحكام"),
                              ("/ar/disclaimer", "إخلاء المسؤولية"), ("/ar/sitemap", "خريطة الموقع"),
                              ("/ar/accessibility", "إمكانية الوصول")))
FOOT_CONTACT = ("اتصل بنا", "الرقم المجاني: 800 887 2", "البريد الإلكتروني: info@dairat-alturath.example",
                "ص.ب 2380، أبوظبي، الإمارات العربية المتحدة", "تابعونا")
BROWSERS = "يُعرض الموقع بأفضل شكل على أحدث إصدارات متصفحات Chrome وEdge وSafari وFirefox"
# (page) -> days after publication of the page's last modification, shown in the footer
UPDATED = {1: 2, 2: 0, 3: 2}
# (page) -> (paragraph index in article.paragraphs, phrase) wrapped in <strong> / <a>
BOLD = {1: (1, "المسح الضوئي ثلاثي الأبعاد"), 2: (0, "مكافأة شهرية")}
LINK = {1: (3, "برنامج نقل المعرفة", "/ar/services/knowledge-transfer-programme")}
IMAGE = {1: ("/images/default-source/news/2024/hisn-al-marfa-north-wall.jpg?sfvrsn=4a2b1c9e_2", 318244),
         3: ("/images/default-source/news/2025/oral-memory-recording-session.jpg?sfvrsn=b17f03d2_1", 204871)}
DOC = ("المرفقات", "دليل المشاركة في برنامج صون الحرف التقليدية 2024",
       "/docs/default-source/publications/crafts-programme-guide-2024.pdf?sfvrsn=7c3e91a4_3", "412")
VIDEO = "https://www.youtube.com/embed/Qh7xR2mVd4c"
RELATED_DAYS = (6, 19, 41)


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _day(local) -> str:
    """`PublicationDate.ToLocal().ToString("d MMMM yyyy")` under ar-AE: "12 مايو 2024"."""
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


def _guid(slug: str, k: int) -> str:
    return f"{int(slug) % 0xFFFFFFFF:08x}-{k:04x}-6a32-9b4d-ff0000a4{int(slug[-4:]):04d}"


def _block(html: str) -> str:
    """A content block widget, as Sitefinity wraps it."""
    return f'<div >\n    <div class="sfContentBlock sf-Long-text" >{html}</div>\n</div>'


def _inline(text: str, n: int, k: int) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINK and LINK[n][0] == k:
        _, words, href = LINK[n]
        html = html.replace(e(words), f'<a href="{href}">{e(words)}</a>', 1)
    return html


def _content(article: Article, n: int) -> str:
    """The Content field as the rich-text editor stored it (no newlines between blocks)."""
    parts = []
    if n == 1:
        src, size = IMAGE[1]
        parts.append(f'<p><img src="{src}" data-displaymode="Original" alt="{e(article.caption.split(" - ")[0])}" title="hisn-al-marfa-north-wall" sf-size="{size}" /></p>'
                     f'<p class="news-caption"><em>{e(article.caption)}</em></p>')
    paras = list(article.paragraphs) if n != 2 else [article.lead, *article.paragraphs]
    for k, text in enumerate(paras):
        kk = k if n != 2 else k - 1
        if n == 1 and k == 2:
            parts.append(f"<h3>{e(text)}</h3>")
            continue
        parts.append(f"<p>{_inline(text, n, kk)}</p>")
        if n == 3 and k == 0:
            parts.append(f'<p><iframe width="560" height="315" src="{VIDEO}" title="مشروع الذاكرة الشفهية" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen=""></iframe></p>')
    return "".join(parts)


def _detail(article: Article, n: int, shown: str) -> str:
    author = (f'\n        <span class="sfnewsAuthor">بقلم: {e(article.author)}</span>'
              if article.author else "")
    image = summary = ""
    if n == 3:
        src, _size = IMAGE[3]
        image = (f'\n    <div class="sfnewsImage">\n        <img src="{src}" alt="{e(article.headline)}" '
                 f'title="oral-memory-recording-session" />\n    </div>')
    if n != 2:
        summary = (f'\n    <div class="sfnewsSummary" data-sf-field="Summary" data-sf-ftype="LongText">'
                   f'{e(article.lead)}</div>')
    return f"""<div class="sfnewsDetails sf-news-item" data-sf-provider="OpenAccessDataProvider" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem" data-sf-id="{_guid(article.slug, 1)}">
    <div class="sfnewsLinksWrp">
        <a class="sfnewsBack" href="{NEWS}"><i class="fa fa-angle-right" aria-hidden="true"></i> {BACK}</a>
    </div>
    <h1 class="sfnewsTitle">
        <span data-sf-field="Title" data-sf-ftype="ShortText">{e(article.headline)}</span>
    </h1>
    <div class="sfnewsAuthorAndDate">
        <span class="sfnewsDate"><i class="fa fa-calendar-o" aria-hidden="true"></i> {shown}</span>{author}
    </div>{image}{summary}
    <div class="sfnewsContent sfcontent" data-sf-field="Content" data-sf-ftype="LongText">{_content(article, n)}</div>
</div>"""


def _tags(article: Article) -> str:
    items = "".join(f"""
        <li>
            <a href="{NEWS}/-in-tags/tags/{e(t.replace(" ", "-"))}">{e(t)}</a>
            <span class="text-muted">
            </span>
        </li>""" for t in article.tags)
    return (_block(f'<h2 class="widget-title">{TAGS_HEAD}</h2>')
            + f'\n<ul class="news-tags sf-Tags list-unstyled">{items}\n</ul>')


def _share() -> str:
    page = HOST + NEWS
    fb = "<div id='fb-root'></div><script>(function(d, s, id) {var js, fjs = d.getElementsByTagName(s)[0];  if (d.getElementById(id)) return;  js = d.createElement(s); js.id = id;  js.src = '//connect.facebook.net/en_EN/all.js#xfbml=1';  fjs.parentNode.insertBefore(js, fjs);}(document, 'script', 'facebook-jssdk'));</script>"
    tw = "<script>!function(d,s,id){var js,fjs=d.getElementsByTagName(s)[0],p=/^http:/.test(d.location)?'http':'https';if(!d.getElementById(id)){js=d.createElement(s);js.id=id;js.src=p+'://platform.twitter.com/widgets.js';fjs.parentNode.insertBefore(js,fjs);}}(document, 'script', 'twitter-wjs');</script>"
    return (_block(f'<h2 class="widget-title">{SHARE[0]}</h2>') + f"""
<ul class="list-inline s-social-share-list">
    <li><div class='fb-share-button' data-href='{page}' data-type='icon'></div>{fb}</li>
    <li><a href='https://twitter.com/share' title='Share on Twitter' class='twitter-share-button' data-url={page} data-text=  data-count='none'></a>{tw}</li>
    <li><script src='//platform.linkedin.com/in.js' type='text/javascript'>lang: en_US</script><script type='IN/Share' data-url='{page}' ></script></li>
</ul>
""" + _block(f'<button type="button" class="btn btn-link print-page" onclick="window.print();">'
             f'<i class="fa fa-print" aria-hidden="true"></i> {SHARE[1]}</button>'))


def _document() -> str:
    head, title, href, size = DOC
    return _block(f'<h2 class="widget-title">{head}</h2>') + f"""
<div class="news-attachment">
        <div class="media d-flex align-items-center">
          <div class="media-left pr-2 pt-1" aria-hidden="true">
            <span class="sf-icon-txt">
              <svg class="sf-icon-file sf-icon-txt sf-icon-lg">
                  <use xlink:href="{PKG}/assets/dist/sprites/solid.svg#file"></use>
              </svg>
              <span class="sf-icon-txt-md sf-icon-txt-pdf">pdf</span>
            </span>
          </div>
          <div class="media-body" role="group">
              <div>
                <a class="sfpdf" href="{href}" target="_blank">{e(title)}</a>
                <span class="text-muted" aria-label="File extension">(pdf)</span>
              </div>
            <span class="text-muted" aria-label="File size">{size} KB</span>
          </div>
        </div>
</div>"""


def _related(article: Article, n: int, local) -> tuple[str, list[str]]:
    items, lines = [], []
    for k, (title, days) in enumerate(zip(article.related, RELATED_DAYS, strict=True)):
        when = local - timedelta(days=days + 3 * n)
        url = f"{NEWS}/{when:%Y/%m/%d}/related-{article.slug}-{k + 1}"
        lines += [title, _day(when)]
        items.append(f"""
            <li data-sf-provider="OpenAccessDataProvider" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem" data-sf-id="{_guid(article.slug, k + 2)}">
                <h3>
                    <a data-sf-field="Title" data-sf-ftype="ShortText" href="{url}">{e(title)}</a>
                </h3>

                <div>
                    <span class="text-muted">
                        {_day(when)}
                    </span>
                </div>

                <a class="read-more" href="{url}">{MORE}</a>
            </li>""")
    html = (_block(f'<h2 class="widget-title">{RELATED_HEAD}</h2>')
            + f'\n<div class="related-news">\n    <ul class="list-unstyled">{"".join(items)}\n    </ul>\n\n</div>')
    return html, lines


def _nav() -> str:
    out = []
    for href, label in NAV:
        if label == "المركز الإعلامي":
            subs = "".join(f"""
                    <li>
                        <a class="dropdown-item {"active" if h == NEWS else ""}" href="{h}" target="_self">{t}</a>
                    </li>""" for h, t in MEDIA)
            out.append(f"""
                <li class="nav-item dropdown active">
                    <a class="nav-link dropdown-toggle" href="#" id="navbarDropdownMenuLink-6" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">{label}</a>
                    <ul class="dropdown-menu" aria-labelledby="navbarDropdownMenuLink-6">{subs}
                    </ul>
                </li>""")
        else:
            out.append(f"""
                <li class="nav-item ">
                    <a class="nav-link" href="{href}" target="_self">{label}</a>
                </li>""")
    return "".join(out)


def _col(cid: str, cls: str, k: int, label: str, inner: str) -> str:
    return (f'    <div id="{cid}_Col{k - 1:02d}" class="sf_colsIn {cls}" data-sf-element="Column {k}" '
            f'data-placeholder-label="{label}">\n{inner}\n    </div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = _local(moment)
    shown = _day(local)
    utc = moment.astimezone(UTC)
    # Sitefinity builds the item URL from the stored (UTC) PublicationDate
    url = f"{HOST}{NEWS}/{utc:%Y/%m/%d}/{URL_NAMES[article.slug]}"
    page = Page(url=url, html="", shown_date=shown)
    updated = local + timedelta(days=UPDATED[n])
    last = f"آخر تحديث: {_day(updated)}"
    copyright_ = f"© {updated.year} {SITE}. جميع الحقوق محفوظة."
    page.add(SKIP, *A11Y, *(label for _, label in NAV), *(t for _, t in MEDIA), "بحث", HINT,
             BACK, shown)
    if article.author:
        page.add(f"بقلم: {article.author}")
    if n == 1:
        page.add(article.caption)
    page.add(TAGS_HEAD, *article.tags, *SHARE)
    if n == 2:
        page.add(DOC[0], DOC[1], "(pdf)", f"{DOC[3]} KB")
    related, lines = _related(article, n, local)
    page.add(*RATING, RELATED_HEAD, *lines, MORE, SERVICES[0], *(t for _, t in SERVICES[1]),
             *FOOT_ABOUT, FOOT_LINKS[0], *(t for _, t in FOOT_LINKS[1]), *FOOT_CONTACT,
             copyright_, last, BROWSERS)
    description = article.lead if len(article.lead) <= 160 else article.lead[:157].rsplit(" ", 1)[0] + "..."
    og_image = HOST + IMAGE[n][0] if n in IMAGE else f"{HOST}{PKG}/assets/dist/img/og-default.png"
    crumbs = "".join(f'\n                    <li class="breadcrumb-item"><a href="{h}">{t} </a></li>'
                     for h, t in (("/ar/home", "الرئيسية"), ("/ar/media-centre", "المركز الإعلامي"),
                                  (NEWS, "الأخبار")))
    tail = _document() + "\n" if n == 2 else ""
    services = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in SERVICES[1])
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in FOOT_LINKS[1])
    about = _block(f"<h4>{FOOT_ABOUT[0]}</h4><p>{FOOT_ABOUT[1]}</p>")
    contact = _block(f"<h4>{FOOT_CONTACT[0]}</h4><p>{FOOT_CONTACT[1]}<br />{FOOT_CONTACT[2]}<br />{FOOT_CONTACT[3]}</p>"
                     f'<h4>{FOOT_CONTACT[4]}</h4><ul class="social-links list-inline"><li><a href="https://x.com/dairat_alturath" aria-label="X"><i class="fa fa-twitter"></i></a></li>'
                     f'<li><a href="https://www.instagram.com/dairat_alturath" aria-label="Instagram"><i class="fa fa-instagram"></i></a></li>'
                     f'<li><a href="https://www.youtube.com/@dairat_alturath" aria-label="YouTube"><i class="fa fa-youtube-play"></i></a></li></ul>')
    rating = f"""<div class="page-rating" data-sf-role="page-rating" data-page-id="{_guid(article.slug, 9)}">
    <p class="page-rating__question">{RATING[0]}</p>
    <button type="button" class="btn btn-outline-primary" data-value="1">نعم</button>
    <button type="button" class="btn btn-outline-primary" data-value="0">لا</button>
    <p class="page-rating__thanks d-none" role="status">{RATING[2]}</p>
</div>"""
    main_col = "\n".join(x for x in (_detail(article, n, shown), tail + _tags(article), _share(), rating) if x)
    side_col = related + "\n" + _block(f'<h2 class="widget-title">{SERVICES[0]}</h2><ul class="e-services">{services}</ul>')
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>
	{e(article.headline)}
</title>
    <link rel="shortcut icon" type="image/x-icon" href="{PKG}/assets/dist/img/favicon.ico" />
    <link href="{PKG}/assets/dist/css/main.min.css?{VER}" rel="stylesheet" type="text/css" />
    <link href="{PKG}/assets/dist/css/rtl.min.css?{VER}" rel="stylesheet" type="text/css" />
    <link href="{PKG}/assets/dist/css/accessibility.min.css?{VER}" rel="stylesheet" type="text/css" />
<script type="text/javascript">var sf_appPath='/';</script><meta property="og:title" content="{e(article.headline)}" /><meta property="og:description" content="{e(description)}" /><meta property="og:type" content="website" /><meta property="og:url" content="{url}" /><meta property="og:image" content="{og_image}" /><meta property="og:site_name" content="{SITE}" /><link rel="canonical" href="{url}" /><meta name="Generator" content="Sitefinity 14.4.8153.0 DX" /><meta name="description" content="{e(description)}" /></head>

<body>
    <script src="/ScriptResource.axd?d=Zq3bT8k1vXwY0aHc7LmP2nRs5GtU9eJfK4dW6iBo-cVxN1yQzA0uE3rM8lS7hD2gFpC5vKjT9wYb&amp;t=ffffffffd48b1f6e" type="text/javascript"></script>

    <div class="sfPublicWrapper" id="PublicWrapper">
        <a class="skip-link sr-only sr-only-focusable" href="#main-content">{SKIP}</a>
<header class="site-header" data-sf-element="Row">
{_col("Header_T3C9E1A7F001", "container top-bar", 1, "Top bar", _block(f'<div class="accessibility-tools" role="toolbar" aria-label="{A11Y[0]}"><span class="accessibility-tools__label">{A11Y[0]}</span>' + chr(10) + '<button type="button" class="font-up" aria-label="تكبير الخط">A+</button>' + chr(10) + '<button type="button" class="font-reset" aria-label="حجم الخط الافتراضي">A</button>' + chr(10) + '<button type="button" class="font-down" aria-label="تصغير الخط">A-</button>' + chr(10) + f'<button type="button" class="contrast-toggle">{A11Y[2]}</button></div><a class="lang-switch" href="/en/media-centre/news" lang="en">{A11Y[3]}</a>'))}
</header>
<div class="row main-nav-row" data-sf-element="Row">
{_col("Header_T3C9E1A7F002", "col-lg-3", 1, "Logo", '<a href="/ar/home" title="الصفحة الرئيسية"><img class="site-logo" src="/images/default-source/logos/dairat-alturath-logo-ar.svg?sfvrsn=2c41e7b0_4" title="dairat-alturath-logo-ar" alt="شعار دائرة التراث - أبوظبي" /></a>')}
{_col("Header_T3C9E1A7F002", "col-lg-7", 2, "Navigation", f'''<div class="main-navigation">
    <nav class="navbar navbar-expand-md navbar-light">
        <button class="navbar-toggler" type="button" data-toggle="collapse" data-target='#navbar-1' aria-controls='navbar-1' aria-expanded="false" aria-label="Toggle navigation">
            <span class="navbar-toggler-icon"></span>
        </button>
        <div class="collapse navbar-collapse" id='navbar-1'>
            <ul class="navbar-nav flex-wrap">{_nav()}
            </ul>
        </div>
    </nav>
</div>''')}
{_col("Header_T3C9E1A7F002", "col-lg-2", 3, "Search", f'''<div class="site-search form-inline">
<div class="form-group sf-search-input-wrapper" role="search">
    <input type="search" title="Search input" placeholder="ابحث في الموقع" id="6f1c2b9e-4d7a-4c3e-9a51-0e8b7d2f4a13" class="form-control" value="" aria-autocomplete="both" aria-describedby='SearchInfo-1' />
    <button type="button" class="btn btn-primary ml-2" id="b3e8a4d1-92c7-4f05-8d6b-1a7e5c3f9b20" >بحث</button>
    <span id='SearchInfo-1' aria-hidden="true" hidden>{HINT}</span>
</div>

<input type="hidden" data-sf-role="resultsUrl" value="/ar/search-results" />
<input type="hidden" data-sf-role="indexCatalogue" value="turath-ar" />
<input type="hidden" data-sf-role="disableSuggestions" value='false' />
<input type="hidden" data-sf-role="minSuggestionLength" value="3" />
<input type="hidden" data-sf-role="suggestionFields" value="Title,Content" />
<input type="hidden" data-sf-role="language" value="ar" />
<input type="hidden" data-sf-role="siteId" value="5f0e7c1d-2a9b-4c68-8e3f-b1d4a7c90e52" />
<input type="hidden" data-sf-role="suggestionsRoute" value="/restapi/search/suggestions" />
<input type="hidden" data-sf-role="searchTextBoxId" value='#6f1c2b9e-4d7a-4c3e-9a51-0e8b7d2f4a13' />
<input type="hidden" data-sf-role="searchButtonId" value='#b3e8a4d1-92c7-4f05-8d6b-1a7e5c3f9b20' />
<input type="hidden" data-sf-role="scoringSettings" value='' />
</div>''')}
</div>
<main id="main-content">
<div class="row" data-sf-element="Row">
{_col("Contentplaceholder1_C003", "col-lg-12", 1, "Column 1", f'''<div class="sf-breadcrumb">
    <nav aria-label="Full path to the current page">
        <ol class="sf-breadscrumb breadcrumb">{crumbs}
                    <li class="breadcrumb-item active" aria-current="page">{e(article.headline)}</li>
        </ol>
    </nav>
</div>''')}
</div>
<div class="row" data-sf-element="Row">
{_col("Contentplaceholder1_C004", "col-lg-8", 1, "Column 1", main_col)}
{_col("Contentplaceholder1_C004", "col-lg-4 sidebar", 2, "Column 2", side_col)}
</div>
</main>
<footer class="site-footer">
<div class="sf_colsOut footer-top" data-sf-element="Row" data-placeholder-label="Footer">
{_col("Footer_T8B2D5E40011", "col-md-4", 1, FOOT_ABOUT[0], about)}
{_col("Footer_T8B2D5E40011", "col-md-4", 2, FOOT_LINKS[0], _block(f'<h4>{FOOT_LINKS[0]}</h4><ul class="footer-links">{links}</ul>'))}
{_col("Footer_T8B2D5E40011", "col-md-4", 3, FOOT_CONTACT[0], contact)}
</div>
<div class="sf_colsOut footer-bottom" data-sf-element="Row" data-placeholder-label="Copyright">
{_col("Footer_T8B2D5E40012", "container", 1, "Copyright", _block(f'<p class="copyright">{copyright_}</p><p class="last-updated">{last}</p><p class="browsers">{BROWSERS}</p>'))}
</div>
</footer>
    </div>
    <script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend.Navigation/Mvc/Scripts/Navigation.min.js?{VER}" type="text/javascript"></script>
    <script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend.Search/Mvc/Scripts/SearchBox/Search-box.min.js?{VER}" type="text/javascript"></script>
    <script src="{PKG}/assets/dist/js/main.min.js?{VER}" type="text/javascript"></script>
</body>
</html>
"""
    return page
