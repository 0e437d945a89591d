"""An Iraqi news portal from Najaf ("بوابة النجف الإخبارية") on Joomla 4 with a Gantry 5 theme
(Helium-based outline `g5_helium`), a com_content article as the site serves it at
`/<category>/<id>-<alias>`. Head: `<html lang="ar-aa" dir="rtl">`, Joomla's metas (`author`,
`description`, `generator` "Joomla! - Open Source Content Management"), `<title>` "headline -
site", the OpenSearch link, og/twitter metas from an Open Graph plugin (`article:published_time`
in UTC, `+00:00`), a Google Structured Data `NewsArticle` JSON-LD (`data-type="gsd"`, local
`+03:00`), Gantry's compiled CSS (`nucleus.css`, `helium_12.css`, `joomla.css`, `rtl.css`,
`custom_12.css`, Font Awesome) and the `joomla-script-options` JSON. `<body class="gantry site
com_content view-article ... dir-rtl itemid-N outline-12 g-offcanvas-left g-default">`: the
`#g-offcanvas` mobile menu container, then `#g-page-surround` with the Gantry sections, each
`g-container` > `g-grid` > `g-block size-N` > `g-content g-particle`: `#g-top` (the date
particle, English like Twig's `date` filter prints it: the day of the visit, chrome; the social
particle with `g-social-text` labels), `#g-navigation` (logo particle, the menu particle
`nav.g-main-nav` > `ul.g-toplevel` with `g-menu-item` items, one `g-parent` dropdown with
its "رجوع" back item, the finder search module), `#g-showcase` (a custom news-ticker particle,
"عاجل" and four headlines), `#g-container-main` with `main#g-mainbar` (system messages, the
J4 `mod-breadcrumbs` BreadcrumbList with "أنت هنا:", the component in `platform-content`, then
the related-items module "أخبار ذات صلة") and `aside#g-aside` ("الأكثر قراءة" `mostread`,
"آخر الأخبار" `latestnews`, the Najaf prayer-times custom module, the Telegram box),
`footer#g-footer` (about text, links menu) and `#g-copyright` (copyright, "Powered by Gantry
Framework" branding, the to-top particle). The article is Joomla 4's `com-content-article
item-page` (schema.org Article microdata): `div.page-header` > `h1`, `dl.article-info` with
`dt.article-info-term` "تفاصيل", `dd.createdby` ("كتب بواسطة:"), `dd.category-name` ("الفئة:"),
`dd.published` with `<time datetime>` in +03:00 and the Iraqi override of DATE_FORMAT_LC3 "d F
Y" with Syriac month names ("05 تشرين الثاني 2024"), `dd.hits` ("الزيارات:"), `ul.tags`, the
full-text `figure.item-image`, `div.com-content-article__body[itemprop=articleBody]`, a share
bar from a content plugin ("شارك الخبر:"), `nav.pagenavigation` (visually-hidden "المقال
السابق: title" spans, "السابق"/"التالي").
Page 1 (a named reporter): full image with a `figcaption` (chrome), an `<h3>` subheading (text),
JComments with two comments and its form. Page 2 (an INA wire story, the author hidden, posted
00:40 local so the og UTC time is the day before): no image, the "النجف - واع -" dateline opens
the lead (text), a closing "المصدر: وكالة الأنباء العراقية (واع)" line inside the body (chrome),
no comments. Page 3 (a named writer): full image without a caption, a `dd.modified` "آخر
تحديث:" the next day (chrome), a `<blockquote>` the text introduces (text), a YouTube iframe
with an italic caption line (chrome), only a previous link, the JComments form without
comments. Everything outside the story's paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import LEVANTINE, Article, Page, e

NAME = "joomla_gantry5_portal"
HELD_OUT = True
SET = "unseen32"
FAMILY = ("Joomla 4 + Gantry 5 (Helium outline) Iraqi news portal: g-container/g-grid/g-block "
          "sections, menu/social/date/ticker particles, com_content item-page with "
          "dl.article-info, tags, item-image, pagenavigation, JComments, mostread/latest modules")
HOST = "https://gantry5-najaf-news.example"
SITE = "بوابة النجف الإخبارية"
OUTLINE = 12
SECTIONS = {"محليات": ("local", 112, 8), "اقتصاد": ("economy", 114, 10),
            "ثقافة وتراث": ("culture", 115, 11)}
MENU = (("/", "الرئيسية", 101), ("/local", "محليات", 112), ("/politics", "سياسة", 113),
        ("/economy", "اقتصاد", 114), ("/culture", "ثقافة وتراث", 115),
        ("/sports", "رياضة", 116))
MORE = ("المزيد", 120, (("/reports", "تحقيقات", 121), ("/interviews", "حوارات", 122),
                        ("/media", "صور وفيديو", 123)))
CONTACT = ("/contact", "اتصل بنا", 130)
BACK = "رجوع"
SOCIAL = (("facebook-f", "https://www.facebook.com/najafnewsportal", "فيسبوك"),
          ("x-twitter", "https://x.com/najafnewsportal", "إكس"),
          ("telegram", "https://t.me/najafnewsportal", "تلغرام"),
          ("youtube", "https://www.youtube.com/@najafnewsportal", "يوتيوب"))
TICKER = (
    "محافظ النجف يوجه بإكمال مشروع مجسر ثورة العشرين قبل نهاية العام",
    "مطار النجف الدولي يستقبل رحلات جديدة من طهران ومشهد الأسبوع المقبل",
    "صحة النجف: حملة تلقيح ضد شلل الأطفال تستهدف 180 ألف طفل",
    "شرطة النجف تعلن خطة مرورية لتخفيف الزخم في مركز المدينة",
    "جامعة الكوفة تحتل مرتبة متقدمة في تصنيف الجامعات العراقية",
    "مجلس المحافظة يصوت على خطة تنمية الأقاليم للعام الجديد",
    "انخفاض درجات الحرارة في الفرات الأوسط مع فرصة لتساقط أمطار خفيفة",
)
MOST_READ = (
    "أسعار صرف الدولار في أسواق النجف صباح اليوم",
    "الكشف عن موعد افتتاح مستشفى الحكيم الجديد في النجف",
    "التربية تحدد موعد امتحانات نصف السنة للمراحل المنتهية",
    "بالصور.. أمطار غزيرة تغرق شوارع حي الغدير",
    "نادي النجف يتعادل مع الزوراء في دوري نجوم العراق",
    "توزيع قطع أراض سكنية على ذوي الشهداء في قضاء الكوفة",
    "مديرية المرور تعلن آلية جديدة لتسجيل الدراجات النارية",
    "ضبط معمل غير مرخص لتعبئة المياه في أطراف المدينة",
)
LATEST = (
    "النجف تستضيف مؤتمرا علميا عن الإرث الحضاري لمدينة الكوفة",
    "إطلاق الوجبة الثانية من سلف المزارعين في المحافظة",
    "مديرية الكهرباء تعلن جدول القطع المبرمج لأعمال الصيانة",
    "افتتاح مدرسة جديدة بسعة 24 صفا في حي الميلاد",
    "وفد تجاري إيراني يبحث في النجف تنشيط السياحة الدينية",
    "مجلس المحافظة يستضيف مدير البلدية لمناقشة ملف النفايات",
    "الدفاع المدني يخمد حريقا في مخزن للأخشاب بالحي الصناعي",
)
PRAYER_TITLE = "مواقيت الصلاة"
PRAYER_NOTE = "حسب توقيت النجف الأشرف"
PRAYERS = ("الفجر", "الشروق", "الظهر", "المغرب")
PRAYER_TIMES = {1: ("4:41", "6:00", "11:37", "17:32"), 2: ("4:52", "6:12", "11:34", "17:13"),
                3: ("5:38", "7:02", "12:05", "17:27")}
TELEGRAM = ("قناتنا على تلغرام", "تابعوا آخر أخبار النجف لحظة بلحظة عبر قناتنا الرسمية",
            "انضم الآن")
ABOUT = ("عن البوابة", "بوابة النجف الإخبارية موقع إخباري مستقل يغطي أخبار محافظة النجف الأشرف "
         "والفرات الأوسط، ويصدر عن مؤسسة الغري للإعلام.")
LINKS_TITLE = "روابط"
LINKS = (("/about", "من نحن"), ("/contact", "اتصل بنا"), ("/advertise", "أعلن معنا"),
         ("/privacy-policy", "سياسة الخصوصية"))
ADDRESS = "النجف الأشرف - شارع الكوفة - قرب تقاطع ثورة العشرين"
POWERED = "Powered by Gantry Framework"
TOTOP = "العودة إلى الأعلى"
SHARE = ("شارك الخبر:", (("facebook", "https://www.facebook.com/sharer/sharer.php?u=", "فيسبوك"),
                         ("x", "https://x.com/intent/tweet?url=", "إكس"),
                         ("whatsapp", "https://api.whatsapp.com/send?text=", "واتساب"),
                         ("telegram", "https://t.me/share/url?url=", "تلغرام")))
HITS = (1843, 967, 2215)
VISIT_DAYS = (3, 1, 3)  # the day of the visit the top bar's date particle shows
PREV_NEXT = {
    1: ("إغلاق مؤقت لشارع الروان لأعمال تبديل أنابيب الصرف الصحي",
        "توزيع الحصة التموينية لشهر تشرين الثاني على وكلاء المحافظة"),
    2: ("غرفة تجارة النجف تطالب بتسهيلات لاستيراد المكائن الزراعية",
        "البنك المركزي يطلق مبادرة لتمويل المشاريع الصغيرة في الفرات الأوسط"),
    3: ("أمسية شعرية في اتحاد الأدباء تستذكر الجواهري", ""),
}
SUBHEAD = {1: "مراحل العمل"}
SOURCE = {2: "المصدر: وكالة الأنباء العراقية (واع)"}
QUOTE = {3: 4}  # the paragraph set as a blockquote
YOUTUBE = {3: (5, "pQ3nK7wZt2E", "فيديو: جولة داخل مختبر ترميم المخطوطات")}
IMAGES = {1: "images/2024/10/water-main-kufa-street.jpg",
          3: "images/2025/01/manuscripts-lab-huwaish.jpg"}
COMMENTS = {
    1: (("أبو مصطفى الحسناوي", 105,
         "نتمنى أن يشمل المشروع حي الجمعية فعلا، فالماء لا يصل إلى الطابق الثاني منذ سنوات."),
        ("م. علي الياسري", 240,
         "الأهم أن تلتزم الشركة بإعادة تبليط الشوارع بعد الحفر وألا تترك كما حصل في حي السعد.")),
    3: (),
}
JC_FORM = ("أضف تعليقاً", "الاسم (مطلوب)", "البريد الإلكتروني (مطلوب)",
           "أرسلني عبر البريد عند إضافة تعليقات جديدة", "إرسال", "إلغاء")
JC_NOTE = "التعليقات المنشورة تعبر عن آراء أصحابها ولا تمثل رأي البوابة"
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _lc3(moment) -> str:
    """DATE_FORMAT_LC3 "d F Y" of the site's Iraqi language override, in +03:00."""
    return f"{moment:%d} {LEVANTINE[moment.month - 1]} {moment.year}"


def _particle(kind: str, pid: int, inner: str) -> str:
    return (f'<div id="{kind}-{pid}-particle" class="g-content g-particle">'
            f"{inner}\n            </div>")


def _section(sid: str, blocks: list[tuple[int, str]], tag: str = "section") -> str:
    cols = "".join(f'\n        <div class="g-block size-{size}">\n             {inner}\n'
                   "        </div>" for size, inner in blocks)
    return (f'<{tag} id="{sid}">\n                <div class="g-container">'
            f'                                <div class="g-grid">{cols}\n            </div>'
            f"\n            </div>\n        \n    </{tag}>")


def _module(pid: int, title: str, inner: str) -> str:
    head = f'<h3 class="g-title">{e(title)}</h3>' if title else ""
    return _particle("position", pid, f'<div class="platform-content"><div class="moduletable ">'
                                      f"\n        {head}\n        {inner}</div></div>")


def _item(href: str, label: str, iid: int, active: bool, kind: str = "component") -> str:
    cls = " active" if active else ""
    return (f'<li class="g-menu-item g-menu-item-type-{kind} g-menu-item-{iid} g-standard '
            f'{cls}">\n                <a class="g-menu-item-container" href="{href}">\n'
            f'                                                                <span '
            f'class="g-menu-item-content">\n                                    <span '
            f'class="g-menu-item-title">{e(label)}</span>\n            \n                    '
            f"</span>\n                                                </a>\n                "
            "                </li>")


def _menu(section: str) -> str:
    items = [_item(h, lab, i, lab == section) for h, lab, i in MENU]
    label, iid, subs = MORE
    sub = "\n".join(_item(h, lab, i, False) for h, lab, i in subs)
    items.append(
        f'<li class="g-menu-item g-menu-item-type-separator g-menu-item-{iid} g-parent '
        'g-standard  " style="position: relative;">\n                <div '
        'class="g-menu-item-container" data-g-menuparent="">\n'
        '                    <span class="g-separator g-menu-item-content">\n'
        f'                    <span class="g-menu-item-title">{label}</span>\n'
        '            </span>\n                                        <span '
        'class="g-menu-parent-indicator"></span>                            </div>\n'
        '                                                                        <ul '
        'class="g-dropdown g-inactive g-fade g-dropdown-left">\n            <li '
        'class="g-dropdown-column">\n                        <div class="g-grid">\n'
        '                        <div class="g-block size-100">\n            <ul '
        'class="g-sublevel">\n                <li class="g-level-1 g-go-back">\n'
        '                    <a class="g-menu-item-container" href="#" data-g-menuparent="">'
        f'<span>{BACK}</span></a>\n                </li>\n{sub}\n            </ul>\n'
        "        </div>\n            </div>\n            </li>\n        </ul>\n    </li>")
    items.append(_item(*CONTACT, False))
    return ('<nav class="g-main-nav" data-g-hover-expand="true">\n        <ul '
            'class="g-toplevel">\n' + "\n".join(items) + "\n        </ul>\n    </nav>")


def _list(cls: str, titles: list[str], base: int, cat: str) -> str:
    lis = "".join(f'\n\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="/{cat}/'
                  f'{base - 7 * k}" itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t'
                  f"{e(t)}\t\t\t</span>\n\t\t</a>\n\t</li>" for k, t in enumerate(titles))
    return f'<ul class="{cls} mod-list">{lis}\n</ul>\n'


def _rotate(pool: tuple[str, ...], start: int, count: int) -> list[str]:
    return [pool[(start + k) % len(pool)] for k in range(count)]


def _body(article: Article, n: int, page: Page) -> str:
    out = []
    for k, para in enumerate((article.lead, *article.paragraphs)):
        if SUBHEAD.get(n) == para:
            out.append(f"<h3>{e(para)}</h3>")
        elif QUOTE.get(n) == k:
            out.append(f"<blockquote>\n<p>{e(para)}</p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{e(para)}</p>')
        if n in YOUTUBE and YOUTUBE[n][0] == k:
            _, vid, cap = YOUTUBE[n]
            page.add(cap)
            out.append(f'<p style="text-align: center;"><iframe src="https://www.youtube.com/embed/'
                       f'{vid}" width="560" height="315" frameborder="0" '
                       'allowfullscreen="allowfullscreen"></iframe></p>\n'
                       f'<p style="text-align: center;"><em>{e(cap)}</em></p>')
    if n in SOURCE:
        page.add(SOURCE[n])
        out.append(f'<p style="text-align: left;"><strong>{e(SOURCE[n])}</strong></p>')
    return " \n".join(out)


def _comments(article: Article, n: int, page: Page, aid: int) -> str:
    if n not in COMMENTS:
        return ""
    items = []
    for k, (who, minutes, text) in enumerate(COMMENTS[n]):
        cid = aid * 2 + 41 + k
        when = article.moment + timedelta(minutes=minutes)
        stamp = f"{when:%d.%m.%Y %H:%M}"
        page.add(who, stamp, text)
        items.append(
            f'\t<div class="{"odd" if k % 2 else "even"}" id="comment-item-{cid}">\n<div '
            'class="rbox"><div class="rbox_tr"><div class="rbox_tl"><div class="rbox_t">&#160;'
            '</div></div></div><div class="rbox_m">\n<div class="comment-box usertype-guest">\n'
            f'<a class="comment-anchor" href="{page.url}#comment-{cid}" id="comment-{cid}">#{k + 1}'
            f'</a>\n<span class="comment-author">{e(who)}</span>\n<span class="comment-date">'
            f'{stamp}</span>\n<div class="comment-body" id="comment-body-{cid}">{e(text)}</div>\n'
            '</div><div class="clear"></div>\n</div><div class="rbox_br"><div class="rbox_bl">'
            '<div class="rbox_b">&#160;</div></div></div></div>\n\t</div>\n')
    listing = ""
    if items:
        heading = f"التعليقات ({len(items)})"
        page.add(heading)
        listing = (f'<div id="comments"><h4>{heading}</h4>\n<div id="comments-list" '
                   f'class="comments-list">\n{"".join(items)}</div>\n<div id="comments-list-footer">'
                   "</div>\n</div>\n")
    page.add(*JC_FORM, JC_NOTE)
    f = JC_FORM
    return f"""<script src="{HOST}/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
<script src="{HOST}/components/com_jcomments/libraries/joomlatune/ajax.js?v=4"></script>
<script>
var jcomments=new JComments({aid}, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');
jcomments.setList('comments-list');
</script>
<div id="jc">
{listing}<a id="addcomments" href="#addcomments"></a>
<div id="comments-form-box">
<h4>{f[0]}</h4>
<p class="jc-note">{JC_NOTE}</p>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<p>
\t<span>
\t\t<input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" />
\t\t<label for="comments-form-name">{f[1]}</label>
\t</span>
</p>
<p>
\t<span>
\t\t<input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" />
\t\t<label for="comments-form-email">{f[2]}</label>
\t</span>
</p>
<p>
\t<span>
\t\t<textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea>
\t</span>
</p>
<p>
\t<span>
\t\t<input class="checkbox" id="comments-form-subscribe" type="checkbox" name="subscribe" value="1" tabindex="5" />
\t\t<label for="comments-form-subscribe">{f[3]}</label><br />
\t</span>
</p>
<div id="comments-form-buttons">
\t<div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="{f[4]} (Ctrl+Enter)">{f[4]}</a></div></div>
\t<div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="{f[5]}">{f[5]}</a></div></div>
\t<div style="clear:both;"></div>
</div>
\t<input type="hidden" name="object_id" value="{aid}" />
\t<input type="hidden" name="object_group" value="com_content" />
</form>
</div>
</div>
"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    aid = int(article.slug.split("-", 1)[0])
    cat, itemid, _catid = SECTIONS[article.section]
    url = f"{HOST}/{cat}/{article.slug}"
    shown = _lc3(moment)
    page = Page(url=url, html="", shown_date=shown)
    utc = moment.astimezone(UTC)
    visit = moment + timedelta(days=VISIT_DAYS[n - 1], hours=2)
    today = f"{EN_DAYS[visit.weekday()]}, {visit:%B} {visit.day}, {visit.year}"
    ticker = _rotate(TICKER, 2 * n, 4)
    page.add(today, *(label for _, _, label in SOCIAL), *(label for _, label, _ in MENU),
             MORE[0], BACK, *(label for _, label, _ in MORE[2]), CONTACT[1], "بحث", "عاجل",
             *ticker, "أنت هنا:", "الرئيسية", article.section)

    # ---- the article view
    info = ['\t\t\t<dt class="article-info-term">\n\t\t\t\t\t\t\t\t\tتفاصيل\t\t\t\t\t\t\t</dt>']
    page.add("تفاصيل")
    if article.author:
        page.add(f"كتب بواسطة: {article.author}", article.author)
        info.append('\n\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype='
                    '"https://schema.org/Person">\n    <span class="icon-user icon-fw" '
                    'aria-hidden="true"></span>\n                    كتب بواسطة: <span '
                    f'itemprop="name">{e(article.author)}</span>    </dd>')
    page.add(f"الفئة: {article.section}")
    info.append('\n\t\t\t\t\t\t\t\t\t<dd class="category-name">\n    <span class="icon-folder-open '
                'icon-fw" aria-hidden="true"></span>                        الفئة: <a href="/'
                f'{cat}" itemprop="genre">{e(article.section)}</a>    </dd>')
    page.add(f"نشر بتاريخ: {shown}")
    info.append('\n\t\t\t\t\t\t\t\t\t<dd class="published">\n    <span class="icon-calendar '
                'icon-fw" aria-hidden="true"></span>\n    <time datetime="'
                f'{moment.isoformat()}" itemprop="datePublished">\n        نشر بتاريخ: {shown}    '
                "</time>\n</dd>")
    if n == 3:
        modified = moment + timedelta(days=1, hours=-6, minutes=32)
        page.add(f"آخر تحديث: {_lc3(modified)}")
        info.append('\n\t\t\t\t\t<dd class="modified">\n    <span class="icon-calendar icon-fw" '
                    f'aria-hidden="true"></span>\n    <time datetime="{modified.isoformat()}" '
                    f'itemprop="dateModified">\n        آخر تحديث: {_lc3(modified)}    </time>\n'
                    "</dd>")
    hits = HITS[n - 1]
    page.add(f"الزيارات: {hits}")
    info.append('\n\t\t\t\t<dd class="hits">\n    <span class="icon-eye icon-fw" aria-hidden="true">'
                f'</span>\n    <meta itemprop="interactionCount" content="UserPageVisits:{hits}">\n'
                f"    الزيارات: {hits}</dd>\n")
    page.add(*article.tags)
    tags = "".join(f'\n                                    <li class="list-inline-item tag-{40 + k} '
                   f'tag-list{k}" itemprop="keywords">\n                <a href="/component/tags/'
                   f'tag/{40 + k}" class="btn-sm btn-info">\n                    {e(t)}'
                   "                </a>\n            </li>" for k, t in enumerate(article.tags))
    figure = ""
    image = f"{HOST}/{IMAGES[n]}" if n in IMAGES else ""
    if image:
        cap = "" if article.caption == "-" else f'<figcaption class="caption">{e(article.caption)}' \
              "</figcaption>"
        page.add(cap and article.caption)
        figure = (f'<figure class="none item-image">\n    <img src="/{IMAGES[n]}" itemprop="image" '
                  f'alt="{e(article.headline)}" width="900" height="600" loading="lazy">\n'
                  f"            {cap}\n    </figure>\n")
    page.add(SHARE[0], *(label for _, _, label in SHARE[1]))
    share = "".join(f'<a class="ssb-{net}" href="{base}{url}" target="_blank" rel="noopener '
                    f'nofollow"><span class="fab fa-{net}"></span> {label}</a>\n'
                    for net, base, label in SHARE[1])
    navs = []
    prev_t, next_t = PREV_NEXT[n]
    if prev_t:
        page.add(f"المقال السابق: {prev_t}", "السابق")
        navs.append(f'<a class="btn btn-sm btn-secondary previous" href="/{cat}/{aid - 3}" '
                    'rel="prev">\n            <span class="visually-hidden">\n                '
                    f"المقال السابق: {e(prev_t)}            </span>\n            <span "
                    'class="icon-chevron-right" aria-hidden="true"></span> <span '
                    'aria-hidden="true">السابق</span>            </a>')
    if next_t:
        page.add(f"المقال التالي: {next_t}", "التالي")
        navs.append(f'<a class="btn btn-sm btn-secondary next" href="/{cat}/{aid + 4}" '
                    'rel="next">\n            <span class="visually-hidden">\n                '
                    f"المقال التالي: {e(next_t)}            </span>\n            <span "
                    'aria-hidden="true">التالي</span> <span class="icon-chevron-left" '
                    'aria-hidden="true"></span>            </a>')
    nav = "\n                    ".join(navs)
    body = _body(article, n, page)
    comments = _comments(article, n, page, aid)
    item = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="ar-AA">


        <div class="page-header">
        <h1 itemprop="headline">
            {e(article.headline)}        </h1>
                            </div>


            <dl class="article-info text-muted">


{"".join(info)}
            </dl>

    <ul class="tags list-inline">{tags}
        </ul>


                            {figure}    <div itemprop="articleBody" class="com-content-article__body">
        {body}    </div>



<div class="social-share-buttons">
<span class="share-label">{SHARE[0]}</span>
{share}</div>

<nav class="pagenavigation" aria-label="تنقل الصفحات">
    <span class="pagination ms-0">
                {nav}
        </span>
</nav>
{comments}
                                        </div>"""

    # ---- the mainbar and aside modules
    crumbs = (f'<nav class="mod-breadcrumbs__wrapper" aria-label="مسار التنقل">\n    <ol itemscope '
              'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 '
              'py-2">\n                    <li class="mod-breadcrumbs__here float-start">\n'
              '                أنت هنا: &#160;\n            </li>\n        \n        <li '
              'itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
              'class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" '
              'class="pathway"><span itemprop="name">الرئيسية</span></a><meta itemprop="position" '
              'content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema'
              '.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" '
              f'href="/{cat}" class="pathway"><span itemprop="name">{e(article.section)}</span>'
              '</a><meta itemprop="position" content="2"></li><li aria-current="page" '
              'class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">'
              f'{e(article.headline)}</span><meta itemprop="position" content="3"></li>    </ol>\n'
              "    </nav>\n")
    page.add("أخبار ذات صلة", *article.related)
    related = "".join(f'\n<li>\n    <a href="/{cat}/{aid - 19 * (k + 1)}">\n        {e(t)}</a>\n'
                      "</li>" for k, t in enumerate(article.related))
    related = f'<ul class="relateditems mod-list">{related}\n</ul>\n'
    most = _rotate(MOST_READ, n, 5)
    latest = _rotate(LATEST, 2 * n, 5)
    page.add("الأكثر قراءة", *most, "آخر الأخبار", *latest)
    times = PRAYER_TIMES[n]
    page.add(PRAYER_TITLE, PRAYER_NOTE, *PRAYERS, *times, *TELEGRAM)
    rows = "".join(f"\n<tr>\n<td>{p}</td>\n<td>{t}</td>\n</tr>" for p, t in zip(PRAYERS, times,
                                                                                strict=True))
    prayer = (f'<div id="mod-custom131" class="mod-custom custom">\n    <p class="prayer-note">'
              f'{PRAYER_NOTE}</p>\n<table class="prayer-times" style="width: 100%;">\n<tbody>'
              f"{rows}\n</tbody>\n</table></div>\n")
    telegram = (f'<div id="mod-custom132" class="mod-custom custom">\n    <p><span class="fab '
                f'fa-telegram"></span> {TELEGRAM[1]}</p>\n<p><a class="button" href="'
                f'https://t.me/najafnewsportal" target="_blank" rel="noopener">{TELEGRAM[2]}</a>'
                "</p></div>\n")
    search = ('<form class="mod-finder js-finder-searchform form-search" action="/component/finder/'
              'search" method="get" role="search">\n    <label for="mod-finder-searchword119" '
              'class="finder">بحث</label><input type="text" name="q" id="mod-finder-searchword119" '
              'class="js-finder-search-query form-control" value="" placeholder="ابحث في البوابة '
              f'...">\n            <input type="hidden" name="Itemid" value="{itemid}"></form>\n')

    # ---- header, footer
    social = "".join(f'\n        <a href="{href}" target="_blank" rel="noopener noreferrer" '
                     f'title="{label}" aria-label="{label}">\n            <span class="fab '
                     f'fa-{icon} fa-fw"></span> <span class="g-social-text">{label}</span>'
                     "        </a>" for icon, href, label in SOCIAL)
    ticker_items = "".join(f'\n                <li class="g-newsticker-item"><a href="/local/'
                           f'{aid + 11 + k}">{e(t)}</a></li>' for k, t in enumerate(ticker))
    links = "".join(f'\n<li class="nav-item item-{140 + k}"><a href="{h}" >{lab}</a></li>'
                    for k, (h, lab) in enumerate(LINKS))
    page.add(*ABOUT, ADDRESS, LINKS_TITLE, *(lab for _, lab in LINKS))
    copyright_ = f"© 2012 - {visit.year} {SITE}. جميع الحقوق محفوظة"
    page.add(copyright_, POWERED, TOTOP)
    top = _section("g-top", [
        (60, _particle("date", 1742, f'<div class="g-date">\n                    <span>{today}'
                       "</span>\n            </div>")),
        (40, _particle("social", 4193, f'<div class="g-social ">{social}\n    </div>'))])
    navigation = _section("g-navigation", [
        (20, _particle("logo", 6037, f'<a href="/" target="_self" title="{SITE}" aria-label='
                       f'"{SITE}" rel="home" class="g-logo">\n                        <img '
                       f'src="/templates/g5_helium/custom/images/logo-najaf.png" alt="{SITE}" />'
                       "\n            </a>")),
        (60, _particle("menu", 2281, _menu(article.section))),
        (20, _module(7709, "", search))])
    showcase = _section("g-showcase", [
        (100, _particle("newsticker", 3350, '<div class="g-newsticker" data-g-newsticker-'
                        'interval="5000">\n            <div class="g-newsticker-headline">'
                        '<span class="fas fa-bolt"></span> عاجل</div>\n            <div '
                        f'class="g-newsticker-items"><ul>{ticker_items}\n            </ul></div>'
                        "\n    </div>"))])
    main = f"""<section id="g-container-main" class="g-wrapper">
                <div class="g-container">                    <div class="g-grid">
        <div class="g-block size-70">
             <main id="g-mainbar">
                                        <div class="g-grid">
        <div class="g-block size-100">
             <div class="g-system-messages">
                                            <div id="system-message-container" aria-live="polite"></div>


    </div>
        </div>
            </div>
                            <div class="g-grid">
        <div class="g-block size-100">
             {_module(5120, "", crumbs)}
        </div>
            </div>
                            <div class="g-grid">
        <div class="g-block size-100">
             <div class="g-content">
                                                            <div class="platform-content container"><div class="row"><div class="col">{item}</div></div></div>

            </div>
        </div>
            </div>
                            <div class="g-grid">
        <div class="g-block size-100">
             {_module(5188, "أخبار ذات صلة", related)}
        </div>
            </div>

    </main>
        </div>

        <div class="g-block size-30">
             <aside id="g-aside">
                                        <div class="g-grid">
        <div class="g-block size-100">
             {_module(8841, "الأكثر قراءة", _list("mostread", most, aid - 40, "local"))}
        </div>
            </div>
                            <div class="g-grid">
        <div class="g-block size-100">
             {_module(8842, "آخر الأخبار", _list("mod-articleslatest latestnews", latest, aid + 9, "local"))}
        </div>
            </div>
                            <div class="g-grid">
        <div class="g-block size-100">
             {_module(8843, PRAYER_TITLE, prayer)}
        </div>
            </div>
                            <div class="g-grid">
        <div class="g-block size-100">
             {_module(8844, TELEGRAM[0], telegram)}
        </div>
            </div>

    </aside>
        </div>
            </div>
    </div>

    </section>"""
    footer = _section("g-footer", [
        (50, _module(9901, ABOUT[0], f'<div id="mod-custom133" class="mod-custom custom">\n    '
                     f"<p>{ABOUT[1]}</p>\n<p>{ADDRESS}</p></div>\n")),
        (50, _module(9902, LINKS_TITLE, f'<ul class="mod-menu mod-list nav ">{links}\n</ul>\n'))],
        tag="footer")
    copyright_sec = _section("g-copyright", [
        (50, _particle("copyright", 5630, f'<div class="g-copyright ">\n    &copy;\n    2012 -'
                       f"    {visit.year}\n    {SITE}. جميع الحقوق محفوظة</div>")),
        (30, _particle("branding", 2457, '<div class="g-branding branding">\n    Powered by <a '
                       'href="http://www.gantry.org/" title="Gantry Framework" '
                       'class="g-powered-by">Gantry Framework</a>\n</div>')),
        (20, _particle("totop", 1268, '<div class="totop g-particle">\n    <div class="g-totop">\n'
                       f'        <a href="#" id="g-totop" rel="nofollow" title="{TOTOP}" '
                       f'aria-label="{TOTOP}">\n            {TOTOP}            <i class="fa '
                       'fa-chevron-up fa-fw"></i>        </a>\n    </div>\n</div>'))])

    # ---- head
    desc = " ".join(article.lead.split()[:22])
    meta_author = article.author or "هيئة التحرير"
    og_image = ""
    if image:
        og_image = (f'\n\t<meta property="og:image" content="{image}">\n\t<meta property="og:image:'
                    'width" content="900">\n\t<meta property="og:image:height" content="600">\n\t'
                    f'<meta name="twitter:image" content="{image}">')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
          "description": desc, **({"image": {"@type": "ImageObject", "url": image, "width": 900,
                                             "height": 600}} if image else {}),
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject",
                                 "url": f"{HOST}/templates/g5_helium/custom/images/logo-najaf.png"}},
          "author": ({"@type": "Person", "name": article.author} if article.author
                     else {"@type": "Organization", "name": SITE, "url": f"{HOST}/"}),
          "datePublished": moment.isoformat(),
          "dateCreated": moment.isoformat(),
          "dateModified": (moment + timedelta(days=1, hours=-6, minutes=32) if n == 3
                           else moment + timedelta(minutes=12)).isoformat()}
    options = {"system.paths": {"root": "", "rootFull": f"{HOST}/", "base": "",
                                "baseFull": f"{HOST}/"},
               "csrf.token": f"{aid * 7919:x}{n}c0ffee5d2b8a41e9f07{aid:x}"}
    script_options = json.dumps(options, ensure_ascii=False).replace("/", "\\/")
    html = f"""<!DOCTYPE html>
<html lang="ar-aa" dir="rtl">
    <head>

                        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <meta http-equiv="X-UA-Compatible" content="IE=edge" />




    <meta charset="utf-8">
\t<meta name="author" content="{e(meta_author)}">
\t<meta name="description" content="{e(desc)}">
\t<meta name="generator" content="Joomla! - Open Source Content Management">
\t<meta property="og:locale" content="ar_AR">
\t<meta property="og:type" content="article">
\t<meta property="og:title" content="{e(article.headline)}">
\t<meta property="og:description" content="{e(desc)}">
\t<meta property="og:url" content="{url}">
\t<meta property="og:site_name" content="{SITE}">
\t<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S+00:00}">
\t<meta property="article:section" content="{e(article.section)}">
\t<meta name="twitter:card" content="summary_large_image">
\t<meta name="twitter:site" content="@najafnewsportal">
\t<meta name="twitter:title" content="{e(article.headline)}">{og_image}
\t<title>{e(article.headline)} - {SITE}</title>
\t<link href="{HOST}/component/finder/search?format=opensearch&amp;Itemid=101" rel="search" title="OpenSearch {SITE}" type="application/opensearchdescription+xml">
\t<link href="/templates/g5_helium/custom/images/favicon.png" rel="icon" type="image/png">
\t<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet" />
\t<link href="/templates/g5_helium/custom/css-compiled/helium_{OUTLINE}.css" rel="stylesheet" />
\t<link href="/media/gantry5/engines/nucleus/css-compiled/bootstrap5.css" rel="stylesheet" />
\t<link href="/media/system/css/joomla-fontawesome.min.css" rel="stylesheet" />
\t<link href="/media/gantry5/assets/css/font-awesome6-all.min.css" rel="stylesheet" />
\t<link href="/media/gantry5/engines/nucleus/css-compiled/joomla.css" rel="stylesheet" />
\t<link href="/templates/g5_helium/custom/css-compiled/helium-joomla_{OUTLINE}.css" rel="stylesheet" />
\t<link href="/media/gantry5/engines/nucleus/css-compiled/rtl.css" rel="stylesheet" />
\t<link href="/templates/g5_helium/custom/css-compiled/custom_{OUTLINE}.css" rel="stylesheet" />
\t<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
\t<script type="application/json" class="joomla-script-options new">{script_options}</script>
\t<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
\t<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
\t<script src="/media/legacy/js/jquery-noconflict.min.js?647005fc12b79b3ca2bb30c059899d5994e3e34d"></script>
\t<script type="application/ld+json" data-type="gsd">{json.dumps(ld, ensure_ascii=False, indent=4)}</script>

    <!--[if (gte IE 8)&(lte IE 9)]>
        <script type="text/javascript" src="/media/gantry5/assets/js/html5shiv-printshiv.min.js"></script>
        <link rel="stylesheet" href="/media/gantry5/engines/nucleus/css/nucleus-ie9.css" type="text/css"/>
        <script type="text/javascript" src="/media/gantry5/assets/js/matchmedia.polyfill.js"></script>
        <![endif]-->

</head>

    <body class="gantry site com_content view-article no-layout no-task dir-rtl itemid-{itemid} outline-{OUTLINE} g-offcanvas-left g-default g-style-preset1">



        <div id="g-offcanvas"  data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1">
                        <div class="g-grid">
        <div class="g-block size-100">
             <div id="mobile-menu-8120-particle" class="g-content g-particle">            <div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div>
            </div>
        </div>
            </div>
    </div>
        <div id="g-page-surround">
            <div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>


                {top}

                {navigation}

                {showcase}

                {main}

                {footer}

                {copyright_sec}



        </div>


                        <script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
    <script type="text/javascript" src="/templates/g5_helium/custom/js/newsticker.js"></script>





    </body>
</html>
"""
    page.html = html
    return page
