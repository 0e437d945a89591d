"""An Arabic community news blog ("حيّنا", neighbourhood news from Irbid, Jordan) hosted on
WordPress.com with a mapped domain, in the free theme Penscratch 2 with its RTL stylesheet, as
WordPress.com serves a single post to a logged-out reader. The head: `<title>` "headline –
حيّنا", `<html dir="rtl" lang="ar">`, the `_static/??-eJx…` concatenated stylesheets, the
theme's `rtl.css` from `locale_stylesheet()`, `related_posts_js_options` and `actionbardata`
scripts, `<meta name="generator" content="WordPress.com" />`, the wp.me shortlink and the
"Jetpack Open Graph Tags" block, whose `article:published_time` is UTC (`+00:00`) while the
page prints local time (Asia/Amman, +03:00): page 1's post went up at 00:40 local, so its UTC
instant is the day before. No JSON-LD (WordPress.com prints none). The body: skip link,
`header#masthead` (site title, tagline, the header menu), then `article.post` with
`header.entry-header` > `h1.entry-title` (WordPress.com's widont joins the last two words with
`&nbsp;`) and `div.entry-meta` (`span.posted-on` > `time.entry-date.published` +
`time.updated` when edited, then `span.byline` with the theme's " ~ " separator and
`a.url.fn.n`). `div.entry-content` holds the story and then, injected by Jetpack INSIDE it,
`div#jp-post-flair`: `div.sharedaddy.sd-sharing-enabled` ("شارك هذا الموضوع:", icon-text
buttons and a hidden "المزيد" list), `div.sharedaddy.sd-block.sd-like.jetpack-likes-widget-
wrapper` ("معجب بهذه:" / "إعجاب تحميل...") and `div#jp-relatedposts` (the site's own headline
"ذات صلة" and three items: title, date and context `في "…"`). Then `footer.entry-footer`
("نشرت في" category, tag links run together), the author box ("نُشر بواسطة …", bio, "عرض
جميع المواضيع التي كتبها …"), the post navigation, Highlander comments (`#respond`, "اترك
تعليقاً"; page 1 has three comments, one a reply by the author, page 3 one, page 2 none), the
sidebar (search, Jetpack email subscription "اشترك", recent posts, categories, archives),
the WordPress.com footer credit and, from `wp_footer`, the cookie banner, the hidden
`#actionbar` ("اشترك" follow bubble, shortlink, report…) and the likes master iframe.
Page 1 is a classic-editor post (a `[caption]` figure.wp-caption, a bold phrase, a link to the
municipality), pages 2 and 3 are block posts (a `wp-block-quote` of the water company's
statement; a `wp-block-gallery` of three captioned photos and a `wp-block-heading`
subheading, which is part of the story). Only page 1 names a reporter; pages 2 and 3 are posted
by the "فريق حيّنا" account. All of that but the story is chrome."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "wpcom_jetpack_blog"
HELD_OUT = True
SET = "unseen17"
FAMILY = "WordPress.com blog (Penscratch 2, RTL) with Jetpack sharing, likes and related posts injected inside entry-content, Highlander comments, actionbar"
HOST = "https://hayyuna.example"
SITE = "حيّنا"
TAGLINE = "أخبار أحياء إربد كما يرويها أهلها"
BLOG_ID = 218734562
SUBD = "hayyuna"
CATS = {"أخبار الحي": "neighbourhood", "خدمات": "services", "تعليم وثقافة": "culture"}
MENU = (("/", "الرئيسية"), *((f"/category/{s}/", c) for c, s in CATS.items()),
        ("/about/", "من نحن"), ("/contact/", "راسلنا"))
AUTHORS = {
    "رنا الشرمان": ("ranashorman", "صحفية من إربد تكتب عن شؤون الأحياء والخدمات البلدية."),
    None: ("hayyunateam", "حساب فريق التحرير، يتابع أخبار الأحياء بمساعدة مراسلين متطوعين."),
}
TEAM = "فريق حيّنا"
SHARE = (("facebook", "فيسبوك"), ("x", "X"), ("jetpack-whatsapp", "واتساب"),
         ("telegram", "Telegram"))
SHARE_TITLE = {"facebook": "انقر للمشاركة على فيسبوك", "x": "انقر للمشاركة على X",
               "jetpack-whatsapp": "انقر للمشاركة على واتساب",
               "telegram": "انقر للمشاركة على Telegram"}
SHARE_LABEL, MORE, EMAIL, PRINT = "شارك هذا الموضوع:", "المزيد", "البريد الإلكتروني", "طباعة"
LIKE_TITLE, LIKE_BUTTON, LIKE_LOADING = "معجب بهذه:", "إعجاب", "تحميل..."
RELATED_HEAD = "ذات صلة"
RELATED_META = {1: ((26, "في \"أخبار الحي\""), (41, "في \"بيئة\""), (63, "في \"أخبار الحي\"")),
                2: ((9, "في \"خدمات\""), (23, "في \"أنشطة\""), (37, "في \"خدمات\"")),
                3: ((12, "في \"تعليم وثقافة\""), (30, "في \"أنشطة\""), (48, "مع 4 تعليقات"))}
SITE_POSTS = ("لجنة حي المطلع تجمع التبرعات لترميم سور المدرسة", "افتتاح ملعب خماسي بجوار مركز شباب الحي",
              "سوق الجمعة ينتقل مؤقتاً إلى ساحة موقف الحافلات", "حافلة جديدة تربط حي الروضة بجامعة اليرموك",
              "مسابقة لأجمل شرفة مزروعة في أحياء المدينة", "دورة إسعافات أولية مجانية لربات البيوت",
              "تركيب مطبات للحد من السرعة أمام مدرسة البنات")
# (page) -> (comment id, name, minutes after publishing, parent id, text)
COMMENTS = {
    1: ((311, "أم يزن", 445, 0, "بارك الله بجهودكم يا شباب، الحديقة صارت متنفساً لأولادنا بعد المدرسة."),
        (314, "محمود بني هاني", 612, 0, "ياريت تتكرر الفكرة في حي البارحة، عندنا أرض مهملة بالوضع نفسه تماماً."),
        (315, "رنا الشرمان", 655, 314, "أهلاً محمود، فريق المبادرة مستعد لنقل تجربته، تواصل مع لجنة الحي عبر صفحتها.")),
    3: ((207, "ليث العزام", 140, 0, "خطوة ممتازة، البيت عندنا لا يتسع لركن هادئ للدراسة. شكراً لإدارة المكتبة."),),
}
MODIFIED = {1: timedelta(hours=8, minutes=32), 3: timedelta(days=1, hours=15, minutes=5)}
LINKED = {1: (1, "بلدية إربد الكبرى", "https://www.irbid-municipality.example/")}
BOLD = {1: (0, "أكثر من ستين شاباً وفتاة"), 3: (4, "ستة معلمين متقاعدين")}
GALLERY = ("قاعة المطالعة في الطابق الثاني بعد الظهر", "طلبة يراجعون دروسهم في القاعة الأرضية مساءً",
           "لوحة المواعيد الجديدة على مدخل المكتبة")
COMMENTS_WORD = {0: "لا توجد أراء حول", 1: "رأي واحد حول", 2: "رأيان حول"}
RESPOND = ("اترك تعليقاً", "إلغاء الرد", "أدخل تعليقك هنا...",
           "املأ الحقول أدناه أو انقر على أيقونة لتسجيل الدخول:",
           "البريد الإلكتروني (مطلوب) (لن يتم نشر العنوان)", "الاسم (مطلوب)", "الموقع",
           "أعلمني بالتعليقات الجديدة عبر البريد الإلكتروني.",
           "أعلمني بالمقالات الجديدة عبر البريد الإلكتروني.")
SIDEBAR = ("البحث عن:", "اشترك في المدونة عبر البريد الإلكتروني",
           "أدخل عنوان بريدك الإلكتروني للاشتراك في هذه المدونة واستلام إشعارات بالمقالات الجديدة عبر البريد الإلكتروني.",
           "اشترك", "انضم إلى 1,284 من المشتركين الآخرين", "أحدث المقالات", "التصنيفات", "الأرشيف")
ACTIONBAR = ("اشترك", "مشترك", "تعليق", "سجّلني", "هل لديك حساب ووردبريس.كوم؟ تسجيل الدخول الآن.",
             "تسجيل", "تسجيل الدخول", "نسخ الرابط المختصر", "الإبلاغ عن هذا المحتوى",
             "مشاهدة المقالة في القارئ", "إدارة الاشتراكات", "طي هذا الشريط")
COOKIES = ("الخصوصية وملفات تعريف الارتباط: يستخدم هذا الموقع ملفات تعريف الارتباط. بمواصلة استخدام هذا الموقع، فإنك توافق على استخدامها.",
           "لمعرفة المزيد، بما في ذلك كيفية التحكم في ملفات تعريف الارتباط، اطلع على هنا:",
           "سياسة ملفات تعريف الارتباط")
CREDIT = "مدونة على ووردبريس.كوم."
LOCAL = timedelta(hours=3)


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC) + LOCAL


def _date(moment: datetime) -> str:
    """The blog's date format in Arabic (j F، Y): "5 مارس، 2024"."""
    m = _local(moment)
    return f"{m.day} {MONTHS[m.month - 1]}، {m.year}"


def _when(moment: datetime) -> str:
    m = _local(moment)
    return f"{_date(moment)} في {m.hour % 12 or 12}:{m:%M} {'ص' if m.hour < 12 else 'م'}"


def _iso(moment: datetime) -> str:
    return f"{_local(moment):%Y-%m-%dT%H:%M:%S}+03:00"


def _widont(title: str) -> str:
    head, _, last = e(title).rpartition(" ")
    return f"{head}&nbsp;{last}" if head else last


def _link(title: str, moment: datetime) -> str:
    slug = quote("-".join(title.split()[:7])).lower()
    return f"{HOST}/{_local(moment):%Y/%m/%d}/{slug}/"


def _story(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words, href = e(LINKED[n][1]), LINKED[n][2]
            html = html.replace(words, f'<a href="{href}" target="_blank" rel="noreferrer noopener">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        if n == 1:
            out.append(f"<p>{html}</p>")
            if k == 0:
                src = f"https://{SUBD}.files.wordpress.com/2024/03/turkman-park-volunteers.jpg"
                out.append(f"""<figure id="attachment_{int(article.slug) + 3}" aria-describedby="caption-attachment-{int(article.slug) + 3}" style="width: 656px" class="wp-caption aligncenter"><img data-attachment-id="{int(article.slug) + 3}" data-permalink="{HOST}/turkman-park-volunteers/" data-orig-file="{src}" data-orig-size="1600,1067" data-comments-opened="1" data-image-title="turkman-park-volunteers" data-image-description="" data-image-caption="&lt;p&gt;{e(article.caption)}&lt;/p&gt;" data-medium-file="{src}?w=300" data-large-file="{src}?w=656" decoding="async" loading="lazy" class="size-large wp-image-{int(article.slug) + 3}" src="{src}?w=656" alt="" width="656" height="437" srcset="{src}?w=656 656w, {src}?w=1312 1312w, {src}?w=150 150w, {src}?w=300 300w, {src}?w=768 768w" sizes="(max-width: 656px) 100vw, 656px" /><figcaption id="caption-attachment-{int(article.slug) + 3}" class="wp-caption-text">{e(article.caption)}</figcaption></figure>""")
            continue
        if n == 2 and k == 2:
            out.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">\n<p>{html}</p>\n</blockquote>')
        elif n == 3 and k == 2:
            out.append(f'<h2 class="wp-block-heading">{html}</h2>')
        else:
            out.append(f"<p>{html}</p>")
        if n == 3 and k == 1:
            imgs = []
            for j, cap in enumerate(GALLERY):
                src = f"https://{SUBD}.files.wordpress.com/2023/11/nuzha-library-{j + 1}.jpg"
                imgs.append(f'<figure class="wp-block-image size-large"><img data-attachment-id="{1331 + j}" data-permalink="{HOST}/nuzha-library-{j + 1}/" data-orig-file="{src}" data-orig-size="1200,900" data-image-title="nuzha-library-{j + 1}" data-image-caption="" data-medium-file="{src}?w=300" data-large-file="{src}?w=656" loading="lazy" decoding="async" width="656" height="492" src="{src}?w=656" alt="" class="wp-image-{1331 + j}" srcset="{src}?w=656 656w, {src}?w=150 150w, {src}?w=300 300w, {src}?w=768 768w" sizes="(max-width: 656px) 100vw, 656px" /><figcaption class="wp-element-caption">{e(cap)}</figcaption></figure>')
            out.append('<figure data-carousel-extra=\'{"blog_id":' + str(BLOG_ID) + ',"permalink":"'
                       + _link(article.headline, article.moment) + '"}\' class="wp-block-gallery has-nested-images columns-default is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                       + "\n\n".join(imgs) + "\n</figure>")
    return ("\n" if n == 1 else "\n\n\n\n").join(out)


def _flair(article: Article, n: int, url: str, pid: int) -> str:
    moment = article.moment
    obj = f"{BLOG_ID}-{pid}-{int(moment.timestamp()):x}a7b2"
    buttons = "".join(f'<li class="share-{key}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{key}-{pid}" class="share-{key} sd-button share-icon" href="{url}?share={key}" target="_blank" title="{SHARE_TITLE[key]}" ><span>{label}</span></a></li>' for key, label in SHARE)
    related = []
    for k, (title, (days, context)) in enumerate(zip(article.related, RELATED_META[n], strict=True)):
        when = moment - timedelta(days=days)
        link, day = _link(title, when), _date(when)
        related.append(f'<p class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-id="{pid - 19 * (k + 1)}" data-post-format="false"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{link}" title="{e(title)}" data-origin="{pid}" data-position="{k}">{e(title)}</a></span><time class="jp-relatedposts-post-date" datetime="{day}">{day}</time><span class="jp-relatedposts-post-context">{e(context)}</span></p>')
    return f"""<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{SHARE_LABEL}</h3><div class="sd-content"><ul>{buttons}<li><a href="#" class="sharing-anchor sd-button share-more"><span>{MORE}</span></a></li><li class="share-end"></li></ul><div class="sharing-hidden"><div class="inner" style="display: none;"><ul><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5B%D9%85%D9%82%D8%A7%D9%84%D8%A9%20%D9%85%D8%B4%D8%AA%D8%B1%D9%83%D8%A9%5D&amp;body={quote(url)}&amp;share=email" target="_blank" title="انقر لإرسال الرابط إلى صديق عبر البريد الإلكتروني" data-email-share-error-title="هل قمت بإعداد البريد الإلكتروني؟" data-email-share-error-text="إذا كنت تواجه مشكلات في المشاركة عبر البريد الإلكتروني، فقد لا يكون البريد الإلكتروني معداً لمتصفحك." data-email-share-nonce="9c1f2e7a4b" data-email-share-track-url="{url}?share=email"><span>{EMAIL}</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{url}#print?share=print" target="_blank" title="انقر للطباعة" ><span>{PRINT}</span></a></li><li class="share-end"></li></ul></div></div></div></div></div><div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-{obj}' data-src='https://widgets.wp.com/likes/?ver=13.2#blog_id={BLOG_ID}&amp;post_id={pid}&amp;origin={SUBD}.wordpress.com&amp;obj_id={obj}&amp;domain=hayyuna.example&amp;n=1' data-name='like-post-frame-{obj}' data-title='إعجاب أو إعادة تدوين'><h3 class="sd-title">{LIKE_TITLE}</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>{LIKE_BUTTON}</span></span> <span class="loading">{LIKE_LOADING}</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' >\n	<h3 class="jp-relatedposts-headline"><em>{RELATED_HEAD}</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-minimal jp-relatedposts-grid ">{"".join(related)}</div></div></div>"""


def _comments(article: Article, n: int, url: str, pid: int, page: Page) -> str:
    rows, out, path = COMMENTS.get(n, ()), "", url.removeprefix(HOST)
    if rows:
        word = COMMENTS_WORD.get(len(rows), f"{len(rows)} رأي حول")
        page.add(f"{word} “{article.headline}”", "قال:", "رد")
        items = {}
        for cid, name, minutes, parent, text in rows:
            when = article.moment + timedelta(minutes=minutes)
            klass = (f"comment byuser comment-author-{AUTHORS[name][0]} bypostauthor"
                     if name == article.author else "comment")
            page.add(name, _when(when), text)
            avatar = f"https://{cid % 3}.gravatar.com/avatar/{cid:032x}"
            items[cid] = (parent, f"""		<li id="comment-{cid}" class="{klass} {'odd alt depth-2' if parent else 'even thread-even depth-1'}">
				<article id="div-comment-{cid}" class="comment-body">\n				<footer class="comment-meta">\n					<div class="comment-author vcard">\n						<img referrerpolicy="no-referrer" alt='' src='{avatar}?s=48&#038;d=identicon&#038;r=G' srcset='{avatar}?s=48&#038;d=identicon&#038;r=G 1x, {avatar}?s=72&#038;d=identicon&#038;r=G 1.5x' class='avatar avatar-48' height='48' width='48' loading='lazy' decoding='async' />						<b class="fn">{e(name)}</b> <span class="says">قال:</span>					</div><!-- .comment-author -->\n
					<div class="comment-metadata">\n						<a href="{url}#comment-{cid}"><time datetime="{_iso(when)}">{_when(when)}</time></a>					</div><!-- .comment-metadata -->\n\n									</footer><!-- .comment-meta -->\n
				<div class="comment-content">\n					<p>{e(text)}</p>\n				</div><!-- .comment-content -->\n\n				<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{pid}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="الرد على {e(name)}" aria-label="الرد على {e(name)}">رد</a></div>			</article><!-- .comment-body -->
		""")
        lis = []
        for cid, (parent, li) in items.items():
            kids = "".join(items[k][1] + "</li><!-- #comment-## -->\n"
                           for k, (p, _) in items.items() if p == cid)
            if not parent:
                lis.append(li + (f'<ol class="children">\n{kids}</ol><!-- .children -->\n' if kids else "")
                           + "</li><!-- #comment-## -->\n")
        out = f"""			<h2 class="comments-title">
				{word} &ldquo;<span>{_widont(article.headline)}</span>&rdquo;			</h2>\n\n			<ol class="comment-list">\n		{"".join(lis)}			</ol><!-- .comment-list -->
"""
    page.add(*RESPOND)
    r = RESPOND
    return f"""<div id="comments" class="comments-area">
{out}\n					<div id="respond" class="comment-respond">\n		<h3 id="reply-title" class="comment-reply-title">{r[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{path}#respond" style="display:none;">{r[1]}</a></small></h3><form action="https://{SUBD}.wordpress.com/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>\n<input type="hidden" id="highlander_comment_nonce" name="highlander_comment_nonce" value="4b8e21c0d7" /><input type="hidden" name="_wp_http_referer" value="{path}" />\n<input type="hidden" name="hc_post_as" id="hc_post_as" value="guest" />
\n<div class="comment-form-field comment-textarea">\n	<label for="comment">{r[2]}</label>\n	<div id="comment-form-comment"><textarea id="comment" name="comment" title="{r[2]}"></textarea></div>\n</div>
\n<div id="comment-form-identity">\n	<div id="comment-form-nascar">\n		<p>{r[3]}</p>\n		<ul>
			<li class="selected" style="display:none;"><a href="#comment-form-guest" id="postas-guest" class="nascar-signin-link" title="تسجيل الدخول كضيف"></a></li>\n			<li><a href="https://wordpress.com/log-in?redirect_to={quote(url, safe='')}" id="postas-wordpress" class="nascar-signin-link" title="تسجيل الدخول باستخدام ووردبريس.كوم"></a></li>\n		</ul>\n	</div>\n	<div id="comment-form-guest" class="comment-form-service selected">
		<div class="comment-form-padder">\n			<div class="comment-form-avatar"><a href="https://gravatar.com/site/signup/" target="_blank"><img src="https://1.gravatar.com/avatar/ad516503a11cd5ca435acc9bb6523536?s=25&amp;d=identicon&amp;forcedefault=y&amp;r=G" alt="Gravatar" width="25" class="no-grav" /></a></div>\n			<div class="comment-form-fields">\n				<div class="comment-form-field comment-form-email"><label for="email">{EMAIL} <span class="required">(مطلوب)</span> <span class="nopublish">(لن يتم نشر العنوان)</span></label><div class="comment-form-input"><input id="email" name="email" type="email" value="" /></div></div>\n				<div class="comment-form-field comment-form-author"><label for="author">الاسم <span class="required">(مطلوب)</span></label><div class="comment-form-input"><input id="author" name="author" type="text" value="" /></div></div>
				<div class="comment-form-field comment-form-url"><label for="url">{r[6]}</label><div class="comment-form-input"><input id="url" name="url" type="url" value="" /></div></div>\n			</div>\n		</div>\n	</div>\n</div>
\n<div id="comment-form-subscribe">\n	<p class="comment-subscription-form"><input type="checkbox" name="subscribe_comments" id="subscribe_comments" value="subscribe" style="width: auto;"/> <label class="subscribe-label" id="subscribe-label" for="subscribe_comments">{r[7]}</label></p><p class="post-subscription-form"><input type="checkbox" name="subscribe_blog" id="subscribe_blog" value="subscribe" style="width: auto;"/> <label class="subscribe-label" id="subscribe-blog-label" for="subscribe_blog">{r[8]}</label></p></div>\n\n<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p><p style="display: none;"><input type="hidden" id="akismet_comment_nonce" name="akismet_comment_nonce" value="0e2b7c91fa" /></p><input type="hidden" name="genseq" value="{int(article.moment.timestamp()) + 86400}" />\n<p style="display: none !important;" class="akismet-fields-container" data-prefix="ak_"><label>&#916;<textarea name="ak_hp_textarea" cols="45" rows="8" maxlength="100"></textarea></label><input type="hidden" id="ak_js_1" name="ak_js" value="57"/></p></form>	</div><!-- #respond -->\n	<div style="clear: both"></div>
</div><!-- #comments -->"""


def _actionbar(url: str, pid: int) -> str:
    """wp_footer's action bar (hidden until actionbar.js shows it), logged-out, on a single post."""
    q = quote(url, safe="")
    site = (f"<li class=\"actnbr-sitename\">\n\t\t\t<a href=\"{HOST}\">\n\t\t\t\t<img loading='lazy' alt='' src='https://s0.wp.com/i/logo/wpcom-gray-white.png' class='avatar avatar-50' height='50' width='50' />\t\t\t\t{SITE}\t\t\t</a>\n\t\t</li>")
    follow = ('<a class="actnbr-action actnbr-actn-follow " href="">\n\t\t\t<svg class="gridicon" height="20" width="20" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path clip-rule="evenodd" d="m4 4.5h12v6.5h1.5v-6.5-1.5h-1.5-12-1.5v1.5 10.5c0 1.1046.89543 2 2 2h7v-1.5h-7c-.27614 0-.5-.2239-.5-.5zm10.5 2h-9v1.5h9zm-5 3h-4v1.5h4z" fill-rule="evenodd"></path></svg>\n\t\t\t<span>اشترك</span>\n\t\t</a>\n'
              '\t\t<a class="actnbr-action actnbr-actn-following  no-display" href="">\n\t\t\t<svg class="gridicon" height="20" width="20" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M16 4.5H4V15C4 15.2761 4.22386 15.5 4.5 15.5H11.5V17H4.5C3.39543 17 2.5 16.1046 2.5 15V3H17.5V12.5H16V4.5Z" fill="#008A20"></path></svg>\n\t\t\t<span>مشترك</span>\n\t\t</a>')
    return f"""		<div id="actionbar" dir="rtl" style="display: none;"
			class="actnbr-pub-penscratch-2 actnbr-has-follow actnbr-has-actions">\n		<ul>\n								<li class="actnbr-btn actnbr-hidden">\n						<a class="actnbr-action actnbr-actn-comment" href="{url}#respond">\n							<svg class="gridicon gridicons-comment" height="20" width="20" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g><path d="M12 16l-5 5v-5H5c-1.1 0-2-.9-2-2V5c0-1.1.9-2 2-2h14c1.1 0 2 .9 2 2v9c0 1.1-.9 2-2 2h-7z"/></g></svg>
							<span>تعليق							</span>\n						</a>\n					</li>\n								<li class="actnbr-btn actnbr-hidden">\n						{follow}
						<div class="actnbr-popover tip tip-top-left actnbr-notice" id="follow-bubble">\n							<div class="tip-arrow"></div>\n							<div class="tip-inner actnbr-follow-bubble">\n															<ul>\n											{site}
										<div class="actnbr-message no-display"></div>\n									<form method="post" action="https://subscribe.wordpress.com" accept-charset="utf-8" style="display: none;">\n																				<div class="actnbr-follow-count">{SIDEBAR[4]}</div>\n																					<div><input type="email" name="email" placeholder="أدخل عنوان بريدك الإلكتروني" class="actnbr-email-field" aria-label="أدخل عنوان بريدك الإلكتروني" /></div>\n										<input type="hidden" name="action" value="subscribe" /><input type="hidden" name="blog_id" value="{BLOG_ID}" /><input type="hidden" name="source" value="{url}" /><input type="hidden" name="sub-type" value="actionbar-follow" /><input type="hidden" id="_wpnonce" name="_wpnonce" value="5a0c3e9d18" />										<div class="actnbr-button-wrap">
											<button type="submit" value="سجّلني">\n												سجّلني											</button>\n										</div>\n									</form>\n									<li class="actnbr-login-nudge">
										<div>\n											هل لديك حساب ووردبريس.كوم؟ <a href="https://wordpress.com/log-in?redirect_to=https%3A%2F%2Fr-login.wordpress.com%2Fremote-login.php%3Faction%3Dlink%26back%3D{quote(q, safe='')}">تسجيل الدخول الآن.</a>										</div>\n									</li>\n								</ul>\n															</div>
						</div>\n					</li>\n							<li class="actnbr-ellipsis actnbr-hidden">\n				<svg class="gridicon gridicons-ellipsis" height="24" width="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g><path d="M7 12c0 1.104-.896 2-2 2s-2-.896-2-2 .896-2 2-2 2 .896 2 2zm12-2c-1.104 0-2 .896-2 2s.896 2 2 2 2-.896 2-2-.896-2-2-2zm-7 0c-1.104 0-2 .896-2 2s.896 2 2 2 2-.896 2-2-.896-2-2-2z"/></g></svg>				<div class="actnbr-popover tip tip-top-left actnbr-more">\n					<div class="tip-arrow"></div>
					<div class="tip-inner">\n						<ul>\n									{site}\n								<li class="actnbr-folded-follow">\n										{follow}
								</li>\n															<li class="actnbr-signup"><a href="https://wordpress.com/start/">تسجيل</a></li>\n								<li class="actnbr-login"><a href="https://wordpress.com/log-in?redirect_to={q}&#038;signup_flow=account">تسجيل الدخول</a></li>\n																	<li class="actnbr-shortlink"><a href="https://wp.me/peQz3K-{pid}"><span class="actnbr-shortlink__text">نسخ الرابط المختصر</span><span class="actnbr-shortlink__icon"><svg class="gridicon gridicons-checkmark" height="16" width="16" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><g><path d="M9 19.414l-6.707-6.707 1.414-1.414L9 16.586 20.293 5.293l1.414 1.414"/></g></svg></span></a></li>\n																<li class="flb-report"><a href="https://wordpress.com/abuse/?report_url={q}" target="_blank" rel="noopener noreferrer">الإبلاغ عن هذا المحتوى</a></li>
																	<li class="actnbr-reader"><a href="https://wordpress.com/reader/blogs/{BLOG_ID}/posts/{pid}">مشاهدة المقالة في القارئ</a></li>\n																	<li class="actnbr-subs"><a href="https://subscribe.wordpress.com/">إدارة الاشتراكات</a></li>\n																		<li class="actnbr-fold"><a href="">طي هذا الشريط</a></li>\n														</ul>\n					</div>
				</div>\n			</li>\n		</ul>\n	</div>
"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid = int(article.slug)
    url = _link(article.headline, moment)
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    login, bio = AUTHORS[article.author]
    display = article.author or TEAM
    cat = CATS[article.section]
    modified = moment + MODIFIED[n] if n in MODIFIED else None
    updated = (f'<time class="updated" datetime="{_iso(modified)}">{_date(modified)}</time>'
               if modified else "")
    page.add("انتقل إلى المحتوى", SITE, TAGLINE, "القائمة", *(label for _, label in MENU), shown,
             _date(modified) if modified else "", "~", display, SHARE_LABEL,
             *(label for _, label in SHARE), MORE, EMAIL, PRINT, LIKE_TITLE,
             f"{LIKE_BUTTON} {LIKE_LOADING}", RELATED_HEAD, f"نشرت في {article.section}",
             *article.tags, f"نُشر بواسطة {display}", bio, f"عرض جميع المواضيع التي كتبها {display}")
    if n == 1:
        page.add(article.caption)
    if n == 3:
        page.add(*GALLERY)
    for title, (days, context) in zip(article.related, RELATED_META[n], strict=True):
        page.add(title, _date(moment - timedelta(days=days)), context)
    start = (2 * n) % len(SITE_POSTS)
    recent = [SITE_POSTS[(start + k) % len(SITE_POSTS)] for k in range(5)]
    prev_t, next_t = SITE_POSTS[(start + 5) % len(SITE_POSTS)], SITE_POSTS[(start + 6) % len(SITE_POSTS)]
    months = [(_local(moment) - timedelta(days=30 * k)) for k in range(5)]
    archive = [f"{MONTHS[m.month - 1]} {m.year}" for m in months]
    page.add("تصفّح المقالات", "‹ السابق", prev_t, "التالي ›", next_t, *SIDEBAR, *recent,
             *CATS, *archive, CREDIT, *ACTIONBAR, *COOKIES)
    tags = "".join(f'<a href="{HOST}/tag/{quote(t.replace(" ", "-")).lower()}/" rel="tag">{e(t)}</a>' for t in article.tags)
    menu = "".join(f'<li id="menu-item-{11 + k}" class="menu-item menu-item-type-{"custom" if k == 0 else "taxonomy" if k < 4 else "post_type"} menu-item-{11 + k}{" current-post-ancestor current-menu-parent" if label == article.section else ""}"><a href="{HOST}{path}">{label}</a></li>' for k, (path, label) in enumerate(MENU))
    recent_li = "\n".join(f'<li>\n<a href="{_link(t, moment - timedelta(days=4 * k + 1))}">{_widont(t)}</a>\n</li>' for k, t in enumerate(recent))
    cats_li = "\n".join(f'<li class="cat-item cat-item-{7 + k}"><a href="{HOST}/category/{s}/">{c}</a>\n</li>' for k, (c, s) in enumerate(CATS.items()))
    arch_li = "\n".join(f"<li><a href='{HOST}/{m:%Y/%m}/'>{a}</a></li>" for m, a in zip(months, archive, strict=True))
    desc = e(article.lead[:197].rsplit(" ", 1)[0]) + "&hellip;"
    utc = moment.astimezone(UTC)
    mod_utc = (modified or moment).astimezone(UTC)
    image = (f"https://{SUBD}.files.wordpress.com/2024/03/turkman-park-volunteers.jpg" if n == 1
             else f"https://{SUBD}.files.wordpress.com/2023/11/nuzha-library-1.jpg" if n == 3
             else "https://s0.wp.com/i/blank.jpg")
    url_js = url.replace("/", "\\/")
    body_class = f"rtl post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive customizer-styles-applied jetpack-reblog-enabled highlander-enabled highlander-light"
    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="http://gmpg.org/xfn/11">
\n<title>{e(article.headline)} &#8211; {SITE}</title>\n<meta name='robots' content='max-image-preview:large' />\n<link rel='dns-prefetch' href='//s0.wp.com' />\n<link rel='dns-prefetch' href='//fonts-api.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; الخلاصة" href="{HOST}/feed/" />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; خلاصة التعليقات" href="{HOST}/comments/feed/" />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; {e(article.headline)} خلاصة التعليقات" href="{url}feed/" />\n<link crossorigin='anonymous' rel='stylesheet' id='all-css-0-1' href='https://s0.wp.com/_static/??-eJx9jEEOwjAMBD+EMVUlEAfEW9LIVG4dO6qdpv09ufWA1NtqZ2exFogmQRqYGihL5fRlIrUfA+NTq9Uy7YkiN0jTfN1EF+pdw5cJIa1W0zRmSeUL1mi5Yul1YgnkgFnMbQxzQOzh6wOmf1P8ZfwBj2tC6A==?cssminify=yes' type='text/css' media='all' />\n<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 0.07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}\n</style>\n<link crossorigin='anonymous' rel='stylesheet' id='all-css-2-1' href='https://s2.wp.com/_static/??-eJyNjlEKwjAQRC9kuihi8UM8iqTJWrdNNiG7Mfb2RsQfBenPMMzM4w3UbFxiRVaIxWRfqPgDPwmeiRuHNA+0w+mijxBrK8VvnU02BYzTMxCm9AUWQ5y2bvEvUSiBizBqcYHz8OyKCvvcn0+MJJpAqsgqsyKr2VT4SgE1LSSo7aDYCMNmmYKfTEkv6DDPM4h/d15X0foqKzoIvLXUDdXxp9R1X0U8Wf5xH3Pca3g=?cssminify=yes' type='text/css' media='all' />\n<link rel='stylesheet' id='penscratch-2-fonts-css' href='https://fonts-api.wp.com/css?family=Roboto+Slab%3A300%2C400%2C700&#038;subset=latin%2Clatin-ext' media='all' />\n<link crossorigin='anonymous' rel='stylesheet' id='all-css-4-1' href='https://s0.wp.com/_static/??-eJyVjEEKwzAMBD/UVKSEtIfSt0SW3CpYsrFs+v2GfsA5zGVnGPjWAZM1tgZYySoHjGvKUbypB/wkhX91JbM6ypPiSN71U3HhHWRnWu8LY+iP/AXJ9ZdPEb5YzAicBw==?cssminify=yes' type='text/css' media='all' />
<link rel='stylesheet' id='penscratch-2-rtl-css' href='https://s0.wp.com/wp-content/themes/pub/penscratch-2/rtl.css?m=1519324356i&cssminify=yes' type='text/css' media='screen' />\n<script id="jetpack-related-posts-js-extra">\nvar related_posts_js_options = {{"post_heading":"h4"}};\n</script>\n<script id="wpcom-actionbar-placeholder-js-extra">
var actionbardata = {{"siteID":"{BLOG_ID}","postID":"{pid}","siteURL":"https:\\/\\/hayyuna.example","xhrURL":"https:\\/\\/hayyuna.example\\/wp-admin\\/admin-ajax.php","nonce":"3d1a90b7c2","isLoggedIn":"","statusMessage":"","subsEmailDefault":"instantly","proxyScriptUrl":"https:\\/\\/s0.wp.com\\/wp-content\\/js\\/wpcom-proxy-request.js?m=1513050504i&amp;ver=20211021","shortlink":"https:\\/\\/wp.me\\/peQz3K-{pid}","i18n":{{"followedText":"\\u0633\\u062a\\u0638\\u0647\\u0631 \\u0627\\u0644\\u0622\\u0646 \\u0627\\u0644\\u0645\\u0642\\u0627\\u0644\\u0627\\u062a \\u0627\\u0644\\u062c\\u062f\\u064a\\u062f\\u0629 \\u0641\\u064a <a href=\\"https:\\/\\/wordpress.com\\/reader\\">\\u0627\\u0644\\u0642\\u0627\\u0631\\u0626<\\/a>","foldBar":"\\u0637\\u064a \\u0647\\u0630\\u0627 \\u0627\\u0644\\u0634\\u0631\\u064a\\u0637","unfoldBar":"\\u062a\\u0648\\u0633\\u064a\\u0639 \\u0647\\u0630\\u0627 \\u0627\\u0644\\u0634\\u0631\\u064a\\u0637"}}}};\n</script>\n<script crossorigin='anonymous' type='text/javascript' src='https://s2.wp.com/_static/??-eJyFjEEOwjAMBD+EMfTAgQPiLSExqUtiR7ED4veUB1Sc9jCzg+8GUcVJHBcnmnuwW9xDZwaYUXEAQc1r3T0YagWRDtEpKoIGYOOXgtAq6d8o7Xd/Q6g==?cssminify=yes'></script>\n<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://{SUBD}.wordpress.com/xmlrpc.php?rsd" />\n<meta name="generator" content="WordPress.com" />
<link rel="canonical" href="{url}" />\n<link rel='shortlink' href='https://wp.me/peQz3K-{pid}' />\n<link rel="alternate" type="application/json+oembed" href="https://public-api.wordpress.com/oembed/?format=json&amp;url={quote(url, safe='')}&amp;for=wpcom-auto-discovery" />\n\n<!-- Jetpack Open Graph Tags -->
<meta property="og:type" content="article" />\n<meta property="og:title" content="{e(article.headline)}" />\n<meta property="og:url" content="{url}" />\n<meta property="og:description" content="{desc}" />\n<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00" />
<meta property="article:modified_time" content="{mod_utc:%Y-%m-%dT%H:%M:%S}+00:00" />\n<meta property="og:site_name" content="{SITE}" />\n<meta property="og:image" content="{image}" />\n<meta property="og:image:secure_url" content="{image}" />\n<meta property="og:locale" content="ar_AR" />
<meta property="article:publisher" content="https://www.facebook.com/WordPresscom" />\n<meta name="twitter:text:title" content="{e(article.headline)}" />\n<meta name="twitter:image" content="{image}?w=640" />\n<meta name="twitter:card" content="summary_large_image" />\n
<!-- End Jetpack Open Graph Tags -->\n<link rel="shortcut icon" type="image/x-icon" href="https://s0.wp.com/i/favicon.ico" sizes="16x16 24x24 32x32 48x48" />\n<link rel="search" type="application/opensearchdescription+xml" href="{HOST}/osd.xml" title="{SITE}" />\n<link rel="search" type="application/opensearchdescription+xml" href="https://s1.wp.com/opensearch.xml" title="WordPress.com" />\n<meta name="description" content="{desc}" />
</head>\n\n<body class="{body_class}">\n<div id="page" class="hfeed site">\n	<a class="skip-link screen-reader-text" href="#content">انتقل إلى المحتوى</a>
	<header id="masthead" class="site-header" role="banner">\n		<div class="site-branding">\n							<p class="site-title"><a href="{HOST}/" rel="home">{SITE}</a></p>\n							<p class="site-description">{TAGLINE}</p>\n					</div>
\n		<nav id="site-navigation" class="main-navigation" role="navigation">\n			<button class="menu-toggle">\n				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="0" fill="none" width="16" height="16"/><g><path id="menu-icon" d="M0 14h16v-2H0v2zM0 2v2h16V2H0zm0 7h16V7H0v2z"/></g></svg>\n				القائمة			</button>
			<div class="menu-primary-container"><ul id="menu-primary" class="menu">{menu}</ul></div>		</nav><!-- #site-navigation -->\n	</header><!-- #masthead -->\n\n	<div id="content" class="site-content">\n
	<div id="primary" class="content-area">\n		<main id="main" class="site-main" role="main">\n\n\n<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard{' has-post-thumbnail' if n == 1 else ''} hentry category-{cat} {' '.join('tag-' + quote(t.replace(' ', '-')).lower() for t in article.tags)}">
	<header class="entry-header">\n		<h1 class="entry-title">{_widont(article.headline)}</h1>\n		<div class="entry-meta">\n			<span class="posted-on"><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{_iso(moment)}">{shown}</time>{updated}</a></span><span class="byline"><span class="author vcard"><span class="sep"> ~ </span><a class="url fn n" href="{HOST}/author/{login}/">{e(display)}</a></span></span>		</div><!-- .entry-meta -->\n	</header><!-- .entry-header -->
\n	<div class="entry-content">\n		{_story(article, n)}\n{_flair(article, n, url, pid)}			</div><!-- .entry-content -->\n
	<footer class="entry-footer">\n				<span class="cat-links">\n			نشرت في <a href="{HOST}/category/{cat}/" rel="category tag">{article.section}</a>		</span>\n							<span class="tags-links">\n				{tags}			</span>
			</footer><!-- .entry-footer -->\n\n	<div class="entry-author">\n	<div class="author-avatar">\n		<img referrerpolicy="no-referrer" alt='' src='https://0.gravatar.com/avatar/{pid * 7919:032x}?s=60&#038;d=identicon&#038;r=G' class='avatar avatar-60' height='60' width='60' loading='lazy' decoding='async' />	</div><!-- .author-avatar -->
\n	<div class="author-heading">\n		<h2 class="author-title">نُشر بواسطة <span class="author-name">{e(display)}</span></h2>\n	</div><!-- .author-heading -->\n
	<p class="author-bio">\n		{e(bio)}		<a class="author-link" href="{HOST}/author/{login}/" rel="author">\n			عرض جميع المواضيع التي كتبها {e(display)}		</a>\n	</p><!-- .author-bio -->\n</div><!-- .entry-auhtor -->
</article><!-- #post-## -->\n\n	<nav class="navigation post-navigation" aria-label="المقالات">\n		<h2 class="screen-reader-text">تصفّح المقالات</h2>\n		<div class="nav-links"><div class="nav-previous"><a href="{_link(prev_t, moment - timedelta(days=2))}" rel="prev"><span class="meta-nav">&lsaquo; السابق</span>{_widont(prev_t)}</a></div><div class="nav-next"><a href="{_link(next_t, moment + timedelta(days=3))}" rel="next"><span class="meta-nav">التالي &rsaquo;</span>{_widont(next_t)}</a></div></div>
	</nav>\n{_comments(article, n, url, pid, page)}\n\n		</main><!-- #main -->\n	</div><!-- #primary -->
\n	<div id="secondary" class="widget-area" role="complementary">\n		<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/">\n				<label>\n					<span class="screen-reader-text">{SIDEBAR[0]}</span>
					<input type="search" class="search-field" placeholder="بحث &hellip;" value="" name="s" />\n				</label>\n				<input type="submit" class="search-submit" value="بحث" />\n			</form></aside><aside id="blog_subscription-3" class="widget widget_blog_subscription jetpack_subscription_widget"><h1 class="widget-title"><label for="subscribe-field">{SIDEBAR[1]}</label></h1>\n
			<div class="wp-block-jetpack-subscriptions__container">\n			<form action="https://subscribe.wordpress.com" method="post" accept-charset="utf-8" data-blog="{BLOG_ID}" data-post_access_level="everybody" id="subscribe-blog">\n				<div id="subscribe-text"><p>{SIDEBAR[2]}</p>\n</div>\n					<p id="subscribe-email">
						<label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">{EMAIL}</label>\n						<input type="email" name="email" autocomplete="email" required="required" class="no-border-radius" style="width: 95%; padding: 1px 10px" placeholder="{EMAIL}" value="" id="subscribe-field" />\n					</p>\n					<p id="subscribe-submit">\n						<input type="hidden" name="action" value="subscribe"/>
						<input type="hidden" name="blog_id" value="{BLOG_ID}"/>\n						<input type="hidden" name="source" value="{url}"/>\n						<input type="hidden" name="sub-type" value="widget"/>\n						<input type="hidden" name="redirect_fragment" value="subscribe-blog"/>\n						<button type="submit" class="wp-block-button__link no-border-radius" name="jetpack_subscriptions_widget">{SIDEBAR[3]}</button>
					</p>\n							</form>\n							<div class="wp-block-jetpack-subscriptions__subscount">{SIDEBAR[4]}</div>\n						</div>\n</aside>
		<aside id="recent-posts-2" class="widget widget_recent_entries">\n		<h1 class="widget-title">{SIDEBAR[5]}</h1>\n		<ul>\n{recent_li}\n		</ul>
\n		</aside><aside id="categories-2" class="widget widget_categories"><h1 class="widget-title">{SIDEBAR[6]}</h1>\n			<ul>\n{cats_li}\n			</ul>
\n			</aside><aside id="archives-2" class="widget widget_archive"><h1 class="widget-title">{SIDEBAR[7]}</h1>\n			<ul>\n{arch_li}\n			</ul>
\n			</aside>	</div><!-- #secondary -->\n\n	</div><!-- #content -->\n
	<footer id="colophon" class="site-footer" role="contentinfo">\n				<div class="site-info-wrapper clear">\n						<div class="site-info">\n				<a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">{CREDIT}</a>\n							</div><!-- .site-info -->
		</div><!-- .site-info-wrapper -->\n	</footer><!-- #colophon -->\n</div><!-- #page -->\n\n<!--  -->
<div class="widget widget_eu_cookie_law_widget">\n<div\n	class="hide-on-button"\n	data-hide-timeout="30"\n	data-consent-expiration="180"
	id="eu-cookie-law"\n	style="display: none"\n>\n	<form method="post" id="jetpack-eu-cookie-law-form">\n		<input type="submit" value="إغلاق وقبول" class="accept" />
	</form>\n\n	{COOKIES[0]} <br />\n{COOKIES[1]}\n		<a href="https://automattic.com/cookies/" rel="nofollow">
		{COOKIES[2]}\n	</a>\n</div>\n</div>\n{_actionbar(url, pid)}
<script>\nwindow.addEventListener( "DOMContentLoaded", function( event ) {{\n	var link = document.createElement( "link" );\n	link.href = "https://s0.wp.com/wp-content/mu-plugins/actionbar/actionbar.css?v=20250116";\n	link.type = "text/css";
	link.rel = "stylesheet";\n	document.head.appendChild( link );\n\n	var script = document.createElement( "script" );\n	script.src = "https://s0.wp.com/wp-content/mu-plugins/actionbar/actionbar.js?v=20250204";
	document.body.appendChild( script );\n}} );\n</script>\n\n	<iframe src='https://widgets.wp.com/likes/master.html?ver=20240305#ver=20240305&#038;lang=ar&#038;n=1' scrolling='no' id='likes-master' name='likes-master' style='display:none;'></iframe>
	<div id='likes-other-gravatars' class='wpl-new-layout' role="dialog" aria-hidden="true" tabindex="-1"><div class="likes-text"><span>%d</span></div><ul class="wpl-avatars sd-like-gravatars"></ul></div>\n	<script type="text/javascript">\n		window.WPCOM_sharing_counts = {{"{url_js}":{pid}}};\n	</script>\n<script crossorigin='anonymous' type='text/javascript' src='https://s0.wp.com/_static/??-eJyVjMEKwzAMQ39otelg6w5j35IXJbhNnGC7pP37pYde+eFJSLIO0qjCPaKZrrUNxJcjqxTsjZaORxeqB7FvCS69bSWoNyNvoh+hymqdIB0ng0qmZHgr8L0qbJHbtQWc1x/P/XtGXB5O8ZpfYfEf3Nc9LvQ=?cssminify=yes'></script>
<script src="//stats.wp.com/w.js?67" defer></script> <script type="text/javascript">\n_tkq = window._tkq || [];\n_stq = window._stq || [];\n_tkq.push(['storeContext', {{'blog_id':'{BLOG_ID}','blog_tz':'3','user_lang':'ar','blog_lang':'ar','user_id':'0'}}]);\n_stq.push(['view', {{'blog':'{BLOG_ID}','v':'wpcom','tz':'3','user_id':'0','post':'{pid}','subd':'{SUBD}'}}]);
_stq.push(['extra', {{'crypt':'UE40eW5QN0p8M2Y/RE1TaVhzUzFMbjdWNHpwZGhTayxPSUFCMGNrd29+Smw0TDhnZmRTK0hlRi9QSGh6bi9GXVhBJWIlZlR5U1JMLU8/MkNtblkvY1dZPW1xX0tBUXl2ZWpscmF0S3U1XnMsdkh1Y2xPN1c='}}]);\n_stq.push([ 'clickTrackerInit', '{BLOG_ID}', '{pid}' ]);\n</script>\n<noscript><img src="https://pixel.wp.com/b.gif?v=noscript" style="height:1px;width:1px;overflow:hidden;position:absolute;bottom:1px;" alt="" /></noscript>\n
</body>\n</html>
"""
    return page
