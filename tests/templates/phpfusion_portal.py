"""An Iraqi news portal of Basra ("بصرة نيوز") on PHP-Fusion 9.10 with the News infusion, a
story as `infusions/news/news.php?readmore=N` serves it under the site's own theme
`BasraNews` (a Bootstrap 3 RTL port of a classic PHP-Fusion theme that keeps the old
`newsposter()` / `newscat()` / `newsopts()` helpers). Head as the PF9 core prints it:
`<!DOCTYPE html>`, `<html lang='ar' dir='rtl'>`, `<title>` "بصرة نيوز - أخبار: headline"
(`global_200` " - ", `global_201` ": "), charset/X-UA/viewport metas, description and
keywords from the news item, OpenGraph from `OpenGraphNews` (og:title, og:description, og:url,
og:keywords, og:image, og:site_name; no article times, no JSON-LD), the core's Bootstrap,
`bootstrap-rtl`, Font Awesome, `themes/templates/default.min.css`, the theme's `styles.css`,
the news infusion's `news.css`, the RSS link and `includes/jquery/jquery.min.js` +
`jscript.min.js`. Body: `div#main-container`, the header (logo, `showsubdate()`: the visit's
date in the default `subheaderdate` "%B %d %Y %H:%M:%S", a date that is not the story's), the
`SiteLinks` navbar (`#main-menu`), then the three columns: LEFT panels (`openside()` =
`div.panel.side-panel` > `div.panel-heading` > `h4.panel-title` + `div.panel-body`):
"التصفح" (`css_navigation_panel`), "تسجيل الدخول" (`user_info_panel`, guest form); the centre
`opentable()` = `div.opentable` > `div.capmain` "أخبار" + `div.main-body` with
`render_breadcrumbs()` (`ol.breadcrumb` > `li.crumb`), `<!--news_pre_readmore-->`,
`article.news-item` > `h2.news-subject`, `div.news-info` (`<!--news_poster-->` "» نشر من قبل
X في 14 أبريل 2024 - 09:35 ·" with the admin's `newsdate` "%d %B %Y - %H:%M" in Asia/Baghdad
+03:00 and the locale's Egyptian month names, `<!--news_cat-->` "في <category>"),
`div.news_news` (the text), `div.news-footer` (`<!--news_opts-->` "N التعليقات · N القراءات",
print link), the theme's share bar and "أخبار ذات صلة" list, `<!--news_sub_readmore-->`, the
comments infusion (`display_comments_ui`: "التعليقات", count, the guest form "أترك تعليقاً"
with "الإسم:", captcha, "إضافة تعليق", then `ul.comments` of `li` > `div.comment_name`,
`div.comment_message`, "الرد" and `span.comment_date` in the default `longdate`), the ratings
infusion (`div.ratings-panel` "التقييمات", the five options with counts, the members-only
notice); RIGHT panels: "تصنيفات الأخبار" (the news template's `news_menu_panel`), "الأخبار
الأكثر قراءة", "المتواجدون الآن", "أحدث التعليقات"; the footer (site footer text,
`showcopyright()`, "سياسة الخصوصية", counter, render time) and the inline jQuery.
Page 1 (reporter, 09:35) opens its text with an editor-inserted centred photo and a grey
caption line, `<p>`s, two comments (a guest, a member), three votes. Page 2 (INA wire copy
posted at 00:40 local by the staff account "قسم الأخبار"; the text opens with the agency's
dateline) has no image, is plain text with `news_breaks` (paragraphs split by `<br />`
pairs), no comments ("لم يتم إضافة تعليقات.") and no votes. Page 3 (reporter) has the
infusion's own news image (`news-image-overlay`, no caption), the snippet then the extended
text: an `<h3>` subheading that is text, a quote in a `<blockquote>` that the text
introduces (text), a YouTube iframe, one comment. All outside `div.news_news` is chrome, and
so is the caption inside it."""

from __future__ import annotations

from datetime import timedelta

from .base import MONTHS, Article, Page, e

NAME = "phpfusion_portal"
HELD_OUT = True
SET = "unseen31"
FAMILY = "PHP-Fusion 9 News infusion item (BasraNews theme): opentable/openside panels, news_poster and news_cat info line, news_news text, news_opts, comments and ratings infusions, left/right side panels"
HOST = "https://phpfusion-basra-news.example"
SITE = "بصرة نيوز"
NEWS = "أخبار"
THEME = f"{HOST}/themes/BasraNews"
# The Arabic locale's weekdays, Sunday first (PHP's %w).
PF_WEEKDAYS = ("الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
CATS = (("محليات", 3), ("سياسة", 1), ("اقتصاد", 4), ("رياضة", 6), ("ثقافة وتراث", 8),
        ("صحة", 9))
POSTERS = {1: (7, "حيدر الساعدي"), 2: (2, "قسم الأخبار"), 3: (11, "زينب العيداني")}
READS = (1946, 732, 2381)
VISIT = {1: timedelta(days=4, hours=11, minutes=39, seconds=5),
         2: timedelta(hours=20, minutes=12, seconds=48),
         3: timedelta(days=9, hours=2, minutes=3, seconds=31)}
MENU = (("index.php", "الصفحة الرئيسية"), ("infusions/news/news.php", NEWS),
        ("infusions/articles/articles.php", "المقالات"),
        ("infusions/gallery/gallery.php", "ألبوم الصور"), ("infusions/forum/index.php", "المنتدى"),
        ("contact.php", "اتصل بنا"), ("search.php", "البحث"))
NAV_PANEL = (("index.php", "الصفحة الرئيسية"), ("infusions/news/news.php", NEWS),
             ("infusions/articles/articles.php", "المقالات"),
             ("infusions/downloads/downloads.php", "التحميلات"),
             ("infusions/weblinks/weblinks.php", "دليل المواقع"),
             ("infusions/faq/faq.php", "الأسئلة المتكررة"), ("members.php", "قائمة الأعضاء"),
             ("submit.php?stype=n", "إرسال خبر"))
MOST_READ = (
    (2291, "انخفاض درجات الحرارة إلى ما دون الصفر في قضاء الزبير الليلة"),
    (2354, "نادي الميناء يتعاقد مع مهاجم سوري لتعزيز خط الهجوم"),
    (2388, "إغلاق جسر التنومة الخشبي لأعمال الصيانة لمدة أسبوعين"),
    (2402, "تحويل دوام المدارس في البصرة إلى الساعة التاسعة صباحا"),
    (2431, "افتتاح سوق جديد للأسماك قرب منطقة الفيصلية"),
    (2466, "تأجيل امتحانات نصف السنة في جامعة البصرة ثلاثة أيام"),
    (2475, "شرطة البصرة تطيح بعصابة لسرقة المولدات الأهلية"),
    (2512, "تسعيرة جديدة لأمبير المولدات الأهلية في الأحياء السكنية"),
)
ONLINE = {1: (37, ("سجاد_البصري", "أم_حسن")), 2: (12, ("مرتضى.ك",)),
          3: (44, ("سجاد_البصري", "نور الهدى", "abbas85"))}
MEMBERS, NEWEST = {1: 1482, 2: 1519, 3: 1604}, {1: "كرار التميمي", 2: "ali.alasadi",
                                                 3: "هبة الموسوي"}
COUNTER = {1: "1,284,903", 2: "1,322,417", 3: "1,401,056"}
RENDER = {1: "0.18", 2: "0.12", 3: "0.21"}
LATEST_COMMENTS = (
    ("سجاد_البصري", "نتمنى أن تشمل الخطة مناطق التنومة أيضا..."),
    ("أبو زهراء", "الطريق إلى الفاو يحتاج إلى إنارة قبل كل شيء..."),
    ("نور الهدى", "شكرا على التغطية، المعرض كان رائعا فعلا..."),
    ("مرتضى.ك", "متى تبدأ مباريات الدوري في ملعب الميناء؟..."),
)
# (name, member uid or 0 for a guest, minutes after the story, text)
COMMENTS = {
    1: (("أبو مصطفى", 0, 87, "الحمد لله، أخيرا تنتهي معاناة أهالي السيبة مع الماء المالح، "
                            "نتمنى أن تبقى المحطة تعمل بالصيف ولا تتوقف بسبب الكهرباء."),
        ("سجاد_البصري", 58, 203, "ماذا عن مناطق التنومة؟ الماء عندنا أسوأ من أبي الخصيب.")),
    3: (("نور الهدى", 73, 142, "عمل جميل يستحق الدعم، بيت جدي في محلة الباشا كان من هذه البيوت "
                              "وهدم قبل سنوات للأسف."),),
}
RATINGS = {1: (2, 1, 0, 0, 0), 2: (0, 0, 0, 0, 0), 3: (3, 1, 1, 0, 0)}
RATING_NAMES = ("رائـع!", "جيد جداً", "جيد", "متوسّط", "ضعيف")
CAPTION_IMG = {1: "images/news/2024/04/abu-alkhasib-desal.jpg"}
NEWS_IMAGE = {3: "infusions/news/images/shanasheel-nadhran.jpg"}
SUBHEAD = {3: "خشب الصاج والمسامير القديمة"}
QUOTE = {3: 5}  # index of the quoted paragraph, introduced by the one before it
YOUTUBE = {3: (6, "Xb4pQe7Lm2U")}
FOOTER = "جميع الحقوق محفوظة لموقع بصرة نيوز © {year} - الأخبار المنشورة تعبر عن رأي مصادرها"
COPYRIGHT = "Powered by PHPFusion Copyright © 2002 - {year} PHP Fusion Inc"
LICENSE = "Released as free software without warranties under GNU Affero GPL v3."


def _newsdate(moment) -> str:
    """The admin's `newsdate` "%d %B %Y - %H:%M" with the Arabic locale's months."""
    return f"{moment:%d} {MONTHS[moment.month - 1]} {moment.year} - {moment:%H:%M}"


def _longdate(moment) -> str:
    """The default `longdate` "%B %d %Y %H:%M:%S" (comments, the sub-header)."""
    return f"{MONTHS[moment.month - 1]} {moment:%d} {moment.year} {moment:%H:%M:%S}"


def _side(title: str, body: str) -> str:
    return ("<div class='panel panel-default side-panel'>\n<div class='panel-heading'>"
            f"<h4 class='panel-title'>{title}</h4></div>\n<div class='panel-body'>\n{body}\n"
            "</div>\n</div>\n")


def _text(article: Article, n: int) -> str:
    paras = [article.lead, *article.paragraphs]
    if n == 2:  # news_breaks: nl2br over plain text
        return "<br />\n<br />\n".join(e(p) for p in paras)
    out = []
    if n in CAPTION_IMG:
        out.append(f'<p style="text-align: center;"><img src="{HOST}/{CAPTION_IMG[n]}" alt="" '
                   'width="560" height="373" /><br /><span style="font-size: 10pt; color: '
                   f'#808080;">{e(article.caption)}</span></p>')
    for k, para in enumerate(paras):
        if SUBHEAD.get(n) == para:
            out.append(f"<h3>{e(para)}</h3>")
        elif QUOTE.get(n) == k:
            out.append(f"<blockquote>\n<p>{e(para)}</p>\n</blockquote>")
        else:
            out.append(f'<p style="text-align: justify;">{e(para)}</p>')
        if n in YOUTUBE and YOUTUBE[n][0] == k:
            out.append(f'<p><iframe src="https://www.youtube.com/embed/{YOUTUBE[n][1]}" '
                       'width="560" height="315" frameborder="0" allowfullscreen="allowfullscreen">'
                       "</iframe></p>")
        if n == 3 and k == 0:  # the snippet (news_news) ends, the extended text follows
            out.append("<!--news_extended-->")
    return "\n".join(out)


def _comments(n: int, sid: int, moment, page: Page) -> str:
    rows = []
    for k, (name, uid, minutes, text) in enumerate(COMMENTS.get(n, ())):
        cid = sid * 3 + k
        when = _longdate(moment + timedelta(minutes=minutes))
        who = (f"<a href='{HOST}/profile.php?lookup={uid}' class='profile-link'>{e(name)}</a>"
               if uid else e(name))
        avatar = (f"<img class='img-responsive img-thumbnail' alt='{e(name)}' data-pin-nopin="
                  "'true' style='display:inline; width:50px; max-height:50px;' src='"
                  f"{HOST}/images/avatars/no-avatar.jpg'>")
        rows.append(f"<li id='c{cid}' class='m-b-15'><div class='pull-left text-center m-r-15'>"
                    f"{avatar}</div><div class='overflow-hide'><div class='comment_name "
                    f"display-inline-block m-r-10'>{who}</div><div class='comment_message'>"
                    f"<p>{e(text)}</p></div><div><small><a href='{HOST}/infusions/news/news.php?"
                    f"readmore={sid}&amp;comment_reply={cid}#c{cid}' class='comment_reply'>الرد"
                    f"</a> - <span class='comment_date'>{when}</span></small></div>"
                    "<ul class='sub_comments list-style-none'></ul></div></li>")
        page.add(name, text, when)
    if rows:
        listing = "\n".join(rows)
        count = f"{len(rows)} تعليقات" if len(rows) > 1 else "تعليق واحد"
    else:
        listing = "<li><p class='text-center'>لم يتم إضافة تعليقات.</p></li>"
        count = "لا توجد تعليقات"
        page.add("لم يتم إضافة تعليقات.")
    page.add("التعليقات", count, "أترك تعليقاً", "الإسم:", "رمز التحقق:", "إضافة تعليق", "الرد"
             if rows else "")
    return f"""<hr />
<h4>التعليقات</h4>
<div id='comments'>
<div id='comments_form' class='comments-header'>{count}</div>
<div class='comments-form-panel'>
<div class='comments-form-header'><h4>أترك تعليقاً</h4></div>
<div class='comments-form'>
<div class='overflow-hide p-5' id='comments_form_input'>
<form name='inputform' id='inputform' method='post' action='{HOST}/infusions/news/news.php?readmore={sid}#comments'>
<div id='comment_name-field' class='form-group clearfix'><label class='control-label' for='comment_name'>الإسم: <span class='required'>*</span></label><input type='text' name='comment_name' id='comment_name' value='' class='form-control textbox' maxlength='30' /></div>
<div id='comment_message-field' class='form-group clearfix'><textarea name='comment_message' cols='80' rows='5' class='form-control m-0' id='comment_message' placeholder=''></textarea></div>
<div class="row"><div class="col-xs-12 col-sm-8 col-md-6"><label class='control-label' for='captcha_code'>رمز التحقق:</label> <img id='captcha_image' src='{HOST}/includes/captchas/securimage/securimage_show.php?sid=c{sid}' alt='' /></div><div class="col-xs-12 col-sm-4 col-md-6"><input type='text' name='captcha_code' id='captcha_code' class='form-control textbox' maxlength='6' autocomplete='off' /></div></div>
<input type='hidden' name='fusion_token' value='1.{sid}.a9f3c1e7' />
<button type='submit' name='post_comment' value='إضافة تعليق' class='btn btn-success m-t-10' id='post_comment'>إضافة تعليق</button>
</form>
</div>
</div>
</div>
<div id='comments_container' name='comments'>
<ul class='comments clearfix list-style-none'>
{listing}
</ul>
<div class='clearfix'>
<span class='pull-right'></span>
<div class='overflow-hide'></div>
</div>
</div>
</div>
"""


def _ratings(n: int, sid: int, page: Page) -> str:
    counts = RATINGS[n]
    total = sum(counts)
    rows = []
    for name, count in zip(RATING_NAMES, counts, strict=True):
        width = round(100 * count / total) if total else 0
        rows.append(f"<div class='display-block'><span class='m-r-5'>{name} ({count})</span>"
                    "<div class='display-inline-block m-l-5' style='width:50%;'><div class="
                    "'progress m-0'><div class='progress-bar' role='progressbar' aria-valuenow="
                    f"'{width}' aria-valuemin='0' aria-valuemax='100' style='width: {width}%'>"
                    "</div></div></div></div>")
        page.add(f"{name} ({count})")
    summary = f"التصويتات: {total}" if total else "لا توجد تصويتات"
    page.add("التقييمات", summary, "التقييم متاح للأعضاء فقط:", "الرجاء تسجيل الدخول للتقييم.")
    return f"""<hr />
<a id='ratings' name='ratings'></a>
<div class='ratings-panel'>
<h4>التقييمات</h4>
<div class="ratings overflow-hide m-b-10">
<div class="well">
<div class="row">
<div class="col-xs-12 col-sm-6"><span class='text-lighter m-l-5'>{summary}</span></div>
<div class="col-xs-12 col-sm-6">
{chr(10).join(rows)}
</div>
</div>
</div>
</div>
<div class='text-center'>التقييم متاح للأعضاء فقط:<br/> الرجاء <a href='{HOST}/login.php'>تسجيل الدخول</a> للتقييم.</div>
</div>
"""


def render(article: Article, n: int) -> Page:
    m = article.moment
    sid = int(article.slug)
    url = f"{HOST}/infusions/news/news.php?readmore={sid}"
    shown = _newsdate(m)
    page = Page(url=url, html="", shown_date=shown)
    uid, poster = POSTERS[n]
    cat_id = dict(CATS)[article.section]
    news_php = f"{HOST}/infusions/news/news.php"
    # header: logo, visit date, navbar
    visit = m + VISIT[n]
    subdate = _longdate(visit)
    page.add(subdate, *(label for _, label in MENU))
    menu = "\n".join(f"<li{' class=' + chr(39) + 'current-link active' + chr(39) if label == NEWS else ''}>"
                     f"<a class='display-block' href='{HOST}/{path}'>{label}</a></li>"
                     for path, label in MENU)
    # left panels: navigation, login
    nav = "<ul class='main-nav'>\n" + "\n".join(
        f"<li><a href='{HOST}/{path}'><span>{label}</span></a></li>" for path, label in NAV_PANEL
    ) + "\n</ul>"
    page.add("التصفح", *(label for _, label in NAV_PANEL))
    login = (f"<div class='user-info-panel'>\n<form name='loginform' id='loginform' method='post' "
             f"action='{url}'>\n<div class='form-group'><label class='control-label' for="
             "'user_name'>إسم المستخدم</label><input type='text' name='user_name' id='user_name' "
             "class='form-control textbox' /></div>\n<div class='form-group'><label class="
             "'control-label' for='user_pass'>كلمة المرور</label><input type='password' name="
             "'user_pass' id='user_pass' class='form-control textbox' /></div>\n<div class="
             "'checkbox'><label for='remember_me'><input type='checkbox' name='remember_me' id="
             "'remember_me' value='y' /> تذكرني</label></div>\n<button type='submit' name='login' "
             "class='btn btn-primary btn-block'>تسجيل الدخول</button>\n</form>\n<div class='m-t-10'>"
             f"لست عضواً بعد؟ <a href='{HOST}/register.php' class='side'>اضغط هنا</a> للتسجيل.</div>"
             f"\n<div><a href='{HOST}/lostpassword.php' class='side'>نسيت كلمة المرور؟</a></div>\n"
             "</div>")
    page.add("إسم المستخدم", "كلمة المرور", "تذكرني", "تسجيل الدخول",
             "لست عضواً بعد؟ اضغط هنا للتسجيل.", "نسيت كلمة المرور؟")
    left = _side("التصفح", nav) + _side("تسجيل الدخول", login)
    # right panels: categories, most read, online, latest comments
    cats = "<ul class='list-style-none'>\n" + "\n".join(
        f"<li><a{' class=' + chr(34) + 'text-dark' + chr(34) if cid == cat_id else ''} "
        f"href='{news_php}?cat_id={cid}'>{name}</a></li>" for name, cid in CATS
    ) + f"\n<li><a href='{news_php}?cat_id=0'>أخبار غير مصنفة</a></li>\n</ul>"
    page.add("تصنيفات الأخبار", *(name for name, _ in CATS), "أخبار غير مصنفة")
    most = [MOST_READ[(2 * n + k) % len(MOST_READ)] for k in range(5)]
    most_html = "<ul class='side-list'>\n" + "\n".join(
        f"<li><a href='{news_php}?readmore={mid}' title='{e(t)}'>{e(t)}</a></li>" for mid, t in most
    ) + "\n</ul>"
    page.add("الأخبار الأكثر قراءة", *(t for _, t in most))
    guests, names = ONLINE[n]
    online = (f"<div>الزوار المتواجدون: {guests}</div>\n<div>الأعضاء المتواجدون: {len(names)}</div>\n"
              "<div class='m-b-5'>" + ", ".join(
                  f"<a href='{HOST}/profile.php?lookup={60 + k}' class='side'>{e(u)}</a>"
                  for k, u in enumerate(names)) + "</div>\n<hr class='side-hr' />\n"
              f"<div>إجمالي الأعضاء: {MEMBERS[n]:,}</div>\n<div>أحدث عضو: <a href='{HOST}/profile."
              f"php?lookup={MEMBERS[n] + 3}' class='side'>{e(NEWEST[n])}</a></div>")
    page.add("المتواجدون الآن", f"الزوار المتواجدون: {guests}",
             f"الأعضاء المتواجدون: {len(names)}", *names, f"إجمالي الأعضاء: {MEMBERS[n]:,}",
             f"أحدث عضو: {NEWEST[n]}")
    latest_c = [LATEST_COMMENTS[(n + k) % len(LATEST_COMMENTS)] for k in range(3)]
    lc_html = "<ul class='side-list'>\n" + "\n".join(
        f"<li><span class='side-small'>{e(who)}:</span> <a href='{news_php}?readmore="
        f"{sid - 9 - 4 * k}#c{900 + k}' title='{e(t)}'>{e(t)}</a></li>"
        for k, (who, t) in enumerate(latest_c)) + "\n</ul>"
    page.add("أحدث التعليقات", *(f"{who}: {t}" for who, t in latest_c))
    right = (_side("تصنيفات الأخبار", cats) + _side("الأخبار الأكثر قراءة", most_html)
             + _side("المتواجدون الآن", online) + _side("أحدث التعليقات", lc_html))
    # the item
    crumbs = (f"<ol class='breadcrumb'>\n<li class='crumb'><a href='{HOST}/index.php'>الصفحة "
              f"الرئيسية</a></li>\n<li class='crumb'><a href='{news_php}'>{NEWS}</a></li>\n<li "
              f"class='crumb'><a href='{news_php}?cat_id={cat_id}'>{e(article.section)}</a></li>\n"
              f"<li class='crumb active'>{e(article.headline)}</li>\n</ol>")
    info_line = f"» نشر من قبل {poster} في {shown} · في {article.section}"
    page.add(NEWS, "الصفحة الرئيسية", article.section, poster, shown, info_line)
    image = ""
    if n in NEWS_IMAGE:
        src = f"{HOST}/{NEWS_IMAGE[n]}"
        image = (f'<a href="{src}" class="news-image-overlay"><img class="img-responsive center-x '
                 f'm-b-10 m-r-10" style="width: 100%;" src="{src}" alt="{e(article.headline)}"/>'
                 "</a>\n")
    if n in CAPTION_IMG:
        page.add(article.caption)
    ncom = len(COMMENTS.get(n, ()))
    opts = f"{ncom} التعليقات · {READS[n - 1]} القراءات · طباعة"
    page.add(f"{ncom} التعليقات", f"{READS[n - 1]} القراءات", "طباعة", opts, "شارك الخبر:",
             "أخبار ذات صلة", *article.related)
    share = "".join(
        f"<a class='share-{net}' href='{href}{url}' target='_blank' rel='nofollow' title='{net}'>"
        f"<i class='fab fa-{icon}'></i></a>"
        for net, icon, href in (("facebook", "facebook-f", "https://www.facebook.com/sharer.php?u="),
                                ("twitter", "twitter", "https://twitter.com/intent/tweet?url="),
                                ("whatsapp", "whatsapp", "https://api.whatsapp.com/send?text=")))
    related = "\n".join(f"<li><a href='{news_php}?readmore={sid - 5 - 6 * k}'>{e(t)}</a></li>"
                        for k, t in enumerate(article.related))
    item = f"""<!--news_pre_readmore-->
<article class='news-item' id='news-{sid}'>
<h2 class='news-subject'>{e(article.headline)}</h2>
<div class='news-info'>
<!--news_poster-->» <span class='news-poster'>نشر من قبل <a href='{HOST}/profile.php?lookup={uid}' class='profile-link'>{e(poster)}</a></span> في {shown} &middot;
<!--news_cat-->في <a href='{news_php}?cat_id={cat_id}'>{e(article.section)}</a>
</div>
<div class='news_news text-dark m-t-20 m-b-20 overflow-hide'>
{image}{_text(article, n)}
</div>
<div class='news-footer'>
<!--news_opts--><a href='{url}#comments'>{ncom} التعليقات</a> &middot; {READS[n - 1]} القراءات &middot; <a href='{HOST}/print.php?type=N&amp;item_id={sid}' target='_blank'><i class='fa fa-print'></i> طباعة</a>
</div>
<div class='news-share text-center m-t-10'><span class='m-r-5'>شارك الخبر:</span> {share}</div>
<div class='news-related m-t-15'>
<h4>أخبار ذات صلة</h4>
<ul>
{related}
</ul>
</div>
<!--news_sub_readmore-->
{_comments(n, sid, m, page)}{_ratings(n, sid, page)}</article>"""
    year = visit.year
    footer_text = FOOTER.format(year=year)
    copyright_line = COPYRIGHT.format(year=year)
    page.add(footer_text, copyright_line, LICENSE, "سياسة الخصوصية",
             f"{COUNTER[n]} زيارة غير مكررة", f"وقت التحميل: {RENDER[n]} ثانية")
    description = e(" ".join(article.lead.split()[:24]))
    keywords = e(", ".join(article.tags))
    og_image = (f"{HOST}/{NEWS_IMAGE[n]}" if n in NEWS_IMAGE
                else f"{HOST}/{CAPTION_IMG[n]}" if n in CAPTION_IMG
                else f"{HOST}/images/logo-basranews-og.png")
    html = f"""<!DOCTYPE html>
<html lang='ar' dir='rtl'>
<head>
<title>{SITE} - {NEWS}: {e(article.headline)}</title>
<meta charset='utf-8' />
<meta http-equiv='X-UA-Compatible' content='IE=edge' />
<meta name='viewport' content='width=device-width, initial-scale=1.0' />
<meta name='description' content='{description}' />
<meta name='url' content='{url}' />
<meta name='keywords' content='{keywords}' />
<meta name='image' content='{og_image}' />
<meta property='og:title' content='{e(article.headline)}' />
<meta property='og:description' content='{description}' />
<meta property='og:url' content='{url}' />
<meta property='og:keywords' content='{keywords}' />
<meta property='og:image' content='{og_image}' />
<meta property='og:site_name' content='{SITE}' />
<link rel='stylesheet' href='{HOST}/includes/bootstrap/bootstrap.min.css' type='text/css' />
<link rel='stylesheet' href='{HOST}/includes/bootstrap/bootstrap-rtl.min.css' type='text/css' />
<link rel='stylesheet' href='{HOST}/includes/fonts/font-awesome-5/css/all.min.css' type='text/css' />
<link rel='stylesheet' href='{HOST}/themes/templates/default.min.css?v=1700431236' type='text/css' />
<link rel='stylesheet' href='{THEME}/styles.css?v=1712240118' type='text/css' />
<link rel='icon' type='image/x-icon' href='{HOST}/images/favicons/favicon.ico' />
<link rel='alternate' type='application/rss+xml' title='{SITE} - {NEWS}' href='{HOST}/infusions/rss_feeds_panel/feeds/rss_news.php' />
<link rel="stylesheet" href="{HOST}/infusions/news/templates/css/news.css?v=1700431236">
<link rel='stylesheet' href='{HOST}/includes/jquery/colorbox/colorbox.css' type='text/css' media='screen' />
<script type='text/javascript' src='{HOST}/includes/jquery/jquery.min.js'></script>
<script type='text/javascript' src='{HOST}/includes/jscripts/jscript.min.js?v=1700431236'></script>
<script type='text/javascript' src='{HOST}/includes/jquery/colorbox/jquery.colorbox.js'></script>
</head>
<body>
<div id='main-container' class='container'>
<header id='header' class='clearfix'>
<div class='pull-left'><a href='{HOST}/index.php'><img src='{HOST}/images/logo-basranews.png' alt='{SITE}' class='img-responsive' /></a></div>
<div class='pull-right header-date'><i class='fa fa-calendar-alt'></i> {subdate}</div>
</header>
<nav id='main-menu' class='navbar navbar-default' role='navigation'>
<div class='container-fluid'>
<div class='navbar-header'><button type='button' class='navbar-toggle collapsed' data-toggle='collapse' data-target='#main-menu_menu' aria-expanded='false' aria-controls='#main-menu_menu'><span class='sr-only'>Toggle navigation</span><span class='icon-bar top-bar'></span><span class='icon-bar middle-bar'></span><span class='icon-bar bottom-bar'></span></button></div>
<div class='navbar-collapse collapse' id='main-menu_menu'>
<ul class='nav navbar-nav primary'>
{menu}
</ul>
</div>
</div>
</nav>
<div class='row'>
<aside id='left-panel' class='col-xs-12 col-sm-3 col-md-3'>
{left}</aside>
<main id='main-content' class='col-xs-12 col-sm-6 col-md-6'>
<div class='opentable'><div class='capmain'>{NEWS}</div><div class='main-body'>
{crumbs}
{item}
</div></div>
</main>
<aside id='right-panel' class='col-xs-12 col-sm-3 col-md-3'>
{right}</aside>
</div>
<footer id='footer'>
<div class='footer-text text-center'>{footer_text}</div>
<div class='copyright text-center'>Powered by <a href='https://phpfusion.com' target='_blank'>PHPFusion</a> Copyright &copy; 2002 - {year} PHP Fusion Inc<br />
{LICENSE}</div>
<div class='text-center'><a href='{HOST}/legal.php?type=privacy'>سياسة الخصوصية</a></div>
<div class='text-center'>{COUNTER[n]} زيارة غير مكررة</div>
<div class='text-center'>وقت التحميل:  {RENDER[n]} ثانية</div>
</footer>
</div>
<script type='text/javascript'>
$(function() {{ $('.news-image-overlay').colorbox({{transition: 'elasic', height:'100%', width:'100%', maxWidth:'98%', maxHeight:'98%', scrolling:false, overlayClose:true, close:false, photo:true}}); }});
</script>
<script type='text/javascript' src='{HOST}/includes/bootstrap/bootstrap.min.js'></script>
</body>
</html>
"""
    page.html = html
    return page
