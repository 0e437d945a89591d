"""A Lebanese news site on the Next.js App Router: no `__NEXT_DATA__`; the page is server-rendered
HTML with Tailwind utility classes only, `<!--$-->` Suspense markers, `/_next/static/chunks/app/...`
scripts, and the React Server Components payload in `self.__next_f.push([1,"..."])` script
chunks at the end of the body (the whole tree again, the story's paragraphs included, as
escaped JSON rows). The page: the header menu, the section, the headline, the writer (none on
agency-based copy), `<time dateTime="...000Z">` in UTC printed in Beirut time with Levantine
months ("الثلاثاء 14 أيار 2024 - 12:30"; page 3's UTC day is the day before), the text with
two "اقرأ أيضاً" cards between the paragraphs, a paywall teaser line ("... للاشتراك اضغط هنا")
after it, the tags, a live "ساعة بساعة" ticker box with times beside the story, the "اقرأ
أيضاً" grid and the footer."""

from __future__ import annotations

import json
from datetime import UTC

from .base import LEVANTINE, Article, Page, e, weekday

NAME = "lb_nextjs_app"
HELD_OUT = True
SET = "unseen5"
FAMILY = "Lebanese Next.js App Router site: self.__next_f RSC chunks, Tailwind, live ticker"
HOST = "https://www.alarz-news.example"
SITE = "الأرز نيوز"
MENU = ("الرئيسية", "لبنان", "سياسة", "اقتصاد", "تربية", "عربي ودولي", "رياضة", "ثقافة",
        "بودكاست")
LIVE = (
    "الجيش: تفجير ذخائر غير منفجرة في خراج بلدة الخيام",
    "جلسة لمجلس الوزراء عند الرابعة عصراً في السراي الحكومي",
    "زحمة سير خانقة على أوتوستراد جونية باتجاه بيروت",
    "وزير الخارجية يلتقي السفيرة الفرنسية في قصر بسترس",
    "الأرصاد: طقس غائم جزئياً مع انخفاض في درجات الحرارة",
    "وزارة الصحة: إجراء 120 عملية جراحية مجانية في المستشفيات الحكومية",
    "بلدية بيروت تعلن إقفال شارع الحمرا مؤقتاً لأعمال صيانة",
)
LIVE_TIMES = ("12:48", "12:31", "12:05", "11:52", "11:20")
PAYWALL = f"اقرأ {SITE} بلا حدود مع الاشتراك الرقمي بـ 4.99 دولار شهرياً. للاشتراك اضغط هنا"
FOOTER = f"© 2024 {SITE}. جميع الحقوق محفوظة"
FOOTER_LINKS = ("من نحن", "اتصل بنا", "شروط الاستخدام", "سياسة الخصوصية", "الاشتراكات")
BUILD = "k3Vq8ZpLr2TnXw"


def beirut_date(moment) -> str:
    return f"{weekday(moment)} {moment.day} {LEVANTINE[moment.month - 1]} {moment.year} - {moment:%H:%M}"


def _el(tag: str, props: dict, key: str | None = None) -> list:
    return ["$", tag, key, props]


def render(article: Article, n: int) -> Page:
    moment = article.moment
    story_id = 918200 + 6121 * n
    url = f"{HOST}/article/{story_id}"
    utc = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    shown = beirut_date(moment)
    page = Page(url=url, html="", shown_date=shown)
    live = LIVE[n - 1:n + 4]
    section_slug = {"اقتصاد": "economy", "لبنان": "lebanon", "تربية": "education"}[article.section]
    page.add(" ".join(MENU), "اشترك", article.section, shown, "اقرأ أيضاً", *article.related,
             PAYWALL, "ساعة بساعة", *live, *LIVE_TIMES, "مباشر", " ".join(FOOTER_LINKS), FOOTER)
    if article.author:
        page.add(article.author)
    texts = (article.lead, *article.paragraphs)
    card_at = {2: 0, 4: 1}

    def card(k: int) -> str:
        title = article.related[k]
        href = f"/article/{story_id - 211 * (k + 1)}"
        return (f'<aside class="my-6 flex items-center gap-4 rounded-xl border border-neutral-200 bg-neutral-50 p-3 dark:border-neutral-800 dark:bg-neutral-900">'
                f'<img alt="" loading="lazy" width="96" height="64" decoding="async" class="h-16 w-24 shrink-0 rounded-lg object-cover" src="/_next/image?url=%2Fuploads%2F{story_id - 211 * (k + 1)}.webp&amp;w=256&amp;q=75"/>'
                f'<div class="min-w-0"><span class="text-xs font-semibold text-red-600">اقرأ أيضاً</span>'
                f'<a class="mt-1 block text-base font-bold leading-6 text-neutral-900 hover:text-red-700" href="{href}">{e(title)}</a></div></aside>')

    parts = []
    for k, text in enumerate(texts):
        parts.append(f'<p class="mb-5 text-[17px] leading-8 text-neutral-800">{e(text)}</p>')
        if k + 1 in card_at and k + 1 < len(texts):
            parts.append(card(card_at[k + 1]))
    body = "\n".join(parts)
    menu = "\n".join(f'<li><a class="px-3 py-2 text-sm font-medium hover:text-red-600{" text-red-600" if label == article.section else ""}" href="/{"" if k == 0 else f"section/{k}"}">{label}</a></li>'
                     for k, label in enumerate(MENU))
    live_html = "\n".join(f'<li class="relative border-r-2 border-red-500 pr-3"><time class="block text-xs font-bold text-red-600">{t}</time><p class="text-sm leading-6">{e(item)}</p></li>'
                          for t, item in zip(LIVE_TIMES, live, strict=True))
    tags = "\n".join(f'<a class="rounded-full bg-neutral-100 px-3 py-1 text-sm hover:bg-neutral-200" href="/tag/{e(t)}">#{e(t)}</a>' for t in article.tags)
    grid = "\n".join(f'<a class="group block" href="/article/{story_id - 211 * (k + 1)}"><div class="aspect-video overflow-hidden rounded-lg bg-neutral-200"></div><h3 class="mt-2 text-sm font-bold leading-6 group-hover:text-red-700">{e(t)}</h3></a>'
                     for k, t in enumerate(article.related))
    byline = (f'<a class="font-semibold text-neutral-900 hover:underline" href="/author/{story_id % 89}">{e(article.author)}</a><span aria-hidden="true">·</span>'
              if article.author else "")
    # The RSC payload: the same tree as escaped JSON rows, pushed chunk by chunk.
    story_children = [_el("h1", {"className": "text-3xl font-extrabold leading-snug md:text-4xl", "children": article.headline})]
    story_children.append(_el("div", {"className": "mt-3 flex items-center gap-2 text-sm text-neutral-500", "children": [
        *([_el("$L14", {"href": f"/author/{story_id % 89}", "children": article.author})] if article.author else []),
        _el("time", {"dateTime": utc, "children": shown})]}))
    for k, text in enumerate(texts):
        story_children.append(_el("p", {"className": "mb-5 text-[17px] leading-8 text-neutral-800", "children": text}, f"p-{k}"))
        if k + 1 in card_at and k + 1 < len(texts):
            story_children.append(_el("$L15", {"title": article.related[card_at[k + 1]], "href": f"/article/{story_id - 211 * (card_at[k + 1] + 1)}"}))
    compact = (",", ":")
    rows = [
        '1:HL["/_next/static/css/4b1f0c2a9e7d3f10.css","style"]',
        f'0:["{BUILD}",[[["",{{"children":["article",{{"children":[["id","{story_id}","d"],{{"children":["__PAGE__",{{}}]}}]}}]}},"$undefined","$undefined",true],["",{{"children":["article",{{"children":[["id","{story_id}","d"],{{"children":["__PAGE__",{{}},["$L2",["$L3",null]]]}}]}}]}},[null,"$L4"]],[[["$","link","0",{{"rel":"stylesheet","href":"/_next/static/css/4b1f0c2a9e7d3f10.css","precedence":"next","crossOrigin":"$undefined"}}]],"$L5"]]]]',
        '14:I[72972,["231","static/chunks/231-8e1b2f6a0c3d9e44.js","797","static/chunks/app/article/[id]/page-5d0a7e3b19c4f261.js"],""]',
        '15:I[41338,["797","static/chunks/app/article/[id]/page-5d0a7e3b19c4f261.js"],"ReadAlsoCard"]',
        "5:" + json.dumps([_el("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}, "0"),
                           _el("title", {"children": f"{article.headline} | {SITE}"}, "1"),
                           _el("meta", {"property": "article:published_time", "content": utc}, "2")], ensure_ascii=False, separators=compact),
        "3:" + json.dumps(_el("article", {"className": "min-w-0 flex-1", "children": story_children}), ensure_ascii=False, separators=compact),
        "16:" + json.dumps(_el("section", {"className": "mt-8 rounded-2xl bg-neutral-950 p-4 text-white", "children": [
            _el("h2", {"className": "text-lg font-bold", "children": "ساعة بساعة"}),
            _el("ul", {"children": [_el("li", {"children": [_el("time", {"children": t}), _el("p", {"children": item})]}, str(j))
                                    for j, (t, item) in enumerate(zip(LIVE_TIMES, live, strict=True))]})]}), ensure_ascii=False, separators=compact),
    ]
    chunks = "".join(f"<script>self.__next_f.push({json.dumps([1, row + chr(10)], ensure_ascii=False, separators=compact)})</script>"
                     for row in rows)
    page.html = f"""<!DOCTYPE html><html lang="ar" dir="rtl" class="__variable_2f9a1c __variable_8b4e07"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/4b1f0c2a9e7d3f10.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-0f7c2d9a1e5b3c88.js"/><script src="/_next/static/chunks/fd9d1056-3b7f0e2c5a9d4e11.js" async=""></script><script src="/_next/static/chunks/main-app-9a2c4e6f1b3d5a70.js" async=""></script><script src="/_next/static/chunks/app/article/%5Bid%5D/page-5d0a7e3b19c4f261.js" async=""></script><title>{e(article.headline)} | {SITE}</title><meta name="description" content="{e(article.lead[:160])}"/><link rel="canonical" href="{url}"/><meta property="og:title" content="{e(article.headline)}"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="{SITE}"/><meta property="og:locale" content="ar_LB"/><meta property="og:image" content="{HOST}/uploads/{story_id}.webp"/><meta property="og:type" content="article"/><meta property="article:published_time" content="{utc}"/><meta property="article:section" content="{e(article.section)}"/><meta name="twitter:card" content="summary_large_image"/><script src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js" noModule=""></script></head><body class="bg-white font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/90 backdrop-blur"><div class="mx-auto flex max-w-screen-xl items-center justify-between px-4 py-3"><a class="text-2xl font-black text-red-700" href="/">{SITE}</a><nav class="hidden lg:block"><ul class="flex items-center">
{menu}
</ul></nav><a class="rounded-full bg-red-700 px-4 py-1.5 text-sm font-bold text-white" href="/subscribe">اشترك</a></div></header>
<main class="mx-auto max-w-screen-xl px-4 py-6"><!--$--><div class="flex flex-col gap-8 lg:flex-row">
<article class="min-w-0 flex-1">
<a class="text-sm font-bold text-red-600" href="/section/{section_slug}">{e(article.section)}</a>
<h1 class="mt-2 text-3xl font-extrabold leading-snug md:text-4xl">{e(article.headline)}</h1>
<div class="mt-3 flex items-center gap-2 text-sm text-neutral-500">{byline}<time dateTime="{utc}">{shown}</time></div>
<div class="relative mt-5 aspect-video overflow-hidden rounded-2xl bg-neutral-200"><img alt="{e(article.headline)}" fetchPriority="high" decoding="async" data-nimg="fill" class="object-cover" style="position:absolute;height:100%;width:100%;inset:0;color:transparent" sizes="(max-width: 768px) 100vw, 66vw" src="/_next/image?url=%2Fuploads%2F{story_id}.webp&amp;w=1200&amp;q=75"/></div>
<div class="mt-6">
{body}
</div>
<div class="my-6 rounded-xl bg-amber-50 p-4 text-center text-sm font-semibold text-amber-900"><a href="/subscribe">{e(PAYWALL)}</a></div>
<div class="flex flex-wrap gap-2">
{tags}
</div>
</article>
<aside class="w-full shrink-0 lg:w-80"><!--$--><section class="rounded-2xl bg-neutral-950 p-4 text-white"><div class="mb-3 flex items-center justify-between"><h2 class="text-lg font-bold">ساعة بساعة</h2><span class="flex items-center gap-1 text-xs text-red-400"><span class="h-2 w-2 animate-pulse rounded-full bg-red-500"></span>مباشر</span></div><ul class="space-y-4">
{live_html}
</ul></section><!--/$--></aside>
</div>
<section class="mt-10 border-t border-neutral-200 pt-6"><h2 class="mb-4 text-xl font-bold">اقرأ أيضاً</h2><div class="grid grid-cols-1 gap-6 sm:grid-cols-3">
{grid}
</div></section><!--/$--></main>
<footer class="mt-12 bg-neutral-900 py-8 text-neutral-300"><div class="mx-auto max-w-screen-xl px-4"><ul class="flex flex-wrap gap-4 text-sm">{" ".join(f'<li><a href="/page/{k}">{label}</a></li>' for k, label in enumerate(FOOTER_LINKS))}</ul><p class="mt-4 text-xs">{FOOTER}</p></div></footer>
<script src="/_next/static/chunks/webpack-0f7c2d9a1e5b3c88.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])</script>{chunks}</body></html>
"""
    return page
