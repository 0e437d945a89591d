"""An Arab think tank's analysis page on Wagtail (Django): the text as StreamField blocks
(`div.block-paragraph > div.rich-text`, one or two paragraphs a block), a pull quote block
that repeats a sentence of the text, the date in Arabic-Indic digits with the dual month
("٢٠ آذار/مارس ٢٠٢٤"), a "مدة القراءة" line, the paper's type and a PDF download, the
researcher's name linked to their page and, after the text, a bio box; a "ملفات ذات صلة"
aside that comes before the article in the DOM, topic tags, a newsletter form and a
"استشهد بهذه الورقة" citation box that names author, title and year. `<time datetime>` holds
the day only; no published-time meta, no JSON-LD."""

from __future__ import annotations

from .base import LEVANTINE, MONTHS, Article, Page, e, indic

NAME = "wagtail_thinktank"
HELD_OUT = True
SET = "unseen7"
FAMILY = "Arab think tank on Wagtail: StreamField blocks, pull quote, Indic dual-month date, bio and citation boxes"
HOST = "https://www.markaz-siyasat.example"
SITE = "مركز المشرق للدراسات والسياسات"
MENU = ("الرئيسية", "الأبحاث", "تحليل سياسات", "أوراق بحثية", "الفعاليات", "البودكاست",
        "الخبراء", "عن المركز")
BIOS = ("باحث أول في اقتصاديات الطاقة، عمل مستشارا لعدد من المؤسسات الدولية في قطاع الكهرباء.",
        "باحثة في سياسات سوق العمل والحماية الاجتماعية، حاصلة على الدكتوراه من جامعة لندن.",
        "أستاذ الاقتصاد السياسي ومدير برنامج الاقتصاد الخليجي في المركز.")
READING = ("٩ دقائق", "٥ دقائق", "٦ دقائق")
NEWSLETTER = "اشترك في النشرة الشهرية لتصلك أحدث إصدارات المركز"
FOOTER = f"© {indic('2024')} {SITE}. جميع الحقوق محفوظة."
DISCLAIMER = "الآراء الواردة في هذه الورقة تعبر عن رأي كاتبها ولا تمثل بالضرورة موقف المركز."


def arabic_day(moment) -> str:
    """'٢٠ آذار/مارس ٢٠٢٤': the Levantine and the Egyptian month, digits Arabic-Indic."""
    month = f"{LEVANTINE[moment.month - 1]}/{MONTHS[moment.month - 1]}"
    return f"{indic(str(moment.day))} {month} {indic(str(moment.year))}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/ar/research/{article.slug}/"
    shown = arabic_day(moment)
    page = Page(url=url, html="", shown_date=shown)
    author = article.author or SITE
    kind = article.section
    cite = (f"{author}، «{article.headline}»، {kind}، {SITE}، {indic(str(moment.year))}.")
    reading = f"مدة القراءة: {READING[n - 1]}"
    page.add(" ".join(MENU), SITE, kind, reading, "تحميل الورقة (PDF)", "ملفات ذات صلة",
             *article.related, "عن الكاتب", BIOS[n - 1], "استشهد بهذه الورقة", cite,
             "المواضيع", NEWSLETTER, "البريد الإلكتروني", "اشترك", DISCLAIMER, FOOTER,
             article.caption)
    texts = [article.lead, *article.paragraphs]
    quote = texts[1].split("،")[0].split(".")[0]
    blocks = []
    for k in range(0, len(texts), 2):
        pair = "".join(f"<p data-block-key=\"{n}k{k + j}\">{e(t)}</p>" for j, t in enumerate(texts[k:k + 2]))
        blocks.append(f'<div class="block-paragraph"><div class="rich-text">{pair}</div></div>')
        if k == 0:
            blocks.append(f'<div class="block-image"><figure><img alt="" src="/media/images/paper-{n}.width-800.jpg" width="800" height="450" /><figcaption>{e(article.caption)}</figcaption></figure></div>')
        if k == 2:
            blocks.append(f'<div class="block-pull_quote"><blockquote class="pull-quote"><p>{e(quote)}</p></blockquote></div>')
    menu = "\n".join(f'<li><a href="{HOST}/ar/{k}/">{m}</a></li>' for k, m in enumerate(MENU))
    related = "".join(f'<li class="related-item"><a href="{HOST}/ar/research/r{n}{k}/">{e(r)}</a></li>'
                      for k, r in enumerate(article.related))
    tags = "".join(f'<a class="topic-tag" href="{HOST}/ar/topics/{e(t)}/">{e(t)}</a>' for t in article.tags)
    slug = "-".join(author.split())
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8" />
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(article.lead[:155])}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta property="og:title" content="{e(article.headline)}" />
<meta property="og:type" content="article" />
<meta property="og:image" content="{HOST}/media/images/paper-{n}.2e16d0ba.fill-1200x630.jpg" />
<link rel="stylesheet" href="/static/css/main.8f2c1d.css" />
</head>
<body class="template-research-page">
<a class="skip-link" href="#main">تخطي إلى المحتوى</a>
<header class="site-header"><a class="brand" href="{HOST}/ar/"><img src="/static/img/logo-ar.svg" alt="{SITE}" /></a>
<nav class="main-nav" aria-label="القائمة الرئيسية"><ul>{menu}</ul></nav>
<a class="lang-switch" href="{HOST}/en/" lang="en">English</a></header>
<div class="page-layout container">
<aside class="sidebar"><h2 class="sidebar-title">ملفات ذات صلة</h2><ul>{related}</ul></aside>
<main id="main" class="content">
<article class="research-page">
<div class="research-type"><a href="{HOST}/ar/{e(kind)}/">{e(kind)}</a></div>
<h1 class="research-title">{e(article.headline)}</h1>
<div class="research-meta">
<a class="author-link" href="{HOST}/ar/experts/{e(slug)}/">{e(author)}</a>
<time datetime="{moment:%Y-%m-%d}">{shown}</time>
<span class="reading-time">{reading}</span>
<a class="pdf-download" href="/documents/{140 + n}/paper-{n}.pdf">تحميل الورقة (PDF)</a>
</div>
<div class="research-body">
{"".join(blocks)}
</div>
<p class="disclaimer"><em>{DISCLAIMER}</em></p>
<section class="author-bio"><h2>عن الكاتب</h2><img src="/media/images/expert-{n}.fill-120x120.jpg" alt="" /><h3>{e(author)}</h3><p>{BIOS[n - 1]}</p></section>
<section class="cite-box"><h2>استشهد بهذه الورقة</h2><p class="citation">{e(cite)}</p></section>
<div class="topics"><span>المواضيع</span> {tags}</div>
</article>
</main>
</div>
<section class="newsletter-signup"><h2>{NEWSLETTER}</h2><form method="post" action="/ar/newsletter/"><input type="hidden" name="csrfmiddlewaretoken" value="Xk2m9vQ" /><label for="email">البريد الإلكتروني</label><input id="email" type="email" name="email" /><button type="submit">اشترك</button></form></section>
<footer class="site-footer"><p>{FOOTER}</p></footer>
<script src="/static/js/main.4b7a9e.js" defer></script>
</body>
</html>
"""
    return page
