"""A Moroccan cultural association's news blog on Jimdo Creator (free plan), "جمعية أصداء الأطلس
للثقافة والفنون" in Azrou, as Jimdo serves a blog post. Head: Jimdo's dns-prefetch links,
description (lead cut at ~150 chars), twitter/og meta (og:type article, og:locale ar_MA), `<title>`
"headline - site", RSS `/rss/blog`, canonical, the inline `.n{padding:5px}` style, u.jimcdn.com
`layout.css`, the loadCSS web.css and `var jimdoData` (`"isFreePackage":true`); no JSON-LD and no
machine time: the URL `/YYYY/MM/DD/<arabic-slug>/` and the printed date are all there is. Body:
`body.cc-page.cc-page-blog` with the `j-m-*-styles` list, the devkit template (`#cc-inner`,
`jtpl-main`, `jtpl-header` with the nested `cc-nav-level-0/1` navigation and `#cc-website-title`,
the `j-nav-variant-breadcrumb` list), then `#content_area` > `article.j-blog`:
`div.n.j-blog-meta.j-blog-post--header` with `a.j-blog-post--category` and the date in
`span.j-text.j-blog-post--date` ("السبت, 18 مايو 2024": weekday, comma, zero-padded day, so page 2
reads "04"), `h1.j-blog-post--headline`, then `div.post.j-blog-content` with the post's `cc-matrix`
of `j-module n j-text` modules (`<p>` lines indented by the editor), a `j-header` h2 subheading
(page 1), a `j-imageSubtitle` figure with figcaption and photo credit (page 1) or bare (page 3), a
`j-video` YouTube embed (page 3) and icon-only `j-sharebuttons`. Page 1 opens with a "بقلم: ..."
text module (the only named writer); page 2 links the registration form inline and bolds the date;
page 3 ends with the board's sign-off module. Then the tags line (`j-blog-post--tags-wrapper` with
the hidden `tagPlaceholder` span), the comment counter, the `j-comment` list (2 comments on page 1,
1 on page 3) and form; the sidebar "آخر الأخبار" `j-blogSelection` (dates as `datetime-inner`
day/mon/yr spans), address and Facebook modules; the footer `j-meta-links` (about, privacy, cookie
policy, sitemap), `j-admin-links` with the logged-out "تسجيل الدخول", the free plan's Jimdo badge
and the jQuery UI cookie dialog (`cc-individual-cookie-settings`). All of that is chrome. Morocco
is +01:00 except in Ramadan (+00:00: page 2, 4 April 2024); page 3 was posted at 00:35 local on 14
January 2025 and shows that local day."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e, weekday

NAME = "jimdo_association"
HELD_OUT = True
SET = "unseen23"
FAMILY = "Jimdo Creator (free plan) blog post of a Moroccan cultural association: j-module j-text/j-header/j-imageSubtitle matrix, j-blog-post--date span, blogSelection datetime spans, comments, cookie dialog"
HOST = "https://jimdo-assoc-ma.example"
SITE = "جمعية أصداء الأطلس للثقافة والفنون"
WEBSITE_ID = "s4e7a19c2d0b3f8e1"
NAV = (("/", "الرئيسية", ()), ("/من-نحن/", "من نحن", (("/من-نحن/المكتب-المسير/", "المكتب المسير"),
       ("/من-نحن/القانون-الأساسي/", "القانون الأساسي"))), ("/أنشطتنا/", "أنشطتنا", ()),
       ("/الأخبار/", "الأخبار", ()), ("/معرض-الصور/", "معرض الصور", ()),
       ("/انخرط-معنا/", "انخرط معنا", ()), ("/اتصل-بنا/", "اتصل بنا", ()))
CRUMBS = ("الرئيسية", "الأخبار")
BYLINE = {1: "بقلم: سناء أمزيان"}
SIGNOFF = {3: "المكتب المسير – " + SITE}
SUBHEAD = {1: 3}  # page -> index in (lead, *paragraphs) shown as a j-header h2
BOLD = {1: (0, "اثنتي عشرة فرقة"), 2: (1, "السبت 20 أبريل")}
LINKED = {2: (2, "استمارة التسجيل الإلكترونية", "https://forms.gle/Tf9xQm2LzAe7Kp3v8")}
IMAGE_AFTER = {1: 0, 3: 1}  # page -> the image module follows this paragraph
VIDEO = {3: ("Yk7hQ2pLm4s", 3)}
COMMENTS = {
    1: (("حسن أيت علا", 40, "تبارك الله عليكم، تنظيم في المستوى والأجواء كانت رائعة."),
        ("Fatima Zahra", 1310, "شكرا للجمعية على الورشات، ابني استفاد كثيرا ويريد الانضمام.")),
    3: (("رشيد أوبلا", 620, "أسكاس أماينو أمباركي، ونتمنى تكرار المبادرة في الأحياء."),),
}
TAGS_LABEL = "الوسوم:"
LATEST = "آخر الأخبار"
ADDRESS = ("دار الشباب، شارع الحسن الثاني، أزرو 53100", "الهاتف: 0535 56 21 48",
           "البريد: contact@jimdo-assoc-ma.example")
FACEBOOK = "تابعونا على فيسبوك"
FORM = ("اكتب تعليقا", "الاسم:", "البريد الإلكتروني:", "الموقع الإلكتروني:", "التعليق:",
        "سيتم نشر تعليقك بعد مراجعته.")
META_LINKS = (("/about/", "من نحن"), ("//jimdo-assoc-ma.example/j/privacy", "سياسة الخصوصية"),
              ("javascript:window.CookieControl.showCookieSettings();",
               "سياسة ملفات تعريف الارتباط"), ("/sitemap/", "خريطة الموقع"))
LOGIN = "تسجيل الدخول"
BADGE = ("أُنشئ هذا الموقع بواسطة", "Jimdo")
COOKIE = ("نستخدم ملفات تعريف الارتباط لتشغيل هذا الموقع وتحليل زياراته. يمكنك قبولها كلها أو "
          "اختيار ما توافق عليه.", "ضرورية", "إحصائيات", "قبول الكل", "حفظ الاختيار", "رفض")
CURRENT, SHOWN_CATEGORY = ' class="j-nav-current"', "/الأخبار/category/"


def _date(moment) -> str:
    """Jimdo's blog date: "السبت, 18 مايو 2024" (comma, zero-padded day)."""
    return f"{weekday(moment)}, {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def _mid(article: Article, k: int) -> int:
    return 13000000000 + int(article.slug) * 1000 + k * 7


def _text(mid: int, inner: str) -> str:
    return f'<div id="cc-m-{mid}" class="j-module n j-text ">{inner}</div>'


def _para(n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = e(BOLD[n][1])
        html = html.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        words = e(LINKED[n][1])
        html = html.replace(words, f'<a href="{LINKED[n][2]}" target="_blank" title="'
                                   f'{words}">{words}</a>', 1)
    return f"<p>\n    {html}\n</p>"


def _image(article: Article, n: int, mid: int) -> str:
    path = (f"https://image.jimcdn.com/app/cms/image/transf/dimension={{w}}x10000:format=jpg/"
            f"path/{WEBSITE_ID}/image/i{article.slug}a7c{n}e0/version/17{article.slug}44/"
            "image.jpg")
    srcset = ", ".join(f"{path.format(w=w)} {w}w" for w in (320, 640, 820, 1024))
    caption = article.caption if article.caption != "-" else ""
    figcaption = caption and f'<figcaption style="width: 820px">{e(caption)}</figcaption>\n'
    return (f'<div id="cc-m-{mid}" class="j-module n j-imageSubtitle "><figure class="'
            f'cc-imagewrapper cc-m-image-align-1 cc-m-width-maxed">\n<img srcset="{srcset}" '
            f'sizes="(min-width: 820px) 820px, 100vw" id="cc-m-imagesubtitle-image-{mid}" '
            f'src="{path.format(w=820)}" alt="{e(caption)}" class="" data-src-width="1600" '
            f'data-src-height="1067" data-src="{path.format(w=820)}" data-image-id="'
            f'{mid - 4000000000}">    \n\n{figcaption}</figure>\n\n<div class="cc-clear"></div>\n'
            f'<script id="cc-m-reg-{mid}">// <![CDATA[\n\n    window.regModule("module_imageSub'
            f'title", {{"variant":"default","selector":"#cc-m-imagesubtitle-{mid}","id":{mid},'
            f'"action":"imageSubtitle","enableLightbox":true}});\n// ]]>\n</script></div>')


def _video(mid: int, vid: str) -> str:
    return (f'<div id="cc-m-{mid}" class="j-module n j-video "><div class="cc-m-video-gutter '
            f'cc-m-video-align-center" style="width: 100%;"><div class="cc-m-video-wrapper">'
            f'<div class="cc-m-video-container cc-m-video-ratio-16x9"><iframe src="https://www.'
            f'youtube-nocookie.com/embed/{vid}?wmode=transparent&amp;vq=hd1080" frameborder="0"'
            f' allowfullscreen=""></iframe></div></div></div>\n<script id="cc-m-reg-{mid}">// '
            f'<![CDATA[\n\n    window.regModule("module_video", {{"variant":"default",'
            f'"selector":"#cc-m-video-{mid}","id":{mid}}});\n// ]]>\n</script></div>')


def _share(url: str, headline: str, mid: int) -> str:
    u, t = quote(url), quote(headline)
    links = "".join(f'<a class="cc-sharebuttons-{net}" href="{href}" title="{net.title()}" '
                    f'target="_blank"></a>' for net, href in (
                        ("facebook", f"http://www.facebook.com/sharer.php?u={u}&amp;t={t}"),
                        ("x", f"https://x.com/share?text={t}&amp;url={u}"),
                        ("whatsapp", f"whatsapp://send?text={u}")))
    return (f'<div id="cc-m-{mid}" class="j-module n j-sharebuttons "><div class="cc-share'
            'buttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored '
            f'cc-sharebuttons-design-round cc-sharebuttons-align-right">{links}</div></div>')


def _story(article: Article, n: int, url: str, page: Page) -> str:
    parts = [article.lead, *article.paragraphs]
    mods: list[str] = []
    if n in BYLINE:
        mods.append(_text(_mid(article, 90), f'<p style="text-align: right;">\n    <span style='
                                             f'"color: #8a6d3b;"><em>{e(BYLINE[n])}</em></span>'
                                             "\n</p>"))
        page.add(BYLINE[n])
    run: list[str] = []

    def flush() -> None:
        if run:
            mods.append(_text(_mid(article, len(mods)), "\n\n".join(run)))
            run.clear()

    for k, text in enumerate(parts):
        if SUBHEAD.get(n) == k:
            flush()
            mid = _mid(article, 60 + k)
            mods.append(f'<div id="cc-m-{mid}" class="j-module n j-header "><h2 class="" '
                        f'id="cc-m-header-{mid}">{e(text)}</h2></div>')
            continue
        run.append(_para(n, k, text))
        if IMAGE_AFTER.get(n) == k:
            flush()
            mods.append(_image(article, n, _mid(article, 70)))
            if article.caption != "-":
                page.add(article.caption)
        if n in VIDEO and VIDEO[n][1] == k:
            flush()
            mods.append(_video(_mid(article, 80), VIDEO[n][0]))
    flush()
    if n in SIGNOFF:
        mods.append(_text(_mid(article, 91), f'<p style="text-align: left;">\n    <strong>'
                                             f'{e(SIGNOFF[n])}</strong>\n</p>'))
        page.add(SIGNOFF[n])
    mods.append(f'<div id="cc-m-{_mid(article, 92)}" class="j-module n j-spacing ">\n    <div '
                'class="cc-m-spacer" style="height: 20px;">\n    \n</div>\n\n</div>')
    mods.append(_share(url, article.headline, _mid(article, 93)))
    return f'<div id="cc-matrix-{3900000000 + int(article.slug)}">{"".join(mods)}</div>'


def _nav(current: str) -> str:
    items = []
    for path, label, kids in NAV:
        cur = path == current
        li_cls = "jmd-nav__list-item-0" + (" j-nav-has-children" if kids else "") + (
            " cc-nav-current j-nav-current jmd-nav__item--current" if cur else "")
        a_cls = ' class="cc-nav-current j-nav-current jmd-nav__link--current"' if cur else ""
        sub = ""
        if kids:
            sub = (f'<span data-navi-toggle="cc-nav-view-{2400000000 + len(path) * 97}" '
                   'class="jmd-nav__toggle-button"></span><ul class="cc-nav-level-1 '
                   'j-nav-level-1">') + "".join(
                f'<li id="cc-nav-view-{2400001000 + len(p) * 31}" class="jmd-nav__list-item-1">'
                f'<a href="{quote(p)}" data-link-title="{t}">{t}</a></li>' for p, t in kids) + \
                "</ul>"
        items.append(f'<li id="cc-nav-view-{2400000000 + len(path) * 97}" class="{li_cls}">'
                     f'<a href="{quote(path)}" data-link-title="{label}"{a_cls}>{label}</a>'
                     f'{sub}</li>')
    return ('<div data-container="navigation"><div class="j-nav-variant-nested"><ul class="'
            f'cc-nav-level-0 j-nav-level-0">{"".join(items)}</ul></div></div>')


def _sidebar(article: Article, page: Page) -> str:
    posts = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=(6, 19, 41)[k])
        mon = MONTHS[when.month - 1]
        page.add(title, f"{when.day:02d} {mon} {when.year}")
        link = f"{HOST}/{when:%Y/%m/%d}/{quote(title.replace(' ', '-'))}/"
        posts.append(f"""<div class="n article j-blogarticle">
    <div class="datetime">
        <div class="datetime-inner"><span class="day">{when.day:02d}</span> <span class="mon">{mon}</span> <span class="yr">{when.year}</span></div>
    </div>
    <h2 class="j-blog-header j-blog-headline"><a href="{link}">{e(title)}</a></h2>
    <div class="c"></div>
</div>""")
    page.add(LATEST, *ADDRESS, FACEBOOK, "العنوان")
    addr = "<br>\n    ".join(e(line) for line in ADDRESS)
    return f"""<aside class="jtpl-sidebar sidebar-options"><div data-container="sidebar"><div id="cc-matrix-1981740092"><div id="cc-m-12570000092" class="j-module n j-header "><h2 class="" id="cc-m-header-12570000092">{LATEST}</h2></div><div id="cc-m-12570000192" class="j-module n j-blogSelection "><div class="blogselection">
{chr(10).join(posts)}
</div>
<script id="cc-m-reg-12570000192">// <![CDATA[
    window.regModule("module_blogSelection", {{"id":12570000192,"selector":"#cc-m-12570000192"}});
// ]]>
</script></div><div id="cc-m-12570000292" class="j-module n j-header "><h3 class="" id="cc-m-header-12570000292">العنوان</h3></div><div id="cc-m-12570000392" class="j-module n j-text "><p>
    {addr}
</p></div><div id="cc-m-12570000492" class="j-module n j-text "><p>
    <a href="https://www.facebook.com/asdaa.atlas.azrou" target="_blank" title="فيسبوك">{FACEBOOK}</a>
</p></div></div></div>
        </aside>"""


def _comments(article: Article, n: int, page: Page) -> str:
    entries = []
    for k, (who, minutes, text) in enumerate(COMMENTS.get(n, ())):
        local = article.moment + timedelta(minutes=minutes)
        when = f"({_date(local)} {local:%H:%M})"
        page.add(who, when, text)
        entries.append(f"""<li id="commentEntry{int(article.slug) * 10 + k}" class="commentstd clearover">
    <div class="com-meta">
        <strong>{e(who)}</strong> <span class="com-date">{when}</span>
    </div>
    <div class="com-content">{e(text)}</div>
</li>""")
    count = len(entries)
    counter = "تعليق واحد" if count == 1 else f"{count} تعليقات"
    page.add(counter, *FORM)
    rows = "\n".join(
        f'    <div class="cc-commentform-row"><label for="comment{key}{article.slug}">{label}'
        f'</label> <{tag} name="{key}" id="comment{key}{article.slug}"{extra}{close}'
        for key, label, tag, extra, close in (
            ("name", FORM[1], "input", ' type="text" value="" required=""', "> *</div>"),
            ("email", FORM[2], "input", ' type="email" value="" required=""', "> *</div>"),
            ("url", FORM[3], "input", ' type="url" value=""', "></div>"),
            ("text", FORM[4], "textarea", ' rows="6" required=""', "></textarea> *</div>")))
    return f"""<a name="comments"></a>
<div class="j-blog-comment-counter" id="commentsModule{article.slug}"><i class="cc-comments-count">{count}</i> {counter.split(" ", 1)[-1] if count != 1 else counter}</div>
<div id="cc-m-{_mid(article, 95)}" class="j-module n j-comment "><div class="j-comment-list"><ul class="com-list-noava">
{chr(10).join(entries)}
</ul></div>
<div class="com-form-wrapper"><h3 class="cc-commentform-heading">{FORM[0]}</h3>
<form action="/app/module/comment/post/" method="post" class="cc-commentform" id="commentForm{article.slug}">
    <input type="hidden" name="moduleId" value="{_mid(article, 95)}">
{rows}
    <p class="cc-commentform-note">{FORM[5]}</p>
    <input type="submit" class="cc-commentform-submit" value="إرسال">
</form></div></div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = _date(moment)
    slug = quote(article.headline.replace(" ", "-").replace("،", ""))
    url = f"{HOST}/{moment:%Y/%m/%d}/{slug}/"
    page = Page(url=url, html="", shown_date=shown)
    page.add(SITE, *(label for _, label, _ in NAV), *(t for _, _, kids in NAV for _, t in kids),
             *CRUMBS, article.section, shown)
    story = _story(article, n, url, page)
    tags = ", ".join(f'<a class="j-blog-post--tag" href="{HOST}/الأخبار/?tag={quote(t)}">'
                     f"{e(t)}</a>" for t in article.tags)
    page.add(f"{TAGS_LABEL} {', '.join(article.tags)}")
    sidebar, comments = _sidebar(article, page), _comments(article, n, page)
    page.add(*(label for _, label in META_LINKS), LOGIN, *BADGE, *COOKIE)
    meta_links = " | ".join(
        (f'<a id="cookie-policy" href="{h}">{t}</a>' if h.startswith("javascript") else
         f'<a href="{h}">{t}</a>') for h, t in META_LINKS)
    desc = " ".join([article.lead])[:150].rsplit(" ", 1)[0]
    page_id = 2700000000 + int(article.slug) * 13
    crumbs = "".join(
        f'<li itemprop="itemListElement" itemscope="" itemtype="http://schema.org/ListItem"'
        f'{CURRENT if k else ""}><a href="{quote(path)}" itemprop="item">'
        f'<span itemprop="name">{label}</span></a><meta itemprop="position" content="{k + 1}">'
        f"</li>" for k, (path, label) in enumerate((("/", CRUMBS[0]), ("/الأخبار/", CRUMBS[1]))))
    cat = f"{HOST}{quote(SHOWN_CATEGORY + article.section.replace(' ', '-'))}/"
    cache = ("9c41e2a07b", "9c41e2a07b", "d03f5a8c61")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html lang="ar-MA" dir="rtl"><head>
    <meta charset="utf-8"/>
<link rel="dns-prefetch preconnect" href="https://u.jimcdn.com/" crossorigin="anonymous"/>
<link rel="dns-prefetch preconnect" href="https://assets.jimstatic.com/" crossorigin="anonymous"/>
<link rel="dns-prefetch preconnect" href="https://image.jimcdn.com" crossorigin="anonymous"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="description" content="{e(desc)}"/>
<meta name="robots" content="index, follow, archive"/>
<meta property="st:section" content="{e(desc)}"/>
<meta name="twitter:title" content="{e(article.headline)}"/>
<meta name="twitter:description" content="{e(desc)}"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta property="og:url" content="{url}"/>
<meta property="og:title" content="{e(article.headline)}"/>
<meta property="og:description" content="{e(desc)}"/>
<meta property="og:type" content="article"/>
<meta property="og:locale" content="ar_MA"/>
<meta property="og:site_name" content="{SITE}"/><title>{e(article.headline)} - {SITE}</title>
<link rel="icon" type="image/png" href="https://u.jimcdn.com/cms/o/{WEBSITE_ID}/img/favicon.png?t=1699871234"/>
    <link rel="alternate" type="application/rss+xml" title="الأخبار" href="{HOST}/rss/blog"/>
<link rel="canonical" href="{url}"/>
    <style>html,body{{margin:0}}.hidden{{display:none}}.n{{padding:5px}}#cc-website-title a {{text-decoration: none}}.cc-m-image-align-1{{text-align:left}}.cc-m-image-align-2{{text-align:right}}.cc-m-image-align-3{{text-align:center}}</style>
        <link href="https://u.jimcdn.com/cms/o/{WEBSITE_ID}/layout/dm_5b1f0d9e3c7a2e64b8a0c1d2e3f40516/css/layout.css?t=1701943022" rel="stylesheet" type="text/css" id="jimdo_layout_css"/>
<script>     /* <![CDATA[ */     /*!  loadCss [c]2014 @scottjehl, Filament Group, Inc.  Licensed MIT */     window.loadCSS = window.loadCss = function(e,n,t){{var r,l=window.document,a=l.createElement("link");a.rel="stylesheet",a.href=e,a.media="only x";return a}};     /* ]]> */ </script>     <script>
// <![CDATA[
onloadCSS(loadCss('https://assets.jimstatic.com/web.css.{cache}7f1e2d3c4b5a69788.css') , function() {{ this.id = 'jimdo_web_css'; }});
// ]]>
</script>
<noscript><link href="https://assets.jimstatic.com/web.css.{cache}7f1e2d3c4b5a69788.css" rel="stylesheet"/></noscript>
    <script>
    //<![CDATA[
        var jimdoData = {{"isTestserver":false,"isLcJimdoCom":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"","cacheJsKey":"{cache}","cdnUrl":"https:\\/\\/assets.jimstatic.com\\/","webPath":"https:\\/\\/jimdo-assoc-ma.example\\/","cmsLanguage":"ar_MA","isFreePackage":true,"mobile":false,"isDevkitTemplateUsed":true,"isTemplateResponsive":true,"websiteId":"{WEBSITE_ID}","pageId":{page_id},"packageId":1}};
    // ]]>
</script>
    <script src="https://assets.jimstatic.com/web.js.{cache}a1b2c3d4e5f6.js" async="true"></script>
</head>
<body class="body cc-page cc-page-blog j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-{page_id}">
<div id="cc-inner" class="cc-content-parent">
  <input type="checkbox" id="jtpl-navigation__checkbox" class="jtpl-navigation__checkbox"/><div class="jtpl-main cc-content-parent">

    <header class="jtpl-header" background-area="stripe" background-area-default=""><div class="jtpl-topbar">
        <nav class="jtpl-navigation navigation-colors navigation-alignment" data-dropdown="true">{_nav("/الأخبار/")}
        </nav><!-- END _navigation.sass -->
      </div>
      <div class="jtpl-header__inner">
        <div class="jtpl-title">
          <div id="cc-website-title" class="cc-single-module-element"><div id="cc-m-10947800092" class="j-module n j-header"><a href="{HOST}/"><span class="cc-within-single-module-element j-website-title-content" id="cc-m-header-10947800092">{SITE}</span></a></div></div>
        </div>
      </div>
    </header><!-- END _header.sass --><!-- _content.sass --><div class="jtpl-section flex-background-options border-options cc-content-parent">
      <div class="jtpl-section__gutter cc-content-parent">
        <nav class="jtpl-breadcrumbs breadcrumb-options"><div data-container="navigation"><div class="j-nav-variant-breadcrumb"><ol itemscope="true" itemtype="http://schema.org/BreadcrumbList">{crumbs}</ol></div></div></nav>
        <section class="jtpl-content cc-content-parent"><div class="jtpl-content__shadow"></div>
          <div class="jtpl-content__inner content-options cc-content-parent">
            <div id="content_area" data-container="content"><div id="content_start"></div>
        <article class="j-blog"><div class="n j-blog-meta j-blog-post--header">
    <div class="j-text j-module n">
                    <a href="{cat}" class="j-blog-post--category">
                {e(article.section)}            </a>
                    <span class="j-text j-blog-post--date">
            {shown}        </span>
    </div>
    <h1 class="j-blog-header j-blog-headline j-blog-post--headline">{e(article.headline)}</h1>
</div>
<div class="post j-blog-content">
        {story}        </div><div class="j-module n j-text j-blog-post--tags-wrapper"><span class="j-blog-post--tags--template" style="display: none;"><a class="j-blog-post--tag" href="{HOST}/الأخبار/?tag=tagPlaceholder">tagPlaceholder</a></span><span class="j-blog-post--tags-label" style="display: inline;">{TAGS_LABEL}</span> <span class="j-blog-post--tags-list">{tags}</span></div>
{comments}
</article>
        </div>
          </div>
        </section><!-- _sidebar.sass -->{sidebar}<!-- END _sidebar.sass -->
</div>
    </div>
    <!-- END _content.sass --><!-- _footer.sass -->
    <footer class="jtpl-footer footer-options"><div class="jtpl-footer__inner">
        <div id="contentfooter" data-container="footer">
    <div class="j-meta-links">
        {meta_links}    </div>
    <div class="j-admin-links">
<span class="loggedout">
    <a rel="nofollow" id="login" href="/login">{LOGIN}</a>
</span>
<span class="loggedin" style="display: none;">
    <a rel="nofollow" id="logout" target="_top" href="https://cms.e.jimdo.com/app/cms/logout.php"></a>
</span>
        </div>
</div>
      </div>
    </footer><!-- END _footer.sass -->
</div>
  <!-- END _main.sass -->
</div>
<div class="jimdo-free-footer-ad" id="jimdo-free-footer"><a href="https://www.jimdo.com/?utm_source={WEBSITE_ID}&amp;utm_medium=referral&amp;utm_campaign=jimdo-free-footer" target="_blank" rel="nofollow"><span class="jimdo-free-footer-ad__text">{BADGE[0]}</span> <span class="jimdo-free-footer-ad__logo">{BADGE[1]}</span></a></div>
<div class="ui-widget-overlay ui-front cc-individual-cookie-settings-overlay"></div>
<div tabindex="-1" role="dialog" class="ui-dialog ui-widget ui-widget-content ui-corner-all ui-front cc-individual-cookie-settings" aria-describedby="cc-individual-cookie-settings"><div id="cc-individual-cookie-settings" class="ui-dialog-content ui-widget-content">
    <p class="cc-individual-cookie-settings__text">{COOKIE[0]}</p>
    <label><input type="checkbox" checked="" disabled=""> {COOKIE[1]}</label>
    <label><input type="checkbox" id="cookie-settings-statistics"> {COOKIE[2]}</label>
</div><div class="ui-dialog-buttonpane ui-widget-content ui-helper-clearfix"><div class="ui-dialog-buttonset"><button type="button" id="cookie-settings-all" class="ui-button">{COOKIE[3]}</button><button type="button" id="cookie-settings-selected" class="ui-button">{COOKIE[4]}</button><button type="button" id="cookie-settings-decline" class="ui-button">{COOKIE[5]}</button></div></div></div>
</body>
</html>
"""
    return page
