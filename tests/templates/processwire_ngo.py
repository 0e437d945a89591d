"""A Lebanese NGO's news pages ("جمعية سنابل للتنمية المجتمعية", Tyre) on ProcessWire 3, built
on the site-default profile's `_main.php` and rendered through Markup Regions (the template file
outputs `<head id='html-head' pw-append>`, `<div id='content'>` and `<aside id='sidebar'
pw-prepend>`; ProcessWire merges them and strips the pw-* attributes, so the page carries the
merged regions: `head#html-head`, `body#html-body` with the template class merged in). The
head: `<title>` "headline | جمعية سنابل", description from the `summary` field, canonical,
og/twitter meta (og:image only when the `images` field holds one), the hreflang links of
LanguageSupportPageNames, the templates' main.css and Tajawal webfont, JqueryCore.js from
/wire/modules and main.js; no JSON-LD. The body, as the profile prints it: the skip link, the
masthead with logo, tagline and social links, `ul.topnav` (the current root parent carries
`<span class='visually-hidden'>الصفحة الحالية: </span>`), the language switch, the `form.search`
and `div.breadcrumbs` built from `$page->parents()` then the page's own title in a `<span>`
(page 3 sits one level deeper, under "بيانات صحفية"). `#main` > `#content`: `h1#content-head`,
`p.news-meta` with the `date` field as "14 أيار 2024" (Levantine month names, the template's
`j F Y`) in a `<time>` whose datetime is Beirut local time with its offset, an "إعداد: ..." byline
on page 1 only, the `categories` page references as links; page 1 then has the first `images`
item in `figure.news-image` with its description as `<figcaption>` and a two-image gallery whose
descriptions are only alt text; `div#content-body` holds the CKEditor `body` (page 1: bold
words, an `<h3>` subheading and an inline link; page 2: an inline link, then a `files` field
list "تحميل التقرير" with the PDF's size; page 3: a TextformatterVideoEmbed YouTube block after
the second paragraph and "آخر تحديث" from `modified`). Then the share links, "الخبر السابق" /
"الخبر التالي". `#sidebar`: "آخر الأخبار" (titles and dates) followed by the MarkupPagerNav
`ul.MarkupPagerNav` of the news list (Arabic labels from the language pack, digits, "التالي"),
the categories with counts, a donate box and the newsletter form; the footer with the address,
"علم وخبر" registration line, copyright and the profile's "Powered by ProcessWire CMS / Admin
Login" line. All of that is chrome; the body is the CKEditor paragraphs and subheading."""

from __future__ import annotations

from datetime import timedelta

from .base import LEVANTINE, Article, Page, e

NAME = "processwire_ngo"
HELD_OUT = True
SET = "unseen28"
FAMILY = ("ProcessWire 3 site-default profile via Markup Regions: Lebanese NGO news, #content/"
          "#sidebar, date field, categories page refs, images description, MarkupPagerNav")
HOST = "https://pw-jameya.example"
SITE = "جمعية سنابل للتنمية المجتمعية"
SHORT = "جمعية سنابل"
TAGLINE = "نعمل مع المجتمعات المحلية في صور والجنوب منذ عام 2009"
SOCIAL = ("فيسبوك", "إنستغرام", "يوتيوب")
NAV = (("/", "الرئيسية"), ("/about/", "من نحن"), ("/programs/", "برامجنا"),
       ("/news/", "الأخبار"), ("/reports/", "تقارير ومنشورات"), ("/volunteer/", "تطوع معنا"),
       ("/contact/", "تواصل معنا"))
CURRENT = "الصفحة الحالية:"
SKIP = "انتقل إلى المحتوى"
LANG = "English"
SEARCH = ("بحث:", "بحث")
PAGE_IDS = {1: 1342, 2: 1387, 3: 1415}
NAMES = {1: "vocational-training-launch-2024", 2: "water-field-report-2024",
         3: "winter-heating-kits-returnees"}
SHOW_AUTHOR = {1}
BYLINE = "إعداد:"
CATS_LABEL = "التصنيف:"
# (page) -> (paragraph index, phrase) the editor bolded / linked in CKEditor
BOLD = {1: (2, "سبعاً من كل عشر شابات")}
LINKED = {1: (6, "صفحة برنامج التدريب المهني", "/programs/vocational-training/"),
          2: (2, "التقرير الكامل", "/reports/water-2024/")}
SUBHEAD = {1: 3}  # paragraph index printed as <h3>
GALLERY = ("متدربة تعمل على ماكينة الخياطة", "قاعة الحاسوب في مركز البص")
FILES = {2: ("تحميل التقرير", "water-report-tyre-2024.pdf", "تقرير المياه في تجمعات جنوب صور",
             "PDF، 1.8 ميغابايت")}
VIDEO = {3: ("Qm4x7Lr2VbE", 2)}  # after this many paragraphs
UPDATED = {3: timedelta(days=2, hours=3)}
UPDATED_LABEL = "آخر تحديث:"
SHARE = ("شارك الخبر:", "فيسبوك", "واتساب", "إكس", "طباعة")
PREV_NEXT = {
    1: (("الخبر السابق", "جلسة توعية حول حقوق العاملات في الزراعة ببلدة القليلة"),
        ("الخبر التالي", "حملة تنظيف لشاطئ صور بمشاركة مئتي متطوع")),
    2: (("الخبر السابق", "حملة تنظيف لشاطئ صور بمشاركة مئتي متطوع"),
        ("الخبر التالي", "مخيم صيفي لأطفال التجمعات بمشاركة ثلاثمئة طفل وطفلة")),
    3: (("الخبر السابق", "نداء عاجل لتأمين فرش وأغطية للعائلات النازحة في مدارس صور"), None),
}
LATEST = "آخر الأخبار"
PAGER_PAGES = {1: 6, 2: 7, 3: 9}
NEXT = "التالي"
CATEGORIES = "التصنيفات"
CAT_COUNTS = (("التدريب المهني", 14), ("المياه", 6), ("الاستجابة الطارئة", 23),
              ("الصحة النفسية", 9), ("البيئة", 5))
DONATE = ("ادعم برامجنا", "تبرعك يصل مباشرة إلى الأسر التي نعمل معها في صور وقراها.",
          "تبرع الآن")
NEWSLETTER = ("النشرة الشهرية", "اشترك ليصلك ملخص أنشطة الجمعية أول كل شهر.", "اشتراك")
FOOTER = ("صور – جنوب لبنان، شارع أبو ديب، بناية الأمل، الطابق الثاني", "هاتف: 07 345 210",
          "علم وخبر رقم 1187/أد تاريخ 12 آذار 2009")
POWERED = "Powered by ProcessWire CMS"
ADMIN = "Admin Login"


def _date(moment) -> str:
    return f"{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _paragraph(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        _, words, path = LINKED[n]
        html = html.replace(e(words), f'<a href="{HOST}{path}">{e(words)}</a>', 1)
    if SUBHEAD.get(n) == k:
        return f"<h3>{html}</h3>"
    return f"<p>{html}</p>"


def _body(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        if n in VIDEO and k == VIDEO[n][1]:
            vid = VIDEO[n][0]
            out.append(
                "<div class='TextformatterVideoEmbed' style='position:relative;margin:1em 0;"
                "padding-bottom:56.25%;height:0;overflow:hidden;'><iframe style='position:"
                "absolute;top:0;left:0;width:100%;height:100%;' width=\"640\" height=\"360\" "
                f"src=\"https://www.youtube.com/embed/{vid}?feature=oembed\" frameborder=\"0\" "
                "allow=\"accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; "
                "picture-in-picture\" allowfullscreen></iframe></div>")
        out.append(_paragraph(article, n, k, text))
    return "\n".join(out)


def _pager(n: int) -> str:
    total = PAGER_PAGES[n]
    items = ["\n\t<li aria-label='الصفحة 1، الصفحة الحالية' class='MarkupPagerNavOn "
             "MarkupPagerNavFirst MarkupPagerNavFirstNum' aria-current='true'><a href='/news/'>"
             "<span>1</span></a></li>"]
    for k in range(2, total + 1):
        label, cls = f"الصفحة {k}", ""
        if k == total:
            label, cls = f"الصفحة {k}، الصفحة الأخيرة", "MarkupPagerNavLastNum"
        items.append(f"\n\t<li aria-label='{label}' class='{cls}' ><a href='/news/page{k}'>"
                     f"<span>{k}</span></a></li>")
    items.append("\n\t<li aria-label='الصفحة التالية' class='MarkupPagerNavNext MarkupPagerNav"
                 f"Last' ><a href='/news/page2'><span>{NEXT}</span></a></li>")
    return ("\n<ul class='MarkupPagerNav' role='navigation' aria-label='روابط الصفحات'>"
            + "".join(items) + "\n</ul>")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid, name = PAGE_IDS[n], NAMES[n]
    statement = article.section == "بيانات صحفية"
    parent_path = "/news/statements/" if statement else "/news/"
    path = f"{parent_path}{name}/"
    url = HOST + path
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    year = moment.year

    # masthead, nav, breadcrumbs (the site's name opens every lead: the footer line carries it)
    page.add(SKIP, TAGLINE, *SOCIAL, *(label for _, label in NAV), CURRENT, LANG, *SEARCH)
    nav = []
    for href, label in NAV:
        if href == "/news/":
            nav.append(f"<li class='current'><span class='visually-hidden'>{CURRENT} </span>"
                       f"<a href='{href}'>{label}</a></li>")
        else:
            nav.append(f"<li><a href='{href}'>{label}</a></li>")
    crumbs = [("/", "الرئيسية"), ("/news/", "الأخبار")]
    if statement:
        crumbs.append(("/news/statements/", "بيانات صحفية"))
        page.add("بيانات صحفية")
    crumb_html = "".join(f"<span><a href='{h}'>{t}</a></span> " for h, t in crumbs)

    # content meta: date, byline, categories
    page.add(shown, CATS_LABEL, *article.tags)
    byline = ""
    if n in SHOW_AUTHOR and article.author:
        byline = (f"\n\t\t\t\t<span class='author'>{BYLINE} <a href='/news/?author={pid - 1300}'>"
                  f"{e(article.author)}</a></span>")
        page.add(f"{BYLINE} {article.author}")
    cats = " ".join(f"<a href='/categories/{k + 1}{pid % 7}/'>{e(t)}</a>"
                    for k, t in enumerate(article.tags))
    figure = ""
    head_extra = ""
    og_image = f"{HOST}/site/templates/styles/images/sanabel-og.png"
    if article.caption != "-":
        img = f"/site/assets/files/{pid}/tyre-training-01.800x0.jpg"
        og_image = HOST + img
        page.add(article.caption)
        thumbs = "".join(
            f"\n\t\t\t\t\t<li><a href='/site/assets/files/{pid}/tyre-training-0{k + 2}.jpg' "
            f"data-lightbox='gallery'><img src='/site/assets/files/{pid}/tyre-training-0{k + 2}"
            f".260x180.jpg' alt='{e(alt)}' width='260' height='180'></a></li>"
            for k, alt in enumerate(GALLERY))
        figure = f"""
			<figure class='news-image'>
				<a href='/site/assets/files/{pid}/tyre-training-01.jpg' data-lightbox='gallery'><img src='{img}' alt='{e(article.caption)}' width='800' height='533'></a>
				<figcaption>{e(article.caption)}</figcaption>
			</figure>
			<ul class='news-gallery'>{thumbs}
			</ul>"""
        head_extra = ("\n\t<link rel='stylesheet' href='/site/templates/scripts/lightbox/css/"
                      "lightbox.min.css'>\n\t<script src='/site/templates/scripts/lightbox/js/"
                      "lightbox.min.js'></script>")

    files = ""
    if n in FILES:
        heading, fname, desc, size = FILES[n]
        page.add(heading, desc, f"({size})")
        files = f"""
			<div class='news-files'>
				<h4>{heading}</h4>
				<ul>
					<li><a href='/site/assets/files/{pid}/{fname}' target='_blank'>{desc}</a> <small>({size})</small></li>
				</ul>
			</div>"""
    updated = ""
    if n in UPDATED:
        line = f"{UPDATED_LABEL} {_date(moment + UPDATED[n])}"
        page.add(line)
        updated = f"\n\t\t\t<p class='news-updated uk-text-muted'><small>{line}</small></p>"

    page.add(*SHARE)
    enc = url.replace(":", "%3A").replace("/", "%2F")
    share = f"""
			<div class='share-links'>
				<span>{SHARE[0]}</span>
				<a class='share-facebook' href='https://www.facebook.com/sharer/sharer.php?u={enc}' target='_blank' rel='noopener'>{SHARE[1]}</a>
				<a class='share-whatsapp' href='https://wa.me/?text={enc}' target='_blank' rel='noopener'>{SHARE[2]}</a>
				<a class='share-x' href='https://x.com/intent/post?url={enc}' target='_blank' rel='noopener'>{SHARE[3]}</a>
				<a class='share-print' href='javascript:window.print()'>{SHARE[4]}</a>
			</div>"""
    prev_next = []
    for k, item in enumerate(PREV_NEXT[n]):
        if not item:
            continue
        label, title = item
        page.add(label, title)
        cls = "prev-news" if k == 0 else "next-news"
        prev_next.append(f"\n\t\t\t\t<p class='{cls}'>{label}: <a href='/news/{pid - 3 + 6 * k}/'>"
                         f"{e(title)}</a></p>")
        page.add(f"{label}: {title}")

    # sidebar
    page.add(LATEST, NEXT, CATEGORIES, *DONATE, *NEWSLETTER)
    latest = []
    for k, title in enumerate(article.related):
        when = _date(moment - timedelta(days=4 + 9 * k))
        page.add(title, when)
        latest.append(f"<li><a href='/news/n{pid - 11 * (k + 1)}/'>{e(title)}</a><br>"
                      f"<small class='date'>{when}</small></li>")
    cat_items = []
    for k, (cname, count) in enumerate(CAT_COUNTS):
        page.add(f"{cname} ({count})")
        cat_items.append(f"<li><a href='/categories/{k + 1}/'>{cname}</a> "
                         f"<span class='count'>({count})</span></li>")

    page.add(*FOOTER, f"© {year} {SITE}", POWERED, ADMIN)
    desc = article.lead[:155].rsplit(" ", 1)[0] + "..."
    body_class = "template-news-item has-sidebar" + (" has-image" if figure else "")
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head id='html-head'>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title id='html-title'>{e(article.headline)} | {SHORT}</title>
	<meta name="description" content="{e(desc)}" />
	<link rel="canonical" href="{url}" />
	<link rel="alternate" hreflang="ar" href="{url}" />
	<link rel="alternate" hreflang="en" href="{HOST}/en{path}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(article.headline)}" />
	<meta property="og:description" content="{e(desc)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:image" content="{og_image}" />
	<meta name="twitter:card" content="summary_large_image" />
	<link href='//fonts.googleapis.com/css2?family=Tajawal:wght@400;700&display=swap' rel='stylesheet' type='text/css' />
	<link rel="stylesheet" type="text/css" href="/site/templates/styles/main.css?v=3.0.229" />
	<link rel="icon" href="/site/templates/styles/images/favicon.png" />
	<script src="/wire/modules/Jquery/JqueryCore/JqueryCore.js?v=183"></script>
	<script src="/site/templates/scripts/main.js?v=3.0.229"></script>{head_extra}
</head>
<body id='html-body' class="{body_class}">

	<a href="#main" class="visually-hidden element-focusable bypass-to-main">{SKIP}</a>

	<!-- masthead -->
	<header id='masthead'>
		<a href='/' class='logo'><img src='/site/templates/styles/images/sanabel-logo.svg' alt='{SHORT}' width='180' height='64' /></a>
		<p class='site-name'>{SITE}</p>
		<p class='tagline'>{TAGLINE}</p>
		<ul class='social'>
			<li><a href='https://www.facebook.com/sanabel.tyre' target='_blank'>{SOCIAL[0]}</a></li>
			<li><a href='https://www.instagram.com/sanabel.tyre' target='_blank'>{SOCIAL[1]}</a></li>
			<li><a href='https://www.youtube.com/@sanabeltyre' target='_blank'>{SOCIAL[2]}</a></li>
		</ul>
	</header>

	<!-- top navigation -->
	<ul class='topnav' role='navigation'>{"".join(nav)}</ul>

	<ul class='languages'><li><a hreflang='en' href='/en{path}'>{LANG}</a></li></ul>

	<!-- search form-->
	<form class='search' action='/search/' method='get'>
		<label for='search' class='visually-hidden'>{SEARCH[0]}</label>
		<input type='text' name='q' placeholder='ابحث في الموقع' id='search' value='' />
		<button type='submit' name='submit' class='visually-hidden'>{SEARCH[1]}</button>
	</form>

	<!-- breadcrumbs -->
	<div class='breadcrumbs' role='navigation' aria-label='أنت هنا:'>{crumb_html}<span>{e(article.headline)}</span> </div>

	<div id='main'>

		<!-- main content -->
		<div id='content'>
			<h1 id='content-head'>{e(article.headline)}</h1>
			<p class='news-meta'>
				<time class='date' datetime='{moment.isoformat()}'>{shown}</time>{byline}
				<span class='categories'>{CATS_LABEL} {cats}</span>
			</p>{figure}
			<div id='content-body' class='body'>
{_body(article, n)}
			</div>{files}{updated}{share}
			<div class='news-pagination'>{"".join(prev_next)}
			</div>
		</div>

		<!-- sidebar content -->
		<aside id='sidebar'>
			<h3>{LATEST}</h3>
			<ul class='news-list'>{"".join(latest)}</ul>
			{_pager(n)}
			<h3>{CATEGORIES}</h3>
			<ul class='category-list'>{"".join(cat_items)}</ul>
			<div class='donate-box'>
				<h3>{DONATE[0]}</h3>
				<p>{DONATE[1]}</p>
				<a class='button' href='/donate/'>{DONATE[2]}</a>
			</div>
			<form class='newsletter' action='/newsletter/' method='post'>
				<h3>{NEWSLETTER[0]}</h3>
				<p>{NEWSLETTER[1]}</p>
				<input type='email' name='email' placeholder='بريدك الإلكتروني' required />
				<button type='submit'>{NEWSLETTER[2]}</button>
			</form>
		</aside>

	</div>

	<!-- footer -->
	<footer id='footer'>
		<p class='address'>{FOOTER[0]}<br />{FOOTER[1]}</p>
		<p class='registration'>{FOOTER[2]}</p>
		<p>
		&copy; {year} {SITE} &nbsp; / &nbsp;
		Powered by <a href='http://processwire.com'>ProcessWire CMS</a>  &nbsp; / &nbsp;
		<a href='/processwire/'>{ADMIN}</a>		</p>
	</footer>

</body>
</html>
"""
    return page
