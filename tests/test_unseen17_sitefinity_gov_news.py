"""Traits of the sitefinity_gov_news family (unseen17): an Abu Dhabi government department's
Arabic news on Progress Sitefinity 14.4 DX (MVC): the generator meta, `sf_appPath`, the resource
package assets, `sf_colsIn` columns with `data-sf-element`/`data-placeholder-label` and an
`sf_colsOut` footer, content blocks `div.sfContentBlock.sf-Long-text`, the classic news item
classes (`sfnewsDetails`, `h1.sfnewsTitle`, `sfnewsAuthorAndDate`, `sfnewsSummary`,
`sfnewsContent sfcontent`), the Feather breadcrumb (`sf-breadscrumb`), tags, social share,
related news, the page rating and the "آخر تحديث" footer; the site is on +04:00."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "sitefinity_gov_news"
COMMON = ('<html lang="ar" dir="rtl">', "<title>\n\t",
          '<script type="text/javascript">var sf_appPath=\'/\';</script>',
          '<meta name="Generator" content="Sitefinity 14.4.8153.0 DX" />',
          '/ResourcePackages/Turath/assets/dist/css/main.min.css?package=Turath&amp;v=',
          '<script src="/ScriptResource.axd?d=',
          '<div class="sfPublicWrapper" id="PublicWrapper">',
          'class="sf_colsIn col-lg-8" data-sf-element="Column 1" '
          'data-placeholder-label="Column 1">',
          '<div class="sf_colsOut footer-top" data-sf-element="Row"',
          '<div >\n    <div class="sfContentBlock sf-Long-text" >',
          '<div class="sf-breadcrumb">', '<ol class="sf-breadscrumb breadcrumb">',
          '<div class="sfnewsDetails sf-news-item" data-sf-provider="OpenAccessDataProvider" '
          'data-sf-type="Telerik.Sitefinity.News.Model.NewsItem"',
          '<a class="sfnewsBack" href="/ar/media-centre/news">',
          '<h1 class="sfnewsTitle">\n        <span data-sf-field="Title" '
          'data-sf-ftype="ShortText">',
          '<div class="sfnewsAuthorAndDate">',
          '<div class="sfnewsContent sfcontent" data-sf-field="Content" '
          'data-sf-ftype="LongText"><p>',
          '<ul class="news-tags sf-Tags list-unstyled">', '/-in-tags/tags/',
          '<ul class="list-inline s-social-share-list">',
          "<div class='fb-share-button' data-href='https://dairat-alturath.example/ar/"
          "media-centre/news' data-type='icon'></div>",
          "class='twitter-share-button' data-url=https://dairat-alturath.example/ar/"
          "media-centre/news data-text=  data-count='none'>",
          '<div class="form-group sf-search-input-wrapper" role="search">',
          '<input type="hidden" data-sf-role="indexCatalogue" value="turath-ar" />',
          '<p class="page-rating__question">هل كانت هذه الصفحة مفيدة؟</p>',
          '<div class="related-news">', '<p class="last-updated">آخر تحديث: ')
CHROME = {"تخطي إلى المحتوى الرئيسي", "أدوات الوصول", "A+ A A-", "English", "المركز الإعلامي",
          "الأخبار", "بحث", "العودة إلى الأخبار", "الكلمات الدلالية", "شارك الخبر", "طباعة",
          "هل كانت هذه الصفحة مفيدة؟ نعم لا", "أخبار ذات صلة", "اقرأ المزيد",
          "الخدمات الإلكترونية", "روابط مهمة", "الرقم المجاني: 800 887 2", "تابعونا"}


def test_unseen17_traits_sitefinity_gov_news() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] == "سلمى المنصوري"
    assert truth["url"].endswith("/ar/media-centre/news/2024/05/12/"
                                 "hisn-al-marfa-restoration-phase-one")
    for mark in ('<i class="fa fa-calendar-o" aria-hidden="true"></i> 12 مايو 2024</span>',
                 '<span class="sfnewsAuthor">بقلم: سلمى المنصوري</span>',
                 '<div class="sfnewsSummary" data-sf-field="Summary" data-sf-ftype="LongText">'
                 'أعلنت دائرة التراث',
                 '<p><img src="/images/default-source/news/2024/hisn-al-marfa-north-wall.jpg'
                 '?sfvrsn=4a2b1c9e_2" data-displaymode="Original"',
                 '<p class="news-caption"><em>حرفيون يعيدون تثبيت الحجر المرجاني',
                 "<strong>المسح الضوئي ثلاثي الأبعاد</strong>",
                 "</p><h3>حرفيون من أبناء المنطقة</h3><p>",
                 '<a href="/ar/services/knowledge-transfer-programme">برنامج نقل المعرفة</a>',
                 '<p class="copyright">© 2024 دائرة التراث - أبوظبي. جميع الحقوق محفوظة.</p>'):
        assert mark in html, mark
    assert "/docs/default-source/" not in html and "<iframe" not in html
    assert CHROME | {"12 مايو 2024", "بقلم: سلمى المنصوري", "آخر تحديث: 14 مايو 2024",
                     "حرفيون يعيدون تثبيت الحجر المرجاني في السور الشمالي لحصن المرفأ - تصوير:"
                     " دائرة التراث", "حصون الظفرة", "3 مايو 2024",
                     "إطلاق السجل الوطني للمباني التاريخية في الإمارة"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت دائرة التراث في أبوظبي إنجاز المرحلة الأولى من مشروع ترميم")
    assert body.endswith("خلال أعمال التنقيب الأولى.") and body.count("\n\n") == 6
    assert "\n\nحرفيون من أبناء المنطقة\n\n" in body and "تصوير" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted at 01:30 Abu Dhabi time (+04:00): the URL carries the UTC day (2 September),
    # the page shows the reader 3 September
    assert truth["published_shown"] == "3 سبتمبر 2024"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    assert "/ar/media-centre/news/2024/09/02/traditional-crafts-programme-registration-2024" \
        in truth["url"]
    for mark in ('<i class="fa fa-calendar-o" aria-hidden="true"></i> 3 سبتمبر 2024</span>',
                 '<a class="sfpdf" href="/docs/default-source/publications/crafts-programme-guide'
                 '-2024.pdf?sfvrsn=7c3e91a4_3" target="_blank">دليل المشاركة',
                 '<span class="text-muted" aria-label="File size">412 KB</span>',
                 '<span class="sf-icon-txt-md sf-icon-txt-pdf">pdf</span>',
                 "على <strong>مكافأة شهرية</strong> وشهادة",
                 '<meta property="og:image" content="https://dairat-alturath.example/'
                 'ResourcePackages/Turath/assets/dist/img/og-default.png" />'):
        assert mark in html, mark
    assert "sfnewsSummary" not in html and "sfnewsAuthor\"" not in html
    assert "/images/default-source/news/" not in html and "بقلم" not in html
    assert CHROME | {"3 سبتمبر 2024", "آخر تحديث: 3 سبتمبر 2024", "المرفقات", "(pdf)",
                     "412 KB", "دليل المشاركة في برنامج صون الحرف التقليدية 2024",
                     "الحرف اليدوية", "22 أغسطس 2024"} <= chrome
    body = truth["body"]
    assert body.startswith("فتحت دائرة التراث باب التسجيل في الدورة الجديدة من برنامج صون")
    assert body.endswith("عدد الممارسين لها خلال العقود الماضية.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "19 يناير 2025"
    assert truth["published"] == "2025-01-19" and truth["author"] is None
    for mark in ('<div class="sfnewsImage">\n        <img src="/images/default-source/news/2025/'
                 'oral-memory-recording-session.jpg?sfvrsn=b17f03d2_1"',
                 '<div class="sfnewsSummary" data-sf-field="Summary" data-sf-ftype="LongText">'
                 'كشفت دائرة التراث',
                 '</p><p><iframe width="560" height="315" '
                 'src="https://www.youtube.com/embed/Qh7xR2mVd4c"',
                 '<p class="copyright">© 2025 دائرة التراث - أبوظبي. جميع الحقوق محفوظة.</p>'):
        assert mark in html, mark
    assert "news-caption" not in html and "بقلم" not in html and "sfpdf" not in html
    assert CHROME | {"19 يناير 2025", "آخر تحديث: 21 يناير 2025", "الرواية الشفوية",
                     "إطلاق منصة الأرشيف الرقمي للتراث غير المادي"} <= chrome
    body = truth["body"]
    assert body.startswith("كشفت دائرة التراث عن حصيلة العام الأول من مشروع الذاكرة الشفهية")
    assert body.endswith("ونقله إلى الأجيال القادمة.") and body.count("\n\n") == 4
