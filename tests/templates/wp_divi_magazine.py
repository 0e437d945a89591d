"""A Palestinian news magazine ("بوابة الزيتون", Ramallah) on WordPress with Divi 4.24 and its
Theme Builder, a single post as the server sends it. Head: `<html dir="rtl" lang="ar">`, Divi's
`className = 'js'` script and deferred-jQuery stub, `et-builder-googlefonts-cached-inline`,
Yoast (title "headline - بوابة الزيتون", og/twitter, `article:published_time` in UTC, a
`yoast-schema-graph` JSON-LD), `<meta content="Divi v.4.24.2" name="generator"/>`, the inline
`divi-style-parent-inline-inline-css`, `divi-dynamic-critical-inline-css` and
`et-critical-inline-css` blocks and the deferred `et-core-unified-tb-...` preload. Body
(`et-tb-has-template et-tb-has-header et-tb-has-body et-tb-has-footer`): `#page-container >
#et-boc.et-boc` with three layouts, each `et_builder_inner_content et_pb_gutters3 >
et_pb_section_N_tb_* > et_pb_row > et_pb_column > et_pb_module`s with Divi's blank-line padding:
`header.et-l--header` (top bar with the serving day's date, later than the story's, and a
social-follow module; an `et_pb_menu` with logo, the story's category `current-post-ancestor`);
`#et-main-area > #main-content > div.et-l--body`: Yoast breadcrumbs in a code module, a 2_3
column with `et_pb_post_title` (h1.entry-title, meta line " بواسطة <author> | <date> |
<categories> | N تعليقات", featured image), `et_pb_post_content`, a tags text module, a
follow row, `et_pb_posts_nav`, the `et_pb_comments_module` (Divi comment list, WordPress form),
a 1_3 sidebar module (Popular Posts with views, recent posts with dates, an ad), and a related
blog grid; `footer.et-l--footer` (about, links, contact, icons, copyright).
Page 1 (classic editor, 3 comments): `<p>`s with a `<strong>` dateline, bold words, an inline
link and a mid-story `wp-caption` photo with its credit. Page 2 (00:40 at +02:00, so Yoast's
UTC time is the day before; byline "هيئة التحرير"; no comments) was built with the Divi
Builder: an `et-l--post` layout whose story is split across `et_pb_text_0` and `et_pb_text_1`
with an "اقرأ أيضاً" `et_pb_blurb` between. Page 3 (culture: its own body template, title and
image above, full width) is `et-l--post` too: one text module with an `<h3>` subheading (a body
line), then an `et_pb_video` and an `et_pb_promo` newsletter call-to-action; one comment.
Dates print "j F Y" in Palestine time. Everything but the story is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, WEEKDAYS, Article, Page, e

NAME = "wp_divi_magazine"
HELD_OUT = True
SET = "unseen13"
FAMILY = "WordPress + Divi Theme Builder news magazine (Palestine): et-boc, et-l--header/body/footer, et_pb_post_title meta line, et_pb_post_content (classic or et-l--post text modules), sidebar widgets, post nav, Divi comments"
HOST = "https://www.bawabat-alzaytoun.example"
SITE = "بوابة الزيتون"
VERSION = "4.24.2"
UP = f"{HOST}/wp-content/uploads"
THEME_HEADER = '/*!\nTheme Name: Divi\nTheme URI: http://www.elegantthemes.com/gallery/divi/\nVersion: ' + VERSION + '\nDescription: Smart. Flexible. Beautiful. Divi is the most powerful theme in our collection.\nAuthor: Elegant Themes\nAuthor URI: http://www.elegantthemes.com\nLicense: GNU General Public License v2\nLicense URI: http://www.gnu.org/licenses/gpl-2.0.html\n*/\n'
# (header, body, footer) Theme Builder layout ids per page: culture posts have their own body.
TB = {1: (1201, 1203, 1205), 2: (1201, 1203, 1205), 3: (1201, 1377, 1205)}
MENU = (("", "الرئيسية"), ("local", "أخبار محلية"), ("jerusalem", "شؤون القدس"), ("economy", "اقتصاد وأعمال"), ("culture", "ثقافة وفنون"), ("sports", "رياضة"), ("reports", "تقارير خاصة"), ("opinion", "مقالات الرأي"), ("misc", "منوعات"))
SLUGS = {label: slug for slug, label in MENU}
EXTRA_CAT = {1: "تقارير خاصة"}
AUTHORS = {"رنا أبو عيشة": "rana-abuaisha", "سامر القواسمي": "samer-qawasmi"}
DESK = ("هيئة التحرير", "editorial")
SOCIAL = (("facebook", "فيسبوك", "https://www.facebook.com/alzaytoun.gate"), ("twitter", "تويتر", "https://twitter.com/alzaytoun_gate"), ("instagram", "إنستغرام", "https://www.instagram.com/alzaytoun.gate/"), ("youtube", "يوتيوب", "https://www.youtube.com/@alzaytoun-gate"), ("telegram", "تيليغرام", "https://t.me/alzaytoun_gate"))
MOST_READ = ("الحكومة تعلن جدول صرف رواتب الموظفين العموميين لهذا الشهر", "ارتفاع أسعار الخضار في أسواق رام الله مع تراجع الكميات الواردة", "جامعة بيرزيت تفتح باب التسجيل لبرامج الماجستير الجديدة", "التربية تعلن مواعيد امتحانات الثانوية العامة (التوجيهي)", "افتتاح قسم لجراحة القلب في مستشفى جنين الحكومي", "سلطة النقد تطلق خدمة للتحويلات الفورية بين البنوك", "بلدية البيرة تبدأ أعمال توسعة شارع القدس – نابلس", "فرقة للفنون الشعبية تحيي حفلا في مدرج جامعة النجاح")
VIEWS = ("8,412 مشاهدة", "6,930 مشاهدة", "5,177 مشاهدة", "4,086 مشاهدة", "3,251 مشاهدة")
LATEST = ("طواقم الدفاع المدني تخمد حريقا في منطقة صناعية قرب طولكرم", "انطلاق بطولة كرة السلة للأندية بمشاركة 12 فريقا", "وزارة الصحة تبدأ حملة تطعيم للأطفال في مدارس قلقيلية", "افتتاح سوق للمنتجات الريفية في ساحة بلدية بيت لحم", "جمعية الهلال الأحمر تنظم دورة في الإسعافات الأولية للمتطوعين", "الغرفة التجارية في جنين تطالب بتسهيلات لصغار التجار", "مكتبة رقمية جديدة لطلبة المدارس في محافظة أريحا")
NAV = {1: ("إطلاق حملة لتنظيف الينابيع في قرى رام الله الغربية", "الزراعة: 30% زيادة في مساحات القمح المروية بمحافظة طوباس"), 2: ("افتتاح حديقة عامة للأطفال في حي الشيخ بمدينة الخليل", "متطوعون يعيدون طلاء جدران مدرسة في مخيم العروب"), 3: ("فيلم فلسطيني قصير يفوز بجائزة في مهرجان قرطاج", "مسرح عشتار يحتفي بثلاثين عاما على تأسيسه")}
# page -> (comment id, author, minutes after publication, text)
COMMENTS = {1: ((5121, "أبو سامر", 190, "كنا ننتظر هذه الخطوة منذ سنوات، فالتاجر يأخذ الزيت بنصف ثمنه."), (5127, "منى عودة", 305, "هل يشمل التوصيل مدينة بيت لحم؟ وكيف نتأكد من جودة الزيت قبل الشراء؟"), (5140, "خالد جرار", 1460, "بالتوفيق للمزارعين، المهم أن تبقى الأسعار في متناول الناس.")), 2: (), 3: ((4980, "ليلى الدجاني", 1210, "صورة ميناء يافا أبكتني، جدي كان يعمل هناك. شكرا للمتحف على هذا الجهد."),)}
CREDIT = "تصميم وتطوير: استوديو سنديان الرقمي"
READ_ALSO = "اقرأ أيضاً"
PROMO = ("ادعم الصحافة الفلسطينية المستقلة", "اشترك في النشرة الأسبوعية لتصلك أبرز التقارير والتحقيقات صباح كل جمعة.", "اشترك الآن")
ABOUT = "مجلة إخبارية فلسطينية مستقلة تصدر من رام الله منذ عام 2011، تهتم بالشأن المحلي والاقتصاد والثقافة."
LINKS = (("about", "من نحن"), ("contact", "اتصل بنا"), ("advertise", "أعلن معنا"), ("privacy-policy", "سياسة الخصوصية"), ("terms", "شروط الاستخدام"))
CONTACT = ("رام الله – شارع الإرسال، عمارة النخيل، الطابق الرابع", "هاتف: 2975310-02", "البريد الإلكتروني: info@bawabat-alzaytoun.example")
FORM = ("لن يتم نشر عنوان بريدك الإلكتروني.", "الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *", "الموقع الإلكتروني", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.", "إرسال تعليق", "إلغاء الرد", "إرسال التعليق")
T4 = "\n\t\t\t\t"
PAD = T4 * 4  # the empty slots Divi prints before a module's inner markup (video, parallax, pattern, mask)


class _Order:
    """Divi's order classes, counted per layout: et_pb_text_0_tb_body, et_pb_text_1_tb_body."""

    def __init__(self, suffix: str) -> None:
        self.suffix, self.seen = suffix, {}

    def __call__(self, slug: str) -> str:
        k = self.seen.get(slug, 0)
        self.seen[slug] = k + 1
        return f"et_pb_{slug}_{k}{self.suffix}"


def _date(m) -> str:
    return f"{m.day} {MONTHS[m.month - 1]} {m.year}"


def _time(m) -> str:
    return f"{m.hour % 12 or 12}:{m:%M} {'ص' if m.hour < 12 else 'م'}"


def _utc(m) -> str:
    return f"{m.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _count(k: int) -> str:
    return "0 تعليقات" if k == 0 else "تعليق واحد" if k == 1 else f"{k} تعليقات"


def _section(o, rows, cls="") -> str:
    return f'<div class="et_pb_section {o("section")}{cls} et_section_regular" >{PAD}{T4}' + "".join(rows) + "\n\t\t\t\t\n\t\t\t</div>"


def _row(o, *cols) -> str:
    return f'<div class="et_pb_row {o("row")}">{T4}' + "".join(cols) + "\n\t\t\t\t\n\t\t\t</div>"


def _col(o, kind, mods, last=True) -> str:
    return (f'<div class="et_pb_column et_pb_column_{kind} {o("column")}  et_pb_css_mix_blend_mode_passthrough'
            f'{" et-last-child" if last else ""}">{PAD}{T4}' + "".join(mods) + "\n\t\t\t</div>")


def _mod(o, slug, inner, cls="", keep=True) -> str:
    """A module; some (sidebar, comments) drop their slug class and keep only the order class."""
    return f'<div class="et_pb_module{f" et_pb_{slug}" if keep else ""} {o(slug)}{cls}">{PAD}{T4}{inner}\n\t\t\t</div>'


def _text(o, inner, cls="") -> str:
    return _mod(o, "text", f'<div class="et_pb_text_inner">{inner}</div>', f"{cls}  et_pb_text_align_right et_pb_bg_layout_light")


def _social(o) -> str:
    items = "".join(f'<li class="{o("social_media_follow_network")} et_pb_social_icon et_pb_social_network_link  et-social-{net}">' f'<a href="{url}" class="icon et_pb_with_border" title="{name}" target="_blank"><span class="et_pb_social_media_follow_network_name" '
                    f'aria-hidden="true">{name}</span></a></li>' for net, name, url in SOCIAL)
    return (f'<ul class="et_pb_module et_pb_social_media_follow {o("social_media_follow")} clearfix  et_pb_text_align_center ' f'et_pb_bg_layout_light">{PAD}{T4}{items}\n\t\t\t</ul>')


def _menu(o, section: str) -> str:
    items = []
    for k, (slug, label) in enumerate(MENU):
        kind = "menu-item-type-taxonomy menu-item-object-category" if slug else "menu-item-type-custom menu-item-object-custom menu-item-home"
        cur = " current-post-ancestor current-menu-parent current-post-parent" if label == section else ""
        href = f"{HOST}/category/{slug}/" if slug else f"{HOST}/"
        items.append(f'<li class="et_pb_menu_page_id-{k + 11} menu-item {kind}{cur} menu-item-{k + 31}"><a href="{href}">{label}</a></li>')
    inner = (f'<div class="et_pb_menu_inner_container clearfix">\n\t\t\t\t\t\t<div class="et_pb_menu__logo-wrap">\n\t\t\t\t<div class="et_pb_menu__logo">' f'\n\t\t\t\t<a href="{HOST}/" ><img decoding="async" src="{UP}/2023/05/zaytoun-logo.png" width="260" height="72" alt="{SITE}" class="wp-image-88" /></a>'
             '\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t\t\t<div class="et_pb_menu__wrap">\n\t\t\t\t\t\t\t<div class="et_pb_menu__menu">\n\t\t\t\t\t\t\t\t' f'<nav class="et-menu-nav"><ul id="menu-main-menu" class="et-menu nav downwards">{"".join(items)}\n</ul></nav>\n\t\t\t\t\t\t\t</div>'
             '\n\t\t\t\t\t\t\t<button type="button" class="et_pb_menu__icon et_pb_menu__search-button"></button>\n\t\t\t\t\t\t\t<div class="et_mobile_nav_menu">' '\n\t\t\t\t<div class="mobile_nav closed">\n\t\t\t\t\t<span class="mobile_menu_bar"></span>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t\t\t</div>'
             '\n\t\t\t\t\t\t<div class="et_pb_menu__search-container et_pb_menu__search-container--disabled">\n\t\t\t\t<div class="et_pb_menu__search">' f'\n\t\t\t\t\t<form role="search" method="get" class="et_pb_menu__search-form" action="{HOST}/">\n\t\t\t\t\t\t<input type="search" '
             'class="et_pb_menu__search-input" placeholder="بحث &hellip;" name="s" title="البحث عن:" />\n\t\t\t\t\t</form>\n\t\t\t\t\t' '<button type="button" class="et_pb_menu__icon et_pb_menu__close-search-button"></button>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t\t</div>')
    return _mod(o, "menu", inner, " et_pb_bg_layout_light  et_pb_text_align_right et_dropdown_animation_fade et_pb_menu--with-logo et_pb_menu--style-left_aligned")


def _paras(article: Article, n: int) -> list[str]:
    """The story's paragraphs as the editor saved them: page 1 a bold dateline, bold words and a
    link; page 3 its third paragraph is a subheading."""
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n == 1 and k == 0:
            head, _, rest = html.partition(": ")
            html = f"<strong>{head}:</strong> {rest}"
        elif n == 1 and k == 1:
            html = html.replace("14 معصرة تعاونية", "<strong>14 معصرة تعاونية</strong>", 1)
        elif n == 1 and k == 2:
            words = "دراسة أعدتها وزارة الزراعة"
            html = html.replace(words, f'<a href="{HOST}/economy/47950/">{words}</a>', 1)
        out.append(f"<h3>{html}</h3>" if n == 3 and k == 2 else f"<p>{html}</p>")
    return out


def _content(article: Article, n: int, page: Page) -> str:
    """What the post-content module prints: classic HTML (page 1) or a Divi-built `et-l--post`."""
    paras = _paras(article, n)
    if n == 1:
        src = f"{UP}/2024/10/olive-harvest-beita"
        photo = (f'<div id="attachment_48219" style="width: 1034px" class="wp-caption aligncenter"><img loading="lazy" decoding="async" ' f'aria-describedby="caption-attachment-48219" class="size-large wp-image-48219" src="{src}-1024x683.jpg" alt="" width="1024" '
                 f'height="683" srcset="{src}-1024x683.jpg 1024w, {src}-300x200.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" />' f'<p id="caption-attachment-48219" class="wp-caption-text">{e(article.caption)}</p></div>')
        page.add(article.caption)
        return "\n".join([*paras[:3], photo, *paras[3:]]) + "\n"
    o = _Order("")
    if n == 2:
        blurb = _mod(o, "blurb", '<div class="et_pb_blurb_content">\n\t\t\t\t\t<div class="et_pb_main_blurb_image"><span class="et_pb_image_wrap"><span ' 'class="et-waypoint et_pb_animation_top et_pb_animation_top_tablet et_pb_animation_top_phone et-pb-icon">&#xe06a;</span></span></div>'
                     f'\n\t\t\t\t\t<div class="et_pb_blurb_container">\n\t\t\t\t\t\t<h4 class="et_pb_module_header"><span>{READ_ALSO}</span></h4>\n\t\t\t\t\t\t' f'<div class="et_pb_blurb_description"><p><a href="{HOST}/local/41650/">{e(article.related[0])}</a></p></div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>',
                     "  et_pb_text_align_right  et_pb_blurb_position_right et_pb_bg_layout_light")
        mods = [_text(o, "".join(paras[:2])), blurb, _text(o, "".join(paras[2:]))]
        page.add(READ_ALSO)
    else:
        video = _mod(o, "video", '<div class="et_pb_video_box"><iframe title="جولة في معرض يافا التي كانت" width="1080" height="608" ' 'src="https://www.youtube.com/embed/q7Jf2YbWx0k?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                     'encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div>')
        title, blurb, button = PROMO
        promo = (f'<div class="et_pb_module et_pb_promo {o("cta")}  et_pb_text_align_center et_pb_bg_layout_dark">{PAD}{T4}<div class="et_pb_promo_description">' f'<h2 class="et_pb_module_header">{title}</h2><div><p>{blurb}</p></div></div>{T4}<div class="et_pb_button_wrapper"><a '
                 f'class="et_pb_button et_pb_promo_button" href="{HOST}/newsletter/">{button}</a></div>\n\t\t\t</div>')
        mods = [_text(o, "".join(paras)), video, promo]
        page.add(*PROMO)
    layout = _section(o, [_row(o, _col(o, "4_4", mods))])
    return f'<div class="et-l et-l--post">\n\t\t\t<div class="et_builder_inner_content et_pb_gutters3">\n\t\t{layout}\n\t\t\t</div>\n\t\t</div>'


def _comments(article: Article, n: int, url: str, page: Page) -> str:
    """Divi's comments template: its `et_custom_comments_display` list, then WordPress's form."""
    rows = []
    for cid, who, minutes, text in COMMENTS[n]:
        stamp = f"في {_date(article.moment + timedelta(minutes=minutes))} الساعة {_time(article.moment + timedelta(minutes=minutes))}"
        page.add(who, stamp, text, "رد")
        reply = (f'<a rel="nofollow" class="comment-reply-link" href="#comment-{cid}" data-commentid="{cid}" data-postid="{article.slug}" ' f'data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="الرد على {e(who)}" aria-label="الرد على {e(who)}">رد</a>')
        rows.append(f'<li class="comment even thread-even depth-1" id="li-comment-{cid}">\n\t\t<article id="comment-{cid}" class="comment-body clearfix">' f"\n\t\t\t<div class=\"comment_avatar\">\n\t\t\t\t\t<img alt='{e(who)}' src='https://secure.gravatar.com/avatar/{cid:x}3e1b9c?s=80&#038;d=mm&#038;r=g' "
                    "class='avatar avatar-80 photo' height='80' width='80' loading='lazy' decoding='async'/>\t\t\t</div>\n\n\t\t\t<div class=\"comment_postinfo\">" f'\n\t\t\t\t\t<span class="fn">{e(who)}</span>\t\t\t\t<span class="comment_date">\n\t\t\t\t{stamp}\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t</div>'
                    f'\n\n\t\t\t<div class="comment_area">\n\t\t\t\t<div class="comment-content clearfix">\n\t\t\t\t<p>{e(text)}</p>\n<span class="reply-container">' f"{reply}</span>\t\t\t\t</div>\n\t\t\t</div>\n\t\t</article>\n\t\t</li>")
    if rows:
        listing = f'\t<h1 id="comments" class="page_title">{_count(len(rows))}</h1>\n\t\t\t<ol class="commentlist clearfix">\n' + "\n".join(rows) + "\n\t\t\t</ol>\n"
        page.add(_count(len(rows)))
    else:
        listing = '\t   <div id="comment-section" class="nocomments">\n\t\t\t\t  <!-- If comments are open, but there are no comments. -->\n\n\t\t\t   </div>\n'
    f = FORM
    req = '<span class="required">*</span>'
    page.add(*FORM)
    return (f'<section id="comment-wrap">\n{listing}\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title"><span>{f[7]}</span> '
            f'<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{f[8]}</a></small></h3><form action="{HOST}/wp-comments-post.php" '
            f'method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{f[0]}</span> <span class="required-field-message">' f'الحقول الإلزامية مشار إليها بـ {req}</span></p><p class="comment-form-comment"><label for="comment">التعليق {req}</label> <textarea id="comment" name="comment" '
            f'cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">الاسم {req}</label> <input id="author" '
            'name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>\n<p class="comment-form-email"><label for="email">'
            f'البريد الإلكتروني {req}</label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" '
            f'required="required" /></p>\n<p class="comment-form-url"><label for="url">{f[5]}</label> <input id="url" name="url" type="url" value="" size="30" maxlength="200" '
            'autocomplete="url" /></p>\n<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" ' f'value="yes" /> <label for="wp-comment-cookies-consent">{f[6]}</label></p>\n<p class="form-submit"><button name="submit" type="submit" id="et_pb_submit" '
            f"class=\"submit\">{f[9]}</button> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />\n<input type='hidden' " "name='comment_parent' id='comment_parent' value='0' />\n</p></form>\t</div><!-- #respond -->\n\t</section>")


def _grid(o, items, moment, cls, page: Page) -> str:
    """A Blog module in grid layout (the related posts)."""
    posts, blog = [], o.seen.get("blog", 0)
    for k, (title, pid) in enumerate(items):
        when, link = moment - timedelta(days=3 + 9 * k, hours=5 * k), f"{HOST}/news/{pid}/"
        page.add(_date(when))
        posts.append(f'<article id="post-{pid}" class="et_pb_post clearfix et_pb_blog_item_{blog}_{k} post-{pid} post type-post status-publish format-standard ' f'has-post-thumbnail hentry {cls}">\n\n\t\t\t\t<div class="et_pb_image_container"><a href="{link}" class="entry-featured-image-url"><img '
                     f'loading="lazy" decoding="async" src="{UP}/{when:%Y/%m}/{pid}-400x250.jpg" alt="{e(title)}" class="" width="400" height="250" /></a></div>' f'\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t<h2 class="entry-title"><a href="{link}">{e(title)}</a></h2>\n\t\t\t\t\t\t<p class="post-meta"><span '
                     f'class="published">{_date(when)}</span></p>\n\t\t\t</article>')
    return (f'<div class="et_pb_module {o("blog")} et_pb_blog_grid_wrapper et_pb_bg_layout_light">{T4}<div class="et_pb_blog_grid clearfix ">{T4}' '<div class="et_pb_ajax_pagination_container">\n\t\t\t\t\t<div class="et_pb_salvattore_content" data-columns>\n' + "\n".join(posts)
            + "\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t</div>")


def _sidebar(o, n: int, moment, page: Page) -> str:
    """The sidebar module: WordPress Popular Posts, recent posts and an ad slot."""
    popular = [(MOST_READ[(2 * n + k) % len(MOST_READ)], VIEWS[k]) for k in range(5)]
    latest = [(LATEST[(n + k) % len(LATEST)], moment - timedelta(hours=7 + 13 * k)) for k in range(4)]
    page.add("الأكثر قراءة", "آخر الأخبار", "إعلان", *(t for t, _ in popular), *(v for _, v in popular),
             *(t for t, _ in latest), *(_date(d) for _, d in latest))
    wpp = "\n".join(f'<li><a href="{HOST}/news/{44000 + 97 * k}/" class="wpp-post-title" target="_self">{e(t)}</a> <span class="wpp-meta post-stats">' f'<span class="wpp-views">{v}</span></span></li>' for k, (t, v) in enumerate(popular))
    recent = "\n".join(f'\t\t\t\t\t<li>\n\t\t\t\t\t<a href="{HOST}/news/{45010 + 53 * k}/">{e(t)}</a>\n\t\t\t\t\t\t\t\t\t\t\t<span class="post-date">{_date(d)}' "</span>\n\t\t\t\t\t\t\t\t\t</li>" for k, (t, d) in enumerate(latest))
    inner = (f'<div id="wpp-2" class="et_pb_widget popular-posts"><h4 class="widgettitle">الأكثر قراءة</h4>\n<!-- WordPress Popular Posts -->\n\n<ul class="wpp-list">\n' f'{wpp}\n\n</ul>\n\n</div><div id="recent-posts-3" class="et_pb_widget widget_recent_entries">\n\t\t<h4 class="widgettitle">آخر الأخبار</h4>\n\t\t<ul>\n'
             f'{recent}\n\t\t\t\t</ul>\n\n\t\t</div><div id="custom_html-4" class="widget_text et_pb_widget widget_custom_html"><div class="textwidget custom-html-widget">' '<span class="ad-label">إعلان</span>\n<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-3307418852240031" data-ad-slot="5511820942" '
             'data-ad-format="auto" data-full-width-responsive="true"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>')
    return _mod(o, "sidebar", inner, " et_pb_widget_area clearfix et_pb_widget_area_left et_pb_bg_layout_light", keep=False)


def render(article: Article, n: int) -> Page:
    m, section = article.moment, article.section
    cat, shown = SLUGS[section], _date(m)
    url = f"{HOST}/{cat}/{article.slug}/"
    page = Page(url=url, html="", shown_date=shown)
    served = m + timedelta(days=(2, 1, 2)[n - 1], hours=3)  # the day the cached page was served
    today = f"{WEEKDAYS[served.weekday()]}، {_date(served)}"
    who, author_slug = (article.author, AUTHORS[article.author]) if article.author else DESK
    cats = [section, *([EXTRA_CAT[n]] if n in EXTRA_CAT else [])]
    count = _count(len(COMMENTS[n]))
    prev_t, next_t = NAV[n]
    copyright_line = f"جميع الحقوق محفوظة © {served.year} {SITE}"
    page.add(today, *(label for _, label in MENU), *(name for _, name, _ in SOCIAL), f"الرئيسية » {section} » {article.headline}",
             who, f"بواسطة {who} | {shown} | {', '.join(cats)} | {count}", "الوسوم: " + ", ".join(article.tags), "تابعونا على",
             prev_t, next_t, "مواضيع ذات صلة", *article.related, ABOUT, "روابط", "تواصل معنا", *(label for _, label in LINKS),
             *CONTACT, copyright_line, CREDIT)
    oh = _Order("_tb_header")
    header = (_section(oh, [_row(oh, _col(oh, "1_2", [_text(oh, today, " header-date")], last=False), _col(oh, "1_2", [_social(oh)]))], " et_pb_with_background")
              + _section(oh, [_row(oh, _col(oh, "4_4", [_menu(oh, section)]))], " et_pb_sticky_module"))
    ob = _Order("_tb_body")
    image = (f'<div class="et_pb_title_featured_container"><span class="et_pb_image_wrap"><img fetchpriority="high" decoding="async" width="1280" height="720" ' f'src="{UP}/{m:%Y/%m}/{article.slug}-featured.jpg" alt="" title="{article.slug}-featured" class="wp-image-{int(article.slug) + 3}" /></span></div>')
    cat_links = ", ".join(f'<a href="{HOST}/category/{SLUGS[c]}/" rel="category tag">{c}</a>' for c in cats)
    heading = (f'\n\t\t\t\t<div class="et_pb_title_container">\n\t\t\t\t\t<h1 class="entry-title">{e(article.headline)}</h1><p class="et_pb_title_meta_container"> ' f'بواسطة <span class="author vcard"><a href="{HOST}/author/{author_slug}/" title="مقالات {who}" rel="author">{who}</a></span> | <span class="published">'
               f'{shown}</span> | {cat_links} | <span class="comments-number"><a href="{url}#respond">{count}</a></span></p>\n\t\t\t\t</div>')
    title = _mod(ob, "post_title", image + heading if n == 3 else heading + T4 + image,
                 " et_pb_bg_layout_light  et_pb_text_align_right" + (" et_pb_image_above" if n == 3 else ""))
    tags = ", ".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>' for t in article.tags)
    sid = int(article.slug)
    nav = (f'<div class="et_pb_module {ob("post_nav")} et_pb_posts_nav nav-single">\n\t\t\t\t\t\t\t\t<span class="nav-previous">\n\t\t\t\t\t<a href="{HOST}/news/' f'{sid - 4}/" rel="prev">\n\t\t\t\t\t\t\t\t\t\t\t\t<span class="meta-nav">&larr; </span><span class="nav-label">{e(prev_t)}</span>\n\t\t\t\t\t</a>\n\t\t\t\t</span>'
           f'\n\t\t\t\t\t\t\t<span class="nav-next">\n\t\t\t\t\t<a href="{HOST}/news/{sid + 6}/" rel="next">\n\t\t\t\t\t\t\t\t\t\t\t\t<span class="nav-label">' f'{e(next_t)}</span><span class="meta-nav"> &rarr;</span>\n\t\t\t\t\t</a>\n\t\t\t\t</span>\n\t\t\t\n\t\t\t</div>')
    crumbs = (f'<div class="et_pb_code_inner"><p id="breadcrumbs"><span><span><a href="{HOST}/">الرئيسية</a></span> » <span><a href="{HOST}/category/{cat}/">' f'{section}</a></span> » <span class="breadcrumb_last" aria-current="page">{e(article.headline)}</span></span></p></div>')
    body = _section(ob, [_row(ob, _col(ob, "4_4", [_mod(ob, "code", crumbs)]))], " breadcrumbs-section")
    story = [_mod(ob, "post_content", _content(article, n, page)), _text(ob, f"الوسوم: {tags}", " post-tags"),
             _text(ob, "<p>تابعونا على</p>", " follow-label"), _social(ob), nav,
             _mod(ob, "comments", _comments(article, n, url, page), " et_pb_comments_module et_pb_bg_layout_light", keep=False)]
    if n == 3:  # the culture template: the title and its image full width above the columns
        body += _section(ob, [_row(ob, _col(ob, "4_4", [title]))])
    else:
        story.insert(0, title)
    body += _section(ob, [_row(ob, _col(ob, "2_3", story, last=False), _col(ob, "1_3", [_sidebar(ob, n, m, page)]))])
    related = list(zip(article.related, (sid - 211, sid - 530, sid - 902), strict=True))
    body += _section(ob, [_row(ob, _col(ob, "4_4", [_text(ob, "<h3>مواضيع ذات صلة</h3>", " related-title"), _grid(ob, related, m, f"category-{cat}", page)]))],
                     " et_pb_with_background")
    of = _Order("_tb_footer")
    links = "".join(f'<li><a href="{HOST}/{slug}/">{label}</a></li>' for slug, label in LINKS)
    contact = "".join(f"<p>{c}</p>" for c in CONTACT)
    footer = _section(of, [_row(of, _col(of, "1_3", [_text(of, f"<p>{ABOUT}</p>")], last=False), _col(of, "1_3", [_text(of, f"<h4>روابط</h4><ul>{links}</ul>")], last=False),
                                _col(of, "1_3", [_text(of, f"<h4>تواصل معنا</h4>{contact}"), _social(of)])),
                           _row(of, _col(of, "4_4", [_text(of, f"<p>{copyright_line}</p><p>{CREDIT}</p>", " copyright")]))], " et_pb_with_background")
    page.html = _html(article, n, url, who, author_slug, served, header, body, footer)
    return page


def _html(article, n, url, who, author_slug, served, header, body, footer) -> str:
    m, sid = article.moment, article.slug
    head_id, body_id, foot_id = TB[n]
    deferred = f"tb-{head_id}-tb-{body_id}-tb-{foot_id}-deferred-{sid}"
    desc = e(article.lead[:150].rsplit(" ", 1)[0] + "…")
    img, modified = f"{UP}/{m:%Y/%m}/{sid}-featured.jpg", m + timedelta(hours=2, minutes=17)
    person, cats = f"{HOST}/#/schema/person/{author_slug}", [article.section, *([EXTRA_CAT[n]] if n in EXTRA_CAT else [])]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url}, "author": {"name": who, "@id": person}, "headline": article.headline, "datePublished": _utc(m), "dateModified": _utc(modified), "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()), "commentCount": len(COMMENTS[n]), "publisher": {"@id": f"{HOST}/#organization"}, "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": img, "keywords": list(article.tags), "articleSection": cats, "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}", "isPartOf": {"@id": f"{HOST}/#website"}, "primaryImageOfPage": {"@id": f"{url}#primaryimage"}, "datePublished": _utc(m), "dateModified": _utc(modified), "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "ar", "@id": f"{url}#primaryimage", "url": img, "contentUrl": img, "width": 1280, "height": 720},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [ {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"}, {"@type": "ListItem", "position": 2, "name": article.section, "item": f"{HOST}/category/{SLUGS[article.section]}/"}, {"@type": "ListItem", "position": 3, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE, "publisher": {"@id": f"{HOST}/#organization"}, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/", "logo": {"@type": "ImageObject", "url": f"{UP}/2023/05/zaytoun-logo.png"}, "sameAs": [link for _, _, link in SOCIAL]},
        {"@type": "Person", "@id": person, "name": who, "url": f"{HOST}/author/{author_slug}/"}]}
    metas = (("name", "description", desc), ("property", "og:locale", "ar_AR"), ("property", "og:type", "article"), ("property", "og:title", f"{e(article.headline)} - {SITE}"), ("property", "og:description", desc), ("property", "og:url", url), ("property", "og:site_name", SITE), ("property", "article:publisher", SOCIAL[0][2]), ("property", "article:published_time", _utc(m)), ("property", "article:modified_time", _utc(modified)), ("property", "og:image", img), ("property", "og:image:width", "1280"), ("property", "og:image:height", "720"), ("property", "og:image:type", "image/jpeg"), ("name", "author", who), ("name", "twitter:card", "summary_large_image"), ("name", "twitter:creator", "@alzaytoun_gate"), ("name", "twitter:site", "@alzaytoun_gate"), ("name", "twitter:label1", "كُتب بواسطة"), ("name", "twitter:data1", who), ("name", "twitter:label2", "وقت القراءة المُقدّر"), ("name", "twitter:data2", f"{max(1, round(len(article.body.split()) / 200))} دقائق"))
    meta = "\n".join(f'\t<meta {kind}="{key}" content="{value}" />' for kind, key, value in metas)
    esc = HOST.replace("/", "\\/")
    custom = {"ajaxurl": f"{HOST}/wp-admin/admin-ajax.php", "images_uri": f"{HOST}/wp-content/themes/Divi/images", "builder_images_uri": f"{HOST}/wp-content/themes/Divi/includes/builder/images", "et_frontend_nonce": "9c41d2b7e0", "subscription_failed": "Please, check the fields below to make sure you entered the correct information.", "et_ab_log_nonce": "51f0a8c3d2", "fill_message": "Please, fill in the following fields:", "contact_error_message": "Please, fix the following errors:", "invalid": "Invalid email", "captcha": "Captcha", "prev": "Prev", "previous": "Previous", "next": "Next", "wrong_captcha": "You entered the wrong number in captcha.", "wrong_checkbox": "Checkbox", "ignore_waypoints": "no", "is_divi_theme_used": "1", "widget_search_selector": ".widget_search", "ab_tests": [], "is_ab_testing_active": "", "page_id": sid, "unique_test_id": "", "ab_bounce_rate": "5", "is_cache_plugin_active": "yes", "is_shortcode_tracking": "", "tinymce_uri": "", "accent_color": "#2f4f2f", "waypoints_options": []}
    custom_js = json.dumps(custom, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/")
    jq = "jqueryParams=[...jqueryParams,r]"
    return f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
	<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<link rel="pingback" href="{HOST}/xmlrpc.php" />

	<script type="text/javascript">
		document.documentElement.className = 'js';
	</script>

	<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin /><style id="et-builder-googlefonts-cached-inline">/* Original: https://fonts.googleapis.com/css?family=Cairo:200,300,regular,500,600,700,800,900&#038;subset=arabic,latin&#038;display=swap *//* User Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/118.0 */@font-face {{font-family: 'Cairo';font-style: normal;font-weight: 400;font-display: swap;src: url(https://fonts.gstatic.com/s/cairo/v28/SLXgc1nY6HkvangtZmpQdkhzfH5lkSs2SgRjCAGMQ1z0hOA-W1Q.woff2) format('woff2');}}@font-face {{font-family: 'Cairo';font-style: normal;font-weight: 700;font-display: swap;src: url(https://fonts.gstatic.com/s/cairo/v28/SLXgc1nY6HkvangtZmpQdkhzfH5lkSs2SgRjCAGMQ1z0hOA-W1Q.woff2) format('woff2');}}</style><meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<script type="text/javascript">
			let jqueryParams=[],jQuery=function(r){{return {jq},jQuery}},$=function(r){{return {jq},$}};window.jQuery=jQuery,window.$=jQuery;let customHeadScripts=!1;jQuery.fn=jQuery.prototype={{}},$.fn=jQuery.prototype={{}},jQuery.noConflict=function(r){{if(window.jQuery)return jQuery=window.jQuery,$=window.jQuery,customHeadScripts=!0,jQuery.noConflict}},jQuery.ready=function(r){{{jq}}},$.ready=function(r){{{jq}}},jQuery.load=function(r){{{jq}}},$.load=function(r){{{jq}}},jQuery.fn.ready=function(r){{{jq}}},$.fn.ready=function(r){{{jq}}};</script>
	<!-- This site is optimized with the Yoast SEO plugin v22.1 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title>
	<link rel="canonical" href="{url}" />
{meta}
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//pagead2.googlesyndication.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url}feed/" />
<meta content="Divi v.{VERSION}" name="generator"/><link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='wordpress-popular-posts-css-css' href='{HOST}/wp-content/plugins/wordpress-popular-posts/assets/css/wpp.css?ver=6.4.2' type='text/css' media='all' />
<style id='divi-style-parent-inline-inline-css' type='text/css'>
{THEME_HEADER}
a,abbr,acronym,address,applet,b,big,blockquote,body,center,cite,code,dd,del,dfn,div,dl,dt,em,fieldset,font,form,h1,h2,h3,h4,h5,h6,html,i,iframe,img,ins,kbd,label,legend,li,object,ol,p,pre,q,s,samp,small,span,strike,strong,sub,sup,tt,u,ul,var{{margin:0;padding:0;border:0;outline:0;font-size:100%;-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;vertical-align:baseline;background:transparent}}body{{line-height:1}}ol,ul{{list-style:none}}body{{font-family:Open Sans,Arial,sans-serif;font-size:14px;color:#666;background-color:#fff;line-height:1.7em;font-weight:500;-webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale}}.rtl .et_pb_title_meta_container{{direction:rtl}}
</style>
<style id='divi-dynamic-critical-inline-css' type='text/css'>
@font-face{{font-family:ETmodules;font-display:block;src:url(//www.bawabat-alzaytoun.example/wp-content/themes/Divi/core/admin/fonts/modules/all/modules.eot);src:url(//www.bawabat-alzaytoun.example/wp-content/themes/Divi/core/admin/fonts/modules/all/modules.woff) format("woff");font-weight:400;font-style:normal}}.et_pb_post_title{{margin-bottom:6%}}.et_pb_title_container h1{{font-size:26px}}.et_pb_title_meta_container a{{color:inherit}}.et_pb_posts_nav span.nav-previous a,.et_pb_posts_nav span.nav-next a{{display:inline-block;padding:4px 20px}}#comment-wrap li.comment article{{padding-left:100px}}.et_pb_social_media_follow_network_name{{display:none}}
</style>
<link rel='stylesheet' id='divi-style-css' href='{HOST}/wp-content/themes/Divi/style-rtl.min.css?ver={VERSION}' type='text/css' media='all' />
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-3307418852240031" crossorigin="anonymous"></script>
<link rel="icon" href="{UP}/2023/05/cropped-zaytoun-icon-32x32.png" sizes="32x32" />
<style id="et-critical-inline-css">body,input,textarea,select{{font-family:'Cairo',Helvetica,Arial,Lucida,sans-serif}}.et_pb_section_0_tb_header.et_pb_section{{padding-top:4px;padding-bottom:4px;background-color:#2f4f2f!important}}.et_pb_menu_0_tb_header.et_pb_menu ul li a{{font-weight:700;font-size:16px;color:#1d2a1d!important}}.et_pb_post_title_0_tb_body .et_pb_title_container h1.entry-title{{font-weight:800;font-size:34px;line-height:1.5em}}.et_pb_post_title_0_tb_body .et_pb_title_container .et_pb_title_meta_container{{font-size:13px;color:#6b7a6b!important}}.et_pb_post_content_0_tb_body{{font-size:18px;line-height:2em}}</style>
<link rel="preload" as="style" id="et-core-unified-{deferred}-cached-inline-styles" href="{HOST}/wp-content/et-cache/{sid}/et-core-unified-{deferred}.min.css?ver={int(served.timestamp())}" onload="this.onload=null;this.rel='stylesheet';" />
</head>
<body class="rtl post-template-default single single-post postid-{sid} single-format-standard et-tb-has-template et-tb-has-header et-tb-has-body et-tb-has-footer et_pb_button_helper_class et_cover_background et_pb_gutter linux et_pb_gutters3 et_divi_theme et-db">
	<div id="page-container">
<div id="et-boc" class="et-boc">
\t\t\t
		<header class="et-l et-l--header">
			<div class="et_builder_inner_content et_pb_gutters3">
		{header}		</div>
	</header>
	<div id="et-main-area">
\t
<div id="main-content">
	<div class="et-l et-l--body">
			<div class="et_builder_inner_content et_pb_gutters3">
		{body}		</div>
	</div>
	</div>
\t
	<footer class="et-l et-l--footer">
			<div class="et_builder_inner_content et_pb_gutters3">
		{footer}		</div>
	</footer>
		</div>

\t\t\t
		</div>
		</div>

			<span class="et_pb_scroll_top et-pb-icon"></span>
	<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" id="divi-custom-script-js-extra">
/* <![CDATA[ */
var DIVI = {{"item_count":"%d Item","items_count":"%d Items"}};
var et_builder_utils_params = {{"condition":{{"diviTheme":true,"extraTheme":false}},"scrollLocations":["app","top"],"builderScrollLocations":{{"desktop":"app","tablet":"app","phone":"app"}},"onloadScrollLocation":"app","builderType":"fe"}};
var et_frontend_scripts = {{"builderCssContainerPrefix":"#et-boc","builderCssLayoutPrefix":"#et-boc .et-l"}};
var et_pb_custom = {custom_js};
var et_pb_box_shadow_elements = [];
/* ]]> */
</script>
<script type="text/javascript" src="{HOST}/wp-content/themes/Divi/js/scripts.min.js?ver={VERSION}" id="divi-custom-script-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.4.3" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{HOST}/wp-content/themes/Divi/core/admin/js/common.js?ver={VERSION}" id="et-core-common-js"></script>
<script type="text/javascript" id="wpp-js" src="{HOST}/wp-content/plugins/wordpress-popular-posts/assets/js/wpp.min.js?ver=6.4.2" data-sampling="0" data-sampling-rate="100" data-api-url="{esc}\\/wp-json\\/wordpress-popular-posts" data-post-id="{sid}" data-token="7d2c01be5a" data-lang="0" data-debug="0"></script>
</body>
</html>
"""
