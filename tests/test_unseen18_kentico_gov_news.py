"""The unseen18 family kentico_gov_news: a UAE standards authority's Arabic news on Kentico 12
Portal Engine. Every page carries the Web Forms head (tab-indented `<title>`, http-equiv metas,
GetResource.ashx stylesheets, UTC article:published_time), the `<form id="form">` with
`__CMSCsrfToken` / `__VIEWSTATE`, CMS.Application with isRTL, the CMSListMenu main menu and
sidebar, CMSBreadCrumbs, the news transformation (local "weekday، day month year" date,
news-summary + news-text), the share bar, the content rating, "آخر تحديث", related news and the
footer."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "kentico_gov_news"
COMMON = ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="ar" >\n'
          '<head id="head"><title>\n\t',
          '<meta http-equiv="content-type" content="text/html; charset=UTF-8" /> \n',
          '<link href="/CMSPages/GetResource.ashx?stylesheetfile=/App_Themes/Hayat/css/'
          'bootstrap-rtl.min.css" type="text/css" rel="stylesheet"/>',
          '<link href="/CMSPages/GetResource.ashx?stylesheetname=Hayat_AR" type="text/css" '
          'rel="stylesheet"/>', '<link href="/CMSPages/GetResource.ashx?_webparts=677"',
          ' ARAE ContentBody" >\n    <form method="post" action="/ar/media-center/news/',
          '<div class="aspNetHidden">\n<input type="hidden" name="manScript_HiddenField"',
          '<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="',
          '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="',
          '<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" '
          'value="A5343185" />', '<input type="hidden" name="lng" id="lng" value="ar-AE" />',
          '"isRTL": "true",', 'function __doPostBack(eventTarget, eventArgument) {',
          '<ul id="menuElem" class="CMSListMenuUL">\n\t\t<li class="CMSListMenuLI">\n\t\t\t'
          '<a class="CMSListMenuLink" href="/ar">الرئيسية</a>',
          '<li class="CMSListMenuHighlightedLI">\n\t\t\t<a class="CMSListMenuLinkHighlighted" '
          'href="/ar/media-center">المركز الإعلامي</a>\n\t\t\t<ul class="CMSListMenuUL">',
          '<ul id="p_lt_ctl05_pageplaceholder_p_lt_ctl00_SubNavigation_menuElem" '
          'class="CMSListMenuUL">',
          '<a href="/ar" class="CMSBreadCrumbsLink">الرئيسية</a> &gt; <a href="/ar/media-center" '
          'class="CMSBreadCrumbsLink">المركز الإعلامي</a> &gt;',
          '<span  class="CMSBreadCrumbsCurrentItem">', '<h1 class="page-title">',
          '<div class="news-summary">\n            <p>', '<div class="news-text">\n            <p>',
          '<span class="share-title">شارك</span>', '<i class="fa fa-print"></i> طباعة</a>',
          'class="CntRatingContent">', 'class="CntRatingResult">',
          '<h2 class="section-title">أخبار ذات صلة</h2>', '?width=270&amp;height=170',
          '<p class="copyright">© 2025 هيئة المواصفات والمقاييس. جميع الحقوق محفوظة</p>',
          "theForm.onsubmit = WebForm_SaveScrollPositionOnSubmit;")
CHROME = {"English", "إمكانية الوصول", "A+", "خريطة الموقع", "تسجيل الدخول", "الرئيسية",
          "عن الهيئة", "المواصفات واللوائح", "المركز الإعلامي", "الأخبار", "معرض الصور",
          "تواصل معنا", "شارك", "طباعة", "قيّم هذا المحتوى", "أخبار ذات صلة", "روابط سريعة",
          "التحقق من شهادة المطابقة", "سياسة الخصوصية", "الهاتف: 600565657",
          "ص.ب: 2166، أبوظبي، الإمارات العربية المتحدة",
          "يفضل تصفح الموقع باستخدام أحدث إصدارات المتصفحات وبدقة شاشة 1366×768",
          "© 2025 هيئة المواصفات والمقاييس. جميع الحقوق محفوظة", "موافق"}


def test_unseen18_traits_kentico_gov_news() -> None:
    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الثلاثاء، 14 مايو 2024"
    assert truth["published"] == "2024-05-14" and truth["author"] == "مريم الشامسي"
    for mark in ('<meta property="article:published_time" content="2024-05-14T06:30:00Z" />',
                 '<i class="fa fa-calendar"></i> الثلاثاء، 14 مايو 2024</span>',
                 '<span class="news-author"><i class="fa fa-user"></i> بقلم: مريم الشامسي</span>',
                 '<div class="news-image">\n            <img src="/getmedia/',
                 '/ev-charging-regulation.jpg?width=870&amp;height=490"',
                 '<meta property="og:image" content="https://hayat-almuwasafat.example/getmedia/',
                 '<strong>الأول من يناير 2025</strong>',
                 '/charging-lab-test.jpg?width=800&amp;height=450" style="width: 800px; '
                 'height: 450px;" /></p>\n<p class="caption"><em>فريق الفحص الفني',
                 "<p>&nbsp;</p>\n<h3>ما الذي تغيره اللائحة؟</h3>",
                 '<h4>المرفقات</h4>', '/ev-charging-stations-regulation-ar.pdf" target="_blank">',
                 '<div class="last-update">آخر تحديث: 15/05/2024</div>'):
        assert mark in html, mark
    assert "/getattachment/" in html and "iframe" not in html
    assert CHROME | {"الثلاثاء، 14 مايو 2024", "بقلم: مريم الشامسي", "المرفقات",
                     "فريق الفحص الفني يختبر إحدى محطات الشحن السريع في مختبرات الهيئة بمدينة مصدر",
                     "اللائحة الفنية لمحطات شحن المركبات الكهربائية (PDF - 1.4 ميجابايت)",
                     "التقييم الحالي: 4.3 من 5 (27 صوتا)", "آخر تحديث: 15/05/2024",
                     "11 مايو 2024", "عدد الزوار: 1,284,553",
                     "إطلاق نظام إلكتروني لتسجيل المنتجات الخاضعة للرقابة"} <= chrome
    body = truth["body"]
    assert body.startswith("اعتمد مجلس إدارة هيئة المواصفات والمقاييس في اجتماعه الدوري")
    assert body.endswith("وسط خطط حكومية لمضاعفة هذا العدد بحلول عام 2030.")
    assert body.count("\n\n") == 7 and "\n\nما الذي تغيره اللائحة؟\n\n" in body
    assert "فريق الفحص" not in body and "بقلم" not in body

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted at 00:20 Abu Dhabi time: the UTC meta says 2 September, the reader sees 3
    assert truth["published_shown"] == "الثلاثاء، 3 سبتمبر 2024"
    assert truth["published"] == "2024-09-03" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2024-09-02T20:20:00Z" />',
                 '<i class="fa fa-calendar"></i> الثلاثاء، 3 سبتمبر 2024</span>',
                 'سحب <strong>12 طرازا</strong> من شواحن',
                 'ونشرت الهيئة <a href="/getattachment/',
                 '/recalled-chargers-list-2024.pdf" target="_blank">قائمة الطرازات المسحوبة</a>',
                 '<div class="last-update">آخر تحديث: 03/09/2024</div>'):
        assert mark in html, mark
    assert "news-image" not in html and "og:image" not in html and "news-author" not in html
    assert "المرفقات" not in html and "<h3>" not in html
    assert CHROME | {"الثلاثاء، 3 سبتمبر 2024", "التقييم الحالي: 3.9 من 5 (11 صوتا)",
                     "آخر تحديث: 03/09/2024", "31 أغسطس 2024",
                     "حملة رقابية على محلات الإلكترونيات في الشارقة"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت هيئة المواصفات والمقاييس سحب 12 طرازا من شواحن الهواتف")
    assert body.endswith("عبر مركز الاتصال والتطبيق الذكي للهيئة على مدار الساعة.")
    assert body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الأربعاء، 22 يناير 2025"
    assert truth["published"] == "2025-01-22" and truth["author"] is None
    for mark in ('<meta property="article:published_time" content="2025-01-22T10:05:00Z" />',
                 '/metrology-lab-mass.jpg?width=870&amp;height=490"',
                 '<span class="news-image-caption">خبراء مختبر المترولوجيا الوطني',
                 '<strong>اتفاقية الاعتراف المتبادل</strong>',
                 '<p><iframe allowfullscreen="" frameborder="0" height="360" '
                 'src="https://www.youtube.com/embed/',
                 '<div class="last-update">آخر تحديث: 26/01/2025</div>'):
        assert mark in html, mark
    assert "/getattachment/" not in html and "news-author" not in html and "<h3>" not in html
    assert CHROME | {"الأربعاء، 22 يناير 2025",
                     "خبراء مختبر المترولوجيا الوطني خلال معايرة أوزان مرجعية من الفئة الأولى",
                     "التقييم الحالي: 4.6 من 5 (8 صوتا)", "آخر تحديث: 26/01/2025",
                     "افتتاح مختبر جديد لفحص الألعاب في دبي"} <= chrome
    body = truth["body"]
    assert body.startswith("حصل مختبر المترولوجيا الوطني التابع لهيئة المواصفات والمقاييس")
    assert body.endswith("بزيادة 30 في المئة عن العام الذي سبقه.") and body.count("\n\n") == 4
