"""A Moroccan portal in the manner of Hespress (a custom WordPress theme on Bootstrap):
`h1.post-title`, `span.author` ("نبأ المغرب - <name>"), `span.date-post` with a Moroccan
dateline ("الخميس 12 شتنبر 2024 - 10:30"), `div.article-content`, `a.tag_post_tag`, numbered
visitors' comments in Darija with their own relative times, "أخبار ذات صلة", most-read and
most-commented tabs, links to the French and English editions, NewsArticle JSON-LD."""

from __future__ import annotations

import json
from datetime import timedelta

from .base import MOROCCO, Article, Page, e, rotate, weekday

NAME = "ma_portal"
HELD_OUT = True
SET = "fresh"
FAMILY = "Moroccan portal (Hespress-like WP): date-post dateline with شتنبر/يوليوز, comments"
HOST = "https://www.nabaa-maroc.example"
SITE = "نبأ المغرب"
MOST_READ = (
    "الحكومة تصادق على مشروع قانون المالية برسم السنة المقبلة",
    "أسعار المحروقات تعرف انخفاضا طفيفا بمحطات الوقود",
    "الوداد يتعاقد مع مهاجم دولي لتعزيز الهجوم",
    "مديرية الأرصاد: طقس حار بعدد من مناطق المملكة غدا",
    "انطلاق عملية إحصاء السكان والسكنى بمختلف الجهات",
    "المنتخب الوطني يستعد لمباراتين وديتين بمركب محمد السادس",
    "ارتفاع أسعار الأضاحي يثير قلق الأسر المغربية",
    "تعليق الدراسة بعدد من الجماعات القروية بسبب الثلوج",
)
MOST_COMMENTED = (
    "برلمانيون يطالبون بمراجعة أسعار تذاكر القطارات",
    "جدل حول ساعة إضافية في التوقيت الرسمي",
    "مهنيو سيارات الأجرة يحتجون على تطبيقات النقل",
    "تقرير: المغاربة ينفقون ثلث دخلهم على الغذاء",
)
COMMENTS = (
    ("مواطن غيور", "منذ 4 ساعات", "الله يعطيكم الصحة على هاد المقال، ولكن خاصنا نشوفو النتائج فالواقع ماشي غير فالبلاغات"),
    ("أبو ياسين", "منذ 3 ساعات", "المشكل الحقيقي هو غياب المتابعة، كل عام كيقولو نفس الكلام"),
    ("مغربي حر", "منذ ساعتين", "خاص المسؤولين ينزلو للعالم القروي ويشوفو بعينيهم الوضع"),
    ("سعيد من فاس", "منذ ساعة", "خطوة إيجابية، نتمناو يكون التعميم على جميع الجهات بالعدل"),
)
POLICY = ("شروط نشر التعليقات: عدم الإساءة إلى الأشخاص أو المقدسات، وعدم استعمال كلمات نابية أو "
          "عنصرية، والالتزام بموضوع المقال")
NEWSLETTER = "توصل يوميا بأهم الأخبار عبر بريدك الإلكتروني"


def dateline(moment) -> str:
    return (f"{weekday(moment)} {moment.day} {MOROCCO[moment.month - 1]} {moment.year} - "
            f"{moment:%H:%M}")


def _jsonld(article: Article, url: str, author: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
            "image": [f"{HOST}/wp-content/uploads/{article.moment:%Y/%m}/{article.slug}.jpg"],
            "datePublished": article.published, "dateModified": article.published,
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": SITE,
                          "logo": {"@type": "ImageObject", "url": f"{HOST}/logo.png"}}}
    return json.dumps(data, ensure_ascii=False)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    today = moment + timedelta(hours=26)
    shown = dateline(moment)
    page = Page(url=f"{HOST}/{article.slug}-{1390000 + n * 7311}.html", html="", shown_date=shown)
    most, commented = rotate(MOST_READ, n * 3, 5), rotate(MOST_COMMENTED, n, 3)
    comments = rotate(COMMENTS, n, 3)
    name = article.author or "و.م.ع"
    byline = f"{SITE} - {name}" if article.author else f"{SITE} - و.م.ع"
    top = f"{weekday(today)} {today.day} {MOROCCO[today.month - 1]} {today.year}"
    count = f"{len(comments)} تعليقات"
    ticker = most[4]
    page.add(top, f"{SITE} FR", "Nabaa English", "نبأ TV", "سياسة", "مغاربة العالم",
             "صوت وصورة", "آخر الأخبار", ticker, byline, shown, count, article.caption,
             "إعلان", "شارك", "فيسبوك", "تويتر", "واتساب", "تعليقات الزوار",
             *[c[0] for c in comments], *[c[1] for c in comments], *[c[2] for c in comments],
             "أضف تعليقك", POLICY, "أخبار ذات صلة", *article.related, "الأكثر قراءة",
             "الأكثر تعليقا", *most[:4], *commented, NEWSLETTER,
             f"جميع الحقوق محفوظة © {SITE} 2024", "من نحن", "اتصل بنا", "شروط الاستخدام")
    parts = [f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs)]
    parts.insert(3, f'<div class="ads-inarticle text-center"><span class="ads-title">إعلان</span><div id="div-gpt-ad-inarticle-{n}" style="min-height:250px"></div></div>')
    body = "\n".join(parts)
    tags = "\n".join(f'<a class="tag_post_tag" href="{HOST}/tag/{e(t)}">{e(t)}</a>'
                     for t in article.tags)
    comment_list = "\n".join(
        f'<li class="comment depth-1" id="comment-{880000 + n * 10 + k}"><div class="comment-body">'
        f'<div class="comment-head"><span class="comment-number">{k + 1}</span> <span class="fn">{e(who)}</span> <span class="comment-date">{when}</span></div>'
        f'<div class="comment-text"><p>{e(said)}</p></div>'
        f'<div class="comment-vote"><button class="like">{12 - k}</button><button class="dislike">{k}</button></div></div></li>'
        for k, (who, when, said) in enumerate(comments))
    related = "\n".join(
        f'<div class="col-md-4"><div class="card"><a href="{HOST}/rel-{n}{k}.html" class="stretched-link"><h3 class="card-title">{e(t)}</h3></a></div></div>'
        for k, t in enumerate(article.related))
    side = "\n".join(f'<li class="list-group-item"><span class="num">{k + 1}</span> <a href="{HOST}/m{k}.html">{e(t)}</a></li>'
                     for k, t in enumerate(most[:4]))
    side2 = "\n".join(f'<li class="list-group-item"><a href="{HOST}/c{k}.html">{e(t)}</a></li>'
                      for k, t in enumerate(commented))
    page.html = f"""<!doctype html>
<html dir="rtl" lang="ar">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(article.headline)} - {SITE}</title>
<meta name="description" content="{e(article.lead[:155])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:url" content="{page.url}">
<meta property="og:site_name" content="{SITE}">
<meta property="article:section" content="{e(article.section)}">
<meta property="article:published_time" content="{article.published}">
<link rel="canonical" href="{page.url}">
<link rel="alternate" hreflang="fr" href="https://fr.nabaa-maroc.example/">
<script type="application/ld+json">{_jsonld(article, page.url, name)}</script>
<link rel="stylesheet" href="{HOST}/wp-content/themes/nabaa/assets/css/bootstrap.rtl.min.css?ver=5.1.3">
</head>
<body class="rtl post-template-default single single-post postid-{1390000 + n * 7311} single-format-standard">
<div class="top-bar bg-dark"><div class="container d-flex justify-content-between">
<span class="today-date">{top}</span>
<ul class="list-inline editions mb-0">
<li class="list-inline-item"><a href="https://fr.nabaa-maroc.example/">{SITE} FR</a></li>
<li class="list-inline-item"><a href="https://en.nabaa-maroc.example/">Nabaa English</a></li>
<li class="list-inline-item"><a href="{HOST}/tv">نبأ TV</a></li>
</ul></div></div>
<header class="site-header"><nav class="navbar navbar-expand-lg"><div class="container">
<a class="navbar-brand" href="{HOST}/"><img src="{HOST}/wp-content/themes/nabaa/assets/img/logo.svg" alt="{SITE}" width="180" height="50"></a>
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="{HOST}/">الرئيسية</a></li>
<li class="nav-item"><a class="nav-link" href="{HOST}/politique">سياسة</a></li>
<li class="nav-item"><a class="nav-link" href="{HOST}/economie">اقتصاد</a></li>
<li class="nav-item"><a class="nav-link" href="{HOST}/societe">مجتمع</a></li>
<li class="nav-item"><a class="nav-link" href="{HOST}/regions">جهات</a></li>
<li class="nav-item"><a class="nav-link" href="{HOST}/mre">مغاربة العالم</a></li>
<li class="nav-item"><a class="nav-link" href="{HOST}/videos">صوت وصورة</a></li>
</ul></div></nav>
<div class="breaking-news"><div class="container"><span class="breaking-title">آخر الأخبار</span> <a href="{HOST}/latest-{n}.html">{e(ticker)}</a></div></div>
</header>
<main class="main-content"><div class="container"><div class="row">
<div class="col-12 col-lg-8">
<article class="single-post" data-post-id="{1390000 + n * 7311}">
<nav aria-label="breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="{HOST}/">الرئيسية</a></li>
<li class="breadcrumb-item"><a href="{HOST}/category/c{n}">{e(article.section)}</a></li>
</ol></nav>
<div class="article-header">
<h1 class="post-title">{e(article.headline)}</h1>
<div class="article-meta d-flex flex-wrap">
<span class="author"><a href="{HOST}/author/a{n}">{e(byline)}</a></span>
<span class="date-post">{shown}</span>
<span class="comments-count"><a href="#comments">{count}</a></span>
</div>
</div>
<div class="post-thumbnail"><figure class="figure"><img src="{HOST}/wp-content/uploads/{moment:%Y/%m}/{article.slug}.jpg" class="figure-img img-fluid wp-post-image" alt="{e(article.headline)}" width="770" height="450"><figcaption class="figure-caption">{e(article.caption)}</figcaption></figure></div>
<div class="article-content">
{body}
</div>
<div class="box-tags">
{tags}
</div>
<div class="share-post"><span class="share-title">شارك</span>
<a class="btn-share facebook" href="https://www.facebook.com/sharer.php?u={page.url}" target="_blank" rel="noopener">فيسبوك</a>
<a class="btn-share twitter" href="https://twitter.com/intent/tweet?url={page.url}" target="_blank" rel="noopener">تويتر</a>
<a class="btn-share whatsapp" href="https://wa.me/?text={page.url}" target="_blank" rel="noopener">واتساب</a>
</div>
<section class="related-posts"><h2 class="section-title">أخبار ذات صلة</h2><div class="row">
{related}
</div></section>
<section class="comments-area" id="comments">
<h3 class="title-comments">تعليقات الزوار</h3>
<ol class="comment-list">
{comment_list}
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">أضف تعليقك</h3>
<form action="{HOST}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-policy">{POLICY}</p><textarea id="comment" name="comment" rows="5" maxlength="1000"></textarea><input name="author" type="text" placeholder="الاسم"><p class="form-submit"><input name="submit" type="submit" id="submit" class="btn btn-primary" value="إرسال"></p></form></div>
</section>
</article>
</div>
<aside class="col-12 col-lg-4 sidebar">
<ul class="nav nav-tabs" role="tablist"><li class="nav-item"><a class="nav-link active" data-bs-toggle="tab" href="#most-read">الأكثر قراءة</a></li><li class="nav-item"><a class="nav-link" data-bs-toggle="tab" href="#most-commented">الأكثر تعليقا</a></li></ul>
<div class="tab-content"><div class="tab-pane fade show active" id="most-read"><ul class="list-group">
{side}
</ul></div><div class="tab-pane fade" id="most-commented"><ul class="list-group">
{side2}
</ul></div></div>
<div class="newsletter-box"><p>{NEWSLETTER}</p><form><input type="email" placeholder="البريد الإلكتروني"><button type="submit">اشتراك</button></form></div>
</aside>
</div></div></main>
<footer class="site-footer"><div class="container">
<ul class="footer-links list-inline">
<li class="list-inline-item"><a href="{HOST}/about">من نحن</a></li>
<li class="list-inline-item"><a href="{HOST}/contact">اتصل بنا</a></li>
<li class="list-inline-item"><a href="{HOST}/terms">شروط الاستخدام</a></li>
</ul>
<p class="copyright">جميع الحقوق محفوظة © {SITE} 2024</p>
</div></footer>
</body>
</html>
"""
    return page
