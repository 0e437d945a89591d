"""An Iraqi weekly magazine ("مجلة المرآة", Baghdad, out every Sunday) on its own PHP CMS
(`article.php?id=<n>`) with a Bootstrap 5.3 RTL theme, its "حوارات" section: each page is an
INTERVIEW, an intro paragraph then questions and answers, all of it the article. The head:
`<title>` "headline | مجلة المرآة", description/keywords, og/twitter meta with
`article:published_time` in UTC (the server clock: page 2's interview went up at 00:35 Baghdad
time, so its UTC instant is the day before), a NewsArticle JSON-LD as PHP's plain
`json_encode` prints it (`\\/` slashes, `\\uXXXX` Arabic), Bootstrap, Bootstrap Icons, Google
fonts and gtag. The body: a `.topbar` with today's date ("الخميس 14 آذار 2024") and icon-only
social links, the logo header with the tagline, a `navbar navbar-expand-lg` menu, then
`main.container > .row`: `col-md-8` with the `breadcrumb` (its last item the headline cut
short with "…"), `article.article-single`: a kicker `badge`, `h1.article-title`, the
`ul.article-meta` list-inline (byline "حاوره: ..." / "حاورتها: ..." / "حوار: قسم التحقيقات",
the shown time "2024/03/13 - 10:20 ص" in Baghdad time, the issue badge "العدد 412" and the
read count), the interviewee's photo as a Bootstrap `figure` with `figure-caption` and credit
(pages 1 and 3; page 2 has a bare photo), then `div.article-body`. Each page marks the
questions its own way, as its editor typed them, the prefixes being the article's text:
page 1 keeps the intro in a bold `div.article-intro`, questions as
`<p><strong>س:&nbsp;...</strong></p>` and answers as `<p>ج: ...</p>`, with a
`blockquote.pull-quote` after the second answer; page 2 puts the intro in `p.lead`, questions
in `<h3 class="question">` and answers bare, links an institution inline, and gets a CMS
"اقرأ أيضاً" box and an `aside.pull-quote` between answers, plus a writer card; page 3 prefixes
"المرآة:" to questions and the interviewee's surname to answers (bold prefix only), and embeds
the video of the interview (`ratio ratio-16x9` iframe with a "شاهد ..." note) after the intro,
with an issue line carrying the issue's date. Pull quotes reword the answer (never a
substring of it). After the body: tag badges, the share bar, "حوارات ذات صلة" cards with
Levantine dates, comments in a `card` / `list-group` (two, none, one) with the form, and the
sidebar (current issue cover card, numbered "الأكثر قراءة" list-group, newsletter), then the
dark footer. All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from urllib.parse import quote_plus

from .base import LEVANTINE, WEEKDAYS, Article, Page, e

NAME = "interview_qa_weekly"
HELD_OUT = True
SET = "unseen13"
FAMILY = "Iraqi weekly magazine, custom PHP CMS + Bootstrap 5 RTL: Q&A interviews (س/ج, h3 questions, name prefixes), pull quote, issue line, related cards"
HOST = "https://www.almirat-weekly.example"
SITE = "مجلة المرآة"
TAGLINE = "أسبوعية سياسية ثقافية جامعة تصدر كل أحد من بغداد"
NAV = (("/", "الرئيسية"), ("/section.php?id=1", "سياسة"), ("/section.php?id=2", "اقتصاد"),
       ("/section.php?id=5", "حوارات"), ("/section.php?id=6", "تحقيقات"),
       ("/section.php?id=3", "ثقافة وفنون"), ("/section.php?id=4", "رياضة"),
       ("/section.php?id=7", "منوعات"), ("/issues.php", "أرشيف الأعداد"))
ISSUE = {1: 412, 2: 431, 3: 446}
VIEWS = {1: "1,284", 2: "3,017", 3: "642"}
KICKER = {1: "حوار العدد", 2: "حوار العدد", 3: "حوار خاص"}
BYLINE = {1: ("حاوره:", 17), 2: ("حاورتها:", 23), 3: ("حوار:", 0)}
DESK = "قسم التحقيقات"
CREDIT = {1: "تصوير: حسين فالح", 3: "تصوير: المرآة"}
# (page) -> (after which paragraph index, the editor's shortened wording of an answer)
PULL = {1: (4, "الكتابة وحدها تحفظ ما تبقى من الحي في الذاكرة"),
        2: (6, "البيت التراثي جزء من هوية المدينة، وحق لأجيالها القادمة")}
LINKED = {2: (8, "الهيئة العامة للآثار والتراث", "/article.php?id=5790")}
READ_ALSO = ("اقرأ أيضاً:", "الكاظمية القديمة.. أزقة تحرسها الشناشيل", "/article.php?id=5934")
VIDEO_NOTE = "شاهد مقتطفات من الحوار مصورة على قناة المرآة"
WRITER_NOTE = "محررة في قسم الحوارات، تكتب عن العمارة والتراث البغدادي"
SHARE = ("شارك الحوار:", "فيسبوك", "إكس", "واتساب", "تيليغرام", "طباعة")
SHARERS = (("primary", "facebook", "https://www.facebook.com/sharer/sharer.php?u="), ("dark", "twitter-x", "https://x.com/intent/tweet?url="),
           ("success", "whatsapp", "https://wa.me/?text="), ("info", "telegram", "https://t.me/share/url?url="))
COMMENTS = {
    1: (("أبو زيد البصري", 165, "رواية رائعة قرأتها في ليلتين، شكرا للكاتب على هذا الوفاء للبصرة."),
        ("هدى كريم", 1400, "متى تتوفر الرواية في مكتبات أربيل؟")),
    2: (),
    3: (("حسن الجبايشي", 435, "الله يعينكم، الهور أمانة في رقاب المسؤولين قبل فوات الأوان."),),
}
NO_COMMENTS = "لا توجد تعليقات بعد، كن أول من يعلّق."
FORM = ("أضف تعليقك", "الاسم", "البريد الإلكتروني (لن يُنشر)", "نص التعليق", "إرسال التعليق",
        "تخضع التعليقات للمراجعة قبل نشرها")
MOST_READ = (
    "تحقيق: كيف تحولت مقاهي شارع الرشيد إلى متاحف صغيرة؟", "ملف العدد: الشباب العراقي وسوق العمل بعد التخرج",
    "جولة في أسواق الكتب المستعملة بين بغداد والبصرة", "الدراما العراقية في رمضان: أعمال كثيرة وجمهور منقسم",
    "أكلات الشتاء التي لا تغيب عن المائدة البغدادية", "لاعب المنتخب السابق: خسرنا جيلا كاملا من المواهب",
    "المقام العراقي بين الحفظ والتجديد في معاهد الموسيقى", "سوق الغزل يستعيد زبائنه صباح كل جمعة")
WIDGETS = ("العدد الحالي", "تصفح العدد PDF", "الأكثر قراءة", "النشرة الأسبوعية",
           "اشترك ليصلك العدد الجديد على بريدك صباح كل أحد", "اشتراك", "الوسوم:",
           "حوارات ذات صلة")
FOOTER_LINKS = ("من نحن", "هيئة التحرير", "أعلن معنا", "سياسة الخصوصية", "اتصل بنا")
FOOTER = ("عن المجلة", "مجلة أسبوعية جامعة تصدر عن مؤسسة المرآة للصحافة والنشر منذ عام 2016.",
          "روابط", "تواصل معنا", "بغداد – الكرادة داخل، قرب ساحة كهرمانة",
          "info@almirat-weekly.example", "+964 770 412 0000",
          "جميع الحقوق محفوظة © 2024 مجلة المرآة الأسبوعية")


def _clock(moment) -> str:
    """The CMS's shown time, Baghdad time: "2024/03/13 - 10:20 ص"."""
    hour = moment.hour % 12 or 12
    return f"{moment:%Y/%m/%d} - {hour}:{moment:%M} {'ص' if moment.hour < 12 else 'م'}"


def _levant(moment, with_day: bool = False) -> str:
    day = f"{WEEKDAYS[moment.weekday()]} " if with_day else ""
    return f"{day}{moment.day} {LEVANTINE[moment.month - 1]} {moment.year}"


def _php_json(data: dict) -> str:
    """PHP's json_encode without flags: escaped slashes and \\uXXXX for Arabic."""
    return json.dumps(data, separators=(",", ":")).replace("/", "\\/")


def _para(article: Article, n: int, k: int, text: str) -> str:
    """Paragraph k of the body (0: the intro), marked as page n's editor marks it."""
    html = e(text)
    if n in LINKED and LINKED[n][0] == k:
        _, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}">{e(words)}</a>', 1)
    if k == 0:
        if n == 1:
            return f'<div class="article-intro fw-bold mb-3">\n<p>{html}</p>\n</div>'
        return f'<p class="lead">{html}</p>' if n == 2 else f"<p>{html}</p>"
    question = k % 2 == 1
    if n == 1:
        if question:
            return f"<p><strong>س:&nbsp;{html[len('س: '):]}</strong></p>"
        return f"<p>{html}</p>"
    if n == 2:
        return f'<h3 class="question h5 fw-bold mt-4">{html}</h3>' if question else f"<p>{html}</p>"
    prefix, _, rest = html.partition(": ")
    return f"<p><strong>{prefix}:</strong> {rest}</p>"


def _body(article: Article, n: int, page: Page) -> str:
    texts = [article.lead, *article.paragraphs]
    out = []
    for k, text in enumerate(texts):
        out.append(_para(article, n, k, text))
        if n in PULL and PULL[n][0] == k:
            words = PULL[n][1]
            page.add(words)
            if n == 1:
                page.add(f"«{words}»")
                out.append(f'<blockquote class="pull-quote blockquote text-center my-4">\n'
                           f'  <p class="mb-2">«{e(words)}»</p>\n'
                           f'  <footer class="blockquote-footer">{e(article.headline.split(":")[0])}'
                           f"</footer>\n</blockquote>")
            else:
                out.append(f'<aside class="pull-quote border-end border-4 border-danger pe-3 my-4">'
                           f'<i class="bi bi-quote"></i><span class="fs-5">{e(words)}</span></aside>')
        if n == 2 and k == 4:
            label, title, href = READ_ALSO
            page.add(label, title)
            out.append(f'<div class="read-also card bg-light border-0 my-3"><div class="card-body '
                       f'py-2"><span class="text-danger fw-bold">{label}</span> '
                       f'<a href="{href}">{e(title)}</a></div></div>')
        if n == 3 and k == 0:
            page.add(VIDEO_NOTE)
            out.append(f'<div class="ratio ratio-16x9 my-3"><iframe src="https://www.youtube.com/'
                       f'embed/qW7rT2x0aMk?rel=0" title="{e(article.headline)}" allowfullscreen>'
                       f'</iframe></div>\n<p class="video-note text-muted small">'
                       f'<i class="bi bi-play-circle"></i> {VIDEO_NOTE}</p>')
    return "\n".join(out)


def render(article: Article, n: int) -> Page:
    moment = article.moment
    url = f"{HOST}/article.php?id={article.slug}"
    shown = _clock(moment)
    page = Page(url=url, html="", shown_date=shown)
    utc = moment.astimezone(UTC)
    today = _levant(moment + timedelta(days=1), with_day=True)
    crumb = " ".join(article.headline.split()[:5]) + " …"
    issue = f"العدد {ISSUE[n]}"
    current = f"العدد {ISSUE[n] + 2}"
    verb, writer_id = BYLINE[n]
    writer = article.author or DESK
    byline = f"{verb} {writer}"
    page.add(today, TAGLINE, *(label for _, label in NAV), crumb, KICKER[n], byline, shown,
             issue, f"{VIEWS[n]} قراءة", *article.tags, *SHARE, *WIDGETS, current,
             *FOOTER_LINKS, *FOOTER)
    name = (f'<a href="/writer.php?id={writer_id}" rel="author">{e(writer)}</a>'
            if writer_id else e(writer))
    issue_item = issue
    if n == 3:
        issue_item = f"{issue} | {_levant(moment)}"
        page.add(issue_item, _levant(moment))
    photo = f"{HOST}/uploads/articles/{moment:%Y/%m}/{article.slug}_main.jpg"
    figure = f"""<figure class="figure article-image w-100">
                <img src="{photo}" class="figure-img img-fluid rounded w-100" alt="{e(article.headline)}" loading="lazy">"""
    if article.caption != "-":
        page.add(article.caption, CREDIT[n])
        figure += f"""
                <figcaption class="figure-caption">{e(article.caption)} <span class="credit">{CREDIT[n]}</span></figcaption>"""
    figure += "\n              </figure>"
    body = _body(article, n, page)
    tags = " ".join(f'<a href="/tag.php?t={quote_plus(t)}" class="badge bg-light text-dark border '
                    f'text-decoration-none">{e(t)}</a>' for t in article.tags)
    writer_card = ""
    if n == 2:
        page.add(writer, WRITER_NOTE, "كل حوارات الكاتبة")
        writer_card = f"""
            <div class="card author-box my-4"><div class="card-body d-flex align-items-center">
              <img src="{HOST}/uploads/writers/{writer_id}.jpg" class="rounded-circle ms-3" width="64" height="64" alt="">
              <div><h6 class="mb-1">{e(writer)}</h6><p class="small text-muted mb-1">{WRITER_NOTE}</p>
              <a href="/writer.php?id={writer_id}" class="small">كل حوارات الكاتبة</a></div>
            </div></div>"""
    related = []
    for k, title in enumerate(article.related):
        when = _levant(moment - timedelta(days=7 * (k + 1) + k))
        page.add(title, when)
        rid = int(article.slug) - 37 * (k + 1)
        related.append(f"""          <div class="col-md-4"><div class="card h-100 border-0 shadow-sm">
            <img src="{HOST}/uploads/articles/thumbs/{rid}.jpg" class="card-img-top" alt="">
            <div class="card-body p-2"><h6 class="card-title"><a href="/article.php?id={rid}" class="stretched-link text-dark">{e(title)}</a></h6>
              <small class="text-muted"><i class="bi bi-calendar3"></i> {when}</small></div></div></div>""")
    comments = COMMENTS[n]
    heading = f"التعليقات ({len(comments)})"
    page.add(heading, *FORM)
    items = []
    for who, minutes, text in comments:
        when = _clock(moment + timedelta(minutes=minutes))
        page.add(who, when, text)
        items.append(f"""          <li class="list-group-item"><div class="d-flex justify-content-between"><strong>{e(who)}</strong><small class="text-muted">{when}</small></div>
            <p class="mb-0 mt-1">{e(text)}</p></li>""")
    if not items:
        page.add(NO_COMMENTS)
        items.append(f'                <li class="list-group-item text-muted">{NO_COMMENTS}</li>')
    most = [MOST_READ[(3 * n + k) % len(MOST_READ)] for k in range(5)]
    page.add(*most)
    most_items = "\n".join(
        f'                <a href="/article.php?id={int(article.slug) + 11 * k + 3}" '
        f'class="list-group-item list-group-item-action">{e(t)}</a>'
        for k, t in enumerate(most))
    current_nav = ' active" aria-current="page'
    nav = "\n".join(f'            <li class="nav-item"><a class="nav-link'
                     f'{current_nav if label == "حوارات" else ""}" href="{path}">{label}</a></li>'
                     for path, label in NAV)
    footer_links = "\n".join(f'              <li><a href="/page.php?id={k + 1}" class="link-light">'
                             f"{label}</a></li>" for k, label in enumerate(FOOTER_LINKS))
    excerpt = article.lead[:160].rsplit(" ", 1)[0] + "..."
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": article.headline,
          "description": excerpt, "image": [photo],
          "datePublished": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00", "dateModified": f"{utc:%Y-%m-%dT%H:%M:%S}+00:00",
          "author": ({"@type": "Person", "name": writer} if article.author
                     else {"@type": "Organization", "name": SITE}),
          "publisher": {"@type": "Organization", "name": SITE,
                        "logo": {"@type": "ImageObject", "url": f"{HOST}/assets/img/logo.png"}}}
    og_tags = "\n".join(f'<meta property="article:tag" content="{e(t)}">' for t in article.tags)
    share = "\n".join(
        f'                <a class="btn btn-sm btn-outline-{tone}" href="{link}{url}" target="_blank">'
        f'<i class="bi bi-{icon}"></i> {label}</a>' for label, (tone, icon, link) in zip(
            SHARE[1:5], SHARERS, strict=True))
    comments_html = "\n".join(items)
    related_html = "\n".join(related)
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{e(article.headline)} | {SITE}</title>
<meta name="description" content="{e(excerpt)}">
<meta name="keywords" content="{e(",".join(article.tags))}">
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(article.headline)}">
<meta property="og:description" content="{e(excerpt)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{photo}">
<meta property="og:locale" content="ar_IQ">
<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00">
<meta property="article:section" content="{e(article.section)}">
{og_tags}
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:site" content="@almirat_weekly">
<meta name="twitter:title" content="{e(article.headline)}">
<meta name="twitter:image" content="{photo}">
<link rel="icon" href="{HOST}/favicon.ico"><link rel="preconnect" href="https://fonts.googleapis.com">
<link href="https://fonts.googleapis.com/css2?family=Noto+Kufi+Arabic:wght@400;700&family=Amiri&display=swap" rel="stylesheet">
<link rel="stylesheet" href="{HOST}/assets/vendor/bootstrap-5.3.2/css/bootstrap.rtl.min.css">
<link rel="stylesheet" href="{HOST}/assets/vendor/bootstrap-icons/font/bootstrap-icons.min.css">
<link rel="stylesheet" href="{HOST}/assets/css/style.css?v=2024.{n + 2}">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-MRT41206QX"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments);}}gtag('js', new Date());gtag('config', 'G-MRT41206QX');</script>
<script type="application/ld+json">{_php_json(ld)}</script>
</head>
<body class="article-page">
<div class="topbar bg-dark text-white-50 small py-1">
  <div class="container d-flex justify-content-between align-items-center">
    <span class="today"><i class="bi bi-calendar-event"></i> {today}</span>
    <ul class="list-inline mb-0 social">
      <li class="list-inline-item"><a href="https://www.facebook.com/almiratweekly" class="text-white-50" aria-label="Facebook"><i class="bi bi-facebook"></i></a></li><li class="list-inline-item"><a href="https://x.com/almirat_weekly" class="text-white-50" aria-label="X"><i class="bi bi-twitter-x"></i></a></li><li class="list-inline-item"><a href="https://www.youtube.com/@almiratweekly" class="text-white-50" aria-label="YouTube"><i class="bi bi-youtube"></i></a></li>
    </ul>
  </div>
</div>
<header class="site-header py-3 border-bottom">
  <div class="container"><div class="row align-items-center">
      <div class="col-md-4"><a href="/" class="logo"><img src="{HOST}/assets/img/logo.png" alt="{SITE}" height="70"></a></div>
      <div class="col-md-8 text-md-start"><p class="tagline text-muted mb-0">{TAGLINE}</p></div>
  </div></div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top">
  <div class="container">
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainNav">
      <ul class="navbar-nav me-auto mb-2 mb-lg-0">
{nav}
      </ul>
    </div></div>
</nav>
<main class="container my-4">
  <div class="row">
    <div class="col-md-8">
      <nav aria-label="breadcrumb"><ol class="breadcrumb">
          <li class="breadcrumb-item"><a href="/">الرئيسية</a></li>
          <li class="breadcrumb-item"><a href="/section.php?id=5">{e(article.section)}</a></li>
          <li class="breadcrumb-item active" aria-current="page">{e(crumb)}</li>
      </ol></nav>
      <article class="article-single">
              <span class="badge bg-danger mb-2">{KICKER[n]}</span>
              <h1 class="article-title fw-bold">{e(article.headline)}</h1>
              <ul class="list-inline article-meta text-muted small border-bottom pb-2">
                <li class="list-inline-item"><i class="bi bi-mic"></i> {verb} {name}</li>
                <li class="list-inline-item"><i class="bi bi-clock"></i> {shown}</li>
                <li class="list-inline-item"><span class="badge bg-secondary">{issue_item}</span></li>
                <li class="list-inline-item"><i class="bi bi-eye"></i> {VIEWS[n]} قراءة</li>
              </ul>
              {figure}
              <div class="article-body" id="articleBody">
{body}
              </div>
              <div class="article-tags mt-4"><span class="fw-bold ms-1">الوسوم:</span> {tags}</div>
              <div class="share-bar d-flex flex-wrap align-items-center gap-2 my-4">
                <span class="fw-bold">{SHARE[0]}</span>
{share}
                <button class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> {SHARE[5]}</button>
              </div>{writer_card}
      </article>
      <section class="related mt-5">
        <h4 class="section-title border-bottom pb-2 mb-3">حوارات ذات صلة</h4>
        <div class="row g-3">
{related_html}
        </div>
      </section>
      <section id="comments" class="card mt-5">
        <div class="card-header fw-bold">{heading}</div>
        <ul class="list-group list-group-flush">
{comments_html}
        </ul>
        <div class="card-body">
          <h5 class="card-title">{FORM[0]}</h5>
          <form method="post" action="/comment.php">
            <input type="hidden" name="article_id" value="{article.slug}">
            <div class="mb-2"><label for="c_name" class="form-label">{FORM[1]}</label><input type="text" class="form-control" id="c_name" name="name" required></div>
            <div class="mb-2"><label for="c_mail" class="form-label">{FORM[2]}</label><input type="email" class="form-control" id="c_mail" name="email"></div>
            <div class="mb-2"><label for="c_text" class="form-label">{FORM[3]}</label><textarea class="form-control" id="c_text" name="comment" rows="4" required></textarea></div>
            <button type="submit" class="btn btn-primary">{FORM[4]}</button>
            <p class="form-text mt-2">{FORM[5]}</p>
          </form>
        </div>
      </section>
    </div>
    <aside class="col-md-4 sidebar">
      <div class="card mb-4 issue-cover text-center"><div class="card-header bg-primary text-white fw-bold">{WIDGETS[0]}</div>
        <div class="card-body">
          <img src="{HOST}/uploads/issues/{ISSUE[n] + 2}/cover.jpg" class="img-fluid mb-2" alt="">
          <h6>{current}</h6>
          <a href="/issue.php?no={ISSUE[n] + 2}" class="btn btn-outline-primary btn-sm"><i class="bi bi-file-earmark-pdf"></i> {WIDGETS[1]}</a>
        </div>
      </div>
      <div class="card mb-4"><div class="card-header fw-bold">{WIDGETS[2]}</div>
        <div class="list-group list-group-flush list-group-numbered">
{most_items}
        </div>
      </div>
      <div class="card mb-4 newsletter"><div class="card-body">
          <h6 class="card-title">{WIDGETS[3]}</h6>
          <p class="card-text small">{WIDGETS[4]}</p>
          <form action="/newsletter.php" method="post" class="input-group"><input type="email" class="form-control" name="email" placeholder="بريدك الإلكتروني"><button class="btn btn-danger" type="submit">{WIDGETS[5]}</button></form>
      </div></div>
    </aside>
  </div>
</main>
<footer class="site-footer bg-dark text-light pt-5 pb-3 mt-5">
  <div class="container"><div class="row">
      <div class="col-md-5 mb-3"><h5>{FOOTER[0]}</h5><p class="small text-white-50">{FOOTER[1]}</p></div>
      <div class="col-md-3 mb-3"><h5>{FOOTER[2]}</h5><ul class="list-unstyled small">
{footer_links}
      </ul></div>
      <div class="col-md-4 mb-3"><h5>{FOOTER[3]}</h5>
        <p class="small mb-1"><i class="bi bi-geo-alt"></i> {FOOTER[4]}</p>
        <p class="small mb-1"><i class="bi bi-envelope"></i> {FOOTER[5]}</p><p class="small mb-1" dir="ltr"><i class="bi bi-telephone"></i> {FOOTER[6]}</p></div>
    </div>
    <hr class="border-secondary">
    <p class="text-center small text-white-50 mb-0">{FOOTER[7]}</p>
  </div>
</footer>
<a href="#" class="back-to-top btn btn-primary btn-sm" aria-label="أعلى الصفحة"><i class="bi bi-arrow-up"></i></a>
<script src="{HOST}/assets/vendor/jquery/jquery-3.7.1.min.js"></script>
<script src="{HOST}/assets/vendor/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
<script src="{HOST}/assets/js/main.js?v=2024.{n + 2}"></script>
</body>
</html>
"""
    return page
