"""Traits of the msn_syndicated_story family (unseen22): a partner outlet's Arabic story as
MSN's ar-ae article page serves it: settings JSON in attributes of `<head>`, the bare-headline
title, a UTC JSON-LD `NewsArticle`, the MSN header and category bar, the provider bar, the
"قصة بواسطة" byline (page 1 only), the partner's time in Dubai time as Arabic `Intl` prints it
(with RLM marks) over a UTC `datetime`, the reactions bar, the partner's body HTML, the
continue-reading button, the attribution line, the right rail, the "المزيد لك" feed, the
footer and the content-service JSON state."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "msn_syndicated_story"
HOST = "https://msn-arabic.example"
RLM = "\u200f"
COMMON = ('<!DOCTYPE html>\n<html lang="ar-ae" dir="rtl">',
          '<head data-info="f:msnallexpusers, prg-1sw-tbrcounter,',
          'data-client-settings="{&quot;static_page&quot;:&quot;false&quot;,&quot;pagetype&quot;:'
          "&quot;article&quot;,&quot;apptype&quot;:&quot;views&quot;",
          '<meta property="og:site_name" content="MSN">',
          '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
          '"NewsArticle",', '<header class="msn-header" role="banner">',
          f'<a href="{HOST}/ar-ae/news" aria-current="page">الأخبار</a>',
          '<button class="sign-in-button" type="button">تسجيل الدخول</button>',
          '<div class="provider-bar">', '<img class="provider-logo" src="https://img-s-msn-com.'
          "akamaized.net/tenant/amp/entityid/", '<h1 class="article-title">',
          '<button class="follow-button" type="button"', '<div class="article-body',
          '<div class="article-attribution">© مقدَّم من <a href="',
          '<button class="feedback-button" type="button">ملاحظات</button>',
          '<h2 class="module-heading">الأخبار الرائجة</h2>', '<span class="ad-label">إعلان</span>',
          '<h2 id="mfy-heading" class="feed-heading">المزيد لك</h2>', '<li class="feed-card"',
          '<span class="card-time">', '<footer class="msn-footer">',
          '<script id="article-state" type="application/json">{"id":"AA1',
          '"type":"article","locale":"ar-ae"', '"body":"', '"readTimeMin":',
          '["vendors","common","microsoft","experience"]')
CHROME = {"الانتقال إلى المحتوى الرئيسي", "الأخبار", "الطقس", "الرياضة", "الترفيه",
          "أسلوب الحياة", "تسجيل الدخول", "متابعة", "مشاركة", "ملاحظات", "الأخبار الرائجة",
          "إعلان", "المزيد لك", "عرض المزيد", "الخصوصية وملفات تعريف الارتباط",
          "شروط الاستخدام", "الإعلان"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert truth["set"] == "unseen22" and truth["held_out"] is True
    assert f"<title>{truth['title']}</title>" in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen22_traits_msn_syndicated_story() -> None:
    # page 1: named writer, captioned partner photo, a bolded phrase, continue reading
    html, truth, chrome = _common(1)
    shown = f"12{RLM}/03{RLM}/2024، 9:30 ص"
    assert truth["published_shown"] == shown
    assert truth["published"] == "2024-03-12" and truth["author"] == "ريم الكعبي"
    for mark in ('<span class="byline">قصة بواسطة <span class="author-name">ريم الكعبي</span>',
                 f'<time class="publish-time" datetime="2024-03-12T05:30:00.000Z">{shown}</time>',
                 '"datePublished":"2024-03-12T05:30:00.000Z"',
                 '"author":[{"@type":"Person","name":"ريم الكعبي"}]',
                 '"authors":[{"name":"ريم الكعبي"}]',
                 '"publishedDateTime":"2024-03-12T05:30:00.000Z"',
                 '<span class="read-time">دقيقتان للقراءة</span>',
                 '<img data-document-id="cms/api/amp/image/AA1mPj2s"',
                 '<figcaption><span class="caption-text">إشارة مرور ذكية عند أحد تقاطعات شارع '
                 'الوحدة في الشارقة</span> <span class="image-attribution">© صحيفة الرمال '
                 "اليومية</span></figcaption>",
                 "<strong>انخفاض متوسط زمن الانتظار بنسبة 22 في المئة</strong>",
                 '<div class="article-body truncated"',
                 '<button class="continue-reading-button" type="button" aria-expanded="false">'
                 "متابعة القراءة</button>", '<span class="count">86</span>',
                 '<span class="count">17</span>', "/ar-AA1mPq7Z", "© 2024 Microsoft"):
        assert mark in html, mark
    assert "data-embed-type" not in html and "<h2>" not in html
    assert CHROME | {shown, "قصة بواسطة ريم الكعبي", "صحيفة الرمال اليومية",
                     "© صحيفة الرمال اليومية", "© مقدَّم من صحيفة الرمال اليومية",
                     "إشارة مرور ذكية عند أحد تقاطعات شارع الوحدة في الشارقة",
                     "دقيقتان للقراءة", "متابعة القراءة", "86", "17", "27°",
                     "رسوم جديدة لمواقف السيارات في المناطق التجارية بعجمان",
                     "افتتاح جسر جديد يربط شارع الاتحاد بطريق الإمارات", "صحيفة المرفأ",
                     "قبل يومين", "© 2024 Microsoft"} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت هيئة الطرق والمواصلات في الشارقة تجربة ميدانية")
    assert body.endswith("مدة الانتظار المتوقعة عند كل تقاطع.") and body.count("\n\n") == 5
    assert "قصة بواسطة" not in body and "©" not in body

    # page 2: no writer, posted 01:15 Dubai time: every machine time is 1 July UTC
    html, truth, chrome = _common(2)
    shown = f"02{RLM}/07{RLM}/2024، 1:15 ص"
    assert truth["published_shown"] == shown
    assert truth["published"] == "2024-07-02" and truth["author"] is None
    for mark in (f'<time class="publish-time" datetime="2024-07-01T21:15:00.000Z">{shown}</time>',
                 '"datePublished":"2024-07-01T21:15:00.000Z"', '"authors":[]',
                 '"publisher":{"@type":"Organization","name":"موقع مدار الخليج"',
                 '<p>ودعا <a href="https://ncm-weather.example/ar/alerts" target="_blank" '
                 'rel="noopener noreferrer">المركز الوطني للأرصاد</a> السكان',
                 '<div class="article-body" data-t=', '"imageResources":[]',
                 'aria-label="التعليقات"></button>', "/ar-AA1pWx3c"):
        assert mark in html, mark
    for absent in ('class="byline"', "قصة بواسطة", "<figure", "continue-reading-button",
                   '"author":', "data-embed-type"):
        assert absent not in html, absent
    assert CHROME | {shown, "موقع مدار الخليج", "© مقدَّم من موقع مدار الخليج",
                     "دقيقة واحدة للقراءة", "41", "36°",
                     "إغلاق مؤقت لطريق جبل جيس بسبب أعمال صيانة", "© 2024 Microsoft"} <= chrome
    assert "متابعة القراءة" not in chrome
    body = truth["body"]
    assert body.startswith("شهدت مناطق متفرقة في الفجيرة والعين مساء أمس الاثنين")
    assert body.endswith("خلال ساعات الليل والصباح الباكر.") and body.count("\n\n") == 3

    # page 3: credit-only photo, an <h2> subheading, a social-auto embed, January 2025
    html, truth, chrome = _common(3)
    shown = f"20{RLM}/01{RLM}/2025، 12:05 م"
    assert truth["published_shown"] == shown
    assert truth["published"] == "2025-01-20" and truth["author"] is None
    for mark in (f'<time class="publish-time" datetime="2025-01-20T08:05:00.000Z">{shown}</time>',
                 '"publishedDateTime":"2025-01-20T08:05:00.000Z"',
                 '<figcaption><span class="image-attribution">© وكالة أنباء الضفاف</span>'
                 "</figcaption>", "<h2>قاعة للمخطوطات النادرة</h2>",
                 '<div class="embed-wrapper"><div data-embed-type="social-auto" '
                 'data-embed-id="se-62305">', '"socialEmbeds":[{"id":"se-62305"',
                 "متابعة القراءة</button>", "/ar-AA1xHb9R", "© 2025 Microsoft"):
        assert mark in html, mark
    assert html.index("يمكن تصفحها عبر شاشات تفاعلية.</p>") < html.index("data-embed-type") \
        < html.index("<p>وقالت مديرة المكتبة")
    assert 'class="caption-text"' not in html and "قصة بواسطة" not in html
    assert CHROME | {shown, "وكالة أنباء الضفاف", "© وكالة أنباء الضفاف",
                     "عرض هذا المنشور على X", "متابعة القراءة", "132", "9", "22°",
                     "معرض أبوظبي الدولي للكتاب يعلن ضيف شرف دورته المقبلة",
                     "© 2025 Microsoft"} <= chrome
    body = truth["body"]
    assert body.startswith("افتتحت دائرة الثقافة والسياحة في أبوظبي اليوم الاثنين")
    assert body.endswith("في الظفرة والشهامة خلال العامين الماضيين.") and body.count("\n\n") == 5
    assert "\n\nقاعة للمخطوطات النادرة\n\n" in body and "عرض هذا المنشور" not in body
