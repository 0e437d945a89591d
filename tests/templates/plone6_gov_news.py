"""A Tunisian ministry's news section ("المستجدات") on Plone 6 Classic UI through the stock
Barceloneta Diazo theme, as an anonymous visitor gets it. Head: the theme's apple-touch icons,
`<title>` "headline — site" (TitleViewlet's mdash), Dublin Core metas in +01:00
(DC.date.created/modified, DC.date.valid_range), social metas (og:type "website", og:image the
lead image's "great" scale or the site logo), viewport, generator "Plone - https://plone.org/",
RSS/canonical/favicon links and the `++webresource++<uuid>` bundles; no JSON-LD. Body: Plone's
sorted body classes (col-content col-two ... portaltype-news-item section-actualites site-mes
template-newsitem_view ...) with `dir="rtl"` and patterns data, the theme's `div.outer-wrapper`
with `header#content-header` (`#portal-top` with anontools "تسجيل الدخول", logo image only),
the offcanvas `#portal-globalnav-wrapper` (GlobalSectionsViewlet items `li.<id>.nav-item` with
`state-published nav-link`, one dropdown with its checkbox opener) and `#portal-searchbox`,
`#viewlet-above-content` with `nav#portal-breadcrumbs` (BreadcrumbList, current item unlinked).
`article#content`: hidden `span#social-tags-body` (itemprop name/description/url/image: the
lead repeated, display:none), `h1.documentFirstHeading`, `section#section-byline` ("بواسطة" +
creator badge link, "—", `span.documentPublished` "نُشر dd/mm/yyyy," and on pages 1 and 3
`span.documentModified` "آخر تعديل dd/mm/yyyy": the site's date-format override %d/%m/%Y),
`p.documentDescription.lead` (the story's first paragraph), `section#section-leadimage` on
pages 1 (with figcaption) and 3, `#parent-fieldname-text` (TinyMCE: page 1 an h3, an external
link with data-linktype and bold words; page 3 bold words and a YouTube iframe), then
`section#section-category` (hidden "الكلمات الدلالية", Subject buttons), `section#section-related`
("محتوى ذو صلة", pages 1 and 3) and `section#section-document-actions` (print, send this).
`aside#portal-column-two`: a portletNews card (dd/mm/yyyy `time.portletItemDetails`; page 2 lists
its related stories there) and a static card. Footer: doormat of three footer portlets, copyright,
colophon "Powered by Plone & Python", `actions-site_actions`, then Matomo. Page 1's creator is a
person (the author); pages 2 and 3 come from the press office account."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "plone6_gov_news"
HELD_OUT = True
SET = "unseen19"
FAMILY = "Plone 6 Classic (Barceloneta Diazo) ministry news item: section-byline dd/mm/yyyy, documentDescription lead, leadimage, keywords, related items, portlets, doormat footer"
HOST = "https://plone-gov.example"
SITE = "وزارة التعليم العالي والبحث العلمي"
FOLDER = ("actualites", "المستجدات")
IDS = {1: "lancement-plateforme-inscription-en-ligne", 2: "prolongation-delai-bourses-etranger",
       3: "convention-universite-sfax-hydrogene-vert"}
CREATORS = {1: ("s.trabelsi", "سنية الطرابلسي"), 2: ("cellule.com", "خلية الإعلام والاتصال"), 3: ("cellule.com", "خلية الإعلام والاتصال")}
MODIFIED = {1: timedelta(days=2, hours=5, minutes=12), 2: None, 3: timedelta(minutes=85)}
IMAGES = {1: ("a41c7e29d0b84f6e9c2d5b1a8e3f7061", 800, 533), 3: ("e07b3d9c5a1f42b8a6d0c9e2f4b1873d", 800, 450)}
LINKED = {1: (1, "بوابة الخدمات الرقمية للطلبة", "https://etudiant.plone-gov.example/")}
BOLD = {1: (3, "إجباريا لجميع الطلبة الجدد"), 3: (0, "32 باحثا من ثلاث مدارس للمهندسين")}
HEADING = {1: 2}  # index among the paragraphs after the lead that is an h3 subheading
VIDEO = {3: (1, "Hk3w8Vd1QpA")}  # after paragraph index: YouTube id
NAV = (("ministere", "عن الوزارة", (("presentation", "تقديم الوزارة"), ("organigramme", "الهيكل التنظيمي"), ("mot-du-ministre", "كلمة الوزير"))),
       ("universites", "الجامعات والمؤسسات", ()), ("recherche", "البحث والتجديد", ()), ("vie-etudiante", "الحياة الطلابية", ()),
       (FOLDER[0], FOLDER[1], ()), ("textes-juridiques", "النصوص القانونية", ()), ("services", "الخدمات عن بعد", ()))
HOME, LOGIN, SEARCH_LABEL, ADVANCED = "الرئيسية", "تسجيل الدخول", "ابحث في الموقع", "بحث متقدم…"
BY, PUBLISHED, MODIFIED_LABEL = "بواسطة", "نُشر", "آخر تعديل"
KEYWORDS, RELATED, NEWS_HEAD, MORE_NEWS = "الكلمات الدلالية", "محتوى ذو صلة", "أخبار", "للمزيد من الاخبار..."
ACTIONS = ("إجراءات الوثيقة", "طباعة", "أرسل هذا")
NEWS_POOL = ("انطلاق التسجيل في الدورة التكوينية لفائدة الأساتذة الجامعيين الجدد", "الإعلان عن القائمة النهائية للمنتفعين بالسكن الجامعي",
             "تنظيم الأيام الوطنية للبحث العلمي بمدينة العلوم", "إمضاء مذكرة تفاهم مع الجامعة الجزائرية للعلوم والتكنولوجيا",
             "فتح باب الترشح لجائزة أفضل أطروحة دكتوراه", "تركيز لجنة وطنية لمراجعة منظومة إمد")
STATIC_HEAD = "روابط مفيدة"
STATIC_LINKS = (("https://www.orientation.plone-gov.example", "بوابة التوجيه الجامعي"), ("https://www.iresa.plone-gov.example", "مؤسسة البحث والتعليم العالي الفلاحي"),
                ("https://www.ieaqa.plone-gov.example", "هيئة التقييم وضمان الجودة والاعتماد"), ("https://www.bourses.plone-gov.example", "منظومة المنح والقروض الجامعية"))
DOORMAT = (("العنوان", ("شارع أولاد حفوز، 1030 تونس", "الهاتف: 300 786 71 216+", "البريد: contact@plone-gov.example")),
           ("روابط سريعة", ("الجامعات التونسية", "مراكز البحث", "الصفقات العمومية", "الانتدابات")),
           ("تابعونا على", ("فيسبوك", "يوتيوب", "لينكد إن")))
COPYRIGHT = f"© 2025 {SITE} – جميع الحقوق محفوظة"
COLOPHON = "Powered by Plone & Python"
SITE_ACTIONS = (("sitemap", "خريطة الموقع"), ("accessibility", "امكانية البلوغ"), ("contact", "اتصل بنا"))
WEBRES = {"plone": "fed1f233-5888-5282-956c-f4e82a740844", "diazo": "d10d4e1f-c923-51c6-ba2c-64718f31d492", "fullscreen": "ac83a459-aa2c-5a45-80a9-9a5f2a7e9c2d"}


def _d(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y}"


def _icons() -> str:
    theme = f"{HOST}/++theme++barceloneta/barceloneta-apple-touch-icon"
    lines = [f'  <link rel="apple-touch-icon" href="{theme}.png" />']
    lines += [f'  <link rel="apple-touch-icon-precomposed" sizes="{s}x{s}" href="{theme}-{s}x{s}'
              '-precomposed.png" />' for s in (144, 114, 72, 57)]
    lines.append(f'  <link rel="apple-touch-icon-precomposed" href="{theme}-precomposed.png" />')
    return "\n".join(lines)


def _nav() -> str:
    items = [f'<li class="index_html nav-item"><a href="{HOST}" class="state-None nav-link">{HOME}</a></li>']
    for tab, title, subs in NAV:
        sub = "".join(f'<li class="{s} nav-item"><a href="{HOST}/{tab}/{s}" class="state-published nav-link">{t}</a></li>' for s, t in subs)
        if not subs:
            items.append(f'<li class="{tab} nav-item"><a href="{HOST}/{tab}" class="state-published nav-link">{title}</a></li>')
        else:
            items.append(f'<li class="{tab} has_subtree nav-item"><a href="{HOST}/{tab}" class="state-published nav-link" aria-haspopup="true">{title}</a><input id="navitem-{tab}" type="checkbox" class="opener" /><label for="navitem-{tab}" role="button" aria-label="{title}"></label><ul class="has_subtree dropdown">{sub}</ul></li>')
    return "".join(items)


def _crumbs(headline: str) -> str:
    item = 'itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"'
    return f"""<nav id="portal-breadcrumbs" aria-label="مسار التصفح">
  <div class="container">
    <ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">
      <li class="breadcrumb-item" {item}><a href="{HOST}" itemprop="item">{HOME}</a>
        <meta itemprop="name" content="{HOME}" /><meta itemprop="position" content="1" /></li>
      <li class="breadcrumb-item" {item}><a href="{HOST}/{FOLDER[0]}" itemprop="item">{FOLDER[1]}</a>
          <meta itemprop="name" content="{FOLDER[1]}" /><meta itemprop="position" content="2" />
        </li>
      <li class="breadcrumb-item active" aria-current="page" {item}>{e(headline)}
          <meta itemprop="name" content="{e(headline)}" /><meta itemprop="position" content="3" />
        </li>
    </ol>
  </div>
</nav>"""


def _byline(n: int, published: datetime, modified: datetime | None) -> str:
    user, name = CREATORS[n]
    sep = "," if modified else ""
    mod = f"""
    <span class="documentModified">
      <span>{MODIFIED_LABEL}</span> <span>{_d(modified)}</span>
    </span>""" if modified else ""
    return f"""<section id="section-byline">
    {BY}
        <a class="btn btn-sm btn-outline-primary" href="{HOST}/author/{user}">{name}</a>
    —
    <span class="documentPublished">
      <span>{PUBLISHED}</span> <span>{_d(published)}</span>{sep}
    </span>{mod}
</section>"""


def _text(article: Article, n: int) -> str:
    out = []
    for k, para in enumerate(article.paragraphs):
        html = e(para)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{LINKED[n][2]}" data-linktype="external" data-val="{LINKED[n][2]}">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        out.append(f"<h3>{html}</h3>" if HEADING.get(n) == k else f"<p>{html}</p>")
        if n in VIDEO and VIDEO[n][0] == k:
            out.append(f'<p><iframe src="https://www.youtube.com/embed/{VIDEO[n][1]}" width="560" height="314" allowfullscreen="allowfullscreen"></iframe></p>')
    return "\n".join(out)


def _wrapper(manager: str, name: str, body: str) -> str:
    key = f"{manager}\ncontext\n/mes\n{name}".encode().hex()
    return f'<div class="portletWrapper" id="portletwrapper-{key}" data-portlethash="{key}">{body}</div>'


def _portlets(article: Article, n: int, page: Page) -> str:
    moment = article.moment
    if n == 2:
        titles = [*article.related, NEWS_POOL[5]]
    else:
        titles = [NEWS_POOL[(2 * n + k) % len(NEWS_POOL)] for k in range(4)]
    rows = []
    for k, title in enumerate(titles):
        when = _d(moment - timedelta(days=2 + 3 * k, hours=k))
        page.add(title, when)
        rows.append(f"""        <li class="portletItem {'even' if k % 2 else 'odd'}">
          <a href="{HOST}/{FOLDER[0]}/item-{int(article.slug) - 7 * (k + 1)}" class="tile" title="">
            {e(title)}</a>
          <time class="portletItemDetails">{when}</time></li>""")
    news = f"""<div class="card portlet portletNews">
    <div class="card-header"><a href="{HOST}/{FOLDER[0]}" class="tile">{NEWS_HEAD}</a></div>
    <div class="card-body">
      <ul>
{chr(10).join(rows)}
      </ul>
    </div>
    <div class="card-footer portletFooter"><a href="{HOST}/{FOLDER[0]}">{MORE_NEWS}</a></div>
  </div>"""
    links = "\n".join(f'<li><a href="{url}" data-linktype="external" data-val="{url}">{label}'
                      "</a></li>" for url, label in STATIC_LINKS)
    static = f"""<div class="card portlet portletStaticText portlet-static-rwabt-mfydt">
  <div class="card-header">{STATIC_HEAD}</div>
  <div class="card-body"><ul>\n{links}\n</ul></div>
</div>"""
    page.add(NEWS_HEAD, MORE_NEWS, STATIC_HEAD, *(label for _, label in STATIC_LINKS))
    return "\n".join([_wrapper("plone.rightcolumn", "portlet_news", news),
                      _wrapper("plone.rightcolumn", "liens-utiles", static)])


def _footer() -> str:
    cols = []
    for head, lines in DOORMAT:
        body = "".join(f"<p>{e(line)}</p>" for line in lines)
        cols.append(f'<div class="col-xs-12 col-md-4"><div class="headline"><h2>{head}</h2>'
                    f'</div><div class="card-body">{body}</div></div>')
    actions = "\n".join(f'<li class="portletItem action-item-{aid}"><a href="{HOST}/{aid}">'
                        f"<span>{label}</span></a></li>" for aid, label in SITE_ACTIONS)
    return f"""<footer id="portal-footer-wrapper">
    <div class="container" id="portal-footer">
      <div class="doormat row">{"".join(cols)}</div>
      <div class="copyright row"><div class="col-12">
      <p>{COPYRIGHT}</p>
    </div></div>
      <div class="colophon row"><div class="col-12">
      <a href="http://plone.com" target="_blank" title="This site was built using the Plone Open Source CMS/WCM.">{e(COLOPHON)}</a>
    </div></div>
      <div class="site-actions row"><div class="col-12"><ul class="actions-site_actions">
{actions}
</ul></div></div>
    </div>
  </footer>"""


ICONS = {"print": ("printer", "M5 1a2 2 0 0 0-2 2v2H2a2 2 0 0 0-2 2v3a2 2 0 0 0 2 2h1v1a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2v-1h1a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2h-1V3a2 2 0 0 0-2-2z"),
         "sendto": ("envelope", "M0 4a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H2a2 2 0 0 1-2-2zm2-1a1 1 0 0 0-1 1v.217l7 4.2 7-4.2V4a1 1 0 0 0-1-1z")}
MATOMO = """<script>
  var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
  (function() { var u="https://stats.plone-gov.example/"; _paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '3']);
    var d=document, g=d.createElement('script'), s=d.getElementsByTagName('script')[0]; g.async=true; g.src=u+'matomo.js'; s.parentNode.insertBefore(g,s); })();
</script>"""


def _links(url: str) -> str:
    feeds = "".join(f'<link rel="alternate" href="{HOST}/{FOLDER[0]}/{path}" title="{FOLDER[1]} - '
                    f'{kind}" type="application/rss+xml" />' for path, kind in
                    (("RSS", "RSS 1.0"), ("rss.xml", "RSS 2.0"), ("atom.xml", "Atom")))
    res = HOST + "/++webresource++{}/"
    full, plone, diazo = (res.format(WEBRES[k]) for k in ("fullscreen", "plone", "diazo"))
    return f'{feeds}<link rel="canonical" href="{url}" /><link rel="preload icon" type="image/vnd.microsoft.icon" href="{HOST}/favicon.ico?name=favicon.ico" /><link rel="mask-icon" href="{HOST}/favicon.ico?name=favicon.ico" /><link href="{HOST}/@@search" id="search" rel="search" title="ابحث في هذا الموقع" /><link data-bundle="plone-fullscreen" href="{full}++plone++static/plone-fullscreen/fullscreen.css" media="all" rel="stylesheet" type="text/css" /><link data-bundle="diazo" href="{diazo}/++theme++barceloneta/css/barceloneta.min.css" media="all" rel="stylesheet" type="text/css" /><script data-bundle="plone-fullscreen" integrity="sha384-yAbXscL0aoE/0AkFhaGNz6d74lDy9Cz7PXfkWNqRnFm0/ewX0uoBBoyPBU5qW7Nr" src="{full}++plone++static/plone-fullscreen/fullscreen.js"></script><script data-bundle="plone" integrity="sha384-VpRtef0in9VvJccUgGM+OKJxMlKkCjrUa6kOjsYy0ZJqSnFKo0qRf6BDzQXHHfcX" src="{plone}++plone++static/bundle-plone/bundle.min.js"></script><script data-bundle="diazo" integrity="sha384-riQ7B0o7xTaWt9rJjzHVr8zCsHqXJ6Gf5xr7k2kqKkMfOq3wnNjbDZ3s2rZ4XpeT" src="{diazo}/++theme++barceloneta/js/barceloneta.min.js"></script>'


def _top() -> str:
    modal = "{&quot;title&quot;: &quot;" + LOGIN + "&quot;, &quot;width&quot;: &quot;26em&quot;, &quot;actionOptions&quot;: {&quot;redirectOnResponse&quot;: true}}"
    return f"""    <header id="content-header">
      <div id="portal-top" class="container">
      <div id="portal-anontools"><ul class="list-inline"><li class="list-inline-item">
      <a href="{HOST}/login" id="personaltools-login" icon="plone-login" class="pat-plone-modal" data-pat-plone-modal="{modal}">{LOGIN}</a>
    </li></ul></div>
</div>
      <div id="portal-logo-wrapper" class="container d-flex">
        <a id="portal-logo" title="{SITE}" href="{HOST}">
  <img alt="{SITE}" src="{HOST}/@@site-logo/logo-mes.png" title="{SITE}" /></a>
        <div class="navbar-expand-md">
          <button class="navbar-toggler navbar-light border-secondary" type="button" data-bs-toggle="offcanvas" data-bs-target="#offcanvasNavbar" aria-controls="offcanvasNavbar" aria-label="تبديل التصفح"><span class="navbar-toggler-icon "></span></button>
        </div>
      </div>
    </header>
    <div id="mainnavigation-wrapper">
      <div id="mainnavigation">
        <nav class="navbar navbar-expand-md navbar-dark bg-primary pat-navigationmarker" id="portal-globalnav-wrapper">
          <div class="container">
            <div class="offcanvas offcanvas-end bg-primary" tabindex="-1" id="offcanvasNavbar" aria-labelledby="offcanvasNavbarLabel" style="visibility: hidden;" aria-hidden="true">
              <div class="offcanvas-header justify-content-end">
                <button type="button" class="btn-close btn-close-white text-reset" data-bs-dismiss="offcanvas" aria-label="إغلاق"></button>
              </div>
              <div class="offcanvas-body align-items-center">
                <ul class="navbar-nav me-auto" id="portal-globalnav">{_nav()}</ul>
                <div id="portal-searchbox" class="d-flex flex-column position-relative">
  <form id="searchGadget_form" action="{HOST}/@@search" role="search" class="d-flex pat-livesearch show_images " data-pat-livesearch="ajaxUrl:{HOST}/@@ajax-search">
    <label class="hiddenStructure" for="searchGadget">{SEARCH_LABEL}</label>
    <input name="SearchableText" type="text" size="18" id="searchGadget" title="{SEARCH_LABEL}" placeholder="{SEARCH_LABEL}" class="searchField form-control me-2" />
    <button class="searchButton btn btn-outline-light" type="submit">بحث</button>
    <div id="portal-advanced-search" class="hiddenStructure"><a href="{HOST}/@@search">{ADVANCED}</a></div>
  </form>
</div>
              </div>
            </div>
          </div>
        </nav>
      </div></div>"""


def _actions(url: str) -> str:
    items = []
    pairs = (("print", "javascript:this.print();", ""), ("sendto", f"{url}/sendto_form", "أرسل هذه الصفحة إلى شخص ما"))
    for (aid, href, title), label in zip(pairs, ACTIONS[1:], strict=True):
        icon, path = ICONS[aid]
        items.append(f"""                  <li id="document-action-{aid}">
                      <a href="{href}" title="{title}"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="currentColor" class="plone-icon  bi bi-{icon}" viewBox="0 0 16 16"><path d="{path}"/></svg>
                        {label}</a></li>""")
    return f"""<section id="section-document-actions">
    <div class="viewlet viewlet-document-actions">
            <div class="d-none">{ACTIONS[0]}</div>
            <ul class="list-inline">
{chr(10).join(items)}
            </ul>
    </div>
</section>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/{FOLDER[0]}/{IDS[n]}"
    shown = _d(moment)
    page = Page(url=url, html="", shown_date=shown)
    created = moment - timedelta(minutes=13 + 9 * n)
    modified = moment + MODIFIED[n] if MODIFIED[n] else None
    user, creator = CREATORS[n]
    page.add(LOGIN, HOME, *(t for _, t, _ in NAV), *(t for _, _, s in NAV for _, t in s),
             SEARCH_LABEL, ADVANCED, f"{BY} {creator}", f"{PUBLISHED} {shown}")
    if modified:
        page.add(f"{MODIFIED_LABEL} {_d(modified)}")
    image_meta = f'<meta property="og:image" content="{HOST}/@@site-logo/logo-mes.png" /><meta property="og:image:type" content="image/png" />'
    lead_image = ""
    if n in IMAGES:
        token, width, height = IMAGES[n]
        base = f"{url}/@@images/image"
        image_meta = f'<meta property="og:image" content="{base}-1200-{token}.jpeg" /><meta property="og:image:width" content="1200" /><meta property="og:image:height" content="{height * 3 // 2}" /><meta property="og:image:type" content="image/jpeg" />'
        caption = ""
        if article.caption != "-":
            caption = f'\n      <figcaption class="figure-caption">{e(article.caption)}</figcaption>'
            page.add(article.caption)
        lead_image = f"""<section id="section-leadimage">
  <figure class="newsImageContainer">
      <img src="{base}-{width}-{token[::-1]}.jpeg" alt="{e(article.headline)}" title="{e(article.headline)}" height="{height}" width="{width}" class="figure-img img-fluid" />{caption}
  </figure></section>\n"""
    tags = "\n".join(f"""      <a class="btn btn-sm btn-outline-primary" href="{HOST}/@@search?Subject%3Alist={quote(t)}" rel="nofollow">
        <span>{e(t)}</span></a>""" for t in article.tags)
    page.add(KEYWORDS, *article.tags)
    related = ""
    if n != 2:
        page.add(RELATED, *article.related)
        related = "\n".join(f"""    <div class="media position-relative"><div class="media-body">
        <div><a href="{HOST}/{FOLDER[0]}/item-{int(article.slug) - 40 - k}" class="h6 stretched-link">{e(t)}</a></div>
        <small></small></div></div>""" for k, t in enumerate(article.related))
        related = f"""<section id="section-related">
    <header class="section-heading">{RELATED}</header>
{related}
</section>"""
    page.add(*ACTIONS)
    portlets = _portlets(article, n, page)
    page.add(*(head for head, _ in DOORMAT), *(line for _, lines in DOORMAT for line in lines),
             COPYRIGHT, COLOPHON, *(label for _, label in SITE_ACTIONS))
    img_text = f"{url}/@@images/image-1200-{IMAGES[n][0]}.jpeg" if n in IMAGES else f"{HOST}/@@site-logo/logo-mes.png"
    head = e(article.headline)
    lead = e(article.lead)
    valid = f"{moment:%Y/%m/%d} - "
    body_class = f"col-content col-two frontend icons-on portaltype-news-item section-{FOLDER[0]} site-mes template-newsitem_view thumbs-on userrole-anonymous viewpermission-view"
    page.html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" xml:lang="ar">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <title>{head} — {SITE}</title>
{_icons()}
<meta charset="utf-8" /><meta name="description" content="{lead}" /><meta name="DC.description" content="{lead}" /><meta name="DC.subject" content="{e(", ".join(article.tags))}" /><meta name="DC.creator" content="{user}" /><meta name="DC.date.created" content="{created.isoformat()}" /><meta name="DC.date.modified" content="{(modified or moment).isoformat()}" /><meta name="DC.type" content="News Item" /><meta name="DC.format" content="text/plain" /><meta name="DC.language" content="ar" /><meta name="DC.date.valid_range" content="{valid}" /><meta name="twitter:card" content="summary" /><meta property="og:site_name" content="{SITE}" /><meta property="og:title" content="{head}" /><meta property="og:type" content="website" /><meta property="og:description" content="{lead}" /><meta property="og:url" content="{url}" />{image_meta}<meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="generator" content="Plone - https://plone.org/" />{_links(url)}</head>
<body class="{body_class}" id="visual-portal-wrapper" dir="rtl" data-base-url="{url}" data-view-url="{url}" data-portal-url="{HOST}" data-i18ncatalogurl="{HOST}/plonejsi18n" data-pat-pickadate="{{&quot;date&quot;: {{&quot;selectYears&quot;: 200}}, &quot;time&quot;: {{&quot;interval&quot;: 5 }} }}" data-pat-plone-modal="{{&quot;actionOptions&quot;: {{&quot;displayInModal&quot;: false}}}}">
  <div class="outer-wrapper">
{_top()}
    <div id="above-content-wrapper">
      <div id="viewlet-above-content">{_crumbs(article.headline)}
</div>
    </div>
    <div class="container">
      <div class="row">
        <aside id="global_statusmessage" class="col-12"><div>
      </div></aside>
      </div>
      <main id="main-container" class="row">
        <section id="portal-column-content">
          <article id="content">
              <header>
                <div id="viewlet-above-content-title"><span id="social-tags-body" itemscope itemtype="http://schema.org/WebPage" style="display: none">
  <span itemprop="name">{head}</span><span itemprop="description">{lead}</span>
  <span itemprop="url">{url}</span><span itemprop="image">{img_text}</span>
</span></div>
                <h1 class="documentFirstHeading">{head}</h1>
                <div id="viewlet-below-content-title">{_byline(n, moment, modified)}
</div>
                <p class="documentDescription lead">{lead}</p>
                <div id="viewlet-below-content-description"></div>
              </header>
              <div id="viewlet-above-content-body">{lead_image}</div>
              <div id="content-core">
<section id="section-text">
    <div id="parent-fieldname-text" class="">{_text(article, n)}</div>
  </section>
              </div>
              <div id="viewlet-below-content-body"><section id="section-category">
  <div class="viewlet keywords-viewlet">
    <header class="card-title section-heading d-none">{KEYWORDS}</header>
{tags}
  </div>
</section>
{related}
</div>
            <footer>
              <div id="viewlet-below-content">{_actions(url)}</div>
            </footer>
          </article>
        </section>
        <aside id="portal-column-two" role="complementary">
        {portlets}
</aside>
      </main>
      <!--/row-->
    </div><!--/container-->
  </div><!--/outer-wrapper -->
  {_footer()}
{MATOMO}
</body>
</html>
"""
    return page
