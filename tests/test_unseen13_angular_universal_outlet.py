"""The traits the unseen13 Angular Universal family is there for, as its site prints them: an
Egyptian news site server-rendered by Angular 15 in dev mode (component custom elements,
_ngcontent/_nghost attributes, bindings comments, the &q;-escaped serverApp-state transfer
state); the truth is the Cairo day each page shows."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "angular_universal_outlet"
SHARED = ('<style ng-transition="serverApp">', 'ng-server-context="ssr"',
          '<script id="serverApp-state" type="application/json">{&q;G.json.https://api.',
          "<app-header ", "<app-breaking-news ", "<router-outlet ", "<app-breadcrumb ",
          "<app-share-buttons ", "<app-article-body ", '<div _ngcontent-serverapp-c',
          'class="article-body__content">', "<app-tags ", "<app-related ", "<app-most-read ",
          "<app-newsletter ", "<app-footer ", 'ng-reflect-router-link="/tag,',
          '<!--bindings={\n  "ng-reflect-ng-for-of": "[object Object],[object Object"\n}-->',
          'class="newsletter__form ng-untouched ng-pristine ng-invalid"',
          'media="print" onload="this.media=\'all\'"><noscript>', '"@type": "NewsArticle"',
          'src="/assets/images/lazy-placeholder.svg" data-src="https://cdn.')
CHROME = {"عاجل", "الرئيسية", "شارك", "نسخ الرابط", "طباعة", "الكلمات المفتاحية",
          "أخبار ذات صلة", "الأكثر قراءة", "إعلان", "النشرة البريدية", "اشترك", "تابعنا على",
          "من نحن", "سياسة الخصوصية", "جميع الحقوق محفوظة © 2024 الوادي نيوز"}


def test_unseen13_traits_angular_universal_outlet() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in (*SHARED, '<app-root ng-version="15.2.9" _nghost-serverapp-c112=""',
                 '_nghost-serverapp-c141="" class="ng-star-inserted"',
                 '.article__title[_ngcontent-serverApp-c141]', "&l;p&g;بدأت الشركة القابضة",
                 '&q;publishedAt&q;:&q;2024-03-12T11:45:00.000Z&q;',
                 '"datePublished": "2024-03-12T13:45:00+02:00"',
                 '<strong>بطاقة إنتاجية تبلغ 25 ألف متر مكعب يوميا</strong>',
                 '<div class="read-also"><span>اقرأ أيضا:</span>', 'class="article__credit"',
                 '"ng-reflect-ng-if": "محمد عبد الحميد"', 'class="fb-comments"'):
        assert mark in html, mark
    assert truth["published_shown"] == "الثلاثاء، 12 مارس 2024 - 01:45 م"
    assert truth["published"] == "2024-03-12" and truth["author"] == "محمد عبد الحميد"
    assert CHROME | {"كتب: محمد عبد الحميد", "تصوير: أحمد رمضان", "3,418 مشاهدة",
                     "الأربعاء، 13 مارس 2024", "اقرأ أيضا:", "التعليقات", "11 مارس 2024",
                     "جانب من وحدات التحلية والألواح الشمسية في المحطة الجديدة غرب مرسى مطروح",
                     "وزير الإسكان يتفقد محطة معالجة الصرف الصحي بمدينة العلمين الجديدة",
                     "محطات تحلية المياه", "اقتصاد"} <= chrome
    assert truth["body"].startswith("بدأت الشركة القابضة لمياه الشرب والصرف الصحي")
    assert truth["body"].endswith("وتزايد الطلب على مياه الشرب.")
    assert truth["body"].count("\n\n") == 4

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    # posted at 00:35 Cairo summer time (+03:00): the page's day is 18 July, UTC's is 17 July
    assert truth["published_shown"] == "الخميس، 18 يوليو 2024 - 12:35 ص"
    assert truth["published"] == "2024-07-18" and truth["author"] is None
    for mark in (*SHARED, 'datetime="2024-07-17T21:35:00.000Z"',
                 '<meta property="article:published_time" content="2024-07-17T21:35:00.000Z">',
                 '<p dir="rtl" style="text-align: justify;"><strong>القاهرة (أ ش أ) -</strong>',
                 '<a href="https://www.alwadi-news.example/tag/هيئة-السكة-الحديد">',
                 '"ng-reflect-ng-if": null', 'ng-reflect-html="<p dir=&quot;rtl&quot;'):
        assert mark in html, mark
    assert "<figure" not in html and "كتب:" not in html and "fb-comments" not in html
    assert CHROME | {"المصدر: أ ش أ", "آخر تحديث: الخميس، 18 يوليو 2024 - 09:10 ص",
                     "الخميس، 18 يوليو 2024", "1,207 مشاهدة", "أخبار مصر", "وزارة النقل",
                     "النقل: تشغيل قطارات إضافية لمواجهة زحام الإجازة الصيفية"} <= chrome
    assert truth["body"].startswith("القاهرة (أ ش أ) - بدأت الهيئة القومية لسكك حديد مصر")
    assert truth["body"].endswith("عبر الخط الساخن للهيئة.") and truth["body"].count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    assert truth["published_shown"] == "الأحد، 3 نوفمبر 2024 - 10:20 ص"
    assert truth["published"] == "2024-11-03" and truth["author"] is None
    for mark in (*SHARED, '<app-root ng-version="15.2.10" _nghost-serverapp-c118=""',
                 "<h3>عرض متحفي بمعايير حديثة</h3>", 'src="https://www.youtube.com/embed/',
                 '"datePublished": "2024-11-03T10:20:00+02:00"', "</p>\n<p dir=\"rtl\">"):
        assert mark in html, mark
    assert "<figcaption" not in html and "كتب:" not in html and "15.2.9" not in html
    assert CHROME | {"الثلاثاء، 5 نوفمبر 2024", "5,962 مشاهدة", "ثقافة وفنون", "اقرأ أيضا:",
                     "المتحف المصري الكبير يستقبل 12 ألف زائر في أول أيام التشغيل التجريبي",
                     "التعليقات", "آثار فرعونية", "31 أكتوبر 2024"} <= chrome
    assert "عرض متحفي بمعايير حديثة" in truth["body"].split("\n\n")
    assert truth["body"].startswith("افتتحت وزارة السياحة والآثار، صباح اليوم الأحد")
    assert truth["body"].endswith("من العام الجاري.") and truth["body"].count("\n\n") == 6
