"""A Tunisian journalist's blog ("كرّاس تونس", Hala Ayari's notebook on society, economy and
culture outside the capital) on Dotclear 2 with the Berlingot theme, single posts (`dc-post`)
as the engine serves them. The blog's language is Arabic, but Dotclear's Arabic locale is
incomplete: the template strings stay French ("Par", "Lien permanent", "Commentaires",
"Ajouter un commentaire", "Nom ou pseudo", "URL de rétrolien", "Propulsé par Dotclear"), while
the widget titles, which the blogger types herself, are Arabic ("التصنيفات", "الوسوم",
"آخر التدوينات") next to untranslated defaults ("Derniers commentaires", "S'abonner").

The head: `<title>` "headline - كرّاس تونس", the `meta name="date"` and Dublin Core `dc.*`
meta in the blog's +01:00 (`EntryDate iso8601`), the socialMeta plugin's og/twitter tags,
`rel="contents"` / prev / next / Atom links, Berlingot's `style.css` and `rtl.css`, print.css
and jQuery through `?pf=`, the `dc_post_remember_str-data` JSON and `post.js`. No JSON-LD: the
engine has none. The body: the trackback RDF comment (`EntryPingData`), `div#page` >
`div#top` (h1 blog name, `p#blogdesc`, the simpleMenu `ul#topnav.supranav`), `p#prelude`
skip links, `div#wrapper` > `div#main` > `p#breadcrumb` ("Accueil › section › title"),
`div#content` > `p#navlinks` (« previous - next »), `div.post` (`h2.post-title`,
`p.post-info` "Par <author>, <weekday day month year>, HH:MM - <category> - Lien permanent"
with Tunisian month names, `ul.post-tags`, optional `div.post-excerpt` (the chapô),
`div.post-content`), the relatedEntries block ("تدوينات ذات صلة"), `#attachments`,
`#comments` (`dl` of `dt` "N. Le <date>, <time> par <name>" / `dd`), `form#comment-form`,
`#pings`, `p#ping-url`, `p#comments-feed`; then `div#sidebar` (`#blognav`: search,
navigation, categories with counts, tags; `#blogextra`: last posts, last comments,
syndicate, blogroll) and `div#footer`.

Page 1 (economy, by the blogger): an image inserted as `figure` with a `figcaption` at the
head of the content (chrome), an `h3` subheading inside the text (text), three comments (the
blogger's own reply is `dt.me`), one trackback from another blog. Page 2: a TAP wire
dispatch ("تونس (وات) -" opens the lead: text) posted by the blog's shared account
("فريق الكرّاس", not a writer) at 00:35 Tunis time, so the UTC instant falls on the day
before; no image, a PDF in `#attachments`, no comments yet, no trackbacks. Page 3 (culture,
by the blogger): the lead is the entry's excerpt (`div.post-excerpt`), the content holds a
quote the text introduces (`blockquote`, text), a YouTube iframe with an italic credit line
under it (chrome), and one comment. Every line outside the story's paragraphs is chrome.
"""

from __future__ import annotations

from datetime import timedelta

from .base import MAGHREB, WEEKDAYS, Article, Page, e

NAME = "dotclear_blog"
HELD_OUT = True
SET = "unseen32"
FAMILY = ("Dotclear 2 + Berlingot theme Tunisian journalist's blog post: #top/#prelude, "
          "breadcrumb, navlinks, div.post with post-info, post-tags, post-excerpt/post-content, "
          "attachments, comments dl, comment-form, pings, #sidebar widgets, #footer")
HOST = "https://dotclear-tunis-carnet.example"
SITE = "كرّاس تونس"
DESC = "مدونة الصحفية هالة العياري: مجتمع واقتصاد وثقافة من الجهات التونسية"
OWNER = "هالة العياري"
DESK = "فريق الكرّاس"
THEME = f"{HOST}/themes/berlingot"
PF = f"{HOST}/index.php?pf="
MENU = (("", "Accueil"), ("pages/A-propos", "من أنا"), ("archive", "الأرشيف"),
        ("contact", "اتصل بي"))
CATEGORIES = (("Economie", "اقتصاد", 38), ("Societe", "مجتمع", 52), ("Culture", "ثقافة", 27),
              ("Droits-et-libertes", "حقوق وحريات", 19), ("Carnets-de-route", "دفاتر سفر", 11))
CAT_SLUG = {label: slug for slug, label, _ in CATEGORIES}
TAG_CLOUD = (("صفاقس", 100), ("الأسعار", 80), ("مسرح", 60), ("الطقس", 50), ("الهجرة", 70),
             ("الفلاحة", 40), ("القصرين", 30), ("الحليب", 20), ("الكاف", 30))
LAST_POSTS = ("المخابز الصغيرة بين نقص الفارينة وارتفاع الكلفة",
              "عمال الحضائر في سيدي بوزيد ينتظرون تسوية وضعيتهم",
              "دفاتر سفر: يوم في سوق الأربعاء بجندوبة",
              "مكتبة عمومية في تطاوين تفتح فرعا متنقلا للأطفال",
              "موسم الزيتون: أجور القاطفات لا تتبع الأسعار")
LAST_COMMENTS = ("موسم الزيتون: أجور القاطفات لا تتبع الأسعار - نجوى",
                 "عمال الحضائر في سيدي بوزيد ينتظرون تسوية وضعيتهم - Karim B.",
                 "دفاتر سفر: يوم في سوق الأربعاء بجندوبة - سليم")
BLOGROLL = (("https://nawaat.org/", "Nawaat"), ("https://inkyfada.com/", "inkyfada"),
            ("https://www.tap.info.tn/", "وكالة تونس إفريقيا للأنباء"))
NAVLINKS = {
    1: ("موسم الزيتون: أجور القاطفات لا تتبع الأسعار",
        "المخابز الصغيرة بين نقص الفارينة وارتفاع الكلفة"),
    2: ("عمال الحضائر في سيدي بوزيد ينتظرون تسوية وضعيتهم",
        "دفاتر سفر: يوم في سوق الأربعاء بجندوبة"),
    3: ("مكتبة عمومية في تطاوين تفتح فرعا متنقلا للأطفال", ""),
}
POST_ID = {1: 412, 2: 437, 3: 455}
# page -> (author, url or "", minutes after the post, text, is the blogger)
COMMENTS = {
    1: (("محمد علي", "", 95, "نفس الوضع في ساقية الزيت، المحل يفتح على السابعة والحليب يفرغ "
         "قبل الثامنة.", False),
        ("Karim B.", "https://karimb.example/", 240, "شكرا على التحقيق، لكن لماذا لا تنشر "
         "الإدارة أرقام المخزون التعديلي بالتفصيل؟", False),
        (OWNER, f"{HOST}/pages/A-propos", 310, "طلبت الأرقام من الإدارة الجهوية يا كريم، "
         "وسأنشرها حالما أتحصل على رد كتابي.", True)),
    2: (),
    3: (("سلوى", "", 180, "شاهدت العرض في الدهماني، بكت نصف القاعة. شكرا لأنك كتبت عنه.",
         False),),
}
PINGS = {1: ("مدونة فلاح من الساحل", "https://fellah-sahel.example/2024/11/20/lait",
             "أزمة الحليب كما يراها المربي", "قرأت تدوينة هالة العياري عن طوابير صفاقس، وهذا "
             "ما يحدث في الإسطبل قبل أن يصل الحليب إلى المحل...", 1500)}
ATTACHMENTS = {2: ("bulletin-suivi-inm-20250108.pdf", "نشرة المتابعة الصادرة عن المعهد",
                   "182.4 Ko")}
FIGURE = {1: "sfax-lait-hay-habib.jpg"}
HEADING = {1: 3}  # page -> index (lead = 0) of the paragraph printed as an h3
EXCERPT = {3}  # pages whose lead is the entry's excerpt (chapô)
QUOTE = {3: 3}  # page -> index of the paragraph printed as a blockquote
EMBED = {3: (3, "p7KdR2xWq4E", "مقتطف من تمارين الفرقة بدار الثقافة بالكاف (فيديو: ركح الشمال)")}
FORM_HELP = ("Le code HTML est affiché comme du texte et les adresses web sont automatiquement "
             "transformées.")
CURRENT = ' class="category-current"'


def _date(moment) -> str:
    """The blog's date format "%A %e %B %Y", Arabic locale, Tunisian month names."""
    return f"{WEEKDAYS[moment.weekday()]} {moment.day} {MAGHREB[moment.month - 1]} {moment.year}"


def _story(article: Article, n: int) -> tuple[str, str]:
    """The excerpt and content blocks as the editor saved them."""
    parts = [article.lead, *article.paragraphs]
    out = []
    if n in FIGURE:
        out.append(f'<figure style="margin: 0 auto; display: table;"><img '
                   f'src="/public/{article.moment.year}/{FIGURE[n]}" alt="{e(article.caption)}" '
                   f'decoding="async" /><figcaption>{e(article.caption)}</figcaption></figure>')
    excerpt = ""
    start = 0
    if n in EXCERPT:
        excerpt = f"<p>{e(parts[0])}</p>"
        start = 1
    for k in range(start, len(parts)):
        text = e(parts[k])
        if HEADING.get(n) == k:
            out.append(f"<h3>{text}</h3>")
        elif QUOTE.get(n) == k:
            out.append(f"<blockquote><p>{text}</p></blockquote>")
        else:
            out.append(f"<p>{text}</p>")
        if n in EMBED and EMBED[n][0] == k:
            _, vid, credit = EMBED[n]
            out.append(f'<p><iframe width="560" height="315" '
                       f'src="https://www.youtube-nocookie.com/embed/{vid}" title="YouTube video '
                       f'player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                       f'encrypted-media; gyroscope; picture-in-picture" allowfullscreen>'
                       f'</iframe></p>\n<p><em>{e(credit)}</em></p>')
    return excerpt, "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/post/{article.slug}"
    pid = POST_ID[n]
    page = Page(url=url, html="", shown_date=_date(moment))
    writer = article.author or DESK
    sec = article.section
    sec_slug = CAT_SLUG[sec]
    shown = _date(moment)
    clock = f"{moment:%H:%M}"
    iso = moment.isoformat()

    # top, menu, prelude, breadcrumb
    menu = "".join(
        f'<li class="li{k}{" first" if k == 1 else ""}{" last" if k == len(MENU) else ""}">'
        f'<a href="{HOST}/{slug}"><span class="simple-menu-label">{e(label)}</span></a></li>'
        for k, (slug, label) in enumerate(MENU, 1))
    page.add(SITE, DESC, *(label for _, label in MENU), "Aller au contenu", "Aller au menu",
             "Aller à la recherche", sec)

    prev_t, next_t = NAVLINKS[n]
    nav = (f'<a href="{HOST}/post/{moment:%Y/%m}/prev-{pid - 3}" title="{e(prev_t)}" '
           f'class="prev">&#171; {e(prev_t)}</a>')
    if next_t:
        nav += (f' <span>-</span> <a href="{HOST}/post/{moment:%Y/%m}/next-{pid + 4}" '
                f'title="{e(next_t)}" class="next">{e(next_t)} &#187;</a>')
        page.add(next_t)
    page.add(prev_t)

    author_link = (f'<a href="{HOST}/pages/A-propos">{e(writer)}</a>' if article.author
                   else e(writer))
    page.add("Par", writer, shown, clock, "Lien permanent")
    tags = "\n".join(f'    <li><a href="{HOST}/tag/{e(t)}" rel="tag">{e(t)}</a></li>'
                     for t in article.tags)
    page.add(*article.tags)
    excerpt, content = _story(article, n)
    if n in FIGURE:
        page.add(article.caption)
    if n in EMBED:
        page.add(EMBED[n][2])
    excerpt_block = (f'\n    <!-- # Entry with an excerpt -->\n      <div class="post-excerpt">'
                     f'{excerpt}</div>\n' if excerpt else "")

    related = "\n".join(f'<li><a href="{HOST}/post/related-{pid}-{k}">{e(t)}</a></li>'
                        for k, t in enumerate(article.related, 1))
    page.add("تدوينات ذات صلة", *article.related)

    attach = ""
    if n in ATTACHMENTS:
        fname, title, size = ATTACHMENTS[n]
        attach = (f'\n  <div id="attachments">\n  <h3>Pièces jointes</h3>\n  <ul>\n'
                  f'    <li class="application">\n      <a href="{HOST}/public/{moment.year}/'
                  f'{fname}" title="{fname} ({size})">{e(title)}</a>\n    </li>\n  </ul>\n'
                  f'  </div>\n')
        page.add("Pièces jointes", title)

    comments = ""
    if COMMENTS[n]:
        items = []
        for k, (who, site, after, text, me) in enumerate(COMMENTS[n], 1):
            at = moment + timedelta(minutes=after)
            cls = f'{"me " if me else ""}{"odd" if k % 2 else "even"}{" first" if k == 1 else ""}'
            who_html = (f'<a href="{site}" rel="nofollow">{e(who)}</a>' if site else e(who))
            items.append(
                f'      <dt id="c{pid * 10 + k}" class="{cls}"><a href="#c{pid * 10 + k}" '
                f'class="comment-number">{k}.</a>\n      Le {_date(at)}, {at:%H:%M}\n'
                f'      par {who_html}</dt>\n\n      <dd class="{cls}">\n      <p>{e(text)}'
                f'</p>\n      </dd>')
            page.add(f"{k}.", who, text, f"Le {_date(at)}, {at:%H:%M}")
        comments = ('\n      <div id="comments">\n        <h3>Commentaires</h3>\n      <dl>\n'
                    + "\n".join(items) + "\n      </dl>\n      </div>\n")
        page.add("Commentaires")

    pings = ""
    if n in PINGS:
        blog, purl, ptitle, ptext, after = PINGS[n]
        at = moment + timedelta(minutes=after)
        pings = (f'\n    <div id="pings">\n      <h3>Ils ont publié sur le même sujet</h3>\n'
                 f'        <dl>\n          <dt id="c{pid * 10 + 9}" class="odd first"><a '
                 f'href="#c{pid * 10 + 9}"\n          class="ping-number">1.</a>\n'
                 f'          Le {_date(at)}, {at:%H:%M}\n          par {e(blog)}</dt>\n\n'
                 f'          <dd class="odd first">\n          <p><a href="{purl}"\n'
                 f'          rel="nofollow">{e(ptitle)}</a></p>\n          <p>{e(ptext)}</p>\n'
                 f'          </dd>\n        </dl>\n    </div>\n')
        page.add("Ils ont publié sur le même sujet", blog, ptitle, ptext,
                 f"Le {_date(at)}, {at:%H:%M}")

    page.add("Ajouter un commentaire", "Nom ou pseudo", "Adresse email",
             "Site web (facultatif)", "Commentaire", FORM_HELP, "URL de rétrolien",
             f"{HOST}/trackback/{pid}", "Fil des commentaires de ce billet")

    # sidebar
    cats = "\n".join(
        f'<li{CURRENT if label == sec else ""}><a href="{HOST}/category/'
        f'{slug}">{e(label)}</a> <span>({count})</span></li>' for slug, label, count in CATEGORIES)
    cloud = "\n".join(f'<li><a href="{HOST}/tag/{e(t)}" class="tag{w}">{e(t)}</a> </li>'
                      for t, w in TAG_CLOUD)
    last_posts = "\n".join(f'<li><a href="{HOST}/post/last-{k}">{e(t)}</a></li>'
                           for k, t in enumerate(LAST_POSTS, 1))
    last_comments = "\n".join(
        f'<li class="last-comment-{k}"><a href="{HOST}/post/last-{k}#c{4000 + k}">{e(t)}</a></li>'
        for k, t in enumerate(LAST_COMMENTS, 1))
    roll = "\n".join(f'<li><a href="{link}" title="{e(label)}">{e(label)}</a></li>'
                     for link, label in BLOGROLL)
    page.add("Rechercher", "تصفّح", "Archives", "التصنيفات",
             *(f"{label} ({count})" for _, label, count in CATEGORIES), "الوسوم",
             *(t for t, _ in TAG_CLOUD), "Tous les mots-clés", "آخر التدوينات", *LAST_POSTS,
             "Derniers commentaires", *LAST_COMMENTS, "S'abonner", "Fil des billets",
             "Fil des commentaires", "روابط", *(label for _, label in BLOGROLL),
             f"© {moment.year} {OWNER} - جميع الحقوق محفوظة", "Propulsé par", "Dotclear")

    desc = e(" ".join(article.lead.split()[:28]))
    image = (f'\n<meta property="og:image" content="{HOST}/public/{moment.year}/{FIGURE[n]}" />'
             f'\n<meta name="twitter:image" content="{HOST}/public/{moment.year}/{FIGURE[n]}" />'
             if n in FIGURE else "")
    card = "summary_large_image" if n in FIGURE else "summary"
    remember = '{"post_remember_str": "Se souvenir de moi sur ce blog"}'
    ping_rdf = (f'<!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"\n'
                f'  xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
                f'  xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">\n'
                f'<rdf:Description\n  rdf:about="{url}"\n  dc:identifier="{url}"\n'
                f'  dc:title="{e(article.headline)}"\n  trackback:ping="{HOST}/trackback/{pid}" />\n'
                f'</rdf:RDF>\n-->')
    nav_prev_link = (f'<link rel="prev" href="{HOST}/post/{moment:%Y/%m}/prev-{pid - 3}"\n'
                     f'  title="{e(prev_t)}" />')
    nav_next_link = (f'<link rel="next" href="{HOST}/post/{moment:%Y/%m}/next-{pid + 4}"\n'
                     f'  title="{e(next_t)}" />\n' if next_t else "")

    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="UTF-8" />
  <title>{e(article.headline)} - {SITE}</title>
  <meta name="copyright" content="© {OWNER}" />
  <meta name="ROBOTS" content="INDEX, FOLLOW" />
  <meta name="description" lang="ar" content="{desc}" />
  <meta name="author" content="{e(writer)}" />
  <meta name="date" content="{iso}" />

  <!-- Dublin Core -->
  <link rel="schema.dc" href="http://purl.org/dc/elements/1.1/" />
  <meta name="dc.title" content="{e(article.headline)}" />
  <meta name="dc.description" lang="ar" content="{desc}" />
  <meta name="dc.creator" content="{e(writer)}" />
  <meta name="dc.language" content="ar" />
  <meta name="dc.publisher" content="{OWNER}" />
  <meta name="dc.rights" content="© {OWNER}" />
  <meta name="dc.date" content="{iso}" />
  <meta name="dc.type" content="text" />
  <meta name="dc.format" content="text/html" />

  <link rel="contents" href="{HOST}/archive" title="Archives" />
  <link rel="pingback" href="{HOST}/xmlrpc/default" />
  {nav_next_link}
  {nav_prev_link}
  <link rel="alternate" type="application/atom+xml" title="Atom 1.0" href="{HOST}/feed/atom" />
  <link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/rsd" />

<link rel="stylesheet" type="text/css" href="{THEME}/style.css" media="screen" />
<link rel="stylesheet" type="text/css" href="{THEME}/rtl.css" media="screen" />
<link rel="stylesheet" type="text/css" href="{PF}print.css" media="print" />
<script src="{PF}jquery/3.7.1/jquery.js"></script>
<link rel="stylesheet" href="{PF}simpleMenu/css/default.css" type="text/css" media="screen" />
<!-- socialMeta -->
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:description" content="{desc}" />{image}
<meta name="twitter:card" content="{card}" />
<meta name="twitter:site" content="@karras_tunis" />
<meta name="twitter:title" content="{e(article.headline)}" />
<meta name="twitter:description" content="{desc}" />

    <script type="application/json" id="dc_post_remember_str-data">
      {remember}
    </script>
    <script src="{PF}post.js"></script>
</head>
<body class="dc-post">
<div id="page">
{ping_rdf}
<div id="top" class="top" role="banner">
  <h1><span><a href="{HOST}/">{SITE}</a></span></h1>
  <p id="blogdesc">{DESC}</p>
  <nav role="navigation"><ul id="topnav" class="supranav simple-menu">{menu}</ul></nav>
</div>
<p id="prelude" class="skip-links" role="navigation"><a href="#main">Aller au contenu</a> |
  <a href="#blognav">Aller au menu</a> |
  <a href="#search">Aller à la recherche</a></p>

<div id="wrapper">
<div id="main" role="main">
  <p id="breadcrumb"><a id="bc-home" href="{HOST}/">Accueil</a> &rsaquo; <a href="{HOST}/category/{sec_slug}">{e(sec)}</a> &rsaquo; {e(article.headline)}</p>
  <div id="content">
  <p id="navlinks">
    {nav}
  </p>

  <div id="p{pid}" class="post" role="article">
    <h2 class="post-title">{e(article.headline)}</h2>

    <p class="post-info">Par {author_link}, {shown}, {clock}
    - <a href="{HOST}/category/{sec_slug}">{e(sec)}</a>
    - <a href="{url}">Lien permanent</a>
    </p>

    <ul class="post-tags">
{tags}
    </ul>
{excerpt_block}
    <div class="post-content">{content}</div>

    <div class="relatedEntries"><h3>تدوينات ذات صلة</h3><ul>
{related}
</ul></div>
  </div>
{attach}{comments}
    <!-- # Comment form -->
    <form action="{url}#pr" method="post" id="comment-form" role="form">
      <h3>Ajouter un commentaire</h3>
      <fieldset>
        <p class="field"><label for="c_name">Nom ou pseudo&nbsp;:</label>
        <input name="c_name" id="c_name" type="text" size="30" maxlength="255" value="" />
        </p>

        <p class="field"><label for="c_mail">Adresse email&nbsp;:</label>
        <input name="c_mail" id="c_mail" type="text" size="30" maxlength="255" value="" />
        </p>

        <p class="field"><label for="c_site">Site web (facultatif)&nbsp;:</label>
        <input name="c_site" id="c_site" type="text" size="30" maxlength="255" value="" />
        </p>

        <p style="display:none"><input name="f_mail" type="text" size="30"
        maxlength="255" value="" /></p>

        <p class="field"><label for="c_content">Commentaire&nbsp;:</label>
        <textarea name="c_content" id="c_content" cols="35"
        rows="7"></textarea>
        </p>
        <p class="form-help">{FORM_HELP}</p>
      </fieldset>

      <fieldset>
        <p class="buttons"><input type="submit" class="preview" name="preview" value="prévisualiser" />
        <input type="submit" class="submit" value="envoyer" /></p>
      </fieldset>
    </form>
{pings}
    <p id="ping-url">URL de rétrolien&nbsp;: {HOST}/trackback/{pid}</p>

  <p id="comments-feed"><a class="feed" href="{HOST}/feed/atom/comments/{pid}"
  title="Fil Atom des commentaires de ce billet">Fil des commentaires de ce billet</a></p>
  </div> <!-- End #content -->
</div> <!-- End #main -->

<div id="sidebar" role="complementary">
<div id="blognav">
<div class="widget search" id="search">
<h2><label for="q">Rechercher</label></h2>
<form action="{HOST}/" method="get" role="search"><p><input type="text" size="10" maxlength="255" id="q" name="q" value="" aria-label="Rechercher" /> <input type="submit" class="submit" value="ok" title="Rechercher" /></p></form>
</div>
<div class="widget navigation" role="navigation"><h2>تصفّح</h2><ul>
<li class="topnav-home"><a href="{HOST}/">Accueil</a></li>
<li class="topnav-arch"><a href="{HOST}/archive">Archives</a></li>
</ul></div>
<div class="widget categories"><h2>التصنيفات</h2><ul>
{cats}
</ul></div>
<div class="widget tags"><h2>الوسوم</h2><ul>
{cloud}
</ul><p><strong><a href="{HOST}/tags">Tous les mots-clés</a></strong></p></div>
</div> <!-- End #blognav -->
<div id="blogextra">
<div class="widget lastposts"><h2>آخر التدوينات</h2><ul>
{last_posts}
</ul></div>
<div class="widget lastcomments"><h2>Derniers commentaires</h2><ul>
{last_comments}
</ul></div>
<div class="widget syndicate"><h2>S'abonner</h2><ul>
<li><a type="application/atom+xml" href="{HOST}/feed/atom" title="Fil Atom des billets de ce blog" class="feed">Fil des billets</a></li>
<li><a type="application/atom+xml" href="{HOST}/feed/atom/comments" title="Fil Atom des commentaires de ce blog" class="feed">Fil des commentaires</a></li>
</ul></div>
<div class="widget links"><h2>روابط</h2><ul>
{roll}
</ul></div>
</div> <!-- End #blogextra -->
</div>
</div> <!-- End #wrapper -->

<div id="footer" role="contentinfo">
  <p>© {moment.year} {OWNER} - جميع الحقوق محفوظة</p>
  <p>Propulsé par <a href="https://dotclear.org/">Dotclear</a></p>
</div>

</div> <!-- End #page -->
</body>
</html>
"""
    return page
