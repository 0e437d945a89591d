"""An Arabic news portal of the Syrian diaspora ("صدى المهجر", published from Istanbul, so
every time is +03:00) on MODX Revolution with pdoTools and a Bootstrap 3 RTL template, as MODX
serves a resource at `/news/<yyyy>/<mm>/<id>.html` (frozen URIs under the "أخبار" container).
Head: `<title>` "headline | صدى المهجر", the `<base href>` MODX friendly URLs need (links and
assets after it are relative), description = introtext, keywords = tags TV, canonical,
hand-written og/twitter tags with `article:published_time` from the `:date` filter's `%z`
("+0300", no colon), no JSON-LD; CSS under `assets/templates/sada/css/`, then, injected before
`</head>` by regClientCSS, the Tickets component's CSS and `TicketsConfig` script. Body:
`header.site-header` (logo, slogan), `nav.navbar.navbar-default` with pdoMenu's one-line
`<ul class="nav navbar-nav"><li class="first"><a href="/" >...` ("أخبار" `active` as the
ancestor, `last` on "اتصل بنا", the stray space from an empty `[[+attributes]]`), the `sr-only`
"القائمة" toggle and a search form; pdoCrumbs' `<ol class="breadcrumb">` (home, أخبار, section,
headline as `li.active`). In `col-md-8`: `article.article-full` with `h1.article-title`, the
`div.article-meta` line (publishedon "12.05.2024", `%d.%m.%Y`, the article's only date; an author
TV "بقلم: ..." on page 2 only; hits; the section link), the introtext as `<p class="lead">` (the
story's first paragraph), then TinyMCE's `[[*content]]` in `div.article-content`: page 1 an
`<img class="img-responsive">` paragraph with a centred `<em>` caption paragraph, justified
paragraphs, an `<h3>` subheading and an inline link; page 2 plain `<p>`s with `<strong>` words,
an empty `<p>&nbsp;</p>` and a trailing `&nbsp;`; page 3 a YouTube `<iframe>` paragraph and a
closing "اقرأ أيضاً:" link paragraph. Then tagLister tolinks tags ("الوسوم:", `a.tl-tag` joined
by ", "), a share box with text labels and "طباعة", "مواد ذات صلة" (pdoResources rows with their
own dd.mm.yyyy dates), the Tickets thread (`div.comments`, "التعليقات (N)", `li.ticket-comment`
with author, date, "#" and "↓"; none on page 2) and its guest form. Sidebar: "الأكثر قراءة",
"آخر الأخبار" (later dd.mm.yyyy dates), "تابعونا". Footer: about line, pdoMenu footer menu,
"© 2016 - 2025 ...". All but the lead and the content paragraphs is chrome; the caption and the
"اقرأ أيضاً" line are chrome inside the content."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "modx_portal"
HELD_OUT = True
SET = "unseen18"
FAMILY = "MODX Revolution + pdoTools portal (Bootstrap 3 RTL): base href, pdoMenu/pdoCrumbs, publishedon dd.mm.yyyy meta line, TinyMCE content, tagLister, pdoResources related/most-read, Tickets comments"
HOST = "https://sada-almahjar.example"
SITE = "صدى المهجر"
SLOGAN = "موقع إخباري مستقل يصدر من إسطنبول"
TPL = "assets/templates/sada"
MENU = (("/", "الرئيسية"), ("news/", "أخبار"), ("opinion/", "رأي"), ("reports/", "تحقيقات"),
        ("culture/", "ثقافة"), ("video/", "فيديو"), ("contacts.html", "اتصل بنا"))
FOOTER_MENU = (("about.html", "من نحن"), ("privacy.html", "سياسة الخصوصية"),
               ("advertise.html", "أعلن معنا"), ("contacts.html", "اتصل بنا"))
SECTIONS = {"المهجر": "news/almahjar/", "سوريا": "news/syria/"}
ABOUT = "صدى المهجر منبر مستقل يتابع شؤون السوريين في بلدان اللجوء والاغتراب"
COPYRIGHT = "© 2016 - 2025 صدى المهجر. جميع الحقوق محفوظة"
SHARE = (("https://www.facebook.com/sharer/sharer.php?u=", "facebook", "فيسبوك"),
         ("https://twitter.com/intent/tweet?url=", "twitter", "تويتر"),
         ("https://api.whatsapp.com/send?text=", "whatsapp", "واتساب"),
         ("https://t.me/share/url?url=", "telegram", "تيليغرام"))
FOLLOW = (("https://www.facebook.com/sadaalmahjar", "facebook", "فيسبوك"),
          ("https://t.me/sadaalmahjar", "telegram", "تيليغرام"),
          ("https://www.youtube.com/@sadaalmahjar", "youtube", "يوتيوب"))
MOST_READ = (
    "تعديلات جديدة على شروط تجديد الإقامة السياحية في إسطنبول",
    "هولندا تشدد قواعد لم الشمل للاجئين الحاصلين على الحماية المؤقتة",
    "طلاب سوريون يحصدون مراكز متقدمة في أولمبياد الرياضيات التركي",
    "أسعار صرف الليرة السورية في السوق الموازية مطلع الأسبوع",
    "افتتاح أول مكتبة عربية للأطفال في مدينة مرسين",
    "السويد تخفض المساعدات المالية للوافدين الجدد",
    "حفل موسيقي في برلين يستعيد أغاني الطرب الحلبي",
    "شركات شحن تخفض أجور إرسال الطرود إلى الشمال السوري",
)
LATEST = (
    "بلدية أورفة تفتح مراكز جديدة لتعليم اللغة التركية للكبار",
    "مبادرة شبابية في إسطنبول لجمع الكتب المدرسية المستعملة",
    "الدنمارك تراجع ملفات مئات اللاجئين القادمين من دمشق",
    "معرض للحرف اليدوية السورية في مدينة ليون الفرنسية",
    "انخفاض أسعار تذاكر الطيران بين إسطنبول وعمان",
    "دورة تدريبية في الصحافة الرقمية لشباب المخيمات",
)
VIEWS = (2417, 1388, 905)
IMAGE = "assets/images/news/2024/05/gaziantep-workshop.jpg"
VIDEO = "https://www.youtube.com/embed/Xk2vP0qL9sA"
LINKED = {1: (3, "الموقع الرسمي للغرفة", "https://www.gto.example.tr/duyurular")}
BOLD = {2: ((0, "ستة أشهر بدلا من عامين"), (1, "مازن العلي"))}
COMMENTS = {
    1: ((1261, "أبو خالد", 1130, "قرار جيد، لكن المشكلة الأكبر في رسوم المكاتب الهندسية."),
        (1264, "سلمى", 2905, "هل يشمل التمديد الورش المسجلة باسم شريك تركي؟")),
    2: (),
    3: ((1873, "عمر الحلبي", 95, "خطوة ممتازة، أولادي درسوا خمس سنوات في غازي عنتاب."),
        (1876, "أم يزن", 240, "ننتظر أن تشمل المنصة الشهادات الجامعية أيضا."),
        (1880, "محمد ق.", 1500, "الموقع لا يفتح من خارج سوريا، أرجو التأكد.")),
}
FORM = ("أضف تعليقاً", "الاسم", "البريد الإلكتروني")


def _d(moment) -> str:
    """MODX `publishedon:date=`%d.%m.%Y``."""
    return f"{moment:%d.%m.%Y}"


def _menu(items: tuple[tuple[str, str], ...], active: str, cls: str) -> str:
    rows = []
    for k, (href, label) in enumerate(items):
        classes = [c for c, on in (("first", k == 0), ("last", k == len(items) - 1),
                                   ("active", label == active)) if on]
        attr = f' class="{" ".join(classes)}"' if classes else ""
        rows.append(f'<li{attr}><a href="{href}" >{label}</a></li>')
    return f'<ul class="{cls}">{"".join(rows)}</ul>'


def _para(article: Article, n: int, k: int, text: str, style: str) -> str:
    html = e(text)
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" target="_blank" rel="noopener">'
                                      f"{e(words)}</a>", 1)
    for idx, words in BOLD.get(n, ()):
        if idx == k:
            html = html.replace(e(words), f"<strong>{e(words)}</strong>", 1)
    if n == 1 and k == 2:
        return f"<h3>{html}</h3>"
    return f"<p{style}>{html}</p>"


def _content(article: Article, n: int, page: Page) -> str:
    """`[[*content]]` as TinyMCE saved it (the lead is the introtext, printed above)."""
    out = []
    if n == 1:
        out.append(f'<p><img class="img-responsive" src="{IMAGE}" alt="{e(article.caption)}" '
                   'width="800" height="500" /></p>')
        out.append(f'<p style="text-align: center;"><em>{e(article.caption)}</em></p>')
        page.add(article.caption)
    style = ' style="text-align: justify;"' if n == 1 else ""
    for k, text in enumerate(article.paragraphs):
        para = _para(article, n, k, text, style)
        if n == 2 and k == 2:
            para = para.replace("</p>", "&nbsp;</p>") + "\n<p>&nbsp;</p>"
        out.append(para)
        if n == 3 and k == 0:
            out.append(f'<p><iframe src="{VIDEO}" width="560" height="315" frameborder="0" '
                       'allowfullscreen="allowfullscreen"></iframe></p>')
    if n == 3:
        title = article.related[-1]
        out.append(f'<p><strong>اقرأ أيضاً:</strong> <a href="news/2025/01/5301.html">'
                   f"{e(title)}</a></p>")
        page.add(f"اقرأ أيضاً: {title}")
    return "\n".join(out)


def _comments(article: Article, n: int, url: str, page: Page) -> str:
    rows = []
    for cid, name, minutes, text in COMMENTS[n]:
        when = _d(article.moment + timedelta(minutes=minutes))
        when += f" {article.moment + timedelta(minutes=minutes):%H:%M}"
        page.add(name, when, text, "#", "↓")
        rows.append(f"""<li class="ticket-comment" id="comment-{cid}">
    <div class="ticket-comment-body">
        <div class="ticket-comment-header">
            <div class="ticket-comment-dot-wrapper">
                <div class="ticket-comment-dot"></div>
            </div>
            <img src="https://www.gravatar.com/avatar/{cid:x}0c4f9e?s=24&d=mm" class="ticket-avatar" alt=""/>
            <span class="ticket-comment-author">{e(name)}</span>
            <span class="ticket-comment-createdon">{when}</span>
            <span class="ticket-comment-link"><a href="{url}#comment-{cid}">#</a></span>
            <span class="ticket-comment-down"><a href="#" data-child="">&darr;</a></span>
        </div>
        <div class="ticket-comment-text">
            {e(text)}
        </div>
    </div>
    <ol class="comments-list"></ol>
</li>""")
    total = len(COMMENTS[n])
    page.add(f"التعليقات ({total})", *FORM)
    return f"""<div class="comments">
    <h3 class="title">التعليقات (<span id="comment-total">{total}</span>)</h3>
    <div id="comments-wrapper">
        <ol class="comment-list" id="comments">{"".join(rows)}</ol>
    </div>
    <div id="comments-tpanel">
        <div id="tpanel-refresh"></div>
        <div id="tpanel-new"></div>
    </div>
</div>
<h4 id="comment-new-link">
    <a href="#" class="btn btn-default">{FORM[0]}</a>
</h4>
<div id="comment-form-placeholder">
    <form id="comment-form" action="" method="post" class="well">
        <div id="comment-preview-placeholder"></div>
        <input type="hidden" name="thread" value="resource-{article.slug}"/>
        <input type="hidden" name="parent" value="0"/>
        <input type="hidden" name="id" value="0"/>
        <div class="form-group">
            <label for="comment-name">{FORM[1]}</label>
            <input type="text" name="name" value="" id="comment-name" class="form-control"/>
            <span class="error"></span>
        </div>
        <div class="form-group">
            <label for="comment-email">{FORM[2]}</label>
            <input type="text" name="email" value="" id="comment-email" class="form-control"/>
            <span class="error"></span>
        </div>
        <div class="form-group">
            <label for="comment-editor"></label>
            <textarea name="text" id="comment-editor" cols="30" rows="10" class="form-control"></textarea>
        </div>
        <div class="form-actions">
            <input type="button" class="btn btn-default preview" value="معاينة" title="Ctrl + Enter"/>
            <input type="submit" class="btn btn-primary submit" value="إرسال" title="Ctrl + Shift + Enter"/>
            <span class="time"></span>
        </div>
    </form>
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/news/{moment:%Y/%m}/{article.slug}.html"
    shown = _d(moment)
    page = Page(url=url, html="", shown_date=shown)
    section_url = SECTIONS[article.section]
    page.add(SITE, SLOGAN, "القائمة", *(label for _, label in MENU), article.section, shown,
             str(VIEWS[n - 1]))
    author = ""
    if article.author:
        author = (f'\n                <span class="author"><i class="fa fa-pencil"></i> بقلم: '
                  f"{e(article.author)}</span>")
        page.add(f"بقلم: {article.author}")
    crumbs = "\n".join([f'<li><a href="/">{MENU[0][1]}</a></li>',
                        f'<li><a href="news/">{MENU[1][1]}</a></li>',
                        f'<li><a href="{section_url}">{article.section}</a></li>',
                        f'<li class="active">{e(article.headline)}</li>'])
    content = _content(article, n, page)
    tags = ", ".join(f'<a href="tags.html?tag={quote(t)}" class="tl-tag">{e(t)}</a>'
                     for t in article.tags)
    page.add("الوسوم:", *article.tags, "شارك الخبر:", *(s[2] for s in SHARE), "طباعة")
    share = "\n".join(f'                <a href="{base}{url}" class="btn btn-sm btn-{cls}" '
                      f'target="_blank" rel="nofollow"><i class="fa fa-{cls}"></i> {label}</a>'
                      for base, cls, label in SHARE)
    related = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=3 + 9 * k, hours=5 * k)
        related.append(f'<li><a href="news/{when:%Y/%m}/{int(article.slug) - 17 * (k + 1)}'
                       f'.html">{e(title)}</a> <span class="date">{_d(when)}</span></li>')
        page.add(title, _d(when))
    page.add("مواد ذات صلة", "الأكثر قراءة", "آخر الأخبار", "تابعونا")
    most = []
    for k in range(5):
        title = MOST_READ[(3 * n + k) % len(MOST_READ)]
        most.append(f'<li><a href="news/{moment:%Y/%m}/{int(article.slug) - 40 - 11 * k}.html">'
                    f"{e(title)}</a></li>")
        page.add(title)
    latest = []
    for k in range(4):
        title = LATEST[(2 * n + k) % len(LATEST)]
        when = moment + timedelta(days=6 - k, hours=k)
        latest.append(f'<li><a href="news/{when:%Y/%m}/{int(article.slug) + 30 - 4 * k}.html">'
                      f'{e(title)}</a> <span class="date">{_d(when)}</span></li>')
        page.add(title, _d(when))
    follow = "\n".join(f'                <a href="{href}" target="_blank" rel="nofollow">'
                       f'<i class="fa fa-{cls}"></i> {label}</a>' for href, cls, label in FOLLOW)
    page.add(*(label for _, _, label in FOLLOW), ABOUT, *(label for _, label in FOOTER_MENU),
             COPYRIGHT)
    comments = _comments(article, n, url, page)
    image = f"{HOST}/{IMAGE}" if n == 1 else f"{HOST}/{TPL}/img/og-default.png"
    head_css = "\n".join(f'    <link rel="stylesheet" href="{TPL}/css/{c}">' for c in (
        "bootstrap.min.css", "bootstrap-rtl.min.css", "font-awesome.min.css", "style.css?v=1.7"))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{e(article.headline)} | {SITE}</title>
    <base href="{HOST}/" />
    <meta name="description" content="{e(article.lead)}">
    <meta name="keywords" content="{e(",".join(article.tags))}">
    <link rel="canonical" href="{url}" />
    <meta property="og:site_name" content="{SITE}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="{e(article.headline)}" />
    <meta property="og:description" content="{e(article.lead)}" />
    <meta property="og:url" content="{url}" />
    <meta property="og:image" content="{image}" />
    <meta property="article:published_time" content="{moment:%Y-%m-%dT%H:%M:%S%z}" />
    <meta property="article:section" content="{article.section}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:site" content="@sadaalmahjar" />
    <meta name="twitter:title" content="{e(article.headline)}" />
    <meta name="twitter:image" content="{image}" />
{head_css}
    <link rel="shortcut icon" href="{TPL}/img/favicon.ico" type="image/x-icon">
    <link rel="alternate" type="application/rss+xml" title="{SITE}" href="rss.xml" />
    <!--[if lt IE 9]><script src="https://oss.maxcdn.com/html5shiv/3.7.3/html5shiv.min.js"></script><![endif]-->
<link rel="stylesheet" href="/assets/components/tickets/css/web/default.css" type="text/css" />
<script type="text/javascript">TicketsConfig = {{"ctx":"web","jsUrl":"\\/assets\\/components\\/tickets\\/js\\/web\\/","cssUrl":"\\/assets\\/components\\/tickets\\/css\\/web\\/","actionUrl":"\\/assets\\/components\\/tickets\\/action.php","close_all_message":"close all","tpanel":1,"enable_editor":0}};</script>
</head>
<body class="page-news">
<header class="site-header">
    <div class="container">
        <div class="row">
            <div class="col-sm-6 logo">
                <a href="/"><img src="{TPL}/img/logo.png" alt="{SITE}"></a>
                <span class="site-name">{SITE}</span>
                <span class="slogan">{SLOGAN}</span>
            </div>
            <div class="col-sm-6 hidden-xs header-banner"><a href="advertise.html"><img src="assets/images/banners/728x90-2024.gif" class="img-responsive" alt=""></a></div>
        </div>
    </div>
    <nav class="navbar navbar-default" role="navigation">
        <div class="container">
            <div class="navbar-header">
                <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#main-menu" aria-expanded="false">
                    <span class="sr-only">القائمة</span>
                    <span class="icon-bar"></span>
                    <span class="icon-bar"></span>
                    <span class="icon-bar"></span>
                </button>
            </div>
            <div class="collapse navbar-collapse" id="main-menu">
                {_menu(MENU, "أخبار", "nav navbar-nav")}
                <form class="navbar-form navbar-left" action="search.html" method="get" role="search">
                    <div class="form-group">
                        <input type="text" name="search" class="form-control" placeholder="ابحث في الموقع">
                    </div>
                    <button type="submit" class="btn btn-default"><i class="fa fa-search"></i></button>
                </form>
            </div>
        </div>
    </nav>
</header>

<div class="container main-content">
    <ol class="breadcrumb">{crumbs}</ol>
    <div class="row">
        <div class="col-md-8">
            <article class="article-full">
                <h1 class="article-title">{e(article.headline)}</h1>
                <div class="article-meta">
                <span class="date"><i class="fa fa-calendar"></i> {shown}</span>{author}
                <span class="views"><i class="fa fa-eye"></i> {VIEWS[n - 1]}</span>
                <span class="category"><i class="fa fa-folder-open-o"></i> <a href="{section_url}">{article.section}</a></span>
                </div>
                <p class="lead">{e(article.lead)}</p>
                <div class="article-content">
{content}
                </div>
                <div class="article-tags"><i class="fa fa-tags"></i> الوسوم: {tags}</div>
                <div class="share-box">
                <span class="share-title">شارك الخبر:</span>
{share}
                <a href="javascript:window.print()" class="btn btn-sm btn-default"><i class="fa fa-print"></i> طباعة</a>
                </div>
            </article>

            <div class="related-news">
                <h3 class="section-title">مواد ذات صلة</h3>
                <ul class="list-unstyled">
                    {"".join(related)}
                </ul>
            </div>

{comments}
        </div>

        <aside class="col-md-4 sidebar">
            <div class="widget">
                <h4 class="widget-title">الأكثر قراءة</h4>
                <ol class="most-read">{"".join(most)}</ol>
            </div>
            <div class="widget">
                <h4 class="widget-title">آخر الأخبار</h4>
                <ul class="list-unstyled latest">{"".join(latest)}</ul>
            </div>
            <div class="widget social">
                <h4 class="widget-title">تابعونا</h4>
{follow}
            </div>
        </aside>
    </div>
</div>

<footer class="site-footer">
    <div class="container">
        <div class="row">
            <div class="col-sm-6"><p>{ABOUT}</p></div>
            <div class="col-sm-6">{_menu(FOOTER_MENU, "", "footer-menu list-inline")}</div>
        </div>
        <p class="copyright">{COPYRIGHT}</p>
    </div>
</footer>

<script src="{TPL}/js/jquery-1.12.4.min.js"></script>
<script src="{TPL}/js/bootstrap.min.js"></script>
<script src="{TPL}/js/main.js?v=1.7"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-81234567-1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'UA-81234567-1');</script>
<script type="text/javascript" src="/assets/components/tickets/js/web/default.js"></script>
</body>
</html>
"""
    return page
