"""An Iraqi Arabic daily ("الرافدين اليوم") on WordPress with the Newsup theme by Themeansar,
single posts as the theme prints them in RTL. The head: Yoast SEO (`<title>` "headline -
الرافدين اليوم", og/article meta with `article:published_time` in UTC, the `yoast-schema-graph`
JSON-LD), the theme's stylesheets (bootstrap, `style-rtl.css`, `colors/default.css`, font
awesome) and scripts (smartmenus, marquee, `custom-time.js`). The body: skip link, then
`header.mg-headwidget`: the `mg-head-detail` top bar with today's (crawl-day) date as
`date_i18n('D. M jS, Y')` prints it in Arabic ("ثلاثاء. مايو 21st, 2024", English suffix and
all) and the `span#time` clock, `mg-nav-widget-area-back` with `site-branding-text` (title
and tagline), the `mg-menu-full` navbar (`sm-rtl` menu with the house icon). The site keeps
the theme's flash-news strip (`mg-latest-news-sec`, "أخبار عاجلة") on its single pages too.
Then `main#content` > `col-md-9` with `div.mg-blog-post-box`: `mg-header` (category badge
`newsup-categories category-color-1`, `h1.title.single`, `media mg-info-author-block` with
avatar, `<span>بواسطة</span><a>author</a>` glued together, `mg-blog-meta` with
`span.mg-blog-date` linking the month archive ("14 مايو، 2024", Iraq +03:00) and
`span.newsup-tags` "#a, #b,#c" (the theme's comma quirk)), the featured image
`img-fluid single-featured-image` with `span.featured-image-caption` (page 1 only; page 3 has an
image without caption, page 2 none), `article.page-content-single small single` with the
story, the `post-share` icons and `post-navigation` (previous/next titles). After the box:
the author box (bio on pages 1 and 3), "مقالات ذات صلة" `mg-featured-slider` (three
`mg-blog-post-3` cards with category, title, date and `a.auth`), comments (`comments-area
mg-card-box`, two on page 1, one on page 3, none on page 2: form only). Sidebar
`aside.col-md-3` > `#sidebar-right.mg-sidebar` with `mg-widget` blocks (`mg-wid-title` h6
`wtitle`): search, "أحدث المقالات", "التصنيفات" with counts. Footer: "ربما فاتك"
`missed-section` (four cards with dates and authors), `footer.footer` with site title,
footer menu and "Proudly powered by WordPress | Theme: Newsup by Themeansar.". Page 1: reporter,
bold words; page 2: a 00:35 local post (UTC the day before) by the "هيئة التحرير" account,
an inline link; page 3: `h3.wp-block-heading` and a YouTube embed. All else is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LATEST, MONTHS, MOST_READ, TICKER, Article, Page, e, rotate

NAME = "wp_newsup_news"
HELD_OUT = True
SET = "unseen25"
FAMILY = "WordPress + Newsup theme (Themeansar), Iraqi daily: mg-blog-post-box, author block, flash ticker, related mg-featured-slider, comments, mg-sidebar"
HOST = "https://newsup-iraq.example"
SITE = "الرافدين اليوم"
TAGLINE = "صحيفة يومية عراقية مستقلة"
MENU = ("محليات", "سياسة", "اقتصاد", "المحافظات", "رياضة", "ثقافة وفنون", "تقارير", "منوعات")
SLUGS = {"محليات": "local", "سياسة": "politics", "اقتصاد": "economy", "المحافظات": "provinces",
         "رياضة": "sport", "ثقافة وفنون": "culture", "تقارير": "reports", "منوعات": "misc"}
COUNTS = (("سياسة", 412), ("اقتصاد", 287), ("المحافظات", 530), ("رياضة", 198),
          ("ثقافة وفنون", 121))
FOOTER_MENU = (("about", "من نحن"), ("contact", "اتصل بنا"), ("privacy-policy", "سياسة الخصوصية"),
               ("advertise", "أعلن معنا"))
STAFF = "هيئة التحرير"
BIO = {1: "مراسل الرافدين اليوم في البصرة، يغطي ملفات الخدمات والمياه والطاقة في الجنوب.",
       3: "محررة القسم الثقافي، تكتب عن المسرح والفنون في الناصرية ومحافظات الفرات الأوسط."}
ABBR = ("إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد")
BOLD = {1: (3, "ثمانية وثلاثين مليار دينار")}
LINKED = {2: (0, "هيئة المنافذ الحدودية", "/tag/border-ports/")}
HEADING = {3: 3}  # page -> index of the body paragraph printed as a subheading
EMBED_AFTER = {3: 2}
COMMENTS = {
    1: (("أبو زهراء", 95, "خطوة ممتازة، نتمنى أن تشمل قرى الفاو والسيبة قريبا."),
        ("مرتضى البصري", 260, "المهم أن تستمر المحطة بالعمل في تموز وآب حين تشتد الملوحة.")),
    3: (("علي الناصري", 140, "مهرجان يستحق الدعم، الفرق الشبابية في ذي قار تعمل بإمكانات بسيطة."),),
}
LOCAL = timedelta(hours=3)


def _date(moment) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _clock(moment) -> str:
    return f"{moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _top_date(moment) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
    return (f"{ABBR[moment.weekday()]}. {MONTHS[moment.month - 1]} "
            f"{moment.day}{suffix.get(moment.day, 'th')}, {moment.year}")


def _cat(name: str) -> str:
    return (f'<div class="mg-blog-category"><a class="newsup-categories category-color-1" '
            f'href="{HOST}/category/{SLUGS[name]}/" alt="عرض كل المقالات في {e(name)}"> \n'
            f"                                 {e(name)}\n                             </a></div>")


def _meta(page: Page, moment, author: str, slug: str) -> str:
    page.add(_date(moment), author)
    return f"""<div class="mg-blog-meta">
            <span class="mg-blog-date"><i class="fas fa-clock"></i>
            <a href="{HOST}/{moment:%Y/%m}/">
                {_date(moment)}
            </a>
        </span>
            <a class="auth" href="{HOST}/author/{slug}/">
            <i class="fas fa-user-circle"></i>{e(author)}
        </a>
            </div>"""


def _body(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{HOST}{LINKED[n][2]}">{words}</a>', 1)
        if HEADING.get(n) == k:
            out.append(f'<h3 class="wp-block-heading">{html}</h3>')
        else:
            out.append(f"<p>{html}</p>")
        if EMBED_AFTER.get(n) == k:
            out.append('<figure class="wp-block-embed is-type-video is-provider-youtube '
                       'wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
                       '<div class="wp-block-embed__wrapper">\n<iframe loading="lazy" '
                       'title="مهرجان الناصرية المسرحي للشباب" width="750" height="422" '
                       'src="https://www.youtube.com/embed/q7Rk2mTzN4c?feature=oembed" '
                       'frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                       'encrypted-media; gyroscope; picture-in-picture; web-share" '
                       'allowfullscreen></iframe>\n</div></figure>')
    return "\n\n".join(out)


def _comments(page: Page, article: Article, n: int, url: str) -> str:
    items = COMMENTS.get(n, ())
    head = ""
    if items:
        title = (f"تعليق واحد على “{article.headline}”" if len(items) == 1
                 else f"{len(items)} تعليقات على “{article.headline}”")
        page.add(title)
        lis = []
        for k, (who, minutes, text) in enumerate(items):
            cid = int(article.slug) * 3 + k
            when = article.moment + timedelta(minutes=minutes)
            stamp = f"{_date(when)} في {_clock(when)}"
            page.add(f"{who} قال:", stamp, text, "رد")
            lis.append(f"""		<li id="comment-{cid}" class="comment {'even thread-even' if k % 2 == 0 else 'odd alt thread-odd thread-alt'} depth-1">
			<article id="div-comment-{cid}" class="comment-body">
				<footer class="comment-meta">
					<div class="comment-author vcard">
						<img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=32&#038;d=mm&#038;r=g' class='avatar avatar-32 photo' height='32' width='32' loading='lazy' decoding='async'/>						<b class="fn">{e(who)}</b> <span class="says">قال:</span>					</div><!-- .comment-author -->

					<div class="comment-metadata">
						<a href="{url}#comment-{cid}"><time datetime="{when.isoformat()}">{stamp}</time></a>					</div><!-- .comment-metadata -->

									</footer><!-- .comment-meta -->

				<div class="comment-content">
					<p>{e(text)}</p>
				</div><!-- .comment-content -->

				<div class="reply"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{article.slug}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="الرد على {e(who)}" aria-label='الرد على {e(who)}'>رد</a></div>			</article><!-- .comment-body -->
		</li><!-- #comment-## -->""")
        head = f"""		<div class="mg-heading-bor-bt">
		<h5 class="comments-title">
			{e(title)}		</h5>
		</div>

		<ol class="comment-list">
{chr(10).join(lis)}
		</ol><!-- .comment-list -->

		"""
    page.add("اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
             "الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *",
             "البريد الإلكتروني *", "الموقع الإلكتروني")
    return f"""<div id="comments" class="comments-area mg-card-box padding-20">
{head}	<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">الموقع الإلكتروني</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /> </p></form>	</div><!-- #respond --> </div><!-- #comments -->"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    local = moment.astimezone(UTC) + LOCAL
    url = f"{HOST}/{local:%Y/%m/%d}/{article.slug}/"
    shown = _date(local)
    page = Page(url=url, html="", shown_date=shown)
    author = article.author or STAFF
    aslug = ("haider-abdulameer", "editorial", "zainab-almousawi")[n - 1]
    today = local + timedelta(days=(7, 2, 4)[n - 1])
    section = article.section
    menu = "\n".join(
        f'<li id="menu-item-{20 + k}" class="menu-item menu-item-type-taxonomy '
        f'menu-item-object-category{" current-post-ancestor current-menu-parent" if m == section else ""} '
        f'menu-item-{20 + k}"><a class="nav-link" title="{m}" href="{HOST}/category/{SLUGS[m]}/">'
        f"{m}</a></li>" for k, m in enumerate(MENU))
    ticker = "\n".join(f'                                    <a href="{HOST}/?p={9000 + k}">\n'
                       f"                                        <span>{e(t)}</span>\n"
                       "                                        </a>"
                       for k, t in enumerate(rotate(TICKER, n, 3)))
    page.add("تخطي إلى المحتوى", _top_date(today), SITE, TAGLINE, *MENU, "أخبار عاجلة",
             *rotate(TICKER, n, 3), section, "بواسطة", author, shown)
    tag_html = "".join(f'<a href="{HOST}/tag/{k + 1}-{article.slug}/">#{e(t)}</a>'
                       if k == len(article.tags) - 1 else
                       f' <a href="{HOST}/tag/{k + 1}-{article.slug}/">#{e(t)},</a>'
                       for k, t in enumerate(article.tags))
    page.add(" ".join(f"#{t}," for t in article.tags[:-1]) + f"#{article.tags[-1]}")
    image = ""
    if n != 2:
        image = (f'<img width="1280" height="720" src="{HOST}/wp-content/uploads/{local:%Y/%m}/'
                 f'{article.slug}-1.jpg" class="img-fluid single-featured-image wp-post-image" '
                 f'alt="" loading="eager" fetchpriority="high" decoding="async" srcset="{HOST}'
                 f'/wp-content/uploads/{local:%Y/%m}/{article.slug}-1.jpg 1280w, {HOST}/wp-content/'
                 f'uploads/{local:%Y/%m}/{article.slug}-1-300x169.jpg 300w" sizes="(max-width: '
                 '1280px) 100vw, 1280px" />')
        if n == 1:
            image += f'<span class="featured-image-caption">{e(article.caption)}</span>'
            page.add(article.caption)
    prev_t, next_t = rotate(LATEST, 2 * n, 2)
    page.add(prev_t, next_t, "تصفح المقالات")
    bio = f'<p class="bs-author-desc">{e(BIO[n])}</p>' if n in BIO else ""
    page.add(f"بواسطة {author}", BIO.get(n, ""), "مقالات ذات صلة")
    cards = []
    for k, title in enumerate(article.related):
        when = local - timedelta(days=3 + 9 * k, hours=2 * k)
        page.add(title)
        cards.append(f"""                    <!-- blog -->
                    <div class="col-md-4">
                        <div class="mg-blog-post-3 minh back-img mb-md-0 mb-2"
                        style="background-image: url('{HOST}/wp-content/uploads/{when:%Y/%m}/r{k}-{article.slug}.jpg');" >
                            <div class="mg-blog-inner">
                                {_cat(section)}                                <h4 class="title"> <a href="{HOST}/{when:%Y/%m/%d}/{int(article.slug) - 37 * (k + 1)}/" title="Permalink to: {e(title)}">
                                  {e(title)}</a>
                                 </h4>
                                {_meta(page, when, author if k == 0 else STAFF, aslug if k == 0 else "editorial")}
                            </div>
                        </div>
                    </div>
                    <!-- blog -->""")
    recent = rotate(LATEST, 5 + n, 5)
    page.add("أحدث المقالات", *recent, "التصنيفات", *(f"{c} ({k})" for c, k in COUNTS))
    missed = []
    for k, title in enumerate(rotate(MOST_READ, 4 * n, 4)):
        when = today - timedelta(hours=5 + 11 * k)
        cat = MENU[(n + k) % len(MENU)]
        page.add(title, cat)
        missed.append(f"""                <!--col-md-3-->
                <div class="col-lg-3 col-sm-6 pulse animated">
                    <div class="mg-blog-post-3 minh back-img mb-lg-0"  style="background-image: url('{HOST}/wp-content/uploads/{when:%Y/%m}/m{k}.jpg');" >
                        <a class="link-div" href="{HOST}/?p={7000 + k}"></a>
                        <div class="mg-blog-inner">
                        {_cat(cat)}
                        <h4 class="title"> <a href="{HOST}/?p={7000 + k}" title="Permalink to: {e(title)}"> {e(title)}</a> </h4>
                            {_meta(page, when, STAFF, "editorial")}
                        </div>
                    </div>
                </div>
                <!--/col-md-3-->""")
    page.add("ربما فاتك", *(label for _, label in FOOTER_MENU), "Proudly powered by WordPress",
             "Theme: Newsup by Themeansar.")
    comments = _comments(page, article, n, url)
    plain = " ".join((article.lead, *article.paragraphs))
    desc = plain[:150].rsplit(" ", 1)[0] + "&hellip;"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": author, "@id": f"{HOST}/#/schema/person/{aslug}"},
         "headline": article.headline, "datePublished": _utc(moment),
         "dateModified": _utc(moment + timedelta(minutes=40)), "mainEntityOfPage": {"@id": url},
         "wordCount": len(plain.split()), "commentCount": len(COMMENTS.get(n, ())),
         "publisher": {"@id": f"{HOST}/#organization"}, "keywords": list(article.tags),
         "articleSection": [section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": _utc(moment),
         "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": TAGLINE, "publisher": {"@id": f"{HOST}/#organization"},
         "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "url": f"{HOST}/"},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{aslug}", "name": author,
         "url": f"{HOST}/author/{aslug}/"}]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    theme = f"{HOST}/wp-content/themes/newsup"
    tags_meta = "".join(f'\n<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    og_image = (f'\n\t<meta property="og:image" content="{HOST}/wp-content/uploads/{local:%Y/%m}/'
                f'{article.slug}-1.jpg" />\n\t<meta property="og:image:width" content="1280" />'
                if n != 2 else "")
    cats = "\n".join(f'\t<li class="cat-item cat-item-{3 + k}"><a href="{HOST}/category/'
                     f'{SLUGS[c]}/">{c}</a> ({k2})\n</li>' for k, (c, k2) in enumerate(COUNTS))
    recent_li = "\n".join(f'\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{HOST}/?p={8000 + k}">{e(t)}</a>\n'
                          "\t\t\t\t\t\t</li>" for k, t in enumerate(recent))
    search = (f'<form role="search" method="get" id="searchform" action="{HOST}/">\n  <div '
              'class="input-group">\n    <input type="search" class="form-control" placeholder='
              '"بحث" value="" name="s" />\n    <span class="input-group-btn btn-default">\n    '
              '<button type="submit" class="btn"> <i class="fas fa-search"></i> </button>\n    '
              "</span> </div>\n</form>")
    fmenu = "\n".join(f'<li id="menu-item-{60 + k}" class="menu-item menu-item-type-post_type '
                      f'menu-item-object-page menu-item-{60 + k}"><a class="nav-link" title="{lab}" '
                      f'href="{HOST}/{slug}/">{lab}</a></li>' for k, (slug, lab) in
                      enumerate(FOOTER_MENU))
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar"> <head> <meta charset="UTF-8"> <meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"> <meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ --> <title>{e(article.headline)} - {SITE}</title>
<meta name="description" content="{desc}" /> <link rel="canonical" href="{url}" /> <meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" /> <meta property="og:title" content="{e(article.headline)} - {SITE}" />
<meta property="og:description" content="{desc}" /> <meta property="og:url" content="{url}" /> <meta property="og:site_name" content="{SITE}" />
<meta property="article:published_time" content="{_utc(moment)}" />
<meta property="article:modified_time" content="{_utc(moment + timedelta(minutes=40))}" />{og_image} <meta name="author" content="{e(author)}" />
<meta name="twitter:card" content="summary_large_image" /> <meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{e(author)}" /> <script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<!-- / Yoast SEO plugin. -->{tags_meta} <link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات على {e(article.headline)}" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-fonts-css' href='//fonts.googleapis.com/css?family=Montserrat%3A400%2C500%2C700%2C800%7CWork%2BSans%3A300%2C400%2C500%2C600%2C700%2C800%2C900%26display%3Dswap&#038;subset=latin%2Clatin-ext' type='text/css' media='all' />
<link rel='stylesheet' id='bootstrap-css' href='{theme}/css/bootstrap.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-style-css' href='{theme}/style-rtl.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='newsup-default-css' href='{theme}/css/colors/default.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='font-awesome-5-all-css' href='{theme}/css/font-awesome/css/all.min.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='smartmenus-css' href='{theme}/css/jquery.smartmenus.bootstrap.css?ver=6.5.3' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{theme}/js/navigation.js?ver=6.5.3" id="newsup-navigation-js"></script>
<script type="text/javascript" src="{theme}/js/bootstrap.js?ver=6.5.3" id="newsup_bootstrap_script-js"></script>
<script type="text/javascript" src="{theme}/js/jquery.marquee.js?ver=6.5.3" id="newsup_marquee-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{article.slug}" />
<meta name="generator" content="WordPress 6.5.3" /> <link rel='shortlink' href='{HOST}/?p={article.slug}' />
<link rel="pingback" href="{HOST}/xmlrpc.php"><style type="text/css" id="custom-background-css"> .wrapper {{ background-color: #eee; }} </style> </head>
<body class="rtl post-template-default single single-post postid-{article.slug} single-format-standard wp-embed-responsive ta-hide-date-author-in-list" >
<div id="page" class="site"> <a class="skip-link screen-reader-text" href="#content"> تخطي إلى المحتوى</a> <div class="wrapper" id="custom-background-css">
<header class="mg-headwidget"> <!--==================== TOP BAR ====================--> <div class="mg-head-detail hidden-xs"> <div class="container-fluid">
<div class="row align-items-center"> <div class="col-md-6 col-xs-12"> <ul class="info-left"> <li>{_top_date(today)} <span  id="time" class="time"></span> </li>
</ul> </div> <div class="col-md-6 col-xs-12"> <ul class="mg-social info-right"> <li> <a  target="_blank"  href="https://www.facebook.com/alrafidainalyoum">
<span class="icon-soci facebook"> <i class="fab fa-facebook"></i> </span> </a> </li> </ul> </div> </div> </div> </div> <div class="clearfix"></div>
<div class="mg-nav-widget-area-back" style='background-image: url("{theme}/images/head-back.jpg" );'> <div class="overlay">
<div class="inner"  style="background-color:rgba(32,47,91,0.4);" > <div class="container-fluid"> <div class="mg-nav-widget-area">
<div class="row align-items-center"> <div class="col-md-3 text-center-xs"> <div class="navbar-header"> <div class="site-logo"> </div>
<div class="site-branding-text "> <p class="site-title"> <a href="{HOST}/" rel="home">{SITE}</a></p> <p class="site-description">{TAGLINE}</p> </div> </div>
</div> </div> </div> </div> </div> </div> </div> <div class="mg-menu-full"> <nav class="navbar navbar-expand-lg navbar-wp"> <div class="container-fluid">
<!-- Right nav --> <div class="m-header align-items-center"> <a class="mobilehomebtn" href="{HOST}"><span class="fa-solid fa-house-chimney"></span></a>
<!-- navbar-toggle -->
<button class="navbar-toggler mx-auto" type="button" data-toggle="collapse" data-target="#navbar-wp" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="تبديل التنقل">
<span class="burger"> <span class="burger-line"></span> <span class="burger-line"></span> <span class="burger-line"></span> </span> </button>
<!-- /navbar-toggle --> </div> <!-- /Right nav --> <div class="collapse navbar-collapse" id="navbar-wp"> <div class="d-md-block">
<ul id="menu-main" class="nav navbar-nav mr-auto sm-rtl"><li class="active home"><a class="homebtn" href="{HOST}"><span class='fa-solid fa-house-chimney'></span></a></li>{menu}
</ul>            </div> </div> <!-- Right nav --> <div class="desk-header d-lg-flex pl-3 ml-auto my-2 my-lg-0 position-relative align-items-center">
<div class="dropdown show mg-search-box pr-2">
<a class="dropdown-toggle msearch ml-auto" href="#" role="button" id="dropdownMenuLink" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
<i class="fas fa-search"></i> </a> <div class="dropdown-menu searchinner" aria-labelledby="dropdownMenuLink"> {search} </div> </div> </div> <!-- /Right nav -->
</div> </nav> <!-- /Navigation --> </div> </header> <div class="clearfix"></div>             <section class="mg-latest-news-sec"> <div class="container-fluid">
<div class="mg-latest-news"> <div class="bn_title"> <h2 class="title"> أخبار عاجلة<span></span> </h2> </div>
<div class="mg-latest-news-slider marquee" data-direction='right' dir="ltr"> {ticker} </div> </div> </div> <!-- Excluive line END --> </section>
<!-- ========================= Page Content Section ============================== --> <main id="content"> <!--container--> <div class="container-fluid">
<!--row--> <div class="row"> <!--col-md--> <div class="col-md-9"> <div class="mg-blog-post-box"> <div class="mg-header">
{_cat(section)}                        <h1 class="title single"> <a title="رابط دائم لـ:{e(article.headline)}"> {e(article.headline)}</a> </h1>
<div class="media mg-info-author-block">
<a class="mg-author-pic" href="{HOST}/author/{aslug}/"> <img alt='' src='https://secure.gravatar.com/avatar/{aslug}?s=150&#038;d=mm&#038;r=g' class='avatar avatar-150 photo' height='150' width='150' decoding='async'/> </a>
<div class="media-body"> <h4 class="media-heading"><span>بواسطة</span><a href="{HOST}/author/{aslug}/">{e(author)}</a></h4>
<div class="mg-blog-meta">        <span class="mg-blog-date"><i class="fas fa-clock"></i> <a href="{HOST}/{local:%Y/%m}/"> {shown}            </a> </span>
<span class="newsup-tags"><i class="fas fa-tags"></i> {tag_html}                                    </span> </div> </div> </div> </div>
{image}                    <article class="page-content-single small single"> {_body(article, n)} <script> function pinIt() {{
var e = document.createElement('script'); e.setAttribute('type','text/javascript'); e.setAttribute('charset','UTF-8');
e.setAttribute('src','https://assets.pinterest.com/js/pinmarklet.js?r='+Math.random()*99999999); document.body.appendChild(e); }} </script>
<div class="post-share"> <div class="post-share-icons cf">
<a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="link facebook" target="_blank" rel="noopener noreferrer"> <i class="fab fa-facebook"></i>
</a> <a href="http://twitter.com/share?url={url}" class="link x-twitter" target="_blank" rel="noopener noreferrer"> <i class="fa-brands fa-x-twitter"></i> </a>
<a href="https://telegram.me/share/url?url={url}" class="link telegram" target="_blank" rel="noopener noreferrer"> <i class="fab fa-telegram"></i> </a>
<a class="print-r" href="javascript:window.print()"> <i class="fas fa-print"></i> </a> </div> </div> <div class="clearfix mb-3"></div>
<nav class="navigation post-navigation" aria-label="المقالات"> <h2 class="screen-reader-text">تصفح المقالات</h2>
<div class="nav-links"><div class="nav-previous"><a href="{HOST}/?p={int(article.slug) - 2}" rel="prev">{e(prev_t)} <div class="fa fa-angle-double-left"></div><span></span></a></div><div class="nav-next"><a href="{HOST}/?p={int(article.slug) + 3}" rel="next"><div class="fa fa-angle-double-right"></div><span></span> {e(next_t)}</a></div></div>
</nav>                                          </article> </div> <div class="media mg-info-author-block">
<a class="mg-author-pic" href="{HOST}/author/{aslug}/"><img alt='' src='https://secure.gravatar.com/avatar/{aslug}?s=150&#038;d=mm&#038;r=g' class='avatar avatar-150 photo' height='150' width='150' loading='lazy' decoding='async'/></a>
<div class="media-body"> <h4 class="media-heading">بواسطة <a href ="{HOST}/author/{aslug}/">{e(author)}</a></h4> {bio} </div> </div>
<div class="mg-featured-slider p-3 mb-4"> <!--Start mg-realated-slider --> <!-- mg-sec-title --> <div class="mg-sec-title"> <h4>مقالات ذات صلة</h4> </div>
<!-- // mg-sec-title --> <div class="row"> <!-- featured_post --> {chr(10).join(cards)} </div> </div> <!--End mg-realated-slider --> {comments} </div>
<!--sidebar--> <!--col-md-3--> <aside class="col-md-3"> <div id="sidebar-right" class="mg-sidebar">
<div id="search-2" class="mg-widget widget_search">{search}</div> <div id="recent-posts-2" class="mg-widget widget_recent_entries">
<div class="mg-wid-title"><h6 class="wtitle">أحدث المقالات</h6></div> <ul> {recent_li} </ul>
</div><div id="categories-2" class="mg-widget widget_categories"><div class="mg-wid-title"><h6 class="wtitle">التصنيفات</h6></div> <ul> {cats} </ul>
</div></div> </aside> <!--/col-md-3--> <!--/sidebar--> </div> </div> </main> <div class="container-fluid missed-section mg-posts-sec-inner">
<div class="missed-inner"> <div class="row"> <div class="col-md-12"> <div class="mg-sec-title"> <!-- mg-sec-title --> <h4>ربما فاتك</h4> </div> </div>
{chr(10).join(missed)} </div> </div> </div> <!--==================== FOOTER AREA ====================--> <footer class="footer back-img" >
<div class="overlay" > <!--Start mg-footer-widget-area--> <!--End mg-footer-widget-area--> <!--Start mg-footer-widget-area-->
<div class="mg-footer-bottom-area"> <div class="container-fluid"> <div class="row align-items-center"> <!--col-md-4--> <div class="col-md-6">
<div class="site-logo"> </div> <div class="site-branding-text"> <p class="site-title-footer"> <a href="{HOST}/" rel="home">{SITE}</a></p>
<p class="site-description-footer">{TAGLINE}</p> </div> </div> <div class="col-md-6 text-right text-xs"> <ul class="mg-social"> </ul> </div> </div> <!--/row-->
</div> <!--/container--> </div> <!--End mg-footer-widget-area--> <div class="mg-footer-copyright"> <div class="container-fluid"> <div class="row">
<div class="col-md-6 text-xs "> <p> <a href="https://wordpress.org/"> Proudly powered by WordPress                    </a> <span class="sep"> | </span>
Theme: <a href="https://themeansar.com/free-themes/newsup/" rel="theme-name">Newsup</a> by <a href="https://themeansar.com/" rel="designer">Themeansar</a>.                    </p>
</div> <div class="col-md-6 text-md-right text-xs">
<ul id="menu-footer" class="info-right justify-content-center justify-content-md-end "><li class="active home"><a class="homebtn" href="{HOST}"><span class='fa-solid fa-house-chimney'></span></a></li>{fmenu}
</ul>                        </div> </div> </div> </div> </div> <!--/overlay--> </div> </footer> <!--/footer--> </div> <!--/wrapper--> <!--Scroll To Top-->
<a href="#" class="ta_upscr bounceInup animated"><i class="fas fa-angle-up"></i></a> <!-- /Scroll To Top --> </div>
<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{theme}/js/custom.js?ver=6.5.3" id="newsup-custom-js"></script>
<script type="text/javascript" src="{theme}/js/custom-time.js?ver=6.5.3" id="newsup-custom-time-js"></script> </body> </html>
"""
    return page
