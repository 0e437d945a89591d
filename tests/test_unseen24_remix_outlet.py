"""Traits of the remix_outlet family (unseen24): a Lebanese Remix / React Router 7 outlet."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "remix_outlet"
HOST = "https://remix-outlet-lb.example"
COMMON = ('<!DOCTYPE html><html lang="ar" dir="rtl" class="scroll-smooth"><head><meta '
          'charSet="utf-8"/>', '<link rel="modulepreload" href="/assets/entry.client-',
          '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
          '"NewsArticle"', '<meta property="og:locale" content="ar_LB"/>',
          'family=IBM+Plex+Sans+Arabic', 'class="sr-only focus:not-sr-only',
          '<header class="sticky top-0 z-40 border-b border-neutral-200 bg-white/95 '
          'backdrop-blur">', '<nav aria-label="مسار التنقل"', '<div class="prose prose-lg '
          'prose-neutral max-w-none', '<ol class="flex items-center gap-1.5">',
          '<h2 class="mb-2 border-b-2 border-sky-700 pb-2 text-lg font-bold">الأكثر قراءة</h2>',
          '<span class="sr-only">نسخ الرابط</span>', '<footer class="mt-16 bg-neutral-900',
          '<p>© <!-- -->', '<!-- --> د قراءة</span>', "function restoreScroll(storageKey")
CHROME = {"انتقل إلى المحتوى", "أخبار لبنان كما هي", "الرئيسية", "لبنان", "سياسة", "اقتصاد",
          "مجتمع", "ثقافة", "رياضة", "رأي", "فيديو", "اشترك", "شارك المقال", "واتساب",
          "فيسبوك", "إكس", "تلغرام", "نسخ الرابط", "الوسوم", "مقالات ذات صلة", "الأكثر قراءة",
          "٠١", "٠٥", "نشرة مرفأ الصباحية", "أهم أخبار لبنان في بريدك كل صباح عند السابعة.",
          "يمكنك إلغاء الاشتراك في أي وقت.", "عن مرفأ", "من نحن", "اتصل بنا", "قانوني",
          "سياسة الخصوصية", "شروط الاستخدام", "تابعونا",
          "منصة إخبارية لبنانية مستقلة تأسست عام 2019، مقرها بيروت."}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "<title>" + truth["title"] + " | مرفأ</title>" in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen24_traits_remix_outlet() -> None:
    # page 1: React Router 7, byline, hero with caption and credit, link, h2, read-also card
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الخميس 12 حزيران 2025 - 09:40"
    assert truth["published"] == "2025-06-12" and truth["author"] == "ريما حدّاد"
    assert truth["url"] == f"{HOST}/economy/148213"
    for mark in ("window.__reactRouterContext = {\"basename\":\"/\"",
                 "window.__reactRouterContext.stream = new ReadableStream({start(controller)",
                 '<script type="module" async="">;\nimport * as route0 from "/assets/root-',
                 'window.__reactRouterRouteModules = {"root":route0,"routes/article":route1};',
                 'window.__reactRouterContext.streamController.enqueue("[{\\"_1\\":2,',
                 '<!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><script>'
                 "window.__reactRouterContext.streamController.close();</script></div>",
                 '$RC("B:0","S:0")', 'data-discover="true"',
                 '<meta property="article:published_time" content="2025-06-12T06:40:00.000Z"/>',
                 '"datePublished":"2025-06-12T06:40:00.000Z"',
                 '<time dateTime="2025-06-12T06:40:00.000Z">الخميس 12 حزيران 2025 - 09:40</time>',
                 '<span>بقلم<!-- --> <a class="font-bold text-neutral-900 hover:text-sky-700" '
                 'href="/author/rima-haddad" data-discover="true">ريما حدّاد</a></span>',
                 "إحدى الرافعات الجديدة لحظة إنزالها على رصيف محطة الحاويات<!-- --> <span "
                 'class="text-neutral-400">تصوير: جو عيد / مرفأ</span></figcaption>',
                 f'<a href="{HOST}/economy/148102">مؤتمر صحافي</a>',
                 '<h2 id="section-1">كلفة الصفقة ومصادر تمويلها</h2>',
                 '<span class="mb-1 block text-xs font-bold text-sky-800">اقرأ أيضاً</span>'):
        assert mark in html, mark
    assert "__remixContext" not in html and "المصدر:" not in html
    assert html.index("<head>") < html.index('rel="modulepreload"') < html.index("</head>")
    assert CHROME | {"خاص مرفأ", "بقلم ريما حدّاد", "ريما حدّاد", "2 د قراءة",
                     "الخميس 12 حزيران 2025 - 09:40",
                     "آخر تحديث: الخميس 12 حزيران 2025 - 11:05",
                     "إحدى الرافعات الجديدة لحظة إنزالها على رصيف محطة الحاويات",
                     "تصوير: جو عيد / مرفأ", "اقرأ أيضاً",
                     "الجمارك تطلق منصة إلكترونية لتخليص البضائع في المرفأ", "10 حزيران 2025",
                     "© 2025 مرفأ. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("وصلت إلى مرفأ بيروت فجر أمس الأربعاء ثلاث رافعات جسرية جديدة")
    assert body.endswith("وعودة بعض الخطوط الملاحية إلى جدولة رحلات منتظمة إلى العاصمة.")
    assert body.count("\n\n") == 7 and "\n\nكلفة الصفقة ومصادر تمويلها\n\n" in body
    assert "اقرأ أيضاً" not in body and "تصوير" not in body

    # page 2: 00:35 Beirut winter time: every machine date is the UTC day before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الثلاثاء 14 كانون الثاني 2025 - 00:35"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-13T22:35:00.000Z"/>',
                 '"datePublished":"2025-01-13T22:35:00.000Z"',
                 '\\"publishedAt\\",\\"2025-01-13T22:35:00.000Z\\"',
                 '<span class="font-semibold">المصدر: الوكالة الوطنية للإعلام</span><time '
                 'dateTime="2025-01-13T22:35:00.000Z">', "window.__reactRouterContext = {",
                 '"author":{"@type":"Organization","name":"مرفأ"}'):
        assert mark in html, mark
    for absent in ("<figure", "بقلم", "<figcaption", "آخر تحديث", "__remixContext"):
        assert absent not in html, absent
    assert CHROME | {"مرفأ", "طقس", "1 د قراءة", "المصدر: الوكالة الوطنية للإعلام",
                     "الثلاثاء 14 كانون الثاني 2025 - 00:35", "التعليم الرسمي",
                     "الثلوج تقطع طريق ضهر البيدر أمام الشاحنات", "12 كانون الثاني 2025",
                     "© 2025 مرفأ. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة التربية والتعليم العالي ليل الاثنين إقفال المدارس")
    assert body.endswith("واعتماد السلاسل المعدنية على الإطارات في المرتفعات.")
    assert body.count("\n\n") == 3 and "المصدر" not in body

    # page 3: the 2024 Remix v2 build: __remixContext JSON, preloads at the end of the body
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "20 أيلول 2024، 17:15"
    assert truth["published"] == "2024-09-20" and truth["author"] is None
    for mark in ('<script>window.__remixContext = {"url":"/culture/131046","state":'
                 '{"loaderData":{"root":', '"routes/$section.$id":{"article":',
                 '"publishedAt":"2024-09-20T14:15:00.000Z"', '"v3_singleFetch":false',
                 '<script type="module" async="">import "/assets/manifest-2e7a61bd.js";',
                 'window.__remixRouteModules = {"root":route0,"routes/$section.$id":route1};',
                 '<link rel="modulepreload" href="/assets/manifest-2e7a61bd.js"/>',
                 '<time dateTime="2024-09-20T14:15:00.000Z">20 أيلول 2024، 17:15</time>',
                 '("positions", null)</script>', "<strong>نحو أربعين كشكا</strong>",
                 "https://www.youtube-nocookie.com/embed/pQ7cW2rZ9sA",
                 '<figcaption class="mt-2 text-sm text-neutral-500">شاهد: جولة مصوّرة بين أكشاك '
                 "السوق</figcaption>", 'fetchpriority="high"/></figure>'):
        assert mark in html, mark
    for absent in ("__reactRouterContext", "data-discover", "بقلم", "المصدر:", "$RC("):
        assert absent not in html, absent
    assert html.index("</head>") < html.index('rel="modulepreload"')
    assert CHROME | {"مبادرات", "مرفأ", "20 أيلول 2024، 17:15", "شاهد: جولة مصوّرة بين أكشاك السوق",
                     "تراث", "معرض بيروت العربي للكتاب يعود بعد غياب", "15 أيلول 2024",
                     "© 2024 مرفأ. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("افتتح في خان الإفرنج بصيدا القديمة مساء أمس الخميس")
    assert body.endswith("صعوبة تأمين نسخ من الطبعات القديمة التي يطلبها الهواة.")
    assert body.count("\n\n") == 4 and "شاهد" not in body
