"""The blog of a Tunisian open-data / civic-tech association ("مدني") built with Docusaurus
3.4 (classic theme, static build), in its Arabic locale: the default locale is French, so
the Arabic pages live under `/ar/` with `<html lang="ar" dir="rtl" class="blog-wrapper
blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false">`. The head: the
Docusaurus generator meta, `<title data-rh="true">` "headline | مدني", react-helmet metas
(`docusaurus_locale`, `docsearch:language`, og/twitter, `og:type` article,
`article:published_time` in UTC with milliseconds, `article:tag` comma-joined), hreflang
alternates (fr, ar, en, x-default), RSS/Atom feeds, one hashed stylesheet and the deferred
`runtime~main` / `main` bundles; no JSON-LD (this version prints schema.org microdata). The
body: the colour-mode inline script, the skip link ("انتقل إلى المحتوى الرئيسي"), the
`navbar navbar--fixed-top` (brand "مدني", links, locale dropdown, GitHub, the DocSearch
button "بحث"), then `container margin-vert--lg` > `row`: `aside.col.col--3` with the blog
sidebar (`sidebar_re4s`, title "أحدث المقالات", five recent posts, the current one
`aria-current="page"`), `main.col.col--7` (itemtype schema.org/Blog) holding
`article[itemprop=blogPost]` (BlogPosting): `h1.title_f1Hy[itemprop=headline]`, the info line
`<time datetime="...Z" itemprop="datePublished">` with the date as Intl formats the `ar`
locale in UTC (Arabic-Indic digits, "١٢ مارس ٢٠٢٤", Mashriqi month names even for Tunisia)
" · " and the reading time from the `ar` translation ("2 دقائق قراءة", Western digits, the
same plural for one), the authors row (`avatar__intro` Person microdata, `avatar__name`,
`avatar__subtitle`), `div#__blog-post-container.markdown[itemprop=articleBody]`, the footer
with "الوسوم:" and tag links plus "تعديل هذه الصفحة", then `nav.pagination-nav` ("مقالات
أحدث" / "مقالات أقدم" with neighbour titles); `col col--2` table-of-contents when the post
has headings; the dark footer (link columns, copyright). Page 1: date-only front matter
(T00:00:00.000Z), author with avatar, a figure with figcaption after the lead, an `h2.anchor`
subheading with hash-link (and so a TOC). Page 2: front matter with a time (17:30Z, same
day in Tunis, +01:00), no author, a bold phrase, an external inline link and a Datawrapper
iframe. Page 3: newest post (no "newer" link), author without avatar, an info admonition
after the text (a call to take part: chrome). Captions, admonition, TOC, sidebar, tags,
pagination, navbar and footer are chrome."""

from __future__ import annotations

from datetime import UTC

from .base import MONTHS, Article, Page, e, indic

NAME = "docusaurus_blog"
HELD_OUT = True
SET = "unseen26"
FAMILY = ("Docusaurus 3 blog post (ar locale, RTL) of a civic-tech association: BlogPosting "
          "microdata, avatar authors, reading time, tags footer, blog sidebar, pagination, TOC")
HOST = "https://docusaurus-madani.example"
SITE = "مدني"
VERSION = "3.4.0"
SLUGS = {1: "budgets-municipaux-350", 2: "nifadh-suivi-2024", 3: "hackathon-sfax-2025"}
HASHES = {1: "7c1e4b2a", 2: "0d93f6aa", 3: "b25e81c4"}
NAV = (("/ar/blog", "المدونة"), ("/ar/data", "المنصّات"), ("/ar/projects", "المشاريع"),
       ("/ar/about", "من نحن"))
DONATE = "ادعمنا"
LOCALES = (("fr", "Français", ""), ("ar", "العربية", "/ar"), ("en", "English", "/en"))
SEARCH = "بحث"
SKIP = "انتقل إلى المحتوى الرئيسي"
SIDEBAR_TITLE = "أحدث المقالات"
OLDER_POSTS = ("منصة مفتوحة لمتابعة قرارات المجالس البلدية المنشورة في الرائد الرسمي",
               "دليلنا الجديد لنشر البيانات البلدية بصيغ قابلة للقراءة الآلية",
               "لماذا نطالب بنشر عقود الصفقات العمومية كاملة؟")
TAGS_LABEL = "الوسوم:"
EDIT = "تعديل هذه الصفحة"
NEWER, OLDER = "مقالات أحدث", "مقالات أقدم"
AUTHORS = {1: ("amira-zoghlami", "منسقة مشروع الميزانية المفتوحة", True),
           3: ("yassine-benomar", "مسؤول برامج التكنولوجيا المدنية", False)}
SUBHEAD = {1: "ماذا تكشف الأرقام؟"}
BOLD = {2: (1, "الوزارات ذات الصبغة الاجتماعية")}
LINKED = {2: (3, "بوابة البيانات المفتوحة",
              "https://data.docusaurus-madani.example/ar/dataset/nifadh-2024")}
CHART = {2: (2, "Xk2p9", "نسب الرد على مطالب النفاذ حسب نوع الهيكل")}
ADMONITION = {3: ("شاركنا فكرتك",
                  "هل تعمل على أداة مدنية تعتمد على البيانات المفتوحة؟ راسلنا على "
                  "hackathon@docusaurus-madani.example لننشر تجربتك في المدونة.")}
FOOTER = (("الجمعية", (("/ar/about", "من نحن"), ("/ar/team", "فريقنا"),
                       ("/ar/reports", "التقارير السنوية"))),
          ("مواردنا", (("https://data.docusaurus-madani.example/ar/", "بوابتنا للبيانات"),
                        ("/ar/docs/api", "واجهة برمجة التطبيقات"),
                        ("/ar/docs/licence", "رخصة إعادة الاستخدام"))),
          ("تابعونا", (("https://www.facebook.com/madani.tn", "فيسبوك"),
                       ("https://github.com/madani-tn", "GitHub"),
                       ("https://x.com/madani_tn", "X"))))
EXTERNAL_SVG = ('<svg width="13.5" height="13.5" aria-hidden="true" viewBox="0 0 24 24" '
                'class="iconExternalLink_nPIU"><path fill="currentColor" d="M21 13v10h-21v-19h12v'
                '2h-10v15h17v-8h2zm3-12h-10.988l4.035 4-6.977 7.07 2.828 2.828 6.977-7.07 4.125 '
                '4.172v-11z"></path></svg>')
THEME_SCRIPT = (
    '<script>!function(){function t(t){document.documentElement.setAttribute("data-theme",t)}'
    'var e=function(){try{return new URLSearchParams(window.location.search).get("docusaurus-'
    'theme")}catch(t){}}()||function(){try{return window.localStorage.getItem("theme")}catch(t)'
    '{}}();t(null!==e?e:"light")}(),function(){try{const n=new URLSearchParams(window.location.'
    'search).entries();for(var[t,e]of n)if(t.startsWith("docusaurus-data-")){var a=t.replace("'
    'docusaurus-data-","data-");document.documentElement.setAttribute(a,e)}}catch(t){}}()'
    '</script>')


def _slugify(text: str) -> str:
    """github-slugger as Docusaurus applies it: punctuation dropped, spaces to hyphens."""
    return "-".join("".join(c for c in text if c.isalnum() or c == " ").split())


def _instant(article: Article, n: int) -> str:
    """Front matter `date: 2024-03-12` is UTC midnight; page 2's carries its time."""
    if n == 2:
        return f"{article.moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"
    return f"{article.moment:%Y-%m-%d}T00:00:00.000Z"


def _shown(article: Article) -> str:
    m = article.moment
    return indic(f"{m.day} {MONTHS[m.month - 1]} {m.year}")


def _url(article: Article, n: int, locale: str = "/ar") -> str:
    m = article.moment
    return f"{HOST}{locale}/blog/{m:%Y/%m/%d}/{SLUGS[n]}"


def _navbar(page: Page) -> str:
    links = "".join(
        f'<a aria-current="page" class="navbar__item navbar__link navbar__link--active" '
        f'href="{href}">{label}</a>' if href == "/ar/blog" else
        f'<a class="navbar__item navbar__link" href="{href}">{label}</a>' for href, label in NAV)
    locales = "".join(
        f'<li><a href="{prefix}/blog" target="_self" rel="noopener noreferrer" class="dropdown__'
        f'link{" dropdown__link--active" if code == "ar" else ""}" lang="{code}">{label}</a></li>'
        for code, label, prefix in LOCALES)
    page.add(SITE, *(label for _, label in NAV), DONATE, "العربية", "Français", "English",
             "GitHub", SEARCH)
    return f"""<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><button aria-label="Toggle navigation bar" aria-expanded="false" class="navbar__toggle clean-btn" type="button"><svg width="30" height="30" viewBox="0 0 30 30" aria-hidden="true"><path stroke="currentColor" stroke-linecap="round" stroke-miterlimit="10" stroke-width="2" d="M4 7h22M4 15h22M4 23h22"></path></svg></button><a class="navbar__brand" href="/ar/"><div class="navbar__logo"><img src="/ar/img/madani-logo.svg" alt="شعار جمعية مدني" class="themedComponent_mlkZ themedComponent--light_NVdE"><img src="/ar/img/madani-logo-dark.svg" alt="شعار جمعية مدني" class="themedComponent_mlkZ themedComponent--dark_xIcU"></div><b class="navbar__title text--truncate">{SITE}</b></a>{links}</div><div class="navbar__items navbar__items--right"><a class="navbar__item navbar__link button button--primary button--sm" href="/ar/donate">{DONATE}</a><div class="navbar__item dropdown dropdown--hoverable dropdown--right"><a href="#" aria-haspopup="true" aria-expanded="false" role="button" class="navbar__link"><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" class="iconLanguage_nlXk"><path fill="currentColor" d="M12.87 15.07l-2.54-2.51.03-.03c1.74-1.94 2.98-4.17 3.71-6.53H17V4h-7V2H8v2H1v1.99h11.17C11.5 7.92 10.44 9.75 9 11.35 8.07 10.32 7.3 9.19 6.69 8h-2c.73 1.63 1.73 3.17 2.98 4.56l-5.09 5.02L4 19l5-5 3.11 3.11.76-2.04zM18.5 10h-2L12 22h2l1.12-3h4.75L21 22h2l-4.5-12zm-2.62 7l1.62-4.33L19.12 17h-3.24z"></path></svg>العربية</a><ul class="dropdown__menu">{locales}</ul></div><a href="https://github.com/madani-tn" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub{EXTERNAL_SVG}</a><div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP toggleButtonDisabled_aARS" type="button" disabled="" title="Switch between dark and light mode (currently light mode)" aria-label="Switch between dark and light mode (currently light mode)" aria-live="polite"><svg viewBox="0 0 24 24" width="24" height="24" class="lightToggleIcon_pyhR"><path fill="currentColor" d="M12,9c1.65,0,3,1.35,3,3s-1.35,3-3,3s-3-1.35-3-3S10.35,9,12,9 M12,7c-2.76,0-5,2.24-5,5s2.24,5,5,5s5-2.24,5-5 S14.76,7,12,7L12,7z"></path></svg></button></div><div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="{SEARCH}"><span class="DocSearch-Button-Container"><svg width="20" height="20" class="DocSearch-Search-Icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M14.386 14.386l4.0877 4.0877-4.0877-4.0877c-2.9418 2.9419-7.7115 2.9419-10.6533 0-2.9419-2.9418-2.9419-7.7115 0-10.6533 2.9418-2.9419 7.7115-2.9419 10.6533 0 2.9419 2.9418 2.9419 7.7115 0 10.6533z" stroke="currentColor" fill="none" fill-rule="evenodd" stroke-linecap="round" stroke-linejoin="round"></path></svg><span class="DocSearch-Button-Placeholder">{SEARCH}</span></span><span class="DocSearch-Button-Keys"></span></button></div></div></div><div role="presentation" class="navbar-sidebar__backdrop"></div></nav>"""


def _sidebar(article: Article, n: int, page: Page) -> str:
    newer, older, other = article.related
    titles = ([] if newer == "-" else [newer]) + [article.headline, older, other]
    titles += list(OLDER_POSTS)[: 5 - len(titles)]
    items = []
    for k, title in enumerate(titles):
        if title == article.headline:
            link = f'<a aria-current="page" class="sidebarItemLink_mo7H sidebarItemLinkActive_I1ZP" href="{_url(article, n)}">'
        else:
            link = f'<a class="sidebarItemLink_mo7H" href="/ar/blog/archive-{n}{k}">'
            page.add(title)
        items.append(f'<li class="sidebarItem__DBe">{link}{e(title)}</a></li>')
    page.add(SIDEBAR_TITLE)
    return (f'<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="'
            f'أحدث مشاركات المدونة"><div class="sidebarItemTitle_pO2u margin-bottom--md">'
            f'{SIDEBAR_TITLE}</div><ul class="sidebarItemList_Yudw clean-list">{"".join(items)}'
            f"</ul></nav></aside>")


def _authors(article: Article, n: int, page: Page) -> str:
    if n not in AUTHORS or not article.author:
        return ""
    handle, title, photo = AUTHORS[n]
    link = f"https://github.com/{handle}"
    img = (f'<a href="{link}" target="_blank" rel="noopener noreferrer" class="avatar__photo-'
           f'link"><img class="avatar__photo" src="{link}.png" alt="{e(article.author)}" '
           f'itemprop="image"></a>' if photo else "")
    page.add(article.author, title)
    return (f'<div class="margin-top--md margin-bottom--sm row"><div class="col col--6 '
            f'authorCol_Hf19"><div class="avatar margin-bottom--sm">{img}<div class="avatar__'
            f'intro" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><div '
            f'class="avatar__name"><a href="{link}" target="_blank" rel="noopener noreferrer" '
            f'itemprop="url"><span itemprop="name">{e(article.author)}</span></a></div><small '
            f'class="avatar__subtitle" itemprop="description">{e(title)}</small></div></div>'
            f"</div></div>")


def _paragraph(text: str, k: int, n: int) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" target="_blank" rel="noopener '
                                      f'noreferrer">{e(words)}</a>', 1)
    return f"<p>{html}</p>"


def _content(article: Article, n: int, page: Page) -> tuple[str, list[tuple[str, str]]]:
    parts = [f"<p>{e(article.lead)}</p>"]
    toc = []
    if article.caption != "-" and n == 1:
        parts.append(f'<figure><img decoding="async" loading="lazy" alt="{e(article.caption)}" '
                     f'src="/ar/assets/images/budget-sprint-{HASHES[n]}.jpg" width="1600" '
                     f'height="900" class="img_ev3q"><figcaption>{e(article.caption)}'
                     f"</figcaption></figure>")
        page.add(article.caption)
    for k, para in enumerate(article.paragraphs):
        if SUBHEAD.get(n) == para:
            anchor = _slugify(para)
            toc.append((anchor, para))
            parts.append(f'<h2 class="anchor anchorWithStickyNavbar_LWe7" id="{anchor}">'
                         f'{e(para)}<a href="#{anchor}" class="hash-link" aria-label="ارتباط '
                         f'مباشر بالعنوان" title="ارتباط مباشر بالعنوان">\u200b</a></h2>')
        else:
            parts.append(_paragraph(para, k, n))
        if n in CHART and CHART[n][0] == k:
            _, chart, label = CHART[n]
            parts.append(f'<iframe title="{e(label)}" aria-label="{e(label)}" id="datawrapper-'
                         f'chart-{chart}" src="https://datawrapper.dwcdn.net/{chart}/1/" '
                         f'scrolling="no" frameborder="0" style="width:0;min-width:100% '
                         f'!important;border:none" height="420" data-external="1"></iframe>')
    if n in ADMONITION:
        title, text = ADMONITION[n]
        page.add(title, text)
        parts.append(f'<div class="theme-admonition theme-admonition-info admonition_xJq3 alert '
                     f'alert--info"><div class="admonitionHeading_Gvgb"><span class="admonition'
                     f'Icon_Rf37"><svg viewBox="0 0 14 16"><path fill-rule="evenodd" d="M7 2.3c3'
                     f'.14 0 5.7 2.56 5.7 5.7s-2.56 5.7-5.7 5.7A5.71 5.71 0 0 1 1.3 8c0-3.14 2.56'
                     f'-5.7 5.7-5.7zM7 1C3.14 1 0 4.14 0 8s3.14 7 7 7 7-3.14 7-7-3.14-7-7-7zm1 3H'
                     f'6v5h2V4zm0 6H6v2h2v-2z"></path></svg></span>{e(title)}</div><div class="'
                     f'admonitionContent_BuS1"><p>{e(text)}</p></div></div>')
    return "".join(parts), toc


def _post_footer(article: Article, n: int, page: Page) -> str:
    tags = "".join(f'<li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/ar/blog/'
                   f'tags/{e(_slugify(tag))}">{e(tag)}</a></li>' for tag in article.tags)
    page.add(TAGS_LABEL, *article.tags, EDIT)
    m = article.moment
    edit = (f"https://github.com/madani-tn/madani-site/edit/main/i18n/ar/docusaurus-plugin-"
            f"content-blog/{m:%Y-%m-%d}-{SLUGS[n]}.md")
    return (f'<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="'
            f'col"><b>{TAGS_LABEL}</b><ul class="tags_jXut padding--none margin-left--sm">{tags}'
            f'</ul></div><div class="col margin-top--sm"><a href="{edit}" target="_blank" rel="'
            f'noopener noreferrer" class="theme-edit-this-page"><svg fill="currentColor" height="'
            f'20" width="20" viewBox="0 0 40 40" class="iconEdit_Z9Sw" aria-hidden="true"><g><path'
            f' d="m34.5 11.7l-3 3.1-6.3-6.3 3.1-3q0.5-0.5 1.2-0.5t1.1 0.5l3.9 3.9q0.5 0.4 0.5 1.1t'
            f'-0.5 1.2z m-29.5 17.1l18.4-18.5 6.3 6.3-18.4 18.4h-6.3v-6.2z"></path></g></svg>'
            f"{EDIT}</a></div></footer>")


def _paginator(article: Article, page: Page) -> str:
    newer, older, _ = article.related
    links = []
    for k, (kind, label, title) in enumerate((("prev", NEWER, newer), ("next", OLDER, older))):
        if title == "-":
            continue
        page.add(label, title)
        links.append(f'<a class="pagination-nav__link pagination-nav__link--{kind}" href="/ar/'
                     f'blog/{kind}-{SLUGS[k + 1]}"><div class="pagination-nav__sublabel'
                     f'">{label}</div><div class="pagination-nav__label">{e(title)}</div></a>')
    return (f'<nav class="pagination-nav docusaurus-mt-lg" aria-label="التنقل في صفحة مقالات '
            f'المدونة">{"".join(links)}</nav>')


def _footer(article: Article, page: Page) -> str:
    cols = []
    for title, links in FOOTER:
        items = "".join(
            f'<li class="footer__item"><a href="{href}" target="_blank" rel="noopener noreferrer"'
            f' class="footer__link-item">{label}{EXTERNAL_SVG}</a></li>' if href.startswith("http")
            else f'<li class="footer__item"><a class="footer__link-item" href="{href}">{label}'
                 f"</a></li>" for href, label in links)
        cols.append(f'<div class="col footer__col"><div class="footer__title">{title}</div><ul '
                    f'class="footer__items clean-list">{items}</ul></div>')
        page.add(title, *(label for _, label in links))
    copyright_ = (f"حقوق النشر © {article.moment.year} جمعية مدني للبيانات المفتوحة. المحتوى "
                  f"منشور برخصة CC BY 4.0. بُني الموقع باستخدام Docusaurus.")
    page.add(copyright_)
    return (f'<footer class="footer footer--dark"><div class="container container-fluid"><div '
            f'class="row footer__links">{"".join(cols)}</div><div class="footer__bottom text--'
            f'center"><div class="footer__copyright">{copyright_}</div></div></div></footer>')


def render(article: Article, n: int) -> Page:
    url = _url(article, n)
    page = Page(url=url, html="")
    page.shown_date = _shown(article)
    instant = _instant(article, n)
    words = len(article.body.split())
    reading = f"{-(-words // 200)} دقائق قراءة"
    page.add(SKIP, page.shown_date, reading)
    navbar = _navbar(page)
    sidebar = _sidebar(article, n, page)
    authors = _authors(article, n, page)
    content, toc = _content(article, n, page)
    post_footer = _post_footer(article, n, page)
    paginator = _paginator(article, page)
    footer = _footer(article, page)
    title = f"{article.headline} | {SITE}"
    image = (f"{HOST}/ar/assets/images/budget-sprint-{HASHES[n]}.jpg" if n == 1
             else f"{HOST}/ar/img/madani-social-card.jpg")
    alternates = "".join(
        f'<link data-rh="true" rel="alternate" href="{_url(article, n, prefix)}" '
        f'hreflang="{code}">' for code, _, prefix in LOCALES)
    author_meta = (f'<meta data-rh="true" property="article:author" content="https://github.com/'
                   f'{AUTHORS[n][0]}">' if n in AUTHORS else "")
    toc_html = ""
    if toc:
        entries = "".join(f'<li><a href="#{anchor}" class="table-of-contents__link toc-highlight"'
                          f">{e(text)}</a></li>" for anchor, text in toc)
        toc_html = (f'<div class="col col--2"><div class="tableOfContents_bqdL thin-scrollbar">'
                    f'<ul class="table-of-contents table-of-contents__left-border">{entries}</ul>'
                    f"</div></div>")
    description = e(article.lead)
    image_link = f'<link itemprop="image" href="{image}">' if n == 1 else ""
    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl" class="blog-wrapper blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v{VERSION}">
<title data-rh="true">{e(title)}</title><meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1"><meta data-rh="true" name="twitter:card" content="summary_large_image"><meta data-rh="true" property="og:image" content="{image}"><meta data-rh="true" name="twitter:image" content="{image}"><meta data-rh="true" property="og:url" content="{url}"><meta data-rh="true" property="og:locale" content="ar"><meta data-rh="true" property="og:locale:alternate" content="fr"><meta data-rh="true" property="og:locale:alternate" content="en"><meta data-rh="true" name="docusaurus_locale" content="ar"><meta data-rh="true" name="docusaurus_tag" content="default"><meta data-rh="true" name="docsearch:language" content="ar"><meta data-rh="true" name="docsearch:docusaurus_tag" content="default"><meta data-rh="true" property="og:title" content="{e(title)}"><meta data-rh="true" name="description" content="{description}"><meta data-rh="true" property="og:description" content="{description}"><meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="{instant}">{author_meta}<meta data-rh="true" property="article:tag" content="{e(",".join(article.tags))}"><link data-rh="true" rel="icon" href="/ar/img/favicon.ico"><link data-rh="true" rel="canonical" href="{url}">{alternates}<link data-rh="true" rel="alternate" href="{_url(article, n, "")}" hreflang="x-default"><link rel="alternate" type="application/rss+xml" href="/ar/blog/rss.xml" title="مدني RSS Feed">
<link rel="alternate" type="application/atom+xml" href="/ar/blog/atom.xml" title="مدني Atom Feed"><link rel="stylesheet" href="/ar/assets/css/styles.5f3a9c1e.css">
<script src="/ar/assets/js/runtime~main.{HASHES[n]}.js" defer="defer"></script>
<script src="/ar/assets/js/main.e41b7d09.js" defer="defer"></script>
</head>
<body class="navigation-with-keyboard">
{THEME_SCRIPT}<div id="__docusaurus"><div role="region" aria-label="{SKIP}"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">{SKIP}</a></div>{navbar}<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0"><div class="container margin-vert--lg"><div class="row">{sidebar}<main class="col col--7" itemscope="" itemtype="https://schema.org/Blog"><article itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting"><meta itemprop="description" content="{description}">{image_link}<header><h1 class="title_f1Hy" itemprop="headline">{e(article.headline)}</h1><div class="container_mt6G margin-vert--md"><time datetime="{instant}" itemprop="datePublished">{page.shown_date}</time> · <!-- -->{reading}</div>{authors}</header><div id="__blog-post-container" class="markdown" itemprop="articleBody">{content}</div>{post_footer}</article>{paginator}</main>{toc_html}</div></div></div>{footer}</div>
</body>
</html>"""
    # A short label the story itself also uses (the brand "مدني" inside "المدني", the locale
    # "العربية" in "بالعربية", a tag word) is no evidence of chrome: left out explicitly.
    body = " ".join(article.body.split())
    page.chrome = [line for line in page.chrome if line not in body]
    return page
