"""A Lebanese news site ("الأرز نيوز") that feeds Facebook Instant Articles and exposes each
story's IA document at `/instant/<id>`: the article content of its IA RSS feed, one full HTML
document per story, with no site navigation at all. `<!doctype html>`, `<html lang="ar"
dir="rtl" prefix="op: http://media.facebook.com/op#">`, a comment naming the feed generator,
and a head of IA meta only (`meta charset`, `op:markup_version` v1.0, `fb:article_style`,
`link rel=canonical` to the site's `/article/<id>`, `fb:use_automatic_ad_placement`,
`fb:likes_and_comments`): no title, no og tags, no JSON-LD. The body is one `<article>`:
`<header>` holds the cover `<figure>` (`<img>` and a `<figcaption>` with the photo's caption
and a `<cite>` credit, "تصوير: ..." or "(أ ف ب)"; page 3 has no photo), `<h1>` the headline,
`<h2>` the standfirst (written for IA, not part of the story), `<h3 class="op-kicker">` the
section, `<address><a>writer</a></address>` (page 2 adds the writer's beat after the link;
page 3, desk copy, has no address), `<time class="op-published" datetime="...">` whose text
is the site's one date format, weekday, day, Levantine and Egyptian month names and the
clock ("الثلاثاء 23 كانون الثاني/يناير 2024 - 08:40"), `<time class="op-modified"
dateTime="...">` in the same format (same day on page 1, the next day on page 2, none on
page 3), and `<figure class="op-ad op-ad-default">` with the Audience Network iframe. Then the
story as bare `<p>`s (an inline `<a>` or `<b>` here and there), interrupted by an `<aside>`
pull quote that repeats a quoted sentence of the story with a `<cite>` speaker, and by an
embed: page 1 an Instagram reel of the outlet's own account in `<figure class="op-social">`
(its "عرض هذا المنشور على Instagram" / "تمت مشاركة منشور بواسطة ..." lines), page 2 a
Datawrapper chart in `<figure class="op-interactive">` with its figcaption and "المصدر: ..."
cite; page 2 ends the paragraphs with a WhatsApp-channel `<p>` and page 3 carries an "اقرأ
أيضاً:" `<p>` mid-story, both chrome. `<figure class="op-tracker">` iframes hold the GA4
script (page 2 also Chartbeat's FIA script). `<footer>`: `<aside>` credits ("إعداد: ..."),
`<small>` copyright, `<ul class="op-related-articles" title="مقالات ذات صلة">` of three
links. Lebanon is +02:00 in winter and +03:00 in summer; the datetime attributes carry it."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .base import LEVANTINE, MONTHS, Article, Page, e, weekday

NAME = "fb_instant_article"
HELD_OUT = True
SET = "unseen11"
FAMILY = "Lebanese outlet's Facebook Instant Articles documents (/instant/<id>): op-published/op-modified time, op-kicker, header h2 standfirst, aside pull quote, op-social/op-interactive/op-tracker figures, footer credits + op-related-articles"
HOST = "https://www.arz-online.example"
SITE = "الأرز نيوز"
COPYRIGHT = f"© 2024 {SITE}. جميع الحقوق محفوظة"
RELATED_TITLE = "مقالات ذات صلة"
GA = "G-7QK2LBN4RS"
PLACEMENT = "1184392071627750_1184398218293802"
STANDFIRST = {
    "703118": "المنخفض يستمر حتى الخميس… وآليات الأشغال والدفاع المدني في سباق مع العاصفة",
    "731907": "حجوزات قصيرة ومغتربون في الطليعة… والفنادق القريبة من الحدود خارج الموسم",
    "718452": "37 إصابة منذ آذار… والمرحلة الثانية تشمل الشمال والجنوب في أيار",
}
CREDIT = {"703118": "تصوير: مروان عساف", "731907": "(أ ف ب)"}
CREDITS = {"703118": "إعداد: ريما الحاج | تصوير: مروان عساف",
           "731907": "إعداد: جاد فرحات | غرافيك: وحدة البيانات في الأرز نيوز",
           "718452": "إعداد: قسم الأخبار المحلية"}
BEAT = {"731907": "مراسل الشؤون الاقتصادية"}
# the pull quote: (the paragraph it follows, the quoted words as the story has them, who)
PULL = {"703118": (1, "«المنخفض سيستمر حتى مساء الخميس، مع أمطار غزيرة على الساحل ورياح "
                      "تتجاوز سرعتها 70 كيلومترا في الساعة»", "رئيس مصلحة الأرصاد الجوية"),
        "731907": (0, "«الموسم لم يصل إلى مستويات عام 2019، لكنه أفضل بكثير مما توقعناه في "
                      "الربيع»", "نقيب أصحاب الفنادق"),
        "718452": (1, "«معظم الإصابات سجلت لدى أطفال لم يتلقوا الجرعة الثانية من اللقاح»",
                   "مديرة البرنامج الوطني للتلقيح")}
# words the CMS printed as a link or in bold: (paragraph, words, tag, href)
INLINE = {"703118": (1, "غرفة التحكم المروري", "a", f"{HOST}/tag/{quote('التحكم-المروري')}"),
          "731907": (4, "وزير السياحة", "a", f"{HOST}/tag/{quote('وزارة-السياحة')}"),
          "718452": (0, "180 ألف تلميذ", "b", "")}
MODIFIED = {1: timedelta(hours=3, minutes=15), 2: timedelta(hours=22, minutes=25)}
IG_SHOWN = "عرض هذا المنشور على Instagram"
IG_BY = f"تمت مشاركة منشور بواسطة {SITE} (@alarznews)"
CHART = ("نسب الإشغال في الفنادق خلال الأسبوعين الأولين من تموز 2024 حسب المنطقة",
         "المصدر: نقابة أصحاب الفنادق في لبنان")
WHATSAPP = f"تابعوا «{SITE}» على واتساب لتصلكم الأخبار لحظة بلحظة"
READ_ALSO = "اقرأ أيضاً:"
SECTIONS = {"محليات": "local", "اقتصاد": "economy", "صحة": "health"}


def shown(moment: datetime) -> str:
    """The site's one date format: weekday, day, Levantine/Egyptian month, year - clock."""
    month = f"{LEVANTINE[moment.month - 1]}/{MONTHS[moment.month - 1]}"
    return f"{weekday(moment)} {moment.day} {month} {moment.year} - {moment:%H:%M}"


def _paragraph(article: Article, k: int, text: str) -> str:
    inline = INLINE.get(article.slug)
    if not inline or inline[0] != k or inline[1] not in text:
        return f"<p>{e(text)}</p>"
    before, _, after = text.partition(inline[1])
    _, words, tag, href = inline
    run = f'<a href="{e(href)}">{e(words)}</a>' if tag == "a" else f"<b>{e(words)}</b>"
    return f"<p>{e(before)}{run}{e(after)}</p>"


def _instagram() -> str:
    link = "https://www.instagram.com/reel/C2ZkR8vNq4T/?utm_source=ig_embed&amp;utm_campaign=loading"
    return f"""<figure class="op-social">
        <iframe>
          <blockquote class="instagram-media" data-instgrm-permalink="{link}" data-instgrm-version="14" style=" background:#FFF; border:0; border-radius:3px; box-shadow:0 0 1px 0 rgba(0,0,0,0.5),0 1px 10px 0 rgba(0,0,0,0.15); margin: 1px; max-width:540px; min-width:326px; padding:0; width:99.375%; width:-webkit-calc(100% - 2px); width:calc(100% - 2px);"><div style="padding:16px;"> <a href="{link}" style=" background:#FFFFFF; line-height:0; padding:0 0; text-align:center; text-decoration:none; width:100%;" target="_blank"> <div style=" display: flex; flex-direction: row; align-items: center;"> <div style="background-color: #F4F4F4; border-radius: 50%; flex-grow: 0; height: 40px; margin-right: 14px; width: 40px;"></div> <div style="display: flex; flex-direction: column; flex-grow: 1; justify-content: center;"> <div style=" background-color: #F4F4F4; border-radius: 4px; flex-grow: 0; height: 14px; margin-bottom: 6px; width: 100px;"></div> <div style=" background-color: #F4F4F4; border-radius: 4px; flex-grow: 0; height: 14px; width: 60px;"></div></div></div><div style="padding: 19% 0;"></div> <div style="display:block; height:50px; margin:0 auto 12px; width:50px;"><svg width="50px" height="50px" viewBox="0 0 60 60" version="1.1" xmlns="https://www.w3.org/2000/svg" xmlns:xlink="https://www.w3.org/1999/xlink"><g stroke="none" stroke-width="1" fill="none" fill-rule="evenodd"><g transform="translate(-511.000000, -20.000000)" fill="#000000"><g><path d="M556.869,30.41 C554.814,30.41 553.148,32.076 553.148,34.131 C553.148,36.186 554.814,37.852 556.869,37.852 C558.924,37.852 560.59,36.186 560.59,34.131 C560.59,32.076 558.924,30.41 556.869,30.41"></path></g></g></g></svg></div><div style="padding-top: 8px;"> <div style=" color:#3897f0; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:550; line-height:18px;">{IG_SHOWN}</div></div><div style="padding: 12.5% 0;"></div></a><p style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; line-height:17px; margin-bottom:0; margin-top:8px; overflow:hidden; padding:8px 0 7px; text-align:center; text-overflow:ellipsis; white-space:nowrap;"><a href="{link}" style=" color:#c9c8cd; font-family:Arial,sans-serif; font-size:14px; font-style:normal; font-weight:normal; line-height:17px; text-decoration:none;" target="_blank">{e(IG_BY)}</a></p></div></blockquote>
          <script async src="//www.instagram.com/embed.js"></script>
        </iframe>
      </figure>"""


def _chart() -> str:
    return f"""<figure class="op-interactive">
        <iframe class="column-width" width="320" height="362" src="https://datawrapper.dwcdn.net/Xk3Pq/2/"></iframe>
        <figcaption>{e(CHART[0])}<cite>{e(CHART[1])}</cite></figcaption>
      </figure>"""


def _trackers(article: Article, n: int, canonical: str) -> str:
    ga = f"""<figure class="op-tracker">
        <iframe>
          <script async src="https://www.googletagmanager.com/gtag/js?id={GA}"></script>
          <script>
            window.dataLayer = window.dataLayer || [];
            function gtag(){{dataLayer.push(arguments);}}
            gtag('js', new Date());
            gtag('config', '{GA}', {{
              page_title: ia_document.title,
              page_location: '{canonical}',
              page_referrer: ia_document.referrer,
              campaign_source: 'facebook',
              campaign_medium: 'instant_articles',
              content_group: '{SECTIONS[article.section]}'
            }});
          </script>
        </iframe>
      </figure>"""
    if n != 2:
        return ga
    return ga + f"""
      <figure class="op-tracker">
        <iframe hidden>
          <script>
            var _sf_async_config = _sf_async_config || {{}};
            _sf_async_config.uid = 65821;
            _sf_async_config.domain = 'arz-online.example';
            _sf_async_config.useCanonical = true;
            _sf_async_config.sections = '{SECTIONS[article.section]}';
            _sf_async_config.path = '/article/{article.slug}';
            _sf_async_config.title = ia_document.title;
            _sf_async_config.referrer = ia_document.referrer;
          </script>
          <script defer src="//static.chartbeat.com/js/chartbeat_fia.js"></script>
        </iframe>
      </figure>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    aid = article.slug
    url = f"{HOST}/instant/{aid}"
    canonical = f"{HOST}/article/{aid}"
    published = shown(moment)
    page = Page(url=url, html="", shown_date=published)
    has_photo = article.caption != "-"
    credit = CREDIT.get(aid, "")
    beat = BEAT.get(aid, "")
    modified = moment + MODIFIED[n] if n in MODIFIED else None
    pull_after, pull, speaker = PULL[aid]
    page.add(STANDFIRST[aid], article.section, article.author or "", beat, published,
             shown(modified) if modified else "", article.caption if has_photo else "",
             credit if has_photo else "", pull, speaker, CREDITS[aid], COPYRIGHT,
             *article.related)  # RELATED_TITLE is only the list's title attribute

    cover = (f"""<figure>
          <img src="{HOST}/uploads/images/{moment:%Y/%m/%d}/{aid}-cover.jpg" />
          <figcaption>{e(article.caption)}
            <cite>{e(credit)}</cite>
          </figcaption>
        </figure>
        """ if has_photo else "")
    if article.author:
        link = (f'<a href="https://www.facebook.com/{aid}.writer" rel="facebook">'
                if beat else "<a>")
        address = (f"<address>{link}{e(article.author)}</a>{' ' + e(beat) if beat else ''}"
                   "</address>\n        ")
    else:
        address = ""
    modified_html = (f'\n        <time class="op-modified" dateTime="{modified.isoformat()}">'
                     f"{shown(modified)}</time>" if modified else "")

    blocks = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        blocks.append(_paragraph(article, k, text))
        if k == pull_after:
            blocks.append(f"<aside>{e(pull)}<cite>{e(speaker)}</cite></aside>")
        if k == 2 and n == 1:
            page.add(IG_SHOWN, IG_BY)
            blocks.append(_instagram())
        if k == 2 and n == 2:
            page.add(*CHART)
            blocks.append(_chart())
        if k == 2 and n == 3:
            also = article.related[2]
            page.add(READ_ALSO, f"{READ_ALSO} {also}")
            blocks.append(f'<p><b>{READ_ALSO}</b> <a href="{HOST}/article/{int(aid) - 1184}">'
                          f"{e(also)}</a></p>")
    if n == 2:
        page.add(WHATSAPP)
        blocks.append(f'<p><a href="https://whatsapp.com/channel/0029VaL7rTx4yltPa5Hq2k3B">'
                      f"{e(WHATSAPP)}</a></p>")
    body = "\n      ".join(blocks)
    related = "\n          ".join(
        f'<li><a href="{HOST}/article/{int(aid) - 37 * (k + 1) - k}">{e(r)}</a></li>'
        for k, r in enumerate(article.related))

    page.html = f"""<!doctype html>
<html lang="ar" dir="rtl" prefix="op: http://media.facebook.com/op#">
  <!-- alarz-cms instant-articles feed 2.4.1 / item {aid} -->
  <head>
    <meta charset="utf-8">
    <meta property="op:markup_version" content="v1.0">
    <meta property="fb:article_style" content="default">
    <link rel="canonical" href="{canonical}">
    <meta property="fb:use_automatic_ad_placement" content="enable=true ad_density=default">
    <meta property="fb:likes_and_comments" content="enable">
  </head>
  <body>
    <article>
      <header>
        {cover}<h1>{e(article.headline)}</h1>
        <h2>{e(STANDFIRST[aid])}</h2>
        <h3 class="op-kicker">{e(article.section)}</h3>
        {address}<time class="op-published" datetime="{moment.isoformat()}">{published}</time>{modified_html}
        <figure class="op-ad op-ad-default">
          <iframe width="300" height="250" style="border:0; margin:0;" src="https://www.facebook.com/adnw_request?placement={PLACEMENT}&amp;adtype=banner300x250"></iframe>
        </figure>
      </header>

      {body}

      {_trackers(article, n, canonical)}

      <footer>
        <aside>{e(CREDITS[aid])}</aside>
        <small>{e(COPYRIGHT)}</small>
        <ul class="op-related-articles" title="{RELATED_TITLE}">
          {related}
        </ul>
      </footer>
    </article>
  </body>
</html>
"""
    return page
