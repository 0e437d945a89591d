"""Traits of the naviga_gulf_daily family (unseen26): a Dubai Arabic daily on Naviga Web (ex-Atex
Polopoly): UTC `article:published_time`, a +04:00 JSON-LD `NewsArticle`, Polopoly render-debug
comments and `polopoly_fs` URLs, the visit day in the top strip, `div.story` with
`div.article-header` (content-type label, byline on page 1, print edition reference on pages 1
and 3) and `div.article-body` (top image, inline related box, subheadings), the photo gallery,
topics, related, most-read and latest lists and the footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "naviga_gulf_daily"
HOST = "https://naviga-gulf.example"
COMMON = ('<html lang="ar" dir="rtl" xmlns:polopoly="http://www.polopoly.com/">',
          '<meta name="generator" content="Naviga Web">',
          f'href="{HOST}/polopoly_fs/1.1332679!/rss/rss.xml"',
          '<link rel="stylesheet" type="text/css" href="/css/ssr/main.css?v=20241104">',
          '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
          '"NewsArticle"', "<!-- END id=11,level=1,parent=10,summary=cid=2.184, "
          "ot=p.siteengine.Header, mode=www (hit):cache=HIT;", '<body class="p-article section-',
          '<span class="top-strip__date">', '<ul class="breadcrumb">',
          '<div class="story" data-content-id="1.', '<div class="article-header">',
          '<span class="content-type content-type--', '<h1 class="article-header__title">',
          '<time class="publish-date" datetime="', '<ul class="share-tools">',
          '<div class="article-body">',
          "ot=com.atex.onecms.app.dam.standard.aspects.OneArticleBean, mode=www:cache=MISS",
          '<span class="topics__label">مواضيع:</span>', '<div class="related-articles">',
          '<div class="box most-read">', "ot=ot.AjaxPageLayout", '<div class="box latest">',
          '<footer class="site-footer">')
CHROME = {"صحيفة يومية تصدر من دبي", "ابحث", "الإمارات", "الاقتصاد", "عقارات", "عربي ودولي",
          "رياضة", "ثقافة", "مقالات", "النسخة الورقية", "الرئيسية", "شارك", "فيسبوك", "إكس",
          "واتساب", "طباعة", "تكبير الخط", "تصغير الخط", "مواضيع:", "مقالات ذات صلة",
          "الأكثر قراءة", "أحدث الأخبار", "النشرة البريدية", "اشترك", "من نحن", "اتصل بنا",
          "أعلن معنا", "الاشتراكات", "سياسة الخصوصية", "شروط الاستخدام", "تابعونا",
          "جميع الحقوق محفوظة © مؤسسة الساحل للصحافة والنشر"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen26_traits_naviga_gulf_daily() -> None:
    # page 1: staff report with byline, print reference, top image with caption and credit
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الخميس 14 مارس 2024 - 10:25"
    assert truth["published"] == "2024-03-14" and truth["author"] == "سارة المهيري"
    for mark in ("<title>مزارع مائية عمودية في العين تنتج 900 طن من الخضراوات سنوياً بربع كمية "
                 "المياه المعتادة | الساحل</title>",
                 '<meta property="article:published_time" content="2024-03-14T06:25:00Z">',
                 '"datePublished": "2024-03-14T10:25:00+04:00"',
                 '"author": {"@type": "Person", "name": "سارة المهيري"}',
                 f'<link rel="canonical" href="{HOST}/economy/agriculture/2024-03-14-1.4851203">',
                 '<span class="content-type content-type--1">تقرير</span>',
                 '<div class="byline"><span class="byline__place">دبي</span> - <span '
                 'class="byline__author" itemprop="author">سارة المهيري</span></div>',
                 '<time class="publish-date" datetime="2024-03-14T06:25:00Z">الخميس 14 مارس 2024 '
                 "- 10:25</time>", '<div class="print-edition">',
                 ">نشر في العدد 15236 - الصفحة 9</a>", '<div class="image top">',
                 "/polopoly_fs/1.4851207.1710397500!/image/image.jpg_gen/derivatives/"
                 "landscape_900/image.jpg", '<span class="image__credit">تصوير: خالد النقبي</span>',
                 "<strong>إن الإنتاج لا يتأثر بدرجات حرارة الصيف</strong>",
                 '<span class="top-strip__date">الأحد 17 مارس 2024</span>'):
        assert mark in html, mark
    assert "inline-related" not in html and "photo-gallery" not in html
    assert CHROME | {"الأحد 17 مارس 2024", "الخميس 14 مارس 2024 - 10:25", "تقرير",
                     "دبي - سارة المهيري", "نشر في العدد 15236 - الصفحة 9", "زراعة وغذاء",
                     "عاملة تتفقد أحواض الخس داخل إحدى وحدات الزراعة العمودية في منطقة الفقع "
                     "بالعين", "تصوير: خالد النقبي", "أمن غذائي", "منطقة العين",
                     "مزارعو ليوا يتحولون إلى الري بالتنقيط لمواجهة ملوحة الآبار"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت ثلاث مزارع عمودية مغلقة في منطقة الفقع بمدينة العين")
    assert body.endswith("ما زال غير مجدٍ اقتصادياً في الوقت الحالي.") and body.count("\n\n") == 5
    assert "تصوير" not in body and "العدد" not in body

    # page 2: wire story filed at 00:40 Dubai time: the UTC meta is 5 August; inline related box
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الثلاثاء 6 أغسطس 2024 - 00:40"
    assert truth["published"] == "2024-08-06" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-08-05T20:40:00Z">',
                 '"datePublished": "2024-08-06T00:40:00+04:00"',
                 '"author": {"@type": "Organization", "name": "الساحل"}',
                 '<span class="content-type content-type--2">خبر</span>',
                 'itemprop="author">وام</span>',
                 f'<a href="{HOST}/uae/services/2024-07-30-1.4870114">منصة رقمية موحدة</a>',
                 '<div class="inline-related" data-ot="p.RelatedContentElement">',
                 '<span class="inline-related__title">اقرأ أيضاً</span>'):
        assert mark in html, mark
    assert html.index("خلال دقائق، مع ربطها") < html.index("inline-related") \
        < html.index("<p>وأوضحت أن المنصة تعرض")
    for absent in ('<div class="print-edition">', '<div class="image top">', "photo-gallery",
                   '"image":'):
        assert absent not in html, absent
    assert CHROME | {"أبوظبي - وام", "خبر", "اقرأ أيضاً", "البيئة البحرية", "بيئة بحرية",
                     "حظر صيد الشعري والصافي خلال موسم التكاثر",
                     "الثلاثاء 6 أغسطس 2024 - 00:40", "الأربعاء 7 أغسطس 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت الجهات الاتحادية المعنية بالبيئة منصة رقمية موحدة")
    assert body.endswith("مساعدة كبار السن من الصيادين على التسجيل.") and body.count("\n\n") == 4
    assert "اقرأ أيضاً" not in body and "وام" not in body

    # page 3: investigation with two subheadings (text), print reference and a photo gallery
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأربعاء 22 يناير 2025 - 17:15"
    assert truth["published"] == "2025-01-22" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-22T13:15:00Z">',
                 '<span class="content-type content-type--3">تحقيق</span>',
                 ">نشر في العدد 15547 - الصفحة 14</a>",
                 '<h3 class="article-subheading">تفاوت بين الأحياء</h3>',
                 '<h3 class="article-subheading">ماذا يقول القانون؟</h3>',
                 '<div class="photo-gallery" data-content-id="1.4902227">',
                 "ot=com.atex.onecms.app.dam.standard.aspects.OneGalleryBean",
                 '<p class="gallery__caption">لافتات شقق للإيجار في حي الناصرية</p>',
                 '<span class="gallery__credit">الصورة: أرشيفية</span>'):
        assert mark in html, mark
    assert '<div class="byline">' not in html and '<div class="image top">' not in html
    assert html.index('<div class="article-body">') < html.index("photo-gallery") \
        < html.index('<div class="topics">')
    assert CHROME | {"تحقيق", "نشر في العدد 15547 - الصفحة 14", "معرض الصور", "1 / 3",
                     "واجهات أبراج سكنية في منطقة التعاون على الحدود مع دبي",
                     "تصوير: عمر الحمادي", "الصورة: أرشيفية", "إيجارات سكنية", "سوق الإيجارات",
                     "إمارة الشارقة", "الثلاثاء 28 يناير 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("سجلت إيجارات الشقق المكونة من غرفة وصالة في الشارقة")
    assert body.endswith("بدلاً من الاتفاقات الشفهية.") and body.count("\n\n") == 7
    assert "\n\nتفاوت بين الأحياء\n\n" in body and "\n\nماذا يقول القانون؟\n\n" in body
    assert "تصوير" not in body and "معرض الصور" not in body
