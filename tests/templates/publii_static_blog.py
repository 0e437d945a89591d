"""A Moroccan journalist's personal news blog from Rabat ("دفاتر الرباط", Souad Idrissi's
notes on Rabat and Salé) built with Publii, the desktop static-site CMS, on its stock Mercury
theme, single posts as the generator writes them to disk (`/<slug>.html`). The head is
Mercury's `head.hbs`: `<title>` "headline | دفاتر الرباط", meta description (the post's
excerpt cut by Publii with "…"), `meta robots`, Publii's generator meta, canonical link,
Atom and JSON feed links, the `socialMetaTags` helper's og/twitter tags (og:image falls back
to the logo on a post without a featured image), the Google fonts and
`assets/css/style.css?v=...`, then the `jsonLD` helper's single `Article` object
(`datePublished`/`dateModified` as moment's `YYYY-MM-DDTHH:mmZ`, in the writer's +01:00).
The body: `div.container` > `header.js-top` with the text logo, `nav.navbar.js-navbar`
(`navbar__toggle` "القائمة", `navbar__menu` items, `active` on the post's section) and the
`top__search` form. `main` > `article.post u-wrapper` > `header.hero` with `p.post__meta`
("بقلم <author> بتاريخ <time>", the `time` attribute as Publii's `YYYY-MM-DDTHH:mm` local
time without offset, the text moment's `ar-ma` locale "D MMMM YYYY": Moroccan month names
such as غشت, شتنبر, نونبر, دجنبر, ماي, Western digits) and `h1.post__title`, then the
featured image (page 1 a `figure.post__featured-image` with caption and credits, page 3 a
plain `div.post__featured-image`, page 2 none), `div.post__entry` with the editor's HTML
(page 1 a `<blockquote>` the text introduces: text; page 3 a `<h2>` subheading, text, and a
YouTube `figure.post__video` with its figcaption, chrome), and `footer.post__footer`:
`post__last-updated` ("آخر تحديث: ..."), `post__footer__col` with `ul.post__tag` and the
icon-only `post__share` links, `nav.post__nav` (previous/next, page 3 has no next post),
`post__bio` (page 2's desk account has no description) and `post__related` ("مقالات ذات
صلة", three figures with dates). After the article the Disqus `comments` block
("التعليقات") and the site's custom `banner--after-post` HTML; `footer.footer` with the
copyright and `footer__social`; the theme's scripts; Publii's GDPR `cookie-popup`.
Page 2 is a desk brief from the blog's "تحرير المدونة" account (a transport company's
communiqué, no writer in the spec) posted at 00:35 Rabat time: the shown day is 6 February,
the UTC instant (the JSON-LD time carries +01:00) is 5 February. Every line outside the
story's paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .base import MOROCCO, Article, Page, e

NAME = "publii_static_blog"
HELD_OUT = True
SET = "unseen31"
FAMILY = ("Publii static site, Mercury theme, Moroccan journalist's blog post: hero post__meta "
          "(ar-ma months), post__featured-image, post__entry, post__footer with post__tag, "
          "post__share, post__nav, post__bio, post__related, Disqus comments, Publii JSON-LD")
HOST = "https://publii-rabat-notes.example"
SITE = "دفاتر الرباط"
OWNER = "سعاد الإدريسي"
ASSETS = f"{HOST}/assets"
CSS_V = "c4e81b07a95f3d26e1f0ab9d2c5d8e71"
MENU = (("rabat", "الرباط"), ("mujtama", "مجتمع"), ("thaqafa", "ثقافة"), ("asfar", "أسفار"),
        ("hiwarat", "حوارات"))
SECTION_SLUG = {"الرباط": "rabat", "مجتمع": "mujtama", "ثقافة": "thaqafa"}
TAG_SLUG = {"الرباط": "rabat", "قصبة الأوداية": "qasbat-al-oudaya", "مكتبات": "maktabat",
            "النقل الحضري": "annaql-alhadari", "سلا": "sale", "أبي رقراق": "abi-raqraq",
            "مهن تقليدية": "mihan-taqlidiya"}
AUTHORS = {
    "سعاد الإدريسي": ("souad-idrissi", "صحفية من الرباط، عملت في الصحافة المكتوبة خمس عشرة سنة، "
                      "وتكتب هنا عن المدينة وناسها وحرفها المهددة بالنسيان."),
}
DESK = ("tahrir", "تحرير المدونة")
POST_ID = {1: 27, 2: 41, 3: 58}
MODIFIED = {1: "2024-10-23T09:15:00+01:00", 2: "2025-02-06T00:35:00+01:00",
            3: "2025-05-20T13:48:00+01:00"}
IMAGE = {1: ("bibliotheque-oudaya.jpg", 1200, 800, True),
         3: ("flaykiya-bouregreg.jpg", 1600, 1067, False)}
QUOTE = {1: 3}  # page -> index (lead = 0) of the paragraph set as a blockquote
HEADING = {3: 2}  # page -> index of the paragraph set as an h2
EMBED = {3: (3, "Zr4bQ7mKx2E", "العبور من سلا إلى الرباط على متن قارب الحاج أحمد",
             "فيديو: رحلة العبور في قارب الحاج أحمد، صباح يوم سبت")}
PREV_NEXT = {
    1: (("jawla-fi-durub-al-madina", "جولة في دروب المدينة العتيقة للرباط قبل شروق الشمس"),
        ("souk-al-ghazl-sale", "سوق الغزل في سلا: نساء يحرسن آخر المغازل اليدوية")),
    2: (("hiwar-maa-rassam-al-hay", "حوار مع رسام الجداريات الذي غيّر وجه حي العكاري"),
        ("mahattat-rabat-madina", "محطة الرباط المدينة في حلتها الجديدة")),
    3: (("mellah-sale-al-qadim", "ملاح سلا القديم: ذاكرة حي على ضفة النهر"), None),
}
RELATED_DAYS = (12, 47, 95)
BANNER = "هل لديك قصة من الرباط أو سلا تستحق أن تُروى؟ راسلوني على"
MAIL = "souad@publii-rabat-notes.example"
COPYRIGHT = "© {year} دفاتر الرباط. جميع الحقوق محفوظة لسعاد الإدريسي."
COOKIE = ("ملفات تعريف الارتباط",
          "تستعمل هذه المدونة ملفات تعريف الارتباط لإحصاء الزيارات فقط، ولا تشارك بياناتك مع أي "
          "جهة.", "سياسة الخصوصية", "ضرورية", "إحصائيات", "حفظ الإعدادات", "الخصوصية")
LOCAL = timedelta(hours=1)


def _date(moment) -> str:
    """moment's `ar-ma` locale, format "D MMMM YYYY" (Moroccan month names, Western digits)."""
    return f"{moment.day} {MOROCCO[moment.month - 1]} {moment.year}"


def _stamp(moment) -> str:
    """The `time` attribute Mercury prints: moment's 'YYYY-MM-DDTHH:mm', local, no offset."""
    return f"{moment:%Y-%m-%dT%H:%M}"


def _ld_time(moment) -> str:
    """The JSON-LD helper's 'YYYY-MM-DDTHH:mmZ'."""
    return f"{moment:%Y-%m-%dT%H:%M}+01:00"


def _svg(icon: str) -> str:
    return (f'<svg class="icon">\n                <use xlink:href="{ASSETS}/svg/svg-map.svg#{icon}"'
            f' />\n            </svg>')


def _excerpt(article: Article) -> str:
    words = article.lead.split()
    return " ".join(words[:28]) + "…"


def _menu(section: str) -> str:
    items = [f'<li><a href="{HOST}/" title="الصفحة الرئيسية">الرئيسية</a></li>']
    for slug, label in MENU:
        active = ' class="active-parent"' if label == section else ""
        items.append(f'<li{active}>\n            <a href="{HOST}/tags/{slug}/">{label}</a>\n'
                     "        </li>")
    items.append(f'<li>\n            <a href="{HOST}/an-al-mudawwana.html">عن المدونة</a>\n'
                 "        </li>")
    return ('<nav class="navbar js-navbar">\n\t<button class="navbar__toggle js-navbar__toggle" '
            'aria-expanded="false">القائمة</button>\n    <ul class="navbar__menu">\n        '
            + "\n        ".join(items) + "\n    </ul>\n</nav>")


def _entry(article: Article, n: int) -> str:
    paragraphs = (article.lead, *article.paragraphs)
    out = []
    for k, text in enumerate(paragraphs):
        if QUOTE.get(n) == k:
            out.append(f"<blockquote>\n<p>{e(text)}</p>\n</blockquote>")
        elif HEADING.get(n) == k:
            out.append(f"<h2>{e(text)}</h2>")
        else:
            out.append(f"<p>{e(text)}</p>")
        if n in EMBED and EMBED[n][0] == k:
            _, vid, title, caption = EMBED[n]
            out.append(f'<figure class="post__video"><iframe loading="lazy" width="560" '
                       f'height="315" src="https://www.youtube-nocookie.com/embed/{vid}" '
                       f'title="{e(title)}" allow="accelerometer; autoplay; clipboard-write; '
                       'encrypted-media; gyroscope; picture-in-picture" allowfullscreen="'
                       f'allowfullscreen"></iframe>\n<figcaption>{e(caption)}</figcaption>'
                       "</figure>")
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    page = Page(url=f"{HOST}/{article.slug}.html", html="")
    moment = article.moment
    shown = _date(moment)
    modified = datetime.fromisoformat(MODIFIED[n])
    if article.author:
        username, bio = AUTHORS[article.author]
        author_name = article.author
    else:
        (username, author_name), bio = DESK, ""
    author_url = f"{HOST}/authors/{username}/"
    year = moment.year
    description = _excerpt(article)

    image = IMAGE.get(n)
    img_url = f"{HOST}/media/posts/{POST_ID[n]}/{image[0]}" if image else ""
    logo = f"{HOST}/media/website/dafatir-logo.png"
    og_image = img_url or logo

    ld = {"@context": "http://schema.org", "@type": "Article",
          "mainEntityOfPage": {"@type": "WebPage", "@id": page.url},
          "headline": article.headline, "datePublished": _ld_time(moment),
          "dateModified": _ld_time(modified),
          "image": {"@type": "ImageObject", "url": og_image,
                    "height": image[2] if image else 120, "width": image[1] if image else 360},
          "description": description,
          "author": {"@type": "Person", "name": author_name, "url": author_url},
          "publisher": {"@type": "Organization", "name": OWNER,
                        "logo": {"@type": "ImageObject", "url": logo, "height": 120,
                                 "width": 360}}}
    title_attr = article.headline.replace('"', "'")
    desc_attr = description.replace('"', "'")
    social = (f'<meta property="og:title" content="{e(title_attr)}" />'
              f'<meta property="og:image" content="{og_image}"/>'
              f'<meta property="og:site_name" content="{SITE}" />'
              f'<meta property="og:description" content="{e(desc_attr)}" />'
              f'<meta property="og:url" content="{page.url}" />'
              '<meta property="og:type" content="article" />'
              '<meta name="twitter:card" content="summary_large_image" />'
              '<meta name="twitter:site" content="@dafatir_rabat" />'
              f'<meta name="twitter:title" content="{e(title_attr)}" />'
              f'<meta name="twitter:description" content="{e(desc_attr)}" />'
              f'<meta name="twitter:image" content="{og_image}" />')
    head = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{e(article.headline)} | {SITE}</title>
        <meta name="description" content="{e(desc_attr)}">
        <meta name="robots" content="index, follow">
        <meta name="generator" content="Publii Open-Source CMS for Static Site">
        <link rel="canonical" href="{page.url}">
        <link rel="alternate" type="application/atom+xml" href="{HOST}/feed.xml" title="{SITE} - RSS">
        <link rel="alternate" type="application/json" href="{HOST}/feed.json" title="{SITE} - JSON">
        {social}
        <link rel="shortcut icon" href="{HOST}/media/website/favicon.png" type="image/png" />
        <link rel="preconnect" href="https://fonts.gstatic.com/" crossorigin>
        <link href="https://fonts.googleapis.com/css?family=Heebo:400,500|Playfair+Display:400" rel="stylesheet">
        <link rel="stylesheet" href="{ASSETS}/css/style.css?v={CSS_V}">
        <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>
            <script async src="{ASSETS}/js/lazysizes.min.js?v=5c5a3dd2d5a8d5e3"></script>
        <style>.post__entry, .post__title, .post__meta {{ font-family: "Noto Naskh Arabic", serif; }}</style>
        <style>{_cookie_css()}</style>
    </head>
    <body>
"""
    top = f"""<div class="container">
    <header class="js-top">
        <a class="logo" href="{HOST}">
                {SITE}
        </a>
        <div class="top">
            {_menu(article.section)}
                <div class="top__search">
                    <form action="{HOST}/search.html" class="search">
                        <input
                            type="search"
                            name="q"
                            placeholder="ابحث في المدونة..."/>
                    </form>
                </div>
        </div>
    </header>"""
    page.add(SITE, "القائمة", "الرئيسية", *(label for _, label in MENU), "عن المدونة")

    meta = (f'                        <p class="post__meta">\n'
            f"                                    بقلم\n"
            f'                                    <a href="{author_url}" rel="author" '
            f'title="{e(author_name)}">{e(author_name)}</a>\n'
            f"                                بتاريخ\n"
            f'                                <time datetime="{_stamp(moment)}">\n'
            f"                                        {shown}\n"
            f"                                </time>\n"
            f"                        </p>")
    page.add(f"بقلم {author_name} بتاريخ {shown}", "بقلم", author_name, "بتاريخ", shown)

    figure = ""
    if image:
        name, width, height, captioned = image
        srcset = (f"{HOST}/media/posts/{POST_ID[n]}/responsive/{name[:-4]}-xs.jpg 300w, "
                  f"{HOST}/media/posts/{POST_ID[n]}/responsive/{name[:-4]}-sm.jpg 480w, "
                  f"{HOST}/media/posts/{POST_ID[n]}/responsive/{name[:-4]}-md.jpg 768w, "
                  f"{HOST}/media/posts/{POST_ID[n]}/responsive/{name[:-4]}-lg.jpg 1024w")
        img = (f'<img \n                                            class="lazyload"\n'
               f'                                                src="{HOST}/media/posts/'
               f'{POST_ID[n]}/responsive/{name[:-4]}-xs.jpg" \n'
               f'                                            data-srcset="{srcset}"\t\n'
               f'                                            data-sizes="auto"  \n'
               f'\t\t\t\t\t\t\t\t\t\t\twidth="{width}"\n\t\t\t\t\t\t\t\t\t\t\theight="{height}"\n'
               f'                                            alt="{e(article.headline)}">')
        if captioned:
            caption, _, credit = article.caption.partition(" (")
            figure = (f'                            <figure class="post__featured-image '
                      f'page-width">\n                                     {img}\n'
                      f"                                <figcaption>{e(caption)}\n"
                      f"                                    ({e(credit)}</figcaption>\n"
                      f"                            </figure>")
            page.add(article.caption)
        else:
            figure = (f'                            <div class="post__featured-image '
                      f'page-width">\n                                    {img}\n'
                      f"                            </div>")

    if n in EMBED:
        page.add(EMBED[n][3])

    updated = f"آخر تحديث: {_date(modified)}"
    page.add(updated)
    tags = "\n".join(f'                                                <li>\n'
                     f'                                                    <a href="{HOST}/tags/'
                     f'{TAG_SLUG[t]}/">{e(t)}</a>\n'
                     f"                                                </li>"
                     for t in article.tags)
    page.add(*article.tags)
    enc = page.url.replace(":", "%3A").replace("/", "%2F")
    share = (f'<a href="https://www.facebook.com/sharer/sharer.php?u={enc}" class="js-share '
             f'facebook" title="شارك على فيسبوك" rel="nofollow">\n    {_svg("facebook")}\n</a>\n'
             f'<a href="https://twitter.com/share?url={enc}&amp;via=dafatir_rabat&amp;text='
             f'{e(article.headline)}\n" class="js-share twitter" title="شارك على إكس" '
             f'rel="nofollow">\n    {_svg("twitter")}\n</a>\n'
             f'<a href="http://www.linkedin.com/shareArticle?url={enc}&amp;title='
             f'{e(article.headline)}" class="js-share linkedin" title="شارك على لينكدإن" '
             f'rel="nofollow">\n    {_svg("linkedin")}\n</a>')

    prev, nxt = PREV_NEXT[n]
    nav = ['                                <nav class="post__nav">']
    nav.append(f'                                        <div class="post__nav__prev">\n'
               f"                                            المقال السابق\n"
               f"                                            <h5>\n"
               f'                                                <a href="{HOST}/{prev[0]}.html"'
               f' class="inverse" rel="prev">\n'
               f"                                                    {e(prev[1])}\n"
               f"                                                </a>\n"
               f"                                            </h5>\n"
               f"                                        </div>")
    page.add("المقال السابق", prev[1])
    if nxt:
        nav.append(f'                                        <div class="post__nav__next">\n'
                   f"                                            المقال التالي\n"
                   f"                                            <h5>\n"
                   f'                                                <a href="{HOST}/{nxt[0]}'
                   f'.html" class="inverse" rel="next">\n'
                   f"                                                    {e(nxt[1])}\n"
                   f"                                                </a>\n"
                   f"                                            </h5>\n"
                   f"                                        </div>")
        page.add("المقال التالي", nxt[1])
    nav.append("                                </nav>")

    avatar = (f'<img class="lazyload" data-src="{HOST}/media/website/souad-idrissi.jpg" '
              f'alt="{e(author_name)}">\n                                    '
              if article.author else "")
    bio_p = f"\n                                            <p>{e(bio)}</p>" if bio else ""
    bio_html = (f'                                <div class="post__bio">\n'
                f"                                    {avatar}<div>\n"
                f"                                            <h3>\n"
                f'                                                <a href="{author_url}" '
                f'class="inverse" title="{e(author_name)}">{e(author_name)}</a>\n'
                f"                                            </h3>{bio_p}\n"
                f"                                    </div>\n"
                f"                                </div>")
    page.add(bio)

    related = []
    for k, (title, days) in enumerate(zip(article.related, RELATED_DAYS, strict=True)):
        when = moment - timedelta(days=days, hours=3 * k)
        related.append(f"""                                            <figure>
                                                            <a href="{HOST}/related-{POST_ID[n] - 3 - k}.html">
                                                                <img
                                                                    class="lazyload"
                                                                        src="{HOST}/media/posts/{POST_ID[n] - 3 - k}/responsive/cover-xs.jpg"
                                                                    data-srcset="{HOST}/media/posts/{POST_ID[n] - 3 - k}/responsive/cover-xs.jpg"
                                                                    data-expand="300"
                                                                    alt="">
                                                            </a>
                                                <figcaption>
                                                    <h4>
                                                        <a href="{HOST}/related-{POST_ID[n] - 3 - k}.html" class="inverse">{e(title)}</a>
                                                    </h4>
                                                    <time datetime="{_stamp(when)}">
                                                            {_date(when)}
                                                    </time>
                                                </figcaption>
                                            </figure>""")
        page.add(title, _date(when))
    page.add("مقالات ذات صلة")

    article_html = f"""    <main>
            <article class="post  u-wrapper">
                <header class="hero">
{meta}
                    <h1 class="post__title">{e(article.headline)}</h1>
                </header>
{figure}
                <div class="post__entry">
                        {_entry(article, n)}
                </div>
                    <footer class="post__footer">
                                <div class="post__last-updated">
                                    آخر تحديث:

                                        {_date(modified)}

                                </div>

                            <div class="post__footer__col">
                                        <ul class="post__tag">
{tags}
                                        </ul>
                                    <div class="post__share">
                                        {share}
                                    </div>
                            </div>

{chr(10).join(nav)}

{bio_html}

                                <div class="post__related">
                                    <h3 class="u-h5">
                                        مقالات ذات صلة
                                    </h3>
                                    <div class="post__related__wrap">
{chr(10).join(related)}
                                    </div>
                                </div>
                    </footer>
            </article>
            <div class="comments u-wrapper">
                <h3 class="u-h5">
                    التعليقات
                </h3>
                <div id="disqus_thread"></div>
<script>
    var disqus_config = function () {{
        this.page.url = "{page.url}";
        this.page.identifier = "{POST_ID[n]}";
    }};
    (function() {{
        var d = document, s = d.createElement('script');
        s.src = 'https://dafatir-rabat.disqus.com/embed.js';
        s.setAttribute('data-timestamp', +new Date());
        (d.head || d.body).appendChild(s);
    }})();
</script>
            </div>
            <div class="banner banner--after-post">
                <p class="contact-box">{BANNER} <a href="mailto:{MAIL}">{MAIL}</a></p>
            </div>
    </main>"""
    page.add("التعليقات", f"{BANNER} {MAIL}")

    socials = (("facebook", "https://www.facebook.com/dafatir.rabat", "Facebook"),
               ("twitter", "https://twitter.com/dafatir_rabat", "Twitter"),
               ("instagram", "https://www.instagram.com/dafatir.rabat", "Instagram"))
    social_links = " ".join(f'<a href="{url}" aria-label="{label}">\n            '
                            f'{_svg(icon).replace(chr(10) + "            ", chr(10) + "        ")}'
                            f"\n        </a>" for icon, url, label in socials)
    copyright_line = COPYRIGHT.format(year=year)
    page.add(copyright_line)
    footer = f"""
<footer class="footer">
    <div class="footer__copyright">
        <p>{copyright_line}</p>
    </div>
    <div class="footer__social">
        {social_links}
    </div>
</footer>
</div>
<script defer src="{ASSETS}/js/jquery-3.2.1.slim.min.js?v=3a4d8e1c0b"></script>
<script defer src="{ASSETS}/js/scripts.min.js?v=9f0c2ab7e4"></script>
{_cookie_popup()}
</body>
</html>
"""
    page.add(*COOKIE)
    page.html = head + top + "\n" + article_html + footer
    page.shown_date = shown
    return page


def _cookie_css() -> str:
    return (".cookie-popup{background:#fff;border-radius:2px;bottom:1rem;box-shadow:0 0 12px "
            "rgba(0,0,0,.15);font-size:15px;left:16px;right:16px;max-width:600px;padding:2rem;"
            "position:fixed;transform:translateY(100%);transition:transform .8s ease 0s;"
            "z-index:1000}.cookie-popup--is-sticky{transform:translateY(0)}"
            ".cookie-popup__save{background:#24a931;border:none!important;color:#fff!important}")


def _cookie_popup() -> str:
    title, desc, more, necessary, stats, save, badge = COOKIE
    return f"""
        <div class="cookie-popup js-cookie-popup  cookie-popup--uses-badge">
            <h2>{title}</h2>

            <p>
                {desc}
                <a href="{HOST}/siyasat-al-khususiya.html">
                    {more}
                </a>
            </p>

            <form>

                <input
                    id="gdpr-necessary"
                    name="gdpr-necessary"
                    checked="checked"
                    disabled="disabled"
                    type="checkbox">
                <label for="gdpr-necessary">
                    {necessary}
                </label>
            <input
                id="gdpr-analytics"
                name="gdpr-analytics"
                type="checkbox">
            <label for="gdpr-analytics">
                {stats}
            </label>

                <p class="cookie-popup__save-wrapper">
                    <button type="submit" class="cookie-popup__save">
                        {save}
                    </button>
                </p>
            </form>

            <span class="cookie-popup-label">{badge}</span>
        </div>
        <script>
            (function() {{
                var popup = document.querySelector('.js-cookie-popup');
                var currentConfig = localStorage.getItem('publii-gdpr-allowed-cookies');
                popup.addEventListener('click', function() {{
                    if (!popup.classList.contains('cookie-popup--is-sticky')) {{
                        popup.classList.add('cookie-popup--is-sticky');
                    }}
                }});
                if (currentConfig === null) {{
                    popup.classList.add('cookie-popup--is-sticky');
                }}
            }})();
        </script>
        <script type="gdpr-blocker/analytics" async src="https://www.googletagmanager.com/gtag/js?id=G-7RB2K4Q1DM"></script>"""
