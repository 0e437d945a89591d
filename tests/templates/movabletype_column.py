"""A Kuwaiti columnist's blog ("ديوانية الرأي", the columns of عبدالعزيز المطيري and his
guests) on Movable Type Pro 7.9 with the default Classic Blog theme, its templates translated
by hand into Arabic (MT ships no Arabic localization), entry archives as the static publisher
writes them to `/YYYY/MM/basename.html`.

The head is the theme's "HTML Head" module: XHTML 1.0 Transitional doctype, `<html ...
id="sixapart-standard">` (the blogger added `dir="rtl" lang="ar"`), the `Content-Type` meta,
`<meta name="generator" content="Movable Type Pro 7.9.8" />`, `styles.css`, `rel="start"`, the
Atom feed, `mt.js`, the canonical link, `rel="prev bookmark"` / `rel="next bookmark"` links and
the trackback RDF in an HTML comment (`dc:date` in the blog's +03:00). The blogger added og and
twitter meta by hand; `article:published_time` is `<$mt:EntryDate format_name="iso8601"
utc="1"$>`, a UTC `Z` time. No JSON-LD (Classic Blog has none).

`<body id="classic_blog" class="mt-entry-archive layout-wt">` > `#container` >
`#container-inner` > the Banner Header (`#header` > `#header-inner` > `#header-content` with
`div#header-name` (the blog's name linked with accesskey 1) and `div#header-description`), then
`#content` > `#content-inner` > `#alpha` > `#alpha-inner` > `div#entry-N.entry-asset.asset.
hentry`: `div.asset-header` with `h1#page-title.asset-name.entry-title` and `div.asset-meta`
(`span.byline` "بواسطة <span class="vcard author"> في <abbr class="published" title=iso>",
the date in the blogger's `%d/%m/%Y %H:%M`, then "| N تعليقات"), `div.asset-content.
entry-content` with `div.asset-body` and `div#more.asset-more` (the extended entry), and
`div.asset-footer` with `div.entry-categories` ("التصنيفات:") and `div.entry-tags` ("الوسوم:",
tag links through `mt-search.cgi`) and the blogger's tag-based "تدوينات ذات صلة" list. Then
`div#comments.comments` (`h2.comments-header`, `div.comments-content` of `div.comment` with
`comment-header`/`asset-meta`/`byline`, the comment date in MT's default English `%x %X`
(the comment-detail module was left untranslated apart from its labels), "رد" reply links,
"ردا على تعليق من ..." for a threaded reply) and `div#comments-open` with MT's comment form
(`#comments-form`, labels, remember-me; the submit buttons are input values). `#beta`
sidebar widgets: search, "عن هذه التدوينة" (about this page: writer, the date again,
previous/next entry), "الصفحات", "التصنيفات" with counts, "الأرشيف الشهري" (MT's English
`%B %Y` archive titles), "سحابة الوسوم" (`rank-N` items), "المشاركات الأخيرة", the
syndication line and the powered-by badge. Banner Footer: `#footer` with the blogger's
copyright line and "يعمل بنظام Movable Type Pro".

Page 1: the columnist's housing column, an MT7 `mt-figure` image with its figcaption in the
entry body, an `<h3>` subheading in the extended entry (text), three comments (one threaded
reply by the columnist). Page 2: a KUNA item reposted by a user account with no display
name, so MT's byline prints only the date; posted at 00:40 local, so the UTC `og`/`article`
time falls on the day before; no image, no extended entry, an "المصدر:" credit line in the
body (chrome), no comments (the form only). Page 3: a guest writer's heritage piece with a
`<blockquote>` the text introduces (text) and a YouTube iframe in the extended entry with a
centred italic caption paragraph under it (chrome), one comment. Every line outside the
story's paragraphs is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "movabletype_column"
HELD_OUT = True
SET = "unseen32"
FAMILY = ("Movable Type 7 Classic Blog columnist blog entry archive: #header-name, "
          "entry-asset asset-header/asset-meta byline, asset-body/asset-more, entry-categories, "
          "entry-tags, MT comments and comments-form, #beta widgets, #footer powered-by")
HOST = "https://mt-kuwait-column.example"
SITE = "ديوانية الرأي"
DESCRIPTION = "مقالات عبدالعزيز المطيري في الشأن الكويتي العام"
COLUMNIST = "عبدالعزيز المطيري"
GENERATOR = "Movable Type Pro 7.9.8"
LOCAL = timedelta(hours=3)
IDS = {1: 1184, 2: 1207, 3: 1231}
CATEGORIES = (("articles", "مقالات", 214), ("news", "أخبار منقولة", 63), ("heritage", "تراث", 38),
              ("parliament", "شؤون برلمانية", 71), ("readers", "رسائل القراء", 19))
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
TAG_CLOUD = (("مجلس الأمة", 1), ("الإسكان", 2), ("التعليم", 2), ("الرعاية السكنية", 3),
             ("الطقس", 4), ("التراث الكويتي", 3), ("الميزانية", 2), ("الديوانيات", 5),
             ("الغوص على اللؤلؤ", 5), ("المرور", 4), ("البلدية", 6))
RECENT = {
    1: ("حين تصبح الميزانية نشرة أخبار", "المرور في الدائري السادس: حلول مؤجلة",
        "ديوانياتنا بين الأمس واليوم", "رسالة إلى وزير التربية", "عن النقد والمجاملة"),
    2: ("بداية عام ونهاية صبر", "البلدية والإعلانات العشوائية",
        "طابور الرعاية السكنية... اثنا عشر عاما من الانتظار", "حين تصبح الميزانية نشرة أخبار",
        "المرور في الدائري السادس: حلول مؤجلة"),
    3: ("الصيف والكهرباء: أزمة كل عام", "مكتبة الحي التي أغلقت أبوابها",
        "العطلة الصيفية بين السفر والبقاء", "بداية عام ونهاية صبر",
        "البلدية والإعلانات العشوائية"),
}
PREV_NEXT = {
    1: ("حين تصبح الميزانية نشرة أخبار", "عن النقد والمجاملة"),
    2: ("البلدية والإعلانات العشوائية", "بداية عام ونهاية صبر"),
    3: ("العطلة الصيفية بين السفر والبقاء", ""),
}
COMMENTS = {
    1: (("أبو مشعل", 92, "أنا شخصيا انتظرت أربعة عشر عاما، وما زلت أدفع الإيجار بعد تسلم القسيمة "
         "لأن البناء لم يبدأ بعد.", None),
        (COLUMNIST, 140, "الله يعينك يا أبو مشعل، وقصتك هي بالضبط ما قصدته بالفرق بين التوزيع "
         "على الورق والسكن الفعلي.", 0),
        ("سارة", 315, "مقال في الصميم، لكن هل يقبل القطاع الخاص بهامش ربح محدود في مدن "
         "الشراكة؟", None)),
    2: (),
    3: (("بوفيصل", 55, "شارك ولدي في الرحلة هذه السنة ورجع إنسانا آخر، شكرا على المقال الجميل.",
         None),),
}
EMBED = {3: (4, "Kw7pQ2sL9dE", "مشاهد من استقبال سفن الغوص في يوم القفال العام الماضي")}
QUOTE = {3: 3}  # page -> index (lead = 0) of the paragraph served as a blockquote
HEADING = {1: 2}  # page -> index of the paragraph served as an h3
MORE_FROM = {1: 2, 3: 2}  # page -> first paragraph index of the extended entry (asset-more)
SOURCE = {2: "المصدر: وكالة الأنباء الكويتية (كونا)"}
FORM = ("اترك تعليقاً", "الاسم", "البريد الإلكتروني", "الموقع", "تذكر معلوماتي؟",
        "التعليق (يمكنك استخدام وسوم HTML للتنسيق)")
PAGES = (("about", "عن الكاتب"), ("contact", "تواصل معي"), ("policy", "سياسة التعليقات"))


def _stamp(moment) -> str:
    """The blogger's byline format `<$mt:EntryDate format="%d/%m/%Y %H:%M"$>`."""
    return f"{moment:%d/%m/%Y %H:%M}"


def _english(moment) -> str:
    """MT's default `%x %X` with the blog's language left at English."""
    hour = moment.hour % 12 or 12
    return (f"{MONTHS_EN[moment.month - 1]} {moment.day}, {moment.year} "
            f"{hour}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}")


def _count(k: int) -> str:
    return ("لا توجد تعليقات", "تعليق واحد", "تعليقان")[k] if k < 3 else f"{k} تعليقات"


def _search_link(tag: str) -> str:
    return f"{HOST}/cgi-bin/mt/mt-search.cgi?tag={quote(tag)}&amp;limit=20&amp;IncludeBlogs=1"


def _body(article: Article, n: int, page: Page) -> tuple[str, str]:
    """The entry body and the extended entry as MT7's rich-text editor saved them."""
    body: list[str] = []
    more: list[str] = []
    if n == 1:
        img = f"{HOST}/images/2024/11/mutlaa-infrastructure.jpg"
        page.add(article.caption)
        body.append(f'<figure class="mt-figure mt-image-center" style="display: block; text-align: center; margin: 0 auto 20px;"><img alt="مدينة المطلاع" src="{img}" width="640" height="427" class="asset asset-image at-xid-5821 mt-image-none" style="" /><figcaption>{e(article.caption)}</figcaption></figure>')
    for k, para in enumerate((article.lead, *article.paragraphs)):
        into = more if n in MORE_FROM and k >= MORE_FROM[n] else body
        if HEADING.get(n) == k:
            into.append(f"<h3>{e(para)}</h3>")
        elif QUOTE.get(n) == k:
            into.append(f"<blockquote>\n<p>{e(para)}</p>\n</blockquote>")
        else:
            into.append(f"<p>{e(para)}</p>")
        if n in EMBED and EMBED[n][0] == k:
            _, vid, cap = EMBED[n]
            page.add(cap)
            into.append(f'<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/{vid}" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></p>')
            into.append(f'<p style="text-align: center;"><em>{e(cap)}</em></p>')
    if n in SOURCE:
        page.add(SOURCE[n])
        body.append(f'<p style="text-align: left;"><strong>{e(SOURCE[n])}</strong></p>')
    return "\n".join(body), "\n".join(more)


def _comments(article: Article, n: int, page: Page) -> str:
    eid = IDS[n]
    out = []
    ids = [eid * 7 + k for k in range(len(COMMENTS[n]))]
    for k, (who, minutes, text, parent) in enumerate(COMMENTS[n]):
        cid = ids[k]
        when = article.moment + timedelta(minutes=minutes)
        stamp = _english(when)
        page.add(who, stamp, "رد", text)
        link = f'<a href="{page.url}#comment-{cid}"><abbr class="published" title="{when.isoformat()}">{stamp}</abbr></a>'
        if who == COLUMNIST:
            author = f'<span class="vcard author"><a class="fn url" href="{HOST}/about.html">{e(who)}</a></span>'
        else:
            author = f'<span class="vcard author">{e(who)}</span>'
        if parent is not None:
            pwho = COMMENTS[n][parent][0]
            page.add("ردا على", f"تعليق من {pwho}")
            author += f' ردا على <a href="{page.url}#comment-{ids[parent]}">تعليق من {e(pwho)}</a>'
        out.append(f"""        <div class="comment" id="comment-{cid}">
            <div class="inner">
                <div class="comment-header">
                    <div class="asset-meta">
                        <span class="byline">
                            {author}
                            | {link}
                            | <a title="رد" href="javascript:void(0);" onclick="mtReplyCommentOnClick({cid}, '{e(who)}')">رد</a>
                        </span>
                    </div>
                </div>
                <div class="comment-content">
                    <p>{e(text)}</p>
                </div>
            </div>
        </div>""")
    listing = ""
    if out:
        title = _count(len(out))
        page.add(title)
        listing = (f'    <h2 class="comments-header">{title}</h2>\n'
                   f'    <div id="comments-content" class="comments-content">\n'
                   + "\n".join(out) + "\n    </div>\n")
    page.add(*FORM)
    return f"""<div id="comments" class="comments">
{listing}
    <div class="comments-open" id="comments-open">
        <h2 class="comments-open-header">{FORM[0]}</h2>
        <div class="comments-open-content">
            <div id="comment-greeting"></div>
            <form method="post" action="{HOST}/cgi-bin/mt/mt-comments.cgi" name="comments_form" id="comments-form" onsubmit="return mtCommentOnSubmit(this)">
                <input type="hidden" name="static" value="1" />
                <input type="hidden" name="entry_id" value="{eid}" />
                <input type="hidden" name="__lang" value="en" />
                <input type="hidden" name="parent_id" value="" id="comment-parent-id" />
                <input type="hidden" name="armor" value="1" />
                <input type="hidden" name="preview" value="" />
                <input type="hidden" name="sid" value="" />
                <div id="comments-open-data">
                    <div id="comment-form-name">
                        <label for="comment-author">{FORM[1]}</label>
                        <input id="comment-author" name="author" size="30" value="" onfocus="mtCommentFormOnFocus()" />
                    </div>
                    <div id="comment-form-email">
                        <label for="comment-email">{FORM[2]}</label>
                        <input id="comment-email" name="email" size="30" value="" onfocus="mtCommentFormOnFocus()" />
                    </div>
                    <div id="comment-form-url">
                        <label for="comment-url">{FORM[3]}</label>
                        <input id="comment-url" name="url" size="30" value="" onfocus="mtCommentFormOnFocus()" />
                    </div>
                    <div id="comment-form-remember-me">
                        <input type="checkbox" id="comment-bake-cookie" name="bakecookie" onclick="mtRememberMeOnClick(this)" value="1" accesskey="r" />
                        <label for="comment-bake-cookie">{FORM[4]}</label>
                    </div>
                </div>
                <div id="comment-form-reply" style="display:none">
                    <input type="checkbox" id="comment-reply" name="comment_reply" value="" onclick="mtSetCommentParentID()" />
                    <label for="comment-reply" id="comment-reply-label"></label>
                </div>
                <div id="comments-open-text">
                    <label for="comment-text">التعليق
                    (يمكنك استخدام وسوم HTML للتنسيق)</label>
                    <textarea id="comment-text" name="text" rows="15" cols="50" onfocus="mtCommentFormOnFocus()"></textarea>
                </div>
                <div id="comments-open-captcha"></div>
                <div id="comments-open-footer">
                    <input type="submit" accesskey="v" name="preview_button" id="comment-preview" value="معاينة" onclick="this.form.preview.value='1';" />
                    <input type="submit" accesskey="s" name="post" id="comment-submit" value="إرسال" />
                </div>
            </form>
        </div>
    </div>
    <script type="text/javascript">
    <!--
    mtAttachEvent("load", mtEntryOnLoad);
    mtAttachEvent("unload", mtEntryOnUnload);
    //-->
    </script>
</div>
"""


def _entry_url(moment, basename: str) -> str:
    return f"{HOST}/{moment:%Y/%m}/{basename}.html"


def _sidebar(article: Article, n: int, page: Page, shown: str) -> str:
    moment = article.moment
    prev, nxt = PREV_NEXT[n]
    writer = (f' كتبها <a href="{HOST}/about.html">{e(article.author)}</a>'
              if article.author else "")
    about_line = (f"تحتوي هذه الصفحة على تدوينة واحدة{' كتبها ' + article.author if article.author else ''}"
                  f" نشرت في {shown}.")
    page.add("بحث", "عن هذه التدوينة", about_line)
    about = [f'<p class="first">تحتوي هذه الصفحة على تدوينة واحدة{writer} نشرت في <em>{shown}</em>.</p>']
    if prev:
        page.add("التدوينة السابقة:", prev)
        about.append(f'<p>التدوينة السابقة: <a href="{HOST}/{(moment - timedelta(days=6)):%Y/%m}/entry_{IDS[n] - 3}.html">{e(prev)}</a>.</p>')
    if nxt:
        page.add("التدوينة التالية:", nxt)
        about.append(f'<p>التدوينة التالية: <a href="{HOST}/{(moment + timedelta(days=5)):%Y/%m}/entry_{IDS[n] + 4}.html">{e(nxt)}</a>.</p>')
    page.add("تجد أحدث المحتوى في الصفحة الرئيسية أو في الأرشيف لتصفح كل المحتوى.")
    about.append(f'<p>تجد أحدث المحتوى في <a href="{HOST}/">الصفحة الرئيسية</a> أو في <a href="{HOST}/archives.html">الأرشيف</a> لتصفح كل المحتوى.</p>')
    pages = "\n".join(f'<li class="widget-list-item"><a href="{HOST}/{slug}.html">{label}</a></li>' for slug, label in PAGES)
    page.add("الصفحات", *(label for _, label in PAGES), "التصنيفات")
    cats = []
    for slug, label, count in CATEGORIES:
        page.add(f"{label} ({count})")
        cats.append(f'<li class="widget-list-item"><a href="{HOST}/{slug}/">{label} ({count})</a></li>')
    page.add("الأرشيف الشهري")
    months = []
    year, month = moment.year, moment.month
    for k in range(6):
        label = f"{MONTHS_EN[month - 1]} {year} ({(9 + 5 * k + n) % 11 + 3})"
        page.add(label)
        months.append(f'<li class="widget-list-item"><a href="{HOST}/{year}/{month:02d}/">{label}</a></li>')
        month -= 1
        if not month:
            year, month = year - 1, 12
    page.add("سحابة الوسوم", *(tag for tag, _ in TAG_CLOUD))
    cloud = "\n".join(f'<li class="rank-{rank} widget-list-item"><a href="{_search_link(tag)}">{e(tag)}</a></li>' for tag, rank in TAG_CLOUD)
    page.add("المشاركات الأخيرة", *RECENT[n])
    recent = "\n".join(f'<li class="widget-list-item"><a href="{HOST}/{(moment - timedelta(days=3 * k + 2)):%Y/%m}/entry_{IDS[n] - 1 - k}.html">{e(title)}</a></li>' for k, title in enumerate(RECENT[n]))
    page.add("اشترك في خلاصة هذه المدونة")
    return f"""<div id="beta">
    <div id="beta-inner">
<div class="widget-search widget">
    <h3 class="widget-header">بحث</h3>
    <div class="widget-content">
        <form method="get" action="{HOST}/cgi-bin/mt/mt-search.cgi">
            <input type="text" id="search" class="ti" name="search" value="" />
            <input type="hidden" name="IncludeBlogs" value="1" />
            <input type="hidden" name="limit" value="20" />
            <input type="submit" accesskey="4" value="بحث" />
        </form>
    </div>
</div>
<div class="widget-about-this-page widget">
    <h3 class="widget-header">عن هذه التدوينة</h3>
    <div class="widget-content">
        {chr(10).join(about)}
    </div>
</div>
<div class="widget-pages widget">
    <h3 class="widget-header">الصفحات</h3>
    <div class="widget-content">
        <ul class="widget-list">
{pages}
        </ul>
    </div>
</div>
<div class="widget-archive widget-archive-category widget">
    <h3 class="widget-header">التصنيفات</h3>
    <div class="widget-content">
        <ul class="widget-list">
{chr(10).join(cats)}
        </ul>
    </div>
</div>
<div class="widget-archive widget-archive-monthly widget">
    <h3 class="widget-header"><a href="{HOST}/archives.html">الأرشيف الشهري</a></h3>
    <div class="widget-content">
        <ul class="widget-list">
{chr(10).join(months)}
        </ul>
    </div>
</div>
<div class="widget-tag-cloud widget">
    <h3 class="widget-header">سحابة الوسوم</h3>
    <div class="widget-content">
        <ul class="widget-list">
{cloud}
        </ul>
    </div>
</div>
<div class="widget-recent-entries widget">
    <h3 class="widget-header">المشاركات الأخيرة</h3>
    <div class="widget-content">
        <ul class="widget-list">
{recent}
        </ul>
    </div>
</div>
<div class="widget-syndication widget">
    <div class="widget-content">
        <ul>
            <li><img src="{HOST}/mt-static/images/status_icons/feed.gif" alt="اشترك في الخلاصة" width="9" height="9" /> <a href="{HOST}/atom.xml">اشترك في خلاصة هذه المدونة</a></li>
        </ul>
    </div>
</div>
<div class="widget-powered widget">
    <div class="widget-content">
        <a href="https://www.movabletype.com/"><img src="{HOST}/mt-static/images/bug-pbmt-white.png" alt="Powered by Movable Type" width="120" height="75" /></a>
    </div>
</div>
    </div>
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    eid = IDS[n]
    url = _entry_url(moment, article.slug)
    shown = _stamp(moment)
    page = Page(url=url, html="", shown_date=shown)
    utc = moment.astimezone(UTC)
    cat_slug = {label: slug for slug, label, _ in CATEGORIES}[article.section]
    comments = len(COMMENTS[n])
    page.add(SITE, DESCRIPTION)
    if article.author:
        byline_html = (f'بواسطة <span class="vcard author"><a class="fn url" href="{HOST}/about.html">{e(article.author)}</a></span> في <abbr class="published" title="{moment.isoformat()}">{shown}</abbr>')
        page.add(f"بواسطة {article.author} في {shown}", article.author)
    else:
        byline_html = f'<abbr class="published" title="{moment.isoformat()}">{shown}</abbr>'
    page.add(shown, _count(comments))
    body, more = _body(article, n, page)
    more_html = (f'\n                                    <div id="more" class="asset-more">\n{more}\n                                    </div>'
                 if more else "")
    page.add("التصنيفات:", article.section, "الوسوم:", *article.tags)
    tags = '<span class="delimiter">,</span></li> <li>'.join(
        f"<a href=\"javascript:void(0)\" onclick=\"location.href='{_search_link(t)}';return false;\" rel=\"tag\">{e(t)}</a>"
        for t in article.tags)
    page.add("تدوينات ذات صلة", *article.related)
    related = "\n".join(
        f'<li><a href="{HOST}/{(moment - timedelta(days=17 * k + 11)):%Y/%m}/entry_{eid - 9 * (k + 1)}.html">{e(t)}</a></li>'
        for k, t in enumerate(article.related))
    comment_block = _comments(article, n, page)
    sidebar = _sidebar(article, n, page, shown)
    footer_line = f"جميع الحقوق محفوظة © 2008-{moment.year} {SITE}"
    page.add(footer_line, "يعمل بنظام Movable Type Pro")
    words = (article.lead.split())[:40]
    excerpt = " ".join(words) + "..."
    writer = article.author or ""
    prev, nxt = PREV_NEXT[n]
    links = f'    <link rel="prev bookmark" href="{HOST}/{(moment - timedelta(days=6)):%Y/%m}/entry_{eid - 3}.html" title="{e(prev)}" />\n'
    if nxt:
        links += f'    <link rel="next bookmark" href="{HOST}/{(moment + timedelta(days=5)):%Y/%m}/entry_{eid + 4}.html" title="{e(nxt)}" />\n'
    og_image = (f'<meta property="og:image" content="{HOST}/images/2024/11/mutlaa-infrastructure.jpg" />\n'
                if n == 1 else "")
    page.html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
    "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard" dir="rtl" lang="ar" xml:lang="ar">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="{GENERATOR}" />
<link rel="stylesheet" href="{HOST}/styles.css" type="text/css" />
<link rel="start" href="{HOST}/" title="Home" />
<link rel="alternate" type="application/atom+xml" title="Recent Entries" href="{HOST}/atom.xml" />
<script type="text/javascript" src="{HOST}/mt.js"></script>
<link rel="canonical" href="{url}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="{e(excerpt)}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:url" content="{url}" />
<meta property="og:description" content="{e(excerpt)}" />
{og_image}<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%SZ}" />
<meta name="twitter:card" content="{'summary_large_image' if n == 1 else 'summary'}" />
<meta name="twitter:site" content="@mt_diwaniya" />

{links}    <!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description
    rdf:about="{url}"
    trackback:ping="{HOST}/cgi-bin/mt/mt-tb.cgi/{eid}"
    dc:title="{e(article.headline)}"
    dc:identifier="{url}"
    dc:subject="{article.section}"
    dc:description="{e(excerpt)}"
    dc:creator="{e(writer)}"
    dc:date="{moment.isoformat()}" />
</rdf:RDF>
-->

    <title>{e(article.headline)} - {SITE}</title>
</head>
<body id="classic_blog" class="mt-entry-archive layout-wt">
    <div id="container">
        <div id="container-inner">


            <div id="header">
    <div id="header-inner">
        <div id="header-content">
            <div id="header-name"><a href="{HOST}/" accesskey="1">{SITE}</a></div>
            <div id="header-description">{DESCRIPTION}</div>
        </div>
    </div>
</div>


            <div id="content">
                <div id="content-inner">


                    <div id="alpha">
                        <div id="alpha-inner">


                            <div id="entry-{eid}" class="entry-asset asset hentry">
                                <div class="asset-header">
                                    <h1 id="page-title" class="asset-name entry-title">{e(article.headline)}</h1>
                                    <div class="asset-meta">
                                        <span class="byline">
                                            {byline_html}
                                        </span>

                                        <span class="separator">|</span> <a href="{url}#comments">{_count(comments)}</a>

                                    </div>
                                </div>
                                <div class="asset-content entry-content">

                                    <div class="asset-body">
{body}
                                    </div>
{more_html}
                                </div>
                                <div class="asset-footer">

                                    <div class="entry-categories">
                                        <h4>التصنيفات<span class="delimiter">:</span></h4>
                                        <ul>
                                            <li><a href="{HOST}/{cat_slug}/" rel="tag">{article.section}</a></li>
                                        </ul>
                                    </div>

                                    <div class="entry-tags">
                                        <h4>الوسوم<span class="delimiter">:</span></h4>
                                        <ul>
                                            <li>{tags}</li>
                                        </ul>
                                    </div>

                                    <div class="entry-related">
                                        <h4>تدوينات ذات صلة</h4>
                                        <ul>
{related}
                                        </ul>
                                    </div>
                                </div>
                            </div>


{comment_block}

                        </div>
                    </div>


                    {sidebar}


                </div>
            </div>


            <div id="footer">
    <div id="footer-inner">
        <div id="footer-content">
            <div class="widget-copyright widget">
                <div class="widget-content">{footer_line}</div>
            </div>
            <div class="widget-powered widget">
                <div class="widget-content">
                    يعمل بنظام <a href="https://www.movabletype.org/">Movable Type Pro</a>
                </div>
            </div>
        </div>
    </div>
</div>


        </div>
    </div>
</body>
</html>
"""
    return page
