"""An Algerian regional news portal ("بوابة الهضاب", the eastern High Plateaus: Sétif, Béjaïa,
Bordj Bou Arréridj) on Joomla 4 with JoomShaper's Helix Ultimate 2 template, a plain
com_content article (no SP Page Builder). The head: `<title>` "headline - بوابة الهضاب", the
Joomla generator meta, the Helix Ultimate stylesheets (bootstrap, system-j4, template, rtl,
preset) and scripts, Helix's own og/twitter tags (no article times, no JSON-LD: Joomla 4 prints
none), the `joomla-script-options` JSON. The body (`site helix-ultimate hu com-content
view-article ... rtl ... offcanvs-position-right`): `div.body-wrapper > div.body-innerwrapper`,
`#sp-top-bar` (contact phone and e-mail, social icons), `header#sp-header` (logo, the
`sp-megamenu-parent` menu, the `#offcanvas-toggler` burger), `section#sp-section-1` with the
`sp-page-title` heading (the category) and the Joomla 4 `mod-breadcrumbs` ("أنت هنا:"), then
`section#sp-main-body`: `main#sp-component` holds `div.article-details` (schema.org Article):
on page 3 the Helix `article-full-image` (caption-less), `div.article-header` with the h1,
`div.article-info` with `span.createdby` (page 1 only: the writer's name), `span.category-name`,
`span.published` with `<time datetime="...+01:00">` printing Joomla's DATE_FORMAT_LC3 "d F Y"
with a leading zero and the site's Algerian month names ("09 ماي 2024"), and `span.hits`
("الزيارات: N"); the `article-ratings-social-share` bar (stars, "التقييمات" and "(N)" on pages
1 and 3; icon-only share links), then `div[itemprop=articleBody]`: page 1 puts an editor
`<figure class="image">` with a figcaption after the lead; page 2 (agency copy, dated 00:30
local, so its UTC instant is the day before) bolds a figure and links a phrase; page 3 has an
`<h3>` subheading. After the text: `ul.tags.list-inline`, the Joomla 4 `pagenavigation`
("السابق"/"التالي"), Helix's related list ("مقالات ذات صلة", titles and dates), the sidebar
`aside#sp-right` (`sp-module` boxes: search, "الأكثر قراءة", "آخر الأخبار"), `#sp-bottom`
(about text, links), `footer#sp-footer` (`sp-copyright`), the scroll-up link and the
offcanvas menu. All of that but the text is chrome."""

from __future__ import annotations

from datetime import timedelta

from .base import LATEST, MAGHREB, MOST_READ, Article, Page, e, rotate

NAME = "helix_joomla_portal"
HELD_OUT = True
SET = "unseen27"
FAMILY = "Joomla 4 + Helix Ultimate regional portal (Algeria): article-details, article-info createdby/published/hits, ratings, tags list-inline, pagenavigation, sp-module sidebar, offcanvas"
HOST = "https://helix-jazair.example"
SITE = "بوابة الهضاب"
TPL = "/templates/shaper_helixultimate"
MENU = (("/", "الرئيسية"), ("/wilayas", "أخبار الولايات"), ("/economie", "اقتصاد"),
        ("/agriculture", "فلاحة"), ("/societe", "مجتمع"), ("/sport", "رياضة"),
        ("/culture", "ثقافة"), ("/contact", "اتصل بنا"))
CAT_PATH = {"أخبار الولايات": "/wilayas", "اقتصاد": "/economie", "فلاحة": "/agriculture"}
PHONE, MAIL = "+213 36 84 52 10", "contact@helix-jazair.example"
HERE, HITS = "أنت هنا:", (2315, 874, 1406)
VOTES = {1: (4, 14), 3: (5, 9)}
RATINGS, SEARCH, RELATED = "التقييمات", "بحث", "مقالات ذات صلة"
MOST, LAST = "الأكثر قراءة", "آخر الأخبار"
ABOUT_TITLE = "عن البوابة"
ABOUT = "بوابة إخبارية جهوية تغطي أخبار ولايات الهضاب العليا الشرقية منذ سنة 2012."
LINKS_TITLE, LINKS = "روابط", ("من نحن", "هيئة التحرير", "سياسة الخصوصية", "أعلن معنا")
PREV, NEXT = "السابق", "التالي"
CURRENT = 'aria-current="page" '
# page -> (paragraph index, phrase) the editor bolded / linked
BOLD = {2: (0, "32 ألف طن من الإسمنت")}
LINKED = {2: (2, "مجمع لإنتاج الإسمنت", "https://www.gica.example/ciment-soummam")}
SUBHEAD = {3: "مخاوف من نقص اليد العاملة"}


def _date(moment) -> str:
    """Joomla's DATE_FORMAT_LC3 "d F Y", with the site's Maghreb month override."""
    return f"{moment.day:02d} {MAGHREB[moment.month - 1]} {moment.year}"


def _sp_module(title: str, content: str) -> str:
    head = f'<h3 class="sp-module-title">{title}</h3>' if title else ""
    return (f'<div class="sp-module ">{head}<div class="sp-module-content">{content}'
            f"</div></div>")


def _list(cls: str, titles: list[str], base: int) -> str:
    items = "".join(f'<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="'
                    f'{HOST}/wilayas/{base + k}" itemprop="url">\n\t\t\t<span itemprop="name">'
                    f"\n\t\t\t\t{e(t)}\t\t\t</span>\n\t\t</a>\n\t</li>\n\t"
                    for k, t in enumerate(titles))
    return f'<ul class="{cls} mod-list">\n\t{items}</ul>\n'


def _text(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    out = []
    for k, para in enumerate(paras):
        if SUBHEAD.get(n) == para:
            out.append(f"<h3>{e(para)}</h3>")
            continue
        html = e(para)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            html = html.replace(e(words), f'<a href="{href}" target="_blank" rel="noopener">'
                                f"{e(words)}</a>", 1)
        out.append(f"<p>{html}</p>")
        if n == 1 and k == 0:
            out.append(f'<figure class="image"><img src="/images/2024/03/{article.slug}-tram.jpg"'
                       f' alt="{e(article.caption)}" width="780" height="470">\n<figcaption>'
                       f"{e(article.caption)}</figcaption></figure>")
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    cat = article.section
    cat_path = CAT_PATH[cat]
    url = f"{HOST}{cat_path}/{article.slug}"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(PHONE, MAIL, *(label for _, label in MENU), cat, HERE, shown, cat,
             f"الزيارات: {HITS[n - 1]}", *article.tags, RELATED, SEARCH, MOST, LAST,
             ABOUT_TITLE, ABOUT, LINKS_TITLE, *LINKS, f"© {moment.year} {SITE}. جميع الحقوق محفوظة.")
    createdby = ""
    if n == 1:
        page.add(article.author, article.caption)
        createdby = (f'<span class="createdby" itemprop="author" itemscope itemtype="https://'
                     f'schema.org/Person" title="كتب بواسطة: {e(article.author)}">\n\t\t'
                     f'<span itemprop="name">{e(article.author)}</span>\t</span>\n\n\t\t\n\t\t\t')
    info = f"""<div class="article-info">
					{createdby}
					<span class="category-name" title="التصنيف: {cat}">
			<a href="{cat_path}">{cat}</a>
	</span>
					<span class="published" title="نشر بتاريخ: {shown}">
	<time datetime="{moment.isoformat()}" itemprop="datePublished">
		{shown}	</time>
</span>
					<span class="hits">
	<meta itemprop="interactionCount" content="UserPageVisits:{HITS[n - 1]}">
	الزيارات: {HITS[n - 1]}</span>
			</div>"""
    rating = ""
    if n in VOTES:
        value, count = VOTES[n]
        stars = "".join(f'<span class="rating-star" data-number="{5 - j}"></span>'
                        for j in range(5 - value))
        stars += "".join(f'<span class="rating-star active" data-number="{value - i}"></span>'
                         for i in range(value))
        rating = (f'<div class="article-ratings" data-id="{article.slug}">\n\t<span class="'
                  f'ratings-label">{RATINGS}</span>\n\t<div class="rating-symbol">\n\t\t{stars}'
                  f'\t</div>\n\t<span class="fas fa-spinner fa-spin" style="display: none;">'
                  f'</span>\n\t<span class="ratings-count">({count})</span>\n</div>')
        page.add(RATINGS, f"({count})")
    share = "".join(f"""
				<li><a class="{cls}" onClick="window.open('{href}{url}','{name}','width=600,height=300'); return false;" href="{href}{url}" title="{name}">
						<span class="fab fa-{icon}" aria-hidden="true"></span></a></li>""" for cls, href, name, icon in (
        ("facebook", "https://www.facebook.com/sharer.php?u=", "فيسبوك", "facebook"),
        ("twitter", "https://twitter.com/share?url=", "تويتر", "twitter"),
        ("linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url=", "لينكدإن",
         "linkedin")))
    full_image = ""
    if n == 3:
        full_image = (f'<div class="article-full-image float-none"> <img\n\t\t\tsrc="/images/2024/'
                      f'11/olives-{article.slug}.jpg" alt="{e(article.headline)}" itemprop="image">'
                      f" </div>\n")
    tags = "".join(f"""
							<li class="list-inline-item tag-{31 + k} tag-list{k}" itemprop="keywords">
					<a href="/component/tags/tag/{31 + k}" class="label label-info">
						{e(t)}					</a>
				</li>""" for k, t in enumerate(article.tags))
    nav_prev = nav_next = ""
    if n in (1, 2):
        nav_prev = (f'\n\t\t\t<a class="btn btn-sm btn-secondary previous" href="{cat_path}/'
                    f'{int(article.slug) + 3}" rel="prev">\n\t\t\t<span class="visually-hidden">'
                    f"\n\t\t\t\tالمقال السابق: {e(LATEST[n])}\t\t\t</span>\n\t\t\t"
                    f'<span class="icon-chevron-right" aria-hidden="true"></span> '
                    f'<span aria-hidden="true">{PREV}</span>\t\t\t</a>')
        page.add(PREV)
    if n in (1, 3):
        nav_next = (f'\n\t\t\t<a class="btn btn-sm btn-secondary next" href="{cat_path}/'
                    f'{int(article.slug) - 4}" rel="next">\n\t\t\t<span class="visually-hidden">'
                    f"\n\t\t\t\tالمقال التالي: {e(LATEST[n + 3])}\t\t\t</span>\n\t\t\t"
                    f'<span aria-hidden="true">{NEXT}</span> <span class="icon-chevron-left" '
                    f'aria-hidden="true"></span>\t\t\t</a>')
        page.add(NEXT)
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=3 + 9 * k, hours=2 * k)
        page.add(title, _date(when))
        related.append(f"""
				<li class="related-article-list-item">
					<div class="article-header">
                    <h4><a href="{cat_path}/{int(article.slug) - 11 * (k + 1)}">
                        {e(title)}                    </a></h4>
            </div>
<span class="published" title="نشر بتاريخ: {_date(when)}">
	<time datetime="{when.isoformat()}">
		{_date(when)}	</time>
</span>
				</li>""")
    most = rotate(MOST_READ, 3 * n, 5)
    latest = rotate(LATEST, 2 * n + 5, 4)
    page.add(*most, *latest)
    menu = "".join(f'<li class="sp-menu-item{" current-item active" if path == cat_path else ""}'
                   f'"><a {CURRENT if path == cat_path else ""}href="{path}" >'
                   f"{label}</a></li>" for path, label in MENU)
    off_menu = "".join(f'<li class="item-{101 + k}{" current active" if path == cat_path else ""}'
                       f'"><a href="{path}" >{label}</a></li>'
                       for k, (path, label) in enumerate(MENU))
    search = (f'<form class="mod-finder js-finder-searchform form-search" action="/component/'
              f'finder/search?Itemid=101" method="get" role="search">\n\t<label for="mod-finder-'
              f'searchword{90 + n}" class="finder">{SEARCH}</label><input type="text" name="q" id='
              f'"mod-finder-searchword{90 + n}" class="js-finder-search-query form-control" value='
              f'"" placeholder="ابحث في البوابة...">\n\t\t\t<input type="hidden" name="Itemid" '
              f'value="101"></form>')
    links = "".join(f'<li class="item-{140 + k}"><a href="/page-{k}" >{t}</a></li>'
                    for k, t in enumerate(LINKS))
    desc = article.lead[:155].rsplit(" ", 1)[0]
    image = f"{HOST}/images/2024/social/{article.slug}.jpg"
    hu = ("2.1.2", "2.1.2", "2.1.4")[n - 1]
    page.html = f"""<!doctype html>
<html lang="ar-aa" dir="rtl">
	<head>
		<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
		<meta charset="utf-8">
	<meta name="author" content="{e(article.author or 'هيئة التحرير')}">
	<meta name="description" content="{e(desc)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{e(article.headline)} - {SITE}</title>
	<link href="{TPL}/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet" />
	<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet" />
	<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet" />
	<link href="/media/system/css/joomla-fontawesome.min.css?v={hu}" rel="stylesheet" />
	<link href="{TPL}/css/template.css" rel="stylesheet" />
	<link href="{TPL}/css/rtl.css" rel="stylesheet" />
	<link href="{TPL}/css/presets/preset3.css" rel="stylesheet" />
	<style>body{{font-family: 'Cairo', sans-serif;font-size: 16px;}}
.logo-image {{height:48px;}}.logo-image-phone {{height:36px;}}
#sp-footer{{ background-color:#14385c; }}</style>
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/media/legacy/js/jquery-noconflict.min.js?647005fc12b79b3ca2bb30c059899d5994e3e34d"></script>
	<script type="application/json" class="joomla-script-options new">{{"data":{{"breakpoints":{{"tablet":991,"mobile":480}},"header":{{"stickyOffset":"100"}}}},"joomla.jtext":{{"ERROR":"\\u062e\\u0637\\u0623","MESSAGE":"\\u0631\\u0633\\u0627\\u0644\\u0629"}},"system.paths":{{"root":"","rootFull":"{HOST}\\/","base":"","baseFull":"{HOST}\\/"}},"csrf.token":"7d1f0a9c3b5e42c8a6f14e2b9d0c8a71"}}</script>
	<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
	<script src="{TPL}/js/bootstrap.bundle.min.js"></script>
	<script src="{TPL}/js/main.js"></script>
	<script>template="shaper_helixultimate";</script>
	<meta property="og:type" content="article" />
	<meta property="og:url" content="{url}" />
	<meta property="og:title" content="{e(article.headline)}" />
	<meta property="og:description" content="{e(desc)}" />
	<meta property="og:image" content="{image}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:site" content="@helix_jazair" />
	<meta name="twitter:title" content="{e(article.headline)}" />
	<meta name="twitter:description" content="{e(desc)}" />
	<meta name="twitter:image" content="{image}" />
			</head>
	<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-{110 + n} ar-aa rtl sticky-header layout-fluid offcanvas-init offcanvs-position-right">
		<div class="body-wrapper">
			<div class="body-innerwrapper">
	<div class="sticky-header-placeholder"></div>
<div id="sp-top-bar">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-top1" class="col-lg-6">
					<div class="sp-column text-center text-lg-start">
													<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/helixjazair" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-youtube"><a target="_blank" rel="noopener noreferrer" href="https://www.youtube.com/@helixjazair" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul>
					</div>
				</div>
				<div id="sp-top2" class="col-lg-6">
					<div class="sp-column text-center text-lg-end">
						<ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:+21336845210">{PHONE}</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:{MAIL}">{MAIL}</a></li></ul>
					</div>
				</div>
			</div>
		</div>
	</div>
</div>
<header id="sp-header">
	<div class="container">
		<div class="container-inner">
			<div class="row">
				<div id="sp-logo" class="col-auto">
					<div class="sp-column">
						<div class="logo"><a href="/">
				<img class="logo-image  d-none d-lg-inline-block" src="/images/logo-hidhab.png" alt="{SITE}">
				<img class="logo-image-phone d-inline-block d-lg-none" src="/images/logo-hidhab-m.png" alt="{SITE}">
				</a></div>
					</div>
				</div>
				<div id="sp-menu" class="col-auto flex-auto">
					<div class="sp-column d-flex justify-content-end align-items-center">
						<nav class="sp-megamenu-wrapper d-flex" role="navigation"><a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">{menu}</ul></nav>
					</div>
				</div>
			</div>
		</div>
	</div>
</header>
<section id="sp-section-1" >
				<div class="row">
	<div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">{cat}</h2>
<nav class="mod-breadcrumbs__wrapper" aria-label="مسار التنقل">
	<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
					<li class="mod-breadcrumbs__here float-start">
				{HERE}&#160;
			</li>
		<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">الرئيسية</span></a>				<meta itemprop="position" content="1">
			</li>
					<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{cat_path}" class="pathway"><span itemprop="name">{cat}</span></a>				<meta itemprop="position" content="2">
			</li>
					<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{e(article.headline)}</span>				<meta itemprop="position" content="3">
			</li>
		</ol>
</nav>
</div></div></div></div></div>
				</div>
	</section>
<section id="sp-main-body" >
										<div class="container">
					<div class="container-inner">
<div class="row">
<main id="sp-component" class="col-lg-9 ">
	<div class="sp-column ">
		<div id="system-message-container" aria-live="polite">
	</div>
		<div class="article-details " itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="ar-AA">
					{full_image}
		<div class="article-header">
					<h1 itemprop="headline">
				{e(article.headline)}			</h1>
									</div>
		<div class="article-can-edit d-flex flex-wrap justify-content-between">
				</div>
				{info}
		<div class="article-ratings-social-share d-flex justify-content-end">
			<div class="me-auto align-self-center">
				{rating}			</div>
			<div>
				<div class="article-social-share">
	<div class="social-share-icon">
		<ul>{share}
			</ul>
		</div>
	</div>
			</div>
		</div>
	<div itemprop="articleBody">
		{_text(article, n)} 	</div>
		<ul class="tags list-inline">{tags}
			</ul>
<nav class="pagenavigation" aria-label="التنقل بين الصفحات">
	<span class="pagination ms-0">{nav_prev}{nav_next}
		</span>
</nav>
				</div>
	<div class="related-article-list-container">
	<h3 class="related-article-title"> {RELATED} </h3>
		<ul class="article-list related-article-list">{"".join(related)}
		</ul>
	</div>
			</div>
</main>
<aside id="sp-right" class="col-lg-3 "><div class="sp-column ">{_sp_module("", search)}{_sp_module(MOST, _list("mostread", most, 4700 + n))}{_sp_module(LAST, _list("latestnews", latest, 5300 + n))}</div></aside></div>
											</div>
				</div>
	</section>
<section id="sp-bottom" >
						<div class="container">
				<div class="container-inner">
					<div class="row">
	<div id="sp-bottom1" class="col-lg-6 "><div class="sp-column ">{_sp_module(ABOUT_TITLE, f'<div id="mod-custom{120 + n}" class="mod-custom custom"><p>{ABOUT}</p></div>')}</div></div><div id="sp-bottom2" class="col-lg-6 "><div class="sp-column ">{_sp_module(LINKS_TITLE, f'<ul class="menu">{links}</ul>')}</div></div></div>
									</div>
			</div>
	</section>
<footer id="sp-footer" >
						<div class="container">
				<div class="container-inner">
					<div class="row">
	<div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© {moment.year} {SITE}. جميع الحقوق محفوظة.</span></div></div></div>
									</div>
			</div>
	</footer>
			</div>
		</div>
		<!-- Off Canvas Menu -->
		<div class="offcanvas-overlay"></div>
					<div class="offcanvas-menu">
	<div class="d-flex align-items-center p-3 pt-4">
				<a href="#" class="close-offcanvas" aria-label="Close Off-canvas">
			<div class="burger-icon"><span></span><span></span><span></span></div>
		</a>
	</div>
	<div class="offcanvas-inner">
		<div class="d-flex header-modules mb-3">
					</div>
					<div class="sp-module "><div class="sp-module-content"><ul class="menu nav-pills">{off_menu}</ul>
</div></div>
		<!-- custom module position -->
	</div>
</div>
		<!-- Go to top -->
					<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
					</body>
</html>
"""
    return page
