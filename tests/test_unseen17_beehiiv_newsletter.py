"""Traits of the beehiiv_newsletter family (unseen17): an Arabic weekly newsletter from Amman on
beehiiv, the web version of an issue. beehiiv's Remix shell (`<meta charSet>`, modulepreload
links, `window.__remixContext` with the `routes/p/$slug` loader data, the module script that
fills `__remixRouteModules`), Tailwind utility classes and the `--wt-*` theme, the nav with
"Login" and "اشترك", the breadcrumb (publication, "Posts", title), `div.rendered-post` with
`#web-header` (title, "أيضاً: ..." subtitle, tag pills, `bh__byline_wrapper` with avatar, the
English date in +03:00 and "N min read") and `div#content-blocks`: beehiiv's inline-styled
email blocks on the 2024 issues (flight.beehiiv.net links, `<small>` caption, "❝" pullquote,
"برعاية" sponsor section, dashed divider, `<a><button>` block, subscribe widget) and the
`dream-post-content-doc` renderer on the 2025 issue; then Share, comments, the subscribe box,
"Keep reading" and the "Powered by beehiiv" footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "beehiiv_newsletter"
COMMON = ('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>',
          '<meta property="og:site_name" content="نشرة الأسبوع"/>',
          '<meta name="twitter:card" content="summary_large_image"/>',
          'href="https://rss.beehiiv.com/feeds/Qm7tR2xL9a.xml"',
          'href="https://media.beehiiv.com/cdn-cgi/image/fit=scale-down,format=auto,'
          'onerror=redirect,quality=80/uploads/publication/logo/',
          '<link rel="modulepreload" href="/build/entry.client-ZK3H2QXC.js"/>',
          '{"@context":"https://schema.org","@type":"Article","headline":',
          '<header class="sticky top-0 z-20 w-full bg-wt-primary">',
          '<a href="/login" class="rounded-wt px-3 py-2 text-sm font-medium '
          'text-wt-text-on-primary">Login</a><a href="/subscribe" class="wt-button-font '
          'rounded-wt bg-wt-tertiary px-4 py-2 text-sm font-semibold text-wt-text-on-tertiary">'
          'اشترك</a>',
          '<ul class="flex flex-wrap items-center gap-2 text-xs font-semibold">',
          '<a href="/archive" class="opacity-70">Posts</a>',
          ':root { --wt-primary-color: #0B5A4A;',
          '<div class="rendered-post" style="max-width: 670px; margin: 0 auto">',
          '<div id="web-header" style="', '<div class="bh__byline_wrapper">',
          '<div class="bh__byline_social_wrapper"><a href="https://www.facebook.com/sharer/',
          '<div id="content-blocks">\n', '<span>Share</span></button>',
          '<option value="newest">Newest first</option>',
          '<h2 class="wt-header-font mb-6 text-2xl font-bold text-gray-900">Keep reading</h2>',
          '>Powered by beehiiv</a>', '<script>window.__remixContext = {"basename":"/",',
          '"routes/p/$slug":{"post":{"id":"',
          'window.__remixRouteModules = {"root":route0,"routes/p/$slug":route1};')
CHROME = {"نشرة الأسبوع", "الأرشيف", "من نحن", "أعلن معنا", "Login", "اشترك", "Posts", "Share",
          "Newest first", "Add your comment", "Login or Subscribe to participate.",
          "اشترك في نشرة الأسبوع", "أهم ما جرى في الأردن خلال أسبوع، في رسالة واحدة صباح كل أحد",
          "Keep reading", "View more", "الرئيسية", "© 2025 نشرة الأسبوع.", "Privacy policy",
          "Terms of use", "Powered by beehiiv"}
CLASSIC = ('<div style="padding-bottom:12px;padding-left:15px;padding-right:15px;'
           'padding-top:12px;"><p style="color:#222222;', 'href="https://flight.beehiiv.net/v2/clicks/'
           'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.',
           '<div style="font-size:0px;line-height:0px;padding:30px 0px 30px;"><div style="margin:'
           '0 auto;border-top:5px dashed #EEEEEE;width:97%"></div></div>',
           'target="_blank" style="display:inline-block;"><button style="background-color:'
           '#0B5A4A;')
SUBSCRIBE = ('<h3 style="color:#FFFFFF;', '>اشترك مجاناً ليصلك العدد القادم</h3>')


def test_unseen17_traits_beehiiv_newsletter() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in (*COMMON, *CLASSIC, *SUBSCRIBE):
        assert mark in html, mark
    assert truth["published_shown"] == "May 12, 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "رنا الخطيب"
    for mark in ('<meta property="article:published_time" content="2024-05-12T05:00:00.000Z"/>',
                 '"datePublished":"2024-05-12T05:00:00.000Z"',
                 '<p style="font-weight:600;margin:0;">رنا الخطيب</p>',
                 '<span style="opacity:0.75">May 12, 2024</span>',
                 '<span style="opacity:0.75">2 min read</span>',
                 '<h3 style="font-size: 20px;', '<a href="/t/', 'class="rounded-full border',
                 'class="link" style="color:#0B5A4A !important;',
                 '>أرقام أعلنتها هيئة تنظيم النقل البري</a>',
                 "font-weight:Bold;margin:0px 0px 0px;padding-bottom:12px;padding-top:16px;"
                 'text-align:right;">في أرقام</h2>', "<b>مليون و40 ألف راكب</b>",
                 '<small><p>حافلة من أسطول الباص السريع تغادر مجمع المحطة في عمّان متجهة إلى '
                 'الزرقاء</p></small>', '/uploads/asset/file/',
                 '<div style="background-color:#F4F1EA;border-radius:10px;margin:0px 0px 0px 0px;',
                 "<i>برعاية</i>", '<div class="subscribe-widget"',
                 '<time dateTime="2024-05-05T05:00:00.000Z">May 5, 2024</time>'):
        assert mark in html, mark
    assert "dream-post-content" not in html and "❝" not in html
    assert CHROME | {"رنا الخطيب", "May 12, 2024", "2 min read", "النقل العام",
                     "أيضاً: موازنة البلديات، وموسم حصاد مبكر في الأغوار، وعودة مهرجان جرش",
                     "حافلة من أسطول الباص السريع تغادر مجمع المحطة في عمّان متجهة إلى الزرقاء",
                     "برعاية", "تطبيق «مشوار» للدفع الإلكتروني", "حمّل التطبيق",
                     "اقرأ تقرير الهيئة كاملاً", "اشترك مجاناً ليصلك العدد القادم",
                     "ثلاث محطات جديدة على خط الحافلات داخل العاصمة", "هيئة التحرير",
                     "May 5, 2024", "April 21, 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("نقل خط الباص سريع التردد بين عمّان والزرقاء أكثر من مليون راكب")
    assert body.endswith("إلى 50 ألفاً يومياً وفق تقديرات أولية.") and body.count("\n\n") == 6
    assert "\n\nفي أرقام\n\n" in body and "برعاية" not in body and "أيضاً" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in (*COMMON, *CLASSIC):
        assert mark in html, mark
    # sent at 00:40 Amman time (+03:00): every machine date is 14 August 21:40 UTC, while the
    # byline shows the publication's local day
    assert truth["published_shown"] == "August 15, 2024"
    assert truth["published"] == "2024-08-15" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-14T21:40:00.000Z"/>',
                 '"datePublished":"2024-08-14T21:40:00.000Z"',
                 '"override_scheduled_at":"2024-08-14T21:40:00.000Z"',
                 '<span style="opacity:0.75">August 15, 2024</span>',
                 '"author":[{"@type":"Person","name":"هيئة التحرير"}]',
                 '<p style="font-weight:600;margin:0;">هيئة التحرير</p>',
                 '<div style="-webkit-user-select:none;user-select:none;color:#0B5A4A;font-size:'
                 '36px;line-height:1;">❝</div><p style=',
                 'font-style:italic;">«لم نسجل أي تسريب لأسئلة الامتحان',
                 'cursor:pointer;">رابط نتائج التوجيهي</button>',
                 '/uploads/publication/thumbnail/'):
        assert mark in html, mark
    assert "<small>" not in html and "/uploads/asset/file/" not in html.split("<body>")[0]
    assert "برعاية" not in html and '<div class="subscribe-widget"' not in html
    assert "dream-post-content" not in html
    assert CHROME | {"هيئة التحرير", "August 15, 2024", "1 min read", "التوجيهي", "❝",
                     "عدد خاص: كل ما تحتاج معرفته عن النتائج ومواعيد التقديم للجامعات",
                     "رابط نتائج التوجيهي", "مواعيد تقديم طلبات الالتحاق بالجامعات الرسمية",
                     "August 11, 2024", "July 28, 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت وزارة التربية والتعليم بعد منتصف ليل الأربعاء نتائج امتحان")
    assert body.endswith("يوم الأحد المقبل ولمدة عشرة أيام.") and body.count("\n\n") == 3
    assert "❝" not in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in (*COMMON, *SUBSCRIBE):
        assert mark in html, mark
    assert truth["published_shown"] == "February 23, 2025"
    assert truth["published"] == "2025-02-23" and truth["author"] == "سامر حداد"
    for mark in ('<meta property="article:published_time" content="2025-02-23T16:30:00.000Z"/>',
                 '<div id="content-blocks">\n<div class="dream-post-content-doc">\n'
                 '<div class="j6zgbu0"><p class="dream-post-content-paragraph j6zgbu1">'
                 '<span class="hxnnnr0">أطلقت أمانة عمّان الكبرى </span><span class="hxnnnr0">'
                 '<a href="https://flight.beehiiv.net/v2/clicks/',
                 'rel="noopener noreferrer nofollow" class="_3k8pkd0">منصة إلكترونية</a></span>',
                 '<div class="dream-post-content-imageBlock _2fealp0"><figure class="_2fealp1">'
                 '<img src="https://media.beehiiv.com/',
                 '<div class="_19m7bnq0"><h2 class="hynlcx1 hynlcx3"><span class="hxnnnr0">'
                 'ماذا بعد؟</span></h2></div>',
                 '<div class="dream-post-content-section _1pk6u0b0" style="background-color:',
                 '<em>برعاية</em>', '<div class="_7pt7ks0"><div class="_7pt7ks1"></div></div>',
                 '<div class="dream-post-content-poll _4t0qzv0">',
                 '<div class="dream-post-content-subscribeWidget _9w1q3c0"',
                 '<span style="opacity:0.75">February 23, 2025</span>'):
        assert mark in html, mark
    assert "<figcaption" not in html and "<small>" not in html and "❝" not in html
    assert "border-top:5px dashed" not in html
    assert CHROME | {"سامر حداد", "February 23, 2025", "1 min read", "غلاء المعيشة", "برعاية",
                     "«سلة» للتسوق من المزارع", "اطلب الآن", "ما رأيك في عدد هذا الأسبوع؟",
                     "ممتاز 👍", "يحتاج إلى تحسين", "اشترك مجاناً ليصلك العدد القادم",
                     "أيضاً: تعديلات على نظام الأبنية، ودوام رمضان في الدوائر الحكومية",
                     "تقرير: الأسر تنفق ثلث دخلها على الغذاء", "February 16, 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت أمانة عمّان الكبرى منصة إلكترونية تنشر كل صباح أسعار الجملة")
    assert body.endswith("لكبح الارتفاعات خلال الشهر الفضيل.") and body.count("\n\n") == 5
    assert "\n\nماذا بعد؟\n\n" in body and "برعاية" not in body and "رأيك" not in body
