"""A Palestinian outlet on a WordPress 6 block theme (Twenty Twenty-Four-like, no SEO plugin):
`wp-site-blocks` with header / footer template parts, `h1.wp-block-post-title`, a meta row of
`wp-block-post-date` (`<time datetime="...+03:00">27 أكتوبر، 2024</time>`, WordPress's Arabic
"j F، Y"), "بقلم" and `wp-block-post-author-name`, then `wp-block-post-content` written in
Gutenberg blocks: paragraphs, an image with its `wp-element-caption`, a `wp-block-quote`
holding a speaker's words (text: the sentence before it introduces them), a
`wp-block-heading` subheading and a `wp-block-list` (text), a `wp-block-pullquote` repeating a
sentence of the text with its `<cite>` (layout: the sentence counts once), a YouTube
`wp-block-embed` with its caption; after the content the tags (`wp-block-post-terms`, "الوسوم:"),
previous / next links, the core comment form ("اترك تعليقاً", "لن يتم نشر عنوان بريدك
الإلكتروني.") and a "مواضيع ذات صلة" `wp-block-query` grid with each post's date; the only
dates are the `<time>` elements; `<title>` "<headline> – <site>"."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e

NAME = "wp_gutenberg_blocks"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Palestinian outlet on a WordPress block theme: Gutenberg quote, list, pullquote and embed blocks, related-posts grid"
HOST = "https://sindyan-news.example"
SITE = "منصة سنديان"
TAGLINE = "صحافة محلية من فلسطين"
MENU = ("الرئيسية", "محليات", "اقتصاد", "مجتمع", "تكنولوجيا", "قصص مصورة", "عن المنصة")
COMMENT = ("اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.",
           "الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *",
           "الموقع الإلكتروني",
           "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.")
FOOTER = (f"© 2024 {SITE}", "مدعوم بواسطة ووردبريس", "سياسة الخصوصية", "اتصل بنا")
# Per story (slug): paragraph indices (in `paragraphs`) of the quote block, the subheading,
# the list [start, end), and the pull quote (after which paragraph, the sentence repeated, its
# cite) and the YouTube embed (after which paragraph, its caption).
QUOTE = {"olive-oil-prices-harvest": 1, "ramallah-tech-graduates": 3}
HEADING = {"olive-oil-prices-harvest": 2}
LIST = {"olive-oil-prices-harvest": (4, 7)}
PULL = {"nablus-knafeh-shops": (1, "يكفي إغلاق حاجز واحد لساعات حتى تفرغ الأزقة من الزوار",
                                "تاجر في البلدة القديمة"),
        "ramallah-tech-graduates": (1, "العمل عن بعد منحها فرصة لم تكن متاحة لها",
                                    "مهندسة برمجيات من رام الله")}
EMBED = {"olive-oil-prices-harvest": (7, "فيديو: يوم قطاف في حقول يعبد مع عائلة أبو خالد"),
         "ramallah-tech-graduates": (4, "فيديو: جولة في مساحة عمل مشتركة وسط رام الله")}
RELATED_DAYS = (3, 5, 9)


def _date(moment) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _blocks(article: Article) -> str:
    slug = article.slug
    paras = article.paragraphs
    out = [f"<p>{e(article.lead)}</p>",
           f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{HOST}/wp-content/uploads/2024/{slug}-1024x683.jpg" alt="" class="wp-image-{len(slug) * 97}"/><figcaption class="wp-element-caption">{e(article.caption)}</figcaption></figure>']
    start, end = LIST.get(slug, (-1, -1))
    for k, text in enumerate(paras):
        if k == QUOTE.get(slug):
            out.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow"><p>{e(text)}</p></blockquote>')
        elif k == HEADING.get(slug):
            out.append(f'<h2 class="wp-block-heading">{e(text)}</h2>')
        elif k == start:
            items = "".join(f"<li>{e(p)}</li>" for p in paras[start:end])
            out.append(f'<ul class="wp-block-list">{items}</ul>')
        elif not start < k < end:
            out.append(f"<p>{e(text)}</p>")
        if slug in PULL and PULL[slug][0] == k:
            out.append(f'<figure class="wp-block-pullquote"><blockquote><p>{e(PULL[slug][1])}</p><cite>{e(PULL[slug][2])}</cite></blockquote></figure>')
        if slug in EMBED and EMBED[slug][0] == k:
            out.append(f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                       f'<iframe loading="lazy" title="{e(EMBED[slug][1])}" width="1200" height="675" src="https://www.youtube.com/embed/{slug[:11]}?feature=oembed" frameborder="0" allowfullscreen></iframe>\n'
                       f'</div><figcaption class="wp-element-caption">{e(EMBED[slug][1])}</figcaption></figure>')
    return "\n\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = 8800 + 113 * n
    url = f"{HOST}/{moment:%Y/%m/%d}/{article.slug}/"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    related_dates = [_date(moment.replace(day=max(moment.day - d, 1))) for d in RELATED_DAYS]
    page.add(SITE, TAGLINE, *MENU, "بقلم", article.section, "الوسوم:", *COMMENT,
             "مواضيع ذات صلة", *article.related, *related_dates, *FOOTER,
             article.caption, *(PULL[article.slug][2:] if article.slug in PULL else ()),
             *(EMBED[article.slug][1:] if article.slug in EMBED else ()),
             f"السابق: {article.related[1]}", f"التالي: {article.related[2]}")
    menu = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{HOST}/category/{k}/"><span class="wp-block-navigation-item__label">{m}</span></a></li>'
                   for k, m in enumerate(MENU))
    tags = '<span class="wp-block-post-terms__separator">، </span>'.join(
        f'<a href="{HOST}/tag/{e(t)}/" rel="tag">{e(t)}</a>' for t in article.tags)
    related = "\n".join(
        f'<li class="wp-block-post post-{post_id - 7 * k} post type-post status-publish format-standard has-post-thumbnail hentry">'
        f'<figure class="wp-block-post-featured-image"><a href="{HOST}/related-{n}-{k}/" style="height:220px"><img src="{HOST}/wp-content/uploads/2024/rel-{n}{k}.jpg" alt="{e(r)}"/></a></figure>'
        f'<h3 class="wp-block-post-title has-medium-font-size"><a href="{HOST}/related-{n}-{k}/" target="_self">{e(r)}</a></h3>'
        f'<div class="wp-block-post-date has-small-font-size"><time datetime="{moment:%Y-%m}-{max(moment.day - RELATED_DAYS[k], 1):02d}T09:00:00+03:00">{related_dates[k]}</time></div></li>'
        for k, r in enumerate(article.related))
    author = article.author or SITE
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{e(article.headline)} &#8211; {SITE}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات" href="{HOST}/feed/{article.slug}/" />
<style id='wp-block-library-inline-css'>.wp-block-pullquote{{border-top:4px solid;border-bottom:4px solid}}</style>
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.3' media='all' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{post_id}" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{HOST}/?p={post_id}' />
</head>
<body class="post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive rtl">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color is-layout-flex wp-block-group-is-layout-flex">
<p class="wp-block-site-title"><a href="{HOST}" target="_self" rel="home">{SITE}</a></p>
<p class="wp-block-site-tagline">{TAGLINE}</p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="القائمة"><button aria-haspopup="dialog" aria-label="فتح القائمة" class="wp-block-navigation__responsive-container-open"></button>
<ul class="wp-block-navigation__container wp-block-navigation">{menu}</ul></nav>
</div>
</header>

<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="font-size:var(--wp--preset--font-size--xx-large);" class="wp-block-post-title">{e(article.headline)}</h1>
<div class="wp-block-group is-content-justification-center is-nowrap is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-post-date has-small-font-size"><time datetime="{article.published}">{shown}</time></div>
<p class="has-contrast-2-color has-text-color has-small-font-size">—</p>
<p class="has-contrast-2-color has-text-color has-small-font-size">بقلم</p>
<div class="wp-block-post-author-name has-small-font-size"><a href="{HOST}/author/{len(author)}/" target="_self" class="wp-block-post-author-name__link">{e(author)}</a></div>
<div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="{HOST}/category/{e(article.section)}/" rel="tag">{e(article.section)}</a></div>
</div>
</div>
<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image"><img width="1200" height="800" src="{HOST}/wp-content/uploads/2024/{article.slug}-cover.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high" /></figure>

<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">
{_blocks(article)}
</div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40)">
<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">الوسوم:</span> {tags}</div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" aria-label="المقالات">
<div class="post-navigation-link-previous wp-block-post-navigation-link"><a href="{HOST}/prev-{n}/" rel="prev">السابق: {e(article.related[1])}</a></div>
<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{HOST}/next-{n}/" rel="next">التالي: {e(article.related[2])}</a></div>
</nav>
</div>

<div class="wp-block-comments wp-block-comments-query-loop">
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">{COMMENT[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{article.slug}/#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{COMMENT[1]}</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">الموقع الإلكتروني</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{COMMENT[7]}</label></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' /></p></form></div>
</div>

<div class="wp-block-group alignwide has-global-padding is-layout-constrained">
<h2 class="wp-block-heading alignwide has-large-font-size">مواضيع ذات صلة</h2>
<div class="wp-block-query alignwide is-layout-flow"><ul class="columns-3 wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">
{related}
</ul></div>
</div>
</main>

<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<p class="has-small-font-size">{FOOTER[0]}</p>
<p class="has-small-font-size">مدعوم بواسطة <a href="https://ar.wordpress.org" rel="nofollow">ووردبريس</a></p>
<nav class="wp-block-navigation is-layout-flex" aria-label="تذييل"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{HOST}/privacy/"><span class="wp-block-navigation-item__label">{FOOTER[2]}</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{HOST}/contact/"><span class="wp-block-navigation-item__label">{FOOTER[3]}</span></a></li></ul></nav>
</div>
</div>
</footer></div>
<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.5.3" id="comment-reply-js" async data-wp-strategy="async"></script>
</body>
</html>
"""
    return page
