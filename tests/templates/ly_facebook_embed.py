"""A Libyan news site (an in-house PHP CMS on Bootstrap 4, `news/<id>`) that republishes official
statements: the top bar with today's date, the menu, the section "بيانات", the headline, the
writer ("كتب: <name>", only on the newsroom's own copy), the date "12 مايو 2024 | 15:40", a
share bar, then the text, which is mostly the statement itself: the site's own lead and
framing lines ("وقال الجهاز في بيان نشره على صفحته الرسمية بموقع فيسبوك:"), an embedded
Facebook post (`<div class="fb-post">` with the SDK's `<blockquote class="fb-xfbml-parse-ignore">`
fallback: the post's paragraphs, then "Posted by <page> on <English date>"), an embedded tweet
(`<blockquote class="twitter-tweet">`: the tweet's text with its `t.co` link, then "— <name>
(@handle) <English date>") and a closing paragraph of context, then "المصدر: صفحة <page> على
فيسبوك", the tags, "أخبار ذات صلة", the sidebar's latest news and the footer.

The post's and the tweet's texts are the story as the publisher shows it (a reader reads the
statement there: the site quotes it nowhere else), so they are `body`; the embeds' furniture
(Posted by ..., the handle and date, the t.co link) is chrome, as is the "المصدر:" line."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e

NAME = "ly_facebook_embed"
HELD_OUT = True
SET = "unseen5"
FAMILY = "Libyan site republishing statements: fb-post and twitter-tweet embeds in the text"
HOST = "https://www.alshahed-ly.example"
SITE = "الشاهد الليبي"
MENU = ("الرئيسية", "ليبيا", "بيانات", "اقتصاد", "الجنوب", "الشرق", "الغرب", "دولي", "رياضة",
        "تقارير")
LATEST = (
    "المجلس الرئاسي يدعو إلى اجتماع موسع لبحث ملف الانتخابات",
    "مصرف ليبيا المركزي يعلن ضوابط جديدة لبيع النقد الأجنبي",
    "بلدية بنغازي تطلق مشروعا لصيانة شبكة الطرق الداخلية",
    "وزارة التعليم تعلن موعد امتحانات الشهادة الثانوية",
    "الأهلي طرابلس يتعاقد مع مدافع تونسي",
    "جهاز الإسعاف والطوارئ يعلن حصيلة حوادث الطرق خلال الأسبوع",
    "انطلاق معرض طرابلس الدولي بمشاركة 30 دولة",
)
# Per story: the statement's paragraphs (indices in lead + paragraphs) shown in the Facebook
# post, the tweet's one, the Facebook page and its address, the tweet's account and handle.
EMBEDS = {
    "manmade-river-wells-attack": ((2, 3), 5, "جهاز تنفيذ وإدارة مشروع النهر الصناعي",
                                   "ManMadeRiver.ly", "UNSMIL", "UNSMILibya"),
    "alfeel-field-restart": ((1, 2), 4, "المؤسسة الوطنية للنفط", "NOC.Libya",
                             "U.S. Embassy - Libya", "USEmbassyLibya"),
    "ghat-floods-red-crescent": ((2, 3, 4), 6, "جمعية الهلال الأحمر الليبي", "LibyanRedCrescent",
                                 "WHO Libya", "WHOLibya"),
}
SHARE = (("facebook", "فيسبوك"), ("twitter", "تويتر"), ("whatsapp", "واتساب"))
FOOTER = f"جميع الحقوق محفوظة © {SITE} 2024"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "سياسة التحرير", "الخصوصية")


def english_date(moment) -> str:
    return f"{moment:%A}, {moment:%B} {moment.day}, {moment.year}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    news_id = 74210 + 389 * n
    url = f"{HOST}/news/{news_id}"
    day = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    shown = f"{day} | {moment:%H:%M}"
    page = Page(url=url, html="", shown_date=shown)
    fb_parts, tweet_at, fb_page, fb_slug, tw_name, tw_handle = EMBEDS[article.slug]
    post_url = f"https://www.facebook.com/{fb_slug}/posts/pfbid0{news_id}x{n}Qe7kLm"
    status = f"https://twitter.com/{tw_handle}/status/17{news_id}0{n}3521"
    tco = f"https://t.co/{tw_handle[:3]}{news_id % 1000}Zq"
    posted = f"Posted by {fb_page} on {english_date(moment)}"
    tweeted = f"— {tw_name} (@{tw_handle}) {moment:%B} {moment.day}, {moment.year}"
    source = f"المصدر: صفحة {fb_page} على فيسبوك"
    byline = f"كتب: {article.author}" if article.author else ""
    latest = LATEST[n:n + 5]
    today = f"{day}"
    page.add(" ".join(MENU), article.section, byline, shown, "شارك:",
             *(label for _, label in SHARE), posted, tco, tweeted, source, "كلمات مفتاحية:",
             "أخبار ذات صلة", *article.related, "آخر الأخبار", *latest,
             " ".join(FOOTER_LINKS), FOOTER)
    texts = (article.lead, *article.paragraphs)
    parts = []
    for k, text in enumerate(texts):
        if k in fb_parts[1:]:
            continue
        if k == fb_parts[0]:
            inner = "\n".join(f"<p>{e(texts[j])}</p>" for j in fb_parts)
            parts.append(f"""<div class="embed-fb"><div class="fb-post" data-href="{post_url}" data-width="500" data-show-text="true"><blockquote cite="{post_url}" class="fb-xfbml-parse-ignore">
{inner}
Posted by <a href="https://www.facebook.com/{fb_slug}">{e(fb_page)}</a> on&nbsp;<a href="{post_url}">{english_date(moment)}</a></blockquote></div></div>""")
        elif k == tweet_at:
            parts.append(f"""<blockquote class="twitter-tweet" data-lang="ar" data-dnt="true"><p lang="ar" dir="rtl">{e(text)} <a href="{tco}">{tco}</a></p>&mdash; {e(tw_name)} (@{tw_handle}) <a href="{status}?ref_src=twsrc%5Etfw">{moment:%B} {moment.day}, {moment.year}</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>""")
        else:
            parts.append(f"<p>{e(text)}</p>")
    body = "\n".join(parts)
    menu = "\n".join(f'<li class="nav-item{" active" if label == article.section else ""}"><a class="nav-link" href="{HOST}/{"" if k == 0 else f"category/{k}"}">{label}</a></li>'
                     for k, label in enumerate(MENU))
    share = "\n".join(f'<a class="btn btn-sm btn-{s}" href="https://www.{s}.com/share?url={url}" target="_blank"><i class="fab fa-{s}"></i> {label}</a>'
                      for s, label in SHARE)
    tags = "\n".join(f'<a class="badge badge-light" href="{HOST}/tag/{e(t)}">{e(t)}</a>' for t in article.tags)
    related = "\n".join(f'<li class="list-group-item"><a href="{HOST}/news/{news_id - 57 * (k + 1)}">{e(t)}</a></li>'
                        for k, t in enumerate(article.related))
    latest_html = "\n".join(f'<li class="media mb-2"><img class="ml-2" src="{HOST}/uploads/thumbs/{news_id + k + 1}.jpg" width="80" alt=""><div class="media-body"><a href="{HOST}/news/{news_id + k + 1}">{e(t)}</a></div></li>'
                            for k, t in enumerate(latest))
    writer = f'<span class="writer"><i class="fa fa-user"></i> {e(byline)}</span>' if byline else ""
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(article.lead[:160])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/uploads/news/{news_id}.jpg">
<meta property="article:published_time" content="{article.published}">
<link rel="stylesheet" href="{HOST}/assets/css/bootstrap.rtl.min.css">
<link rel="stylesheet" href="{HOST}/assets/css/style.css?v=3.2">
</head>
<body>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ar_AR/sdk.js#xfbml=1&version=v19.0" nonce="k2Ls9QeP"></script>
<div class="top-bar bg-dark text-white small py-1"><div class="container d-flex justify-content-between"><span class="today">{today}</span><span class="social"><a href="https://www.facebook.com/alshahedly"><i class="fab fa-facebook-f"></i></a> <a href="https://twitter.com/alshahedly"><i class="fab fa-twitter"></i></a></span></div></div>
<header class="site-header py-3"><div class="container"><a class="navbar-brand" href="{HOST}/"><img src="{HOST}/assets/img/logo.png" alt="{SITE}" height="60"></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">
{menu}
</ul></div></div></nav>
<main class="container my-4"><div class="row">
<div class="col-lg-8">
<article class="single-news">
<a class="section-badge badge badge-danger" href="{HOST}/category/2">{e(article.section)}</a>
<h1 class="news-title">{e(article.headline)}</h1>
<div class="news-meta text-muted small">{writer}
<span class="date"><i class="far fa-clock"></i> {shown}</span></div>
<div class="share-bar my-3"><span class="share-title">شارك:</span>
{share}
</div>
<div class="news-body">
{body}
<p class="news-source">{e(source)}</p>
</div>
<div class="news-tags"><span>كلمات مفتاحية:</span>
{tags}
</div>
</article>
<section class="related-news mt-4"><h4 class="section-title">أخبار ذات صلة</h4><ul class="list-group list-group-flush">
{related}
</ul></section>
</div>
<aside class="col-lg-4"><div class="widget latest-news"><h4 class="widget-title">آخر الأخبار</h4><ul class="list-unstyled">
{latest_html}
</ul></div></aside>
</div></main>
<footer class="site-footer bg-dark text-white py-4"><div class="container">
<ul class="list-inline">{" ".join(f'<li class="list-inline-item"><a href="{HOST}/page/{k}">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))}</ul>
<p class="copyright mb-0">{FOOTER}</p>
</div></footer>
<script src="{HOST}/assets/js/jquery-3.5.1.min.js"></script>
<script src="{HOST}/assets/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    return page
