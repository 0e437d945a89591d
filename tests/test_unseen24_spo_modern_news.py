"""Traits of the held-out SharePoint Online modern news family (unseen24)."""

from __future__ import annotations

from tests.test_templates import _page

NAME = "spo_modern_news"
HOST = "https://spo-org-qa.example"
COMMON = ('<!DOCTYPE html>\n<html dir="rtl" lang="ar-SA">',
          '<script type="text/javascript">var _spPageContextInfo = {',
          '"currentCultureName": "ar-QA"', "var _spClientSidePageContext = {",
          '"promotedState": 2', '<div id="SuiteNavWrapper" class="o365cs-base" role="banner">',
          '<div class="ms-HubNav" data-automation-id="HubNav" role="navigation">',
          '<div id="spSiteHeader" data-automationid="SiteHeader" role="banner"',
          'class="ms-HorizontalNavItem is-selected"', '<div id="spCommandBar" '
          'data-automation-id="pageCommandBar"', '<div id="spPageCanvasContent">',
          '<div data-automation-id="pageHeader" class="pageHeader pageHeader--article">',
          '<div data-sp-feature-tag="PageTitle"', '<h1 id="TitleTextId" '
          'data-automation-id="pageTitle"', '<span data-automation-id="publishedDate" '
          'class="publishedDate">', '<div class="SPCanvas-canvas" data-automation-id="Canvas">',
          '<div class="CanvasZoneContainer CanvasZoneContainer--read"',
          '<div class="CanvasZone CanvasZone--read row" data-automation-id="CanvasZone"',
          '<div class="CanvasSection CanvasSection-col CanvasSection-sm12 ',
          '<div class="ControlZone ControlZone--control" data-automation-id="CanvasControl"',
          '<div data-sp-feature-tag="Rich Text Editor" class="rte-webpart"',
          'class="cke_editable rte--read isFluentRTE', 'data-sp-feature-tag="NewsWebPart web '
          'part (News)"', '<div id="CommentsWrapper" class="CommentsWrapper"',
          'data-automation-id="likeButton"', '<footer data-automation-id="SimpleFooter"')
CHROME = {"المؤسسة القطرية للمياه والطاقة", "بوابة المؤسسة", "عن المؤسسة", "الهيكل التنظيمي",
          "الخدمات الذاتية", "الدعم الفني", "الأخبار المؤسسية", "متابعة", "الصفحة الرئيسية",
          "الأخبار", "الإعلانات", "الفعاليات", "معرض الصور", "مشاركة", "أعجبني",
          "حفظ لوقت لاحق", "أخبار ذات صلة", "عرض الكل", "سياسة الخصوصية", "شروط الاستخدام",
          "اتصل بنا"}


def _common(n: int) -> tuple[str, dict, set[str]]:
    html, truth = _page(NAME, n)
    for mark in COMMON:
        assert mark in html, (n, mark)
    assert "og:title" not in html and "application/ld+json" not in html
    return html, truth, set(truth["must_not_contain"])


def test_unseen24_traits_spo_modern_news() -> None:
    # page 1: byline, body over two text web parts around a captioned image, h2, bold
    html, truth, chrome = _common(1)
    assert truth["published_shown"] == "١٢ مارس ٢٠٢٤"
    assert truth["published"] == "2024-03-12" and truth["author"] == "مريم عبدالله الكواري"
    assert truth["url"] == f"{HOST}/sites/News/SitePages/Water-Quality-Monitoring-Center.aspx"
    for mark in ('"firstPublishedDate": "2024-03-12T07:15:00Z"',
                 '<div data-automation-id="pageAuthorByLine" class="authorByline">',
                 'data-sp-feature-tag="ImageWebPart web part (Image)"',
                 '<div data-automation-id="captionElement" class="captionElement">',
                 '<h2 data-text-type="withSpacing">ما الذي يتغير على المستهلك؟</h2>',
                 "<strong>زمن الاستجابة للإنذارات", 'aria-label="Comments"',
                 "data-automation-id=\"commentButton\"", "© 2024 المؤسسة القطرية للمياه والطاقة."):
        assert mark in html, mark
    assert html.count('data-sp-feature-tag="Rich Text Editor"') == 2
    assert CHROME | {"١٢ مارس ٢٠٢٤", "أخبار المؤسسة", "مريم عبدالله الكواري",
                     "أخصائية اتصال مؤسسي", "غرفة التحكم الجديدة في المركز الموحد لمراقبة جودة "
                     "المياه خلال أسبوع التشغيل التجريبي", "38 إعجابًا", "612 مشاهدة",
                     "التعليقات", "إضافة تعليق", "ردّ", "جاسم أحمد الكعبي",
                     "١٢ مارس ٢٠٢٤ ١١:٥٠ ص", "بالتوفيق لفريق المركز، عمل يستحق الإشادة 👏",
                     "إطلاق المرحلة الثانية من مشروع العدادات الذكية في الوكرة",
                     "فاطمة محمد النعيمي", "٦ مارس ٢٠٢٤",
                     "© 2024 المؤسسة القطرية للمياه والطاقة. جميع الحقوق محفوظة."} <= chrome
    body = truth["body"]
    assert body.startswith("بدأت المؤسسة تشغيل المركز الموحد لمراقبة جودة المياه المحلاة")
    assert body.endswith("لضمان استمرارية الإمداد في الحالات الاستثنائية.")
    assert body.count("\n\n") == 7 and "\n\nما الذي يتغير على المستهلك؟\n\n" in body

    # page 2: staff post without byline, no image, comments off, quick links beside the text
    html, truth, chrome = _common(2)
    assert truth["published_shown"] == "٤ يونيو ٢٠٢٤"
    assert truth["published"] == "2024-06-04" and truth["author"] is None
    for mark in ('"firstPublishedDate": "2024-06-04T10:40:00Z"', '"commentsDisabled": true',
                 "CanvasSection-xl8 CanvasSection--read", "CanvasSection-xl4 CanvasSection--read",
                 'data-sp-feature-tag="QuickLinksWebPart web part (Quick links)"'):
        assert mark in html, mark
    for absent in ("pageAuthorByLine", "ImageWebPart", 'aria-label="Comments"', "<h2 data-text",
                   "commentButton"):
        assert absent not in html, absent
    assert CHROME | {"٤ يونيو ٢٠٢٤", "روابط سريعة", "دليل الموظف", "بوابة الرواتب",
                     "15 إعجابًا", "240 مشاهدة", "قسم الإعلام الداخلي",
                     "دليل مختصر لاستخدام منصة الطلبات الإلكترونية"} <= chrome
    body = truth["body"]
    assert body.startswith("أطلقت إدارة الاتصال المؤسسي حملة توعوية داخلية")
    assert body.endswith("أو الاتصال بالرقم الداخلي 4400.") and body.count("\n\n") == 4

    # page 3: posted 00:35 Qatar time: the context's UTC date is the day before; inline link
    html, truth, chrome = _common(3)
    assert truth["published_shown"] == "٢١ أكتوبر ٢٠٢٤"
    assert truth["published"] == "2024-10-21" and truth["author"] == "عبدالرحمن يوسف الهاجري"
    for mark in ('"firstPublishedDate": "2024-10-20T21:35:00Z"', "pageAuthorByLine",
                 f'<a href="{HOST}/sites/HR/SitePages/Qatarization-Plan.aspx"',
                 ">خطة التقطير المعتمدة</a> للفترة المقبلة", 'aria-label="Comments"'):
        assert mark in html, mark
    assert "ImageWebPart" not in html and "QuickLinksWebPart" not in html
    assert CHROME | {"٢١ أكتوبر ٢٠٢٤", "التطوير المهني", "محرر أول - إدارة الاتصال المؤسسي",
                     "52 إعجابًا", "905 مشاهدة", "مها سالم البوعينين", "٢١ أكتوبر ٢٠٢٤ ٨:٣٥ ص",
                     "فتح باب التسجيل في برنامج الإرشاد المهني للعام 2025"} <= chrome
    body = truth["body"]
    assert body.startswith("احتفلت المؤسسة مساء أمس الأحد بتخريج الدفعة الرابعة")
    assert body.endswith("والمبتعثين العائدين من الخارج.") and body.count("\n\n") == 4
