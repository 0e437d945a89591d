"""Traits of the held-out websphere_gov_portal family (IBM WebSphere Portal 8.5 + WCM)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "websphere_gov_portal"
HOST = "https://wps-ministry-gulf.example"
COMMON = ('<html lang="ar" dir="rtl">',
          "<title>تفاصيل الخبر | وزارة البيئة والموارد المائية</title>",
          '<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="/wps/portal/meaw/ar/',
          "/!ut/p/z1/04_Sj9CPykssy0xPLMnMz0vMAfIjo8ziDTxNTDwMTQz93U1DDQwcPd19jYOMQo0NDAz0g1OL9Au",
          "/dz/d5/L2dBISEvZ0FBIS9nQSEh/", "mashup/ra:collection?themeID=",
          '<body class="lotusui30dojo tundra lotus_rtl mumrtl locale_ar">',
          'class="wpthemeSkipLink skip-element-invisible"', '<div class="wpthemeFrame">',
          '<ul class="wpthemeNavList" role="menubar">', 'class="wpthemeNavListItem wpthemeLeft',
          '<div id="wpthemeMainContent" class="wpthemeMainContent" role="main" >',
          '<div class="asa.page" id="asa.page" style="display:none;">',
          '<div class="wpthemeCrumbTrail wpthemeLeft">',
          '<span class="wpthemeCrumbTrailSeparator">&gt;</span>',
          '<strong><span class="wpthemeSelected" lang="ar" dir="rtl">تفاصيل الخبر</span></strong>',
          '<div style="display:none" id="portletState">{}</div>',
          '<section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegionTarget"',
          '<section class="ibmPortalControl wpthemeControl wpthemeStandard a11yRegionTarget"',
          '<section class="ibmPortalControl wpthemeNoSkin a11yRegionTarget"',
          'class="lm-dynamic-title asa.portlet.title a11yRegionLabel"',
          '<span class="wpthemeAltText">التصرفات</span>', '<div class="news-details" id="news-',
          '<div class="news-body">', '<div class="news-updated">آخر تحديث: ',
          '<footer class="wpthemeFooter" role="contentinfo">',
          '<div class="wpthemeComplementaryContent" id="wpthemeComplementaryContent"',
          '>محتويات مكملة</span>', "var ibmCfg = {")
CHROME = {"تخطي إلى المحتوى الرئيسي", "English", "تسجيل الدخول", "الرئيسية", "المركز الإعلامي",
          "الأخبار", "تفاصيل الخبر", "أخبار الوزارة", "مشاركة:", "طباعة", "أخبار ذات صلة",
          "عارض محتوى ويب (JSR 286)", "التصرفات", "تحميل...", "${title}", "محتويات مكملة",
          "هل كانت هذه الصفحة مفيدة؟", "نعم، مفيدة", "لا، غير مفيدة", "سياسة الخصوصية",
          "الصفحة الرئيسية - وزارة البيئة والموارد المائية", "الرقم المجاني: 80077123"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    return html, truth, set(truth["must_not_contain"])


def test_unseen23_traits_websphere_gov_portal() -> None:
    # page 1: WCM image with caption, a bolded figure, two side menus
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "الأحد 12 مايو 2024"
    assert truth["published"] == "2024-05-12" and truth["author"] is None
    for mark in ('<meta name="DC.date.issued" content="2024-05-12T06:30:00Z" />',
                 "?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE.Z18_", '<div class="news-image">',
                 '<p class="news-image-caption">متطوعون يغرسون شتلات القرم في خور الحجر',
                 "<strong>مئة وعشرين هكتارا</strong>", "آخر تحديث: 14/05/2024 - 9:15 ص",
                 '<span class="today-date">الثلاثاء 21 مايو 2024</span>'):
        assert mark in html, mark
    assert "news-author" not in html and "<h3>" not in html
    assert CHROME | {"الأحد 12 مايو 2024", "10:30 ص", "آخر تحديث: 14/05/2024 - 9:15 ص",
                     "متطوعون يغرسون شتلات القرم في خور الحجر صباح السبت", "آخر الأخبار",
                     "الكلمات الدلالية: القرم، التنوع الأحيائي، السواحل", "الثلاثاء 21 مايو 2024",
                     "بدء موسم رصد السلاحف الخضراء في المحميات الساحلية", "عدد الزوار: 1,204,553",
                     "© 2024 وزارة البيئة والموارد المائية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت وزارة البيئة والموارد المائية صباح أمس السبت")
    assert body.endswith("وتشمل أخوار محافظة ظفار.") and body.count("\n\n") == 4

    # page 2: posted 00:40 local (+04:00): the UTC meta is the day before; h3 subheading
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "الاثنين 5 أغسطس 2024"
    assert truth["published"] == "2024-08-05" and truth["author"] is None
    for mark in ('<meta name="DC.date.issued" content="2024-08-04T20:40:00Z" />',
                 "<h3>مستندات التسجيل المطلوبة</h3>", '<span class="news-time">',
                 "12:40 ص"):
        assert mark in html, mark
    assert '<div class="news-image">' not in html and "آخر الأخبار" not in html
    assert CHROME | {"الاثنين 5 أغسطس 2024", "12:40 ص", "آخر تحديث: 05/08/2024 - 9:45 ص",
                     "الكلمات الدلالية: الآبار، المياه الجوفية، التراخيص"} <= chrome
    body = truth["body"]
    assert body.startswith("قررت وزارة البيئة والموارد المائية تمديد المهلة")
    assert body.endswith("وضمانا لمراجعة الطلبات في وقتها المحدد.") and body.count("\n\n") == 4
    assert "\n\nمستندات التسجيل المطلوبة\n\n" in body

    # page 3: writer named, inline link, YouTube embed, winter story in 2025
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "الأحد 19 يناير 2025"
    assert truth["published"] == "2025-01-19" and truth["author"] == "سالم بن راشد الحارثي"
    for mark in ('<span class="news-author"><i class="fa fa-user"></i> الكاتب: سالم بن راشد '
                 "الحارثي</span>", 'youtube.com/embed/Hq4xK2mZ7bA',
                 f'<a href="{HOST}/wps/portal/meaw/ar/e-services/air-quality" target="_blank">'
                 "منصة مؤشر جودة الهواء</a>", "&copy; 2025 وزارة البيئة"):
        assert mark in html, mark
    assert '<div class="news-image">' not in html
    assert CHROME | {"الكاتب: سالم بن راشد الحارثي", "الأحد 19 يناير 2025", "1:05 م",
                     "آخر الأخبار", "الاثنين 20 يناير 2025",
                     "© 2025 وزارة البيئة والموارد المائية. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("كشفت نتائج المسح الوطني لجودة الهواء لعام 2024")
    assert body.endswith("إلى حين تصحيح أوضاع المنشأة المخالفة.") and body.count("\n\n") == 6
    assert "الكاتب" not in body
