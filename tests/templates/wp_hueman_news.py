"""A Yemeni news blog ("يمن أخبار") on WordPress with the Hueman theme (3.7), single posts as
the theme serves them. The head: Yoast SEO (`<title>` "headline - يمن أخبار", og/twitter
meta, `article:published_time` in UTC `+00:00`, the `yoast-schema-graph` JSON-LD), the block
library, Hueman's `main.min.css` and Font Awesome, the `hueman-main-style-inline-css`.
`<html class="no-js" dir="rtl" lang="ar">`, `<body class="... col-3cm full-width
topbar-enabled header-desktop-sticky ...">`, `div#wrapper` with the skip link, then
`header#header`: `nav#nav-mobile` (the mobile menu and search), `nav#nav-topbar` (the topbar
menu: about, contact, advertise, privacy, with the search toggle) and the central zone
(`p.site-title`, `p.site-description`, `nav#nav-header` with the main menu). Then
`div#page` > `div.main` > `main.content`: `div.page-title` with `ul.meta-single` (the
category and the comment count), `article.post` > `div.post-inner` with `h1.post-title`,
`p.post-byline` ("بقلم <author> · <date>", the date in WordPress's Arabic "j F، Y" and the
site's +03:00; page 3 "نُشر <date> · آخر تحديث <date>"), `div.page-image` (page 1 with
its `page-image-text` caption, page 3 with an empty one, page 2 none),
`div.entry.themeform` > `div.entry-inner` with the Gutenberg content (page 1: a bold figure
and an h3 subheading, which is text; page 3: a quote the text introduces, text, and a
YouTube embed whose caption is chrome). After the article: `p.post-tags` ("الوسوم:"),
`div.author-bio` (pages 1 and 3), `ul.post-nav` ("المقال التالي" / "المقال السابق"), the
"قد يعجبك أيضاً" `ul.related-posts` (three cards with date and the theme's hidden
structured-data byline), `section#comments` (page 1 two comments and the writer's reply,
page 3 one, page 2 none; each page the respond form). The sidebars: `div.sidebar.s1` with
"تابعنا:" and the `alx-tabs` widget (recent, popular, latest comments), `div.sidebar.s2`
with the `alx-posts` most-read list and the categories with counts. `footer#footer`:
`#footer-widgets` (about, latest posts, tag cloud), `nav#nav-footer`, `#footer-bottom`
with `#copyright` and `#credit`. Page 2 is a Saba agency story posted by the desk user
("المحرر", no writer in the spec) at 00:40 Aden time, so Yoast's UTC instant falls on the day
before the shown date. Every line outside the story's paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from .base import MONTHS, Article, Page, e

NAME = "wp_hueman_news"
HELD_OUT = True
SET = "unseen32"
FAMILY = ("WordPress + Hueman theme Yemeni news blog single post: topbar and nav-header, "
          "meta-single, post-byline, page-image, entry-inner, post-tags, author-bio, post-nav, "
          "related-posts, comments tabs, sidebars s1/s2 with alx-tabs, footer widgets")
HOST = "https://hueman-yemen-akhbar.example"
SITE = "يمن أخبار"
TAGLINE = "أخبار اليمن من صنعاء وعدن وحضرموت لحظة بلحظة"
VER = "3.7.25"
WP = "6.7.1"
TOPBAR = (("about", "من نحن"), ("contact", "اتصل بنا"), ("advertise", "أعلن معنا"),
          ("privacy-policy", "سياسة الخصوصية"))
MENU = (("local", "محليات"), ("politics", "سياسة"), ("economy", "اقتصاد"),
        ("culture", "ثقافة"), ("sport", "رياضة"), ("reports", "تقارير"),
        ("misc", "منوعات"))
SECTION_SLUG = {label: slug for slug, label in MENU}
WRITERS = {
    "سالم بن عفيف": ("salem", "صحفي من المكلا يكتب في الاقتصاد والزراعة والثروة السمكية "
                     "في حضرموت والمهرة."),
    "أروى الشرعبي": ("arwa", "صحفية مهتمة بالتراث والعمارة في صنعاء، عملت مراسلة لعدد من "
                     "المواقع العربية."),
}
DESK = ("almuharrir", "المحرر")
BOLD = {1: "90 ألف ريال"}
HEADING = {1: 3}  # page -> index (lead = 0) of the paragraph printed as an h3
QUOTE = {3: 3}  # page -> index of the paragraph printed as a quote block
EMBED = {3: (4, "p7Lw2Xk9QsA", "ترميم منازل صنعاء القديمة",
             "جانب من أعمال الترميم في حارة الفليحي بصنعاء القديمة")}
MODIFIED = {3: "2025-03-09T10:05:00+03:00"}
PREV_NEXT = {
    1: ("بنك عدن المركزي يعلن مزادا جديدا لبيع العملة الأجنبية",
        "افتتاح سوق شعبي جديد لبيع التمور في سيئون"),
    2: ("صرف رواتب المتقاعدين في عدن ابتداء من الأحد",
        "الأرصاد تتوقع أجواء باردة في المرتفعات الجبلية"),
    3: ("أمسية شعرية في تعز تستذكر الشاعر عبدالله البردوني", ""),
}
COMMENTS = {
    1: (("أبو محمد الكثيري", 140, "العسل الدوعني الأصلي صار نادرا، وأغلب ما يباع في الأسواق "
         "مخلوط. نتمنى أن يفتح المختبر قريبا.", 0),
        ("سالم بن عفيف", 205, "شكرا لك، مكتب الزراعة وعد بافتتاحه في فبراير وسنتابع الموضوع.",
         1),
        ("نحال من دوعن", 1310, "نقلنا الخلايا إلى المهرة هذا العام وخسرنا نصفها في الطريق.",
         0)),
    2: (),
    3: (("عبدالرحمن الأكوع", 260, "بيت جدي في حارة الفليحي من ضمن هذه البيوت، جزاهم الله "
         "خيرا على هذا العمل.", 0),),
}
RECENT = ("قوات خفر السواحل تضبط قاربا محملا بالمهاجرين قبالة شبوة",
          "منتخب الناشئين يبدأ معسكره الخارجي استعدادا لتصفيات آسيا",
          "جامعة عدن تعلن نتائج القبول في كلية الطب",
          "ارتفاع أسعار الغاز المنزلي في تعز وسط أزمة في التوزيع",
          "إعادة فتح طريق الضالع بعد أعمال صيانة استمرت شهرين")
POPULAR = ("سعر صرف الريال اليمني أمام الدولار والسعودي اليوم",
           "موعد صرف مرتبات الموظفين لشهر يناير",
           "أمطار غزيرة وسيول في إب وذمار والأرصاد تحذر",
           "قائمة أسعار الذهب في صنعاء وعدن")
TAB_COMMENTS = (("فهد العولقي", "متى يتم إصلاح الطريق البحري بالكامل؟"),
                ("منى سعيد", "تقرير ممتاز ومفصل، بارك الله فيكم"),
                ("زائر", "نرجو متابعة موضوع الكهرباء في الشيخ عثمان"))
MOST_READ = ("وزارة التربية تحدد موعد امتحانات الشهادة الثانوية",
             "ميناء المكلا يستقبل أول سفينة حاويات منذ أشهر",
             "اكتشاف نقوش مسندية جديدة في محافظة الجوف",
             "مطار سيئون يستأنف رحلاته إلى القاهرة")
CATEGORIES = (("محليات", 1834), ("سياسة", 962), ("اقتصاد", 577), ("ثقافة", 318),
              ("رياضة", 441), ("تقارير", 209))
FOOTER_ABOUT = ("موقع إخباري يمني مستقل يغطي الأخبار المحلية والاقتصاد والثقافة في "
                "محافظات الجمهورية.")
FOOTER_LATEST = ("تدشين حملة تحصين ضد شلل الأطفال في لحج وأبين",
                 "انطلاق بطولة كرة القدم الشاطئية في الحديدة",
                 "صيادو المخا يطالبون بتوفير الوقود لقواربهم")
TAG_CLOUD = ("عدن", "صنعاء", "حضرموت", "تعز", "الريال اليمني", "الكهرباء", "الأمطار")
FORM = ("اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
        "الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *",
        "الموقع الإلكتروني", "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح "
        "لاستخدامها المرة المقبلة في تعليقي.")
SUBMIT = "إرسال التعليق"
LOCAL = timedelta(hours=3)
SOCIAL = (("facebook", "https://www.facebook.com/yemenakhbar", "فيسبوك"),
          ("x-twitter", "https://x.com/yemenakhbar", "إكس"),
          ("telegram", "https://t.me/yemenakhbar", "تيليغرام"),
          ("youtube", "https://www.youtube.com/@yemenakhbar", "يوتيوب"))


def _date(moment: datetime) -> str:
    """WordPress's Arabic default date format "j F، Y"."""
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def _time(moment: datetime) -> str:
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _responses(k: int) -> str:
    return ("لا توجد ردود", "رد واحد", "ردّان")[k] if k < 3 else f"{k} ردود"


def _img(src: str, w: int, h: int, cls: str, alt: str = "") -> str:
    return (f'<img width="{w}" height="{h}" src="{src}" class="{cls}" alt="{e(alt)}" '
            f'decoding="async" loading="lazy" />')


def _menu(items, current: str, ids: int) -> str:
    out = []
    for k, (slug, label) in enumerate(items):
        cls = f"menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{ids + k}"
        if label == current:
            cls += " current-post-ancestor current-menu-parent current-post-parent"
        out.append(f'<li id="menu-item-{ids + k}" class="{cls}"><a href="{HOST}/category/'
                   f'{slug}/">{label}</a></li>')
    return "".join(out)


def _main_menu(sec: str, ids: int) -> str:
    home = (f'<li id="menu-item-{ids - 1}" class="menu-item menu-item-type-custom '
            f'menu-item-object-custom menu-item-home menu-item-{ids - 1}"><a href="{HOST}/">'
            "الرئيسية</a></li>")
    return f'<ul id="menu-main-{ids}" class="nav container-inner group">{home}' \
           f'{_menu(MENU, sec, ids)}</ul>'


def _topbar_menu() -> str:
    items = "".join(
        f'<li id="menu-item-{20 + k}" class="menu-item menu-item-type-post_type '
        f'menu-item-object-page menu-item-{20 + k}"><a href="{HOST}/{slug}/">{label}</a></li>'
        for k, (slug, label) in enumerate(TOPBAR))
    return f'<ul id="menu-top" class="nav container-inner group">{items}</ul>'


def _search(suffix: str) -> str:
    return (f'<form method="get" class="search-form" action="{HOST}/">\n'
            f'\t<label>\n\t\t<span class="screen-reader-text">البحث عن:</span>\n'
            f'\t\t<input type="search" class="search-field" placeholder="بحث &hellip;" '
            f'value="" name="s" id="s-{suffix}" />\n\t</label>\n\t<button type="submit" '
            f'class="search-submit"><i class="fas fa-search"></i><span '
            f'class="screen-reader-text">بحث</span></button>\n</form>')


def _social() -> str:
    return "".join(
        f'<li><a rel="nofollow noopener noreferrer" class="social-tooltip" title="تابعنا على '
        f'{label}" aria-label="تابعنا على {label}" href="{href}" target="_blank" '
        f'style="color:rgba(255,255,255,0.7)"><i class="fab fa-{icon}"></i></a></li>'
        for icon, href, label in SOCIAL)


def _paragraph(article: Article, n: int, k: int, text: str) -> str:
    if HEADING.get(n) == k:
        return f'<h3 class="wp-block-heading">{e(text)}</h3>'
    if QUOTE.get(n) == k:
        return ('<blockquote class="wp-block-quote is-layout-flow '
                f'wp-block-quote-is-layout-flow">\n<p>{e(text)}</p>\n</blockquote>')
    html = e(text)
    bold = BOLD.get(n)
    if bold and bold in text:
        html = html.replace(e(bold), f"<strong>{e(bold)}</strong>", 1)
    return f"<p>{html}</p>"


def _story(article: Article, n: int) -> str:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        out.append(_paragraph(article, n, k, text))
        if n in EMBED and EMBED[n][0] == k:
            _, vid, title, caption = EMBED[n]
            out.append(
                '<figure class="wp-block-embed is-type-video is-provider-youtube '
                'wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div '
                f'class="wp-block-embed__wrapper">\n<iframe title="{e(title)}" width="720" '
                f'height="405" src="https://www.youtube.com/embed/{vid}?feature=oembed" '
                'frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                'encrypted-media; gyroscope; picture-in-picture; web-share" '
                'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>\n'
                f'</div><figcaption class="wp-element-caption">{e(caption)}</figcaption>'
                '</figure>')
    return "\n\n".join(out)


def _comment(cid: int, name: str, when: datetime, text: str, depth: int, url: str,
             odd: bool, writer: str | None) -> str:
    parity = "odd alt" if odd else "even"
    thread = ""
    if depth == 1:
        thread = " thread-odd thread-alt" if odd else " thread-even"
    by = " byuser comment-author-" + WRITERS[writer][0] + " bypostauthor" \
        if writer and name == writer else ""
    return (
        f'<li class="comment{by} {parity}{thread} '
        f'depth-{depth}" id="comment-{cid}">\n\t\t\t\t<article id="div-comment-{cid}" '
        'class="comment-body">\n\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div '
        'class="comment-author vcard">\n\t\t\t\t\t\t<img alt="" src="https://secure.gravatar'
        f'.com/avatar/{cid:032x}?s=48&#038;d=mm&#038;r=g" class="avatar avatar-48 photo" '
        f'height="48" width="48" loading="lazy" decoding="async"/>\t\t\t\t\t\t<b class="fn">'
        f'{e(name)}</b> <span class="says">قال:</span>\t\t\t\t\t</div>\n\t\t\t\t\t<div '
        f'class="comment-metadata">\n\t\t\t\t\t\t<a href="{url}#comment-{cid}"><time '
        f'datetime="{when.isoformat()}">{_date(when)} في {_time(when)}</time></a>'
        '\t\t\t\t\t</div>\n\t\t\t\t</footer>\n\t\t\t\t<div class="comment-content">\n'
        f'\t\t\t\t\t<p>{e(text)}</p>\n\t\t\t\t</div>\n\t\t\t\t<div class="reply"><a '
        f'rel="nofollow" class="comment-reply-link" href="#comment-{cid}" '
        f'data-commentid="{cid}" data-postid="0" data-belowelement="div-comment-{cid}" '
        f'data-respondelement="respond" data-replyto="الرد على {e(name)}" '
        f'aria-label="الرد على {e(name)}">رد</a></div>\n\t\t\t</article>')


def _comments(article: Article, n: int, page: Page, url: str, pid: int) -> str:
    items = COMMENTS[n]
    moment = article.moment
    html = []
    if items:
        count = _responses(len(items))
        page.add(count, "التعليقات", "التعقيبات", "قال:", "رد")
        thread, odd = [], False
        for k, (name, minutes, text, depth) in enumerate(items):
            cid = pid * 10 + k
            when = moment + timedelta(minutes=minutes)
            page.add(name, f"{_date(when)} في {_time(when)}", text)
            if depth == 0:
                if thread:
                    thread.append("</li><!-- #comment-## -->")
                odd = not odd if thread else False
                thread.append(_comment(cid, name, when, text, 1, url, odd, article.author))
            else:
                thread.append('<ul class="children">'
                              + _comment(cid, name, when, text, 2, url, True, article.author)
                              + "</li><!-- #comment-## -->\n</ul><!-- .children -->")
        thread.append("</li><!-- #comment-## -->")
        html.append(
            f'<h3 class="heading">{count}</h3>\n\n\t\t<ul class="comment-tabs group">\n\t\t\t'
            '<li class="active"><a href="#commentlist-container"><i class="far '
            f'fa-comments"></i>التعليقات<span>{len(items)}</span></a></li>\n\t\t\t<li><a '
            'href="#pinglist-container"><i class="fas fa-share"></i>التعقيبات<span>0</span>'
            '</a></li>\n\t\t</ul>\n\n\t\t<div id="commentlist-container" class="comment-tab">'
            f'\n\n\t\t\t<ol class="commentlist">\n{"".join(thread)}\n\t\t\t</ol>'
            '<!--/.commentlist-->\n\n\t\t</div>')
    else:
        html.append("<!-- comments open, no comments -->")
    page.add(*FORM)
    form = (
        '<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" '
        'class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" '
        f'id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء '
        'الرد</a></small></h3><form action="' + HOST + '/wp-comments-post.php" '
        'method="post" id="commentform" class="comment-form" novalidate><p '
        'class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.'
        '</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span '
        'class="required">*</span></span></p><p class="comment-form-comment"><label '
        'for="comment">التعليق <span class="required">*</span></label> <textarea '
        'id="comment" name="comment" cols="45" rows="8" maxlength="65525" required>'
        '</textarea></p><p class="comment-form-author"><label for="author">الاسم <span '
        'class="required">*</span></label> <input id="author" name="author" type="text" '
        'value="" size="30" maxlength="245" autocomplete="name" required /></p>\n<p '
        'class="comment-form-email"><label for="email">البريد الإلكتروني <span '
        'class="required">*</span></label> <input id="email" name="email" type="email" '
        'value="" size="30" maxlength="100" aria-describedby="email-notes" '
        'autocomplete="email" required /></p>\n<p class="comment-form-url"><label '
        'for="url">الموقع الإلكتروني</label> <input id="url" name="url" type="url" value="" '
        'size="30" maxlength="200" autocomplete="url" /></p>\n<p '
        'class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" '
        'name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label '
        'for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني '
        'في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</label></p>\n<p '
        'class="form-submit"><input name="submit" type="submit" id="submit" class="submit" '
        f'value="{SUBMIT}" /> <input type=\'hidden\' name=\'comment_post_ID\' '
        f"value='{pid}' id='comment_post_ID' />\n<input type='hidden' "
        "name='comment_parent' id='comment_parent' value='0' />\n</p></form>\t</div>"
        "<!-- #respond -->")
    # the submit input's value is not text: the label a reader sees is the button's value
    return ('<section id="comments" class="themeform">\n\n\t\t' + "\n".join(html)
            + "\n\n\t" + form + "\n\n</section><!--/#comments-->")


def _related(article: Article, page: Page) -> str:
    moment = article.moment
    cards = []
    for k, title in enumerate(article.related):
        when = moment - timedelta(days=3 + 5 * k, hours=2 * k)
        rid = int(article.slug) - 40 - 17 * k
        rurl = f"{HOST}/archives/{rid}"
        page.add(title, _date(when))
        cards.append(
            f'<li class="related post-hover">\n\t\t<article class="post-{rid} post type-post '
            'status-publish format-standard has-post-thumbnail hentry">\n\n\t\t\t<div '
            f'class="post-thumbnail">\n\t\t\t\t<a href="{rurl}" class="hu-rel-post-thumb">\n'
            '\t\t\t\t\t' + _img(f"{HOST}/wp-content/uploads/{when:%Y/%m}/r{rid}-520x245.jpg",
                                520, 245, "attachment-thumb-medium size-thumb-medium "
                                "wp-post-image")
            + f'\t\t\t\t</a>\n\t\t\t\t<a class="post-comments" href="{rurl}#comments"><i '
            f'class="far fa-comments"></i>{k}</a>\n\t\t\t</div><!--/.post-thumbnail-->\n\n'
            '\t\t\t<div class="related-inner">\n\n\t\t\t\t<h4 class="post-title '
            f'entry-title">\n\t\t\t\t\t<a href="{rurl}" rel="bookmark">{e(title)}</a>\n'
            '\t\t\t\t</h4><!--/.post-title-->\n\n\t\t\t\t<div class="post-meta group">\n\t\t\t'
            f'\t\t<p class="post-date">\n  <time class="published updated" '
            f'datetime="{when:%Y-%m-%d %H:%M:%S}">{_date(when)}</time>\n</p>\n\n  <p '
            'class="post-byline" style="display:none">&nbsp;بقلم    <span class="vcard '
            f'author">\n      <span class="fn"><a href="{HOST}/author/{DESK[0]}/" '
            f'title="مقالات {DESK[1]}" rel="author">{DESK[1]}</a></span>\n    </span> &middot; '
            f'نُشر <span class="published">{_date(when)}</span>\n      </p>\n\n\t\t\t\t'
            '</div><!--/.post-meta-->\n\n\t\t\t</div><!--/.related-inner-->\n\n\t\t</article>'
            '\n\t</li><!--/.related-->')
    page.add("قد يعجبك أيضاً", "بقلم", "نُشر", DESK[1])
    return ('<h4 class="heading">\n\t<i class="far fa-hand-point-right"></i>قد يعجبك أيضاً\n'
            '</h4>\n\n<ul class="related-posts group">\n\t' + "\n\t".join(cards)
            + "\n</ul><!--/.post-related-->")


def _sidebar_s1(article: Article, page: Page) -> str:
    moment = article.moment
    recent, popular, comments = [], [], []
    for k, title in enumerate(RECENT):
        when = moment - timedelta(hours=3 + 4 * k)
        if k == 0:
            when = moment + timedelta(hours=2)
        sec = MENU[k % len(MENU)]
        page.add(title, sec[1], _date(when))
        recent.append(
            f'<li>\n\t\t\t<div class="tab-item-thumbnail">\n\t\t\t\t<a href="{HOST}/archives/'
            f'{int(article.slug) + 3 - k}">\n\t\t\t\t\t'
            + _img(f"{HOST}/wp-content/uploads/t{k}-80x80.jpg", 80, 80,
                   "attachment-thumb-small size-thumb-small wp-post-image")
            + '\t\t\t\t</a>\n\t\t\t</div>\n\t\t\t<div class="tab-item-inner group">\n\t\t\t\t'
            f'<p class="tab-item-category"><a href="{HOST}/category/{sec[0]}/" '
            f'rel="category tag">{sec[1]}</a></p>\n\t\t\t\t<p class="tab-item-title"><a '
            f'href="{HOST}/archives/{int(article.slug) + 3 - k}" rel="bookmark">{e(title)}'
            f'</a></p>\n\t\t\t\t<p class="tab-item-date">{_date(when)}</p>\n\t\t\t</div>\n'
            '\t\t</li>')
    for k, title in enumerate(POPULAR):
        page.add(title)
        popular.append(
            f'<li>\n\t\t\t<div class="tab-item-inner group">\n\t\t\t\t<p class="tab-item-title">'
            f'<a href="{HOST}/archives/{17000 + 131 * k}" rel="bookmark">{e(title)}</a></p>'
            '\n\t\t\t</div>\n\t\t</li>')
    for k, (name, text) in enumerate(TAB_COMMENTS):
        page.add(f"{name}:", text)
        comments.append(
            '<li>\n\t\t\t<div class="tab-comment-avatar">\n\t\t\t\t<img alt="" src="https://'
            f'secure.gravatar.com/avatar/{k + 7:032x}?s=96&#038;d=mm&#038;r=g" class="avatar '
            'avatar-96 photo" height="96" width="96" loading="lazy" decoding="async"/>\t\t\t'
            '</div>\n\t\t\t<div class="tab-comment-content">\n\t\t\t\t<a href="'
            f'{HOST}/archives/{int(article.slug) - 9 - k}#comment-{90311 - k}">\n\t\t\t\t\t'
            f'<p><span>{e(name)}:</span> {e(text)}</p>\n\t\t\t\t</a>\n\t\t\t</div>\n\t\t</li>')
    page.add("تابعنا:", "أحدث المقالات", "الأكثر شعبية", "أحدث التعليقات")
    return (
        '<div class="sidebar s1 collapsed" data-position="left" data-layout="col-3cm" '
        'data-sb-id="s1">\n\n\t<button class="sidebar-toggle" title="توسيع الشريط الجانبي">'
        '<i class="fas sidebar-toggle-arrows"></i></button>\n\n\t<div class="sidebar-content">'
        '\n\n\t\t\t<div class="sidebar-top group">\n\t\t\t\t<p>تابعنا:</p>\n\t\t\t\t<ul '
        f'class="social-links">{_social()}</ul>\t\t\t</div>\n\n\t\t<div id="alxtabs-2" '
        'class="widget widget_hu_tabs">\n<h3 class="widget-title"></h3>\n\t<ul '
        'class="alx-tabs-nav group tab-count-3"><li class="alx-tab tab-recent"><a '
        'href="#tab-recent-2" title="أحدث المقالات"><i class="far fa-clock"></i><span>أحدث '
        'المقالات</span></a></li><li class="alx-tab tab-popular"><a href="#tab-popular-2" '
        'title="الأكثر شعبية"><i class="fas fa-star"></i><span>الأكثر شعبية</span></a></li>'
        '<li class="alx-tab tab-comments"><a href="#tab-comments-2" title="أحدث التعليقات">'
        '<i class="far fa-comments"></i><span>أحدث التعليقات</span></a></li></ul>\n\n\t<div '
        'class="alx-tabs-container">\n\t\t<ul id="tab-recent-2" class="alx-tab group '
        'thumbs-enabled">\n\t\t' + "\n\t\t".join(recent) + '\n\t\t</ul><!--/.alx-tab-->\n\n'
        '\t\t<ul id="tab-popular-2" class="alx-tab group ">\n\t\t' + "\n\t\t".join(popular)
        + '\n\t\t</ul><!--/.alx-tab-->\n\n\t\t<ul id="tab-comments-2" class="alx-tab group '
        'avatars-enabled">\n\t\t' + "\n\t\t".join(comments) + '\n\t\t</ul><!--/.alx-tab-->'
        '\n\t</div>\n\n</div>\n\t</div><!--/.sidebar-content-->\n\n</div><!--/.sidebar-->')


def _sidebar_s2(article: Article, page: Page) -> str:
    items = []
    for k, title in enumerate(MOST_READ):
        views = f"{(9 - 2 * k) * 1.3:.1f}k مشاهدة"
        page.add(title, views)
        items.append(
            f'<li>\n\t\t\t<div class="post-item-inner group">\n\t\t\t\t<p '
            f'class="post-item-title"><a href="{HOST}/archives/{16800 + 77 * k}" '
            f'rel="bookmark">{e(title)}</a></p>\n\t\t\t\t<p class="post-item-date">{views}'
            '</p>\n\t\t\t</div>\n\t\t</li>')
    cats = []
    for label, count in CATEGORIES:
        page.add(f"{label} ({count})")
        cats.append(f'<li class="cat-item cat-item-{count % 97}"><a href="{HOST}/category/'
                    f'{SECTION_SLUG[label]}/">{label}</a> ({count})\n</li>')
    page.add("الأكثر قراءة هذا الأسبوع", "الأقسام")
    return (
        '<div class="sidebar s2 collapsed" data-position="right" data-layout="col-3cm" '
        'data-sb-id="s2">\n\n\t<button class="sidebar-toggle" title="توسيع الشريط الجانبي">'
        '<i class="fas sidebar-toggle-arrows"></i></button>\n\n\t<div class="sidebar-content">'
        '\n\n\t\t<div id="alxposts-3" class="widget widget_hu_posts">\n<h3 '
        'class="widget-title">الأكثر قراءة هذا الأسبوع</h3>\n\t<ul class="alx-posts group '
        'thumbs-disabled">\n\t\t' + "\n\t\t".join(items) + '\n\t</ul><!--/.alx-posts-->\n\n'
        '</div>\n<div id="categories-4" class="widget widget_categories"><h3 '
        'class="widget-title">الأقسام</h3>\n\t\t\t<ul>\n\t\t\t\t\t' + "\n\t".join(cats)
        + "\n\t\t\t</ul>\n\n\t\t\t</div>\n\t</div><!--/.sidebar-content-->\n\n</div>"
        "<!--/.sidebar-->")


def _footer(article: Article, page: Page) -> str:
    year = article.moment.year
    latest = "".join(f'<li>\n\t\t\t\t<a href="{HOST}/archives/{int(article.slug) + 5 + k}">'
                     f'{e(t)}</a>\n\t\t\t\t\t\t</li>' for k, t in enumerate(FOOTER_LATEST))
    tags = " ".join(f'<a href="{HOST}/tag/{k + 1}/" class="tag-cloud-link tag-link-{31 + k} '
                    f'tag-link-position-{k + 1}" style="font-size: {8 + 2 * (k % 4)}pt;" '
                    f'aria-label="{t} ({40 - 3 * k} عنصر)">{t}</a>'
                    for k, t in enumerate(TAG_CLOUD))
    foot_menu = "".join(f'<li id="menu-item-{40 + k}" class="menu-item menu-item-type-post_type '
                        f'menu-item-object-page menu-item-{40 + k}"><a href="{HOST}/{slug}/">'
                        f'{label}</a></li>' for k, (slug, label) in enumerate(TOPBAR))
    copyright_line = f"{SITE} © {year}. جميع الحقوق محفوظة."
    page.add("عن الموقع", FOOTER_ABOUT, "أحدث الأخبار", *FOOTER_LATEST, "وسوم", *TAG_CLOUD,
             copyright_line, "مدعوم من", "صمم بواسطة قالب Hueman")
    return (
        '<footer id="footer">\n\n\t\t<section class="container" id="footer-widgets">\n\t\t\t'
        '<div class="container-inner">\n\n\t\t\t\t<div class="hu-pad group">\n\n\t\t\t\t\t'
        '<div class="footer-widget-1 grid one-third ">\n\t\t\t\t\t\t<div id="text-2" '
        'class="widget widget_text"><h3 class="widget-title">عن الموقع</h3>\t\t\t<div '
        f'class="textwidget"><p>{FOOTER_ABOUT}</p>\n</div>\n\t\t</div>\t\t\t\t\t</div>\n\n'
        '\t\t\t\t\t<div class="footer-widget-2 grid one-third ">\n\t\t\t\t\t\t<div '
        'id="recent-posts-3" class="widget widget_recent_entries">\n\t\t<h3 '
        f'class="widget-title">أحدث الأخبار</h3>\n\t\t<ul>\n\t\t\t\t\t\t\t{latest}\n\t\t\t\t'
        '\t</ul>\n\n\t\t</div>\t\t\t\t\t</div>\n\n\t\t\t\t\t<div class="footer-widget-3 grid '
        'one-third last">\n\t\t\t\t\t\t<div id="tag_cloud-2" class="widget widget_tag_cloud">'
        '<h3 class="widget-title">وسوم</h3><div class="tagcloud">' + tags + '</div>\n</div>'
        '\t\t\t\t\t</div>\n\n\t\t\t\t</div><!--/.hu-pad-->\n\n\t\t\t</div><!--/.container-inner'
        '-->\n\t\t</section><!--/.container-->\n\n\t\t\t<nav class="nav-container group" '
        'id="nav-footer" data-menu-id="footer-4" data-menu-scrollable="false">\n\t\t\t\t\t\t'
        '<div class="nav-text"></div>\n\t\t<div class="nav-wrap">\n\t\t\t<ul id="menu-footer" '
        f'class="nav container group">{foot_menu}</ul>\t\t</div>\n\t\t</nav><!--/#nav-footer-->'
        '\n\n\t\t<section class="container" id="footer-bottom">\n\t\t\t<div '
        'class="container-inner">\n\n\t\t\t\t<a id="back-to-top" href="#"><i class="fas '
        'fa-angle-up"></i></a>\n\n\t\t\t\t<div class="hu-pad group">\n\n\t\t\t\t\t<div '
        'class="grid one-half">\n\t\t\t\t\t\t\t\t\t\t\t\t<div id="copyright">\n\t\t\t\t<p>'
        f'{SITE} &copy; {year}. جميع الحقوق محفوظة.</p>\n\t\t\t</div><!--/#copyright-->\n\n'
        '\t\t\t\t\t\t\t\t\t\t\t\t\t<div id="credit" style="">\n\t\t\t\t\t<p>مدعوم من&nbsp;<a '
        'class="fab fa-wordpress" title="مدعوم من ووردبريس" href="https://wordpress.org/" '
        'target="_blank" rel="noopener noreferrer"></a> - صمم بواسطة&nbsp;<a '
        'href="https://presscustomizr.com/hueman/" title="قالب Hueman">قالب Hueman</a></p>'
        '\n\t\t\t\t</div><!--/#credit-->\n\t\t\t\t\t\n\t\t\t\t\t</div>\n\n\t\t\t\t\t<div '
        'class="grid one-half last">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<ul '
        f'class="social-links">{_social()}</ul>\t\t\t\t\t\t\t\t\t\t\t</div>\n\n\t\t\t\t</div>'
        '<!--/.hu-pad-->\n\n\t\t\t</div><!--/.container-inner-->\n\t\t</section><!--/.container'
        '-->\n\n\t</footer><!--/#footer-->')


def _header(sec: str, page: Page) -> str:
    page.add("تخطي إلى المحتوى", *[label for _, label in TOPBAR], SITE, TAGLINE, "الرئيسية",
             *[label for _, label in MENU], "البحث عن:", "بحث")
    ham = ('<button class="ham__navbar-toggler-two collapsed" title="القائمة" '
           'aria-expanded="false"><span class="ham__navbar-span-wrapper"><span class="line '
           'line-1"></span><span class="line line-2"></span><span class="line line-3"></span>'
           '</span></button>')
    return (
        '<header id="header" class="top-menu-mobile-on one-mobile-menu top_menu '
        'header-ads-desktop  topbar-transparent no-header-img">\n        <nav '
        'class="nav-container group mobile-menu mobile-sticky " id="nav-mobile" '
        'data-menu-id="header-1">\n  <div class="mobile-title-logo-in-header"><p '
        f'class="site-title"><a class="custom-logo-link" href="{HOST}/" rel="home" '
        f'title="{SITE} | الصفحة الرئيسية">{SITE}</a></p></div>\n        \n        <!-- '
        f'<div class="ham__navbar-toggler collapsed" aria-expanded="false">\n          <div '
        f'class="ham__navbar-span-wrapper">\n            <span class="ham-toggler-menu__span">'
        f'</span>\n          </div>\n        </div> -->\n        {ham}\n        \n      <div '
        'class="nav-text"></div>\n      <div class="nav-wrap container">\n                  '
        '<ul class="nav container-inner group mobile-search">\n                            '
        f'<li>\n                  {_search("m")}                </li>\n                      '
        f'</ul>\n                {_main_menu(sec, 101)}      </div>\n</nav><!--/#nav-topbar-->'
        '  \n        <nav class="nav-container group desktop-menu desktop-sticky " '
        'id="nav-topbar" data-menu-id="header-2">\n    <div class="nav-text"></div>\n  <div '
        'class="topbar-toggle-down">\n    <i class="fas fa-angle-double-down" '
        'aria-hidden="true" data-toggle="down" title="توسيع القائمة"></i>\n    <i class="fas '
        'fa-angle-double-up" aria-hidden="true" data-toggle="up" title="طي القائمة"></i>\n  '
        f'</div>\n  <div class="nav-wrap container">\n    {_topbar_menu()}  </div>\n      <div '
        'id="topbar-header-search" class="container">\n      <div class="container-inner">\n'
        '        <button class="toggle-search"><i class="fas fa-search"></i></button>\n'
        '        <div class="search-expand">\n          <div class="search-expand-inner">'
        f'{_search("t")}</div>\n        </div>\n      </div><!--/.container-inner-->\n    '
        '</div><!--/.container-->\n  \n</nav><!--/#nav-topbar-->\n  \n  <div class="container '
        'group">\n        <div class="container-inner">\n\n                    <div '
        'class="group hu-pad central-header-zone">\n                  <div '
        'class="logo-tagline-group">\n                      <p class="site-title"><a '
        f'class="custom-logo-link" href="{HOST}/" rel="home" title="{SITE} | الصفحة الرئيسية">'
        f'{SITE}</a></p>                                                <p '
        f'class="site-description">{TAGLINE}</p>\n                                        '
        '</div>\n\n                                </div>\n      \n                <nav '
        'class="nav-container group desktop-menu " id="nav-header" data-menu-id="header-3">\n'
        '    <div class="nav-text"><!-- put your mobile menu text here --></div>\n\n  <div '
        f'class="nav-wrap container">\n        {_main_menu(sec, 201)}  </div>\n</nav>'
        '<!--/#nav-header-->      \n    </div><!--/.container-inner-->\n      </div><!--/'
        '.container-->\n\n</header><!--/#header-->')


def render(article: Article, n: int) -> Page:
    pid = int(article.slug)
    url = f"{HOST}/archives/{pid}"
    page = Page(url=url, html="")
    moment = article.moment
    utc = moment.astimezone(UTC)
    sec = article.section
    sec_slug = SECTION_SLUG[sec]
    shown = _date(moment)
    page.shown_date = shown
    writer = article.author
    wslug, wname = (WRITERS[writer][0], writer) if writer else DESK
    has_image = n != 2
    image_src = f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{pid}-main.jpg"
    caption = article.caption if article.caption != "-" else ""
    modified = datetime.fromisoformat(MODIFIED[n]) if n in MODIFIED else moment
    comments = len(COMMENTS[n])

    # the byline: Hueman's single-author-date, structured data on
    if n in MODIFIED:
        dates = (f'نُشر <time class="published" datetime="{shown}">{shown}</time>\n'
                 f'              &middot; آخر تحديث <time class="updated" '
                 f'datetime="{_date(modified)}">{_date(modified)}</time>')
        page.add("نُشر", "آخر تحديث", _date(modified))
    else:
        dates = f'<time class="published" datetime="{shown}">{shown}</time>'
    page.add("بقلم", wname, shown, sec)
    byline = (f'<p class="post-byline">بقلم   <span class="vcard author">\n     <span '
              f'class="fn"><a href="{HOST}/author/{wslug}/" title="مقالات {e(wname)}" '
              f'rel="author">{e(wname)}</a></span>\n   </span> &middot;\n                    '
              f'        {dates}\n              </p>')

    featured = ""
    if has_image:
        cap = f'<div class="caption">{e(caption)}</div>' if caption else ""
        page.add(caption)
        featured = (
            '<div class="page-image">\n  \t<div class="image-container">\n  \t\t'
            + _img(image_src, 1200, 675, "attachment-full size-full wp-post-image",
                   caption or article.headline)
            + f'  \t\t<div class="page-image-text">{cap}</div>  \t</div>\n  </div>'
            '<!--/.page-image-->')

    tags = "".join(f'<a href="{HOST}/tag/{e(t.replace(" ", "-"))}/" rel="tag">{e(t)}</a>'
                   for t in article.tags)
    page.add("الوسوم:", *article.tags)
    if n in EMBED:
        page.add(EMBED[n][3])  # the embed's caption: chrome, like a photo's

    author_bio = ""
    if writer:
        page.add(WRITERS[writer][1])
        author_bio = (
            '<div class="author-bio">\n    <div class="bio-avatar"><img alt="" '
            f'src="https://secure.gravatar.com/avatar/{pid:032x}?s=128&#038;d=mm&#038;r=g" '
            'class="avatar avatar-128 photo" height="128" width="128" loading="lazy" '
            f'decoding="async"/></div>\n    <p class="bio-name">{e(writer)}</p>\n    <p '
            f'class="bio-desc">{e(WRITERS[writer][1])}</p>\n    <div class="clear"></div>\n'
            '  </div>')

    prev_t, next_t = PREV_NEXT[n]
    nav_next = nav_prev = ""
    if next_t:
        page.add("المقال التالي", next_t)
        nav_next = (f'<a href="{HOST}/archives/{pid + 4}" rel="next"><i class="fas '
                    f'fa-chevron-right"></i><strong>المقال التالي</strong> <span>{e(next_t)}'
                    '</span></a>')
    page.add("المقال السابق", prev_t)
    nav_prev = (f'<a href="{HOST}/archives/{pid - 2}" rel="prev"><i class="fas '
                f'fa-chevron-left"></i><strong>المقال السابق</strong> <span>{e(prev_t)}</span>'
                '</a>')
    post_nav = (f'<ul class="post-nav group">\n\t\t<li class="next">{nav_next}</li>\n\t\t<li '
                f'class="previous">{nav_prev}</li>\n\t</ul>')

    header = _header(sec, page)
    related = _related(article, page)
    comment_block = _comments(article, n, page, url, pid)
    s1 = _sidebar_s1(article, page)
    s2 = _sidebar_s2(article, page)
    footer = _footer(article, page)

    description = article.lead[:150].rsplit(" ", 1)[0] + "..."
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": f"{url}#article",
         "isPartOf": {"@id": url},
         "author": {"name": wname, "@id": f"{HOST}/#/schema/person/{wslug}"},
         "headline": article.headline, "datePublished": utc.isoformat(),
         "dateModified": modified.astimezone(UTC).isoformat(),
         "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()),
         "commentCount": comments, "publisher": {"@id": f"{HOST}/#organization"},
         **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image_src}
            if has_image else {}),
         "keywords": list(article.tags), "articleSection": [sec], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": utc.isoformat(),
         "dateModified": modified.astimezone(UTC).isoformat(),
         "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": TAGLINE, "publisher": {"@id": f"{HOST}/#organization"},
         "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "url": f"{HOST}/", "sameAs": [href for _, href, _ in SOCIAL]},
        {"@type": "Person", "@id": f"{HOST}/#/schema/person/{wslug}", "name": wname,
         "url": f"{HOST}/author/{wslug}/"},
    ]}
    if has_image:
        graph["@graph"].insert(2, {"@type": "ImageObject", "inLanguage": "ar",
                                   "@id": f"{url}#primaryimage", "url": image_src,
                                   "contentUrl": image_src, "width": 1200, "height": 675,
                                   **({"caption": caption} if caption else {})})
    og_image = (f'<meta property="og:image" content="{image_src}" />\n\t<meta '
                'property="og:image:width" content="1200" />\n\t<meta '
                'property="og:image:height" content="675" />\n\t<meta property="og:image:type" '
                'content="image/jpeg" />\n\t') if has_image else ""
    modified_meta = (f'<meta property="article:modified_time" '
                     f'content="{modified.astimezone(UTC).isoformat()}" />\n\t'
                     if n in MODIFIED else "")
    tag_classes = " ".join(f"tag-{e(t.replace(' ', '-'))}" for t in article.tags)
    params = {"_disabled": [], "SmoothScroll": {"Enabled": False, "Options": {}},
              "centerAllImg": "1", "timerOnScrollAllBrowsers": True, "extLinksStyle": "",
              "extLinksTargetExt": "", "extLinksSkipSelectors": {"classes": ["btn", "button"],
                                                                 "ids": []},
              "imgSmartLoadEnabled": "", "goldenRatio": "1.618", "gridGoldenRatioLimit": "350",
              "sbStickyUserSettings": {"desktop": True, "mobile": True},
              "sidebarOneWidth": "340", "sidebarTwoWidth": "260", "isWPMobile": "",
              "menuStickyUserSettings": {"desktop": "stick_up", "mobile": "stick_up"},
              "mobileSubmenuExpandOnClick": "1", "submenuTogglerIcon": "<i class=\"fas "
              "fa-angle-down\"></i>", "isDevMode": "", "ajaxUrl": f"{HOST}/?huajax=1",
              "frontNonce": {"id": "HuFrontNonce", "handle": "5c1e8f0a2b"},
              "isWelcomeNoteOn": "", "welcomeContent": "", "i18n": {"collapsibleExpand":
                                                                    "توسيع",
                                                                    "collapsibleCollapse":
                                                                    "طي"},
              "deferFontAwesome": "", "fontAwesomeUrl": f"{HOST}/wp-content/themes/hueman/"
              f"assets/front/css/font-awesome.min.css?{VER}", "mainScriptUrl":
              f"{HOST}/wp-content/themes/hueman/assets/front/js/scripts.min.js?{VER}",
              "flexSliderNeeded": "", "flexSliderOptions": {"is_rtl": True,
                                                            "has_touch_support": True,
                                                            "is_slideshow": True,
                                                            "slideshow_speed": 5000},
              "fitTextMap": {"single_post_title": {"selectors": ".single h1.entry-title",
                                                   "minEm": 1.375, "maxEm": 2.62}},
              "userStarted": {"with": "3.7.22", "on": {"date": "2023-02-14 10:12:40.000000",
                                                      "timezone_type": 3,
                                                      "timezone": "UTC"}}}
    theme = f"{HOST}/wp-content/themes/hueman"
    page.html = f"""<!DOCTYPE html>
<html class="no-js" dir="rtl" lang="ar">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="profile" href="https://gmpg.org/xfn/11" />
  <link rel="pingback" href="{HOST}/xmlrpc.php">

  <script>document.documentElement.className = document.documentElement.className.replace("no-js","js");</script>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.9 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{e(article.headline)} - {SITE}</title>
	<meta name="description" content="{e(description)}" />
	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="ar_AR" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{e(article.headline)} - {SITE}" />
	<meta property="og:description" content="{e(description)}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{SITE}" />
	<meta property="article:publisher" content="https://www.facebook.com/yemenakhbar" />
	<meta property="article:published_time" content="{utc.isoformat()}" />
	{modified_meta}{og_image}<meta name="author" content="{e(wname)}" />
	<meta name="twitter:card" content="summary_large_image" />
	<meta name="twitter:creator" content="@yemenakhbar" />
	<meta name="twitter:site" content="@yemenakhbar" />
	<meta name="twitter:label1" content="كُتب بواسطة" />
	<meta name="twitter:data1" content="{e(wname)}" />
	<meta name="twitter:label2" content="مدة القراءة المقدرة" />
	<meta name="twitter:data2" content="{max(1, len(article.body.split()) // 200)} دقيقة" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
	<!-- / Yoast SEO plugin. -->


<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; خلاصة التعليقات" href="{HOST}/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url}/feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver={WP}' media='all' />
<link rel='stylesheet' id='classic-theme-styles-css' href='{HOST}/wp-includes/css/classic-themes.min.css?ver={WP}' media='all' />
<link rel='stylesheet' id='hueman-main-style-css' href='{theme}/assets/front/css/main.min.css?ver={VER}' media='all' />
<style id='hueman-main-style-inline-css'>
body {{ font-family:'Noto Kufi Arabic', Arial, sans-serif;font-size:1.00rem }}@media only screen and (min-width: 720px) {{
        .nav > li {{ font-size:1.00rem; }}
      }}.sidebar .widget {{ padding-left: 20px; padding-right: 20px; padding-top: 20px; }}::selection {{ background-color: #b8262f; }}
::-moz-selection {{ background-color: #b8262f; }}a,a:hover,.themeform label .required,#flexslider-featured .flex-direction-nav .flex-next:hover,.post-hover:hover .post-title a,.post-title a:hover,.sidebar.s1 .post-nav li a:hover i,.content .post-nav li a:hover i,.post-related a:hover,.sidebar.s1 .widget_rss ul li a,#footer .widget_rss ul li a,.sidebar.s1 .alx-tabs-nav li.active a,.sidebar.s1 .alx-posts a:hover .post-item-title {{ color: #b8262f; }}.sidebar.s2 .alx-tab .tab-item-category a,.sidebar.s2 .alx-posts li .post-item-category a {{ color: #1f6f8b; }}#header {{ background-color: #1c2b36; }}
@media only screen and (min-width: 720px) {{
  #nav-header .nav ul {{ background-color: #1c2b36; }}
}}
#footer-bottom {{ background-color: #121c23; }}.site-title a img {{ max-height: 60px; }}
</style>
<link rel='stylesheet' id='hueman-font-awesome-css' href='{theme}/assets/front/css/font-awesome.min.css?ver={VER}' media='all' />
<script id="nb-jquery" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" title="JSON" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<link rel="stylesheet" href="{theme}/rtl.css" media="screen" /><meta name="generator" content="WordPress {WP}" />
<link rel='shortlink' href='{HOST}/?p={pid}' />
    <link rel="preload" as="font" type="font/woff2" href="{theme}/assets/front/webfonts/fa-brands-400.woff2?v=5.15.2" crossorigin="anonymous"/>
    <link rel="preload" as="font" type="font/woff2" href="{theme}/assets/front/webfonts/fa-solid-900.woff2?v=5.15.2" crossorigin="anonymous"/>
  <!--[if lt IE 9]>
<script src="{theme}/assets/front/js/ie/html5shiv-printshiv.min.js"></script>
<script src="{theme}/assets/front/js/ie/selectivizr.js"></script>
<![endif]-->
<link rel="icon" href="{HOST}/wp-content/uploads/2023/02/cropped-icon-32x32.png" sizes="32x32" />
</head>

<body class="rtl post-template-default single single-post postid-{pid} single-format-standard wp-embed-responsive col-3cm full-width topbar-enabled header-desktop-sticky header-mobile-sticky hueman-{VER.replace('.', '-')}-with-child-theme chrome">
<div id="wrapper">
  <a class="screen-reader-text skip-link" href="#content">تخطي إلى المحتوى</a>

  {header}

  <div class="container" id="page">
    <div class="container-inner">
            <div class="main">
        <div class="main-inner group">

              <main class="content" id="content">
              <div class="page-title hu-pad group">
                          <ul class="meta-single group">
                <li class="category"><a href="{HOST}/category/{sec_slug}/" rel="category tag">{sec}</a></li>
                                <li class="comments"><a href="{url}#comments"><i class="far fa-comments"></i>{comments}</a></li>
                            </ul>

    </div><!--/.page-title-->
          <div class="hu-pad group">
              <article class="post-{pid} post type-post status-publish format-standard{' has-post-thumbnail' if has_image else ''} hentry category-{sec_slug} {tag_classes}">
    <div class="post-inner group">

      <h1 class="post-title entry-title">{e(article.headline)}</h1>
{byline}

      {featured}
      <div class="clear"></div>

      <div class="entry themeform">
        <div class="entry-inner">
          {_story(article, n)}
          <nav class="pagination group">
                      </nav><!--/.pagination-->
        </div>


        <div class="clear"></div>
      </div><!--/.entry-->

    </div><!--/.post-inner-->
  </article><!--/.post-->

<div class="clear"></div>

<p class="post-tags"><span>الوسوم:</span> {tags}</p>

  {author_bio}

	{post_nav}

{related}

{comment_block}
          </div><!--/.hu-pad-->
            </main><!--/.content-->


	{s1}

	{s2}

        </div><!--/.main-inner-->
      </div><!--/.main-->
    </div><!--/.container-inner-->
  </div><!--/.container-->
    {footer}

</div><!--/#wrapper-->

<script id="hu-front-scripts-js-extra">
var HUParams = {json.dumps(params)};
</script>
<script src="{theme}/assets/front/js/scripts.min.js?ver={VER}" id="hu-front-scripts-js" defer></script>
<script src="{HOST}/wp-includes/js/comment-reply.min.js?ver={WP}" id="comment-reply-js" async data-wp-strategy="async"></script>
<!--[if lt IE 9]>
<script src="{theme}/assets/front/js/ie/respond.js"></script>
<![endif]-->
</body>
</html>"""
    return page
