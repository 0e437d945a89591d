"""Traits of the nuxt_strapi_news family (unseen29): an Arabic sports site on Nuxt 3 SSR over
Strapi v4: unhead head with nuxt-schema-org's graph, `<div id="__nuxt">` with Vue fragment marks
and `data-v-*` scope ids, the leagues menu, the live-scores ticker, Intl `ar` dates with
Arabic-Indic digits over UTC `datetime`s, `marked` rich-text blocks (a `shared.media` figure
between two of them on page 3), "#tag" pills, related cards, the "الأكثر قراءة" rail, the footer,
and the devalue `__NUXT_DATA__` payload holding the Strapi response and its Markdown."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "nuxt_strapi_news"
HOST = "https://nuxt-mal3ab-arabi.example"
CMS = "https://cms.nuxt-mal3ab-arabi.example"
COMMON = ('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8">',
          '<meta name="viewport" content="width=device-width, initial-scale=1">',
          '<link rel="stylesheet" href="/_nuxt/_slug_.C7vR2nXe.css" crossorigin>',
          '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/',
          '<script type="application/ld+json" id="schema-org-graph">{"@context":'
          '"https://schema.org","@graph":[', '"@type":"NewsArticle"',
          '<body><div id="__nuxt"><!--[--><a href="#main" class="sr-only focus:not-sr-only" '
          "data-v-7c1e4a2b>", '<header class="sticky top-0 z-40 bg-emerald-800 text-white shadow"'
          " data-v-3f9d21c0 data-v-7c1e4a2b>", "<!--[--><li data-v-3f9d21c0>",
          'router-link-active" data-v-3f9d21c0>', "bg-red-600 px-2 font-bold\" data-v-a61b3c0d>"
          "مباشر</span>", '<nav aria-label="breadcrumb"', '<div class="rich-text prose prose-lg '
          'max-w-none" data-v-5e8f0d17><p>', '</p>\n<p>', '<span class="font-bold" '
          'data-v-5e8f0d17>الوسوم:</span>', 'class="group block overflow-hidden rounded-xl '
          'bg-white shadow-sm" data-v-c4e1b8a5 data-v-5e8f0d17>', "الأكثر قراءة</h2>",
          "</div><!--]--></div><div id=\"teleports\"></div><script type=\"application/json\" "
          'data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">[["ShallowReactive",1],'
          '{"data":2,"state":', '"__component":', '"shared.rich-text"',
          "<script>window.__NUXT__={};window.__NUXT__.config={public:{strapi:{url:\""
          f'{CMS}",prefix:"/api"', '"locale":', '"\\u002Fnews\\u002F')
CHROME = {"تخطي إلى المحتوى", "مباريات اليوم", "القائمة", "فتح البحث", "مباشر", "كل المباريات",
          "شارك الخبر", "نسخ الرابط", "الوسوم:", "أخبار ذات صلة", "الأكثر قراءة", "إعلان",
          "البطولات", "روابط", "تابعنا", "ملعب عربي", "الرئيسية", "الدوري السعودي",
          "الدوري المصري", "دوري نجوم قطر", "الدوري الإنجليزي", "الدوري الإسباني",
          "البطولات الآسيوية", "كرة عالمية", "فيديو", "فيسبوك", "إكس", "واتساب", "تيليغرام",
          "من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "شروط الاستخدام",
          "موقع رياضي عربي يغطي الدوريات العربية والعالمية على مدار الساعة من الدوحة"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen29_traits_nuxt_strapi_news() -> None:
    # page 1: byline, dek, cover with Strapi caption, bold name; evening kick-off (UTC same day)
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "السبت، ٩ مارس ٢٠٢٤"
    assert truth["published"] == "2024-03-09" and truth["author"] == "فهد الرشيدي"
    for mark in ("<title>التعاون يقلب تأخره أمام الفتح إلى فوز بثلاثية في بريدة - ملعب عربي"
                 "</title>", '<meta property="article:published_time" '
                 'content="2024-03-09T19:40:00.000Z">',
                 '"datePublished":"2024-03-09T19:40:00.000Z"',
                 '<time datetime="2024-03-09T19:40:00.000Z" data-v-5e8f0d17>السبت، ٩ مارس ٢٠٢٤'
                 "</time>", '<span data-v-5e8f0d17>١٠:٤٠ م</span>',
                 '<span data-v-5e8f0d17>بقلم <a href="/author/fahad-alrashidi"',
                 '<figure class="my-6 overflow-hidden rounded-xl" data-v-5e8f0d17><img src="'
                 f'{CMS}/uploads/large_al_taawoun_comeback_al_fateh_', 'fetchpriority="high"',
                 "<strong>مشعل المطيري</strong>", "البديل **مشعل المطيري** التعادل",
                 '"author":{"@type":"Person","name":"فهد الرشيدي"}'):
        assert mark in html, mark
    assert "shared.media" not in html and "###" not in html and "max-w-none" in html
    assert CHROME | {"الاثنين، ١١ مارس ٢٠٢٤", "السبت، ٩ مارس ٢٠٢٤", "١٠:٤٠ م", "بقلم فهد الرشيدي",
                     "دقيقة واحدة للقراءة", "الهلال 2 - 0 الرائد", "بين الشوطين", "الدقيقة 67",
                     "ثلاثة أهداف في نصف ساعة تعيد أصحاب الأرض إلى سباق المراكز المؤهلة آسيويا",
                     "لاعبو التعاون يحتفلون بالهدف الثالث في شباك الفتح على ملعب مدينة الملك "
                     "عبدالله الرياضية في بريدة", "#التعاون", "#دوري روشن",
                     "مدرب التعاون: نريد إنهاء الموسم ضمن المراكز الأربعة الأولى", "٨ مارس ٢٠٢٤",
                     "© 2024 ملعب عربي. جميع الحقوق محفوظة"} <= chrome
    body = truth["body"]
    assert body.startswith("قلب فريق التعاون تأخره بهدف أمام ضيفه الفتح")
    assert body.endswith("تجمد رصيد الفتح عند 27 نقطة في المركز الحادي عشر.")
    assert body.count("\n\n") == 4 and "بقلم" not in body and "**" not in body

    # page 2: wire-style staff story at 00:50 Doha: every machine date is the UTC evening before
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الأربعاء، ١٥ مايو ٢٠٢٤"
    assert truth["published"] == "2024-05-15" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-05-14T21:50:00.000Z">',
                 '<time datetime="2024-05-14T21:50:00.000Z" data-v-5e8f0d17>الأربعاء، ١٥ مايو '
                 "٢٠٢٤</time>", "١٢:٥٠ ص", '"publishedAt":', '"2024-05-14T21:50:00.000Z"',
                 'في <a href="https://www.ismailyclub.example/news/2024/05/coach">بيان رسمي على '
                 "موقعه</a> أن القرار", "[بيان رسمي على موقعه](https:\\u002F\\u002F",
                 "<title>الإسماعيلي يكلف مدربا مؤقتا بقيادة الفريق حتى نهاية الموسم - ملعب عربي"):
        assert mark in html, mark
    for absent in ("<figure", "بقلم", "<strong>", "<h3>", '"@type":"Person"'):
        assert absent not in html, absent
    assert CHROME | {"السبت، ١٨ مايو ٢٠٢٤", "الأربعاء، ١٥ مايو ٢٠٢٤", "١٢:٥٠ ص",
                     "الأهلي 3 - 1 سموحة", "انتهت", "#الإسماعيلي", "#الدوري المصري الممتاز",
                     "الإسماعيلي يواجه خطر الهبوط للمرة الأولى في تاريخه", "١٤ مايو ٢٠٢٤",
                     "© 2024 ملعب عربي. جميع الحقوق محفوظة"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلن مجلس إدارة النادي الإسماعيلي في ساعة متأخرة من مساء الثلاثاء")
    assert body.endswith("هو الهدف الوحيد للفريق هذا الموسم.") and body.count("\n\n") == 3

    # page 3: no cover, dek, shared.media figure between two rich-text blocks, h3 subheading
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الثلاثاء، ٢٦ نوفمبر ٢٠٢٤"
    assert truth["published"] == "2024-11-26" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-11-26T18:15:00.000Z">',
                 "قبل جولتين من نهاية مرحلة الدوري.</p>\n</div><figure class=\"my-6 overflow-"
                 'hidden rounded-xl" data-v-5e8f0d17><img src="'
                 f'{CMS}/uploads/large_al_rayyan_acl_elite_round_of_16_', 'loading="lazy"',
                 '</figure><div class="rich-text prose prose-lg max-w-none" data-v-5e8f0d17><h3>'
                 "تغييرات المدرب تصنع الفارق</h3>\n<p>", "<strong>عشر نقاط</strong>",
                 '"shared.media"', '"### تغييرات المدرب تصنع الفارق\\n\\n', "٩:١٥ م",
                 '<a href="/category/asian-cups" class="block px-3 py-3 text-sm font-semibold '
                 'hover:bg-emerald-700 router-link-active"'):
        assert mark in html, mark
    assert 'fetchpriority="high"' not in html and "بقلم" not in html
    assert CHROME | {"الخميس، ٢٨ نوفمبر ٢٠٢٤", "الثلاثاء، ٢٦ نوفمبر ٢٠٢٤", "٩:١٥ م",
                     "دقيقتان للقراءة", "الفريق القطري يضمن التأهل قبل جولتين من ختام مرحلة الدوري",
                     "مهاجم الريان يحتفل بهدفه الأول أمام جماهير الفريق المضيف في طهران",
                     "العين 0 - 1 الأهلي", "الدقيقة 88", "#الريان", "#دوري أبطال آسيا للنخبة",
                     "ترتيب مجموعة الغرب في دوري أبطال آسيا للنخبة",
                     "© 2024 ملعب عربي. جميع الحقوق محفوظة"} <= chrome
    body = truth["body"]
    assert body.startswith("حجز فريق الريان القطري بطاقة التأهل إلى الدور ثمن النهائي")
    assert body.endswith("قد تحدد ترتيب الفريق النهائي في المجموعة.") and body.count("\n\n") == 7
    assert "\n\nتغييرات المدرب تصنع الفارق\n\n" in body and "مهاجم الريان يحتفل" not in body
