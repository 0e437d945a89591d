"""A Jordanian Arabic news portal ("الوسط نيوز") on Joomla 3.9 with JoomlArt's T3 framework
(Bootstrap 3 base) and a JA news template (`ja_teline_iv`), as com_content serves an article
view. The head is Joomla 3's own: `<base href>`, the `content-type` meta, keywords (the tags),
`author` (when the article names one), description, the "Joomla! - Open Source Content
Management" generator, `<title>` "headline - الوسط نيوز", the compressed `/t3-assets/` CSS/JS,
the JCaption and tooltip init script and T3's "META FOR IOS & HANDHELD" block; no JSON-LD and
no og tags. `<html class='com_content view-article itemid-.. j39 mm-hover'>`, then
`div.t3-wrapper`: `header#t3-header` (logo-image with the site name and slogan, the
mod_search head-search with its "بحث ..." label), `nav#t3-mainnav` with the T3 megamenu
(`t3-megamenu animate fading`, `nav navbar-nav level0`, a `dropdown mega` item whose
`mega-dropdown-menu` holds two sub-items), a `page-masthead` jumbotron naming the section,
`nav.t3-navhelper` with the T3 breadcrumb (`ol.breadcrumb`, the "أنت هنا:" only in a tooltip
title, the headline as the last crumb), then `#t3-mainbody`: `#t3-content` holds
`div.item-page` > `article` with T3's `header.article-header` (`h1.article-title`
itemprop="headline"), `aside.article-aside` carrying JA's toolbar (the `btn-group pull-right`
cog dropdown whose caret prints the quirky invisible-class "Empty", then the print and email
links "طباعة" / "البريد الإلكتروني") and `dl.article-info muted` (dt "تفاصيل", dd.createdby
"كتب بواسطة <name>" on pages 1 and 3 only, dd.category-name, dd.published with
`<time datetime="...+03:00" itemprop="datePublished">` printing DATE_FORMAT_LC3 with a
zero-padded day, "03 يوليو 2024", and dd.hits "الزيارات: N"), the `div.tags` label links,
then `section.article-content` (itemprop="articleBody"). Page 1 has T3's
`article-image-full` image before the text whose caption lives only in the `img.caption` title
(JCaption draws it in the browser: not served text), and bolds a figure; page 2 is a Petra wire
story ("عمّان 2 تموز (بترا) - " opens the lead: body) with no author, no image, an inline link
and an `<h3>` subheading (a body paragraph); page 3 has an in-text TinyMCE
`figure.image` with a visible figcaption and an embedded YouTube iframe. Pages 1 and 3 end
with the pagenavigation pager ("السابق"/"التالي"), page 2 only "السابق". Sidebar
`t3-sidebar-right`: T3Xhtml modules (`t3-module module`, `h3.module-title`) for
mod_articles_popular "الأكثر قراءة" (`ul.mostread mod-list`), mod_articles_latest
"آخر الأخبار" (`ul.latestnews mod-list`) and mod_related_items "مواضيع ذات صلة". Footer:
`footer#t3-footer` with the `t3-spotlight t3-footnav` columns (about text, sections menu,
social links), `section.t3-copyright` with mod_footer's two Arabic lines (the visit year, 2025)
and the "Powered by T3 Framework" `t3-logo` credit, and the back-to-top button. Every line
outside the article text is chrome."""

from __future__ import annotations

from datetime import UTC

from .base import LATEST, MONTHS, MOST_READ, Article, Page, e, rotate

NAME = "joomla_t3_news"
HELD_OUT = True
SET = "unseen30"
FAMILY = ("Joomla 3 + JoomlArt T3 (JA news template) article view: article-aside toolbar and "
          "dl.article-info, T3 megamenu, breadcrumb, mostread/latest modules, T3 footer")
HOST = "https://t3-wasat-news.example"
SITE = "الوسط نيوز"
SLOGAN = "أخبار الأردن على مدار الساعة"
TPL = "ja_teline_iv"
SECTIONS = {"محليات": ("local", 112), "اقتصاد": ("economy", 113),
            "ثقافة وفنون": ("culture", 116)}
MENU = (("الرئيسية", "/", 101), ("محليات", "/local", 112), ("اقتصاد", "/economy", 113),
        ("سياسة", "/politics", 114), ("رياضة", "/sports", 115),
        ("ثقافة وفنون", "/culture", 116), ("منوعات", "/misc", 117),
        ("اتصل بنا", "/contact-us", 120))
SUBMENU = (("برلمان", "/politics/parliament", 131), ("أحزاب", "/politics/parties", 132))
HITS = (2871, 964, 1420)
BOLD = {1: (0, "45 حافلة")}
LINKED = {2: (0, "التقرير الدوري المنشور على موقع الوزارة",
              "https://www.moa.gov.jo.example/reports/2024-h1-exports.pdf")}
SUBHEAD = {2: 1}
FIGURE_AFTER = {3: 0}
VIDEO_AFTER = {3: 2}
PAGER = {1: (True, True), 2: (True, False), 3: (True, True)}
ABOUT = "موقع إخباري أردني مستقل يغطي الشأن المحلي والاقتصاد والثقافة منذ عام 2011."
SOCIAL = ("فيسبوك", "تويتر", "يوتيوب")
FOOTER_LINE1 = f"حقوق الطبع © 2025 {SITE}. جميع الحقوق محفوظة."
FOOTER_LINE2 = "جوملا! هو برنامج حر مرخص بموجب رخصة جنو العمومية."
POWERED = "Powered by T3 Framework"
LABELS = ("تفاصيل", "Empty", "طباعة", "البريد الإلكتروني", "بحث ...", "عن الوسط", "أقسام",
          "تابعنا", "الأكثر قراءة", "آخر الأخبار", "مواضيع ذات صلة")


def _shown(moment) -> str:
    """Joomla's DATE_FORMAT_LC3 "d F Y": a zero-padded day, "03 يوليو 2024"."""
    return f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def _alias(moment) -> str:
    """Unicode aliases off: Joomla turns an Arabic title into the UTC creation time."""
    return f"{moment.astimezone(UTC):%Y-%m-%d-%H-%M-%S}"


def _module(mod_id: int, title: str, inner: str) -> str:
    return f"""<div class="t3-module module " id="Mod{mod_id}"><div class="module-inner"><h3 class="module-title "><span>{e(title)}</span></h3><div class="module-ct">{inner}</div></div></div>"""


def _list(cls: str, titles: list[str], base_id: int) -> str:
    items = "\n".join(f"""	<li itemscope itemtype="https://schema.org/Article">
		<a href="/local/{base_id - 37 * k}-2024-0{1 + k}-1{k}-08-2{k}-00.html" itemprop="url">
			<span itemprop="name">
				{e(t)}
			</span>
		</a>
	</li>""" for k, t in enumerate(titles))
    return f'<ul class="{cls} mod-list">\n{items}\n</ul>\n'


def _text(article: Article, n: int) -> str:
    paras = []
    lead = e(article.lead)
    paras.append(f"<p>{lead}</p>")
    if n in FIGURE_AFTER:
        paras.append(f"""<figure class="image"><img src="/images/2025/01/{article.slug}-diseh.jpg" alt="" width="720" height="480" />
<figcaption>{e(article.caption)}</figcaption>
</figure>""")
    for k, para in enumerate(article.paragraphs):
        html = e(para)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank" '
                                       f'rel="noopener noreferrer">{words}</a>', 1)
        paras.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == k else f"<p>{html}</p>")
        if VIDEO_AFTER.get(n) == k:
            paras.append('<p><iframe src="https://www.youtube.com/embed/r7WqK2dNs0E" width="560" '
                         'height="315" frameborder="0" allowfullscreen="allowfullscreen">'
                         '</iframe></p>')
    return "\n".join(paras)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    cat_alias, itemid = SECTIONS[article.section]
    path = f"/{cat_alias}/{article.slug}-{_alias(moment)}.html"
    url = HOST + path
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(SITE, SLOGAN, *(label for label, _, _ in MENU), *(s for s, _, _ in SUBMENU))
    page.add(article.section, *LABELS, shown, f"الزيارات: {HITS[n - 1]}", *article.tags)
    if article.author:
        page.add(f"كتب بواسطة {article.author}")
    if n in FIGURE_AFTER:
        page.add(article.caption)
    prev, nxt = PAGER[n]
    page.add("السابق" if prev else "", "التالي" if nxt else "")
    popular = rotate(MOST_READ, 3 * n, 5)
    latest = rotate(LATEST, 2 * n, 5)
    page.add(*popular, *latest, *article.related)
    page.add(ABOUT, *SOCIAL, FOOTER_LINE1, FOOTER_LINE2, POWERED)

    menu = []
    for label, href, mid in MENU:
        active = ' class="current active"' if mid == itemid else ""
        if href == "/politics":
            subs = "\n".join(f"""<li itemprop='name'  data-id="{sid}" data-level="2">
<a itemprop='url' class="" href="{shref}"   data-target="#">{s} </a>

</li>""" for s, shref, sid in SUBMENU)
            menu.append(f"""<li itemprop='name' class="dropdown mega" data-id="{mid}" data-level="1">
<a itemprop='url' class=" dropdown-toggle" href="{href}"   data-target="#" data-toggle="dropdown">{label} <em class="caret"></em></a>

<div class="nav-child dropdown-menu mega-dropdown-menu"  ><div class="mega-dropdown-inner">
<div class="row">
<div class="col-xs-12 mega-col-nav" data-width="12"><div class="mega-inner"> <ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="mega-nav level1">
{subs}
</ul>
</div></div>
</div>
</div></div>
</li>""")
        else:
            menu.append(f"""<li itemprop='name'{active} data-id="{mid}" data-level="1">
<a itemprop='url' class="" href="{href}"   data-target="#">{label} </a>

</li>""")
    author_dd = ""
    if article.author:
        author_dd = f"""
<dd class="createdby hasTooltip" itemprop="author" itemscope itemtype="http://schema.org/Person" title="كتب بواسطة ">
	<i class="fa fa-user"></i>
			كتب بواسطة <span itemprop="name">{e(article.author)}</span>	</dd>
"""
    image = ""
    if n == 1:
        image = f"""
	<div class="pull-none item-image article-image article-image-full">
		<img
							class="caption" title="{e(article.caption)}"						src="/images/2024/05/brt-sweileh-{article.slug}.jpg"
			alt="" itemprop="image"/>
	</div>

"""
    tags = "\n".join(f"""				<span class="tag-{31 + 4 * k + n} tag-list{k}" itemprop="keywords"> <a href="/component/tags/tag/{31 + 4 * k + n}-{article.slug}-{k}" class="label label-info"> {e(t)} </a> </span>""" for k, t in enumerate(article.tags))
    pager = []
    if prev:
        pager.append(f"""<li class="previous">
		<a class="hasTooltip" title="{e(article.related[0])}" aria-label="السابق: {e(article.related[0])}" href="/{cat_alias}/{int(article.slug) - 3}-{_alias(moment)[:10]}-07-00-00.html" rel="prev"> <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">السابق</span>		</a>
	</li>""")
    if nxt:
        pager.append(f"""<li class="next">
		<a class="hasTooltip" title="{e(article.related[1])}" aria-label="التالي: {e(article.related[1])}" href="/{cat_alias}/{int(article.slug) + 5}-{_alias(moment)[:10]}-11-30-00.html" rel="next"> <span aria-hidden="true">التالي</span> <span class="icon-chevron-right" aria-hidden="true"></span>		</a>
	</li>""")
    related = "\n".join(f"""<li>
	<a href="/{cat_alias}/{int(article.slug) - 60 * (k + 1)}-2024-0{2 + k}-0{3 + k}-09-15-00.html"> {e(t)}</a>
</li>""" for k, t in enumerate(article.related))
    footer_menu = "\n".join(f'<li class="item-{mid}"><a href="{href}" >{label}</a></li>'
                            for label, href, mid in MENU[1:7])
    social = "\n".join(f'<li><a href="https://www.{s}.example/alwasatnews" target="_blank" '
                       f'rel="noopener"><i class="fa fa-{cls}"></i> {s}</a></li>'
                       for s, cls in zip(SOCIAL, ("facebook", "twitter", "youtube"), strict=True))
    desc = " ".join(article.lead.split()[:24])
    author_meta = (f'\n\t<meta name="author" content="{e(article.author)}" />'
                   if article.author else "")
    asset = ("8f2a1", "8f2a1", "c09d4")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html lang="ar-aa" dir="rtl"
	class='com_content view-article itemid-{itemid} j39 mm-hover'>
<head>
	<base href="{url}" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="keywords" content="{e(", ".join(article.tags))}" />{author_meta}
	<meta name="description" content="{e(desc)}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{e(article.headline)} - {SITE}</title>
	<link href="/templates/{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/t3-assets/css/css-{asset}-41522.css" rel="stylesheet" type="text/css" media="all" />
	<link href="/t3-assets/css/css-3e7b0-41522.css" rel="stylesheet" type="text/css" media="all" />
	<script src="/t3-assets/js/js-{asset}-41522.js" type="text/javascript"></script>
	<script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
jQuery(function($){{ initTooltips(); $("body").on("subform-row-add", initTooltips); function initTooltips (event, container) {{ container = container || document;$(container).find(".hasTooltip").tooltip({{"html": true,"container": "body"}});}} }});
	</script>
<!-- META FOR IOS & HANDHELD -->
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no"/>
	<style type="text/stylesheet"> @-webkit-viewport   {{ width: device-width; }} @-moz-viewport      {{ width: device-width; }} @-ms-viewport       {{ width: device-width; }} @-o-viewport        {{ width: device-width; }} @viewport           {{ width: device-width; }} </style>
	<script type="text/javascript"> //<![CDATA[ if (navigator.userAgent.match(/IEMobile\\/10\\.0/)) {{ var msViewportStyle = document.createElement("style"); msViewportStyle.appendChild( document.createTextNode("@-ms-viewport{{width:auto!important}}") ); document.getElementsByTagName("head")[0].appendChild(msViewportStyle); }} //]]> </script>
<meta name="HandheldFriendly" content="true"/>
<meta name="apple-mobile-web-app-capable" content="YES"/>
<!-- //META FOR IOS & HANDHELD -->
</head>
<body>
<div class="t3-wrapper"> <!-- Need this wrapper for off-canvas menu. Remove if you don't use of-canvas -->
<!-- HEADER -->
<header id="t3-header" class="container t3-header">
	<div class="row">
		<!-- LOGO -->
		<div class="col-xs-12 col-sm-8 logo">
			<div class="logo-image">
				<a href="/" title="{SITE}"> <img class="logo-img" src="/images/logo-wasat.png" alt="{SITE}" /> <span>{SITE}</span> </a>
				<small class="site-slogan">{SLOGAN}</small>
			</div>
		</div>
		<!-- //LOGO -->
					<div class="col-xs-12 col-sm-4">
									<!-- HEAD SEARCH -->
					<div class="head-search ">
						<div class="search">
	<form action="{path}" method="post" class="form-inline form-search">
		<label for="mod-search-searchword" class="element-invisible">بحث ...</label> <input name="searchword" id="mod-search-searchword" maxlength="200"  class="form-control search-query" type="search" placeholder="بحث ..." />		<input type="hidden" name="task" value="search" /> <input type="hidden" name="option" value="com_search" /> <input type="hidden" name="Itemid" value="{itemid}" />
	</form>
</div>
					</div>
					<!-- //HEAD SEARCH -->
							</div>
	</div>
</header>
<!-- //HEADER -->
<!-- MAIN NAVIGATION -->
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav">
	<div class="container">
		<!-- Brand and toggle get grouped for better mobile display -->
		<div class="navbar-header">
											<button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".t3-navbar-collapse"> <i class="fa fa-bars"></i> </button>
		</div>
					<div class="t3-navbar-collapse navbar-collapse collapse"></div>
		<div class="t3-navbar navbar-collapse collapse">
			<div  class="t3-megamenu animate fading"  data-duration="400" data-responsive="true">
<ul itemscope itemtype="http://www.schema.org/SiteNavigationElement" class="nav navbar-nav level0">
{chr(10).join(menu)}
</ul>
</div>
		</div>
	</div>
</nav>
<!-- //MAIN NAVIGATION -->
<div class="page-masthead">
	<div class="jumbotron jumbotron-primary">
		<div class="container">
			<h1>{e(article.section)}</h1>
		</div>
	</div>
</div>
<!-- NAV HELPER -->
<nav class="wrap t3-navhelper ">
	<div class="container">
<ol class="breadcrumb ">
	<li class="active"><span class="hasTooltip"><i class="fa fa-map-marker" data-toggle="tooltip" title="أنت هنا: "></i></span></li><li><a href="/" class="pathway">الرئيسية</a><span class="divider"><img src="/templates/{TPL}/images/system/arrow.png" alt="" /></span></li><li><a href="/{cat_alias}" class="pathway">{e(article.section)}</a><span class="divider"><img src="/templates/{TPL}/images/system/arrow.png" alt="" /></span></li><li><span>{e(article.headline)}</span></li></ol>
	</div>
</nav>
<!-- //NAV HELPER -->
<div id="t3-mainbody" class="container t3-mainbody">
	<div class="row">
		<!-- MAIN CONTENT -->
		<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-9">
						<div id="system-message-container">
	</div>
<div class="item-page clearfix">
<!-- Article -->
<article itemscope itemtype="http://schema.org/Article">
	<meta itemscope itemprop="mainEntityOfPage"  itemType="https://schema.org/WebPage" itemid="https://google.com/article"/>
	<meta itemprop="inLanguage" content="ar-AA" />
<header class="article-header clearfix">
	<h1 class="article-title" itemprop="headline"> {e(article.headline)}			<meta itemprop="url" content="{url}" /> </h1>
			</header>
<!-- Aside -->
<aside class="article-aside clearfix">
			<div class="btn-group pull-right">
				<a class="btn dropdown-toggle" data-toggle="dropdown" href="#"> <span class="fa fa-cog"></span> <span class="caret"><span class="element-invisible">Empty</span></span> </a>
								<ul class="dropdown-menu">
											<li class="print-icon"> <a href="{path}?tmpl=component&amp;print=1&amp;layout=default" title="طباعة" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="fa fa-print"></span>&#160;طباعة&#160;</a> </li>
																<li class="email-icon"> <a href="/component/mailto/?tmpl=component&amp;template={TPL}&amp;link=6d1c{article.slug}a9f0" title="البريد الإلكتروني" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><span class="fa fa-envelope"></span> البريد الإلكتروني</a> </li>
														</ul>
			</div>
	<dl class="article-info  muted">
			<dt class="article-info-term"> تفاصيل											</dt>
{author_dd}
			<dd class="category-name hasTooltip" title="الفئة: "> <i class="fa fa-folder-open"></i> <a href="/{cat_alias}" ><span itemprop="genre">{e(article.section)}</span></a>							</dd>
			<dd class="published hasTooltip" title="نشر بتاريخ : "> <i class="fa fa-calendar"></i> <time datetime="{moment.isoformat()}" itemprop="datePublished"> {shown}				</time> </dd>
			<dd class="hits"> <i class="fa fa-eye"></i> <meta itemprop="interactionCount" content="UserPageVisits:{HITS[n - 1]}" /> الزيارات: {HITS[n - 1]}			</dd>
	</dl>
</aside>
<!-- //Aside -->
	<div class="tags">
{tags}
			</div>
{image}
	<section class="article-content clearfix" itemprop="articleBody">
		{_text(article, n)}
	</section>
	<hr class="divider-vertical" /><ul class="pager pagenav">
	{chr(10).join(pager)}
</ul>
</article>
<!-- //Article -->
</div>
		</div>
		<!-- //MAIN CONTENT -->
		<!-- SIDEBAR RIGHT -->
		<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-3 ">
			{_module(91, "الأكثر قراءة", _list("mostread", popular, 4790))}
{_module(92, "آخر الأخبار", _list("latestnews", latest, 5290))}
{_module(97, "مواضيع ذات صلة", f'<ul class="relateditems mod-list">{chr(10)}{related}{chr(10)}</ul>')}
		</div>
		<!-- //SIDEBAR RIGHT -->
	</div>
</div>
<!-- FOOTER -->
<footer id="t3-footer" class="wrap t3-footer">
			<!-- FOOT NAVIGATION -->
		<div class="container">
				<!-- SPOTLIGHT -->
	<div class="t3-spotlight t3-footnav  row">
					<div class=" col-lg-4 col-md-4 col-sm-4 col-xs-12">
								{_module(101, "عن الوسط", f'<div class="custom"  ><p>{ABOUT}</p></div>')}
							</div>
					<div class=" col-lg-4 col-md-4 col-sm-4 col-xs-6">
								{_module(102, "أقسام", f'<ul class="nav nav-pills nav-stacked menu">{chr(10)}{footer_menu}{chr(10)}</ul>')}
							</div>
					<div class=" col-lg-4 col-md-4 col-sm-4 col-xs-6">
								{_module(103, "تابعنا", f'<ul class="social-links">{chr(10)}{social}{chr(10)}</ul>')}
							</div>
			</div>
<!-- SPOTLIGHT -->
		</div>
		<!-- //FOOT NAVIGATION -->
	<section class="t3-copyright">
		<div class="container">
			<div class="row">
				<div class="col-md-8 copyright ">
					<div class="footer1">حقوق الطبع &#169; 2025 {SITE}. جميع الحقوق محفوظة.</div>
<div class="footer2"><a href="https://www.joomla.org">جوملا!</a> هو برنامج حر مرخص بموجب <a href="https://www.gnu.org/licenses/gpl-2.0.html">رخصة جنو العمومية.</a></div>
				</div>
									<div class="col-md-4 poweredby">
						<a class="t3-logo t3-logo-light" href="http://t3-framework.org" title="Powered By T3 Framework" target="_blank" rel="nofollow">Powered by <strong>T3 Framework</strong></a>
					</div>
							</div>
		</div>
	</section>
</footer>
<!-- //FOOTER -->
<!-- BACK TOP TOP BUTTON -->
<div id="back-to-top" data-spy="affix" data-offset-top="300" class="back-to-top hidden-xs hidden-sm affix-top"> <button class="btn btn-primary" title="Back to Top"><i class="fa fa-caret-up"></i></button> </div>
<!-- BACK TO TOP BUTTON -->
</div>
</body>
</html>"""
    return page
