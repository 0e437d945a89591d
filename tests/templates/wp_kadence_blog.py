"""A Jordanian health and lifestyle blog ("نبض العافية") on WordPress with the Kadence theme
(1.2.x) and Kadence Blocks, as the site serves a single post. The head: `<html dir="rtl"
lang="ar" class="no-js" itemtype="https://schema.org/Blog" itemscope>`, `<title>` "headline -
نبض العافية", the Rank Math block (description, og/article meta with the site's +03:00 times,
`twitter:label1` "كُتب بواسطة", a `rank-math-schema` JSON-LD graph with a BlogPosting), the
Kadence stylesheets (global, header, content, sidebar, related-posts, splide, comments,
footer, rtl) and Kadence Blocks ones, `kadence-global-inline-css`. The body (`wp-site-blocks`):
the skip link, `header#masthead` with the top row (social icons, secondary menu) and main row
(`site-branding` title and tagline, primary navigation, search toggle) in
`site-header-row-container` wrappers, the mobile header and the off-canvas drawer repeating the
menu. `section.entry-hero.post-hero-section` holds the Kadence breadcrumbs, the category link in
`entry-taxonomies`, `h1.entry-title` and the `entry-meta` (`posted-by` with avatar, "بواسطة"
label and author; `posted-on` with `time.entry-date` in WordPress's Arabic "j F، Y"; page 3,
edited two days later, adds `time.updated`; `meta-comments` count). Then
`article.entry.single-entry` with an optional `post-thumbnail`, `div.entry-content
single-content` and `entry-footer` tags ("#tag"). Page 1 (by هبة العمري) has a `wp-block-image`
with `figcaption` after the lead and a `kadence-advancedheading` h2 subheading (text) in the
body, and two comments, one the author's reply. Page 2 (a "فريق التحرير" desk post published at
00:35 local, no image) has a two-column `kb-row-layout` "اقرأ أيضاً" card inside the content
(chrome) and no comments. Page 3 (by د. سامر الحوراني) sets its lead as a Kadence
advanced-heading `<p>`, bolds a figure, links a phrase inline, ends with a Kadence row-layout
newsletter box (chrome) and has one comment. Then post navigation ("السابق"/"التالي"), the
`entry-related` splide carousel "مقالات مشابهة", comments and the respond form, the
`primary-sidebar` (search, most-read list, categories) and the Kadence footer rows (about text,
links, medical disclaimer, "© year site - قالب ووردبريس بواسطة Kadence WP"). All of that is
chrome."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_kadence_blog"
HELD_OUT = True
SET = "unseen28"
FAMILY = "WordPress Kadence theme + Kadence Blocks health blog: entry-hero title, posted-by/posted-on meta, kb-row-layout and advanced headings in single-content, related carousel, comments, footer rows"
HOST = "https://kadence-sahha.example"
SITE = "نبض العافية"
TAGLINE = "مدونة أردنية للصحة وأسلوب الحياة"
THEME = f"{HOST}/wp-content/themes/kadence/assets"
KB = f"{HOST}/wp-content/plugins/kadence-blocks/dist"
PRIMARY = (("/", "الرئيسية"), ("/category/general-health/", "صحة عامة"),
           ("/category/nutrition/", "تغذية"), ("/category/fitness/", "لياقة"),
           ("/category/women/", "صحة المرأة"), ("/category/kids/", "صحة الطفل"),
           ("/category/tips/", "نصائح صحية"))
SECONDARY = (("/about/", "من نحن"), ("/contact/", "اتصل بنا"), ("/advertise/", "أعلن معنا"))
SOCIAL = {"facebook": "Facebook", "instagram": "Instagram", "youtube": "YouTube"}
CAT_SLUG = {"صحة عامة": "general-health", "تغذية": "nutrition", "نصائح صحية": "tips"}
AUTHORS = {1: ("هبة العمري", "heba"), 2: ("فريق التحرير", "editor"),
           3: ("د. سامر الحوراني", "samer")}
MOST_READ = ("فوائد زيت الزيتون البكر للقلب والشرايين", "متى يصبح الصداع مؤشراً على مشكلة أكبر؟",
             "دليلك إلى صيام صحي دون إرهاق", "أطعمة تقوي المناعة في فصل الشتاء",
             "كم ساعة نوم يحتاج المراهق فعلاً؟", "تمارين منزلية لآلام أسفل الظهر")
CATEGORIES = ("صحة عامة", "تغذية", "لياقة", "نصائح صحية", "صحة نفسية")
NAV = {1: ("لقاح الإنفلونزا الموسمية متاح في المراكز الصحية", "نقص فيتامين د لدى النساء: أعراض تُهمل"),
       2: ("مياه الشرب في الصيف: كم لتراً تحتاج؟", "الحساسية الصيفية عند الأطفال"),
       3: ("القهوة العربية والقلب: ماذا تقول الأبحاث؟", "")}
# (name, minutes after publication, text, by the post's author)
COMMENTS = {
    1: (("أم يزن", 230, "هل تصل العيادات إلى قرية أم الجمال أيضاً؟ والدي لم يفحص منذ مدة.", False),
        ("هبة العمري", 310, "نعم، بحسب جدول الحملة تصل يوم الأحد المقبل من التاسعة صباحاً.", True)),
    2: (),
    3: (("محمود ع.", 1500, "نتمنى أن تعمم التجربة على مخابز المحافظات، الخبز عندنا مالح جداً.",
         False),),
}
READ_ALSO = "اقرأ أيضاً"
NEWS_BOX = ("اشترك في نشرتنا الصحية", "نصائح موثوقة من أطباء ومختصين تصلك كل يوم أحد.", "اشترك")
ABOUT = "نبض العافية مدونة أردنية مستقلة تقدم محتوى صحياً مبسطاً يراجعه أطباء ومختصون."
DISCLAIMER = "المعلومات المنشورة لأغراض التوعية ولا تغني عن استشارة الطبيب المختص."
FOOT_LINKS = (("/privacy-policy/", "سياسة الخصوصية"), ("/editorial-policy/", "السياسة التحريرية"),
              ("/contact/", "اتصل بنا"))
FORM = ("اترك تعليقاً", "لن يتم نشر عنوان بريدك الإلكتروني.", "الحقول الإلزامية مشار إليها بـ *",
        "تعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني")


def _date(moment) -> str:
    """WordPress's Arabic default date format "j F، Y"."""
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _time(moment) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _count(n: int) -> str:
    return "تعليق واحد" if n == 1 else ("تعليقان" if n == 2 else f"{n} تعليقات")


def _avatar(seed: str, size: int) -> str:
    h = (seed.encode().hex() * 4)[:32]
    return (f"<img alt='' src='https://secure.gravatar.com/avatar/{h}?s={size}&#038;d=mm&#038;"
            f"r=g' srcset='https://secure.gravatar.com/avatar/{h}?s={size * 2}&#038;d=mm&#038;"
            f"r=g 2x' class='avatar avatar-{size} photo' height='{size}' width='{size}' "
            "decoding='async'/>")


def _menu(items, prefix: int) -> str:
    return "\n".join(f'<li id="menu-item-{prefix + k}" class="menu-item menu-item-type-taxonomy '
                     f'menu-item-object-category menu-item-{prefix + k}"><a href="{HOST}{path}">'
                     f"{label}</a></li>" for k, (path, label) in enumerate(items))


def _adv(uid: str, tag: str, inner: str) -> str:
    return (f'<{tag} class="kt-adv-heading{uid} wp-block-kadence-advancedheading" '
            f'data-kb-block="kb-adv-heading{uid}">{inner}</{tag}>')


def _row(uid: str, cols: list[str]) -> str:
    inner = "\n".join(f'<div class="wp-block-kadence-column kadence-column{uid}{k}"><div '
                      f'class="kt-inside-inner-col">{c}</div></div>' for k, c in enumerate(cols))
    return (f'<div class="kb-row-layout-wrap kb-row-layout-id{uid} alignnone '
            f'wp-block-kadence-rowlayout"><div class="kt-row-column-wrap kt-has-{len(cols)}-'
            'columns kt-row-layout-equal kt-tab-layout-inherit kt-mobile-layout-row '
            f'kt-row-valign-top">\n{inner}\n</div></div>')


def _content(article: Article, n: int, page: Page) -> str:
    pid = article.slug
    paras = [article.lead, *article.paragraphs]
    out = []
    for k, text in enumerate(paras):
        html = e(text)
        if n == 3 and "6 ملم زئبق" in text:
            html = html.replace("6 ملم زئبق", "<strong>6 ملم زئبق</strong>")
        if n == 3 and "منظمة الصحة العالمية" in text:
            html = html.replace("منظمة الصحة العالمية", '<a href="https://www.who.int/ar/news-'
                                'room/fact-sheets/detail/salt-reduction" target="_blank" '
                                'rel="noreferrer noopener">منظمة الصحة العالمية</a>')
        if n == 1 and text.endswith("؟"):
            out.append(_adv(f"{pid}_1c2e4a-7b", "h2", html))
        elif n == 3 and k == 0:
            out.append(_adv(f"{pid}_a39f0d-21", "p", html))
        else:
            out.append(f"<p>{html}</p>")
        if n == 1 and k == 0:
            src = f"{HOST}/wp-content/uploads/2024/10/mobile-clinic-salhiya"
            out.append(f'<figure class="wp-block-image size-large"><img decoding="async" '
                       f'width="1024" height="683" src="{src}-1024x683.jpg" alt="" '
                       f'class="wp-image-{int(pid) + 3}" srcset="{src}-1024x683.jpg 1024w, '
                       f'{src}-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" />'
                       f'<figcaption class="wp-element-caption">{e(article.caption)}'
                       "</figcaption></figure>")
            page.add(article.caption)
        if n == 2 and k == 1:
            title = article.related[0]
            card = (_adv(f"{pid}_5d1e07-c4", "h4", READ_ALSO),
                    f'<p><a href="{HOST}/archives/{int(pid) - 41}">{e(title)}</a></p>')
            out.append(_row(f"{pid}_8b2f61-0e", [card[0], card[1]]))
            page.add(READ_ALSO, title)
    if n == 3:
        box = [_adv(f"{pid}_e07b3c-55", "h3", NEWS_BOX[0]) + "\n"
               + _adv(f"{pid}_e07b3c-56", "p", NEWS_BOX[1]),
               f'<div class="wp-block-kadence-advancedbtn kb-buttons-wrap kb-btns{pid}_0c9d"><a '
               f'class="kb-button kt-button button kb-btn{pid}_0c9e kt-btn-size-standard '
               f'kt-btn-width-type-auto kb-btn-global-fill" href="{HOST}/newsletter/"><span '
               f'class="kt-btn-inner-text">{NEWS_BOX[2]}</span></a></div>']
        out.append(_row(f"{pid}_f41a90-3d", box))
        page.add(*NEWS_BOX)
    return "\n\n".join(out)


def _comments(article: Article, n: int, page: Page) -> str:
    items = []
    for k, (name, minutes, text, own) in enumerate(COMMENTS[n]):
        when = article.moment + timedelta(minutes=minutes)
        cid = int(article.slug) * 3 + k
        stamp = f"{_date(when)} في {_time(when)}"
        page.add(name, f"{name} قال:", stamp, text, "رد")
        cls = "byuser bypostauthor odd alt depth-2" if own else "even thread-even depth-1"
        item = (f'<li id="comment-{cid}" class="comment {cls}"><article id="div-comment-{cid}" class="comment-body">\n<footer class="comment-meta"><div class="comment-author vcard">{_avatar(name, 60)}<b class="fn">{e(name)}</b> <span class="says">قال:</span>'
                f'</div><div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{when.isoformat()}">{stamp}</time></a></div></footer>\n<div class="comment-content"><p>{e(text)}</p></div>\n'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" aria-label="الرد على {e(name)}">رد</a></div></article>')
        items.append(item)
    page.add(*FORM)
    listing = ""
    if items:
        nested = items[0] + ("<ol class=\"children\">" + "</li>".join(items[1:]) + "</li></ol>"
                             if len(items) > 1 else "") + "</li>"
        count = _count(len(items))
        page.add(count)
        listing = (f'<h2 class="comments-title">{count}</h2>\n<ol class="comment-list">\n'
                   f"{nested}\n</ol><!-- .comment-list -->")
    return f"""<div id="comments" class="comments-area">
{listing}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{FORM[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;"></a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">{FORM[1]}</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment comment-form-float-label"><textarea id="comment" name="comment" placeholder="اترك تعليقاً..." cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea><label class="float-label" for="comment">تعليق <span class="required">*</span></label></p><div class="comment-input-wrap has-url-field"><p class="comment-form-author"><input aria-label="الاسم" id="author" name="author" type="text" placeholder="هبة" value="" size="30" maxlength="245" aria-required="true" required="required" /><label class="float-label" for="author">الاسم <span class="required">*</span></label></p>
<p class="comment-form-email"><input aria-label="البريد الإلكتروني" id="email" name="email" type="email" placeholder="name@email.com" value="" size="30" maxlength="100" aria-describedby="email-notes" aria-required="true" required="required" /><label class="float-label" for="email">البريد الإلكتروني <span class="required">*</span></label></p>
<p class="comment-form-url"><input aria-label="الموقع الإلكتروني" id="url" name="url" type="url" placeholder="https://www.example.com" value="" size="30" maxlength="200" /><label class="float-label" for="url">{FORM[6]}</label></p></div>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form>	</div><!-- #respond -->
	</div><!-- #comments -->"""


def _related(article: Article, page: Page) -> str:
    slides = []
    for k, title in enumerate(article.related):
        when = article.moment - timedelta(days=9 + 23 * k)
        rid = int(article.slug) - 57 * (k + 1)
        url = f"{HOST}/archives/{rid}"
        page.add(title, _date(when))
        slides.append(f"""<li class="carousel-item splide__slide"><article class="entry content-bg loop-entry post-{rid} post type-post status-publish format-standard has-post-thumbnail hentry"><a aria-hidden="true" tabindex="-1" role="presentation" class="post-thumbnail kadence-thumbnail-ratio-2-3" aria-label="{e(title)}" href="{url}"><div class="post-thumbnail-inner"><img width="768" height="512" src="{HOST}/wp-content/uploads/{when:%Y/%m}/post-{rid}-768x512.jpg" class="attachment-medium_large size-medium_large wp-post-image" alt="" decoding="async" loading="lazy" /></div></a><!-- .post-thumbnail --><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="{url}" rel="bookmark">{e(title)}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published updated" datetime="{when.isoformat()}">{_date(when)}</time>					</span></div><!-- .entry-meta --></header><!-- .entry-header --></div></article></li>""")
    page.add("مقالات مشابهة")
    return f"""<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title" id="related-posts-title">مقالات مشابهة</h2>			<div class="entry-related-carousel kadence-slide-init splide" aria-labelledby="related-posts-title" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="true" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="التالي" data-slider-slide-label="مقالات" data-slider-prev-label="السابق"><div class="splide__track"><ul class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">
{chr(10).join(slides)}
</ul></div></div></div></div></div><!-- .entry-author -->"""


def _postnav(article: Article, n: int, page: Page) -> str:
    prev, nxt = NAV[n]
    parts = []
    for cls, label, title, step in (("nav-previous", "السابق", prev, -6), ("nav-next", "التالي",
                                                                             nxt, 5)):
        if not title:
            continue
        page.add(label, title)
        parts.append(f'<div class="{cls}"><a href="{HOST}/archives/{int(article.slug) + step}" rel="{"prev" if step < 0 else "next"}"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="29" height="28" viewBox="0 0 29 28"><path d="M28 12.5v3c0 0.281-0.219 0.5-0.5 0.5h-19.5v3.5c0 0.203-0.109 0.375-0.297 0.453z"></path></svg>'
                     f"</span>{label}</small></div>{e(title)}</a></div>")
    return ('\n\t<nav class="navigation post-navigation" aria-label="مقالات">\n\t\t<h2 class='
            '"screen-reader-text">تصفّح المقالات</h2>\n\t\t<div class="nav-links">'
            + "".join(parts) + "</div>\n\t</nav>")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid = article.slug
    url = f"{HOST}/archives/{pid}"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    author, login = AUTHORS[n]
    cat = article.section
    cat_url = f"{HOST}/category/{CAT_SLUG[cat]}/"
    comments = COMMENTS[n]
    modified = moment + timedelta(days=2, hours=1, minutes=10) if n == 3 else moment
    year = moment.year
    page.add("انتقل إلى المحتوى", SITE, TAGLINE, *(lab for _, lab in SECONDARY),
             *(lab for _, lab in PRIMARY), "الرئيسية", cat, "بواسطة", author, shown,
             f"{len(comments)} {'تعليق' if len(comments) == 1 else 'تعليقات'}")
    if n == 3:
        page.add(_date(modified))
    tag_links = "\n".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" title="{e(t)}" '
                          f'class="tag-link tag-item-{e(t.replace(" ", "-"))}" rel="tag"><span '
                          f'class="tag-hash">#</span>{e(t)}</a>' for t in article.tags)
    page.add("وسوم المقالة:", *(f"#{t}" for t in article.tags))
    updated = (f'<time class="entry-date published" datetime="{moment.isoformat()}">{shown}'
               f'</time><time class="updated" datetime="{modified.isoformat()}">'
               f"{_date(modified)}</time>" if n == 3 else
               f'<time class="entry-date published updated" datetime="{moment.isoformat()}">'
               f"{shown}</time>")
    thumb = ""
    if n in (1, 3):
        img = f"{HOST}/wp-content/uploads/{moment:%Y/%m}/featured-{pid}"
        thumb = (f'<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-'
                 f'below kadence-thumbnail-ratio-2-3">\n\t\t\t<div class="post-thumbnail-inner">'
                 f'\n\t\t\t\t<img width="1200" height="800" src="{img}.jpg" class="post-top-'
                 f'featured wp-post-image" alt="{e(article.headline)}" decoding="async" '
                 f'fetchpriority="high" srcset="{img}.jpg 1200w, {img}-768x512.jpg 768w" '
                 'sizes="(max-width: 1200px) 100vw, 1200px" />\t\t\t</div>\n\t\t</div><!-- '
                 '.post-thumbnail -->\n')
    content = _content(article, n, page)
    postnav = _postnav(article, n, page)
    related = _related(article, page)
    comment_html = _comments(article, n, page)
    most = [MOST_READ[(n + k) % len(MOST_READ)] for k in range(4)]
    page.add("بحث", "الأكثر قراءة", *most, "التصنيفات", *CATEGORIES, ABOUT, "روابط",
             *(lab for _, lab in FOOT_LINKS), "تنبيه طبي", DISCLAIMER,
             f"© {year} {SITE} - قالب ووردبريس بواسطة Kadence WP")
    desc = article.lead[:155].rsplit(" ", 1)[0] + "..."
    plain_words = len(article.body.split())
    graph = [
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "logo": {"@type": "ImageObject", "url": f"{HOST}/wp-content/uploads/2023/02/logo.png"}},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": HOST, "name": SITE,
         "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": article.headline,
         "datePublished": moment.isoformat(), "dateModified": modified.isoformat(),
         "isPartOf": {"@id": f"{HOST}/#website"}, "inLanguage": "ar"},
        {"@type": "Person", "@id": f"{HOST}/author/{login}/", "name": author,
         "url": f"{HOST}/author/{login}/"},
        {"@type": "BlogPosting", "headline": f"{article.headline} - {SITE}",
         "keywords": ",".join(article.tags), "datePublished": moment.isoformat(),
         "dateModified": modified.isoformat(), "articleSection": cat,
         "author": {"@id": f"{HOST}/author/{login}/", "name": author},
         "publisher": {"@id": f"{HOST}/#organization"}, "description": desc,
         "name": f"{article.headline} - {SITE}", "@id": f"{url}#richSnippet",
         "isPartOf": {"@id": f"{url}#webpage"}, "inLanguage": "ar",
         "mainEntityOfPage": {"@id": f"{url}#webpage"}},
    ]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                    separators=(",", ":")).replace("/", "\\/")
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}" />' for t in article.tags)
    css = "\n".join(f"<link rel='stylesheet' id='kadence-{k}-css' href='{THEME}/css/{k}.min.css"
                    f"?ver=1.2.9' media='all' />" for k in ("global", "header", "content",
                                                             "comments", "sidebar",
                                                             "related-posts", "kadence-splide",
                                                             "footer", "rtl"))
    kb_css = "\n".join(f"<link rel='stylesheet' id='kadence-blocks-{k}-css' href='{KB}/style-"
                       f"blocks-{k}.css?ver=3.2.54' media='all' />"
                       for k in ("rowlayout", "column", "advancedheading", "advancedbtn"))
    social = "".join(f'<a href="https://www.{s}.com/nabdalafia" aria-label="{SOCIAL[s]}" target='
                     f'"_blank" rel="noopener noreferrer" class="social-button header-social-item '
                     f'social-link-{s}"><span class="kadence-svg-iconset"><svg class="kadence-svg'
                     f'-icon kadence-{s}-svg" fill="currentColor" version="1.1" xmlns="http://www'
                     f'.w3.org/2000/svg" width="24" height="28" viewBox="0 0 24 28"><title>'
                     f"{SOCIAL[s]}</title><path d=\"M19.5 2c2.484 0 4.5 2.016 4.5 4.5z\"></path>"
                     "</svg></span></a>" for s in SOCIAL)
    page.add(*SOCIAL.values())
    row = "site-header-row-container site-header-focus-item site-header-row-layout-standard"
    most_li = "\n".join(f'<li><a class="wp-block-latest-posts__post-title" href="{HOST}/archives/'
                        f'{3000 + 97 * k}">{t}</a></li>' for k, t in enumerate(most))
    cats_li = "\n".join(f'<li class="cat-item cat-item-{k + 2}"><a href="{HOST}/category/c{k + 2}/"'
                        f">{c}</a>\n</li>" for k, c in enumerate(CATEGORIES))
    foot_li = _menu(FOOT_LINKS, 90)
    author_meta = (f'<span class="posted-by"><span class="author-avatar"><a class="author-image" '
                   f'href="{HOST}/author/{login}/" aria-label="صورة الكاتب">{_avatar(login, 50)}'
                   '</a><span class="image-size-ratio"></span></span><span class="meta-label">'
                   f'بواسطة</span><span class="author vcard"><a class="url fn n" href="{HOST}/'
                   f'author/{login}/">{e(author)}</a></span></span>')
    page.html = f"""<!doctype html>
<html dir="rtl" lang="ar" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<title>{e(article.headline)} - {SITE}</title>

<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{e(desc)}"/> <meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/> <link rel="canonical" href="{url}" /> <meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" /> <meta property="og:title" content="{e(article.headline)} - {SITE}" /> <meta property="og:description" content="{e(desc)}" /> <meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" /> {og_tags} <meta property="article:section" content="{cat}" /> <meta property="og:updated_time" content="{modified.isoformat()}" />
<meta property="article:published_time" content="{moment.isoformat()}" /> <meta property="article:modified_time" content="{modified.isoformat()}" /> <meta name="twitter:card" content="summary_large_image" /> <meta name="twitter:title" content="{e(article.headline)} - {SITE}" />
<meta name="twitter:description" content="{e(desc)}" /> <meta name="twitter:label1" content="كُتب بواسطة" /> <meta name="twitter:data1" content="{e(author)}" /> <meta name="twitter:label2" content="مدة القراءة" />
<meta name="twitter:data2" content="{'دقيقة واحدة' if plain_words < 200 else 'دقيقتان'}" />
<script type="application/ld+json" class="rank-math-schema">{ld}</script>
<!-- /Rank Math WordPress SEO plugin -->

<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url}/feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.6.2' media='all' />
{css}
<style id='kadence-global-inline-css'>
:root{{--global-palette1:#0f766e;--global-palette2:#115e59;--global-palette3:#1A202C;--global-palette4:#2D3748;--global-palette9:#ffffff;--global-body-font-family:Tajawal, sans-serif;--global-content-width:1200px;--global-content-narrow-width:842px;}}.content-title-style-above .post-hero-section .entry-hero-container-inner{{background:var(--global-palette7);}}
</style>
{kb_css}
<style id="kadence-blocks-global-variables-inline-css">:root {{--global-kb-font-size-sm:clamp(0.8rem, 0.73rem + 0.217vw, 0.9rem);--global-kb-font-size-md:clamp(1.1rem, 0.995rem + 0.326vw, 1.25rem);--global-kb-spacing-sm:1.5rem;}}</style>
<script src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel='shortlink' href='{HOST}/?p={pid}' />
<link rel="preload" id="kadence-header-preload" href="{THEME}/css/header.min.css?ver=1.2.9" as="style">
</head>

<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard has-sidebar content-title-style-above content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header"><div id="wrapper" class="site wp-site-blocks"><a class="skip-link screen-reader-text scroll-ignore" href="#main">انتقل إلى المحتوى</a><header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope><div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-top-header-wrap {row}" data-section="kadence_customizer_header_top"><div class="site-header-row-container-inner"><div class="site-container">
<div class="site-top-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-top-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_social"><div class="header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false social-style-filled">{social}</div></div></div><!-- data-section="header_social" -->
</div><div class="site-header-top-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_secondary_navigation"><nav id="secondary-navigation" class="secondary-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="القائمة الثانوية"><div class="secondary-menu-container header-menu-container"><ul id="secondary-menu" class="menu">{_menu(SECONDARY, 40)}</ul>		</div></nav><!-- #secondary-navigation -->
</div><!-- data-section="secondary_navigation" -->
</div></div></div></div></div><div class="site-main-header-wrap {row}" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="{HOST}/" rel="home"><img width="64" height="64" src="{HOST}/wp-content/uploads/2023/02/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /><div class="site-title-wrap"><p class="site-title">{SITE}</p><p class="site-description">{TAGLINE}</p></div></a></div></div><!-- data-section="title_tagline" -->
</div><div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-underline header-navigation-dropdown-animation-none" role="navigation" aria-label="القائمة الرئيسية"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu">{_menu(PRIMARY, 10)}</ul>		</div></nav><!-- #site-navigation -->
</div><!-- data-section="primary_navigation" -->
<div class="site-header-item site-header-focus-item" data-section="kadence_customizer_header_search"><div class="search-toggle-open-container"><button class="search-toggle-open drawer-toggle search-toggle-style-default" aria-label="عرض نموذج البحث" data-toggle-target="#search-drawer" data-toggle-body-class="showing-popup-drawer-from-full" aria-expanded="false" data-set-focus="#search-drawer .search-field"><span class="search-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-search-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="26" height="28" viewBox="0 0 26 28"><title>بحث</title><path d="M18 13c0-3.859-3.141-7-7-7s-7 3.141-7 7z"></path></svg></span></span></button></div></div><!-- data-section="header_search" -->
</div></div></div></div></div></div></div></div></div><div id="mobile-header" class="site-mobile-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap site-header-focus-item site-header-row-layout-standard site-header-row-tablet-layout-default site-header-row-mobile-layout-default "><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center"><div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding mobile-site-branding branding-layout-standard branding-tablet-layout-inherit site-brand-logo-only branding-mobile-layout-inherit"><a class="brand has-logo-image" href="{HOST}/" rel="home" aria-label="{SITE}"><img width="64" height="64" src="{HOST}/wp-content/uploads/2023/02/logo.png" class="custom-logo" alt="{SITE}" decoding="async" /></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-mobile-item-mobile-navigation mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_trigger"><div class="mobile-toggle-open-container"><button id="mobile-toggle" class="menu-toggle-open drawer-toggle menu-toggle-style-default" aria-label="فتح القائمة" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-close"><span class="menu-toggle-icon"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-menu-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M3 13h18c0.552 0 1-0.448 1-1s-0.448-1-1-1h-18z"></path></svg></span></span></button></div>
</div></div></div></div></div></div></div></div></div></div></header><!-- #masthead -->
<div id="inner-wrap" class="wrap hfeed kt-clear"><section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit"><nav id="kadence-breadcrumbs" aria-label="مسارات التنقل"  class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="{HOST}/" itemprop="url" class="kadence-bc-home" ><span>الرئيسية</span></a></span> <span class="bc-delimiter">/</span> <span><a href="{cat_url}" itemprop="url" ><span>{cat}</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">{e(article.headline)}</span></div></nav>		<div class="entry-taxonomies"><span class="category-links term-links category-style-normal">
<a href="{cat_url}" rel="tag">{cat}</a>			</span></div><!-- .entry-taxonomies -->
<h1 class="entry-title">{e(article.headline)}</h1><div class="entry-meta entry-meta-divider-dot">{author_meta}					<span class="posted-on">{updated}					</span><div class="meta-comments"><a class="meta-comments-link anchor-scroll" href="{url}#comments">{len(comments)} {'تعليق' if len(comments) == 1 else 'تعليقات'}</a></div></div><!-- .entry-meta -->
</header><!-- .entry-header -->
</div></div></section><!-- .entry-hero -->
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap"><article id="post-{pid}" class="entry content-bg single-entry post-{pid} post type-post status-publish format-standard{' has-post-thumbnail' if thumb else ''} hentry category-{CAT_SLUG[cat]}"><div class="entry-content-wrap">
{thumb}
<div class="entry-content single-content">
{content}
</div><!-- .entry-content -->
<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">وسوم المقالة:</span>{tag_links}</span></div><!-- .entry-tags -->
</footer><!-- .entry-footer -->
</div></article><!-- #post-{pid} -->
{postnav}
{related}
{comment_html}
</div></main><!-- #main -->
<aside id="secondary" role="complementary" class="primary-sidebar widget-area sidebar-slug-sidebar-primary sidebar-link-style-normal"><div class="sidebar-inner-wrap"><section id="block-2" class="widget widget_block widget_search"><form role="search" method="get" action="{HOST}/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">بحث</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="ابحث في المدونة" value="" type="search" name="s" required /><button aria-label="بحث" class="wp-block-search__button wp-element-button" type="submit">بحث</button></div></form></section><section id="block-3" class="widget widget_block"><h2 class="wp-block-heading">الأكثر قراءة</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{most_li}</ul></section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">التصنيفات</h2>
<ul>{cats_li}</ul></section>	</div></aside><!-- #secondary -->
</div></div><!-- #primary -->
</div><!-- #inner-wrap -->
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_middle"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-middle-footer-inner-wrap site-footer-row site-footer-row-columns-3 site-footer-row-column-layout-equal site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-middle-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer1">
<div class="footer-widget-area-inner site-info-inner"><section id="block-5" class="widget widget_block widget_text"><p>{ABOUT}</p></section>	</div></div><!-- .footer-widget1 -->
</div><div class="site-footer-middle-section-2 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget2 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer2"><div class="footer-widget-area-inner site-info-inner"><section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">روابط</h2><div class="menu-footer-container"><ul id="menu-footer" class="menu">{foot_li}</ul></div></section>	</div></div><!-- .footer-widget2 -->
</div><div class="site-footer-middle-section-3 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area widget-area site-footer-focus-item footer-widget3 content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="sidebar-widgets-footer3"><div class="footer-widget-area-inner site-info-inner"><section id="block-7" class="widget widget_block"><h2 class="wp-block-heading">تنبيه طبي</h2><p>{DISCLAIMER}</p></section>	</div></div><!-- .footer-widget3 -->
</div></div></div></div></div><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1 site-footer-row-column-layout-row site-footer-row-tablet-column-layout-default site-footer-row-mobile-column-layout-row ft-ro-dir-row ft-ro-collapse-normal ft-ro-t-dir-default ft-ro-m-dir-default ft-ro-lstyle-plain"><div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default content-valign-default content-tablet-valign-default content-mobile-valign-default" data-section="kadence_customizer_footer_html">
<div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; {year} {SITE} - قالب ووردبريس بواسطة <a href="https://www.kadencewp.com/" rel="nofollow noopener" target="_blank">Kadence WP</a></p></div></div>	</div></div><!-- .site-info -->
</div></div></div></div></div></div></footer><!-- #colophon -->
</div><!-- #wrapper -->
<a id="kt-scroll-up" tabindex="-1" aria-hidden="true" aria-label="العودة إلى الأعلى" href="#wrapper" class="kadence-scroll-to-top scroll-up-wrap scroll-ignore scroll-up-side-left scroll-up-style-filled vs-lg-true vs-md-true vs-sm-false"><span class="kadence-svg-iconset"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-up-svg" xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><line x1="12" y1="19" x2="12" y2="5"></line><polyline points="5 12 12 5 19 12"></polyline></svg></span></a><div id="mobile-drawer" class="popup-drawer popup-drawer-layout-sidepanel popup-drawer-animation-fade popup-drawer-side-right" data-drawer-target-string="#mobile-drawer"><div class="drawer-overlay" data-drawer-target-string="#mobile-drawer"></div><div class="drawer-inner"><div class="drawer-header"><button class="menu-toggle-close drawer-toggle" aria-label="إغلاق القائمة" data-toggle-target="#mobile-drawer" data-toggle-body-class="showing-popup-drawer-from-right" aria-expanded="false" data-set-focus=".menu-toggle-open"><span class="toggle-close-bar"></span><span class="toggle-close-bar"></span></button>
</div><div class="drawer-content mobile-drawer-content content-align-left content-valign-top"><div class="site-header-item site-header-focus-item site-header-item-mobile-navigation mobile-navigation-layout-stretch-false" data-section="kadence_customizer_mobile_navigation"><nav id="mobile-site-navigation" class="mobile-navigation drawer-navigation drawer-navigation-parent-toggle-false" role="navigation" aria-label="قائمة الجوال"><div class="mobile-menu-container drawer-menu-container"><ul id="mobile-menu" class="menu has-collapse-sub-nav">{_menu(PRIMARY, 10)}</ul>		</div></nav><!-- #site-navigation -->
</div><!-- data-section="mobile_navigation" -->
</div></div></div><div id="search-drawer" aria-modal="true" role="dialog" aria-label="بحث" class="popup-drawer popup-drawer-layout-fullwidth" data-drawer-target-string="#search-drawer"><div class="drawer-overlay"></div><div class="drawer-inner"><div class="drawer-content"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">البحث عن:</span><input type="search" class="search-field" placeholder="بحث &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="بحث" /></form></div></div></div><script id="kadence-navigation-js-extra">var kadenceConfig = {{"screenReader":{{"expand":"القائمة الفرعية","expandOf":"توسيع القائمة الفرعية لـ","collapse":"القائمة الفرعية","collapseOf":"طي القائمة الفرعية لـ"}},"breakPoints":{{"desktop":"1024","tablet":768}},"scrollOffset":"0"}};</script><script src="{THEME}/js/navigation.min.js?ver=1.2.9" id="kadence-navigation-js" async></script>
<script src="{THEME}/js/splide.min.js?ver=1.2.9" id="kad-splide-js"></script><script src="{THEME}/js/splide-init.min.js?ver=1.2.9" id="kadence-slide-init-js"></script><script src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.6.2" id="comment-reply-js" async data-wp-strategy="async"></script></body></html>"""
    page.add("البحث عن:", "تصفّح المقالات")
    return page
