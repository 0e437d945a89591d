"""Traits of the eleventy_static_blog family (unseen25): an Amman data-journalism and
fact-check collective on Eleventy 2.0.1 (customised eleventy-base-blog v8 layouts): feeds and
webmention.io links in the head, og `article:published_time` from `toISOString()` (UTC),
ClaimReview or Article JSON-LD, the skip link and `ul.nav` header, `article.post` with the
`ul.post-metadata` date (ar-JO: Levantine months, Arabic-Indic digits) and tags,
markdown-it-anchor `header-anchor` headings, markdown-it-footnote refs and section,
`links-nextprev`, server-rendered webmentions and the "Built with Eleventy" footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "eleventy_static_blog"
HOST = "https://eleventy-tahaqquq.example"
COMMON = ('<!doctype html>\n<html lang="ar" dir="rtl">',
          '<meta name="generator" content="Eleventy v2.0.1">',
          '<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" '
          'title="مختبر تحقّق">',
          '<link rel="webmention" href="https://webmention.io/eleventy-tahaqquq.example/webmention">',
          "<style>/* This is an arbitrary CSS string added to the bundle */</style>",
          '<a href="#skip" class="visually-hidden">انتقل إلى المحتوى الرئيسي</a>',
          '<a href="/" class="home-link">مختبر تحقّق</a>',
          '<h2 class="visually-hidden">القائمة الرئيسية</h2>', '<ul class="nav">',
          '<main id="skip">\n\t\t\t<article class="post">', '<ul class="post-metadata">',
          'class="post-tag">', '<ul class="links-nextprev">',
          '<li class="links-nextprev-prev">← السابق<br> <a href="',
          '<section class="webmentions" id="webmentions">', 'class="webmention-form"',
          '<p><em>بُني باستخدام <a href="https://www.11ty.dev/">Eleventy v2.0.1</a></em></p>',
          "was built on ", '<script type="module" src="/bundle/')
CHROME = {"انتقل إلى المحتوى الرئيسي", "مختبر تحقّق", "القائمة الرئيسية", "الرئيسية",
          "تدقيق الادعاءات", "قصص البيانات", "المنهجية", "الأرشيف", "عن المختبر", "← السابق",
          "من الأرشيف", "التفاعلات", "إرسال", "هل كتبت ردًا على هذه المادة في موقعك؟ أرسل رابطه:",
          "المحتوى منشور برخصة المشاع الإبداعي نسب المصنف - الترخيص بالمثل 4.0",
          "للتواصل ولإرسال ادعاء للتدقيق: tips@eleventy-tahaqquq.example",
          "بُني باستخدام Eleventy v2.0.1"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen25_traits_eleventy_static_blog() -> None:
    # page 1: fact-check with verdict box, ClaimReview, eleventy-img figure, bold, 2 footnotes
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "٣ آذار ٢٠٢٤"
    assert truth["published"] == "2024-03-03" and truth["author"] == "ريم الحوراني"
    for mark in ("<title>هل رفعت الحكومة سعر كيلوغرام الخبز إلى دينار؟ تدقيق في منشور متداول | "
                 "مختبر تحقّق</title>",
                 '<meta property="article:published_time" content="2024-03-03T10:40:00.000Z">',
                 '"@type": "ClaimReview"', '"datePublished": "2024-03-03"',
                 '<a href="/fact-checks/" aria-current="page">تدقيق الادعاءات</a>',
                 '<li><time datetime="2024-03-03">٣ آذار ٢٠٢٤</time></li>',
                 '<li class="post-author">إعداد: <a href="/team/rym-alhwrany/" rel="author">',
                 '<li><a href="/tags/aldem-alhkwmy/" class="post-tag">الدعم الحكومي</a>, </li>',
                 '<aside class="verdict verdict--misleading">',
                 '<figure class="post-figure"><picture><source type="image/avif"',
                 "<figcaption>مخبز في حي جبل النزهة",
                 "<strong>التقطت عام 2018 في مدينة إربد</strong>",
                 'صدور مثل هذا القرار.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a>'
                 "</sup></p>", '<hr class="footnotes-sep">\n<section class="footnotes">',
                 '<li id="fn2" class="footnote-item"><p>', 'class="footnote-backref">↩︎</a>',
                 '<li class="links-nextprev-next">التالي →<br><a href="',
                 '<article class="webmention h-cite" id="webmention-',
                 '<strong class="p-name">سامر خليل</strong>',
                 '<time class="webmention__pubdate dt-published" '
                 'datetime="2024-03-05T15:40:00.000Z">٥ آذار ٢٠٢٤</time>'):
        assert mark in html, mark
    assert 'class="header-anchor"' not in html and "webmentions__not-found" not in html
    assert CHROME | {"٣ آذار ٢٠٢٤", "إعداد: ريم الحوراني", "رغيف الخبز", "منشورات مضللة",
                     "الادعاء: الحكومة ترفع سعر كيلو الخبز إلى دينار اعتبارا من الشهر المقبل",
                     "الحكم: مضلل", "الهوامش", "التالي →", "إعجابات: ١٢", "إعادات نشر: ٥",
                     "مخبز في حي جبل النزهة بعمّان صباح السبت، حيث بقي السعر المعلن للكيلوغرام "
                     "دون تغيير", "صورة قديمة لطوابير الغاز تعود للتداول مع موجة البرد",
                     "لينا عبيدات", "٥ آذار ٢٠٢٤"} <= chrome
    body = truth["body"]
    assert body.startswith("تداولت صفحات على فيسبوك وحسابات على منصة إكس")
    # The footnotes are the writer's source notes: text, last, without marker and back-link.
    assert body.endswith("ليوحي بقرار لم يصدر أصلا.\n\nرد وزارة الصناعة والتجارة والتموين "
                         "على استفسار فريق التدقيق، 1 آذار 2024.\n\nالمقابلة منشورة على القناة "
                         "الرسمية للبرنامج على يوتيوب، الدقيقة 12:40.")
    assert body.count("\n\n") == 7 and "↩" not in body
    assert "[1]" not in body and "الحكم" not in body and "إعداد" not in body

    # page 2: 01:30 Amman time, so the UTC instants say 18 August; link, Datawrapper, no byline
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "١٩ آب ٢٠٢٤"
    assert truth["published"] == "2024-08-19" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-18T22:30:00.000Z">',
                 '"@type": "Article"', '"datePublished": "2024-08-18T22:30:00.000Z"',
                 '<li><time datetime="2024-08-19">١٩ آب ٢٠٢٤</time></li>',
                 '<a href="/data/" aria-current="page">قصص البيانات</a>',
                 '<a href="https://www.mwi.gov.jo.example/reports/annual-2023.pdf">التقرير السنوي '
                 "لوزارة المياه والري</a>", '<p><iframe title="',
                 'id="datawrapper-chart-Rk7Qp" src="https://datawrapper.dwcdn.net/Rk7Qp/2/"',
                 '<p class="webmentions__not-found">لا توجد تفاعلات مع هذه المادة بعد.</p>'):
        assert mark in html, mark
    for absent in ("<figure", 'class="footnotes', "post-author", '<aside class="verdict',
                   "ClaimReview",
                   "webmentions__list"):
        assert absent not in html, absent
    assert CHROME | {"١٩ آب ٢٠٢٤", "الأمن المائي", "اللاجئون", "التالي →",
                     "لا توجد تفاعلات مع هذه المادة بعد.",
                     "دليلنا لقراءة تقارير الموازنة العامة"} <= chrome
    body = truth["body"]
    assert body.startswith("تراجع نصيب الفرد من المياه المتجددة في الأردن")
    assert body.endswith("مصدر كل عمود وطريقة احتسابه.") and body.count("\n\n") == 3

    # page 3: winter date, updated item, header-anchor h2, one footnote, no next post
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "٢٧ كانون الثاني ٢٠٢٥"
    assert truth["published"] == "2025-01-27" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-27T15:20:00.000Z">',
                 '<li class="post-updated">حُدّث في <time datetime="2025-01-29">٢٩ كانون الثاني '
                 "٢٠٢٥</time></li>",
                 '<h2 id="ma-aldhy-yqysh-almsh-fela" tabindex="-1">ما الذي يقيسه المسح فعلا؟ '
                 '<a class="header-anchor" href="#ma-aldhy-yqysh-almsh-fela">#</a></h2>',
                 '<a href="/tags/medlat-albtalt/" class="post-tag">معدلات البطالة</a>',
                 'ثلاث جامعات.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>',
                 '<h2 class="footnotes-title">الهوامش</h2>',
                 '<strong class="p-name">مرصد سوق العمل</strong>'):
        assert mark in html, mark
    assert "links-nextprev-next" not in html and "<figure" not in html and 'id="fn2"' not in html
    assert CHROME | {"٢٧ كانون الثاني ٢٠٢٥", "حُدّث في ٢٩ كانون الثاني ٢٠٢٥", "سوق العمل",
                     "الخريجون", "الهوامش", "إعجابات: ٧", "إعادات نشر: ٢", "مرصد سوق العمل",
                     "٢٨ كانون الثاني ٢٠٢٥", "تدقيق: هل وفرت المشاريع الكبرى مئة ألف وظيفة؟",
                     "ما نسبة النساء في سوق العمل فعلا؟ قراءة في المسح الربعي"} <= chrome
    body = truth["body"]
    assert body.startswith("تتكرر في تصريحات المسؤولين والبرامج الحوارية")
    assert body.endswith("ولا يصح وضعها جنبا إلى جنب في رسم واحد.\n\nدراسة «من القاعة إلى "
                         "السوق»، جمعية تمكين الشباب، تشرين الأول 2024، ص 17.")
    assert body.count("\n\n") == 8
    assert "\n\nما الذي يقيسه المسح فعلا؟\n\n" in body and "#" not in body
    assert "التالي" not in chrome
