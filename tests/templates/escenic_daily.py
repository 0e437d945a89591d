"""A Kuwaiti Arabic daily ("جريدة المرقاب") on the Escenic Content Engine with the Escenic
Widget Framework (3.x, Bootstrap grid), its JSP output as served: an XHTML 1.0 Transitional
doctype, `<html xmlns=... xml:lang="ar" dir="rtl">`, the framework's `head.jsp` order (the
`Content-Type` http-equiv, `skins/mirqab/css/*.css`, jQuery and `widget-framework-util.js`)
and its `<title>` with the JSP whitespace left in (blank lines around "headline -"),
a `generator` meta "Escenic Content Engine", og/twitter meta whose `article:published_time` is
UTC (`...Z`) and a JSON-LD `NewsArticle` in Kuwait time (+03:00). URLs are classic Escenic
`/<section>/article<id>.ece`, pictures are their own content items
(`/incoming/article<id>.ece/ALTERNATES/w940/<file>.jpg`). Every widget is a
`<div class="widget <name> <view> widget-editable viziwyg-section-7 inpage-widget-<id>">`
(`noPrint` on the header ones): in the header the dateline widget (today's date, the day the
page was served, and "آخر تحديث: ..." of the edition), logo, search form and menu; in
`<div class="col-md-8" role="main">` the breadcrumb, the storyContent widgets split by field
(`article_title` h1; byline `<p class="byline">كتبت&nbsp;<span class="authorName">` on page 1,
"المصدر&nbsp;كونا" on page 2, none on page 3; `<p class="dateline">` with `نشر في:` and
`تحديث:` labels in "dd MMMM yyyy hh:mm a"), the contentActions tools (print, send, font
size), the leadtext widget (`article_lead_text`, the lead in `<h5 class=" print-only">`), the
pictureRel picture (caption plus credit: "تصوير: ..." on page 1, "(أ ف ب)" on page 3, none on
page 2), then `article_body` whose first children are the empty `floatingContent-right`
boxes. Page 1 bolds a phrase and links one inline; page 2 (a KUNA wire item posted at 00:40 local, so the UTC meta is the day before)
starts with bare text before the first `<p>` and carries an inline "اقرأ أيضاً:" relation;
page 3 has an `<h3>` subheading, an inline infographic (caption only in alt/title, the
renderBody `inline-image`/`captify` markup) and was updated the next day. Then the tags helper
("الكلمات الدالة :" and the names joined by ", " as plain text), relatedContents stories
with their datelines, Facebook comments (pages 1 and 3) under "التعليقات"; in the aside the
popularList mostRead widget (titles with "(count)") and a stories list "آخر الأخبار"; the
footer menu and copyright, and the Escenic Analysis Engine client script. All of that is
chrome; the lead and the body paragraphs (and page 3's subheading) are the article."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from .base import LATEST, MONTHS, MOST_READ, Article, Page, e, rotate, weekday

NAME = "escenic_daily"
HELD_OUT = True
SET = "unseen20"
FAMILY = ("Escenic Content Engine + Widget Framework Kuwaiti daily: .ece URLs, storyContent "
          "widgets (lead h5, byline, dateline نشر/تحديث), pictureRel, tags text, related, "
          "mostRead, FB comments, EAE script")
HOST = "https://escenic-daily.example"
SITE = "جريدة المرقاب"
KW = timezone(timedelta(hours=3))
MENU = (("/", "الرئيسية"), ("/local/", "محليات"), ("/politics/", "سياسة"),
        ("/economy/", "اقتصاد"), ("/sports/", "رياضة"), ("/world/", "عربي ودولي"),
        ("/opinion/", "مقالات"), ("/variety/", "منوعات"), ("/pdf/", "النسخة الورقية"))
SECTIONS = {"محليات": ("local", 12), "سياسة": ("politics", 14), "اقتصاد": ("economy", 16)}
TOOLS = ("طباعة", "أرسل لصديق", "تكبير الخط", "تصغير الخط")
FOOT = (("/about/", "من نحن"), ("/contact/", "اتصل بنا"), ("/advertise/", "أعلن معنا"),
        ("/archive/", "الأرشيف"), ("/privacy/", "سياسة الخصوصية"))
SOCIAL = (("https://www.facebook.com/almirqab.example", "فيسبوك"),
          ("https://x.com/almirqab_example", "إكس"),
          ("https://www.instagram.com/almirqab.example", "إنستغرام"),
          ("https://www.youtube.com/@almirqab.example", "يوتيوب"))
TAGLINE = "يومية سياسية مستقلة تصدر عن دار المرقاب للصحافة والنشر"
POLICY = "التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الجريدة"
PAGES = {
    1: {"served": datetime(2024, 5, 14, 9, 12, tzinfo=KW), "updated": timedelta(hours=3, minutes=15),
        "byline": ("كتبت", "فاطمة العنزي"), "comments": True, "views": (4821, 3977, 3410, 2962, 2208),
        "picture": ("1571230", "ring6-cracks-jahra.jpg", "تصوير: حمد الرشيدي"),
        "bold": (2, "كلفة المشروع تبلغ نحو 18 مليون دينار"),
        "link": (2, "الجهاز المركزي للمناقصات العامة", "/local/article1569870.ece")},
    2: {"served": datetime(2024, 3, 5, 9, 20, tzinfo=KW), "updated": timedelta(hours=7, minutes=35),
        "byline": ("المصدر", "كونا"), "comments": False, "views": (6130, 5012, 2870, 2315, 1904),
        "read_also": 1},
    3: {"served": datetime(2024, 11, 20, 10, 3, tzinfo=KW),
        "updated": timedelta(hours=17, minutes=25), "byline": None, "comments": True,
        "views": (3544, 3102, 2751, 1986, 1420), "subhead": "الأحمدي تتصدر المحافظات",
        "picture": ("1604402", "salmiya-buildings.jpg", "(أ ف ب)"),
        "inline_image": (0, "1604409", "realestate-october-infographic.jpg",
                         "إنفوغرافيك: توزيع التداولات العقارية في أكتوبر حسب القطاع")},
}


def _shown(moment: datetime) -> str:
    """fmt:formatDate pattern "dd MMMM yyyy hh:mm a" in the ar locale, Kuwait time."""
    local = moment.astimezone(KW)
    return (f"{local.day:02d} {MONTHS[local.month - 1]} {local.year} "
            f"{local.hour % 12 or 12:02d}:{local:%M} {'ص' if local.hour < 12 else 'م'}")


def _today(moment: datetime) -> str:
    return f"{weekday(moment)} {moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}"


def _utc(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def _cls(name: str, view: str, wid: int, extra: str = "") -> str:
    return f"widget {name} {view} widget-editable viziwyg-section-7 inpage-widget-{wid}{extra}"


def _body(article: Article, n: int, page: Page) -> str:
    cfg = PAGES[n]
    out = ['<div class="floatingContent-right " style="width:140px;">',
           f'<div class="{_cls("storyContent", "article", 81)}">', "</div>", "</div>",
           '<div class="floatingContent-right " style="width:140px;">', "</div>"]
    for k, text in enumerate(article.paragraphs):
        html = e(text)
        if "bold" in cfg and cfg["bold"][0] == k:
            html = html.replace(e(cfg["bold"][1]), f"<strong>{e(cfg['bold'][1])}</strong>", 1)
        if "link" in cfg and cfg["link"][0] == k:
            words = e(cfg["link"][1])
            html = html.replace(words, f'<a href="{HOST}{cfg["link"][2]}">{words}</a>', 1)
        if text == cfg.get("subhead"):
            out.append(f"<h3>{html}</h3>")
        elif n == 2 and k == 0:
            out.append(f"\n\n\n{html}")
        else:
            out.append(f"<p>{html}</p>")
        if cfg.get("read_also") == k:
            title = article.related[0]
            out.append(f'<p><strong>اقرأ أيضاً:</strong> <a href="{HOST}/politics/article'
                       f'{int(article.slug) - 2214}.ece">{e(title)}</a></p>')
            page.add("اقرأ أيضاً:", title)
        if "inline_image" in cfg and cfg["inline_image"][0] == k:
            _, pid, fname, alt = cfg["inline_image"]
            out.append(f'<div class="inline-image">\n          <img src="{HOST}/incoming/article'
                       f'{pid}.ece/ALTERNATES/w300/{fname}"\n               width="300"\n'
                       f'               height="420"\n               alt="{e(alt)}"\n'
                       f'               class="captify"\n               title="{e(alt)}"/>\n'
                       "      </div>")
    return "\n".join(out)


def _widget(cls: str, inner: str) -> str:
    return f'<div class="{cls}">\n{inner}\n</div>'


def render(article: Article, n: int) -> Page:
    cfg = PAGES[n]
    moment = article.moment
    updated = moment + cfg["updated"]
    served = cfg["served"]
    path, sec_id = SECTIONS[article.section]
    url = f"{HOST}/{path}/article{article.slug}.ece"
    page = Page(url=url, html="", shown_date=_shown(moment))
    edition = _shown(served - timedelta(hours=6, minutes=41))
    page.add(_today(served), f"آخر تحديث: {edition}", TAGLINE, "ابحث",
             *(label for _, label in MENU), article.section, "نشر في:", _shown(moment),
             "تحديث:", _shown(updated), *TOOLS)
    menu = "\n".join(
        f'    <li class="{"first" if k == 0 else ""}{" active" if label == article.section else ""}">'
        f'<a href="{HOST}{href}">{label}</a></li>' for k, (href, label) in enumerate(MENU))
    byline = ""
    if cfg["byline"]:
        prefix, who = cfg["byline"]
        byline = (f'          <p class="byline">\n            {prefix}&nbsp;<span class="authorName">'
                  f"{e(who)}</span>\n          </p>\n")
        page.add(f"{prefix} {who}", who)
    picture = ""
    image = f"{HOST}/skins/mirqab/gfx/og-default.png"
    if "picture" in cfg:
        pid, fname, credit = cfg["picture"]
        image = f"{HOST}/incoming/article{pid}.ece/ALTERNATES/w940/{fname}"
        picture = _widget(_cls("picture", "article", 86), f"""  <div class="pictureContainer">
    <img src="{image}" width="940" height="529" alt="{e(article.caption)}" title="{e(article.caption)}" class="captify-picture-article"/>
    <div class="pictureInfo">
      <p class="caption">{e(article.caption)} </p>
      <div class="credits">{e(credit)}</div>
    </div>
  </div>""")
        page.add(article.caption, credit)
    tag_text = ", ".join(article.tags)
    page.add("الكلمات الدالة :", tag_text, "مواضيع ذات صلة")
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=3 + 9 * k, hours=2 * k + 1)
        related.append(f"""      <li {'class="first"' if k == 0 else ""}>
        <p>
          <a href="{HOST}/{path}/article{int(article.slug) - 1377 * (k + 1)}.ece" class="">
            {e(title)}
          </a>
        </p>
        <p class="dateline">
          {_shown(when)}
        </p>
      </li>""")
        page.add(title, _shown(when))
    comments = ""
    if cfg["comments"]:
        comments = _widget(_cls("code", "html", 91), f"""  <div class="header"><h5>التعليقات</h5></div>
  <p class="comments-policy">{POLICY}</p>
  <div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5" data-order-by="reverse_time"></div>""")
        page.add("التعليقات", POLICY)
    popular = []
    for k, (title, count) in enumerate(zip(rotate(MOST_READ, 4 * n, 5), cfg["views"],
                                           strict=True)):
        first_last = " first" if k == 0 else (" last" if k == 4 else "")
        popular.append(f"""        <div class="article {first_last} ">
          <!-- style classes necessary for setting height -->
          <div class="info title  ">
            <!-- title -->
            <h4>
              <a href="{HOST}/local/article{int(article.slug) - 611 * (k + 2)}.ece" class="">{e(title)}</a>
              <!-- comments -->
              ({count})
            </h4>
          </div>
        </div>""")
        page.add(title, f"({count})")
    latest = []
    for k, title in enumerate(rotate(LATEST, 3 * n + 1, 4)):
        when = served - timedelta(minutes=23 + 47 * k)
        latest.append(f'      <li><span class="time">{when:%H:%M}</span> <a href="{HOST}/local/'
                      f'article{int(article.slug) + 97 * (k + 1)}.ece">{e(title)}</a></li>')
        page.add(f"{when:%H:%M}", title)
    page.add("الأكثر قراءة", "آخر الأخبار", "تابعونا على", *(label for _, label in SOCIAL),
             *(label for _, label in FOOT), f"جميع الحقوق محفوظة © {served.year} {SITE}")
    author = ({"@type": "Person", "name": article.author} if article.author else
              {"@type": "Organization", "name": cfg["byline"][1] if cfg["byline"] else SITE})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
          "description": article.lead, "image": [image], "articleSection": article.section,
          "keywords": tag_text, "datePublished": moment.isoformat(),
          "dateModified": updated.isoformat(), "author": author,
          "publisher": {"@type": "Organization", "name": SITE, "logo": {
              "@type": "ImageObject", "url": f"{HOST}/skins/mirqab/gfx/logo.png"}}}
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}"/>' for t in article.tags)
    social = "\n".join(f'      <li><a href="{href}" target="_blank">{label}</a></li>'
                       for href, label in SOCIAL)
    foot = " |\n".join(f'    <a href="{HOST}{href}">{label}</a>' for href, label in FOOT)
    crumbs = (f'  <ul>\n    <li class="first"><a href="{HOST}/">الرئيسية</a></li>\n'
              f'    <li class="last"><a href="{HOST}/{path}/">{article.section}</a></li>\n  </ul>')
    tools = _widget(_cls("contentActions", "default", 87, " noPrint"), "  <ul>\n" + "\n".join(
        f'    <li class="{c}"><a href="#" rel="nofollow">{label}</a></li>' for c, label in
        zip(("print", "email", "fontUp", "fontDown"), TOOLS, strict=True)) + "\n  </ul>")
    title = f"<title>\n  \n      {e(article.headline)} -\n    \n  {SITE}\n</title>"
    ld_json = json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c")
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">
<head>
<meta name="description" content="{e(article.lead)}"/>
<meta name="keywords" content="{e(tag_text)}"/>
<meta name="generator" content="Escenic Content Engine"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="{url}"/>
<meta property="og:site_name" content="{SITE}"/>
<meta property="og:locale" content="ar_AR"/>
<meta property="og:type" content="article"/>
<meta property="og:title" content="{e(article.headline)}"/>
<meta property="og:description" content="{e(article.lead)}"/>
<meta property="og:url" content="{url}"/>
<meta property="og:image" content="{image}"/>
<meta property="article:published_time" content="{_utc(moment)}"/>
<meta property="article:modified_time" content="{_utc(updated)}"/>
<meta property="article:section" content="{article.section}"/>
{og_tags}
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:site" content="@almirqab_example"/>
<meta name="twitter:title" content="{e(article.headline)}"/>
<meta name="twitter:image" content="{image}"/>

<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>

<link rel="stylesheet" type="text/css" href="{HOST}/skins/mirqab/css/bootstrap.min.css"/>
<link rel="stylesheet" type="text/css" href="{HOST}/skins/mirqab/css/global.css"/>
<link rel="stylesheet" type="text/css" href="{HOST}/skins/mirqab/css/mirqab.css"/>
<link rel="stylesheet" type="text/css" href="{HOST}/skins/mirqab/css/custom.css"/>
<link rel="stylesheet" type="text/css" href="{HOST}/skins/mirqab/css/rtl.css"/>

<script type="text/javascript" src="{HOST}/resources/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="{HOST}/resources/js/captify.js"></script>
<script type="text/javascript" src="{HOST}/resources/js/widget-framework-util.js"></script>
<script type="text/javascript" src="{HOST}/resources/js/init.js"></script>
<script type="application/ld+json">{ld_json}</script>

{title}
</head>
<body class="article-page section-{path}">
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ar_AR/sdk.js#xfbml=1&amp;version=v18.0"></script>
<div class="container" id="wrapper">
<header class="header noPrint" role="banner">
<div class="row">
<div class="col-md-12">
{_widget(_cls("dateline", "default", 21, " noPrint"), f'''  <ul>
    <li class="current first">
      {_today(served)}
    </li>
    <li class="modified">
      آخر تحديث: {edition}
    </li>
  </ul>''')}
{_widget(_cls("code", "html", 22, " noPrint"), f'''<a href="{HOST}/" class="logo"><img src="{HOST}/skins/mirqab/gfx/logo.png" alt="{SITE}" width="310" height="84"/></a>
<p class="tagline">{TAGLINE}</p>''')}
{_widget(_cls("search", "default", 23, " noPrint"), f'''  <form action="{HOST}/search/" id="searchForm" method="get" accept-charset="utf-8">
    <input type="text" name="q" class="searchField" placeholder="ابحث في المرقاب"/>
    <button type="submit" class="searchButton">ابحث</button>
  </form>''')}
{_widget(_cls("menu", "horizontalMenu", 24, " noPrint"), f'''  <ul class="menu">
{menu}
  </ul>''')}
</div>
</div>
</header>
<div class="row">
<div class="col-md-8" role="main">
{_widget(_cls("navigation", "breadcrumb", 31, " noPrint"), crumbs)}
{_widget(_cls("storyContent", "article", 82, " article_title"), f'''            <h1 class="">{e(article.headline)}</h1>''')}
{_widget(_cls("storyContent", "article", 83, " article_info"), f'''{byline}          <p class="dateline">
            <span class="label">نشر في:</span> {_shown(moment)}
            <span class="label">تحديث:</span> {_shown(updated)}
          </p>''')}
{tools}
{_widget(_cls("storyContent", "article", 85, " article_lead_text"),
         f'<h5 class=" print-only">{e(article.lead)}</h5>')}
{picture}
{_widget(_cls("storyContent", "article", 84, " article_body"), _body(article, n, page))}
{_widget(_cls("storyContent", "article", 88, " article_tags"), f'''<div class="tagLabel">
  الكلمات الدالة :
</div>
<div class="tagNames">
  {e(tag_text)}
</div>''')}
{_widget(_cls("relatedContents", "stories", 89), '''    <h5>مواضيع ذات صلة</h5>

    <ul>
''' + chr(10).join(related) + '''
    </ul>''')}
{comments}
</div>
<div class="col-md-4 lazyimage-anchor">
{_widget(_cls("popularList", "mostRead", 41), '''      <div class="header">
        <h5>
          الأكثر قراءة
        </h5>
      </div>

    <div class="content">
''' + chr(10).join(popular) + '''
    </div>''')}
{_widget(_cls("stories", "headline", 42), '''  <h5 class="widgetTitle">آخر الأخبار</h5>
    <ul class="latest">
''' + chr(10).join(latest) + '''
    </ul>''')}
{_widget(_cls("code", "html", 43, " noPrint"), f'''  <h5>تابعونا على</h5>
    <ul class="social">
{social}
    </ul>''')}
</div>
</div>
<footer class="footer noPrint" role="contentinfo">
{_widget(_cls("menu", "footerMenu", 51, " noPrint"), f'''  <p class="links">
{foot}
  </p>
  <p class="copyright">جميع الحقوق محفوظة &copy; {served.year} {SITE}</p>''')}
</footer>
</div>
<!-- Start Escenic Analysis Engine client script -->
<script type="text/javascript">
  var eaeArticleId = "{article.slug}", eaeSectionId = "{sec_id}", eaePublicationId = "3";
  document.write('<img src="{HOST}/stats/?pageId=' + eaeArticleId + '&amp;sectionId=' + eaeSectionId + '&amp;publicationId=' + eaePublicationId + '&amp;r=' + Math.random() + '" width="1" height="1" alt=""/>');
</script>
<!-- End Escenic Analysis Engine client script -->
</body>
</html>
"""
    return page
