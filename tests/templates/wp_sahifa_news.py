"""An Egyptian regional portal ("بوابة الدلتا نيوز") on WordPress with TieLabs' older Sahifa theme (5.x, not
Jannah), a single post as the server sends it. Head: Yoast SEO (`<title>` "headline - بوابة الدلتا نيوز", og/twitter
meta, `article:published_time` in UTC, "كُتب بواسطة" labels, `yoast-schema-graph`), `sahifa/style.css` and the
locale `rtl.css` link, jQuery, Favicon link, IE conditionals. Body (`body#top.rtl ... lazy-enabled`): `wrapper-outer`,
`aside#slide-out` (empty `#mobile-menu`), `header#theme-header` (`#top-nav` with `span.today-date` = the *crawl* day
in Sahifa's "l ,  j  F Y" format, top menu, search; logo `h2` whose `<strong>` holds name and tagline; `e3lan-top`;
`nav#main-nav`), the `#breaking-news` ticker ("أخبار عاجلة"; on page 2 the story itself leads it). `.content`:
`nav#crumbs` + BreadcrumbList JSON-LD, `article.post-listing#the-post` (page 1: `single-post-thumb` and
`single-post-caption`; page 3: image, no caption; page 2: none), `div.post-inner > h1.name.post-title.entry-title >
span`, `p.post-meta` (`post-meta-author` = the WordPress account, `span.tie-date` "12 مارس 2024 | 1:40 م", `post-cats`,
`post-comments` "اضف تعليق" / "تعليق واحد" / "2 تعليقات", `post-views` "3,481 مشاهدة"), `div.entry`, `share-post`
("شاركها", five flat-social links), Sahifa's NewsArticle JSON-LD (`json_encode`: \\u-escaped Arabic, escaped slashes,
local +02:00/+03:00 times, full articleBody); then `p.post-tag` ("الوسوم"), `e3lan-post`, `section#author-box`
("عن ..."), `post-navigation` ("السابق"/"التالي"), `section#related_posts` ("مقالات مشابهة", tie-dates),
`div#comments` (Sahifa's list, "اضف رد" form), `aside#sidebar` (tabbed "الأشهر / الأخيرة / تعليقات" with dates and
views, Facebook box, "أخبار في صور"), `footer#theme-footer` and `footer-bottom`. Page 1 alone names its reporter
(post-meta account, an in-entry "كتب - ..." line above the lead, bio), bolds words, has two comments. Page 2, a desk
story posted 00:35 Cairo summer time (+03:00; Yoast's UTC is the day before), links a phrase inline, has an editor's
"اقرأ أيضًا:" line between paragraphs and no "next" post. Page 3 (winter, +02:00): an `h3` subheading, a YouTube
oEmbed, one comment, a closing WhatsApp-channel promo inside `div.entry`. Everything but the story is chrome."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MONTHS, WEEKDAYS, Article, Page, e

NAME = "wp_sahifa_news"
HELD_OUT = True
SET = "unseen21"
FAMILY = "WordPress + TieLabs Sahifa 5 (Egyptian portal): post-inner, tie-date, breaking ticker, share-post, post-tag, related_posts, Yoast UTC vs Sahifa JSON-LD"
HOST = "https://sahifa-news-ar.example"
SITE, TAGLINE = "بوابة الدلتا نيوز", "أخبار مصر والمحافظات لحظة بلحظة"
THEME, UP = f"{HOST}/wp-content/themes/sahifa", f"{HOST}/wp-content/uploads"
CATS = {"محافظات": "governorates", "حوادث": "accidents", "ثقافة وفنون": "culture"}
MENU = (("الرئيسية", "/"), ("أخبار مصر", "/category/egypt/"), ("محافظات", "/category/governorates/"), ("حوادث", "/category/accidents/"), ("اقتصاد", "/category/economy/"), ("رياضة", "/category/sports/"), ("ثقافة وفنون", "/category/culture/"), ("عرب وعالم", "/category/world/"), ("فيديو", "/category/video/"))
TOP_MENU = (("من نحن", "/about-us/"), ("اتصل بنا", "/contact-us/"), ("أعلن معنا", "/advertise/"), ("سياسة الخصوصية", "/privacy-policy/"))
POOL = ("وزير الري يتابع استعدادات موسم أقصى الاحتياجات المائية", "محافظ كفر الشيخ يعتمد نتيجة الشهادة الإعدادية بنسبة نجاح 84%", "غلق كوبري طلخا العلوي عشرة أيام لأعمال الصيانة", "جامعة المنصورة تطلق قافلة طبية مجانية إلى قرى بلقاس",
        "تموين الغربية يضبط 3 أطنان دقيق مدعم قبل بيعها في السوق السوداء", "الزمالك يواجه فاركو وديا استعدادا لاستئناف الدوري", "أسعار الخضروات والفاكهة في سوق العبور اليوم", "مصرع شاب وإصابة اثنين في تصادم دراجتين ناريتين بالسنبلاوين",
        "تعرف على مواعيد قطارات الوجه البحري بعد التعديل الجديد", "افتتاح وحدة غسيل كلوي جديدة بمستشفى أجا المركزي", "بدء تلقي طلبات التصالح في مخالفات البناء بمراكز الغربية", "ارتفاع أسعار الذهب في محلات الصاغة بالمنصورة",
        "التعليم تعلن جدول امتحانات الفصل الدراسي الثاني للنقل", "شكاوى من ارتفاع تعريفة الميكروباص على خط ميت غمر زفتى")
DESK = ("desk", "محرر البوابة", "حساب قسم الأخبار العاجلة في بوابة الدلتا نيوز.")
ACCOUNTS = {1: ("hany-abdelrahman", "هاني عبد الرحمن", "صحفي بقسم المحافظات، يغطي أخبار الدقهلية والخدمات في قرى الدلتا."), 2: DESK, 3: DESK}
TODAY = {1: datetime(2024, 3, 14, 9, 5), 2: datetime(2024, 7, 11, 8, 30), 3: datetime(2025, 1, 22, 11, 50)}  # crawl days
BYLINE = "كتب - هاني عبد الرحمن"
BOLD = {1: (1, "190 ألف نسمة")}
LINKED = {2: (0, "قوات الحماية المدنية", "الحماية-المدنية")}
READ_ALSO = {2: (2, "ضبط سائق ميكروباص يسير عكس الاتجاه في شارع فيصل", 51794)}
SUBHEAD, VIEWS = {3: 3}, {1: 3481, 2: 12907, 3: 864}
EMBED = {3: (2, "p4Ud7RkYt2s", "افتتاح معرض الحرف التراثية بقصر ثقافة المنصورة")}
WHATSAPP = "تابع آخر الأخبار عبر قناة بوابة الدلتا نيوز على واتساب"
COMMENTS = {1: (("أبو مازن", 150, "أخيرا المية وصلت الدور التالت، ربنا يبارك في كل من تعب."), ("سمر الشناوي", 305, "نتمنى نفس الاهتمام لقرية الخيارية، الصرف الصحي لسه ما دخلش.")),
            3: (("محمود الجمل", 1260, "معرض رائع، أتمنى يتكرر في مراكز المحافظة كلها."),)}
SHARE = (("facebook", "facebook", "https://www.facebook.com/sharer.php?u={u}", "Facebook"), ("twitter", "twitter", "https://twitter.com/intent/tweet?text={t}&amp;url={u}", "Twitter"), ("stumble", "stumbleupon", "http://www.stumbleupon.com/submit?url={u}&amp;title={t}", "Stumbleupon"), ("linkedin", "linkedin", "https://www.linkedin.com/shareArticle?mini=true&amp;url={u}&amp;title={t}", "LinkedIn"), ("pinterest", "pinterest", "https://pinterest.com/pin/create/button/?url={u}&amp;description={t}", "Pinterest"))
FOOT_LINKS = ("من نحن", "هيئة التحرير", "اتصل بنا", "سياسة الخصوصية")
FOOT_ABOUT, POWERED = "بوابة إخبارية مصرية مستقلة تغطي أخبار محافظات الدلتا على مدار الساعة.", "Powered by WordPress | Theme by TieLabs"
FORM = ("اضف رد", "إلغاء الرد", "لن يتم نشر البريد الإلكتروني . الحقول المطلوبة مشار لها بـ *", "التعليق", "الإسم *", "البريد *", "الموقع")


def _shown(moment: datetime, sep: str = "|") -> str:  # date_format + time_format: "12 مارس 2024 | 1:40 م"
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year} {sep} {moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _today(moment: datetime) -> str:  # date_i18n('l ,  j  F Y'): Sahifa's default, spaces and all
    return f"{WEEKDAYS[moment.weekday()]} ,  {moment.day}  {MONTHS[moment.month - 1]} {moment.year}"


def _label(count: int) -> str:
    return ("اضف تعليق", "تعليق واحد")[count] if count < 2 else f"{count} تعليقات"


def _link(pid: int | str) -> str:
    return f"{HOST}/archives/{pid}"


def _tie(moment: datetime) -> str:
    return f'<span class="tie-date"><i class="fa fa-clock-o"></i>{_shown(moment)}</span>'


def _thumb(pid: int, img: str, size: str = "tie-small", wh: str = "110x75") -> str:
    w, h = wh.split("x")
    return f'<div class="post-thumbnail"><a href="{_link(pid)}" rel="bookmark"><img width="{w}" height="{h}" src="{UP}/{img}-{wh}.jpg" class="attachment-{size} size-{size} wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div><!-- post-thumbnail /-->'


def _entry(article: Article, n: int, page: Page) -> str:
    out = [f"<p><strong>{BYLINE}</strong></p>"] if n == 1 else []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINKED and LINKED[n][0] == k:
            words, tag = LINKED[n][1:]
            html = html.replace(e(words), f'<a href="{HOST}/tag/{quote(tag)}/">{e(words)}</a>', 1)
        out.append(f"<h3>{html}</h3>" if SUBHEAD.get(n) == k
                   else f'<p style="text-align: justify;">{html}</p>')
        if n in READ_ALSO and READ_ALSO[n][0] == k:
            title, pid = READ_ALSO[n][1:]
            out.append(f'<p><strong>اقرأ أيضًا: <a href="{_link(pid)}">{e(title)}</a></strong></p>')
            page.add(f"اقرأ أيضًا: {title}")
        if n in EMBED and EMBED[n][0] == k:
            vid, title = EMBED[n][1:]
            out.append(f'<p><iframe title="{e(title)}" width="618" height="348" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></p>')
    if n == 3:
        out.append(f'<p><a href="https://whatsapp.com/channel/0029VaDeltaNews3x" target="_blank" rel="noopener"><strong>{WHATSAPP}</strong></a></p>')
        page.add(WHATSAPP)
    if n == 1:
        page.add(BYLINE)
    return "\n".join(out)


def _recent(n: int) -> list[tuple[int, str, datetime]]:  # the sidebar tab and footer widget
    return [(60900 + 5 * n + k, POOL[(2 * n + 1 + k) % len(POOL)], TODAY[n] - timedelta(hours=2 + 3 * k, minutes=17 * k)) for k in range(4)]


def _sidebar(n: int, page: Page) -> str:
    popular, recent = [], []
    for k in range(4):
        title, pid = POOL[(n + 5 + k) % len(POOL)], 50100 + 37 * k
        when = TODAY[n] - timedelta(days=2 + 3 * k, hours=k)
        views = f"{(9 - 2 * k) * 1873 + n * 41:,}"
        page.add(title, _shown(when), views)
        popular.append(f"""<li>{_thumb(pid, f"2024/0{k + 1}/pop-{k}")}\n<h3><a href="{_link(pid)}">{e(title)}</a></h3> {_tie(when)}<span class="post-views-widget"><span class="post-views"><i class="fa fa-eye"></i>{views} </span> </span></li>""")
    for pid, title, when in _recent(n):
        page.add(title, _shown(when))
        recent.append(f"""<li>{_thumb(pid, f"recent-{pid}")}\n<h3><a href="{_link(pid)}">{e(title)}</a></h3> {_tie(when)}</li>""")
    fb = quote("https://www.facebook.com/deltanews.eg", safe="")
    page.add("الأشهر", "الأخيرة", "تعليقات", "تابعنا على فيسبوك", "أخبار في صور")
    pics = "\n".join(f'<div class="post-thumbnail"><a class="ttip" href="{_link(59000 + k)}" title="{e(POOL[k])}"><img width="110" height="75" src="{UP}/pic-{k}-110x75.jpg" class="attachment-tie-small size-tie-small wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div>' for k in range(6))
    return f"""<aside id="sidebar">
	<div class="theiaStickySidebar">
<div id="tabbed-widget" class="widget">
	<div class="widget-container">
		<div class="widget-top"><ul class="tabs posts-taps"><li class="tabs"><a href="#tab1">الأشهر</a></li><li class="tabs"><a href="#tab2">الأخيرة</a></li><li class="tabs"><a href="#tab3">تعليقات</a></li></ul></div>
		<div id="tab1" class="tabs-wrap"><ul>
{chr(10).join(popular)}		</ul></div>
		<div id="tab2" class="tabs-wrap"><ul>
{chr(10).join(recent)}		</ul></div>
		<div id="tab3" class="tabs-wrap"><ul></ul></div>	</div></div><!-- .widget /-->
<div id="facebook-widget-2" class="widget facebook-widget"><div class="widget-top"><h4>تابعنا على فيسبوك		</h4><div class="stripe-line"></div></div>
	<div class="widget-container">			<div class="facebook-box"><iframe src="https://www.facebook.com/plugins/likebox.php?href={fb}&amp;width=300&amp;height=250&amp;show_faces=true&amp;header=false&amp;stream=false&amp;show_border=false&amp;locale=ar_AR" scrolling="no" frameborder="0" style="border:none; overflow:hidden; width:300px; height:250px;" allowTransparency="true"></iframe></div>	</div></div><!-- .widget /-->
<div id="news-pic-widget-2" class="widget news-pic"><div class="widget-top"><h4>أخبار في صور		</h4><div class="stripe-line"></div></div>
	<div class="widget-container">
{pics}		<div class="clear"></div>	</div></div><!-- .widget /-->	</div><!-- .theiaStickySidebar /--></aside><!-- #sidebar /-->"""


def _comments(n: int, article: Article, url: str, page: Page) -> str:
    items = []
    for k, (name, minutes, text) in enumerate(COMMENTS.get(n, ()), 1):
        stamp = _shown(article.moment.replace(tzinfo=None) + timedelta(minutes=minutes), "في")
        cid = int(article.slug) * 3 + k
        page.add(name, stamp, text, "رد")
        items.append(f"""	<li id="comment-{cid}">
		<div  class="comment even thread-even depth-1 comment-wrap" ><div class="comment-avatar"><img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=65&#038;d=mm&#038;r=g' class='avatar avatar-65 photo' height='65' width='65' /></div>
			<div class="comment-content"><div class="author-comment"><cite class="fn">{e(name)}</cite> 					<div class="comment-meta commentmetadata"><a href="{url}#comment-{cid}">	{stamp}</a></div><!-- .comment-meta .commentmetadata -->
					<div class="clear"></div></div><p>{e(text)}</p>			</div>
			<div class="reply"><a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid="{cid}" data-postid="{article.slug}" data-belowelement="comment-{cid}" data-respondelement="respond" aria-label='الرد على {e(name)}'>رد</a></div><!-- .reply -->		</div><!-- #comment-##  --></li><!-- #comment-## -->""")
    box = ""
    if items:
        page.add(_label(len(items)))
        box = f"""	<div id="comments-box">
		<div class="block-head"><h3 id="comments-title">{_label(len(items))} </h3><div class="stripe-line"></div></div>
		<div class="post-listing"><ol class="commentlist">{"".join(items)}	</ol></div>	</div><!-- #comments-box -->"""
    page.add(*FORM)
    return f"""<div id="comments">
{box}<div class="clear"></div>
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">اضف رد <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><div class="stripe-line"></div><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر البريد الإلكتروني .</span> الحقول المطلوبة مشار لها بـ <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">التعليق</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الإسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">الموقع</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="أضف التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>	</div><!-- #respond --></div><!-- #comments -->"""


def _head(article: Article, n: int, url: str, body: str) -> str:
    """wp_head(): Yoast's block (UTC times), the enqueued styles and scripts, Sahifa's extras."""
    login, account, _bio = ACCOUNTS[n]
    utc = f"{article.moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"
    desc = e(" ".join(article.lead.split()[:24]) + "...")
    image = f"{UP}/{article.moment:%Y/%m}/{article.slug}.jpg"
    words = len(body.split())
    person = f"{HOST}/#/schema/person/{login}"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url}, "author": {"name": account, "@id": person}, "headline": article.headline, "datePublished": utc, "dateModified": utc, "mainEntityOfPage": {"@id": url}, "wordCount": words, "publisher": {"@id": f"{HOST}/#organization"}, "keywords": list(article.tags), "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}", "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": utc, "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"}, {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE, "description": TAGLINE, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/"},
        {"@type": "Person", "@id": person, "name": account}]}
    title = f"{e(article.headline)} - {SITE}"
    metas = [("property", k, v) for k, v in (("og:locale", "ar_AR"), ("og:type", "article"), ("og:title", title), ("og:description", desc), ("og:url", url), ("og:site_name", SITE),
             ("article:publisher", "https://www.facebook.com/deltanews.eg"), ("article:published_time", utc), *(("article:tag", e(t)) for t in article.tags))]
    if n != 2:
        metas += [("property", k, v) for k, v in (("og:image", image), ("og:image:width", "1050"), ("og:image:height", "525"), ("og:image:type", "image/jpeg"))]
    metas += [("name", k, v) for k, v in (("author", account), ("twitter:card", "summary_large_image"), ("twitter:label1", "كُتب بواسطة"), ("twitter:data1", account),
              ("twitter:label2", "وقت القراءة المُقدّر"), ("twitter:data2", f"{1 + words // 200} دقائق"))]
    metas = "\n".join(f'\t<meta {a}="{k}" content="{v}" />' for a, k, v in metas)
    return f"""<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{HOST}/xmlrpc.php" />
	<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title>
	<meta name="description" content="{desc}" />
	<link rel="canonical" href="{url}" />
{metas}
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False, separators=(",", ":"))}</script>
	<!-- / Yoast SEO plugin. -->

<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات" href="{HOST}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='tie-style-css' href='{THEME}/style.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='tie-ilightbox-skin-css' href='{THEME}/css/ilightbox/dark-skin/skin.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='Droid+Sans-css' href='https://fonts.googleapis.com/css?family=Droid+Sans%3Aregular%2C700' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{article.slug}" />
<link rel="stylesheet" href="{THEME}/rtl.css" type="text/css" media="screen" /><meta name="generator" content="WordPress 6.4.3" />
<link rel='shortlink' href='{HOST}/?p={article.slug}' />
<link rel="shortcut icon" href="{UP}/2023/05/favicon.png" title="Favicon" />
<!--[if IE]><script type="text/javascript">jQuery(document).ready(function (){{ jQuery(".menu-item").has("ul").children("a").attr("aria-haspopup", "true");}});</script><![endif]-->
<!--[if lt IE 9]><script src="{THEME}/js/html5.js"></script><script src="{THEME}/js/selectivizr-min.js"></script><![endif]-->
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<style type="text/css" media="screen">body{{font-family: 'Droid Sans';}} .breaking-news span.breaking-news-title {{background: #c0392b;}}</style></head>"""


def _search(cls: str, sid: str) -> str:
    return (f'<button class="search-button" type="submit" value="بحث"><i class="fa fa-search"></i></button>\n\t\t\t\t'
            f'<input {cls}type="text" id="s-{sid}" name="s" title="بحث" value="بحث" onfocus="if (this.value == \'بحث\') {{this.value = \'\';}}" onblur="if (this.value == \'\') {{this.value = \'بحث\';}}"  />')


def _header(article: Article, n: int, page: Page) -> str:
    """header.php: slide-out, top bar (today's date), logo, main menu; the breaking ticker."""
    search = [_search(cls, sid) for cls, sid in (("", "mobile"), ('class="search-live" ', "header"))]
    top = "".join(f'<li id="menu-item-{280 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{280 + k}"><a href="{HOST}{path}">{label}</a></li>' for k, (label, path) in enumerate(TOP_MENU))
    menu = "\n".join(f'<li id="menu-item-{300 + k}" class="menu-item menu-item-type-{"custom" if k == 0 else "taxonomy"} menu-item-object-{"custom" if k == 0 else "category"}{" current-post-ancestor current-menu-parent current-post-parent" if label == article.section else ""} menu-item-{300 + k}"><a href="{HOST}{path}">{label}</a></li>' for k, (label, path) in enumerate(MENU))
    ticker = [POOL[(3 * n + k) % len(POOL)] for k in range(5)]
    if n == 2:
        ticker = [article.headline, *ticker[:4]]
    items = "\n".join(f'\t\t\t\t<li><a href="{_link(61000 - 7 * k)}" title="{e(t)}">{e(t)}</a></li>' for k, t in enumerate(ticker))
    page.add(" ".join(_today(TODAY[n]).split()), *(label for label, _ in TOP_MENU),
             f"{SITE} {TAGLINE}", *(label for label, _ in MENU), "أخبار عاجلة", *ticker)
    return f"""<div class="wrapper-outer">
	<div class="background-cover"></div>
	<aside id="slide-out">
			<div class="search-mobile"><form method="get" id="searchform-mobile" action="{HOST}/">
				{search[0]}			</form>		</div><!-- .search-mobile /-->
		<div id="mobile-menu" ></div>	</aside><!-- #slide-out /-->
		<div id="wrapper" class="wide-layout">		<div class="inner-wrapper">
		<header id="theme-header" class="theme-header">
						<div id="top-nav" class="top-nav">
				<div class="container">
							<span class="today-date">{_today(TODAY[n])}</span>
				<div class="top-menu"><ul id="menu-top" class="menu">{top}</ul></div>
						<div class="search-block">
						<form method="get" id="searchform-header" action="{HOST}/">
							{search[1]}						</form>					</div><!-- .search-block /-->
			<div class="social-icons"><a class="ttip-none" title="Facebook" href="https://www.facebook.com/deltanews.eg" target="_blank"><i class="fa fa-facebook"></i></a><a class="ttip-none" title="Twitter" href="https://twitter.com/deltanews_eg" target="_blank"><i class="fa fa-twitter"></i></a><a class="ttip-none" title="Youtube" href="https://www.youtube.com/@deltanews" target="_blank"><i class="fa fa-youtube"></i></a>			</div>				</div><!-- .container /-->			</div><!-- .top-menu /-->
		<div class="header-content">					<a id="slide-out-open" class="slide-out-open" href="#"><span></span></a>
			<div class="logo" style=" margin-top:15px; margin-bottom:15px;">
			<h2>								<a title="{SITE}" href="{HOST}/">
					<img src="{UP}/2023/05/logo.png" alt="{SITE}" width="250" height="70" /><strong>{SITE} {TAGLINE}</strong>				</a>			</h2>			</div><!-- .logo /-->
			<div class="e3lan e3lan-top">			<a href="{HOST}/advertise/" title="" target="_blank">
				<img src="{UP}/2024/01/top-banner-728x90.jpg" alt="" />			</a>				</div>			<div class="clear"></div>		</div>
							<nav id="main-nav" class="fixed-enabled">
				<div class="container">
					<div class="main-menu"><ul id="menu-main" class="menu">{menu}</ul></div>										<a href="{HOST}/?tierand=1" class="random-article ttip" title="مقال عشوائي"><i class="fa fa-random"></i></a>				</div>			</nav><!-- .main-nav /-->					</header><!-- #header /-->	<div class="clear"></div>
	<div id="breaking-news" class="breaking-news">
		<span class="breaking-news-title"><i class="fa fa-bolt"></i> <span>أخبار عاجلة</span></span>
					<ul>
{items}					</ul>
		<script type="text/javascript">
			jQuery(document).ready(function(){{ jQuery('#breaking-news ul').innerFade({{animationType: 'fade', speed: 750 , timeout: 3500}}); }});					</script>	</div> <!-- .breaking-news -->
"""


def _article(article: Article, n: int, url: str, page: Page) -> str:
    """single.php: crumbs, the post (head, post-inner, Sahifa's JSON-LD), tags, author box,
    post navigation, related posts."""
    local, slug = article.moment.replace(tzinfo=None), int(article.slug)
    cat_url = f"{HOST}/category/{CATS[article.section]}/"
    login, account, bio = ACCOUNTS[n]
    count, views = len(COMMENTS.get(n, ())), f"{VIEWS[n]:,} مشاهدة"
    image = f"{UP}/{local:%Y/%m}/{article.slug}.jpg"
    head_img = "" if n == 2 else f'\n\t\t<div class="single-post-thumb">\n\t\t\t<img width="660" height="330" src="{image[:-4]}-660x330.jpg" class="attachment-slider size-slider wp-post-image" alt="" decoding="async" fetchpriority="high" />\t\t</div>'
    if article.caption != "-":
        head_img += f'\n\t\t\t<div class="single-post-caption">{e(article.caption)}</div> '
        page.add(article.caption)
    text = "\r\n\r\n".join(((BYLINE,) if n == 1 else ()) + (article.lead, *article.paragraphs))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "dateCreated": article.moment.isoformat(), "datePublished": article.moment.isoformat(), "dateModified": (article.moment + timedelta(minutes=26)).isoformat(),
          "headline": article.headline, "name": article.headline, "keywords": ",".join(article.tags), "url": url, "description": " ".join(text.split())[:200], "copyrightYear": str(local.year),
          "publisher": {"@id": "#Publisher", "@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{UP}/2023/05/logo@2x.png"}, "sameAs": ["https://www.facebook.com/deltanews.eg", "https://twitter.com/deltanews_eg"]},
          "sourceOrganization": {"@id": "#Publisher"}, "copyrightHolder": {"@id": "#Publisher"}, "mainEntityOfPage": {"@type": "WebPage", "@id": url, "breadcrumb": {"@id": "#Breadcrumb"}},
          "author": {"@type": "Person", "name": account, "url": f"{HOST}/author/{login}/"}, "articleSection": article.section, "articleBody": text}
    if n != 2:
        ld["image"] = {"@type": "ImageObject", "url": image, "width": 1050, "height": 525}
    crumbs = {"@context": "http://schema.org", "@type": "BreadcrumbList", "@id": "#Breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "item": {"name": "الرئيسية", "@id": f"{HOST}/"}}, {"@type": "ListItem", "position": 2, "item": {"name": article.section, "@id": cat_url}}]}
    ld_s, crumbs_s = (json.dumps(x, separators=(",", ":")).replace("/", "\\/") for x in (ld, crumbs))
    share = "".join(f'\n\t\t<li><a href="{href.format(u=url, t=quote(article.headline))}" class="social-{cls}" rel="external" target="_blank"><i class="fa fa-{icon}"></i> <span>{label}</span></a></li>' for cls, icon, href, label in SHARE)
    tag_links = " ".join(f'<a href="{HOST}/tag/{quote(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in article.tags)
    tag_cls = " ".join(f"tag-{quote(t.replace(' ', '-')).lower()}" for t in article.tags)
    prev_t, next_t = POOL[(n + 8) % len(POOL)], POOL[(n + 11) % len(POOL)]
    nav_next = "" if n == 2 else f'<a href="{_link(slug + 9)}" rel="next"><span>التالي</span> {e(next_t)}</a>'
    related = []
    for k, title in enumerate(article.related):
        when, pid = local - timedelta(days=1 + 4 * k, hours=3 * k), slug - 41 * (k + 1)
        page.add(title, _shown(when))
        thumb = "" if k == 2 else "\n\t\t" + _thumb(pid, f"rel-{pid}", "tie-medium", "310x165")
        related.append(f'\t<div class="related-item">{thumb}\n\t\t<h3><a href="{_link(pid)}" rel="bookmark">{e(title)}</a></h3>\n\t\t<p class="post-meta">{_tie(when)}</p>\n\t</div>')
    page.add("الرئيسية", article.section, account, _shown(local), _label(count), views, "شاركها",
             *(label for *_, label in SHARE), "الوسوم " + " ".join(article.tags), f"عن {account}",
             bio, f"السابق {prev_t}", *(() if n == 2 else (f"التالي {next_t}",)), "مقالات مشابهة")
    return f"""	<div class="content">
		<nav id="crumbs"><a href="{HOST}/"><span class="fa fa-home" aria-hidden="true"></span> الرئيسية</a><span class="delimiter">/</span><a href="{cat_url}">{article.section}</a><span class="delimiter">/</span><span class="current">{e(article.headline)}</span></nav><script type="application/ld+json">{crumbs_s}</script>
		<article class="post-listing post-{slug} post type-post status-publish format-standard{"" if n == 2 else " has-post-thumbnail"}  category-{CATS[article.section]} {tag_cls}" id="the-post">{head_img}

			<div class="post-inner">							<h1 class="name post-title entry-title"><span itemprop="name">{e(article.headline)}</span></h1>

<p class="post-meta">
	<span class="post-meta-author"><i class="fa fa-user"></i><a href="{HOST}/author/{login}/" title="">{account} </a></span>
		<span class="tie-date"><i class="fa fa-clock-o"></i>{_shown(local)}</span>
	<span class="post-cats"><i class="fa fa-folder"></i><a href="{cat_url}" rel="category tag">{article.section}</a></span>
	<span class="post-comments"><i class="fa fa-comments"></i><a href="{url}#{"comments" if count else "respond"}">{_label(count)}</a></span>
<span class="post-views"><i class="fa fa-eye"></i>{views}</span> </p><div class="clear"></div>
				<div class="entry">
					{_entry(article, n, page)}									</div><!-- .entry /-->
				<div class="share-post">
	<span class="share-text">شاركها</span>
		<ul class="flat-social">{share}		</ul>		<div class="clear"></div></div> <!-- .share-post -->				<div class="clear"></div>			</div><!-- .post-inner -->
			<script type="application/ld+json">{ld_s}</script>		</article><!-- .post-listing -->
		<p class="post-tag">الوسوم {tag_links}</p>
		<div class="e3lan e3lan-post">			<a href="{HOST}/advertise/" title="" target="_blank"><img src="{UP}/2024/01/post-banner-468x60.jpg" alt="" /></a>				</div>
		<section id="author-box">
			<div class="block-head"><h3>عن {account} </h3><div class="stripe-line"></div></div>
			<div class="post-listing"><div class="author-bio">
	<div class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/{login.replace("-", "")}?s=90&#038;d=mm&#038;r=g' class='avatar avatar-90 photo' height='90' width='90' />	</div><!-- #author-avatar -->
			<div class="author-description">{bio}		</div><!-- #author-description -->
			<div class="author-social flat-social"></div>		<div class="clear"></div></div></div>		</section><!-- #author-box -->
		<div class="post-navigation">
			<div class="post-previous"><a href="{_link(slug - 6)}" rel="prev"><span>السابق</span> {e(prev_t)}</a></div>
			<div class="post-next">{nav_next}</div>		</div><!-- .post-navigation -->
		<section id="related_posts">
		<div class="block-head"><h3>مقالات مشابهة</h3><div class="stripe-line"></div></div>
		<div class="post-listing">
{chr(10).join(related)}						<div class="clear"></div>		</div>	</section>
{_comments(n, article, url, page)}	</div><!-- .content -->"""


def _footer(n: int, page: Page) -> str:
    copyright_line = f"© حقوق النشر {TODAY[n].year}، جميع الحقوق محفوظة لـ {SITE}"
    recent = _recent(n)[:3]
    page.add(FOOT_ABOUT, "أخر المقالات", "روابط مهمة", *FOOT_LINKS, copyright_line, POWERED)
    items = "\n".join(f'<li>{_thumb(pid, f"recent-{pid}")}\n<h3><a href="{_link(pid)}">{e(t)}</a></h3> {_tie(when)}</li>' for pid, t, when in recent)
    links = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{HOST}/page-{k}/">{t}</a></li>' for k, t in enumerate(FOOT_LINKS))
    return f"""<footer id="theme-footer">
	<div id="footer-widget-area" class="footer-3c">
			<div id="footer-first" class="footer-widgets-box">
			<div id="text-html-widget-2" class="text-html-box" ><div class="entry" style="margin-top:20px;"><img src="{UP}/2023/05/logo-footer.png" alt="{SITE}" width="200" height="56" />
<p style="margin-top:15px;">{FOOT_ABOUT}</p></div></div>		</div><!-- #first .widget-area -->
			<div id="footer-second" class="footer-widgets-box">
			<div id="posts-list-widget-2" class="footer-widget posts-list"><div class="footer-widget-top"><h4>أخر المقالات		</h4></div>
						<div class="footer-widget-container">				<ul>
{items}				</ul>		<div class="clear"></div>	</div></div><!-- .widget /-->		</div><!-- #second .widget-area -->
			<div id="footer-third" class="footer-widgets-box">
			<div id="nav_menu-2" class="footer-widget widget_nav_menu"><div class="footer-widget-top"><h4>روابط مهمة</h4></div><div class="footer-widget-container"><div class="menu-footer-container"><ul id="menu-footer" class="menu">{links}</ul></div></div></div><!-- .widget /-->		</div><!-- #third .widget-area -->	</div><!-- #footer-widget-area -->	<div class="clear"></div></footer><!-- .Footer /--><div class="clear"></div>
<div class="footer-bottom">
	<div class="container">
		<div class="alignright">
			{copyright_line}		</div>
		<div class="alignleft">
			Powered by <a href="https://wordpress.org">WordPress</a> | Theme by <a href="https://tielabs.com/">TieLabs</a>		</div>		<div class="clear"></div>	</div><!-- .Container --></div><!-- .Footer bottom --></div><!-- .inner-Wrapper --></div><!-- #Wrapper --></div><!-- .Wrapper-outer -->"""


def render(article: Article, n: int) -> Page:
    url = _link(article.slug)
    page = Page(url=url, html="", shown_date=_shown(article.moment.replace(tzinfo=None)))
    body_text = " ".join(((BYLINE,) if n == 1 else ()) + (article.lead, *article.paragraphs))
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar" prefix="og: http://ogp.me/ns#">
{_head(article, n, url, body_text)}
<body id="top" class="rtl post-template-default single single-post postid-{article.slug} single-format-standard lazy-enabled">

{_header(article, n, page)}	<div id="main-content" class="container">
{_article(article, n, url, page)}
{_sidebar(n, page)}	<div class="clear"></div></div><!-- .container /-->

{_footer(n, page)}
	<div id="topcontrol" class="fa fa-angle-up" title="إلى الأعلى"></div>
<div id="fb-root"></div>
<script type="text/javascript" id="tie-scripts-js-extra">/* <![CDATA[ */
var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"1","reading_indicator":"","lang_no_results":"\\u0644\\u0627 \\u062a\\u0648\\u062c\\u062f \\u0646\\u062a\\u0627\\u0626\\u062c","lang_results_found":"\\u0646\\u062a\\u0627\\u0626\\u062c"}};
/* ]]> */</script>
<script type="text/javascript" src="{THEME}/js/tie-scripts.js?ver=6.4.3" id="tie-scripts-js"></script>
<script type="text/javascript" src="{THEME}/js/ilightbox.packed.js?ver=6.4.3" id="tie-ilightbox-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script></body></html>
"""
    return page
