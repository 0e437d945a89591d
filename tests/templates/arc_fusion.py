"""A big pan-Arab outlet on Arc XP (PageBuilder Fusion): React server-rendered markup with
BEM-ish generated class names (`c-article-body__content`, `b-headline`, `c-attribution`) and
`<!-- -->` text separators, a "لندن: <name>" byline, the date as `<time dateTime>` in UTC ISO
(milliseconds, `Z`) while the text shows the local time in Riyadh ("نُشر: 01:10-17 أكتوبر
2024 م"; on page 2 the UTC day is the day before), a lead image with credit, share buttons,
ad slots (`arcad`), an "اقرأ أيضاً" interstitial card and a newsletter signup box between the
paragraphs, tag pills, a related-stories row, the most-read rail, and at the end
`<script id="fusion-metadata">` with `Fusion.globalContent={...}`: the story's ANS document
(headlines, credits, UTC dates, taxonomy, and the text again as `content_elements`)."""

from __future__ import annotations

import json
from datetime import UTC, timedelta

from .base import MONTHS, Article, Page, e, rotate

NAME = "arc_fusion"
HELD_OUT = True
SET = "unseen3"
FAMILY = "Pan-Arab outlet on Arc XP / Fusion: React SSR, c-article-body, Fusion.globalContent, UTC"
HOST = "https://www.alofuq-news.example"
SITE = "الأفق"
MENU = ("الرئيسية", "العالم العربي", "العالم", "اقتصاد", "علوم", "رياضة", "ثقافة وفنون",
        "رأي", "فيديو", "بودكاست")
LOCATION = {"سامر الخطيب": "لندن", "ريم عبد الله": "جنيف"}
MOST_READ = (
    "البنك المركزي الأوروبي يخفض الفائدة للمرة الثالثة هذا العام",
    "ما الذي نعرفه عن محادثات وقف إطلاق النار حتى الآن؟",
    "خمسة أسئلة عن الانتخابات الأميركية وتأثيرها على المنطقة",
    "الذهب يسجل مستوى قياسيا جديدا فوق 2700 دولار للأونصة",
    "كأس آسيا: المنتخبات العربية الأربعة في المجموعات الصعبة",
    "مهرجان البحر الأحمر يكشف عن أفلام دورته الجديدة",
    "طفرة في الطلب على السيارات الكهربائية في الخليج",
)
NEWSLETTER = ("النشرة الصباحية", "أهم أخبار المنطقة والعالم في بريدك كل صباح",
              "بالتسجيل، أنت توافق على شروط الاستخدام وسياسة الخصوصية")
SHARE = ("مشاركة", "فيسبوك", "إكس", "واتساب", "تلغرام", "نسخ الرابط")
FOOTER = f"© 2024 {SITE}. جميع الحقوق محفوظة"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "الشروط والأحكام")


def _ms(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.second * 7 + 418:03d}Z"


def local_stamp(moment) -> str:
    return f"{moment:%H:%M}-{moment.day} {MONTHS[moment.month - 1]} {moment.year} م"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    updated = moment + timedelta(minutes=35 + 10 * n)
    shown = f"نُشر: {local_stamp(moment)}"
    updated_shown = f"آخر تحديث: {local_stamp(updated)}"
    story_id = f"{article.slug.upper()[:6]}{n}KQ7ZP4XJ2MB5T3W"[:26]
    section_slug = {"اقتصاد": "economy", "العالم العربي": "arab-world", "علوم": "science"}[article.section]
    url = f"{HOST}/{section_slug}/{moment:%Y/%m/%d}/{article.slug}"
    page = Page(url=url, html="", shown_date=shown)
    place = LOCATION.get(article.author or "")
    byline = f"{place}: {article.author}" if article.author else "وكالات"
    read_also = article.related[0]
    most = rotate(MOST_READ, n * 2, 5)
    credit = article.caption[article.caption.rindex("("):]
    caption = article.caption[:article.caption.rindex("(")].strip()
    page.add(" ".join(MENU), "English", "تسجيل الدخول", "اشترك", article.section, byline, shown,
             updated_shown, caption, credit, *SHARE, "إعلان", "اقرأ أيضاً", read_also,
             *NEWSLETTER, "المواضيع", "ذات صلة", *article.related[1:],
             "الأكثر قراءة", *most, "تابعونا", " ".join(FOOTER_LINKS), FOOTER)
    paragraphs = (article.lead, *article.paragraphs)
    parts = [f'<p class="c-paragraph" data-el="text">{e(p)}</p>' for p in paragraphs]
    read_url = f"/{section_slug}/{(moment - timedelta(days=3)):%Y/%m/%d}/related-{n}"
    parts.insert(1, f'<div class="b-ad-block b-ad-block--article-body" data-testid="ad-block-1"><div class="c-ad__label">إعلان</div><div id="arcad_f0f{n}a1" class="arcad" data-ad-name="mpu_1" style="min-height:250px"></div></div>')
    parts.insert(4, f'<div class="c-interstitial-link"><span class="c-interstitial-link__label">اقرأ أيضاً</span><a class="c-link c-interstitial-link__link" href="{read_url}"><img class="c-image" src="{HOST}/resizer/v2/RA{n}LSO.jpg?auth=9e1c&amp;width=160" alt="" loading="lazy"/><span class="c-interstitial-link__title">{e(read_also)}</span></a></div>')
    parts.append(f'<div class="b-newsletter-signup"><div class="c-stack"><h3 class="c-heading b-newsletter-signup__title">{NEWSLETTER[0]}</h3><p class="c-paragraph">{NEWSLETTER[1]}</p><form class="b-newsletter-signup__form"><input class="c-input" type="email" placeholder="بريدك الإلكتروني" aria-label="بريدك الإلكتروني"/><button class="c-button c-button--primary" type="submit">اشترك</button></form><p class="c-paragraph b-newsletter-signup__legal">{NEWSLETTER[2]}</p></div></div>')
    parts.insert(len(parts) - 1, f'<div class="b-ad-block b-ad-block--article-body" data-testid="ad-block-2"><div class="c-ad__label">إعلان</div><div id="arcad_f0f{n}a2" class="arcad" data-ad-name="mpu_2" style="min-height:250px"></div></div>')
    body = "".join(parts)
    tags = "".join(f'<a class="c-button c-button--small c-button--secondary b-tag-list__pill" href="/topic/{k + 11 * n}/">{e(t)}</a>'
                   for k, t in enumerate(article.tags))
    related = "".join(
        f'<div class="b-card-list__item"><a class="c-link" href="/{section_slug}/rel-{n}{k}"><img class="c-image" src="{HOST}/resizer/v2/REL{n}{k}.jpg?width=300" alt="" loading="lazy"/></a><h2 class="c-heading b-card-list__title"><a class="c-link" href="/{section_slug}/rel-{n}{k}">{e(t)}</a></h2></div>'
        for k, t in enumerate(article.related[1:]))
    most_html = "".join(
        f'<li class="b-top-table-list__item"><span class="b-top-table-list__number">{k + 1}</span><a class="c-link" href="/most-read-{n}{k}"><h3 class="c-heading">{e(t)}</h3></a></li>'
        for k, t in enumerate(most))
    menu = "".join(f'<li class="b-header-nav-chain__item"><a class="c-link" href="/{"" if k == 0 else f"section-{k}/"}">{label}</a></li> '
                   for k, label in enumerate(MENU))
    share = "".join(f'<button class="c-button c-button--icon b-share-bar__button" aria-label="{label}" type="button"><span class="c-icon-label">{label}</span></button>'
                    for label in SHARE[1:])
    writer_html = (f'<span class="b-byline__location">{place}: </span><!-- --><a class="c-link c-attribution" href="/author/{n}/">{e(article.author)}</a>'
                   if article.author else '<span class="c-attribution">وكالات</span>')
    elements = []
    for k, text in enumerate(paragraphs):
        elements.append({"_id": f"P{n}{k:02d}XRT6QZ", "type": "text", "content": text,
                         "additional_properties": {"_id": 1700000000000 + k}})
        if k == 2:
            elements.append({"_id": f"L{n}XRT6QZ", "type": "interstitial_link",
                             "content": read_also, "url": read_url})
    credits = ({"by": [{"_id": f"author-{n}", "type": "author", "name": article.author,
                        "additional_properties": {"original": {"byline": article.author}},
                        "location": place}]}
               if article.author else {"by": [{"type": "author", "name": "وكالات"}]})
    ans = {"_id": story_id, "type": "story", "version": "0.10.9", "canonical_url": url[len(HOST):],
           "canonical_website": "alofuq", "website_url": url[len(HOST):],
           "headlines": {"basic": article.headline}, "description": {"basic": article.lead[:160]},
           "credits": credits, "created_date": _ms(moment - timedelta(minutes=50)),
           "first_publish_date": _ms(moment), "publish_date": _ms(updated),
           "display_date": _ms(moment), "last_updated_date": _ms(updated),
           "language": "ar", "content_elements": elements,
           "promo_items": {"basic": {"type": "image", "url": f"{HOST}/resizer/v2/LEAD{n}.jpg",
                                     "caption": caption, "credits": {"affiliation": [{"name": credit.strip("()")}]}}},
           "taxonomy": {"primary_section": {"_id": f"/{section_slug}", "name": article.section},
                        "tags": [{"text": t, "slug": f"tag-{k}"} for k, t in enumerate(article.tags)]},
           "label": {}, "subtype": "standard"}
    metas = {"title": article.headline, "page-type": "article"}
    global_content = json.dumps(ans, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
              "datePublished": _ms(moment), "dateModified": _ms(updated),
              "author": [{"@type": "Person", "name": article.author}] if article.author
              else [{"@type": "Organization", "name": SITE}],
              "publisher": {"@type": "Organization", "name": SITE,
                            "logo": {"@type": "ImageObject", "url": f"{HOST}/pf/resources/logo.png?d=712"}},
              "image": [f"{HOST}/resizer/v2/LEAD{n}.jpg"], "mainEntityOfPage": url,
              "articleSection": article.section}
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{e(article.headline)} | {SITE}</title><link rel="canonical" href="{url}"/><meta name="description" content="{e(article.lead[:160])}"/><meta property="og:site_name" content="{SITE}"/><meta property="og:type" content="article"/><meta property="og:title" content="{e(article.headline)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{HOST}/resizer/v2/LEAD{n}.jpg?auth=5f2a&amp;width=1200"/><meta property="article:published_time" content="{_ms(moment)}"/><meta property="article:modified_time" content="{_ms(updated)}"/><meta property="article:section" content="{e(article.section)}"/><meta name="twitter:card" content="summary_large_image"/><script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script><link rel="preload" as="script" href="/pf/dist/engine/react.js?d=712&amp;mxId=00000000"/><link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=712&amp;mxId=00000000"/><script async="" src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head><body><div id="fusion-app" class="b-right-rail-advanced"><header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="c-link b-header-nav-chain__logo" href="/" aria-label="{SITE}"><img class="c-image" src="/pf/resources/logo.svg?d=712" alt="{SITE}"/></a><div class="b-header-nav-chain__actions"><a class="c-link" href="https://english.alofuq-news.example/" hreflang="en">English</a> <a class="c-button c-button--secondary" href="/account/login/">تسجيل الدخول</a> <a class="c-button c-button--primary" href="/subscribe/">اشترك</a></div></div><nav class="b-header-nav-chain__nav" aria-label="أقسام"><ul class="b-header-nav-chain__links">{menu}</ul></nav></header><div class="b-ad-block b-ad-block--leaderboard"><div id="arcad_top{n}" class="arcad" data-ad-name="leaderboard" style="min-height:90px"></div></div><main class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__main-interior-item"><div class="c-stack b-article-header" data-style-direction="vertical"><a class="c-overline b-overline" href="/{section_slug}/">{e(article.section)}</a><h1 class="c-heading b-headline">{e(article.headline)}</h1><div class="c-stack b-byline" data-style-direction="horizontal"><div class="b-byline__names">{writer_html}</div><div class="b-date"><time class="c-date" dateTime="{_ms(moment)}">نُشر: <!-- -->{local_stamp(moment)}</time><span class="c-separator"> | </span><time class="c-date b-date--updated" dateTime="{_ms(updated)}">آخر تحديث: <!-- -->{local_stamp(updated)}</time></div></div><figure class="c-media-item b-lead-art"><img class="c-image" src="{HOST}/resizer/v2/LEAD{n}.jpg?auth=5f2a&amp;width=800" srcSet="{HOST}/resizer/v2/LEAD{n}.jpg?auth=5f2a&amp;width=400 400w, {HOST}/resizer/v2/LEAD{n}.jpg?auth=5f2a&amp;width=800 800w" alt="{e(caption)}" width="800" height="450"/><figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">{e(caption)}</span> <span class="c-media-item__credit">{credit}</span></figcaption></figure><div class="b-share-bar"><span class="b-share-bar__label">{SHARE[0]}</span>{share}</div></div><article class="b-article-body"><div class="c-article-body__content">{body}</div></article><div class="b-tag-list"><h2 class="c-heading b-tag-list__title">المواضيع</h2><div class="c-stack b-tag-list__pills" data-style-direction="horizontal">{tags}</div></div><div class="b-card-list"><h2 class="c-heading b-card-list__heading">ذات صلة</h2>{related}</div></div></main><aside class="b-right-rail-advanced__rail"><div class="b-ad-block b-ad-block--rail"><div id="arcad_rail{n}" class="arcad" data-ad-name="rail_1" style="min-height:600px"></div></div><div class="b-top-table-list"><h2 class="c-heading b-top-table-list__title">الأكثر قراءة</h2><ol class="b-top-table-list__list">{most_html}</ol></div></aside><footer class="b-footer"><div class="b-footer__social"><span>تابعونا</span> <a class="c-link" href="https://x.com/alofuq" aria-label="X">X</a> <a class="c-link" href="https://facebook.com/alofuq" aria-label="Facebook">Facebook</a></div><ul class="b-footer__links">{"".join(f'<li><a class="c-link" href="/page/{k}/">{label}</a></li> ' for k, label in enumerate(FOOTER_LINKS))}</ul><p class="b-footer__copyright">{FOOTER}</p></footer></div><script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="alofuq";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="712";Fusion.globalContent={global_content};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"{url[len(HOST):]}","arc-site":"alofuq"}}}};Fusion.contentCache={{}};Fusion.lastModified={int(updated.timestamp()) * 1000};Fusion.contentMeta={{}};Fusion.layout="right-rail-advanced";Fusion.metas={json.dumps(metas, ensure_ascii=False)};var ___layout=null;</script><script src="/pf/dist/engine/react.js?d=712&amp;mxId=00000000" defer=""></script><script src="/pf/dist/components/combinations/default.js?d=712&amp;mxId=00000000" defer=""></script></body></html>
"""
    return page
