"""A Lebanese TV channel's news site (Al Jadeed / MTV-like, hand-built PHP): a "البث المباشر"
button with "الآن" / "التالي" programme slots in the header, the "آخر الأخبار" timeline (times
only) before the story in the DOM, the story's video player first (poster, duration, views,
"شاهد الفيديو"), then the text the newsroom wrote beside it (no transcript), the date as the
CMS prints it ("نشر بتاريخ 12-03-2024 | 19:45", day first) with a relative time, the
reporter as "تقرير: <name>" or the agency as "المصدر: الوكالة الوطنية للإعلام" under the
text, keywords, a Facebook comments box, the channel's programmes and its frequency line in
the footer; JSON-LD is a VideoObject (`uploadDate` in UTC), no article metadata."""

from __future__ import annotations

import json
from datetime import UTC

from .base import Article, Page, e

NAME = "lb_tv_channel"
HELD_OUT = True
SET = "unseen7"
FAMILY = "Lebanese TV channel site: live/now-next header, timeline first, video player, dd-mm-yyyy | hh:mm date"
HOST = "https://www.tele-liban-news.example"
SITE = "تلفزيون الأرز"
MENU = ("الرئيسية", "أخبار لبنان", "عربي ودولي", "تقارير", "رياضة", "فن ومنوعات", "برامجنا",
        "جدول البرامج")
NOW = ("الآن: نشرة الأخبار المسائية", "الآن: صباح الخير يا لبنان", "الآن: بين السطور")
NEXT = ("التالي: المسلسل اللبناني - 21:00", "التالي: حديث الساعة - 15:30",
        "التالي: موجز الأخبار - 12:00")
TIMELINE = (
    ("19:38", "الجيش: توقيف مطلوب بجرم سرقة سيارات في البقاع"),
    ("19:21", "وزير المال يحيل مشروع قانون الموازنة إلى المجلس النيابي"),
    ("18:57", "زحمة سير خانقة على أوتوستراد الدورة باتجاه جونيه"),
    ("18:40", "حاكم المصرف المركزي بالإنابة يلتقي وفدا من صندوق النقد"),
    ("18:12", "الصليب الأحمر: نقل 14 جريحا إثر حادث سير على طريق ضهر البيدر"),
)
DURATION = ("03:42", "05:16", "02:08")
AGO = ("منذ 9 أشهر", "منذ شهرين", "منذ 4 أشهر")
PROGRAMMES = ("نشرة الأخبار", "بين السطور", "حديث الساعة", "صباح الخير يا لبنان", "الملف")
AGENCY = "المصدر: الوكالة الوطنية للإعلام"
FREQ = "تردد القناة على نايلسات 11158 عمودي"
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    art_id = 482100 + 613 * n
    url = f"{HOST}/news/{art_id}/{article.slug}"
    shown = f"نشر بتاريخ {moment:%d-%m-%Y} | {moment:%H:%M}"
    page = Page(url=url, html="", shown_date=shown)
    source = f"تقرير: {article.author}" if article.author else AGENCY
    views = f"{4200 + 1733 * n} مشاهدة"
    page.add("البث المباشر", NOW[n - 1], NEXT[n - 1], " ".join(MENU), "آخر الأخبار",
             *(t for pair in TIMELINE for t in pair), "شاهد الفيديو", DURATION[n - 1], views,
             AGO[n - 1], source, "كلمات مفتاحية", "أضف تعليقاً عبر فيسبوك", "أخبار ذات صلة",
             *article.related, " ".join(PROGRAMMES), FREQ, FOOTER, SITE)
    paras = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(f'<li><a href="{HOST}/category/{k}">{m}</a></li>' for k, m in enumerate(MENU))
    timeline = "\n".join(f'<li><span class="time">{t}</span><a href="{HOST}/news/{art_id + 9 + k}/x">{e(h)}</a></li>'
                         for k, (t, h) in enumerate(TIMELINE))
    tags = " ".join(f'<a href="{HOST}/tag/{e(t)}">{e(t)}</a>' for t in article.tags)
    related = "".join(f'<div class="rel-item"><a href="{HOST}/news/{art_id - 40 - k}/x"><img src="/uploads/thumbs/{art_id - 40 - k}.jpg" alt="" /><h4>{e(r)}</h4></a></div>'
                      for k, r in enumerate(article.related))
    programmes = "\n".join(f'<li><a href="{HOST}/program/{k}">{p}</a></li>' for k, p in enumerate(PROGRAMMES))
    upload = moment.astimezone(UTC)
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": article.headline,
          "description": article.lead[:200],
          "thumbnailUrl": f"{HOST}/uploads/videos/{art_id}.jpg",
          "uploadDate": upload.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "duration": f"PT{int(DURATION[n - 1][:2])}M{int(DURATION[n - 1][3:])}S",
          "contentUrl": f"https://vod.tele-liban-news.example/{art_id}/index.m3u8"}
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{SITE} - {e(article.headline)}</title>
<meta name="description" content="{e(article.lead[:150])}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:type" content="video.other" />
<meta property="og:image" content="{HOST}/uploads/videos/{art_id}.jpg" />
<meta property="og:video" content="https://vod.tele-liban-news.example/{art_id}/index.m3u8" />
<link rel="stylesheet" href="/assets/css/style.css?v=3.4" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="news-inner">
<div id="fb-root"></div>
<header id="header">
<div class="live-bar"><a class="live-btn" href="{HOST}/live"><span class="dot"></span>البث المباشر</a><span class="now">{NOW[n - 1]}</span><span class="next">{NEXT[n - 1]}</span></div>
<div class="logo"><a href="{HOST}/"><img src="/assets/images/logo.png" alt="{SITE}" /></a></div>
<ul id="menu">{menu}</ul>
</header>
<div id="wrapper" class="clearfix">
<div id="left-side">
<div class="timeline-box"><h3>آخر الأخبار</h3><ul class="timeline">
{timeline}
</ul></div>
</div>
<div id="right-side">
<div class="news-page">
<div class="video-box"><div class="player" id="player{art_id}" data-src="https://vod.tele-liban-news.example/{art_id}/index.m3u8"><img src="{HOST}/uploads/videos/{art_id}.jpg" alt="" /><a class="play-btn" href="javascript:;">شاهد الفيديو</a><span class="duration">{DURATION[n - 1]}</span></div>
<div class="video-stats"><span class="views">{views}</span></div></div>
<h1 class="news-title">{e(article.headline)}</h1>
<div class="news-date">{shown} <span class="ago">{AGO[n - 1]}</span></div>
<div class="news-text">
{paras}
</div>
<div class="news-source">{e(source)}</div>
<div class="news-tags"><b>كلمات مفتاحية</b> {tags}</div>
<div class="fb-comments-box"><h3>أضف تعليقاً عبر فيسبوك</h3><div class="fb-comments" data-href="{url}" data-numposts="5" data-width="100%"></div></div>
<div class="related"><h3>أخبار ذات صلة</h3>{related}</div>
</div>
</div>
</div>
<footer id="footer"><ul class="programmes">{programmes}</ul><p class="freq">{FREQ}</p><p class="copy">{FOOTER}</p></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/hls.min.js"></script><script src="/assets/js/main.js?v=3.4"></script>
</body>
</html>
"""
    return page
