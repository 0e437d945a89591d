"""An Iraqi news forum on vBulletin 5 Connect ("منتديات دجلة"), a topic in its news channels
where a member relays a story from a paper or an agency, as vBulletin 5 serves it to a guest
(RTL style, `body#vb-page-body.l-desktop ... view-mode logged-out`). The head: `<title>`
"headline - منتديات دجلة", the vBulletin generator meta, description (the first post cut at
~150 characters with "..."), keywords (the topic's tags: never printed on the page),
og meta, the `css.php?styleid=..&td=rtl&sheet=...` stylesheets and the `vBulletin` script
globals. The body: the guest top menu ("تسجيل الدخول أو التسجيل"), the header with logo and
search form, the channel tab bar and sub tab bar, `ul#breadcrumbs` (الرئيسية › المنتديات ›
parent channel › channel), the guest notice, the announcement widget ("لا يوجد إعلان حتى
الآن.") with its "طي" toggles, the page-title widget `h1.main-title` with the headline, then
the `widget_conversationdisplay`: its "المشاركات / آخر النشاطات" tabs, the
`conversation-toolbar` (search, "صفحة [n] من N", "تصفية" and the filter overlay) and
`ul.conversation-list`, one `li.b-post.js-post` per post (`data-node-id`,
`data-node-publishdate` in Unix time): `div.b-userinfo` (avatar, author, user title, reputation
meter, "تاريخ التسجيل:" and "المشاركات:" lines), the share menu ("مشاركة", "تغريدة"),
`div.b-post__body` > `div.b-post__content` with `a.b-post__count` ("#1"), the starter's
`h2.b-post__title` (the headline again) and `div.b-post__timestamp` with
`<time itemprop="dateCreated">`: its `datetime` is UTC without an offset, its text the board's
default vB5 format "m-d-Y, h:i A" in Baghdad time (+03:00) with ص/م ("03-17-2024, 10:25 ص"),
then `div.js-post__content-text` (BBCode output: paragraphs split by `<br />` pairs, not `<p>`),
`div.post-signature` and the `b-post__footer` controls (the like count "7 إعجابات" and the
"إعجاب" button). The footer says "جميع الأوقات بتوقيت GMT+3": page 2's story was posted at
01:40 local, so its `datetime` (and the `data-node-publishdate`) fall on the day before.
The first post is the story: page 1 opens with "نقلاً عن جريدة الرافدين اليوم:" and a
"كتب: حيدر الساعدي" line (the only page naming the writer), then an attached photo and an
italic caption line, and ends with "المصدر: ..."; page 2 opens with the poster's bold, coloured
"نقلاً عن وكالة أنباء الفرات:", bolds a phrase, links another and ends with "المصدر: ..."; page
3 has no intro, bolds the company name and ends with the poster's question, and the topic runs
to two pages (the pagination "1 2 التالي"). Replies follow (a `bbcode_container` quote of a
story sentence on page 2), then the "مواضيع ذات صلة" and "آخر المواضيع" widgets and the vB5
footer (links, "Powered by vBulletin®" copyright, the time zone line). All of it is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import quote

from .base import LATEST, MONTHS, Article, Page, e, rotate

NAME = "vbulletin5_topic"
HELD_OUT = True
SET = "unseen28"
FAMILY = "vBulletin 5 Connect topic on an Iraqi news forum: b-post list, b-userinfo, UTC datetime vs m-d-Y +03:00 text, BBCode <br> paragraphs, signatures, likes, quotes, pagination"
HOST = "https://vb5-muntada.example"
SITE = "منتديات دجلة"
LOCAL = timedelta(hours=3)
CHANNELS = {"أخبار العراق": ("iraq-news", 41), "اقتصاد وأسواق": ("economy", 57)}
PARENT = ("الأخبار والأحداث", "news")
TABS = (("المنتديات", "/forum"), ("مقالات", "/articles"), ("المدونات", "/blogs"),
        ("مجموعات اجتماعية", "/social-groups"))
SUBTABS = ("مشاركات اليوم", "تحديد المنتديات كمقروءة", "قائمة الأعضاء", "التقويم")
NOTICE = ("إذا كانت هذه زيارتك الأولى للمنتدى، فننصحك بقراءة التعليمات بالضغط على الرابط "
          "أعلاه. كما يشرفنا أن تقوم بالتسجيل بالضغط هنا قبل أن تتمكن من المشاركة.")
FILTERS = (("الوقت", ("كل الأوقات", "آخر يوم", "الأسبوع الماضي", "الشهر الماضي")),
           ("إظهار", ("الجميع", "النقاشات فقط", "الصور فقط", "الفيديو فقط", "الروابط فقط")))
FOOTER = ("اتصل بنا", "منتديات دجلة", "الأرشيف", "مساعدة", "إلى الأعلى")
POWERED = "Powered by vBulletin® Version 5.6.9"
COPY = "Copyright © {year} MH Sub I, LLC dba vBulletin. All rights reserved."
ZONE = "جميع الأوقات بتوقيت GMT+3. ساعة إنشاء هذه الصفحة {time}."
# poster, user title, joined, posts, likes, signature
STARTERS = (("أبو علي البغدادي", "مشرف قسم الأخبار", "مارس 2011", 18342, 7,
             "قال الإمام علي: قيمة كل امرئ ما يحسنه"),
            ("نور_الهدى", "عضو مميز", "يونيو 2016", 4820, 3, ""),
            ("سعد الربيعي", "عضو ذهبي", "أكتوبر 2013", 9611, 12,
             "اللهم احفظ العراق وأهله من كل سوء"))
INTRO = {1: "نقلاً عن جريدة الرافدين اليوم:", 2: "نقلاً عن وكالة أنباء الفرات:"}
BYLINE = {1: "كتب: حيدر الساعدي"}
SOURCE = {1: "المصدر: جريدة الرافدين اليوم", 2: "المصدر: وكالة أنباء الفرات"}
QUESTION = {3: "ما رأيكم يا إخوان؟ هل سيحل النظام الجديد مشكلة تأخر الحصة؟"}
BOLD = {2: (1, "الشركة العامة لنقل الطاقة الكهربائية"),
        3: (3, "الشركة العامة لتجارة المواد الغذائية")}
LINKED = {2: (2, "ارتفاع درجات الحرارة", "https://furat-news.example/news/2024/07/heatwave")}
QUOTED = {2: (1, "تمكنت من إصلاح العطل وإعادة الخط إلى الخدمة تدريجيا")}
# replies: (user, title, joined, posts, minutes after, likes, text)
REPLIES = {
    1: (("ابن الناصرية", "عضو نشيط", "أبريل 2019", 611, 48, 4,
         "الله يعين الفلاحين، نهايات الجداول عندنا في الغراف ناشفة من السنة الماضية."),
        ("م. كرار الحسيني", "عضو", "يناير 2022", 95, 190, 2,
         "الكري وحده لا يكفي، المشكلة في التجاوزات على الحصص من المقدمة."),
        ("أبو علي البغدادي", "مشرف قسم الأخبار", "مارس 2011", 18342, 305, 1,
         "شكراً للمتابعة، سنوافيكم بأي جديد عن الخطة.")),
    2: (("بصراوي أصيل", "عضو مميز", "أغسطس 2015", 3377, 22, 6,
         "والله الوضع ما ينطاق، خمس ساعات بدون كهرباء ولا مولدة."),
        ("زهراء_ع", "عضو", "فبراير 2023", 140, 415, 1,
         "رجعت عدنا بالتنومة الساعة ثنتين بالليل.")),
    3: (("حسن الكربلائي", "عضو نشيط", "مايو 2018", 802, 35, 5,
         "خطوة ممتازة إذا طبقت صح، بس الوكلاء يحتاجون تدريب أكثر."),
        ("أم سجاد", "عضو", "سبتمبر 2020", 266, 80, 3,
         "المهم يوصل الطحين بوقته، الإلكتروني ما يفيد إذا المفردات ناقصة."),
        ("مهند التميمي", "عضو ذهبي", "ديسمبر 2012", 7020, 142, 2,
         "النت في الأقضية ضعيف جداً، راح تصير زحمة عند الوكلاء."),
        ("فراس العبيدي", "عضو جديد", "نوفمبر 2024", 3, 260, 0,
         "هل التطبيق متوفر على الآيفون أم الأندرويد فقط؟")),
}
RELATED_STATS = ((14, 1630), (9, 877), (22, 3405))


def _local(moment):
    return moment.astimezone(UTC) + LOCAL


def _shown(moment) -> str:
    """vB5's default "m-d-Y, h:i A", the Arabic language pack's ص/م, board time +03:00."""
    local = _local(moment)
    return f"{local:%m-%d-%Y}, {local:%I:%M} {'ص' if local.hour < 12 else 'م'}"


def _likes(count: int) -> str:
    if count == 1:
        return "إعجاب واحد"
    if count == 2:
        return "إعجابان"
    return f"{count} إعجابات" if count <= 10 else f"{count} إعجاباً"


def _user_slug(user: str, uid: int) -> str:
    return f"{HOST}/member/{uid}-{quote(user.replace(' ', '-'))}"


def _userinfo(page: Page, user: str, title: str, joined: str, posts: int, uid: int) -> str:
    page.add(user, title, f"تاريخ التسجيل: {joined}", f"المشاركات: {posts}", "مشاركة", "تغريدة")
    bars = "\n".join("\t\t\t\t<div class=\"b-meter__bar\"></div>" for _ in range(10))
    link = _user_slug(user, uid)
    return f"""<div class="userinfo b-userinfo b-post__hide-when-deleted" itemprop="author" itemscope itemtype="http://schema.org/Person">
\t\t\t<a href="{link}" class="b-avatar b-avatar--m b-avatar--thread h-margin-bottom-l"><img src="{HOST}/core/image.php?userid={uid}&amp;thumb=1" alt="{e(user)}" title="{e(user)}" /></a>\t<div class="b-userinfo__details">\t\t<div class="author h-text-size--14">
\t\t\t<strong><a href="{link}"><span itemprop="name">{e(user)}</span></a></strong>\t\t</div>\t\t\t<div class="usertitle">{e(title)}</div>\t\t<div class="b-meter h-margin-top-m pos" title="{e(user)} على طريق التميز">
{bars}\t\t</div>\t\t<ul class="b-userinfo__additional-info-block h-margin-top-xl">\t\t\t\t<li class="b-userinfo__additional-info"><label>تاريخ التسجيل:</label> <span>{joined}</span></li>
\t\t\t\t<li class="b-userinfo__additional-info"><label>المشاركات:</label> <span>{posts}</span></li>\t\t</ul>\t\t<ul class="b-userinfo__icons h-margin-none OLD__userinfo-extra OLD__icons">
\t\t\t<li class="b-userinfo__icon h-left OLD__online-status offline" title="{e(user)} غير متواجد حالياً"><span class="b-icon b-icon__status--gray"></span></li>\t\t</ul>\t</div></div>
<ul class="b-sharing-menu js-sharing-menu js-comp-menu-horizontal js-comp-menu--dropdown-on-small b-post__hide-when-deleted" data-dropdown-trigger-phrase="share">
\t\t<li class="b-sharing-menu__item"><a class="js-fb-share-dialog b-sharing-menu__item-link b-sharing-menu__item-link--facebook" href="https://www.facebook.com/sharer/sharer.php?u=" target="_top">مشاركة</a></li>
\t\t<li class="b-sharing-menu__item b-sharing-menu__item--twitter"><a class="js-twitter-share b-sharing-menu__item-link b-sharing-menu__item-link--twitter" href="https://twitter.com/intent/tweet?url=" target="_top">تغريدة</a></li>
</ul>"""


def _post(page: Page, node: int, k: int, who: tuple, moment, text: str, likes: int,
          signature: str, url: str, title: str = "") -> str:
    user, utitle, joined, posts, uid = who
    starter = k == 1
    page.add(f"#{k}", _shown(moment), "إعجاب")
    if likes:
        page.add(_likes(likes))
    kind = ("b-post--first OLD__conversation-starter js-conversation-starter", "CreativeWork") \
        if starter else ("OLD__conversation-reply js-conversation-reply", "Comment")
    head = (f'\t\t\t\t\t\t\t\t<h2 class="b-post__title js-post-title b-post__hide-when-deleted" '
            f'itemprop="headline">\n\t\t\t\t\t\t\t\t\t{e(title)}\t\t\t\t\t\t\t\t</h2>\n') if starter else ""
    sig = ""
    if signature:
        page.add(signature)
        sig = (f'\n\t\t\t\t\t\t<div class="post-signature restore"><div class="h-text-align-center">'
               f'<font color="#006400"><b>{e(signature)}</b></font></div></div>')
    count = (f'\n\t\t\t\t\t<li id="votecount-{node}" class="h-margin-top-xs b-post-control '
             f'b-post-control--disabled votecount">\n\t\t\t\t\t\t<span class="b-post-control__icon">'
             f'</span>\n\t\t\t\t\t\t<span class="b-post-control__label">{_likes(likes)}</span>\n'
             f'\t\t\t\t\t</li>') if likes else ""
    ts = int(moment.timestamp())
    axd = '\t\t\t\t\t\t\t<div class="axd axd_first-post"></div>\n' if starter else ''
    return f"""<!-- {'Starter Conversation' if starter else 'Conversation Replies or Comments'} -->
<li data-node-id="{node}" data-node-publishdate="{ts}" class="b-post js-post js-comment-entry__parent h-restore--on-preview b-post--text {kind[0]} h-left h-clear js-slideshow__gallery-node js-poll__parent" itemscope itemtype="http://schema.org/{kind[1]}">\t<a id="post{node}" class="anchor"></a>
\t\t<meta itemprop="url" content="{url}{'' if starter else f'?p={node}#post{node}'}" />\t<div class="l-row l-row__fixed--left">\t\t<div class="l-col__fixed-3 l-col__small--full h-hide--on-preview h-padding-right-l l-column-xsmall l-column-small">{_userinfo(page, user, utitle, joined, posts, uid)}
\t\t</div>\t\t<div class="js-post__content-wrapper l-col__flex-3 l-col__small--full h-restore--on-preview OLD__list-item-body-wrapper l-column-desktop">\t\t\t<div class="b-post__body h-restore--on-preview h-padding-horiz-xxl h-padding-top-xl h-padding-bottom-m h-clearfix">
\t\t\t\t<div class="b-post__arrow b-post__hide-when-deleted OLD__pointer-left"></div>\t\t\t\t<div class="b-post__content js-post__content b-post__hide-when-deleted">\t\t\t\t\t<hr class="b-divider--section OLD__section-divider" />\t\t\t\t\t<div class="b-media h-hide--on-preview">
\t\t\t\t\t\t<div class="b-media__img--rev">\t\t\t\t\t\t\t\t<a class="b-post__count" href="{url}?p={node}#post{node}">#{k}</a>\t\t\t\t\t\t</div>\t\t\t\t\t\t<div class="b-media__body">
{head}\t\t\t\t\t\t\t<div class="b-post__timestamp OLD__post-date"><time itemprop="dateCreated" datetime="{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}">{_shown(moment)}</time></div>\t\t\t\t\t\t</div>\t\t\t\t\t</div>\t\t\t\t\t<div class="OLD__post-content h-padding-vert-xl">
{axd}\t\t\t\t\t\t<div class="js-post__content-text OLD__post-content-text restore h-wordwrap" itemprop="text">{text}\t\t\t\t\t\t</div>{sig}\t\t\t\t\t</div>
\t\t\t\t</div><div class="b-post__footer h-hide--on-preview h-clear h-padding-bottom-m h-margin-horiz-xl">\t<div class="h-clearfix">\t\t\t<hr class="b-divider b-divider--post-controls" />
\t\t<ul class="h-left js-post-info">{count}\t\t</ul>\t\t<ul class="h-margin-top-s h-right js-post-controls b-comp-menu-horizontal js-comp-menu-horizontal js-comp-menu--dropdown-on-xsmall b-comp-menu-dropdown--inactive" data-node-id="{node}">
\t\t\t\t\t<li class="h-margin-top-xs b-post-control js-post-control__vote" data-nodeid="{node}" title="إعجاب"><span class="b-icon b-icon__thumb-up b-post-control__icon"></span><span class="b-post-control__label">إعجاب</span></li>\t\t</ul>\t</div></div>
\t\t\t<div class="edit-conversation-container"></div>      </div>    </div>  </div>
</li><!-- /end .b-post -->"""


def _story(page: Page, article: Article, n: int) -> str:
    paras = [e(p) for p in (article.lead, *article.paragraphs)]
    if n in BOLD:
        idx, words = BOLD[n]
        paras[idx] = paras[idx].replace(e(words), f"<b>{e(words)}</b>", 1)
    if n in LINKED:
        idx, words, href = LINKED[n]
        paras[idx] = paras[idx].replace(
            e(words), f'<a href="{href}" target="_blank">{e(words)}</a>', 1)
    lines = []
    if n == 1:
        page.add(INTRO[1], BYLINE[1], article.caption)
        lines += [e(INTRO[1]), f"<b>{e(BYLINE[1])}</b>",
                  f'<a href="{HOST}/filedata/fetch?id={int(article.slug) + 3}" class="bbcode-'
                  f'attachment js-slideshow__gallery-node"><img class="bbcode-attachment thumbnail'
                  f' js-lightbox bbcode-attachment--lightbox" src="{HOST}/filedata/fetch?id='
                  f'{int(article.slug) + 3}&amp;d=1710660300&amp;type=thumb" alt="" /></a>',
                  f"<i>{e(article.caption)}</i>"]
    elif n == 2:
        page.add(INTRO[2])
        lines.append(f'<b><font color="#0000CD">{e(INTRO[2])}</font></b>')
    lines += paras
    if n in SOURCE:
        page.add(SOURCE[n])
        lines.append(f'<font size="2">{e(SOURCE[n])}</font>')
    if n in QUESTION:
        page.add(QUESTION[n])
        lines.append(f'<font color="#8B0000">{e(QUESTION[n])}</font>')
    return "<br />\n<br />\n".join(lines)


def _quote(page: Page, user: str, node: int, url: str, words: str) -> str:
    page.add(f"{user} كتب")
    return f"""<div class="bbcode_container">
\t<div class="bbcode_quote">\t\t<div class="quote_container">\t\t\t<div class="bbcode_quote_container b-icon b-icon__ldquo-l--gray"></div>\t\t\t\t<div class="bbcode_postedby">
\t\t\t\t\t<strong>{e(user)}</strong> كتب\t\t\t\t\t<a href="{url}?p={node}#post{node}" rel="nofollow"><img class="inlineimg" src="{HOST}/images/misc/viewpost-right.png" alt="مشاهدة المشاركة" /></a>\t\t\t\t</div>\t\t\t\t<div class="message">{e(words)}</div>
\t\t</div>\t</div>
</div>"""


def _widget(wid: int, title: str, items: list[str]) -> str:
    rows = "\n".join(f'\t\t\t<li class="b-post-sm h-clearfix">{it}</li>' for it in items)
    return f"""\t<div class="b-module canvas-widget default-widget search-results-widget" id="widget_{wid}" data-widget-id="{wid + 200}" data-widget-instance-id="{wid}">
\t<div class="widget-header h-clearfix">\t\t<div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">{title}</h1></div>\t</div>\t<div class="widget-content">
\t\t<ul class="b-post-sm-list">{rows}\t\t</ul>\t</div>
\t</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    node = int(article.slug)
    chan_name = article.section
    chan_slug, chan_id = CHANNELS[chan_name]
    slug = quote("-".join(article.headline.split()[:6]))
    url = f"{HOST}/forum/{PARENT[1]}/{chan_slug}/{node}-{slug}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    pages_total = 2 if n == 3 else 1
    page.add("تسجيل الدخول أو التسجيل", "بحث", *(t for t, _ in TABS), *SUBTABS, "الرئيسية",
             PARENT[0], chan_name, NOTICE, "الإعلان", "طي", "لا يوجد إعلان حتى الآن.",
             "المشاركات", "آخر النشاطات", f"صفحة من {pages_total}", "تصفية", "السابق", "التالي",
             "مسح الكل", "تمت التصفية بواسطة:")
    for head, opts in FILTERS:
        page.add(head, *opts)
    user, utitle, joined, posts, likes, signature = STARTERS[n - 1]
    posts_html = [_post(page, node, 1, (user, utitle, joined, posts, 300 + n), moment,
                        _story(page, article, n), likes, signature, url, article.headline)]
    for k, (ruser, rtitle, rjoined, rposts, minutes, rlikes, text) in enumerate(REPLIES[n], 2):
        body = e(text)
        if n in QUOTED and k == 2:
            body = _quote(page, user, node, url, QUOTED[n][1]) + "\n" + body
        page.add(text)
        sig = STARTERS[0][5] if ruser == STARTERS[0][0] else ""
        uid = 301 if ruser == STARTERS[0][0] else 900 + 11 * k + n
        posts_html.append(_post(page, node + 7 * k, k, (ruser, rtitle, rjoined, rposts, uid),
                                moment + timedelta(minutes=minutes), body, rlikes, sig, url))
    related = []
    for k, (title, (replies, views)) in enumerate(zip(article.related, RELATED_STATS,
                                                      strict=True)):
        when = _local(moment) - timedelta(days=9 + 31 * k)
        date = f"{when.day} {MONTHS[when.month - 1]} {when.year}"
        stats = f"{replies} ردود | {views} مشاهدة"
        page.add(title, date, stats)
        related.append(f'<a class="b-post-sm__title" href="{HOST}/forum/{PARENT[1]}/{chan_slug}/'
                       f'{node - 911 * (k + 1)}">{e(title)}</a>\n\t\t\t\t<div class="b-post-sm__'
                       f'meta">{date} · <span class="b-post-sm__stats">{stats}</span></div>')
    latest = rotate(LATEST, 3 * n, 4)
    page.add("مواضيع ذات صلة", "آخر المواضيع", *latest)
    latest_html = [f'<a class="b-post-sm__title" href="{HOST}/forum/{PARENT[1]}/iraq-news/'
                   f'{node + 130 + k}">{e(t)}</a>' for k, t in enumerate(latest)]
    generated = (_local(moment) + timedelta(days=1, minutes=137))
    gen_time = f"{generated:%I:%M} {'ص' if generated.hour < 12 else 'م'}"
    page.add(*FOOTER, POWERED, COPY.format(year=generated.year), ZONE.format(time=gen_time))
    pagenav = ""
    if pages_total == 2:
        pagenav = f"""
\t\t\t<a class="js-pagenav-button b-button b-button--secondary js-shrink-event-child b-button--narrow b-button--current" data-page="1" href="{url}" tabindex="0">1</a>
\t\t\t<a class="js-pagenav-button b-button b-button--secondary js-shrink-event-child b-button--narrow" data-page="2" href="{url}/page2" tabindex="0">2</a>"""
    prev_hide = " h-hide-imp"
    next_hide = "" if pages_total == 2 else " h-hide-imp"
    pagenav_block = f"""<div class="pagenav-container h-clearfix noselect{'' if pagenav else ' h-hide'}">
    <div class="js-pagenav pagenav h-right js-shrink-event-parent">\t\t\t<a class="js-pagenav-button js-pagenav-prev-button b-button b-button--secondary{prev_hide} js-shrink-event-child" data-page="0" href="{url}" tabindex="0">السابق</a>{pagenav}
\t\t\t<a class="js-pagenav-button js-pagenav-next-button b-button b-button--secondary{next_hide} js-shrink-event-child" data-page="{2 if pagenav else 0}" href="{url}{'/page2' if pagenav else ''}" tabindex="0">التالي</a>    </div>
</div>"""
    plain = " ".join((article.lead, *article.paragraphs))
    description = plain[:150].rsplit(" ", 1)[0] + "..."
    ts = 1700000000 + 86400 * n
    sheets = ("css_reset.css,css_unreset.css,css_utilities.css", "css_imgareaselect-animated.css,"
              "css_jquery-ui-1_12_1_custom.css,css_jquery_qtip.css,css_jquery_selectBox.css",
              "css_global.css,css_fonts.css,css_b_post.css,css_b_userinfo.css,css_b_meter.css,"
              "css_b_post_control.css,css_b_bbcode.css,css_b_comments.css,css_b_sharing_menu.css",
              "css_additional.css")
    links = "\n".join(f'<link rel="stylesheet" type="text/css" href="{HOST}/css.php?styleid=22&amp;'
                      f'td=rtl&amp;sheet={s}&amp;ts={ts} " />' for s in sheets)
    tabs = "\n".join(f'\t\t\t\t\t\t<li class="{"current " if k == 0 else ""}section-item"><a href="'
                     f'{HOST}{path}" class="h-left navbar_{path[1:]}">{label}</a></li>'
                     for k, (label, path) in enumerate(TABS))
    subtabs = "\n".join(f'\t\t\t\t\t<li class=""><a href="{HOST}/{quote(t)}">{t}</a></li>'
                        for t in SUBTABS)
    filters = "\n".join(f"""\t\t\t\t<li>
\t\t\t\t\t<div class="filter-header">{head}</div>\t\t\t\t\t<div class="filter-options">{chr(10).join(f'{chr(9) * 6}<label><input type="radio" name="filter_{k}" value="{j}" /><span>{o}</span></label>' for j, o in enumerate(opts))}\t\t\t\t\t</div>
\t\t\t\t</li>""" for k, (head, opts) in enumerate(FILTERS))
    footer = "\n".join(f'\t\t\t\t\t<li class=""><a href="{HOST}/{k}" rel="nofollow">{t}</a></li>'
                       for k, t in enumerate(FOOTER[:-1]))
    crumbs = ((HOST, "الرئيسية"), (f"{HOST}/forum", "المنتديات"),
              (f"{HOST}/forum/{PARENT[1]}", PARENT[0]),
              (f"{HOST}/forum/{PARENT[1]}/{chan_slug}", chan_name))
    crumb_html = '\n\t\t\t\t<li class="vb-icon separator">›</li>\n'.join(
        f'\t\t\t<li class="crumb ellipsis"><a class="crumb-link" href="{h}">{t}</a></li>'
        for h, t in crumbs)
    page.html = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" xml:lang="ar" lang="ar"><head>\t\t<link rel="Shortcut Icon" href="{HOST}/favicon.ico" type="image/x-icon" /><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="vBulletin 5.6.9" /><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" /><title>{e(article.headline)} - {SITE}</title><meta name="description" content="{e(description)}" />
<meta name="keywords" content="{e(', '.join(article.tags))}" /><meta property="og:site_name" content="{SITE}" /><meta property="og:description" content="{e(description)}" /><meta property="og:url" content="{url}" />
<meta property="og:image" content="{HOST}/filedata/fetch?filedataid=1188&amp;type=thumb" /><meta property="og:type" content="website" /><link rel="canonical" href="{url}" />{links}
<script type="text/javascript">\tif (location.hash) {{ document.write('<style type="text/css"> a.anchor {{ display:none;}} </style>'); }}\tvar uploadUrlTarget = "{HOST}/uploader/url";
\tvar pageData = {{"baseurl": "{HOST}", "pageid": "{chan_id}", "pagetemplateid": "4", "channelid": "{chan_id}", "nodeid": "{node}", "userid": "0", "username": "Guest", "musername": "Guest", "user_startofweek": "7", "user_lang_pickerdateformatoverride": "", "user_editorstate": "", "textDirLeft": "right", "textDirRight": "left", "textdirection": "rtl", "can_use_sitebuilder": "", "cookie_prefix": "bb", "cookie_path": "/", "cookie_domain": "", "inlinemod_cookie_name": "inlinemod_nodes", "pagenum": "1", "languageid": "2", "threadmarking": "2", "lastvisit": "{ts}", "phrasedate": "{ts}", "optionsdate": "{ts}", "current_server_datetime": "{ts + 3600}", "simpleversion": "v=569", "showhv_post": "1", "nextcron": "{ts + 60}", "securitytoken": "guest", "privacystatus": "0", "flash_message": "", "registerurl": "{HOST}/register", "activationurl": "{HOST}/activateuser", "helpurl": "{HOST}/help", "contacturl": "{HOST}/contact-us"}};
</script><script type="text/javascript" src="{HOST}/js/jquery/jquery-3.5.1.min.js"></script></head><body id="vb-page-body" class="l-desktop page{chan_id} vb-page view-mode logged-out" itemscope itemtype="http://schema.org/ItemPage" data-usergroupid="1" data-styleid="22">
<div class="b-top-menu__background js-top-menu-user">\t<div class="b-top-menu__container">\t\t<ul class="b-top-menu b-top-menu--user js-top-menu-user--list js-shrink-event-parent">
\t<li class="b-top-menu__item b-top-menu__item--no-left-divider b-top-menu__item--no-right-divider username-container js-shrink-event-child">\t\t<div class="b-comp-menu-dropdown b-comp-menu-dropdown--headerbar js-comp-menu-dropdown js-login-menu">
\t\t\t<div id="lnkLoginSignupMenu" class="b-comp-menu-dropdown__trigger js-comp-menu-dropdown__trigger b-comp-menu-dropdown__trigger--arrow b-comp-menu-dropdown__trigger--headerbar js-button" tabindex="0">\t\t\t\tتسجيل الدخول أو التسجيل
\t\t\t<span class="vb-icon b-icon__arrow-down-s--disabled js-comp-menu-dropdown__trigger-arrow h-align-middle"></span></div>\t\t</div>\t</li>\t\t</ul>
\t</div></div><div id="outer-wrapper"><div id="wrapper">
\t<div class="b-top-background__header-mainnav-subnav">\t\t<div class="b-top-background__header-mainnav">\t\t\t<div id="header" class="noselect">\t\t\t\t<div class="header-cell">
\t\t\t\t\t<div class="site-logo header-edit-box"><a href="{HOST}/"><img src="{HOST}/filedata/fetch?filedataid=1188" alt="{SITE}" title="{SITE}" /></a></div>\t\t\t\t</div>\t\t\t\t<div class="toolbar">\t\t\t\t\t<ul class="h-right"><li class="search-container">
\t\t\t\t\t\t<form id="searchForm" action="{HOST}/search" class="h-left" method="GET">\t\t\t\t\t\t\t<div class="search-box search-btn-inside-box"><input type="text" name="q" id="q" placeholder="بحث" class="textbox search-term" autocomplete="off" value="" />
\t\t\t\t\t\t\t<button type="submit" id="btnSearch" class="search-btn" title="بحث"><span class="vb-icon vb-icon-search">بحث</span></button></div>\t\t\t\t\t\t</form>\t\t\t\t\t</li></ul>\t\t\t\t</div>
\t\t\t</div>\t\t\t<div id="channel-tabbar" class="h-clearfix noselect">\t\t\t\t<ul class="channel-tabbar-list h-left b-comp-menu-horizontal js-comp-menu-horizontal js-comp-menu--dropdown-on-small b-comp-menu-dropdown--inactive js-comp-menu-dropdown__content--main-menu h-hide-on-small">{tabs}
\t\t\t\t</ul>\t\t\t</div>\t\t</div>\t\t<div id="channel-subtabbar" class="h-clearfix h-hide-on-small h-block">
\t\t\t<ul class="h-left channel-subtabbar-list js-channel-subtabbar-list">{subtabs}\t\t\t</ul>\t\t</div>
\t</div>\t\t<ul id="breadcrumbs" class="h-clearfix" itemprop="breadcrumb">{crumb_html}\t\t</ul>
<ul id="notices" class="notices">\t\t<li class="notice restore" data-notice-id="1" data-notice-persistent="1">{NOTICE}</li></ul>\t<div id="content">
\t\t<div class="canvas-layout-container js-canvas-layout-container"><div id="canvas-layout-full" class="canvas-layout" data-layout-id="1"><div class="canvas-layout-row l-row no-columns h-clearfix">
<div class="canvas-widget-list section-2 js-sectiontype-notice h-clearfix l-col__large-12 l-col__small--full l-wide-column">\t<!-- *** START WIDGET widgetid:207, widgetinstanceid:17, template:widget_announcement *** -->
<div class="b-module canvas-widget default-widget announcement-widget empty" id="widget_17" data-widget-id="207" data-widget-instance-id="17">\t<div class="widget-header h-clearfix">\t\t<div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">الإعلان</h1></div>
\t\t\t<div class="module-buttons"><span class="toggle-button module-button-item collapse" title="طي" data-toggle-title="توسيع"><span class="b-icon b-icon__toggle-collapse">طي</span></span></div>\t</div>\t<div class="widget-content">\t\t\t\tلا يوجد إعلان حتى الآن.
\t</div></div>\t<!-- *** END WIDGET widgetid:207, widgetinstanceid:17, template:widget_announcement *** -->\t<!-- *** START WIDGET widgetid:230, widgetinstanceid:18, template:widget_pagetitle *** -->
<div class="b-module canvas-widget default-widget page-title-widget widget-no-header-buttons widget-no-border" id="widget_18" data-widget-id="230" data-widget-instance-id="18">\t<div class="widget-header h-clearfix">
\t\t<div class="module-title h-left"><h1 class="main-title js-main-title hide-on-editmode">{e(article.headline)}</h1></div>\t</div></div>\t<!-- *** END WIDGET widgetid:230, widgetinstanceid:18, template:widget_pagetitle *** -->
</div></div><div class="canvas-layout-row l-row no-columns h-clearfix"><div class="canvas-widget-list section-0 js-sectiontype-primary js-sectiontype-secondary h-clearfix l-col__large-12 l-col__small--full l-wide-column">
\t<!-- *** START WIDGET widgetid:184, widgetinstanceid:19, template:widget_conversationdisplay *** -->
\t<div class="b-module canvas-widget default-widget conversation-content-widget forum-conversation-content-widget widget-tabs widget-no-border widget-no-header-buttons axd-container" id="widget_19" data-widget-id="184" data-widget-instance-id="19">\t\t\t<div class="widget-header h-clearfix">
\t\t\t\t\t<div class="widget-tabs-nav h-clear">\t\t\t\t\t\t<a id="topic-module-top" class="anchor js-module-top-anchor"></a>
\t\t\t\t\t\t<ul class="ui-tabs-nav hide-on-editmode h-left b-comp-menu-horizontal js-module-tab-menu js-comp-menu-horizontal js-comp-menu--dropdown-on-xsmall b-comp-menu-dropdown--inactive">\t\t\t\t\t\t\t<li><a href="#thread-view-tab" data-href="{url}?view=thread">المشاركات</a></li>
\t\t\t\t\t\t\t<li><a href="#stream-view-tab" data-href="{url}?view=stream">آخر النشاطات</a></li>\t\t\t\t\t\t</ul>\t\t\t\t\t</div>\t\t\t</div>
\t\t\t<div class="widget-content tab widget-tabs-panel">\t\t\t\t<input type="hidden" name="canmoderate" id="canmoderate" value="0" />\t\t\t\t<div id="thread-view-tab" class="conversation-view conversation-thread-view">
<div class="conversation-toolbar-wrapper top h-clear hide-on-editmode scrolltofixed-floating" data-allow-history="1">\t<div class="conversation-toolbar js-shrink-event-parent">\t\t<ul class="toolset-right js-shrink-event-child">\t\t\t\t<li class="toolbar-search h-hide-on-small">
\t\t\t\t\t<form name="toolbar-search-form" action="{HOST}/activity/get" method="GET" class="toolbar-search-form">\t\t\t\t\t\t<input type="hidden" name="nodeid" value="{node}" />
\t\t\t\t\t\t<div class="search-container"><input type="text" name="q" value="" class="textbox js-filter-search" placeholder="بحث في الموضوع" data-filter-name="Search" />
\t\t\t\t\t\t<button type="submit" name="btnSearch" id="btnSearch-top" class="search-btn"><span class="vb-icon vb-icon-search-small-gray">بحث</span></button></div>\t\t\t\t\t</form>\t\t\t\t</li>\t\t\t\t<li class="toolbar-pagenav js-toolbar-pagenav h-hide-on-xsmall">
\t\t\t\t\t<div class="toolbar-pagenav-wrapper"><div class="pagenav-controls ">\t<form class="pagenav-form h-clearfix" action="{url}">\t\t<input type="hidden" class="defaultpage" value="1" />
\t\t<div class="pagenav h-left">\t\t\tصفحة <input type="text" name="page" class="js-pagenum textbox h-padding-horiz-none" value="1" /> من <span class="pagetotal">{pages_total}</span>\t\t</div>\t</form>
</div>\t\t\t\t\t</div>\t\t\t\t</li>\t\t\t\t<li class="toolbar-filter toolbar-filter-top">
\t\t\t\t\t<div class="filter-wrapper h-clearfix js-button" tabindex="0"><div class="label h-left">تصفية</div><div class="arrow vb-icon-wrapper h-left"><span class="vb-icon vb-icon-triangle-down-wide"></span></div></div>\t\t\t\t</li>\t\t</ul>\t</div>
\t\t<form action="{HOST}/activity/get" method="post" class="toolbar-filter-overlay h-clearfix">\t\t\t<ul class="filter-options-list">{filters}\t\t\t</ul>
\t\t</form>\t\t<div class="filtered-by h-clearfix h-hide"><label>تمت التصفية بواسطة:</label><div class="filter-text-wrapper h-left"></div><a href="#" class="clear-all h-hide">مسح الكل</a></div></div>\t\t\t\t\t<div class="conversation-content">
\t\t\t\t\t\t<ul class="conversation-list list-container h-clearfix thread-view">{chr(10).join(posts_html)}\t\t\t\t\t\t</ul>\t\t\t\t\t</div>
{pagenav_block}\t\t\t\t</div>\t\t\t</div>\t</div>
\t<!-- *** END WIDGET widgetid:184, widgetinstanceid:19, template:widget_conversationdisplay *** --></div></div><div class="canvas-layout-row l-row no-columns h-clearfix">
<div class="canvas-widget-list section-3 js-sectiontype-extra h-clearfix l-col__large-12 l-col__small--full l-wide-column">{_widget(21, "مواضيع ذات صلة", related)}{_widget(22, "آخر المواضيع", latest_html)}</div>
</div></div></div>\t<div class="h-clear"></div>
</div>\t<div id="footer">\t\t<div id="footer-tabbar" class="h-clearfix">\t\t\t<ul class="nav-list h-right js-footer-nav-list h-margin-right-xxl b-comp-menu-horizontal js-comp-menu-horizontal">
{footer}\t\t\t\t<li><a href="#" class="js-footer-go-to-top">{FOOTER[-1]}</a></li>\t\t\t</ul>\t\t</div>
\t</div></div><div id="footer-copyright">\t<div id="footer-vb-copyright">Powered by <a href="https://www.vbulletin.com/" id="vbulletinlink">vBulletin®</a> Version 5.6.9 <br />{COPY.format(year=generated.year)} </div>
\t<div id="footer-user-copyright"></div>\t<div id="footer-current-datetime">{ZONE.format(time=gen_time)}</div></div></div>
<div id="loading-indicator" class="js-loading-indicator b-ajax-loading-indicator h-hide"><span>جاري التحميل...</span></div><script type="text/javascript" src="{HOST}/js/login.js?v=569"></script><script type="text/javascript" src="{HOST}/js/global.js?v=569"></script>
<script type="text/javascript" src="{HOST}/js/conversation.js?v=569"></script></body></html>
"""
    page.add("جاري التحميل...")
    return page
