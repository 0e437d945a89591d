"""A modern Saudi news site built on Laravel (Blade, Vite assets, csrf meta) with Alpine.js and
Tailwind: no semantic class names at all, only utilities; breadcrumbs in an `<ol>`; the story
server-rendered inside `<article x-data="{ fontSize: 18 }">` with the date line in both
calendars ("الاثنين 15/06/1446هـ - 16 ديسمبر 2024م - 07:05 م": the Gregorian part in a
`<time datetime>`), a "الرياض - <name>" byline (واس for the agency), font-size buttons, a
"شارك الخبر" bar with a copy-link toast, a related-news carousel with relative times, a
most-read list, an Alpine cookie-consent banner and the footer's app-store links. The
seotools package writes the og tags (`article:published_time` with +03:00)."""

from __future__ import annotations

from .base import MONTHS, Article, Page, e, rotate, weekday

NAME = "sa_laravel"
HELD_OUT = True
SET = "unseen3"
FAMILY = "Saudi Laravel + Alpine/Tailwind: x-data article, utility classes only, Hijri/Gregorian"
HOST = "https://www.sabq-alyoum.example"
SITE = "سبق اليوم"
# Umm al-Qura (day, month, year) of each publication day (hijridate).
HIJRI = {"riyadh-metro-first-weeks": (15, 6, 1446), "sme-financing-program": (19, 8, 1446),
         "makkah-rain-warning": (6, 7, 1446)}
CITY = {"riyadh-metro-first-weeks": "الرياض", "sme-financing-program": "الرياض",
        "makkah-rain-warning": "جدة"}
MENU = ("الرئيسية", "محليات", "اقتصاد", "رياضة", "العالم", "تقنية", "منوعات", "فيديو")
MOST_READ = (
    "موعد صرف حساب المواطن لهذا الشهر والفئات المستحقة",
    "الهلال يواصل الصدارة بفوز كبير خارج أرضه",
    "التأمينات الاجتماعية توضح شروط التقاعد المبكر",
    "مواعيد الدراسة في رمضان لجميع المراحل",
    "ارتفاع أسعار الذهب في السوق المحلية اليوم",
    "إطلاق تأشيرة المرور للمسافرين عبر مطارات المملكة",
    "أمانة الرياض تعلن مشروعا لتطوير وسط المدينة",
)
AGO = ("منذ ساعتين", "منذ 5 ساعات", "منذ يوم", "منذ يومين")
COOKIE = "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك وتحليل استخدام الموقع. بمتابعتك التصفح فإنك توافق على ذلك."
SHARE = ("شارك الخبر", "إكس", "واتساب", "سناب شات", "تيليجرام", "نسخ الرابط")
APPS = ("حمّل تطبيق سبق اليوم", "App Store", "Google Play", "AppGallery")
FOOTER_LINKS = ("من نحن", "أعلن معنا", "سياسة الخصوصية", "الشروط والأحكام", "اتصل بنا")
FOOTER = f"© 2025 {SITE}. جميع الحقوق محفوظة."


def clock(moment) -> str:
    return f"{moment.hour % 12 or 12:02d}:{moment:%M} {'م' if moment.hour >= 12 else 'ص'}"


def render(article: Article, n: int) -> Page:
    moment = article.moment
    h_day, h_month, h_year = HIJRI[article.slug]
    hijri = f"{weekday(moment)} {h_day:02d}/{h_month:02d}/{h_year}هـ"
    gregorian = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}م - {clock(moment)}"
    shown = f"{hijri} - {gregorian}"
    page = Page(url=f"{HOST}/news/{article.slug}", html="", shown_date=shown)
    city = CITY[article.slug]
    byline = f"{city} - {article.author}" if article.author else f"{city} - واس"
    most = rotate(MOST_READ, n * 2, 5)
    related = list(zip(article.related, AGO, strict=False))
    page.add(" ".join(MENU), "بحث", "الرئيسية / " + article.section, hijri, gregorian, byline,
             "A+", "A-", article.caption, *SHARE, "تم نسخ الرابط", "الوسوم", "أخبار ذات صلة",
             *article.related, *AGO[:len(related)], "السابق", "التالي", "الأكثر قراءة", *most,
             COOKIE, "موافق", *APPS, " ".join(FOOTER_LINKS), FOOTER)
    text = "\n".join(f"<p>{e(p)}</p>" for p in (article.lead, *article.paragraphs))
    menu = "\n".join(
        f'<a href="{HOST}/{"" if k == 0 else f"category/{k}"}" class="px-3 py-2 rounded-lg text-sm font-medium hover:bg-emerald-50 hover:text-emerald-700 {"text-emerald-700" if label == article.section else "text-gray-700"}">{label}</a>'
        for k, label in enumerate(MENU))
    tags = "\n".join(f'<a href="{HOST}/tags/{e(t)}" class="inline-block px-3 py-1 mb-2 rounded-full bg-gray-100 text-sm text-gray-700 hover:bg-emerald-100">{e(t)}</a>'
                     for t in article.tags)
    cards = "\n".join(
        f'<div class="shrink-0 w-72 snap-start bg-white rounded-xl shadow-sm overflow-hidden"><a href="{HOST}/news/rel-{n}-{k}"><img src="{HOST}/storage/posts/{moment:%Y/%m}/rel-{n}{k}.webp" alt="" class="w-full h-40 object-cover" loading="lazy"><div class="p-4"><h3 class="font-bold text-base leading-7 line-clamp-2">{e(t)}</h3><span class="text-xs text-gray-400">{ago}</span></div></a></div>'
        for k, (t, ago) in enumerate(related))
    most_html = "\n".join(
        f'<li class="flex gap-3 py-3 border-b border-gray-100"><span class="text-2xl font-black text-emerald-600">{k + 1}</span><a href="{HOST}/news/most-{n}{k}" class="text-sm font-semibold leading-6 hover:text-emerald-700">{e(t)}</a></li>'
        for k, t in enumerate(most))
    share = "\n".join(f'<a href="#" class="flex items-center gap-1 px-3 py-2 rounded-lg bg-gray-100 text-sm hover:bg-gray-200"><svg class="w-4 h-4" aria-hidden="true"><use href="#icon-{k}"></use></svg><span>{label}</span></a>'
                      for k, label in enumerate(SHARE[1:-1]))
    apps = "\n".join(f'<a href="#" class="flex items-center gap-2 px-4 py-2 rounded-lg bg-black text-white text-sm"><svg class="w-5 h-5" aria-hidden="true"><use href="#store-{k}"></use></svg>{label}</a>'
                     for k, label in enumerate(APPS[1:]))
    footer_links = "\n".join(f'<a href="{HOST}/page/{k}" class="hover:text-white">{label}</a>'
                             for k, label in enumerate(FOOTER_LINKS))
    csrf = f"kQ9x{n}Zr2LmVb7TfW0pYs3NcHd8EaJu5Gi1Ko4Ml"
    page.html = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="csrf-token" content="{csrf}">
        <title>{e(article.headline)} - {SITE}</title>
        <meta name="description" content="{e(article.lead[:160])}">
        <link rel="canonical" href="{page.url}"/>
        <meta property="og:title" content="{e(article.headline)}" />
        <meta property="og:description" content="{e(article.lead[:160])}" />
        <meta property="og:type" content="article" />
        <meta property="og:url" content="{page.url}" />
        <meta property="og:image" content="{HOST}/storage/posts/{moment:%Y/%m}/{article.slug}.webp" />
        <meta property="og:site_name" content="{SITE}" />
        <meta property="article:published_time" content="{moment.isoformat()}" />
        <meta property="article:section" content="{e(article.section)}" />
        <meta name="twitter:card" content="summary_large_image" />
        <link rel="preconnect" href="https://fonts.bunny.net">
        <link href="https://fonts.bunny.net/css?family=ibm-plex-sans-arabic:400,600,700&display=swap" rel="stylesheet" />
        <link rel="preload" as="style" href="{HOST}/build/assets/app-4c7d2e91.css" /><link rel="modulepreload" href="{HOST}/build/assets/app-9b1f3a6e.js" /><link rel="stylesheet" href="{HOST}/build/assets/app-4c7d2e91.css" /><script type="module" src="{HOST}/build/assets/app-9b1f3a6e.js"></script>
        <style>[x-cloak]{{display:none!important}}</style>
    </head>
    <body class="font-sans antialiased bg-gray-50 text-gray-900">
        <header class="bg-white shadow-sm sticky top-0 z-40" x-data="{{ open: false, search: false }}">
            <div class="max-w-7xl mx-auto px-4 h-16 flex items-center justify-between">
                <a href="{HOST}/" class="flex items-center"><img src="{HOST}/images/logo.svg" alt="{SITE}" class="h-9 w-auto"></a>
                <nav class="hidden lg:flex items-center gap-1">
{menu}
                </nav>
                <button @click="search = !search" class="p-2 rounded-lg hover:bg-gray-100" aria-label="بحث"><svg class="w-5 h-5"><use href="#icon-search"></use></svg><span class="sr-only">بحث</span></button>
            </div>
            <div x-show="search" x-cloak class="border-t border-gray-100"><form action="{HOST}/search" class="max-w-7xl mx-auto px-4 py-3"><input type="search" name="q" class="w-full rounded-lg border-gray-300" placeholder="ابحث في الأخبار..."></form></div>
        </header>
        <main class="max-w-7xl mx-auto px-4 py-6 grid grid-cols-1 lg:grid-cols-12 gap-8">
            <div class="lg:col-span-8">
                <nav aria-label="Breadcrumb" class="mb-4 text-sm text-gray-500">
                    <ol class="flex items-center gap-2">
                        <li><a href="{HOST}/" class="hover:text-emerald-700">الرئيسية</a></li>
                        <li aria-hidden="true">/</li>
                        <li><a href="{HOST}/category/{MENU.index(article.section)}" class="hover:text-emerald-700">{e(article.section)}</a></li>
                    </ol>
                </nav>
                <article x-data="{{ fontSize: 18, copied: false }}" class="bg-white rounded-2xl shadow-sm p-5 lg:p-10">
                    <h1 class="text-2xl lg:text-4xl font-bold leading-relaxed text-gray-900">{e(article.headline)}</h1>
                    <div class="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-gray-500">
                        <span>{hijri}</span>
                        <span class="text-gray-300">-</span>
                        <time datetime="{moment.isoformat()}">{gregorian}</time>
                    </div>
                    <div class="mt-3 flex items-center justify-between border-y border-gray-100 py-3">
                        <span class="font-semibold text-emerald-700">{e(byline)}</span>
                        <div class="flex items-center gap-2">
                            <button @click="fontSize = Math.min(fontSize + 2, 26)" class="w-8 h-8 rounded bg-gray-100 text-sm font-bold">A+</button>
                            <button @click="fontSize = Math.max(fontSize - 2, 14)" class="w-8 h-8 rounded bg-gray-100 text-xs font-bold">A-</button>
                        </div>
                    </div>
                    <figure class="mt-6">
                        <img src="{HOST}/storage/posts/{moment:%Y/%m}/{article.slug}.webp" alt="{e(article.caption)}" class="w-full rounded-xl aspect-video object-cover">
                        <figcaption class="mt-2 text-sm text-gray-500 text-center">{e(article.caption)}</figcaption>
                    </figure>
                    <div class="mt-6 leading-loose text-gray-800 space-y-5" :style="`font-size: ${{fontSize}}px`">
{text}
                    </div>
                    <div class="mt-8 flex flex-wrap items-center gap-2 border-t border-gray-100 pt-5">
                        <span class="font-bold text-gray-700 ml-2">{SHARE[0]}</span>
{share}
                        <button @click="navigator.clipboard.writeText('{page.url}'); copied = true; setTimeout(() => copied = false, 2000)" class="flex items-center gap-1 px-3 py-2 rounded-lg bg-gray-100 text-sm hover:bg-gray-200"><span>{SHARE[-1]}</span></button>
                        <span x-show="copied" x-transition x-cloak class="text-xs text-emerald-600">تم نسخ الرابط</span>
                    </div>
                    <div class="mt-6">
                        <h2 class="text-sm font-bold text-gray-500 mb-2">الوسوم</h2>
{tags}
                    </div>
                </article>
                <section class="mt-10" x-data="{{ scroll(d) {{ this.$refs.track.scrollBy({{ left: d * 300, behavior: 'smooth' }}) }} }}">
                    <div class="flex items-center justify-between mb-4">
                        <h2 class="text-xl font-bold">أخبار ذات صلة</h2>
                        <div class="flex gap-2"><button @click="scroll(1)" class="px-3 py-1 rounded-lg bg-white shadow-sm text-sm">السابق</button><button @click="scroll(-1)" class="px-3 py-1 rounded-lg bg-white shadow-sm text-sm">التالي</button></div>
                    </div>
                    <div x-ref="track" class="flex gap-4 overflow-x-auto snap-x snap-mandatory pb-2">
{cards}
                    </div>
                </section>
            </div>
            <aside class="lg:col-span-4">
                <div class="bg-white rounded-2xl shadow-sm p-5 sticky top-24">
                    <h2 class="text-lg font-bold mb-2 border-b-2 border-emerald-600 inline-block pb-1">الأكثر قراءة</h2>
                    <ol>
{most_html}
                    </ol>
                </div>
            </aside>
        </main>
        <footer class="bg-gray-900 text-gray-400 mt-12">
            <div class="max-w-7xl mx-auto px-4 py-10 grid grid-cols-1 md:grid-cols-3 gap-8">
                <div><img src="{HOST}/images/logo-white.svg" alt="{SITE}" class="h-9 w-auto mb-4"></div>
                <div class="flex flex-wrap gap-4 text-sm">
{footer_links}
                </div>
                <div>
                    <p class="text-white font-bold mb-3">{APPS[0]}</p>
                    <div class="flex flex-wrap gap-2">
{apps}
                    </div>
                </div>
            </div>
            <div class="border-t border-gray-800 py-4 text-center text-xs">{FOOTER}</div>
        </footer>
        <div x-data="{{ show: !localStorage.getItem('cookie_consent') }}" x-show="show" x-cloak class="fixed bottom-0 inset-x-0 z-50 bg-white border-t border-gray-200 shadow-lg">
            <div class="max-w-7xl mx-auto px-4 py-4 flex flex-col md:flex-row items-center gap-4">
                <p class="text-sm text-gray-700 flex-1">{COOKIE} <a href="{HOST}/page/2" class="underline text-emerald-700">سياسة الخصوصية</a></p>
                <button @click="localStorage.setItem('cookie_consent', '1'); show = false" class="px-6 py-2 rounded-lg bg-emerald-600 text-white text-sm font-semibold">موافق</button>
            </div>
        </div>
    </body>
</html>
"""
    return page
