"""The Arabic service of an Iranian news agency ("وكالة الشرق للأنباء") on Nastooh's NewsStudio
CMS (the newsroom software of Mehr, IRNA, Hamshahri and the like), a news item as the server
renders it. Head: `<title>` "headline - وكالة الشرق للأنباء | أخبار إيران والعالم", the
article metas first (dc.title, description, `article:section` "section > subsection",
keywords, `nastooh:*`: topic, pageType, newsType, publishDate as the Tehran day, code, nid),
`itemprop="datePublished" property="article:published_time"` in UTC with "Z" (as Mehr prints
it), a JSON-LD NewsArticle with Tehran's +03:30, then the general metas (generator
www.nastooh.ir, copyright, `<meta name="date">` with the time the page was served, "2024-05-19
T 09:12:44 +0330") and the theme stylesheet. Body `body.rtl.pt-news`: `#header` (language
links; the header date of the day the page was served, a week after the story: "May 19, 2024 -
الأحد ٣٠ اردیبهشت ١٤٠٣"; `#menu` with `has-child` submenus); `article#item.box.item` with a
hidden `div.print-header` (short URL, date, news code, breadcrumb), `div.item-header` >
`div.item-nav.row` (`ol.breadcrumb`; `div.item-date` with the Solar Hijri date, Persian month
names and Arabic-Indic digits, next to the Gregorian "DD/MM/YYYY - HH:MM" in Tehran time;
icon-only share list) and `div.item-title` (`h4.subtitle.kicker`, `h1.title` linking to
itself); `div.item-summary` (`figure.item-img`, `p.summary.introtext`: the lead);
`div.item-body` > `div.item-text[itemprop=articleBody]` (`<p>`s joined by " \\n") and
`div.item-code` "رمز الخبر: <code>"; `div.item-footer` (share icons, print/send links, the
short-link box "الرابط المختصر"/"تم النسخ"); `section.related-items` "اخبار ذات صلة";
`section.tags` "الكلمات الدليلية"; the comment form (comments load by script into an empty
`section#news-comment`); sidebar boxes "أهم العناوين" and "الأكثر مشاهدة"; `#footer` (hot
topics, version toggles, footer menu, "جميع الحقوق محفوظة ...", "التصميم والتنفيذ: نستوه").
Page 1 (economy, wire): photo with figcaption in the summary box, the agency's name in the first
text paragraph wrapped in NewsStudio's `a.saba-backlink` (its text opening with a space), a
bold phrase, a subheading written as a coloured bold paragraph, a last "/انتهى/" paragraph.
Page 2 (politics, wire): no photo, empty kicker, posted 00:50 Tehran time so the UTC metas name
the day before, ends with "/انتهى/". Page 3 (culture): the only byline (`div.item-author`
"بقلم: ..."), a photo without caption, a tag link in a paragraph, an `<h3>` subheading and a
NewsStudio video player with its "تحميل" button between two paragraphs. Everything but the
lead and the story paragraphs is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from urllib.parse import quote, quote_plus

from .base import Article, Page, e, indic, rotate, weekday

NAME = "newsstudio_agency"
HELD_OUT = True
SET = "unseen15"
FAMILY = "NewsStudio (Nastooh) Iranian agency, Arabic service: item-header/item-summary/item-text, item-code, Solar Hijri + Gregorian item-date, UTC metas vs +03:30"
HOST = "https://wakalat-alsharq.example"
SITE = "وكالة الشرق للأنباء"
SITE_TITLE = "وكالة الشرق للأنباء | أخبار إيران والعالم"
THEME = "/resources/theme/alsharq-ar"
MEDIA = "https://media.wakalat-alsharq.example/d"
TEHRAN = timedelta(hours=3, minutes=30)
JALALI = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LANGS = (("fa", "فارسی"), ("en", "English"), ("tr", "Türkçe"), ("ur", "اردو"))
MENU = (("/service/iran", "إيران", (("/service/iran/politics", "سياسة داخلية"), ("/service/iran/society", "مجتمع"))),
        ("/service/region", "المنطقة", (("/service/region/iraq", "العراق"), ("/service/region/levant", "سوريا ولبنان"),
                                        ("/service/region/gulf", "الخليج الفارسي"), ("/service/region/palestine", "فلسطين"))),
        ("/service/world", "دولي", ()), ("/service/economy", "اقتصاد", (("/service/economy/trade", "تجارة وصناعة"),
                                                                        ("/service/economy/energy", "نفط وطاقة"))),
        ("/service/culture", "ثقافة وفن", (("/service/culture/arts", "فنون تشكيلية"), ("/service/culture/books", "كتب"))),
        ("/service/sport", "رياضة", ()), ("/photo", "صور", ()), ("/archive", "الأرشيف", ()))
# page -> (service path, subservice path, subservice, nastooh topic, subtopic, kicker)
PLACE = {1: ("economy", "trade", "تجارة وصناعة", "Economy", "Trade", "في اجتماع المجلس الأعلى للتصدير؛"),
         2: ("iran", "politics", "سياسة خارجية", "Politics", "ForeignPolicy", ""),
         3: ("culture", "arts", "فنون تشكيلية", "Culture", "Arts", "بمشاركة 180 عملا؛")}
# page -> (index of the story paragraph, 1 = first after the lead, words, markup)
INLINE = {1: ((1, " مراسل وكالة الشرق للأنباء", f'<a class="saba-backlink" href="{HOST}">{{w}}</a>'),
              (2, "السلع الصناعية ذات القيمة المضافة", "<strong>{w}</strong>")),
          3: ((1, "النستعليق", '<a href="/tag/{q}" target="_blank">{w}</a>'),)}
SUBHEAD = {1: 3, 3: 2}  # page -> index of the paragraph that is a subheading
VIDEO_AFTER = {3: 3}
WIRE_END = "/انتهى/"
SHARE = (("fb", "https://www.facebook.com/sharer.php?u=", "facebook", ""), ("tw", "https://twitter.com/intent/tweet?url=", "twitter", ""),
         ("tg", "tg://msg_url?url=", "telegram", ""), ("wa", "whatsapp://send?text=", "whatsapp", ' target="_blank"'))
TOP_NEWS = tuple("""قائد الثورة يستقبل حشدا من المعلمين والأساتذة الجامعيين | رئيس الجمهورية يفتتح مشاريع صناعية في محافظة خوزستان |
مجلس الشورى يصادق على الخطوط العامة لقانون الخطة التنموية السابعة | طهران تستضيف اجتماع وزراء النقل في منظمة التعاون الاقتصادي |
إطلاق قمر صناعي بحثي جديد من قاعدة سمنان الفضائية | المنتخب الإيراني لكرة الصالات يتوج بلقب البطولة الآسيوية |
البنك المركزي: تراجع معدل التضخم للشهر الرابع على التوالي | وصول أول قطار شحن من الصين إلى محطة آبرين الجافة""".replace("\n", " ").split(" | "))
MOST_VIEWED = tuple("""حرس الحدود يضبط شحنة كبيرة من المخدرات في سيستان وبلوشستان | زيادة الرحلات الجوية بين مشهد والنجف استعدادا لموسم الزيارة |
معرض طهران الدولي للكتاب يستقبل مليوني زائر في أسبوعه الأول | تحذير من موجة حر تضرب المحافظات الجنوبية مطلع الأسبوع |
افتتاح أطول نفق طرقي في البلاد على طريق طهران الشمال | وزارة الصحة تعلن حملة وطنية للتطعيم ضد الحصبة |
ارتفاع إنتاج الغاز من حقل بارس الجنوبي إلى مستوى قياسي | جامعة طهران تتقدم 40 مرتبة في تصنيف دولي للجامعات |
بدء موسم حصاد الزعفران في خراسان الجنوبية | السكك الحديدية تضيف قطارات ليلية بين طهران وأصفهان""".replace("\n", " ").split(" | "))
TRENDING = ("منظمة شنغهاي للتعاون", "مجموعة بريكس", "أسبوع الوحدة الإسلامية", "زيارة الأربعين", "الدوري الإيراني الممتاز", "مهرجان فجر السينمائي", "سعر صرف الريال", "محور المقاومة")
POLICIES = ("لن تنشر التعليقات التي تتضمن إساءة أو اتهامات لأشخاص حقيقيين أو اعتباريين.",
            "لن تنشر التعليقات المكتوبة بغير اللغة العربية أو غير المرتبطة بالخبر.")
FOOTER_MENU = (("/news/1001", "من نحن"), ("/news/1002", "اتصل بنا"), ("/news/1003", "الإعلانات"))
COPYRIGHT = "جميع الحقوق محفوظة لوكالة الشرق للأنباء © 2024"
POWERED = "التصميم والتنفيذ: نستوه"
CHROME = ("أهم العناوين", "الأكثر مشاهدة", "المواضيع الساخنة", "اخبار ذات صلة", "الكلمات الدليلية", "الرابط المختصر",
          "تم النسخ", "طباعة", "إرسال إلى صديق", "نسخة سطح المكتب", "نسخة الهاتف المحمول", *POLICIES, "رأيك",
          "أنت بصدد الرد على التعليق «»", "إلغاء الرد", "الاسم", "البريد الإلكتروني", "رأيك *", "يرجى إدخال الرقم الظاهر في الصورة",
          "إرسال", *(lab for _, lab in FOOTER_MENU), COPYRIGHT, POWERED, *(lab for _, lab in LANGS),
          *(m[1] for m in MENU), *(c[1] for m in MENU for c in m[2]))

COMMENT_FORM = f"""        <section id="news-comment"></section>
        <section class="box header-outside comment-form"><header><h2>رأيك</h2></header>
            <div>
                <form enctype="application/x-www-form-urlencoded" data-url="/rest/postcomment" role="form" data-toggle="validator" method="post" name="frmNewsComment" id="frmNewsComment" data-success="تم إرسال تعليقك بنجاح." class="form-comment" data-error="حدث خطأ أثناء إرسال تعليقك!">
                     <div class="comment-info">
                        <div class="alert alert-info">أنت بصدد الرد على التعليق «<span></span>»
                            <button type="button" class="close">× <span>إلغاء الرد</span></button><blockquote></blockquote></div>
                        <div class="comment-policies">{"".join(f"<li><span>{p}</span></li>" for p in POLICIES)}</div>
                    </div>
                    <input type="hidden" value="frmNewsComment" name="frmNewsComment" /><input type="hidden" value="{{code}}" name="newsId" id="newsId" />
                    <fieldset>
                        <div class="form-group name-group"><label for="userName">الاسم</label><input type="text" id="userName" name="userName" placeholder="الاسم" maxlength="50" class="form-control" /></div>
                        <div class="form-group email-group"><label for="userEmail">البريد الإلكتروني</label><input type="email" placeholder="البريد الإلكتروني" class="form-control ltr" id="userEmail" name="userEmail" maxlength="80" /></div>
                        <div class="form-group text-group"><label for="body">رأيك *</label><textarea maxlength="300" placeholder="رأيك" class="form-control" required="true" id="body" name="body" rows="5"></textarea>
                        </div><div class="form-group captcha-group"><div class="captcha">
                                <div class="captcha-image"><img id="captchaImg" src="/sncaptcha.jpg?key={{key}}" alt="captcha" /></div>
                                <label for="captchaText"><i class="req">*</i> يرجى إدخال الرقم الظاهر في الصورة</label>
                                <div class="captcha-input"><input type="number" name="captchaText" id="captchaText" required="required" /></div>
                            </div></div>
                        <div class="form-group submit-group"><button class="btn btn-default" id="btnSave">إرسال</button><div class="msg"></div></div>
                    </fieldset></form>
            </div></section>"""
FOOTER = f"""    <footer id="footer">
        <div class="container">
            <div id="footer-items" class="row justify-content-between"><div class="col-12 col-sm-7">
    <div class="box chart-box trending-tags"><header class="box-title"><h2><a>المواضيع الساخنة</a></h2></header>
        <section class="box-content"><ul>
{{trend}}
            </ul><div class="clearfix"></div></section></div>
            </div></div>
            <div class="responsive-tools row"><div class="col-12"><div class="toggle-versions">
                        <a id="desktop-version" href="#" class="btn btn-info d-inline-block d-md-none">نسخة سطح المكتب</a>
                        <a id="mobile-version" href="#" class="btn btn-info d-none d-md-inline-block">نسخة الهاتف المحمول</a>
            </div></div></div>
        </div>
        <div id="copyright"><div class="container">
                <div class="row"><div class="col-12 col-lg-6">
                        <div id="footer-menu"><ul>{"".join(f'<li><a target="_blank" href="{h}/">{lab}</a></li>' for h, lab in FOOTER_MENU)}</ul></div>
                        <p class="copyright-text">{COPYRIGHT}</p>
                </div></div>
                <div id="mastfoot"><div class="poweredby"><a title="Nastooh Saba Newsroom" target="_blank" href="http://www.nastooh.ir">
                            <img src="{THEME}/img/nastooh-logo.png" width="36" height="18" alt="Nastooh Saba Newsroom" />{POWERED}
                </a></div></div>
        </div></div></footer>"""
MENU_HTML = "\n".join(f"""                <li class="{' has-child' if kids else ''}"><a href="{path}">{label}</a>
                    <ul class="submenu">{''.join(f'''
                            <li class=""><a href="{k_path}">{k_label}</a></li>''' for k_path, k_label in kids)}
                    </ul></li>""" for path, label, kids in MENU)
LANGS_HTML = "\n".join(f'                        <li><a href="https://{code}.wakalat-alsharq.example"'
                       f' target="_blank">{label}</a></li>' for code, label in LANGS)


def jalali(year: int, month: int, day: int) -> tuple[int, int, int]:
    """The Solar Hijri (jalaali) date of a Gregorian day."""
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    ly = year + 1 if month > 2 else year
    days = 355666 + 365 * year + (ly + 3) // 4 - (ly + 99) // 100 + (ly + 399) // 400 + day + before[month - 1]
    jy, days = -1595 + 33 * (days // 12053), days % 12053
    jy, days = jy + 4 * (days // 1461), days % 1461
    if days > 365:
        jy, days = jy + (days - 1) // 365, (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def _hijri(local) -> str:
    """"٢٣ اردیبهشت ١٤٠٣": Persian month names, Arabic-Indic digits."""
    jy, jm, jd = jalali(local.year, local.month, local.day)
    return indic(f"{jd} {JALALI[jm - 1]} {jy}")


def _b62(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return (_b62(number // 62) if number >= 62 else "") + digits[number % 62]


def _video(article: Article) -> str:
    clip = f"{MEDIA}/{article.moment:%Y/%m/%d}/4/{int(article.slug) % 10000000}"
    source = "[" + ", ".join(f"{{&quot;file&quot;: &quot;{clip}_{q}.mp4&quot;, &quot;label&quot;: &quot;{q}&quot;{x}}}"
                             for q, x in (("360p", ""), ("720p", ", &quot;default&quot;: &quot;true&quot;"))) + "]"
    return f"""<div class="itemPlayer0">
                            <video id="divPlayer0" width="100%" controls="controls" poster="{clip}.jpg" data-source="{source}"><source src="{clip}_720p.mp4" type="video/mp4"></source></video>
                        <div class="video-download"><a href="{clip}.mp4" target="_blank" class="btn">
                                <span class="icon-download text-success"></span>
                                تحميل
                                <span style="direction: ltr">23 MB</span>
                        </a></div></div>"""


def _story(article: Article, n: int) -> str:
    """The `item-text` markup: the paragraphs after the lead, NewsStudio's inline quirks."""
    parts = []
    for k, text in enumerate(article.paragraphs, 1):
        html = e(text)
        for index, words, markup in INLINE.get(n, ()):
            if index == k:
                html = html.replace(e(words), markup.format(w=e(words), q=quote(words)), 1)
        if SUBHEAD.get(n) == k:
            html = f"<h3>{html}</h3>" if n == 3 else f'<span style="color:#000080"><strong>{html}</strong></span>'
        parts.append(html if html.startswith("<h3>") else f"<p>{html}</p>")
        if VIDEO_AFTER.get(n) == k:
            parts.append(_video(article))
    return " \n".join(parts + ([f"<p>{WIRE_END}</p>"] if n in (1, 2) else []))


def _items(titles, thumbs: bool = False) -> str:
    rows = []
    for k, title in enumerate(titles):
        link = f"/news/{85400000 + 7919 * (k + 3) + len(title)}/{quote(title.replace(' ', '-'))}"
        fig = "" if not thumbs else f"""
                                        <figure><a target="_blank" rel="" href="{link}" title=""><img src="{MEDIA}/2024/0{1 + k % 8}/1{k}/1/{4900000 + 37 * k}.jpg" alt="{e(title)}" loading="lazy" /></a></figure>"""
        rows.append(f"""                                <li class="news" data-conf="{{}}">{fig}
<div class="desc"><h3><a href="{link}" target="_blank">{e(title)}</a></h3></div>
                                </li>""")
    return "\n".join(rows)


def _box(box_id: int, klass: str, heading: str, items: str) -> str:
    return f"""            <section id="box{box_id}" class="box {klass}" style="" data-conf="{{&quot;id&quot;:{box_id}}}">
                <header><h2 style=""><span>{heading}</span></h2></header>
                <div><ul>
{items}
                </ul></div>
            </section>"""


def _head(article: Article, n: int, url: str, image: str, served) -> str:
    utc = article.moment.astimezone(UTC)
    local, modified = utc + TEHRAN, utc + timedelta(minutes=11)
    sub, topic, subtopic = PLACE[n][2:5]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": article.headline, "description": article.lead, "inLanguage": "ar",
          "datePublished": f"{local:%Y-%m-%dT%H:%M:%S}+03:30", "dateModified": f"{modified + TEHRAN:%Y-%m-%dT%H:%M:%S}+03:30",
          "articleSection": article.section, "keywords": ",".join(article.tags),
          "author": {"@type": "Person", "name": article.author} if article.author else {"@type": "Organization", "name": SITE},
          "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{HOST}{THEME}/img/logo.png"}}}
    if image:
        ld["image"] = {"@type": "ImageObject", "url": image, "width": 800, "height": 534}
    pictures = [('name="thumbnail" itemprop="thumbnailUrl"', image), ('name="twitter:image" itemprop="image" property="og:image"', image)]
    metas = [
        ('itemprop="inLanguage"', "ar"), ('itemprop="name" name="twitter:title" property="dc.title"', e(article.headline)),
        ('name="description" property="dc.description"', e(article.lead)), ('property="og:type"', "article"),
        ('name="twitter:url" property="og:url"', url), ('property="article:modified_time"', f"{modified:%Y-%m-%dT%H:%M:%SZ}"),
        ('property="article:section"', f"{e(article.section)} &gt; {e(sub)}"),
        ('name="keywords" property="article:tag"', e(",".join(article.tags))), ('property="nastooh:topic"', topic),
        ('property="nastooh:subtopic"', subtopic), ('property="nastooh:pageType"', "news"), ('property="nastooh:newsType"', "news"),
        ('property="nastooh:publishDate"', f"{local:%Y-%m-%d}"), ('property="nastooh:commentCount"', "na"),
        ('property="nastooh:keywordCount"', str(len(article.tags))), ('property="nastooh:code"', article.slug),
        ('property="nastooh:bodyWordCount"', "small" if len(article.body.split()) < 200 else "medium"), ('property="nastooh:nid"', article.slug),
        ('property="og:title" itemprop="headline"', e(article.headline)),
        ('name="twitter:description" itemprop="description" property="og:description"', e(article.lead)), *(pictures if image else []),
        ('itemprop="datePublished" property="article:published_time"', f"{utc:%Y-%m-%dT%H:%M:%SZ}"),
        ('itemprop="dateModified" property="article:modified"', f"{modified:%Y-%m-%dT%H:%M:%SZ}"),
        ('name="twitter:card"', "summary_large_image" if image else "summary"), ('name="genre" itemprop="genre"', "News")]
    general = [('http-equiv="X-UA-Compatible"', "IE=edge,chrome=1"), ('http-equiv="Content-Language"', "ar"),
        ('name="viewport"', "width=device-width, initial-scale=1.0"), ('http-equiv="refresh"', "300"),
        ('property="og:site_name"', SITE_TITLE), ('property="og:locale"', "ar"), ('name="generator"', "www.nastooh.ir"),
        ('name="language"', "ar"), ('name="rating"', "General"), ('name="copyright"', COPYRIGHT),
        ('name="expires"', "never"), ('name="publisher"', SITE_TITLE), ('name="dc.publisher"', SITE_TITLE),
        ('name="date"', f"{served:%Y-%m-%d} T {served:%H:%M}:44 +0330")]
    lines, tail = ("\n".join(f'    <meta {attrs} content="{value}" />' for attrs, value in group) for group in (metas, general))
    return f"""<head>
    <title>{e(article.headline)} - {SITE_TITLE}</title>
{lines}
    <link rel="canonical" href="{url}" />
    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
    <meta charset="utf-8" />
{tail}
    <link rel="shortcut icon" href="{THEME}/img/favicon.ico" type="image/x-icon" />
        <link href="{THEME}/css/style.css?_=20240312" type="text/css" rel="stylesheet" /></head>"""


def render(article: Article, n: int) -> Page:
    utc, code, slug = article.moment.astimezone(UTC), article.slug, article.headline.replace(" ", "-").replace(".", "-")
    local = utc + TEHRAN
    served = (local + timedelta(days=7)).replace(hour=9, minute=12)  # when it was fetched
    url, short = f"{HOST}/news/{code}/{quote(slug)}", f"{HOST.removeprefix('https://')}/x{_b62(int(code))}"
    target = quote(f"https://{short}", safe="")
    service, sub_path, sub, _topic, _subtopic, kicker = PLACE[n]
    hijri, gregorian, print_date = _hijri(local), f"{local:%d/%m/%Y - %H:%M}", f"{_hijri(local)}، {indic(f'{local:%H:%M}')}"
    head_greg, head_hijri = f"{EN_MONTHS[served.month - 1]} {served.day}, {served.year}", f"{weekday(served)} {_hijri(served)}"
    tops, views, trending = rotate(TOP_NEWS, 2 * n, 6), rotate(MOST_VIEWED, 3 * n, 6), rotate(TRENDING, n, 6)
    page = Page(url=url, html="", shown_date=gregorian)
    lines = [*CHROME, head_greg, head_hijri, f"https://{short}", print_date, f"رمز الخبر: {code}", article.section, sub,
             kicker, hijri, gregorian, *article.tags, *article.related, *tops, *views, *trending]
    lines += {1: [article.caption, WIRE_END], 2: [WIRE_END], 3: [f"بقلم: {article.author}", "تحميل", "23 MB"]}[n]
    # A chrome word the story itself uses (the menu's "إيران", a tag) is no evidence.
    body = " ".join(article.body.split())
    page.add(*(line for line in lines if line and line not in body))
    image = "" if n == 2 else f"{MEDIA}/{article.moment:%Y/%m/%d}/3/{int(code) % 10000000}.jpg"
    caption = f"\n                    <figcaption>{e(article.caption)}</figcaption>" if n == 1 else ""
    figure = "" if not image else f"""
                <figure class="item-img">
                    <img src="{image}?ts={int(utc.timestamp()) * 1000}" alt="{e(article.headline)}" itemprop="image" class="" title="{e(article.headline)}" width="100%" height="400" />{caption}
                </figure>"""
    byline = "" if n != 3 else f"""
            <div class="item-author"><span>بقلم:</span> <a href="/author/17/{quote(article.author.replace(' ', '-'))}" rel="author">{e(article.author)}</a></div>"""
    breadcrumb = f"""<ol class="breadcrumb">
                            <li><a target="_blank" rel="index" href="/service/{service}">{e(article.section)}</a></li>
                                <li><a href="/service/{service}/{sub_path}" rel="index" target="_blank">{e(sub)}</a>
                                </li>
                        </ol>"""
    share = "\n".join(f'                            <li class="{klass}"><a href="{link}{target}"{extra}><i class="icon-{icon}"></i></a></li>'
                      for klass, link, icon, extra in SHARE)
    tags = "\n".join(f'                                <li><a href="/tag/{quote_plus(t)}" rel="tag">{e(t)}</a></li>' for t in article.tags)
    trend = "\n".join(f'                    <li><h3 class="tcItem tcItem{10 - k}"><a href="/tag/{quote_plus(t)}" title="{30 - 4 * k} خبرا جديدا">'
                      f"{e(t)}</a></h3></li>" for k, t in enumerate(trending))
    sidebar = (_box(9, "list headlines list-bullets list-bordered bg-graylight header-sm", "أهم العناوين", _items(tops, thumbs=True))
               + "\n" + _box(432, "list list-bordered list-thumbs thumbs-md highlights hidden-summary header-bg-primary",
                              "الأكثر مشاهدة", _items(views)))
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
{_head(article, n, f"{HOST}/news/{code}/{e(slug)}", image, served)}
    <body class="rtl full-img pt-news nt-news">
<header id="header">
    <div id="masthead"><div class="container"><div class="row">
                <div class="col-12 col-sm-5"><ul class="nav-menu">\n{LANGS_HTML}\n                </ul></div>
                <div class="d-none d-sm-block col-12 col-sm-7"><div class="date">
                        <span class="ltr">{head_greg}</span> -
                        {head_hijri}
                </div></div>
    </div></div></div>
    <div class="container"><div class="row row-eq-height">
            <div class="col-9 col-sm-6 col-lg-3"><a href="/" class="logo"><img src="{THEME}/img/logo.png" alt="{SITE_TITLE}" /></a></div>
            <div class="col-3 col-sm-6 col-lg-9"><div class="search" id="header-search"><form method="get" action="/search" role="form">
                <div class="input-group"><input type="text" placeholder="بحث..." value="" name="q" /><button class="unstyled" type="submit"><i class="icon-search"></i></button></div>
            </form></div></div>
    </div></div>
    <nav id="menu" class="container"><ul><li class=""><a href="/"><i class="icon-home"></i></a></li>
{MENU_HTML}
    </ul></nav>
</header>
    <main class="mainbody"><div class="container"><div class="row"><div class="col-12 col-lg-9 main-content"><div class="row"><div class="col-12 col-sm-8">
    <article id="item" class="box item full-img">
        <div class="print-header" style="display: none;">
            <div class="logo"><img src="{THEME}/img/logo_invert.png" alt="{SITE_TITLE}" /></div>
            <div class="meta"><div class="barcode"><img src="/barcode?text={target}" alt="https://{short}" />
                    <ul>
                        <li class="url">https://{short}</li>
                        <li class="date">{print_date}</li>
                        <li class="id">رمز الخبر: <span>{code}</span></li>
                        <li>{breadcrumb}</li>
                    </ul>
            </div></div>
        </div>
        <div class="item-header">
                <div class="item-nav row">
                    <div class="col-6 col-sm-4">{breadcrumb}</div>
                    <div class="col-6 col-sm-4 item-date">
                        <span>{hijri}</span>
                        <span class="ltr">{gregorian}</span>
                    </div>
                    <div class="d-none d-sm-block col-4"><ul class="header-sharing">
{share}
                            <li class=""><a href="#" onclick="window.print(); return false;"><i class="icon-print"></i></a></li>
                    </ul></div>
                </div>
            <div class="item-title">
                <h4 class="subtitle kicker">{e(kicker)}</h4>
                <h1 class="title"><a href="/news/{code}/{quote(slug)}" itemprop="headline">{e(article.headline)}</a></h1>
            </div>{byline}
        </div><div class="item-summary">{figure}
            <p class="summary introtext" itemprop="description">{e(article.lead)}</p></div>
        <div class="item-body">
            <div itemprop="articleBody" class="item-text">{_story(article, n)}
            </div><div class="item-code">
                رمز الخبر: <span>{code}</span></div>
        </div>
        <div class="item-footer row">
            <div class="col-12 col-sm-5"><div class="item-sharing"><ul>\n{share}\n            </ul></div></div>
            <div class="col-12 col-sm-4"><ul class="item-tools">
                    <li><a href="/print/{code}" target="_blank"><i class="icon-print"></i> طباعة</a></li>
                    <li><a href="/send/{code}" data-toggle="modal"><i class="icon-mail"></i> إرسال إلى صديق</a></li>
            </ul></div>
            <div class="col-12 col-sm-3">
                <div class="short-link-container"><span class="title">الرابط المختصر</span>
                    <div class="form-group"><i class="icon-link"></i><input type="text" class="clean" value="{short}" readonly="readonly" /></div></div>
                <div class="col-12"><div id="tooltip-link"><p class="short-link-tooltip">تم النسخ</p></div></div>
            </div>
        </div>
        <div class="item-boxes2">\n{_box(519, "related-items list list-bullets hidden-time", "اخبار ذات صلة", _items(article.related))}\n        </div>
            <section class="box tags">
                <header><h2>الكلمات الدليلية</h2></header>
                <div><ul>
{tags}
                </ul></div>
            </section>
        <div class="item-boxes"></div>
    </article>
{COMMENT_FORM.replace("{code}", code).replace("{key}", f"{int(code) * 7919:x}")}
            </div>
            <div class="col-12 col-sm-4 sidebar">
{sidebar}
            </div>
    </div></div>
    <aside id="ads-container" class="col-lg-3 col-md-6"><section id="box851" class="box ads" style="" data-conf="{{&quot;id&quot;:851}}">
                <div><a href="/redirect/ads/{40 + n}" rel="nofollow" target="_blank"><img src="{MEDIA}/2024/03/02/0/4871{n}20.gif" alt="إعلان" loading="lazy" /></a></div>
    </section></aside>
    </div></div></main>
{FOOTER.replace("{trend}", trend)}
    <script type="text/javascript" src="{THEME}/js/all.js?_=20240312"></script>
    <script type="text/javascript">window.newsId = {code}; $(function () {{ NS.loadComments("#news-comment", {code}); NS.hit({code}); }});</script>
    </body>
</html>
"""
    return page
