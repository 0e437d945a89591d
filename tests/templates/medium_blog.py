"""An essay-news post on a Medium-like blogging platform with an Arabic interface: React SSR
markup with generated class names only (`pw-post-body-paragraph mk ml fd mm b ...`,
`pw-post-title`, `pw-author-name`, `pw-reading-time`, `pw-published-date`), a member-only
banner ("قصة للأعضاء فقط"), the publication and author line with "تابِع" buttons, "6 دقائق
قراءة · 14 أغسطس 2024", claps and responses counts (and again under the text), the text in
`<article>` > `<section>` as `<p>`s, a figure with its caption, tag pills, the "كتبها"
author card with followers and bio, "المزيد من <author>" and "الموصى به من المنصة" lists,
the sign-up nudge. The `article:published_time` meta is in UTC with milliseconds; the
JSON-LD names a Person author. The writer is a person: `author` is scored."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e

NAME = "medium_blog"
HELD_OUT = True
SET = "unseen4"
FAMILY = "Medium-like blog post: pw-post-body-paragraph, min read, claps, More from <author>"
HOST = "https://medium-ar.example"
PLATFORM = "مداد"
PUBLICATION = {"cairo-rents-old-law": "دفاتر المدينة", "arabic-podcasts-economy": "صوت وصورة",
               "beirut-port-silos-memory": "دفاتر المدينة"}
HANDLE = {"مريم حسني": "mariam.hosny", "يوسف الشامي": "yshami", "لينا حداد": "lina.haddad"}
BIO = {"مريم حسني": "صحفية مصرية تكتب عن المدن والسكن والعدالة الاجتماعية.",
       "يوسف الشامي": "صحفي ومنتج صوتي، يكتب عن الإعلام الرقمي واقتصاد المحتوى.",
       "لينا حداد": "كاتبة وباحثة من بيروت، تعمل على الأرشيف الشفهي للمدينة."}
FOLLOWERS = ("2.3 ألف متابع", "870 متابعاً", "5.1 ألف متابع")
CLAPS = ("1.2 ألف", "348", "2.7 ألف")
RESPONSES = ("14", "6", "31")
MORE_FROM = (
    "حين يصبح السكن امتيازاً: قراءة في أرقام الإيجارات",
    "عن مدينة تكبر بلا أرصفة",
    "خمسة كتب تشرح لك القاهرة الحديثة",
    "المقاهي الأخيرة في وسط البلد",
)
RECOMMENDED = (
    "كيف تكتب مقالاً طويلاً يقرؤه الناس حتى النهاية",
    "ما لا يخبرك به أحد عن العمل الحر في الصحافة",
    "الذكاء الاصطناعي وغرف الأخبار: ما الذي تغير فعلاً؟",
    "دليل المبتدئين إلى صحافة البيانات",
)
CHROME = ("اكتب", "تسجيل الدخول", "ابدأ الآن", "قصة للأعضاء فقط", "تابِع", "استمع", "مشاركة",
          "كتبها", "الموصى به من المنصة", "عرض المزيد من التوصيات", "المساعدة", "الحالة",
          "من نحن", "الوظائف", "الخصوصية", "الشروط", "نص إلى كلام")
NUDGE = f"أنشئ حساباً مجانياً على {PLATFORM} لتقرأ قصص الكتّاب الذين تتابعهم"


def reading_time(article: Article) -> int:
    return max(1, round(len(article.body.split()) / 40))


def render(article: Article, n: int) -> Page:
    moment = article.moment
    author = article.author or ""
    handle = HANDLE[author]
    pub = PUBLICATION[article.slug]
    post_id = f"{3 * n}e{n}a9c41b7{n}d"
    url = f"{HOST}/{pub.replace(' ', '-')}/{article.slug}-{post_id}"
    shown = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    minutes = reading_time(article)
    read_line = f"{minutes} دقائق قراءة" if 3 <= minutes <= 10 else f"{minutes} دقيقة قراءة"
    page = Page(url=url, html="", shown_date=shown)
    utc = moment.astimezone(UTC)
    more = MORE_FROM[n - 1:n + 2]
    recommended = RECOMMENDED[(n + 1) % 4:] + RECOMMENDED[:(n + 1) % 4]
    page.add(PLATFORM, *CHROME, author, f"نُشر في {pub}", read_line, shown, CLAPS[n - 1],
             RESPONSES[n - 1], article.caption, FOLLOWERS[n - 1], BIO[author],
             f"المزيد من {author}", f"المزيد من {author} و{pub}", *more, *recommended[:3],
             NUDGE, *article.related[:1])
    cls = "pw-post-body-paragraph mk ml fd mm b mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh eo bj"
    paragraphs = [f'<p id="{post_id[:4]}{k:x}" class="{cls}" data-selectable-paragraph="">{e(p)}</p>'
                  for k, p in enumerate((article.lead, *article.paragraphs))]
    figure = (f'<figure class="nk nl nm nn no np ni nj paragraph-image"><div role="button" tabindex="0" class="nq nr fj ns bg nt">'
              f'<div class="ni nj nu"><picture><source srcSet="https://miro.medium-ar.example/v2/resize:fit:640/format:webp/1*{post_id}.jpeg 640w" type="image/webp"/>'
              f'<img alt="" class="bg mh nv c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium-ar.example/v2/resize:fit:700/1*{post_id}.jpeg"/></picture></div></div>'
              f'<figcaption class="nw nx ny ni nj nz oa be b bf z dt" data-selectable-paragraph="">{e(article.caption)}</figcaption></figure>')
    paragraphs.insert(1, figure)
    body = "\n".join(paragraphs)
    tags = "".join(f'<div class="pj pk ab"><a href="{HOST}/tag/{e(t)}?source=post_page-----{post_id}---------------------------------------" class="pl an pm pn po"><div class="pp bf b bg z fn pq">{e(t)}</div></a></div>'
                   for t in article.tags)
    more_html = "\n".join(f'<div class="qx ab"><a href="{HOST}/@{handle}/more-{n}{k}" class="af ag ah ai"><h2 class="be gg qy qz ra rb rc">{e(t)}</h2></a></div>'
                          for k, t in enumerate(more))
    rec_html = "\n".join(f'<div class="qx ab"><a href="{HOST}/rec-{n}{k}" class="af ag ah ai"><h2 class="be gg qy qz ra rb rc">{e(t)}</h2></a></div>'
                         for k, t in enumerate(recommended[:3]))
    claps = (f'<div class="ab q lr ls"><div class="pw-multi-vote-icon fj ks lt lu lv"><button aria-label="تصفيق" class="lw lx ly lz"><svg width="24" height="24"></svg></button></div>'
             f'<div class="pw-multi-vote-count mb mc md"><p class="be b dy z dt"><span class="lk">{CLAPS[n - 1]}</span></p></div></div>'
             f'<div class="bq ab"><button aria-label="الردود" class="me ab q"><svg width="24" height="24"></svg><p class="be b dy z dt"><span class="pw-responses-count mf mg">{RESPONSES[n - 1]}</span></p></button></div>')
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "image": [f"https://miro.medium-ar.example/v2/resize:fit:1200/1*{post_id}.jpeg"],
          "url": url, "dateCreated": (utc - timedelta(hours=20)).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
          "datePublished": utc.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
          "dateModified": (utc + timedelta(days=1)).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
          "headline": article.headline, "name": article.headline, "description": article.lead[:140],
          "identifier": post_id, "author": {"@type": "Person", "name": author, "url": f"{HOST}/@{handle}"},
          "creator": [author], "publisher": {"@type": "Organization", "name": pub, "url": f"{HOST}/{pub.replace(' ', '-')}"},
          "mainEntityOfPage": url, "isAccessibleForFree": False}
    page.html = f"""<!doctype html><html lang="ar" dir="rtl"><head><title>{e(article.headline)} | {e(author)} | {pub} | {PLATFORM}</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="{utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")}"/><meta data-rh="true" name="title" content="{e(article.headline)} | {e(author)}"/><meta data-rh="true" property="og:title" content="{e(article.headline)}"/><meta data-rh="true" property="og:description" content="{e(article.lead[:140])}"/><meta data-rh="true" property="og:url" content="{url}"/><meta data-rh="true" name="author" content="{e(author)}"/><meta data-rh="true" property="article:author" content="{HOST}/@{handle}"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" name="twitter:label1" content="مدة القراءة"/><meta data-rh="true" name="twitter:data1" content="{read_line}"/><link data-rh="true" rel="canonical" href="{url}"/><script data-rh="true" type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script><link rel="stylesheet" href="https://glyph.medium-ar.example/css/unbound.css"/><style type="text/css" data-fela-rehydration="566" data-fela-type="RULE">.a{{font-family:medium-content-sans-serif-font,-apple-system,sans-serif}}.b{{font-weight:400}}.mk{{color:rgba(36,36,36,1)}}</style></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><div class="l c"><div class="l n o p"><div class="q r s t u v w x y"><a aria-label="الصفحة الرئيسية" href="{HOST}/"><span class="logo">{PLATFORM}</span></a></div><div class="ab q"><a class="af ag ah ai aj" href="{HOST}/new-story"><span>اكتب</span></a><span class="bg b"><a class="au ax" href="{HOST}/m/signin">تسجيل الدخول</a></span><span class="bg b"><a class="au bh bi" href="{HOST}/m/signin?operation=register">ابدأ الآن</a></span></div></div></div><div class="l"><div class="ev ew ex ey ez l"><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fr fs ft fu fv"></div><div class="gm gn go gp gq"><div class="ab ca"><div class="ch bg fw fx fy fz"><div class="member-banner ab q gr"><svg width="16" height="16" viewBox="0 0 64 64"></svg><p class="be b bf z dt">قصة للأعضاء فقط</p></div><div><h1 id="{post_id[:4]}" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bj" data-testid="storyTitle" data-selectable-paragraph="">{e(article.headline)}</h1></div><div class="hr hs ht hu hv"><div class="speechify-ignore ab cp"><div class="speechify-ignore bg l"><div class="hw hx hy hz ia ab"><div><div class="ab ib"><a href="{HOST}/@{handle}?source=post_page-----{post_id}--------------------------------" rel="noopener follow"><div class="l ic id by ie if"><img alt="{e(author)}" class="l ep by dd de cx" src="https://miro.medium-ar.example/v2/resize:fill:88:88/1*{handle}.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="ig ab q"><div class="ab q ih"><div class="ab q"><div><div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar ii ab q" data-testid="authorName" href="{HOST}/@{handle}" rel="noopener follow"><span class="pw-author-name">{e(author)}</span></a></div></div><span class="ij ik" aria-hidden="true"><span class="be b bf z dt">·</span></span><p class="be b bf z il im"><button class="follow-btn">تابِع</button></p></div></div></div></span></div></div><div class="l ip"><span class="be b bf z dt"><div class="ab cn iq ir is"><div class="it iu ab"><div class="be b bf z dt ab iv"><span class="iw l" aria-hidden="true"><span class="be b bf z dt">نُشر في <a class="af ag ah ai" href="{HOST}/{pub.replace(' ', '-')}" rel="noopener follow"><span class="pw-publication-name">{pub}</span></a></span></span></div></div><span class="ij ik" aria-hidden="true"><span class="be b bf z dt">·</span></span><span class="pw-reading-time" data-testid="storyReadTime">{read_line}</span><span class="ix iy l" aria-hidden="true"><span class="be b bf z dt">·</span></span><span class="pw-published-date" data-testid="storyPublishDate">{shown}</span></div></span></div></div></div><div class="ab cp iz ja jb jc jd je jf jg jh ji jj jk jl jm jn jo">{claps}<div class="ab q"><button aria-label="استمع" data-testid="audioPlayButton" class="af fj ah ai aj ak al ko an ao ap ex kp kq ke kr ks kt ku kv s kw kx ky kz la lb lc u ld le lf"><div class="contain-paint"><p class="be b bf z dt">استمع</p></div></button><button aria-label="مشاركة" class="af fj ah ai aj ak al ko an ao ap ex kp kq ke kr ks kt"><p class="be b bf z dt">مشاركة</p></button></div></div></div></div></div></div><div class="ch bg fw fx fy fz">{body}</div></div></div></div></section></div></div></article></div><div class="l"><div class="ab ca"><div class="ch bg fw fx fy fz"><div class="pe pf ab ia"><div class="ab pg">{tags}</div></div><div class="ph pi">{claps}</div></div></div></div><div class="author-card l"><div class="ab ca"><div class="ch bg fw fx fy fz"><a href="{HOST}/@{handle}"><img alt="{e(author)}" src="https://miro.medium-ar.example/v2/resize:fill:144:144/1*{handle}.jpeg" width="72" height="72" loading="lazy"/></a><div class="ab cp"><div class="qc l"><span class="be b bf z dt">كتبها </span><a href="{HOST}/@{handle}" rel="noopener follow"><h2 class="pw-author-name be qd qe qf bj">{e(author)}</h2></a></div><button class="follow-btn">تابِع</button></div><div class="qg qh qi"><a href="{HOST}/@{handle}/followers" class="af ag"><span class="be b bf z dt">{FOLLOWERS[n - 1]}</span></a></div><div class="qj l"><p class="be b bf z bj"><span class="pw-author-bio">{e(BIO[author])}</span></p></div></div></div></div><div class="more-from l"><div class="ab ca"><div class="ch bg fw fx fy fz"><h2 class="be qd qe bj">المزيد من {e(author)}</h2>{more_html}<p class="more-link"><a href="{HOST}/@{handle}">المزيد من {e(author)} و{pub}</a></p></div></div></div><div class="recommended l"><div class="ab ca"><div class="ch bg fw fx fy fz"><h2 class="be qd qe bj">الموصى به من المنصة</h2>{rec_html}<div class="qx ab"><a href="{HOST}/rel-{n}" class="af ag"><h2 class="be gg qy qz">{e(article.related[0])}</h2></a></div><a class="af ag" href="{HOST}/?source=read_next_recirc">عرض المزيد من التوصيات</a></div></div></div><div class="signup-nudge l"><p class="be b">{NUDGE}</p></div><footer class="ab q"><a href="{HOST}/help">المساعدة</a> <a href="https://status.medium-ar.example/">الحالة</a> <a href="{HOST}/about">من نحن</a> <a href="{HOST}/jobs">الوظائف</a> <a href="{HOST}/policy/privacy">الخصوصية</a> <a href="{HOST}/policy/terms">الشروط</a> <a href="https://speechify.example/">نص إلى كلام</a></footer></div></div></div><script>window.__APOLLO_STATE__ = {{"Post:{post_id}":{{"id":"{post_id}","title":{json.dumps(article.headline, ensure_ascii=False)},"firstPublishedAt":{int(moment.timestamp()) * 1000},"isLocked":true,"readingTime":{minutes},"clapCount":1}}}}</script></body></html>
"""
    return page
