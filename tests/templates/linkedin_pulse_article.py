"""An Arabic news-analysis article published by a journalist or analyst as a LinkedIn article
(`/pulse/<Arabic slug, percent-encoded>-<romanised name>-<5-char id>`), as LinkedIn's guest
frontend ("article-ssr-frontend") serves it to a logged-out visitor or crawler. The head:
`<html class="cls-fix-enabled">`, `<title>` the bare headline, description/og/twitter meta
(`og:type` article, the description the first ~150 characters of the text with "…"), the
`litmsProfileName` meta, static.licdn stylesheets and scripts, hidden `<code>` config
islands, and (pages 1 and 3) a JSON-LD `Article` whose `datePublished` is UTC with
".000+00:00" and whose publisher is LinkedIn. The body opens with the contextual sign-in modal
("Agree & Join LinkedIn", "Sign in to view more content", the e-mail/password form), the
cookie-consent global alert (Accept/Reject), "Skip to main content" and the guest nav (Top
Content, People, Learning, Jobs, Games, Join now, Sign in). Then `<main class="main
article-main">` > `section.core-rail` > `<article class="article-main__content">` >
`div.details`: an optional `figure.cover-img`, the `header.article-main__header` with
`h1.pulse-title`, the ellipsis menu ("Report this article"), the `publisher-author-card` (name
h3, headline h4, followers count, "+ Follow") and a `<time>` "Published Feb 18, 2024"; then
`div[data-test-id="article-content-blocks"]`, where every paragraph, heading and list is its
own `div.article-main__content[data-test-id="publishing-text-block"]` with `<span class>`
runs and the SSR renderer's `<!---->` placeholder comments, empty `<p><!----><br></p>` spacer blocks, and images in
`publishing-image-block` figures. Page 1 (English UI, cover) has an h2 subheading and a
bullet list (the h2 and each `<li>` are body paragraphs), plus a "Recommended by LinkedIn"
card block set inside the content blocks between two paragraphs. Page 2 is the Arabic UI (`lang="ar"`, `dir="rtl"`, "تاريخ النشر: 5
يونيو 2024", "+ متابعة", no JSON-LD, no cover): an inline image with its figcaption, a
redirect link and bold words inside paragraphs. Page 3 (English UI, cover) ends with a
hashtag line of `/feed/hashtag/` links (chrome) and shows two guest-visible comments.
After the article: the social bar (reaction count, "N Comments", Like/Comment/Share, share
menu), "To view or add a comment, sign in", "More articles by <author>" cards (titles,
dates, snippets, counts), "Others also viewed" (pages 1 and 3), "Explore topics" and the
footer ("LinkedIn © 2024", legal links, the language list). All of that is chrome."""

from __future__ import annotations

import json
from datetime import UTC
from urllib.parse import quote

from .base import MONTHS, Article, Page, e

NAME = "linkedin_pulse_article"
HELD_OUT = True
SET = "unseen13"
FAMILY = "LinkedIn Pulse article, guest (logged-out) SSR view: pulse-title, publisher-author-card, publishing-text-blocks, sign-in modal, social bar, more articles, footer"
HOST = "https://www.linkedin.example"
STATIC = "https://static.licdn.example/aero-v1/sc/h"
MEDIA = "https://media.licdn.example/dms/image/v2"
TRK = "article-ssr-frontend-pulse"
EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# page -> (romanised slug, profile host, headline line, followers, reactions, comments)
AUTHORS = {
    1: ("reem-alshammari", "sa", "محللة أسواق الطاقة | كاتبة في الاقتصاد الخليجي", "8,917", 86, 12),
    2: ("omar-alzoubi", "jo", "صحفي اقتصادي | السياحة والاستثمار في الأردن", "2,145", 41, 3),
    3: ("heba-abdelrazek", "eg", "صحفية متخصصة في شؤون الطاقة والاقتصاد الكلي", "5,302", 127, 2),
}
ARTICLE_IDS = ("m3kqe", "hx9tb", "fwp7c")
UI = {
    "en": {
        "join": "Agree & Join LinkedIn", "more": "Sign in to view more content",
        "agree": "By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, and Cookie Policy.",
        "create": "Create your free account or sign in to continue your search",
        "form": ("Email or phone", "Password", "Show", "Forgot password?", "Sign in", "Sign in with Email", "or", "New to LinkedIn? Join now"),
        "cookie": ("LinkedIn and 3rd parties use essential and non-essential cookies to provide, secure, analyze and improve our Services, and to show you relevant ads (including professional and job ads) on and off LinkedIn. Learn more in our Cookie Policy.",
                   "Select Accept to consent or Reject to decline non-essential cookies for this use. You can update your choices at any time in your settings."),
        "accept": ("Accept", "Reject"), "skip": "Skip to main content",
        "nav": ("Top Content", "People", "Learning", "Jobs", "Games"), "auth": ("Join now", "Sign in"),
        "report": "Report this article", "follow": "+ Follow", "followers": "{} followers",
        "published": "Published {}", "actions": ("Like", "Comment", "Share"),
        "share": ("Copy", "LinkedIn", "Facebook", "X"), "comments": "{} Comments",
        "to_comment": "To view or add a comment, sign in", "more_by": "More articles by {}",
        "see_all": "See all articles", "topics": "Explore topics", "language": "Language",
        "topic_list": ("Sales", "Marketing", "IT Services", "Business Administration", "HR Management", "Engineering", "Soft Skills", "See All"),
        "legal": ("About", "Accessibility", "User Agreement", "Privacy Policy", "Your California Privacy Choices", "Cookie Policy", "Copyright Policy", "Brand Policy", "Guest Controls", "Community Guidelines"),
    },
    "ar": {
        "join": "الموافقة والانضمام إلى LinkedIn", "more": "سجّل الدخول لعرض المزيد من المحتوى",
        "agree": "بالنقر على «متابعة» للانضمام أو تسجيل الدخول، فإنك توافق على اتفاقية المستخدم وسياسة الخصوصية وسياسة ملفات تعريف الارتباط لدى LinkedIn.",
        "create": "أنشئ حسابك المجاني أو سجّل الدخول لمواصلة البحث",
        "form": ("البريد الإلكتروني أو الهاتف", "كلمة السر", "إظهار", "هل نسيت كلمة السر؟", "تسجيل الدخول", "تسجيل الدخول بالبريد الإلكتروني", "جديد على LinkedIn؟ انضم الآن"),
        "cookie": ("تستخدم LinkedIn وجهات خارجية ملفات تعريف ارتباط أساسية وغير أساسية لتقديم خدماتنا وتأمينها وتحليلها وتحسينها، ولعرض إعلانات ملائمة لك (بما فيها الإعلانات المهنية وإعلانات الوظائف) على LinkedIn وخارجها. اعرف المزيد في سياسة ملفات تعريف الارتباط.",
                   "اختر «قبول» للموافقة أو «رفض» لرفض ملفات تعريف الارتباط غير الأساسية لهذا الغرض. يمكنك تعديل اختياراتك في أي وقت من الإعدادات."),
        "accept": ("قبول", "رفض"), "skip": "تخطي إلى المحتوى الرئيسي",
        "nav": ("أبرز المحتوى", "الأشخاص", "التعلّم", "الوظائف", "الألعاب"), "auth": ("انضم الآن", "تسجيل الدخول"),
        "report": "الإبلاغ عن هذا المقال", "follow": "+ متابعة", "followers": "{} متابع",
        "published": "تاريخ النشر: {}", "actions": ("أعجبني", "تعليق", "مشاركة"),
        "share": ("نسخ", "LinkedIn", "Facebook", "X"), "comments": "{} تعليقات",
        "to_comment": "لعرض تعليق أو إضافته، سجّل الدخول", "more_by": "المزيد من المقالات بقلم {}",
        "see_all": "عرض كل المقالات", "topics": "استكشف الموضوعات", "language": "اللغة",
        "topic_list": ("المبيعات", "التسويق", "خدمات تقنية المعلومات", "إدارة الأعمال", "إدارة الموارد البشرية", "الهندسة", "المهارات الشخصية", "عرض الكل"),
        "legal": ("نبذة عنا", "إمكانية الوصول", "اتفاقية المستخدم", "سياسة الخصوصية", "سياسة ملفات تعريف الارتباط", "سياسة حقوق النشر", "سياسة العلامة التجارية", "عناصر التحكم للضيوف", "إرشادات المجتمع"),
    },
}
LANGUAGES = ("العربية (Arabic)", "বাংলা (Bangla)", "Čeština (Czech)", "Dansk (Danish)", "Deutsch (German)", "Ελληνικά (Greek)", "English (English)", "Español (Spanish)",
             "فارسی (Persian)", "Suomi (Finnish)", "Français (French)", "हिंदी (Hindi)", "Magyar (Hungarian)", "Bahasa Indonesia (Indonesian)", "Italiano (Italian)",
             "עברית (Hebrew)", "日本語 (Japanese)", "한국어 (Korean)", "मराठी (Marathi)", "Bahasa Malaysia (Malay)", "Nederlands (Dutch)", "Norsk (Norwegian)",
             "ਪੰਜਾਬੀ (Punjabi)", "Polski (Polish)", "Português (Portuguese)", "Română (Romanian)", "Русский (Russian)", "Svenska (Swedish)", "తెలుగు (Telugu)",
             "ภาษาไทย (Thai)", "Tagalog (Tagalog)", "Türkçe (Turkish)", "Українська (Ukrainian)", "Tiếng Việt (Vietnamese)", "简体中文 (Chinese (Simplified))", "正體中文 (Chinese (Traditional))")
# "Recommended by LinkedIn", set between two paragraphs of page 1: (title, author, age)
RECOMMENDED = (("أسعار النفط والفائدة الأمريكية: علاقة معقدة", "سامي الحربي", "1 year ago"),
               ("كيف تقرأ بيانات المخزونات الأسبوعية؟", "لينا القحطاني", "8 months ago"),
               ("تنويع الاقتصاد الخليجي بالأرقام", "ماجد السبيعي", "2 years ago"))
OTHERS = (("مستقبل الغاز المسال في أسواق آسيا", "نادر الحسيني", "1y"),
          ("الصناديق السيادية ومعادلة العائد والمخاطر", "دانة المري", "7mo"),
          ("ماذا تعني قرارات المركزي لأسواق الدين المحلية؟", "خالد فرج", "3mo"),
          ("ثلاثة دروس من أزمة الطاقة الأوروبية", "سلمى الخطيب", "2y"))
# "More articles by": (date as shown, snippet, reactions, comments), per related title
MORE_META = {
    1: (("Jan 21, 2024", "لا تكفي قراءة السعر وحده لفهم ما يجري في الموازنات…", "64", 4),
        ("Dec 3, 2023", "تتسابق دول المنطقة على إعلان مشروعات كبرى، لكن الكلفة…", "112", 9),
        ("Oct 15, 2023", "قبل أن تبني موقفا من تقرير السوق الشهري، اسأل…", "38", 0)),
    2: (("14 مايو 2024", "تراجعت أعداد الزوار في المدينة الوردية إلى مستويات لم تشهدها منذ…", "27", 5),
        ("2 أبريل 2024", "يملك الأردن مستشفيات وكوادر تنافس في المنطقة، لكن…", "53", 0),
        ("19 فبراير 2024", "تظهر بيانات الربع الأول أن الزوار العرب باتوا…", "19", 3)),
    3: (("Oct 29, 2024", "جاءت أرقام التضخم الأخيرة أقل من توقعات السوق، لكن…", "91", 6),
        ("Sep 17, 2024", "خسرت القناة جزءا كبيرا من عبور السفن منذ مطلع العام…", "204", 14),
        ("Aug 5, 2024", "مع كل صيف يعود السؤال نفسه عن قدرة الشبكة…", "66", 0)),
}
# page 3's guest-visible comments: (name, headline, age, text, reactions)
COMMENTS = (("أيمن فؤاد", "محلل مالي أول", "1w", "تحليل دقيق، والأهم هو ملف المستحقات المتأخرة للشركاء، فهو مفتاح عودة الاستثمار في الاستكشاف.", "5 Reactions"),
            ("نورهان سعيد", "باحثة في سياسات الطاقة", "5d", "شكرا على الطرح الواضح. هل هناك تقديرات لأثر ذلك على دعم الوقود في الموازنة؟", "2 Reactions"))
HASHTAGS = {3: ("الاقتصاد", "الطاقة", "مصر")}
LINKED = {2: (0, "هيئة تنشيط السياحة", "https://www.visitjordan.example/ar")}
BOLD = {2: (2, "نقلا مجانيا من عمّان")}
IMAGE_AFTER = {2: 1}  # page -> index of the paragraph the inline image follows
SPACER_AFTER = {1: (1, 7), 2: (3,), 3: (2,)}  # empty <p><!----><br></p> blocks
HEADING, BULLETS, RECOMMENDED_AT = 3, (5, 6, 7), 2  # page 1's paragraph indexes


def _span(text: str) -> str:
    return f"<span class>{e(text)}</span><!---->"


def _runs(n: int, k: int, text: str) -> str:
    """A paragraph as LinkedIn's editor stores it: spans, a bold span, a redirect link."""
    if n in LINKED and LINKED[n][0] == k:
        _, words, target = LINKED[n]
        before, after = text.split(words, 1)
        href = f"{HOST}/redir/redirect?url={quote(target, safe='')}&amp;urlhash=Qx3v&amp;trk={TRK}_little-text-block"
        return (f'<span class>{e(before)}</span><span class><a href="{href}" target="_blank" data-tracking-control-name="{TRK}_little-text-block" '
                f"data-tracking-will-navigate data-test-link>{e(words)}<!----></a></span><span class>{e(after)}</span><!---->")
    if n in BOLD and BOLD[n][0] == k:
        before, after = text.split(BOLD[n][1], 1)
        return f'<span class>{e(before)}</span><span class="font-[700]">{e(BOLD[n][1])}</span><span class>{e(after)}</span><!---->'
    return _span(text)


def _block(inner: str) -> str:
    return f"""\n    <div class="article-main__content" data-test-id="publishing-text-block">\n        {inner}
    </div>\n  \n<!----><!---->                  """


def _para(runs: str) -> str:
    return _block(f"<p>\n          {runs}\n        </p>")


def _blocks(article: Article, n: int, page: Page) -> str:
    paras = [article.lead, *article.paragraphs]
    out, k = [], 0
    while k < len(paras):
        if n == 1 and k == RECOMMENDED_AT:
            out.append(_recommended(page))
        if n == 1 and k == HEADING:
            out.append(_block(f'<h2 data-test-id="pulse-publishing-h1">\n            {_span(paras[k])}\n          </h2>'))
        elif n == 1 and k == BULLETS[0]:
            items = "\n".join(f"    <li>{_span(paras[j])}</li>" for j in BULLETS)
            out.append(_para(f"<span class>\n      <ul>\n        \n{items}\n\n      </ul>\n  </span><!---->"))
            k = BULLETS[-1]
        else:
            out.append(_para(_runs(n, k, paras[k])))
        if k in SPACER_AFTER.get(n, ()):
            out.append(_para("<!----><br>"))
        if IMAGE_AFTER.get(n) == k:
            out.append(_image(article))
            page.add(article.caption)
        k += 1
    if n in HASHTAGS:
        tags = " ".join(f'<a href="{HOST}/feed/hashtag/?keywords={quote(t)}&amp;trk={TRK}_little-text-block" '
                        f'data-tracking-control-name="{TRK}_little-text-block" data-test-link>#{e(t)}<!----></a>' for t in HASHTAGS[n])
        out.append(_para(f"<span class>{tags}</span><!---->"))
        page.add(" ".join(f"#{t}" for t in HASHTAGS[n]), *(f"#{t}" for t in HASHTAGS[n]))
    return "\n".join(out)


def _image(article: Article) -> str:
    src = f"{MEDIA}/D4E12AQH{article.slug[-6:]}Kw/article-inline_image-shrink_1500_2232/0/17{article.slug}?e=2147483647&amp;v=beta&amp;t=pQz4"
    return f"""\n    \n      <div class="flex flex-col mt-2" data-test-id="publishing-image-block" rel="ugc">\n      <figure>
        <img alt="{e(article.caption)}" class="lazy-load block w-full" data-delayed-url="{src}">\n          <figcaption class="mt-[0.8rem] text-center text-sm font-normal text-color-text-low-emphasis" data-test-id="publishing-image-block-caption">\n            {_span(article.caption)}
          </figcaption>\n      </figure>\n      </div>
  \n<!----><!---->                  """


def _recommended(page: Page) -> str:
    page.add("Recommended by LinkedIn")
    cards = []
    for title, author, age in RECOMMENDED:
        page.add(title, author, age, f"{author} {age}")
        cards.append(f"""          <li class="inline-article-card"><a href="{HOST}/pulse/{quote(title.replace(' ', '-'))}-x7?trk={TRK}_inline-article-card_title" class="base-card base-card--link inline-article-card__link" data-tracking-control-name="{TRK}_inline-article-card_title">\n              <h3 class="base-main-card__title line-clamp-2 font-sans text-md font-bold">{e(title)}</h3>\n              <p class="inline-article-card__subtitle text-sm text-color-text-low-emphasis">{e(author)} <span class="inline-article-card__time">{e(age)}</span></p>
            </a></li>""")
    return f"""\n    <div class="inline-articles my-3" data-test-id="inline-articles">\n      <h2 class="text-md font-bold text-color-text-low-emphasis">Recommended by LinkedIn</h2>
      <ul class="inline-articles__list">\n{chr(10).join(cards)}\n      </ul>
    </div>\n<!---->"""


def _shown(moment, lang: str) -> str:
    if lang == "ar":
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    return f"{EN_MONTHS[moment.month - 1]} {moment.day}, {moment.year}"


def _head(article: Article, n: int, url: str, lang: str, cover: str, ld: str) -> str:
    text = " ".join((article.lead, *article.paragraphs))
    desc = e(text[:150].rsplit(" ", 1)[0] + "…")
    title = e(article.headline)
    image = cover or f"{STATIC}/c45fy346jw096z9pbphyyhdz7"
    build = ("3.1.2214", "3.1.2214", "3.1.2377")[n - 1]
    sheet = "ar5x1ywnpfe3c3oe7r1q9v8cu" if lang == "ar" else "b4kq6a2zj9o8v3mm5ptz0ew1r"
    return f"""<head>\n        <meta name="pageKey" content="d_flagship3_pulse_read">\n        <meta name="locale" content="{'ar_AE' if lang == 'ar' else 'en_US'}">
        <meta id="config" data-app-version="{build}" data-call-tree-id="AAYX1{article.slug}==" data-multiproduct-name="article-ssr-frontend" data-service-name="article-ssr-frontend" data-browser-id="b7a1d9e4-55f0-4c2e-8a8f-1e6f2d3c{n}a90" data-enable-page-view-heartbeat-tracking data-disable-comscore-tracking data-page-instance="urn:li:page:d_flagship3_pulse_read;Zc{article.slug}Ag==">\n        <meta name="litmsProfileName" content="article-ssr-frontend">\n        <meta name="robots" content="max-image-preview:large, noarchive">
        <link rel="canonical" href="{url}">\n        <title>{title}</title>\n        <meta name="description" content="{desc}">
        <meta property="og:title" content="{title}">\n        <meta property="og:description" content="{desc}">\n        <meta property="og:image" content="{image}">
        <meta property="og:type" content="article">\n        <meta property="og:url" content="{url}">\n        <meta name="twitter:card" content="summary_large_image">
        <meta name="twitter:site" content="@LinkedIn">\n        <meta name="twitter:title" content="{title}">\n        <meta name="twitter:description" content="{desc}">
        <meta name="twitter:image" content="{image}">\n        <link rel="icon" href="{STATIC}/al2o9zrvru7aqj8e1x2rzsrca">\n        <link rel="stylesheet" href="{STATIC}/8whbpfc2eeyb9gchs1dkl4cvf">
        <link rel="stylesheet" href="{STATIC}/{sheet}">\n        <script src="{STATIC}/e0a1cltffx3grsd3ryjptdl6s" async></script>\n{ld}    </head>"""


def _jsonld(article: Article, n: int, url: str, cover: str, profile: str) -> str:
    _slug, _host, _h, _f, reactions, comments = AUTHORS[n]
    stamp = f"{article.moment.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000+00:00"
    data = {"@context": "http://schema.org", "@type": "Article", "name": article.headline, "headline": article.headline,
            "author": {"@type": "Person", "name": article.author, "url": profile}, "datePublished": stamp, "dateModified": stamp,
            "image": {"@type": "ImageObject", "url": cover.replace("&amp;", "&")},
            "publisher": {"@type": "Organization", "name": "LinkedIn", "url": "https://www.linkedin.com",
                          "logo": {"@type": "ImageObject", "url": f"{STATIC}/5bqeijhnjrw8ueln1uvxwqeta"}},
            "url": url, "mainEntityOfPage": url, "isAccessibleForFree": True, "commentCount": str(comments),
            "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction",
                                     "userInteractionCount": reactions}}
    return f'        <script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def _author(n: int, article: Article, ui: dict, page: Page, shown: str, profile: str) -> str:
    _slug, _host, headline, followers, _r, _c = AUTHORS[n]
    name, count = article.author or "", ui["followers"].format(followers)
    page.add(name, headline, count, ui["follow"], ui["published"].format(shown), ui["report"])
    login = f"{HOST}/uas/login?session_redirect={quote(page.url, safe='')}&amp;trk={TRK}_ellipsis-menu-semaphore-sign-in-redirect&amp;guestReportContentType=PONCHO_ARTICLE&amp;_f=guest-reporting"
    return f"""<div class="ellipsis-menu absolute right-0 top-0 !mr-1">\n              <div class="collapsible-dropdown flex items-center relative hyphens-auto">\n                <button class="ellipsis-menu__trigger" aria-expanded="false" type="button"><icon class="ellipsis-menu__trigger-icon" data-svg-class-name="ellipsis-menu__icon"></icon></button>
                <ul class="collapsible-dropdown__list hidden" role="menu" tabindex="-1"><li class="ellipsis-menu__item"><a href="{login}" class="semaphore__toggle" data-tracking-control-name="{TRK}_ellipsis-menu-semaphore-sign-in-redirect">{e(ui["report"])}</a></li></ul>\n              </div>\n            </div>
            <div class="publisher-author-card" data-test-id="publisher-author-card">\n              <div class="base-card relative w-full hover:no-underline focus:no-underline base-card--link base-main-card flex flex-wrap py-1.5">\n                <a class="base-card__full-link absolute top-0 right-0 bottom-0 left-0 p-0 z-[2]" href="{profile}?trk={TRK}_publisher-author-card" data-tracking-control-name="{TRK}_publisher-author-card"><span class="sr-only">{e(name)}</span></a>
                <div class="base-main-card__media relative w-[56px] h-[56px]"><img class="inline-block relative rounded-[50%] w-7 h-7" data-delayed-url="{MEDIA}/C4D03AQF{article.slug[:6]}/profile-displayphoto-shrink_100_100/0/16?e=2147483647&amp;v=beta" alt="{e(name)}"></div>\n                <div class="base-main-card__info self-center ml-1 flex flex-col">\n                  <h3 class="base-main-card__title font-sans text-[18px] font-bold text-color-text">{e(name)}</h3>
                  <h4 class="base-main-card__subtitle body-text text-color-text overflow-hidden">{e(headline)}</h4>\n                  <div class="base-main-card__metadata mb-0"><span class="base-main-card__metadata-item">{e(count)}</span></div>\n                </div>
              </div>\n              <a href="{HOST}/signup/cold-join?session_redirect={quote(page.url.replace(HOST, ''), safe='')}&amp;trk={TRK}_publisher-author-card" class="btn-sm btn-secondary-emphasis" data-tracking-control-name="{TRK}_publisher-author-card">{e(ui["follow"])}</a>\n            </div>
            <div class="mt-0.5 text-color-text-low-emphasis text-sm"><time>{e(ui["published"].format(shown))}</time></div>"""


def _top(ui: dict, page: Page) -> str:
    """The sign-in modal, the cookie-consent alert, the skip link and the guest nav."""
    page.add(ui["join"], ui["agree"], ui["more"], ui["create"], *ui["form"], *ui["cookie"], *ui["accept"], ui["skip"], "LinkedIn", *ui["nav"], *ui["auth"])
    form = "\n".join(f'            <p class="sign-in-modal__text">{e(t)}</p>' for t in ui["form"])
    nav = "\n".join(f'          <li><a class="top-nav-link flex" href="{HOST}/{k}?trk={TRK}_guest_nav_menu">{e(t)}</a></li>' for k, t in enumerate(ui["nav"]))
    accept, reject = ui["accept"]
    return f"""    <div class="contextual-sign-in-modal" data-test-id="contextual-sign-in-modal">\n      <div class="modal__overlay flex items-center bg-color-background-scrim justify-center fixed bottom-0 left-0 right-0 top-0 opacity-0 invisible">\n        <section class="max-h-[90vh] modal__main" role="dialog" aria-modal="true">
          <h2 class="sign-in-modal__title">{e(ui["join"])}</h2>\n          <p class="sign-in-modal__legal">{e(ui["agree"])}</p>\n          <h2 class="contextual-sign-in-modal__context-screen-title">{e(ui["more"])}</h2>
          <p class="contextual-sign-in-modal__subtitle">{e(ui["create"])}</p>\n          <form class="sign-in-form" action="{HOST}/uas/login-submit" method="post">\n{form}
          </form>\n        </section>\n      </div>
    </div>\n    <div id="artdeco-global-alert-container" class="artdeco-global-alert-container">\n      <section class="artdeco-global-alert artdeco-global-alert--NOTICE artdeco-global-alert--COOKIE_CONSENT" role="dialog" aria-live="polite">
        <div class="artdeco-global-alert__body flex justify-between">\n          <div class="flex justify-between"><p class="artdeco-global-alert__content">{e(ui["cookie"][0])}</p> <p class="artdeco-global-alert__content">{e(ui["cookie"][1])}</p></div>\n          <div class="artdeco-global-alert-action__wrapper"><button class="artdeco-global-alert-action artdeco-button" action-type="ACCEPT" data-tracking-control-name="ga-cookie.consent.accept.v4">{e(accept)}</button> <button class="artdeco-global-alert-action artdeco-button" action-type="DENY" data-tracking-control-name="ga-cookie.consent.deny.v4">{e(reject)}</button></div>
        </div>\n      </section>\n    </div>
    <a href="#main-content" class="skip-link btn-md btn-primary absolute z-11 -top-[100vh] focus:top-0">{e(ui["skip"])}</a>\n    <header class="header base-container-header flex w-full">\n      <nav class="nav pt-1.5 pb-2 flex items-center justify-between relative flex-nowrap babymamabear:py-1.5" aria-label="Primary">
        <a href="{HOST}/?trk={TRK}_nav-header-logo" class="nav__logo-link link-no-visited-state z-1 mr-auto" data-tracking-control-name="{TRK}_nav-header-logo"><span class="sr-only">LinkedIn</span><icon class="block text-color-brand w-[102px] h-[26px]" data-svg-class-name="inline-block relative -top-[2px]"></icon></a>\n        <ul class="top-nav-menu flex items-center babybear:w-full">\n{nav}
        </ul>\n        <div class="nav__cta-container order-3 flex gap-x-1 justify-end min-w-[100px] flex-nowrap flex-shrink-0 babybear:flex-wrap flex-2">\n          <a class="nav__button-tertiary btn-md btn-tertiary" href="{HOST}/signup/cold-join?trk={TRK}_nav-header-join">{e(ui["auth"][0])}</a>
          <a class="nav__button-secondary btn-md btn-secondary-emphasis" href="{HOST}/login?trk={TRK}_nav-header-signin">{e(ui["auth"][1])}</a>\n        </div>\n      </nav>
    </header>"""


def _social(n: int, ui: dict, page: Page) -> str:
    """The reactions/comments counts, the action bar, page 3's comments, the sign-in line."""
    _slug, _host, _h, _f, reactions, comments = AUTHORS[n]
    like, comment, share = ui["actions"]
    page.add(str(reactions), ui["comments"].format(comments), like, comment, share, *ui["share"], ui["to_comment"])
    join = f"{HOST}/signup/cold-join?trk={TRK}_x-social-details"
    rows = []
    for name, headline, age, text, count in COMMENTS if n == 3 else ():
        page.add(name, headline, age, text, count, "Reply")
        actor = f"https://eg.linkedin.example/in/{quote(name)}"
        rows.append(f"""        <section class="comment flex grow-1 items-stretch" data-test-id="comments__comment">\n          <a href="{actor}?trk={TRK}_x-social-details_comments-action_comment_actor-image" class="comment__avatar"><img alt="{e(name)}" class="inline-block relative rounded-[50%] w-4 h-4" data-delayed-url="{MEDIA}/C5603AQ/profile-displayphoto-shrink_100_100/0/1"></a>\n          <div class="comment__body flex flex-col flex-1 pl-1 break-words">
            <div class="comment__header flex flex-col"><a class="text-sm link-styled no-underline leading-open comment__author truncate pr-6" href="{actor}">{e(name)}</a>\n              <p class="!text-xs text-color-text-low-emphasis leading-[1.33333] mb-0.5 truncate comment__author-headline">{e(headline)}</p> <span class="text-xs text-color-text-low-emphasis comment__duration-since">{age}</span></div>\n            <p class="attributed-text-segment-list__content text-color-text !text-sm whitespace-pre-wrap break-words comment__text" dir="rtl">{e(text)}</p>
          </div>\n          <div class="comment__actions flex ml-[52px] mb-0.5"><a class="comment__action" href="{join}_comments-action_like">{like}</a> <a class="comment__action" href="{join}_comments-action_reply">Reply</a> <span class="comment__reactions-count">{count}</span></div>\n        </section>""")
    cta, link = ui["to_comment"].rsplit(" ", 2)[0], " ".join(ui["to_comment"].rsplit(" ", 2)[1:])
    menu = "\n".join(f'              <li class="share-menu__item">{e(s)}</li>' for s in ui["share"])
    return f"""        <div class="social-action-bar" data-test-id="social-actions">\n          <div class="social-details-social-counts flex items-center">\n            <a class="social-counts-reactions flex items-center" href="{join}_likes-count_social-actions-reactions" data-test-id="social-actions__reactions"><img alt="" data-delayed-url="{STATIC}/bn39hirwzjqj18ej1fkz55671"> <span class="social-counts-reactions__count" data-test-id="social-actions__reaction-count">{reactions}</span></a>
            <a class="social-action-counts__comments" href="{join}_comments" data-test-id="social-actions__comments">{e(ui["comments"].format(comments))}</a>\n          </div>\n          <div class="social-action-bar__buttons flex">
            <a class="social-action-bar__button" href="{join}_like-toggle_like-cta">{e(like)}</a> <a class="social-action-bar__button" href="{join}_comment-cta">{e(comment)}</a>\n            <div class="collapsible-dropdown share-menu"><ul class="share-menu__list hidden">\n{menu}\n            </ul><button class="social-action-bar__button">{e(share)}</button></div>\n          </div>
        </div>\n{chr(10).join(rows)}\n        <p class="comments__sign-in-cta">{e(cta)} <a href="{join}_comments_comment-see-more" data-tracking-control-name="{TRK}_x-social-details_comments_comment-see-more">{e(link)}</a></p>"""


def _rail(article: Article, n: int, ui: dict, page: Page, profile: str) -> str:
    """"More articles by <author>", "Others also viewed" (not on page 2), "Explore topics"."""
    more_by = ui["more_by"].format(article.author)
    page.add(more_by, ui["see_all"], ui["topics"], *ui["topic_list"])
    cards = []
    for title, (date, snippet, count, ncom) in zip(article.related, MORE_META[n], strict=True):
        ctext = ui["comments"].format(ncom) if ncom else ""
        page.add(title, date, snippet, count, ctext)
        extra = f' <span class="social-counts__comments">{e(ctext)}</span>' if ctext else ""
        cards.append(f"""            <li class="show-more-less__list-item"><a class="base-card relative w-full base-card--link base-main-card flex" href="{HOST}/pulse/{quote(title.replace(' ', '-').replace('?', ''))}-{AUTHORS[n][0]}?trk={TRK}_more-articles_related-content-card" data-tracking-control-name="{TRK}_more-articles_related-content-card">\n              <span class="base-main-card__metadata-item">{e(date)}</span>\n              <h3 class="base-main-card__title">{e(title)}</h3>
              <p class="base-main-card__description">{e(snippet)}</p>\n              <span class="social-counts__reactions-count">{count}</span>{extra}\n            </a></li>""")
    others = ""
    if n != 2:
        page.add("Others also viewed", "Show more", "Show less")
        items = []
        for title, name, age in OTHERS:
            page.add(title, f"{name} {age}")
            items.append(f'          <li><a class="base-card base-aside-card" href="{HOST}/pulse/{quote(title.replace(" ", "-").replace("?", ""))}"><h3 class="base-aside-card__title">{e(title)}</h3><p class="base-aside-card__subtitle">{e(name)} {age}</p></a></li>')
        others = f"""        <section class="aside-section-container mb-4">\n          <h2 class="aside-section-container__title section-title">Others also viewed</h2>\n          <ul class="aside-section-container__content">
{chr(10).join(items)}\n          </ul>\n          <button class="show-more-less__button show-more-less__more-button">Show more</button> <button class="show-more-less__button show-more-less__less-button">Show less</button>
        </section>\n"""
    topics = "\n".join(f'            <li><a class="pill" href="{HOST}/pulse/topics/{k}?trk={TRK}_explore-topics">{e(t)}</a></li>' for k, t in enumerate(ui["topic_list"]))
    return f"""      <section class="right-rail papabear:w-right-rail-width papabear:ml-column-gutter">\n        <section class="more-articles mb-4">\n          <h2 class="more-articles__title section-title">{e(more_by)}</h2>
          <ul class="show-more-less__list">\n{chr(10).join(cards)}\n          </ul>
          <a class="more-articles__see-all" href="{profile}/recent-activity/articles/">{e(ui["see_all"])}</a>\n        </section>\n{others}        <section class="explore-topics">
          <h2 class="section-title">{e(ui["topics"])}</h2>\n          <ul class="flex flex-wrap">\n{topics}
          </ul>\n        </section>\n      </section>"""


def _footer(ui: dict, page: Page) -> str:
    page.add("LinkedIn © 2024", *ui["legal"], *LANGUAGES, ui["language"])
    legal = "\n".join(f'          <li class="li-footer__item"><a class="li-footer__item-link" href="{HOST}/legal/{k}?trk=d_flagship3_pulse_read_footer-{k}">{e(label)}</a></li>' for k, label in enumerate(ui["legal"]))
    langs = "\n".join(f'              <li class="language-selector__item"><button class="language-selector__link" lang="{k}">{e(t)}</button></li>' for k, t in enumerate(LANGUAGES))
    return f"""    <footer class="li-footer bg-transparent w-full">\n      <ul class="li-footer__list flex flex-wrap flex-row items-start justify-start w-full h-auto min-h-[50px]">\n          <li class="li-footer__item"><span class="sr-only">LinkedIn</span><span class="li-footer__copy-text">LinkedIn © 2024</span></li>
{legal}\n          <li class="li-footer__item"><div class="collapsible-dropdown language-selector">\n            <ul class="language-selector__list hidden" role="menu">
{langs}\n            </ul>\n            <button class="language-selector__button">{e(ui["language"])}</button>
          </div></li>\n      </ul>\n    </footer>"""


def render(article: Article, n: int) -> Page:
    lang = "ar" if n == 2 else "en"
    ui = UI[lang]
    slug, host = AUTHORS[n][:2]
    words = "-".join(article.headline.replace(":", "").split()[:6])
    url = f"{HOST}/pulse/{quote(words)}-{slug}-{ARTICLE_IDS[n - 1]}"
    profile = f"https://{host}.linkedin.example/in/{slug}"
    shown = _shown(article.moment, lang)
    page = Page(url=url, html="", shown_date=shown)
    cover = "" if n == 2 else f"{MEDIA}/D4D12AQE{article.slug[-5:]}/article-cover_image-shrink_720_1280/0/17{article.slug}?e=2147483647&amp;v=beta&amp;t=Xf2"
    ld = "" if n == 2 else _jsonld(article, n, url, cover, profile)
    top = _top(ui, page)
    figure = "" if not cover else f"""    <figure class="cover-img">\n<!---->      <div class="cover-img__image-frame relative w-full overflow-hidden pb-[calc((134/782)*100%)]">\n        <div class="cover-img__image-position absolute top-0 right-0 bottom-0 left-0
            "><img class="cover-img__image relative w-full h-full object-cover" src="{cover}" fetchpriority="high" data-embed-id="cover-image" alt="{e(article.headline)}" tabindex="0"></div>\n      </div>\n<!---->    </figure>"""
    author = _author(n, article, ui, page, shown, profile)
    blocks = _blocks(article, n, page)
    social = _social(n, ui, page)
    page.html = f"""<!DOCTYPE html>\n<html class="cls-fix-enabled" lang="{lang}">\n    {_head(article, n, url, lang, cover, ld)}
  <body dir="{'rtl' if lang == 'ar' else 'ltr'}">\n    <code id="isClsFixActive" style="display: none"><!--true--></code>\n    <code id="enableFingerprintingJS" style="display: none"><!--true--></code>
{top}\n    <main class="main article-main" id="main-content" role="main">\n      <section class="core-rail mx-auto papabear:w-core-rail-width mamabear:max-w-[790px] mamabear:px-mobile-container-padding babybear:max-w-[790px] babybear:px-mobile-container-padding">
        <article class="article-main__content">\n        <div class="details mx-details-container-padding">\n{figure}
          <header class="article-main__header">\n            <h1 class="pulse-title text-color-text font-bold text-display-md leading-regular my-3">{e(article.headline)}</h1>\n            {author}
          </header>\n              <div data-test-id="article-content-blocks">\n<!---->                  {blocks}
<!---->              </div>\n        </div>\n        </article>
{social}\n      </section>\n{_rail(article, n, ui, page, profile)}
    </main>\n{_footer(ui, page)}\n    <script src="{STATIC}/7wrz3t5ns1bbgbdvx7bgs7upp" async defer></script>
  </body>\n</html>\n"""
    return page
