"""The traits the unseen15 family oracle_adf_portal is there for: a Saudi authority's news page
on Oracle WebCenter Portal as ADF Faces renders it (form f1 with the Trinidad postscript and
javax.faces.ViewState, generated `T:pt1:r1:0:...` ids, compressed skin classes in the template
and the Content Presenter, uncompressed `af_*` classes in the WSRP portlets), the headline as a
bare outputText span, the news date as an outputText with the Hijri day, a crawl-day date in the
top bar, and Riyadh's day against the UTC `article:published_time`."""

from __future__ import annotations

from tests.templates import template
from tests.templates.base import read_articles
from tests.test_templates import _page

NAME = "oracle_adf_portal"
COMMON = ("<!DOCTYPE html>\n<html class=\"p_AFMaximized\" lang=\"ar\" dir=\"rtl\">",
          '<body class="x13d p_AFMaximized">', '<div id="afr::Splash" class="x1fo"',
          '<form id="f1" name="f1" class="x137" method="POST"',
          'action="/webcenter/portal/HNA/pages_ar/mediacenter/news/newsdetails?dDocName=HNA_NEWS_',
          '&amp;_adf.ctrl-state=', '&amp;_afrLoop=',
          '<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1">',
          '<input name="Adf-Window-Id" type="hidden" value="w0">',
          '<span id="f1::postscript:st"><input type="hidden" name="javax.faces.ViewState" '
          'value="!-',
          '<input name="Adf-Page-Id" id="Adf-Page-Id" type="hidden"',
          'data-afr-stylesheet="1"', "-d-rtl-d--s-s-c.css",
          "/webcenter/afr/partition/webkit/n/default/opt/d/boot-",
          "AdfRichUIPeer.registerKeyStroke",
          "AdfPage.PAGE.__initializeSessionTimeoutTimer(1800000, 120000,",
          'id="T:pt1:r1:0:pgl3" class="x1a contentPresenter newsDetails"',
          '<table cellpadding="0" cellspacing="0" border="0" summary="" role="presentation" id="',
          'class="xt4 newsTitle">', 'id="T:pt1:r1:0:cpTmpl:ot2" class="xt4 newsDate">',
          'id="T:pt1:r1:0:cpTmpl:ot5" class="xt4 newsBody"><p dir="RTL" '
          'style="text-align:justify">',
          '_afrc="1 1 1 1 start top" class="x26b"', 'class="x26d hna-main xrh"',
          'class="af_showDetailFrame hna-portlet"', 'class="af_showDetailFrame_title-text">',
          'class="af_panelGroupLayout"', 'class="af_goLink"', 'class="af_outputText"',
          'class="af_image"', 'class="xfm"', 'class="xfl p_AFTextOnly" _afrgrp="0"',
          '<span class="xt4 hna-bcsep"> &gt; </span>', '<h1 class="x1hy">الأخبار</h1>',
          '<meta property="og:type" content="article">')
CHROME = {"الرئيسية", "عن الهيئة", "الخدمات الإلكترونية", "الأنظمة واللوائح", "المركز الإعلامي",
          "البيانات المفتوحة", "تواصل معنا", "الأخبار", "البيانات الصحفية", "مكتبة الفيديو",
          "الرئيسية > المركز الإعلامي > الأخبار", "A+", "A-", "تباين", "English", "بحث",
          "الهيئة العامة للنقل", "Transport General Authority", "تخطي إلى المحتوى الرئيسي",
          "جارٍ التحميل...", "شارك الخبر:", "طباعة", "أخبار ذات صلة", "هل كان المحتوى مفيدًا؟",
          "نعم", "روابط سريعة", "الاستعلام عن المخالفات", "حجز رحلات العبارات", "آخر الأخبار",
          "عرض جميع الأخبار", "روابط مهمة", "سياسة الخصوصية", "شروط الاستخدام", "خريطة الموقع",
          "الرقم الموحد: 19929", "تابعنا على", "مسجل لدى هيئة الحكومة الرقمية برقم 20190412"}


def test_unseen15_traits_oracle_adf_portal() -> None:
    module = template(NAME)
    for n, article in enumerate(read_articles(NAME), 1):  # no chrome line left out of the truth
        _, truth = _page(NAME, n)
        assert set(module.render(article, n).chrome) <= set(truth["must_not_contain"]), n

    html, truth = _page(NAME, 1)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الأحد 12/05/2024"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    assert '<meta property="article:published_time" content="2024-05-12T08:20:00Z">' in html
    for mark in ('class="xt4 newsHijri">04/11/1445 هـ</span>',
                 'class="xt4">الثلاثاء 14/05/2024</span>', 'class="xjb newsImg"',
                 'class="xt4 newsCaption">حافلات مدرسية خلال جولة تفتيش',
                 "<strong>نظام تنبيه يمنع نسيان الطلاب داخل الحافلة</strong>",
                 '<meta property="og:image"', 'class="xfm newsTag"'):
        assert mark in html, mark
    assert html.index("newsCaption") < html.index("newsBody")
    assert CHROME | {"الأحد 12/05/2024", "04/11/1445 هـ", "الثلاثاء 14/05/2024", "06/11/1445 هـ",
                     "حافلات مدرسية خلال جولة تفتيش ميدانية نفذتها فرق الهيئة في الرياض",
                     "الكلمات الدلالية:", "سلامة الطلاب", "عدد المشاهدات: 1,284",
                     "آخر تحديث للصفحة: 14/05/2024", "06/05/2024",
                     "جميع الحقوق محفوظة © 2024 الهيئة العامة للنقل",
                     "ضبط 214 حافلة مخالفة في حملة رقابية على مدارس المنطقة الشرقية"} <= chrome
    body = truth["body"]
    assert body.startswith("اعتمدت الهيئة حزمة من الاشتراطات الفنية والتشغيلية الجديدة")
    assert body.endswith("وسجلت رضا مرتفعا بين المستفيدين.") and body.count("\n\n") == 4

    html, truth = _page(NAME, 2)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    # posted 00:40 Riyadh time: the page shows 19 August, the UTC meta says 18 August
    assert truth["published_shown"] == "الاثنين 19/08/2024"
    assert truth["published"] == "2024-08-19" and truth["author"] is None
    assert '<meta property="article:published_time" content="2024-08-18T21:40:00Z">' in html
    assert 'class="xt4 newsTime">12:40 ص</span>' in html
    for absent in ("newsHijri", "newsImg", "og:image", "newsTag", "newsAuthor", "<iframe"):
        assert absent not in html, absent
    assert ('<a href="https://eservices.hayat-alnaql.example/ar" target="_blank">بوابتها للخدمات '
            'الرقمية</a>') in html
    assert CHROME | {"الاثنين 19/08/2024", "12:40 ص", "الأربعاء 21/08/2024", "17/02/1446 هـ",
                     "عدد المشاهدات: 563", "آخر تحديث للصفحة: 21/08/2024",
                     "الهيئة تصدر اللائحة المحدثة لنشاط تأجير السيارات"} <= chrome
    body = truth["body"]
    assert body.startswith("أعلنت الهيئة تمديد المهلة الممنوحة لمكاتب تأجير السيارات")
    assert body.endswith("للإجابة عن أسئلة المستثمرين في النشاط.") and body.count("\n\n") == 3

    html, truth = _page(NAME, 3)
    chrome = set(truth["must_not_contain"])
    for mark in COMMON:
        assert mark in html, mark
    assert truth["published_shown"] == "الثلاثاء 03/12/2024"
    assert truth["published"] == "2024-12-03" and truth["author"] == "فهد بن سعد الشمري"
    for mark in ('class="xt4 newsHijri">02/06/1446 هـ</span>',
                 'class="xt4 newsAuthor">إعداد: فهد بن سعد الشمري</span>',
                 '<p dir="RTL" style="text-align:justify"><span lang="AR-SA" '
                 'style="font-size:14.0pt;',
                 '<h3 dir="RTL"><span lang="AR-SA"', "موسم سياحي يرفع الطلب</span></h3>",
                 'src="https://www.youtube.com/embed/pQ7vXk2LmA0"'):
        assert mark in html, mark
    assert "newsImg" not in html and "<strong>" not in html
    assert html.index("لضمان مقاعدهم.") < html.index("<iframe") < html.index("خطة لتوسعة")
    assert CHROME | {"الثلاثاء 03/12/2024", "02/06/1446 هـ", "الخميس 05/12/2024",
                     "إعداد: فهد بن سعد الشمري", "عبارات فرسان", "عدد المشاهدات: 2,097",
                     "مقطع مرئي: رحلة العبارة من ميناء جازان إلى جزر فرسان",
                     "آخر تحديث للصفحة: 05/12/2024"} <= chrome
    body = truth["body"]
    assert body.startswith("سجلت رحلات العبارات بين ميناء جازان وجزر فرسان")
    assert body.endswith("وسيلة النقل الأساسية لسكانها وزوارها.") and body.count("\n\n") == 7
    assert "\n\nموسم سياحي يرفع الطلب\n\n" in body and "\n\nخطة لتوسعة الأرصفة\n\n" in body
