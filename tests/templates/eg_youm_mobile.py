"""The mobile page of an Egyptian news portal (Youm7-like, on its `m.` subdomain, canonical to
the www page): a small-screen header with the menu button and the logo, a horizontally
scrolled sections strip, the section, the headline, the "كتب <name>" byline ("كتبت" for a
woman reporter), the date in Arabic-Indic digits "الجمعة، ١٧ مايو ٢٠٢٤ ٠٩:٠٠ ص", the photo
and its caption, a "شارك" bar (above and below the text), the text with an "أخبار متعلقة" list
after the second paragraph and a video embed placeholder with its own title ("فيديو.. ...") after
the third, the tags, "الأكثر قراءة", the app and "النسخة الكاملة" links in the footer; a
NewsArticle JSON-LD with the `+03:00` / `+02:00` time."""

from __future__ import annotations

import json

from .base import MONTHS, Article, Page, e, indic, weekday

NAME = "eg_youm_mobile"
HELD_OUT = True
SET = "unseen5"
FAMILY = "Egyptian portal's m. page: كتب byline, Arabic-Indic date, أخبار متعلقة, video title"
ORIGIN = "www.albawaba-alyoum.example"
HOST = "https://m.albawaba-alyoum.example"
SITE = "البوابة اليوم"
SECTIONS = ("الرئيسية", "أخبار مصر", "اقتصاد", "حوادث", "رياضة", "فن", "ثقافة", "محافظات",
            "فيديو")
WOMEN = {"ريهام عبد الله"}
VIDEOS = {
    "tamween-june-rations": "فيديو.. طوابير أمام منافذ صرف السلع التموينية في أول أيام الصرف",
    "new-capital-monorail-test": "فيديو.. أول رحلة تجريبية لمونوريل شرق النيل",
    "egyptian-museum-tutankhamun-gallery": "فيديو.. جولة داخل قاعات المتحف المصري الكبير",
}
MOST_READ = (
    "سعر الدولار اليوم في البنوك المصرية",
    "درجات الحرارة المتوقعة غدا في القاهرة والمحافظات",
    "موعد إجازة المولد النبوي للقطاعين العام والخاص",
    "أسعار الذهب اليوم في محلات الصاغة",
    "نتيجة الدبلومات الفنية برقم الجلوس",
    "مواعيد مباريات اليوم والقنوات الناقلة",
)
SHARE = (("facebook", "فيسبوك"), ("twitter", "تويتر"), ("whatsapp", "واتساب"),
         ("telegram", "تليجرام"))
APP = "حمل تطبيق البوابة اليوم على أندرويد وآيفون"
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"
FOOTER_LINKS = ("النسخة الكاملة", "من نحن", "اتصل بنا", "سياسة الخصوصية")


def egyptian_date(moment) -> str:
    hour = moment.hour % 12 or 12
    return (f"{weekday(moment)}، {indic(str(moment.day))} {MONTHS[moment.month - 1]} "
            f"{indic(str(moment.year))} {indic(f'{hour:02d}:{moment:%M}')} "
            f"{'م' if moment.hour >= 12 else 'ص'}")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 6701200 + 8813 * n
    path = f"story/{moment:%Y/%m/%d}/{news_id}"
    url = f"{HOST}/{path}"
    shown = egyptian_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    verb = "كتبت" if article.author in WOMEN else "كتب"
    byline = f"{verb} {article.author}"
    video = VIDEOS[article.slug]
    most = MOST_READ[n - 1:n + 3]
    page.add("☰", " ".join(SECTIONS), article.section, byline, shown, article.caption, "شارك",
             *(label for _, label in SHARE), "أخبار متعلقة", *article.related, video,
             "الأكثر قراءة", *most, APP, " | ".join(FOOTER_LINKS), FOOTER)
    related = "\n".join(f'<li><a href="{HOST}/story/{moment:%Y/%m/%d}/{news_id - 311 * (k + 1)}">{e(t)}</a></li>'
                        for k, t in enumerate(article.related))
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(2, f'<div class="relatedNews"><h3>أخبار متعلقة</h3><ul>\n{related}\n</ul></div>')
    parts.insert(4, f"""<div class="videoEmbed" data-video-id="v{news_id}" data-src="https://video.{ORIGIN}/embed/{news_id}">
<div class="videoThumb"><img src="https://img.{ORIGIN}/Video/{news_id}.jpg" alt="" width="100%"><span class="playIcon"></span></div>
<p class="videoTitle">{e(video)}</p></div>""")
    body = "\n".join(parts)
    strip = "\n".join(f'<a href="{HOST}/{"" if k == 0 else f"Section/{k}"}"{" class=active" if label == article.section else ""}>{label}</a>'
                      for k, label in enumerate(SECTIONS))

    def share_bar(where: str) -> str:
        links = "\n".join(f'<a class="sh-{s}" href="https://share.{ORIGIN}/{s}?u=https://{ORIGIN}/{path}"><i class="icon-{s}"></i><span>{label}</span></a>'
                          for s, label in SHARE)
        return f'<div class="shareBar {where}"><span class="shareTitle">شارك</span>\n{links}\n</div>'

    tags = "\n".join(f'<a href="{HOST}/Tags/{e(t)}">{e(t)}</a>' for t in article.tags)
    most_html = "\n".join(f'<li><a href="{HOST}/story/{news_id - 4000 - 19 * k}"><img src="https://img.{ORIGIN}/Small/{news_id - 4000 - 19 * k}.jpg" alt=""><span>{e(t)}</span></a></li>'
                          for k, t in enumerate(most))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": f"https://{ORIGIN}/{path}", "headline": article.headline,
          "datePublished": article.published, "dateModified": article.published,
          "image": [f"https://img.{ORIGIN}/Large/{news_id}.jpg"],
          "author": {"@type": "Person", "name": article.author},
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"https://{ORIGIN}/images/logo.png"}}}
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">
<meta name="HandheldFriendly" content="true">
<title>{e(article.headline)} - {SITE}</title>
<link rel="canonical" href="https://{ORIGIN}/{path}">
<link rel="amphtml" href="https://{ORIGIN}/amp/{path}">
<meta name="description" content="{e(article.lead[:160])}">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:url" content="https://{ORIGIN}/{path}">
<meta property="og:image" content="https://img.{ORIGIN}/Large/{news_id}.jpg">
<meta name="theme-color" content="#b00000">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="{HOST}/Content/mobile.min.css?v=5.1.3">
</head>
<body class="mobile">
<header class="mHeader">
<button class="menuBtn" onclick="document.body.classList.toggle('menuOpen')" aria-label="القائمة">☰</button>
<a class="mLogo" href="{HOST}/"><img src="{HOST}/images/logo-m.png" alt="{SITE}" height="32"></a>
<a class="searchBtn" href="{HOST}/Search" aria-label="بحث"><i class="icon-search"></i></a>
</header>
<nav class="sectionsStrip">
{strip}
</nav>
<div class="newsStory">
<div class="newsCat"><a href="{HOST}/Section/{n + 1}">{e(article.section)}</a></div>
<h1>{e(article.headline)}</h1>
<div class="writeBy">{e(byline)}</div>
<div class="newsDate">{shown}</div>
<div class="mainImg"><img src="https://img.{ORIGIN}/Large/{news_id}.jpg" alt="{e(article.caption)}" width="100%"><span class="imgCaption">{e(article.caption)}</span></div>
{share_bar("top")}
<div id="articleBody" class="articleCont">
{body}
</div>
{share_bar("bottom")}
<div class="tags"><i class="icon-tag"></i>
{tags}
</div>
</div>
<div class="mostRead"><h3>الأكثر قراءة</h3><ul>
{most_html}
</ul></div>
<footer class="mFooter">
<a class="appLink" href="https://play.google.example/store/apps/details?id=com.albawaba.alyoum">{APP}</a>
<div class="fLinks">{" | ".join(f'<a href="{"https://" + ORIGIN + "/" + path if k == 0 else f"{HOST}/Page/{k}"}">{label}</a>' for k, label in enumerate(FOOTER_LINKS))}</div>
<p class="copy">{FOOTER}</p>
</footer>
<script src="{HOST}/Scripts/mobile.min.js?v=5.1.3" defer></script>
</body>
</html>
"""
    return page
