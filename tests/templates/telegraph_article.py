"""A Sudanese Telegram news channel ("الخرطوم اليوم | أخبار السودان", @KhartoumTodayNews) that
puts each long story on a Telegraph page (telegra.ph) and posts the link in the channel: the page
exactly as telegra.ph serves it. The head: `<title>headline – Telegraph</title>`, the mobile
meta, `og:type` article, `og:title`, `og:description` (the first lines of the page's text, here
the channel's own source or byline line where it opens the content), `og:image` (the first
figure's `/file/...` image, empty when there is none), `og:site_name` Telegraph,
`article:published_time` / `article:modified_time` / `article:author` (the channel), the
twitter card, the canonical link, Telegraph's favicons and `quill.core.min.css` /
`core.min.css`. No JSON-LD, no generator. The body: `div.tl_page_wrap` > `div.tl_page` >
`main.tl_article`: `header.tl_article_header[dir=auto]` with the headline in `<h1>` and an
`<address>` holding the channel's name as `a[rel=author]` (its t.me link) and, after a
`<!-- -->` comment, `<time datetime="2024-03-04T08:20:00+0000">March 04, 2024</time>`: the
page's creation time in UTC, English month, the day always two digits (the page's inline
script rewrites it the same way). Then `article#_tl_editor.tl_article_content`, all on one
line as the editor saves it: the headline again as `<h1>headline<br></h1>`, the channel again
as `<address><a ...>name</a><br></address>`, then the blocks. What the channel types around
the story is chrome: a bold source line ("المصدر: وكالة السودان للأنباء (سونا) - بورتسودان"
before the lead on page 1, "متابعات: الخرطوم اليوم" after the last paragraph on page 3), a bold
byline "كتب: عمر الفاتح البشير" opening page 2 (the writer, so the spec names him; pages 1 and
3 are agency/wire copy, `author: -`; the `rel=author` link is always the channel), an empty
`<p><br></p>` spacer (page 1), an `<hr>` (page 3), the hashtags line ("#السودان #اقتصاد
#القمح", the spec's tags), the line asking readers to join the channel (its handle linked), and
"اقرأ أيضاً" (an `<h4>` on pages 1 and 3, a bold "📌 اقرأ أيضاً" paragraph on page 2) over a
`<ul>` of links to the channel's other Telegraph pages. The story itself: the lead and
paragraphs as `<p>`s, a `<figure><img src="/file/<hex>.jpg"><figcaption>caption</figcaption>
</figure>` before the text on pages 1 and 3 (the caption is chrome), a paragraph that quotes
someone (": «") set as a `<blockquote>` (pages 1 and 2, part of the story), and on pages 1 and
2 an official body's name inside a paragraph linked to its Telegram channel (the words read the
same). After the article: `#_tl_link_tooltip`, the editor's `#_tl_tooltip` and `#_tl_blocks`,
`aside.tl_article_buttons` (Edit / Publish), the page footer "Report content on this page" and
the hidden `#_report_popup` form (Report Page, its reasons, the DMCA note, Cancel / Report),
then the `var T={"apiUrl":...,"datetime":<unix>,"pageId":...}` script, jQuery, quill, core.js and
the `t.me/_websync_` script. Dates: Sudan is at +02:00 and Telegraph shows UTC. Page 1 (10:20
local, 08:20 UTC) and page 3 (16:45 local, 14:45 UTC) show the story's own day ("March 04,
2024", "November 09, 2024"). Page 2's story was filed at 00:35 on 23 July in Atbara, which is
22:35 UTC on 22 July: the page shows "July 22, 2024" and its path ends "-07-22" (Telegraph
dates the path in UTC too), and nothing on it gives Sudan's offset, so the spec gives that
instant in UTC and `published` is the day a reader sees, 2024-07-22. Page 3 was
edited two hours after it went up: `article:modified_time` differs (not shown)."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, timedelta
from urllib.parse import quote

from .base import Article, Page, e

NAME = "telegraph_article"
HELD_OUT = True
SET = "unseen11"
FAMILY = "Sudanese Telegram channel's telegra.ph pages: tl_article header (channel as rel=author, UTC time 'March 04, 2024'), #_tl_editor blocks, channel source/byline, hashtags, join line, اقرأ أيضاً list"
HOST = "https://telegra.ph"
CHANNEL = "الخرطوم اليوم | أخبار السودان"
HANDLE = "KhartoumTodayNews"
CHANNEL_URL = f"https://t.me/{HANDLE}"
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
SOURCE = {1: "المصدر: وكالة السودان للأنباء (سونا) - بورتسودان", 3: "متابعات: الخرطوم اليوم"}
JOIN = {1: "للمزيد تابعونا على قناتنا في تلغرام: ",
        2: "🔔 انضموا إلى قناتنا على تلغرام ليصلكم الخبر أولاً بأول: ",
        3: "للمزيد تابعونا على قناتنا في تلغرام: "}
READ_ALSO = {1: "اقرأ أيضاً:", 2: "📌 اقرأ أيضاً", 3: "اقرأ أيضاً:"}
# an official body named in the story, linked to its own Telegram channel by the channel's editor
LINKS = {1: ("هيئة الموانئ البحرية", "https://t.me/SeaPortsCorporationSD"),
         2: ("وزارة الري والموارد المائية", "https://t.me/MoIWR_Sudan")}
EDIT, PUBLISH = "Edit", "Publish"
REPORT_BUTTON = "Report content on this page"
REPORT_HEADER = "Report Page"
REASONS = (("violence", "Violence"), ("childabuse", "Child Abuse"), ("copyright", "Copyright"),
           ("illegal_drugs", "Illegal Drugs"), ("personal_details", "Personal Details"),
           ("other", "Other"))
DMCA = "Please submit your DMCA takedown request to dmca@telegram.org"
CANCEL, REPORT = "Cancel", "Report"


def _hex(*key: object, size: int = 20) -> str:
    return hashlib.sha1("|".join(map(str, key)).encode("utf-8")).hexdigest()[:size]


def _shown(moment) -> str:
    """Telegraph's date: English month, two-digit day, in UTC."""
    return f"{ENGLISH_MONTHS[moment.month - 1]} {moment:%d}, {moment.year}"


def _stamp(moment) -> str:
    return f"{moment:%Y-%m-%dT%H:%M:%S}+0000"


def _path(title: str, moment) -> str:
    """A Telegraph path from a title: its words (punctuation dropped) joined by '-', then the
    UTC month and day."""
    words = [re.sub(r"[^\w]", "", w) for w in title.split()][:6]
    return "-".join(w for w in words if w) + f"-{moment:%m-%d}"


def _paragraph(text: str, n: int) -> str:
    link = LINKS.get(n)
    if link and link[0] in text:
        before, _, after = text.partition(link[0])
        inner = f'{e(before)}<a href="{link[1]}" target="_blank">{e(link[0])}</a>{e(after)}'
    else:
        inner = e(text)
    if ": «" in text:
        return f"<blockquote>{inner}</blockquote>"
    return f"<p>{inner}</p>"


def render(article: Article, n: int) -> Page:
    utc = article.moment.astimezone(UTC)
    modified = utc + timedelta(hours=2, minutes=10) if n == 3 else utc
    path = article.slug
    url = f"{HOST}/{path}"
    shown = _shown(utc)
    page = Page(url=url, html="", shown_date=shown)
    has_photo = article.caption != "-"
    image = f"/file/{_hex(path, 'img')}.jpg" if has_photo else ""
    source = SOURCE.get(n, "")
    byline = f"كتب: {article.author}" if article.author else ""
    hashtags = " ".join("#" + t.replace(" ", "_") for t in article.tags)
    join = JOIN[n] + f"@{HANDLE}"
    related_paths = [_path(title, utc - timedelta(days=2 + 3 * k, hours=5 * k))
                     for k, title in enumerate(article.related)]
    page.add(CHANNEL, shown, article.caption if has_photo else "", source, byline, hashtags,
             join, READ_ALSO[n], *article.related, EDIT, PUBLISH, REPORT_BUTTON, REPORT_HEADER,
             *(label for _, label in REASONS), DMCA, CANCEL, REPORT)

    blocks = [f"<h1>{e(article.headline)}<br></h1>",
              f'<address><a href="{CHANNEL_URL}" target="_blank">{e(CHANNEL)}</a><br></address>']
    if has_photo:
        blocks.append(f'<figure><img src="{image}"><figcaption>{e(article.caption)}'
                      "</figcaption></figure>")
    if byline:
        blocks.append(f"<p><strong>{e(byline)}</strong></p>")
    if source and n == 1:
        blocks.append(f"<p><strong>{e(source)}</strong></p>")
    blocks.extend(_paragraph(text, n) for text in (article.lead, *article.paragraphs))
    if source and n != 1:
        blocks.append(f"<p><strong>{e(source)}</strong></p>")
    blocks.append("<hr>" if n == 3 else "<p><br></p>" if n == 1 else "")
    blocks.append(f"<p>{e(hashtags)}</p>")
    blocks.append(f'<p>{e(JOIN[n])}<a href="{CHANNEL_URL}" target="_blank">@{HANDLE}</a></p>')
    blocks.append(f"<p><strong>{e(READ_ALSO[n])}</strong></p>" if n == 2
                  else f"<h4>{e(READ_ALSO[n])}</h4>")
    blocks.append("<ul>" + "".join(
        f'<li><a href="/{quote(p)}">{e(title)}</a></li>'
        for title, p in zip(article.related, related_paths, strict=True)) + "</ul>")
    content = "".join(blocks)

    first = [t for t in (byline, source if n == 1 else "", article.lead) if t]
    description = "\n".join(first)
    if len(description) > 200:
        description = description[:200].rsplit(" ", 1)[0]
    og_image = f"{HOST}{image}" if image else ""
    quoted = quote(path)
    page_id = _hex(path, "page", size=21)
    reasons = "\n".join(
        f"""              <label class="tl_radio_item">
                <input type="radio" class="radio" name="reason" value="{value}">
                <span class="tl_radio_item_label">{label}</span>
              </label>""" for value, label in REASONS)
    subject = quote(f'Report to Telegraph page "{article.headline}"')
    mail_body = quote(f"Reported page: {url}\n\n\n", safe="")
    page.html = f"""<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{e(article.headline)} – Telegraph</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
    <meta name="format-detection" content="telephone=no" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="MobileOptimized" content="176" />
    <meta name="HandheldFriendly" content="True" />
    <meta name="robots" content="index, follow" />
    <meta property="og:type" content="article">
    <meta property="og:title" content="{e(article.headline)}">
    <meta property="og:description" content="{e(description)}">
    <meta property="og:image" content="{og_image}">
    <meta property="og:site_name" content="Telegraph">
    <meta property="article:published_time" content="{_stamp(utc)}">
    <meta property="article:modified_time" content="{_stamp(modified)}">
    <meta property="article:author" content="{e(CHANNEL)}">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="{e(article.headline)}">
    <meta name="twitter:description" content="{e(description)}">
    <meta name="twitter:image" content="{og_image}">
    <link rel="canonical" href="{url}" />
    <link rel="shortcut icon" href="/favicon.ico?1" type="image/x-icon">
    <link rel="icon" type="image/png" href="/images/favicon.png?1" sizes="16x16">
    <link rel="icon" type="image/png" href="/images/favicon_2x.png?1" sizes="32x32">
    <link href="/css/quill.core.min.css" rel="stylesheet">
    <link href="/css/core.min.css?47" rel="stylesheet">
  </head>
  <body>
    <div class="tl_page_wrap">
      <div class="tl_page">
        <main class="tl_article">
          <header class="tl_article_header" dir="auto">
            <h1>{e(article.headline)}</h1>
            <address>
              <a rel="author" href="{CHANNEL_URL}" target="_blank">{e(CHANNEL)}</a><!--
           --><time datetime="{_stamp(utc)}">{shown}</time>
            </address>
          </header>
          <article id="_tl_editor" class="tl_article_content">{content}</article>
          <div id="_tl_link_tooltip" class="tl_link_tooltip"></div>
          <div id="_tl_tooltip" class="tl_tooltip">
            <div class="buttons">
              <span class="button_hover"></span>
              <span class="button_group"><!--
             --><button id="_bold_button"></button><!--
             --><button id="_italic_button"></button><!--
             --><button id="_link_button"></button><!--
           --></span><!--
           --><span class="button_group"><!--
             --><button id="_header_button"></button><!--
             --><button id="_subheader_button"></button><!--
             --><button id="_quote_button"></button><!--
           --></span>
            </div>
            <div class="prompt">
              <span class="close"></span>
              <div class="prompt_input_wrap"><input type="url" class="prompt_input" /></div>
            </div>
          </div>
          <div id="_tl_blocks" class="tl_blocks">
            <div class="buttons">
              <button id="_image_button"></button><!--
           --><button id="_embed_button"></button>
            </div>
          </div>
          <aside class="tl_article_buttons">
            <div class="account account_top"></div>
            <button id="_edit_button" class="button edit_button">{EDIT}</button><!--
         --><button id="_publish_button" class="button publish_button">{PUBLISH}</button>
            <div class="account account_bottom"></div>
            <div id="_error_msg" class="error_msg"></div>
          </aside>
        </main>
      </div>
          <div class="tl_page_footer">
      <div id="_report_button" class="tl_footer_button">{REPORT_BUTTON}</div>
    </div>
    </div>
      <div class="tl_popup tl_popup_hidden" id="_report_popup">
    <main class="tl_popup_body tl_report_popup">
      <form id="_report_form" method="post">
        <section>
          <h2 class="tl_popup_header">{REPORT_HEADER}</h2>
          <div class="tl_radio_items">
{reasons}
          </div>
          <div class="tl_textfield_item tl_comment_field">
            <input type="text" class="tl_textfield" name="comment" value="" placeholder="Add Comment…">
          </div>
          <div class="tl_copyright_field">
            Please submit your DMCA takedown request to <a href="mailto:dmca@telegram.org?subject={subject}&body={mail_body}" target="_blank">dmca@telegram.org</a>
          </div>
        </section>
        <aside class="tl_popup_buttons">
          <button type="reset" class="button" id="_report_cancel">{CANCEL}</button>
          <button type="submit" class="button submit_button">{REPORT}</button>
        </aside>
      </form>
    </main>
  </div>
    <script>var T={{"apiUrl":"https:\\/\\/edit.telegra.ph","datetime":{int(utc.timestamp())},"pageId":"{page_id}","editable":true}};(function(){{var b=document.querySelector('time');if(b&&T.datetime){{var a=new Date(1E3*T.datetime),d='January February March April May June July August September October November December'.split(' ')[a.getMonth()],c=a.getDate();b.innerText=d+' '+(10>c?'0':'')+c+', '+a.getFullYear()}}}})();</script>
    <script src="/js/jquery.min.js"></script>
    <script src="/js/jquery.selection.min.js"></script>
    <script src="/js/autosize.min.js"></script>
    <script src="/js/load-image.all.min.js?1"></script>
    <script src="/js/quill.min.js?9"></script>
    <script src="/js/core.min.js?65"></script>
    <script async src="https://t.me/_websync_?path={quoted}&hash={_hex(path, 'sync', size=18)}"></script>
  </body>
</html>
"""
    return page
