"""An Arabic tech community forum on Discourse ("مجتمع تقنية"), a topic in its "أخبار"
category where a member reposts a news item from an online paper, as Discourse serves it to
crawlers (the no-JS view, `<body class="crawler ">`). The head: `<title>` "headline - أخبار -
مجتمع تقنية", the Discourse generator meta, the RTL stylesheets, og/twitter meta (the
description is the first post's excerpt cut at ~200 characters with "…",
`og:article:section`, `og:article:tag`, the reading-time/likes twitter labels) and
`article:published_time` in UTC, plus a JSON-LD `DiscussionForumPosting`. The body: a bare
`<header>` with the logo, then `<div id="main-outlet" class="wrap" role="main">`:
`#topic-title` with `<h1><a href="/t/topic/<id>">` (the forum slugs Arabic titles as "topic"),
the category badge (BreadcrumbList, "أخبار") and the `discourse-tags` list (tags written with
hyphens). Each post is a `div.topic-body.crawler-post` carrying
`itemtype="http://schema.org/DiscussionForumPosting"` (replies add `itemprop="comment"`):
`crawler-post-meta` with the poster's username in `span.creator` (page 1 adds the display name
in brackets), `time.post-time` in the forum's +03:00 ("19 فبراير 2024, 10:25ص") with the UTC
`datetime` and `<meta itemprop="datePublished" content="...Z">` (page 2's story was posted at
01:40 local, so its UTC instant is the day before), the post number, then `div.post`
(itemprop="text") with `<p>`s and `span.post-likes` ("7 إعجابات", Arabic plural forms).
The first post is the story: page 1 opens with a "بقلم: ... – صحيفة الأفق الرقمي" byline
paragraph (the only page naming the writer) and ends with "المصدر: ..." and an
`aside.onebox` link preview (site name, its own title and description); page 2 links a phrase
inline, ends with "المصدر: ..." and the poster's question; page 3 opens with the onebox, bolds
the company name and ends with the poster's question. Then 2-4 replies by other members
(mentions, a quote `aside.quote` of a story sentence on page 2), the "مواضيع ذات صلة" table
(titles, badges, reply and view counts, activity months) and the footer `nav.crawler-nav` and
"مدعوم بواسطة Discourse..." line. All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "discourse_news_topic"
HELD_OUT = True
SET = "unseen12"
FAMILY = "Discourse forum topic (crawler view) reposting a news item: crawler-post posts, post-time +03:00 vs UTC meta, onebox, replies, related topics"
HOST = "https://community.taqniya.example"
SITE = "مجتمع تقنية"
CATEGORY = ("أخبار", "/c/news/7", "0E76BD")
OUTLET = "صحيفة الأفق الرقمي"
OUTLET_HOST = "alufuq-digital.example"
POSTERS = (("tariq_alharbi", "طارق الحربي"), ("nawaf.dev", ""), ("m_alshehri", ""))
LIKES = (7, 3, 12)
BYLINE = "بقلم: سارة القحطاني – " + OUTLET
SOURCE = "المصدر: " + OUTLET
QUESTION = {2: "ما رأيكم في تكرار هذه الأعطال؟ هل حصل معكم شيء مشابه أمس؟",
            3: "ما رأيكم؟ هل سينعكس هذا على أسعار الاستضافة محليا؟"}
ONEBOX = {
    1: ("3200 طالب في أكبر مسابقة جامعية للأمن السيبراني",
        "تنافس 800 فريق من الجامعات السعودية في تصفيات التقاط العلم، والنهائيات في مارس"),
    3: ("مركز بيانات جديد في الدمام باستثمارات 2.6 مليار ريال",
        "الشركة تعتمد التبريد بالسوائل وتستهدف تطبيقات الذكاء الاصطناعي"),
}
# (page) -> phrase of a story paragraph the poster wrapped in a link / in bold: (index, words)
LINKED = {2: (1, "الشركة المشغلة لشبكة المدفوعات")}
BOLD = {3: (0, "سحاب الشرق للحوسبة")}
QUOTED = {2: (2, "ستعاد المبالغ تلقائيا دون الحاجة إلى تقديم طلب")}
REPLIES = {
    1: (("faisal_sec", 55, 4, "مبادرة ممتازة، شاركت في الدورة الماضية واستفدت كثيرا من التحديات."),
        ("hind.codes", 140, 9, "جميل أن نسبة الطالبات وصلت إلى هذا المستوى، بالتوفيق للجميع 👏"),
        ("abu_yazan", 1490, 0, "هل التسجيل متاح لطلاب الدبلوم أم للبكالوريوس فقط؟")),
    2: (("sultan_pay", 25, 5, "حصل معي في محطة الوقود بالضبط، واضطررت للتحويل من الجوال."),
        ("reem_q", 610, 2, "نفس الشيء، والمبلغ رجع لي اليوم الصباح الحمد لله.")),
    3: (("dc_engineer", 35, 6, "التبريد بالسوائل صار ضرورة مع كثافة خوادم الذكاء الاصطناعي."),
        ("omar.cloud", 95, 3, "الأهم الأسعار، الاستضافة المحلية ما زالت أغلى من الخارج."),
        ("lama_tech", 300, 1, "خبر مبشر لخريجي المنطقة الشرقية."),
        ("khalid_ops", 2900, 0, "ننتظر التفاصيل عن الربط مع مزودي الاتصالات.")),
}
RELATED_TITLE = "مواضيع ذات صلة"
RELATED_HEAD = ("الموضوع", "الردود", "المشاهدات", "النشاط")
RELATED_STATS = (("14", "1.2k"), ("6", "874"), ("23", "3.1k"))
NAV = (("/", "الصفحة الرئيسية"), ("/categories", "الفئات"), ("/guidelines", "الإرشادات"),
       ("/tos", "شروط الخدمة"), ("/privacy", "سياسة الخصوصية"))
POWERED = "مدعوم بواسطة Discourse، ويُفضَّل تصفحه مع تفعيل JavaScript"
LOCAL = timedelta(hours=3)


def _shown(moment) -> str:
    """The forum's own format, in its +03:00: "19 فبراير 2024, 10:25ص"."""
    local = moment.astimezone(UTC) + LOCAL
    hour = local.hour % 12 or 12
    return (f"{local.day} {MONTHS[local.month - 1]} {local.year}, {hour}:{local:%M}"
            f"{'ص' if local.hour < 12 else 'م'}")


def _utc(moment) -> str:
    return f"{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


def _likes(count: int) -> str:
    if count == 0:
        return ""
    if count == 1:
        return "إعجاب واحد"
    if count == 2:
        return "إعجابان"
    if count <= 10:
        return f"{count} إعجابات"
    return f"{count} إعجابًا" if count < 100 else f"{count} إعجاب"


def _meta(username: str, display: str, moment, position: int) -> str:
    name = f"\n              ({e(display)})" if display else ""
    return f"""<div class='crawler-post-meta'>
            <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
              <a itemprop="url" rel='nofollow' href='{HOST}/u/{username}'><span itemprop='name'>{username}</span></a>{name}
            </span>

            <span class="crawler-post-infos">
                <time datetime='{_utc(moment)}' class='post-time'>
                  {_shown(moment)}
                </time>
                <meta itemprop='datePublished' content='{_utc(moment)}'>
                <meta itemprop='dateModified' content='{_utc(moment + timedelta(minutes=3 * position))}'>
            <span itemprop='position'>{position}</span>
            </span>
          </div>"""


def _onebox(article: Article, n: int) -> str:
    title, desc = ONEBOX[n]
    link = f"https://{OUTLET_HOST}/news/{article.moment:%Y/%m}/{article.slug}-{n}"
    return f"""<aside class="onebox allowlistedgeneric" data-onebox-src="{link}">
  <header class="source">
      <img src="{HOST}/uploads/default/original/2X/f/f3a9c1d2e4b5a6978877665544332211aabbccdd.png" class="site-icon" width="32" height="32">
      <a href="{link}" target="_blank" rel="noopener nofollow ugc">{OUTLET_HOST}</a>
  </header>

  <article class="onebox-body">
    <div class="aspect-image" style="--aspect-ratio:690/388;"><img src="{HOST}/uploads/default/optimized/2X/a/a{article.slug}0c4e_2_690x388.jpeg" class="thumbnail" width="690" height="388"></div>

<h3><a href="{link}" target="_blank" rel="noopener nofollow ugc">{e(title)}</a></h3>

  <p>{e(desc)}</p>


  </article>

  <div class="onebox-metadata">
  </div>

  <div style="clear: both"></div>
</aside>"""


def _story(article: Article, n: int) -> str:
    paras = []
    for k, text in enumerate((article.lead, *article.paragraphs)):
        html = e(text)
        if n in LINKED and LINKED[n][0] == k and LINKED[n][1] in text:
            words = e(LINKED[n][1])
            html = html.replace(words, f'<a href="https://{OUTLET_HOST}/tag/payments" '
                                       f'rel="noopener nofollow ugc">{words}</a>', 1)
        if n in BOLD and BOLD[n][0] == k and BOLD[n][1] in text:
            words = e(BOLD[n][1])
            html = html.replace(words, f"<strong>{words}</strong>", 1)
        paras.append(f"<p>{html}</p>")
    link = f"https://{OUTLET_HOST}/news/{article.moment:%Y/%m}/{article.slug}-{n}"
    source = f'<p>المصدر: <a href="{link}" rel="noopener nofollow ugc">{OUTLET}</a></p>'
    if n == 1:
        return "\n".join([f"<p>{e(BYLINE)}</p>", *paras, source, _onebox(article, n)])
    if n == 2:
        return "\n".join([*paras, source, f"<p>{e(QUESTION[n])}</p>"])
    return "\n".join([_onebox(article, n), *paras, f"<p>{e(QUESTION[n])}</p>"])


def _post(pid: str, inner_meta: str, body: str, likes: int, comment: bool, headline: str) -> str:
    scope = "itemprop='comment' " if comment else ""
    like = _likes(likes)
    return f"""      <div id='post_{pid}' {scope}itemscope itemtype='http://schema.org/DiscussionForumPosting' class='topic-body crawler-post'>
          <meta itemprop='headline' content='{e(headline)}'>
          {inner_meta}
          <div class='post' itemprop='text'>
{body}
          </div>

          <div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
             <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>
             <meta itemprop="userInteractionCount" content="{likes}" />
             <span class='post-likes'>{like}</span>
          </div>

      </div>"""


def render(article: Article, n: int) -> Page:
    moment = article.moment
    tid = article.slug
    url = f"{HOST}/t/topic/{tid}"
    shown = _shown(moment)
    page = Page(url=url, html="", shown_date=shown)
    username, display = POSTERS[n - 1]
    tags = [t.replace(" ", "-") for t in article.tags]
    cat_name, cat_path, cat_color = CATEGORY
    page.add(cat_name, *tags, username, f"({display})" if display else "", shown,
             _likes(LIKES[n - 1]))
    if n == 1:
        page.add(BYLINE, SOURCE, OUTLET)
    elif n == 2:
        page.add(SOURCE, OUTLET, QUESTION[2])
    else:
        page.add(QUESTION[3])
    if n in ONEBOX:
        page.add(OUTLET_HOST, *ONEBOX[n])
    posts = [_post("1", _meta(username, display, moment, 1), _story(article, n), LIKES[n - 1],
                   False, article.headline)]
    for k, (user, minutes, likes, text) in enumerate(REPLIES[n], 2):
        when = moment + timedelta(minutes=minutes)
        body = ""
        if n in QUOTED and k == 2:
            _idx, words = QUOTED[n]
            body = (f'<aside class="quote no-group" data-username="{username}" data-post="1" '
                    f'data-topic="{tid}">\n<div class="title">\n<div class="quote-controls"></div>\n'
                    f'<img loading="lazy" alt="" width="24" height="24" '
                    f'src="{HOST}/letter_avatar_proxy/v4/letter/n/8edcca/48.png" class="avatar"> '
                    f'{username}:</div>\n<blockquote>\n<p>{e(words)}</p>\n</blockquote>\n</aside>\n')
            page.add(f"{username}:")
        mention = ""
        if k == len(REPLIES[n]) + 1 and n != 2:
            mention = f'<a class="mention" href="/u/{username}">@{username}</a> '
            page.add(f"@{username} {text}")
        body += f"<p>{mention}{e(text)}</p>"
        page.add(user, _shown(when), _likes(likes), text)
        posts.append(_post(str(k), _meta(user, "", when, k), body, likes, True,
                           article.headline))
    related_rows = []
    for k, (title, (replies, views)) in enumerate(zip(article.related, RELATED_STATS,
                                                      strict=True)):
        active = moment - timedelta(days=20 + 37 * k)
        activity = f"{MONTHS[active.month - 1]} {active.year}"
        page.add(title, replies, views, activity)
        related_rows.append(f"""          <tr class="topic-list-item" id="topic-list-item-{int(tid) - 173 * (k + 1)}">
            <td class="main-link" itemprop='itemListElement' itemscope itemtype='http://schema.org/ListItem'>
              <meta itemprop='position' content='{k + 1}'>
              <span class="link-top-line" itemprop='name'>
                <a href='{HOST}/t/topic/{int(tid) - 173 * (k + 1)}' class='title raw-link raw-topic-link' itemprop='url'>{e(title)}</a>
              </span>
              <div class="link-bottom-line">
                <a href='{cat_path}' class='badge-wrapper bullet'>
                  <span class='badge-category-bg' style='background-color: #{cat_color}'></span>
                  <span class='badge-category clear-badge'><span class='category-name'>{cat_name}</span></span>
                </a>
              </div>
            </td>
            <td class="replies"><span class='posts' title='المنشورات'>{replies}</span></td>
            <td class="views"><span class='views' title='المشاهدات'>{views}</span></td>
            <td>{activity}</td>
          </tr>""")
    page.add(RELATED_TITLE, *RELATED_HEAD, *(label for _, label in NAV), POWERED)
    plain = " ".join(([BYLINE] if n == 1 else []) + [article.lead, *article.paragraphs])
    excerpt = plain[:200].rsplit(" ", 1)[0] + "…"
    total_likes = LIKES[n - 1] + sum(r[2] for r in REPLIES[n])
    ld = {
        "@context": "http://schema.org", "@type": "DiscussionForumPosting", "@id": url,
        "headline": article.headline, "articleSection": cat_name,
        "keywords": ", ".join(tags), "text": excerpt, "url": url,
        "datePublished": _utc(moment),
        "author": {"@type": "Person", "name": username, "url": f"{HOST}/u/{username}"},
        "interactionStatistic": [
            {"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction",
             "userInteractionCount": total_likes},
            {"@type": "InteractionCounter", "interactionType": "http://schema.org/CommentAction",
             "userInteractionCount": len(REPLIES[n])}],
        "publisher": {"@type": "Organization", "name": SITE,
                      "logo": {"@type": "ImageObject",
                               "url": f"{HOST}/uploads/default/original/1X/logo-taqniya.png"}},
    }
    ld_json = json.dumps(ld, ensure_ascii=False).replace("<", "\\u003c")
    tag_links = "\n".join(f"              <a href='{HOST}/tag/{e(t)}' class='discourse-tag' "
                          f"rel=\"tag\">{e(t)}</a>" for t in tags)
    og_tags = "\n".join(f'<meta property="og:article:tag" content="{e(t)}" />' for t in tags)
    nav = "\n".join(f"""          <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
            <span itemprop='name'>
              <a href='{path}' itemprop="url">{label} </a>
            </span>
          </li>""" for path, label in NAV)
    version = ("3.2.1", "3.2.1", "3.3.0.beta2")[n - 1]
    sheet = ("7f8a2b1c", "7f8a2b1c", "c41d9e07")[n - 1]
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8">
    <title>{e(article.headline)} - {cat_name} - {SITE}</title>
    <meta name="description" content="{e(excerpt)}">
    <meta name="generator" content="Discourse {version} - https://github.com/discourse/discourse version 5e4a41fa2e9ae3d5a2d6d2ab5e5a3f9f2c8b8e2d">
<link rel="icon" type="image/png" href="{HOST}/uploads/default/optimized/1X/favicon_2_32x32.png">
<link rel="apple-touch-icon" type="image/png" href="{HOST}/uploads/default/optimized/1X/apple-touch_2_180x180.png">
<meta name="theme-color" media="all" content="#ffffff">

<meta name="color-scheme" content="light">

<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, user-scalable=yes, viewport-fit=cover">
<link rel="canonical" href="{url}" />

<link rel="search" type="application/opensearchdescription+xml" href="{HOST}/opensearch.xml" title="بحث {SITE}">

    <link href="/stylesheets/color_definitions_light_3_5_{sheet}.css?__ws=community.taqniya.example" media="all" rel="stylesheet" class="light-scheme"/>

  <link href="/stylesheets/desktop_rtl_{sheet}.css?__ws=community.taqniya.example" media="all" rel="stylesheet" data-target="desktop_rtl"  />

  <link href="/stylesheets/discourse-reactions_rtl_{sheet}.css?__ws=community.taqniya.example" media="all" rel="stylesheet" data-target="discourse-reactions_rtl"  />

    <link rel="alternate nofollow" type="application/rss+xml" title="موجز RSS لـ &#39;{e(article.headline)}&#39;" href="{url}.rss" />
    <meta property="og:site_name" content="{SITE}" />
<meta property="og:type" content="website" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:image" content="{HOST}/uploads/default/original/1X/logo-taqniya.png" />
<meta property="og:image" content="{HOST}/uploads/default/original/1X/logo-taqniya.png" />
<meta property="og:url" content="{url}" />
<meta name="twitter:url" content="{url}" />
<meta property="og:title" content="{e(article.headline)}" />
<meta name="twitter:title" content="{e(article.headline)}" />
<meta property="og:description" content="{e(excerpt)}" />
<meta name="twitter:description" content="{e(excerpt)}" />
<meta property="og:article:section" content="{cat_name}" />
<meta property="og:article:section:color" content="{cat_color}" />
{og_tags}
<meta name="twitter:label1" value="وقت القراءة" />
<meta name="twitter:data1" value="{1 + len(plain.split()) // 200} mins 🕑" />
<meta name="twitter:label2" value="الإعجابات" />
<meta name="twitter:data2" value="{total_likes} ❤" />
<meta property="article:published_time" content="{moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S+00:00}" />
<meta property="og:ignore_canonical" content="true" />

    <script type="application/ld+json">{ld_json}</script>
  </head>
  <body class="crawler ">

    <header>
      <a href="/">
        <img src="{HOST}/uploads/default/original/1X/logo-taqniya.png" alt="{SITE}" id="site-logo" style="max-width: 150px;">
      </a>
    </header>

    <div id="main-outlet" class="wrap" role="main">
        <div id="topic-title">
    <h1>
      <a href="/t/topic/{tid}">{e(article.headline)}</a>
    </h1>

      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a href="{cat_path}" class="badge-wrapper bullet" itemprop="item">
              <span class='badge-category-bg' style='background-color: #{cat_color}'></span>
              <span class='badge-category clear-badge'>
                <span class='category-name' itemprop='name'>{cat_name}</span>
              </span>
            </a>
            <meta itemprop="position" content="1" />
          </span>
      </div>

      <div class="topic-category">
        <div class='discourse-tags list-tags'>
{tag_links}
        </div>
      </div>
  </div>

{chr(10).join(posts)}

    <div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
      <h3 id="related-topics-title" class="more-topics__list-title">
        {RELATED_TITLE}
      </h3>
      <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
        <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
        <table class='topic-list'>
          <thead>
            <tr>
              <th>{RELATED_HEAD[0]}</th>
              <th></th>
              <th class="replies">{RELATED_HEAD[1]}</th>
              <th class="views">{RELATED_HEAD[2]}</th>
              <th>{RELATED_HEAD[3]}</th>
            </tr>
          </thead>
          <tbody>
{chr(10).join(related_rows)}
          </tbody>
        </table>
      </div>
    </div>

    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'>
        <ul>
{nav}
        </ul>
      </nav>
      <p class='powered-by-link'>مدعوم بواسطة <a href="https://www.discourse.org">Discourse</a>، ويُفضَّل تصفحه مع تفعيل JavaScript</p>
    </footer>

  </body>
</html>
"""
    return page
