"""A Saudi chamber of commerce's news ("المركز الإعلامي") on Odoo 17 Website Blog, as served to a
public visitor. Head: `<html lang="ar-001" dir="rtl" data-website-id="1" data-main-object=
"blog.post(41,)">`, Odoo generator meta, description = subtitle, og meta (article, bare headline,
cover image) with `article:published_time`/`modified_time` printed as naive UTC with a space
("2024-09-02 21:40:00"), one `article:tag` each, twitter meta, hreflang alternates, `<title>`
"headline | غرفة الشمال للتجارة والصناعة", the `/web/assets/1/<hash>/web.assets_frontend.rtl.min.css`
bundle, odooscript/`__session_info__` scripts. Body: `#wrapwrap.o_rtl`, skip link,
`header#top.o_header_standard` (logo, `#top_menu`, `js_language_selector` with Odoo's names
" الْعَرَبيّة"/"English (US)", sign-in, CTA) and the mobile offcanvas repeating them. `#wrap.js_blog`:
full-width cover `o_record_cover_container` with `.o_wblog_post_title` (`h1#o_wblog_post_name`,
`#o_wblog_post_subtitle`); `#o_wblog_post_main` with "Show Sidebar" on: breadcrumb ("كافة
المدونات" / blog / headline), body in `.o_wblog_post_content_field.o_wblog_read_text` as editor
snippets (`s_text_block`, `s_image_text`, page 1's `s_blockquote` holding the chairman's quote),
`.o_wblog_post_tags` ("في <blog>", "#", badges); sidebar: avatar, author, the post date in Babel's
Arabic long format in Asia/Riyadh time ("12 مايو 2024"), "شارك هذا المنشور" +
`o_wblog_social_links`, tags, "مدوناتنا", "الأرشيف" month select ("مايو 2024" options). Then the
read-next cover `#o_wblog_next_container` (next post's name and subtitle; "قراءة التالي" only as a
title attribute), footer `o_footer` (links, about, contact), copyright bar ("حقوق النشر © ...",
"مشغل بواسطة" + Odoo badge). Page 1: a named journalist, image with an editor-typed caption, bold
words, blockquote. Pages 2-3: posted by the generic "المركز الإعلامي" account (no writer named);
page 2 is short, posted 00:40 Riyadh time (meta UTC time the day before), bold words, an empty
trailing paragraph; page 3, in the second blog "التقارير الاقتصادية", has a chart image without
caption, an `h3` subheading and an inline link. Subtitles are chrome."""

from __future__ import annotations

from datetime import UTC, timedelta
from html import escape

from .base import MONTHS, Article, Page, e

NAME = "odoo_website_blog"
HELD_OUT = True
SET = "unseen16"
FAMILY = "Odoo 17 Website Blog post (chamber of commerce news): record cover title, sidebar author/date, share, tags, archive select, read-next cover"
HOST = "https://ghurfat-altijara.example"
SITE = "غرفة الشمال للتجارة والصناعة"
LOCAL = timedelta(hours=3)
BLOGS = {"الأخبار": ("news-1", 1), "التقارير الاقتصادية": ("reports-2", 2)}
MENU = (("/", "الرئيسية"), ("/about-us", "عن الغرفة"), ("/services", "خدمات المنتسبين"),
        ("/blog", "المركز الإعلامي"), ("/event", "الفعاليات"), ("/contactus", "اتصل بنا"))
ARABIC, ENGLISH = "الْعَرَبيّة", "English (US)"
SKIP, SIGN_IN, CTA = "التخطي إلى المحتوى", "تسجيل الدخول", "تواصل معنا"
ALL_BLOGS, IN_BLOG = "كافة المدونات", "في"
SHARE, TAGS, OUR_BLOGS, ARCHIVE, ALL_DATES = ("شارك هذا المنشور", "علامات التصنيف", "مدوناتنا",
                                              "الأرشيف", "-- كافة التواريخ")
MEDIA_ACCOUNT = "المركز الإعلامي"
FOOT_LINKS = ("روابط مهمة", (("/", "الرئيسية"), ("/members", "دليل المنتسبين"),
                             ("/eservices", "بوابة المنتسبين"), ("/privacy", "سياسة الخصوصية")))
ABOUT = ("عن الغرفة", "غرفة الشمال للتجارة والصناعة هيئة مستقلة تمثل قطاع الأعمال في منطقة "
         "الحدود الشمالية، وتعمل على خدمة منتسبيها وتنمية الاقتصاد المحلي منذ عام 1985.")
EMAIL, PHONE, ADDRESS = ("media@ghurfat-altijara.example", "+966 14 662 1000",
                         "عرعر، طريق الملك عبدالعزيز")
COPYRIGHT = "حقوق النشر © " + SITE
POWERED, FREE_SITE = "مشغل بواسطة", "أنشئ موقعاً إلكترونياً مجانياً"
SUBTITLE = {1: "38 فرصة استثمارية في الطاقة والتعدين والخدمات اللوجستية على طاولة المستثمرين",
            2: "مختصون يشرحون متطلبات المرحلة الثانية للمنشآت الصغيرة والمتوسطة",
            3: "التقرير الربعي لمركز المعلومات والدراسات بالغرفة"}
NEXT = {1: (44, "لقاءات ثنائية مع 30 شركة أردنية في مقر الغرفة بعرعر", "2262-a4f0c913/amman-visit.webp"),
        2: (59, "الدوام من الثامنة صباحا حتى الثالثة عصرا طوال أشهر الصيف", "2401-3c7e55b0/e-cert.webp"),
        3: (66, "نتائج المسح الفصلي لمنتسبي الغرفة", "2603-9e21d4aa/update-data.webp")}
COVER = {1: ("2217-5b1e9c4d/forum-2024-cover.webp", "cover_mid", "0.4"),
         2: ("2390-e1a07c33/einvoice-workshop.webp", "cover_auto", "0.5"),
         3: ("2588-41c9b2ee/q4-report-cover.webp", "cover_mid", "0.3")}
AUTHOR_ID = {1: 18, 2: 7, 3: 7}
BOLD = {1: (0, "38 فرصة استثمارية"), 2: (1, "ستة أشهر على الأقل")}
LINK = (3, "منصة المركز السعودي للأعمال", "https://business.sa/")
# The blog's archive select, as rendered when the pages were fetched (February 2025).
ARCHIVE_MONTHS = {1: ((2025, (2, 1)), (2024, (12, 11, 10, 9, 8, 6, 5, 4, 3, 2))),
                  2: ((2025, (1,)), (2024, (10, 7, 4)))}
BUNDLE = ("9c41f27", "3b8e0d5", "e7a2c19")
TITLE_PH, SUB_PH = "عنوان منشور المدونة", "العنوان الفرعي"
FLEX = "container text-center position-relative h-100 d-flex flex-column flex-grow-1 justify-content-around"


def _long(moment) -> str:
    """Babel's `long` date for ar_001 ("d MMMM y"), in the site's Asia/Riyadh time."""
    local = moment.astimezone(UTC) + LOCAL
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


def _naive_utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S}"


def _para(n: int, k: int, text: str, style: str = "") -> str:
    html = escape(text, quote=False)  # the editor's HTML field keeps quotes raw in text
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<b>{e(BOLD[n][1])}</b>", 1)
    if n == 3 and k == LINK[0]:
        html = html.replace(e(LINK[1]), f'<a href="{LINK[2]}" target="_blank">{e(LINK[1])}</a>', 1)
    return f"<p{style}>{html}</p>"


def _text_block(inner: list[str], pad: str = "pt32 pb32") -> str:
    lines = "\n".join(f"        {x}" for x in inner)
    return (f'<section class="s_text_block {pad} o_colored_level" data-snippet="s_text_block" data-name="Text" style="background-image: none;">\n    <div class="s_allow_columns container">\n{lines}\n    </div>\n</section>')


def _image_text(img: str, side: list[str]) -> str:
    col = '            <div class="col-lg-6 pt16 pb16 o_colored_level">\n'
    lines = "\n".join(f"                {x}" for x in side)
    return (f'<section class="s_image_text pt16 pb16 o_colored_level" data-snippet="s_image_text" data-name="Image - Text" style="background-image: none;">\n    <div class="container">\n        <div class="row align-items-center">\n{col}                {img}\n            </div>\n{col}{lines}\n            </div>\n        </div>\n    </div>\n</section>')


def _content(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    style = ' style="text-align: justify;"' if n == 3 else ""
    p = [_para(n, k - 1, text, style) for k, text in enumerate(paras)]
    if n == 2:
        return _text_block([*p, "<p><br></p>"])
    if n == 3:
        img = ('<img src="/web/image/2592-77d0a3f8/q4-2024-registrations-chart.webp" alt="إنفوغرافيك السجلات التجارية الجديدة" class="img img-fluid mx-auto" data-mimetype="image/webp" data-original-id="2591" data-resize-width="690" loading="lazy">')
        return "\n".join([_text_block(p[:2], "pt32 pb16"),
                          _image_text(img, [f"<h3>{e(paras[2])}</h3>", p[3]]),
                          _text_block(p[4:], "pt16 pb32")])
    img = (f'<img src="/web/image/2231-0c7d9e41/forum-closing-session.webp" alt="" class="img img-fluid mx-auto rounded" data-mimetype="image/webp" data-original-id="2230" data-original-src="/web/image/2230-9a8b7c6d/forum-closing-session.jpg" data-mimetype-before-conversion="image/jpeg" data-resize-width="1024" loading="lazy">\n                <p class="text-center mt-2"><em><font class="text-600">{e(article.caption)}</font></em></p>')
    quote = (f'<blockquote class="s_blockquote s_blockquote_classic blockquote o_animable o_colored_level" data-snippet="s_blockquote" data-name="Blockquote">\n            <i class="fa fa-1x fa-quote-left rounded-0 bg-o-color-2 s_blockquote_icon"></i>\n            <div class="s_blockquote_content o_cc1">\n                {p[5]}\n            </div>\n        </blockquote>')
    return "\n".join([_text_block(p[:2], "pt32 pb16"), _image_text(img, p[2:4]),
                      _text_block([p[4], quote, p[6]], "pt16 pb32")])


def _cover(post_id: int, n: int, image: str, inner: str, extra: str, name: bool = True) -> str:
    _, size, opacity = COVER[n]
    label = 'data-name="غلاف منشور المدونة" data-use_size="True" ' if name else ""
    return (f'<div {label}data-use_filters="True" data-res-model="blog.post" data-res-id="{post_id}" class="o_record_cover_container d-flex flex-column h-100 o_colored_level o_cc o_cc3 o_cc {size} o_record_has_cover {extra}">\n        <div class="o_record_cover_component o_record_cover_image " style="background-image: url(/web/image/{image});"></div>\n        <div class="o_record_cover_component o_record_cover_filter oe_black" style="opacity: {opacity};"></div>\n{inner}\n    </div>')


def _menu() -> str:
    return "\n".join(f'                <li role="presentation" class="nav-item">\n                    <a role="menuitem" href="{href}" class="nav-link{" active" if href == "/blog" else " "}"><span>{label}</span></a>\n                </li>' for href, label in MENU)


def _langs(path: str) -> str:
    return f"""<li data-name="Language Selector" class="o_header_language_selector "><div class="js_language_selector  dropdown d-print-none">
            <button type="button" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="true" class="border-0 dropdown-toggle nav-link"><span class="align-middle"> {ARABIC}</span></button>
            <div role="menu" class="dropdown-menu dropdown-menu-end">
                <a class="dropdown-item js_change_lang active" role="menuitem" href="{path}" data-url_code="ar" title=" {ARABIC}"><span class="align-middle"> {ARABIC}</span></a>
                <a class="dropdown-item js_change_lang " role="menuitem" href="/en{path}" data-url_code="en" title="{ENGLISH}"><span class="align-middle">{ENGLISH}</span></a>
            </div>
        </div></li>"""


def _header(path: str) -> str:
    logo = (f'<a data-name="Navbar Logo" href="/" class="navbar-brand logo me-4"><span role="img" aria-label="Logo of {SITE}" title="{SITE}"><img src="/web/image/website/1/logo/{SITE}?unique=4c2e8a1" class="img img-fluid" width="95" height="40" alt="{SITE}" loading="lazy"></span></a>')
    return f"""<header id="top" data-anchor="true" data-name="Header" class="  o_header_standard">
    <nav data-name="Navbar" aria-label="Main" class="navbar navbar-expand-lg navbar-light o_colored_level o_cc d-none d-lg-block shadow-sm ">
        <div id="o_main_nav" class="o_main_nav container">
            {logo}
            <ul id="top_menu" role="menu" class="nav navbar-nav top_menu o_menu_loading me-auto">
{_menu()}
            </ul>
            <ul class="navbar-nav align-items-center gap-2 flex-shrink-0 justify-content-end ps-3">
    {_langs(path)}
                <li class=" o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary">{SIGN_IN}</a></li>
                <li class=""><div class="oe_structure oe_structure_solo ms-2"><section class="oe_unremovable oe_unmovable s_text_block" data-snippet="s_text_block" data-name="Text"><div class="container"><a href="/contactus" class="oe_unremovable btn btn-primary btn_cta">{CTA}</a></div></section></div></li>
            </ul>
        </div>
    </nav>
    <nav data-name="Navbar" aria-label="Mobile" class="navbar  navbar-light o_colored_level o_cc o_header_mobile d-block d-lg-none shadow-sm ">
        <div class="o_main_nav container flex-wrap justify-content-between">
            {logo.replace(" me-4", " ")}
            <ul class="o_header_mobile_buttons_wrap navbar-nav flex-row align-items-center gap-2 mb-0"><li><button class="nav-link btn me-auto p-2 o_not_editable" type="button" data-bs-toggle="offcanvas" data-bs-target="#top_menu_collapse_mobile" aria-controls="top_menu_collapse_mobile" aria-expanded="false" aria-label="تبديل التنقل"><span class="navbar-toggler-icon"></span></button></li></ul>
            <div id="top_menu_collapse_mobile" class="offcanvas offcanvas-end o_navbar_mobile"><div class="offcanvas-header justify-content-end o_not_editable"><button type="button" class="nav-link btn-close" data-bs-dismiss="offcanvas" aria-label="إغلاق"></button></div>
                <div class="offcanvas-body d-flex flex-column justify-content-between h-100 w-100">
                    <ul class="navbar-nav"><ul role="menu" class="nav navbar-nav top_menu  ">
{_menu()}
                    </ul></ul>
                    <ul class="navbar-nav gap-2 mt-3 w-100">
    {_langs(path)}
                        <li class=" o_no_autohide_item"><a href="/web/login" class="btn btn-outline-secondary w-100">{SIGN_IN}</a></li>
                    </ul>
                </div></div>
        </div>
    </nav>
</header>"""


def _archive(which: int, blog_slug: str) -> tuple[str, list[str]]:
    groups = [f'        <optgroup label="{year}">\n' + "\n".join(
        f'            <option unselected="true" value="/blog/{blog_slug}?date_begin={year}-{m:02d}'
        f'-01&amp;date_end={year + m // 12}-{m % 12 + 1:02d}-01">\n                {MONTHS[m - 1]}'
        f'\n                {year}\n            </option>' for m in months) + "\n        </optgroup>"
        for year, months in ARCHIVE_MONTHS[which]]
    labels = [f"{MONTHS[m - 1]} {y}" for y, months in ARCHIVE_MONTHS[which] for m in months]
    return "\n".join(groups), labels


def _block(k: int, title: str, inner: str) -> str:
    return (f'        <div class="o_wblog_sidebar_block pb-5">\n            <h6 class="text-uppercase pb-3 mb-4 border-bottom fw-bold">{title}</h6>\n{inner}\n        </div>\n        <div class="oe_structure" id="oe_structure_blog_post_sidebar_{k}"></div>')


def _sidebar(article: Article, n: int, blog_slug: str, blog_id: int, tags: list) -> str:
    pid, author = int(article.slug), article.author or MEDIA_ACCOUNT
    social = ("bg-100 border mx-1 mb-2 rounded-circle d-flex align-items-center justify-content-center text-decoration-none")
    share = "\n".join(
        f'                <a href="#" aria-label="{net}" title="{label}" class="o_{net.lower()} '
        f'{social}"><i class="fa fa-{icon} text-{icon.split("-")[0]}"></i></a>'
        for net, label, icon in (("Facebook", "المشاركة على فيسبوك", "facebook-square"),
                                 ("Twitter", "المشاركة على X", "twitter"),
                                 ("LinkedIn", "المشاركة على LinkedIn", "linkedin")))
    badges = "\n".join(
        f'                    <a class="badge post_link text-decoration-none o_tag o_color_'
        f'{tid % 11}" href="/blog/{blog_slug}/tag/{tid}">{e(t)}</a>' for tid, t in tags)
    blogs = "\n".join(f'                <li class="mb-2"><a href="/blog/{s}"><b>{b}</b></a></li>'
                      for b, (s, _) in BLOGS.items())
    select = (f'    <select name="archive" oninput="location = this.value;" class="form-select">\n        <option value="/blog/{blog_slug}" selected="true">\n                {ALL_DATES}\n        </option>\n{_archive(blog_id, blog_slug)[0]}\n    </select>')
    wrap = "{}\n{}\n{}".format
    return f"""    <div id="o_wblog_post_sidebar">
        <div class="oe_structure" id="oe_structure_blog_post_sidebar_1"></div>
        <div class="o_wblog_sidebar_block pb-5">
            <div class="o_not_editable align-items-center position-relative h5 d-flex align-items-center"><div style="line-height:1"><img src="/web/image/blog.post/{pid}/author_avatar?unique={AUTHOR_ID[n]}a{pid}f0" class="img img-fluid rounded-circle o_wblog_author_avatar_date me-2" alt="{e(article.headline)}" loading="lazy"></div>
                <div class="small fw-bold" style="line-height:1">
                    <span>{e(author)}</span>
                    <small>{_long(article.moment)}</small>
                </div></div>
        </div>
        <div class="oe_structure" id="oe_structure_blog_post_sidebar_2"></div>
{_block(3, SHARE, wrap('            <div class="o_wblog_social_links d-flex flex-wrap mx-n1 o_not_editable">', share, "            </div>"))}
{_block(4, TAGS, wrap('                <div class="h5">', badges, "                </div>"))}
{_block(5, OUR_BLOGS, wrap('            <ul class="list-unstyled">', blogs, "            </ul>"))}
{_block(6, ARCHIVE, select)}
    </div>"""


def _footer() -> str:
    links = "".join(f'<li><a href="{h}">{x}</a></li>' for h, x in FOOT_LINKS[1])
    contact = "\n".join(f'                                <li><i class="fa fa-{icon} fa-fw me-2"></i>'
                        f'{x}</li>' for icon, x in (
                            ("comment", f'<span><a href="/contactus">{MENU[-1][1]}</a></span>'),
                            ("envelope", f'<span><a href="mailto:{EMAIL}">{EMAIL}</a></span>'),
                            ("phone", f'<span class="o_force_ltr"><a href="tel:+966146621000">'
                                      f'{PHONE}</a></span>'),
                            ("map-marker", f"<span>{ADDRESS}</span>")))
    social = "".join(f'<a href="/website/social/{s}" class="s_social_media_{s}" target="_blank" '
                     f'aria-label="{a}"><i class="fa fa-{s} rounded-circle shadow-sm '
                     f'o_editable_media"></i></a>' for s, a in (
                         ("twitter", "X"), ("linkedin", "LinkedIn"), ("youtube", "YouTube")))
    col = '                        <div {}class="col-lg-{} pt24 pb24"><h5 class="mb-3">{}</h5>{}</div>'.format
    return f"""<footer id="bottom" data-anchor="true" data-name="Footer" class="o_footer o_colored_level o_cc ">
                <div id="footer" class="oe_structure oe_structure_solo">
            <section class="s_text_block pt40 pb16" data-snippet="s_text_block" data-name="Text">
                <div class="container"><div class="row">
{col("", 2, FOOT_LINKS[0], f'<ul class="list-unstyled">{links}</ul>')}
{col("", 5, ABOUT[0], f"<p>{ABOUT[1]}</p>")}
{col('id="connect" ', "4 offset-lg-1", CTA, chr(10) + '                            <ul class="list-unstyled">' + chr(10) + contact + chr(10) + '                            </ul>' + chr(10) + f'                            <div class="s_social_media text-start o_not_editable" data-snippet="s_social_media" data-name="Social Media">{social}</div>' + chr(10) + "                        ")}
                </div></div>
            </section>
        </div>
    <div class="o_footer_copyright o_colored_level o_cc" data-name="Copyright">
                        <div class="container py-3"><div class="row">
                                <div class="col-sm text-center text-sm-start text-muted"><span class="o_footer_copyright_name me-2">{COPYRIGHT}</span></div>
                                <div class="col-sm text-center text-sm-end o_not_editable"><div class="o_brand_promotion">
        {POWERED} <a target="_blank" class="badge text-bg-light" href="http://www.odoo.com?utm_source=db&amp;utm_medium=website"><img alt="Odoo" src="/web/static/img/odoo_logo_tiny.png" width="62" height="20" style="width: auto; height: 1em; vertical-align: baseline;" loading="lazy"></a> - <a target="_blank" href="http://www.odoo.com/app/website?utm_source=db&amp;utm_medium=website">{FREE_SITE}</a>
        </div></div>
                        </div></div>
                    </div>
                </footer>"""


def _head(article: Article, n: int, url: str, path: str) -> str:
    moment, headline, description = article.moment, e(article.headline), e(SUBTITLE[n])
    keywords = ('\n        <meta name="keywords" content="منتدى الشمال، الاستثمار، عرعر، الطاقة الشمسية">' if n == 1 else "")
    tag_meta = "\n".join(f'<meta property="article:tag" content="{e(t)}">' for t in article.tags)
    modified = moment + timedelta(hours=1, minutes=37, seconds=12 * n)
    bundle = BUNDLE[n - 1]
    return f"""    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="Odoo">
        <meta name="description" content="{description}">{keywords}
<meta property="og:type" content="article">
<meta property="og:title" content="{headline}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/web/image/{COVER[n][0]}">
<meta property="og:description" content="{description}">
<meta property="article:published_time" content="{_naive_utc(moment)}">
<meta property="article:modified_time" content="{_naive_utc(modified)}">
{tag_meta}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{headline} | {SITE}">
<meta name="twitter:image" content="{HOST}/web/image/website/1/logo/300x300?unique=4c2e8a1">
<meta name="twitter:site" content="@NorthChamberSA">
<meta name="twitter:description" content="{description}">
        <link rel="alternate" hreflang="ar" href="{url}">
        <link rel="alternate" hreflang="en" href="{HOST}/en{path}">
        <link rel="alternate" hreflang="x-default" href="{url}">
        <link rel="canonical" href="{url}">
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin="">
        <title>{headline} | {SITE}</title>
        <link type="image/x-icon" rel="shortcut icon" href="/web/image/website/1/favicon?unique=4c2e8a1">
        <link rel="preload" href="/web/static/src/libs/fontawesome/fonts/fontawesome-webfont.woff2?v=4.7.0" as="font" crossorigin="">
        <link type="text/css" rel="stylesheet" href="/web/assets/1/{bundle}/web.assets_frontend.rtl.min.css">
        <script id="web.layout.odooscript" type="text/javascript">
            var odoo = {{ csrf_token: "5f0c2d8e41b7a9c3d6e2f18a0b4c7d9e3f215a6co17{3 * n}0412288", debug: "", }};
        </script>
        <script type="text/javascript">
            odoo.__session_info__ = {{"is_admin": false, "is_system": false, "is_public": true, "is_website_user": true, "user_id": false, "is_frontend": true, "profile_session": null, "profile_collectors": null, "profile_params": null, "show_effect": true, "currencies": {{"148": {{"symbol": "\\u0631.\\u0633", "position": "after", "digits": [69, 2]}}}}, "bundle_params": {{"lang": "ar_001", "website_id": 1}}, "websocket_worker_version": "17.0-3", "translationURL": "/website/translations", "cache_hashes": {{"translations": "b7d41e0c9a2f6e83c15d7a4b0e9f2c6d81a3e5f7"}}, "geoip_country_code": null, "geoip_phone_code": null, "lang_url_code": "ar"}};
            if (!/(^|;\\s)tz=/.test(document.cookie)) {{ const userTZ = Intl.DateTimeFormat().resolvedOptions().timeZone; document.cookie = `tz=${{userTZ}}; path=/`; }}
        </script>
        <script type="text/javascript" defer="defer" src="/web/assets/1/2d7a6f0/web.assets_frontend_minimal.min.js" onerror="__odooAssetError=1"></script>
        <script type="text/javascript" defer="defer" data-src="/web/assets/1/{bundle}/web.assets_frontend_lazy.min.js" onerror="__odooAssetError=1"></script>
    </head>"""


def render(article: Article, n: int) -> Page:
    pid = int(article.slug)
    blog_slug, blog_id = BLOGS[article.section]
    path = f"/blog/{blog_slug}/{'north-investment-forum-2024-41' if n == 1 else pid}"
    url, shown = HOST + path, _long(article.moment)
    page = Page(url=url, html="", shown_date=shown)
    next_id, next_sub, next_cover = NEXT[n]
    next_title, body = article.related[0], " ".join(article.body.split())
    page.add(SKIP, *(label for _, label in MENU), ARABIC, ENGLISH, SIGN_IN, CTA,
             SUBTITLE[n], ALL_BLOGS, article.section, f"{IN_BLOG} {article.section}",
             *(t for t in article.tags if t not in body), article.author or MEDIA_ACCOUNT, shown,
             SHARE, TAGS, OUR_BLOGS, *BLOGS, ARCHIVE, ALL_DATES, *_archive(blog_id, blog_slug)[1],
             next_title, next_sub, FOOT_LINKS[0], *(x for _, x in FOOT_LINKS[1]), *ABOUT, EMAIL,
             PHONE, ADDRESS, COPYRIGHT, POWERED, FREE_SITE)
    if n == 1:
        page.add(article.caption)
    tags = [(7 + 3 * pid % 11 + k, t) for k, t in enumerate(article.tags)]
    badges = "\n".join(f'            <a class="badge border me-1 post_link" href="/blog/{blog_slug}/tag/{tid}">{e(t)}</a>' for tid, t in tags)
    jump = ('        <a id="o_wblog_post_content_jump" href="#o_wblog_post_main" class="css_editable_mode_hidden justify-content-center align-items-center rounded-circle mx-auto mb-5 text-decoration-none">\n            <i class="fa fa-angle-down fa-3x text-white" aria-label="إلى محتوى المدونة" title="إلى محتوى المدونة"></i>\n        </a>\n') if COVER[n][1] != "cover_auto" else ""
    top = _cover(pid, n, COVER[n][0], f"""    <div class="{FLEX}">
        <div class="o_wblog_post_title  ">
            <h1 id="o_wblog_post_name" class="o_editable_no_shadow" data-oe-expression="blog_post.name" placeholder="{TITLE_PH}" data-blog-id="{pid}">{e(article.headline)}</h1>
            <div id="o_wblog_post_subtitle" class="o_editable_no_shadow" placeholder="{SUB_PH}">{e(SUBTITLE[n])}</div>
        </div>
{jump}    </div>""", "o_wblog_post_page_cover")
    nxt = _cover(next_id, n, next_cover, f"""        <a id="o_wblog_next_post_info" class="d-none" data-size="{COVER[n][1]}" data-url="/blog/{blog_slug}/{next_id}?anim"></a>
        <div class="{FLEX}">
            <div class="o_wblog_post_title">
                <div id="o_wblog_post_name" placeholder="{TITLE_PH}" data-blog-id="{next_id}">{e(next_title)}</div>
                <div id="o_wblog_post_subtitle" placeholder="{SUB_PH}">{e(next_sub)}</div>
            </div>
            <div class="o_wblog_toggle "><span class="h4 d-inline-block py-1 px-2 rounded-1 text-white"><i class="fa fa-angle-right fa-3x text-white" aria-label="Read next" title="قراءة التالي"></i></span></div>
            <div class="o_wblog_next_loader o_wblog_toggle justify-content-center align-items-center mx-auto position-relative d-none"><div class="rounded-circle bg-black-50"></div></div>
        </div>""", "o_wblog_post_page_cover o_wblog_post_page_cover_footer", name=False)
    page.html = f"""<!DOCTYPE html>
<html lang="ar-001" dir="rtl" data-website-id="1" data-main-object="blog.post({pid},)">
{_head(article, n, url, path)}
    <body class="">
        <div id="wrapwrap" class="   o_rtl">
            <a class="o_skip_to_content btn btn-primary rounded-0 visually-hidden-focusable position-absolute start-0" href="#wrap">{SKIP}</a>
            {_header(path)}
            <main>
                <div id="wrap" class="js_blog website_blog">
        <section id="o_wblog_post_top"><div id="title" class="blog_header">
    {top}
        </div></section>
        <section id="o_wblog_post_main" class="container pt-4 pb-5 ">
            <div class="mx-auto o_wblog_read_with_sidebar">
                <div class="d-flex flex-column flex-lg-row justify-content-between">
                    <div id="o_wblog_post_content" class="o_container_small mx-0 w-100 flex-shrink-0">
    <nav aria-label="التتبع" class="breadcrumb flex-nowrap py-0 px-0 css_editable_mode_hidden mb-3 bg-transparent">
        <li class="breadcrumb-item"><a href="/blog">{ALL_BLOGS}</a></li>
        <li class="breadcrumb-item"><a href="/blog/{blog_slug}">{article.section}</a></li>
        <li class="breadcrumb-item text-truncate active"><span>{e(article.headline)}</span></li>
    </nav>
    <div data-editor-message="اكتب هنا أو قم بسحب الكتل الإنشائية" class="o_wblog_post_content_field   o_wblog_read_text">{_content(article, n)}</div>
    <div class="o_wblog_post_tags css_editable_mode_hidden text-muted"><div>{IN_BLOG} <a href="/blog/{blog_slug}"><b>{article.section}</b></a></div>
        <div>#
{badges}
        </div></div>
                    </div>
                    <div id="o_wblog_post_sidebar_col" class="ps-lg-5 ">
{_sidebar(article, n, blog_slug, blog_id, tags)}
                    </div>
                </div>
            </div>
        </section>
        <section id="o_wblog_post_footer"><div class="mt-5"><div id="o_wblog_next_container" class="d-flex flex-column">
    {nxt}
        </div></div></section>
            <div class="oe_structure oe_empty oe_structure_not_nearest" id="oe_structure_blog_footer" data-editor-sub-message="مرئي في كافة صفحات المدونات "></div>
        </div>
            </main>
            {_footer()}
        </div>
    </body>
</html>
"""
    return page
