"""An independent Arabic local-news outlet from Lebanon ("نافذة المتن", investigations and
municipal accountability in the Metn, Mount Lebanon) on WordPress with the Newspack theme and
plugins, as a logged-out reader gets a single post. The head: Yoast SEO (`<title>` "headline -
نافذة المتن", description, canonical, og:locale ar_AR, `article:published_time` and the
`yoast-schema-graph` JSON-LD in UTC `+00:00`, the "كُتب بواسطة" / "وقت القراءة المُقدّر"
twitter labels), the RTL `newspack-theme/style-rtl.css`, Newspack Blocks, Newsletters, Popups
and Jetpack sharing stylesheets, the customizer's inline colour/font CSS. The body (`body.single
... singular has-sidebar h-ll h-dh`): the mobile sidebar `aside#mobile-sidebar-fallback`
(close button, search form, primary and secondary menus, social links) before `div#page`, then
`header#masthead` (top bar with the secondary menu and social menu, `site-branding` logo, title
and tagline, the "ادعمنا" `mb-cta` button, the reader account link, the primary menu and the
header search with its screen-reader labels), the Yoast breadcrumb in `div.site-breadcrumb`,
then `section#primary > main#main`: `header.entry-header` (`span.cat-links` with a
screen-reader "نُشر في", `h1.entry-title`, page 1 a `newspack-post-subtitle` dek, then
`div.entry-subhead` > `div.entry-meta` with `span.author-avatar` (gravatar) + `span.byline`
("بقلم" + `span.author.vcard`) + `span.posted-on` (`time.entry-date.published` in the WordPress
Arabic format "14 مايو، 2024", with +03:00/+02:00 `datetime`, plus a `time.updated` when the
post was edited: page 1 the same day, page 3 two days later with `show-updated`), and the
Jetpack share bar (`sd-social-icon`, "شارك هذا:")). Page 1's large featured image is printed
before `div.main-content` (`figure.post-thumbnail` with figcaption caption + Newspack image
credit `span.image-credit` "تصوير: ..."), page 3's small one inside it (credit only), page 2
has none. `article.entry > div.entry-content` holds the Gutenberg story and, INSIDE it, a
Newspack Popups inline prompt (page 1 a newsletter sign-up with a `newspack-newsletters-
subscribe` form after the fourth block; page 3 a donation ask after the third) and the
"article-2" widget area with a Homepage Posts block (`wpnbha`, "اقرأ أيضاً", three posts with
category, byline and date). Then `footer.entry-footer` ("الوسوم:" tag list), the author bio
(pages 1 and 3), the post navigation, comments (page 1 three, one a threaded reply by the
author with the badge; page 3 one; page 2 none and closed) with the WordPress comment form,
the sidebar (Jetpack Top Posts "الأكثر قراءة", a newsletter block) and `footer#colophon`
(footer logo, three widgets, copyright, the untranslated Newspack imprint, privacy link).
Page 2 is a staff post ("فريق التحرير") published at 00:40 Beirut time, so its UTC instant in
the Yoast meta and JSON-LD is the day before. Page 1 bolds a phrase and has an h2 subheading
(part of the story), page 2 links a phrase, page 3 ends with a YouTube embed. All but the
story is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from math import ceil
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "newspack_outlet"
HELD_OUT = True
SET = "unseen19"
FAMILY = "WordPress + Newspack theme/blocks (Lebanese local investigative outlet): entry-meta byline with avatar, image-credit, inline Popups prompt and Homepage Posts block inside entry-content, Yoast UTC meta"
HOST = "https://newspack-outlet.example"
SITE = "نافذة المتن"
TAGLINE = "صحافة محلية مستقلة من جبل لبنان"
CATS = {"تحقيقات": "investigations", "شؤون البلديات": "municipalities", "بيئة": "environment",
        "اقتصاد محلي": "local-economy", "ثقافة": "culture", "بالأرقام": "data"}
PRIMARY = tuple((f"/category/{s}/", c) for c, s in CATS.items())
SECONDARY = (("/about/", "من نحن"), ("/newsletter/", "النشرة البريدية"), ("/donate/", "ادعمنا"))
SOCIAL = (("https://www.facebook.com/nafizatalmetn", "فيسبوك"),
          ("https://x.com/nafizatalmetn", "إكس"),
          ("https://www.instagram.com/nafizatalmetn", "إنستغرام"))
STAFF = "فريق التحرير"
AUTHORS = {  # display name: (nicename, gravatar hash, bio)
    "ريم عوّاد": ("reem-awwad", "5d1f0c9a7be24e3f8a61c0b2d9e4f713",
                  "صحافية استقصائية تغطي شؤون البيئة والبلديات في جبل لبنان، وعملت سابقاً في عدد من المواقع المستقلة في بيروت."),
    "جاد نصر الله": ("jad-nasrallah", "a47e2b0c91d35f68e0b7c4d2a9f1e358",
                     "صحافي يتابع قضايا الطاقة والاقتصاد المحلي، ويعدّ تقارير مصوّرة عن الخدمات العامة في المتن."),
    STAFF: ("editorial", "00000000000000000000000000000000", ""),
    "لين الخوري": ("lynn-khoury", "c90d3e1f2a4b5c6d7e8f9a0b1c2d3e4f", ""),
}
URL_SLUG = {"4821": "ain-el-delbeh-dumping-spring", "5107": "ain-el-delbeh-budget-postponed",
            "5893": "metn-coast-generators-tariff"}
RELATED_BY = ("لين الخوري", "ريم عوّاد", "جاد نصر الله")
MOST_READ = ("بالأرقام: كم تدفع عائلة في المتن ثمناً للمياه والكهرباء شهرياً؟",
    "مجلس الخدمة المدنية يفتح باب التوظيف في البلديات بعد تجميد خمس سنوات", "طريق بكفيا – المتن السريع: حفر وإصلاحات مؤجلة منذ شتاء 2022",
    "مدارس رسمية في الجبل تبدأ العام الدراسي بلا تدفئة", "من يملك الأملاك البحرية المشغولة في ضبية؟ خريطة تفاعلية",
    "حرائق الصيف: خطة الدفاع المدني في الأحراج لا تملك صهاريج كافية", "أسعار الإيجارات في الضواحي الشرقية ترتفع بنسبة الثلث خلال عام",
    "ثلاثة أسئلة إلى وزير البيئة حول مطامر الساحل")
COMMENTS = {  # page: ((id, parent, author, minutes after publication, text), ...)
    1: ((912, 0, "سامي الأشقر", 107, "شكراً على هذا العمل. نسكن على بعد كيلومتر من النبع ورأينا الشاحنات أكثر من مرة ولم يتحرك أحد."),
        (915, 0, "نادين ق.", 272, "هل يمكن نشر نتائج المختبر كاملة؟ من المهم أن يعرف الأهالي ماذا يشربون."),
        (918, 915, "ريم عوّاد", 365, "سننشر الجداول الكاملة مع الجزء الثاني من التحقيق الأسبوع المقبل.")),
    3: ((1304, 0, "طوني ح.", 825, "في جل الديب وصلت الفاتورة إلى 190 دولاراً هذا الشهر لخمسة أمبير فقط."),),
}
# page -> (subtitle, modified after (minutes), image (file, w, h, photographer) or None)
PAGES = {
    1: ("عينات مخبرية تكشف تلوثاً في مياه تشربها عشر قرى، واتحاد البلديات يقول إنه لم يتلقّ شكوى",
        145, ("2024/05/ain-delbeh-trucks", 1600, 1067, "جورج حايك / نافذة المتن")),
    2: ("", 0, None),
    3: ("", 2 * 1440 - 505, ("2025/01/generator-zalka", 800, 533, "جاد نصر الله")),
}
LINKED = {2: (1, "محضر الجلسة السابقة", "/wp-content/uploads/2024/06/mahdar-12-6-2024.pdf")}
BOLD = {1: (1, "سبع عشرة عملية تفريغ")}
HEADING = {1: 2}
PROMPT_AFTER = {1: 3, 3: 2}
NEWSLETTER = ("النشرة الأسبوعية", "كل جمعة: أهم تحقيقاتنا وأخبار بلديات المتن في رسالة واحدة.")
PROMPT = {1: ("لا تفوّت الجزء الثاني من التحقيق", "اشترك في نشرتنا الأسبوعية لتصلك تحقيقاتنا فور نشرها."),
          3: ("صحافتنا مستقلة بفضل قرائها", "لا نتلقى تمويلاً من أحزاب أو جهات سياسية. تبرعك الشهري يموّل تحقيقات مثل هذا التقرير.")}
FOOTER_ABOUT = "منصة صحفية مستقلة وغير ربحية تُعنى بالتحقيقات والمساءلة المحلية في قضاء المتن وجبل لبنان."
FOOTER_LINKS = (("/about/", "من نحن"), ("/ethics/", "ميثاق التحرير"), ("/team/", "فريق العمل"),
                ("/donate/", "ادعمنا"), ("/contact/", "اتصل بنا"))
TIPS = "هل لديك وثائق أو معلومات عن قضية في منطقتك؟ راسلنا على tips@newspack-outlet.example"
FORM_LINES = ("لن يتم نشر عنوان بريدك الإلكتروني.", "الحقول الإلزامية مشار إليها بـ *",
              "تعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني",
              "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.")
IMPRINT = "Proudly powered by Newspack by Automattic"


def _day(moment) -> str:
    """WordPress Arabic `j F، Y`: "14 مايو، 2024"."""
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _clock(moment) -> str:
    return f"{moment.hour % 12 or 12}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _url(article: Article) -> str:
    return f"{HOST}/{article.moment:%Y/%m/%d}/{URL_SLUG[article.slug]}/"


def _avatar(name: str, size: int) -> str:
    digest = AUTHORS.get(name, ("", "d41d8cd98f00b204e9800998ecf8427e", ""))[1]
    src = f"https://secure.gravatar.com/avatar/{digest}?s={size}&#038;d=mm&#038;r=g"
    return (f"<img alt='' src='{src}' srcset='https://secure.gravatar.com/avatar/{digest}?s={size * 2}"
            f"&#038;d=mm&#038;r=g 2x' class='avatar avatar-{size} photo' height='{size}' width='{size}' "
            "loading='lazy' decoding='async'/>")


def _menu(nav_cls: str, label: str, ul_id: str, ul_cls: str, items, first: int) -> str:
    lis = "".join(f'<li id="menu-item-{first + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{first + k}"><a href="{HOST}{path}">{text}</a></li>'
                  for k, (path, text) in enumerate(items))
    return f'<nav class="{nav_cls}" aria-label="{label}">\n\t\t<ul id="{ul_id}" class="{ul_cls}">{lis}</ul>\t</nav>\n'


def _social(ul_id: str) -> str:
    lis = "".join(f'<li id="menu-item-{70 + k}" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{70 + k}"><a href="{link}"><span class="screen-reader-text">{label}</span><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2z"></path></svg></a></li>'
                  for k, (link, label) in enumerate(SOCIAL))
    return f'<nav class="social-navigation" aria-label="قائمة روابط التواصل">\n\t\t<ul id="{ul_id}" class="social-links-menu">{lis}</ul>\t</nav><!-- .social-navigation -->\n'


def _search(k: int) -> str:
    return f"""<form role="search" method="get" class="search-form" action="{HOST}/">\n	<label for="search-form-{k}">\n		<span class="screen-reader-text">البحث عن:</span>\n	</label>\n	<input type="search" id="search-form-{k}" class="search-field" placeholder="ابحث &hellip;" value="" name="s" />\n	<button type="submit" class="search-submit">
		<svg class="svg-icon" width="28" height="28" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19l-4.99-5z"></path></svg>		<span class="screen-reader-text">\n			بحث		</span>\n	</button>\n</form>\n"""


def _subscribe(block_id: int, form: int) -> str:
    return f"""<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="شكراً لاشتراكك!">\n			<form id="newspack-subscribe-{form}" data-newspack-recaptcha="newspack_newsletter_signup">\n				<input type="hidden" name="newspack_newsletters_subscribe" value="1" />\n				<input type="hidden" name="lists[]" value="7f3c21ab90" />\n				<div class="newspack-newsletters-email-input">
					<input id="newspack-newsletters-subscribe-block-input-{block_id}-email" type="email" name="npe" autocomplete="email" placeholder="بريدك الإلكتروني" value="" />\n					<input class="nphp" tabindex="-1" aria-hidden="true" name="email" type="email" autocomplete="off" placeholder="بريدك الإلكتروني" />\n					<button class="submit-button wp-element-button" type="submit" style="">\n						<span class="submit">اشترك</span>\n					</button>\n				</div>\n			</form>
		<div class="newspack-newsletters-subscribe__response">\n			<div class="newspack-newsletters-subscribe__icon"></div>\n			<div class="newspack-newsletters-subscribe__message">\n							</div>\n		</div>\n	</div>"""


def _prompt(n: int, page: Page) -> str:
    title, text = PROMPT[n]
    if n == 1:
        action, kind, button = _subscribe(48211, 1), " newspack-newsletter-prompt-inline", "اشترك"
    else:
        button = "تبرّع الآن"
        action, kind = (f'<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">\n<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{HOST}/donate/">{button}</a></div>\n</div>'), ""
    page.add(title, text, button)
    return f"""			<div\n								class="newspack-popup-container newspack-popup hidden newspack-inline-popup{kind} "\n				role="button"\n				tabindex="0"\n				style="background-color:#f4efe4;color:#000"\n				id="id_{6011 + n}"\n				data-segments=""\n				data-frequency="0,0,0,month"\n			>\n				<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">\n<h3 class="wp-block-heading">{e(title)}</h3>\n<p>{e(text)}</p>\n{action}\n</div>			</div>\n		"""


def _story(article: Article, n: int, page: Page) -> str:
    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="{HOST}{LINKED[n][2]}">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k:
            html = html.replace(e(BOLD[n][1]), f"<strong>{e(BOLD[n][1])}</strong>", 1)
        blocks.append(f'<h2 class="wp-block-heading">{html}</h2>' if HEADING.get(n) == k else f"<p>{html}</p>")
        if PROMPT_AFTER.get(n) == k:
            blocks.append(_prompt(n, page))
    if n == 3:
        blocks.append('<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">\n'
                      '<div class="jetpack-video-wrapper"><iframe title="فواتير المولدات في ساحل المتن: شهادات مشتركين" width="1200" height="675" src="https://www.youtube.com/embed/Xk3v9Lq2TzA?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>\n'
                      "</div></figure>")
    return "\n\n\n\n".join(blocks)


def _share(pid: str, url: str) -> str:
    lis = "".join(f"""<li class="share-{service}"><a rel="nofollow noopener noreferrer"\n				data-shared="sharing-{service}-{pid}"\n				class="share-{service} sd-button share-icon no-text"\n				href="{url}?share={service}"\n				target="_blank"\n				aria-labelledby="sharing-{service}-{pid}"\n				>\n				<span id="sharing-{service}-{pid}" hidden>{hint} (فتح في نافذة جديدة)</span>\n				<span></span>\n			</a></li>""" for service, hint in (
        ("facebook", "انقر للمشاركة على فيسبوك"), ("x", "انقر للمشاركة على X"),
        ("jetpack-whatsapp", "انقر للمشاركة على واتساب"), ("telegram", "انقر للمشاركة على Telegram"),
        ("print", "انقر للطباعة")))
    return ('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing">'
            f'<h3 class="sd-title">شارك هذا:</h3><div class="sd-content"><ul>{lis}<li class="share-end"></li></ul></div></div></div>')


def _related(article: Article, page: Page) -> str:
    items, cat = [], CATS[article.section]
    for k, title in enumerate(article.related):
        pid, when, by = int(article.slug) - 37 * (k + 1), article.moment - timedelta(days=9 + 13 * k, hours=3 * k), RELATED_BY[k]
        page.add(title, f"بقلم {by}", _day(when))
        items.append(f"""\n	<article data-post-id="{pid}"\n		class="category-{cat} type-post post-has-image"\n				>\n					<figure class="post-thumbnail">\n								<a href="{HOST}/?p={pid}" rel="bookmark" tabindex="-1" aria-hidden="true">
										<img width="400" height="300" src="{HOST}/wp-content/uploads/{when:%Y/%m}/related-{pid}-400x300.jpg" class="attachment-newspack-article-block-landscape-small size-newspack-article-block-landscape-small wp-post-image" alt="" decoding="async" loading="lazy" />								</a>\n							</figure><!-- .featured-image -->\n		<div class="entry-wrapper">\n							<div class="cat-links">\n					<a href="{HOST}/category/{cat}/">\n						{article.section}\n					</a>\n				</div>
				<h3 class="entry-title"><a href="{HOST}/?p={pid}" rel="bookmark">{e(title)}</a></h3>				<div class="entry-meta">\n											<span class="byline">\n							بقلم <span class="author vcard"><a class="url fn n" href="{HOST}/author/{AUTHORS[by][0]}/">{by}</a></span>						</span><!-- .author-name -->\n						<time class="entry-date published" datetime="{when.isoformat()}">{_day(when)}</time>				</div><!-- .entry-meta -->\n					</div><!-- .entry-wrapper -->\n	</article>\n""")
    page.add("اقرأ أيضاً")
    return f"""<section id="block-14" class="widget widget_block"><div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignright ts-2 is-3 is-landscape show-category has-text-align-right" style="" >\n							<h2 class="article-section-title">\n						<span>اقرأ أيضاً</span>\n					</h2>\n					<div data-posts data-current-post-id="{article.slug}">\n				{"".join(items)}\n			</div>\n				</div>\n</section>"""


def _comments(article: Article, n: int, url: str, page: Page) -> str:
    rows = COMMENTS[n]
    label = "تعليق واحد" if len(rows) == 1 else f"{len(rows)} تعليقات"
    page.add("انضم إلى النقاش", label, "اترك تعليقاً", *FORM_LINES)
    html, kids = {}, {}
    for cid, parent, author, minutes, text in rows:
        when, mine = article.moment + timedelta(minutes=minutes), author == article.author
        stamp = f"{_day(when)} في {_clock(when)}"
        page.add(f"{author} يقول:", stamp, text)
        badge = '<span class="post-author-badge" aria-hidden="true"><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M9 16.2L4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4L9 16.2z"></path></svg></span>' if mine else ""
        parity = "even" if len(html) % 2 else "odd"
        html[cid] = f"""<li id="comment-{cid}" class="comment {'byuser comment-author-' + AUTHORS[author][0] + ' bypostauthor ' if mine else ''}{parity} {'depth-2' if parent else 'thread-' + parity + ' depth-1'}{' parent' if any(r[1] == cid for r in rows) else ''}">\n			<article id="div-comment-{cid}" class="comment-body">\n				<footer class="comment-meta">\n					<div class="comment-author vcard">
						{_avatar(author, 60)}<b class="fn">{author}</b> <span class="screen-reader-text says">يقول:</span>{badge}					</div><!-- .comment-author -->\n\n					<div class="comment-metadata">\n						<a href="{url}#comment-{cid}">\n														<time datetime="{when.isoformat()}" title="{stamp}">\n								{stamp}							</time>\n						</a>\n											</div><!-- .comment-metadata -->\n\n									</footer><!-- .comment-meta -->\n\n				<div class="comment-content">\n					<p>{e(text)}</p>
				</div><!-- .comment-content -->\n\n			</article><!-- .comment-body -->\n\n			<div class="comment-reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="{article.slug}" data-belowelement="div-comment-{cid}" data-respondelement="respond" data-replyto="الرد على {author}" aria-label="الرد على {author}">رد</a></div>"""
        kids.setdefault(parent, []).append(cid)
    out = "".join(html[c] + (f'<ol class="children">\n{"".join(html[k] + "</li><!-- #comment-## -->" for k in kids[c])}\n</ol><!-- .children -->' if c in kids else "")
                  + "</li><!-- #comment-## -->\n" for c in kids[0])
    return f"""<div id="comments" class="comments-area">\n	<div class="comments-title-wrap">\n		<h2 class="comments-title">\n		انضم إلى النقاش		</h2><!-- .comments-title -->\n		<div class="discussion-meta">\n	<p class="discussion-meta-info">\n		<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M21.99 4c0-1.1-.89-2-1.99-2H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h14l4 4-.01-18z"></path></svg>		<span>{label}</span>\n	</p>
</div><!-- .discussion-meta -->\n	</div><!-- .comments-title-flex -->\n			<ol class="comment-list">\n			{out}		</ol><!-- .comment-list -->\n		<h3 class="comment-reply-title">اترك تعليقاً</h3>	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title"> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{FORM_LINES[0]}</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">تعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="5" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>\n<p class="comment-form-url"><label for="url">الموقع الإلكتروني</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{FORM_LINES[-1]}</label></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />\n<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->\n	</div><!-- #comments -->"""


def _ld(article: Article, url: str, author: str, image, modified) -> str:
    person = f"{HOST}/#/schema/person/{AUTHORS[author][1]}"
    art = {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
           "author": {"name": author, "@id": person}, "headline": article.headline,
           "datePublished": _utc(article.moment), "dateModified": _utc(modified),
           "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()),
           "commentCount": len(COMMENTS.get(_N[article.slug], ())),
           "publisher": {"@id": f"{HOST}/#organization"}, "keywords": list(article.tags),
           "articleSection": [article.section], "inLanguage": "ar",
           "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}]}
    crumbs = [{"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
              {"@type": "ListItem", "position": 2, "name": article.section, "item": f"{HOST}/category/{CATS[article.section]}/"},
              {"@type": "ListItem", "position": 3, "name": article.headline}]
    graph = [art, {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
                   "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": _utc(article.moment),
                   "dateModified": _utc(modified), "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
             {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": crumbs},
             {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE, "description": TAGLINE,
              "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
             {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/",
              "sameAs": [link for link, _ in SOCIAL]},
             {"@type": "Person", "@id": person, "name": author, "url": f"{HOST}/author/{AUTHORS[author][0]}/"}]
    if image:
        art["image"] = {"@id": f"{url}#primaryimage"}
        graph.insert(2, {"@type": "ImageObject", "inLanguage": "ar", "@id": f"{url}#primaryimage",
                         "url": f"{HOST}/wp-content/uploads/{image[0]}.jpg", "width": image[1], "height": image[2],
                         **({"caption": article.caption} if article.caption != "-" else {})})
    return json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False, separators=(",", ":"))


_N = {"4821": 1, "5107": 2, "5893": 3}


def render(article: Article, n: int) -> Page:
    m, url, pid = article.moment, _url(article), article.slug
    subtitle, edited, image = PAGES[n]
    modified, author, cat = m + timedelta(minutes=edited), article.author or STAFF, CATS[article.section]
    nice, shown = AUTHORS[author][0], _day(m)
    page = Page(url=url, html="", shown_date=shown)
    tags = '<span class="sep">،&nbsp;</span>'.join(f'<a href="{HOST}/tag/{quote(t.replace(" ", "-"))}/" rel="tag">{t}</a>' for t in article.tags)
    words = len(article.body.split())
    page.add("تخطي إلى المحتوى", "إغلاق", "البحث عن:", "بحث", *(t for _, t in PRIMARY), *(t for _, t in SECONDARY),
             *(t for _, t in SOCIAL), SITE, TAGLINE, "القائمة", "تسجيل الدخول", "فتح البحث", "الرئيسية",
             article.section, "نُشر في", subtitle, f"بقلم {author}", shown, _day(modified), "شارك هذا:",
             "الوسوم: " + "، ".join(article.tags), "الأكثر قراءة", *NEWSLETTER, "اشترك", "عن نافذة المتن", FOOTER_ABOUT,
             "روابط", *(t for _, t in FOOTER_LINKS), "أرسل لنا معلومة", TIPS, f"© {m.year} {SITE}.", IMPRINT,
             "سياسة الخصوصية", "تصفّح المقالات")
    time_html = (f'<time class="entry-date published" datetime="{m.isoformat()}">{shown}</time><time class="updated" datetime="{modified.isoformat()}">{_day(modified)}</time>'
                 if edited else f'<time class="entry-date published updated" datetime="{m.isoformat()}">{shown}</time>')
    figure = ""
    if image:
        file, width, height, credit = image
        caption = f"{e(article.caption)} " if article.caption != "-" else ""
        page.add(article.caption if caption else "", f"تصوير: {credit}")
        size = "newspack-featured-image" if width >= 1200 else "large"
        figure = f"""<figure class="post-thumbnail">\n
				<img width="{min(width, 1200)}" height="{height * min(width, 1200) // width}" src="{HOST}/wp-content/uploads/{file}-{min(width, 1200)}x{height * min(width, 1200) // width}.jpg" class="attachment-{size} size-{size} wp-post-image" alt="" decoding="async" fetchpriority="high" srcset="{HOST}/wp-content/uploads/{file}.jpg {width}w, {HOST}/wp-content/uploads/{file}-300x200.jpg 300w, {HOST}/wp-content/uploads/{file}-768x512.jpg 768w" sizes="(max-width: {min(width, 1200)}px) 100vw, {min(width, 1200)}px" />						<figcaption>{caption}<span class="image-credit"><span class="credit-label-wrapper">تصوير:</span> {e(credit)}</span></figcaption>
\n			</figure><!-- .post-thumbnail -->\n"""
    large = figure if image and image[1] >= 1200 else ""
    small = figure if image and not large else ""
    sub = f'\n\t\t<div class="newspack-post-subtitle">\n\t\t\t{e(subtitle)}\t\t</div>' if subtitle else ""
    bio_text = AUTHORS[author][2]
    bio = ""
    if bio_text:
        page.add(author, bio_text, f"المزيد من {author}")
        bio = f"""\n<div class="author-bio">\n\n	{_avatar(author, 80)}\n	<div class="author-bio-text">\n		<div class="author-bio-header">\n			<div>\n				<h2 class="accent-header">\n					{author}					<span></span>\n				</h2>\n							</div>\n		</div><!-- .author-bio-header -->\n\n					<p>\n				{bio_text}				<a class="author-link" href="{HOST}/author/{nice}/" rel="author">\n				المزيد من {author}				</a>\n			</p>\n\n	</div><!-- .author-bio-text -->\n</div><!-- .author-bio -->\n"""
    prev_t, next_t = MOST_READ[(n + 2) % 8], (MOST_READ[(n + 5) % 8] if n < 3 else "")
    page.add(f"السابق {prev_t}", f"التالي {next_t}" if next_t else "")
    nav_next = f'<div class="nav-next"><a href="{HOST}/?p={int(pid) + 11}" rel="next"><span class="meta-nav">التالي</span> <span class="post-title">{e(next_t)}</span></a></div>' if next_t else ""
    top = [MOST_READ[(3 * n + k) % 8] for k in range(5)]
    page.add(*top)
    top_html = "".join(f'<li><a href="{HOST}/?p={4100 + 53 * k}" title="{e(t)}" class="bump-view" data-bump-view="tp"><img loading="lazy" width="40" height="40" src="{HOST}/wp-content/uploads/2024/0{k + 1}/top-{k}.jpg?resize=40%2C40&#038;ssl=1" alt="{e(t)}" data-pin-nopin="true" class="widgets-list-layout-blavatar" /></a><div class="widgets-list-layout-links">\n\t\t\t\t\t\t\t\t<a href="{HOST}/?p={4100 + 53 * k}" title="{e(t)}" class="bump-view" data-bump-view="tp">{e(t)}</a>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</li>' for k, t in enumerate(top))
    comments = _comments(article, n, url, page) if n in COMMENTS else ""
    body_cls = (f"post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive singular show-site-tagline h-nsub h-db h-ll h-dh has-sidebar cat-{cat}"
                f"{' has-featured-image single-featured-image-default' if image else ' single-featured-image-default'}{' has-large-featured-image' if large else ''}{' show-updated' if n == 3 else ''}")
    menus = _menu("main-navigation nav1", "القائمة العلوية", "{}", "main-menu", PRIMARY, 31)
    second = _menu("secondary-menu nav2", "القائمة الثانوية", "{}", "secondary-menu", SECONDARY, 41)
    og_img = f'\n<meta property="og:image" content="{HOST}/wp-content/uploads/{image[0]}.jpg" />\n\t<meta property="og:image:width" content="{image[1]}" />\n\t<meta property="og:image:height" content="{image[2]}" />\n\t<meta property="og:image:type" content="image/jpeg" />' if image else ""
    minutes = max(1, ceil(words / 200))
    page.html = f"""<!doctype html>\n<html dir="rtl" lang="ar">\n<head>\n	<meta charset="UTF-8" />\n	<meta name="viewport" content="width=device-width, initial-scale=1" />\n	<link rel="profile" href="https://gmpg.org/xfn/11" />\n	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n\n	<!-- This site is optimized with the Yoast SEO plugin v22.8 - https://yoast.com/wordpress/plugins/seo/ -->\n	<title>{e(article.headline)} - {SITE}</title>
	<meta name="description" content="{e(article.lead[:155].rsplit(' ', 1)[0])}" />\n	<link rel="canonical" href="{url}" />\n	<meta property="og:locale" content="ar_AR" />\n	<meta property="og:type" content="article" />\n	<meta property="og:title" content="{e(article.headline)}" />\n	<meta property="og:description" content="{e(article.lead[:155].rsplit(' ', 1)[0])}" />\n	<meta property="og:url" content="{url}" />\n	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="{SOCIAL[0][0]}" />\n	<meta property="article:published_time" content="{_utc(m)}" />{f'{chr(10)}	<meta property="article:modified_time" content="{_utc(modified)}" />' if edited else ''}{og_img}\n	<meta name="author" content="{author}" />\n	<meta name="twitter:card" content="summary_large_image" />\n	<meta name="twitter:label1" content="كُتب بواسطة" />\n	<meta name="twitter:data1" content="{author}" />
	<meta name="twitter:label2" content="وقت القراءة المُقدّر" />\n	<meta name="twitter:data2" content="{'دقيقة واحدة' if minutes == 1 else 'دقيقتان'}" />\n	<script type="application/ld+json" class="yoast-schema-graph">{_ld(article, url, author, image, modified)}</script>\n	<!-- / Yoast SEO plugin. -->\n\n\n<link rel='dns-prefetch' href='//stats.wp.com' />\n<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات" href="{HOST}/comments/feed/" />\n<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.4' media='all' />
<link rel='stylesheet' id='newspack-blocks-block-styles-stylesheet-css' href='{HOST}/wp-content/plugins/newspack-blocks/dist/block_styles.css?ver=3.1.2' media='all' />\n<link rel='stylesheet' id='newspack-newsletters-subscribe-block-css' href='{HOST}/wp-content/plugins/newspack-newsletters/dist/subscribeBlock.css?ver=1717600122' media='all' />\n<link rel='stylesheet' id='newspack-popups-view-css' href='{HOST}/wp-content/plugins/newspack-popups/dist/view.css?ver=2.35.1' media='all' />
<link rel='stylesheet' id='newspack-style-css' href='{HOST}/wp-content/themes/newspack-theme/style-rtl.css?ver=2.3.0' media='all' />\n<style id='newspack-style-inline-css'>\n.cat-links a, .wpnbha .cat-links a {{ color: #b3261e; }} body, .wp-block-newspack-blocks-homepage-articles {{ font-family: "Noto Naskh Arabic", serif; }} h1, h2, h3, .site-title, .entry-meta {{ font-family: "Noto Kufi Arabic", sans-serif; }}\n</style>
<link rel='stylesheet' id='newspack-font-import-css' href='https://fonts.googleapis.com/css2?family=Noto+Kufi+Arabic:wght@400;700&#038;family=Noto+Naskh+Arabic:wght@400;700&#038;display=swap' media='all' />\n<link rel='stylesheet' id='sharedaddy-css' href='{HOST}/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.5' media='all' />\n<link rel='stylesheet' id='social-logos-css' href='{HOST}/wp-content/plugins/jetpack/_inc/social-logos/social-logos.min.css?ver=13.5' media='all' />
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" /><meta name="generator" content="WordPress 6.5.4" />\n<link rel='shortlink' href='{HOST}/?p={pid}' />\n<link rel="pingback" href="{HOST}/xmlrpc.php">	<style>img#wpstats{{display:none}}</style>
		<link rel="icon" href="{HOST}/wp-content/uploads/2023/02/cropped-nafiza-icon-32x32.png" sizes="32x32" />\n</head>\n\n<body class="{body_cls}">\n	<aside id="mobile-sidebar-fallback" class="mobile-sidebar">\n		<button class="mobile-menu-toggle">
			<svg class="svg-icon" width="20" height="20" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z"></path></svg>			إغلاق		</button>\n\n		{_search(1)}\n		{menus.replace('{}', 'menu-primary-1')}\n		{second.replace('{}', 'menu-secondary-1')}\n		{_social('menu-social-1')}\n	</aside>\n\n<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">تخطي إلى المحتوى</a>\n\n	<header id="masthead" class="site-header hide-header-search" [class]="searchVisible ? 'show-header-search site-header ' : 'hide-header-search site-header'">\n\n					<div class="top-header-contain desktop-only">\n				<div class="wrapper">\n					<div id="secondary-nav-contain">\n						{second.replace('{}', 'menu-secondary-2')}					</div>\n					<div id="social-nav-contain">\n						{_social('menu-social-2')}					</div>
				</div><!-- .wrapper -->\n			</div><!-- .top-header-contain -->\n\n			<div class="middle-header-contain">\n				<div class="wrapper">\n					<div class="site-branding">\n\n	<a href="{HOST}/" class="custom-logo-link" rel="home"><img width="400" height="96" src="{HOST}/wp-content/uploads/2023/02/nafiza-logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a>\n	<div class="site-identity">\n											<p class="site-title"><a href="{HOST}/" rel="home">{SITE}</a></p>\n
					<p class="site-description">\n					{TAGLINE}				</p>\n			</div><!-- .site-identity -->\n\n</div><!-- .site-branding -->\n					<div class="nav-wrapper desktop-only">\n						<div id="tertiary-nav-contain">\n													</div><!-- #tertiary-nav-contain -->
						<a class="newspack-reader__account-link" data-labels="{{&quot;signedin&quot;:&quot;حسابي&quot;,&quot;signedout&quot;:&quot;تسجيل الدخول&quot;}}" href="{HOST}/my-account/" data-newspack-reader-account-link><span class="newspack-reader__account-link__mobile"><svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 4a4 4 0 1 0 0 8 4 4 0 0 0 0-8z"></path></svg></span><span class="newspack-reader__account-link__label">تسجيل الدخول</span></a>
					</div><!-- .nav-wrapper -->\n					<a class="button mb-cta" href="{HOST}/donate/">ادعمنا</a>\n											<button class="mobile-menu-toggle" on="tap:mobile-sidebar.toggle">\n							<svg class="svg-icon" width="20" height="20" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z"></path></svg>							<span>القائمة</span>\n						</button>\n\n				</div><!-- .wrapper -->\n			</div><!-- .middle-header-contain -->\n
							<div class="bottom-header-contain desktop-only">\n					<div class="wrapper">\n						<div id="site-navigation">\n							{menus.replace('{}', 'menu-primary-2')}						</div>\n\n						<div class="header-search-contain">\n	<button id="search-toggle" on="tap:AMP.setState( {{ searchVisible: !searchVisible }} ), search-form-2.focus" aria-controls="search-menu" [aria-expanded]="searchVisible ? 'true' : 'false'" aria-expanded="false">
		<span class="screen-reader-text" [text]="searchVisible ? 'إغلاق البحث' : 'فتح البحث'">فتح البحث</span>\n		<span class="search-icon"><svg class="svg-icon" width="28" height="28" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M15.5 14h-.79l-.28-.27z"></path></svg></span>\n	</button>\n	<div id="header-search" [aria-expanded]="searchVisible ? 'true' : 'false'" aria-expanded="false">\n		{_search(2)}	</div><!-- #header-search -->\n</div><!-- .header-search-contain -->
					</div><!-- .wrapper -->\n				</div><!-- .bottom-header-contain -->\n\n	</header><!-- #masthead -->\n\n	<div class="site-breadcrumb desktop-only"><div class="wrapper"><span><span><a href="{HOST}/">الرئيسية</a></span> » <span><a href="{HOST}/category/{cat}/">{article.section}</a></span> » <span class="breadcrumb_last" aria-current="page">{e(article.headline)}</span></span></div></div>\n\n	<div id="content" class="site-content">\n\n	<section id="primary" class="content-area category-{cat}">
		<main id="main" class="site-main">\n\n\n	<header class="entry-header">\n		<span class="cat-links"><span class="screen-reader-text">نُشر في</span><a href="{HOST}/category/{cat}/" rel="category tag">{article.section}</a></span>			<h1 class="entry-title {'entry-title--with-subtitle' if subtitle else ''}">\n			{e(article.headline)}		</h1>{sub}\n\n	<div class="entry-subhead">\n					<div class="entry-meta">\n				<span class="author-avatar">{_avatar(author, 80)}</span>\n			<span class="byline">
				<span>بقلم</span>\n				<span class="author vcard"><a class="url fn n" href="{HOST}/author/{nice}/">{author}</a></span> 			</span><!-- .byline -->\n		<span class="posted-on">{time_html}</span>				</div><!-- .meta-info -->\n			{_share(pid, url)}	</div>\n	</header>\n\n	{large}\n				<div class="main-content">\n\n					{small}\n<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard {'has-post-thumbnail ' if image else ''}hentry category-{cat} entry">
	<div class="entry-content">\n\n		{_story(article, n, page)}\n{_related(article, page)}	</div><!-- .entry-content -->\n\n	<footer class="entry-footer">\n		<span class="tags-links"><span>الوسوم: </span>{tags}</span>	</footer><!-- .entry-footer -->\n{bio}\n</article><!-- #post-{pid} -->\n\n	<nav class="navigation post-navigation" aria-label="المقالات">\n		<h2 class="screen-reader-text">تصفّح المقالات</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{HOST}/?p={int(pid) - 9}" rel="prev"><span class="meta-nav">السابق</span> <span class="post-title">{e(prev_t)}</span></a></div>{nav_next}</div>\n	</nav>\n{comments}\n				</div><!-- .main-content -->\n\n\n<aside id="secondary" class="widget-area">\n	<section id="top-posts-2" class="widget widget_top-posts"><h2 class="widget-title">الأكثر قراءة</h2><ul class='widgets-list-layout no-grav'>\n{top_html}					</ul>
</section><section id="block-9" class="widget widget_block">\n<div class="wp-block-group has-background" style="background-color:#f4efe4"><div class="wp-block-group__inner-container is-layout-flow wp-block-group-is-layout-flow">\n<h2 class="wp-block-heading">{NEWSLETTER[0]}</h2>\n<p>{NEWSLETTER[1]}</p>\n{_subscribe(52704, 2)}\n</div></div>\n</section></aside><!-- #secondary -->\n\n		</main><!-- #main -->\n	</section><!-- #primary -->\n\n\n	</div><!-- #content -->\n
	<footer id="colophon" class="site-footer">\n\n					<div class="footer-branding">\n		<div class="wrapper">\n			<a href="{HOST}/" class="custom-logo-link" rel="home"><img width="400" height="96" src="{HOST}/wp-content/uploads/2023/02/nafiza-logo.png" class="custom-logo" alt="{SITE}" decoding="async" loading="lazy" /></a>			{_social('menu-social-3')}		</div><!-- .wrapper -->\n	</div><!-- .footer-branding -->\n<div class="footer-widgets">\n	<div class="wrapper">
		<div class="footer-widget"><section id="block-5" class="widget widget_block"><h2 class="wp-block-heading">عن نافذة المتن</h2><p>{FOOTER_ABOUT}</p></section></div>
		<div class="footer-widget"><section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">روابط</h2><nav class="menu-footer-container" aria-label="روابط"><ul id="menu-footer" class="menu">{''.join(f'<li class="menu-item menu-item-type-post_type menu-item-object-page"><a href="{HOST}{p}">{t}</a></li>' for p, t in FOOTER_LINKS)}</ul></nav></section></div>
		<div class="footer-widget"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">أرسل لنا معلومة</h2><p>{TIPS}</p></section></div>\n	</div><!-- .wrapper -->\n</div><!-- .footer-widgets -->\n\n		<div class="site-info">\n\n			<div class="wrapper site-info-contain">\n									<span class="copyright">&copy; {m.year} {SITE}.</span>\n\n				<a href="https://newspack.com/" class="imprint">\n					{IMPRINT}				</a>\n
				<a class="privacy-policy-link" href="{HOST}/privacy-policy/" rel="privacy-policy">سياسة الخصوصية</a>			</div><!-- .wrapper -->\n		</div><!-- .site-info -->\n	</footer><!-- #colophon -->\n\n</div><!-- #page -->\n\n<script id="newspack-popups-view-js-extra">\nvar newspackPopupsData = {{"ajax_url":"{HOST}\\/wp-admin\\/admin-ajax.php","post_id":"{pid}","segments":[]}};\n</script>
<script src="{HOST}/wp-content/plugins/newspack-popups/dist/view.js?ver=2.35.1" id="newspack-popups-view-js" defer></script>\n<script src="{HOST}/wp-content/plugins/newspack-newsletters/dist/subscribeBlock.js?ver=1717600122" id="newspack-newsletters-subscribe-block-js" async></script>\n<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.5.4" id="comment-reply-js" async data-wp-strategy="async"></script>\n<script id="sharing-js-js-extra">
var sharing_js_options = {{"lang":"ar","counts":"1","is_stats_active":"1"}};\n</script>\n<script src="{HOST}/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.5" id="sharing-js-js"></script>\n<script src="https://stats.wp.com/e-202420.js" id="jetpack-stats-js" defer></script>\n<script id="jetpack-stats-js-after">\n_stq = window._stq || [];
_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"218540331\\",\\"post\\":\\"{pid}\\",\\"tz\\":\\"{m.utcoffset().seconds // 3600}\\",\\"srv\\":\\"newspack-outlet.example\\"}}") ]);\n</script>\n</body>\n</html>\n"""
    return page
