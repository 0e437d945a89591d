"""The traits the unseen16 family nuxt3_payload_outlet is there for: an Emirati news outlet on
Nuxt 3: Vue SSR's scoped `data-v-` attributes and `<!--[-->` fragments inside `<div id="__nuxt">`,
the devalue `__NUXT_DATA__` payload carrying the story with UTC dates, `window.__NUXT__` config,
`/_nuxt/entry` module preloads, a body split by an ad slot and an inline "مواضيع ذات صلة" box, and
a `<time>` in +04:00 that reads as an absolute date on pages 1 and 3 and "قبل 5 ساعات" on page 2."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "nuxt3_payload_outlet"
COMMON = ('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">\n',
          '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.B4kT9wZc.js">',
          '<script type="module" src="/_nuxt/entry.B4kT9wZc.js" crossorigin></script>',
          '<script type="application/ld+json" data-hid="schema-org-graph">',
          '<div id="__nuxt"><!--[--><div class="layout-default" data-v-5e1b7a2c>',
          '<header class="site-header" data-v-5e1b7a2c data-v-4b7e9c21>',
          '<span class="breaking__label" data-v-6c2d8e15>عاجل</span>',
          '<div class="article-content" data-v-8f3d2a10><!--[--><!--[--><p data-v-8f3d2a10>',
          '<div class="ad-slot" data-v-8f3d2a10 data-v-7a1c3e58><span class="ad-slot__label" '
          'data-v-7a1c3e58>إعلان</span>',
          '<div class="inline-related" data-v-8f3d2a10 data-v-9d4e1b37><span class="inline-'
          'related__title" data-v-9d4e1b37>مواضيع ذات صلة</span>',
          '<!--v-if--><!--v-if--><!--]-->', ' class="" data-v-', '</footer></div><!--]--></div>'
          '<div id="teleports"></div><script type="application/json" id="__NUXT_DATA__" '
          'data-ssr="true">[["ShallowReactive",1],{"data":2,"state":',
          '"serverRendered":', '</script>\n<script>window.__NUXT__={};window.__NUXT__.config='
          '{public:{apiBase:', 'buildAssetsDir:"/_nuxt/",cdnURL:""}}</script></body></html>')
CHROME = {"عاجل", "الرئيسية", "محليات", "اقتصاد", "من نحن", "شارك الخبر", "نسخ الرابط", "إعلان",
          "مواضيع ذات صلة", "الوسوم:", "الأكثر قراءة", "النشرة البريدية", "روابط مهمة",
          "تابعوا نبأ الإمارات على واتساب", "© 2024 نبأ الإمارات. جميع الحقوق محفوظة"}


def test_unseen16_traits_nuxt3_payload_outlet() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الأحد 12 مايو 2024 - 10:30"
    assert truth["published"] == "2024-05-12" and truth["author"] == "سالم الكعبي"
    for mark in ('<time datetime="2024-05-12T10:30:00+04:00" class="article-date" data-v-8f3d2a10>'
                 "الأحد 12 مايو 2024 - 10:30</time>",
                 '<a href="/author/salem-alkaabi" class="author-link" data-v-8f3d2a10>'
                 "سالم الكعبي</a>",
                 '"publishedAt":', '"2024-05-12T06:30:00.000Z"', "\\u003Cstrong>1.2 مليار درهم",
                 'loading="lazy" data-nuxt-img', "<strong>1.2 مليار درهم</strong>",
                 '<figcaption class="article-figure__caption" data-v-8f3d2a10>جانب من المنطقة',
                 '">سياسات التوطين</a>', 'id="gpt-ad-inread-2"',
                 '<li class="main-nav__item is-active" data-v-4b7e9c21><a href="/economy"'):
        assert mark in html, mark
    assert CHROME | {"سالم الكعبي", "الأحد 12 مايو 2024", "3 دقائق للقراءة", "2.3 ألف مشاهدة",
                     "جانب من المنطقة الصناعية في الجزيرة الحمراء برأس الخيمة (أرشيفية)",
                     "المزيد من اقتصاد", "11 مايو 2024", "تمويل صناعي"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلق صندوق الإمارات لتنمية الصناعة اليوم الأحد")
    assert body.endswith("من تاريخ استكمال المستندات.") and body.count("\n\n") == 6

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # only "5 hours ago" is shown; the machine time says 01:40 on the 20th in +04:00, while the
    # payload, the meta and the JSON-LD carry 21:40Z on the 19th
    assert truth["published_shown"] == "قبل 5 ساعات"
    assert truth["published"] == "2024-08-20" and truth["author"] is None
    for mark in ('<time datetime="2024-08-20T01:40:00+04:00" class="article-date" '
                 'data-v-8f3d2a10>قبل 5 ساعات</time>', '"2024-08-19T21:40:00.000Z"',
                 '<meta property="article:published_time" content="2024-08-19T21:40:00.000Z">',
                 '<span class="article-source" data-v-8f3d2a10>المصدر: وام</span>',
                 '</h1><div class="article-meta" data-v-8f3d2a10><!--v-if--><span'):
        assert mark in html, mark
    assert "<figure" not in html and "author-link" not in html and "gpt-ad-inread-2" not in html
    assert CHROME | {"المصدر: وام", "الثلاثاء 20 أغسطس 2024", "19 أغسطس 2024",
                     "دقيقتان للقراءة", "حالة الطقس"} <= chrome
    body = truth["body"]
    assert body.startswith("توقع المركز الوطني للأرصاد أن تتكون")
    assert body.endswith("24.3 درجة مئوية في جبل جيس.") and body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الخميس 3 أكتوبر 2024 - 19:05"
    assert truth["published"] == "2024-10-03" and truth["author"] is None
    for mark in ('<time datetime="2024-10-03T19:05:00+04:00" class="article-date" '
                 'data-v-8f3d2a10>الخميس 3 أكتوبر 2024 - 19:05</time>',
                 'آخر تحديث: <time datetime="2024-10-03T21:40:00+04:00" data-v-8f3d2a10>',
                 '<!--[--><h2 data-v-8f3d2a10>مراحل التطبيق</h2><!--v-if--><!--v-if--><!--]-->',
                 'class="article-figure__img" data-v-8f3d2a10><!--v-if--></figure>',
                 '"2024-10-03T15:05:00.000Z"'):
        assert mark in html, mark
    assert "figcaption" not in html and "author-link" not in html
    assert CHROME | {"الخميس 3 أكتوبر 2024 - 19:05", "آخر تحديث: الخميس 3 أكتوبر 2024 - 21:40",
                     "الجمعة 4 أكتوبر 2024", "870 مشاهدة", "المزيد من تكنولوجيا"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة التربية والتعليم إطلاق منصة تدريبية")
    assert body.endswith("طريقة توظيف هذه الأدوات في الحصص.") and body.count("\n\n") == 5
    assert "\n\nمراحل التطبيق\n\n" in body
