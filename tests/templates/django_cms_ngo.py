"""A Lebanese rural-development NGO ("جمعية بيادر للتنمية الريفية") whose news section is a django
CMS page with the djangocms-blog apphook, served to an anonymous visitor (`{% cms_toolbar %}`
renders no toolbar markup at all, `render_model` prints bare values). The head: `<title>`
"headline | site", the `canonical_url` block, then django-meta's `meta/meta.html` inside
`{% spaceless %}`, so every meta tag sits on one line: description, og (type "Article", locale
"ar", og:image only on page 3, the one post with a main image), `article:author` (the author
page URL, pages 1 and 3), `article:published_time` / `modified_time` as
Django prints an aware UTC datetime ("2024-04-16 06:30:00+00:00", a space, no "T"), one
`article:tag` per tag, the twitter tags with `twitter:domain`, and the schema.org `itemprop`
metas whose `html_extra` sekizai block adds `itemscope itemtype="http://schema.org/Article"` to
`<html>`; hashed ManifestStaticFilesStorage stylesheets and the blog RSS link ("مواضيع المدونة
على ..."). The body: a top bar with the `{% language_chooser %}` (`li.lang`, العربية / English /
Français) and a donate link plugin, the navbar with `{% show_menu 0 100 0 100 %}` rendered by
the stock `menu/menu.html` (tabs, `<li class="">` for plain nodes, `ancestor` on "الأخبار" whose
children are the blog's category nodes, `selected` on the post's category, `sibling` on the
others), the stock `{% show_breadcrumb %}` (`<a>` + `<span class="separator">&raquo;</span>`,
the category as `span.active`). In `div.app.app-blog`, djangocms-blog's `post_detail.html`:
`article.post-item.post-detail` > `header` > `<h2>` title and `includes/blog_meta.html`
(`ul.post-detail` with "by <a>Name</a>": the plugin's Arabic catalogue leaves "by", "read more"
and "N articles" untranslated; the date in Django's Arabic DATE_FORMAT "j F، Y", whose April is
"إبريل", in Asia/Beirut time; `ul.post-detail.tags` with `category_N` / `tag_N` items, ", "
between, no space between the lists), `div.blog-visual` main image (page 3) and
`div.blog-content` holding the content placeholder's plugins joined with nothing between them:
CKEditor text plugins (`<p>` blocks separated by a blank line), a djangocms-picture figure with
its caption (page 1), a djangocms-link button (page 2), a djangocms-video iframe (page 3).
Page 1 has the author, a subheading and bold words; page 2 (posted 00:35 local, so the UTC meta
and the permalink, which djangocms-blog builds from the UTC `date_published`, say the 13th
while the page shows 14 يناير) has no author; page 3 has the author, an inline link and a
`&nbsp;`. Below: a share snippet; the sidebar static placeholder: a latest-entries plugin
(`blog_item.html`: h3 link, its own `ul.post-detail` meta, `blog-lead` abstract, "read more »")
and the categories plugin ("الأقسام", "( 14 articles )"); the footer static placeholder
(about text, address, a `show_menu_below_id` menu, a newsletter form with the CSRF input,
copyright). All of that but the story is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "django_cms_ngo"
HELD_OUT = True
SET = "unseen22"
FAMILY = "django CMS + djangocms-blog post detail (anonymous view): stock menu/breadcrumb/language chooser, blog_meta, placeholder plugins, django-meta UTC times"
HOST = "https://djangocms-ngo-lb.example"
SITE = "جمعية بيادر للتنمية الريفية"
# Django's ar catalogue: "F" gives the plain month names, April as "إبريل".
DJ_MONTHS = ("يناير", "فبراير", "مارس", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر")
ROOT = (("/ar/", "الرئيسية"), ("/ar/about/", "من نحن"), ("/ar/projects/", "مشاريعنا"),
        ("/ar/news/", "الأخبار"), ("/ar/reports/", "التقارير"), ("/ar/volunteer/", "تطوّع معنا"),
        ("/ar/contact/", "اتصل بنا"))
CATEGORIES = (("water-agriculture", "المياه والزراعة", 14), ("education", "التعليم", 9),
              ("women-empowerment", "تمكين المرأة", 11), ("relief", "الإغاثة", 17),
              ("health", "الصحة", 6))
LANGS = (("ar", "العربية"), ("en", "English"), ("fr", "Français"))
SLUGS = {1: "akkar-solar-irrigation-pumps", 2: "dafa-winter-campaign-north-bekaa",
         3: "barouk-women-cooperative-mouneh-unit"}
USERNAMES = {"ريم شمعون": "rim.chamoun", "لينا أبو حمدان": "lina.abouhamdan"}
STAFF = (("سامر الحاج", "samer.hajj"), ("هلا ضاهر", "hala.daher"), None)
ABSTRACTS = {
    1: ("تدريب ميداني لثلاثين مزارعاً على تركيب شبكات التنقيط وصيانتها.",
        "الشتول من صنف الصوراني المقاوم للجفاف، مع متابعة فنية لعامين.",
        "دراسة أعدتها الجمعية مع طلاب جامعيين ترصد قياسات 73 بئراً."),
    2: ("أعمال عزل وترميم نفذها متطوعون من أبناء المنطقة خلال شهرين.",
        "الخط يعمل يومياً من الثامنة صباحاً حتى الثامنة مساءً.",
        "حقائب وقرطاسية وزعت على طلاب المدارس الرسمية في ثلاث محافظات."),
    3: ("الدورة استمرت ستة أشهر وشملت مبادئ إدارة المشاريع الصغيرة.",
        "لقاءات تفاعلية بإشراف اختصاصيات اجتماعيات في خمسة مراكز.",
        "أكثر من أربعين منتجاً محلياً يعرضون خضارهم وألبانهم كل أول سبت."),
}
BUTTON = "تبرّع لحملة «دفء» الشتوية"
VIDEO = "https://www.youtube.com/embed/Qm7pZ2vK8sE"
LINK = "https://kheirat-barouk.example/shop/"
SHARE = ("شارك الخبر:", "فيسبوك", "إكس", "واتساب")
ABOUT = "جمعية لبنانية غير حكومية تعمل منذ عام 2009 على دعم المزارعين والنساء والأسر الأكثر حاجة في الأرياف."
ADDRESS = "بيروت – بدارو، شارع سامي الصلح، بناية الفردوس، الطابق الثالث"
CONTACT = "هاتف: 01 388 214 | بريد: info@djangocms-ngo-lb.example"
FOOTER_MENU = (("/ar/privacy/", "سياسة الخصوصية"), ("/ar/reports/annual/", "التقارير السنوية"),
               ("/ar/jobs/", "فرص العمل"))
NEWSLETTER = "اشترك في نشرتنا الشهرية"


def _date(moment) -> str:
    return f"{moment.day} {DJ_MONTHS[moment.month - 1]}، {moment.year}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%d %H:%M:%S}+00:00"


def _permalink(moment, slug: str) -> str:
    day = moment.astimezone(UTC)
    return f"/ar/news/{day.year}/{day.month:02d}/{day.day:02d}/{slug}/"


def _meta(author, date: str, cats, tags) -> str:
    """djangocms_blog/includes/blog_meta.html as {% spaceless %} leaves it."""
    out = '<ul class="post-detail">'
    if author:
        name, user = author
        out += (f'<li>\n        by <a href="/ar/news/author/{user}/">{e(name)}</a></li>')
    out += f"<li>\n        {date}\n    </li></ul>"
    out += '<ul class="post-detail tags">'
    for k, (slug, name, count) in enumerate(cats, 1):
        comma = ", " if k < len(cats) else ""
        out += (f'<li class="category_{k}"><a href="/ar/news/category/{slug}/" '
                f'class="blog-categories-{count}">{e(name)}</a>{comma}</li>')
    for k, (tag, count) in enumerate(tags, 1):
        comma = ", " if k < len(tags) else ""
        out += (f'<li class="tag_{k}"><a href="/ar/news/tag/{quote(tag.replace(" ", "-"))}/" '
                f'class="blog-tag blog-tag-{count}">{e(tag)}</a>{comma}</li>')
    return out + "</ul>"


def _menu(section: str) -> str:
    """menus/templates/menu/menu.html: the blog's categories hang under "الأخبار"."""
    items = []
    for path, label in ROOT:
        sub = ""
        cls = ""
        if path == "/ar/news/":
            cls = "ancestor"
            kids = "".join(
                f'\n<li class="{"selected" if name == section else "sibling"}">\n'
                f'\t<a href="/ar/news/category/{slug}/">{e(name)}</a>\n\t\n</li>\n'
                for slug, name, _ in CATEGORIES)
            sub = f"\n    <ul>\n        {kids}\n    </ul>\n    "
        items.append(f'\n<li class="{cls}">\n\t<a href="{path}">{label}</a>\n\t{sub}\n</li>\n')
    return "".join(items)


def _crumbs(section: str) -> str:
    trail = (("/ar/", "الرئيسية"), ("/ar/news/", "الأخبار"))
    out = "".join(f'\n<li>\n\t\n\t<a href="{p}">{t}</a> <span class="separator">&raquo;</span>\n'
                  f"\t\n</li>\n" for p, t in trail)
    return out + f'\n<li>\n\t\n\t<span class="active">{e(section)}</span>\n\t\n</li>\n'


def _picture(article: Article) -> str:
    """djangocms_picture/default/picture.html with a caption, blank lines and all."""
    src = (f"/media/filer_public_thumbnails/filer_public/7e/3b/7e3b91c4-{article.slug}-4d2a-9f61-"
           "0c8e5a2b7d13/bebnine-solar-pump.jpg__1140x640_q85_crop_subsampling-2_upscale.jpg")
    return (f"\n\n\n\n    <figure>\n\n\n\n\n<img src=\"{src}\"\n     alt=\"مضخة ري\"\n"
            f"     width=\"1140\"\n     height=\"640\"\n    \n    class=\"img-fluid align-center\"\n>"
            f"\n\n\n        <figcaption>{e(article.caption)}</figcaption>\n    </figure>\n\n\n\n")


def _text(paras) -> str:
    """A djangocms-text-ckeditor plugin: CKEditor's blank line between blocks."""
    return "\n\n".join(paras) + "\n"


def _content(article: Article, n: int) -> str:
    ps = [article.lead, *article.paragraphs]
    if n == 1:
        body = [f"<p>{e(p)}</p>" for p in ps]
        body[2] = f"<h3>{e(ps[2])}</h3>"
        bold = "اشتراك شهري رمزي"
        body[3] = body[3].replace(bold, f"<strong>{bold}</strong>")
        return _text(body[:1]) + _picture(article) + _text(body[1:])
    if n == 2:
        return (_text([f"<p>{e(p)}</p>" for p in ps])
                + f'<a href="/ar/donate/dafa/" class="btn btn-primary btn-lg">\n    {BUTTON}\n</a>')
    body = [f"<p>{e(p)}</p>" for p in ps]
    linked = "متجر إلكتروني أطلقته التعاونية"
    body[1] = body[1].replace(linked, f'<a href="{LINK}" target="_blank">{linked}</a>')
    body[1] = body[1].replace("38 امرأة", "38&nbsp;امرأة")
    video = (f'\n    \n    <iframe src="{VIDEO}?rel=0" width="720" height="405" frameborder="0" '
             'allowfullscreen="true"></iframe>\n    \n\n')
    return _text(body[:4]) + video + _text(body[4:])


def _sidebar(article: Article, n: int, page: Page) -> str:
    items = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=4 + 9 * k, hours=3 * k)
        author = STAFF[(n + k) % 3]
        cat = next(c for c in CATEGORIES if c[1] == article.section)
        slug = f"news-{int(article.slug) - 7 * (k + 1)}"
        url = _permalink(when, slug)
        items.append(f'<article id="post-{slug}" class="post-item"><header><h3><a href="{url}">'
                     f"{e(title)}</a></h3>{_meta(author, _date(when), [cat], [])}</header>"
                     f'<div class="blog-lead"><p>{e(ABSTRACTS[n][k])}</p></div>'
                     f'<footer class="read-more"><a href="{url}">read more &raquo;</a></footer>'
                     "</article>")
        page.add(title, f"by {author[0]}" if author else "", _date(when), cat[1],
                 ABSTRACTS[n][k])
    cats = []
    for slug, name, count in CATEGORIES:
        cats.append(f'<li><a href="/ar/news/category/{slug}/" class="blog-categories-{count}">\n'
                    f"                {e(name)}\n                <span>(\n                    \n"
                    f"                    {count} articles\n                    \n"
                    "                )</span></a></li>")
        page.add(f"{name} ( {count} articles )")
    page.add("آخر الأخبار", "read more »", "الأقسام")
    return ('<h3 class="sidebar-title">آخر الأخبار</h3>\n'
            '<div class="plugin plugin-blog"><div class="blog-latest-entries">'
            f'{"".join(items)}</div></div>'
            '<div class="plugin plugin-blog"><h3>الأقسام</h3><ul class="blog-categories">'
            f'{"".join(cats)}</ul></div>')


def render(article: Article, n: int) -> Page:
    moment = article.moment
    shown = _date(moment)
    slug = SLUGS[n]
    path = _permalink(moment, slug)
    url = HOST + path
    page = Page(url=url, html="", shown_date=shown)
    author = (article.author, USERNAMES[article.author]) if article.author else None
    cat = next(c for c in CATEGORIES if c[1] == article.section)
    tags = [(t, 2 + (len(t) + n) % 7) for t in article.tags]
    page.add(*(name for _, name in LANGS), "تبرّع الآن", *(label for _, label in ROOT),
             *(name for _, name, _ in CATEGORIES), article.section, shown,
             f"by {article.author}" if author else "", *article.tags, *SHARE)
    if n == 1:
        page.add(article.caption)
    if n == 2:
        page.add(BUTTON)
    sidebar = _sidebar(article, n, page)
    page.add(SITE, ABOUT, ADDRESS, CONTACT, *(label for _, label in FOOTER_MENU), NEWSLETTER,
             "اشترك", f"© {moment.year} {SITE}. جميع الحقوق محفوظة.")
    visual = ""
    image = f"{HOST}/media/filer_public/5a/0d/5a0d2f6e-{article.slug}/cover.jpg"
    if n == 3:
        thumb = (f"/media/filer_public_thumbnails/filer_public/5a/0d/5a0d2f6e-{article.slug}/"
                 "cover.jpg__640x360_q85_crop_subsampling-2_upscale.jpg")
        visual = (f'<div class="blog-visual"><img src="{thumb}" alt="" width="640" '
                  'height="360" /></div>')
    desc = article.lead.split("،")[0] + "."
    modified = moment + timedelta(hours=2, minutes=17 * n)
    metas = [f'<meta name="description" content="{e(desc)}">',
             f'<meta property="og:title" content="{e(article.headline)}">',
             f'<meta property="og:url" content="{url}">',
             f'<meta property="og:description" content="{e(desc)}">',
             *([f'<meta property="og:image" content="{image}">',
                '<meta property="og:image:width" content="1600">',
                '<meta property="og:image:height" content="900">'] if n == 3 else []),
             '<meta property="og:type" content="Article">',
             f'<meta property="og:site_name" content="{SITE}">']
    if author:
        metas.append(f'<meta property="article:author" content="{HOST}/ar/news/author/'
                     f'{author[1]}/">')
    metas += [f'<meta property="article:published_time" content="{_utc(moment)}">',
              f'<meta property="article:modified_time" content="{_utc(modified)}">',
              '<meta property="fb:app_id" content="418309265127734">',
              *(f'<meta property="article:tag" content="{e(t)}">' for t in article.tags),
              '<meta property="og:locale" content="ar">',
              '<meta name="twitter:domain" content="djangocms-ngo-lb.example">',
              '<meta name="twitter:card" content="summary">',
              f'<meta name="twitter:title" content="{e(article.headline)}">',
              f'<meta name="twitter:url" content="{url}">',
              f'<meta name="twitter:description" content="{e(desc)}">',
              *([f'<meta name="twitter:image" content="{image}">'] if n == 3 else []),
              '<meta name="twitter:site" content="@bayader_lb">',
              f'<meta itemprop="name" content="{e(article.headline)}">',
              f'<meta itemprop="datePublished" content="{_utc(moment)}">',
              f'<meta itemprop="dateModified" content="{_utc(modified)}">',
              f'<meta itemprop="url" content="{url}">',
              f'<meta itemprop="description" content="{e(desc)}">',
              *([f'<meta itemprop="image" content="{image}">'] if n == 3 else [])]
    langs = "".join(f'\n<li class="lang{" active" if code == "ar" else ""}"><a href="'
                    f'{path if code == "ar" else f"/{code}/news/"}">{name}</a></li>\n'
                    for code, name in LANGS)
    footer_menu = "".join(f'\n<li class="">\n\t<a href="{p}">{t}</a>\n\t\n</li>\n'
                          for p, t in FOOTER_MENU)
    share = "".join(f'<li><a href="{href}{quote(url, safe="")}" target="_blank" rel="noopener">'
                    f"{label}</a></li>" for href, label in zip(
                        ("https://www.facebook.com/sharer/sharer.php?u=",
                         "https://twitter.com/intent/tweet?url=", "https://wa.me/?text="),
                        SHARE[1:], strict=True))
    css = ("4c1e2f07a9b3", "4c1e2f07a9b3", "9d02b6e1c5f8")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"  itemscope itemtype="http://schema.org/Article" >
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <title>{e(article.headline)} | {SITE}</title>
    <link rel="canonical" href="{url}"/>
    {"".join(metas)}
    <link rel="alternate" type="application/rss+xml" title="مواضيع المدونة على {SITE}" href="/ar/news/feed/">
    <link rel="icon" href="/static/img/favicon.2b7f0d1a.png">
    <link rel="stylesheet" href="/static/css/bootstrap.rtl.min.{css}.css">
    <link rel="stylesheet" href="/static/css/bayader.{css[::-1]}.css">
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4D9XP"></script>
    <script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-7QK2M4D9XP');</script>
</head>
<body class="lang-ar">
    \n
    <div class="topbar">
        <div class="container d-flex justify-content-between">
            <ul class="language-chooser list-inline">{langs}</ul>
            <div class="topbar-cta"><a href="/ar/donate/" class="btn btn-sm btn-warning">تبرّع الآن</a></div>
        </div>
    </div>
    <nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom">
        <div class="container">
            <a class="navbar-brand" href="/ar/"><img src="/static/img/logo-bayader.5e81c3.svg" alt="{SITE}" height="56"></a>
            <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
            <div class="collapse navbar-collapse" id="mainNav">
                <ul class="navbar-nav ml-auto">
                    {_menu(article.section)}
                </ul>
            </div>
        </div>
    </nav>
    <div class="breadcrumb-wrap">
        <div class="container">
            <ul class="breadcrumb">{_crumbs(article.section)}</ul>
        </div>
    </div>
    <main class="container py-4">
        <div class="row">
            <div class="col-lg-8">
                \n<div class="app app-blog">
    <article id="post-{slug}" class="post-item post-detail"><header><h2>{e(article.headline)}</h2>{_meta(author, shown, [cat], tags)}</header>{visual}
    \n        <div class="blog-content">{_content(article, n)}</div>
    \n    \n</article>
\n</div>\n
                <div class="share-bar"><div class="share-buttons"><span class="share-label">{SHARE[0]}</span><ul class="list-inline">{share}</ul></div>
</div>
            </div>
            <aside class="col-lg-4 sidebar">
                {sidebar}
            </aside>
        </div>
    </main>
    <footer class="site-footer">
        <div class="container">
            <div class="row">
                <div class="col-md-5"><h4>{SITE}</h4>

<p>{ABOUT}</p>

<p>{ADDRESS}</p>

<p>{CONTACT}</p>
</div>
                <div class="col-md-3">
                    <ul class="footer-menu">{footer_menu}</ul>
                </div>
                <div class="col-md-4">
                    <form action="/ar/newsletter/subscribe/" method="post" class="newsletter-form"><input type="hidden" name="csrfmiddlewaretoken" value="pX3q8kT0bW2mZr7LcV9yNf4Hd1Ju6Ga5Se0Ko8Bi2Tw7Qn3Ey">
                        <label for="id_email">{NEWSLETTER}</label>
                        <input type="email" name="email" id="id_email" class="form-control" placeholder="بريدك الإلكتروني" required>
                        <button type="submit" class="btn btn-success">اشترك</button>
                    </form>
                </div>
            </div>
            <p class="copyright">&copy; {moment.year} {SITE}. جميع الحقوق محفوظة.</p>
        </div>
    </footer>
    <script src="/static/js/jquery-3.7.1.min.js"></script>
    <script src="/static/js/bootstrap.bundle.min.{css}.js"></script>
    <script src="/static/js/bayader.{css[:6]}.js"></script>
    \n
</body>
</html>
"""
    return page
