"""Traits of the statamic_outlet family (unseen28): a Kuwaiti digital outlet on Statamic with a
Peak-starter-kit theme: Peak's layout metas, the SEO Pro head (title "headline | منصة خبر",
og/twitter, Glide og image, canonical/home links, a NewsArticle JSON-LD in UTC), Antlers
partials framed by their comments, skip link, Alpine navs, breadcrumbs, the byline row with
`typography/_time`, the share bar, the Bard text chunks (`div.size-md.prose`) with figure,
pull-quote and related-article sets between them, tags, related cards, newsletter form, the
"الأكثر قراءة" sidebar, Peak's footer and the cookie banner."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "statamic_outlet"
HOST = "https://statamic-khabar.example"
COMMON = ('<!doctype html>\n<html lang="ar" dir="rtl" class="antialiased">',
          '<meta name="viewport" content="width=device-width, initial-scale=1.0, '
          'viewport-fit=cover">', '<meta property="og:locale" content="ar_KW" />',
          '<meta name="twitter:site" content="@khabar_kw" />', '?p=seo_pro_og&s=',
          f'<link href="{HOST}" rel="home" />',
          f'<link type="text/plain" rel="author" href="{HOST}/humans.txt" />',
          '<script type="application/ld+json">{"@context": "https:\\/\\/schema.org", '
          '"@type": "NewsArticle"', f'{HOST}/build/assets/site-3f9c1a7e.css',
          '<body class="flex flex-col min-h-screen bg-white selection:bg-primary '
          'selection:text-white">', "<!-- /navigation/_skip_to_content.antlers.html -->",
          '<span class="sr-only">منصة خبر</span>',
          '<ul class="flex items-center space-x-8 space-x-reverse">',
          "<!-- End: /navigation/_main_mobile.antlers.html -->", 'x-text="mobileNavOpen ? ',
          '<main id="content" class="flex-1 py-8">',
          '<!-- /navigation/_breadcrumbs.antlers.html -->\n<ul class="flex flex-wrap',
          f'<li class="flex"><a class="" href="{HOST}">الرئيسية</a><span class="px-2">&gt;'
          "</span></li>", "<!-- /page_builder/_article.antlers.html -->\n<section "
          'class="fluid-container grid grid-cols-12">', "<!-- /typography/_prose.antlers.html -->"
          "\n<article\n\tclass=\"\n\t\tprose", '<!-- /components/_text.antlers.html -->\n<div '
          'class="size-md prose">\n    <p>',
          '<h2 class="text-sm font-bold text-neutral">الوسوم</h2>',
          "<!-- /page_builder/_collection.antlers.html -->", f'action="{HOST}/!/forms/newsletter"',
          '<h2 class="text-lg font-bold border-b-2 border-primary pb-2">الأكثر قراءة</h2>',
          "<!-- /layout/_footer.antlers.html -->",
          "<!-- /components/_cookie_banner.antlers.html -->")
CHROME = {"تخطي إلى المحتوى", "منصة خبر", "الرئيسية", "محليات", "اقتصاد", "صحة", "البيئة",
          "رياضة", "آراء", "شارك الخبر", "واتساب", "إكس", "فيسبوك", "نسخ الرابط", "الوسوم",
          "أخبار ذات صلة", "الأكثر قراءة", "النشرة اليومية", "البريد الإلكتروني", "اشترك",
          "من نحن", "اتصل بنا", "أعلن معنا", "سياسة الخصوصية", "X", "Instagram", "Youtube",
          "موافق"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen28_traits_statamic_outlet() -> None:
    # page 1: byline, captioned and credited figure, pull quote and "اقرأ أيضاً" card in the text
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الثلاثاء 12 مارس 2024"
    assert truth["published"] == "2024-03-12" and truth["author"] == "دانة الرشيدي"
    for mark in ("<title>الكهرباء والماء توقع عقد المرحلة الأولى لمحطة الخيران لتحلية المياه "
                 "بطاقة 33 مليون غالون يوميا | منصة خبر</title>",
                 '"datePublished": "2024-03-12T06:40:00Z"',
                 '<time class="text-neutral text-sm" lang="ar" '
                 'datetime="2024-03-12T09:40:00+03:00">الثلاثاء 12 مارس 2024</time>',
                 "<!-- /components/_figure.antlers.html -->\n"
                 '<figure class="not-prose size-lg">', 'type="image/webp"',
                 '<figcaption class="mt-2 text-neutral text-sm">',
                 "<!-- /components/_pull_quote.antlers.html -->",
                 '<span class="text-primary">&OpenCurlyDoubleQuote;</span>إن المشروع يأتي ضمن خطة',
                 '<span class="text-primary">- </span>بدر العنزي',
                 "<!-- /components/_related_article.antlers.html -->", "© 2019  - 2024 منصة خبر"):
        assert mark in html, mark
    assert html.index("<!-- End: /components/_figure") < html.index("<p>وقال وكيل الوزارة") \
        < html.index("_pull_quote") < html.index("<p>وأضاف العنزي") \
        < html.index("_related_article") < html.index("<p>وأوضح أن العقد")
    assert CHROME | {"الثلاثاء 12 مارس 2024", "09:40", "بقلم: دانة الرشيدي", "مدة القراءة: 4 دقائق",
                     "موقع المرحلة الأولى لمحطة الخيران جنوب البلاد، حيث تبدأ أعمال التسوية الشهر "
                     "المقبل", "تصوير: عبدالله الفيلكاوي", "- بدر العنزي", "اقرأ أيضاً",
                     "مجلس الوزراء يعتمد تعرفة جديدة لاستهلاك المياه في القطاع التجاري",
                     "26 فبراير 2024", "تحلية المياه", "الأمن المائي",
                     "انطلاق أعمال توسعة محطة الزور الشمالية في الربع الثالث", "9 مارس 2024",
                     "© 2019 - 2024 منصة خبر"} <= chrome
    body = truth["body"]
    assert body.startswith("وقعت وزارة الكهرباء والماء والطاقة المتجددة أمس عقد تنفيذ")
    assert body.endswith("وهو ما أخّر الترسية إلى الشهر الجاري.") and body.count("\n\n") == 6
    assert body.count("إن المشروع يأتي ضمن خطة") == 1 and "تصوير" not in body

    # page 2: staff story at 00:20 Kuwait time: the JSON-LD's UTC instant is the 16th
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الثلاثاء 17 سبتمبر 2024"
    assert truth["published"] == "2024-09-17" and truth["author"] is None
    for mark in ('"datePublished": "2024-09-16T21:20:00Z"', 'datetime="2024-09-17T00:20:00+03:00"',
                 '"author": {"@type": "Organization", "name": "منصة خبر"}',
                 '<span class="text-sm font-bold text-neutral">فريق التحرير</span>',
                 "الرقم التشغيلي <strong>L24-0719</strong>",
                 '<a href="https://pafn.example/recalls" target="_blank" rel="noopener">موقعها '
                 "الإلكتروني</a>", "© 2019  - 2024 منصة خبر"):
        assert mark in html, mark
    for absent in ("<!-- /components/_figure", "_pull_quote", "_related_article", "مدة القراءة",
                   "بقلم:", "<h2>"):
        assert absent not in html, absent
    assert html.count("<!-- /components/_text.antlers.html -->") == 1
    assert CHROME | {"الثلاثاء 17 سبتمبر 2024", "00:20", "فريق التحرير", "هيئة الغذاء",
                     "حماية المستهلك", "14 سبتمبر 2024",
                     "حملات تفتيشية على المطاعم في حولي تسفر عن 37 مخالفة"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الهيئة العامة للغذاء والتغذية مساء أمس سحب دفعة")
    assert body.endswith("بنتائج الفحوص المخبرية عبر حساباتها الرسمية.") and body.count("\n\n") == 3

    # page 3: byline, image without caption, a Bard <h2> subheading and a related card
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأربعاء 8 يناير 2025"
    assert truth["published"] == "2025-01-08" and truth["author"] == "يوسف الشمري"
    for mark in ('"datePublished": "2025-01-08T11:15:00Z"', '<figure class="not-prose size-lg">',
                 '<div class="size-md prose">\n    <h2>مواصفات صحية صارمة</h2><p>وأضافت',
                 "<!-- /components/_related_article.antlers.html -->", "© 2019  - 2025 منصة خبر"):
        assert mark in html, mark
    assert "<figcaption" not in html and "_pull_quote" not in html
    assert CHROME | {"الأربعاء 8 يناير 2025", "14:15", "بقلم: يوسف الشمري", "مدة القراءة: 3 دقائق",
                     "نقل آخر دفعة من إطارات ارحية إلى موقع السالمي قبل نهاية العام",
                     "19 نوفمبر 2024", "إطارات مستعملة", "إعادة التدوير",
                     "© 2019 - 2025 منصة خبر"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الهيئة العامة للبيئة اليوم بدء مشروع لتحويل")
    assert body.endswith("من المطاط غير الصالح للحبيبات.") and body.count("\n\n") == 5
    assert "\n\nمواصفات صحية صارمة\n\n" in body and "اقرأ أيضاً" not in body
