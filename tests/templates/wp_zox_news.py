"""A Libyan news site ("السرايا نيوز", Tripoli, +02:00 all year) on WordPress with MVP Themes'
Zox News theme (post Template 1, large navigation, RTL option on) and Yoast SEO, as the live
site serves a single post. The head: Zox's own og/twitter tags first (before `wp_head`), then
the Yoast block (`<title>` "headline - السرايا نيوز", og:locale ar_AR, `article:published_time`
in UTC `+00:00`, the twitter author / reading-time labels, the `yoast-schema-graph` JSON-LD),
the block library, Zox's `style.css` with its `mvp-custom-style-inline-css`, reset, Font
Awesome, Google fonts, `css/rtl.css` and `media-queries-rtl.css`. The body: the fly-out menu
(`#mvp-fly-wrap`, its "Connect with us" head left untranslated), the search overlay, the large
nav (`#mvp-main-nav-top` with the hidden `h2.mvp-logo-title` and the `.mvp-drop-nav-title h4`
that repeats the headline, `#mvp-main-nav-bot` whose category items carry the mega dropdown of
five post titles each). Then `article#mvp-article-wrap` (NewsArticle microdata):
`header#mvp-post-head` with `h3.mvp-post-cat`, `h1.mvp-post-title`, on page 3 the excerpt
`span.mvp-post-excerpt`, and `.mvp-author-info-wrap` (avatar, "نشرت منذ ... في" + `time.post-date`
whose `datetime` is the bare local day, "بواسطة" + author link). In `#mvp-post-content`: the
featured image `#mvp-post-feat-img` (page 1 with the `span.mvp-feat-caption` credit, page 3
without; page 2 has none, only `.mvp-post-img-hide` pointing at WordPress's default.svg), the
MVP Social Buttons bar and the mobile bar ("Share"/"Tweet"), `#mvp-content-main` with the
Gutenberg paragraphs (page 1 bolds and links a phrase, page 2 links its statement and has an
`h2.wp-block-heading`, page 3 bolds a name and carries an "اقرأ أيضاً:" paragraph and a
YouTube embed with figcaption), `#mvp-content-bot` (`.mvp-post-tags` "مواضيع ذات صلة:" with
the tag links run together, `#mvp-prev-next-wrap` "التالي"/"لا تفوتك"), the "متابعة القراءة"
button, the ad label, `#mvp-related-posts` "قد يعجبك أيضاً", the comments button and
`#comments` (mvp_comment items with `cite.fn` and "date في time", a reply by the writer on
page 1, the WordPress comment form). The sidebar `#mvp-side-wrap` holds the Side Tabber widget
("الأحدث"/"الأكثر رواجاً", category + "منذ ..." + title) and a Flexible Posts widget
"المزيد من الأخبار" with 20-word excerpts; `#mvp-post-more-wrap` "الأكثر رواجاً" follows; the
footer has the footer menu and the copyright line. Page 2's story was posted at 00:50 Tripoli
time, so Yoast's UTC instant falls on the day before the date the page shows."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_zox_news"
HELD_OUT = True
SET = "unseen21"
FAMILY = "WordPress + Zox News theme (Libya): mvp-post-main, author-info date/byline, mega menu, tabber/flex widgets, related, trending, comments"
HOST = "https://zox-news-ly.example"
SITE = "السرايا نيوز"
TAGLINE = "أخبار ليبيا لحظة بلحظة"
LOCAL = timedelta(hours=2)
THEME = f"{HOST}/wp-content/themes/zox-news"
VER = "6.4.3"
CATS = {"محليات": "local", "اقتصاد": "economy", "رياضة": "sport", "دولي": "world",
        "منوعات": "variety"}
POOL = (
    ("محليات", "بلدية سوق الجمعة تبدأ صيانة شبكة تصريف مياه الأمطار قبل الشتاء"),
    ("اقتصاد", "ارتفاع صادرات النفط الليبي إلى 1.2 مليون برميل يوميا"),
    ("رياضة", "الاتحاد يتعادل مع الأخضر في قمة الأسبوع الخامس من الدوري"),
    ("محليات", "افتتاح قسم جديد لغسيل الكلى في مستشفى الجلاء ببنغازي"),
    ("اقتصاد", "الغرفة التجارية تطالب بتسهيل إجراءات الاعتمادات المستندية"),
    ("رياضة", "منتخب ليبيا للشباب يواجه مصر وديا استعدادا لتصفيات أمم إفريقيا"),
    ("محليات", "إغلاق مؤقت لطريق المطار في طرابلس لاستكمال أعمال الجسر"),
    ("اقتصاد", "أسعار الذهب في سوق المشير تسجل أعلى مستوى لها منذ عامين"),
    ("رياضة", "نادي المدينة يعلن تعيين مدرب جزائري لفريقه الأول"),
    ("محليات", "حملة لتطعيم الأطفال ضد الحصبة في بلديات الجنوب"),
    ("اقتصاد", "افتتاح معرض طرابلس الدولي بمشاركة 300 شركة محلية وأجنبية"),
    ("رياضة", "السويحلي يتأهل إلى دور الثمانية في كأس ليبيا"),
    ("محليات", "وزارة التعليم تعلن مواعيد امتحانات الشهادة الثانوية"),
    ("اقتصاد", "المؤسسة الوطنية للنفط تعلن اكتشافا غازيا جديدا في حوض غدامس"),
    ("رياضة", "بطولة وطنية للكاراتيه في مصراتة بمشاركة 400 لاعب"),
    ("دولي", "قمة مغاربية مرتقبة في الجزائر لبحث ملفات الهجرة والطاقة"),
    ("منوعات", "مهرجان غدامس السياحي يعود بعد انقطاع بمشاركة فرق شعبية"),
    ("دولي", "تونس وليبيا تتفقان على تسهيل حركة الشاحنات عبر المنافذ البرية"),
)
FLEX = (
    ("منوعات", "شباب من درنة يطلقون مبادرة لإعادة تشجير وادي الكوف",
     "يسعى المتطوعون إلى زراعة خمسة آلاف شجرة قبل نهاية الموسم بالتعاون مع جمعيات أهلية ومدارس المدينة وعدد من المزارعين..."),
    ("محليات", "تسيير رحلات جوية إضافية بين سبها وطرابلس خلال العطلة",
     "أعلنت شركة الخطوط الجوية أنها ستضيف ثلاث رحلات أسبوعية لتلبية الطلب المتزايد على السفر خلال فترة العطلة المدرسية..."),
    ("اقتصاد", "مزارعو الجفرة يبدأون جني محصول التمور وسط توقعات بإنتاج وفير",
     "يتوقع المزارعون أن يتجاوز الإنتاج هذا العام ثلاثين ألف طن بعد موسم أمطار جيد وتراجع الإصابة بسوسة النخيل الحمراء..."),
    ("دولي", "مالطا تستأنف إصدار التأشيرات للمواطنين الليبيين الأسبوع المقبل",
     "قالت السفارة إن المواعيد ستتاح عبر منصة إلكترونية جديدة وإن مدة معالجة الطلبات لن تتجاوز خمسة عشر يوم عمل..."),
)
AGO = ("منذ 3 ساعات", "منذ 5 ساعات", "منذ 7 ساعات", "منذ 9 ساعات", "منذ 4 أيام", "منذ 6 أيام")
POST_AGO = {1: "منذ 3 أسابيع", 2: "منذ 5 أشهر", 3: "منذ 4 أيام"}
POSTER = {1: ("huda-alwarfalli", None), 2: ("editorial", "فريق التحرير"),
          3: ("sports-desk", "القسم الرياضي")}
READ = {1: "دقيقتان", 2: "دقيقة واحدة", 3: "دقيقة واحدة"}
FLY = ("الرئيسية", "محليات", "اقتصاد", "رياضة", "دولي", "منوعات", "مقالات الرأي", "فيديو",
       "من نحن")
FLY_SUB = ("صحة", "تقنية", "ثقافة")
NAV = ("الرئيسية", "محليات", "اقتصاد", "رياضة", "دولي", "منوعات", "فيديو")
FOOT = ("من نحن", "اتصل بنا", "سياسة الخصوصية", "أعلن معنا")
COPY = "جميع الحقوق محفوظة © 2025 السرايا نيوز"
SOCIAL = (("facebook-f", "https://www.facebook.com/alsaraya.news.ly"),
          ("twitter", "https://twitter.com/alsaraya_ly"),
          ("youtube", "https://www.youtube.com/@alsarayanews"))
BOLD = {1: (0, "سوق المشير التاريخي"), 3: (1, "محمد الفيتوري")}
LINK = {1: (2, "جهاز إدارة المدينة القديمة", f"{HOST}/tag/مدينة-طرابلس-القديمة/"),
        2: (1, "بيان نشره على صفحته الرسمية", "https://www.facebook.com/cbl.ly/posts/8841")}
HEADING = {2: 2}
EXCERPT = {3: "سبعون متسابقا من اثني عشر ناديا يتنافسون على أربع مراحل حتى البيضاء"}
READ_ALSO = {3: (1, "الاتحاد الليبي للدراجات يعلن مواعيد بطولة المضمار")}
VIDEO = {3: (2, "Kq7bW3tZx1E", "لقطات من انطلاق المرحلة الأولى على كورنيش بنغازي")}
PREVNEXT = {1: ("ترميم قلعة غدامس القديمة يدخل مرحلته الأخيرة", "بلدية طرابلس المركز تطلق تطبيقا للإبلاغ عن الأعطال"),
            2: ("المصرف الليبي الخارجي يطلق خدمة التحويل الفوري", "ارتفاع أسعار الإسمنت في السوق المحلية"),
            3: (None, "الأهلي طرابلس يستعيد صدارة الدوري بفوز صعب")}
COMMENTS = {
    1: (("سالم الزنتاني", 0, (12, 13, 22), "خطوة طيبة، نتمنى أن تشمل بقية أسواق المدينة القديمة مثل سوق الترك وسوق الربع."),
        ("هدى الورفلي", 1, (12, 14, 5), "شكرا لك، وبحسب الجهاز فإن سوق الترك مدرج ضمن المرحلة الثالثة."),
        ("أم أنس", 0, (13, 9, 47), "المهم المحافظة عليه بعد الافتتاح، لا أن يعود كما كان خلال سنة.")),
    2: (("عبدالرحمن", 0, (11, 8, 14), "المرتب نزل في الحساب لكن الفرع ما فيه سيولة، نفس القصة كل عيد."),),
    3: (),
}
FORM = ("لن يتم نشر عنوان بريدك الإلكتروني.", "الحقول الإلزامية مشار إليها بـ *", "التعليق *",
        "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني",
        "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.")
LABELS = ("Share", "Tweet", "Connect with us", "مواضيع ذات صلة:", "متابعة القراءة", "إعلان",
          "قد يعجبك أيضاً", "اترك تعليقاً", "إلغاء الرد", "الأحدث", "الأكثر رواجاً",
          "المزيد من الأخبار", "بواسطة", "نشرت", SITE, COPY)


def _date(local) -> str:
    """WordPress's Arabic `j F، Y`."""
    return f"{local.day} {MONTHS[local.month - 1]}، {local.year}"


def _time(hour: int, minute: int) -> str:
    return f"{hour % 12 or 12}:{minute:02d} {'ص' if hour < 12 else 'م'}"


def _cd(cat: str, ago: str) -> str:
    return (f'<span class="mvp-cd-cat left relative">{cat}</span>'
            f'<span class="mvp-cd-date left relative">{ago}</span>')


def _img(slug: str, size: str, cls: str) -> str:
    return (f'<img width="{size.split("x")[0]}" height="{size.split("x")[1]}" '
            f'src="{HOST}/wp-content/uploads/{slug}-{size}.jpg" class="{cls} wp-post-image" '
            f'alt="" decoding="async" loading="lazy" />')


def _paragraphs(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n in LINK and LINK[n][0] == k:
            _, words, href = LINK[n]
            html = html.replace(e(words), f'<a href="{e(href)}">{e(words)}</a>', 1)
        out.append(f'<h2 class="wp-block-heading">{html}</h2>' if HEADING.get(n) == k
                   else f"<p>{html}</p>")
        if n in READ_ALSO and READ_ALSO[n][0] == k:
            out.append(f'<p><strong>اقرأ أيضاً:</strong> <a href="{HOST}/sport/track-cycling-dates/">'
                       f"{e(READ_ALSO[n][1])}</a></p>")
        if n in VIDEO and VIDEO[n][0] == k:
            _, vid, cap = VIDEO[n]
            out.append(f'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n<iframe loading="lazy" title="{e(article.headline)}" width="740" height="416" src="https://www.youtube.com/embed/{vid}?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n</div><figcaption class="wp-element-caption">{e(cap)}</figcaption></figure>')
    return "\n\n\n\n".join(out)


def _comments(n: int, local, url: str, pid: int) -> tuple[str, list[str]]:
    lines, items = [], []
    for k, (who, depth, (day, hour, minute), text) in enumerate(COMMENTS[n]):
        when = f"{_date(local.replace(day=day))} في {_time(hour, minute)}"
        lines += [who, when, text, "رد"]
        cls = "comment byuser bypostauthor odd alt depth-2" if depth else \
            f"comment {'even' if k % 2 == 0 else 'odd alt'} thread-{'even' if k % 2 == 0 else 'odd'} depth-1"
        cid = pid * 10 + k
        li = f"""	<li class="{cls}" id="li-comment-{cid}">\n\t\t<div class="comment-wrapper" id="comment-{cid}">\n\t\t\t<div class="comment-inner">\n\t\t\t\t<div class="comment-avatar">
					<img alt='' src='https://secure.gravatar.com/avatar/{cid:032x}?s=46&#038;d=mm&#038;r=g' class='avatar avatar-46 photo' height='46' width='46' loading='lazy' decoding='async'/>				</div>\n\t\t\t\t<div class="commentmeta">\n\t\t\t\t\t<p class="comment-meta-1">\n\t\t\t\t\t\t<cite class="fn">{e(who)}</cite> 					</p>
					<p class="comment-meta-2">\n\t\t\t\t\t\t{when}					</p>\n\t\t\t\t</div>\n\t\t\t\t<div class="text">\n\t\t\t\t\t<div class="c">\n\t\t\t\t\t\t<p>{e(text)}</p>\n\t\t\t\t\t</div>\n\t\t\t\t</div><!-- .text  -->\n\t\t\t\t<div class="clear"></div>
				<div class="comment-reply"><span class="reply"><a rel='nofollow' class='comment-reply-link' href='{url}?replytocom={cid}#respond' data-commentid="{cid}" data-postid="{pid}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="الرد على {e(who)}" aria-label='الرد على {e(who)}'>رد</a></span></div>
			</div><!-- comment-inner  -->\n\t\t</div><!-- comment-wrapper  -->\n\t"""
        if depth:
            items.append('<ul class="children">\n' + li + "</li><!-- #comment-## -->\n</ul><!-- .children -->\n")
        else:
            if items and not depth:
                items.append("</li><!-- #comment-## -->\n")
            items.append(li)
    count = len(COMMENTS[n])
    label = {0: "انقر للتعليق", 1: "تعليق واحد"}.get(count, f"{count} تعليقات")
    head = ""
    if count:
        head = (f'<h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">\n\t\t\t'
                f'{label}\t\t</span></h4>\n\t<ol class="commentlist">\n{"".join(items)}'
                "</li><!-- #comment-## -->\n\t</ol>\n")
    form = "".join(f'<p class="comment-form-{f}"><label for="{f}">{lab} <span class="required">*</span></label> <input id="{f}" name="{f}" type="text" value="" size="30" required /></p>\n'
                   for f, lab in (("author", "الاسم"), ("email", "البريد الإلكتروني")))
    html = f"""<div id="mvp-comments-button" class="left relative mvp-com-click">\n\t<span class="mvp-comment-but-text">{label}</span>\n</div><!--mvp-comments-button-->\n<div id="comments" class="mvp-com-click-id-{pid} mvp-com-click-main">\n\t{head}	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">اترك تعليقاً</span></h4> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{FORM[0]}</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>{form}<p class="comment-form-url"><label for="url">الموقع الإلكتروني</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{FORM[6]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />\n<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>	</div><!-- #respond -->\n\t</div><!--comments-->"""
    return html, lines + [label]


def _list(items, start: int, count: int) -> list:
    return [items[(start + k) % len(items)] for k in range(count)]


def render(article: Article, n: int) -> Page:
    local = article.moment.astimezone(UTC) + LOCAL
    utc = article.moment.astimezone(UTC)
    pid = int(article.slug)
    slug = f"{local:%Y/%m/%d}/{pid}"
    url = f"{HOST}/{slug}/"
    shown = _date(local)
    page = Page(url=url, html="", shown_date=shown)
    user, desk = POSTER[n]
    author = article.author or desk
    cat_slug = CATS[article.section]
    cat_url = f"{HOST}/category/{cat_slug}/"
    img = {1: f"2024/03/souq-almushir-{pid}", 3: f"2025/01/tour-libya-{pid}"}.get(n)
    caption = article.caption if article.caption != "-" else ""
    modified = utc + timedelta(hours=20) if n == 1 else utc
    ago = POST_AGO[n]
    page.add(*LABELS, *FLY, *FLY_SUB, *NAV, *FOOT, article.section, author, ago, shown,
             f"نشرت {ago} في {shown}", f"بواسطة {author}", caption, EXCERPT.get(n, ""))
    # header nav: mega dropdown on the three category items
    mega = {}
    for cat in ("محليات", "اقتصاد", "رياضة"):
        titles = _list([t for c, t in POOL if c == cat], n, 5)
        page.add(*titles)
        mega[cat] = "".join(f'<li><a href="{HOST}/{CATS[cat]}-{k}/"><div class="mvp-mega-img">'
                            f'{_img(f"2024/05/mega-{k}", "400x240", "attachment-mvp-mid-thumb size-mvp-mid-thumb")}'
                            f"</div><p>{e(t)}</p></a></li>" for k, t in enumerate(titles))
    nav = []
    for k, label in enumerate(NAV):
        if label in mega:
            nav.append(f'<li id="menu-item-{310 + k}" class="mvp-mega-dropdown menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{310 + k}"><a href="{HOST}/category/{CATS[label]}/">{label}</a><div class="mvp-mega-dropdown"><div class="mvp-main-box"><ul class="mvp-mega-list">{mega[label]}</ul></div></div></li>')
        else:
            nav.append(f'<li id="menu-item-{310 + k}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{310 + k}"><a href="{HOST}/{"" if k == 0 else CATS.get(label, "video") + "/"}">{label}</a></li>')
    fly = []
    for k, label in enumerate(FLY):
        sub = ""
        if label == "منوعات":
            sub = '\n<ul class="sub-menu">\n' + "".join(f'\t<li id="menu-item-{290 + j}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{290 + j}"><a href="{HOST}/category/variety/{j}/">{s}</a></li>\n' for j, s in enumerate(FLY_SUB)) + "</ul>\n"
        fly.append(f'<li id="menu-item-{270 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category{" menu-item-has-children" if sub else ""} menu-item-{270 + k}"><a href="{HOST}/{k}/">{label}</a>{sub}</li>')
    soc = "\n".join(f'\t\t\t<li><a href="{href}" target="_blank" class="fab fa-{icon}"></a></li>' for icon, href in SOCIAL)
    # sidebar: tabber + flex widget; trending block under the article
    def tab(rows, col):
        out = []
        for j, (cat, title) in enumerate(rows):
            page.add(cat, title, AGO[(j + col) % len(AGO)])
            out.append(f'<a href="{HOST}/{pid - 40 - j - col}/" rel="bookmark">\n\t\t\t\t\t\t<div class="mvp-feat1-list-cont left relative">\n\t\t\t\t\t\t\t<div class="mvp-feat1-list-out relative">\n\t\t\t\t\t\t\t\t<div class="mvp-feat1-list-img left relative">\n\t\t\t\t\t\t\t\t\t{_img(f"2024/05/side-{j}", "80x80", "attachment-mvp-small-thumb size-mvp-small-thumb")}\t\t\t\t\t\t\t\t</div><!--mvp-feat1-list-img-->\n\t\t\t\t\t\t\t\t<div class="mvp-feat1-list-in">\n\t\t\t\t\t\t\t\t\t<div class="mvp-feat1-list-text">\n\t\t\t\t\t\t\t\t\t\t<div class="mvp-cat-date-wrap left relative">\n\t\t\t\t\t\t\t\t\t\t\t{_cd(cat, AGO[(j + col) % len(AGO)])}\n\t\t\t\t\t\t\t\t\t\t</div><!--mvp-cat-date-wrap-->\n\t\t\t\t\t\t\t\t\t\t<h2>{e(title)}</h2>\n\t\t\t\t\t\t\t\t\t</div><!--mvp-feat1-list-text-->\n\t\t\t\t\t\t\t\t</div><!--mvp-feat1-list-in-->\n\t\t\t\t\t\t\t</div><!--mvp-feat1-list-out-->\n\t\t\t\t\t\t</div><!--mvp-feat1-list-cont-->\n\t\t\t\t\t\t</a>')
        return "\n".join(out)
    flex = []
    for j, (cat, title, summary) in enumerate(_list(FLEX, n, 3)):
        page.add(cat, title, summary, AGO[j + 2])
        flex.append(f'<a href="{HOST}/{pid - 90 - j}/" rel="bookmark">\n\t\t\t\t<div class="mvp-flex-story left relative mvp-flex-row">\n\t\t\t\t\t<div class="mvp-flex-story-out right relative">\n\t\t\t\t\t\t<div class="mvp-flex-story-img left relative">\n\t\t\t\t\t\t\t{_img(f"2024/05/flex-{j}", "400x240", "mvp-reg-img")}\n\t\t\t\t\t\t</div><!--mvp-flex-story-img--->\n\t\t\t\t\t\t<div class="mvp-flex-story-in">\n\t\t\t\t\t\t\t<div class="mvp-flex-story-text left relative">\n\t\t\t\t\t\t\t\t<div class="mvp-cat-date-wrap left relative">\n\t\t\t\t\t\t\t\t\t{_cd(cat, AGO[j + 2])}\n\t\t\t\t\t\t\t\t</div><!--mvp-cat-date-wrap-->\n\t\t\t\t\t\t\t\t<h2 class="mvp-stand-title">{e(title)}</h2>\n\t\t\t\t\t\t\t\t<p>{e(summary)}</p>\n\t\t\t\t\t\t\t</div><!--mvp-flex-story-text--->\n\t\t\t\t\t\t</div><!--mvp-flex-story-in-->\n\t\t\t\t\t</div><!--mvp-flex-story-out-->\n\t\t\t\t</div><!--mvp-flex-story-->\n\t\t\t\t</a>')
    trend = []
    for j, (cat, title) in enumerate(_list(POOL, 5 * n + 11, 4)):
        page.add(cat, title, AGO[j])
        trend.append(f'<a href="{HOST}/{pid - 7 - j}/" rel="bookmark">\n\t\t\t\t\t\t<li>\n\t\t\t\t\t\t\t<div class="mvp-post-more-img left relative">\n\t\t\t\t\t\t\t\t{_img(f"2024/05/trend-{j}", "400x240", "mvp-reg-img")}\n\t\t\t\t\t\t\t</div><!--mvp-post-more-img-->\n\t\t\t\t\t\t\t<div class="mvp-post-more-text left relative">\n\t\t\t\t\t\t\t\t<div class="mvp-cat-date-wrap left relative">\n\t\t\t\t\t\t\t\t\t{_cd(cat, AGO[j])}\n\t\t\t\t\t\t\t\t</div><!--mvp-cat-date-wrap-->\n\t\t\t\t\t\t\t\t<p>{e(title)}</p>\n\t\t\t\t\t\t\t</div><!--mvp-post-more-text-->\n\t\t\t\t\t\t</li>\n\t\t\t\t\t\t</a>')
    related = "".join(f'\n\t\t\t\t\t\t<a href="{HOST}/{pid - 300 - j}/" rel="bookmark">\n\t\t\t\t\t\t<li>\n\t\t\t\t\t\t\t<div class="mvp-related-img left relative">\n\t\t\t\t\t\t\t\t{_img(f"2024/02/rel-{j}", "400x240", "mvp-reg-img")}\n\t\t\t\t\t\t\t</div><!--mvp-related-img-->\n\t\t\t\t\t\t\t<div class="mvp-related-text left relative">\n\t\t\t\t\t\t\t\t<p>{e(t)}</p>\n\t\t\t\t\t\t\t</div><!--mvp-related-text-->\n\t\t\t\t\t\t</li>\n\t\t\t\t\t\t</a>' for j, t in enumerate(article.related))
    page.add(*article.related, *(t for t in article.tags))
    nxt, prv = PREVNEXT[n]
    prevnext = ""
    for label, title, side, arrow in (("التالي", nxt, "right", "right"), ("لا تفوتك", prv, "left", "left")):
        if title:
            page.add(label, title)
            prevnext += f'\n\t\t\t\t<div class="mvp-{"next" if side == "right" else "prev"}-post-wrap {side} relative">\n\t\t\t\t\t<a href="{HOST}/{pid + (1 if side == "right" else -1)}/" rel="bookmark">\n\t\t\t\t\t<div class="mvp-prev-next-cont left relative">\n\t\t\t\t\t\t<div class="mvp-prev-next-text left relative">\n\t\t\t\t\t\t\t<span class="mvp-prev-next-label left relative">{label}</span>\n\t\t\t\t\t\t\t<p>{e(title)}</p>\n\t\t\t\t\t\t</div><!--mvp-prev-next-text-->\n\t\t\t\t\t\t<span class="mvp-{"next" if side == "right" else "prev"}-arr fas fa-chevron-{arrow} {side}"></span>\n\t\t\t\t\t</div><!--mvp-prev-next-cont-->\n\t\t\t\t\t</a>\n\t\t\t\t</div>'
    comments, lines = _comments(n, local, url, pid)
    page.add(*lines)
    if n in READ_ALSO:
        page.add("اقرأ أيضاً:", READ_ALSO[n][1], f"اقرأ أيضاً: {READ_ALSO[n][1]}")
    if n in VIDEO:
        page.add(VIDEO[n][2])
    page.add(*FORM)
    tag_links = "".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in article.tags)
    plain = " ".join((article.lead, *article.paragraphs))
    desc = EXCERPT.get(n) or " ".join(plain.split()[:55]) + " [&hellip;]"
    avatar = f"https://secure.gravatar.com/avatar/{pid * 7919:032x}?s=46&#038;d=mm&#038;r=g"
    image = f"{HOST}/wp-content/uploads/{img}-1000x600.jpg" if img else ""
    if img:
        feat = (f'<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">\n\t\t\t\t\t\t\t\t\t'
                f'{_img(img, "1000x600", "attachment- size-")}\n\t\t\t\t\t\t\t\t\t<meta itemprop="url" content="{image}">\n\t\t\t\t\t\t\t\t\t<meta itemprop="width" content="1000">\n\t\t\t\t\t\t\t\t\t<meta itemprop="height" content="600">\n\t\t\t\t\t\t\t\t</div><!--mvp-post-feat-img-->')
        if caption:
            feat += f'\n\t\t\t\t\t\t\t\t\t\t\t\t<span class="mvp-feat-caption">{e(caption)}</span>'
    else:
        feat = f'<div class="mvp-post-img-hide" itemprop="image" itemscope itemtype="https://schema.org/ImageObject">\n\t\t\t\t\t\t\t\t\t<meta itemprop="url" content="{HOST}/wp-includes/images/media/default.svg">\n\t\t\t\t\t\t\t\t\t<meta itemprop="width" content="48">\n\t\t\t\t\t\t\t\t\t<meta itemprop="height" content="64">\n\t\t\t\t\t\t\t\t</div><!--mvp-post-img-hide-->'
    excerpt = f'\n\t\t\t\t\t\t<span class="mvp-post-excerpt left"><p>{e(EXCERPT[n])}</p>\n</span>' if n in EXCERPT else ""
    iso = f"{utc:%Y-%m-%dT%H:%M:%S}+00:00"
    person = {"@type": "Person", "@id": f"{HOST}/#/schema/person/{pid:x}", "name": author,
              "url": f"{HOST}/author/{user}/"}
    graph = [{"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
              "author": {"name": author, "@id": person["@id"]}, "headline": article.headline,
              "datePublished": iso, "dateModified": f"{modified:%Y-%m-%dT%H:%M:%S}+00:00",
              "mainEntityOfPage": {"@id": url}, "wordCount": len(plain.split()),
              "commentCount": len(COMMENTS[n]), "publisher": {"@id": f"{HOST}/#organization"},
              **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image} if img else {}),
              "keywords": list(article.tags), "articleSection": [article.section], "inLanguage": "ar"},
             {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
              "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": iso,
              "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
             {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                 {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
                 {"@type": "ListItem", "position": 2, "name": article.headline}]},
             {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
              "description": TAGLINE, "inLanguage": "ar"},
             {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
              "url": f"{HOST}/", "sameAs": [h for _, h in SOCIAL]}, person]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                    separators=(",", ":"))
    og_img = (f'<meta property="og:image" content="{image}" />\n<meta name="twitter:image" content="{image}" />\n' if img else "")
    yoast_img = (f'\t<meta property="og:image" content="{image}" />\n\t<meta property="og:image:width" content="1000" />\n\t<meta property="og:image:height" content="600" />\n\t<meta property="og:image:type" content="image/jpeg" />\n' if img else "")
    mod_meta = f'\t<meta property="article:modified_time" content="{modified:%Y-%m-%dT%H:%M:%S}+00:00" />\n' if n == 1 else ""
    page.html = f"""<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8" >\n<meta name="viewport" id="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no" />\n<link rel="pingback" href="{HOST}/xmlrpc.php" />
<meta property="og:type" content="article" />\n{og_img}<meta property="og:url" content="{url}" />\n<meta property="og:title" content="{e(article.headline)}" />\n<meta property="og:description" content="{e(desc)}" />\n<meta name="twitter:card" content="summary">\n<meta name="twitter:url" content="{url}">
<meta name="twitter:title" content="{e(article.headline)}">\n<meta name="twitter:description" content="{e(desc)}">\n<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n
	<!-- This site is optimized with the Yoast SEO plugin v22.4 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>{e(article.headline)} - {SITE}</title>\n\t<meta name="description" content="{e(desc)}" />\n\t<link rel="canonical" href="{url}" />\n\t<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="article" />\n\t<meta property="og:title" content="{e(article.headline)} - {SITE}" />\n\t<meta property="og:description" content="{e(desc)}" />\n\t<meta property="og:url" content="{url}" />\n\t<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="{SOCIAL[0][1]}" />\n\t<meta property="article:published_time" content="{iso}" />\n{mod_meta}{yoast_img}	<meta name="author" content="{e(author)}" />\n\t<meta name="twitter:card" content="summary_large_image" />\n\t<meta name="twitter:creator" content="@alsaraya_ly" />
	<meta name="twitter:site" content="@alsaraya_ly" />\n\t<meta name="twitter:label1" content="كُتب بواسطة" />\n\t<meta name="twitter:data1" content="{e(author)}" />\n\t<meta name="twitter:label2" content="وقت القراءة المُقدّر" />\n\t<meta name="twitter:data2" content="{READ[n]}" />
	<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n\t<!-- / Yoast SEO plugin. -->\n\n\n<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات" href="{HOST}/comments/feed/" />\n<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='mvp-custom-style-css' href='{THEME}/style.css?ver={VER}' type='text/css' media='all' />\n<style id='mvp-custom-style-inline-css' type='text/css'>\n\n#mvp-foot-copy a {{\n\tcolor: #c8102e;\n\t}}\n\n#mvp-content-main p a,\n.mvp-post-add-main p a {{\n\tbox-shadow: inset 0 -4px 0 #c8102e;\n\t}}\n
span.mvp-widget-home-title,\nspan.mvp-post-cat,\nspan.mvp-feat1-pop-head {{\n\tbackground: #111111;\n\t}}\n\n#mvp-content-main p,\n.mvp-post-add-main p {{\n\tfont-family: 'Tajawal', sans-serif;\n\t}}\n</style>\n<link rel='stylesheet' id='mvp-reset-css' href='{THEME}/css/reset.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='fontawesome-css' href='{THEME}/font-awesome/css/all.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='mvp-fonts-css' href='//fonts.googleapis.com/css?family=Roboto%3A300%2C400%2C700%2C900%7CCairo%3A400%2C700%7CTajawal%3A400%2C500%2C700&#038;subset=arabic%2Clatin&#038;display=swap' type='text/css' media='all' />
<link rel='stylesheet' id='mvp-rtl-css' href='{THEME}/css/rtl.css?ver={VER}' type='text/css' media='all' />\n<link rel='stylesheet' id='mvp-media-queries-css' href='{THEME}/css/media-queries-rtl.css?ver={VER}' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />\n<meta name="generator" content="WordPress {VER}" />
<link rel='shortlink' href='{HOST}/?p={pid}' />\n<link rel="icon" href="{HOST}/wp-content/uploads/2023/02/cropped-saraya-icon-32x32.png" sizes="32x32" />\n</head>\n<body class="rtl post-template-default single single-post postid-{pid} single-format-standard">\n\t<div id="mvp-fly-wrap">
	<div id="mvp-fly-menu-top" class="left relative">\n\t\t<div class="mvp-fly-top-out left relative">\n\t\t\t<div class="mvp-fly-top-in">\n\t\t\t\t<div id="mvp-fly-logo" class="left relative">\n\t\t\t\t\t<a href="{HOST}/"><img src="{HOST}/wp-content/uploads/2023/02/saraya-logo-nav.png" alt="{SITE}" data-rjs="2" /></a>
				</div><!--mvp-fly-logo-->\n\t\t\t</div><!--mvp-fly-top-in-->\n\t\t\t<div class="mvp-fly-but-wrap mvp-fly-but-menu mvp-fly-but-click">\n\t\t\t\t<span></span>\n\t\t\t\t<span></span>\n\t\t\t\t<span></span>\n\t\t\t\t<span></span>\n\t\t\t</div><!--mvp-fly-but-wrap-->\n\t\t</div><!--mvp-fly-top-out-->\n\t</div><!--mvp-fly-menu-top-->
	<div id="mvp-fly-menu-wrap">\n\t\t<nav class="mvp-fly-nav-menu left relative">\n\t\t\t<div class="menu-flyout-container"><ul id="menu-flyout" class="menu">{chr(10).join(fly)}</ul></div>		</nav>\n\t</div><!--mvp-fly-menu-wrap-->\n\t<div id="mvp-fly-soc-wrap">\n\t\t<span class="mvp-fly-soc-head">Connect with us</span>
		<ul class="mvp-fly-soc-list left relative">\n{soc}\n\t\t</ul>\n\t</div><!--mvp-fly-soc-wrap-->\n</div><!--mvp-fly-wrap-->	<div id="mvp-site" class="left relative">\n\t\t<div id="mvp-search-wrap">\n\t\t\t<div id="mvp-search-box">\n\t\t\t\t<form method="get" id="searchform" action="{HOST}/">
	<input type="text" name="s" id="s" value="بحث" onfocus='if (this.value == "بحث") {{ this.value = ""; }}' onblur='if (this.value == "") {{ this.value = "بحث"; }}' />\n\t<input type="hidden" id="searchsubmit" value="بحث" />\n</form>			</div><!--mvp-search-box-->\n\t\t\t<div class="mvp-search-but-wrap mvp-search-click">
				<span></span>\n\t\t\t\t<span></span>\n\t\t\t</div><!--mvp-search-but-wrap-->\n\t\t</div><!--mvp-search-wrap-->\n\t\t<div id="mvp-site-wall" class="left relative">\n\t\t\t<div id="mvp-site-main" class="left relative">\n\t\t\t<header id="mvp-main-head-wrap" class="left relative">
				<nav id="mvp-main-nav-wrap" class="left relative">\n\t\t\t\t\t<div id="mvp-main-nav-top" class="left relative">\n\t\t\t\t\t\t<div class="mvp-main-box">\n\t\t\t\t\t\t\t<div id="mvp-nav-top-wrap" class="left relative">\n\t\t\t\t\t\t\t\t<div class="mvp-nav-top-right-out left relative">\n\t\t\t\t\t\t\t\t\t<div class="mvp-nav-top-right-in">
										<div class="mvp-nav-top-cont left relative">\n\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-top-left-out relative">\n\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-top-left">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-soc-wrap">
														<a href="{SOCIAL[0][1]}" target="_blank"><span class="mvp-nav-soc-but fab fa-facebook-f"></span></a>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<a href="{SOCIAL[1][1]}" target="_blank"><span class="mvp-nav-soc-but fab fa-twitter"></span></a>\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-soc-wrap-->
													<div class="mvp-fly-but-wrap mvp-fly-but-click left relative">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span></span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span></span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span></span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span></span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-fly-but-wrap-->
												</div><!--mvp-nav-top-left-->\n\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-top-left-in">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-top-mid left relative" itemscope itemtype="http://schema.org/Organization">
														<a class="mvp-nav-logo-reg" itemprop="url" href="{HOST}/"><img itemprop="logo" src="{HOST}/wp-content/uploads/2023/02/saraya-logo.png" alt="{SITE}" data-rjs="2" /></a>
														<a class="mvp-nav-logo-small" href="{HOST}/"><img src="{HOST}/wp-content/uploads/2023/02/saraya-logo-nav.png" alt="{SITE}" data-rjs="2" /></a>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<h2 class="mvp-logo-title">{SITE}</h2>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-drop-nav-title left">
															<h4>{e(article.headline)}</h4>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-drop-nav-title-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-top-mid-->\n\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-top-left-in-->\n\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-top-left-out-->\n\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-top-cont-->
									</div><!--mvp-nav-top-right-in-->\n\t\t\t\t\t\t\t\t\t<div class="mvp-nav-top-right">\n\t\t\t\t\t\t\t\t\t\t<span class="mvp-nav-search-but fa fa-search fa-2 mvp-search-click"></span>\n\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-top-right-->\n\t\t\t\t\t\t\t\t</div><!--mvp-nav-top-right-out-->\n\t\t\t\t\t\t\t</div><!--mvp-nav-top-wrap-->
						</div><!--mvp-main-box-->\n\t\t\t\t\t</div><!--mvp-main-nav-top-->\n\t\t\t\t\t<div id="mvp-main-nav-bot" class="left relative">\n\t\t\t\t\t\t<div id="mvp-main-nav-bot-cont" class="left">\n\t\t\t\t\t\t\t<div class="mvp-main-box">\n\t\t\t\t\t\t\t\t<div id="mvp-nav-bot-wrap" class="left">
									<div class="mvp-nav-bot-right-out left">\n\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-bot-right-in">\n\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-bot-cont left">\n\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-bot-left-out">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-bot-left-in">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-nav-menu left">
															<div class="menu-main-menu-container"><ul id="menu-main-menu" class="menu">{chr(10).join(nav)}</ul></div>														</div><!--mvp-nav-menu-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-bot-left-in-->\n\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-bot-left-out-->\n\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-bot-cont-->
										</div><!--mvp-nav-bot-right-in-->\n\t\t\t\t\t\t\t\t\t</div><!--mvp-nav-bot-right-out-->\n\t\t\t\t\t\t\t\t</div><!--mvp-nav-bot-wrap-->\n\t\t\t\t\t\t\t</div><!--mvp-main-nav-bot-cont-->\n\t\t\t\t\t\t</div><!--mvp-main-box-->\n\t\t\t\t\t</div><!--mvp-main-nav-bot-->\n\t\t\t\t</nav><!--mvp-main-nav-wrap-->
			</header><!--mvp-main-head-wrap-->\n\t\t\t<div id="mvp-main-body-wrap" class="left relative">	<article id="mvp-article-wrap" itemscope itemtype="http://schema.org/NewsArticle">\n\t\t\t<meta itemscope itemprop="mainEntityOfPage"  itemType="https://schema.org/WebPage" itemid="{url}"/>
						<div id="mvp-article-cont" class="left relative">\n\t\t\t<div class="mvp-main-box">\n\t\t\t\t<div id="mvp-post-main" class="left relative">\n\t\t\t\t\t\t\t\t\t\t<header id="mvp-post-head" class="left relative">
						<h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{cat_url}"><span class="mvp-post-cat left">{article.section}</span></a></h3>\n\t\t\t\t\t\t<h1 class="mvp-post-title left entry-title" itemprop="headline">{e(article.headline)}</h1>{excerpt}\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-author-info-wrap left relative">
								<div class="mvp-author-info-thumb left relative">\n\t\t\t\t\t\t\t\t\t<img alt='' src='{avatar}' class='avatar avatar-46 photo' height='46' width='46' decoding='async'/>								</div><!--mvp-author-info-thumb-->\n\t\t\t\t\t\t\t\t<div class="mvp-author-info-text left relative">
									<div class="mvp-author-info-date left relative">\n\t\t\t\t\t\t\t\t\t\t<p>نشرت</p> <span class="mvp-post-date">{ago}</span> <p>في</p> <span class="mvp-post-date updated"><time class="post-date updated" itemprop="datePublished" datetime="{local:%Y-%m-%d}">{shown}</time></span>
										<meta itemprop="dateModified" content="{modified + LOCAL:%Y-%m-%d}"/>\n\t\t\t\t\t\t\t\t\t</div><!--mvp-author-info-date-->\n\t\t\t\t\t\t\t\t\t<div class="mvp-author-info-name left relative" itemprop="author" itemscope itemtype="https://schema.org/Person">
										<p>بواسطة</p> <span class="author-name vcard fn author" itemprop="name"><a href="{HOST}/author/{user}/" title="مقالات بواسطة {e(author)}" rel="author">{e(author)}</a></span> 									</div><!--mvp-author-info-name-->\n\t\t\t\t\t\t\t\t</div><!--mvp-author-info-text-->\n\t\t\t\t\t\t\t</div><!--mvp-author-info-wrap-->
											</header>\n\t\t\t\t\t\t\t\t\t\t<div class="mvp-post-main-out left relative">\n\t\t\t\t\t\t<div class="mvp-post-main-in">\n\t\t\t\t\t\t\t<div id="mvp-post-content" class="left relative">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{feat}\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div id="mvp-content-wrap" class="left relative">
									<div class="mvp-post-soc-out right relative">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-post-soc-wrap left relative">\n\t\t<ul class="mvp-post-soc-list left relative">
			<a href="#" onclick="window.open('http://www.facebook.com/sharer.php?u={url}&amp;t={e(article.headline)}', 'facebookShare', 'width=626,height=436'); return false;" title="شارك على فيسبوك">\n\t\t\t<li class="mvp-post-soc-fb">\n\t\t\t\t<i class="fab fa-facebook-f" aria-hidden="true"></i>\n\t\t\t</li>\n\t\t\t</a>
			<a href="#" onclick="window.open('http://twitter.com/intent/tweet?text={e(article.headline)} -&amp;url={url}', 'twitterShare', 'width=626,height=436'); return false;" title="غرّد هذا المقال">\n\t\t\t<li class="mvp-post-soc-twit">\n\t\t\t\t<i class="fab fa-twitter" aria-hidden="true"></i>\n\t\t\t</li>\n\t\t\t</a>\n\t\t</ul>
	</div><!--mvp-post-soc-wrap-->\n\t<div id="mvp-soc-mob-wrap">\n\t\t<div class="mvp-soc-mob-out left relative">\n\t\t\t<div class="mvp-soc-mob-in">\n\t\t\t\t<div class="mvp-soc-mob-left left relative">\n\t\t\t\t\t<ul class="mvp-soc-mob-list left relative">
						<a href="#" onclick="window.open('http://www.facebook.com/sharer.php?u={url}', 'facebookShare', 'width=626,height=436'); return false;" title="شارك على فيسبوك">\n\t\t\t\t\t\t<li class="mvp-soc-mob-fb">\n\t\t\t\t\t\t\t<i class="fab fa-facebook-f" aria-hidden="true"></i><span class="mvp-soc-mob-fb">Share</span>\n\t\t\t\t\t\t</li>
						</a>\n\t\t\t\t\t\t<a href="#" onclick="window.open('http://twitter.com/share?text={e(article.headline)} -&amp;url={url}', 'twitterShare', 'width=626,height=436'); return false;" title="غرّد هذا المقال">\n\t\t\t\t\t\t<li class="mvp-soc-mob-twit">
							<i class="fab fa-twitter" aria-hidden="true"></i><span class="mvp-soc-mob-fb">Tweet</span>\n\t\t\t\t\t\t</li>\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t<a href="whatsapp://send?text={e(article.headline)} {url}"><div class="whatsapp-share"><span class="whatsapp-but1">\n\t\t\t\t\t\t<li class="mvp-soc-mob-what">
							<i class="fab fa-whatsapp" aria-hidden="true"></i>\n\t\t\t\t\t\t</li>\n\t\t\t\t\t\t</a>\n\n\t\t\t\t\t</ul>\n\t\t\t\t</div><!--mvp-soc-mob-left-->\n\t\t\t</div><!--mvp-soc-mob-in-->\n\t\t\t<div class="mvp-soc-mob-right left relative">\n\t\t\t\t<i class="fa fa-ellipsis-h" aria-hidden="true"></i>
			</div><!--mvp-soc-mob-right-->\n\t\t</div><!--mvp-soc-mob-out-->\n\t</div><!--mvp-soc-mob-wrap-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-post-soc-in">\n\t\t\t\t\t\t\t\t\t\t\t<div id="mvp-content-body" class="left relative">\n\t\t\t\t\t\t\t\t\t\t\t\t<div id="mvp-content-body-top" class="left relative">
																																							<div id="mvp-content-main" class="left relative">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t{_paragraphs(article, n)}\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-content-main-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div id="mvp-content-bot" class="left">
																												<div class="mvp-post-tags">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="mvp-post-tags-header">مواضيع ذات صلة:</span><span itemprop="keywords">{tag_links}</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-post-tags-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="posts-nav-link">
																													</div><!--posts-nav-link-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div id="mvp-prev-next-wrap" class="left relative">{prevnext}\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-prev-next-wrap-->
																																										<div class="mvp-org-wrap" itemprop="publisher" itemscope itemtype="https://schema.org/Organization">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-org-logo" itemprop="logo" itemscope itemtype="https://schema.org/ImageObject">
																<img src="{HOST}/wp-content/uploads/2023/02/saraya-logo.png"/>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<meta itemprop="url" content="{HOST}/wp-content/uploads/2023/02/saraya-logo.png">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-org-logo-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<meta itemprop="name" content="{SITE}">
														</div><!--mvp-org-wrap-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-content-bot-->\n\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-content-body-top-->\n\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-cont-read-wrap">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="mvp-cont-read-but-wrap left relative">
															<span class="mvp-cont-read-but">متابعة القراءة</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-cont-read-but-wrap-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div id="mvp-post-bot-ad" class="left relative">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="mvp-ad-label">إعلان</span>
															<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-4410276395178801" data-ad-slot="7712093518" data-ad-format="auto"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-post-bot-ad-->
																																								<div id="mvp-related-posts" class="left relative">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<h4 class="mvp-widget-home-title">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="mvp-widget-home-title">قد يعجبك أيضاً</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</h4>
																			<ul class="mvp-related-posts-list left related">{related}\n            		</ul>														</div><!--mvp-related-posts-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t{comments}\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-cont-read-wrap-->
											</div><!--mvp-content-body-->\n\t\t\t\t\t\t\t\t\t\t</div><!--mvp-post-soc-in-->\n\t\t\t\t\t\t\t\t\t</div><!--mvp-post-soc-out-->\n\t\t\t\t\t\t\t\t</div><!--mvp-content-wrap-->\n\t\t\t\t\t\t\t\t\t\t\t\t\t</div><!--mvp-post-content-->\n\t\t\t\t\t\t</div><!--mvp-post-main-in-->
													<div id="mvp-side-wrap" class="left relative theiaStickySidebar">\n\t\t\t\t\t\t<section id="mvp_tabber_widget-2" class="mvp-side-widget mvp_tabber_widget">\n\t\t\t<div class="mvp-widget-tab-wrap left relative">\n\t\t\t\t<div class="mvp-feat1-list-wrap left relative">
					<div class="mvp-feat1-list-head-wrap left relative">\n\t\t\t\t\t\t<ul class="mvp-feat1-list-buts left relative">\n\t\t\t\t\t\t\t<li class="mvp-feat-col-tab"><a href="#mvp-tab-col1"><span class="mvp-feat1-list-but">الأحدث</span></a></li>
															<li><a href="#mvp-tab-col2"><span class="mvp-feat1-list-but">الأكثر رواجاً</span></a></li>\n\t\t\t\t\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div><!--mvp-feat1-list-head-wrap-->\n\t\t\t\t\t<div id="mvp-tab-col1" class="mvp-feat1-list left relative mvp-tab-col-cont">\n\t\t\t\t\t\t{tab(_list(POOL, 3 * n, 5), 0)}
					</div><!--mvp-tab-col1-->\n\t\t\t\t\t<div id="mvp-tab-col2" class="mvp-feat1-list left relative mvp-tab-col-cont">\n\t\t\t\t\t\t{tab(_list(POOL, 3 * n + 7, 5), 3)}\n\t\t\t\t\t</div><!--mvp-tab-col2-->\n\t\t\t\t</div><!--mvp-feat1-list-wrap-->\n\t\t\t</div><!--mvp-widget-tab-wrap-->
		</section><section id="mvp_flex_widget-3" class="mvp-side-widget mvp_flex_widget"><div class="mvp-widget-home-head"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">المزيد من الأخبار</span></h4></div>\n\t\t<div class="mvp-widget-flex-wrap left relative">\n\t\t\t<div class="mvp-flex-story-wrap left relative">
				{"".join(flex)}\n\t\t\t</div><!--mvp-flex-story-wrap-->\n\t\t</div><!--mvp-widget-flex-wrap-->\n\t\t</section></div><!--mvp-side-wrap-->											</div><!--mvp-post-main-out-->\n\t\t\t\t</div><!--mvp-post-main-->\n\t\t\t\t\t\t\t<div id="mvp-post-more-wrap" class="left relative">\n\t\t\t\t\t<h4 class="mvp-widget-home-title">
						<span class="mvp-widget-home-title">الأكثر رواجاً</span>\n\t\t\t\t\t</h4>\n\t\t\t\t\t<ul class="mvp-post-more-list left relative">\n\t\t\t\t\t\t{"".join(trend)}\n\t\t\t\t\t</ul>\n\t\t\t\t</div><!--mvp-post-more-wrap-->\n\t\t\t\t\t\t</div><!--mvp-main-box-->\n\t\t</div><!--mvp-article-cont-->
			</article><!--mvp-article-wrap-->\n\t\t\t</div><!--mvp-main-body-wrap-->\n\t\t\t<footer id="mvp-foot-wrap" class="left relative">\n\t\t\t\t<div id="mvp-foot-top" class="left relative">\n\t\t\t\t\t<div class="mvp-main-box">\n\t\t\t\t\t\t<div id="mvp-foot-logo" class="left relative">
							<a href="{HOST}/"><img src="{HOST}/wp-content/uploads/2023/02/saraya-logo-foot.png" alt="{SITE}" data-rjs="2" /></a>\n\t\t\t\t\t\t</div><!--mvp-foot-logo-->\n\t\t\t\t\t\t<div id="mvp-foot-soc" class="left relative">\n\t\t\t\t\t\t\t<ul class="mvp-foot-soc-list left relative">\n{soc}\n\t\t\t\t\t\t\t</ul>
						</div><!--mvp-foot-soc-->\n\t\t\t\t\t\t<div id="mvp-foot-menu-wrap" class="left relative">\n\t\t\t\t\t\t\t<div id="mvp-foot-menu" class="left relative">
								<div class="menu-footer-container"><ul id="menu-footer" class="menu">{chr(10).join(f'<li id="menu-item-{400 + k}" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-{400 + k}"><a href="{HOST}/page-{k}/">{t}</a></li>' for k, t in enumerate(FOOT))}</ul></div>							</div><!--mvp-foot-menu-->
						</div><!--mvp-foot-menu-wrap-->\n\t\t\t\t\t</div><!--mvp-main-box-->\n\t\t\t\t</div><!--mvp-foot-top-->\n\t\t\t\t<div id="mvp-foot-bot" class="left relative">\n\t\t\t\t\t<div class="mvp-main-box">\n\t\t\t\t\t\t<div id="mvp-foot-copy" class="left relative">
							<p>جميع الحقوق محفوظة &copy; 2025 <a href="{HOST}/">{SITE}</a></p>\n\t\t\t\t\t\t</div><!--mvp-foot-copy-->\n\t\t\t\t\t</div><!--mvp-main-box-->\n\t\t\t\t</div><!--mvp-foot-bot-->\n\t\t\t</footer>\n\t\t</div><!--mvp-site-main-->\n\t</div><!--mvp-site-wall-->\n</div><!--mvp-site-->\n<div class="mvp-fly-top back-to-top">
	<i class="fa fa-angle-up fa-3"></i>\n</div><!--mvp-fly-top-->\n<div class="mvp-fly-fade mvp-fly-but-click">\n</div><!--mvp-fly-fade-->\n<script type="text/javascript" src="{THEME}/js/mvpcustom.js?ver={VER}" id="mvp-custom-js"></script>\n<script type="text/javascript" id="mvp-custom-js-after">
	jQuery(document).ready(function($) {{\n\t$(".mvp-com-click-{pid}").on("click", function(){{\n\t  $(".mvp-com-click-id-{pid}").show();\n\t  $(".mvp-com-but-{pid}").hide();\n\t}});\n\t}});\n</script>\n<script type="text/javascript" src="{THEME}/js/scripts.js?ver={VER}" id="zoxnews-js"></script>
<script type="text/javascript" src="{THEME}/js/retina.js?ver={VER}" id="retina-js"></script>\n<script type="text/javascript" src="{THEME}/js/flexslider.js?ver={VER}" id="flexslider-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver={VER}" id="comment-reply-js" async="async" data-wp-strategy="async"></script>\n</body>\n</html>
"""
    return page
