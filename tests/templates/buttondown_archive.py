"""An Arabic weekly newsletter on the Egyptian economy ("ميزان") whose issues Buttondown
publishes in its web archive, `/<username>/archive/<slug>/`, with the "modern" archive theme.
Buttondown's own strings stay in English (the newsletter keeps the default `en` locale: `<html
lang="en">`), while everything the writer controls is Arabic. The head: `<title>` "subject •
ميزان", description and og/twitter meta from the email's excerpt, `article:published_time` in
UTC, the RSS alternate, the hashed `subscriber_facing` stylesheet and module script, and the
newsletter's custom CSS (`<style>` setting an Arabic font and RTL alignment for `.subject`).
The body: `div.app-container`, the sticky `header-navigation-container` (brand icon and name
in `a.header-brand`, the writer's two navigation links "عن ميزان" / "ادعم النشرة", then
"Archives", the "Search" trigger and "Subscribe"), then `div.email-body-container >
article.email-body`: the frontmatter prints the send date in a bare `<date>` element in the
newsletter's timezone (Africa/Cairo, English "March 12, 2024") and `<h1 class="subject">`;
`div.email-content` holds the email rendered from Markdown, wrapped by the writer in a raw
`<div dir="rtl">`. Page 1 opens with a `<figure data-full-width="false">` photo and caption,
has an `<h2>` subheading (text) and ends with the editor's sign-off line (the only byline);
page 2 (sent 01:15 Cairo summer time, so UTC is the day before) links a phrase inline; page 3
bolds a figure, quotes the central bank in a `<blockquote>` (text, introduced by the sentence
before it) and adds a `a.buttondown-button` call to action. Every issue closes with an `<hr>`
and the writer's italic "you got this from a friend" line. After the content: the
`related-emails-widget` ("Read more:", three cards with title, description and date), the
subscribe `card-container` ("Don't miss what's next. Subscribe to ميزان:", the
`#subscribe-form` with its sr-only label), comments (pages 1 and 3: "Join the discussion:",
commenters, "March 12, 2024, morning" style dates, Reply / Report; all pages: "Add a comment:"
and "Comment and Subscribe"), the "Share this email:" grid of four `archive__social-share-link`s
and the `.footer` "Powered by Buttondown, the easiest way to start and grow your newsletter."
All of that is chrome."""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "buttondown_archive"
HELD_OUT = True
SET = "unseen28"
FAMILY = "Buttondown web archive of an Arabic weekly economy newsletter: modern theme, <date> frontmatter, email-content from Markdown, related emails, subscribe card, comments, share grid"
HOST = "https://buttondown-nashra.example"
USER = "mizan"
BRAND = "ميزان"
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
NAV = (("https://mizan-news.example/about", "عن ميزان"),
       ("https://mizan-news.example/support", "ادعم النشرة"))
FRIEND = ("ميزان نشرة أسبوعية مستقلة عن الاقتصاد المصري. إذا وصلتك هذه الرسالة من صديق، "
          "يمكنك ")
FRIEND_LINK = "الاشتراك من هنا"
SIGNOFF = {1: "منى الشاذلي، محررة ميزان", 3: "مع التحية، فريق تحرير ميزان"}
CTA = (f"{HOST}/mizan/r/capmas-cpi-dec-2024", "اقرأ بيان الجهاز المركزي للإحصاء كاملا")
LINKED = {2: (2, "نص القرار وجداول الاستثناءات",
              "https://mizan-news.example/docs/min-wage-decree-2024.pdf")}
BOLD = {3: (0, "24.1 في المئة")}
HEADING = {1: 2}  # page -> index of the paragraph Buttondown renders as <h2>
QUOTE = {3: 3}  # page -> index of the paragraph in a <blockquote>
SUBSCRIBE_TEXT = f"Don't miss what's next. Subscribe to {BRAND}:"
RELATED_DESC = {
    1: ("قرار السادس من مارس غيّر قواعد اللعبة. هنا ما نعرفه وما لا نعرفه بعد...",
        "35 مليار دولار في شهرين. كيف ستنعكس الصفقة على العجز الخارجي؟...",
        "بعد عامين من الانقطاع، عادت شركات كبرى إلى أسواق السندات الدولية..."),
    2: ("ساعات الانقطاع تتراجع، لكن الفاتورة تنتقل إلى مكان آخر...",
        "إيرادات ومصروفات وعجز: قراءة سريعة في أرقام العام المالي الجديد...",
        "الفجوة بين السعرين أغلقت، فلماذا لم تعد التحويلات كما كانت؟..."),
    3: ("عام من القرارات الكبيرة، من سعر الصرف إلى الدعم، في رسوم بيانية...",
        "مراجعة جديدة وشريحة جديدة، وأسئلة قديمة عن الإصلاحات الهيكلية...",
        "لجنة التسعير تجتمع كل ثلاثة أشهر، والمعادلة تزداد صعوبة..."),
}
COMMENTS = {
    1: (("Ahmed Fawzy", "أحمد فوزي", 190,
         "نفس الملاحظة في أسعار التكييفات، بل إن بعض المحلات رفعت السعر الأسبوع الماضي."),
        ("rania.k", "rania.k", 1020,
         "تحليل ممتاز. هل يمكن أن تتناولوا في عدد قادم دور جهاز حماية المنافسة بالتفصيل؟")),
    3: (("Tarek S.", "طارق سليمان", 960,
         "أتفق مع قراءة أثر سنة الأساس، فالأسعار في السوق لم تنخفض فعليا."),),
}
SHARE = ("Facebook", "LinkedIn", "Hacker News", "Bluesky")
CSS_HASH = ("b41c07e2", "b41c07e2", "5d2f9a61")


def _local(moment):
    """The send time in the newsletter's timezone (Africa/Cairo: +02:00, +03:00 in summer)."""
    return moment.astimezone(moment.tzinfo)


def _date(moment) -> str:
    """Buttondown's `F j, Y`: "March 12, 2024"."""
    return f"{MONTHS_EN[moment.month - 1]} {moment.day}, {moment.year}"


def _comment_date(moment) -> str:
    part = "midnight" if moment.hour < 5 else "morning" if moment.hour < 12 else "evening"
    return f"{_date(moment)}, {part}"


def _paragraph(article: Article, n: int, k: int, text: str) -> str:
    html = e(text)
    if n in BOLD and BOLD[n][0] == k:
        words = BOLD[n][1]
        html = html.replace(e(words), f"<strong>{e(words)}</strong>", 1)
    if n in LINKED and LINKED[n][0] == k:
        _idx, words, href = LINKED[n]
        html = html.replace(e(words), f'<a href="{href}" target="_blank">{e(words)}</a>', 1)
    if HEADING.get(n) == k:
        return f"<h2>{html}</h2>"
    if QUOTE.get(n) == k:
        return f"<blockquote>\n<p>{html}</p>\n</blockquote>"
    return f"<p>{html}</p>"


def _content(article: Article, n: int, url: str) -> str:
    parts = []
    if article.caption != "-":
        parts.append(f'<figure data-full-width="false"><img class="newsletter-image" '
                     f'src="https://assets.buttondown.email/images/{article.slug}a7c3-'
                     f'appliances.jpg?w=960&amp;fit=max" alt="{e(article.caption)}" '
                     f'draggable="false"><figcaption>{e(article.caption)}</figcaption></figure>')
    for k, text in enumerate((article.lead, *article.paragraphs)):
        parts.append(_paragraph(article, n, k, text))
    if n == 3:
        parts.append(f'<a class="buttondown-button" href="{CTA[0]}" data-align="center">'
                     f"{CTA[1]}</a>")
    if n in SIGNOFF:
        parts.append(f"<p>{SIGNOFF[n]}</p>")
    parts.append("<hr>")
    parts.append(f'<p><em>{FRIEND}<a href="{HOST}/{USER}">{FRIEND_LINK}</a>.</em></p>')
    inner = "\n".join(parts)
    return f"""<div class="email-content">
<div dir="rtl">
{inner}
</div>
</div>"""


def _related(article: Article, n: int, moment) -> tuple[str, list[str]]:
    lines = ["Read more:"]
    cards = []
    for k, (title, desc) in enumerate(zip(article.related, RELATED_DESC[n], strict=True)):
        when = moment - timedelta(days=7 * (k + 1) + (k == 2) * 14)
        lines += [title, desc, _date(when)]
        cards.append(f"""            <li class="related-email">
                <a href="{HOST}/{USER}/archive/{int(article.slug) - k - 1}/">
                    <div class="related-email-content">
                        <h4 class="related-email-title">{e(title)}</h4>
                        <p class="related-email-description">{e(desc)}</p>
                        <div class="related-email-date">{_date(when)}</div>
                    </div>
                </a>
            </li>""")
    html = f"""    <div class="related-emails-widget">
        <h3 class="related-emails-title">Read more:</h3>
        <ul class="related-email-container">
{chr(10).join(cards)}
        </ul>
    </div>"""
    return html, lines


def _comments(n: int, moment, url: str) -> tuple[str, list[str]]:
    lines = []
    items = []
    for k, (handle, name, minutes, text) in enumerate(COMMENTS.get(n, ())):
        when = _local(moment + timedelta(minutes=minutes))
        lines += [name, _comment_date(when), text]
        items.append(f"""            <li class="comment" id="comment-{k + 1}">
                <div class="comment-avatar" aria-hidden="true">{e(name[0])}</div>
                <div class="comment-meta">
                    <span class="comment-author" title="{e(handle)}">{e(name)}</span>
                    <span class="comment-date">{_comment_date(when)}</span>
                </div>
                <div class="comment-body"><p>{e(text)}</p></div>
                <div class="comment-actions">
                    <a href="{url}comment/{moment:%m%d}{k:02d}c4-9b1e-4f0a-8d2c-5e6f7a8b9c0d">Reply</a>
                    <a href="mailto:support@buttondown.com?subject=Improper+comment">Report</a>
                </div>
            </li>""")
    thread = ""
    if items:
        lines[:0] = ["Join the discussion:"]
        lines += ["Reply", "Report"]
        thread = f"""        <h4 class="comments-header">Join the discussion:</h4>
        <ol class="comments-list">
{chr(10).join(items)}
        </ol>
"""
    lines += ["Add a comment:", "Comment and Subscribe"]
    html = f"""    <div class="comments" id="comments">
{thread}        <h4 class="comments-header">Add a comment:</h4>
        <form class="comment-form" method="post" action="{url}comment/">
            <textarea name="text" rows="4" aria-label="Comment" required></textarea>
            <input type="email" name="email" aria-label="Email address" placeholder="you@example.com">
            <button type="submit" class="archive__button">Comment and Subscribe</button>
        </form>
    </div>"""
    return html, lines


def render(article: Article, n: int) -> Page:
    moment = _local(article.moment)
    url = f"{HOST}/{USER}/archive/{article.slug}/"
    shown = _date(moment)
    page = Page(url=url, html="", shown_date=shown)
    page.add(*(label for _, label in NAV), "Archives", "Search", "Subscribe", shown)
    if article.caption != "-":
        page.add(article.caption)
    if n in SIGNOFF:
        page.add(SIGNOFF[n])
    if n == 3:
        page.add(CTA[1])
    page.add(FRIEND + FRIEND_LINK + ".")
    related_html, related_lines = _related(article, n, moment)
    comments_html, comment_lines = _comments(n, moment, url)
    page.add(*related_lines, SUBSCRIBE_TEXT, "Email address (required)", *comment_lines,
             "Share this email:", *(f"Share on {s}" for s in SHARE),
             "Powered by Buttondown, the easiest way to start and grow your newsletter.")
    plain = " ".join((article.lead, *article.paragraphs))
    excerpt = plain[:160].rsplit(" ", 1)[0] + "…"
    utc = f"{article.moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}"
    image = (f"https://assets.buttondown.email/images/{article.slug}a7c3-appliances.jpg"
             if article.caption != "-" else
             f"{HOST}/{USER}/og-image/{article.slug}.png")
    card = "summary_large_image" if article.caption != "-" else "summary"
    q_url_fb = url.replace("https://", "https%3A//")
    shares = {
        "Facebook": f"https://www.facebook.com/sharer/sharer.php?u={q_url_fb}"
                    f"&amp;title={quote(article.headline)}",
        "LinkedIn": f"https://www.linkedin.com/shareArticle?mini=true&amp;url={q_url_fb}",
        "Hacker News": f"https://share.bingo/hn?url={q_url_fb}",
        "Bluesky": f"https://share.bingo/bluesky?url={q_url_fb}",
    }
    share_links = "\n".join(
        f'                <a class="archive__social-share-link" href="{href}" target="_blank">'
        f"Share on {label}</a>" for label, href in shares.items())
    nav_links = "\n".join(
        f'                    <a class="header-navigation-link" href="{href}">{label}</a>'
        for href, label in NAV)
    css = CSS_HASH[n - 1]
    page.html = f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{e(article.headline)} • {BRAND}</title>
    <meta name="description" content="{e(excerpt)}">
    <link rel="icon" type="image/png" href="https://assets.buttondown.email/icons/mizan-icon-3f2a.png">
    <link rel="canonical" href="{url}">
    <link rel="alternate" type="application/rss+xml" title="{BRAND}" href="{HOST}/{USER}/rss">
    <meta property="og:site_name" content="{BRAND}">
    <meta property="og:type" content="article">
    <meta property="og:url" content="{url}">
    <meta property="og:title" content="{e(article.headline)}">
    <meta property="og:description" content="{e(excerpt)}">
    <meta property="og:image" content="{image}">
    <meta property="article:published_time" content="{utc}">
    <meta name="twitter:card" content="{card}">
    <meta name="twitter:title" content="{e(article.headline)}">
    <meta name="twitter:description" content="{e(excerpt)}">
    <meta name="twitter:image" content="{image}">
    <link rel="stylesheet" href="{HOST}/static/vite/assets/subscriber_facing-modern-{css}.css">
    <script type="module" crossorigin src="{HOST}/static/vite/assets/subscriber_facing-{css}.js"></script>
    <style>
:root {{ --tint-color: #0f766e; --font-prose: "IBM Plex Sans Arabic", sans-serif; }}
.subject, date {{ direction: rtl; text-align: right; }}
    </style>
</head>
<body>
<div class="app-container">
    <div class="header-navigation-container">
        <nav class="header-navigation">
            <div class="header-navigation-content">
                <a class="header-brand" href="{HOST}/{USER}">
                    <img class="header-brand-icon" src="https://assets.buttondown.email/icons/mizan-icon-3f2a.png" alt="">
                </a>
                <button class="header-navigation-toggle" aria-expanded="false" aria-label="Toggle navigation">
                    <svg class="header-navigation-toggle-icon" viewBox="0 0 16 16"><path d="M1 3h14M1 8h14M1 13h14"/></svg>
                    <svg class="header-navigation-toggle-icon header-navigation-toggle-icon--close" viewBox="0 0 16 16"><path d="M2 2l12 12M14 2L2 14"/></svg>
                </button>
                <div class="header-navigation-overlay" aria-hidden="true"></div>
                <div class="header-navigation-nav" aria-expanded="false">
                    <div class="header-navigation-nav-handle"></div>
{nav_links}
                    <a class="header-navigation-link" href="{HOST}/{USER}/archive/">Archives</a>
                    <button class="header-navigation-link archive-search-trigger" type="button">Search</button>
                    <a class="header-navigation-link header-navigation-link--subscribe" href="{HOST}/{USER}#subscribe-form">Subscribe</a>
                </div>
            </div>
        </nav>
    </div>
    <div class="email-body-container">
        <article class="email-body">
    <date>{shown}</date>
    <h1 class="subject">{e(article.headline)}</h1>
{_content(article, n, url)}
{related_html}
    <div class="card-container">
        <div class="card-container-header">
            {SUBSCRIBE_TEXT}
        </div>
        <div class="subscribe-form" id="subscribe-form">
            <form action="{HOST}/api/emails/embed-subscribe/{USER}" method="post" class="card">
                <div class="field">
                    <label for="id_email" class="sr-only">Email address (required)</label>
                    <input type="email" name="email" id="id_email" placeholder="you@example.com" required>
                </div>
                <input type="hidden" name="tag" value="archive">
                <button type="submit" class="archive__button">Subscribe</button>
            </form>
        </div>
    </div>
{comments_html}
    <div class="card-container">
        <div class="card-container-header">Share this email:</div>
            <div class="archive__social-share-link-container">
{share_links}
            </div>
    </div>
        </article>
    </div>
</div>
<div class="footer">
    Powered by <a href="https://buttondown.com/refer/{USER}">Buttondown</a>, the easiest way to start and grow your newsletter.
</div>
</body>
</html>
"""
    return page
