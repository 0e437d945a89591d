"""A Moroccan Arabic news site on a custom WordPress theme (the Hespress / Le360 / Alyaoum24
kind, here "أنباء الأطلس"), Bootstrap grid, Yoast SEO in the head. The URL is the sanitized
Arabic title plus the post id, `/<words>-<id>.html`, percent-encoded as WordPress stores it.
The head: Yoast's block (`<!-- This site is optimized with the Yoast SEO plugin ... -->`):
canonical, og:* meta, `article:published_time` / `article:modified_time` as the theme prints
them in the site's own offset (+01:00), the Twitter "كُتب بواسطة" / "مدة القراءة المقدرة" labels,
and the `yoast-schema-graph` JSON-LD (`NewsArticle`, `WebPage`, `ImageObject`,
`BreadcrumbList`, `WebSite`, `Organization`, `Person`) whose `datePublished` /
`dateModified` are in UTC ("+00:00"): page 2, a wire story put online at 00:30 local time,
carries the previous day there; then the WP emoji script, the theme CSS, gtag and AdSense.
The body (`single single-post postid-<id>`): the top bar with today's date in Moroccan month
names ("الثلاثاء 16 يوليوز 2024"; يوليوز غشت شتنبر نونبر دجنبر), the language links
(Français / English / ⵜⴰⵎⴰⵣⵉⵖⵜ), the logo and the main menu, the breaking ticker ("عاجل" and
three headlines), the breadcrumb (الرئيسية / the section), then `article.post`: the category
chip, `h1.post-title`, the meta row (the byline "أنباء الأطلس - يوسف لخضر", site name, dash,
writer, or "أنباء الأطلس - و.م.ع" for agency copy; `span.date-post` with the local date and
time "الثلاثاء 16 يوليوز 2024 - 10:25"; "قراءة: 2 د"; "تعليقات (17)"; on page 3 also
"آخر تحديث: ..."), the share buttons (فيسبوك / تويتر / واتساب / نسخ الرابط), the featured image
in a `figure` with its caption and the credit ("(صورة: أنباء الأطلس)" page 1, "صورة: أرشيف"
page 3; page 2 has no photo), and the story in `div.article-content` as `<p>`s, the lead
first; the theme puts into the text an "اقرأ أيضا:" paragraph (`p.read-also`, a link to
another story) and a Google ad slot (`div.ads-inside` labelled "إعلان"), at other places on
each page; page 1 has an inline link inside a paragraph, page 3 a bold run; the wire story
ends with the agency signature "(و.م.ع)" in its own paragraph (chrome). After the text: the
tags row ("الوسوم:" and one "#tag" link each), the "مقالات ذات صلة" cards (section chip, title,
a relative time "منذ 3 ساعات" / "منذ يوم"), the comments area (`ul.comment-list`, three
`li.comment`s with name, a dated line in the same Moroccan format, text and "رد", a
"عرض المزيد من التعليقات" button, then `#respond`: "أضف تعليقك", the comment policy, WP's
"لن يتم نشر عنوان بريدك الإلكتروني" note, the form labels and the submit button); the
sidebar: "الأكثر قراءة", an ad slot, the newsletter box; the footer (about line, links, press
file number, copyright, "تابعونا") and the cookie bar. Morocco is at +01:00 all 2024 long
outside Ramadan; no story falls in it."""

from __future__ import annotations

import json
import re
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import MOROCCO, Article, Page, e, weekday

NAME = "ma_wp_moroccan"
HELD_OUT = True
SET = "unseen11"
FAMILY = "Moroccan WordPress news theme: يوليوز/شتنبر/نونبر dates, h1.post-title, div.article-content with اقرأ أيضا + ads-inside, Yoast graph in UTC, comments"
HOST = "https://www.anbaa-atlas.example"
SITE = "أنباء الأطلس"
THEME = f"{HOST}/wp-content/themes/atlas-news"
HOST_JS = HOST.replace("/", "\\/")  # as wp_json_encode writes it in inline scripts
LANGS = (("fr", "Français"), ("en", "English"), ("tz", "ⵜⴰⵎⴰⵣⵉⵖⵜ"))
MENU = (("", "الرئيسية"), ("politique", "سياسة"), ("economie", "اقتصاد"), ("societe", "مجتمع"),
        ("regions", "جهات"), ("sport", "رياضة"), ("culture", "ثقافة"), ("medias", "فن وإعلام"),
        ("monde", "دولية"), ("mre", "مغاربة العالم"), ("opinions", "كتاب وآراء"),
        ("videos", "فيديو"))
CATEGORY = {label: slug for slug, label in MENU}
SEARCH = "بحث"
BREAKING = "عاجل"
TICKER = (
    "الحكومة تصادق على مشروع قانون يتعلق بالعقوبات البديلة",
    "بنك المغرب يبقي على سعر الفائدة الرئيسي دون تغيير",
    "توقيف شخصين بالدار البيضاء للاشتباه في تورطهما في النصب والاحتيال",
    "المكتب الوطني للسكك الحديدية يعلن برنامج قطارات إضافية خلال العطلة",
    "المنتخب الوطني لأقل من 23 سنة يواجه نظيره المصري في مباراة الترتيب",
    "وزارة الصحة تطلق حملة وطنية للتلقيح ضد الأنفلونزا الموسمية",
)
HOME = "الرئيسية"
SHARE = (("facebook", "فيسبوك"), ("twitter", "تويتر"), ("whatsapp", "واتساب"),
         ("copy", "نسخ الرابط"))
SHARE_URLS = {"facebook": "https://www.facebook.com/sharer/sharer.php?u=",
              "twitter": "https://twitter.com/intent/tweet?url=",
              "whatsapp": "https://api.whatsapp.com/send?text="}
CREDITS = ("(صورة: أنباء الأطلس)", "", "صورة: أرشيف")
IMAGES = ("tanger-plage-merkala", "", "taounate-olives-ghafsai")
WIRE = "و.م.ع"
WIRE_SIGN = "(و.م.ع)"
READ_ALSO = "اقرأ أيضا:"
READ_ALSO_LINKS = (
    (1396118, "جماعة طنجة تصادق على دفتر تحملات جديد لتدبير مواقف السيارات قرب الشواطئ"),
    (1411342, "الأرصاد الجوية تطلق خدمة لتتبع النشرات الإنذارية عبر الهاتف المحمول"),
    (1429875, "برنامج لغرس أشجار الزيتون في المناطق البورية بجهة فاس مكناس"),
)
AD = "إعلان"
# where the theme slots its inserts: after how many paragraphs of the story
AD_AFTER = (2, 1, 3)
READ_AFTER = (3, 3, 2)
TAGS_LABEL = "الوسوم:"
RELATED_TITLE = "مقالات ذات صلة"
RELATIVE = (("منذ 3 ساعات", "منذ 5 ساعات", "منذ يوم"),
            ("منذ ساعتين", "منذ يوم", "منذ يومين"),
            ("منذ 45 دقيقة", "منذ 6 ساعات", "منذ 3 أيام"))
COMMENT_COUNTS = (17, 4, 9)
COMMENTS = (
    (("مواطن من طنجة", 38, "خطوة في الاتجاه الصحيح، نتمنى أن تستمر الحملة طيلة الصيف وألا تكون مجرد حملة موسمية"),
     ("سعيد", 71, "البحر للجميع، ومن أراد كراء المظلات فليحصل على رخصة من الجماعة ويحترم الأثمنة"),
     ("ابن البلد", 126, "المشكل ليس في المظلات فقط بل في غياب المراحيض ومواقف السيارات في أغلب الشواطئ")),
    (("فلاح من الرشيدية", 52, "نسأل الله أن تكون أمطار خير وألا تخلف خسائر كما وقع في السنوات الماضية"),
     ("مهاجر", 95, "على السلطات إغلاق القناطر المهددة قبل وقوع الكارثة وليس بعدها"),
     ("نادية", 143, "شكرا على المعلومة، الحذر واجب خاصة لمن يسافر ليلا عبر طريق تيشكا")),
    (("أبو أيوب", 24, "ثمن الزيت أصبح خياليا، والأسر البسيطة لم تعد قادرة على اقتناء حاجتها السنوية"),
     ("ولد تاونات", 67, "الفلاح الصغير هو الخاسر الأكبر، أما الوسطاء فيربحون في كل موسم"),
     ("خالد", 180, "يجب تشجيع التعاونيات بالمنطقة لتحسين جودة الزيت وتسويقه بثمن معقول")),
)
COMMENTS_TITLE = "التعليقات"
REPLY = "رد"
MORE_COMMENTS = "عرض المزيد من التعليقات"
RESPOND = "أضف تعليقك"
POLICY = ("المرجو الالتزام بآداب الحوار وعدم نشر تعليقات تتضمن السب أو التشهير أو التحريض، "
          "وستحذف التعليقات المخالفة دون إشعار")
EMAIL_NOTE = "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *"
LABELS = ("الاسم *", "البريد الإلكتروني *", "التعليق *")
SUBMIT = "إرسال التعليق"
MOST_TITLE = "الأكثر قراءة"
MOST_READ = (
    "ارتفاع أسعار المحروقات بمحطات الوقود ابتداء من منتصف الشهر",
    "وزارة التربية الوطنية تكشف تفاصيل الدخول المدرسي المقبل",
    "الرجاء الرياضي يعلن التعاقد مع مدرب جديد لقيادة الفريق",
    "الدرك الملكي يحجز أطنانا من المخدرات بضواحي العرائش",
    "مندوبية التخطيط: ارتفاع معدل البطالة خلال الفصل الثاني",
    "أشغال توسعة الطريق السيار بين الرباط والدار البيضاء تدخل مرحلتها الأخيرة",
    "السلطات الصحية تحذر من تناول الفطر البري بعد حالات تسمم",
    "المغرب يستقبل أزيد من 11 مليون سائح حتى نهاية شهر غشت",
)
NEWSLETTER = ("النشرة البريدية", "توصل بأهم أخبار اليوم في بريدك الإلكتروني كل صباح", "اشترك")
FOOTER_ABOUT = "أنباء الأطلس جريدة إلكترونية مغربية مستقلة تصدر من الرباط"
FOOTER_LINKS = (("about", "من نحن"), ("redaction", "هيئة التحرير"), ("contact", "اتصل بنا"),
                ("publicite", "الإعلان"), ("conditions", "شروط الاستخدام"),
                ("confidentialite", "سياسة الخصوصية"))
FOLLOW = "تابعونا"
PRESS_FILE = "ملف الصحافة رقم: 2015/07 ج.ص - المحكمة الابتدائية بالرباط"
COPYRIGHT = "© 2024 أنباء الأطلس. جميع الحقوق محفوظة"
COOKIE = ("يستخدم موقع أنباء الأطلس ملفات تعريف الارتباط لتحسين تجربة التصفح وقياس عدد الزيارات",
          "موافق", "اعرف المزيد")
UPDATED = "آخر تحديث:"
# minutes between publication and the last edit (page 2: never edited)
MODIFIED_AFTER = (42, 0, 92)
# the day the page was fetched, in days after publication (the top bar's date)
SEEN_AFTER = (0, 0, 1)
# a phrase of the story the editor wrapped: page -> (the words, the markup)
INLINE = {1: ("ميناء طنجة المتوسط", "a"), 3: ("190 ألف هكتار", "strong")}


def _date(moment) -> str:
    return f"{weekday(moment)} {moment.day} {MOROCCO[moment.month - 1]} {moment.year}"


def _stamp(moment) -> str:
    return f"{_date(moment)} - {moment:%H:%M}"


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def _sanitize(title: str) -> str:
    words = re.sub(r"[.,:،؛\"'()«»!?؟]", " ", title).split()
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote("-".join(words)))


def _link(slug: str, pid: int) -> str:
    return f"{HOST}/{slug}-{pid}.html"


def _wrap(text: str, n: int) -> str:
    inline = INLINE.get(n)
    if not inline or inline[0] not in text:
        return e(text)
    words, tag = inline
    before, _, after = text.partition(words)
    if tag == "a":
        inner = f'<a href="{HOST}/tag/{_sanitize(words)}">{e(words)}</a>'
    else:
        inner = f"<strong>{e(words)}</strong>"
    return f"{e(before)}{inner}{e(after)}"


def _schema(article: Article, n: int, url: str, writer: str, image: str | None,
            modified, comments: int) -> str:
    moment = article.moment
    person = f"{HOST}/#/schema/person/{('5f1c0a9e2b7d4c83', 'c9a04e1d7b3f6a25', '0e7b5d2c9f4a1b68')[n - 1]}"
    graph: list[dict] = [
        {"@type": "NewsArticle", "@id": f"{url}#article", "isPartOf": {"@id": url},
         "author": {"name": writer, "@id": person}, "headline": article.headline,
         "datePublished": _utc(moment), "dateModified": _utc(modified),
         "mainEntityOfPage": {"@id": url}, "wordCount": len(article.body.split()),
         "commentCount": comments, "publisher": {"@id": f"{HOST}/#organization"},
         **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image} if image else {}),
         "keywords": list(article.tags), "articleSection": [article.section],
         "inLanguage": "ar",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment",
                              "target": [f"{url}#respond"]}],
         "copyrightYear": str(moment.year), "copyrightHolder": {"@id": f"{HOST}/#organization"}},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} | {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"},
         **({"primaryImageOfPage": {"@id": f"{url}#primaryimage"},
             "image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image} if image else {}),
         "datePublished": _utc(moment), "dateModified": _utc(modified),
         "description": article.lead[:150], "breadcrumb": {"@id": f"{url}#breadcrumb"},
         "inLanguage": "ar", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
    ]
    if image:
        graph.append({"@type": "ImageObject", "inLanguage": "ar", "@id": f"{url}#primaryimage",
                      "url": image, "contentUrl": image, "width": 1200, "height": 800,
                      "caption": article.caption})
    graph += [
        {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": HOME, "item": f"{HOST}/"},
            {"@type": "ListItem", "position": 2, "name": article.section,
             "item": f"{HOST}/{CATEGORY.get(article.section, 'actualites')}"},
            {"@type": "ListItem", "position": 3, "name": article.headline}]},
        {"@type": "WebSite", "@id": f"{HOST}/#website", "url": f"{HOST}/", "name": SITE,
         "description": "جريدة إلكترونية مغربية", "publisher": {"@id": f"{HOST}/#organization"},
         "potentialAction": [{"@type": "SearchAction", "target": {
             "@type": "EntryPoint", "urlTemplate": f"{HOST}/?s={{search_term_string}}"},
             "query-input": {"@type": "PropertyValueSpecification", "valueRequired": True,
                             "valueName": "search_term_string"}}],
         "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE,
         "url": f"{HOST}/", "logo": {"@type": "ImageObject", "inLanguage": "ar",
                                     "@id": f"{HOST}/#/schema/logo/image/",
                                     "url": f"{HOST}/wp-content/uploads/2021/03/logo-atlas.png",
                                     "contentUrl": f"{HOST}/wp-content/uploads/2021/03/logo-atlas.png",
                                     "width": 512, "height": 140, "caption": SITE},
         "image": {"@id": f"{HOST}/#/schema/logo/image/"},
         "sameAs": ["https://www.facebook.com/anbaa.atlas", "https://x.com/anbaa_atlas",
                    "https://www.instagram.com/anbaa.atlas", "https://www.youtube.com/@anbaa-atlas"]},
        {"@type": "Person", "@id": person, "name": writer,
         "url": f"{HOST}/author/{('youssef-lakhdar', 'map', 'meryem-benazzouz')[n - 1]}"},
    ]
    return json.dumps({"@context": "https://schema.org", "@graph": graph},
                      ensure_ascii=False, separators=(",", ":"))


def render(article: Article, n: int) -> Page:
    moment = article.moment
    pid = int(article.slug)
    slug = _sanitize(article.headline)
    url = _link(slug, pid)
    shown = _stamp(moment)
    seen = moment + timedelta(days=SEEN_AFTER[n - 1], hours=2)
    top_date = _date(seen)
    modified = moment + timedelta(minutes=MODIFIED_AFTER[n - 1])
    updated = f"{UPDATED} {_stamp(modified)}" if n == 3 else ""
    writer = article.author or WIRE
    byline = f"{SITE} - {writer}"
    words = len(article.body.split())
    minutes = max(1, -(-words // 150))
    reading = f"قراءة: {minutes} د"
    count = COMMENT_COUNTS[n - 1]
    count_line = f"تعليقات ({count})"
    has_photo = article.caption != "-"
    credit = CREDITS[n - 1] if has_photo else ""
    image = (f"{HOST}/wp-content/uploads/{moment:%Y/%m}/{IMAGES[n - 1]}.jpg" if has_photo
             else None)
    ticker = [TICKER[(2 * n + k) % len(TICKER)] for k in range(3)]
    most = [MOST_READ[(3 * n + k) % len(MOST_READ)] for k in range(5)]
    rel_times = RELATIVE[n - 1]
    also_id, also_title = READ_ALSO_LINKS[n - 1]
    comments = COMMENTS[n - 1]
    comment_dates = [_stamp(moment + timedelta(minutes=m)) for _, m, _ in comments]
    cat = CATEGORY.get(article.section, "actualites")

    page = Page(url=url, html="", shown_date=shown)
    page.add(top_date, *(name for _, name in LANGS), *(label for _, label in MENU), SEARCH,
             BREAKING, *ticker, HOME, article.section, byline, shown, reading, count_line,
             updated, *(label for _, label in SHARE),
             article.caption if has_photo else "", credit,
             READ_ALSO, also_title, AD, WIRE_SIGN if not article.author else "",
             TAGS_LABEL, *(f"#{t}" for t in article.tags),
             RELATED_TITLE, *article.related, *rel_times,
             f"{COMMENTS_TITLE} ({count})", *(name for name, _, _ in comments), *comment_dates,
             *(text for _, _, text in comments), REPLY, MORE_COMMENTS, RESPOND, POLICY,
             EMAIL_NOTE, *LABELS, SUBMIT, MOST_TITLE, *most, *NEWSLETTER, FOOTER_ABOUT,
             *(label for _, label in FOOTER_LINKS), FOLLOW, PRESS_FILE, COPYRIGHT, *COOKIE)

    # ---- the story, with the theme's inserts
    ad_slot = (f'<div class="ads-inside">\n<span class="ads-label">{AD}</span>\n'
               f'<ins class="adsbygoogle" style="display:block; text-align:center;" '
               f'data-ad-layout="in-article" data-ad-format="fluid" '
               f'data-ad-client="ca-pub-6148329057512638" data-ad-slot="{(4471029385, 8316620147, 2093318852)[n - 1]}"></ins>\n'
               f'<script>\n     (adsbygoogle = window.adsbygoogle || []).push({{}});\n</script>\n</div>')
    read_also = (f'<p class="read-also"><strong>{READ_ALSO}</strong> '
                 f'<a href="{_link(_sanitize(also_title), also_id)}" target="_blank" rel="noopener">'
                 f'{e(also_title)}</a></p>')
    parts = []
    for k, text in enumerate((article.lead, *article.paragraphs), 1):
        parts.append(f"<p>{_wrap(text, n)}</p>")
        if k == AD_AFTER[n - 1]:
            parts.append(ad_slot)
        if k == READ_AFTER[n - 1]:
            parts.append(read_also)
    if not article.author:
        parts.append(f'<p style="text-align: left;"><strong>{WIRE_SIGN}</strong></p>')
    content = "\n".join(parts)

    # ---- chrome blocks
    langs = "\n".join(f'<li><a href="{HOST}/{code}/" hreflang="{code}">{name}</a></li>'
                      for code, name in LANGS)
    menu = "\n".join(
        f'<li id="menu-item-{101 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category'
        f'{" current-post-ancestor current-menu-parent" if label == article.section else ""} menu-item-{101 + k}">'
        f'<a href="{HOST}/{s}" class="nav-link">{label}</a></li>'
        for k, (s, label) in enumerate(MENU))
    ticker_html = "\n".join(
        f'<li class="ticker-item"><a href="{_link(_sanitize(t), pid + 37 + 11 * k)}">{e(t)}</a></li>'
        for k, t in enumerate(ticker))
    meta_updated = (f'\n<span class="date-updated"><i class="far fa-edit"></i> {updated}</span>'
                    if updated else "")
    share = "\n".join(
        (f'<button type="button" class="share-btn share-{key}" data-clipboard-text="{url}">'
         f'<i class="fas fa-link"></i> <span>{label}</span></button>') if key == "copy" else
        (f'<a class="share-btn share-{key}" href="{SHARE_URLS[key]}{url}" '
         f'target="_blank" rel="nofollow noopener"><i class="fab fa-{key}"></i> <span>{label}</span></a>')
        for key, label in SHARE)
    figure = (f"""<figure class="post-thumbnail">
<img width="1200" height="800" src="{image}" class="attachment-full size-full wp-post-image" alt="{e(article.caption)}" decoding="async" fetchpriority="high" srcset="{image} 1200w, {image[:-4]}-768x512.jpg 768w, {image[:-4]}-300x200.jpg 300w" sizes="(max-width: 1200px) 100vw, 1200px" />
<figcaption class="wp-caption-text">{e(article.caption)} <span class="credit">{credit}</span></figcaption>
</figure>""" if has_photo else "")
    tags = "\n".join(f'<a href="{HOST}/tag/{_sanitize(t)}" class="tag-link" rel="tag">#{e(t)}</a>'
                     for t in article.tags)
    related = "\n".join(f"""<div class="col-12 col-md-4">
<div class="overlay card">
<img src="{HOST}/wp-content/uploads/{moment:%Y/%m}/rel-{pid - 96 * (k + 1)}-400x267.jpg" class="card-img-top wp-post-image" alt="" loading="lazy" />
<div class="card-body">
<span class="cat">{e(article.section)}</span>
<h3 class="card-title">{e(r)}</h3>
<small class="text-muted time">{t}</small>
<a href="{_link(_sanitize(r), pid - 96 * (k + 1))}" class="stretched-link" aria-label="{e(r)}"></a>
</div>
</div>
</div>""" for k, (r, t) in enumerate(zip(article.related, rel_times, strict=True)))
    comment_html = "\n".join(f"""<li class="comment even thread-{"odd" if k % 2 == 0 else "even"} depth-1" id="comment-{pid * 10 + k}">
<div class="comment-body">
<div class="comment-author vcard"><span class="fn heey">{e(name)}</span></div>
<div class="comment-date">{d}</div>
<div class="comment-text"><p>{e(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-{pid * 10 + k}" data-commentid="{pid * 10 + k}" data-postid="{pid}" data-respondelement="respond">{REPLY}</a></div>
</div>
</li>""" for k, ((name, _, text), d) in enumerate(zip(comments, comment_dates, strict=True)))
    more_button = (f'<button type="button" class="btn btn-outline-secondary load-more-comments" data-post="{pid}">{MORE_COMMENTS}</button>'
                   if count > len(comments) else "")
    most_html = "\n".join(
        f'<li class="most-read-item"><a href="{_link(_sanitize(m), pid - 210 - 17 * k)}">{e(m)}</a></li>'
        for k, m in enumerate(most))
    footer_links = "\n".join(f'<li><a href="{HOST}/{p}">{label}</a></li>' for p, label in FOOTER_LINKS)
    schema = _schema(article, n, url, writer, image, modified, count)
    description = e(article.lead[:155])
    og_image = image or f"{HOST}/wp-content/uploads/2021/03/atlas-og-default.jpg"
    body_class = (f"post-template-default single single-post postid-{pid} single-format-standard "
                  f"rtl wp-embed-responsive")
    post_class = (f"post-{pid} post type-post status-publish format-standard"
                  f"{' has-post-thumbnail' if has_photo else ''} hentry category-{cat}")

    page.html = f"""<!DOCTYPE html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="profile" href="https://gmpg.org/xfn/11">

<!-- This site is optimized with the Yoast SEO plugin v22.{n + 3} - https://yoast.com/wordpress/plugins/seo/ -->
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{description}" />
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:description" content="{description}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/anbaa.atlas" />
<meta property="article:published_time" content="{moment.isoformat()}" />
<meta property="article:modified_time" content="{modified.isoformat()}" />
<meta property="og:image" content="{og_image}" />
<meta property="og:image:width" content="1200" />
<meta property="og:image:height" content="800" />
<meta property="og:image:type" content="image/jpeg" />
<meta name="author" content="{e(writer)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:creator" content="@anbaa_atlas" />
<meta name="twitter:site" content="@anbaa_atlas" />
<meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{e(writer)}" />
<meta name="twitter:label2" content="مدة القراءة المقدرة" />
<meta name="twitter:data2" content="{minutes} {"دقيقة" if minutes == 1 else "دقائق"}" />
<script type="application/ld+json" class="yoast-schema-graph">{schema}</script>
<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//pagead2.googlesyndication.com' />
<link rel='dns-prefetch' href='//www.googletagmanager.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; الخلاصة" href="{HOST}/feed" />
<link rel="alternate" type="application/rss+xml" title="{SITE} &laquo; {e(article.headline)} خلاصة التعليقات" href="{url[:-5]}/feed" />
<script type="text/javascript">
/* <![CDATA[ */
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{HOST_JS}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.{n + 1}"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}function p(e,t,n){{e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(t,0,0);var t=new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data),r=(e.clearRect(0,0,e.canvas.width,e.canvas.height),e.fillText(n,0,0),new Uint32Array(e.getImageData(0,0,e.canvas.width,e.canvas.height).data));return t.every(function(e,t){{return e===r[t]}})}}}}(window,document);
/* ]]> */
</script>
<style id='wp-emoji-styles-inline-css' type='text/css'>
	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		box-shadow: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
		background: none !important;
		padding: 0 !important;
	}}
</style>
<link rel='stylesheet' id='wp-block-library-rtl-css' href='{HOST}/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.5.{n + 1}' type='text/css' media='all' />
<link rel='stylesheet' id='bootstrap-rtl-css' href='{THEME}/assets/css/bootstrap.rtl.min.css?ver=5.3.2' type='text/css' media='all' />
<link rel='stylesheet' id='fontawesome-css' href='{THEME}/assets/css/all.min.css?ver=6.4.0' type='text/css' media='all' />
<link rel='stylesheet' id='atlas-news-style-css' href='{THEME}/style.css?ver=3.{n}.7' type='text/css' media='all' />
<style id='atlas-news-inline-css' type='text/css'>
:root{{--main-color:#c8102e;--dark:#1b1b1b}}
.breaking-news{{background:#f5f5f5;border-bottom:1px solid #e3e3e3}}
.breaking-news .breaking-title{{background:var(--main-color);color:#fff;padding:4px 12px;font-weight:700}}
.cat-chip{{display:inline-block;background:var(--main-color);color:#fff;padding:2px 10px;border-radius:3px;font-size:13px}}
.post-title{{font-size:30px;line-height:1.5;font-weight:700;margin:12px 0}}
.post-meta{{color:#777;font-size:13px;display:flex;flex-wrap:wrap;gap:14px}}
.article-content p{{font-size:19px;line-height:1.9;margin-bottom:18px}}
.article-content .read-also{{border-right:4px solid var(--main-color);padding-right:12px;font-size:17px}}
.ads-inside{{text-align:center;margin:22px 0;min-height:120px}}
.ads-inside .ads-label{{display:block;font-size:11px;color:#999;margin-bottom:4px}}
.breadcrumb-item+.breadcrumb-item::before{{content:"\\00bb"}}
.most-read ol{{counter-reset:mr;list-style:none;padding:0}}
.most-read li::before{{counter-increment:mr;content:counter(mr);color:var(--main-color);font-weight:700;margin-left:8px}}
</style>
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.4.1" id="jquery-migrate-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{pid}" />
<link rel='shortlink' href='{HOST}/?p={pid}' />
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2D4M9PL"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date());
  gtag('config', 'G-7QK2D4M9PL');
</script>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-6148329057512638" crossorigin="anonymous"></script>
<link rel="icon" href="{HOST}/wp-content/uploads/2021/03/cropped-favicon-32x32.png" sizes="32x32" />
<link rel="apple-touch-icon" href="{HOST}/wp-content/uploads/2021/03/cropped-favicon-180x180.png" />
</head>

<body class="{body_class}">
<div id="page" class="site">
<a class="skip-link screen-reader-text visually-hidden-focusable" href="#primary"></a>

<header id="masthead" class="site-header">
<div class="top-bar">
<div class="container d-flex justify-content-between align-items-center">
<span class="today-date"><i class="far fa-calendar-alt"></i> {top_date}</span>
<ul class="top-langs list-inline mb-0">
{langs}
</ul>
<div class="top-social">
<a href="https://www.facebook.com/anbaa.atlas" aria-label="Facebook" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i></a>
<a href="https://x.com/anbaa_atlas" aria-label="X" target="_blank" rel="noopener"><i class="fab fa-x-twitter"></i></a>
<a href="https://www.youtube.com/@anbaa-atlas" aria-label="YouTube" target="_blank" rel="noopener"><i class="fab fa-youtube"></i></a>
</div>
</div>
</div>
<nav class="navbar navbar-expand-lg main-navbar sticky-top">
<div class="container">
<a class="navbar-brand" href="{HOST}/" rel="home"><img src="{HOST}/wp-content/uploads/2021/03/logo-atlas.png" width="220" height="60" alt="{SITE}" /></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#main-menu" aria-controls="main-menu" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="main-menu">
<ul id="menu-main" class="navbar-nav me-auto menu">
{menu}
</ul>
<form role="search" method="get" class="search-form d-flex" action="{HOST}/">
<input type="search" class="form-control" name="s" placeholder="ابحث في الموقع..." aria-label="ابحث" />
<button type="submit" class="btn search-submit"><i class="fas fa-search"></i> <span class="visually-hidden">{SEARCH}</span></button>
</form>
</div>
</div>
</nav>
<div class="breaking-news">
<div class="container d-flex align-items-center">
<span class="breaking-title">{BREAKING}</span>
<div class="ticker-wrap">
<ul class="ticker list-unstyled mb-0" data-speed="40">
{ticker_html}
</ul>
</div>
</div>
</div>
</header><!-- #masthead -->

<div id="content" class="site-content">
<div class="container">
<div class="row">
<main id="primary" class="site-main col-12 col-lg-8">

<nav aria-label="breadcrumb">
<ol class="breadcrumb">
<li class="breadcrumb-item"><a href="{HOST}/">{HOME}</a></li>
<li class="breadcrumb-item"><a href="{HOST}/{cat}">{e(article.section)}</a></li>
</ol>
</nav>

<article id="post-{pid}" class="{post_class}" data-post-id="{pid}">
<header class="post-header">
<a href="{HOST}/{cat}" class="cat-chip" rel="category tag">{e(article.section)}</a>
<h1 class="post-title">{e(article.headline)}</h1>
<div class="post-meta">
<span class="author"><i class="far fa-user"></i> <a href="{HOST}/author/{('youssef-lakhdar', 'map', 'meryem-benazzouz')[n - 1]}" rel="author">{e(byline)}</a></span>
<span class="date-post"><i class="far fa-clock"></i> {shown}</span>{meta_updated}
<span class="reading-time"><i class="fas fa-book-open"></i> {reading}</span>
<a href="#comments" class="comments-count"><i class="far fa-comment"></i> {count_line}</a>
</div>
<div class="share-buttons">
{share}
</div>
</header>

{figure}

<div class="article-content">
{content}
</div><!-- .article-content -->

<div class="post-tags">
<span class="tags-label">{TAGS_LABEL}</span>
{tags}
</div>
</article><!-- #post-{pid} -->

<section class="related-posts">
<h2 class="section-title">{RELATED_TITLE}</h2>
<div class="row g-3">
{related}
</div>
</section>

<section id="comments" class="comments-area">
<h3 class="comments-title">{COMMENTS_TITLE} <span>({count})</span></h3>
<ul class="comment-list hide-comments">
{comment_html}
</ul>
{more_button}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{RESPOND}</h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-policy">{POLICY}</p>
<p class="comment-notes"><span id="email-notes">{EMAIL_NOTE}</span></p>
<p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="6" maxlength="1200" required></textarea></p>
<p class="form-submit"><button name="submit" type="submit" id="submit" class="btn btn-danger submit">{SUBMIT}</button> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p>
</form>
</div><!-- #respond -->
</section>

</main><!-- #primary -->

<aside id="secondary" class="widget-area col-12 col-lg-4">
<section class="widget most-read">
<h3 class="widget-title">{MOST_TITLE}</h3>
<ol>
{most_html}
</ol>
</section>
<section class="widget widget-ads">
<div class="ads-sidebar">
<span class="ads-label">{AD}</span>
<ins class="adsbygoogle" style="display:inline-block;width:300px;height:250px" data-ad-client="ca-pub-6148329057512638" data-ad-slot="5718206634"></ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script>
</div>
</section>
<section class="widget newsletter-widget">
<h3 class="widget-title">{NEWSLETTER[0]}</h3>
<p>{NEWSLETTER[1]}</p>
<form class="newsletter-form" action="{HOST}/?na=s" method="post"><input type="email" name="ne" class="form-control" placeholder="بريدك الإلكتروني" required /><button type="submit" class="btn btn-dark">{NEWSLETTER[2]}</button></form>
</section>
</aside>
</div><!-- .row -->
</div><!-- .container -->
</div><!-- #content -->

<footer id="colophon" class="site-footer">
<div class="container">
<div class="row">
<div class="col-md-5 footer-about">
<img src="{HOST}/wp-content/uploads/2021/03/logo-atlas-white.png" width="180" height="50" alt="{SITE}" loading="lazy" />
<p>{FOOTER_ABOUT}</p>
</div>
<div class="col-md-4">
<ul class="footer-menu list-unstyled">
{footer_links}
</ul>
</div>
<div class="col-md-3 footer-social">
<span>{FOLLOW}</span>
<a href="https://www.facebook.com/anbaa.atlas" aria-label="Facebook"><i class="fab fa-facebook-f"></i></a>
<a href="https://x.com/anbaa_atlas" aria-label="X"><i class="fab fa-x-twitter"></i></a>
<a href="https://www.instagram.com/anbaa.atlas" aria-label="Instagram"><i class="fab fa-instagram"></i></a>
</div>
</div>
<div class="site-info">
<p class="press-file">{PRESS_FILE}</p>
<p class="copyright">{COPYRIGHT}</p>
</div>
</div>
</footer><!-- #colophon -->
</div><!-- #page -->

<div id="cookie-notice" class="cookie-bar" role="dialog" aria-live="polite">
<span class="cookie-text">{COOKIE[0]}</span>
<button type="button" id="cn-accept-cookie" class="btn btn-sm btn-light">{COOKIE[1]}</button>
<a href="{HOST}/confidentialite" class="cn-more">{COOKIE[2]}</a>
</div>

<script type="text/javascript" src="{HOST}/wp-includes/js/comment-reply.min.js?ver=6.5.{n + 1}" id="comment-reply-js" async="async" data-wp-strategy="async"></script>
<script type="text/javascript" src="{THEME}/assets/js/bootstrap.bundle.min.js?ver=5.3.2" id="bootstrap-js"></script>
<script type="text/javascript" id="atlas-news-main-js-extra">
/* <![CDATA[ */
var atlasAjax = {{"ajaxurl":"{HOST_JS}\\/wp-admin\\/admin-ajax.php","post_id":"{pid}","nonce":"{("3f9a1c7e2d", "b81e04d6aa", "6c2f9e13b7")[n - 1]}"}};
/* ]]> */
</script>
<script type="text/javascript" src="{THEME}/assets/js/main.js?ver=3.{n}.7" id="atlas-news-main-js"></script>
</body>
</html>
"""
    return page
