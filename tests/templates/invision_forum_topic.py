"""An Iraqi discussion forum on Invision Community 4.x ("منتديات شبكة الرافدين"): a topic in
one of its news forums where a member reposts a story from an Iraqi outlet and others reply,
as IPS serves it to a guest. URLs are `/topic/<id>-<slug>/` with the Arabic title kept in the
slug (percent-encoded). The head: `<title>` "headline - forum - site", IPS's includeMeta
block (tab-indented og/twitter tags, description = the first post cut with "...",
`og:updated_time` in UTC, keywords from the tags, canonical, manifest), the css_built_*
stylesheets, the `ipsSettings` inline script, root_library/global_core scripts, the
`ips.setSetting( 'date_format', jQuery.parseJSON(...) )` block, and PHP-style pretty-printed
JSON-LD (WebSite, BreadcrumbList, DiscussionForumPosting with `\\/` and `\\uXXXX` escapes,
dates as "+0000"). The body: `body.ipsApp ipsApp_front ipsJS_none`, the "الانتقال إلى المحتوى"
jump link, `#ipsLayout_header` (logo, the guest `#elUserNav` with its hidden sign-in menu,
the navBar "تصفح / النشاطات" with secondary items, quick search), `#elMobileNav`, the top
`nav.ipsBreadcrumb` (الرئيسية > category > forum > title) and its "كل النشاطات" stream link,
then `div.ipsPageHeader`: `h1.ipsType_pageTitle ipsContained_container`, `ul.ipsTags`,
"بواسطة <member>" and "<date> في <forum>", share menu and follow button; the tool list
("الرد على هذا الموضوع", "بدء موضوع جديد"); `#comments` with the hidden
`div.ipsRecommendedComments` heading "المشاركات المُوصى بها" and `#elPostFeed` of
`article.cPost` posts: `cAuthorPane_mobile` and `aside.cAuthorPane` (name, group, post count,
"المحافظة: ..." custom field), `ipsComment_meta` with "نشر <time>" whose `datetime` is UTC
("...Z") while the text is the forum's Baghdad day in Arabic-Indic digits and Iraqi month
names ("١٦ نيسان ٢٠٢٤"), `data-role="commentContent"` CKEditor HTML (`<p>\\n\\t...\\n</p>`,
`&nbsp;` spacer paragraphs), the reaction blurb ("X، Y و 3 آخرين" plus counts), quote
controls, member signatures and the hidden per-post share menu. Page 1's post opens with the
headline in bold, a lazy-loaded attachment image with a grey italic caption line, bolds a
phrase and ends "المصدر: <link>"; page 2 (posted 00:40 Baghdad, so every UTC stamp is the day
before) links the weather authority inline, embeds a lazy YouTube iframe and ends "منقول", a
reply quotes a story sentence in `blockquote.ipsQuote`; page 3 opens with the byline
"تقرير: زينب الربيعي – صحيفة الفرات اليوم" (the only page naming the writer), has a bold
sized subheading paragraph, ends with the poster's question and carries the "تم التعديل"
edit line, "(معدل)" and a mention reply. After the feed: the "الذهاب إلى قائمة المواضيع" pager,
the guest reply box ("انضم إلى النقاش", post now and register later, moderator-approval note,
"أضف ردًا على هذا الموضوع..."), the phone-only share/follow box, the "محتوى مشابه" widget
(related topics with poster, date and reply count), the bottom breadcrumb, footer links,
"Powered by Invision Community" copyright and the guest terms bar. All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

from .base import LEVANTINE, Article, Page, e, indic

NAME = "invision_forum_topic"
HELD_OUT = True
SET = "unseen22"
FAMILY = "Invision Community 4.x forum topic (Iraqi forum) reposting a news story: cPost/cAuthorPane posts, UTC datetime vs Baghdad Arabic-Indic dates, reactions, signatures, replies, similar content"
HOST = "https://ips-forum-iq.example"
SITE = "منتديات شبكة الرافدين"
LOCAL = timedelta(hours=3)
V = "b7e41c09d2"
CATEGORY = ("الأقسام العامة", "/forum/3-الأقسام-العامة/")
FORUM_IDS = {"أخبار العراق": 12, "الزراعة والاقتصاد": 27}
# name: (member id, group, post count, province, signature)
MEMBERS = {
    "ابو يوسف الموصلي": (2231, "أعضاء مميزون", "847", "نينوى", "﴿ وَقُل رَّبِّ زِدْنِي عِلْمًا ﴾"),
    "نور الهدى": (4410, "الأعضاء", "156", "بغداد", "اللهم احفظ العراق وأهله"),
    "ابو مصطفى النجفي": (917, "المشرفون", "3.1k", "النجف", "مشرف قسم الزراعة والاقتصاد"),
    "حيدر الكعبي": (3378, "الأعضاء", "412", "البصرة", ""),
    "سيف الدين علي": (5102, "الأعضاء", "63", "نينوى", ""),
    "ام زهراء": (2860, "أعضاء مميزون", "905", "كربلاء", "لا تنسونا من صالح دعائكم"),
    "مهند العبيدي": (4987, "الأعضاء", "238", "دهوك", ""),
    "كرار الحسيني": (3914, "الأعضاء", "571", "النجف", ""),
}
POSTERS = {1: "ابو يوسف الموصلي", 2: "نور الهدى", 3: "ابو مصطفى النجفي"}
# the first post's reactions: (names shown, others, ((reaction, count), ...))
FIRST_REACT = {1: (("حيدر الكعبي", "ام زهراء"), 11, (("like", 9), ("thanks", 4))),
               2: (("مهند العبيدي",), 0, (("thanks", 1),)),
               3: (("كرار الحسيني", "ام زهراء"), 4, (("like", 5), ("thanks", 1)))}
REACTIONS = {"like": (1, "أعجبني"), "thanks": (2, "شكر")}
# (member, minutes after the story, reacted by (name or ""), text)
REPLIES = {
    1: (("سيف الدين علي", 48, "ابو يوسف الموصلي", "الحمد لله أخيراً رجع الجسر، عبرته العصر والطريق صار أسهل بكثير من قبل."),
        ("حيدر الكعبي", 95, "", "ننتظر الجسر الرابع هم، الزحام على الخامس ما يتحمل خصوصاً وقت الدوام."),
        ("ام زهراء", 410, "", "شكراً على النقل اخوي، الله يحفظ الموصل وأهلها 🌹")),
    2: (("مهند العبيدي", 35, "نور الهدى", "الله يستر على أهلنا بالقرى الجبلية، البرد هناك ما ينطاق."),
        ("كرار الحسيني", 520, "", "البارحة بالليل الضباب كان كثيف كلش على طريق الحلة، انتبهوا بالسياقة.")),
    3: (("كرار الحسيني", 22, "ابو مصطفى النجفي", "العنبر المشخابي ما يعلى عليه، بس السعر صار نار على الناس."),
        ("حيدر الكعبي", 140, "", "المشكلة دائماً بالتسويق والمستحقات، الفلاح يتعب وما ياخذ حقه بوقته."),
        ("ام زهراء", 1300, "", "موضوع مفيد، مشكورين على المتابعة.")),
}
LIKES = {1: 4, 2: 2, 3: 3}  # likes on the first reply
QUOTED = {2: (0, "نور الهدى", "الصغرى قد تصل إلى ثلاث درجات تحت الصفر في المناطق الجبلية")}
MENTION = {3: 2}  # page: reply index that opens with @poster
BOLD = {1: (2, "ثلاث فضاءات")}
LINKED = {2: (0, "الهيئة العامة للأنواء الجوية والرصد الزلزالي", "https://meteo-iq.example/forecast/daily")}
SOURCE = {1: ("المصدر:", "شبكة نينوى الإخبارية", "https://ninawa-news.example/local/2024/04/shuhada-bridge")}
BYLINE = {3: "تقرير: زينب الربيعي – صحيفة الفرات اليوم"}
SUBHEAD = {3: "أسعار مرتفعة ومخاوف من التسويق"}
CLOSER = {2: "منقول", 3: "شلون تشوفون الموسم هالسنة يا جماعة؟"}
EDIT = {3: (75, "إضافة اسم كاتبة التقرير")}
STATS = {1: ("1,920", "5"), 2: ("688", "1"), 3: ("1,143", "2")}  # views, followers
SIMILAR = (("ام زهراء", 41, "14"), ("حيدر الكعبي", 96, "9"), ("مهند العبيدي", 180, "23"))
NAV = (("تصفح", ((f"{HOST}/", "المنتديات"), (f"{HOST}/staff/", "فريق العمل"),
                  (f"{HOST}/guidelines/", "إرشادات"), (f"{HOST}/online/?filter=filter_all", "المتواجدون الآن"))),
       ("النشاطات", ((f"{HOST}/discover/", "كل النشاطات"), (f"{HOST}/search/", "البحث"))))
SIGN_IN = ("مستخدم مسجل؟ تسجيل الدخول", "تسجيل الدخول", "تذكرني", "غير مستحسن على أجهزة الكمبيوتر المشتركة",
           "نسيت كلمة المرور؟", "إنشاء حساب")
GUEST_BOX = ("انضم إلى النقاش", "يمكنك النشر الآن والتسجيل لاحقاً. إذا كان لديك حساب، سجّل دخولك الآن لتنشر باسم حسابك.",
             "ملاحظة: ستحتاج مشاركتك إلى موافقة المشرف قبل أن تظهر.", "أضف ردًا على هذا الموضوع...", "إرسال الرد")
TERMS = ("معلومات هامة", "باستمرارك في استخدام هذا الموقع فإنك توافق على شروط الاستخدام وسياسة الخصوصية. لقد وضعنا ملفات تعريف الارتباط على جهازك لتحسين تجربتك.", "أوافق")
FOOTER = ("سياسة الخصوصية", "اتصل بنا", "ملفات تعريف الارتباط", "© 2009 - 2025 منتديات شبكة الرافدين", "Powered by Invision Community")
LABELS = ("الانتقال إلى المحتوى", "الرئيسية", "المزيد", "مشاركة", "خيارات مشاركة أكثر...", "المتابعين",
          "الرد على هذا الموضوع", "بدء موضوع جديد", "المشاركات المُوصى بها", "اقتباس", "رابط المشاركة",
          "المشاركة خارجياً", "الذهاب إلى قائمة المواضيع", "محتوى مشابه")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(UTC) + LOCAL


def _shown(moment: datetime) -> str:
    """ICU's long date for ar_IQ: "١٦ نيسان ٢٠٢٤" (Iraqi month names, Arabic-Indic digits)."""
    t = _local(moment)
    return indic(f"{t.day} {LEVANTINE[t.month - 1]} {t.year}")


def _time(moment: datetime) -> str:
    t = _local(moment)
    stamp = indic(f"{t.day}/{t.month}/{t.year} {t.hour % 12 or 12}:{t:%M}")
    return (f"<time datetime='{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}' title='{stamp} "
            f"{'ص' if t.hour < 12 else 'م'}' data-short='{indic('1')} سنة'>{_shown(moment)}</time>")


def _iso(moment: datetime) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+0000"


def _seo(text: str) -> str:
    words = "".join(c if c.isalnum() or c.isspace() else " " for c in text).split()
    return quote("-".join(words).lower(), safe="-")


def _profile(name: str) -> str:
    return f"{HOST}/profile/{MEMBERS[name][0]}-{_seo(name)}/"


def _photo(name: str, size: str) -> str:
    return (f"<a href=\"{_profile(name)}\" rel=\"nofollow\" data-ipsHover data-ipsHover-width=\"370\" data-ipsHover-target=\"{_profile(name)}?do=hovercard\" class=\"ipsUserPhoto ipsUserPhoto_{size}\" title=\"الذهاب الى صفحة {e(name)} الشخصية\">\n"
            f"\t\t<img src='{HOST}/uploads/monthly_2023_11/{MEMBERS[name][0]}.thumb.jpg.5c1f0e27d8.jpg' alt='{e(name)}' loading=\"lazy\">\n\t</a>")


def _link(name: str) -> str:
    return (f"<a href='{_profile(name)}' rel=\"nofollow\" data-ipsHover data-ipsHover-width='370' data-ipsHover-target='{_profile(name)}?do=hovercard' "
            f"title=\"الذهاب الى صفحة {e(name)} الشخصية\" class=\"ipsType_break\">{e(name)}</a>")


def _p(inner: str) -> str:
    return f"<p>\n\t{inner}\n</p>\n\n"


def _who(names: tuple[str, ...], others: int) -> str:
    text = "، ".join(names)
    return f"{text} و {others} آخرين" if others else text


def _reactions(page: Page, url: str, names: tuple[str, ...], others: int, counts) -> str:
    if not names:
        return ""
    who = "، ".join(_link(n) for n in names) + (f" و <a href='{url}' data-ipsDialog>{others} آخرين</a>" if others else "")
    page.add(_who(names, others), *(str(c) for _, c in counts))
    items = "".join(f"""\n\t\t\t\t\t<li class='ipsReact_reactCount'>\n\t\t\t\t\t\t<a href='{url}&amp;reaction={REACTIONS[r][0]}' data-ipsDialog data-ipsDialog-size='medium' data-ipsTooltip title="مشاهدة من تفاعل مع {REACTIONS[r][1]}">\n\t\t\t\t\t\t\t<span><img src='{HOST}/uploads/reactions/react_{r}.png' alt="{REACTIONS[r][1]}" loading="lazy"></span>\n\t\t\t\t\t\t\t<span>{c}</span>\n\t\t\t\t\t\t</a>
\t\t\t\t\t</li>""" for r, c in counts)
    return f"""\n\t<div data-controller='core.front.core.reaction' class='ipsItemControls_right ipsClearfix '>\n\t\t<div class='ipsReact ipsPos_right'>\n\t\t\t<div class='ipsReact_blurb ' data-role='reactionBlurb'>\n\t\t\t\t<ul class='ipsReact_reactions'>\n\t\t\t\t\t<li class="ipsReact_overview ipsType_blendLinks">{who}</li>{items}\n\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</div>\n\t</div>"""


def _post(page: Page, topic_url: str, tid: str, pid: int, name: str, moment: datetime, content: str,
          react: tuple, first: bool, edited: str = "") -> str:
    mid, group, posts, province, signature = MEMBERS[name]
    find = f"{topic_url}?do=findComment&amp;comment={pid}"
    share = topic_url if first else find.replace("&amp;", "&")
    page.add(name, f"نشر {_shown(moment)}", group, posts, f"المحافظة: {province}", signature, share)
    if edited:
        page.add("(معدل)")
    quote_data = e(json.dumps({"userid": mid, "username": name, "timestamp": int(moment.timestamp()), "contentapp": "forums",
                               "contenttype": "forums", "contentid": int(tid), "contentclass": "forums_Topic",
                               "contentcommentid": pid}, separators=(",", ":")).replace("/", "\\/"))
    sig = (f"\n\t\t\t<div data-role=\"memberSignature\" class='ipsResponsive_hidePhone ipsBorder_top ipsPadding_vertical'>\n"
           f"\t\t\t\t<div class='ipsType_light ipsType_richText' data-ipsLazyLoad>\n\t\t\t\t\t<p style=\"text-align:center;\">{e(signature)}</p>\n\t\t\t\t</div>\n\t\t\t</div>") if signature else ""
    return f"""<a id='findComment-{pid}'></a>\n<a id='comment-{pid}'></a>\n<article  id='elComment_{pid}' class='cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone    '>\n\t<div class='cAuthorPane_mobile ipsResponsive_showPhone'>\n\t\t<div class='cAuthorPane_photo'>\n\t\t\t<div class='cAuthorPane_photoWrap'>\n\t\t\t\t{_photo(name, 'large')}
\t\t\t</div>\n\t\t</div>\n\t\t<div class='cAuthorPane_content'>\n\t\t\t<h3 class='ipsType_sectionHead cAuthorPane_author ipsType_break ipsType_blendLinks ipsFlex ipsFlex-ai:center'>\n\t\t\t\t{_link(name)}\n\t\t\t</h3>\n\t\t\t<div class='ipsType_light ipsType_reset'>\n\t\t\t    <a href='{find}' rel="nofollow" class='ipsType_blendLinks'>نشر {_time(moment)}</a>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n\t<aside class='ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone'>
\t\t<h3 class='ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break'><strong>{_link(name)}</strong>\n\t\t</h3>\n\t\t<ul class='cAuthorPane_info ipsList_reset'>\n\t\t\t<li data-role='photo' class='cAuthorPane_photo'>\n\t\t\t\t<div class='cAuthorPane_photoWrap'>\n\t\t\t\t\t{_photo(name, 'large')}\n\t\t\t\t</div>\n\t\t\t</li>\n\t\t\t<li data-role='group'>{group}</li>\n\t\t\t<li data-role='stats' class='ipsMargin_top'>
\t\t\t\t<ul class="ipsList_reset ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap_row:2 cAuthorPane_stats">\n\t\t\t\t\t<li>\n\t\t\t\t\t\t<a href="{_profile(name)}content/" rel="nofollow" title="{posts} مشاركة" data-ipsTooltip class="ipsType_blendLinks">\n\t\t\t\t\t\t\t<i class="fa fa-comment"></i> {posts}\n\t\t\t\t\t\t</a>\n\t\t\t\t\t</li>\n\t\t\t\t</ul>\n\t\t\t</li>\n\t\t\t<li data-role='custom-field' class='ipsResponsive_hidePhone ipsType_break'>
<span class='ft'>المحافظة: </span><span class='fc'>{province}</span>\n\t\t\t</li>\n\t\t</ul>\n\t</aside>\n\t<div class='ipsColumn ipsColumn_fluid ipsMargin:none'>\n<div id='comment-{pid}_wrap' data-controller='core.front.core.comment' data-commentApp='forums' data-commentType='forums' data-commentID="{pid}" data-quoteData='{quote_data}' class='ipsComment_content ipsType_medium'>\n\t<div class='ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse'>
\t\t<div class='ipsType_light ipsType_reset ipsType_blendLinks ipsComment_toolWrap'>\n\t\t\t<div class='ipsResponsive_hidePhone ipsComment_badges'>\n\t\t\t\t<ul class='ipsList_reset ipsFlex ipsFlex-jc:end ipsFlex-fw:wrap ipsGap:2 ipsGap_row:1'>\n\t\t\t\t</ul>\n\t\t\t</div>\n\t\t\t<ul class='ipsList_reset ipsComment_tools'>\n\t\t\t\t<li>\n\t\t\t\t\t<a href='#elControls_{pid}_menu' class='ipsComment_ellipsis' id='elControls_{pid}' title='خيارات أكثر...' data-ipsMenu data-ipsMenu-appendTo='#comment-{pid}_wrap'><i class='fa fa-ellipsis-h'></i></a>
\t\t\t\t\t<ul id='elControls_{pid}_menu' class='ipsMenu ipsMenu_narrow ipsHide'>\n\t\t\t\t\t\t<li class='ipsMenu_item'><a href='{topic_url if first else find}' title='مشاركة هذه المشاركة' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-content='#elShareComment_{pid}_menu' data-ipsDialog-title="مشاركة هذه المشاركة" id='elSharePost_{pid}' data-role='shareComment'>مشاركة</a></li>\n\t\t\t\t\t</ul>
\t\t\t\t</li>\n\t\t\t</ul>\n\t\t</div>\n\n\t\t<div class='ipsType_reset ipsResponsive_hidePhone'>\n\t\t    <a href='{find}' rel="nofollow" class='ipsType_blendLinks'>\n\t\t   نشر {_time(moment)}\n\t\t   </a>\n\t\t\t<span class='ipsResponsive_hidePhone'>\n\t\t\t\t{"(معدل)" if edited else ""}\n\t\t\t</span>\n\t\t</div>\n\t</div>\n\n\t<div class='cPost_contentWrap'>\n\t\t<div data-role='commentContent' class='ipsType_normal ipsType_richText ipsPadding_bottom ipsContained' data-controller='core.front.core.lightboxedImages'>
\t\t\t{content}{edited}\n\t\t</div>\n\n\t\t\t<div class='ipsItemControls'>{_reactions(page, f"{topic_url}?do=showReactionsComment&amp;comment={pid}", *react)}\n\t\t\t\t<ul class='ipsComment_controls ipsClearfix ipsItemControls_left' data-role="commentControls">\n\t\t\t\t\t<li data-ipsQuote-editor='topic_comment' data-ipsQuote-target='#comment-{pid}' class='ipsJS_show'>\n\t\t\t\t\t\t<button class='ipsButton ipsButton_light ipsButton_verySmall ipsButton_narrow cMultiQuote ipsHide' data-action='multiQuoteComment' data-ipsTooltip data-ipsQuote-multiQuote data-mqId='mq{pid}' title='اقتباس متعدد'><i class='fa fa-plus'></i></button>
\t\t\t\t\t</li>\n\t\t\t\t\t<li data-ipsQuote-editor='topic_comment' data-ipsQuote-target='#comment-{pid}' class='ipsJS_show'>\n\t\t\t\t\t\t<a href='#' data-action='quoteComment' data-ipsQuote-singleQuote>اقتباس</a>\n\t\t\t\t\t</li>\n\t\t\t\t\t<li class='ipsHide' data-role='commentLoading'>\n\t\t\t\t\t\t<span class='ipsLoading ipsLoading_tiny ipsLoading_noAnim'></span>\n\t\t\t\t\t</li>\n\t\t\t\t</ul>
\t\t\t</div>{sig}\n\t</div>\n\n<div class='ipsPadding ipsHide cPostShareMenu' id='elShareComment_{pid}_menu'>\n\t<h5 class='ipsType_normal ipsType_reset'>رابط المشاركة</h5>\n    <span data-ipsCopy data-ipsCopy-flashmessage>\n        <a href="{e(share)}" class="ipsButton ipsButton_light ipsButton_small ipsButton_fullWidth" data-role="copyButton" data-clipboard-text="{e(share)}" data-ipstooltip title='نسخ رابط المشاركة'><i class="fa fa-clone"></i> {e(share)}</a>
    </span>\n\t<h5 class='ipsType_normal ipsType_reset ipsSpacer_top'>المشاركة خارجياً</h5>\n\t<ul class='ipsList_inline ipsList_noSpacing ipsClearfix' data-controller="core.front.core.sharelink">\n\t\t<li><a href="https://www.facebook.com/sharer/sharer.php?u={quote(share, safe='')}" class="cShareLink cShareLink_facebook" target="_blank" data-role="shareLink" title='مشاركة على فيسبوك' data-ipsTooltip rel='noopener nofollow'><i class="fa fa-facebook"></i></a></li>
\t\t<li><a href="https://x.com/share?url={quote(share, safe='')}" class="cShareLink cShareLink_x" target="_blank" data-role="shareLink" title='مشاركة على X' data-ipsTooltip rel='nofollow noopener'><i class="fa fa-x"></i></a></li>\n\t\t<li><a href="https://api.whatsapp.com/send?text={quote(share, safe='')}" class="cShareLink cShareLink_whatsapp" target="_blank" data-role="shareLink" title='مشاركة على واتساب' data-ipsTooltip rel='noopener nofollow'><i class="fa fa-whatsapp"></i></a></li>
\t</ul>\n</div>\n</div>\n\t</div>\n</article>\n"""


def _story(page: Page, article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    html = ""
    if n == 1:
        html += _p(f"<strong>{e(article.headline)}</strong>") + _p("&nbsp;")
        img = f"{HOST}/uploads/monthly_{article.moment:%Y_%m}/shuhada-bridge.jpg.8e2a61f0c3.jpg"
        html += (f'<p style="text-align:center;">\n\t<a class="ipsAttachLink ipsAttachLink_image" href="{img}" data-fileid="5521" data-fileext="jpg" rel=""><img alt="shuhada-bridge.jpg" class="ipsImage ipsImage_thumbnailed" data-fileid="5521" data-ratio="66.67" data-unique="k2v8q1x7d" width="720" data-src="{img.replace(".jpg.", ".thumb.jpg.")}" src="//ips-forum-iq.example/applications/core/interface/js/spacer.png"></a>\n</p>\n\n'
                 f'<p style="text-align:center;">\n\t<em><span style="color:#7f8c8d;">{e(article.caption)}</span></em>\n</p>\n\n')
        page.add(article.caption)
    if n in BYLINE:
        html += _p(f"<strong>{e(BYLINE[n])}</strong>") + _p("&nbsp;")
        page.add(BYLINE[n])
    for k, text in enumerate(paras):
        inner = e(text)
        if n in BOLD and BOLD[n][0] == k:
            inner = inner.replace(BOLD[n][1], f"<strong>{BOLD[n][1]}</strong>")
        if n in LINKED and LINKED[n][0] == k:
            inner = inner.replace(LINKED[n][1], f'<a href="{LINKED[n][2]}" rel="external nofollow">{LINKED[n][1]}</a>')
        if text == SUBHEAD.get(n):
            inner = f'<strong><span style="font-size:18px;">{inner}</span></strong>'
        html += _p(inner)
    if n == 2:
        html += ('<div class="ipsEmbeddedVideo" contenteditable="false">\n\t<div>\n\t\t<iframe allowfullscreen="" frameborder="0" height="270" title="النشرة الجوية" width="480" '
                 'data-embed-src="https://www.youtube.com/embed/Q7r2KxW9bLm?feature=oembed"></iframe>\n\t</div>\n</div>\n\n')
    if n in SOURCE:
        label, outlet, link = SOURCE[n]
        html += _p("&nbsp;") + _p(f'{label} <a href="{link}" rel="external nofollow">{outlet}</a>')
        page.add(f"{label} {outlet}")
    if n in CLOSER:
        html += _p("&nbsp;") + _p(e(CLOSER[n]))
        page.add(CLOSER[n])
    return html


def _reply_body(page: Page, n: int, k: int, tid: str, pid1: int, story_at: datetime, text: str) -> str:
    html = ""
    if n in QUOTED and QUOTED[n][0] == k:
        _, who, words = QUOTED[n]
        html += (f'<blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="forums" data-ipsquote-contentclass="forums_Topic" data-ipsquote-contentcommentid="{pid1}" '
                 f'data-ipsquote-contentid="{tid}" data-ipsquote-contenttype="forums" data-ipsquote-timestamp="{int(story_at.timestamp())}" data-ipsquote-userid="{MEMBERS[who][0]}" data-ipsquote-username="{who}">\n'
                 f'\t<div class="ipsQuote_citation">\n\t\t{who} قال:\n\t</div>\n\n\t<div class="ipsQuote_contents ipsClearfix" data-gramm="false">\n\t\t<p>\n\t\t\t{e(words)}\n\t\t</p>\n\t</div>\n</blockquote>\n\n')
        page.add(f"{who} قال:")
    if MENTION.get(n) == k:
        poster = POSTERS[n]
        page.add(f"@{poster} {text}")
        return html + _p(f'<a contenteditable="false" data-ipshover="" data-ipshover-target="{_profile(poster)}?do=hovercard" data-mentionid="{MEMBERS[poster][0]}" href="{_profile(poster)}" rel="">@{poster}</a> {e(text)}')
    page.add(text)
    return html + _p(e(text))


def _jsonld(data: dict) -> str:
    text = json.dumps(data, indent=4).replace("/", "\\/")
    return f"<script type='application/ld+json'>\n{text}\t\n</script>\n"


def render(article: Article, n: int) -> Page:
    moment, tid = article.moment, article.slug
    url = f"{HOST}/topic/{tid}-{_seo(article.headline)}/"
    forum_url = f"{HOST}/forum/{FORUM_IDS[article.section]}-{_seo(article.section)}/"
    cat_name, cat_path = CATEGORY
    cat_url = HOST + quote(cat_path, safe="/-")
    shown = _shown(moment)
    poster = POSTERS[n]
    page = Page(url=url, html="", shown_date=shown)
    views, followers = STATS[n]
    page.add(*LABELS, *SIGN_IN, *GUEST_BOX, *TERMS, *FOOTER, cat_name, article.section, *article.tags,
             f"بواسطة {poster}", f"{shown} في {article.section}", followers)
    for label, items in NAV:
        page.add(label, *(text for _, text in items))
    pid1 = int(tid) * 7 + 13
    edited = ""
    if n in EDIT:
        minutes, reason = EDIT[n]
        when = moment + timedelta(minutes=minutes)
        edited = (f"\n\n\t\t\t\t<p class='ipsType_reset ipsType_medium ipsType_light' data-excludequote>\n\t\t\t\t\t<strong>تم التعديل في {_time(when)} بواسطة {poster}</strong>\n"
                  f"\t\t\t\t\t<br>\n\t\t\t\t\t{reason}\n\t\t\t\t</p>")
        page.add(f"تم التعديل في {_shown(when)} بواسطة {poster}", reason)
    posts = [_post(page, url, tid, pid1, poster, moment, _story(page, article, n), FIRST_REACT[n], True, edited)]
    comments = []
    for k, (member, minutes, reacted_by, text) in enumerate(REPLIES[n]):
        when, pid = moment + timedelta(minutes=minutes), pid1 + 3 + 5 * k
        react = ((reacted_by,), LIKES[n] - 1, (("like", LIKES[n]),)) if reacted_by else ((), 0, ())
        posts.append(_post(page, url, tid, pid, member, when, _reply_body(page, n, k, tid, pid1, moment, text), react, False))
        comments.append({"@type": "Comment", "@id": f"{url}?do=findComment&comment={pid}", "url": f"{url}?do=findComment&comment={pid}",
                         "author": {"@type": "Person", "name": member, "image": f"{HOST}/uploads/monthly_2023_11/{MEMBERS[member][0]}.thumb.jpg.5c1f0e27d8.jpg",
                                    "url": _profile(member)}, "dateCreated": _iso(when), "text": text, "upvoteCount": LIKES[n] if reacted_by else 0})
    similar = []
    for (member, days, count), title in zip(SIMILAR, article.related, strict=True):
        when, rid = moment - timedelta(days=days, hours=days % 7 * 3, minutes=days % 13 * 4), int(tid) - days * 11
        page.add(title, f"بواسطة {member}، {_shown(when)}", count)
        similar.append(f"""\t\t\t\t\t<li class='ipsDataItem ipsDataItem_responsivePhoto'>\n\t\t\t\t\t\t<div class='ipsDataItem_icon ipsPos_top'>\n\t\t\t\t\t\t\t{_photo(member, 'tiny')}\n\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<div class='ipsDataItem_main'>\n\t\t\t\t\t\t\t<div class="ipsCommentCount ipsPos_right ipsFaded" data-ipsTooltip title='{count} ردود'>{count}</div>\n\t\t\t\t\t\t\t<div class='ipsType_break ipsContained'><a href="{HOST}/topic/{rid}-{_seo(title)}/" title='عرض الموضوع {e(title)}' class='ipsDataItem_title'>{e(title)}</a></div>
\t\t\t\t\t\t\t<p class='ipsType_reset ipsType_medium ipsType_light ipsType_blendLinks'>بواسطة {_link(member)}، {_time(when)}</p>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</li>""")
    plain = " ".join(([article.headline] if n == 1 else []) + ([BYLINE[n]] if n in BYLINE else []) + [article.lead, *article.paragraphs])
    excerpt = plain[:250].rsplit(" ", 1)[0] + "..."
    crumbs = ((cat_name, cat_url), (article.section, forum_url), (article.headline, url))
    ld_site = {"@context": "http://www.schema.org", "publisher": f"{HOST}/#organization", "@type": "WebSite", "@id": f"{HOST}/#website",
               "mainEntityOfPage": f"{HOST}/", "name": SITE, "url": f"{HOST}/",
               "potentialAction": {"type": "SearchAction", "query-input": "required name=query", "target": f"{HOST}/search/?q={{query}}"},
               "inLanguage": [{"@type": "Language", "name": "العربية", "alternateName": "ar-IQ"}]}
    ld_crumbs = {"@context": "http://www.schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": k, "item": {"name": name, "@id": link}} for k, (name, link) in enumerate(crumbs, 1)]}
    ld_topic = {"@context": "http://schema.org", "@type": "DiscussionForumPosting", "@id": url, "isPartOf": {"@id": f"{HOST}/#website"},
                "publisher": {"@id": f"{HOST}/#organization"}, "url": url, "discussionUrl": url,
                "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "name": article.headline, "headline": article.headline,
                "text": plain, "dateCreated": _iso(moment), "datePublished": _iso(moment),
                "dateModified": _iso(moment + timedelta(minutes=REPLIES[n][-1][1])), "pageStart": 1, "pageEnd": 1,
                "author": {"@type": "Person", "name": poster, "image": f"{HOST}/uploads/monthly_2023_11/{MEMBERS[poster][0]}.thumb.jpg.5c1f0e27d8.jpg", "url": _profile(poster)},
                "interactionStatistic": [
                    {"@type": "InteractionCounter", "interactionType": f"http://schema.org/{kind}Action", "userInteractionCount": int(count.replace(",", ""))}
                    for kind, count in (("View", views), ("Comment", str(len(REPLIES[n]))), ("Follow", followers))],
                "comment": comments}
    tag_list = "\n".join(f"""\t\t\t\t\t<li >\n\t\t\t\t\t\t<a href="{HOST}/tags/{_seo(t)}/" class='ipsTag' title="ابحث عن محتوى آخر موسوم بـ '{e(t)}'" rel="tag" data-tagKey="{_seo(t)}"><span>{e(t)}</span></a>\n\t\t\t\t\t</li>""" for t in article.tags)
    nav = "\n".join(f"""\t\t\t\t<li  id='elNavSecondary_{k}' data-role="navBarItem" data-navApp="core" data-navExt="CustomItem">\n\t\t\t\t\t<a href="{items[0][0]}"  data-navItem-id="{k}" {'data-navDefault' if k == 1 else ''}>\n\t\t\t\t\t\t{label}<span class='ipsNavBar_active__identifier'></span>\n\t\t\t\t\t</a>\n\t\t\t\t\t<ul class='ipsNavBar_secondary {'' if k == 1 else 'ipsHide'}' data-role='secondaryNavBar'>
""" + "\n".join(f"""\t\t\t\t\t\t<li  id='elNavSecondary_{k * 10 + j}' data-role="navBarItem" data-navApp="core" data-navExt="CustomItem">\n\t\t\t\t\t\t\t<a href="{link}"  data-navItem-id="{k * 10 + j}" >\n\t\t\t\t\t\t\t\t{text}<span class='ipsNavBar_active__identifier'></span>\n\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t</li>""" for j, (link, text) in enumerate(items, 1)) + """\n\t\t\t\t\t\t<li class='ipsHide' id='elNavigationMore_1' data-role='navMore'>
\t\t\t\t\t\t\t<a href='#' data-ipsMenu data-ipsMenu-appendTo='#elNavigationMore_1' id='elNavigationMore_1_dropdown'>المزيد <i class='fa fa-caret-down'></i></a>\n\t\t\t\t\t\t\t<ul class='ipsHide ipsMenu ipsMenu_auto' id='elNavigationMore_1_dropdown_menu' data-role='moreDropdown'></ul>\n\t\t\t\t\t\t</li>\n\t\t\t\t\t</ul>\n\t\t\t\t</li>""" for k, (label, items) in enumerate(NAV, 1))
    crumb_items = "\n".join(f"""\t\t<li>\n\t\t\t\t\t<a href='{link}'>\n\t\t\t\t\t\t<span>{e(name)} <i class='fa fa-angle-right' aria-hidden="true"></i></span>\n\t\t\t\t\t</a>\n\t\t</li>""" for name, link in crumbs[:2]) + f"\n\t\t<li>\n\t\t\t\t\t{e(article.headline)}\n\t\t</li>"

    def breadcrumb(position: str) -> str:
        return f"""<nav class='ipsBreadcrumb ipsBreadcrumb_{position} ipsFaded_withHover'>\n\t<ul class='ipsList_inline ipsPos_right'>\n\t\t<li >\n\t\t\t<a data-action="defaultStream" class='ipsType_light '  href='{HOST}/discover/'><i class="fa fa-newspaper-o" aria-hidden="true"></i> <span>كل النشاطات</span></a>\n\t\t</li>\n\t</ul>\n\t<ul data-role="breadcrumbList">\n\t\t<li>\n\t\t\t<a title="الرئيسية" href='{HOST}/'>
\t\t\t\t<span>الرئيسية <i class='fa fa-angle-right'></i></span>\n\t\t\t</a>\n\t\t</li>\n{crumb_items}\n\t</ul>\n</nav>"""

    enc = quote(url, safe="")
    follow = f"""<div data-followApp='forums' data-followArea='topic' data-followID='{tid}' data-controller='core.front.core.followButton'>\n\t\t\t\t\t\t<a href="{HOST}/login/" rel="nofollow" class="ipsFollow ipsPos_middle ipsButton ipsButton_light ipsButton_verySmall " data-role="followButton" data-ipsTooltip title='سجل دخولك لمتابعة هذا'>\n\t\t\t\t\t\t\t<span>المتابعين</span>\n\t\t\t\t\t\t\t<span class='ipsCommentCount'>{followers}</span>
\t\t\t\t\t\t</a>\n\t\t\t\t\t</div>"""
    page.html = f"""<!DOCTYPE html>\n<html lang="ar-IQ" dir="rtl">\n\t<head>\n\t\t<meta charset="utf-8">\n\t\t<title>{e(article.headline)} - {article.section} - {SITE}</title>\n\t\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\n\t<meta property="og:image" content="{HOST}/uploads/monthly_2023_05/og-rafidain.png.1f9d2c7e44.png">\n\n\t<meta name="twitter:card" content="summary_large_image" />
\n\t\t\t\t<meta property="og:title" content="{e(article.headline)}">\n\n\t\t\t\t<meta property="og:type" content="website">\n\n\t\t\t\t<meta property="og:url" content="{url}">\n\n\t\t\t\t<meta name="description" content="{e(excerpt)}">\n\n\t\t\t\t<meta property="og:description" content="{e(excerpt)}">\n\n\t\t\t\t<meta property="og:updated_time" content="{(moment + timedelta(minutes=REPLIES[n][-1][1])).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">
\n\t\t\t\t<meta name="keywords" content="{e(', '.join(article.tags))}">\n\n\t\t\t\t<meta property="og:site_name" content="{SITE}">\n\n\t\t\t\t<meta property="og:locale" content="ar_IQ">\n\n<meta name="theme-color" content="#1f4e5f">\n\t\t<link rel="canonical" href="{url}" />\n\t\t<link as="style" rel="preload" href="{HOST}/applications/core/interface/font/fontawesome-webfont.woff2?v=4.7.0" crossorigin="anonymous">
\t\t<link rel="manifest" href="{HOST}/manifest.webmanifest/">\n\t\t<meta name="msapplication-config" content="{HOST}/browserconfig.xml/">\n\t\t<meta name="msapplication-starturl" content="/">\n\t\t<meta name="application-name" content="{SITE}">\n\t\t<meta name="apple-mobile-web-app-title" content="{SITE}">\n\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/341e4a57816af3ba440d891ca87450ff_framework.css?v={V}' media='all'>
\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/05e81b71abe4f22d6eb8d1a929494829_responsive.css?v={V}' media='all'>\n\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/90eb5adf50a8c640f633d47fd7eb1778_core.css?v={V}' media='all'>\n\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/5a0da001ccc2200dc5625c3f3934497d_core_responsive.css?v={V}' media='all'>\n\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/62e269ced0fdab7e30e026f1d30ae516_forums.css?v={V}' media='all'>
\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/76e62c573090645fb99a15a363d8620e_forums_responsive.css?v={V}' media='all'>\n\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/ebdea0c6a7dab6d37900b9190d3ac77b_topics.css?v={V}' media='all'>\n\t<link rel='stylesheet' href='{HOST}/uploads/css_built_3/258adbb6e4f3e83cd3b355f84e3fa002_custom.css?v={V}' media='all'>\n\t<script type='text/javascript'>
\t\tvar ipsDebug = false;\n\t\tvar CKEDITOR_BASEPATH = '//ips-forum-iq.example/applications/core/interface/ckeditor/ckeditor/';\n\t\tvar ipsSettings = {{\n\t\t\tcookie_path: "/",\n\t\t\tcookie_prefix: "ips4_",\n\t\t\tcookie_ssl: true,\n\t\t\tessential_cookies: ["oauth_authorize","member_id","login_key","clearAutosave","lastSearch","device_key","IPSSessionFront","loggedIn","noCache","hasJS","cookie_consent","cookie_consent_optional","language","forumpass_*"],
\t\t\tupload_imgURL: "",\n\t\t\tmessage_imgURL: "",\n\t\t\tnotification_imgURL: "",\n\t\t\tbaseURL: "//ips-forum-iq.example/",\n\t\t\tjsURL: "//ips-forum-iq.example/applications/core/interface/js/js.php",\n\t\t\tcsrfKey: "{V}5f0a9e3c21d",\n\t\t\tantiCache: "{V}",\n\t\t\tjsAntiCache: "{V}_1700",\n\t\t\tdisableNotificationSounds: true,\n\t\t\tuseCompiledFiles: true,\n\t\t\tlinks_external: true,\n\t\t\tmemberID: 0,
\t\t\tlazyLoadEnabled: true,\n\t\t\tblankImg: "//ips-forum-iq.example/applications/core/interface/js/spacer.png",\n\t\t\tgooglePlacesEnabled: false,\n\t\t\tgoogleMapsEnabled: false,\n\t\t\tupload_maxFileSize: 10,\n\t\t}};\n\t</script>\n<script type='text/javascript' src='{HOST}/uploads/javascript_global/root_library.js?v={V}_1700' data-ips></script>\n<script type='text/javascript' src='{HOST}/uploads/javascript_global/root_js_lang_2.js?v={V}_1700' data-ips></script>
<script type='text/javascript' src='{HOST}/uploads/javascript_global/root_framework.js?v={V}_1700' data-ips></script>\n<script type='text/javascript' src='{HOST}/uploads/javascript_core/global_global_core.js?v={V}_1700' data-ips></script>\n<script type='text/javascript' src='{HOST}/uploads/javascript_forums/front_front_topic.js?v={V}_1700' data-ips></script>\n\t<script type='text/javascript'>\n\t\tips.setSetting( 'date_format', jQuery.parseJSON('"dd\\/mm\\/yy"') );
\t\tips.setSetting( 'date_first_day', jQuery.parseJSON('6') );\n\t\tips.setSetting( 'ipb_url_filter_option', jQuery.parseJSON('"none"') );\n\t\tips.setSetting( 'url_filter_any_action', jQuery.parseJSON('"allow"') );\n\t\tips.setSetting( 'bypass_profanity', jQuery.parseJSON('0') );\n\t\tips.setSetting( 'emoji_style', jQuery.parseJSON('"native"') );\n\t\tips.setSetting( 'quickSearchDefault', jQuery.parseJSON('"all"') );
\t\tips.setSetting( 'quickSearchMinimum', jQuery.parseJSON('3') );\n\t\tips.setSetting( 'reaction_count_display', jQuery.parseJSON('"blurb"') );\n\t</script>\n{_jsonld(ld_site)}{_jsonld(ld_crumbs)}{_jsonld(ld_topic)}\n\t<link rel='shortcut icon' href='{HOST}/uploads/monthly_2023_05/favicon.ico' type="image/x-icon">\n\t</head>\n\t<body class='ipsApp ipsApp_front ipsJS_none ipsClearfix' data-controller='core.front.core.app' data-message="" data-pageApp='forums' data-pageLocation='front' data-pageModule='forums' data-pageController='topic' data-pageID='{tid}' >
\t\t<a href='#ipsLayout_mainArea' class='ipsHide' title='الانتقال إلى المحتوى الرئيسي في هذه الصفحة' accesskey='m'>الانتقال إلى المحتوى</a>\n\t\t<div id='ipsLayout_header' class='ipsClearfix'>\n\t\t\t<header>\n\t\t\t\t<div class='ipsLayout_container'>\n<a href='{HOST}/' id='elLogo' accesskey='1'><img src="{HOST}/uploads/monthly_2023_05/logo-rafidain.png.0d7b2c8f51.png" alt='{SITE}'></a>\n\t<ul id='elUserNav' class='ipsList_inline cSignedOut ipsResponsive_showDesktop'>
\t\t<li id='elSignInLink'>\n\t\t\t<a href='{HOST}/login/' data-ipsMenu-closeOnClick="false" data-ipsMenu id='elUserSignIn'>\n\t\t\t\tمستخدم مسجل؟ تسجيل الدخول &nbsp;<i class='fa fa-caret-down'></i>\n\t\t\t</a>\n\t\t\t<div id='elUserSignIn_menu' class='ipsMenu ipsMenu_auto ipsHide'>\n\t\t\t\t<form accept-charset='utf-8' method='post' action='{HOST}/login/'>\n\t\t\t\t\t<input type="hidden" name="csrfKey" value="{V}5f0a9e3c21d">
\t\t\t\t\t<input type="hidden" name="ref" value="{e(quote(url, safe=''))}">\n\t\t\t\t\t<div data-role="loginForm">\n\t\t\t\t\t\t<div class='ipsPad ipsForm ipsForm_vertical'>\n\t\t\t\t\t\t\t<h4 class="ipsType_sectionHead">تسجيل الدخول</h4>\n\t\t\t\t\t\t\t<br><br>\n\t\t\t\t\t\t\t<ul class='ipsList_reset'>\n\t\t\t\t\t\t\t\t<li class="ipsFieldRow ipsFieldRow_noLabel ipsFieldRow_fullWidth">\n\t\t\t\t\t\t\t\t\t<input type="text" placeholder="اسم العرض أو البريد الإلكتروني" name="auth" autocomplete="email">
\t\t\t\t\t\t\t\t</li>\n\t\t\t\t\t\t\t\t<li class="ipsFieldRow ipsFieldRow_noLabel ipsFieldRow_fullWidth">\n\t\t\t\t\t\t\t\t\t<input type="password" placeholder="كلمة المرور" name="password" autocomplete="current-password">\n\t\t\t\t\t\t\t\t</li>\n\t\t\t\t\t\t\t\t<li class="ipsFieldRow ipsFieldRow_checkbox ipsClearfix">\n\t\t\t\t\t\t\t\t\t<span class="ipsCustomInput">\n\t\t\t\t\t\t\t\t\t\t<input type="checkbox" name="remember_me" id="remember_me_checkbox" value="1" checked aria-checked="true">
\t\t\t\t\t\t\t\t\t\t<span></span>\n\t\t\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t<div class="ipsFieldRow_content">\n\t\t\t\t\t\t\t\t\t\t<label class="ipsFieldRow_label" for="remember_me_checkbox">تذكرني</label>\n\t\t\t\t\t\t\t\t\t\t<span class="ipsFieldRow_desc">غير مستحسن على أجهزة الكمبيوتر المشتركة</span>\n\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t</li>\n\t\t\t\t\t\t\t\t<li class="ipsFieldRow ipsFieldRow_fullWidth">
\t\t\t\t\t\t\t\t\t<button type="submit" name="_processLogin" value="usernamepassword" class="ipsButton ipsButton_primary ipsButton_small" id="elSignIn_submit">تسجيل الدخول</button>\n\t\t\t\t\t\t\t\t\t<p class="ipsType_right ipsType_small">\n\t\t\t\t\t\t\t\t\t\t<a href='{HOST}/lostpassword/' data-ipsDialog data-ipsDialog-title='نسيت كلمة المرور؟'>نسيت كلمة المرور؟</a>\n\t\t\t\t\t\t\t\t\t</p>\n\t\t\t\t\t\t\t\t</li>
\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</form>\n\t\t\t</div>\n\t\t</li>\n\t\t<li>\n\t\t\t<a href='{HOST}/register/' data-ipsDialog data-ipsDialog-size='narrow' data-ipsDialog-title='إنشاء حساب' id='elRegisterButton' class='ipsButton ipsButton_normal ipsButton_primary'>إنشاء حساب</a>\n\t\t</li>\n\t</ul>\n\t\t\t\t</div>\n\t\t\t</header>\n<nav data-controller='core.front.core.navBar' class=' ipsResponsive_showDesktop'>
\t<div class='ipsNavBar_primary ipsLayout_container '>\n\t\t<ul data-role="primaryNavBar" class='ipsClearfix'>\n{nav}\n\t\t</ul>\n\t\t<div id='elSearchWrapper'>\n\t\t\t<div id='elSearch' data-controller="core.front.core.quickSearch">\n\t\t\t\t<form accept-charset='utf-8' action='//ips-forum-iq.example/search/?do=quicksearch' method='post'>\n\t\t\t\t\t<input type='search' id='elSearchField' placeholder='بحث...' name='q' autocomplete='off' aria-label='بحث'>
\t\t\t\t\t<button class='cSearchSubmit' type="submit" aria-label='بحث'><i class="fa fa-search"></i></button>\n\t\t\t\t</form>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</nav>\n<ul id='elMobileNav' class='ipsResponsive_hideDesktop' data-controller='core.front.core.mobileNav'>\n\t<li id='elMobileBreadcrumb'>\n\t\t<a href='{forum_url}'>\n\t\t\t<span>{article.section}</span>\n\t\t</a>\n\t</li>\n\t<li class='cUserNav_icon'><a href='{HOST}/search/' data-class='ipsDrawer_search'><i class='fa fa-search'></i></a></li>
\t<li data-ipsDrawer data-ipsDrawer-drawerElem='#elMobileDrawer'><a href='#' ><i class='fa fa-navicon'></i></a></li>\n</ul>\n\t\t</div>\n\t\t<main id='ipsLayout_body' class='ipsLayout_container'>\n\t\t\t<div id='ipsLayout_contentArea'>\n\t\t\t\t<div id='ipsLayout_contentWrapper'>\n{breadcrumb('top')}\n\t\t\t\t\t<div id='ipsLayout_mainArea'>\n<div class='ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom'>
\t<div class='ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4'>\n\t\t<div class='ipsFlex-flex:11'>\n\t\t\t<h1 class='ipsType_pageTitle ipsContained_container'>\n\t\t\t\t\t<span class='ipsType_break ipsContained'>\n\t\t\t\t\t\t<span>{e(article.headline)}</span>\n\t\t\t\t\t</span>\n\t\t\t</h1>\n\t\t\t\t<ul class='ipsTags ipsList_inline ' >\n{tag_list}\n\t\t\t\t</ul>\n\t\t</div>\n\t</div>\n\t<hr class='ipsHr'>
\t<div class='ipsPageHeader__meta ipsFlex ipsFlex-jc:between ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:3'>\n\t\t<div class='ipsFlex-flex:11'>\n\t\t\t<div class='ipsPhotoPanel ipsPhotoPanel_mini ipsPhotoPanel_notPhone ipsClearfix'>\n\t\t\t\t{_photo(poster, 'mini')}\n\t\t\t\t<div>\n\t\t\t\t\t<p class='ipsType_reset ipsType_blendLinks'>\n\t\t\t\t\t\t<span class='ipsType_normal'>\n\t\t\t\t\t\t\t<strong>بواسطة <span itemprop='name'>{_link(poster)}</span></strong><br />
\t\t\t\t\t\t\t<span class='ipsType_light'>{_time(moment)} في <a href="{forum_url}">{article.section}</a></span>\n\t\t\t\t\t\t</span>\n\t\t\t\t\t</p>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t\t\t<div class='ipsFlex-flex:01 ipsResponsive_hidePhone'>\n\t\t\t\t<div class='ipsFlex ipsFlex-ai:center ipsFlex-jc:center ipsGap:3 ipsGap_row:0'>\n\t\t\t\t\t<a href='#elShareItem_{tid}_menu' id='elShareItem_{tid}' data-ipsMenu class='ipsShareButton ipsButton ipsButton_verySmall ipsButton_link ipsButton_link--light'>
\t\t\t\t\t\t<span><i class='fa fa-share-alt'></i></span> &nbsp;مشاركة\n\t\t\t\t\t</a>\n\t\t\t\t\t<div class='ipsPadding ipsMenu ipsMenu_auto ipsHide' id='elShareItem_{tid}_menu' data-controller="core.front.core.sharelink">\n\t\t\t\t\t\t<ul class='ipsList_inline'>\n\t\t\t\t\t\t\t<li><a href="https://www.facebook.com/sharer/sharer.php?u={enc}" class="cShareLink cShareLink_facebook" target="_blank" data-role="shareLink" title='مشاركة على فيسبوك' data-ipsTooltip rel='noopener nofollow'><i class="fa fa-facebook"></i></a></li>
\t\t\t\t\t\t\t<li><a href="https://x.com/share?url={enc}" class="cShareLink cShareLink_x" target="_blank" data-role="shareLink" title='مشاركة على X' data-ipsTooltip rel='nofollow noopener'><i class="fa fa-x"></i></a></li>\n\t\t\t\t\t\t\t<li><a href="https://api.whatsapp.com/send?text={enc}" class="cShareLink cShareLink_whatsapp" target="_blank" data-role="shareLink" title='مشاركة على واتساب' data-ipsTooltip rel='noopener nofollow'><i class="fa fa-whatsapp"></i></a></li>
\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t<hr class='ipsHr'>\n\t\t\t\t\t\t<button class='ipsHide ipsButton ipsButton_verySmall ipsButton_light ipsButton_fullWidth ipsMargin_top:half' data-controller='core.front.core.webshare' data-role='webShare' data-webShareTitle='{e(article.headline)}' data-webShareText='{e(article.headline)}' data-webShareUrl='{url}'>خيارات مشاركة أكثر...</button>\n\t\t\t\t\t</div>\n\t\t\t\t\t{follow}
\t\t\t\t</div>\n\t\t\t</div>\n\t</div>\n</div>\n\n<div class='ipsClearfix'>\n\t<ul class="ipsToolList ipsToolList_horizontal ipsClearfix ipsSpacer_both ">\n\t\t\t<li class='ipsToolList_primaryAction'>\n\t\t\t\t<span data-controller='forums.front.topic.reply'>\n\t\t\t\t\t\t<a href='#replyForm' class='ipsButton ipsButton_important ipsButton_medium ipsButton_fullWidth' data-action='replyToTopic'>الرد على هذا الموضوع</a>
\t\t\t\t</span>\n\t\t\t</li>\n\t\t\t<li class='ipsResponsive_hidePhone'>\n\t\t\t\t\t<a href="{forum_url}?do=add" class='ipsButton ipsButton_link ipsButton_medium ipsButton_fullWidth' title='بدء موضوع جديد في هذا المنتدى'>بدء موضوع جديد</a>\n\t\t\t</li>\n\t</ul>\n</div>\n\n<div id='comments' data-controller='core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments' data-autoPoll data-baseURL='{url}' data-lastPage data-feedID='topic-{tid}' class='cTopic ipsClear ipsSpacer_top'>
\n<div data-controller='core.front.core.recommendedComments' data-url='{url}?recommended=comments' class='ipsRecommendedComments ipsHide'>\n\t<div data-role="recommendedComments">\n\t\t<h2 class='ipsType_sectionHead ipsType_large ipsType_bold ipsMargin_bottom'>المشاركات المُوصى بها</h2>\n\t</div>\n</div>\n\n\t<div id="elPostFeed" data-role='commentFeed' data-controller='core.front.core.moderation' >
\t\t<form action="{url}?csrfKey={V}5f0a9e3c21d&amp;do=multimodComment" method="post" data-ipsPageAction data-role='moderationTools'>\n{''.join(posts)}\n\t\t\t<input type="hidden" name="csrfKey" value="{V}5f0a9e3c21d" />\n\t\t</form>\n\t</div>\n\n\t\t<a id='replyForm'></a>\n\t\t<div data-role='replyArea' class='cTopicPostArea ipsBox ipsResponsive_pull ipsPadding  ipsSpacer_top'>\n\t\t\t<form accept-charset='utf-8' class="ipsForm ipsForm_vertical" action="{url}" method="post" enctype="multipart/form-data" data-ipsForm >
\t\t\t\t<input type="hidden" name="commentform_{tid}_submitted" value="1">\n\t\t\t\t<input type="hidden" name="csrfKey" value="{V}5f0a9e3c21d">\n\t\t\t\t<input type="hidden" name="_contentReply" value="1">\n\t\t\t\t<div class='ipsComposeArea ipsClearfix ipsContained'>\n\t\t\t\t\t<div class='ipsComposeArea_editor'>\n\t\t\t\t\t\t<div class='ipsType_normal ipsSpacer_bottom'>\n\t\t\t\t\t\t\t<h2 class='ipsType_sectionHead'>انضم إلى النقاش</h2>
\t\t\t\t\t\t\t<p class='ipsType_normal ipsType_reset ipsType_light'>يمكنك النشر الآن والتسجيل لاحقاً. إذا كان لديك حساب، <a class='ipsType_brandedLink' href='{HOST}/login/' data-ipsDialog data-ipsDialog-size='medium' data-ipsDialog-title='تسجيل الدخول'>سجّل دخولك الآن</a> لتنشر باسم حسابك.</p>\n\t\t\t\t\t\t\t<p class='ipsType_normal ipsType_reset ipsType_warning'><i class='fa fa-info-circle'></i> ملاحظة: ستحتاج مشاركتك إلى موافقة المشرف قبل أن تظهر.</p>
\t\t\t\t\t\t</div>\n\t\t\t\t\t\t<div class='ipsComposeArea_dummy ipsJS_show' tabindex='0'><i class='fa fa-comment-o'></i> أضف ردًا على هذا الموضوع...</div>\n\t\t\t\t\t\t<div class='ipsHide' data-role='mainEditorArea'>\n\t\t\t\t\t\t\t<textarea name="topic_comment_{tid}" data-ipsEditor data-ipsEditor-controller="{HOST}/index.php?app=core&amp;module=system&amp;controller=editor" data-ipsEditor-minimized></textarea>
\t\t\t\t\t\t\t<ul class='ipsToolList ipsToolList_horizontal ipsClear ipsClearfix ipsJS_hide' data-ipsEditor-toolList>\n\t\t\t\t\t\t\t\t<li><button type="submit" class="ipsButton ipsButton_primary" tabindex="2" accesskey="s" role="button">إرسال الرد</button></li>\n\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</form>\n\t\t</div>\n\n\t\t<div class='ipsBox ipsPadding ipsResponsive_pull ipsResponsive_showPhone ipsMargin_top'>
\t\t\t\t<div class='ipsResponsive_noFloat ipsResponsive_block ipsMargin_bottom:half'>\n\t\t\t\t\t<a href='#elShareItem_{tid}_menu' data-ipsMenu class='ipsShareButton ipsButton ipsButton_verySmall ipsButton_light '><span><i class='fa fa-share-alt'></i></span> &nbsp;مشاركة</a>\n\t\t\t\t</div>\n\t\t\t<div class='ipsResponsive_noFloat ipsResponsive_block'>\n\t\t\t\t\t{follow}\n\t\t\t</div>\n\t\t</div>
</div>\n\n<div class='ipsPager ipsSpacer_top'>\n\t<div class="ipsPager_prev">\n\t\t\t<a href="{forum_url}" title="الذهاب إلى {article.section}" rel="parent">\n\t\t\t\t<span class="ipsPager_type">الذهاب إلى قائمة المواضيع</span>\n\t\t\t</a>\n\t</div>\n</div>\n\n<div class='cWidgetContainer '  data-role='widgetReceiver' data-orientation='horizontal' data-widgetArea='footer'>\n\t<ul class='ipsList_reset'>
\t\t<li class='ipsWidget ipsWidget_horizontal ipsBox  ' data-blockID='app_core_relatedContent_q4m8z1kd7' data-blockConfig="true" data-blockTitle="محتوى مشابه" data-controller='core.front.widgets.block'>\n\t\t\t<h3 class='ipsType_reset ipsWidget_title'>محتوى مشابه</h3>\n\t\t\t<div class='ipsWidget_inner'>\n\t\t\t\t<ul class='ipsDataList ipsDataList_reducedSpacing'>\n{chr(10).join(similar)}\n\t\t\t\t</ul>
\t\t\t</div>\n\t\t</li>\n\t</ul>\n</div>\n\t\t\t\t\t</div>\n{breadcrumb('bottom')}\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</main>\n\t\t<footer id='ipsLayout_footer' class='ipsClearfix'>\n\t\t\t<div class='ipsLayout_container'>\n<ul class='ipsList_inline ipsType_center ipsSpacer_top' id="elFooterLinks">\n\t\t<li><a href='{HOST}/privacy/'>سياسة الخصوصية</a></li>\n\t\t<li><a rel="nofollow" href='{HOST}/contact/' data-ipsdialog data-ipsdialog-title="اتصل بنا">اتصل بنا</a></li>
\t<li><a rel="nofollow" href='{HOST}/cookies/'>ملفات تعريف الارتباط</a></li>\n</ul>\n<p id='elCopyright'>\n\t<span id='elCopyright_userLine'>© 2009 - 2025 منتديات شبكة الرافدين</span>\n\t<a rel='nofollow' title='Invision Community' href='https://www.invisioncommunity.com/'>Powered by Invision Community</a>\n</p>\n\t\t\t</div>\n\t\t</footer>\n<div id='elGuestTerms' class='ipsPad_half ipsJS_hide' data-role='guestTermsBar' data-controller='core.front.core.guestTerms'>
\t<div class='ipsLayout_container cGuestTerms'>\n\t\t<div class='ipsGrid ipsGrid_collapsePhone'>\n\t\t\t<div class='ipsGrid_span10 cGuestTerms_contents'>\n\t\t\t\t<h2 class='ipsType_sectionHead'>{TERMS[0]}</h2>\n\t\t\t\t<p class='ipsType_reset ipsType_normal'>{TERMS[1]}</p>\n\t\t\t</div>\n\t\t\t<div class='ipsGrid_span2 cGuestTerms_contents'>\n\t\t\t\t<a href='{HOST}/index.php?app=core&amp;module=system&amp;controller=terms&amp;do=dismiss&amp;ref={enc}' rel='nofollow' class='ipsButton ipsButton_veryLight ipsButton_large ipsButton_fullWidth' data-action="dismissTerms"><i class='fa fa-check'></i>&nbsp; {TERMS[2]}</a>
\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n\t\t<!--ipsQueryLog-->\n\t\t<!--ipsCachingLog-->\n\t</body>\n</html>\n"""
    return page
