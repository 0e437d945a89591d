"""The traits the unseen15 family apollo_state_outlet is there for: a Dubai pan-Arab outlet's
React 16 server render over GraphQL, its Apollo Client cache in `window.__APOLLO_STATE__`,
styled-components v4 classes and `data-testid` landmarks, a body div whose API blocks mix
paragraphs with an ad slot, a "اقرأ أيضاً" card, a tweet and a figure, a standfirst kept out of
the body, and a relative time next to the UAE local time while every machine stamp is UTC."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "apollo_state_outlet"
COMMON = ('<html lang="ar" dir="rtl" data-react-helmet="lang,dir">',
          '<title data-react-helmet="true">', '<meta data-react-helmet="true" property="og:title"',
          '<script data-react-helmet="true" type="application/ld+json">{"@context":"https://schema.org"'
          ',"@type":"NewsArticle"', '<style data-styled="', 'data-styled-version="4.4.1">',
          "/* sc-component-id: sc-global-1846353224 */", "/* sc-component-id: sc-bdVaJa */",
          '<div id="root"><div data-reactroot="" class="sc-bdVaJa ',
          '<header data-testid="site-header"><div class="sc-bwzfXH ',
          'data-testid="main-nav"', 'data-testid="breaking-ticker"',
          'data-testid="article-kicker"', 'data-testid="article-title"',
          'data-testid="article-author"', 'data-testid="share-bar"', 'data-testid="article-tags"',
          'data-testid="related-articles"', 'data-testid="most-read"', 'data-testid="newsletter"',
          'data-testid="site-footer"', 'data-testid="ad-slot"><span class="sc-cvbbAY ',
          '">إعلان</span>', "<!-- --> <!-- -->(بتوقيت الإمارات)</span>",
          'aria-current="page"', "<script>window.__APOLLO_STATE__={\"ROOT_QUERY\":{\"__typename\":"
          "\"Query\",\"article({\\\"id\\\":\\\"", '"__typename":"ParagraphBlock","html":"',
          '"__typename":"AdBlock","slot":"mpu1"', '<script id="__LOADABLE_REQUIRED_CHUNKS__"',
          'data-chunk="pages-ArticlePage"')
CHROME = {"بحث", "تسجيل الدخول", "اشترك", "الخليج", "العالم العربي", "ثقافة وفنون", "عاجل",
          "شارك", "نسخ الرابط", "إعلان", "المواضيع", "مقالات ذات صلة", "الأكثر قراءة",
          "النشرة البريدية", "اشترك الآن", "يمكنك إلغاء الاشتراك في أي وقت", "من نحن",
          "أعلن معنا", "تابعنا", "حمّل التطبيق", "© 2024 المنصة العربية. جميع الحقوق محفوظة",
          "المنصة العربية: موقع إخباري عربي مستقل يصدر من دبي ويغطي أخبار المنطقة والعالم"}


def _body_html(html: str) -> str:
    return html.split('data-testid="article-body">')[1].split('data-testid="article-tags"')[0]


def test_unseen15_traits_apollo_state_outlet() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12 مايو 2024 15:30 (بتوقيت الإمارات)"
    assert truth["published"] == "2024-05-12" and truth["author"] == "سلمى الحوسني"
    assert '<time class="sc-ckVGcZ lfALJM" dateTime="2024-05-12T11:30:00.000Z">' in html
    assert '"publishedAt":"2024-05-12T11:30:00.000Z"' in html
    assert 'article:published_time" content="2024-05-12T11:30:00.000Z"' in html
    for mark in ("منذ <!-- -->3<!-- --> <!-- -->ساعات", 'data-testid="article-standfirst">',
                 '<img class="sc-kgoBCf sc-kGXeez ', 'rel="author">سلمى الحوسني</a>',
                 '<figure class="sc-hMqMXs YfIKKb" data-testid="article-hero">',
                 '<a href="https://manassa-arabiya.example/topics/climate-change">آثار التغير',
                 '<a class="sc-htoDjs oJUFTr active" href="/uae" aria-current="page">الإمارات'):
        assert mark in html, mark
    body_html = _body_html(html)
    assert 'data-testid="read-also"' in body_html and 'data-testid="ad-slot"' in body_html
    assert "article-standfirst" not in body_html and "twitter-tweet" not in html
    assert CHROME | {"الأحد، 12 مايو 2024", "منذ 3 ساعات", "12 مايو 2024 15:30 (بتوقيت الإمارات)",
                     "دقيقتان للقراءة", "سلمى الحوسني", "مراسلة المنصة في الفجيرة",
                     "مشروع لإنقاذ البيئة البحرية يستعين بحضانات تحت الماء، والهيئة تخطط "
                     "لمرحلة ثانية العام المقبل",
                     "غواص يثبت قطعا من المرجان على هيكل معدني في إحدى الحضانات قبالة ساحل "
                     "الفجيرة", "الصورة: هيئة البيئة في الفجيرة", "اقرأ أيضاً",
                     "دراسة: ارتفاع حرارة مياه الخليج يهدد نصف الشعاب المرجانية بحلول 2050",
                     "الشعاب المرجانية"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت هيئة البيئة في الفجيرة اليوم الأحد الانتهاء من زراعة")
    assert body.endswith("والتكيف مع آثار التغير المناخي.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 01:15 UAE time on 2 July: every UTC stamp on the page says 1 July
    assert truth["published_shown"] == "2 يوليو 2024 01:15 (بتوقيت الإمارات)"
    assert truth["published"] == "2024-07-02" and truth["author"] is None
    assert 'dateTime="2024-07-01T21:15:00.000Z"' in html
    assert '"datePublished":"2024-07-01T21:15:00.000Z"' in html
    assert '"publishedAt":"2024-07-01T21:15:00.000Z"' in html and '"byline":"مسقط - المنصة' in html
    assert 'rel="author"' not in html and "article-hero" not in html
    body_html = _body_html(html)
    for mark in ('<blockquote class="twitter-tweet" data-lang="ar"><p lang="ar" dir="rtl">',
                 "&mdash; مرصد الزلازل العماني (@OmanQuakeObs) <a href=",
                 '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8">',
                 'data-testid="read-also"', 'data-testid="ad-slot"'):
        assert mark in body_html, mark
    assert '"__typename":"EmbedBlock","provider":"twitter"' in html
    assert "منذ <!-- -->يومين" in html and "آخر تحديث: <!-- -->2 يوليو 2024 08:20" in html
    assert CHROME | {"الخميس، 4 يوليو 2024", "منذ يومين", "دقيقة واحدة للقراءة",
                     "2 يوليو 2024 01:15 (بتوقيت الإمارات)", "مسقط - المنصة العربية",
                     "آخر تحديث: 2 يوليو 2024 08:20 (بتوقيت الإمارات)",
                     "مرصد الزلازل: مركز الهزة قرب صحار ولا بلاغات عن إصابات حتى الآن",
                     "— مرصد الزلازل العماني (@OmanQuakeObs) July 1, 2024",
                     "هزة بقوة 3.2 درجات تضرب جنوب إيران ويشعر بها سكان في الإمارات"} <= chrome
    assert any(line.startswith("رصدت الشبكة الوطنية هزة أرضية") for line in chrome)
    body = truth["body"]
    assert body.startswith("سجلت محطات الرصد الزلزالي هزة أرضية بقوة 4.1 درجات")
    assert body.endswith("وعدم تداول الشائعات.") and body.count("\n\n") == 3
    assert "رصدت الشبكة الوطنية" not in body

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "18 نوفمبر 2024 09:05 (بتوقيت الإمارات)"
    assert truth["published"] == "2024-11-18" and truth["author"] == "نادر حداد"
    assert 'dateTime="2024-11-18T05:05:00.000Z"' in html and "منذ <!-- -->45<!-- -->" in html
    assert "article-standfirst" not in html and "read-also" not in html
    body_html = _body_html(html)
    for mark in ('<figure class="sc-hMqMXs YfIKKb" data-testid="image-block">',
                 "<strong>مركزا عالميا لتصدير الطاقة النظيفة</strong>",
                 '<h2 class="sc-hSdWYo tNNWgw">تحديات التمويل والمياه</h2>'):
        assert mark in body_html, mark
    assert '"__typename":"HeadingBlock","level":2' in html
    assert '"__typename":"ImageBlock"' in html and '"standfirst":null' in html
    assert html.index("ad-slot") < html.index("تحديات التمويل والمياه</h2>")
    assert CHROME | {"الاثنين، 18 نوفمبر 2024", "منذ 45 دقيقة", "3 دقائق للقراءة", "نادر حداد",
                     "محرر الشؤون الاقتصادية", "الصورة: أرشيفية", "الطاقة المتجددة",
                     "ألواح شمسية في محطة لإنتاج الطاقة النظيفة تغذي مشروعا تجريبيا للهيدروجين",
                     "مصر توقع اتفاقيات لإنتاج الأمونيا الخضراء في العين السخنة"} <= chrome
    body = truth["body"]
    assert body.startswith("كشف تقرير صادر عن المنتدى العربي للطاقة المتجددة")
    assert body.endswith("بحلول منتصف القرن.") and body.count("\n\n") == 6
    assert "\n\nتحديات التمويل والمياه\n\nولفت التقرير" in body
