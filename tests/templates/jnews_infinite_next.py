"""An Iraqi news site on WordPress with the JNews theme and its "Auto Load Next Post" plugin,
saved after the reader scrolled: the page holds the requested story and, appended below it, the
previous post the plugin fetched from `<url>/autoload/`. In DOM order: the JNews header (the
top bar with today's date, "الأحد, نوفمبر 24, 2024" in JNews' default `l, F j, Y` format,
i.e. the day the page was saved, and the top links), the logo, the menu, the mobile drawer;
then `div.post-wrapper` holding one `div.post-wrap.post-autoload` per story (`data-url`,
`data-title`, `data-id`, `data-prev`); in each, `jeg_main` > `jeg_content jeg_singlepage` >
`jeg_main_content`: `jeg_breadcrumbs`, `h1.jeg_post_title`, `jeg_meta_author` ("بواسطة"),
`jeg_meta_date` (WordPress' "14 مايو، 2024"), `jeg_meta_category`, the featured image and its
`wp-caption-text`, the `jeg_share_button` bar (counts "مشاركة" / "مشاهدة", "شارك على فيسبوك",
"شارك على تويتر"), `entry-content` > `content-inner` paragraphs with the
`jnews_inline_related_post` "اقرأ أيضاً" box (two titles) after the second paragraph and
`jeg_post_tags` ("الوسوم:"), the `jnews-autoload-splitter`, an empty
`jnews_prev_next_container` (the plugin turns prev / next off), the `jeg_authorbox`, the
`jnews_related_post_container` ("مقالات ذات صلة" with dates) and the comment form (pages 1 and
3; the plugin's "hide comments" left on page 2); and the right `jeg_sidebar` with the JNews
popular-posts widget ("الأكثر قراءة", numbered). The appended post opens with
`div.jeg_autoload_separator` and repeats all of it for another story: its own h1, an earlier
`jeg_meta_date` (a trap) and full paragraphs (chrome). Then the footer and the login popup.
Yoast's `article:published_time` (`+03:00`) and JSON-LD describe the first story only;
`<title>` "<headline> - <site>"."""

from __future__ import annotations

import json
from datetime import datetime

from .base import MONTHS, Article, Page, e, weekday

NAME = "jnews_infinite_next"
HELD_OUT = True
SET = "unseen9"
FAMILY = "Iraqi WordPress + JNews with Auto Load Next Post: the previous story appended below the article, top-bar today date"
HOST = "https://www.rafidain-today.example"
SITE = "الرافدين اليوم"
TAGLINE = "أخبار العراق لحظة بلحظة"
TOP_LINKS = ("من نحن", "أعلن معنا", "اتصل بنا")
MENU = ("الرئيسية", "محليات", "سياسة", "اقتصاد", "صحة", "رياضة", "تقارير", "منوعات", "فيديو")
SAVED = ("2024-05-16", "2024-08-05", "2024-11-24")  # the day each page was saved (top bar)
SHARE = ("مشاركة", "مشاهدة", "شارك على فيسبوك", "شارك على تويتر")
SHARE_COUNTS = (("214", "3.1K"), ("87", "1.4K"), ("356", "5.8K"), ("41", "962"), ("129", "2.2K"),
                ("63", "1.1K"))
INLINE = "اقرأ أيضاً"
RELATED_HEAD = "مقالات ذات صلة"
POPULAR = ("الأكثر قراءة", (
    "أسعار صرف الدولار في بورصتي الكفاح والحارثية صباح اليوم",
    "مجلس الخدمة الاتحادي يعلن موعد إطلاق استمارة التعيين",
    "الأنواء الجوية: أمطار رعدية على المحافظات الشمالية",
    "وزارة التربية تحدد موعد الامتحانات الوزارية للدور الأول",
    "الرافدين يطلق سلف الموظفين إلكترونيا عبر تطبيق جديد",
    "المنتخب الوطني يبدأ معسكره التدريبي في الدوحة",
))
COMMENT = ("اترك تعليقاً", "إلغاء الرد", "لن يتم نشر عنوان بريدك الإلكتروني.",
           "الحقول الإلزامية مشار إليها بـ *", "التعليق *", "الاسم *", "البريد الإلكتروني *",
           "الموقع الإلكتروني",
           "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.")
FOOTER_ABOUT = ("الرافدين اليوم موقع إخباري عراقي مستقل يغطي الشأن المحلي والسياسي والاقتصادي "
                "على مدار الساعة.")
FOOTER_LINKS = ("سياسة الخصوصية", "شروط الاستخدام", "اتصل بنا")
COPYRIGHT = f"© 2024 {SITE} - جميع الحقوق محفوظة."
LOGIN = ("مرحباً بعودتك!", "سجّل الدخول إلى حسابك أدناه", "تذكرني", "هل نسيت كلمة المرور؟",
         "تسجيل الدخول")
BIOS = {
    "حيدر الساعدي": "صحفي من البصرة يكتب عن ملفات المياه والخدمات في محافظات الجنوب.",
    "نور الهدى علي": "مراسلة الرافدين اليوم في نينوى، تتابع ملفات إعادة الإعمار في الموصل.",
    "زينب الموسوي": "محررة في قسم الصحة، تهتم بتغطية الشؤون الصحية والتعليمية.",
    "علي الركابي": "مراسل الرافدين اليوم في ذي قار.",
    "مصطفى الجبوري": "صحفي من الموصل يغطي أخبار محافظة نينوى.",
    "سارة الحسيني": "محررة في قسم الصحة والمجتمع.",
}
# The previous post that Auto Load Next Post appended below each story (chrome on its page):
# headline, time, writer, section, caption, paragraphs, tags, inline related titles.
NEXT = {
    "basra-water-salinity-plan": (
        "ذي قار تبدأ حملة لتطهير جداول الري في قضاء الشطرة قبل الموسم الصيفي",
        "2024-05-13T17:35:00+03:00", "علي الركابي", "محليات",
        "آليات مديرية الموارد المائية في ذي قار خلال أعمال التطهير",
        ("باشرت مديرية الموارد المائية في ذي قار حملة لتطهير جداول الري الفرعية في قضاء الشطرة، "
         "بهدف إيصال الحصص المائية إلى نهايات الأنهر قبل بدء الموسم الصيفي.",
         "وقال مدير الموارد المائية في المحافظة إن الحملة تشمل رفع الترسبات والأدغال من 40 جدولا "
         "بطول إجمالي يتجاوز 120 كيلومترا، بمشاركة 25 آلية تابعة للمديرية.",
         "وأضاف أن المزارعين في نهايات الجداول يعانون منذ سنوات من شح المياه، ما أدى إلى تراجع "
         "المساحات المزروعة بالخضر الصيفية في القضاء."),
        ("ذي قار", "الموارد المائية"),
        ("الشطرة: افتتاح مشروع ماء جديد يخدم 60 ألف نسمة", "ذي قار تعلن خطة زراعية للموسم الصيفي")),
    "mosul-pedestrian-bridge": (
        "نينوى تعيد فتح سوق الصياغ التراثي في الموصل القديمة بعد تأهيله",
        "2024-08-01T12:10:00+03:00", "مصطفى الجبوري", "محليات",
        "واجهات محال سوق الصياغ بعد إعادة تأهيلها",
        ("أعادت محافظة نينوى فتح سوق الصياغ التراثي في مدينة الموصل القديمة، بعد انتهاء أعمال "
         "تأهيل استمرت أكثر من عام وشملت 90 محلا تجاريا.",
         "وقال مسؤول في ديوان المحافظة إن أعمال التأهيل حافظت على الطراز المعماري القديم للسوق، "
         "واستخدمت فيها الحجارة والمرمر الموصلي في تبليط الأرضيات والواجهات.",
         "وعبر عدد من أصحاب المحال عن ارتياحهم لعودة السوق إلى العمل، مطالبين بتحسين الخدمات "
         "وتوفير مواقف للسيارات قرب المدخل الرئيسي."),
        ("الموصل", "الأسواق التراثية"),
        ("الموصل تستضيف مهرجانا للكتاب بمشاركة 80 دار نشر", "نينوى تعلن خطة لتأهيل المدارس")),
    "measles-vaccination-campaign": (
        "الصحة تعلن افتتاح ردهة متخصصة لعلاج الحروق في مستشفى الكندي ببغداد",
        "2024-11-20T15:50:00+03:00", "سارة الحسيني", "صحة",
        "جانب من الردهة الجديدة لعلاج الحروق",
        ("أعلنت دائرة صحة بغداد الرصافة افتتاح ردهة متخصصة لعلاج الحروق في مستشفى الكندي "
         "التعليمي، بسعة 24 سريرا مجهزة بأحدث الأجهزة الطبية.",
         "وقال مدير المستشفى إن الردهة تضم صالة عمليات خاصة بعمليات الترقيع ووحدة للعناية المركزة، "
         "ويعمل فيها فريق من الجراحين والممرضين المدربين.",
         "وأشار إلى أن المستشفى كان يحيل مرضى الحروق الشديدة إلى مستشفيات أخرى، ما كان يؤخر "
         "تقديم العلاج في الساعات الأولى الحرجة."),
        ("مستشفى الكندي", "بغداد"),
        ("الصحة تحذر من انتشار الإنفلونزا الموسمية", "افتتاح مركز لغسل الكلى في مدينة الصدر")),
}
NEXT_IDS = {"basra-water-salinity-plan": 48_211, "mosul-pedestrian-bridge": 52_907,
            "measles-vaccination-campaign": 57_634}
RELATED_EXTRA = (("2024-05-09", "2024-05-06"), ("2024-07-28", "2024-07-21"),
                 ("2024-11-17", "2024-11-12"))


def wp_date(moment: datetime) -> str:
    return f"{moment.day} {MONTHS[moment.month - 1]}، {moment.year}"


def top_date(day: datetime) -> str:
    return f"{weekday(day)}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def _slug_url(post_id: int, moment: datetime) -> str:
    return f"{HOST}/{moment:%Y/%m/%d}/news-{post_id}/"


def _sidebar(n: int) -> str:
    title, posts = POPULAR
    items = "\n".join(
        f'<li class="popularpost_item format-standard"><div class="jeg_thumb"><a href="{HOST}/?p={30_100 + 11 * k + n}">'
        f'<div class="thumbnail-container size-715"><img width="120" height="86" src="{HOST}/wp-content/uploads/2024/pop-{k}.jpg" '
        f'class="attachment-jnews-120x86 size-jnews-120x86 wp-post-image" alt="{e(t)}" decoding="async" /></div></a>'
        f'<span class="popularpost_number">{k + 1}</span></div>'
        f'<h3 class="post-title"><a href="{HOST}/?p={30_100 + 11 * k + n}">{e(t)}</a></h3></li>'
        for k, t in enumerate(posts[:5]))
    return f"""<div class="jeg_sidebar right jeg_sticky_sidebar col-md-4">
<div class="jegStickyHolder"><div class="theiaStickySidebar">
<div class="widget widget_jnews_popular" id="jnews_popular-2"><div class="jeg_block_heading jeg_block_heading_6 jnews_module_widget"><h3 class="jeg_block_title"><span>{title}</span></h3></div>
<div class="jeg_postblock popularpost_container"><ul class="popularpost_list">
{items}
</ul></div></div>
<div class="widget widget_jnews_module_element_ads"><div class="jeg_ad jeg_ad_module"><div class="ads-wrapper"><a href="{HOST}/advertise/" target="_blank" rel="nofollow noopener" class="adlink ads_image"><img src="{HOST}/wp-content/uploads/2024/ad-300x250.jpg" alt="" data-pin-no-hover="true"></a></div></div></div>
</div></div>
</div>"""


def _comments(post_id: int, url: str) -> str:
    return f"""<div class="jnews_comment_container"><div id="comments" class="jeg_comments">
<div class="jeg_commentlist_container"><ol class="commentlist"></ol></div>
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{COMMENT[0]} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">{COMMENT[1]}</a></small></h3><form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{COMMENT[2]}</span> <span class="required-field-message">الحقول الإلزامية مشار إليها بـ <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /></p>
<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="text" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required="required" /></p>
<p class="comment-form-url"><label for="url">{COMMENT[7]}</label> <input id="url" name="url" type="text" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">{COMMENT[8]}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type='hidden' name='comment_post_ID' value='{post_id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form></div>
</div></div>"""


def _post(*, post_id: int, url: str, prev_url: str, headline: str, moment: datetime,
          writer: str, section: str, caption: str, texts: tuple[str, ...], tags: tuple[str, ...],
          inline: tuple[str, ...], related: list[tuple[str, str]], counts: tuple[str, str],
          comments: bool, separator: bool, n: int) -> str:
    bio = BIOS[writer]
    avatar = f"{HOST}/wp-content/uploads/avatars/{len(writer) % 9}.jpg"
    share_url = url.replace(":", "%3A").replace("/", "%2F")
    share = (f'<div class="jeg_share_button clearfix"><div class="jeg_share_stats">'
             f'<div class="jeg_share_count"><div class="counts">{counts[0]}</div><span class="sharetext">{SHARE[0]}</span></div>'
             f'<div class="jeg_views_count"><div class="counts">{counts[1]}</div><span class="sharetext">{SHARE[1]}</span></div></div>'
             f'<div class="jeg_sharelist">'
             f'<a href="http://www.facebook.com/sharer.php?u={share_url}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>{SHARE[2]}</span></a>'
             f'<a href="https://twitter.com/intent/tweet?text={e(headline)}&url={share_url}" rel="nofollow" class="jeg_btn-twitter expanded"><i class="fa fa-twitter"><svg xmlns="http://www.w3.org/2000/svg" height="1em" viewBox="0 0 512 512"><path d="M389.2 48h70.6L305.6 224.2 487 464H345L233.7 318.6 106.5 464H35.8L200.7 275.5 26.8 48H172.4L272.9 180.9 389.2 48z"/></svg></i><span>{SHARE[3]}</span></a>'
             f'<a href="//api.whatsapp.com/send?text={e(headline)}%0A{share_url}" rel="nofollow" class="jeg_btn-whatsapp "><i class="fa fa-whatsapp"></i></a>'
             f'<a href="https://telegram.me/share/url?url={share_url}&text={e(headline)}" rel="nofollow" class="jeg_btn-telegram "><i class="fa fa-telegram"></i></a>'
             f'<div class="share-secondary"><a href="mailto:?subject={e(headline)}&amp;body={share_url}" rel="nofollow" class="jeg_btn-email "><i class="fa fa-envelope"></i></a></div>'
             f'<a href="#" class="jeg_btn-toggle"><i class="fa fa-share"></i></a></div></div>')
    inline_box = (
        '<div class="jnews_inline_related_post_wrapper right"><div class="jnews_inline_related_post">'
        f'<div class="jeg_postblock_29 jeg_postblock jeg_module_hook jeg_pagination_nextprev jeg_col_2o3 jnews_module_{post_id}_0_{n}a">'
        f'<div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>{INLINE}</span></h3></div>'
        '<div class="jeg_block_container"><div class="jeg_posts ">'
        + "".join(f'<article class="jeg_post jeg_pl_xs post-{post_id - 5 - k} post type-post status-publish format-standard">'
                  f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{HOST}/?p={post_id - 5 - k}">{e(t)}</a></h3></div></article>'
                  for k, t in enumerate(inline))
        + '</div></div></div></div></div>')
    paras = [f"<p>{e(t)}</p>" for t in texts]
    paras.insert(2, inline_box)
    tag_links = "".join(f'<a href="{HOST}/tag/{e(t)}/" rel="tag">{e(t)}</a>' for t in tags)
    related_html = "".join(
        f'<article class="jeg_post jeg_pl_md_box post-{post_id - 20 - k} post type-post status-publish format-standard has-post-thumbnail">'
        f'<div class="jeg_thumb"><a href="{HOST}/?p={post_id - 20 - k}"><div class="thumbnail-container animate-lazy size-715">'
        f'<img width="350" height="250" src="{HOST}/wp-content/uploads/2024/rel-{post_id - 20 - k}.jpg" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="{e(t)}" decoding="async" /></div></a></div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{HOST}/?p={post_id - 20 - k}">{e(t)}</a></h3>'
        f'<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{HOST}/?p={post_id - 20 - k}"><i class="fa fa-clock-o"></i> {d}</a></div></div></div></article>'
        for k, (t, d) in enumerate(related))
    sep = ('<div class="jeg_autoload_separator">\n'
           f'<div class=\'jeg_ad jeg_autoload_ad\'><div class=\'\'><a href=\'{HOST}/advertise/\' target=\'_blank\' class=\'adlink\'>'
           f'<img src=\'{HOST}/wp-content/uploads/2024/autoload-728x90.jpg\' alt=\'\' data-pin-no-hover="true"></a> </div></div>\n'
           '</div>\n' if separator else "")
    prev_attr = f' data-prev="{prev_url}" ' if prev_url else " "
    section_slug = {"محليات": "local", "صحة": "health"}.get(section, "news")
    return f"""<div class="post-wrap post-autoload " data-url="{url}" data-title="{e(headline)}" data-id="{post_id}"{prev_attr}>
{sep}<div class="jeg_main ">
<div class="jeg_container">
<div class="jeg_content jeg_singlepage">
<div class="container">
<div class="jeg_ad jeg_article jnews_article_top_ads"><div class='ads-wrapper  '></div></div>
<div class="row">
<div class="jeg_main_content col-md-8">
<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="{HOST}">الرئيسية</a></span><i class="fa fa-angle-left"></i><span class="breadcrumb_last_link"><a href="{HOST}/category/{section_slug}/">{e(section)}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{e(headline)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1">
<div class="meta_left">
<div class="jeg_meta_author"><img alt='{e(writer)}' src='{avatar}' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/><span class="meta_text">بواسطة</span> <a href="{HOST}/author/{len(writer)}/">{e(writer)}</a></div>
<div class="jeg_meta_date"><a href="{url}">{wp_date(moment)}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">في</span> <a href="{HOST}/category/{section_slug}/" rel="category tag">{e(section)}</a></span></div>
</div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="{url}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div>
</div></div>
</div>
<div class="jeg_featured featured_image"><a href="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:50%"><img width="750" height="375" src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}-750x375.jpg" class="attachment-jnews-750x375 size-jnews-750x375 lazyload wp-post-image" alt="{e(caption)}" decoding="async" /></div></a><p class="wp-caption-text">{e(caption)}</p></div>
<div class="jeg_share_top_container">{share}</div>
<div class="jeg_ad jeg_article jnews_content_top_ads "><div class='ads-wrapper  '></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"><div class="jeg_share_float_container"></div></div>
<div class="content-inner ">
{chr(10).join(paras)}
</div>
<div class="jeg_post_tags"><span>الوسوم:</span> {tag_links}</div>
</div>
<div class="jeg_share_bottom_container"></div>
<div class='jnews-autoload-splitter' data-url="{url}" data-title="{e(headline)}" data-id="{post_id}"{prev_attr}></div>
<div class="jeg_ad jeg_article jnews_content_bottom_ads "><div class='ads-wrapper  '></div></div>
<div class="jnews_prev_next_container"></div>
<div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img alt='{e(writer)}' src='{avatar}' class='avatar avatar-80 photo' height='80' width='80' decoding='async'/></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="{HOST}/author/{len(writer)}/">{e(writer)}</a></h3><p class="jeg_author_desc">{e(bio)}</p><div class="jeg_author_socials"><a target="_blank" href="https://www.facebook.com/rafidaintoday" class="facebook"><i class="fa fa-facebook-official"></i></a></div></div></div></div>
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3 jnews_module_{post_id}_1_{n}b"><div class="jeg_block_heading jeg_block_heading_6 jeg_subcat_right"><h3 class="jeg_block_title"><span>{RELATED_HEAD}</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">{related_html}</div></div></div></div></div>
<div class="jnews_popup_post_container"></div>
{_comments(post_id, url) if comments else ""}
</div>
</div>
{_sidebar(n)}
</div>
</div>
</div>
</div>
</div>
</div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = 48_530 + 4_391 * (n - 1) + 7
    url = _slug_url(post_id, moment)
    writer = article.author or SITE
    shown = wp_date(moment)
    saved = datetime.fromisoformat(SAVED[n - 1])
    today = top_date(saved)
    (next_headline, next_time, next_writer, next_section, next_caption, next_texts, next_tags,
     next_inline) = NEXT[article.slug]
    next_moment = datetime.fromisoformat(next_time)
    next_id = NEXT_IDS[article.slug]
    next_url = _slug_url(next_id, next_moment)
    comments = n != 2
    extra = RELATED_EXTRA[n - 1]
    related = [(article.related[2], wp_date(datetime.fromisoformat(extra[0]))),
               (next_headline, wp_date(next_moment)),
               (POPULAR[1][n], wp_date(datetime.fromisoformat(extra[1])))]
    next_related = [(POPULAR[1][n + 1], wp_date(datetime.fromisoformat(extra[1]))),
                    (article.related[0], wp_date(datetime.fromisoformat(extra[0])))]
    page = Page(url=url, html="", shown_date=shown)
    page.add(today, *TOP_LINKS, SITE, TAGLINE, *MENU, "الرئيسية", article.section,
             f"بواسطة {writer}", article.caption, *SHARE, INLINE, *article.related[:2],
             "الوسوم:", writer, BIOS[writer], RELATED_HEAD, *(t for t, _ in related),
             *(d for _, d in related), *(COMMENT if comments else ()), POPULAR[0],
             *POPULAR[1][:5], next_headline, f"بواسطة {next_writer}", wp_date(next_moment),
             next_caption, *next_texts, *next_inline, *(d for _, d in next_related),
             *(t for t, _ in next_related), BIOS[next_writer], FOOTER_ABOUT, *FOOTER_LINKS,
             COPYRIGHT, *LOGIN)
    first = _post(post_id=post_id, url=url, prev_url=next_url, headline=article.headline,
                  moment=moment, writer=writer, section=article.section, caption=article.caption,
                  texts=(article.lead, *article.paragraphs), tags=article.tags,
                  inline=article.related[:2], related=related, counts=SHARE_COUNTS[2 * n - 2],
                  comments=comments, separator=False, n=n)
    second = _post(post_id=next_id, url=next_url, prev_url=_slug_url(next_id - 6, next_moment),
                   headline=next_headline, moment=next_moment, writer=next_writer,
                   section=next_section, caption=next_caption, texts=next_texts, tags=next_tags,
                   inline=next_inline, related=next_related, counts=SHARE_COUNTS[2 * n - 1],
                   comments=comments, separator=True, n=n)
    menu = "".join(f'<li id="menu-item-{101 + k}" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-{101 + k} bgnav"><a href="{HOST}/category/c{k}/">{m}</a></li>'
                   for k, m in enumerate(MENU))
    top_links = "".join(f'<li class="menu-item"><a href="{HOST}/p{k}/">{t}</a></li>' for k, t in enumerate(TOP_LINKS))
    schema = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": f"{url}#article",
         "isPartOf": {"@id": url}, "author": {"name": writer, "@id": f"{HOST}/#/schema/person/{len(writer)}"},
         "headline": article.headline, "datePublished": article.published,
         "dateModified": article.published, "mainEntityOfPage": {"@id": url},
         "wordCount": len(article.body.split()), "publisher": {"@id": f"{HOST}/#organization"},
         "image": {"@id": f"{url}#primaryimage"}, "keywords": list(article.tags),
         "articleSection": [article.section], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{article.headline} - {SITE}",
         "isPartOf": {"@id": f"{HOST}/#website"}, "datePublished": article.published,
         "dateModified": article.published, "inLanguage": "ar"},
        {"@type": "Organization", "@id": f"{HOST}/#organization", "name": SITE, "url": f"{HOST}/"}]}
    jnewsoption = {"login_reload": url, "popup_script": "magnific", "single_gallery": "",
                   "ismobile": "", "isie": "", "sidefeed_ajax": "", "language": "ar",
                   "module_prefix": "jnews_module_ajax_", "live_search": "1",
                   "postid": str(post_id), "isblog": "1", "admin_bar": "0",
                   "follow_video": "", "follow_position": "top_right", "rtl": "1", "gif": "",
                   "lang": {"invalid_recaptcha": "Invalid Recaptcha!",
                            "empty_username": "Please enter your username!",
                            "empty_email": "Please enter your email!",
                            "empty_password": "Please enter your password!"},
                   "recaptcha": "0", "site_slug": "/", "site_domain": HOST[8:],
                   "zoom_button": "0", "autoload_limit": "2"}
    options_js = json.dumps(jnewsoption, ensure_ascii=False).replace("/", "\\/")
    footer_menu = "".join(f'<li class="menu-item"><a href="{HOST}/f{k}/">{t}</a></li>'
                          for k, t in enumerate(FOOTER_LINKS))
    page.html = f"""<!doctype html>
<!--[if lt IE 7]> <html class="no-js lt-ie9 lt-ie8 lt-ie7" dir="rtl" lang="ar"> <![endif]-->
<!--[if IE 7]>    <html class="no-js lt-ie9 lt-ie8" dir="rtl" lang="ar"> <![endif]-->
<!--[if IE 8]>    <html class="no-js lt-ie9" dir="rtl" lang="ar"> <![endif]-->
<!--[if IE 9]>    <html class="no-js lt-ie10" dir="rtl" lang="ar"> <![endif]-->
<!--[if gt IE 8]><!--> <html class="no-js" dir="rtl" lang="ar"> <!--<![endif]-->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{HOST}/xmlrpc.php" />
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
<!-- This site is optimized with the Yoast SEO plugin v22.6 - https://yoast.com/wordpress/plugins/seo/ -->
<title>{e(article.headline)} - {SITE}</title>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="ar_AR" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(article.headline)} - {SITE}" />
<meta property="og:description" content="{e(article.lead[:150])}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE}" />
<meta property="article:publisher" content="https://www.facebook.com/rafidaintoday" />
<meta property="article:published_time" content="{article.published}" />
<meta property="og:image" content="{HOST}/wp-content/uploads/{moment:%Y/%m}/{post_id}.jpg" />
<meta property="og:image:width" content="1200" />
<meta property="og:image:height" content="600" />
<meta name="author" content="{e(writer)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="كُتب بواسطة" />
<meta name="twitter:data1" content="{e(writer)}" />
<meta name="twitter:label2" content="مدة القراءة المقدرة" />
<meta name="twitter:data2" content="دقيقتان" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(schema, ensure_ascii=False)}</script>
<!-- / Yoast SEO plugin. -->
<link rel='stylesheet' id='jnews-frontend-css' href='{HOST}/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.5.2' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-style-css' href='{HOST}/wp-content/themes/jnews/style.css?ver=11.5.2' type='text/css' media='all' />
<link rel='stylesheet' id='jnews-rtl-css' href='{HOST}/wp-content/themes/jnews/assets/css/rtl.css?ver=11.5.2' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.5.3" />
<link rel='shortlink' href='{HOST}/?p={post_id}' />
</head>
<body class="rtl post-template-default single single-post postid-{post_id} single-format-standard wp-embed-responsive jeg_toggle_light jeg_single_tpl_1 jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper  '></div></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper">
<div class="jeg_header_instagram_wrapper"></div>
<div class="jeg_header normal">
<div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_top_date">{today}</div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item"><ul class="jeg_menu jeg_top_menu">{top_links}</ul></div></div></div>
</div></div></div>
<div class="jeg_midbar jeg_container jeg_navbar_wrapper normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="{HOST}/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="{HOST}/wp-content/uploads/2023/logo.png" alt="{SITE}" data-light-src="{HOST}/wp-content/uploads/2023/logo.png" width="320" height="80"></a></h1><p class="site-description">{TAGLINE}</p></div></div></div>
</div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal jeg_navbar_dark"><div class="container"><div class="jeg_nav_row">
<div class="jeg_nav_col jeg_nav_left jeg_nav_grow"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate">{menu}</ul></div></div></div></div>
<div class="jeg_nav_col jeg_nav_right jeg_nav_normal"><div class="item_wrap jeg_nav_alignright"><div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a><form action="{HOST}/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="بحث..." type="text" value="" autocomplete="off"><button aria-label="Search Button" type="submit" class="jeg_search_button btn"><i class="fa fa-search"></i></button></form></div></div></div>
</div></div></div>
</div>
</div>
<div class="jeg_navbar_mobile_wrapper"><div class="jeg_navbar_mobile" data-mode="scroll"><div class="jeg_mobile_bottombar jeg_mobile_midbar jeg_container dark"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left jeg_nav_normal"><div class="item_wrap jeg_nav_alignleft"><div class="jeg_nav_item"><a href="#" class="toggle_btn jeg_mobile_toggle"><i class="fa fa-bars"></i></a></div></div></div><div class="jeg_nav_col jeg_nav_center jeg_nav_grow"><div class="item_wrap jeg_nav_aligncenter"><div class="jeg_nav_item jeg_mobile_logo"><div class="site-title"><a href="{HOST}/"><img class='jeg_logo_img' src="{HOST}/wp-content/uploads/2023/logo-mobile.png" alt="{SITE}" width="160" height="40"></a></div></div></div></div></div></div></div></div></div>
<div class="post-wrapper">
{first}
{second}
</div>
<div class="footer-holder" id="footer" data-id="footer">
<div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row"><div class="jeg_footer_primary clearfix">
<div class="col-md-4 footer_column"><div class="footer_widget widget_jnews_about" id="jnews_about-1"><div class="jeg_about"><a class="footer_logo" href="{HOST}/"><img class='lazyload' src="{HOST}/wp-content/uploads/2023/logo-white.png" alt="{SITE}" width="200" height="50"></a><p>{FOOTER_ABOUT}</p></div></div></div>
<div class="col-md-4 footer_column"><div class="footer_widget widget_nav_menu"><div class="menu-footer-container"><ul class="menu">{footer_menu}</ul></div></div></div>
</div></div></div></div>
<div class="jeg_footer_bottom"><div class="container"><div class="jeg_footer_copyright"><p>{COPYRIGHT}</p></div></div></div>
</div></div>
</div>
<div class="jscroll-to-top"><a href="#back-to-top" class="jscroll-to-top_link"><i class="fa fa-angle-up"></i></a></div>
</div>
<div id="jeg_loginform" class="jeg_popup mfp-with-anim mfp-hide"><div class="jeg_popupform jeg_popup_account"><form action="#" data-type="login" method="post" accept-charset="utf-8"><h3>{LOGIN[0]}</h3><p>{LOGIN[1]}</p><p><input type="text" name="username" placeholder="اسم المستخدم" value=""></p><p><input type="password" name="password" placeholder="كلمة المرور" value=""></p><p><input type="checkbox" name="remember" value="true"> <label>{LOGIN[2]}</label></p><div class="bottom_links clearfix"><a href="#jeg_forgotform" class="jeg_popuplink forgot">{LOGIN[3]}</a></div><p><input type="submit" class="button" value="{LOGIN[4]}"> <span class="button jeg_login_button">{LOGIN[4]}</span></p></form></div></div>
<script type='text/javascript' id='jnews-frontend-js-extra'>
/* <![CDATA[ */
var jnewsoption = {options_js};
/* ]]> */
</script>
<script type='text/javascript' src='{HOST}/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.5.2' id='jnews-frontend-js'></script>
<script type='text/javascript' src='{HOST}/wp-content/plugins/jnews-autoload/assets/js/jquery.autoload.js' id='jnews-autoload-js'></script>
</body>
</html>
"""
    return page
