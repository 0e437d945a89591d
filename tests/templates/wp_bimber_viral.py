"""An Egyptian viral and entertainment news site ("لقطة مصرية") on WordPress with the Bimber
theme by bringthepixel (classic single template with sidebar) and its companion plugins (What's
Your Reaction?, MashShare, Yoast SEO, MC4WP). The head: `<title>` "headline - لقطة مصرية",
Yoast og/twitter meta with `article:published_time` in UTC (`+00:00`; page 2's story went up at
00:35 Cairo summer time, so its UTC instant is the day before) and the Yoast schema graph,
Bimber's `css/9.2.5/styles/original-2018/all-light-rtl.min.css`. The body: `div.g1-body-inner >
#page`, the `g1-preheader` socials row, the `g1-header` row (hamburger "القائمة", logo,
`g1-primary-nav`, the `g1-drop-the-search` toggle), the `g1-navbar`, then one
`g1-row g1-row-layout-page g1-row-padding-m` row: `#primary.g1-column-2of3` holding the
`g1-breadcrumbs` (BreadcrumbList, "أنت هنا: "), the `article.entry-tpl-classic` (microdata
NewsArticle) with `header.entry-header-01`: `entry-categories` ("في" + section), the
`entry-flags` trending/hot badge ("رائج" / "ساخن"), `h1.g1-mega.g1-mega-1st.entry-title`,
`p.entry-meta` with `span.entry-byline` (`entry-author` "بواسطة" + name only on page 1; pages 2-3
say "فريق التحرير") and `time.entry-date` "12 مارس 2024, 9:40 م" (WordPress ar, local time with
the offset in `datetime`), `entry-stats` (views, comments link), the MashShare top bar; the
featured media (`entry-featured-media-main`) with its `entry-media-credit` caption on page 1, a
bare image on page 2, none on page 3; then `div.g1-content-narrow.g1-typography-xl.entry-content`
with the `<p>`s: page 1 bolds words and carries an editor's "اقرأ أيضا:" line mid-text and a
WP QUADS ad slot, page 2 links a phrase inline, page 3 has a `wp-block-heading` subheading (text)
and a YouTube `wp-block-embed`. After the text: `entry-tags`, the bottom share bar, the
`wyr-reactions` box ("ما هو رد فعلك؟" with counts and labels), the `g1-newsletter` box,
`g1-nav-single` prev/next, `g1-related-entries` ("قد يعجبك أيضاً", a `g1-collection`),
comments (`g1-comments`, two on page 1, one on page 2, none on page 3) and the comment form.
The sidebar `#secondary.g1-sidebar` has a "الأكثر رواجاً" posts widget and a socials widget;
the `g1-footer` prints the copyright line, the footer menu and "العودة للأعلى". All chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_bimber_viral"
HELD_OUT = True
SET = "unseen26"
FAMILY = ("WordPress Bimber theme (bringthepixel) viral/entertainment single: g1-row/g1-column, "
          "entry-header g1-mega, entry-byline/entry-date, trending flag, wyr reactions, "
          "g1-collection related, g1-newsletter, comments, Yoast UTC head")
HOST = "https://bimber-masr.example"
SITE = "لقطة مصرية"
VER = "9.2.5"
NAV = (("trend", "ترند"), ("celebs", "فن ومشاهير"), ("cinema", "سينما"), ("sport", "رياضة"),
       ("video", "فيديو"), ("quizzes", "اختبارات"))
SECTION_SLUG = {"ترند": "trend", "فن ومشاهير": "celebs", "سينما": "cinema"}
FOOTER_NAV = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا")
SOCIALS = ("facebook", "instagram", "youtube", "tiktok")
TRENDING = ("محمد صلاح يهدي قميصه لطفل من بسيون بعد رسالة مؤثرة",
            "اختبار: هل تعرف أسماء شوارع وسط البلد القديمة؟",
            "صور: أغرب طلبات العرسان في قاعات أفراح الفيوم",
            "مطعم كشري في السيدة زينب يقدم وجبة مجانية لكل طالب متفوق",
            "طفلة من دمياط تحفظ أعلام 190 دولة في دقيقتين",
            "فيديو: قطة تركب المترو يوميا من محطة الشهداء",
            "10 أكلات شعبية لا يعرفها إلا أهل بورسعيد")
PREV_NEXT = {1: ("مقهى في المنصورة يمنح رواده قهوة مجانية مقابل قراءة كتاب",
                 "بائع فول في الجيزة يكتب الشعر على عربته ويجذب الزبائن"),
             2: ("مغني أوبرا يغني في سوق العتبة ويجمع المارة حوله",
                 "فنانة تشكيلية ترسم جداريات ملونة على بيوت قرية في أسوان"),
             3: ("مسلسل كوميدي قصير على تيك توك يجمع 20 مليون مشاهدة",
                 "أول صور من كواليس فيلم الرعب المصري الجديد")}
REACTIONS = (("lol", "مضحك"), ("love", "أحببته"), ("win", "مبهر"), ("omg", "يا نهار"),
             ("cry", "حزين"), ("angry", "غاضب"))
VOTES = {1: (34, 120, 58, 17, 2, 1), 2: (9, 41, 22, 6, 0, 0), 3: (27, 15, 8, 11, 1, 4)}
STATS = {1: ("18.6k", 2), 2: ("4.1k", 1), 3: ("7.9k", 0)}
SHARES = {1: "2.3k", 2: "612", 3: "1.1k"}
FLAG = {1: ("trending", "رائج"), 2: ("hot", "ساخن"), 3: ("trending", "رائج")}
COMMENTS = {
    1: (("أم يوسف", 35, "بنتي بقت بتحفظ المعادلات من فيديوهاتك، ربنا يوفقك يا سلمى ❤️"),
        ("أحمد الصعيدي", 140, "فخر لأسيوط والصعيد كله، لازم الوزارة تستفيد من الفكرة دي.")),
    2: (("نور الإسكندراني", 50, "كنت هناك والجو كان تحفة، مستنيين الحفلة الجاية في بحري"),),
}
READ_ALSO = (3, "مدرس رياضيات يشرح المعادلات على أنغام السمسمية في بورسعيد")
BOLD = {1: (0, "سلمى رجب")}
LINKED = {2: (2, "مبادرة المحافظة لإحياء الكورنيش بالفنون")}
HEADING = "ماذا قال صناع الفيلم؟"
NEWSLETTER = ("لا تفوّت أي ترند!", "اشترك في نشرتنا لتصلك أطرف القصص وأكثرها تداولاً كل صباح.")
CHROME = ("تخطي إلى المحتوى", "القائمة", "بحث", "البحث عن:", "أنت هنا:", "الرئيسية",
          "بواسطة", "ما هو رد فعلك؟", *NEWSLETTER,
          "الموضوع السابق", "الموضوع التالي", "قد يعجبك أيضاً", "اترك تعليقاً", "التعليق",
          "الاسم *", "البريد الإلكتروني *", "الأكثر رواجاً", "تابعنا", *FOOTER_NAV,
          "العودة للأعلى")


def _shown(moment) -> str:
    """WordPress ar with date_format "j F Y", time_format "g:i a" and Bimber's ", " separator."""
    hour = moment.hour % 12 or 12
    return (f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}, {hour}:{moment:%M} "
            f"{'ص' if moment.hour < 12 else 'م'}")


def _comments_label(count: int) -> str:
    return ("لا توجد تعليقات", "تعليق واحد", "تعليقان")[count] if count < 3 else f"{count} تعليقات"


def _paragraph(text: str, idx: int, n: int) -> str:
    body = e(text)
    if n in BOLD and BOLD[n][0] == idx:
        words = e(BOLD[n][1])
        body = body.replace(words, f"<strong>{words}</strong>", 1)
    if n in LINKED and LINKED[n][0] == idx:
        words = e(LINKED[n][1])
        body = body.replace(words, f'<a href="{HOST}/trend/summer-corniche-arts/">{words}</a>', 1)
    return f"<p>{body}</p>"


def _content(article: Article, n: int) -> str:
    out = []
    for idx, text in enumerate((article.lead, *article.paragraphs)):
        if n == 3 and text == HEADING:
            out.append(f'<h2 class="wp-block-heading">{e(text)}</h2>')
            continue
        out.append(_paragraph(text, idx, n))
        if n == 1 and idx == 1:
            out.append('<!-- WP QUADS Content Ad Plugin v. 2.0.84 -->\n<div class="quads-location '
                       'quads-ad2" id="quads-ad2" style="float:none;margin:10px 0 10px 0;'
                       'text-align:center;">\n<ins class="adsbygoogle" style="display:block" '
                       'data-ad-client="ca-pub-4410027788123456" data-ad-slot="5521908877" '
                       'data-ad-format="auto"></ins>\n</div>\n')
        if n == 1 and idx == READ_ALSO[0]:
            out.append(f'<p><strong>اقرأ أيضا:</strong> <a href="{HOST}/trend/math-simsimiya/">'
                       f'{e(READ_ALSO[1])}</a></p>')
        if n == 3 and idx == 1:
            out.append('<figure class="wp-block-embed is-type-video is-provider-youtube '
                       'wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio">'
                       '<div class="wp-block-embed__wrapper">\n<iframe title="YouTube video '
                       'player" width="780" height="439" src="https://www.youtube.com/embed/'
                       'q7TmKx2Lr0A?feature=oembed" frameborder="0" allow="accelerometer; '
                       'autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture'
                       '" allowfullscreen></iframe>\n</div></figure>')
    return "\n\n".join(out)


def _share(where: str, shares: str, url: str, title: str) -> str:
    return f"""<aside class="mashsb-container mashsb-main {where}"><div class="mashsb-box"><div class="mashsb-count mash-large" style="float:right"><div class="counts mashsbcount">{shares}</div> <span class="mashsb-sharetext">مشاركة</span></div>
<div class="mashsb-buttons">
<a class="mashicon-facebook mash-large mash-center mashsb-noshadow" href="https://www.facebook.com/sharer.php?u={url}" target="_top" rel="nofollow"><span class="icon"></span><span class="text">فيسبوك</span></a>
<a class="mashicon-twitter mash-large mash-center mashsb-noshadow" href="https://twitter.com/intent/tweet?text={e(title)}&amp;url={url}" target="_top" rel="nofollow"><span class="icon"></span><span class="text">تغريدة</span></a>
<a class="mashicon-whatsapp mash-large mash-center mashsb-noshadow" href="whatsapp://send?text={url}" target="_top" rel="nofollow"><span class="icon"></span><span class="text">واتساب</span></a><div class="onoffswitch2 mash-large mashsb-noshadow" style="display:none"></div></div></div>
    <div style="clear:both"></div></aside>"""


def _li_post(title: str, k: int, tpl: str, heading: str) -> str:
    return f"""<li class="g1-collection-item">
<article class="entry-tpl-{tpl} post-{47000 + 97 * k} post type-post status-publish format-standard has-post-thumbnail">
\t<div class="entry-featured-media"><a title="{e(title)}" class="g1-frame" href="{HOST}/?p={47000 + 97 * k}"><div class="g1-frame-inner"><img width="192" height="108" src="{HOST}/wp-content/uploads/2024/02/thumb-{k}-192x108.jpg" class="attachment-bimber-list-s size-bimber-list-s wp-post-image" alt="" loading="lazy" /><span class="g1-frame-icon g1-frame-icon-"></span></div></a></div>
\t<div class="entry-body"><header class="entry-header">
\t\t<{heading} class="g1-epsilon g1-epsilon-1st entry-title"><a href="{HOST}/?p={47000 + 97 * k}" rel="bookmark">{e(title)}</a></{heading}>
\t</header></div>
</article>
</li>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid = article.slug
    slug = SECTION_SLUG[article.section]
    url = f"{HOST}/{slug}/{pid}/"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    utc = moment.astimezone(UTC)
    views, ncomments = STATS[n]
    flag_id, flag = FLAG[n]
    writer = article.author or "فريق التحرير"
    author_slug = "menna-abdelhamid" if article.author else "editorial"
    comments_label = _comments_label(ncomments)
    body = " ".join(article.body.split())
    menu = [label for _, label in NAV]
    # single menu words and tags that the story itself uses are no evidence: the whole row is
    page.add(*CHROME, article.section, f"في {article.section}", flag, writer, shown,
             f"{views} مشاهدة", comments_label, " ".join(menu), " ".join(article.tags),
             f"{SHARES[n]} مشاركة فيسبوك تغريدة واتساب", *PREV_NEXT[n], *article.related,
             *(w for w in (*menu, *article.tags) if w not in body))
    trending = [TRENDING[(n * 2 + k) % len(TRENDING)] for k in range(5)]
    page.add(*trending, f"© {moment.year} {SITE}. جميع الحقوق محفوظة.")
    votes = VOTES[n]
    total = sum(votes) or 1
    reactions = []
    for (rid, label), count in zip(REACTIONS, votes, strict=True):
        page.add(f"{count} {label}")
        reactions.append(f"""\t\t\t<li class="wyr-reaction-item wyr-reaction-item-{rid}">
\t\t\t\t<a class="wyr-reaction wyr-reaction-{rid}" data-wyr-nonce="a81f3c29d0" data-wyr-post-id="{pid}" data-wyr-author-id="0" data-wyr-reaction="{rid}">
\t\t\t\t\t<div class="wyr-reaction-icon wyr-reaction-icon-{rid} wyr-reaction-icon-with-visual"><img alt="{rid}" src="{HOST}/wp-content/plugins/whats-your-reaction/images/emoji/{rid}.svg" width="50" height="50" /></div>
\t\t\t\t\t<div class="wyr-reaction-track"><div class="wyr-reaction-value">{count}</div>
\t\t\t\t\t<div class="wyr-reaction-bar" style="height: {round(100 * count / total)}%;"></div></div>
\t\t\t\t\t<div class="wyr-reaction-button"><strong class="wyr-reaction-label">{label}</strong></div>
\t\t\t\t</a>
\t\t\t</li>""")
    if n == 1:
        page.add(f"اقرأ أيضا: {READ_ALSO[1]}", article.caption, f"بواسطة {writer}")
    comment_items = []
    for k, (who, minutes, text) in enumerate(COMMENTS.get(n, ()), 1):
        when = moment + timedelta(minutes=minutes)
        cid = int(pid) // 10 + k
        page.add(who, _shown(when), text, "أضف رداً")
        comment_items.append(f"""\t<li class="comment even thread-even depth-1 g1-comment" id="li-comment-{cid}">
\t\t<article id="comment-{cid}" class="comment-body" itemscope itemtype="http://schema.org/UserComments">
\t\t\t<footer class="g1-comment-meta">
\t\t\t\t<div class="g1-comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=36&#038;d=mm&#038;r=g' class='avatar avatar-36 photo' height='36' width='36' loading='lazy'/>
\t\t\t\t\t<b class="g1-epsilon g1-epsilon-1st fn" itemprop="creator">{e(who)}</b>
\t\t\t\t</div>
\t\t\t\t<div class="g1-meta g1-comment-metadata"><a href="{url}#comment-{cid}"><time datetime="{when.isoformat()}" itemprop="commentTime">{_shown(when)}</time></a></div>
\t\t\t</footer>
\t\t\t<div class="comment-content" itemprop="commentText"><p>{e(text)}</p></div>
\t\t\t<div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid="{cid}" data-postid="{pid}" aria-label='الرد على {e(who)}'>أضف رداً</a></div>
\t\t</article>
\t</li>""")
    comments = ""
    if comment_items:
        comments = f"""<section id="comments" class="g1-comments g1-comments-with-avatars">
\t<h2 class="g1-beta g1-beta-2nd g1-comments-title"><span>{comments_label}</span></h2>
\t<ol class="commentlist">
{chr(10).join(comment_items)}
\t</ol>
</section>"""
    media = ""
    if n in (1, 2):
        credit = (f'\n\t\t<div class="g1-meta entry-media-credit">{e(article.caption)}</div>'
                  if n == 1 else "")
        media = f"""<div class="entry-featured-media entry-featured-media-main" itemprop="image" itemscope itemtype="http://schema.org/ImageObject"><div class="g1-frame"><div class="g1-frame-inner"><img width="758" height="426" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}-758x426.jpg" class="attachment-bimber-grid-2of3 size-bimber-grid-2of3 wp-post-image" alt="" itemprop="contentUrl" srcset="{HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}-758x426.jpg 758w, {HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}-364x205.jpg 364w" sizes="(max-width: 758px) 100vw, 758px" /><span class="g1-frame-icon g1-frame-icon-"></span></div></div><meta itemprop="url" content="{HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}.jpg" /><meta itemprop="width" content="758" /><meta itemprop="height" content="426" />{credit}
\t</div>"""
    byline = f"""<span class="entry-author" itemscope="" itemprop="author" itemtype="http://schema.org/Person">
\t<span class="entry-meta-label">بواسطة</span>
\t\t\t<a href="{HOST}/author/{author_slug}/" title="مقالات {e(writer)}" rel="author">
\t\t\t<img alt='' src='https://secure.gravatar.com/avatar/{int(pid):x}?s=40&#038;d=mm&#038;r=g' class='avatar avatar-40 photo' height='40' width='40' loading='lazy'/>
\t\t\t\t<strong itemprop="name">{e(writer)}</strong>
\t\t</a>
\t</span>"""
    tags = "".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" class="entry-tag '
                   f'entry-tag-{31 + k}">{e(t)}</a>\n' for k, t in enumerate(article.tags))
    related = "\n".join(_li_post(t, k + 3 * n, "list-s", "h3")
                        for k, t in enumerate(article.related))
    side = "\n".join(_li_post(t, k + 20, "listxxs", "h3") for k, t in enumerate(trending))
    nav = "\n".join(f'<li id="menu-item-{210 + k}" class="menu-item menu-item-type-taxonomy '
                    f'menu-item-object-category menu-item-g1-standard menu-item-{210 + k}">'
                    f'<a href="{HOST}/{s}/">{label}</a></li>' for k, (s, label) in enumerate(NAV))
    socials = "\n".join(f"""    <li class="g1-socials-item g1-socials-item-{s}">
       <a class="g1-socials-item-link" href="https://www.{s}.com/lakta.masr" target="_blank" rel="noopener"><i class="g1-socials-item-icon g1-socials-item-icon-32 g1-socials-item-icon-text g1-socials-item-icon-{s}"></i></a>
    </li>""" for s in SOCIALS)
    footer_nav = "\n".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page">'
                           f'<a href="{HOST}/page-{k}/">{label}</a></li>'
                           for k, label in enumerate(FOOTER_NAV))
    prev_t, next_t = PREV_NEXT[n]
    plain = " ".join((article.lead, *article.paragraphs))
    desc = plain[:155].rsplit(" ", 1)[0] + "..."
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": f"{HOST}/#/schema/person/{author_slug}"},
         "headline": article.headline, "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S+00:00}",
         "mainEntityOfPage": {"@id": url}, "commentCount": ncomments,
         "publisher": {"@id": f"{HOST}/#organization"}, "keywords": list(article.tags),
         "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S+00:00}", "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "url": f"{HOST}/"}]}
    ld = json.dumps(graph, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    mod = {3: "2025-01-07T13:02:00+00:00"}.get(n)
    modified = f'\n<meta property="article:modified_time" content="{mod}" />' if mod else ""
    front_config = json.dumps(json.dumps({"debug_mode": False, "ajax_url": f"{HOST}/wp-admin/admin-ajax.php",
                                          "timeago": "on", "sharebar": "on"}))
    page.html = f"""<!DOCTYPE html>
<!--[if IE 8]>\n<html class="no-js lt-ie10 lt-ie9" id="ie8" dir="rtl" lang="ar"><![endif]-->\n<!--[if IE 9]>
<html class="no-js lt-ie10" id="ie9" dir="rtl" lang="ar"><![endif]-->\n<!--[if !IE]><!-->\n<html class="no-js" dir="rtl" lang="ar"><!--<![endif]-->
<head>\n\t<meta charset="UTF-8"/>\n\t<link rel="profile" href="http://gmpg.org/xfn/11" />
\t<link rel="pingback" href="{HOST}/xmlrpc.php"/>\n\t<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n
<meta name="viewport" content="initial-scale=1.0, minimum-scale=1.0, height=device-height, width=device-width" />\n\n\t<!-- This site is optimized with the Yoast SEO plugin v21.7 - https://yoast.com/wordpress/plugins/seo/ -->
\t<title>{e(article.headline)} - {SITE}</title>\n\t<meta name="description" content="{e(desc)}" />\n\t<link rel="canonical" href="{url}" />
\t<meta property="og:locale" content="ar_AR" />\n\t<meta property="og:type" content="article" />\n\t<meta property="og:title" content="{e(article.headline)}" />
\t<meta property="og:description" content="{e(desc)}" />\n\t<meta property="og:url" content="{url}" />\n\t<meta property="og:site_name" content="{SITE}" />
\t<meta property="article:publisher" content="https://www.facebook.com/lakta.masr" />\n\t<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S+00:00}" />{modified}\n{og_tags}
\t<meta property="og:image" content="{HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}.jpg" />\n\t<meta name="author" content="{e(writer)}" />\n\t<meta name="twitter:card" content="summary_large_image" />
\t<meta name="twitter:label1" content="كُتب بواسطة" />\n\t<meta name="twitter:data1" content="{e(writer)}" />\n\t<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
\t<!-- / Yoast SEO plugin. -->\n\n<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />\n<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.2' type='text/css' media='all' />\n<link rel='stylesheet' id='mashsb-styles-css' href='{HOST}/wp-content/plugins/mashsharer/assets/css/mashsb.min.css?ver=4.0.47' type='text/css' media='all' />
<link rel='stylesheet' id='wyr-main-css' href='{HOST}/wp-content/plugins/whats-your-reaction/css/main-rtl.min.css?ver=1.3.19' type='text/css' media='all' />\n<link rel='stylesheet' id='g1-main-css' href='{HOST}/wp-content/themes/bimber/css/{VER}/styles/original-2018/all-light-rtl.min.css?ver={VER}' type='text/css' media='all' />\n<link rel='stylesheet' id='bimber-google-fonts-css' href='//fonts.googleapis.com/css?family=Cairo%3A400%2C600%2C700&#038;subset=arabic&#038;display=swap&#038;ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='bimber-dynamic-style-css' href='{HOST}/wp-content/uploads/dynamic-style-1704452103.css' type='text/css' media='all' />\n<link rel='stylesheet' id='bimber-mashshare-css' href='{HOST}/wp-content/themes/bimber/css/{VER}/styles/original-2018/mashshare-light-rtl.min.css?ver={VER}' type='text/css' media='all' />\n<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{HOST}/wp-content/themes/bimber/js/modernizr/modernizr-custom.min.js?ver=3.3.0" id="modernizr-js"></script>\n<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" />\n<link rel='shortlink' href='{HOST}/?p={pid}' />
</head>\n\n<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive snax-hoverable g1-layout-stretched g1-hoverable g1-has-mobile-logo g1-sidebar-normal" itemscope="" itemtype="http://schema.org/WebPage">
\n<div class="g1-body-inner">\n
\t<div id="page">\n\t\t<a class="skip-link screen-reader-text" href="#content">تخطي إلى المحتوى</a>\n
\t\t<div class="g1-row g1-row-layout-page g1-preheader">\n\t<div class="g1-row-inner">\n\t\t<div class="g1-column g1-dropable">
<ul id="g1-social-icons-1" class="g1-socials-items g1-socials-items-tpl-grid">\n{socials}\n</ul>
\t\t</div>\n\t</div>\n\t<div class="g1-row-background"></div>
</div><!-- .g1-preheader -->\n\n\t\t<div class="g1-header g1-row g1-row-layout-page">
\t\t\t<div class="g1-row-inner">\n\t\t\t<div class="g1-column g1-dropable">\n\t\t\t\t<a class="g1-hamburger g1-hamburger-show" href="#"><span class="g1-hamburger-icon"></span><span class="g1-hamburger-label">القائمة</span></a>
<div class="g1-id g1-id-desktop">\n\t\t\t<p class="g1-mega g1-mega-1st site-title">\n\t\t\t<a class="g1-logo-wrapper" href="{HOST}/" rel="home"><img class="g1-logo g1-logo-default" width="200" height="48" src="{HOST}/wp-content/uploads/2023/06/lakta-logo.png" alt="{SITE}" /></a>
\t\t\t</p>\n\t</div>\n\t\t\t\t<!-- BEGIN .g1-primary-nav -->
\t\t\t\t<nav id="g1-primary-nav" class="g1-primary-nav"><ul id="g1-primary-nav-menu" class="g1-primary-nav-menu g1-menu-h">{nav}</ul></nav>\t\t\t\t<!-- END .g1-primary-nav -->\n\t\t\t\t<div class="g1-drop g1-drop-before g1-drop-the-search">\n\t\t<a class="g1-drop-toggle" href="{HOST}/?s="><i class="g1-drop-toggle-icon"></i><span class="g1-drop-toggle-text">بحث</span><span class="g1-drop-toggle-arrow"></span></a>
\t\t<div class="g1-drop-content">\n<div role="search" class="search-form-wrapper">\n\t<form method="get" class="g1-searchform-tpl-default g1-searchform-ajax search-form" action="{HOST}/">
\t\t<label><span class="screen-reader-text">البحث عن:</span><input type="search" class="search-field" placeholder="بحث &hellip;" value="" name="s" title="البحث عن:" /></label>\n\t\t<button class="search-submit">بحث</button>\n\t</form>
</div>\n\t\t</div>\n\t</div>
\t\t\t</div>\n\t\t</div>\n\t\t<div class="g1-row-background"></div>
\t</div>\n\n<div class="g1-row g1-row-layout-page g1-navbar">
\t<div class="g1-row-inner">\n\t\t<div class="g1-column g1-dropable">\n\t\t</div>
\t</div>\n\t<div class="g1-row-background"></div>\n</div>
\n\t<div class="g1-row g1-row-padding-m g1-row-layout-page">\n\t\t<div class="g1-row-background">
\t\t</div>\n\t\t<div class="g1-row-inner">\n
\t\t\t<div class="g1-column g1-column-2of3" id="primary">\n\t\t\t\t<div id="content" role="main">\n
<nav class="g1-breadcrumbs g1-breadcrumbs-with-ellipsis g1-meta">\n\t\t\t\t<p class="g1-breadcrumbs-label">أنت هنا: </p>\n\t\t\t\t<ol itemscope itemtype="http://schema.org/BreadcrumbList">
\t\t\t\t\t\t<li class="g1-breadcrumbs-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n\t\t\t\t\t\t<a itemprop="item" content="{HOST}/" href="{HOST}/">\n\t\t\t\t\t\t<span itemprop="name">الرئيسية</span>
\t\t\t\t\t\t<meta itemprop="position" content="1" />\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t</li>
\t\t\t\t\t\t<li class="g1-breadcrumbs-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n\t\t\t\t\t\t<a itemprop="item" content="{HOST}/{slug}/" href="{HOST}/{slug}/">\n\t\t\t\t\t\t<span itemprop="name">{article.section}</span>
\t\t\t\t\t\t<meta itemprop="position" content="2" />\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t</li>
\t\t\t\t\t\t<li class="g1-breadcrumbs-item" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">\n\t\t\t\t\t\t<span itemprop="name">{e(article.headline)}</span>\n\t\t\t\t\t\t<meta itemprop="position" content="3" />
\t\t\t\t\t\t<meta itemprop="item" content="{url}" />\n\t\t\t\t\t\t</li>\n\t\t\t\t\t\t</ol>
\t\t\t\t</nav>\n<article id="post-{pid}" class="entry-tpl-classic post-{pid} post type-post status-publish format-standard has-post-thumbnail category-{slug}" itemscope="" itemtype="http://schema.org/NewsArticle">\n\t<header class="entry-header entry-header-01">
\n\t\t<div class="entry-before-title">\n\t\t\t<span class="entry-categories entry-categories-l"><span class="entry-categories-inner"><span class="entry-categories-label">في</span> <a href="{HOST}/{slug}/" class="entry-category entry-category-item-{14 + n}"><span itemprop="articleSection">{article.section}</span></a></span></span>
\t\t<p class="entry-flags">\n\t\t\t\t\t<a class="entry-flag entry-flag-{flag_id}" href="{HOST}/{flag_id}/" title="{flag}">\n\t\t\t\t\t\t{flag}
\t\t\t\t\t</a>\n\t\t</p>\n\t\t</div>
\n\t\t<h1 class="g1-mega g1-mega-1st entry-title" itemprop="headline">{e(article.headline)}</h1>\n\t\t\t<p class="g1-meta g1-meta-m entry-meta entry-meta-m">
\t\t\t\t<span class="entry-byline entry-byline-m entry-byline-with-avatar">\n\t\t\t\t\t\t{byline}\n
\t\t\t\t\t\t<time class="entry-date" datetime="{moment.isoformat()}" itemprop="datePublished">{shown}</time>\n\t\t\t\t</span>\n
\t\t\t\t<span class="entry-stats entry-stats-m">\n\t\t\t\t\t<span class="entry-views "><strong>{views}</strong><span> مشاهدة</span></span>\n\t\t\t\t\t<span class="entry-comments-link entry-comments-link-{ncomments}"><a href="{url}#respond"><strong>{comments_label}</strong></a></span>
\t\t\t\t</span>\n\t\t\t</p>\n
\t\t{_share("mashsb-stretched", SHARES[n], url, article.headline)}\n\t</header>\n
\t{media}\n\n\t<div class="g1-content-narrow g1-typography-xl entry-content" itemprop="articleBody">
\t\t{_content(article, n)}\n\t</div>\n
\t<div class="entry-after-content">\n\t<p class="entry-tags "><span class="entry-tags-inner">{tags}</span></p>\n\t{_share("mashsb-bottom", SHARES[n], url, article.headline)}
<aside class="wyr-reactions wyr-reactions-tpl-grid">\n\t<header><h2 class="g1-delta g1-delta-2nd"><span>ما هو رد فعلك؟</span></h2></header>\n\t<div class="wyr-reactions-body wyr-reactions-body-with-visual">
\t\t<ul class="wyr-reaction-items">\n{chr(10).join(reactions)}\n\t\t</ul>
\t</div>\n</aside>\n<aside class="g1-box g1-newsletter g1-newsletter-horizontal">
\t<div class="g1-box-inner">\n\t\t<header>\n\t\t\t<div class="g1-box-icon"></div>
\t\t\t<h2 class="g1-box-title g1-beta g1-beta-1st">{NEWSLETTER[0]}</h2>\n\t\t\t<p class="g1-delta g1-delta-3rd">{NEWSLETTER[1]}</p>\n\t\t</header>
\t\t<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-88" method="post" data-id="88" data-name="النشرة"><div class="mc4wp-form-fields"><p class="g1-alpha g1-alpha-1st"><input type="email" name="EMAIL" placeholder="بريدك الإلكتروني" required /></p><p><input type="submit" value="اشترك" /></p></div></form>\n\t</div>\n\t<div class="g1-box-background"></div>
</aside>\n\t<nav class="g1-nav-single">\n\t\t<div class="g1-nav-single-inner">
\t\t\t<ul>\n\t\t\t\t<li class="g1-nav-single-prev"><a href="{HOST}/trend/{int(pid) - 5}/" rel="prev"><strong class="g1-meta">الموضوع السابق</strong> <span class="g1-delta g1-delta-1st">{e(prev_t)}</span></a></li>\n\t\t\t\t<li class="g1-nav-single-next"><a href="{HOST}/trend/{int(pid) + 7}/" rel="next"><strong class="g1-meta">الموضوع التالي</strong> <span class="g1-delta g1-delta-1st">{e(next_t)}</span></a></li>
\t\t\t</ul>\n\t\t</div>\n\t</nav>
\t<aside class="g1-related-entries">\n\t\t<h2 class="g1-delta g1-delta-2nd g1-collection-title"><span>قد يعجبك أيضاً</span></h2>\n\t\t<div class="g1-collection ">
\t\t\t<div class="g1-collection-viewport">\n\t\t\t\t<ul class="g1-collection-items  ">\n{related}
\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</div>
\t</aside>\n{comments}\n<div id="respond" class="comment-respond">
\t<h2 id="reply-title" class="comment-reply-title g1-beta g1-beta-2nd">اترك تعليقاً</h2>\n\t<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form">\n\t\t<p class="comment-form-comment"><label for="comment">التعليق</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
\t\t<p class="comment-form-author"><label for="author">الاسم *</label><input id="author" name="author" type="text" value="" size="30" required /></p>\n\t\t<p class="comment-form-email"><label for="email">البريد الإلكتروني *</label><input id="email" name="email" type="email" value="" size="30" required /></p>\n\t\t<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /><input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' /></p>
\t</form>\n</div><!-- #respond -->\n\t</div>
\n\t<meta itemprop="mainEntityOfPage" content="{url}"/>\n\t<meta itemprop="dateModified" content="{moment:%Y-%m-%dT%H:%M:%S}"/>
\t<span itemprop="publisher" itemscope itemtype="http://schema.org/Organization">\n\t\t<meta itemprop="name" content="{SITE}" />\n\t\t<meta itemprop="url" content="{HOST}" />
\t</span>\n</article>\n
\t\t\t\t</div><!-- #content -->\n\t\t\t</div><!-- #primary -->\n
\t\t\t<div id="secondary" class="g1-sidebar g1-sidebar-padded g1-column g1-column-1of3">\n\t\t\t\t<aside id="bimber_widget_posts-2" class="widget widget_bimber_widget_posts"><header><h2 class="g1-delta g1-delta-2nd widgettitle"><span>الأكثر رواجاً</span></h2></header>\n\t\t\t<div id="g1-widget-posts-1" class="g1-widget-posts">
\t\t\t\t<div class="g1-collection g1-collection-ticker">\n\t\t\t\t\t<div class="g1-collection-viewport">\n\t\t\t\t\t\t<ul class="g1-collection-items">
{side}\n\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>
\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t</aside>
\t\t\t\t<aside id="bimber_widget_socials-2" class="widget widget_bimber_widget_socials"><header><h2 class="g1-delta g1-delta-2nd widgettitle"><span>تابعنا</span></h2></header>\n<ul id="g1-social-icons-2" class="g1-socials-items g1-socials-items-tpl-grid">\n{socials}
</ul>\n\t\t\t\t</aside>\n\t\t\t</div><!-- #secondary -->
\n\t\t</div>\n\t</div><!-- .g1-row -->
\n\t\t<div class="g1-footer g1-row g1-row-layout-page">\n\t\t\t<div class="g1-row-inner">
\t\t\t\t<div class="g1-column">\n\t\t\t\t\t<p class="g1-footer-text">&copy; {moment.year} {SITE}. جميع الحقوق محفوظة.</p>\n\t\t\t\t\t<nav id="g1-footer-nav" class="g1-footer-nav"><ul id="g1-footer-nav-menu" class="">{footer_nav}</ul></nav>
\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t<div class="g1-row-background"></div>
\t\t</div>\n\t\t<a href="#page" class="g1-back-to-top">العودة للأعلى</a>\n\t</div><!-- #page -->
</div><!-- .g1-body-inner -->\n\n<script type="text/javascript" id="bimber-front-js-extra">
/* <![CDATA[ */\nvar bimber_front_config = {front_config};\n/* ]]> */
</script>\n<script type="text/javascript" src="{HOST}/wp-content/themes/bimber/js/front.js?ver={VER}" id="bimber-front-js"></script>\n<script type="text/javascript" src="{HOST}/wp-content/plugins/whats-your-reaction/js/front.js?ver=1.3.19" id="wyr-front-js"></script>
<script type="text/javascript" src="{HOST}/wp-content/plugins/mashsharer/assets/js/mashsb.min.js?ver=4.0.47" id="mashsb-js"></script>\n</body>\n</html>
"""
    return page
