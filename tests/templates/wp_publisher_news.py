"""A Yemeni general news site ("نافذة سبأ") on WordPress with BetterStudio's Publisher theme
(pure-magazine style, header style 2, post template 1) and Yoast SEO, single posts as the
theme serves them. The head: Yoast's block (`<title>` "headline - نافذة سبأ", canonical,
`og:locale` ar_AR, `article:published_time` in UTC `+00:00`, `article:modified_time` only on
the edited page 3, twitter labels) and its `yoast-schema-graph` JSON-LD (Article, WebPage,
ImageObject, BreadcrumbList, WebSite, Organization, Person), the Better AMP `amphtml` link,
the Publisher/Better Framework RTL stylesheets and bs-booster-cache files. The body
(`bs-theme bs-publisher ... bs-ll-a`): `header#header.site-header.header-style-2` with the
topbar (`li#topbar-date` printing the day the page was fetched, "الأحد, أبريل 21, 2024", plus
the top menu), `#site-branding` (hidden `span.site-title` "site - tagline"), the main menu
`#main-navigation` with its search form, the mobile `rh-header`, then the Better Framework
breadcrumb `nav.bf-breadcrumb` (home, category, and the post title as last item). The post:
`div.single-container > article#post-N.single-post-content` (get_post_class() with "hentry"
cut out, leaving a double space) holding `div.post-header.post-tp-1-header` with
`h1.single-post-title > span.post-title`, `div.post-meta-wrap` with `div.term-badges ` and
`div.post-meta.single-post-meta`: author avatar and "بواسطة <b>name</b>", then
`time.post-published` "نشر في <b>أبريل 18, 2024</b>" (the theme's 'M j, Y', datetime in the
site's +03:00; page 3 adds "آخر تحديث <b>يناير 22, 2025</b>"). Page 1's `div.single-featured`
has a `figure` with `figcaption.wp-caption-text`, page 3 a bare lazy image, page 2 none. Then the
top `div.post-share.single-post-share.top-share` (comment and view counts, "شارك", icon-only
buttons), `div.entry-content.clearfix.single-post-content` with the classic-editor `<p>`s and,
injected after the second paragraph on pages 1 and 3, the inline related posts
`div.bs-irp` ("اقرأ أيضاً", two `listing-item-tb-1` titles). Page 1 bolds a figure and has an
`<h3>` subheading (a body line), page 3 links an organisation inline and embeds a YouTube iframe.
After the content: `div.entry-terms.post-tags` (tag links), the bottom share bar with site
titles, `section.post-author` (name, posts count, bio), the related block `div.post-related`
("قد يعجبك ايضا" / "المزيد من الكاتب" tabs, four `listing-item-tb-2` items with floated term
badges, `</div >` closings, prev/next ajax pagination), `section.comments-template` (page 1 two
comments, page 3 one, with "منذ 3 أيام"-style ages and the "2 تعليقات" heading; page 2 only
the form), the primary sidebar (`widget_bs-thumbnail-listing-1` "الأكثر قراءة" with dates,
`widget_better-social-counter` "تابعونا" with counts) and `footer#site-footer` (footer menu,
copyright, the theme's untouched "Website Design: BetterStudio"). Page 2's match report was
posted at 01:30 Aden time, so Yoast's UTC times fall on the day before. The wire-style page 2
is signed by the site account "فريق التحرير" (not a writer: author None)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "wp_publisher_news"
HELD_OUT = True
SET = "unseen22"
FAMILY = ("WordPress + BetterStudio Publisher theme + Yoast SEO (Yemen): bf-breadcrumb, post-tp-1 "
          "header with term badges and post meta, inline bs-irp in entry-content, share bars, "
          "tags, author box, related tabs, comments, sidebar widgets")
HOST = "https://publisher-news-ye.example"
SITE = "نافذة سبأ"
TAGLINE = "موقع إخباري يمني شامل"
VER = "7.11.0"
WEEK = ("الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
MENU = (("محليات", "local", 3), ("مال وأعمال", "economy", 5), ("رياضة", "sports", 7),
        ("تقارير", "reports", 9), ("صحة", "health", 11), ("منوعات", "variety", 13),
        ("كتابات", "opinion", 15))
TERMS = {name: (slug, tid) for name, slug, tid in MENU}
TOP_MENU = (("about-us", "من نحن"), ("advertise", "أعلن معنا"), ("contact", "اتصل بنا"),
            ("privacy-policy", "سياسة الخصوصية"))
FOOT_MENU = (("about-us", "من نحن"), ("editorial-board", "هيئة التحرير"),
             ("contact", "اتصل بنا"), ("privacy-policy", "سياسة الخصوصية"))
USERS = {1: ("waddah", "وضاح باعبود", "412 مقالات",
             "صحفي من المكلا، يكتب عن الخدمات والبلديات في ساحل حضرموت."),
         2: ("editor", "فريق التحرير", "9,861 مقالات",
             "الحساب الرسمي لفريق تحرير الموقع."),
         3: ("samah", "سماح الشرعبي", "157 مقالات",
             "محررة اقتصادية تغطي الزراعة والأسواق في المحافظات الوسطى.")}
CRAWL = {1: "2024-04-21T19:40:00+03:00", 2: "2024-08-09T08:15:00+03:00",
         3: "2025-01-26T11:05:00+03:00"}
MODIFIED = {3: "2025-01-22T09:15:00+03:00"}
VIEWS = {1: "3,418", 2: "1,207", 3: "926"}
IMAGES = {1: "2024/04/mukalla-desalination-plant", 3: "2025/01/ibb-coffee-festival"}
BODY_IDX_SUBHEAD = {1: 3}
BOLD = {1: (2, "12 مليون دولار")}
LINKED = {3: (2, "الجمعية اليمنية لمنتجي البن", "/tag/coffee-producers-association/")}
IRP_AFTER = {1: 1, 3: 1}
EMBED_AFTER = {3: 2}
IRP = {1: ((48170, "مؤسسة المياه تعلن جدولا جديدا لتوزيع الحصص على أحياء المكلا"),
           (47922, "انطلاق حملة لصيانة خزانات المياه في مديرية الشحر")),
       3: ((60388, "أسعار البن الخولاني ترتفع في أسواق صنعاء مع بداية الموسم"),
           (60301, "مزارعو يافع يتسلمون شتلات بن محسنة ضمن مشروع تنموي"))}
EXTRA = ("الإحصاء: تراجع أسعار الدقيق في أسواق عدن للشهر الثاني",
         "افتتاح معرض للكتاب المستعمل في شارع جمال بتعز",
         "وزارة الصحة تطلق حملة تحصين ضد الحصبة في 12 محافظة")
POPULAR = ("تدشين العام الدراسي في مدارس الساحل الغربي وسط نقص في المعلمين",
           "الأرصاد تتوقع أمطارا رعدية على المرتفعات الغربية خلال الساعات المقبلة",
           "مطار سيئون يستقبل أول رحلة مباشرة من القاهرة منذ أشهر",
           "جامعة عدن تعلن نتائج المفاضلة للقبول في كلية الطب",
           "تجار شارع المعلا يشكون ركود الأسواق قبيل العيد",
           "إنشاء أول حديقة عامة للأطفال في مدينة الغيضة",
           "محطة كهرباء الحسوة تعود للعمل بعد صيانة استمرت أسبوعين")
SOCIAL = (("facebook", "https://www.facebook.com/nafithat.saba", "215K", "معجب"),
          ("twitter", "https://twitter.com/nafithatsaba", "48.3K", "متابع"),
          ("youtube", "https://youtube.com/@nafithatsaba", "31K", "مشترك"),
          ("telegram", "https://t.me/nafithatsaba", "12.6K", "عضو"))
COMMENTS = {1: ((2341, "أبو عمر الكثيري", "2024-04-18T13:02:11+03:00", "منذ 3 أيام",
                 "خبر طيب، نتمنى أن تصل المياه إلى حي الديس قبل الصيف."),
                (2347, "م. فهد بامطرف", "2024-04-19T08:47:30+03:00", "منذ يومان",
                 "المهم الصيانة الدورية للأغشية وإلا ستتوقف المحطة بعد سنة.")),
            3: ((5102, "عادل اليريمي", "2025-01-21T19:10:05+03:00", "منذ 5 أيام",
                 "بن إب من أجود الأنواع، ويحتاج فقط إلى تسويق صحيح."),)}
SHARE = (("facebook", "فيسبوك", "https://www.facebook.com/sharer.php?u={u}", "facebook"),
         ("twitter", "تويتر", "https://twitter.com/share?text={t} @nafithatsaba&url={u}", "twitter"),
         ("whatsapp", "واتساب", "whatsapp://send?text={t} %0A%0A {u}", "whatsapp"),
         ("telegram", "تيليجرام", "https://telegram.me/share/url?url={u}&text={t}", "send"),
         ("email", "البريد الإلكتروني", "mailto:?subject={t}&body={u}", "envelope-open"))
LABELS = ("شارك", "قد يعجبك ايضا", "المزيد من الكاتب", "السابق", "التالي",
          "الأكثر قراءة", "تابعونا", "اترك رداً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
          "احفظ اسمي وبريدي الإلكتروني في هذا المتصفح لاستخدامهما في المرة المقبلة التي أعلّق فيها.",
          "Website Design: BetterStudio", "الرئيسية")


def _d(m: datetime) -> str:
    """The theme's post_time 'M j, Y' under the Arabic locale: "أبريل 18, 2024"."""
    return f"{MONTHS[m.month - 1]} {m.day}, {m.year}"


def _utc(m: datetime) -> str:
    return f"{m.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _cat(name: str) -> str:
    return f"{HOST}/category/{TERMS[name][0]}/"


def _badges(section: str, cls: str = " ") -> str:
    return (f'<div class="term-badges{cls}"><span class="term-badge term-{TERMS[section][1]}">'
            f'<a href="{_cat(section)}">{section}</a></span></div>')


def _avatar(user: str, size: int) -> str:
    return (f"<img alt='' data-src='https://secure.gravatar.com/avatar/{hashlib.md5(user.encode()).hexdigest()}"
            f"?s={size}&#038;d=mm&#038;r=g' class='avatar avatar-{size} photo' height='{size}' "
            f"width='{size}' />")


def _item(pid: int, title: str, section: str, tb: int, meta: str = "") -> str:
    url = f"{HOST}/{pid}/"
    badge = _badges(section, " floated") if tb == 2 else ""
    head = (f'<a href="{url}" class="post-url post-title">\n\t\t\t{e(title)}\t\t</a>' if tb == 1
            else f'<a class="post-url" href="{url}" title="{e(title)}" rel="bookmark">\n\t\t\t'
                 f'<span class="post-title">\n\t\t\t\t{e(title)}\t\t\t</span>\n\t</a>')
    return (f'\t\t<div  class="post-{pid} type-post format-standard has-post-thumbnail   listing-item '
            f'listing-item-thumbnail listing-item-tb-{tb} main-term-{TERMS[section][1]}">\n'
            f'\t<div class="item-inner clearfix">\n\t\t\t<div class="featured featured-type-featured-'
            f'image">\n\t\t\t\t{badge}<a  title="{e(title)}" data-src="{HOST}/wp-content/uploads/'
            f'{pid % 7 + 2018}/0{pid % 9 + 1}/img-{pid}-{"86x64" if tb == 1 else "210x136"}.jpg" '
            f'class="img-holder" href="{url}"></a>\n\t\t\t</div>\n\t\t<p class="title">\t\t{head}\n'
            f'\t\t</p>{meta}\t</div>\n\t</div >\n')


def _share(article: Article, n: int, where: str, titles: bool, url: str) -> str:
    count = len(COMMENTS.get(n, ()))
    items = "".join(
        f'<span class="social-item {key}{" has-title" if titles else ""}"><a href="'
        f'{link.format(u=quote(url, safe=""), t=e(article.headline))}" target="_blank" rel="nofollow noreferrer" class="bs-button-el" onclick="window.'
        f"open(this.href, 'share-{key}','left=50,top=50,width=600,height=320,toolbar=0'); return "
        f'false;"><span class="icon"><i class="bf-icon fa fa-{icon}"></i></span>'
        f'{f"<span class={chr(34)}item-title{chr(34)}>{label}</span>" if titles else ""}</a></span>'
        for key, label, link, icon in SHARE)
    return f"""\t\t<div class="post-share single-post-share {where}-share clearfix style-1">\n\t\t\t<div class="post-share-btn-group">
\t\t\t\t<a href="{url}#respond" class="post-share-btn post-share-btn-comments comments" title="اترك تعليقاً على: &ldquo;{e(article.headline)}&rdquo;"><i class="bf-icon fa fa-comments" aria-hidden="true"></i> <b class="number">{count}</b></a><span class="views post-share-btn post-share-btn-views rank-default" data-bpv-post="{article.slug}"><i class="bf-icon  fa fa-eye"></i> <b class="number">{VIEWS[n]}</b></span>\t\t\t</div>
\t\t\t\t\t\t<div class="share-handler-wrap ">\n\t\t\t\t<span class="share-handler post-share-btn rank-default">\n\t\t\t\t\t<i class="bf-icon fa fa-share-alt" aria-hidden="true"></i>\t\t\t\t\t\t<b class="text">شارك</b>\n\t\t\t\t\t\t\t\t\t\t</span>
\t\t\t\t{items}</div>\t\t</div>\n"""


def _body(article: Article, n: int) -> str:
    out = []
    for k, para in enumerate((article.lead, *article.paragraphs)):
        text = e(para)
        if n in BOLD and BOLD[n][0] == k:
            text = text.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>")
        if n in LINKED and LINKED[n][0] == k:
            words, path = LINKED[n][1], LINKED[n][2]
            text = text.replace(words, f'<a href="{HOST}{path}">{words}</a>')
        out.append(f"<h3>{text}</h3>" if BODY_IDX_SUBHEAD.get(n) == k else f"<p>{text}</p>")
        if IRP_AFTER.get(n) == k:
            items = "".join(_item(pid, t, article.section, 1) for pid, t in IRP[n])
            out.append(f"""<div class="bs-irp right bs-irp-thumbnail-1-full">\n\n\t<div class="bs-irp-heading">\n\t\t<span class="h-text heading-typo">اقرأ أيضاً</span>\n\t</div>\n\n\t\t\t<div class="bs-pagination-wrapper main-term-none none ">
\t\t\t<div class="listing listing-thumbnail listing-tb-1 clearfix columns-2">\n{items}\t\t\t</div>\n\t\t\t</div></div>""")
        if EMBED_AFTER.get(n) == k:
            out.append('<p><iframe title="مهرجان البن اليمني الخامس في إب" width="750" height="422" '
                       'src="https://www.youtube.com/embed/q7RzB4kLx2M?feature=oembed" '
                       'frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                       'encrypted-media; gyroscope; picture-in-picture; web-share" '
                       'allowfullscreen></iframe></p>')
    return "\n".join(out)


def _comments(article: Article, n: int, url: str, page: Page) -> str:
    rows = COMMENTS.get(n, ())
    listing = ""
    if rows:
        heading = "تعليق واحد" if len(rows) == 1 else f"{len(rows)} تعليقات"
        page.add(heading)
        lis = []
        for cid, who, when, ago, text in rows:
            m = datetime.fromisoformat(when)
            page.add(f"{who} يقول", ago, text, "أضف رداً")
            lis.append(f"""<li id="comment-{cid}" class="comment even thread-even depth-1 clearfix" itemprop="" itemscope="itemscope" itemtype="https://schema.org/UserComments">\n\t<div class="clearfix">\n\t\t<div class="comment-avatar">
\t\t\t{_avatar(who, 60)}\t\t</div><!-- .comment-avatar -->\n\t\t<div class="comment-meta">\n\t\t\t<cite class="comment-author" itemprop="creator" itemscope="itemscope" itemtype="https://schema.org/Person">{who} <span
\t\t\t\t\t\tclass="says">يقول</span></cite>
\t\t\t<time class="comment-published" datetime="{m.isoformat()}" title="{WEEK[m.weekday()]}, {MONTHS[m.month - 1]} {m.day}, {m.year}, {m.hour % 12 or 12}:{m:%M} {"ص" if m.hour < 12 else "م"}" itemprop="commentTime"><i
\t\t\t\t\t\tclass="fa fa-calendar"></i> {ago}\t\t\t</time>\n\t\t</div><!-- .comment-meta -->\n\t\t<div class="comment-content" itemprop="commentText">\n\t\t\t<p>{e(text)}</p>\n\t\t</div><!-- .comment-content -->\n\t\t<div class="comment-footer clearfix">
\t\t\t<a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid="{cid}" data-postid="{article.slug}" data-belowelement="comment-{cid}" data-respondelement="respond" data-replyto="الرد على {who}" aria-label='الرد على {who}'><i class="fa fa-reply"></i> أضف رداً</a>\t\t</div><!-- .comment-footer -->
\t</div>\n</li><!-- #comment-## -->""")
        listing = f"""\t\t<div id="comments" class="comments-wrap">\n\t\t\t\t\t\t\t<div class="section-heading sh-t1 sh-s1"><span\n\t\t\t\t\t\t\tclass="h-text">{heading}</span></div>\n\t\t\t<ol class="comment-list">\n\t\t\t\t{chr(10).join(lis)}\n\t\t\t</ol><!-- .comment-list -->
\t\t</div><!-- .comments-wrap-->\n"""
    return f"""<section id="comments-template-{article.slug}" class="comments-template">\n\t{listing}\n\t\t<div id="respond" class="comment-respond">
\t\t<p id="reply-title" class="comment-reply-title"><div class="section-heading sh-t1 sh-s1" ><span class="h-text">اترك رداً</span></div> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">إلغاء الرد</a></small></p><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="note-before"><p>لن يتم نشر عنوان بريدك الإلكتروني.</p>
</div><p class="comment-wrap"><textarea name="comment" class="comment" id="comment" cols="45" rows="10" aria-required="true" placeholder="تعليقك"></textarea></p><p class="author-wrap"><input name="author" class="author" id="author" type="text" value="" size="45"  aria-required="true" placeholder="اسمك *" /></p>
<p class="email-wrap"><input name="email" class="email" id="email" type="text" value="" size="45"  aria-required="true" placeholder="بريدك الإلكتروني *" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">احفظ اسمي وبريدي الإلكتروني في هذا المتصفح لاستخدامهما في المرة المقبلة التي أعلّق فيها.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="comment-submit" value="نشر التعليق" /> <input type='hidden' name='comment_post_ID' value='{article.slug}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />\n</p></form>\t</div><!-- #respond -->\n\t</section>"""


def _sidebar(article: Article, n: int, page: Page) -> str:
    moment = article.moment
    items = []
    for k in range(5):
        title = POPULAR[(2 * n + k) % len(POPULAR)]
        when = moment - timedelta(days=1 + k, hours=3 * k)
        page.add(title, _d(when))
        meta = (f'\t\t<div class="post-meta">\n\n\t\t\t\t\t\t\t<span class="time"><time class='
                f'"post-published updated" datetime="{when.isoformat()}">{_d(when)}</time></span>'
                f'\n\t\t\t\t\t\t</div>\n')
        items.append(_item(int(article.slug) - 37 * (k + 1), title, MENU[k][0], 1, meta))
    social = "".join(
        f'<li class="social-item {key}"><a href = "{link}" target = "_blank" > <i class="item-icon '
        f'bsfi-{key}" ></i><span class="item-count" > {count}</span><span class="item-title" > '
        f"{label}</span></a></li>" for key, link, count, label in SOCIAL)
    page.add(*(f"{count} {label}" for _, _, count, label in SOCIAL))
    return f"""<aside id="sidebar-primary-sidebar" class="sidebar" role="complementary" aria-label="Primary Sidebar Sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
\t<div id="bs-thumbnail-listing-1-2" class=" h-ni w-t primary-sidebar-widget widget widget_bs-thumbnail-listing-1"><div class=" bs-listing bs-listing-listing-thumbnail-1 bs-listing-single-tab">\t\t<p class="section-heading sh-t1 sh-s1 main-term-none">\n\n\t\t
\t\t\t\t\t\t\t<span class="h-text main-term-none main-link">\n\t\t\t\t\t\t الأكثر قراءة\t\t\t\t\t</span>\n\t\t\t\t</p>\n\t\t\t<div class="listing listing-thumbnail listing-tb-1 clearfix columns-1">\n{"".join(items)}\t</div>
\t</div></div><div id="better-social-counter-2" class=" h-ni w-t primary-sidebar-widget widget widget_better-social-counter"><div class="section-heading sh-t1 sh-s1"><span class="h-text">تابعونا</span></div>\t\t<div  class="better-studio-shortcode bsc-clearfix better-social-counter style-modern colored in-4-col">
\t\t\t\t\t\t<ul class="social-list bsc-clearfix">{social}\t\t\t</ul>\n\t\t</div>\n\t\t</div></aside>"""


def render(article: Article, n: int) -> Page:
    moment, pid = article.moment, article.slug
    url = f"{HOST}/{pid}/"
    shown = _d(moment)
    page = Page(url=url, html="", shown_date=shown)
    crawl = datetime.fromisoformat(CRAWL[n])
    user, display, posts, bio = USERS[n]
    section = article.section
    slug, tid = TERMS[section]
    modified = datetime.fromisoformat(MODIFIED[n]) if n in MODIFIED else None
    topdate = f"{WEEK[crawl.weekday()]}, {MONTHS[crawl.month - 1]} {crawl.day}, {crawl.year}"
    copyright_ = f"© {crawl.year} - {SITE}. جميع الحقوق محفوظة."
    page.add(topdate, *(t for _, t in TOP_MENU), f"{SITE} - {TAGLINE}", *(m[0] for m in MENU),
             f"بواسطة {display}", f"نشر في {shown}", *article.tags, display, posts, bio,
             *(t for _, t in FOOT_MENU), copyright_, *LABELS, *(s[1] for s in SHARE))
    if modified:
        page.add(f"آخر تحديث {_d(modified)}")
    if article.caption != "-":
        page.add(article.caption)
    if n in IRP:
        page.add("اقرأ أيضاً", *(title for _, title in IRP[n]))
    related = [*article.related, EXTRA[n - 1]]
    page.add(*related)
    top = "\n".join(f'<li id="menu-item-{40 + k}" class="menu-item menu-item-type-post_type menu-'
                    f'item-object-page better-anim-fade menu-item-{40 + k}"><a href="{HOST}/{p}/">'
                    f"{t}</a></li>" for k, (p, t) in enumerate(TOP_MENU))
    main = "\n".join(
        f'<li id="menu-item-{100 + t}" class="menu-item menu-item-type-taxonomy menu-item-object-'
        f'category{" current-post-ancestor current-menu-parent current-post-parent" if m == section else ""}'
        f' menu-term-{t} better-anim-fade menu-item-{100 + t}"><a href="{_cat(m)}">{m}</a></li>'
        for m, _, t in MENU)
    foot = "\n".join(f'<li id="menu-item-{60 + k}" class="menu-item menu-item-type-post_type menu-'
                     f'item-object-page better-anim-fade menu-item-{60 + k}"><a href="{HOST}/{p}/">'
                     f"{t}</a></li>" for k, (p, t) in enumerate(FOOT_MENU))
    img = f"{HOST}/wp-content/uploads/{IMAGES[n]}.jpg" if n in IMAGES else ""
    featured = ""
    if img:
        tag = (f'<a class="post-thumbnail open-lightbox" href="{img}"><img  width="750" height="430" '
               f'alt="" data-src="{img[:-4]}-750x430.jpg">\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t')
        featured = (f"<figure>{tag}<figcaption class=\"wp-caption-text\">{e(article.caption)}"
                    f"</figcaption>\n\t\t\t\t\t\t\t</figure>" if article.caption != "-" else tag)
    dates = (f'<span class="time"><time class="post-published updated" datetime="'
             f'{moment.isoformat()}">نشر في <b>{shown}</b></time></span>\n')
    if modified:
        dates += (f'\t\t\t<span class="time"><time class="post-published updated" datetime="'
                  f'{modified.isoformat()}">آخر تحديث <b>{_d(modified)}</b></time></span>\n')
    tags = "".join(f'<a href="{HOST}/tag/{pid}-{k}/" rel="tag">{t}</a>'
                   for k, t in enumerate(article.tags))
    rel = "".join(_item(int(pid) - 211 * (k + 1), t, section, 2) for k, t in enumerate(related))
    author_url = f"{HOST}/author/{user}/"
    words = len(article.body.split())
    plain = " ".join(article.lead.split()[:24]) + "&hellip;"
    person = f"{HOST}/#/schema/person/{user}"
    graph = [
        {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": display, "@id": person}, "headline": article.headline,
         "datePublished": _utc(moment), "dateModified": _utc(modified or moment),
         "mainEntityOfPage": {"@id": url}, "wordCount": words,
         "commentCount": len(COMMENTS.get(n, ())), "publisher": {"@id": f"{HOST}/#organization"},
         **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": img} if img else {}),
         "keywords": list(article.tags), "articleSection": [section], "inLanguage": "ar",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment",
                              "target": [f"{url}#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": _utc(moment),
         "dateModified": _utc(modified or moment), "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "ar", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        *([{"@type": "ImageObject", "inLanguage": "ar", "@id": f"{url}#primaryimage",
            "url": img, "contentUrl": img, "width": 1200, "height": 800}] if img else []),
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": TAGLINE, "publisher": {"@id": f"{HOST}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {
             "@type": "EntryPoint", "urlTemplate": f"{HOST}/?s={{search_term_string}}"},
             "query-input": "required name=search_term_string"}], "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "url": f"{HOST}/", "sameAs": [SOCIAL[0][1], SOCIAL[1][1]]},
        {"@type": "Person", "@id": person, "name": display, "url": author_url}]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                    separators=(",", ":"))
    head_img = (f'<meta property="og:image" content="{img}" />\n\t<meta property="og:image:width" '
                f'content="1200" />\n\t<meta property="og:image:height" content="800" />\n\t'
                f'<meta property="og:image:type" content="image/jpeg" />\n') if img else ""
    mod_meta = (f'<meta property="article:modified_time" content="{_utc(modified)}" />\n'
                if modified else "")
    h = e(article.headline)
    page.html = f"""<!DOCTYPE html>\n<!--[if IE 8]><html class="ie ie8" dir="rtl" lang="ar"> <![endif]-->\n<!--[if IE 9]><html class="ie ie9" dir="rtl" lang="ar"> <![endif]-->\n<!--[if gt IE 9]><!-->\n<html dir="rtl" lang="ar"> <!--<![endif]-->\n<head>\n\t<meta charset="UTF-8">
\t<meta http-equiv="X-UA-Compatible" content="IE=edge">\n\t<meta name="viewport" content="width=device-width, initial-scale=1.0">\n\t<link rel="pingback" href="{HOST}/xmlrpc.php"/>\n
\t<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />\n\n\t<!-- This site is optimized with the Yoast SEO plugin v22.4 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>{h} - {SITE}</title>
\t<link rel="canonical" href="{url}" />\n\t<meta property="og:locale" content="ar_AR" />\n\t<meta property="og:type" content="article" />\n\t<meta property="og:title" content="{h} - {SITE}" />\n\t<meta property="og:description" content="{e(plain)}" />
\t<meta property="og:url" content="{url}" />\n\t<meta property="og:site_name" content="{SITE}" />\n\t<meta property="article:publisher" content="{SOCIAL[0][1]}" />\n\t<meta property="article:published_time" content="{_utc(moment)}" />
\t{mod_meta}{head_img}\t<meta name="author" content="{display}" />\n\t<meta name="twitter:card" content="summary_large_image" />\n\t<meta name="twitter:site" content="@nafithatsaba" />\n\t<meta name="twitter:label1" content="كُتب بواسطة" />
\t<meta name="twitter:data1" content="{display}" />\n\t<meta name="twitter:label2" content="وقت القراءة المُقدّر" />\n\t<meta name="twitter:data2" content="{1 + words // 200} دقائق" />
\t<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>\n\t<!-- / Yoast SEO plugin. -->\n\n\n<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed/" />\n<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {h} خلاصة التعليقات" href="{url}feed/" />
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.2' type='text/css' media='all' />
<link rel='stylesheet' id='bs-icons-css' href='{HOST}/wp-content/themes/publisher/includes/libs/better-framework/assets/css/bs-icons.css?ver=3.15.0' type='text/css' media='all' />
<link rel='stylesheet' id='better-social-counter-css' href='{HOST}/wp-content/plugins/better-social-counter/css/style.min.css?ver=1.13.2' type='text/css' media='all' />
<link rel='stylesheet' id='better-framework-main-fonts-css' href='https://fonts.googleapis.com/css?family=Cairo:400,600,700&#038;subset=arabic&#038;display=swap' type='text/css' media='all' />
<link rel='stylesheet' id='publisher-css' href='{HOST}/wp-content/bs-booster-cache/3c1f0e9a7b2d4c58e61a90f2d7b8c4e1.css' type='text/css' media='all' />
<link rel='stylesheet' id='publisher-rtl-css' href='{HOST}/wp-content/themes/publisher/rtl.min.css?ver={VER}' type='text/css' media='all' />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>\n<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" /><link rel='shortlink' href='{HOST}/?p={pid}' />
<link rel="amphtml" href="{url}amp/"/><meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<style id='publisher-theme-pure-magazine-inline-css' type='text/css'>.term-badges .term-badge.term-{tid} a{{background-color:#c0392b}}.site-header .main-menu > li.menu-term-{tid}:hover > a{{color:#c0392b}}</style>\n</head>\n
<body class="rtl post-template-default single single-post postid-{pid} single-format-standard bs-theme bs-publisher bs-publisher-pure-magazine active-light-box active-top-line close-rh page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart main-menu-full-width active-ajax-search single-prim-cat-{tid} single-cat-{tid}  bs-ll-a" dir="rtl">
\t\t<div class="main-wrap content-main-wrap">\n\t\t\t<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" itemtype="https://schema.org/WPHeader">\n\n\t\t<section class="topbar topbar-style-1 hidden-xs hidden-xs">
\t<div class="content-wrap">\n\t\t<div class="container">\n\t\t\t<div class="topbar-inner clearfix">\n\n\t\t\t\t<div class="section-menu">
\t\t\t\t\t\t<div id="menu-top" class="menu top-menu-wrapper" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">\n\t\t<nav class="top-menu-container">\n
\t\t\t<ul id="top-navigation" class="top-menu menu clearfix bsm-pure">\n\t\t\t\t\t\t\t\t\t<li id="topbar-date" class="menu-item menu-item-date">\n\t\t\t\t\t<span\n\t\t\t\t\t\tclass="topbar-date">{topdate}</span>\n\t\t\t\t\t</li>\n\t\t\t\t\t{top}\n\t\t\t</ul>\n
\t\t</nav>\n\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</section>\n\t\t<div class="header-inner">\n\t\t\t<div class="content-wrap">\n\t\t\t\t<div class="container">\n\t\t\t\t\t<div class="row">\n\t\t\t\t\t\t<div class="row-height">
\t\t\t\t\t\t\t<div class="logo-col col-xs-12">\n\t\t\t\t\t\t\t\t<div class="col-inside">\n\t\t\t\t\t\t\t\t\t<div id="site-branding" class="site-branding">\n\t<p  id="site-title" class="logo h1 img-logo">\n\t<a href="{HOST}/" itemprop="url" rel="home">
\t\t\t\t\t<img id="site-logo" src="{HOST}/wp-content/uploads/2023/02/logo-nafitha.png"\n\t\t\t     alt="{SITE}"  data-bsrjs="{HOST}/wp-content/uploads/2023/02/logo-nafitha@2x.png"  />\n\n\t\t\t<span class="site-title">{SITE} - {TAGLINE}</span>\n\t\t\t\t</a>
</p>\n</div><!-- .site-branding -->\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n
\t\t<div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">\n\t<div class="main-menu-inner">\n\t\t<div class="content-wrap">
\t\t\t<div class="container">\n\n\t\t\t\t<nav class="main-menu-container">\n\t\t\t\t\t<ul id="main-navigation" class="main-menu menu bsm-pure clearfix">
\t\t\t\t\t\t<li id="menu-item-99" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home better-anim-fade menu-item-99"><a href="{HOST}/">الرئيسية</a></li>\n{main}\n\t\t\t\t\t</ul><!-- #main-navigation -->
\t\t\t\t\t\t\t\t\t\t\t<div class="menu-action-buttons width-1">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="search-container close">\n\t\t\t\t\t\t\t\t\t<span class="search-handler"><i class="fa fa-search"></i></span>\n
\t\t\t\t\t\t\t\t\t<div class="search-box clearfix">\n\t\t\t\t\t\t\t\t\t\t<form role="search" method="get" class="search-form clearfix" action="{HOST}">\n\t<input type="search" class="search-field"\n\t       placeholder="بحث..."\n\t       value="" name="s"
\t       title="البحث عن:"\n\t       autocomplete="off">\n\t<input type="submit" class="search-submit" value="بحث">\n</form><!-- .search-form -->\n\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t\t\t\t\t</nav><!-- .main-menu-container -->\n\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div><!-- .menu -->\n\t</header><!-- .header -->\n\t<div class="rh-header clearfix light deferred-block-exclude">\n\t\t<div class="rh-container clearfix">\n
\t\t\t<div class="menu-container close">\n\t\t\t\t<span class="menu-handler"><span class="lines"></span></span>\n\t\t\t</div><!-- .menu-container -->\n\n\t\t\t<div class="logo-container rh-img-logo">\n\t\t\t\t<a href="{HOST}/" itemprop="url" rel="home">
\t\t\t\t\t\t\t\t\t\t\t<img src="{HOST}/wp-content/uploads/2023/02/logo-nafitha-mobile.png"\n\t\t\t\t\t\t     alt="{SITE}"  />\t\t\t\t</a>\n\t\t\t</div><!-- .logo-container -->\n\t\t</div><!-- .rh-container -->\n\t</div><!-- .rh-header -->
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><meta name="numberOfItems" content="3" /><meta name="itemListOrder" content="Ascending" /><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-begin"><a itemprop="item" href="{HOST}" rel="home"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" content="1" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item"><a itemprop="item" href="{_cat(section)}" ><span itemprop="name">{section}</span></a><meta itemprop="position" content="2" /></li><li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem" class="bf-breadcrumb-item bf-breadcrumb-end"><span itemprop="name">{h}</span><meta itemprop="item" content="{url}"/><meta itemprop="position" content="3" /></li></ul></div></nav><div class="content-wrap">
\t\t<main id="content" class="content-container">\n\n\t\t<div class="container layout-2-col layout-2-col-1 layout-right-sidebar layout-bc-before post-template-1">\n\t\t\t<div class="row main-section">\n\t\t\t\t\t\t\t\t\t\t<div class="col-sm-8 content-column">
\t\t\t\t\t\t\t\t<div class="single-container">\n\t\t<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard {"has-post-thumbnail " if img else ""} category-{slug} single-post-content {"has-thumbnail" if img else ""}">
\t\t\t\t\t\t<div class="post-header post-tp-1-header">\n\t\t\t\t\t\t\t\t\t<h1 class="single-post-title">\n\t\t\t\t\t\t<span class="post-title" itemprop="headline">{h}</span></h1>\n\t\t\t\t\t\t\t\t\t\t<div class="post-meta-wrap clearfix">
\t\t\t\t\t\t{_badges(section)}<div class="post-meta single-post-meta">\n\t\t\t<a href="{author_url}"\n\t\t   title="تصفح مقالات الكاتب"\n\t\t   class="post-author-a post-author-avatar">
\t\t\t{_avatar(user, 26)}<span class="post-author-name">بواسطة <b>{display}</b></span>\t\t</a>\n\t\t\t\t\t{dates}\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t<div class="single-featured">\n\t\t\t\t\t{featured}</div>\n\t\t\t</div>
{_share(article, n, "top", False, url)}\t\t\t<div class="entry-content clearfix single-post-content">\n\t\t\t\t{_body(article, n)}\n\t\t\t</div>\n\t\t\t\t\t<div class="entry-terms post-tags clearfix style-1">
\t\t<span class="terms-label"><i class="fa fa-tags"></i></span>\n\t\t{tags}\t</div>\n{_share(article, n, "bottom", True, url)}\t\t</article>\n\t\t<section class="post-author clearfix">\n\t\t<a href="{author_url}"\n\t   title="تصفح مقالات الكاتب">
\t\t<span class="post-author-avatar" itemprop="image">{_avatar(user, 80)}</span>\n\t</a>\n\n\t<div class="author-title heading-typo">\n\t\t<a class="post-author-url" href="{author_url}"><span class="post-author-name">{display}</span></a>\n
\t\t\t\t\t<span class="title-counts">{posts}</span>\n\t\t\t</div>\n\n\t<div class="author-links">\n\t\t\t</div>\n\n\t<div class="post-author-bio" itemprop="description">\n\t\t<p>{bio}</p>\n\t</div>\n\n</section>\n\t</div>\n<div class="post-related">\n
\t<div class="section-heading sh-t1 sh-s1 multi-tab">\n\n\t\t\t\t\t<a href="#relatedposts_{pid}_1" class="main-link active"\n\t\t\t   data-toggle="tab">\n\t\t\t\t<span\n\t\t\t\t\t\tclass="h-text related-posts-heading">قد يعجبك ايضا</span>\n\t\t\t</a>
\t\t\t<a href="#relatedposts_{pid}_2" class="other-link" data-toggle="tab"\n\t\t\t   data-deferred-event="shown.bs.tab"\n\t\t\t   data-deferred-init="relatedposts_{pid}_2">\n\t\t\t\t<span
\t\t\t\t\t\tclass="h-text related-posts-heading">المزيد من الكاتب</span>\n\t\t\t</a>\n\t\t\n\t</div>\n\n\t\t<div class="tab-content">\n\t\t<div class="tab-pane bs-tab-anim bs-tab-animated active"\n\t\t     id="relatedposts_{pid}_1">\n\t\t\t
\t\t\t\t\t<div class="bs-pagination-wrapper main-term-none next_prev ">\n\t\t\t<div class="listing listing-thumbnail listing-tb-2 clearfix  scolumns-3 simple-grid include-last-mobile">\n{rel}\t</div>\n\t
\t</div><div class="bs-pagination bs-ajax-pagination next_prev main-term-none clearfix">
\t\t\t<script>var bs_ajax_paginate_{pid} = '{{"query":{{"paginate":"next_prev","count":4,"post_type":"post","posts_per_page":4,"post__not_in":[{pid}]}},"type":"wp_query","view":"Publisher::fetch_related_posts"}}';</script>
\t\t\t\t<a class="btn-bs-pagination prev disabled" rel="prev" data-id="{pid}"\n\t\t\t\t   title="السابق">\n\t\t\t\t\t<i class="fa fa-angle-right"\n\t\t\t\t\t   aria-hidden="true"></i> السابق\t\t\t\t</a>\n\t\t\t\t<a  rel="next" class="btn-bs-pagination next"
\t\t\t\t   data-id="{pid}" title="التالي">\n\t\t\t\t\tالتالي <i\n\t\t\t\t\t\t\tclass="fa fa-angle-left" aria-hidden="true"></i>\n\t\t\t\t</a>\n\t\t\t\t</div>\n\t\t</div>\n\n\t\t<div class="tab-pane bs-tab-anim bs-tab-animated bs-deferred-container"
\t\t     id="relatedposts_{pid}_2">\n\t\t\t\t\t<div class="bs-pagination-wrapper main-term-none next_prev ">\n\t\t\t\t<div class="bs-deferred-load-wrapper" id="bsd_relatedposts_{pid}_2">
\t\t\t<script>var bs_deferred_loading_bsd_relatedposts_{pid}_2 = '{{"query":{{"author":"{user}","count":4}}}}';</script>\n\t\t</div>\n\t\t\n\t</div>\t\t</div>\n\t</div>\n</div>\n{_comments(article, n, url, page)}\n\t\t\t\t\t\t\t</div><!-- .content-column -->
\t\t\t\t\t\t\t\t\t\t\t\t<div class="col-sm-4 sidebar-column sidebar-column-primary">\n\t\t\t\t\t\t\t{_sidebar(article, n, page)}\n\t\t\t\t\t\t</div><!-- .primary-sidebar-column -->\n\t\t\t\t\t\t\t\t\t</div><!-- .main-section -->\n\t\t</div><!-- .container -->
\t</main><!-- main -->\n\t</div><!-- .content-wrap -->\n\t<footer id="site-footer" class="site-footer full-width">\n\t\t\t\t<div class="copy-footer">\n\t\t\t<div class="content-wrap">\n\t\t\t\t<div class="container">\n\t\t\t\t\t\t<div class="row">
\t\t<div class="col-lg-12">\n\t\t\t<div id="menu-footer" class="menu footer-menu-wrapper" role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">\n\t\t\t\t<nav class="footer-menu-container">
\t\t\t\t\t<ul id="footer-navigation" class="footer-menu menu clearfix">\n\t\t\t\t\t\t{foot}\n\t\t\t\t\t</ul>\n\t\t\t\t</nav>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n\t\t\t\t\t<div class="row footer-copy-row">
\t\t\t\t\t\t<div class="copy-1 col-lg-6 col-md-6 col-sm-6 col-xs-12">\n\t\t\t\t\t\t\t{copyright_}\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<div class="copy-2 col-lg-6 col-md-6 col-sm-6 col-xs-12">
\t\t\t\t\t\t\tWebsite Design: <a href="http://betterstudio.com/">BetterStudio</a>\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</footer><!-- .footer -->\n\t\t</div><!-- .main-wrap -->
\t\t\t<span class="back-top"><i class="fa fa-arrow-up"></i></span>\n\n<script type="text/javascript" id="publisher-js-extra">\n/* <![CDATA[ */
var publisher_theme_global_loc = {{"page":{{"boxed":"full-width"}},"header":{{"style":"style-2","position":"full-width"}},"ajax_url":"{HOST}\\/wp-admin\\/admin-ajax.php","loading":"<div class=\\"bs-loading\\"><div><\\/div><\\/div>","translations":{{"tabs_all":"\\u0627\\u0644\\u0643\\u0644","tabs_more":"\\u0627\\u0644\\u0645\\u0632\\u064a\\u062f"}},"lightbox":{{"not_classes":""}},"main_menu":{{"more_menu":"enable"}},"top_menu":{{"more_menu":"enable"}},"skyscraper":{{"sticky_gap":30,"sticky":false,"position":""}},"share":{{"more":true}},"refresh_googletagads":true,"get_locale":"ar","notification":{{"subscribe_msg":"","subscribed_msg":"","subscribe_btn":"","subscribed_btn":""}}}};
/* ]]> */\n</script>\n<script type="text/javascript" src="{HOST}/wp-content/bs-booster-cache/9b2e4d71c0a3f58e6d21b7c4a9e0f3d2.js" id="publisher-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.5.2" id="comment-reply-js" async="async" data-wp-strategy="async"></script>\n\n</body>\n</html>\n"""
    return page
