"""An Arabic citizen-news blog on Tumblr ("أخبار حي الأندلس", a neighbourhood of Basra, Iraq, run
by volunteer residents) on a custom domain, its post permalink pages `/post/<id>/<slug>` (the
slug is the title's Arabic words, percent-encoded) as Tumblr served them in 2016-17. Tumblr's
prelude comes before the theme's own doctype (`<!DOCTYPE html><script>var __pbpa = true;`, the
password-warning string, `pre_tumblelog.js`). The theme's head: `<html lang="ar" dir="rtl">`,
`<title>` "headline | أخبار حي الأندلس", the blog description as meta description, the
`tumblr-theme` meta and the theme's `color:`/`text:` option metas, then what Tumblr appends: the
android-app/ios-app alternates, `tumblelog.js`, and the "BEGIN TUMBLR FACEBOOK OPENGRAPH TAGS"
block (`og:type` "tumblr-feed:entry", `al:ios:*`/`al:android:*`) and "TWITTER TAGS" (app ids
305343404). No JSON-LD, no machine date but the theme's `data-timestamp` (Unix seconds, UTC).
The body: `header#top` (portrait, blog title, Tumblr's `{Description}`, Arabic nav), then
`article.post.text` (`.reblog` on page 3): `h2.title`, `div.body` holding the post's {Body}
(legacy editor HTML: `<p>`s, `figure.tmblr-full` with data-orig-height/width around a
`tumblr_inline_*_540.jpg`, external links wrapped in `t.umblr.com/redirect?z=...&t=...`), the
ContentSource line "المصدر: <domain>" (page 2), then `footer.post-footer`: the date as the theme
prints Tumblr's English variables ("March 14th, 2016", blog timezone Asia/Baghdad, +03:00) and
the time ("10:25am"), "6 notes", `#tag` links to `/tagged/<tag-with-hyphens>`, an Arabic share
row and the like iframe / reblog button; `div#notes` with Tumblr's `ol.notes` ("x liked this",
"x reblogged this from y and added:" with a blockquote, "x posted this"); Arabic permalink
pagination; `aside#sidebar` (about text, submit box, emergency numbers, search form, topic tags)
and the footer (copyright years, "Powered by Tumblr", theme credit); last Tumblr's "BEGIN TUMBLR
CODE" block: the `ga_target` analytics iframe, the impixu pixel and `iframe#tumblr_controls`.
Page 1 is the team's post: its {Body} opens with a "كتب: ..." byline paragraph (the only page
naming a writer of the blog) and an uncaptioned figure, bolds two words and ends with a
blogger-typed "اقرأ أيضا:" list. Page 2 (posted 00:40 local, so its timestamp is the day before
in UTC) opens with a figure captioned by a `<p><small>` line, links the water directorate,
has an `<h2>` subheading, bolds a phrase, ends with "اقرأ أيضا:" lines and a Source. Page 3 is a
reblog of a resident's post: "منقول عن <root blog title>" (her name), the reblog trail
(`div.reblog-header` with "username:" then `div.reblog-content`: her text, then the blog's own
short addition). All of that but the story paragraphs (and the page-2 subheading) is chrome."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC
from urllib.parse import quote

from .base import Article, Page, e

NAME = "tumblr_news_blog"
HELD_OUT = True
SET = "unseen16"
FAMILY = "Tumblr custom-theme blog (2016-17 serving) of Iraqi neighbourhood news: post permalink, tumblr-feed:entry OG, tmblr-full figures, reblog trail, notes, tumblr_controls"
HOST = "https://akhbar-alandalus.example"
BLOG = "akhbar-alandalus"
TITLE = "أخبار حي الأندلس"
DESCRIPTION = "البصرة – أخبار الحي كما يرويها أهله"
ABOUT = ("مدونة أهلية يديرها متطوعون من سكان حي الأندلس في البصرة، ننشر فيها أخبار الخدمات "
         "والمدارس والمبادرات، وما يرسله الجيران من صور وشكاوى بعد التحقق منها.")
AVATAR = "https://67.media.tumblr.com/avatar_5c1e0b7f93a2"
NAV = (("/", "الرئيسية"), ("/about", "من نحن"), ("/submit", "أرسل خبرك"), ("/ask", "اسألنا"),
       ("/archive", "الأرشيف"))
SUBMIT = ("أرسل خبرك", "صوّرت مشكلة في شارعك أو لديك إعلان يهم الجيران؟ أرسله لنا وسننشره بعد "
          "التحقق منه.", "أرسل الآن")
NUMBERS = ("أرقام تهمك", "الشرطة: 104", "الدفاع المدني: 115", "الإسعاف: 122")
TOPICS = ("تصفح حسب الموضوع", "الماء", "الكهرباء", "المدارس", "تطوع", "إعلانات")
SHARE = ("شارك:", "فيسبوك", "تويتر", "واتساب")
NOTES_TITLE = "التفاعلات"
PAGINATION = ("منشور أحدث", "منشور أقدم")
FOOTER = ("© 2014–2017 أخبار حي الأندلس", "Powered by Tumblr",
          "القالب: Minimal RTL، تعريب وتعديل فريق المدونة")
BYLINE = "كتب: مرتضى الساعدي"
MORE = "اقرأ أيضا:"
SOURCE = ("https://water-basrah.example/news/2016/08/20/alandalus-network", "water-basrah.example")
LINKED = (1, "مديرية ماء البصرة", "https://water-basrah.example/")
BOLD = {1: (4, "المرحلة الثانية"), 2: (5, "مشمول بالعقد")}
ROOT = ("zainab-alabadi", "زينب العبادي", 155601447290)
ADDED = "ننقل الخبر عن مدونة جارتنا زينب، ومن عنده كتب فائضة في البيت فهذه فرصة لإيصالها لمن يحتاجها."
REBLOG_KEYS = ("aX3kP0qL", "Vt81mNzc", "qR2sW9de")
IMAGES = {1: ("d3f1a8c29b0e47a6b1c2f5e4a9d80c17", "o43xkz8Q1r1uqh7fv", 720, 1280),
          2: ("7b92c04de15f3a68e0b4c1d7f2a9e635", "oc7n2dWf0L1uqh7fv", 683, 1024)}
NOTES = {
    1: (("like", "basra-daily-photos", "صور من البصرة", ""),
        ("reblog", "shatt-alarab-voices", "أصوات شط العرب", "مبادرة تستحق الدعم، عاشت أيديكم يا شباب"),
        ("like", "noor-h-88", "نور", ""),
        ("reblog", "basrah-volunteers", "متطوعو البصرة", ""),
        ("like", "ali-kadhim-photography", "Ali Kadhim", ""),
        ("posted", BLOG, TITLE, "")),
    2: (("like", "um-yusuf-basra", "أم يوسف", ""),
        ("reblog", "basrah-services-watch", "مرصد خدمات البصرة", ""),
        ("like", "hassan-the-engineer", "حسن", ""),
        ("posted", BLOG, TITLE, "")),
    3: (("like", "student-diaries-iq", "يوميات طالب", ""),
        ("like", "kutub-basra", "كتب البصرة", ""),
        ("reblog", "basrah-volunteers", "متطوعو البصرة", ""),
        ("reblog", BLOG, TITLE, ROOT[0]),
        ("posted", ROOT[0], ROOT[1], "")),
}
CAPTURED = 1487052000  # when the pages were fetched (impixu T=)
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def _suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date(moment) -> str:
    """The theme's `{Month} {DayOfMonthWithSuffix}, {Year}`, in the blog's timezone."""
    return f"{MONTHS_EN[moment.month - 1]} {moment.day}{_suffix(moment.day)}, {moment.year}"


def _time(moment) -> str:
    """`{12Hour}:{Minutes}{AmPm}`."""
    return f"{moment.hour % 12 or 12}:{moment:%M}{'am' if moment.hour < 12 else 'pm'}"


def _slug(headline: str) -> str:
    return quote("-".join(headline.replace("،", "").split()[:8]), safe="-")


def _blog_url(name: str) -> str:
    return HOST if name == BLOG else f"https://{name}.tumblr.com"


def _redirect(url: str, n: int) -> str:
    token = base64.b64encode(f"{hashlib.sha1(url.encode()).hexdigest()},{REBLOG_KEYS[n - 1]}".encode()).decode()
    return f"https://t.umblr.com/redirect?z={quote(url, safe='')}&amp;t={quote(token, safe='')}"


def _figure(n: int) -> str:
    key, inline, height, width = IMAGES[n]
    src = f"https://67.media.tumblr.com/{key}/tumblr_inline_{inline}_540.jpg"
    return (f'<figure class="tmblr-full" data-orig-height="{height}" data-orig-width="{width}">'
            f'<img src="{src}" alt="image" data-orig-height="{height}" data-orig-width="{width}"/>'
            "</figure>")


def _paragraphs(article: Article, n: int) -> list[str]:
    out = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n == 2 and k == 2:
            out.append(f"<h2>{html}</h2>")
            continue
        if n in BOLD and BOLD[n][0] == k:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<b>{words}</b>", 1)
        if n == 2 and k == LINKED[0]:
            words = e(LINKED[1])
            html = html.replace(words, f'<a href="{_redirect(LINKED[2], n)}">{words}</a>', 1)
        out.append(f"<p>{html}</p>")
    return out


def _more(article: Article, n: int, page: Page) -> str:
    page.add(MORE, *article.related)
    links = [(f"{HOST}/post/{int(article.slug) - 90713 * (k + 1)}/{_slug(t)}", e(t))
             for k, t in enumerate(article.related)]
    if n == 1:
        items = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links)
        return f"<p><b>{MORE}</b></p><ul>{items}</ul>"
    return f"<p>{MORE}</p>" + "".join(f'<p>🔹 <a href="{u}">{t}</a></p>' for u, t in links)


def _body(article: Article, n: int, page: Page) -> str:
    paras = _paragraphs(article, n)
    if n == 1:
        page.add(BYLINE)
        return "".join([f"<p><b>{BYLINE}</b></p>", _figure(1), *paras, _more(article, n, page)])
    if n == 2:
        page.add(article.caption)
        return "".join([_figure(2), f"<p><small>{e(article.caption)}</small></p>", *paras,
                        _more(article, n, page)])
    name, _title, root_id = ROOT
    page.add(f"{name}:", f"{BLOG}:", ADDED)
    return f"""
          <div class="reblog-list">
            <div class="reblog-item">
              <div class="reblog-header"><img class="reblog-avatar" src="https://67.media.tumblr.com/avatar_a91d3e0c4b77_16.png" alt=""> <a class="reblog-username" href="https://{name}.tumblr.com/post/{root_id}/{_slug(article.headline)}">{name}</a>:</div>
              <div class="reblog-content">{"".join(paras)}</div>
            </div>
            <div class="reblog-item">
              <div class="reblog-header"><img class="reblog-avatar" src="{AVATAR}_16.png" alt=""> <a class="reblog-username" href="{HOST}/post/{article.slug}">{BLOG}</a>:</div>
              <div class="reblog-content"><p>{e(ADDED)}</p></div>
            </div>
          </div>"""


def _notes(n: int, post_id: str, page: Page) -> str:
    items = []
    for kind, name, title, extra in NOTES[n]:
        url = _blog_url(name) + "/"
        avatar = f"https://67.media.tumblr.com/avatar_{hashlib.sha1(name.encode()).hexdigest()[:12]}_16.png"
        frame = (f'<a rel="nofollow" class="avatar_frame" target="_blank" href="{url}" '
                 f'title="{e(title)}"><img src="{avatar}" class="avatar " alt="" /></a>')
        if kind == "like":
            page.add(f"{name} liked this")
            action = (f'<span class="action"><a rel="nofollow" href="{url}" title="{e(title)}" '
                      f'rel="nofollow">{name}</a> liked this                                    </span>')
            items.append(f'<li class="note like tumblelog_{name} without_commentary">{frame}'
                         f'{action}<div class="clear"></div></li>')
            continue
        if kind == "posted":
            page.add(f"{name} posted this")
            items.append(f'<li class="note reblog tumblelog_{name} original_post without_commentary">'
                         f'{frame}<span class="action"><a rel="nofollow" href="{url}" class="tumblelog" '
                         f'title="{e(title)}">{name}</a> posted this                                                                        </span>'
                         '<div class="clear"></div></li>')
            continue
        source = extra if extra and n == 3 else BLOG
        comment = extra if n != 3 else ""
        added = " and added:" if comment else ""
        page.add(f"{name} reblogged this from {source}{added}", comment)
        reblog_id = post_id if name == BLOG else int(post_id) + 4177 * len(name)
        reblog_url = f"{_blog_url(name)}/post/{reblog_id}"
        quote_html = (f'<blockquote><a href="{reblog_url}" title="View post">{e(comment)}</a>'
                      "</blockquote>") if comment else ""
        style = "with_commentary" if comment else "without_commentary"
        items.append(f'<li class="note reblog tumblelog_{name} {style}">{frame}'
                     f'<span class="action" data-post-url="{reblog_url}"><a rel="nofollow" '
                     f'href="{reblog_url}" class="tumblelog" title="{e(title)}">{name}</a> '
                     f'reblogged this from <a rel="nofollow" href="{_blog_url(source)}/" '
                     f'class="source_tumblelog" title="{e(TITLE if source == BLOG else ROOT[1])}">'
                     f'{source}</a>{added}                    </span><div class="clear"></div>'
                     f"{quote_html}</li>")
    return '<ol class="notes"><!-- START NOTES -->' + "".join(items) + "<!-- END NOTES --></ol>"


def _pixel(url: str, kind: str, post_id: str) -> str:
    data = {"type": kind, "url": url, "requtype": 0, "route": "/post/:id"}
    if kind == "post":
        data["posts"] = [{"postid": post_id, "blogid": "238104417", "source": 33}]
    blob = base64.b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()
    return (f"<script type=\"text/javascript\">!function(s){{s.src='https://www.tumblr.com/impixu?T={CAPTURED}"
            f"&J={blob}&U=KCNMOBHEGA&K=3b7fa1c6e09d2f85a4c3be71d06f95e2d8a4c7b13e60f9a2c5d81b47e03a6f9c"
            "&R='.replace(/&R=[^&$]*/,'').concat('&R='+escape(document.referrer)).slice(0,2000)"
            ".replace(/%.?.?$/,'');}(new Image());</script>")


def render(article: Article, n: int) -> Page:
    moment = article.moment
    post_id = article.slug
    permalink = f"{HOST}/post/{post_id}/{_slug(article.headline)}"
    shown, clock = _date(moment), _time(moment)
    page = Page(url=permalink, html="", shown_date=shown)
    count = len(NOTES[n])
    notes_label = f"{count} notes" if count != 1 else "1 note"
    rk = REBLOG_KEYS[n - 1]
    page.add(TITLE, DESCRIPTION, *(label for _, label in NAV), shown, clock, notes_label,
             *(f"#{t}" for t in article.tags), *SHARE, NOTES_TITLE, *PAGINATION,
             "عن المدونة", ABOUT, *SUBMIT, *NUMBERS, TOPICS[0], *(f"#{t}" for t in TOPICS[1:]),
             *FOOTER)
    body = _body(article, n, page)
    reblog_top = ""
    if n == 3:
        page.add(f"منقول عن {ROOT[1]}")
        reblog_top = (f'\n          <div class="reblogged-from"><span>منقول عن</span> '
                      f'<a href="https://{ROOT[0]}.tumblr.com/">{ROOT[1]}</a></div>')
    source = ""
    if n == 2:
        page.add(f"المصدر: {SOURCE[1]}")
        source = (f'\n          <div class="source">المصدر: <a href="{SOURCE[0]}">{SOURCE[1]}</a>'
                  "</div>")
    tags = "\n".join(f'            <a href="/tagged/{quote(t.replace(" ", "-"))}">#{e(t)}</a>'
                     for t in article.tags)
    topics = " ".join(f'<a href="/tagged/{quote(t)}">#{t}</a>' for t in TOPICS[1:])
    numbers = "".join(f"<li>{x}</li>" for x in NUMBERS[1:])
    nav = "\n".join(f'        <li><a href="{href}">{label}</a></li>' for href, label in NAV)
    plain = " ".join(article.lead.split())
    summary = plain[:197].rsplit(" ", 1)[0] + "..."
    if n in IMAGES:
        key, inline, _h, _w = IMAGES[n]
        og_image, card = f"https://67.media.tumblr.com/{key}/tumblr_inline_{inline}_540.jpg", "summary_large_image"
    else:
        og_image, card = f"{AVATAR}_128.png", "summary"
    app = f"blogName={BLOG}&amp;postID={post_id}"
    stamp = int(moment.astimezone(UTC).timestamp())
    controls = quote(f"{HOST}/post/{post_id}", safe="")
    avatar64 = quote(f"{AVATAR}_64.png", safe="")
    page.html = f"""<!DOCTYPE html>
<script>var __pbpa = true;</script><script>var translated_warning_string = 'Warning: Never enter your Tumblr password unless \\u201chttps://www.tumblr.com/login\\u201d\\x0ais the address in your web browser.\\x0a\\x0aYou should also see a green \\u201cTumblr, Inc.\\u201d identification in the address bar.\\x0a\\x0aSpammers and other bad guys use fake forms to steal passwords.\\x0a\\x0aTumblr will never ask you to log in from a user\\u2019s blog.\\x0a\\x0aAre you absolutely sure you want to continue?';</script><script type="text/javascript" language="javascript" src="https://assets.tumblr.com/assets/scripts/pre_tumblelog.js?_v=38a83ad81672c32dc1d5dcb2e19eb9b5"></script>
<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(article.headline)} | {TITLE}</title>
  <meta name="description" content="{DESCRIPTION}" />
  <meta name="tumblr-theme" content="41326" />
  <meta name="color:Background" content="#f7f5f0"/>
  <meta name="color:Accent" content="#1f6f8b"/>
  <meta name="if:Show Sidebar" content="1"/>
  <meta name="text:About" content="{ABOUT}"/>
  <link rel="shortcut icon" href="{AVATAR}_16.png">
  <link rel="apple-touch-icon" href="{AVATAR}_128.png">
  <link rel="alternate" type="application/rss+xml" title="RSS" href="{HOST}/rss">
  <link href="https://fonts.googleapis.com/css?family=Cairo:400,700&amp;subset=arabic" rel="stylesheet" type="text/css">
  <link rel="stylesheet" href="https://static.tumblr.com/qz3ybyk/Xo8o4f0l1/minimal-rtl.css">
  <style type="text/css">
    body {{ background: #f7f5f0; font-family: 'Cairo', Tahoma, sans-serif; }}
    a, .post .title a {{ color: #1f6f8b; }}
    .post.reblog .reblog-header {{ font-weight: 700; }}
    #tumblr_controls, .tmblr-iframe--desktop-logged-in-controls {{ top: auto !important; bottom: 0; }}
  </style>
<link rel="alternate" href="android-app://com.tumblr/tumblr/x-callback-url/blog?{app}" /><link rel="alternate" href="ios-app://305343404/tumblr/x-callback-url/blog?{app}" />
<script src="https://assets.tumblr.com/assets/scripts/tumblelog.js?_v=b4e1e8df5d1f03dd96a1c01b2f2dc6b8"></script>
<meta http-equiv="x-dns-prefetch-control" content="off"/>

<!-- BEGIN TUMBLR FACEBOOK OPENGRAPH TAGS --><!-- If you'd like to specify your own Open Graph tags, define the og:url and og:title tags in your theme's HTML. --><!-- Read more: http://ogp.me/ --><meta property="fb:app_id" content="48119224995" /><meta property="og:title" content="{e(article.headline)}" /><meta property="og:url" content="{permalink}" /><meta property="og:description" content="{e(summary)}" /><meta property="og:type" content="tumblr-feed:entry" /><meta property="og:image" content="{og_image}" /><meta property="al:ios:url" content="tumblr://x-callback-url/blog?{app}" /><meta property="al:ios:app_name" content="Tumblr" /><meta property="al:ios:app_store_id" content="305343404" /><meta property="al:android:url" content="tumblr://x-callback-url/blog?{app}" /><meta property="al:android:app_name" content="Tumblr" /><meta property="al:android:package" content="com.tumblr" /><!-- END TUMBLR FACEBOOK OPENGRAPH TAGS -->


<!-- TWITTER TAGS --><meta charset="utf-8"><meta name="twitter:site" content="tumblr" /><meta name="twitter:card" content="{card}" /><meta name="twitter:title" content="{e(article.headline)}" /><meta name="twitter:description" content="{e(summary)}" /><meta name="twitter:image" content="{og_image}" /><meta name="twitter:app:name:iphone" content="Tumblr" /><meta name="twitter:app:name:ipad" content="Tumblr" /><meta name="twitter:app:name:googleplay" content="Tumblr" /><meta name="twitter:app:id:iphone" content="305343404" /><meta name="twitter:app:id:ipad" content="305343404" /><meta name="twitter:app:id:googleplay" content="com.tumblr" /><meta name="twitter:app:url:iphone" content="tumblr://x-callback-url/blog?{app}&amp;referrer=twitter-cards" /><meta name="twitter:app:url:ipad" content="tumblr://x-callback-url/blog?{app}&amp;referrer=twitter-cards" /><meta name="twitter:app:url:googleplay" content="tumblr://x-callback-url/blog?{app}&amp;referrer=twitter-cards" />

</head>
<body class="permalink-page">
  <div id="wrapper">
    <header id="top">
      <a class="portrait" href="/"><img src="{AVATAR}_96.png" alt="{TITLE}" width="96" height="96"></a>
      <h1 class="blog-title"><a href="/">{TITLE}</a></h1>
      <p class="blog-description">{DESCRIPTION}</p>
      <nav id="nav"><ul>
{nav}
      </ul></nav>
    </header>

    <div id="content">
      <div class="posts">
        <article class="post text{' reblog' if n == 3 else ''}" id="post-{post_id}" data-post-id="{post_id}">{reblog_top}
          <h2 class="title"><a href="{permalink}">{e(article.headline)}</a></h2>
          <div class="body">{body}</div>{source}
          <footer class="post-footer">
            <div class="meta">
              <a class="date" href="{permalink}" data-timestamp="{stamp}">{shown}</a>
              <span class="time">{clock}</span>
              <a class="notecount" href="{permalink}#notes">{notes_label}</a>
            </div>
            <div class="tags">
{tags}
            </div>
            <div class="share">
              <span>{SHARE[0]}</span>
              <a href="https://www.facebook.com/sharer/sharer.php?u={quote(permalink, safe='')}" target="_blank">{SHARE[1]}</a>
              <a href="https://twitter.com/intent/tweet?url={quote(permalink, safe='')}" target="_blank">{SHARE[2]}</a>
              <a href="whatsapp://send?text={quote(permalink, safe='')}">{SHARE[3]}</a>
            </div>
            <div class="controls"><div class="like_button" data-post-id="{post_id}" id="like_button_{post_id}"><iframe id="like_iframe_{post_id}" src="https://assets.tumblr.com/assets/html/like_iframe.html?_v=fb8eb4e5b8a4bb7bb7a1c3c9e8a1b0d2#name={BLOG}&amp;post_id={post_id}&amp;color=grey&amp;rk={rk}" scrolling="no" width="20" height="20" frameborder="0" class="like_toggle" allowTransparency="true" name="like_iframe_{post_id}"></iframe></div><a href="https://www.tumblr.com/reblog/{post_id}/{rk}" class="reblog_button" style="display: block;width:20px;height:20px;"><svg width="100%" height="100%" viewBox="0 0 21 21" xmlns="http://www.w3.org/2000/svg" fill="#ccc"><path d="M5.01092527,5.99908429 L16.0088498,5.99908429 L16.136,9.508 L20.836,4.752 L16.136,0.083 L16.1360004,3.01110845 L2.09985349,3.01110845 Z"></path></svg></a></div>
          </footer>
        </article>

        <div id="notes">
          <h3 class="notes-title">{NOTES_TITLE}</h3>
          {_notes(n, post_id, page)}
        </div>

        <nav class="pagination">
          <a class="newer" href="{HOST}/post/{int(post_id) + 52218}">{PAGINATION[0]}</a>
          <a class="older" href="{HOST}/post/{int(post_id) - 61937}">{PAGINATION[1]}</a>
        </nav>
      </div>

      <aside id="sidebar">
        <div class="widget about">
          <h3>عن المدونة</h3>
          <p>{ABOUT}</p>
        </div>
        <div class="widget submit">
          <h3>{SUBMIT[0]}</h3>
          <p>{SUBMIT[1]}</p>
          <a class="button" href="/submit">{SUBMIT[2]}</a>
        </div>
        <div class="widget numbers">
          <h3>{NUMBERS[0]}</h3>
          <ul>{numbers}</ul>
        </div>
        <div class="widget search">
          <form action="/search" method="get"><input type="text" name="q" value="" placeholder="ابحث في المدونة"><button type="submit" aria-label="بحث"></button></form>
        </div>
        <div class="widget topics">
          <h3>{TOPICS[0]}</h3>
          <p>{topics}</p>
        </div>
      </aside>
    </div>

    <footer id="footer">
      <p>{FOOTER[0]}</p>
      <p><a href="https://www.tumblr.com/">{FOOTER[1]}</a></p>
      <p>{FOOTER[2]}</p>
    </footer>
  </div>

<!-- BEGIN TUMBLR CODE --><iframe scrolling="no" width="1" height="1" frameborder="0" style="background-color:transparent; overflow:hidden; position:absolute; top:0; left:0; z-index:9999;" id="ga_target"></iframe><script type="text/javascript">
    (function(){{
        var analytics_frame = document.getElementById('ga_target');
        var analytics_iframe_loaded;
        var user_logged_in;
        var blog_is_nsfw = 'No';
        analytics_frame.src = "https://secure.assets.tumblr.com/analytics.html?e4b1c0d2a75f39e8b61d0c3a2f4e9b17#{HOST}";
    }})();
</script>{_pixel(permalink, "url", post_id)}{_pixel(permalink, "post", post_id)}<iframe id="tumblr_controls" class="tumblr_controls" width="1" height="1" frameborder="0" scrolling="no" src="https://secure.assets.tumblr.com/assets/html/iframe/o.html?_v=fcf4abb1678c045656fdf3cc23b62713#src={controls}&amp;pid={post_id}&amp;rk={rk}&amp;lang=en_US&amp;name={BLOG}&amp;avatar={avatar64}&amp;title={quote(TITLE)}&amp;url={quote(HOST + '/', safe='')}&amp;page_slide=no_slide"></iframe><div id="teaser_iframe_container" style="display:none;"><iframe scrolling="no" frameborder="0" src="https://www.tumblr.com/assets/html/iframe/teaser.html?_v=9eb77f034c39fdbdf755c448cd096be2#src={controls}&amp;lang=en_US&amp;name={BLOG}" id="teaser_iframe" width="1" height="1"></iframe></div><!--[if IE]><script type="text/javascript">document.getElementById('tumblr_controls').allowTransparency=true;</script><![endif]--><!-- END TUMBLR CODE -->
</body>
</html>
"""
    return page
