"""A Jordanian humanitarian NGO ("جمعية سنابل الخير للإغاثة والتنمية", Amman) on Contao 4.13 with
the core news bundle: a news reader page. Head (fe_page): `<title>` "headline - site", `<base
href>`, robots/description (teaser)/"Contao Open Source CMS" generator meta, canonical, the
combined `assets/css/layout.min.css,...` stylesheet, jQuery, the RSS alternate; no og/twitter
(core Contao prints none). Body `<body id="top">` > `div#wrapper`: `header#header > div.inside`
(logo ce_image, slogan ce_text, mod_search with invisible label, mod_navigation opened by the
invisible skip link "تخطي التنقل" to `#skipNavigation3`, nav_default `ul.level_1` with the
`li.trail` entry, closed by `span#skipNavigation3.invisible`, all in `<!-- indexer::stop -->`);
`div#container`: `main#main > div.inside` (mod_breadcrumb ending in the reader page title, then
`div.mod_article` > `div.mod_newsreader.block` > `div.layout_full.block`: `<h1>`, `p.info`
"<time datetime=+03:00>16/01/2024 11:20</time> بواسطة ..." (datimFormat d/m/Y H:i; the author is
the backend user, "المكتب الإعلامي" on the staff story), optional subheadline `<h2>`, content
elements `div.ce_text.block`, `div.ce_image.block` (`figure.image_container`,
`figcaption.caption`), `h2.ce_headline`, `div.ce_youtube.block`; the `p.back` "عودة" link; page
1's `div.ce_comments.block` (comment_default articles "تعليق من ... | date", the writer's reply,
the comment form); a ce_html share box) and `aside#left > div.inside` (mod_newslist "آخر
الأخبار" of news_latest items with date, headline, "اقرأ المزيد…" + invisible headline;
mod_newsmenu "أرشيف الأخبار" with month counts; a donate box); `footer#footer` (mod_customnav,
address, registration, copyright). Then colorbox and Contao's two JSON-LD scripts (schema.org
`@graph`: WebPage, BreadcrumbList, NewsArticle from News::getSchemaOrgData; `contao:Page`).
Page 1: captioned image, bold phrase, inline link, comments. Page 2: staff story at 00:40 local,
subheadline, no image. Page 3: uncaptioned image, ce_headline subheading, YouTube element."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import MONTHS, Article, Page, e

NAME = "contao_ngo_news"
HELD_OUT = True
SET = "unseen25"
FAMILY = "Contao 4.13 news reader of a Jordanian NGO: layout_full, p.info time+author, ce_text/ce_image/ce_headline/ce_youtube, mod_navigation skip links, news list sidebar, comments"
HOST = "https://contao-ngo.example"
SITE = "جمعية سنابل الخير للإغاثة والتنمية"
SLOGAN = "معاً من أجل كرامة الإنسان منذ عام 1998"
NAV = (("", "الرئيسية"), ("about-us", "من نحن"), ("programs", "برامجنا"), ("news", "الأخبار"),
       ("field-stories", "قصص من الميدان"), ("publications", "تقارير ومنشورات"),
       ("volunteer", "تطوع معنا"), ("donate", "تبرع الآن"), ("contact", "اتصل بنا"))
# section -> (nav alias, reader page title)
SECTIONS = {"أخبار الجمعية": ("news", "تفاصيل الخبر"),
            "قصص من الميدان": ("field-stories", "تفاصيل القصة")}
STAFF = "المكتب الإعلامي"
SKIP = "تخطي التنقل"
SEARCH = ("كلمات البحث", "بحث")
BACK = "عودة"
MORE = "اقرأ المزيد…"
SHARE = ("شارك الخبر:", "فيسبوك", "إكس", "واتساب", "طباعة")
DONATE = ("ساهم معنا", "تبرعك يصل إلى الأسر الأشد حاجة في المخيمات والقرى النائية.", "تبرع الآن")
FOOTER_NAV = (("privacy", "سياسة الخصوصية"), ("terms", "شروط الاستخدام"), ("sitemap", "خريطة الموقع"))
FOOT = ("عمّان – الشميساني، شارع عبد الحميد شرف، عمارة 27", "هاتف: 0096265600481",
        "جمعية مسجلة لدى وزارة التنمية الاجتماعية برقم 2217")
SUBHEAD = {2: "الفريق يضم طبيبين وممرضتين وصيدلانيا ويزور ست قرى أخرى حتى نهاية الشهر"}
BOLD = {1: (0, "1800 أسرة")}
LINKED = {1: (6, "صفحة التبرع", "donate")}
HEADING = {3: 3}  # page -> index of the paragraph printed as a ce_headline
VIDEO = {3: (4, "q7Ls2vXe1Tk")}  # page -> (after paragraph index, YouTube id)
IMAGE = {1: ("winter-mafraq-2024.jpg", "توزيع مدافئ في المفرق"),
         3: ("irbid-plumbing-workshop.jpg", "متدربات خلال ورشة الصيانة في إربد")}
COMMENTS = (("أحمد السرحان", 262, "جزاكم الله خيرا، هل يمكن تسجيل أسرة في قرية الزبيدية؟"),
            ("منى العبادي", 1470, "بارك الله في جهود المتطوعين، تبرعت اليوم عبر الموقع."))
REPLY = "نعم، يرجى الاتصال بمكتب المفرق لتسجيل الأسرة ضمن قوائم الانتظار."
FORM = ("أضف تعليقا", "حقل إلزامي الاسم*", "حقل إلزامي البريد الإلكتروني (لن يُنشر)*",
        "الموقع الإلكتروني", "حقل إلزامي التعليق*", "إرسال التعليق",
        "تظهر التعليقات بعد مراجعتها من فريق الموقع.")
ARCHIVE = (3, 6, 5, 7)  # items per month, from the story's month back
LEAD_IDS = (214, 229, 241)
FIRST = {True: ' class="first"', False: ""}
MUST = {True: (" mandatory", ' class="mandatory"'), False: ("", "")}

def _ld(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=4).replace("/", "\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'

def _shown(moment) -> str:
    return f"{moment:%d/%m/%Y %H:%M}"

def _nav(active: str, url: str, entries=NAV, skip: int = 3, kind: str = "mod_navigation") -> str:
    items = []
    for k, (alias, label) in enumerate(entries):
        cls = ["first"] if k == 0 else (["last"] if k == len(entries) - 1 else [])
        href = f"{alias}.html" if alias else ""
        c = " ".join(["trail", *cls] if alias == active else cls)
        attr = f' class="{c}"' if c else ""
        items.append(f'      <li{attr}><a href="{href}" title="{e(label)}"{attr}>{e(label)}</a></li>')
    path = url.removeprefix(HOST + "/")
    return f"""
<!-- indexer::stop -->
<nav class="{kind} block"{' id="main-nav"' if kind == "mod_navigation" else ""}>
  <a href="{path}#skipNavigation{skip}" class="invisible">{SKIP}</a>
<ul class="level_1">
{chr(10).join(items)}
</ul>
  <span id="skipNavigation{skip}" class="invisible"></span>
</nav>
<!-- indexer::continue -->
"""

def _image(n: int, caption: str) -> str:
    name, alt = IMAGE[n]
    cap = f'\n      <figcaption class="caption">{e(caption)}</figcaption>' if caption else ""
    return f"""<div class="ce_image block">
        <figure class="image_container">
              <a href="files/news/{name}" data-lightbox="lb{LEAD_IDS[n - 1]}">
  <img src="assets/images/{n}/{name.replace(".jpg", "-7c1e2f9a.jpg")}" width="800" height="533" alt="{e(alt)}" loading="lazy">
              </a>
              {cap}
  </figure>
</div>
"""

def _paragraph(n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        _, words, alias = LINKED[n]
        html = html.replace(e(words), f'<a href="{alias}.html">{e(words)}</a>', 1)
    return f"<p>{html}</p>"

def _elements(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    out = [_image(n, "" if article.caption == "-" else article.caption)] if n in IMAGE else []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append('<div class="ce_text block">\n\n        ' + "\n".join(run)
                       + "    \n    \n    \n</div>\n")
            run.clear()

    for k, text in enumerate(paras):
        if HEADING.get(n) == k:
            flush()
            out.append(f'<h2 class="ce_headline">\n  {e(text)}</h2>\n')
            continue
        run.append(_paragraph(n, k, text))
        if n in VIDEO and VIDEO[n][0] == k:
            flush()
            vid = VIDEO[n][1]
            out.append(f"""<div class="ce_youtube block">
        <figure class="video_container">
          <div class="responsive ratio-169"><iframe width="640" height="360" src="https://www.youtube-nocookie.com/embed/{vid}" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" allowfullscreen></iframe></div>
          </figure>
</div>
""")
    flush()
    return "\n".join(out)

def _field(key: str, typ: str, label: str) -> str:
    """A Contao form widget; mandatory labels carry the invisible "حقل إلزامي " prefix."""
    must = "إلزامي" in label
    text = e(label.replace("حقل إلزامي ", "").rstrip("*"))
    tag = (f'<textarea name="{key}" id="ctrl_{key}" class="textarea mandatory" rows="4" cols="40" '
           'required></textarea>' if typ == "textarea" else
           f'<input type="{typ}" name="{key}" id="ctrl_{key}" class="text" value="">')
    if must:
        text = f'<span class="invisible">حقل إلزامي </span>{text}<span class="mandatory">*</span>'
    kind, mark, cls = typ if typ == "textarea" else "text", MUST[must][0], MUST[must][1]
    return (f'\n      <div class="widget widget-{kind}{mark}">\n        <label for="ctrl_{key}"'
            f"{cls}>{text}</label>\n        {tag}\n      </div>")

def _comments(article: Article, page: Page) -> str:
    rows = []
    for k, (who, minutes, text) in enumerate(COMMENTS):
        when = article.moment + timedelta(minutes=minutes)
        cls = ("odd first", "even last")[k]
        reply = ""
        if k == 0:
            reply = (f'\n      <article class="reply">\n      <p class="info">رد من {e(article.author)}'
                     f'</p>\n      <div class="comment">\n        <p>{e(REPLY)}</p>\n      </div>\n'
                     "    </article>\n  ")
            page.add(f"رد من {article.author}", REPLY)
        info = f"تعليق من {who} | {_shown(when)}"
        page.add(info, text)
        rows.append(f"""
<article class="comment_default {cls}" id="c{31 + k}">
  <p class="info">تعليق من {e(who)} | <time datetime="{when.isoformat()}" class="date">{_shown(when)}</time></p>
  <div class="comment">
    <p>{e(text)}</p>
  </div>{reply}
</article>
""")
    page.add("التعليقات (2)", *FORM)
    fields = "".join(_field(key, typ, lbl) for key, typ, lbl in (
        ("name", "text", FORM[1]), ("email", "email", FORM[2]), ("website", "url", FORM[3]),
        ("comment", "textarea", FORM[4])))
    return f"""
  <div class="ce_comments block">
    <h2>التعليقات (2)</h2>
    {"".join(rows)}
    <h2>{FORM[0]}</h2>
    <!-- indexer::stop -->
<div class="form">
  <form action="{e(page.url.removeprefix(HOST + '/'))}" id="com_tl_news_{article.slug}" method="post">
    <div class="formbody">
      <input type="hidden" name="FORM_SUBMIT" value="com_tl_news_{article.slug}">
      <input type="hidden" name="REQUEST_TOKEN" value="">{fields}
      <p class="note">{FORM[6]}</p>
      <div class="submit_container">
        <button type="submit" class="submit">{FORM[5]}</button>
      </div>
    </div>
  </form>
</div>
<!-- indexer::continue -->
  </div>
"""

def _sidebar(article: Article, n: int, page: Page) -> str:
    items = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=4 + 9 * k, hours=3 * k)
        alias = f"news/{LEAD_IDS[n - 1] - 3 - 2 * k}"
        cls = " ".join(x for x in ("first" if k == 0 else "", "last" if k == 2 else "",
                                   ("even", "odd")[k % 2]) if x)
        page.add(_shown(when), title)
        items.append(f"""
<div class="layout_latest arc_1 block {cls}">
      <p class="info"><time datetime="{when.isoformat()}">{_shown(when)}</time>  </p>
  <h2><a href="{alias}.html" title="اقرأ المقال: {e(title)}">{e(title)}</a></h2>
  <div class="ce_text block">
      </div>
      <p class="more"><a href="{alias}.html" title="اقرأ المقال: {e(title)}">{MORE}<span class="invisible"> {e(title)}</span></a></p>
</div>
""")
    months = []
    for k, count in enumerate(ARCHIVE):
        index = article.moment.year * 12 + article.moment.month - 1 - k
        year, month = divmod(index, 12)
        month += 1
        label = f"{MONTHS[month - 1]} {year} ({count})"
        page.add(label)
        first = ' class="first"' if k == 0 else ""
        months.append(f'<li{first}><a href="news.html?month={year}{month:02d}" '
                      f'title="{label}">{label}</a></li>')
    month_items = "\n    ".join(months)
    page.add("آخر الأخبار", MORE, "أرشيف الأخبار", *DONATE)
    return f"""
<!-- indexer::stop -->
<div class="mod_newslist block">
        <h3>آخر الأخبار</h3>
  {"".join(items)}
</div>
<!-- indexer::continue -->
<!-- indexer::stop -->
<div class="mod_newsmenu block">
        <h3>أرشيف الأخبار</h3>
  <ul class="level_1">
    {month_items}
  </ul>
</div>
<!-- indexer::continue -->
<div class="ce_text donate-box block">
        <h3>{DONATE[0]}</h3>
      <p>{DONATE[1]}</p><p><a href="donate.html" class="btn">{DONATE[2]}</a></p>
</div>
"""

def render(article: Article, n: int) -> Page:
    moment = article.moment
    nav_alias, reader = SECTIONS[article.section]
    url = f"{HOST}/{nav_alias}/{article.slug}.html"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    author = article.author or STAFF
    section_label, sub = dict(NAV)[nav_alias], ""
    page.add(SLOGAN, *SEARCH, SKIP, *(label for _, label in NAV), reader, shown,
             f"بواسطة {author}", BACK, *SHARE, *(label for _, label in FOOTER_NAV), *FOOT,
             f"© {moment.year} {SITE}. جميع الحقوق محفوظة.")
    if n in SUBHEAD:
        sub = f"\n  \n      <h2>{e(SUBHEAD[n])}</h2>\n  "
        page.add(SUBHEAD[n])
    page.add(article.caption if n in IMAGE and article.caption != "-" else "")
    comments = _comments(article, page) if n == 1 else ""
    teaser = article.lead[:220].rsplit(" ", 1)[0] + " …"
    body = f"""<div class="mod_newsreader block">
<div class="layout_full block">
  <h1>{e(article.headline)}</h1>
      <p class="info"><time datetime="{moment.isoformat()}">{shown}</time> بواسطة {e(author)} </p>
  {sub}
      {_elements(article, n)}
</div>
      <!-- indexer::stop -->
    <p class="back"><a href="javascript:history.go(-1)" title="{BACK}">{BACK}</a></p>
    <!-- indexer::continue -->
  {comments}
</div>
"""
    share_links = "\n".join(
        f'    <li><a href="{href}" rel="nofollow noopener" target="_blank">{label}</a></li>'
        for href, label in (
            (f"https://www.facebook.com/sharer/sharer.php?u={url}", SHARE[1]),
            (f"https://x.com/intent/tweet?url={url}", SHARE[2]),
            (f"https://wa.me/?text={url}", SHARE[3]), ("javascript:window.print()", SHARE[4])))
    crumbs = [("", "الرئيسية"), (f"{nav_alias}.html", section_label)]
    ld_graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {
        "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": k + 1,
             "item": {"@id": f"{HOST}/{href}", "name": name}}
            for k, (href, name) in enumerate([*crumbs, (url.removeprefix(HOST + "/"), reader)])]},
        {"@id": f"#/schema/news/{article.slug}", "@type": "NewsArticle",
         "url": url.removeprefix(HOST), "headline": article.headline,
         "datePublished": moment.isoformat(), "description": teaser,
         "author": {"@type": "Person", "name": author}}]}
    ld_page = {"@context": {"contao": "https://schema.contao.org/"}, "@type": "contao:Page",
               "contao:title": article.headline, "contao:pageId": 17 + n,
               "contao:noSearch": False, "contao:protected": False, "contao:groups": [],
               "contao:fePreview": False}
    crumb_items = "\n".join(
        f'          <li{FIRST[k == 0]}><a href="{href}" title="{name}">{name}</a></li>'
        for k, (href, name) in enumerate(crumbs))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
      <meta charset="utf-8">
    <title>{e(article.headline)} - {SITE}</title>
    <base href="{HOST}/">
          <meta name="robots" content="index,follow">
      <meta name="description" content="{e(teaser)}">
      <meta name="generator" content="Contao Open Source CMS">
    <link rel="canonical" href="{url}">
    <meta name="viewport" content="width=device-width,initial-scale=1.0">
        <link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,colorbox.min.css,sanabel.css-8e41c7d2.css">        <script src="assets/js/jquery.min.js-c31f118d.js"></script><link type="application/rss+xml" rel="alternate" href="share/akhbar-aljamia.xml" title="أخبار {SITE}">
<link rel="icon" href="files/theme/favicon.ico">
</head>
<body id="top" class="news-reader">
    <div id="wrapper">
                        <header id="header">
            <div class="inside">
<div class="ce_image logo block">
        <figure class="image_container"><a href=""><img src="files/theme/logo-sanabel.svg" width="240" height="72" alt="{SITE}"></a></figure>
</div>
<div class="ce_text slogan block"><p>{SLOGAN}</p></div>
<!-- indexer::stop -->
<div class="mod_search block">
  <form action="search.html" method="get">
    <div class="formbody">
      <div class="widget widget-text">
        <label for="ctrl_7" class="invisible">{SEARCH[0]}</label>
        <input type="search" name="keywords" id="ctrl_7" class="text" value="">
      </div>
      <div class="widget widget-submit"><button type="submit" id="ctrl_7_submit" class="submit">{SEARCH[1]}</button></div>
          </div>
  </form>
</div>
<!-- indexer::continue -->
{_nav(nav_alias, url)}            </div>
          </header>
              <div id="container">
                      <main id="main">
              <div class="inside">
<!-- indexer::stop -->
<nav class="mod_breadcrumb block" aria-label="Breadcrumb">
        <ul>
{crumb_items}
                  <li class="active last" aria-current="page">{reader}</li>
              </ul>
</nav>
<!-- indexer::continue -->
<div class="mod_article first last block" id="article-{40 + n}">
  {body}
<div class="ce_html share block">
  <p class="share-label">{SHARE[0]}</p>
  <ul class="share-links">
{share_links}
  </ul>
</div>
</div>
              </div>
                          </main>
                                    <aside id="left">
                <div class="inside">
                  {_sidebar(article, n, page)}                </div>
              </aside>
        </div>
                        <footer id="footer">
            <div class="inside">
{_nav("", url, FOOTER_NAV, 12, "mod_customnav")}
<div class="ce_text footer-contact block">
        <p>{FOOT[0]}<br>{FOOT[1]}</p>
<p>{FOOT[2]}</p>
<p>&copy; {moment.year} {SITE}. جميع الحقوق محفوظة.</p>
</div>
            </div>
          </footer>
    </div>
<script src="assets/colorbox/js/colorbox.min.js?v=1.6.6"></script>
<script>
  jQuery(function($) {{
    $('a[data-lightbox]').map(function() {{ $(this).colorbox({{ loop: false, rel: $(this).attr('data-lightbox'), maxWidth: '95%', maxHeight: '95%' }}); }});
  }});
</script>
{_ld(ld_graph)}
{_ld(ld_page)}
</body>
</html>
"""
    return page
