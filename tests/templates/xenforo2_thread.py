"""A Gulf news-and-politics community on XenForo 2.2 with an Arabic language pack
("منتديات أخبار الخليج"), a thread in its "الأخبار السياسية والمحلية" forum where a staff
member reposts a news story as the first post, as XenForo serves it to a guest. The head:
`<html id="XF" lang="ar-SA" dir="RTL" data-app="public" data-template="thread_view" ...>`,
`<title>` "headline | منتديات أخبار الخليج", the first post's snippet as description and
og/twitter description, og/twitter title, canonical, the css.php bundles and
preamble.min.js. The body: `p-header` (logo), `p-navSticky` / `p-nav` (الرئيسية, المنتديات,
ما الجديد, الأعضاء, log-in/register, search), `p-sectionLinks`, the off-canvas menu, the
`p-breadcrumbs` (top and bottom), the noscript notice, `p-body-header` with `h1.p-title-value`
(the headline) and `p-description` (thread starter, start date as `time.u-dt` with the
forum's +0300 `datetime`, `data-time`, `data-date-string`, `data-time-string`, and the
thread's tags). Then `block--messages` / `block-container lbContainer` holding
`article.message--post` posts: `message-cell--user` (avatar, username, user title, staff
banner, "التسجيل" / "المشاركات" / "مستوى التفاعل" extras), `message-attribution--split`
(date, share gadget, `#1`), `message-body js-selectToQuote` > `bbWrapper` where BBCode text
runs as lines split by `<br />`, `message-signature`, `message-footer` with the reactionsBar.
The first post is the story: page 1 opens with a bold "كتب: ..." byline (the only page naming
the writer), an attached `bbImageWrapper` image and an italic caption line, a `[HEADING]`
subheading (`h3.bbHeading`, counted as a body paragraph), a bold phrase, and ends with a small
"المصدر: ..." credit; page 2 (posted at 00:40 local, so the UTC JSON-LD date is the day
before) links a phrase (`link--external`) and ends with a linked "المصدر: ..." credit; page 3
opens with the poster's bold "نقلا عن ..." line, embeds a YouTube video (`bbMediaWrapper`)
between two paragraphs and ends with the poster's question. The credit, byline, caption and
poster lines are chrome. Then 3-4 replies per page (some long, some quoting a story sentence
in `bbCodeBlock--quote` with "... قال:" and "انقر للتوسيع..."), page navigation on page 1,
the guest "يجب عليك تسجيل الدخول..." button, the "مشاركة:" share buttons, the
"المواضيع المشابهة" structItem list, a forum statistics sidebar widget, `p-footer` (style
and language choosers, links, "Community platform by XenForo® © 2010-2024 XenForo Ltd."),
the XF scripts and the `DiscussionForumPosting` JSON-LD (UTC dates) at the end of body."""

from __future__ import annotations

import json
from datetime import UTC, timedelta, timezone

from .base import MONTHS, Article, Page, e

NAME = "xenforo2_thread"
HELD_OUT = True
SET = "unseen15"
FAMILY = ("XenForo 2.2 forum thread (Arabic pack, RTL) where staff repost a news story: "
          "message--post posts, bbWrapper <br /> text, user cells, quotes, reactions, "
          "similar threads, +0300 time.u-dt vs UTC JSON-LD")
HOST = "https://muntada-alakhbar.example"
SITE = "منتديات أخبار الخليج"
LOCAL = timezone(timedelta(hours=3))
CATEGORY = ("الأقسام الإخبارية", "/#categories.3")
FORUM = ("الأخبار السياسية والمحلية", "/forums/14/")
# name: (user id, user title, banner, joined, messages, reaction score, default-avatar colours)
USERS = {
    "أبو فيصل": (17, "مشرف قسم الأخبار", "طاقم الإدارة", "3 فبراير 2011", "14,208", "3,951", ""),
    "news_desk": (5, "حساب الأخبار الرسمي", "طاقم الإدارة", "9 سبتمبر 2010", "22,746", "6,120",
                  ""),
    "سالم البلوشي": (211, "مشرف عام", "طاقم الإدارة", "27 نوفمبر 2012", "9,382", "2,417", ""),
    "بوخالد": (2304, "عضو مميز", "", "18 يوليو 2013", "5,117", "1,862", "a3d147/3d5214"),
    "نوره_الكويت": (8861, "عضو نشيط", "", "2 مارس 2017", "1,309", "744", "d147a3/521439"),
    "ابن الديرة": (4512, "عضو ذهبي", "", "11 يناير 2015", "7,955", "2,208", "4785d1/142952"),
    "طلال77": (10427, "عضو جديد", "", "21 أغسطس 2021", "86", "31", "d1a347/523d14"),
    "مطر الحارثي": (9720, "عضو نشيط", "", "6 يونيو 2019", "2,431", "905", "47d1c2/14524d"),
}
POSTER = {1: "أبو فيصل", 2: "news_desk", 3: "سالم البلوشي"}
BYLINE = "كتب: فهد المطيري"
SOURCE = {1: "المصدر: صحيفة الديرة اليوم", 2: "المصدر: وكالة نبض الخليج للأنباء"}
INTRO = "نقلا عن صحيفة الشرق العماني:"
QUESTION = "برأيكم، هل تكفي تسعة أشهر من التدريب لتأهيل الشباب لوظائف الموانئ؟"
LINKED = (1, "المنصة الإلكترونية الموحدة")  # page 2: (paragraph index, linked words)
BOLD = (3, "وزارة الشؤون الاجتماعية والهيئة العامة للقوى العاملة وبلدية الكويت")
HEADING = (2, "ربط إلكتروني بين الجهات")  # page 1: the paragraph printed as [HEADING=2]
SIGNATURE = "قسم الأخبار: ننقل لكم الخبر من مصادره الموثوقة، والنقاش مفتوح بما لا يخالف القوانين"
REACTED = {1: "بوخالد، ابن الديرة و 9 آخرين", 2: "نوره_الكويت و طلال77",
           3: "مطر الحارثي، بوخالد و 4 آخرين"}
# page: (user, minutes after the story, text, quoted words of the story or "", reacted by)
REPLIES = {
    1: (("بوخالد", 25, "خطوة طال انتظارها، وأتمنى يبدؤون بالشؤون لأن المراجعة هناك تاخذ يوم كامل.",
         "", "نوره_الكويت"),
        ("نوره_الكويت", 190, "هذا أهم بند في الخطة برأيي. كل مرة أراجع أي جهة يطلبون صورة الجواز "
         "وصورة البطاقة وشهادة الراتب مع أن كل هذي البيانات موجودة عندهم في النظام أصلا. إذا "
         "فعلا طبقوا الربط بين الوزارات راح نوفر وقت الناس ووقت الموظفين، بس المشكلة دايما في "
         "التطبيق مو في القرار، وننتظر نشوف المؤشرات الربع سنوية اللي وعدوا فيها، وإذا ما التزموا بنشرها "
         "فكل الكلام يظل حبر على ورق.",
         "مع الاكتفاء بالبطاقة المدنية بدلا من صور الوثائق المتكررة", ""),
        ("ابن الديرة", 1265, "الفكرة ممتازة لكن خلونا نكون واقعيين، سمعنا عن الحكومة الإلكترونية "
         "من أكثر من عشر سنوات وللحين بعض الإدارات تطلب ختم وتوقيع على ورق. المطلوب محاسبة "
         "الجهة اللي ما تلتزم بالمدة، ونشر الأرقام بشفافية حتى يعرف المواطن وين الخلل. وأتمنى "
         "يشمل التطوير المحافظات الخارجية مو بس المراكز الرئيسية في العاصمة، لأن أهل "
         "الجهراء والأحمدي يعانون أكثر من غيرهم من المواعيد البعيدة والطوابير كل صباح.", "", ""),
        ("طلال77", 2950, "إن شاء الله تكون بداية حقيقية، متابعين معاكم.", "", "")),
    2: (("طلال77", 55, "خبر حلو، أخيرا نقدر نسوي جولة على دول الخليج بتأشيرة وحدة للأهل من برا.",
         "", ""),
        ("مطر الحارثي", 430, "ثلاثين يوم مدة معقولة للسائح العادي، لكن السؤال المهم هل بتكون "
         "التأشيرة متعددة الدخول؟ لأن أغلب الزوار يدخلون دولة ويطلعون ثم يرجعون لها في نهاية "
         "الرحلة، وإذا كانت دخول واحد لكل دولة بتفقد التأشيرة جزء كبير من فايدتها. وياليت "
         "يوضحون كذلك وضع المقيمين في دول المجلس وهل يحتاجون يقدمون عليها أو لا، وكم تاخذ "
         "المعاملة من وقت حتى تصدر التأشيرة للزائر.",
         "ستتيح للسائح التنقل بين دول المجلس بتأشيرة واحدة لمدة تصل إلى 30 يوما", "بوخالد"),
        ("بوخالد", 980, "المهم الرسوم، إذا كانت مرتفعة ما راح تفرق كثير عن التأشيرات الحالية.",
         "", "")),
    3: (("مطر الحارثي", 40, "برنامج ممتاز، وتجربة التدريب المقرون بالتشغيل نجحت قبل في قطاع "
         "النفط والغاز. الشباب يحتاجون فرصة حقيقية مو بس دورات بشهادات، والأهم إن الشركات تلتزم "
         "بالتعيين بعد التدريب وما تستغني عنهم بعد ما ينتهي الدعم الحكومي. تسعة أشهر كافية "
         "للأساسيات والباقي يجي بالخبرة في الميدان، وأتمنى يكون فيه "
         "متابعة بعد التعيين لمعرفة كم واحد استمر في وظيفته بعد أول سنة وكم واحد ترك الشغل.", "", "سالم البلوشي"),
        ("ابن الديرة", 300, "نقلة مهمة للموانئ العمانية، ونتمنى نشوف مثلها عندنا في الكويت.",
         "يعين مباشرة لدى الجهة التي تولت تدريبه", ""),
        ("نوره_الكويت", 1500, "هل فيه تفاصيل عن قيمة المكافأة الشهرية أثناء التدريب؟", "", "")),
}
SIMILAR = (("ابن الديرة", 96, "27", "3.4K"), ("بوخالد", 210, "9", "1.1K"),
           ("مطر الحارثي", 340, "41", "6.8K"))
NAV = (("/", "الرئيسية", "home"), ("/forums/", "المنتديات", "forums"),
       ("/whats-new/", "ما الجديد", "whatsNew"), ("/members/", "الأعضاء", "members"))
SECTION = (("/whats-new/posts/", "مشاركات جديدة", "newPosts"),
           ("/search/?type=post", "البحث في المنتديات", "searchForums"))
NOSCRIPT = "جافا سكربت معطل. للحصول على تجربة أفضل، الرجاء تمكين جافا سكربت في المتصفح قبل المتابعة."
SHARE = {"Facebook": "https://www.facebook.com/sharer.php?u={url}",
         "Twitter": "https://twitter.com/intent/tweet?url={url}&amp;text={title}",
         "Reddit": "https://reddit.com/submit?url={url}&amp;title={title}",
         "Pinterest": "https://pinterest.com/pin/create/bookmarklet/?url={url}&amp;description={title}&amp;media={image}",
         "Tumblr": "https://www.tumblr.com/widgets/share/tool?canonicalUrl={url}&amp;title={title}",
         "WhatsApp": "https://api.whatsapp.com/send?text={title}&nbsp;{url}",
         "البريد الإلكتروني": "", "رابط": ""}
STATS = (("المواضيع", "48,307"), ("المشاركات", "1,212,954"), ("الأعضاء", "36,118"),
         ("أحدث عضو", "عبدالعزيز_ش"))
FOOTER = (("/misc/contact", "اتصل بنا"), ("/help/terms/", "الشروط والقوانين"),
          ("/help/privacy-policy/", "سياسة الخصوصية"), ("/help/", "مساعدة"), ("/", "الرئيسية"))
LABELS = ("القائمة", "تسجيل الدخول", "تسجيل", "بحث", "كاتب الموضوع", "تاريخ البدء", "الوسوم",
          "التفاعلات:", "يجب عليك تسجيل الدخول أو التسجيل للرد هنا.", "مشاركة:",
          "المواضيع المشابهة", "الردود", "المشاهدات", "إحصائيات المنتدى", "النمط الافتراضي",
          "العربية (AR)", "RSS", "Community platform by XenForo® © 2010-2024 XenForo Ltd.")
ANCHORS = ("التسجيل", "المشاركات", "مستوى التفاعل")


def _local(moment):
    return moment.astimezone(LOCAL)


def _date(moment) -> str:
    """The Arabic pack's date format "j F Y": "12 مايو 2024"."""
    d = _local(moment)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _clock(moment) -> str:
    d = _local(moment)
    return f"{d.hour % 12 or 12}:{d:%M} {'ص' if d.hour < 12 else 'م'}"


def _time(moment, extra: str = "") -> str:
    d = _local(moment)
    return (f'<time  class="u-dt" dir="auto" datetime="{d:%Y-%m-%dT%H:%M:%S%z}" '
            f'data-time="{int(d.timestamp())}" data-date-string="{_date(d)}" '
            f'data-time-string="{_clock(d)}" title="{_date(d)} في {_clock(d)}"{extra}>'
            f"{_date(d)}</time>")


def _avatar(name: str, size: str = "m") -> str:
    uid, *_rest, colours = USERS[name]
    if not colours:
        px = {"m": 96, "s": 48}[size]
        return (f'<a href="/members/{uid}/" class="avatar avatar--{size}" data-user-id="{uid}" '
                f'data-xf-init="member-tooltip">\n\t\t\t<img src="/data/avatars/{size}/0/{uid}.jpg'
                f'?1683021544" alt="{e(name)}" class="avatar-u{uid}-{size}" width="{px}" '
                f'height="{px}" loading="lazy" itemprop="image" /> \n\t\t</a>')
    bg, fg = colours.split("/")
    return (f'<a href="/members/{uid}/" class="avatar avatar--{size} avatar--default '
            f'avatar--default--dynamic" data-user-id="{uid}" data-xf-init="member-tooltip" '
            f'style="background-color: #{bg}; color: #{fg}">\n\t\t\t<span class="avatar-u{uid}-'
            f'{size}" role="img" aria-label="{e(name)}">{e(name[0])}</span> \n\t\t</a>')


def _username(name: str, cls: str = "") -> str:
    uid, _title, banner, *_rest = USERS[name]
    inner = (f'<span class="username--staff username--moderator">{e(name)}</span>' if banner
             else e(name))
    return (f'<a href="/members/{uid}/" class="username {cls}" dir="auto" data-user-id="{uid}" '
            f'data-xf-init="member-tooltip">{inner}</a>')


def _user_cell(name: str) -> str:
    _uid, title, banner, joined, posts, score, _c = USERS[name]
    flag = (f'\n\t\t\t<div class="userBanner userBanner--staff message-userBanner" dir="auto" '
            f'itemprop="jobTitle"><span class="userBanner-before"></span><strong>{banner}'
            f'</strong><span class="userBanner-after"></span></div>') if banner else ""
    extras = "".join(f'\n\t\t\t\t\t\t<dl class="pairs pairs--justified">\n\t\t\t\t\t\t\t<dt>{k}</dt>'
                     f'\n\t\t\t\t\t\t\t<dd>{v}</dd>\n\t\t\t\t\t\t</dl>'
                     for k, v in zip(ANCHORS, (joined, posts, score), strict=True))
    return f"""<div class="message-cell message-cell--user">
\t<section itemscope itemtype="https://schema.org/Person" class="message-user">\n\t\t<div class="message-avatar ">\n\t\t\t<div class="message-avatar-wrapper">\n\t\t\t\t{_avatar(name)}\n\t\t\t</div>\n\t\t</div>\n\t\t<div class="message-userDetails">\n\t\t\t<h4 class="message-name">{_username(name).replace('data-xf', 'itemprop="name" data-xf')}</h4>\n\t\t\t<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{title}</h5>{flag}\n\t\t</div>
\t\t\t\t<div class="message-userExtras">{extras}\n\t\t\t\t</div>\n\t\t<span class="message-userArrow"></span>\n\t</section>
					</div>"""


def _post(pid: int, pos: int, name: str, moment, bb: str, reacted: str, tid: str,
          first: bool) -> str:
    link = f"/threads/{tid}/post-{pid}"
    cls = " message-staffPost   message-threadStarterPost" if first else ""
    sig = (f'\n\t\t\t\t\t\t\t\t\t<aside class="message-signature">\n\t<div class="bbWrapper">'
           f'{e(SIGNATURE)}</div>\n</aside>') if first else ""
    bar = (f'<ul class="reactionSummary">\n\t<li><span class="reaction reaction--small reaction--1"'
           f' data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGOD'
           f'lhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction"'
           f' alt="أعجبني" title="أعجبني" /></span></li>\n</ul>\n\n<span class="u-srOnly">'
           f'التفاعلات:</span>\n<a class="reactionsBar-link" href="/posts/{pid}/reactions" '
           f'data-xf-click="overlay" data-cache="false" rel="nofollow">'
           + "".join(f"<bdi>{e(w)}</bdi>" if w in USERS else e(w)
                     for w in _split_names(reacted)) + "</a>") if reacted else ""
    return f"""	<article class="message  {cls} message--post js-post js-inlineModContainer  "
\t\tdata-author="{e(name)}"\n\t\tdata-content="post-{pid}"\n\t\tid="js-post-{pid}">\n\n\t\t<span class="u-anchorTarget" id="post-{pid}"></span>\n\n\t\t\t<div class="message-inner">\n\t\t\t\t\t{_user_cell(name)}\n\t\t\t\t\t<div class="message-cell message-cell--main">\n\t\t\t\t\t\t<div class="message-main js-quickEditTarget">
\t<header class="message-attribution message-attribution--split">\n\t\t<ul class="message-attribution-main listInline ">\n\t\t\t<li class="u-concealed">\n\t\t\t\t<a href="{link}" rel="nofollow">\n\t\t\t\t\t{_time(moment, ' itemprop="datePublished"')}\n\t\t\t\t</a>\n\t\t\t</li>\n\t\t</ul>\n\t\t<ul class="message-attribution-opposite message-attribution-opposite--list ">\n\t\t\t<li>
\t\t\t\t<a href="{link}" class="message-attribution-gadget" data-xf-init="share-tooltip" data-href="/posts/{pid}/share" aria-label="مشاركة" rel="nofollow">\n\t\t\t\t\t<i class="fa--xf far fa-share-alt" aria-hidden="true"></i>\n\t\t\t\t</a>\n\t\t\t</li>\n\t\t\t\t<li>\n\t\t\t\t\t<a href="{link}" rel="nofollow">\n\t\t\t\t\t\t#{pos}\n\t\t\t\t\t</a>\n\t\t\t\t</li>\n\t\t</ul>
\t</header>\n\t\t\t\t\t\t\t<div class="message-content js-messageContent">\n\t<div class="message-userContent lbContainer js-lbContainer "\n\t\tdata-lb-id="post-{pid}"\n\t\tdata-lb-caption-desc="{e(name)} &middot; {_date(moment)} في {_clock(moment)}">\n\t\t<article class="message-body js-selectToQuote">\n\t\t\t\t<div class="bbWrapper">{bb}</div>\n\t\t\t<div class="js-selectToQuoteEnd">&nbsp;</div>\n\t\t</article>\n\t</div>{sig}
\t\t\t\t\t\t\t</div>\n\t<footer class="message-footer">\n\t\t<div class="reactionsBar js-reactionsList {'is-active' if reacted else ''}">\n\t\t\t{bar}\n\t\t</div>\n\t\t<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>\n\t</footer>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t</div>
\t</article>
"""


def _split_names(text: str) -> list[str]:
    """"a، b و 9 آخرين" as names and the glue between them, for <bdi> wrapping."""
    out, rest = [], text
    while rest:
        name = next((u for u in USERS if rest.startswith(u)), None)
        out.append(name or rest[0])
        rest = rest[len(name or rest[0]):]
    return out


def _story(article: Article, n: int) -> str:
    lines = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n == 1 and k == HEADING[0]:
            lines.append(f'<h3 class="bbHeading">{html}</h3>')
            continue
        if n == 1 and k == BOLD[0]:
            html = html.replace(e(BOLD[1]), f"<b>{e(BOLD[1])}</b>", 1)
        if n == 2 and k == LINKED[0]:
            html = html.replace(LINKED[1], f'<a href="https://www.gcc-sg.example/ar/visa" '
                                f'target="_blank" class="link link--external" rel="nofollow ugc '
                                f'noopener">{LINKED[1]}</a>', 1)
        lines.append(html + "<br />\n<br />")
        if n == 3 and k == 1:
            lines.append('<div class="bbMediaWrapper" data-media-site-id="youtube" data-media-key='
                         '"q7Rk2mWb0tE">\n\t<div class="bbMediaWrapper-inner">\n\t\t<iframe src="'
                         'https://www.youtube.com/embed/q7Rk2mWb0tE?wmode=opaque&start=0" width="'
                         '560" height="315" frameborder="0" allowfullscreen="true"></iframe>\n\t'
                         '</div>\n</div><br />\n<br />')
    if n == 1:
        img = f"/attachments/cabinet-{article.slug}-jpg.{int(article.slug) + 90311}/"
        top = (f"<b>{BYLINE}</b><br />\n<br />\n<div class=\"bbImageWrapper  js-lbImage\" "
               f'title="cabinet-{article.slug}.jpg"\n\t\tdata-src="{HOST}{img}" '
               f'data-lb-sidebar-href="" data-lb-caption-extra-html="" data-single-image="1">\n'
               f'\t\t<img src="{img}"\n\t\t\tdata-url=""\n\t\t\tclass="bbImage"\n\t\t\t'
               f'data-zoom-target="1"\n\t\t\tstyle=""\n\t\t\talt="cabinet-{article.slug}.jpg"\n'
               f'\t\t\ttitle="cabinet-{article.slug}.jpg"\n\t\t\twidth="1200" height="675" '
               f'loading="lazy" />\n\t</div><br />\n<i>{e(article.caption)}</i><br />\n<br />')
        end = f'<span style="font-size: 12px">{SOURCE[1]}</span>'
    elif n == 2:
        top = ""
        end = (f'المصدر: <a href="https://nabd-alkhaleej.example/news/{article.slug}" '
               f'target="_blank" class="link link--external" rel="nofollow ugc noopener">'
               f'{SOURCE[2].split(": ")[1]}</a>')
    else:
        top, end = f"<b>{INTRO}</b><br />\n<br />", e(QUESTION)
    return "\n".join(filter(None, [top, *lines, end]))


def _reply_bb(poster: str, quoted: str, text: str, tid: str) -> str:
    if not quoted:
        return e(text)
    return (f'<blockquote data-attributes="member: {USERS[poster][0]}" data-quote="{e(poster)}" '
            f'data-source="post: {tid}01"\n\tclass="bbCodeBlock bbCodeBlock--expandable '
            f'bbCodeBlock--quote js-expandWatch">\n\t\t<div class="bbCodeBlock-title">\n\t\t\t\t'
            f'<a href="/goto/post?id={tid}01"\n\t\t\t\t\tclass="bbCodeBlock-sourceJump"\n\t\t\t\t\t'
            f'rel="nofollow"\n\t\t\t\t\tdata-xf-click="attribution"\n\t\t\t\t\tdata-content-'
            f'selector="#post-{tid}01">{e(poster)} قال:</a>\n\t\t</div>\n\t<div class="bbCodeBlock-'
            f'content">\n\t\t<div class="bbCodeBlock-expandContent js-expandContent ">\n\t\t\t'
            f'{e(quoted)}\n\t\t</div>\n\t\t<div class="bbCodeBlock-expandLink js-expandLink"><a '
            f'role="button" tabindex="0">انقر للتوسيع...</a></div>\n\t</div>\n</blockquote>'
            f"{e(text)}")


def _page_nav(tid: str) -> str:
    return f"""<nav class="pageNavWrapper pageNavWrapper--mixed ">
<div class="pageNav  ">\n\t<ul class="pageNav-main">\n\t\t<li class="pageNav-page pageNav-page--current "><a href="/threads/{tid}/">1</a></li>\n\t\t<li class="pageNav-page "><a href="/threads/{tid}/page-2">2</a></li>\n\t</ul>\n\t<a href="/threads/{tid}/page-2" class="pageNav-jump pageNav-jump--next">التالي</a>\n</div>\n<div class="pageNavSimple">\n\t<a class="pageNavSimple-el pageNavSimple-el--current" data-xf-init="tooltip" title="انتقل إلى صفحة" role="button" tabindex="0" aria-expanded="false" aria-haspopup="true">1 من 2</a>
\t<a href="/threads/{tid}/page-2" class="pageNavSimple-el pageNavSimple-el--next">التالي <i aria-hidden="true"></i></a>\n</div>
</nav>"""


def _crumbs(where: str) -> str:
    items = "".join(f"""
\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">\n\t\t<a href="{href}" itemprop="item">\n\t\t\t<span itemprop="name">{label}</span>\n\t\t</a>\n\t\t<meta itemprop="position" content="{k}" />\n\t</li>
""" for k, (href, label) in enumerate((("/forums/", "المنتديات"), CATEGORY[::-1], FORUM[::-1]), 1))
    return f'\t\t<ul class="p-breadcrumbs {where}"\n\t\t\titemscope itemtype="https://schema.org/' \
           f'BreadcrumbList">{items}\n\t\t</ul>'


def _nav_el(href: str, label: str, nav_id: str, key: str, selected: bool = False) -> str:
    return (f'\t\t\t\t\t\t<li>\n\t<div class="p-navEl {"is-selected" if selected else ""}" >\n\t'
            f'<a href="{href}"\n\t\tclass="p-navEl-link "\n\t\tdata-xf-key="{key}"\n\t\t'
            f'data-nav-id="{nav_id}">{label}</a>\n\t</div>\n'
            f'\t\t\t\t\t\t</li>')


def _started(moment, k: int, days: int):
    """When the k-th similar thread was started."""
    return moment - timedelta(days=days, hours=5 * k + 3, minutes=17 * k)


def _similar(article: Article, tid: str) -> str:
    rows = []
    for k, (title, (user, days, replies, views)) in enumerate(zip(article.related, SIMILAR,
                                                                  strict=True)):
        other = int(tid) - 611 * (k + 1)
        when = _started(article.moment, k, days)
        rows.append(f"""		<div class="structItem structItem--thread js-inlineModContainer js-threadListItem-{other}" data-author="{e(user)}">
\t\t\t<div class="structItem-cell structItem-cell--icon">\n\t\t\t\t<div class="structItem-iconContainer">\n\t\t\t\t\t{_avatar(user, "s")}\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">\n\t\t\t\t<div class="structItem-title">\n\t\t\t\t\t<a href="/threads/{other}/" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="/threads/{other}/preview">{e(title)}</a>\n\t\t\t\t</div>\n\t\t\t\t<div class="structItem-minor">
\t\t\t\t\t<ul class="structItem-parts">\n\t\t\t\t\t\t<li>{_username(user)}</li>\n\t\t\t\t\t\t<li class="structItem-startDate"><a href="/threads/{other}/" rel="nofollow">{_time(when)}</a></li>\n\t\t\t\t\t\t<li><a href="{FORUM[1]}">{FORUM[0]}</a></li>\n\t\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t<div class="structItem-cell structItem-cell--meta" title="مستوى التفاعل مع المشاركة الأولى: {int(replies) * 3 + 2}">\n\t\t\t\t<dl class="pairs pairs--justified"><dt>الردود</dt><dd>{replies}</dd></dl>\n\t\t\t\t<dl class="pairs pairs--justified structItem-minor"><dt>المشاهدات</dt><dd>{views}</dd></dl>
\t\t\t</div>
		</div>""")
    return "\n".join(rows)


def render(article: Article, n: int) -> Page:
    moment, tid = article.moment, article.slug
    url = f"{HOST}/threads/{tid}/"
    poster = POSTER[n]
    page = Page(url=url, html="", shown_date=_date(moment))
    page.add(*LABELS, *(x[1] for x in NAV + SECTION + FOOTER), *SHARE, NOSCRIPT,
             CATEGORY[0], FORUM[0], *article.tags, poster, _date(moment), "#1", SIGNATURE,
             REACTED[n], *(x for pair in STATS for x in pair))
    page.add(*{1: (BYLINE, article.caption, SOURCE[1]), 2: (SOURCE[2],),
               3: (INTRO, QUESTION)}[n])
    users = [poster] + [r[0] for r in REPLIES[n]]
    for user in users:
        page.add(user, *USERS[user][1:3], *ANCHORS, *USERS[user][3:6])
    posts = [_post(int(f"{tid}01"), 1, poster, moment, _story(article, n), REACTED[n], tid, True)]
    for k, (user, minutes, text, quoted, reacted) in enumerate(REPLIES[n], 2):
        when = moment + timedelta(minutes=minutes)
        page.add(_date(when), f"#{k}", text, reacted, f"{poster} قال:" if quoted else "",
                 "انقر للتوسيع..." if quoted else "")
        posts.append(_post(int(f"{tid}{k:02d}"), k, user, when, _reply_bb(poster, quoted, text,
                                                                         tid), reacted, tid, False))
    for k, (title, (user, days, replies, views)) in enumerate(zip(article.related, SIMILAR,
                                                                  strict=True)):
        page.add(title, user, _date(_started(moment, k, days)), replies, views)
    if n == 1:
        page.add("التالي", "1 من 2")
    nav = _page_nav(tid) if n == 1 else ""
    plain = " ".join(([BYLINE, article.caption] if n == 1 else [INTRO] if n == 3 else [])
                     + [article.lead, *article.paragraphs])
    snippet = plain[:220].rsplit(" ", 1)[0] + "..."
    utc = moment.astimezone(UTC)
    last = moment + timedelta(minutes=REPLIES[n][-1][1])
    ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "@id": url,
          "headline": article.headline, "articleBody": snippet, "articleSection": FORUM[0],
          "author": {"@type": "Person", "name": poster},
          "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
          "dateModified": f"{last.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00",
          "image": f"{HOST}/data/avatars/l/0/{USERS[poster][0]}.jpg?1683021544",
          "interactionStatistic": {"@type": "InteractionCounter",
                                   "interactionType": "https://schema.org/ReplyAction",
                                   "userInteractionCount": len(REPLIES[n]) + (20 if n == 1 else 0)}}
    tags = "\n".join(f'\t\t\t\t\t<a href="/tags/{e(t.replace(" ", "-"))}/" class="tagItem tagItem--'
                     f'tag_{k}" dir="auto">\n\t\t\t\t\t\t{e(t)}\n\t\t\t\t\t</a>'
                     for k, t in enumerate(article.tags, 1))
    stats = "\n".join(f"\t\t\t<dl class=\"pairs pairs--justified\">\n\t\t\t\t<dt>{k}</dt>\n"
                      f"\t\t\t\t<dd>{v}</dd>\n\t\t\t</dl>" for k, v in STATS)
    share = "\n".join(f'\t\t\t\t<a class="shareButtons-button shareButtons-button--brand shareButt'
                      f'ons-button--{s[0].lower()}{s[1:]}" data-href="{href}">\n\t\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t\t<span>{s}</span>'
                      f'\n\t\t\t\t</a>' for s, href in SHARE.items() if href)
    page.html = f"""<!DOCTYPE html>\n<html id="XF" lang="ar-SA" dir="RTL"\n\tdata-app="public"\n\tdata-template="thread_view"\n\tdata-container-key="node-14"\n\tdata-content-key="thread-{tid}"
\tdata-logged-in="false"\n\tdata-cookie-prefix="xf_"\n\tdata-csrf="{int(utc.timestamp()) + 86400 * 40},6f0c2b9d41e85a7c3b1d9e0f4a6c2e71"\n\tclass="has-no-js template-thread_view"\n\t data-run-jobs="">\n<head>\n\t<meta charset="utf-8" />\n\t<meta http-equiv="X-UA-Compatible" content="IE=Edge" />\n\t<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n\t<title>{e(article.headline)} | {SITE}</title>\n\t<link rel="manifest" href="/webmanifest.php">\n\t\t<meta name="theme-color" content="#1f5e4a" />\n\t<meta name="apple-mobile-web-app-title" content="أخبار الخليج">\n\t\t<link rel="apple-touch-icon" href="/styles/default/xenforo/logo-192.png">
\t\t<meta name="description" content="{e(snippet)}" />\n\t\t<meta property="og:description" content="{e(snippet)}" />\n\t\t<meta property="twitter:description" content="{e(snippet)}" />\n\t\t<link rel="canonical" href="{url}" />\n\t<meta property="og:site_name" content="{SITE}" />\n\t<meta property="og:type" content="website" />\n\t\t<meta property="og:title" content="{e(article.headline)}" />\n\t\t<meta property="twitter:title" content="{e(article.headline)}" />\n\t<meta property="og:url" content="{url}" />\n\t\t<meta property="og:image" content="{HOST}/styles/default/xenforo/og-logo.png" />\n\t\t<meta property="twitter:card" content="summary" />\n\t\t<link rel="preload" href="/styles/fonts/fa/fa-regular-400.woff2?_v=5.15.3" as="font" type="font/woff2" crossorigin="anonymous" />\n\t<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp.less&amp;s=1&amp;l=2&amp;d=1714995620&amp;k=0b1f3a7e55c2d94e8a16c0f7d3b2a9e4c6f18d20" />\n\t<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Alightbox.less%2Cpublic%3Amessage.less%2Cpublic%3Ashare_controls.less%2Cpublic%3Astructured_list.less%2Cpublic%3Aextra.less&amp;s=1&amp;l=2&amp;d=1714995620&amp;k=7d2e90c4a1b3f5e6d8c7b9a0e1f2d3c4b5a69788" />
\t\t<script src="/js/xf/preamble.min.js?_v=9c1d7e3a"></script>\n\t\t<link rel="icon" type="image/png" href="{HOST}/favicon-32.png" sizes="32x32" />\n</head>\n<body data-template="thread_view">\n\n<div class="p-pageWrapper" id="top">\n\n<header class="p-header" id="header">\n\t<div class="p-header-inner">\n\t\t<div class="p-header-content">\n\t\t\t<div class="p-header-logo p-header-logo--image">\n\t\t\t\t<a href="/">\n\t\t\t\t\t<img src="/styles/default/xenforo/logo-akhbar.png" srcset="/styles/default/xenforo/logo-akhbar-2x.png 2x" alt="{SITE}" width="220" height="40" />\n\t\t\t\t</a>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</header>
\n\t<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">\n\t<nav class="p-nav">\n\t\t<div class="p-nav-inner">\n\t\t\t<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="القائمة"><span class="button-text">\n\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t</span></button>\n\t\t\t<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected">\n\t\t\t\t<div class="hScroller-scroll">\n\t\t\t\t\t<ul class="p-nav-list js-offCanvasNavSource">
{chr(10).join(_nav_el(h, t, i, str(k), k == 2) for k, (h, t, i) in enumerate(NAV, 1))}\n\t\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t<div class="p-nav-opposite">\n\t\t\t\t<div class="p-navgroup p-account p-navgroup--guest">\n\t\t\t\t\t\t<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on">\n\t\t\t\t\t\t\t<span class="p-navgroup-linkText">تسجيل الدخول</span>\n\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t<a href="/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on">\n\t\t\t\t\t\t\t\t<span class="p-navgroup-linkText">تسجيل</span>\n\t\t\t\t\t\t\t</a>\n\t\t\t\t</div>
\t\t\t\t<div class="p-navgroup p-discovery">\n\t\t\t\t\t<a href="/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="ما الجديد" title="ما الجديد">\n\t\t\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t\t\t<span class="p-navgroup-linkText">ما الجديد</span>\n\t\t\t\t\t</a>\n\t\t\t\t\t\t<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="بحث" aria-expanded="false" aria-haspopup="true" title="بحث">
\t\t\t\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t\t\t\t<span class="p-navgroup-linkText">بحث</span>\n\t\t\t\t\t\t</a>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</nav>\n\t</div>\n\t\t<div class="p-sectionLinks">\n\t\t\t<div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller">\n\t\t\t\t<div class="hScroller-scroll">\n\t\t\t\t\t<ul class="p-sectionLinks-list">\n{chr(10).join(_nav_el(h, t, i, f"alt+{k}") for k, (h, t, i) in enumerate(SECTION, 1))}\n\t\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\n<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation">
\t<div class="offCanvasMenu-backdrop" data-menu-close="true"></div>\n\t<div class="offCanvasMenu-content">\n\t\t<div class="offCanvasMenu-header">\n\t\t\tالقائمة\n\t\t\t<a class="offCanvasMenu-closer" data-menu-close="true" role="button" tabindex="0" aria-label="إغلاق"></a>\n\t\t</div>\n\t\t<div class="js-offCanvasNavTarget"></div>\n\t</div>\n</div>\n\n<div class="p-body">\n\t<div class="p-body-inner">\n\t\t<!--XF:EXTRA_OUTPUT-->\n{_crumbs("")}\n\n\t<noscript class="js-jsWarning"><div class="blockMessage blockMessage--important blockMessage--iconic u-noJsOnly">{NOSCRIPT}</div></noscript>\n\n\t\t\t<div class="p-body-header">\n\t\t\t\t\t<div class="p-title ">
\t\t\t\t\t\t\t<h1 class="p-title-value">{e(article.headline)}</h1>\n\t\t\t\t\t</div>\n\t\t\t\t\t<div class="p-description">\n\t<ul class="listInline listInline--bullet">\n\t\t<li>\n\t\t\t<i class="fa--xf far fa-user" aria-hidden="true" title="كاتب الموضوع"></i>\n\t\t\t<span class="u-srOnly">كاتب الموضوع</span>\n\n\t\t\t{_username(poster, " u-concealed")}\n\t\t</li>\n\t\t<li>\n\t\t\t<i class="fa--xf far fa-clock" aria-hidden="true" title="تاريخ البدء"></i>\n\t\t\t<span class="u-srOnly">تاريخ البدء</span>\n
\t\t\t<a href="/threads/{tid}/" class="u-concealed">{_time(moment)}</a>\n\t\t</li>\n\t\t\t<li>\n\t\t\t\t<i class="fa--xf far fa-tags" aria-hidden="true" title="الوسوم"></i>\n\t\t\t\t<span class="u-srOnly">الوسوم</span>\n\t\t\t\t<span class="js-tagList">\n{tags}\n\t\t\t\t</span>\n\t\t\t</li>\n\t</ul>\n</div>\n\t\t\t</div>\n\n\t\t<div class="p-body-main p-body-main--withSidebar ">\n\t\t\t<div class="p-body-content">\n\t\t\t\t<div class="p-body-pageContent">\n<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" data-search-target="*">\n\t<span class="u-anchorTarget" id="posts"></span>\n\t<div class="block-outer">{nav}</div>
\t<div class="block-outer js-threadStatusField"></div>\n\t<div class="block-container lbContainer"\n\t\tdata-xf-init="lightbox select-to-quote"\n\t\tdata-message-selector=".js-post"\n\t\tdata-lb-id="thread-{tid}"\n\t\tdata-lb-universal="0">\n\t\t<div class="block-body js-replyNewMessageContainer">\n{"".join(posts)}\n\t\t</div>\n\t</div>\n\t\t<div class="block-outer block-outer--after">\n\t\t\t{nav}\n\t\t\t\t<div class="block-outer-opposite">\n\t\t\t\t\t<a href="/login/" class="button--link button--wrap button" data-xf-click="overlay"><span class="button-text">
\t\t\t\t\t\tيجب عليك تسجيل الدخول أو التسجيل للرد هنا.\n\t\t\t\t\t</span></a>\n\t\t\t\t</div>\n\t\t</div>\n</div>\n\n<div class="blockMessage blockMessage--none">\n\t\t<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" data-page-title="" data-page-desc="" data-page-image="">\n\t\t\t\t<span class="shareButtons-label">مشاركة:</span>\n\t\t\t<div class="shareButtons-buttons">\n{share}\n\t\t\t\t<a class="shareButtons-button shareButtons-button--email" data-href="mailto:?subject={{title}}&amp;body={{url}}">
\t\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t\t<span>البريد الإلكتروني</span>\n\t\t\t\t</a>\n\t\t\t\t<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="{{url}}">\n\t\t\t\t\t<i aria-hidden="true"></i>\n\t\t\t\t\t<span>رابط</span>\n\t\t\t\t</a>\n\t\t\t</div>\n\t\t</div>\n</div>\n\n<div class="block" data-widget-id="21" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" data-widget-definition="xfes_similar_threads">\n\t<div class="block-container">\n\t\t<h3 class="block-header">المواضيع المشابهة</h3>\n\t\t<div class="block-body">\n\t\t\t<div class="structItemContainer">\n{_similar(article, tid)}\n\t\t\t</div>
\t\t</div>\n\t</div>\n</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t\t<div class="p-body-sidebar">\n<div class="block" data-widget-id="9" data-widget-key="forum_overview_forum_statistics" data-widget-definition="forum_statistics">\n\t<div class="block-container">\n\t\t<h3 class="block-minorHeader">إحصائيات المنتدى</h3>\n\t\t<div class="block-body block-row">\n{stats.replace("<dd>عبدالعزيز_ش", '<dd><a href="/members/36201/" class="username " dir="auto" data-user-id="36201" data-xf-init="member-tooltip">عبدالعزيز_ش</a>')}
\t\t</div>\n\t</div>\n</div>\n\t\t\t\t</div>\n\t\t</div>\n{_crumbs("p-breadcrumbs--bottom")}\n\t</div>\n</div>\n\n<footer class="p-footer" id="footer">\n\t<div class="p-footer-inner">\n\t\t<div class="p-footer-row">\n\t\t\t\t<div class="p-footer-row-main">\n\t\t\t\t\t<ul class="p-footer-linkList">\n\t\t\t\t\t\t\t<li><a href="/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="اختيار النمط" rel="nofollow">\n\t\t\t\t\t\t\t\t<i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> النمط الافتراضي\n\t\t\t\t\t\t\t</a></li>\n\t\t\t\t\t\t\t<li><a href="/misc/language" data-xf-click="overlay" data-xf-init="tooltip" title="اختيار اللغة" rel="nofollow">
\t\t\t\t\t\t\t\t<i class="fa--xf far fa-globe" aria-hidden="true"></i> العربية (AR)</a></li>\n\t\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t<div class="p-footer-row-opposite">\n\t\t\t\t<ul class="p-footer-linkList">\n{chr(10).join(f'					<li><a href="{h}">{t}</a></li>' for h, t in FOOTER)}\n\t\t\t\t\t\t<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>\n\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</div>\n\t\t\t<div class="p-footer-copyright">\n\t\t\t\t\t<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2024 XenForo Ltd.</span></a>
\t\t\t</div>\n\t</div>\n</footer>\n</div> <!-- closing p-pageWrapper -->\n\n<div class="u-bottomFixer js-bottomFixTarget">\n</div>\n<div class="u-navButtons js-navButtons" data-trigger-type="up">\n\t<button type="button" class="button--scroll button"><span class="button-text"><i class="fa--xf far fa-arrow-left" aria-hidden="true"></i><span class="u-srOnly">رجوع</span></span></button>\n</div>\n\t<div class="u-scrollButtons js-scrollButtons" data-trigger-type="up">\n\t\t<button type="button" class="button--scroll button" data-xf-click="scroll-to" data-target=".p-pageWrapper"><span class="button-text"><i class="fa--xf far fa-arrow-up" aria-hidden="true"></i><span class="u-srOnly">أعلى</span></span></button>
\t</div>\n\n\t<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=9c1d7e3a"></script>\n\t<script src="/js/vendor/vendor-compiled.js?_v=9c1d7e3a"></script>\n\t<script src="/js/xf/core-compiled.js?_v=9c1d7e3a"></script>\n\t<script>\n\t\tjQuery.extend(true, XF.config, {{"userId": 0, "enablePush": false, "url": {{"fullBase": "{HOST}/", "basePath": "/", "css": "/css.php?css=__SENTINEL__&s=1&l=2&d=1714995620"}}, "cookie": {{"path": "/", "domain": "", "prefix": "xf_", "secure": true}}, "visitorCounts": {{"conversations_unread": "0", "alerts_unviewed": "0"}}}});
\t\tjQuery.extend(XF.phrases, {{"date_x_at_time_y": "{{date}} في {{time}}", "day_x_at_time_y": "{{day}} في {{time}}", "yesterday_at_x": "أمس في {{time}}"}});\n\t</script>\n\t<form style="display:none" hidden="hidden">\n\t\t<input type="text" name="_xfClientLoadTime" value="" id="_xfClientLoadTime" title="_xfClientLoadTime" tabindex="-1" />\n\t</form>\n\t<script type="application/ld+json">\n\t{json.dumps(ld, ensure_ascii=False, indent=4)}
\t</script>\n</body>\n</html>\n"""
    page.add("رجوع", "أعلى")
    return page
