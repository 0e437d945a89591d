"""An Iraqi news site on Joomla 3 with the K2 component (v2.8), rendered by the site's own
RTL template. The `<head>` is Joomla's: `<base href>`, `<meta name="generator" content="Joomla!
- Open Source Content Management" />`, K2's keywords / title / description / og:* tags (and
`<meta name="author">` where K2 prints the posting user: "Super User" on page 1, the writer on
page 2), `k2.fonts.css`, `k2.css`, the `/media/jui/js/jquery*.js` trio, `k2.frontend.js` and
`caption.js` with its `JCaption` inline call; no JSON-LD. The template's header: the logo, the
date of today in Iraqi month names ("الأربعاء 13 آذار 2024", the day after the story: chrome),
the "آخر الأخبار" ticker (a `mod_articles_news` "newsflash" module, `ul.newsflash-horiz`),
the `mod_menu` bar and `mod_breadcrumbs` ("أنت هنا:" / الرئيسية / section / headline).
The K2 item (`<span id="startOfPageId...">` then `<div id="k2Container" class="itemView">`):
`div.itemHeader` with `span.itemDateCreated` as Joomla prints DATE_FORMAT_LC2 in Arabic, the
weekday, a comma, the zero-padded day and the dual month ("الثلاثاء, 12 آذار/مارس 2024 09:40",
Baghdad time +03:00, surrounded by tabs and newlines), `h2.itemTitle` (the headline) and, on
page 2 only, `span.itemAuthor` ("كتبه&nbsp;" + `<a rel="author">` name); `div.itemToolbar`
(حجم الخط with تصغير / تكبير حجم الخط, طباعة, البريد الإلكتروني); `div.itemBody` with
`div.itemImageBlock` (`span.itemImage` link to the `_XL` cache image, `span.itemImageCaption`,
`span.itemImageCredits`; none on page 3), `div.itemIntroText` (the lead, one `<p>`; the wire
dateline "بغداد - واع:" in `<strong>` on pages 1 and 3) and `div.itemFullText` (the rest, one
`<p>` each; page 1 closes with a "المصدر: وكالة الأنباء العراقية (واع)" paragraph, page 3 with an
empty `<p>&nbsp;</p>` and `dir="rtl"` paragraphs); `div.itemContentFooter` with `span.itemHits`
("قراءة <b>2417</b> مرات") and, on page 2, `span.itemDateModified` ("آخر تعديل في ..." in the
same format: chrome); `div.itemSocialSharing` (مشاركة: فيسبوك / تويتر / واتساب); `div.itemLinks`
(`div.itemCategory` "نشر في" + section, `div.itemTagsBlock` "الوسوم" + `ul.itemTags`);
`div.itemRelated` ("مواد أخرى في هذه الفئة", `a.itemRelTitle`); `div.itemNavigation`
("« السابق" / "التالي »"); `div.itemBackToTop` ("العودة إلى الأعلى"). The side column holds
"الأكثر قراءة" (`mod_k2_content`, `div.k2ItemsBlock`, each title with "قراءة N مرات"); the
footer its links and copyright. Wire copy (pages 1, 3) names no writer."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from .base import LEVANTINE, MONTHS, Article, Page, e, weekday

NAME = "joomla_k2_iraq"
HELD_OUT = True
SET = "unseen12"
FAMILY = "Iraqi Joomla 3 + K2 item pages: k2Container itemView, itemDateCreated with the dual month (آذار/مارس), itemIntroText + itemFullText, hits, tags, related, newsflash ticker"
HOST = "https://www.alrafidain-news.example"
SITE = "شبكة الرافدين الإخبارية"
TEMPLATE = "rafidain"
DUAL = tuple(f"{lev}/{msa}" for lev, msa in zip(LEVANTINE, MONTHS, strict=True))
MENU = (("الرئيسية", ""), ("محليات", "local"), ("سياسة", "politics"), ("اقتصاد", "economy"),
        ("أمن", "security"), ("تحقيقات", "reports"), ("رياضة", "sport"),
        ("ثقافة وفنون", "culture"), ("مقالات", "articles"), ("ملتيميديا", "multimedia"))
CATIDS = {"محليات": 9, "اقتصاد": 11, "تحقيقات": 14}
TICKER_TITLE = "آخر الأخبار"
TICKER = (
    "مجلس النواب يصوت على قانون الموازنة الاتحادية بعد استكمال القراءة الثانية",
    "الأنواء الجوية: ارتفاع تدريجي في درجات الحرارة خلال الأيام المقبلة",
    "وزارة النقل تعلن جدول رحلات الخطوط الجوية العراقية الجديدة",
    "محافظة نينوى تفتتح جسراً جديداً يربط جانبي الموصل",
    "البنك المركزي يعلن أسعار صرف الدولار في مزاد العملة",
    "وزارة التربية تحدد موعد امتحانات الدراسة الإعدادية",
    "قيادة العمليات المشتركة: ضبط أوكار لعصابات إرهابية في صحراء الأنبار",
)
TOOLBAR = ("حجم الخط", "تصغير حجم الخط", "تكبير حجم الخط", "طباعة", "البريد الإلكتروني")
SHARE = ("مشاركة:", "فيسبوك", "تويتر", "واتساب")
MOST_TITLE = "الأكثر قراءة"
MOST_READ = (
    "رئيس الوزراء يوجه بإطلاق الدفعة الجديدة من تعيينات الخريجين",
    "الرافدين يطلق رواتب المتقاعدين لشهر كامل عبر البطاقة الإلكترونية",
    "منتخبنا الوطني يواصل تحضيراته في الدوحة استعداداً للتصفيات",
    "الكشف عن أسباب حريق سوق الشورجة في بغداد",
    "أمانة بغداد تطلق حملة لإزالة التجاوزات في جانب الرصافة",
    "الصحة تعلن وصول شحنة جديدة من أدوية الأمراض المزمنة",
    "جامعة البصرة تحقق مرتبة متقدمة في تصنيف التايمز العالمي",
    "الداخلية تعلن تسهيلات جديدة لإصدار البطاقة الوطنية الموحدة",
)
FOLLOW = ("تابعونا", "فيسبوك", "تلغرام", "يوتيوب")
FOOTER_LINKS = ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "خريطة الموقع")
FOOTER = "جميع الحقوق محفوظة © 2024 شبكة الرافدين الإخبارية"
FOOTER_NOTE = "المواد المنشورة تعبر عن آراء كتابها ولا تعبر بالضرورة عن رأي الشبكة"
SOURCE = "المصدر: وكالة الأنباء العراقية (واع)"
CREDITS = ("أرشيف", "تصوير: مصطفى جاسم", "")
HITS = (2417, 6385, 973)
RELATED_TITLE = "مواد أخرى في هذه الفئة"
BACK = "العودة إلى الأعلى"
DATELINE = "بغداد - واع:"


def _lc2(moment) -> str:
    """Joomla's DATE_FORMAT_LC2 ("l, d F Y H:i") with the ar-AA pack's dual month names."""
    return f"{weekday(moment)}, {moment:%d} {DUAL[moment.month - 1]} {moment.year} {moment:%H:%M}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    item_id = int(article.slug.split("-")[0])
    sec_alias = dict(MENU)[article.section]
    item_path = f"/index.php/{sec_alias}/item/{article.slug}"
    url = HOST + item_path
    shown = _lc2(moment)
    today = moment + timedelta(days=1)
    top_date = f"{weekday(today)} {today.day} {LEVANTINE[today.month - 1]} {today.year}"
    modified = _lc2(moment + timedelta(hours=1, minutes=47)) if n == 2 else ""
    has_photo = article.caption != "-"
    credits = CREDITS[n - 1] if has_photo else ""
    hits = f"قراءة {HITS[n - 1]} مرات"
    ticker = [TICKER[(n * 2 + k) % len(TICKER)] for k in range(5)]
    most = [(MOST_READ[(n + k) % len(MOST_READ)], 9120 - 1377 * k - 211 * n) for k in range(5)]
    page = Page(url=url, html="", shown_date=shown)
    page.add(top_date, TICKER_TITLE, *ticker, *(m for m, _ in MENU), "أنت هنا:",
             article.section, shown, "كتبه" if article.author else "", *TOOLBAR,
             article.caption if has_photo else "", credits, SOURCE if n == 1 else "", hits,
             f"آخر تعديل في {modified}" if modified else "", *SHARE, "نشر في",
             "الوسوم", *article.tags, RELATED_TITLE, *article.related, "« السابق", "التالي »",
             BACK, MOST_TITLE, *(m for m, _ in most), *(f"قراءة {h} مرات" for _, h in most),
             *FOLLOW, *FOOTER_LINKS, FOOTER, FOOTER_NOTE, "Toggle Navigation", "↑")

    pstyle = (' style="text-align: justify;"', "", ' dir="rtl" style="text-align: justify;"')[n - 1]
    lead = e(article.lead)
    if lead.startswith(DATELINE):
        lead = f"<strong>{DATELINE}</strong>{lead[len(DATELINE):]}"
    intro = f"<p{pstyle}>{lead}</p>"
    full = "\n".join(f"<p{pstyle}>{e(p)}</p>" for p in article.paragraphs)
    if n == 1:
        full += f'\n<p style="text-align: left;"><em>{SOURCE}</em></p>'
    if n == 3:
        full += "\n<p>&nbsp;</p>"
    sha = hashlib.sha1(url.encode()).hexdigest()
    img = hashlib.md5(f"Image{item_id}".encode()).hexdigest()
    desc = e(" ".join(article.lead.split()[:24]))
    keywords = e(", ".join(article.tags))

    menu = "\n".join(
        f'<li class="item-{101 + k}{" default" if not k else ""}'
        f'{" current active" if m == article.section else ""}">'
        f'<a href="/{"" if not a else "index.php/" + a}">{m}</a></li>'
        for k, (m, a) in enumerate(MENU))
    ticker_html = "\n".join(
        f'\t<li>\n\t\t<h4 class="newsflash-title">\n\t\t\t<a href="/index.php/local/item/'
        f'{item_id + 37 - k * 5}">\n\t\t\t{e(t)}\t\t</a>\n\t\t</h4>\n\t</li>'
        for k, t in enumerate(ticker))
    author_html = (f"""
\t\t<!-- Item Author -->
\t\t<span class="itemAuthor">
\t\t\tكتبه&nbsp;
\t\t\t<a rel="author" href="/index.php/{sec_alias}/itemlist/user/62-{e(article.author)}">{e(article.author)}</a>
\t\t</span>
""" if article.author else "")
    image_html = (f"""
\t\t<!-- Item Image -->
\t\t<div class="itemImageBlock">
\t\t\t<span class="itemImage">
\t\t\t\t<a class="modal" rel="{{handler: 'image'}}" href="/media/k2/items/cache/{img}_XL.jpg" title="انقر لمعاينة الصورة">
\t\t\t\t\t<img src="/media/k2/items/cache/{img}_L.jpg" alt="{e(article.caption)}" style="width:600px; height:auto;" />
\t\t\t\t</a>
\t\t\t</span>

\t\t\t<!-- Image caption -->
\t\t\t<span class="itemImageCaption">{e(article.caption)}</span>

\t\t\t<!-- Image credits -->
\t\t\t<span class="itemImageCredits">{e(credits)}</span>

\t\t\t<div class="clr"></div>
\t\t</div>
""" if has_photo else "")
    modified_html = (f"""
\t\t<!-- Item date modified -->
\t\t<span class="itemDateModified">
\t\t\tآخر تعديل في {modified}\t\t</span>
""" if modified else "")
    tags = "\n".join(
        f'\t\t\t<li><a href="/index.php/component/k2/itemlist/tag/{e(t).replace(" ", "%20")}">{e(t)}</a></li>'
        for t in article.tags)
    related = "\n".join(
        f'\t\t\t<li class="{("even", "odd")[k % 2]}">\n\t\t\t\t<a class="itemRelTitle" '
        f'href="/index.php/{sec_alias}/item/{item_id - 14 - 23 * k}">{e(r)}</a>\n\t\t\t</li>'
        for k, r in enumerate(article.related))
    most_html = "\n".join(
        f'\t\t<li class="{("even", "odd")[k % 2]}{" lastItem" if k == len(most) - 1 else ""}">\n'
        f'\t\t\t<a class="moduleItemTitle" href="/index.php/local/item/{item_id - 300 - 41 * k}">{e(m)}</a>\n'
        f'\t\t\t<span class="moduleItemHits">\n\t\t\t\tقراءة {h} مرات\t\t\t</span>\n'
        f'\t\t\t<div class="clr"></div>\n\t\t</li>'
        for k, (m, h) in enumerate(most))
    footer_links = "\n".join(
        f'<li class="item-{140 + k}"><a href="/index.php/{a}">{f}</a></li>'
        for k, (f, a) in enumerate(zip(FOOTER_LINKS, ("about", "contact", "advertise",
                                                      "privacy", "sitemap"), strict=True)))
    meta_author = {1: "Super User", 2: article.author or ""}.get(n, "")
    meta_author_html = f'\n  <meta name="author" content="{e(meta_author)}" />' if meta_author else ""
    og_image = (f'\n  <meta property="og:image" content="{HOST}/media/k2/items/cache/{img}_M.jpg" />'
                f'\n  <meta name="image" content="{HOST}/media/k2/items/cache/{img}_M.jpg" />'
                if has_photo else "")

    page.html = f"""<!DOCTYPE html>
<html lang="ar-aa" dir="rtl">
<head>
\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />
\t<meta charset="utf-8" />
\t<base href="{url}" />
\t<meta name="keywords" content="{keywords}" />
\t<meta name="rights" content="{SITE}" />{meta_author_html}
\t<meta name="title" content="{e(article.headline)}" />
\t<meta property="og:url" content="{url}" />
\t<meta property="og:type" content="article" />
\t<meta property="og:title" content="{e(article.headline)}" />
\t<meta property="og:description" content="{desc}" />{og_image}
\t<meta name="description" content="{desc}" />
\t<meta name="generator" content="Joomla! - Open Source Content Management" />
\t<title>{e(article.headline)}</title>
\t<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="https://cdnjs.cloudflare.com/ajax/libs/magnific-popup.js/1.1.0/magnific-popup.min.css" rel="stylesheet" />
\t<link href="/media/k2/assets/css/k2.fonts.css?v2.8.0" rel="stylesheet" />
\t<link href="/components/com_k2/css/k2.css?v2.8.0" rel="stylesheet" />
\t<link href="/templates/{TEMPLATE}/css/bootstrap-rtl.min.css" rel="stylesheet" />
\t<link href="/templates/{TEMPLATE}/css/template.css?v=3.{n}" rel="stylesheet" />
\t<script src="/media/jui/js/jquery.min.js?8b1c4f4e0d1f3a6c2b9e5d7a4f6c3e21"></script>
\t<script src="/media/jui/js/jquery-noconflict.js?8b1c4f4e0d1f3a6c2b9e5d7a4f6c3e21"></script>
\t<script src="/media/jui/js/jquery-migrate.min.js?8b1c4f4e0d1f3a6c2b9e5d7a4f6c3e21"></script>
\t<script src="https://cdnjs.cloudflare.com/ajax/libs/magnific-popup.js/1.1.0/jquery.magnific-popup.min.js"></script>
\t<script src="/media/k2/assets/js/k2.frontend.js?v2.8.0&amp;sitepath=/"></script>
\t<script src="/media/system/js/caption.js?8b1c4f4e0d1f3a6c2b9e5d7a4f6c3e21"></script>
\t<script src="/media/jui/js/bootstrap.min.js?8b1c4f4e0d1f3a6c2b9e5d7a4f6c3e21"></script>
\t<script>
jQuery(window).on('load',  function() {{
\t\t\t\tnew JCaption('img.caption');
\t\t\t}});
\t</script>
\t<!-- Global site tag (gtag.js) - Google Analytics -->
\t<script async src="https://www.googletagmanager.com/gtag/js?id=G-R4F1D41N2Q"></script>
\t<script>
\t  window.dataLayer = window.dataLayer || [];
\t  function gtag(){{dataLayer.push(arguments);}}
\t  gtag('js', new Date());
\t  gtag('config', 'G-R4F1D41N2Q');
\t</script>
</head>

<body class="site com_k2 view-item no-layout no-task itemid-{104 + n} rtl">
\t<div class="body">
\t\t<div class="container">
\t\t\t<!-- Header -->
\t\t\t<header class="header" role="banner">
\t\t\t\t<div class="header-inner clearfix">
\t\t\t\t\t<a class="brand pull-right" href="/">
\t\t\t\t\t\t<img src="{HOST}/images/logo-rafidain.png" alt="{SITE}" />
\t\t\t\t\t</a>
\t\t\t\t\t<div class="header-date pull-left">{top_date}</div>
\t\t\t\t</div>
\t\t\t\t<div class="ticker-wrap">
\t\t\t\t\t<div class="moduletable ticker">
\t\t\t\t\t\t<h3>{TICKER_TITLE}</h3>
\t\t\t\t\t\t<ul class="newsflash-horiz mod-list">
{ticker_html}
\t\t\t\t\t\t</ul>
\t\t\t\t\t</div>
\t\t\t\t</div>
\t\t\t</header>
\t\t\t<nav class="navigation" role="navigation">
\t\t\t\t<div class="navbar pull-right">
\t\t\t\t\t<a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse">
\t\t\t\t\t\t<span class="element-invisible">Toggle Navigation</span>
\t\t\t\t\t\t<span class="icon-bar"></span>
\t\t\t\t\t\t<span class="icon-bar"></span>
\t\t\t\t\t</a>
\t\t\t\t</div>
\t\t\t\t<div class="nav-collapse">
\t\t\t\t\t<ul class="nav menu nav-pills mod-list">
{menu}
\t\t\t\t\t</ul>
\t\t\t\t</div>
\t\t\t</nav>
\t\t\t<div aria-label="Breadcrumbs" role="navigation">
\t<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
\t\t\t<li>
\t\t\t\tأنت هنا: &#160;
\t\t\t</li>
\t\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
\t\t\t\t<a itemprop="item" href="/" class="pathway"><span itemprop="name">الرئيسية</span></a>
\t\t\t\t<span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span>
\t\t\t\t<meta itemprop="position" content="1">
\t\t\t</li>
\t\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">
\t\t\t\t<a itemprop="item" href="/index.php/{sec_alias}" class="pathway"><span itemprop="name">{e(article.section)}</span></a>
\t\t\t\t<span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span>
\t\t\t\t<meta itemprop="position" content="2">
\t\t\t</li>
\t\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active">
\t\t\t\t<span itemprop="name">{e(article.headline)}</span>
\t\t\t\t<meta itemprop="position" content="3">
\t\t\t</li>
\t</ul>
</div>

\t\t\t<div class="row-fluid">
\t\t\t\t<main id="content" role="main" class="span8">
\t\t\t\t\t<!-- Begin Content -->
\t\t\t\t\t<div id="system-message-container">
\t</div>

\t\t\t\t\t

<!-- Start K2 Item Layout -->
<span id="startOfPageId{item_id}"></span>

<div id="k2Container" class="itemView">

\t<!-- Plugins: BeforeDisplay -->
\t

\t<!-- K2 Plugins: K2BeforeDisplay -->
\t

\t<div class="itemHeader">

\t\t<!-- Date created -->
\t\t<span class="itemDateCreated">
\t\t\t{shown}\t\t</span>

\t\t<!-- Item title -->
\t\t<h2 class="itemTitle">
\t\t\t{e(article.headline)}
\t\t</h2>
{author_html}
\t</div>

\t<!-- Plugins: AfterDisplayTitle -->
\t

\t<!-- K2 Plugins: K2AfterDisplayTitle -->
\t

\t<div class="itemToolbar">
\t\t<ul>
\t\t\t<!-- Font Resizer -->
\t\t\t<li>
\t\t\t\t<span class="itemTextResizerTitle">حجم الخط</span>
\t\t\t\t<a href="#" id="fontDecrease">
\t\t\t\t\t<span>تصغير حجم الخط</span>
\t\t\t\t</a>
\t\t\t\t<a href="#" id="fontIncrease">
\t\t\t\t\t<span>تكبير حجم الخط</span>
\t\t\t\t</a>
\t\t\t</li>

\t\t\t<!-- Print Button -->
\t\t\t<li>
\t\t\t\t<a class="itemPrintLink" rel="nofollow" href="{item_path}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;">
\t\t\t\t\t<span>طباعة</span>
\t\t\t\t</a>
\t\t\t</li>

\t\t\t<!-- Email Button -->
\t\t\t<li>
\t\t\t\t<a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template={TEMPLATE}&amp;link={sha}" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;">
\t\t\t\t\t<span>البريد الإلكتروني</span>
\t\t\t\t</a>
\t\t\t</li>
\t\t</ul>
\t\t<div class="clr"></div>
\t</div>

\t<div class="itemBody">

\t\t<!-- Plugins: BeforeDisplayContent -->
\t\t

\t\t<!-- K2 Plugins: K2BeforeDisplayContent -->
\t\t
{image_html}
\t\t<!-- Item introtext -->
\t\t<div class="itemIntroText">
\t\t\t{intro}
\t\t</div>

\t\t<!-- Item fulltext -->
\t\t<div class="itemFullText">
\t\t\t{full}
\t\t</div>

\t\t<div class="clr"></div>

\t\t<div class="itemContentFooter">

\t\t\t<!-- Item Hits -->
\t\t\t<span class="itemHits">
\t\t\t\tقراءة <b>{HITS[n - 1]}</b> مرات\t\t\t</span>
{modified_html}
\t\t\t<div class="clr"></div>
\t\t</div>

\t\t<!-- Plugins: AfterDisplayContent -->
\t\t

\t\t<!-- K2 Plugins: K2AfterDisplayContent -->
\t\t

\t\t<div class="clr"></div>
\t</div>

\t<!-- Social sharing -->
\t<div class="itemSocialSharing">
\t\t<span class="itemShareTitle">مشاركة:</span>
\t\t<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">فيسبوك</a>
\t\t<a class="share-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">تويتر</a>
\t\t<a class="share-whatsapp" href="https://api.whatsapp.com/send?text={url}" target="_blank" rel="noopener">واتساب</a>
\t\t<div class="clr"></div>
\t</div>

\t<div class="itemLinks">

\t\t<!-- Item category -->
\t\t<div class="itemCategory">
\t\t\t<span>نشر في</span>
\t\t\t<a href="/index.php/{sec_alias}/itemlist/category/{CATIDS.get(article.section, 9)}-{sec_alias}">{e(article.section)}</a>
\t\t</div>

\t\t<!-- Item tags -->
\t\t<div class="itemTagsBlock">
\t\t\t<span>الوسوم</span>
\t\t\t<ul class="itemTags">
{tags}
\t\t\t</ul>
\t\t\t<div class="clr"></div>
\t\t</div>

\t\t<div class="clr"></div>
\t</div>

\t<!-- Related items by tag -->
\t<div class="itemRelated">
\t\t<h3>{RELATED_TITLE}</h3>
\t\t<ul>
{related}
\t\t</ul>
\t\t<div class="clr"></div>
\t</div>

\t<div class="clr"></div>

\t<!-- Item navigation -->
\t<div class="itemNavigation">
\t\t<a class="itemPrevious" href="/index.php/{sec_alias}/item/{item_id - 3}">
\t\t\t&laquo; السابق
\t\t</a>
\t\t<a class="itemNext" href="/index.php/{sec_alias}/item/{item_id + 2}">
\t\t\tالتالي &raquo;
\t\t</a>
\t</div>

\t<!-- Plugins: AfterDisplay -->
\t

\t<!-- K2 Plugins: K2AfterDisplay -->
\t

\t<div class="itemBackToTop">
\t\t<a class="k2Anchor" href="{item_path}#startOfPageId{item_id}">
\t\t\tالعودة إلى الأعلى
\t\t</a>
\t</div>

\t<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->

<!-- JoomlaWorks "K2" (v2.8.0) | Learn more about K2 at http://getk2.org -->


\t\t\t\t\t<!-- End Content -->
\t\t\t\t</main>
\t\t\t\t<div id="aside" class="span4">
\t\t\t\t\t<!-- Begin Right Sidebar -->
\t\t\t\t\t<div class="moduletable most-read">
\t\t\t\t\t\t<h3>{MOST_TITLE}</h3>
\t\t\t\t\t\t
<div id="k2ModuleBox134" class="k2ItemsBlock most-read">
\t<ul>
{most_html}
\t</ul>
</div>
\t\t\t\t\t</div>
\t\t\t\t\t<div class="moduletable follow">
\t\t\t\t\t\t<h3>{FOLLOW[0]}</h3>
\t\t\t\t\t\t<div class="custom follow">
\t<p><a href="https://www.facebook.com/alrafidain.news">{FOLLOW[1]}</a> <a href="https://t.me/alrafidain_news">{FOLLOW[2]}</a> <a href="https://www.youtube.com/@alrafidain">{FOLLOW[3]}</a></p>
</div>
\t\t\t\t\t</div>
\t\t\t\t\t<!-- End Right Sidebar -->
\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</div>
\t<!-- Footer -->
\t<footer class="footer" role="contentinfo">
\t\t<div class="container">
\t\t\t<hr />
\t\t\t<ul class="nav menu footer-menu mod-list">
{footer_links}
\t\t\t</ul>
\t\t\t<div class="custom">
\t<p>{FOOTER_NOTE}</p>
</div>
\t\t\t<p class="pull-left">
\t\t\t\t<a href="#top" id="back-top">
\t\t\t\t\t&#8593;
\t\t\t\t</a>
\t\t\t</p>
\t\t\t<p>
\t\t\t\t{FOOTER}
\t\t\t</p>
\t\t</div>
\t</footer>
\t
</body>
</html>
"""
    return page
