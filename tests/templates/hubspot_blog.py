"""The Arabic newsroom ("غرفة الأخبار", blog root `/ar/news`) of a Dubai payments fintech,
"وصلة باي", on HubSpot CMS, as HubSpot serves a blog post of a drag-and-drop theme whose blog
module is written in BEM classes. The head: `<title>` the post's title (page 2's SEO title adds
" | وصلة باي"), HubSpot's `standard_header_includes` (the `a.cta_button`/`hs-featured-image`
style block, og/twitter description and title, the auto `BlogPosting` JSON-LD printed with
`"key" : value` and a UTC `datePublished` "...T06:15:00.000Z", `amphtml`, canonical, the blog's
rss.xml, the LinkedIn `in.js`, `content-language` and `<meta name="generator" content="HubSpot">`
last). The body carries `hs-content-id-<id> hs-blog-post hs-content-path-... hs-blog-id-...`;
`div.header-container-wrapper` holds the global group's `row-fluid-wrapper row-depth-1 ...`
rows: the logo module (`hs_cos_wrapper_type_logo`), the `hs-menu-wrapper active-branch flyouts
hs-menu-flow-horizontal` menu (two flyouts in `hs-menu-children-wrapper`), page 1's language
switcher ("English") and the login/open-account links. `div.body-container-wrapper`: a
breadcrumb module (الرئيسية › غرفة الأخبار › section), the blog header (title, subtitle), then
a span8 `widget-type-blog_content` with `.blog-section > .blog-post-wrapper > article.blog-post`:
the topic link, `h1.blog-post__title` > `span#hs_cos_wrapper_name`, `div.blog-post__meta`
(page 1 only: `blog-post__author` with avatar, "بقلم" and the writer; every page:
`time.blog-post__timestamp` whose `datetime` is HubSpot's raw UTC "2024-03-12 06:15:00" and whose
text is the Dubai (+04:00) day "12 مارس 2024", and a reading time), page 2's
`blog-post__featured-image`, `div.blog-post__body` > `span#hs_cos_wrapper_post_body`
(`hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text`) with the story, `blog-post__tags`
("الوسوم:"), a "شارك الخبر" social-sharing module (icons only), page 1's author bio and
"أخبار ذات صلة" cards (title, date, "اقرأ المزيد"). The post body varies: page 1 bolds a phrase,
has `<!--more-->` after the lead, an inline `hs-fs/hubfs` image with srcset followed by its
caption as a centred `<p><em>` inside the post body, an `<h2>` subheading (a body paragraph)
and an inline link; page 2 (posted 00:40 Dubai, so its UTC datetime and JSON-LD fall on the day
before) also has `<!--more-->`, a trailing `&nbsp;` and ends with a text `hs-cta-wrapper` CTA
button ("حمّل التطبيق الآن"); page 3's paragraphs are `text-align: justify`, a YouTube `hs-embed-wrapper` follows
paragraph 2, paragraph 3 is a `<blockquote>` and an image CTA (alt text only) closes it. The
span4 sidebar: the `widget-type-blog_subscribe` module with its rendered `hs-form` (email label,
required star, consent line), a `post_listing` "الأكثر قراءة", a `post_filter` "المواضيع" with
`filter-link-count` counts and "عرض الكل", and a rich-text "للتواصل الإعلامي" module. Then
`div.footer-container-wrapper` (vertical menus, licence line, address, copyright), the forms
loader, "<!-- HubSpot performance collection script -->", the i18n and menu-flyout bundles, the
analytics code (`_hsq`, `hs-script-loader`), `hsVars`, and the `hs-eu-cookie-confirmation`
banner the script appended (wording, "قبول", "رفض", settings). Everything but the story is
chrome, the in-body caption and CTA text included."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from math import ceil

from .base import MONTHS, Article, Page, e, rotate

NAME = "hubspot_blog"
HELD_OUT = True
SET = "unseen14"
FAMILY = "HubSpot CMS blog post (Dubai fintech newsroom): hs_cos_wrapper post_body, blog-post__meta, in-body image caption and CTA, hs-menu-wrapper, subscribe hs-form, cookie banner"
HOST = "https://www.waslapay.example"
SITE = "وصلة باي"
PORTAL, BLOG_ID = 24981376, 98234117650
SLUGS = {1: "waslapay-svf-licence", 2: "government-fees-in-app", 3: "masar-cash-on-delivery"}
BLOG_TITLE, BLOG_SUB = "غرفة الأخبار", "آخر أخبار وصلة باي وبياناتها الصحفية وتحديثات منتجاتها"
MENU = (("الحلول", "/ar/solutions", (("بوابة الدفع الإلكتروني", "/ar/gateway"), ("روابط الدفع", "/ar/pay-links"),
                                     ("أجهزة نقاط البيع", "/ar/pos"), ("محفظة وصلة", "/ar/wallet"))),
        ("الأسعار", "/ar/pricing", ()), ("المطورون", "https://developers.waslapay.example", ()),
        ("عن الشركة", "/ar/about", (("من نحن", "/ar/about"), (BLOG_TITLE, "/ar/news"), ("الوظائف", "/ar/careers"))),
        ("تواصل معنا", "/ar/contact", ()))
HEADER_LINKS = ("تسجيل الدخول", "افتح حسابك")
AUTHOR_BIO = "مديرة الاتصال المؤسسي في وصلة باي، وتتولى العلاقات الإعلامية للشركة منذ تأسيسها."
POPULAR = ("وصلة باي تطلق روابط الدفع عبر واتساب للتجار", "ما الفرق بين بوابة الدفع ومعالج المدفوعات؟",
           "وصلة باي تحصد جائزة أفضل شركة ناشئة في المدفوعات لعام 2023", "خطوات ربط متجرك على شوبيفاي ببوابة وصلة باي",
           "وصلة باي تعين رئيسا جديدا للامتثال", "دليل التاجر إلى استرداد المبالغ والنزاعات")
TOPICS = (("بيانات صحفية", 31), ("أخبار المنتجات", 24), ("شراكات", 17), ("فعاليات", 9), ("تقارير السوق", 6), ("الأمن والامتثال", 4))
MEDIA = ("للتواصل الإعلامي", "المكتب الإعلامي – وصلة باي", "media@waslapay.example", "+971 4 555 0192")
FORM = ("اشترك في أخبار وصلة باي", "البريد الإلكتروني",
        "يمكنك إلغاء الاشتراك في أي وقت. لمزيد من المعلومات، راجع سياسة الخصوصية.")
FOOTER = (("الشركة", (("من نحن", "/ar/about"), ("الوظائف", "/ar/careers"), ("الشركاء", "/ar/partners"))),
          ("الدعم", (("مركز المساعدة", "https://help.waslapay.example/ar"), ("الأسئلة الشائعة", "/ar/faq"),
                     ("سياسة الخصوصية", "/ar/privacy"), ("الشروط والأحكام", "/ar/terms"))))
LICENCE = "وصلة باي ش.ذ.م.م مرخصة من مصرف الإمارات العربية المتحدة المركزي لتقديم تسهيلات القيم المخزنة"
ADDRESS = "مركز دبي المالي العالمي، مبنى البوابة، الطابق الخامس، دبي، الإمارات العربية المتحدة"
COOKIE = ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا وتحليل الزيارات. إذا رفضت، فلن يتم تتبع معلوماتك عند زيارتك لهذا الموقع.",
          "قبول", "رفض", "إعدادات ملفات تعريف الارتباط")
EMBED = '<div class="hs-embed-wrapper" data-service="youtube" data-responsive="true" style="position: relative; overflow: hidden; width: 100%; height: auto; padding: 0px; max-width: 560px; min-width: 256px; display: block; margin: auto;"><div class="hs-embed-content-wrapper"><div style="position: relative; overflow: hidden; max-width: 100%; padding-bottom: 56.25%; margin: 0px;"><iframe width="560" height="315" src="https://www.youtube.com/embed/q7Lm2Xw9dKs?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen style="position: absolute; top: 0px; left: 0px; width: 100%; height: 100%; border: none;"></iframe></div></div></div>'
CTA_TEXT = "حمّل التطبيق الآن"
LOCAL = timedelta(hours=4)
WRAP = 'style="" data-hs-cos-general-type="widget" data-hs-cos-type='
BOLD = {1: "ترخيص تسهيلات القيم المخزنة"}
LINK = {1: (4, "برنامج تحول البنية التحتية المالية", "https://www.centralbank.ae/ar/our-operations/fintech-digital-transformation/")}


def _day(moment) -> str:
    """HubSpot's `format_date(..., 'd MMMM yyyy')` in the blog's ar locale, in Dubai time."""
    local = moment.astimezone(UTC) + LOCAL
    return f"{local.day} {MONTHS[local.month - 1]} {local.year}"


def _read_time(words: int) -> str:
    minutes = ceil(words / 200)
    return {1: "دقيقة واحدة للقراءة", 2: "دقيقتان للقراءة"}.get(minutes, f"{minutes} دقائق للقراءة")


def _row(depth: int, number: int, *cells: str) -> str:
    return (f'<div class="row-fluid-wrapper row-depth-{depth} row-number-{number} ">\n<div class="row-fluid ">\n'
            + "\n".join(cells) + "\n</div><!--end row-->\n</div><!--end row-wrapper -->\n")


def _span(w: int, x: int, kind: str, extra: str, inner: str) -> str:
    body = inner if kind in ("cell", "blog_content") else (
        f'<div class="cell-wrapper layout-widget-wrapper">\n{inner}\n</div><!--end layout-widget-wrapper -->\n')
    return (f'<div class="span{w} widget-span widget-type-{kind} {extra}" style="" data-widget-type="{kind}" '
            f'data-x="{x}" data-w="{w}">\n{body}</div><!--end widget-span -->')


def _module(mid: str, inner: str, kind: str = "") -> str:
    extra = f" widget-type-{kind}" if kind else ""
    return (f'<div id="hs_cos_wrapper_{mid}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module{extra}" '
            f'{WRAP}"module">{inner}</div>')


def _menu(mid: str, items, flow: str, menu_id: int) -> str:
    lis = []
    for label, href, children in items:
        if children:
            sub = "\n".join(f'    <li class="hs-menu-item hs-menu-depth-2" role="none"><a href="{h}" role="menuitem">{t}</a></li>'
                            for t, h in children)
            lis.append(f'  <li class="hs-menu-item hs-menu-depth-1 hs-item-has-children" role="none"><a href="javascript:;" '
                       f'aria-haspopup="true" aria-expanded="false" role="menuitem">{label}</a>\n   <ul role="menu" '
                       f'class="hs-menu-children-wrapper">\n{sub}\n   </ul>\n  </li>')
        else:
            lis.append(f'  <li class="hs-menu-item hs-menu-depth-1" role="none"><a href="{href}" role="menuitem">{label}</a></li>')
    flyouts = "flyouts" if flow == "horizontal" else "no-flyouts"
    return (f'<span id="hs_cos_wrapper_{mid}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_menu" {WRAP}"menu">'
            f'<div id="hs_menu_wrapper_{mid}_" class="hs-menu-wrapper active-branch {flyouts} hs-menu-flow-{flow}" role="navigation" '
            f'data-sitemap-name="default" data-menu-id="{menu_id}" aria-label="Navigation Menu">\n <ul role="menu">\n'
            + "\n".join(lis) + "\n </ul>\n</div></span>")


def _image(article: Article) -> str:
    name = f"{SLUGS[1]}-ceo.jpg"
    src = f"{HOST}/hs-fs/hubfs/Newsroom/2024/{name}"
    srcset = ", ".join(f"{src}?width={w}&amp;height={w * 9 // 16}&amp;name={name} {w}w" for w in (600, 1200, 1800))
    return (f'<p><img src="{src}?width=1200&amp;height=675&amp;name={name}" width="1200" height="675" loading="lazy" '
            f'alt="{e(article.caption)}" style="height: auto; max-width: 100%; width: 1200px;" srcset="{srcset}" '
            f'sizes="(max-width: 1200px) 100vw, 1200px"></p>\n'
            f'<p style="font-size: 13px; text-align: center;"><em>{e(article.caption)}</em></p>')


def _cta(guid: str, inner: str) -> str:
    return (f'<!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-{guid}"><span class="hs-cta-node hs-cta-{guid}" id="hs-cta-{guid}"><!--[if lte IE 8]><div id="hs-cta-ie-element"></div><![endif]-->{inner}</span>'
            f'<script charset="utf-8" src="/hs/cta/cta/current.js"></script><script type="text/javascript"> hbspt.cta._relativeUrls=true;hbspt.cta.load({PORTAL}, \'{guid}\', {{"useNewLoader":"true","region":"na1"}}); </script></span><!-- end HubSpot Call-to-Action Code -->')


def _post_body(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and k == 0:
            html = html.replace(e(BOLD[n]), f"<strong>{e(BOLD[n])}</strong>", 1)
        if n in LINK and LINK[n][0] == k:
            html = html.replace(e(LINK[n][1]), f'<a href="{LINK[n][2]}" rel="noopener" target="_blank">{e(LINK[n][1])}</a>', 1)
        if n == 1 and k == 3:
            out.append(f"<h2>{html}</h2>")
        elif n == 3 and k == 2:
            out.append(f"<blockquote>\n<p>{html}</p>\n</blockquote>")
        elif n == 3:
            out.append(f'<p style="text-align: justify;">{f"<span>{html}</span>" if k == 4 else html}</p>')
        elif n == 2 and k == 2:
            out.append(f"<p>{html}&nbsp;</p>")
        else:
            out.append(f"<p>{html}</p>")
        if k == 0 and n != 3:
            out.append("<!--more-->")
        if n == 1 and k == 1:
            out.append(_image(article))
        if n == 3 and k == 1:
            out.append(EMBED)
    if n == 2:
        guid, button = "5c1e9a70-3b42-4d8e-9f61-2a7d0c4b8e13", "b8e2f4a1-7c3d-4e59-a0b6-91d2c3e4f5a6"
        out.append("<p>" + _cta(guid, f'<a id="cta_button_{PORTAL}_{button}" class="cta_button " href="https://cta-service-cms2.hubspot.com/ctas/v2/public/cs/c/?cta_guid={button}&amp;placement_guid={guid}&amp;portal_id={PORTAL}&amp;canon={HOST}/ar/news/{SLUGS[2]}" '
                                      f'target="_blank" rel="noopener" cta_dest_link="{HOST}/ar/app" title="{CTA_TEXT}">{CTA_TEXT}</a>') + "</p>")
    if n == 3:
        guid = "e04b7d2c-91a6-4f35-b8c7-6d2e1f0a9b34"
        out.append('<p style="text-align: center;">' + _cta(guid, f'<a href="https://cta-redirect.hubspot.com/cta/redirect/{PORTAL}/{guid}" target="_blank" rel="noopener"><img class="hs-cta-img" id="hs-cta-img-{guid}" style="border-width:0px;" height="150" width="600" src="https://no-cache.hubspot.com/cta/default/{PORTAL}/{guid}.png" alt="سجّل متجرك مجانا"></a>') + "</p>")
    return "\n".join(out)


def _ld(article: Article, url: str, n: int, image: str) -> str:
    utc = article.moment.astimezone(UTC)
    ld = {"mainEntityOfPage": {"@type": "WebPage", "@id": url}}
    if article.author:
        ld["author"] = {"name": article.author, "url": f"{HOST}/ar/news/author/reem-alshamsi", "@type": "Person"}
    ld |= {"headline": article.headline, "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}.000Z",
           "dateModified": f"{utc + timedelta(hours=3 + n, minutes=17):%Y-%m-%dT%H:%M:%S}.{412 + n}Z",
           "publisher": {"name": SITE, "logo": {"url": f"{HOST}/hubfs/Brand/waslapay-logo.png", "@type": "ImageObject"},
                         "@type": "Organization"},
           "@context": "https://schema.org", "@type": "BlogPosting"}
    if image:
        ld["image"] = [image]
    return json.dumps(ld, ensure_ascii=False, indent=2, separators=(",", " : "))


def render(article: Article, n: int) -> Page:
    slug = SLUGS[n]
    url = f"{HOST}/ar/news/{slug}"
    moment = article.moment
    utc = moment.astimezone(UTC)
    shown = _day(moment)
    words = len(article.body.split())
    page = Page(url=url, html="", shown_date=shown)
    page.add(*(label for label, _, _ in MENU), *(t for _, _, kids in MENU for t, _ in kids), *HEADER_LINKS,
             "الرئيسية", BLOG_TITLE, article.section, BLOG_SUB, shown, _read_time(words), "الوسوم:", *article.tags,
             "شارك الخبر", "أخبار ذات صلة", "اقرأ المزيد", *FORM, "*", "الأكثر قراءة", "المواضيع", "عرض الكل",
             *MEDIA, *(h for h, _ in FOOTER), *(t for _, links in FOOTER for t, _ in links), LICENCE, ADDRESS,
             f"© {moment.year} وصلة باي. جميع الحقوق محفوظة.", *COOKIE)
    image = f"{HOST}/hubfs/Newsroom/2024/{slug}.jpg" if n == 2 else ""
    if n == 1:
        image = f"{HOST}/hubfs/Newsroom/2024/{slug}-ceo.jpg"
        page.add(article.caption, "English", "بقلم", article.author, "نبذة عن الكاتبة", AUTHOR_BIO)
    if n == 2:
        page.add(CTA_TEXT)
    desc = article.lead.split("،")[0] + "."
    title = f"{article.headline} | {SITE}" if n == 2 else article.headline
    header = _row(1, 1, _span(12, 0, "global_group", "", '<div class="" data-global-widget-path="generated_global_groups/81734520661.html">'
                              + _row(1, 2, _span(3, 0, "custom_widget", "header-logo", _module(
                                  "module_1596103847262108", f'<span id="hs_cos_wrapper_module_1596103847262108_hs_logo_widget" ' f'class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" {WRAP}"logo"><a href="/ar" '
                                  f'id="hs-link-module_1596103847262108_hs_logo_widget" style="border-width:0px;border:0px;"><img ' f'src="{HOST}/hs-fs/hubfs/Brand/waslapay-logo-ar.png?width=320&amp;height=96&amp;name=waslapay-logo-ar.png" '
                                  'class="hs-image-widget " height="48" style="height: auto;width:160px;border-width:0px;border:0px;" ' f'width="160" alt="{SITE}" title="{SITE}"></a></span>', "logo")),
                                     _span(6, 3, "custom_widget", "custom-menu-primary", _module(
                                         "module_1596103847262110", _menu("module_1596103847262110", MENU, "horizontal", 31847265093), "menu")),
                                     _span(3, 9, "custom_widget", "header-actions", _module("module_1596103902481533",
                                           ('<span id="hs_cos_wrapper_language-switcher" class="hs_cos_wrapper hs_cos_wrapper_widget ' f'hs_cos_wrapper_type_language_switcher" {WRAP}"language_switcher"><div class="lang_switcher_class">'
                                            '<div class="globe_class" onclick=""><ul class="lang_list_class"><li><a class="lang_switcher_link" ' f'data-language="en" lang="en" href="{HOST}/en/news/{slug}">English</a></li></ul></div></div></span>\n'
                                            if n == 1 else "")
                                           + f'<a class="header-login" href="https://app.waslapay.example/login">{HEADER_LINKS[0]}</a>\n' f'<a class="button button--primary" href="/ar/signup">{HEADER_LINKS[1]}</a>')))
                              + "</div>"))
    crumbs = (f'<nav class="breadcrumbs" aria-label="مسار التنقل"><ol>\n<li><a href="/ar">الرئيسية</a></li>\n' f'<li><a href="/ar/news">{BLOG_TITLE}</a></li>\n<li><a href="/ar/news/tag/{slug.split("-")[0]}">{e(article.section)}</a>' '</li>\n</ol></nav>')
    meta = []
    if article.author:
        meta.append(f'<div class="blog-post__author"><img class="blog-post__author-image" src="{HOST}/hubfs/Team/reem-alshamsi.jpg" ' f'alt="{e(article.author)}" width="40" height="40" loading="lazy">\n<span class="blog-post__author-label">بقلم</span> '
                    f'<a class="blog-post__author-name" href="/ar/news/author/reem-alshamsi">{e(article.author)}</a></div>')
    meta.append(f'<time datetime="{utc:%Y-%m-%d %H:%M:%S}" class="blog-post__timestamp">\n  {shown}\n</time>')
    meta.append(f'<span class="blog-post__read-time">{_read_time(words)}</span>')
    featured = (f'<div class="blog-post__featured-image"><img src="{image}" alt="{e(article.headline)}" width="1200" ' 'height="630" loading="eager"></div>\n' if n == 2 else "")
    tags = ",\n".join(f'  <a class="blog-post__tag-link" href="/ar/news/tag/{k}-{n}">{e(t)}</a>' for k, t in enumerate(article.tags))
    share = "".join(f'<a href="{href}{url}" target="_blank" rel="noopener" style="width:24px;border-width:0px;border:0px;' f'text-decoration:none;"><img src="https://static.hubspot.com/final/img/common/icons/social/{net}-24x24.png" '
                    f'class="hs-image-widget hs-image-social-sharing-24" style="max-height:24px;max-width:24px;border-width:0px;' f'border:0px;" width="24" hspace="0" alt="Share on {net.title()}" loading="lazy"></a>&nbsp;'
                    for net, href in (("facebook", "http://www.facebook.com/share.php?u="),
                                      ("linkedin", "http://www.linkedin.com/shareArticle?mini=true&amp;url="),
                                      ("twitter", "https://twitter.com/intent/tweet?original_referer=")))
    bio = (f'<div class="blog-post__author-bio"><h3>نبذة عن الكاتبة</h3><p class="blog-post__author-bio-name">{e(article.author)}' f'</p><p>{AUTHOR_BIO}</p></div>\n' if n == 1 else "")
    cards = []
    for k, rel in enumerate(article.related):
        when = _day(moment - timedelta(days=11 + 17 * k + 3 * n))
        page.add(rel, when)
        cards.append(f'<a href="/ar/news/related-{article.slug[-4:]}-{k}" class="blog-recent-posts__post"><div class="blog-recent-posts__image" '
                     f"style=\"background-image: url('{HOST}/hubfs/Newsroom/thumbs/{k + n}.jpg');\"></div>\n<h3 class=\"blog-recent-posts__title\">"
                     f'{e(rel)}</h3>\n<time class="blog-recent-posts__date">{when}</time>\n<span class="blog-recent-posts__more">اقرأ المزيد</span></a>')
    popular = rotate(POPULAR, n, 5)
    page.add(*popular, *(f"{t} ({c})" for t, c in TOPICS[:5]))
    post = (f'<div class="blog-section">\n<div class="blog-post-wrapper cell-wrapper">\n<article class="blog-post">\n' f'<a class="blog-post__topic" href="/ar/news/tag/{slug.split("-")[0]}">{e(article.section)}</a>\n'
            f'<h1 class="blog-post__title"><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field ' f'hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text" >{e(article.headline)}</span></h1>\n'
            f'<div class="blog-post__meta">\n' + "\n".join(meta) + f"\n</div>\n{featured}" f'<div class="blog-post__body">\n<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field '
            f'hs_cos_wrapper_type_rich_text" style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">' f"{_post_body(article, n)}</span>\n</div>\n"
            f'<div class="blog-post__tags">\n  <svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewbox="0 0 512 512" aria-hidden="true">'
            f'<g id="tag1_layer"><path d="M0 252.118V48C0 21.49 21.49 0 48 0h204.118a48 48 0 0 1 33.941 14.059l211.882 211.882c18.745 '
            f'18.745 18.745 49.137 0 67.882L293.823 497.941c-18.745 18.745-49.137 18.745-67.882 0L14.059 286.059A48 48 0 0 1 0 252.118z"/>' f'</g></svg>\n  <span class="blog-post__tags-label">الوسوم:</span>\n{tags}\n</div>\n'
            f'<div class="blog-post__share"><span class="blog-post__share-label">شارك الخبر</span>\n'
            + _module("social_sharing", f'<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_social_sharing" ' f'{WRAP}"social_sharing">{share}</div>') + f"</div>\n{bio}</article>\n</div>\n</div>\n")
    related = ('<div class="blog-recent-posts">\n<div class="content-wrapper">\n<h2>أخبار ذات صلة</h2>\n<div class="blog-recent-posts__list">\n'
               + "\n".join(cards) + "\n</div>\n</div>\n</div>")
    fid = "6f0c2d84-5a19-4b7e-93e2-c1d8a7b64f05"
    form = (f'<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title" data-hs-cos-general-type="widget_field" '
            f'data-hs-cos-type="text">{FORM[0]}</h3>\n<div id="hs_form_target_blog_subscribe_4417"><form novalidate="" accept-charset="UTF-8" '
            f'action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/{PORTAL}/{fid}" enctype="multipart/form-data" '
            f'id="hsForm_{fid}_4417" method="POST" class="hs-form stacked hs-form-private hsForm_{fid} hs-form-{fid} hs-form-{fid}_{n}a3e" ' f'data-form-id="{fid}" data-portal-id="{PORTAL}" target="target_iframe_{fid}_4417" data-instance-id="{n}a3e">'
            f'<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-{fid}_4417" class="" ' f'placeholder="Enter your {FORM[1]}" for="email-{fid}_4417"><span>{FORM[1]}</span><span class="hs-form-required">*</span></label>'
            f'<legend class="hs-field-desc" style="display: none;"></legend><div class="input"><input id="email-{fid}_4417" name="email" ' 'required="" placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>'
            f'<div class="legal-consent-container"><div class="hs-richtext"><p>{FORM[2]}</p></div></div>' '<div class="hs_submit hs-submit"><div class="hs-field-desc" style="display: none;"></div><div class="actions">'
            '<input type="submit" class="hs-button primary large" value="اشترك"></div></div></form></div>')
    listing = "\n".join(f'<li><a href="/ar/news/popular-{k}">{e(t)}</a></li>' for k, t in enumerate(popular))
    topics = "\n".join(f'<li><a href="/ar/news/tag/topic-{k}">{t} <span class="filter-link-count" dir="ltr">({c})</span></a></li>'
                       for k, (t, c) in enumerate(TOPICS[:5]))
    sidebar = _span(4, 8, "cell", "blog-sidebar", _row(2, 5, _span(12, 0, "custom_widget", "", _module("blog_subscribe", form, "blog_subscribe")))
                    + _row(2, 6, _span(12, 0, "post_listing", "", '<span id="hs_cos_wrapper_top_posts" class="hs_cos_wrapper hs_cos_wrapper_widget ' f'hs_cos_wrapper_type_post_listing" {WRAP}"post_listing"><div class="block">\n<h3>الأكثر قراءة</h3>\n'
                                       f'<div class="widget-module">\n<ul>\n{listing}\n</ul>\n</div>\n</div>\n</span>'))
                    + _row(2, 7, _span(12, 0, "post_filter", "", '<span id="hs_cos_wrapper_post_filter" class="hs_cos_wrapper hs_cos_wrapper_widget ' f'hs_cos_wrapper_type_post_filter" {WRAP}"post_filter"><div class="block">\n<h3>المواضيع</h3>\n'
                                       f'<div class="widget-module">\n<ul>\n{topics}\n</ul>\n<a class="filter-expand-link" href="/ar/news/all">عرض الكل</a>\n' '</div>\n</div>\n</span>'))
                    + _row(2, 8, _span(12, 0, "custom_widget", "", _module("module_1601287365519247", '<span id="hs_cos_wrapper_module_1601287365519247_" '
                                       f'class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" {WRAP}"rich_text"><h3>{MEDIA[0]}</h3>\n'
                                       f'<p>{MEDIA[1]}<br><a href="mailto:{MEDIA[2]}">{MEDIA[2]}</a><br><span dir="ltr">{MEDIA[3]}</span></p></span>', "rich_text"))))
    body = ('<div class="body-container-wrapper">\n<div class="body-container container-fluid">\n'
            + _row(1, 3, _span(12, 0, "custom_widget", "", _module("module_1596104120994271", crumbs)))
            + _row(1, 4, _span(12, 0, "custom_widget", "blog-header", _module("module_1596104120994275",
                   f'<div class="blog-header__inner"><h2 class="blog-header__title">{BLOG_TITLE}</h2>\n' f'<p class="blog-header__subtitle">{BLOG_SUB}</p></div>')))
            + _row(1, 5, _span(8, 0, "cell", "blog-main", _row(2, 1, _span(12, 0, "blog_content", "", post))
                                + _row(2, 2, _span(12, 0, "custom_widget", "", _module("module_1596104251770388", related)))), sidebar)
            + "</div><!--end body -->\n</div><!--end body wrapper -->\n")
    columns = "\n".join(_span(3, 3 * k, "custom_widget", "footer-column", _module(f"module_16021139{k}0562", f"<h4>{head}</h4>\n"
                        + _menu(f"module_16021139{k}0562", [(t, h, ()) for t, h in links], "vertical", 31847265101 + k), "menu"))
                        for k, (head, links) in enumerate(FOOTER))
    footer = ('<div class="footer-container-wrapper">\n<div class="footer-container container-fluid">\n'
              + _row(1, 1, columns, _span(6, 6, "custom_widget", "footer-legal", _module("module_1602114022873611",
                     f'<span id="hs_cos_wrapper_module_1602114022873611_" class="hs_cos_wrapper hs_cos_wrapper_widget ' f'hs_cos_wrapper_type_rich_text" {WRAP}"rich_text"><p>{LICENCE}</p>\n<p>{ADDRESS}</p>\n'
                     f'<p>© {moment.year} وصلة باي. جميع الحقوق محفوظة.</p></span>', "rich_text")))
              + "</div><!--end footer -->\n</div><!--end footer wrapper -->\n")
    alternates = (f'<link rel="alternate" hreflang="ar" href="{url}">\n<link rel="alternate" hreflang="en" href="{HOST}/en/news/{slug}">\n'
                  if n == 1 else "")
    og_image = (f'<meta property="og:image" content="{image}">\n<meta property="og:image:width" content="1200">\n'
                f'<meta property="og:image:height" content="{675 if n == 1 else 630}">\n<meta property="og:image:alt" content="{e(article.caption if n == 1 else article.headline)}">\n' f'<meta name="twitter:image" content="{image}">\n' if image else "")
    escaped = url.replace("/", "\\/")
    metadata = ",\n".join(f'    "{k}": {v}' for k, v in (
        ("contentPageId", article.slug), ("legacyPageId", f'"{article.slug}"'), ("contentFolderId", "null"),
        ("contentGroupId", BLOG_ID), ("abTestId", "null"), ("languageVariantId", article.slug), ("languageCode", '"ar"'))) + ","
    hs_vars = ",\n".join(f"    {k}: {v}" for k, v in (
        ("render_id", f'"{article.slug[-6:]}a1-4d2e-4b8f-9c3a-{n}f0e6d7c8b9a"'), ("ticks", int(utc.timestamp()) * 1000 + 86400000 * 30),
        ("page_id", article.slug), ("content_group_id", BLOG_ID), ("portal_id", PORTAL), ("app_hs_base_url", '"https://app.hubspot.com"'),
        ("cp_hs_base_url", '"https://cp.hubspot.com"'), ("language", '"ar"'), ("analytics_page_type", '"blog-post"'),
        ("scp_content_type", '""'), ("analytics_page_id", f'"{article.slug}"'), ("category_id", 3), ("folder_id", 0),
        ("is_hubspot_user", "false")))
    page.html = f"""<!doctype html><html lang="ar" dir="rtl"><head>
    <meta charset="utf-8">
    <title>{e(title)}</title>
    <link rel="shortcut icon" href="{HOST}/hubfs/Brand/favicon-wasla.png">
    <meta name="description" content="{e(desc)}">
    <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
    <meta name="viewport" content="width=device-width, initial-scale=1">

    <meta property="og:description" content="{e(desc)}">
    <meta property="og:title" content="{e(title)}">
    <meta name="twitter:description" content="{e(desc)}">
    <meta name="twitter:title" content="{e(title)}">

    <style>
a.cta_button{{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;box-sizing:content-box !important;vertical-align:middle}}.hs-breadcrumb-menu{{list-style-type:none;margin:0px 0px 0px 0px;padding:0px 0px 0px 0px}}.hs-breadcrumb-menu-item{{float:left;padding:10px 0px 10px 10px}}.hs-breadcrumb-menu-divider:before{{content:'›';padding-left:10px}}.hs-featured-image-link{{border:0}}.hs-featured-image{{float:right;margin:0 0 20px 20px;max-width:50%}}@media (max-width: 568px){{.hs-featured-image{{float:none;margin:0;width:100%;max-width:100%}}}}.hs-screen-reader-text{{clip:rect(1px, 1px, 1px, 1px);height:1px;overflow:hidden;position:absolute !important;width:1px}}
</style>

<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Tajawal:wght@400;500;700&amp;display=swap">
<link rel="stylesheet" href="/hs/hsstatic/AsyncSupport/static-1.501/sass/rss_post_listing.css">
<link rel="stylesheet" href="{HOST}/hubfs/hub_generated/template_assets/1/35201874412/1709812254031/template_main-rtl.min.css">
<link rel="stylesheet" href="{HOST}/hubfs/hub_generated/module_assets/1/35201874530/1709812250977/module_blog-related-posts.min.css">
    <script type="application/ld+json">
{_ld(article, url, n, image)}
</script>

<link rel="amphtml" href="{url}?hs_amp=true">

{og_image}<meta property="og:url" content="{url}">
<meta name="twitter:card" content="{"summary_large_image" if image else "summary"}">

<link rel="canonical" href="{url}">

<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="{HOST}/ar/news/rss.xml">
<meta name="twitter:domain" content="www.waslapay.example">
<script src="//platform.linkedin.com/in.js" type="text/javascript">
    lang: ar_AE
</script>

<meta http-equiv="content-language" content="ar">
{alternates}<meta name="generator" content="HubSpot"></head>
  <body class="   hs-content-id-{article.slug} hs-blog-post hs-content-path-ar-news-{slug} hs-blog-name-waslapay-newsroom-ar hs-blog-id-{BLOG_ID}">
<div class="header-container-wrapper">
<div class="header-container container-fluid">
{header}</div><!--end header -->
</div><!--end header wrapper -->
{body}{footer}
<script data-hs-ignore="true">window.hsFormsOnReady = window.hsFormsOnReady || []; window.hsFormsOnReady.push(()=>{{ hbspt.forms.create({{portalId: {PORTAL}, formId: "{fid}", formInstanceId: "4417", pageId: "{article.slug}", region: "na1", target: "#hs_form_target_blog_subscribe_4417", pageName: "", pageUrl: "{url}", isInsideCrossOriginFrame: false, formsBaseUrl: "/_hcms/forms", inlineMessage: true, contentType: "blog-post", hutk: ""}}); }});</script>
<script charset="utf-8" src="/hs/hsstatic/forms-embed/static-1.101/embed.js" async></script>

<!-- HubSpot performance collection script -->
<script defer src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script src="{HOST}/hubfs/hub_generated/template_assets/1/35201874433/1709812256320/template_main.min.js"></script>
<script>
var hsVars = hsVars || {{}}; hsVars['language'] = 'ar';
</script>

<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>

<!-- Start of HubSpot Analytics Code -->
<script type="text/javascript">
var _hsq = _hsq || [];
_hsq.push(["setContentType", "blog-post"]);
_hsq.push(["setCanonicalUrl", "{escaped}"]);
_hsq.push(["setPageId", "{article.slug}"]);
_hsq.push(["setContentMetadata", {{
{metadata}
}}]);
</script>

<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/{PORTAL}.js"></script>
<!-- End of HubSpot Analytics Code -->


<script type="text/javascript">
var hsVars = {{
{hs_vars}
}}
</script>


<script defer src="/hs/hsstatic/HubspotToolsMenu/static-1.354/js/index.js"></script>

<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner-type="opt-in" tabindex="0"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording" tabindex="0"><p>{COOKIE[0]}</p></div><div id="hs-eu-cookie-confirmation-buttons-area"><a id="hs-eu-cookie-settings-button" role="button" tabindex="0" href="#">{COOKIE[3]}</a><div id="hs-eu-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" tabindex="0" href="#">{COOKIE[1]}</a><a id="hs-eu-decline-button" role="button" tabindex="0" href="#">{COOKIE[2]}</a></div></div></div></div>
</body></html>
"""
    return page
