"""A Moroccan writer's opinion column site ("دفاتر الرأي", مقالات رأي) on Textpattern CMS 4.8,
stock `four-point-eight` theme and Arabic textpack, an individual article of the `maqalat`
section as the `archive` page serves it. Head: `<title>` "دفاتر الرأي: headline", the `css.php`
theme stylesheet, generator "Textpattern CMS", meta description/keywords (the two categories)/
author, robots, canonical, og tags (og:image with an image), the theme's Blog/BlogPosting
JSON-LD, Atom/RSS links and the theme's HTML comments. Body: skip link "انتقل إلى المحتوى",
`header.site-header` (h2 name, h3 slogan), `nav.site-navigation` (sections, "الاستقبال",
`div.search` SearchAction form with its hidden "بحث" label), `main` > `article.article`
(itemprop blogPost): `h1 itemprop="headline"`, "<strong>منشور</strong> <time>" in "%d %B %Y"
under ar_MA (Moroccan months, zero-padded day: "07 شتنبر 2024") with a UTC "Z" `datetime`
(Morocco +01:00, +00:00 in Ramadan), the comment count, the image (page 1 `figure` with
`figcaption itemprop="caption"`, page 3 the captionless `p itemprop="image"`), `div
itemprop="articleBody"` with the Textile body (page 1: h3 subheading, inline link, strong;
page 3: a seller's words as `blockquote` after the paragraph that introduces them), "مؤلف
<author link>" and "فئات" with category links; `section#comments-head` ("تعليقات",
`ol.comments-list` of `article.comments`, `p.footnote` time "(منذ N أسابيع)", the writer's
reply marked `comments-author` "(مؤلف)"), then `section#comments-form` (invite, the textpack's
note, labelled fields of `form#txpCommentInputForm`) or on page 3 the textpack's "مجال التعليق
على هذ ا المقال مغلق" (its typo); page 2 has no comments yet. Then `nav.paginator` (السابق /
التالي), `aside.complementary-content` (RSS / Atom, an "أحدث المقالات" recent_articles list, on
the newest page led by its own title, links under the textpack's mistranslated "تغيير الروابط")
and `footer.site-footer` "نشرت مع Textpattern CMS". Page 2 was posted at 00:20 local by the
editorial account "هيئة التحرير" (no writer): its UTC `datetime` is the day before."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MOROCCO, Article, Page, e

NAME = "textpattern_column"
HELD_OUT = True
SET = "unseen26"
FAMILY = "Textpattern CMS 4.8 default theme opinion column: BlogPosting article, posted UTC Z vs Moroccan months, Textile body, categories, comments, recent articles, links"
HOST = "https://txp-maqalat.example"
OBJ = "https://schema.org/ImageObject"
SITE = "دفاتر الرأي"
SLOGAN = "مقالات في الشأن المغربي بقلم حميد الزياني"
SECTION = ("maqalat", "مقالات")
NAV = (("", "الاستقبال"), ("maqalat", "مقالات"), ("hiwarat", "حوارات"), ("an-alkatib", "عن الكاتب"))
EDITORIAL = "هيئة التحرير"
CATEGORY_SLUGS = {"الماء": "alma", "العالم القروي": "alalam-alqarawi", "القراءة": "alqiraa",
                  "الثقافة": "thaqafa", "القدرة الشرائية": "alqudra-achiraiya", "الاقتصاد": "iqtisad"}
URL_TITLES = {1: "hin-yusbih-alma-sualan-siyasiyan", 2: "maktaba-saghira-fi-kulli-hay", 3: "ramadan-wal-asaar"}
LINKED = {1: (3, "تقرير المجلس الاقتصادي والاجتماعي والبيئي",
              "https://www.cese.ma/docs/la-gouvernance-par-la-gestion-integree-des-ressources-en-eau/")}
BOLD = {1: (4, "عدالة مائية")}
HEADING = {1: 2}
QUOTE = {3: 2}
IMAGES = {1: ("17", 1200, 800, "صهريج ماء في دوار جبلي"), 3: ("23", 1000, 667, "سوق خضر")}
INVITE = "أضف تعليقك"
ENTER = '<strong>اكتب تعليقك بالأسفل.</strong> الحقول المعلمة بـ <b class="required" title="مطلوب">*</b> مطلوبة. لابد من مشاهدة التعليق قبل نشر.'
ENTER_TEXT = "اكتب تعليقك بالأسفل. الحقول المعلمة بـ * مطلوبة. لابد من مشاهدة التعليق قبل نشر."
NO_COMMENTS = "ليس هناك اي تعليقات على المقال حاليا."
CLOSED = "مجال التعليق على هذ ا المقال مغلق"
FIELDS = (("name", "صاحب التعليق", True), ("email", "البريد الإلكتروني", True),
          ("web", "موقع على الأنترنت", False), ("message", "رسالة", True))
# (discussid, name, web, minutes after posting, text, by the writer)
COMMENTS = {
    1: ((412, "سعيد أوبلا", "", 190, "أنا من نواحي واويزغت، وما وصفته هو بالضبط ما نعيشه منذ "
         "ثلاث سنوات. شكرا على إسماع صوتنا.", False),
        (415, "ليلى بنعمر", "https://leila-benamar.example", 1500,
         "مقال مهم، لكن أليس تحلية مياه البحر هي الحل الوحيد الممكن على المدى البعيد؟", False),
        (418, "حميد الزياني", "", 1720,
         "التحلية ضرورية للمدن الساحلية يا ليلى، أما الجبل فيحتاج إلى حماية فرشته أولا.", True)),
    3: ((503, "عبد الكريم", "", 300, "في سوقنا بمكناس ارتفع ثمن السردين إلى الضعف في أسبوع "
         "واحد.", False),)}
RECENT_EXTRA = ("في معنى أن تكون ناخبا في مدينة صغيرة", "عن لغة الإدارة التي لا يفهمها المواطن")
LINKS = (("https://alyaoum-alakhar.example/", "اليوم الآخر", "صحيفة رقمية مستقلة"),
         ("https://dafatir-adab.example/", "دفاتر أدبية", "مجلة ثقافية فصلية"),
         ("https://textpattern.com/", "Textpattern CMS", "Textpattern CMS"))
CRAWLED = datetime(2025, 6, 2, 9, 0, tzinfo=UTC)
DESCRIPTIONS = {1: "الجفاف في قرى الأطلس لم يعد حدثا عابرا، والماء صار سؤالا عن العدالة.",
                2: "عن أحياء شيدت بلا قاعة مطالعة، وعن مكتبة صغيرة تصنع ما لا تصنعه الحملات.",
                3: "الغلاء في رمضان وسلسلة الوساطة الطويلة بين الحقل والمستهلك."}

def _shown(moment: datetime) -> str:
    """`%d %B %Y` under the ar_MA locale: zero-padded day, Moroccan month names."""
    return f"{moment.day:02d} {MOROCCO[moment.month - 1]} {moment.year}"

def _iso(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"

def _since(moment: datetime) -> str:
    weeks = (CRAWLED - moment.astimezone(UTC)).days // 7
    return "منذ أسبوع واحد" if weeks <= 1 else f"منذ {weeks} أسابيع"

def _body(article: Article, n: int) -> str:
    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            _, words, href = LINKED[n]
            html = html.replace(words, f'<a href="{href}">{words}</a>')
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>")
        if HEADING.get(n) == k:
            blocks.append(f"<h3>{html}</h3>")
        elif QUOTE.get(n) == k:
            blocks.append(f"<blockquote>\n\t<p>{html}</p>\n</blockquote>")
        else:
            blocks.append(f"<p>{html}</p>")
    return "\n\n".join(blocks)

def _image(article: Article, n: int) -> str:
    iid, width, height, alt = IMAGES[n]
    inner = (f'\n        <img itemprop="url" src="{HOST}/images/{iid}.jpg" alt="{e(alt)}">\n'
             f'        <meta itemprop="width" content="{width}">\n'
             f'        <meta itemprop="height" content="{height}">\n')
    if article.caption == "-":
        return f'\n    <p itemprop="image" itemscope itemtype="{OBJ}">{inner}    </p>\n'
    return (f'\n    <figure itemprop="image" itemscope itemtype="{OBJ}">\n{inner}\n'
            f'        <figcaption itemprop="caption">\n            {e(article.caption)}\n'
            "        </figcaption>\n    </figure>\n")

def _comment(url: str, moment: datetime, row: tuple, page: Page) -> str:
    cid, name, web, minutes, text, by_writer = row
    when = moment + timedelta(minutes=minutes)
    shown = f"{_shown(when)} {when:%H:%M}"
    who = f'<a href="{web}" rel="nofollow">{e(name)}</a>' if web else e(name)
    mark = '\n            <span class="is-author">(مؤلف)</span>\n' if by_writer else "\n"
    page.add(f"{name} (مؤلف)" if by_writer else name, f"{shown} ({_since(when)})", text)
    return f"""<li><article class="comments{' comments-author' if by_writer else ''}" itemscope itemtype="https://schema.org/Comment">
    <h4>
        <span class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person">
            <span itemprop="name">
                {who}
            </span>
        </span>
{mark}
        <span class="comment-anchor" itemprop="url">
            <a href="{url}#c{cid:06d}" id="c{cid:06d}">#</a>
        </span>
    </h4>
    <p class="footnote">
        <time datetime="{_iso(when)}" itemprop="dateCreated">
            {shown}
            ({_since(when)})
        </time>
    </p>
    <div itemprop="text">
        <p>{e(text)}</p>
    </div>
</article>
</li>"""

def _comments(url: str, article: Article, n: int, page: Page) -> str:
    rows = COMMENTS.get(n, ())
    page.add("تعليقات")
    if rows:
        items = "\n".join(_comment(url, article.moment, row, page) for row in rows)
        head = f"""    <section id="comments-head">
        <h3>تعليقات</h3>
        <ol class="comments-list">
            {items}
            <!-- if this is a comment preview, display it (but only if there is no error) -->
        </ol>
"""
    else:
        page.add(NO_COMMENTS)
        head = f"""            <section id="comments-head">
                <h3>تعليقات</h3>
                <p>
                    {NO_COMMENTS}
                </p>
"""
    if n == 3:
        page.add(CLOSED)
        return head + f"""
    <p>
        <strong>{CLOSED}</strong>
    </p>
    </section>
"""
    fields = []
    for key, label, required in FIELDS:
        star = ('\n        <b class="required" title="مطلوب">*</b>' if required else "")
        page.add(f"{label} *" if required else label)
        kind = "email" if key == "email" else "text"
        req = " required" if required else ""
        field = (f'<input type="{kind}" name="{key}" value="" class="comment_{key}_input" '
                 f'size="32" id="{key}"{req}>')
        if key == "message":
            field = ('<textarea class="txpCommentInputMessage" id="message" name="message" '
                     'cols="64" rows="4" required></textarea>')
        fields.append(f"""<p class="{'small' if key == 'message' else 'large'}">
    <label for="{key}">
        {label}{star}
    </label>
    <br>
    {field}
</p>""")
    page.add(INVITE, ENTER_TEXT)
    return head + f"""
    <section id="comments-form">
        <!-- comment invite text is taken for the article's comment invitation field on the 'write' screen -->
        <h3>{INVITE}</h3>
        <!-- links by default to form: 'comment_form.comment.txp' unless you specify a different form -->
        <form id="txpCommentInputForm" method="post" action="{url}#cpreview">
<div class="comments-wrapper">
<p>
    {ENTER}
</p>
<!-- if there is an error, then inform user -->
{chr(10).join(fields)}
<!-- preview and submit buttons (note: submit button will have a class of 'disabled'
     applied until you have previewed the message at least once) -->
<p>
    <input type="submit" name="preview" value="اطلاع مسبق" class="button" id="txpCommentPreview">
    <input type="submit" name="submit" value="إرسال" class="button disabled" id="txpCommentSubmit" disabled>
</p>
<input type="hidden" name="parentid" value="{article.slug}">
<input type="hidden" name="backpage" value="{url}">
</div>
</form>
    </section>
    </section>
"""

def render(article: Article, n: int) -> Page:
    moment = article.moment
    sec = SECTION[0]
    url = f"{HOST}/{sec}/{article.slug}/{URL_TITLES[n]}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    author = article.author or EDITORIAL
    count = len(COMMENTS.get(n, ()))
    cats = ", ".join(f'<a href="{HOST}/category/{CATEGORY_SLUGS[t]}">{e(t)}</a>'
                     for t in article.tags)
    page.add("انتقل إلى المحتوى", SITE, SLOGAN, *(label for _, label in NAV), "بحث", "منشور",
             shown, f"مؤلف {author}", "فئات", ", ".join(article.tags))
    nav = "\n".join(f"""            <li{' class="active"' if path == sec else ''}>
                <a itemprop="url" href="{HOST}/{path + '/' if path else ''}">
                    {label}
                </a>
            </li>""" for path, label in NAV)
    figure = _image(article, n) if n in IMAGES else ""
    if n in IMAGES and article.caption != "-":
        page.add(article.caption)
    og_image = ""
    if n in IMAGES:
        iid, width, height, alt = IMAGES[n]
        og_image = "".join(f'\n{" " * 24}<meta property="og:image{k}" content="{v}">' for k, v in (
            ("", f"{HOST}/images/{iid}.jpg"), (":width", width), (":height", height),
            (":alt", e(alt)))) + "\n" + " " * 20
    ld = json.dumps(article.headline, ensure_ascii=False)
    desc = DESCRIPTIONS[n]
    comments = _comments(url, article, n, page)
    pad = "\n" + " " * 32
    pager = "".join(f'{pad}<a rel="{rel}" href="{HOST}/{sec}/{int(article.slug) + step}/{rel}">'
                    f"{pad}    {label}{pad}</a>" for rel, step, label in
                    (("prev", -9, "السابق"), ("next", 7, "التالي")) if n != 3 or rel == "prev")
    page.add("السابق", "" if n == 3 else "التالي")
    recent = ([article.headline] if n == 3 else []) + list(article.related) + list(RECENT_EXTRA)
    recent = list(dict.fromkeys(recent))[:5]
    recent_html = "\n".join(f'<li><a href="{HOST}/{sec}/{int(article.slug) - 5 * k}/r{k}">'
                            f"{e(t)}</a></li>" for k, t in enumerate(recent))
    links_html = "\n".join(f'<li><a rel="external" href="{href}" title="{e(d)}">{e(t)}</a></li>'
                           for href, t, d in LINKS)
    page.add("RSS / Atom", "أحدث المقالات", *recent, "تغيير الروابط", *(t for _, t, _ in LINKS),
             "نشرت مع Textpattern CMS")
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
    <title>{SITE}: {e(article.headline)}</title>
    <!-- CSS -->
    <link rel="stylesheet" href="{HOST}/css.php?n=default&amp;t=four-point-eight">
    <!-- ...or you can use (faster) external CSS files e.g. <link rel="stylesheet" href="{HOST}/themes/four-point-eight/styles/default.css"> -->
    <meta name="generator" content="Textpattern CMS">
            <meta name="description" content="{e(desc)}">
                <meta name="keywords" content="{e(','.join(article.tags))}">
                <meta name="author" content="{e(author)}">
                <meta name="robots" content="index, follow">
                <link rel="canonical" href="{url}">
                <meta property="og:site_name" content="{SITE}">
                <meta property="og:type" content="article">
                <meta property="og:title" content="{e(article.headline)}">
                <meta property="og:description" content="{e(desc)}">
                <meta property="og:url" content="{url}">
                {og_image}
                <script type="application/ld+json">
                    {{
                        "@context": "https://schema.org",
                        "@type": "Blog",
                        "blogPost": [{{
                            "@type": "BlogPosting",
                            "headline": {ld},
                            "description": {json.dumps(desc, ensure_ascii=False)},
                            "url": "{url}"
                        }}]
                    }}
                </script>
    <!-- content feeds -->
    <link rel="alternate" type="application/atom+xml" title="Atom" href="{HOST}/atom/?section={sec}">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/rss/?section={sec}">
</head>
        <body class="{sec}-page" itemscope itemtype="https://schema.org/WebPage">
    <a class="skip-link" href="#main">انتقل إلى المحتوى</a>
<header class="site-header">
    <h2><a rel="home" href="{HOST}/">{SITE}</a></h2>
        <h3>{SLOGAN}</h3>
</header>
<nav id="navigation" class="site-navigation" aria-label="Site navigation" itemscope itemtype="https://schema.org/SiteNavigationElement">
    <div>
        <ul class="section_list">
{nav}
        </ul>
        <!-- links by default to form: 'search_input.txp' unless you specify a different form -->
        <div class="search" role="search" aria-label="بحث" itemscope itemtype="https://schema.org/WebSite">
    <meta itemprop="url" content="{HOST}/">
    <form method="get" action="{HOST}/" itemprop="potentialAction" itemscope itemtype="https://schema.org/SearchAction">
        <meta itemprop="target" content="{HOST}/?q={{q}}">
        <label class="accessibility" for="search">بحث</label>
        <input id="search" name="q" type="search" itemprop="query-input" placeholder="بحث">
    </form>
</div>
    </div>
</nav>
    <div class="wrapper">
        <div class="container">
            <!-- Main content -->
            <main id="main" aria-label="المحتوى الرئيسي" itemscope itemtype="https://schema.org/Blog">
                <!-- is this the search result page? also omits the pagination links below (uses pagination format within search_display.txp instead) -->
                        <article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
    <meta itemprop="mainEntityOfPage" content="{url}">
        <h1 itemprop="headline">{e(article.headline)}</h1>
    <p>
        <strong>منشور</strong>
        <time datetime="{_iso(moment)}" itemprop="datePublished">
            {shown}
        </time>
        <meta itemprop="dateModified" content="{_iso(moment + timedelta(hours=2, minutes=n * 7))}" />
        <!-- only display comments count if comments posted, or if new comments allowed -->
            <br>
            <strong>تعليقات</strong>
            <a href="{url}#comments-head" title="رِؤية" itemprop="discussionUrl">
                <span itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter">
                    <meta itemprop="interactionType" content="https://schema.org/CommentAction" />
                    <span itemprop="userInteractionCount">{count}</span>
                </span>
            </a>
    </p>
    {figure}
    <div itemprop="articleBody">
        {_body(article, n)}
    </div>
    <p>
        <strong>مؤلف</strong>
        <span itemprop="author" itemscope itemtype="https://schema.org/Person">
            <span itemprop="name">
                <a rel="author" href="{HOST}/{sec}/?author={quote(author)}">{e(author)}</a>
            </span>
        </span>
        <!-- only display categories if they are actually set for an article, otherwise omit -->
            <br>
            <strong>فئات</strong>
            <span itemprop="keywords">
                {cats}
            </span>
    </p>
    <!-- if this is an individual article then add the comments section via form: comments_display.article.txp -->
        <!-- if there are comments, display them (note: example code below overrides the global preference setting for comments wrapping by stating
     attributes of wraptag="" and break="", you are instead using ol and li tags below)... -->
{comments}
</article>
                        <!-- add pagination links to foot of article if there are more articles available -->
                            <nav class="paginator" aria-label="Page navigation">{pager}
                            </nav>
            </main>
            <aside class="complementary-content">
    <!-- feed links, default flavor is RSS, so we don't need to specify a flavor on the first feed_link -->
    <p><a class="feed-rss" type="application/rss+xml" href="{HOST}/rss/" title="تغذية ار اس اس">RSS</a> / <a class="feed-atom" type="application/atom+xml" href="{HOST}/atom/" title="تدفق الذرات">Atom</a></p>
    <section>
        <h4>أحدث المقالات</h4>
        <ul class="recent_articles">
{recent_html}
</ul>
    </section>
    <!-- if links exist, renders a links list -->
        <section>
            <h4>تغيير الروابط</h4>
            <!-- links by default to form: 'plainlinks.txp' unless you specify a different form -->
            <ul class="linklist">
{links_html}
</ul>
        </section>
</aside>
        </div> <!-- /.container -->
    </div> <!-- /.wrapper -->
    <footer class="site-footer">
    <p><small>نشرت مع <a rel="external" href="https://textpattern.com/" title="انتقل إلى موقع تكستباترن">Textpattern CMS</a></small></p>
</footer>
</body>
</html>
"""
    return page
