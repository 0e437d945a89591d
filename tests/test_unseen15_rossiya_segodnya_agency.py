"""The traits the unseen15 family rossiya_segodnya_agency is there for: an Arabic agency on the
Rossiya Segodnya CMS (Sputnik's), its story split between `div.article__announce-text` (the
lead) and `div.article__block` items of `div.article__body` that mix text with related-story
cards, a photo and a quote; the GMT `article__info-date` with its "(محدثة ...)" update, the
hidden `article__meta` itemprop text, and a GMT day that is not Moscow's on page 3."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "rossiya_segodnya_agency"
COMMON = ('<html lang="ar" dir="rtl" prefix="og: http://ogp.me/ns#', "<title>",
          ', أفلاك عربي</title>', '<meta name="analytics:lang" content="arb">',
          '<div class="schedule" data-schedule-station="radio">',
          '<div class="layout-article">', '<div class="article m-article m-ar" data-id="',
          '<div class="article__meta" itemscope="" itemtype="https://schema.org/Article">',
          '<div class="article__header"><h1 class="article__title">',
          '<div class="article__info "><div class="article__info-date"><a href="/',
          'class="article__google-news-title">تابعنا عبر</span>',
          '<div class="article__announce-text">', '<div class="article__body">',
          '<div class="article__block" data-type="text"><div class="article__text">',
          '<div class="article__block" data-type="article" data-article="main-photo">',
          'class="article__article-title"', '<div class="elem-info__date" data-unixtime="',
          '<div class="article__footer"><div class="article__tags"><ul class="tags m-noButton',
          'data-type="tag"><a href="/tags/keyword_', 'class="tag__text">',
          '<span class="share__title">شارك</span>', 'class="article__userbar-item m-chat"',
          '<div class="lenta"><div class="lenta__title">آخر الأخبار</div>',
          '<div class="cell-list__title">الأكثر قراءة</div>',
          '<div class="endless__item m-next" data-url="/', '<div class="footer__age">18+</div>',
          '"@type": "NewsArticle"', '"@type": "BreadcrumbList"')
CHROME = {"راديو أفلاك", "بث مباشر", "03:30 GMT", "150 د", "مدار اليوم", "اللغات", "Русский",
          "العالم العربي", "علوم وتكنولوجيا", "تابعنا عبر", "شارك", "نسخ الرابط",
          "انضم إلى النقاش", "تابعوا أفلاك عربي على تلغرام", "آخر الأخبار", "الأكثر قراءة",
          "المادة التالية", "من نحن", "سياسة الخصوصية", "© 2024 أفلاك عربي", "18+", "موافق",
          "جميع الحقوق محفوظة. يسمح بإعادة نشر المواد مع ذكر المصدر ووضع رابط نشط إلى الموقع.",
          "وكالة أفلاك للأنباء، المؤسسة الإعلامية الدولية، موسكو، شارع زوبوفسكي 4.",
          "ما الذي نعرفه عن ممر النقل الدولي بين الشمال والجنوب؟"}


def test_unseen15_traits_rossiya_segodnya_agency() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "14:32 GMT 12.05.2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "نادين حداد"
    for mark in ('data-unixtime="1715524320">14:32 GMT 12.05.2024</a> '
                 '<span class="article__info-date-modified " data-unixtime="1715526600">'
                 '(محدثة 15:10 GMT 12.05.2024)</span>',
                 '"datePublished": "2024-05-12T14:32+0000"',
                 '"dateModified": "2024-05-12T15:10+0000"',
                 '<div itemprop="datePublished">2024-05-12T14:32+0000</div>',
                 '<meta property="article:published_time" content="20240512T1432+0000">',
                 '<div class="article__author"><div class="article__author-item"><a href="/author_'
                 'nadine_haddad/" class="article__author-name">نادين حداد</a>',
                 '<div class="article__announce"><div class="media" data-media-tipe="ar16x9">',
                 '<div class="media__copyright-item m-copyright">© Aflak . Yevgeny Biyatov</div>',
                 'class="media__copyright-item m-buy"> / <a href=',
                 '<a href="/keyword_almadfouat/" target="_blank">أنظمة الرسائل المالية</a>',
                 '<div class="article__text">موسكو — أفلاك. وقال نائب وزير'):
        assert mark in html, mark
    assert html.count('data-type="article"') == 2 and 'data-type="quote"' not in html
    assert CHROME | {"14:32 GMT 12.05.2024", "(محدثة 15:10 GMT 12.05.2024)", "نادين حداد",
                     "© Aflak . Yevgeny Biyatov", "/ الانتقال إلى بنك الصور",
                     "اجتماع اللجنة الحكومية الروسية الجزائرية المشتركة للتعاون الاقتصادي في موسكو",
                     "الجزائر تدرس الانضمام إلى بنك التنمية الجديد لمجموعة بريكس",
                     "9 مايو, 12:32 GMT",
                     "العلاقات الروسية الجزائرية", "التجارة الخارجية", "08:44 GMT 12.05.2024",
                     "أول قافلة شاحنات روسية تصل إلى ميناء وهران عبر الخط البحري الجديد"} <= chrome
    body = truth["body"]
    assert body.startswith("اتفقت روسيا والجزائر على رفع حصة الروبل والدينار")
    assert "\n\nموسكو — أفلاك. وقال نائب وزير التنمية" in body
    assert body.endswith("خلال النصف الأول من عام 2025.") and body.count("\n\n") == 5

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "09:05 GMT 27.08.2024"
    assert truth["published"] == "2024-08-27" and truth["author"] is None
    assert 'data-unixtime="1724749500">09:05 GMT 27.08.2024</a></div>' in html
    assert "article__info-date-modified" not in html and "article__author" not in html
    for mark in ('"datePublished": "2024-08-27T09:05+0000"',
                 '<div class="article__text"><strong>موسكو — أفلاك.</strong> وأفاد الاتحاد',
                 '<a href="/keyword_alqamh/" target="_blank">للقمح الروسي</a>',
                 '<div class="article__block" data-type="media" data-media-tipe="ar16x9">',
                 '<div class="media__copyright-item m-copyright">© AP Photo / Amr Nabil</div>',
                 '<div class="article__block" data-type="quote"><div class="article__quote">',
                 '<div class="article__quote-text">&quot;نعمل مع شركائنا العرب'):
        assert mark in html, mark
    assert html.index("والبحر الأحمر.</div>") < html.index('data-type="media"') < html.index(
        'data-type="quote"') < html.index('<div class="article__text">ويرى خبراء')
    assert CHROME | {"09:05 GMT 27.08.2024", "© Aflak . Vitaly Timkiv", "© AP Photo / Amr Nabil",
                     "سفينة شحن تحمل القمح الروسي في ميناء نوفوروسيسك على البحر الأسود",
                     "شاحنات تنقل القمح المستورد إلى صوامع التخزين في الإسكندرية",
                     "مصر تتعاقد على شحنات قمح إضافية لتعزيز مخزونها الاستراتيجي",
                     "24 أغسطس, 07:05 GMT", "الأمن الغذائي", "الصادرات الروسية",
                     "السعودية تفتح باب الاستيراد أمام شعير منطقة الفولغا"} <= chrome
    assert "الحبوب" not in chrome  # a tag chip the story's own words hold
    body = truth["body"]
    assert body.startswith("بلغت صادرات الحبوب الروسية إلى الدول العربية نحو 27 مليون طن")
    assert '\n\n"نعمل مع شركائنا العرب على عقود توريد طويلة الأجل' in body
    assert body.endswith("في عدد من الدول العربية.") and body.count("\n\n") == 6

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # 22:15 GMT on 8 October (01:15 on the 9th in Moscow); the page shows the GMT day
    assert truth["published_shown"] == "22:15 GMT 08.10.2024"
    assert truth["published"] == "2024-10-08" and truth["author"] is None
    for mark in ('data-unixtime="1728425700">22:15 GMT 08.10.2024</a>',
                 '(محدثة 06:05 GMT 09.10.2024)</span>', '"datePublished": "2024-10-08T22:15+0000"',
                 '"dateModified": "2024-10-09T06:05+0000"',
                 "<title>استئناف الرحلات الجوية المباشرة بين قازان والدوحة بعد توقف دام أربع "
                 "سنوات - 08.10.2024, أفلاك عربي</title>"):
        assert mark in html, mark
    assert "article__announce\"" not in html and '"image"' not in html
    assert "article__author" not in html and "<strong>" not in html
    assert html.rindex('data-type="article"') > html.rindex('data-type="text"')  # card last
    assert CHROME | {"22:15 GMT 08.10.2024", "(محدثة 06:05 GMT 09.10.2024)", "روسيا",
                     "العالم", "النقل الجوي", "العلاقات الروسية الخليجية", "السفر",
                     "5 أكتوبر, 20:15 GMT",
                     "السياحة الخليجية إلى روسيا تنمو بنسبة 30 بالمئة منذ بداية العام",
                     "رحلة يومية جديدة بين موسكو والمنامة اعتبارا من الشهر المقبل"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت هيئة الطيران المدني الروسية، مساء الثلاثاء")
    assert body.endswith("من الرياض وأبوظبي خلال العام المقبل.") and body.count("\n\n") == 3
