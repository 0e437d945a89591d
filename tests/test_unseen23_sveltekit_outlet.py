"""Traits of the sveltekit_outlet family (unseen23): a Saudi digital news outlet on SvelteKit 2
with Svelte 5: the app.html shell with relative `../_app/immutable` assets, `<svelte:head>`
blocks between component-hash comments and `<!---->` with the title moved last, Svelte 5
hydration comments and `svelte-<hash>` classes in the body, the `{@html}` article body, and the
`__sveltekit_<hash>` start script whose devalue data carries the body again (`\\u003C`,
`new Date(ms)`). Times are printed for Riyadh (+03:00) while every machine-readable one is UTC."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "sveltekit_outlet"
HOST = "https://svelte-outlet-sa.example"
COMMON = ('<!doctype html>\n<html lang="ar" dir="rtl">\n\t<head>\n\t\t<meta charset="utf-8" />',
          '<link rel="icon" href="../favicon.png" />', '<link href="../_app/immutable/assets/0.',
          '.css" rel="stylesheet"><!--1rbw6ke--><meta name="theme-color" content="#0b5d4b"/> ',
          '<!----><!--1pm9k3x--><meta name="description" content="',
          '<meta property="og:locale" content="ar_SA"/>', '<script type="application/ld+json">'
          '{"@context":"https://schema.org","@type":"NewsArticle"', "</script><!----><!---->"
          "<title>", " | وهج</title>\n\t</head>", '<body data-sveltekit-preload-data="hover">\n'
          '\t\t<div style="display: contents"><!--[--><!--[--><!----><div class="topbar '
          'svelte-12qmxd4">', '<nav class="main-nav svelte-k7w2fq" data-sveltekit-preload-code='
          '"viewport">', '<nav class="breadcrumb svelte-1b0j6lo" aria-label="breadcrumb">',
          '<article class="article svelte-1q8rv0d">', '<div class="meta svelte-3nxv5e">',
          '<div class="share svelte-1ko0tf8"><span class="svelte-1ko0tf8">شارك الخبر</span>',
          '<div class="article-body svelte-1yx5h2c"><!----><p>', "</p><!----></div> <div "
          'class="tags svelte-1q8rv0d"><span class="svelte-1q8rv0d">الوسوم:</span>',
          '<section class="related svelte-1q8rv0d"><h2 class="svelte-1q8rv0d">أخبار ذات صلة</h2>',
          '<form method="POST" action="/newsletter?/subscribe" class="svelte-hn6dl0">',
          '<aside class="most-read svelte-1pcz7j4"><h2 class="svelte-1pcz7j4">الأكثر قراءة</h2>',
          '<footer class="site-footer svelte-1w7fhmr">',
          "<!--]--><!--]-->\n\t\t\t\n\t\t\t<script>\n\t\t\t\t{\n\t\t\t\t\t__sveltekit_",
          'base: new URL("..", location).pathname.slice(0, -1)',
          "const element = document.currentScript.parentElement;",
          "kit.start(app, element, {\n\t\t\t\t\t\t\tnode_ids: [0, 3, 11],\n\t\t\t\t\t\t\tdata: "
          '[{type:"data",data:{sections:[{slug:"local",name:"محليات"}', ',uses:{}},null,{type:'
          '"data",data:{article:{id:', 'body:"\\u003Cp>', 'uses:{params:["id"]}}],\n\t\t\t\t\t\t\t'
          "form: null,\n\t\t\t\t\t\t\terror: null")
CHROME = {"من نحن", "اتصل بنا", "أعلن معنا", "وهج", "الرئيسية", "محليات", "ثقافة وفنون", "مقالات",
          "بحث", "شارك الخبر", "نسخ الرابط", "الوسوم:", "أخبار ذات صلة", "نشرة وهج الصباحية",
          "أهم أخبار المملكة في رسالة واحدة كل صباح عند السابعة.", "اشترك", "الأكثر قراءة",
          "وهج صحيفة سعودية إلكترونية تغطي أخبار المملكة والعالم على مدار الساعة.", "الأقسام",
          "عن وهج", "تابعنا", "سياسة التصحيح", "سناب شات",
          "صحيفة إلكترونية مرخصة من وزارة الإعلام برقم 467892"}


def _common(n: int) -> tuple[str, dict, set]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["url"] == f"{HOST}/news/{truth['url'].rsplit('/', 1)[1]}"
    assert truth["set"] == "unseen23" and truth["held_out"] is True
    return html, truth, set(truth["must_not_contain"])


def test_unseen23_traits_sveltekit_outlet() -> None:
    # page 1: staff byline, captioned and credited hero, standfirst, bold, link, h2, read-also box
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الثلاثاء، 21 مايو 2024 - 10:30 ص"
    assert truth["published"] == "2024-05-21" and truth["author"] == "ريم الدوسري"
    for mark in ('<meta property="article:published_time" content="2024-05-21T07:30:00.000Z"/>',
                 '<time datetime="2024-05-21T07:30:00.000Z" class="svelte-3nxv5e">الثلاثاء، 21 '
                 "مايو 2024 - 10:30 ص</time><!--[!--><!--]-->",
                 "publishedAt:new Date(1716276600000)",
                 '<span class="today svelte-12qmxd4">الأربعاء، 22 مايو 2024</span>',
                 '<span class="byline svelte-3nxv5e">بقلم <a href="/author/reem-aldosari" '
                 'rel="author" class="svelte-3nxv5e">ريم الدوسري</a></span>',
                 '<!--[--><p class="standfirst svelte-1q8rv0d">', '<figcaption class="svelte-'
                 '1q8rv0d">عمال يركبون مظلات معدنية فوق ممر للمشاة في حي الملقا شمال الرياض <span '
                 'class="credit svelte-1q8rv0d">تصوير: سلطان العنزي</span></figcaption>',
                 "<strong>تسعة آلاف شجرة محلية</strong>", '<a href="/tag/أنسنة_المدن">برنامج '
                 "أنسنة المدن</a>", "<h2>جدول زمني على ثلاث مراحل</h2>", '<p class="read-also">'
                 "<strong>اقرأ أيضاً:</strong>", '<aside class="author-card svelte-1q8rv0d">',
                 "__sveltekit_1k3x9ab = {", "source:void 0", '<a href="/section/local" class="'
                 'svelte-k7w2fq" aria-current="page">محليات</a>', "© 2024 وهج."):
        assert mark in html, mark
    assert '<div class="ticker' not in html and "video-embed" not in html
    assert CHROME | {"الأربعاء، 22 مايو 2024", "الثلاثاء، 21 مايو 2024 - 10:30 ص",
                     "بقلم ريم الدوسري",
                     "المرحلة الأولى تشمل 11 حيا في شمال العاصمة وشرقها وتنتهي قبل نهاية يوليو",
                     "4 دقائق قراءة", "تصوير: سلطان العنزي", "اقرأ أيضاً:", "ريم الدوسري",
                     "عمال يركبون مظلات معدنية فوق ممر للمشاة في حي الملقا شمال الرياض",
                     "محررة الشؤون البلدية والتنمية الحضرية في وهج", "كل مقالات الكاتبة",
                     "#أمانة_الرياض", "#جودة_الحياة", "19 مايو 2024",
                     "إغلاق جزئي لطريق الملك فهد ليلا لتركيب جسور مشاة جديدة",
                     "© 2024 وهج. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت أمانة منطقة الرياض أمس الاثنين أعمال المرحلة الأولى")
    assert body.endswith("أقل من نصف المعدل الذي توصي به منظمة الصحة العالمية للبالغين.")
    assert body.count("\n\n") == 7 and "\n\nجدول زمني على ثلاث مراحل\n\n" in body
    assert "اقرأ أيضاً" not in body and "تصوير" not in body and "بقلم" not in body

    # page 2: SPA wire story at 01:15 Riyadh time: every UTC time says 8 September
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الاثنين، 9 سبتمبر 2024 - 1:15 ص"
    assert truth["published"] == "2024-09-09" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-09-08T22:15:00.000Z"/>',
                 '"datePublished":"2024-09-08T22:15:00.000Z"', '<time datetime="2024-09-08T22:15:'
                 '00.000Z" class="svelte-3nxv5e">الاثنين، 9 سبتمبر 2024 - 1:15 ص</time>',
                 "publishedAt:new Date(1725833700000)", '<span class="source svelte-3nxv5e">'
                 "الرياض - واس</span>", '<!--[--><div class="ticker svelte-9yq2ud" role="status">'
                 '<span class="ticker-label svelte-9yq2ud">عاجل</span>',
                 '</header> <!--[!--><!--]--> <div class="article-body',
                 '</h1> <!--[!--><!--]--> <div class="meta', "__sveltekit_1k3x9ab = {",
                 f'<meta property="og:image" content="{HOST}/og-default.png"/>'):
        assert mark in html, mark
    for absent in ("<figure", "author-card", "standfirst", "class=\"byline", "<strong>", "<h2><",
                   "article:modified_time", "آخر تحديث"):
        assert absent not in html, absent
    assert CHROME | {"الرياض - واس", "عاجل", "الاثنين، 9 سبتمبر 2024 - 1:15 ص", "#الدفاع_المدني",
                     "وزارة التعليم: تعليق الدراسة الحضورية اليوم في محافظات صبيا وأبو عريش وفيفاء",
                     "دقيقة واحدة قراءة", "29 أغسطس 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("نبه المركز الوطني للأرصاد من هطول أمطار رعدية")
    assert body.endswith("على أن يصدر تحديثا للتنبيه ظهر اليوم.") and body.count("\n\n") == 3
    assert "واس" not in body

    # page 3: a new deploy, uncaptioned hero, link, YouTube embed, updated the next morning
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الثلاثاء، 14 يناير 2025 - 4:45 م"
    assert truth["published"] == "2025-01-14" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-14T13:45:00.000Z"/>',
                 '<meta property="article:modified_time" content="2025-01-15T06:10:00.000Z"/>',
                 '<span class="updated svelte-3nxv5e">آخر تحديث: <time datetime="2025-01-15T06:10'
                 ':00.000Z">الأربعاء، 15 يناير 2025 - 9:10 ص</time></span>',
                 "updatedAt:new Date(1736921400000)", "__sveltekit_z0r6cpd = {",
                 "_app/immutable/entry/start.BhR3uY8p.js", '<span class="source svelte-3nxv5e">'
                 'وهج - تبوك</span>',
                 'fetchpriority="high" class="svelte-1q8rv0d"/> <!--[!--><!--]--></figure>',
                 '<a href="https://mt.gov.sa.example/licensed-operators">شركات سياحية مرخصة</a>',
                 '<div class="video-embed"><iframe width="560" height="315" src="'
                 'https://www.youtube-nocookie.com/embed/kq8TzW2fLxE"', "© 2025 وهج."):
        assert mark in html, mark
    assert "<figcaption" not in html and "author-card" not in html and "read-also" not in html
    assert CHROME | {"وهج - تبوك", "الثلاثاء، 14 يناير 2025 - 4:45 م", "3 دقائق قراءة",
                     "آخر تحديث: الأربعاء، 15 يناير 2025 - 9:10 ص", "الثلاثاء، 14 يناير 2025",
                     "#جبل_اللوز", "شتاء طنطورة يعود إلى العلا بحفلات وأسواق ليلية",
                     "© 2025 وهج. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("استقبلت منطقة جبل اللوز شمال غرب تبوك منذ صباح اليوم الثلاثاء")
    assert body.endswith("منصات التواصل منذ ساعات الصباح الأولى.") and body.count("\n\n") == 5
    assert "الثلوج تكسو قمة جبل اللوز صباح الثلاثاء" not in body
