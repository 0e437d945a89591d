"""An Iraqi news channel's Telegram web preview (`t.me/s/<channel>/<post>`) used as a news
source: the English Telegram UI, the channel card in the right column (name, @username,
subscriber / photo / video / link counters, description, "Download Telegram"), and the
stream of `tgme_widget_message_wrap` posts around the one the URL names (`data-post`):
short posts before and after it (a forward, a link preview, one-line breaking items). The
story's post opens with "🔴 <b>headline</b>", its paragraphs are `<br/><br/>`-separated text
inside `div.tgme_widget_message_text`, and it ends with its hashtags and a "📌 تابعونا"
line. Every post carries the channel name, a view count ("48.2K") and only a time: the served
HTML prints the UTC time of `<time datetime="...+00:00">` (the date chips are drawn later by
script), so the machine time is the only date; `<title>` and `og:title` are the channel's
("<channel> – Telegram"), never the headline; no writer."""

from __future__ import annotations

from .base import Article, Page, e, rotate

NAME = "tg_channel_preview"
HELD_OUT = True
SET = "unseen8"
FAMILY = "Telegram channel web preview (t.me/s/): post stream around the story, <br/><br/> text, hashtags, UTC times only"
HOST = "https://t.me"
CHANNEL = "iraqkhabar"
SITE = "الخبر العراقي"
POSTS = (48213, 51977, 56402)
DESCRIPTION = "قناة إخبارية عراقية مستقلة | أخبار عاجلة على مدار الساعة | للإعلان والتواصل: @iraqkhabar_bot"
COUNTERS = (("218K", "subscribers"), ("34.1K", "photos"), ("2.9K", "videos"), ("5.6K", "links"))
FOLLOW = f"📌 تابعونا على تيليغرام: @{CHANNEL}"
# Short posts of the stream around the story (text, views); each page shows its own.
STREAM = (
    ("عاجل | وزارة الداخلية تعلن حظرا للتجوال في قضاء الزبير من العاشرة ليلا حتى إشعار آخر", "61.3K"),
    ("مجلس الوزراء يقرر تعطيل الدوام الرسمي يوم الخميس المقبل بمناسبة ذكرى المولد النبوي", "74.8K"),
    ("الأنواء الجوية: ارتفاع تدريجي في درجات الحرارة مع رياح معتدلة تنشط نهارا", "22.5K"),
    ("وصول الدفعة الأولى من الحجاج العراقيين إلى مطار النجف الدولي", "19.9K"),
    ("بالفيديو | لحظة افتتاح جسر الطابقين في الكرادة", "40.1K"),
    ("وزارة التربية: إعلان نتائج السادس الإعدادي الأسبوع المقبل عبر الموقع الرسمي", "88.6K"),
    ("عاجل | انخفاض مناسيب دجلة في بغداد إلى أدنى مستوى منذ عشر سنوات", "57.0K"),
)
FORWARDED = "Forwarded from"
FORWARD_SOURCE = "وزارة الكهرباء العراقية"
FORWARD_TEXT = "تنويه: قطع مبرمج للتيار في مغذيات المنطقة الصناعية يوم السبت من السابعة صباحا حتى الواحدة ظهرا لأعمال الصيانة"
PREVIEW_SITE = "شبكة الإعلام العراقي"
PREVIEW_TITLE = "الحكومة تطلق بوابة إلكترونية للتعيينات في الوزارات"
UI = ("Download Telegram", "Telegram")


def _bubble(post: int, text_html: str, views: str, iso: str, extra: str = "") -> str:
    time = iso[11:16]
    return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{CHANNEL}/{post}" data-view="eyJjIjotMTAwMTI4NDQ{post}In0">
<div class="tgme_widget_message_user"><a href="{HOST}/{CHANNEL}"><i class="tgme_widget_message_user_photo bgcolor4" style="background-color:#8365ab" data-content="ا"><img src="https://cdn4.cdn-telegram.org/file/iraqkhabar-avatar.jpg"></i></a></div>
<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"></svg></i>
<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="{HOST}/{CHANNEL}"><span dir="auto">{SITE}</span></a></div>
{extra}<div class="tgme_widget_message_text js-message_text" dir="auto">{text_html}</div>
<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">{views}</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="{HOST}/{CHANNEL}/{post}"><time datetime="{iso}" class="time">{time}</time></a></span></div></div>
</div></div></div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    utc = moment.utctimetuple()
    post = POSTS[n - 1]
    url = f"{HOST}/s/{CHANNEL}/{post}"
    iso = f"{utc.tm_year:04d}-{utc.tm_mon:02d}-{utc.tm_mday:02d}T{utc.tm_hour:02d}:{utc.tm_min:02d}:{utc.tm_sec:02d}+00:00"
    shown = iso[11:16]
    page = Page(url=url, html="", shown_date=shown)
    hashtags = " ".join(f"#{t}" for t in article.tags)
    before, after = rotate(STREAM, 2 * n, 3), rotate(STREAM, 2 * n + 3, 2)
    page.add(*UI, SITE, f"@{CHANNEL}", *(f"{k} {v}" for k, v in COUNTERS), DESCRIPTION,
             f"🔴 {article.headline}", hashtags, FOLLOW,
             *(t for t, _ in [before[0], before[2], *after]),
             FORWARDED, FORWARD_SOURCE, FORWARD_TEXT, PREVIEW_SITE, PREVIEW_TITLE)
    text = "<br/><br/>".join(e(p) for p in (article.lead, *article.paragraphs))
    tags_html = " ".join(f'<a href="?q=%23{e(t)}">#{e(t)}</a>' for t in article.tags)
    story = (f'🔴 <b>{e(article.headline)}</b><br/><br/>{text}<br/><br/>{tags_html}<br/><br/>'
             f'📌 تابعونا على تيليغرام: <a href="{HOST}/{CHANNEL}">@{CHANNEL}</a>')
    hour = utc.tm_hour
    stamp = iso[:11]
    bubbles = []
    for k, (line, views) in enumerate(before):
        at = f"{stamp}{max(hour - 3 + k, 0):02d}:{(7 + 13 * k) % 60:02d}:00+00:00"
        bubbles.append(_bubble(post - 3 + k, e(line), views, at))
    forward = (f'<div class="tgme_widget_message_forwarded_from accent_color">{FORWARDED} '
               f'<a class="tgme_widget_message_forwarded_from_name" href="{HOST}/moelc_iq"><span dir="auto">{FORWARD_SOURCE}</span></a></div>')
    bubbles[1] = _bubble(post - 2, e(FORWARD_TEXT), "12.7K", f"{stamp}{max(hour - 2, 0):02d}:31:00+00:00", forward)
    bubbles.append(_bubble(post, story, ("48.2K", "39.6K", "27.4K")[n - 1], iso,
                           f'<a class="tgme_widget_message_photo_wrap" href="{HOST}/{CHANNEL}/{post}" style="width:800px;background-image:url(\'https://cdn4.cdn-telegram.org/file/{article.slug}.jpg\')"><div class="tgme_widget_message_photo" style="padding-top:62.5%"></div></a>\n'))
    preview = (f'<a class="tgme_widget_message_link_preview" href="https://www.imn.iq/news/{post + 1}"><div class="link_preview_site_name accent_color" dir="auto">{PREVIEW_SITE}</div>'
               f'<div class="link_preview_title" dir="auto">{PREVIEW_TITLE}</div></a>')
    for k, (line, views) in enumerate(after):
        at = f"{stamp}{min(hour + 1 + k, 23):02d}:{(19 + 11 * k) % 60:02d}:00+00:00"
        bubbles.append(_bubble(post + 1 + k, e(line), views, at, preview if k == 0 else ""))
    counters = "".join(f'<div class="tgme_channel_info_counter"><span class="counter_value">{v}</span> <span class="counter_type">{t}</span></div>'
                       for v, t in COUNTERS)
    stream = "\n".join(bubbles)
    page.html = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{SITE} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta property="og:title" content="{SITE}">
    <meta property="og:image" content="https://cdn4.cdn-telegram.org/file/iraqkhabar-avatar.jpg">
    <meta property="og:site_name" content="Telegram">
    <meta property="og:description" content="{e(DESCRIPTION)}">
    <meta property="twitter:title" content="{SITE}">
    <meta property="twitter:description" content="{e(DESCRIPTION)}">
    <meta name="robots" content="noindex, nofollow">
    <link rel="canonical" href="{HOST}/s/{CHANNEL}">
    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">
    <link href="//telegram.org/css/widget-frame.css?71" rel="stylesheet" media="screen">
    <link href="//telegram.org/css/telegram-web.css?40" rel="stylesheet" media="screen">
  </head>
  <body class="widget_frame_base tgme_webpreview emoji_image nodark" data-post="{CHANNEL}/{post}">
    <header class="tgme_header search_collapsed">
      <div class="tgme_header_search"><form class="tgme_header_search_form" action="" method="get"><input class="tgme_header_search_form_input js-header_search" placeholder="Search" name="q" autocomplete="off" value=""></form></div>
      <div class="tgme_header_info"><a class="tgme_header_link" href="//telegram.org/"><i class="tgme_logo"></i><span>Telegram</span></a></div>
    </header>
    <main class="tgme_main">
      <section class="tgme_right_column">
        <div class="tgme_channel_info">
          <div class="tgme_channel_info_header"><i class="tgme_page_photo_image bgcolor4" data-content="ا"><img src="https://cdn4.cdn-telegram.org/file/iraqkhabar-avatar.jpg"></i>
            <div class="tgme_channel_info_header_title"><span dir="auto">{SITE}</span></div>
            <div class="tgme_channel_info_header_username"><a href="{HOST}/{CHANNEL}">@{CHANNEL}</a></div>
          </div>
          <div class="tgme_channel_info_counters">{counters}</div>
          <div class="tgme_channel_info_description">{e(DESCRIPTION)}</div>
        </div>
        <div class="tgme_channel_download_telegram"><a class="tgme_channel_download_telegram_bubble" href="//telegram.org/dl?tme=3a1e2f_{post}">Download Telegram</a></div>
      </section>
      <section class="tgme_channel_history js-message_history">
{stream}
      </section>
    </main>
    <script src="//telegram.org/js/tgwallpaper.min.js?3"></script>
    <script src="//telegram.org/js/widget-frame.js?66"></script>
    <script>TWidgetMessage.initScroll();</script>
  </body>
</html>
"""
    return page
